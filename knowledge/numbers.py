"""Vietnamese numbers as written in the plans.

The plans use a decimal comma and a thousands dot: ``98,5`` is 98.5, ``1.000`` is 1000,
``100.000`` is 100000; counts are often zero-padded (``07``, ``03 ngày``).
"""

from __future__ import annotations

import re

# A number as written: digits with optional thousands dots, optional decimal comma part.
NUMBER_PATTERN = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_NUMBER_RE = re.compile(rf"(?<![\d.,])(?:{NUMBER_PATTERN})(?![\d])")
_THOUSANDS_RE = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")
_PLAIN_RE = re.compile(r"^\d+(?:[,.]\d+)?$")


def parse_number(text: str) -> float:
    """``"98,5"`` → 98.5, ``"1.000"`` → 1000.0, ``"07"`` → 7.0, ``"100.000"`` → 100000.0.

    A dot followed by exactly three digits is a thousands separator (the Vietnamese
    convention); any other dot is read as a decimal point, for text typed the English way.
    Raises ``ValueError`` for anything that is not a number.
    """
    raw = text.strip()
    if _THOUSANDS_RE.match(raw):
        raw = raw.replace(".", "").replace(",", ".")
        return float(raw)
    if _PLAIN_RE.match(raw):
        return float(raw.replace(",", "."))
    raise ValueError(f"not a Vietnamese number: {text!r}")


def parse_int(text: str) -> int:
    """A whole number, zero-padding allowed: ``"07"`` → 7, ``"1.000"`` → 1000."""
    value = parse_number(text)
    if value != int(value):
        raise ValueError(f"not a whole number: {text!r}")
    return int(value)


def find_numbers(text: str) -> list[tuple[float, int, int]]:
    """Every number in ``text`` as ``(value, start, end)``."""
    return [(parse_number(m.group(0)), m.start(), m.end()) for m in _NUMBER_RE.finditer(text)]


def format_vi(value: float) -> str:
    """The Vietnamese way of writing ``value``: 98.5 → ``"98,5"``, 100000 → ``"100.000"``."""
    if value == int(value):
        return f"{int(value):,}".replace(",", ".")
    whole, _, frac = f"{value}".partition(".")
    return f"{int(whole):,}".replace(",", ".") + "," + frac


def digits_only(text: str) -> str:
    """The digits of a telephone number: ``"02433.525.662"`` → ``"02433525662"``."""
    return re.sub(r"\D", "", text)
