"""Targets given only in roadmap tables written years down with a column per target's code
("| Năm | HL-1.1 | HL-1.2 |" over "| 2025 (thực hiện) | 96,2 | 4,8 |"), each code named in a
legend under its table with its unit and its roles by abbreviations a key spells out
("HL-1.1 — Tỷ lệ …; đơn vị: %; chủ trì: SYT; phối hợp: UBND xã; HLHPN.", a line a page's
width may wrap), the table's title naming its goal. The plan ("Hòa Lĩnh") is invented.
"""

from __future__ import annotations

import pytest

from knowledge.answer.engine import answer
from knowledge.answer.fitting import fold
from knowledge.answer.format import strip_html
from knowledge.parse.structure import coded_years_tables
from tests.test_parse_any_marker import _kb_of

PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÒA LĨNH

Số: 52/KH-UBND

Hòa Lĩnh, ngày 12 tháng 02 năm 2026

KẾ HOẠCH

Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Lĩnh giai đoạn 2026 - 2030

I. MỤC TIÊU

Các chỉ tiêu, lộ trình từng năm, cơ quan chủ trì và phối hợp được quy định tại Phụ lục.

II. TỔ CHỨC THỰC HIỆN

1. Sở Y tế: theo dõi, tổng hợp việc thực hiện Kế hoạch.

PHỤ LỤC: LỘ TRÌNH THỰC HIỆN CHỈ TIÊU

SYT: Sở Y tế
SVHTTDL: Sở Văn hóa, Thể thao và Du lịch
HLHPN: Hội Liên hiệp Phụ nữ tỉnh
UBND xã: Ủy ban nhân dân các xã, phường

Bảng lộ trình — Mục tiêu 1. Bảo vệ trẻ em

| Năm | HL-1.1 | HL-1.2 |
| 2025 (thực hiện) | 96,2 | 4,8 |
| 2026 | 97 | 4,6 |
| 2028 | 98 | 4,2 |
| 2030 | 99 | 3,8 |

Chú giải:
HL-1.1 — Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc; đơn vị: %; chủ trì: SYT; phối hợp:
UBND xã.
HL-1.2 — Tỷ suất trẻ em bị tử vong do đuối nước; đơn vị: /100.000 trẻ em; chủ trì: SVHTTDL; phối hợp: SYT.

Bảng lộ trình — Mục tiêu 2. Chăm sóc sức khỏe

| Năm | HL-2.1 | HL-2.2 |
| 2025 (thực hiện) | 8,9 | 15,6 |
| 2028 | 8,2 | 14,0 |
| 2030 | 7,8 | 13,0 |

Chú giải:
HL-2.1 — Tỷ suất tử vong trẻ em dưới 1 tuổi; đơn vị: ‰; chủ trì: SYT; phối hợp: UBND xã.
HL-2.2 — Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi; đơn vị: %; chủ trì: SYT; phối hợp: HLHPN.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory, suite_plans_dir):
    folder = tmp_path_factory.mktemp("coded_years")
    plan = folder / "hoalinh-kh52-2026.txt"
    plan.write_text(PLAN, encoding="utf-8")
    return _kb_of(folder, *sorted(suite_plans_dir.glob("*.txt")), plan)


def test_a_coded_years_table_becomes_a_row_per_target_with_its_legend():
    rows = coded_years_tables(PLAN.split("\n"))
    row = next(line for line in rows if line.startswith("| HL-1.1 |"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells == ["HL-1.1", "Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc", "%",
                     "96,2", "97", "98", "99", "SYT", "UBND xã"], cells
    assert "| Mục tiêu 2: Chăm sóc sức khỏe |" in rows
    assert not any(line.startswith("HL-1.1 —") for line in rows)     # the legend went into the rows


def test_a_table_whose_legend_misses_a_code_is_left_alone():
    lines = ["| Năm | HL-1.1 | HL-1.2 |", "| 2025 | 1 | 2 |", "| 2030 | 3 | 4 |", "",
             "HL-1.1 — Tỷ lệ trẻ em …; đơn vị: %; chủ trì: SYT."]
    assert coded_years_tables(lines) == lines


@pytest.mark.parametrize("question,lang,said,not_said", [
    ("Chỉ tiêu HL-1.1 Hòa Lĩnh năm 2028 là bao nhiêu?", "vi", "98", "99"),
    ("ty suat tu vong do duoi nuoc hoa linh 2030", "vi", "3,8", "4,2"),
    ("Hoa Linh under-1 mortality target for 2030?", "en", "7,8", "8,2"),
    ("Ai chủ trì chỉ tiêu HL-1.2 của Hòa Lĩnh?", "vi", "Van hoa", "Phu nu"),
    ("thap coi hoa linh 2028 ai phoi hop", "vi", "Phu nu", "Van hoa"),
])
def test_targets_of_a_coded_years_table_are_answered(kb, question, lang, said, not_said):
    result = answer(question, kb, lang=lang)
    assert result.answered, result.text
    line = fold(strip_html(result.text).split("\n", 1)[0])
    assert fold(said) in line and fold(not_said) not in line, result.text


def test_a_legend_without_full_stops_ends_where_the_next_part_starts():
    lines = ["| Năm | HC-1.1 | HC-1.2 |", "| 2025 | 1 | 2 |", "| 2030 | 3 | 4 |", "", "Chú giải:",
             "HC-1.1 — Tỷ lệ trẻ em A; đơn vị: %; chủ trì: Sở Y tế",
             "HC-1.2 — Tỷ lệ trẻ em B; đơn vị: %; chủ trì: Sở Tư pháp",
             "II. TỔ CHỨC THỰC HIỆN", "1. Sở Tư pháp: chủ trì công tác đăng ký khai sinh"]
    out = coded_years_tables(lines)
    assert "II. TỔ CHỨC THỰC HIỆN" in out and "1. Sở Tư pháp: chủ trì công tác đăng ký khai sinh" in out
    assert any(line.startswith("| HC-1.2 |") and line.rstrip().endswith("| Sở Tư pháp |  |") for line in out), out
