"""``python -m bot fit-answers``: refit the answer scorer's few weights and its threshold."""

from __future__ import annotations

import json
import random
import tempfile
from pathlib import Path

import click

from bot.cli import cli

PROJECT = Path(__file__).resolve().parents[2]
EXTRA_PLANS = PROJECT / "tests" / "data" / "plans_extra"
QUESTION_SETS = sorted((PROJECT / "tests" / "data").glob("questions*.jsonl"))
HAND_WRITTEN_WEIGHT = 3.0


def _labelled_sets(paths) -> list[dict]:
    """The project's hand-written question sets, as ``knowledge.answer.fitting`` items."""
    items = []
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                # written by people from the documents: closer to real questions than the
                # generated ones, so they weigh more in the fit
                items.append({"q": d["question"], "lang": d.get("lang", "vi"), "answerable": d["answerable"],
                              "expect_all": d.get("expect", []), "expect_any": [], "must_not": [],
                              "weight": HAND_WRITTEN_WEIGHT})
    return items


def _without_extra_places(items: list[dict], kb) -> list[dict]:
    """The hand-written sets were written for the shipped plans: a question they mark
    unanswerable because its place had no plan then ("Quảng Ninh") is answerable in the fit's
    knowledge base, which holds tests/data/plans_extra too; such items are left out."""
    from knowledge.store import plan_files
    from knowledge.text import normalize

    shipped = {p.name for p in plan_files()}
    extra = {normalize(p.locality) for p in kb.plans if p.locality and p.source_file not in shipped}
    return [it for it in items if it["answerable"] or not any(
        f" {place} " in f" {normalize(it['q'])} " for place in extra)]


def _probe_items(kb, per_kind_sample: int, seed: int) -> list[dict]:
    from knowledge.answer.probes import absent_facts, generate, out_of_scope

    rng = random.Random(seed)
    probes = generate(kb, seed=seed)
    rng.shuffle(probes)
    picked = probes[:per_kind_sample] + out_of_scope(kb, seed=seed) + absent_facts(kb, seed=seed)
    return [{"q": p.question, "lang": "en" if p.style == "en" else "vi", "plan": p.plan,
             "answerable": p.kind != "out_of_scope", "expect_all": list(p.expect_all),
             "expect_any": list(p.expect_any), "must_not": list(p.must_not)} for p in picked]


@cli.command("fit-answers")
@click.option("--probes", default=1600, show_default=True,
              help="How many generated questions (with every plan's facts) to fit on.")
@click.option("--seed", default=0, show_default=True, help="Seed of the question generator.")
@click.option("--max-error", default=0.01, show_default=True,
              help="Share of wrong answers allowed on plans left out of the fit.")
@click.option("--json", "as_json", is_flag=True, help="Print the whole summary as JSON.")
def fit_answers(probes: int, seed: int, max_error: float, as_json: bool) -> None:
    """Refit the answer scorer (knowledge/answer/weights.json) on questions generated from the
    shipped plans and tests/data/plans_extra, near-domain questions the plans do not answer,
    and the hand-written sets in tests/data; print the calibration on held-out plans. A new
    plan needs no refit: the weights are plan-independent.

    Example: python -m bot fit-answers --probes 1600
    """
    import bot.i18n  # noqa: F401  (the replies are scored in the words users read)
    from knowledge.answer import fitting
    from knowledge.store import build, load_knowledge_base, plan_files

    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "fit.db"
        build(db_path, plan_files(extra_files=sorted(EXTRA_PLANS.glob("*.txt"))), keep_stored=False)
        kb = load_knowledge_base(db_path)
        items = _probe_items(kb, probes, seed) + _without_extra_places(_labelled_sets(QUESTION_SETS), kb)
        summary = fitting.fit_and_save(kb, items, max_error=max_error)
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False, indent=1))
        return
    click.echo(f"{summary['questions']} questions, {summary['candidates']} candidate answers; "
               f"threshold {summary['threshold']}")
    click.echo(f"held out by plan: {summary['held_out_answered']} answered, {summary['held_out_wrong']} wrong")
    click.echo("predicted → observed (held-out plans):")
    for row in summary["calibration"]:
        click.echo(f"  {row['bin']}: {row['predicted']:.2f} → {row['observed']:.2f}  (n={row['n']})")
