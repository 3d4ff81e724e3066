"""Watching the database file: removed or replaced under a running bot, it stops writing.

SQLite keeps writing to the file it opened even after that file was deleted or another
file was moved into its place, so every confirmed report would silently vanish at the next
restart. ``DatabaseWatch`` remembers the file's identity (device and inode) when the bot
opens it and checks it before every write statement (an SQLite authorizer) and every
second (``run``). On a mismatch it refuses all further writes (``PRAGMA query_only``),
logs it at ERROR and calls ``on_gone`` (the bot tells the admins and stops, exit non-zero).
"""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
from pathlib import Path
from typing import Awaitable, Callable

log = logging.getLogger(__name__)

CHECK_EVERY = 1.0  # seconds between two checks while idle
_WRITES = {sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE}


class DatabaseGone(RuntimeError):
    """The database file was removed or replaced; ``str(error)`` is the one line to show."""


def file_identity(path: Path) -> tuple[int, int]:
    """``(st_dev, st_ino)`` of ``path``; raises OSError when it is gone."""
    st = os.stat(path)
    return st.st_dev, st.st_ino


class DatabaseWatch:
    """The identity of the database file ``path`` opened by ``conn``, checked on demand."""

    def __init__(self, conn: sqlite3.Connection, path: Path | str) -> None:
        self.conn = conn
        self.path = Path(path)
        self.identity = file_identity(self.path)
        self.gone: str | None = None   # the one line, once the file is gone
        self.on_gone: Callable[[str], Awaitable[None]] | None = None
        conn.set_authorizer(self._authorize)

    @property
    def message(self) -> str:
        return self.gone or ""

    def problem(self) -> str | None:
        """Why the file opened is no longer the file at ``path``, or None."""
        try:
            identity = file_identity(self.path)
        except FileNotFoundError:
            return "was removed"
        except OSError as error:
            return f"cannot be checked ({error.strerror})"
        if identity != self.identity:
            return "was replaced by another file"
        return None

    def check(self) -> None:
        """Raise ``DatabaseGone`` (refusing writes from now on) if the file is not the one opened."""
        if self.gone is None:
            reason = self.problem()
            if reason is not None:
                self._trip(reason)
        if self.gone is not None:
            raise DatabaseGone(self.gone)

    def _trip(self, reason: str) -> None:
        self.gone = (f"DATABASE_PATH={self.path} {reason} while the bot was running; "
                     "it stopped taking writes (restore the file and start the bot again)")
        try:
            self.conn.execute("PRAGMA query_only=ON")
        except sqlite3.Error:  # pragma: no cover - the authorizer refuses writes anyway
            pass
        log.error("the database file %s while the bot was running: writes refused, stopping", reason,
                  extra={"path": str(self.path)})
        if self.on_gone is not None:
            try:
                asyncio.get_running_loop().create_task(self.on_gone(self.gone))
            except RuntimeError:  # no event loop (a command-line tool): the caller sees DatabaseGone
                pass

    def _authorize(self, action: int, *_: object) -> int:
        if action in _WRITES:
            if self.gone is None and self.problem() is not None:
                self._trip(self.problem() or "was removed")
            if self.gone is not None:
                return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK

    async def run(self, every: float = CHECK_EVERY) -> None:
        """Check every ``every`` seconds until the file is gone (then return)."""
        while self.gone is None:
            await asyncio.sleep(every)
            try:
                self.check()
            except DatabaseGone:
                return
