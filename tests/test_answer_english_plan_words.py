"""English names the plan in its own word order, and those words ask nothing: "the child plan",
"the children's programme", "the new … plan" are the plan, no topic (blind rounds 109–132:
"What is the Department of Finance's role in … children's programme?" and "Which period does
…'s new child action plan cover?" were asked back, the words "children", "new" left to match).

Pure: the shipped plans → the replies.
"""

from __future__ import annotations

import pytest

from tests.test_parse_any_marker import _first_line


@pytest.mark.parametrize("question, first", [
    ("What is the Can Tho Department of Finance's role in the children's programme?",
     "Cần Thơ · Quyết định 608/QĐ-UBND — Sở Tài chính"),
    ("What must Can Tho's Department of Finance do under the child plan?",
     "Cần Thơ · Quyết định 608/QĐ-UBND — Sở Tài chính"),
    ("Which period does Can Tho's new child action plan cover?", "2021-2030"),
])
def test_the_plan_named_in_english(kb, question, first):
    from knowledge.answer.engine import answer
    from knowledge.answer.format import strip_html

    line = strip_html(answer(question, kb, lang="en").text).split("\n")[0]
    assert line.startswith(first), line
