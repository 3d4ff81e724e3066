"""The database watch as pure code: a write to a file that was removed or replaced is refused."""

from __future__ import annotations

import os
import sqlite3

import pytest

from bot.runtime.database import open_database
from bot.runtime.watch import DatabaseGone, DatabaseWatch


def test_writes_are_refused_once_the_file_is_removed(tmp_path):
    path = tmp_path / "bot.db"
    db = open_database(path)
    watch = DatabaseWatch(db.conn, path)
    db["areas"].insert({"name": "Phúc Xá", "district": "Ba Đình", "city": "Hà Nội"})
    watch.check()  # nothing wrong yet
    os.remove(path)
    with pytest.raises(sqlite3.DatabaseError, match="not authorized"):
        db["areas"].insert({"name": "Kim Mã", "district": "Ba Đình", "city": "Hà Nội"})
    with pytest.raises(DatabaseGone, match=f"DATABASE_PATH={path} was removed while the bot was running"):
        watch.check()
    assert 1 == db.execute("select count(*) from areas").fetchone()[0]  # reading still works


def test_a_replaced_file_is_noticed_by_the_check(tmp_path):
    path = tmp_path / "bot.db"
    db = open_database(path)
    watch = DatabaseWatch(db.conn, path)
    other = tmp_path / "other.db"
    sqlite3.connect(other).close()
    os.replace(other, path)
    with pytest.raises(DatabaseGone, match="was replaced by another file"):
        watch.check()
    with pytest.raises(sqlite3.DatabaseError):  # refused from now on
        db.execute("insert into areas (name, district, city) values ('a', 'b', 'c')")
