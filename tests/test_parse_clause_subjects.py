"""An agency's paragraph whose later clause names another agency as its own subject: "Sở Y tế
chủ trì chỉ tiêu 2, 3; Sở Giáo dục và Đào tạo chủ trì chỉ tiêu 1." — target 1 is the second
agency's, not the paragraph's (fresh review 19). A clause naming two agencies with their roles
("Công an tỉnh chủ trì, Sở Y tế phối hợp thực hiện chỉ tiêu 1.1") is read as before.

Pure: plan texts (invented) → leads.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from tests.test_parse_any_marker import _roles


def _text(items: list[str], roles: str) -> str:
    return "\n".join([
        "ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 41/KH-UBND Hòa Sơn, ngày 10 tháng 02 năm 2026", "KẾ HOẠCH",
        "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030",
        "I. MỤC TIÊU", "1. Mục tiêu chung", "Mọi trẻ em được bảo đảm quyền cơ bản.", "2. Mục tiêu cụ thể",
        *items, "II. TỔ CHỨC THỰC HIỆN", roles,
        "3. Sở Nội vụ: tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 20/12 hằng năm.",
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]) + "\n"


STATEMENTS = ["Tỷ lệ học sinh hoàn thành chương trình trung học cơ sở đạt 95% vào năm 2030.",
              "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân dưới 8% vào năm 2030.",
              "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 98% vào năm 2030."]


@pytest.mark.parametrize("marks, cited", [
    (["{n}. "], "{n}"),          # numbered targets, "chỉ tiêu 1"
    (["T{n}. "], "T{n}"),        # coded ones, "chỉ tiêu T1"
])
def test_a_later_clause_gives_its_own_subject_the_targets_it_names(tmp_path, marks, cited):
    items = [marks[0].format(n=n) + s for n, s in enumerate(STATEMENTS, start=1)]
    roles = (f"2. Sở Y tế chủ trì chỉ tiêu {cited.format(n=2)}, {cited.format(n=3)}; "
             f"Sở Giáo dục và Đào tạo chủ trì chỉ tiêu {cited.format(n=1)}.")
    path = tmp_path / "hoason-kh41-2026.txt"
    path.write_text(_text(items, roles), encoding="utf-8")
    assert [lead for lead, _ in _roles(ingest_file(path))] == [
        ["Sở Giáo dục và Đào tạo"], ["Sở Y tế"], ["Sở Y tế"]]
