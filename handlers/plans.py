"""Plans added in the chat (admins): upload, review card, publish, discard, /plans, withdraw.

An admin sends a plan file (or ``/plans add``, then the file). It is read and extracted in
the background while a progress message is edited in place; then a review card shows what
was found, with Publish / Discard / Full review / Change links. Publishing stores the plan
and swaps the running bot's knowledge base at once; ``/plans`` lists the plans with their
status, and ``/plans withdraw SLUG`` (or its button) stops a plan's answers.
"""

from __future__ import annotations

import asyncio
import html
import json
import logging
from typing import Any

from telegram import Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes, MessageHandler, filters

from bot import plans as plan_store
from bot.digest.text import DEADLINE_KINDS
from bot.field.measures import active_measures, indicator_candidates, link_plan, linkable, refresh_links
from bot.i18n import N_, Translator, format_date, gettext
from bot.services import services
from handlers.common import how_to_send_a_file, id_from, reply, shorten, stop_waiting_for_file, tr, user_lang, \
    wait_for_file
from handlers.registration import person_of
from knowledge import review as plan_review
from knowledge.answer.format import fmt_target

log = logging.getLogger(__name__)

COMMANDS = [("plans", N_("Plans and their status; add or withdraw one (admins)"))]

TASKS_KEY = "plan_upload_tasks"   # Services.extras: uploads being read, so shutdown and tests can wait
LOCK_KEY = "plan_swap_lock"       # Services.extras: one publication / withdrawal at a time
PLANS_KEY = "draft_plans"         # Services.extras: draft id -> Plan read at upload, so Publish needn't re-read
KEEP_PLANS = 5
PROGRESS_EVERY = 2.0              # seconds between edits of the progress message
MAX_LINES = 8                     # warnings, facts, changes shown on the card (the rest: Full review)
TITLE_CHARS = 80                  # a plan title in the /plans list, cut at a word
LABEL_CHARS = 60                  # an indicator or measure name on the card or a button
MAX_BUTTONS = 90                  # Telegram takes at most 100 buttons under one message

WARNING_TEXT = {
    plan_review.NO_YEAR: N_("no year for the targets of indicators {numbers}"),
    plan_review.NO_LEAD: N_("no lead agency for indicators {numbers}"),
    plan_review.NO_TARGET: N_("no target figure read for indicators {numbers}"),
}
CHANGE_TEXT = {
    plan_review.TARGET_CHANGED: N_("indicator {indicator}, {year}: {before} → {after}"),
    plan_review.TARGET_ADDED: N_("indicator {indicator}, {year}: new target {after}"),
    plan_review.TARGET_REMOVED: N_("indicator {indicator}, {year}: target {before} removed"),
    plan_review.LEAD_CHANGED: N_("indicator {indicator}: lead {before} → {after}"),
    plan_review.DEADLINE_ADDED: N_("new deadline: {after}"),
    plan_review.DEADLINE_REMOVED: N_("deadline removed: {before}"),
}
SLUG_BUTTON_CHARS = 50            # a longer code does not fit a button's 64-byte data: no button, no question
STATUS_TEXT = {"published": N_("published"), "withdrawn": N_("withdrawn"), "draft": N_("draft")}


# -- who may ---------------------------------------------------------------------------------
async def _admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> Any | None:
    """The admin behind the update, else None after a clear refusal."""
    person = person_of(update, context)
    if person is not None and person.is_admin:
        return person
    # registered or not, the answer is the same: plans are an admin's (an invite link
    # would not make anyone one)
    _ = tr(update, context)
    if update.callback_query is not None:
        await update.callback_query.answer()
    await reply(update, context, _("Only admins can add, publish or withdraw plans."))
    return None


# -- upload ----------------------------------------------------------------------------------
async def on_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A file sent to the bot: an admin's becomes a draft plan, read in the background."""
    person = await _admin(update, context)
    if person is None:
        return
    stop_waiting_for_file(context)
    _ = tr(update, context)
    document = update.effective_message.document
    name = (document.file_name or "plan.txt")[:120]
    if document.file_size and document.file_size > plan_store.MAX_PLAN_BYTES:
        await reply(update, context, _("The file is too large (at most 20 MB)."))
        return
    progress = await reply(update, context, _("Reading {file}…", file=html.escape(name)))
    svc = services(context)
    task = context.application.create_task(_read_and_review(update, context, progress, name), update=update)
    tasks: set = svc.extras.setdefault(TASKS_KEY, set())
    tasks.add(task)
    task.add_done_callback(tasks.discard)


async def _edit(context: ContextTypes.DEFAULT_TYPE, message: Message | None, text: str) -> None:
    """Edit the progress message in place (a failed edit is not worth an error)."""
    if message is None:
        return
    try:
        await context.bot.edit_message_text(text, chat_id=message.chat_id, message_id=message.message_id,
                                            parse_mode=ParseMode.HTML)
    except BadRequest:
        log.debug("progress message not edited")


async def _read_and_review(update: Update, context: ContextTypes.DEFAULT_TYPE, progress: Message | None,
                           name: str) -> None:
    """Download, read (with page progress), extract, link measures, save the draft, show
    the review card. Every failure ends with a clear line in the progress message."""
    _ = tr(update, context)
    svc = services(context)
    user_id = update.effective_user.id
    shown_name = html.escape(name)
    try:
        file = await update.effective_message.document.get_file()
        data = bytes(await file.download_as_bytearray())
        pages: dict[str, int] = {}

        def on_progress(*args: Any, **kwargs: Any) -> None:
            # read_document reports pages done and total (OCR of a scan is the slow part)
            numbers = [a for a in list(args) + list(kwargs.values()) if isinstance(a, int)]
            if len(numbers) >= 2:
                pages["done"], pages["total"] = numbers[0], numbers[1]

        reading = asyncio.ensure_future(asyncio.to_thread(plan_store.read_upload, data, name, on_progress))
        last_shown: tuple[int, int] | None = None
        while not reading.done():
            await asyncio.wait({reading}, timeout=PROGRESS_EVERY)
            now = (pages.get("done", 0), pages.get("total", 0))
            if not reading.done() and now[1] and now != last_shown:
                last_shown = now
                await _edit(context, progress, _("Reading {file}: page {done} of {total}…",
                                                 file=shown_name, done=now[0], total=now[1]))
        document = reading.result()
        await _edit(context, progress, _("Extracting goals, indicators and targets from {file}…", file=shown_name))
        folder = plan_store.uploads_dir(svc.settings.database_path)
        plan, path = await asyncio.to_thread(plan_store.extract_plan, document.text, name, folder)
        links = link_plan(plan, active_measures(svc.db))
        draft = plan_store.save_draft(svc.db, plan, path, name, user_id, document, links)
        kept: dict = svc.extras.setdefault(PLANS_KEY, {})
        kept[draft.id] = plan
        for old in list(kept)[:-KEEP_PLANS]:
            kept.pop(old, None)
    except plan_store.PlanUploadError as error:
        await _edit(context, progress, _("Not added: {reason}", reason=rejection_reason(_, error)))
        return
    except Exception:
        log.exception("plan upload failed")  # the file's name and content stay out of the log
        await _edit(context, progress, _("Sorry, the file could not be read. Please try again in a moment."))
        return
    await _edit(context, progress, _("Read {file}: {indicators} indicators, {targets} target figures.",
                                     file=shown_name, indicators=len(plan.indicators),
                                     targets=sum(1 for i in plan.indicators for t in i.targets if not t.achieved)))
    await _send_card(update, context, draft, plan)


FILE_PREFIX = "{file}: "
# A reason the catalog lacks is not shown in English to a Vietnamese admin: this one is.
UNKNOWN_REJECTION = N_("{file}: this file cannot be added as a plan.")


def rejection_reason(_: Translator, error: plan_store.PlanUploadError) -> str:
    """Why an upload was refused, in the admin's language, HTML-escaped, the file named once:
    ``"notaplan.exe: không phải kế hoạch: …"``. The reader and the ingester each put
    ``"{file}: "`` before their reason, so it may come twice; a reason missing from the
    Vietnamese catalog becomes ``UNKNOWN_REJECTION`` rather than English."""
    msgid = error.msgid
    while msgid.startswith(FILE_PREFIX + FILE_PREFIX):
        msgid = msgid[len(FILE_PREFIX):]
    if not msgid.startswith(FILE_PREFIX):
        msgid = FILE_PREFIX + msgid
    if gettext("vi", msgid) == msgid:
        msgid = UNKNOWN_REJECTION
    params = {k: html.escape(str(v)) for k, v in error.params.items()}
    try:
        return _(msgid, **params)
    except (KeyError, IndexError, ValueError):  # a placeholder the reason's params lack
        return _(UNKNOWN_REJECTION, file=params.get("file", ""))


# -- the review card ---------------------------------------------------------------------------
def _numbers(numbers: tuple[int, ...]) -> str:
    shown = ", ".join(str(n) for n in numbers[:12])
    return shown + (", …" if len(numbers) > 12 else "")


def _shown_date(iso: str | None, lang: str) -> str | None:
    """An ISO date of the plan in the reader's locale (as written when it is not ISO)."""
    import datetime as dt

    try:
        return format_date(dt.date.fromisoformat(iso), lang) if iso else None
    except ValueError:
        return iso


TARGET_CHANGES = (plan_review.TARGET_CHANGED, plan_review.TARGET_ADDED, plan_review.TARGET_REMOVED)


def _worded_targets(*plans: Any, lang: str = "vi") -> dict[tuple, str]:
    """``{(indicator label, year, the diff's code text): the target in the reader's words}``
    ("đạt 90%", the plan's own comparing word, the locale's number), HTML-safe, so a change
    reads as the plan does rather than "at_least 90 %"."""
    worded: dict[tuple, str] = {}
    for plan in plans:
        for indicator in getattr(plan, "indicators", None) or ():
            label = plan_review.indicator_label(indicator)
            for target in indicator.targets:
                key = (label, target.year, plan_review._target_text(target))
                worded.setdefault(key, fmt_target(target, lang))
    return worded


DEADLINE_CHANGES = (plan_review.DEADLINE_ADDED, plan_review.DEADLINE_REMOVED)


def _worded_deadlines(_: Translator, *plans: Any) -> dict[str, str]:
    """``{the diff's code text ("yearly_report 15/12"): the deadline in words}`` (HTML-safe):
    its kind as the digest names it, then its date or "within N days"."""
    worded: dict[str, str] = {}
    for plan in plans:
        for d in getattr(plan, "deadlines", None) or ():
            kind = DEADLINE_KINDS.get(d.kind)
            if d.day and d.month:
                when = f"{d.day}/{d.month}" + (f"/{d.year}" if d.year else "")
            elif d.within_days:
                when = _("within {n} days", n=d.within_days)
            elif d.within_hours:
                when = _("within {n} hours", n=d.within_hours)
            else:
                continue
            worded.setdefault(plan_review._deadline_text(d), f"{_(kind) if kind else _('Report')}: {html.escape(when)}")
    return worded


def card_text(_: Translator, lang: str, draft: plan_store.Draft, plan: Any, changes: list, measures: list,
              published_before: bool, published: Any = None) -> str:
    """The review card of a draft: what was found, what to check, links, what changed
    (``published``: the plan's published version, whose targets the changes word)."""
    r = plan_review.review(plan)
    dash = "–"
    lines = [_("<b>Review before publishing:</b> {title}", title=html.escape(r.title or r.slug)),
             _("Locality: {locality} · number: {number} · date: {date} · period: {period}",
               locality=html.escape(r.locality or dash), number=html.escape(r.number or dash),
               date=html.escape(_shown_date(r.date, lang) or dash), period=html.escape(r.period or dash)),
             _("Found: {goals} goals, {indicators} indicators, {targets} targets, {agencies} agencies, "
               "{deadlines} deadlines, {contacts} contacts.", goals=r.goals, indicators=r.indicators,
               targets=r.targets, agencies=r.agencies, deadlines=r.deadlines, contacts=r.contacts),
             _("Code: <code>{slug}</code>", slug=html.escape(r.slug))]
    if draft.scanned or r.ocr:
        lines.append(_("⚠ Scanned text: check the figures against the document."))
    if r.warnings:
        lines.append(_("<b>To check:</b>"))
        for warning in r.warnings:
            lines.append("• " + _(WARNING_TEXT[warning.code], numbers=_numbers(warning.indicators)))
    if r.samples:
        lines.append(_("<b>Sample facts:</b>"))
        for fact in r.samples:
            year = fact.target.year if fact.target.year is not None else dash
            lines.append("• " + _("indicator {indicator} ({metric}): {target} in {year}",
                                  indicator=fact.indicator, metric=html.escape(shorten(fact.metric, LABEL_CHARS)),
                                  target=fmt_target(fact.target, lang), year=year))
    links = plan_store.draft_links(draft, plan)
    linked = [(m, links[m.key]) for m in measures if m.key in links]
    if linked:
        lines.append(_("<b>Report measures (what collaborators report) linked to indicators:</b>"))
        for measure, link in linked:
            if link.indicator_position is None:
                target = _("no indicator")
            else:
                label = link.indicator_number if link.indicator_number is not None else link.indicator_position + 1
                target = _("indicator {n}", n=label) + (f".{link.metric}" if link.metric > 1 else "")
            lines.append(f"• {html.escape(measure.name(lang))} → {target}")
    if published_before:
        if changes:
            lines.append(_("<b>Changes from the published version ({n}):</b>", n=len(changes)))
            worded = _worded_targets(published, plan, lang=lang)
            deadlines = _worded_deadlines(_, published, plan)
            for change in changes[:MAX_LINES]:
                before, after = (worded.get((change.indicator, change.year, text)) if change.kind in TARGET_CHANGES
                                 else deadlines.get(text) if change.kind in DEADLINE_CHANGES
                                 else None for text in (change.before, change.after))
                lines.append("• " + _(CHANGE_TEXT[change.kind], indicator=change.indicator,
                                      year=change.year if change.year is not None else dash,
                                      before=before or html.escape(change.before or dash),
                                      after=after or html.escape(change.after or dash)))
            if len(changes) > MAX_LINES:
                lines.append(_("… and {n} more (Full review).", n=len(changes) - MAX_LINES))
        else:
            lines.append(_("Same targets, leads and deadlines as the published version."))
    return "\n".join(lines)


def _card_buttons(_: Translator, draft_id: int) -> list[list[tuple[str, str]]]:
    return [[(_("Publish"), f"pl:pub:{draft_id}"), (_("Discard"), f"pl:del:{draft_id}")],
            [(_("Full review"), f"pl:full:{draft_id}"), (_("Change links"), f"pl:lk:{draft_id}")]]


async def _send_card(update: Update, context: ContextTypes.DEFAULT_TYPE, draft: plan_store.Draft, plan: Any,
                     edit: bool = False) -> None:
    _ = tr(update, context)
    svc = services(context)
    published = svc.kb.plan(plan.slug) if svc.kb is not None else None
    changes = plan_review.diff_plans(published, plan) if published is not None else []
    measures = [m for m in active_measures(svc.db) if linkable(m)]
    text = card_text(_, user_lang(update, context), draft, plan, changes, measures, published is not None,
                     published)
    await reply(update, context, text, _card_buttons(_, draft.id), edit=edit)


async def _open_draft(update: Update, context: ContextTypes.DEFAULT_TYPE, raw_id: str) -> plan_store.Draft | None:
    """The pending draft a button names, else None after saying it is gone."""
    draft = plan_store.get_draft(services(context).db, id_from(raw_id))
    if draft is None or draft.status != plan_store.DRAFT:
        _ = tr(update, context)
        await reply(update, context, _("This draft is no longer waiting: it was published or discarded. "
                                       "Send /plans to see the plans."))
        return None
    return draft


# -- publish, discard, full review, links ------------------------------------------------------
async def _swap(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Load the knowledge base again (published plans only), put the measure links in force
    and swap it in; questions already being answered keep the old one."""
    svc = services(context)
    new = await asyncio.to_thread(plan_store.load_published, svc.settings.database_path)
    refresh_links(svc.db, new)
    svc.swap_kb(new)


def _lock(context: ContextTypes.DEFAULT_TYPE) -> asyncio.Lock:
    return services(context).extras.setdefault(LOCK_KEY, asyncio.Lock())


async def _publish(update: Update, context: ContextTypes.DEFAULT_TYPE, draft: plan_store.Draft, user_id: int) -> None:
    _ = tr(update, context)
    svc = services(context)
    async with _lock(context):
        # a second tap on Publish waited for the first: it finds the draft published
        if await _open_draft(update, context, str(draft.id)) is None:
            return
        try:
            plan = svc.extras.get(PLANS_KEY, {}).pop(draft.id, None) \
                or await asyncio.to_thread(plan_store.reingest, draft)
        except Exception:
            log.exception("plan publication failed")
            await reply(update, context, _("The draft could not be read again: send the file again."))
            return
        published = svc.kb.plan(plan.slug) if svc.kb is not None else None
        changes = plan_review.diff_plans(published, plan) if published is not None else []
        plan_store.publish(svc.db, draft, plan, user_id, changes=len(changes))
        await _swap(context)
    await reply(update, context, _("Published: {title} (<code>{slug}</code>). Questions about it are answered "
                                   "from now on.", title=html.escape(plan.title or plan.slug),
                                   slug=html.escape(plan.slug)), edit=False)


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Publish / Discard / Full review / Change links on a card, Withdraw / Publish again on /plans."""
    query = update.callback_query
    person = await _admin(update, context)
    if person is None:
        return
    await query.answer()
    _ = tr(update, context)
    svc = services(context)
    parts = (query.data or "").split(":")
    action = parts[1] if len(parts) > 1 else ""
    if action == "wd" and len(parts) == 3:
        await _ask_withdraw(update, context, parts[2])
        return
    if action == "keep":
        await reply(update, context, _("Nothing changed."))
        return
    if action in ("wdy", "rp") and len(parts) == 3:
        await _set_status(update, context, parts[2], withdrawn=action == "wdy", user_id=person.id)
        return
    draft = await _open_draft(update, context, parts[2] if len(parts) > 2 else "")
    if draft is None:
        return
    if action == "pub":
        await _publish(update, context, draft, person.id)
    elif action == "del":
        plan_store.discard(svc.db, draft, person.id)
        await reply(update, context, _("Discarded: nothing was stored from {file}.", file=html.escape(draft.file_name)))
    elif action == "full":
        plan = await asyncio.to_thread(plan_store.reingest, draft)
        data = json.dumps({"plans": [plan_review.plan_as_dict(plan)]}, ensure_ascii=False, indent=2).encode("utf-8")
        await context.bot.send_document(update.effective_chat.id, document=data, filename=f"{plan.slug}.json",
                                        caption=_("Everything extracted from {file}.", file=html.escape(draft.file_name)),
                                        parse_mode=ParseMode.HTML)
    elif action == "lk":
        await _choose_measure(update, context, draft)
    elif action == "lm" and len(parts) == 4:
        await _choose_indicator(update, context, draft, parts[3])
    elif action == "ls" and len(parts) == 6:
        await _set_link(update, context, draft, parts[3], parts[4], parts[5], person.id)
    else:
        await reply(update, context, _("This button is no longer active."))


def _linkable_measures(context: ContextTypes.DEFAULT_TYPE) -> list:
    return [m for m in active_measures(services(context).db) if linkable(m)]


async def _choose_measure(update: Update, context: ContextTypes.DEFAULT_TYPE, draft: plan_store.Draft) -> None:
    _ = tr(update, context)
    lang = user_lang(update, context)
    measures = _linkable_measures(context)
    buttons = [[(shorten(m.name(lang), LABEL_CHARS), f"pl:lm:{draft.id}:{index}")] for index, m in enumerate(measures)][:MAX_BUTTONS]
    await reply(update, context, _("Which measure's indicator do you want to change?"), buttons)


async def _choose_indicator(update: Update, context: ContextTypes.DEFAULT_TYPE, draft: plan_store.Draft,
                            raw_index: str) -> None:
    _ = tr(update, context)
    measures = _linkable_measures(context)
    index = id_from(raw_index)
    if index is None or index >= len(measures):
        await reply(update, context, _("This button is no longer active."))
        return
    plan = await asyncio.to_thread(plan_store.reingest, draft)
    buttons, row = [], []
    for position, number, metric, _text in indicator_candidates(plan)[:MAX_BUTTONS]:
        label = str(number if number is not None else position + 1) + (f".{metric}" if metric > 1 else "")
        row.append((label, f"pl:ls:{draft.id}:{index}:{position}:{metric}"))
        if len(row) == 6:
            buttons.append(row)
            row = []
    buttons.append(row)
    buttons.append([(_("No indicator in this plan"), f"pl:ls:{draft.id}:{index}:n:1")])
    await reply(update, context, _("Which indicator of the plan does “{measure}” feed?",
                                   measure=html.escape(measures[index].name(user_lang(update, context)))), buttons)


async def _set_link(update: Update, context: ContextTypes.DEFAULT_TYPE, draft: plan_store.Draft, raw_index: str,
                    raw_position: str, raw_metric: str, user_id: int) -> None:
    _ = tr(update, context)
    measures = _linkable_measures(context)
    index, metric = id_from(raw_index), id_from(raw_metric)
    position = None if raw_position == "n" else id_from(raw_position)
    plan = await asyncio.to_thread(plan_store.reingest, draft)
    positions = {candidate[0] for candidate in indicator_candidates(plan)}
    if index is None or index >= len(measures) or metric is None or (raw_position != "n" and position not in positions):
        await reply(update, context, _("This button is no longer active."))
        return
    draft = plan_store.relink(services(context).db, draft, measures[index].key, position, metric, user_id)
    await _send_card(update, context, draft, plan)


# -- /plans ------------------------------------------------------------------------------------
async def plans_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``/plans`` lists plans; ``/plans add``; ``/plans withdraw SLUG``; ``/plans publish SLUG``."""
    person = await _admin(update, context)
    if person is None:
        return
    _ = tr(update, context)
    args = context.args or []
    verb = args[0].lower() if args else ""
    if verb == "add":
        wait_for_file(context)
        await reply(update, context, _("Send the plan file to me as a document (TXT, DOCX or PDF, a scan too). "
                                       "I will show you what I found before anything is answered from it.")
                    + how_to_send_a_file(_, context))
        return
    if verb == "withdraw" and len(args) == 2 and len(args[1]) <= SLUG_BUTTON_CHARS \
            and args[1] in plan_store.stored_slugs(services(context).db):
        await _ask_withdraw(update, context, args[1])   # typed or tapped, the same question first
        return
    if verb in ("withdraw", "publish") and len(args) == 2:
        await _set_status(update, context, args[1], withdrawn=verb == "withdraw", user_id=person.id)
        return
    if verb:
        await reply(update, context, _("Write /plans, /plans add, /plans withdraw <i>code</i> or "
                                       "/plans publish <i>code</i>."))
        return
    rows = plan_store.list_plans(services(context).db)
    if not rows:
        await reply(update, context, _("No plans yet. Send a plan file to add one."))
        return
    lines = [_("Plans ({n}):", n=len(rows))]
    buttons = []
    for row in rows:
        title = html.escape(shorten(row.title or row.slug, TITLE_CHARS))
        status = _(STATUS_TEXT[row.status])
        if row.uploaded_at:   # served from a file published in the chat, not the plans folder
            status += " · " + _("uploaded version of {date}",
                                date=_shown_date(row.uploaded_at[:10], user_lang(update, context)))
        lines.append(f"• <code>{html.escape(row.slug)}</code> — {title} ({status})")
        if row.status == "published" and len(row.slug) <= SLUG_BUTTON_CHARS:
            buttons.append([(_("Withdraw {slug}", slug=row.slug), f"pl:wd:{row.slug}")])
        elif row.status == "withdrawn" and len(row.slug) <= SLUG_BUTTON_CHARS:
            buttons.append([(_("Publish {slug} again", slug=row.slug), f"pl:rp:{row.slug}")])
        elif row.status == "draft" and row.draft_id is not None:
            # a draft whose card went unanswered (or scrolled away) is decided here too
            buttons.append([(_("Publish draft {slug}", slug=row.slug), f"pl:pub:{row.draft_id}"),
                            (_("Discard draft {slug}", slug=row.slug), f"pl:del:{row.draft_id}")])
    await reply(update, context, "\n".join(lines), buttons)


async def _ask_withdraw(update: Update, context: ContextTypes.DEFAULT_TYPE, slug: str) -> None:
    """Ask before withdrawing ``slug`` (typed ``/plans withdraw SLUG`` or its button alike):
    one stray tap or command must not stop every officer's answers from a plan."""
    _ = tr(update, context)
    await reply(update, context, _("Withdraw {slug}? Officers get no answers from it until it is published "
                                   "again.", slug=html.escape(slug[:64])),
                [[(_("Yes, withdraw {slug}", slug=slug), f"pl:wdy:{slug}")],
                 [(_("No, keep it"), "pl:keep")]])


async def _set_status(update: Update, context: ContextTypes.DEFAULT_TYPE, slug: str, *, withdrawn: bool,
                      user_id: int) -> None:
    _ = tr(update, context)
    svc = services(context)
    if slug not in plan_store.stored_slugs(svc.db):
        await reply(update, context, _("No stored plan has the code {slug}. Send /plans to see them.",
                                       slug=html.escape(slug[:64])))
        return
    async with _lock(context):
        plan_store.set_status(svc.db, slug, withdrawn, user_id)
        await _swap(context)
    shown = html.escape(slug)
    await reply(update, context, _("Withdrawn: {slug}. Its answers stopped.", slug=shown) if withdrawn
                else _("Published again: {slug}. Questions about it are answered.", slug=shown))


async def on_startup(application: Application) -> None:
    """Put the measure links of the loaded plans in force (after the catalogue is loaded)."""
    svc = services(application)
    if svc.kb is not None:
        refresh_links(svc.db, svc.kb)


def register(application: Application) -> None:
    application.add_handler(CommandHandler("plans", plans_command))
    application.add_handler(MessageHandler(filters.Document.ALL & filters.ChatType.PRIVATE, on_document))
    application.add_handler(CallbackQueryHandler(on_button, pattern=r"^pl:"))
