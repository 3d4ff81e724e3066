"""Export of the field reports of a date range: an XLSX workbook (reports, and the audit
trail of their changes on a sheet of its own) or a CSV of the reports.

A report is in the range when its period overlaps it. Only aggregate counts are exported,
as stored. Column titles are in the reader's language; the values are as stored (ISO
dates, integers), so a spreadsheet can compute with them.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from typing import Any

import sqlite_utils
from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from bot.digest.compute import Scope, reports_filter
from bot.i18n import N_, translator

MAX_RANGE_DAYS = 3 * 366
DEFAULT_DAYS = 30

REPORT_COLUMNS = (
    ("id", N_("Report")),
    ("city", N_("City")),
    ("district", N_("District")),
    ("area", N_("Area")),
    ("measure", N_("Measure code")),
    ("measure_name", N_("Measure")),
    ("period_kind", N_("Period")),
    ("period_start", N_("From")),
    ("period_end", N_("To")),
    ("value", N_("Count")),
    ("numerator", N_("Numerator")),
    ("denominator", N_("Denominator")),
    ("rate", N_("Rate (%)")),
    ("reporter_id", N_("Reporter id")),
    ("reporter", N_("Reporter")),
    ("created_at", N_("Created (UTC)")),
    ("updated_at", N_("Updated (UTC)")),
)
AUDIT_COLUMNS = (
    ("id", N_("Change")),
    ("report_id", N_("Report")),
    ("area", N_("Area")),
    ("measure", N_("Measure code")),
    ("action", N_("Action")),
    ("changed_by", N_("Changed by (id)")),
    ("changed_at", N_("Changed at (UTC)")),
    ("old_value", N_("Before")),
    ("new_value", N_("After")),
    ("reason", N_("Reason")),
)


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


def report_rows(db: sqlite_utils.Database, scope: Scope | None, start: dt.date, end: dt.date,
                lang: str = "vi") -> list[dict[str, Any]]:
    """The reports of ``scope`` (all cities when None) whose period overlaps ``start``..``end``."""
    where, params = reports_filter(scope) if scope is not None else ("1 = 1", [])
    rows = db.execute(
        f"""
        select r.id, a.city, a.district, a.name, r.measure, m.name_vi, m.name_en, r.period_kind, r.period_start,
               r.period_end, r.value, r.numerator, r.denominator, r.reporter_id, u.display_name,
               r.created_at, r.updated_at
        from reports r join areas a on a.id = r.area_id left join measures m on m.key = r.measure
        left join users u on u.id = r.reporter_id
        where {where} and r.period_start <= ? and coalesce(r.period_end, r.period_start) >= ?
        order by r.period_start, a.city, a.district, a.name, r.measure, r.id
        """,
        [*params, end.isoformat(), start.isoformat()],
    ).fetchall()
    out = []
    for (report_id, city, district, area, measure, name_vi, name_en, kind, p_start, p_end, value, numerator,
         denominator, reporter_id, reporter, created_at, updated_at) in rows:
        rate = round(numerator / denominator * 100, 2) if numerator is not None and denominator else None
        out.append({
            "id": report_id, "city": city, "district": district, "area": area, "measure": measure,
            "measure_name": (name_en if lang == "en" and name_en else name_vi) or measure,
            "period_kind": kind, "period_start": p_start, "period_end": p_end, "value": value,
            "numerator": numerator, "denominator": denominator, "rate": rate, "reporter_id": reporter_id,
            "reporter": reporter, "created_at": created_at, "updated_at": updated_at,
        })
    return out


def audit_rows(db: sqlite_utils.Database, report_ids: list[int]) -> list[dict[str, Any]]:
    """The audit trail of the given reports, oldest change first."""
    if not report_ids:
        return []
    found: list[dict[str, Any]] = []
    for chunk_start in range(0, len(report_ids), 500):
        chunk = report_ids[chunk_start:chunk_start + 500]
        marks = ",".join("?" * len(chunk))
        for row in db.execute(
            f"""
            select t.id, t.report_id, a.name, r.measure, t.action, t.changed_by, t.changed_at, t.old_value,
                   t.new_value, t.reason
            from report_audit t join reports r on r.id = t.report_id join areas a on a.id = r.area_id
            where t.report_id in ({marks})
            """,
            chunk,
        ):
            found.append(dict(zip([key for key, _title in AUDIT_COLUMNS], row)))
    return sorted(found, key=lambda row: (row["changed_at"] or "", row["id"]))


def _cell(value: Any) -> Any:
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return value


# A cell a spreadsheet would read as a formula (CSV injection): names, places and reasons
# are typed by people, and "=HYPERLINK(…)" must stay text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: Any) -> Any:
    """A CSV value; text that would start a formula is prefixed with "'"."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def to_xlsx(reports: list[dict[str, Any]], audits: list[dict[str, Any]], lang: str) -> bytes:
    """A workbook with a "Reports" sheet and an "Audit" sheet."""
    _ = translator(lang)
    workbook = Workbook()
    sheets = ((workbook.active, _("Reports"), REPORT_COLUMNS, reports),
              (workbook.create_sheet(), _("Audit trail"), AUDIT_COLUMNS, audits))
    for sheet, title, columns, rows in sheets:
        sheet.title = title[:31]
        sheet.append([_(label) for _key, label in columns])
        for row in rows:
            sheet.append([_cell(row.get(key)) for key, _label in columns])
            for cell in sheet[sheet.max_row]:
                if cell.data_type == "f":   # openpyxl takes any text starting with "=" for a formula
                    cell.data_type = "s"
        sheet.freeze_panes = "A2"
        for index, (_key, label) in enumerate(columns, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = max(10, min(40, len(_(label)) + 4))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def to_csv(reports: list[dict[str, Any]], lang: str) -> bytes:
    """The reports as CSV (UTF-8 with a byte-order mark, so spreadsheets read the accents)."""
    _ = translator(lang)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([_(label) for _key, label in REPORT_COLUMNS])
    for row in reports:
        writer.writerow([_csv_cell(row.get(key)) for key, _label in REPORT_COLUMNS])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def file_name(scope: Scope | None, start: dt.date, end: dt.date, extension: str) -> str:
    """``bao-cao_2026-01-01_2026-03-31.xlsx``: ASCII only, so every phone can save it."""
    return f"bao-cao_{start.isoformat()}_{end.isoformat()}.{extension}"
