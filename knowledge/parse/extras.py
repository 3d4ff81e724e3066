"""Deadlines, telephone contacts, agency mentions and the campaign of a plan."""

from __future__ import annotations

import re
from typing import Callable

from knowledge.parse.agencies import ABBREVIATIONS, STANDARD_FIELDS, expand_abbreviations, split_agencies
from knowledge.model import Campaign, Contact, Deadline, Funding
from knowledge.numbers import NUMBER_PATTERN, digits_only, parse_number
from knowledge.parse.structure import TITLE_LINE_END_RE, Document, Paragraph
from knowledge.text import fold_keeping_length, normalize, ocr_key, scan_repaired, squash_spaces

Resolver = Callable[[str], "str | None"]

# "trước ngày 15/12", "trước ngày 15/12/2023", "trước ngày 10 tháng 12 (năm 2023)", "chậm
# nhất ngày 15/11 hằng năm" (blind round 169), "hạn chót là ngày 31/3".
_DEADLINE_RE = re.compile(r"(?<![\w/-])(?:tr[a-z]{1,4}|cham nhat(?:\s+(?:la|vao|den))?|han (?:chot|cuoi)(?:\s+la)?)\s+ngay\s+(\d{1,2})(?:\s*/\s*|\s+thang\s+)(\d{1,2})"
                          r"(?:\s*/\s*(\d{4})|\s+nam\s+(\d{4}))?")
# "chậm nhất sau 03 ngày", "trong vòng 24 giờ" / "trong thời hạn 03 ngày" (in a report's sentence).
_WITHIN_RE = re.compile(r"(?:cham nhat\s+(?:sau\s+|trong\s+(?:vong\s+)?)?|(?<![a-z])trong\s+(?:vong|thoi han)\s+)"
                        r"(\d{1,3})\s+(ngay|gio)(?![a-z])")
_REPORTING_RE = re.compile(r"bao cao|thong bao|gui|chuyen")
# A report due more often than yearly: "báo cáo 6 tháng", "báo cáo quý".
_PART_YEAR_RE = re.compile(r"bao cao\s+(?:(?:6|06|sau)\s+thang|quy|hang quy|dinh ky\s+(?:(?:6|06|sau)\s+thang|(?:hang\s+|moi\s+)?quy))")
# "… kết quả thực hiện Kế hoạch 6 tháng trước ngày 20 tháng 6 và cả năm trước ngày 20 tháng
# 12": a date's own words naming half a year just before it (not "ngày 6 tháng 7", a date)
_PART_YEAR_BEFORE_RE = re.compile(r"(?<![\d,])(?<!ngay )(?:6|06|sau)\s+thang(?:\s+dau nam)?\s*[,(]?\s*tr[a-z]{1,4}\s+ngay\s+\d")
# a bracket naming the report of the date it follows: " (báo cáo 6 tháng)", " (báo cáo năm)" (folded)
_DATE_LABEL_RE = re.compile(r"\s*\(\s*(bao cao\s+(?:(?:6|06|sau)\s+thang|quy|nam|hang nam|ca nam)[^()]{0,20})\)")
# What is sent, not where: "gửi báo cáo kết quả … về Sở X" goes to Sở X.
_SENT_THING_RE = re.compile(r"^(?:bao cao|ke hoach|van ban|ket qua|thong tin|du lieu|so lieu|so ket|tong ket)\b")
# "báo cáo Ủy ban nhân dân tỉnh trước ngày …": the one reported to, right after the verb.
# (a name ends at a colon or a figure: "về Sở Y tế: báo cáo 6 tháng …", "báo cáo Sở Y tế 6 tháng …")
_REPORT_TO_RE = re.compile(r"(?<![a-z])bao cao\s+(.+?)(?=\s+(?:truoc|trong|de|ve|theo|dinh ky|cham nhat|sau|khi"
                           r"|hang|ngay|han|thoi han)\b|\s+\d|[,.;:()]|$)")
_RECIPIENT_RE = re.compile(
    r"(?<![a-z])(?<!ket )(?<!bao )(?<!thong )(gui|ve|qua)\s+(?:ve\s+)?(.+?)(?=\s+(?:de|tong hop|truoc|theo|trong|chau|cham nhat|han)\b"
    r"|\s+\d|[,.;:()]|$)")
# a comma before a capitalised word: the name before it goes on ("Sở Văn hóa, Thể thao và Du lịch")
_NAME_GOES_ON_RE = re.compile(r",\s*(?=[A-ZĐÀ-Ỹ])")
# a unit's name that may enumerate its fields ("Phòng Bảo vệ, chăm sóc trẻ em và Bình đẳng giới")
_UNIT_HEAD_RE = re.compile(r"^(?:Phòng|Ban|Cục|Chi cục|Trung tâm|Văn phòng)\s")
# … and where it ends: a bracket, a clause, or the contact details after it
_UNIT_NAME_END_RE = re.compile(r"[;()]|\.(?:\s|$)|,\s*(?:thư điện tử|email|e-mail|điện thoại|số điện thoại|địa chỉ|ĐT|fax)\b"
                               r"|\s+(?:trước|trong|để|theo)\s", re.IGNORECASE)
# where a recipient's name ends (folded), as ``_RECIPIENT_RE`` ends it
_RECIPIENT_STOP_RE = re.compile(r"\s+(?:de|tong hop|truoc|theo|trong|chau)\b|\s+\d|[,.;:()]|$")
_WHO_VERBS = re.compile(r"\s(?:can cu|xay dung|co trach nhiem|bao cao|chu dong|xay ra|thuc hien|gui|tong hop)\b")
_NOT_WHO_RE = re.compile(r"(?:bao cao|tong hop|gui|chu tri|thuc hien|trien khai|la)(?![a-z])")   # ("Là cơ quan thường trực, …": no subject)
_WHO_TAIL_RE = re.compile(r"\s+(?:phai duoc|phai|duoc|can duoc|can)$")


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer(r"[.;](?=\s+(\S))|$", text):
        following = match.group(1) if match.lastindex else None
        if following is not None and not (following[0].isupper() or following[0] == "-"):
            continue
        spans.append((start, match.end()))
        start = match.end()
    return [s for s in spans if text[s[0]:s[1]].strip()]


# "Sở Nội vụ: tổng hợp, báo cáo …": an office labelling the duties after its colon
_OFFICE_LABEL_RE = re.compile(r"^((?:Sở|Ban|Công an|Ủy ban|UBND|Tỉnh đoàn|Hội|Bộ|Phòng|Trung tâm|Bảo hiểm)\s[^:]{1,40}?):\s*"
                              r"(?=tổng hợp|báo cáo|gửi|chủ trì|theo dõi)", re.IGNORECASE)


def _own_office(sentence: str, section: str, resolve: Resolver) -> str | None:
    """Who reports in a sentence that opens on its verb: the office of its section."""
    text = _duty(re.sub(r"^[-\s]*(?:[a-zđ]\)\s+)?", "", sentence))
    return _section_office(section, resolve) if _VERB_FIRST_RE.match(fold_keeping_length(text).lower()) else None


def _duty(text: str) -> str:
    """A sentence less its label ("Báo cáo vụ việc: …") and its "hằng năm," opening."""
    text = re.sub(r"^[^:]{0,40}:\s*", "", text)
    # ("Trước ngày 31 tháng 10 hằng năm, trình …": the date first, the duty after its comma)
    text = re.sub(r"^(?:trước ngày|chậm nhất (?:vào |là )?ngày)\s+[^,]{1,30},\s*", "", text, flags=re.I)
    return re.sub(r"^(?:hàng năm|định kỳ hàng năm|hằng năm)\s*,\s*", "", text, flags=re.I)


def _who(sentence: str) -> str | None:
    text = re.sub(r"^[-\s]*(?:[a-zđ]\)\s+)?", "", sentence)      # "- ", "b) ": list markers
    office = _OFFICE_LABEL_RE.match(text)
    if office:
        return squash_spaces(office.group(1))
    text = _duty(text)
    if _VERB_FIRST_RE.match(fold_keeping_length(text).lower()):
        return None           # "Xây dựng kế hoạch …; báo cáo …": no subject written
    folded = fold_keeping_length(text)
    match = _WHO_VERBS.search(folded)
    if not match or match.start() < 3:
        return None
    who = squash_spaces(text[:match.start()]).strip(" ,;")
    # "Định kỳ 6 tháng (trước ngày 10/6) và hằng năm (trước ngày 10/12), các sở, ngành …":
    # the report's times before its subject are no part of who reports
    opening = _WHEN_OPENING_RE.match(who)
    if opening and who[opening.end():].strip(" ,"):
        who = who[opening.end():].strip(" ,")
    if _NOT_WHO_RE.match(fold_keeping_length(who)):
        return None           # "Báo cáo sơ kết 6 tháng gửi …", "Tổng hợp, báo cáo …": no subject
    tail = _WHO_TAIL_RE.search(fold_keeping_length(who))      # "Vụ việc … phải được (báo cáo)"
    return who[:tail.start()] if tail else who


# a report's times opening its sentence, up to the comma before its subject: "Định kỳ 6 tháng
# (trước ngày 10/6) và hằng năm (trước ngày 10/12), …", "Hằng năm, …", "Trước ngày 15/12 hằng năm, …"
_WHEN_OPENING_RE = re.compile(r"^(?:định kỳ|hằng năm|hàng năm|trước ngày|chậm nhất|6 tháng|hằng quý)[^,]*?"
                              r"(?:\([^()]*\)[^,]*?)*,\s*(?=[A-ZĐÀ-Ỹa-zđà-ỹ])", re.IGNORECASE)


# a duty's sentence opening on its verb ("Tổng hợp, báo cáo …", "Xây dựng kế hoạch …; báo cáo
# Sở Y tế …"): its subject is the office whose part of the plan it stands in
_VERB_FIRST_RE = re.compile(r"^(?:tong hop|bao cao|gui|trinh|xay dung|bo tri|to chuc|chu tri|phoi hop|huong dan|theo doi"
                            r"|kiem tra|thuc hien|trien khai|tham muu|chi dao)\b")
# an office's own part: "VII › 1. Sở Y tế (cơ quan thường trực)", "3. Công an tỉnh"
_OFFICE_PART_RE = re.compile(r"^(?:\d{1,2}|[a-zđ])[.)]\s+(?:Đề nghị\s+)?(.{3,80}?)\s*(?:\([^()]*\))?\s*[:.]?$")


def _section_office(section: str, resolve: Resolver) -> str | None:
    """The office a section is the part of ("VII › 1. Sở Y tế (cơ quan thường trực)" → "Sở Y
    tế"), as written; None when its last heading names no single office."""
    last = section.split(" › ")[-1].strip()
    match = _OFFICE_PART_RE.match(last)
    if not match or "…" in last:
        return None
    name = match.group(1).strip()
    return name if resolve(name) and len(split_agencies(name)) == 1 else None


def _recipient(sentence: str, resolve: Resolver) -> str | None:
    folded = fold_keeping_length(sentence)
    found = None
    position = 0
    while (match := _RECIPIENT_RE.search(folded, position)) is not None:
        position = match.end()
        if match.group(1) == "gui" and _SENT_THING_RE.match(match.group(2)):
            position = match.start(2)     # "gửi báo cáo … về Sở X": read on to "về Sở X"
            continue
        raw = sentence[match.start(2):match.end(2)]
        goes_on = _NAME_GOES_ON_RE.match(sentence, match.end(2))
        if goes_on is not None:
            # "gửi Sở Văn hóa, Thể thao và Du lịch trước …": a comma before a capital goes on a
            # name that has one ("Sở Y tế, Công an tỉnh" is two offices, the first the recipient)
            stop = _RECIPIENT_STOP_RE.search(folded, goes_on.end())
            longer = sentence[match.start(2):stop.start() if stop else len(sentence)]
            # (… when the words after the comma name no office of their own)
            if resolve(longer[goes_on.end() - match.start(2):]) is None and resolve(longer):
                raw = longer
        if _UNIT_HEAD_RE.match(raw) and re.match(r",\s*[a-zà-ỹđ]", sentence[match.end(2):]):
            # "qua Phòng Bảo vệ, chăm sóc trẻ em và Bình đẳng giới, thư điện tử …": a unit's name
            # enumerating its fields goes on past a comma before a lower-case word
            tail = _UNIT_NAME_END_RE.search(sentence, match.end(2))
            raw = sentence[match.start(2):tail.start() if tail else len(sentence)].strip(" ,")
        canonical = resolve(raw)
        if canonical:
            if match.group(1) == "qua":
                return canonical
            found = found or canonical
    if found is None:
        for match in _REPORT_TO_RE.finditer(folded):
            if not _SENT_THING_RE.match(match.group(1)):
                # "báo cáo Ủy ban nhân dân tỉnh và Bộ X": the first one named
                pieces = split_agencies(sentence[match.start(1):match.end(1)])
                found = resolve(pieces[0]) if pieces else None
                if found:
                    break
    return found


# "trước ngày 20 của tháng cuối quý", "ngày 25 tháng cuối mỗi quý" (folded): a quarterly
# report's day, in the last month of each quarter
# (… not one quarter named, "tháng cuối quý IV năm 2026": a single date)
_QUARTER_DAY_RE = re.compile(r"(?<![\w/-])ngay\s+(\d{1,2})\s+(?:cua\s+)?thang\s+cuoi\s+(?:cua\s+)?(?:moi\s+|hang\s+|cac\s+)?quy\b"
                             r"(?!\s+(?:[ivx]{1,3}|[1-4])\b)")
# … and one quarter named: "ngày 20 tháng cuối quý IV năm 2026" (folded) is 20/12/2026
_NAMED_QUARTER_DAY_RE = re.compile(r"(?<![\w/-])ngay\s+(\d{1,2})\s+(?:cua\s+)?thang\s+cuoi\s+(?:cua\s+)?quy\s+"
                                   r"(iv|iii|ii|i|[1-4])\b(?:\s*(?:nam\s+|/)(20\d\d)\b)?")
_QUARTER_NUMBERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


# a half year or a whole one named in a date's own words (folded): the last one named says
# which report the date is for ("báo cáo kết quả thực hiện 6 tháng gửi Sở Y tế trước ngày 15/6")
_HALF_YEAR_RE = re.compile(r"(?<![\d,/])(?<!ngay )\b(?:6|06|sau) thang\b(?! tuoi)")
_WHOLE_YEAR_RE = re.compile(r"\b(?:hang nam|ca nam|bao cao nam|cuoi nam|nam sau)\b")


# a second date after a deadline's own, no "trước ngày" of its own: "… trước ngày 15/6 và 15/12"
_SECOND_DATE_RE = re.compile(r"\s*(?:va|,)\s*(?:ngay\s+)?(\d{1,2})\s*/\s*(\d{1,2})(?![\d/])")


def _part_year_last(segment: str) -> bool:
    """Whether a date's own words (folded) name a report of part of a year (6 months, a
    quarter) after any year's: "báo cáo định kỳ 6 tháng và hằng năm trước ngày 15/12" dates
    the year's report."""
    part = [m.start() for pattern in (_PART_YEAR_RE, _PART_YEAR_BEFORE_RE, _HALF_YEAR_RE)
            for m in pattern.finditer(segment)]
    whole = [m.start() for m in _WHOLE_YEAR_RE.finditer(segment)]
    return bool(part) and max(part) > max(whole, default=-1)


def _deadline_kind(segment: str, year: int | None) -> str:
    """The kind of report a date's own words (folded) set: a 6-month one ("báo cáo 6 tháng …
    trước ngày 10 tháng 6") is "report", a budget estimate ("lập dự toán") "plan", any other
    undated one "yearly_report"; a dated one "plan", "results" or "report"."""
    if year is None and _part_year_last(segment):
        return "report"
    if "du toan" in segment and "bao cao" not in segment:
        return "plan"      # "lập dự toán gửi Sở Tài chính trước ngày 20/7": an estimate, no report
    if year is None:
        return "yearly_report"
    if "ke hoach" in segment and "bao cao" not in segment:
        return "plan"
    if "ket qua" in segment:
        return "results"
    return "report"


# a reporting schedule's header cells (folded): who sends, who receives, by when
_SENDER_HEADS = ("don vi gui", "don vi bao cao", "co quan bao cao", "don vi thuc hien", "co quan gui", "noi gui")
_RECEIVER_HEADS = ("noi nhan", "co quan nhan", "don vi nhan", "gui ve", "noi gui den", "co quan tiep nhan")
_WHEN_HEADS = ("thoi han", "thoi gian", "han gui", "han nop")
_PERIOD_HEADS = ("ky bao cao", "loai bao cao", "ky")


_TASK_HEAD_RE = re.compile(r"\b(?:nhiem vu|hoat dong|cong viec|noi dung)\b")
_LEAD_HEAD_RE = re.compile(r"\b(?:chu tri|dau moi|chiu trach nhiem chinh)\b")
# a task's time cell that sets a date it must be done by ("Trước 31/3/2025", "Hoàn thành
# trước ngày 30/6/2026", "Chậm nhất 15/12"), folded
_BY_DATE_RE = re.compile(r"\b(?:truoc|cham nhat|han)\s+(?:ngay\s+)?(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?(?![\d/])")


def _task_time_columns(cells: list[str]) -> dict[str, int] | None:
    """{"task": i, "lead": j, "when": k, "width": n} of a task table's header row ("| STT | Nội
    dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện | Sản phẩm |"),
    by its cells' words; None for any other row."""
    folded = [normalize(c) for c in cells]
    task = next((i for i, c in enumerate(folded) if _TASK_HEAD_RE.search(c) and not _LEAD_HEAD_RE.search(c)), None)
    lead = next((i for i, c in enumerate(folded) if _LEAD_HEAD_RE.search(c)), None)
    when = next((i for i, c in enumerate(folded) if any(c.startswith(h) for h in _WHEN_HEADS + ("tien do",))), None)
    if None in (task, lead, when):
        return None
    return {"task": task, "lead": lead, "when": when, "width": len(cells)}


def _task_deadline(cells: list[str], columns: dict[str, int], section: str) -> Deadline | None:
    """The date a task table's row must be done by ("Xây dựng kế hoạch cấp huyện … | UBND các
    huyện, thành phố | … | Trước 31/3/2025"), as a deadline of its lead: round 168's "hạn chót
    để các huyện ban hành kế hoạch" was in no sentence with "trước ngày". None when its time
    cell sets no such date ("Quý II/2027", "Tháng 6 hằng năm")."""
    when = cells[columns["when"]]
    m = _BY_DATE_RE.search(fold_keeping_length(when.lower()))
    if not m:
        return None
    day, month = int(m.group(1)), int(m.group(2))
    year = int(m.group(3)) if m.group(3) else None
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    task = squash_spaces(cells[columns["task"]]).rstrip(".;")
    lead = squash_spaces(expand_abbreviations(cells[columns["lead"]])) or None
    return Deadline(kind=_deadline_kind(normalize(task), year), text=f"{task}: {squash_spaces(when)}",
                    section=section, day=day, month=month, year=year, recurring=year is None, who=lead)


def _schedule_columns(cells: list[str]) -> dict[str, int] | None:
    """{"who": i, "to": j} of a reporting schedule's header row ("Loại báo cáo | Đơn vị gửi |
    Nơi nhận | Thời hạn"), by its cells' words; None when the row is no such header."""
    folded = [normalize(c) for c in cells]
    columns = {}
    for role, heads in (("who", _SENDER_HEADS), ("to", _RECEIVER_HEADS), ("when", _WHEN_HEADS),
                        ("period", _PERIOD_HEADS)):
        found = [i for i, c in enumerate(folded) if any(c.startswith(h) for h in heads)]
        if found:
            columns[role] = found[0]
    return columns if "when" in columns and ("who" in columns or "to" in columns) else None


def _cells(text: str) -> list[str]:
    """A table row's cells as ingest writes it ("| a | b |" → ["a", "b"]); [] for prose."""
    if text.count("|") < 2:
        return []
    return [c.strip() for c in text.strip().strip("|").split("|")]


def parse_deadlines(doc: Document, resolve: Resolver) -> list[Deadline]:
    """The deadlines a plan sets: each dated one ("trước ngày 15/12 hằng năm"), each quarter's
    of a quarterly report ("trước ngày 20 của tháng cuối quý": 20/3, 20/6, 20/9, 20/12), and
    each "chậm nhất sau 03 ngày" of an incident report, with who reports and to whom (in a
    reporting schedule's table, its "Đơn vị gửi" and "Nơi nhận" columns)."""
    deadlines: list[Deadline] = []
    schedule: dict[str, int] | None = None      # the columns of the reporting table being read
    tasks: dict[str, int] | None = None         # … of a table of tasks with their time
    for para in doc.paragraphs:
        text = para.text
        cells = _cells(text)
        if not cells:
            schedule = tasks = None
        elif _schedule_columns(cells):
            schedule = _schedule_columns(cells)
            continue
        elif _task_time_columns(cells):
            tasks = _task_time_columns(cells)
            continue
        if tasks and cells and len(cells) == tasks["width"]:
            found = _task_deadline(cells, tasks, para.section)
            if found:
                deadlines.append(found)
                continue
        folded = fold_keeping_length(text)
        if "ngay" not in folded and "gio" not in folded:
            continue
        row_who = row_to = None
        if schedule and cells:
            if "who" in schedule and schedule["who"] < len(cells):
                row_who = cells[schedule["who"]] or None
            if "to" in schedule and schedule["to"] < len(cells):
                # ("Ủy ban nhân dân tỉnh; Bộ Lao động - …": the first named receives it first)
                row_to = resolve(cells[schedule["to"]].split(";")[0].strip()) if cells[schedule["to"]] else None
        # a reporting table's row is one report ("| 6 tháng | Các sở, ngành; Ủy ban nhân dân …
        # | Sở … | Trước ngày 12/6 |"): its cells' semicolons split no sentence (round 173)
        spans = [(0, len(text))] if schedule and cells else _sentences(text)
        period_cell = fold_keeping_length(cells[schedule["period"]].lower()) \
            if schedule and cells and "period" in schedule and schedule["period"] < len(cells) else ""
        for start, end in spans:
            sentence = text[start:end]
            sfold = folded[start:end]
            submit_to = None
            who = None
            previous = 0
            for match in _DEADLINE_RE.finditer(sfold):
                day, month = int(match.group(1)), int(match.group(2))
                year = int(match.group(3) or match.group(4)) if (match.group(3) or match.group(4)) else None
                if not (1 <= day <= 31 and 1 <= month <= 12):
                    continue
                segment = sfold[previous:match.end()]
                # the office this date's own words send its report to ("…; báo cáo B gửi Sở
                # Văn hóa, Thể thao và Du lịch trước ngày 15/9"), else the sentence's
                own_recipient = _recipient(sentence[previous:match.end()], resolve)
                previous = match.end()
                # "trước ngày 25/6 (báo cáo 6 tháng) và trước ngày 25/12 (báo cáo năm)": the
                # bracket after a date names its report, and is no part of the next date's words
                label = _DATE_LABEL_RE.match(sfold, match.end())
                if label:
                    previous = label.end()
                    segment = label.group(1)
                if period_cell:
                    # ("| 6 tháng, năm | … | Trước ngày 15/6 và 15/12 |": both its reports, the year's last)
                    cell = re.sub(r"^((?:6|06|sau) thang)\s*(?:,|va|/)\s*nam$", r"\1 va bao cao nam", period_cell.strip())
                    segment = f"bao cao {cell} {segment}"
                kind = _deadline_kind(segment, year)
                submit_to = submit_to or row_to or _recipient(sentence, resolve)
                who = who or row_who or _who(sentence) or _own_office(sentence, para.section, resolve)
                # "… 6 tháng đầu năm và cả năm … trước ngày 15/6 và 15/12": two dates to one
                # "trước ngày", the reports named before them in their order (respectively)
                second = _SECOND_DATE_RE.match(sfold, match.end()) if year is None else None
                both = bool(second) and bool(_HALF_YEAR_RE.search(segment) and _WHOLE_YEAR_RE.search(segment))
                if second and not both and re.search(r"\bquy\b", sfold):
                    second = None    # (a list of a quarterly report's dates is read below)
                if both:
                    kind = "report"
                deadlines.append(Deadline(
                    kind=kind, text=squash_spaces(sentence).strip(" -"), section=para.section,
                    day=day, month=month, year=year, recurring=year is None,
                    submit_to=row_to or own_recipient or submit_to, who=who))
                if second and 1 <= int(second.group(1)) <= 31 and 1 <= int(second.group(2)) <= 12:
                    # ("… trước ngày 30/6 và 31/12 hằng năm": two dates of one duty, blind round 50)
                    deadlines.append(Deadline(
                        kind="yearly_report" if both and kind == "report" and _WHOLE_YEAR_RE.search(segment) else kind,
                        text=squash_spaces(sentence).strip(" -"), section=para.section,
                        day=int(second.group(1)), month=int(second.group(2)), year=None, recurring=True,
                        submit_to=row_to or own_recipient or submit_to, who=who))
                    previous = second.end()
            for match in _QUARTER_DAY_RE.finditer(sfold):
                day = int(match.group(1))
                if not 1 <= day <= 31:
                    continue
                # (a date the sentence writes out, "(trước ngày 20/3, 20/6, …)", is one of these;
                # the dates it lists, when it lists them, are the quarters it sets: "15/3, 15/6,
                # 15/9/2027" leaves the fourth to the year-end report)
                written = {(d.day, d.month) for d in deadlines if d.text == squash_spaces(sentence).strip(" -")}
                listed = {int(m) for d_, m in re.findall(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?!\d)", sentence)
                          if int(d_) == day and int(m) in (3, 6, 9, 12)}
                for month in (sorted(listed) if len(listed) >= 2 else (3, 6, 9, 12)):
                    if (day, month) in written:
                        continue
                    deadlines.append(Deadline(
                        kind="report", text=squash_spaces(sentence).strip(" -"), section=para.section,
                        day=day, month=month, year=None, recurring=True,
                        submit_to=row_to or _recipient(sentence, resolve),
                        who=row_who or _who(sentence) or _own_office(sentence, para.section, resolve)))
            for match in _NAMED_QUARTER_DAY_RE.finditer(sfold):
                # "trước ngày 20 tháng cuối quý IV năm 2026": one quarter's date, once
                day, quarter = int(match.group(1)), _QUARTER_NUMBERS[match.group(2)]
                year = int(match.group(3)) if match.group(3) else None
                if not 1 <= day <= 31:
                    continue
                deadlines.append(Deadline(
                    kind=_deadline_kind(sfold[:match.end()], year), text=squash_spaces(sentence).strip(" -"),
                    section=para.section, day=day, month=3 * quarter, year=year, recurring=year is None,
                    submit_to=row_to or _recipient(sentence, resolve),
                    who=row_who or _who(sentence) or _own_office(sentence, para.section, resolve)))
            for match in _WITHIN_RE.finditer(sfold):
                if not match.group().startswith("cham") and not _REPORTING_RE.search(sfold):
                    continue          # "trong vòng 3 ngày" of anything but a report
                kind = "incident_report" if "vu viec" in sfold else "report"
                amount = int(match.group(1))
                deadlines.append(Deadline(
                    kind=kind, text=squash_spaces(sentence).strip(" -"), section=para.section,
                    within_days=amount if match.group(2) == "ngay" else None, recurring=False,
                    submit_to=_recipient(sentence, resolve),
                    who=_who(sentence) or _own_office(sentence, para.section, resolve),
                    within_hours=amount if match.group(2) == "gio" else None))
    return deadlines


# --- contacts ---

# "02433.525.662", "0203.3.123.456", "(0234) 3 822 678", "024-3352-5662", "+84 24 3352 5662";
# 9 to 11 digits in all (the country code aside).
_PHONE_RE = re.compile(r"(?<![\d./\-])(\(0\d{1,4}\)(?:[. ]?\d{1,4}){1,5}|0\d{1,4}(?:[.\- ]\d{1,4}){1,5}"
                       r"|\+84[. ]?\d{1,4}(?:[.\- ]\d{1,4}){1,5}|0\d{8,10})(?![\d/]|-\d)")


def phone_identity(written: str) -> str:
    """The digits that identify a telephone number however it is grouped:
    ``"02433.525.662"``, ``"0243 3525 662"``, ``"024.3352.5662"`` and ``"+84 24 3352 5662"``
    → ``"02433525662"``."""
    digits = digits_only(written)
    if written.strip().startswith("+84"):
        digits = "0" + digits[2:]
    return digits
_HOTLINE_RE = re.compile(r"(?<![\d./,])(1\d{2})(?![\d%/]|[.,]\d)")
# a toll-free or shared-cost line ("1800 6788", "1800.1567", "19001234"): 8 or 10 digits
_SERVICE_LINE_RE = re.compile(r"(?<![\d./,\-])((?:1800|1900)(?:[. ]?\d{2,3}){1,3})(?![\d/%]|[.,]\d)")
# (… "số điện thoại tiếp nhận thông tin của đặc khu 0297…": a line receiving reports, round 63)
_LABEL_HEADS = ("tong dai", "trung tam", "duong day", "quy", "van phong", "so dien thoai tiep nhan")
_HOTLINE_CONTEXT = ("tong dai", "goi", "duong day", "hotline")


# an office's name straight before "(điện thoại: …", ", ĐT …" (folded): its number
_OFFICE_BEFORE_PHONE_RE = re.compile(
    # (an office's room before it: "Phòng Trẻ em và Bình đẳng giới, Sở Nội vụ tỉnh …; điện thoại …")
    r"(?<![a-z])((?:(?:phong|chi cuc|trung tam|van phong)\s[^();:,.]{2,80}?,\s*)?"
    r"(?:so|phong|ban|uy ban nhan dan|ubnd|cong an|hoi|tinh doan|chi cuc|cuc|bo)\s[^();:,.]{2,80}?)"
    r"\s*[(,:;\-–]\s*(?:so\s+)?(?:dien thoai|dt|tel|sdt)(?:\s+(?:di dong|co dinh|ban))?\s*:?\s*$", re.I)
# a sentence asking the offices to report their difficulties (folded): "nếu có khó khăn, vướng mắc …"
_DIFFICULTIES_RE = re.compile(r"\bkho khan\b|\bvuong mac\b")
# a contact line naming a person before the office (folded): "liên hệ: ông …", "đầu mối: bà …"
_PERSON_CONTACT_RE = re.compile(r"\b(?:dau moi|lien he)\b[^;:]{0,30}:\s*((?:ong|ba)\s)")
# a contact line's office (folded): after "đầu mối (liên hệ):", up to an address or the number
# (… or the standing office's: "Cơ quan thường trực: Sở Nội vụ tỉnh … (Phòng …), số 198 …")
_CONTACT_POINT_RE = re.compile(r"\b(dau moi(?:\s+lien he)?|co quan thuong truc|(?:co quan|don vi) dau moi)(?:\s+cua [^:;]{1,60})?\s*:\s*"
                               r"((?:phong|so|chi cuc|trung tam|van phong|ban|cuc)\s[^;()]{2,120}?)"
                               r"(?=\s*(?:,\s*(?:so\s+\d|dia chi|duong\s|tang\s|dien thoai\b|dt\b|email\b)|;|\(|$))")
# a clause that only says a number follows ("; điện thoại 0257…"): who it is stands before it
_PHONE_WORD_ONLY_RE = re.compile(r"[\s;,.:\-–]*(?:so\s+)?(?:dien thoai|dt|tel|sdt)(?:\s+(?:di dong|co dinh|ban))?\s*:?\s*", re.I)


def _label(text: str, start: int, boundary: int) -> str | None:
    segment = text[boundary:start]
    key = fold_keeping_length(segment)
    key_ocr = scan_repaired(key)
    best = None
    for head in _LABEL_HEADS:
        match = re.search(rf"(?<![a-z]){head}(?![a-z])", key_ocr)
        if match and (best is None or match.start() < best):
            best = match.start()
    if best is None:
        # "phản ánh về Sở Nội vụ (điện thoại: 0251.3822.486)": the office the brackets follow —
        # unless the line says the office is the plan's standing office ("Cơ quan thường trực:
        # Phòng …, Sở …; điện thoại …", round 168: it had been the department's number only)
        point = _CONTACT_POINT_RE.search(key)
        office = _OFFICE_BEFORE_PHONE_RE.search(key) if not point or point.group(1) != "co quan thuong truc" else None
        if office is None:
            # "Đầu mối liên hệ: Phòng …, Sở Y tế tỉnh …, số 101 Nguyễn Trãi, …; điện thoại …":
            # the office the contact line names, its street address left out
            named = _CONTACT_POINT_RE.search(key)
            if named is None:
                return None
            office = expand_abbreviations(squash_spaces(segment[named.start(2):named.end(2)])).strip(" (-–:,;")
            # (said as the plan's point of contact: "đầu mối" asked finds it; the standing office
            # as the plan calls it)
            head = "Cơ quan thường trực" if named.group(1) == "co quan thuong truc" else "Đầu mối liên hệ"
            return f"{head}: {office}" if office else None
        label = expand_abbreviations(squash_spaces(segment[office.start(1):office.end(1)])).strip(" (-–:,") or None
        if label and _DIFFICULTIES_RE.search(key[:office.start(1)]):
            # "nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở Nội vụ (Phòng …, điện thoại
            # …)": the office to report difficulties to — no hotline (round 159)
            return f"Đầu mối phản ánh khó khăn, vướng mắc: {label}"
        person = _PERSON_CONTACT_RE.search(key[:office.start(1)])
        if label and person:
            # "Cán bộ đầu mối: bà Nguyễn Thị Thu Hằng, Phó Trưởng phòng Trẻ em …, điện thoại di động
            # 0918 …": a person's number, the plan's point of contact — no hotline; said with the
            # person, as the plan names them
            who = squash_spaces(segment[person.start(1):office.end(1)]).strip(" (-–:,")
            label = f"Đầu mối liên hệ: {expand_abbreviations(who)}"
        return label
    if key_ocr[:best].count("(") > key_ocr[:best].count(")"):
        # "Phòng Bảo vệ, chăm sóc trẻ em - Sở Y tế (Văn phòng thường trực): điện thoại …": the
        # head is the bracket's, which says what the office named before it is (round 164)
        best = len(key_ocr[:best]) - len(re.sub(r"^[\s\-–•+*]+", "", key_ocr[:best]))
    label = segment[best:]
    # ("…, Sở … tỉnh Lạng Sơn, số 2 đường Hoàng Văn Thụ, …; điện thoại": its street address left out)
    label = re.split(r",\s*(?:số\s+\d|địa chỉ|đường\s|tầng\s)", label, maxsplit=1, flags=re.I)[0]
    label = re.sub(r"[\s(\-–:;,]*(?:\(?\s*(?:số\s+)?điện thoại|dién thoai|\(?\s*số)?[\s(\-–:;]*$", "", label,
                   flags=re.I)
    label = expand_abbreviations(squash_spaces(label)).strip(" (-–:,;")
    return label or None


# what a plan says of a number straight after it: its bracket ("111 (miễn phí, hoạt động 24/7)"),
# or its hours written on ("111 hoạt động 24/7"); a bracket holding a number of its own is none
_NOTE_WORDS = (r"(?:(?:hoạt động|tiếp nhận|trực)\s+)?24\s*/\s*(?:7|24)(?:\s*giờ)?|miễn phí"
               # "hoạt động từ 7 giờ 00 đến 17 giờ 00 các ngày làm việc từ thứ Hai đến thứ Sáu"
               # (… or with no verb: "0260.3798.468, từ 7 giờ 30 đến 17 giờ 00, thứ Hai đến thứ Sáu")
               r"|(?:(?:hoạt động|tiếp nhận|trực|làm việc)\s+(?:từ\s+)?|từ\s+)\d{1,2}\s*(?:giờ|h)(?:\s*\d{2})?\s*(?:đến|-|–)\s*"
               r"\d{1,2}\s*(?:giờ|h)(?:\s*\d{2})?(?:\s+(?:các ngày làm việc|trong giờ hành chính|hằng ngày|các ngày trong tuần)"
               r"(?:\s+(?:từ\s+)?thứ\s+\w+\s+(?:đến|-)\s+(?:thứ\s+\w+|chủ nhật))?)?"
               # the days it answers, a note of their own (blind round 170)
               r"|tất cả các ngày(?: trong tuần)?|hằng ngày|(?:các ngày\s+)?(?:từ\s+)?thứ\s+\w+\s+(?:đến|-|–)\s+(?:thứ\s+\w+|chủ nhật)"
               r"|(?:kể )?cả (?:ngày lễ|thứ bảy|chủ nhật)(?:,?\s*(?:và\s+)?(?:tết|chủ nhật|ngày lễ))*")
_NOTE_AFTER_RE = re.compile(rf"\s*\(([^()\d]*(?:\d{{1,2}}/\d{{1,2}}[^()\d]*)*)\)"
                            rf"|\s*,?\s*((?:{_NOTE_WORDS})(?:\s*(?:,|và)\s*(?:{_NOTE_WORDS}))*)", re.I)


# what a note says: what a call costs or when the line answers ("… (Phòng Bảo trợ xã hội, Sở Y tế)"
# names who runs it, no note)
_NOTE_SAYS_RE = re.compile(r"mien phi|24\s*/\s*(?:7|24)|gio|hanh chinh|hoat dong|tiep nhan|truc|ngay dem|cac ngay|hang ngay|thu\s", re.I)


def _note_after(text: str, end: int) -> str:
    """The plan's words on what a number costs or when it answers, straight after it
    (``text[end:]``): "miễn phí, 24/7" — after a bracket naming who runs it too ("0219… (Phòng
    …), hoạt động 24/7"); ""."""
    match = _NOTE_AFTER_RE.match(text, end)
    if match is None:
        return ""
    note = squash_spaces(match.group(1) or match.group(2) or "").strip(" ,")
    if match.group(1) is not None and not _NOTE_SAYS_RE.search(fold_keeping_length(note.lower())):
        return _note_after(text, match.end()) if match.end() > end else ""
    return note if 2 <= len(note) <= 120 and _NOTE_SAYS_RE.search(fold_keeping_length(note.lower())) else ""


def parse_contacts(doc: Document) -> list[Contact]:
    found: dict[str, Contact] = {}
    order: list[str] = []
    for para in doc.paragraphs:
        text = para.text
        folded = fold_keeping_length(text)
        numbers: list[tuple[int, int, str]] = []
        for match in _PHONE_RE.finditer(text):
            digits = phone_identity(match.group(1))
            if 9 <= len(digits) <= 11:
                numbers.append((match.start(1), match.end(1), match.group(1)))
        for match in _SERVICE_LINE_RE.finditer(text):
            # (a line named as such before it: "Tổng đài tư vấn … số 1800 6788")
            window = ocr_key(folded[max(0, match.start() - 60):match.start()])
            if len(digits_only(match.group(1))) in (8, 10) and any(c in window for c in _HOTLINE_CONTEXT + ("dien thoai", "so ")):
                numbers.append((match.start(1), match.end(1), match.group(1)))
        for match in _HOTLINE_RE.finditer(text):
            window = ocr_key(folded[max(0, match.start() - 60):match.start()])  # "Puong day nong" too
            if any(c in window for c in _HOTLINE_CONTEXT) and not any(
                    s <= match.start() < e for s, e, _ in numbers):
                numbers.append((match.start(1), match.end(1), match.group(1)))
        numbers.sort()
        boundary = 0
        for start, end, display in numbers:
            clause_start = max(text.rfind(";", 0, start), text.rfind(". ", 0, start), boundary)
            label = _label(text, start, clause_start)
            if label is None and _PHONE_WORD_ONLY_RE.fullmatch(folded[clause_start:start]):
                # "Đầu mối: Phòng …, Sở Y tế tỉnh; điện thoại 0257…": the clause before names it
                before = max(text.rfind(";", 0, clause_start), text.rfind(". ", 0, clause_start), boundary)
                label = _label(text, start, before)
            digits = phone_identity(display)
            contact = Contact(number=digits, display=display.strip(), label=label or "",
                              section=para.section, note=_note_after(text, end))
            if digits not in found:
                found[digits] = contact
                order.append(digits)
            elif not found[digits].label and label:
                contact.note = contact.note or found[digits].note
                found[digits] = contact
            elif label and re.match(r"(?:trung tam|quy|van phong)\b", normalize(label)) \
                    and normalize(label) not in normalize(found[digits].label) \
                    and len(found[digits].label) + len(label) < 200:
                # the same number named again ("Trung tâm Công tác xã hội tỉnh vận hành đường
                # dây nóng 0290…" after "đường dây nóng của tỉnh: 0290…"): who runs it, too
                found[digits].label = f"{found[digits].label}; {label}"
            if not found[digits].note:     # "111 (miễn phí, 24/7)" said where it is named again
                found[digits].note = contact.note
            boundary = end
    return [found[d] for d in order]


# --- agency mentions ---

def _field_pattern(field_name: str) -> str:
    words = normalize(field_name).split()
    body = r"[\s\-–,&]*".join(re.escape(w) for w in words)
    alternatives = [body]
    for pattern, expansion in ABBREVIATIONS:
        if normalize(expansion) == normalize(field_name):
            alternatives.append(pattern)
    return "(?:" + "|".join(alternatives) + ")"


def find_field_mentions(text: str, fields: list[str]) -> list[tuple[str, str, str]]:
    """(head, field, written) for each "Sở/Phòng/Bộ/ngành <field>" in ``text``, with the
    field spelled as in ``fields`` (abbreviations understood: "Sở LĐ-TBXH")."""
    folded = fold_keeping_length(text)
    found = []
    taken: list[tuple[int, int]] = []
    for field_name in sorted(fields, key=len, reverse=True):
        regex = re.compile(rf"(?<![a-z])(so|phong|bo|nganh)\s+{_field_pattern(field_name)}(?![a-z])",
                           re.IGNORECASE)
        for match in regex.finditer(folded):
            if any(s <= match.start() < e for s, e in taken):
                continue
            head_word = match.group(1).lower()
            previous = folded[max(0, match.start() - 4):match.start()]
            if (head_word == "so" and previous.endswith("co ")) or \
                    (head_word == "phong" and previous.endswith("van ")) or \
                    (head_word == "bo" and not text[match.start()].isupper()):
                continue
            taken.append((match.start(), match.end()))
            head = {"so": "Sở", "phong": "Phòng", "bo": "Bộ", "nganh": "ngành"}[match.group(1).lower()]
            found.append((head, field_name, squash_spaces(text[match.start():match.end()])))
    return found


def known_fields(names: list[str]) -> list[str]:
    """Fields of "Sở …"/"Phòng …" names, plus the standard ones."""
    fields = list(STANDARD_FIELDS)
    for name in names:
        for head in ("Sở ", "Phòng "):
            if name.startswith(head):
                rest = name[len(head):]
                if normalize(rest) not in {normalize(f) for f in fields}:
                    fields.append(rest)
    return fields


# --- campaign ---

_RANGE_RE = re.compile(r"tu ngay\s+(\d{1,2})/(\d{1,2})(?:/(\d{4}))?\s+den (?:het )?ngay\s+(\d{1,2})/(\d{1,2})/(\d{4})")


# "hằng năm tổ chức Tháng hành động vì trẻ em từ ngày 01/6 đến ngày 30/6": a campaign a plan
# holds, with its dates (a year on either end, or none: every year).
# A day as written: "01/6", "01/6/2021", "01 tháng 6", "01 tháng 6 năm 2021" (day, month, year).
_HELD_DAY = r"(\d{1,2})\s*(?:/|thang)\s*(\d{1,2})(?:\s*(?:/|nam)\s*(\d{4}))?"
# The dates in brackets too ("Tháng hành động vì trẻ em (từ ngày 01/6 đến ngày 30/6)"), with
# or without "ngày", joined by "đến" or a dash ("từ 01/6 - 30/6").
_HELD_RE = re.compile(r"(?<![a-z])((?:thang|tuan|chien dich|dot)\s+(?:cao diem\s+)?(?:hanh dong|truyen thong)\b[^.;:()]{0,80}?"
                      # … or a campaign named in quotes: Chiến dịch “Hè an toàn – …”
                      # (a word or two may come first: Chiến dịch hè “Trẻ em … an toàn”)
                      r"|chien dich(?:\s+[a-z]+){0,3}\s+[\"“«][^\"”»]{3,80}[\"”»])"
                      # (… or after a colon, "Tháng hành động vì trẻ em: tổ chức hằng năm từ ngày …")
                      rf"\s*,?\s*\(?\s*(?::\s*)?(?:(?:duoc to chuc|to chuc|dien ra|keo dai|(?:duoc )?trien khai|thuc hien)\s+)?(?:(?:hang|moi) nam\s+)?"
                      rf"(?:(?:duoc to chuc|to chuc|dien ra)\s+)?tu\s+(?:ngay\s+)?{_HELD_DAY}"
                      rf"\s*(?:[-–]|den\s+(?:ngay\s+)?)\s*{_HELD_DAY}")


_FROM_DAY_RE = re.compile(r"(?:từ|tu)\s+(?:(?:ngày|ngay)\s+)?\d", re.IGNORECASE)
# "2. Chiến dịch “Mùa hè an toàn …”" over "Chiến dịch được tổ chức từ ngày 15/5 đến ngày 31/8
# hằng năm": the paragraph names its campaign by the kind alone, the heading names it in full
_KIND_HELD_RE = re.compile(rf"^(chien dich|thang|tuan|dot)\s+(?:nay\s+)?(?:duoc\s+)?(?:to chuc|dien ra|trien khai|keo dai)\s+"
                           rf"(?:(?:hang|moi) nam\s+)?tu\s+(?:ngay\s+)?{_HELD_DAY}\s*(?:[-–]|den\s+(?:ngay\s+)?)\s*{_HELD_DAY}")
_HEADING_NUMBER_RE = re.compile(r"^\s*(?:[\divxlc]{1,4}|[a-zđ])[.)]\s*", re.IGNORECASE)
# "1. Tháng hành động vì trẻ em" over "- Tổ chức hằng năm từ ngày 01/6 đến ngày 30/6; …": the
# line names no campaign at all, its heading does (group 1 empty, the days as in _HELD_RE)
# (held every year, and the dates all the clause says: "từ ngày 15/5 đến ngày 31/5 các hoạt
# động truyền thông chuẩn bị …" dates something done for it, not the campaign)
_UNNAMED_HELD_RE = re.compile(rf"^()(?:duoc\s+)?(?:to chuc|dien ra|trien khai|keo dai)\s+"
                              rf"(?:hang|moi) nam\s+tu\s+(?:ngay\s+)?{_HELD_DAY}\s*(?:[-–]|den\s+(?:ngay\s+)?)\s*{_HELD_DAY}"
                              rf"\s*(?:[;.,]|$)")
_CAMPAIGN_HEADING_RE = re.compile(r"^(?:thang|tuan|chien dich|dot)\s+(?:cao diem\s+)?(?:hanh dong|truyen thong)\b|^chien dich\b")


# a theme in the paragraph that dates a campaign: "Chủ đề năm 2026: "…"", "với chủ đề “…”"
# ("Chủ đề Tháng hành động vì trẻ em năm 2026 của tỉnh là "…"": the year among the words before)
# ("Năm 2025 chọn chủ đề "…"", round 172: the year before the verb)
_HELD_THEME_RE = re.compile(r"(?:[Cc]hủ đề\b([^“\"«:.;]{0,80}?)\s*(?::|\blà)|(?:với|chọn|lấy) chủ đề)\s*[“\"«]\s*([^”\"»]{5,200}?)\s*[”\"»]")


# another event named between a campaign and a theme (folded): the theme is that event's
_OTHER_EVENT_RE = re.compile(r"\b(?:dien dan|hoi thi|cuoc thi|ngay hoi|hoi nghi|hoi trai|le hoi|chien dich)\b")


def parse_held_campaigns(doc: Document) -> list[Campaign]:
    """Campaigns a plan says it holds, with their dates: "hằng năm tổ chức Tháng hành động vì
    trẻ em từ ngày 01/6 đến ngày 30/6" → ``Campaign("Tháng hành động vì trẻ em",
    yearly_start="06-01", yearly_end="06-30")``; with a year written, ``start``/``end`` are
    ISO dates instead. One campaign per name, the first met."""
    found: dict[str, Campaign] = {}
    heading = ""
    for para in doc.paragraphs:
        if para.heading is not None:
            heading = _HEADING_NUMBER_RE.sub("", para.text).strip()
        if not _FROM_DAY_RE.search(para.text):
            continue          # most paragraphs: no folding needed
        folded = fold_keeping_length(para.text)
        matches = [(m, squash_spaces(para.text[m.start(1):m.end(1)]).strip(" ,"))
                   for m in _HELD_RE.finditer(folded)]
        by_kind = _KIND_HELD_RE.match(folded.lower()) if para.heading is None else None
        if by_kind and fold_keeping_length(heading.lower()).startswith(by_kind.group(1) + " ") \
                and len(heading) <= 120:
            matches.insert(0, (by_kind, heading.rstrip(" .:")))
        unnamed = _UNNAMED_HELD_RE.match(fold_keeping_length(squash_spaces(para.body).lower())) \
            if para.heading is None and not matches else None
        if unnamed and _CAMPAIGN_HEADING_RE.match(fold_keeping_length(heading.lower())) and len(heading) <= 120:
            matches.append((unnamed, heading.rstrip(" .:")))
        for match, name in matches:
            # "Tháng hành động vì trẻ em hằng năm từ ngày …": when, not part of its name
            name = re.sub(r"\s+(?:hằng|hàng|mỗi)\s+năm$", "", name, flags=re.IGNORECASE)
            words = name.split()
            if len(words) % 2 == 0 and words[:len(words) // 2] == words[len(words) // 2:]:
                # "Tháng hành động vì trẻ em Tháng hành động vì trẻ em được tổ chức …": a title
                # line a PDF's layout ran into the sentence under it
                name = " ".join(words[:len(words) // 2])
            day1, month1, day2, month2 = (int(match.group(g)) for g in (2, 3, 5, 6))
            if not (1 <= day1 <= 31 and 1 <= day2 <= 31 and 1 <= month1 <= 12 and 1 <= month2 <= 12):
                continue
            year1, year2 = match.group(4), match.group(7)
            key = normalize(name)
            if key in found:
                continue
            # its theme when the same paragraph gives it ("Chủ đề năm 2026: "…"", "với chủ đề "…"")
            themed = _HELD_THEME_RE.search(para.text)
            if themed and _OTHER_EVENT_RE.search(folded[min(match.start(), themed.start()):themed.start()].lower()):
                themed = None   # "…; Diễn đàn trẻ em tỉnh tổ chức … với chủ đề “…”": another event's
            # (its year in the words before it: "… ; năm 2025 với chủ đề "…"")
            theme_year = (re.search(r"\b(?:19|20)\d\d\b", themed.group(1) or "")
                          # ("Năm 2023, tỉnh tổ chức với chủ đề "…"": a few words between, round 173)
                          # (not "Phát huy kết quả năm 2025, năm nay tỉnh tổ chức …": that year's)
                          or re.search(r"\bnăm\s+((?:19|20)\d\d)\s*,?\s*(?:(?:toàn\s+)?(?:tỉnh|thành phố|huyện|xã)\s+)?"
                                       r"(?:tổ chức|phát động|triển khai)?\s*$",
                                       para.text[max(0, themed.start() - 70):themed.start()], re.IGNORECASE)
                          ) if themed else None
            campaign = Campaign(name=name[:1].upper() + name[1:], theme=squash_spaces(themed.group(2)) if themed else None,
                                slogans=[], start=None, end=None, section=para.section,
                                theme_year=int(theme_year.group(theme_year.lastindex or 0)) if theme_year else None)
            if year2:
                end_year = int(year2)
                start_year = int(year1) if year1 else end_year
                campaign.start = f"{start_year:04d}-{month1:02d}-{day1:02d}"
                campaign.end = f"{end_year:04d}-{month2:02d}-{day2:02d}"
            else:
                # no year: held every year ("hằng năm", or a plan over several years)
                campaign.yearly_start, campaign.yearly_end = f"{month1:02d}-{day1:02d}", f"{month2:02d}-{day2:02d}"
            found[key] = campaign
    return list(found.values())


# a title naming an event a plan holds ("Thực hiện Tháng hành động vì trẻ em năm 2020"), folded
_EVENT_TITLE_RE = re.compile(r"\b(?:thang hanh dong|chien dich|tuan le|dien dan|ngay hoi|le phat dong)\b")


def is_event_title(title: str) -> bool:
    """Whether a plan's title names an event it is about ("Thực hiện Tháng hành động vì trẻ
    em năm 2020") rather than a programme."""
    return bool(_EVENT_TITLE_RE.search(fold_keeping_length(title.lower())))


def parse_campaign(doc: Document, title: str) -> list[Campaign]:
    """The campaign a plan is about or sets out under a title of its own, with its theme
    ("Chủ đề: …"), slogans and dates ("Thời gian: từ ngày 01/6/2020 đến ngày 30/6/2020"):
    named by the plan's title when that title names an event ("Thực hiện Tháng hành động vì
    trẻ em năm 2020"), else by the title line its fields stand under ("Tháng hành động vì trẻ
    em năm 2025" over "Thời gian: …", "Chủ đề: …"); [] when neither names one (a plan for
    the whole programme whose "Chủ đề" is its campaign's is no campaign of its own)."""
    if not is_event_title(title):
        return _titled_campaigns(doc)
    theme = None
    section = ""
    slogans: list[str] = []
    start = end = None
    for para in doc.paragraphs:
        folded = fold_keeping_length(para.body)
        if theme is None and re.match(r"chu de\s*:", folded):
            quoted = re.search(r"[“\"]\s*(.+?)\s*[”\"]", para.body)
            theme = squash_spaces(quoted.group(1) if quoted else para.body.split(":", 1)[-1]).strip(" .*")
            section = para.section
        if para.heading is None and para.kind == "bullet" and any(
                "khau hieu" in fold_keeping_length(h.title) or "thong diep" in fold_keeping_length(h.title) for h in para.path):
            slogans.append(squash_spaces(para.body).rstrip(" ;.,"))
        match = _RANGE_RE.search(folded)
        if start is None and match and "thoi gian" in folded:
            end_year = int(match.group(6))
            start_year = int(match.group(3)) if match.group(3) else end_year
            start = f"{start_year:04d}-{int(match.group(2)):02d}-{int(match.group(1)):02d}"
            end = f"{end_year:04d}-{int(match.group(5)):02d}-{int(match.group(4)):02d}"
    if theme is None and not slogans:
        return []
    name = re.sub(r"^(?:thực hiện|triển khai|kế hoạch)\s+", "", title, flags=re.I).strip()
    return [Campaign(name=name[:1].upper() + name[1:], theme=theme, slogans=slogans,
                     start=start, end=end, section=section)]


def _titled_campaigns(doc: Document) -> list[Campaign]:
    """Campaigns set out as a title line naming an event over its field lines ("Tháng hành
    động vì trẻ em năm 2025" over "Thời gian: từ ngày 01/6/2025 đến ngày 30/6/2025." and
    "Chủ đề: "…""): the title its name, "Chủ đề" its theme, a range of days its dates."""
    found: list[Campaign] = []
    paras = [p for p in doc.paragraphs if p.text.strip()]
    for k, para in enumerate(paras):
        # (or a section's heading naming the event: "V. THÁNG HÀNH ĐỘNG VÌ TRẺ EM NĂM 2026"
        # over its field lines, round 164)
        headed = para.heading is not None and len(para.text) <= 100
        if not (_block_title(para) or headed) or not _EVENT_TITLE_RE.search(fold_keeping_length(para.text.lower())):
            continue
        theme = start = end = when = theme_year = yearly = None
        for field in paras[k + 1:]:
            # (a field line may be a bullet: "- Thời gian: từ ngày 01/6 đến ngày 30/6 hằng năm.")
            text = _FIELD_BULLET_RE.sub("", field.text.strip())
            if field.heading is not None or not _FIELD_LINE_RE.match(text):
                break
            folded = fold_keeping_length(text.lower())
            # (the fields may run on in one paragraph, as a PDF's lines join: "Thời gian: … .
            # Chủ đề: "…". Lễ phát động …"; "Chủ đề năm 2024: …" gives the year it is for)
            labelled = re.search(r"(?:^|[.;]\s+)chu de(?:\s+nam\s+((?:19|20)\d\d))?\s*:", folded)
            if theme is None and labelled:
                rest = text[labelled.end():]
                quoted = re.match(r"\s*[“\"]\s*(.+?)\s*[”\"]", rest)
                theme = squash_spaces(quoted.group(1) if quoted else re.split(r"\.\s", rest)[0]).strip(" .*")
                theme_year = int(labelled.group(1)) if labelled.group(1) else None
            match = _RANGE_RE.search(folded)
            every_year = _YEARLY_RANGE_RE.search(folded) if not match else None
            if when is None and not match and not every_year and folded.startswith("thoi gian"):
                # "Thời gian: tháng 8 năm 2025.": when, as written, no days to read
                when = squash_spaces(text.split(":", 1)[1]).strip(" .;")[:80] or None
            if start is None and match and folded.startswith("thoi gian"):
                end_year = int(match.group(6))
                start_year = int(match.group(3)) if match.group(3) else end_year
                start = f"{start_year:04d}-{int(match.group(2)):02d}-{int(match.group(1)):02d}"
                end = f"{end_year:04d}-{int(match.group(5)):02d}-{int(match.group(4)):02d}"
            if yearly is None and every_year and folded.startswith("thoi gian"):
                # "Thời gian: từ ngày 01/6 đến ngày 30/6 hằng năm": held every year (round 170)
                d1, m1, d2, m2 = (int(g) for g in every_year.groups())
                if 1 <= d1 <= 31 and 1 <= d2 <= 31 and 1 <= m1 <= 12 and 1 <= m2 <= 12:
                    yearly = (f"{m1:02d}-{d1:02d}", f"{m2:02d}-{d2:02d}")
        if theme or start or when or yearly:
            name = squash_spaces(_HEADING_NUMBER_RE.sub("", para.text) if headed else para.text).strip(" .:")
            if name.isupper():
                name = name[:1] + name[1:].lower()      # "THÁNG HÀNH ĐỘNG …" as a name is written
            found.append(Campaign(name=name, theme=theme, slogans=[], start=start, end=end, section=para.section,
                                  when=when, theme_year=theme_year,
                                  yearly_start=yearly[0] if yearly else None, yearly_end=yearly[1] if yearly else None))
    return found


# a bullet before a field's line ("- Thời gian: …")
_FIELD_BULLET_RE = re.compile(r"^[-–•+*]\s+")
# "từ ngày 01/6 đến ngày 30/6 hằng năm" (folded): days with no year, every year
_YEARLY_RANGE_RE = re.compile(r"tu ngay\s+(\d{1,2})/(\d{1,2})\s+den (?:het )?ngay\s+(\d{1,2})/(\d{1,2})(?![\d/])\s*(?:(?:hang|moi) nam)?")


# a field's line: a short label, a colon, its value ("Thời gian: tháng 8 năm 2025.",
# "Số đại biểu trẻ em tham dự: 120 em")
_FIELD_LINE_RE = re.compile(r"^[^\W\d_][^:|;.]{1,45}:\s+\S")


def _block_title(para: Paragraph) -> bool:
    """Whether a paragraph is the title of the field lines under it ("Diễn đàn trẻ em tỉnh
    Bắc Giang năm 2025"): a short plain line of its own, not a sentence, not in capitals,
    in a section of the plan (the document's head is no block)."""
    text = para.text.strip()
    return (para.heading is None and para.kind == "plain" and bool(para.section) and "|" not in text
            and 0 < len(text) <= 100 and len(text.split()) <= 16 and not TITLE_LINE_END_RE.search(text)
            and text[:1].isupper() and not text.isupper() and not _FIELD_LINE_RE.match(text))


def titled_blocks(paragraphs: list[Paragraph]) -> list[tuple[str, str, int]]:
    """(section, text, position) of the passages a plan is searched by: its paragraphs, a
    title line and the two or more field lines under it read as one ("Diễn đàn trẻ em tỉnh
    Bắc Giang năm 2025" over "Thời gian: tháng 8 năm 2025.", "Chủ đề: …", "Số đại biểu …: 120
    em" → "Diễn đàn trẻ em tỉnh Bắc Giang năm 2025: Thời gian: tháng 8 năm 2025. Chủ đề: …"),
    so a question naming the event finds its fields."""
    paras = [p for p in paragraphs if p.text.strip()]
    out: list[tuple[str, str, int]] = []
    k = 0
    while k < len(paras):
        para = paras[k]
        j = k + 1
        if _block_title(para):
            while j < len(paras) and paras[j].heading is None and paras[j].kind == "plain" \
                    and _FIELD_LINE_RE.match(paras[j].text.strip()):
                j += 1
        if j - k >= 3:
            fields = " ".join(f.text.strip() if TITLE_LINE_END_RE.search(f.text.strip()) else f.text.strip() + "."
                              for f in paras[k + 1:j])
            out.append((para.section, f"{para.text.strip()}: {fields}", para.position))
            k = j
            continue
        out.append((para.section, para.text, para.position))
        k += 1
    return out


# --- funding ---

_MONEY_RE = re.compile(r"(?:triệu|tỷ|trieu|ty)\s+(?:đồng|dong)", re.IGNORECASE)
_AMOUNT_RE = re.compile(rf"(?<![\d.,])({NUMBER_PATTERN})\s*(trieu|ty)\s+dong(?![a-z])")
_TOTAL_RE = re.compile(r"tong (?:kinh phi|so|cong|nhu cau|du toan)|^kinh phi")    # the whole, not a share
# "giai đoạn 2026 - 2030", "từ năm 2026 đến năm 2030", "giai đoạn từ 2026 đến hết 2030" (folded)
_FUNDING_PERIOD_RE = re.compile(r"(?:giai doan\s*(?:tu\s+)?(?:nam\s+)?|\btu\s+nam\s+)((?:19|20)\d\d)"
                                r"\s*(?:[-–]|\s(?:den|toi)\s+(?:het\s+)?(?:nam\s+)?)\s*((?:19|20)\d\d)")
# an event's year, not the budget's: "Kinh phí tổ chức Tháng hành động vì trẻ em năm 2026 là …"
_EVENT_BEFORE_YEAR_RE = re.compile(r"\b(?:to chuc(?! thuc hien)|thang hanh dong|dien dan|hoi thi|cuoc thi|hoi nghi|le phat dong|"
                                   r"chien dich|su kien|tap huan|hoi thao)\b")
# one year an amount is said of, before it in its clause (folded): "kinh phí năm 2026 …"
# (not the plan's own year: "Tổng kinh phí thực hiện Kế hoạch năm 2027 là …" is a one-year plan's total)
_FUNDING_YEAR_RE = re.compile(r"(?<!ke hoach )\bnam\s+((?:19|20)\d\d)\b(?!\s*[-–]\s*(?:19|20)\d\d)")
# "… bố trí từ ngân sách tỉnh", "từ nguồn ngân sách trung ương" (folded): the source named
_DRAWN_FROM_RE = re.compile(r"\btu\s+((?:nguon\s+)?(?:ngan sach|von)\b.*)$")
# Words around a source's name: "trong đó ngân sách tỉnh 11.200 …", "và nguồn … là 7.400 …".
_SOURCE_LEAD_RE = re.compile(r"^(?:[\s,;:]|trong do\b|bao gom\b|gom\b|va\b|tu\b)+")   # "và", not "vận"
_SOURCE_TAIL_RE = re.compile(r"(?:[\s,;:]|la|khoang|du kien|uoc tinh|chiem|dat|voi|so tien|bo tri|phan bo)+$")
# "… 15 tỷ đồng trong năm 2026", "… 2 tỷ đồng cho năm 2027" (folded, from the amount's end)
# (not "… cho năm 2026 đến năm 2030", "… trong năm 2026 và năm 2027": several years' amount)
_YEAR_AFTER_AMOUNT_RE = re.compile(r"\s*(?:trong|cho|vao)?\s*nam\s+((?:19|20)\d\d)\b"
                                   r"(?!\s*(?:[-–]|den\b|toi\b|va\b|,\s*(?:nam\s+)?(?:19|20)\d\d))")


def parse_funding(doc: Document) -> list[Funding]:
    """The amounts a plan budgets (sentences naming "… triệu đồng" / "… tỷ đồng" in a
    paragraph about "kinh phí"): a total (``source`` None) and each source's share, in
    million đồng, with the period the sentence names."""
    found: list[Funding] = []
    for para in doc.paragraphs:
        if not _MONEY_RE.search(para.text):
            continue          # most paragraphs: no folding needed
        folded = fold_keeping_length(para.text)
        if "dong" not in folded or not ("kinh phi" in folded or any(
                "kinh phi" in fold_keeping_length(h.title) for h in para.path)):
            continue
        for start, end in _sentences(para.text):
            sentence, sfold = para.text[start:end], folded[start:end]
            period = _FUNDING_PERIOD_RE.search(sfold)
            previous = 0
            for match in _AMOUNT_RE.finditer(sfold):
                try:
                    amount = parse_number(match.group(1)) * (1000 if match.group(2) == "ty" else 1)
                except ValueError:
                    continue
                before = sfold[previous:match.start()]
                lead = _SOURCE_LEAD_RE.match(before)
                begin = previous + (lead.end() if lead else 0)
                tail = _SOURCE_TAIL_RE.search(sfold[begin:match.start()])
                stop = begin + tail.start() if tail else match.start()
                # "… 300 triệu đồng mỗi năm cho …; mỗi xã bố trí 20 triệu đồng": the last clause
                # before the amount names it, not what the previous amount was for
                semi = sentence.rfind(";", begin, stop)
                if semi >= 0:
                    lead = _SOURCE_LEAD_RE.match(sfold[semi + 1:stop])
                    begin = semi + 1 + (lead.end() if lead else 0)
                # "… cho giai đoạn 2021 - 2025 (bình quân 1,3 tỷ đồng/năm)": the bracket names it
                bracket = sentence.rfind("(", begin, stop)
                if bracket >= 0 and ")" not in sentence[bracket:stop]:
                    begin = bracket + 1
                # ("- Ngân sách tỉnh: 6.240 triệu đồng": the list's dash is no part of the name)
                source = squash_spaces(sentence[begin:stop]).strip(" ,;:").lstrip("-–+•* ") or None
                # "Kinh phí năm 2026 bố trí từ ngân sách tỉnh là 17,2 tỷ đồng": one year's
                # amount (blind round 169), from the source its words name
                year = None if period else _FUNDING_YEAR_RE.search(sfold[begin:match.start()])
                event = _EVENT_BEFORE_YEAR_RE.search(sfold[begin:match.start()])
                if year and event and event.start() < year.start():
                    year = None       # the year of the event the amount is for, not the budget's
                if not period and not year:
                    # "Ngân sách tỉnh bố trí 15 tỷ đồng trong năm 2026": the year after the amount
                    year = _YEAR_AFTER_AMOUNT_RE.match(sfold, match.end())
                drawn = _DRAWN_FROM_RE.search(fold_keeping_length(source)) if source else None
                if drawn:
                    source = source[drawn.start(1):]
                elif source is None or _TOTAL_RE.search(fold_keeping_length(source)) or \
                        _FUNDING_PERIOD_RE.search(fold_keeping_length(source)):
                    source = None     # "Tổng kinh phí dự kiến giai đoạn 2021 - 2025 là …"
                found.append(Funding(
                    amount=amount, source=source,
                    period=f"{period.group(1)}-{period.group(2)}" if period else year.group(1) if year else None,
                    written=squash_spaces(sentence[match.start():match.end()]),
                    text=squash_spaces(sentence).strip(" -"), section=para.section))
                previous = match.end()
    found.extend(_funding_shares(doc, found))
    found.extend(_funding_table_rows(doc, found))
    found.extend(_funding_by_year_rows(doc, found))
    found.extend(_funding_years_across_rows(doc, found))
    return found


# a source's share of the total, listed under it: "- Ngân sách tỉnh: 38%;", "+ Ngân sách trung
# ương (qua các chương trình …): 27%"
_SHARE_ITEM_RE = re.compile(r"^\s*[-–+•*]?\s*(?P<name>[^:;%\d]{3,120}?)\s*(?:\([^()]*\))?\s*:\s*(?:khoảng\s+|chiếm\s+)?"
                            r"(?P<share>\d{1,2}(?:[,.]\d{1,2})?|100)\s*%\s*[;.,]?\s*$", re.IGNORECASE)


def _funding_shares(doc: Document, found: list[Funding]) -> list[Funding]:
    """Each source's share of a total a sentence states and lists under it ("Tổng kinh phí …
    là 184.600 triệu đồng …, trong đó:" over "- Ngân sách tỉnh: 38%;"): an amount per source,
    ``written`` as the plan writes it ("38%"), ``amount`` that share of the total (million
    đồng), the total's period; its text the item's line (blind round 173)."""
    totals = [f for f in found if f.source is None]
    shares: list[Funding] = []
    paras = doc.paragraphs
    for k, para in enumerate(paras):
        if not para.text.rstrip().endswith(":") or "trong do" not in fold_keeping_length(para.text.lower()):
            continue
        total = next((f for f in totals if f.section == para.section and f.text
                      and f.text[:40] in squash_spaces(para.text)), None)
        if total is None:
            continue
        for item in paras[k + 1:k + 9]:
            match = _SHARE_ITEM_RE.match(squash_spaces(item.text))
            if match is None:
                break
            share = parse_number(match.group("share"))
            name = squash_spaces(match.group("name")).strip(" -–+•*")
            shares.append(Funding(amount=round(total.amount * share / 100, 3), source=name, period=total.period,
                                  written=f"{match.group('share')}%", text=squash_spaces(item.text).strip(" -–+•*;."),
                                  section=item.section))
    return shares


# a table's first header cell naming its rows' years: "Năm", "Năm thực hiện" (folded)
_YEAR_COLUMN_RE = re.compile(r"^(?:nam|nam thuc hien|thoi gian)$")
# a unit said for a whole table, in its title or the line above: "(đơn vị: triệu đồng)" (folded)
_TABLE_UNIT_RE = re.compile(r"(?:don vi(?: tinh)?\s*:\s*|\()(trieu|ty)\s+dong\b")
_UNIT_LINE_RE = re.compile(r"^\s*\(?\s*don vi(?: tinh)?\s*:\s*(?:trieu|ty)\s+dong\s*\)?\s*[.:]?\s*$")


def _table_amount(cell: str, unit: str) -> float | None:
    """A funding table's cell as an amount in triệu đồng (``unit`` "ty": the table's tỷ đồng,
    × 1 000); None for a cell that is no number ("-", a note)."""
    if not re.fullmatch(NUMBER_PATTERN, cell):
        return None
    try:
        return parse_number(cell) * (1000 if unit == "ty" else 1)
    except ValueError:
        return None


def _funding_by_year_rows(doc: Document, found_before: list[Funding]) -> list[Funding]:
    """The amounts of a funding table by year ("Năm | Ngân sách tỉnh | Ngân sách cấp xã | Xã
    hội hóa | Tổng cộng" over "2028 | 19.600 | 8.400 | 9.300 | 37.300", its unit in its title
    "(đơn vị: triệu đồng)" or its header): one amount per year and source, named "Ngân sách tỉnh
    năm 2028" (the last column, "Tổng cộng", "Tổng kinh phí năm 2028"), read as its sentence:
    "Ngân sách tỉnh năm 2028: 19.600 triệu đồng". The "Cộng" row gives each source's amount for
    the table's years ("2026-2030") and, unless a sentence gave one, the period's total.
    ``found_before``: the amounts the plan's sentences state."""
    rows: list[Funding] = []
    header: list[str] | None = None
    unit: str | None = None
    title_unit: str | None = None
    estimated = False
    title_words = False      # the line before speaks of money ("Dự kiến kinh phí …")
    years_seen: list[int] = []
    for para in doc.paragraphs:
        cells = [squash_spaces(c) for c in para.text.strip().strip("|").split("|")] if "|" in para.text else None
        if cells is None or len(cells) < 2:
            header = None
            folded_line = fold_keeping_length(para.text.lower())
            own = _TABLE_UNIT_RE.search(folded_line)
            if own and "kinh phi" not in folded_line and _UNIT_LINE_RE.match(folded_line) and title_words:
                # "Đơn vị tính: triệu đồng" a line of its own between the title and the table
                # (round 160): the unit of the amounts the title above announced
                title_unit = own.group(1)
                continue
            title_unit = own.group(1) if own and "kinh phi" in folded_line else None
            title_words = "kinh phi" in folded_line
            # ("Dự kiến kinh phí thực hiện …": the total is the plan's estimate, asked so)
            estimated = title_words and "du kien" in folded_line
            continue
        folded = [fold_keeping_length(c.lower()) for c in cells]
        # (two columns too when the second is money: "Năm | Kinh phí dự kiến (tỷ đồng)", round 163)
        if _YEAR_COLUMN_RE.match(folded[0].strip(" .:")) and (len(cells) >= 3 or len(cells) == 2 and re.search(
                r"\b(?:kinh phi|ngan sach|so tien|nguon von)\b|\((?:trieu|ty) dong\)", folded[1])):
            header, years_seen = cells, []
            own = next((_TABLE_UNIT_RE.search(c) for c in folded if _TABLE_UNIT_RE.search(c)), None)
            unit = own.group(1) if own else title_unit
            continue
        year = re.fullmatch(r"(?:năm\s+)?((?:19|20)\d\d)", cells[0].strip(), re.IGNORECASE)
        if header is not None and unit is not None and year is None and len(cells) == len(header) \
                and _TABLE_TOTAL_RE.match(folded[0]) and years_seen:
            # "Cộng | 98.200 | … | 186.450": each source's amount for the whole period, the last
            # column the period's total (when no sentence gave one)
            period = f"{min(years_seen)}-{max(years_seen)}"
            words = "tỷ đồng" if unit == "ty" else "triệu đồng"
            for name, cell in zip(header[1:], cells[1:]):
                amount = _table_amount(cell, unit)
                if amount is None:
                    continue
                total = name == header[-1] and bool(_TABLE_TOTAL_RE.match(fold_keeping_length(name.lower())))
                if total and any(f.source is None for f in found_before):
                    continue
                # (the total named as the years' totals are, "Tổng kinh phí", as it is asked)
                column = ("Tổng kinh phí dự kiến" if estimated else "Tổng kinh phí") if total \
                    else re.sub(r"\s*\((?:triệu|tỷ) đồng\)", "", name).strip()
                rows.append(Funding(amount=amount, source=None if total else column, period=period,
                                    written=f"{cell} {words}", text=f"{column} ({period}): {cell} {words}",
                                    section=para.section))
            continue
        if header is None or unit is None or year is None or len(cells) != len(header):
            continue
        years_seen.append(int(year.group(1)))
        words = "tỷ đồng" if unit == "ty" else "triệu đồng"
        for name, cell, fold_name in zip(header[1:], cells[1:], folded[1:]):
            amount = _table_amount(cell, unit)
            if amount is None:
                continue
            column = re.sub(r"\s*\((?:triệu|tỷ) đồng\)", "", name).strip()
            if _TABLE_TOTAL_RE.match(fold_keeping_length(header[len(header) - 1].lower())) and name == header[-1]:
                column = "Tổng kinh phí"
            source = f"{column} năm {year.group(1)}"
            rows.append(Funding(amount=amount, source=source, period=year.group(1),
                                written=f"{cell} {words}", text=f"{source}: {cell} {words}", section=para.section))
    return rows


# the first header cell of a table of sources down and years across (folded)
_SOURCE_COLUMN_RE = re.compile(r"^(?:nguon(?: kinh phi| von| ngan sach)?|noi dung|kinh phi|ngan sach|tt|stt)\b")
_YEAR_HEADER_RE = re.compile(r"^(?:nam\s+)?((?:19|20)\d\d)$")


def _funding_years_across_rows(doc: Document, found_before: list[Funding]) -> list[Funding]:
    """The amounts of a funding table with sources down and years across ("Nguồn kinh phí |
    2026 | 2027 | … | Tổng" over "Ngân sách tỉnh | 10 | 12 | … | 70"), its unit in a header
    cell, in the line above ("Đơn vị tính: tỷ đồng") or in the line right after it: one
    amount per source and year, named "Ngân sách tỉnh năm 2026" and read "Ngân sách tỉnh năm
    2026: 10 tỷ đồng"; the "Tổng" column gives the source's amount for the years ("2026-2030");
    a "Tổng cộng" row gives each year's total and, unless a sentence gave one, the period's.
    ``found_before``: the amounts read before (a total stated in a sentence wins)."""
    paras = doc.paragraphs
    rows: list[Funding] = []
    k = 0
    while k < len(paras):
        cells = [squash_spaces(c) for c in _cells(paras[k].text)]
        if len(cells) < 3:
            k += 1
            continue
        table = [cells]
        j = k + 1
        while j < len(paras) and (more := _cells(paras[j].text)):
            table.append([squash_spaces(c) for c in more])
            j += 1
        start, k = k, j
        header = [fold_keeping_length(c.lower()).strip(" .:") for c in table[0]]
        years = {i: int(m.group(1)) for i, c in enumerate(header) if (m := _YEAR_HEADER_RE.match(c))}
        if len(years) < 2 or not _SOURCE_COLUMN_RE.match(header[0]) or 0 in years:
            continue
        near = [fold_keeping_length(paras[n].text.lower()) for n in (start - 2, start - 1, j) if 0 <= n < len(paras)]
        unit = next((m.group(1) for c in header if (m := _TABLE_UNIT_RE.search(c))), None) or next(
            (m.group(1) for line in near if (m := _TABLE_UNIT_RE.search(line))), None)
        about_money = any("kinh phi" in fold_keeping_length(h.title.lower()) for h in paras[start].path) or \
            any("kinh phi" in line or "ngan sach" in line for line in near) or "kinh phi" in header[0]
        if unit is None or not about_money:
            continue
        words = "tỷ đồng" if unit == "ty" else "triệu đồng"
        total_col = next((i for i, c in enumerate(header) if i and _TABLE_TOTAL_RE.match(c)), None)
        period = f"{min(years.values())}-{max(years.values())}"
        sentence_total = any(f.source is None for f in found_before)
        for n, row in enumerate(table[1:], start=start + 1):
            if len(row) != len(header) or not re.search(r"[^\W\d_]", row[0]):
                continue
            is_total = bool(_TABLE_TOTAL_RE.match(fold_keeping_length(row[0].lower())))
            name = "Tổng kinh phí" if is_total else row[0]
            for i, year in years.items():
                amount = _table_amount(row[i], unit)
                if amount is None:
                    continue
                source = f"{name} năm {year}"
                rows.append(Funding(amount=amount, source=source, period=str(year), written=f"{row[i]} {words}",
                                    text=f"{source}: {row[i]} {words}", section=paras[n].section))
            amount = _table_amount(row[total_col], unit) if total_col is not None else None
            if amount is None or (is_total and sentence_total):
                continue
            rows.append(Funding(amount=amount, source=None if is_total else name, period=period,
                                written=f"{row[total_col]} {words}",
                                text=f"{name} ({period}): {row[total_col]} {words}", section=paras[n].section))
    return rows


# a column of amounts: "Kinh phí (triệu đồng)", "Số tiền (tỷ đồng)" (folded)
_MONEY_COLUMN_RE = re.compile(r"\((trieu|ty)\s+dong\)")
_TABLE_TOTAL_RE = re.compile(r"^(?:tong cong|tong so|tong|cong)\b")
# a column of each amount's share of the whole: "Tỷ lệ (%)", "Cơ cấu (%)" (folded)
_SHARE_COLUMN_RE = re.compile(r"^(?:ty le|co cau|ty trong)\b|\(%\)")


def _funding_table_rows(doc: Document, found: list[Funding]) -> list[Funding]:
    """The amounts of a funding table ("Nguồn | Kinh phí (triệu đồng)" over "Ngân sách
    tỉnh | 26.400", …, "Tổng cộng | 48.650"): one row per source, its unit the header's, the
    period the total sentence above it names; the "Tổng cộng" row is the total unless a
    sentence gave one. Rows read as their sentence: "Ngân sách tỉnh: 26.400 triệu đồng"."""
    rows: list[Funding] = []
    unit: str | None = None
    money = share = None        # the columns of the amount and of its share ("Tỷ lệ (%)")
    for para in doc.paragraphs:
        cells = [squash_spaces(c) for c in para.text.strip().strip("|").split("|")] if "|" in para.text else None
        if cells is None or len(cells) < 2:
            unit = None
            continue
        folded = [fold_keeping_length(c.lower()) for c in cells]
        header = next((_MONEY_COLUMN_RE.search(c) for c in folded if _MONEY_COLUMN_RE.search(c)), None)
        if header:
            unit = header.group(1)
            money = next(k for k, c in enumerate(folded) if _MONEY_COLUMN_RE.search(c))
            share = next((k for k, c in enumerate(folded) if k != money and _SHARE_COLUMN_RE.search(c)), None)
            continue
        if unit is None or not any("kinh phi" in fold_keeping_length(h.title.lower()) for h in para.path):
            continue
        amounts = [c for c in cells[1:] if re.fullmatch(NUMBER_PATTERN, c)]
        shared = ""
        if share is not None and money is not None and money > 0 and len(cells) > max(money, share):
            # "Ngân sách tỉnh | 54,3 | 29,1" under "… | Số tiền (tỷ đồng) | Tỷ lệ (%)": the amount
            # and its share of the whole (round 168)
            amounts = [cells[money]] if re.fullmatch(NUMBER_PATTERN, cells[money]) else []
            shared = f" ({cells[share]}%)" if re.fullmatch(NUMBER_PATTERN, cells[share]) else ""
        if len(amounts) != 1 or not re.search(r"[^\W\d_]", cells[0]):
            continue
        try:
            amount = parse_number(amounts[0]) * (1000 if unit == "ty" else 1)
        except ValueError:
            continue
        words = "tỷ đồng" if unit == "ty" else "triệu đồng"
        words += shared
        total = bool(_TABLE_TOTAL_RE.match(folded[0]))
        if total and any(f.source is None for f in found):
            continue          # the sentence above gave the total
        # (a span's total: "Kinh phí năm 2026 …" after the table is one year's, no table's period)
        period = next((f.period for f in reversed(found) if f.source is None and f.period and "-" in f.period), None)
        rows.append(Funding(amount=amount, source=None if total else cells[0], period=period,
                            written=f"{amounts[0]} {words}", text=f"{cells[0]}: {amounts[0]} {words}",
                            section=para.section))
    return rows
