"""The durable inbox: an update is stored before it is handled, marked done with the state
it left, handled once, replayed first after a crash; one chat in order, chats at once."""

from __future__ import annotations

import asyncio
import json

from telegram import Update

from bot.runtime.database import open_database
from bot.runtime.inbox import ChatOrderedProcessor, Inbox
from tests.conftest import start_bot, stop_bot


def message(update_id: int, chat_id: int, text: str) -> dict:
    user = {"id": chat_id, "is_bot": False, "first_name": "Lan", "language_code": "vi"}
    return {"update_id": update_id, "message": {
        "message_id": update_id, "date": 1700000000, "chat": {"id": chat_id, "type": "private"}, "from": user,
        "text": text, **({"entities": [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]}
                         if text.startswith("/") else {})}}


def test_an_update_is_taken_once_until_it_is_forgotten():
    inbox = Inbox(open_database(None))
    update = Update.de_json(message(7, 1001, "xin chào"), None)
    assert inbox.receive(update)                 # stored, in flight
    assert not inbox.receive(update)             # redelivered while being handled: not twice
    assert [7] == [body["update_id"] for body in inbox.unfinished()]
    with inbox.db.atomic():
        inbox.mark_done(7)
    inbox.release(7)
    assert not inbox.receive(update)             # redelivered once done: a no-op
    assert [] == inbox.unfinished()
    inbox.db.execute("update inbox set done_at = '2000-01-01T00:00:00+00:00'")
    assert 1 == inbox.forget_old()
    assert inbox.receive(update)                 # a new update reusing an id forgotten long ago


async def test_the_conversation_state_is_saved_with_its_update(bot):
    """No timer: right after a step, its state and the update's done mark are both stored."""
    admin = bot.admin()
    await admin.send("/areas add Hà Nội | Ba Đình | Phường Phúc Xá")
    await admin.send("/report")
    await admin.press_data("rm:abuse_cases")
    rows = list(bot.db["ptb_conversations"].rows)
    assert [("report", [admin.user_id, admin.user_id], '"period"')] == [
        (r["name"], json.loads(r["key"]), r["state"]) for r in rows]
    assert [] == list(bot.db.query("select update_id from inbox where done_at is null"))


async def test_updates_left_unfinished_are_handled_first_at_start(settings, kb):
    db = open_database(settings.database_path)
    db["inbox"].insert({"update_id": 41, "chat_id": 1001, "body": json.dumps(message(41, 1001, "/khongco")),
                        "received_at": "2026-11-30T10:00:00+00:00"})
    db.conn.close()
    harness = await start_bot(settings, kb)
    try:
        for _ in range(200):
            if harness.request.sent(1001):
                break
            await asyncio.sleep(0.05)
        assert ["Tôi không biết lệnh /khongco. Gửi /help để xem tôi làm được gì."] == [
            call.text for call in harness.request.sent(1001)]
        for _ in range(100):
            if not list(harness.db.query("select 1 from inbox where done_at is null")):
                break
            await asyncio.sleep(0.05)
        assert [] == list(harness.db.query("select update_id from inbox where done_at is null"))
    finally:
        await stop_bot(harness)


async def test_one_chat_in_order_and_other_chats_meanwhile():
    processor = ChatOrderedProcessor()
    release = asyncio.Event()
    log: list[str] = []

    async def handle(name: str, wait: bool = False) -> None:
        log.append(f"{name} start")
        if wait:
            await release.wait()
        log.append(f"{name} end")

    def update(n: int, chat: int) -> Update:
        return Update.de_json(message(n, chat, "x"), None)

    tasks = [asyncio.create_task(processor.process_update(update(1, 1), handle("a1", wait=True))),
             asyncio.create_task(processor.process_update(update(2, 1), handle("a2"))),
             asyncio.create_task(processor.process_update(update(3, 2), handle("b1")))]
    await asyncio.sleep(0.05)
    assert ["a1 start", "b1 start", "b1 end"] == log   # chat 2 is not held up by chat 1
    assert processor.busy(1) and not processor.busy(2)
    release.set()
    await asyncio.gather(*tasks)
    assert ["a1 start", "b1 start", "b1 end", "a1 end", "a2 start", "a2 end"] == log
    assert not processor.busy(1)


# -- writes staged by a handler, committed with the update (a confirmed report) -------------------
class Refused(Exception):
    pass


def _staged_update(bot, update_id: int):
    from bot.services import services

    inbox = services(bot.application).extras["inbox"]
    update = Update.de_json(message(update_id, 1001, "xin chào"), bot.application.bot)
    assert inbox.receive(update)
    return inbox, update


def _insert_area(db, name: str):
    def write() -> None:
        db.execute("insert into areas (city, district, name) values ('Hà Nội', 'Ba Đình', ?)", [name])
    return write


async def test_a_write_refused_at_commit_is_undone_alone_and_the_user_is_told(bot):
    from bot.runtime.inbox import StagedWrite, commit_update

    inbox, update = _staged_update(bot, 501)
    told: list[BaseException] = []

    async def tell(error: BaseException) -> None:
        told.append(error)

    def refused() -> None:
        _insert_area(bot.db, "Phường Bị Từ Chối")()
        raise Refused()
    inbox.stage(501, StagedWrite(_insert_area(bot.db, "Phường Giữ Lại")))
    inbox.stage(501, StagedWrite(refused, (Refused,), tell))
    commit_update(bot.application, inbox, update)
    await asyncio.sleep(0.05)   # on_failure runs as a task after the commit
    assert ["Phường Giữ Lại"] == [r[0] for r in bot.db.execute("select name from areas where name like 'Phường%'")]
    assert [] == inbox.unfinished() and 501 not in inbox.in_flight and 501 not in inbox.staged
    assert [Refused] == [type(error) for error in told]


async def test_any_other_error_at_commit_writes_nothing_and_leaves_the_update_to_do(bot):
    import pytest

    from bot.runtime.inbox import StagedWrite, commit_update

    inbox, update = _staged_update(bot, 502)

    def killed() -> None:
        raise RuntimeError("the process dies here")
    inbox.stage(502, StagedWrite(_insert_area(bot.db, "Phường Mất")))
    inbox.stage(502, StagedWrite(killed, (Refused,)))
    with pytest.raises(RuntimeError):
        commit_update(bot.application, inbox, update)
    assert [] == list(bot.db.execute("select name from areas where name = 'Phường Mất'"))
    assert [502] == [body["update_id"] for body in inbox.unfinished()]   # handled again at the next start
    assert 502 not in inbox.staged
