"""A quarterly report's deadline is stated as the plan lists it (seen at the 2026-12-04 stop):
"báo cáo quý gửi Sở Y tế trước ngày 20 của tháng cuối quý (trước ngày 20/3, 20/6, 20/9 và
20/12)" answers "hạn báo cáo quý" with the four dates, not the first alone (which reads as one
date a year), and "báo cáo quý 3" / "quý IV" / "third quarter" with that quarter's date. English
"quarterly", "six-monthly", "half-yearly" are read as the plans' "quý", "6 tháng" (they had read
"hằng tháng", "hằng năm", or nothing).

Pure: the shipped plans and blind round 131's plan (Vĩnh Long) → the replies.
"""

from __future__ import annotations

import pytest

from knowledge.query import prepare
from tests.test_answer_facts import _with_round_plan
from tests.test_parse_any_marker import _first_line


@pytest.fixture(scope="module")
def kb(tmp_path_factory, suite_plans_dir):
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round131/new_plan.txt")


@pytest.mark.parametrize("question, dates", [
    ("Báo cáo quý của Vĩnh Long nộp trước ngày nào?", "ngày 20 của tháng cuối quý (20/3, 20/6, 20/9, 20/12)"),
    ("bao cao hang quy vinh long han nop", "ngày 20 của tháng cuối quý (20/3, 20/6, 20/9, 20/12)"),
    ("Báo cáo quý 3 của Vĩnh Long nộp trước ngày nào?", "20/9 (ngày 20 của tháng cuối quý)"),
    ("Báo cáo quý IV của Vĩnh Long hạn ngày nào?", "20/12 (ngày 20 của tháng cuối quý)"),
    ("bc quý 1 vinh long gửi trước ngày nào", "20/3 (ngày 20 của tháng cuối quý)"),
    ("When is the third quarter report due in Vinh Long?", "20/9 (ngày 20 của tháng cuối quý)"),
    ("Vinh Long: by what date is the quarterly report for quarter 2 due?", "20/6 (ngày 20 của tháng cuối quý)"),
])
def test_a_quarterly_reports_dates(kb, question, dates):
    line = _first_line(question, kb)
    assert line.startswith(f"Vĩnh Long · Kế hoạch 287/KH-UBND: {dates}"), line


def test_a_yearly_report_is_still_its_one_date(kb):
    line = _first_line("Hạn báo cáo năm của các sở gửi Sở Y tế Vĩnh Long là ngày nào?", kb)
    assert "10/12" in line and "20/3" not in line, line


@pytest.mark.parametrize("text, expanded", [
    ("quarterly report", "quy bao cao"), ("third quarter report", "quy 3 bao cao"),
    ("six-monthly report", "6 thang bao cao"), ("half-yearly report", "6 thang bao cao"),
    ("bi-annual report", "6 thang bao cao"), ("monthly report", "hang thang bao cao"),
    ("báo cáo hằng quý", "bao cao quy"),
])
def test_report_periods_in_english_and_as_typed(text, expanded):
    assert prepare(text) == expanded


def test_to_whom_quarterly_reports_go(kb):
    line = _first_line("To whom do Vinh Long agencies and communes send their quarterly reports?", kb)
    assert line.startswith("Vĩnh Long · Kế hoạch 287/KH-UBND: ngày 20 của tháng cuối quý (20/3, 20/6, 20/9, 20/12)") and "Sở Y tế" in line, line
