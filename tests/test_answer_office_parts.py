"""A plan laid out as a scan reads once its text is out (round 110): the targets in a table
whose group rows repeat a numeral ("II" read for "III"), partners named "Mặt trận Tổ quốc
tỉnh", duties written in each office's part with no subject of their own ("- Tổng hợp, báo
cáo UBND tỉnh … 6 tháng trước ngày 20 tháng 6 và cả năm trước ngày 20 tháng 12"), a heading
in capitals with its first sentence on the next line, a date cut at a line's end before its
month ("… đến ngày 30 tháng" / "6. Lễ phát động …"). Each is asked as an officer would.

Pure: a plan text (invented figures and dates) → the replies.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_parse_any_marker import _kb_of

TEXT = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 127/KH-UBND Hòa Sơn, ngày 16 tháng 4 năm 2026", "KẾ HOẠCH",
    "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030",
    "I. MỤC TIÊU", "",
    "1. Mục tiêu cụ thể", "",
    "Các chỉ tiêu, kết quả năm 2025 và mục tiêu năm 2028, 2030 tại Bảng chỉ tiêu dưới đây.", "",
    "| STT | Chỉ tiêu | ĐVT | Thực hiện 2025 | Mục tiêu 2028 | Mục tiêu 2030 | Chủ trì | Phối hợp |",
    "| I | MỤC TIÊU 1. SỨC KHỎE CỦA TRẺ EM |",
    "| 1 | Tỷ suất tử vong trẻ em dưới 1 tuổi | ‰ | 13,8 | 12,9 | dưới 12 | Sở Y tế | UBND các xã, phường |",
    "| 2 | Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi | % | 18,4 | 16,9 | dưới 15,5 | Sở Y tế | Hội Liên hiệp Phụ nữ tỉnh |",
    "| II | MỤC TIÊU 2. GIÁO DỤC, VUI CHƠI |",
    "| 3 | Tỷ lệ trẻ em 5 tuổi đi học mẫu giáo | % | 99,1 | 99,4 | 99,7 | Sở Giáo dục và Đào tạo | Tỉnh đoàn |",
    "| 4 | Tỷ suất trẻ em tử vong do đuối nước | /100.000 trẻ em | 5,8 | 5,0 | dưới 4,5 | Sở Văn hóa, Thể thao và Du lịch | Sở Giáo dục và Đào tạo |",
    "| II | MỤC TIÊU 3. BẢO VỆ TRẺ EM |",
    "| 5 | Tỷ lệ trẻ em có hoàn cảnh đặc biệt được chăm sóc, trợ giúp | % | 92 | 95 | 97 | Sở Y tế | Mặt trận Tổ quốc tỉnh |",
    "| 6 | Tỷ lệ trẻ em bị xâm hại được hỗ trợ kịp thời | % | 100 | 100 | duy trì 100 | Công an tỉnh | Sở Y tế |",
    "",
    "II. THÁNG HÀNH ĐỘNG VÌ TRẺ EM", "",
    "1. Hằng năm, tỉnh tổ chức Tháng hành động vì trẻ em từ ngày 01 tháng 6 đến ngày 30 tháng",
    "6. Lễ phát động cấp tỉnh tổ chức trước ngày 01/6.", "",
    "2. Chiến dịch \"Hè an toàn - phòng, chống đuối nước trẻ em\" tổ chức hằng năm từ ngày 15 tháng 5 đến "
    "ngày 31 tháng 8; Tỉnh đoàn chủ trì chiến dịch, phối hợp với Sở Giáo dục và Đào tạo và Ủy ban nhân dân "
    "các xã, phường.", "",
    "III. TỔ CHỨC THỰC HIỆN", "",
    "1. Sở Y tế (cơ quan thường trực)", "",
    "- Tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Y tế kết quả thực hiện Kế hoạch 6 tháng trước ngày 20 "
    "tháng 6 và cả năm trước ngày 20 tháng 12 hằng năm.", "",
    "2. Ủy ban nhân dân các xã, phường", "",
    "- Xây dựng kế hoạch của địa phương; bố trí ngân sách, nhân lực; báo cáo Sở Y tế 6 tháng trước ngày 10 "
    "tháng 6 và cả năm trước ngày 10 tháng 12.", "",
    "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội", "",
    "- Hội Liên hiệp Phụ nữ tỉnh phối hợp thực hiện chỉ tiêu số 2; Mặt trận Tổ quốc tỉnh phối hợp thực hiện "
    "chỉ tiêu số 5, vận động ủng hộ Quỹ Bảo trợ trẻ em.", "",
    "4. Phòng Bảo vệ trẻ em (Sở Y tế)", "",
    "- Tham mưu Sở Y tế theo dõi, tổng hợp các chỉ tiêu về bảo vệ trẻ em.", "",
    "IV. CHẾ ĐỘ BÁO CÁO",
    "Các sở, ban, ngành được giao chủ trì chỉ tiêu gửi báo cáo kết quả thực hiện về Sở Y tế: báo cáo 6 tháng "
    "trước ngày 5 tháng 6, báo cáo năm trước ngày 5 tháng 12 hằng năm.",
    "Công an tỉnh báo cáo Sở Y tế trước ngày 25/6 (báo cáo 6 tháng) và trước ngày 25/12 (báo cáo năm).",
    "Tỉnh đoàn gửi báo cáo năm trước ngày 5/12 về Sở Y tế (qua Phòng Bảo vệ, chăm sóc trẻ em và Bình đẳng giới).", "",
    "V. TRUYỀN THÔNG", "",
    "1. Phổ biến Tổng đài điện thoại quốc gia bảo vệ trẻ em 111, hoạt động 24/7 và miễn phí.", "",
    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]) + "\n"


@pytest.fixture(scope="module")
def plan_kb(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hoason")
    path = folder / "hoason-kh127-2026.txt"
    path.write_text(TEXT, encoding="utf-8")
    # beside the shipped plans, as deployed: how rare a word is is read across them all
    shipped = sorted((Path(__file__).parents[1] / "knowledge" / "plans").glob("*.txt"))
    return _kb_of(folder, *shipped, path)


def _reply(question: str, kb) -> str:
    from knowledge.answer.engine import answer
    from knowledge.answer.format import strip_html

    return strip_html(answer(question, kb).text)


@pytest.mark.parametrize("question, first, unstated", [
    # the office's own duty, its subject the part it stands in; the whole year's date, not the half's
    ("Hòa Sơn: Sở Y tế gửi báo cáo cả năm cho UBND tỉnh và Bộ Y tế trước ngày nào?", "20/12", ["20/6 "]),
    ("Sở Y tế Hòa Sơn báo cáo 6 tháng lên UBND tỉnh trước ngày nào?", "20/6", []),
    # a commune's duty written after its verbs: the communes report to Sở Y tế, not "Sở Y tế 6 tháng"
    ("UBND xã, phường ở Hòa Sơn báo cáo năm trước ngày nào?", "10/12", ["6 tháng"]),
    # the heading in capitals is no subject: the departments' half-year report
    ("Các sở, ngành Hòa Sơn gửi báo cáo 6 tháng về Sở Y tế trước ngày nào?", "5/6", []),
    ("Các sở, ban, ngành được giao chủ trì chỉ tiêu ở Hòa Sơn báo cáo năm trước ngày nào?", "5/12", []),
    # the report a date is for written after it, in brackets
    ("Công an tỉnh Hòa Sơn gửi báo cáo 6 tháng trước ngày nào?", "25/6", ["25/12"]),
    ("Công an tỉnh Hòa Sơn gửi báo cáo năm trước ngày nào?", "25/12", ["25/6"]),
])
def test_each_office_s_deadline_is_its_own(plan_kb, question, first, unstated):
    reply = _reply(question, plan_kb)
    line = reply.split("\n")[0]
    assert first in line, reply
    assert not any(u in line + " " for u in unstated), reply


def test_a_date_cut_before_its_month_is_one_sentence(plan_kb):
    reply = _reply("Tháng hành động vì trẻ em ở Hòa Sơn diễn ra từ ngày nào đến ngày nào?", plan_kb)
    line = reply.split("\n")[0]
    assert "01/6" in line and "30/6" in line, reply


def test_the_fatherland_front_as_written_is_the_partner(plan_kb):
    # (named in the table's cell and in a sentence of its own after another body's: not that body)
    reply = _reply("Chỉ tiêu trẻ có hoàn cảnh đặc biệt được trợ giúp của Hòa Sơn, ai phối hợp?", plan_kb)
    assert "Mặt trận Tổ quốc" in reply.split("\n")[0], reply
    assert "Phụ nữ" not in reply.split("\n")[0], reply


def test_a_repeated_group_numeral_is_the_next_group(plan_kb):
    reply = _reply("Kế hoạch Hòa Sơn có bao nhiêu chỉ tiêu?", plan_kb)
    assert "06" in reply.split("\n")[0] or "6 " in reply.split("\n")[0], reply
    assert "III" in reply.split("\n")[0], reply


@pytest.mark.parametrize("question", [
    "Ở Hòa Sơn, cơ quan nào chủ trì chỉ tiêu giảm đuối nước trẻ em?",
    "o hoa son co quan nao chu tri chi tieu giam duoi nuoc tre em",
])
def test_the_way_a_figure_moves_is_no_topic_word(plan_kb, question):
    # "giảm" is said of a target, never written in its row: the drowning target's lead answers
    reply = _reply(question, plan_kb)
    assert "Sở Văn hóa, Thể thao và Du lịch" in reply.split("\n")[0], reply


def test_a_heading_in_capitals_is_no_part_of_the_sentence_under_it():
    from knowledge.parse.structure import parse_document

    doc = parse_document("IV. CHẾ ĐỘ BÁO CÁO\nCác sở, ngành gửi báo cáo về Sở Y tế trước ngày 5 tháng 12.\n"
                         "V. MỤC TIÊU VÀ CHỈ TIÊU\nCỤ THỂ ĐẾN NĂM 2030\n")
    texts = [p.text for p in doc.paragraphs]
    assert "Các sở, ngành gửi báo cáo về Sở Y tế trước ngày 5 tháng 12." in texts, texts
    assert not any(t.startswith("CỤ THỂ") for t in texts), texts     # a title over two lines stays one


def test_who_reports_is_said_when_only_the_office_s_part_names_it(plan_kb):
    # the duty's sentence opens on its verb; the reply says whose duty it is
    reply = _reply("Ủy ban nhân dân các xã, phường Hòa Sơn gửi báo cáo năm trước ngày nào?", plan_kb)
    line = reply.split("\n")[0]
    assert "10/12" in line and "đơn vị báo cáo: Ủy ban nhân dân các xã, phường" in line, reply
    # … and not when the sentence itself names it
    reply = _reply("Các sở, ban, ngành được giao chủ trì chỉ tiêu ở Hòa Sơn báo cáo năm trước ngày nào?", plan_kb)
    assert "đơn vị báo cáo" not in reply.split("\n")[0], reply


@pytest.mark.parametrize("question", [
    "Ai chủ trì chiến dịch Hè an toàn ở Hòa Sơn?",
    "chien dich he an toan hoa son co quan nao chu tri",
    "Who leads Hoa Son's summer safety drowning campaign?",
])
def test_who_leads_a_campaign_is_said_from_its_own_section(plan_kb, question):
    # not the drowning target's lead (Sở Văn hóa …), not a target whose name shares "an toàn"
    line = _reply(question, plan_kb).split("\n")[0]
    assert "Tỉnh đoàn" in line and "Hè an toàn" in line, line


@pytest.mark.parametrize("question", [
    # "bảo vệ trẻ em" of the hotline's name, not an office "Phòng Bảo vệ …" read from a report line
    "tong dai bv tre em hoa son so may",
])
def test_the_hotline_is_given_however_it_is_asked(plan_kb, question):
    from knowledge.answer.engine import answer

    result = answer(question, plan_kb)
    assert result.answered and "111" in result.text.split("\n")[0], result.text


@pytest.mark.parametrize("question", [
    # a harm's "prevention" is the genre's "phòng, chống"; "end" is "kết thúc"
    "When does Hoa Son's summer drowning-prevention campaign end?",
    "When does the Hoa Son summer anti-drowning campaign start?",
])
def test_a_campaign_asked_in_english_gives_its_dates(plan_kb, question):
    line = _reply(question, plan_kb).split("\n")[0]
    assert "15/5" in line and "31/8" in line, line


@pytest.mark.parametrize("question", [
    "Tổng đài 111 ở Hòa Sơn có mất phí không, hoạt động giờ nào?",
    "tong dai bv tre em hoa son co mien phi k",
    "Is the 111 hotline free in the Hoa Son plan?",
])
def test_what_the_plan_says_of_its_hotline_is_stated_with_the_number(plan_kb, question):
    # "111, hoạt động 24/7 và miễn phí": the plan's words on the number, on the number's line
    line = _reply(question, plan_kb).split("\n")[0]
    assert "111" in line and "hoạt động 24/7 và miễn phí" in line, line


def test_a_unit_named_by_its_fields_is_named_whole(plan_kb):
    # "qua Phòng Bảo vệ, chăm sóc trẻ em và Bình đẳng giới": one unit, not "Phòng Bảo vệ"
    line = _reply("Tỉnh đoàn Hòa Sơn gửi báo cáo năm trước ngày nào?", plan_kb).split("\n")[0]
    assert "5/12" in line and "Phòng Bảo vệ, chăm sóc trẻ em và Bình đẳng giới" in line, line
