"""Blind round 96's layout: targets coded by the national sustainable-development indicator
they feed ("PTBV 3.b.1. …") and a series of the province's own ("GL-R1. …"), the 2025 result
in a bracket after the name ("[năm 2025: 19,7‰]"), the milestones a line of tick boxes "☐ Hết
năm 2028: dưới 18‰     ☐ Hết năm 2030: dưới 16,5‰", notes "Cách tính một số chỉ tiêu:" after.

Pure: a plan text (invented figures) → targets; the rewriting alone; replies.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from knowledge.parse.structure import tick_box_steps
from tests.test_parse_any_marker import _first_line, _kb_of, write_plan

TICKS = ["ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 418/KH-UBND Hòa Sơn, ngày 16 tháng 01 năm 2026", "", "KẾ HOẠCH",
         "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030", "",
         "II. MỤC TIÊU", "", "2. Mục tiêu cụ thể", "",
         "▣ Mục tiêu phát triển bền vững số 3 - Sức khỏe", "",
         "PTBV 3.2.1. Tỷ suất tử vong trẻ em dưới 5 tuổi (trên 1.000 trẻ đẻ sống) (đơn vị tính: ‰) [năm 2025: 19,7‰]",
         "    ☐ Hết năm 2028: dưới 18‰     ☐ Hết năm 2030: dưới 16,5‰", "",
         "PTBV 3.b.1. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ (đơn vị tính: %) [năm 2025: 93,8%]",
         "    ☐ Hết năm 2028: 95,5%     ☐ Hết năm 2030: 97%", "",
         "▣ Nhóm chỉ tiêu riêng của tỉnh Hòa Sơn (mã HS-R)", "",
         "HS-R1. Tỷ suất trẻ em tử vong do đuối nước (trên 100.000 trẻ em) (đơn vị tính: trên 100.000 trẻ em) [năm 2025: 8,7]",
         "    ☐ Hết năm 2028: dưới 7,5     ☐ Hết năm 2030: dưới 6", "",
         "HS-R5. Tỷ lệ trẻ em người dân tộc thiểu số được chuẩn bị tiếng Việt trước khi vào lớp 1 (đơn vị tính: %) [năm 2025: 88%]",
         "    ☐ Hết năm 2028: 93%     ☐ Hết năm 2030: 97%", "",
         "3. Cách tính một số chỉ tiêu",
         "- PTBV 3.2.1: số trẻ em tử vong trong năm trên 1.000 trẻ đẻ sống.",
         "- HS-R1: số trẻ em tử vong do đuối nước trong năm trên 100.000 trẻ em.", "",
         "III. TỔ CHỨC THỰC HIỆN", "Sở Nội vụ tổng hợp, báo cáo trước ngày 25/12 hằng năm.", "",
         "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]


def _write(folder, lines: list[str], blank: bool = False):
    return write_plan(folder, "hoason-kh418-2026.txt", lines, blank)


# (a blank line between every two, as a DOCX gives its paragraphs: the ticked line no part of
# its target's paragraph)
@pytest.mark.parametrize("blank", [False, True], ids=["lines", "paragraphs"])
def test_each_code_with_its_bracketed_result_and_ticked_milestones(tmp_path, blank):
    plan = ingest_file(_write(tmp_path, TICKS, blank))
    # (the notes on how a target is counted set none)
    assert [(i.label, sorted((t.year, t.comparator, t.value) for t in i.targets)) for i in plan.indicators] == [
        ("PTBV 3.2.1", [(2025, "exactly", 19.7), (2028, "under", 18), (2030, "under", 16.5)]),
        ("PTBV 3.b.1", [(2025, "exactly", 93.8), (2028, "at_least", 95.5), (2030, "at_least", 97)]),
        ("HS-R1", [(2025, "exactly", 8.7), (2028, "under", 7.5), (2030, "under", 6)]),
        ("HS-R5", [(2025, "exactly", 88), (2028, "at_least", 93), (2030, "at_least", 97)])]


@pytest.mark.parametrize("lines, written", [
    (["    ☐ Hết năm 2028: 95%     ☐ Hết năm 2030: 98%"], ["    Hết năm 2028: 95% ⟶ Hết năm 2030: 98%"]),
    # one box, or boxes naming no year: a checklist, as written
    (["☐ Hết năm 2028: 95%"], ["☐ Hết năm 2028: 95%"]),
    (["☐ Đã ban hành kế hoạch ☐ Chưa ban hành"], ["☐ Đã ban hành kế hoạch ☐ Chưa ban hành"]),
])
def test_tick_box_steps(lines, written):
    assert tick_box_steps(lines) == written


@pytest.mark.parametrize("question, shown", [
    ("Chỉ tiêu PTBV 3.b.1 của Hòa Sơn năm 2030?", "97% (2030) — Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ"),
    ("ptbv 3.2.1 hoa son moc 2028", "dưới 18/1.000 trẻ đẻ sống (2028)"),
    # (HS-R5, not the series' first; its name states no other year's figure)
    ("Chi tieu HS-R5 cua Hoa Son nam 2030?", "97% (2030) — Tỷ lệ trẻ em người dân tộc thiểu số được chuẩn bị tiếng Việt"),
])
def test_replies(tmp_path, question, shown):
    first = _first_line(question, _kb_of(tmp_path, _write(tmp_path, TICKS)))
    assert first.startswith(shown) and "88%" not in first, first
