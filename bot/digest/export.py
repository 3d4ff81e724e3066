"""Export of the field reports of a date range: an XLSX workbook (reports, and the audit
trail of their changes on a sheet of its own) or two CSV files (the reports, and their audit
trail beside them: a CSV holds one table).

A report is in the range when its period overlaps it. Only aggregate counts are exported.
The rows are streamed: the query's cursor is read row by row into openpyxl's write-only
workbook (or the CSV writer), so time and memory grow linearly with the rows and a year of
a large city is never held in memory. What a manager sees:

- dates as dates and times as times, in the deployment's time zone (``tz``);
- codes in the reader's language (period kinds, audit actions); figures as numbers;
- the figures before and after a change as columns of their own, not JSON;
- the reporter's name and area; a bold, frozen header with filters; widths fitted to a
  sample of the rows;
- beside each measure, the indicator of the city's plan it is linked to (its number in that
  plan, its topic, the plan), as the digest names it, or that it is linked to none;
- text people typed kept as text: never a formula, in the workbook or the CSV.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import itertools
import json
import re
from dataclasses import dataclass
from typing import IO, Any, Iterable, Iterator
from zoneinfo import ZoneInfo

import sqlite_utils
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from bot.digest.compute import Scope, load_measures, reports_filter
from bot.digest.text import indicator_words
from bot.field.measures import plan_indicator
from bot.i18n import N_, translator

MAX_RANGE_DAYS = 3 * 366
DEFAULT_DAYS = 30
WIDTH_SAMPLE = 200          # rows read ahead to fit the column widths
MIN_WIDTH, MAX_WIDTH = 8, 50

# Kinds of column: how a value is written and formatted.
TEXT, INT, FLOAT, DATE, DATETIME = "text", "int", "float", "date", "datetime"


@dataclass(frozen=True)
class Column:
    key: str
    title: str                # msgid; "{zone}" is the deployment's time zone
    kind: str = TEXT


REPORT_COLUMNS = (
    Column("id", N_("Report"), INT),
    Column("city", N_("City")),
    Column("district", N_("District")),
    Column("area", N_("Area")),
    Column("measure", N_("Measure code")),
    Column("measure_name", N_("Measure")),
    Column("plan_indicator", N_("Plan indicator")),
    Column("period_kind", N_("Period")),
    Column("period_start", N_("From"), DATE),
    Column("period_end", N_("To"), DATE),
    Column("value", N_("Count"), INT),
    Column("numerator", N_("Numerator"), INT),
    Column("denominator", N_("Denominator"), INT),
    Column("rate", N_("Rate (%)"), FLOAT),
    Column("reporter_id", N_("Reporter id"), INT),
    Column("reporter", N_("Reporter")),
    Column("reporter_area", N_("Reporter's area")),
    Column("created_at", N_("Created ({zone})"), DATETIME),
    Column("updated_at", N_("Updated ({zone})"), DATETIME),
)
AUDIT_COLUMNS = (
    Column("id", N_("Change"), INT),
    Column("report_id", N_("Report"), INT),
    Column("area", N_("Area")),
    Column("measure", N_("Measure code")),
    Column("period_start", N_("From"), DATE),
    Column("action", N_("Action")),
    Column("changed_by", N_("Changed by (id)"), INT),
    Column("changed_by_name", N_("Changed by")),
    Column("changed_at", N_("Changed at ({zone})"), DATETIME),
    Column("old_value", N_("Count before"), INT),
    Column("old_numerator", N_("Numerator before"), INT),
    Column("old_denominator", N_("Denominator before"), INT),
    Column("new_value", N_("Count after"), INT),
    Column("new_numerator", N_("Numerator after"), INT),
    Column("new_denominator", N_("Denominator after"), INT),
    Column("reason", N_("Reason")),
)
PERIOD_KINDS = {"week": N_("week"), "month": N_("month")}
ACTIONS = {"create": N_("created"), "replace": N_("replaced"), "correct": N_("corrected")}
# Excel number formats: how Vietnamese officers write dates, ISO for everyone else.
DATE_FORMATS = {"vi": ("dd/mm/yyyy", "dd/mm/yyyy hh:mm"), "en": ("yyyy-mm-dd", "yyyy-mm-dd hh:mm")}
RATE_FORMAT = "0.00"


class ExportError(ValueError):
    """A date range that cannot be exported; ``code`` is ``bad_date``, ``reversed`` or ``too_long``."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


_DMY_RE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


def parse_date(text: str) -> dt.date:
    """``2026-03-31`` or, as Vietnamese officers write it, ``31/03/2026``; raises ValueError."""
    text = text.strip()
    match = _DMY_RE.match(text)
    if match:
        day, month, year = (int(part) for part in match.groups())
        return dt.date(year, month, day)
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ValueError(text)
    return dt.date.fromisoformat(text)


def parse_range(args: list[str], today: dt.date) -> tuple[dt.date, dt.date]:
    """``["2026-01-01", "31/03/2026"]`` → the two dates; none → the last 30 days. Raises ExportError."""
    if not args:
        return today - dt.timedelta(days=DEFAULT_DAYS - 1), today
    if len(args) != 2:
        raise ExportError("bad_date")
    try:
        start, end = (parse_date(arg) for arg in args)
    except ValueError:
        raise ExportError("bad_date") from None
    if end < start:
        raise ExportError("reversed")
    if (end - start).days > MAX_RANGE_DAYS:
        raise ExportError("too_long")
    return start, end


# -- values --------------------------------------------------------------------------------
def _day(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def local_time(stamp: str | None, tz: ZoneInfo) -> dt.datetime | None:
    """A stored UTC ISO stamp as a naive local datetime in ``tz`` (spreadsheets have no
    time zones), to the second; None when empty or unreadable."""
    if not stamp:
        return None
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(tz).replace(tzinfo=None, microsecond=0)


def _figures(stored: str | None) -> tuple[Any, Any, Any]:
    """``(count, numerator, denominator)`` of an audit line's JSON; blanks when absent or unreadable."""
    try:
        data = json.loads(stored) if stored else None
    except ValueError:
        data = None
    if not isinstance(data, dict):
        return None, None, None
    return tuple(value if isinstance(value, (int, float)) else None
                 for value in (data.get("value"), data.get("numerator"), data.get("denominator")))


def _person(name: str | None, username: str | None) -> str | None:
    if name:
        return name
    return f"@{username}" if username else None


def _range_filter(scope: Scope | None, start: dt.date, end: dt.date) -> tuple[str, list[Any]]:
    where, params = reports_filter(scope) if scope is not None else ("1 = 1", [])
    return (f"{where} and r.period_start <= ? and coalesce(r.period_end, r.period_start) >= ?",
            [*params, end.isoformat(), start.isoformat()])


def report_rows(db: sqlite_utils.Database, scope: Scope | None, start: dt.date, end: dt.date,
                lang: str = "vi", tz: ZoneInfo | str = "Asia/Ho_Chi_Minh", kb: Any = None) -> Iterator[dict[str, Any]]:
    """The reports of ``scope`` (all cities when None) whose period overlaps ``start``..``end``,
    one dict per report keyed as ``REPORT_COLUMNS``, read from the cursor as they are consumed.

    Dates are ``date``, times naive local ``datetime`` in ``tz``, codes in ``lang``;
    ``plan_indicator`` names the indicator of the report's city's plan (in ``kb``) the
    measure is linked to, or says it is linked to none (empty without ``kb``).
    """
    tz = ZoneInfo(tz) if isinstance(tz, str) else tz
    _ = translator(lang)
    measures = load_measures(db) if kb is not None else {}
    indicators: dict[tuple[str, str], str | None] = {}   # (city, measure): a few, whatever the rows

    def indicator_of(city: str, key: str) -> str | None:
        if kb is None or key not in measures:
            return None
        if (city, key) not in indicators:
            indicators[(city, key)] = indicator_words(plan_indicator(kb, measures[key], city), lang)
        return indicators[(city, key)]
    where, params = _range_filter(scope, start, end)
    cursor = db.execute(
        f"""
        select r.id, a.city, a.district, a.name, r.measure, m.name_vi, m.name_en, r.period_kind, r.period_start,
               r.period_end, r.value, r.numerator, r.denominator, r.reporter_id, u.display_name, u.username,
               coalesce(ua.name, u.district, u.city), r.created_at, r.updated_at
        from reports r join areas a on a.id = r.area_id left join measures m on m.key = r.measure
        left join users u on u.id = r.reporter_id left join areas ua on ua.id = u.area_id
        where {where}
        order by r.period_start, a.city, a.district, a.name, r.measure, r.id
        """,
        params,
    )
    kinds = {code: _(name) for code, name in PERIOD_KINDS.items()}
    for (report_id, city, district, area, measure, name_vi, name_en, kind, p_start, p_end, value, numerator,
         denominator, reporter_id, reporter, username, reporter_area, created_at, updated_at) in cursor:
        yield {
            "id": report_id, "city": city, "district": district, "area": area, "measure": measure,
            "measure_name": (name_en if lang == "en" and name_en else name_vi) or measure,
            "plan_indicator": indicator_of(city, measure),
            "period_kind": kinds.get(kind, kind), "period_start": _day(p_start), "period_end": _day(p_end),
            "value": value, "numerator": numerator, "denominator": denominator,
            "rate": round(numerator / denominator * 100, 2) if numerator is not None and denominator else None,
            "reporter_id": reporter_id, "reporter": _person(reporter, username), "reporter_area": reporter_area,
            "created_at": local_time(created_at, tz), "updated_at": local_time(updated_at, tz),
        }


def audit_rows(db: sqlite_utils.Database, scope: Scope | None, start: dt.date, end: dt.date,
               lang: str = "vi", tz: ZoneInfo | str = "Asia/Ho_Chi_Minh") -> Iterator[dict[str, Any]]:
    """The audit trail of the reports ``report_rows`` gives, oldest change first, keyed as
    ``AUDIT_COLUMNS``: actions in ``lang``, the figures before and after in columns."""
    tz = ZoneInfo(tz) if isinstance(tz, str) else tz
    _ = translator(lang)
    where, params = _range_filter(scope, start, end)
    cursor = db.execute(
        f"""
        select t.id, t.report_id, a.name, r.measure, r.period_start, t.action, t.changed_by, u.display_name,
               u.username, t.changed_at, t.old_value, t.new_value, t.reason
        from report_audit t join reports r on r.id = t.report_id join areas a on a.id = r.area_id
        left join users u on u.id = t.changed_by
        where {where}
        order by t.changed_at, t.id
        """,
        params,
    )
    actions = {code: _(name) for code, name in ACTIONS.items()}
    for (change_id, report_id, area, measure, p_start, action, changed_by, name, username, changed_at,
         old, new, reason) in cursor:
        before, after = _figures(old), _figures(new)
        yield {
            "id": change_id, "report_id": report_id, "area": area, "measure": measure,
            "period_start": _day(p_start), "action": actions.get(action, action), "changed_by": changed_by,
            "changed_by_name": _person(name, username), "changed_at": local_time(changed_at, tz),
            "old_value": before[0], "old_numerator": before[1], "old_denominator": before[2],
            "new_value": after[0], "new_numerator": after[1], "new_denominator": after[2], "reason": reason,
        }


# -- the workbook ------------------------------------------------------------------------------
def column_titles(columns: Iterable[Column], lang: str, tz: ZoneInfo | str) -> list[str]:
    """The columns' titles in ``lang``, the time zone named where times are."""
    _ = translator(lang)
    zone = getattr(tz, "key", None) or str(tz)
    return [_(column.title, zone=zone) if "{zone}" in column.title else _(column.title) for column in columns]


def _shown(value: Any, kind: str) -> str:
    """A value as a spreadsheet shows it, to measure a column's width."""
    if value is None:
        return ""
    if kind == DATE:
        return "00/00/0000"
    if kind == DATETIME:
        return "00/00/0000 00:00"
    if kind == FLOAT:
        return f"{value:.2f}"
    return str(value)


def fit_widths(titles: list[str], columns: Iterable[Column], sample: list[dict[str, Any]]) -> list[float]:
    """Column widths (in characters) that fit the title (bold, with a filter button) and the
    longest value of ``sample``, between ``MIN_WIDTH`` and ``MAX_WIDTH``."""
    widths = []
    for title, column in zip(titles, columns):
        longest = max((len(_shown(row.get(column.key), column.kind)) for row in sample), default=0)
        widths.append(float(min(MAX_WIDTH, max(MIN_WIDTH, len(title) + 4, longest + 2))))
    return widths


def _clean(text: str) -> str:
    """Characters XML cannot hold (control characters someone typed) dropped."""
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def _write_sheet(workbook: Workbook, title: str, columns: tuple[Column, ...], rows: Iterable[dict[str, Any]],
                 lang: str, tz: ZoneInfo | str) -> int:
    """One sheet of ``rows``, streamed; returns how many rows were written."""
    sheet = workbook.create_sheet(title[:31])
    titles = column_titles(columns, lang, tz)
    rows = iter(rows)
    sample = list(itertools.islice(rows, WIDTH_SAMPLE))
    # Widths, panes and filters go in the sheet's XML before the rows: set them first.
    for index, width in enumerate(fit_widths(titles, columns, sample), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    header_font, header_align = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    header = []
    for text in titles:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font, cell.alignment = header_font, header_align
        header.append(cell)
    sheet.append(header)
    date_format, time_format = DATE_FORMATS.get(lang, DATE_FORMATS["en"])
    # One styled cell per dated column, reused: a write-only row is written out on append.
    styled: dict[int, WriteOnlyCell] = {}
    for index, column in enumerate(columns):
        if column.kind in (DATE, DATETIME, FLOAT):
            styled[index] = WriteOnlyCell(sheet)
            styled[index].number_format = {DATE: date_format, DATETIME: time_format, FLOAT: RATE_FORMAT}[column.kind]
    count = 0
    for row in itertools.chain(sample, rows):
        values: list[Any] = []
        for index, column in enumerate(columns):
            value = row.get(column.key)
            if value is None:
                values.append(None)
            elif index in styled:
                cell = styled[index]
                cell.value = value
                values.append(cell)
            elif isinstance(value, str):
                value = _clean(value)
                if value.startswith("="):   # openpyxl would store it as a formula: keep it text
                    cell = WriteOnlyCell(sheet, value=value)
                    cell.data_type = "s"
                    values.append(cell)
                else:
                    values.append(value)
            else:
                values.append(value)
        sheet.append(values)
        count += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count + 1}"
    return count


def write_xlsx(target: str | IO[bytes], reports: Iterable[dict[str, Any]], audits: Iterable[dict[str, Any]],
               lang: str, tz: ZoneInfo | str = "Asia/Ho_Chi_Minh") -> int:
    """Write a workbook with a "Reports" and an "Audit trail" sheet to ``target`` (a path or
    a binary file) from two row streams (as ``report_rows``/``audit_rows`` give); returns the
    number of reports. Memory stays flat whatever the number of rows."""
    _ = translator(lang)
    workbook = Workbook(write_only=True)
    count = _write_sheet(workbook, _("Reports"), REPORT_COLUMNS, reports, lang, tz)
    _write_sheet(workbook, _("Audit trail"), AUDIT_COLUMNS, audits, lang, tz)
    workbook.save(target)
    return count


def export_xlsx(target: str | IO[bytes], db: sqlite_utils.Database, scope: Scope | None, start: dt.date,
                end: dt.date, lang: str, tz: ZoneInfo | str, kb: Any = None) -> int:
    """The reports of ``scope`` overlapping ``start``..``end`` and their audit trail, as a
    workbook written to ``target``; returns the number of reports. With ``kb`` each report
    names the plan indicator its measure is linked to."""
    return write_xlsx(target, report_rows(db, scope, start, end, lang, tz, kb),
                      audit_rows(db, scope, start, end, lang, tz), lang, tz)


# -- CSV -----------------------------------------------------------------------------------------
# A cell a spreadsheet would read as a formula (CSV injection): names, places and reasons
# are typed by people, and "=HYPERLINK(…)" must stay text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: Any) -> Any:
    """A CSV value: dates in ISO, times to the minute; text that would start a formula is
    prefixed with "'"."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(target: IO[bytes], reports: Iterable[dict[str, Any]], lang: str,
              tz: ZoneInfo | str = "Asia/Ho_Chi_Minh", columns: tuple[Column, ...] = REPORT_COLUMNS) -> int:
    """Rows as CSV, the columns of a workbook's sheet (the "Reports" one unless ``columns``
    says, e.g. ``AUDIT_COLUMNS``), written to the binary file ``target`` in UTF-8 with a
    byte-order mark (so Excel reads the accents); returns the number of rows."""
    stream = codecs.getwriter("utf-8")(target)
    stream.write("\ufeff")
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(column_titles(columns, lang, tz))
    count = 0
    for row in reports:
        writer.writerow([_csv_cell(row.get(column.key)) for column in columns])
        count += 1
    stream.flush()
    return count


def export_csv(target: IO[bytes], db: sqlite_utils.Database, scope: Scope | None, start: dt.date,
               end: dt.date, lang: str, tz: ZoneInfo | str, kb: Any = None) -> int:
    """The reports of ``scope`` overlapping ``start``..``end`` as CSV written to ``target``
    (with ``kb``, naming the plan indicator of each measure); returns the number of reports.
    Their audit trail is a CSV of its own: ``export_audit_csv``."""
    return write_csv(target, report_rows(db, scope, start, end, lang, tz, kb), lang, tz)


def export_audit_csv(target: IO[bytes], db: sqlite_utils.Database, scope: Scope | None, start: dt.date,
                     end: dt.date, lang: str, tz: ZoneInfo | str) -> int:
    """The audit trail of the reports ``export_csv`` writes, as the second CSV file beside
    it (one CSV is one table, as one sheet of the workbook), the columns of the workbook's
    "Audit trail" sheet; streamed from the cursor; returns the number of changes."""
    return write_csv(target, audit_rows(db, scope, start, end, lang, tz), lang, tz, AUDIT_COLUMNS)


AUDIT_SUFFIX = "lich-su"    # the audit CSV's file name: the reports' one with this added


def audit_path(path: Any) -> Any:
    """The audit CSV's path beside the reports' CSV ``path`` (a ``pathlib.Path``):
    ``q1.csv`` → ``q1_lich-su.csv``."""
    return path.with_name(f"{path.stem}_{AUDIT_SUFFIX}{path.suffix or '.csv'}")


def file_name(scope: Scope | None, start: dt.date, end: dt.date, extension: str, audit: bool = False) -> str:
    """``bao-cao_2026-01-01_2026-03-31.xlsx`` (``…_lich-su.csv`` for the audit CSV): ASCII
    only, so every phone can save it."""
    return f"bao-cao_{start.isoformat()}_{end.isoformat()}{'_' + AUDIT_SUFFIX if audit else ''}.{extension}"
