"""Check each target against its clause before it is stored.

``verify_target(target)`` reads the target's clause again, independently of the parser's
pairing: its value (and upper bound), its unit and its year must be written in one part of
the clause. A clause is cut into parts at commas, ``;``, ``và`` and ``trong đó`` outside
brackets; a part with no value of its own (``… và duy trì đến năm 2030``, ``và năm 2030``)
stays with the part before it. So in "năm 2025 đạt 96,5%, năm 2030 đạt 97,5%" a target
"96,5% in 2030" is not verified: its part names 2025.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from knowledge.model import COUNT, EXACTLY, PER_1000, PER_1000_LIVE_BIRTHS, PER_100000_CHILDREN, PERCENT, Target
from knowledge.numbers import NUMBER_PATTERN, parse_number
from knowledge.text import fold_keeping_length

_NUMBER_RE = re.compile(rf"(?<![\d.,/])({NUMBER_PATTERN})(?![\d])")
_YEAR_RE = re.compile(r"(?<![\d/.,])((?:19|20)\d\d)(?![\d/])")
_REFERENCE_YEAR_RE = re.compile(r"so voi\s+(?:cuoi\s+|dau\s+)?(?:nam\s+)?(?:19|20)\d\d(?![\d/])")
# "cả giai đoạn 2026 - 2030": the span a figure is for, no year of its own
_PERIOD_SPAN_RE = re.compile(r"(?:giai doan|thoi ky)\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d(?![\d/])", re.IGNORECASE)
_CUT_RE = re.compile(r"(?<!\d),|,(?!\d)|;|\bva\b|\btrong do\b")
_UNIT_EVIDENCE = {
    PERCENT: ("%",),
    PER_1000_LIVE_BIRTHS: ("‰", "1.000", "1000"),
    PER_1000: ("‰",),
    PER_100000_CHILDREN: ("100.000", "100000"),
}
_UNIT_SIGNS = {"%": PERCENT, "‰": PER_1000}
_BASELINE_RE = re.compile(r"thuc trang|ket qua (?:thuc hien )?(?:giai doan|ke hoach|chuong trinh|nam)"
                          r"|giai doan truoc|danh gia (?:ket qua|tinh hinh)|tinh hinh thuc hien")


# The words of an elimination target, folded: "không còn", "không để xảy ra", "chấm dứt" …
ELIMINATION_WORDS = r"khong con|khong de (?:xay ra|phat sinh)|khong co|cham dut|xoa bo|loai bo"
_ELIMINATION_WORDS_RE = re.compile(rf"\b(?:{ELIMINATION_WORDS})\b")


def is_elimination(target: Target) -> bool:
    """True for a target that nothing of its kind is left ("phấn đấu không còn tình trạng
    tảo hôn", "cơ bản chấm dứt …"): stored as ``EXACTLY`` 0 ``COUNT`` with the plan's
    words in ``comparator_text`` and what is to be gone in ``metric``. Its figure 0 is the
    model's, not the plan's: state the words ("cơ bản không còn"), not "0"."""
    return (target.comparator == EXACTLY and target.value == 0 and target.unit == COUNT
            and bool(target.comparator_text)
            and bool(_ELIMINATION_WORDS_RE.search(fold_keeping_length(target.comparator_text).lower())))


@lru_cache(maxsize=1024)
def in_baseline_section(section: str) -> bool:
    """True for a section path that describes the past ("II. Thực trạng …", "Kết quả
    thực hiện giai đoạn 2016 - 2020"): its figures are results, not targets."""
    return bool(_BASELINE_RE.search(fold_keeping_length(section)))


def _parts(folded: str) -> list[tuple[int, int]]:
    """(start, end) of the parts of a clause, each holding at least one non-year number
    (except a clause with none at all)."""
    cuts, depth = [0], 0
    for match in re.finditer(r"[()]|" + _CUT_RE.pattern, folded):
        token = match.group()
        if token == "(":
            depth += 1
        elif token == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            cuts.append(match.start())
    cuts.append(len(folded))
    parts: list[tuple[int, int]] = []
    for start, end in zip(cuts, cuts[1:]):
        if parts and not _values_in(folded[start:end]):
            parts[-1] = (parts[-1][0], end)
        else:
            parts.append((start, end))
    return parts


def _values_in(text: str) -> list[re.Match]:
    return [m for m in _NUMBER_RE.finditer(text) if not _YEAR_RE.fullmatch(m.group(1))]


def _years_in(text: str) -> set[int]:
    return {int(m.group(1)) for m in _YEAR_RE.finditer(text)}


def _unit_ok(target: Target, folded: str, after: str) -> bool:
    sign = after.lstrip()[:1]
    if sign in _UNIT_SIGNS and target.unit != _UNIT_SIGNS[sign] and not (
            sign == "‰" and target.unit == PER_1000_LIVE_BIRTHS):
        return False       # "7,5‰" read as a percentage
    if target.unit == COUNT:
        counted = target.counted or ""
        if counted.startswith("/"):
            # a bare figure per 10.000 ("trên 10.000 trẻ em dưới 2,0"): its base is in the clause
            return counted[1:] in folded
        return bool(counted) and fold_keeping_length(counted) in folded
    return any(mark in folded for mark in _UNIT_EVIDENCE.get(target.unit, ("",)))


@dataclass(frozen=True)
class _Part:
    values: tuple[tuple[float, str], ...]   # each value with the text right after it
    years: frozenset[int]


@lru_cache(maxsize=512)
def _read_clause(text: str) -> tuple[str, tuple[_Part, ...], frozenset[int]]:
    """A clause read once for all its targets: folded text, its parts, all its years."""
    folded = fold_keeping_length(text)
    # "so với năm 2020" names a base year, not the target's
    folded = _REFERENCE_YEAR_RE.sub(lambda m: " " * len(m.group()), folded)
    # (… and "cả giai đoạn 2026 - 2030 tập huấn cho 1.500 cộng tác viên" a figure for the whole
    # span, read with no year: its part names none)
    spanned = _PERIOD_SPAN_RE.sub(lambda m: " " * len(m.group()), folded)
    parts = []
    for start, end in _parts(folded):
        for scope in _scopes(spanned[start:end]):
            values = []
            for match in _values_in(scope):
                try:
                    values.append((parse_number(match.group(1)), scope[match.end():]))
                except ValueError:
                    continue
            parts.append(_Part(tuple(values), frozenset(_years_in(scope))))
    return folded, tuple(parts), frozenset(_years_in(folded))


def _scopes(part: str) -> list[str]:
    """A part and each bracket of it holding figures of its own ("đạt 97% (năm trước: 96%;
    năm 2024: 95%)"): the bracket's years are its figures', not the part's. A bracket of
    years only ("98% (năm 2030)") stays in the part. Blanked text keeps its length."""
    brackets = [m for m in re.finditer(r"\([^()]*\)", part) if _values_in(m.group())]
    if not brackets:
        return [part]
    outside = list(part)
    for m in brackets:
        outside[m.start():m.end()] = " " * (m.end() - m.start())
    return ["".join(outside)] + [m.group() for m in brackets]


def verify_target(target: Target) -> bool:
    """True when the target's value, unit and year are found again in one part of its
    clause (``target.text``); False for anything not found, or found with another year."""
    folded, parts, all_years = _read_clause(target.text)
    if is_elimination(target):
        # no figure to find: the plan's words and the year must be in the clause
        return fold_keeping_length(target.comparator_text).lower() in folded and (
            target.year is None or target.year in all_years)
    for part in parts:
        numbers = [number for number, _ in part.values]
        if target.value_max is not None and target.value_max not in numbers:
            continue
        for number, after in part.values:
            if number != target.value or not _unit_ok(target, folded, after):
                continue
            if target.maintained and target.year is not None:
                if target.year in all_years:
                    return True
                continue
            if target.year is None:
                if not part.years:
                    return True
                continue
            if target.year in part.years or (not part.years and target.year in all_years):
                return True
    return False
