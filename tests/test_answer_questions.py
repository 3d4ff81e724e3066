"""The whole question set against a knowledge base built from the shipped plans.

Fails when fewer than 85% of the answerable questions get a reply holding every expected
fact, or fewer than 90% of the out-of-scope questions are declined. Failures are printed.
(The engine was once tuned on this set to 98.7%; since every reading competes on one score
fitted to generated questions, the blind rounds of the README are the measure that counts,
and this set only guards against a collapse.)
"""

from __future__ import annotations

import pytest

from knowledge.answer.engine import answer, plan_choices
from knowledge.answer.format import strip_html
from tests.answer_eval import load_questions, missing_facts, resolve_plan_hint

QUESTIONS = load_questions()
ANSWERABLE = [q for q in QUESTIONS if q["answerable"]]
OUT_OF_SCOPE = [q for q in QUESTIONS if not q["answerable"]]


def test_question_set_is_large_and_varied():
    assert len(QUESTIONS) >= 220
    assert len(OUT_OF_SCOPE) >= 25
    assert sum(1 for q in QUESTIONS if q["lang"] == "en") >= 20
    assert len({q["id"] for q in QUESTIONS}) == len(QUESTIONS)
    assert all(q["expect"] for q in ANSWERABLE)


@pytest.fixture(scope="module")
def results(kb):
    choices = plan_choices(kb)
    out = {}
    for item in QUESTIONS:
        out[item["id"]] = answer(item["question"], kb, lang=item["lang"],
                                 plan=resolve_plan_hint(item.get("plan"), choices))
    return out


@pytest.mark.parametrize("kind,minimum", [("answerable", 0.85), ("out_of_scope", 0.90)])
def test_accuracy(results, kind, minimum):
    failures = []
    items = ANSWERABLE if kind == "answerable" else OUT_OF_SCOPE
    for item in items:
        result = results[item["id"]]
        if kind == "answerable":
            missing = missing_facts(item, strip_html(result.text))
            if not result.answered or missing:
                failures.append(f"{item['id']} {item['question']!r}: answered={result.answered} "
                                f"intent={result.intent} missing={missing}\n    "
                                + strip_html(result.text)[:300].replace("\n", " | "))
        elif result.answered:
            failures.append(f"{item['id']} {item['question']!r} was answered ({result.intent}): "
                            + strip_html(result.text)[:200].replace("\n", " | "))
    rate = 1 - len(failures) / len(items)
    print(f"\n{kind}: {rate:.1%} right ({len(items) - len(failures)}/{len(items)})")
    for line in failures:
        print("  FAIL", line)
    assert rate >= minimum, f"{kind}: {rate:.1%} < {minimum:.0%}"


@pytest.mark.parametrize("item", ANSWERABLE[::7], ids=lambda i: i["id"])
def test_answers_cite_plan_and_section(results, item):
    result = results[item["id"]]
    if not result.answered:
        pytest.skip("not answered (counted by test_accuracy)")
    assert result.sources, "an answer without a source"
    for source in result.sources:
        assert source["plan"] and source["title"]
        if result.intent not in ("list_plans", "plan_info"):
            assert source["section"], "a fact cited without its section"
    assert result.plans
    assert 0 < result.confidence <= 1
    assert len(result.text) < 3500
