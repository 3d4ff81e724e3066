"""Checking typed numbers, plausibility, and saving/replacing/correcting reports with audit."""

import datetime as dt

import pytest

from bot.field.measures import Measure, PlanTarget, get_measure
from bot.field.periods import period_of
from bot.field.reports import (
    DuplicateReport, InputProblem, audit_trail, check_rate, clean_reason, correct_report, list_reports,
    looks_like_name, looks_like_phone, parse_count, plausibility, save_report,
)
from knowledge.model import Target


@pytest.mark.parametrize("text, expected", [
    ("0", 0), ("12", 12), (" 7 ", 7), ("1.250", 1250), ("1 250", 1250), ("1000000", 1_000_000),
])
def test_whole_numbers_are_read(text, expected):
    assert expected == parse_count(text)


@pytest.mark.parametrize("text, code", [
    ("", "empty"), ("   ", "empty"), (".", "not_number"), ("abc", "not_number"), ("😀", "not_number"),
    ("12 trẻ", "not_number"), ("-3", "negative"), ("3,5", "decimal"), ("3.5", "decimal"),
    ("1000000000000", "too_large"), ("10^12", "not_number"), ("1000001", "too_large"),
    ("5" * 5000, "too_long"), ("x" * 5000, "too_long"), ("1; drop table reports", "not_number"),
    ("Nguyễn Văn An", "name"), ("Mai Anh", "name"),
    ("²", "not_number"), ("12²", "not_number"), ("１２", "not_number"), ("١٢", "not_number"), ("٣", "not_number"),
    ("½", "not_number"), ("0912345678", "phone"), ("+84 912 345 678", "phone"),
])
def test_bad_numbers_are_refused_with_a_reason(text, code):
    with pytest.raises(InputProblem) as problem:
        parse_count(text)
    assert code == problem.value.code


@pytest.mark.parametrize("text, name, phone", [
    ("Nguyễn Văn An", True, False), ("cháu Trần Thị B bị ngã", True, False), ("Nhập nhầm số", False, False),
    ("gọi 0912.345.678", False, True), ("1000000000000", False, False), ("12", False, False),
])
def test_names_and_phone_numbers_are_recognised(text, name, phone):
    assert (name, phone) == (looks_like_name(text), looks_like_phone(text))


@pytest.mark.parametrize("numerator, denominator, problem", [
    (5, 10, None), (10, 10, None), (0, 10, None), (11, 10, "numerator_above_denominator"), (0, 0, "zero_denominator"),
])
def test_a_rate_is_never_above_100_percent(numerator, denominator, problem):
    assert problem == check_rate(numerator, denominator)


@pytest.mark.parametrize("reason, code", [("", "empty"), ("x" * 301, "too_long"), ("do Lê Văn Tám báo", "name"),
                                          ("gọi 0987654321", "phone")])
def test_bad_reasons_are_refused(reason, code):
    with pytest.raises(InputProblem) as problem:
        clean_reason(reason)
    assert code == problem.value.code


COUNT = Measure("injuries", "Tai nạn", "Injuries", "count", "week", indicator=11, metric=1, max_value=500)
RATE = Measure("births", "Khai sinh", "Births", "rate", "month", indicator=14, metric=1, max_value=20000)


@pytest.mark.parametrize("measure, figures, previous, codes", [
    (COUNT, {"value": 3}, None, []),
    (COUNT, {"value": 501}, None, ["above_max"]),
    (COUNT, {"value": 40}, {"value": 4}, ["far_from_last"]),
    (COUNT, {"value": 8}, {"value": 4}, []),
    (COUNT, {"value": 1}, {"value": 40}, ["far_from_last"]),
    (RATE, {"numerator": 95, "denominator": 100}, {"numerator": 20, "denominator": 100}, ["rate_jump"]),
    (RATE, {"numerator": 95, "denominator": 1000}, {"numerator": 95, "denominator": 100}, ["far_from_last", "rate_jump"]),
])
def test_plausibility(measure, figures, previous, codes):
    assert codes == [w.code for w in plausibility(measure, figures, previous)]


def test_a_rate_far_below_the_plans_target_is_doubtful():
    target = Target(metric="khai sinh", metric_index=1, year=2025, value=98.5, unit="%", comparator="at_least")
    targets = [PlanTarget(plan=None, indicator=None, target=target)]
    low = plausibility(RATE, {"numerator": 40, "denominator": 100}, None, targets, today=dt.date(2024, 5, 1))
    assert [("below_plan", 98.5)] == [(w.code, w.params["target"]) for w in low]
    assert [] == plausibility(RATE, {"numerator": 90, "denominator": 100}, None, targets, today=dt.date(2024, 5, 1))


@pytest.fixture
def db(field_db):
    return field_db


def test_save_then_duplicate_then_replace_keeps_an_audit_trail(db):
    measure = get_measure(db, "injuries")
    week = period_of("week", dt.date(2024, 6, 5))
    report, action = save_report(db, measure=measure, area_id=1, period=week, figures={"value": 3}, reporter_id=7)
    assert ("create", "2024-06-03", 3) == (action, report.period_start, report.value)
    with pytest.raises(DuplicateReport):
        save_report(db, measure=measure, area_id=1, period=week, figures={"value": 4}, reporter_id=7)
    replaced, action = save_report(db, measure=measure, area_id=1, period=week, figures={"value": 4},
                                   reporter_id=8, replace=True, reason="resubmitted")
    assert ("replace", replaced.id, 4) == (action, report.id, replaced.value)
    assert [("create", None, {"value": 3}), ("replace", {"value": 3}, {"value": 4})] == [
        (a["action"], a["old_value"], a["new_value"]) for a in audit_trail(db, report.id)]
    assert 1 == db["reports"].count


def test_correction_keeps_who_when_old_new_and_why(db):
    measure = get_measure(db, "birth_registered_u5")
    month = period_of("month", dt.date(2024, 6, 5))
    report, _ = save_report(db, measure=measure, area_id=1, period=month,
                            figures={"numerator": 90, "denominator": 100}, reporter_id=7)
    fixed = correct_report(db, report.id, measure=measure, figures={"numerator": 95, "denominator": 100},
                           changed_by=9, reason="Nhập nhầm")
    assert (95, 100) == (fixed.numerator, fixed.denominator)
    last = audit_trail(db, report.id)[-1]
    assert ("correct", 9, {"numerator": 90, "denominator": 100}, {"numerator": 95, "denominator": 100}, "Nhập nhầm") == (
        last["action"], last["changed_by"], last["old_value"], last["new_value"], last["reason"])
    assert last["changed_at"]


@pytest.mark.parametrize("figures", [
    {"value": 3}, {"numerator": 101, "denominator": 100}, {"numerator": 1, "denominator": 0},
    {"numerator": -1, "denominator": 5}, {"numerator": 1.5, "denominator": 5}, {"numerator": 10**12, "denominator": 10**12},
])
def test_storage_refuses_impossible_figures(db, figures):
    measure = get_measure(db, "birth_registered_u5")
    with pytest.raises(InputProblem):
        save_report(db, measure=measure, area_id=1, period=period_of("month", dt.date(2024, 6, 1)),
                    figures=figures, reporter_id=7)
    assert 0 == db["reports"].count


def test_list_reports_newest_period_first(db):
    measure = get_measure(db, "injuries")
    for day in (dt.date(2024, 6, 3), dt.date(2024, 6, 17), dt.date(2024, 6, 10)):
        save_report(db, measure=measure, area_id=1, period=period_of("week", day), figures={"value": 1}, reporter_id=7)
    assert ["2024-06-17", "2024-06-10", "2024-06-03"] == [r.period_start for r in list_reports(db, reporter_id=7)]
    assert [] == list_reports(db, area_ids=[])
