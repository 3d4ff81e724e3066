"""Conversation state and user/chat data kept in the bot's SQLite database.

A restart in the middle of a report resumes at the same question. State is written
through: after each update, ``write_for_update`` saves the conversation state and the
user and chat data of that update's chat, in the transaction that marks the update done
in the inbox (bot/runtime/inbox.py) — so a crash leaves either the update unfinished and
the old state (the update is handled again) or both saved, never a new state with the
update still to do. python-telegram-bot's own calls (on its timer and at shutdown) write
everything else — jobs' changes, conversation time-outs — and leave alone the chats whose
update is being handled (``busy``). Data is stored as JSON, so handlers keep only plain
values (str, int, float, bool, lists, dicts) in ``context.user_data`` and ``context.chat_data``.
"""

from __future__ import annotations

import json
from copy import deepcopy
from typing import Any, Callable

import sqlite_utils
from telegram import Update
from telegram.ext import Application, BasePersistence, PersistenceInput
from telegram.ext._utils.types import CDCData, ConversationDict, ConversationKey


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def _resolved(state: object) -> object | None:
    """A conversation state as stored: a non-blocking step's result once it is known."""
    from telegram.ext._handlers.conversationhandler import PendingState

    if isinstance(state, PendingState):
        return state.resolve() if state.done() else state.old_state
    return state


class SQLitePersistence(BasePersistence[dict, dict, dict]):
    """python-telegram-bot persistence on the bot's database."""

    def __init__(self, db: sqlite_utils.Database, update_interval: float = 1.0,
                 busy: Callable[[int | None], bool] | None = None,
                 before_write: Callable[[], None] | None = None) -> None:
        # bot_data is not persisted: it holds the long-lived services (settings, database,
        # knowledge base), rebuilt at every start.
        super().__init__(
            store_data=PersistenceInput(bot_data=False, callback_data=False),
            update_interval=update_interval,
        )
        self.db = db
        # an update of this chat (or this user's private chat) is being handled: its state is
        # written with the update by write_for_update, not by PTB's timer
        self.busy = busy or (lambda chat_id: False)
        self.before_write = before_write or (lambda: None)
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
    def _write_conversation(self, name: str, key: ConversationKey, new_state: object | None) -> None:
        key_text = json.dumps(list(key))
        if new_state is None:
            self.db["ptb_conversations"].delete_where("name = ? AND key = ?", [name, key_text])
        else:
            self.db["ptb_conversations"].upsert(
                {"name": name, "key": key_text, "state": _dump(new_state)}, pk=("name", "key")
            )

    async def update_conversation(self, name: str, key: ConversationKey, new_state: object | None) -> None:
        if key and self.busy(key[0]):
            return
        self.before_write()
        with self.db.atomic():
            self._write_conversation(name, key, new_state)

    async def update_user_data(self, user_id: int, data: dict) -> None:
        if self.busy(user_id):
            return
        self.before_write()
        with self.db.atomic():
            self.db["ptb_user_data"].upsert({"id": user_id, "data": _dump(data)}, pk="id")

    async def update_chat_data(self, chat_id: int, data: dict) -> None:
        if self.busy(chat_id):
            return
        self.before_write()
        with self.db.atomic():
            self.db["ptb_chat_data"].upsert({"id": chat_id, "data": _dump(data)}, pk="id")

    def write_for_update(self, application: Application, update: Update) -> None:
        """Write the state ``update`` left: every persistent conversation of its chat, its
        user's data and its chat's data. Synchronous, so the caller's transaction holds it."""
        chat = update.effective_chat
        user = update.effective_user
        chat_id = chat.id if chat is not None else (user.id if user is not None else None)
        if chat_id is not None:
            # python-telegram-bot keeps each persistent ConversationHandler's states here
            # (name -> {key: state}); keys start with the chat id (per_chat=True).
            for name, states in application._conversation_handler_conversations.items():  # noqa: SLF001
                self.db.execute("delete from ptb_conversations where name = ? and json_extract(key, '$[0]') = ?",
                                [name, chat_id])
                for key, state in list(states.items()):
                    if key and key[0] == chat_id:
                        self._write_conversation(name, key, _resolved(state))
        if user is not None and user.id in application.user_data:
            self.db["ptb_user_data"].upsert({"id": user.id, "data": _dump(application.user_data[user.id])}, pk="id")
        if chat is not None and chat.id in application.chat_data:
            self.db["ptb_chat_data"].upsert({"id": chat.id, "data": _dump(application.chat_data[chat.id])}, pk="id")

    async def update_bot_data(self, data: dict) -> None:
        return None

    async def update_callback_data(self, data: CDCData) -> None:
        return None

    async def drop_chat_data(self, chat_id: int) -> None:
        self.before_write()
        with self.db.atomic():
            self.db["ptb_chat_data"].delete_where("id = ?", [chat_id])

    async def drop_user_data(self, user_id: int) -> None:
        self.before_write()
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
