"""Phrasings a plan carrying a decision may use, tried before a blind set met them:

- "giảm từ 12,5% năm 2025 xuống còn 10% năm 2027 …": the level it starts from is a result
  reached, said so ("đã đạt năm 2025"), not a 2025 target of "at least 12,5%";
- "tăng gấp 1,5 lần so với năm 2025 vào năm 2030": the multiple said with the year it is
  measured from, the measure's name without "tăng gấp";
- leads and partners in a closing table by field ("| 1 | Lĩnh vực y tế | Sở Y tế | Hội …
  |"), not by indicator: each field's targets get that row's lead and partners.

Pure: the shipped plans and the plan below → the stored targets and the replies.
"""

from __future__ import annotations

import pytest

from tests.test_parse_any_marker import _states

PLAN = """ỦY BAN NHÂN DÂN TỈNH THANH LÂM
Số: 15/QĐ-UBND
Thanh Lâm, ngày 20 tháng 01 năm 2026
QUYẾT ĐỊNH
Ban hành Kế hoạch thực hiện Chương trình hành động vì trẻ em tỉnh Thanh Lâm giai đoạn 2026 - 2030
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
Căn cứ Quyết định số 23/QĐ-TTg ngày 07 tháng 01 năm 2021 của Thủ tướng Chính phủ;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chương trình hành động vì trẻ em tỉnh Thanh Lâm giai đoạn 2026 - 2030.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, ngành chịu trách nhiệm thi hành Quyết định này.
KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Thanh Lâm giai đoạn 2026 - 2030
I. MỤC TIÊU
1. Lĩnh vực y tế
- Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm từ 12,5% năm 2025 xuống còn 10% năm 2027 và dưới 9% năm 2030.
- Số trẻ em được khám sàng lọc tim bẩm sinh tăng gấp 1,5 lần so với năm 2025 vào năm 2030.
2. Lĩnh vực giáo dục
- Tỷ lệ trẻ em 5 tuổi đi học mẫu giáo đạt 99% năm 2027 và 99,5% năm 2030.
- Tỷ lệ trẻ em từ 6 đến 16 tuổi biết bơi an toàn từ 40% năm 2025 lên 50% năm 2027 và 60% năm 2030.
3. Lĩnh vực bảo vệ trẻ em
- Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp đạt 92% năm 2027 và 95% năm 2030.
II. KINH PHÍ
Tổng kinh phí thực hiện Kế hoạch từ năm 2026 đến năm 2030 là 150 tỷ đồng; trong đó ngân sách tỉnh bố trí 8 tỷ đồng mỗi năm.
III. CHẾ ĐỘ BÁO CÁO
Các sở, ngành báo cáo 6 tháng trước ngày 15/6 và báo cáo năm trước ngày 15/12 gửi Sở Y tế. Sơ kết thực hiện Kế hoạch vào năm 2028; tổng kết vào năm 2030.
IV. THÁNG HÀNH ĐỘNG VÌ TRẺ EM
Tháng hành động vì trẻ em được tổ chức từ ngày 01/6 đến ngày 30/6 hằng năm; năm 2026 với chủ đề "Thanh Lâm vì trẻ em an toàn"; lễ phát động tổ chức tại Quảng trường tỉnh.
V. THÔNG TIN LIÊN HỆ
Tổng đài điện thoại quốc gia bảo vệ trẻ em 111. Đường dây nóng bảo vệ trẻ em tỉnh Thanh Lâm: 0294.3855.111.
Phụ lục: Phân công thực hiện
| STT | Nhóm chỉ tiêu | Cơ quan chủ trì | Cơ quan phối hợp |
| 1 | Lĩnh vực y tế | Sở Y tế | Hội Liên hiệp Phụ nữ tỉnh |
| 2 | Lĩnh vực giáo dục | Sở Giáo dục và Đào tạo | Sở Văn hóa, Thể thao và Du lịch |
| 3 | Lĩnh vực bảo vệ trẻ em | Sở Lao động - Thương binh và Xã hội | Công an tỉnh |
"""


@pytest.fixture(scope="module")
def kb(kb_with_plan):
    return kb_with_plan("thanhlam-qd15-2026.txt", PLAN)


def _plan(kb):
    return next(p for p in kb.plans if p.slug.startswith("tl"))


def test_the_level_a_change_starts_from_is_reached(kb):
    stunting, _screening, _school, swimming, _care = _plan(kb).indicators
    assert [(t.year, t.value, t.achieved) for t in stunting.targets] == [
        (2025, 12.5, True), (2027, 10.0, False), (2030, 9.0, False)]
    assert [(t.year, t.achieved) for t in swimming.targets] == [(2025, True), (2027, False), (2030, False)]
    _states(kb, "Thanh Lâm tỷ lệ thấp còi năm 2025", "12,5%", "đã đạt")


@pytest.mark.parametrize("clause, start", [
    ("Tỷ lệ trẻ em suy dinh dưỡng thể thấp còi giảm từ 20% năm 2026 xuống còn 17% năm 2028", (2026, 20.0)),
    ("Tỷ lệ trẻ em được tiêm chủng tăng từ 95% (năm 2026) lên 98% vào năm 2030", (2026, 95.0)),
    ("Tỷ suất tử vong trẻ em dưới 1 tuổi giảm từ 11,2‰ năm 2026 xuống dưới 10‰ năm 2028", (2026, 11.2)),
])
def test_a_start_in_the_plans_own_years_is_no_target(clause, start):
    # (a start before the plan's year is a result by its year already; one in its first year
    # is read so by its words)
    from knowledge.parse.targets import parse_targets

    found = {(t.year, t.value): t.achieved for t in parse_targets(clause)}
    assert found[start] is True and list(found.values()).count(True) == 1, found


def test_a_multiple_is_said_with_its_base_year(kb):
    _states(kb, "Thanh Lâm khám sàng lọc tim bẩm sinh 2030", "1,5 lần so với năm 2025",
            "Số trẻ em được khám sàng lọc tim bẩm sinh", absent=("tăng gấp",))


@pytest.mark.parametrize("question, lead, partner", [
    ("ai chủ trì chỉ tiêu biết bơi Thanh Lâm", "Sở Giáo dục và Đào tạo", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Who leads the child protection targets in Thanh Lam?", "Sở Lao động - Thương binh và Xã hội", "Công an tỉnh"),
    ("Thanh Lâm chỉ tiêu thấp còi cơ quan chủ trì", "Sở Y tế", "Hội Liên hiệp Phụ nữ tỉnh"),
])
def test_a_table_of_roles_by_field_gives_each_fields_targets_their_roles(kb, question, lead, partner):
    _states(kb, question, lead, partner, lines=2)
