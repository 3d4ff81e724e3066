"""Targets allotted by area: an appendix table giving each district (or "khu vực") its own
figure of some of the plan's targets.

Plans write it two ways: a row per area and a column per target ("| Huyện, thành phố | Mục
tiêu năm 2030 (1a) | [TẢO HÔN] (số cặp, tối đa) |"), or a row per target and a column per area
("| Chỉ tiêu | Đơn vị | TP Đồng Hới | TX Ba Đồn | … |" over "| (3) | % | 8,9 | 13,1 | … |").
A column or row names its target by the plan's own reference — a number in brackets "(3)", a
code "(1a)", "(GĐ2-14)", a bracketed label "[TẢO HÔN]" — or the table's title does ("PHÂN BỔ
CHỈ TIÊU GIẢM TẢO HÔN (NHÓM 14) THEO HUYỆN"); its year is the column's ("Mốc năm 2028") or the
title's ("… NĂM 2030"). Each figure becomes a ``Target`` with ``area`` set, kept apart from the
province's own (``Indicator.areas``): it answers only a question naming its area.
"""

from __future__ import annotations

import re

from knowledge.model import COUNT, EXACTLY, Indicator, Target
from knowledge.numbers import parse_number
from knowledge.parse.goals import BRACKET_LABEL_RE
from knowledge.parse.structure import TOTAL_RE, Document, is_area_name as _is_area, table_cells
from knowledge.text import fold, fold_keeping_length, label_key, squash_spaces

_YEAR_RE = re.compile(r"\b(20\d\d)\b")
# a target's reference alone in a cell: "(3)", "3", "(1a)", "GĐ2-14", "Chỉ tiêu 3", "[TẢO HÔN]"
_BARE_REF_RE = re.compile(r"\(?\s*(\d{1,2}|[A-Za-zĐđ]{1,4}\d?-\d{1,3}|\d{1,2}[a-zđ])\s*\)?"
                          r"|(?:[Cc]hỉ tiêu|[Cc]hi tieu)\s+(?:số\s+)?(\d{1,2})|\[[^\[\]]{2,40}\]")
# money: a budget by district allots no target (folded)
_MONEY_RE = re.compile(r"\b(?:kinh phi|ngan sach|trieu dong|ty dong|du toan|nguon von)\b")
# a table of targets says so in its title or headings (folded)
_TARGET_WORDS_RE = re.compile(r"\b(?:chi tieu|muc tieu|moc|ket qua|so goc|phan bo)\b")

_RESULT_RE = re.compile(r"\b(?:ket qua|thuc hien|so goc|nam goc|hien trang|uoc)\b")
_UNIT_HEADER_RE = re.compile(r"^\s*(?:don vi|dvt)\b")
# a target cited by number or code: "(3)", "(1a)", "(GĐ2-14)", "Nhóm 14", "chỉ tiêu 3"
_CODE_REF_RE = re.compile(r"\(\s*([A-Za-zĐđ]{1,4}\d?-\d{1,3}|\d{1,2}[a-zđ]?)\s*\)|\b(?:nhom|chi tieu)\s+(?:so\s+)?(\d{1,2})\b")


def area_breakdowns(doc: Document, indicators: list[Indicator]) -> None:
    """Give each indicator the figures a breakdown table allots to each area
    (``Indicator.areas``, ``Target.area`` the area as written). Tables whose rows and columns
    name no target, or no area, are left alone."""
    rows: list[list[str]] = []
    title: list[str] = []
    for para in doc.paragraphs + [None]:
        cells = table_cells(para.text) if para is not None else None
        if cells is not None:
            if not re.fullmatch(r"[\s:|-]*", para.text):   # "|---|---|": a separator row
                rows.append(cells)
            continue
        if rows:
            _read_table(rows, " ".join(title[-3:]), indicators)
            rows, title = [], []
        if para is not None and para.text.strip():
            title.append(para.text.strip())


def _read_table(rows: list[list[str]], title: str, indicators: list[Indicator]) -> None:
    if len(rows) < 3 or len(rows[0]) < 3:
        return
    header, body = rows[0], rows[1:]
    words = fold(f"{title} {' '.join(header)}").lower()
    if _MONEY_RE.search(words) or not _TARGET_WORDS_RE.search(words):
        return      # a budget by district, or a table that names no target: no allotment
    title_ref = _ref(title, indicators)
    title_year = _latest_year(title)
    # a row per area, a column per target (or per year of the title's target)
    columns = []
    for k, cell in enumerate(header[1:], start=1):
        if TOTAL_RE.match(fold(squash_spaces(cell)).lower()):
            continue     # "Tổng": the row's sum, no target's
        ref = _ref(cell, indicators) or title_ref
        year = _latest_year(cell) or title_year
        if ref is not None and year is not None and not _UNIT_HEADER_RE.match(fold(cell).lower()):
            columns.append((k, ref, year, bool(_RESULT_RE.search(fold(cell).lower()))))
    areas = [r for r in body if r and _is_area(r[0])]
    # (a target's own small table, named by the line above it, may hold two areas beside its total)
    if columns and (len(areas) >= 3 or (len(areas) >= 2 and title_ref is not None
                                        and any(TOTAL_RE.match(fold(r[0]).lower()) for r in body if r))):
        for row in areas:
            for k, ref, year, achieved in columns:
                _allot(ref, row[0], row[k] if k < len(row) else "", year, achieved, row)
        return
    # a row per target, a column per area
    area_columns = [(k, cell) for k, cell in enumerate(header) if k and _is_area(cell)]
    # (the row's heading the reference alone: "| (3) | % | …", not "Số lớp tập huấn … (1)")
    targets = [(r, _ref(r[0], indicators)) for r in body if r and _BARE_REF_RE.fullmatch(r[0].strip())]
    targets = [(r, ref) for r, ref in targets if ref is not None]
    if len(area_columns) >= 3 and len(targets) >= 2 and title_year is not None:
        for row, ref in targets:
            for k, area in area_columns:
                _allot(ref, area, row[k] if k < len(row) else "", title_year, False, row)


# a group of communes or areas a note gives its own figure, folded: "Các xã miền núi, biên giới",
# "Các xã ven biển và vùng ngập lụt", "Vùng đồng bào dân tộc thiểu số", "Khu vực nông thôn"
_AREA_GROUP_RE = re.compile(r"^(?:doi voi\s+)?(?:cac\s+|nhung\s+)?(?:xa(?! hoi)|phuong|huyen|vung|khu vuc|dia ban|thon|ban)\b")
# "<area group>: <figure> năm <year>", a note's statement; several apart by ";"
_AREA_NOTE_RE = re.compile(r"^\s*([^:;|]{4,80}?)\s*:\s*([^;|]+)")


def area_notes(doc: Document, indicators: list[Indicator]) -> None:
    """Figures a table's note column gives a group of areas ("| 1 | Tỷ suất tử vong trẻ em
    dưới 1 tuổi | Sở Y tế | … | Các xã miền núi, biên giới: dưới 16‰ năm 2030 |"), as
    ``Indicator.areas`` of the target the row names by its number and its name (a row whose
    name cell is not the numbered target's gives nothing). Each statement needs a year and a
    figure the target parser reads ("dưới 16‰ năm 2030", "giảm 30% so với năm 2025 vào năm
    2030"); the province's own targets are untouched."""
    from knowledge.parse.targets import parse_targets
    from knowledge.parse.topics import indicators_named

    by_number = {i.number: i for i in indicators if i.number is not None}
    for para in doc.paragraphs:
        cells = table_cells(para.text)
        if not cells or len(cells) < 3 or not re.fullmatch(r"\d{1,3}\.?", cells[0].strip()):
            continue
        indicator = by_number.get(int(cells[0].strip(" .")))
        if indicator is None or indicators_named(cells[1], [indicator]) != [indicator]:
            continue
        for cell in cells[2:]:
            for statement in cell.split(";"):
                note = _AREA_NOTE_RE.match(statement)
                if not note or not _AREA_GROUP_RE.match(fold(note.group(1)).lower()):
                    continue
                area = squash_spaces(note.group(1))
                for target in parse_targets(note.group(2)):
                    if target.year is None or any(t.area == area and t.year == target.year for t in indicator.areas):
                        continue
                    target.metric = next((t.metric for t in indicator.targets if t.metric), indicator.text)
                    target.area = target.qualifier = area
                    target.text = target.sentence = squash_spaces(statement)
                    indicator.areas.append(target)


def _ref(text: str, indicators: list[Indicator]) -> Indicator | None:
    """The indicator ``text`` names by its bracketed label, code or number, else None."""
    label = BRACKET_LABEL_RE.search(text)
    if label:
        found = [i for i in indicators if i.label and label_key(i.label) == label_key(label.group(1))]
        if found:
            return found[0]
    cell = text.strip()
    bare = _BARE_REF_RE.fullmatch(cell)
    for match in ([bare] if bare else []) + list(_CODE_REF_RE.finditer(fold_keeping_length(text.lower()))):
        code = next((g for g in match.groups() if g), None)
        if code is None:
            continue        # (a bracket holding no code: nothing named)
        if code.isdigit():
            found = [i for i in indicators if i.number == int(code)]
        else:
            found = [i for i in indicators if i.label and label_key(i.label) == label_key(code)]
        if found:
            return found[0]
    return None


def _latest_year(text: str) -> int | None:
    years = [int(y) for y in _YEAR_RE.findall(text)]
    return max(years) if years else None


def _allot(indicator: Indicator, area: str, cell: str, year: int, achieved: bool, row: list[str]) -> None:
    """Add the figure ``cell`` allots to ``area`` for ``year`` to ``indicator.areas``, in the
    unit and with the comparator of the indicator's own target of that year (else of any)."""
    written = cell.strip()
    number = re.match(r"^\s*(\d[\d.,]*)\s*(?:/\s*(\d[\d.,]*))?\s*(%|‰)?", written)
    if not number:
        return
    try:
        value = parse_number(number.group(1))
    except ValueError:
        return
    own = [t for t in indicator.targets if not t.achieved]
    base = next((t for t in own if t.year == year), own[0] if own else None)
    unit = base.unit if base else ("%" if number.group(3) == "%" else COUNT)
    area = squash_spaces(area)
    indicator.areas.append(Target(
        metric=base.metric if base else indicator.text, metric_index=base.metric_index if base else 1,
        year=year, value=value, unit=unit,
        comparator=EXACTLY if achieved or base is None else base.comparator,
        counted=f"/{number.group(2)}" if number.group(2) else (base.counted if base else None),
        qualifier=area, text=squash_spaces(" | ".join(row)), sentence=squash_spaces(" | ".join(row)),
        achieved=achieved, area=area))


# a table cell's mark calling a note below the table: "97 (a)", "5,0 (b)"
_CELL_MARK_RE = re.compile(r"\(([a-h])\)\s*$")
# the note itself: "(a) Đặc khu Phú Quốc: 98% vào năm 2030. Các xã đảo …: 92% vào năm 2030 …"
_NOTE_RE = re.compile(r"^\s*\(([a-h])\)\s+(.+)$", re.DOTALL)


def marked_notes(doc: Document, indicators: list[Indicator]) -> list[Indicator]:
    """``indicators`` less the notes a table's cells call by a mark ("| 1.3 | Tỷ lệ … | 95 |
    97 (a) |" / "(a) Đặc khu Phú Quốc: 98% vào năm 2030. Các xã đảo …: 92% vào năm 2030"),
    which a reader of lettered items takes for targets; each note's statements ("<area>:
    <figure> vào năm <year>") become ``Indicator.areas`` of the row that calls it (a
    statement with no year or no figure gives nothing). A mark no row of an indicator's
    carries, or called from two rows, leaves the paragraph as it was read."""
    from knowledge.parse.targets import parse_targets

    by_code = {label_key(i.label): i for i in indicators if i.label}
    by_number = {i.number: i for i in indicators if i.number is not None}
    callers: dict[tuple[int, str], list[Indicator]] = {}   # (table, mark) → rows calling it
    notes: dict[tuple[int, str], str] = {}
    table, in_table = 0, False     # the tables in reading order; a note goes with the one above it
    for para in doc.paragraphs:
        cells = table_cells(para.text)
        if cells and len(cells) >= 3:
            if not in_table:
                table, in_table = table + 1, True
            code = cells[0].strip().rstrip(".")
            row = by_code.get(label_key(code)) if code else None
            if row is None and code.isdigit():
                row = by_number.get(int(code))
            for cell in cells[2:] if row is not None else ():
                mark = _CELL_MARK_RE.search(cell.strip())
                if mark:
                    callers.setdefault((table, mark.group(1)), []).append(row)
            continue
        in_table = False
        note = _NOTE_RE.match(para.text)
        if note and table:
            notes[(table, note.group(1))] = note.group(2)
    dropped: set[int] = set()
    for key, text in notes.items():
        rows = callers.get(key, [])
        if len({id(r) for r in rows}) != 1:
            continue
        row = rows[0]
        for indicator in indicators:
            if indicator is not row and indicator.text.lstrip().startswith(f"({key[1]})") \
                    and squash_spaces(indicator.text)[4:40] in squash_spaces(text):
                dropped.add(id(indicator))
        metric = next((t.metric for t in row.targets if t.metric), row.text)
        for statement in re.split(r"(?<=[.;])\s+(?=[A-ZĐÀ-Ỹ])", squash_spaces(text)):
            found = _AREA_NOTE_RE.match(statement)
            if not found:
                continue
            area = squash_spaces(found.group(1))
            # "(năm 2025 đạt 86,4%)": a result reached, beside the target
            reached = {int(y) for y in re.findall(r"\(\s*năm\s+((?:19|20)\d\d)\s+(?:đã\s+)?đạt", found.group(2))}
            for target in parse_targets(found.group(2)):
                if target.year is None or any(t.area == area and t.year == target.year for t in row.areas):
                    continue
                target.achieved = target.year in reached
                target.metric = metric
                target.area = target.qualifier = area
                target.text = target.sentence = statement.strip(" .;")
                row.areas.append(target)
    return [i for i in indicators if id(i) not in dropped]

