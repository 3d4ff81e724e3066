"""Recording who leads and who partners an indicator, shared by the readers of leads
(agency paragraphs, lettered targets, targets grouped by year)."""

from __future__ import annotations

import re

from knowledge.model import Assignment

LEAD, PARTNER = "lead", "partner"

# A line naming who leads and partners the item above it ("Chủ trì: Sở Y tế. Phối hợp: …")
ROLE_LINE_RE = re.compile(r"^(?:co quan|don vi)?\s*(?:chu tri|phoi hop)(?: thuc hien)?\s*:")
# … a lead's line, a partners' line, perhaps in brackets: "(Chủ trì: Sở Y tế. Phối hợp: …)",
# "Cơ quan phối hợp: A; B." (folded)
LEAD_LINE_RE = re.compile(r"^\(?\s*(?:(?:co quan|don vi)\s+)?chu tri(?:\s+thuc hien)?\s*:")
PARTNER_LINE_RE = re.compile(r"^\(?\s*(?:(?:co quan|don vi)\s+)?phoi hop(?:\s+thuc hien)?\s*:")


def record_roles(agencies: list, assignments: list, number: int, leads: list, partners: list,
                 section: str, text: str) -> None:
    """Give indicator ``number`` its ``leads`` and ``partners`` (``[(canonical, written)…]``):
    each agency noted once in ``agencies``, each (indicator, agency) assigned once, the first
    role given kept; both lists are changed in place."""
    for role, names in ((LEAD, leads), (PARTNER, partners)):
        for canonical, written in names:
            if (canonical, written) not in agencies:
                agencies.append((canonical, written))
            if not any(a.indicator == number and a.agency == canonical for a in assignments):
                assignments.append(Assignment(indicator=number, agency=canonical, role=role,
                                              section=section, text=text))
