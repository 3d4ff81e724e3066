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
    ("ct 1 hoa son dv phoi hop la ai", "Phối hợp: UBND các xã, phường, Bảo hiểm xã hội tỉnh —"),
])
def test_an_officer_is_told_the_names_not_the_codes(tmp_path, question, first):
    kb = _kb_of(tmp_path, _write(tmp_path))
    assert _first_line(question, kb).startswith(first), _first_line(question, kb)


AREA_LINES = [
    "ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 418/KH-UBND Hòa Sơn, ngày 26 tháng 12 năm 2025", "KẾ HOẠCH",
    "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030",
    "I. MỤC ĐÍCH", "Sau khi hợp nhất tỉnh Yên Bái và tỉnh Hòa Sơn thành tỉnh Hòa Sơn.",
    "II. MỤC TIÊU", "2. Mục tiêu cụ thể",
    "Chỉ tiêu 1. Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đúng hạn (đơn vị tính: %)",
    "| Địa bàn | Kết quả năm 2025 | Mốc năm 2028 | Mốc năm 2030 |\n"
    "| Toàn tỉnh | 94,3 | 97 | 99 |\n"
    "| Khu vực I (địa bàn tỉnh Hòa Sơn trước sắp xếp) | 92,8 | 96 | 98,5 |\n"
    "| Khu vực II (địa bàn tỉnh Yên Bái trước sắp xếp) | 95,7 | 97,8 | 99,5 |",
    "Trách nhiệm: Sở Tư pháp / Công an tỉnh; Sở Y tế",
    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
]


def _write_areas(folder):
    path = folder / "hoason-kh418-2025.txt"
    path.write_text("\n\n".join(AREA_LINES) + "\n", encoding="utf-8")
    return path


def test_a_targets_own_table_by_area_and_its_roles_line(tmp_path):
    # blind round 68: a small table under each target, the whole province's row its targets,
    # the areas' rows its areas; "Trách nhiệm: lead / partners" under the table
    plan = ingest_file(_write_areas(tmp_path))
    indicator = plan.indicators[0]
    assert sorted((t.year, t.value, t.achieved) for t in indicator.targets) == [
        (2025, 94.3, True), (2028, 97, False), (2030, 99, False)]
    assert sorted((t.area.split(" (")[0], t.year, t.value) for t in indicator.areas) == [
        ("Khu vực I", 2025, 92.8), ("Khu vực I", 2028, 96), ("Khu vực I", 2030, 98.5),
        ("Khu vực II", 2025, 95.7), ("Khu vực II", 2028, 97.8), ("Khu vực II", 2030, 99.5)]
    assert _roles(plan) == [(["Sở Tư pháp"], ["Công an tỉnh", "Sở Y tế"])]


@pytest.mark.parametrize("question, first", [
    ("Chỉ tiêu 1 Hòa Sơn năm 2030?", "99% (2030)"),
    ("Khai sinh Khu vực I Hòa Sơn năm 2030 bao nhiêu?", "98,5% (Khu vực I"),
    # a former province named: the area its bracket names
    ("Tỷ lệ khai sinh năm 2030 của Yên Bái cũ?", "99,5% (Khu vực II"),
])
def test_an_officer_asks_the_whole_province_or_an_area(tmp_path, question, first):
    kb = _kb_of(tmp_path, _write_areas(tmp_path))
    assert _first_line(question, kb).startswith(first), _first_line(question, kb)
