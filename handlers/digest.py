"""/subscribe, /unsubscribe, /digest and /export for managers and admins; the "remind"
button of a digest; the weekly digest job and the daily reminder job.

The figures come from ``bot.digest.compute`` (computed), ``bot.digest.text`` (written out),
``bot.digest.charts`` (drawn), ``bot.digest.export`` and ``bot.digest.reminders``: this module only checks
rights, parses arguments and talks to Telegram.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import html
import itertools
import logging
import os
import re
import tempfile

from telegram import InputFile, Update
from telegram.constants import ChatType, ParseMode
from telegram.error import TelegramError
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes, filters

from bot.digest.charts import render_charts
from bot.runtime.database import utcnow
from bot.digest.compute import CHOOSE_SCOPE, NOT_ALLOWED, OTHER_SCOPE, Digest, Scope, compute_digest, digest_week, \
    find_scope, known_scopes, resolve_scope
from bot.digest.text import chart_caption, count_reports, render_digest, reminder_buttons, scope_name
from bot.digest.export import ExportError, export_audit_csv, export_csv, export_xlsx, file_name, parse_range
from bot.i18n import N_, format_date, ngettext, normalize_lang, translator
from bot.field.people import collaborators_for_areas, get_area, get_person, in_scope
from bot.field.periods import today_in
from bot.digest.reminders import (
    MANUAL_COOLDOWN, Reminder, claim_manual_reminder, daily_check_time, due_reminders, record_sent,
)
from bot.services import services
from handlers.common import LANG_KEY, id_from, keyboard, reply, split_message, tr, user_lang
from knowledge.text import fold

log = logging.getLogger(__name__)

WEEKLY_JOB = "weekly-digest"
REMINDER_JOB = "collaborator-reminders"
REPORT_START = "report:start"      # the /report conversation's entry point (handlers/report.py)
REMIND_PREFIX = "remind:"
LAST_WORDS = ("last", "truoc", "tuan-truoc")
MAX_ARGS_CHARS = 200
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024   # the Bot API's limit on a document a bot sends

COMMANDS = [
    ("digest", N_("The weekly digest (managers)")),
    ("subscribe", N_("Receive the weekly digest every week")),
    ("unsubscribe", N_("Stop the weekly digest")),
    ("export", N_("Reports of a date range as a spreadsheet")),
]

PERIOD_NAMES = {"week": N_("week"), "month": N_("month")}


# -- rights and arguments ---------------------------------------------------------------
def _person(context: ContextTypes.DEFAULT_TYPE, user_id: int):
    svc = services(context)
    return get_person(svc.db, user_id, svc.settings.admin_ids)


def _scope_from_text(context: ContextTypes.DEFAULT_TYPE, text: str) -> tuple[Scope | None, bool]:
    """``(scope, named)``: the scope ``text`` names (None if unknown), and whether it named one."""
    text = text.strip()[:MAX_ARGS_CHARS]
    if not text:
        return None, False
    return find_scope(services(context).db, text), True


async def _may_see_figures(update: Update, context: ContextTypes.DEFAULT_TYPE):
    """The manager or admin asking in a private chat; else replies why not and gives None."""
    _ = tr(update, context)
    if update.effective_chat is None or update.effective_chat.type != ChatType.PRIVATE:
        await reply(update, context, _("Digests name people and places: send this command to me in a private chat."))
        return None
    person = _person(context, update.effective_user.id)
    if person is None or not (person.is_admin or person.is_manager):
        await reply(update, context, _("Digests and exports are for managers and admins. "
                                       "Ask your manager for an invitation if you need them."))
        return None
    return person


async def _resolve(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> Scope | None:
    """The scope the user may get for ``text`` (their own by default); replies and gives
    None when there is none."""
    _ = tr(update, context)
    db = services(context).db
    person = await _may_see_figures(update, context)
    if person is None:
        return None
    requested, named = _scope_from_text(context, text)
    if named and requested is None:
        await reply(update, context, _("I don't know the place \"{place}\". Known: {places}",
                                       place=html.escape(text.strip()[:60]), places=_known_places(db)))
        return None
    scope, problem = resolve_scope(person, requested, known_scopes(db))
    if problem == OTHER_SCOPE:
        await reply(update, context, _("You can only see the figures of {scope}.",
                                       scope=html.escape(scope_name(Scope(person.city, person.district)))))
        return None
    if problem == CHOOSE_SCOPE:
        await reply(update, context, _("Which city? Add it to the command, for example /{command} {example}. "
                                       "Known: {places}", command=_command_name(update),
                                       example=html.escape(_first_city(db)), places=_known_places(db)))
        return None
    if problem == NOT_ALLOWED or scope is None:
        await reply(update, context, _("Digests and exports are for managers and admins. "
                                       "Ask your manager for an invitation if you need them."))
        return None
    return scope


def _command_name(update: Update) -> str:
    text = (update.effective_message.text or "/digest").split()[0]
    return text.lstrip("/").split("@")[0][:20]


def _known_places(db) -> str:
    scopes = known_scopes(db)
    if not scopes:
        return "—"
    return html.escape("; ".join(scope_name(scope) for scope in scopes[:30]))


def _first_city(db) -> str:
    cities = [scope.city for scope in known_scopes(db) if scope.district is None]
    return cities[0] if cities else "Hà Nội"


def _args_text(context: ContextTypes.DEFAULT_TYPE) -> str:
    return " ".join(context.args or [])[:MAX_ARGS_CHARS]


# -- sending ------------------------------------------------------------------------------
def _reader_lang(application: Application, user_id: int) -> str:
    """The language a user chose with /lang, else the one stored with them, else the default."""
    svc = services(application)
    chosen = application.user_data.get(user_id, {}).get(LANG_KEY)
    if not chosen:
        row = svc.db.execute("select language from users where id = ?", [user_id]).fetchone()
        chosen = row[0] if row else None
    return normalize_lang(chosen or svc.settings.default_language)


async def _send_digest(bot, chat_id: int, digest: Digest, lang: str, charts: list[bytes]) -> None:
    """The digest's text (with a "remind" button per missing area), then its chart pages
    (the caption on the first)."""
    chunks = split_message(render_digest(digest, lang))
    markup = keyboard(reminder_buttons(digest, lang))
    for index, chunk in enumerate(chunks):
        await bot.send_message(chat_id, chunk, parse_mode=ParseMode.HTML,
                               reply_markup=markup if index == len(chunks) - 1 else None)
    for index, page in enumerate(charts):
        await bot.send_photo(chat_id, photo=page, caption=chart_caption(digest, lang) if index == 0 else None,
                             parse_mode=ParseMode.HTML)


def _compute(application: Application, scope: Scope, last: bool) -> Digest:
    svc = services(application)
    today = today_in(svc.settings.tz)
    return compute_digest(svc.db, svc.kb, scope, digest_week(today, last), today=today, tz=svc.settings.tz,
                          late_after_days=svc.settings.late_after_days)


# -- commands -------------------------------------------------------------------------------
async def digest_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/digest [last] [city / district]: this week's digest (or last week's), with its chart."""
    args = list(context.args or [])
    last = bool(args) and fold(args[0]) in LAST_WORDS
    scope = await _resolve(update, context, " ".join(args[1:] if last else args))
    if scope is None:
        return
    lang = user_lang(update, context)
    digest = _compute(context.application, scope, last)
    charts = await asyncio.to_thread(render_charts, digest, lang)
    await _send_digest(context.bot, update.effective_chat.id, digest, lang, charts)


async def subscribe_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/subscribe [city / district]: the weekly digest of the user's scope, every week."""
    scope = await _resolve(update, context, _args_text(context))
    if scope is None:
        return
    _ = tr(update, context)
    svc = services(context)
    with svc.db.atomic():
        svc.db["subscriptions"].upsert(
            {"user_id": update.effective_user.id, "chat_id": update.effective_chat.id, "city": scope.city,
             "district": scope.district, "created_at": utcnow()},
            pk="user_id",
        )
    lang = user_lang(update, context)
    weekday = format_date(dt.date(2024, 1, 1) + dt.timedelta(days=svc.settings.digest_weekday), lang, "EEEE")
    if lang == "vi":  # "vào thứ Hai", not "vào Thứ Hai", inside a sentence
        weekday = weekday[:1].lower() + weekday[1:]
    await reply(update, context, _("Subscribed: you will receive the digest of {scope} every {weekday} at {time}. "
                                   "/unsubscribe stops it.", scope=html.escape(scope_name(scope)),
                                   weekday=weekday, time=svc.settings.digest_time.strftime("%H:%M")))


async def unsubscribe_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/unsubscribe: no more weekly digests."""
    _ = tr(update, context)
    db = services(context).db
    with db.atomic():
        removed = db.conn.execute("delete from subscriptions where user_id = ?",
                                  [update.effective_user.id]).rowcount
    if removed:
        await reply(update, context, _("Unsubscribed: you will no longer receive the weekly digest."))
    else:
        await reply(update, context, _("You were not subscribed to the weekly digest."))


async def export_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/export [from to] [city / district]: the reports of the range as XLSX, and as CSV with
    their audit trail in a second CSV."""
    _ = tr(update, context)
    if await _may_see_figures(update, context) is None:  # rights first: no date help for strangers
        return
    args = list(context.args or [])
    dates, place = _export_args(args)
    svc = services(context)
    try:
        start, end = parse_range(dates, today_in(svc.settings.tz))
    except ExportError as error:
        messages = {
            "bad_date": _("Give two dates like this: /export 2026-01-01 2026-03-31 or /export 01/01/2026 31/03/2026 "
                           "(none: the last 30 days)."),
            "reversed": _("The first date must not be after the second."),
            "too_long": _("That range is too long: at most three years at a time."),
        }
        await reply(update, context, messages[error.code])
        return
    scope = await _resolve(update, context, " ".join(place))
    if scope is None:
        return
    lang = user_lang(update, context)
    tz = svc.settings.tz
    with tempfile.TemporaryFile() as workbook, tempfile.TemporaryFile() as table, \
            tempfile.TemporaryFile() as trail:
        # Written in a thread from a streamed query: a large range does not stall other chats.
        reports = await asyncio.to_thread(export_xlsx, workbook, svc.db, scope, start, end, lang, tz, svc.kb)
        await asyncio.to_thread(export_csv, table, svc.db, scope, start, end, lang, tz, svc.kb)
        await asyncio.to_thread(export_audit_csv, trail, svc.db, scope, start, end, lang, tz)
        files = (workbook, table, trail)
        for file in files:
            file.seek(0)
        caption = _("{reports} of {scope}, {start} – {end}.", reports=count_reports(reports, lang),
                    scope=html.escape(scope_name(scope)),
                    start=format_date(start, lang), end=format_date(end, lang))
        if max(os.fstat(file.fileno()).st_size for file in files) > MAX_DOCUMENT_BYTES:
            await reply(update, context, _("{reports}: too large to send through Telegram. Ask for a shorter range, "
                                           "or a district at a time.", reports=count_reports(reports, lang)))
            return
        chat_id = update.effective_chat.id
        await context.bot.send_document(chat_id, InputFile(workbook, filename=file_name(scope, start, end, "xlsx")),
                                        caption=caption, parse_mode=ParseMode.HTML)
        await context.bot.send_document(chat_id, InputFile(table, filename=file_name(scope, start, end, "csv")),
                                        caption=_("The same reports as CSV (UTF-8), for other programs."))
        await context.bot.send_document(chat_id, InputFile(trail, filename=file_name(scope, start, end, "csv",
                                                                                     audit=True)),
                                        caption=_("Their audit trail as CSV: every change, who made it, "
                                                  "when and why."))


_DATE_LIKE_RE = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}")


def _export_args(args: list[str]) -> tuple[list[str], list[str]]:
    """/export's words split into ``(dates, place)``: the dates first (``2026-12-01 2026-12-31
    Hà Nội``) or last (``Hà Nội 2026-12-01 2026-12-31``). Leading words starting with a digit
    are dates (a typo among them is then explained); trailing ones only when they look like a
    date, so ``Quận 1`` stays a place."""
    dates = [arg for arg in args[:2] if arg[:1].isdigit()]
    if dates:
        return dates, args[len(dates):]
    tail = list(itertools.takewhile(lambda arg: _DATE_LIKE_RE.fullmatch(arg) is not None, reversed(args[-2:])))
    return tail[::-1], args[:len(args) - len(tail)]


async def edited_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An edited /digest, /export …: the original was answered already; do nothing."""


# -- the "remind" button ------------------------------------------------------------------
async def remind_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """remind:<area_id>: remind the area's collaborators to report, and confirm."""
    query = update.callback_query
    _ = tr(update, context)
    svc = services(context)
    raw = (query.data or "")[len(REMIND_PREFIX):]
    area = get_area(svc.db, id_from(raw))
    person = _person(context, update.effective_user.id)
    if person is None or not (person.is_admin or person.is_manager) or area is None or not in_scope(person, area):
        await query.answer(_("You cannot send reminders for this area."), show_alert=True)
        return
    collaborators = collaborators_for_areas(svc.db, [area.id])
    if not collaborators:
        await query.answer(_("{area} has no active collaborator to remind.", area=area.name), show_alert=True)
        return
    now = dt.datetime.now(dt.timezone.utc)
    last = claim_manual_reminder(svc.db, area.id, update.effective_user.id, now)
    if last is not None:
        minutes = max(1, int((MANUAL_COOLDOWN - (now - last)).total_seconds() // 60))
        await query.answer(_("{area} was reminded a moment ago. You can remind again in {minutes} minutes.",
                             area=area.name, minutes=minutes), show_alert=True)
        return
    sent = 0
    for collaborator in collaborators:
        lang = _reader_lang(context.application, collaborator.id)
        if await _send_reminder(context.bot, collaborator.id, manager_reminder_text(area.name, lang), lang):
            sent += 1
    await query.answer(_("Reminder sent to {sent} of {collaborators} of {area}.", sent=sent,
                         collaborators=ngettext(user_lang(update, context), "{count} collaborator",
                                                "{count} collaborators", len(collaborators),
                                                count=len(collaborators)), area=area.name))


def manager_reminder_text(area: str, lang: str) -> str:
    _ = translator(lang)
    return _("🔔 Your manager reminds you to send the reports for {area}.", area=html.escape(area))


async def _send_reminder(bot, chat_id: int, text: str, lang: str) -> bool:
    _ = translator(lang)
    try:
        await bot.send_message(chat_id, text, parse_mode=ParseMode.HTML,
                               reply_markup=keyboard([[(_("📝 Report now"), REPORT_START)]]))
    except TelegramError:
        log.warning("could not send a reminder to %s", chat_id, exc_info=True)
        return False
    return True


# -- jobs --------------------------------------------------------------------------------------
async def weekly_digest_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send every subscriber the digest of the week that just ended, with its chart."""
    application = context.application
    svc = services(application)
    digests: dict[Scope, Digest] = {}
    charts: dict[tuple[Scope, str], list[bytes]] = {}
    subscriptions = svc.db.execute(
        "select user_id, chat_id, city, district from subscriptions order by user_id").fetchall()
    for user_id, chat_id, city, district in subscriptions:
        person = get_person(svc.db, user_id, svc.settings.admin_ids)
        scope = Scope(city, district)
        if person is None or not (person.is_admin or (person.is_manager and
                                                       Scope(person.city, person.district).contains(city, district))):
            log.info("subscription of %s skipped: no longer allowed for %s", user_id, scope_name(scope))
            continue
        lang = _reader_lang(application, user_id)
        try:
            if scope not in digests:
                digests[scope] = _compute(application, scope, last=True)
            if (scope, lang) not in charts:
                charts[(scope, lang)] = await asyncio.to_thread(render_charts, digests[scope], lang)
            await _send_digest(context.bot, chat_id, digests[scope], lang, charts[(scope, lang)])
        except TelegramError:
            log.warning("could not send the digest to %s", chat_id, exc_info=True)
        except Exception:  # one broken scope must not stop everyone else's digest
            log.exception("the digest of %s for %s failed", scope_name(scope), user_id)


def reminder_text(reminder: Reminder, lang: str) -> str:
    _ = translator(lang)
    return _("⏰ The {period} {start} – {end} ends soon and nothing has been reported for {area} yet. "
             "Tap the button to report.", period=_(PERIOD_NAMES.get(reminder.period.kind, reminder.period.kind)),
             start=format_date(reminder.period.start, lang), end=format_date(reminder.period.end, lang),
             area=html.escape(reminder.area))


async def reminder_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Remind collaborators whose period ends soon and who have not reported; once per period."""
    application = context.application
    svc = services(application)
    now = dt.datetime.now(dt.timezone.utc)
    for reminder in due_reminders(svc.db, now, svc.settings.tz, svc.settings.reminder_hours_before):
        lang = _reader_lang(application, reminder.user_id) if reminder.user_id in application.user_data \
            else normalize_lang(reminder.language or svc.settings.default_language)
        if await _send_reminder(context.bot, reminder.user_id, reminder_text(reminder, lang), lang):
            record_sent(svc.db, reminder)


# -- wiring ------------------------------------------------------------------------------------
def register(application: Application) -> None:
    new_messages = filters.UpdateType.MESSAGE   # an edited "/export" must not send the files again
    application.add_handler(CommandHandler("digest", digest_command, filters=new_messages))
    application.add_handler(CommandHandler("subscribe", subscribe_command, filters=new_messages))
    application.add_handler(CommandHandler("unsubscribe", unsubscribe_command, filters=new_messages))
    application.add_handler(CommandHandler("export", export_command, filters=new_messages))
    application.add_handler(CommandHandler(["digest", "subscribe", "unsubscribe", "export"], edited_command,
                                           filters=filters.UpdateType.EDITED_MESSAGE))
    application.add_handler(CallbackQueryHandler(remind_button, pattern=rf"^{REMIND_PREFIX}"))


async def on_startup(application: Application) -> None:
    """Schedule the weekly digest and the daily reminder check (at every start: the
    subscriptions are read from the database when the job runs)."""
    settings = services(application).settings
    queue = application.job_queue
    for name in (WEEKLY_JOB, REMINDER_JOB):
        for job in queue.get_jobs_by_name(name):
            job.schedule_removal()
    ptb_weekday = (settings.digest_weekday + 1) % 7   # PTB counts from Sunday = 0
    queue.run_daily(weekly_digest_job, time=settings.digest_time.replace(tzinfo=settings.tz),
                    days=(ptb_weekday,), name=WEEKLY_JOB)
    queue.run_daily(reminder_job, time=daily_check_time(settings.reminder_hours_before).replace(tzinfo=settings.tz),
                    name=REMINDER_JOB)
