"""Targets whose steps are named by the end of a phase the plan declares once ("giai đoạn I
từ năm 2026 đến năm 2028" … "cuối giai đoạn I: 76%") (blind round 75's layout).

Pure: lines or a plan text (invented figures) → steps with their years; then the replies.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from knowledge.parse.structure import phase_years
from tests.test_parse_any_marker import _first_line, _kb_of

TEXT = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 214/KH-UBND Hòa Sơn, ngày 20 tháng 4 năm 2026", "KẾ HOẠCH",
    "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030", "",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "- Kế hoạch chia làm hai giai đoạn: giai đoạn I từ năm 2026 đến năm 2028; giai đoạn II từ năm 2029 đến năm 2030.", "",
    "II. MỤC TIÊU", "1. Mục tiêu chung", "Mọi trẻ em được bảo đảm các quyền cơ bản.", "",
    "2. Mục tiêu cụ thể", "",
    "I.1 — Tỷ lệ xã, phường đạt tiêu chuẩn phù hợp với trẻ em: số liệu năm 2025: 68,4%; cuối giai đoạn I: 76%; cuối giai đoạn II: 85%.", "",
    "I.2 — Tỷ suất tử vong trẻ em dưới 1 tuổi (trên 1.000 trẻ đẻ sống): số liệu năm 2025: 10,9‰; cuối giai đoạn I: dưới 10,1‰; cuối giai đoạn II: dưới 9,2‰.", "",
    "II.1 — Số trẻ em tử vong do đuối nước trong năm: số liệu năm 2025: 58 trẻ em; cuối giai đoạn I: không quá 45 trẻ em; cuối giai đoạn II: không quá 36 trẻ em.", "",
    "III. TỔ CHỨC THỰC HIỆN", "Sở Nội vụ chủ trì theo dõi, tổng hợp.", "",
    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]) + "\n"


def _write(folder):
    path = folder / "hoason-kh214-2026.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_each_phases_end_takes_its_last_year(tmp_path):
    plan = ingest_file(_write(tmp_path))
    assert [(i.label, [(t.year, t.value) for t in i.targets]) for i in plan.indicators] == [
        ("I.1", [(2025, 68.4), (2028, 76), (2030, 85)]), ("I.2", [(2025, 10.9), (2028, 10.1), (2030, 9.2)]),
        ("II.1", [(2025, 58), (2028, 45), (2030, 36)])]


@pytest.mark.parametrize("lines, expected", [
    # no phase declared: as written
    (["cuối giai đoạn I: 76%"], ["cuối giai đoạn I: 76%"]),
    # a phase named with two spans is no phase to read
    (["giai đoạn I từ năm 2026 đến năm 2028", "giai đoạn I (2021 - 2025)", "cuối giai đoạn I: 76%"],
     ["giai đoạn I từ năm 2026 đến năm 2028", "giai đoạn I (2021 - 2025)", "cuối giai đoạn I: 76%"]),
    # a step already dated keeps its own year
    (["giai đoạn 2 (2029 - 2030)", "cuối giai đoạn 2 (năm 2030): 85%"], ["giai đoạn 2 (2029 - 2030)", "cuối giai đoạn 2 (năm 2030): 85%"]),
])
def test_only_a_phase_declared_once_names_a_year(lines, expected):
    assert phase_years(lines) == expected


@pytest.mark.parametrize("question, first", [
    ("Chỉ tiêu II.1 Hòa Sơn năm 2028 bao nhiêu trẻ?", "không quá 45 trẻ em (2028)"),
    ("Chỉ tiêu I.2 của Hòa Sơn năm 2030?", "dưới 9,2/1.000 trẻ đẻ sống (2030) — Tỷ suất tử vong trẻ em dưới 1 tuổi"),
])
def test_an_officer_asks_by_year(tmp_path, question, first):
    kb = _kb_of(tmp_path, _write(tmp_path))
    assert _first_line(question, kb).startswith(first), _first_line(question, kb)
