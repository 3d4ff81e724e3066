"""Blind round 93's layout: targets coded "SL-01" whose figures stand in one roadmap line, a
figure for every year with no colon after it, the steps apart by a mark ("Lộ trình hằng năm:
2025 (thực hiện) 95,4% ┆ 2026 96,2% ┆ … ┆ 2030 (tổng kết) 99,5%"), a PDF's width cutting the
line anywhere; bare figures ("64", "dưới 50", "3/8") in the unit the name declares ("(đơn vị tính:
vụ)"); and a line of roles run into the target's text: "Giao: Sở Tư pháp (đầu mối) - Công an
tỉnh; … (phối hợp)."

Pure: plan texts (invented figures) → targets and roles; the line rewriting alone; the replies.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from knowledge.parse.structure import year_value_steps
from knowledge.parse.targets import parse_targets
from tests.test_parse_any_marker import _first_line, _kb_of, _roles, write_plan

ROADMAP = ["ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 26/KH-UBND Hòa Sơn, ngày 22 tháng 01 năm 2026", "", "KẾ HOẠCH",
           "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030", "",
           "I. MỤC TIÊU", "", "2. Mục tiêu cụ thể", "",
           "Mục tiêu 1. Bảo vệ trẻ em (HS-01 đến HS-03)", "",
           "HS-01. Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh (đơn vị tính: %).",
           "    Lộ trình hằng năm: 2025 (thực hiện) 95,4% ┆ 2026 96,2% ┆ 2027 97% ┆ 2028 (sơ kết) 97,8% ┆",
           "2029 98,7% ┆ 2030 (tổng kết) 99,5%",
           "    Giao: Sở Tư pháp (đầu mối) - Công an tỉnh; Ủy ban nhân dân các xã, phường (phối hợp).", "",
           "HS-02. Số vụ xâm hại trẻ em được phát hiện, xử lý trong năm (đơn vị tính: vụ).",
           "    Lộ trình hằng năm: 2025 (thực hiện) 64 ┆ 2026 dưới 62 ┆ 2027 dưới 60 ┆ 2028 (sơ",
           "kết) dưới 58 ┆ 2029 dưới 54 ┆ 2030 (tổng kết) dưới 50",
           "    Giao: Công an tỉnh (đầu mối) - Sở Nội vụ (phối hợp).", "",
           "HS-03. Số xã biên giới có mô hình phòng, chống mua bán người (trên tổng số 8 xã biên giới) (đơn vị tính: xã).",
           "    Lộ trình hằng năm: 2025 (thực hiện) 3/8 ┆ 2026 4/8 ┆ 2027 5/8 ┆ 2028 (sơ kết) 6/8 ┆ 2029",
           "7/8 ┆ 2030 (tổng kết) 8/8",
           "    Giao: Bộ Chỉ huy Bộ đội Biên phòng tỉnh (đầu mối) - Công an tỉnh (phối hợp).", "",
           "II. TỔ CHỨC THỰC HIỆN", "Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12 hằng năm.", "",
           "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]


def _write(folder, lines: list[str]):
    return write_plan(folder, "hoason-kh26-2026.txt", lines)


def test_a_roadmap_line_gives_each_year_its_figure(tmp_path):
    plan = ingest_file(_write(tmp_path, ROADMAP))
    assert [(i.label, [(t.year, t.achieved, t.comparator, t.value, t.unit) for t in sorted(i.targets, key=lambda t: t.year)])
            for i in plan.indicators] == [
        ("HS-01", [(2025, True, "exactly", 95.4, "%")] + [(y, False, "at_least", v, "%") for y, v in
                                                             ((2026, 96.2), (2027, 97), (2028, 97.8), (2029, 98.7), (2030, 99.5))]),
        ("HS-02", [(2025, True, "exactly", 64, "count")] + [(y, False, "under", v, "count") for y, v in
                                                               ((2026, 62), (2027, 60), (2028, 58), (2029, 54), (2030, 50))]),
        ("HS-03", [(2025, True, "exactly", 3, "count")] + [(y, False, "at_least", v, "count") for y, v in
                                                              ((2026, 4), (2027, 5), (2028, 6), (2029, 7), (2030, 8))])]


def test_a_roles_line_run_into_the_target_names_its_lead_and_partners(tmp_path):
    plan = ingest_file(_write(tmp_path, ROADMAP))
    assert _roles(plan) == [(["Sở Tư pháp"], ["Công an tỉnh", "Ủy ban nhân dân các xã, phường"]),
                            (["Công an tỉnh"], ["Sở Nội vụ"]),
                            (["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"], ["Công an tỉnh"])]


@pytest.mark.parametrize("lines, written", [
    (["Lộ trình: 2025 (thực hiện) 72% ┆ 2026 78% ┆ 2030 (tổng kết) 100%"],
     "Lộ trình: năm 2025 (thực hiện): 72% ⟶ năm 2026: 78% ⟶ năm 2030 (tổng kết): 100%"),
    (["2025 12,8% ; 2028 dưới 9,5% ; 2030 dưới 6%"], "năm 2025: 12,8% ⟶ năm 2028: dưới 9,5% ⟶ năm 2030: dưới 6%"),
    # (cut after its first mark)
    (["Lộ trình: 2025 (thực hiện) 72% ┆", "2026 78% ┆ 2030 (tổng kết) 100%"],
     "Lộ trình: năm 2025 (thực hiện): 72% ⟶ năm 2026: 78% ⟶ năm 2030 (tổng kết): 100%"),
    # two steps are no roadmap; a table's row is none; a period is no step
    (["2025 72% ┆ 2030 100%"], "2025 72% ┆ 2030 100%"),
    (["| 2025 | 72% | 2026 | 78% | 2030 | 100% |"], "| 2025 | 72% | 2026 | 78% | 2030 | 100% |"),
    (["Giai đoạn 2021 - 2025 ┆ 2026 78% ┆ 2030 100%"], "Giai đoạn 2021 - 2025 ┆ 2026 78% ┆ 2030 100%"),
    # another measure's years under the target are no roadmap of it
    (["Số tổ hòa giải được kiện toàn: 2026 40 | 2027 55 | 2028 70."],
     "Số tổ hòa giải được kiện toàn: 2026 40 | 2027 55 | 2028 70."),
])
def test_the_steps_are_written_as_milestones(lines, written):
    assert year_value_steps(lines) == [written]


@pytest.mark.parametrize("text, found", [
    ("năm 2025 (thực hiện): 3/8 xã", [(2025, 3.0, "/8")]),
    ("năm 2030: 86/95 xã", [(2030, 86.0, "/95")]),
    # a day and its month are no part of a whole
    ("trước ngày 3/8 hằng năm", []),
    ("ngày 15/6 xã tổ chức", []),
    ("trước ngày 3/8 các xã gửi báo cáo", []),
    ("năm 2030: 5/8.", []),
    # (another figure after it in its clause: the part counts no noun)
    ("3/8 huyện cũ có trên 50% xã đạt vào năm 2028", [(2028, 50.0, None)]),
    ("đạt 8/8 huyện, thị xã vào năm 2028 và duy trì 8/8 vào năm 2030", [(2028, 8.0, "/8"), (2030, 8.0, "/8")]),
])
def test_a_part_of_a_small_whole_before_what_it_counts(text, found):
    assert [(t.year, t.value, t.counted) for t in parse_targets(text)] == found


def test_replies_state_a_year_of_the_roadmap(tmp_path):
    kb = _kb_of(tmp_path, _write(tmp_path, ROADMAP))
    assert _first_line("Hòa Sơn HS-01 năm 2027", kb).startswith("97% (2027)")
    assert _first_line("hs-02 nam 2030 duoi bao nhieu vu", kb).startswith("dưới 50 vụ (2030)")
    assert _first_line("HS-03 ai chủ trì", kb).startswith("Chủ trì: Bộ Chỉ huy Bộ đội Biên phòng tỉnh")
