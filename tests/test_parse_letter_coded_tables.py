"""A target table grouped by letters, its roles in a table by the same codes (blind round 142,
An Giang's DOCX): "| A. Chăm sóc sức khỏe |" over "| A1 | Tỷ suất tử vong trẻ em dưới 1 tuổi
| ‰ | 10,2 | 9,8 | 9,4 | 9,0 | 8,5 |" under "| STT | Chỉ tiêu | ĐVT | 2026 | … | 2030 |" is
target A1 of group A, a figure each year; "| Cơ quan | Chủ trì các chỉ tiêu | Phối hợp |" over
"| Sở Y tế | A1, A2, A3, A4, C1, C3 | B1, B3, C2, D2 |" gives the leads and partners. The table
had been read as no target at all (every question answered from a quoted row or declined).

Pure: the shipped plans and round 142's DOCX → the stored targets and the replies.
"""

from __future__ import annotations

import pytest

from tests.test_answer_facts import _with_round_plan
from tests.test_parse_any_marker import _first_line


@pytest.fixture(scope="module")
def kb(tmp_path_factory, suite_plans_dir):
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round142/new_plan.docx")


def _an_giang(kb):
    return next(p for p in kb.plans if p.locality == "An Giang")


def test_letter_groups_and_their_coded_targets(kb):
    plan = _an_giang(kb)
    assert [g.label for g in plan.goals] == ["A", "B", "C", "D"]
    a1 = next(i for i in plan.indicators if i.label == "A1")
    assert [(t.year, t.value) for t in a1.targets] == [(2026, 10.2), (2027, 9.8), (2028, 9.4), (2029, 9.0), (2030, 8.5)]
    assert len(plan.indicators) == 13


def test_roles_by_codes_in_a_table(kb):
    by_label = {i.label: i for i in _an_giang(kb).indicators}
    assert by_label["C4"].lead_agencies == ["cong-an"] and by_label["C4"].partner_agencies == ["so-tu-phap"]
    assert by_label["C2"].lead_agencies == ["so-van-hoa-the-thao-va-du-lich"]
    assert set(by_label["C2"].partner_agencies) == {"so-y-te", "so-giao-duc-va-dao-tao", "cong-an", "tinh-doan"}


@pytest.mark.parametrize("question, first", [
    ("An Giang: tỷ suất tử vong trẻ em dưới 1 tuổi đến năm 2028 là bao nhiêu?", "9,4‰ (2028)"),
    ("An Giang plan: what is the under-5 mortality target for 2027?", "đạt 15,0‰ (2027)"),
    ("AG khai sinh tre duoi 5t ai chu tri v", "Chủ trì: Công an tỉnh — An Giang"),
])
def test_the_table_answers(kb, question, first):
    line = _first_line(question, kb)
    assert line.startswith(first), line


def test_a_six_month_and_a_years_report_of_one_day_are_no_quarters(kb):
    # "báo cáo … 6 tháng … trước ngày 15/6 và báo cáo năm trước ngày 15/12": the 6-month report
    # asked is 15/6 alone, not two quarters' dates (measured on rounds 136 and 142)
    line = _first_line("an giang han gui bao cao 6 thang ve tre em la ngay nao", kb)
    assert line.startswith("An Giang · Kế hoạch 417/KH-UBND: 15/6 "), line
