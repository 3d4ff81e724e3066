"""Conversation state and user/chat data kept in the bot's SQLite database.

A restart in the middle of a report resumes at the same question: python-telegram-bot
hands every change to this class (every ``update_interval`` seconds and at shutdown), and
it writes it to the ``ptb_*`` tables through sqlite-utils. Data is stored as JSON, so
handlers keep only plain values (str, int, float, bool, lists, dicts) in
``context.user_data`` and ``context.chat_data``.
"""

from __future__ import annotations

import json
from copy import deepcopy
from typing import Any

import sqlite_utils
from telegram.ext import BasePersistence, PersistenceInput
from telegram.ext._utils.types import CDCData, ConversationDict, ConversationKey


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


class SQLitePersistence(BasePersistence[dict, dict, dict]):
    """python-telegram-bot persistence on the bot's database."""

    def __init__(self, db: sqlite_utils.Database, update_interval: float = 1.0) -> None:
        # bot_data is not persisted: it holds the long-lived services (settings, database,
        # knowledge base), rebuilt at every start.
        super().__init__(
            store_data=PersistenceInput(bot_data=False, callback_data=False),
            update_interval=update_interval,
        )
        self.db = db
        for table in ("ptb_user_data", "ptb_chat_data"):
            if table not in db.table_names():
                db[table].create({"id": int, "data": str}, pk="id")
        if "ptb_conversations" not in db.table_names():
            db["ptb_conversations"].create({"name": str, "key": str, "state": str}, pk=("name", "key"))

    # -- reading ------------------------------------------------------------------------
    def _rows(self, table: str) -> dict[int, dict]:
        return {row["id"]: json.loads(row["data"]) for row in self.db[table].rows}

    async def get_user_data(self) -> dict[int, dict]:
        return self._rows("ptb_user_data")

    async def get_chat_data(self) -> dict[int, dict]:
        return self._rows("ptb_chat_data")

    async def get_bot_data(self) -> dict:
        return {}

    async def get_callback_data(self) -> CDCData | None:
        return None

    async def get_conversations(self, name: str) -> ConversationDict:
        conversations: ConversationDict = {}
        for row in self.db["ptb_conversations"].rows_where("name = ?", [name]):
            key = tuple(json.loads(row["key"]))
            conversations[key] = json.loads(row["state"])
        return conversations

    # -- writing ------------------------------------------------------------------------
    async def update_conversation(self, name: str, key: ConversationKey, new_state: object | None) -> None:
        key_text = json.dumps(list(key))
        with self.db.atomic():
            if new_state is None:
                self.db["ptb_conversations"].delete_where("name = ? AND key = ?", [name, key_text])
            else:
                self.db["ptb_conversations"].upsert(
                    {"name": name, "key": key_text, "state": _dump(new_state)}, pk=("name", "key")
                )

    async def update_user_data(self, user_id: int, data: dict) -> None:
        with self.db.atomic():
            self.db["ptb_user_data"].upsert({"id": user_id, "data": _dump(data)}, pk="id")

    async def update_chat_data(self, chat_id: int, data: dict) -> None:
        with self.db.atomic():
            self.db["ptb_chat_data"].upsert({"id": chat_id, "data": _dump(data)}, pk="id")

    async def update_bot_data(self, data: dict) -> None:
        return None

    async def update_callback_data(self, data: CDCData) -> None:
        return None

    async def drop_chat_data(self, chat_id: int) -> None:
        with self.db.atomic():
            self.db["ptb_chat_data"].delete_where("id = ?", [chat_id])

    async def drop_user_data(self, user_id: int) -> None:
        with self.db.atomic():
            self.db["ptb_user_data"].delete_where("id = ?", [user_id])

    async def refresh_user_data(self, user_id: int, user_data: dict) -> None:
        return None

    async def refresh_chat_data(self, chat_id: int, chat_data: dict) -> None:
        return None

    async def refresh_bot_data(self, bot_data: dict) -> None:
        return None

    async def flush(self) -> None:
        return None

    def snapshot(self) -> dict[str, Any]:
        """Everything stored, for tests and debugging."""
        return deepcopy({
            "user_data": {r["id"]: json.loads(r["data"]) for r in self.db["ptb_user_data"].rows},
            "conversations": list(self.db["ptb_conversations"].rows),
        })
