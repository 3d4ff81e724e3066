"""A Telegram user chatting with the Application in-process.

``LocalChat`` turns what a person does — type a message, tap a button, send a sticker —
into real ``telegram.Update`` objects, feeds them to ``application.process_update`` and
returns what the bot sent back, as recorded by ``OfflineRequest``. The console chat, the
conversation tests and the benchmarks all use it.
"""

from __future__ import annotations

import itertools
import time
from typing import Any

from telegram import Update
from telegram.ext import Application

from bot.launch.app import handle_update, next_local_update_id
from bot.runtime.offline_request import ApiCall, OfflineRequest
from bot.services import services

_UPDATE_IDS_KEY = "local_update_ids"


def _next_update_id(application: Application) -> int:
    """Update ids unique across restarts: continue after the highest one already processed."""
    extras = services(application).extras
    if _UPDATE_IDS_KEY not in extras:
        extras[_UPDATE_IDS_KEY] = itertools.count(next_local_update_id(application))
    return next(extras[_UPDATE_IDS_KEY])


class LocalChat:
    """One user in a private chat with the bot."""

    def __init__(
        self,
        application: Application,
        request: OfflineRequest,
        user_id: int = 1001,
        first_name: str = "Lan",
        language_code: str = "vi",
        username: str | None = None,
    ) -> None:
        self.application = application
        self.request = request
        self.user = {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": language_code}
        if username:
            self.user["username"] = username
        self.chat = {"id": user_id, "type": "private", "first_name": first_name}
        self._message_ids = itertools.count(1)
        self._callback_ids = itertools.count(1)

    @property
    def user_id(self) -> int:
        return self.user["id"]

    # -- building updates -------------------------------------------------------------
    def message_update(self, text: str | None = None, **content: Any) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": self.chat,
            "from": self.user,
        }
        if text is not None:
            message["text"] = text
            if text.startswith("/"):
                command = text.split()[0]
                message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        message.update(content)
        return {"update_id": _next_update_id(self.application), "message": message}

    def callback_update(self, data: str, message: dict[str, Any] | None = None) -> dict[str, Any]:
        if message is None:
            message = {"message_id": 1, "date": int(time.time()), "chat": self.chat, "text": "…"}
        return {
            "update_id": _next_update_id(self.application),
            "callback_query": {
                "id": f"cq{self.user_id}-{next(self._callback_ids)}",
                "from": self.user,
                "chat_instance": f"ci{self.user_id}",
                "data": data,
                "message": message,
            },
        }

    # -- acting ------------------------------------------------------------------------
    async def process(self, payload: dict[str, Any]) -> list[ApiCall]:
        """Feed one update (as Bot API JSON) and return what the bot sent in answer."""
        before = len(self.request.calls)
        await handle_update(self.application, Update.de_json(payload, self.application.bot))
        return [call for call in self.request.calls[before:] if call.chat_id in (None, self.chat["id"])]

    async def send(self, text: str) -> list[ApiCall]:
        """Type ``text`` (a message or a /command) and send it."""
        return await self.process(self.message_update(text))

    async def send_sticker(self) -> list[ApiCall]:
        sticker = {"file_id": "sticker1", "file_unique_id": "s1", "width": 512, "height": 512,
                   "is_animated": False, "is_video": False, "type": "regular"}
        return await self.process(self.message_update(sticker=sticker))

    async def send_photo(self) -> list[ApiCall]:
        photo = [{"file_id": "photo1", "file_unique_id": "p1", "width": 90, "height": 90}]
        return await self.process(self.message_update(photo=photo))

    async def press(self, label: str, on: ApiCall | None = None) -> list[ApiCall]:
        """Tap the button whose label contains ``label`` on message ``on`` (default: the
        last message the bot sent in this chat that has buttons)."""
        if on is None:
            with_buttons = [c for c in self.request.sent(self.chat["id"]) if c.buttons]
            if not with_buttons:
                raise AssertionError("no message with buttons in this chat")
            on = with_buttons[-1]
        return await self.press_data(on.callback_data(label), on)

    async def press_data(self, data: str, on: ApiCall | None = None) -> list[ApiCall]:
        """Send a button press with raw callback ``data``."""
        message = None
        if on is not None and isinstance(on.result, dict):
            message = on.result
        return await self.process(self.callback_update(data, message))

    def last_text(self) -> str:
        return self.request.last(self.chat["id"]).text
