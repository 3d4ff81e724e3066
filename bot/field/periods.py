"""Reporting periods: calendar weeks (Monday to Sunday) and calendar months, in the bot's
time zone.

"This week" for a collaborator in Hà Nội is the week of the date in Asia/Ho_Chi_Minh, not
in UTC: at 01:00 on a Monday in Vietnam it is still Sunday in UTC.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

WEEK, MONTH = "week", "month"
THIS, LAST = "this", "last"


@dataclass(frozen=True)
class Period:
    kind: str          # WEEK or MONTH
    start: dt.date
    end: dt.date       # inclusive

    @property
    def key(self) -> str:
        """``"week:2024-06-03"``: kind and first day, as stored in a draft."""
        return f"{self.kind}:{self.start.isoformat()}"

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def previous(self) -> "Period":
        return period_of(self.kind, self.start - dt.timedelta(days=1))

    def next(self) -> "Period":
        return period_of(self.kind, self.end + dt.timedelta(days=1))


def today_in(tz: ZoneInfo | str, now: dt.datetime | None = None) -> dt.date:
    """The calendar date in time zone ``tz`` at ``now`` (default: the current time)."""
    zone = ZoneInfo(tz) if isinstance(tz, str) else tz
    moment = now if now is not None else dt.datetime.now(dt.timezone.utc)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(zone).date()


def period_of(kind: str, day: dt.date) -> Period:
    """The week or month containing ``day``."""
    if kind == WEEK:
        start = day - dt.timedelta(days=day.weekday())
        return Period(WEEK, start, start + dt.timedelta(days=6))
    if kind == MONTH:
        last = calendar.monthrange(day.year, day.month)[1]
        return Period(MONTH, day.replace(day=1), day.replace(day=last))
    raise ValueError(f"unknown period kind {kind!r}")


def current(kind: str, tz: ZoneInfo | str, now: dt.datetime | None = None) -> Period:
    return period_of(kind, today_in(tz, now))


def choices(kind: str, tz: ZoneInfo | str, now: dt.datetime | None = None) -> dict[str, Period]:
    """``{"this": …, "last": …}``: the periods a collaborator may report for."""
    this = current(kind, tz, now)
    return {THIS: this, LAST: this.previous()}


def from_key(key: str) -> Period:
    """The period of a ``Period.key``; raises ValueError for anything else."""
    kind, _, start = (key or "").partition(":")
    day = dt.date.fromisoformat(start)
    period = period_of(kind, day)
    if period.start != day:
        raise ValueError(f"{key!r} is not the first day of a {kind}")
    return period
