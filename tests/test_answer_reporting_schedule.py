"""A reporting schedule read as officials write it (blind rounds 129 and 135, Quảng Trị):
a table "Loại báo cáo | Đơn vị gửi | Nơi nhận | Thời hạn" gives each report who sends it and
who receives it, from its columns; "Trước ngày 10 của tháng cuối quý" is a quarterly report's
four dates (10/3, 10/6, 10/9, 10/12), stated together or the quarter asked's; a row is one
clause, so "báo cáo 6 tháng" finds its own row; "báo cáo năm của các sở" is the departments'
report, not the standing body's summary of them.

Pure: the shipped plans and round 129's plan → the stored deadlines and the replies.
"""

from __future__ import annotations

import pytest

from tests.test_answer_facts import _with_round_plan
from tests.test_parse_any_marker import _first_line


@pytest.fixture(scope="module")
def kb(tmp_path_factory, suite_plans_dir):
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round129/new_plan.txt")


def _quang_tri(kb):
    return next(p for p in kb.plans if p.locality == "Quảng Trị")


def test_a_schedule_rows_sender_and_receiver_are_its_columns(kb):
    rows = {(d.day, d.month): d for d in _quang_tri(kb).deadlines if d.text.startswith("Báo cáo 6 tháng |")}
    six = rows[(15, 6)]
    assert six.who == "Các sở, ngành, Ủy ban nhân dân cấp huyện"
    assert six.submit_to == "so-lao-dong-thuong-binh-va-xa-hoi"


def test_the_last_month_of_each_quarter_is_four_dates(kb):
    quarterly = sorted((d.day, d.month) for d in _quang_tri(kb).deadlines if d.text.startswith("Báo cáo quý |"))
    assert quarterly == [(10, 3), (10, 6), (10, 9), (10, 12)]


@pytest.mark.parametrize("question, first", [
    ("Hạn báo cáo quý của Quảng Trị là khi nào?",
     "Quảng Trị · Kế hoạch 214/KH-UBND: ngày 10 của tháng cuối quý (10/3, 10/6, 10/9, 10/12) — báo cáo quý — gửi Sở Lao động - Thương binh và Xã hội"),
    ("Báo cáo quý 2 Quảng Trị nộp trước ngày nào?", "Quảng Trị · Kế hoạch 214/KH-UBND: 10/6 (ngày 10 của tháng cuối quý)"),
    ("Quang Tri: who receives the quarterly reports from district People's Committees?",
     "Quảng Trị · Kế hoạch 214/KH-UBND: ngày 10 của tháng cuối quý (10/3, 10/6, 10/9, 10/12)"),
    ("Báo cáo 6 tháng Quảng Trị gửi về đâu?",
     "Quảng Trị · Kế hoạch 214/KH-UBND: 15/6 — báo cáo 6 tháng — gửi Sở Lao động - Thương binh và Xã hội"),
    ("Báo cáo năm của các sở Quảng Trị hạn khi nào?", "Quảng Trị · Kế hoạch 214/KH-UBND: 05/12 "),
])
def test_the_schedule_answers(kb, question, first):
    line = _first_line(question, kb)
    assert line.startswith(first), line


@pytest.mark.parametrize("text, expanded", [
    # where the reports go, asked in English (blind rounds 125, 131: "where do … send", "to whom")
    ("Where do Dien Bien Phu units send their annual report?", "dien bien phu don vi gui their hang nam bao cao gui ve dau"),
    ("where do children play", "where do tre em vui choi"),
    # a department by the initials advisers write
    ("send the report to DOLISA", "gui the bao cao to so lao dong thuong binh va xa hoi"),
])
def test_where_reports_go_in_english(text, expanded):
    from knowledge.query import prepare
    assert prepare(text) == expanded
