"""Goals and indicators: "Mục tiêu 2: … (07 Chỉ tiêu)", "Chỉ tiêu 14: …", and groups of
unnumbered target bullets ("a) Các mục tiêu về bảo vệ trẻ em" followed by "- …" lines)."""

from __future__ import annotations

import re

from knowledge.model import Goal, Indicator
from knowledge.numbers import parse_int
from knowledge.parse_structure import LETTER, SEPARATOR, Document, Paragraph
from knowledge.parse_targets import parse_targets
from knowledge.text import fold_keeping_length, squash_spaces

_GOAL_RE = re.compile(r"^muc tieu\s+(\d{1,2})\s*[:.]\s*")
_INDICATOR_RE = re.compile(r"^chi tieu\s+(\d{1,2})\s*[:.]\s*")
_DECLARED_RE = re.compile(r"\(\s*(\d{1,2})\s+chi tieu\s*\)")
_SPECIFIC_GOALS = "muc tieu cu the"


def _in_specific_goals(para: Paragraph) -> bool:
    return any(_SPECIFIC_GOALS in fold_keeping_length(h.title) for h in para.path)


def parse_goals(doc: Document) -> tuple[list[Goal], list[Indicator]]:
    goals: list[Goal] = []
    indicators: list[Indicator] = []
    seen_numbers: set[int] = set()
    current: Goal | None = None
    for para in doc.paragraphs:
        body = para.body
        folded = fold_keeping_length(body)
        goal_match = _GOAL_RE.match(folded)
        indicator_match = _INDICATOR_RE.match(folded)
        if goal_match:
            declared = _DECLARED_RE.search(folded)
            title = body[goal_match.end():]
            if declared:
                title = title[:declared.start() - goal_match.end()] + title[declared.end() - goal_match.end():]
            current = Goal(number=int(goal_match.group(1)), title=squash_spaces(title).strip(" .:"),
                           declared_indicator_count=parse_int(declared.group(1)) if declared else None,
                           section=para.section, label=para.label)
            goals.append(current)
            continue
        if indicator_match:
            number = int(indicator_match.group(1))
            if number in seen_numbers:
                continue
            seen_numbers.add(number)
            text = squash_spaces(body[indicator_match.end():])
            indicators.append(Indicator(
                number=number, goal=current.number if current else None, text=text,
                section=f"{para.section}{SEPARATOR}Chỉ tiêu {number}" if para.section
                else f"Chỉ tiêu {number}",
                targets=parse_targets(text), position=len(indicators),
                goal_label=current.label if current else None))
            continue
        if not _in_specific_goals(para):
            current = None
            continue
        if para.heading is not None and para.heading.level == LETTER:
            current = Goal(number=None, title=squash_spaces(body).strip(" .:"),
                           section=para.section, label=para.label)
            goals.append(current)
            continue
        if current is not None and current.number is None and para.heading is None \
                and para.kind in ("bullet", "plain"):
            text = squash_spaces(body)
            indicators.append(Indicator(
                number=None, goal=None, text=text, section=para.section,
                targets=parse_targets(text), group=current.title, position=len(indicators),
                goal_label=current.label))
    # Goals of a plan with numbered indicators that hold none of them are section titles.
    if any(i.number is not None for i in indicators):
        used = {i.goal_label for i in indicators if i.number is None}
        goals = [g for g in goals if g.number is not None or g.label in used]
    else:
        used = {i.goal_label for i in indicators}
        goals = [g for g in goals if g.label in used or g.number is not None]
    return goals, indicators
