"""A second delivery of the same Telegram update is dropped before any handler sees it.

Telegram may deliver an update twice (a webhook retried after a timeout, a restart before
the polling offset was confirmed); the update id is recorded in ``processed_updates`` and
a repeat stops here, so a report is never counted twice.
"""

from __future__ import annotations

import sqlite3

from telegram import Update
from telegram.ext import Application, ApplicationHandlerStop, ContextTypes, TypeHandler

from bot.db import utcnow
from bot.services import services

GROUP = -100  # before every other handler


def first_delivery(db, update_id: int) -> bool:
    """Record ``update_id``; False if it had been recorded before."""
    try:
        with db.conn:
            db.conn.execute(
                "insert into processed_updates (update_id, processed_at) values (?, ?)", (update_id, utcnow())
            )
    except sqlite3.IntegrityError:
        return False
    return True


async def drop_repeats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stop processing an update whose id was seen before."""
    if not first_delivery(services(context).db, update.update_id):
        raise ApplicationHandlerStop


def register(application: Application) -> None:
    application.add_handler(TypeHandler(Update, drop_repeats), group=GROUP)
