"""Targets known only by a short title in guillemets (blind round 62's layout): a list gives
each title its full wording ("«Khai sinh» — Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai
sinh."), goal lines list the titles they hold ("MỤC TIÊU 4 — QUYỀN DÂN SỰ …: «Khai sinh»;
«Hội đồng trẻ em»"), and the figures stand in sections by year, a title a line
("A. NĂM GỐC 2025 — KẾT QUẢ ĐẠT ĐƯỢC" over "▪ «Khai sinh»: 98,7%;", "C. NĂM TỔNG KẾT 2030"
over "▪ «Khai sinh»: 100%;"). Who leads them is said by title elsewhere (a lookup table
"| «Khai sinh» | Sở Tư pháp | … |", an agency's "Chủ trì chỉ tiêu «Khai sinh»"), read with
the plans' other labels (``goals.BRACKET_LABEL_RE``).

``titled_targets(doc)`` gives the goals and indicators so read, or None when fewer than
three titles are given figures (a glossary "«Trẻ em» — Người dưới 16 tuổi." is no target).
"""

from __future__ import annotations

import re

from knowledge.model import EXACTLY, PER_1000, PER_1000_LIVE_BIRTHS, Goal, Indicator
from knowledge.parse.structure import SEPARATOR, Document, table_cells
from knowledge.parse.targets import parse_targets
from knowledge.text import fold_keeping_length, label_key, squash_spaces

# "«Khai sinh» — Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh.": a title and its wording
_DEFINITION_RE = re.compile(r"^«\s*([^«»]{2,40}?)\s*»\s*[—–:-]\s*(\S.{10,})$")
# "▪ «Khai sinh»: 98,7%;": a title and its figure for the section's year
_FIGURE_LINE_RE = re.compile(r"^[▪•·◦●○\-–+*]?\s*«\s*([^«»]{2,40}?)\s*»\s*:\s*(\S.*?)\s*[;.]?$")
# "MỤC TIÊU 1 — SỨC KHỎE, DINH DƯỠNG: «…»; «…»" (folded): a goal listing its titles
_GOAL_LINE_RE = re.compile(r"^(?:muc tieu|nhom)\s+(\d{1,2})\s*[-–—.:]\s*([^:«]*?)\s*:?\s*(?=«)")
_TITLE_RE = re.compile(r"«\s*([^«»]{2,40}?)\s*»")
_YEAR_RE = re.compile(r"\b((?:19|20)\d\d)\b")
# the words of a section's line saying its figures were reached, not set (folded)
_REACHED_RE = re.compile(r"\b(?:ket qua|nam goc|dat duoc|thuc hien nam|hien trang)\b")


def titled_targets(doc: Document) -> tuple[list[Goal], list[Indicator]] | None:
    """(goals, indicators) of a plan whose targets are known by titles in guillemets, each
    indicator ``label`` its title, ``text`` its wording, ``number`` None, its targets the
    figures the year sections give it (``achieved`` where the section reports results); None
    when fewer than three titles are defined, or the same title twice."""
    definitions: dict[str, tuple[str, str, object]] = {}    # key → (title, wording, paragraph)
    for para in doc.paragraphs:
        match = _DEFINITION_RE.match(para.body.strip())
        if match and table_cells(para.text) is None:
            key = label_key(match.group(1))
            if key in definitions:
                return None
            definitions[key] = (squash_spaces(match.group(1)), squash_spaces(match.group(2)), para)
    if len(definitions) < 3:
        return None
    goals, goal_of = _goals(doc, definitions)
    indicators: dict[str, Indicator] = {}
    for position, (key, (title, wording, para)) in enumerate(definitions.items()):
        goal = goal_of.get(key)
        indicators[key] = Indicator(
            number=None, goal=goal.number if goal else None, text=wording,
            section=f"{para.section}{SEPARATOR}Chỉ tiêu «{title}»" if para.section else f"Chỉ tiêu «{title}»",
            position=position, goal_label=str(goal.number) if goal else None, label=title)
    _read_figures(doc, indicators)
    # a glossary ("«Trẻ em» — Người dưới 16 tuổi.") defines words, not targets: a title is a
    # target only when the sections by year give it a figure
    indicators = {k: i for k, i in indicators.items() if i.targets}
    if len(indicators) < 3:
        return None
    for position, indicator in enumerate(indicators.values()):
        indicator.position = position
    return goals, list(indicators.values())


def _goals(doc: Document, definitions: dict) -> tuple[list[Goal], dict[str, Goal]]:
    """The goals whose lines list the titles, and the goal of each title listed."""
    goals: list[Goal] = []
    goal_of: dict[str, Goal] = {}
    current: Goal | None = None
    for para in doc.paragraphs:
        body = para.body.strip()
        titles = [label_key(t) for t in _TITLE_RE.findall(body)]
        match = _GOAL_LINE_RE.match(fold_keeping_length(body.lower()))
        if match and titles:
            title = squash_spaces(body[match.start(2):match.end(2)]).strip(" :-–—")
            current = Goal(number=int(match.group(1)), title=title.capitalize() if title.isupper() else title,
                           section=para.section)
            goals.append(current)
        elif not (current and titles and not _TITLE_RE.sub("", body).strip(" ;,.")):
            current = None      # a line of titles alone goes on the goal above; anything else ends it
            continue
        for key in titles:
            if key in definitions:
                goal_of.setdefault(key, current)
    return goals, goal_of


def _read_figures(doc: Document, indicators: dict[str, Indicator]) -> None:
    """The figures of each title in the sections by year: the year the last line naming one
    year (no title) gives, a result where that line says so."""
    year: int | None = None
    reached = False
    for para in doc.paragraphs:
        body = para.body.strip()
        match = _FIGURE_LINE_RE.match(body)
        if match:
            indicator = indicators.get(label_key(match.group(1)))
            if indicator is None or year is None:
                continue
            targets = parse_targets(f"năm {year}: {match.group(2)}", eliminations=True)
            for target in targets[:1]:
                target.metric = indicator.text.rstrip(".")
                target.sentence = body
                target.metric_index = 1
                if reached:
                    target.achieved, target.comparator, target.comparator_text = True, EXACTLY, None
                if target.unit == PER_1000 and "tre de song" in fold_keeping_length(indicator.text.lower()):
                    target.unit = PER_1000_LIVE_BIRTHS    # "6,1‰" of "… trên 1.000 trẻ đẻ sống"
                indicator.targets.append(target)
            continue
        if _TITLE_RE.search(body):
            _area_figures(body, indicators, year, reached)
            continue
        if table_cells(para.text) is not None:
            continue
        years = set(_YEAR_RE.findall(body))
        if len(years) == 1 and len(body.split()) <= 20:
            # "C. NĂM TỔNG KẾT 2030 — MỤC TIÊU CUỐI KỲ", "Đến hết năm 2027, các chỉ tiêu phải đạt:"
            new_year = int(years.pop())
            folded = fold_keeping_length(body.lower())
            if new_year != year:
                reached = bool(_REACHED_RE.search(folded))
            else:
                reached = reached or bool(_REACHED_RE.search(folded))
            year = new_year
        elif para.kind == "roman":
            year = None         # the next part of the plan: no section by year any more


# "Hà Nam 99,1%", "Nam Định 6,7/100.000": an area's name (capitalised words) and its figure
_AREA_FIGURE_RE = re.compile(r"((?:[A-ZĐÀ-Ỹ][^\W\d_]*\s+){0,3}[A-ZĐÀ-Ỹ][^\W\d_]*)\s+(\d[\d.,]*\s*(?:%|‰|/\s?1[.\d]*)?)")


def _area_figures(body: str, indicators: dict[str, Indicator], year: int | None, reached: bool) -> None:
    """The figures a note gives a title's areas: "«Khai sinh» năm 2025 theo địa bàn cũ: Hà
    Nam 99,1%; Nam Định 98,4%; Ninh Bình 98,8%." → the indicator's ``areas``, each its area
    and year (the note's own year, else the section's; a result where it is one)."""
    marks = list(_TITLE_RE.finditer(body))
    for k, mark in enumerate(marks):
        indicator = indicators.get(label_key(mark.group(1)))
        end = marks[k + 1].start() if k + 1 < len(marks) else len(body)
        part = body[mark.end():end]
        years = _YEAR_RE.findall(part.split(":")[0]) if ":" in part else []
        own_year = int(years[0]) if years else year
        figures = part.split(":", 1)[1] if ":" in part else ""
        if indicator is None or own_year is None or not figures:
            continue
        for name, value in _AREA_FIGURE_RE.findall(figures):
            found = parse_targets(f"năm {own_year}: {value.strip()}", eliminations=True)
            for target in found[:1]:
                target.area, target.metric, target.sentence, target.metric_index = \
                    squash_spaces(name), indicator.text.rstrip("."), body, 1
                if reached or own_year < min((t.year for t in indicator.targets if t.year and not t.achieved), default=own_year + 1):
                    target.achieved, target.comparator, target.comparator_text = True, EXACTLY, None
                if target.unit == PER_1000 and "tre de song" in fold_keeping_length(indicator.text.lower()):
                    target.unit = PER_1000_LIVE_BIRTHS
                indicator.areas.append(target)
