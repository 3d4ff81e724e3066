"""The digest's charts, drawn to be read on a phone: one panel per measure with field data
(its last periods, its plan targets drawn with their own comparator, the trend and where
it leads), and the reports received per week.

Figures are 4 inches wide — 400 px at 100 dpi, a phone's width — with no text under
11 pt, saved at ``DPI`` so they stay sharp when zoomed. Panels are split over pages of
``PANELS_PER_PAGE`` (Telegram may shrink a photo to 1 280 px on its long side: a single
tall image would end up too narrow to read), each page one PNG, sent as photos. Drawn with matplotlib's Agg
backend (no display needed).

How a target is drawn (``gid`` of the artist, for tests):

- "under 1 %" or "down to 7,3 %": a ceiling (``ceiling``), the area above it shaded;
- "at least 97 %": a floor (``floor``), the area below it shaded;
- "from 90 % to 95 %": a band (``band``); an exact level: a line (``level``);
- "down 3 % a year": a slope (``slope``) from the first figure shown, falling 3 % a year.
"""

from __future__ import annotations

import io
import textwrap

import matplotlib

matplotlib.use("Agg")

from babel.dates import format_date as babel_format_date  # noqa: E402
from matplotlib import rc_context  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import FuncFormatter, MaxNLocator  # noqa: E402
from matplotlib.transforms import blended_transform_factory  # noqa: E402

from bot.digest.compute import AT_RISK, BEHIND, OFF_TRACK, ON_TRACK, PROJECTED_ON_TRACK, TOWARD, Digest, Progress, \
    TargetCheck, _is_reduction  # noqa: E402
from bot.digest.text import STATUS_TEXT, describe_target, format_figure, plain_measure_label  # noqa: E402
from bot.i18n import N_, format_day_month, format_number, format_percent, normalize_lang, translator  # noqa: E402
from knowledge.model import AT_LEAST, EXACTLY, PERCENT, RANGE, REDUCE_BY_PER_YEAR, UNDER  # noqa: E402

WIDTH_IN = 4.0             # 400 px at 100 dpi
DPI = 200
FONT = 11                  # points: the smallest text drawn
TITLE_FONT = 12
TITLE_CHARS = 32           # a wrapped title line at 12 pt bold in 4 inches
TEXT_CHARS = 34            # a wrapped line at 11 pt
PANELS_PER_PAGE = 3        # a page at most ~11 in tall: still ≥ 400 px wide when Telegram scales it to 1 280 px
MAX_TICKS = 4              # date labels under a panel: more overlap at 11 pt
COLOURS = {ON_TRACK: "#2e7d32", BEHIND: "#e65100", TOWARD: "#f9a825"}
OTHER = "#1565c0"
TARGET_COLOURS = ("#c62828", "#6a1b9a", "#37474f")   # first, second, third target year
MISS_SHADE = "#ffcdd2"
PROJECTION_SHORT = {
    PROJECTED_ON_TRACK: N_("on track"),
    AT_RISK: N_("at risk"),
    OFF_TRACK: N_("off track"),
}
RC = {"font.size": FONT, "axes.titlesize": TITLE_FONT, "xtick.labelsize": FONT, "ytick.labelsize": FONT,
      "axes.labelsize": FONT, "legend.fontsize": FONT}


def _wrap(text: str, width: int = TEXT_CHARS) -> str:
    return "\n".join(textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)) or text


def period_label(day, kind: str, lang: str) -> str:
    """Under a point: ``16/11`` for a week, ``11/2026`` (``Nov 2026``) for a month."""
    if kind == "month":
        pattern = "MM/yyyy" if normalize_lang(lang) == "vi" else "MMM yyyy"
        return babel_format_date(day, format=pattern, locale=normalize_lang(lang))
    return format_day_month(day, lang)


def drawn_targets(progress: Progress) -> list[TargetCheck]:
    """The targets a panel draws: for the whole scope (not "urban areas only"), in the
    figure's unit or a yearly reduction; oldest year first."""
    found = [t for t in progress.targets if not t.qualifier
             and (t.comparator == REDUCE_BY_PER_YEAR or t.unit == progress.unit)]
    return sorted(found, key=lambda t: (t.year or 9999, t.comparator))


def _target_label(target: TargetCheck, lang: str) -> str:
    described = describe_target(target, lang)
    return f"{target.year}: {described}" if target.year else described


def projection_note(progress: Progress, lang: str) -> str | None:
    """Under a panel: where the trend leads, briefly (``2030: 97,2% (95,1%–99,3%), on track``),
    or that there is not enough data; None when there is no target to project to."""
    _ = translator(lang)
    projection = progress.projection
    if projection is None:
        return None
    if not projection.enough:
        return _("Not enough data to project yet.")
    notes = []
    for item in projection.targets:
        verdict = _(PROJECTION_SHORT[item.verdict])
        if item.comparator == REDUCE_BY_PER_YEAR:
            def show(value: float) -> str:
                return format_percent(value, lang, max_decimals=1)
            notes.append(_("Trend: {change} a year ({low} to {high}), {verdict}", change=show(item.value),
                           low=show(item.low), high=show(item.high), verdict=verdict))
        else:
            value, low, high = (format_figure(v, item.unit, lang) for v in (item.value, item.low, item.high))
            if low == high:
                notes.append(_("Projected {year}: {value}, {verdict}", year=item.year, value=value, verdict=verdict))
            else:
                notes.append(_("Projected {year}: {value} ({low} to {high}), {verdict}", year=item.year,
                               value=value, low=low, high=high, verdict=verdict))
    return "\n".join(notes) if notes else None


def _draw_target(ax: Axes, target: TargetCheck, colour: str, label: str, history: list, *, shaded: bool,
                 right: bool) -> list[float]:
    """Draw one target with its comparator (its miss side shaded when ``shaded``), labelled
    at the left or the ``right`` end; returns the levels it puts on the y axis."""
    labelled_at = blended_transform_factory(ax.transAxes, ax.transData)
    x, align = (0.98, "right") if right else (0.02, "left")
    if target.comparator == REDUCE_BY_PER_YEAR:
        first_day, first = history[0]
        days = [day for day, _value in history]
        path = [first * (1 - target.value / 100) ** ((day - first_day).days / 365.25) for day in days]
        ax.plot(range(len(days)), path, color=colour, linestyle="--", linewidth=2, gid="slope")
        ax.text(0.98, path[-1], label, transform=labelled_at, color=colour, fontsize=FONT, va="bottom", ha="right")
        return path
    if target.comparator == RANGE and target.value_max is not None:
        ax.axhspan(target.value, target.value_max, color=colour, alpha=0.15, gid="band")
        ax.text(x, target.value_max, label, transform=labelled_at, color=colour, fontsize=FONT, va="bottom",
                ha=align)
        return [target.value, target.value_max]
    if target.comparator == UNDER or (target.comparator == EXACTLY and _is_reduction(target)):
        gid, shade = "ceiling", (target.value, 1e12)
    elif target.comparator == AT_LEAST:
        gid, shade = "floor", (-1e12, target.value)
    else:
        gid, shade = "level", None
    ax.axhline(target.value, color=colour, linestyle="--", linewidth=2, gid=gid)
    if shade is not None and shaded:
        ax.axhspan(*shade, color=MISS_SHADE, alpha=0.35, zorder=0, gid=f"{gid}-miss")
    ax.text(x, target.value, label, transform=labelled_at, color=colour, fontsize=FONT, ha=align,
            va="top" if gid == "floor" else "bottom")
    return [target.value]


def _measure_panel(ax: Axes, progress: Progress, lang: str) -> None:
    """One measure: its last periods, its targets, its trend; title and notes in words."""
    _ = translator(lang)
    ax.set_title(_wrap(plain_measure_label(progress, lang), TITLE_CHARS), loc="left", fontsize=TITLE_FONT,
                 fontweight="bold")
    history = progress.history
    days = [day for day, _value in history]
    values = [value for _day, value in history]
    colour = COLOURS.get(progress.status, OTHER)
    positions = list(range(len(history)))
    ax.plot(positions, values, color=colour, marker="o", linewidth=2, markersize=6, gid="figures")
    levels = list(values)
    targets = drawn_targets(progress)
    shaded_year = progress.judged_year if progress.judged_year in {t.year for t in targets} else \
        (targets[-1].year if targets else None)
    for index, target in enumerate(targets):
        # the miss side of one target shaded (the judged year's); labels alternate sides so close lines stay legible
        levels += _draw_target(ax, target, TARGET_COLOURS[min(index, len(TARGET_COLOURS) - 1)],
                               _target_label(target, lang), history, shaded=target.year == shaded_year,
                               right=index % 2 == 1)
    projection = progress.projection
    if projection is not None and projection.enough and len(days) > 1:
        ax.plot(positions, [projection.fitted(day) for day in days], color="#616161", linestyle=":",
                linewidth=2, gid="trend")
    low, high = min(levels), max(levels)
    pad = max((high - low) * 0.25, abs(high) * 0.05, 1.0 if progress.unit != PERCENT else 0.5)
    top = high + pad
    if progress.unit == PERCENT:   # room for a 100 % target line, no axis beyond it
        top = min(top, max(high, 100.0) + max(0.5, pad * 0.2)) if high <= 100 else top
    ax.set_ylim(max(0.0, low - pad), top)
    if progress.unit == PERCENT:
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: format_percent(v, lang, max_decimals=1)))
    else:
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: format_number(v, lang, max_decimals=1)))
    ax.yaxis.set_major_locator(MaxNLocator(nbins=4, integer=progress.measure.kind == "count"))
    step = max(1, -(-len(days) // MAX_TICKS))
    ticks = positions[::-1][::step][::-1]
    ax.set_xticks(ticks, [period_label(days[i], progress.measure.period, lang) for i in ticks])
    ax.set_xlim(-0.6, max(len(days) - 0.4, 0.6))
    ax.grid(axis="y", alpha=0.3)
    notes = []
    if progress.value is not None:
        status = _(STATUS_TEXT[progress.status], year=progress.judged_year or "")
        notes.append(f"{format_figure(progress.value, progress.unit, lang)}: {status}")
    projected = projection_note(progress, lang)
    if projected:
        notes.append(projected)
    ax.set_xlabel("\n".join(_wrap(line) for note in notes for line in note.split("\n")), loc="left",
                  fontsize=FONT)


def _weekly_panel(ax: Axes, digest: Digest, lang: str) -> None:
    """Reports received per week; says so when there were none, rather than drawing an empty axis."""
    _ = translator(lang)
    ax.set_title(_wrap(_("Reports received per week"), TITLE_CHARS), loc="left", fontsize=TITLE_FONT,
                 fontweight="bold")
    counts = [n for _start, n in digest.weekly_reports]
    if not any(counts):
        _empty(ax, _("No reports in the last {weeks} weeks.", weeks=len(counts)))
        return
    positions = list(range(len(counts)))
    bars = ax.bar(positions, counts, color=OTHER, gid="weekly")
    ax.bar_label(bars, [format_number(n, lang) for n in counts], fontsize=FONT)
    ax.set_ylim(0, max(counts) * 1.25)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=4))
    step = max(1, -(-len(counts) // MAX_TICKS))
    ticks = positions[::-1][::step][::-1]
    ax.set_xticks(ticks, [format_day_month(digest.weekly_reports[i][0], lang) for i in ticks])


def _empty(ax: Axes, text: str) -> None:
    ax.set_axis_off()
    ax.text(0.5, 0.5, _wrap(text), ha="center", va="center", fontsize=FONT + 1, transform=ax.transAxes, gid="empty")


def build_figures(digest: Digest, lang: str) -> list[Figure]:
    """The chart pages as matplotlib figures: the first holds reports per week, then one
    panel per measure with figures, ``PANELS_PER_PAGE`` a page; with no figures at all, a
    panel saying so."""
    _ = translator(lang)
    panels: list = [("weekly", None)]
    measures = [p for p in digest.progress if p.history]
    panels += [("measure", p) for p in measures] or [("none", None)]
    pages = [panels[i:i + PANELS_PER_PAGE] for i in range(0, len(panels), PANELS_PER_PAGE)]
    figures = []
    with rc_context(RC):
        for page in pages:
            heights = [2.6 if kind == "weekly" else 1.6 if kind == "none" else 3.6 for kind, _p in page]
            figure = Figure(figsize=(WIDTH_IN, sum(heights)), dpi=DPI, layout="constrained")
            axes = figure.subplots(len(page), 1, gridspec_kw={"height_ratios": heights}, squeeze=False)[:, 0]
            for ax, (kind, progress) in zip(axes, page):
                if kind == "weekly":
                    _weekly_panel(ax, digest, lang)
                elif kind == "measure":
                    _measure_panel(ax, progress, lang)
                else:
                    ax.set_title(_wrap(_("Progress against the plan"), TITLE_CHARS), loc="left",
                                 fontsize=TITLE_FONT, fontweight="bold")
                    _empty(ax, _("No reports yet: the figures will be charted here once collaborators report."))
            figures.append(figure)
    return figures


def render_charts(digest: Digest, lang: str) -> list[bytes]:
    """The chart pages as PNG bytes (see ``build_figures``)."""
    pages = []
    with rc_context(RC):
        for figure in build_figures(digest, lang):
            buffer = io.BytesIO()
            figure.savefig(buffer, format="png", dpi=DPI)
            pages.append(buffer.getvalue())
    return pages
