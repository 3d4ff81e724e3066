"""The proposal a plan was issued on, asked by its number: "ban hành theo tờ trình số mấy"
(blind rounds 128 and 132) was answered with the plan's own number ("số mấy" asks a number):
the proposal asked, the card with who proposed it and the proposal's number is the reply.

Pure: the shipped plans and round 132's plan → the replies.
"""

from __future__ import annotations

import pytest

from tests.test_answer_facts import _with_round_plan
from tests.test_parse_any_marker import _first_line


@pytest.fixture(scope="module")
def kb(tmp_path_factory, suite_plans_dir):
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round132/new_plan.txt")


def test_the_proposal_s_number(kb):
    line = _first_line("Kế hoạch trẻ em Tây Ninh 2026–2030 được ban hành theo tờ trình số mấy?", kb)
    assert "312/TTr-SYT" in line, line


def test_the_plan_s_own_number_is_still_asked_so(kb):
    assert _first_line("Kế hoạch trẻ em Tây Ninh số mấy?", kb).startswith("1847/QĐ-UBND")
