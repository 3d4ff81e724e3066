"""Target statements no layout rule read: the last reader of a plan's targets.

``goals.py`` reads the layouts met so far (numbered indicators, tables, prose, lettered
goals, targets grouped by year). An office can mark its targets any other way: "- …",
"+ …", "• …", "a) …", "1. …" under "Nhóm 1: …" lines, or no marker at all. Whatever the
marker, a paragraph under "Mục tiêu cụ thể" (or "Các chỉ tiêu chủ yếu") that sets a target
("… đạt 95% vào năm 2025") is an indicator, and a short line there that sets none is the
title of the group of the statements under it. This module reads those paragraphs when no
rule did, so that a new plan's targets are found before a rule for its layout exists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.model import COUNT, PER_1000, PER_1000_LIVE_BIRTHS, PER_100000_CHILDREN, PERCENT, Goal, Indicator
from knowledge.parse.prose import OWN_LEAD_RE
from knowledge.parse.roles import ROLE_LINE_RE
from knowledge.parse.structure import SEPARATOR, Document, Paragraph, table_cells
from knowledge.parse.targets import DECLARED_UNIT_RE, parse_targets, with_declared_unit, without_unit_label
from knowledge.parse.verify import in_baseline_section
from knowledge.text import UNIT_LABEL_WORDS, fold_keeping_length, squash_spaces

# A line of a target's milestones under its name (folded): "Lộ trình: năm 2025: … → năm 2030:
# …", "Kết quả năm 2025: 88,5% ⟶ mốc năm 2028: 91% ⟶ mốc năm 2030: 95%."
MILESTONES_LINE_RE = re.compile(r"^(?:(?:lo trinh|cac moc|moc phan dau)\s*:\s*nam\s+(?:19|20)\d\d"
                                 r"|(?:ket qua|thuc hien|thuc trang|hien trang|phan dau|muc tieu|moc|dich|goc|tong ket|so ket(?: giua ky)?)\s+(?:nam\s+)?(?:19|20)\d\d\s*:"
                                 # "năm 2025: 96,2% ⟶ năm 2028: ≥ 97,5% ⟶ …": years alone, a step apart
                                 # (or after a step's words: "Mức năm 2025: 17 em ⟶ Yêu cầu năm 2028: …")
                                 r"|(?:[a-z]+\s+){0,3}nam\s+(?:19|20)\d\d\s*:[^⟶]{1,40}⟶"
                                 # "Số gốc (kết quả năm 2025): …", "Giữa kỳ (năm 2028): …"
                                 r"|[a-z ]{0,20}\(\s*(?:[a-z ]*\s)?nam\s+(?:19|20)\d\d\s*\)\s*:"
                                 # "Mức khởi điểm: 142 … — Mức phấn đấu năm 2028: 150 …"
                                 r"|(?:muc|gia tri|so lieu)\s+(?:khoi diem|co so|nen|goc)\b[^:]{0,20}:.*\bnam\s+(?:19|20)\d\d"
                                 # "2025 ▸ 2028 ▸ 2030:   81,3 ▸ 87 ▸ 92": the years first, their figures after
                                 # (two years a dash apart are a period: "2021 - 2025: …")
                                 r"|(?:19|20)\d\d(?:\s*[^\w\s:\-–—/]{1,2}\s*(?:19|20)\d\d){1,6}\s*:"
                                 r"|(?:19|20)\d\d(?:\s*[-–—/]\s*(?:19|20)\d\d){2,6}\s*:)")
# the years of such a line and its figures, each run apart by the same mark
# (alone on its line, or after its target's name: "… (đơn vị tính: %) 2025 ▸ 2028 ▸ 2030: …")
_YEARS_THEN_VALUES_RE = re.compile(r"^(.*?)(?<![\w.,/-])((?:19|20)\d\d(?:\s*([^\w\s:]{1,2})\s*(?:19|20)\d\d){1,6})"
                                   r"\s*:\s*(.+?)\s*$")

# "Ghi chú:", "Lưu ý:", "Chú thích:" (folded): a note under the targets, no target itself
# (… and the fields describing a target: "Nguồn số liệu: báo cáo của …", "Cách tính: …")
NOTE_LINE_RE = re.compile(r"^\(?\s*(?:ghi chu|luu y|chu thich|nguon so lieu|nguon du lieu|cach tinh|phuong phap tinh)\b[^:]{0,20}\)?\s*:")

# "Ghi chú về các chỉ tiêu của Chương trình quốc gia không đặt ký hiệu riêng": a title over
# notes on the targets (folded; its lines below are notes, none a target)
NOTES_TITLE_RE = re.compile(r"^(?:ghi chu|luu y|chu thich|giai thich|cach tinh|phuong phap tinh|nguon so lieu)\b[^:]*:?\s*$")

# "4. Nguồn số liệu và kỳ thu thập", "Giải thích từ ngữ" (folded): a heading over notes on the
# targets, none of its lines a target
_NOTES_HEADING_RE = re.compile(r"^(?:ghi chu|luu y|chu thich|giai thich|nguon so lieu|nguon du lieu|cach tinh"
                               r"|phuong phap tinh)\b")

# an item's words that name only when its figure stands: "Mốc năm 2028", "Kết quả năm 2025"
MILESTONE_WORDS_RE = re.compile(r"^[\s•·▪◦\-–]*(?:moc(?:\s+(?:so ket|tong ket|giua ky|cuoi ky))?|ket qua|muc tieu|uoc thuc hien|muc (?:khoi diem|phan dau|co so)|so goc|so ket|tong ket|dich"
                                # ("Xuất phát (kết quả …)", "Hạn hoàn thành", "Yêu cầu năm 2028", "Mức năm 2025")
                                r"|xuat phat(?: ket qua)?|han hoan thanh|yeu cau|muc"
                                r"|(?:muc )?cuoi giai doan(?: [ivx]{1,4}| \d)?|so lieu(?: goc| co so| nen)?)\b[^a-z]*(?:nam|giua ky|cuoi ky|\d|\s)*$"
                                 r"|^\s*[a-z]{1,5}\s*$")

# "2. Mục tiêu cụ thể", "MỤC TIÊU CỤ THỂ ĐẾN NĂM 2025", "Các chỉ tiêu chủ yếu", "Chỉ tiêu cụ thể:",
# "Các chỉ tiêu phấn đấu đến năm 2030", "Chỉ tiêu đến năm 2030"
# (with its label when the line is not a heading of its own: "B. Các chỉ tiêu chủ yếu")
# … or a heading naming something else first, the targets after "và": "2. Kết quả rà soát và
# chỉ tiêu cụ thể"
_REGION_START_RE = re.compile(r"^(?:(?:[a-h]|[ivx]{1,4}|\d{1,2})[.)]\s*)?(?:cac\s+)?(?:muc tieu|chi tieu)\s+"
                              r"(?:cu the|chu yeu|phan dau|den nam)\b"
                              r"|^(?:(?:[a-h]|[ivx]{1,4}|\d{1,2})[.)]\s*)?[^.;:]{3,50}\s+va\s+(?:cac\s+)?"
                              r"(?:muc tieu|chi tieu)\s+cu the\s*:?$"
                              # a part titled only so ("II. MỤC TIÊU") whose numbered lines are the targets
                              r"|^(?:[ivx]{1,4}[.)]\s*)?(?:cac\s+)?(?:muc tieu|chi tieu)(?:\s*(?:,|va)\s*(?:cac\s+)?chi tieu)?\s*:?$")
# What follows the targets in every plan's order: tasks, means, who does what, money, reports.
_REGION_END_RE = re.compile(
    r"^(?:cac\s+)?(?:nhiem vu|giai phap|to chuc thuc hien|kinh phi|phan cong|che do bao cao"
    r"|trach nhiem|dieu khoan|muc tieu (?:chung|tong quat))\b")
# "Nhóm 1:", "Nhóm chỉ tiêu II -", "Mục tiêu 2.": the label of a group line, left out of its title.
# "Nhóm A -", "Nhóm 2:", "Nhóm thứ nhất.", "Mục tiêu 1." (the label, when written, in group 1)
_GROUP_PREFIX_RE = re.compile(
    r"^(?:(?:bang|bieu)\s+\d{1,2}\s*[.:\-–]\s*)?(?:nhom|muc tieu)(?:\s+(?:cac\s+)?(?:muc tieu|chi tieu)|\s+thanh phan)?\s*"
    r"(?:thu\s+(?:nhat|hai|ba|tu|bon|nam|sau|bay|tam|chin|muoi)\b|(\d{1,2}|[ivx]{1,4}|[a-h]))?\s*[-–:.)]\s*")
# A group line is a title, not a paragraph: short, one sentence at most.
_GROUP_LINE_MAX = 160


@dataclass
class _Statement:
    para: Paragraph
    text: str
    targets: list
    group: Goal | None


def _group_title(text: str) -> str:
    """``text`` without its group prefix ("Nhóm thứ hai. Bảo vệ trẻ em" → "Bảo vệ trẻ em"):
    the prefix's stop is no sentence end."""
    prefix = _GROUP_PREFIX_RE.match(fold_keeping_length(text))
    return text[prefix.end():] if prefix else text


_HEADING_YEAR_RE = re.compile(r"\bnam\s+((?:19|20)\d\d)\b")
_YEAR_CELL_RE = re.compile(r"^\s*((?:19|20)\d\d)\b(?:\s*\([^()]*\))?\s*$")
# "| Vùng |", "| Huyện, thị xã |": a column of areas' names (a table by area), not one area's own
# column beside the whole place's ("| Kết quả năm 2025 | Khu vực phía Bắc (Bắc Kạn cũ) |")
_AREA_COLUMN_RE = re.compile(r"^(?:vung|khu vuc|dia ban|huyen|xa|phuong)"
                             r"(?:\s*[,/]\s*(?:thi xa|thanh pho|quan|phuong|xa|thi tran|dac khu))*\s*$")
_UNIT_SUFFIX = {PERCENT: "%", PER_1000: "‰", PER_1000_LIVE_BIRTHS: "‰", PER_100000_CHILDREN: "/100.000 trẻ em", COUNT: ""}


def _heading_year(para: Paragraph) -> int | None:
    """The one year the headings over ``para`` name ("Các chỉ tiêu phấn đấu đến năm 2030"),
    else None (none, or several)."""
    years = {int(y) for h in para.path if h is not para.heading
             for y in _HEADING_YEAR_RE.findall(fold_keeping_length(h.title.lower()))}
    return years.pop() if len(years) == 1 else None


def milestones_by_code(doc: Document, indicators: list[Indicator]) -> None:
    """Add to ``indicators`` the figures of a table of milestones by code ("| Mã chỉ tiêu |
    Nội dung | Mốc năm 2025 |" over "| II.3 | Tử vong do đuối nước | Không quá 5,5/100.000 |"):
    each row's figure for the year its column names, as the same measure as the indicator's
    first, unless the indicator sets that year already. Changes ``indicators`` in place."""
    # ("I.3", or "LT-03" of a statement's own bracket "(mã LT-03; …)")
    coded = {i.label.upper(): i for i in indicators if i.label and ("." in i.label or _HYPHEN_CODE_RE.match(i.label))}
    if not coded:
        return
    years: dict[int, int] = {}
    for para in doc.paragraphs:
        cells = table_cells(para.text)
        if cells is None:
            if len(para.text.strip()) > 24:
                years = {}      # (a scan's speck between a header and its rows, "KH mmmnam", is none)
            continue
        # ("Mốc năm 2025", or a year alone in its cell: "| 2026 | 2027 | 2028 (sơ kết) |")
        header = {k: int(y) for k, c in enumerate(cells)
                  for y in (_HEADING_YEAR_RE.findall(fold_keeping_length(c.lower()))
                            or _YEAR_CELL_RE.findall(fold_keeping_length(c.lower())))[:1]}
        if header and not any(c.strip().upper() in coded for c in cells):
            # a table by area ("| Mã | Vùng | 2028 | 2030 |") gives no figure of the whole place
            areas = any(_AREA_COLUMN_RE.match(fold_keeping_length(c.lower()).strip()) for c in cells)
            years = {} if areas else header
            continue
        indicator = coded.get(cells[0].strip().upper()) if cells else None
        if indicator is None or not indicator.targets:
            continue
        first = min(indicator.targets, key=lambda t: t.metric_index)
        for column, year in years.items():
            if column >= len(cells) or any(t.year == year for t in indicator.targets):
                continue
            cell = cells[column].strip()
            if re.fullmatch(r"(?:[^\W\d]+\s+)*\d[\d.,]*", cell) and first.unit in _UNIT_SUFFIX:
                # "dưới 21,8", "64": a bare figure in the unit of the target it goes on
                cell += _UNIT_SUFFIX[first.unit] if first.unit != COUNT else f" {first.counted or ''}"
            for target in parse_targets(f"{cell} vào năm {year}")[:1]:
                target.metric, target.metric_index = first.metric, first.metric_index
                target.sentence = para.text
                if {target.unit, first.unit} == {PER_1000, PER_1000_LIVE_BIRTHS}:
                    target.unit = first.unit     # "dưới 16,5‰" of "… trên 1.000 trẻ đẻ sống"
                indicator.targets.append(target)
        indicator.targets.sort(key=lambda t: (t.metric_index, t.year or 0))


# "CT-01": a target's code of capitals, a hyphen and its number
_HYPHEN_CODE_RE = re.compile(r"^[A-ZĐ]{1,4}-(\d{1,2})$")


def _marker_number(para: Paragraph) -> int | None:
    """The number a statement is written with ("1." "(1)" "1)", the number of a code
    "CT-01."), else None."""
    if para.kind == "number" and para.label and para.label.isdigit():
        return int(para.label)
    code = _HYPHEN_CODE_RE.match(para.label or "") if para.kind == "bullet" else None
    if code:
        return int(code.group(1))
    match = re.match(r"^\(?(\d{1,2})\)\s*", para.text)
    return int(match.group(1)) if match else None


def _body(para: Paragraph) -> str:
    text = para.body
    match = re.match(r"^\(?\d{1,2}\)\s*", text)
    return squash_spaces(text[match.end():] if match else text)


_LABELLED_LINE_RE = re.compile(r"^[^:]{2,30}:\s+\S.{20,}")


def target_regions(doc: Document) -> list[list[Paragraph]]:
    """The paragraphs after each "Mục tiêu cụ thể" line up to the plan's next part (a Roman
    heading, or a line opening its tasks, organisation, funding or reports): list of runs."""
    regions: list[list[Paragraph]] = []
    run: list[Paragraph] | None = None
    for para in doc.paragraphs:
        folded = fold_keeping_length(para.body).strip(" *")
        # "Phân công: Sở Y tế chủ trì nhóm 2.2; …" under a group: a label and its sentence,
        # no heading of the part that follows the targets
        if run is not None and (para.kind == "roman" or (len(folded) < _GROUP_LINE_MAX
                                                          and _REGION_END_RE.match(folded)
                                                          and not _LABELLED_LINE_RE.match(folded))):
            run = None
        if _REGION_START_RE.match(folded) and len(folded) < _GROUP_LINE_MAX:
            run = []
            regions.append(run)
            continue
        if run is not None:
            run.append(para)
    return regions


def _figures(targets) -> set[tuple[int | None, float]]:
    """The (year, value) a statement sets; those without a year only when none has one."""
    figures = {(t.year, t.value) for t in targets if not t.achieved}
    return {f for f in figures if f[0] is not None} or figures


# a statement's name: its words up to a bracket, a semicolon or its first sentence's end
_STATEMENT_NAME_RE = re.compile(r"[^(;:]*?(?=\s*(?:\(|;|:|\.\s|\.?$))")
# a milestone's step after its name's line or another step: "… sống)\n Đích 2030: …", "« Mốc 2028:"
_MILESTONE_STEP_RE = re.compile(r"(?:[«»⟶→←]|\n)\s*(?:Đích|Mốc|Gốc|Kết quả|đích|mốc|gốc|kết quả)\s+(?:năm\s+)?(?:19|20)\d\d\s*:")


# a target's steps in braces: "{2025: 21,4‰ | 2028: dưới 18‰ | 2030: dưới 15‰}"
_BRACED_STEPS_RE = re.compile(r"\{([^{}]*(?:19|20)\d\d\s*:[^{}]*)\}")


def years_then_values(line: str) -> str:
    """A line giving its years first and their figures after, each run apart by one mark, as
    clauses each its year named: "2025 ▸ 2028 ▸ 2030:   81,3 ▸ dưới 87 ▸ 92" → "năm 2025:
    81,3; năm 2028: dưới 87; năm 2030: 92". A line whose figures are not as many as its years
    is left as written (which figure goes with which year would be a guess)."""
    match = _YEARS_THEN_VALUES_RE.match(line)
    if not match:
        return line
    mark = match.group(3)
    years = [y.strip() for y in match.group(2).split(mark)]
    values = [v.strip() for v in match.group(4).rstrip(" .;").split(mark)]
    if len(values) != len(years) or not all(values) or (len(years) == 2 and mark in "-–—/"):
        return line     # "2021 - 2025: 30 - 35 tỷ đồng" is a period and a range
    return match.group(1) + "; ".join(f"năm {y}: {v}" for y, v in zip(years, values))


def milestones_as_clauses(line: str) -> str:
    """A milestones line's steps as clauses, each its year named: "Đích 2030: dưới 15% « Mốc
    2028: dưới 16,8% « Gốc 2025: 18,3%" → "Đích năm 2030: dưới 15%; Mốc năm 2028: …; Gốc năm
    2025: 18,3%" (the arrows, guillemets between steps and a bare year before its colon read as
    figures otherwise); or its years first, their figures after (``years_then_values``)."""
    line = years_then_values(line)
    # (or dashes: "Mức khởi điểm: 6,9‰ — Mức phấn đấu năm 2028: 6,2‰", read as a range otherwise)
    line = re.sub(r"(?:\s*[«»⟶→←⟵]|\s+[-–—])\s*(?=[^\W\d_][^:]{0,30}(?:19|20)\d\d\s*\)?\s*:)", "; ", line)
    return re.sub(r"(?i)\b(?<!năm )((?:19|20)\d\d)(\s*:)", r"năm \1\2", line)


def unread_statements(doc: Document, claimed: set[int], read: list[Indicator],
                      goals: list[Goal]) -> tuple[list[Goal], list[Indicator]]:
    """Goals and indicators of the target statements under "Mục tiêu cụ thể" that no layout
    rule read (``claimed``: positions of the paragraphs read already). A statement whose
    figures an indicator ``read`` already sets (a summary of an appendix table's rows) is
    that indicator, not another. A statement keeps the number it is written with when every
    such number is new and none repeats; else it is unnumbered, known by its group and its
    words. A group line read as a goal already (``goals``, the same section) is that goal; the
    others are numbered after the goals that hold an indicator. ([], []) when there are none."""
    def read_as_goal(para: Paragraph, text: str) -> Goal | None:
        folded = fold_keeping_length(text.lower())
        return next((g for g in goals if g.section == para.section and g.title
                     and fold_keeping_length(g.title.lower()) in folded), None)
    goal_count = max((i.goal for i in read if i.goal is not None), default=0)
    numbered_goals = 0      # groups numbered here
    taken = {i.number for i in read if i.number is not None}
    known = [_figures(i.targets) for i in read]
    statements: list[_Statement] = []
    groups: list[Goal] = []
    for region in target_regions(doc):
        group: Goal | None = None
        joined: set[int] = set()
        notes_path = None       # the headings over a notes title ("Ghi chú về các chỉ tiêu …")
        for k, para in enumerate(region):
            if notes_path is not None and para.kind == "bullet" and para.path[:len(notes_path)] == notes_path:
                continue        # the notes' own lines, under their title (or it their heading), set no targets
            notes_path = None
            if para.kind == "plain" and len(para.text) < 160 \
                    and NOTES_TITLE_RE.match(fold_keeping_length(para.text.strip().lower())):
                notes_path = para.path
                continue
            if para.position in claimed or para.position in joined or table_cells(para.text) is not None \
                    or any(in_baseline_section(h.title) for h in para.path) \
                    or any(_NOTES_HEADING_RE.match(fold_keeping_length(h.title.lower())) for h in para.path):
                continue
            text = _body(para)
            if not text or NOTE_LINE_RE.match(fold_keeping_length(text.lower())):
                continue        # ("Ghi chú: …" notes on the targets, none itself)
            if _BRACED_STEPS_RE.search(text):
                # "… — {2025: 21,4‰ | 2028: dưới 18‰ | 2030: dưới 15‰}": the steps as clauses
                text = _BRACED_STEPS_RE.sub(lambda m: " " + milestones_as_clauses(m.group(1).replace("|", ";")), text)
            step = _MILESTONE_STEP_RE.search(text)
            named = None
            if step and DECLARED_UNIT_RE.search(text[:step.start()]):
                # "… (đơn vị tính: %) ⟶ mốc 2028: 91 ⟶ đích 2030: 94": bare figures in the unit its name declares
                name_part = text[:step.start()]
                text = f"{name_part} {with_declared_unit(name_part, milestones_as_clauses(text[step.start():]))}"
                named = without_unit_label(name_part).strip().rstrip(".:")
            elif step:
                text = milestones_as_clauses(text)   # its name and milestones in one paragraph
            elif years_then_values(text) != text:
                # "… (đơn vị tính: %) 2025 ▸ 2028 ▸ 2030: 81,3 ▸ 87 ▸ 92": the unit its name declares
                name_part = _YEARS_THEN_VALUES_RE.match(text).group(1)
                text = name_part + with_declared_unit(name_part, years_then_values(text)[len(name_part):])
                named = without_unit_label(name_part).strip().rstrip(".:")
            after = region[k + 1] if k + 1 < len(region) else None
            if para.label and after is not None and after.position not in claimed \
                    and MILESTONES_LINE_RE.match(fold_keeping_length(after.text.strip().lower())) \
                    and not parse_targets(_RESULT_BRACKET_RE.sub("", text)):
                # (its result may stand in a bracket after the name: "… (đơn vị tính: ‰) [năm 2025: 19,7‰]")
                # "(C) Tỷ suất tử vong trẻ sơ sinh." over "Kết quả năm 2025: 6,1‰ ⟶ mốc năm 2028:
                # …": the target's name, its figures on the line below
                name = squash_spaces(_RESULT_BRACKET_RE.sub("", without_unit_label(text))).strip().rstrip(".")
                text = f"{text} {with_declared_unit(text, milestones_as_clauses(squash_spaces(after.text)))}"
                joined.add(after.position)
            else:
                name = named
            # "(Sở Y tế chủ trì; Hội Phụ nữ phối hợp)" closing it names who leads (ingest reads it)
            targets = _beyond_name(parse_targets(OWN_LEAD_RE.sub("", text), eliminations=True), text)
            for t in targets if name else ():
                t.metric = name      # each milestone ("mốc năm 2030: 95%") measures what the name says
            for t in targets if not name else ():
                if MILESTONE_WORDS_RE.match(fold_keeping_length(t.metric.lower())):
                    # "…; tổng kết năm 2030: 02 diễn đàn/năm": a milestone's word names no measure
                    t.metric = _STATEMENT_NAME_RE.match(text).group(0).strip(" .;:(")
            if targets and any(_figures(targets) <= figures for figures in known):
                continue
            if targets and all(t.year is None for t in targets) and _DECLARES_TARGETS_RE.search(text):
                continue    # "Nhóm TG - …: 03 chỉ tiêu, từ TG-01 đến TG-03": a group declared, no target
            if targets:
                year = _heading_year(para)
                if year is not None and all(t.year is None for t in targets if not t.achieved):
                    # "2. Các chỉ tiêu phấn đấu đến năm 2030" over "II.2. … dưới 0,8%": its year
                    # (a result in brackets "(năm 2025: 1,46%)" keeps its own)
                    for t in targets:
                        if not t.achieved:
                            t.year = year
                if group is not None and group.number is None:
                    # "a) Về …" read as a lettered heading, now the goal of the statements under it
                    numbered_goals += 1
                    group.number = goal_count + numbered_goals
                    group.label = group.label or str(group.number)
                statements.append(_Statement(para, text, targets, group))
            elif len(text) < _GROUP_LINE_MAX and not re.search(
                    r"[.;!?](?:\s|$)", _group_title(text).rstrip(" .:")) \
                    and not ROLE_LINE_RE.match(fold_keeping_length(text.lstrip("( ").lower())):
                # ("(Chủ trì: Sở Y tế.)" under a target names who leads it: no group)
                existing = read_as_goal(para, text)
                if existing is not None:
                    group = existing
                    continue
                prefix = _GROUP_PREFIX_RE.match(fold_keeping_length(text))
                title = _group_title(text)
                numbered_goals += 1
                # "Nhóm A - …": the label as written, as the agencies' paragraphs cite it
                # ("chỉ tiêu (v) của Nhóm A"); else its rank
                label = text[prefix.start(1):prefix.end(1)] if prefix and prefix.group(1) else None
                group = Goal(number=goal_count + numbered_goals, title=title.strip(" .:-–*"),
                             section=para.section, label=label or str(goal_count + numbered_goals))
                groups.append(group)
    if not statements:
        return [], []
    numbers = [_marker_number(s.para) for s in statements]
    numbered = all(n is not None for n in numbers) and len(set(numbers)) == len(numbers) \
        and not set(numbers) & taken
    indicators = []
    for statement, number in zip(statements, numbers):
        group = statement.group
        where = SEPARATOR.join(h.display() for h in statement.para.path if h is not statement.para.heading)
        # the group's title when the path does not say it already ("2.1. Nhóm chỉ tiêu về …")
        titled = group is not None and fold_keeping_length(group.title.lower()) not in fold_keeping_length(where.lower())
        # an item numbered within its group ("(iii)", "II.3"): cited and assigned by that marker
        # … or by its group and order ("1.1. Xã, thị trấn phù hợp với trẻ em. …" in "Nhóm 1")
        # … or by its letter in a decision's clause ("a) Tỷ suất …", cited "điểm a khoản 2")
        # … or by its number within its group ("chỉ tiêu 2 Nhóm III", the numbers restarting)
        label = statement.para.label if statement.para.kind in ("bullet", "subnumber", "letter", "number") else None
        own_code = _OWN_CODE_RE.search(statement.text)
        if own_code and not numbered:
            # "- Tỷ lệ … đạt 80% vào năm 2030 (mã LT-01; kết quả năm 2025: 61,2%)": the code the
            # statement gives itself, which the plan's tables cite
            label = own_code.group(1)
        cited = (f"Chỉ tiêu {label}" if "." in label or label.isdigit() else f"({label})") if label else ""
        # a numbered code ("CT-01") is cited as written: the answers show it so
        written = label if label and _HYPHEN_CODE_RE.match(label) else number
        parts = [where, group.title if titled else "", f"Chỉ tiêu {written}" if numbered else cited]
        indicators.append(Indicator(
            number=number if numbered else None, goal=group.number if group else None,
            text=statement.text, section=SEPARATOR.join(p for p in parts if p),
            targets=statement.targets, position=0, group=None if numbered else (group.title if group else None),
            goal_label=(group.label or (str(group.number) if group.number is not None else None)) if group else None,
            # (a numbered code keeps its code too: "NA-05" is asked by it, as the roles cite it)
            label=(label if label and _HYPHEN_CODE_RE.match(label) else None) if numbered else label))
    used = {id(s.group) for s in statements if s.group is not None}
    return [g for g in groups if id(g) in used], indicators


# "[năm 2025: 19,7‰]", "(kết quả năm 2025: 61%)": a result in a bracket after a target's name
_RESULT_BRACKET_RE = re.compile(r"[\[(][^\[\]()]*(?:19|20)\d\d[^\[\]()]*[\])]")
# "(đơn vị tính: %)": the label closing a target's name, its figures after it
_UNIT_LABEL_RE = re.compile(rf"\(\s*{UNIT_LABEL_WORDS}\s*:", re.IGNORECASE)


def _beyond_name(targets: list, text: str) -> list:
    """``targets`` without the yearless figures of a name that declares its unit ("Tỷ lệ trẻ em
    tại 18 xã biên giới được … (đơn vị tính: %). Kết quả năm 2025: 54,5%; …": "18 xã" is whom
    it measures), when the figures after the name have their years."""
    label = _UNIT_LABEL_RE.search(text)
    if not label or not any(t.year is not None for t in targets):
        return targets
    return [t for t in targets if t.year is not None or not t.text
            or not 0 <= text.find(t.text) < label.start()]


_DECLARES_TARGETS_RE = re.compile(r"\b\d{1,2}\s+chỉ tiêu\b", re.IGNORECASE)
# "(mã LT-01; …)", "(mã số CT-05)": the code a statement gives itself in a bracket
_OWN_CODE_RE = re.compile(r"\(\s*(?:mã|Mã)(?:\s+số)?\s*:?\s*([A-ZĐ]{1,4}[-.]\d{1,3})\b")
# "1/ Tỷ suất …", "(1) …", "1) …": an item's own number before its statement
_ITEM_NUMBER_RE = re.compile(r"^\s*\(?(\d{1,2})\s*[)/]\s*")
# "nhóm sức khỏe và dinh dưỡng (các chỉ tiêu số 1 đến số 4)", "nhóm tham gia (số 15 và số 16)"
# (folded): a group the plan declares by the range of its targets' numbers
_DECLARED_GROUP_RE = re.compile(
    r"\bnhom\s+(?:chi tieu\s+)?(?:ve\s+)?([^();:]{3,90}?)\s*\(\s*(?:cac\s+|gom\s+)?(?:chi tieu\s+)?"
    r"(?:so\s+)?(\d{1,2})\s*(den|-|–|va)\s*(?:so\s+)?(\d{1,2})\s*\)")


def declared_groups(doc: Document) -> list[tuple[Goal, list[int]]]:
    """Goals a plan declares in a sentence by the numbers of their targets ("chia thành 04
    nhóm: nhóm sức khỏe và dinh dưỡng (các chỉ tiêu số 1 đến số 4); … (số 15 và số 16)"),
    numbered in order, each with the numbers of its targets. [] when no paragraph declares
    two such groups."""
    for para in doc.paragraphs:
        folded = fold_keeping_length(para.text.lower())
        found = list(_DECLARED_GROUP_RE.finditer(folded))
        if len(found) < 2:
            continue
        goals = []
        for rank, match in enumerate(found, start=1):
            first, last = int(match.group(2)), int(match.group(4))
            numbers = [first, last] if match.group(3) == "va" else list(range(first, last + 1))
            if not numbers or numbers[0] > numbers[-1]:
                return []
            title = para.text[match.start(1):match.end(1)].strip(" ,.")
            goals.append((Goal(number=rank, title=title[:1].upper() + title[1:], section=para.section,
                               label=str(rank), declared_indicator_count=len(numbers)), numbers))
        return goals
    return []


def statements_under_agencies(blocks: list[tuple[Paragraph, list[Paragraph]]],
                              groups: list[tuple[Goal, list[int]]]) -> tuple[list[Indicator], dict[int, int]]:
    """Targets a plan lists only inside its agencies' parts ("1. Trung tâm Y tế thành phố"
    over "Chỉ tiêu chủ trì:" and "1/ Tỷ suất tử vong trẻ em dưới 1 tuổi: năm 2025 giảm xuống
    dưới 8‰; năm 2030 không quá 7‰."): each paragraph of an agency's block (``blocks``, as
    ``tasks.find_organisation_sections`` gives them) that opens with its number and sets a
    target for a year is the indicator of that number, in the goal of ``groups`` declaring
    it. Returns the indicators in number order and {paragraph position: number} (ingest gives
    each its block's agency as lead). ([], {}) unless the numbers are new and none repeats."""
    found: list[tuple[int, Paragraph, str, list]] = []
    for _, paragraphs in blocks:
        for para in paragraphs:
            match = _ITEM_NUMBER_RE.match(para.body)
            if not match:
                continue
            text = squash_spaces(para.body[match.end():])
            targets = parse_targets(OWN_LEAD_RE.sub("", text), eliminations=True)
            if targets and any(t.year is not None for t in targets):
                found.append((int(match.group(1)), para, text, targets))
    numbers = [n for n, *_ in found]
    if len(found) < 2 or len(set(numbers)) != len(numbers):
        return [], {}
    goal_of = {n: g for g, numbers in groups for n in numbers}
    indicators = []
    for position, (number, para, text, targets) in enumerate(sorted(found, key=lambda f: f[0])):
        goal = goal_of.get(number)
        indicators.append(Indicator(number=number, goal=goal.number if goal else None, text=text,
                                    section=SEPARATOR.join([para.section, f"Chỉ tiêu {number}"]),
                                    targets=targets, position=position,
                                    goal_label=goal.label if goal else None))
    return indicators, {para.position: number for number, para, _, _ in found}
