"""Reporting periods: calendar weeks and months in the bot's time zone."""

import datetime as dt

import pytest

from bot.field import periods

HCM = "Asia/Ho_Chi_Minh"


@pytest.mark.parametrize("day, start, end", [
    (dt.date(2024, 6, 3), dt.date(2024, 6, 3), dt.date(2024, 6, 9)),     # a Monday
    (dt.date(2024, 6, 9), dt.date(2024, 6, 3), dt.date(2024, 6, 9)),     # a Sunday
    (dt.date(2025, 1, 1), dt.date(2024, 12, 30), dt.date(2025, 1, 5)),   # across the year
])
def test_week_runs_monday_to_sunday(day, start, end):
    assert periods.Period("week", start, end) == periods.period_of("week", day)


@pytest.mark.parametrize("day, start, end", [
    (dt.date(2024, 2, 10), dt.date(2024, 2, 1), dt.date(2024, 2, 29)),   # leap year
    (dt.date(2023, 2, 28), dt.date(2023, 2, 1), dt.date(2023, 2, 28)),
    (dt.date(2024, 12, 31), dt.date(2024, 12, 1), dt.date(2024, 12, 31)),
])
def test_month_is_the_calendar_month(day, start, end):
    assert periods.Period("month", start, end) == periods.period_of("month", day)


def test_this_week_is_computed_in_the_bots_time_zone():
    # Sunday 20:00 UTC is already Monday 03:00 in Vietnam: a new week there.
    now = dt.datetime(2024, 6, 9, 20, 0, tzinfo=dt.timezone.utc)
    assert dt.date(2024, 6, 10) == periods.current("week", HCM, now).start
    assert dt.date(2024, 6, 3) == periods.current("week", "UTC", now).start


def test_choices_are_this_and_last_period():
    now = dt.datetime(2024, 3, 5, 12, 0, tzinfo=dt.timezone.utc)
    options = periods.choices("month", HCM, now)
    assert (dt.date(2024, 3, 1), dt.date(2024, 2, 1)) == (options["this"].start, options["last"].start)
    assert dt.date(2024, 2, 29) == options["last"].end


def test_key_round_trips_and_rejects_garbage():
    period = periods.period_of("week", dt.date(2024, 6, 5))
    assert period == periods.from_key(period.key)
    for bad in ("", "week:2024-06-05", "year:2024-01-01", "week:not-a-date", "month"):
        with pytest.raises(ValueError):
            periods.from_key(bad)
