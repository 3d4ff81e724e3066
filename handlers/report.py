"""The ``/report`` (``/baocao``) conversation, ``/myreports`` and corrections.

A collaborator picks a measure (buttons, words or an indicator number), a period, an area
(their own by default) and types the numbers; every value is checked, doubtful ones get an
"are you sure?", and nothing is stored before Save. The draft lives in
``context.user_data[DRAFT]`` as plain JSON values, so with the persistent conversation a
restart resumes at the same question.

Thin: checking and saving are in ``bot.field.reports``; periods in ``bot.field.periods``; rights in
``bot.field.people``.
"""

from __future__ import annotations

import html
import logging
import re
import time
import warnings
from typing import Any

from telegram import Update
from telegram.ext import (
    Application, CallbackQueryHandler, CommandHandler, ContextTypes, ConversationHandler, MessageHandler,
    TypeHandler, filters,
)
from telegram.warnings import PTBUserWarning

from bot.field import people, periods
from bot.i18n import N_, Translator, format_date, format_day_month, format_number, format_percent
from bot.field.measures import Measure, active_measures, get_measure, search_measures, targets_for
from bot.field.reports import (
    DuplicateReport, InputProblem, ReportChanged, check_correction, check_rate, check_report, clean_reason,
    correct_report, figures_of, find_report, get_report, last_report, list_reports, looks_like_phone, parse_count,
    percent, plausibility, save_report, sensitive_kind,
)
from bot.runtime.inbox import StagedWrite, stage_or_write
from bot.services import services
from handlers.common import id_from, reply, stop_waiting_for_file, tr, user_lang
from handlers.dedup import INBOX_KEY
from handlers.registration import not_allowed, not_registered, person_of
from knowledge.text import clean_text, normalize

log = logging.getLogger(__name__)

COMMANDS = [
    ("report", N_("Submit field counts")),
    ("baocao", N_("Submit field counts (báo cáo)")),
    ("myreports", N_("Your recent reports, to correct one")),
    ("cancel", N_("Stop the current report")),
]

# Conversation states (strings: they are persisted as JSON)
MEASURE = "measure"
PERIOD = "period"
AREA = "area"
DUPLICATE = "duplicate"
VALUE = "value"
NUMERATOR = "numerator"
DENOMINATOR = "denominator"
CONFIRM = "confirm"        # "are you sure?" about doubtful figures
REASON = "reason"          # why a report is corrected
SUMMARY = "summary"

DRAFT = "report_draft"
NEW, FIX = "new", "fix"
USUAL_BUTTONS = 6
AREA_BUTTONS = 30

PROBLEMS = {
    "empty": N_("I did not get a number."),
    "not_number": N_("That is not a whole number."),
    "negative": N_("The number cannot be negative."),
    "decimal": N_("Please type a whole number, without decimals."),
    "too_large": N_("That number is far too large for one ward or commune."),
    "too_long": N_("That is too long for a number."),
    "zero_denominator": N_("The total must be at least 1."),
    "numerator_above_denominator": N_("The total ({denominator}) cannot be smaller than the number counted "
                                      "({numerator}): a rate cannot be above 100%."),
}
SENSITIVE_WARNING = N_("⚠️ Only counts are collected. Please do not send names or phone numbers of children "
                       "or families — what you typed was not stored.")
REASONS = {
    "typo": N_("Typing mistake"),
    "late": N_("Cases reported late"),
    "double": N_("Counted twice"),
}


# -- the draft -------------------------------------------------------------------------------
def draft_of(context: ContextTypes.DEFAULT_TYPE) -> dict[str, Any]:
    return context.user_data.setdefault(DRAFT, {})


def clear_draft(context: ContextTypes.DEFAULT_TYPE) -> None:
    context.user_data.pop(DRAFT, None)


def _measure(context: ContextTypes.DEFAULT_TYPE) -> Measure | None:
    key = draft_of(context).get("measure")
    return get_measure(services(context).db, key) if key else None


def _period(context: ContextTypes.DEFAULT_TYPE) -> periods.Period | None:
    key = draft_of(context).get("period")
    try:
        return periods.from_key(key) if key else None
    except ValueError:
        return None


def _area(context: ContextTypes.DEFAULT_TYPE) -> people.Area | None:
    return people.get_area(services(context).db, draft_of(context).get("area_id"))


def _figures(measure: Measure, draft: dict[str, Any]) -> dict[str, int]:
    return figures_of(measure, draft.get("value"), draft.get("numerator"), draft.get("denominator"))


# -- formatting --------------------------------------------------------------------------------
def period_span(period: periods.Period, lang: str) -> str:
    """"03/06–09/06/2024" for a week, "06/2024" for a month."""
    if period.kind == periods.WEEK:
        return f"{format_day_month(period.start, lang)}–{format_date(period.end, lang)}"
    return period.start.strftime("%m/%Y")


def period_text(_: Translator, period: periods.Period, lang: str) -> str:
    """"week 03/06–09/06/2024" or "month 06/2024"."""
    if period.kind == periods.WEEK:
        return _("week {span}", span=period_span(period, lang))
    return _("month {span}", span=period_span(period, lang))


def figures_text(figures: dict[str, int], lang: str) -> str:
    if "denominator" in figures:
        rate = percent(figures)
        return (f"{format_number(figures['numerator'], lang)} / {format_number(figures['denominator'], lang)}"
                f" ({format_percent(rate or 0, lang, 1)})")
    return format_number(figures["value"], lang)


# -- asking the current question ------------------------------------------------------------------
async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE, state: str, prefix: str = "") -> str:
    """Send the question of ``state`` (after ``prefix``, e.g. why the last answer was refused)
    and return ``state``."""
    _ = tr(update, context)
    lang = user_lang(update, context)
    db = services(context).db
    draft = draft_of(context)
    measure, period, area = _measure(context), _period(context), _area(context)
    cancel = [(_("Cancel"), "rs:cancel")]
    text, buttons = "", []
    draft["at"] = state
    draft["asked_at"] = time.time()  # for expiring a draft whose timeout job a restart lost
    if state == MEASURE:
        text = _("What do you want to report? Tap one, or type a few words or an indicator number (e.g. 14).")
        usual = active_measures(db)[:USUAL_BUTTONS]
        buttons = [[(m.name(lang), f"rm:{m.key}")] for m in usual] + [cancel]
    elif state == PERIOD:
        options = periods.choices(measure.period, services(context).settings.tz)
        # what the buttons show is what a tap means, even if it comes after midnight
        draft["period_options"] = {which: period.key for which, period in options.items()}
        this, last = (period_span(options[w], lang) for w in (periods.THIS, periods.LAST))
        if measure.period == periods.WEEK:
            labels = _("This week ({span})", span=this), _("Last week ({span})", span=last)
        else:
            labels = _("This month ({span})", span=this), _("Last month ({span})", span=last)
        text = _("For which period? ({measure})", measure=html.escape(measure.name(lang)))
        buttons = [[(labels[0], "rp:this")], [(labels[1], "rp:last")], cancel]
    elif state == AREA:
        person = person_of(update, context)
        scope = people.areas_in_scope(db, person)
        text = _("For which ward or commune? Tap one or type its name.")
        buttons = [[(a.name, f"ra:{a.id}")] for a in scope[:AREA_BUTTONS]] + [cancel]
    elif state == DUPLICATE:
        existing = find_report(db, measure.key, area.id, period.start.isoformat())
        draft["replacing"] = existing.figures if existing else None  # a Yes replaces these, no others
        shown = figures_text(existing.figures, lang) if existing else "?"
        text = _("A report of {measure} for {area}, {period} is already saved: {figures}. Replace it?",
                 measure=html.escape(measure.name(lang)), area=html.escape(area.name),
                 period=period_text(_, period, lang), figures=shown)
        buttons = [[(_("Yes, replace"), "rd:yes"), (_("No, keep it"), "rd:no")]]
    elif state == VALUE:
        text = _("How many: {measure} — {area}, {period}? Type a whole number (0 if none).",
                 measure=html.escape(measure.name(lang)), area=html.escape(area.name), period=period_text(_, period, lang))
        buttons = [cancel]
    elif state == NUMERATOR:
        text = _("{area}, {period}. Type the number: {label}.", area=html.escape(area.name),
                 period=period_text(_, period, lang), label=html.escape(measure.numerator_label(lang)))
        buttons = [cancel]
    elif state == DENOMINATOR:
        text = _("Now the total: {label}.", label=html.escape(measure.denominator_label(lang)))
        buttons = [cancel]
    elif state == CONFIRM:
        text = "\n".join(warning_lines(_, lang, draft.get("warnings", []))) + "\n" + _("Are you sure these figures are right?")
        buttons = [[(_("Yes, they are right"), "rv:yes"), (_("No, type again"), "rv:no")]]
    elif state == REASON:
        text = _("Why are you correcting this report? Tap a reason or type a short one (no names).")
        buttons = [[(_(label), f"rr:{code}")] for code, label in REASONS.items()] + [cancel]
    elif state == SUMMARY:
        text, buttons = summary(update, context)
    # the labels shown, so a label typed instead of tapped is taken too (typed_choice)
    draft["buttons"] = [[label, data] for row in buttons for label, data in row]
    await reply(update, context, (prefix + "\n\n" + text) if prefix else text, buttons, edit=True)
    return state


def warning_lines(_: Translator, lang: str, warnings: list[dict[str, Any]]) -> list[str]:
    lines = []
    for warning in warnings:
        code, p = warning["code"], warning["params"]
        if code == "above_max":
            lines.append(_("⚠️ {value} is more than this measure usually allows ({max}).",
                           value=format_number(p["value"], lang), max=format_number(p["max"], lang)))
        elif code == "far_from_last":
            lines.append(_("⚠️ {value} is very different from the last report for this area ({last}).",
                           value=format_number(p["value"], lang), last=format_number(p["last"], lang)))
        elif code == "rate_jump":
            lines.append(_("⚠️ The rate {rate} is very different from the last report ({last}).",
                           rate=format_percent(p["rate"], lang, 1), last=format_percent(p["last"], lang, 1)))
        elif code == "below_plan":
            lines.append(_("⚠️ The rate {rate} is far below the plan's target of {target} for {year}.",
                           rate=format_percent(p["rate"], lang, 1), target=format_percent(p["target"], lang),
                           year=p["year"] or ""))
    return lines


def summary(update: Update, context: ContextTypes.DEFAULT_TYPE) -> tuple[str, list]:
    _ = tr(update, context)
    lang = user_lang(update, context)
    draft = draft_of(context)
    measure, period, area = _measure(context), _period(context), _area(context)
    figures = _figures(measure, draft)
    lines = [_("Please check before saving:"),
             _("Measure: {measure}", measure=html.escape(measure.name(lang))),
             _("Period: {period}", period=period_text(_, period, lang)),
             _("Area: {area}", area=html.escape(area.label()))]
    if measure.is_rate:
        lines.append(f"{html.escape(measure.numerator_label(lang))}: {format_number(figures['numerator'], lang)}")
        lines.append(f"{html.escape(measure.denominator_label(lang))}: {format_number(figures['denominator'], lang)}")
        lines.append(_("Rate: {rate}", rate=format_percent(percent(figures) or 0, lang, 1)))
    else:
        lines.append(_("Number: {value}", value=format_number(figures["value"], lang)))
    if draft.get("mode") == FIX:
        lines.append(_("Before: {figures}", figures=figures_text(draft["old"], lang)))
        lines.append(_("Reason: {reason}", reason=html.escape(draft.get("reason", ""))))
    elif draft.get("replace"):
        lines.append(_("This replaces the report saved before."))
    buttons = [[(_("Save"), "rs:save"), (_("Edit"), "rs:edit"), (_("Cancel"), "rs:cancel")]]
    return "\n".join(lines), buttons


def first_number_state(measure: Measure) -> str:
    return NUMERATOR if measure.is_rate else VALUE


# -- entry -------------------------------------------------------------------------------------
async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str | int:
    """/report, /baocao or the reminder's button: check the rights, ask for the measure."""
    if update.callback_query is not None:
        await update.callback_query.answer()
    person = person_of(update, context)
    if person is None:
        await not_registered(update, context)
        return ConversationHandler.END
    _ = tr(update, context)
    if not people.areas_in_scope(services(context).db, person):
        await reply(update, context, _("There is no ward or commune in your scope yet, so there is nothing to report for."))
        return ConversationHandler.END
    if not active_measures(services(context).db):
        await reply(update, context, _("No measures are set up yet. Ask an admin."))
        return ConversationHandler.END
    earlier = draft_of(context)
    # a report begun (its measure chosen) and not saved is dropped by a new /report: say so
    dropped = bool(earlier.get("measure")) and earlier.get("at") not in (None, MEASURE)
    clear_draft(context)
    draft_of(context)["mode"] = NEW
    return await ask(update, context, MEASURE, _("The report you had not saved was dropped: nothing was saved "
                                                 "from it.") if dropped else "")


async def start_fix(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str | int:
    """A "Correct" button of /myreports: ask the new numbers for that report."""
    query = update.callback_query
    await query.answer()
    _ = tr(update, context)
    person = person_of(update, context)
    if person is None:
        await not_registered(update, context)
        return ConversationHandler.END
    db = services(context).db
    report_id = id_from(query.data.split(":")[1])
    report = get_report(db, report_id) if report_id is not None else None
    area = people.get_area(db, report.area_id) if report else None
    if report is None or not people.can_report_for(person, area):
        await not_allowed(update, context)
        return ConversationHandler.END
    measure = get_measure(db, report.measure)
    clear_draft(context)
    draft_of(context).update({
        "mode": FIX, "report_id": report.id, "measure": report.measure, "area_id": report.area_id,
        "period": f"{report.period_kind}:{report.period_start}", "old": report.figures,
    })
    return await ask(update, context, first_number_state(measure))


# -- measure, period, area -----------------------------------------------------------------------
async def measure_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    """A measure tapped."""
    query = update.callback_query
    await query.answer()
    measure = get_measure(services(context).db, query.data.split(":", 1)[1])
    if measure is None or not measure.active:
        _ = tr(update, context)
        return await ask(update, context, MEASURE, _("That measure is no longer in the list."))
    return await chose_measure(update, context, measure)


async def measure_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    """Words or an indicator number typed: match them against the catalogue."""
    _ = tr(update, context)
    lang = user_lang(update, context)
    text = clean_text(update.effective_message.text)
    measures = active_measures(services(context).db)
    # A name or phone number is refused even when its other words match a measure ("cháu
    # Trần Thị B bị ngã"), unless the text is a measure's own name typed in capitals.
    if sensitive_kind(text[:200]) and not _names_a_measure(text, measures):
        return await ask(update, context, MEASURE, _(SENSITIVE_WARNING))
    found = search_measures(measures, text[:200])
    if len(found) == 1:
        return await chose_measure(update, context, found[0][0])
    if not found:  # never echoed: it may hold a name the filter did not catch
        return await ask(update, context, MEASURE, _("I found no measure matching what you wrote."))
    buttons = [[(m.name(lang), f"rm:{m.key}")] for m, _score in found] + [[(_("Cancel"), "rs:cancel")]]
    await reply(update, context, _("Which one do you mean?"), buttons)
    return MEASURE


def _names_a_measure(text: str, measures: list[Measure]) -> bool:
    """True when ``text`` is exactly a measure's name or keyword ("Khai Sinh")."""
    wanted = normalize(text)
    return any(wanted in {normalize(m.name_vi), normalize(m.name_en), *map(normalize, m.keyword_list())}
               for m in measures)


async def chose_measure(update: Update, context: ContextTypes.DEFAULT_TYPE, measure: Measure) -> str:
    draft = draft_of(context)
    draft["measure"] = measure.key
    return await ask(update, context, PERIOD)


async def period_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    """This or last week/month tapped."""
    data = await _chosen(update, context)
    measure = _measure(context)
    which = data.split(":", 1)[1]
    options = {w: p.key for w, p in periods.choices(measure.period, services(context).settings.tz).items()}
    shown = draft_of(context).get("period_options")
    if isinstance(shown, dict) and all(_period_key_of(measure, shown.get(w)) for w in options):
        options = shown  # the periods on the buttons tapped, not those of the time of the tap
    draft_of(context)["period"] = options.get(which, options[periods.THIS])
    person = person_of(update, context)
    scope = people.areas_in_scope(services(context).db, person)
    if (person is not None and person.is_collaborator) or len(scope) == 1:
        return await chose_area(update, context, scope[0] if scope else None)
    return await ask(update, context, AREA)


def _period_key_of(measure: Measure, key: Any) -> bool:
    """True if ``key`` is the key of a period of the measure's kind."""
    try:
        return periods.from_key(key).kind == measure.period
    except (TypeError, ValueError):
        return False


async def area_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str | int:
    """An area tapped (managers and admins)."""
    query = update.callback_query
    await query.answer()
    return await chose_area(update, context, people.get_area(services(context).db, id_from(query.data.split(":")[1])))


async def area_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str | int:
    """An area name typed (managers and admins)."""
    _ = tr(update, context)
    db = services(context).db
    scope = people.areas_in_scope(db, person_of(update, context))
    text = clean_text(update.effective_message.text)[:100]
    found = [] if looks_like_phone(text) else people.find_areas(db, text, within=scope)
    if len(found) == 1:
        return await chose_area(update, context, found[0])
    if not found:
        # Never echoed. Place names often are people's names (Phường Nguyễn Du), so only a
        # phone number gets the warning; any other text is only matched, never stored.
        if looks_like_phone(text):
            return await ask(update, context, AREA, _(SENSITIVE_WARNING))
        return await ask(update, context, AREA, _("No ward or commune of yours matches what you wrote."))
    buttons = [[(a.label(), f"ra:{a.id}")] for a in found[:AREA_BUTTONS]] + [[(_("Cancel"), "rs:cancel")]]
    await reply(update, context, _("Which one do you mean?"), buttons)
    return AREA


async def chose_area(update: Update, context: ContextTypes.DEFAULT_TYPE, area: people.Area | None) -> str | int:
    person = person_of(update, context)
    if not people.can_report_for(person, area):
        await not_allowed(update, context)
        clear_draft(context)
        return ConversationHandler.END
    draft = draft_of(context)
    draft["area_id"] = area.id
    measure, period = _measure(context), _period(context)
    if find_report(services(context).db, measure.key, area.id, period.start.isoformat()) is not None:
        return await ask(update, context, DUPLICATE)
    return await ask(update, context, first_number_state(measure))


async def duplicate_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str | int:
    """Replace the report already saved, or stop."""
    if await _chosen(update, context) == "rd:yes":
        draft_of(context)["replace"] = True
        if "value" in draft_of(context) or "denominator" in draft_of(context):
            return await ask(update, context, SUMMARY)  # the numbers were typed already
        return await ask(update, context, first_number_state(_measure(context)))
    _ = tr(update, context)
    clear_draft(context)
    await reply(update, context, _("Kept the report saved before. Nothing was changed."), edit=True)
    return ConversationHandler.END


# -- numbers ---------------------------------------------------------------------------------------
def number_step(state: str):
    async def step(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
        """A number typed: check it, then move on."""
        return await take_number(update, context, state)

    step.__name__ = f"number_{state}"
    return step


async def take_number(update: Update, context: ContextTypes.DEFAULT_TYPE, state: str) -> str:
    _ = tr(update, context)
    draft = draft_of(context)
    measure = _measure(context)
    try:
        number = parse_count(clean_text(update.effective_message.text))
    except InputProblem as problem:
        if problem.code in ("name", "phone"):
            return await ask(update, context, state, _(SENSITIVE_WARNING))
        return await ask(update, context, state, _(PROBLEMS[problem.code]))
    if state == VALUE:
        draft["value"] = number
    elif state == NUMERATOR:
        draft["numerator"] = number
        draft.pop("denominator", None)
        return await ask(update, context, DENOMINATOR)
    else:
        problem = check_rate(draft["numerator"], number)
        if problem:
            return await ask(update, context, DENOMINATOR, _(PROBLEMS[problem], numerator=draft["numerator"],
                                                             denominator=number))
        draft["denominator"] = number
    return await after_numbers(update, context, measure)


async def after_numbers(update: Update, context: ContextTypes.DEFAULT_TYPE, measure: Measure) -> str:
    """Doubtful figures get "are you sure?"; then a reason (corrections) or the summary."""
    draft = draft_of(context)
    svc = services(context)
    area, period = _area(context), _period(context)
    figures = _figures(measure, draft)
    previous = last_report(svc.db, measure.key, area.id, period.start.isoformat())
    targets = targets_for(svc.kb, measure, area.city) if svc.kb is not None else []
    warnings = plausibility(measure, figures, previous.figures if previous else None, targets,
                            today=periods.today_in(svc.settings.tz))
    if warnings:
        draft["warnings"] = [{"code": w.code, "params": w.params} for w in warnings]
        return await ask(update, context, CONFIRM)
    return await next_after_confirm(update, context)


async def next_after_confirm(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    draft = draft_of(context)
    draft.pop("warnings", None)
    if draft.get("mode") == FIX and not draft.get("reason"):
        return await ask(update, context, REASON)
    return await ask(update, context, SUMMARY)


async def confirm_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    """Yes: the doubtful figures are right. No: type them again."""
    if await _chosen(update, context) == "rv:yes":
        return await next_after_confirm(update, context)
    draft = draft_of(context)
    for key in ("value", "numerator", "denominator", "warnings"):
        draft.pop(key, None)
    return await ask(update, context, first_number_state(_measure(context)))


# -- reason (corrections) ----------------------------------------------------------------------------
async def reason_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    """A ready-made reason tapped."""
    query = update.callback_query
    await query.answer()
    _ = tr(update, context)
    code = query.data.split(":", 1)[1]
    draft_of(context)["reason"] = _(REASONS.get(code, REASONS["typo"]))
    return await ask(update, context, SUMMARY)


async def reason_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    """A reason typed: short, and without names or phone numbers."""
    _ = tr(update, context)
    try:
        draft_of(context)["reason"] = clean_reason(clean_text(update.effective_message.text),
                                                   places=_place_names(services(context).db))
    except InputProblem as problem:
        if problem.code in ("name", "phone"):
            return await ask(update, context, REASON, _(SENSITIVE_WARNING))
        if problem.code == "too_long":
            return await ask(update, context, REASON, _("Please keep the reason under 300 characters."))
        return await ask(update, context, REASON, _("Please give a reason."))
    return await ask(update, context, SUMMARY)


def _place_names(db) -> set[str]:
    """Every known area, district and city name: "Hà Nội báo lại" is a place, not a person."""
    return {name for area in people.all_areas(db) for name in (area.city, area.district, area.name) if name}


# -- summary ---------------------------------------------------------------------------------------
async def summary_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str | int:
    """Save (committed before saying so), Edit (back to the numbers) or Cancel."""
    action = (await _chosen(update, context)).split(":", 1)[1]
    if action == "cancel":
        return await cancel(update, context)
    draft = draft_of(context)
    measure = _measure(context)
    if action == "edit":
        for key in ("value", "numerator", "denominator", "warnings"):
            draft.pop(key, None)
        return await ask(update, context, first_number_state(measure))
    return await save(update, context)


async def save(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str | int:
    """Save (or correct) the confirmed report. It is checked now and written in this
    update's own transaction (``bot.runtime.inbox``), with its audit line, the update marked
    done and the conversation ended: a kill before that commit leaves nothing written and
    the Save is handled again; after it, nothing is handled twice."""
    _ = tr(update, context)
    lang = user_lang(update, context)
    db = services(context).db
    draft = draft_of(context)
    measure, period, area = _measure(context), _period(context), _area(context)
    person = person_of(update, context)
    if not people.can_report_for(person, area):  # rights may have changed since the start
        clear_draft(context)
        await not_allowed(update, context)
        return ConversationHandler.END
    try:
        figures = _figures(measure, draft)
        if draft.get("mode") == FIX:
            report_id, reason, old = draft["report_id"], draft["reason"], draft["old"]
            check_correction(db, report_id, measure=measure, figures=figures, old=old)

            def write() -> None:
                correct_report(db, report_id, measure=measure, figures=figures, changed_by=person.id, reason=reason,
                               old=old)
            text = _("Corrected: {measure}, {area}, {period}: {old} → {new}.", measure=html.escape(measure.name(lang)),
                     area=html.escape(area.name), period=period_text(_, period, lang),
                     old=figures_text(old, lang), new=figures_text(figures, lang))
        else:
            saving = dict(measure=measure, area_id=area.id, period=period, figures=figures, reporter_id=person.id,
                          update_id=update.update_id, replace=bool(draft.get("replace")),
                          replacing=draft.get("replacing"))
            check_report(db, **saving)

            def write() -> None:
                save_report(db, **saving, reason="resubmitted")
            text = _("Saved: {measure}, {area}, {period}: {figures}. Thank you!",
                     measure=html.escape(measure.name(lang)), area=html.escape(area.name),
                     period=period_text(_, period, lang), figures=figures_text(figures, lang))
        inbox = services(context).extras.get(INBOX_KEY)
        stage_or_write(inbox, update, StagedWrite(write, (DuplicateReport, ReportChanged, InputProblem, LookupError),
                                                  _not_saved_after_all(update, context, measure, area, period, lang)))
    except DuplicateReport:
        return await ask(update, context, DUPLICATE)
    except ReportChanged as changed:
        clear_draft(context)
        await reply(update, context, _("Someone changed this report while you were correcting it: it is now {figures}. "
                                       "Nothing was changed. Send /myreports to correct it again.",
                                       figures=figures_text(changed.existing.figures, lang)), edit=True)
        return ConversationHandler.END
    except (InputProblem, LookupError):
        clear_draft(context)
        await reply(update, context, _("This report could not be saved. Nothing was changed. Send /report to start again."))
        return ConversationHandler.END
    clear_draft(context)
    await reply(update, context, text, edit=True)
    return ConversationHandler.END


def _not_saved_after_all(update: Update, context: ContextTypes.DEFAULT_TYPE, measure: Measure,
                         area: people.Area, period: periods.Period, lang: str):
    """What to tell the user when the report, checked and answered, is refused at the
    update's commit: someone saved or changed the same report in between (another chat)."""
    async def tell(error: BaseException) -> None:
        _ = tr(update, context)
        if isinstance(error, (DuplicateReport, ReportChanged)):
            text = _("Sorry, this report was not saved after all: a report of {measure} for {area}, {period} was saved "
                     "by someone else a moment before ({figures}). Send /myreports to see it.",
                     measure=html.escape(measure.name(lang)), area=html.escape(area.name),
                     period=period_text(_, period, lang), figures=figures_text(error.existing.figures, lang))
        else:
            text = _("This report could not be saved. Nothing was changed. Send /report to start again.")
        await reply(update, context, text)
    return tell


# -- leaving ---------------------------------------------------------------------------------------
async def cancel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """/cancel, /huy or the Cancel button: drop the draft."""
    if update.callback_query is not None:
        await update.callback_query.answer()
    _ = tr(update, context)
    clear_draft(context)
    await reply(update, context, _("Cancelled. Nothing was saved."), edit=True)
    return ConversationHandler.END


async def timed_out(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """The conversation sat idle for ``conversation_timeout``: drop the draft and say so."""
    _ = tr(update, context)
    clear_draft(context)
    await reply(update, context, _("Your report was left unfinished for too long and has been closed. "
                                   "Nothing was saved. Send /report to start again."))
    return ConversationHandler.END


def expires_when_stale(callback):
    """Wrap a step of the conversation: an answer that comes after ``conversation_timeout``
    closes the report as the timeout would. PTB's timeout job does this while the bot runs,
    but the job is not persisted, so after a restart this check is what expires a draft."""

    async def step(update: Update, context: ContextTypes.DEFAULT_TYPE):
        asked_at = draft_of(context).get("asked_at")
        timeout = services(context).settings.conversation_timeout
        if asked_at is not None and time.time() - float(asked_at) > timeout:
            if update.callback_query is not None:
                await update.callback_query.answer()
            return await timed_out(update, context)
        return await callback(update, context)

    step.__doc__ = callback.__doc__
    return step


TYPED_KEY = "typed_choice"   # the draft's: the button whose label was typed, for _chosen


async def _chosen(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    """The callback data of the button tapped, or of the one whose label was typed
    (``typed_choice``)."""
    query = update.callback_query
    if query is not None:
        await query.answer()
        return query.data or ""
    return str(draft_of(context).pop(TYPED_KEY, ""))


def _label_key(label: str) -> str:
    return normalize(label)


def typed_button(text: str, shown: list) -> str | None:
    """The callback data of the one button ``text`` names among ``shown`` (``[[label,
    data], …]``): its label typed, folded for accents and case, with or without the part in
    brackets ("tháng trước" for "Tháng trước (01/10–31/10)"); None when none or several do."""
    typed = _label_key(text)
    if not typed:
        return None
    found = []
    for label, data in shown:
        full = _label_key(label)
        short = _label_key(re.sub(r"\s*\([^)]*\)\s*$", "", label))
        if typed in (full, short):
            found.append(data)
    return found[0] if len(set(found)) == 1 else None


async def typed_choice(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str | int | None:
    """Text where a button is expected: the button whose label it is, as if tapped; else
    the question again (``stray_message``)."""
    data = typed_button(clean_text(update.effective_message.text or ""), draft_of(context).get("buttons") or [])
    step = {"rp": period_button, "rd": duplicate_button, "rv": confirm_button, "rs": summary_button}.get(
        (data or "").split(":", 1)[0])
    if data == "rs:cancel":
        return await cancel(update, context)
    if step is None:
        return await stray_message(update, context)
    draft_of(context)[TYPED_KEY] = data
    return await step(update, context)


async def stray_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str | None:
    """A button of an earlier question: answer it and ask the current question again."""
    _ = tr(update, context)
    await update.callback_query.answer(_("This button is no longer active."))
    return None


async def stray_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str | None:
    """Text where a button is expected, a sticker, a photo…: ask the current question again."""
    _ = tr(update, context)
    state = draft_of(context).get("at")
    if state is None or _measure(context) is None and state != MEASURE:
        return await cancel(update, context)
    return await ask(update, context, state, _("Please answer this question, or send /cancel to stop the report."))


async def not_registered_cancel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/cancel outside a report: stops waiting for a plan file, if the bot was."""
    _ = tr(update, context)
    if stop_waiting_for_file(context):
        await reply(update, context, _("I am no longer waiting for a file. Type a question whenever you like."))
        return
    await reply(update, context, _("There is nothing to cancel."))


# -- /myreports --------------------------------------------------------------------------------------
async def my_reports(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The person's recent reports (a manager's: their areas'), each with a Correct button."""
    _ = tr(update, context)
    lang = user_lang(update, context)
    person = person_of(update, context)
    if person is None:
        await not_registered(update, context)
        return
    db = services(context).db
    if person.is_collaborator:
        reports = list_reports(db, area_ids=[person.area_id], limit=10)
    else:
        reports = list_reports(db, area_ids=[a.id for a in people.areas_in_scope(db, person)], limit=10)
    if not reports:
        await reply(update, context, _("No reports yet. Send /report to submit one."))
        return
    lines, buttons = [_("Recent reports:")], []
    for number, report in enumerate(reports, 1):
        measure = get_measure(db, report.measure)
        area = people.get_area(db, report.area_id)
        period = periods.from_key(f"{report.period_kind}:{report.period_start}")
        lines.append(f"{number}. {html.escape(measure.name(lang) if measure else report.measure)} — "
                     f"{html.escape(area.name if area else '?')}, {period_text(_, period, lang)}: "
                     f"<b>{figures_text(report.figures, lang)}</b>")
        if people.can_report_for(person, area):
            buttons.append((_("Correct {n}", n=number), f"rf:{report.id}"))
    rows = [buttons[i:i + 3] for i in range(0, len(buttons), 3)]
    await reply(update, context, "\n".join(lines), rows)


def build_conversation(timeout: float | None) -> ConversationHandler:
    """The /report conversation. ``per_message=False`` on purpose: the conversation follows
    the user through typed answers and button presses alike, so it is keyed by chat and
    user, not by the message that carries the buttons. Having decided it, PTB's generic
    warning about that setting is not repeated at every start."""
    typed = filters.TEXT & ~filters.COMMAND
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*per_message=False.*", category=PTBUserWarning)
        return _guard_steps(_conversation(typed, timeout))


def _conversation(typed: filters.BaseFilter, timeout: float | None) -> ConversationHandler:
    return ConversationHandler(
        entry_points=[
            CommandHandler(["report", "baocao"], start),
            CallbackQueryHandler(start, pattern=r"^report:start$"),
            CallbackQueryHandler(start_fix, pattern=r"^rf:\d+$"),
        ],
        states={
            MEASURE: [CallbackQueryHandler(measure_button, pattern=r"^rm:"), MessageHandler(typed, measure_text)],
            PERIOD: [CallbackQueryHandler(period_button, pattern=r"^rp:"), MessageHandler(typed, typed_choice)],
            AREA: [CallbackQueryHandler(area_button, pattern=r"^ra:\d+$"), MessageHandler(typed, area_text)],
            DUPLICATE: [CallbackQueryHandler(duplicate_button, pattern=r"^rd:"), MessageHandler(typed, typed_choice)],
            VALUE: [MessageHandler(typed, number_step(VALUE))],
            NUMERATOR: [MessageHandler(typed, number_step(NUMERATOR))],
            DENOMINATOR: [MessageHandler(typed, number_step(DENOMINATOR))],
            CONFIRM: [CallbackQueryHandler(confirm_button, pattern=r"^rv:"), MessageHandler(typed, typed_choice)],
            REASON: [CallbackQueryHandler(reason_button, pattern=r"^rr:"), MessageHandler(typed, reason_text)],
            SUMMARY: [CallbackQueryHandler(summary_button, pattern=r"^rs:(save|edit|cancel)$"),
                      MessageHandler(typed, typed_choice)],
            ConversationHandler.TIMEOUT: [TypeHandler(Update, timed_out)],
        },
        fallbacks=[
            CommandHandler(["cancel", "huy"], cancel),
            CallbackQueryHandler(cancel, pattern=r"^rs:cancel$"),
            CallbackQueryHandler(stray_button, pattern=r"^r[mpadvrs]:"),
            MessageHandler(~filters.COMMAND, stray_message),
        ],
        allow_reentry=True,
        per_chat=True,
        per_user=True,
        per_message=False,
        conversation_timeout=timeout,
        name="report",
        persistent=True,
    )


def _guard_steps(conversation: ConversationHandler) -> ConversationHandler:
    for state, handlers_of_state in conversation.states.items():
        if state == ConversationHandler.TIMEOUT:
            continue
        for handler in handlers_of_state:
            handler.callback = expires_when_stale(handler.callback)
    return conversation


def register(application: Application) -> None:
    timeout = services(application).settings.conversation_timeout
    application.add_handler(build_conversation(timeout))
    application.add_handler(CommandHandler("myreports", my_reports))
    application.add_handler(CommandHandler(["cancel", "huy"], not_registered_cancel))
