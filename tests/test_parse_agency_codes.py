"""Roles given by agency codes (blind round 66's layout): a table per goal under "Bảng 1.
Mục tiêu 1: …" whose lead and partner cells hold codes "ĐV01", explained only by a numbered
list "ĐV01 - Sở Nội vụ" later in the plan; the province's plan dated at its seat ("Đồng
Hới, ngày …" under "TỈNH QUẢNG TRỊ").

Pure: a plan text (a fictional province, invented figures) → place, goals, roles, names.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from tests.test_parse_any_marker import _first_line, _kb_of, _roles

LINES = [
    "ỦY BAN NHÂN DÂN",
    "TỈNH HÒA SƠN",
    "Số: 41/KH-UBND",
    "Bình Lâm, ngày 23 tháng 01 năm 2026",
    "KẾ HOẠCH",
    "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030",
    "",
    "I. MỤC TIÊU",
    "1. Mục tiêu cụ thể",
    "Cột Chủ trì và Phối hợp ghi số hiệu đơn vị theo Danh mục đơn vị thực hiện tại Mục II.",
    "Bảng 1. Mục tiêu 1: Chăm sóc sức khỏe",
    "| Số | Chỉ tiêu | Đơn vị tính | Kết quả năm 2025 | Mốc năm 2028 | Mốc năm 2030 | Chủ trì | Phối hợp |",
    "| 1 | Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ | % | 94,1 | 96 | 97,5 | ĐV02 | ĐV15, ĐV11 |",
    "Bảng 2. Mục tiêu 2: Bảo vệ trẻ em",
    "| Số | Chỉ tiêu | Đơn vị tính | Kết quả năm 2025 | Mốc năm 2028 | Mốc năm 2030 | Chủ trì | Phối hợp |",
    "| 2 | Tỷ lệ vụ việc xâm hại trẻ em được phát hiện, xử lý | % | 92,3 | 95 | 98 | ĐV04 | ĐV05, ĐV01 |",
    "",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Danh mục đơn vị thực hiện",
    "ĐV01 - Sở Nội vụ",
    "ĐV02 - Sở Y tế",
    "ĐV04 - Công an tỉnh",
    "ĐV05 - Sở Tư pháp",
    "ĐV11 - Bảo hiểm xã hội tỉnh",
    "ĐV15 - UBND các xã, phường",
    "2. Nhiệm vụ của các đơn vị",
    "ĐV01 - Sở Nội vụ:",
    "- Tổng hợp báo cáo UBND tỉnh trước ngày 20/12 hằng năm.",
    "",
    "TM. ỦY BAN NHÂN DÂN",
    "CHỦ TỊCH",
]


def _write(folder):
    path = folder / "hoason-kh41-2026.txt"
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return ingest_file(_write(tmp_path_factory.mktemp("codes")))


def test_the_provinces_plan_dated_at_its_seat_is_the_provinces(plan):
    assert plan.locality == "Hòa Sơn"


def test_each_table_is_its_goals(plan):
    assert [(g.number, g.title) for g in plan.goals] == [(1, "Chăm sóc sức khỏe"), (2, "Bảo vệ trẻ em")]
    assert [(i.number, i.goal) for i in plan.indicators] == [(1, 1), (2, 2)]


def test_roles_by_codes_the_plan_lists_with_the_names_it_spells(plan):
    assert _roles(plan) == [(["Sở Y tế"], ["Ủy ban nhân dân các xã, phường", "Bảo hiểm xã hội"]),
                            (["Công an tỉnh"], ["Sở Tư pháp", "Sở Nội vụ"])]


@pytest.mark.parametrize("question, first", [
    ("Ai chủ trì chỉ tiêu 2 của Hòa Sơn?", "Chủ trì: Công an tỉnh —"),
    ("ct 1 hoa son dv phoi hop la ai", "Phối hợp: Ủy ban nhân dân các xã, phường, Bảo hiểm xã hội —"),
])
def test_an_officer_is_told_the_names_not_the_codes(tmp_path, question, first):
    kb = _kb_of(tmp_path, _write(tmp_path))
    assert _first_line(question, kb).startswith(first), _first_line(question, kb)
