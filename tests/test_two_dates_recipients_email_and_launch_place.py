"""Reporting, contact and Action Month lines a blind question set (round 174, Lào Cai, a
DOCX) found half answered:

- "… báo cáo … trước ngày 15/6 và 15/12 hằng năm", asked "trước ngày nào" without saying
  which report: both dates stated (the second had been left in the quote);
- "Sở Y tế tổng hợp, báo cáo UBND tỉnh và Bộ Y tế trước ngày 31/12": both offices it goes to;
- "email liên hệ phòng Dân số - Trẻ em": an office named "Dân số" asks no population
  statistic; "the phone number and email": the number the address's sentence gives too;
- "- Địa điểm phát động: Quảng trường …" a field line naming where the Action Month is
  launched.

Pure: the shipped plans and the plans below (one also as a PDF drawn here) → the replies.
"""

from __future__ import annotations

import os

import pytest

from tests.test_parse_any_marker import _states

PLAN = """ỦY BAN NHÂN DÂN TỈNH SƠN NGUYÊN
Số: 27/KH-UBND
Sơn Nguyên, ngày 12 tháng 02 năm 2026
KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Sơn Nguyên giai đoạn 2026 - 2030
I. MỤC TIÊU
1. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96% năm 2028 và 97% năm 2030.
II. TỔ CHỨC THỰC HIỆN
1. Chế độ báo cáo
Ủy ban nhân dân các xã, phường báo cáo kết quả thực hiện về Sở Y tế trước ngày 15/6 và 15/12 hằng năm.
Các sở, ban, ngành, đoàn thể tỉnh gửi báo cáo 6 tháng và báo cáo năm về Sở Y tế trước ngày 20/6 và 20/12 hằng năm.
Sở Y tế tổng hợp, báo cáo UBND tỉnh và Bộ Y tế trước ngày 31/12 hằng năm.
2. Tháng hành động vì trẻ em năm 2026
- Thời gian: từ ngày 01/6/2026 đến ngày 30/6/2026.
- Địa điểm phát động: Quảng trường trung tâm xã Đá Bạc.
3. Thông tin liên hệ
- Cơ quan thường trực: Phòng Dân số - Trẻ em, Sở Y tế tỉnh Sơn Nguyên; điện thoại 0214.3822.517; email: treem.syt@sonnguyen.gov.vn.
"""


@pytest.fixture(scope="module")
def kb(kb_with_plan):
    return kb_with_plan("sonnguyen-kh27-2026.txt", PLAN)


@pytest.mark.parametrize("question, first, second", [
    ("UBND xã, phường ở Sơn Nguyên phải gửi báo cáo trước ngày nào?", "15/6", "15/12"),
    ("By what dates do Son Nguyen's provincial departments send their reports, and to whom?", "June 20",
     "December 20"),
])
def test_a_duties_two_dates_are_both_stated(kb, question, first, second):
    from knowledge.answer.engine import answer
    from knowledge.answer.format import strip_html

    reply = strip_html(answer(question, kb, lang="en" if question.startswith("By") else "vi").text)
    heads = [line for line in reply.split("\n") if line and not line.startswith(("«", "Nguồn", "Source"))]
    assert first in heads[0] and second in heads[1], reply


def test_both_offices_a_report_goes_to(kb):
    _states(kb, "so y te son nguyen bc ubnd tinh va bo y te truoc ngay may", "31/12", "Bộ Y tế")


@pytest.mark.parametrize("question, stated", [
    ("email lien he phong dan so tre em so y te son nguyen", ("treem.syt@sonnguyen.gov.vn",)),
    ("What's the phone number and email of the standing office for Son Nguyen's children plan?",
     ("treem.syt@sonnguyen.gov.vn", "0214.3822.517")),
])
def test_an_address_asked_with_its_office(kb, question, stated):
    _states(kb, question, *stated)


def test_a_launch_place_field(kb):
    _states(kb, "lễ phát động tháng hành động Sơn Nguyên ở đâu", "Quảng trường trung tâm xã Đá Bạc",
            absent=("Địa điểm phát động:",))


# Round 175 (Trà Vinh, a text PDF): the province's line on a line of its own after its name's
# colon, asked as "its own" line or "apart from 111"; the standing office's name without the
# "điện thoại" after it.
LINES = """ỦY BAN NHÂN DÂN TỈNH SƠN NGUYÊN
Số: 28/KH-UBND
Sơn Nguyên, ngày 12 tháng 02 năm 2026
KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Sơn Nguyên giai đoạn 2026 - 2030
I. MỤC TIÊU
1. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96% năm 2028 và 97% năm 2030.
II. THÔNG TIN LIÊN HỆ
Tổng đài điện thoại quốc gia bảo vệ trẻ em: 111 (miễn phí, 24/7).
Đường dây nóng bảo vệ trẻ em tỉnh Sơn Nguyên (Trung tâm Công tác xã hội tỉnh):
0294.3855.111.
Cơ quan thường trực: Phòng Bảo vệ, chăm sóc trẻ em - Sở Y tế tỉnh Sơn Nguyên, điện thoại 0294.3862.457, email: treem@sonnguyen.gov.vn.
"""


FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _pdf(text: str) -> bytes:
    """``text`` as a text PDF, a line of the text a line of the page (as a PDF keeps a line
    its width cut: the number under its name's colon)."""
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_font(fontname="dv", fontfile=FONT)
    y = 60
    for line in text.split("\n"):
        words = line.split()
        while words:     # at most 80 characters a line, as a page's width wraps a long one
            count = next((k for k in range(len(words), 0, -1) if len(" ".join(words[:k])) <= 80), 1)
            page.insert_text((56, y), " ".join(words[:count]), fontname="dv", fontsize=11)
            words = words[count:]
            y += 15
    data = doc.tobytes()
    doc.close()
    return data


@pytest.fixture(scope="module", params=["txt", "pdf"])
def lines_kb(request, tmp_path_factory, suite_plans_dir):
    from knowledge.store import build, load_knowledge_base

    if request.param == "pdf" and not os.path.exists(FONT):
        pytest.skip("DejaVu Sans is not installed")
    folder = tmp_path_factory.mktemp(f"sonnguyen-{request.param}")
    path = folder / f"sonnguyen-kh28-2026.{request.param}"
    if request.param == "pdf":
        path.write_bytes(_pdf(LINES))
    else:
        path.write_text(LINES, encoding="utf-8")
    build(folder / "kb.db", sorted(suite_plans_dir.glob("*.txt")) + [path], keep_stored=False)
    return load_knowledge_base(folder / "kb.db")


@pytest.mark.parametrize("question", [
    "Apart from 111, what child-protection hotline does Son Nguyen publish?",
    "Sơn Nguyên có đường dây nóng bảo vệ trẻ em riêng không, số mấy",
])
def test_the_provinces_own_line_named_above_its_number(lines_kb, question):
    _states(lines_kb, question, "0294.3855.111", "Trung tâm Công tác xã hội tỉnh")


def test_a_standing_offices_name_ends_before_its_phone(lines_kb):
    _states(lines_kb, "số điện thoại văn phòng thường trực Sơn Nguyên", "0294.3862.457",
            "Phòng Bảo vệ, chăm sóc trẻ em - Sở Y tế tỉnh Sơn Nguyên", absent=("điện thoại",))


def test_a_number_under_its_names_colon_in_the_published_pdf(tmp_path, suite_plans_dir):
    # round 175's own PDF: "… (Trung tâm Công tác xã hội tỉnh):" / "0294.3855.111." a line each
    from pathlib import Path

    from knowledge.store import build, load_knowledge_base

    source = Path(__file__).parent / "data" / "blind_rounds" / "round175" / "new_plan.pdf"
    path = tmp_path / "travinh-qd146-2025.pdf"
    path.write_bytes(source.read_bytes())
    build(tmp_path / "kb.db", sorted(suite_plans_dir.glob("*.txt")) + [path], keep_stored=False)
    plan = next(p for p in load_knowledge_base(tmp_path / "kb.db").plans if p.slug.startswith("tv"))
    line = next(c for c in plan.contacts if c.number == "02943855111")
    assert line.label.startswith("Đường dây nóng bảo vệ trẻ em tỉnh Trà Vinh"), line
