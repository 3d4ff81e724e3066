"""Running the bot against Telegram: long polling, or a webhook when WEBHOOK_URL is set.

python-telegram-bot's ``run_polling``/``run_webhook`` own the event loop: they initialize
the Application, call ``post_init`` (knowledge base, jobs, ``setMyCommands``), stop on
SIGINT/SIGTERM after processing every update already fetched, flush the persistence and
call ``post_shutdown`` (which closes the database). This module only chooses the mode and
turns the failures a person can fix (a token Telegram rejects, a Bot API that cannot be
reached) into one clear line.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from urllib.parse import urlsplit

from telegram import Update
from telegram.error import InvalidToken, NetworkError

from bot.launch.app import WATCH_KEY, build_application
from bot.services import services
from bot.runtime.config import Settings

log = logging.getLogger(__name__)

POLL_TIMEOUT = 10          # seconds a getUpdates call waits for news at the server
BOOTSTRAP_RETRIES = 3      # tries to reach the Bot API at start before giving up


class StartupError(RuntimeError):
    """The bot could not start; ``str(error)`` is the one line to show.

    ``exit_code`` is 2 when a setting is at fault (no token, a token Telegram rejects) and
    1 when the Bot API could not be reached (worth retrying later).
    """

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code


@dataclass(frozen=True)
class WebhookPlan:
    """Where the webhook server listens and what it tells Telegram."""

    listen: str
    port: int
    url_path: str
    webhook_url: str
    secret_token: str | None


def webhook_plan(settings: Settings) -> WebhookPlan:
    """The webhook set-up for ``settings``: the local path is the path of WEBHOOK_URL."""
    if not settings.webhook_url:
        raise ValueError("no WEBHOOK_URL")
    path = urlsplit(settings.webhook_url).path.strip("/")
    return WebhookPlan(settings.webhook_listen, settings.webhook_port, path, settings.webhook_url,
                       settings.webhook_secret)


def run_bot(settings: Settings) -> None:
    """Run until SIGINT/SIGTERM. Raises StartupError when Telegram cannot be used."""
    if not settings.token:
        raise StartupError("TELEGRAM_BOT_TOKEN is not set (get one from @BotFather), "
                           "or run `python -m bot console` to chat with the bot locally")
    application = build_application(settings)
    try:
        if settings.webhook_url:
            plan = webhook_plan(settings)
            log.info("starting webhook", extra={"listen": plan.listen, "port": plan.port, "path": "/" + plan.url_path})
            application.run_webhook(
                listen=plan.listen, port=plan.port, url_path=plan.url_path, webhook_url=plan.webhook_url,
                secret_token=plan.secret_token, allowed_updates=Update.ALL_TYPES,
                bootstrap_retries=BOOTSTRAP_RETRIES,
            )
        else:
            log.info("starting polling", extra={"api_url": settings.api_url})
            application.run_polling(
                poll_interval=0.0, timeout=POLL_TIMEOUT, allowed_updates=Update.ALL_TYPES,
                bootstrap_retries=BOOTSTRAP_RETRIES,
            )
    except InvalidToken:
        raise StartupError(f"the Bot API at {settings.api_url} rejected TELEGRAM_BOT_TOKEN (check it with @BotFather)") from None
    except NetworkError as error:
        raise StartupError(f"cannot reach the Bot API at {settings.api_url}: {error}", exit_code=1) from None
    watch = services(application).extras.get(WATCH_KEY)
    if watch is not None and watch.gone:
        raise StartupError(watch.gone, exit_code=1)
    log.info("stopped")
