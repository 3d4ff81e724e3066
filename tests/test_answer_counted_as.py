"""Children counted as what they are at an event: "mỗi diễn đàn có khoảng 150 trẻ em đại biểu"
answers "Diễn đàn trẻ em … có khoảng bao nhiêu trẻ em đại biểu?" (blind round 126: declined as
a statistic the plans do not give). The words that name what the children are counted as —
"đại biểu", after the number in its own clause — are the count's, not the topic the rest of the
sentence must say.

Pure: the shipped plans and round 126's plan → the replies.
"""

from __future__ import annotations

import pytest

from tests.test_answer_facts import _with_round_plan
from tests.test_parse_any_marker import _first_line


@pytest.fixture(scope="module")
def kb(tmp_path_factory, suite_plans_dir):
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round126/new_plan.txt")


def test_children_counted_as_delegates(kb):
    assert _first_line("Moi Dien dan tre em tinh Gia Lai co khoang bao nhieu tre em dai bieu?", kb).startswith("150 trẻ em")


def test_a_population_is_still_no_count_the_plans_give(kb):
    from knowledge.answer.engine import answer

    assert not answer("Gia Lai có bao nhiêu trẻ em?", kb).answered
