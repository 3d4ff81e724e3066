"""End to end over HTTP: ``python -m bot run`` as its own process, a local Bot API server,
a user asking questions — by long polling and by webhook."""

from __future__ import annotations

import socket
import sqlite3

import aiohttp

from tests.botapi_server import TEST_TOKEN, running_bot


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_a_question_gets_its_answer_by_polling(server, database, tmp_path):
    user = server.user(1001, "Lan")
    async with running_bot(server, database, tmp_path / "bot.log") as bot:
        answer = await user.ask("so tong dai bao ve tre em")
        assert "111" in answer.text
        assert "sendMessage" == answer.method
        unknown = await user.ask("/khongco")
        assert "Tôi không biết lệnh /khongco. Gửi /help để xem tôi làm được gì." == unknown.text
        assert 0 == await bot.terminate()
    log = (tmp_path / "bot.log").read_text()
    assert TEST_TOKEN.split(":")[1] not in log
    assert all(line.startswith("ts=") for line in log.splitlines()), log


async def test_commands_are_published_in_vietnamese_and_english(server, database, tmp_path):
    async with running_bot(server, database, tmp_path / "bot.log"):
        pass
    vi, en = server.commands[("default", "vi")], server.commands[("default", "en")]
    assert [c["command"] for c in vi] == [c["command"] for c in en] and vi
    assert server.commands[("default", "")] == vi  # the default language is Vietnamese
    assert {"help", "lang"} <= {c["command"] for c in vi}
    assert vi != en  # the descriptions are translated


async def test_a_button_press_is_answered_and_edits_the_message(server, database, tmp_path):
    user = server.user(1002, "Minh")
    async with running_bot(server, database, tmp_path / "bot.log") as bot:
        choice = await user.ask("/lang")
        assert ["Tiếng Việt", "English"] == choice.button_texts()
        user.press("English")
        edited = await user.reply()
        assert ("editMessageText", choice.message_id, "Language set to English.", []) == (
            edited.method, edited.message_id, edited.text, edited.buttons)
        assert server.sent_callbacks == server.answered_callbacks
        assert "I don't know the command /nope." in (await user.ask("/nope")).text
        assert 0 == await bot.terminate()  # SIGTERM: clean exit, state flushed
    with sqlite3.connect(database) as db:
        assert "ok" == db.execute("pragma integrity_check").fetchone()[0]
        (data,) = db.execute("select data from ptb_user_data where id = 1002").fetchone()
    assert '"lang": "en"' in data


async def test_a_question_gets_its_answer_by_webhook(server, database, tmp_path):
    port = free_port()
    hook = f"http://127.0.0.1:{port}/tg-hook"
    user = server.user(1003, "Hoa")
    async with running_bot(server, database, tmp_path / "bot.log", ready_on="setWebhook",
                           WEBHOOK_URL=hook, WEBHOOK_LISTEN="127.0.0.1", WEBHOOK_PORT=str(port),
                           WEBHOOK_SECRET="e2e-secret_1") as bot:
        assert {"url": hook, "secret_token": "e2e-secret_1"} == server.webhook
        assert not server.calls_to("getUpdates")
        answer = await user.ask("tong dai quoc gia bao ve tre em so may")
        assert "111" in answer.text
        async with aiohttp.ClientSession() as session:  # a stranger without the secret is refused
            async with session.post(hook, json={"update_id": 999, "message": {}}) as response:
                assert 403 == response.status
        assert 0 == await bot.terminate()
