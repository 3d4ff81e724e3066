"""The catalogue of field measures collaborators can report, and what each one measures in
the plans.

A measure is a count ("children injured this week") or a rate (numerator over
denominator: "children under 5 with a registered birth / all children under 5"), reported
per week or per month. Where it feeds a plan indicator it names the indicator number and
the metric index within it; *which* plan is resolved at runtime from the knowledge base —
the plan whose locality is the area's city and that has that indicator
(``targets_for``) — so nothing about a particular plan is written here.

The default catalogue ships as ``bot/field/data/measures.csv`` and is loaded into the
``measures`` table at start-up when the table is empty or the file has changed; an admin
can replace it with a CSV of the same columns.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import heapq
import io
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import sqlite_utils
from rapidfuzz import fuzz

from bot.runtime.database import utcnow
from knowledge.text import clean_text, normalize

log = logging.getLogger(__name__)

DEFAULT_CATALOGUE = Path(__file__).with_name("data") / "measures.csv"
CATALOGUE_NAME = "measures"

COUNT, RATE = "count", "rate"
KINDS = (COUNT, RATE)
WEEK, MONTH = "week", "month"
PERIODS = (WEEK, MONTH)

REQUIRED_COLUMNS = ("key", "name_vi", "name_en", "kind", "period")
OPTIONAL_COLUMNS = ("indicator", "metric", "numerator_vi", "numerator_en", "denominator_vi", "denominator_en",
                    "keywords", "max_value")
MAX_CATALOGUE_BYTES = 200_000
MAX_MEASURES = 200
_KEY_RE = re.compile(r"^[a-z][a-z0-9_]{1,39}$")
_INDICATOR_QUERY_RE = re.compile(r"^(?:ct|chi tieu|chitieu|chi so|indicator|ind|no|so)?\s*0*(\d{1,3})$")


class CatalogueError(ValueError):
    """A catalogue file that cannot be loaded; ``errors`` are ``(line, code, detail)``."""

    def __init__(self, errors: list[tuple[int, str, str]]) -> None:
        super().__init__("; ".join(f"line {line}: {code} {detail}".strip() for line, code, detail in errors))
        self.errors = errors


@dataclass(frozen=True)
class Measure:
    key: str
    name_vi: str
    name_en: str
    kind: str
    period: str
    indicator: int | None = None
    metric: int | None = None
    numerator_vi: str | None = None
    numerator_en: str | None = None
    denominator_vi: str | None = None
    denominator_en: str | None = None
    keywords: str | None = None
    max_value: int | None = None
    position: int = 0
    active: int = 1

    @property
    def is_rate(self) -> bool:
        return self.kind == RATE

    def name(self, lang: str) -> str:
        return self.name_en if lang == "en" and self.name_en else self.name_vi

    def numerator_label(self, lang: str) -> str:
        text = self.numerator_en if lang == "en" else self.numerator_vi
        return text or self.name(lang)

    def denominator_label(self, lang: str) -> str:
        text = self.denominator_en if lang == "en" else self.denominator_vi
        return text or ""

    def keyword_list(self) -> list[str]:
        return [k.strip() for k in (self.keywords or "").split(";") if k.strip()]

    def row(self) -> dict[str, Any]:
        return dict(self.__dict__)


# -- the catalogue file ------------------------------------------------------------------
def _int_or_none(text: str | None) -> int | None:
    text = (text or "").strip()
    return int(text) if text else None


def parse_catalogue(text: str) -> list[Measure]:
    """Read a catalogue CSV (the columns of ``bot/field/data/measures.csv``); raises
    CatalogueError listing every problem with its line number."""
    if len(text.encode("utf-8")) > MAX_CATALOGUE_BYTES:
        raise CatalogueError([(0, "too_large", "")])
    text = clean_text(text)  # BOM, zero-width characters, odd spaces and dashes, look-alikes
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise CatalogueError([(1, "missing_columns", ", ".join(missing))])
    reader.fieldnames = header
    errors: list[tuple[int, str, str]] = []
    measures: list[Measure] = []
    seen: set[str] = set()
    for index, raw in enumerate(reader):
        line = reader.line_num
        row = {k: (v or "").strip() for k, v in raw.items() if k is not None}
        if not any(row.values()):
            continue
        key = row.get("key", "")
        problems = []
        if not _KEY_RE.match(key):
            problems.append(("bad_key", key))
        elif key in seen:
            problems.append(("duplicate_key", key))
        if not row.get("name_vi") or not row.get("name_en"):
            problems.append(("missing_name", key))
        if row.get("kind") not in KINDS:
            problems.append(("bad_kind", row.get("kind", "")))
        if row.get("period") not in PERIODS:
            problems.append(("bad_period", row.get("period", "")))
        numbers: dict[str, int | None] = {}
        for column in ("indicator", "metric", "max_value"):
            value = row.get(column, "")
            if value and not (value.isascii() and value.isdigit() and 0 < int(value) <= 10**9):
                problems.append(("bad_number", f"{column}={value}"))
                numbers[column] = None
            else:
                numbers[column] = _int_or_none(value)
        if numbers["indicator"] is not None and numbers["metric"] is None:
            numbers["metric"] = 1
        if row.get("kind") == RATE and not (row.get("numerator_vi") and row.get("denominator_vi")):
            problems.append(("missing_rate_labels", key))
        for column in ("name_vi", "name_en", "numerator_vi", "numerator_en", "denominator_vi", "denominator_en"):
            if len(row.get(column, "")) > 200:
                problems.append(("too_long", column))
        if problems:
            errors.extend((line, code, detail) for code, detail in problems)
            continue
        seen.add(key)
        measures.append(Measure(
            key=key, name_vi=row["name_vi"], name_en=row["name_en"], kind=row["kind"], period=row["period"],
            indicator=numbers["indicator"], metric=numbers["metric"],
            numerator_vi=row.get("numerator_vi") or None, numerator_en=row.get("numerator_en") or None,
            denominator_vi=row.get("denominator_vi") or None, denominator_en=row.get("denominator_en") or None,
            keywords=row.get("keywords") or None, max_value=numbers["max_value"], position=index + 1,
        ))
    if not measures and not errors:
        errors.append((2, "empty", ""))
    if len(measures) > MAX_MEASURES:
        errors.append((0, "too_many", str(len(measures))))
    if errors:
        raise CatalogueError(errors)
    return measures


@dataclass
class ReplaceResult:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)


def replace_catalogue(db: sqlite_utils.Database, measures: list[Measure], *, source: str = "upload",
                      sha256: str | None = None) -> ReplaceResult:
    """Make ``measures`` the active catalogue. Measures missing from it are retired
    (``active = 0``), not deleted: past reports still point at them. A measure that has
    reports keeps its kind and period (raises CatalogueError): its saved counts would
    otherwise be read as rates, or its weeks as months. All of it, or nothing, is applied."""
    result = ReplaceResult()
    with db.atomic():
        old = {row["key"]: row for row in db["measures"].rows}
        existing = set(old)
        wanted = {m.key for m in measures}
        reported = {row[0] for row in db.execute("select distinct measure from reports")}
        errors = [(measure.position + 1, f"{column}_changed", measure.key)
                  for measure in measures if measure.key in reported and measure.key in old
                  for column in ("kind", "period") if old[measure.key][column] != getattr(measure, column)]
        if errors:
            raise CatalogueError(errors)
        for measure in measures:
            (result.updated if measure.key in existing else result.added).append(measure.key)
            db["measures"].upsert({**measure.row(), "active": 1}, pk="key")
        for key in sorted(existing - wanted):
            db["measures"].update(key, {"active": 0})
            result.retired.append(key)
        db["catalogue_state"].upsert(
            {"name": CATALOGUE_NAME, "sha256": sha256 or _sha(_catalogue_text(measures)), "source": source,
             "loaded_at": utcnow()},
            pk="name",
        )
    return result


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _catalogue_text(measures: list[Measure]) -> str:
    return "\n".join(repr(m) for m in measures)


def ensure_catalogue(db: sqlite_utils.Database, path: Path = DEFAULT_CATALOGUE) -> bool:
    """Load the shipped catalogue when the table is empty or the file changed since it was
    last loaded; True if it was loaded. An admin's upload stays until the file changes."""
    text = path.read_text(encoding="utf-8")
    sha = _sha(text)
    shipped = list(db["catalogue_state"].rows_where("name = ?", [CATALOGUE_NAME + ":file"]))
    has_rows = db.execute("select count(*) from measures where active = 1").fetchone()[0] > 0
    if has_rows and shipped and shipped[0]["sha256"] == sha:
        return False
    try:
        replace_catalogue(db, parse_catalogue(text), source="file", sha256=sha)
    except CatalogueError as error:
        if not has_rows:
            raise
        # e.g. the file changes the kind of a measure that has reports: keep the catalogue
        # in use rather than misread those reports, and say why at every start
        log.error("shipped catalogue %s not loaded, the current one stays: %s", path, error)
        return False
    with db.atomic():
        db["catalogue_state"].upsert(
            {"name": CATALOGUE_NAME + ":file", "sha256": sha, "source": "file", "loaded_at": utcnow()}, pk="name"
        )
    return True


def import_catalogue(db: sqlite_utils.Database, text: str, source: str = "upload") -> ReplaceResult:
    """Replace the catalogue with a CSV uploaded by an admin (raises CatalogueError)."""
    return replace_catalogue(db, parse_catalogue(text), source=source, sha256=_sha(text))


# -- reading -----------------------------------------------------------------------------
def _measure(row: dict) -> Measure:
    return Measure(**{k: row.get(k) for k in Measure.__dataclass_fields__ if k in row})


def active_measures(db: sqlite_utils.Database) -> list[Measure]:
    return [_measure(r) for r in db["measures"].rows_where("active = 1", order_by="position, key")]


def get_measure(db: sqlite_utils.Database, key: str) -> Measure | None:
    rows = list(db["measures"].rows_where("key = ?", [key]))
    return _measure(rows[0]) if rows else None


# -- finding a measure from what a collaborator typed --------------------------------------
def indicator_query(text: str) -> int | None:
    """The indicator number in ``"14"``, ``"ct 14"``, ``"chỉ tiêu 14"``; else None."""
    match = _INDICATOR_QUERY_RE.match(normalize(text))
    return int(match.group(1)) if match else None


def _score(measure: Measure, query: str) -> float:
    names = [normalize(measure.name_vi), normalize(measure.name_en)]
    keywords = [normalize(k) for k in measure.keyword_list()]
    best = max(fuzz.token_set_ratio(query, choice) for choice in names + keywords if choice)
    if len(query) >= 4:
        best = max([best] + [fuzz.partial_ratio(query, choice) for choice in keywords if len(choice) >= 4])
        best = max([best] + [fuzz.partial_ratio(query, choice) * 0.95 for choice in names])
    return best


def search_measures(measures: Iterable[Measure], text: str, *, limit: int = 5, cutoff: float = 70) -> list[tuple[Measure, float]]:
    """Measures matching ``text`` (fuzzy, accent-insensitive), best first: an indicator
    number selects that indicator's measures, words are compared with the names and keywords."""
    measures = list(measures)
    text = clean_text(text)
    number = indicator_query(text)
    if number is not None:
        found = [m for m in measures if m.indicator == number]
        return [(m, 100.0) for m in sorted(found, key=lambda m: (m.metric or 0, m.position))]
    query = normalize(text[:200])
    if len(query) < 2:
        return []
    scored = [(m, _score(m, query)) for m in measures]
    best = heapq.nlargest(limit, scored, key=lambda pair: pair[1])
    if not best:
        return []
    floor = max(cutoff, best[0][1] - 12)  # a clear winner hides the also-rans
    return [(m, s) for m, s in best if s >= floor]


# -- what the plans say about a measure ------------------------------------------------------
@dataclass(frozen=True)
class PlanTarget:
    """One target of a plan for a measure's indicator and metric, with the plan it is in."""

    plan: Any        # knowledge.model.Plan
    indicator: Any   # knowledge.model.Indicator
    target: Any      # knowledge.model.Target


def plans_for_city(kb: Any, city: str | None) -> list[Any]:
    """The knowledge base's plans whose locality is ``city`` (accent-insensitive)."""
    if not city or kb is None:
        return []
    return kb.plans_for_locality(city)


def targets_for(kb: Any, measure: Measure, city: str | None, year: int | None = None) -> list[PlanTarget]:
    """The targets, in the plans of ``city``, of the measure's indicator and metric (all
    years, or only ``year``), newest plan first. Empty when the measure has no indicator
    or no plan of that city has it."""
    if measure.indicator is None:
        return []
    metric = measure.metric or 1
    found: list[PlanTarget] = []
    plans = sorted(plans_for_city(kb, city), key=lambda p: (p.period_end or 0, p.date or ""), reverse=True)
    for plan in plans:
        for indicator in plan.indicators:
            if indicator.number != measure.indicator:
                continue
            for target in indicator.targets:
                if target.metric_index == metric and (year is None or target.year == year):
                    found.append(PlanTarget(plan, indicator, target))
    return found


def plan_for(kb: Any, measure: Measure, city: str | None) -> Any | None:
    """The plan an area's report for this measure counts against (the newest plan of the
    city that has the measure's indicator), or None."""
    if measure.indicator is None:
        return None
    plans = sorted(plans_for_city(kb, city), key=lambda p: (p.period_end or 0, p.date or ""), reverse=True)
    for plan in plans:
        if any(i.number == measure.indicator for i in plan.indicators):
            return plan
    return None


def current_target(targets: list[PlanTarget], today: dt.date) -> PlanTarget | None:
    """The target that applies now: the first year not yet past, else the last one."""
    dated = sorted((t for t in targets if t.target.year is not None), key=lambda t: t.target.year)
    if not dated:
        return targets[0] if targets else None
    for item in dated:
        if item.target.year >= today.year:
            return item
    return dated[-1]
