"""The bot's SQLite database: opening it and the schema of the field data.

One file holds everything: the knowledge base (tables ``kb_*``, owned by
``knowledge/store.py``), people and rights, the field reports with their audit trail,
subscriptions, the inbox of updates received and the conversation persistence (``ptb_*``).

Only aggregate counts are stored: no table has a place for a child's name.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import logging
import os
import sqlite3
import stat
import tempfile
from pathlib import Path
from typing import Iterator

import sqlite_utils

ROLES = ("admin", "manager", "collaborator")
BUSY_TIMEOUT = 30.0  # seconds a connection waits for another process's write lock
SQLITE_HEADER = b"SQLite format 3\x00"

log = logging.getLogger(__name__)


class DatabasePathError(ValueError):
    """``DATABASE_PATH`` cannot hold the database; ``str(error)`` is the one line to show."""


def utcnow() -> str:
    """Now, as an ISO timestamp in UTC (how every ``*_at`` column is written)."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def open_database(path: Path | str | None) -> sqlite_utils.Database:
    """Open (creating if needed) the database at ``path``; ``None`` gives an in-memory one.

    WAL journaling lets the digest read while a report is written, ``synchronous=FULL``
    makes a committed report durable before the bot says it is saved, and a busy timeout
    of ``BUSY_TIMEOUT`` s makes a write wait for another process's lock instead of failing.
    The schema is created under a lock file, so processes starting together on a fresh
    file do not race. Raises ``DatabasePathError`` when ``path`` cannot be used.
    """
    if path is None:
        conn = sqlite3.connect(":memory:", check_same_thread=False)
    else:
        path = Path(path)
        problem = database_path_problem(path)
        if problem:
            raise DatabasePathError(f"DATABASE_PATH={path}: {problem}")
        report_empty_file(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = connect_file(path)
        except sqlite3.Error as error:
            raise DatabasePathError(f"DATABASE_PATH={path}: {error}") from None
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    db = sqlite_utils.Database(conn)
    if path is None:
        ensure_schema(db)
    else:
        with file_lock(path):
            ensure_schema(db)
    return db


def connect_file(path: Path) -> sqlite3.Connection:
    """A connection to the SQLite file ``path`` in WAL mode with a busy timeout."""
    # no statement cache: the database watch (bot/runtime/watch.py) authorizes every write as it
    # is prepared, and a cached statement is not prepared again
    conn = sqlite3.connect(str(path), check_same_thread=False, timeout=BUSY_TIMEOUT, cached_statements=0)
    conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT * 1000)}")
    conn.execute("PRAGMA journal_mode=WAL")
    return conn


@contextlib.contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``<path>.schema.lock`` (flock: released if the process dies).
    Not the knowledge store's build lock (``<path>.lock``): one process may take both in turn."""
    lock_path = Path(f"{path}.schema.lock")
    with open(lock_path, "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def database_path_problem(path: Path | str) -> str | None:
    """Why the SQLite file ``path`` cannot be used (one short phrase), or None if it can.

    Checks without creating anything but a probe file it removes at once: an existing path
    must be a readable, writable regular file holding SQLite (or nothing), and its folder —
    or the nearest existing parent — a folder where files can be created (SQLite's WAL and
    shared-memory files live next to the database).
    """
    path = Path(path).expanduser()
    if path.exists():
        if path.is_dir():
            return "is a folder, not a file"
        if not stat.S_ISREG(path.stat().st_mode):
            return "is not a regular file"
        try:
            with open(path, "r+b") as handle:
                header = handle.read(len(SQLITE_HEADER))
        except OSError as error:
            return f"cannot be opened for writing ({error.strerror})"
        if header and header != SQLITE_HEADER:
            return "is not an SQLite database"
        folder = path.parent
    else:
        folder = path.parent
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent
        if not folder.is_dir():
            return f"{folder} is a file, not a folder"
    try:
        handle, probe = tempfile.mkstemp(dir=folder, prefix=".childplan-probe-")
        os.close(handle)
        os.unlink(probe)
    except OSError as error:
        return f"cannot create files in {folder} ({error.strerror})"
    return None


# an empty file younger than this is another process creating the database right now
# (several started at once on a fresh path), not a database left empty
EMPTY_FILE_GRACE_S = 10.0


def left_empty(path: str | Path) -> bool:
    """Whether ``path`` is a file of 0 bytes that no process has just created (older than
    ``EMPTY_FILE_GRACE_S``): a truncated database, which would silently start afresh."""
    try:
        info = os.stat(path)
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and info.st_size == 0 and (
        dt.datetime.now().timestamp() - info.st_mtime >= EMPTY_FILE_GRACE_S)


def report_empty_file(path: Path) -> bool:
    """Log a warning when ``path`` exists and was left empty (``left_empty``: a truncated
    database would silently become a fresh one); True if it was."""
    empty = left_empty(path)
    if empty:
        log.warning("DATABASE_PATH is an empty file (0 bytes): a new, empty database is created in it",
                    extra={"path": str(path)})
    return empty


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create the field-data tables that are missing. Safe to call on every start.

    One step per group of tables, in dependency order (areas before the tables that point
    at them); each step only creates what is missing.
    """
    tables = set(db.table_names())
    for step in SCHEMA_STEPS:
        step(db, tables)


def _create_areas(db: sqlite_utils.Database, tables: set[str]) -> None:
    """Wards/communes with their district and city."""
    if "areas" not in tables:
        db["areas"].create(
            {"id": int, "name": str, "district": str, "city": str, "created_at": str},
            pk="id", not_null={"name", "district", "city"},
        )
        db["areas"].create_index(["city", "district", "name"], unique=True)


def _create_people(db: sqlite_utils.Database, tables: set[str]) -> None:
    """Users with their role and scope, and the invites that register them."""
    if "users" not in tables:
        db["users"].create(
            {
                "id": int,            # Telegram user id
                "role": str,          # admin / manager / collaborator
                "display_name": str,  # the user's own Telegram name, for "who has not reported"
                "username": str,
                "area_id": int,       # a collaborator's ward/commune
                "district": str,      # a manager's scope (None = whole city)
                "city": str,          # a manager's or collaborator's city
                "language": str,
                "created_at": str,
                "active": int,
            },
            pk="id", defaults={"active": 1}, foreign_keys=[("area_id", "areas", "id")],
        )

    if "invites" not in tables:
        db["invites"].create(
            {
                "code": str, "role": str, "area_id": int, "district": str, "city": str,
                "created_by": int, "created_at": str, "expires_at": str,
                "used_by": int, "used_at": str,
            },
            pk="code", foreign_keys=[("area_id", "areas", "id")],
        )


def _create_measures(db: sqlite_utils.Database, tables: set[str]) -> None:
    """The measure catalogue collaborators report on."""
    if "measures" not in tables:
        db["measures"].create(
            {
                "key": str,           # stable code, e.g. "birth_registered_u5"
                "name_vi": str, "name_en": str,
                "kind": str,          # "count" or "rate" (numerator / denominator)
                "period": str,        # "week" or "month"
                "indicator": int,     # plan indicator number it measures, if any
                "metric": int,        # metric index within that indicator
                "numerator_vi": str, "numerator_en": str,
                "denominator_vi": str, "denominator_en": str,
                "keywords": str,      # extra words to match when a collaborator types
                "max_value": int,     # a value above this is impossible
                "position": int, "active": int,
            },
            pk="key", defaults={"active": 1},
        )


def _create_reports(db: sqlite_utils.Database, tables: set[str]) -> None:
    """Field reports and their audit trail."""
    if "reports" not in tables:
        db["reports"].create(
            {
                "id": int, "measure": str, "area_id": int,
                "period_kind": str, "period_start": str, "period_end": str,
                "value": int,          # for a count
                "numerator": int, "denominator": int,   # for a rate
                "reporter_id": int, "created_at": str, "updated_at": str,
                "update_id": int,      # the Telegram update that confirmed it
            },
            pk="id", not_null={"measure", "area_id", "period_start", "reporter_id"},
            foreign_keys=[("measure", "measures", "key"), ("area_id", "areas", "id")],
        )
        db["reports"].create_index(["measure", "area_id", "period_start"], unique=True)
        db["reports"].create_index(["period_start"])

    if "report_audit" not in tables:
        db["report_audit"].create(
            {
                "id": int, "report_id": int, "changed_by": int, "changed_at": str,
                "action": str,         # "create", "correct", "replace"
                "old_value": str, "new_value": str,   # JSON of the figures
                "reason": str,
            },
            pk="id", foreign_keys=[("report_id", "reports", "id")],
        )
        db["report_audit"].create_index(["report_id"])


def _create_subscriptions(db: sqlite_utils.Database, tables: set[str]) -> None:
    """Who receives the weekly digest, and where."""
    if "subscriptions" not in tables:
        db["subscriptions"].create(
            {"user_id": int, "chat_id": int, "city": str, "district": str, "created_at": str},
            pk="user_id",
        )


def _create_inbox(db: sqlite_utils.Database, tables: set[str]) -> None:
    """Every update received, committed before Telegram is told (bot/runtime/inbox.py);
    ``done_at`` is set in the transaction that saves what handling it changed."""
    if "inbox" not in tables:
        db["inbox"].create({"update_id": int, "chat_id": int, "body": str, "received_at": str, "done_at": str},
                           pk="update_id")
        db["inbox"].create_index(["done_at"])


def _create_catalogue_state(db: sqlite_utils.Database, tables: set[str]) -> None:
    """Which version of a shipped data file was last loaded."""
    if "catalogue_state" not in tables:
        # which version of a shipped data file (bot/field/data/measures.csv) was last loaded, so a
        # changed file is reloaded at start-up and an admin's upload is kept otherwise
        db["catalogue_state"].create({"name": str, "sha256": str, "source": str, "loaded_at": str}, pk="name")


def _create_reminder_logs(db: sqlite_utils.Database, tables: set[str]) -> None:
    """Reminders already sent, so none is sent twice."""
    if "manual_reminders" not in tables:
        # the last time a manager pressed "remind" for an area (bot/digest/reminders.py), so a
        # repeated tap does not flood the area's collaborators
        db["manual_reminders"].create({"area_id": int, "sent_by": int, "sent_at": str}, pk="area_id")

    if "reminders_sent" not in tables:
        # one row per collaborator and reporting period they were reminded about, so the
        # daily reminder job never reminds anyone twice for the same period (bot/digest/reminders.py)
        db["reminders_sent"].create(
            {"user_id": int, "period_kind": str, "period_start": str, "area_id": int, "sent_at": str},
            pk=("user_id", "period_kind", "period_start"),
        )


SCHEMA_STEPS = (
    _create_areas, _create_people, _create_measures, _create_reports, _create_subscriptions,
    _create_inbox, _create_catalogue_state, _create_reminder_logs,
)
