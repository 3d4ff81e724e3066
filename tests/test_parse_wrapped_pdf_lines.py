"""A text PDF written with no blank line between paragraphs and its wrapped lines starting at
the margin (blind round 131, Vĩnh Long): a line that runs to the page's width and ends no
sentence goes on with the next line. Read as "one paragraph a line", each target's name was cut
from its figures ("… vắc xin trong" / "Chương trình tiêm chủng mở rộng: năm 2026 đạt 95%; …" /
"năm 2030 đạt trên 97%." three targets), and a question on immunisation was answered with the
under-1 mortality target below it.

Also read there: a group's lead by the group's title ("Sở Y tế chủ trì nhóm chỉ tiêu về chăm
sóc sức khỏe, trừ chỉ tiêu về nước sạch do Sở Nông nghiệp và Môi trường chủ trì") and a
target's partner after its lead ("… do Sở Y tế chủ trì, phối hợp với Bảo hiểm xã hội tỉnh").

Pure: round 131's PDF and text → their indicators.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROUND = Path(__file__).parent / "data" / "blind_rounds" / "round131"


@pytest.fixture(scope="module", params=["new_plan.pdf", "new_plan.txt"])
def plan(request):
    from knowledge.ingest import ingest_file

    return ingest_file(ROUND / request.param)


def _named(plan, start: str):
    return next(i for i in plan.indicators if i.text.startswith(start))


def test_wrapped_lines_are_one_target(plan):
    assert len(plan.indicators) == 18
    immunised = _named(plan, "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ")
    assert [(t.year, t.value) for t in immunised.targets] == [(2026, 95.0), (2028, 96.0), (2030, 97.0)]


@pytest.mark.parametrize("start, lead, partners", [
    ("Tỷ suất tử vong trẻ em dưới 1 tuổi", "so-y-te", []),
    # the group's exceptions: their own lead, their partner after it
    ("Tỷ lệ hộ gia đình có trẻ em được sử dụng nước sạch", "so-nong-nghiep-va-moi-truong", []),
    ("Tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế", "so-y-te", ["bao-hiem-xa-hoi"]),
    ("Tỷ lệ trẻ em từ 6 đến 16 tuổi biết bơi an toàn", "so-van-hoa-the-thao-va-du-lich", ["so-giao-duc-va-dao-tao"]),
    ("Tỷ lệ huy động trẻ em 5 tuổi đi học mẫu giáo", "so-giao-duc-va-dao-tao", []),
    ("Tỷ lệ trẻ em được tham gia câu lạc bộ kỹ năng sống", "tinh-doan", ["so-y-te", "hoi-lien-hiep-phu-nu"]),
])
def test_roles_by_group_title(plan, start, lead, partners):
    indicator = _named(plan, start)
    assert indicator.lead_agencies == [lead] and indicator.partner_agencies == partners
