"""A funding table by year (blind round 131, Vĩnh Long):

    2. Phân kỳ kinh phí theo năm (đơn vị: triệu đồng)
    Năm | Ngân sách tỉnh | Ngân sách cấp xã | Xã hội hóa | Tổng cộng
    2026 | 18.500 | 7.820 | 8.800 | 35.120
    …

each cell an amount of its column's source for its row's year, the last column the year's
total ("Tổng kinh phí năm 2028"), the unit the title's; "Tổng kinh phí năm 2028 …", "ngân sách
tỉnh năm 2030" were answered with the period's total or declined. A year's row answers only
when its year is asked; the "Cộng" row is each source's amount for the table's years (a fresh
reviewer's break: "ngân sách phường bao nhiêu" was answered with 2026's row).

Pure: round 131's plan → its amounts and the replies.
"""

from __future__ import annotations

import pytest

from tests.test_answer_facts import _with_round_plan
from tests.test_parse_any_marker import _first_line


def test_the_table_s_amounts():
    from knowledge.parse.extras import parse_funding
    from knowledge.parse.structure import parse_document

    text = ("IV. KINH PHÍ\n\n2. Phân kỳ kinh phí theo năm (đơn vị: triệu đồng)\n"
            "Năm | Ngân sách tỉnh | Xã hội hóa | Tổng cộng\n2026 | 18.500 | 8.800 | 27.300\n"
            "2027 | 19.100 | 9.100 | 28.200\nCộng | 37.600 | 17.900 | 55.500\n")
    found = [(f.source, f.amount, f.period) for f in parse_funding(parse_document(text))]
    assert found == [("Ngân sách tỉnh năm 2026", 18500.0, "2026"), ("Xã hội hóa năm 2026", 8800.0, "2026"),
                     ("Tổng kinh phí năm 2026", 27300.0, "2026"), ("Ngân sách tỉnh năm 2027", 19100.0, "2027"),
                     ("Xã hội hóa năm 2027", 9100.0, "2027"), ("Tổng kinh phí năm 2027", 28200.0, "2027"),
                     # the "Cộng" row: each source's amount for the table's years, and their total
                     ("Ngân sách tỉnh", 37600.0, "2026-2027"), ("Xã hội hóa", 17900.0, "2026-2027"),
                     (None, 55500.0, "2026-2027")]


@pytest.fixture(scope="module")
def kb(tmp_path_factory, suite_plans_dir):
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round131/new_plan.txt")


@pytest.mark.parametrize("question, first", [
    ("Tổng kinh phí năm 2028 của kế hoạch vì trẻ em Vĩnh Long là bao nhiêu triệu đồng?", "37.300 triệu đồng (2028)"),
    ("Ngân sách tỉnh năm 2030 dành cho kế hoạch trẻ em Vĩnh Long là bao nhiêu?", "20.900 triệu đồng (2030)"),
    # the period's total is still the total
    ("Tổng kinh phí kế hoạch trẻ em Vĩnh Long là bao nhiêu?", "186.450 triệu đồng (2026-2030)"),
])
def test_the_replies(kb, question, first):
    assert _first_line(question, kb).startswith(first), _first_line(question, kb)


def test_no_year_asked_is_the_period_s_amount(kb):
    assert _first_line("Ngân sách tỉnh Vĩnh Long bố trí bao nhiêu cho kế hoạch?", kb).startswith("98.200 triệu đồng")
