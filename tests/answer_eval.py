"""Scoring of replies against the question set (shared by the tests and benchmarks/qa.py)."""

from __future__ import annotations

import json
from pathlib import Path

from knowledge.text import fold, normalize

QUESTIONS_PATH = Path(__file__).with_name("data") / "questions.jsonl"


def load_questions(path: Path = QUESTIONS_PATH) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def has_fact(expected: str, reply: str) -> bool:
    """``expected`` occurs in ``reply`` ignoring accents and case; facts without digits
    also ignore punctuation ("Sở Lao động - Thương binh" = "Sở Lao động Thương binh")."""
    if fold(expected) in fold(reply):
        return True
    if not any(ch.isdigit() for ch in expected):
        return f" {normalize(expected)} " in f" {normalize(reply)} "
    return False


def missing_facts(item: dict, reply: str) -> list[str]:
    return [fact for fact in item.get("expect", []) if not has_fact(fact, reply)]


def resolve_plan_hint(hint: str | None, choices: list[tuple[str, str]]) -> str | None:
    """The slug whose label names ``hint`` (a locality such as "Cần Thơ"), if exactly one."""
    if not hint:
        return None
    hits = [slug for slug, label in choices if fold(hint) in fold(label)]
    return hits[0] if len(hits) == 1 else None
