"""Who gets a reminder to report, when, and never twice for the same period (pure, no Telegram)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.runtime.database import open_database
from bot.field.periods import MONTH, WEEK, Period
from bot.digest.reminders import daily_check_time, due_reminders, record_sent, reminder_window_open
from tests.test_digest import TZ, local, save, seed

WEEK_OF_23_NOV = Period(WEEK, dt.date(2026, 11, 23), dt.date(2026, 11, 29))


@pytest.fixture
def world(tmp_path):
    return seed(open_database(tmp_path / "reminders.db"))


def at(day: str, hour: int, minute: int = 0) -> dt.datetime:
    return local(day, hour).replace(minute=minute)


@pytest.mark.parametrize("now,hours,expected", [
    (at("2026-11-28", 23, 59), 24, False),   # a minute before the last day begins
    (at("2026-11-29", 0), 24, True),
    (at("2026-11-29", 23, 59), 24, True),
    (at("2026-11-30", 0), 24, False),        # the week is over
    (at("2026-11-29", 17, 59), 6, False),
    (at("2026-11-29", 18), 6, True),
    (at("2026-11-27", 0), 72, True),
    (at("2026-11-26", 23), 72, False),
])
def test_reminder_window(now, hours, expected):
    assert expected == reminder_window_open(WEEK_OF_23_NOV, now, TZ, hours)


def test_window_is_in_the_bots_time_zone():
    # 17:30 UTC on Saturday is already 00:30 on Sunday in Hà Nội.
    now = dt.datetime(2026, 11, 28, 17, 30, tzinfo=dt.timezone.utc)
    assert reminder_window_open(WEEK_OF_23_NOV, now, TZ, 24)


@pytest.mark.parametrize("hours,expected", [
    (24, dt.time(0, 5)), (6, dt.time(18, 5)), (1, dt.time(23, 5)), (30, dt.time(18, 5)), (48, dt.time(0, 5)),
])
def test_daily_check_falls_inside_every_window(hours, expected):
    assert expected == daily_check_time(hours)
    # whatever the day, the check on the last day(s) of the week is inside the window
    check = dt.datetime.combine(WEEK_OF_23_NOV.end + dt.timedelta(days=1), expected, tzinfo=TZ) \
        - dt.timedelta(days=(hours + 23) // 24)
    assert reminder_window_open(WEEK_OF_23_NOV, check, TZ, hours)


def who(reminders) -> list[tuple[int, str, str]]:
    return [(r.user_id, r.period.kind, r.period.start.isoformat()) for r in reminders]


def test_due_reminders_for_the_week(world):
    save(world.db, "injuries", world.areas["Ngọc Hà"], "2026-11-23", local("2026-11-24"), 102, value=1)
    due = due_reminders(world.db, at("2026-11-29", 0, 5), TZ, 24)
    # Ngọc Hà has reported; Điện Biên's collaborator left; managers are never reminded.
    assert [(u, WEEK, "2026-11-23") for u in (101, 103, 104, 105, 106)] == who(due)
    assert ("Phường Kim Mã", ("abuse_cases", "injuries", "injury_deaths", "drownings")) == \
        (due[0].area, due[0].measures)


def test_a_collaborator_is_reminded_once_per_period(world):
    now = at("2026-11-29", 0, 5)
    first = due_reminders(world.db, now, TZ, 24)
    assert all(record_sent(world.db, reminder) for reminder in first)
    assert [] == due_reminders(world.db, now + dt.timedelta(hours=6), TZ, 24)
    assert not record_sent(world.db, first[0])          # recorded already
    assert len(first) == world.db.execute("select count(*) from reminders_sent").fetchone()[0]


def test_month_end(world):
    due = due_reminders(world.db, at("2026-11-30", 0, 5), TZ, 24)
    # Monthly reports: Kim Mã, Ngọc Hà and Láng Hạ sent something for November.
    assert [(103, MONTH, "2026-11-01"), (104, MONTH, "2026-11-01"), (106, MONTH, "2026-11-01")] == who(due)


def test_nothing_before_the_window(world):
    assert [] == due_reminders(world.db, at("2026-11-25", 12), TZ, 24)


def test_no_measures_no_reminders(tmp_path):
    db = open_database(tmp_path / "empty.db")
    assert [] == due_reminders(db, at("2026-11-29", 0, 5), TZ, 24)
