"""A second delivery of the same Telegram update is dropped before any handler sees it.

Telegram may deliver an update twice (a webhook retried after a timeout, a restart before
the polling offset was confirmed); the update id is recorded in ``processed_updates`` and
a repeat stops here, so a report is never counted twice.

Ids are forgotten after ``KEEP_FOR``: Telegram resends an update for at most 24 hours, and
after a week without updates it starts the ids again at a random number, so an id kept for
ever could one day drop a new update as a repeat (and the table would only grow).
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from telegram import Update
from telegram.ext import Application, ApplicationHandlerStop, ContextTypes, TypeHandler

from bot.runtime.database import utcnow
from bot.services import services

GROUP = -100  # before every other handler
KEEP_FOR = dt.timedelta(days=2)  # twice the longest Telegram may resend an update
FORGET_JOB = "forget-processed-updates"


def first_delivery(db, update_id: int) -> bool:
    """Record ``update_id``; False if it had been recorded before."""
    try:
        with db.atomic():
            db.conn.execute(
                "insert into processed_updates (update_id, processed_at) values (?, ?)", (update_id, utcnow())
            )
    except sqlite3.IntegrityError:
        return False
    return True


def forget_old(db, keep_for: dt.timedelta = KEEP_FOR) -> int:
    """Forget the update ids recorded more than ``keep_for`` ago; how many were forgotten."""
    cutoff = (dt.datetime.now(dt.timezone.utc) - keep_for).isoformat(timespec="seconds")
    with db.atomic():
        return db.execute("delete from processed_updates where processed_at < ?", [cutoff]).rowcount


async def forget_old_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    forget_old(services(context).db)


async def drop_repeats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stop processing an update whose id was seen before."""
    if not first_delivery(services(context).db, update.update_id):
        raise ApplicationHandlerStop


def register(application: Application) -> None:
    application.add_handler(TypeHandler(Update, drop_repeats), group=GROUP)


async def on_startup(application: Application) -> None:
    """Forget old update ids now (the bot may have been stopped for a week) and every day."""
    forget_old(services(application).db)
    for job in application.job_queue.get_jobs_by_name(FORGET_JOB):
        job.schedule_removal()
    application.job_queue.run_repeating(forget_old_job, interval=dt.timedelta(days=1), first=dt.timedelta(days=1),
                                        name=FORGET_JOB)
