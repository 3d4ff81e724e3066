"""The digest's charts, inspected as figures: read at a phone's width (4 inches, no text
under 11 pt), every measure named in full as the text names it, counts charted as well as
rates, each target drawn with its plan's comparator, and an explicit empty state."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from matplotlib.text import Text

from bot.digest.charts import FONT, WIDTH_IN, build_figures, render_charts
from bot.digest.compute import BEHIND, Progress, Projection, TargetCheck, compute_digest, Scope, load_measures
from bot.digest.text import plain_measure_label
from bot.runtime.database import open_database
from knowledge.model import AT_LEAST, COUNT, EXACTLY, PERCENT, REDUCE_BY_PER_YEAR, UNDER
from tests.test_digest import LAST_WEEK, TODAY, TZ, digest_of, local, save, world  # noqa: F401  (fixture)

PNG = b"\x89PNG"


def texts(figure) -> list[Text]:
    figure.draw_without_rendering()   # tick labels exist once drawn
    return [t for t in figure.findobj(Text) if t.get_visible() and t.get_text().strip()]


def panel_titles(figures) -> list[str]:
    return [" ".join(ax.get_title(loc="left").split()) for figure in figures for ax in figure.axes]


def gids(figures) -> set[str]:
    return {artist.get_gid() for figure in figures for artist in figure.findobj() if artist.get_gid()}


@pytest.fixture
def busy(world):
    """Kim Mã with ten weeks of abuse counts and nine months of birth registrations."""
    kim_ma = world.areas["Kim Mã"]
    for week in range(10):
        start = dt.date(2026, 9, 14) + dt.timedelta(days=7 * week)
        save(world.db, "abuse_cases", kim_ma, start.isoformat(), local((start + dt.timedelta(days=7)).isoformat()),
             101, value=week % 3)
    for month in range(1, 10):
        save(world.db, "birth_registered_u5", kim_ma, f"2026-{month:02d}-01", local(f"2026-{month + 1:02d}-03"), 101,
             numerator=930 + 4 * month, denominator=1000)
    return world


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_measure_is_named_in_full_as_in_the_text_and_readable_on_a_phone(busy, kb, lang):
    digest = digest_of(busy, kb, "Hà Nội", "Ba Đình")
    figures = build_figures(digest, lang)
    titles = panel_titles(figures)
    for progress in digest.progress:
        assert plain_measure_label(progress, lang) in titles          # whole, wrapped, never cut
    assert "Trẻ em bị xâm hại (chỉ tiêu 9 của 138/KH-UBND: Tỷ lệ trẻ em bị xâm hại trên tổng số trẻ em)" in titles \
        or lang == "en"
    assert not any("…" in title or "Ind." in title or "Chỉ tiêu" in title for title in titles)
    for figure in figures:
        assert WIDTH_IN == figure.get_figwidth() == 4.0
        # still ≥ 400 px wide when Telegram scales the photo's long side down to 1 280 px
        assert 1280 / figure.get_figheight() * figure.get_figwidth() >= 400
        small = [(t.get_text(), t.get_fontsize()) for t in texts(figure) if t.get_fontsize() < FONT]
        assert [] == small


def test_counts_are_charted_with_their_weekly_trend(busy, kb):
    digest = digest_of(busy, kb, "Hà Nội", "Ba Đình")
    abuse = next(p for p in digest.progress if p.measure.key == "abuse_cases")
    assert (COUNT, 10) == (abuse.unit, len(abuse.history))
    figures = build_figures(digest, "vi")
    panel = next(ax for figure in figures for ax in figure.axes
                 if ax.get_title(loc="left").startswith("Trẻ em bị xâm hại"))
    line = next(line for line in panel.get_lines() if line.get_gid() == "figures")
    assert [value for _day, value in abuse.history] == list(line.get_ydata())


def test_targets_are_drawn_with_their_comparator_and_the_projection_in_words(busy, kb):
    digest = digest_of(busy, kb, "Hà Nội", "Ba Đình")
    figures = build_figures(digest, "vi")
    assert {"floor", "trend", "weekly"} <= gids(figures)     # "ít nhất 98,5%" (2025) and "ít nhất 100%" (2030)
    words = [t.get_text() for figure in figures for t in texts(figure)]
    assert "2030: phần đầu 100%" in words   # the plan's own word (its typo of "phấn đấu"), never "ít nhất"
    assert any(text.startswith("Dự báo 2030:") for word in words for text in word.split("\n"))
    assert any("Chưa đủ số liệu để dự báo." in word for word in words)   # children consulted: one month


def _progress(world, comparator: str, value: float, text: str = "", unit: str = PERCENT) -> Progress:
    measure = load_measures(world.db)["birth_registered_u5"]
    check = TargetCheck(2030 if comparator != REDUCE_BY_PER_YEAR else None, comparator, value, None, unit, False,
                        None, text)
    history = [(dt.date(2026, month, 1), 2.0 - month / 10) for month in range(1, 7)]
    return Progress(measure, BEHIND, value=1.4, unit=unit, targets=[check], judged_year=check.year,
                    history=history, projection=Projection(6, False))


@pytest.mark.parametrize("comparator,value,text,gid", [
    (UNDER, 1.0, "dưới 1%", "ceiling"),
    (EXACTLY, 1.0, "giảm xuống còn 1%", "ceiling"),     # a level to come down to is a ceiling too
    (AT_LEAST, 97.0, "ít nhất 97%", "floor"),
    (REDUCE_BY_PER_YEAR, 3.0, "giảm 3%/năm", "slope"),
])
def test_each_comparator_has_its_own_drawing(world, kb, comparator, value, text, gid):
    empty = compute_digest(open_database(None), kb, Scope("Hà Nội"), LAST_WEEK, today=TODAY, tz=TZ)
    digest = dataclasses.replace(empty, progress=[_progress(world, comparator, value, text)])
    drawn = gids(build_figures(digest, "vi"))
    assert gid in drawn
    assert not ({"ceiling", "floor", "slope"} - {gid}) & drawn


def test_a_yearly_reduction_slopes_down_from_the_first_figure(world, kb):
    empty = compute_digest(open_database(None), kb, Scope("Hà Nội"), LAST_WEEK, today=TODAY, tz=TZ)
    progress = _progress(world, REDUCE_BY_PER_YEAR, 12.0, "giảm 12%/năm")
    figure = build_figures(dataclasses.replace(empty, progress=[progress]), "en")[0]
    slope = next(line for ax in figure.axes for line in ax.get_lines() if line.get_gid() == "slope")
    ys = list(slope.get_ydata())
    assert ys[0] == progress.history[0][1] and ys[-1] == pytest.approx(ys[0] * 0.88 ** (151 / 365.25))


@pytest.mark.parametrize("lang,weekly,none", [
    ("vi", "Không có báo cáo nào trong 8 tuần qua.", "Chưa có báo cáo"),
    ("en", "No reports in the last 8 weeks.", "No reports yet"),
])
def test_no_reports_says_so_instead_of_an_empty_axis(kb, lang, weekly, none):
    empty = compute_digest(open_database(None), kb, Scope("Hà Nội"), LAST_WEEK, today=TODAY, tz=TZ)
    figures = build_figures(empty, lang)
    assert 1 == len(figures)
    words = " ".join(t.get_text().replace("\n", " ") for t in texts(figures[0]))
    assert weekly in words and none in words
    assert not any(ax.axison for ax in figures[0].axes)    # no −0.04…0.04 axis drawn
    assert all(page.startswith(PNG) for page in render_charts(empty, lang))
