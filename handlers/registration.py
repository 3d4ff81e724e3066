"""People and rights in the chat: ``/start <invite code>``, ``/invite``, ``/whoami``,
``/users``, ``/areas`` and ``/measures`` (with CSV uploads for the last two).

Thin: rights, invites and imports are in ``bot.field.people``, ``bot.field.areas_csv`` and
``bot.field.measures``; this module only turns them into replies and buttons.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import re

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes, MessageHandler, filters

from bot.field import people
from bot.field.areas_csv import AreaCsvError, decode, import_areas
from bot.i18n import N_, Translator, format_date
from bot.field.measures import CatalogueError, active_measures, ensure_catalogue, import_catalogue, refresh_links
from bot.field.people import Area, Person
from bot.field.reports import looks_like_phone
from bot.services import services
from handlers.common import id_from, reply, tr, user_lang
from knowledge.text import clean_text, fold, normalize

log = logging.getLogger(__name__)

COMMANDS = [
    ("whoami", N_("Your role and area")),
    ("invite", N_("Invite a collaborator or manager")),
    ("users", N_("People in your area")),
    ("areas", N_("Wards and communes")),
    ("measures", N_("What can be reported")),
]

ROLE_NAMES = {people.ADMIN: N_("admin"), people.MANAGER: N_("manager"), people.COLLABORATOR: N_("collaborator")}
ROLE_ALIASES = {
    "collaborator": people.COLLABORATOR, "ctv": people.COLLABORATOR, "congtacvien": people.COLLABORATOR,
    "cong tac vien": people.COLLABORATOR, "manager": people.MANAGER, "quanly": people.MANAGER,
    "quan ly": people.MANAGER, "admin": people.ADMIN,
}
MAX_BUTTONS = 40
MAX_UPLOAD_BYTES = 1_000_000
INVITE_ERRORS = {
    "unknown": N_("This invite code is not valid. Ask your manager for a new link."),
    "used": N_("This invite link has already been used. Ask your manager for a new one."),
    "expired": N_("This invite link has expired. Ask your manager for a new one."),
    "revoked": N_("This invite link is no longer valid: whoever made it can no longer invite for this place. "
                  "Ask your manager for a new one."),
}
AREA_PROBLEMS = {
    "missing_city": N_("the city is missing"), "missing_district": N_("the district is missing"),
    "missing_name": N_("the ward/commune name is missing"), "too_long_city": N_("the city name is too long"),
    "too_long_district": N_("the district name is too long"), "too_long_name": N_("the ward/commune name is too long"),
    "invalid_city": N_("the city name is not valid"), "invalid_district": N_("the district name is not valid"),
    "invalid_name": N_("the ward/commune name is not valid"), "duplicate": N_("same as line {detail}"),
    "unknown_city": N_("no ward or commune of this city has been added yet (/areas)"),
    "unknown_district": N_("no ward or commune of this district has been added yet (/areas)"),
    "missing_columns": N_("missing columns: {detail}"), "empty": N_("no data"), "too_large": N_("file too large"),
    "too_many": N_("more than {detail} lines"), "not_utf8": N_("the file is not UTF-8 text"),
    "bad_csv": N_("not a CSV line"), "bad_key": N_("bad key {detail}"), "duplicate_key": N_("key {detail} repeated"),
    "missing_name_measure": N_("a name is missing"), "bad_kind": N_("kind must be count or rate"),
    "bad_period": N_("period must be week or month"), "bad_number": N_("not a whole number: {detail}"),
    "missing_rate_labels": N_("a rate needs numerator and denominator names"), "too_long": N_("text too long: {detail}"),
    "kind_changed": N_("{detail} already has reports: its kind (count or rate) cannot change"),
    "period_changed": N_("{detail} already has reports: its period (week or month) cannot change"),
}


# -- who is asking -----------------------------------------------------------------------
def person_of(update: Update, context: ContextTypes.DEFAULT_TYPE) -> Person | None:
    """The registered person behind the update (admins from ADMIN_IDS always), else None."""
    user = update.effective_user
    if user is None:
        return None
    svc = services(context)
    person = people.get_person(svc.db, user.id, svc.settings.admin_ids)
    return people.refresh_profile(svc.db, person, user.full_name, user.username) if person else None


async def not_registered(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    _ = tr(update, context)
    if update.callback_query is not None:
        await update.callback_query.answer()
    await reply(update, context, _("You are not registered. Ask your manager for an invite link, "
                                   "then open it to register."))


async def not_allowed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    _ = tr(update, context)
    if update.callback_query is not None:
        await update.callback_query.answer()
    await reply(update, context, _("You are not allowed to do this."))


async def in_private_chat(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Whether the update comes from a private chat; else says to send it there. People's
    names and invite links (anyone who sees one can take it) never go to a group."""
    chat = update.effective_chat
    if chat is not None and chat.type == ChatType.PRIVATE:
        return True
    _ = tr(update, context)
    await reply(update, context, _("This shows people's names or an invite link: please send it to me "
                                   "in a private chat."))
    return False


def role_name(_: Translator, role: str) -> str:
    return _(ROLE_NAMES.get(role, role))


def scope_text(_: Translator, db, person: Person) -> str:
    """"Phường Láng Hạ, Đống Đa, Hà Nội", "quận Đống Đa, Hà Nội", "all areas"."""
    if person.is_admin:
        return _("all areas")
    if person.is_collaborator:
        area = people.get_area(db, person.area_id)
        return html.escape(area.label()) if area else _("no area")
    if person.district:
        return html.escape(f"{person.district}, {person.city}")
    return html.escape(person.city or "")


def problem_lines(_: Translator, errors: list[tuple[int, str, str]], limit: int = 15) -> str:
    lines = []
    for line, code, detail in errors[:limit]:
        text = _(AREA_PROBLEMS.get(code, code), detail=html.escape(detail))
        lines.append(_("line {line}: {problem}", line=line, problem=text) if line else text)
    if len(errors) > limit:
        lines.append(_("… and {n} more", n=len(errors) - limit))
    return "\n".join(lines)


# -- /start <code> -------------------------------------------------------------------------
async def start_with_code(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Register the user with the invite code from a deep link."""
    _ = tr(update, context)
    svc = services(context)
    user = update.effective_user
    code = (context.args or [""])[0]
    if not await in_private_chat(update, context):
        return
    try:
        person = people.redeem_invite(
            svc.db, code, user.id, display_name=user.full_name, username=user.username,
            language=user.language_code, admin_ids=svc.settings.admin_ids,
        )
    except people.InviteError as error:
        current = person_of(update, context)
        if error.code == "registered" and current is not None:
            await reply(update, context, _("You are already registered as {role} for {scope}. This invite cannot "
                                           "change that: ask whoever manages you, or an admin, for a new link.",
                                           role=role_name(_, current.role), scope=scope_text(_, svc.db, current)))
            return
        await reply(update, context, _(INVITE_ERRORS.get(error.code, INVITE_ERRORS["unknown"])))
        return
    name = html.escape(people.clean_name(user.first_name))
    role, scope = role_name(_, person.role), scope_text(_, svc.db, person)
    text = (_("Welcome, {name}! You are registered as {role} for {scope}.", name=name, role=role, scope=scope) if name
            else _("Welcome! You are registered as {role} for {scope}.", role=role, scope=scope))
    if person.is_collaborator:
        text += "\n" + _("Send /report to submit this period's counts. Only numbers are collected, never a child's name.")
    elif person.is_manager:
        # a manager reads the area's reports; /help lists the rest for their role
        text += "\n" + _("Send /digest for the weekly digest of your area and /subscribe to receive it every week. "
                          "/help lists everything you can do.")
    await reply(update, context, text)


# -- /whoami ---------------------------------------------------------------------------------
async def whoami(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the user's role and area."""
    _ = tr(update, context)
    person = person_of(update, context)
    if person is None:
        await not_registered(update, context)
        return
    await reply(update, context, _("You are {role} for {scope}.", role=role_name(_, person.role),
                                   scope=scope_text(_, services(context).db, person)))


# -- /users ----------------------------------------------------------------------------------
async def list_users(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the people in the admin's or manager's scope."""
    _ = tr(update, context)
    if not await in_private_chat(update, context):
        return
    person = person_of(update, context)
    if person is None:
        await not_registered(update, context)
        return
    if not people.can_list_users(person):
        await not_allowed(update, context)
        return
    svc = services(context)
    found = people.users_in_scope(svc.db, person, svc.settings.admin_ids)
    if not found:
        await reply(update, context, _("Nobody is registered in your area yet. Invite people with /invite."))
        return
    lines = [_("People registered ({n}):", n=len(found))]
    for other in found:
        name = html.escape(other.display_name or str(other.id))
        if other.username:
            name += f" (@{html.escape(other.username)})"
        lines.append(f"• {name} — {role_name(_, other.role)}, {scope_text(_, svc.db, other)}")
    await reply(update, context, "\n".join(lines))


# -- /invite -----------------------------------------------------------------------------------
def _parse_role(text: str) -> str | None:
    return ROLE_ALIASES.get(normalize(text))


async def _inviter(update: Update, context: ContextTypes.DEFAULT_TYPE) -> Person | None:
    """The admin or manager asking to invite, in a private chat (an invite link shown in a
    group could be used by anyone there); None after telling anyone else why not."""
    if not await in_private_chat(update, context):
        return None
    person = person_of(update, context)
    if person is None:
        await not_registered(update, context)
        return None
    if not (person.is_admin or person.is_manager):
        await not_allowed(update, context)
        return None
    return person


async def invite(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``/invite`` (guided with buttons), ``/invite collaborator <area>`` or
    ``/invite manager <city> | <district>``."""
    _ = tr(update, context)
    person = await _inviter(update, context)
    if person is None:
        return
    db = services(context).db
    text = clean_text(" ".join(context.args or []))[:300]
    if not text.strip():
        buttons = [[(_("Collaborator"), "inv:r:collaborator"), (_("Manager"), "inv:r:manager")]]
        await reply(update, context, _("Whom do you want to invite?"), buttons)
        return
    head, _sep, rest = text.strip().partition(" ")
    role = _parse_role(head)
    if role is None:
        # "cong tac vien Phường X": a role in two or three words
        for words in (3, 2):
            parts = text.split()
            role = _parse_role(" ".join(parts[:words]))
            if role:
                rest = " ".join(parts[words:])
                break
    if role == people.COLLABORATOR:
        scope = people.areas_in_scope(db, person)
        matches = people.find_areas(db, rest, within=scope) if rest.strip() and not looks_like_phone(rest) else []
        if len(matches) == 1:
            await _send_invite(update, context, person, people.COLLABORATOR, area_id=matches[0].id)
        elif matches:
            await reply(update, context, _("Several areas match. Which one?"), _area_buttons(matches, "inv:a"))
        else:  # never echoed: the text may hold a name or phone number the filter did not catch
            await reply(update, context, _("No ward or commune in your scope matches what you wrote. "
                                           "Send /invite to choose from a list."))
        return
    if role == people.MANAGER:
        city, _sep, district = rest.partition("|")
        await _send_invite(update, context, person, people.MANAGER, city=city.strip(), district=district.strip() or None)
        return
    await reply(update, context, _("Write /invite collaborator <i>ward name</i>, "
                                   "/invite manager <i>city</i> | <i>district</i>, "
                                   "or just /invite to choose with buttons."))


def _area_buttons(areas: list[Area], prefix: str, label=lambda a: a.name) -> list[list[tuple[str, str]]]:
    buttons = [(label(a), f"{prefix}:{a.id}") for a in areas[:MAX_BUTTONS]]
    return [buttons[i:i + 2] for i in range(0, len(buttons), 2)]


def _districts(areas: list[Area]) -> list[Area]:
    """One representative area per (city, district), in order."""
    seen, result = set(), []
    for area in areas:
        key = (area.city, area.district)
        if key not in seen:
            seen.add(key)
            result.append(area)
    return result


def _cities(areas: list[Area]) -> list[Area]:
    seen, result = set(), []
    for area in areas:
        if area.city not in seen:
            seen.add(area.city)
            result.append(area)
    return result


async def invite_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The guided /invite: role, then district and area (or city and district for a manager)."""
    query = update.callback_query
    await query.answer()
    _ = tr(update, context)
    person = await _inviter(update, context)
    if person is None:
        return
    db = services(context).db
    scope = people.areas_in_scope(db, person)
    parts = (query.data or "").split(":")
    step, value = parts[1], parts[2] if len(parts) > 2 else ""
    anchor = people.get_area(db, id_from(value))
    if step in ("cd", "a", "mc", "md", "mw") and (anchor is None or not people.in_scope(person, anchor)):
        await reply(update, context, _("That area is not in your scope."), edit=True)
        return
    if step == "r" and value == people.COLLABORATOR:
        if not scope:
            await reply(update, context, _("There are no wards or communes yet. An admin adds them with /areas."), edit=True)
            return
        districts = _districts(scope)
        if len(districts) > 1:
            await reply(update, context, _("Which district?"),
                        _area_buttons(districts, "inv:cd", lambda a: f"{a.district}, {a.city}"), edit=True)
        else:
            await reply(update, context, _("Which ward or commune?"), _area_buttons(scope, "inv:a"), edit=True)
    elif step == "cd":
        areas = [a for a in scope if a.city == anchor.city and a.district == anchor.district]
        await reply(update, context, _("Which ward or commune?"), _area_buttons(areas, "inv:a"), edit=True)
    elif step == "a":
        await _send_invite(update, context, person, people.COLLABORATOR, area_id=anchor.id)
    elif step == "r" and value == people.MANAGER:
        if person.is_manager and person.district:
            await _send_invite(update, context, person, people.MANAGER, city=person.city, district=person.district)
        elif person.is_manager and scope:
            await _manager_districts(update, context, scope)
        elif len(_cities(scope)) > 1:
            await reply(update, context, _("Which city?"), _area_buttons(_cities(scope), "inv:mc", lambda a: a.city), edit=True)
        elif scope:
            await _manager_districts(update, context, scope)
        else:
            await reply(update, context, _("There are no wards or communes yet. An admin adds them with /areas."), edit=True)
    elif step == "mc":
        await _manager_districts(update, context, [a for a in scope if a.city == anchor.city])
    elif step == "md":
        await _send_invite(update, context, person, people.MANAGER, city=anchor.city, district=anchor.district)
    elif step == "mw":
        await _send_invite(update, context, person, people.MANAGER, city=anchor.city, district=None)
    else:
        await reply(update, context, _("This button is no longer active."))


PROVINCE, CITY = "province", "city"
_LEVEL_WORDS = ((r"tinh", PROVINCE), (r"thanh pho|tp\.?", CITY))


def level_word(plans, city: str) -> str | None:
    """Whether ``city`` is a province (``PROVINCE``) or a city (``CITY``) as the loaded plans
    write it ("… tỉnh Quảng Ninh …", "UBND thành phố Hà Nội"), else None. Read from the
    plans' titles and issuers, so a new plan needs no list of provinces."""
    name = fold(city or "").strip()
    if not name:
        return None
    for plan in plans:
        said = fold(f"{getattr(plan, 'title', '')} {getattr(plan, 'issuer', '')}")
        for pattern, level in _LEVEL_WORDS:
            if re.search(r"\b(?:" + pattern + r")\s+" + re.escape(name) + r"\b", said):
                return level
    return None


async def _manager_districts(update: Update, context: ContextTypes.DEFAULT_TYPE, areas: list[Area]) -> None:
    _ = tr(update, context)
    rows = _area_buttons(_districts(areas), "inv:md", lambda a: a.district)
    level = level_word([] if services(context).kb is None else services(context).kb.plans, areas[0].city)
    whole = {PROVINCE: _("The whole province"), CITY: _("The whole city")}.get(level, _("The whole province or city"))
    rows.append([(whole, f"inv:mw:{areas[0].id}")])
    await reply(update, context, _("A manager for which district?"), rows, edit=True)


async def _send_invite(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person, role: str, **scope) -> None:
    _ = tr(update, context)
    svc = services(context)
    try:
        created = people.create_invite(svc.db, person, role, **scope)
    except people.NotAllowed:
        await reply(update, context, _("You can only invite people into your own area."))
        return
    except people.PeopleError as error:
        await reply(update, context, _("The invite could not be made: {problem}.",
                                       problem=_(AREA_PROBLEMS.get(error.code, error.code), detail="")))
        return
    link = people.invite_link(context.bot.username, created.code)
    expires = dt.datetime.fromisoformat(created.expires_at).astimezone(svc.settings.tz).date()
    if role == people.COLLABORATOR:
        area = people.get_area(svc.db, created.area_id)
        whom = _("a collaborator of {area}", area=html.escape(area.label()))
    elif created.district:
        whom = _("a manager of {district}, {city}", district=html.escape(created.district), city=html.escape(created.city))
    else:
        whom = _("a manager of {city}", city=html.escape(created.city or ""))
    await reply(update, context, _("Invite for {whom}. Send this link to the person; it works once and until {date}:\n{link}",
                                   whom=whom, date=format_date(expires, user_lang(update, context)), link=link),
                edit=update.callback_query is not None)


# -- /areas ------------------------------------------------------------------------------------
async def areas(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``/areas`` lists the areas in scope; ``/areas add <city> | <district> | <name>`` (admin)."""
    _ = tr(update, context)
    person = person_of(update, context)
    if person is None:
        await not_registered(update, context)
        return
    db = services(context).db
    text = clean_text(" ".join(context.args or []))[:400]
    command, _sep, rest = text.strip().partition(" ")
    if command.lower() == "add":
        if not people.can_manage_areas(person):
            await not_allowed(update, context)
            return
        parts = [p.strip() for p in rest.split("|")]
        if len(parts) != 3:
            await reply(update, context, _("Write: /areas add <i>city</i> | <i>district</i> | <i>ward or commune</i>"))
            return
        try:
            area, created = people.add_area(db, *parts)
        except people.PeopleError as error:
            await reply(update, context, _("The area was not added: {problem}.", problem=_(AREA_PROBLEMS.get(error.code, error.code), detail="")))
            return
        message = _("Added {area}.", area=html.escape(area.label())) if created else \
            _("{area} is already in the list.", area=html.escape(area.label()))
        await reply(update, context, message)
        return
    if command.lower() == "import":
        await reply(update, context, _("Send the CSV file as a document with the caption /areas import. "
                                       "Columns: city, district, name."))
        return
    scope = people.areas_in_scope(db, person)
    if not scope:
        hint = _("An admin adds them with /areas add <i>city</i> | <i>district</i> | <i>ward or commune</i>, "
                 "or a CSV file.")
        await reply(update, context, _("No wards or communes yet.") + " " + hint)
        return
    lines = [_("Wards and communes ({n}):", n=len(scope))]
    current = None
    for area in scope:
        if (area.city, area.district) != current:
            current = (area.city, area.district)
            lines.append(f"<b>{html.escape(area.district)}, {html.escape(area.city)}</b>")
        lines.append(f"• {html.escape(area.name)}")
    await reply(update, context, "\n".join(lines))


async def _document_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str | None:
    """The uploaded document as text, or None after telling the user why not."""
    _ = tr(update, context)
    document = update.effective_message.document
    if document.file_size and document.file_size > MAX_UPLOAD_BYTES:
        await reply(update, context, _("The file is too large (at most 1 MB)."))
        return None
    file = await document.get_file()
    data = bytes(await file.download_as_bytearray())
    try:
        return decode(data)
    except AreaCsvError:
        await reply(update, context, _("The file must be a CSV in UTF-8 of at most 1 MB."))
        return None


async def _upload_text(update: Update, context: ContextTypes.DEFAULT_TYPE, allowed) -> str | None:
    """The uploaded CSV as text when the sender may import it (``allowed(person)``);
    otherwise None, after the refusal or the reason the file can't be read."""
    person = person_of(update, context)
    if not allowed(person):
        await (not_registered if person is None else not_allowed)(update, context)
        return None
    return await _document_text(update, context)


async def areas_upload(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A CSV document captioned ``/areas import``: add the areas (admin)."""
    _ = tr(update, context)
    text = await _upload_text(update, context, people.can_manage_areas)
    if text is None:
        return
    try:
        result = import_areas(services(context).db, text)
    except AreaCsvError as error:
        await reply(update, context, _("Nothing was imported. Please fix these lines and send the file again:")
                    + "\n" + problem_lines(_, error.errors))
        return
    await reply(update, context, _("Imported: {added} new areas, {existing} already known.",
                                   added=result.added, existing=result.existing))


# -- /measures ---------------------------------------------------------------------------------
async def measures(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the measures collaborators can report."""
    _ = tr(update, context)
    person = person_of(update, context)
    if person is None:
        await not_registered(update, context)
        return
    lang = user_lang(update, context)
    lines = [_("What can be reported:")]
    for measure in active_measures(services(context).db):
        period = _("weekly") if measure.period == "week" else _("monthly")
        kind = _("rate") if measure.is_rate else _("count")
        link = _(", indicator {n}.{m}", n=measure.indicator, m=measure.metric) if measure.indicator else ""
        lines.append(f"• {html.escape(measure.name(lang))} ({kind}, {period}{link}) <code>{measure.key}</code>")
    if people.can_manage_measures(person):
        lines.append(_("To replace the list, send a CSV with the same columns as bot/field/data/measures.csv "
                       "as a document with the caption /measures import."))
    await reply(update, context, "\n".join(lines))


async def measures_upload(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A CSV document captioned ``/measures import``: replace the catalogue (admin)."""
    _ = tr(update, context)
    text = await _upload_text(update, context, people.can_manage_measures)
    if text is None:
        return
    try:
        result = import_catalogue(services(context).db, text)
    except CatalogueError as error:
        errors = [(line, "missing_name_measure" if code == "missing_name" else code, detail)
                  for line, code, detail in error.errors]
        await reply(update, context, _("The list was not changed. Please fix these lines and send the file again:")
                    + "\n" + problem_lines(_, errors))
        return
    svc = services(context)
    refresh_links(svc.db, svc.kb)  # a changed description may point at another indicator now
    await reply(update, context, _("Measures updated: {added} new, {updated} changed, {retired} retired.",
                                   added=len(result.added), updated=len(result.updated), retired=len(result.retired)))


async def on_startup(application: Application) -> None:
    """Load the shipped measure catalogue when the table is empty or the file changed."""
    if ensure_catalogue(services(application).db):
        log.info("measure catalogue loaded from bot/field/data/measures.csv")


def register(application: Application) -> None:
    application.add_handler(CommandHandler("start", start_with_code, has_args=True))
    application.add_handler(CommandHandler("whoami", whoami))
    application.add_handler(CommandHandler("users", list_users))
    application.add_handler(CommandHandler("invite", invite))
    application.add_handler(CallbackQueryHandler(invite_button, pattern=r"^inv:"))
    application.add_handler(CommandHandler("areas", areas))
    application.add_handler(CommandHandler("measures", measures))
    application.add_handler(MessageHandler(
        filters.Document.ALL & filters.CaptionRegex(re.compile(r"^/areas(@\w+)?\s+import\b", re.I)), areas_upload))
    application.add_handler(MessageHandler(
        filters.Document.ALL & filters.CaptionRegex(re.compile(r"^/measures(@\w+)?\s+import\b", re.I)), measures_upload))
