"""Which agency does what a plan's agency part says: "Cơ quan thường trực … là cơ quan nào?"
is answered by the agency whose part of the plan says it ("1. Sở Y tế" over "- Là cơ quan
thường trực, chủ trì, phối hợp …"), stated first (blind rounds 114, 118, 126, 131, 132 asked
it; the passage was found but held back as no answer to "which agency").

Pure: the shipped plans and round 131's plan → the replies.
"""

from __future__ import annotations

import pytest

from tests.test_answer_facts import _with_round_plan
from tests.test_parse_any_marker import _first_line


@pytest.fixture(scope="module")
def kb(tmp_path_factory, suite_plans_dir):
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round131/new_plan.txt")


@pytest.mark.parametrize("question", [
    "Cơ quan thường trực thực hiện Kế hoạch vì trẻ em giai đoạn 2026-2030 của Vĩnh Long là cơ quan nào?",
    "Sở nào là cơ quan thường trực kế hoạch trẻ em Vĩnh Long?",
])
def test_the_agency_whose_part_says_it(kb, question):
    assert _first_line(question, kb).startswith("Sở Y tế — Vĩnh Long"), _first_line(question, kb)
