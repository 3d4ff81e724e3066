"""Bad input of every kind, from every kind of user, against every command and button.

The brief's standard: bad input (empty, huge, emoji, SQL, wrong numbers, unknown commands,
a user with no rights) gets a clear reply, never a traceback, and never corrupts stored
data; rights are checked on every command that reads or writes field data.

The matrix is the product of

- every command of the menu (``handlers.all_commands()``, so a new command is covered
  without touching this file), the sub-commands that take free text, ``/start`` with junk
  invite codes and unknown commands;
- the hostile arguments of ``PAYLOADS``;
- the callback-data prefixes that the registered ``CallbackQueryHandler`` patterns accept
  (read from the Application, so a new button is covered too) with hostile data;
- five roles: a stranger, a collaborator, a manager of another city, a manager, an admin.

Every cell is checked the same way (``check_cell``): the bot answered, no reply is the
generic error message, nothing was logged at ERROR, the field-data tables changed only
where the cell's design allows it, and a role that must be refused got the refusal.
Setup is shared per (role, command): one Application, cells in a loop, and every failing
cell reported at once.
"""

from __future__ import annotations

import hashlib
import logging
import re
import sqlite3
from dataclasses import dataclass, field

import pytest
from telegram.ext import CallbackQueryHandler, ConversationHandler

import handlers
from bot.field import people, periods
from bot.launch.app import build_application
from bot.runtime.config import Settings
from bot.i18n import gettext
from bot.field.measures import get_measure
from bot.field.reports import save_report
from bot.runtime.offline_request import OfflineRequest
from tests.conftest import ADMIN_ID, BotHarness, stop_bot

STRANGER, COLLAB, COLLAB_KIM_MA, MANAGER, OTHER_MANAGER = 5555, 1001, 1002, 2001, 3001
ROLES = {
    "stranger": STRANGER,
    "collaborator": COLLAB,
    "other_city_manager": OTHER_MANAGER,
    "manager": MANAGER,
    "admin": ADMIN_ID,
}
# Each chat's Telegram name is the name the world registered (the bot keeps it current).
NAMES = {"stranger": "Lan", "collaborator": "Lan", "other_city_manager": "Hoa", "manager": "Hùng", "admin": "Admin"}

PAYLOADS = {
    "none": None,
    "blank": "   ",
    "huge": "chỉ tiêu " + "x" * 4991,
    "emoji": "😀🎉👶🏽🇻🇳",
    "sql_drop": "'; DROP TABLE reports; --",
    "sql_or": "1 OR 1=1",
    "html_open": "<b>",
    "html_close": "</i>",
    "ampersand": "&",
    "markdown": "*_[`",
    "minus_one": "-1",
    "ten_to_12": str(10**12),
    "exponent": "1e9",
    "decimal_comma": "3,5",
    "nan": "NaN",
    "rtl_mark": "\u200f",
    "zero_width_joiner": "\u200d",
    "combining_alone": "\u0301\u0323",
    "feb_31": "31/02/2026",
}
# Managers and admins get every command with a handful of these (their rights are the
# interesting part); strangers and collaborators get them all.
FEW = ("none", "huge", "sql_drop", "html_open", "combining_alone", "feb_31")

# Commands whose free text goes somewhere specific: the payload is put after these words.
SUB_FORMS = {
    "invite": ("collaborator {p}", "manager {p}", "manager Hà Nội | {p}", "collaborator Láng Hạ"),
    "areas": ("add {p} | {p} | {p}", "add Hà Nội | Đống Đa | {p}", "import {p}"),
    "digest": ("last {p}", "Hà Nội", "Đà Nẵng"),
    "subscribe": ("Hà Nội",),
    "export": ("01/01/2026 {p}", "{p} 31/12/2026", "01/01/2026 31/01/2026 Hà Nội"),
}
START_CODES = ("AAAAAAAAAAAA", "a" * 65, "../../etc/passwd", "%00", "x'--")
UNKNOWN_COMMANDS = ("/xyz", "/report@other_bot", "/REPORT_", "/", "/😀", "/" + "a" * 300)

# Callback data after a prefix: ids that do not exist, do not fit in SQLite's integer,
# are digits for str.isdigit() but not for int(), and the usual junk.
CALLBACK_PAYLOADS = ("", "-1", "0", "99999999999999999999", "²", "١٢", ":", "a:b:c",
                     "'; DROP TABLE reports; --", "😀", "<b>", "x" * 60, "cancel", "yes")

FIELD_TABLES = ("reports", "report_audit", "users", "areas", "invites", "measures", "subscriptions")
GENERIC_ERROR = gettext("vi", "Sorry, something went wrong. Please try again in a moment.")
NOT_REGISTERED = gettext("vi", "You are not registered. Ask your manager for an invite link, then open it to register.")
NOT_ALLOWED = gettext("vi", "You are not allowed to do this.")
DIGEST_REFUSED = gettext("vi", "Digests and exports are for managers and admins. "
                               "Ask your manager for an invitation if you need them.")
OTHER_SCOPE = gettext("vi", "You can only see the figures of {scope}.").split("{")[0]
NOT_IN_SCOPE = gettext("vi", "That area is not in your scope.")
NO_REMINDERS = gettext("vi", "You cannot send reminders for this area.")
INVITE_OUTSIDE = gettext("vi", "You can only invite people into your own area.")
NO_AREA_MATCH = gettext("vi", "No ward or commune in your scope matches what you wrote. "
                              "Send /invite to choose from a list.")
INVITE_UNKNOWN = gettext("vi", "This invite code is not valid. Ask your manager for a new link.")
ANSWERED = {"sendMessage", "editMessageText", "editMessageReplyMarkup", "answerCallbackQuery", "sendPhoto",
            "sendDocument"}


# -- the world every cell runs in ---------------------------------------------------------------
class FileServingRequest(OfflineRequest):
    """The in-process Bot API, also serving ``content`` as the bytes of any uploaded file
    (as conftest's ``start_bot`` would, with that one addition)."""

    content = b""

    async def do_request(self, url, method, request_data=None, **kwargs):
        if "/file/bot" in url:
            return 200, self.content
        return await super().do_request(url, method, request_data, **kwargs)


@dataclass
class World:
    bot: object
    areas: dict[str, int]
    report_id: int
    failures: list[str] = field(default_factory=list)
    cells: int = 0


async def make_world(tmp_path, kb, kb_db_path) -> World:
    """Three wards in two cities, people of every role, a saved report, an open invite and a
    subscription; the knowledge base's own tables are in the same file, as in production."""
    path = tmp_path / "bot.db"
    source, target = sqlite3.connect(kb_db_path), sqlite3.connect(path)
    source.backup(target)
    source.close()
    target.close()
    request = FileServingRequest()
    application = build_application(Settings(database_path=path, admin_ids=frozenset({ADMIN_ID})),
                                    request=request, kb=kb)
    await application.initialize()
    await application.post_init(application)
    await application.start()
    bot = BotHarness(application, request)
    db = bot.db
    lang_ha, _ = people.add_area(db, "Hà Nội", "Đống Đa", "Phường Láng Hạ")
    kim_ma, _ = people.add_area(db, "Hà Nội", "Ba Đình", "Phường Kim Mã")
    hai_chau, _ = people.add_area(db, "Đà Nẵng", "Hải Châu", "Phường Hải Châu I")
    people.register_user(db, COLLAB, "collaborator", area_id=lang_ha.id, display_name="Lan")
    people.register_user(db, COLLAB_KIM_MA, "collaborator", area_id=kim_ma.id, display_name="Minh")
    people.register_user(db, MANAGER, "manager", city="Hà Nội", display_name="Hùng")
    people.register_user(db, OTHER_MANAGER, "manager", city="Đà Nẵng", display_name="Hoa")
    people.create_invite(db, people.get_person(db, ADMIN_ID, {ADMIN_ID}), "collaborator", area_id=kim_ma.id)
    measure = get_measure(db, "injuries")
    period = periods.choices(measure.period, bot.settings.tz)[periods.LAST]
    report, _ = save_report(db, measure=measure, area_id=lang_ha.id, period=period, figures={"value": 4},
                            reporter_id=COLLAB)
    with db.conn:
        db["subscriptions"].insert({"user_id": MANAGER, "chat_id": MANAGER, "city": "Hà Nội", "district": None,
                                    "created_at": "2026-01-01T00:00:00+00:00"})
    return World(bot, {"lang_ha": lang_ha.id, "kim_ma": kim_ma.id, "hai_chau": hai_chau.id}, report.id)


@pytest.fixture
async def world(tmp_path, kb, kb_db_path):
    w = await make_world(tmp_path, kb, kb_db_path)
    try:
        yield w
    finally:
        await stop_bot(w.bot)


# -- snapshots ------------------------------------------------------------------------------------
def field_snapshot(db) -> dict[str, set[tuple]]:
    return {table: set(map(tuple, db.execute(f"select * from [{table}]").fetchall())) for table in FIELD_TABLES}


def kb_fingerprint(db) -> dict[str, str]:
    """One hash per knowledge-base table (thousands of rows: checked per test, not per cell)."""
    tables = [t for t in db.table_names() if t.startswith("kb_")]
    result = {}
    for table in tables:
        digest = hashlib.sha256()
        for row in db.execute(f"select * from [{table}] order by 1"):
            digest.update(repr(row).encode())
        result[table] = digest.hexdigest()
    return result


def valid_name(value) -> bool:
    return value is None or (0 < len(value) <= people.MAX_NAME_LENGTH and value == people.clean_name(value)
                             and any(ch.isalnum() for ch in value))


def data_problems(before: dict[str, set[tuple]], after: dict[str, set[tuple]], may_change: set[str],
                  db) -> list[str]:
    """What changed that the cell's design does not allow. Rows may be added to ``areas`` and
    ``invites`` (never altered or removed), and only with names an area may have."""
    problems = []
    for table in FIELD_TABLES:
        added, removed = after[table] - before[table], before[table] - after[table]
        if not added and not removed:
            continue
        if table not in may_change:
            problems.append(f"{table} changed: +{sorted(added)[:2]} -{sorted(removed)[:2]}")
        elif table in ("areas", "invites") and removed:
            problems.append(f"{table} rows altered or removed: {sorted(removed)[:2]}")
        elif table == "areas":
            problems += [f"area stored with a bad name: {row}" for row in added
                         if not all(valid_name(v) for v in row[1:4])]
        elif table == "invites":
            columns = [c.name for c in db["invites"].columns]
            for row in added:
                record = dict(zip(columns, row))
                if not (valid_name(record["city"]) and valid_name(record["district"])):
                    problems.append(f"invite stored for a bad place: {record['city']!r} / {record['district']!r}")
    return problems


# -- one cell -------------------------------------------------------------------------------------
async def check_cell(world: World, caplog, label: str, act, *, refusal: str | None = None,
                     may_change: frozenset[str] = frozenset()) -> None:
    """Run ``act`` (a coroutine function returning the bot's calls) and record what is wrong."""
    world.cells += 1
    db = world.bot.db
    before = field_snapshot(db)
    logged = len(caplog.records)
    try:
        calls = await act()
    except Exception as error:  # the Application itself should never raise
        world.failures.append(f"{label}: raised {error!r}")
        return
    texts = "\n".join(call.text for call in calls)
    errors = [r for r in caplog.records[logged:] if r.levelno >= logging.ERROR]
    problems = []
    if not any(call.method in ANSWERED for call in calls):
        problems.append("no answer")
    if GENERIC_ERROR in texts:
        problems.append("generic error message")
    if errors:
        problems.append(f"logged {errors[0].name}: {errors[0].getMessage()} {errors[0].exc_info and errors[0].exc_info[1]!r}")
    if refusal is not None and refusal not in texts:
        problems.append(f"not refused (expected {refusal[:40]!r}, got {texts[:120]!r})")
    problems += data_problems(before, field_snapshot(db), set(may_change), db)
    if problems:
        world.failures.append(f"{label}: " + "; ".join(problems))


def report_failures(world: World) -> None:
    assert world.cells > 0
    if world.failures:
        pytest.fail(f"{len(world.failures)} of {world.cells} cells failed:\n" + "\n".join(world.failures),
                    pytrace=False)


# -- what each cell expects ---------------------------------------------------------------------------
FIELD_COMMANDS_NEEDING_REGISTRATION = {"whoami", "users", "invite", "areas", "measures", "report", "baocao", "myreports"}
DIGEST_COMMANDS = {"digest", "subscribe", "export"}
# Commands that touch no one else's field data: /unsubscribe only removes the user's own row.
OPEN_COMMANDS = {"start", "help", "plan", "lang", "cancel", "unsubscribe"}
# Admins only (issue 11): everyone else gets a refusal.
ADMIN_COMMANDS = {"plans"}
ONLY_ADMINS = gettext("vi", "Only admins can add, publish or withdraw plans.")


def test_every_command_is_classified_for_rights():
    """A new command must be put in one of the sets above, so its refusals are asserted."""
    classified = FIELD_COMMANDS_NEEDING_REGISTRATION | DIGEST_COMMANDS | OPEN_COMMANDS | ADMIN_COMMANDS
    assert [] == [name for name, _description in handlers.all_commands() if name not in classified]


def command_refusal(role: str, command: str, args: str) -> str | None:
    """The refusal a role must get for ``/command args``; None where it may proceed."""
    words = args.split()
    if command in ADMIN_COMMANDS and role != "admin":
        return ONLY_ADMINS   # a stranger too: an invite link would not make them an admin
    if role == "stranger":
        if command in FIELD_COMMANDS_NEEDING_REGISTRATION:
            return NOT_REGISTERED
        if command in DIGEST_COMMANDS:
            return DIGEST_REFUSED
        return None
    if role == "collaborator":
        if command in ("users", "invite"):
            return NOT_ALLOWED
        if command in DIGEST_COMMANDS:
            return DIGEST_REFUSED
    if command == "areas" and words[:1] == ["add"] and role != "admin":
        return NOT_ALLOWED
    if role == "other_city_manager":
        if command in DIGEST_COMMANDS and "Hà Nội" in args:
            return OTHER_SCOPE
        if command == "invite" and args == "collaborator Láng Hạ":
            return NO_AREA_MATCH
        if command == "invite" and args.startswith("manager Hà Nội"):
            return INVITE_OUTSIDE
    return None


def command_may_change(role: str, command: str) -> frozenset[str]:
    """Tables a command may change by design for this role."""
    if command == "unsubscribe":
        return frozenset({"subscriptions"})
    if role in ("manager", "admin", "other_city_manager"):
        if command == "subscribe":
            return frozenset({"subscriptions"})
        if command == "invite":
            return frozenset({"invites"})
        if command == "areas" and role == "admin":
            return frozenset({"areas"})
    return frozenset()


def command_lines(command: str, payload_names) -> list[tuple[str, str]]:
    """``(label, args)`` for one command: each payload alone, then in each sub-form."""
    lines = []
    for name in payload_names:
        payload = PAYLOADS[name]
        lines.append((name, "" if payload is None else payload))
        for form in SUB_FORMS.get(command, ()):
            if "{p}" in form and payload is not None:
                lines.append((f"{form.split()[0]} {name}", form.replace("{p}", payload)))
    for form in SUB_FORMS.get(command, ()):
        if "{p}" not in form:
            lines.append((form, form))
    if command == "start":
        lines += [(f"code {code[:12]}", code) for code in START_CODES]
    return lines


COMMAND_NAMES = [name for name, _description in handlers.all_commands()]
CELLS = [(role, command) for role in ROLES for command in COMMAND_NAMES]


@pytest.mark.parametrize("role,command", CELLS, ids=[f"{r}-{c}" for r, c in CELLS])
async def test_every_command_with_hostile_arguments(world, caplog, role, command):
    """``/command <payload>`` for every payload (a few for managers and admins)."""
    caplog.set_level(logging.ERROR)
    chat = world.bot.chat(user_id=ROLES[role], first_name=NAMES[role])
    names = PAYLOADS if role in ("stranger", "collaborator") else FEW
    kb_before = kb_fingerprint(world.bot.db)
    for label, args in command_lines(command, names):
        text = f"/{command} {args}" if args else f"/{command}"
        refusal = command_refusal(role, command, args.strip())
        if command == "start" and args.split():  # /start <code>: a junk code is refused
            refusal = INVITE_UNKNOWN
        await check_cell(world, caplog, f"{text[:50]!r}", lambda: chat.send(text), refusal=refusal,
                         may_change=command_may_change(role, command))
    assert kb_before == kb_fingerprint(world.bot.db), "the knowledge base tables changed"
    report_failures(world)


@pytest.mark.parametrize("role", ROLES)
async def test_unknown_commands_and_stickers(world, caplog, role):
    caplog.set_level(logging.ERROR)
    chat = world.bot.chat(user_id=ROLES[role], first_name=NAMES[role])
    for command in UNKNOWN_COMMANDS:
        for name in FEW:
            payload = PAYLOADS[name]
            text = f"{command} {payload}" if payload else command
            await check_cell(world, caplog, f"{text[:50]!r}", lambda: chat.send(text))
    for name, payload in PAYLOADS.items():  # plain text: a question about the plans
        if payload is not None:
            await check_cell(world, caplog, f"text {name}", lambda: chat.send(payload))
    await check_cell(world, caplog, "sticker", chat.send_sticker)
    await check_cell(world, caplog, "photo", chat.send_photo)
    report_failures(world)


# -- buttons ------------------------------------------------------------------------------------------
def _callback_patterns(handler_list) -> list[str]:
    found = []
    for handler in handler_list:
        if isinstance(handler, ConversationHandler):
            nested = list(handler.entry_points) + list(handler.fallbacks)
            for state_handlers in handler.states.values():
                nested += list(state_handlers)
            found += _callback_patterns(nested)
        elif isinstance(handler, CallbackQueryHandler) and handler.pattern is not None:
            pattern = handler.pattern
            found.append(pattern.pattern if isinstance(pattern, re.Pattern) else str(pattern))
    return found


def callback_prefixes(application) -> list[str]:
    """The literal start of every registered callback pattern: ``^rf:\\d+$`` → ``rf:``."""
    prefixes = []
    for handler_list in application.handlers.values():
        for pattern in _callback_patterns(handler_list):
            literal = re.match(r"\^?((?:[\w:\-]|\\\W)*)", pattern).group(1).replace("\\", "")
            if literal and literal not in prefixes:
                prefixes.append(literal)
    return prefixes


def callback_refusal(role: str, data: str, world: World) -> str | None:
    """Presses that must be refused: a real report or area outside the role's rights."""
    lang_ha = str(world.areas["lang_ha"])
    if data == f"rf:{world.report_id}":
        return {"stranger": NOT_REGISTERED, "other_city_manager": NOT_ALLOWED}.get(role)
    if data == f"remind:{lang_ha}" and role in ("stranger", "collaborator", "other_city_manager"):
        return NO_REMINDERS
    if data.startswith("inv:"):
        if role == "stranger":
            return NOT_REGISTERED
        if role == "collaborator":
            return NOT_ALLOWED
        if role == "other_city_manager" and data in (f"inv:a:{lang_ha}", f"inv:cd:{lang_ha}", f"inv:md:{lang_ha}"):
            return NOT_IN_SCOPE
    if data == "report:start" and role == "stranger":
        return NOT_REGISTERED
    return None


def callback_may_change(role: str, data: str) -> frozenset[str]:
    if data.startswith("inv:") and role in ("manager", "admin", "other_city_manager"):
        return frozenset({"invites"})
    return frozenset()


def callback_data(prefix: str, world: World) -> list[str]:
    """Hostile data for one prefix, plus the real ids of someone else's report and area."""
    data = [prefix + payload for payload in CALLBACK_PAYLOADS]
    real = (str(world.report_id), str(world.areas["lang_ha"]), "r:collaborator", "r:manager",
            f"a:{world.areas['lang_ha']}", f"cd:{world.areas['lang_ha']}", f"md:{world.areas['lang_ha']}",
            "a:99999999999999999999", "a:²", "mc:-1")
    data += [prefix + value for value in real]
    return list(dict.fromkeys(data))


@pytest.mark.parametrize("role", ROLES)
async def test_every_button_with_hostile_data(world, caplog, role):
    """Presses outside any conversation: stale buttons, forged data, other people's ids."""
    caplog.set_level(logging.ERROR)
    chat = world.bot.chat(user_id=ROLES[role], first_name=NAMES[role])
    prefixes = callback_prefixes(world.bot.application) + ["zz:"]
    for expected in ("ex:", "sg:", "lang:", "plan:", "inv:", "rm:", "rp:", "ra:", "rd:", "rv:", "rr:", "rs:", "rf:",
                     "remind:", "report:start"):
        assert expected in prefixes
    for prefix in prefixes:
        for data in callback_data(prefix, world):
            if data.startswith("lang:") and data[5:] in ("vi", "en"):
                continue  # a real language switch: the refusals below are read in Vietnamese
            await check_cell(world, caplog, f"press {data[:50]!r}", lambda: chat.press_data(data),
                             refusal=callback_refusal(role, data, world), may_change=callback_may_change(role, data))
            await chat.send("/cancel")  # a forged press may have started a report: leave it
    report_failures(world)


# -- inside the /report conversation --------------------------------------------------------------
REPORTERS = ("collaborator", "manager", "admin")


async def to_step(chat, role: str, step: str, world: World) -> None:
    """Walk a /report to ``step`` (the question that takes typed text or the buttons of ``step``)."""
    await chat.send("/report")
    if step == "measure":
        return
    if step in ("numerator", "denominator"):
        await chat.press_data("rm:birth_registered_u5")
    else:
        await chat.press_data("rm:injuries")
    await chat.press_data("rp:this")
    if role != "collaborator":
        if step == "area":
            return
        await chat.press_data(f"ra:{world.areas['lang_ha']}")
    elif step == "area":
        return
    if step in ("value", "numerator"):
        return
    if step == "denominator":
        await chat.send("5")
        return
    await chat.send("7")
    if step == "summary":
        return
    if step == "confirm":
        await chat.press_data("rs:edit")
        await chat.send("900")  # far above the usual: "are you sure?"
        return


async def to_reason(chat) -> None:
    """A correction of the saved report, at the "why?" question."""
    await chat.send("/myreports")
    await chat.press("1")
    await chat.send("3")


def at_step(world: World, chat, step: str) -> bool:
    """Whether the user's report waits at ``step`` (so the matrix tests what it says)."""
    at = world.bot.application.user_data.get(chat.user_id, {}).get("report_draft", {}).get("at")
    if at != step:
        world.failures.append(f"could not walk the report to {step!r}: it is at {at!r}")
    return at == step


def report_steps(steps) -> list[tuple[str, str]]:
    """(step, role) pairs; a collaborator is never asked for the area (their own is taken)."""
    return [(step, role) for step in steps for role in REPORTERS if not (step == "area" and role == "collaborator")]


TYPED_STEPS = ("measure", "area", "value", "numerator", "denominator", "reason")


@pytest.mark.parametrize("step,role", report_steps(TYPED_STEPS))
async def test_typed_hostile_answers_at_every_report_step(world, caplog, role, step):
    """Each payload typed where the conversation waits for words or a number: nothing is
    stored, and the answer says what was wrong."""
    caplog.set_level(logging.ERROR)
    chat = world.bot.chat(user_id=ROLES[role], first_name=NAMES[role])
    for name, payload in PAYLOADS.items():
        if payload is None:
            continue
        if step == "reason":
            await to_reason(chat)
        else:
            await to_step(chat, role, step, world)
        if not at_step(world, chat, step):
            break
        await check_cell(world, caplog, f"{step} ← {name}", lambda: chat.send(payload))
        await chat.send("/cancel")
    report_failures(world)


BUTTON_STEPS = {"measure": "rm:", "area": "ra:", "summary": "rs:", "confirm": "rv:", "period": "rp:",
                "reason": "rr:", "duplicate": "rd:"}


@pytest.mark.parametrize("step,role", report_steps(BUTTON_STEPS))
async def test_forged_buttons_at_every_report_step(world, caplog, role, step):
    """Forged or stale data for every button prefix while a report waits at ``step``."""
    caplog.set_level(logging.ERROR)
    chat = world.bot.chat(user_id=ROLES[role], first_name=NAMES[role])
    for prefix in BUTTON_STEPS.values():
        for payload in CALLBACK_PAYLOADS:
            if step == "reason":
                await to_reason(chat)
            elif step == "period":
                await chat.send("/report")
                await chat.press_data("rm:injuries")
            elif step == "duplicate":
                await chat.send("/report")
                await chat.press_data("rm:injuries")
                await chat.press_data("rp:last")
                if role != "collaborator":
                    await chat.press_data(f"ra:{world.areas['lang_ha']}")
            else:
                await to_step(chat, role, step, world)
            if not at_step(world, chat, step):
                report_failures(world)
            data = prefix + payload
            await check_cell(world, caplog, f"{step} ← press {data[:40]!r}", lambda: chat.press_data(data))
            await chat.send("/cancel")
    report_failures(world)


# -- uploads ---------------------------------------------------------------------------------------
UPLOADS = {
    "empty": b"",
    "binary": bytes(range(256)) * 4,
    "latin1": "city,district,name\nHà Nội,Đống Đa,Phường X\n".encode("latin-1", "replace"),
    "header_only": b"city,district,name\n",
    "sql_names": "city,district,name\n'; DROP TABLE reports; --,1 OR 1=1,x'--\n".encode(),
    "junk_names": "city,district,name\n😀,<b>,\u200f\n*_[`,&,\u0301\u0323\n".encode(),
    "huge_field": ("city,district,name\nHà Nội,Đống Đa," + "x" * 5000 + "\n").encode(),
    "many_columns": (",".join(f"c{i}" for i in range(5000)) + "\n").encode(),
    "measure_junk": "key,name_vi,name_en,kind,period,indicator,metric\n'; DROP,😀,<b>,rate,day,NaN,1e9\n".encode(),
    "measure_numbers": "key,name_vi,name_en,kind,period,indicator,metric\nx,a,b,count,week,-1,99999999999999999999\n".encode(),
}


@pytest.mark.parametrize("role", ROLES)
async def test_hostile_csv_uploads(world, caplog, role):
    """Every kind of bad file, captioned /areas import or /measures import, from every role:
    only an admin may import, and a bad file changes nothing."""
    caplog.set_level(logging.ERROR)
    chat = world.bot.chat(user_id=ROLES[role], first_name=NAMES[role])
    for caption, table in (("/areas import", "areas"), ("/measures import", "measures")):
        for name, content in UPLOADS.items():
            world.bot.request.content = content
            document = {"file_id": f"doc-{name}", "file_unique_id": f"d-{name}", "file_name": f"{name}.csv",
                        "file_size": len(content)}
            refusal = {"stranger": NOT_REGISTERED, "admin": None}.get(role, NOT_ALLOWED)
            await check_cell(world, caplog, f"{caption} {name}",
                             lambda: chat.process(chat.message_update(document=document, caption=caption)),
                             refusal=refusal, may_change=frozenset({table} if role == "admin" else ()))
    report_failures(world)
