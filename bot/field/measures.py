"""The catalogue of field measures collaborators can report, and what each one measures in
the plans.

A measure is a count ("children injured this week") or a rate (numerator over
denominator: "children under 5 with a registered birth / all children under 5"), reported
per week or per month. Where it feeds a plan indicator it describes that indicator in words
(``indicator_vi``, e.g. "tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh") and its topic
(``topic_vi``, phrases one of which the indicator must contain, e.g. "khai sinh"); the
national indicator number (``indicator``, ``metric``) is kept as a hint only, since each
province numbers its indicators its own way. Each plan's matching indicator is found by text
similarity (``link_plan``) when the plan is loaded or published, may be confirmed or changed
by an admin, and is stored (table ``measure_links``); ``targets_for`` reads the targets of
the linked indicator of the city's plan. Nothing about a particular plan is written here.

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
import math
import re
import weakref
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
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
                    "keywords", "max_value", "indicator_vi", "topic_vi")
MAX_CATALOGUE_BYTES = 200_000
MAX_MEASURES = 200
_KEY_RE = re.compile(r"^[a-z][a-z0-9_]{1,39}$")
_INDICATOR_QUERY_RE = re.compile(r"^(?:ct|chi tieu|chitieu|chi so|indicator|ind|no|so)?\s*0*([0-9]{1,3})$")


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
    indicator_vi: str | None = None   # the plan indicator it feeds, described in words
    topic_vi: str | None = None       # "khai sinh; ..." : a linked indicator contains one of these

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
        for column in ("name_vi", "name_en", "numerator_vi", "numerator_en", "denominator_vi", "denominator_en",
                       "indicator_vi", "topic_vi"):
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
            indicator_vi=row.get("indicator_vi") or None, topic_vi=row.get("topic_vi") or None,
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
            # alter: a database made before the indicator_vi/topic_vi columns gets them
            db["measures"].upsert({**measure.row(), "active": 1}, pk="key", alter=True)
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


# -- which indicator of a plan a measure feeds ------------------------------------------------
LINKS_TABLE = "measure_links"
MIN_SIMILARITY = 0.2   # TF-IDF cosine under which two texts are not the same indicator
HINT_BONUS = 0.05      # the national number agrees: prefer it between near-equal candidates
AUTO, ADMIN = "auto", "admin"


@dataclass(frozen=True)
class Link:
    """The indicator (and metric within it) of one plan that one measure feeds.

    ``indicator_position`` is the indicator's position in the plan (unnumbered indicators
    have no number); ``None`` means the plan has no indicator for this measure. ``score``
    is the text similarity (0–1) that chose it; ``source`` is AUTO or ADMIN (confirmed or
    changed on the review card)."""

    plan: str
    measure: str
    indicator_position: int | None
    indicator_number: int | None = None
    metric: int = 1
    score: float = 0.0
    source: str = AUTO


def _clean(text: str) -> str:
    # folded, without figures: "đạt 99% vào năm 2025" must not make two indicators alike
    return " ".join(w for w in normalize(text).split() if not any(ch.isdigit() for ch in w))


def _phrases(text: str | None) -> list[str]:
    return [_clean(p) for p in (text or "").split(";") if _clean(p)]


def linkable(measure: Any) -> bool:
    """Whether the measure feeds an indicator at all: it describes one, or names a number.
    ``measure`` is a ``Measure`` or any object with its ``indicator_vi``/``indicator`` fields."""
    return bool(getattr(measure, "indicator_vi", None)) or getattr(measure, "indicator", None) is not None


def _description(measure: Any) -> str:
    return getattr(measure, "indicator_vi", None) or measure.name_vi


def _topic(measure: Any) -> list[str]:
    return _phrases(getattr(measure, "topic_vi", None)) or _phrases(getattr(measure, "keywords", None)) \
        or [_clean(_description(measure))]


def indicator_candidates(plan: Any) -> list[tuple[int, int | None, int, str]]:
    """``(position, number, metric_index, text)`` for each metric of each indicator of
    ``plan``: the metric's own words when the indicator has several metrics, else the
    indicator's whole text."""
    found = []
    for indicator in plan.indicators:
        metrics = sorted({t.metric_index for t in indicator.targets}) or [1]
        for index in metrics:
            words = next((t.metric for t in indicator.targets if t.metric_index == index and t.metric), "")
            own = len(metrics) > 1 and len(_clean(words).split()) >= 3
            text = words if own else (indicator.text or words)
            found.append((indicator.position, indicator.number, index, text))
    return found


def _terms(text: str) -> list[str]:
    tokens = text.split()
    return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:])]


def tfidf_similarity(queries: list[str], texts: list[str]) -> list[list[float]]:
    """Cosine similarity (0–1) of each query with each text, over TF-IDF vectors of words and
    word pairs (sublinear tf, smoothed idf fitted on queries and texts together: the weighting
    of scikit-learn's ``TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)``, without
    its import time). Rows follow ``queries``, columns ``texts``."""
    documents = [Counter(_terms(t)) for t in queries + texts]
    frequency: Counter = Counter(term for doc in documents for term in doc)
    n = len(documents)
    idf = {term: math.log((1 + n) / (1 + df)) + 1 for term, df in frequency.items()}
    vectors = []
    for doc in documents:
        vector = {term: (1 + math.log(count)) * idf[term] for term, count in doc.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        vectors.append({term: v / norm for term, v in vector.items()})
    left, right = vectors[:len(queries)], vectors[len(queries):]
    return [[sum(weight * r.get(term, 0.0) for term, weight in q.items()) for r in right] for q in left]


def link_plan(plan: Any, measures: Iterable[Measure]) -> dict[str, Link]:
    """Each linkable measure's indicator in ``plan`` (``knowledge.model.Plan``), found by
    meaning: a candidate must contain one of the measure's topic phrases (so a measure is
    never tied to an indicator of another topic), candidates are ranked by TF-IDF cosine
    similarity (words and word pairs of the folded text) with the measure's description,
    and each indicator metric goes to at most one measure, best pairs first. A measure
    with no fitting indicator gets a Link whose ``indicator_position`` is None."""
    measures = [m for m in measures if linkable(m)]
    links = {m.key: Link(plan.slug, m.key, None) for m in measures}
    candidates = indicator_candidates(plan)
    if not measures or not candidates:
        return links
    texts = [_clean(c[3]) for c in candidates]
    queries = [_clean(_description(m)) for m in measures]
    similarity = tfidf_similarity(queries, texts)
    pairs = []
    for m_index, measure in enumerate(measures):
        topic = _topic(measure)
        for c_index, (position, number, metric, _text) in enumerate(candidates):
            padded = f" {texts[c_index]} "
            if not any(f" {phrase} " in padded for phrase in topic):
                continue
            score = similarity[m_index][c_index]
            if score < MIN_SIMILARITY:
                continue
            bonus = HINT_BONUS if measure.indicator is not None and number == measure.indicator \
                and metric == (measure.metric or 1) else 0.0
            pairs.append((score + bonus, score, m_index, c_index))
    taken_measures: set[int] = set()
    taken_candidates: set[int] = set()
    for _ranked, score, m_index, c_index in sorted(pairs, key=lambda p: (-p[0], p[2], p[3])):
        if m_index in taken_measures or c_index in taken_candidates:
            continue
        taken_measures.add(m_index)
        taken_candidates.add(c_index)
        position, number, metric, _text = candidates[c_index]
        key = measures[m_index].key
        links[key] = Link(plan.slug, key, position, number, metric, round(score, 3))
    return links


def ensure_links_table(db: sqlite_utils.Database) -> None:
    if LINKS_TABLE not in db.table_names():
        db[LINKS_TABLE].create(
            {"plan": str, "measure": str, "indicator_position": int, "indicator_number": int,
             "metric": int, "score": float, "source": str, "linked_by": int, "linked_at": str},
            pk=("plan", "measure"))


def stored_links(db: sqlite_utils.Database, plan: str | None = None) -> dict[tuple[str, str], Link]:
    """The links stored for every plan (or one), by ``(plan slug, measure key)``."""
    ensure_links_table(db)
    where, params = ("plan = ?", [plan]) if plan else (None, [])
    return {(r["plan"], r["measure"]): Link(r["plan"], r["measure"], r["indicator_position"], r["indicator_number"],
                                            r["metric"] or 1, r["score"] or 0.0, r["source"] or AUTO)
            for r in db[LINKS_TABLE].rows_where(where, params)}


def store_links(db: sqlite_utils.Database, links: Iterable[Link], by: int | None = None) -> None:
    """Keep ``links`` (replacing what was stored for the same plan and measure)."""
    ensure_links_table(db)
    now = utcnow()
    with db.atomic():
        for link in links:
            db[LINKS_TABLE].upsert({"plan": link.plan, "measure": link.measure,
                                    "indicator_position": link.indicator_position,
                                    "indicator_number": link.indicator_number, "metric": link.metric,
                                    "score": link.score, "source": link.source, "linked_by": by,
                                    "linked_at": now}, pk=("plan", "measure"))


def forget_links(db: sqlite_utils.Database, plan: str) -> None:
    """Drop the stored links of a plan (a new version is linked afresh)."""
    ensure_links_table(db)
    db.execute(f"delete from {LINKS_TABLE} where plan = ?", [plan])


# The links in force for a loaded knowledge base, by ``(plan slug, measure key)``. Kept per
# KnowledgeBase object (weakly), so a swapped-in knowledge base carries its own links and a
# question in flight on the old one is not affected.
_LINKS: "weakref.WeakKeyDictionary[Any, dict[tuple[str, str], Link]]" = weakref.WeakKeyDictionary()


@lru_cache(maxsize=1)
def _shipped_catalogue() -> tuple[Measure, ...]:
    return tuple(parse_catalogue(DEFAULT_CATALOGUE.read_text(encoding="utf-8")))


def resolve_links(kb: Any, measures: Iterable[Measure], stored: dict[tuple[str, str], Link] | None = None
                  ) -> dict[tuple[str, str], Link]:
    """The links for every plan of ``kb``: the stored ones (confirmed at publication or
    changed by an admin) over those found by ``link_plan``."""
    measures = list(measures)
    found: dict[tuple[str, str], Link] = {}
    for plan in getattr(kb, "plans", []):
        for key, link in link_plan(plan, measures).items():
            found[(plan.slug, key)] = link
    for pair, link in (stored or {}).items():
        found[pair] = link
    return found


def use_links(kb: Any, links: dict[tuple[str, str], Link]) -> None:
    """Make ``links`` the ones ``targets_for`` reads for ``kb``."""
    _LINKS[kb] = links


def links_of(kb: Any) -> dict[tuple[str, str], Link]:
    """The links in force for ``kb``: those given to ``use_links``, else found afresh with
    the shipped catalogue (a knowledge base built outside the running bot)."""
    links = _LINKS.get(kb)
    if links is None:
        links = resolve_links(kb, _shipped_catalogue())
        use_links(kb, links)
    return links


def refresh_links(db: sqlite_utils.Database, kb: Any) -> dict[tuple[str, str], Link]:
    """Find the links of every plan of ``kb`` with the active catalogue of ``db``, the
    stored ones first, and put them in force (``use_links``); returns them."""
    links = resolve_links(kb, active_measures(db), stored_links(db))
    use_links(kb, links)
    return links


def linked_indicator(kb: Any, plan: Any, measure: Any) -> tuple[Any, int] | None:
    """``(Indicator, metric index)`` the measure feeds in ``plan``, or None."""
    links = links_of(kb)
    link = links.get((plan.slug, measure.key))
    if link is None and hasattr(measure, "name_vi") and linkable(measure):
        # a measure the links were not found for (a test's, or one added since): on its own
        link = links[(plan.slug, measure.key)] = link_plan(plan, [measure])[measure.key]
    if link is None or link.indicator_position is None:
        return None
    for indicator in plan.indicators:
        if indicator.position == link.indicator_position:
            return indicator, link.metric
    return None


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


def _newest_first(kb: Any, city: str | None) -> list[Any]:
    return sorted(plans_for_city(kb, city), key=lambda p: (p.period_end or 0, p.date or ""), reverse=True)


def targets_for(kb: Any, measure: Any, city: str | None, year: int | None = None) -> list[PlanTarget]:
    """The targets, in the plans of ``city``, of the indicator and metric the measure is
    linked to in each plan (all years, or only ``year``), newest plan first. Empty when no
    plan of that city has an indicator of the measure's topic. ``measure`` needs ``key``."""
    found: list[PlanTarget] = []
    for plan in _newest_first(kb, city):
        linked = linked_indicator(kb, plan, measure)
        if linked is None:
            continue
        indicator, metric = linked
        for target in indicator.targets:
            if getattr(target, "achieved", False):
                continue      # a result reported for a past year, not a target
            if target.metric_index == metric and (year is None or target.year == year):
                found.append(PlanTarget(plan, indicator, target))
    return found


def plan_for(kb: Any, measure: Any, city: str | None) -> Any | None:
    """The plan an area's report for this measure counts against (the newest plan of the
    city with an indicator linked to the measure), or None."""
    for plan in _newest_first(kb, city):
        if linked_indicator(kb, plan, measure) is not None:
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


# -- the indicator a measure is shown against ------------------------------------------------
@dataclass(frozen=True)
class PlanIndicator:
    """The indicator of one plan that a measure is linked to, as a reader is told about it.

    ``plan`` is the plan's number ("45/KH-UBND"), else its title or slug; ``number`` the
    indicator's number in that plan (None for an unnumbered target bullet); ``topic`` what
    it measures in the plan's own words (the metric's words, else the indicator's text up
    to its figures); ``position`` and ``metric`` locate it in the plan (for ordering)."""

    plan: str
    number: int | None
    topic: str
    position: int
    metric: int = 1
    slug: str = ""


_TOPIC_CHARS = 120
_FIGURE_RE = re.compile(r"[:;(]|\s(?:đạt|dưới|trên|giảm|tăng|duy trì|xuống|ở mức|phấn đấu|năm|vào)\s|\d", re.IGNORECASE)


def indicator_topic(indicator: Any, metric: int = 1) -> str:
    """What an indicator (``knowledge.model.Indicator``) measures, briefly, in the plan's
    words: the linked metric's own words when the extraction has them, else the indicator's
    text cut before its first figure or comparator; at most ``_TOPIC_CHARS`` characters,
    cut at a word."""
    words = next((t.metric for t in getattr(indicator, "targets", []) if t.metric_index == metric and t.metric), "")
    text = " ".join((words or indicator.text or "").split())
    if not words:
        match = _FIGURE_RE.search(text)
        head = text[:match.start()].strip(" ,.-–") if match else text
        text = head if len(head.split()) >= 3 else text
    text = text.rstrip(" .;:,")
    if len(text) > _TOPIC_CHARS:
        text = text[:_TOPIC_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return text[:1].upper() + text[1:]


def plan_label(plan: Any) -> str:
    """How a plan is named beside its figures: its number, else its title, else its slug."""
    return plan.number or plan.title or plan.slug


def linked_for(kb: Any, measure: Any, city: str | None) -> tuple[Any, Any, int] | None:
    """``(Plan, Indicator, metric index)`` a measure counts against in ``city``: the linked
    indicator of the newest plan of the city that has one, or None (no plan of the city,
    or none links the measure to an indicator). ``measure`` needs ``key``."""
    for plan in _newest_first(kb, city):
        linked = linked_indicator(kb, plan, measure)
        if linked is not None:
            return plan, linked[0], linked[1]
    return None


def plan_indicator(kb: Any, measure: Any, city: str | None) -> PlanIndicator | None:
    """The ``PlanIndicator`` a measure is shown against in ``city`` (see ``linked_for``)."""
    found = linked_for(kb, measure, city)
    if found is None:
        return None
    plan, indicator, metric = found
    return PlanIndicator(plan_label(plan), indicator.number, indicator_topic(indicator, metric), indicator.position,
                         metric, plan.slug)
