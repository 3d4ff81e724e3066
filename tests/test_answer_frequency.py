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
