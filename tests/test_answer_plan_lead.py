"""Who leads a plan as a whole is its standing body (blind rounds 106, 111, 114, 118, 126:
"Who leads the implementation of Can Tho's children's programme?", "Cơ quan thường trực … là
cơ quan nào?"): the agency the plan calls "cơ quan thường trực", else the agency whose own
part opens "Chủ trì, phối hợp … triển khai, thực hiện Chương trình". A question with a topic
of its own (a target, a task) is still the topic's.

Pure: the shipped plans → the replies.
"""

from __future__ import annotations

import pytest

from tests.test_parse_any_marker import _first_line


@pytest.mark.parametrize("question, first", [
    ("Ai chủ trì thực hiện chương trình hành động vì trẻ em Cần Thơ?", "Sở Lao động - Thương binh và Xã hội — Cần Thơ"),
    ("Who leads the implementation of Can Tho's children's programme?", "Sở Lao động - Thương binh và Xã hội — Cần Thơ"),
    ("Ai chủ trì kế hoạch 138 của Hà Nội?", "Sở Lao động - Thương binh và Xã hội — Hà Nội"),
])
def test_the_plan_s_standing_body(kb, question, first):
    assert _first_line(question, kb).startswith(first), _first_line(question, kb)


@pytest.mark.parametrize("question, first", [
    ("ai chu tri chi tieu 14 can tho", "Chủ trì: Sở Tư pháp"),
])
def test_a_topic_is_still_the_topic_s(kb, question, first):
    assert _first_line(question, kb).startswith(first), _first_line(question, kb)


@pytest.mark.parametrize("question", [
    # the header asked (a proposer, an issuer), a count, a code: not who runs the plan
    "Kế hoạch 138 của Hà Nội do cơ quan nào trình?",
    "Kế hoạch 138 của Hà Nội do cơ quan nào ban hành?",
    "How many lead agencies are there in Hanoi plan 138?",
    "Hà Nội kế hoạch 138 chỉ tiêu CT-7 ai chủ trì?",
])
def test_other_questions_are_not_the_standing_body_s(kb, question):
    assert not _first_line(question, kb).startswith("Sở Lao động - Thương binh và Xã hội — Hà Nội"), _first_line(question, kb)
