"""Targets lettered a) … v) through a plan's goals (blind round 126, Gia Lai): "h)" is followed
by "i)" and "u)" by "v)" — the Vietnamese list's letters, not roman numerals; the agencies'
paragraphs lead them by their letters, "chủ trì thực hiện các chỉ tiêu a, b, c … và t, u, v".
(An appendix table of tasks beside them, "| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | … |",
is read as numbered rows with their leads: asked "ai chủ trì …" of a task, its row answers.)

The plan is written here for a fictional province ("Hòa Sơn"), its figures invented.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from tests.test_parse_any_marker import _first_line, _kb_of

LETTERS = "a b c d đ e g h i k l m n o p q r s t u v".split()
TOPICS = ["trẻ em được trợ giúp", "xã đạt chuẩn phù hợp", "trẻ em biết bơi", "trẻ em được tư vấn",
          "trẻ em được khám sức khỏe", "trẻ em tiêm chủng đầy đủ", "trẻ em có thẻ bảo hiểm", "trẻ em được sàng lọc",
          "phụ nữ mang thai được khám thai đủ 4 lần", "trẻ sơ sinh được bú mẹ hoàn toàn", "trẻ em 5 tuổi đi học mẫu giáo",
          "trẻ em được chuẩn bị tiếng Việt", "học sinh hoàn thành tiểu học", "trường có thư viện thân thiện",
          "xã có điểm vui chơi", "trường có nước sạch", "hộ gia đình có nhà tiêu", "trẻ em được học kỹ năng sống",
          "trẻ em được tham gia ý kiến", "xã tổ chức diễn đàn trẻ em", "cán bộ cấp xã được tập huấn"]


def _plan() -> str:
    items = []
    for k, (letter, topic) in enumerate(zip(LETTERS, TOPICS)):
        if k in (0, 5, 10, 15, 18):
            items.append(f"\nMục tiêu {k // 5 + 1 if k < 18 else 5}: Nhóm mục tiêu thứ {k // 5 + 1 if k < 18 else 5}\n")
        items.append(f"{letter}) Tỷ lệ {topic}: năm 2026 đạt {40 + k}%, năm 2028 đạt {50 + k}% và đến năm 2030 đạt {60 + k}%.")
    return """ỦY BAN NHÂN DÂN
TỈNH HÒA SƠN

Số: 99/KH-UBND

Hòa Sơn, ngày 05 tháng 3 năm 2026

KẾ HOẠCH

Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030

I. MỤC TIÊU

1. Mục tiêu chung

Xây dựng môi trường sống an toàn, thân thiện cho trẻ em tỉnh Hòa Sơn.

2. Mục tiêu cụ thể
""" + "\n".join(items) + """

II. TỔ CHỨC THỰC HIỆN

1. Sở Y tế

Là cơ quan thường trực; chủ trì thực hiện các chỉ tiêu a, b, c, e, g, h, i, k và t, u, v; báo cáo Ủy ban nhân dân tỉnh trước ngày 20/12 hằng năm.

2. Sở Giáo dục và Đào tạo

Chủ trì thực hiện các chỉ tiêu l, m, n, o, q và s; phối hợp với Sở Y tế thực hiện chỉ tiêu e, g tại trường học.

3. Hội Liên hiệp Phụ nữ tỉnh

Phối hợp thực hiện chỉ tiêu i, k; vận động gia đình chăm sóc, giáo dục trẻ em.

4. Sở Tài chính

Chủ trì bố trí kinh phí cho các chỉ tiêu ở Mục tiêu 5; phối hợp kiểm tra việc sử dụng kinh phí.

Phụ lục: Phân công thực hiện

| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm |
| 1 | Tổ chức Tháng hành động vì trẻ em | Sở Y tế | Tỉnh đoàn | Tháng 6 hằng năm | Báo cáo kết quả |
| 2 | Tổ chức Diễn đàn trẻ em tỉnh | Tỉnh đoàn | Sở Y tế | Tháng 8 hằng năm | Kiến nghị của trẻ em |
| 3 | Tổng kết Kế hoạch | Sở Y tế | Các sở, ngành | Quý IV năm 2030 | Báo cáo tổng kết |
"""


@pytest.fixture(scope="module")
def plan_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("hoason") / "hoason-kh99-2026.txt"
    path.write_text(_plan(), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def plan(plan_file):
    return ingest_file(plan_file)


def test_every_letter_of_the_list_labels_its_target(plan):
    # i) after h) and v) after u) are letters of the list, not roman numerals
    lettered = [i.label for i in plan.indicators if i.number is None]
    assert lettered == LETTERS, lettered


@pytest.mark.parametrize("letter, lead, partners", [
    ("a", ["so-y-te"], []),
    ("i", ["so-y-te"], ["hoi-lien-hiep-phu-nu"]),
    ("v", ["so-y-te"], []),
    ("e", ["so-y-te"], ["so-giao-duc-va-dao-tao"]),
    ("q", ["so-giao-duc-va-dao-tao"], []),
    # "các chỉ tiêu ở Mục tiêu 5": "ở" is no letter "o" (a fresh reviewer's)
    ("o", ["so-giao-duc-va-dao-tao"], []),
])
def test_the_leads_named_by_letters(plan, letter, lead, partners):
    indicator = next(i for i in plan.indicators if i.label == letter)
    assert (indicator.lead_agencies, indicator.partner_agencies) == (lead, partners), indicator.text


@pytest.fixture(scope="module")
def kb(plan_file, tmp_path_factory, suite_plans_dir):
    return _kb_of(tmp_path_factory.mktemp("kb"), *sorted(suite_plans_dir.glob("*.txt")), plan_file)


@pytest.mark.parametrize("question, said", [
    ("Ai chủ trì chỉ tiêu tiêm chủng đầy đủ trong kế hoạch trẻ em của Hòa Sơn?", "Sở Y tế"),
    ("so nao chu tri chi tieu truong co nuoc sach o hoa son", "Sở Giáo dục và Đào tạo"),
])
def test_the_lead_asked_by_topic(kb, question, said):
    line = _first_line(question, kb)
    assert said in line, line
