"""A table of targets under each goal numbered by goal and order, "1.1", "1.2", "2.1" (blind
round 112): each row is a target known by that code. The plan ("Hòa Đông") is invented.
"""

from __future__ import annotations

import pytest

from knowledge.answer.engine import answer
from knowledge.answer.fitting import fold
from knowledge.answer.format import strip_html
from tests.test_parse_any_marker import _kb_of

PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÒA ĐÔNG

Số: 31/KH-UBND

Hòa Đông, ngày 05 tháng 3 năm 2026

KẾ HOẠCH

Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Đông giai đoạn 2026 - 2030

I. MỤC TIÊU

Mục tiêu 1. Chăm sóc sức khỏe trẻ em

| STT | Chỉ tiêu | Đơn vị tính | Thực hiện 2025 | Kế hoạch 2028 | Kế hoạch 2030 |
| 1.1 | Tỷ suất tử vong trẻ em dưới 1 tuổi | ‰ | 10,2 | 9,0 | 8,0 |
| 1.2 | Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi | % | 18,4 | 16,5 | 15,0 |

Mục tiêu 2. Bảo vệ trẻ em

| STT | Chỉ tiêu | Đơn vị tính | Thực hiện 2025 | Kế hoạch 2028 | Kế hoạch 2030 |
| 2.1 | Tỷ lệ trẻ em từ 6 đến 15 tuổi biết bơi an toàn | % | 42 | 50 | 60 |

II. TỔ CHỨC THỰC HIỆN

1. Sở Y tế: chủ trì các chỉ tiêu 1.1 và 1.2.

2. Sở Văn hóa, Thể thao và Du lịch: chủ trì chỉ tiêu 2.1.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dotted")
    plan = folder / "hoadong-kh31-2026.txt"
    plan.write_text(PLAN, encoding="utf-8")
    return _kb_of(folder, plan)


def test_each_dotted_row_is_a_target_known_by_its_code(kb):
    plan = kb.plans[0]
    assert [i.label for i in plan.indicators] == ["1.1", "1.2", "2.1"]


@pytest.mark.parametrize("question,said,not_said", [
    ("Chỉ tiêu 1.2 Hòa Đông năm 2030 là bao nhiêu?", "15", "16,5"),
    ("tre em biet boi hoa dong 2028", "50", "60"),
    ("Ai chủ trì chỉ tiêu 2.1 của Hòa Đông?", "Van hoa", "So Y te"),
])
def test_targets_of_dotted_rows_are_answered(kb, question, said, not_said):
    result = answer(question, kb)
    assert result.answered, result.text
    line = fold(strip_html(result.text).split("\n", 1)[0])
    assert fold(said) in line and fold(not_said) not in line, result.text
