"""Targets coded by group letter and number ("A-1 — Tỷ lệ … [%] — gốc 2025: 71,8% — năm
2028: ≥ 78% — năm 2030: ≥ 86%"), their roles only in a grid, a row per agency and a column
per group, each cell "CT: B-1, B-2; PH: C-4" (blind round 78's layout); a section explaining
the targets ("Giải thích một số chỉ tiêu") holds none.

Pure: lines or a plan text (invented figures) → targets and roles; then the replies.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from knowledge.parse.structure import dashed_steps
from tests.test_parse_any_marker import _first_line, _kb_of

TEXT = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 46/KH-UBND Hòa Sơn, ngày 26 tháng 02 năm 2026", "KẾ HOẠCH",
    "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030",
    "I. MỤC TIÊU", "1. Mục tiêu chung", "Mọi trẻ em được bảo đảm các quyền cơ bản.",
    "2. Mục tiêu cụ thể",
    "NHÓM A. SỨC KHỎE TRẺ EM (02 chỉ tiêu)",
    "A-1 — Tỷ suất tử vong trẻ em dưới 1 tuổi (trên 1.000 trẻ đẻ sống) [‰] — gốc 2025: 17,4‰ — năm 2028: ≤ 15,9‰ — năm 2030: ≤ 14,2‰",
    "A-2 — Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh [%] — gốc 2025: 97,1% — năm 2028: ≥ 98,6% — năm 2030: = 100%",
    "Ghi chú nhóm A: riêng các xã vùng cao, chỉ tiêu A-1 phấn đấu ≤ 20‰ vào năm 2030.",
    "NHÓM B. BẢO VỆ TRẺ EM (01 chỉ tiêu)",
    "B-1 — Số cặp tảo hôn trong năm [cặp] — gốc 2025: 386 cặp — năm 2028: ≤ 290 cặp — năm 2030: ≤ 190 cặp",
    "3. Giải thích một số chỉ tiêu",
    "- A-2: tính trên tổng số trẻ em dưới 5 tuổi có 01 giấy khai sinh.",
    "II. TỔ CHỨC THỰC HIỆN", "1. Bảng giao nhiệm vụ",
    "| Cơ quan | Nhóm A | Nhóm B |", "|---|---|---|",
    "| Sở Y tế | CT: A-1; PH: A-2 | — |",
    "| Sở Tư pháp | CT: A-2 | PH: B-1 |",
    "| Sở Dân tộc và Tôn giáo | — | CT: B-1 |",
    "| Hội Liên hiệp Phụ nữ tỉnh | PH: A-1 | PH: B-1 |",
    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]) + "\n"


def _write(folder):
    path = folder / "hoason-kh46-2026.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


@pytest.mark.parametrize("line, expected", [
    ("A-1 — Tỷ lệ xã [%] — gốc 2025: 71,8% — năm 2028: ≥ 78% — năm 2030: ≥ 86%",
     "A-1 — Tỷ lệ xã [%] — gốc năm 2025: 71,8% ⟶ năm 2028: ≥ 78% ⟶ năm 2030: ≥ 86%"),
    # a period's dash is no step; a single step stays as written
    ("Giai đoạn 2026 - 2030: tăng 7%", "Giai đoạn 2026 - 2030: tăng 7%"),
    ("Tỷ lệ A — năm 2030: 90%", "Tỷ lệ A — năm 2030: 90%"),
])
def test_steps_apart_by_dashes_are_a_line_of_milestones(line, expected):
    assert dashed_steps([line]) == [expected]


def test_coded_targets_their_figures_and_the_grids_roles(tmp_path):
    plan = ingest_file(_write(tmp_path))
    names = {a.key: a.name for a in plan.agencies}
    # the note and the explaining section hold no target
    assert [(i.label, i.goal, [(t.year, t.value) for t in i.targets]) for i in plan.indicators] == [
        ("A-1", 1, [(2025, 17.4), (2028, 15.9), (2030, 14.2)]),
        ("A-2", 1, [(2025, 97.1), (2028, 98.6), (2030, 100)]),
        ("B-1", 2, [(2025, 386), (2028, 290), (2030, 190)])]
    assert [([names[k] for k in i.lead_agencies], [names[k] for k in i.partner_agencies]) for i in plan.indicators] == [
        (["Sở Y tế"], ["Hội Liên hiệp Phụ nữ tỉnh"]), (["Sở Tư pháp"], ["Sở Y tế"]),
        (["Sở Dân tộc và Tôn giáo"], ["Sở Tư pháp", "Hội Liên hiệp Phụ nữ tỉnh"])]


@pytest.mark.parametrize("question, shown", [
    ("Hòa Sơn chỉ tiêu A-1 năm 2028?", "≤ 15,9/1.000 trẻ đẻ sống (2028)"),
    ("ct B-1 hoa son ai chu tri", "Chủ trì: Sở Dân tộc và Tôn giáo"),
])
def test_officers_ask_by_code(tmp_path, question, shown):
    first = _first_line(question, _kb_of(tmp_path, _write(tmp_path)))
    assert first.startswith(shown), first


def test_a_grid_with_ranges_semicolons_and_slashes(tmp_path):
    text = TEXT.replace("| Sở Y tế | CT: A-1; PH: A-2 | — |", "| Sở Y tế / Sở Nội vụ | CT: A-1 - A-2 | — |").replace(
        "| Sở Tư pháp | CT: A-2 | PH: B-1 |", "| Sở Tư pháp | — | PH: B-1 |").replace(
        "B-1 — Số cặp tảo hôn trong năm [cặp] — gốc 2025: 386 cặp — năm 2028: ≤ 290 cặp — năm 2030: ≤ 190 cặp",
        "B-1 — Số cặp tảo hôn trong năm [cặp] — gốc 2025: 386 — năm 2028: ≤ 290 — năm 2030: ≤ 190")
    path = tmp_path / "hoason-kh46-2026.txt"
    path.write_text(text, encoding="utf-8")
    plan = ingest_file(path)
    names = {a.key: a.name for a in plan.agencies}
    assert [[names[k] for k in i.lead_agencies] for i in plan.indicators] == [
        ["Sở Y tế", "Sở Nội vụ"], ["Sở Y tế", "Sở Nội vụ"], ["Sở Dân tộc và Tôn giáo"]]
    # bare figures take the unit in square brackets
    assert [(t.year, t.value, t.unit) for t in plan.indicators[2].targets] == [
        (2025, 386, "count"), (2028, 290, "count"), (2030, 190, "count")]
