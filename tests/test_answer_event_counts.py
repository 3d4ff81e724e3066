"""How many children an event of the plan gathers (blind rounds 126 and 128): "Tổ chức Diễn
đàn trẻ em tỉnh … vào tháng 9 hằng năm, với khoảng 150 trẻ em … tham gia" answers "diễn đàn
… bao nhiêu em tham gia". A count of children was declined as a statistic the plans never
give; it still is when the question names no topic the passage is about ("Hòa Sơn có bao
nhiêu trẻ em?"), and a number of children in another passage is no answer to it.

The plan is written here for a fictional province ("Hòa Sơn"), its figures invented.
"""

from __future__ import annotations

import pytest

from knowledge.answer.engine import answer
from knowledge.answer.format import strip_html
from tests.test_parse_any_marker import _kb_of

PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÒA SƠN

Số: 77/KH-UBND

Hòa Sơn, ngày 05 tháng 3 năm 2026

KẾ HOẠCH

Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030

I. MỤC TIÊU

1. Mục tiêu chung

Xây dựng môi trường sống an toàn, thân thiện cho trẻ em tỉnh Hòa Sơn.

2. Mục tiêu cụ thể

a) Tỷ lệ trẻ em được tư vấn: năm 2026 đạt 80%, năm 2030 đạt 90%.

b) Tỷ lệ xã đạt tiêu chuẩn phù hợp với trẻ em: năm 2026 đạt 60%, năm 2030 đạt 75%.

II. NHIỆM VỤ, GIẢI PHÁP

1. Tổ chức dạy bơi an toàn cho khoảng 40.000 trẻ em mỗi năm tại các xã ven sông.

2. Tổ chức Diễn đàn trẻ em tỉnh Hòa Sơn vào tháng 9 hằng năm, với khoảng 150 trẻ em đại diện cho các xã, phường tham gia; kết quả Diễn đàn được gửi đến Hội đồng nhân dân tỉnh.

III. TỔ CHỨC THỰC HIỆN

1. Sở Y tế

- Chủ trì, theo dõi việc thực hiện Kế hoạch; báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12 hằng năm.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory, suite_plans_dir):
    folder = tmp_path_factory.mktemp("events")
    plan = folder / "hoason-kh77-2026.txt"
    plan.write_text(PLAN, encoding="utf-8")
    return _kb_of(folder, *sorted(suite_plans_dir.glob("*.txt")), plan)


@pytest.mark.parametrize("question", [
    "dien dan tre em tinh hoa son bn em tham gia",
    "Diễn đàn trẻ em tỉnh Hòa Sơn có khoảng bao nhiêu trẻ em đại diện tham gia?",
])
def test_the_children_an_event_gathers(kb, question):
    result = answer(question, kb)
    assert result.answered and "150" in strip_html(result.text).split("«")[0], result.text


@pytest.mark.parametrize("question", [
    "Hòa Sơn có bao nhiêu trẻ em?",                      # no topic: a statistic
    "Hòa Sơn hiện có bao nhiêu trẻ em bị xâm hại?",      # a topic no passage counts
])
def test_a_count_of_children_no_passage_states_is_declined(kb, question):
    result = answer(question, kb)
    text = strip_html(result.text)
    assert not result.answered and "150" not in text and "40.000" not in text, result.text
