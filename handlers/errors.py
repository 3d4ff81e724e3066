"""The last resort: unknown commands, unsupported messages, dead buttons and the error handler."""

from __future__ import annotations

import html
import logging

from telegram import Update
from telegram.error import NetworkError
from telegram.ext import Application, CallbackQueryHandler, ContextTypes, MessageHandler, filters

from handlers.common import remind_to_send_file, reply, tr, waiting_for_file

log = logging.getLogger(__name__)


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Say the command is unknown and point to /help."""
    _ = tr(update, context)
    command = (update.effective_message.text or "").split()[0][:40]
    if waiting_for_file(context) and ("/" in command[1:] or "." in command):
        await remind_to_send_file(update, context)   # a typed path ("/home/…/kh.docx"), not a command
        return
    await reply(update, context, _("I don't know the command {command}. Send /help to see what I can do.",
                                   command=html.escape(command)))


async def unsupported_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos, voice…: explain that the bot reads text."""
    _ = tr(update, context)
    await reply(update, context, _("I can only read text messages. Please type your question, or send /help "
                                   "for examples."))


async def stale_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button no handler takes (a report already finished, an old message, forged data):
    answer it, so the user's spinner stops and they know the button is dead."""
    _ = tr(update, context)
    await update.callback_query.answer(_("This button is no longer active."))


def _what(update: object) -> str | None:
    """What an update asked for, without who sent it or what they typed (names, phone
    numbers, a child's name typed by mistake): ``"/report"``, ``"button rs"``, ``"message"``."""
    if not isinstance(update, Update):
        return None
    if update.callback_query is not None:
        return "button " + (update.callback_query.data or "").split(":")[0][:20]
    text = update.effective_message.text if update.effective_message is not None else None
    return text.split()[0][:40] if text and text.startswith("/") else "message"


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the failure with what was asked (never the user's name or text), and tell the
    user something went wrong, without details."""
    log.error("error while handling update %s", getattr(update, "update_id", None),
              exc_info=context.error, extra={"update_kind": _what(update)})
    if isinstance(context.error, NetworkError):
        # the Bot API could not be reached even after retries (bot/runtime/retrying_request.py), or
        # its answer was lost and the reply may well have been delivered: no "Sorry" after it
        return
    if isinstance(update, Update) and update.effective_chat is not None:
        _ = tr(update, context)
        try:
            await reply(update, context, _("Sorry, something went wrong. Please try again in a moment."))
        except Exception:  # the network itself may be what failed
            log.warning("could not tell the user about the error", exc_info=True)


def register(application: Application) -> None:
    application.add_handler(MessageHandler(filters.COMMAND, unknown_command))
    application.add_handler(MessageHandler(~filters.TEXT & ~filters.StatusUpdate.ALL & filters.ChatType.PRIVATE,
                                           unsupported_message))
    application.add_handler(CallbackQueryHandler(stale_button))
    application.add_error_handler(on_error)
