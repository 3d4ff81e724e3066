"""A plan in one province's way, found by a blind question set (round 173, Lạng Sơn, a text
PDF): a goal's "a) …" cut by the page's width right after its name's colon, a ruled reporting
table "Kỳ báo cáo | Đơn vị báo cáo | Nơi nhận | Thời hạn", funding shares in per cent.

- "a) Tỷ lệ … hòa nhập:" / "năm 2027 đạt 90%, …" is one indicator (it had been read as the
  heading of the goal's other indicators, and the 2030 question answered with the next one);
- "năm 2027 đạt 8/11 đơn vị, năm 2030 …" and "năm 2027 đạt lũy kế 05 diễn đàn" are each
  year's figures (2027's had been dropped, or given 2030's);
- each row of the reporting table is one report, its cells' semicolons no sentence's end,
  its kind the "Kỳ báo cáo" cell's ("6 tháng", "Sơ kết …"), its recipient the first named;
  the day a review report is due answers "hạn báo cáo sơ kết", not the review's year;
- "- Ngân sách tỉnh: 38%;" under "Tổng kinh phí … , trong đó:" is that source's share;
- "Văn phòng thường trực: Phòng …, Sở Lao động -" / "Thương binh …; điện thoại …" names
  the number (the name's dash cut by the width), its street address left out;
- "Năm 2023, tỉnh tổ chức với chủ đề "…"" is 2023's theme.

Pure: the shipped plans and the plan below (its lines cut as the PDF's were) → the replies.
"""

from __future__ import annotations

import pytest

from tests.test_parse_any_marker import _states

PLAN = """ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN
Số: 86/KH-UBND
Lạng Sơn, ngày 14 tháng 4 năm 2023
KẾ HOẠCH
Thực hiện Chương trình hành động quốc gia vì trẻ em trên địa bàn tỉnh Lạng Sơn, giai đoạn 2023-2030
I. MỤC TIÊU
1. Mục tiêu chung
Xây dựng môi trường sống an toàn, thân thiện và lành mạnh để trẻ em được phát triển toàn diện.
2. Mục tiêu cụ thể
Mục tiêu 1. Bảo vệ trẻ em, phòng ngừa xâm hại và tai nạn thương tích
a) Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc để phục hồi và hòa nhập:
năm 2027 đạt 90%, năm 2030 đạt tối thiểu 93% (Sở Lao động - Thương binh và Xã hội chủ
trì; Sở Y tế, Công an tỉnh phối hợp).
b) Tỷ lệ trẻ em có hoàn cảnh đặc biệt trên tổng số trẻ em: năm 2027 không quá 5,6%,
năm 2030 không quá 5,2% (Sở Lao động - Thương binh và Xã hội chủ trì; Ủy ban nhân dân các
huyện, thành phố phối hợp).
Mục tiêu 2. Vui chơi, giải trí và sự tham gia của trẻ em
a) Số huyện, thành phố thành lập và duy trì Hội đồng trẻ em: năm 2027 đạt 8/11 đơn vị, năm 2030 đạt 11/11 đơn vị (Tỉnh đoàn Lạng Sơn chủ trì; Sở Lao động - Thương binh và Xã hội phối hợp).
b) Số diễn đàn trẻ em cấp tỉnh: năm 2027 đạt lũy kế 05 diễn đàn, năm 2030 đạt lũy kế 08 diễn đàn (Tỉnh đoàn Lạng Sơn chủ trì; Sở Thông tin và Truyền thông phối hợp).
II. TỔ CHỨC THỰC HIỆN
1. Kinh phí thực hiện
Tổng kinh phí dự kiến thực hiện Kế hoạch giai đoạn 2023-2030 là 184.600 triệu đồng, trong đó:
- Ngân sách trung ương (qua các chương trình mục tiêu quốc gia): 27%;
- Ngân sách tỉnh: 38%;
- Ngân sách huyện, xã: 20%;
- Nguồn vận động xã hội, Quỹ Bảo trợ trẻ em và tài trợ của tổ chức quốc tế: 15%.
2. Chế độ báo cáo
Các cơ quan, đơn vị thực hiện báo cáo định kỳ theo bảng sau:
| Kỳ báo cáo | Đơn vị báo cáo | Nơi nhận | Thời hạn |
| 6 tháng | Ủy ban nhân dân cấp xã | Ủy ban nhân dân cấp huyện | Trước ngày 05/6 |
| 6 tháng | Các sở, ngành; Ủy ban nhân dân các huyện, thành phố | Sở Lao động - Thương binh và Xã hội | Trước ngày 12/6 |
| Hằng năm | Các sở, ngành; Ủy ban nhân dân các huyện, thành phố | Sở Lao động - Thương binh và Xã hội | Trước ngày 12/12 |
| Sơ kết giai đoạn 2023-2027 | Sở Lao động - Thương binh và Xã hội | Ủy ban nhân dân tỉnh; Bộ Lao động - Thương binh và Xã hội | Trước ngày 30/9/2027 |
| Tổng kết giai đoạn 2023-2030 | Sở Lao động - Thương binh và Xã hội | Ủy ban nhân dân tỉnh; Bộ Lao động - Thương binh và Xã hội | Trước ngày 15/9/2030 |
Sở Lao động - Thương binh và Xã hội tổ chức sơ kết vào năm 2027 và tổng kết vào năm 2030.
3. Tháng hành động vì trẻ em
Hằng năm, Tháng hành động vì trẻ em được tổ chức từ ngày 01/6 đến ngày 30/6. Năm 2023, tỉnh tổ chức với chủ đề "Chung tay vì trẻ em vùng biên giới được an toàn, khỏe mạnh và hạnh phúc"; Lễ phát động cấp tỉnh tổ chức vào sáng ngày 27/5/2023.
4. Thông tin liên hệ
Mọi hành vi xâm hại trẻ em được tiếp nhận qua Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 (miễn phí, hoạt động 24/7).
Văn phòng thường trực: Phòng Bảo trợ xã hội, Trẻ em và Bình đẳng giới, Sở Lao động -
Thương binh và Xã hội tỉnh Lạng Sơn, số 2 đường Hoàng Văn Thụ, phường Chi Lăng, thành
phố Lạng Sơn; điện thoại 0205 3812 476; thư điện tử: baotretreem@langson.gov.vn.
"""


@pytest.fixture(scope="module")
def kb(kb_with_plan):
    return kb_with_plan("langson-kh86-2023.txt", PLAN)


@pytest.mark.parametrize("question, stated, absent", [
    ("Lạng Sơn: tỷ lệ trẻ có hoàn cảnh đặc biệt được trợ giúp, chăm sóc năm 2030 là bao nhiêu?", "93%", ("5,2",)),
    ("Lạng Sơn: how many of the districts and city should have a Children's Council by 2027?", "8/11", ("11/11",)),
    ("Lạng Sơn số diễn đàn trẻ em cấp tỉnh năm 2027", "05", ("08",)),
])
def test_each_indicator_gives_its_own_years_figure(kb, question, stated, absent):
    _states(kb, question, stated, absent=absent)


def test_an_indicator_cut_after_its_colon_is_no_heading(kb):
    plan = next(p for p in kb.plans if p.slug.startswith("ls"))
    assert [i.label for i in plan.indicators] == ["a", "b", "a", "b"]
    assert {i.goal_label for i in plan.indicators} == {"1", "2"}


@pytest.mark.parametrize("question, stated, absent", [
    ("In Lạng Sơn, by what date must departments and district people's committees send their six-month "
     "report to the labour department?", "12/6", ("05/6",)),
    ("hạn báo cáo sơ kết Lạng Sơn", "30/9/2027", ("15/9/2030",)),
    ("When is the deadline for the final review report under Lạng Sơn's plan?", "15/9/2030", ("30/9/2027",)),
])
def test_a_reporting_tables_row_is_one_report(kb, question, stated, absent):
    _states(kb, question, stated, absent=absent)


def test_a_reporting_tables_kinds_and_first_recipient(kb):
    plan = next(p for p in kb.plans if p.slug.startswith("ls"))
    assert [(d.kind, d.day, d.month, d.submit_to) for d in plan.deadlines if d.day] == [
        ("report", 5, 6, "uy-ban-nhan-dan-cap-huyen"),
        ("report", 12, 6, "so-lao-dong-thuong-binh-va-xa-hoi"),
        ("yearly_report", 12, 12, "so-lao-dong-thuong-binh-va-xa-hoi"),
        ("report", 30, 9, "uy-ban-nhan-dan"), ("report", 15, 9, "uy-ban-nhan-dan")]


@pytest.mark.parametrize("question, stated", [
    ("Ngân sách tỉnh chiếm bao nhiêu phần trăm kinh phí kế hoạch vì trẻ em Lạng Sơn?", "38%"),
    ("nguon van dong xa hoi va tai tro chiem bao nhieu % kinh phi ke hoach tre em Lang Son", "15%"),
    ("What share of Lạng Sơn's funding comes from the central budget?", "27%"),
])
def test_a_sources_share_listed_under_the_total(kb, question, stated):
    _states(kb, question, stated)


def test_the_standing_offices_number_is_named_without_its_address(kb):
    _states(kb, "What is the phone number of the standing office for the Lạng Sơn children's plan?",
            "0205 3812 476", "Văn phòng thường trực", "Sở Lao động - Thương binh và Xã hội",
            absent=("Hoàng Văn Thụ",))


def test_a_years_theme_with_words_between(kb):
    _states(kb, "What was the theme of Lạng Sơn's 2023 Action Month for Children?", "Chung tay vì trẻ em vùng biên giới")


def test_a_figures_label_is_the_measure_the_line_names(kb):
    # "— Số huyện, thành phố … Hội đồng trẻ em", not "— đơn vị"
    _states(kb, "Lạng Sơn hội đồng trẻ em năm 2027", "8/11", "Hội đồng trẻ em")
