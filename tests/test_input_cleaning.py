"""Invisible characters, odd spaces and dashes, and look-alike letters, at every text entry point.

A phone keyboard, a PDF or Excel put characters in text that the eye does not see: a
zero-width space inside "tiêu", a no-break space between "1" and "250", an en dash, an "Ɖ"
(U+0189) for "Đ". Each must change nothing. ``test_every_character_at_every_entry_point``
crosses every such character with every entry point, driving the real Application: a
question, a count, a ward name typed at /report or given to /areas add, a correction reason,
a row of an areas or a measures CSV. ``test_plan_text`` does the same for a plan file at
ingest. A cell passes when the dirty text gets exactly the reply (and stored rows) of the
clean text; every failing cell is reported at once.

Then privacy: a phone number split by any separator (spaces, dots, dashes of every kind,
invisible characters) is refused at every free-text step of /report, and no step echoes
text it refused.
"""

from __future__ import annotations

import itertools
import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bot.field import people, periods
from bot.field.measures import DEFAULT_CATALOGUE, get_measure
from bot.field.reports import save_report, sensitive_kind
from bot.i18n import gettext
from bot.launch.app import build_application
from bot.runtime.config import Settings
from bot.runtime.offline_request import OfflineRequest
from knowledge.text import clean_text
from tests.conftest import ADMIN_ID, BotHarness, stop_bot

COLLAB, MANAGER = 1001, 2001

# -- the characters ------------------------------------------------------------------------------
INVISIBLE = {  # Unicode category Cf: dropped
    "ZWSP": "\u200b", "ZWNJ": "\u200c", "ZWJ": "\u200d", "WORD_JOINER": "\u2060", "SOFT_HYPHEN": "\u00ad",
    "BOM": "\ufeff", "LRM": "\u200e", "RLM": "\u200f", "ALM": "\u061c", "LRE": "\u202a", "RLE": "\u202b",
    "PDF": "\u202c", "LRO": "\u202d", "RLO": "\u202e", "LRI": "\u2066", "RLI": "\u2067", "FSI": "\u2068",
    "PDI": "\u2069", "MONGOLIAN_VS": "\u180e",
}
SPACES = {  # category Zs: a plain space
    "NBSP": "\u00a0", "EN_SPACE": "\u2002", "EM_SPACE": "\u2003", "FIGURE_SPACE": "\u2007",
    "THIN_SPACE": "\u2009", "HAIR_SPACE": "\u200a", "NARROW_NBSP": "\u202f", "MATH_SPACE": "\u205f",
    "IDEOGRAPHIC_SPACE": "\u3000",
}
DASHES = {  # "-"
    "HYPHEN": "\u2010", "NB_HYPHEN": "\u2011", "FIGURE_DASH": "\u2012", "EN_DASH": "\u2013",
    "EM_DASH": "\u2014", "HORIZONTAL_BAR": "\u2015", "MINUS_SIGN": "\u2212",
}
LOOKALIKES = {  # the letter and the Vietnamese letter it stands for
    "AFRICAN_D": ("\u0189", "Đ"), "D_WITH_TAIL": ("\u0256", "đ"), "ETH_UPPER": ("\u00d0", "Đ"),
    "ETH_LOWER": ("\u00f0", "đ"),
}
CHARACTERS = ([(f"invisible {n}", "invisible", c) for n, c in INVISIBLE.items()]
              + [(f"space {n}", "space", c) for n, c in SPACES.items()]
              + [(f"dash {n}", "dash", c) for n, c in DASHES.items()]
              + [(f"look-alike {n}", "lookalike", c) for n, c in LOOKALIKES.items()])


def dirty(text: str, kind: str, char) -> str | None:
    """``text`` with ``char`` put where ``kind`` goes: an invisible character inside every
    word, the space, dash or look-alike in place of every plain one. None when ``text`` has
    no place for it."""
    if kind == "invisible":
        words = text.split(" ")
        return " ".join(w[:len(w) // 2] + char + w[len(w) // 2:] if len(w) >= 2 else w for w in words)
    if kind == "space":
        return text.replace(" ", char) if " " in text else None
    if kind == "dash":
        return text.replace("-", char) if "-" in text else None
    letter, meant = char
    return text.replace(meant, letter) if meant in text else None


def test_clean_text_undoes_every_character():
    for sample in ("Phường Đồng Tâm - khu đô thị", "chỉ tiêu 14 Hà Nội - năm 2025", "1 250"):
        for label, kind, char in CHARACTERS:
            text = dirty(sample, kind, char)
            if text is not None:
                assert sample == clean_text(text), label
    assert "" == clean_text(None)
    assert "é" == clean_text("e\u200b\u0301")  # NFC after the invisible character is gone


# -- the world: the real Application, serving uploaded files ------------------------------------------
WARD = ("Hà Nội", "Đống Đa", "Phường Đồng Tâm - khu đô thị")
REASON_TEXT = "Đếm trùng - nhập lại đúng số"


class FileServingRequest(OfflineRequest):
    """The in-process Bot API, also serving ``content`` as the bytes of any uploaded file."""

    content = b""

    async def do_request(self, url, method, request_data=None, **kwargs):
        if "/file/bot" in url:
            return 200, self.content
        return await super().do_request(url, method, request_data, **kwargs)


@dataclass
class World:
    bot: BotHarness
    failures: list[str] = field(default_factory=list)
    cells: int = 0

    def check(self, label: str, expected, actual) -> None:
        self.cells += 1
        if expected != actual:
            self.failures.append(f"{label}: expected {str(expected)[:160]!r}, got {str(actual)[:160]!r}")


@pytest.fixture
async def world(tmp_path, kb):
    request = FileServingRequest()
    application = build_application(Settings(database_path=tmp_path / "bot.db", admin_ids=frozenset({ADMIN_ID})),
                                    request=request, kb=kb)
    await application.initialize()
    await application.post_init(application)
    await application.start()
    bot = BotHarness(application, request)
    db = bot.db
    lang_ha, _ = people.add_area(db, "Hà Nội", "Đống Đa", "Phường Láng Hạ")
    people.add_area(db, *WARD)
    people.register_user(db, COLLAB, "collaborator", area_id=lang_ha.id, display_name="Lan")
    people.register_user(db, MANAGER, "manager", city="Hà Nội", display_name="Hùng")
    period = periods.choices("week", bot.settings.tz)[periods.LAST]
    save_report(db, measure=get_measure(db, "injuries"), area_id=lang_ha.id, period=period, figures={"value": 4},
                reporter_id=COLLAB)
    try:
        yield World(bot)
    finally:
        await stop_bot(bot)


def stored(db) -> dict[str, list]:
    """The rows a text entry point may write."""
    return {table: [tuple(row) for row in db.execute(f"select * from [{table}] order by 1").fetchall()]
            for table in ("areas", "reports", "report_audit", "measures")}


def last_text(calls) -> str:
    shown = [c.text for c in calls if c.method in ("sendMessage", "editMessageText", "answerCallbackQuery")]
    return shown[-1] if shown else ""


# -- the entry points: each sends one text and returns what the user saw and what was stored ---------
async def question(world: World, text: str):
    return last_text(await world.bot.chat(COLLAB).send(text)), None


async def count(world: World, text: str):
    chat = world.bot.chat(COLLAB)
    await chat.send("/report")
    await chat.press_data("rm:injuries")
    await chat.press_data("rp:this")
    shown = last_text(await chat.send(text))
    await chat.send("/cancel")
    return shown, stored(world.bot.db)


async def ward_at_report(world: World, text: str):
    chat = world.bot.chat(MANAGER, first_name="Hùng")
    await chat.send("/report")
    await chat.press_data("rm:injuries")
    await chat.press_data("rp:this")
    shown = last_text(await chat.send(text))
    await chat.send("/cancel")
    return shown, stored(world.bot.db)


async def ward_added(world: World, text: str):
    chat = world.bot.chat(ADMIN_ID, first_name="Admin")
    return last_text(await chat.send(f"/areas add {text}")), stored(world.bot.db)


async def reason(world: World, text: str):
    """A correction of the saved report, the reason typed, then Save: the stored audit row."""
    chat = world.bot.chat(COLLAB)
    await chat.send("/myreports")
    await chat.press("1")
    await chat.send("4")
    shown = last_text(await chat.send(text))
    await chat.press_data("rs:save")
    audit = world.bot.db.execute("select reason from report_audit order by id desc limit 1").fetchone()[0]
    return shown, audit


async def upload(world: World, caption: str, text: str):
    world.bot.request.content = text.encode("utf-8")
    chat = world.bot.chat(ADMIN_ID, first_name="Admin")
    document = {"file_id": "doc", "file_unique_id": "d", "file_name": "data.csv", "file_size": len(text.encode())}
    return last_text(await chat.process(chat.message_update(document=document, caption=caption))), stored(world.bot.db)


async def areas_csv(world: World, text: str):
    return await upload(world, "/areas import", text)


async def measures_csv(world: World, text: str):
    return await upload(world, "/measures import", text)


AREAS_FILE = "city,district,name\n" + ",".join(WARD) + "\nHà Nội,Đống Đa,Phường Láng Hạ\n"
ENTRY_POINTS = {
    # entry point: (send one text, the clean texts, what the clean reply must show)
    "question": (question, {"chỉ tiêu 14 Hà Nội do sở nào chủ trì": "Chỉ tiêu 14",
                            "hạn báo cáo năm Điện Biên Phủ - đơn vị nào": "Điện Biên Phủ"}),
    "count": (count, {"12": "12", "1 250": "1.250", "-3": gettext("vi", "The number cannot be negative.")}),
    "ward name at /report": (ward_at_report, {WARD[2]: WARD[2]}),
    "ward name in /areas add": (ward_added, {" | ".join(WARD): WARD[2]}),
    "reason": (reason, {REASON_TEXT: REASON_TEXT}),
    "areas CSV row": (areas_csv, {AREAS_FILE: gettext("vi", "Imported: {added} new areas, {existing} already known.",
                                                      added=0, existing=2)}),
    "measures CSV": (measures_csv, {DEFAULT_CATALOGUE.read_text(encoding="utf-8"): "0"}),
}


@pytest.mark.parametrize("entry", ENTRY_POINTS)
async def test_every_character_at_every_entry_point(world, caplog, entry):
    """Each invisible character, space, dash and look-alike × this entry point: the same reply
    and the same stored rows as the clean text, and nothing logged at ERROR."""
    caplog.set_level(logging.ERROR)
    send, samples = ENTRY_POINTS[entry]
    for clean, must_show in samples.items():
        expected = await send(world, clean)
        assert must_show in expected[0], f"the clean text {clean[:40]!r} did not get its reply: {expected[0][:200]!r}"
        for label, kind, char in CHARACTERS:
            text = dirty(clean, kind, char)
            if text is not None:
                world.check(f"{entry} {clean[:30]!r} with {label}", expected, await send(world, text))
    assert world.cells > 0
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert [] == errors
    if world.failures:
        pytest.fail(f"{len(world.failures)} of {world.cells} cells failed:\n" + "\n".join(world.failures), pytrace=False)


def mixed(text: str, kind: str) -> str:
    """``text`` with every character of ``kind`` in turn, each where ``dirty`` puts one: a
    plan file is long, so one file carries them all (one ingest per kind, not per character)."""
    chars = {"invisible": INVISIBLE, "space": SPACES, "dash": DASHES}.get(kind)
    if chars is None:  # look-alikes: each Đ and đ replaced by its look-alikes in turn
        upper = itertools.cycle(c for c, meant in LOOKALIKES.values() if meant == "Đ")
        lower = itertools.cycle(c for c, meant in LOOKALIKES.values() if meant == "đ")
        return re.sub("[Đđ]", lambda m: next(upper) if m.group() == "Đ" else next(lower), text)
    cycle = itertools.cycle(chars.values())
    if kind == "invisible":
        return re.sub(r"\w{2,}", lambda m: m.group()[:1] + next(cycle) + m.group()[1:], text)
    return re.sub(" " if kind == "space" else "-", lambda m: next(cycle), text)


def test_plan_text(tmp_path, suite_plans_dir):
    """A plan file holding any of the characters is read exactly as the clean file."""
    from knowledge.ingest import ingest_files

    def read(folder: Path, text: str) -> dict:
        folder.mkdir()
        path = folder / "dienbienphu-bvte-2021-2025.txt"
        path.write_text(text, encoding="utf-8")
        [plan] = ingest_files([path])
        data = plan.to_dict()
        data.pop("source_sha256")
        return data

    clean = (suite_plans_dir / "dienbienphu-bvte-2021-2025.txt").read_text(encoding="utf-8")
    expected = read(tmp_path / "clean", clean)
    assert "Điện Biên Phủ" == expected["locality"]
    failures = []
    for kind in ("invisible", "space", "dash", "lookalike"):
        text = mixed(clean, kind)
        assert text != clean
        actual = read(tmp_path / kind, text)
        if actual != expected:
            failures.append(f"{kind}: {sorted(k for k in expected if expected[k] != actual.get(k))}")
    assert [] == failures


# -- privacy: phone numbers with every separator, and nothing refused is echoed -------------------------
SEPARATORS = {"none": "", "space": " ", "dot": ".", "hyphen": "-", "slash": "/", "underscore": "_",
              **INVISIBLE, **SPACES, **DASHES}
PHONES = ("0912{s}345{s}678", "+84{s}912{s}345{s}678", "024{s}3352{s}5662", "(024){s}3352{s}5662")


@pytest.mark.parametrize("separator", SEPARATORS)
def test_phone_filter_with_every_separator(separator):
    for phone in PHONES:
        assert "phone" == sensitive_kind(phone.format(s=SEPARATORS[separator])), phone
        assert "phone" == sensitive_kind("gọi " + phone.format(s=SEPARATORS[separator]) + " nhé"), phone


def test_numbers_that_are_not_phones():
    for text in ("12", "1 250", "2025", "chỉ tiêu 14 năm 2025 đạt 98,5%", "0 1 2 3", "1.000.000"):
        assert sensitive_kind(text) is None, text


SENSITIVE = gettext("vi", "⚠️ Only counts are collected. Please do not send names or phone numbers of children "
                          "or families — what you typed was not stored.")


async def to_measure(chat):
    await chat.send("/report")


async def to_value(chat):
    await chat.send("/report")
    await chat.press_data("rm:injuries")
    await chat.press_data("rp:this")


async def to_reason(chat):
    await chat.send("/myreports")
    await chat.press("1")
    await chat.send("4")


STEPS = {"measure": (COLLAB, to_measure), "count": (COLLAB, to_value), "reason": (COLLAB, to_reason)}


@pytest.mark.parametrize("step", STEPS)
async def test_phone_refused_at_every_free_text_step(world, step):
    """Every separator: the privacy warning, the number not echoed, nothing stored."""
    user, walk = STEPS[step]
    chat = world.bot.chat(user)
    before = stored(world.bot.db)
    for name, separator in SEPARATORS.items():
        phone = PHONES[0].format(s=separator)
        await walk(chat)
        calls = await chat.send(phone)
        shown = "\n".join(c.text for c in calls)
        world.check(f"{step} ← phone split by {name}: warned", True, SENSITIVE in shown)
        world.check(f"{step} ← phone split by {name}: not echoed", False, "345" in shown)
        await chat.send("/cancel")
    world.check(f"{step}: nothing stored", before, stored(world.bot.db))
    if world.failures:
        pytest.fail(f"{len(world.failures)} of {world.cells} cells failed:\n" + "\n".join(world.failures), pytrace=False)


@pytest.mark.parametrize("text", ["Nguyễn Văn An", "cháu Trần Thị Bình bị ngã", "0912\u200b345\u200b678",
                                  "qwerty zzz", "Lê\u00a0Văn\u00a0Tám"])
async def test_no_step_echoes_what_it_refused(world, text):
    """The measure step (collaborator), the ward step (manager) and /invite (admin): text
    that matches nothing is refused without being repeated, whatever it is."""
    words = [w for w in clean_text(text).replace("\u200b", " ").split() if len(w) > 2]
    for user, walk in ((COLLAB, to_measure), (MANAGER, None), (ADMIN_ID, None)):
        chat = world.bot.chat(user, first_name="Hùng" if user == MANAGER else "Lan")
        if user == MANAGER:
            await chat.send("/report")
            await chat.press_data("rm:injuries")
            await chat.press_data("rp:this")  # two wards in scope: the bot asks which
            calls = await chat.send(text)
        elif user == ADMIN_ID:
            calls = await chat.send(f"/invite collaborator {text}")
        else:
            await walk(chat)
            calls = await chat.send(text)
        shown = "\n".join(c.text for c in calls)
        assert shown, (user, text)
        assert [] == [w for w in words if w in shown], (user, shown)
        if user == COLLAB and sensitive_kind(text):
            assert SENSITIVE in shown
        await chat.send("/cancel")


def test_ask_jsonl_reads_invisible_characters(kb_db_path, monkeypatch):
    """The ask CLI: a question with invisible characters gets the clean question's reply."""
    from click.testing import CliRunner

    from bot.cli import cli

    monkeypatch.setenv("DATABASE_PATH", str(kb_db_path))
    clean = "hạn báo cáo năm Điện Biên Phủ - đơn vị nào"
    lines = [clean] + [dirty(clean, kind, char) for _label, kind, char in CHARACTERS]
    result = CliRunner().invoke(cli, ["ask", "--jsonl"], input="\n".join(lines) + "\n")
    assert 0 == result.exit_code, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert len(lines) == len(rows)
    assert [rows[0]["text"]] * len(rows) == [r["text"] for r in rows]


async def test_registration_with_invisible_characters(world):
    """An invite code pasted with an invisible character still registers the user, and the
    Telegram name is stored without it (no bidi mark to disguise a name in /users)."""
    db = world.bot.db
    area = people.find_areas(db, WARD[2])[0]
    admin = people.get_person(db, ADMIN_ID, {ADMIN_ID})
    welcome = gettext("vi", "Welcome, {name}! You are registered as {role} for {scope}.",
                      name="Hoa", role=gettext("vi", "collaborator"), scope=area.label())
    for user_id, (label, kind, char) in enumerate((c for c in CHARACTERS if c[1] == "invisible"), 5001):
        invite = people.create_invite(db, admin, "collaborator", area_id=area.id)
        chat = world.bot.chat(user_id, first_name=f"Ho{char}a")
        shown = last_text(await chat.send(f"/start {dirty(invite.code, kind, char)}"))
        registered = people.get_person(db, user_id)
        world.check(f"/start code with {label}", (True, "Hoa", area.id),
                    (welcome in shown, registered and registered.display_name, registered and registered.area_id))
    if world.failures:
        pytest.fail(f"{len(world.failures)} of {world.cells} cells failed:\n" + "\n".join(world.failures), pytrace=False)
