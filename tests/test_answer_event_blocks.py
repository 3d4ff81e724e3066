"""Events a plan sets out as a title line over field lines (blind rounds 122 and 123):

    Diễn đàn trẻ em tỉnh Hòa Sơn năm 2025
    Thời gian: tháng 8 năm 2025.
    Chủ đề: "Trẻ em với an toàn trên môi trường mạng".
    Số đại biểu trẻ em tham dự: 120 em, …

The title and its fields are one passage (a question naming the forum finds its month);
an event's "Chủ đề" is that event's theme, not the plan's (the plan's title named a
campaign it is not); its "Cơ quan chủ trì tổ chức: …" its lead, and no other event's; the
number of delegates asked is the number before "đại biểu", not a count of districts in the
same sentence. "Ai chủ trì Tháng hành động vì trẻ em" is the month's lead (the duty naming
it), never the lead of an indicator that shares "trẻ em".

The plan is written here for a fictional province ("Hòa Sơn"), its figures invented.
"""

from __future__ import annotations

import pytest

from knowledge.answer.engine import answer
from knowledge.answer.format import strip_html
from knowledge.ingest import ingest_file
from tests.test_parse_any_marker import _kb_of

PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÒA SƠN

Số: 66/KH-UBND

Hòa Sơn, ngày 05 tháng 3 năm 2025

KẾ HOẠCH

Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2025 - 2030

I. MỤC TIÊU

1. Mục tiêu chung

Xây dựng môi trường sống an toàn, thân thiện cho trẻ em tỉnh Hòa Sơn.

2. Mục tiêu cụ thể

a) Tỷ lệ trẻ em được tư vấn: năm 2026 đạt 80%, năm 2030 đạt 90%.

b) Tỷ lệ trẻ em từ 11 tuổi trở lên được tham gia Diễn đàn trẻ em: năm 2026 đạt 50%, năm 2030 đạt 70%.

II. NHIỆM VỤ, GIẢI PHÁP

1. Tổ chức các hoạt động vì trẻ em hằng năm.

Tháng hành động vì trẻ em năm 2025

Thời gian: từ ngày 01/6/2025 đến ngày 30/6/2025.

Chủ đề: "Chung tay xây dựng môi trường an toàn cho trẻ em".

Diễn đàn trẻ em tỉnh Hòa Sơn năm 2025

Thời gian: tháng 8 năm 2025.

Chủ đề: "Trẻ em với an toàn trên môi trường mạng".

Số đại biểu trẻ em tham dự: 120 em, đại diện cho 10 huyện, thị xã, thành phố.

Cơ quan chủ trì tổ chức: Tỉnh đoàn Hòa Sơn; phối hợp: Sở Giáo dục và Đào tạo.

2. Diễn đàn trẻ em cấp huyện được tổ chức hằng năm, với số lượng khoảng 80 đại biểu trẻ em đến từ 12 xã.

Hội thi Tuyên truyền viên nhỏ năm 2026

Thời gian: tháng 5 năm 2026.

Số thí sinh: 60 em.

Cơ quan chủ trì tổ chức: Sở Văn hóa, Thể thao và Du lịch.

III. TỔ CHỨC THỰC HIỆN

1. Sở Y tế

- Chủ trì, theo dõi việc thực hiện Kế hoạch; báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12 hằng năm.

- Chủ trì tổ chức Tháng hành động vì trẻ em hằng năm.
"""


@pytest.fixture(scope="module")
def plan_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("events") / "hoason-kh66-2025.txt"
    path.write_text(PLAN, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def kb(plan_file, tmp_path_factory, suite_plans_dir):
    return _kb_of(tmp_path_factory.mktemp("kb"), *sorted(suite_plans_dir.glob("*.txt")), plan_file)


def test_an_event_set_out_under_its_title_is_a_campaign_of_its_own(plan_file):
    plan = ingest_file(plan_file)
    read = [(c.name, c.theme, c.start, c.end) for c in plan.campaigns]
    assert read == [("Tháng hành động vì trẻ em năm 2025", "Chung tay xây dựng môi trường an toàn cho trẻ em",
                     "2025-06-01", "2025-06-30"),
                    ("Diễn đàn trẻ em tỉnh Hòa Sơn năm 2025", "Trẻ em với an toàn trên môi trường mạng", None, None)], read
    assert any(p.text.startswith("Diễn đàn trẻ em tỉnh Hòa Sơn năm 2025: Thời gian: tháng 8 năm 2025.")
               for p in plan.passages), [p.text[:60] for p in plan.passages]


@pytest.mark.parametrize("question, lang, said, unsaid", [
    ("Diễn đàn trẻ em tỉnh Hòa Sơn năm 2025 tổ chức vào tháng mấy?", "vi", "tháng 8", None),
    ("What is the theme of the 2025 Hoa Son Children's Forum?", "en", "an toàn trên môi trường mạng", "Chung tay"),
    ("chu de thang hanh dong vi tre em hoa son 2025", "vi", "Chung tay xây dựng", "môi trường mạng"),
    ("Dien dan tre em cap huyen Hoa Son co khoang bao nhieu dai bieu?", "vi", "80 đại biểu", None),
])
def test_the_field_of_the_event_asked(kb, question, lang, said, unsaid):
    result = answer(question, kb, lang=lang)
    stated = strip_html(result.text).split("«")[0]
    assert result.answered and said in stated and (unsaid is None or unsaid not in stated), result.text


@pytest.mark.parametrize("question, lead, unsaid", [
    ("dien dan tre em hoa son 2025 ai chu tri to chuc", "Tỉnh đoàn", "Sở Y tế"),
    ("ai chu tri thang hanh dong vi tre em hoa son", "Sở Y tế", "Tỉnh đoàn"),
])
def test_the_lead_of_the_event_asked(kb, question, lead, unsaid):
    line = strip_html(answer(question, kb).text).split("\n")[0]
    assert line.startswith("Chủ trì: " + lead) and unsaid not in line and "Chỉ tiêu" not in line, line


def test_who_leads_an_event_no_campaign_is_its_lead_field_not_a_count(kb):
    # (a fresh reviewer's: "Hội thi …" is no campaign; its passage had been answered "60 em")
    line = strip_html(answer("Hội thi tuyên truyền viên nhỏ Hòa Sơn do ai chủ trì?", kb).text).split("\n")[0]
    assert "Sở Văn hóa, Thể thao và Du lịch" in line and "60" not in line, line


SINGLE_SPACED = """II. NHIỆM VỤ, GIẢI PHÁP
1. Tổ chức các hoạt động vì trẻ em hằng năm.
Diễn đàn trẻ em tỉnh Hòa Sơn năm 2025
Thời gian: tháng 8 năm 2025.
Chủ đề: "Trẻ em với an toàn trên môi trường mạng".
Lễ khai mạc tổ chức tại Nhà Thiếu nhi tỉnh.
IV. KINH PHÍ
Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2030 dự kiến là 48.650 triệu đồng, trong đó:
Nguồn | Kinh phí (triệu đồng)
Ngân sách tỉnh | 26.400
Quỹ Bảo trợ trẻ em tỉnh | 5.300
Kinh phí năm 2026 dự kiến bố trí 8.900 triệu đồng.
HS-01. Tỷ lệ trẻ em được đăng ký khai sinh (đơn vị tính: %).
Lộ trình hằng năm: 2025 95,4% ┆ 2030 99,5%
Giao: Sở Tư pháp (đầu mối) - Công an tỉnh (phối hợp).
"""


def test_a_plain_text_written_a_line_a_field_keeps_its_blocks_and_table_rows():
    # (a fresh reviewer's: the rounds' text plans, no blank line between lines, had joined the
    # title, its fields and a table's two-cell rows into one paragraph)
    from knowledge.parse.extras import parse_funding
    from knowledge.parse.structure import parse_document

    doc = parse_document(SINGLE_SPACED)
    texts = [p.text for p in doc.paragraphs]
    assert "Diễn đàn trẻ em tỉnh Hòa Sơn năm 2025" in texts and "Thời gian: tháng 8 năm 2025." in texts, texts
    assert "Lễ khai mạc tổ chức tại Nhà Thiếu nhi tỉnh." in texts, texts
    assert {r.source: r.amount for r in parse_funding(doc) if r.source} == {
        "Ngân sách tỉnh": 26400.0, "Quỹ Bảo trợ trẻ em tỉnh": 5300.0}
    # a target's own lines under its item are still its paragraph
    assert any(t.startswith("HS-01.") and "Giao:" in t for t in texts), texts
