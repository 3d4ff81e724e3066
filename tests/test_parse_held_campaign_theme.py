"""A campaign dated in a sentence of its own paragraph takes its theme from that paragraph
(blind round 132: "Tháng hành động vì trẻ em được tổ chức hằng năm từ ngày 01/6 đến ngày 30/6.
Chủ đề năm 2026: "…"" — the theme was not read, "Chủ đề Tháng hành động năm 2026 là gì?" declined).

Pure: a plan's text → its campaigns, and the reply.
"""

from __future__ import annotations

import pytest

from tests.test_answer_facts import _with_round_plan
from tests.test_parse_any_marker import _first_line


@pytest.mark.parametrize("sentence, year", [
    ('Tháng hành động vì trẻ em được tổ chức hằng năm từ ngày 01/6 đến ngày 30/6. Chủ đề năm 2026: "Chung tay vì trẻ em an toàn".', 2026),
    ('Hằng năm, Tháng hành động vì trẻ em được tổ chức từ ngày 01/6 đến ngày 30/6. Chủ đề Tháng hành động vì trẻ em năm '
     '2027 của tỉnh là "Chung tay vì trẻ em an toàn".', 2027),
    ("Hằng năm tổ chức Tháng hành động vì trẻ em từ ngày 01/6 đến ngày 30/6 với chủ đề “Chung tay vì trẻ em an toàn”.", None),
    # the year before "với chủ đề" (round 135)
    ('Tổ chức Tháng hành động vì trẻ em hằng năm từ ngày 01 tháng 6 đến ngày 30 tháng 6; năm 2025 với chủ đề '
     '"Chung tay vì trẻ em an toàn"; lễ phát động cấp tỉnh tổ chức tại huyện Hướng Hóa.', 2025),
])
def test_theme_in_the_dating_paragraph(sentence, year):
    from knowledge.parse.extras import parse_held_campaigns
    from knowledge.parse.structure import parse_document

    campaigns = parse_held_campaigns(parse_document(f"III. NHIỆM VỤ\n\n1. Truyền thông\n\n{sentence}\n"))
    assert [(c.name, c.theme, c.theme_year) for c in campaigns] == [
        ("Tháng hành động vì trẻ em", "Chung tay vì trẻ em an toàn", year)]


@pytest.fixture(scope="module")
def kb(tmp_path_factory, suite_plans_dir):
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round132/new_plan.txt")


def test_the_theme_is_the_reply(kb):
    line = _first_line("Chủ đề Tháng hành động vì trẻ em năm 2026 của Tây Ninh là gì?", kb)
    assert "phòng chống đuối nước và xâm hại trẻ em" in line, line
