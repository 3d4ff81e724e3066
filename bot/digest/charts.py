"""The digest's chart: progress against target per indicator, and reports per week.

Drawn with matplotlib's Agg backend (no display needed) into PNG bytes, sent as a photo.
"""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")

from matplotlib.figure import Figure  # noqa: E402  (after choosing the backend)

from bot.digest.compute import BEHIND, ON_TRACK, Digest, Progress, _is_reduction  # noqa: E402
from bot.digest.text import describe_target, format_figure  # noqa: E402
from bot.i18n import format_day_month, translator  # noqa: E402
from knowledge.model import EXACTLY, REDUCE_BY_PER_YEAR, UNDER  # noqa: E402

COLOURS = {ON_TRACK: "#2e7d32", BEHIND: "#e65100"}
OTHER = "#9e9e9e"
MAX_BARS = 20


def progress_share(progress: Progress) -> float | None:
    """The latest figure as a share of the judged target (100 = exactly at the target).

    For "under" targets the share is inverted, so that more is always better on the chart.
    """
    judged = _judged_levels(progress)
    if progress.value is None or not judged:
        return None
    target = next((t for t in judged if not t.qualifier), judged[0])
    if not target.value:
        return None
    if target.comparator == UNDER or (target.comparator == EXACTLY and _is_reduction(target)):
        return 100.0 if progress.value == 0 else min(target.value / progress.value * 100, 200.0)
    return min(progress.value / target.value * 100, 200.0)


def _judged_levels(progress: Progress) -> list:
    """The targets of the judged year a bar can be drawn against: levels in the figure's
    unit ("down 3% a year" is a change, not a level)."""
    return [t for t in progress.targets if t.year == progress.judged_year and t.unit == progress.unit
            and t.comparator != REDUCE_BY_PER_YEAR]


LABEL_CHARS = 26  # a measure's name under its indicator number, shortened to fit the axis


def bar_label(progress: Progress, _, lang: str = "vi") -> str:
    """Two lines: ``Chỉ tiêu 14`` (``Indicator 8.2`` for the second metric of indicator 8)
    over the measure's name, shortened."""
    measure = progress.measure
    name = measure.name(lang)
    if len(name) > LABEL_CHARS:
        name = name[: LABEL_CHARS - 1].rsplit(" ", 1)[0] + "…"
    if not measure.indicator:
        return name
    number = f"{measure.indicator}.{measure.metric}" if (measure.metric or 1) > 1 else str(measure.indicator)
    return _("Ind. {number}", number=number) + "\n" + name


def bar_note(progress: Progress, lang: str) -> str:
    """What a bar stands for, written on it: ``98,5% / ít nhất 100% (2030)``."""
    judged = _judged_levels(progress)
    figure = format_figure(progress.value, progress.unit, lang) if progress.value is not None else "–"
    if not judged:
        return figure
    target = next((t for t in judged if not t.qualifier), judged[0])
    note = f"{figure} / {describe_target(target, lang)}"
    return f"{note} ({target.year})" if target.year else note


def render_chart(digest: Digest, lang: str) -> bytes:
    """Two panels as PNG bytes: progress against target (bars), and reports per week."""
    _ = translator(lang)
    figure = Figure(figsize=(8, 7), dpi=100)
    top, bottom = figure.subplots(2, 1, gridspec_kw={"height_ratios": [3, 2]})

    bars = [(p, progress_share(p)) for p in digest.progress if p.status in (ON_TRACK, BEHIND)][:MAX_BARS]
    if bars:
        labels = [bar_label(p, _, lang) for p, _share in bars]
        values = [share or 0 for _p, share in bars]
        colours = [COLOURS.get(p.status, OTHER) for p, _share in bars]
        positions = range(len(bars))
        drawn = top.barh(list(positions), values, color=colours)
        top.bar_label(drawn, [bar_note(p, lang) for p, _share in bars], label_type="center", color="white",
                      fontsize=8, fontweight="bold")
        top.set_yticks(list(positions), labels, fontsize=8)
        top.invert_yaxis()
        top.axvline(100, color="black", linewidth=1, linestyle="--")
        top.set_xlabel(_("% of the target"))
    else:
        top.text(0.5, 0.5, _("No figure can be compared with a target yet."), ha="center", va="center")
        top.set_axis_off()
    top.set_title(_("Progress against the plan"))

    weeks = [format_day_month(start, lang) for start, _n in digest.weekly_reports]
    counts = [n for _start, n in digest.weekly_reports]
    bottom.bar(weeks, counts, color="#1565c0")
    bottom.set_title(_("Reports per week"))
    bottom.tick_params(axis="x", labelrotation=30)
    bottom.yaxis.get_major_locator().set_params(integer=True)

    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
