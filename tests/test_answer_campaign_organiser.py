"""Who organises a campaign is its lead (blind rounds 114 and 117: "Who organises the annual
Action Month for Children in Bình Định?" was answered with the month's dates): "who" read
from the question's words, as "ai chủ trì" is, names the campaign's lead when its plan gives
one ("Sở Y tế: Chủ trì tổ chức Tháng hành động vì trẻ em hằng năm").

Pure: the shipped plans and round 114's plan → the replies.
"""

from __future__ import annotations

import pytest

from tests.test_answer_facts import _with_round_plan
from tests.test_parse_any_marker import _first_line


@pytest.fixture(scope="module")
def kb(tmp_path_factory, suite_plans_dir):
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round114/new_plan.txt")


@pytest.mark.parametrize("question", [
    "Who organises the annual Action Month for Children in Bình Định?",
    "Ai tổ chức Tháng hành động vì trẻ em ở Bình Định?",
    "Cơ quan nào chủ trì tổ chức Tháng hành động vì trẻ em ở Bình Định?",
])
def test_the_organiser_is_the_campaign_s_lead(kb, question):
    line = _first_line(question, kb)
    assert line.startswith("Chủ trì: Sở Y tế") and "Tháng hành động" in line, line


def test_a_campaign_with_no_lead_named_keeps_its_card(kb):
    # the Hà Nội 2020 plan names no organiser of the month: its card, not another sentence
    assert _first_line("Who organises Hanoi's 2020 Action Month for Children?", kb).startswith(
        "Tháng hành động vì trẻ em năm 2020")
