"""Targets listed by code in the body with no figure ("- Đ.01: Tỷ lệ … (đơn vị tính: %).")
and given their figures and roles in long tables, a row per target and checkpoint ("| Đ.01 |
KQ 2025 | 84,6 | % |") and a row per target, role and agency ("| Đ.01 | Chủ trì | Sở Nội vụ
|"), each split over pages, a page break cutting a target's rows apart (blind round 77).

Pure: a plan text (invented figures) → targets; then the replies.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from knowledge.parse.structure import long_tables_as_wide
from tests.test_parse_any_marker import _first_line, _kb_of

TEXT = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 418/KH-UBND Hòa Sơn, ngày 16 tháng 3 năm 2026", "KẾ HOẠCH",
    "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030",
    "I. MỤC TIÊU", "1. Mục tiêu chung", "Mọi trẻ em được bảo đảm các quyền cơ bản.",
    "2. Mục tiêu cụ thể",
    "Mục tiêu 1. Chăm sóc sức khỏe trẻ em",
    "- Đ.01: Tỷ suất tử vong trẻ sơ sinh trên 1.000 trẻ đẻ sống (đơn vị tính: ‰).",
    "- Đ.02: Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ (đơn vị tính: %).",
    "Mục tiêu 2. Bảo vệ trẻ em",
    "- Đ.03: Số cặp tảo hôn trong năm (đơn vị tính: cặp).",
    "II. TỔ CHỨC THỰC HIỆN", "Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 10/12 hằng năm.",
    "PHỤ LỤC I", "SỐ LIỆU CÁC CHỈ TIÊU THEO MỐC NĂM",
    "| Mã | Mốc năm | Giá trị | Đơn vị tính |", "|---|---|---|---|",
    "| Đ.01 | KQ 2025 | 6,9 | ‰ |", "| Đ.01 | Mốc 2028 | dưới 6,3 | ‰ |", "| Đ.01 | Đích 2030 | dưới 5,8 | ‰ |",
    "| Đ.02 | KQ 2025 | 95,8 | % |",
    "",
    "| Đ.02 | Mốc 2028 | 97 | % |", "| Đ.02 | Đích 2030 | 98,5 | % |",
    "(Phụ lục I - tiếp theo)",
    "| Mã | Mốc năm | Giá trị | Đơn vị tính |", "|---|---|---|---|",
    "| Đ.03 | KQ 2025 | 212 | cặp |", "| Đ.03 | Mốc 2028 | dưới 150 | cặp |", "| Đ.03 | Đích 2030 | dưới 100 | cặp |",
    "PHỤ LỤC II", "PHÂN CÔNG CƠ QUAN CHỦ TRÌ, PHỐI HỢP THEO MÃ CHỈ TIÊU",
    "| Mã | Vai trò | Cơ quan |", "|---|---|---|",
    "| Đ.01 | Chủ trì | Sở Y tế |", "| Đ.01 | Phối hợp | Hội Liên hiệp Phụ nữ tỉnh |",
    "| Đ.02 | Chủ trì | Sở Y tế |", "| Đ.02 | Phối hợp | UBND các xã, phường |",
    "| Đ.03 | Chủ trì | Sở Dân tộc và Tôn giáo |", "| Đ.03 | Phối hợp | Sở Tư pháp |",
    "| Đ.03 | Phối hợp | Hội Liên hiệp Phụ nữ tỉnh |",
    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]) + "\n"


def _write(folder):
    path = folder / "hoason-kh418-2026.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_a_long_table_becomes_a_row_per_target():
    wide = long_tables_as_wide(TEXT.split("\n"))
    assert "| Mã | Chỉ tiêu | Đơn vị tính | KQ 2025 | Mốc 2028 | Đích 2030 |" in wide
    # the row a page break cut apart is whole again, under the goal its code stands under
    assert "| Đ.02 | Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ (đơn vị tính: %) | % | 95,8 | 97 | 98,5 |" in wide
    assert "| Mục tiêu 2. Bảo vệ trẻ em |" in wide
    assert "| Đ.03 | Sở Dân tộc và Tôn giáo | Sở Tư pháp; Hội Liên hiệp Phụ nữ tỉnh |" in wide
    # a table of another shape stays as written
    other = ["| STT | Nội dung | Năm 2030 |", "|---|---|---|", "| 1 | Tỷ lệ A | 90% |", "| 2 | Tỷ lệ B | 80% |"]
    assert long_tables_as_wide(other) == other


def test_targets_their_figures_and_roles(tmp_path):
    plan = ingest_file(_write(tmp_path))
    names = {a.key: a.name for a in plan.agencies}
    assert [(i.label, i.goal, [(t.year, t.value) for t in i.targets]) for i in plan.indicators] == [
        ("Đ.01", 1, [(2025, 6.9), (2028, 6.3), (2030, 5.8)]),
        ("Đ.02", 1, [(2025, 95.8), (2028, 97), (2030, 98.5)]),
        ("Đ.03", 2, [(2025, 212), (2028, 150), (2030, 100)])]
    assert [([names[k] for k in i.lead_agencies], [names[k] for k in i.partner_agencies]) for i in plan.indicators] == [
        (["Sở Y tế"], ["Hội Liên hiệp Phụ nữ tỉnh"]), (["Sở Y tế"], ["Ủy ban nhân dân các xã, phường"]),
        (["Sở Dân tộc và Tôn giáo"], ["Sở Tư pháp", "Hội Liên hiệp Phụ nữ tỉnh"])]


@pytest.mark.parametrize("question, shown", [
    ("Chi tieu D.02 moc 2028 la bao nhieu?", "đạt 97% (2028)"),
    ("ct Đ.03 ai chu tri", "Chủ trì: Sở Dân tộc và Tôn giáo"),
])
def test_officers_cite_targets_by_code(tmp_path, question, shown):
    kb = _kb_of(tmp_path, _write(tmp_path))
    assert _first_line(question, kb).startswith(shown), _first_line(question, kb)


def test_a_name_column_a_dash_after_the_code_and_a_table_of_past_results(tmp_path):
    text = TEXT.replace("- Đ.01: ", "Đ.01 – ").replace(
        "| Mã | Mốc năm | Giá trị | Đơn vị tính |", "| Mã | Tên chỉ tiêu | Mốc năm | Giá trị | Đơn vị tính |").replace(
        "| Đ.01 | KQ 2025 |", "| Đ.01 | Tử vong sơ sinh | KQ 2025 |").replace(
        "| Đ.01 | Mốc 2028 |", "| Đ.01 | Tử vong sơ sinh | Mốc 2028 |").replace(
        "| Đ.01 | Đích 2030 |", "| Đ.01 | Tử vong sơ sinh | Đích 2030 |").replace(
        "| Đ.02 | KQ 2025 |", "| Đ.02 | Tiêm chủng | KQ 2025 |").replace(
        "| Đ.02 | Mốc 2028 | 97 |", "| Đ.02 | Tiêm chủng | Mốc 2028 | ≥ 97 |").replace(
        "| Đ.02 | Đích 2030 |", "| Đ.02 | Tiêm chủng | Đích 2030 |").replace(
        "| Đ.03 | KQ 2025 |", "| Đ.03 | Tảo hôn | KQ 2025 |").replace(
        "| Đ.03 | Mốc 2028 |", "| Đ.03 | Tảo hôn | Mốc 2028 |").replace(
        "| Đ.03 | Đích 2030 |", "| Đ.03 | Tảo hôn | Đích 2030 |").replace(
        "| Mã | Vai trò | Cơ quan |", "| Mã | Tên chỉ tiêu | Vai trò | Cơ quan |").replace(
        "| Đ.01 | Chủ trì |", "| Đ.01 | Tử vong sơ sinh | Chủ trì |").replace(
        "| Đ.01 | Phối hợp |", "| Đ.01 | Tử vong sơ sinh | Phối hợp |").replace(
        "| Đ.02 | Chủ trì |", "| Đ.02 | Tiêm chủng | Chủ trì |").replace(
        "| Đ.02 | Phối hợp |", "| Đ.02 | Tiêm chủng | Phối hợp |").replace(
        "| Đ.03 | Chủ trì |", "| Đ.03 | Tảo hôn | Chủ trì |").replace(
        "| Đ.03 | Phối hợp |", "| Đ.03 | Tảo hôn | Phối hợp |").replace(
        "TM. ỦY BAN NHÂN DÂN", "\n".join([
            "PHỤ LỤC III", "KẾT QUẢ CÁC NĂM TRƯỚC (để so sánh)",
            "| Mã | Năm | Giá trị |", "|---|---|---|",
            "| Đ.01 | Năm 2021 | 9,8 |", "| Đ.01 | Năm 2023 | 8,4 |",
            "| Đ.02 | Năm 2021 | 93 |", "| Đ.02 | Năm 2023 | 94,5 |", "TM. ỦY BAN NHÂN DÂN"]))
    path = tmp_path / "hoason-kh418-2026.txt"
    path.write_text(text, encoding="utf-8")
    plan = ingest_file(path)
    names = {a.key: a.name for a in plan.agencies}
    first = plan.indicators[0]
    # the unit from the unit's column, the lead from the agencies' column, no year of the
    # past results' table among the targets' own
    assert [(t.year, t.value, t.unit) for t in first.targets if t.year >= 2025] == [
        (2025, 6.9, "per_1000_live_births"), (2028, 6.3, "per_1000_live_births"), (2030, 5.8, "per_1000_live_births")]
    assert [t.value for t in plan.indicators[1].targets if t.year in (2028, 2030)] == [97, 98.5]
    assert [names[k] for k in plan.indicators[2].lead_agencies] == ["Sở Dân tộc và Tôn giáo"]
