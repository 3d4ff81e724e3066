"""Targets in one numbered list and their roles on lines by target numbers (blind round 132,
Tây Ninh, a decision with its plan attached):

    2. Mục tiêu cụ thể (chỉ tiêu đến năm 2026 và năm 2030)
    1. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ …: 2026: 95%; 2030: 97,5%.
    …
    1. Phân công thực hiện
    Chỉ tiêu 1, 2, 3, 4, 5, 7: Sở Y tế chủ trì; Sở Giáo dục và Đào tạo, … phối hợp.
    Chỉ tiêu 6: Bảo hiểm xã hội tỉnh chủ trì; Sở Y tế, Sở Tài chính phối hợp.

A role line "Chỉ tiêu 6: … chủ trì; … phối hợp." is no target 6 (read so, it took the number
from the list, whose numbers were then read as labels: "không có chỉ tiêu 10"); the lines, one
under another in plain text, are each their own paragraph; the agencies before "chủ trì" lead
the targets the line numbers, those before "phối hợp" partner.

Pure: round 132's plan → its indicators and the replies.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_answer_facts import _with_round_plan
from tests.test_parse_any_marker import _first_line

PLAN = Path(__file__).parent / "data" / "blind_rounds" / "round132" / "new_plan.txt"


@pytest.fixture(scope="module")
def plan():
    from knowledge.ingest import ingest_file

    return ingest_file(PLAN)


def test_the_list_numbers_are_the_targets_numbers(plan):
    assert [i.number for i in plan.indicators] == list(range(1, 24))
    assert all(i.targets for i in plan.indicators)


@pytest.mark.parametrize("number, lead, partners", [
    (1, "so-y-te", ["so-giao-duc-va-dao-tao", "hoi-lien-hiep-phu-nu"]),
    (6, "bao-hiem-xa-hoi", ["so-y-te", "so-tai-chinh"]),
    (10, "so-giao-duc-va-dao-tao", ["so-y-te", "uy-ban-nhan-dan-cac-xa-phuong"]),
    (18, "cong-an", ["toa-an-nhan-dan", "vien-kiem-sat-nhan-dan"]),
    (23, "so-khoa-hoc-va-cong-nghe", ["so-giao-duc-va-dao-tao", "cong-an"]),
])
def test_roles_by_target_numbers(plan, number, lead, partners):
    indicator = next(i for i in plan.indicators if i.number == number)
    assert indicator.lead_agencies == [lead] and indicator.partner_agencies == partners


@pytest.fixture(scope="module")
def kb(tmp_path_factory, suite_plans_dir):
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round132/new_plan.txt")


@pytest.mark.parametrize("question, stated", [
    ("ct 10 tay ninh hoan thanh THCS 2026 dat bao nhieu %", "93,5%"),
    ("tay ninh chi tieu 13 tre bi xam hai ai chu tri", "Sở Y tế"),
    ("Tay Ninh chi tieu 23 ve an toan cho tre tren moi truong mang do so nao chu tri", "Sở Khoa học và Công nghệ"),
])
def test_the_replies(kb, question, stated):
    assert stated in _first_line(question, kb), _first_line(question, kb)
