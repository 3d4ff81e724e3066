"""Held-out question sets, written blind to the engine by people who read only the plans.

They are not a tuning target (README, Benchmarks): the engine may decline what it cannot
answer. What they guard is the promise that matters most to an officer — the bot never
answers confidently with a wrong fact: every question it answers carries the expected
facts, and every question outside the plans is declined.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.answer.engine import answer
from tests.answer_eval import load_questions, missing_facts

DATA = Path(__file__).with_name("data")
SETS = sorted(DATA.glob("questions_holdout*.jsonl"))

# Known misses, each with its cause; the test fails when one starts passing, so the list
# only shrinks.
KNOWN_MISSES = {
    "g017": "OCR plan: the task naming Kế hoạch 308 reads 'mai trudng mang' for 'môi trường mạng' "
            "and loses to another of the agency's tasks, which is shown instead (it wins or loses "
            "by a hair from one refit to the next)",
}


@pytest.mark.parametrize("path", SETS, ids=[p.stem for p in SETS])
def test_answers_given_on_held_out_questions_are_right(kb, path):
    wrong, mended = [], []
    for item in load_questions(path):
        reply = answer(item["question"], kb, lang=item.get("lang", "vi"))
        if not item["answerable"] and reply.answered:
            problem = f"{item['id']} answered out-of-scope {item['question']!r}: {reply.text[:160]!r}"
        elif item["answerable"] and reply.answered and missing_facts(item, reply.text):
            problem = (f"{item['id']} {item['question']!r} lacks {missing_facts(item, reply.text)}: "
                       f"{reply.text[:160]!r}")
        else:
            if item["id"] in KNOWN_MISSES:
                mended.append(item["id"])
            continue
        if item["id"] not in KNOWN_MISSES:
            wrong.append(problem)
    assert [] == wrong
    assert [] == mended, "no longer missed: remove from KNOWN_MISSES"


def test_there_are_held_out_sets():
    assert len(SETS) >= 3


# Share of each set's answerable questions answered right, measured when the scorer was last
# fitted (README, Benchmarks), less a small margin: declining what the plans answer is a
# failure too, not a safe default.
ANSWERED_RIGHT_AT_LEAST = {"questions_holdout": 0.78, "questions_holdout2": 0.72, "questions_holdout3": 0.80}


@pytest.mark.parametrize("path", SETS, ids=[p.stem for p in SETS])
def test_held_out_questions_are_answered_not_declined(kb, path):
    items = [item for item in load_questions(path) if item["answerable"]]
    right = 0
    for item in items:
        reply = answer(item["question"], kb, lang=item.get("lang", "vi"))
        right += reply.answered and not missing_facts(item, reply.text)
    assert right / len(items) >= ANSWERED_RIGHT_AT_LEAST[path.stem]
