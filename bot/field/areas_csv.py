"""Importing areas (wards and communes with their district and city) from a CSV file.

The file has a header row naming the columns ``city``, ``district`` and ``name`` (the
Vietnamese ``tinh_thanh``/``thanh_pho``, ``quan_huyen`` and ``phuong_xa`` work too),
separated by commas or semicolons (Excel in Vietnamese writes semicolons). Every line is
checked first; a file with any bad line imports nothing, and each problem is reported with
its line number.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

import sqlite_utils

from bot.runtime.database import utcnow
from bot.field.people import all_areas, clean_name, validate_area_fields
from knowledge.text import clean_text, fold, normalize

MAX_BYTES = 1_000_000
MAX_ROWS = 20_000
COLUMN_ALIASES = {
    "city": {"city", "province", "tinh", "thanh pho", "tinh thanh", "tinh thanh pho", "tinh tp"},
    "district": {"district", "quan", "huyen", "quan huyen", "quan huyen thi xa"},
    "name": {"name", "area", "ward", "commune", "phuong", "xa", "phuong xa", "xa phuong", "ten", "ten phuong xa"},
}


class AreaCsvError(ValueError):
    """The file cannot be imported; ``errors`` are ``(line, code, detail)``."""

    def __init__(self, errors: list[tuple[int, str, str]]) -> None:
        super().__init__("; ".join(f"line {line}: {code} {detail}".strip() for line, code, detail in errors))
        self.errors = errors


@dataclass
class ImportResult:
    added: int = 0
    existing: int = 0
    rows: list[tuple[str, str, str]] = field(default_factory=list)


def decode(data: bytes) -> str:
    """Bytes of an uploaded file as text (UTF-8, with or without BOM); AreaCsvError otherwise."""
    if len(data) > MAX_BYTES:
        raise AreaCsvError([(0, "too_large", "")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise AreaCsvError([(0, "not_utf8", "")]) from None


def _column(header: str) -> str | None:
    folded = normalize(header)
    for column, aliases in COLUMN_ALIASES.items():
        if folded in aliases:
            return column
    return None


def parse_areas_csv(text: str) -> list[tuple[str, str, str]]:
    """``(city, district, name)`` of every data line; raises AreaCsvError with line numbers."""
    if len(text) > MAX_BYTES:
        raise AreaCsvError([(0, "too_large", "")])
    text = clean_text(text)  # BOM, zero-width characters, odd spaces and dashes, look-alikes
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise AreaCsvError([(1, "empty", "")]) from None
    except csv.Error as error:
        raise AreaCsvError([(1, "bad_csv", str(error))]) from None
    positions: dict[str, int] = {}
    for index, title in enumerate(header):
        column = _column(title)
        if column and column not in positions:
            positions[column] = index
    missing = [c for c in ("city", "district", "name") if c not in positions]
    if missing:
        raise AreaCsvError([(1, "missing_columns", ", ".join(missing))])
    rows: list[tuple[str, str, str]] = []
    errors: list[tuple[int, str, str]] = []
    seen: dict[tuple[str, str, str], int] = {}
    try:
        for record in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            cells = [record[positions[c]] if positions[c] < len(record) else "" for c in ("city", "district", "name")]
            city, district, name = (clean_name(c) for c in cells)
            problems = validate_area_fields(city, district, name)
            if problems:
                errors.extend((line, code, "") for code in problems)
                continue
            key = (_key(city), _key(district), _key(name))
            if key in seen:
                errors.append((line, "duplicate", str(seen[key])))
                continue
            seen[key] = line
            rows.append((city, district, name))
            if len(rows) > MAX_ROWS:
                raise AreaCsvError([(line, "too_many", str(MAX_ROWS))])
    except csv.Error as error:
        errors.append((reader.line_num, "bad_csv", str(error)))
    if errors:
        raise AreaCsvError(errors)
    if not rows:
        raise AreaCsvError([(2, "empty", "")])
    return rows


def import_areas(db: sqlite_utils.Database, text: str) -> ImportResult:
    """Add every area of the CSV ``text`` that is not there yet, in one transaction (all
    or nothing); a city or district already known keeps its stored spelling."""
    rows = parse_areas_csv(text)
    result = ImportResult(rows=rows)
    known = {(_key(a.city), _key(a.district), _key(a.name)) for a in all_areas(db)}
    cities = {_key(a.city): a.city for a in all_areas(db)}
    districts = {(_key(a.city), _key(a.district)): a.district for a in all_areas(db)}
    now = utcnow()
    with db.atomic():
        for city, district, name in rows:
            key = (_key(city), _key(district), _key(name))
            if key in known:
                result.existing += 1
                continue
            city = cities.setdefault(key[0], city)
            district = districts.setdefault(key[:2], district)
            db["areas"].insert({"name": name, "district": district, "city": city, "created_at": now})
            known.add(key)
            result.added += 1
    return result


def _key(text: str) -> str:
    return " ".join(fold(text).split())
