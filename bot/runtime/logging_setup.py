"""Logging for a running bot: one line per record, ``key=value`` or JSON, never a token.

``configure_logging()`` is called once by ``python -m bot run`` and ``console``. The level
comes from ``LOG_LEVEL`` (default INFO) and the format from ``LOG_FORMAT`` (``text``, the
default, gives ``ts=… level=INFO logger=bot.runner msg="…"``; ``json`` gives one JSON
object a line, for log collectors). httpx logs every request URL — which contains the
bot token — at INFO, so it is kept at WARNING, and every line is scrubbed of anything that
looks like a token as a second line of defence. An exception is logged as its type and where it
was raised, never its message: "invalid literal for int() …: '²'" holds what the user typed.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import sys
import traceback
from typing import Mapping, TextIO

from bot.runtime.config import ConfigError

LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
FORMATS = ("text", "json")
NOISY_LOGGERS = ("httpx", "httpcore", "apscheduler", "tornado.access", "aiohttp.access")

# "123456:ABC…" as it appears in Bot API URLs (".../bot123456:ABC…/sendMessage") or alone.
_TOKEN_RE = re.compile(r"\d{3,}:[A-Za-z0-9_-]{20,}")
_PLAIN_VALUE_RE = re.compile(r"^[A-Za-z0-9_.:/@+-]+$")
# Attributes every LogRecord has; anything else was passed with ``extra=`` and is logged.
_STANDARD_ATTRS = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime", "taskName"}


def redact(text: str, secrets: tuple[str, ...] = ()) -> str:
    """``text`` with bot tokens (and any of ``secrets``) replaced by ``<redacted>``."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "<redacted>")
    return _TOKEN_RE.sub("<redacted>", text)


def describe_exception(error: BaseException) -> str:
    """A traceback without any exception's message: the frames (file, line, function) and the
    type of ``error`` and of the exceptions it was raised from, oldest first. Messages are left
    out because they may quote user input (``int(text)`` puts the text in its ValueError)."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    parts = []
    for exception in reversed(chain):
        frames = "".join(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}\n'
                         for frame in traceback.extract_tb(exception.__traceback__))
        kind = type(exception)
        name = kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"
        parts.append(f"Traceback (most recent call last):\n{frames}{name} (message not logged)")
    return "\n\nDuring handling of the above exception, another exception occurred:\n\n".join(parts)


def _kv_value(value: object) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    if text and _PLAIN_VALUE_RE.match(text):
        return text
    return json.dumps(text, ensure_ascii=False)  # quoted, newlines escaped: stays on one line


class OneLineFormatter(logging.Formatter):
    """Formats a record as one line of ``key=value`` pairs or one JSON object."""

    def __init__(self, fmt: str = "text", secrets: tuple[str, ...] = ()) -> None:
        super().__init__()
        if fmt not in FORMATS:
            raise ValueError(f"unknown log format {fmt!r}")
        self.fmt = fmt
        self.secrets = secrets

    def fields(self, record: logging.LogRecord) -> dict[str, object]:
        fields: dict[str, object] = {
            "ts": dt.datetime.fromtimestamp(record.created, dt.timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD_ATTRS and not key.startswith("_"):
                fields[key] = value
        if record.exc_info and record.exc_info[1] is not None:
            fields["exc"] = describe_exception(record.exc_info[1])
        elif record.exc_info:
            fields["exc"] = self.formatException(record.exc_info)
        elif record.exc_text:
            fields["exc"] = record.exc_text
        if record.stack_info:
            fields["stack"] = self.formatStack(record.stack_info)
        return fields

    def format(self, record: logging.LogRecord) -> str:
        fields = self.fields(record)
        if self.fmt == "json":
            line = json.dumps(fields, ensure_ascii=False, default=str)
        else:
            line = " ".join(f"{key}={_kv_value(value)}" for key, value in fields.items())
        return redact(line, self.secrets)


def log_settings(environ: Mapping[str, str] | None = None) -> tuple[int, str]:
    """The level and format asked for by ``LOG_LEVEL`` and ``LOG_FORMAT``; ConfigError if malformed."""
    env = os.environ if environ is None else environ
    level = (env.get("LOG_LEVEL") or "INFO").strip().upper()
    if level not in LEVELS:
        raise ConfigError(f"LOG_LEVEL must be one of {', '.join(LEVELS)}, got {env.get('LOG_LEVEL')!r}")
    fmt = (env.get("LOG_FORMAT") or "text").strip().lower()
    if fmt not in FORMATS:
        raise ConfigError(f"LOG_FORMAT must be one of {', '.join(FORMATS)}, got {env.get('LOG_FORMAT')!r}")
    return getattr(logging, level), fmt


def configure_logging(
    level: int = logging.INFO,
    fmt: str = "text",
    *,
    secrets: tuple[str, ...] = (),
    stream: TextIO | None = None,
) -> logging.Handler:
    """Send every log record to ``stream`` (stderr) as one line; returns the handler."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(OneLineFormatter(fmt, secrets=tuple(s for s in secrets if s)))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    for name in NOISY_LOGGERS:
        logging.getLogger(name).setLevel(max(level, logging.WARNING))
    logging.captureWarnings(True)
    return handler
