"""English words of the genre a foreign adviser writes (blind round 144, half its questions in
English, about Hà Tĩnh's plan): a budget by its level ("central budget" is "ngân sách trung
ương"), "poor households" ("hộ nghèo"), "inspected periodically" ("kiểm tra … định kỳ"), and
"violating the law" ("vi phạm pháp luật"), "internet safety" found where the plan writes "khi sử dụng Internet" as where it writes "trên
môi trường mạng". Each had been declined.

Pure: the shipped plans and round 144's DOCX → the replies.
"""

from __future__ import annotations

import pytest

from tests.test_answer_facts import _with_round_plan
from tests.test_parse_any_marker import _first_line


@pytest.fixture(scope="module")
def kb(tmp_path_factory, suite_plans_dir):
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round144/new_plan.docx")


@pytest.mark.parametrize("question, first", [
    ("What is the internet-safety skills target for children in Ha Tinh for 2030?", "đạt 90% (2030)"),
    ("tỷ lệ trẻ em an toàn trên môi trường mạng Hà Tĩnh 2030", "đạt 90% (2030)"),
    ("Which department leads the Ha Tinh target on children from poor households receiving social assistance?",
     "Chủ trì: Sở Nội vụ"),
    ("How much does the central budget contribute to the Ha Tinh children's plan?", "12.000 triệu đồng"),
    ("By 2026, what percentage of child-support facilities in Ha Tinh should be inspected periodically?", "đạt 90% (2026)"),
    # children "violating the law" are those "vi phạm pháp luật" (blind round 138 asked it so)
    ("Which agency leads the indicator on children violating the law in Ha Tinh's plan?", "Chủ trì: Công an tỉnh"),
])
def test_english_genre_words(kb, question, first):
    line = _first_line(question, kb)
    assert line.startswith(first), line


@pytest.mark.parametrize("text, expanded", [
    ("commune-level budgets", "cap xa kinh phi"), ("the central budget", "the ngan sach trung uong"),
])
def test_budgets_in_english(text, expanded):
    from knowledge.query import prepare
    assert prepare(text) == expanded
