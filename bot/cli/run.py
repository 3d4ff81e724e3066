"""``python -m bot run``, ``console`` and ``start`` (what ``python -m bot`` alone does).

Settings come only from the environment and an optional ``.env``; a missing or malformed
one stops the command with one line on stderr (``error: …``) and exit code 2.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from pathlib import Path
from typing import NoReturn

import click

from bot.cli import cli
from bot.runtime.config import ConfigError, Settings, from_env, load_dotenv_file
from bot.runtime.logging_setup import configure_logging, log_settings

EXIT_CONFIG = 2    # a setting is missing or malformed, or Telegram rejected the token
EXIT_FAILURE = 1   # the bot could not reach the Bot API or stopped on an error

log = logging.getLogger(__name__)


def fail(message: str, code: int = EXIT_CONFIG) -> NoReturn:
    """Print ``error: message`` on one line of stderr and exit with ``code``."""
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def load_settings(*, quiet_logs: bool = False) -> Settings:
    """Settings from the environment (and ``.env``), with logging configured; exits on bad input."""
    try:
        load_dotenv_file()
        settings = from_env()
        level, fmt = log_settings()
    except ConfigError as error:
        fail(str(error))
    if quiet_logs and level < logging.WARNING:
        level = logging.WARNING  # the console's screen is for the chat
    configure_logging(level, fmt, secrets=(settings.token or "", settings.webhook_secret or ""))
    return settings


def run_polling_or_webhook(settings: Settings) -> None:
    from bot.launch.runner import StartupError, run_bot
    from bot.runtime.database import DatabasePathError

    try:
        run_bot(settings)
    except StartupError as error:
        fail(str(error), error.exit_code)
    except DatabasePathError as error:
        fail(str(error))
    except Exception as error:  # logged as its type and frames (one line); the operator gets one line too
        log.exception("the bot stopped on an error")
        fail(f"the bot stopped: {type(error).__name__} (details in the log)", EXIT_FAILURE)


def run_console_chat(settings: Settings, user_id: int | None = None, files_dir: Path | None = None) -> None:
    from bot.launch.console import CONSOLE_USER_ID, run_console

    from bot.runtime.database import DatabasePathError

    try:
        asyncio.run(run_console(settings, user_id=user_id or CONSOLE_USER_ID, files_dir=files_dir))
    except KeyboardInterrupt:
        click.echo()
    except DatabasePathError as error:
        fail(str(error))
    except Exception as error:
        log.exception("the console stopped on an error")
        fail(f"the console stopped: {type(error).__name__} (details in the log)", EXIT_FAILURE)


@cli.command()
def run() -> None:
    """Run the bot on Telegram: long polling, or a webhook when WEBHOOK_URL is set.

    Needs TELEGRAM_BOT_TOKEN; optional TELEGRAM_API_URL, DATABASE_PATH, ADMIN_IDS, TIMEZONE,
    DEFAULT_LANGUAGE, WEBHOOK_URL/WEBHOOK_LISTEN/WEBHOOK_PORT/WEBHOOK_SECRET, LOG_LEVEL,
    LOG_FORMAT (text or json). Stops cleanly on SIGTERM or Ctrl+C.

    Example: TELEGRAM_BOT_TOKEN=123456:ABC… python -m bot run
    """
    run_polling_or_webhook(load_settings())


@cli.command()
@click.option("--user-id", type=int, default=None,
              help="Telegram user id to chat as (default 1001; use an ADMIN_IDS id to act as admin).")
@click.option("--files-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where photos and documents the bot sends are saved (default data/console/ next to the database).")
def console(user_id: int | None, files_dir: Path | None) -> None:
    """Chat with the bot in this terminal: no token, no network, same handlers and database.

    Type a message, or the number of a button to press it (#1 for one shown as [#1]);
    /file PATH sends a file from this computer as a document, as a Telegram client does
    (a plan after /plans add; /file PATH | CAPTION adds a caption such as /areas import);
    /quit or Ctrl+D leaves.

    Example: printf 'so tong dai bao ve tre em\\n/quit\\n' | python -m bot console
    """
    run_console_chat(load_settings(quiet_logs=True), user_id, files_dir)


@cli.command()
def start() -> None:
    """Start the bot: `run` when TELEGRAM_BOT_TOKEN is set, else the local `console`.

    This is what `python -m bot` does with no command.

    Example: python -m bot start
    """
    settings = load_settings()
    if settings.token is None:
        logging.getLogger().setLevel(max(logging.getLogger().level, logging.WARNING))
        run_console_chat(settings)
    else:
        run_polling_or_webhook(settings)
