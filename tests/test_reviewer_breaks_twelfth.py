"""A fresh reviewer's breaks of this session's rules (twelfth session), on plans it wrote for
the purpose — each a confident wrong answer the rules had made:

- a short sub-count ("trong đó 200 trẻ nữ", "10 xã điểm") took the indicator's name, and its
  figure was stated for the indicator's;
- a "Tỷ lệ …" row over a base other than a hundred ("trên 1000 trẻ đẻ sống", "/100 bé gái",
  "học sinh/lớp") was read in per cent;
- "… 60 tỷ đồng cho năm 2026 đến năm 2030" was read as 2026's amount, "Kinh phí tổ chức thực
  hiện năm 2026" as an event's (no year);
- "Phát huy kết quả năm 2025, năm nay tỉnh tổ chức với chủ đề …" was called 2025's theme;
- a reporting row "| 6 tháng, năm | … | Trước ngày 15/6 và 15/12 |" gave no yearly report, and
  "hạn báo cáo năm" was answered with the final review's 30/10/2030;
- "đường dây nóng riêng của tỉnh Bắc Giang" asked with a call's occasion got 111 first.

Pure: the shipped plans and each plan below → the replies.
"""

from __future__ import annotations

import pytest

from tests.test_parse_any_marker import _states

PLANS = {
    "laichau-kh19-2026.txt": """ỦY BAN NHÂN DÂN TỈNH LAI CHÂU
Số: 19/KH-UBND
Lai Châu, ngày 05 tháng 3 năm 2026
KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Lai Châu giai đoạn 2026 - 2030
I. MỤC TIÊU
1. Mục tiêu chung
Bảo đảm mọi trẻ em được chăm sóc, bảo vệ.
2. Mục tiêu cụ thể
a) Số trẻ em có hoàn cảnh đặc biệt được hỗ trợ sinh kế: năm 2027 đạt 500 trẻ em, trong đó 200 trẻ nữ; năm 2030 đạt 800 trẻ em.
b) Số huyện, thành phố thành lập Hội đồng trẻ em: năm 2027 đạt 5/8 huyện, thành phố, năm 2030 đạt 8/8 huyện, thành phố.
c) Số câu lạc bộ kỹ năng sống: năm 2027 đạt 40 câu lạc bộ, 10 xã điểm; năm 2030 đạt 60 câu lạc bộ.
d) Tỷ lệ trẻ em được tiếp cận giáo dục hòa nhập: năm 2027 đạt 85%, trẻ dân tộc đạt 80%; năm 2030 đạt 90%.
""",
    "quangninh-kh31-2026.txt": """ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH
Số: 31/KH-UBND
Quảng Ninh, ngày 20 tháng 02 năm 2026
KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Quảng Ninh giai đoạn 2026 - 2030
I. MỤC TIÊU
1. Mục tiêu chung
Bảo đảm mọi trẻ em được chăm sóc, bảo vệ, phát triển toàn diện.
2. Mục tiêu cụ thể
Mục tiêu 1: Sức khỏe trẻ em
| Chỉ tiêu | 2026 | 2027 | 2028 | 2029 | 2030 | Chủ trì | Phối hợp |
| CT1. Tỷ lệ tử vong trẻ em dưới 1 tuổi trên 1000 trẻ đẻ sống | 9 | 8,8 | 8,6 | 8,4 | 8 | Sở Y tế | UBND cấp xã |
| CT2. Tỷ lệ giới tính khi sinh (số bé trai/100 bé gái) | 111 | 110,5 | 110 | 109,5 | 109 | Sở Y tế | Hội Liên hiệp Phụ nữ tỉnh |
| CT3. Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi | 15 | 14,5 | 14 | 13,5 | 13 | Sở Y tế | UBND cấp xã |
| CT4. Tỷ lệ bác sĩ nhi khoa/10 vạn trẻ em | 20 | 21 | 22 | 23 | 25 | Sở Y tế | Sở Nội vụ |
Mục tiêu 2: Giáo dục
| Chỉ tiêu | 2026 | 2027 | 2028 | 2029 | 2030 | Chủ trì | Phối hợp |
| CT5. Tỷ lệ học sinh/lớp ở cấp tiểu học | 35 | 35 | 34 | 34 | 33 | Sở Giáo dục và Đào tạo | UBND cấp xã |
| CT6. Số xã có tỷ lệ tiêm chủng đầy đủ trên 95% | 100 | 110 | 120 | 125 | 130 | Sở Y tế | UBND cấp xã |
II. CHẾ ĐỘ BÁO CÁO
Các sở, ngành gửi báo cáo năm về Sở Y tế chậm nhất ngày 15/11 hằng năm.
""",
    "hanam-kh22-2026.txt": """ỦY BAN NHÂN DÂN TỈNH HÀ NAM
Số: 22/KH-UBND
Hà Nam, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Hà Nam giai đoạn 2026 - 2030
I. MỤC TIÊU
1. Mục tiêu chung
Bảo đảm mọi trẻ em được chăm sóc, bảo vệ.
2. Chỉ tiêu cụ thể
- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96% vào năm 2030.
II. KINH PHÍ THỰC HIỆN
Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2030 dự kiến là 100 tỷ đồng.
Ngân sách tỉnh bố trí 60 tỷ đồng cho năm 2026 đến năm 2030, nguồn xã hội hóa 40 tỷ đồng.
""",
    "ninhbinh-kh21-2026.txt": """ỦY BAN NHÂN DÂN TỈNH NINH BÌNH
Số: 21/KH-UBND
Ninh Bình, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Ninh Bình giai đoạn 2026 - 2030
I. MỤC TIÊU
1. Mục tiêu chung
Bảo đảm mọi trẻ em được chăm sóc, bảo vệ.
2. Chỉ tiêu cụ thể
- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96% vào năm 2030.
II. KINH PHÍ THỰC HIỆN
Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2030 dự kiến là 120 tỷ đồng.
Kinh phí tổ chức thực hiện năm 2026 là 20 tỷ đồng, năm 2027 là 22 tỷ đồng.
""",
    "namdinh-kh55-2026.txt": """ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH
Số: 55/KH-UBND
Nam Định, ngày 12 tháng 3 năm 2026
KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Nam Định giai đoạn 2026 - 2030
I. MỤC TIÊU
1. Mục tiêu chung
Bảo đảm mọi trẻ em được chăm sóc, bảo vệ, phát triển toàn diện.
2. Chỉ tiêu cụ thể
a) Về chăm sóc sức khỏe
- Tỷ lệ trẻ em được tư vấn tâm lý tại trường học đạt 30% vào năm 2026; đến năm 2030 tăng lên 60.
- Tỷ lệ trẻ em khuyết tật được phục hồi chức năng đạt 40% vào năm 2026; đến năm 2030 tăng 20%.
- Tỷ lệ trẻ em được sàng lọc sơ sinh đạt 50% vào năm 2026; đến năm 2030 tăng 1,5 lần so với năm 2026.
- Giảm tỷ suất tử vong trẻ em dưới 5 tuổi xuống dưới 14 trên 1.000 trẻ đẻ sống vào năm 2026; đến năm 2030 giảm thêm 2.
- Giảm tỷ suất tử vong trẻ sơ sinh xuống dưới 8 trên 1.000 trẻ đẻ sống vào năm 2026; đến năm 2030 giảm còn 6.
- Tỷ lệ trẻ em được khai sinh đúng hạn: năm 2027 đạt 98%, khu vực thành thị đạt 99%, khu vực nông thôn đạt 96%.
b) Về bảo vệ trẻ em
- Tỷ lệ trẻ em có hoàn cảnh đặc biệt được hỗ trợ đạt 85% vào năm 2026; đến năm 2030 tăng thêm 10 điểm phần trăm.
- Số điểm tư vấn, hỗ trợ trẻ em tại cộng đồng: năm 2027 đạt lũy kế 12 điểm, năm 2030 đạt lũy kế 20 điểm.
II. THÁNG HÀNH ĐỘNG VÌ TRẺ EM
Hằng năm, Tháng hành động vì trẻ em được tổ chức từ ngày 01/6 đến ngày 30/6. Phát huy kết quả năm 2025, năm nay tỉnh tổ chức với chủ đề "Hành động thiết thực vì trẻ em, phòng chống bạo lực học đường".
III. KINH PHÍ THỰC HIỆN
Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2030 dự kiến là 120 tỷ đồng.
Kinh phí tổ chức thực hiện năm 2026 là 20 tỷ đồng.
Ngân sách tỉnh bố trí 60 tỷ đồng cho năm 2026 đến năm 2030.
Nguồn xã hội hóa huy động 8 tỷ đồng trong năm 2026 và năm 2027.
IV. CHẾ ĐỘ BÁO CÁO
| Kỳ báo cáo | Đơn vị báo cáo | Nơi nhận | Thời hạn |
| 6 tháng và năm | Các sở, ngành; UBND các huyện, thành phố | Sở Y tế | Trước ngày 15/6 (báo cáo 6 tháng); trước ngày 15/12 (báo cáo năm) |
| Sơ kết giai đoạn 2026-2028 | Sở Y tế | Ủy ban nhân dân tỉnh | Trước ngày 30/10/2028 |
Tổ chức hội nghị tổng kết thực hiện Kế hoạch vào tháng 12/2030.
V. THÔNG TIN LIÊN HỆ
- Tổng đài điện thoại quốc gia bảo vệ trẻ em: 111, miễn phí, hoạt động 24/7.
- Đường dây nóng phòng, chống xâm hại trẻ em tỉnh Nam Định: 0228.3649.111, từ 7 giờ 30 đến 17 giờ, thứ Hai đến thứ Sáu.
""",
    "yenbai-kh66-2026.txt": """ỦY BAN NHÂN DÂN TỈNH YÊN BÁI
Số: 66/KH-UBND
Yên Bái, ngày 05 tháng 3 năm 2026
KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Yên Bái giai đoạn 2026 - 2030
I. MỤC TIÊU
1. Mục tiêu chung
Bảo đảm mọi trẻ em được chăm sóc, bảo vệ.
2. Chỉ tiêu cụ thể
- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96% vào năm 2030.
II. CHẾ ĐỘ BÁO CÁO
| Kỳ báo cáo | Đơn vị báo cáo | Nơi nhận | Thời hạn |
| Quý | UBND cấp xã | UBND cấp huyện; Phòng Lao động - Thương binh và Xã hội | Trước ngày 10 tháng cuối quý |
| 6 tháng, năm | Các sở, ngành; UBND các huyện | Sở Y tế | Trước ngày 15/6 và 15/12 |
| Đột xuất (vụ việc xâm hại trẻ em) | UBND cấp huyện | Sở Y tế; Công an tỉnh | Trong vòng 24 giờ kể từ khi phát hiện |
| Tổng kết | Sở Y tế | UBND tỉnh (qua Văn phòng UBND tỉnh) | Trước ngày 30/10/2030 |
""",
    "bacgiang-kh41-2026.txt": """ỦY BAN NHÂN DÂN TỈNH BẮC GIANG
Số: 41/KH-UBND
Bắc Giang, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Bắc Giang giai đoạn 2026 - 2030
I. MỤC TIÊU
1. Mục tiêu chung
Bảo đảm mọi trẻ em được bảo vệ.
2. Chỉ tiêu cụ thể
- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96% vào năm 2030.
- Tỷ lệ trẻ em bị xâm hại được phát hiện, can thiệp kịp thời đạt 100% vào năm 2030.
II. NHIỆM VỤ
1. Sở Y tế chủ trì tổ chức hội nghị sơ kết thực hiện Kế hoạch vào ngày 15/10/2028 và hội nghị tổng kết vào ngày 20/11/2030.
2. Quỹ Bảo trợ trẻ em tỉnh phấn đấu vận động tối thiểu 2 tỷ đồng mỗi năm.
III. KINH PHÍ
Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2030 dự kiến là 75 tỷ đồng.
IV. CHẾ ĐỘ BÁO CÁO
1. Các sở, ngành gửi báo cáo sơ kết về Sở Y tế trước ngày 30/9/2028.
2. Sở Y tế tổng hợp báo cáo UBND tỉnh, thời hạn trước ngày 20/12 hằng năm.
V. THÔNG TIN LIÊN HỆ
- Tổng đài điện thoại quốc gia bảo vệ trẻ em: 111, miễn phí, hoạt động 24/7.
- Đường dây nóng tiếp nhận tố giác xâm hại trẻ em tỉnh Bắc Giang: 0204.3856.111, hoạt động 24/7.
""",
}

_built: dict = {}


@pytest.fixture
def kb_of(kb_with_plan):
    def build(name):
        if name not in _built:
            _built[name] = kb_with_plan(name, PLANS[name])
        return _built[name]
    return build


@pytest.mark.parametrize("plan, question, stated, absent", [
    ("laichau-kh19-2026.txt", "Lai Châu số trẻ em có hoàn cảnh đặc biệt được hỗ trợ sinh kế năm 2027", ["500"], ["200"]),
    ("laichau-kh19-2026.txt", "Lai Châu số câu lạc bộ kỹ năng sống năm 2027", ["40 câu lạc bộ"], ["10 xã"]),
    ("quangninh-kh31-2026.txt", "Quảng Ninh tỷ lệ tử vong trẻ em dưới 1 tuổi năm 2030", ["8"], ["8%"]),
    ("hanam-kh22-2026.txt", "Hà Nam ngân sách tỉnh năm 2026 bố trí bao nhiêu?", [], ["60 tỷ đồng (2026)"]),
    ("ninhbinh-kh21-2026.txt", "Ninh Bình kinh phí năm 2026 là bao nhiêu?", ["20 tỷ"], []),
    ("namdinh-kh55-2026.txt", "Nam Định kinh phí năm 2026", ["20 tỷ"], ["60 tỷ"]),
    ("namdinh-kh55-2026.txt", "Nam Định Tháng hành động vì trẻ em chủ đề gì", ["Hành động thiết thực"], ["năm 2025"]),
    ("yenbai-kh66-2026.txt", "Yên Bái hạn báo cáo năm là ngày nào?", ["15/12"], ["30/10/2030"]),
    ("bacgiang-kh41-2026.txt", "Khi phát hiện trẻ bị xâm hại, gọi đường dây nóng riêng của tỉnh Bắc Giang số nào?", ["0204.3856.111"], []),
    ("bacgiang-kh41-2026.txt", "số điện thoại tố giác xâm hại trẻ em tỉnh Bắc Giang", ["0204.3856.111"], []),
])
def test_a_reviewers_break_is_answered_right(kb_of, plan, question, stated, absent):
    _states(kb_of(plan), question, *stated, absent=tuple(absent))
