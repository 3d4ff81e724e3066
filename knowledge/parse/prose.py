"""Targets written in running prose inside a goal's section.

Some plans list no indicators: each goal is a title line ("Mục tiêu 1. Về sức khỏe …")
followed by paragraphs that state two to five indicators in running sentences, some numbered
inline ("(1) tỷ lệ … đạt 96% vào năm 2025, phấn đấu đạt 98% vào năm 2030; (2) tỷ suất …"),
some not numbered at all ("Đến năm 2030, tỷ lệ lây truyền HIV từ mẹ sang con giảm xuống dưới
2%."), and close with who leads them ("Giao Sở Y tế chủ trì, phối hợp với … thực hiện các chỉ
tiêu của Mục tiêu 1"; ``tasks.goal_assignments`` reads that sentence).

Within such a section each clause that states a measurable figure (a sentence, cut further at
``;`` and at an inline "(n)") is an indicator with the targets ``parse_targets`` reads in it;
a clause whose figures name no measure of their own ("…; phấn đấu đạt 98% vào năm 2030")
goes on with the indicator before it. A clause without a figure ("Công tác tiêm chủng tiếp
tục được ưu tiên:") and a sentence that assigns agencies ("… chủ trì …") set none.

Numbering (``number_clauses``): a clause numbered inline keeps its number; the clauses
without one are numbered in reading order after the highest inline number of the whole plan
(a plan numbering 7 of its 16 indicators inline, "(1)" … "(7)", numbers the other nine 8 …
16 in the order they are read). An inline number met a second time counts as no number. A
plan that numbers none numbers them 1, 2, 3 … in reading order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from knowledge.model import Target
from knowledge.parse.targets import names_no_measure, parse_targets
from knowledge.text import fold_keeping_length, squash_spaces

# An inline number opening a clause: "(1) tỷ lệ …", "… 2030. (4) Tỷ lệ …".
_INLINE_NUMBER_RE = re.compile(r"(?:(?<=\s)|^)\((\d{1,2})\)\s+(?=\w)")
# A sentence that assigns agencies sets no target: "Giao Sở Y tế chủ trì …".
_ASSIGNS_RE = re.compile(r"(?<![a-z])(?:chu tri|phoi hop voi|giao\s+(?:cho\s+)?(?:so|ban|uy ban|cong an|ubnd))(?![a-z])")


# A sentence's end in running prose: a full stop before a capital or an inline number, also
# after a year ("… vào năm 2030. Về dinh dưỡng, …"); decimals ("14,5", "100.000") have no space.
_SENTENCE_END_RE = re.compile(r"(?<=\.)\s+(?=[A-ZÀ-ỸĐ]|\(\d{1,2}\)\s)")


def prose_sentences(text: str) -> list[str]:
    """``text`` cut into sentences at each full stop followed by a capital or "(n)"."""
    return [s.strip() for s in _SENTENCE_END_RE.split(squash_spaces(text)) if s.strip()]


# Who leads a target, in brackets in its own sentence: "(do Sở Tư pháp chủ trì)".
OWN_LEAD_RE = re.compile(r"\s*\((?:do\s+)?[^()]{2,120}\bchủ trì\b[^()]*\)")


@dataclass
class ProseClause:
    """One indicator stated in running text: its words, the number written before it (None
    when it has none) and its targets."""
    text: str
    inline_number: int | None
    targets: list[Target] = field(default_factory=list)
    number: int | None = None       # set by ``number_clauses``


def _pieces(sentence: str) -> list[tuple[int | None, str]]:
    """A sentence cut at each inline "(n)" and at ``;`` outside brackets: (number, text)."""
    result: list[tuple[int | None, str]] = []
    marks = list(_INLINE_NUMBER_RE.finditer(sentence))
    starts = [(0, None)] + [(m.start(), int(m.group(1))) for m in marks]
    for k, (start, number) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(sentence)
        chunk = sentence[start:end]
        if number is not None:
            chunk = _INLINE_NUMBER_RE.sub("", chunk, count=1)
        parts, depth, begin = [], 0, 0
        for i, ch in enumerate(chunk):
            depth += (ch == "(") - (ch == ")" and depth > 0)
            if ch == ";" and depth == 0:
                parts.append(chunk[begin:i])
                begin = i + 1
        parts.append(chunk[begin:])
        for j, part in enumerate(parts):
            part = part.strip(" ;,")
            if part:
                result.append((number if j == 0 else None, part))
    return result


def _names_no_measure(targets: list[Target]) -> bool:
    return all(names_no_measure(t.metric) for t in targets)


def prose_clauses(text: str) -> list[ProseClause]:
    """The indicators stated in a goal section's paragraph ``text``, in reading order, not
    yet numbered (``number_clauses``)."""
    clauses: list[ProseClause] = []
    text = re.sub(r"^\s*(\d{1,2})\)\s+", r"(\1) ", text)     # "1) Tỷ lệ …" as "(1) Tỷ lệ …"
    for sentence in prose_sentences(text):
        # "(do Sở Tư pháp chủ trì)" in a target's sentence names who leads it, no figure
        sentence = OWN_LEAD_RE.sub("", sentence)
        if _ASSIGNS_RE.search(fold_keeping_length(sentence)):
            continue
        for number, piece in _pieces(sentence):
            piece = piece.rstrip(" .")
            targets = parse_targets(piece, eliminations=True)
            if not targets:
                continue
            if clauses and number is None and _names_no_measure(targets):
                # "…; phấn đấu đạt 98% vào năm 2030": the measure before it, again
                last = clauses[-1]
                last.text = f"{last.text}; {piece}"
                last.targets = parse_targets(last.text, eliminations=True)
                continue
            clauses.append(ProseClause(text=piece[:1].upper() + piece[1:], inline_number=number,
                                       targets=targets))
    return clauses


def number_clauses(clauses: list[ProseClause], taken: set[int] = frozenset()) -> None:
    """Number ``clauses`` (the whole plan's, in reading order) as the module says: inline
    numbers kept, the others after the highest inline number; ``taken`` numbers (indicators
    read otherwise) are skipped."""
    used = set(taken)
    for clause in clauses:
        if clause.inline_number is not None and clause.inline_number not in used:
            clause.number = clause.inline_number
            used.add(clause.number)
    following = max(used, default=0)
    for clause in clauses:
        if clause.number is None:
            following += 1
            clause.number = following
