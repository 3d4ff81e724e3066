"""A place whose name holds another's (blind round 128): the province "Điện Biên" and the
shipped plan of the city "Điện Biên Phủ". "Thành phố Điện Biên Phủ: … báo cáo trước ngày
nào?" asks the city's plan alone — its name read whole, the province's words inside it are
no second place (the province's deadline had been given for the city's question); the
province is named only where its name stands apart ("tỉnh Điện Biên … và thành phố Điện
Biên Phủ"); nor is "điện biên chủ trì" the city's name mistyped.

Pure: the shipped plans and round 128's plan → the replies.
"""

from __future__ import annotations

import pytest

from knowledge.answer.engine import answer
from knowledge.answer.format import strip_html
from tests.test_answer_facts import _with_round_plan


@pytest.fixture(scope="module")
def kb(tmp_path_factory, suite_plans_dir):
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round128/new_plan.txt")


@pytest.mark.parametrize("question, plans", [
    ("Thành phố Điện Biên Phủ: các phòng, ban báo cáo kết quả hằng năm trước ngày nào?", {"Điện Biên Phủ"}),
    ("dien bien phu bao cao nam truoc ngay nao", {"Điện Biên Phủ"}),
    ("tỉnh Điện Biên báo cáo năm gửi Sở Y tế trước ngày nào?", {"Điện Biên"}),
    # "điện biên chủ trì" is the province and "chủ trì", not "Điện Biên Phủ" mistyped
    ("so y te dien bien chu tri chi tieu nao", {"Điện Biên"}),
])
def test_the_place_named_is_read_whole(kb, question, plans):
    from knowledge.answer.engine import _context

    q = _context(question, kb, "vi", None).q
    assert set(q.localities) == plans, q.localities


def test_the_citys_deadline_for_the_citys_question(kb):
    text = strip_html(answer("Thành phố Điện Biên Phủ: các phòng, ban báo cáo kết quả hằng năm trước ngày nào?", kb).text)
    assert "20/11" in text.split("«")[0] and "Kế hoạch 2417" not in text, text
