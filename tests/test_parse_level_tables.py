"""Targets coded "NA-01." over a line of the 2025 result ("Hiện trạng (kết quả năm 2025):
71,5%") and their own small table of two levels a checkpoint ("| Mốc năm | Mức tối thiểu (bắt
buộc) | Mức phấn đấu |" over "| 2028 | 78% | 80% |"); roles only in an appendix table by code
(blind round 86's layout).

Pure: a plan text (invented figures) → targets and roles; then the replies.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from tests.test_parse_any_marker import _first_line, _kb_of, _roles

TEXT = "\n\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 92/KH-UBND Hòa Sơn, ngày 26 tháng 12 năm 2025", "KẾ HOẠCH",
    "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030",
    "I. MỤC TIÊU", "1. Mục tiêu chung", "Mọi trẻ em được bảo đảm các quyền cơ bản.",
    "2. Mục tiêu cụ thể (03 chỉ tiêu, mã HX-01 đến HX-03)",
    "Nhóm 1. Sức khỏe trẻ em (HX-01, HX-02)",
    "HX-01. Tỷ lệ xã, phường đạt tiêu chuẩn phù hợp với trẻ em (đơn vị tính: %).",
    "Hiện trạng (kết quả năm 2025): 71,5%",
    "| Mốc năm | Mức tối thiểu (bắt buộc) | Mức phấn đấu |\n| 2028 | 78% | 80% |\n| 2030 | 85% | 88% |",
    "HX-02. Tỷ suất trẻ em tử vong do tai nạn thương tích trên 100.000 trẻ em (đơn vị tính: /100.000 trẻ em).",
    "Hiện trạng (kết quả năm 2025): 13,8",
    "| Mốc năm | Mức tối thiểu (bắt buộc) | Mức phấn đấu |\n| 2028 | dưới 12,5 | dưới 12,0 |\n| 2030 | dưới 11,0 | dưới 10,0 |",
    "| Năm | Chỉ tiêu giao | Kết quả thực hiện |\n| 2024 | 40% | 38% |",
    "Nhóm 2. Bảo vệ trẻ em (HX-03)",
    "HX-03. Số cặp tảo hôn trong năm (đơn vị tính: cặp).",
    "Hiện trạng (kết quả năm 2025): 214 cặp",
    "| Năm | Số cặp kết hôn | Số xã |\n| 2023 | 3.120 | 54 |",
    "| Mốc năm | Mức tối thiểu (bắt buộc) | Mức phấn đấu |\n| 2028 | không quá 170 cặp | không quá 150 cặp |\n| 2030 | không quá 120 cặp | không quá 95 cặp |",
    "II. TỔ CHỨC THỰC HIỆN", "Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 15/12 hằng năm.",
    "PHỤ LỤC", "BẢNG TRÁCH NHIỆM GIẢI TRÌNH THEO CHỈ TIÊU",
    "| STT | Mã chỉ tiêu | Cơ quan chịu trách nhiệm giải trình (chủ trì) | Cơ quan cùng thực hiện (phối hợp) |\n"
    "| 1 | HX-01 | Sở Nội vụ | Sở Văn hóa, Thể thao và Du lịch; Ủy ban nhân dân các xã, phường |\n"
    "| 2 | HX-02 | Sở Y tế | Sở Giáo dục và Đào tạo |\n"
    "| 3 | HX-03 | Sở Dân tộc và Tôn giáo | Sở Tư pháp; Hội Liên hiệp Phụ nữ tỉnh |",
    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]) + "\n"


def _write(folder):
    path = folder / "hoason-kh92-2025.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_each_level_of_a_checkpoint_is_a_target_in_the_declared_unit(tmp_path):
    # (a table of data between, "| Năm | Số cặp kết hôn | Số xã |", gives no figure; the
    # levels under it stay the target's own)
    plan = ingest_file(_write(tmp_path))
    assert [i.label for i in plan.indicators] == ["HX-01", "HX-02", "HX-03"]
    assert [[(t.year, t.value, t.unit, t.qualifier) for t in i.targets] for i in plan.indicators] == [
        [(2025, 71.5, "%", None), (2028, 78, "%", "mức tối thiểu"), (2028, 80, "%", "mức phấn đấu"),
         (2030, 85, "%", "mức tối thiểu"), (2030, 88, "%", "mức phấn đấu")],
        [(2025, 13.8, "per_100000_children", None), (2028, 12.5, "per_100000_children", "mức tối thiểu"),
         (2028, 12, "per_100000_children", "mức phấn đấu"), (2030, 11, "per_100000_children", "mức tối thiểu"),
         (2030, 10, "per_100000_children", "mức phấn đấu")],
        [(2025, 214, "count", None), (2028, 170, "count", "mức tối thiểu"), (2028, 150, "count", "mức phấn đấu"),
         (2030, 120, "count", "mức tối thiểu"), (2030, 95, "count", "mức phấn đấu")]]
    assert _roles(plan) == [
        (["Sở Nội vụ"], ["Sở Văn hóa, Thể thao và Du lịch", "Ủy ban nhân dân các xã, phường"]),
        (["Sở Y tế"], ["Sở Giáo dục và Đào tạo"]),
        (["Sở Dân tộc và Tôn giáo"], ["Sở Tư pháp", "Hội Liên hiệp Phụ nữ tỉnh"])]


@pytest.mark.parametrize("question, shown", [
    ("Chỉ tiêu HX-01 của Hòa Sơn năm 2030 phải đạt bao nhiêu?", "85% (mức tối thiểu) (2030); 88% (mức phấn đấu) (2030)"),
    ("hx-02 hoa son ai chu tri", "Chủ trì: Sở Y tế"),
])
def test_officers_ask_by_code(tmp_path, question, shown):
    first = _first_line(question, _kb_of(tmp_path, _write(tmp_path)))
    assert first.startswith(shown), first
