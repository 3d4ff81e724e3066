"""The test Bot API server answers python-telegram-bot's own ``Bot`` as Telegram would."""

from __future__ import annotations

import asyncio
import io

import pytest
from telegram import Bot, BotCommand, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Conflict, InvalidToken, NetworkError, RetryAfter
from telegram.request import HTTPXRequest

from bot.runtime.retrying_request import RetryingRequest
from tests.botapi_server import TEST_TOKEN, FakeBotApi, plain

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


def make_bot(server: FakeBotApi, token: str = TEST_TOKEN, request=None) -> Bot:
    return Bot(token, base_url=f"{server.url}/bot", base_file_url=f"{server.url}/file/bot",
               request=request or HTTPXRequest(), get_updates_request=HTTPXRequest(read_timeout=10))


async def test_get_me_names_the_bot(server):
    async with make_bot(server) as bot:
        me = await bot.get_me()
    assert ("childplan_test_bot", 123456) == (me.username, me.id)


async def test_a_wrong_token_is_unauthorized(server):
    with pytest.raises(InvalidToken):
        async with make_bot(server, token="654321:WRONG-token-for-the-local-bot-api"):
            pass


async def test_updates_are_delivered_in_order_until_confirmed_by_offset(server):
    user = server.user(1001)
    first, second = user.send("xin chào"), user.send("/help")
    async with make_bot(server) as bot:
        updates = await bot.get_updates(timeout=0)
        assert [first, second] == [u.update_id for u in updates]
        assert ["xin chào", "/help"] == [u.message.text for u in updates]
        assert "bot_command" == updates[1].message.entities[0].type
        assert [second] == [u.update_id for u in await bot.get_updates(offset=second, timeout=0)]
        assert () == await bot.get_updates(offset=second + 1, timeout=0)


async def test_long_polling_returns_as_soon_as_an_update_arrives(server):
    async with make_bot(server) as bot:
        poll = asyncio.create_task(bot.get_updates(timeout=20))
        await asyncio.sleep(0.2)
        assert not poll.done()
        server.user(1001).send("có ai không")
        updates = await asyncio.wait_for(poll, 5)
    assert ["có ai không"] == [u.message.text for u in updates]


async def test_long_polling_waits_out_its_timeout_when_nothing_comes(server):
    async with make_bot(server) as bot:
        started = asyncio.get_running_loop().time()
        assert () == await bot.get_updates(timeout=1)
        assert asyncio.get_running_loop().time() - started >= 0.9


async def test_messages_buttons_and_a_press_reach_the_user_and_back(server):
    user = server.user(1001)
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Lưu", callback_data="save"),
                                    InlineKeyboardButton("Hủy", callback_data="cancel")]])
    async with make_bot(server) as bot:
        sent = await bot.send_message(1001, "<b>Xác nhận</b> 5 &lt; 6", parse_mode="HTML", reply_markup=markup)
        shown = await user.reply()
        assert ("Xác nhận 5 < 6", ["Lưu", "Hủy"]) == (shown.text, shown.button_texts())
        update_id = user.press("Hủy")
        (update,) = await bot.get_updates(offset=update_id, timeout=0)
        assert ("cancel", sent.message_id) == (update.callback_query.data, update.callback_query.message.message_id)
        await update.callback_query.answer()
        await bot.edit_message_text("Đã hủy", chat_id=1001, message_id=sent.message_id)
        edited = await user.reply()
    assert ("editMessageText", "Đã hủy", []) == (edited.method, edited.text, edited.buttons)
    assert server.sent_callbacks == server.answered_callbacks


async def test_editing_a_message_to_the_same_text_is_refused_like_telegram(server):
    async with make_bot(server) as bot:
        sent = await bot.send_message(1001, "một")
        with pytest.raises(BadRequest, match="not modified"):
            await bot.edit_message_text("một", chat_id=1001, message_id=sent.message_id)
        with pytest.raises(BadRequest, match="not found"):
            await bot.edit_message_text("hai", chat_id=1001, message_id=999999)


async def test_photos_and_documents_are_uploaded_and_can_be_downloaded(server):
    user = server.user(1001)
    async with make_bot(server) as bot:
        await bot.send_photo(1001, PNG, caption="Tổng hợp tuần")
        await bot.send_document(1001, io.BytesIO(b"a,b\n1,2\n"), filename="export.csv")
        photo, document = await user.reply(), await user.reply()
        assert ("Tổng hợp tuần", PNG) == (photo.text, photo.files["photo"][1])
        assert ("export.csv", b"a,b\n1,2\n") == document.files["document"]
        file = await bot.get_file(document.message["document"]["file_id"])
        assert b"a,b\n1,2\n" == bytes(await file.download_as_bytearray())


async def test_a_user_document_can_be_fetched_by_the_bot(server):
    update_id = server.user(1001).send_document(b"so lieu", "baocao.txt")
    async with make_bot(server) as bot:
        (update,) = await bot.get_updates(offset=update_id, timeout=0)
        file = await update.message.document.get_file()
        assert b"so lieu" == bytes(await file.download_as_bytearray())


async def test_commands_are_kept_per_language(server):
    async with make_bot(server) as bot:
        await bot.set_my_commands([BotCommand("report", "Gửi báo cáo")], language_code="vi")
        await bot.set_my_commands([BotCommand("report", "Send a report")], language_code="en")
        assert ["Send a report"] == [c.description for c in await bot.get_my_commands(language_code="en")]
        await bot.delete_my_commands(language_code="en")
        assert [] == list(await bot.get_my_commands(language_code="en"))
    assert [{"command": "report", "description": "Gửi báo cáo"}] == server.commands[("default", "vi")]


@pytest.mark.parametrize(("status", "error"), [(429, RetryAfter), (500, NetworkError), (502, NetworkError)])
async def test_injected_faults_hit_the_next_call_only(server, status, error):
    server.fail_next("sendMessage", status=status, retry_after=2)
    async with make_bot(server) as bot:
        with pytest.raises(error):
            await bot.send_message(1001, "lần một")
        await bot.send_message(1001, "lần hai")
    assert [status, 200] == [call.status for call in server.calls_to("sendMessage")]
    assert "lần hai" == (await server.user(1001).reply()).text


async def test_a_429_carries_retry_after(server):
    server.fail_next("sendMessage", status=429, retry_after=7)
    async with make_bot(server) as bot:
        with pytest.raises(RetryAfter) as caught:
            await bot.send_message(1001, "x")
    assert "Flood control exceeded. Retry in 7 seconds" == str(caught.value)
    assert [429] == [call.status for call in server.calls_to("sendMessage")]


@pytest.mark.parametrize(("failures", "delivered"), [(1, True), (2, False)])
async def test_retrying_request_repeats_a_5xx_once(server, failures, delivered):
    server.fail_next("sendMessage", times=failures, status=500)
    async with make_bot(server, request=RetryingRequest(retry_delay=0.01, retries=1)) as bot:
        if delivered:
            await bot.send_message(1001, "đến nơi")
        else:
            with pytest.raises(NetworkError):
                await bot.send_message(1001, "không đến")
    assert (["đến nơi"] if delivered else []) == [m.text for m in server.drain(1001)]


async def test_get_updates_conflicts_while_a_webhook_is_set(server):
    async with make_bot(server) as bot:
        await bot.set_webhook("http://127.0.0.1:9/hook")
        with pytest.raises(Conflict):
            await bot.get_updates(timeout=0)
        await bot.delete_webhook()
        assert () == await bot.get_updates(timeout=0)


async def test_unknown_methods_are_refused_and_noted(server):
    async with make_bot(server) as bot:
        with pytest.raises(BadRequest):
            await bot.send_poll(1001, "?", ["a", "b"])
    assert ["sendPoll"] == server.unsupported


@pytest.mark.parametrize(("html", "text"), [("<b>A</b> &amp; B", "A & B"), ("x &lt;y&gt;", "x <y>"),
                                            ('<a href="http://e.vn">e</a>', "e")])
def test_plain_is_what_a_user_reads(html, text):
    assert text == plain(html)


@pytest.mark.parametrize(("status", "failures"), [(500, 4), (503, 2), (429, 2)])
async def test_retrying_request_retries_within_its_deadline(server, status, failures):
    server.fail_next("sendMessage", times=failures, status=status, retry_after=0)
    async with make_bot(server, request=RetryingRequest(retry_delay=0.01, deadline=10)) as bot:
        await bot.send_message(1001, "đến nơi")
    assert ["đến nơi"] == [m.text for m in server.drain(1001)]
    assert [status] * failures + [200] == [call.status for call in server.calls_to("sendMessage")]
