"""End to end over HTTP when things go wrong: flood limits (429), a failing Bot API
(500), and the bot process killed with SIGKILL in the middle of a conversation."""

from __future__ import annotations

import sqlite3

import pytest

from tests.botapi_server import running_bot, settled


@pytest.mark.parametrize(("status", "times", "statuses"), [
    (429, 1, [429, 200]),        # AIORateLimiter waits retry_after and sends again
    (429, 2, [429, 429, 200]),
    (500, 1, [500, 200]),        # RetryingRequest sends a 5xx'd call once more
    (502, 1, [502, 200]),
])
async def test_the_user_still_gets_the_reply(server, database, tmp_path, status, times, statuses):
    user = server.user(1001)
    async with running_bot(server, database, tmp_path / "bot.log"):
        server.fail_next("sendMessage", times=times, status=status, retry_after=1)
        answer = await user.ask("so tong dai bao ve tre em")
        assert "111" in answer.text
        assert [] == server.drain(user.id)  # one reply, not two
    assert statuses == [call.status for call in server.calls_to("sendMessage")][:len(statuses)]


async def test_a_failing_getupdates_does_not_stop_the_bot(server, database, tmp_path):
    user = server.user(1001)
    async with running_bot(server, database, tmp_path / "bot.log"):
        server.fail_next("getUpdates", times=2, status=500)
        assert "111" in (await user.ask("so tong dai bao ve tre em")).text


async def test_sigkill_then_restart_loses_no_confirmed_state(server, database, tmp_path):
    """Killed without warning after a settled step: the restarted bot knows what was confirmed,
    and answers the messages that arrived while it was down."""
    user = server.user(1004, "Tuan")
    async with running_bot(server, database, tmp_path / "bot1.log") as bot:
        await user.ask("/lang")
        user.press("English")
        assert "Language set to English." == (await user.reply()).text
        await settled(database)  # done with its state a moment after the reply, no timer
        bot.kill()
        assert -9 == bot.returncode
    user.send("/nope")  # sent while the bot is down
    async with running_bot(server, database, tmp_path / "bot2.log") as bot:
        reply = await user.reply()
        assert "I don't know the command /nope. Send /help to see what I can do." == reply.text
        assert [] == server.drain(user.id)  # nothing answered twice
        assert 0 == await bot.terminate()
    with sqlite3.connect(database) as db:
        assert "ok" == db.execute("pragma integrity_check").fetchone()[0]
