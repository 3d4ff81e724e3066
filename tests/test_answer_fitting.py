"""The scorer's fitted decisions (``knowledge.answer.fitting``): when to answer, when to ask
which reading is meant, from which confidence to ask rather than only decline."""

from __future__ import annotations

import pytest

from knowledge.answer.fitting import Pair, choose_ask_floor, choose_margin


def test_no_margin_when_the_close_second_reading_is_never_the_right_one():
    held = [Pair(0.9, True, 0.88, False)] * 10 + [Pair(0.95, True)] * 10
    assert 0.0 == choose_margin(held, threshold=0.75)


def test_a_margin_when_close_readings_often_hide_the_right_one():
    # the best is wrong whenever a different reading is close behind, and that one is right
    held = [Pair(0.8, False, 0.78, True)] * 10 + [Pair(0.95, True, 0.5, False)] * 10
    margin = choose_margin(held, threshold=0.75)
    assert 0.02 < margin <= 0.3


def test_questions_under_the_threshold_do_not_count_for_the_margin():
    held = [Pair(0.6, False, 0.59, True)] * 10
    assert 0.0 == choose_margin(held, threshold=0.75)


@pytest.mark.parametrize("band, floor", [
    # (p1, ok1, ok2) of the held-out questions under the threshold 0.75
    # the lowest step whose 0.1-wide neighbourhood reaches the useful asks at 0.4
    ([(0.7, True, False)] * 10 + [(0.4, False, True)] * 10 + [(0.1, False, False)] * 30, 0.35),
    ([(0.7, True, False)] * 10 + [(0.2, False, False)] * 30, 0.65),
    ([(0.3, False, False)] * 10, 0.75),   # never right: never ask
    ([], 0.75),
])
def test_the_ask_floor_is_where_half_of_the_asks_hold_the_right_answer(band, floor):
    held = [Pair(p, ok1, p - 0.1, ok2) for p, ok1, ok2 in band] + [Pair(0.9, True)] * 5
    assert floor == choose_ask_floor(held, threshold=0.75)


@pytest.mark.parametrize("cues,stated,first_line,missing", [
    # a deadline asked: a passage about reports that names no date states none
    ({"deadline"}, "9 cac so ban nganh long ghep cac muc tieu vao ke hoach hang nam", "", True),
    ({"deadline"}, "ha noi: 15/12", "ha noi: 15/12", False),
    ({"when"}, "bao cao vu viec trong 3 ngay", "trong 3 ngay", False),   # a time limit is a when
    # a figure asked: no number at all
    ({"figure"}, "noi dung ke hoach", "", True),
    # an age asked: a rate whose label names an age is no age
    ({"age"}, "duoi 1% (2025) — ty le lao dong tre em (tinh den 17 tuoi)",
     "duoi 1% (2025) — ty le lao dong tre em (tinh den 17 tuoi)", True),
    ({"age"}, "duoi 6 tuoi — tre em duoc kham chua benh mien phi", "duoi 6 tuoi — tre em", False),
    (set(), "anything", "", False),
])
def test_an_answer_stating_no_value_of_the_type_asked_is_marked(cues, stated, first_line, missing):
    from knowledge.answer.scorer import type_missing

    assert type_missing(cues, stated, first_line) is missing
