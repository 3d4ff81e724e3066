"""Targets written as the clauses of a legal act (blind round 69's layout): articles "Điều 4.
Chỉ tiêu về …" whose clauses "1. Tỷ lệ … :" are numbered anew in each article, each clause's
points "a) Kết quả năm 2025: …; b) Mốc năm 2028: …; c) Mục tiêu năm 2030: …"; a target is
cited "khoản 2 Điều 5", and an article assigns them agency by agency ("2. Sở Y tế chủ trì:" over
"- các khoản 1, 2 và 4 Điều 5; phối hợp: …").

``clause_targets(doc)`` gives the goals (one per article of targets, ``label`` its article's
number) and indicators (``label`` the plan's citation "khoản 2 Điều 5", ``goal_label`` its
article's number), or None
when no article holds targets so; ``clause_roles(doc)`` gives who leads and partners which.
"""

from __future__ import annotations

import re

from knowledge.model import Goal, Indicator
from knowledge.parse.statements import milestones_as_clauses
from knowledge.parse.structure import NUMBER, ROMAN, SEPARATOR, Document, roman_value
from knowledge.parse.targets import parse_targets
from knowledge.text import fold_keeping_length, squash_spaces

# "Điều 4. Chỉ tiêu về môi trường sống …" (its title, folded): an article of targets
_TARGETS_ARTICLE_RE = re.compile(r"^(?:cac\s+)?chi tieu\b")
# "các khoản 1, 2 và 4 Điều 5", "khoản 3 Điều 4" (folded): clauses cited in their article
# ("khoản 1 và khoản 2 Điều 2": the word said again; a clause of another act, "khoản 2 Điều 5
# Nghị định số 56/2017/NĐ-CP", is none of the plan's)
_CITED_RE = re.compile(r"\bkhoan\s+((?:\d{1,2}\s*(?:,|va)?\s*(?:khoan\s+)?)+)dieu\s+(\d{1,2})\b"
                       r"(?!\s+(?:cua\s+)?(?:nghi dinh|nghi quyet|luat|thong tu|quyet dinh|chi thi|bo luat)\b)")
# "2. Sở Y tế chủ trì:", "4. Sở Tư pháp chủ trì khoản 3 Điều 4; phối hợp: …"
_LEAD_HEAD_RE = re.compile(r"^\s*\d{1,2}\.\s+(.+?)\s+chủ trì\b\s*:?\s*(.*)$", re.IGNORECASE)
_PARTNERS_RE = re.compile(r"phối hợp\s*:\s*(.+?)\s*[.;]?\s*$", re.IGNORECASE)


def clause_citation(clause: str | int, article: str | int) -> str:
    """A clause as a legal act cites it, the label of its target: ("2", 5) → "khoản 2 Điều 5"."""
    return f"khoản {clause} Điều {article}"


def clause_targets(doc: Document) -> tuple[list[Goal], list[Indicator]] | None:
    """(goals, indicators) of targets written as the numbered clauses of articles of targets,
    each clause's lettered points its milestones; None when fewer than three such clauses."""
    goals: list[Goal] = []
    indicators: list[Indicator] = []
    by_heading: dict[int, Indicator] = {}
    for para in doc.paragraphs:
        article = next((h for h in para.path if h.level == ROMAN), None)
        if article is None or not _TARGETS_ARTICLE_RE.match(fold_keeping_length(article.title.lower())):
            continue
        number = roman_value(article.label) if article.label else None
        if not goals or goals[-1].label != str(number):
            goals.append(Goal(number=len(goals) + 1, title=squash_spaces(article.title).strip(" .:"),
                              section=f"Điều {number}", label=str(number)))   # cited as the act cites it
        clause = next((h for h in para.path if h.level == NUMBER), None)
        if clause is None:
            continue
        indicator = by_heading.get(id(clause))
        if indicator is None:
            words = para.body if para.heading is clause else clause.title    # (a heading's title is cut short)
            indicator = Indicator(
                number=None, goal=goals[-1].number, text=squash_spaces(words).rstrip(" :"),
                section=f"Điều {number}{SEPARATOR}khoản {clause.label}", position=len(indicators),
                goal_label=str(number), label=clause_citation(clause.label, number))
            by_heading[id(clause)] = indicator
            indicators.append(indicator)
        if para.kind == "letter" and para.heading is None:     # "a) Kết quả năm 2025: …;" under its clause
            # (its figure first: "82,4% (94/114 đơn vị)" counts no second measure)
            for target in parse_targets(milestones_as_clauses(squash_spaces(para.body)), eliminations=True)[:1]:
                target.metric, target.metric_index = indicator.text, 1
                target.sentence = para.text
                indicator.targets.append(target)
    indicators = [i for i in indicators if i.targets]
    if len(indicators) < 3:
        return None
    used = {i.goal for i in indicators}
    return [g for g in goals if g.number in used], indicators


def clause_roles(doc: Document) -> list[tuple[str, str, str, str]]:
    """(article, clause, lead as written, partners as written) of each clause cited in an
    article of assignments: "2. Sở Y tế chủ trì:" over "- các khoản 1, 2 và 4 Điều 5; phối
    hợp: Bảo hiểm xã hội thành phố, …", or all on one line."""
    found: list[tuple[str, str, str, str]] = []
    lead = None
    for para in doc.paragraphs:
        text = squash_spaces(para.text)
        head = _LEAD_HEAD_RE.match(text)
        if head:
            lead, rest = head.group(1).strip(), head.group(2)
        elif lead is not None and text.startswith(("-", "+", "•")):
            rest = text.lstrip("-+• ")
        else:
            lead = None if para.kind in ("number", "roman") else lead
            continue
        cited = _CITED_RE.search(fold_keeping_length(rest.lower()))
        if not cited:
            continue
        partners = _PARTNERS_RE.search(rest)
        for clause in re.findall(r"\d{1,2}", cited.group(1)):
            found.append((cited.group(2), clause, lead, partners.group(1) if partners else ""))
    return found
