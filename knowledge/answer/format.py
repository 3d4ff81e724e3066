"""Rendering of answers: plan labels, targets, dates and citations, as Telegram-safe HTML.

Text taken from the documents is always passed through ``esc`` (html.escape); numbers and
dates are formatted for the reader's language with ``bot.i18n``.
"""

from __future__ import annotations

import datetime as dt
import html
import re

from bot.i18n import format_date, format_day_month, format_number, format_percent, translator
from knowledge import model

MAX_CHARS = 3500


def esc(text: str | None) -> str:
    return html.escape(text or "", quote=False)


def clip(text: str, limit: int = 320) -> str:
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + "…"


def plan_label(plan) -> str:
    """"Hà Nội · Kế hoạch 138/KH-UBND" — locality and the document's own number or title."""
    if plan.number:
        kind = (plan.kind or "").strip()
        doc = f"{kind[:1].upper()}{kind[1:]} {plan.number}".strip()
    else:
        doc = clip(plan.title, 70)
    if plan.locality and plan.locality.lower() not in doc.lower():
        return f"{plan.locality} · {doc}"
    return doc


def plan_period(plan) -> str:
    return plan.period or ""


def fmt_value(value: float, unit: str, lang: str, counted: str | None = None) -> str:
    if unit == model.PERCENT:
        return format_percent(value, lang)
    number = format_number(value, lang)
    _ = translator(lang)
    if unit == model.PER_1000_LIVE_BIRTHS:
        return _("{value}/1,000 live births", value=number).replace("1,000", format_number(1000, lang))
    if unit == model.PER_1000:
        return f"{number}‰"
    if unit == model.PER_100000_CHILDREN:
        return _("{value}/100,000 children", value=number).replace("100,000", format_number(100000, lang))
    if counted:
        return f"{number} {esc(counted)}"
    return number


def fmt_target(t, lang: str) -> str:
    """"dưới 1,5/1.000 trẻ đẻ sống" — the comparator in words and the value in the locale."""
    _ = translator(lang)
    value = fmt_value(t.value, t.unit, lang, t.counted)
    if t.comparator == model.AT_LEAST:
        s = _("at least {value}", value=value)
    elif t.comparator == model.UNDER:
        s = _("under {value}", value=value)
    elif t.comparator == model.REDUCE_BY_PER_YEAR:
        s = _("down by {value} a year", value=value)
    elif t.comparator == model.RANGE and t.value_max is not None:
        s = _("from {low} to {high}", low=value, high=fmt_value(t.value_max, t.unit, lang, t.counted))
    else:
        s = value
    if t.qualifier:
        s += f" ({esc(t.qualifier)})"
    return s


def fmt_year(t, lang: str) -> str:
    _ = translator(lang)
    if t.year is None:
        return ""
    if t.maintained:
        return _("{year}, maintained", year=t.year)
    return str(t.year)


def iso_date(value: str | None, lang: str) -> str:
    if not value:
        return ""
    try:
        return format_date(dt.date.fromisoformat(value[:10]), lang)
    except ValueError:
        return esc(value)


def fmt_deadline_date(d, lang: str) -> str:
    _ = translator(lang)
    if d.day and d.month:
        if d.year:
            try:
                return format_date(dt.date(d.year, d.month, d.day), lang)
            except ValueError:
                pass
        try:
            return format_day_month(dt.date(2000, d.month, d.day), lang)
        except ValueError:
            return f"{d.day}/{d.month}"
    if d.within_days:
        return _("within {n} days", n=d.within_days)
    return ""


def source_line(plan, section: str, lang: str) -> str:
    _ = translator(lang)
    line = _("Source: {plan}, {section}", plan=esc(plan_label(plan)), section=esc(section or "—"))
    if plan.ocr:
        line += " " + _("(scanned text without accents: check the wording against the original)")
    return "<i>" + line + "</i>"


def indicator_name(ind, lang: str) -> str:
    _ = translator(lang)
    if ind.number is not None:
        return _("Indicator {n}", n=ind.number)
    return esc(ind.group or _("Target"))


def short_topic(ind, limit: int = 60) -> str:
    """A few words saying what an indicator measures, for suggestions."""
    if ind.targets and ind.targets[0].metric:
        text = ind.targets[0].metric
    else:
        text = ind.text
    text = re.sub(r"^\W+", "", text)
    return clip(text, limit)


def fit(text: str) -> str:
    """Keep a reply under Telegram's comfortable size without cutting an HTML tag in two."""
    if len(text) <= MAX_CHARS:
        return text
    cut = text[:MAX_CHARS - 2]
    cut = cut[: cut.rfind("\n")] if "\n" in cut else cut
    # drop a half-open tag at the end and close any tag left open
    cut = re.sub(r"<[^>]*$", "", cut)
    for tag in ("b", "i"):
        if cut.count(f"<{tag}>") > cut.count(f"</{tag}>"):
            cut += f"</{tag}>"
    return cut + "\n…"


def strip_html(text: str) -> str:
    return html.unescape(re.sub(r"</?[a-z]+[^>]*>", "", text))
