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
