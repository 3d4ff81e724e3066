"""Progress projected to the targets: a least-squares trend carried to each target's date,
judged with its likely range, on synthetic series; and how the digest says it."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.digest.compute import AT_RISK, OFF_TRACK, PROJECTED_ON_TRACK, TargetCheck, project
from knowledge.model import AT_LEAST, COUNT, PERCENT, REDUCE_BY_PER_YEAR, UNDER
from tests.test_digest import world  # noqa: F401  (fixture)


def monthly(values: list[float], first: dt.date = dt.date(2026, 1, 1)) -> list[tuple[dt.date, float]]:
    return [(dt.date(first.year + (first.month - 1 + i) // 12, (first.month - 1 + i) % 12 + 1, 1), value)
            for i, value in enumerate(values)]


def target(comparator: str, value: float, year: int | None = 2030, unit: str = PERCENT, text: str = "") -> TargetCheck:
    return TargetCheck(year, comparator, value, None, unit, None, None, text)


@pytest.mark.parametrize("series,check,verdict", [
    # steady near 98 %, target "at least 95 %": the whole likely range meets it
    ([97.8, 98.1, 97.9, 98.2, 98.0, 98.1], target(AT_LEAST, 95), PROJECTED_ON_TRACK),
    # stuck at 80 %, target "at least 97 %": nowhere near
    ([80.2, 79.8, 80.1, 80.0, 79.9, 80.1], target(AT_LEAST, 97), OFF_TRACK),
    # swinging around the target: it may or may not be met
    ([95.0, 99.0, 94.0, 100.0, 96.0, 98.0], target(AT_LEAST, 97), AT_RISK),
    # a ceiling ("dưới 1 %"), the figure falling towards it
    ([2.0, 1.9, 1.8, 1.7, 1.6, 1.5], target(UNDER, 1.0), PROJECTED_ON_TRACK),
    # a ceiling, the figure rising away from it
    ([0.6, 0.7, 0.8, 0.9, 1.0, 1.1], target(UNDER, 1.0), OFF_TRACK),
    # "giảm 5 % mỗi năm": counts falling about 2 % a month
    ([100, 98, 96, 94, 92, 90], target(REDUCE_BY_PER_YEAR, 5, unit=COUNT), PROJECTED_ON_TRACK),
    # "giảm 5 % mỗi năm": counts flat
    ([100, 101, 99, 100, 101, 100], target(REDUCE_BY_PER_YEAR, 5, unit=COUNT), OFF_TRACK),
])
def test_projection_verdicts(series, check, verdict):
    projection = project(monthly(series), [check], check.unit)
    assert projection.enough and 1 == len(projection.targets)
    found = projection.targets[0]
    assert verdict == found.verdict, found
    assert found.low <= found.value <= found.high


def test_too_few_periods_are_not_projected():
    projection = project(monthly([90.0, 95.0, 99.0]), [target(AT_LEAST, 95)], PERCENT)
    assert (3, False, []) == (projection.periods, projection.enough, projection.targets)


def test_a_past_target_is_not_projected_and_percent_stays_within_100():
    projection = project(monthly([90.0, 93.0, 96.0, 99.0]), [target(AT_LEAST, 95, year=2025),
                                                               target(AT_LEAST, 99, year=2030)], PERCENT)
    assert [2030] == [t.year for t in projection.targets]
    assert 100.0 == projection.targets[0].value      # a rising line is not carried past 100 %


def test_a_noisy_series_gets_a_wider_range_than_a_smooth_one():
    check = target(AT_LEAST, 10, unit=COUNT)
    smooth = project(monthly([50.0, 50.2, 50.4, 50.6, 50.8, 51.0]), [check], COUNT).targets[0]
    noisy = project(monthly([50.0, 53.0, 48.5, 54.5, 49.0, 51.0]), [check], COUNT).targets[0]
    assert noisy.high - noisy.low > smooth.high - smooth.low


def test_the_digest_says_where_the_trend_leads_or_that_it_cannot_tell(world, kb):
    from bot.digest.text import render_digest, to_plain
    from tests.test_digest import digest_of, local, save

    for month in range(1, 10):
        save(world.db, "birth_registered_u5", world.areas["Kim Mã"], f"2026-{month:02d}-01",
             local(f"2026-{month + 1:02d}-03"), 101, numerator=930 + 4 * month, denominator=1000)
    lines = to_plain(render_digest(digest_of(world, kb, "Hà Nội", "Ba Đình"), "vi")).split("\n")
    births = lines.index(next(line for line in lines if line.startswith("⏳ Trẻ em dưới 5 tuổi được đăng ký")))
    assert lines[births + 2].startswith("   📈 Theo xu hướng hiện nay, đến cuối năm 2030: 100% — sẽ đạt mục tiêu "
                                        "năm 2030 (phần đầu 100%)."), lines[births:births + 3]   # the plan's own word
    consulted = lines.index(next(line for line in lines if "Trẻ em từ 7 tuổi được hỏi ý kiến (chỉ tiêu 22 của 138/KH-UBND" in line
                                     and not line.startswith("•")))   # its progress, not its count of reports
    assert "   ▫️ Dự báo: chưa đủ số liệu để dự báo (mới có 1 trong 4 kỳ cần có)." == lines[consulted + 2]
