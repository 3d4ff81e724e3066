"""Leads by a goal's points (blind round 136, Lào Cai): targets lettered a) … đ) anew under
each goal, assigned in each agency's part "Chủ trì thực hiện các mục tiêu tại điểm a, b, c, d
Mục tiêu 1 và điểm c Mục tiêu 3; phối hợp thực hiện điểm đ Mục tiêu 1 …" — the letters, then
their goal's number with no "của"/"thuộc" between. No lead was read: "ai chủ trì chỉ tiêu …"
was answered with the target's text.

Pure: round 136's plan text → its indicators' roles.
"""

from __future__ import annotations

from pathlib import Path

import pytest

PLAN = Path(__file__).parent / "data" / "blind_rounds" / "round136" / "new_plan.txt"


@pytest.fixture(scope="module")
def plan():
    from knowledge.ingest import ingest_file

    return ingest_file(PLAN)


@pytest.mark.parametrize("goal, label, lead, partners", [
    (1, "a", "so-y-te", []),
    (1, "c", "so-y-te", ["ban-dan-toc"]),
    (1, "đ", "so-giao-duc-va-dao-tao", ["so-y-te"]),
    (3, "b", "cong-an", []),
    (3, "đ", "ban-dan-toc", ["so-tu-phap"]),
    (4, "d", "so-khoa-hoc-va-cong-nghe", ["cong-an"]),
])
def test_leads_by_points_of_goals(plan, goal, label, lead, partners):
    indicator = next(i for i in plan.indicators if i.goal == goal and i.label == label)
    assert indicator.lead_agencies == [lead] and indicator.partner_agencies == partners
