"""Who consolidates the state apparatus for children in the scanned Hà Nội plan on Directive 28
(asked in five of the blind rounds 115–126, declined each time):

- "bộ máy quản lý" is the apparatus, not "máy" (how many) + "quận" (districts): no statistic;
- "qlnn" is "quản lý nhà nước", as officers type it.

Pure: the shipped plans → the replies.
"""

from __future__ import annotations

import pytest

from tests.test_parse_any_marker import _first_line


@pytest.mark.parametrize("question", [
    "ha noi kh chi thi 28: so nao chu tri kien toan bo may quan ly nha nuoc ve tre em",
    "hn ct28 so nao chu tri kien toan bo may qlnn ve tre em",
])
def test_who_consolidates_the_apparatus(kb, question):
    from knowledge.text import fold

    line = fold(_first_line(question, kb)).lower()
    assert "noi vu" in line, line
