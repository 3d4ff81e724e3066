"""Housekeeping of the durable inbox (bot/runtime/inbox.py), which replaced the old
"processed update ids" table: a second delivery of an update is now dropped by the inbox
itself (``InboxQueue.put``), and an update is only marked done after its handler ran.

Done updates are forgotten after ``KEEP_FOR`` (two days): Telegram resends an update for at
most 24 hours, and after a week without updates it starts the ids again at a random
number, so an id kept for ever could one day drop a new update as a repeat.
"""

from __future__ import annotations

import datetime as dt

from telegram.ext import Application, ContextTypes

from bot.runtime.inbox import KEEP_FOR, Inbox
from bot.services import services

FORGET_JOB = "forget-processed-updates"
INBOX_KEY = "inbox"  # Services.extras, set by bot/launch/app.py


def _inbox(holder) -> Inbox:
    svc = services(holder)
    inbox = svc.extras.get(INBOX_KEY)
    return inbox if inbox is not None else Inbox(svc.db)


def forget_old(db, keep_for: dt.timedelta = KEEP_FOR) -> int:
    """Forget the done updates received more than ``keep_for`` ago; how many were forgotten."""
    return Inbox(db).forget_old(keep_for)


async def forget_old_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    _inbox(context).forget_old()


def register(application: Application) -> None:
    """Nothing to add: repeats never reach the handlers."""


async def on_startup(application: Application) -> None:
    """Forget old updates now (the bot may have been stopped for a week) and every day."""
    _inbox(application).forget_old()
    for job in application.job_queue.get_jobs_by_name(FORGET_JOB):
        job.schedule_removal()
    application.job_queue.run_repeating(forget_old_job, interval=dt.timedelta(days=1), first=dt.timedelta(days=1),
                                        name=FORGET_JOB)
