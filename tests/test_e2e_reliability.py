"""End to end over HTTP: a Bot API that hangs for one chat stalls only that chat; calls
retried on 429, 5xx and lost connections without a reply sent twice; the database file
removed under the running bot."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import time

import pytest

from tests.botapi_server import DONE_THEN_HANG, DROP, WAIT, BotProcess, bot_env, running_bot

QUESTION = "so tong dai bao ve tre em"


async def test_a_hanging_chat_does_not_stall_the_others(server, database, tmp_path):
    stuck, others = server.user(3001), [server.user(3002 + n) for n in range(5)]
    async with running_bot(server, database, tmp_path / "bot.log"):
        assert "111" in (await stuck.ask(QUESTION)).text       # the bot is warm
        server.hang_chat(stuck.id)
        stuck.send(QUESTION)                                    # its reply hangs at the Bot API
        await server.wait_for_call("sendMessage", since=len(server.calls))
        for user in others:
            began = time.monotonic()
            answer = await user.ask(QUESTION, timeout=5)
            assert "111" in answer.text
            assert time.monotonic() - began < 1.0, f"user {user.id} waited {time.monotonic() - began:.1f} s"
        stuck.send("/khongco")                                  # the same chat's next update waits its turn
        await asyncio.sleep(0.5)
        assert [] == server.drain(stuck.id)
        server.release_chat(stuck.id)
        replies = await server.messages_until(stuck.id, lambda m: "/khongco" in m.text)
        assert ["111" in replies[0].text, "/khongco" in replies[-1].text] == [True, True]  # in order


@pytest.mark.parametrize(("status", "times", "statuses"), [
    (503, 3, [503, 503, 503, 200]),    # backoff, within the deadline
    (DROP, 2, [DROP, DROP, 200]),      # the connection closed before the call was done: sent again
])
async def test_failed_calls_are_retried_and_the_reply_arrives_once(server, database, tmp_path, status, times,
                                                                    statuses):
    user = server.user(1001)
    async with running_bot(server, database, tmp_path / "bot.log"):
        server.fail_next("sendMessage", times=times, status=status)
        assert "111" in (await user.ask(QUESTION)).text
        await asyncio.sleep(0.5)
        assert [] == server.drain(user.id)
    assert statuses == [call.status for call in server.calls_to("sendMessage")][:len(statuses)]


async def test_a_reply_whose_answer_was_lost_is_not_sent_again(server, database, tmp_path):
    """The Bot API did the sendMessage but its answer did not come before the bot's read
    timeout (15 s): the user has the reply; sending it again (or a "Sorry") would show two."""
    user = server.user(1001)
    async with running_bot(server, database, tmp_path / "bot.log"):
        server.fail_next("sendMessage", times=1, status=DONE_THEN_HANG)
        assert "111" in (await user.ask(QUESTION)).text      # delivered; its answer hangs
        user.send(QUESTION)                                   # waits for the first to time out
        assert "111" in (await user.reply()).text             # this one's answer, not a repeat…
        await asyncio.sleep(1.0)
        assert [] == server.drain(user.id)                    # … nor a "Sorry"
    assert [DONE_THEN_HANG, 200] == [call.status for call in server.calls_to("sendMessage")]


@pytest.mark.parametrize("how", ["removed", "replaced"])
async def test_the_database_file_removed_under_the_running_bot(server, database, tmp_path, how):
    admin, user = server.user(900001, "Admin"), server.user(1004)
    process = BotProcess(bot_env(server, database), tmp_path / "bot.log").start()
    try:
        await process.ready(server, 0)
        await user.ask("/lang")
        user.press("English")
        assert "Language set to English." == (await user.reply()).text
        if how == "removed":
            os.remove(database)
        else:
            other = tmp_path / "other.db"
            sqlite3.connect(other).close()
            os.replace(other, database)
        code = await process.wait(timeout=WAIT)
    finally:
        process.kill()
    assert 1 == code
    log = (tmp_path / "bot.log").read_text()
    assert f"error: DATABASE_PATH={database} was {how}" in log.splitlines()[-1]
    assert "it stopped taking writes" in log.splitlines()[-1]
    assert "level=ERROR logger=bot.runtime.watch" in log
    told = await admin.reply()
    assert "Tệp cơ sở dữ liệu của bot đã bị xóa hoặc bị thay thế" in told.text
