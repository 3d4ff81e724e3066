"""The in-process Bot API refuses what Telegram refuses."""

from __future__ import annotations

import pytest
from telegram import Bot
from telegram.error import BadRequest

from bot.runtime.offline_request import OfflineRequest
from bot.runtime.telegram_checks import TelegramRefusal, parse_html, problems_with


@pytest.mark.parametrize("text,shown", [
    ("<b>Chỉ tiêu 14</b>: 98,5%", "Chỉ tiêu 14: 98,5%"),
    ("a &lt; b &amp;&amp; c &gt; d &quot;x&quot;", 'a < b && c > d "x"'),
    ("<i>Nguồn: <b>KH 138</b></i>", "Nguồn: KH 138"),
    ('<a href="https://t.me/x?start=abc">link</a>', "link"),
    ("&#128512; &#x1F600;", "😀 😀"),
    ("<pre><code>x</code></pre>", "x"),
])
def test_what_telegram_parses(text, shown):
    assert shown == parse_html(text)


@pytest.mark.parametrize("text,reason", [
    ("/areas add <city> | <district>", "unsupported start tag \"city\""),
    ("a < b", "unexpected '<'"),
    ("x > y", "unexpected '>'"),
    ("Tom & Jerry", "unsupported entity"),
    ("<b>bold", "can't find end tag corresponding to \"b\""),
    ("<i>x</b>", "unexpected end tag \"b\""),
    ("<p>paragraph</p>", "unsupported start tag \"p\""),
])
def test_what_telegram_refuses_to_parse(text, reason):
    with pytest.raises(TelegramRefusal) as refused:
        parse_html(text)
    assert reason in str(refused.value)


@pytest.mark.parametrize("method,params,reason", [
    ("sendMessage", {"chat_id": 1, "text": "   "}, "message text is empty"),
    ("sendMessage", {"chat_id": 1, "text": "x" * 4097}, "message is too long"),
    ("sendMessage", {"chat_id": 1, "text": "<b>" + "x" * 4096 + "</b>", "parse_mode": "HTML"}, None),
    ("sendMessage", {"chat_id": 1, "text": "😀" * 2049}, "message is too long"),  # 2 UTF-16 units each
    ("sendPhoto", {"chat_id": 1, "photo": "attach://p", "caption": "x" * 1025}, "caption is too long"),
    ("sendMessage", {"chat_id": 1, "text": "ok",
                     "reply_markup": {"inline_keyboard": [[{"text": "x", "callback_data": "d" * 65}]]}},
     "BUTTON_DATA_INVALID"),
    ("sendMessage", {"chat_id": 1, "text": "ok",
                     "reply_markup": {"inline_keyboard": [[{"text": "x", "callback_data": "đ" * 33}]]}},
     "BUTTON_DATA_INVALID"),  # 66 bytes in UTF-8
    ("sendMessage", {"chat_id": 1, "text": "ok",
                     "reply_markup": {"inline_keyboard": [[{"text": " ", "callback_data": "d"}]]}},
     "text buttons are unallowed"),
])
def test_limits(method, params, reason):
    if reason is None:
        problems_with(method, params)
        return
    with pytest.raises(TelegramRefusal) as refused:
        problems_with(method, params)
    assert reason in str(refused.value)


async def test_the_offline_bot_api_answers_400_and_ptb_raises_bad_request():
    request = OfflineRequest()
    bot = Bot("123456:" + "A" * 35, request=request, get_updates_request=request)
    async with bot:
        await bot.send_message(1, "<b>fine</b>", parse_mode="HTML")
        with pytest.raises(BadRequest, match="parse entities"):
            await bot.send_message(1, "/areas add <city>", parse_mode="HTML")
    assert ["sendMessage"] == [call.method for call in request.calls if call.method == "sendMessage"]
    assert 1 == len(request.refused)
