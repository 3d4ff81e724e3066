"""A confirmed report is written in its update's own transaction — the report, its audit
line, the update marked done in the inbox and the conversation ended, one commit — so a
kill at any moment can neither lose it nor store it twice.

End to end over HTTP (``python -m bot run`` against tests/botapi_server.py): the bot is
SIGKILLed while it is answering "Saved" — after its checks, before its commit — and
started again. At the kill nothing of that update is in the database; after the restart
the Save is handled again: one report, one audit line, the conversation ended, and the user
told "Saved" (at least once).
"""

from __future__ import annotations

import asyncio
import json
import sqlite3

from tests.botapi_server import (
    SAVED, RestartingBot, add_collaborators, inbox_rows, plain, settled, stored_reports,
)

USER = 2101
VALUE = 7


def _data(message) -> set[str]:
    return {button.get("callback_data") for row in message.buttons for button in row}


async def _to_the_summary(user):
    """``/report`` of one weekly count up to the message with the Save button."""
    message = await user.ask("/report")
    for _ in range(10):
        data = _data(message)
        if "rs:save" in data:
            return message
        if "rm:abuse_cases" in data:
            user.press_data("rm:abuse_cases", message)
        elif "rp:this" in data:
            user.press_data("rp:this", message)
        elif "rv:yes" in data:
            user.press_data("rv:yes", message)
        elif data == {"rs:cancel"}:
            user.send(str(VALUE))
        else:
            raise AssertionError(f"unexpected question: {message}")
        message = await user.reply()
    raise AssertionError("never reached the summary")


def _database_state(path) -> dict:
    with sqlite3.connect(path) as db:
        conversations = {tuple(json.loads(key)): json.loads(state) for key, state in db.execute(
            "select key, state from ptb_conversations where name = 'report'")}
        return {
            "reports": db.execute("select count(*) from reports").fetchone()[0],
            "audit": db.execute("select action from report_audit").fetchall(),
            "state": conversations.get((USER, USER)),
        }


def _saved_replies(server, since: int) -> list[str]:
    return [plain(str(call.params.get("text", ""))) for call in server.calls[since:]
            if call.method in ("sendMessage", "editMessageText") and call.params.get("chat_id") == USER
            and plain(str(call.params.get("text", ""))).startswith(SAVED)]


async def test_a_kill_while_saved_is_being_answered_stores_the_report_once(server, database, tmp_path):
    add_collaborators(database, [USER])
    user = server.user(USER, "Lan")
    bot = RestartingBot(server, database, tmp_path)
    await bot.start()
    try:
        summary = await _to_the_summary(user)
        await settled(database)
        server.hang_chat(USER)            # the bot's answer to Save gets no reply: it waits there
        since = len(server.calls)
        save = user.press_data("rs:save", summary)
        while not _saved_replies(server, since):
            await asyncio.sleep(0.02)
        # the bot has checked the report and is answering "Saved": its commit has not run
        assert {"reports": 0, "audit": [], "state": "summary"} == _database_state(database)
        assert save in inbox_rows(database)[1]                     # the Save is still unfinished

        bot.kill()                                                 # SIGKILL, right there
        server.release_chat(USER)
        await asyncio.sleep(0.2)
        server.drain(USER)
        since = len(server.calls)
        await bot.start()                                          # handles the unfinished Save first
        await server.messages_until(USER, lambda m: m.text.startswith(SAVED))
        await settled(database)
        assert 0 == await bot.stop()
    finally:
        bot.kill()
    assert _saved_replies(server, since)                           # told "Saved" after the restart
    assert [(USER, VALUE)] == stored_reports(database)             # one report …
    assert {"reports": 1, "audit": [("create",)], "state": None} == _database_state(database)  # … one audit, ended
    done, unfinished = inbox_rows(database)
    assert save in done and set() == unfinished


async def test_a_report_saved_by_someone_else_meanwhile_is_not_stored_twice_and_the_user_is_told(
        server, database, tmp_path):
    """Two collaborators of one ward save the same week's count at the same moment: the
    first is checked and answering when the second commits; its own commit then finds the
    report saved — it stores nothing, still ends its update, and says so."""
    from bot.field import people
    from bot.runtime.database import open_database

    other = USER + 1
    add_collaborators(database, [USER])
    db = open_database(database)
    area = db.execute("select area_id from users where id = ?", [USER]).fetchone()[0]
    people.register_user(db, other, "collaborator", display_name="Other", area_id=area)
    db.conn.close()
    first, second = server.user(USER, "Lan"), server.user(other, "Minh")
    bot = RestartingBot(server, database, tmp_path)
    await bot.start()
    try:
        first_summary = await _to_the_summary(first)
        second_summary = await _to_the_summary(second)
        server.hang_chat(USER)
        since = len(server.calls)
        first.press_data("rs:save", first_summary)
        while not _saved_replies(server, since):                  # checked, answering, not committed
            await asyncio.sleep(0.02)
        second_save = second.press_data("rs:save", second_summary)
        await server.messages_until(other, lambda m: m.text.startswith(SAVED))
        while second_save not in inbox_rows(database)[0]:          # the second report committed
            await asyncio.sleep(0.02)
        server.release_chat(USER)
        told = await server.messages_until(USER, lambda m: m.text.startswith("Xin lỗi, báo cáo này rốt cuộc chưa"))
        await settled(database)
        assert 0 == await bot.stop()
    finally:
        bot.kill()
    assert "Gửi /myreports để xem." in told[-1].text
    assert [(other, VALUE)] == stored_reports(database)             # the one saved first, once
    with sqlite3.connect(database) as check:
        assert [("create",)] == check.execute("select action from report_audit").fetchall()
        assert [] == check.execute("select key from ptb_conversations where name = 'report'").fetchall()
    assert set() == inbox_rows(database)[1]
