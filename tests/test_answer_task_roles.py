"""A plan's numbered tasks, each ending on its roles and time (blind round 143, Lâm Đồng): "Nhiệm
vụ 6. Giảm thiểu tình trạng tảo hôn … (Cơ quan chủ trì: Sở Dân tộc và Tôn giáo; phối hợp: Sở
Tư pháp, Hội Liên hiệp Phụ nữ tỉnh; thời gian: 2026-2030)" is a passage of its own, its bracket
kept with it though a page's width wraps "phối hợp: …" to a line of its own; who leads it, who
partners, and when it runs are stated first. The tasks had been one passage, answered with
its first lines.

Pure: the shipped plans and round 143's PDF → the replies.
"""

from __future__ import annotations

import pytest

from tests.test_answer_facts import _with_round_plan
from tests.test_parse_any_marker import _first_line


@pytest.fixture(scope="module")
def kb(tmp_path_factory, suite_plans_dir):
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round143/new_plan.pdf")


@pytest.mark.parametrize("question, first", [
    ("so nao chu tri nhiem vu giam tao hon, hon nhan can huyet o lam dong",
     "Cơ quan chủ trì: Sở Dân tộc và Tôn giáo; phối hợp: Sở Tư pháp, Hội Liên hiệp Phụ nữ tỉnh"),
    ("nhiem vu dau tu diem vui choi cho tre em o lam dong phoi hop voi nhung so nao",
     "Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch; phối hợp: Sở Tài chính, Sở Xây dựng"),
    ("Nhiệm vụ xây dựng cơ sở dữ liệu trẻ em của Lâm Đồng thực hiện trong thời gian nào?", "thời gian: 2026-2027"),
])
def test_a_tasks_roles_and_time(kb, question, first):
    line = _first_line(question, kb)
    assert line.startswith(first), line
