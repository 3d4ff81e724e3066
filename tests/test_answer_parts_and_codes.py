"""Two layouts a blind round (112) found, read and answered as an officer asks:

* the numbered heading of a group ("12. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các
  tổ chức chính trị - xã hội") over paragraphs that each open with another agency's name and a
  colon ("Tỉnh Đoàn Bắc Phong: phối hợp thực hiện các chỉ tiêu 3.1 và 3.2; …"): each such
  paragraph is that agency's part, not the heading's;
* a campaign named in its heading, its paragraph saying only "Chiến dịch được tổ chức từ ngày …";
* how many communes and wards the province has, as its situation section says;
* an indicator's code typed after its topic ("ct đuối nước (2.2)", "chỉ tiêu biết bơi 3.2"),
  and "ct" for "chỉ tiêu" beside another place's initials, whatever order the plans were loaded in.

A fictional province, invented figures; pure: plan text → knowledge base → the reply's text.
"""

from __future__ import annotations

import pytest

from knowledge.answer.engine import answer
from knowledge.answer.format import strip_html
from knowledge.ingest import ingest_file
from knowledge.kb import KnowledgeBase

PLAN = """ỦY BAN NHÂN DÂN TỈNH BẮC PHONG
Số: 31/KH-UBND
Bắc Phong, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Bắc Phong giai đoạn 2026 - 2030

Sau khi sắp xếp đơn vị hành chính, tỉnh Bắc Phong có 96 đơn vị hành chính cấp xã, gồm 71 xã và 25 phường, trung tâm hành chính đặt tại phường Đông Sơn. Tính đến ngày 31/12/2025, toàn tỉnh có 612.300 trẻ em dưới 16 tuổi, chiếm 24,1% dân số.

I. MỤC TIÊU CHUNG

Mọi trẻ em được bảo vệ, chăm sóc và giáo dục.

II. MỤC TIÊU CỤ THỂ

Mục tiêu 1: Chăm sóc sức khỏe trẻ em

1.1. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96% vào năm 2030.

1.2. Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi giảm xuống dưới 14% vào năm 2030.

Mục tiêu 2: Bảo vệ trẻ em

2.1. Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp đạt 90% vào năm 2030.

2.2. Tỷ suất trẻ em tử vong do đuối nước giảm xuống dưới 5/100.000 trẻ em vào năm 2030.

Mục tiêu 3: Giáo dục và vui chơi

3.1. Tỷ lệ học sinh hoàn thành chương trình tiểu học đạt 99% vào năm 2030.

3.2. Tỷ lệ trẻ em từ 6 đến 15 tuổi biết bơi an toàn đạt 60% vào năm 2030.

III. NHIỆM VỤ

1. Tháng hành động vì trẻ em

Hằng năm tổ chức Tháng hành động vì trẻ em từ ngày 01/6 đến ngày 30/6 theo chủ đề do Bộ Y tế hướng dẫn.

2. Chiến dịch "Mùa hè an toàn - Không để trẻ em đuối nước"

Chiến dịch được tổ chức từ ngày 20/5 đến ngày 31/8 hằng năm, tập trung vào các xã ven sông.

IV. TỔ CHỨC THỰC HIỆN

1. Sở Y tế (cơ quan thường trực)

Sở Y tế: chủ trì các chỉ tiêu 1.1, 1.2, 2.1 và 2.2; phối hợp thực hiện chỉ tiêu 3.2.

- Tổng hợp báo cáo kết quả thực hiện Kế hoạch trước ngày 20/12 hằng năm.

2. Sở Giáo dục và Đào tạo

Sở Giáo dục và Đào tạo: chủ trì chỉ tiêu 3.1; phối hợp thực hiện chỉ tiêu 1.2.

3. Sở Văn hóa, Thể thao và Du lịch

Sở Văn hóa, Thể thao và Du lịch: chủ trì chỉ tiêu 3.2; phối hợp thực hiện chỉ tiêu 2.2.

4. Công an tỉnh

Công an tỉnh: phối hợp thực hiện chỉ tiêu 2.2.

5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội

Tỉnh Đoàn Bắc Phong: phối hợp thực hiện các chỉ tiêu 3.1 và 3.2; tổ chức Diễn đàn trẻ em tỉnh mỗi năm một lần.

Hội Liên hiệp Phụ nữ tỉnh: phối hợp thực hiện các chỉ tiêu 1.2 và 2.1; vận động hội viên đỡ đầu trẻ em mồ côi.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Nam
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory, kb):   # the shipped plans ("ct" is also Cần Thơ's initials) and this one
    path = tmp_path_factory.mktemp("plan") / "bacphong-kh31-2026.txt"
    path.write_text(PLAN, encoding="utf-8")
    return KnowledgeBase([*kb.plans, ingest_file(path)])


def reply(kb, question: str) -> str:
    result = answer(question, kb)
    assert result.answered, result.text
    return strip_html(result.text)


@pytest.mark.parametrize("question, partners, not_partners", [
    # each colon paragraph under the group heading is its own agency's part
    ("Tỉnh Đoàn Bắc Phong phối hợp thực hiện những chỉ tiêu nào?", ["3.1", "3.2"], ["1.2", "2.1"]),
    ("hoi phu nu bac phong phoi hop ct nao", ["1.2", "2.1"], ["3.1", "3.2"]),
])
def test_a_colon_paragraph_under_a_group_heading_is_its_agencys_part(kb, question, partners, not_partners):
    text = reply(kb, question)
    first = text.splitlines()[0]
    assert all(code in first for code in partners), text
    assert not any(code in first for code in not_partners), text


def test_the_partners_of_an_indicator_name_the_colon_paragraphs_agency(kb):
    text = reply(kb, "chỉ tiêu 3.2 Bắc Phong những cơ quan nào phối hợp?")
    first = text.splitlines()[0]
    assert "Tỉnh" in first and "Sở Y tế" in first, text
    assert "Mặt trận" not in first, text


def test_the_heading_agencys_own_colon_paragraph_stays_its_part(kb):
    text = reply(kb, "Sở Y tế Bắc Phong chủ trì những chỉ tiêu nào?")
    first = text.splitlines()[0]
    assert all(code in first for code in ("1.1", "1.2", "2.1", "2.2")), text


@pytest.mark.parametrize("question", [
    "nhung co quan nao phoi hop thuc hien ct duoi nuoc (2.2) cua bac phong",
    "chi tieu duoi nuoc 2.2 bac phong nhung ai phoi hop",
    # "ct" is "chỉ tiêu" here, not Cần Thơ: another place is named in lower case beside it
    "co quan nao phoi hop ct duoi nuoc (2.2) cua bp",
    # the code, not the goal's name, says which of goal 2's indicators
    "chỉ tiêu bảo vệ trẻ em 2.2 của Bắc Phong những cơ quan nào phối hợp?",
])
def test_a_code_typed_after_the_topic_names_the_indicator(kb, question):
    text = reply(kb, question)
    first = text.splitlines()[0]
    assert "Công an tỉnh" in first and "Sở Văn hóa" in first, text
    assert "Cần Thơ" not in text, text


@pytest.mark.parametrize("question, figure", [
    # a figure with its unit is no code: "2.2" here is no indicator
    ("ti le tiem chung bac phong 2030", "96"),
])
def test_a_figure_is_no_code(kb, question, figure):
    assert figure in reply(kb, question).splitlines()[0]


@pytest.mark.parametrize("question, fact", [
    # Cần Thơ's plan has a vaccination target too: "ct" here is its "chỉ tiêu", not its initials
    ("ct tiem chung cua bp nam 2030", "96%"),
    ("ai chu tri ct tiem chung cua bp", "Sở Y tế"),
])
def test_lower_case_ct_beside_another_places_initials_is_chi_tieu(kb, question, fact):
    text = reply(kb, question)
    assert fact in text.splitlines()[0] and "Bắc Phong" in text, text
    assert "Cần Thơ" not in text, text


@pytest.mark.parametrize("question, dates, not_dates", [
    ('Chiến dịch "Mùa hè an toàn" của Bắc Phong kéo dài từ khi nào đến khi nào?', ("20/5", "31/8"), ("01/6", "30/6")),
    ("chien dich mua he an toan bac phong bat dau tu ngay nao", ("20/5",), ("01/6",)),
    ("Tháng hành động vì trẻ em của Bắc Phong diễn ra từ ngày nào đến ngày nào?", ("01/6", "30/6"), ("20/5",)),
])
def test_the_campaign_named_is_answered_with_its_own_dates(kb, question, dates, not_dates):
    text = reply(kb, question)
    assert all(d in text.splitlines()[0] for d in dates), text
    assert not any(d in text for d in not_dates), text


@pytest.mark.parametrize("paragraph, name, days", [
    ('Đồng thời tổ chức Chiến dịch hè "Trẻ em Bắc Phong an toàn, không đuối nước" từ ngày 25/5 đến ngày 31/8 hằng năm.',
     'Chiến dịch hè "Trẻ em Bắc Phong an toàn, không đuối nước"', ("05-25", "08-31")),
    ("2. Chiến dịch “Mùa hè an toàn – phòng, chống đuối nước trẻ em”: triển khai từ ngày 01/6 đến ngày 31/8 hằng năm.",
     "Chiến dịch “Mùa hè an toàn – phòng, chống đuối nước trẻ em”", ("06-01", "08-31")),
])
def test_held_campaigns_in_other_wordings(paragraph, name, days):
    from knowledge.parse.extras import parse_held_campaigns
    from knowledge.parse.structure import parse_document

    [campaign] = parse_held_campaigns(parse_document("KẾ HOẠCH\n\nI. NHIỆM VỤ\n\n" + paragraph + "\n"))
    assert (name, days) == (campaign.name, (campaign.yearly_start, campaign.yearly_end))


@pytest.mark.parametrize("question, fact", [
    ("How many children live in Bac Phong?", "612.300"),
    ("Bắc Phong có bao nhiêu trẻ em dưới 16 tuổi?", "612.300"),
])
def test_the_count_of_children_the_plan_states(kb, question, fact):
    assert fact in reply(kb, question).splitlines()[0]


def test_a_count_of_a_topic_the_plan_does_not_count_is_declined(kb):
    assert not answer("How many short-sighted children live in Bac Phong?", kb).answered


@pytest.mark.parametrize("question", [
    # … but "ct" joined to another place as places are compared is Cần Thơ
    "hn va ct diem vui choi tre em 2030",
    "hn vs ct diem vui choi 2030",
    "ct vs hn diem vui choi 2030",
])
def test_lower_case_ct_joined_to_another_place_is_can_tho(kb, question):
    text = reply(kb, question)
    assert "Cần Thơ" in text and "Hà Nội" in text, text


@pytest.mark.parametrize("question", [
    "Bắc Phong có bao nhiêu xã, phường sau sắp xếp?",
    "bac phong sau hop nhat co bn xa phuong",
    "How many commune-level units does Bac Phong have?",
])
def test_how_many_communes_and_wards_the_plan_says(kb, question):
    first = reply(kb, question).splitlines()[0]
    assert first.startswith("96 đơn vị hành chính cấp xã, gồm 71 xã và 25 phường —"), first


def test_communes_meeting_a_target_are_the_targets(kb):
    # a count of communes with a topic of its own asks a target, not how many there are
    result = answer("Bắc Phong có bao nhiêu xã đạt chuẩn phù hợp với trẻ em năm 2030?", kb)
    assert "96 đơn vị" not in result.text
    # … and so does one naming a target and a year ("ct 2.1 … 2030 bn xã")
    assert "96 đơn vị" not in answer("bp ct 2.1 nam 2030 bn xa", kb).text
