"""The checks Telegram applies to what a bot sends, so the in-process Bot API can refuse
what Telegram would refuse.

Telegram answers ``400 Bad Request`` to a message whose HTML it cannot parse, that is
empty or longer than 4 096 characters (1 024 for a caption), or whose buttons carry more
than 64 bytes of callback data. ``OfflineRequest`` (console, conversation tests,
benchmarks) and the tests' Bot API server run every outgoing call through
``problems_with(method, params)``: a reply that would fail on Telegram fails there too.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA = 64  # bytes

# Tags Telegram's HTML parse mode accepts (https://core.telegram.org/bots/api#html-style).
ALLOWED_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a",
    "code", "pre", "blockquote", "tg-emoji",
}
_TAG_RE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^<>]*)?)>")
_ENTITY_RE = re.compile(r"&(?:lt|gt|amp|quot|#\d{1,7}|#x[0-9a-fA-F]{1,6});")


class TelegramRefusal(ValueError):
    """What Telegram would answer with 400 Bad Request; ``str()`` is its description."""


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def parse_html(text: str) -> str:
    """The text a user sees for Telegram-HTML ``text``; TelegramRefusal where Telegram
    could not parse it (unknown or unbalanced tags, a bare ``<``, ``>`` or ``&``)."""
    plain: list[str] = []
    stack: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "<":
            match = _TAG_RE.match(text, i)
            if match is None:
                raise TelegramRefusal(f"Bad Request: can't parse entities: unexpected '<' at byte offset {i}")
            closing, name = match.group(1) == "/", match.group(2).lower()
            if name not in ALLOWED_TAGS:
                raise TelegramRefusal(f"Bad Request: can't parse entities: unsupported start tag \"{name}\"")
            if closing:
                if not stack or stack[-1] != name:
                    raise TelegramRefusal(f"Bad Request: can't parse entities: unexpected end tag \"{name}\"")
                stack.pop()
            else:
                stack.append(name)
            i = match.end()
        elif char == "&":
            match = _ENTITY_RE.match(text, i)
            if match is None:
                raise TelegramRefusal(f"Bad Request: can't parse entities: unsupported entity at byte offset {i}")
            plain.append(html.unescape(match.group(0)))
            i = match.end()
        elif char == ">":
            raise TelegramRefusal(f"Bad Request: can't parse entities: unexpected '>' at byte offset {i}")
        else:
            plain.append(char)
            i += 1
    if stack:
        raise TelegramRefusal(f"Bad Request: can't parse entities: can't find end tag corresponding to \"{stack[-1]}\"")
    return "".join(plain)


def _check_text(text: Any, parse_mode: Any, limit: int, empty_ok: bool) -> None:
    text = "" if text is None else str(text)
    shown = parse_html(text) if str(parse_mode or "").upper() == "HTML" else text
    if not shown.strip() and not empty_ok:
        raise TelegramRefusal("Bad Request: message text is empty")
    if _utf16_length(shown) > limit:
        raise TelegramRefusal("Bad Request: message is too long" if limit == MAX_TEXT
                              else "Bad Request: message caption is too long")


def _check_markup(markup: Any) -> None:
    if not markup:
        return
    if isinstance(markup, str):
        markup = json.loads(markup)
    for row in markup.get("inline_keyboard", []):
        for button in row:
            if not str(button.get("text", "")).strip():
                raise TelegramRefusal("Bad Request: text buttons are unallowed in the inline keyboard")
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode()) <= MAX_CALLBACK_DATA:
                raise TelegramRefusal("Bad Request: BUTTON_DATA_INVALID")


def problems_with(method: str, params: dict[str, Any]) -> None:
    """Raise TelegramRefusal if Telegram would refuse the call ``method(params)``."""
    if method in ("sendMessage", "editMessageText"):
        _check_text(params.get("text"), params.get("parse_mode"), MAX_TEXT, empty_ok=False)
    elif method in ("sendPhoto", "sendDocument", "editMessageCaption"):
        _check_text(params.get("caption"), params.get("parse_mode"), MAX_CAPTION, empty_ok=True)
    if method in ("sendMessage", "editMessageText", "editMessageReplyMarkup", "sendPhoto", "sendDocument"):
        _check_markup(params.get("reply_markup"))
