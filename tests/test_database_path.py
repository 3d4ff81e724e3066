"""A DATABASE_PATH that cannot be used stops every command with one line, exit 2; a
zero-length database file is reported; eight processes on a fresh database all succeed."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.runtime.database import DatabasePathError, database_path_problem, open_database

PROJECT = Path(__file__).resolve().parents[1]


def run_bot(*args: str, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *args], env=env, cwd=PROJECT, capture_output=True,
                          text=True, timeout=timeout)


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_", "WEBHOOK_"))}
    env.update(extra)
    return env


def bad_paths(tmp_path: Path) -> dict[str, tuple[str, str]]:
    """name -> (DATABASE_PATH, what the error line must say)."""
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a database\n")
    return {
        "a folder": (str(tmp_path), "is a folder"),
        "a file used as a folder": (str(a_file / "bot.db"), "is a file, not a folder"),
        "inside /proc": ("/proc/childplan/bot.db", "cannot create files in /proc"),
        "a device": ("/dev/null", "is not a regular file"),
        "a text file": (str(a_file), "is not an SQLite database"),
    }


@pytest.mark.parametrize("case", ["a folder", "a file used as a folder", "inside /proc", "a device", "a text file"])
def test_the_problem_is_named(tmp_path, case):
    path, expected = bad_paths(tmp_path)[case]
    assert expected in database_path_problem(path)
    with pytest.raises(DatabasePathError, match="DATABASE_PATH"):
        open_database(path)


def test_good_paths_have_no_problem(tmp_path):
    assert database_path_problem(tmp_path / "new" / "deeper" / "bot.db") is None  # folders are made
    open_database(tmp_path / "bot.db").conn.close()
    assert database_path_problem(tmp_path / "bot.db") is None
    assert [] == [p.name for p in tmp_path.iterdir() if p.name.startswith(".childplan-probe")]


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_an_unwritable_folder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        assert "cannot create files" in database_path_problem(folder / "bot.db")
    finally:
        folder.chmod(0o755)


COMMANDS = [
    ("ask", "so tong dai bao ve tre em"),
    ("kb", "show"),
    ("run",),
    ("console",),
    ("digest", "--print"),
    ("export", "--from", "2026-01-01", "--to", "2026-02-01", "--format", "csv"),
    ("ingest",),
]


@pytest.mark.parametrize("case", ["a file used as a folder", "inside /proc"])
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_every_command_stops_with_one_line(tmp_path, case, command):
    path, expected = bad_paths(tmp_path)[case]
    env = clean_env(DATABASE_PATH=path, TELEGRAM_BOT_TOKEN="123456:ABCdefGHIjklMNOpqrSTUvwx")
    result = run_bot(*command, env=env)
    assert 2 == result.returncode, result.stderr
    (line,) = result.stderr.splitlines()  # one line, nothing else
    assert line.startswith(f"error: DATABASE_PATH={path}: ") and expected in line
    assert "Traceback" not in result.stdout + result.stderr


def _left_a_minute_ago(path) -> None:
    """An empty file left there (a truncated database), not one another process has just
    created: those are not reported (see ``left_empty``)."""
    import os
    import time

    os.utime(path, (time.time() - 60, time.time() - 60))


def test_an_empty_database_file_is_reported_before_it_is_initialised(tmp_path, caplog):
    path = tmp_path / "bot.db"
    path.touch()
    _left_a_minute_ago(path)
    with caplog.at_level(logging.WARNING, logger="bot.runtime.database"):
        db = open_database(path)
    assert ["DATABASE_PATH is an empty file (0 bytes): a new, empty database is created in it"] == [
        record.getMessage() for record in caplog.records]
    assert "reports" in db.table_names()
    db.conn.close()
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="bot.runtime.database"):
        open_database(path).conn.close()
    assert [] == caplog.records  # a database with tables is not reported


def test_eight_processes_on_a_fresh_database_all_answer(tmp_path):
    """Concurrent first use: one process builds the knowledge base, the others wait for it."""
    env = clean_env(DATABASE_PATH=str(tmp_path / "fresh" / "bot.db"))
    processes = [subprocess.Popen([sys.executable, "-m", "bot", "ask", "so tong dai bao ve tre em", "--json"],
                                  env=env, cwd=PROJECT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(8)]
    results = [(p.wait(timeout=300), *p.communicate()) for p in processes]
    assert [0] * 8 == [code for code, _, _ in results], [err[-300:] for _, _, err in results]
    assert [""] * 8 == [err for _, _, err in results]
    assert all('"answered": true' in out for _, out, _ in results)


def test_a_command_on_an_empty_database_file_says_so_first(tmp_path):
    path = tmp_path / "bot.db"
    path.touch()
    _left_a_minute_ago(path)
    result = run_bot("ask", "so tong dai bao ve tre em", env=clean_env(DATABASE_PATH=str(path)))
    assert 0 == result.returncode
    assert [f"warning: DATABASE_PATH={path} is an empty file (0 bytes): a new, empty database is created in it"] == (
        result.stderr.splitlines())
    assert "111" in result.stdout


def test_an_empty_file_another_process_is_creating_is_not_reported(tmp_path, caplog):
    # eight processes started at once on a fresh path: one creates the file, the others find
    # it empty for a moment; that is no truncated database
    path = tmp_path / "bot.db"
    path.touch()
    with caplog.at_level(logging.WARNING, logger="bot.runtime.database"):
        open_database(path).conn.close()
    assert [] == caplog.records
