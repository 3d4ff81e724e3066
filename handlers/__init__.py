"""Thin python-telegram-bot handlers: they translate between Telegram and the pure
functions of ``knowledge/`` and ``bot/``.

Each module in ``HANDLER_MODULES`` has ``register(application)`` and may have
``COMMANDS`` (``[(name, N_("description"))]`` for the command menu) and
``async def on_startup(application)`` (jobs to schedule, caches to warm). Order matters:
python-telegram-bot tries handlers of one group in the order they were added, so
conversations come before the catch-all question handler.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from telegram.ext import Application

HANDLER_MODULES = (
    "handlers.dedup",       # forgets old updates of the durable inbox (repeats are dropped there)
    "handlers.registration",  # /start <invite code>, /invite, /whoami, /users, /areas
    "handlers.report",      # /report (/baocao) conversation, /myreports
    "handlers.digest",      # /subscribe, /digest, /export, weekly job and reminders
    "handlers.settings",    # /start, /help, /lang, /plan
    "handlers.plans",       # plan files uploaded by admins, review card, /plans, withdraw
    "handlers.questions",   # any plain text: a question about the plans
    "handlers.errors",      # the error handler, unknown commands
)


def _modules() -> list[ModuleType]:
    return [importlib.import_module(name) for name in HANDLER_MODULES]


def register_all(application: Application) -> None:
    for module in _modules():
        module.register(application)


async def startup_all(application: Application) -> None:
    for module in _modules():
        hook = getattr(module, "on_startup", None)
        if hook is not None:
            await hook(application)


MENU_FIRST = "handlers.settings"  # /start, /help, /plan, /lang lead the command menu


def all_commands() -> list[tuple[str, str]]:
    """The command menu: general commands first, then each feature's, in module order."""
    modules = sorted(_modules(), key=lambda module: module.__name__ != MENU_FIRST)
    commands: list[tuple[str, str]] = []
    for module in modules:
        commands.extend(getattr(module, "COMMANDS", []))
    return commands
