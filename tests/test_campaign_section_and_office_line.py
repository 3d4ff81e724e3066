"""A plan's Action Month set out as a section of its own and its standing office's line
labelled in a bracket (round 164's layout, found by a blind question set):

- "V. THÁNG HÀNH ĐỘNG VÌ TRẺ EM NĂM 2026" over "Thời gian: từ ngày 01/6/2026 đến hết ngày
  30/6/2026. Chủ đề: "…". Lễ phát động …" (the fields run on in one paragraph, as a PDF's
  lines join) is a campaign with its dates and theme (none had been read: its dates were
  answered with the plan's issue date);
- "Phòng Bảo vệ, chăm sóc trẻ em - Sở Y tế (Văn phòng thường trực): điện thoại …" is that
  office's line, asked as "the standing office", "cơ quan thường trực" or "vp thường trực"
  (the label had been cut to "Văn phòng thường trực)" and the number not found);
- "không dưới 5 tỷ đồng mỗi năm" answers "tối thiểu bao nhiêu".

Pure: the shipped plans and the plan below → the stored facts and the replies.
"""

from __future__ import annotations

import pytest

from tests.test_parse_any_marker import _states

PLAN = """ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH
Số: 52/KH-UBND
Nam Định, ngày 02 tháng 3 năm 2026

KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Nam Định giai đoạn 2026 - 2030

II. MỤC TIÊU
2. Mục tiêu cụ thể
Chỉ tiêu 1. Tỷ suất tử vong trẻ sơ sinh năm 2025 đạt 7,4‰; giảm xuống dưới 6,6‰ năm 2028 và dưới 6,1‰ năm 2030.

IV. KINH PHÍ THỰC HIỆN
Tổng kinh phí dự kiến giai đoạn 2026 - 2030 là 120,5 tỷ đồng. Quỹ Bảo trợ trẻ em tỉnh vận động mỗi năm không dưới 4 tỷ đồng.

V. THÁNG HÀNH ĐỘNG VÌ TRẺ EM NĂM 2026
Thời gian: từ ngày 01/6/2026 đến hết ngày 30/6/2026. Chủ đề: "Vì một Nam Định an toàn cho mọi trẻ em". Lễ phát động cấp tỉnh tổ chức sáng ngày 30/5/2026 tại Quảng trường Hòa Bình.

VII. THÔNG TIN LIÊN HỆ
- Tổng đài điện thoại quốc gia bảo vệ trẻ em: 111 (miễn phí, 24/7).
- Phòng Bảo vệ, chăm sóc trẻ em - Sở Y tế (Văn phòng thường trực): điện thoại 0228.3849.215; email: treem.syt@namdinh.gov.vn.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Anh Dũng
"""


@pytest.fixture(scope="module")
def kb(kb_with_plan):
    return kb_with_plan("namdinh-kh52-2026.txt", PLAN)


def test_the_section_is_a_campaign(kb):
    plan = next(p for p in kb.plans if p.locality == "Nam Định")
    campaign = next(c for c in plan.campaigns if "Tháng hành động" in c.name)
    assert (campaign.start, campaign.end) == ("2026-06-01", "2026-06-30")
    assert campaign.theme == "Vì một Nam Định an toàn cho mọi trẻ em"


def test_the_office_line_keeps_its_name(kb):
    plan = next(p for p in kb.plans if p.locality == "Nam Định")
    assert any(c.label == "Phòng Bảo vệ, chăm sóc trẻ em - Sở Y tế (Văn phòng thường trực)" for c in plan.contacts)


@pytest.mark.parametrize("question, stated", [
    ("What are the dates of Nam Dinh's 2026 Action Month for children?", "01/6/2026"),
    ("Chủ đề Tháng hành động vì trẻ em năm 2026 của Nam Định là gì?", "Vì một Nam Định an toàn cho mọi trẻ em"),
    ("Phone number of the standing office for children in Nam Dinh?", "0228.3849.215"),
    ("sdt vp thuong truc tre em nam dinh la so may", "0228.3849.215"),
    ("Số điện thoại cơ quan thường trực về trẻ em của Nam Định?", "0228.3849.215"),
    ("Quỹ Bảo trợ trẻ em tỉnh Nam Định phải vận động tối thiểu bao nhiêu mỗi năm?", "4 tỷ"),
])
def test_the_fact_asked(kb, question, stated):
    _states(kb, question, stated, lines=2)


def test_a_theme_chosen_for_a_year_is_that_years(kb_with_plan):
    # round 172: "Năm 2026 chọn chủ đề "…"" had given no theme ("chọn" before "chủ đề")
    plan = """ỦY BAN NHÂN DÂN TỈNH BẮC KẠN
Số: 19/KH-UBND
Bắc Kạn, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Bắc Kạn giai đoạn 2026 - 2030

II. MỤC TIÊU
Chỉ tiêu 1. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96% năm 2028 và 98% năm 2030.

VI. THÁNG HÀNH ĐỘNG VÌ TRẺ EM
Tháng hành động vì trẻ em được tổ chức từ ngày 01/6 đến ngày 30/6 hằng năm. Năm 2026 chọn chủ đề "Bắc Kạn lắng nghe trẻ em vùng cao".
"""
    kb = kb_with_plan("backan-kh19-2026.txt", plan)
    _states(kb, "Chủ đề Tháng hành động vì trẻ em năm 2026 của Bắc Kạn là gì?", "lắng nghe trẻ em vùng cao")
