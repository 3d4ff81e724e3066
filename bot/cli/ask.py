"""``python -m bot ask``: put a question to the answering engine from the terminal."""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from bot.cli import cli


def _database_path(option: str | None) -> Path:
    if option:
        return Path(option)
    if os.environ.get("DATABASE_PATH"):
        return Path(os.environ["DATABASE_PATH"])
    from knowledge.store import default_database_path

    return default_database_path()


def _load_kb(db_path: Path):
    from knowledge.store import ensure_built, load_knowledge_base

    ensure_built(db_path)
    return load_knowledge_base(db_path)


def _record(question: str, result) -> dict:
    from knowledge.answer.format import strip_html

    return {
        "question": question,
        "answered": result.answered,
        "text": strip_html(result.text),
        "html": result.text,
        "sources": result.sources,
        "confidence": result.confidence,
        "intent": result.intent,
        "plans": result.plans,
        "suggestions": result.suggestions,
        # the bot asked which reading is meant: each button's label and the answer it gives
        "choices": [{"label": c["label"], "text": strip_html(c["text"])} for c in result.choices],
    }


@cli.command("ask")
@click.argument("question", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of the reply.")
@click.option("--jsonl", "as_jsonl", is_flag=True,
              help="Read one question per line from stdin; print one JSON object per line, in order.")
@click.option("--plan", "plan", default=None, help="Default plan slug of the chat (see --list-plans).")
@click.option("--lang", "lang", default="vi", type=click.Choice(["vi", "en"]), show_default=True,
              help="Language of the reply.")
@click.option("--db", "db", default=None, help="Database path (default: $DATABASE_PATH or the project's).")
@click.option("--list-plans", is_flag=True, help="Print the plan slugs and labels, then exit.")
def ask(question, as_json, as_jsonl, plan, lang, db, list_plans):
    """Answer QUESTION about the plans, as the bot would reply in the chat.

    Builds the knowledge base on first use.

    Example: python -m bot ask "chỉ tiêu 14 Hà Nội do sở nào chủ trì?"
    """
    from knowledge.answer.engine import answer, plan_choices
    from knowledge.answer.format import strip_html
    from knowledge.text import clean_text

    kb = _load_kb(_database_path(db))
    if list_plans:
        for slug, label in plan_choices(kb):
            click.echo(f"{slug}\t{label}")
        return
    if plan and kb.plan(plan) is None:
        raise click.BadParameter(f"unknown plan {plan!r}; try --list-plans", param_hint="--plan")
    if as_jsonl:
        # One reply per input line, blank lines included (they get the "empty question"
        # reply), so line N of the output always answers line N of the input.
        for line in click.get_text_stream("stdin", encoding="utf-8", errors="replace"):
            line = line.rstrip("\r\n")
            result = answer(clean_text(line), kb, lang=lang, plan=plan)
            click.echo(json.dumps(_record(line, result), ensure_ascii=False))
        return
    if question is None:
        raise click.UsageError("give a QUESTION, or --jsonl to read questions from stdin")
    result = answer(clean_text(question), kb, lang=lang, plan=plan)
    if as_json:
        click.echo(json.dumps(_record(question, result), ensure_ascii=False))
        return
    click.echo(strip_html(result.text))
    if result.suggestions:
        click.echo("")
        for s in result.suggestions:
            click.echo(f"  → {s}")
