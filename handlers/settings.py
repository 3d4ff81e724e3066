"""/start, /help, /lang and /plan: what the bot can do, and the chat's choices."""

from __future__ import annotations

import html

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes

from bot.field.people import clean_name, get_person
from bot.i18n import LANGUAGES, N_
from bot.services import services
from handlers.common import LANG_KEY, SLOTS_KEY, reply, tr
from knowledge.examples import example_questions, plan_label

PLAN_KEY = "plan"  # chat_data: the chat's default plan slug

COMMANDS = [
    ("start", N_("Start and see what the bot can do")),
    ("help", N_("Example questions and commands")),
    ("plan", N_("Choose the default plan for this chat")),
    ("lang", N_("Tiếng Việt / English")),
]

LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}

# What each role can do beyond asking questions, listed in its welcome.
COLLABORATOR_COMMANDS = [
    N_("/report – submit your area's field counts"),
    N_("/myreports – the reports you sent, to check or correct them"),
]
MANAGER_COMMANDS = [
    N_("/digest – the weekly digest of your area"),
    N_("/subscribe – receive the digest every week"),
    N_("/export – reports of a date range as a spreadsheet"),
]
ADMIN_COMMANDS = MANAGER_COMMANDS + [
    N_("/areas – wards and communes: list, add, import"),
    N_("/invite – invite a collaborator or a manager"),
    N_("/users – the people registered"),
    N_("/plans – the plans: add one (send its file), publish, withdraw"),
]


def _examples_keyboard(update: Update, context: ContextTypes.DEFAULT_TYPE) -> list[list[tuple[str, str]]]:
    _ = tr(update, context)
    examples = example_questions(services(context).kb, _)
    return [[(question, f"ex:{index}")] for index, question in enumerate(examples)]


def help_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    _ = tr(update, context)
    kb = services(context).kb
    plans = ", ".join(html.escape(plan_label(plan)) for plan in kb.plans)
    return "\n".join([
        _("<b>Ask me about the plans for children.</b>"),
        _("I answer from the plan documents and say where each fact comes from: targets, "
          "who leads an indicator, agencies' tasks, deadlines, hotlines."),
        "",
        _("Plans I know: {plans}", plans=plans),
        "",
        _("Commands:"),
        _("/plan – choose the default plan for this chat"),
        _("/lang – Tiếng Việt / English"),
        _("/whoami – your role and area"),
        *role_commands(update, context),
        "",
        _("Try one of these questions:"),
    ])


def role_commands(update: Update, context: ContextTypes.DEFAULT_TYPE) -> list[str]:
    """The commands of the user's role (collaborator, manager, admin), under a heading; for
    someone not registered, how to join."""
    _ = tr(update, context)
    svc = services(context)
    person = get_person(svc.db, update.effective_user.id, svc.settings.admin_ids) if update.effective_user else None
    if person is None or not (person.is_admin or person.is_manager or person.is_collaborator):
        return ["", _("Collaborators and managers join with the invitation link their manager sends.")]
    if person.is_admin:
        heading, commands = _("As an admin:"), ADMIN_COMMANDS
    elif person.is_manager:
        heading, commands = _("As a manager:"), MANAGER_COMMANDS
    else:
        heading, commands = _("As a collaborator:"), COLLABORATOR_COMMANDS
    return ["", heading, *(_(command) for command in commands)]


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet the user and show example questions as buttons."""
    _ = tr(update, context)
    name = html.escape(clean_name(update.effective_user.first_name if update.effective_user else ""))
    # no name to greet by (none sent, or only invisible characters): every word in the reader's language
    greeting = _("Hello {name}!", name=name) if name else _("Hello there!")
    text = greeting + "\n" + help_text(update, context)
    await reply(update, context, text, _examples_keyboard(update, context))


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """What the bot can do, with example questions as buttons."""
    await reply(update, context, help_text(update, context), _examples_keyboard(update, context))


async def lang_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Offer the languages as buttons (or switch directly with /lang en)."""
    _ = tr(update, context)
    if context.args and context.args[0].lower() in LANGUAGES:
        await _set_language(update, context, context.args[0].lower())
        return
    buttons = [[(LANGUAGE_NAMES[code], f"lang:{code}") for code in LANGUAGES]]
    await reply(update, context, _("Choose your language:"), buttons)


async def _set_language(update: Update, context: ContextTypes.DEFAULT_TYPE, code: str) -> None:
    context.user_data[LANG_KEY] = code
    _ = tr(update, context)
    await reply(update, context, _("Language set to English."), edit=True)


async def lang_chosen(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A language button was pressed."""
    query = update.callback_query
    await query.answer()
    code = query.data.split(":", 1)[1]
    if code not in LANGUAGES:
        return
    await _set_language(update, context, code)


async def plan_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the plans as buttons; the chosen one answers questions that name no plan."""
    _ = tr(update, context)
    kb = services(context).kb
    current = context.chat_data.get(PLAN_KEY)
    current_plan = kb.plan(current) if current else None
    lines = [_("Choose the default plan for this chat.")]
    if current_plan is not None:
        lines.append(_("Now: {plan}", plan=html.escape(plan_label(current_plan))))
    else:
        lines.append(_("Now: none – I answer for every plan that has the fact."))
    buttons = [[(plan_label(plan), f"plan:{plan.slug}")] for plan in kb.plans]
    buttons.append([(_("No default plan"), "plan:-")])
    await reply(update, context, "\n".join(lines), buttons)


async def plan_chosen(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A plan button was pressed."""
    query = update.callback_query
    await query.answer()
    _ = tr(update, context)
    slug = query.data.split(":", 1)[1]
    kb = services(context).kb
    if slug == "-":
        context.chat_data.pop(PLAN_KEY, None)
        _follow_up_plans(context, [])
        await reply(update, context, _("No default plan: I answer for every plan that has the fact."), edit=True)
        return
    plan = kb.plan(slug)
    if plan is None:
        await reply(update, context, _("That plan is no longer in the knowledge base. Send /plan again."), edit=True)
        return
    context.chat_data[PLAN_KEY] = plan.slug
    _follow_up_plans(context, [plan.slug])
    await reply(update, context, _("Default plan: {plan}", plan=html.escape(plan_label(plan))), edit=True)


def _follow_up_plans(context: ContextTypes.DEFAULT_TYPE, plans: list[str]) -> None:
    """A plan chosen: a follow-up of the last answer ("còn năm 2030?") keeps its indicator and
    year but asks them of the chosen plan (of every plan when none), not the answer's plans."""
    slots = context.chat_data.get(SLOTS_KEY)
    if slots:
        context.chat_data[SLOTS_KEY] = {**slots, "plans": plans}


def register(application: Application) -> None:
    application.add_handler(CommandHandler("start", start))
    application.add_handler(CommandHandler("help", help_command))
    application.add_handler(CommandHandler("lang", lang_command))
    application.add_handler(CommandHandler("plan", plan_command))
    application.add_handler(CallbackQueryHandler(lang_chosen, pattern=r"^lang:"))
    application.add_handler(CallbackQueryHandler(plan_chosen, pattern=r"^plan:"))
