"""A roles table whose rows list their targets' numbers first (blind round 140, Gia Lai): "| 1,
2, 3, 4 | Sở Y tế | Bảo hiểm xã hội tỉnh, Sở Tài chính, … |" under "| Chỉ tiêu số | Cơ quan
chủ trì | Cơ quan phối hợp |" gives each of targets 1–4 its lead and partners. Only the rows of
one number had been read ("Sở Y tế chủ trì những chỉ tiêu nào" answered "16").

Pure: the shipped plans and round 140's plan (as text) → the stored roles and the replies.
"""

from __future__ import annotations

import pytest

from tests.test_answer_facts import _with_round_plan
from tests.test_parse_any_marker import _first_line


@pytest.fixture(scope="module")
def kb(tmp_path_factory, suite_plans_dir):
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round140/new_plan.txt")


@pytest.mark.parametrize("number, lead, partners", [
    (1, ["so-y-te"], ["bao-hiem-xa-hoi", "so-tai-chinh", "uy-ban-nhan-dan-cac-xa-phuong"]),
    (11, ["so-giao-duc-va-dao-tao"], ["so-dan-toc-va-ton-giao", "so-tai-chinh"]),
    (21, ["so-y-te"], ["cong-an", "hoi-lien-hiep-phu-nu", "tinh-doan"]),
    (16, ["so-y-te"], ["so-noi-vu", "uy-ban-nhan-dan-cac-xa-phuong"]),
])
def test_each_listed_target_gets_the_rows_roles(kb, number, lead, partners):
    plan = next(p for p in kb.plans if p.locality == "Gia Lai")
    indicator = next(i for i in plan.indicators if i.number == number)
    assert (indicator.lead_agencies, indicator.partner_agencies) == (lead, partners)


def test_an_agencys_targets_are_answered(kb):
    line = _first_line("Kế hoạch Gia Lai: Sở Giáo dục và Đào tạo chủ trì các chỉ tiêu số mấy?", kb)
    assert "8, 9, 10, 11" in line, line
