"""The long-lived services a running bot shares: settings, database, knowledge base.

They are built once by ``bot.launch.app.build_application`` (the knowledge base in
``post_init``), kept in ``application.bot_data["services"]`` and reached from a handler
with ``services(context)``. The knowledge base is replaced whole (``swap_kb``) when an
admin publishes or withdraws a plan, never changed in place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import sqlite_utils

from bot.runtime.config import Settings

if TYPE_CHECKING:  # pragma: no cover
    from knowledge.kb import KnowledgeBase

SERVICES_KEY = "services"


@dataclass
class Services:
    settings: Settings
    db: sqlite_utils.Database
    kb: "KnowledgeBase | None" = None
    extras: dict[str, Any] = field(default_factory=dict)

    def swap_kb(self, new: "KnowledgeBase") -> "KnowledgeBase | None":
        """Put ``new`` in service and return the knowledge base it replaces.

        One reference assignment, so it is atomic for the event loop: a handler reads
        ``services(context).kb`` once and answers from that object, so a question in flight
        finishes on the old knowledge base while the next one gets the new."""
        old, self.kb = self.kb, new
        return old


def services(context_or_application: Any) -> Services:
    """The Services of the Application behind a handler's ``context`` (or the Application)."""
    holder = getattr(context_or_application, "application", context_or_application)
    return holder.bot_data[SERVICES_KEY]
