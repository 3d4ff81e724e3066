"""The durable inbox: every update is in SQLite before Telegram is told it was received.

Telegram forgets an update once the bot confirms it (the next ``getUpdates`` offset moves
past it; the webhook answers 200). python-telegram-bot confirms as soon as the update is
in ``Application.update_queue``, so the queue itself is made durable: ``InboxQueue.put``
commits the update to the ``inbox`` table first (PTB's polling loop and webhook handler
both ``await update_queue.put(update)`` before they confirm).

An update is handled from there by ``ChatOrderedProcessor`` — one chat's updates in order,
different chats at the same time — and marked done by ``commit_update`` in one
transaction with the conversation state and user/chat data it left behind, and with what
its handler staged to write (``Inbox.stage``: a confirmed report and its audit line). A
kill before that commit leaves nothing of the update written: it is handled again from
the state before it (the user may get its reply twice); after the commit, all of it is
kept and the update is not handled again. At start, updates left unfinished by a crash are
queued before any new one (``replay_unfinished``). A redelivered update that is done is
dropped; one that is unfinished is handled once.

Done rows are forgotten after ``KEEP_FOR``: Telegram resends an update for at most 24
hours, and after a week without updates it restarts ids at a random number.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
from collections import Counter
from dataclasses import dataclass
from typing import Any, Awaitable, Callable

import sqlite_utils
from telegram import Update
from telegram.ext import Application, BaseUpdateProcessor

from bot.runtime.database import ensure_schema, utcnow

log = logging.getLogger(__name__)

TABLE = "inbox"
KEEP_FOR = dt.timedelta(days=2)  # twice the longest Telegram may resend an update
MAX_CONCURRENT_UPDATES = 512     # updates handled at once, across chats


def ensure_table(db: sqlite_utils.Database) -> None:
    """Create the ``inbox`` table if it is missing (a database opened by other means)."""
    if TABLE not in db.table_names():
        ensure_schema(db)


def chat_key(update: object) -> int | None:
    """The chat (else the user) an update belongs to; None for updates of neither."""
    if isinstance(update, Update):
        if update.effective_chat is not None:
            return update.effective_chat.id
        if update.effective_user is not None:
            return update.effective_user.id
    return None


@dataclass
class StagedWrite:
    """A write a handler asked to make in its update's transaction.

    ``write()`` is synchronous, writes through the inbox's own database connection (the one
    the bot's services share) and runs inside that transaction, in a savepoint of its own;
    an exception of ``refusals`` (e.g. a report someone else saved meanwhile) undoes only
    this write — the update is still done, and ``on_failure(error)`` (a coroutine function:
    tell the user) runs after the commit. Any other exception aborts the whole commit: the
    update stays unfinished and is handled again."""

    write: Callable[[], Any]
    refusals: tuple[type[BaseException], ...] = ()
    on_failure: Callable[[BaseException], Awaitable[Any]] | None = None


class Inbox:
    """The ``inbox`` table of ``db`` plus the ids being handled by this process, and the
    writes their handlers staged (``stage``).

    ``before_write`` (e.g. the database watch) is called before every write and may
    raise to refuse it.
    """

    def __init__(self, db: sqlite_utils.Database, before_write: Callable[[], None] | None = None) -> None:
        self.db = db
        self.before_write = before_write or (lambda: None)
        self.in_flight: set[int] = set()
        self.staged: dict[int, list[StagedWrite]] = {}
        ensure_table(db)

    def stage(self, update_id: int, write: StagedWrite) -> None:
        """Make ``write`` in the transaction that marks ``update_id`` done (``commit_update``)."""
        self.staged.setdefault(update_id, []).append(write)

    def receive(self, update: Update) -> bool:
        """Commit ``update`` to the inbox; False if it is done or already being handled."""
        if update.update_id in self.in_flight:
            return False
        row = self.db.execute(f"select done_at from {TABLE} where update_id = ?", [update.update_id]).fetchone()
        if row is not None and row[0] is not None:
            return False
        if row is None:
            self.before_write()
            with self.db.atomic():
                self.db.execute(
                    f"insert into {TABLE} (update_id, chat_id, body, received_at) values (?, ?, ?, ?)",
                    [update.update_id, chat_key(update), json.dumps(update.to_dict(), ensure_ascii=False), utcnow()])
        self.in_flight.add(update.update_id)
        return True

    def unfinished(self) -> list[dict[str, Any]]:
        """Updates received and not done, oldest first, as Bot API JSON."""
        rows = self.db.execute(f"select body from {TABLE} where done_at is null order by update_id").fetchall()
        return [json.loads(body) for (body,) in rows]

    def mark_done(self, update_id: int) -> None:
        """Mark ``update_id`` done; call inside the transaction that saves what it changed."""
        self.db.execute(f"update {TABLE} set done_at = ?, body = '' where update_id = ?", [utcnow(), update_id])

    def release(self, update_id: int) -> None:
        self.in_flight.discard(update_id)
        self.staged.pop(update_id, None)  # a handler that failed before its commit: nothing of it is written

    def next_local_id(self) -> int:
        """An update id after every one received (for updates made up locally: the console)."""
        row = self.db.execute(f"select max(update_id) from {TABLE}").fetchone()
        return (row[0] or 0) + 1

    def forget_old(self, keep_for: dt.timedelta = KEEP_FOR) -> int:
        """Forget done updates older than ``keep_for``; how many were forgotten."""
        cutoff = (dt.datetime.now(dt.timezone.utc) - keep_for).isoformat(timespec="seconds")
        self.before_write()
        with self.db.atomic():
            return self.db.execute(f"delete from {TABLE} where done_at is not null and done_at < ?",
                                   [cutoff]).rowcount


class InboxQueue(asyncio.Queue):
    """``Application.update_queue`` whose ``put`` commits an update to the inbox first.

    A repeat of an update that is done or being handled is not queued again.
    """

    def __init__(self, inbox: Inbox) -> None:
        super().__init__()
        self.inbox = inbox

    async def put(self, item: object) -> None:
        # the queue is unbounded, so put never waits (asyncio.Queue.put would call put_nowait)
        self.put_nowait(item)

    def put_nowait(self, item: object) -> None:
        if isinstance(item, Update) and not self.inbox.receive(item):
            return
        super().put_nowait(item)

    def replay(self, bodies: list[dict[str, Any]], bot: Any) -> int:
        """Queue updates left unfinished (already in the inbox); how many."""
        count = 0
        for body in bodies:
            update = Update.de_json(body, bot)
            if update.update_id in self.inbox.in_flight:
                continue
            self.inbox.in_flight.add(update.update_id)
            super().put_nowait(update)
            count += 1
        return count


class ChatOrderedProcessor(BaseUpdateProcessor):
    """Updates of one chat one after the other, in the order received; different chats at
    the same time, so a slow Bot API call stalls only its own chat.

    After each update ``on_done(update)`` runs under the chat's lock (it commits the
    update's state and marks it done). ``busy(chat_id)`` says whether an update of that
    chat is being handled (the persistence leaves such chats to ``on_done``).
    """

    def __init__(self, max_concurrent_updates: int = MAX_CONCURRENT_UPDATES) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int | None, asyncio.Lock] = {}
        self._users: Counter[int | None] = Counter()
        self.on_done: Callable[[object], Awaitable[None]] | None = None

    def busy(self, chat_id: int | None) -> bool:
        return self._users.get(chat_id, 0) > 0

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = chat_key(update)
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] += 1
        try:
            async with lock:
                await coroutine
                if self.on_done is not None:
                    await self.on_done(update)
        finally:
            self._users[key] -= 1
            if self._users[key] <= 0:
                del self._users[key]
                if not lock.locked():
                    self._locks.pop(key, None)

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None


def commit_update(application: Application, inbox: Inbox, update: object) -> None:
    """One transaction (one connection, one commit): what the handler staged
    (``Inbox.stage``), the conversation state, user data and chat data of ``update``'s chat
    and user as they are now, and the update marked done. Then it is no longer in flight.

    A staged write refused (one of its ``refusals``) is undone alone and its ``on_failure``
    is scheduled after the commit; any other error aborts the commit and is raised."""
    if not isinstance(update, Update):
        return
    persistence = application.persistence
    inbox.before_write()
    staged = inbox.staged.pop(update.update_id, [])
    refused: list[tuple[StagedWrite, BaseException]] = []
    try:
        with inbox.db.atomic():
            for item in staged:
                try:
                    with inbox.db.atomic():   # a savepoint: a refused write leaves the rest
                        item.write()
                except item.refusals as error:
                    refused.append((item, error))
            if persistence is not None and hasattr(persistence, "write_for_update"):
                persistence.write_for_update(application, update)
            inbox.mark_done(update.update_id)
    finally:
        inbox.release(update.update_id)
    for item, error in refused:
        log.warning("a staged write was refused at commit", extra={"error": type(error).__name__})
        if item.on_failure is not None:
            application.create_task(item.on_failure(error), update=update)


def stage_or_write(inbox: Inbox | None, update: object, write: StagedWrite) -> bool:
    """Stage ``write`` for ``update``'s commit; without an inbox handling that update (a
    handler run outside the bot's update loop), make it now (the write commits itself).
    True when staged. A refusal raised by an immediate write propagates."""
    update_id = getattr(update, "update_id", None)
    if inbox is not None and update_id is not None and update_id in inbox.in_flight:
        inbox.stage(update_id, write)
        return True
    write.write()   # save_report, correct_report … commit their own transaction
    return False
