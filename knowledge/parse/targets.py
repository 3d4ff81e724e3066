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
* a year is paired with values by its place in the clause, whatever the order: a year
  right after values (``7,3% vào năm 2025``, ``A (năm 2025)``, ``6,5% đến năm 2030``)
  applies to every value read since the previous year; a year that opens what follows
  (``năm 2025 đạt A``, ``năm 2025: A``, ``đến năm 2030 có B``, ``trong đó năm 2025 đạt A``,
  ``đến năm 2025 giảm còn dưới A``) applies to the values after it, up to the next year;
  a second year straight after (``vào năm 2025 và năm 2030``) applies to the same values
  again; ``duy trì đến năm 2030`` copies the last values to 2030 with ``maintained=True``;
* a new metric starts when content words separate a value from the previous event
  (``… 99,5% năm 2030 và tỷ lệ phổ cập mầm non … đạt 100%``), or at a value in brackets;
* the comparator comes from the words just before the value: ``dưới``, ``không vượt
  quá``, ``khống chế`` → under;
  ``ít nhất``, ``đạt``, ``phấn đấu``, ``từ … trở lên`` → at least; ``còn``, ``xuống``, ``là`` →
  exactly (a level to reach, not a bound); ``từ A - B`` → range; ``x%/năm`` → reduce by x
  per year. A value with no such word repeats the comparator of the value before it in the
  same metric (``xuống còn 7,3% … và 6,8%``), and is "at least" when it is the first;
  the plan's own words (``không vượt quá``, ``khống chế ở mức dưới``) are kept in
  ``Target.comparator_text``;
* a clause with no words of its own (``…; năm 2030: 95%``) continues the metric of the
  clause before it.

Each target then is checked against its clause (``knowledge/parse/verify.py``): what is not
found again is kept with ``needs_review=True``.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from knowledge.model import (
    AT_LEAST, COUNT, EXACTLY, PER_1000, PER_1000_LIVE_BIRTHS, PER_100000_CHILDREN, PERCENT, RANGE,
    REDUCE_BY_PER_YEAR, UNDER, Target,
)
from knowledge.numbers import NUMBER_PATTERN, parse_number
from knowledge.parse.verify import ELIMINATION_WORDS, verify_target
from knowledge.text import UNIT_LABEL_WORDS, fold_keeping_length, squash_spaces

_UNIT = r"(?P<unit>\s*%(?:\s*/\s*nam\b|\s+(?:moi|hang)\s+nam\b)?|\s*‰|\s*/\s*100\.000|\s*/\s*1\.000|\s*phan\s+(?:nghin|ngan)\b)?"
# "0,4 - 0,7%", "90% - 95%", "80% đến 85%" (the unit may follow either bound).
_VALUE_RE = re.compile(
    rf"(?<![\d.,/])(?P<num>{NUMBER_PATTERN})"
    rf"(?:(?P<unit1>\s*[%‰])?\s*(?P<conn>[-–]|den)\s*(?P<num2>{NUMBER_PATTERN}))?" + _UNIT)
_SINGLE_VALUE_RE = re.compile(rf"(?<![\d.,/])(?P<num>{NUMBER_PATTERN})" + _UNIT)
_NOT_A_VALUE_AFTER = re.compile(
    r"^(?:\s*(?:den|-)\s*(?:duoi\s+)?\d+)?\s*(?:tuoi|loai|thang|ngay|lan|nam\b(?!\s+(?:19|20)\d\d\b)|gio|tre de song)")
_REFERENCE_AFTER = re.compile(r"^\s*[/-]\s*[\dA-Za-z]")
# "/95" after a count, "/120 xã": its whole (not "/2017/NĐ-CP", a document's number)
# ("35.120/36.200 trẻ": a whole in thousands; "/100.000 trẻ em" is read before as a rate's unit)
_WHOLE_AFTER_RE = re.compile(r"^/(\d{1,3}(?:\.\d{3})+|\d{1,4})(?![\d/,\-]|\.\d|\s*/)")
_PER_1000_RE = re.compile(r"tren\s+1\.?000\s+tre de song")
_PER_100000_RE = re.compile(r"tren\s+100\.?000\s+tre em")
_PER_10000_RE = re.compile(r"tren\s+10\.000\s+(?:tre em|nguoi)")
# "13,8 trẻ em/100.000 trẻ em" (folded, after the figure): a rate written with its counted noun
_NOUN_PER_100000_RE = re.compile(r"\s*tre(?: em)?\s*/\s*100\.?000\s+tre em")
_YEAR_RE = re.compile(r"(?:(?:vao|den|toi|trong)\s+)?(?:cac\s+)?nam\s+((?:19|20)\d\d)(?![\d/])")
_REFERENCE_YEAR_RE = re.compile(r"so voi\s+(?:cuoi\s+|dau\s+)?(?:nam\s+)?(?:19|20)\d\d(?![\d/])")
# Years written bare: "(2025)", "2025: 90%", and the second of "năm 2025 và 2030".
_BARE_YEAR_RE = re.compile(r"(?<=\()\s*((?:19|20)\d\d)\s*(?=\))|(?:^|(?<=[;,:(]))\s*((?:19|20)\d\d)\s*(?=:)"
                           r"|(?<=\d\d\d\d)(?:\s*,\s*|\s+va\s+)((?:19|20)\d\d)(?![\d/%‰]|[.,]\d)")
# "trong giai đoạn 2021 - 2025": the figure holds by the period's last year; "trong suốt giai
# đoạn 2021 - 2030" holds in every year of it (``throughout``).
_PERIOD_RE = re.compile(r"(?:trong\s+(?:(suot)\s+)?|(suot)\s+)(?:ca\s+)?giai doan\s+((?:19|20)\d\d)\s*[-–]\s*"
                        r"((?:19|20)\d\d)(?![\d/])")
# "duy trì đến năm 2030", "duy trì mức (kết quả) này đến năm 2030" (the figure before it, carried on)
_MAINTAIN_RE = re.compile(r"duy tri\s+(?:(?:o\s+)?(?:muc|ket qua|ty le|ti le)\s+(?:nay|do|tren)\s+)?(?:(?:den|vao|toi)\s+)?(?:nam\s+)?((?:19|20)\d\d)")
_QUALIFIER_RE = re.compile(r"^\s*(?:\((?P<paren>khu vuc[^)]*|[^)]{0,40})\)|doi voi\s+(?P<for>[a-z ]+?)(?=\s+va\b|\s+vao\b|\s*[,;.]|\s+nam\b|$))")
_COUNTED_RE = re.compile(r"^\s*(xa\s*/\s*phuong|xa,\s*phuong|phuong|xa|co so|diem|truong|huyen|quan|mo hinh|hoi dong|cau lac bo"
                         r"|tre em|hoc sinh|lop|luot|gia dinh|nguoi|don vi"
                         # "02 ca" (HIV), "17 em", "85 cặp" (child marriages), "12 vụ"
                         r"|ca|em|cap|vu|truong hop|ban|khu pho|thon"
                         # "26 khu" (industrial parks with a crèche)
                         r"|khu"
                         # "900 trẻ", "2 diễn đàn/năm", "02 đợt", "01 buổi": children and events counted
                         r"|tre|dien dan|dot|buoi|hoi nghi|cong trinh"
                         # "60 sân chơi cộng đồng", "1.500 cộng tác viên", "20 bể bơi": places and people
                         # (not "cán bộ": "có ít nhất 01 cán bộ chuyên trách" names a rate's units)
                         r"|san choi|be boi|nha van hoa|thu vien|cong tac vien"
                         # "110 bé trai/100 bé gái" (the sex ratio at birth)
                         r"|be"
                         # "0,85 lần", "1,50 lần": a ratio to a base year (a decimal figure only:
                         # "khám thai ít nhất 4 lần" counts visits inside a rate's name)
                         r"|lan)\b")
# after a count inside a rate's name, the rate's own figure: "… đạt 96%", "… là 80%" (folded)
_RATE_AFTER_COUNT_RE = re.compile(r"[^.;%\d]{0,60}?\b(?:dat|phan dau|la|len|tren|it nhat)\s+\d{1,3}(?:[.,]\d+)?\s*%")
# the rest of a count per 100 of another, after its counted noun (folded): " trai/100 bé gái"
_PER_HUNDRED_RE = re.compile(r"(?:\s+(?:trai|gai|nam|nu))?\s*/\s*100\s+(?:be|tre|tre so sinh|nu|nam)(?:\s+(?:trai|gai))?\b")
# A target that nothing of a kind is left, as indicator texts word it: "phấn đấu không còn …",
# "cơ bản chấm dứt …", "không để xảy ra …", "và không có số cặp …", "xóa bỏ …". It opens its
# metric: at the clause's start, after a comma, "và" or a year ("đến năm 2030 cơ bản chấm
# dứt"); "trẻ em không còn cha mẹ" (after a noun) describes a population instead.
_ELIMINATION_RE = re.compile(
    rf"(?P<words>(?:(?:phan dau|co ban)\s+)*(?:{ELIMINATION_WORDS}))(?:\s+(?=[a-z])|\s*\.?\s*$)")   # "năm 2030: không còn."
_ELIMINATION_AFTER_RE = re.compile(r"(?:^|[,;:(]|\b(?:va|(?:19|20)\d\d))\s*$")
# "không có" sets a target only before what is counted ("không có số cặp …", "không có trẻ
# em bị …"), not in "không có nơi nương tựa".
_NONE_COUNTED_RE = re.compile(r"\s*(?:so|truong hop|vu|tinh trang|tre|hoc sinh|em)\b")
# Comparison signs, as in indicator tables: "≥ 96%", "< 10".
_SIGN_AT_END = re.compile(r"([≥>≤<])\s*$")

# Words that carry no meaning of their own between values (comparators, links, verbs of aim).
_FILLER = set("""va vao nam den toi duy tri phan dau dat it nhat duoi xuong con la tu tro len
 tren giam khong che muc co trong do toi thieu hon bang khoang cua the moi o tai vuot qua
 binh quan""".split())
# Words that may stand between a year and the value it opens ("năm 2025 đạt", "đến năm 2030
# có", "năm 2025: dưới", "đến năm 2025 giảm còn dưới", "khống chế ở mức không vượt quá").
_LINKING = set("""dat co la duoi xuong con giam khong vuot qua che o muc it nhat toi thieu phan
 dau tren tu tang len hon bang phai""".split())
# ("năm 2027 đạt lũy kế 05 diễn đàn": a running total is still the year's level, round 173)
_LINKING |= {"luy", "ke"}
# … and the verbs of a level kept ("đến năm 2025 duy trì 99,6%", "năm 2030 giữ vững 100%",
# "bảo đảm"): the year opens the value after them as "đạt" does
_KEEPING = set("duy tri giu vung bao dam".split())
_FILLER |= _KEEPING
# Words of a comparator as the plan writes it ("không vượt quá", "khống chế ở mức dưới").
_COMPARATOR_WORDS = _LINKING - {"phai"} | {"binh", "quan", "xuong"}
_LINKING |= _KEEPING


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
    comparator_text: str | None = None
    default_year: int | None = None     # the year opened before it ("năm 2025 đạt …")
    elimination: bool = False           # "không còn …": nothing left, figure 0


@dataclass
class _Metric:
    index: int
    start: int              # where its words start in the clause
    values: list[_Value] = field(default_factory=list)
    first_event: int | None = None   # where its first year or value starts


@dataclass
class _Event:
    start: int
    end: int
    kind: str               # "value", "year" or "maintain"
    year: int | None = None
    match: re.Match | None = None
    closes: bool = False    # a period ("trong giai đoạn 2021 - 2025") ends the values before it
    elimination: bool = False   # a value event that is "không còn …" (no figure written)
    whole: int | None = None    # "71/95": a part of this whole (a count of communes, schools …)


@dataclass
class _Pairing:
    """The year pairing state while a clause is read left to right."""

    pending: list[_Value] = field(default_factory=list)      # values still waiting for a year
    last_group: list[_Value] = field(default_factory=list)   # values the last year went to
    results: list[tuple[_Value, int | None, bool]] = field(default_factory=list)
    open_year: int | None = None    # a year that opened the values after it
    last_year: int | None = None

    def settle(self, year: int | None = None, use_default: bool = False) -> None:
        """Give the pending values ``year`` (or the year each was opened with)."""
        for value in self.pending:
            given = value.default_year if use_default else year
            self.results.append((value, given, value.maintained))
        if self.pending:
            self.last_group = list(self.pending)
        self.pending = []


def throughout_period(text: str) -> tuple[int, int] | None:
    """(first, last) year of the period a clause's figure holds in every year of ("duy trì
    … trong suốt giai đoạn 2021 - 2030"); None when it names none."""
    match = _PERIOD_RE.search(fold_keeping_length(text))
    if match and (match.group(1) or match.group(2)):
        return int(match.group(3)), int(match.group(4))
    return None


def split_clauses(text: str) -> list[str]:
    """Clauses at ``;`` and sentence ends, never inside brackets."""
    return _split_outside_brackets(text, at_semicolons=True)


# a figure that closes what a target reaches ("… giảm còn 24. Giao Công an tỉnh …"): its full
# stop ends the sentence, as one after a word does (a digit's is most often a list's number)
_FIGURE_ENDS_RE = re.compile(r"\b(?:còn|đạt|dưới|xuống|lên|là|mức)\s+\d+(?:[.,]\d+)?\s*%?$", re.IGNORECASE)


# … unless the next sentence gives a year, going on with the same target ("… giảm còn 24. Đến
# năm 2025 giảm còn 26.")
_YEAR_IN_NEXT_RE = re.compile(r"[^.]*?\b(?:19|20)\d\d\b")


def _split_outside_brackets(text: str, at_semicolons: bool) -> list[str]:
    """``text`` cut at sentence ends (a full stop before a capital, not after a digit) and,
    when ``at_semicolons``, at ``;`` (dropped); never inside brackets. A sentence keeps its
    full stop when only sentences are cut."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and at_semicolons and ch == ";":
            parts.append(text[start:i])
            start = i + 1
        elif depth == 0 and ch == "." and text[i + 1:i + 3].strip()[:1].isupper() \
                and (not text[i - 1:i].isdigit() or _FIGURE_ENDS_RE.search(text, max(0, i - 40), i)
                     and not _YEAR_IN_NEXT_RE.match(text, i + 1)):
            parts.append(text[start:i] if at_semicolons else text[start:i + 1])
            start = i + 1
    parts.append(text[start:])
    return [part.strip() for part in parts if part.strip()]


# what a change is measured against: "… giảm 1,5 điểm phần trăm so với năm 2025, đạt dưới 19%
# vào năm 2030" (folded): the figure after it is the same measure's, no new one
_COMPARED_TO_RE = re.compile(r"\b(?:diem\s+)?(?:phan tram\s+)?so voi\s+(?:nam\s+|cung ky\s+(?:nam\s+)?)?(?:19|20)\d\d\b"
                             r"|\bdiem phan tram\b")


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
    if words[-1:] == ["duoi"] or tail.endswith("duoi") or tail.endswith("vuot qua") \
            or tail.endswith("khong qua") or tail.endswith("khong che") \
            or " ".join(words[-4:]).endswith("khong che o muc"):
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


# "(đơn vị tính: %)", "(ĐVT: người)": the unit declared in words, no part of what is measured
_UNIT_LABEL_RE = re.compile(rf"\s*\({UNIT_LABEL_WORDS}\s*:[^()]*\)", re.IGNORECASE)


def without_unit_label(name: str) -> str:
    """A target's name without the unit it declares in words: "Tỷ lệ … (đơn vị tính: %)" →
    "Tỷ lệ …"."""
    return _UNIT_LABEL_RE.sub("", name)


# "(trên 100.000 trẻ em).", "(lượt trẻ/năm).", "(cặp)": the unit a target's name declares last
# ("(đơn vị tính: ‰ (trên 1.000 trẻ đẻ sống))": the base in the unit's own bracket)
DECLARED_UNIT_RE = re.compile(r"\(([^()]{1,50})\)\s*\)?\s*[.:]?\s*$")
# a milestone's bare figure: "năm 2028: dưới 12 ⟶", "Kết quả năm 2025: 4.120 ⟶" (its words, not folded)
# ("năm 2025 (thực hiện): 64 ⟶": a label between the year and its figure)
_BARE_FIGURE_RE = re.compile(r"(\b[Nn]ăm\s+(?:19|20)\d\d\s*(?:\([^()]{1,30}\)\s*)?:\s*(?:[^\d\s⟶→;.]+\s+){0,3}?)"
                             r"(\d+(?:[.,]\d+)*(?:/\d+)?)(?=\s*(?:[⟶→;]|\.?$))")


def with_declared_unit(name: str, line: str) -> str:
    """A line of milestones whose figures are bare ("Kết quả năm 2025: 14,6 ⟶ mốc năm 2028:
    dưới 12") with the unit its target's name declares in a closing bracket ("(trên 100.000
    trẻ em)", "(lượt trẻ/năm)"), as a table's unit column gives its cells': "14,6/100.000 trẻ
    em", "4.120 lượt trẻ"; a rate per its base "(đơn vị tính: người/100.000)" as "43/100.000". A
    name declaring none, or a percentage, leaves the line as written."""
    declared = DECLARED_UNIT_RE.search(name)
    if not declared:
        return line
    # "(đơn vị tính: %)", "(ĐVT: ‰, trên 1.000 trẻ đẻ sống)": the unit after its label, a sign first
    unit = re.sub(rf"(?i)^{UNIT_LABEL_WORDS}\s*:\s*", "", declared.group(1).strip())
    unit = re.sub(r"^([%‰])\s*,.*$", r"\1", unit)
    folded = fold_keeping_length(unit.lower())
    per = re.match(r"^[^\d/]{1,30}/\s*(?=\d)", unit)
    if per:      # "trẻ/100.000 trẻ em": what is counted, then its base
        unit, joiner = "/" + unit[per.end():], ""
    elif re.match(r"^(?:tren|/)\s*", folded):
        unit = "/" + re.sub(r"^(?:trên|/)\s*", "", unit, flags=re.IGNORECASE)   # a rate: "/100.000 trẻ em"
        joiner = ""
    elif unit in ("%", "‰"):
        joiner = ""          # "(%)": the figures are percentages
    elif "%" in unit or re.search(r"\d", unit):
        return line
    else:
        unit = re.sub(r"\s*/\s*năm$", "", unit)      # "lượt trẻ/năm": a count each year
        joiner = " "
    # (a part of a whole, "31/53", takes only a noun: "31/53 xã", never a rate's base)
    return _BARE_FIGURE_RE.sub(lambda m: m.group(0) if "/" in m.group(2) and not joiner
                               else f"{m.group(1)}{m.group(2)}{joiner}{unit}", line)


# "Sở Y tế chủ trì, cùng …", "Sở Nông nghiệp và Môi trường phối hợp, phấn đấu giảm tỷ lệ …": who
# leads and partners, said before the measure (roles are read apart)
# ("… chủ trì, phối hợp với Sở Giáo dục và Đào tạo, UBND các xã, phường, phấn đấu …": all up to
# "phấn đấu", the partners' names holding commas)
_ROLES_PREAMBLE_RE = re.compile(r"^(?:(?!\b(?:tỷ lệ|tỷ suất|số)\s)[^.;:]){0,240}?\b(?:chủ trì|phối hợp)\b[^.;:]{0,240}?,\s*(?=phấn đấu\b)"
                                r"|^(?:(?!\b(?:tỷ lệ|tỷ suất|số)\s)[^.;:]){0,160}?\b(?:chủ trì|phối hợp)(?:\s+thực hiện)?\s*,\s*",
                                re.IGNORECASE)


def _clean_metric(text: str) -> str:
    text = squash_spaces(without_unit_label(text)).strip(" ,.;:(")
    text = re.sub(r"\s*(?:tính\s+)?trên\s+1\.?000\s+trẻ đẻ sống|\s*(?:tính\s+)?trên\s+100\.?000\s+trẻ em",
                  "", text)
    text = re.sub(r"\s*\(\s*\)", "", text).strip(" ,.;:(")
    leading = re.compile(r"^(?:và|phấn đấu|phần đầu|phần đấu|phân đầu|giảm|khống chế|có|đạt|"
                         r"ít nhất|nâng|tăng|bình quân)(?:\s+|$)", re.IGNORECASE)
    trailing = re.compile(r"\s+(?:và|đạt|xuống dưới|xuống còn|xuống|còn|dưới|ít nhất|là|từ|vào|thực hiện|phải đạt|"
                          r"đến|có|trên|giảm|ở mức|duy trì|phấn đấu|khống chế|không vượt quá|"
                          r"không quá|tối thiểu|tăng|tăng lên|lên|gấp|tăng gấp|tăng thêm|thêm"
                          # a checkpoint's word before its year ("…: đích năm 2030: 97%", "giữa kỳ năm 2028")
                          r"|đích|giữa kỳ)$", re.IGNORECASE)
    previous = None
    while previous != text:
        previous = text
        text = _ROLES_PREAMBLE_RE.sub("", text)
        text = leading.sub("", text).strip(" ,")
        text = trailing.sub("", text).strip(" ,:")   # "Tử vong …: giảm xuống" leaves no colon
    return text


def parse_targets(text: str, metric_offset: int = 0, eliminations: bool = False,
                  count_unit: str | None = None) -> list[Target]:
    """All targets in an indicator's text, in reading order, each checked against its
    clause (``needs_review`` set when it is not found again there).

    ``metric_offset`` numbers the metrics after those already read (sub-bullets of one
    indicator). Each target keeps its clause (``text``) and its whole sentence
    (``sentence``). With ``eliminations`` (the text is an indicator's own), a metric worded
    as nothing left ("phấn đấu không còn hôn nhân cận huyết thống vào năm 2030", "không để
    xảy ra tình trạng tảo hôn") is a target too, with no figure written after it: ``EXACTLY``
    0, unit ``COUNT``, the plan's words in ``comparator_text`` (``verify.is_elimination``);
    any other text (a task, a passage) sets none of them: "nhằm từng bước xóa bỏ …" is a
    means, not a target.

    ``count_unit`` is what a table's unit column says is counted ("xã/phường", "trường
    hợp", any spelling): a bare number followed by those words is a ``COUNT`` of them."""
    targets: list[Target] = []
    metric_count = metric_offset
    previous: Target | None = None
    for sentence in split_sentences(text):
        references = _REFERENCE_BRACKET_RE.finditer(fold_keeping_length(sentence))
        # "… dưới 1,2% vào năm 2030 (năm 2025: 1,46%)": a figure of another year in brackets
        # after the statement's own is a point of reference, read apart (its year is not the
        # statement's)
        # (a bracket of two years' figures, "(năm 2028: dưới 7‰; năm 2030: dưới 6,2‰)", is the
        # statement's own steps, whatever figure its name holds: "trên 1.000 trẻ đẻ sống")
        references = [m for m in references if _SINGLE_VALUE_RE.search(sentence[:m.start()])
                      and len(re.findall(r"(?:19|20)\d\d\s*:", m.group(0))) < 2]
        body = sentence
        for match in references:
            body = body[:match.start()] + " " * (match.end() - match.start()) + body[match.end():]
        # "(tỉnh giao: 85% và 92%)", "(toàn quốc: dưới 3)": another body's figures beside the
        # plan's own, never its targets
        for match in _OTHERS_FIGURES_RE.finditer(body.lower()):
            body = body[:match.start()] + " " * (match.end() - match.start()) + body[match.end():]
        # "7,2‰[2]", "… trong năm [4]", the footnote's own "[2] …": a footnote's mark, no figure
        body = FOOTNOTE_MARK_RE.sub(lambda m: " " * len(m.group()), body)
        # "GĐ1-02. Giảm …", "(mã SK-03)": an item's code, no figure ("1-02" is no range)
        body = CODE_MARK_RE.sub(lambda m: " " * len(m.group()), body)
        # "Giữa kỳ (năm 2028): 12,8‰": a milestone's year in brackets before its colon is the
        # year of the figure after it, as "năm 2028: 12,8‰" (same length: positions kept)
        body = _BRACKETED_MILESTONE_RE.sub(lambda m: f" {m.group(1)} :", body)
        # "Năm 2025 (đã đạt): 91,6%; Năm 2028 (sơ kết): 94%": the year's label in brackets after
        # it names the checkpoint, the year is the figure's (same length: positions kept)
        body = _LABELLED_YEAR_RE.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1)) - 1) + ":", body)
        before = len(targets)
        # "Tỷ suất … trên 1.000 trẻ đẻ sống: …": a rate named before the colon is the unit of
        # the sentence's bare numbers ("năm 2020 là 11,8; … dưới 10 và … không quá 8")
        head = fold_keeping_length(body.split(":", 1)[0].lower()) if ":" in body else ""
        rate = (bool(_PER_1000_RE.search(head)), bool(_PER_100000_RE.search(head)))
        for clause in split_clauses(body):
            # "Tử vong trẻ em dưới 1 tuổi: đến năm 2025, tỷ suất …": the topic's label before
            # the colon names what the clause measures again; the year opens the clause
            label = _TOPIC_LABEL_RE.match(clause)
            if label:
                clause = clause[label.end():]
            found, metric_count = _parse_clause(clause, metric_count, eliminations, count_unit, rate)
            if not found and previous is not None and _bare_steps(clause, previous):
                # "… xuống dưới 16,4 trên 1.000 trẻ đẻ sống; đến năm 2030 dưới 14,9": a bare
                # figure going on the metric before is in its unit (blind round 171)
                carried = (previous.unit in (PER_1000, PER_1000_LIVE_BIRTHS), previous.unit == PER_100000_CHILDREN)
                found, metric_count = _parse_clause(
                    _with_percent(clause) if previous.unit == PERCENT else clause, metric_count, eliminations,
                    count_unit, carried if any(carried) else rate)
                for target in found:
                    target.unit = previous.unit
                carried_from = previous if found else None
            else:
                carried_from = None
            if label:   # "Tỷ lệ trẻ em … khai sinh: năm 2025 đạt 98,8%": the label names the measure
                named = _MEASURE_LABEL_RE.match(fold_keeping_length(label.group().lower()))
                for target in found:
                    # ("Số diễn đàn …: năm 2027 đạt lũy kế 05 diễn đàn": "lũy kế", "đơn vị" after
                    # a figure are no measure's name beside a label that names one, round 173)
                    if names_no_measure(target.metric) or named and _NO_MEASURE_AFTER_FIGURE_RE.fullmatch(
                            fold_keeping_length(target.metric.lower()).strip()) or named and target.counted \
                            and fold_keeping_length(target.metric.lower()).strip() == fold_keeping_length(target.counted.lower()):
                        target.metric = label.group().rstrip(": ")
            if found and previous is not None and _continues(clause, found, previous):
                # "…: năm 2025: 90%; năm 2030: 95%": the same metric, clause after clause
                metric_count = previous.metric_index
                for target in found:
                    target.metric, target.metric_index = previous.metric, previous.metric_index
                    if target.unit == PER_1000 and previous.unit == PER_1000_LIVE_BIRTHS:
                        target.unit = previous.unit    # "(tính trên 1.000 trẻ đẻ sống)" said before
                    if target.comparator_text is None and _same_comparator(clause, target):
                        target.comparator, target.comparator_text = (previous.comparator,
                                                                     previous.comparator_text)
            starts = {(parse_number(m.group(1)), int(m.group(2))) for m in _FROM_LEVEL_RE.finditer(
                fold_keeping_length(clause.lower()))} if found else set()
            for target in found:
                if (target.value, target.year) in starts and not target.achieved:
                    # "giảm từ 12,5% năm 2025 xuống còn 10% năm 2027": the level it starts
                    # from, reached, no target of that year
                    target.comparator, target.comparator_text, target.achieved = EXACTLY, None, True
            for target in found:
                target.sentence = squash_spaces(sentence)
                # a unit said before the colon ("… trên 1.000 trẻ đẻ sống:") is found there
                checked = dataclasses.replace(target, text=f"{body.split(':', 1)[0]}: {target.text}") \
                    if any(rate) else target
                if carried_from is not None:
                    # the unit is the rate's before: found again in the clause that said it
                    checked = dataclasses.replace(target, text=f"{target.text}; {carried_from.text}")
                target.needs_review = not verify_target(checked)
            targets.extend(found)
            previous = found[-1] if found else previous
        own = targets[before:]
        # "Đến hết năm 2028, giảm A xuống dưới 4,8‰; tỷ lệ B dưới 12,8%; …": the year opening
        # the sentence is every clause's that names none of its own
        folded_body = fold_keeping_length(body.lower())
        label_end = folded_body.find(":", 0, 60) + 1       # "Lĩnh vực y tế: Đến hết năm 2028, …"
        opening = _OPENING_YEAR_RE.match(folded_body) or (_OPENING_YEAR_RE.match(folded_body, label_end)
                                                          if label_end else None)
        if opening and not any(t.year is not None and t.year != int(opening.group(1)) and not t.achieved for t in own):
            for target in own:
                if target.year is None and target.comparator != REDUCE_BY_PER_YEAR:
                    target.year = int(opening.group(1))
        for match in references if own else ():
            shown = sentence[match.start():match.end()].strip()
            folded_bracket = fold_keeping_length(shown.lower())
            # "(năm 2024: 0,04%; năm 2025: 0,035%)": each year its figure
            for pair in _REFERENCE_PAIR_RE.finditer(folded_bracket):
                written = shown[pair.start("value"):pair.end("value")]
                # "(kết quả năm 2025: 14,8)" beside "… trên 100.000 trẻ em xuống dưới 12,5": a bare
                # figure in the statement's own unit
                # (… a figure that unit cannot hold stays bare: "312.450" beside a percentage is a
                # count of children, no rate)
                own_unit = own[-1].unit
                bare = re.fullmatch(rf"\s*{NUMBER_PATTERN}\s*", written)
                ceiling = {PERCENT: 100, PER_1000: 1000, PER_1000_LIVE_BIRTHS: 1000}.get(own_unit)
                if bare and ceiling is not None and (parse_number(written) or 0) > ceiling:
                    bare = None
                if bare and own_unit in (PERCENT, PER_1000):
                    written = f"{written.strip()}{'%' if own_unit == PERCENT else '‰'}"
                elif bare and own_unit == COUNT and own[-1].counted:
                    # "Số cặp tảo hôn … dưới 100 cặp … (năm 2025: 142)": a count of the same things
                    written = f"{written.strip()} {own[-1].counted}"
                bare_rate = (own_unit == PER_1000_LIVE_BIRTHS, own_unit == PER_100000_CHILDREN) if bare else (False, False)
                for target in _parse_clause(f"{written} vào năm {pair.group('year')}", metric_count,
                                            rate=bare_rate)[0][:1]:
                    if target.unit != own[-1].unit:
                        continue   # "(năm 2025: 124 trẻ em)" beside a rate: another measure
                    # a result reached, unless ingest finds the year still ahead of the plan
                    target.metric, target.metric_index = own[-1].metric, own[-1].metric_index
                    target.comparator, target.comparator_text, target.achieved = EXACTLY, None, True
                    qualifier = squash_spaces(shown[pair.start("qual"):pair.end("qual")]).strip(" ,")
                    if re.match(r"(?:ở|tại)\s", qualifier):   # "(năm 2025 ở khu vực thành thị là 9,2%)"
                        target.qualifier = re.sub(r"^(?:ở|tại)\s+", "", qualifier)
                    target.text, target.sentence = shown, squash_spaces(sentence)
                    targets.append(target)
    # "dưới 11‰ (dưới 11 trên 1.000 trẻ đẻ sống) vào năm 2025": the bracket says it again
    # (a figure under words naming no measure of their own: the same target said again)
    seen: set = set()
    kept = []
    for t in targets:
        key = (t.year, t.value, t.unit, t.comparator)
        if (t.metric_index, *key) in seen or (key in seen and names_no_measure(t.metric.strip("() "))):
            continue
        seen.update({(t.metric_index, *key), key})
        kept.append(t)
    targets = kept
    return _merge_repeated_metrics(targets, metric_offset)


# "(tỉnh giao: 85% và 92%)", "(mức tỉnh giao 97%)", "(toàn quốc: …)", "(Trung ương giao …)"
# (lower case, accents kept: "(tính đến 17 tuổi)" is no province's): another body's figures
# (… "(đã giao trước đây, đến năm 2030 theo QĐ 1130/QĐ-UBND: 80%)": a target a review set aside)
_OTHERS_FIGURES_RE = re.compile(r"\(\s*đã giao trước đây\b[^()]*\)|"
                                r"\(\s*(?:mức\s+)?(?:tỉnh|thành phố|huyện|trung ương|toàn quốc|cả nước|quốc gia)"
                                r"(?:\s+(?:giao|đặt|đề ra))?\s*:[^()]*\d[^()]*\)|"
                                r"\(\s*(?:mức\s+)?(?:tỉnh|thành phố|trung ương)\s+(?:giao|đặt|đề ra)\b[^()]*\d[^()]*\)")
# a footnote's mark after a word or figure: "7,2‰[2]", "thai nghén [2]", "[5] [6]"
# a milestone's year in brackets before its colon: "Giữa kỳ (năm 2028):", "Số gốc (kết quả năm 2025):"
_LABELLED_YEAR_RE = re.compile(r"(\bnăm\s+(?:19|20)\d\d)\s*\((?![^()]*\d)[^()]{1,30}\)\s*:", re.IGNORECASE)
_BRACKETED_MILESTONE_RE = re.compile(r"\(\s*((?:[^()]*?\s)?năm\s+(?:19|20)\d\d)\s*\)\s*:", re.IGNORECASE)
# an item's code: its group's capitals, perhaps a digit, a hyphen and its order ("SK-01",
# "GĐ1-02"); a document's number ("23/QĐ-TTg") has none after its hyphen
CODE_MARK_RE = re.compile(r"(?<![\w/.-])[A-ZĐ]{1,4}\d?-\d{1,3}(?![\w/]|[.,]\d)")
FOOTNOTE_MARK_RE = re.compile(r"(?:(?<=\S)\s*|^\s*)\[\d{1,2}\](?:\s*\[\d{1,2}\])*")
# "Đến hết năm 2028, …", "Đến năm 2030:" (folded): a year opening a sentence
_OPENING_YEAR_RE = re.compile(r"\s*(?:phan dau\s+)?(?:den|toi|trong|vao)\s+(?:het\s+|cuoi\s+)?nam\s+((?:19|20)\d\d)\s*[,:]")
# "(năm 2025: 1,46%)", "(ước thực hiện năm 2025: 94,5%)", "(2025: 520/100.000)" (folded): a
# figure of one year in brackets
_REFERENCE_BRACKET_RE = re.compile(
    r"\(\s*(?:uoc\s+)?(?:thuc hien\s+|ket qua\s+|dat\s+)?(?:nam\s+)?(?:19|20)\d\d\b[^()]{1,120}\)", re.IGNORECASE)
# one year and its figure inside such a bracket: "năm 2025: 1,46%", "năm 2025 mới có 76%",
# "năm 2027 phấn đấu 75%", "năm 2025 ở khu vực thành thị là 9,2%" (folded)
_REFERENCE_PAIR_RE = re.compile(
    r"(?:nam\s+)?(?P<year>(?:19|20)\d\d)\b(?P<qual>(?:\s+(?:o|tai)\s+[^():;0-9]{2,40}?)?)\s*"
    r"(?::|=|\b(?:phan dau|moi|chi|uoc)?\s*(?:dat|co|la)\b|\bphan dau\b)\s*"
    r"(?P<value>[^();]{1,30}?)\s*(?=[;)]|,\s*(?:nam\s+)?(?:19|20)\d\d|$)")


def reference_bracket(target: Target) -> bool:
    """Whether ``target`` was read from a bracket of reference ("(năm 2025: 1,46%)") after a
    statement's own figure (``parse_targets`` marks it ``achieved``)."""
    return target.achieved and bool(_REFERENCE_BRACKET_RE.fullmatch(fold_keeping_length(target.text)))


def _merge_repeated_metrics(targets: list[Target], metric_offset: int) -> list[Target]:
    """One metric named again ("đến năm 2025 có 81% trẻ em được tư vấn, đến năm 2030 có
    87% trẻ em được tư vấn") keeps its first number; the others are numbered on from it."""
    numbers: dict[object, int] = {}
    first_index: dict[int, int] = {}
    for target in targets:
        key = target.metric.strip().lower() or ("#", target.metric_index)
        if target.metric_index in first_index and key not in numbers:
            numbers[key] = first_index[target.metric_index]
        numbers.setdefault(key, metric_offset + len(set(numbers.values())) + 1)
        first_index.setdefault(target.metric_index, numbers[key])
        target.metric_index = numbers[key]
    return targets


def split_sentences(text: str) -> list[str]:
    """Sentences: clauses joined back where ``split_clauses`` cut at a sentence end."""
    return _split_outside_brackets(text, at_semicolons=False)


# Words that point back at the figure before instead of naming a measure: "con số này được
# nâng lên 98,5%", "con số tương ứng năm 2030 là 45%", "mục tiêu năm 2030 là", "tiếp tục giảm".
_ANAPHORA = set("""so nay do tuong ung muc tieu chi ty ti le suat ket qua duoc nang tiep tuc tang lan
 thi se tien con""".split())


def names_no_measure(metric: str) -> bool:
    """Whether a target's ``metric`` words name no measure of their own ("", "là", "con số
    này được nâng", "tiếp tục"): the target goes on with the measure before it."""
    return not [w for w in re.findall(r"[a-z]+", fold_keeping_length(metric))
                if w not in _FILLER and w not in _ANAPHORA]


def _continues(clause: str, found: list[Target], previous: Target | None = None) -> bool:
    """A clause made only of years, values, linking words and words pointing back ("con số
    này") continues the metric before — and the things the metric before counts: "…
    tối thiểu 45 xã năm 2026; 70 xã năm 2028; 100 xã năm 2030" (round 168)."""
    # the denominator of a rate ("dưới 13/100.000 trẻ em") is the unit's, not a metric's words
    folded = _RATE_DENOMINATOR_RE.sub(" ", fold_keeping_length(clause))
    counted = set(re.findall(r"[a-z]+", fold_keeping_length((previous.counted or "").lower()))) \
        if previous is not None and previous.unit == COUNT else set()
    words = [w for w in re.findall(r"[a-z]+", folded) if w not in _FILLER and w not in _ANAPHORA
             and w not in counted]
    return not words and all(t.metric_index == found[0].metric_index for t in found)


_DENOMINATOR_WORDS_RE = re.compile(r"^\s*(?:tre de song|tre so sinh|tre em|tre|dan so|nguoi dan|nguoi)\b")
_RATE_DENOMINATOR_RE = re.compile(r"(?:/|\btren\s)\s*\d[\d.]*\s*(?:tre de song|tre so sinh|tre em|tre|dan so|nguoi dan|nguoi)\b")
# A topic's label opening a target ("Tiêm chủng: đến năm 2025, …"): short, no figure, a colon,
# then the year the figure is for.
_TOPIC_LABEL_RE = re.compile(r"^(?![^:]*(?:%|‰|\b(?:19|20)\d\d\b))[^:;]{3,80}:\s+(?=(?:phấn đấu\s+|phan dau\s+)?(?:đến|tới|trong|vào|den|toi|trong|vao)?\s*(?:năm|nam)\s+(?:19|20)\d\d)",
                             re.IGNORECASE)


# a level a change starts from, its year after it, a level it goes to after (folded):
# "từ 12,5% năm 2025 xuống còn 10%", "từ 11,2‰ (năm 2025) xuống dưới 10‰"
_FROM_LEVEL_RE = re.compile(rf"\btu\s+({NUMBER_PATTERN})\s*(?:%|‰|/\s*1[\d.]*\s*\w+(?:\s\w+)?)?\s*\(?\s*(?:vao\s+|trong\s+)?nam\s+"
                            r"((?:19|20)\d\d)\s*\)?\s*,?\s*(?:xuong|len|den|con|giam|tang)\b")


# words after a figure that name no measure: "8/11 đơn vị", "lũy kế 05 …" (folded); a sub-count
# ("trong đó 200 trẻ nữ", "10 xã điểm") keeps its own name
_NO_MEASURE_AFTER_FIGURE_RE = re.compile(r"(?:don vi|luy ke|tong so|tong cong)")


# a label naming a measure (folded): "Số huyện … :", "Tỷ lệ … :", "Tỷ suất … :"
_MEASURE_LABEL_RE = re.compile(r"\s*(?:so|ty le|ti le|ty suat)\s")


def _bare_steps(clause: str, previous: Target) -> bool:
    """Whether a clause is only a year and a figure with no unit ("đến năm 2030 dưới 14,9"),
    after a target in a rate's unit: the figure goes on that rate."""
    if previous.unit not in (PERCENT, PER_1000, PER_1000_LIVE_BIRTHS, PER_100000_CHILDREN) or previous.year is None:
        return False
    folded = fold_keeping_length(clause.lower())
    if not re.search(r"\b(?:19|20)\d\d\b", folded) or re.search(r"[%‰]|/\s*1", folded):
        return False
    if _RELATIVE_STEP_RE.search(folded):
        return False
    figures = [m for m in re.finditer(NUMBER_PATTERN, folded) if not re.fullmatch(r"(?:19|20)\d\d", m.group())]
    words = [w for w in re.findall(r"[a-z]+", folded) if w not in _FILLER and w not in _ANAPHORA]
    return len(figures) == 1 and not words


# "tăng 2 lần", "gấp 1,5", "thêm 15", "giảm 2" (folded): a change by so much, not the level
# reached ("tăng lên 40", "giảm xuống 12", "còn 12" are levels)
_RELATIVE_STEP_RE = re.compile(r"\b(?:lan|gap|them|(?:tang|giam)(?!\s+(?:len|xuong|con|den)\b))\b")


def _with_percent(clause: str) -> str:
    """``clause`` with "%" after its figures that are no years ("dưới 1,8" → "dưới 1,8%")."""
    return re.sub(NUMBER_PATTERN, lambda m: m.group() if re.fullmatch(r"(?:19|20)\d\d", m.group()) else m.group() + "%",
                  clause)


def _same_comparator(clause: str, target: Target) -> bool:
    """No comparing words of its own: the value repeats the comparator before it."""
    return target.comparator == AT_LEAST and not re.search(
        r"\b(?:dat|it nhat|toi thieu|phan dau|tren)\b", fold_keeping_length(clause))


# "từ 19,8 năm 2025", "và 15,5 năm 2030" (folded): a bare figure opening or continuing a run of
# a rate's figures, each before its year
_BARE_RUN_RE = re.compile(r"\b(?:tu|va)\s*$")
# a rate's base written before its figures: "… trên 100.000 trẻ em từ 19,8 …", "‰", "(%)"
_RATE_BASE_BEFORE_RE = re.compile(r"(?:tren|/)\s*1(?:0{2})?\.000\s*(?:tre|nguoi|dan)|phan (?:nghin|tram)")


def _find_events(folded: str, eliminations: bool = False) -> list[_Event]:
    """Years, "duy trì đến năm …" and values of a clause, in reading order. Numbers that
    describe the population ("dưới 5 tuổi"), denominators ("trên 100.000 trẻ em") and
    document numbers ("số 56", "56/2017/NĐ-CP") are left out. With ``eliminations``, an
    elimination ("cơ bản không còn …") with no figure after it in the clause is a value."""
    events: list[_Event] = []
    denominators = [(m.start(), m.end()) for m in _PER_100000_RE.finditer(folded)]
    for match in _MAINTAIN_RE.finditer(folded):
        events.append(_Event(match.start(), match.end(), "maintain", year=int(match.group(1))))
    for match in _PERIOD_RE.finditer(folded):
        events.append(_Event(match.start(), match.end(), "year", year=int(match.group(4)), closes=True))
    taken = [(e.start, e.end) for e in events]
    references = [(m.start(), m.end()) for m in _REFERENCE_YEAR_RE.finditer(folded)]
    taken += references       # "so với năm 2020": a base, not a target year
    for match in _YEAR_RE.finditer(folded):
        if not any(s <= match.start() < e for s, e in taken):
            events.append(_Event(match.start(), match.end(), "year", year=int(match.group(1))))
    years = [e for e in events if e.kind == "year"]
    for match in _BARE_YEAR_RE.finditer(folded):
        group = next(g for g in (1, 2, 3) if match.group(g))
        if match.group(3) and not any(e.end == match.start() for e in years):
            continue     # "năm 2025 và 2030" only: the bare year follows a year
        if not any(s <= match.start(group) < e for s, e in taken):
            events.append(_Event(match.start(group), match.end(group), "year", year=int(match.group(group))))
            years.append(events[-1])
    taken = [(e.start, e.end) for e in events] + references
    for match in _VALUE_RE.finditer(folded):
        if any(s <= match.start() < e for s, e in taken + denominators):
            continue
        if match.group("num2") and not _is_range(folded, match):
            match = _SINGLE_VALUE_RE.match(folded, match.start())
        after = folded[match.end():]
        whole = _WHOLE_AFTER_RE.match(after) if not match.group("unit") and not match.groupdict().get("num2") else None
        whole_n = int(whole.group(1).replace(".", "")) if whole else 0
        # (a whole under 13 only before what it counts, no day before it: "3/8 xã", not "ngày 3/8")
        # (… and no other figure after it in its clause: "3/8 huyện cũ có trên 50% xã" counts no "huyện")
        # ("8/11 đơn vị, năm 2030 đạt 11/11 đơn vị": the next year's figure is past a comma)
        clause = re.split(r"[⟶→;,]|\bva\b", after[whole.end():], maxsplit=1)[0] if whole is not None else ""
        small = whole is not None and whole_n < 13 and re.match(r"\s+(?!hang\b|nam\b)[a-z]", clause) \
            and not re.search(r"\d", re.sub(r"\b(?:19|20)\d\d\b", "", clause)) \
            and not re.search(r"\b(?:ngay|tu|den|truoc|sau)\s*$", folded[max(0, match.start() - 12):match.start()])
        if whole and (13 <= whole_n or small) and ("." in whole.group(1) or not 1900 <= whole_n <= 2100) \
                and parse_number(match.group("num")) <= whole_n:
            # "năm 2030: 86/95 xã" (a part of a whole past any month's number: no date)
            events.append(_Event(match.start(), match.end() + whole.end(), "value", match=match,
                                 whole=whole_n))
            continue
        # ("0,85 lần": a ratio to a base year is a figure; "4 lần" counts visits, no target's)
        ratio = re.match(r"\s*lan\b", after) and re.search(r"\d[.,]\d", match.group("num"))
        if _REFERENCE_AFTER.match(after) or (not match.group("unit") and not ratio
                                             and _NOT_A_VALUE_AFTER.match(after)):
            continue
        if not match.group("unit") and re.match(r"\s*nam\s+(?:19|20)\d\d\b", after) and not re.search(
                r"\b(?:xuong|len|con|dat|duoi|tren|giam|tang|khoang|muc|la)\s*$|:\s*$", folded[max(0, match.start() - 12):match.start()]) \
                and not (_BARE_RUN_RE.search(folded[max(0, match.start() - 8):match.start()])
                         and _RATE_BASE_BEFORE_RE.search(folded[:match.start()])):
            # a bare figure before "năm 2028" is a milestone after "xuống", "đạt" …; "sau 3 năm
            # 2028" none — … or after "từ"/"và" in a rate whose base was written before its figures
            # ("tỷ suất … trên 100.000 trẻ em từ 19,8 năm 2025 xuống 17,5 năm 2028 và 15,5 năm
            # 2030": round 162 had lost 19,8 and 15,5 and given 17,5 for 2030)
            continue
        before = folded[max(0, match.start() - 8):match.start()]
        if re.search(r"(?:so|s\S)\s*:?\s*$", before) and not match.group("unit"):
            continue   # "số 56", a document number
        if re.search(r"\btren\s*$", before) and re.match(r"\s*(?:tre|hoc sinh|nguoi)\b", after) \
                and parse_number(match.group("num")) in (100, 1000, 10000, 100000) and not match.group("unit"):
            continue   # "suy dinh dưỡng … trên 100 trẻ": the rate's base, no figure
        events.append(_Event(match.start(), match.end(), "value", match=match))
    if eliminations:
        events.extend(_elimination_events(folded, events))
    events.sort(key=lambda e: e.start)
    return events


def _elimination_events(folded: str, events: list[_Event]) -> list[_Event]:
    """Value events of the eliminations of a clause that open their metric and have no
    figure after them in the clause ("Phấn đấu không để xảy ra tình trạng lao động trẻ em
    … xuống 4,9%" sets the figure, not nothing left)."""
    found = []
    for match in _ELIMINATION_RE.finditer(folded):
        if not _ELIMINATION_AFTER_RE.search(folded[:match.start()]):
            continue
        if match.group("words").endswith("khong co") and not _NONE_COUNTED_RE.match(folded, match.end("words")):
            continue
        if any(e.kind == "value" and e.start >= match.start() for e in events):
            continue
        if any(e.start <= match.start() < e.end for e in events):
            continue
        found.append(_Event(match.start("words"), match.end("words"), "value", elimination=True))
    return found


def _qualifier(clause: str, folded: str, end: int) -> tuple[str | None, int]:
    """The qualifier written right after a value ("(khu vực nội thành)", "đối với nông
    thôn") and where the value's text ends; a bracket holding a year is not one."""
    value_end = end
    # "dưới 12,5/100.000 trẻ em (mức tối thiểu)", "không quá 170 cặp (mức phấn đấu)": what the
    # figure counts, then the bracket
    counted = re.match(r"\s*(?:tre(?:\s+em|\s+de\s+song)?|[^\W\d]+(?:\s+[^\W\d]+)?)(?=\s*\((?:muc|khu vuc)\b)", folded[end:])
    if counted:
        end += counted.end()
    qual = _QUALIFIER_RE.match(folded[end:])
    if not qual or not (qual.group("paren") or qual.group("for")):
        return None, value_end
    raw = (qual.group("paren") or qual.group("for") or "").strip()
    if qual.group("paren") and _YEAR_RE.fullmatch(raw.strip()):
        return None, value_end    # "(năm 2025)": a year, read as such
    if qual.group("paren") and re.search(r"\d", raw):
        return None, value_end    # "(không quá 148 vụ)": a figure of its own, read as such
    qualifier = squash_spaces(clause[end:end + qual.end()]).strip(" ()")
    if qualifier.lower().startswith("đối với "):
        qualifier = qualifier[8:]
    if not raw.startswith("khu vuc") and qual.group("paren"):
        qualifier = qualifier if "khu vuc" in raw or len(raw.split()) <= 4 else None
    return qualifier, end + qual.end()


def _unit(match: re.Match, clause: str, folded: str, per_1000: bool, per_100000: bool,
          count_unit: str | None = None) -> tuple[str | None, str | None, str]:
    """(unit, what is counted, the unit as written) of a value; unit None for a bare number."""
    unit_text = (match.group("unit") or "").replace(" ", "")
    unit_text = unit_text or (match.groupdict().get("unit1") or "").strip()
    if unit_text.startswith("%"):
        return PERCENT, None, unit_text
    if unit_text.startswith("‰"):
        return (PER_1000_LIVE_BIRTHS if per_1000 else PER_1000), None, unit_text
    if unit_text.startswith("phan"):
        # "xuống còn 14 phần nghìn trẻ đẻ sống": per mille written in words
        live = per_1000 or folded[match.end():match.end() + 20].lstrip().startswith("tre de song")
        return (PER_1000_LIVE_BIRTHS if live else PER_1000), None, unit_text
    if "100.000" in unit_text:
        return PER_100000_CHILDREN, None, unit_text
    if "1.000" in unit_text or per_1000:
        return PER_1000_LIVE_BIRTHS, None, unit_text
    if per_100000:
        return PER_100000_CHILDREN, None, unit_text
    if _PER_10000_RE.search(folded) and not unit_text:
        # "tỷ lệ trẻ em vi phạm pháp luật trên 10.000 trẻ em dưới 2,0": a bare figure per 10.000,
        # as "dưới 3,6/10.000" is written (blind round 139)
        return COUNT, "/10.000", unit_text
    if _NOUN_PER_100000_RE.match(folded, match.end()):
        return PER_100000_CHILDREN, None, unit_text
    if count_unit and folded[match.end():].lstrip().startswith(fold_keeping_length(count_unit)):
        return COUNT, count_unit, unit_text     # "≥ 80 xã/phường": the unit column's words
    noun = _COUNTED_RE.match(folded[match.end():])
    if noun and noun.group(1) == "lan" and not re.search(r"\d[.,]\d", clause[match.start():match.end()]):
        noun = None
    if noun:
        # "110 bé trai/100 bé gái": a count per 100 of another (the sex ratio at birth) keeps its base
        end = match.end() + noun.end()
        per = _PER_HUNDRED_RE.match(folded, end)
        end = per.end() if per else end
        return COUNT, squash_spaces(clause[match.end():end]).strip(), unit_text
    return None, None, unit_text


def counted_noun(name: str) -> str | None:
    """What a count's name counts, as written, when it opens "Số <noun>" ("Số xã, phường, thị
    trấn có cộng tác viên …" → "xã, phường"); None for any other name ("Số lượng …", "Tỷ lệ
    …"). A table row with no unit counts in it (blind round 169: "| 150 | 165 | … | 207 |")."""
    folded = fold_keeping_length(name.lower())
    lead = re.match(r"\s*so\s+", folded)
    noun = _COUNTED_RE.match(folded[lead.end():]) if lead else None
    if not noun or noun.group(1) in ("lan", "ca", "em", "ban"):
        return None
    return squash_spaces(name[lead.end():lead.end() + noun.end()]).strip(" ,")


def _comparator_text(clause: str, folded: str, gap_start: int, value_start: int) -> str | None:
    """The comparing words right before a value, as the plan writes them: "không vượt quá",
    "khống chế ở mức dưới", "giảm còn", "≥"."""
    tokens: list[re.Match] = []
    for token in reversed(list(re.finditer(r"[a-z]+|[≥>≤<]", folded[gap_start:value_start]))):
        end = tokens[-1].start() if tokens else value_start - gap_start
        if folded[gap_start + token.end():gap_start + end].strip() or \
                not (token.group() in _COMPARATOR_WORDS or token.group() in "≥>≤<"):
            break
        tokens.append(token)
    while tokens and (tokens[-1].group() in ("con", "co", "la") or clause[
            gap_start + tokens[-1].start():gap_start + tokens[-1].end()].lower() == "hôn"
            or tokens[-1].group() == "dau" and not folded[:gap_start + tokens[-1].start()].rstrip().endswith("phan")):
        tokens.pop()      # "(mẹ sang) con giảm …", "có ít nhất", "tảo hôn giảm", "(6 tháng) đầu đạt": not comparing words
    if not tokens:
        return None
    start = tokens[-1].start()
    words = squash_spaces(clause[gap_start + start:value_start]).strip(" :,")
    return words if fold_keeping_length(words) not in ("co", "la", "o", "tang", "bang") else None


def _year_opens(folded: str, events: list[_Event], index: int) -> bool:
    """A year followed by its value with only linking words between: "năm 2025 đạt A",
    "năm 2025: A", "đến năm 2030 có B", "đến năm 2025 giảm còn dưới A"."""
    event = events[index]
    if index + 1 >= len(events) or events[index + 1].kind != "value":
        return False
    gap = folded[event.end:events[index + 1].start]
    if re.search(r"[;()]", gap):
        return False
    words = re.findall(r"[a-z]+", gap)
    return len(words) <= 6 and all(w in _LINKING for w in words)


def _parse_clause(clause: str, metric_count: int, eliminations: bool = False,
                  count_unit: str | None = None, rate: tuple[bool, bool] = (False, False)
                  ) -> tuple[list[Target], int]:
    """Targets of one clause; ``metric_count`` metrics were read before it. ``rate``: (per
    1.000 live births, per 100.000 children) said for the whole sentence ("Tỷ suất … trên
    1.000 trẻ đẻ sống: năm 2020 là 11,8; …"), the unit of its bare numbers."""
    folded = fold_keeping_length(clause)
    events = _find_events(folded, eliminations)
    metrics, pairing = _read_events(clause, folded, events, metric_count, count_unit, rate)
    names = _name_metrics(clause, folded, events, metrics)
    targets = [Target(
        metric=names.get(value.metric_index, ""), metric_index=value.metric_index,
        year=year, value=value.value, unit=value.unit, comparator=value.comparator,
        value_max=value.value_max, qualifier=value.qualifier, counted=value.counted,
        maintained=maintained, text=squash_spaces(clause), comparator_text=value.comparator_text)
        for value, year, maintained in pairing.results]
    used = max([m.index for m in metrics if m.values], default=metric_count)
    return targets, max(used, metric_count)


def _read_events(clause: str, folded: str, events: list[_Event], metric_count: int,
                 count_unit: str | None = None, rate: tuple[bool, bool] = (False, False)
                 ) -> tuple[list[_Metric], _Pairing]:
    """Values grouped into metrics, and each value paired with its year."""
    per_1000 = bool(_PER_1000_RE.search(folded)) or rate[0]
    per_100000 = bool(_PER_100000_RE.search(folded)) or rate[1]
    metrics: list[_Metric] = []
    pairing = _Pairing()
    previous_end, previous_kind = 0, None
    break_at: tuple[int, int] | None = None    # (metric start, first event) after an opening year
    carried: tuple[int, int] | None = None     # (opened year, year kept to) before any value
    for index, event in enumerate(events):
        gap = folded[previous_end:event.start]
        if event.kind == "value":
            value = _read_value(clause, folded, event, previous_end, metrics, metric_count,
                                break_at, per_1000, per_100000, count_unit)
            break_at = None
            if value is not None:
                value.default_year = pairing.open_year
                pairing.pending.append(value)
                previous_end = value.end
            else:
                previous_end = event.end
            previous_kind = "value"
            continue
        if event.kind == "year":
            _pair_year(folded, events, index, gap, previous_kind, pairing)
            if pairing.open_year == event.year and metrics \
                    and len([w for w in _content_words(gap) if w not in _ANAPHORA]) >= 2 \
                    and _year_opens(folded, events, index):
                break_at = (previous_end, event.start)   # "…, tỷ lệ B: năm 2025 đạt …"
            elif not metrics and break_at is None:
                break_at = (0, event.start)
        elif event.kind == "maintain":
            if not (pairing.pending or pairing.last_group or pairing.results) \
                    and pairing.open_year is not None:
                carried = (pairing.open_year, event.year)   # "Đến năm 2025 và duy trì đến năm 2030, …"
            if pairing.pending:     # "… đạt 100%, duy trì đến năm 2030" with no year before
                pairing.settle(use_default=True)
            pairing.results.extend((v, event.year, True) for v in pairing.last_group)
        previous_end, previous_kind = event.end, event.kind
    for value in pairing.pending:   # no year after it: the year it was opened with, or none
        year = value.default_year
        if year is None and value.in_brackets:
            year = pairing.last_year
        pairing.results.append((value, year, value.maintained))
    pairing.pending = []
    if carried:       # the values the opened year went to are kept to the later year too
        pairing.results = [item for value, year, maintained in pairing.results
                           for item in ([(value, year, maintained)] + (
                               [(value, carried[1], True)] if year == carried[0] else []))]
    return metrics, pairing


# "6,8/100.000 trẻ em năm 2025": what a rate counts, between its value and its year
# (… and the rate's base after them: "9,6 trẻ em trên 100.000 trẻ em năm 2025", round 157)
_RATE_WORDS_GAP_RE = re.compile(r"\s*(?:tre(?:\s+em|\s+de\s+song)?|em)?\s*"
                                r"(?:(?:tren|/)\s*1(?:0{2})?\.000\s*(?:tre(?:\s+em|\s+de\s+song)?|em|nguoi)?\s*)?")


def _pair_year(folded: str, events: list[_Event], index: int, gap: str,
               previous_kind: str | None, pairing: _Pairing) -> None:
    """Give a year to the values before it, or open it for the values after it."""
    event = events[index]
    own_bracket = folded[:event.start].rstrip().endswith("(") and \
        folded[event.end:].lstrip().startswith(")")       # "A (năm 2025)", "A (2025)"
    opens = not own_bracket and _year_opens(folded, events, index)
    # "đạt 99% năm 2025, phấn đấu 100% năm 2030": a year written straight after a value is
    # that value's, though what follows it could open the next
    after_value = (folded[event.start:event.start + 4] == "vao " or event.closes
                   or (previous_kind == "value" and (not gap.strip() or _RATE_WORDS_GAP_RE.fullmatch(gap)))) \
        and not re.search(r"[,:]", gap)
    # "Năm 2026: đạt 88% Năm 2028: đạt 91%" (a line each, joined): a year before a colon
    # labels the value after it, never the one before it
    labels = folded[event.end:event.end + 3].lstrip().startswith(":") and not own_bracket
    if pairing.pending and labels and previous_kind == "value" and not re.search(r"[;(]", gap):
        pairing.settle(use_default=True)
        pairing.open_year = event.year
    elif pairing.pending and "tuong ung" in folded and len(pairing.pending) > 1:
        # "90% và 95% tương ứng vào các năm 2025 và 2030": one year per value, in order
        first = pairing.pending.pop(0)
        pairing.results.append((first, event.year, first.maintained))
        pairing.last_group = [first]
    elif pairing.pending and (own_bracket or not opens or after_value):
        pairing.settle(event.year)       # "7,3% vào năm 2025", "A (năm 2025)"
    elif opens:
        pairing.settle(use_default=True)
        pairing.open_year = event.year   # "năm 2025 đạt A", "trong đó năm 2025 đạt A"
    elif previous_kind == "year" and pairing.last_group and not _content_words(gap):
        pairing.results.extend((v, event.year, False) for v in pairing.last_group)
    elif not pairing.results and len(_content_words(folded[:event.start])) < 2:
        pairing.open_year = event.year   # "Đến năm 2025, tỷ lệ … đạt 90%"
    elif not pairing.pending and folded[event.end:event.end + 3].lstrip().startswith(":"):
        # "Tiêm chủng đầy đủ Năm 2025: tỷ lệ … đạt 88%": the colon gives what follows to the year
        pairing.open_year = event.year
    pairing.last_year = event.year


def _read_value(clause: str, folded: str, event: _Event, previous_end: int,
                metrics: list[_Metric], metric_count: int, break_at: tuple[int, int] | None,
                per_1000: bool, per_100000: bool, count_unit: str | None = None) -> _Value | None:
    """The value of a value event, in its metric (a new one when words separate it from
    the event before); None for a bare number that is not a target."""
    match, start = event.match, event.start
    gap = folded[previous_end:start]
    if event.elimination:
        return _read_elimination(clause, event, gap, metrics, metric_count)
    qualifier, end = _qualifier(clause, folded, event.end)
    unit, counted, unit_text = _unit(match, clause, folded, per_1000, per_100000, count_unit)
    if event.whole is not None:
        unit, counted = COUNT, folded[event.start:event.end][folded[event.start:event.end].index("/"):]   # "/36.200", as written
    elif unit == COUNT and counted and "/" in counted:
        # a count per 100 of another runs to its base ("111,6 bé trai/100 bé gái"): the year
        # after it is its own ("… năm 2025 xuống 110,5 năm 2028")
        at = folded.find(fold_keeping_length(counted.lower()), match.end(), match.end() + len(counted) + 4)
        end = max(end, at + len(counted)) if at >= 0 else end
    if unit == COUNT and event.whole is None and folded.lstrip().startswith(("ty le", "ti le")) \
            and _RATE_AFTER_COUNT_RE.match(folded, end):
        # "Tỷ lệ trẻ em … được học 2 buổi/ngày đạt 96%", "Tỷ lệ xã có ít nhất 1 điểm vui chơi đạt
        # 80%": the count names whom the rate counts; the rate's figure follows its verb
        return None
    in_brackets = clause[:start].count("(") > clause[:start].count(")")
    # words pointing back ("; con số tương ứng vào năm 2030 là") name no new measure
    new_metric = (not metrics or break_at is not None
                  or len([w for w in _content_words(_COMPARED_TO_RE.sub(" ", gap)) if w not in _ANAPHORA]) >= 2
                  or (in_brackets and not metrics[-1].values[-1].in_brackets
                      if metrics[-1].values else False))
    if new_metric and not (metrics and not metrics[-1].values):
        metric_start, first = break_at if break_at else (previous_end if metrics else 0, start)
        metrics.append(_Metric(index=metric_count + len(metrics) + 1, start=metric_start,
                               first_event=first))
    metric = metrics[-1]
    prior = metric.values[-1] if metric.values else None
    if unit is None and prior is not None:
        unit, counted = prior.unit, prior.counted
    if unit is None:
        return None
    has_max = match.groupdict().get("num2") is not None
    # "giảm 5%/năm" a change each year; "duy trì 100% hằng năm", "đạt 100% mỗi năm" a level
    per_year = unit_text.endswith("nam") and (re.search(r"\b(?:giam|tang)\b(?!\s+(?:cuong|thieu|truong)\b)", gap) is not None
                                              or not re.search(r"\b(?:duy tri|dat|bao dam|dam bao)\b", gap))
    comparator = _comparator(gap, has_max, per_year, folded[match.end():])
    words = _comparator_text(clause, folded, previous_end, start)
    if comparator is None and unit == COUNT and parse_number(match.group("num")) == 0:
        comparator = EXACTLY        # "Mốc năm 2030: 0 ca": none at all, not "at least none"
    elif comparator is None:
        comparator = prior.comparator if prior else AT_LEAST
        # ("Ít nhất 8/13 … và 13/13": a part of its whole says no words of its own)
        words = words or (prior.comparator_text if prior and event.whole is None else None)
    elif words and prior is not None and prior.comparator == comparator and prior.comparator_text:
        # "giảm ít nhất 10% vào năm 2025 và ít nhất 20% vào năm 2030": still a reduction
        verb = re.match(r"(?:giảm|tăng)\s+", prior.comparator_text, re.IGNORECASE)
        if verb and fold_keeping_length(prior.comparator_text[verb.end():]) == fold_keeping_length(words):
            words = prior.comparator_text
    value = _Value(
        value=parse_number(match.group("num")),
        value_max=parse_number(match.group("num2")) if has_max else None,
        unit=unit, comparator=comparator, qualifier=qualifier, counted=counted,
        maintained="duy tri" in gap, metric_index=metric.index, start=start, end=end,
        in_brackets=in_brackets, comparator_text=words)
    metric.values.append(value)
    return value


def _read_elimination(clause: str, event: _Event, gap: str, metrics: list[_Metric],
                      metric_count: int) -> _Value:
    """The value of an elimination ("cơ bản không còn …"): 0, a metric of its own."""
    if not metrics or metrics[-1].values:
        metrics.append(_Metric(index=metric_count + len(metrics) + 1, start=event.start,
                               first_event=event.start))
    metric = metrics[-1]
    value = _Value(value=0.0, value_max=None, unit=COUNT, comparator=EXACTLY, qualifier=None,
                   counted=None, maintained="duy tri" in gap, metric_index=metric.index,
                   start=event.start, end=event.end, in_brackets=False,
                   comparator_text=squash_spaces(clause[event.start:event.end]), elimination=True)
    metric.values.append(value)
    return value


def _name_metrics(clause: str, folded: str, events: list[_Event], metrics: list[_Metric]
                  ) -> dict[int, str]:
    """Each metric's own words: those before its first year or value, or, when the value
    comes first ("98% trẻ em dưới 5 tuổi được tiêm chủng …"), those after it."""
    names: dict[int, str] = {}
    value_first = False
    for metric in metrics:
        if not metric.values:
            continue
        first = metric.values[0]
        if first.elimination:
            # what is to be gone: the words after "không còn", up to the next year or value
            following = [e.start for e in events if e.start >= first.end]
            names[metric.index] = _clean_metric(clause[first.end:following[0] if following else len(clause)])
            continue
        stop = metric.first_event if metric.first_event is not None else first.start
        name = _clean_metric(clause[metric.start:min(stop, first.start)])
        if len(_content_words(fold_keeping_length(name))) < 2:
            # "Năm 2025: tỷ lệ … đạt 90%": the words between the opening year and the value
            before = [e.end for e in events if e.kind != "value" and stop <= e.start and e.end <= first.start]
            if before:
                name = _clean_metric(clause[before[-1]:first.start]) or name
        if value_first or len(_content_words(fold_keeping_length(name))) < 2:
            value_first = value_first or metric is metrics[0]
            following = [e.start for e in events if e.start >= first.end]
            end = following[0] if following else len(clause)
            after = clause[first.end:end]
            if first.unit in (PER_100000_CHILDREN, PER_1000, PER_1000_LIVE_BIRTHS):
                # "5,2/100.000 trẻ em": what a rate counts is its unit's, no measure's name
                denominator = _DENOMINATOR_WORDS_RE.match(fold_keeping_length(after.lower()))
                after = after[denominator.end():] if denominator else after
            name = _clean_metric(after) or name
        names[metric.index] = name
    return names


# A count written as a share of a whole in a table cell: "Ít nhất 8/13" (districts), "13/13".
_FRACTION_CELL_RE = re.compile(r"(?P<words>[^\d/]*?)\s*(?P<part>\d{1,4})\s*/\s*(?P<whole>\d{1,4})")


def fraction_target(cell: str, year: int, name: str, sentence: str, shown: str) -> Target | None:
    """The target of a table cell that is only a share of a whole, with the plan's comparing
    words before it ("Ít nhất 8/13" → at least 8, ``unit`` COUNT, ``counted`` "/13"); None for
    any other cell, and for a part larger than its whole (a date such as "15/6" is none).
    ``name`` is the row's indicator name (the metric), ``sentence`` the row read as a
    sentence (``Target.text``), ``shown`` the row as written (``Target.sentence``)."""
    match = _FRACTION_CELL_RE.fullmatch(squash_spaces(cell))
    if not match:
        return None
    part, whole = int(match.group("part")), int(match.group("whole"))
    if whole == 0 or part > whole:
        return None
    words = match.group("words").strip(" :")
    folded = fold_keeping_length(words)
    comparator = (_comparator(folded, False, False, "") if folded else None) or AT_LEAST
    return Target(metric=_clean_metric(name), metric_index=1, year=year, value=float(part), unit=COUNT,
                  comparator=comparator, counted=f"/{whole}", text=sentence,
                  comparator_text=words or None, sentence=shown)
