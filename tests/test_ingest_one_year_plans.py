"""A one-year plan's targets are for its year (blind round 141, Hưng Yên's "Kế hoạch thực hiện
công tác trẻ em năm 2027"): "… đạt 97,5% (năm 2026: 96,8%)" is 97,5% for 2027 — the only year
written is the result in the bracket, and the reply had said "no target for 2027; the plan
sets targets for 2026 only".

Pure: the shipped plans and round 141's plan → the stored targets and the replies.
"""

from __future__ import annotations

import pytest

from tests.test_answer_facts import _with_round_plan
from tests.test_parse_any_marker import _first_line


@pytest.fixture(scope="module")
def kb(tmp_path_factory, suite_plans_dir):
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round141/new_plan.txt")


def test_a_figure_with_no_year_is_the_plans_year(kb):
    plan = next(p for p in kb.plans if p.locality == "Hưng Yên")
    first = next(i for i in plan.indicators if i.number == 1)
    assert [(t.year, t.value, t.achieved) for t in first.targets] == [(2027, 97.5, False), (2026, 96.8, True)]


@pytest.mark.parametrize("question, first", [
    ("Tỷ lệ trẻ dưới 1 tuổi được đăng ký khai sinh đúng hạn năm 2027 ở Hưng Yên là bao nhiêu?", "đạt 98,7% (2027)"),
    ("What is Hưng Yên's 2027 target for full immunisation of children under 1?", "đạt 97,5% (2027)"),
    ("chỉ tiêu tiêm chủng Hưng Yên", "đạt 97,5% (2027)"),
])
def test_the_years_target_is_answered(kb, question, first):
    assert _first_line(question, kb).startswith(first)
