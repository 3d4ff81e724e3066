"""Targets labelled only by circled numerals "①"…"⑳", each with one line of figures after
their years in square brackets "[2025] 96,2 ▹ [2028] ≥ 97,5 ▹ [2030] ≥ 98,5" and its unit
in the target's closing bracket "(%)"; roles agency by agency listing the numerals after
"Chủ trì:" and "Phối hợp:"; a duty over every target ("tổng hợp số liệu các chỉ tiêu ① -
④") leads none (blind round 79's layout).

Pure: lines or a plan text (invented figures) → targets and roles; then the replies.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from knowledge.parse.structure import bracketed_year_steps, circled_numbers
from tests.test_parse_any_marker import _first_line, _kb_of

TEXT = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 412/KH-UBND Hòa Sơn, ngày 26 tháng 01 năm 2026", "KẾ HOẠCH",
    "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030",
    "I. MỤC TIÊU", "1. Mục tiêu chung", "Mọi trẻ em được bảo đảm các quyền cơ bản.",
    "2. Mục tiêu cụ thể (05 chỉ tiêu ký hiệu ① - ⑤)",
    "Mục tiêu 1. Sức khỏe trẻ em (chỉ tiêu ① - ③)",
    "① Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ (%)",
    "    [2025] 96,2 ▹ [2028] ≥ 97,5 ▹ [2030] ≥ 98,5",
    "② Tỷ suất tử vong trẻ sơ sinh (‰, trên 1.000 trẻ đẻ sống)",
    "    [2025] 7,9 ▹ [2028] ≤ 7,2 ▹ [2030] ≤ 6,5",
    "③ Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi (%)",
    "    [2025] 16,3 ▹ [2028] ≤ 14,9 ▹ [2030] ≤ 13,6",
    "Mục tiêu 2. Bảo vệ trẻ em (chỉ tiêu ④ - ⑤)",
    "④ Số cặp tảo hôn trên địa bàn tỉnh trong năm (cặp)",
    "    [2025] 46 ▹ [2028] ≤ 30 ▹ [2030] ≤ 20",
    "⑤ Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh (%)",
    "    [2025] 98,7 ▹ [2028] ≥ 99,4 ▹ [2030] = 100",
    "II. TỔ CHỨC THỰC HIỆN", "1. Giao chỉ tiêu cho các cơ quan",
    "1.1. Sở Y tế", "    Chủ trì: ① ② ③", "    Phối hợp: ⑤",
    "1.2. Sở Tư pháp", "    Chủ trì: ⑤", "    Phối hợp: ④",
    "1.3. Sở Dân tộc và Tôn giáo", "    Chủ trì: ④",
    "2. Nhiệm vụ cụ thể", "2.1. Sở Nội vụ",
    "- Chủ trì tham mưu UBND tỉnh tổ chức thực hiện Kế hoạch; tổng hợp số liệu các chỉ tiêu ① - ⑤.",
    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]) + "\n"


def _write(folder):
    path = folder / "hoason-kh412-2026.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_circled_numerals_read_as_numbers():
    assert circled_numbers(["① Tỷ lệ A (%)", "Chủ trì: ① ⑧ ⑪", "(chỉ tiêu ① - ⑦)"]) == [
        "Chỉ tiêu 1. Tỷ lệ A (%)", "Chủ trì: chỉ tiêu 1, 8, 11", "(chỉ tiêu 1 - 7)"]
    assert bracketed_year_steps(["    [2025] 96,2 ▹ [2028] ≥ 97,5 ▹ [2030] ≥ 98,5", "[2025] là năm gốc"]) == [
        "năm 2025: 96,2 ⟶ năm 2028: ≥ 97,5 ⟶ năm 2030: ≥ 98,5", "[2025] là năm gốc"]


def test_targets_their_figures_in_their_unit_and_roles(tmp_path):
    plan = ingest_file(_write(tmp_path))
    names = {a.key: a.name for a in plan.agencies}
    assert [(i.number, i.goal, [(t.year, t.value, t.unit) for t in i.targets]) for i in plan.indicators][0] == \
        (1, 1, [(2025, 96.2, "%"), (2028, 97.5, "%"), (2030, 98.5, "%")])
    assert [(i.number, [t.value for t in i.targets]) for i in plan.indicators][1:] == [
        (2, [7.9, 7.2, 6.5]), (3, [16.3, 14.9, 13.6]), (4, [46, 30, 20]), (5, [98.7, 99.4, 100])]
    # the standing agency's duty over every target leads none of them
    assert [([names[k] for k in i.lead_agencies], [names[k] for k in i.partner_agencies]) for i in plan.indicators] == [
        (["Sở Y tế"], []), (["Sở Y tế"], []), (["Sở Y tế"], []), (["Sở Dân tộc và Tôn giáo"], ["Sở Tư pháp"]),
        (["Sở Tư pháp"], ["Sở Y tế"])]


@pytest.mark.parametrize("question, shown", [
    ("Hòa Sơn chỉ tiêu ① năm 2030?", "≥ 98,5% (2030)"),
    ("chỉ tiêu ④ Hòa Sơn ai chủ trì?", "Chủ trì: Sở Dân tộc và Tôn giáo"),
])
def test_officers_ask_by_the_circled_numeral(tmp_path, question, shown):
    first = _first_line(question, _kb_of(tmp_path, _write(tmp_path)))
    assert first.startswith(shown), first
