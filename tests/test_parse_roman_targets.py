"""Targets numbered by Roman numerals through the plan ("Chỉ tiêu I" … "Chỉ tiêu XXII", the
numerals of its own sections too), each a title line declaring its unit after a dash over one
line of steps apart by double colons ("thực hiện năm 2025: 9,8 :: phải đạt năm 2028: dưới 9,0
:: …"), roles agency by agency by lists of numerals (blind round 74's layout).

Pure: a plan text (invented figures) → indicators, roles; then the replies.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from knowledge.parse.tasks import indicator_mentions
from tests.test_parse_any_marker import _first_line, _kb_of, _roles

TEXT = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 27/KH-UBND Hòa Sơn, ngày 20 tháng 01 năm 2026", "KẾ HOẠCH",
    "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030", "",
    "I. MỤC TIÊU", "1. Mục tiêu chung", "Mọi trẻ em được bảo đảm các quyền cơ bản.", "",
    "2. Mục tiêu cụ thể (4 chỉ tiêu, đánh số La Mã từ I đến IV)",
    "Cách ghi: tên chỉ tiêu — đơn vị tính; dòng dưới ghi lần lượt: thực hiện năm 2025 :: phải đạt năm 2028 :: phải đạt năm 2030.", "",
    "Mục tiêu 1. Bảo đảm sức khỏe của trẻ em",
    "Chỉ tiêu I. Tỷ suất tử vong trẻ em dưới 1 tuổi — đơn vị tính: ‰ (trên 1.000 trẻ đẻ sống)",
    "    thực hiện năm 2025: 9,8 :: phải đạt năm 2028: dưới 9,0 :: phải đạt năm 2030: dưới 8,2", "",
    "Chỉ tiêu II. Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi — đơn vị tính: %",
    "    thực hiện năm 2025: 17,9 :: phải đạt năm 2028: 16,8 :: phải đạt năm 2030: 15,5", "",
    "Mục tiêu 2. Bảo vệ trẻ em",
    "Chỉ tiêu III. Số vụ xâm hại trẻ em được phát hiện, xử lý — đơn vị tính: vụ/năm",
    "    thực hiện năm 2025: 64 :: phải đạt năm 2028: dưới 55 :: phải đạt năm 2030: dưới 45", "",
    "Chỉ tiêu IV. Tỷ suất trẻ em tử vong do đuối nước — đơn vị tính: trên 100.000 trẻ em",
    "    thực hiện năm 2025: 7,9 :: phải đạt năm 2028: dưới 6,5 :: phải đạt năm 2030: dưới 5,0", "",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Giao chủ trì, phối hợp theo số La Mã của chỉ tiêu",
    "- Sở Y tế: chủ trì Chỉ tiêu I, II; phối hợp Chỉ tiêu IV.",
    "- Công an tỉnh: chủ trì Chỉ tiêu III; phối hợp Chỉ tiêu I.",
    "- Sở Văn hóa, Thể thao và Du lịch: chủ trì Chỉ tiêu IV.",
    "- Hội Liên hiệp Phụ nữ tỉnh: không chủ trì chỉ tiêu nào; phối hợp Chỉ tiêu II, III.", "",
    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]) + "\n"


def _write(folder):
    path = folder / "hoason-kh27-2026.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return ingest_file(_write(tmp_path_factory.mktemp("roman")))


def test_each_roman_numbered_target_takes_its_steps_in_the_unit_it_declares(plan):
    assert [(i.number, [(t.year, t.value, t.unit) for t in i.targets]) for i in plan.indicators] == [
        (1, [(2025, 9.8, "per_1000_live_births"), (2028, 9.0, "per_1000_live_births"), (2030, 8.2, "per_1000_live_births")]),
        (2, [(2025, 17.9, "%"), (2028, 16.8, "%"), (2030, 15.5, "%")]),
        (3, [(2025, 64, "count"), (2028, 55, "count"), (2030, 45, "count")]),
        (4, [(2025, 7.9, "per_100000_children"), (2028, 6.5, "per_100000_children"), (2030, 5.0, "per_100000_children")])]
    # the measure named, not its steps' words
    assert plan.indicators[1].targets[0].metric == "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi"


def test_roles_agency_by_agency_by_numerals(plan):
    assert _roles(plan) == [(["Sở Y tế"], ["Công an tỉnh"]), (["Sở Y tế"], ["Hội Liên hiệp Phụ nữ tỉnh"]),
                            (["Công an tỉnh"], ["Hội Liên hiệp Phụ nữ tỉnh"]),
                            (["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Y tế"])]


@pytest.mark.parametrize("text, mentions", [
    ("Sở Y tế: chủ trì Chỉ tiêu I, II, X; phối hợp Chỉ tiêu XIV.", [(17, [1, 2, 10]), (45, [14])]),
    # a code "I.1" is no numeral; "chỉ tiêu vì trẻ em" names none
    ("Chủ trì các chỉ tiêu I.1, II.1 và IV.1.", []), ("các chỉ tiêu vì trẻ em", []),
])
def test_targets_cited_by_numerals_in_capitals(text, mentions):
    assert indicator_mentions(text) == mentions


@pytest.mark.parametrize("question, first", [
    ("Chỉ tiêu II của Hòa Sơn năm 2030 là bao nhiêu?", "15,5% (2030)"),
    ("chi tieu iv hoa son 2028 bn", "dưới 6,5/100.000 trẻ em (2028)"),
    ("Chỉ tiêu III Hòa Sơn do cơ quan nào chủ trì?", "Chủ trì: Công an tỉnh"),
])
def test_an_officer_asks_by_the_numeral(tmp_path, question, first):
    kb = _kb_of(tmp_path, _write(tmp_path))
    assert _first_line(question, kb).startswith(first), _first_line(question, kb)


@pytest.mark.parametrize("question, indicators", [
    ("Chỉ tiêu XIV của Hòa Sơn năm 2030?", [14]), ("chi tieu iv hoa son", [4]),
    ("các chỉ tiêu vì trẻ em của Hòa Sơn", []),      # "vì" is no numeral
    ("Chỉ tiêu (xv) của Hòa Sơn năm 2025?", []),      # a marker in brackets: its plan's label
])
def test_a_numeral_after_chi_tieu_names_a_target(question, indicators):
    from knowledge.query import parse

    assert parse(question, []).indicators == indicators
