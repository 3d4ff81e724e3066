"""Small helpers every handler uses: the reader's language, replies that fit Telegram,
inline keyboards."""

from __future__ import annotations

import time
from typing import Iterable, Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import MessageLimit, ParseMode
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot.i18n import Translator, normalize_lang, translator
from bot.services import services

LANG_KEY = "lang"
SLOTS_KEY = "answer_slots"       # chat_data: plan, indicator and year of the last answer
SLOTS_AT_KEY = "answer_slots_at"  # chat_data: when they were kept (epoch seconds)
FOLLOW_UP_SECONDS = 30 * 60      # a follow-up later than this is a new conversation

Button = tuple[str, str]  # (label, callback data)
CONSOLE_KEY = "console"   # Services.extras: True when the Application runs the local console chat
WAITING_FILE_KEY = "waiting_for_file"   # user_data: when (epoch seconds) /plans add asked for a file
WAIT_FOR_FILE = 30 * 60   # seconds a "send me the file" stays in force: typed text gets a reminder


def user_lang(update: Update | None, context: ContextTypes.DEFAULT_TYPE) -> str:
    """The language the user chose with /lang, else the bot's default language."""
    chosen = context.user_data.get(LANG_KEY) if context.user_data is not None else None
    return normalize_lang(chosen or services(context).settings.default_language)


def tr(update: Update | None, context: ContextTypes.DEFAULT_TYPE) -> Translator:
    """The ``_`` function in the user's language."""
    return translator(user_lang(update, context))


MAX_ID_DIGITS = 18  # SQLite integers are 64-bit: a longer id cannot exist and would not bind


def id_from(text: str | None) -> int | None:
    """The row id in a button's data (``"12"`` of ``"ra:12"``), or None when it is not plain
    ASCII digits that fit in SQLite: forged or stale data gets "not found", not an error."""
    text = text or ""
    if not (text.isascii() and text.isdigit()) or len(text) > MAX_ID_DIGITS:
        return None
    return int(text)


def shorten(text: str, limit: int) -> str:
    """``text`` (plain, not yet HTML-escaped) in at most ``limit`` characters: whole when it
    fits, else cut at the last word boundary before the limit with "…" appended (the "…"
    counts), so a title never ends in half a word; a single word longer than the limit is cut."""
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    head = text[:limit - 1]
    if text[limit - 1] != " " and " " in head:
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(" ,;:–-") + "…"


def keyboard(rows: Iterable[Sequence[Button]]) -> InlineKeyboardMarkup | None:
    """An inline keyboard from rows of ``(label, callback_data)``; None when empty."""
    markup = [
        [InlineKeyboardButton(label[:64], callback_data=data[:64]) for label, data in row]
        for row in rows
        if row
    ]
    return InlineKeyboardMarkup(markup) if markup else None


def split_message(text: str, limit: int = MessageLimit.MAX_TEXT_LENGTH) -> list[str]:
    """Split a long reply on paragraph or line boundaries so each part fits Telegram."""
    if len(text) <= limit:
        return [text]
    parts, current = [], ""
    for line in text.split("\n"):
        while len(line) > limit:  # one enormous line: cut it
            if current:
                parts.append(current)
                current = ""
            parts.append(line[:limit])
            line = line[limit:]
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            parts.append(current)
            current = line
        else:
            current = candidate
    if current:
        parts.append(current)
    return parts


async def reply(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    text: str,
    buttons: Iterable[Sequence[Button]] | InlineKeyboardMarkup | None = None,
    *,
    edit: bool = False,
) -> Message | None:
    """Answer the user with HTML ``text`` (already escaped) and optional buttons.

    With ``edit=True`` and a button press behind the update, the message holding the
    buttons is edited in place instead of a new message being sent.
    """
    markup = buttons if isinstance(buttons, InlineKeyboardMarkup) or buttons is None else keyboard(buttons)
    chunks = split_message(text)
    query = update.callback_query
    if edit and query is not None and query.message is not None and len(chunks) == 1:
        try:
            result = await query.edit_message_text(
                chunks[0], parse_mode=ParseMode.HTML, reply_markup=markup
            )
            return result if isinstance(result, Message) else None
        except BadRequest:
            pass  # message too old or unchanged: send a new one
    chat = update.effective_chat
    if chat is None:
        return None
    sent = None
    for index, chunk in enumerate(chunks):
        sent = await context.bot.send_message(
            chat.id,
            chunk,
            parse_mode=ParseMode.HTML,
            reply_markup=markup if index == len(chunks) - 1 else None,
        )
    return sent


# -- waiting for a file ------------------------------------------------------------------------
def wait_for_file(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Remember that the bot has just asked this user for a file (``/plans add``)."""
    context.user_data[WAITING_FILE_KEY] = time.time()


def waiting_for_file(context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Whether the bot asked this user for a file less than ``WAIT_FOR_FILE`` seconds ago."""
    asked = (context.user_data or {}).get(WAITING_FILE_KEY)
    return isinstance(asked, (int, float)) and 0 <= time.time() - asked < WAIT_FOR_FILE


def stop_waiting_for_file(context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Forget the request for a file; True when the bot was still waiting for one."""
    waiting = waiting_for_file(context)
    if context.user_data is not None:
        context.user_data.pop(WAITING_FILE_KEY, None)
    return waiting


def in_console(context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Whether this Application is the local console chat (``python -m bot console``)."""
    return bool(services(context).extras.get(CONSOLE_KEY))


def how_to_send_a_file(_: Translator, context: ContextTypes.DEFAULT_TYPE) -> str:
    """How to send a file from where the user is: nothing to add on Telegram (the paper
    clip is known); in the console, its ``/file PATH`` line."""
    if not in_console(context):
        return ""
    return "\n" + _("In this console chat, type /file followed by the file's path, e.g. "
                    "<code>/file plans/kh-45.docx</code>.")


async def remind_to_send_file(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Text typed while the bot waits for a file: say so instead of answering it."""
    _ = tr(update, context)
    await reply(update, context, _("I am waiting for the plan file: send it as a document, or send /cancel "
                                   "to stop waiting.") + how_to_send_a_file(_, context))
