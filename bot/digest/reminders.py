"""Who needs a reminder to report, and remembering who was reminded.

A collaborator is reminded when the current reporting period (week or month, in the bot's
time zone) ends within ``hours_before`` hours and their area has sent nothing for it yet.
Each reminder is recorded in ``reminders_sent`` so a collaborator is reminded at most once
per period, however often the job runs. Pure: no Telegram.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import sqlite_utils

from bot.runtime.database import utcnow
from bot.field.periods import Period, period_of, today_in


@dataclass(frozen=True)
class Reminder:
    user_id: int
    area_id: int
    area: str
    language: str | None
    period: Period
    measures: tuple[str, ...]     # keys of the measures due for that period


def period_deadline(period: Period, tz: ZoneInfo) -> dt.datetime:
    """The moment a period is over: midnight after its last day, in ``tz``."""
    return dt.datetime.combine(period.end + dt.timedelta(days=1), dt.time(0), tzinfo=tz)


def reminder_window_open(period: Period, now: dt.datetime, tz: ZoneInfo, hours_before: int) -> bool:
    """Whether ``now`` lies in the last ``hours_before`` hours of ``period``."""
    deadline = period_deadline(period, tz)
    return deadline - dt.timedelta(hours=hours_before) <= now < deadline


def daily_check_time(hours_before: int) -> dt.time:
    """The time of day at which a daily check falls just inside every reminder window
    (the window opens ``hours_before`` hours before midnight; five minutes later)."""
    opening = (24 - hours_before % 24) % 24
    return dt.time(opening, 5)


def due_reminders(db: sqlite_utils.Database, now: dt.datetime, tz: ZoneInfo | str,
                  hours_before: int) -> list[Reminder]:
    """The reminders to send at ``now``: one per collaborator and due period."""
    tz = ZoneInfo(tz) if isinstance(tz, str) else tz
    today = today_in(tz, now)
    kinds: dict[str, list[str]] = {}
    for key, kind in db.execute(
        "select key, period from measures where coalesce(active, 1) = 1 order by coalesce(position, 0), key"
    ):
        kinds.setdefault(kind, []).append(key)
    found: list[Reminder] = []
    for kind, keys in sorted(kinds.items()):
        period = period_of(kind, today)
        if not reminder_window_open(period, now, tz, hours_before):
            continue
        marks = ",".join("?" * len(keys))
        rows = db.execute(
            f"""
            select u.id, a.id, a.name, u.language from users u join areas a on a.id = u.area_id
            where u.role = 'collaborator' and coalesce(u.active, 1) = 1
              and not exists (select 1 from reports r where r.area_id = a.id and r.period_start = ?
                              and r.measure in ({marks}))
              and not exists (select 1 from reminders_sent s where s.user_id = u.id
                              and s.period_kind = ? and s.period_start = ?)
            order by u.id
            """,
            [period.start.isoformat(), *keys, kind, period.start.isoformat()],
        ).fetchall()
        found += [Reminder(user_id, area_id, name, language, period, tuple(keys))
                  for user_id, area_id, name, language in rows]
    return found


def record_sent(db: sqlite_utils.Database, reminder: Reminder) -> bool:
    """Remember that ``reminder`` was sent; False if it had been already."""
    with db.atomic():
        inserted = db.conn.execute(
            "insert or ignore into reminders_sent (user_id, period_kind, period_start, area_id, sent_at) "
            "values (?, ?, ?, ?, ?)",
            (reminder.user_id, reminder.period.kind, reminder.period.start.isoformat(), reminder.area_id, utcnow()),
        ).rowcount
    return inserted == 1


MANUAL_COOLDOWN = dt.timedelta(hours=1)


def claim_manual_reminder(db: sqlite_utils.Database, area_id: int, sent_by: int, now: dt.datetime,
                          cooldown: dt.timedelta = MANUAL_COOLDOWN) -> dt.datetime | None:
    """Record a manager's "remind" for ``area_id`` at ``now`` (aware) and return None; or,
    when the area was reminded by hand less than ``cooldown`` ago, record nothing and
    return when that was (UTC)."""
    with db.atomic():
        row = db.conn.execute("select sent_at from manual_reminders where area_id = ?", (area_id,)).fetchone()
        if row is not None:
            last = dt.datetime.fromisoformat(row[0])
            if now - last < cooldown:
                return last
        db.conn.execute(
            "insert or replace into manual_reminders (area_id, sent_by, sent_at) values (?, ?, ?)",
            (area_id, sent_by, now.astimezone(dt.timezone.utc).isoformat(timespec="seconds")),
        )
    return None
