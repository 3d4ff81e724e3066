"""Targets written only as the rows of reporting forms (blind round 91's layout): a plan whose
body sets no figure, its targets the rows of forms attached to it, each under a title "Biểu số
02/TE-CB" and its subject "CHỈ TIÊU VỀ BẢO VỆ TRẺ EM", with boxes "Đơn vị báo cáo: Sở Nội vụ" and
"Đơn vị cung cấp số liệu: Công an tỉnh; …" over a table "| Dòng | Tên chỉ tiêu | Đơn vị tính |
Thực hiện năm 2025 | Mốc năm 2028 | Đích năm 2030 | Thực hiện năm báo cáo | Ghi chú |" whose rows
are numbered anew in each form. A target is cited "dòng 3 Biểu số 02/TE-CB".

``form_targets(doc)`` gives the goals (one per form, ``number`` and ``label`` its form's number)
and indicators (``label`` the citation ``form_row_citation(row, form)``, ``goal_label`` the
form's number), or None when fewer than two forms hold targets so. ``form_roles(doc)`` gives who
leads and partners each row, when the plan says its boxes name them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from knowledge.model import EXACTLY, Goal, Indicator
from knowledge.parse.structure import SEPARATOR, Document, table_cells
from knowledge.parse.targets import parse_targets, with_declared_unit
from knowledge.text import fold_keeping_length, squash_spaces

# "Biểu số 02/TE-CB", "Mẫu số 3", "Phụ biểu 01" (folded): a form's title, a line of its own or
# run into its subject and boxes
_FORM_TITLE_RE = re.compile(r"^(?:bieu|mau|phu bieu)\s+(?:so\s+)?(\d{1,2})(\s*/\s*[a-z0-9.\-]{1,12})?\s*[.:]?(?:\s+|$)")
# a form's boxes: "Đơn vị báo cáo: Sở Y tế", "Đơn vị cung cấp số liệu: …" (folded)
_BOX_RE = re.compile(r"(don vi bao cao|don vi cung cap so lieu|don vi nhan bao cao|ky bao cao)\s*:\s*")
# a row's note naming who leads it instead of the form's reporter: "Chủ trì: Công an tỉnh (*)"
_NOTE_LEAD_RE = re.compile(r"^\s*(?:cơ quan\s+)?chủ trì\s*:\s*(.+?)\s*(?:\(\s*\**\s*\))?\s*\.?\s*$", re.IGNORECASE)
# the plan's own rule that a form's boxes name the roles: "Cơ quan đứng tên tại ô "Đơn vị báo
# cáo" … là cơ quan chủ trì …; các cơ quan ghi tại ô "Đơn vị cung cấp số liệu" là cơ quan phối
# hợp" (folded)
_REPORTER_LEADS_RE = re.compile(r"don vi bao cao\W[^.;]{0,120}?\bchu tri\b")
_PROVIDERS_PARTNER_RE = re.compile(r"don vi cung cap so lieu\W[^.;]{0,120}?\bphoi hop\b")
# a column's header: its year, and whether it reports a result ("Thực hiện năm 2025")
_YEAR_RE = re.compile(r"\b((?:19|20)\d\d)\b")
_PAST_RE = re.compile(r"thuc hien|ket qua|hien trang|thuc trang|\buoc\b|co so|goc")


def form_row_citation(row: int | str, form: int | str) -> str:
    """A form's row as a plan cites it, the label of its target: (3, 2) → "dòng 3 Biểu số 02"."""
    return f"dòng {int(row)} Biểu số {int(form):02d}"


@dataclass
class _Form:
    number: int
    code: str                   # as written: "Biểu số 02/TE-CB"
    subject: str = ""           # "Chỉ tiêu về bảo vệ trẻ em"
    boxes: dict[str, str] = field(default_factory=dict)    # folded box name → its text
    rows: list[tuple[int, list[str], "_Columns", str]] = field(default_factory=list)   # (row, cells, header, as written)


@dataclass
class _Columns:
    name: int
    unit: int | None
    years: list[tuple[int, int, bool]]      # (column, year, a result)
    note: int | None


def _columns(cells: list[str]) -> _Columns | None:
    """What a form's header row says, or None when it is no header of targets by year."""
    folded = [fold_keeping_length(c.lower()).strip() for c in cells]
    name = next((k for k, c in enumerate(folded) if ("chi tieu" in c or "noi dung" in c) and not _YEAR_RE.search(c)), None)
    years = [(k, int(_YEAR_RE.findall(c)[-1]), bool(_PAST_RE.search(c))) for k, c in enumerate(folded)
             if name is not None and k > name and _YEAR_RE.search(c)]
    if name is None or len(years) < 2:
        return None
    unit = next((k for k, c in enumerate(folded) if re.search(r"\bdon vi tinh\b|\bdvt\b", c)), None)
    note = next((k for k, c in enumerate(folded) if c.startswith("ghi chu")), None)
    return _Columns(name, unit, years, note)


def _forms(doc: Document) -> list[_Form]:
    forms: list[_Form] = []
    form: _Form | None = None
    columns: _Columns | None = None
    for para in doc.paragraphs:
        text = squash_spaces(para.text)
        folded = fold_keeping_length(text.lower())
        title = _FORM_TITLE_RE.match(folded)
        rest = text[title.end():] if title else ""
        box = _BOX_RE.search(fold_keeping_length(rest.lower()))
        head = rest[:box.start()] if box else rest
        if title and (not head.strip() or head.isupper()):
            # (its subject "CHỈ TIÊU VỀ …" in capitals, or its boxes, may follow on its line)
            form = _Form(int(title.group(1)), text[:title.end()].strip(" .:"))
            forms.append(form)
            columns = None
            text, folded = rest.strip(), fold_keeping_length(rest.strip().lower())
        if form is None or not text:
            continue
        cells = table_cells(text)
        if cells is None:
            boxes = list(_BOX_RE.finditer(folded))
            if not form.subject and not form.rows:
                subject = text[:boxes[0].start()].strip() if boxes else text
                if subject.isupper() and len(subject) < 160:    # "CHỈ TIÊU VỀ BẢO VỆ TRẺ EM"
                    form.subject = subject[:1] + subject[1:].lower()
            # (a PDF may run the boxes into one paragraph)
            for box, after in zip(boxes, boxes[1:] + [None]):
                form.boxes[box.group(1)] = text[box.end():after.start() if after else len(text)].strip(" ;.")
            continue
        if columns is None:
            columns = _columns(cells)
            continue
        number = re.fullmatch(r"\s*0?(\d{1,2})\s*\.?\s*", cells[0])
        if number:
            form.rows.append((int(number.group(1)), cells, columns, text))
        elif form.rows and len(cells) < len(form.rows[-1][1]):
            # "| Chủ trì: Tỉnh đoàn (*) |": the end of the row above, a page's width wrapped
            row, above, header, written = form.rows[-1]
            form.rows[-1] = (row, above + [c for c in cells if c.strip()], header, f"{written} {text}")
    forms = [f for f in forms if f.rows]
    # one series of forms holds the targets ("Biểu số 01/TE-CB" … "05/TE-CB"): another kind of
    # form beside it ("Mẫu số 02/BC-TE", a progress report) is none of them, nor a number again
    series = [_series(f.code) for f in forms]
    main = max(set(series), key=series.count) if series else None
    kept, numbers = [], set()
    for form, kind in zip(forms, series):
        if kind == main and form.number not in numbers:
            kept.append(form)
            numbers.add(form.number)
    return kept


def _series(code: str) -> tuple[str, str]:
    """The kind of a form's title and the code after its number: ("bieu", "/te-cb") of "Biểu
    số 02/TE-CB"."""
    folded = fold_keeping_length(code.lower())
    title = _FORM_TITLE_RE.match(folded)
    return folded.split()[0], re.sub(r"\s", "", title.group(2) or "") if title else ""


def _row_targets(name: str, unit: str, cells: list[str], columns: _Columns) -> list:
    """A row's figures, each for its column's year; those of a result column achieved."""
    declared = f"{name} (đơn vị tính: {unit})" if unit else name
    found = []
    for index, year, past in columns.years:
        cell = squash_spaces(cells[index]) if index < len(cells) else ""
        if not re.search(r"\d", cell):
            continue
        line = with_declared_unit(declared, f"{'Kết quả' if past else 'Mức'} năm {year}: {cell}")
        for target in parse_targets(f"{declared}. {line}", eliminations=True):
            if target.year != year:
                continue
            target.metric, target.metric_index = name, 1
            if past:
                target.comparator, target.comparator_text, target.achieved = EXACTLY, None, True
            found.append(target)
            break
    return found


def form_targets(doc: Document) -> tuple[list[Goal], list[Indicator]] | None:
    """(goals, indicators) of targets written as the numbered rows of reporting forms; None
    when fewer than two forms hold such rows (one table is read as the plan's table of
    targets)."""
    forms = _forms(doc)
    if len(forms) < 2:
        return None
    goals: list[Goal] = []
    indicators: list[Indicator] = []
    for form in forms:
        goals.append(Goal(number=form.number, title=form.subject or form.code, section=form.code,
                          label=str(form.number)))
        for row, cells, columns, written in form.rows:
            name = squash_spaces(cells[columns.name]) if columns.name < len(cells) else ""
            unit = squash_spaces(cells[columns.unit]) if columns.unit is not None and columns.unit < len(cells) else ""
            targets = _row_targets(name, unit, cells, columns)
            if not name or not targets:
                continue
            for target in targets:
                target.sentence = written     # quoted as the form's row
            indicators.append(Indicator(
                number=None, goal=form.number, text=name + (f" (đơn vị tính: {unit})" if unit else ""),
                section=f"{form.code}{SEPARATOR}Dòng {row}", targets=targets, position=len(indicators),
                group=goals[-1].title, goal_label=str(form.number), label=form_row_citation(row, form.number)))
    if sum(1 for f in forms if any(i.goal == f.number for i in indicators)) < 2:
        return None
    used = {i.goal for i in indicators}
    return [g for g in goals if g.number in used], indicators


def form_roles(doc: Document) -> list[tuple[str, str, list[str]]]:
    """(citation, lead as written, partners as written) of each form row, when the plan says
    that a form's "Đơn vị báo cáo" box names who leads its rows (and its "Đơn vị cung cấp số
    liệu" box who partners): a row whose note names its own lead ("Chủ trì: Công an tỉnh (*)")
    is led so, the form's reporter then a partner. [] when the plan says no such rule."""
    whole = fold_keeping_length(" ".join(p.text for p in doc.paragraphs).lower())
    if not _REPORTER_LEADS_RE.search(whole):
        return []
    providers_partner = bool(_PROVIDERS_PARTNER_RE.search(whole))
    found = []
    for form in _forms(doc):
        reporter = form.boxes.get("don vi bao cao", "")
        providers = [p.strip() for p in re.split(r"\s*;\s*", form.boxes.get("don vi cung cap so lieu", ""))
                     if p.strip()] if providers_partner else []
        for row, cells, columns, _ in form.rows:
            # (its note in the note's column, or wrapped after the figures)
            last = max(k for k, _, _ in columns.years)
            notes = [cells[columns.note]] if columns.note is not None and columns.note < len(cells) else []
            own = next((m for c in notes + cells[last + 1:] if (m := _NOTE_LEAD_RE.match(c))), None)
            lead = own.group(1) if own else reporter
            partners = ([reporter] if own and reporter else []) + providers
            partners = [p for p in partners if fold_keeping_length(p.lower()) != fold_keeping_length(lead.lower())]
            if lead:
                found.append((form_row_citation(row, form.number), lead, partners))
    return found
