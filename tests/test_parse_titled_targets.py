"""Targets known only by titles in guillemets (blind round 62's layout): "«Khai sinh» — Tỷ lệ
…" defines each, goal lines list the titles they hold, the figures stand in sections by
year ("A. NĂM GỐC 2025 — KẾT QUẢ ĐẠT ĐƯỢC" over "▪ «Khai sinh»: 98,7%;"), a note gives
some titles' figures by former province ("Hà Nam 99,1%; Nam Định 98,4%"), roles in a
lookup table by title and in the agencies' paragraphs. A province merged into the plan's
own in 2025 is asked as a part of it, never declined as a place without a plan.

Pure: a plan text (invented figures) → goals, indicators, figures, roles; then the replies.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from knowledge.model import EXACTLY
from tests.test_parse_any_marker import _first_line, _kb_of, _roles

LINES = [
    "ỦY BAN NHÂN DÂN TỈNH HÒA SƠN",
    "Số: 417/KH-UBND Hòa Sơn, ngày 12 tháng 01 năm 2026",
    "KẾ HOẠCH",
    "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030",
    "I. MỤC ĐÍCH",
    "Thống nhất công tác trẻ em trên địa bàn các tỉnh Hà Nam, Hòa Sơn trước đây.",
    "Phối hợp với tỉnh Ninh Bình (gồm địa bàn tỉnh Thái Bình cũ) phòng, chống đuối nước trên sông.",
    "II. MỤC TIÊU",
    "1. Mục tiêu cụ thể",
    "Kế hoạch có 4 chỉ tiêu, chia thành 2 mục tiêu:",
    "MỤC TIÊU 1 — SỨC KHỎE: «Thấp còi»; «Tử vong sơ sinh»;",
    "MỤC TIÊU 2 — QUYỀN DÂN SỰ: «Khai sinh»; «Quyền tham gia».",
    "Nội dung từng chỉ tiêu (tên gọi ngắn — nội dung đầy đủ):",
    "«Thấp còi» — Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi.",
    "«Tử vong sơ sinh» — Tỷ suất tử vong trẻ sơ sinh trên 1.000 trẻ đẻ sống.",
    "«Khai sinh» — Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh.",
    "«Quyền tham gia» — Số xã, phường có mô hình Hội đồng trẻ em.",
    "III. LỘ TRÌNH THEO NĂM MỐC",
    "A. NĂM GỐC 2025 — KẾT QUẢ ĐẠT ĐƯỢC",
    "▪ «Thấp còi»: 17,9%;",
    "▪ «Tử vong sơ sinh»: 6,1‰;",
    "▪ «Khai sinh»: 98,7%;",
    "▪ «Quyền tham gia»: 41 xã, phường;",
    "Ghi chú: riêng «Thấp còi» năm 2025 theo địa bàn cũ: Hà Nam 16,4%; Hòa Sơn 18,6%.",
    "B. NĂM SƠ KẾT 2027 — MỐC PHẤN ĐẤU",
    "▪ «Thấp còi»: 16,8%;",
    "▪ «Tử vong sơ sinh»: dưới 5,4‰;",
    "▪ «Khai sinh»: 99,3%;",
    "▪ «Quyền tham gia»: 75 xã, phường;",
    "C. NĂM TỔNG KẾT 2030 — MỤC TIÊU CUỐI KỲ",
    "▪ «Thấp còi»: dưới 15%;",
    "▪ «Tử vong sơ sinh»: dưới 4,6‰;",
    "▪ «Khai sinh»: 100%;",
    "▪ «Quyền tham gia»: 129 xã, phường;",
    "IV. BẢNG TRA CỨU CƠ QUAN CHỦ TRÌ, PHỐI HỢP",
    "| Tên gọi chỉ tiêu | Cơ quan chủ trì | Cơ quan phối hợp |",
    "| «Quyền tham gia» | Tỉnh đoàn | Sở Nội vụ |",
    "| «Khai sinh» | Sở Tư pháp | Công an tỉnh; Sở Y tế |",
    "| «Thấp còi» | Sở Y tế | Hội Liên hiệp Phụ nữ tỉnh |",
    "| «Tử vong sơ sinh» | Sở Y tế | Bệnh viện Sản - Nhi Hòa Sơn |",
    "V. NHIỆM VỤ CỦA CÁC CƠ QUAN",
    "1. Sở Nội vụ",
    "- Tổng hợp báo cáo UBND tỉnh trước ngày 15/12 hằng năm.",
    "2. Hội Liên hiệp Phụ nữ tỉnh",
    "- Phối hợp thực hiện chỉ tiêu «Quyền tham gia»; nhân rộng mô hình địa chỉ tin cậy.",
    "TM. ỦY BAN NHÂN DÂN",
    "CHỦ TỊCH",
]


def _write(folder):
    path = folder / "hoason-kh417-2026.txt"
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return ingest_file(_write(tmp_path_factory.mktemp("titled")))


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    folder = tmp_path_factory.mktemp("titled_kb")
    return _kb_of(folder, _write(folder))


def test_each_title_is_a_target_of_its_goal_with_the_figures_of_each_year(plan):
    assert [(g.number, g.title) for g in plan.goals] == [(1, "Sức khỏe"), (2, "Quyền dân sự")]
    assert [(i.goal, i.label, i.text) for i in plan.indicators] == [
        (1, "Thấp còi", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi."),
        (1, "Tử vong sơ sinh", "Tỷ suất tử vong trẻ sơ sinh trên 1.000 trẻ đẻ sống."),
        (2, "Khai sinh", "Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh."),
        (2, "Quyền tham gia", "Số xã, phường có mô hình Hội đồng trẻ em.")]
    assert [[(t.year, t.value, t.achieved) for t in i.targets] for i in plan.indicators] == [
        [(2025, 17.9, True), (2027, 16.8, False), (2030, 15, False)],
        [(2025, 6.1, True), (2027, 5.4, False), (2030, 4.6, False)],
        [(2025, 98.7, True), (2027, 99.3, False), (2030, 100, False)],
        [(2025, 41, True), (2027, 75, False), (2030, 129, False)]]
    # "6,1‰" of "… trên 1.000 trẻ đẻ sống"; a result is its figure, no floor
    assert {t.unit for t in plan.indicators[1].targets} == {"per_1000_live_births"}
    assert plan.indicators[0].targets[0].comparator == EXACTLY


def test_a_note_gives_a_titles_figures_by_former_province(plan):
    assert [(t.area, t.year, t.value, t.achieved) for t in plan.indicators[0].areas] == [
        ("Hà Nam", 2025, 16.4, True), ("Hòa Sơn", 2025, 18.6, True)]


def test_roles_by_title_in_a_lookup_table(plan):
    assert _roles(plan) == [(["Sở Y tế"], ["Hội Liên hiệp Phụ nữ tỉnh"]),
                            (["Sở Y tế"], ["Bệnh viện Sản - Nhi Hòa Sơn"]),
                            (["Sở Tư pháp"], ["Công an tỉnh", "Sở Y tế"]),
                            # (the agency's own paragraph adds to the table's partners)
                            (["Tỉnh đoàn"], ["Hội Liên hiệp Phụ nữ tỉnh", "Sở Nội vụ"])]


@pytest.mark.parametrize("question, first", [
    ("Chỉ tiêu «Khai sinh» của Hòa Sơn năm 2030 là bao nhiêu?", "100% (2030)"),
    ("Chỉ tiêu «Quyền tham gia» Hòa Sơn năm 2030?", "129 xã, phường (2030)"),
    ("Số xã, phường có mô hình Hội đồng trẻ em ở Hòa Sơn phải đạt bao nhiêu vào năm sơ kết 2027?",
     "75 xã, phường (2027)"),
    ("Which agency leads the 'Quyền tham gia' indicator in Hoa Son?", "Chủ trì: Tỉnh đoàn"),
    # a province merged into Hòa Sơn's: the note's figure for it, said to be its own
    ("Tỷ lệ thấp còi năm 2025 của địa bàn Hà Nam cũ?", "16,4% (Hà Nam)"),
])
def test_an_officer_asks_a_target_by_its_title_or_a_former_province(kb, question, first):
    assert _first_line(question, kb).startswith(first), _first_line(question, kb)


@pytest.mark.parametrize("question", [
    "Tỷ lệ thấp còi năm 2025 của tỉnh Nam Định?",
    # a neighbour's former part ("tỉnh Ninh Bình (gồm địa bàn tỉnh Thái Bình cũ)") is no part of Hòa Sơn
    "Tỷ lệ thấp còi năm 2025 của tỉnh Thái Bình?",
])
def test_a_province_not_merged_into_the_plans_own_is_still_no_plans(kb, question):
    from knowledge.answer.engine import answer

    reply = answer(question, kb)
    assert not reply.answered and reply.intent == "unknown_place"


def test_a_glossary_in_guillemets_is_no_target(tmp_path):
    lines = ["ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 14/KH-UBND Hòa Sơn, ngày 12 tháng 01 năm 2026", "KẾ HOẠCH",
             "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030",
             "I. GIẢI THÍCH TỪ NGỮ", "«Trẻ em» — Người dưới 16 tuổi.", "«Xâm hại» — Hành vi gây tổn hại cho trẻ em.",
             "«Tảo hôn» — Việc lấy vợ, lấy chồng khi chưa đủ tuổi.", "II. MỤC TIÊU", "2. Mục tiêu cụ thể",
             "Chỉ tiêu 1: Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 100% năm 2030.",
             "Chỉ tiêu 2: Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 98% năm 2030.",
             "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    path = tmp_path / "hoason-kh14-2026.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    assert [(i.number, [t.value for t in i.targets]) for i in ingest_file(path).indicators] == [(1, [100]), (2, [98])]


def test_a_former_province_without_its_own_figure_is_told_the_whole_provinces(kb):
    from knowledge.answer.engine import answer
    from knowledge.answer.format import strip_html

    # the note gives «Thấp còi» by former province, not «Khai sinh»: the province's figure, said so
    lines = strip_html(answer("Tỷ lệ khai sinh năm 2025 của địa bàn Hà Nam cũ?", kb).text).split("\n")
    assert lines[0].startswith("98,7% (đã đạt năm 2025)")
    assert "Kế hoạch không nêu số liệu riêng của Hà Nam; đây là số liệu của toàn Hòa Sơn." in lines
    # … and a figure the note gives is that part's, with no such line
    lines = strip_html(answer("Tỷ lệ thấp còi năm 2025 của địa bàn Hà Nam cũ?", kb).text).split("\n")
    assert lines[0].startswith("16,4% (Hà Nam)") and not any("không nêu số liệu riêng" in line for line in lines)
