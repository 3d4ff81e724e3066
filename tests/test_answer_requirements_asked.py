"""A requirement asked as officers frame it (blind rounds 113–126 asked the Action Month plan's
"at least 05 play spots" six times and had it declined):

- "Hà Nội yêu cầu các quận đầu tư ít nhất bao nhiêu điểm …": "yêu cầu", "quy định" frame the
  question, the plan's sentence does not say them — weighed little, not asked as the topic;
- "tối thiểu" is "ít nhất"; "how many" asks a figure as "bao nhiêu" does; "invest" is "đầu tư";
- a phone's "xd" is "xây dựng", "tháng hd" "tháng hành động".

Pure: the shipped plans → the replies.
"""

from __future__ import annotations

import pytest

from tests.test_parse_any_marker import _first_line


@pytest.mark.parametrize("question", [
    "Tháng hành động vì trẻ em 2020, Hà Nội yêu cầu các quận, huyện đầu tư ít nhất bao nhiêu điểm vui chơi tại cộng đồng?",
    "hn 2020 moi quan huyen dau tu toi thieu bn diem vui choi cho tre",
    "Hanoi 2020 Action Month: at least how many community play areas should each district invest in?",
])
def test_a_requirement_framed_by_the_asker(kb, question):
    assert "05 điểm" in _first_line(question, kb), _first_line(question, kb)


@pytest.mark.parametrize("question, stated", [
    ("hn thang hd vi tre em 2020 cac quan huyen xd ke hoach truoc ngay may", "20/5/2020"),
    ("HN thang hd vi tre em 2020 so dt trung tam cung cap dv ctxh la j", "024.3525.662"),
])
def test_phone_abbreviations(kb, question, stated):
    assert stated in _first_line(question, kb), _first_line(question, kb)
