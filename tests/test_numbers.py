"""Vietnamese numbers: decimal comma, thousands dot, zero padding."""

import pytest

from knowledge.numbers import digits_only, find_numbers, format_vi, parse_int, parse_number


@pytest.mark.parametrize("text, expected", [
    ("98,5", 98.5), ("0,05", 0.05), ("1.000", 1000.0), ("100.000", 100000.0),
    ("1.234,5", 1234.5), ("07", 7.0), ("03", 3.0), ("2025", 2025.0), ("1,5", 1.5),
    ("99.2", 99.2),   # typed the English way: a dot not followed by three digits
])
def test_parse_number(text, expected):
    assert expected == parse_number(text)


@pytest.mark.parametrize("text", ["", "abc", "1,2,3", "12%"])
def test_parse_number_rejects(text):
    with pytest.raises(ValueError):
        parse_number(text)


def test_parse_int():
    assert 7 == parse_int("07")
    with pytest.raises(ValueError):
        parse_int("1,5")


def test_find_numbers_reads_rates_and_decimals():
    found = [value for value, _, _ in find_numbers("xuống 100/100.000 trẻ em và dưới 1,5 năm 2025")]
    assert [100.0, 100000.0, 1.5, 2025.0] == found


@pytest.mark.parametrize("value, expected", [(98.5, "98,5"), (100000, "100.000"), (7, "7")])
def test_format_vi(value, expected):
    assert expected == format_vi(value)


@pytest.mark.parametrize("text, expected", [
    ("02433.525.662", "02433525662"), ("024.3525.662", "0243525662"), ("0243.22.33.111", "02432233111"),
])
def test_digits_only(text, expected):
    assert expected == digits_only(text)
