"""A one-year plan's reports (blind round 141, Hưng Yên's plan for 2027): its quarterly reports
"trước ngày 15 của tháng cuối quý (trước ngày 15/3, 15/6, 15/9/2027)" are the three dates it
lists (the fourth quarter's is the year-end report), read as quarterly though written "báo cáo
định kỳ hằng quý"; its year's report, "Báo cáo kết quả thực hiện năm 2027 … trước ngày
05/12/2027", answers "hạn báo cáo năm" — not a quarter's date.

Pure: the shipped plans and round 141's plan → the replies.
"""

from __future__ import annotations

import pytest

from tests.test_answer_facts import _with_round_plan
from tests.test_parse_any_marker import _first_line


@pytest.fixture(scope="module")
def kb(tmp_path_factory, suite_plans_dir):
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round141/new_plan.txt")


@pytest.mark.parametrize("question, first", [
    ("Báo cáo quý theo kế hoạch trẻ em 2027 của Hưng Yên phải gửi trước ngày mấy?",
     "Hưng Yên · Kế hoạch 47/KH-UBND: ngày 15 của tháng cuối quý (15/3, 15/6, 15/9) — báo cáo quý — gửi Sở Y tế"),
    ("bc nam 2027 HY nop so y te han ngay nao", "Hưng Yên · Kế hoạch 47/KH-UBND: 05/12/2027"),
    ("Hạn báo cáo năm của Hưng Yên?", "Hưng Yên · Kế hoạch 47/KH-UBND: 05/12/2027"),
])
def test_a_one_year_plans_reports(kb, question, first):
    line = _first_line(question, kb)
    assert line.startswith(first), line
