"""How often, asked ("bao lâu một lần", "mấy lần một năm", "how often"): the reply opens with
the frequency the plan states for what is asked ("02 năm một lần", "Định kỳ hàng năm"), in
English too for an English question; and a date asked in English is given in English words
besides the plan's own ("15/7 (July 15)").

Pure: the knowledge base of the shipped plans (and a blind round's plan) → the reply.
"""

import pytest

import bot.i18n  # noqa: F401  (replies in the users' words)
from knowledge.answer.engine import answer
from knowledge.answer.format import strip_html
from knowledge.answer.frequency import frequencies, in_english
from knowledge.answer.words import translator
from tests.test_answer_facts import _with_round_plan


def first_line(question: str, kb, lang: str = "vi") -> str:
    result = answer(question, kb, lang=lang)
    assert result.answered, result.text
    return strip_html(result.text).split("\n")[0]


@pytest.mark.parametrize("text, said, english", [
    ("cấp tỉnh tổ chức Diễn đàn trẻ em tỉnh 02 năm một lần", ["02 năm một lần"], "every 2 years"),
    ("tập huấn ít nhất 01 lần/năm cho người làm công tác trẻ em", ["ít nhất 01 lần/năm"], "once a year"),
    ("Ban Điều hành họp định kỳ 06 tháng một lần", ["định kỳ 06 tháng một lần"], "every 6 months"),
    ("báo cáo số liệu chỉ tiêu D2 hằng quý", ["hằng quý"], "every quarter"),
    ("gửi Ủy ban nhân dân tỉnh theo quý", ["theo quý"], "every quarter"),
    ("tổ chức vào các năm chẵn", ["vào các năm chẵn"], "in even years"),
    # a school year is no frequency
    ("đầu mỗi năm học", [], None),
])
def test_the_frequencies_a_plan_states(text, said, english):
    assert frequencies(text) == said
    assert (in_english(said[0], translator("en")) if said else None) == english


@pytest.mark.parametrize("question, lang, first", [
    ("Sở Tư pháp Hà Nội báo cáo kết quả thực hiện kế hoạch bao lâu một lần?", "vi", "Định kỳ hàng năm — "),
    ("Ha Noi so tu phap bao cao may lan 1 nam", "vi", "Định kỳ hàng năm — "),
    ("How often does the Hanoi Department of Justice report on plan 138?", "en", "every year (Định kỳ hàng năm) — "),
    ("Điện Biên Phủ báo cáo kết quả bao lâu một lần?", "vi", "định kỳ hàng năm — "),
])
def test_how_often_is_answered_with_the_frequency_first(kb, question, lang, first):
    assert first_line(question, kb, lang).startswith(first)


@pytest.fixture(scope="module")
def kb_round115(tmp_path_factory, suite_plans_dir):
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round115/new_plan.txt")


def test_the_frequency_of_what_is_asked_not_of_its_neighbour(kb_round115):
    # "Mỗi huyện … tổ chức ít nhất 01 Diễn đàn trẻ em cấp huyện mỗi năm; cấp tỉnh tổ chức
    # Diễn đàn trẻ em tỉnh 02 năm một lần": the province's forum asked, its own frequency
    line = first_line("Diễn đàn trẻ em cấp tỉnh ở Hà Giang tổ chức bao lâu một lần?", kb_round115)
    assert line.startswith("02 năm một lần — ") and "mỗi năm" not in line, line


@pytest.mark.parametrize("question, first", [
    # an English question: the date in English words after the plan's own
    ("Hanoi 2020 Action Month: deadline to submit the results report?", "(July 15, 2020)"),
    ("Dien Bien Phu: by what date each year must units report results to the labour office?", "20/11 (November 20)"),
])
def test_a_date_asked_in_english_is_said_in_english_too(kb, question, first):
    assert first in first_line(question, kb, "vi")
    # … and a Vietnamese question gets the plan's date alone
    assert "(" not in first_line("Điện Biên Phủ báo cáo kết quả hằng năm trước ngày nào?", kb).split(" — ")[0]


def test_a_sentence_with_the_words_but_not_their_pairs_gives_no_frequency(kb):
    # "Hội đồng trẻ em … họp": "hội", "đồng", "họp" are in "phối hợp … Xã hội … Lao động" of a
    # yearly duty, not the council's meetings, which the plans do not date
    result = answer("Hội đồng trẻ em Hà Nội họp bao lâu một lần?", kb)
    assert result.intent != "frequency", result.text


@pytest.fixture(scope="module")
def kb_two_frequencies(tmp_path_factory):
    from tests.test_parse_any_marker import _kb_of

    folder = tmp_path_factory.mktemp("two_frequencies")
    path = folder / "hoason-kh12-2026.txt"
    path.write_text("\n".join([
        "ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 12/KH-UBND", "KẾ HOẠCH",
        "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030", "",
        "I. MỤC TIÊU", "1. Tỷ lệ trẻ em được tư vấn: năm 2026 đạt 81%, năm 2030 đạt 87%.", "",
        "II. NHIỆM VỤ", "1. Tổ chức Diễn đàn trẻ em tỉnh 02 năm một lần; Tháng hành động vì trẻ em hằng năm.",
        "2. Các sở, ngành gửi báo cáo năm về Sở Lao động - Thương binh và Xã hội trước ngày 15/12 hằng năm.",
        "3. Tháng hành động vì trẻ em diễn ra từ ngày 01/6 đến ngày 30/6.",
        "4. Tăng cường sự lãnh đạo; đưa các chỉ tiêu vào kế hoạch phát triển kinh tế - xã hội hằng năm; kiện toàn "
        "Ban Điều hành công tác trẻ em tỉnh.",
        "- Ban Điều hành công tác trẻ em tỉnh họp định kỳ 06 tháng một lần, đánh giá tiến độ.", "",
        "III. TỔ CHỨC THỰC HIỆN", "1. Sở Lao động - Thương binh và Xã hội",
        "- Là cơ quan thường trực, chủ trì chỉ tiêu 1.", ""]),
        encoding="utf-8")
    return _kb_of(folder, path)


@pytest.mark.parametrize("question, first", [
    # the campaign asked is the subject, though the query reads its name as a slot
    ("Tháng hành động vì trẻ em ở Hòa Sơn tổ chức bao lâu một lần?", "hằng năm — "),
    ("Diễn đàn trẻ em tỉnh Hòa Sơn tổ chức bao lâu một lần?", "02 năm một lần — "),
    # "và" inside a name cuts no part: the sentence from its start
    ("Hòa Sơn: các sở gửi báo cáo bao lâu một lần?", "hằng năm — Các sở, ngành gửi báo cáo năm về Sở Lao động"),
    # a part stating a frequency is no more than its own words: "… kinh tế - xã hội hằng năm" is
    # not the board's, which the next line dates
    ("How often does the Hoa Son steering board for children meet?", "every 6 months (định kỳ 06 tháng một lần) — "),
])
def test_the_frequency_of_the_thing_asked_in_a_sentence_of_several(kb_two_frequencies, question, first):
    assert first_line(question, kb_two_frequencies).startswith(first)
