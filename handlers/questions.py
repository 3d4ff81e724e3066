"""Any plain text message is a question about the plans; buttons ask follow-ups."""

from __future__ import annotations

import time

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, ContextTypes, MessageHandler, filters

from bot.services import services
from handlers.common import (FOLLOW_UP_SECONDS, LANG_KEY, SLOTS_AT_KEY, SLOTS_KEY, remind_to_send_file, reply, tr,
                             user_lang, waiting_for_file)
from handlers.settings import PLAN_KEY
from knowledge.answer.engine import answer, looks_english
from knowledge.examples import example_questions
from knowledge.text import clean_text

SUGGESTIONS_KEY = "suggestions"  # chat_data: the follow-ups offered with the last answer
CHOICES_KEY = "answer_choices"   # chat_data: the readings offered when the bot asked which is meant
MAX_BUTTONS = 6
QUESTION_BUTTONS = ("sg:", "ex:", "ch:")   # callback data of buttons that ask a question
MAX_QUESTION = 1000  # longer messages are refused, not cut (Telegram allows 4 096)


def asks_a_question(callback_data: str) -> bool:
    """Whether a button with ``callback_data`` asks a question (a follow-up, an example,
    a reading to choose) rather than answering a step of a conversation."""
    return callback_data.startswith(QUESTION_BUTTONS)


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
    """Answer ``question`` from the knowledge base, with follow-ups as buttons."""
    if len(question) > MAX_QUESTION:
        # a cut question may be another question: a confident answer to it is worse than asking
        _ = tr(update, context)
        await reply(update, context, _("This message is too long for a question ({n} characters). "
                                       "Please ask it in at most {limit} characters.",
                                       n=len(question), limit=MAX_QUESTION))
        return
    kb = services(context).kb
    lang = user_lang(update, context)
    if LANG_KEY not in (context.user_data or {}) and looks_english(question):
        lang = "en"  # no language chosen: an English question is answered in English
    result = answer(question, kb, lang=lang,
                    plan=context.chat_data.get(PLAN_KEY), context=_recent_slots(context))
    if result.slots:
        _keep_slots(context, result.slots)
    choices = result.choices[:MAX_BUTTONS]
    context.chat_data[CHOICES_KEY] = [{"text": c["text"], "slots": c["slots"]} for c in choices]
    suggestions = [s for s in result.suggestions if s][:MAX_BUTTONS - len(choices)]
    context.chat_data[SUGGESTIONS_KEY] = suggestions
    buttons = [[(c["label"], f"ch:{index}")] for index, c in enumerate(choices)]
    buttons += [[(suggestion, f"sg:{index}")] for index, suggestion in enumerate(suggestions)]
    await reply(update, context, result.text, buttons)


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A text message that no conversation claimed: answer it as a question (unless the
    bot has just asked for a file: then say how to send it)."""
    if waiting_for_file(context):
        await remind_to_send_file(update, context)
        return
    await ask(update, context, clean_text(update.effective_message.text))


async def _ask_listed(update: Update, context: ContextTypes.DEFAULT_TYPE, questions: list[str]) -> None:
    """A button whose callback data ends with an index into ``questions``: ask that one."""
    query = update.callback_query
    await query.answer()
    index = int(query.data.split(":", 1)[1])
    if index >= len(questions):
        _ = tr(update, context)
        await reply(update, context, _("That button has expired. Please type your question."))
        return
    await ask(update, context, questions[index])


async def on_suggestion(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A follow-up or "did you mean" button: ask that question."""
    await _ask_listed(update, context, context.chat_data.get(SUGGESTIONS_KEY) or [])


async def on_choice(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button under "which of these do you mean?": the answer of that reading."""
    query = update.callback_query
    await query.answer()
    choices = context.chat_data.get(CHOICES_KEY) or []
    index = int(query.data.split(":", 1)[1])
    if index >= len(choices):
        _ = tr(update, context)
        await reply(update, context, _("That button has expired. Please type your question."))
        return
    _keep_slots(context, choices[index]["slots"])
    await reply(update, context, choices[index]["text"])


async def on_example(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An example question button from /start or /help."""
    await _ask_listed(update, context, example_questions(services(context).kb, tr(update, context)))


def register(application: Application) -> None:
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, on_text))
    application.add_handler(CallbackQueryHandler(on_suggestion, pattern=r"^sg:\d{1,2}$"))
    application.add_handler(CallbackQueryHandler(on_example, pattern=r"^ex:\d{1,2}$"))
    application.add_handler(CallbackQueryHandler(on_choice, pattern=r"^ch:\d{1,2}$"))


def _keep_slots(context: ContextTypes.DEFAULT_TYPE, slots: dict) -> None:
    """Keep the last answer's plan, indicator and year for a follow-up, with the time."""
    context.chat_data[SLOTS_KEY] = slots
    context.chat_data[SLOTS_AT_KEY] = time.time()


def _recent_slots(context: ContextTypes.DEFAULT_TYPE) -> dict | None:
    """The last answer's slots, unless they are older than ``FOLLOW_UP_SECONDS``: a question
    the next morning ("thế còn Hà Nội?") is no follow-up of yesterday's."""
    at = context.chat_data.get(SLOTS_AT_KEY)
    if at is None or time.time() - at > FOLLOW_UP_SECONDS:
        return None
    return context.chat_data.get(SLOTS_KEY)
