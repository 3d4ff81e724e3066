"""Targets grouped by year: "2. Mục tiêu cụ thể đến năm 2025" over lettered areas ("a) Về
chăm sóc sức khỏe, dinh dưỡng:") whose targets are "- …" items, then "3. Mục tiêu cụ thể đến
năm 2030" stating most of the same targets again, worded a little differently, with their
2030 figures. Each area ends with a sentence saying who leads it ("Sở Y tế chủ trì, phối
hợp với … thực hiện các mục tiêu tại điểm này").

Read here: the year of a section holds for its targets that state none; a target stated
in two sections (matched by its words, figures and comparing words left out) is ONE
indicator with both years' targets; a target in one section stays single. Indicators are
numbered 1..N in reading order: the first section's order, a target only a later section
states placed after the target it follows there (at the start of its area when it opens
it). Each area is a goal (a) → goal 1). A lead sentence is no target: it assigns its lead
and partners to the area's indicators; "riêng mục tiêu về X do Y chủ trì …" and a bracket
ending a target ("(Sở Tư pháp chủ trì)") give one target its own.
"""

from __future__ import annotations

import dataclasses
import re

from knowledge.model import PER_1000, PER_1000_LIVE_BIRTHS, Assignment, Goal, Indicator
from knowledge.parse.structure import LETTER, NUMBER, SUBNUMBER, SEPARATOR, Document, Paragraph, table_cells
from knowledge.parse.roles import record_roles
from knowledge.parse.targets import parse_targets
from knowledge.text import fold_keeping_length, squash_spaces

# "Mục tiêu cụ thể đến năm 2025", "Mục tiêu đến hết năm 2030", "Chỉ tiêu cụ thể năm 2025"
# "Mục tiêu giai đoạn 2021 - 2025": the period's last year
_YEAR_TITLE_RE = re.compile(r"^(?:cac\s+)?(?:muc tieu|chi tieu)(?:\s+cu the)?\s*(?:,\s*)?"
                            r"(?:(?:den|den het|trong|cho|vao)\s+)?(?:nam\s+|giai doan\s+(?:19|20)\d\d\s*[-–]\s*)?"
                            r"((?:19|20)\d\d)\s*[.:]?\s*$")
# Words left out when two statements of a target are compared: comparing and change words,
# metric names ("tỷ lệ", "tỷ suất"), and the small words of any sentence.
_IGNORED = set("""giam xuong con duoi tren dat it nhat khong qua vuot tang len toi thieu da phan dau
duy tri muc chiem hon khoang ty le suat so voi nam den het nua lon thap cao bang o
cac nhung co duoc va cua cho trong tai la thi nay do""".split())
# "(trên 1.000 trẻ đẻ sống)": a unit or note in brackets says nothing of the target itself
_BRACKET_RE = re.compile(r"\([^()]*\)")
# A number that is part of the target's subject, not its figure: "dưới 5 tuổi", "từ 11 tuổi"
_AGE_WORDS = ("tuoi", "thang")
# A sentence that assigns the targets of an area: its role words
_ROLE_RE = re.compile(r"(?<![a-z])(?:chu tri|phoi hop)(?![a-z])")
# "như điểm b khoản 2 mục này", "nêu tại điểm a khoản 2": the assignment of an earlier area
_REFERS_RE = re.compile(r"(?:nhu|neu tai|tai)\s+diem\s+([a-z])\s+khoan\s+(\d{1,2})")
# "riêng mục tiêu về đăng ký khai sinh do Sở Tư pháp chủ trì" / "Sở X chủ trì mục tiêu Y"
_OWN_BEFORE_RE = re.compile(r"(?:rieng\s+)?(?:muc tieu|chi tieu)\s+(?:ve\s+)?(.+?)\s+do\s+")
_OWN_AFTER_RE = re.compile(r"chu tri\s+(?:cac\s+)?(?:muc tieu|chi tieu)\s+(?:ve\s+)?(.+?)\s*$")
_NOT_A_TOPIC_RE = re.compile(r"^(?:tai|neu|nhu|o)\s+(?:diem|khoan|muc)|^(?:nay|tren)\b")
# Two statements are one target when the words they share are at least this share of both
# (Dice coefficient); the best pairs are taken first.
SAME_TARGET = 0.5


@dataclasses.dataclass
class YearArea:
    """One lettered area of a year section: its letter, title as written, heading, the
    paragraphs stating targets and the plain paragraphs after them (who leads)."""

    letter: str
    title: str
    heading: Paragraph
    items: list[Paragraph]
    notes: list[Paragraph]


@dataclasses.dataclass
class YearSection:
    """A numbered heading naming a year ("2. Mục tiêu cụ thể đến năm 2025") and its areas."""

    year: int
    label: str           # "2": how later sections refer to it ("điểm b khoản 2")
    heading: Paragraph
    areas: list[YearArea]

    def paragraphs(self) -> list[Paragraph]:
        return [self.heading, *(p for a in self.areas for p in (a.heading, *a.items, *a.notes)
                                if p is not self.heading)]


def year_sections(doc: Document) -> list[YearSection]:
    """The sections of ``doc`` grouping targets by year: a numbered (or lettered) heading titled
    "Mục tiêu (cụ thể) (đến) năm YYYY", stating no figure, over lettered areas (or its targets
    right under it: one untitled area), each a run of "- …" items at least one of which
    states a figure, then plain paragraphs. [] when the plan has no such section, or its
    sections state fewer than two targets."""
    found: list[YearSection] = []
    section: YearSection | None = None
    area: YearArea | None = None
    for para in doc.paragraphs:
        cells = table_cells(para.text)
        heading = para.heading
        title = _YEAR_TITLE_RE.match(fold_keeping_length(squash_spaces(para.body)).strip()) \
            if heading is not None and cells is None else None
        if title and heading.level in (NUMBER, SUBNUMBER, LETTER):
            section = YearSection(year=int(title.group(1)), label=para.label or "", heading=para, areas=[])
            found.append(section)
            area = None
            continue
        if section is None:
            continue
        if heading is not None and heading.level == LETTER and section.heading.heading.level != LETTER \
                and cells is None and not parse_targets(squash_spaces(para.body)):
            area = YearArea(letter=(para.label or "").lower(), title=squash_spaces(para.body).strip(" .:"),
                            heading=para, items=[], notes=[])
            section.areas.append(area)
            continue
        if cells is not None or heading is not None:
            section, area = None, None
            continue
        if area is None and not section.areas and para.kind == "bullet":
            # targets right under the year's heading: one area, untitled
            area = YearArea(letter="", title="", heading=section.heading, items=[], notes=[])
            section.areas.append(area)
        if area is None:
            section = None
            continue
        if para.kind == "bullet" and not area.notes and parse_targets(squash_spaces(para.body)):
            area.items.append(para)
        elif para.kind in ("plain", "bullet") and area.items:
            area.notes.append(para)
        else:
            section, area = None, None
    for section in found:
        section.areas = [a for a in section.areas if a.items]
    found = [s for s in found if s.areas]
    if sum(len(a.items) for s in found for a in s.areas) < 2:
        return []
    return found


def target_words(text: str) -> set[str]:
    """The words that name a target, compared between two statements of it: folded, with
    brackets, figures (an age such as "dưới 5 tuổi" kept) and ``_IGNORED`` words left out.
    "Giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống dưới 11,6‰" → {"tu", "vong", "tre",
    "em", "1", "tuoi"}."""
    words = re.findall(r"[a-z]+|\d+(?:[.,]\d+)*", fold_keeping_length(_BRACKET_RE.sub(" ", text)))
    kept = set()
    for k, word in enumerate(words):
        if word[0].isdigit():
            if k + 1 < len(words) and words[k + 1] in _AGE_WORDS:
                kept.add(word)
        elif word not in _IGNORED:
            kept.add(word)
    return kept


def similarity(first: str, second: str) -> float:
    """Dice coefficient of the ``target_words`` of two statements, 0..1."""
    a, b = target_words(first), target_words(second)
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def match_statements(earlier: list[str], later: list[str]) -> dict[int, int]:
    """Which statement of ``later`` states which of ``earlier`` again: {later index: earlier
    index}, the most similar pairs first, each statement in one pair at most, a pair only
    when its ``similarity`` reaches ``SAME_TARGET``."""
    scored = sorted(((similarity(e, l), -j, -i, i, j) for i, e in enumerate(earlier)
                     for j, l in enumerate(later)), reverse=True)
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for score, _, _, i, j in scored:
        if score < SAME_TARGET:
            break
        if i in used or j in pairs:
            continue
        pairs[j] = i
        used.add(i)
    return pairs


@dataclasses.dataclass
class _Slot:
    """One indicator being built: its statements as (section, area, item paragraph)."""

    statements: list[tuple[YearSection, YearArea, Paragraph]]


def _area_key(area: YearArea) -> str:
    return fold_keeping_length(area.title).strip(" .:")


def _goal_title(title: str) -> str:
    rest = title.strip(" .:")
    return rest[:1].upper() + rest[1:] if rest else title


def _year_label(section: YearSection) -> str:
    """"2. Mục tiêu cụ thể đến năm 2025" → "Đến năm 2025": the words a statement is shown under."""
    folded = fold_keeping_length(section.heading.body)
    match = re.search(r"(?:(?:den|den het|trong|cho|vao)\s+)?(?:nam\s+|giai doan\s+(?:19|20)\d\d\s*[-–]\s*)?"
                      r"(?:19|20)\d\d", folded)
    words = section.heading.body[match.start():match.end()] if match else str(section.year)
    return words[:1].upper() + words[1:]


def _slots(sections: list[YearSection]) -> list[tuple[str, YearArea, list[_Slot]]]:
    """The areas (key, first area, indicators) in reading order, each area's statements
    matched over the sections."""
    areas: list[tuple[str, YearArea, list[_Slot]]] = []
    for section in sections:
        for area in section.areas:
            key = _area_key(area)
            known = next((entry for entry in areas if entry[0] == key), None) or \
                next((entry for entry in areas if entry[1].letter == area.letter), None)
            if known is None:
                areas.append((key, area, [_Slot([(section, area, item)]) for item in area.items]))
                continue
            slots = known[2]
            base = list(slots)         # the slots ``pairs`` index, before any is inserted
            earlier = [squash_spaces(s.statements[0][2].body) for s in base]
            later = [squash_spaces(item.body) for item in area.items]
            pairs = match_statements(earlier, later)
            after: _Slot | None = None      # the slot the last statement went to
            for j, item in enumerate(area.items):
                if j in pairs:
                    after = base[pairs[j]]
                    after.statements.append((section, area, item))
                    continue
                new = _Slot([(section, area, item)])
                index = slots.index(after) + 1 if after is not None else 0
                slots.insert(index, new)
                after = new
    return areas


@dataclasses.dataclass
class YearGrouped:
    """What ``read_year_groups`` reads: goals, indicators, and for each indicator number
    the statements it was read from (section, area, paragraph)."""

    goals: list[Goal]
    indicators: list[Indicator]
    statements: dict[int, list[tuple[YearSection, YearArea, Paragraph]]]
    sections: list[YearSection]


def read_year_groups(doc: Document, taken: set[int] = frozenset()) -> YearGrouped | None:
    """Goals and indicators of the plan's year sections (``year_sections``), numbered after
    the highest of ``taken``; None when the plan has none. An indicator's text is each of
    its statements under its year's words ("Đến năm 2025: Giảm … 11,6‰. Đến năm 2030: …");
    its targets are each statement's, the section's year given to a target without one;
    it is cited at its first statement ("II › 2. Mục tiêu cụ thể … › a) Về … › Chỉ tiêu 3")."""
    sections = year_sections(doc)
    if not sections:
        return None
    goals: list[Goal] = []
    indicators: list[Indicator] = []
    statements: dict[int, list] = {}
    number = max(taken, default=0)
    goal_number: int | None = 0
    for _, first, slots in _slots(sections):
        if first.title:
            goal_number = len(goals) + 1
            goals.append(Goal(number=goal_number, title=_goal_title(first.title),
                              section=SEPARATOR.join(h.display() for h in first.heading.path[:-1]),
                              label=str(goal_number)))
        else:           # targets under the year's heading itself: no goal of their own
            goal_number = None
        for slot in slots:
            number += 1
            targets = []
            pieces = []
            for section, _, para in slot.statements:
                body = squash_spaces(para.body)
                pieces.append(f"{_year_label(section)}: {body}" if len(slot.statements) > 1 else body)
                for target in parse_targets(body, eliminations=True):
                    if target.year is None:
                        target.year = section.year
                    # "9,4‰" restated: per 1,000 live births as its first statement said
                    said = next((t for t in targets if t.metric_index == target.metric_index), None)
                    if said is not None and target.unit == PER_1000 and said.unit == PER_1000_LIVE_BIRTHS:
                        target.unit = said.unit
                    targets.append(target)
            _section, area, para = slot.statements[0]
            where = SEPARATOR.join([*(h.display() for h in area.heading.path), f"Chỉ tiêu {number}"])
            indicators.append(Indicator(
                number=number, goal=goal_number, text=" ".join(pieces), section=where,
                targets=targets, position=0, goal_label=str(goal_number) if goal_number else None))
            statements[number] = slot.statements
    return YearGrouped(goals=goals, indicators=indicators, statements=statements, sections=sections)


def _topic_match(topic: str, numbers: list[int], texts: dict[int, str]) -> int | None:
    """The one indicator among ``numbers`` whose statements hold most of ``topic``'s words
    (at least 60 %), None when none or two fit as well."""
    words = target_words(topic)
    if not words:
        return None
    scored = sorted(((len(words & target_words(texts[n])) / len(words), n) for n in numbers), reverse=True)
    if not scored or scored[0][0] < 0.6 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


def year_group_assignments(grouped: YearGrouped, roles) -> tuple[list[tuple[str, str]], list[Assignment]]:
    """Agencies (canonical, written) and assignments of year-grouped targets. ``roles``:
    a clause → (leads, partners), each [(canonical, written)] (``tasks._bracket_roles``).

    Each area's sentences after its targets: a clause naming a target ("riêng mục tiêu về
    đăng ký khai sinh do Sở Tư pháp chủ trì, phối hợp với …", "Sở Tư pháp chủ trì mục tiêu
    đăng ký khai sinh") gives that target its lead and partners; the other clauses give the
    area's; "như điểm b khoản 2", "các cơ quan nêu tại điểm a khoản 2" take what that
    earlier area names when the clause names none. A bracket ending a target naming a lead
    is that target's own. An indicator stated in several sections takes its roles from the
    first section that names any."""
    texts = {n: " ".join(squash_spaces(p.body) for _, _, p in st) for n, st in grouped.statements.items()}
    by_area: dict[int, list[int]] = {}
    for number, statements in grouped.statements.items():
        for _, area, _ in statements:
            by_area.setdefault(id(area), []).append(number)
    # (area id) → (leads, partners, {number: (leads, partners)}, sentence)
    read: dict[int, tuple[list, list, dict[int, tuple[list, list]], str]] = {}
    for section in grouped.sections:
        for area in section.areas:
            leads: list = []
            partners: list = []
            own: dict[int, tuple[list, list]] = {}
            sentence = " ".join(squash_spaces(p.body) for p in area.notes)
            referred = None
            for para in area.notes:
                # a bracket is a clause of its own: "như điểm b khoản 2 (Sở X chủ trì; …)"
                text = squash_spaces(para.body).replace("(", "; ").replace(")", " ")
                for part in re.split(r";|\.\s+(?=[A-ZÀ-ỸĐ])", text):
                    folded = fold_keeping_length(part)
                    refers = _REFERS_RE.search(folded)
                    if refers and referred is None:
                        referred = (refers.group(1), refers.group(2))
                    if not _ROLE_RE.search(folded):
                        continue
                    found_leads, found_partners = roles(part)
                    topic = _OWN_BEFORE_RE.search(folded) or _OWN_AFTER_RE.search(folded)
                    subject = part[topic.start(1):topic.end(1)] if topic else ""
                    if topic and not _NOT_A_TOPIC_RE.match(fold_keeping_length(subject)):
                        number = _topic_match(subject, by_area.get(id(area), []), texts)
                        if number is not None and (found_leads or found_partners):
                            own[number] = (found_leads, found_partners)
                        continue
                    leads += [n for n in found_leads if n not in leads]
                    partners += [n for n in found_partners if n not in partners and n not in leads]
            if referred:
                source = next((a for s in grouped.sections if s.label == referred[1] and s is not section
                               for a in s.areas if a.letter == referred[0]), None)
                if source is not None and id(source) in read:
                    src_leads, src_partners, src_own, src_sentence = read[id(source)]
                    leads = leads or list(src_leads)
                    partners = partners or list(src_partners)
                    for number, pair in src_own.items():
                        # the same target, stated in this area too
                        own.setdefault(number, pair)
            for para in area.items:
                body = squash_spaces(para.body)
                for bracket in _BRACKET_RE.findall(body):
                    inner = bracket.strip("()")
                    if re.search(r"(?<![a-z])chu tri(?![a-z])", fold_keeping_length(inner)):
                        found_leads, found_partners = roles(inner)
                        number = next((n for n, st in grouped.statements.items()
                                       if any(p is para for _, _, p in st)), None)
                        if number is not None and found_leads:
                            own[number] = (found_leads, found_partners)
            read[id(area)] = (leads, partners, own, sentence)
    agencies: list[tuple[str, str]] = []
    assignments: list[Assignment] = []
    for number, statements in grouped.statements.items():
        for section, area, _ in statements:
            leads, partners, own, sentence = read[id(area)]
            mine = own.get(number, (leads, partners))
            if not mine[0] and not mine[1]:
                continue
            where = SEPARATOR.join(h.display() for h in area.heading.path)
            record_roles(agencies, assignments, number, mine[0], mine[1], where, sentence)
            break
    return agencies, assignments
