"""Indicators numbered "1)", "2)" … as a scanned plan's OCR gives them (issue 10, blind round 5).

The plans here are written by the test for a fictional province ("Hòa Nguyên"), with invented
figures, laid out the way Tesseract returns a scan: every printed line wrapped, a blank line
between paragraphs, the title over two lines with a blank between them, goal groups "Nhóm
mục tiêu A - …" and indicators "1) …" whose last sentence names the lead and partners
("Sở Y tế chủ trì, phối hợp với …"). One plan runs each group heading into its first item
on one line ("Nhóm mục tiêu A - Sức khỏe trẻ em 1) Tỷ suất …"), as OCR or a PDF's reflow
does. Each test checks the records ingest extracts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.ingest import ingest_file
from knowledge.model import AT_LEAST, REDUCE_BY_PER_YEAR, UNDER

HEADER = """ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

TỈNH HÒA NGUYÊN Độc lập - Tự do - Hạnh phúc

Số: 512/KH-UBND Hòa Nguyên, ngày 03 tháng 12 năm 2021

KẾ HOẠCH

Thực hiện Chương trình hành động vì trẻ em

trên địa bàn tỉnh Hòa Nguyên giai đoạn 2021 - 2030

Căn cứ Luật Trẻ em năm 2016, Ủy ban nhân dân tỉnh Hòa Nguyên ban hành Kế hoạch
này với những nội dung sau đây.

I. MỤC TIÊU

1. Mục tiêu chung

Mọi trẻ em trên địa bàn tỉnh được bảo đảm các quyền cơ bản.

2. Các chỉ tiêu cụ thể

Kế hoạch đặt ra 05 chỉ tiêu, chia thành 02 nhóm mục tiêu, như sau:

"""

GROUP_A = "Nhóm mục tiêu A - Sức khỏe trẻ em"
ITEMS_A = """1) Tỷ suất tử vong trẻ em dưới 5 tuổi giảm xuống dưới 20 trên 1.000 trẻ đẻ
sống vào năm 2025 và dưới 17 trên 1.000 trẻ đẻ sống vào năm 2030. Sở Y tế
chủ trì, phối hợp với Hội Liên hiệp Phụ nữ tỉnh và Ủy ban nhân dân các huyện.

2) Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể nhẹ cân không quá 12% vào năm
2025 và không quá 10% vào năm 2030. Sở Y tế chủ trì.

3) Ít nhất 94% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ vào năm 2025; năm 2030
duy trì trên 96%. Sở Y tế chủ trì thực hiện."""

GROUP_B = "Nhóm mục tiêu B - Bảo vệ trẻ em"
ITEMS_B = """4) Số vụ bạo lực trẻ em được phát hiện giảm 10% so với năm 2020 vào năm 2025
và giảm 20% so với năm 2020 vào năm 2030. Công an tỉnh chủ trì, phối hợp với Sở
Tư pháp.

5) Số cặp tảo hôn giảm bình quân 3% mỗi năm. Ban Dân tộc tỉnh chủ trì, phối hợp
với Sở Giáo dục và Đào tạo."""

FOOTER = """

II. PHÂN CÔNG THỰC HIỆN

1. Sở Y tế chủ trì các chỉ tiêu số 1, 2 và 3; chỉ đạo các bệnh viện ưu tiên khám cho
trẻ em.

2. Công an tỉnh chủ trì chỉ tiêu số 4; điều tra, xử lý các vụ bạo lực trẻ em.

3. Ban Dân tộc tỉnh chủ trì chỉ tiêu số 5; phối hợp với Sở Giáo dục và Đào tạo tuyên
truyền phòng, chống tảo hôn.

4. Đề nghị Tỉnh Đoàn chủ trì chỉ tiêu số 2 và duy trì Hội đồng trẻ em tỉnh; Hội Liên hiệp
Phụ nữ tỉnh phối hợp tuyên truyền về dinh dưỡng.

5. Sở Tư pháp chủ trì chỉ tiêu số 3; Ủy ban nhân dân các huyện phối hợp thực hiện.

III. KINH PHÍ

Kinh phí thực hiện lấy từ ngân sách nhà nước theo phân cấp hiện hành.

IV. THÔNG TIN, BÁO CÁO

Các sở, ngành gửi báo cáo kết quả thực hiện về Sở Y tế trước ngày 10 tháng 12 hằng
năm. Báo cáo sơ kết giai đoạn 2021 - 2025 gửi trước ngày 31 tháng 10 năm 2025.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn An
"""


def _separate() -> str:
    """Each group heading on a line of its own, a blank line before its first item."""
    return HEADER + f"{GROUP_A}\n\n{ITEMS_A}\n\n{GROUP_B}\n\n{ITEMS_B}" + FOOTER


def _run_in() -> str:
    """Each group heading run into its first item on one line, as OCR joins them."""
    return HEADER + f"{GROUP_A} {ITEMS_A}\n\n{GROUP_B} {ITEMS_B}" + FOOTER


def _no_blank() -> str:
    """Run in, and no blank line between an item and the next group's heading."""
    return HEADER + f"{GROUP_A} {ITEMS_A}\n{GROUP_B} {ITEMS_B}" + FOOTER


@pytest.fixture(params=["separate", "run_in", "no_blank"])
def plan(request, tmp_path: Path):
    text = {"separate": _separate, "run_in": _run_in, "no_blank": _no_blank}[request.param]()
    path = tmp_path / "hoanguyen-kh512-2021.txt"
    path.write_text(text, encoding="utf-8")
    return ingest_file(path)


def _targets(plan, number):
    indicator = next(i for i in plan.indicators if i.number == number)
    return [(t.year, t.value, t.comparator, t.comparator_text) for t in indicator.targets]


def _names(plan, keys):
    names = {a.key: a.name for a in plan.agencies}
    return [names[key] for key in keys]


def _people(plan, number):
    indicator = next(i for i in plan.indicators if i.number == number)
    return _names(plan, indicator.lead_agencies), _names(plan, indicator.partner_agencies)


def test_every_numbered_item_is_an_indicator_of_its_group(plan):
    assert [(i.number, i.goal, i.goal_label) for i in plan.indicators] == [
        (1, 1, "A"), (2, 1, "A"), (3, 1, "A"), (4, 2, "B"), (5, 2, "B")]
    assert [(g.label, g.title) for g in plan.goals] == [
        ("A", "Sức khỏe trẻ em"), ("B", "Bảo vệ trẻ em")]
    first = plan.indicators[0]
    assert first.text.startswith("Tỷ suất tử vong trẻ em dưới 5 tuổi giảm xuống dưới 20")
    assert "Nhóm mục tiêu" not in first.text


def test_each_item_states_its_figures_with_the_plans_comparator(plan):
    assert _targets(plan, 1) == [(2025, 20, UNDER, "giảm xuống dưới"), (2030, 17, UNDER, "dưới")]
    assert _targets(plan, 2) == [(2025, 12, UNDER, "không quá"), (2030, 10, UNDER, "không quá")]
    assert _targets(plan, 3) == [(2025, 94, AT_LEAST, "Ít nhất"), (2030, 96, AT_LEAST, "trên")]
    assert _targets(plan, 4) == [(2025, 10, AT_LEAST, "giảm"), (2030, 20, AT_LEAST, "giảm")]
    # "giảm bình quân 3% mỗi năm": a yearly reduction, no year of its own
    assert _targets(plan, 5) == [(None, 3, REDUCE_BY_PER_YEAR, "giảm bình quân")]


def test_the_items_last_sentence_names_its_lead_and_partners(plan):
    assert _people(plan, 1) == (["Sở Y tế"], ["Hội Liên hiệp Phụ nữ tỉnh", "Ủy ban nhân dân các huyện"])
    # "Tỉnh Đoàn chủ trì chỉ tiêu số 2 và duy trì Hội đồng …; Hội … phối hợp tuyên truyền …":
    # the second clause is a task of its own, not a partner of indicator 2
    assert _people(plan, 2) == (["Sở Y tế", "Tỉnh đoàn"], [])
    # "Sở Tư pháp chủ trì chỉ tiêu số 3; Ủy ban … phối hợp thực hiện": it shares indicator 3
    assert _people(plan, 3) == (["Sở Y tế", "Sở Tư pháp"], ["Ủy ban nhân dân các huyện"])
    assert _people(plan, 4) == (["Công an tỉnh"], ["Sở Tư pháp"])
    # the lead named again in "3. Ban Dân tộc tỉnh chủ trì chỉ tiêu số 5; …" is no partner
    assert _people(plan, 5) == (["Ban Dân tộc"], ["Sở Giáo dục và Đào tạo"])


def test_a_title_over_two_lines_gives_the_period(plan):
    assert plan.title == ("Thực hiện Chương trình hành động vì trẻ em trên địa bàn tỉnh "
                          "Hòa Nguyên giai đoạn 2021 - 2030")
    assert (plan.period, plan.period_start, plan.period_end) == ("2021-2030", 2021, 2030)


def test_a_report_of_a_kind_is_no_agency(plan):
    """"Báo cáo sơ kết giai đoạn …": "sơ kết" (a mid-term review) folds like "Sở" but
    names the report, not where it goes."""
    assert sorted(a.name for a in plan.agencies) == [
        "Ban Dân tộc", "Công an tỉnh", "Hội Liên hiệp Phụ nữ tỉnh", "Sở Giáo dục và Đào tạo", "Sở Tư pháp",
        "Sở Y tế", "Tỉnh đoàn", "Ủy ban nhân dân các huyện"]
    assert [(d.day, d.month, d.year, d.submit_to) for d in plan.deadlines] == [
        (10, 12, None, "so-y-te"), (31, 10, 2025, None)]


def test_lead_and_partners_written_as_labels(tmp_path: Path):
    """"Cơ quan chủ trì: Sở Y tế; cơ quan phối hợp: …": the agencies follow the role."""
    items_a = ITEMS_A.replace(
        "Sở Y tế\nchủ trì, phối hợp với Hội Liên hiệp Phụ nữ tỉnh và Ủy ban nhân dân các huyện.",
        "Cơ quan chủ\ntrì: Sở Y tế; cơ quan phối hợp: Hội Liên hiệp Phụ nữ tỉnh, Công an tỉnh.")
    assert items_a != ITEMS_A
    path = tmp_path / "hoanguyen-kh512-2021.txt"
    path.write_text(HEADER + f"{GROUP_A}\n\n{items_a}\n\n{GROUP_B}\n\n{ITEMS_B}" + FOOTER,
                    encoding="utf-8")
    plan = ingest_file(path)
    assert _people(plan, 1) == (["Sở Y tế"], ["Hội Liên hiệp Phụ nữ tỉnh", "Công an tỉnh"])
