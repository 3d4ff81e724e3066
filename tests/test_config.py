"""Settings from the environment, what the command line says when one is wrong, and the
one-line logs that never show a token."""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.runtime.config import DEFAULT_API_URL, ConfigError, from_env
from bot.runtime.logging_setup import OneLineFormatter, configure_logging, log_settings, redact

TOKEN = "123456:ABCdefGHIjklMNOpqrSTUvwx"


@pytest.mark.parametrize(("env", "expected"), [
    ({}, {"token": None, "api_url": DEFAULT_API_URL, "admin_ids": frozenset(), "default_language": "vi"}),
    ({"TELEGRAM_BOT_TOKEN": f" {TOKEN} "}, {"token": TOKEN}),
    ({"TELEGRAM_API_URL": "http://127.0.0.1:8081/"}, {"api_url": "http://127.0.0.1:8081"}),
    ({"DATABASE_PATH": "/tmp/x/bot.db"}, {"database_path": Path("/tmp/x/bot.db")}),
    ({"ADMIN_IDS": "1, 2;3 4"}, {"admin_ids": frozenset({1, 2, 3, 4})}),
    ({"TIMEZONE": "Asia/Bangkok"}, {"timezone": "Asia/Bangkok"}),
    ({"DEFAULT_LANGUAGE": "EN"}, {"default_language": "en"}),
    ({"TELEGRAM_BOT_TOKEN": TOKEN, "WEBHOOK_URL": "https://bot.example.vn/tg", "WEBHOOK_PORT": "8080",
      "WEBHOOK_LISTEN": "127.0.0.1", "WEBHOOK_SECRET": "s3cret_-x"},
     {"webhook_url": "https://bot.example.vn/tg", "webhook_port": 8080, "webhook_listen": "127.0.0.1",
      "webhook_secret": "s3cret_-x"}),
    ({"PORT": "5000"}, {"webhook_port": 5000}),
    ({"DIGEST_WEEKDAY": "Friday", "DIGEST_TIME": "8:05"}, {"digest_weekday": 4, "digest_time": dt.time(8, 5)}),
    ({"LATE_AFTER_DAYS": "7", "REMINDER_HOURS_BEFORE": "48", "CONVERSATION_TIMEOUT": "600"},
     {"late_after_days": 7, "reminder_hours_before": 48, "conversation_timeout": 600}),
])
def test_good_settings_are_read(env, expected):
    settings = from_env(env)
    assert expected == {name: getattr(settings, name) for name in expected}


@pytest.mark.parametrize(("env", "message"), [
    ({"TELEGRAM_BOT_TOKEN": "not-a-token"}, "TELEGRAM_BOT_TOKEN does not look like a bot token"),
    ({"TELEGRAM_API_URL": "ftp://x"}, "TELEGRAM_API_URL must be an http(s) URL, got 'ftp://x'"),
    ({"ADMIN_IDS": "12,abc"}, "ADMIN_IDS must be Telegram user ids separated by commas, got 'abc'"),
    ({"TIMEZONE": "Mars/Olympus"}, "TIMEZONE must be an IANA time zone like Asia/Ho_Chi_Minh, got 'Mars/Olympus'"),
    ({"DEFAULT_LANGUAGE": "fr"}, "DEFAULT_LANGUAGE must be one of vi, en, got 'fr'"),
    ({"WEBHOOK_URL": "https://bot.example.vn"}, "WEBHOOK_URL is set but TELEGRAM_BOT_TOKEN is missing"),
    ({"WEBHOOK_PORT": "70000"}, "WEBHOOK_PORT must be a whole number from 1 to 65535, got '70000'"),
    ({"WEBHOOK_PORT": "eighty"}, "WEBHOOK_PORT must be a whole number from 1 to 65535, got 'eighty'"),
    ({"WEBHOOK_SECRET": "has space"}, "WEBHOOK_SECRET may only contain letters, digits, _ and -"),
    ({"DIGEST_TIME": "25:00"}, "DIGEST_TIME must be a time of day like 07:30, got '25:00'"),
    ({"DIGEST_WEEKDAY": "someday"}, "DIGEST_WEEKDAY must be a weekday name like monday, got 'someday'"),
    ({"LATE_AFTER_DAYS": "-1"}, "LATE_AFTER_DAYS must be a whole number from 0 to 365, got '-1'"),
    ({"CONVERSATION_TIMEOUT": "5"}, "CONVERSATION_TIMEOUT must be a whole number from 10 to 604800, got '5'"),
    ({"DATABASE_PATH": "/proc/childplan/bot.db"}, "DATABASE_PATH=/proc/childplan/bot.db: cannot create files in /proc"),
    ({"DATABASE_PATH": "/dev/null"}, "DATABASE_PATH=/dev/null: is not a regular file"),
    ({"DATABASE_PATH": "/etc/hostname/bot.db"}, "DATABASE_PATH=/etc/hostname/bot.db: /etc/hostname is a file, not a folder"),
])
def test_malformed_settings_give_one_clear_line(env, message):
    with pytest.raises(ConfigError) as caught:
        from_env(env)
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(("env", "expected"), [
    ({}, (logging.INFO, "text")),
    ({"LOG_LEVEL": "debug", "LOG_FORMAT": "JSON"}, (logging.DEBUG, "json")),
    ({"LOG_LEVEL": "WARNING"}, (logging.WARNING, "text")),
])
def test_log_settings(env, expected):
    assert expected == log_settings(env)


@pytest.mark.parametrize(("env", "message"), [
    ({"LOG_LEVEL": "loud"}, "LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL, got 'loud'"),
    ({"LOG_FORMAT": "xml"}, "LOG_FORMAT must be one of text, json, got 'xml'"),
])
def test_malformed_log_settings(env, message):
    with pytest.raises(ConfigError, match="^" + message.replace("(", r"\(").replace(")", r"\)") + "$"):
        log_settings(env)


# -- the command line ----------------------------------------------------------------------
def run_cli(tmp_path: Path, env: dict[str, str], *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items()
             if not k.startswith(("TELEGRAM_", "WEBHOOK_", "ADMIN_", "DATABASE_", "LOG_", "TIMEZONE", "DEFAULT_"))}
    clean.update({"DATABASE_PATH": str(tmp_path / "bot.db"), **env})
    # this checkout's code, though the working directory is elsewhere
    clean["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(__file__).resolve().parents[1]),
                                                        os.environ.get("PYTHONPATH")]))
    return subprocess.run([sys.executable, "-m", "bot", *args], env=clean, cwd=tmp_path, input=stdin,
                          capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize(("env", "message"), [
    ({}, "error: TELEGRAM_BOT_TOKEN is not set (get one from @BotFather), "
         "or run `python -m bot console` to chat with the bot locally"),
    ({"TELEGRAM_BOT_TOKEN": "12:x"}, "error: TELEGRAM_BOT_TOKEN does not look like a bot token "
                                     "(digits:letters from @BotFather)"),
    ({"TELEGRAM_BOT_TOKEN": TOKEN, "ADMIN_IDS": "boss"},
     "error: ADMIN_IDS must be Telegram user ids separated by commas, got 'boss'"),
    ({"TELEGRAM_BOT_TOKEN": TOKEN, "TIMEZONE": "Hanoi"},
     "error: TIMEZONE must be an IANA time zone like Asia/Ho_Chi_Minh, got 'Hanoi'"),
    ({"TELEGRAM_BOT_TOKEN": TOKEN, "WEBHOOK_URL": "https://x.vn/hook", "WEBHOOK_PORT": "0"},
     "error: WEBHOOK_PORT must be a whole number from 1 to 65535, got '0'"),
    ({"TELEGRAM_BOT_TOKEN": TOKEN, "LOG_LEVEL": "chatty"},
     "error: LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL, got 'chatty'"),
])
def test_run_with_a_bad_setting_prints_one_line_and_exits_2(tmp_path, env, message):
    result = run_cli(tmp_path, env, "run")
    assert (2, message + "\n", "") == (result.returncode, result.stderr, result.stdout)
    assert not (tmp_path / "bot.db").exists()  # nothing was started


def test_a_bad_setting_in_dotenv_is_reported_the_same_way(tmp_path):
    (tmp_path / ".env").write_text(f"TELEGRAM_BOT_TOKEN={TOKEN}\nDEFAULT_LANGUAGE=klingon\n")
    result = run_cli(tmp_path, {}, "run")
    assert (2, "error: DEFAULT_LANGUAGE must be one of vi, en, got 'klingon'\n") == (result.returncode, result.stderr)


def test_a_token_the_bot_api_rejects_is_one_line_exit_2(tmp_path):
    """A real HTTP server that answers 401, as Telegram does for a revoked token."""
    import http.server
    import threading

    class Unauthorized(http.server.BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - the http.server API
            body = json.dumps({"ok": False, "error_code": 401, "description": "Unauthorized"}).encode()
            self.send_response(401)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Unauthorized)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        result = run_cli(tmp_path, {"TELEGRAM_BOT_TOKEN": TOKEN,
                                    "TELEGRAM_API_URL": f"http://127.0.0.1:{server.server_address[1]}"}, "run")
    finally:
        server.shutdown()
    last = result.stderr.strip().splitlines()[-1]
    assert (2, "error: the Bot API at http://127.0.0.1:%d rejected TELEGRAM_BOT_TOKEN (check it with @BotFather)"
            % server.server_address[1]) == (result.returncode, last)
    assert all(line.startswith(("ts=", "error: ")) for line in result.stderr.splitlines())  # no bare traceback
    assert TOKEN not in result.stderr and TOKEN.split(":")[1] not in result.stderr


def test_an_unreachable_bot_api_is_one_line_exit_1(tmp_path):
    result = run_cli(tmp_path, {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": "http://127.0.0.1:9"}, "run")
    last = result.stderr.strip().splitlines()[-1]
    assert 1 == result.returncode
    assert last.startswith("error: cannot reach the Bot API at http://127.0.0.1:9: ")
    assert all(line.startswith(("ts=", "error: ")) for line in result.stderr.splitlines())  # logs: one line each
    assert TOKEN.split(":")[1] not in result.stderr


def test_every_command_has_help_with_an_example():
    from bot.cli import cli

    for name in ("run", "console", "start"):
        assert "Example: " in cli.commands[name].help


# -- logs ----------------------------------------------------------------------------------
def log_line(fmt: str, message: str, *args, exc: bool = False, **extra) -> str:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(OneLineFormatter(fmt, secrets=("hunter2-webhook-secret",)))
    logger = logging.getLogger(f"test.{fmt}")
    logger.propagate = False
    logger.handlers = [handler]
    try:
        if exc:
            try:
                raise ValueError("boom\nsecond line")
            except ValueError:
                logger.exception(message, *args, extra=extra)
        else:
            logger.warning(message, *args, extra=extra)
    finally:
        logger.handlers = []
    return stream.getvalue()


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_a_record_is_one_line_even_with_a_traceback(fmt):
    line = log_line(fmt, "failed for %s", "user 5", exc=True, update_id=42)
    assert 1 == line.count("\n") and line.endswith("\n")
    if fmt == "json":
        record = json.loads(line)
        assert ("ERROR", "failed for user 5", 42) == (record["level"], record["msg"], record["update_id"])
        assert "ValueError (message not logged)" in record["exc"] and "in log_line" in record["exc"]
    else:
        assert 'level=ERROR logger=test.text msg="failed for user 5" update_id=42 exc="Traceback' in line
    assert "boom" not in line  # an exception's message may quote what the user typed


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_an_exception_holding_user_text_is_logged_by_type_and_place_only(fmt):
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(OneLineFormatter(fmt))
    logger = logging.getLogger(f"test.typed.{fmt}")
    logger.propagate, logger.handlers = False, [handler]
    try:
        try:
            try:
                int("em Lan ²")
            except ValueError as error:
                raise RuntimeError(f"could not read {error}") from error
        except RuntimeError:
            logger.exception("the console stopped on an error")
    finally:
        logger.handlers = []
    line = stream.getvalue()
    assert "Lan" not in line and "²" not in line and "\\u00b2" not in line
    assert "ValueError (message not logged)" in line and "RuntimeError (message not logged)" in line
    assert "test_an_exception_holding_user_text_is_logged_by_type_and_place_only" in line


@pytest.mark.parametrize("fmt", ["text", "json"])
@pytest.mark.parametrize("leak", [
    f"POST http://127.0.0.1:8081/bot{TOKEN}/sendMessage",
    f"token={TOKEN}",
    "secret hunter2-webhook-secret",
])
def test_tokens_and_secrets_never_reach_the_log(fmt, leak):
    line = log_line(fmt, "request %s", leak)
    assert TOKEN.split(":")[1] not in line and "hunter2" not in line
    assert "<redacted>" in line


def test_redact_keeps_ordinary_numbers_and_times():
    assert "at 07:30, 98,5% of 12:3" == redact("at 07:30, 98,5% of 12:3")


def test_httpx_request_lines_are_kept_out():
    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    stream = io.StringIO()
    try:
        configure_logging(logging.INFO, "text", stream=stream)
        logging.getLogger("httpx").info("HTTP Request: POST http://127.0.0.1:8081/bot%s/getMe", TOKEN)
        logging.getLogger("bot.runner").info("starting polling")
    finally:
        root.handlers = saved_handlers
        root.setLevel(saved_level)
    lines = stream.getvalue().splitlines()
    assert 1 == len(lines) and lines[0].endswith('level=INFO logger=bot.runner msg="starting polling"')
