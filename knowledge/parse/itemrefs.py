"""Leads and partners an agency's paragraph names by group and item marker.

A plan whose targets are numbered within each group ("Nhóm A - Sức khỏe …: (i) tỷ suất …;
(ii) …", read by ``structure._split_inline_list``) says who leads them by those markers:
"Chủ trì các chỉ tiêu (v) của Nhóm A; (i), (ii), (iv) của Nhóm B và (i) của Nhóm D",
"Phối hợp với Công an tỉnh thực hiện chỉ tiêu (iii) của Nhóm B"; or by their codes, "Chủ
trì các chỉ tiêu I.1, II.1 và IV.1". Each run of markers closed by its group (each code)
names the indicators whose ``label`` and ``goal_label`` they are; the words
before it give the paragraph's agency's role (``tasks.mention_role``: "chủ trì" leads,
"phối hợp" partners, the task's opening verb when the clause has none).
"""

from __future__ import annotations

import re

from knowledge.model import Indicator
from knowledge.parse.tasks import mention_role
from knowledge.text import fold_keeping_length

# "(v) của Nhóm A", "(i), (ii) và (iv) thuộc nhóm B", "(iii) Nhóm C": markers, then their group
_RUN_RE = re.compile(r"((?:\((?:[ivx]{1,5}|\d{1,2}|[a-h])\)\s*(?:,\s*|\s+va\s+)?)+)"
                     r"\s*(?:cua\s+|thuoc\s+|o\s+)?nhom\s+(?:chi tieu\s+|muc tieu\s+)?([a-h]|\d{1,2}|[ivx]{1,4})\b")
_MARKER_RE = re.compile(r"\(([ivx]{1,5}|\d{1,2}|[a-h])\)")
# "chủ trì các chỉ tiêu I.1, II.1 và IV.1", "(chỉ tiêu II.2)": items coded group.order
_CODE_RE = re.compile(r"(?<![\w.])([ivx]{1,4}\.\d{1,2})(?!\w|\.\d)")


def labelled_roles(text: str, indicators: list[Indicator]) -> list[tuple[Indicator, str]]:
    """The (indicator, role) pairs an agency's ``text`` gives by group and marker, in
    reading order; role is ``LEAD`` or ``PARTNER`` (a reporting clause gives none)."""
    labelled = {(i.goal_label.lower(), i.label.lower()): i for i in indicators
                if i.label and i.goal_label}
    if not labelled:
        return []
    folded = fold_keeping_length(text.lower())
    found: list[tuple[Indicator, str]] = []
    coded = {i.label.lower(): i for i in indicators if i.label and "." in i.label}
    if coded and "chi tieu" in folded:
        for match in _CODE_RE.finditer(folded):
            indicator = coded.get(match.group(1))
            role = mention_role(folded, match.start()) if indicator is not None else None
            if role is not None and not any(indicator is i for i, _ in found):
                found.append((indicator, role))
    for run in _RUN_RE.finditer(folded):
        role = mention_role(folded, run.start())
        if role is None:
            continue
        group = run.group(2)
        for marker in _MARKER_RE.findall(run.group(1)):
            indicator = labelled.get((group, marker))
            if indicator is not None and not any(indicator is i for i, _ in found):
                found.append((indicator, role))
    return found
