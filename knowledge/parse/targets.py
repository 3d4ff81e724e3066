"""Indicator text → targets: one ``Target`` per metric, qualifier and year.

How a sentence such as

    "Giảm tỷ lệ suy dinh dưỡng … xuống còn 7,3% vào năm 2025 và 6,8% vào năm 2030;
     … xuống dưới 10% (khu vực nội thành), 5% (khu vực ngoại thành) vào năm 2025 và duy
     trì đến năm 2030."

is read:

* the text splits into clauses at ``;`` and at sentence ends; a clause holds one or more
  metrics;
* in a clause, *values* (``7,3%``, ``100/100.000``, ``dưới 1,5`` in a clause "trên 1.000
  trẻ đẻ sống", ``12 xã/phường``, ``0,4 - 0,7%``), *years* (``vào năm 2025``, ``năm 2030``)
  and *maintain* phrases (``duy trì đến năm 2030``) are events in reading order; numbers
  that describe the population (``dưới 5 tuổi``, ``8 loại``, ``trên 1000 trẻ đẻ sống``) or
  belong to document numbers and dates (``56/2017/NĐ-CP``, ``09/5/2017``) are not values;
* a year applies to every value read since the previous year (``10% …, 5% … vào năm
  2025``); a second year straight after (``vào năm 2025 và năm 2030``) applies to the same
  values again; ``duy trì đến năm 2030`` copies the last values to 2030 with
  ``maintained=True``;
* a new metric starts when content words separate a value from the previous event
  (``… 99,5% năm 2030 và tỷ lệ phổ cập mầm non … đạt 100%``), or at a value in brackets;
* the comparator comes from the words just before the value: ``dưới`` → under;
  ``ít nhất``, ``đạt``, ``phấn đấu``, ``từ … trở lên`` → at least; ``còn``, ``xuống``, ``là`` →
  exactly (a level to reach, not a bound); ``từ A - B`` → range; ``x%/năm`` → reduce by x
  per year. A value with no such word repeats the comparator of the value before it in the
  same metric (``xuống còn 7,3% … và 6,8%``), and is "at least" when it is the first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from knowledge.model import (
    AT_LEAST, COUNT, EXACTLY, PER_1000, PER_1000_LIVE_BIRTHS, PER_100000_CHILDREN, PERCENT, RANGE,
    REDUCE_BY_PER_YEAR, UNDER, Target,
)
from knowledge.numbers import NUMBER_PATTERN, parse_number
from knowledge.text import fold_keeping_length, squash_spaces

_UNIT = r"(?P<unit>\s*%(?:\s*/\s*nam\b)?|\s*‰|\s*/\s*100\.000|\s*/\s*1\.000)?"
# "0,4 - 0,7%", "90% - 95%", "80% đến 85%" (the unit may follow either bound).
_VALUE_RE = re.compile(
    rf"(?<![\d.,/])(?P<num>{NUMBER_PATTERN})"
    rf"(?:(?P<unit1>\s*[%‰])?\s*(?P<conn>[-–]|den)\s*(?P<num2>{NUMBER_PATTERN}))?" + _UNIT)
_SINGLE_VALUE_RE = re.compile(rf"(?<![\d.,/])(?P<num>{NUMBER_PATTERN})" + _UNIT)
_NOT_A_VALUE_AFTER = re.compile(
    r"^(?:\s*(?:den|-)\s*\d+)?\s*(?:tuoi|loai|thang|ngay|lan|nam\b|gio|tre de song)")
_REFERENCE_AFTER = re.compile(r"^\s*[/-]\s*[\dA-Za-z]")
_PER_1000_RE = re.compile(r"tren\s+1\.?000\s+tre de song")
_PER_100000_RE = re.compile(r"tren\s+100\.?000\s+tre em")
_YEAR_RE = re.compile(r"(?:(?:vao|den|toi|trong)\s+)?nam\s+((?:19|20)\d\d)(?![\d/])")
_MAINTAIN_RE = re.compile(r"duy tri\s+(?:(?:den|vao|toi)\s+)?(?:nam\s+)?((?:19|20)\d\d)")
_QUALIFIER_RE = re.compile(r"^\s*(?:\((?P<paren>khu vuc[^)]*|[^)]{0,40})\)|doi voi\s+(?P<for>[a-z ]+?)(?=\s+va\b|\s+vao\b|\s*[,;.]|\s+nam\b|$))")
_COUNTED_RE = re.compile(r"^\s*(xa\s*/\s*phuong|xa,\s*phuong|phuong|xa|co so|diem|truong|huyen|quan|mo hinh"
                         r"|tre em|hoc sinh|lop|luot|gia dinh|nguoi)\b")
# Comparison signs, as in indicator tables: "≥ 96%", "< 10".
_SIGN_AT_END = re.compile(r"([≥>≤<])\s*$")

# Words that carry no meaning of their own between values (comparators, links, verbs of aim).
_FILLER = set("""va vao nam den toi duy tri phan dau dat it nhat duoi xuong con la tu tro len
 tren giam khong che muc co trong do toi thieu hon bang khoang cua the moi o tai""".split())


@dataclass
class _Value:
    value: float
    value_max: float | None
    unit: str | None
    comparator: str
    qualifier: str | None
    counted: str | None
    maintained: bool
    metric_index: int
    start: int
    end: int
    in_brackets: bool


@dataclass
class _Metric:
    index: int
    start: int              # where its words start in the clause
    values: list[_Value] = field(default_factory=list)


def split_clauses(text: str) -> list[str]:
    """Clauses at ``;`` and sentence ends, never inside brackets."""
    clauses, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and (ch == ";" or (ch == "." and text[i + 1:i + 3].strip()[:1].isupper()
                                           and not text[i - 1:i].isdigit())):
            clauses.append(text[start:i])
            start = i + 1
    clauses.append(text[start:])
    return [c.strip() for c in clauses if c.strip()]


def _content_words(folded: str) -> list[str]:
    return [w for w in re.findall(r"[a-z]+", folded) if w not in _FILLER]


def _comparator(gap: str, has_max: bool, per_year: bool, after: str) -> str | None:
    words = re.findall(r"[a-z]+", gap)
    tail = " ".join(words[-3:])
    if per_year:
        return REDUCE_BY_PER_YEAR
    if has_max:
        return RANGE
    sign = _SIGN_AT_END.search(gap)
    if sign:
        return UNDER if sign.group(1) in "<≤" else AT_LEAST
    if words[-1:] == ["duoi"] or tail.endswith("duoi"):
        return UNDER
    if re.match(r"^\s*tro len", after) or "it nhat" in tail or words[-1:] == ["it"] \
            or "toi thieu" in tail or words[-1:] == ["tu"]:
        return AT_LEAST
    if words[-1:] in (["con"], ["xuong"], ["la"]):
        return EXACTLY
    if words[-1:] in (["dat"], ["dau"], ["tren"]) or "it nhat" in " ".join(words[-4:]):
        return AT_LEAST
    return None


def _is_range(folded: str, match: re.Match) -> bool:
    """"90% - 95%", "từ 80% đến 85%" are ranges; "100% đến 2025" or "5 đến 17 tuổi" with
    a unit on the first number only are not."""
    low, high = parse_number(match.group("num")), parse_number(match.group("num2"))
    if high <= low or 1900 <= high <= 2100:
        return False
    if match.group("conn") == "den":
        before = re.findall(r"[a-z]+", folded[max(0, match.start() - 12):match.start()])
        return before[-1:] == ["tu"]
    return not match.group("unit1") or bool(match.group("unit"))


def _clean_metric(text: str) -> str:
    text = squash_spaces(text).strip(" ,.;:")
    text = re.sub(r"\s*trên\s+1\.?000\s+trẻ đẻ sống|\s*trên\s+100\.?000\s+trẻ em", "", text)
    text = re.sub(r"\s*\(\s*\)", "", text).strip(" ,.;:")
    leading = re.compile(r"^(?:và|phấn đấu|phần đầu|phần đấu|phân đầu|giảm|khống chế|có|đạt|"
                         r"ít nhất|nâng|tăng|bình quân)(?:\s+|$)", re.IGNORECASE)
    trailing = re.compile(r"\s+(?:đạt|xuống dưới|xuống còn|xuống|còn|dưới|ít nhất|là|từ|vào|"
                          r"đến|có|trên|giảm|ở mức|duy trì|phấn đấu|khống chế)$", re.IGNORECASE)
    previous = None
    while previous != text:
        previous = text
        text = leading.sub("", text).strip(" ,")
        text = trailing.sub("", text).strip(" ,")
    return text


def parse_targets(text: str) -> list[Target]:
    """All targets in an indicator's text, in reading order."""
    targets: list[Target] = []
    metric_count = 0
    for clause in split_clauses(text):
        found, metric_count = _parse_clause(clause, metric_count)
        targets.extend(found)
    return targets


def _parse_clause(clause: str, metric_count: int) -> tuple[list[Target], int]:
    folded = fold_keeping_length(clause)
    per_1000 = bool(_PER_1000_RE.search(folded))
    per_100000 = bool(_PER_100000_RE.search(folded))
    events: list[tuple[int, int, str, object]] = []
    # "(trên 100.000 trẻ em)" names the denominator: its number is not a value.
    denominators = [(m.start(), m.end()) for m in _PER_100000_RE.finditer(folded)]
    for match in _MAINTAIN_RE.finditer(folded):
        events.append((match.start(), match.end(), "maintain", int(match.group(1))))
    taken = [(s, e) for s, e, _, _ in events]
    for match in _YEAR_RE.finditer(folded):
        if not any(s <= match.start() < e for s, e in taken):
            events.append((match.start(), match.end(), "year", int(match.group(1))))
    taken = [(s, e) for s, e, _, _ in events]
    for match in _VALUE_RE.finditer(folded):
        if any(s <= match.start() < e for s, e in taken + denominators):
            continue
        if match.group("num2") and not _is_range(folded, match):
            match = _SINGLE_VALUE_RE.match(folded, match.start())
        after = folded[match.end():]
        if _REFERENCE_AFTER.match(after) or (not match.group("unit")
                                             and _NOT_A_VALUE_AFTER.match(after)):
            continue
        before = folded[max(0, match.start() - 8):match.start()]
        if re.search(r"(?:so|s\S)\s*:?\s*$", before) and not match.group("unit"):
            continue   # "số 56", a document number
        events.append((match.start(), match.end(), "value", match))
    events.sort(key=lambda e: e[0])

    metrics: list[_Metric] = []
    pending: list[_Value] = []
    last_group: list[tuple[_Value, int | None]] = []
    results: list[tuple[_Value, int | None, bool]] = []
    previous_end, previous_kind, last_year = 0, None, None
    for start, end, kind, payload in events:
        gap = folded[previous_end:start]
        if kind == "value":
            match = payload
            unit_text = (match.group("unit") or "").replace(" ", "")
            after = folded[end:]
            qualifier = None
            qual = _QUALIFIER_RE.match(after)
            if qual and (qual.group("paren") or qual.group("for")):
                raw_qual = (qual.group("paren") or qual.group("for") or "").strip()
                qualifier = squash_spaces(clause[end:end + qual.end()]).strip(" ()")
                if qualifier.lower().startswith("đối với "):
                    qualifier = qualifier[8:]
                if not raw_qual.startswith("khu vuc") and qual.group("paren"):
                    qualifier = qualifier if "khu vuc" in raw_qual or len(raw_qual.split()) <= 4 else None
                end = end + qual.end()
            counted = None
            unit = None
            unit_text = unit_text or (match.groupdict().get("unit1") or "").strip()
            if unit_text.startswith("%"):
                unit = PERCENT
            elif unit_text.startswith("‰"):
                unit = PER_1000_LIVE_BIRTHS if per_1000 else PER_1000
            elif "100.000" in unit_text:
                unit = PER_100000_CHILDREN
            elif "1.000" in unit_text or per_1000:
                unit = PER_1000_LIVE_BIRTHS
            elif per_100000:
                unit = PER_100000_CHILDREN
            else:
                noun = _COUNTED_RE.match(after)
                if noun:
                    unit = COUNT
                    counted = squash_spaces(clause[match.end():match.end() + noun.end()]).strip()
            depth = clause[:start].count("(") - clause[:start].count(")")
            in_brackets = depth > 0
            new_metric = (not metrics
                          or len(_content_words(gap)) >= 2
                          or (in_brackets and not metrics[-1].values[-1].in_brackets
                              if metrics[-1].values else False))
            if new_metric:
                metrics.append(_Metric(index=metric_count + len(metrics) + 1,
                                       start=previous_end if metrics else 0))
            metric = metrics[-1]
            prior = metric.values[-1] if metric.values else None
            if unit is None and prior is not None:
                unit, counted = prior.unit, prior.counted
            if unit is None:
                previous_end, previous_kind = end, kind
                continue    # a bare number that is not a target
            comparator = _comparator(gap, match.groupdict().get("num2") is not None,
                                     unit_text.endswith("nam"), after)
            if comparator is None:
                comparator = prior.comparator if prior else AT_LEAST
            value = _Value(
                value=parse_number(match.group("num")),
                value_max=parse_number(match.group("num2")) if match.groupdict().get("num2") else None,
                unit=unit, comparator=comparator, qualifier=qualifier, counted=counted,
                maintained="duy tri" in gap, metric_index=metric.index, start=start, end=end,
                in_brackets=in_brackets)
            metric.values.append(value)
            pending.append(value)
        elif kind == "year":
            year = payload
            if pending:
                last_group = [(v, year) for v in pending]
                results.extend((v, year, v.maintained) for v in pending)
                pending = []
            elif previous_kind == "year" and last_group and not _content_words(gap):
                results.extend((v, year, False) for v, _ in last_group)
            last_year = year
        elif kind == "maintain":
            year = payload
            if pending:     # "… đạt 100%, duy trì đến năm 2030" with no year before
                results.extend((v, None, False) for v in pending)
                last_group = [(v, None) for v in pending]
                pending = []
            results.extend((v, year, True) for v, _ in last_group)
        previous_end, previous_kind = end, kind
    for value in pending:   # no year after it: the bracket's sentence year, or none
        results.append((value, last_year if value.in_brackets else None, value.maintained))

    names = {}
    value_first = False
    for metric in metrics:
        if not metric.values:
            continue
        first = metric.values[0]
        name = _clean_metric(clause[metric.start:first.start])
        if value_first or len(_content_words(fold_keeping_length(name))) < 2:
            # value first: "98% trẻ em dưới 5 tuổi được tiêm chủng … vào năm 2030"
            value_first = value_first or metric is metrics[0]
            following = [s for s, _, k, _ in events if s >= first.end]
            stop = following[0] if following else len(clause)
            name = _clean_metric(clause[first.end:stop]) or name
        names[metric.index] = name
    targets = []
    for value, year, maintained in results:
        targets.append(Target(
            metric=names.get(value.metric_index, ""), metric_index=value.metric_index,
            year=year, value=value.value, unit=value.unit, comparator=value.comparator,
            value_max=value.value_max, qualifier=value.qualifier, counted=value.counted,
            maintained=maintained, text=squash_spaces(clause)))
    used = max([m.index for m in metrics if m.values], default=metric_count)
    return targets, max(used, metric_count)
