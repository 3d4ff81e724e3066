"""When a hotline answers, asked as officers ask it (blind rounds 121, 124, 129, 135):
"có hoạt động ngày lễ, Tết không", "operating hours", "on weekends" — the plan's words after
the number ("0233.3852.111, hoạt động từ 07 giờ 00 đến 21 giờ 00 …") are the reply; the words
asking when (giờ, ngày lễ, Tết, cuối tuần, weekends) name no organisation whose number is
asked (the reply was "no phone number for this"). "Chi cục Dân số - Trẻ em" is an office,
"dân số" there no population statistic.

Pure: the shipped plans and round 135's plan → the replies.
"""

from __future__ import annotations

import pytest

from tests.test_answer_facts import _with_round_plan
from tests.test_parse_any_marker import _first_line


@pytest.fixture(scope="module")
def kb(tmp_path_factory, suite_plans_dir):
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round135/new_plan.txt")


@pytest.mark.parametrize("question", [
    "Đường dây nóng trẻ em Quảng Trị có hoạt động ngày lễ, Tết không?",
    "What are the operating hours of Quang Tri's child protection hotline?",
    "Does the Quang Tri child protection hotline operate on weekends?",
])
def test_when_the_line_answers(kb, question):
    line = _first_line(question, kb)
    assert line.startswith("☎️ 0233.3852.111") and "07 giờ 00 đến 21 giờ 00" in line, line


def test_an_office_named_population_is_no_statistic(kb):
    assert _first_line("qt so dt chi cuc dan so tre em la bn", kb).startswith("☎️ 0233.3857.246")
