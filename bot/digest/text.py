"""A ``Digest`` written out for one reader: HTML for Telegram (or plain text for the
terminal), in Vietnamese or English, numbers and dates in the reader's locale."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import re

from bot.digest.compute import AT_RISK, BEHIND, HIGH, IMPOSSIBLE, LOW, MIN_PROJECTION_PERIODS, NO_BASELINE, \
    NO_DATA, Collaborator, MissingArea, NO_TARGET, OFF_TRACK, ON_TRACK, PROJECTED_ON_TRACK, TOWARD, Digest, \
    MeasureCount, Outlier, Progress, \
    Projection, Scope, TargetCheck, TargetProjection, UpcomingDeadline
from bot.field.measures import PlanIndicator
from bot.i18n import N_, Translator, format_date, format_number, format_percent, ngettext, translator
from knowledge.answer.format import fmt_target
from knowledge.model import AT_LEAST, COUNT, EXACTLY, PERCENT, PER_1000, PER_1000_LIVE_BIRTHS, PER_100000_CHILDREN, RANGE, \
    REDUCE_BY_PER_YEAR, UNDER

STATUS_MARK = {ON_TRACK: "✅", BEHIND: "⚠️", TOWARD: "⏳", NO_DATA: "▫️", NO_TARGET: "▫️", NO_BASELINE: "▫️"}
STATUS_TEXT = {
    ON_TRACK: N_("on track for {year}"),
    BEHIND: N_("behind the {year} target"),
    TOWARD: N_("working toward the {year} target"),
    NO_DATA: N_("no data"),
    NO_TARGET: N_("no comparable target"),
    NO_BASELINE: N_("not enough history to judge a yearly reduction"),
}
OUTLIER_TEXT = {
    HIGH: N_("far above its usual {median}"),
    LOW: N_("far below its usual {median}"),
    IMPOSSIBLE: N_("impossible figure"),
}
DEADLINE_KINDS = {
    "yearly_report": N_("Yearly report on the plan's results"),
    "report": N_("Report"),
    "plan": N_("Plans to be sent"),
    "results": N_("Report on the results"),
}
PROJECTION_MARK = {PROJECTED_ON_TRACK: "📈", AT_RISK: "⚠️", OFF_TRACK: "📉"}
PROJECTION_TEXT_NO_YEAR = {
    PROJECTED_ON_TRACK: N_("on track for the target ({target})"),
    AT_RISK: N_("at risk: the target ({target}) may be missed"),
    OFF_TRACK: N_("off track: the target ({target}) will be missed at this pace"),
}
PROJECTION_TEXT = {
    PROJECTED_ON_TRACK: N_("on track for the {year} target ({target})"),
    AT_RISK: N_("at risk: the {year} target ({target}) may be missed"),
    OFF_TRACK: N_("off track: the {year} target ({target}) will be missed at this pace"),
}
MAX_LISTED = 30   # missing areas / outliers listed by name; the rest are counted
DEADLINE_CHARS = 220   # a deadline's sentence from the plan, shortened to this

_TAG_RE = re.compile(r"<[^>]+>")


def scope_name(scope: Scope) -> str:
    return f"{scope.city} / {scope.district}" if scope.district else scope.city


def format_figure(value: float, unit: str, lang: str) -> str:
    """A figure in its unit: ``98,5%``, ``9,5 per 1.000 live births``, ``1.234``."""
    _ = translator(lang)
    if unit == PERCENT:
        return format_percent(value, lang)
    if unit == PER_1000_LIVE_BIRTHS:
        return _("{value} per 1,000 live births", value=format_number(value, lang))
    if unit == PER_1000:
        return f"{format_number(value, lang)}‰"
    if unit == PER_100000_CHILDREN:
        return _("{value} per 100,000 children", value=format_number(value, lang))
    return format_number(value, lang)


def describe_target(target: TargetCheck, lang: str) -> str:
    """A target as plain text (not HTML): in the plan's own words when the check carries
    the clause it was read from (``đạt 97%``, ``không vượt quá 1%``, through
    ``knowledge.answer.format.fmt_target``, the answers' wording), else ``at least 97%``,
    ``under 1%``, ``0,4%–0,7%``, ``down 3% a year``. Its qualifier is the caller's to show."""
    _ = translator(lang)
    if (target.text or target.comparator_text) and target.comparator != REDUCE_BY_PER_YEAR:
        # ("a year" is the digest's own: the plan's "giảm bình quân 3%/năm" has it after the figure)
        return html.unescape(fmt_target(dataclasses.replace(target, qualifier=None), lang))
    value = format_figure(target.value, target.unit, lang)
    if target.comparator == AT_LEAST:
        return _("at least {value}", value=value)
    if target.comparator == UNDER:
        return _("under {value}", value=value)
    if target.comparator == RANGE and target.value_max is not None:
        return _("{low} to {high}", low=value, high=format_figure(target.value_max, target.unit, lang))
    if target.comparator == REDUCE_BY_PER_YEAR:
        return _("down {value} a year", value=format_percent(target.value, lang))
    if target.comparator == EXACTLY:
        return value
    return value


def count_reports(n: int, lang: str) -> str:
    return ngettext(lang, "{count} report", "{count} reports", n, count=format_number(n, lang))


def count_areas(n: int, lang: str) -> str:
    return ngettext(lang, "{count} area", "{count} areas", n, count=format_number(n, lang))


def _mark(met: bool | None, early: bool = False) -> str:
    """✅ met, ❌ missed, ⏳ not met yet by a figure of a year before the target's, ▫️ cannot say."""
    if met is False and early:
        return STATUS_MARK[TOWARD]
    return {True: "✅", False: "❌", None: "▫️"}[met]


def _measure_label(item: Progress | Outlier | MeasureCount, lang: str) -> str:
    return html.escape(plain_measure_label(item, lang))


def plain_measure_label(item: Progress | Outlier | MeasureCount, lang: str) -> str:
    """A measure as the digest, its charts and the export name it, in full, with the plan
    indicator it is linked to (``item.indicator``): its number in that plan, its topic in
    the plan's words and the plan — ``Trẻ em bị xâm hại (chỉ tiêu 8 của 45/KH-UBND: Tỷ lệ
    trẻ em bị xâm hại trên tổng số trẻ em)`` — or that it is linked to none. The national
    catalogue's number is never shown: each plan numbers its indicators its own way."""
    return indicator_label(item.measure.name(lang), getattr(item, "indicator", None), lang)


def indicator_label(name: str, indicator: PlanIndicator | None, lang: str) -> str:
    """``name`` followed by the plan indicator it is linked to, or by "not linked to a plan
    indicator" (plain text)."""
    return f"{name} ({indicator_words(indicator, lang)})"


def indicator_words(indicator: PlanIndicator | None, lang: str) -> str:
    """The plan indicator in words: ``chỉ tiêu 10 của 45/KH-UBND: Tỷ lệ trẻ em dưới 5 tuổi
    được đăng ký khai sinh``, ``một chỉ tiêu của …`` when the plan does not number it, or
    ``chưa gắn với chỉ tiêu nào của kế hoạch`` for None (plain text)."""
    _ = translator(lang)
    if indicator is None:
        return _("not linked to a plan indicator")
    if indicator.number is None:
        return _("an indicator of {plan}: {topic}", plan=indicator.plan, topic=indicator.topic)
    return _("indicator {number} of {plan}: {topic}", number=indicator.number, plan=indicator.plan,
             topic=indicator.topic)


def _period(start, end, lang: str) -> str:
    if end is None or end == start:
        return format_date(start, lang)
    return f"{format_date(start, lang)}–{format_date(end, lang)}"


def render_progress(progress: Progress, lang: str) -> list[str]:
    _ = translator(lang)
    label = _measure_label(progress, lang)
    status = _(STATUS_TEXT[progress.status], year=progress.judged_year or "")
    if progress.value is None:
        return [f"{STATUS_MARK[progress.status]} <b>{label}</b>: {status}"]
    figure = format_figure(progress.value, progress.unit, lang)
    if progress.unit == COUNT and progress.measure.kind == "rate":
        figure = format_percent(progress.value, lang)
    details = [count_areas(progress.areas, lang),
               _("period {period}", period=_period(progress.period_start, progress.period_end, lang))]
    if progress.numerator is not None and progress.denominator is not None:
        details.insert(0, f"{format_number(progress.numerator, lang)}/{format_number(progress.denominator, lang)}")
    lines = [f"{STATUS_MARK[progress.status]} <b>{label}</b>: {figure} ({', '.join(details)}) — {status}"]
    if progress.targets:
        parts = []
        for target in progress.targets:
            year = str(target.year) if target.year else _("no year")
            qualifier = f" ({html.escape(target.qualifier)})" if target.qualifier else ""
            mark = _mark(target.met, target.early)
            parts.append(f"{year}{qualifier}: {html.escape(describe_target(target, lang))} {mark}")
        lines.append("   " + _("Targets: {targets}", targets=" · ".join(parts)))
    if progress.yearly_change is not None and any(t.comparator == REDUCE_BY_PER_YEAR for t in progress.targets):
        lines.append("   " + _("Change over a year: {change}",
                                change=format_percent(progress.yearly_change, lang, max_decimals=1)))
    lines += ["   " + line for line in projection_lines(progress.projection, lang)]
    return lines


def projection_lines(projection: Projection | None, lang: str) -> list[str]:
    """The trend carried to each future target, in words: where it leads, the likely range,
    and the verdict; "not enough data" under ``MIN_PROJECTION_PERIODS`` periods."""
    _ = translator(lang)
    if projection is None:
        return []
    if not projection.enough:
        return ["▫️ " + _("Projection: not enough data to project ({periods} of {needed} periods needed).",
                         periods=format_number(projection.periods, lang),
                         needed=format_number(MIN_PROJECTION_PERIODS, lang))]
    return [f"{PROJECTION_MARK[item.verdict]} {projection_sentence(item, lang)}" for item in projection.targets]


def projection_sentence(item: TargetProjection, lang: str) -> str:
    """``At this pace by the end of 2030: 97,2% (likely between 95,1% and 99,3%) — on track …``."""
    _ = translator(lang)
    check = item.check or TargetCheck(item.year, item.comparator, item.target, item.target_max, item.unit, None)
    texts = PROJECTION_TEXT if item.year else PROJECTION_TEXT_NO_YEAR
    verdict = _(texts[item.verdict], year=item.year or "", target=html.escape(describe_target(check, lang)))
    if item.comparator == REDUCE_BY_PER_YEAR:
        def show(value: float) -> str:
            return format_percent(value, lang, max_decimals=1)
        return _("At this pace: {change} a year (likely between {low} and {high}) — {verdict}.",
                 change=show(item.value), low=show(item.low), high=show(item.high), verdict=verdict)
    value, low, high = (format_figure(v, item.unit, lang) for v in (item.value, item.low, item.high))
    if low == high:   # e.g. held at 100 %: no range to state
        return _("At this pace by the end of {year}: {value} — {verdict}.", year=item.year, value=value,
                 verdict=verdict)
    return _("At this pace by the end of {year}: {value} (likely between {low} and {high}) — {verdict}.",
             year=item.year, value=value, low=low, high=high, verdict=verdict)


def render_outlier(outlier: Outlier, lang: str) -> str:
    _ = translator(lang)
    value = format_percent(outlier.value, lang) if outlier.measure.kind == "rate" \
        else format_number(outlier.value, lang)
    median = ""
    if outlier.median is not None:
        median = format_percent(outlier.median, lang) if outlier.measure.kind == "rate" \
            else format_number(outlier.median, lang)
    why = _(OUTLIER_TEXT[outlier.reason], median=median)
    return (f"• {html.escape(outlier.area)} — {_measure_label(outlier, lang)}, "
            f"{format_date(outlier.period_start, lang)}: <b>{value}</b> ({why})")


def render_digest(digest: Digest, lang: str) -> str:
    """The digest as Telegram HTML in ``lang``."""
    _ = translator(lang)
    lines = [
        "📊 <b>" + _("Weekly digest: {scope}", scope=html.escape(scope_name(digest.scope))) + "</b>",
        _("Week {start} – {end}", start=format_date(digest.week_start, lang), end=format_date(digest.week_end, lang)),
        "",
        "<b>" + _("Reports received") + "</b>",
    ]
    if digest.reports:
        lines.append(_("{reports} from {areas}.", reports=count_reports(digest.reports, lang),
                       areas=count_areas(digest.areas_reporting, lang)))
        for item in digest.by_measure:
            lines.append(f"• {_measure_label(item, lang)}: {count_reports(item.reports, lang)}, "
                         f"{count_areas(item.areas, lang)}")
        lines.append(_("On time: {on_time}, late: {late}.", on_time=format_number(digest.on_time, lang),
                       late=format_number(digest.late, lang)))
    else:
        lines.append(_("No reports were received this week."))

    lines += ["", "<b>" + _("Progress against the plan") + "</b>"]
    if digest.progress:
        for progress in digest.progress:
            lines += render_progress(progress, lang)
    else:
        lines.append(_("No field data yet."))

    lines += ["", "<b>" + _("Figures still missing") + "</b>"]
    lines += unreported_lines(digest, lang)

    lines += ["", "<b>" + _("Figures to check") + "</b>"]
    if digest.outliers:
        lines += [render_outlier(o, lang) for o in digest.outliers[:MAX_LISTED]]
        if len(digest.outliers) > MAX_LISTED:
            lines.append(_("… and {n} more.", n=format_number(len(digest.outliers) - MAX_LISTED, lang)))
    else:
        lines.append(_("Nothing looks wrong."))

    lines += ["", "<b>" + _("Plan deadlines in the next 30 days") + "</b>"]
    if digest.deadlines:
        for deadline in digest.deadlines:
            lines.append(f"• <b>{format_date(deadline.date, lang)}</b> — {deadline_text(_, deadline)} "
                         f"({html.escape(deadline.plan)})")
    else:
        lines.append(_("No deadlines."))
    return "\n".join(lines)


def collaborator_name(collaborator: Collaborator, lang: str) -> str:
    """A collaborator as the digest names them: their Telegram name, else a neutral
    ``CTV #id`` (never a word such as "bạn" that reads as the manager)."""
    if collaborator.display_name:
        return collaborator.display_name
    _ = translator(lang)
    return _("Collaborator #{id}", id=collaborator.user_id)


def _area_lines(digest: Digest, areas: list[MissingArea], lang: str) -> list[str]:
    _ = translator(lang)
    lines = []
    for area in areas[:MAX_LISTED]:
        names = ", ".join(html.escape(collaborator_name(c, lang)) for c in area.collaborators)
        place = html.escape(area.name if digest.scope.district else f"{area.name} ({area.district})")
        note = " — " + _("other figures received, not yet the week's") if area.other_figures else ""
        lines.append(f"• {place}: {names}{note}")
    if len(areas) > MAX_LISTED:
        lines.append(_("… and {n} more.", n=format_number(len(areas) - MAX_LISTED, lang)))
    return lines


def unreported_lines(digest: Digest, lang: str) -> list[str]:
    """Who has not reported, in two lists that never mix: the areas whose week is still
    due ("not reported yet … due …") and those that missed a deadline already past."""
    _ = translator(lang)
    if not digest.expected_areas:
        return [_("No area has an active collaborator yet.")]
    if not digest.missing and not digest.pending:
        return [_("Every area with a collaborator reported ({areas}).",
                  areas=count_areas(digest.expected_areas, lang))]
    expected = count_areas(digest.expected_areas, lang)
    lines = []
    if digest.pending:
        lines.append(_("Not reported yet for the week {start} – {end}, still in time (due {due}): "
                       "{missing} of {expected}.",
                       start=format_date(digest.week_start, lang), end=format_date(digest.week_end, lang),
                       due=format_date(digest.pending_due, lang),
                       missing=format_number(len(digest.pending), lang), expected=expected))
        lines += _area_lines(digest, digest.pending, lang)
    if digest.missing:
        week_end = digest.missed_week + dt.timedelta(days=6)
        lines.append(_("Missed the deadline for the week {start} – {end} (due {due}): {missing} of {expected}.",
                       start=format_date(digest.missed_week, lang), end=format_date(week_end, lang),
                       due=format_date(digest.missed_due, lang), missing=format_number(len(digest.missing), lang),
                       expected=count_areas(digest.missed_expected, lang)))
        lines += _area_lines(digest, digest.missing, lang)
    return lines


def deadline_text(_: Translator, deadline: UpcomingDeadline) -> str:
    """What is due, said briefly: "Yearly report on the plan's results, to Sở …"; the plan's
    own sentence, shortened, when the kind of deadline is not one the bot names."""
    if deadline.kind not in DEADLINE_KINDS:
        return html.escape(shorten(deadline.text))
    what = _(DEADLINE_KINDS[deadline.kind])
    if deadline.submit_to:
        return _("{what}, to {agency}", what=what, agency=html.escape(deadline.submit_to))
    return what


def shorten(text: str, limit: int = DEADLINE_CHARS) -> str:
    """A plan's sentence cut at a word boundary to ``limit`` characters, with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def to_plain(text: str) -> str:
    """The HTML digest as terminal text."""
    return html.unescape(_TAG_RE.sub("", text))


def reminder_buttons(digest: Digest, lang: str) -> list[list[tuple[str, str]]]:
    """One "remind" button per area that has not reported (callback ``remind:<area_id>``):
    those that missed a deadline first, then those whose week is still due."""
    _ = translator(lang)
    areas = {area.area_id: area for area in [*digest.missing, *digest.pending]}
    return [[(_("🔔 Remind {area}", area=area.name), f"remind:{area.area_id}")]
            for area in list(areas.values())[:MAX_LISTED]]


def chart_caption(digest: Digest, lang: str) -> str:
    _ = translator(lang)
    return _("Progress against the targets and reports per week: {scope}, week of {start}",
             scope=html.escape(scope_name(digest.scope)), start=format_date(digest.week_start, lang))
