"""Targets coded "CT 01" whose own line gives only its name, unit and 2025 figure ("CT 01 —
Tỷ lệ … — đơn vị tính: % — số liệu gốc năm 2025: 86,4"), every later year's figures in a
block a year listing every code ("Năm 2028 (sơ kết giữa kỳ):" over "CT 01: 90%; CT 02: dưới
3,7‰; …"), and roles a line per agency "Sở Y tế — Đầu mối: CT 02, CT 03. Tham gia: CT 01."
(blind round 80's layout); "CT" being the genre's "chỉ tiêu", the targets are numbered.

Pure: lines or a plan text (invented figures) → targets and roles; then the replies.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from knowledge.parse.structure import year_blocks_by_code
from tests.test_parse_any_marker import _first_line, _kb_of

TEXT = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 412/KH-UBND Hòa Sơn, ngày 16 tháng 01 năm 2026", "KẾ HOẠCH",
    "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030",
    "I. MỤC TIÊU", "1. Mục tiêu chung", "Mọi trẻ em được bảo đảm các quyền cơ bản.",
    "2. Mục tiêu cụ thể: 03 chỉ tiêu (CT 01 - CT 03)",
    "Mục tiêu 1. Sức khỏe trẻ em",
    "CT 01 — Tỷ suất tử vong trẻ sơ sinh trên 1.000 trẻ đẻ sống — đơn vị tính: ‰ — số liệu gốc năm 2025: 4,1",
    "CT 02 — Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ — đơn vị tính: % — số liệu gốc năm 2025: 96,1",
    "Mục tiêu 2. Bảo vệ trẻ em",
    "CT 03 — Số trẻ em tử vong do đuối nước trong năm — đơn vị tính: trẻ em — số liệu gốc năm 2025: 87",
    "II. LỘ TRÌNH HẰNG NĂM",
    "Năm 2028 (sơ kết giữa kỳ):",
    "CT 01: dưới 3,7‰; CT 02: 97,4%; CT 03: không quá 72 trẻ em.",
    "Năm 2030 (tổng kết):",
    "CT 01: dưới 3,3‰; CT 02: 98,5%; CT 03: không quá 60 trẻ em.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Giao chỉ tiêu",
    "1.1. Sở Y tế — Đầu mối: CT 01, CT 02. Tham gia: CT 03.",
    "1.2. Sở Văn hóa, Thể thao và Du lịch — Đầu mối: CT 03. Tham gia: không.",
    "1.3. Hội Liên hiệp Phụ nữ tỉnh — Đầu mối: không. Tham gia: CT 01, CT 02.",
    "2. Nguồn số liệu",
    "CT 01: hệ thống báo cáo thống kê ngành y tế, thu thập hằng quý.",
    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]) + "\n"


def _write(folder):
    path = folder / "hoason-kh412-2026.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_a_years_block_goes_to_each_targets_line():
    lines = year_blocks_by_code(TEXT.split("\n"))
    assert "Chỉ tiêu 01. Tỷ suất tử vong trẻ sơ sinh trên 1.000 trẻ đẻ sống — đơn vị tính: ‰ — số liệu gốc năm 2025: 4,1" \
           " — năm 2028: dưới 3,7‰ — năm 2030: dưới 3,3‰" in lines
    assert "1.1. Sở Y tế — Đầu mối: chỉ tiêu 01, chỉ tiêu 02. Tham gia: chỉ tiêu 03." in lines
    # another list by code keeps its lines; a plan without such blocks comes back as it was
    assert "CT 01: hệ thống báo cáo thống kê ngành y tế, thu thập hằng quý." in lines
    plain = ["CT 01 — Tỷ lệ A", "Năm 2026: kiện toàn Ban chỉ đạo."]
    assert year_blocks_by_code(plain) == plain


def test_targets_their_years_and_roles(tmp_path):
    plan = ingest_file(_write(tmp_path))
    names = {a.key: a.name for a in plan.agencies}
    assert [(i.number, i.goal, [(t.year, t.value) for t in i.targets]) for i in plan.indicators] == [
        (1, 1, [(2025, 4.1), (2028, 3.7), (2030, 3.3)]), (2, 1, [(2025, 96.1), (2028, 97.4), (2030, 98.5)]),
        (3, 2, [(2025, 87), (2028, 72), (2030, 60)])]
    assert [([names[k] for k in i.lead_agencies], [names[k] for k in i.partner_agencies]) for i in plan.indicators] == [
        (["Sở Y tế"], ["Hội Liên hiệp Phụ nữ tỉnh"]), (["Sở Y tế"], ["Hội Liên hiệp Phụ nữ tỉnh"]),
        (["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Y tế"])]


@pytest.mark.parametrize("question, shown", [
    ("CT 02 Hòa Sơn năm 2028 phải đạt bao nhiêu?", "97,4% (2028) — Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ"),
    ("Hòa Sơn chỉ tiêu 3 ai chủ trì", "Chủ trì: Sở Văn hóa, Thể thao và Du lịch"),
])
def test_officers_ask_by_number(tmp_path, question, shown):
    first = _first_line(question, _kb_of(tmp_path, _write(tmp_path)))
    assert first.startswith(shown), first


def test_a_cell_naming_a_target_by_its_words_and_number_finds_it():
    # "| Chỉ tiêu 01 | … |" in a table by area: the target, not a crash on a reference
    # holding no code
    from knowledge.model import Indicator
    from knowledge.parse.breakdowns import _ref

    first = Indicator(number=1, goal=None, text="Tỷ lệ A", section="")
    assert _ref("Chỉ tiêu 01", [first]) is first


@pytest.mark.parametrize("question, shown", [
    # a count the plan sets for the year asked is a target, no statistic
    ("Năm 2028 Hòa Sơn còn bao nhiêu trẻ em tử vong do đuối nước?", "không quá 72 trẻ em (2028)"),
    # … how many children there are is one still
    ("Năm 2028 Hòa Sơn có bao nhiêu trẻ em?", "Các kế hoạch không nêu số liệu thống kê"),
])
def test_a_count_for_a_year_is_a_target_when_one_sets_it(tmp_path, question, shown):
    from pathlib import Path

    shipped = sorted((Path(__file__).parents[1] / "knowledge" / "plans").glob("*.txt"))
    first = _first_line(question, _kb_of(tmp_path, *shipped, _write(tmp_path)))
    assert first.startswith(shown), first


def test_agency_lines_as_bullets_give_their_roles(tmp_path):
    # "- Sở Y tế — Đầu mối: CT 01, CT 02. Tham gia: CT 03." (bullets, no numbered heading)
    text = TEXT.replace("1.1. Sở Y tế — Đầu mối:", "- Sở Y tế — Đầu mối:").replace(
        "1.2. Sở Văn hóa, Thể thao và Du lịch — Đầu mối:", "- Sở Văn hóa, Thể thao và Du lịch — Đầu mối:").replace(
        "1.3. Hội Liên hiệp Phụ nữ tỉnh — Đầu mối:", "- Hội Liên hiệp Phụ nữ tỉnh — Đầu mối:")
    path = tmp_path / "hoason-kh412-2026.txt"
    path.write_text(text, encoding="utf-8")
    plan = ingest_file(path)
    names = {a.key: a.name for a in plan.agencies}
    assert [([names[k] for k in i.lead_agencies], [names[k] for k in i.partner_agencies]) for i in plan.indicators] == [
        (["Sở Y tế"], ["Hội Liên hiệp Phụ nữ tỉnh"]), (["Sở Y tế"], ["Hội Liên hiệp Phụ nữ tỉnh"]),
        (["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Y tế"])]


def test_numbers_written_with_two_digits_are_cited_so(tmp_path):
    # "CT 01" (the genre's "chỉ tiêu 01"): the reply lists "01, 02", as the plan writes them
    shipped = []
    first = _first_line("Sở Y tế Hòa Sơn chủ trì những chỉ tiêu nào?", _kb_of(tmp_path, *shipped, _write(tmp_path)))
    assert first.startswith("Chủ trì 02 chỉ tiêu: 01, 02"), first
