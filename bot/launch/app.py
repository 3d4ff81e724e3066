"""The one factory that builds the bot's ``Application``.

``build_application`` is used by ``python -m bot run`` (polling or webhook), by the local
console chat and by the tests, so the wiring the tests drive is the wiring deployed.
"""

from __future__ import annotations

import asyncio
import logging

import sqlite_utils
from telegram import BotCommand, BotCommandScopeDefault, LinkPreviewOptions
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, Defaults
from telegram.request import BaseRequest

import handlers
from bot.runtime.config import Settings
from bot.runtime.database import open_database
from bot.i18n import LANGUAGES, N_, gettext
from bot.runtime.inbox import ChatOrderedProcessor, Inbox, InboxQueue, commit_update
from bot.runtime.persistence import SQLitePersistence
from bot.runtime.retrying_request import RetryingRequest
from bot.runtime.watch import DatabaseWatch
from bot.services import SERVICES_KEY, Services, services

log = logging.getLogger(__name__)

OFFLINE_TOKEN = "1000000001:OFFLINE-local-console-no-network-token"
INBOX_KEY = "inbox"        # Services.extras: the durable inbox (bot/runtime/inbox.py)
WATCH_KEY = "database_watch"  # Services.extras: the DatabaseWatch, when the database is a file


def build_application(
    settings: Settings,
    *,
    request: BaseRequest | None = None,
    db: sqlite_utils.Database | None = None,
    kb: object | None = None,
    persistence_interval: float = 5.0,
) -> Application:
    """Build the Application with every handler, job and service wired in.

    ``request`` replaces the network (``bot.runtime.offline_request.OfflineRequest`` for the console
    and the tests); ``db`` and ``kb`` let tests share a database or a knowledge base that is
    already built. Nothing is contacted until the Application is initialized.

    Updates go through the durable inbox (``InboxQueue``) and are handled by a
    ``ChatOrderedProcessor``: in order within a chat, concurrently across chats, each
    committed with its conversation state. ``persistence_interval`` only paces
    python-telegram-bot's own saves (jobs, time-outs); an update's state is written with it.
    """
    database = db if db is not None else open_database(settings.database_path)
    token = settings.token or OFFLINE_TOKEN
    watch = None
    if db is None and settings.database_path is not None:
        watch = DatabaseWatch(database.conn, settings.database_path)
    before_write = watch.check if watch is not None else None
    inbox = Inbox(database, before_write=before_write)
    processor = ChatOrderedProcessor()

    builder = (
        ApplicationBuilder()
        .token(token)
        .base_url(settings.base_url)
        .base_file_url(settings.base_file_url)
        .defaults(Defaults(tzinfo=settings.tz, link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .persistence(SQLitePersistence(database, update_interval=persistence_interval, busy=processor.busy,
                                       before_write=before_write))
        .update_queue(InboxQueue(inbox))
        .concurrent_updates(processor)
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    if request is not None:
        # In-process Bot API (console, tests, benchmarks): there is no Telegram, so no
        # flood limit to respect; everything else is wired the same.
        builder = builder.request(request).get_updates_request(request)
    else:
        # Telegram's flood limits: AIORateLimiter spaces the calls and waits out a 429.
        builder = builder.rate_limiter(AIORateLimiter(max_retries=3))
        # RetryingRequest: HTTPXRequest that repeats a call on 429, 5xx and connection errors
        # (never a message whose answer was lost) within a deadline.
        builder = builder.request(RetryingRequest(connection_pool_size=64, read_timeout=15, write_timeout=30))
        builder = builder.get_updates_request(RetryingRequest(read_timeout=40))
    application = builder.build()
    application.bot_data[SERVICES_KEY] = Services(settings=settings, db=database, kb=kb,
                                                  extras={INBOX_KEY: inbox, WATCH_KEY: watch})

    async def update_done(update: object) -> None:
        commit_update(application, inbox, update)

    processor.on_done = update_done
    handlers.register_all(application)
    return application


def load_knowledge(settings: Settings) -> object:
    """Build the knowledge base if missing or stale, then load it and make it ready to
    answer, so the first question is as fast as the next (blocking)."""
    from bot.plans import pin_published_uploads
    from knowledge.answer.engine import warm_up
    from knowledge.store import ensure_built, load_knowledge_base, open_database

    # a plan published in the chat before its upload was pinned is served again, not the shipped copy
    pin_published_uploads(open_database(settings.database_path))
    ensure_built(settings.database_path)
    kb = load_knowledge_base(settings.database_path)
    warm_up(kb)
    return kb


async def _post_init(application: Application) -> None:
    """Start-up: load the knowledge base, run each handler module's start-up, publish commands."""
    svc = services(application)
    if svc.kb is None:
        svc.kb = await asyncio.to_thread(load_knowledge, svc.settings)
    await handlers.startup_all(application)
    watch = svc.extras.get(WATCH_KEY)
    if watch is not None:
        watch.on_gone = lambda message: _database_gone(application, message)
        svc.extras["watch_task"] = asyncio.create_task(watch.run(), name="database-watch")
    replayed = application.update_queue.replay(svc.extras[INBOX_KEY].unfinished(), application.bot)
    if replayed:
        log.info("updates left unfinished are handled first", extra={"count": replayed})
    await publish_commands(application)


async def handle_update(application: Application, update: object) -> None:
    """Handle one update the way a running bot does, without the queue (the console chat
    and the tests): into the inbox, through the handlers, committed with its state."""
    from telegram import Update

    inbox: Inbox = services(application).extras[INBOX_KEY]
    if isinstance(update, Update) and not inbox.receive(update):
        return
    await application.process_update(update)
    commit_update(application, inbox, update)


def next_local_update_id(application: Application) -> int:
    """An update id after every one the inbox has seen (updates made up by the console)."""
    return services(application).extras[INBOX_KEY].next_local_id()


DATABASE_GONE = N_("The bot's database file was removed or replaced, so nothing more can be saved. "
                   "The bot has stopped; restore the file and start it again.")


async def _database_gone(application: Application, message: str) -> None:
    """The database file went away: tell the admins (best effort, a few seconds) and stop;
    ``python -m bot run`` then exits non-zero with ``message``."""
    svc = services(application)
    text = gettext(svc.settings.default_language, DATABASE_GONE)
    for admin_id in sorted(svc.settings.admin_ids):
        try:
            await asyncio.wait_for(application.bot.send_message(admin_id, text), timeout=5)
        except Exception:  # the admin may never have opened a chat with the bot
            log.warning("could not tell an admin that the database is gone", extra={"admin": admin_id})
    if application.running:
        application.stop_running()


async def _post_shutdown(application: Application) -> None:
    """Shut-down: persistence has been flushed by PTB; close the database."""
    svc = services(application)
    task = svc.extras.get("watch_task")
    if task is not None:
        task.cancel()
    try:
        svc.db.conn.close()
    except Exception:  # pragma: no cover - closing twice is harmless
        log.debug("database already closed")


async def publish_commands(application: Application) -> None:
    """``setMyCommands`` in Vietnamese (the default) and in English."""
    commands = handlers.all_commands()
    default_lang = services(application).settings.default_language
    for lang in LANGUAGES:
        bot_commands = [BotCommand(name, gettext(lang, description)) for name, description in commands]
        if lang == default_lang:
            await application.bot.set_my_commands(bot_commands, scope=BotCommandScopeDefault())
        await application.bot.set_my_commands(bot_commands, scope=BotCommandScopeDefault(), language_code=lang)
