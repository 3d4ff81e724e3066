"""When something is held, asked (blind rounds 117, 120, 122, 128): "sơ kết giữa kỳ … tổ chức
vào thời gian nào?", "when will the mid-term review be held?" are answered with the review's
date ("tổ chức sơ kết vào năm 2027"): "thời gian nào", "tháng mấy", "which month" ask when,
and "held" is "tổ chức" as the plans write it (it read "diễn ra", a word no review sentence
has). When a forum is held is not the day its results are reported ("… báo cáo Ủy ban nhân
dân tỉnh trước ngày 30/9"): a deadline answers no question that asks of no report.

Pure: the shipped plans and the rounds' plans → the replies.
"""

from __future__ import annotations

import pytest

from knowledge.answer.engine import answer
from knowledge.answer.format import strip_html
from tests.test_answer_facts import _with_round_plan


@pytest.fixture(scope="module")
def kb120(tmp_path_factory, suite_plans_dir):
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round120/new_plan.txt")


@pytest.fixture(scope="module")
def kb128(tmp_path_factory, suite_plans_dir):
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round128/new_plan.txt")


@pytest.fixture(scope="module")
def kb122(tmp_path_factory, suite_plans_dir):
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round122/new_plan.txt")


def _first(question, kb, lang="vi"):
    result = answer(question, kb, lang=lang)
    return result, strip_html(result.text).split("\n")[0]


@pytest.mark.parametrize("question, lang, said", [
    ("Dak Nong: when will the mid-term review (sơ kết) of the plan be held?", "en", "2027"),
    ("Đắk Nông tổ chức sơ kết kế hoạch vào năm nào?", "vi", "2027"),
])
def test_a_reviews_date_when_asked_when_it_is_held(kb120, question, lang, said):
    result, line = _first(question, kb120, lang)
    assert result.answered and said in line, result.text


def test_a_review_asked_by_thoi_gian_nao(kb128):
    result, line = _first("Sơ kết giữa kỳ kế hoạch vì trẻ em tỉnh Điện Biên tổ chức vào thời gian nào?", kb128)
    assert result.answered and "2028" in line, result.text


def test_a_forum_held_is_not_its_report_deadline(kb122):
    result, line = _first("When is the Ninh Thuận provincial Children's Forum held and where?", kb122, "en")
    assert "30/9" not in line, result.text
