"""The accents of a place's name say nothing of which word a topic means (seen reading blind
round 130's English misses): "Lào" of "Lào Cai" folds to "lao", as "lao động" (labour) does;
read as the accents typed for "lao", it had put Lào Cai's child-labour target out of reach
("Lào Cai: child labour rate for 2030?" was answered from a passage, "Sở nào chủ trì chỉ tiêu
lao động trẻ em của Lào Cai?" with no agency).

Pure: the shipped plans and blind round 130's plan (Lào Cai) → the replies.
"""

from __future__ import annotations

import pytest

from tests.test_answer_facts import _with_round_plan
from tests.test_parse_any_marker import _first_line


@pytest.fixture(scope="module")
def kb(tmp_path_factory, suite_plans_dir):
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round130/new_plan.txt")


@pytest.mark.parametrize("question, first", [
    ("Lào Cai: child labour rate for 2030?", "không vượt quá 3% (2030) — Tỷ lệ trẻ em từ 5 đến 17 tuổi lao động"),
    ("Sở nào chủ trì chỉ tiêu lao động trẻ em của Lào Cai?", "Chủ trì: Sở Lao động - Thương binh và Xã hội — Lào Cai"),
])
def test_a_places_accents_choose_no_topic(kb, question, first):
    line = _first_line(question, kb)
    assert line.startswith(first), line


def test_a_measure_named_is_no_other_targets(kb):
    # "cận thị" (myopia) is a measure of its own, not "tiếp cận" (access) of a school target:
    # with "Cần" of "Cần Thơ" no longer read as the accents typed for "can", only the measure's
    # own words keep the question off that target (blind round 88's out-of-scope question)
    line = _first_line("Tỷ lệ trẻ em cận thị ở học sinh Cần Thơ năm 2025 là bao nhiêu?", kb)
    assert line.startswith("Tôi không tìm thấy"), line
