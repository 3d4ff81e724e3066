"""Every user-facing string has a Vietnamese translation; numbers and dates follow the locale."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir

from bot.i18n import (catalog_ids, format_date, format_day_month, format_number, format_percent,
                      gettext, ngettext, normalize_lang, translator)

PROJECT = Path(__file__).resolve().parent.parent
KEYWORDS = {"_": None, "N_": None, "gettext": (2,), "ngettext": (2, 3)}


def extracted_messages() -> dict[str, str]:
    """Every message id marked in the project's code, with where it was found."""
    found: dict[str, str] = {}
    for package in ("bot", "knowledge", "handlers"):
        for filename, lineno, message, _comments, _context in extract_from_dir(
            PROJECT / package, method_map=[("**.py", "python")], keywords=KEYWORDS
        ):
            msgid = message[0] if isinstance(message, tuple) else message
            if msgid:
                found.setdefault(msgid, f"{package}/{filename}:{lineno}")
    return found


def test_every_message_has_a_vietnamese_translation():
    missing = {msgid: where for msgid, where in extracted_messages().items() if msgid not in catalog_ids("vi")}
    assert {} == missing


def test_translations_keep_their_placeholders():
    import re

    placeholder = re.compile(r"\{(\w+)\}")
    broken = []
    for msgid in extracted_messages():
        if msgid in catalog_ids("vi"):
            translated = gettext("vi", msgid)
            if set(placeholder.findall(msgid)) != set(placeholder.findall(translated)):
                broken.append(msgid)
    assert [] == broken


@pytest.mark.parametrize(
    "value,lang,expected",
    [
        (98.5, "vi", "98,5%"),
        (98.5, "en", "98.5%"),
        (100, "vi", "100%"),
        (0.14, "vi", "0,14%"),
        (7.25, "en", "7.25%"),
    ],
)
def test_format_percent(value, lang, expected):
    assert expected == format_percent(value, lang)


@pytest.mark.parametrize(
    "value,lang,expected",
    [(1000, "vi", "1.000"), (1000, "en", "1,000"), (1.5, "vi", "1,5"), (100000, "vi", "100.000"), (12, "en", "12")],
)
def test_format_number(value, lang, expected):
    assert expected == format_number(value, lang)


def test_format_dates():
    day = dt.date(2025, 12, 15)
    assert "15/12/2025" == format_date(day, "vi")
    assert "Dec 15, 2025" == format_date(day, "en")
    assert "15/12" == format_day_month(day, "vi")


@pytest.mark.parametrize("code,expected", [("en-US", "en"), ("VI", "vi"), (None, "vi"), ("fr", "vi"), ("", "vi")])
def test_normalize_lang(code, expected):
    assert expected == normalize_lang(code)


def test_translator_fills_placeholders_in_both_languages():
    assert "Xin chào Lan!" == translator("vi")("Hello {name}!", name="Lan")
    assert "Hello Lan!" == translator("en")("Hello {name}!", name="Lan")


def test_ngettext_english_plural_and_fallback():
    assert "2 reports" == ngettext("en", "{n} report", "{n} reports", 2)
    assert "1 report" == ngettext("en", "{n} report", "{n} reports", 1)
