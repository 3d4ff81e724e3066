"""Recording who leads and who partners an indicator, shared by the readers of leads
(agency paragraphs, lettered targets, targets grouped by year)."""

from __future__ import annotations

import re

from knowledge.model import Assignment

LEAD, PARTNER = "lead", "partner"

# The words of each role before a colon, folded: "Chủ trì:", "Đầu mối:" (the focal point, as
# many plans name the lead), "Chịu trách nhiệm chính:", "Phối hợp:", "Cùng thực hiện:" (who
# works with it)
LEAD_WORDS = r"(?:chu tri|dau moi|chiu trach nhiem chinh)"
PARTNER_WORDS = r"(?:phoi hop|cung thuc hien)"
# a role and its colon: "Cơ quan chủ trì:", "Đơn vị phối hợp thực hiện:", "cùng thực hiện:"
ROLE_COLON = rf"(?:(?:co quan|don vi)\s+)?(?:{LEAD_WORDS}|{PARTNER_WORDS})(?:\s+thuc hien)?\s*:"
# A line naming who leads and partners the item above it ("Chủ trì: Sở Y tế. Phối hợp: …",
# "— Đầu mối: Sở Y tế; cùng thực hiện: …")
# ("- Tham gia: QG 2, QG 9." under an agency: its partners' line, at a line's start only)
ROLE_LINE_RE = re.compile(rf"^[-–—\s]*(?:{ROLE_COLON}|tham gia\s*:)")
# … a lead's line, a partners' line, perhaps in brackets: "(Chủ trì: Sở Y tế. Phối hợp: …)",
# "Cơ quan phối hợp: A; B." (folded)
LEAD_LINE_RE = re.compile(rf"^[-–—\s]*\(?\s*(?:(?:co quan|don vi)\s+)?{LEAD_WORDS}(?:\s+thuc hien)?\s*:")
PARTNER_LINE_RE = re.compile(rf"^[-–—\s]*\(?\s*(?:(?:co quan|don vi)\s+)?{PARTNER_WORDS}(?:\s+thuc hien)?\s*:")


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
