"""Small helpers every handler uses: the reader's language, replies that fit Telegram,
inline keyboards."""

from __future__ import annotations

from typing import Iterable, Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import MessageLimit, ParseMode
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot.i18n import Translator, normalize_lang, translator
from bot.services import services

LANG_KEY = "lang"

Button = tuple[str, str]  # (label, callback data)


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
