"""A contact number is labelled with the room the plan names before its department (blind round
139, Thái Nguyên): "Đầu mối liên hệ: Phòng Trẻ em và Bình đẳng giới, Sở Nội vụ tỉnh Thái Nguyên;
điện thoại 0208.3856.240" is the room's number — "sđt phòng trẻ em sở nội vụ" had been declined
as an office with no number, the label holding the department alone.

Pure: the shipped plans and round 139's DOCX → the stored contacts and the replies.
"""

from __future__ import annotations

from tests.test_answer_facts import _with_round_plan
from tests.test_parse_any_marker import _first_line

import pytest


@pytest.fixture(scope="module")
def kb(tmp_path_factory, suite_plans_dir):
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round139/new_plan.docx")


def test_the_rooms_number_is_labelled_with_the_room(kb):
    plan = next(p for p in kb.plans if p.locality == "Thái Nguyên")
    contact = next(c for c in plan.contacts if c.number == "02083856240")
    assert contact.label == "Phòng Trẻ em và Bình đẳng giới, Sở Nội vụ tỉnh Thái Nguyên"


@pytest.mark.parametrize("question", ["sdt phong tre em so noi vu thai nguyen", "Số điện thoại Sở Nội vụ Thái Nguyên?"])
def test_the_rooms_number_is_answered(kb, question):
    assert _first_line(question, kb).startswith("☎️ 0208.3856.240")
