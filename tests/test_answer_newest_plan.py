"""A place's new plan asked: "Can Tho's new plan", "kế hoạch mới nhất của Cần Thơ" — of the
place's plans, the most recently issued answers, whatever the question's year would have chosen
(round 81's "2025 baseline … in Can Tho's new plan" was answered from the 2021 programme's 2025
target, the year choosing the plan that covers it).

Pure: the shipped plans and round 81's plan (Cần Thơ, 2026–2030) → the replies.
"""

from __future__ import annotations

import pytest

from tests.test_answer_facts import _with_round_plan
from tests.test_parse_any_marker import _first_line


@pytest.fixture(scope="module")
def kb(tmp_path_factory, suite_plans_dir):
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round81/new_plan.txt")


def test_the_newest_plan_of_the_place(kb):
    line = _first_line("What was the 2025 baseline for child-friendly communes in Can Tho's new plan?", kb)
    assert line.startswith("88,5%"), line


def test_the_place_alone_still_asks_its_plans(kb):
    # no "new": the programme that sets a 2025 target answers for 2025
    assert "91%" in _first_line("Cần Thơ chỉ tiêu xã phường phù hợp với trẻ em năm 2025 là bao nhiêu?", kb)
