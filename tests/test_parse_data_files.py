"""Blind round 97's layout: a plan whose body names its targets by code only ("KH.TE.01: Tỷ
lệ …"), every figure and role in an appendix printed as a data file, field names a semicolon
apart over a record a line ("KH.TE.02;Tỷ suất tử vong trẻ sơ sinh;‰;6,8;dưới 6,2;dưới 5,5;Sở Y
tế;"UBND các xã, phường";"), quoted fields holding semicolons, a PDF's width wrapping records
anywhere, the header repeated on a new page. Codes of two letter groups are asked as written.

Pure: a plan text (invented figures) → targets and roles; the rewriting alone; replies.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from knowledge.parse.structure import delimited_data_as_table
from tests.test_parse_any_marker import _first_line, _kb_of, _roles, write_plan

HEADER = "ma_chi_tieu;ten_chi_tieu;don_vi_tinh;kq_2025;moc_2028;muc_tieu_2030;chu_tri;phoi_hop;kq_nam_bao_cao"
DATA = ["ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 214/KH-UBND Hòa Sơn, ngày 16 tháng 01 năm 2026", "", "KẾ HOẠCH",
        "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030", "",
        "II. MỤC TIÊU", "", "2. Mục tiêu cụ thể (số liệu xem Phụ lục I)",
        "- HS.TE.01: Tỷ suất tử vong trẻ sơ sinh.", "- HS.TE.02: Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi.",
        "- HS.TE.03: Số cặp tảo hôn trong năm.", "",
        "III. TỔ CHỨC THỰC HIỆN", "Sở Nội vụ tổng hợp, báo cáo trước ngày 25/12 hằng năm.", "",
        "PHỤ LỤC I", "TỆP DỮ LIỆU CHỈ TIÊU", "",
        # (wrapped by a page's width, its last name and two records cut)
        HEADER[:-5], HEADER[-5:],
        "HS.TE.01;Tỷ suất tử vong trẻ sơ sinh;‰;6,8;dưới 6,2;dưới 5,5;Sở Y tế;\"UBND các xã,",
        "phường\";",
        "HS.TE.02;Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi;%;19,6;dưới 17,8;dưới 15,9;Sở Y",
        "tế;\"Sở Nông nghiệp và Môi trường; Hội Liên hiệp Phụ nữ tỉnh\";", "",
        HEADER,
        "HS.TE.03;Số cặp tảo hôn trong năm;cặp;46;dưới 30;dưới 15;Sở Dân tộc và Tôn giáo;\"Sở Tư pháp\";", "",
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]


def _write(folder, lines: list[str]):
    return write_plan(folder, "hoason-kh214-2026.txt", lines)


def test_the_records_are_the_targets(tmp_path):
    plan = ingest_file(_write(tmp_path, DATA))
    assert [(i.label, sorted((t.year, t.comparator, t.value) for t in i.targets)) for i in plan.indicators] == [
        ("HS.TE.01", [(2025, "exactly", 6.8), (2028, "under", 6.2), (2030, "under", 5.5)]),
        ("HS.TE.02", [(2025, "exactly", 19.6), (2028, "under", 17.8), (2030, "under", 15.9)]),
        ("HS.TE.03", [(2025, "exactly", 46), (2028, "under", 30), (2030, "under", 15)])]
    assert _roles(plan) == [(["Sở Y tế"], ["Ủy ban nhân dân các xã, phường"]),
                            (["Sở Y tế"], ["Sở Nông nghiệp và Môi trường", "Hội Liên hiệp Phụ nữ tỉnh"]),
                            (["Sở Dân tộc và Tôn giáo"], ["Sở Tư pháp"])]


@pytest.mark.parametrize("lines", [
    # no name of a target and a year among the fields: a list of something else
    ["stt;ho_ten;chuc_vu;don_vi;dien_thoai", "1;A;B;C;D"],
    # fewer than five fields
    ["ma;ten;nam_2025", "A;B;C"],
])
def test_other_semicolon_lines_stay(lines):
    assert delimited_data_as_table(lines) == lines


@pytest.mark.parametrize("question, shown", [
    ("hs.te.03 ai chu tri", "Chủ trì: Sở Dân tộc và Tôn giáo"),
    ("Kết quả năm 2025 của chỉ tiêu HS.TE.02 là bao nhiêu?", "19,6% (đã đạt năm 2025)"),
])
def test_replies(tmp_path, question, shown):
    assert _first_line(question, _kb_of(tmp_path, _write(tmp_path, DATA))).startswith(shown)
