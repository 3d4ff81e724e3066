"""Question-set benchmark: this engine against two passage-retrieval baselines, side by side.

    python benchmarks/qa.py [--db PATH] [--show-failures]

For every question of tests/data/questions.jsonl it measures, per system, whether the reply
is right and how long it took:

* engine  — ``knowledge.answer.engine.answer``; right = answered and every expected fact present
  (answerable), or declined (out of scope).
* bm25    — rank-bm25 (Okapi) over the plans' passages, folded words; the top passage is the
  reply. Declines when the top BM25 score is under ``BM25_DECLINE`` (stated below).
* fuzzy   — rapidfuzz ``token_set_ratio`` of the folded question against every folded
  passage; declines when the top score is under ``FUZZY_DECLINE``.

A baseline counts as right on an answerable question when its top passage contains every
expected fact (the engine has to do the same and also phrase the reply).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rank_bm25 import BM25Okapi  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402

from knowledge.answer.engine import answer, plan_choices  # noqa: E402
from knowledge.answer.format import strip_html  # noqa: E402
from knowledge.text import normalize  # noqa: E402
from tests.answer_eval import load_questions, missing_facts, resolve_plan_hint  # noqa: E402

# Decline thresholds of the baselines (chosen by hand, stated here and in the output).
BM25_DECLINE = 12.0     # top Okapi score below this → "not found"
FUZZY_DECLINE = 80.0    # top token_set_ratio (0..100) below this → "not found"


def load_kb(db: str | None):
    from knowledge.store import ensure_built, load_knowledge_base

    path = Path(db) if db else Path(tempfile.mkdtemp()) / "kb.db"
    ensure_built(path)
    return load_knowledge_base(path)


class Bm25Baseline:
    name = "bm25"

    def __init__(self, passages):
        self.passages = passages
        self.bm25 = BM25Okapi([normalize(p.text).split() or ["_"] for p in passages])

    def __call__(self, question: str) -> tuple[bool, str]:
        scores = self.bm25.get_scores(normalize(question).split())
        best = max(range(len(scores)), key=scores.__getitem__)
        return scores[best] >= BM25_DECLINE, self.passages[best].text


class FuzzyBaseline:
    name = "fuzzy"

    def __init__(self, passages):
        self.passages = passages
        self.folded = [normalize(p.text) for p in passages]

    def __call__(self, question: str) -> tuple[bool, str]:
        q = normalize(question)
        scores = [fuzz.token_set_ratio(q, text) for text in self.folded]
        best = max(range(len(scores)), key=scores.__getitem__)
        return scores[best] >= FUZZY_DECLINE, self.passages[best].text


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    if not values:
        return 0.0
    k = min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))
    return values[k]


def run(db: str | None, show_failures: bool) -> int:
    kb = load_kb(db)
    questions = load_questions()
    passages = [p for plan in kb.plans for p in plan.passages]
    choices = plan_choices(kb)
    answer("chỉ tiêu 14", kb)  # warm the engine's index, as the bot does at start

    def engine(item):
        result = answer(item["question"], kb, lang=item["lang"],
                        plan=resolve_plan_hint(item.get("plan"), choices))
        return result.answered, strip_html(result.text)

    systems = {"engine": engine}
    for baseline in (Bm25Baseline(passages), FuzzyBaseline(passages)):
        systems[baseline.name] = (lambda b: lambda item: b(item["question"]))(baseline)

    rows = []
    for name, system in systems.items():
        right_in = right_out = 0
        times = []
        failures = []
        for item in questions:
            start = time.perf_counter()
            answered, reply = system(item)
            times.append((time.perf_counter() - start) * 1000)
            if item["answerable"]:
                ok = answered and not missing_facts(item, reply)
                right_in += ok
            else:
                ok = not answered
                right_out += ok
            if not ok:
                failures.append(item)
        n_in = sum(1 for q in questions if q["answerable"])
        n_out = len(questions) - n_in
        rows.append((name, right_in / n_in, right_out / n_out, (right_in + right_out) / len(questions),
                     statistics.median(times), percentile(times, 99)))
        if show_failures and name == "engine":
            for item in failures:
                print(f"  engine FAIL {item['id']}: {item['question']}")

    n_in = sum(1 for q in questions if q["answerable"])
    print(f"{len(questions)} questions ({n_in} answerable, {len(questions) - n_in} out of scope); "
          f"{len(passages)} passages from {len(kb.plans)} plans")
    print(f"baseline decline thresholds: bm25 top score < {BM25_DECLINE}, "
          f"fuzzy top token_set_ratio < {FUZZY_DECLINE}")
    print()
    print("| system | answerable right | out-of-scope declined | overall | p50 ms | p99 ms |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, a, o, overall, p50, p99 in rows:
        print(f"| {name} | {a:.1%} | {o:.1%} | {overall:.1%} | {p50:.2f} | {p99:.2f} |")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", help="knowledge base database (default: a fresh temporary one)")
    parser.add_argument("--show-failures", action="store_true")
    args = parser.parse_args()
    return run(args.db, args.show_failures)


if __name__ == "__main__":
    raise SystemExit(main())
