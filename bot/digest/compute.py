"""The weekly digest for managers, computed from the field reports and the knowledge base.

``compute_digest(db, kb, scope, week_start, today=…)`` gathers, for one city (or one
district of it) and one Monday–Sunday week:

- the week's reports (received during the week): how many, from how many areas, per measure;
- progress per measure that has field data: the latest period's figure for the whole scope
  against the plan's targets (read from the knowledge base through ``bot.field.measures``), with a
  status (on track, behind, no data, no comparable target);
- completeness: the areas expected to report (those with an active collaborator) that sent
  nothing for the week, with their collaborators; how many of the week's reports were on time;
- outliers: figures far from the area's own history, or impossible ones;
- the plan deadlines in the next 30 days;
- the number of reports per week over the last 8 weeks, and each measure's last periods, for the chart;
- the projection of each measure's trend to its future targets (``project``): on track, at
  risk or off track, with the likely range; none under four periods.

Everything here is pure and synchronous: no Telegram, no language. ``bot.digest.text``
renders a ``Digest`` for a reader, ``bot.digest.charts`` draws it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable
from zoneinfo import ZoneInfo

import numpy as np
import sqlite_utils

from bot.field.measures import PlanIndicator, linked_for, plan_indicator, plans_for_city
from knowledge.model import AT_LEAST, COUNT, EXACTLY, PERCENT, PER_1000, PER_1000_LIVE_BIRTHS, PER_100000_CHILDREN, RANGE, \
    REDUCE_BY_PER_YEAR, UNDER
from knowledge.text import fold

# Statuses of a measure against its plan target.
ON_TRACK = "on_track"
BEHIND = "behind"
TOWARD = "toward"                  # not met yet by a figure of a year before the target's: progress, not a miss
NO_DATA = "no_data"
NO_TARGET = "no_target"            # field data, but no target it can be compared with
NO_BASELINE = "no_baseline"        # "reduce by 3 % a year" needs last year's figure

# Why a figure is flagged.
HIGH = "high"                      # far above the area's history
LOW = "low"                        # far below the area's history
IMPOSSIBLE = "impossible"          # numerator above denominator, above the measure's maximum …

LATE_AFTER_DAYS = 3                # default grace: a report created later than this after its period ended is late
HISTORY_MIN = 3                    # previous reports an area needs before it can be called an outlier
HISTORY_MAX = 12                   # previous reports looked at
OUTLIER_RATIO = 3.0                # > 3× (or < ⅓ of) the median of the area's history
OUTLIER_Z = 3.5                    # robust z-score (median / MAD) beyond which a rate is flagged
MIN_GAP = 5                        # … and at least this far from the median (cases or % points)
DEADLINE_WINDOW_DAYS = 30
CHART_WEEKS = 8
CHART_PERIODS = 12                 # periods of a measure kept for the chart's trend

# Verdicts of a projection to a target's date.
PROJECTED_ON_TRACK = "projected_on_track"   # the whole likely range meets the target
AT_RISK = "at_risk"                         # part of it does
OFF_TRACK = "off_track"                     # none of it does
MIN_PROJECTION_PERIODS = 4
# Student's t at 90 % (two-sided 80 %: "8 chances in 10") by degrees of freedom; 1.28 beyond.
_T80 = {1: 3.078, 2: 1.886, 3: 1.638, 4: 1.533, 5: 1.476, 6: 1.440, 7: 1.415, 8: 1.397, 9: 1.383, 10: 1.372,
        12: 1.356, 15: 1.341, 20: 1.325, 30: 1.310, 60: 1.296}
# Impossible figures (more cases than people, above the measure's maximum: ``impossible``)
# are flagged, and left out of the totals.
PLAUSIBLE_SQL = ("coalesce(r.value, 0) >= 0 and coalesce(r.numerator, 0) >= 0 "
                 "and (r.denominator is null or (r.denominator > 0 and coalesce(r.numerator, 0) <= r.denominator)) "
                 "and not exists (select 1 from measures m where m.key = r.measure and m.max_value is not null "
                 "and coalesce(r.denominator, r.value, 0) > m.max_value)")

# How many units of a target's unit one "1.0" ratio (numerator / denominator) makes.
UNIT_SCALE = {PERCENT: 100.0, PER_1000_LIVE_BIRTHS: 1000.0, PER_1000: 1000.0,
              PER_100000_CHILDREN: 100000.0}
_REDUCTION_WORDS = ("giam", "xuong")


@dataclass(frozen=True)
class Scope:
    """A city, or one district of it."""

    city: str
    district: str | None = None

    def contains(self, city: str | None, district: str | None) -> bool:
        if city is None or fold(city) != fold(self.city):
            return False
        return self.district is None or (district is not None and fold(district) == fold(self.district))


@dataclass
class MeasureInfo:
    key: str
    name_vi: str
    name_en: str
    kind: str                      # "count" or "rate"
    period: str
    indicator: int | None          # the national catalogue's number: a hint for linking only, never shown
    metric: int | None
    max_value: int | None
    indicator_vi: str | None = None   # the indicator it feeds, in words (how it is linked to each plan)
    topic_vi: str | None = None
    keywords: str | None = None

    def name(self, lang: str) -> str:
        return (self.name_en if lang == "en" else self.name_vi) or self.name_vi or self.key


@dataclass
class MeasureCount:
    measure: MeasureInfo
    reports: int
    areas: int
    indicator: PlanIndicator | None = None   # the plan indicator it is linked to in the scope's city


@dataclass
class TargetCheck:
    """One plan target and whether the latest figure meets it (None: cannot say)."""

    year: int | None
    comparator: str
    value: float
    value_max: float | None
    unit: str
    met: bool | None
    qualifier: str | None = None
    text: str = ""
    comparator_text: str | None = None   # the plan's own comparing words ("đạt", "không vượt quá")
    counted: str | None = None           # for a count: what is counted
    early: bool = False                  # the figure is of a year before the target's: not met is no miss yet


@dataclass
class TargetProjection:
    """Where the trend leads by one target's date (31 December of its year).

    ``value``/``low``/``high`` are in the target's unit, or — for a yearly reduction — the
    trend's change in percent a year; ``low``..``high`` is the likely range (8 chances in 10).
    """

    year: int | None
    comparator: str
    target: float
    target_max: float | None
    unit: str
    value: float
    low: float
    high: float
    verdict: str                   # PROJECTED_ON_TRACK, AT_RISK or OFF_TRACK
    check: TargetCheck | None = None   # the target itself, to word it as the plan does


@dataclass
class Projection:
    """The trend of a measure's figures extrapolated to its future targets; ``targets`` is
    empty (and ``enough`` False) with fewer than ``MIN_PROJECTION_PERIODS`` periods."""

    periods: int
    enough: bool
    slope_per_year: float | None = None   # in the unit, per year
    targets: list[TargetProjection] = field(default_factory=list)
    origin: dt.date | None = None         # the fitted line: intercept + slope × years since origin
    intercept: float | None = None

    def fitted(self, day: dt.date) -> float | None:
        """The trend line's figure on ``day`` (None without a trend)."""
        if not self.enough or self.origin is None:
            return None
        return self.intercept + self.slope_per_year * _years(day, self.origin)


@dataclass
class Progress:
    measure: MeasureInfo
    status: str
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    value: float | None = None     # in ``unit``: percent, per 1,000 …, or a count
    unit: str = COUNT
    numerator: int | None = None
    denominator: int | None = None
    areas: int = 0                 # areas that reported the latest period
    targets: list[TargetCheck] = field(default_factory=list)
    judged_year: int | None = None  # the target year the status is judged against
    yearly_change: float | None = None  # for "reduce by x % a year": the change in percent
    history: list[tuple[dt.date, float]] = field(default_factory=list)  # last periods: (start, figure in unit)
    projection: Projection | None = None
    indicator: PlanIndicator | None = None   # the plan indicator it is linked to (None: linked to none)


@dataclass
class Collaborator:
    user_id: int
    display_name: str | None   # None: no name to show (the digest then writes a neutral "CTV #id")


@dataclass
class MissingArea:
    area_id: int
    name: str
    district: str
    collaborators: list[Collaborator]
    other_figures: bool = False   # sent figures of a longer period (the month) but not the week's


@dataclass
class Outlier:
    area_id: int
    area: str
    measure: MeasureInfo
    period_start: dt.date
    value: float                   # a count, or a rate in percent
    median: float | None
    reason: str
    indicator: PlanIndicator | None = None


@dataclass
class UpcomingDeadline:
    date: dt.date
    text: str
    plan: str                      # the plan's number or title
    recurring: bool
    kind: str | None = None        # knowledge.model.Deadline.kind: "yearly_report", "plan", "results" …
    submit_to: str | None = None   # name of the agency the report goes to, when the plan says


@dataclass
class Digest:
    scope: Scope
    week_start: dt.date
    week_end: dt.date
    today: dt.date
    reports: int
    areas_reporting: int
    by_measure: list[MeasureCount]
    progress: list[Progress]
    expected_areas: int
    missing: list[MissingArea]
    on_time: int
    late: int
    outliers: list[Outlier]
    deadlines: list[UpcomingDeadline]
    weekly_reports: list[tuple[dt.date, int]]
    # ``missing`` are the areas that missed a deadline already past: no report for the
    # week starting ``missed_week``, due ``missed_due`` (the digest's week once its due date
    # has passed, else the week before when its own has). ``pending`` are the areas with
    # no report yet for the digest's week while it is still due, by ``pending_due``.
    missed_week: dt.date | None = None
    missed_due: dt.date | None = None
    missed_expected: int = 0   # areas expected to report for the missed week
    pending: list[MissingArea] = field(default_factory=list)
    pending_due: dt.date | None = None


# -- weeks ------------------------------------------------------------------------------
def week_start_of(day: dt.date) -> dt.date:
    """The Monday of the week holding ``day``."""
    return day - dt.timedelta(days=day.weekday())


def digest_week(today: dt.date, last: bool = False) -> dt.date:
    """The Monday of the current week, or of the week before with ``last``."""
    start = week_start_of(today)
    return start - dt.timedelta(days=7) if last else start


def _utc_bound(day: dt.date, tz: ZoneInfo) -> str:
    """Midnight starting ``day`` in ``tz``, as the UTC ISO text ``*_at`` columns hold."""
    local = dt.datetime.combine(day, dt.time(0), tzinfo=tz)
    return local.astimezone(dt.timezone.utc).isoformat(timespec="seconds")


def _local_date(stamp: str | None, tz: ZoneInfo) -> dt.date | None:
    if not stamp:
        return None
    moment = dt.datetime.fromisoformat(stamp)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(tz).date()


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text[:10]) if text else None


# -- the database ---------------------------------------------------------------------
def _scope_sql(scope: Scope, alias: str = "a") -> tuple[str, list[Any]]:
    sql = f"{alias}.city = ?"
    params: list[Any] = [scope.city]
    if scope.district:
        sql += f" and {alias}.district = ?"
        params.append(scope.district)
    return sql, params


def reports_filter(scope: Scope, alias: str = "r") -> tuple[str, list[Any]]:
    """SQL keeping the reports (``alias``) of areas in ``scope``. Written as ``area_id in
    (…)`` so SQLite scans the reports once instead of once per area."""
    sql = "select id from areas where city = ?" + (" and district = ?" if scope.district else "")
    return f"{alias}.area_id in ({sql})", [scope.city] + ([scope.district] if scope.district else [])


def load_measures(db: sqlite_utils.Database) -> dict[str, MeasureInfo]:
    """Every measure, active or not (old reports may use a retired one), by key."""
    have = {column.name for column in db["measures"].columns}
    # a database made before the catalogue described indicators in words has no such columns
    extra = [column if column in have else "null" for column in ("indicator_vi", "topic_vi", "keywords")]
    rows = db.execute(
        f"select key, name_vi, name_en, kind, period, indicator, metric, max_value, {', '.join(extra)} "
        "from measures order by coalesce(position, 0), key"
    ).fetchall()
    return {row[0]: MeasureInfo(*row) for row in rows}


def known_scopes(db: sqlite_utils.Database) -> list[Scope]:
    """Every city and every district of it that has areas, cities first."""
    rows = db.execute("select distinct city, district from areas order by city, district").fetchall()
    cities = sorted({row[0] for row in rows})
    return [Scope(city) for city in cities] + [Scope(city, district) for city, district in rows if district]


def find_scope(db: sqlite_utils.Database, text: str) -> Scope | None:
    """The city (or "city / district") that ``text`` names, accents and case ignored."""
    parts = [part.strip() for part in text.replace(",", "/").split("/") if part.strip()]
    if not parts or len(parts) > 2:
        return None
    wanted_city = fold(parts[0])
    wanted_district = fold(parts[1]) if len(parts) == 2 else None
    for scope in known_scopes(db):
        if fold(scope.city) != wanted_city:
            continue
        if wanted_district is None and scope.district is None:
            return scope
        if wanted_district is not None and scope.district and fold(scope.district) == wanted_district:
            return scope
    return None


# -- who may see what ---------------------------------------------------------------------
NOT_ALLOWED = "not_allowed"        # collaborators and strangers
OTHER_SCOPE = "other_scope"        # a manager asking for another city or district
CHOOSE_SCOPE = "choose_scope"      # an admin who has not said which city


def resolve_scope(person: Any, requested: Scope | None, scopes: list[Scope]) -> tuple[Scope | None, str | None]:
    """The scope a person gets a digest or export for, or why not.

    Managers get their own city or district (or a district inside their city); admins
    choose any scope, and get the only city there is when they do not say.
    """
    if person is None or not (person.is_admin or person.is_manager):
        return None, NOT_ALLOWED
    if person.is_admin:
        if requested is not None:
            return requested, None
        cities = [scope for scope in scopes if scope.district is None]
        return (cities[0], None) if len(cities) == 1 else (None, CHOOSE_SCOPE)
    if not person.city:
        return None, NOT_ALLOWED
    own = Scope(person.city, person.district)
    if requested is None:
        return own, None
    if own.contains(requested.city, requested.district):
        return requested, None
    return None, OTHER_SCOPE


# -- targets ---------------------------------------------------------------------------
def _targets_for(kb: Any, measure: MeasureInfo, city: str) -> list[Any]:
    """The plan targets (``knowledge.model.Target``) of a measure in a city: those of the
    indicator (and metric) it is linked to by meaning in the newest plan of that city that
    links it (``bot.field.measures.linked_for``), whatever the catalogue's number hint says;
    none when no plan of the city links it."""
    if kb is None:
        return []
    found = linked_for(kb, measure, city)
    if found is None:
        return []
    _plan, indicator, metric = found
    # a result the plan reports ("Thực hiện năm 2020") is no goal to judge progress by
    return [target for target in indicator.targets
            if target.metric_index == metric and not getattr(target, "achieved", False)]


def linked_indicators(kb: Any, measures: Iterable[MeasureInfo], city: str) -> dict[str, PlanIndicator | None]:
    """The plan indicator each measure is linked to in ``city``, by measure key (None: no
    plan of the city links it, or no knowledge base)."""
    return {m.key: (plan_indicator(kb, m, city) if kb is not None else None) for m in measures}


def _is_reduction(target: Any) -> bool:
    words = fold(f"{getattr(target, 'text', '')} {getattr(target, 'metric', '')}")
    return any(word in words for word in _REDUCTION_WORDS)


def target_met(value: float, target: Any, yearly_change: float | None = None) -> bool | None:
    """Whether ``value`` (in the target's unit) meets ``target``; None when it cannot say.

    ``under 1 %`` is met by 0.8 %, ``at least 97 %`` is not met by 95 %; ``exactly 7.3 %``
    with a reduction ("xuống còn 7,3%") is met at or below 7.3 %, otherwise within 1 %
    of the value; ``reduce by 3 % a year`` needs ``yearly_change`` (negative = fell).
    """
    comparator = target.comparator
    if comparator == AT_LEAST:
        return value >= target.value
    if comparator == UNDER:
        return value < target.value
    if comparator == EXACTLY:
        if _is_reduction(target):
            return value <= target.value
        return abs(value - target.value) <= max(abs(target.value) * 0.01, 1e-9)
    if comparator == RANGE:
        high = target.value_max if target.value_max is not None else target.value
        return target.value <= value <= high
    if comparator == REDUCE_BY_PER_YEAR:
        if yearly_change is None:
            return None
        return -yearly_change >= target.value
    return None


def comparable(measure: MeasureInfo, target: Any) -> bool:
    """Whether the field figure of ``measure`` can be compared with ``target``: a rate with
    a percent or per-1,000/100,000 target, a count with a count target, either with a
    yearly reduction. A count of injured children cannot meet "100 per 100,000 children"
    without knowing how many children there are."""
    if target.comparator == REDUCE_BY_PER_YEAR:
        return True
    if measure.kind == "rate":
        return target.unit in UNIT_SCALE
    return target.unit == COUNT


@dataclass
class _PeriodSum:
    start: dt.date
    end: dt.date
    value: int = 0
    numerator: int = 0
    denominator: int = 0
    areas: int = 0

    def figure(self, measure: MeasureInfo, unit: str) -> float | None:
        if measure.kind == "rate":
            if not self.denominator:
                return None
            return self.numerator / self.denominator * UNIT_SCALE.get(unit, 100.0)
        return float(self.value)


def _judged_year(years: Iterable[int], today: dt.date) -> int | None:
    years = sorted(set(years))
    if not years:
        return None
    upcoming = [year for year in years if year >= today.year]
    return upcoming[0] if upcoming else years[-1]


def _year_ago(periods: list[_PeriodSum], latest: _PeriodSum) -> _PeriodSum | None:
    """The period closest to one year before ``latest`` (within 45 days), if any."""
    aim = latest.start - dt.timedelta(days=365)
    best = min(periods, key=lambda p: abs((p.start - aim).days), default=None)
    if best is None or best is latest or abs((best.start - aim).days) > 45:
        return None
    return best


def measure_progress(measure: MeasureInfo, periods: list[_PeriodSum], targets: list[Any],
                     today: dt.date, matched: Callable[[_PeriodSum, _PeriodSum],
                                                       tuple[_PeriodSum, _PeriodSum]] | None = None) -> Progress:
    """The latest figure of one measure against its targets.

    The status is judged against the targets of the first target year not before the
    figure's year (the last one once all are past); every target is shown with its own
    verdict. A figure of a year before that target year which does not meet it yet is
    ``TOWARD`` (progress toward it), not ``BEHIND``, and a target of a later year than the
    figure's is ``early`` on its check. A target for
    part of the city ("khu vực nội thành") gets none: the scope's figure mixes urban and
    rural areas (8% urban and 3% rural meet "under 10% / under 5%" at 5,5% overall). ``matched(latest, year_ago)`` gives both
    periods' totals over the areas that reported both, for the change over a year.
    """
    usable = [t for t in targets if getattr(t, "value", None) is not None]
    levels = [t for t in usable if comparable(measure, t) and t.comparator != REDUCE_BY_PER_YEAR]
    unit = levels[0].unit if levels else (PERCENT if measure.kind == "rate" else COUNT)
    periods = sorted(periods, key=lambda p: p.start)
    if not periods:
        return Progress(measure, NO_DATA, unit=unit)
    latest = periods[-1]
    is_rate = measure.kind == "rate"
    progress = Progress(
        measure, NO_TARGET, latest.start, latest.end, latest.figure(measure, unit), unit,
        latest.numerator if is_rate else None, latest.denominator if is_rate else None, latest.areas,
    )
    baseline = _year_ago(periods, latest)
    if baseline is not None and progress.value is not None:
        now_sum, before_sum = matched(latest, baseline) if matched is not None else (latest, baseline)
        current, before = now_sum.figure(measure, unit), before_sum.figure(measure, unit)
        if before and current is not None:
            progress.yearly_change = (current - before) / before * 100
    judged_pool = []
    for target in usable:
        fits = comparable(measure, target) and (target.comparator == REDUCE_BY_PER_YEAR or target.unit == unit) \
            and not getattr(target, "qualifier", None)
        met = target_met(progress.value, target, progress.yearly_change) \
            if fits and progress.value is not None else None
        check = TargetCheck(target.year, target.comparator, target.value, target.value_max, target.unit, met,
                            getattr(target, "qualifier", None), getattr(target, "text", ""),
                            getattr(target, "comparator_text", None), getattr(target, "counted", None),
                            early=target.year is not None and target.year > latest.start.year)
        progress.targets.append(check)
        if fits:
            judged_pool.append(check)
    if progress.value is None:
        progress.status = NO_DATA
        return progress
    if not judged_pool:
        return progress
    # judged in the figure's year, not today's: December's figure read in January is still
    # a figure of the year before
    judged = _judged_year([t.year for t in judged_pool if t.year is not None], latest.start)
    progress.judged_year = judged
    plain = [t for t in judged_pool if t.year == judged] if judged else judged_pool
    verdicts = [t.met for t in plain]
    if any(v is None for v in verdicts):
        progress.status = NO_BASELINE if any(t.comparator == REDUCE_BY_PER_YEAR for t in plain) else NO_TARGET
    elif all(verdicts):
        progress.status = ON_TRACK
    else:
        progress.status = TOWARD if judged is not None and judged > latest.start.year else BEHIND
    return progress


# -- projection ------------------------------------------------------------------------------
def _t80(dof: int) -> float:
    known = [k for k in _T80 if k <= dof]
    return _T80[max(known)] if known else _T80[1] if dof >= 1 else float("inf")


def _years(day: dt.date, origin: dt.date) -> float:
    return (day - origin).days / 365.25


def _met_bounds(check: Any) -> tuple[float, float]:
    """The values meeting a target, as ``(low, high)``: a ceiling for "under" (and for a
    level to reduce to), a floor for "at least", a band for a range or an exact level; for
    a yearly reduction, the yearly change in percent (at most minus the reduction)."""
    inf = float("inf")
    if check.comparator == AT_LEAST:
        return check.value, inf
    if check.comparator == UNDER or (check.comparator == EXACTLY and _is_reduction(check)):
        return -inf, check.value
    if check.comparator == RANGE:
        return check.value, check.value_max if check.value_max is not None else check.value
    if check.comparator == REDUCE_BY_PER_YEAR:
        return -inf, -check.value
    margin = max(abs(check.value) * 0.01, 1e-9)
    return check.value - margin, check.value + margin


def _verdict(low: float, high: float, bounds: tuple[float, float]) -> str:
    if bounds[0] <= low and high <= bounds[1]:
        return PROJECTED_ON_TRACK
    if high < bounds[0] or low > bounds[1]:
        return OFF_TRACK
    return AT_RISK


def project(points: list[tuple[dt.date, float]], targets: list[Any], unit: str,
            min_periods: int = MIN_PROJECTION_PERIODS) -> Projection:
    """The least-squares line through ``points`` (period start, figure in ``unit``) carried to
    31 December of each target's year after the last point.

    ``targets`` are ``TargetCheck``-like (comparator, value, value_max, unit, year, text);
    level targets are compared with the projected figure, clamped at 0 (and 100 for a
    percent), a yearly reduction with the trend's change in percent a year (``_yearly_change``).
    The likely range is the 80 % prediction interval
    from the residual spread (Student's t), so a noisy or short series gets a wide range.
    Fewer than ``min_periods`` points: ``Projection(n, enough=False)``, no guess.
    """
    points = sorted(points)
    n = len(points)
    if n < max(min_periods, 3):
        return Projection(n, False)
    origin = points[0][0]
    x = np.array([_years(day, origin) for day, _value in points])
    y = np.array([value for _day, value in points], dtype=float)
    if float(np.ptp(x)) == 0:
        return Projection(n, False)
    slope, intercept = np.polyfit(x, y, 1)
    residuals = y - (intercept + slope * x)
    spread = float(np.sqrt(np.sum(residuals ** 2) / (n - 2)))
    mean_x, sxx = float(x.mean()), float(np.sum((x - x.mean()) ** 2))
    t = _t80(n - 2)
    last_day = points[-1][0]
    projection = Projection(n, True, float(slope), origin=origin, intercept=float(intercept))
    ceiling = 100.0 if unit == PERCENT else float("inf")
    for check in targets:
        if check.year is None and check.comparator != REDUCE_BY_PER_YEAR:
            continue
        if check.comparator == REDUCE_BY_PER_YEAR:
            change = _yearly_change(x, y, t)
            if change is None:
                continue
            value, low, high = change
            projection.targets.append(TargetProjection(
                check.year, check.comparator, check.value, check.value_max, check.unit, value, low, high,
                _verdict(low, high, _met_bounds(check)), check))
            continue
        else:
            when = dt.date(check.year, 12, 31)
            if when <= last_day:
                continue   # a past target is judged on the figures, not projected
            x0 = _years(when, origin)
            value = intercept + slope * x0
            half = t * spread * np.sqrt(1 + 1 / n + (x0 - mean_x) ** 2 / sxx)
        low, high = value - half, value + half
        if check.comparator != REDUCE_BY_PER_YEAR:
            value, low, high = (min(max(v, 0.0), ceiling) for v in (value, low, high))
        projection.targets.append(TargetProjection(
            check.year, check.comparator, check.value, check.value_max, check.unit, float(value), float(low),
            float(high), _verdict(float(low), float(high), _met_bounds(check)), check))
    return projection


def _yearly_change(x: Any, y: Any, t: float) -> tuple[float, float, float] | None:
    """The trend's change in percent a year, with its likely range: from a line through the
    logarithms when every figure is above 0 (a steady 10 % fall is a straight line there,
    and a fall never passes −100 %), else from the straight line relative to the average
    level, floored at −100 %. None when the average is 0."""
    if bool(np.all(y > 0)):
        slope, intercept = np.polyfit(x, np.log(y), 1)
        residuals = np.log(y) - (intercept + slope * x)
        scale = 1.0
    else:
        if float(y.mean()) <= 0:
            return None
        slope, intercept = np.polyfit(x, y, 1)
        residuals = y - (intercept + slope * x)
        scale = float(y.mean())
    spread = float(np.sqrt(np.sum(residuals ** 2) / (len(x) - 2)))
    half = t * spread / float(np.sqrt(np.sum((x - x.mean()) ** 2)))
    if scale == 1.0:
        return tuple(float((np.exp(b) - 1) * 100) for b in (slope, slope - half, slope + half))  # type: ignore
    return tuple(max(-100.0, float(b / scale * 100)) for b in (slope, slope - half, slope + half))  # type: ignore


def _add_trend(progress: Progress, measure: MeasureInfo, periods: list[_PeriodSum]) -> Progress:
    """The measure's figures per period (the last ``CHART_PERIODS`` kept for the chart) and
    their projection to the targets the status is judged on."""
    points = [(p.start, figure) for p in sorted(periods, key=lambda p: p.start)
              if (figure := p.figure(measure, progress.unit)) is not None]
    progress.history = points[-CHART_PERIODS:]
    judged = [t for t in progress.targets
              if comparable(measure, t) and (t.comparator == REDUCE_BY_PER_YEAR or t.unit == progress.unit)
              and not t.qualifier]
    # Nothing to project to: no line about it, rather than "not enough data".
    progress.projection = project(points, judged, progress.unit) if judged else None
    return progress


# -- outliers ---------------------------------------------------------------------------
def _figure(kind: str, value: int | None, numerator: int | None, denominator: int | None) -> float | None:
    if kind == "rate":
        if not denominator:
            return None
        return (numerator or 0) / denominator * 100
    return float(value) if value is not None else None


def flag(value: float, history: list[float], kind: str = "count") -> tuple[str | None, float | None]:
    """Whether ``value`` is far from ``history`` (the same area's earlier figures):
    ``(HIGH | LOW | None, median of the history)``.

    Far means more than 3× (or under a third of) the median, or — for rates, whose values
    crowd near the target — a robust z-score (median and MAD) beyond 3.5; and in both cases
    by at least ``MIN_GAP`` (cases, or percentage points), so 1 → 4 is not an alarm.
    """
    if len(history) < HISTORY_MIN:
        return None, None
    median = statistics.median(history)
    if abs(value - median) < MIN_GAP:
        return None, median
    if median > 0 and value > OUTLIER_RATIO * median:
        return HIGH, median
    if median > 0 and value < median / OUTLIER_RATIO:
        return LOW, median
    mad = statistics.median(abs(x - median) for x in history)
    if kind == "rate" and mad > 0:
        z = 0.6745 * (value - median) / mad
        if abs(z) > OUTLIER_Z:
            return (HIGH if z > 0 else LOW), median
    return None, median


def impossible(measure: MeasureInfo, value: int | None, numerator: int | None, denominator: int | None) -> bool:
    """A figure that cannot be true: more cases than people, above the measure's maximum."""
    if measure.kind == "rate":
        if numerator is None or denominator is None:
            return True
        return denominator <= 0 or numerator < 0 or numerator > denominator or \
            (measure.max_value is not None and denominator > measure.max_value)
    return value is None or value < 0 or (measure.max_value is not None and value > measure.max_value)


# -- deadlines --------------------------------------------------------------------------
def next_occurrence(deadline: Any, today: dt.date, window_days: int = DEADLINE_WINDOW_DAYS) -> dt.date | None:
    """The date of ``deadline`` within ``window_days`` from ``today``, or None.

    A yearly deadline ("trước ngày 15/12" every year) becomes its next date (a yearly 29/02
    is the last day of February in a common year); a dated one counts only when it falls in
    the window.
    """
    day, month, year = getattr(deadline, "day", None), getattr(deadline, "month", None), getattr(deadline, "year", None)
    if not day or not month:
        return None

    def yearly(in_year: int) -> dt.date:
        if (month, day) == (2, 29) and not calendar.isleap(in_year):
            return dt.date(in_year, 2, 28)
        return dt.date(in_year, month, day)
    try:
        if year:
            when = dt.date(year, month, day)
        else:
            when = yearly(today.year)
            if when < today:
                when = yearly(today.year + 1)
    except ValueError:  # a misread date
        return None
    return when if today <= when <= today + dt.timedelta(days=window_days) else None


def upcoming_deadlines(kb: Any, city: str, today: dt.date,
                       window_days: int = DEADLINE_WINDOW_DAYS) -> list[UpcomingDeadline]:
    """The deadlines of the city's plans falling in the next ``window_days`` days."""
    found: dict[tuple[dt.date, str], UpcomingDeadline] = {}
    for plan in plans_for_city(kb, city):
        label = plan.number or plan.title or plan.slug
        for deadline in plan.deadlines:
            when = next_occurrence(deadline, today, window_days)
            if when is None:
                continue
            key = (when, label)
            if key not in found:
                submit_to = kb.agency_name(deadline.submit_to) if deadline.submit_to else None
                found[key] = UpcomingDeadline(when, deadline.text, label, not deadline.year,
                                              deadline.kind, submit_to)
    return sorted(found.values(), key=lambda d: (d.date, d.plan))


# -- the digest --------------------------------------------------------------------------
def compute_digest(db: sqlite_utils.Database, kb: Any, scope: Scope, week_start: dt.date, *,
                   today: dt.date, tz: ZoneInfo | str = "Asia/Ho_Chi_Minh",
                   late_after_days: int = LATE_AFTER_DAYS) -> Digest:
    """The digest of ``scope`` for the Monday–Sunday week starting ``week_start``; a report
    received more than ``late_after_days`` after its period ended counts as late."""
    tz = ZoneInfo(tz) if isinstance(tz, str) else tz
    week_end = week_start + dt.timedelta(days=6)
    measures = load_measures(db)
    linked = linked_indicators(kb, measures.values(), scope.city)
    week_rows = _week_reports(db, scope, week_start, week_end, tz)
    by_measure = _counts_by_measure(measures, week_rows)
    on_time, late = _timeliness(week_rows, tz, late_after_days)
    progress = _scope_progress(db, kb, scope, measures, week_end, today)
    expected, missed_week, missed_expected, missing, pending = _unreported_areas(db, scope, week_start, today,
                                                                                 late_after_days, tz)
    outliers = _outliers(db, measures, week_rows)
    for item in [*by_measure, *progress, *outliers]:
        item.indicator = linked[item.measure.key]
    progress.sort(key=_indicator_order)
    return Digest(
        scope, week_start, week_end, today, len(week_rows), len({row[2] for row in week_rows}), by_measure,
        progress, expected, missing, on_time, late, outliers,
        upcoming_deadlines(kb, scope.city, today), _weekly_counts(db, scope, week_start, tz),
        missed_week=missed_week,
        missed_due=report_due(missed_week, late_after_days) if missed_week else None,
        missed_expected=missed_expected,
        pending=pending,
        pending_due=report_due(week_start, late_after_days) if pending else None,
    )


def _indicator_order(progress: Progress) -> tuple:
    """Measures in the order of the plan indicators they are linked to; those linked to none last."""
    linked = progress.indicator
    if linked is None:
        return (1, "", 0, 0, progress.measure.key)
    return (0, linked.plan, linked.position, linked.metric, progress.measure.key)


def _week_reports(db: sqlite_utils.Database, scope: Scope, week_start: dt.date, week_end: dt.date,
                  tz: ZoneInfo) -> list[tuple]:
    """The reports of ``scope`` received during the week (local days), oldest first:
    ``(id, measure, area_id, area name, period_start, period_end, value, numerator,
    denominator, created_at)``."""
    in_scope, scope_params = reports_filter(scope)
    begin, finish = _utc_bound(week_start, tz), _utc_bound(week_end + dt.timedelta(days=1), tz)
    return db.execute(
        f"select r.id, r.measure, r.area_id, a.name, r.period_start, r.period_end, r.value, r.numerator, "
        f"r.denominator, r.created_at from reports r join areas a on a.id = r.area_id "
        f"where {in_scope} and r.created_at >= ? and r.created_at < ? order by r.id",
        [*scope_params, begin, finish],
    ).fetchall()


def _counts_by_measure(measures: dict[str, MeasureInfo], week_rows: list[tuple]) -> list[MeasureCount]:
    """Reports and reporting areas per measure, in the measures' order."""
    areas: dict[str, set[int]] = defaultdict(set)
    counts: dict[str, int] = defaultdict(int)
    for _id, key, area_id, *_rest in week_rows:
        areas[key].add(area_id)
        counts[key] += 1
    return [MeasureCount(measures[key], counts[key], len(areas[key])) for key in measures if key in counts]


def _timeliness(week_rows: list[tuple], tz: ZoneInfo, late_after_days: int) -> tuple[int, int]:
    """``(on time, late)``: late when received more than ``late_after_days`` after the period ended."""
    on_time = late = 0
    for _id, _key, _area_id, _name, p_start, p_end, *_figures, created in week_rows:
        received = _local_date(created, tz)
        end = _date(p_end) or _date(p_start)
        if received is not None and end is not None and received <= end + dt.timedelta(days=late_after_days):
            on_time += 1
        else:
            late += 1
    return on_time, late


def period_sums(db: sqlite_utils.Database, scope: Scope, until: dt.date) -> dict[str, list[_PeriodSum]]:
    """Every period's plausible totals of each measure over ``scope``, periods starting up
    to ``until``, by measure key (periods in no particular order)."""
    in_scope, scope_params = reports_filter(scope)
    sums: dict[str, list[_PeriodSum]] = defaultdict(list)
    for key, p_start, p_end, value, numerator, denominator, areas in db.execute(
        f"select r.measure, r.period_start, max(r.period_end), sum(r.value), sum(r.numerator), "
        f"sum(r.denominator), count(distinct r.area_id) from reports r "
        f"where {in_scope} and r.period_start <= ? and {PLAUSIBLE_SQL} group by r.measure, r.period_start",
        [*scope_params, until.isoformat()],
    ):
        sums[key].append(_PeriodSum(_date(p_start), _date(p_end) or _date(p_start), value or 0,
                                    numerator or 0, denominator or 0, areas))
    return sums


def _scope_progress(db: sqlite_utils.Database, kb: Any, scope: Scope, measures: dict[str, MeasureInfo],
                    week_end: dt.date, today: dt.date) -> list[Progress]:
    """Progress of every measure with field data up to the week's end, in catalogue order."""
    sums = period_sums(db, scope, week_end)
    return [
        _add_trend(measure_progress(measure, sums[key], _targets_for(kb, measure, scope.city), today,
                                    _matched_areas(db, scope, key)), measure, sums[key])
        for key, measure in measures.items() if key in sums
    ]


def report_due(week_start: dt.date, late_after_days: int = LATE_AFTER_DAYS) -> dt.date:
    """The last day a report for the week starting ``week_start`` counts as on time: the
    week's Sunday plus the grace of ``late_after_days`` days (as ``On time / late`` counts)."""
    return week_start + dt.timedelta(days=6 + late_after_days)


def _unreported_areas(db: sqlite_utils.Database, scope: Scope, week_start: dt.date, today: dt.date,
                      late_after_days: int, tz: ZoneInfo
                      ) -> tuple[int, dt.date | None, int, list[MissingArea], list[MissingArea]]:
    """``(areas expected for the week, missed week, areas expected for it, missed, pending)``.
    A week still due on ``today`` is not missed: its unreported areas are ``pending``, and
    the missed ones are those of the week before, once that one's due date has passed (None,
    0 and [] if not). An area that reported for a week is in neither list for it."""
    week_end = week_start + dt.timedelta(days=6)
    expected, unreported = _missing_areas(db, scope, week_start, week_end, tz)
    if today > report_due(week_start, late_after_days):
        return expected, week_start, expected, unreported, []
    before = week_start - dt.timedelta(days=7)
    if today > report_due(before, late_after_days):
        expected_before, missing = _missing_areas(db, scope, before, before + dt.timedelta(days=6), tz)
        return expected, before, expected_before, missing, unreported
    return expected, None, 0, [], unreported


def _missing_areas(db: sqlite_utils.Database, scope: Scope, week_start: dt.date,
                   week_end: dt.date, tz: ZoneInfo | None = None) -> tuple[int, list[MissingArea]]:
    """``(areas expected to report, those of them that did not for the week)``: expected
    are the areas with an active collaborator registered by the end of the week (one who
    joined later owed nothing for it)."""
    where, params = _scope_sql(scope)
    in_scope, scope_params = reports_filter(scope)
    collaborators: dict[int, list[Collaborator]] = defaultdict(list)
    area_rows: dict[int, tuple[str, str]] = {}
    for area_id, area_name, district, user_id, display_name in db.execute(
        f"select a.id, a.name, a.district, u.id, u.display_name from areas a join users u on u.area_id = a.id "
        f"where {where} and u.role = 'collaborator' and coalesce(u.active, 1) = 1 "
        f"and (u.created_at is null or u.created_at < ?) order by a.name, u.id",
        [*params, _utc_bound(week_end + dt.timedelta(days=1), tz or ZoneInfo("Asia/Ho_Chi_Minh"))],
    ):
        area_rows[area_id] = (area_name, district)
        collaborators[area_id].append(Collaborator(user_id, display_name or None))
    # Reported for the week: a report for the week itself when weekly measures are due (a
    # monthly report, or a late one for an earlier week, does not stand in for them, as
    # with the collaborators' weekly reminder); else one whose period overlaps the week.
    weekly = db.execute("select count(*) from measures where period = 'week' and coalesce(active, 1) = 1").fetchone()[0]
    if weekly:
        covers, cover_params = "r.period_kind = 'week' and r.period_start = ?", [week_start.isoformat()]
    else:
        covers = "r.period_start <= ? and coalesce(r.period_end, r.period_start) >= ?"
        cover_params = [week_end.isoformat(), week_start.isoformat()]
    reported = {
        row[0] for row in db.execute(
            f"select distinct r.area_id from reports r where {in_scope} and {covers}",
            [*scope_params, *cover_params],
        )
    }
    # Areas that sent figures of a longer period (a month) overlapping the week: only worth
    # saying when weekly figures are due. A month starts at most 31 days before the week, a
    # range the index on period_start serves.
    overlapping = {
        row[0] for row in db.execute(
            f"select distinct r.area_id from reports r where {in_scope} and r.period_start between ? and ? "
            f"and coalesce(r.period_end, r.period_start) >= ?",
            [*scope_params, (week_start - dt.timedelta(days=31)).isoformat(), week_end.isoformat(),
             week_start.isoformat()],
        )
    } if weekly else set()
    missing = [
        MissingArea(area_id, name, district, collaborators[area_id], area_id in overlapping)
        for area_id, (name, district) in sorted(area_rows.items(), key=lambda item: (item[1][1], item[1][0]))
        if area_id not in reported
    ]
    return len(area_rows), missing


def _matched_areas(db: sqlite_utils.Database, scope: Scope, key: str):
    """For a change over a year: two periods' totals of ``key`` over the areas of ``scope``
    that reported both (a month half reported is not a fall from last year's whole one)."""
    in_scope, scope_params = reports_filter(scope)

    def matched(latest: _PeriodSum, before: _PeriodSum) -> tuple[_PeriodSum, _PeriodSum]:
        rows: dict[str, dict[int, tuple]] = {latest.start.isoformat(): {}, before.start.isoformat(): {}}
        for p_start, area_id, *figures in db.execute(
            f"select r.period_start, r.area_id, r.value, r.numerator, r.denominator from reports r "
            f"where {in_scope} and r.measure = ? and r.period_start in (?, ?) and {PLAUSIBLE_SQL}",
            [*scope_params, key, *rows],
        ):
            rows[p_start][area_id] = figures
        both = set(rows[latest.start.isoformat()]) & set(rows[before.start.isoformat()])

        def total(period: _PeriodSum) -> _PeriodSum:
            figures = [rows[period.start.isoformat()][area] for area in both]
            return _PeriodSum(period.start, period.end, *(sum(f[i] or 0 for f in figures) for i in range(3)),
                              len(both))
        return total(latest), total(before)
    return matched


def _outliers(db: sqlite_utils.Database, measures: dict[str, MeasureInfo], week_rows: list) -> list[Outlier]:
    """The week's figures that are impossible or far from the same area's earlier figures."""
    found = []
    for _id, key, area_id, area_name, p_start, _p_end, value, numerator, denominator, _created in week_rows:
        measure = measures[key]
        start = _date(p_start)
        if impossible(measure, value, numerator, denominator):
            shown = _figure(measure.kind, value, numerator, denominator)
            found.append(Outlier(area_id, area_name, measure, start, shown if shown is not None else 0.0,
                                 None, IMPOSSIBLE))
            continue
        figure = _figure(measure.kind, value, numerator, denominator)
        history_rows = db.execute(
            "select value, numerator, denominator from reports where measure = ? and area_id = ? "
            "and period_start < ? order by period_start desc limit ?",
            [key, area_id, p_start, HISTORY_MAX],
        ).fetchall()
        history = [f for f in (_figure(measure.kind, *row) for row in history_rows) if f is not None]
        reason, median = flag(figure, history, measure.kind)
        if reason:
            found.append(Outlier(area_id, area_name, measure, start, figure, median, reason))
    return sorted(found, key=lambda o: (o.area, o.measure.key, o.period_start))


def _weekly_counts(db: sqlite_utils.Database, scope: Scope, week_start: dt.date,
                   tz: ZoneInfo, weeks: int = CHART_WEEKS) -> list[tuple[dt.date, int]]:
    """Reports received per week, for the ``weeks`` weeks ending with the digest's week."""
    in_scope, params = reports_filter(scope)
    first = week_start - dt.timedelta(days=7 * (weeks - 1))
    starts = [first + dt.timedelta(days=7 * i) for i in range(weeks)]
    counts = {start: 0 for start in starts}
    for (created,) in db.execute(
        f"select r.created_at from reports r where {in_scope} and r.created_at >= ? and r.created_at < ?",
        [*params, _utc_bound(first, tz), _utc_bound(week_start + dt.timedelta(days=7), tz)],
    ):
        day = _local_date(created, tz)
        monday = week_start_of(day)
        if monday in counts:
            counts[monday] += 1
    return [(start, counts[start]) for start in starts]
