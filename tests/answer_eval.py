"""Scoring of replies against the question set (shared by the tests and benchmarks/qa.py)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from knowledge.text import fold, normalize

QUESTIONS_PATH = Path(__file__).with_name("data") / "questions.jsonl"


def load_questions(path: Path = QUESTIONS_PATH) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


_PADDING_RE = re.compile(r"(?<![\d,.])0+(?=\d)")


def _unpadded(text: str) -> str:
    """"01/06/2020" → "1/6/2020", "05 điểm" → "5 điểm": the same number however it is
    zero-padded (the documents pad: "07 tuổi", "03 ngày")."""
    return _PADDING_RE.sub("", text)


def has_fact(expected: str, reply: str) -> bool:
    """``expected`` occurs in ``reply`` ignoring accents and case (and the zero-padding of
    numbers); facts without digits also ignore punctuation ("Sở Lao động - Thương binh" =
    "Sở Lao động Thương binh")."""
    if any(char.isdigit() for char in expected):
        # a number must not hide inside a longer one: "1/6" is not in "11/6", "1%" not in "11%"
        for want, text in ((fold(expected), fold(reply)),
                           (_unpadded(fold(expected)), _unpadded(fold(reply)))):
            if re.search(r"(?<!\d)" + re.escape(want) + r"(?!\d)", text):
                return True
        return False
    if fold(expected) in fold(reply):
        return True
    return f" {normalize(expected)} " in f" {normalize(reply)} "


def missing_facts(item: dict, reply: str) -> list[str]:
    return [fact for fact in item.get("expect", []) if not has_fact(fact, reply)]


def resolve_plan_hint(hint: str | None, choices: list[tuple[str, str]]) -> str | None:
    """The slug whose label names ``hint`` (a locality such as "Cần Thơ"), if exactly one."""
    if not hint:
        return None
    hits = [slug for slug, label in choices if fold(hint) in fold(label)]
    return hits[0] if len(hits) == 1 else None
