"""Document structure: plain text → paragraphs, each with its heading path.

The plans come as text converted from Word or PDF, with four kinds of noise this module
removes before anything else reads them:

* Markdown-ish markup (``**bold**``, ``*italic*``, ``## heading``, hard breaks ``"  \\n"``);
* paragraphs wrapped over several lines (the OCR plan wraps every line);
* paragraphs broken by page breaks in mid-sentence: ``"… gửi Sở\\n\\nLao động - Thương …"``;
* a heading run into its first item on one line (OCR, a PDF's reflow): ``"Nhóm mục tiêu A -
  Sức khỏe … 1) Tỷ suất …"``.

The result is a list of ``Paragraph`` with its marker (``III``, ``2``, ``1.2``, ``a``, ``-``),
whether it is a heading, and the section path used for citations:
``"III › 2. Sở Tư pháp"``.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from knowledge.text import circled_value, UNIT_LABEL_WORDS, fold, fold_keeping_length, nfc, squash_spaces
from knowledge.vocab import ORDINALS
from knowledge.parse.roles import LEAD_LINE_RE, PARTNER_LINE_RE
from knowledge.parse.targets import with_declared_unit

SEPARATOR = " › "

# Heading levels.
ROMAN, NUMBER, SUBNUMBER, LETTER = 1, 2, 3, 4

_ARTICLE_RE = re.compile(r"^(?:Điều|ĐIỀU)\s+(\d{1,2})\s*[.:]\s+(\S.*)$")
_ROMAN_RE = re.compile(r"^([IVX][IVXl1]{0,4})\.\s+(\S.*)$")
_SUBNUMBER_RE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.\s+(\S.*)$")
# (not a number with its thousands: a wrapped line opening "1.000 ngày đầu đời, …", round 164)
_NUMBER_RE = re.compile(r"^(\d{1,2})\.(?!\d{3}(?:[\s.,;]|$))\s*(?!\d+\.)(\S.*)$")
_LETTER_RE = re.compile(r"^([a-hk-uđ])[\).]\s+(\S.*)$")
_BULLET_RE = re.compile(r"^[-–•+]\s*(\S.*)$")
# the letters of a Vietnamese list a roman numeral could be, and the letter each follows
_ROMAN_LOOKING_LETTER_RE = re.compile(r"^([ivxy])\)\s+(\S.*)$")
_LETTER_BEFORE = {"i": "h", "v": "u", "x": "v", "y": "x"}
# "[1a] Số xã …", "[SK-03] …": an item coded in square brackets (its goal's number and a letter)
_BRACKET_CODE_RE = re.compile(r"^\[(\d{1,2}[a-zđ]|\d{1,2}\.\d{1,2}|\d{1,2}-\d{1,2}|[a-hđ]\.\d{1,2}|[A-ZĐ]{1,4}\d?-\d{1,3}|[A-ZĐ]{1,4} ?\d{1,2})\]\s+(\S.*)$")
# "Chỉ tiêu QG 3: Tỷ suất …", "Chỉ tiêu R1: …": a target named by its code after "Chỉ tiêu"
_NAMED_CODE_LINE_RE = re.compile(r"^(\s*)Chỉ tiêu\s+([A-ZĐ]{1,4} ?\d{1,2}|[a-hđ]\.\d{1,2}(?=\.)|\d{1,2}\.\d{1,2}(?=\s*:))\s*[:.]\s+(?=\S)")
# "(iv) tỷ suất …" (a list written inline), "(C) Tỷ suất …" (a target named by its capital letter)
_INLINE_ITEM_RE = re.compile(r"^\(([ivx]{1,5}|[A-Z])\)\s+(\S.*)$")
# "II.3. Đuối nước: …": an item coded by its group's Roman numeral and its order in the group;
# "CT-01. Tỷ lệ …", "TE-12: …": an item coded by capitals, a hyphen and its number
_CODED_ITEM_RE = re.compile(r"^([IVX]{1,4}\.\d{1,2}(?=\.?\s)|(?!(?:QĐ|NĐ|TT|KH|NQ|QH|CV|TB|BC|HD|HĐ)-)[A-ZĐ]{1,4}\d{0,2}-\d{1,2}(?=[.:]\s)"
                            r"|[A-H]\d{1,2}(?=\.\s)|[A-Z]\d{1,2}(?=\s+[-–]\s)"     # "A1. …", "S1 - …": a target coded by its group's letter
                            r"|(?!(?:QĐ|NĐ|TT|KH|NQ|CV|TB|BC)\d)[A-ZĐ]{2,3}\d{1,2}(?=\s+[-–]\s)"   # "VL12 - …": the plan's letters, its order
                            r"|(?!(?:QĐ|NĐ|TT|KH|NQ|CV|TB|BC)\d)[A-ZĐ]{2,3}\d{1,2}(?=\.\s)"   # "TC01. …", "TQ7. …": letters, the order
                            r"|[A-ZĐ]{1,3}\d{1,2}-[a-zđ](?=[.:]\s)"   # "MT1-a. …": its goal's code and its letter
                            r"|\d{1,2}\.[A-H]\.\d{1,2}(?=\s)"   # "3.E.2 …": its goal, its group's letter, its order
                            r"|[A-ZĐ]{1,4}\.\d{2,3}(?=:\s|\s+[—–-]\s)"   # "Đ.01: …", "HK.01 – …": letters, a dot, the order padded
                            r"|(?!(?:QĐ|NĐ|TT|KH|NQ|QH|CV|TB|BC|HD|HĐ)-)[A-ZĐ]{1,3}-\d{1,2}(?=\s+[—–-]\s)"   # "A-1 — Tỷ lệ …"
                            r"|[A-ZĐ]{2,5} \d{1,2}\.[0-9a-z]{1,2}\.\d{1,2}(?=\.\s)"   # "PTBV 3.b.1. …": a national indicator's number
                            r"|[A-ZĐ]{1,4}-[A-Z]\d{1,2}(?=\.\s))"   # "GL-R1. …": the province's letters, its own series
                            r"[.:]?\s+(?:[-–]\s+)?(\S.*)$")   # "QĐ-23: …" cites a decision, codes no item
_DOTTED_CODE_RE = re.compile(r"^([A-ZĐ]{1,4}\.\d{2,3})(?::|\s+[—–-])\s+(\S.*)$")
# "14.c  Tỷ lệ …": a target coded by a number and a letter (an article of a law and its order),
# its words capitalised after it
_NUMBER_LETTER_CODE_RE = re.compile(r"^(\d{1,2}\.[a-zđ])[.:]?\s+(\S.*)$")
_MD_HEADING_RE = re.compile(r"^#{1,6}(?:\s+|$)")     # ("#01 …" is an item numbered by its sign)
_BOLD_LEAD_RE = re.compile(r"^\*\*(.+?)\*\*(.*)$")
_EMPHASIS_RE = re.compile(r"\*+")
_TERMINAL = ".;:!?…"
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
# "Phần thứ nhất" / "PHẦN THỨ HAI" / "Phần I" / "Phần 3": a part, the top level of a plan
# written in parts; its title follows on the same line or the next ("MỤC TIÊU …").
_PART_RE = re.compile(r"^phan\s+(?:thu\s+(nhat|mot|hai|ba|tu|bon|nam|sau|bay|tam|chin|muoi)"
                      r"|([ivx]{1,4}|\d{1,2}))(?![\w])\s*[.:\-–]?\s*", re.IGNORECASE)
# "Một là, …", "Hai là, …" (bold or not): an item opened by its ordinal word
_ORDINAL_ITEM_RE = re.compile(r"^(Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+là\s*[,:]\s*(\S.*)$")
# "(1) Tỷ lệ …" or "1) Tỷ lệ …": an item numbered in brackets starts a paragraph of its own.
_PAREN_ITEM_RE = re.compile(r"^\(?\d{1,2}\)\s+\S")
# The same item run into the heading above it on one line, as OCR or a PDF's reflow joins
# them: "Nhóm mục tiêu A - Sức khỏe … 1) Tỷ suất …" (the item starts with a capital).
_RUN_IN_ITEM_RE = re.compile(r"\s(\(?\d{1,2}\)\s+\w)")
_GROUP_LINE_RE = re.compile(r"^nhom\s+(?:(?:cac\s+)?(?:muc tieu|chi tieu)\s+(?:\d{1,2}|[ivx]{1,4}|[a-h])\s*[-–:.)]"
                            r"|(?:[a-h]|[ivx]{1,4}|\dxx)\s*[-–:.)]\s+\S)")     # "Nhóm B. Tham gia", "Nhóm 2xx - …"
# "Nhóm 1: Chăm sóc sức khỏe và dinh dưỡng": a group of numbered targets, its title capitalised.
# "Nhóm thứ hai. Bảo vệ trẻ em": the same, numbered in words.
NUMBERED_GROUP_RE = re.compile(r"^(?:nhom\s+(?:(\d{1,2})\s*:|thu\s+(nhat|hai|ba|tu|bon|nam|sau|bay|tam|chin|muoi)"
                               r"\s*[:.\-–])"
                               # "Chương trình thành phần số 2 — Sức khỏe, dinh dưỡng …": a part of the programme
                               r"|(?:chuong trinh thanh phan|tieu chuong trinh)\s+(?:so\s+)?(\d{1,2})\s*[:.\-–—])\s*(?=\S)")
_HEAD_MARKER_RE = re.compile(r"^(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})?|[a-zđ])[.)]\s+")
_SENTENCE_END_RE = re.compile(r"[.;!?…](?:\s|$)")


@dataclass
class Heading:
    level: int
    label: str       # "III", "2", "1.2", "a"
    title: str       # short title for the section path

    def display(self) -> str:
        if self.level == ROMAN:
            return self.label
        if self.level == LETTER:
            return f"{self.label}) {self.title}".strip()
        return f"{self.label}. {self.title}".strip()


@dataclass
class Paragraph:
    text: str                    # the whole paragraph, markup removed, lines joined
    body: str                    # text without its marker
    kind: str                    # "roman", "number", "subnumber", "letter", "bullet", "plain"
    label: str | None            # marker value: "III", "2", "1.2", "a"; None for bullets/plain
    position: int
    heading: Heading | None = None           # set when the paragraph is a heading
    path: list[Heading] = field(default_factory=list)   # enclosing headings (incl. itself)
    bold_lead: str | None = None             # text that was bold at its start

    @property
    def section(self) -> str:
        return SEPARATOR.join(h.display() for h in self.path)

    @property
    def folded(self) -> str:
        return fold_keeping_length(self.text)


@dataclass
class Document:
    lines: list[str]             # cleaned lines, page breaks and wraps still in place
    paragraphs: list[Paragraph]
    label_total: int | None = None   # T of targets numbered "Chỉ tiêu n/T", as the plan writes them

    def sections(self, level: int) -> list[tuple[Paragraph, list[Paragraph]]]:
        """Each heading of ``level`` with the paragraphs under it (up to the next heading of
        that level or higher)."""
        result: list[tuple[Paragraph, list[Paragraph]]] = []
        current: tuple[Paragraph, list[Paragraph]] | None = None
        for para in self.paragraphs:
            if para.heading is not None and para.heading.level <= level:
                current = (para, []) if para.heading.level == level else None
                if current:
                    result.append(current)
                continue
            if current is not None:
                current[1].append(para)
        return result


def roman_value(label: str) -> int | None:
    """``"III"`` → 3; OCR'd numerals too: ``"I11"`` → 3, ``"I1"`` → 2."""
    letters = label.replace("1", "I").replace("l", "I")
    total, previous = 0, 0
    for ch in reversed(letters):
        value = _ROMAN_VALUES.get(ch)
        if value is None:
            return None
        total = total - value if value < previous else total + value
        previous = max(previous, value)
    return total or None


def to_roman(value: int) -> str:
    table = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for number, letters in table:
        while value >= number:
            out += letters
            value -= number
    return out


def clean_line(line: str) -> tuple[str, str | None]:
    """One line without markup, and the text that was bold at its start, if any."""
    line = line.rstrip()
    line = _MD_HEADING_RE.sub("", line.strip())
    bold = None
    match = _BOLD_LEAD_RE.match(line)
    if match:
        bold = _EMPHASIS_RE.sub("", match.group(1)).strip()
    line = _EMPHASIS_RE.sub("", line)
    line = _PER_MILLE_TYPED_RE.sub("‰", line)
    return squash_spaces(line), bold


# "18,5%o": per mille typed (or read by OCR) as a percent sign and an "o"
_PER_MILLE_TYPED_RE = re.compile(r"(?<=\d)\s?%[oO0](?![\w])")


def _part(text: str) -> tuple[int, str] | None:
    """(number, title) of a part heading ("Phần thứ hai: NHIỆM VỤ" → (2, "NHIỆM VỤ"))."""
    if text[:4].lower() not in ("phần", "phan"):
        return None           # most lines: no folding needed
    match = _PART_RE.match(fold_keeping_length(text))
    if not match:
        return None
    if match.group(1):
        number = ORDINALS[match.group(1).lower()]
    elif match.group(2).isdigit():
        number = int(match.group(2))
    else:
        number = roman_value(match.group(2).upper()) or 0
    return (number, text[match.end():].strip()) if number else None


def _classify(text: str) -> tuple[str, str | None, str]:
    """(kind, label, body) of a paragraph's first line."""
    part = _part(text)
    if part:
        return "roman", to_roman(part[0]), part[1]
    ordinal = _ORDINAL_ITEM_RE.match(text)
    if ordinal:   # "Hai là, tỷ suất …": an item opened by its ordinal word, numbered so
        return "bullet", str(ORDINALS[fold_keeping_length(ordinal.group(1).lower())]), ordinal.group(2)
    inline = _INLINE_ITEM_RE.match(text) or _CODED_ITEM_RE.match(text) or _BRACKET_CODE_RE.match(text)
    lettered = _NUMBER_LETTER_CODE_RE.match(text) if not inline else None
    if lettered and lettered.group(2)[:1].isupper():
        return "bullet", lettered.group(1), lettered.group(2)
    if inline:   # "(ii) tỷ suất …" (a list written inline, see _split_inline_list), "II.3. …"
        return "bullet", inline.group(1), inline.group(2)
    bullet = _BULLET_RE.match(text)
    if bullet:
        inner = bullet.group(1)
        letter = _LETTER_RE.match(inner)
        if letter:   # "- a) Hướng dẫn …"
            return "letter", letter.group(1), letter.group(2)
        coded = _BRACKET_CODE_RE.match(inner) or _DOTTED_CODE_RE.match(inner) or _CODED_ITEM_RE.match(inner)
        if coded:    # "* [1a] Số xã …": a bullet coded in brackets; "- Đ.01: Tỷ lệ …": a dotted code
            # ("- A1. Tỷ suất …": a coded item behind a dash, blind round 170)
            return "bullet", coded.group(1), coded.group(2)
        return "bullet", None, inner
    match = _ROMAN_RE.match(text)
    if match and roman_value(match.group(1)) and not match.group(2)[:1].islower():
        return "roman", to_roman(roman_value(match.group(1))), match.group(2)
    match = _ARTICLE_RE.match(text)
    if match:   # "Điều 2. Tổ chức thực hiện": a decision's articles are its top-level sections
        return "roman", to_roman(int(match.group(1))), match.group(2)
    match = _SUBNUMBER_RE.match(text)
    if match:
        return "subnumber", f"{int(match.group(1))}.{int(match.group(2))}", match.group(3)
    match = _NUMBER_RE.match(text)
    if match and not match.group(2)[:1].islower():
        return "number", str(int(match.group(1))), match.group(2)
    match = _LETTER_RE.match(text)
    if match:
        return "letter", match.group(1), match.group(2)
    return "plain", None, text


# "(Chủ trì: Sở Y tế. Phối hợp: …)", "Cơ quan phối hợp: …": the roles of the target above,
# a line of their own; "NHÓM II. BẢO VỆ TRẺ EM": a group's title in capitals
_ROLE_LINE_START_RE = re.compile(r"^\(?\s*(?:(?:cơ quan|đơn vị)\s+)?(?:chủ trì|phối hợp)(?:\s+thực hiện)?\s*:", re.IGNORECASE)
_CAPITAL_GROUP_RE = re.compile(r"^(?:NHÓM|GIAI ĐOẠN)\s+(?:[IVX]{1,4}|[A-H]|\d{1,2})\s*[.:\-–]\s+\S")


# a task's own line: "Nhiệm vụ 3. …", "Giải pháp 2: …"
_TASK_ITEM_RE = re.compile(r"\s*(?:Nhiệm vụ|NHIỆM VỤ|Giải pháp|GIẢI PHÁP)\s+(?:số\s+)?\d{1,2}\s*[.:]\s+\S")


def _starts_item(line: str) -> bool:
    kind, _, _ = _classify(line)
    return kind != "plain" or bool(_PAREN_ITEM_RE.match(line)) or _starts_group(line) \
        or bool(_ROLE_LINE_START_RE.match(line)) or bool(_CAPITAL_GROUP_RE.match(line)) \
        or bool(re.match(r"\s*(?:(?:§\s?|#)\d|\d{1,2}/\s)", line)) \
        or bool(re.match(r"\s*(?:Bảng|Biểu|BẢNG|BIỂU)\s+\d{1,2}\s*[.:]\s+\S", line)) \
        or bool(re.match(r"\s*(?:Chỉ tiêu|Chỉ báo|CHỈ TIÊU)\s+(?:số\s+)?(?:\d{1,2}(?:\.\d{1,2})?|\(\d{1,2}\))\s*[.:]\s+\S", line)) \
        or bool(re.match(r"\s*(?:Chỉ số|CHỈ SỐ)\s+\d{1,3}\s*[.:]\s+\S", line)) \
        or bool(_TASK_ITEM_RE.match(line)) \
        or bool(re.match(r"\s*Chỉ tiêu\s+[IVXL]{1,6}\s*[.:]\s+\S", line)) \
        or bool(re.match(r"\s*(?:Ghi chú|GHI CHÚ|Chú thích|Lưu ý)\s*:", line)) \
        or bool(_GOAL_TITLE_RE.match(fold_keeping_length(line.strip())) and not _CONTENTS_LINE_RE.search(line))
    # ("Chỉ tiêu 2. Tỷ lệ …", "Chỉ tiêu 3.1. …", "Chỉ tiêu (2): …", "Chỉ số 101. …", "Nhiệm vụ 3. …" (a task of its own), "§02 – §05 …… Chủ trì: …", "13/ Giảm …": a target's own line,
    # whatever stands above it; "Bảng 2. Mục tiêu 2: …": a table's caption; "Ghi chú: …": a note;
    # "Mục tiêu 2. Bảo vệ trẻ em": a goal's title)


def _starts_group(line: str) -> bool:
    """A goal group's heading ("Nhóm mục tiêu B - Bảo vệ trẻ em"): a paragraph of its own
    even when OCR left no blank line between it and the item above."""
    return line[:4].lower() in ("nhóm", "nhom") and (bool(_GROUP_LINE_RE.match(fold_keeping_length(line)))
                                                     or numbered_group(line) is not None)


def numbered_group(text: str) -> tuple[int, str] | None:
    """(number, title) of a line "Nhóm 1: Chăm sóc sức khỏe và dinh dưỡng" (its title
    capitalised: "nhóm 1: …" in a sentence is no group), else None."""
    match = NUMBERED_GROUP_RE.match(fold_keeping_length(text))
    if not match or not text[match.end():][:1].isupper():
        return None
    digits = match.group(1) or match.group(3)
    number = int(digits) if digits else ORDINALS[match.group(2)]
    return number, text[match.end():].strip(" .:*")


_TABLE_RULE_RE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")


# a part of the province, as a breakdown's row or column names it (folded)
_AREA_KIND_RE = re.compile(r"^(?:huyen|thi xa|thanh pho|tp\.?|tx\.?|quan|khu vuc|vung|cum|xa|phuong|dac khu)\b")
# a total, no area: "Toàn tỉnh", "Tổng cộng", "Cộng" (folded)
TOTAL_RE = re.compile(r"^(?:toan tinh|tong(?: cong| so)?|cong|ca tinh|toan thanh pho)\b")


def is_area_name(cell: str) -> bool:
    """Whether a table cell names a part of the province ("Huyện Minh Hóa", "TP Đồng Hới",
    "Bố Trạch", "Khu vực III"), as a breakdown's row or column heading does: a kind of area
    first, or two capitalised words or more; no figure, no total ("Toàn tỉnh")."""
    cell = re.sub(r"\s*\([^()]*\)\s*$", "", cell)    # "Khu vực I (địa bàn tỉnh Lào Cai trước sắp xếp)"
    folded = fold_keeping_length(squash_spaces(cell).lower())
    if not folded or TOTAL_RE.match(folded) or re.search(r"\d", folded) or len(folded.split()) > 6:
        return False
    words = cell.split()
    return bool(_AREA_KIND_RE.match(folded)) or (len(words) >= 2 and all(w[:1].isupper() for w in words))


# a group in braces holding pipes: "{2025: 21,4‰ | 2028: dưới 18‰ | 2030: dưới 15‰}"
_BRACED_PIPES_RE = re.compile(r"\{[^{}]*\|[^{}]*\}")


def table_cells(text: str) -> list[str] | None:
    """The cells of a table row (``"| 1 | Tỷ lệ … | ≥ 96% |"``, or pipe-separated text
    ``"1 | Tỷ lệ … | ≥ 96%"``); None for text that is not a row."""
    # (pipes inside braces "… — {2025: 21,4‰ | 2028: dưới 18‰ | 2030: …}" are a target's steps)
    if _BRACED_PIPES_RE.sub("", text).count("|") < 2:
        return None
    body = text.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") else body
    return [squash_spaces(cell) for cell in body.split("|")]


def _ends_sentence(text: str) -> bool:
    return text.rstrip()[-1:] in _TERMINAL or text.rstrip().endswith((")", "”", '"', "/"))


def _continues(previous: _RawParagraph, following: _RawParagraph) -> bool:
    """Whether ``following`` is the rest of ``previous``, cut by a page break."""
    if _starts_item(following.text) or not following.text \
            or _GOAL_TITLE_RE.match(fold_keeping_length(following.text)):
        return False    # ("Mục tiêu 2. Bảo vệ trẻ em" opens a goal, whatever stands above it)
    if table_cells(previous.text) is not None or table_cells(following.text) is not None:
        return False
    # ("… (đơn vị tính:" / "%).": a unit alone goes on too)
    if previous.text.count("(") > previous.text.count(")") and (following.text[:1].islower() or following.text[:1].isdigit()
                                                                or following.text[:1] in "%‰") \
            and following.text.count(")") > following.text.count("("):
        # "… (năm 2028: 84%;" / "năm 2030: 90%).": a bracket a page's width cut goes on to its end
        return True
    if previous.text.rstrip().endswith((";", ",")) and len(previous.text) > 80 and len(following.text) < 60 \
            and following.text.rstrip().endswith(".") and _classify(previous.text)[0] in ("bullet", "plain", "letter"):
        # "… phối hợp: Công an tỉnh; Sở Tư pháp;" / "Tỉnh đoàn.": a list's last name, wrapped
        return True
    if previous.text.rstrip().endswith(")") and not previous.text.rstrip().endswith(".)") \
            and len(previous.text) > 80 and following.text[:1].islower():
        # "… thấp còi từ 19,8% (kết quả năm 2025)" / "xuống 18,2% vào năm 2028 …": a bracket
        # inside a sentence the page's width cut after it
        return True
    if previous.text.rstrip().endswith(":") and len(previous.text) > 60 and following.text[:1].islower() \
            and re.match(r"(?:năm|đến năm|trong năm|giai đoạn)\s+(?:19|20)\d\d", following.text) \
            and _classify(previous.text)[0] in ("letter", "bullet"):
        # "a) Tỷ lệ trẻ em … phục hồi và hòa nhập:" / "năm 2027 đạt 90%, …": an item the page's
        # width cut right after its name's colon goes on with its figures (blind round 173)
        return True
    if previous.text.rstrip().endswith(":") and _PHONE_ALONE_RE.match(following.text.strip()):
        # "Đường dây nóng … tỉnh Trà Vinh (Trung tâm …):" / "0294.3855.111.": a number the page's
        # width put on a line of its own after its name (blind round 175)
        return True
    if _ends_sentence(previous.text):
        return False
    kind, _, body = _classify(previous.text)
    # a column break inside a bracket ("… năm 2030 (Sở" / "Văn hóa, … chủ trì)."), or before
    # the bracket that ends an item ("… năm 2030" / "(Sở Tư pháp chủ trì).")
    if body.count("(") > body.count(")") or \
            (following.text[0] == "(" and kind in ("letter", "bullet")):
        return True
    first = following.text[0]
    if first.islower() or first.isdigit():
        return True
    # A long body paragraph that stops without punctuation ("… gửi Sở" / "Lao động …")
    # goes on; headings (short, no punctuation by nature) do not. One stopping on a word no
    # sentence ends with ("… phối hợp: Sở Giáo dục và Đào tạo; Hội" / "Liên hiệp Phụ nữ
    # tỉnh.") goes on from a shorter width.
    if kind in ("bullet", "plain", "letter") and len(previous.text) > 80 and _DANGLING_RE.search(previous.text):
        return True
    if kind in ("bullet", "plain", "letter") and len(previous.text) > 40 \
            and re.search(r"\s[-–]$", previous.text.rstrip()) and following.text[:1].isupper():
        # "… Sở Lao động -" / "Thương binh và Xã hội …": a name's dash the page's width cut after
        return True
    return kind in ("bullet", "plain", "letter") and len(previous.text) > 120


# a line that is only a phone number: "0294.3855.111.", "(0294) 3 855 111"
_PHONE_ALONE_RE = re.compile(r"^\(?\+?\d[\d .\-()]{6,}\d\s*[.;]?$")


# the words a wrapped line may stop on that no sentence ends with: a joining word, or the
# head of an agency's name
_DANGLING_RE = re.compile(r"\s(?:và|các|của|với|cho|tại|về|theo|trong|Sở|Hội|Ủy|ban|Ban|Trung|Phòng|Bộ)\s*$")


@dataclass
class _RawParagraph:
    text: str
    bold: str | None


def _split_run_in_item(text: str) -> list[str]:
    """A heading line with the first numbered item run into it ("Nhóm mục tiêu A - Sức
    khỏe … 1) Tỷ suất …") as two lines; any other line as itself. The part before the
    item must read as a heading: short, capitalised, no sentence end after its marker."""
    match = _RUN_IN_ITEM_RE.search(text)
    if not match or match.start() > 120 or not match.group(1)[-1].isupper() \
            or table_cells(text) is not None:
        return [text]
    head = text[:match.start()].rstrip()
    title = _HEAD_MARKER_RE.sub("", head)
    if not head[:1].isupper() or _SENTENCE_END_RE.search(title) or head.endswith((",", "(")) \
            or head.count("(") > head.count(")"):
        return [text]     # ("(chỉ tiêu 1 đến 3) Tổ trưởng …": the bracket's close, no item "3)")
    return [head, text[match.start(1):]]


# "(i)", "(2)", "(c)" inside a line: an item of a list run into one paragraph
# (not "(1)": targets numbered inline in running prose are read with their numbers by prose.py)
_INLINE_MARKER_RE = re.compile(r"(?:^|(?<=[:;]\s))\((?:[ivx]{1,5}|[a-h])\)\s+(?=\w)")


def _marker_value(marker: str) -> tuple[str, int] | None:
    """(kind, value) of an inline marker's inside: ("roman", 3) for "iii", ("letter", 3)
    for "c"; "i" and "v" read as roman numerals."""
    value = roman_value(marker.upper())
    if value:
        return "roman", value
    return ("letter", ord(marker) - ord("a") + 1) if len(marker) == 1 else None


def _split_inline_list(text: str) -> list[str]:
    """A paragraph listing its items inline, each after ";" and opened by its marker in
    brackets, a Roman numeral or a letter ("Nhóm A - Sức khỏe …: (i) tỷ suất …; (ii) tỷ
    suất …; (iii) …"), as its lead-in
    and one line per item ("(i) tỷ suất …;"), so that each item is read as a paragraph of
    its own (an item of a list is a target, a task). Markers counted from one without a
    gap, the first after a lead-in ending in ":" (a short title when it is the only one)
    or at the line's start (three or more); any other line as itself ("chỉ tiêu (i), (ii) của Nhóm B" is no list: no ";" before each marker)."""
    marks = list(_INLINE_MARKER_RE.finditer(text))
    if not marks or table_cells(text) is not None:
        return [text]
    values = [_marker_value(m.group(0).strip()[1:-1]) for m in marks]
    kinds = {v[0] for v in values if v}
    if None in values or len(kinds) != 1 or [v[1] for v in values] != list(range(1, len(values) + 1)):
        return [text]
    head = text[:marks[0].start()].rstrip()
    if (head and not head.endswith(":")) or (not head and len(marks) < 3):
        return [text]
    if len(marks) == 1 and (len(head) > 120 or _SENTENCE_END_RE.search(head.rstrip(":"))):
        return [text]   # one item: only after a title ("Nhóm C - Giáo dục: (i) tỷ lệ …")
    bounds = [m.start() for m in marks] + [len(text)]
    items = [text[a:b].strip() for a, b in zip(bounds, bounds[1:])]
    return ([head] if head else []) + items


# "Chỉ tiêu (2):", "Chỉ tiêu 3:" — a target's label opening a sentence
_TARGET_LABEL_RE = re.compile(r"(?:^|(?<=[.;]\s))Chỉ tiêu\s+(?:số\s+)?\(?(\d{1,2})\)?\s*:\s+(?=\S)")


def _split_labelled_targets(text: str) -> list[str]:
    """A paragraph of several labelled targets run together ("Chỉ tiêu (1): tỷ suất … năm
    2030. Chỉ tiêu (2): tỷ suất …": round 163's layout) as one line per target, so that each
    is a target of its own (one target had held them all, its measures and years mixed).
    Labels counted up from the one the line opens with, each after a sentence's end; any
    other line as itself."""
    marks = list(_TARGET_LABEL_RE.finditer(text))
    if len(marks) < 2 or marks[0].start() != 0 or table_cells(text) is not None:
        return [text]
    numbers = [int(m.group(1)) for m in marks]
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return [text]
    bounds = [m.start() for m in marks] + [len(text)]
    return [text[a:b].strip() for a, b in zip(bounds, bounds[1:])]


# ("… phối hợp thực hiện §01," / "§02 - §05, §11.": targets numbered by a sign, the list cut too)
_NUMBER_LIST_CUT_RE = re.compile(r"(?:\b(?:số|chỉ tiêu)\s+\d{1,2}(?:\s*,\s*\d{1,2})*|§\s?\d{1,2}(?:\s*[,–-]\s*§\s?\d{1,2})*)\s*,$",
                                 re.IGNORECASE)
# "… từ ngày 01 tháng 6 đến ngày 30 tháng" / "6. Lễ phát động …": a date cut at a line's end
# (a scan's, a PDF's wrapped line); the month that opens the next line is no item
_DATE_CUT_RE = re.compile(r"\bngay\s+\d{1,2}\s+thang\s*$")


def _raw_paragraphs(lines: list[tuple[str, str | None]]) -> list[_RawParagraph]:
    """Blank-line separated blocks, split further where a line starts a list item."""
    result: list[_RawParagraph] = []
    current: _RawParagraph | None = None
    lines = [(piece, bold if i == 0 else None) for text, bold in lines
             for i, piece in enumerate(p for run in _split_run_in_item(text) for p in _split_inline_list(run)
                                       for p in _split_labelled_targets(p))]
    last = ""         # the last line joined into ``current``
    own_lines = _lines_of_their_own([text for text, _ in lines])
    for k, (text, bold) in enumerate(lines):
        if not text or _TABLE_RULE_RE.match(text):
            current = None
            continue
        row = table_cells(text) is not None or k in own_lines
        # "… các chỉ tiêu số 15," / "16. Quản lý …": a list of numbers cut at a line's end goes
        # on; the number after the comma is no item
        cut_list = _NUMBER_LIST_CUT_RE.search(last) and re.match(r"(?:\d{1,2}[.;,]?|§\s?\d{1,2}[.;,]?)\s", text) \
            or _DATE_CUT_RE.search(fold_keeping_length(last).lower()) and re.match(r"(?:0?[1-9]|1[0-2])[.;,]?\s", text)
        # "h) …" then "i) …" on the next line: the list's next letter (see parse_document)
        next_letter = current is not None and _next_letter_line(current.text, text)
        # "Nhiệm vụ 7. Đầu tư … (Cơ quan chủ trì: Sở …;" / "phối hợp: …)": a task's roles, or
        # a bracket still open, go on its paragraph (a role line under a target is its own)
        role_goes_on = current is not None and bool(_ROLE_LINE_START_RE.match(text)) and (
            current.text.count("(") > current.text.count(")") or bool(_TASK_ITEM_RE.match(current.text)))
        if current is None or (_starts_item(text) and not cut_list and not role_goes_on) or row or next_letter or k - 1 in own_lines \
                or table_cells(current.text) is not None or _ends_goal_title(current.text, text, last) \
                or (current.text == last and _is_caps_heading(last) and any(c.islower() for c in text)):
            current = _RawParagraph(text, bold)
            result.append(current)
        else:
            current.text = f"{current.text} {text}"
        last = text
    return result


# a field's line: a short label, a colon, its value ("Thời gian: tháng 8 năm 2025."); a
# label with a figure ("Năm 2025: …") is a target's year line, part of its paragraph
# a line opening on the targets it is about: "Chỉ tiêu 1, 2, 3, 7:", "Chỉ tiêu 17:"
_CITED_TARGETS_LINE_RE = re.compile(r"^[-–•]?\s*(?:Các\s+)?[Cc]hỉ (?:tiêu|số)\s+(?:số\s+)?\d{1,3}(?:\s*(?:,|;|và|-|–|đến)\s*\d{1,3})*\s*:")
_FIELD_LINE_RE = re.compile(r"^[^\W\d_][^:|;.\d]{1,45}:\s+\S")
TITLE_LINE_END_RE = re.compile(r"[.;:,…!?]$")


def _lines_of_their_own(texts: list[str]) -> set[int]:
    """Positions of lines that are paragraphs of their own though no blank line parts them
    (a plain text plan written a line a field): the lines of a run of two or more field lines
    ("Thời gian: …", "Chủ đề: …") and the short title line over such a run ("Diễn đàn trẻ em
    tỉnh … năm 2025"); rows of a table written with one bar between two cells, two or more
    in a run ("Ngân sách tỉnh | 26.400")."""
    own: set[int] = set()
    fields = [bool(_FIELD_LINE_RE.match(t)) and "|" not in t for t in texts]
    bars = [" | " in t and table_cells(t) is None for t in texts]
    # (a line of roles only: "- Chỉ tiêu 1: Tỷ lệ … đạt 72%" is a target's own item)
    cited = [bool(_CITED_TARGETS_LINE_RE.match(t)) and bool(re.search(r"\b(?:chủ trì|phối hợp)\b", t, re.IGNORECASE))
             and not re.search(r"\d\s*[%‰]", t) for t in texts]

    def title(k: int) -> bool:   # a short line naming what the fields under it are of
        text = texts[k]
        return 0 < len(text) <= 100 and len(text.split()) <= 16 and not TITLE_LINE_END_RE.search(text) \
            and text[:1].isupper() and not text.isupper() and not fields[k] and not _starts_item(text)

    k = 0
    while k < len(texts):
        end = k
        while end < len(texts) and fields[end]:
            end += 1
        # (a target's own lines "Lộ trình: …" / "Giao: …" under its item stay its paragraph:
        # only fields under a title line of their own are a block)
        if end - k >= 2 and k and title(k - 1):
            own.update(range(k - 1, end))
        k = max(end, k + 1)
    for k in range(len(texts)):
        if bars[k] and ((k and bars[k - 1]) or (k + 1 < len(texts) and bars[k + 1])):
            own.add(k)
        # "Chỉ tiêu 6: Bảo hiểm xã hội tỉnh chủ trì; …" over "Chỉ tiêu 8, 9: …": each targets'
        # roles line, two or more one under the other
        if cited[k] and ((k and cited[k - 1]) or (k + 1 < len(texts) and cited[k + 1])):
            own.add(k)
    return own


def _next_letter_line(current: str, line: str) -> bool:
    """Whether ``line`` opens the item after ``current``'s in a Vietnamese lettered list
    ("i) …" after "h) …", "v) …" after "u) …"): letters a roman numeral could be."""
    roman_letter = _ROMAN_LOOKING_LETTER_RE.match(line)
    if not roman_letter:
        return False
    kind, label, _ = _classify(current)
    return kind == "letter" and _LETTER_BEFORE.get(roman_letter.group(1)) == label


def _is_caps_heading(line: str) -> bool:
    """A numbered heading in capitals on a line of its own ("IX. CHẾ ĐỘ BÁO CÁO"): what the
    next line says is its section's first paragraph, even with no blank line between them
    (a scan's lines)."""
    kind, _, title = _classify(line)
    letters = [c for c in title if c.isalpha()]
    return kind in ("roman", "number") and len(letters) >= 4 and all(c.isupper() for c in letters)


# "Mục tiêu 1. Về sức khỏe …": a goal's title on a line of its own.
_GOAL_TITLE_RE = re.compile(r"^muc tieu\s+(?:thanh phan\s+)?\d{1,2}\s*[:.]\s*\S")
# "Mục tiêu 1. Sức khỏe ....... trang 2": a line of a table of contents, no title of the text
_CONTENTS_LINE_RE = re.compile(r"(?:\.{4,}|…{2,}|(?:\.\s){3,})\s*(?:trang\s+)?\d{1,3}\s*$", re.IGNORECASE)


_AGENCY_HEADING_RE = re.compile(r"^\d{1,2}\.\s+(?:Đề nghị\s+)?(?:Sở|Ban|Công an|Ủy ban|UBND|Tỉnh đoàn|Hội|Bộ|Phòng)\s")


# a heading's title ending on the targets it opens: "… và chỉ tiêu cụ thể" (folded)
_TARGETS_TITLE_RE = re.compile(r"\b(?:muc tieu|chi tieu)\s+cu the\s*:?$")


def _ends_goal_title(current: str, line: str, last: str = "") -> bool:
    """Whether ``line`` starts the prose under a goal's one-line title ("Mục tiêu 1. Về sức
    khỏe …" over "Công tác tiêm chủng …", with no blank line between): the title ends where
    a capitalised line follows it. A title wrapped over two lines goes on in lower case.
    ``last`` is the line of ``current`` written last (its wrapped end: "Trăng")."""
    if len(current) > 120 or not line[:1].isupper() or _ends_sentence(current):
        return False
    if current[:4].lower() in ("mục ", "muc "):
        return bool(_GOAL_TITLE_RE.match(fold_keeping_length(current)))
    # "2. Mục tiêu cụ thể" over "Kế hoạch có 22 chỉ tiêu …": a numbered heading of a few words
    # on a line of its own (a wrapped text's lines are longer than a heading)
    kind, _, title = _classify(current)
    if kind in ("number", "subnumber") and current == last and len(title.split()) <= 5 \
            and "," not in title and not _DANGLING_RE.search(current):
        return True
    if kind in ("number", "subnumber") and current == last and _TARGETS_TITLE_RE.search(fold_keeping_length(title)):
        return True   # "2. Kết quả rà soát và chỉ tiêu cụ thể": a longer heading, the targets' own
    # "1. Sở Lao động - Thương binh và Xã hội" over "Là cơ quan thường trực …": an agency's
    # heading (a name, no verb) over its first task
    # A heading of names wrapped over lines ("…; Báo Sóc" / "Trăng") ends where a line longer
    # than its last one follows: a wrapped name's end is short, a task's first line is not.
    return bool(_AGENCY_HEADING_RE.match(current)) and len(line) > min(len(current), len(last) or len(current))


def _is_title(raw: _RawParagraph) -> bool:
    """A short line that can be a part's title ("MỤC TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU")."""
    text = raw.text.strip()
    return 0 < len(text) <= 120 and not _ends_sentence(text) and _classify(text)[0] == "plain" \
        and table_cells(text) is None


def _join_page_breaks(raws: list[_RawParagraph]) -> list[_RawParagraph]:
    joined: list[_RawParagraph] = []
    for raw in raws:
        previous = joined[-1] if joined else None
        if previous is not None and _part(previous.text) and not _part(previous.text)[1] \
                and _is_title(raw):
            previous.text = f"{previous.text}: {raw.text}"    # "Phần thứ nhất" / "MỤC TIÊU …"
            continue
        if joined and _continues(joined[-1], raw):
            joined[-1].text = f"{joined[-1].text} {raw.text}"
        else:
            joined.append(raw)
    return joined


def _one_paragraph_a_line(lines: list[tuple[str, str | None]], indented: list[bool] | None = None
                          ) -> list[tuple[str, str | None]]:
    """A text that (almost) never leaves a blank line writes one paragraph a line (typed,
    not wrapped: a wrapped text separates its paragraphs with blank lines): each line is
    then a paragraph of its own."""
    filled = sum(1 for text, _ in lines if text)
    blank = sum(1 for text, _ in lines if not text) - 1     # the final newline's
    if filled < 20 or blank * 10 >= filled:
        return lines
    # … unless a line runs to the page's width and ends no sentence: a PDF's paragraph wrapped
    # at its margin, with no blank line between paragraphs, goes on to the next line (one
    # indented, ``indented[k]`` as written, is a part of its own: "    Đích 2030: 318 trường")
    widths = sorted(len(text) for text, _ in lines if text and "|" not in text)
    width = widths[int(0.9 * (len(widths) - 1))] if widths else 0
    spaced: list[tuple[str, str | None]] = []
    for k, line in enumerate(lines):
        spaced.append(line)
        after = lines[k + 1][0] if k + 1 < len(lines) else ""
        flush = not (indented and k + 1 < len(indented) and indented[k + 1])
        # (a line ending a clause, "Căn cứ …;", goes on only into a lower-case rest of its sentence)
        clause_end = line[0].rstrip()[-1:] in ",;"
        if not (_wraps(line[0], width) and after and "|" not in after and flush
                and (not clause_end or after[:1].islower() or after[:1].isdigit())):
            spaced.append(("", None))
    return spaced


def _wraps(text: str, width: int) -> bool:
    """Whether a line of a text written without blank lines was cut by the page's margin: it
    runs to nearly the widest lines' length, ends no sentence or heading, holds no table row."""
    # (a line cut by the margin ends on a word, or a comma or semicolon within its sentence;
    # a typed line ends on its figure: "… năm 2030: = 100%")
    end = text.rstrip()[-1:]
    return width >= 40 and len(text) >= 0.8 * width and "|" not in text and (end.isalpha() or end in ",;")


def short_title(text: str, limit: int = 60) -> str:
    """A heading's title for the section path: up to a colon, at most ``limit`` characters."""
    head = text.split(":")[0].strip() if ":" in text[:limit + 40] else text.strip()
    head = head.rstrip(" .;,")
    if len(head) <= limit:
        return head
    cut = head[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;") + "…"


def _is_letter_heading(body: str) -> bool:
    body = body.strip()
    return len(body) <= 160 and not body.endswith((".", ";"))


# "Đến năm 2025", "Năm 2030 (mục tiêu)": a row's label that is one year
_YEAR_LABEL_RE = re.compile(r"\b(?:19|20)\d\d\b")
# "(1) Tỷ lệ …", "1. Tỷ lệ …", "Chỉ tiêu 1: Tỷ lệ …": a column header's number before its name
_COLUMN_NUMBER_RE = re.compile(r"^\s*(?:\((\d{1,2})\)|(\d{1,2})[.)]|chỉ tiêu\s+(\d{1,2})\s*[:.]?)\s*", re.IGNORECASE)


# "Biểu 1. Nhóm chỉ tiêu về …", "Bảng 2: Nhóm …": a table's title naming its group of targets
_TABLE_TITLE_GROUP_RE = re.compile(r"^(?:(?:Phụ\s+)?(?:Biểu|Bảng)\s+\d{1,2}\s*[.:\-–]\s*)?(Nhóm\s.{3,})$", re.IGNORECASE)


# a field's name in the first column of a table written a target per column: "Nội dung chỉ
# tiêu", "Đơn vị tính", "Kết quả năm 2025", "Mốc năm 2030", "Chủ trì", "Phối hợp" (folded)
_FIELD_NAME_RE = re.compile(r"^(?:noi dung|ten chi tieu|chi tieu|don vi|dvt|chu tri|phoi hop|co quan"
                            r"|.{0,30}\b(?:19|20)\d\d\b)")


# "chỉ tiêu 1. Tỷ suất …" (folded): a target's own numbered name, no field's
_NUMBERED_TARGET_RE = re.compile(r"^chi tieu\s+(?:so\s+)?\d{1,3}\b")


def _fields_down_as_rows(rows: list[list[str]]) -> list[str] | None:
    """A table written a target per column ("| Mục | K01 | K02 |" over "| Nội dung chỉ tiêu |
    Tỷ lệ … | Tỷ suất … |", "| Kết quả năm 2025 | 97,6 | 9,8 |", "| Chủ trì | … |") as a row per
    target under a header of the fields ("| Mã chỉ tiêu | Nội dung chỉ tiêu | … | Chủ trì |");
    None unless every row below the first names a field, one the target's words and one a year."""
    header, body = rows[0], rows[1:]
    firsts = [fold_keeping_length(r[0].strip().lower()) for r in body]
    # (a field's name is a label: "Chỉ tiêu 15. Số vụ … giảm so với năm 2025" is a target's
    # row of a table written the usual way, its name numbered and holding a year)
    if not all(_FIELD_NAME_RE.match(f) and not _NUMBERED_TARGET_RE.match(f) and len(f) <= 60 for f in firsts) or \
            not any(f.startswith(("noi dung", "ten chi tieu", "chi tieu")) for f in firsts) or \
            not any(_YEAR_LABEL_RE.search(f) for f in firsts) or \
            any(len(r) != len(header) for r in body) or len(header) < 2:
        return None
    out = ["| Mã chỉ tiêu | " + " | ".join(r[0].strip() for r in body) + " |"]
    for k in range(1, len(header)):
        out.append(f"| {header[k].strip()} | " + " | ".join(r[k].strip() for r in body) + " |")
    return out


def tables_as_rows(lines: list[str]) -> list[str]:
    """``lines`` with the tables the readers know in another form written the usual way, so
    one reader reads both: a table written years down and targets across ("| Năm | (1) Tỷ lệ
    … | (2) Tỷ suất … |" over "| Đến năm 2025 | đạt 82% | dưới 11 |") as a row per target and
    a column per year ("| 1 | Tỷ lệ … | đạt 82% | … |" under "| STT | Chỉ tiêu | Đến năm 2025 |
    … |"), turned when every row after its header is labelled by one year and the header's
    first cell names none; a matrix of targets by agencies marked "CT"/"PH" as lead and
    partner columns (``_matrix_as_roles``)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        rows = []
        j = i
        while j < len(lines) and (cells := table_cells(lines[j])) is not None:
            rows.append(cells)
            j += 1
            # rows a blank line apart (a text file's table) are one table
            gap = j
            while gap < len(lines) and not lines[gap].strip():
                gap += 1
            following = table_cells(lines[gap]) if gap > j and gap < len(lines) else None
            if following is not None and len(following) == len(cells):
                j = gap
        # tables a blank line apart, each under its own header row ("| Năm | (7) … |"), are
        # turned one by one
        starts = [k for k, r in enumerate(rows) if k == 0 or not _YEAR_LABEL_RE.search(r[0])]
        if len(starts) > 1 and all(_is_years_down(rows[a:b]) for a, b in zip(starts, starts[1:] + [len(rows)])):
            for a, b in zip(starts, starts[1:] + [len(rows)]):
                out.extend(tables_as_rows(["| " + " | ".join(r) + " |" for r in rows[a:b]]))
            i = j
            continue
        turned = _fields_down_as_rows(rows) if len(rows) >= 4 else None
        if turned is not None:
            out.extend(turned)
            i = j
            continue
        matrix = _matrix_as_roles(rows) if len(rows) >= 2 else None
        if matrix is not None:
            out.extend(matrix)
            i = j
            continue
        if len(rows) >= 2 and _is_years_down(rows):
            header, body = rows[0], rows[1:]
            out.append("| STT | Chỉ tiêu | " + " | ".join(r[0] for r in body) + " |")
            # "Biểu 1. Nhóm chỉ tiêu về …" over the table: its group, as a row spanning it
            above = next((line for line in reversed(out[:-1]) if line.strip()), "")
            group = _TABLE_TITLE_GROUP_RE.match(clean_line(above)[0])
            if group:
                out.append(f"| {group.group(1)} |")
            for column in range(1, len(header)):
                name = header[column]
                number = _COLUMN_NUMBER_RE.match(name)
                label = next((g for g in number.groups() if g), "") if number else ""
                name = name[number.end():] if number else name
                out.append(f"| {label} | {name} | " + " | ".join(r[column] if column < len(r) else "" for r in body) + " |")
            i = j
            continue
        out.extend(lines[i:j] if j > i else lines[i:i + 1])
        i = max(j, i + 1)
    return out


# a matrix cell marking a role: "CT" (chủ trì), "PH" (phối hợp), "x"
_MATRIX_LEAD = {"ct", "chu tri", "chủ trì", "x", "c"}
_MATRIX_PARTNER = {"ph", "phoi hop", "phối hợp", "p"}


# a target's code heading a matrix column: "M1.1", "HP-M2.3", "A-1"
# (letters with a dotted number or after a hyphen: "Q1", "T3", "12" head columns of schedules)
_MATRIX_CODE_RE = re.compile(r"^(?:[A-ZĐ]{1,4}-)?[A-ZĐ]{1,3}\d{1,2}\.\d{1,2}$|^[A-ZĐ]{1,4}-\d{1,3}$")


def _matrix_as_roles(rows: list[list[str]]) -> list[str] | None:
    """A table assigning targets to agencies as a matrix ("| TT | Chỉ tiêu | Sở Y tế | Công an
    tỉnh | … |" over "| 1 | Tỷ lệ … | CT | PH | … |") as the usual rows "| 1 | Tỷ lệ … | Sở Y
    tế | Công an tỉnh |" under "| TT | Chỉ tiêu | Cơ quan chủ trì | Cơ quan phối hợp |" (or,
    agencies down and codes across, a row per agency of its codes marked "M1.1(C)"); None
    for any other table (at least two agency columns, every body cell a mark or empty)."""
    header, body = rows[0], rows[1:]
    if len(header) < 4 or not body:
        return None
    marks = [k for k in range(len(header)) if all(
        k < len(r) and r[k].strip().lower() in _MATRIX_LEAD | _MATRIX_PARTNER | {""} for r in body)
        and any(k < len(r) and r[k].strip() for r in body)]
    if len(marks) < 2 or marks != list(range(marks[0], marks[-1] + 1)) or marks[0] < 1:
        return None
    if all(_MATRIX_CODE_RE.match(header[k].strip()) for k in marks):
        # agencies down, targets' codes across ("| Cơ quan | M1.1 | M1.2 |" over "| Sở Y tế | C
        # | P |", blind round 104): a row per agency citing each code with its role, "M1.1(C)",
        # as ``ingest._roles_by_marked_codes`` reads it
        out = ["| " + " | ".join(header[:marks[0]]) + " | Chỉ tiêu được giao |"]
        for r in body:
            cited = [f"{header[k].strip()}({'C' if r[k].strip().lower() in _MATRIX_LEAD else 'P'})"
                     for k in marks if r[k].strip()]
            out.append("| " + " | ".join(r[:marks[0]]) + f" | {', '.join(cited)} |")
        return out
    out = ["| " + " | ".join(header[:marks[0]]) + " | Cơ quan chủ trì | Cơ quan phối hợp |"]
    for r in body:
        leads = [header[k] for k in marks if r[k].strip().lower() in _MATRIX_LEAD]
        partners = [header[k] for k in marks if r[k].strip().lower() in _MATRIX_PARTNER]
        out.append("| " + " | ".join(r[:marks[0]]) + f" | {'; '.join(leads)} | {'; '.join(partners)} |")
    return out


_MONEY_COLUMN_RE = re.compile(r"\b(?:kinh phi|ngan sach|nguon von|von dau tu|ty dong|trieu dong|budget|funding)\b")


def _is_years_down(rows: list[list[str]]) -> bool:
    """Whether ``rows`` (cells, header first) are a table written years down: each body row
    labelled by one year, the header's other cells naming targets in words."""
    header, body = rows[0], rows[1:]
    if len(header) < 2 or _YEAR_LABEL_RE.search(header[0]):
        return False
    if any(len(_YEAR_LABEL_RE.findall(r[0])) != 1 or len(r) != len(header) for r in body):
        return False
    # the header's other cells name targets: words, not years or figures — nor amounts of
    # money ("| Năm | Kinh phí dự kiến (tỷ đồng) |": a funding table, for the funding reader,
    # with or without its "Tổng cộng" row)
    names = header[1:]
    if any(_MONEY_COLUMN_RE.search(fold(n)) for n in names):
        return False
    return all(len(re.findall(r"[^\W\d_]{2,}", n)) >= 3 and not _YEAR_LABEL_RE.search(n) for n in names)


# "PHIẾU CHỈ TIÊU A1", "Chỉ tiêu số 05", "CHỈ TIÊU SK-01": the title line of a target written
# as a form, a field a line ("Tên chỉ tiêu: …", "Mục tiêu năm 2030: …", "Cơ quan chủ trì: …")
_FORM_TITLE_RE = re.compile(r"^\s*(?:phiếu\s+)?chỉ tiêu\s+(?:số\s+)?([A-ZĐ]{1,4}-?\d{1,3}|\d{1,3})\s*[.:]?\s*$", re.IGNORECASE)
_FORM_FIELD_RE = re.compile(r"^\s*([^:|]{2,40}?)\s*:\s*(\S.*)$"
                            # … or a row of a two-column table: "| Tên chỉ tiêu | Tỷ suất … |"
                            r"|^\s*\|\s*([^|]{2,40}?)\s*\|\s*([^|]*?\S[^|]*?)\s*\|\s*$")


# the fields a target's form has; any other "Label: value" line ends the form
_FORM_FIELDS_RE = re.compile(
    r"^(?:ten chi tieu|chi tieu|noi dung chi tieu|don vi tinh|dvt|ma chi tieu|ma so|nhom"
    r"|(?:ket qua|thuc hien|uoc thuc hien|muc tieu|moc|chi tieu phan dau|lo trinh|phan dau|nam goc|so lieu nam)\b.*"
    r"|.*\b(?:19|20)\d\d\b.*|nam co so\b.*|(?:co quan|don vi)\s+(?:chu tri|phoi hop|thuc hien).*|chu tri.*|phoi hop.*"
    r"|ghi chu|luu y|nguon\b.*|phuong phap\b.*|cach tinh\b.*|ky bao cao\b.*|tan suat\b.*)$")


def forms_as_items(lines: list[str]) -> list[str]:
    """Targets written as forms, one field a line (or a row of a two-column table) under a
    title ("PHIẾU CHỈ TIÊU A1" over "Tên chỉ tiêu: …", "Đơn vị tính: ‰", "Thực hiện năm 2025: 28,6‰", "Mục tiêu năm 2030:
    dưới 22‰", "Cơ quan chủ trì: Sở Y tế", "Cơ quan phối hợp: …"), rewritten as the item
    other plans write ("A1. Tỷ suất … (‰): năm 2025: 28,6‰; năm 2030: dưới 22‰.") and the
    line of its roles under it ("(Chủ trì: Sở Y tế. Phối hợp: ….)"). A title is a form's
    only when a "Tên chỉ tiêu" field follows; the form ends at a line that is none of a
    form's fields ("1. Sở Tư pháp: …", "Nhóm B: …"); other lines are kept."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        title = _FORM_TITLE_RE.match(lines[k])
        fields: list[tuple[str, str]] = []     # (folded label, value)
        j = k + 1
        while title and j < len(lines):
            # a document's paragraphs may stand a blank line apart: the form goes on
            nxt = next((m for m in range(j, min(j + 3, len(lines))) if lines[m].strip()), None)
            field = _FORM_FIELD_RE.match(lines[nxt]) if nxt is not None else None
            label, value = (field.group(1) or field.group(3), field.group(2) or field.group(4)) if field else ("", "")
            label = fold_keeping_length(squash_spaces(label).lower())
            if not field or _FORM_TITLE_RE.match(lines[nxt]) or not _FORM_FIELDS_RE.match(label):
                break
            fields.append((label, value.strip()))
            j = nxt + 1
        name = next((v for f, v in fields if f.startswith(("ten chi tieu", "noi dung chi tieu")) or f == "chi tieu"), None)
        if not title or not name:
            out.append(lines[k])
            k += 1
            continue
        unit = next((v for f, v in fields if f.startswith(("don vi tinh", "dvt"))), "")
        parts, roles, notes = [], [], []
        for f, v in fields:
            years = re.findall(r"\b(?:19|20)\d\d\b", f)
            if "chu tri" in f and "phoi hop" in f:
                notes.append(f"({v.rstrip('.')})")  # "Cơ quan chủ trì, phối hợp: X chủ trì; Y phối hợp": a closing bracket
            elif "chu tri" in f:
                roles.insert(0, f"Chủ trì: {v.rstrip('.')}")
            elif "phoi hop" in f:
                roles.append(f"Phối hợp: {v.rstrip('.')}")
            elif len(years) == 1:
                parts.append(f"năm {years[0]}: {v.rstrip('.;')}")   # "Mốc năm 2028: dưới 25‰"
            elif not years and re.search(r"\b(?:19|20)\d\d\b", v) and not f.startswith(("ghi chu", "luu y", "nguon")):
                parts.append(v.rstrip(".;"))          # "Lộ trình: năm 2026: 92%; …", "Chỉ tiêu phấn đấu: đến năm 2030 …"
            elif f.startswith(("ghi chu", "luu y")):
                notes.append(v)
        shown = f"{name} ({unit})" if unit and unit not in name else name
        out += ["", f"{title.group(1)}. {shown}: " + "; ".join(parts) + "." + "".join(f" {n}" for n in notes), ""]
        if roles:
            out += ["(" + ". ".join(roles) + ".)", ""]
        k = j
    return out


# a record's field separator: "… ◆ ĐVT: % ◆ KQ 2025: 72,4 ◆ Mốc 2028: 80 ◆ …"
_RECORD_SEPARATOR_RE = re.compile(r"\s*[◆♦❖]\s*")
# a record's head: "Dòng số 01 | Tỷ lệ …", "01 | Tỷ lệ …", "Số 01. Tỷ lệ …"
_RECORD_HEAD_RE = re.compile(r"^\s*(?:(?:dòng|số thứ tự|stt|số)\s+)*(?:số\s+)?0*(\d{1,3})\s*[|.:)]\s*(\S.*)$", re.IGNORECASE)
# a record's field: "ĐVT: %", "KQ 2025: 72,4", "Mốc 2028: dưới 12", "Năm 2030: 88"
_RECORD_FIELD_RE = re.compile(r"^([^:]{1,40}?)\s*:\s*(\S.*)$")


def records_as_items(lines: list[str]) -> list[str]:
    """Targets written as records, one line each, their fields apart by a glyph ("Dòng số 01 |
    Tỷ lệ … ◆ ĐVT: % ◆ KQ 2025: 72,4 ◆ Mốc 2028: 80 ◆ Mốc 2030: 88 ◆ Sở Nội vụ / UBND các
    xã, phường"), rewritten as ``forms_as_items`` writes a form: the item ("Chỉ tiêu số 1. Tỷ lệ … (%):
    năm 2025: 72,4%; năm 2028: 80%; năm 2030: 88%.", bare figures in the unit field's unit) and
    the line of its roles under it, the lead before "/" and its partners after. A line with
    fewer than three such fields, or with no year field, is kept."""
    # a record a page's width wrapped: its rest indented on the next lines (a PDF's text)
    joined = _joined_where(lines, lambda last, line: line[:1].isspace() and line.strip()
                           and _RECORD_SEPARATOR_RE.search(last) and _RECORD_HEAD_RE.match(last)
                           and not _RECORD_HEAD_RE.match(line.strip()))
    out: list[str] = []
    for line in joined:
        fields = _RECORD_SEPARATOR_RE.split(line.strip())
        head = _RECORD_HEAD_RE.match(fields[0]) if len(fields) >= 4 else None
        if not head:
            out.append(line)
            continue
        unit, parts, roles = "", [], []
        for field in fields[1:]:
            named = _RECORD_FIELD_RE.match(field)
            label = fold_keeping_length(named.group(1).lower()) if named else ""
            if named and label.startswith(("dvt", "don vi")):
                unit = named.group(2).strip()
            elif named and re.search(r"\b(?:19|20)\d\d\b", label):
                year = re.findall(r"\b(?:19|20)\d\d\b", label)[-1]
                value = named.group(2).strip().rstrip(".;")
                symbol = re.match(r"[%‰]", unit)
                if symbol and re.search(r"\d$", value):
                    value += symbol.group()         # "72,4" in a "%" record: "72,4%"
                parts.append(f"năm {year}: {value}")
            elif not named and "/" in field:
                lead, _, partners = field.partition("/")
                roles = [f"Chủ trì: {lead.strip()}"] + ([f"Phối hợp: {partners.strip()}"] if partners.strip() else [])
        if not parts:
            out.append(line)
            continue
        name = head.group(2).strip().rstrip(".")
        shown = f"{name} ({unit})" if unit and unit not in name else name
        out += ["", f"Chỉ tiêu số {int(head.group(1))}. {shown}: " + "; ".join(parts) + ".", ""]
        if roles:
            out += ["(" + ". ".join(roles) + ".)", ""]
    return out


# the wrapped end of a table's row: words and their closing "|", no row of its own
_ROW_TAIL_RE = re.compile(r"^\s*[^|\s][^|]*\|\s*$")
# … or its last cells ("80 | +18,5 điểm % | 90 |"), as many as the row lacks
# ("| +3,5 điểm % | 100 |", "|" after "| … | 98", "| … | 165" cut before their last bar)
_ROW_CELLS_TAIL_RE = re.compile(r"^\s*(?:[^|]*\|)+\s*$")


def _join_wrapped_rows(lines: list[str]) -> list[str]:
    """Table rows a page's width wrapped onto the next lines, joined again: "| SK-07 | Tỷ lệ
    … | % | 88" + "| 92 | 95 |", "| … | 86 | 95 |" + "100 |" (a PDF's text). A row is whole
    when it ends with "|" and has as many cells as the whole row above it, or the next line
    opens a row of its own, and no next line closes it ("Nguồn kiểm chứng |"); at most four
    lines are joined, and a blank line never is."""
    out: list[str] = []
    width = None          # "|" in the last whole row
    table_width = None    # … of the table's rows, across the blank lines a PDF's blocks leave
    k = 0
    while k < len(lines):
        line = lines[k].rstrip()
        k += 1
        if not line.lstrip().startswith("|"):
            width = None if not line.strip() else width
            table_width = table_width if not line.strip() else None
            out.append(line)
            continue
        if out and out[-1].strip() and not out[-1].lstrip().startswith("|") and line.endswith("|") \
                and line.count("|") >= 4:
            # a whole row right after a line of text ("II. KINH PHÍ" over "| Nguồn | 2026 | … |")
            # opens a table of its own: its width is not the one before's
            width = None
        joined = 0
        # a short row that ends with "|" goes on only with text that opens no row ("100 |"): a
        # group row spanning the table ("| Nhóm A. … |") is whole
        # (a line that opens no row but closes one, "Nguồn kiểm chứng |", is the wrapped end
        # of the row above, even of a header no row has measured yet)
        while joined < 4 and k < len(lines) and lines[k].strip() and (
                not line.endswith("|") or (width is not None and line.count("|") < width
                                           and not lines[k].lstrip().startswith("|"))
                or (lines[k].rstrip().endswith("|") and not lines[k].lstrip().startswith("|"))):
            line = f"{line} {lines[k].strip()}"
            k += 1
            joined += 1
        wide = width or table_width
        if wide is not None and line.count("|") < wide and k + 1 < len(lines) and not lines[k].strip() \
                and ((width is not None and _ROW_TAIL_RE.match(lines[k + 1])) or (
                    _ROW_CELLS_TAIL_RE.match(lines[k + 1]) and line.count("|") + lines[k + 1].count("|") == wide
                    and (not line.endswith("|") or not lines[k + 1].lstrip().startswith("|")))):
            # "| 3.2.1 | … | 56 xã |", a page's end, "   Báo cáo của Sở … |": the row goes on
            line = f"{line} {lines[k + 1].strip()}"
            k += 2
        if line.endswith("|"):
            width = max(width or 0, line.count("|")) if joined == 0 else width or line.count("|")
            table_width = max(table_width or 0, width)
        out.append(line)
    return out


def _join_bare_rows(lines: list[str]) -> list[str]:
    """Table rows written with no outer bars ("1 | Tỷ lệ … | % | 58 | 65 | 80", a PDF's text)
    that a page's width wrapped, joined again (``_join_bare_row``) before any reader of
    tables sees them; a line of words with no bar ends a table."""
    out: list[str] = []
    width = None          # "|" in the table's whole rows
    k = 0
    while k < len(lines):
        line = lines[k].rstrip()
        k += 1
        if not line.lstrip().startswith("|") and line.count("|") >= 2:
            line, k, width = _join_bare_row(line, lines, k, width)
        elif line.strip() and "|" not in line:
            width = None
        out.append(line)
    return out


def _join_bare_row(line: str, lines: list[str], k: int, width: int | None) -> tuple[str, int, int | None]:
    """A table row written with no outer bars ("20 | Tỷ lệ … | % | 50 |" + "60 | 75", a PDF's
    text) joined with the lines a page's width wrapped it onto: while it has fewer bars than
    the table's whole rows (``width``) and ends with a bar that closes no cell, or the next
    line's bars make it whole ("… | 80,0" + "| Sở Y tế | nt"; with no row measured yet: while
    it ends with a bar); then a whole row's last cell wrapped onto a short line of words
    ("… | Tỉnh đoàn Ninh" + "Thuận"). A row as wide as the table is whole, its last cell empty
    or not ("… | Sở Y tế | "). Returns (the row, the next line's index, the table's width)."""
    joined = 0
    while joined < 3 and k < len(lines) and lines[k].strip():
        bars, more = line.count("|"), lines[k].count("|")
        if width is not None and (bars >= width or bars + more > width):
            break
        if lines[k].lstrip().startswith("|") and not (width is not None and bars + more == width):
            break   # a row of its own
        if not (line.endswith("|") or (width is not None and bars + more == width)):
            break
        line = f"{line} {lines[k].strip()}"
        k += 1
        joined += 1
    if width is not None and line.count("|") == width and k < len(lines) and _CELL_TAIL_RE.match(lines[k].strip()):
        line = f"{line} {lines[k].strip()}"
        k += 1
        joined += 1
    if joined == 0 and not line.endswith("|") and (
            width is None or line.count("|") != width and not re.search(r"\d", line.split("|", 1)[0])):
        # a whole row measures the table: the first (its header), or a header of another
        # width (the next table's, "TT chỉ tiêu | Cơ quan chủ trì | Cơ quan phối hợp")
        width = line.count("|")
    return line, k, width


# the wrapped end of a row's last cell: a few words, no figure, no colon, no list's marker
# ("Thuận", "phố", "hiệp Phụ nữ tỉnh")
_CELL_TAIL_RE = re.compile(r"^(?![IVX]+\.|\d|[a-zđ]\)|[-–•+*])[^\d:|;.]{1,30}$")


# "2025 = 4,1‰; 2028 → dưới 3,8‰; 2030 → dưới 3,5‰.": a target's figures year by year on a
# line of their own, written "năm 2025: 4,1‰; năm 2028: dưới 3,8‰; …" for the target readers
_YEAR_STEP = r"((?:19|20)\d\d)\s*(?:=|→|⟶|->|=>)\s*"
_YEAR_STEP_RE = re.compile(r"(?<![\w/.,])" + _YEAR_STEP)
_YEAR_STEPS_LINE_RE = re.compile(rf"^\s*[-–•]?\s*{_YEAR_STEP}[^;]{{1,60}}(?:;\s*{_YEAR_STEP}[^;]{{1,60}})+$")


# "Năm 2025: 82/104 xã (78,8%) | Năm 2028: 91/104 xã | Năm 2030: …", "Thực trạng 31/12/2025: … ||
# Phải đạt cuối năm 2028: …": a target's steps split by bars on a line that is no table row
# (or a slash with a space each side: "Mức năm 2025: 17 em / Yêu cầu năm 2028: dưới 13 em / …")
_BAR_SPLIT_RE = re.compile(r"\s+(?:\|{1,2}|/)\s+")
_BARRED_STEP_RE = re.compile(r"^[^|:]{0,40}?(?<![\d/])(?:\d{1,2}/\d{1,2}/)?(?:19|20)\d\d\s*(?:\([^()]{0,30}\))?\s*:")
# "Thực trạng 31/12/2025:": a step dated by its year's last day is that year's
_YEAR_END_DATE_RE = re.compile(r"(?<![\d/])31/12/((?:19|20)\d\d)\b")


def _joined_where(lines: list[str], wraps) -> list[str]:
    """``lines`` with each line that ``wraps(last, line)`` says continues the one kept before it
    (a PDF's width cut it) joined onto that one, a space between."""
    joined: list[str] = []
    for line in lines:
        if joined and wraps(joined[-1], line):
            joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"
        else:
            joined.append(line)
    return joined


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


# "T1. Tỷ lệ …": a target coded by a letter past "H" and its order (OCR's "S6. " is none)
_LETTER_CODED_LINE_RE = re.compile(r"^(\s*)([I-Z])(\d{1,2})\.\s+(?=\S)")


def letter_coded_lines(lines: list[str]) -> list[str]:
    """Lines opened by a letter past "H" and a number ("T1. …", "G3. …", blind round 87) read
    as coded items, "[T1] …", when a letter numbers at least its first three lines 1, 2, 3 in
    order, and then every letter numbering its lines from 1 in order (a lone "S6. " of an OCR'd
    "Sở" codes nothing). Letters A–H are read so already."""
    orders: dict[str, list[int]] = {}
    for line in lines:
        match = _LETTER_CODED_LINE_RE.match(line)
        if match:
            orders.setdefault(match.group(2), []).append(int(match.group(3)))
    coded = {letter for letter, seen in orders.items() if seen[:3] == [1, 2, 3]}
    if not coded:
        return lines
    # (in a plan coding so, a shorter group counts from 1 in order too: "G1. …" alone)
    coded |= {letter for letter, seen in orders.items() if seen == list(range(1, len(seen) + 1))}
    return [_LETTER_CODED_LINE_RE.sub(r"\1[\2\3] ", line) if (m := _LETTER_CODED_LINE_RE.match(line)) and m.group(2) in coded
            else line for line in lines]


# "(*3) Chỉ tiêu số 3:" (an endnote's title), "(*3)" (its mark after a target's statement)
_ENDNOTE_TITLE_RE = re.compile(r"^\s*\(\*(\d{1,2})\)\s*(?:\S.*)?$")
_ENDNOTE_MARK_RE = re.compile(r"\s*\(\*(\d{1,2})\)")
# a field of an endnote, folded: "- Kết quả thực hiện năm 2025: …", "- Cơ quan chủ trì: …"
_ENDNOTE_STEP_RE = re.compile(r"^\s*[-–+•]?\s*((?:ket qua|thuc hien|moc|muc|dich|so lieu|hien trang)[^:]{0,40}?"
                              r"(?:19|20)\d\d[^:]{0,20}):\s*(\S.*?)\.?\s*$")


def _role_field(line: str) -> tuple[str, str] | None:
    """("lead" or "partners", the names after the colon) of a line naming one role, "- Cơ quan
    chủ trì: Sở Y tế." (``roles.LEAD_LINE_RE``, ``roles.PARTNER_LINE_RE``), else None."""
    folded = fold_keeping_length(line.lower())
    for name, pattern in (("lead", LEAD_LINE_RE), ("partners", PARTNER_LINE_RE)):
        match = pattern.match(folded)
        if match and line[match.end():].strip():
            return name, line[match.end():].strip().rstrip(".").strip()
    return None


def endnoted_targets(lines: list[str]) -> list[str]:
    """Targets whose statement gives only its last year and an endnote mark ("Chỉ tiêu số 1. …
    đạt 94% vào năm 2030 (*1).", blind round 88), the note giving the rest a field a line
    ("(*1) Chỉ tiêu số 1:" over "- Kết quả thực hiện năm 2025: 79,6%.", "- Mốc sơ kết năm
    2028: 87%.", "- Cơ quan chủ trì: Sở Y tế.", "- Cơ quan phối hợp: …"): the note's steps go
    into the statement where its mark stands ("… vào năm 2030; Mốc sơ kết năm 2028: 87%
    (Kết quả thực hiện năm 2025: 79,6%).") and its roles on a line under it ("Chủ trì: Sở Y
    tế. Phối hợp: …"), as other plans write them; the note keeps its other lines. Plans with
    fewer than three such notes are left as written."""
    notes: dict[str, dict] = {}
    taken: set[int] = set()
    k = 0
    while k < len(lines):
        title = _ENDNOTE_TITLE_RE.match(lines[k])
        if not title:
            k += 1
            continue
        fields = {"steps": [], "roles": {}}
        j = k + 1
        # (a note's fields, a line each, perhaps a blank line apart as a DOCX gives them)
        while j < len(lines) and not _ENDNOTE_TITLE_RE.match(lines[j]):
            if not lines[j].strip():
                j += 1
                continue
            folded = fold_keeping_length(lines[j].lower())
            step, role = _ENDNOTE_STEP_RE.match(folded), _role_field(lines[j])
            if not step and not role and not re.match(r"\s*[-–+•]", lines[j]):
                break
            if step:
                fields["steps"].append((lines[j][step.start(1):step.end(1)], lines[j][step.start(2):step.end(2)]))
                taken.add(j)
            elif role:
                fields["roles"][role[0]] = role[1]
                taken.add(j)
            j += 1
        if fields["steps"] or fields["roles"]:
            notes.setdefault(title.group(1), fields)
        k = j
    if len(notes) < 3:
        return lines
    out: list[str] = []
    for k, line in enumerate(lines):
        if k in taken:
            continue
        mark = _ENDNOTE_MARK_RE.search(line) if not _ENDNOTE_TITLE_RE.match(line) else None
        fields = notes.pop(mark.group(1), None) if mark else None
        if fields is None:
            out.append(line)
            continue
        later = [f"{name}: {value}" for name, value in fields["steps"] if not re.search(r"ket qua|thuc hien|hien trang", fold_keeping_length(name.lower()))]
        results = [f"{name}: {value}" for name, value in fields["steps"] if re.search(r"ket qua|thuc hien|hien trang", fold_keeping_length(name.lower()))]
        added = "".join(f"; {step}" for step in later) + "".join(f" ({result})" for result in results)
        out.append(line[:mark.start()].rstrip(" .") + added + line[mark.end():])
        roles = fields["roles"]
        if roles:
            out.append(" ".join(f"{'Chủ trì' if role == 'lead' else 'Phối hợp'}: {names}."
                                for role, names in sorted(roles.items(), key=lambda r: r[0] != "lead")))
    return out


# "Chỉ tiêu 1 [ĐIỀU CHỈNH]. Tỷ lệ …", "Chỉ tiêu bổ sung B2 [BỔ SUNG]. Số …": a target and its
# status after a review of the targets
_TAGGED_TARGET_RE = re.compile(r"^(\s*)Chỉ tiêu\s+(?:bổ sung\s+)?([A-ZĐ]?\d{1,2})\s*\[([^\]\d]{3,30})\]\s*[.:]\s*(?=\S)")
# "Đã giao đến năm 2030 (QĐ 1130/QĐ-UBND): 80%  |  Thực hiện 2025: 72,3%": the superseded target
# and the year's result
_SUPERSEDED_RE = re.compile(r"^\s*(Đã giao[^:]*?)\s*:\s*(.*?)\s*\|\s*((?:Thực hiện|Kết quả|Hiện trạng)[^:]*?((?:19|20)\d\d)[^:]*?)\s*:\s*(.+?)\s*$")
_REASSIGNED_RE = re.compile(r"^\s*Giao lại\s*:\s*(.+?)\.?\s*$")


def reset_targets(lines: list[str]) -> list[str]:
    """Targets a plan reviews and sets again (blind round 89): "Chỉ tiêu 1 [ĐIỀU CHỈNH]. … (đơn
    vị tính: %)." over "Đã giao đến năm 2030 (QĐ 1130/QĐ-UBND): 80% | Thực hiện 2025: 72,3%"
    and "Giao lại: mốc sơ kết năm 2028: 80%; mức phấn đấu năm 2030: 88%." — one statement,
    the target as set again, its result, the superseded figure as another body's (no target
    of this plan's): "Chỉ tiêu 1. … (điều chỉnh). Kết quả năm 2025: 72,3%; mốc sơ kết năm 2028:
    80%; mức phấn đấu năm 2030: 88% (đã giao trước đây, đến năm 2030 theo QĐ 1130/QĐ-UBND:
    80%)." Codes "B2" of targets added become "[B2]". Plans with fewer than three such targets
    are left as written."""
    if sum(1 for line in lines if _SUPERSEDED_RE.match(line)) < 3:
        return lines
    out: list[str] = []
    k = 0
    while k < len(lines):
        tagged = _TAGGED_TARGET_RE.match(lines[k])
        # (its line a PDF's width cut: "… (đơn vị tính:" over "  %).")
        cut = next((n for n in range(k + 1, min(k + 4, len(lines))) if _SUPERSEDED_RE.match(lines[n])), None) \
            if tagged else None
        superseded = _SUPERSEDED_RE.match(lines[cut]) if cut is not None else None
        # (a page's break may leave blank lines between the two)
        after = next((n for n in range(cut + 1, min(cut + 4, len(lines))) if lines[n].strip()), None) \
            if superseded else None
        again = _REASSIGNED_RE.match(lines[after]) if after is not None else None
        if not again or not all(lines[n].strip() for n in range(k + 1, cut)):
            out.append(lines[k])
            k += 1
            continue
        indent, label, status = tagged.group(1), tagged.group(2), tagged.group(3).strip().lower()
        head = f"{indent}Chỉ tiêu {label}. " if label.isdigit() else f"{indent}[{label}] "
        rest = " ".join([lines[k][tagged.end():].strip()] + [lines[n].strip() for n in range(k + 1, cut)]).rstrip(".")
        old = superseded.group(2).strip()
        before = (f" (đã giao trước đây, {re.sub(r'[()]', '', superseded.group(1)).strip()}: {old})"
                  if re.search(r"\d", old) else "")
        # "giữ nguyên mức năm 2030 là 100%": a step in the words milestones lines use
        steps = re.sub(r"\bgiữ nguyên mức năm ((?:19|20)\d\d) là\s*([^;]+)", r"mức phấn đấu năm \1: \2 (giữ nguyên)",
                       again.group(1).rstrip("."), flags=re.IGNORECASE)
        # (bare figures "dưới 43" in the unit the name declares: "(đơn vị tính: người/100.000)")
        figures = with_declared_unit(rest, f"Kết quả năm {superseded.group(4)}: "
                                           f"{superseded.group(5).strip().rstrip('.')}; {steps}")
        out.append(f"{head}{rest} ({status}). {figures}{before}.")
        k = after + 1
    return out


# a roadmap's steps apart by one mark: "2025 (thực hiện) 95,4% ┆ 2026 96,2% ┆ …"
_STEP_MARK_RE = re.compile(r"\s+[┆¦•·▪|;]\s+|\s*;\s+")
# one step: its year, a label in brackets perhaps, its figure (no colon between)
_YEAR_VALUE_STEP_RE = re.compile(r"^(?:năm\s+)?((?:19|20)\d\d)\s*(\([^()]{1,30}\))?\s+(?![-–]\s*(?:19|20)\d\d)"
                                 r"((?:dưới|trên|ít nhất|tối thiểu|không quá|tối đa|đạt|<|>|≤|≥)?\s*\d[\d.,/]*\s*\S{0,12})$",
                                 re.IGNORECASE)


# "Lộ trình hằng năm:", "Các mốc:", "Tiến độ từng năm:" (folded): the words a roadmap line opens with
_ROADMAP_PREFIX_RE = re.compile(r"^(?:lo trinh|cac moc|moc|tien do|muc phan dau|phan dau)\b[^:]{0,30}:")
# "(đơn vị tính: vụ)", "(đơn vị tính: ‰ (trên 1.000 trẻ đẻ sống))": the unit a target's name
# declares, anywhere on its line
_UNIT_BRACKET_RE = re.compile(rf"\({UNIT_LABEL_WORDS}\s*:[^()]*(?:\([^()]*\))?[^()]*\)", re.IGNORECASE)


# a cell saying "as above": "nt", "như trên", "-nt-", a ditto mark
_DITTO_CELL_RE = re.compile(r"^\s*(?:[-–]?\s*(?:nt|n\.t\.?)\s*[-–]?|như trên|[\"〃]|\"\"|'')\s*\.?\s*$", re.IGNORECASE)


# a tree drawn with box characters (blind rounds 98, 99): "├── [1.1] Tỷ lệ …", "│     ├─ Năm
# 2025 (kết quả thực hiện): 72,4%", "└─ Phối hợp: PT26/12": the branch's mark, its depth the column
_TREE_NODE_RE = re.compile(r"^([\s│┃|]*)[├└┣┗╠╚]\s*[─━═]*\s*(\S.*)$")
_TREE_STEM_RE = re.compile(r"^[\s│┃]*│[\s│┃]*$")
# a leaf giving a year's figure: "Năm 2028 (mốc sơ kết): 80%"
# (not a period's: "Giai đoạn 2026 - 2030: giảm bình quân 0,3 điểm %/năm")
_TREE_YEAR_LEAF_RE = re.compile(r"^(?!giai đoạn\b)(?:[^\W\d_]+\s+){0,3}(?:19|20)\d\d\b(?!\s*(?:[-–]|đến)\s*(?:19|20)\d\d)"
                                r"[^:]{0,40}:\s*\S", re.IGNORECASE)
# a leaf giving a role: "Chủ trì: PT26/01, PT26/13", "Phối hợp: …", "Giao: …"
# "Giao: Sở Nội vụ (chủ trì) ‖ UBND các xã, phường (phối hợp)": each side marked with its role
_TREE_MARKED_ROLES_RE = re.compile(r"^[^:]{0,20}:\s*(.+?)\s*\(chủ trì\)\s*(?:‖|\|\||—|–|;)\s*(.+?)\s*\(phối hợp\)\s*\.?$",
                                   re.IGNORECASE)
_TREE_ROLE_LEAF_RE = re.compile(r"^(?:chủ trì|phối hợp|giao|đầu mối|tham gia)\b[^:]{0,20}:", re.IGNORECASE)


def tree_lines(lines: list[str]) -> list[str]:
    """A plan's targets or roles drawn as a tree (blind rounds 98, 99) as the lines a plan
    writes them in: a branch's own words a line ("[1.1] Tỷ lệ … (đơn vị tính: %)"), its
    leaves of years one milestones line under it ("Năm 2025 (kết quả thực hiện): 72,4% ⟶ Năm
    2028 (mốc sơ kết): 80% ⟶ …"), a leaf of roles a line of its own with its bar read as the
    dash between lead and partners ("Giao: Sở Nội vụ (chủ trì) — … (phối hợp)"); leaves of
    roles under an agency's branch ("1. Sở Nội vụ" over "├─ Chủ trì: PT26/01" and "└─ Phối
    hợp: PT26/12") its one line "1. Sở Nội vụ — Chủ trì: PT26/01. Phối hợp: PT26/12.". A
    node's words a PDF wrapped onto an indented line are joined back; the stems ("│") go."""
    out: list[str] = []
    years: list[str] = []        # the year leaves read under the current branch
    roles: list[str] = []        # role leaves under a branch that has no year leaves
    owner: int | None = None     # the index in ``out`` of the branch the leaves are under
    tails = 0                    # lines joined to the last node; -1: the line before was no node

    def close() -> None:
        nonlocal years, roles, owner
        # roles said of the branch's agency ("Chủ trì: PT26/01") go on its line; a target's
        # roles, each side marked ("Sở Y tế (chủ trì) ‖ …"), on a line of their own
        marked = any(_TREE_MARKED_ROLES_RE.match(r) for r in roles)
        roles = [_tree_roles(r) for r in roles]    # (whole now: a PDF may have wrapped a leaf)
        if years and owner is not None:
            # (on the branch's own line: a heading-like "[1.1] Tỷ lệ …" would hold no figure)
            # (bare figures in the unit the branch declares: "(đơn vị tính: trẻ em/100.000 trẻ em)")
            out[owner] = out[owner].rstrip(" .:") + ": " + with_declared_unit(out[owner], " ⟶ ".join(years))
        elif years:
            out.append(" ⟶ ".join(years))
        if roles:
            if owner is not None and not years and not marked:
                out[owner] = out[owner].rstrip(" .:") + " — " + ". ".join(r.rstrip(" .;") for r in roles) + "."
            else:     # (a sentence each: a line without its stop could be read as a heading)
                out.extend(r.rstrip(" .;") + "." for r in roles)
        years, roles, owner = [], [], None

    for line in lines:
        node = _TREE_NODE_RE.match(line)
        if node is None and _TREE_STEM_RE.match(line):
            continue
        if node is None and 0 <= tails < 3 and line.strip():
            target = roles if roles else years if years else out
            tail = _TREE_TAIL_RE.match(line)
            if tail and target and _wrapped(target[-1], tail.group(1)):
                # the tail of a node's words a PDF's width wrapped ("      %)", "│   phường
                # (phối hợp)"): only right under it, and only where its words were cut off
                target[-1] = f"{target[-1].rstrip()} {tail.group(1).strip()}"
                tails += 1
                continue
        if node is None:
            if line.strip():
                close()
                tails = -1
                owner = len(out)
            out.append(line)
            continue
        text = node.group(2).strip()
        tails = 0
        if _TREE_YEAR_LEAF_RE.match(text):
            years.append(text)
        elif _TREE_ROLE_LEAF_RE.match(text):
            roles.append(text)
        else:
            close()
            owner = len(out)
            out.append(text)
    close()
    return out


# a line under a node, indented or behind a stem, no table row: its words' wrapped tail
_TREE_TAIL_RE = re.compile(r"^(?:\s{4,}|\s*[│┃]\s+)([^\s|│┃├└].*)$")


def _wrapped(text: str, tail: str) -> bool:
    """Whether ``tail`` goes on the node's ``text`` a PDF cut: a bracket left open, a tail in
    lower case or punctuation, a comma or "và" at the cut, or roles whose partners' mark
    is still to come ("… (chủ trì) ‖ … Bộ Chỉ huy" over "Bộ đội Biên phòng tỉnh (phối")."""
    if text.count("(") > text.count(")") or not tail[:1].isupper() and not tail[:1].isdigit():
        return True
    if re.search(r"(?:[,;:–-]|\bvà)\s*$", text):
        return True
    return "(chủ trì)" in text and "(phối hợp)" not in text


# "VL1 "khai sinh" - Tỷ lệ …": a target's code, its short name in quotes, its wording
_SHORT_NAMED_RE = re.compile(r"^(\s*)([A-ZĐ]{1,4}[-.]?\d{1,3})\s+[\"“«]([^\"”»]{2,40})[\"”»]\s*[-–—:]\s+(\S.*)$")
# "[TH2025: 98,7% · KH2028: 99,5% · KH2030: 100%]": checkpoints by letters glued to their year
_GLUED_STEPS_RE = re.compile(r"\[\s*((?:[A-ZĐ]{1,4}(?:19|20)\d\d\s*:[^\[\]·•;|]+?\s*(?:[·•;|]\s*)?){2,})\]")
_GLUED_STEP_RE = re.compile(r"([A-ZĐ]{1,4})((?:19|20)\d\d)\s*:\s*([^·•;|]+?)\s*(?=[·•;|]|$)")
# "- Chủ trì các chỉ tiêu: xã phù hợp; đuối nước.": targets listed by role, a colon before them
_ROLE_LIST_RE = re.compile(r"^(\s*[-–•+]?\s*(?:chủ trì|phối hợp|tham gia)[^:]{0,30}:\s*)(.+?)(\.?)\s*$", re.IGNORECASE)


def short_named_targets(lines: list[str]) -> list[str]:
    """Targets each given a code and a short name (blind round 101: "VL1 "khai sinh" - Tỷ lệ
    … (đơn vị tính: %) [TH2025: 98,7% · KH2028: 99,5% · KH2030: 100%]") and named elsewhere
    by the short name only ("- Chủ trì các chỉ tiêu: khai sinh; đuối nước."): each target's
    line as "VL1 - Tỷ lệ … (đơn vị tính: %): năm 2025 (TH): 98,7% ⟶ năm 2028 (KH): …", a list
    of roles by short names as one by codes ("- Chủ trì các chỉ tiêu: VL1; VL14."), the name
    a plan binds to a code in its own line. Lines naming no short name stay as written."""
    codes: dict[str, str] = {}
    for line in lines:
        named = _SHORT_NAMED_RE.match(line)
        if named:
            codes.setdefault(fold_keeping_length(named.group(3).lower()).strip(), named.group(2))
    if len(codes) < 3:
        return lines
    # (a PDF's width wraps a target's bracket of checkpoints, a list of names in lower case)
    joined = _joined_where(lines, lambda last, line: line.strip() and (
        _SHORT_NAMED_RE.match(last) and (last.count("[") > last.count("]") or "[" not in last
                                         and not _SHORT_NAMED_RE.match(line) and not _starts_item(line.strip()))
        or _ROLE_LIST_RE.match(last) and not last.rstrip().endswith((".", ";")) and line.strip()[:1].islower()))
    out = []
    for line in joined:
        named = _SHORT_NAMED_RE.match(line)
        if named:
            line = f"{named.group(1)}{named.group(2)} - {named.group(4)}"
            line = _GLUED_STEPS_RE.sub(lambda m: ": " + " ⟶ ".join(
                f"năm {y} ({letters}): {value}" for letters, y, value in _GLUED_STEP_RE.findall(m.group(1))), line)
            out.append(line.replace(" : năm", ": năm").replace(") : năm", "): năm"))
            continue
        listed = _ROLE_LIST_RE.match(line)
        if listed:
            parts = re.split(r"\s*[;,]\s*", listed.group(2))
            known = [codes.get(fold_keeping_length(part.lower()).strip()) for part in parts]
            if any(known):
                line = listed.group(1) + "; ".join(code or part for code, part in zip(known, parts)) + listed.group(3)
        out.append(line)
    return out


def sentence_tables(lines: list[str]) -> list[str]:
    """Tables of targets whose figures are whole sentences under headers naming the years
    (blind round 100: "| Số hiệu | Chỉ tiêu | Hiện trạng năm 2025 | Phấn đấu đến năm 2028 và năm
    2030 |" over "| 1-1 | Tỷ suất … | Năm 2025, tỷ suất … là 13,8‰ (…). | Giảm xuống dưới 12,9‰
    vào năm 2028 và dưới 12‰ vào năm 2030. |") as a line a target, the way a plan writes one
    in prose: "[1-1] Tỷ suất …: Năm 2025, tỷ suất … là 13,8‰ (…). Giảm xuống dưới 12,9‰ vào năm
    2028 …". A table whose year columns hold figures, not sentences, stays as written."""
    out: list[str] = []
    header: list[str] | None = None
    for line in lines:
        cells = table_cells(line) if "|" in line else None
        if cells is None:
            header = None
            out.append(line)
            continue
        if header is None:
            years = [k for k, c in enumerate(cells) if re.search(r"\b(?:19|20)\d\d\b", c)]
            header = cells if years and len(cells) >= 3 and not any(_LONG_CODE_RE.match(c) for c in cells) else []
            out.append(line)
            continue
        year_cols = [k for k, c in enumerate(header) if re.search(r"\b(?:19|20)\d\d\b", c)]
        sentences = [cells[k] for k in year_cols if k < len(cells) and len(cells[k].split()) >= 3
                     and re.search(r"\d", cells[k]) and re.search(r"[^\W\d_]{2}", cells[k])]
        code = next((c for c in cells[:2] if _SENTENCE_ROW_CODE_RE.match(c)), None)
        name = next((c for c in cells if c != code and c not in sentences and len(c.split()) >= 3), None)
        if header and len(year_cols) == len(sentences) and code and name:
            # (a figure the sentence leaves yearless takes its column's one year)
            said = [c if re.search(r"\b(?:19|20)\d\d\b", c) else f"{header[k]}: {c}"
                    for k, c in zip(year_cols, sentences)]
            base = re.search(r"\(trên\s+(10{0,2}(?:\.000){1,2}\s+[^()]{2,30})\)", name)
            if base:    # "dưới 6,2 vào năm 2028" of a rate "(trên 100.000 trẻ em)": per that base
                said = [re.sub(r"(\d[\d.,]*)(?=\s+(?:vào|đến|trong)\s+năm)", rf"\1 trên {base.group(1)}", c)
                        for c in said]
            out.append(f"[{code}] {name.rstrip(' .:')}: " + " ".join(c.rstrip() if c.rstrip().endswith(".") else c.rstrip() + "."
                                                              for c in said))
            continue
        out.append(line)
    return out


# "1-1", "3-7": a target coded by its goal and its order, a hyphen between
_SENTENCE_ROW_CODE_RE = re.compile(r"^\d{1,2}-\d{1,2}$")
# "1. Giao Sở Y tế chủ trì các chỉ tiêu 1-1, 1-2 và 1-4; phối hợp: UBND các xã, phường (riêng
# chỉ tiêu 1-3 có thêm …)": one agency given the lead of codes, their partners after a colon
_CODE = r"(?:[A-ZĐ]{1,4}[-.]?)?\d{1,2}(?:[-.]\d{1,2})?"
_ASSIGNED_CODES_RE = re.compile(rf"^(\s*(?:\d{{1,2}}[.)]\s+)?)Giao\s+(.{{3,120}}?)\s+chủ trì\s+(?:các\s+)?chỉ tiêu\s+"
                                rf"({_CODE}(?:\s*(?:,|và)\s*(?:chỉ tiêu\s+)?{_CODE})*)\s*;\s*phối hợp\s*:\s*(.+)$",
                                re.IGNORECASE)


def assigned_codes(lines: list[str]) -> list[str]:
    """Roles given in sentences agency by agency, its targets' codes after "chủ trì" and
    their partners after a colon (blind round 100: "1. Giao Sở Y tế chủ trì các chỉ tiêu 1-1,
    1-2, 1-3 và 1-4; phối hợp: Ủy ban nhân dân các xã, phường; Hội Liên hiệp Phụ nữ tỉnh
    (riêng chỉ tiêu 1-3 có thêm Sở Giáo dục và Đào tạo phối hợp).") as the line a plan writes
    targets' roles by code: "1. Các chỉ tiêu 1-1, 1-2, 1-3, 1-4: chủ trì: Sở Y tế; phối hợp:
    …", the exceptions in brackets kept. Other lines stay as written."""
    out = []
    for line in lines:
        assigned = _ASSIGNED_CODES_RE.match(line)
        if assigned:
            codes = ", ".join(re.findall(_CODE, re.sub(r"chỉ tiêu", " ", assigned.group(3), flags=re.IGNORECASE)))
            partners, apart = assigned.group(4), []
            # "Sở Tài chính (đối với chỉ tiêu 5-3)": a partner of that target alone; "(riêng chỉ
            # tiêu 1-3 có thêm Sở X phối hợp)": one more of it — both as a bracket of exceptions
            for name, refs in re.findall(r"([^;,()]+?)\s*\(đối với (chỉ tiêu [^()]+)\)", partners, re.IGNORECASE):
                apart.append(f"đối với {refs}: phối hợp: {name.strip()}")
            partners = re.sub(r"[;,]?\s*[^;,()]+?\s*\(đối với chỉ tiêu [^()]+\)", "", partners, flags=re.IGNORECASE)
            for refs, name in re.findall(r"\(riêng (chỉ tiêu [^()]+?) có thêm ([^()]+?) phối hợp\)", partners, re.IGNORECASE):
                apart.append(f"đối với {refs}: phối hợp: {name.strip()}")
            partners = re.sub(r"\s*\(riêng chỉ tiêu [^()]+? có thêm [^()]+? phối hợp\)", "", partners, flags=re.IGNORECASE)
            # (the exceptions one bracket, a semicolon apart: a bracket the roles' reader sets aside)
            line = (f"{assigned.group(1)}Các chỉ tiêu {codes}: chủ trì: {assigned.group(2)}; phối hợp: "
                    f"{partners.strip(' ;,.')}" + (f" (riêng {'; '.join(apart)})" if apart else "") + ".")
        out.append(line)
    return out


# "Kết quả đầu ra số 5. Tỷ lệ …": a task's output, a target numbered through the plan
_OUTPUT_LINE_RE = re.compile(r"^(\s*)Kết quả đầu ra\s+(?:số\s+)?(\d{1,2})\s*[.:]\s+(\S.*)$", re.IGNORECASE)
# "Cơ quan chủ trì chung: Sở Y tế.": the lead of every output of the task it opens
_TASK_LEAD_RE = re.compile(r"^\s*(?:cơ quan|đơn vị)\s+chủ trì\s+chung\s*:\s*(.+?)\.?\s*$", re.IGNORECASE)
# "Ngoại lệ giao chủ trì: Bảo hiểm xã hội tỉnh.": one output's own lead
_OWN_LEAD_RE = re.compile(r"^\s*(?:ngoại lệ\s+)?giao chủ trì\s*:\s*(.+?)\.?\s*$", re.IGNORECASE)
_OWN_PARTNERS_START_RE = re.compile(r"^\s*\(\s*phối hợp\s*:", re.IGNORECASE)
# "(Phối hợp: Sở Y tế; Công an tỉnh.)": its partners, a line of their own
_OWN_PARTNERS_RE = re.compile(r"^\s*\(\s*phối hợp\s*:\s*(.+?)\.?\s*\)\s*\.?\s*$", re.IGNORECASE)


# "   (3) Mốc sơ kết năm 2028: dưới 5,3‰": a target's field numbered in brackets under it
_NUMBERED_FIELD_RE = re.compile(r"^(\s*)\((\d)\)\s+(\S.*(?:19|20)\d\d.*:\s*\S.*)$")


def numbered_fields(lines: list[str]) -> list[str]:
    """A target's fields numbered "(1)" … "(4)" on lines of their own under it (blind round
    102: "Chỉ tiêu a.1. Tỷ suất … (đơn vị tính: ‰)" over "(1) Xuất phát điểm (kết quả thực
    hiện năm 2025): 5,8‰", "(3) Mốc sơ kết năm 2028: dưới 5,3‰") as its milestone lines, the
    numbers dropped: they number the fields, no targets of their own. A run of three or more,
    each naming a year before its colon; other bracketed numbers stay as written."""
    # (a DOCX's paragraphs a blank line apart: the blank lines between fields go)
    out = [line for k, line in enumerate(lines) if line.strip() or not (
        0 < k < len(lines) - 1 and _NUMBERED_FIELD_RE.match(lines[k + 1]) and lines[k - 1].strip())]
    k = 0
    while k < len(out):
        run = k
        while run < len(out) and _NUMBERED_FIELD_RE.match(out[run]):
            run += 1
        if run - k >= 3:
            fields, notes = [], []
            for j in range(k, run):
                field = _NUMBERED_FIELD_RE.match(out[j])
                # (a change over a period, "… đến hết năm 2028 so với năm 2025: giảm ít nhất 0,5
                # điểm", is a note on the milestones after them, no target of a year)
                if re.search(r"\bso với\s+(?:năm\s+)?(?:19|20)\d\d", field.group(3)):
                    notes.append(f"{field.group(1)}Ghi chú: {field.group(3)}")
                else:
                    fields.append(f"{field.group(1)}{field.group(3)}")
            out[k:run] = fields + notes
            if k > 0 and out[k - 1].strip() and not out[k - 1].rstrip().endswith(":"):
                out[k - 1] = out[k - 1].rstrip() + ":"    # (the target's name ends where its fields begin)
        k = max(run, k + 1)
    return out


def task_outputs(lines: list[str]) -> list[str]:
    """Targets written as the outputs of the plan's tasks (blind round 103): "Nhiệm vụ 1. …"
    opens with "Cơ quan chủ trì chung: Sở Y tế.", its outputs "Kết quả đầu ra số 1. Tỷ suất …
    (đơn vị tính: ‰): đích năm 2030: …; giữa kỳ năm 2028: …; điểm xuất phát năm 2025: …" each
    followed by its partners "(Phối hợp: …)" and, where the lead differs, "Ngoại lệ giao chủ
    trì: …". Each output as a numbered target "Chỉ tiêu 1. …" with its roles after it
    "(Chủ trì: Sở Y tế. Phối hợp: ….)", its task's lead unless its own is named."""
    out: list[str] = []
    task_lead = None
    pending: dict | None = None     # the output read last: its line's index, own lead, partners

    def close():
        nonlocal pending
        if pending is not None:
            lead = pending["lead"] or task_lead
            roles = ([f"Chủ trì: {lead}."] if lead else []) + ([f"Phối hợp: {pending['partners']}."]
                                                             if pending["partners"] else [])
            if roles:
                out.insert(pending["at"] + 1, f"{pending['indent']}({' '.join(roles)})")
        pending = None

    # (a PDF's width wraps an output's line or its partners' bracket onto indented lines)
    joined = _joined_where(lines, lambda last, line: re.match(r"^\s{2,}\S", line) and not _OWN_LEAD_RE.match(line)
                           and not _OWN_PARTNERS_START_RE.match(line)
                           and (_OUTPUT_LINE_RE.match(last) and not last.rstrip().endswith(".")
                                or last.lstrip().startswith("(") and ")" not in last))
    for line in joined:
        output = _OUTPUT_LINE_RE.match(line)
        lead = _TASK_LEAD_RE.match(line)
        own = _OWN_LEAD_RE.match(line) if pending is not None else None
        partners = _OWN_PARTNERS_RE.match(line) if pending is not None else None
        if output:
            close()
            out.append(f"{output.group(1)}Chỉ tiêu {output.group(2)}. {output.group(3)}")
            pending = {"at": len(out) - 1, "lead": None, "partners": None, "indent": output.group(1)}
        elif lead:
            close()
            task_lead = lead.group(1)
            out.append(line)
        elif own:
            pending["lead"] = own.group(1)
        elif partners:
            pending["partners"] = partners.group(1)
        else:
            if line.strip() and pending is not None:
                close()
            if re.match(r"^\s*(?:Nhiệm vụ\s+\d|[IVX]{1,4}\.\s)", line):
                task_lead = None
            out.append(line)
    close()
    return out


def _tree_roles(leaf: str) -> str:
    """A role leaf as a plan's roles line: "Giao: A (chủ trì) ‖ B (phối hợp)" → "Chủ trì: A.
    Phối hợp: B"; any other with its bar read as a dash."""
    marked = _TREE_MARKED_ROLES_RE.match(leaf)
    if marked:
        return f"Chủ trì: {marked.group(1)}. Phối hợp: {marked.group(2)}"
    return leaf.replace("‖", "—").replace("||", "—")


def ditto_cells(lines: list[str]) -> list[str]:
    """Table rows whose cells say "as above" ("| 2 | Tỷ suất … | nt | nt |", blind round 92)
    with the cell of the row above in that column written out, as the reader would; rows of
    another width (a group's row "| II | GIÁO DỤC | | |" has as many, its cells empty: skipped
    as the row above) start no new column."""
    out = []
    above: list[str] | None = None
    for line in lines:
        cells = table_cells(line) if "|" in line else None
        if cells is None:
            above = None if line.strip() and not line.strip().startswith("|") else above
            out.append(line)
            continue
        if above is not None and len(cells) == len(above) and any(_DITTO_CELL_RE.match(c) for c in cells):
            # (a figure is never "as above" across rows: a text cell only, an agency's name)
            cells = [above[k] if _DITTO_CELL_RE.match(c) and above[k].strip() and not re.search(r"\d", above[k])
                     else c for k, c in enumerate(cells)]
            line = line[:_indent(line)] + "| " + " | ".join(cells) + " |"
        if above is None or len(cells) != len(above) or sum(1 for c in cells if c.strip()) > 2:
            above = cells
        out.append(line)
    return out


# a column whose header names its years in order, its cells the figures a mark apart:
# "Lộ trình (2025 → 2028 → 2030)" over "19,8 → dưới 17,5 → dưới 15,6"
_ARROW_YEARS_RE = re.compile(r"((?:19|20)\d\d)(?:\s*(?:→|⟶|->|▸|»)\s*((?:19|20)\d\d))+")
_ARROW_SPLIT_RE = re.compile(r"\s*(?:→|⟶|->|▸|»)\s*")
# "Bảng 1. Nhóm chỉ tiêu do Sở Y tế chủ trì (…)": a table's caption naming who leads its rows
_CAPTION_LEAD_RE = re.compile(r"^\s*(?:Bảng|Biểu|BẢNG)\s+\d{1,2}\s*[.:]\s*.*?\bdo\s+(.+?)\s+chủ trì\b", re.IGNORECASE)
# "(b) Sở Tài chính; Bảo hiểm xã hội tỉnh; …": a key the role cells cite by its letter
_KEY_LINE_RE = re.compile(r"^\s*\(([a-zđ])\)\s+(\S.*?)\.?\s*$")


# a data file's header: field names a semicolon apart, snake_case or words ("ma_chi_tieu;
# ten_chi_tieu;don_vi_tinh;kq_2025;moc_2028;muc_tieu_2030;chu_tri;phoi_hop")
_DATA_HEADER_RE = re.compile(r"^\s*[\w ]{1,30}(?:;[\w ]{1,30}){4,}\s*$")


def delimited_data_as_table(lines: list[str]) -> list[str]:
    """A data file printed in the plan (blind round 97): a header of field names a semicolon
    apart, one or more of them naming a target and a year, over records a line each, quoted
    fields holding semicolons of their own, a PDF's width wrapping a record anywhere, the
    header repeated on a new page: as a table, the names' underscores spaces, one row a record
    ("| KH.TE.01 | Tỷ lệ … | % | 72,3 | 80 | 90 | Sở Nội vụ | UBND … |"). Lines that are no
    such record end the table."""
    import csv

    out: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        header = line.strip()
        # (its last name cut by the page's width: "…;kq_nam_bao" over "_cao")
        if _DATA_HEADER_RE.match(header) and k + 1 < len(lines) and re.fullmatch(r"[\w]{1,20}", lines[k + 1].strip()):
            header, k = header + lines[k + 1].strip(), k + 1
        folded = fold_keeping_length(header.lower()).replace("_", " ")
        if not (_DATA_HEADER_RE.match(header) and "chi tieu" in folded and re.search(r"(?:19|20)\d\d", folded)):
            out.append(line)
            k += 1
            continue
        names = [n.strip().replace("_", " ") for n in header.split(";")]
        out.append("| " + " | ".join(names) + " |")
        k += 1
        record = ""
        while k < len(lines):
            text = lines[k].strip()
            if not record and (not text or ";" not in text):
                break                          # the records end
            record = f"{record}{'' if not record or record.endswith('_') or text.startswith('_') else ' '}{text}"
            k += 1
            fields = next(csv.reader([record], delimiter=";", quotechar='"'))
            if record.count('"') % 2 == 0 and len(fields) >= len(names) - 1 and \
                    (len(fields) >= len(names) or record.rstrip().endswith(";")):
                out.append("| " + " | ".join(squash_spaces(f) for f in fields[:len(names)]) + " |")
                record = ""
        if record:
            out.append(record)
    return out


def keyed_tables(lines: list[str]) -> list[str]:
    """Tables of targets written short, as the reader would read them out (blind round 95):
    - a column whose header names its years in order, "Lộ trình (2025 → 2028 → 2030)", its
      cells the figures in that order "19,8 → dưới 17,5 → dưới 15,6": a column a year;
    - a table under a caption naming its lead, "Bảng 1. Nhóm chỉ tiêu do Sở Y tế chủ trì": a
      column "Cơ quan chủ trì" holding it on each numbered row;
    - role cells citing a key by its letter, "(b)", explained in a list under a title naming
      the keys ("Ký hiệu cơ quan phối hợp: …" over "(b) Sở Tài chính; …"): the key's names.
    Other lines stay as written."""
    keys: dict[str, str] = {}
    for k, line in enumerate(lines):
        if re.search(r"(?i)ký hiệu", line) and not line.strip().startswith("|"):
            for after in lines[k + 1:k + 30]:
                key = _KEY_LINE_RE.match(after)
                if not key:
                    break
                keys[key.group(1)] = key.group(2)
    if len(keys) < 3:
        keys = {}
    out: list[str] = []
    lead: str | None = None       # the caption's lead, for the table under it
    years: tuple[int, list[str]] | None = None     # the arrow column and its years
    for line in lines:
        caption = _CAPTION_LEAD_RE.match(line)
        cells = table_cells(line) if "|" in line else None
        if cells is None:
            if line.strip():
                lead, years = (caption.group(1).strip() if caption else None), None
            out.append(line)
            continue
        if _TABLE_RULE_RE.match(line.strip()):
            out.append(line)
            continue
        header = next(((i, m) for i, c in enumerate(cells) if (m := _ARROW_YEARS_RE.search(c))), None)
        if header is not None and not re.match(r"^\s*\d", cells[0]):
            index, match = header
            years = (index, re.findall(r"(?:19|20)\d\d", match.group(0)))
            cells = cells[:index] + [f"Năm {y}" for y in years[1]] + cells[index + 1:]
            if lead:
                cells.append("Cơ quan chủ trì")
        else:
            if years is not None:
                index, named = years
                parts = _ARROW_SPLIT_RE.split(cells[index]) if index < len(cells) else []
                parts = parts if len(parts) == len(named) else [""] * len(named)
                cells = cells[:index] + parts + cells[index + 1:]
            if keys:
                cells = [_keyed(c, keys) for c in cells]
            if lead and re.match(r"^\s*\d{1,2}\s*$", cells[0]):
                cells.append(lead)
            elif lead:
                cells.append("")
        out.append(line[:_indent(line)] + "| " + " | ".join(cells) + " |")
    return out


def _keyed(cell: str, keys: dict[str, str]) -> str:
    """A cell citing keys by letter ("(b)", "(b), (c)") as their names, else as written."""
    cited = re.findall(r"\(([a-zđ])\)", cell)
    if not cited or re.sub(r"\(([a-zđ])\)|[\s,;và]", "", cell) or any(c not in keys for c in cited):
        return cell
    return "; ".join(keys[c] for c in cited)


# "☐ Hết năm 2028: dưới 18‰     ☐ Hết năm 2030: dưới 16,5‰": a tick box before each step
_TICK_BOX_RE = re.compile(r"[☐☑☒□■]\s*")


_ASKED_RE = re.compile(r"^Câu\s+(\d{1,3})\s*[.:]\s*(.*)$")
_FRAME_RE = re.compile(r"^\s*[│┃║]+\s*")   # a box's left edge
_BORDER_RE = re.compile(r"^[\s┌└┐┘├┤─━═│┃║]+$")
_PARTNER_LINE_RE = re.compile(r"^\s*↳?\s*PH\s*:\s*")
_PARTNERS_OF_RE = re.compile(r"Câu\s+(\d{1,3})\s*:\s*([^;]+)")
_BOX_RE = re.compile(r"^HỘP\s+(\d{1,2})(?:\s*/\s*\d{1,2})?\s*[-–—:.]\s*(\S.*)$", re.IGNORECASE)
_ASKED_YEAR_RE = re.compile(r"^(?:Đến|Tới|Vào|Trong)\s+(?:cuối\s+)?năm\s+((?:19|20)\d\d)\s*,?\s*", re.IGNORECASE)
_ASKING_TAIL_RE = re.compile(r"\s*(?:là|đạt|ở mức|bằng)?\s*(?:bao nhiêu|mấy|thế nào|như thế nào|ra sao)\s*\??\s*$",
                             re.IGNORECASE)
_STEPS_BRACKET_RE = re.compile(r"\s*\(([^()]*(?:19|20)\d\d\s*:[^()]*)\)")
_ASKED_STEP_RE = re.compile(r"^(?:[^\W\d_]+\s+){0,3}((?:19|20)\d\d)\s*:\s*(\S.*)$")
_LEAD_MARK_RE = re.compile(r"\s*\[\s*CT\s*:\s*([^\]]+)\]")
_ANSWER_DASH_RE = re.compile(r"^[-–—]\s+")


def asked_targets(lines: list[str]) -> list[str]:
    """Targets written as questions and their answers (blind round 105: "Câu 1. Đến năm 2030,
    tỷ suất … là bao nhiêu?" over "- Phấn đấu giảm xuống dưới 7,5‰ (nền 2025: 8,9‰; mốc 2028:
    8,2‰). [CT: SYT]", in boxes drawn with frame characters, partners by question number in a
    line "↳ PH: Câu 1: BHXH, UBX; …" under each box) as the items other plans write: "1. Tỷ
    suất …: năm 2025: 8,9‰; năm 2028: 8,2‰; năm 2030: Phấn đấu giảm xuống dưới 7,5‰. (SYT chủ
    trì; BHXH, UBX phối hợp)". A box's title "HỘP 1/5 - …" is its goal's group. The frames go;
    other lines stay as written."""
    partners: dict[str, str] = {}
    consumed: set[int] = set()      # the partners' lines, and the lines their text wraps onto
    for k, line in enumerate(lines):
        if not _PARTNER_LINE_RE.match(line):
            continue
        block, j = line, k + 1
        while j < len(lines) and lines[j].strip() and not block.rstrip().endswith(".") \
                and not re.match(r"^\s*[│┃║┌└↳]", lines[j]):
            block, j = f"{block} {lines[j].strip()}", j + 1
        consumed.update(range(k, j))
        for number, names in _PARTNERS_OF_RE.findall(block):
            partners[number] = names.strip(" .")
    out: list[str] = []
    k = 0
    while k < len(lines):
        if k in consumed:
            k += 1
            continue
        line = _FRAME_RE.sub("", lines[k])
        k += 1
        if line.strip() and _BORDER_RE.match(line):
            continue
        box = _BOX_RE.match(line.strip())
        if box:
            out.append(f"Nhóm mục tiêu {box.group(1)}: {box.group(2)}")
            continue
        asked = _ASKED_RE.match(line.strip())
        if not asked:
            out.append(line)
            continue
        question, answer = asked.group(2), ""
        while k < len(lines) and not question.rstrip().endswith("?"):
            nxt = _FRAME_RE.sub("", lines[k]).strip()
            if not nxt or _ASKED_RE.match(nxt) or re.match(r"^[-–—]\s", nxt):
                break
            question, k = f"{question} {nxt}", k + 1
        while k < len(lines):
            nxt = _FRAME_RE.sub("", lines[k]).strip()
            if not nxt or _BORDER_RE.match(nxt) or _ASKED_RE.match(nxt) or _PARTNER_LINE_RE.match(nxt) \
                    or _BOX_RE.match(nxt) or (answer and re.match(r"^[-–—]\s", nxt)):
                break
            answer, k = (answer + " " + _ANSWER_DASH_RE.sub("", nxt)).strip(), k + 1
        year = _ASKED_YEAR_RE.match(question)
        name = _ASKING_TAIL_RE.sub("", question[year.end():] if year else question).strip(" ,:")
        name = name[:1].upper() + name[1:]
        lead = _LEAD_MARK_RE.search(answer)
        answer = _LEAD_MARK_RE.sub("", answer)
        steps: list[tuple[int, str]] = []
        bracket = _STEPS_BRACKET_RE.search(answer)
        if bracket:
            for part in bracket.group(1).split(";"):
                step = _ASKED_STEP_RE.match(part.strip())
                if step:
                    steps.append((int(step.group(1)), step.group(2).strip(" .")))
            answer = answer[:bracket.start()] + answer[bracket.end():]
        if year:
            steps.append((int(year.group(1)), answer.strip(" .")))
        said = "; ".join(f"năm {y}: {v}" for y, v in sorted(steps)) if steps else answer.strip(" .")
        roles = []
        # role by role after colons: each name read as the plan declares it ("SYT: Sở Y tế")
        if lead:
            roles.append(f"Chủ trì: {lead.group(1).strip()}")
        if asked.group(1) in partners:
            roles.append(f"Phối hợp: {partners[asked.group(1)]}")
        out.append(f"Chỉ tiêu {asked.group(1)}. {name}: {said}" + (f" ({'. '.join(roles)})." if roles else "."))
    return out


def _table_under(lines: list[str], k: int) -> tuple[int, list[list[str] | None]]:
    """(end, rows) of the table whose header is ``lines[k]``: the index past its last row
    (rows a blank line apart are one table) and each line's cells after the header, None for a
    blank line."""
    j = k + 1
    while j < len(lines) and (table_cells(lines[j]) is not None or not lines[j].strip()):
        j += 1
    return j, [table_cells(line) for line in lines[k + 1:j]]


# a target's code opening the cell of its name: "CS1.1. Tỷ suất …", "A-2: Tỷ lệ …"
_CODED_NAME_CELL_RE = re.compile(r"^([A-ZĐ]{1,4}[-.]?\d{1,2}(?:\.\d{1,2}){0,2})[.:]?\s+(\S.*)$")
_NAMING_HEAD_RE = re.compile(r"^(?:chỉ số|chỉ tiêu|nội dung|tên chỉ tiêu|tên chỉ số)\b", re.IGNORECASE)


def coded_name_cells(lines: list[str]) -> list[str]:
    """Tables whose first column names each target after its code ("| CS1.1. Tỷ suất tử vong …
    | 7,2‰ | …" under "| Chỉ số | Đường cơ sở (2025) | …", blind round 106's logical framework)
    with the code in a column of its own ("| CS1.1 | Tỷ suất … |" under "| Mã | Chỉ số |"), as
    tables that number their rows read. Only a table whose header's first cell names the
    targets and whose rows of several cells, two or more, all open with a code (a goal's
    table may hold two: "CT1. …", "CT2. …"); other lines as written."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        cells = table_cells(lines[k])
        if cells is None or len(cells) < 3 or not _NAMING_HEAD_RE.match(cells[0]):
            out.append(lines[k])
            k += 1
            continue
        j, rows = _table_under(lines, k)
        body = [r for r in rows if r is not None and len(r) > 1]
        if len(body) < 2 or not all(_CODED_NAME_CELL_RE.match(r[0]) for r in body):
            out.extend(lines[k:j])
            k = j
            continue
        out.append("| Mã | " + " | ".join(cells) + " |")
        for line, row in zip(lines[k + 1:j], rows):
            if row is None or len(row) <= 1:
                out.append(line)
                continue
            code = _CODED_NAME_CELL_RE.match(row[0])
            out.append("| " + " | ".join([code.group(1), code.group(2)] + row[1:]) + " |")
        k = j
    return out


# a cell of both roles: "Chủ trì: Sở Y tế / Phối hợp: UBND các xã, phường"
_ROLES_CELL_RE = re.compile(r"^Chủ trì\s*:\s*(.+?)\s*(?:(?:/|;|\.|\|\|)\s*Phối hợp\s*:\s*(.*?))?\s*\.?$", re.IGNORECASE)


def role_cells_as_columns(lines: list[str]) -> list[str]:
    """A table column whose cells each give both roles ("Chủ trì: Sở Y tế / Phối hợp: …", the
    "Trách nhiệm" column of blind round 106's logical framework) as the two columns tables of
    roles have, "Cơ quan chủ trì | Cơ quan phối hợp". Only when every row of several cells
    under the header has such a cell in that column; other lines as written."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        header = table_cells(lines[k])
        if header is None or len(header) < 3:
            out.append(lines[k])
            k += 1
            continue
        j, rows = _table_under(lines, k)
        body = [r for r in rows if r is not None and len(r) == len(header)]
        column = next((c for c in range(len(header)) if len(body) >= 3
                       and all(_ROLES_CELL_RE.match(r[c]) for r in body)), None)
        if column is None:
            out.append(lines[k])
            k += 1
            continue
        out.append("| " + " | ".join(header[:column] + ["Cơ quan chủ trì", "Cơ quan phối hợp"]
                                     + header[column + 1:]) + " |")
        for line, row in zip(lines[k + 1:j], rows):
            if row is None or len(row) != len(header):
                out.append(line)
                continue
            roles = _ROLES_CELL_RE.match(row[column])
            out.append("| " + " | ".join(row[:column] + [roles.group(1), roles.group(2) or ""]
                                         + row[column + 1:]) + " |")
        k = j
    return out


def tick_box_steps(lines: list[str]) -> list[str]:
    """Lines of year steps each after a tick box to mark it met (blind round 96) with the steps
    apart by " ⟶ " as the milestone readers read them, the boxes gone: "Hết năm 2028: dưới 18‰ ⟶
    Hết năm 2030: dưới 16,5‰". Two boxed steps at least, each naming its year."""
    out = []
    for line in lines:
        parts = [p.strip() for p in _TICK_BOX_RE.split(line)]
        steps = [p for p in parts[1:] if p]
        if len(steps) >= 2 and not parts[0] and all(re.search(r"(?:19|20)\d\d\s*(?:\([^()]*\))?\s*:", p) for p in steps):
            line = line[:_indent(line)] + " ⟶ ".join(steps)
        out.append(line)
    return out


def year_value_steps(lines: list[str]) -> list[str]:
    """Lines of a roadmap giving a figure for each year, the steps apart by one mark and no
    colon after a year ("Lộ trình hằng năm: 2025 (thực hiện) 95,4% ┆ 2026 96,2% ┆ … ┆ 2030
    (tổng kết) 99,5%", blind round 93) with the steps written as the milestone readers read
    them: "Lộ trình hằng năm: năm 2025 (thực hiện): 95,4% ⟶ năm 2026: 96,2% ⟶ …". Three steps
    at least; a table's row is none."""
    out = []
    # (a page's width may cut the steps after a mark: "… 97,8% ┆" over "2029 98,7% ┆ …", or
    # inside a step: "┆ 2028 (sơ" over "kết) dưới 18‰ ┆ …", "┆ 2029" over "95% ┆ …")
    joined = _joined_where(lines, lambda last, line: (
        re.search(r"\s[┆¦•·▪]\s*$", last) or len(re.findall(r"\s[┆¦]\s", last)) >= 2)
        and (line.strip()[:1].islower() or line.strip()[:1].isdigit()))
    for line in joined:
        stripped = line.strip()
        if stripped.startswith("|") or not re.search(r"(?:19|20)\d\d", stripped):
            out.append(line)
            continue
        head = re.match(r"^([^:]{0,40}:\s*)?", stripped)
        prefix, body = (head.group(1) or ""), stripped[head.end():]
        if prefix and not _ROADMAP_PREFIX_RE.match(fold_keeping_length(prefix.lower())):
            out.append(line)     # ("Kinh phí dự kiến: 2026 1.200 triệu đồng • …": another measure's years)
            continue
        steps = [_YEAR_VALUE_STEP_RE.match(part.strip()) for part in _STEP_MARK_RE.split(body.rstrip(" ."))]
        if len(steps) < 3 or not all(steps):
            out.append(line)
            continue
        written = " ⟶ ".join(f"năm {m.group(1)}{' ' + m.group(2) if m.group(2) else ''}: {m.group(3)}" for m in steps)
        # bare figures ("64", "dưới 50") in the unit the target's name declares above it
        # (a PDF's width may cut the name's bracket: its lines read together)
        declared = _UNIT_BRACKET_RE.findall(" ".join(part.strip() for part in out[-3:]))
        declared = declared[-1] if declared else None
        out.append(f"{line[:_indent(line)]}{prefix}{with_declared_unit(declared, written) if declared else written}")
    return out


def barred_year_steps(lines: list[str]) -> list[str]:
    """Lines of year steps split by "|" or "||" (not starting with one: no table row) with the
    steps split by " ⟶ " instead, as the target readers read a line of milestones. A PDF's
    line cut inside the steps ("… || Phải đạt cuối năm 2030: dưới" over a deeper "7,1‰") is
    joined first."""
    out, k = [], 0
    while k < len(lines):
        line = lines[k]
        stripped = line.strip()
        k += 1
        barred = ("|" in stripped or " / " in stripped) and not stripped.startswith("|")
        if barred and _BARRED_STEP_RE.match(stripped):
            while k < len(lines) and lines[k].strip() and _indent(lines[k]) > _indent(line) \
                    and "|" not in lines[k] and len(lines[k].strip()) < 40:
                stripped = f"{stripped} {lines[k].strip()}"
                k += 1
        parts = _BAR_SPLIT_RE.split(stripped) if barred else []
        if len(parts) >= 2 and all(_BARRED_STEP_RE.match(part) for part in parts):
            line = line[:_indent(line)] + " ⟶ ".join(_YEAR_END_DATE_RE.sub(r"năm \1", part) for part in parts)
        out.append(line)
    return out


_SIGNED_ITEM_RE = re.compile(r"^(\s*#\d{1,3})(\s+)(?=[^\W\d_]|\d+\s*[^\W\d_])")
# "ký hiệu ► chỉ đơn vị chủ trì, ký hiệu ○ chỉ đơn vị phối hợp": a plan's own marks for roles
_ROLE_MARK_LEGEND_RE = re.compile(r"(?:ký hiệu|kí hiệu|dấu)\s*[\"“«(]?\s*([^\w\s,;:\"“”«»()])\s*[\"”»)]?\s*"
                                  r"(?:chỉ|là|=|:|dùng cho|để chỉ)\s*(?:các\s+)?(?:đơn vị|cơ quan)\s+(chủ trì|phối hợp)",
                                  re.IGNORECASE)


_SLASHED_ROLES_RE = re.compile(r"^\s*(?:Trách nhiệm|Phân công|Thực hiện)\s*:\s*([^/:;]+?)\s+/\s+([^/]+?)\s*\.?\s*$")
# "| Địa bàn | Kết quả năm 2025 | Mốc năm 2028 | Mốc năm 2030 |": a target's own small table by area
_AREA_HEAD_RE = re.compile(r"^(?:dia ban|khu vuc|vung|pham vi)\b")
_WHOLE_PLACE_RE = re.compile(r"^(?:toan tinh|toan thanh pho|toan xa|toan phuong|toan dac khu|chung toan)\b")
_BARE_CELL_RE = re.compile(r"[^\W\d]*\s*[\d.,]+")     # "80", "dưới 9,6": a figure with no unit
_UNIT_DECLARED_RE = re.compile(rf"\({UNIT_LABEL_WORDS}\s*:\s*([^()]{{1,30}})\)\s*$", re.IGNORECASE)


def _area_tables_as_milestones(lines: list[str]) -> list[str]:
    """A target's own small table by area under its line ("Chỉ tiêu 1. Tỷ lệ … (đơn vị tính:
    %)" over "| Địa bàn | Kết quả năm 2025 | Mốc năm 2028 | Mốc năm 2030 |", "| Toàn tỉnh |
    72,4 | 80 | 88 |", "| Khu vực I … |"): the whole place's row as a milestones line
    ("Kết quả năm 2025: 72,4% ⟶ Mốc năm 2028: 80% ⟶ Mốc năm 2030: 88%") in the unit the line
    declares, before the table, which stays (``parse.breakdowns`` reads its areas' rows). Any
    other table is left alone."""
    out: list[str] = []
    unit = ""
    k = 0
    while k < len(lines):
        line = lines[k]
        declared = _UNIT_DECLARED_RE.search(line.strip())
        if declared and table_cells(line) is None:
            unit = declared.group(1).strip()
        cells = table_cells(line)
        folded = [fold_keeping_length(c.lower()) for c in cells] if cells else []
        years = [re.search(r"(?:19|20)\d\d", c) for c in folded[1:]]
        if cells and _AREA_HEAD_RE.match(folded[0]) and years and all(years):
            rows = []
            j = k + 1
            while j < len(lines) and table_cells(lines[j]) is not None:
                rows.append(lines[j])
                j += 1
            whole = next((r for r in rows if _WHOLE_PLACE_RE.match(fold_keeping_length(table_cells(r)[0].lower()))), None)
            if whole is not None:
                figures = table_cells(whole)[1:]
                suffix = unit if unit in ("%", "‰") else ("" if not unit or "trên" in unit.lower() else f" {unit}")
                steps = [f"{cells[i + 1].strip()}: {fig.strip()}" + (suffix if _BARE_CELL_RE.fullmatch(fig.strip()) else "")
                         for i, fig in enumerate(figures) if i + 1 < len(cells) and fig.strip()]
                out.append(" ⟶ ".join(steps))
                out.extend([line, *rows])     # the table stays, its areas' figures read by area
                k = j
                unit = ""
                continue
        out.append(line)
        k += 1
    return out


# "| Mốc năm | Mức tối thiểu (bắt buộc) | Mức phấn đấu |" (folded): a table of a target's years
# down, its levels across
_YEAR_HEAD_RE = re.compile(r"^(?:moc\s+nam|moc|nam|thoi diem|moc thoi gian)$")
_YEAR_CELL_RE = re.compile(r"^(?:nam\s+)?((?:19|20)\d\d)\b")
_LEVEL_HEAD_RE = re.compile(r"^(?:muc|phuong an|kich ban)\b(?!.*(?:19|20)\d\d)")


# a target's code heading a column of a table written years down: "NB-1.1", "YT-03", "A2", "1.4"
_CODE_HEAD_RE = re.compile(r"^(?:[A-ZĐ]{1,5}[-.]?)?\d{1,2}(?:[.\-]\d{1,2}){0,2}[a-z]?$|^[A-ZĐ]{1,5}[-.]?[A-ZĐ]{1,3}\d{1,2}$")
# a field of a legend line after its name: "đơn vị: %", "chủ trì: SYT", "phối hợp: UBND xã"
_LEGEND_FIELD_RE = re.compile(r"^\s*(đơn vị(?: tính)?|đvt|(?:cơ quan |đơn vị )?chủ trì|(?:cơ quan |đơn vị )?phối hợp)\s*:\s*(.*)$",
                              re.IGNORECASE)


def coded_years_tables(lines: list[str]) -> list[str]:
    """A table written years down with a column per target's code ("| Năm | NB-1.1 | NB-1.2 |"
    over "| 2025 (thực hiện) | 96,2 | 4,8 |"), each code named in a legend under it ("NB-1.1 —
    Tỷ lệ …; đơn vị: %; chủ trì: SYT; phối hợp: UBND xã; HLHPN.", blind round 111), as the
    usual rows a target each: "| STT | Chỉ tiêu | Đơn vị tính | 2025 (thực hiện) | … | Cơ quan
    chủ trì | Cơ quan phối hợp |" over "| NB-1.1 | Tỷ lệ … | % | 96,2 | … | SYT | UBND xã;
    HLHPN |". The legend's lines (a page's width may wrap one) go into the rows. A table whose
    codes the legend does not all name is left as it is."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        cells = table_cells(lines[k])
        codes = [c.strip() for c in cells[1:]] if cells else []
        if not cells or len(codes) < 2 or not _YEAR_HEAD_RE.match(fold_keeping_length(cells[0].lower()).strip()) \
                or not all(_CODE_HEAD_RE.match(c) for c in codes):
            out.append(lines[k])
            k += 1
            continue
        rows, j = [], k + 1
        while j < len(lines) and ((row := table_cells(lines[j])) is not None or not lines[j].strip()):
            if row is not None and _YEAR_LABEL_RE.search(row[0]):
                rows.append(row)
            j += 1
        legend: dict[str, str] = {}
        taken: list[int] = []
        current = None
        m = j
        while m < len(lines) and m < j + 4 * len(codes) + 8 and table_cells(lines[m]) is None:
            line = lines[m].strip()
            head = re.match(r"^(\S+)\s*[—–:-]\s+(\S.*)$", line)
            if head and head.group(1) in codes:
                current = head.group(1)
                legend[current] = head.group(2)
                taken.append(m)
            elif current and line and not legend[current].rstrip().endswith(".") \
                    and not re.match(r"^(?:[IVX]{1,5}|\d{1,2}|[a-zđ])[.)]\s|^[(*]", line):
                legend[current] += " " + line          # (the rest of a wrapped legend line)
                taken.append(m)
            elif current and (not line or len(legend) == len(codes)):
                current = None     # a blank line, or a numbered line after the last code: the legend ended
                if line:
                    break
            elif line and len(legend) == len(codes):
                break
            m += 1
        if not rows or set(legend) != set(codes):
            out.append(lines[k])
            k += 1
            continue
        out.append("| STT | Chỉ tiêu | Đơn vị tính | " + " | ".join(r[0] for r in rows) + " | Cơ quan chủ trì | Cơ quan phối hợp |")
        # "Bảng lộ trình — Mục tiêu 1. Bảo vệ trẻ em …" over the table: the goal its rows are of
        above = next((line for line in reversed(out[:-1]) if line.strip()), "")
        goal = re.search(r"\bMục tiêu\s+(\d{1,2})\s*[.:\-–]\s*(\S.*)$", clean_line(above)[0], re.IGNORECASE)
        if goal:
            out.append(f"| Mục tiêu {goal.group(1)}: {goal.group(2).strip()} |")
        for column, code in enumerate(codes, start=1):
            parts = [p.strip() for p in legend[code].rstrip(". ").split(";")]
            name, fields, last = parts[0], {}, None
            for part in parts[1:]:
                field = _LEGEND_FIELD_RE.match(part)
                if field:
                    label = fold_keeping_length(field.group(1).lower())
                    last = "lead" if "chu tri" in label else "partners" if "phoi hop" in label else "unit"
                    fields.setdefault(last, []).append(field.group(2).strip())
                elif last in ("lead", "partners") and part:
                    fields[last].append(part)          # "phối hợp: UBND xã; HLHPN": each agency its part
            values = [r[column] if column < len(r) else "" for r in rows]
            out.append(f"| {code} | {name} | {(fields.get('unit') or [''])[0]} | " + " | ".join(values)
                       + f" | {'; '.join(fields.get('lead', []))} | {'; '.join(fields.get('partners', []))} |")
        taken_set = set(taken)
        out.extend(lines[n] for n in range(j, m) if n not in taken_set)
        k = m
    return out


def level_tables_as_steps(lines: list[str]) -> list[str]:
    """A target's own small table of years down and levels across under its line ("| Mốc năm |
    Mức tối thiểu (bắt buộc) | Mức phấn đấu |" over "| 2028 | 78% | 80% |", blind round 86)
    as steps, each level a figure's bracket: "năm 2028: 78% (mức tối thiểu), 80% (mức
    phấn đấu); năm 2030: …", joined to the line of the 2025 result above it when there is one
    (the line the target's statement takes). Any other table is left alone."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        cells = table_cells(lines[k])
        head = [fold_keeping_length(c.lower()).strip() for c in cells] if cells else []
        # (the columns must name levels, "Mức tối thiểu", "Mức phấn đấu": "| Năm | Số học sinh
        # lớp 9 | Số trường |" is a table of data, no target's levels)
        if not head or not _YEAR_HEAD_RE.match(head[0]) or len(head) < 3 \
                or not all(_LEVEL_HEAD_RE.match(c) for c in head[1:]):
            out.append(lines[k])
            k += 1
            continue
        rows, j = [], k + 1
        while j < len(lines) and (row := table_cells(lines[j])) is not None:
            rows.append(row)
            j += 1
        body = [r for r in rows if not all(re.fullmatch(r":?-{3,}:?", c) or not c for c in r)]
        if not body or not all(_YEAR_CELL_RE.match(fold_keeping_length(r[0].lower()).strip()) for r in body):
            out.append(lines[k])
            k += 1
            continue
        # "Mức tối thiểu (bắt buộc)" → "mức tối thiểu": a level's name, its bracket's gloss left
        levels = [squash_spaces(re.sub(r"\([^()]*\)", " ", c)) or c for c in cells[1:]]
        levels = [level[:1].lower() + level[1:] for level in levels]
        # bare cells ("dưới 12,5") in the unit the target's line declares ("(đơn vị tính:
        # /100.000 trẻ em)"), as its other figures are written
        # the lines above, past blank lines and another table ("| Năm | Chỉ tiêu giao | Kết quả |"):
        # the target's result line and its own line
        above_rows = [n for n in range(len(out) - 1, max(-1, len(out) - 30), -1)
                      if out[n].strip() and table_cells(out[n]) is None][:2]
        near = [out[n] for n in reversed(above_rows)]
        declared = next((m for line in near if (m := _UNIT_DECLARED_RE.search(line.strip().rstrip(".")))), None)
        suffix = _unit_suffix(declared.group(1).strip()) if declared else ""

        def figure(cell: str) -> str:
            return cell + suffix if _BARE_CELL_RE.fullmatch(cell) else cell
        steps = "; ".join(
            f"năm {_YEAR_CELL_RE.match(fold_keeping_length(r[0].lower()).strip()).group(1)}: "
            + ", ".join(f"{figure(v.strip())} ({levels[i]})" for i, v in enumerate(r[1:len(cells)]) if v.strip())
            for r in body)
        above = above_rows[0] if above_rows else None
        if above is not None and re.search(r"(?:19|20)\d\d\s*\)?\s*:", out[above]):
            result = out[above].rstrip().rstrip(".;")
            bare = re.search(r":\s*([^\W\d]*\s*[\d.,]*\d)$", result)
            if bare:        # "Hiện trạng (kết quả năm 2025): 13,8": the result in that unit too
                result = result + suffix
            out[above] = f"{result}; {steps}."
        else:
            out.append(f"{steps}.")
        k = j
    return out


# "2025 ▸ 2028 ▸ 2030:" alone on its line: a target's years, their figures on the next line
_YEARS_ALONE_RE = re.compile(r"^\s*(?:19|20)\d\d(?:\s*([^\w\s:])\s*(?:19|20)\d\d)+\s*:\s*$")


def _years_line_with_its_figures(lines: list[str]) -> list[str]:
    """A line of years alone ("2025 ▸ 2028 ▸ 2030:") joined to the line of their figures
    under it ("85 ▸ 90 ▸ 95"), as many figures as years apart by the same mark; a page's
    width cut the line there."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        years = _YEARS_ALONE_RE.match(line)
        nxt = next((j for j in range(k + 1, min(k + 3, len(lines))) if lines[j].strip()), None)
        if years and nxt is not None and lines[nxt].count(years.group(1)) == line.count(years.group(1)) \
                and re.match(r"\s*(?:[^\W\d_]+\s+){0,3}\d", lines[nxt]):
            out.append(f"{line.rstrip()} {lines[nxt].strip()}")
            k = nxt + 1
            continue
        out.append(line)
        k += 1
    return out


# "Số liệu ghi theo thứ tự: Kết quả năm 2025 / Mốc năm 2028 / Mục tiêu năm 2030": the order of
# the years every target's figure line follows, declared once (folded: "theo thu tu", "thu tu co dinh")
_DECLARED_ORDER_RE = re.compile(r"\bthu tu(?:\s+co dinh)?\b[^:\n]{0,40}?:?\s*[\"“]?((?:[^/\"”\n]{0,25}?\b(?:19|20)\d\d\s*/\s*){1,5}"
                                r"[^/\"”\n]{0,25}?\b(?:19|20)\d\d)\b")
# one figure of such a line: its comparator words, its number ("dưới 10,8", "không quá 30", "97")
_ORDERED_FIGURE_RE = re.compile(r"^(?:[^\W\d_]+\s+){0,3}[<>≤≥]?\s*\d{1,3}(?:\.\d{3})*(?:,\d+)?\s*(?:%|‰)?$")
# "82,4 (94/114 xã)": a figure's bracket, a note of its own; "năm học 2024/2025: 71,5": a label
_ORDERED_NOTE_RE = re.compile(r"\s*\([^()]*\)\s*$|^[^\d:]{0,40}(?:\d{4}/\d{4})?[^\d:]{0,10}:\s*")
# "chưa có số liệu", "—": a step the plan gives no figure
_NO_FIGURE_RE = re.compile(r"^(?:[-–—]|chưa có(?: số liệu)?|không có(?: số liệu)?|chưa thống kê)$", re.IGNORECASE)
_ORDERED_UNIT_RE = re.compile(r"\s*\((?:đơn vị(?: tính)?|ĐVT)\s*:\s*([^()]+)\)\s*\.?\s*$", re.IGNORECASE)


_LEADER_BEFORE_STEP_RE = re.compile(r"\s*(?:\.{4,}|…{2,}|(?:\.\s){3,})\s*(?=(?:[^\W\d_]+\s+){1,3}(?:19|20)\d\d\s*:)")


# "thực hiện năm 2025: 9,8 :: phải đạt năm 2028: dưới 9,0 :: phải đạt năm 2030: dưới 8,2": steps,
# each its words and year before a colon, apart by a double colon
_STEP_RE = re.compile(r"^\s*((?:[^\W\d_]+\s+){0,4}năm\s+(?:19|20)\d\d)\s*:\s*(.+?)\s*$", re.IGNORECASE)
# "… — đơn vị tính: ‰ (trên 1.000 trẻ đẻ sống)": a target's unit after a dash, closing its line
_DASHED_UNIT_RE = re.compile(rf"\s+[—–-]\s+({UNIT_LABEL_WORDS}\s*:\s*[^—–]{{1,40}})\s*$", re.IGNORECASE)


def _unit_suffix(unit: str) -> str:
    """How a bare figure takes a declared unit: "%", "‰" after it; a rate's base "/100.000 trẻ
    em"; a counted word " vụ" (a count "each year" the year's own)."""
    unit = squash_spaces(re.sub(rf"(?i)^{UNIT_LABEL_WORDS}\s*:\s*", "", unit)).strip(" .;")
    based = re.search(r"\(\s*(?:trên|/)\s*([^()]+?)\s*\)", unit)
    if based:       # "‰ (trên 1.000 trẻ đẻ sống)": the rate's base says more than its sign
        return "/" + based.group(1)
    sign = re.match(r"^([%‰])", unit)
    if sign:
        return sign.group(1)
    base = re.match(r"^(?:trên|/)\s*(.+)$", unit, re.IGNORECASE)
    if base:
        return "/" + base.group(1)
    return " " + re.sub(r"\s*/\s*năm$", "", unit)


# "giai đoạn I từ năm 2026 đến năm 2028", "Giai đoạn 2 (2029 - 2030)": a phase the plan declares
_PHASE_RE = re.compile(r"\bgiai đoạn\s+([IVX]{1,4}|\d)\s*(?:[(:,]\s*)?(?:từ\s+)?(?:năm\s+)?((?:19|20)\d\d)\s*"
                       r"(?:-|–|đến)\s*(?:năm\s+)?((?:19|20)\d\d)", re.IGNORECASE)


def phase_years(lines: list[str]) -> list[str]:
    """A target's step named by the end of a phase the plan declares ("giai đoạn I từ năm 2026
    đến năm 2028" … "cuối giai đoạn I: 76%") with that phase's last year ("cuối giai đoạn I năm
    2028: 76%"), so the readers take the figure for it. A plan declaring no phase, or a phase
    named twice with other years, leaves every line as written."""
    ends: dict[str, str] = {}
    for line in lines:
        for match in _PHASE_RE.finditer(line):
            label = match.group(1).upper()
            if ends.get(label, match.group(3)) != match.group(3):
                return lines
            ends[label] = match.group(3)
    if not ends:
        return lines
    step = re.compile(r"\b(cuối giai đoạn\s+(" + "|".join(map(re.escape, ends)) + r"))\b(?!\s*\(?\s*(?:năm\s+)?(?:19|20)\d\d)\s*:",
                      re.IGNORECASE)
    return [step.sub(lambda m: f"{m.group(1)} năm {ends[m.group(2).upper()]}:", line) for line in lines]


# "Chỉ tiêu 3/20": a target numbered by its place in the plan's whole count
_OUT_OF_TOTAL_RE = re.compile(r"\bch[ỉi] ti[êe]u\s+(?:s[ốo]\s+)?(\d{1,2})/(\d{1,2})(?![\d/])", re.IGNORECASE)


_BARRED_ROLES_RE = re.compile(r"\[\s*((?:(?:Cơ quan|Đơn vị)\s+)?(?:Chủ trì|Chu tri|Phối hợp|Phoi hop)\s*:[^\[\]]*)\]", re.IGNORECASE)


def _roles_in_brackets(match: re.Match) -> str:
    """"[Chủ trì: A | Phối hợp: B; C (UBND xã)]" → "(Chủ trì: A. Phối hợp: B; C)": the roles
    as a bracket the readers know, an agency's short name in brackets inside it dropped."""
    inner = re.sub(r"\s*\([^()]*\)", "", match.group(1))
    inner = re.sub(r"\s*\|\s*", ". ", inner)
    inner = re.sub(r";\s*(?=(?:(?:Cơ quan|Đơn vị)\s+)?(?:Chủ trì|Phối hợp)\s*:)", ". ", inner, flags=re.IGNORECASE)
    return f"({inner.strip()})"


# "Chỉ tiêu 3 (Chủ trì: Sở Y tế. Phối hợp: …)": a target's label, perhaps its roles, no wording
_LABEL_ONLY_RE = re.compile(r"^\s*((?:Chỉ tiêu|Chỉ số|Chỉ báo)\s+(?:số\s+)?\d{1,3})\s*[.:]?\s*"
                            r"(\((?:(?:Cơ quan|Đơn vị)\s+)?(?:Chủ trì|Phối hợp|Giao chủ trì)\s*:[^()]*\))?\s*$", re.IGNORECASE)


def label_only_lines(lines: list[str]) -> list[str]:
    """``"Chỉ tiêu 3 (Chủ trì: Sở Y tế. Phối hợp: …)"`` over ``"Tỷ suất tử vong … (đơn vị tính:
    ‰)."``: a line holding a target's label (and its roles) but no wording takes the next
    line as its wording, ``"Chỉ tiêu 3. Tỷ suất tử vong … (Chủ trì: …)"``, so the target is one
    item; the lines after it (its figures) go on as before. A label line followed by another
    label, a heading or nothing is left alone."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        match = _LABEL_ONLY_RE.match(lines[i])
        j = i + 1
        while match and j < len(lines) and not lines[j].strip():
            j += 1
        if match and j < len(lines) and not _LABEL_ONLY_RE.match(lines[j]) and lines[j].strip()[:1] not in "|#" \
                and not _starts_item(lines[j].strip()) and not _STEP_RE.match(lines[j]):
            wording = lines[j].strip()
            # (a wording a page's width wrapped: the lines after it, in lower case, until it ends)
            while j + 1 < len(lines) and lines[j + 1].strip()[:1].islower() and not wording.endswith((".", ")")):
                j += 1
                wording = f"{wording} {lines[j].strip()}"
            roles = f" {match.group(2)}" if match.group(2) else ""
            if roles and wording.endswith("."):
                wording = wording[:-1] + roles + "."
            else:
                wording += roles
            out.append(f"{match.group(1)}. {wording}")
            i = j + 1
            continue
        out.append(lines[i])
        i += 1
    return out


def label_total(lines: list[str]) -> int | None:
    """T of a plan numbering at least three targets "Chỉ tiêu n/T" against one total T, else
    None."""
    totals = Counter(int(m.group(2)) for line in lines for m in _OUT_OF_TOTAL_RE.finditer(line)
                     if 0 < int(m.group(1)) <= int(m.group(2)))
    if not totals:
        return None
    total, count = totals.most_common(1)[0]
    return total if count >= 3 else None


def out_of_total_labels(lines: list[str]) -> list[str]:
    """``"Chỉ tiêu 3/20 [Chủ trì: …]"`` → ``"Chỉ tiêu 3 [Chủ trì: …]"``: where at least three
    targets are numbered "n/T" against one total T, the total is dropped, so the targets and
    every list citing them ("Chủ trì Chỉ tiêu 2/20 đến 6/20", "| 1/20, 12/20 |") read as the
    numbers they are. A bare "n/T" is rewritten only when T is above 12, where it can be no
    date ("10/12" is a day); lines without such labels come back unchanged."""
    total = label_total(lines)
    if total is None:
        return lines
    if total > 12:
        pattern = re.compile(rf"(?<![\d/.,])(\d{{1,2}})/{total}(?![\d/])")
    else:
        pattern = re.compile(rf"(\bch[ỉi] ti[êe]u\s+(?:s[ốo]\s+)?)(\d{{1,2}})/{total}(?![\d/])", re.IGNORECASE)

    def drop(match: re.Match) -> str:
        number = match.group(match.lastindex)
        if int(number) > total:
            return match.group(0)
        return match.group(1) + number if match.lastindex == 2 else number

    return [pattern.sub(drop, line) for line in lines]


# one step of a line of milestones apart by dashes: "gốc 2025: 71,8%", "năm 2028: ≥ 78%"
_DASHED_STEP_RE = re.compile(r"^((?:[^\W\d_]+\s+){0,3})(?:năm\s+)?((?:19|20)\d\d)\s*:\s*(\S.*?)\s*[.;]?$", re.IGNORECASE)
_DASH_SPLIT_RE = re.compile(r"\s+[—–-]\s+")
_YEAR_WORD_END_RE = re.compile(r"năm\s+$", re.IGNORECASE)
_UNIT_PART_RE = re.compile(rf"^\s*({UNIT_LABEL_WORDS}\s*:\s*\S.{{0,40}}?)\s*$", re.IGNORECASE)


def dashed_steps(lines: list[str]) -> list[str]:
    """A target's line closing with two or more milestones apart by dashes ("A-1 — Tỷ lệ …
    [%] — gốc 2025: 71,8% — năm 2028: ≥ 78% — năm 2030: ≥ 86%") with those steps as a line
    of milestones reads them ("… [%] — gốc năm 2025: 71,8% ⟶ năm 2028: ≥ 78% ⟶ năm 2030:
    ≥ 86%"). Steps must hold a figure; any other line stays as written."""
    out = []
    for line in lines:
        parts = _DASH_SPLIT_RE.split(line)
        steps = []
        while len(parts) - len(steps) > 1:
            step = _DASHED_STEP_RE.match(parts[len(parts) - len(steps) - 1])
            if not step or not re.search(r"\d", step.group(3)):
                break
            steps.insert(0, step)
        if len(steps) < 2:
            out.append(line)
            continue
        head = parts[:len(parts) - len(steps)]
        declared = next((_UNIT_PART_RE.match(part) for part in head if _UNIT_PART_RE.match(part)), None)
        squared = re.search(r"\[\s*([^\[\]\d]{1,25}?)\s*\]\s*$", head[-1]) if head else None   # "… [trẻ em]"
        suffix = _unit_suffix(declared.group(1)) if declared else _unit_suffix(squared.group(1)) if squared else ""

        def value(step: re.Match) -> str:     # "86,4" under "đơn vị tính: %": "86,4%"
            return step.group(3) + (suffix if suffix and _BARE_VALUE_RE.fullmatch(step.group(3)) else "")
        written = " ⟶ ".join(f"{_YEAR_WORD_END_RE.sub('', st.group(1))}năm {st.group(2)}: {value(st)}" for st in steps)
        # the head as written, up to where its steps start
        cut = line.rfind(parts[len(head) - 1]) + len(parts[len(head) - 1])
        out.append(f"{line[:cut]} — {written}")
    return out


_CIRCLED_RUN_RE = re.compile(r"(?:(?:[Cc]hỉ tiêu|CHỈ TIÊU)\s+)?([①-⑳㉑-㉟㊱-㊿⓵-⓾❶-❿⓫-⓴](?:\s*(?:,|-|–|đến|và)?\s*[①-⑳㉑-㉟㊱-㊿⓵-⓾❶-❿⓫-⓴])*)")


def circled_numbers(lines: list[str]) -> list[str]:
    """Targets numbered by circled numerals ("① Tỷ lệ …", "Chủ trì: ① ⑧ ⑪", "chỉ tiêu ① -
    ⑦") as numbered targets: "Chỉ tiêu 1. Tỷ lệ …", "Chủ trì: chỉ tiêu 1, 8, 11", "chỉ tiêu
    1 - 7". Only in a plan writing three distinct ones or more; other lines stay as written."""
    def numbers(run: str) -> str:
        run = re.sub(r"(?<=[①-⑳㉑-㉟㊱-㊿⓵-⓾❶-❿⓫-⓴])\s+(?=[①-⑳㉑-㉟㊱-㊿⓵-⓾❶-❿⓫-⓴])", ", ", run)
        return "".join(str(circled_value(c)) if circled_value(c) else c for c in run)

    out = []
    for line in lines:
        first = re.match(r"^(\s*)([①-⑳㉑-㉟㊱-㊿⓵-⓾❶-❿⓫-⓴])\s+(?=\S)", line)
        if first:
            line = f"{first.group(1)}Chỉ tiêu {circled_value(first.group(2))}. {line[first.end():]}"
        out.append(_CIRCLED_RUN_RE.sub(lambda m: "chỉ tiêu " + numbers(m.group(1)), line))
    return out


# "[2025] 84,6 ▹ [2028] ≥ 89 ▹ [2030] ≥ 93": years in square brackets before their figures
_BRACKETED_YEAR_STEP_RE = re.compile(r"\[\s*((?:19|20)\d\d)\s*\]\s*([^\[▹►▸→⟶»|]+?)\s*(?=[▹►▸→⟶»|]|$)")


def bracketed_year_steps(lines: list[str]) -> list[str]:
    """A line of figures each after its year in square brackets ("[2025] 84,6 ▹ [2028] ≥ 89 ▹
    [2030] ≥ 93") as a line of milestones ("năm 2025: 84,6 ⟶ năm 2028: ≥ 89 ⟶ năm 2030: ≥
    93"); any other line stays as written."""
    out = []
    for line in lines:
        steps = list(_BRACKETED_YEAR_STEP_RE.finditer(line))
        rest = _BRACKETED_YEAR_STEP_RE.sub("", line)
        if len(steps) >= 2 and not re.sub(r"[\s▹►▸→⟶»|]", "", rest):
            out.append(" ⟶ ".join(f"năm {m.group(1)}: {m.group(2).strip()}" for m in steps))
        else:
            out.append(line)
    return out


# "năm 2027 (sơ kết giữa kỳ) ............... dưới 8,1": a year's own line, its figure after dots
_DOTTED_YEAR_LINE_RE = re.compile(r"^\s*năm\s+((?:19|20)\d\d)\s*(?:\(([^()]{1,30})\))?\s*\.{3,}\s*(\S.*?)\s*$", re.IGNORECASE)
# "▶ Sở Y tế   ▷ Hội Liên hiệp Phụ nữ; …": the lead after a full triangle, the partners after an open one
# (a label and a colon after the triangle, "► Giao thực hiện …: Chủ trì: …", is a bullet of roles said in words)
_TRIANGLE_ROLES_RE = re.compile(r"^\s*[▶►]\s*(\S[^:]*?)\s*(?:[▷▹]\s*(\S[^:]*?))?\s*$")
# "CT26-01  Tỷ suất …": a code, two spaces or more, the target's words
_CODE_SPACED_RE = re.compile(r"^\s*([A-ZĐ]{1,4}\d{0,2}-\d{1,3})\s{2,}(\S.*)$")


def year_lines_and_marks(lines: list[str]) -> list[str]:
    """A target written as its code and words ("CT26-01  Tỷ suất …"), a line a year with
    leader dots ("năm 2025 (thực hiện) ........ 8,6", "năm 2027 (sơ kết giữa kỳ) ........
    dưới 8,1") and a roles line "▶ Sở Y tế ▷ A; B" (blind round 81), as the readers know
    them: "CT26-01. Tỷ suất …", one line of milestones "thực hiện năm 2025: 8,6 ⟶ sơ kết
    giữa kỳ năm 2027: dưới 8,1 ⟶ …", "Chủ trì: Sở Y tế. Phối hợp: A; B.". Each kind is
    rewritten only where it occurs three times or more; other lines stay as written."""
    out = list(lines)
    if sum(1 for line in lines if _CODE_SPACED_RE.match(line)) >= 3:
        out = [_CODE_SPACED_RE.sub(r"\1. \2", line) for line in out]
    if sum(1 for line in lines if _TRIANGLE_ROLES_RE.match(line)) >= 3:
        out = [_TRIANGLE_ROLES_RE.sub(lambda m: f"Chủ trì: {m.group(1)}." + (f" Phối hợp: {m.group(2)}." if m.group(2) else ""),
                                      line) for line in out]
    if sum(1 for line in lines if _DOTTED_YEAR_LINE_RE.match(line)) < 3:
        return out
    result: list[str] = []
    run: list[re.Match] = []

    def close():
        if run:
            result.append(" ⟶ ".join(f"{(m.group(2) + ' ') if m.group(2) else ''}năm {m.group(1)}: {m.group(3)}"
                                     for m in run))
            run.clear()
    for line in out:
        match = _DOTTED_YEAR_LINE_RE.match(line)
        if match:
            run.append(match)
        elif line.strip() or not run:
            close()
            result.append(line)
    close()
    return result


# "CT 01 — Tỷ lệ …": a target's line, its code letters and number apart
_SPACED_CODE_LINE_RE = re.compile(r"^\s*([A-ZĐ]{1,4})\s(\d{1,3})\s+[—–-]\s+\S")
# "Năm 2028 (sơ kết giữa kỳ):": a block of every target's figure for one year
_YEAR_BLOCK_RE = re.compile(r"^\s*Năm\s+((?:19|20)\d\d)\b[^:]{0,40}:\s*$", re.IGNORECASE)


def year_blocks_by_code(lines: list[str]) -> list[str]:
    """Figures given year by year, a block a year listing every code ("Năm 2026:" over "CT
    01: 87,5%; CT 02: dưới 4,0‰; …"), as steps on each target's own line ("CT 01 — Tỷ lệ …
    — số liệu gốc năm 2025: 86,4 — năm 2026: 87,5% — … — năm 2030: 93%"), the blocks'
    lines of figures dropped (blind round 80). Only where two blocks or more each give three
    codes or more of the targets' lines; a plan numbering its targets "CT 01" (the genre's
    "chỉ tiêu") then has them as "Chỉ tiêu 01". Any other plan comes back unchanged."""
    codes = {f"{m.group(1)} {int(m.group(2))}" for line in lines for m in [_SPACED_CODE_LINE_RE.match(line)] if m}
    if len(codes) < 3:
        return lines
    pattern = re.compile(r"(?<![\w])([A-ZĐ]{1,4})\s(\d{1,3})\s*:\s*([^;]+?)\s*(?=;|\.?\s*$)")
    found: dict[str, list[tuple[str, str]]] = {}
    dropped: set[int] = set()
    year = None
    blocks = 0
    block: list[int] = []

    def read_block():
        # (an entry a page's width wrapped, "CT 03: không quá" / "55 trẻ em;": the block read whole)
        text = " ".join(lines[k].strip() for k in block)
        hits = [m for m in pattern.finditer(text) if f"{m.group(1)} {int(m.group(2))}" in codes
                and re.search(r"\d", m.group(3))]      # ("CT 01: rà soát số liệu": a task, no figure)
        if len(hits) >= 3:
            dropped.update(block)
            for m in hits:
                found.setdefault(f"{m.group(1)} {int(m.group(2))}", []).append((year, m.group(3).strip()))
        block.clear()
    for k, line in enumerate(lines):
        header = _YEAR_BLOCK_RE.match(line)
        if header:
            if year is not None and block:
                read_block()
            year = header.group(1)
            blocks += 1
            continue
        if year is None or not line.strip():
            continue        # (a Word file's blank paragraphs between a block's lines)
        if pattern.search(line) or (block and not lines[block[-1]].rstrip().endswith((";", "."))):
            block.append(k)
        else:               # a line of another kind ends the block
            if block:
                read_block()
            year = None
    if year is not None and block:
        read_block()
    if blocks < 2 or len(found) < 3:
        return lines
    out = []
    for k, line in enumerate(lines):
        if k in dropped:
            continue
        m = _SPACED_CODE_LINE_RE.match(line)
        key = f"{m.group(1)} {int(m.group(2))}" if m else None
        if key in found:
            line = line.rstrip(" .") + "".join(f" — năm {y}: {v}" for y, v in found[key])
        out.append(line)
    if all(c.startswith("CT ") for c in codes):
        # the targets' own lines "Chỉ tiêu 01. …"; citations inside a line "chỉ tiêu 01"; a
        # line opening with another list by code ("CT 01: nguồn số liệu …") stays as written
        def own_line(line: str) -> str:
            m = re.match(r"^\s*CT\s(\d{1,3})\s+[—–-]\s+", line)
            return f"Chỉ tiêu {m.group(1)}. {line[m.end():]}" if m else line
        out = [own_line(line) for line in out]
        out = [re.sub(r"(?<=[\w,;:.(]\s)CT\s(\d{1,3})(?!\d)|(?<=[,;:(])CT\s(\d{1,3})(?!\d)",
                      lambda m: f"chỉ tiêu {m.group(1) or m.group(2)}", line) for line in out]
    return out


_TASKED_CODE = r"[A-ZĐ]{1,4}[.\-]?\d{1,3}"
# "- AG.01: Tỷ suất … — thực hiện tại Nhiệm vụ 1": a target listed by code in the goals
_LISTED_CODE_RE = re.compile(rf"^\s*[-–•]\s*({_TASKED_CODE})\s*:\s*\S")
# "+ AG.01 (Tỷ suất …): năm 2025 đạt 9,8; sơ kết năm 2028 phấn đấu dưới 9,1; …": its figures in a task
_TASKED_FIGURES_RE = re.compile(rf"^\s*[+•\-]\s*({_TASKED_CODE})\s*\([^()]*\)\s*:\s*(.*\b(?:19|20)\d\d\b.*\d.*)$")
# "Riêng chỉ tiêu AG.06: chủ trì là X; phối hợp: Y.": a target's own roles inside its task
_OWN_ROLES_RE = re.compile(rf"^\s*Riêng\s+chỉ tiêu\s+({_TASKED_CODE})\s*:\s*chủ trì(?:\s+là|\s*:)\s*([^;]+?)\s*;\s*phối hợp\s*:?\s*(.+?)\.?\s*$",
                           re.IGNORECASE)


def figures_where_tasked(lines: list[str]) -> list[str]:
    """Targets listed by code in the goals ("- AG.01: Tỷ suất …") whose figures stand in the
    tasks, a line each under the task that carries them ("+ AG.01 (…): năm 2025 đạt 9,8; sơ
    kết năm 2028 phấn đấu dưới 9,1; …" under "Chủ trì: Sở Y tế. Phối hợp: …") (blind round 83):
    each figures line and its task's roles (or the target's own, "Riêng chỉ tiêu AG.06: chủ
    trì là …") go onto the target's own line, the figures in the unit the line declares. Only
    where three targets or more are so given; any other plan comes back unchanged."""
    def continued(k: int) -> int:
        """The last line of the paragraph starting at ``k`` (lines a page's width wrapped)."""
        while True:
            step = 1
            if k + 2 < len(lines) and not lines[k + 1].strip() and not lines[k].rstrip().endswith(".") \
                    and (lines[k + 2].strip()[:1].isdigit() or lines[k + 2].strip()[:1].islower()):
                step = 2        # (a page break's blank line inside a sentence)
            if k + step < len(lines) and lines[k + step].strip() and not re.match(
                    r"^\s*(?:[-–•+]|Riêng\b|Chủ trì\b|Nhiệm vụ\s+\d|Mục tiêu\s+\d|[IVX]{1,4}\.\s|\d+\.\s)", lines[k + step]):
                k += step
            else:
                return k

    listed = {m.group(1): (k, continued(k)) for k, line in enumerate(lines) for m in [_LISTED_CODE_RE.match(line)] if m}
    if len(listed) < 3:
        return lines
    given: dict[str, tuple[str, str | None]] = {}
    own: dict[str, str] = {}
    dropped: set[int] = set()
    roles = None
    for k, line in enumerate(lines):
        if re.match(r"^\s*(?:Nhiệm vụ\s+\d+[.:]|[IVX]{1,4}\.\s)", line):
            roles = None
        role_line = re.match(r"^\s*(Chủ trì\s*:.*)$", line)
        if role_line:
            roles = role_line.group(1).strip().rstrip(".")
            continue
        end = continued(k) if re.match(r"^\s*(?:[+•]|Riêng\b)", line) else k
        whole = " ".join(part.strip() for part in lines[k:end + 1])
        figures = _TASKED_FIGURES_RE.match(whole)
        if figures and figures.group(1) in listed:
            given[figures.group(1)] = (figures.group(2).strip(), roles)
            dropped.update(range(k, end + 1))
            continue
        mine = _OWN_ROLES_RE.match(whole)
        if mine and mine.group(1) in listed:
            own[mine.group(1)] = f"Chủ trì: {mine.group(2).strip()}. Phối hợp: {mine.group(3).strip()}"
            dropped.update(range(k, end + 1))
    if len(given) < 3:
        return lines
    out = list(lines)
    for code, (figures, roles) in given.items():
        unit = _BRACKET_UNIT_RE.search(figures)
        suffix = _unit_suffix(_declared_unit(unit)) if unit else ""
        if unit:
            figures = (figures[:unit.start()] + figures[unit.end():]).strip(" .")
        if suffix:      # "năm 2025 đạt 9,8" in "‰": "năm 2025 đạt 9,8‰"
            figures = re.sub(r"(năm\s+(?:19|20)\d\d\b[^\d;]*?)(\d[\d.,]*\d|\d)(?![\d%‰])",
                             lambda m: m.group(1) + m.group(2) + suffix, figures)
        roles = own.get(code, roles)
        start, end = listed[code]
        whole = " ".join(part.strip() for part in lines[start:end + 1])
        # (the pointer to the task, "— thực hiện tại Nhiệm vụ 1, Mục III.", gives no figure)
        whole = re.sub(r"\s*[—–-]?\s*(?:thực hiện tại|xem)\s+Nhiệm vụ\s+\d+[^.]*\.?\s*$", "", whole).rstrip(" .—–-")
        out[start] = f"{whole}. {figures[:1].upper()}{figures[1:]}" + (f" ({roles})." if roles else ".")
        dropped.update(range(start + 1, end + 1))
    return [line for k, line in enumerate(out) if k not in dropped]


def double_colon_steps(lines: list[str]) -> list[str]:
    """A line of milestones apart by "::" under a target's line declaring its unit after a dash
    ("Chỉ tiêu I. Tỷ suất … — đơn vị tính: ‰ (trên 1.000 trẻ đẻ sống)" over "thực hiện năm
    2025: 9,8 :: phải đạt năm 2028: dưới 9,0 :: …") as a milestones line, each bare figure in
    that unit ("thực hiện năm 2025: 9,8‰ ⟶ phải đạt năm 2028: dưới 9,0‰ ⟶ …"); the unit put in
    brackets on the target's line, as the readers know it. Any other line stays as written."""
    out: list[str] = []
    unit = ""
    for line in lines:
        dashed = _DASHED_UNIT_RE.search(line) if "::" not in line else None
        if dashed:
            unit = dashed.group(1)
            out.append(f"{line[:dashed.start()]} ({unit})")
            continue
        steps = [_STEP_RE.match(part) for part in line.split("::")] if "::" in line else []
        if len(steps) < 2 or not all(steps):
            out.append(line)
            unit = unit if not line.strip() else ""
            continue
        suffix = _unit_suffix(unit) if unit else ""
        clauses = []
        for step in steps:
            value = step.group(2)
            if suffix and re.fullmatch(r"(?:[^\W\d_]+\s+){0,3}\d[\d.,]*", value):
                value += suffix
            clauses.append(f"{step.group(1)}: {value}")
        out.append(" ⟶ ".join(clauses) + ".")
        unit = ""
    return out


# "(đơn vị tính: %)", "(đơn vị tính: trên 1.000 trẻ đẻ sống)": a target's unit in its own bracket
_BRACKET_UNIT_RE = re.compile(rf"\(\s*({UNIT_LABEL_WORDS}\s*:\s*(?:[^()]|\([^()]*\)){{1,60}}?)\s*\)"
                              # "… (%)", "… (‰, trên 1.000 trẻ đẻ sống)": a sign closing the line
                              r"|\(\s*([%‰])[^()]{0,40}\)\s*\.?\s*$"
                              # "… trong năm (cặp)": a counted word or three closing the line
                              # (… or before a note: "(xã, phường; trên tổng số 96)")
                              r"|\(\s*([^\W\d_]+(?:[ ,]+[^\W\d_]+){0,2})\s*(?:;[^()]*)?\)\s*\.?\s*$", re.IGNORECASE)


def _declared_unit(match: re.Match) -> str:
    """The unit a ``_BRACKET_UNIT_RE`` match declares, whichever way it is written."""
    return match.group(1) or match.group(2) or match.group(3)


# the steps of a milestones line, apart by a full stop or a semicolon after a figure
_STEP_SPLIT_RE = re.compile(r"(?<=[\d%‰])\s*[.;]\s+(?=\S)|(?<=[^\W\d_])[.;]\s+(?=[A-ZĐÀ-Ỹ])|\s*⟶\s*")
_BARE_VALUE_RE = re.compile(r"(?:[^\W\d_]+\s+){0,3}(?:[≥≤<>=]\s*)?\d[\d.,]*")


def bare_steps_in_declared_unit(lines: list[str]) -> list[str]:
    """A milestones line of bare figures just under the target whose bracket declares their
    unit ("Tỷ lệ … (đơn vị tính: %)." over "Kết quả năm 2025: 86,4. Mốc sơ kết năm 2028:
    90. Đích năm 2030: 94.") as a line of figures in that unit ("Kết quả năm 2025: 86,4% ⟶
    Mốc sơ kết năm 2028: 90% ⟶ Đích năm 2030: 94%."). Only a line of steps each "… năm YYYY:
    figure" (two or more with a figure, or one alone), at most two lines under the unit and
    before the next target's line; any other line stays as written."""
    out: list[str] = []
    unit, since = "", 99
    for k, line in enumerate(lines):
        declared = _BRACKET_UNIT_RE.search(line)
        if declared is None and line.count("(") > line.count(")"):
            # "… (đơn vị" / "tính: %)": a bracket a page's width cut onto the next line
            following = next((other for other in lines[k + 1:k + 3] if other.strip()), "")
            declared = _BRACKET_UNIT_RE.search(f"{line} {following.strip()}")
        if declared and not _STEP_RE.match(line):
            unit, since = _declared_unit(declared), 0
            out.append(line)
            continue
        if line.strip() and (_starts_item(line.strip()) or _LABEL_ONLY_RE.match(line)):
            unit = ""       # the next target's line: the unit declared above was another's
        since += 1 if line.strip() else 0
        parts = [p.strip().rstrip(".") for p in _STEP_SPLIT_RE.split(line.strip())] if unit and since <= 2 else []
        steps = [_STEP_RE.match(p) for p in parts]
        # (a step may give no figure: "Kết quả năm 2025: chưa có số liệu")
        # (one step alone, "tổng kết năm 2030: 70", when the line is nothing else)
        if not steps or not all(steps) or not all(_BARE_VALUE_RE.fullmatch(st.group(2)) or not re.search(r"\d", st.group(2))
                                                  for st in steps) \
                or sum(bool(_BARE_VALUE_RE.fullmatch(st.group(2))) for st in steps) < min(2, len(steps)):
            out.append(line)
            continue
        suffix = _unit_suffix(unit)
        out.append(" ⟶ ".join(f"{st.group(1)}: {st.group(2)}{suffix if _BARE_VALUE_RE.fullmatch(st.group(2)) else ''}"
                              for st in steps) + ".")
        unit = ""
    return out


# a target's code as a long table's first cell: "Đ.01", "CT-01", "1.2", "A3", "HK.01"
# "Đ.01", "1.2", "A-1", and a series' code with its year "PT26/01"
_LONG_CODE_RE = re.compile(r"^(?:[A-ZĐ]{1,4}[.\-/]?\d{1,3}|\d{1,2}(?:\.\d{1,2}){1,2}|[A-ZĐ]{1,4}\d?-\d{1,3}"
                           r"|[A-ZĐ]{1,4}\d{2}[/\-]\d{1,3})$")
# "KQ 2025", "Mốc 2028", "Đích năm 2030", "Năm 2025 (kết quả thực hiện)"
_LONG_STEP_RE = re.compile(r"^\D{0,30}\b((?:19|20)\d\d)\b\D{0,30}$")
# "84,6", "dưới 6,3‰", "≥ 95%", "dưới 160 cặp" (a count's noun after it), "112/148" (of a whole)
_LONG_VALUE_RE = re.compile(r"^(?:[^\W\d_]+\s+){0,3}[≥≤<>=]?\s*\d[\d.,]*(?:/\d[\d.]*)?\s*(?:[%‰]|(?:[^\W\d_]+\s?){1,2})?$")
_AGENCY_CELL_RE = re.compile(r"^(?:so|cong an|ubnd|uy ban|hoi|tinh doan|thanh doan|doan|ban|bo chi huy|bao hiem|lien doan"
                             r"|vien|toa an|trung tam|phong|cac)\b")
_UNIT_HEADER_RE = re.compile(r"don vi|dvt|\bunit\b")


def _table_blocks(lines: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each run of table rows among ``lines`` (a rule row "|---|" included)."""
    blocks, start = [], None
    for i, line in enumerate(lines + [""]):
        row = table_cells(line) is not None
        if row and start is None:
            start = i
        elif not row and start is not None:
            blocks.append((start, i))
            start = None
    return blocks


# a target's code in a roles table: "QG-1", "R3", "TE.05", "CT 01"
_ROLE_CODE = r"[A-ZĐ]{1,4}(?:[-.]|\s)?\d{1,3}"
_CODE_LIST_RE = re.compile(rf"^\s*{_ROLE_CODE}(?:\s*[,;]\s*(?:và\s+)?{_ROLE_CODE})*\s*$")
# "QG-1: Sở Văn hóa …, Ủy ban nhân dân các xã, phường; QG-8: …": partners code by code
_CODE_KEYED_RE = re.compile(rf"(?:^|;)\s*({_ROLE_CODE})\s*:\s*([^;]*)")


# "Áp dụng cho các chỉ tiêu: T1, G1" (folded): a role block's line of the targets it holds (its
# lead's and partners' lines are read by ``_role_field``)
_BLOCK_TARGETS_RE = re.compile(r"^\s*[-–+•]?\s*(?:ap dung cho|gom|phu trach|thuc hien)\s+(?:cac\s+)?chi tieu\s*:\s*(\S.*)$")


def _listed_codes_expanded(text: str) -> list[str] | None:
    """The codes a list names, ranges spelt out ("T1, T3 đến T5 và G2" → T1, T3, T4, T5, G2);
    None when the list holds anything else."""
    codes: list[str] = []
    for part in re.split(r"\s*[,;]\s*|\s+và\s+", text.strip().rstrip(".")):
        span = re.fullmatch(rf"({_ROLE_CODE})\s*(?:-|–|đến)\s*({_ROLE_CODE})", part.strip())
        if span:
            first, last = (re.fullmatch(r"(\D+?)[-. ]?(\d+)", squash_spaces(c)) for c in span.groups())
            if not first or not last or first.group(1) != last.group(1) or int(last.group(2)) - int(first.group(2)) > 30:
                return None
            codes += [f"{first.group(1)}{n}" for n in range(int(first.group(2)), int(last.group(2)) + 1)]
        elif re.fullmatch(_ROLE_CODE, part.strip()):
            codes.append(squash_spaces(part.strip()))
        else:
            return None
    return codes or None


def role_blocks_as_code_rows(lines: list[str]) -> list[str]:
    """Blocks that each give a lead, its partners and the codes of the targets they hold, in
    any order ("Tổ hợp giao việc số 01" over "Cơ quan chủ trì: Sở Y tế", "Cơ quan phối hợp: A;
    B", "Áp dụng cho các chỉ tiêu: T1, G1, G2", blind round 87), as one table a row per code
    where the first block stood: "| Ký hiệu chỉ tiêu | Cơ quan chủ trì | Cơ quan phối hợp |".
    A block ends at a blank line, at a line of another kind, or where its first field comes
    again; a field a page's width cut goes on in a line starting in lower case. Fewer than two
    such blocks leave every line as written."""
    blocks = []      # (first line, last line, lead, partners, codes)
    current: dict | None = None

    def close():
        fields = current["fields"] if current else {}
        codes = _listed_codes_expanded(fields["codes"]) if "codes" in fields else None
        if "lead" in fields and codes:
            blocks.append((current["first"], current["last"], fields["lead"], fields.get("partners", ""), codes))

    last = None
    for j, line in enumerate(lines):
        codes = _BLOCK_TARGETS_RE.match(fold_keeping_length(line.lower()))
        found = _role_field(line) or (("codes", line[codes.start(1):].strip().rstrip(".")) if codes else None)
        if found:
            name, value = found
            if current is None or name in current["fields"]:
                close()
                current = {"fields": {}, "first": j}
            current["fields"][name] = value
            current["last"], last = j, name
        elif current is not None and last is not None and line.strip()[:1].islower() and ":" not in line:
            # "… Ủy ban nhân dân các xã," / "phường": a field a page's width cut goes on
            current["fields"][last] = f"{current['fields'][last]} {line.strip().rstrip('.')}"
            current["last"] = j
        else:
            close()
            current, last = None, None
    close()
    if len(blocks) < 2:
        return lines
    out = list(lines)
    for first, last_line, *_ in reversed(blocks):
        out[first:last_line + 1] = []
    table = ["| Ký hiệu chỉ tiêu | Cơ quan chủ trì | Cơ quan phối hợp |"] + [
        f"| {code} | {lead} | {partners} |" for _f, _l, lead, partners, codes in blocks for code in codes]
    first = blocks[0][0]
    return out[:first] + [""] + table + [""] + out[first:]


def lead_rows_as_code_rows(lines: list[str]) -> list[str]:
    """A roles table a row per lead, its targets listed by code and its partners code by code
    ("| 1 | Sở Nội vụ | QG-1, QG-8, R3 | QG-1: A, B; QG-8: C; R3: D |", blind round 84), as a
    table a row per code, the way the readers of roles tables by code know them: "| Ký hiệu
    chỉ tiêu | Cơ quan chủ trì | Cơ quan phối hợp |" over "| QG-1 | Sở Nội vụ | A, B |". Every
    other table stays as written."""
    out = list(lines)
    for start, end in reversed(_table_blocks(lines)):
        rows = [table_cells(line) for line in lines[start:end]]
        header = [fold_keeping_length(c.lower()) for c in rows[0]]
        lead = next((k for k, c in enumerate(header) if "chu tri" in c and not re.search(r"chi tieu|ky hieu|\bma\b", c)), None)
        codes = next((k for k, c in enumerate(header) if "chu tri" in c and re.search(r"chi tieu|ky hieu|\bma\b", c)), None)
        partners = next((k for k, c in enumerate(header) if "phoi hop" in c), None)
        if None in (lead, codes, partners):
            continue
        body = [r for r in rows[1:] if len(r) == len(rows[0]) and not all(re.fullmatch(r":?-{3,}:?", c) or not c for c in r)]
        if len(body) < 2 or not all(_CODE_LIST_RE.match(r[codes]) for r in body) \
                or not any(_CODE_KEYED_RE.match(r[partners]) for r in body):
            continue
        made = ["| Ký hiệu chỉ tiêu | Cơ quan chủ trì | Cơ quan phối hợp |"]
        for row in body:
            keyed = {squash_spaces(m.group(1)): m.group(2).strip(" .") for m in _CODE_KEYED_RE.finditer(row[partners])}
            for code in re.findall(_ROLE_CODE, row[codes]):
                made.append(f"| {squash_spaces(code)} | {row[lead]} | {keyed.get(squash_spaces(code), '')} |")
        out[start:end] = made
    return out


def long_tables_as_wide(lines: list[str]) -> list[str]:
    """Tables written a row per target and checkpoint, or per target, role and agency (blind
    round 77: "| Đ.01 | KQ 2025 | 84,6 | % |", "| Đ.02 | Chủ trì | Sở Y tế |"), as one row per
    target, the way the readers of tables by code know them: "| Mã | Chỉ tiêu | Đơn vị tính |
    KQ 2025 | Mốc 2028 | Đích 2030 |" (the target's wording, and the goal it stands under,
    taken from the plan's own list "Mục tiêu 1. …" over "- Đ.01: Tỷ lệ …"), "| Mã | Cơ quan
    chủ trì | Cơ quan phối hợp |". A target's rows a page break split are joined into the first
    part's row. Every other table, and every other line, stays as written."""
    blocks = _table_blocks(lines)
    if not blocks:
        return lines
    read = [(start, end, _long_rows([table_cells(line) for line in lines[start:end]])) for start, end in blocks]
    if not any(found for _, _, found in read):
        return lines
    placed = []       # (start, end, (kind, rows), header) of each long table's part
    header = None
    for start, end, found in read:
        if found:
            first = table_cells(lines[start])
            if not _LONG_CODE_RE.match(first[0]):
                header = tuple(first)      # (a part cut from its header goes with the one before)
            placed.append((start, end, found, header))
    merged: dict[tuple, dict[str, list]] = {}     # (kind, header) → code → its rows, over every part
    for _start, _end, (kind, rows), header in placed:
        for row in rows:
            merged.setdefault((kind, header), {}).setdefault(row[0], []).append(row)
    order = list(dict.fromkeys(code for codes in merged.values() for code in codes))
    names, goal_of = _listed_codes(lines, set(order), order)
    out = list(lines)
    emitted: set[tuple] = set()
    for start, end, (kind, rows), header in reversed(placed):
        codes = list(dict.fromkeys(r[0] for r in rows))
        out[start:end] = _wide_rows(kind, codes, merged[(kind, header)], names, goal_of, emitted, header)
    return out


def _long_rows(rows: list[list[str]]) -> tuple[str, list[tuple[str, ...]]] | None:
    """("roles", [(code, role folded, agency)…]) or ("figures", [(code, checkpoint, value,
    unit)…]) of a long table's rows; None for any other table."""
    # (a part a page break cut from its header starts with a row)
    body = _filled_down([r for r in rows[0 if _LONG_CODE_RE.match(rows[0][0]) else 1:]
                         if not all(re.fullmatch(r":?-{3,}:?", c) or not c for c in r)])
    if len(body) < 2 or any(len(r) != len(rows[0]) for r in body) or not all(_LONG_CODE_RE.match(r[0]) for r in body):
        return None
    codes = [r[0] for r in body]
    runs = [c for c, _ in itertools.groupby(codes)]
    if len(runs) != len(set(runs)) or len(runs) * 3 > len(body) * 2:   # each code's rows together, most more than one
        return None
    folded = [[fold_keeping_length(c.lower()) for c in r] for r in body]
    width = len(rows[0])
    header = tuple(fold_keeping_length(c.lower()) for c in rows[0]) if not _LONG_CODE_RE.match(rows[0][0]) else None
    role_col = next((k for k in range(1, width) if all(re.match(r"^(?:co quan |don vi )?(?:chu tri|phoi hop)\b", f[k])
                                                         for f in folded)), None)
    if role_col is not None:
        # the agency's column: its cells start with an agency's head word ("Sở", "Công an",
        # "UBND" …), not a column repeating the target's name
        agency_col = next((k for k in range(1, width) if k != role_col
                           and sum(bool(_AGENCY_CELL_RE.match(f[k])) for f in folded) * 2 > len(folded)), None)
        if agency_col is None:
            return None
        return "roles", [(r[0], f[role_col], r[agency_col]) for r, f in zip(body, folded)]
    step_col = next((k for k in range(1, width) if all(_LONG_STEP_RE.match(r[k]) for r in body)), None)
    value_col = next((k for k in range(1, width) if k != step_col
                      and all(_LONG_VALUE_RE.match(r[k]) or not r[k] for r in body)), None)
    if step_col is None or value_col is None:
        return None
    # the unit's column: short cells without a figure ("%", "‰", "trẻ em", "cặp"); a column
    # repeating the target's name is none
    unit_col = next((k for k in range(1, width) if k not in (step_col, value_col)
                     and all(len(r[k].split()) <= 4 and not re.search(r"\d", r[k].replace("1.000", "").replace("100.000", ""))
                             for r in body)
                     and (header is None or _UNIT_HEADER_RE.search(header[k]))), None)
    # the name's column: the longest cells, words not figures ("Tỷ lệ trẻ em dưới 5 tuổi …"),
    # when the plan lists the codes' wording nowhere else (``_listed_codes`` then has none)
    name_col = max((k for k in range(1, width) if k not in (step_col, value_col, unit_col)),
                   key=lambda k: sum(len(r[k]) for r in body), default=None)
    if name_col is not None and sum(len(r[name_col].split()) >= 4 for r in body) * 3 < len(set(codes)):
        name_col = None
    return "figures", [(r[0], r[step_col], r[value_col], r[unit_col] if unit_col is not None else "",
                        r[name_col] if name_col is not None else "") for r in body]


def _filled_down(body: list[list[str]]) -> list[list[str]]:
    """A target's rows after its first with the code's and wording's cells left empty ("| PT26/01
    | Tỷ lệ … | % | Năm 2025 … | 78,4% |" over "|  |  |  | Năm 2028 (mốc sơ kết) | 85% |", blind
    round 98: a Word table's merged cells) with those cells of the row above written out; a
    table whose first row has no code is left as it is."""
    if not body or not _LONG_CODE_RE.match(body[0][0]):
        return body
    out = [body[0]]
    for row in body[1:]:
        above = out[-1]
        if not row[0] and len(row) == len(above):
            # only the cells left of the first one written: a step's own cells stay its own
            first = next((k for k, c in enumerate(row) if c), len(row))
            row = above[:first] + row[first:]
        out.append(row)
    return out


# "- Nhóm A. Môi trường sống …: PT26/01 đến PT26/07 (07 chỉ tiêu);": a group and the range of
# codes it holds
_GROUP_RANGE_RE = re.compile(r"^\s*[-–•+]?\s*((?:Nhóm|NHÓM|Mục tiêu|MỤC TIÊU)\s+(?:[A-H]|\d{1,2})\s*[.:]\s*[^:]{3,160}?)\s*:\s*"
                             r"(\S+)\s*(?:đến|-|–)\s*(\S+?)\s*(?:\(|[;.]?\s*$)")


def _listed_codes(lines: list[str], codes: set[str], order: list[str] = ()) -> tuple[dict[str, str], dict[str, str]]:
    """The wording of each code the plan lists ("- Đ.01: Tỷ lệ … (đơn vị tính: %).") and the
    goal line it stands under ("Mục tiêu 1. Xây dựng môi trường …"), or the group whose range of codes
    holds it ("- Nhóm A. Môi trường sống …: PT26/01 đến PT26/07", the codes in ``order``)."""
    names: dict[str, str] = {}
    goal_of: dict[str, str] = {}
    for line in lines:
        ranged = _GROUP_RANGE_RE.match(line)
        if ranged and ranged.group(2) in order and ranged.group(3) in order:
            first, last = order.index(ranged.group(2)), order.index(ranged.group(3))
            for code in order[first:last + 1]:
                goal_of.setdefault(code, ranged.group(1).strip())
    goal = None
    for line in lines:
        if re.match(r"^\s*(?:Mục tiêu|MỤC TIÊU|Nhóm|NHÓM)\s+\d{1,2}\s*[.:]\s+\S", line):
            goal = line.strip()
            continue
        match = re.match(r"^\s*[-–•+]?\s*(\S{1,12}?)\s*(?:[:.]|\s[—–-])\s+(\S.{5,})$", line)
        if match and match.group(1) in codes and match.group(1) not in names and table_cells(line) is None:
            names[match.group(1)] = re.sub(r"\.$", "", match.group(2).strip())
            if goal:
                goal_of[match.group(1)] = goal
    return names, goal_of


def _wide_rows(kind: str, codes: list[str], rows_of: dict[str, list], names: dict[str, str],
               goal_of: dict[str, str], emitted: set, header) -> list[str]:
    if kind == "roles":
        out = ["| Mã | Cơ quan chủ trì | Cơ quan phối hợp |", "|---|---|---|"]
        for code in codes:
            if (kind, header, code) in emitted:
                continue
            emitted.add((kind, header, code))
            mine = rows_of[code]
            leads = "; ".join(a for _, role, a in mine if "chu tri" in role)
            partners = "; ".join(a for _, role, a in mine if "phoi hop" in role)
            out.append(f"| {code} | {leads} | {partners} |")
        return out
    steps = sorted(dict.fromkeys(r[1] for code in codes for r in rows_of[code]),
                   key=lambda step: _LONG_STEP_RE.match(step).group(1))
    out = ["| " + " | ".join(["Mã", "Chỉ tiêu", "Đơn vị tính", *steps]) + " |", "|" + "---|" * (3 + len(steps))]
    goal = None
    for code in codes:
        if (kind, header, code) in emitted:
            continue
        emitted.add((kind, header, code))
        if goal_of.get(code) and goal_of[code] != goal:
            goal = goal_of[code]
            out.append(f"| {goal} |")
        values = {r[1]: r[2] for r in rows_of[code]}
        unit = next((r[3] for r in rows_of[code] if r[3]), "")
        name = names.get(code) or next((r[4] for r in rows_of[code] if r[4]), "")
        out.append("| " + " | ".join([code, name, unit, *(values.get(s, "") for s in steps)]) + " |")
    return out


def declared_figure_order(lines: list[str]) -> list[str]:
    """Lines of bare figures in the order a plan declares once ("Số liệu ghi theo thứ tự: Kết
    quả năm 2025 / Mốc năm 2028 / Mục tiêu năm 2030") as a milestones line under the target,
    each figure its year named: "11,6 / dưới 10,8 / dưới 9,9 (đơn vị: ‰)" → "Kết quả năm
    2025: 11,6‰ ⟶ Mốc năm 2028: dưới 10,8‰ ⟶ Mục tiêu năm 2030: dưới 9,9‰" (as
    ``parse.statements`` reads one). A line of as many figures as the declared years apart by
    "/", nothing else but its unit; every other line, and every line of a plan declaring no
    order, stays as written."""
    order = None
    for line in lines:
        match = _DECLARED_ORDER_RE.search(fold_keeping_length(line.lower()))
        if match:
            steps = [squash_spaces(step).strip(" .:") for step in line[match.start(1):match.end(1)].split("/")]
            order = steps if all(re.search(r"\b(?:19|20)\d\d\b", step) for step in steps) else None
            break
    if not order:
        return lines
    out: list[str] = []
    for line in lines:
        unit = _ORDERED_UNIT_RE.search(line)
        bare = line[:unit.start()] if unit else line
        # (apart by a spaced slash: "82,4 (94/114 xã) / 88 / 93" holds a count of its own)
        parts = [squash_spaces(f) for f in re.split(r"\s+/\s+", bare.strip())]
        if len(parts) != len(order):
            parts = [squash_spaces(f) for f in bare.split("/")]     # "11,6/10,8/9,9", unspaced
        if len(parts) != len(order) or not all(_ORDERED_FIGURE_RE.match(_ORDERED_NOTE_RE.sub("", p))
                                                 or _NO_FIGURE_RE.match(p) for p in parts) \
                or all(_NO_FIGURE_RE.match(p) for p in parts):
            out.append(line)
            continue
        # "82,4 (94/114 xã)": the figure, its bracket a note; "chưa có số liệu": a step with no figure
        figures = [_ORDERED_NOTE_RE.sub("", p) for p in parts]
        sign = unit.group(1).strip() if unit else ""
        # "‰", "%" close each figure; a unit in words ("cặp"), or a rate's base ("/100.000"), too
        suffix = sign if sign in ("%", "‰") or sign.startswith("/") else (f" {sign}" if sign else "")
        # (a milestones line as the statement readers know it: "Kết quả năm 2025: … ⟶ Mốc …")
        clauses = " ⟶ ".join(f"{step}: {figure}{'' if figure[-1:] in '%‰' else suffix}"
                             for step, figure in zip(order, figures) if not _NO_FIGURE_RE.match(figure))
        out.append(clauses + ".")     # (the line after it, "Nguồn số liệu: …", is no part of it)
    return out


def declared_role_marks(lines: list[str]) -> list[str]:
    """Lines whose roles are given by marks the plan declares ("ký hiệu ► chỉ đơn vị chủ trì,
    ký hiệu ○ chỉ đơn vị phối hợp") with the roles said in words: "#01 ► Trung tâm Y tế ○
    Sở Y tế; Hội Phụ nữ" → "#01 Chủ trì: Trung tâm Y tế. Phối hợp: Sở Y tế; Hội Phụ nữ", as
    the role readers know them. The legend's own line, and every line of a plan declaring
    no marks, stay as written."""
    declared: dict[str, set[str]] = {}
    for line in lines:
        for match in _ROLE_MARK_LEGEND_RE.finditer(line):
            declared.setdefault(match.group(1), set()).add(
                "Chủ trì" if match.group(2).lower() == "chủ trì" else "Phối hợp")
    # (a mark of both roles, "trước dấu / là cơ quan chủ trì, sau dấu / là cơ quan phối hợp",
    # separates them: read where it stands; punctuation is never a mark of its own)
    marks = {mark: roles.pop() for mark, roles in declared.items() if len(roles) == 1 and mark not in "/-–,.;:|"}
    if not marks:
        return lines
    pattern = re.compile(r"\s*(" + "|".join(re.escape(m) for m in marks) + r")\s*(?=\S)")
    out = []
    for line in lines:
        if _ROLE_MARK_LEGEND_RE.search(line) or not pattern.search(line):
            out.append(line)
            continue
        first = True

        def said(match: re.Match) -> str:
            nonlocal first
            word = marks[match.group(1)]
            joined = f" {word}: " if first else f". {word}: "
            first = False
            return joined
        out.append(pattern.sub(said, line))
    return out


def parse_document(text: str) -> Document:
    """Split ``text`` into paragraphs with their section paths."""
    text = nfc(text).replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    lines = text.split("\n")
    if "|" in text:
        lines = _join_bare_rows(lines)     # (before any reader of lines: a PDF's rows whole again)
    if any(_FORM_TITLE_RE.match(line) for line in lines):
        lines = forms_as_items(lines)
    lines = [_YEAR_STEP_RE.sub(lambda m: f"năm {m.group(1)}: ", line) if _YEAR_STEPS_LINE_RE.match(line) else line
             for line in lines]
    if len(re.findall(r"^\s*\(\*\d{1,2}\)", text, re.MULTILINE)) >= 3:
        lines = endnoted_targets(lines)
    if "Giao lại" in text:
        lines = reset_targets(lines)
    if len(re.findall(r"^[\s│┃|]*[├└┣┗]", text, re.MULTILINE)) >= 4:
        lines = tree_lines(lines)
    if len(re.findall(r"^\|\s*\d{1,2}-\d{1,2}\s*\|", text, re.MULTILINE)) >= 3:
        lines = sentence_tables(lines)
    if len(re.findall(r"^\s*Kết quả đầu ra\s+(?:số\s+)?\d{1,2}\s*[.:]\s", text, re.MULTILINE | re.IGNORECASE)) >= 3:
        lines = task_outputs(lines)
    if len(re.findall(r"^\s*\([1-4]\)\s+\S", text, re.MULTILINE)) >= 9:
        lines = numbered_fields(lines)
    if len(re.findall(r"^\s*(?:\d{1,2}[.)]\s+)?Giao\s.{3,120}?\schủ trì\s+(?:các\s+)?chỉ tiêu\s", text,
                      re.MULTILINE | re.IGNORECASE)) >= 3:
        lines = assigned_codes(lines)
    if len(_SHORT_NAMED_RE.findall(text.replace("\n", "\n\n"))) >= 3 or len(re.findall(
            r"^\s*[A-ZĐ]{1,4}[-.]?\d{1,3}\s+[\"“«]", text, re.MULTILINE)) >= 3:
        lines = short_named_targets(lines)
    lines = letter_coded_lines(lines)
    if sum(1 for line in lines if _NAMED_CODE_LINE_RE.match(line)) >= 3:
        # read as a bracketed code ("[QG 3] Tỷ suất …"), its spacing kept as written
        lines = [_NAMED_CODE_LINE_RE.sub(r"\1[\2] ", line) for line in lines]
    if re.search(r"(?:19|20)\d\d\s*(?:\([^()|]{0,30}\))?\s*:[^|\n/]*\s(?:\|{1,2}|/)\s", text):
        lines = barred_year_steps(lines)
    if len(re.findall(r"[☐☑☒□■]", text)) >= 4:
        lines = tick_box_steps(lines)
    if len(re.findall(r"^[\s│┃║]*Câu\s+\d{1,3}\s*[.:]\s.{0,200}?(?:bao nhiêu|mấy|thế nào)", text, re.MULTILINE)) >= 3:
        lines = asked_targets(lines)
    if re.search(r"\|\s*(?:nt|như trên|-nt-)\s*\|", text, re.IGNORECASE):
        lines = ditto_cells(lines)
    if re.search(r"(?:19|20)\d\d\s*(?:\([^()]{1,30}\))?\s+[^\s:]{1,20}\s+[┆¦•·▪|;]\s+(?:năm\s+)?(?:19|20)\d\d\s", text):
        lines = year_value_steps(lines)
    if "◆" in text or "♦" in text or "❖" in text:
        lines = records_as_items(lines)
    if sum(1 for line in lines if _SIGNED_ITEM_RE.match(line)) >= 3:
        # "#01  Tỷ lệ …": items numbered by a sign, their number standing alone ("#01." as read)
        lines = [_SIGNED_ITEM_RE.sub(r"\1.\2", line) for line in lines]
    # "… (đơn vị tính: %) ....... mốc 2028: 91 ....... đích 2030: 94": leader dots before each
    # milestone, steps of one line
    lines = [_LEADER_BEFORE_STEP_RE.sub(" ⟶ ", line) for line in lines]
    total = label_total(lines) if "/" in text else None
    if total:
        lines = out_of_total_labels(lines)
    # "Chỉ tiêu 3 [Chủ trì: Sở Y tế | Phối hợp: …]": roles in a bracket split by a bar, no table row
    lines = [_BARRED_ROLES_RE.sub(_roles_in_brackets, line) if "[" in line else line for line in lines]
    if any(_LABEL_ONLY_RE.match(line) for line in lines):
        lines = label_only_lines(lines)
    if re.search(r"^\s*\+\s*[A-ZĐ]{1,4}[.\-]?\d{1,3}\s*\(", text, re.MULTILINE):
        lines = figures_where_tasked(lines)
    if re.search(r"^\s*Năm\s+(?:19|20)\d\d\b[^:\n]{0,40}:\s*$", text, re.IGNORECASE | re.MULTILINE):
        lines = year_blocks_by_code(lines)
    if re.search(r"[—–-]\s+(?:[^\W\d_]+\s+){0,3}(?:năm\s+)?(?:19|20)\d\d\s*:", "\n".join(lines)):
        lines = dashed_steps(lines)
    if "::" in text:
        lines = double_colon_steps(lines)
    if len(set(re.findall(r"[①-⑳㉑-㉟㊱-㊿⓵-⓾❶-❿⓫-⓴]", text))) >= 3:
        lines = circled_numbers(lines)
    if "...." in text or "▶" in text or "►" in text or re.search(r"\d-\d{1,3}\s{2,}", text):
        lines = year_lines_and_marks(lines)
    if re.search(r"\[\s*(?:19|20)\d\d\s*\]", text):
        lines = bracketed_year_steps(lines)
    if re.search(r"đơn vị|\((?:%|‰)", text, re.IGNORECASE):
        lines = bare_steps_in_declared_unit(lines)
    if re.search(r"cuối giai đoạn", text, re.IGNORECASE):
        lines = phase_years(lines)
    if re.search(r"thứ tự", text, re.IGNORECASE):     # (an order declared: "Số liệu ghi theo thứ tự: …")
        lines = declared_figure_order(lines)
    if re.search(r"^\|\s*(?:Mốc năm|Mốc|Năm|Thời điểm)\s*\|", text, re.IGNORECASE | re.MULTILINE):
        lines = level_tables_as_steps(lines)
    lines = declared_role_marks(_years_line_with_its_figures(_area_tables_as_milestones(lines)))
    # "Trách nhiệm: Sở Nội vụ / UBND các xã, phường": the lead, a slash, the partners
    lines = [_SLASHED_ROLES_RE.sub(r"Chủ trì: \1. Phối hợp: \2", line) for line in lines]
    if len(re.findall(r"(?:Áp dụng cho|Gồm|Phụ trách) (?:các )?chỉ tiêu\s*:", text, re.IGNORECASE)) >= 2:
        lines = role_blocks_as_code_rows(lines)
    if re.search(r"^\s*\w{1,30}(?:;\w{1,30}){4,}", text, re.MULTILINE):
        lines = delimited_data_as_table(lines)
    if "|" in "\n".join(lines):
        if re.search(r"^\|\s*(?:Mốc năm|Mốc|Năm|Thời điểm)\s*\|", text, re.IGNORECASE | re.MULTILINE):
            lines = coded_years_tables(lines)
        lines = _join_wrapped_rows(lead_rows_as_code_rows(long_tables_as_wide(coded_name_cells(role_cells_as_columns(lines)))))
        if _ARROW_YEARS_RE.search(text) and re.search(r"^\|.*(?:19|20)\d\d\s*(?:→|⟶|->|▸|»)", text, re.MULTILINE):
            lines = keyed_tables(lines)     # (its rows whole: a PDF's width wraps them)
        lines = tables_as_rows(lines)
    cleaned = [clean_line(line) for line in lines]
    raws = _join_page_breaks(_raw_paragraphs(_one_paragraph_a_line(cleaned, [line[:1].isspace() for line in lines])))
    stack: list[Heading] = []
    paragraphs: list[Paragraph] = []
    last_number = 0
    last_letter: str | None = None
    for position, raw in enumerate(raws):
        kind, label, body = _classify(raw.text)
        match = _NUMBER_RE.match(raw.text)
        if kind == "plain" and match and int(match.group(1)) == last_number + 1:
            # "2. củng cố tổ chức bộ máy …": a numbered heading typed in lower case.
            kind, label, body = "number", str(int(match.group(1))), match.group(2)
        roman_letter = _ROMAN_LOOKING_LETTER_RE.match(raw.text) if kind == "plain" else None
        if roman_letter and _LETTER_BEFORE.get(roman_letter.group(1)) == last_letter:
            # "h) …" then "i) …", "u) …" then "v) …": the Vietnamese list's next letter, not a
            # roman numeral (a list lettered a … y passes i, v and x)
            kind, label, body = "letter", roman_letter.group(1), roman_letter.group(2)
        if kind == "letter":
            last_letter = label
        elif kind in ("roman", "number", "subnumber"):
            last_letter = None
        if kind == "number":
            last_number = int(label)
        elif kind == "roman":
            last_number = 0
        heading: Heading | None = None
        if kind == "roman":
            heading = Heading(ROMAN, label, short_title(body))
        elif kind == "number":
            heading = Heading(NUMBER, label, short_title(body))
        elif kind == "subnumber":
            heading = Heading(SUBNUMBER, label, short_title(body))
        elif kind == "letter" and _is_letter_heading(body):
            heading = Heading(LETTER, label, short_title(body))
        if heading is not None:
            stack = [h for h in stack if h.level < heading.level] + [heading]
            path = list(stack)
        else:
            path = list(stack)
        paragraphs.append(Paragraph(text=raw.text, body=body, kind=kind, label=label,
                                    position=position, heading=heading, path=path,
                                    bold_lead=raw.bold))
    return Document(lines=[line for line, _ in cleaned], paragraphs=paragraphs, label_total=total)
