"""English words the blind sets' failed questions left unread most often (rounds 1–173):
"Party", "milestone", "minimum", "proposed", "appendix", "finance", "phase", "pregnant
women". Read as the plans' words, each found its answer in several rounds; "minimum wage"
and "minimum age … ID card", read so, had found a target "ít nhất 97%" — they are declined.

Pure: the tests' copy of the shipped plans → the replies.
"""

from __future__ import annotations

import pytest

from tests.test_parse_any_marker import _states


def test_party_documents_are_the_plans_references(kb):
    _states(kb, "Which Party documents does Hanoi's 2024 children plan implement?", "28-CT/TW", "232-KH/TU")


@pytest.mark.parametrize("question", [
    "What is the minimum wage in Hanoi in 2025?",
    "lương tối thiểu ở Hà Nội năm 2025 là bao nhiêu",
    "Dien Bien Phu: what is the minimum age to get a child's ID card?",
])
def test_a_minimum_of_something_no_plan_sets_is_declined(kb, question):
    _states(kb, question, absent=("%",), lines=2)
