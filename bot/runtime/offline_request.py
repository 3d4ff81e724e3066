"""A Bot API that lives in the process: no token, no network.

``OfflineRequest`` is a ``telegram.request.BaseRequest`` that answers every Bot API call
itself, the way Telegram would, and records it. It also refuses what Telegram refuses
(``bot.runtime.telegram_checks``: unparsable HTML, empty or too-long text, oversized callback
data), so a reply that would fail in production fails in the tests too. The local console chat
(``python -m bot console``) and the conversation tests both drive the real
``Application`` through it, so what they exercise is exactly the deployed wiring.
"""

from __future__ import annotations

import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any

from telegram.request import BaseRequest, RequestData

from bot.runtime.telegram_checks import TelegramRefusal, problems_with

BOT_ID = 7000000001


@dataclass
class ApiCall:
    """One Bot API call the bot made: ``method`` and its decoded parameters."""

    method: str
    params: dict[str, Any]
    files: dict[str, bytes] = field(default_factory=dict)
    result: Any = None

    @property
    def message_id(self) -> int | None:
        return self.result.get("message_id") if isinstance(self.result, dict) else None

    @property
    def text(self) -> str:
        return str(self.params.get("text") or self.params.get("caption") or "")

    @property
    def chat_id(self) -> int | None:
        chat = self.params.get("chat_id")
        return int(chat) if chat is not None else None

    @property
    def buttons(self) -> list[list[dict[str, Any]]]:
        """The inline keyboard rows attached to the message, if any."""
        markup = self.params.get("reply_markup") or {}
        if isinstance(markup, str):
            markup = json.loads(markup)
        return markup.get("inline_keyboard", [])

    def button_texts(self) -> list[str]:
        return [button["text"] for row in self.buttons for button in row]

    def callback_data(self, text: str) -> str:
        """The callback data of the button whose label contains ``text``."""
        for row in self.buttons:
            for button in row:
                if text in button["text"] and "callback_data" in button:
                    return button["callback_data"]
        raise KeyError(f"no button {text!r} in {self.button_texts()}")


class OfflineRequest(BaseRequest):
    """Answers Bot API calls in-process and keeps them in ``calls``."""

    def __init__(self, bot_username: str = "childplan_bot") -> None:
        self.bot_username = bot_username
        self.calls: list[ApiCall] = []
        self.refused: list[ApiCall] = []  # calls Telegram would have refused (result: why)
        self._message_ids = itertools.count(1000)
        self._file_ids = itertools.count(1)

    @property
    def read_timeout(self) -> float | None:
        return 5.0

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    # -- what the tests and the console read -------------------------------------------
    def sent(self, chat_id: int | None = None) -> list[ApiCall]:
        """Calls that put something in front of a user (messages, edits, photos, files)."""
        shown = {"sendMessage", "editMessageText", "sendPhoto", "sendDocument", "editMessageReplyMarkup"}
        return [c for c in self.calls if c.method in shown and (chat_id is None or c.chat_id == chat_id)]

    def last(self, chat_id: int | None = None) -> ApiCall:
        sent = self.sent(chat_id)
        if not sent:
            raise AssertionError("the bot sent nothing")
        return sent[-1]

    def clear(self) -> None:
        self.calls.clear()

    # -- BaseRequest ---------------------------------------------------------------------
    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        api_method = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data else {}
        files: dict[str, bytes] = {}
        if request_data is not None and request_data.contains_files:
            for name, part in request_data.multipart_data.items():
                content = part[1] if isinstance(part, tuple) else part
                if hasattr(content, "read"):
                    content = content.read()
                files[name] = content
        try:
            problems_with(api_method, params)
        except TelegramRefusal as refusal:
            # What Telegram would answer; PTB raises BadRequest, as it would in production.
            self.refused.append(ApiCall(api_method, params, files, str(refusal)))
            return 400, json.dumps({"ok": False, "error_code": 400, "description": str(refusal)}).encode()
        result = self._answer(api_method, params)
        self.calls.append(ApiCall(api_method, params, files, result))
        return 200, json.dumps({"ok": True, "result": result}).encode()

    def _message(self, params: dict[str, Any], **extra: Any) -> dict[str, Any]:
        chat_id = int(params.get("chat_id", 0))
        message = {
            "message_id": int(params.get("message_id") or next(self._message_ids)),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group", "title": "chat"},
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "ChildPlan", "username": self.bot_username},
        }
        if "text" in params:
            message["text"] = params["text"]
        if "caption" in params:
            message["caption"] = params["caption"]
        if params.get("reply_markup"):
            markup = params["reply_markup"]
            message["reply_markup"] = json.loads(markup) if isinstance(markup, str) else markup
        message.update(extra)
        return message

    def _file(self) -> dict[str, Any]:
        n = next(self._file_ids)
        return {"file_id": f"file{n}", "file_unique_id": f"u{n}", "file_size": 1}

    def _answer(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return {
                "id": BOT_ID, "is_bot": True, "first_name": "ChildPlan", "username": self.bot_username,
                "can_join_groups": True, "can_read_all_group_messages": False,
                "supports_inline_queries": False,
            }
        if method == "sendMessage" or method == "editMessageText" or method == "editMessageReplyMarkup":
            return self._message(params)
        if method == "sendPhoto":
            return self._message(params, photo=[{**self._file(), "width": 800, "height": 600}])
        if method == "sendDocument":
            return self._message(params, document={**self._file(), "file_name": "export"})
        if method == "getUpdates":
            return []
        if method == "getFile":
            return {**self._file(), "file_path": "documents/file"}
        if method == "getMyCommands":
            return []
        return True
