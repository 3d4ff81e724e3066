"""Bad input, ambiguity, locale formatting and HTML safety of the answering engine."""

from __future__ import annotations

import re

import pytest

from knowledge.answer.engine import Answer, answer, plan_choices
from knowledge.answer.format import strip_html
from knowledge.text import fold

BAD_INPUTS = [
    "",
    "   ",
    "😀😀😀",
    "x" * 5000,
    "chỉ tiêu " * 700,
    "'; DROP TABLE kb_plans; --",
    "chỉ tiêu 14'; DROP TABLE kb_plans; --",
    "<b>*_[ chỉ tiêu 14 ]_*</b>",
    "<script>alert(1)</script>",
    "\x00\x01\x02",
    "?????",
    "1234567890",
]


@pytest.mark.parametrize("text", BAD_INPUTS, ids=range(len(BAD_INPUTS)))
def test_bad_input_gets_a_friendly_answer(kb, text):
    before = len(kb.plans)
    result = answer(text, kb)
    assert isinstance(result, Answer)
    assert result.text.strip()
    assert len(result.text) < 3500
    assert result.intent != "error"
    assert "<script>" not in result.text
    assert len(kb.plans) == before
    # the database is intact too
    assert kb.search_passages("khai sinh", limit=1)


def test_none_question_does_not_raise(kb):
    assert answer(None, kb).answered is False


def _balanced(text: str) -> bool:
    for tag in ("b", "i"):
        if text.count(f"<{tag}>") != text.count(f"</{tag}>"):
            return False
    return True


@pytest.mark.parametrize("question", [
    "<b>chỉ tiêu 14</b> hà nội",
    "sở tư pháp làm gì",
    "khẩu hiệu tháng hành động 2020",
    "số tổng đài bảo vệ trẻ em",
    "chỉ tiêu 11 HN",
])
def test_replies_are_telegram_html(kb, question):
    text = answer(question, kb).text
    assert _balanced(text)
    # only the tags Telegram accepts, everything else escaped
    assert set(re.findall(r"</?([a-z]+)[^>]*>", text)) <= {"b", "i"}
    assert "<b>chỉ" not in text


def test_ambiguous_indicator_is_answered_for_each_plan_labelled(kb):
    result = answer("chỉ tiêu 14 năm 2025 là bao nhiêu", kb)
    assert result.answered
    assert len(result.plans) >= 2
    text = strip_html(result.text)
    assert "Hà Nội" in text and "Cần Thơ" in text
    assert "98,5%" in text and "99%" in text
    # each figure sits under its own plan's label
    assert text.index("Hà Nội") < text.index("98,5%")


def test_default_plan_is_used_when_the_question_names_none(kb):
    slug = next(s for s, label in plan_choices(kb) if "Cần Thơ" in label)
    result = answer("chỉ tiêu 14 năm 2025", kb, plan=slug)
    assert result.plans == [slug]
    assert "99%" in strip_html(result.text)
    assert "98,5" not in strip_html(result.text)


def test_question_naming_a_plan_overrides_the_default(kb):
    slug = next(s for s, label in plan_choices(kb) if "Cần Thơ" in label)
    result = answer("chỉ tiêu 14 Hà Nội năm 2025", kb, plan=slug)
    assert "98,5%" in strip_html(result.text)


def test_english_numbers(kb):
    result = answer("indicator 14 Hanoi 2025", kb, lang="en")
    text = strip_html(result.text)
    assert "98.5%" in text
    assert "Indicator 14" in text


def test_vietnamese_numbers(kb):
    text = strip_html(answer("chỉ tiêu 14 Hà Nội năm 2025", kb, lang="vi").text)
    assert "98,5%" in text
    assert "Chỉ tiêu 14" in text


@pytest.mark.parametrize("question", [
    "thời tiết hà nội hôm nay thế nào",
    "kết quả bóng đá việt nam tối qua",
    "mức phạt vượt đèn đỏ xe máy",
    "cách tính thuế thu nhập cá nhân",
    "What's the weather in Hanoi?",
    "Who won the Champions League?",
])
def test_off_topic_never_gets_a_plan_fact(kb, question):
    result = answer(question, kb)
    assert not result.answered
    assert not result.sources
    assert "%" not in result.text


def test_decline_offers_suggestions(kb):
    result = answer("chỉ tiêu 99 hà nội", kb)
    assert not result.answered
    assert result.suggestions


def test_suggestions_are_answerable_questions(kb):
    result = answer("chỉ tiêu 14 Hà Nội năm 2025", kb)
    assert result.suggestions
    for s in result.suggestions:
        assert answer(s, kb).answered, s


def test_plan_choices(kb):
    choices = plan_choices(kb)
    assert len(choices) == len(kb.plans)
    assert {s for s, _ in choices} == {p.slug for p in kb.plans}
    assert all(label for _, label in choices)


def test_agency_names_keep_vietnamese_in_english(kb):
    text = strip_html(answer("Which agency leads indicator 14 in Hanoi?", kb, lang="en").text)
    assert "Sở Tư pháp" in text
    assert fold("Lead") in fold(text)


def test_answers_quoting_a_scanned_plan_say_so(kb):
    result = answer("sở nội vụ làm gì", kb)
    assert result.answered
    assert "bản quét mất dấu" in result.text
    clean = answer("chỉ tiêu 14 hà nội ai chủ trì", kb)
    assert "bản quét" not in clean.text
