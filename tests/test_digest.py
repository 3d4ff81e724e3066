"""The weekly digest computed from a week of reports in several areas, and written out in
Vietnamese and English.

Time is frozen at Monday 23/11/2026 08:00 in Hà Nội: the week that just ended is
16/11–22/11/2026. The people, areas and measures are set up with the reporting engineer's
functions; the reports are saved with ``bot.field.reports.save_report`` at the moment they are
said to arrive (one impossible figure is written straight into the table, as only a bad
import could store it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import pytest
import time_machine

from bot.runtime.database import open_database
from bot.digest.compute import BEHIND, TOWARD, HIGH, IMPOSSIBLE, LOW, NO_BASELINE, NO_DATA, NO_TARGET, ON_TRACK, Scope, \
    compute_digest, digest_week, find_scope, flag, next_occurrence, resolve_scope, target_met
from bot.digest.text import render_digest, reminder_buttons, to_plain
from bot.field.measures import ensure_catalogue, get_measure
from bot.field.people import ADMIN, COLLABORATOR, MANAGER, Person, add_area, register_user
from bot.field.periods import period_of
from bot.field.reports import save_report
from knowledge.model import AT_LEAST, COUNT, EXACTLY, PERCENT, RANGE, REDUCE_BY_PER_YEAR, UNDER, Deadline, \
    Target

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = dt.datetime(2026, 11, 23, 8, 0, tzinfo=TZ)
TODAY = NOW.date()
LAST_WEEK = dt.date(2026, 11, 16)


def local(day: str, hour: int = 9) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour), tzinfo=TZ)


@dataclass
class World:
    db: object
    areas: dict[str, int]


def save(db, key: str, area_id: int, day: str, created: dt.datetime, reporter: int, **figures: int) -> int:
    """Save a report for the period of ``key`` holding ``day``, as if sent at ``created``."""
    measure = get_measure(db, key)
    with time_machine.travel(created, tick=False):
        report, _action = save_report(db, measure=measure, area_id=area_id,
                                      period=period_of(measure.period, dt.date.fromisoformat(day)),
                                      figures=figures, reporter_id=reporter)
    return report.id


def seed(db) -> World:
    """Hà Nội (Ba Đình: Kim Mã, Ngọc Hà, Cống Vị, Điện Biên; Đống Đa: Láng Hạ) and Cần Thơ
    (Ninh Kiều: An Hòa), their collaborators and managers, and two months of reports."""
    ensure_catalogue(db)
    areas = {}
    for city, district, name in [
        ("Hà Nội", "Ba Đình", "Phường Kim Mã"), ("Hà Nội", "Ba Đình", "Phường Ngọc Hà"),
        ("Hà Nội", "Ba Đình", "Phường Cống Vị"), ("Hà Nội", "Ba Đình", "Phường Điện Biên"),
        ("Hà Nội", "Đống Đa", "Phường Láng Hạ"), ("Cần Thơ", "Ninh Kiều", "Phường An Hòa"),
    ]:
        areas[name.removeprefix("Phường ")] = add_area(db, city, district, name)[0].id
    with time_machine.travel(local("2026-09-01"), tick=False):   # registered before the reports
        for user_id, name, area in [(101, "Lan", "Kim Mã"), (102, "Minh", "Ngọc Hà"), (103, "Hoa", "Cống Vị"),
                                    (104, "Tuấn", "Cống Vị"), (105, "Nam", "Láng Hạ"), (106, "Bình", "An Hòa"),
                                    (107, "Cũ", "Điện Biên")]:
            register_user(db, user_id, COLLABORATOR, display_name=name, area_id=areas[area])
    with db.conn:  # a collaborator who left: their area is no longer expected to report
        db.conn.execute("update users set active = 0 where id = 107")
    register_user(db, 201, MANAGER, display_name="Quản lý HN", city="Hà Nội")
    register_user(db, 202, MANAGER, display_name="Quản lý Ba Đình", city="Hà Nội", district="Ba Đình")
    register_user(db, 203, MANAGER, display_name="Quản lý CT", city="Cần Thơ")

    kim_ma, ngoc_ha, lang_ha = areas["Kim Mã"], areas["Ngọc Hà"], areas["Láng Hạ"]
    # Kim Mã's injuries, week by week, then a figure far above them.
    for week, value in [("2026-10-19", 4), ("2026-10-26", 5), ("2026-11-02", 4), ("2026-11-09", 6)]:
        monday_after = dt.date.fromisoformat(week) + dt.timedelta(days=7)
        save(db, "injuries", kim_ma, week, local(monday_after.isoformat()), 101, value=value)
    save(db, "injuries", kim_ma, "2026-11-16", local("2026-11-22", 18), 101, value=30)
    save(db, "injuries", ngoc_ha, "2026-11-02", local("2026-11-18"), 102, value=2)   # late
    save(db, "injuries", ngoc_ha, "2026-11-16", local("2026-11-21"), 102, value=3)
    # Birth registration: October for Kim Mã, November for both Ba Đình areas (98,5%).
    save(db, "birth_registered_u5", kim_ma, "2026-10-01", local("2026-11-02"), 101, numerator=970, denominator=1000)
    save(db, "birth_registered_u5", kim_ma, "2026-11-01", local("2026-11-17"), 101, numerator=985, denominator=1000)
    save(db, "birth_registered_u5", ngoc_ha, "2026-11-01", local("2026-11-19"), 102, numerator=1970,
         denominator=2000)
    save(db, "children_consulted", kim_ma, "2026-11-01", local("2026-11-18"), 101, numerator=450, denominator=1000)
    # More children consulted than there are children: only a bad import stores this.
    with db.conn:
        db["reports"].insert({
            "measure": "children_consulted", "area_id": lang_ha, "period_kind": "month",
            "period_start": "2026-11-01", "period_end": "2026-11-30", "numerator": 50, "denominator": 40,
            "reporter_id": 105, "created_at": "2026-11-20T03:00:00+00:00",
        })
    return World(db, areas)


@pytest.fixture
def world(tmp_path):
    return seed(open_database(tmp_path / "digest.db"))


def digest_of(world, kb, city, district=None, week=LAST_WEEK):
    return compute_digest(world.db, kb, Scope(city, district), week, today=TODAY, tz=TZ)


def test_the_grace_period_decides_what_is_late(world, kb):
    strict = compute_digest(world.db, kb, Scope("Hà Nội", "Ba Đình"), LAST_WEEK, today=TODAY, tz=TZ,
                            late_after_days=0)
    lenient = compute_digest(world.db, kb, Scope("Hà Nội", "Ba Đình"), LAST_WEEK, today=TODAY, tz=TZ,
                             late_after_days=30)
    assert (0, 7) == (lenient.late, lenient.on_time)
    assert strict.late > 1


# -- the figures ---------------------------------------------------------------------------
def test_week_of_ba_dinh(world, kb):
    digest = digest_of(world, kb, "Hà Nội", "Ba Đình")

    assert (dt.date(2026, 11, 16), dt.date(2026, 11, 22)) == (digest.week_start, digest.week_end)
    assert (7, 2) == (digest.reports, digest.areas_reporting)
    assert [("birth_registered_u5", 2, 2), ("injuries", 4, 2), ("children_consulted", 1, 1)] == \
        [(m.measure.key, m.reports, m.areas) for m in digest.by_measure]
    assert (6, 1) == (digest.on_time, digest.late)
    # Cống Vị has two collaborators and sent nothing; Điện Biên's only collaborator left.
    # On Monday the week is still due (three days' grace): Cống Vị has not reported *yet*.
    assert 3 == digest.expected_areas
    assert [("Phường Cống Vị", ["Hoa", "Tuấn"])] == \
        [(a.name, [c.display_name for c in a.collaborators]) for a in digest.pending]
    assert dt.date(2026, 11, 25) == digest.pending_due
    # The week before is past its due date (18/11): Ngọc Hà sent nothing for it either.
    assert (dt.date(2026, 11, 9), dt.date(2026, 11, 18)) == (digest.missed_week, digest.missed_due)
    assert ["Phường Cống Vị", "Phường Ngọc Hà"] == [a.name for a in digest.missing]
    assert [("Phường Kim Mã", "injuries", dt.date(2026, 11, 16), 30.0, 4.5, HIGH)] == \
        [(o.area, o.measure.key, o.period_start, o.value, o.median, o.reason) for o in digest.outliers]
    assert [(dt.date(2026, 9, 28) + dt.timedelta(days=7 * i)) for i in range(8)] == \
        [week for week, _n in digest.weekly_reports]
    assert [0, 0, 0, 0, 1, 2, 1, 7] == [n for _week, n in digest.weekly_reports]


def test_progress_against_the_plan_targets(world, kb):
    progress = {p.measure.key: p for p in digest_of(world, kb, "Hà Nội", "Ba Đình").progress}

    assert ["injuries", "birth_registered_u5", "children_consulted"] == list(progress)  # by indicator
    birth = progress["birth_registered_u5"]
    assert (98.5, PERCENT, 2955, 3000, 2) == (birth.value, birth.unit, birth.numerator, birth.denominator, birth.areas)
    assert (dt.date(2026, 11, 1), dt.date(2026, 11, 30)) == (birth.period_start, birth.period_end)
    # "đạt 98,5% vào năm 2025, phấn đấu 100% vào năm 2030": met for 2025; not met yet for 2030,
    # but a 2026 figure is progress toward a 2030 target, not a miss.
    assert [(2025, AT_LEAST, 98.5, True, False), (2030, AT_LEAST, 100.0, False, True)] == \
        [(t.year, t.comparator, t.value, t.met, t.early) for t in birth.targets]
    assert (TOWARD, 2030) == (birth.status, birth.judged_year)

    consulted = progress["children_consulted"]
    assert (45.0, ON_TRACK, 2030) == (consulted.value, consulted.status, consulted.judged_year)
    assert [(2025, 30.0, True), (2030, 40.0, True)] == [(t.year, t.value, t.met) for t in consulted.targets]

    # A count of injured children cannot be compared with "per 100,000 children".
    injuries = progress["injuries"]
    assert (33.0, COUNT, NO_TARGET, 2) == (injuries.value, injuries.unit, injuries.status, injuries.areas)
    assert all(t.met is None for t in injuries.targets)


def test_whole_city_adds_districts_and_flags_impossible_figures(world, kb):
    digest = digest_of(world, kb, "Hà Nội")

    assert (8, 3, 4) == (digest.reports, digest.areas_reporting, digest.expected_areas)
    # Láng Hạ sent only a monthly figure: nothing for the week's weekly measures, said so.
    assert [("Phường Cống Vị", False), ("Phường Láng Hạ", True)] == \
        [(a.name, a.other_figures) for a in digest.pending]
    assert ["Phường Cống Vị", "Phường Ngọc Hà", "Phường Láng Hạ"] == [a.name for a in digest.missing]
    assert [("Phường Kim Mã", HIGH), ("Phường Láng Hạ", IMPOSSIBLE)] == [(o.area, o.reason) for o in digest.outliers]
    # The impossible 50/40 is flagged and kept out of the city's figure.
    consulted = next(p for p in digest.progress if p.measure.key == "children_consulted")
    assert (450, 1000, 1) == (consulted.numerator, consulted.denominator, consulted.areas)


def test_a_figure_above_the_measures_maximum_is_flagged_and_left_out_of_the_total(world, kb):
    # At most 500 injured children a week in a ward (measures.csv): 600 is impossible.
    save(world.db, "injuries", world.areas["Cống Vị"], "2026-11-16", local("2026-11-21"), 103, value=600)
    digest = digest_of(world, kb, "Hà Nội", "Ba Đình")
    assert ("Phường Cống Vị", IMPOSSIBLE) in [(o.area, o.reason) for o in digest.outliers]
    injuries = next(p for p in digest.progress if p.measure.key == "injuries")
    assert (33.0, 2) == (injuries.value, injuries.areas)


def test_deadlines_of_the_city_plans_in_the_next_30_days(world, kb):
    hanoi = digest_of(world, kb, "Hà Nội")
    # Hà Nội's plans ask for reports "trước ngày 15/12" every year; the 2020 campaign's
    # dated deadlines are long past.
    assert {dt.date(2026, 12, 15)} == {d.date for d in hanoi.deadlines}
    assert all(d.recurring for d in hanoi.deadlines)
    assert [] == digest_of(world, kb, "Cần Thơ").deadlines


def test_another_city_sees_only_its_own(world, kb):
    digest = digest_of(world, kb, "Cần Thơ")
    assert (0, 0, [], []) == (digest.reports, digest.areas_reporting, digest.progress, digest.outliers)
    assert (["Phường An Hòa"], ["Phường An Hòa"]) == ([a.name for a in digest.pending],
                                                     [a.name for a in digest.missing])


def test_current_week_is_empty_on_monday_morning(world, kb):
    digest = digest_of(world, kb, "Hà Nội", "Ba Đình", week=digest_week(TODAY))
    assert (dt.date(2026, 11, 23), 0) == (digest.week_start, digest.reports)
    # The monthly reports of November do not stand in for this week's weekly ones, but the
    # areas that sent them are marked; nothing is missed yet (the week before is due 25/11).
    assert [("Phường Cống Vị", False), ("Phường Kim Mã", True), ("Phường Ngọc Hà", True)] == \
        [(a.name, a.other_figures) for a in digest.pending]
    assert ([], None) == (digest.missing, digest.missed_week)


def test_a_monthly_report_does_not_count_as_reporting_for_the_week(world, kb):
    # Kim Mã sends November's child labour count during the week of 23/11, and nothing
    # weekly: its injuries and abuse cases for the week are still missing, as the
    # collaborators' weekly reminder says; Ngọc Hà sends its weekly injuries.
    save(world.db, "child_labour", world.areas["Kim Mã"], "2026-11-01", local("2026-11-24"), 101, value=2)
    save(world.db, "injuries", world.areas["Ngọc Hà"], "2026-11-23", local("2026-11-24"), 102, value=1)
    # A late report for the week before, received this week, is not this week's either.
    save(world.db, "injuries", world.areas["Cống Vị"], "2026-11-16", local("2026-11-25"), 103, value=1)
    digest = digest_of(world, kb, "Hà Nội", "Ba Đình", week=dt.date(2026, 11, 23))
    assert ["Phường Cống Vị", "Phường Kim Mã"] == [a.name for a in digest.pending]


# -- written out -------------------------------------------------------------------------------
@pytest.mark.parametrize("lang,expected", [
    ("vi", [
        "📊 <b>Bản tin tuần: Hà Nội / Ba Đình</b>",
        "Tuần 16/11/2026 – 22/11/2026",
        "7 báo cáo từ 2 địa bàn.",
        "• Trẻ em dưới 5 tuổi được đăng ký khai sinh (chỉ tiêu 14 của 138/KH-UBND: Tỷ lệ trẻ em dưới 5 tuổi đã được đăng ký khai sinh): 2 báo cáo, 2 địa bàn",
        "Đúng hạn: 6, muộn: 1.",
        "⏳ <b>Trẻ em dưới 5 tuổi được đăng ký khai sinh (chỉ tiêu 14 của 138/KH-UBND: Tỷ lệ trẻ em dưới 5 tuổi đã được đăng ký khai sinh)</b>: 98,5% (2.955/3.000, 2 địa bàn, "
        "kỳ 01/11/2026–30/11/2026) — đang hướng tới mục tiêu năm 2030",
        "   Chỉ tiêu: 2025: đạt 98,5% ✅ · 2030: phần đầu 100% ⏳",   # the plan's own words, typo and all
        "✅ <b>Trẻ em từ 7 tuổi được hỏi ý kiến (chỉ tiêu 22 của 138/KH-UBND: "
        "Trẻ em từ 07 tuổi trở lên được hỏi ý kiến về các vấn đề của trẻ em với các hình thức phù hợp)</b>: 45% (450/1.000, 1 địa bàn, "
        "kỳ 01/11/2026–30/11/2026) — đạt tiến độ mục tiêu năm 2030",
        "▫️ <b>Trẻ em bị tai nạn thương tích (chỉ tiêu 11 của 138/KH-UBND: Tỷ suất trẻ em bị tai nạn thương tích)</b>: 33 (2 địa bàn, kỳ 16/11/2026–22/11/2026) — "
        "không có chỉ tiêu so sánh được",
        "Chưa báo cáo tuần 16/11/2026 – 22/11/2026, vẫn còn hạn (hạn 25/11/2026): 1/3 địa bàn.",
        "• Phường Cống Vị: Hoa, Tuấn",
        "Quá hạn báo cáo tuần 09/11/2026 – 15/11/2026 (hạn 18/11/2026): 2/3 địa bàn.",
        "• Phường Ngọc Hà: Minh",
        "• Phường Kim Mã — Trẻ em bị tai nạn thương tích (chỉ tiêu 11 của 138/KH-UBND: "
        "Tỷ suất trẻ em bị tai nạn thương tích), 16/11/2026: <b>30</b> "
        "(cao bất thường so với mức thường là 4,5)",
        "• <b>15/12/2026</b> — Báo cáo kết quả thực hiện hằng năm, gửi Sở Lao động - Thương binh và Xã hội "
        "(138/KH-UBND)",
    ]),
    ("en", [
        "📊 <b>Weekly digest: Hà Nội / Ba Đình</b>",
        "Week Nov 16, 2026 – Nov 22, 2026",
        "7 reports from 2 areas.",
        "• Children under 5 with a registered birth (indicator 14 of 138/KH-UBND: Tỷ lệ trẻ em dưới 5 tuổi đã được đăng ký khai sinh): 2 reports, "
        "2 areas",
        "On time: 6, late: 1.",
        "⏳ <b>Children under 5 with a registered birth (indicator 14 of 138/KH-UBND: Tỷ lệ trẻ em dưới 5 tuổi đã được đăng ký khai sinh)</b>: 98.5% (2,955/3,000, 2 areas, "
        "period Nov 1, 2026–Nov 30, 2026) — working toward the 2030 target",
        "   Targets: 2025: reach 98.5% ✅ · 2030: aim for 100% ⏳",
        "✅ <b>Children aged 7 and over who were consulted (indicator 22 of 138/KH-UBND: "
        "Trẻ em từ 07 tuổi trở lên được hỏi ý kiến về các vấn đề của trẻ em với các hình thức phù hợp)</b>: 45% (450/1,000, 1 area, "
        "period Nov 1, 2026–Nov 30, 2026) — on track for 2030",
        "▫️ <b>Children injured (indicator 11 of 138/KH-UBND: Tỷ suất trẻ em bị tai nạn thương tích)</b>: 33 (2 areas, period Nov 16, 2026–Nov 22, 2026) — "
        "no comparable target",
        "Not reported yet for the week Nov 16, 2026 – Nov 22, 2026, still in time (due Nov 25, 2026): 1 of 3 areas.",
        "• Phường Cống Vị: Hoa, Tuấn",
        "Missed the deadline for the week Nov 9, 2026 – Nov 15, 2026 (due Nov 18, 2026): 2 of 3 areas.",
        "• Phường Ngọc Hà: Minh",
        "• Phường Kim Mã — Children injured (indicator 11 of 138/KH-UBND: Tỷ suất trẻ em bị tai nạn thương tích), "
        "Nov 16, 2026: <b>30</b> (far above its usual 4.5)",
        "• <b>Dec 15, 2026</b> — Yearly report on the plan's results, to Sở Lao động - Thương binh và Xã hội "
        "(138/KH-UBND)",
    ]),
])
def test_rendered_digest(world, kb, lang, expected):
    text = render_digest(digest_of(world, kb, "Hà Nội", "Ba Đình"), lang)
    lines = text.split("\n")
    for line in expected:
        assert any(candidate.startswith(line) for candidate in lines), f"{line!r} not in:\n{text}"


@pytest.mark.parametrize("lang,remind", [("vi", "🔔 Nhắc"), ("en", "🔔 Remind")])
def test_remind_buttons_for_missing_areas(world, kb, lang, remind):
    digest = digest_of(world, kb, "Hà Nội", "Ba Đình")   # each area once, missed or still due
    assert [[(f"{remind} Phường Cống Vị", f"remind:{world.areas['Cống Vị']}")],
            [(f"{remind} Phường Ngọc Hà", f"remind:{world.areas['Ngọc Hà']}")]] == reminder_buttons(digest, lang)


def test_names_from_users_are_escaped(world, kb):
    with time_machine.travel(local("2026-11-01"), tick=False):
        register_user(world.db, 108, COLLABORATOR, display_name="<b>Hùng</b> & co", area_id=world.areas["Cống Vị"])
    text = render_digest(digest_of(world, kb, "Hà Nội", "Ba Đình"), "vi")
    assert "• Phường Cống Vị: Hoa, Tuấn, &lt;b&gt;Hùng&lt;/b&gt; &amp; co" in text.split("\n")
    assert "<b>Hùng</b>" in to_plain(text)


def test_empty_database_gives_a_clear_digest(tmp_path, kb):
    db = open_database(tmp_path / "empty.db")
    digest = compute_digest(db, kb, Scope("Hà Nội"), LAST_WEEK, today=TODAY, tz=TZ)
    text = render_digest(digest, "en")
    for line in ["No reports were received this week.", "No field data yet.",
                 "No area has an active collaborator yet.", "Nothing looks wrong."]:
        assert line in text.split("\n")


# -- the rules, case by case ------------------------------------------------------------------------
def target(comparator, value, value_max=None, text="", unit=PERCENT):
    return Target(metric="m", metric_index=1, year=2030, value=value, unit=unit, comparator=comparator,
                  value_max=value_max, text=text)


@pytest.mark.parametrize("value,tgt,change,expected", [
    (0.8, target(UNDER, 1.0), None, True),              # "dưới 1%" met by 0,8%
    (1.0, target(UNDER, 1.0), None, False),
    (95.0, target(AT_LEAST, 97.0), None, False),        # "ít nhất 97%" not met by 95%
    (97.0, target(AT_LEAST, 97.0), None, True),
    (7.0, target(EXACTLY, 7.3, text="giảm tỷ lệ suy dinh dưỡng xuống còn 7,3%"), None, True),
    (7.5, target(EXACTLY, 7.3, text="giảm tỷ lệ suy dinh dưỡng xuống còn 7,3%"), None, False),
    (2.0, target(EXACTLY, 2.0, text="là 2%"), None, True),
    (2.5, target(EXACTLY, 2.0, text="là 2%"), None, False),
    (0.5, target(RANGE, 0.4, 0.7), None, True),
    (0.8, target(RANGE, 0.4, 0.7), None, False),
    (10.0, target(REDUCE_BY_PER_YEAR, 3.0), -4.0, True),
    (10.0, target(REDUCE_BY_PER_YEAR, 3.0), -2.0, False),
    (10.0, target(REDUCE_BY_PER_YEAR, 3.0), None, None),  # no figure from a year ago
])
def test_target_met(value, tgt, change, expected):
    assert expected == target_met(value, tgt, change)


@pytest.mark.parametrize("value,history,kind,expected", [
    (30, [4, 5, 4, 6], "count", HIGH),          # > 3× the median 4,5
    (13, [4, 5, 4, 6], "count", None),
    (2, [20, 22, 18, 25], "count", LOW),        # < a third of the median 21
    (4, [1, 1, 1], "count", None),              # 4× but only 3 more cases
    (30, [4, 5], "count", None),                # too little history to judge
    (0, [0, 0, 0], "count", None),
    (90.0, [97.0, 97.5, 98.2, 97.8, 97.6], "rate", LOW),   # a drop the robust z-score catches
    (95.0, [97.0, 97.5, 98.2, 97.8, 97.6], "rate", None),  # less than 5 points away
    (97.2, [97.0, 97.5, 98.2, 97.8, 97.6], "rate", None),
])
def test_outlier_flag(value, history, kind, expected):
    assert expected == flag(value, history, kind)[0]


@pytest.mark.parametrize("deadline,today,expected", [
    (Deadline("yearly_report", "trước ngày 15/12", "III", day=15, month=12, recurring=True),
     dt.date(2026, 11, 23), dt.date(2026, 12, 15)),
    (Deadline("yearly_report", "trước ngày 15/12", "III", day=15, month=12, recurring=True),
     dt.date(2026, 12, 16), None),                                 # next one is a year away
    (Deadline("yearly_report", "trước ngày 10/1", "III", day=10, month=1, recurring=True),
     dt.date(2026, 12, 20), dt.date(2027, 1, 10)),                 # across the new year
    (Deadline("plan", "trước ngày 20/5/2020", "IV", day=20, month=5, year=2020),
     dt.date(2026, 5, 1), None),                                   # a dated one long past
    (Deadline("plan", "trước ngày 20/5/2026", "IV", day=20, month=5, year=2026),
     dt.date(2026, 5, 1), dt.date(2026, 5, 20)),
    (Deadline("incident_report", "chậm nhất sau 03 ngày", "IV", within_days=3),
     dt.date(2026, 5, 1), None),                                   # no date at all
    (Deadline("report", "trước ngày 29/02 hằng năm", "III", day=29, month=2, recurring=True),
     dt.date(2027, 2, 10), dt.date(2027, 2, 28)),                  # the end of February in a common year
    (Deadline("report", "trước ngày 29/02 hằng năm", "III", day=29, month=2, recurring=True),
     dt.date(2028, 2, 10), dt.date(2028, 2, 29)),
    (Deadline("report", "trước ngày 29/02 hằng năm", "III", day=29, month=2, recurring=True),
     dt.date(2027, 3, 1), None),
    (Deadline("plan", "trước ngày 29/02/2027", "IV", day=29, month=2, year=2027),
     dt.date(2027, 2, 10), None),                                  # a misread date stays out
])
def test_next_occurrence(deadline, today, expected):
    assert expected == next_occurrence(deadline, today)


# -- who may see what ---------------------------------------------------------------------------------
SCOPES = [Scope("Cần Thơ"), Scope("Hà Nội"), Scope("Hà Nội", "Ba Đình")]
CITY_MANAGER = Person(201, MANAGER, city="Hà Nội")
DISTRICT_MANAGER = Person(202, MANAGER, city="Hà Nội", district="Ba Đình")


@pytest.mark.parametrize("person,requested,expected", [
    (None, None, (None, "not_allowed")),
    (Person(101, COLLABORATOR, area_id=1, city="Hà Nội"), None, (None, "not_allowed")),
    (CITY_MANAGER, None, (Scope("Hà Nội"), None)),
    (CITY_MANAGER, Scope("Hà Nội", "Ba Đình"), (Scope("Hà Nội", "Ba Đình"), None)),
    (CITY_MANAGER, Scope("Cần Thơ"), (None, "other_scope")),
    (DISTRICT_MANAGER, None, (Scope("Hà Nội", "Ba Đình"), None)),
    (DISTRICT_MANAGER, Scope("Hà Nội"), (None, "other_scope")),
    (Person(900001, ADMIN), None, (None, "choose_scope")),
    (Person(900001, ADMIN), Scope("Cần Thơ"), (Scope("Cần Thơ"), None)),
])
def test_resolve_scope(person, requested, expected):
    assert expected == resolve_scope(person, requested, SCOPES)


@pytest.mark.parametrize("text,expected", [
    ("Hà Nội", Scope("Hà Nội")),
    ("ha noi", Scope("Hà Nội")),
    ("Hà Nội / Ba Đình", Scope("Hà Nội", "Ba Đình")),
    ("ha noi, ba dinh", Scope("Hà Nội", "Ba Đình")),
    ("Hải Phòng", None),
    ("", None),
    ("'; drop table reports; --", None),
    ("a/b/c", None),
])
def test_find_scope(world, text, expected):
    assert expected == find_scope(world.db, text)


# -- "reduce by 3 % a year" needs last year's figure ----------------------------------------------------
@pytest.mark.parametrize("last_year,status,change,shown", [
    (10, ON_TRACK, -10.0, "   Chỉ tiêu: không ghi năm: giảm 3% mỗi năm ✅"),
    (9, BEHIND, 0.0, "   Chỉ tiêu: không ghi năm: giảm 3% mỗi năm ❌"),
    (None, NO_BASELINE, None, "   Chỉ tiêu: không ghi năm: giảm 3% mỗi năm ▫️"),
])
def test_yearly_reduction_of_child_marriages(world, kb, last_year, status, change, shown):
    kim_ma = world.areas["Kim Mã"]
    if last_year is not None:
        save(world.db, "child_marriage", kim_ma, "2025-11-01", local("2025-12-02"), 101, value=last_year)
    save(world.db, "child_marriage", kim_ma, "2026-11-01", local("2026-11-20"), 101, value=9)
    digest = digest_of(world, kb, "Hà Nội", "Ba Đình")
    marriages = next(p for p in digest.progress if p.measure.key == "child_marriage")
    assert (9.0, status, change) == (marriages.value, marriages.status, marriages.yearly_change)
    assert shown in render_digest(digest, "vi").split("\n")


def test_yearly_reduction_compares_the_same_areas(world, kb):
    # November 2025: Kim Mã 10, Ngọc Hà 10. November 2026 so far: only Kim Mã, 10 again.
    # The city's 10 against last year's 20 is not a 50 % fall: like for like, nothing fell.
    kim_ma, ngoc_ha = world.areas["Kim Mã"], world.areas["Ngọc Hà"]
    save(world.db, "child_marriage", kim_ma, "2025-11-01", local("2025-12-02"), 101, value=10)
    save(world.db, "child_marriage", ngoc_ha, "2025-11-01", local("2025-12-02"), 102, value=10)
    save(world.db, "child_marriage", kim_ma, "2026-11-01", local("2026-11-20"), 101, value=10)
    digest = digest_of(world, kb, "Hà Nội", "Ba Đình")
    marriages = next(p for p in digest.progress if p.measure.key == "child_marriage")
    assert (10.0, 1, 0.0, BEHIND) == (marriages.value, marriages.areas, marriages.yearly_change, marriages.status)


def test_a_measure_without_figures_has_no_data(world):
    from bot.digest.compute import load_measures, measure_progress

    progress = measure_progress(load_measures(world.db)["birth_registered_u5"], [], [], TODAY)
    assert (NO_DATA, None) == (progress.status, progress.value)


def test_targets_for_part_of_the_city_are_shown_but_not_judged(world):
    # "dưới 10% ở khu vực nội thành, dưới 5% ở khu vực ngoại thành": the scope's 5,5% mixes
    # both (urban 8% and rural 3% would meet both targets), so it neither meets nor misses
    # either; a target for the whole city beside them is judged as usual.
    from bot.digest.compute import _PeriodSum, load_measures, measure_progress

    def qualified(value, qualifier):
        return Target(metric="m", metric_index=1, year=2030, value=value, unit=PERCENT, comparator=UNDER,
                      qualifier=qualifier)

    measure = load_measures(world.db)["birth_registered_u5"]
    period = _PeriodSum(dt.date(2026, 11, 1), dt.date(2026, 11, 30), 0, 55, 1000, 2)
    only_parts = measure_progress(measure, [period], [qualified(10.0, "khu vực nội thành"),
                                                      qualified(5.0, "khu vực ngoại thành")], TODAY)
    assert (NO_TARGET, [None, None]) == (only_parts.status, [t.met for t in only_parts.targets])
    with_city = measure_progress(measure, [period], [qualified(5.0, "khu vực ngoại thành"), qualified(6.0, None)],
                                 TODAY)
    assert (ON_TRACK, [None, True]) == (with_city.status, [t.met for t in with_city.targets])


@pytest.mark.parametrize("month,today,status,judged,marks", [
    # December 2026, read in December or in January: 2026 is before 2030, progress toward it
    ("2026-12-01", dt.date(2026, 12, 20), TOWARD, 2030, "2025: ✅ 2030: ⏳"),
    ("2026-12-01", dt.date(2027, 1, 5), TOWARD, 2030, "2025: ✅ 2030: ⏳"),
    # in the target's own year, or after it, a figure short of the target is behind it
    ("2030-12-01", dt.date(2030, 12, 20), BEHIND, 2030, "2025: ✅ 2030: ❌"),
    ("2031-01-01", dt.date(2031, 1, 20), BEHIND, 2030, "2025: ✅ 2030: ❌"),
    # a figure before 2025 short of the 2025 target: progress toward the nearest target year
    ("2024-06-01", dt.date(2024, 6, 20), TOWARD, 2025, "2025: ⏳ 2030: ⏳"),
])
def test_a_figure_of_a_year_before_the_target_year_is_progress_not_a_miss(world, month, today, status, judged,
                                                                           marks):
    from bot.digest.compute import _PeriodSum, load_measures, measure_progress
    from bot.digest.text import _mark

    def target(year, value):
        return Target(metric="m", metric_index=1, year=year, value=value, unit=PERCENT, comparator=AT_LEAST)

    start = dt.date.fromisoformat(month)
    period = _PeriodSum(start, start + dt.timedelta(days=30), 0, 960 if start.year > 2024 else 900, 1000, 2)
    progress = measure_progress(load_measures(world.db)["birth_registered_u5"], [period],
                                [target(2025, 95.0), target(2030, 99.0)], today)
    assert (status, judged) == (progress.status, progress.judged_year)
    assert marks == " ".join(f"{t.year}: {_mark(t.met, t.early)}" for t in progress.targets)


# -- who has not reported: still due, or missed (issue 10, a new user's trial) ------------------------
def test_a_week_past_its_due_date_lists_its_areas_as_missed_and_none_as_still_due(world, kb):
    digest = compute_digest(world.db, kb, Scope("Hà Nội", "Ba Đình"), LAST_WEEK, today=dt.date(2026, 11, 26), tz=TZ)
    assert ([], LAST_WEEK, dt.date(2026, 11, 25)) == (digest.pending, digest.missed_week, digest.missed_due)
    assert ["Phường Cống Vị"] == [a.name for a in digest.missing]
    text = render_digest(digest, "vi")
    assert "Quá hạn báo cáo tuần 16/11/2026 – 22/11/2026 (hạn 25/11/2026): 1/3 địa bàn." in text.split("\n")
    assert "vẫn còn hạn" not in text


def test_an_area_that_reported_the_week_is_not_listed_as_not_reported_for_it(world, kb):
    # Cống Vị sends its injuries for the week on Tuesday: nobody is still due for it; Cống
    # Vị stays listed only for the week before, which it missed.
    save(world.db, "injuries", world.areas["Cống Vị"], "2026-11-16", local("2026-11-24"), 103, value=1)
    digest = compute_digest(world.db, kb, Scope("Hà Nội", "Ba Đình"), LAST_WEEK, today=dt.date(2026, 11, 24), tz=TZ)
    assert [] == digest.pending
    text = render_digest(digest, "vi")
    assert "vẫn còn hạn" not in text
    assert "Quá hạn báo cáo tuần 09/11/2026 – 15/11/2026 (hạn 18/11/2026): 2/3 địa bàn." in text.split("\n")


@pytest.mark.parametrize("lang,label", [("vi", "CTV #108"), ("en", "Collaborator #108")])
def test_a_collaborator_with_no_name_is_shown_by_a_neutral_label(world, kb, lang, label):
    with time_machine.travel(local("2026-11-01"), tick=False):
        register_user(world.db, 108, COLLABORATOR, display_name=None, area_id=world.areas["Cống Vị"])
    text = render_digest(digest_of(world, kb, "Hà Nội", "Ba Đình"), lang)
    assert f"• Phường Cống Vị: Hoa, Tuấn, {label}" in text.split("\n")
    assert "bạn" not in text and "you" not in text.lower().split()


def test_a_collaborator_who_joined_after_a_week_owed_nothing_for_it(world, kb):
    # Ngọc Hà's collaborator is replaced by one who joins on 20/11: the missed week 9–15/11
    # no longer lists Ngọc Hà (nobody there owed it), the week of 16/11 still expects it.
    with world.db.conn:
        world.db.conn.execute("update users set active = 0 where id = 102")
    with time_machine.travel(local("2026-11-20"), tick=False):
        register_user(world.db, 109, COLLABORATOR, display_name="Mới", area_id=world.areas["Ngọc Hà"])
    digest = digest_of(world, kb, "Hà Nội", "Ba Đình")
    assert (["Phường Cống Vị"], 2) == ([a.name for a in digest.missing], digest.missed_expected)
    assert 3 == digest.expected_areas
