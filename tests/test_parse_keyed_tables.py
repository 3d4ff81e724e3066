"""Blind round 95's layout: a table of targets per lead agency, its caption naming the lead
("Bảng 1. Nhóm chỉ tiêu do Sở Y tế chủ trì"), targets numbered on across the tables, one cell
holding every year's figure in the order its header names ("Lộ trình (2025 → 2028 → 2030)" over
"19,8 → dưới 17,5 → dưới 15,6"), partners cited by a key's letter "(b)" explained in a list
under "Ký hiệu cơ quan phối hợp". A PDF may wrap a row over two lines.

Pure: plan texts (invented figures) → targets and roles; the rewriting alone; a reply.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from knowledge.parse.structure import keyed_tables
from tests.test_parse_any_marker import _first_line, _kb_of, _roles, write_plan

HEADER = "| STT | Chỉ tiêu | Đơn vị tính | Lộ trình (2025 → 2028 → 2030) | Phối hợp |"
KEYED = ["ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 215/KH-UBND Hòa Sơn, ngày 16 tháng 01 năm 2026", "", "KẾ HOẠCH",
         "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030", "",
         "II. MỤC TIÊU", "", "2. Mục tiêu cụ thể", "",
         "Bảng 1. Nhóm chỉ tiêu do Sở Y tế chủ trì (Chăm sóc sức khỏe)", HEADER, "|---|---|---|---|---|",
         "| 1 | Tỷ suất tử vong trẻ em dưới 1 tuổi (trên 1.000 trẻ đẻ sống) | ‰ | 19,8 → dưới 17,5 → dưới 15,6 | (b) |",
         "| 2 | Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ | % | 91,3 → 94 → 96 | (a), (b) |", "",
         "Bảng 2. Nhóm chỉ tiêu do Sở Tư pháp chủ trì (Hộ tịch)", HEADER, "|---|---|---|---|---|",
         "| 3 | Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh | % | 94,8 → 97,5 → 99 | (a) |", "",
         "Ký hiệu cơ quan phối hợp (dùng cho cột \"Phối hợp\"):",
         "(a) Công an tỉnh; Ủy ban nhân dân các xã, phường.",
         "(b) Sở Tài chính; Bảo hiểm xã hội tỉnh.",
         "(c) Sở Giáo dục và Đào tạo; Tỉnh đoàn.", "",
         "III. TỔ CHỨC THỰC HIỆN", "Sở Nội vụ tổng hợp, báo cáo trước ngày 15/12 hằng năm.", "",
         "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]


def _write(folder, lines: list[str]):
    return write_plan(folder, "hoason-kh215-2026.txt", lines)


def test_each_year_its_figure_and_the_caption_leads(tmp_path):
    plan = ingest_file(_write(tmp_path, KEYED))
    assert [(i.number, sorted((t.year, t.comparator, t.value) for t in i.targets)) for i in plan.indicators] == [
        (1, [(2025, "exactly", 19.8), (2028, "under", 17.5), (2030, "under", 15.6)]),
        (2, [(2025, "exactly", 91.3), (2028, "at_least", 94), (2030, "at_least", 96)]),
        (3, [(2025, "exactly", 94.8), (2028, "at_least", 97.5), (2030, "at_least", 99)])]
    assert _roles(plan) == [(["Sở Y tế"], ["Sở Tài chính", "Bảo hiểm xã hội"]),
                            (["Sở Y tế"], ["Công an tỉnh", "Ủy ban nhân dân các xã, phường", "Sở Tài chính", "Bảo hiểm xã hội"]),
                            (["Sở Tư pháp"], ["Công an tỉnh", "Ủy ban nhân dân các xã, phường"])]


@pytest.mark.parametrize("lines, written", [
    # figures not as many as the header's years: no year guessed
    (["| STT | Chỉ tiêu | Lộ trình (2025 → 2030) |", "| 1 | a | 19,8 → dưới 17,5 → 15 |"],
     ["| STT | Chỉ tiêu | Năm 2025 | Năm 2030 |", "| 1 | a |  |  |"]),
    # a letter in brackets that is no key, or keys too few to be a list: as written
    (["Ký hiệu:", "(a) Công an tỉnh.", "| STT | Lộ trình (2025 → 2028) | Phối hợp |", "| 1 | 5 → 6 | (a) |"],
     ["Ký hiệu:", "(a) Công an tỉnh.", "| STT | Năm 2025 | Năm 2028 | Phối hợp |", "| 1 | 5 | 6 | (a) |"]),
])
def test_keyed_tables(lines, written):
    assert keyed_tables(lines) == written


def test_reply(tmp_path):
    kb = _kb_of(tmp_path, _write(tmp_path, KEYED))
    assert _first_line("Hòa Sơn chỉ tiêu 1 mốc 2028", kb).startswith("dưới 17,5")
    assert _first_line("Hòa Sơn chỉ tiêu 3 ai chủ trì", kb).startswith("Chủ trì: Sở Tư pháp")
