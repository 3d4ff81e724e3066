"""Settings, read only from the environment (and an optional ``.env`` file).

A missing or malformed setting raises ``ConfigError`` whose message is one clear line;
the command line prints it and exits, never a traceback.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Mapping
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.i18n import LANGUAGES
from bot.runtime.database import database_path_problem

PROJECT_DIR = Path(__file__).resolve().parents[2]
DEFAULT_DATABASE_PATH = PROJECT_DIR / "data" / "childplan.db"
DEFAULT_API_URL = "https://api.telegram.org"
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

_TOKEN_RE = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{20,}$")
_SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


class ConfigError(ValueError):
    """A setting is missing or malformed; ``str(error)`` is the one line to show."""


@dataclass(frozen=True)
class Settings:
    token: str | None = None
    api_url: str = DEFAULT_API_URL
    database_path: Path = DEFAULT_DATABASE_PATH
    admin_ids: frozenset[int] = field(default_factory=frozenset)
    timezone: str = "Asia/Ho_Chi_Minh"
    default_language: str = "vi"
    webhook_url: str | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    webhook_secret: str | None = None
    digest_weekday: int = 0          # Monday
    digest_time: dt.time = dt.time(7, 30)
    reminder_hours_before: int = 24  # remind collaborators this long before a period ends
    conversation_timeout: int = 1800  # seconds a report conversation may sit idle
    late_after_days: int = 3         # a report received later than this after its period ended is late
    bot_username: str = "childplan_bot"  # used by the offline console only

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def base_url(self) -> str:
        """Where Bot API methods are called: ``{api_url}/bot<token>/<method>``."""
        return f"{self.api_url.rstrip('/')}/bot"

    @property
    def base_file_url(self) -> str:
        """Where files are downloaded: ``{api_url}/file/bot<token>/<path>``."""
        return f"{self.api_url.rstrip('/')}/file/bot"

    def with_overrides(self, **changes: object) -> "Settings":
        return replace(self, **changes)


def _parse_ids(raw: str) -> frozenset[int]:
    ids = set()
    for part in re.split(r"[,\s;]+", raw.strip()):
        if not part:
            continue
        if not re.fullmatch(r"-?\d+", part):
            raise ConfigError(f"ADMIN_IDS must be Telegram user ids separated by commas, got {part!r}")
        ids.add(int(part))
    return frozenset(ids)


def _parse_time(name: str, raw: str) -> dt.time:
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", raw.strip())
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise ConfigError(f"{name} must be a time of day like 07:30, got {raw!r}")
    return dt.time(int(match.group(1)), int(match.group(2)))


def _parse_int(name: str, raw: str, low: int, high: int) -> int:
    if not re.fullmatch(r"\d+", raw.strip()) or not low <= int(raw) <= high:
        raise ConfigError(f"{name} must be a whole number from {low} to {high}, got {raw!r}")
    return int(raw)


def _parse_url(name: str, raw: str) -> str:
    value = raw.strip().rstrip("/")
    if not re.fullmatch(r"https?://[^\s/]+(/\S*)?", value):
        raise ConfigError(f"{name} must be an http(s) URL, got {raw!r}")
    return value


def load_dotenv_file(path: Path | None = None) -> None:
    """Load ``.env`` (from the working directory) into the environment, if there is one."""
    from dotenv import load_dotenv

    load_dotenv(path or Path.cwd() / ".env", override=False)


def from_env(environ: Mapping[str, str] | None = None) -> Settings:
    """Build Settings from ``environ`` (default: ``os.environ``)."""
    env = os.environ if environ is None else environ
    get = lambda name: (env.get(name) or "").strip()  # noqa: E731

    token = get("TELEGRAM_BOT_TOKEN") or None
    if token and not _TOKEN_RE.match(token):
        raise ConfigError("TELEGRAM_BOT_TOKEN does not look like a bot token (digits:letters from @BotFather)")

    values: dict[str, object] = {"token": token}
    if get("TELEGRAM_API_URL"):
        values["api_url"] = _parse_url("TELEGRAM_API_URL", get("TELEGRAM_API_URL"))
    if get("DATABASE_PATH"):
        values["database_path"] = Path(get("DATABASE_PATH")).expanduser()
        problem = database_path_problem(values["database_path"])
        if problem:
            raise ConfigError(f"DATABASE_PATH={get('DATABASE_PATH')}: {problem}")
    if get("ADMIN_IDS"):
        values["admin_ids"] = _parse_ids(get("ADMIN_IDS"))
    if get("TIMEZONE") or get("TZ_NAME"):
        name = get("TIMEZONE") or get("TZ_NAME")
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            raise ConfigError(f"TIMEZONE must be an IANA time zone like Asia/Ho_Chi_Minh, got {name!r}") from None
        values["timezone"] = name
    if get("DEFAULT_LANGUAGE"):
        lang = get("DEFAULT_LANGUAGE").lower()
        if lang not in LANGUAGES:
            raise ConfigError(f"DEFAULT_LANGUAGE must be one of {', '.join(LANGUAGES)}, got {lang!r}")
        values["default_language"] = lang
    if get("WEBHOOK_URL"):
        values["webhook_url"] = _parse_url("WEBHOOK_URL", get("WEBHOOK_URL"))
        if not token:
            raise ConfigError("WEBHOOK_URL is set but TELEGRAM_BOT_TOKEN is missing")
    if get("WEBHOOK_LISTEN"):
        values["webhook_listen"] = get("WEBHOOK_LISTEN")
    if get("WEBHOOK_PORT") or get("PORT"):
        values["webhook_port"] = _parse_int("WEBHOOK_PORT", get("WEBHOOK_PORT") or get("PORT"), 1, 65535)
    if get("WEBHOOK_SECRET"):
        if not _SECRET_RE.match(get("WEBHOOK_SECRET")):
            raise ConfigError("WEBHOOK_SECRET may only contain letters, digits, _ and - (1 to 256 characters)")
        values["webhook_secret"] = get("WEBHOOK_SECRET")
    if get("DIGEST_WEEKDAY"):
        day = get("DIGEST_WEEKDAY").lower()[:3]
        if day not in WEEKDAYS:
            raise ConfigError(f"DIGEST_WEEKDAY must be a weekday name like monday, got {get('DIGEST_WEEKDAY')!r}")
        values["digest_weekday"] = WEEKDAYS.index(day)
    if get("DIGEST_TIME"):
        values["digest_time"] = _parse_time("DIGEST_TIME", get("DIGEST_TIME"))
    if get("REMINDER_HOURS_BEFORE"):
        values["reminder_hours_before"] = _parse_int("REMINDER_HOURS_BEFORE", get("REMINDER_HOURS_BEFORE"), 1, 24 * 30)
    if get("CONVERSATION_TIMEOUT"):
        values["conversation_timeout"] = _parse_int("CONVERSATION_TIMEOUT", get("CONVERSATION_TIMEOUT"), 10, 7 * 86400)
    if get("LATE_AFTER_DAYS"):
        values["late_after_days"] = _parse_int("LATE_AFTER_DAYS", get("LATE_AFTER_DAYS"), 0, 365)
    return Settings(**values)


def check_database_setting(environ: Mapping[str, str] | None = None) -> None:
    """Raise ``ConfigError`` (one line naming DATABASE_PATH and why) when the configured
    database path cannot be used; every command calls this before it starts."""
    env = os.environ if environ is None else environ
    raw = (env.get("DATABASE_PATH") or "").strip()
    if raw:
        problem = database_path_problem(Path(raw))
        if problem:
            raise ConfigError(f"DATABASE_PATH={raw}: {problem}")
