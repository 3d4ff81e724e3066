"""Money the plans do not state is declined, not answered with a target (blind round 137,
measured on the session's final engine): "Cần Thơ chi bao nhiêu tỷ đồng …" (no amount in its
plan; "chi bao nhiêu" had been read as "chỉ báo", an indicator) and "giá vé khu vui chơi … bao
nhiêu" (a ticket's price) had been answered with a target's figure.

Pure: the shipped plans → the replies.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "Can Tho chi bao nhieu ty dong cho chuong trinh tre em 2021-2030?",
    "Giá vé khu vui chơi thiếu nhi ở Hà Nội là bao nhiêu?",
    # an amount asked in English words that read as funding ("spend" is "kinh phí")
    "What did Hanoi spend on children's programmes in 2022?",
])
def test_money_the_plans_do_not_state(kb, question):
    from knowledge.answer.engine import answer

    reply = answer(question, kb)
    assert not reply.answered, reply.text


def test_an_indicator_typed_as_chi_bao_is_still_one():
    from knowledge.query import prepare

    assert prepare("chi bao 5 la gi") == "chi tieu 5 la gi"
