"""Generated checklist benchmark: every fact of every plan × templates × styles, scored strictly.

    python benchmarks/checklist.py [--seed 0] [--per-fact 3] [--oos 200] [--limit N]
                                   [--jsonl PROBES.jsonl] [--answers ANSWERS.jsonl]
                                   [--show-failures N]

Builds a fresh knowledge base from the shipped plans (knowledge/plans) and the extra plans
(tests/data/plans_extra) in a temporary database, generates the probes of
``knowledge.answer.probes`` (``generate`` and ``out_of_scope``), asks each with
``knowledge.answer.answer(question, kb, lang=...)`` ("en" for English probes, else "vi") and
scores the reply with the held-out scorer's strict rule (/work/shared/tools/score_qa.py
``passes(q, a, strict=True)``): answered, every ``expect_all`` and one ``expect_any`` string
present and no ``must_not`` string, compared without case or diacritics, with the reply's
verbatim quotes («…») and source lines removed; an out-of-scope probe passes when declined.

Prints pass rates per kind, per template and per style; the out-of-scope decline rate; the
share of answered-but-wrong replies; and INVARIANCE: within each group (one fact, one phrasing
slot, asked in the four styles) the share of probes whose pass/fail and answered flag equal those
of the accented Vietnamese probe, and the share whose first reply line is the same (folded) as
the accented probe's (Vietnamese styles only); and across the phrasings of one fact (question
endings "là khi nào" / "bao giờ" / "hạn chót" …, "sở nào" / "cơ quan nào" / "ai" …), the share
of accented probes that agree with the fact's first one. Target: ≥ 98 % invariant.
``--jsonl`` writes the probes in score_qa.py's question format; ``--answers`` the replies in its
answer format, so ``score_qa.py PROBES ANSWERS --strict`` can re-score them. One difference:
score_qa.py folds the whole reply into one line before removing "Nguồn:/Source:" lines, so its
rule only removes a source line that starts the reply; here the reply is folded line by line and
every source line is removed, as the rule intends; and a date is compared without its padding
zeros and with English month names read as day/month ("01/06/2020" == "1/6/2020" == "June 1,
2020"), the same date however the probe or the reply writes it (on the engine of 2026-11-30 both give the same
overall figure, 4716/6242).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from knowledge.answer.probes import Probe, generate, out_of_scope  # noqa: E402

from knowledge.answer.engine import answer  # noqa: E402
from knowledge.answer.fitting import fold, stated  # noqa: E402

EXTRA_PLANS = ROOT / "tests" / "data" / "plans_extra"
TARGET_INVARIANCE = 0.98


# the held-out scorer's strict rule: what the reply states outside its quotes and source lines
score_fold = fold


def passes(q: dict, a: dict, strict: bool = True) -> bool:
    """score_qa.py's ``passes``: ``q`` a question line, ``a`` {"answered", "text"}."""
    text = stated(str(a.get("text", ""))) if strict else score_fold(str(a.get("text", "")))
    if q["kind"] == "out_of_scope":
        return a.get("answered") is False
    if a.get("answered") is not True:
        return False
    if not all(score_fold(e) in text for e in q["expect_all"]):
        return False
    if q["expect_any"] and not any(score_fold(e) in text for e in q["expect_any"]):
        return False
    if any(score_fold(e) in text for e in q.get("must_not", [])):
        return False
    return True


_TAG = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """The reply as the user reads it: HTML tags dropped, entities decoded."""
    return html.unescape(_TAG.sub("", text or ""))


# --- running ---------------------------------------------------------------------------------

def build_kb(tmp: Path):
    from knowledge.store import build, load_knowledge_base, plan_files

    files = plan_files(extra_files=sorted(EXTRA_PLANS.glob("*.txt")))
    build(tmp / "kb.db", files)
    return load_knowledge_base(tmp / "kb.db")


def ask(probe: Probe, kb) -> dict:
    result = answer(probe.question, kb, lang="en" if probe.style == "en" else "vi")
    return {"answered": bool(result.answered), "text": plain(result.text)}


def rate(values: list[bool]) -> str:
    return f"{sum(values):5d}/{len(values):<5d} {sum(values) / len(values):6.1%}" if values else "    -"


def table(title: str, rows: dict[str, list[bool]], wrong: dict[str, list[bool]] | None = None) -> None:
    print(f"\n{title}")
    for key in sorted(rows):
        extra = ""
        if wrong is not None:
            w = wrong.get(key, [])
            extra = f"   answered-wrong {sum(w) / len(w):6.1%}" if w else ""
        print(f"  {key:34s} {rate(rows[key])}{extra}")


def first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return score_fold(line.strip())
    return ""


def run(args) -> int:
    start = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="checklist-"))
    kb = build_kb(tmp)
    built = time.perf_counter() - start

    start = time.perf_counter()
    probes = generate(kb, seed=args.seed, per_fact=args.per_fact)
    declines = out_of_scope(kb, seed=args.seed, n=args.oos)
    generated = time.perf_counter() - start
    if args.limit:
        # keep whole groups, so invariance stays measurable on a sample
        groups = list(dict.fromkeys(p.group for p in probes))[:: max(1, len(probes) // args.limit)]
        keep = set(groups)
        probes = [p for p in probes if p.group in keep]
    items = probes + declines
    questions = [p.to_question(i) for i, p in enumerate(items, 1)]
    if args.jsonl:
        with open(args.jsonl, "w", encoding="utf-8") as out:
            for q in questions:
                out.write(json.dumps({k: q[k] for k in ("id", "q", "kind", "style", "template",
                                                        "plan", "group", "expect_all",
                                                        "expect_any", "must_not")},
                                     ensure_ascii=False) + "\n")

    answer("chỉ tiêu 14", kb)   # warm the engine's index, as the bot does at start
    start = time.perf_counter()
    replies = [ask(p, kb) for p in items]
    answering = time.perf_counter() - start
    if args.answers:
        with open(args.answers, "w", encoding="utf-8") as out:
            for reply in replies:
                out.write(json.dumps(reply, ensure_ascii=False) + "\n")

    ok = [passes(q, a) for q, a in zip(questions, replies)]
    by_kind, by_template, by_style = defaultdict(list), defaultdict(list), defaultdict(list)
    wrong_kind, wrong_style = defaultdict(list), defaultdict(list)
    for p, a, good in zip(items, replies, ok):
        by_kind[p.kind].append(good)
        by_template[p.template].append(good)
        if p.kind != "out_of_scope":
            by_style[p.style].append(good)
            wrong_kind[p.kind].append(a["answered"] and not good)
            wrong_style[p.style].append(a["answered"] and not good)
        else:
            by_style["oos:" + p.style].append(good)

    answerable = [g for p, g in zip(items, ok) if p.kind != "out_of_scope"]
    answered_wrong = [a["answered"] and not g for p, a, g in zip(items, replies, ok)
                      if p.kind != "out_of_scope"]
    declined = [g for p, g in zip(items, ok) if p.kind == "out_of_scope"]

    print(f"knowledge base: {len(kb.plans)} plans ({', '.join(pl.slug for pl in kb.plans)}); "
          f"built in {built:.1f} s")
    print(f"probes: {len(probes)} answerable ({len({p.fact for p in probes})} facts, "
          f"{len({p.group for p in probes})} groups) + {len(declines)} out of scope; "
          f"generated in {generated:.2f} s")
    print(f"answering: {answering:.1f} s, {1000 * answering / max(1, len(items)):.2f} ms per question")
    print(f"\nanswerable right (strict): {rate(answerable)}")
    print(f"answered but wrong:        {rate(answered_wrong)}")
    print(f"out of scope declined:     {rate(declined)}")
    table("per kind", by_kind, wrong_kind)
    table("per style (oos: = out-of-scope declined)", by_style, wrong_style)
    table("per template", by_template)

    # invariance within groups: the same fact and phrasing slot in the four styles
    outcome = {id(p): (g, a["answered"]) for p, a, g in zip(items, replies, ok)}
    lines = {id(p): first_line(a["text"]) for p, a in zip(items, replies)}
    groups: dict[str, list[Probe]] = defaultdict(list)
    for p in probes:
        groups[p.group].append(p)
    same, same_line = defaultdict(list), defaultdict(list)
    for members in groups.values():
        pivot = next((m for m in members if m.style == "vi"), None)
        if pivot is None:
            continue
        for m in members:
            if m is pivot:
                continue
            same[m.style].append(outcome[id(m)] == outcome[id(pivot)])
            if m.style != "en":
                same_line[m.style].append(lines[id(m)] == lines[id(pivot)])
    every = [v for values in same.values() for v in values]
    every_line = [v for values in same_line.values() for v in values]
    print(f"\nINVARIANCE (target >= {TARGET_INVARIANCE:.0%})")
    print(f"  same pass/fail and answered as the accented probe: {rate(every)}")
    for style in sorted(same):
        print(f"    {style:14s} {rate(same[style])}")
    print(f"  same first reply line (folded), Vietnamese styles: {rate(every_line)}")
    for style in sorted(same_line):
        print(f"    {style:14s} {rate(same_line[style])}")
    # across phrasings (question endings, agency words) of one fact, accented probes only
    by_fact: dict[str, list[Probe]] = defaultdict(list)
    for p in probes:
        if p.style == "vi":
            by_fact[p.fact].append(p)
    across, across_kind = [], defaultdict(list)
    for members in by_fact.values():
        for m in members[1:]:
            agree = outcome[id(m)] == outcome[id(members[0])]
            across.append(agree)
            across_kind[m.kind].append(agree)
    print(f"  same outcome across phrasings of a fact (vi):      {rate(across)}")
    for kind in sorted(across_kind):
        print(f"    {kind:18s} {rate(across_kind[kind])}")

    if args.show_failures:
        shown = 0
        for p, a, good in zip(items, replies, ok):
            if good:
                continue
            print(f"\nFAIL [{p.style} {p.template}] {p.question}\n  expect {list(p.expect_all)} "
                  f"any {list(p.expect_any)[:4]} not {list(p.must_not)}\n  answered={a['answered']} "
                  f"{a['text'][:240]!r}")
            shown += 1
            if shown >= args.show_failures:
                break
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--per-fact", type=int, default=3, help="phrasings per fact (default 3)")
    parser.add_argument("--oos", type=int, default=200, help="out-of-scope probes (default 200)")
    parser.add_argument("--limit", type=int, default=0,
                        help="ask about this many answerable probes only (whole groups), 0 = all")
    parser.add_argument("--jsonl", help="write the probes here, in score_qa.py's question format")
    parser.add_argument("--answers", help="write the replies here, in score_qa.py's answer format")
    parser.add_argument("--show-failures", type=int, default=0, metavar="N")
    return run(parser.parse_args())


if __name__ == "__main__":
    raise SystemExit(main())
