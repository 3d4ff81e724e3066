"""Goals and indicators: "Mục tiêu 2: … (07 Chỉ tiêu)" or "(gồm 06 chỉ tiêu, từ chỉ tiêu 1
đến chỉ tiêu 6)", "Chỉ tiêu 14: …" (or "(14) …", "14) …" in a section about goals or indicators),
rows of an indicator table ("| 14 | Tỷ lệ … | ≥ 96% | ≥ 98% |" under a header row naming
the years), numbered paragraphs setting a target under a goal's line of their own ("Mục
tiêu 2: …" over "7. Tỷ lệ … không quá 2,2% vào năm 2025 …", Word's list numbering running on
across the goals), and groups of unnumbered target bullets ("a) Các mục tiêu về bảo vệ trẻ em"
followed by "- …" lines).

An indicator that announces a list ("Giảm tỷ suất tử vong ở trẻ em, cụ thể:") or sets no
target of its own takes the "+", "-", "a)" items after it as its metrics; in a table, rows
marked "-", "+", "a)" (or with an empty number cell) under an indicator row are its metrics.
Columns naming agencies ("Cơ quan chủ trì") are not values (``tasks.py`` reads them); a
column of past results ("Thực hiện năm 2020") gives each row's result for that year as a
``Target`` marked ``achieved``, never a target; a unit column's rate ("trẻ em/100.000 trẻ em")
or what it counts ("xã/phường") is the unit of the row's bare figures. A Roman group row
("| I. CHĂM SÓC SỨC KHỎE TRẺ EM |", or that line between the rows) opens a goal too.
The header row decides which column is the name, the unit ("Đơn vị tính", "ĐVT") and the
figure of which year, whatever their order (a header in two rows is joined); a group row
("| I. Nhóm chỉ tiêu về … |", "| II | Nhóm chỉ tiêu về … | | |", or such a line between
the rows) opens the goal of the rows below; a table after an appendix title ("PHỤ LỤC: CÁC
CHỈ TIÊU …") is cited under "Phụ lục".
Indicators read in a baseline section ("Thực trạng", "Kết quả giai đoạn trước") are past
results: they give way to the plan's own indicator of the same number, and what is left is
kept as "needs review"."""

from __future__ import annotations

import dataclasses
import re

from knowledge.model import AT_LEAST, EXACTLY, REDUCE_BY_PER_YEAR, UNDER, Goal, Indicator, Plan
from knowledge.numbers import NUMBER_PATTERN, parse_int, parse_number
from knowledge.parse.prose import ProseClause, number_clauses, prose_clauses, titled_clauses
from knowledge.parse.roles import ROLE_LINE_RE
from knowledge.parse.statements import NOTE_LINE_RE as _NOTE_LINE_RE, MILESTONE_WORDS_RE as _MILESTONE_WORDS_RE, MILESTONES_LINE_RE as _MILESTONES_LINE_RE, milestones_as_clauses, unread_statements
from knowledge.parse.structure import (LETTER, NUMBER, ROMAN, SEPARATOR, Document, Paragraph, is_area_name, numbered_group,
                                       roman_value, table_cells, to_roman)
from knowledge.parse.targets import (FOOTNOTE_MARK_RE, counted_noun, fraction_target, names_no_measure, parse_targets, throughout_period,
                                      without_unit_label)
from knowledge.parse.yeargroups import read_year_groups, year_sections
from knowledge.parse.verify import in_baseline_section, verify_target
from knowledge.text import fold_keeping_length, squash_spaces
from knowledge.vocab import ordinal_value

# ("Bảng 2. Mục tiêu 2: …" over that goal's table: the table's number first)
_GOAL_RE = re.compile(r"^(?:(?:bang|bieu)\s+\d{1,2}\s*[.:\-–]\s*)?muc tieu\s+(\d{1,2})\s*[:.]\s*")
# "Nhóm mục tiêu A - Bảo vệ trẻ em (05 chỉ tiêu)", "Nhóm mục tiêu 2: …", "Nhóm chỉ tiêu II. …"
# … or "Nhóm A. Sống còn và phát triển thể chất" (its label and a mark, no "mục tiêu")
# ("Nhóm 1xx - Sức khỏe": the group of the targets coded 101, 102 …, named by their first digit)
# ("Nhóm T - Các chỉ tiêu phải tăng": any letter naming a group with a dash after it)
_GROUP_RE = re.compile(r"^nhom\s+(?:(?:cac\s+)?(?:muc tieu|chi tieu)\s+|(?=(?:[a-h]|[ivx]{1,4}|\dxx)\s*[-–:.)]\s+\S|[a-z]\s+[-–]\s+\S))"
                       r"(\d{1,2}|[ivx]{1,4}|[a-z])(?:xx)?\s*(?:[-–:.)]\s*|\s+(?=\S))")
# A table's group row with its label first: "I. Nhóm chỉ tiêu về sức khỏe, dinh dưỡng",
# "A - Nhóm mục tiêu bảo vệ trẻ em", "Nhóm chỉ tiêu về sự tham gia của trẻ em" (no label).
_LABEL_FIRST_GROUP_RE = re.compile(
    r"^(?:(\d{1,2}|[ivx]{1,4}|[a-h])\s*[-–:.)]\s*)?nhom\s+(?:cac\s+)?(?:muc tieu|chi tieu)\b\s*(?:ve\s+)?")
# "Giai đoạn I. 1.000 ngày đầu đời", "Giai đoạn 2: trẻ em từ 2 đến dưới 6 tuổi" (folded): a
# group of targets by the child's life stage (a period "giai đoạn 2021 - 2025" is none)
_STAGE_GROUP_RE = re.compile(r"^giai doan\s+([ivx]{1,4}|\d)\s*[.:\-–]\s*")
# "Chỉ tiêu 5:", "Chỉ tiêu số 01 (Mục tiêu 1). …" (folded): an indicator's own line
# "Chỉ tiêu 3:", "Chỉ tiêu số 3.", "§03." (a section sign numbering the targets through)
# ("Chỉ tiêu (2): …" the number in brackets: round 163's layout)
_INDICATOR_RE = re.compile(r"^(?:(?:chi tieu|chi bao)\s+(?:so\s+)?|chi so\s+(?=\d{3}\b)|§\s?|#)(\d{1,3}|(?<=chi tieu )\(\d{1,2}\))(?![.,]\d)\s*"
                           r"(?:\((?:muc tieu|nhom)[^()]{0,30}\)\s*)?[:.]\s*")
# a table's column of places (folded): "Khu vực", "Địa bàn", "Huyện", "Xã, phường"
_AREA_HEADER_RE = re.compile(r"^(?:khu vuc|dia ban|dia phuong|vung|huyen|xa|phuong|don vi hanh chinh)\b")
# "Chỉ tiêu 3.1.", "Chỉ tiêu 3.1:" (folded): a target numbered within its goal
_DOTTED_INDICATOR_RE = re.compile(r"^chi tieu\s+(?:so\s+)?(\d{1,2})\.(\d{1,2})\s*[.:]\s+(?=\S)")
# "Chỉ tiêu XIV. Tỷ lệ …" (folded): a target numbered by a Roman numeral, through the plan
_ROMAN_INDICATOR_RE = re.compile(r"^chi tieu\s+([ivxl]{1,6})\s*[:.]\s+(?=\S)")
_DECLARED_RE = re.compile(r"\(\s*(?:gom\s+|co\s+|voi\s+)?(\d{1,2})\s+chi tieu\b[^)]*\)")
_SPECIFIC_GOALS = "muc tieu cu the"
# what follows a target's number on a line saying who leads or partners it, an agency first
# ("Chỉ tiêu 6: Bảo hiểm xã hội tỉnh chủ trì; Sở Y tế phối hợp"), folded; not its name with
# roles in a bracket or after a colon ("Chỉ tiêu 7/20 [Chủ trì: …]")
# (as written, accents kept: "Sở" is no "Số", "Ban hành …", "Hội đồng …", "Phòng, chống …" no body)
_ASSIGNS_ROLES_RE = re.compile(r"^\s*(?:Sở|Công an|Bảo hiểm xã hội|Ủy ban|UBND|Tỉnh đoàn|Thành đoàn|Hội Liên hiệp|"
                               r"Hội (?!đồng)[A-ZĐ]|Ban (?!hành)[A-ZĐ]|Viện|Tòa án|Liên đoàn|Trung tâm|Đài|Cục|Bộ Chỉ huy|"
                               r"Mặt trận)\b[^\[\]():;]{0,150}?\schủ trì\b")
# a line saying who leads or partners targets named by number ("các chỉ tiêu (1) đến (7) do Sở
# Y tế chủ trì", "Sở Y tế chủ trì các chỉ tiêu (8), (10)"), folded
_ROLES_OF_NUMBERED_RE = re.compile(r"\bchi tieu\s+(?:so\s+)?\(?\d{1,2}\)?.*\b(?:chu tri|phoi hop)\b"
                                   r"|\b(?:chu tri|phoi hop)\b.*\bchi tieu\s+(?:so\s+)?\(?\d{1,2}\)?")
_PAREN_INDICATOR_RE = re.compile(r"^\(?(\d{1,2})(?:\)|/(?=\s))\s*")   # "(14) …", "14) …" or "14/ …"
_GOAL_ROW_RE = re.compile(r"^muc tieu\s+(\d{1,2})\s*[:.\-–]?\s*")
_ROW_NUMBER_RE = re.compile(r"^\(?(\d{1,2})\)?[./]?$")   # "3", "(3)", "3.", "3/"
# "| Nhóm A. Phòng ngừa và can thiệp … |": a group row spanning the table, "chỉ tiêu" unsaid
_TABLE_GROUP_RE = re.compile(r"^nhom\s+([a-h]|[ivx]{1,4}|\d{1,2})\s*[-–:.)]\s*(?=\S)")
# "A1", "B 12", "SK-01": a target's code in its row (its group's letters and its order)
# … or "1.1.1", "2.3.2" (result, output, measure: a results framework's code)
# … or "K01", "BV12" (letters and two digits, the order padded)
# … or "HK.01" (the plan's letters, a dot and the order padded)
_ROW_CODE_RE = re.compile(r"^(?:[A-H]\s?\d{1,2}|[A-ZĐ]{1,4}-\d{1,3}|[A-ZĐ]{1,4}-\d{1,2}\.\d{1,2}|\d{1,2}\.\d{1,2}|[A-ZĐ]{1,4}-[A-ZĐ]{1,3}\d{1,2}(?:\.\d{1,2})?|[A-ZĐ]{1,4}\d{1,2}\.\d{1,2}|\d{1,2}\.\d{1,2}\.\d{1,2}|[A-ZĐ]{1,3}\d{2}|[A-ZĐ]{2,3}\d|[A-ZĐ]{1,4}\.\d{2,3}"
                          r"|[A-ZĐ]{1,4}\.[A-ZĐ]{1,4}\.\d{2,3})$")   # ("KH.TE.01": the province's letters, the field's, the order)
# "| Đầu ra 1.1 | Giảm tử vong sơ sinh … | | | |": a group row named by a word and its code
_NAMED_CODE_GROUP_RE = re.compile(r"^(?:dau ra|ket qua|nhom|muc tieu|linh vuc)\s+(\d{1,2}(?:\.\d{1,2})?)\s*[.:]?$")
# "| [KHAI SINH] | Số trẻ em … |": a target named by a label in square brackets, cited so
# ("Sở Tư pháp chủ trì: [KHAI SINH]"); the label is the words inside
# … or in guillemets: "«Khai sinh»" (``parse.titled``)
BRACKET_LABEL_RE = re.compile(r"[\[«]\s*((?=[^\[\]«»|]*[^\W\d_]{2})[^\[\]«»|]{2,40}?)\s*[\]»]")
# "| SK | NHÓM SỨC KHỎE, DINH DƯỠNG … | | |": a group row labelled by its codes' letters
# "TB/01": a code of the plan's letters, a slash and the target's number ("PT26/01": the
# letters with the plan's year)
# a table's group row named by a capital letter ("A. Chăm sóc sức khỏe", "B) Giáo dục")
_LETTER_GROUP_ROW_RE = re.compile(r"^([A-H])[.)]\s+([^\W\d_].{2,})$")
_SLASH_CODE_RE = re.compile(r"^[A-ZĐ]{1,4}(?:\d{2})?/(\d{1,3})$")
_CODE_GROUP_RE = re.compile(r"^(?![IVX]+$)[A-ZĐ]{2,4}$")     # "II" is a Roman numeral's group
# "| (1) | (2) | (3) | (4) |": the columns' numbers under a header, no row of the table
_COLUMN_NUMBER_RE = re.compile(r"^\(?\d{1,2}\)?$")
_YEAR_IN_CELL_RE = re.compile(r"\b((?:19|20)\d\d)\b")
_EMPTY_CELLS = {"", "-", "–", "x", "…"}
_AGENCY_COLUMN_RE = re.compile(r"chu tri|dau moi|phoi hop|cung thuc hien|co quan|don vi (?:thuc hien|phu trach)|ghi chu")
# The marker of a metric row under an indicator row: "-", "+", "•", "a)", "a".
_HEAD_YEAR_RE = re.compile(r"(?<![\d/])(?:nam|den|toi)\s+((?:19|20)\d\d)(?![\d/])")
_SUB_MARKER_RE = re.compile(r"^(?:[-–+•]|[a-hđ]\)?)(?:\s+|$)")
# A unit written after an indicator's name in a table: "(%)", "(‰)", "(/100.000 trẻ em)".
# (… "(trên 100.000 trẻ)", "(trên 1.000 trẻ đẻ sống)": the rate's base, read "/100.000")
_UNIT_IN_NAME_RE = re.compile(r"\(\s*(%|‰|/\s*1(?:00)?\.000|trên\s+1(?:00)?\.000)(?:\s+[^)]*)?\)\s*$", re.IGNORECASE)
# … or the noun it counts, a word or two in brackets ending the name ("(điểm)", "(thư viện)")
_COUNT_IN_NAME_RE = re.compile(r"\(\s*([^\W\d_]+(?:\s+[^\W\d_]+)?)\s*\)\s*$")
# words in such brackets that count nothing: what the target is ("(mới)", "(bổ sung)", "nt")
_NO_UNIT_WORDS = frozenset(("moi", "bo sung", "bs", "nt", "chi tieu moi", "du kien", "uoc", "tam tinh",
                            "neu co", "giam", "tang", "toi thieu", "toi da"))
# Comparison signs of a table cell, in the words a sentence would use.
_SIGNS = (("≥", "ít nhất "), (">=", "ít nhất "), ("≤", "dưới "), ("<=", "dưới "), (">", "trên "),
          ("<", "dưới "))


def _in_goal_section(para: Paragraph) -> bool:
    return any(word in fold_keeping_length(h.title) for h in para.path for word in ("muc tieu", "chi tieu"))


# "Ký hiệu trong Kế hoạch của tỉnh", "Ghi chú" (folded): a column of codes or notes, no figures
_KEY_COLUMN_RE = re.compile(r"(?:ky hieu|ma so|ma chi tieu|ghi chu)\b")


class _Table:
    """What the header row of an indicator table says: the column of the names, of the
    unit, and the year of each value column (None when the header gives none), whatever
    the order of the columns. A column of past results ("Thực hiện năm 2020", "Năm 2020
    (cơ sở)") holds no target: with a year in its header it gives the results achieved
    (``past``, read by ``_achieved_targets``)."""

    def __init__(self, cells: list[str]):
        self.cells = cells
        folded = [fold_keeping_length(c) for c in cells]
        named = [i for i, c in enumerate(folded) if "chi tieu" in c or "noi dung" in c]
        # "Nhãn chỉ tiêu | Nội dung chỉ tiêu": the column of the labels names no target
        named = [i for i in named if not _LABEL_COLUMN_RE.search(folded[i])] or named
        # "Mục tiêu | Chỉ tiêu năm 2025": a column naming a year holds figures, not names
        unyeared = [i for i in named + [i for i, c in enumerate(folded) if "muc tieu" in c]
                    if not _YEAR_IN_CELL_RE.search(cells[i])]
        self.name_col = unyeared[0] if unyeared else (named[0] if named else 1)
        self.unit_col = next((i for i, c in enumerate(folded)
                              if _UNIT_COLUMN_RE.search(c) and not _AGENCY_COLUMN_RE.search(c)), None)
        self.last: Indicator | None = None    # the indicator row its metric rows belong to
        self.values: list[tuple[int, int | None, str]] = []
        # (column, year, header) of the results a column reports ("Thực hiện năm 2020")
        self.past: list[tuple[int, int, str]] = []
        for i, cell in enumerate(cells):
            if i > self.name_col and i != self.unit_col and not _AGENCY_COLUMN_RE.search(folded[i]) \
                    and _PAST_COLUMN_RE.search(folded[i]) and _YEAR_IN_CELL_RE.search(cell):
                self.past.append((i, int(_YEAR_IN_CELL_RE.findall(cell)[-1]), cell))
            if i <= self.name_col or i == self.unit_col or _AGENCY_COLUMN_RE.search(folded[i]) \
                    or _PAST_COLUMN_RE.search(folded[i]) or _CHANGE_COLUMN_RE.search(folded[i].lower()) \
                    or _KEY_COLUMN_RE.match(folded[i].strip()) or _SCHEDULE_COLUMN_RE.match(folded[i].strip().lower()):
                continue      # "Cơ quan chủ trì", "Cơ quan phối hợp": read as assignments
            years = _YEAR_IN_CELL_RE.findall(cell)
            # "Giai đoạn 2021 - 2025": the figure is for the period's last year
            self.values.append((i, int(years[-1]) if years else None, cell))
        if any(year is not None for _, year, _ in self.values):
            # "| Mục tiêu năm 2030 | Mốc năm 2028 | … | Tổ |": beside the years' columns, one
            # naming none ("Tổ", "Ghi chú") holds no figure of a target
            self.values = [value for value in self.values if value[1] is not None]
            self.values.sort(key=lambda value: value[1])     # "Năm 2030 | Năm 2025": years in order

    def continued_by(self, cells: list[str]) -> "_Table | None":
        """The header completed by its second row when that row names the years of the
        value columns ("| TT | Chỉ tiêu | Mục tiêu | |" over "| | | Năm 2025 | Năm 2030 |",
        as a header with merged cells is written); None for any other row."""
        if self.last is not None or _ROW_NUMBER_RE.match(fold_keeping_length(cells[0]) if cells else ""):
            return None
        if not any(_YEAR_IN_CELL_RE.search(c) for c in cells) or \
                any(_YEAR_IN_CELL_RE.search(self.cells[i]) for i, _, _ in self.values if i < len(self.cells)):
            return None
        if any(cells[i].strip() and not _YEAR_IN_CELL_RE.search(cells[i])
               and not _PAST_COLUMN_RE.search(fold_keeping_length(cells[i]))
               for i in range(min(len(cells), self.name_col + 1))):
            return None       # text under the names column: a row of the table, not its header
        if len(cells) < len(self.cells):
            # " |  | Năm 2025 | … |  | " copied as text: its empty edge cells read as the row's
            # edges; the years go under the value columns that have none
            open_columns = {i for i, year, _ in self.values if year is None}
            years_at = [i for i, c in enumerate(cells) if _YEAR_IN_CELL_RE.search(c)]
            shift = max(range(len(self.cells) - len(cells) + 1),
                        key=lambda k: (sum(i + k in open_columns for i in years_at), -k))
            cells = [""] * shift + cells
        width = max(len(cells), len(self.cells))
        own = self.cells + [""] * (width - len(self.cells))
        more = cells + [""] * (width - len(cells))
        return _Table([squash_spaces(f"{a} {b}") if b.strip() and b.strip() != a.strip() else a
                       for a, b in zip(own, more)])

    @staticmethod
    def is_tasks_header(cells: list[str]) -> bool:
        """The header of a table of tasks ("| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | … |"): its
        rows are no targets, and it ends a table of targets or roles above it."""
        folded = [fold_keeping_length(c) for c in cells]
        named = next((c for c in folded if "noi dung" in c or "chi tieu" in c), "")
        return bool(re.search(r"\b(?:nhiem vu|hoat dong|giai phap|de an)\b", named)) and "chi tieu" not in named

    @staticmethod
    def is_header(cells: list[str]) -> bool:
        """A row naming its columns: not a row with one cell (a group row spanning the
        table, "| Nhóm mục tiêu I: … (05 chỉ tiêu) |", says "chỉ tiêu" too), nor a group row
        with its label in a cell of its own ("| II | Nhóm chỉ tiêu về bảo vệ trẻ em | | |")."""
        folded = [fold_keeping_length(c) for c in cells]
        named = next((k for k, c in enumerate(folded) if "chi tieu" in c or "noi dung" in c or re.search(r"\bchi so\b", c)), None)
        if named is not None and _Table.is_tasks_header(cells):
            return False    # "| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | … |": a table of tasks, no targets
        if named is not None and any(_PLACE_COLUMN_RE.search(c.lower()) for c in folded[:named]):
            return False    # "| STT | Địa bàn | … | Chỉ số ưu tiên |": rows of places citing targets
        return named is not None and \
            not any(_ROW_NUMBER_RE.match(c) for c in folded) and \
            not _INDICATOR_RE.match(folded[named].strip()) and \
            not any(_FIGURE_CELL_RE.fullmatch(c.strip()) for c in folded) and \
            (sum(1 for c in folded if c.strip()) > 1 or
             not any(_GROUP_RE.match(c) or _LABEL_FIRST_GROUP_RE.match(c) for c in folded)) and \
            _labelled_group(cells) is None


# a cell holding a figure ("19,5", "< 10", "98%"), never a header's (a year's "2026" is four digits)
_FIGURE_CELL_RE = re.compile(r"[<>≤≥]?\s*\d{1,3}(?:[.,]\d+)?\s*[%‰]?")
# "Địa bàn", "Địa phương": a column of places (a table of them, which may cite targets after)
_PLACE_COLUMN_RE = re.compile(r"^\s*(?:dia ban|dia phuong)\b")
# "Nhãn chỉ tiêu", "Mã chỉ tiêu", "Ký hiệu": a column of the targets' labels or codes.
_LABEL_COLUMN_RE = re.compile(r"^\s*(?:nhan|ma|ma so|ky hieu)\b")
# "ĐVT", "Đơn vị tính": the unit's column.
_UNIT_COLUMN_RE = re.compile(r"don vi|\bdvt\b")
# Past results beside the targets: "Thực hiện năm 2020", "Ước thực hiện 2020", "Thực trạng".
_PAST_COLUMN_RE = re.compile(r"thuc hien|thuc trang|hien trang|ket qua|\bkq\b|\buoc\b|co so|nam goc|so goc")
# "Thời hạn", "Nơi nhận": a schedule's columns (of reports, not of targets' figures)
_SCHEDULE_COLUMN_RE = re.compile(r"^(?:thoi han|noi nhan|ky bao cao|tan suat)\b")
# "Thay đổi đến 2028", "Tăng/giảm": a column of the change between two figures, no target
_CHANGE_COLUMN_RE = re.compile(r"thay doi|tang\s*/?\s*giam|chenh lech|khoang cach")
_GROUP_LABEL_RE = re.compile(r"^(?:[IVX]{1,4}|[A-H])\.?$")


def _labelled_group(cells: list[str]) -> tuple[str, str] | None:
    """(label, title) of a group row whose label has a cell of its own and whose other
    cells are empty: "| II | Nhóm chỉ tiêu về bảo vệ trẻ em | | |", "| A | SỨC KHỎE | |"."""
    filled = [i for i, c in enumerate(cells) if c.strip()]
    if len(filled) != 2 or filled[0] != 0 or not _GROUP_LABEL_RE.match(cells[0].strip()):
        return None
    title = cells[filled[1]]
    words = _LABEL_FIRST_GROUP_RE.match(fold_keeping_length(title))
    if words and words.group(1):
        return None       # "| I | II. Nhóm …": no label of its own
    return cells[0].strip().rstrip("."), squash_spaces(title[words.end():] if words else title)


# A unit column that names a rate per 1,000 or 100,000 ("trẻ em/100.000 trẻ em", "/1.000 trẻ
# đẻ sống"), and one that names no measure of its own ("Tỷ lệ", "Tỷ suất", "Số").
_PER_IN_UNIT_RE = re.compile(r"/\s*(1(?:00)?\.000)")
_NO_COUNT_UNIT_RE = re.compile(r"^(?:ty le|ty suat|so|chi so|muc)$")


def count_unit(unit: str) -> str | None:
    """What a table's unit column says is counted ("xã/phường", "trường hợp", "cơ sở"): the
    unit as written; None for a percentage, a rate ("‰", "trẻ em/100.000 trẻ em") or a
    column naming no measure ("Tỷ lệ", "Số")."""
    unit = squash_spaces(unit).strip(" ()")
    folded = fold_keeping_length(unit)
    if not re.search(r"[a-z]", folded) or re.search(r"[%‰]", unit) or _PER_IN_UNIT_RE.search(unit) \
            or _NO_COUNT_UNIT_RE.match(folded):
        return None
    return unit


# "I. CHĂM SÓC SỨC KHỎE TRẺ EM", "II - Bảo vệ trẻ em": a Roman numeral and a title with no figure.
_ROMAN_GROUP_RE = re.compile(r"^([IVX]{1,4})\s*[.)\-–:]\s*(\w[^\d%‰]*)$")


def _roman_group(cell: str) -> tuple[str, str] | None:
    """(label, title as written) of a table row that is only a Roman numeral and a title
    ("| I. CHĂM SÓC SỨC KHỎE TRẺ EM |"): the goal group of the rows below; else None."""
    match = _ROMAN_GROUP_RE.match(squash_spaces(cell))
    if not match or roman_value(match.group(1)) is None:
        return None
    return match.group(1), match.group(2).strip(" .:")


def _cell_words(cell: str, unit: str) -> str:
    text = squash_spaces(cell)
    for sign, words in _SIGNS:
        if text.startswith(sign):
            text = words + text[len(sign):].strip()
            break
    if unit and not re.search(r"[%‰]|/\s*1(?:00)?\.000", text):
        per = _PER_IN_UNIT_RE.search(unit)
        if unit in ("%", "‰") or unit.startswith("/"):
            # ("Duy trì" alone is no figure: no sign after it)
            text = f"{text}{unit}" if re.search(r"\d\s*$", text) else text
        elif unit.startswith("‰"):    # "‰ trẻ đẻ sống": "dưới 5,2" is "dưới 5,2‰"
            text = f"{text}‰"
        elif per:         # "trẻ em/100.000 trẻ em": "≤ 480" is "480/100.000"
            text = f"{text}/{per.group(1)}"
        elif count_unit(unit) and re.search(r"\d\s*$", text):
            text = f"{text} {count_unit(unit)}"    # "≥ 80" in a column "xã/phường"
    return text


def _row_name_unit(cells: list[str], table: _Table) -> tuple[str, str]:
    """(indicator name, unit as written) of a table row."""
    name = cells[table.name_col] if table.name_col < len(cells) else ""
    name = re.sub(r"^(?:Chỉ tiêu|chỉ tiêu)\s+\d{1,2}\s*[:.]\s*", "", name).strip()
    name = _SUB_MARKER_RE.sub("", name).strip()
    unit = cells[table.unit_col].strip() if table.unit_col is not None and table.unit_col < len(cells) else ""
    in_name = _UNIT_IN_NAME_RE.search(name)
    if not unit and in_name:      # "Trẻ dưới 5 tuổi được đăng ký khai sinh (%)"
        unit = re.sub(r"(?i)^trên", "/", in_name.group(1).replace(" ", ""))
    counted = _COUNT_IN_NAME_RE.search(name) if not unit else None
    if counted and fold_keeping_length(counted.group(1).lower()) not in _NO_UNIT_WORDS:
        unit = counted.group(1)   # "Số điểm tư vấn, hỗ trợ trẻ em tại cộng đồng (điểm)": counted in "điểm"
    if not unit:
        unit = counted_noun(name) or ""     # "Số xã, phường, thị trấn có …": counted in "xã, phường"
    if not unit and _SHARE_NAME_RE.match(name) and not _PER_BASE_IN_NAME_RE.search(name):
        unit = "%"     # "CT1. Tỷ lệ trẻ em … tiêm chủng đầy đủ" over "95,5": a share, in per cent
    return name, unit


# a row named as a share, its code first or not: "CT1. Tỷ lệ …", "Tỉ lệ …" (not "Tỷ suất …")
_SHARE_NAME_RE = re.compile(r"^(?:[A-ZĐ]{1,4}[\d.\-]{0,5}[.:]?\s+)?(?:tỷ lệ|tỉ lệ)\b", re.IGNORECASE)
# … over a base other than a hundred: "… trên 1.000 trẻ đẻ sống", "/100.000"
# ("trên 1000 trẻ đẻ sống", "số bé trai/100 bé gái", "/10 vạn trẻ em", "học sinh/lớp": reviewer)
_PER_BASE_IN_NAME_RE = re.compile(r"/|‰|\btrên\s+\d|\bvạn\b|\bphần nghìn\b", re.IGNORECASE)


_PLAIN_FIGURE_RE = re.compile(rf"^(?:{NUMBER_PATTERN})\s*[%‰]?$")
_PART_OF_WHOLE_RE = re.compile(r"^(\d{1,4})/\d{1,4}$")


def _achieved_targets(cells: list[str], table: _Table, metric_offset: int = 0) -> list:
    """The results a row reports in its past columns ("Thực hiện năm 2020 | 94,6"): one
    ``Target`` each, ``achieved``, ``EXACTLY`` the figure, for the column's year; a cell that
    is no plain figure ("-", "< 10", "Giảm …") gives none. Quoted as "name: header cell"."""
    name, unit = _row_name_unit(cells, table)
    found = []
    for index, year, header in table.past:
        cell = squash_spaces(cells[index]) if index < len(cells) else ""
        # "46 vụ" in a row counted in "vụ" (or in "vụ/năm": the noun, a year its period; "14.820
        # trẻ" in "trẻ em": its first word)
        nouns = (unit.strip(), unit.split("/")[0].strip(), (unit.split() or [""])[0]) if unit else ()
        noun = next((u for u in nouns if u and cell.lower().endswith(" " + u.lower())), None)
        if noun:
            cell = cell[: -len(noun)].strip()
        # (or a part of its whole: "19/28" of a row counted in "trường")
        part = _PART_OF_WHOLE_RE.match(cell) if unit and count_unit(unit) else None
        if not name or not (_PLAIN_FIGURE_RE.match(cell) or part):
            continue
        try:
            value = parse_number(part.group(1) if part else cell.rstrip("%‰ "))
        except ValueError:
            continue      # ("14.820 trẻ" of a row counted in "trẻ em": a noun the unit does not write)
        shown = f"{name}: {header} {cell}"
        words = f"{cell} {unit}" if part else _cell_words(cell, unit)
        for target in parse_targets(f"{name} là {words} vào năm {year}",
                                    metric_offset=metric_offset, count_unit=count_unit(unit)):
            if target.year != year or target.value != value:
                continue
            target.comparator, target.comparator_text, target.achieved = EXACTLY, None, True
            target.sentence = shown
            found.append(target)
    return found


# "Năm 2025 (thực hiện)", "Năm 2030 (mục tiêu)": a cell giving the year of its row's figures
_ROW_YEAR_RE = re.compile(r"^\s*(?:nam\s+|moc\s+(?:nam\s+)?)?((?:19|20)\d\d)\b(?!\s*[%‰/.,]\d)\s*(?:\(([^)]*)\))?\s*$")


def _row_year(cells: list[str], table: _Table) -> tuple[int, int, bool] | None:
    """(column, year, achieved) of the value cell that gives its row's year ("Năm 2025 (thực
    hiện)": a result, achieved; "Năm 2030 (mục tiêu)": a target) in a table whose header names
    no year for its figures; else None."""
    if any(year is not None for _, year, _ in table.values):
        return None
    for index, _year, _header in table.values:
        cell = fold_keeping_length(cells[index].lower()) if index < len(cells) else ""
        match = _ROW_YEAR_RE.match(cell)
        if match:
            return index, int(match.group(1)), bool(match.group(2) and _PAST_COLUMN_RE.search(match.group(2)))
    return None


def _year_row_targets(cells: list[str], table: _Table, name: str, metric_index: int) -> tuple[str, list]:
    """(shown text, targets) of a row whose year is in a cell of its own (``_row_year``): its
    figures for that year, results when the year's cell says so, as metric ``metric_index``."""
    column, year, achieved = _row_year(cells, table)
    unit = _row_name_unit(cells, table)[1]
    shown, found = [], []
    for index, _year, header in table.values:
        cell = squash_spaces(cells[index]) if index < len(cells) else ""
        if index == column or cell.lower() in _EMPTY_CELLS:
            continue
        shown.append(f"{cells[column].strip()}: {cell}")
        for target in parse_targets(f"{name} {_cell_words(cell, unit)} vào năm {year}", count_unit=count_unit(unit))[:1]:
            target.metric_index = metric_index
            if achieved:
                target.comparator, target.comparator_text, target.achieved = EXACTLY, None, True
            target.sentence = f"{name}: {'; '.join(shown)}"
            found.append(target)
    return "; ".join(shown), found


def _table_indicator(cells: list[str], table: _Table) -> tuple[str, str] | None:
    """(text as written, sentence to read targets from) of an indicator row."""
    name, unit = _row_name_unit(cells, table)
    shown, parts = [], []
    for index, year, header in table.values:
        cell = cells[index].strip() if index < len(cells) else ""
        if cell.lower() in _EMPTY_CELLS:
            continue
        shown.append(f"{header} {cell}".strip())
        words = _cell_words(cell, unit)
        parts.append(f"{words} vào năm {year}" if year else words)
    if not name or not parts:
        return None
    return f"{name}: " + "; ".join(shown), f"{name} đạt " + " và ".join(parts)


def _opens_sub_items(indicator: Indicator) -> bool:
    """An indicator whose own text announces a list ("Giảm tỷ suất tử vong ở trẻ em, cụ
    thể:", "Tiêm chủng cho trẻ em:") or sets no target: the "+", "-", "a)" items after it
    are its metrics."""
    return indicator.text.rstrip().endswith(":") or not indicator.targets


def _add_sub_item(indicator: Indicator, head: str, para: Paragraph) -> None:
    """One "+ …", "- …" or "a) …" item of an indicator: its text and its targets. A year
    the indicator's own words open ("Chỉ tiêu 5. Đến năm 2025:") is the year of each item
    that gives none; the item is then checked and quoted with those words."""
    body = squash_spaces(para.body)
    marker = squash_spaces(para.text[:len(para.text) - len(para.body)]).strip() or "-"
    indicator.text = f"{indicator.text} {marker} {body}".strip()
    offset = max((t.metric_index for t in indicator.targets), default=0)
    if _CHANGE_LINE_RE.match(fold_keeping_length(body.lower())):
        return      # "Mức thay đổi cả giai đoạn: tăng 7,6 điểm phần trăm": a difference, no target
    steps = _MILESTONES_LINE_RE.match(fold_keeping_length(body.lower())) is not None
    if steps:
        body = milestones_as_clauses(body)    # "Mức khởi điểm: 6,9‰ - Mức phấn đấu năm 2028: 6,2‰ - …"
    targets = parse_targets(body, metric_offset=offset, eliminations=True)
    named = without_unit_label(FOOTNOTE_MARK_RE.sub("", head)).strip(" :")
    for target in targets:
        if _MILESTONE_WORDS_RE.match(fold_keeping_length(target.metric.lower())) or not target.metric.strip():
            # "- Mốc năm 2028: đạt 84%" names a year, not a measure: the indicator's own words do
            # (as does a line of years and figures alone: "2025 ▸ 2028 ▸ 2030: 81,3 ▸ 87 ▸ 92")
            target.metric = named
    if steps and len(targets) > 1 and len({t.year for t in targets}) == len(targets) and None not in {t.year for t in targets}:
        # one figure a year on a line of milestones ("Kết quả năm 2025: 24 hội đồng ⟶ Mốc sơ kết
        # năm 2028: 50 hội đồng ⟶ …"): the steps of one measure, named by the indicator
        for target in targets:
            target.metric, target.metric_index = named, targets[0].metric_index
    years = {int(y) for y in _HEAD_YEAR_RE.findall(fold_keeping_length(head))}
    if len(years) == 1 and not parse_targets(head):
        for target in targets:
            if target.year is None and target.comparator != REDUCE_BY_PER_YEAR:
                target.year = next(iter(years))
                target.text = f"{head} {target.text}"
                target.sentence = f"{head} {target.sentence}"
                target.needs_review = not verify_target(target)
    indicator.targets.extend(targets)


_FIRST_STEP_RE = re.compile(r"\s+(?=(?:Kết quả|Mốc|Mục tiêu|Đích|Gốc|Số gốc)\s+(?:năm\s+)?(?:19|20)\d\d\s*:)", re.IGNORECASE)


def _named_milestones(targets: list, text: str) -> list:
    """``targets`` whose measure a milestone's words stood for ("Mức khởi điểm", "Mốc năm
    2028") named by the target's own words: ``text`` up to its first sentence's end."""
    name = FOOTNOTE_MARK_RE.sub("", re.split(r"(?<=[^\d\s])\.\s", text, maxsplit=1)[0]).strip(" .:")
    # (or up to its first step, "… (trên 1.000 trẻ đẻ sống) Kết quả năm 2025: 11,6‰ ⟶ …")
    name = _FIRST_STEP_RE.split(name, maxsplit=1)[0].strip(" .:-–")
    # (… or the measure a target before it names: "Tỷ lệ … đạt 94% vào năm 2030; Mốc sơ kết năm
    # 2028: 87%" — the name a milestone stands for, not the statement up to its end)
    measured = next((t.metric for t in targets if t.metric.strip()
                     and not _MILESTONE_WORDS_RE.match(fold_keeping_length(t.metric.lower()))
                     and not names_no_measure(t.metric)), None)
    if measured and re.search(r"\d\s*[%‰]|\bnăm\s+(?:19|20)\d\d", name):
        name = measured     # (the words up to the sentence's end hold a figure: no name)
    for target in targets:
        if _MILESTONE_WORDS_RE.match(fold_keeping_length(target.metric.lower())):
            target.metric = name
    return targets



# "Lộ trình: năm 2025: …", "Kết quả năm 2025: 82,4%. Phấn đấu năm 2028: 87%. …" (folded)


# "Chỉ tiêu thứ nhất.", "Chỉ tiêu thứ hai mươi:" (folded): an indicator numbered in words
_ORDINAL_INDICATOR_RE = re.compile(r"^chi tieu\s+thu\s+((?:[a-z]+\s+){0,2}[a-z]+)\s*[:.]\s*")


def _ordinal_indicator(folded: str) -> re.Match | None:
    match = _ORDINAL_INDICATOR_RE.match(folded)
    return match if match and ordinal_value(match.group(1)) else None


# "Mức thay đổi cả giai đoạn 2026 - 2030: tăng 7,6 điểm phần trăm" (folded): a line under a
# target giving the change its milestones make, no figure to reach
_CHANGE_LINE_RE = re.compile(r"^(?:(?:muc|so)\s+(?:thay doi|tang|giam|chenh lech|bien dong)|thay doi|chenh lech|bien dong)\b[^:]{0,40}:")


# a section explaining the targets ("Giải thích một số chỉ tiêu", "Cách tính", "Định nghĩa")
_EXPLAINING_RE = re.compile(r"^(?:giai thich|cach tinh|dinh nghia|huong dan tinh|khai niem)\b")


def _opened(indicator: Indicator) -> tuple[Indicator, str] | None:
    return (indicator, indicator.text) if _opens_sub_items(indicator) else None


def _is_sub_item(para: Paragraph) -> bool:
    """A "+", "-" or "a)" item that is not itself a goal or an indicator, or a line of the
    target's milestones ("Lộ trình: năm 2025: … → năm 2030: …") a page's width set apart."""
    folded = fold_keeping_length(para.body)
    if para.kind == "plain" and (_MILESTONES_LINE_RE.match(folded.lower()) or _CHANGE_LINE_RE.match(folded.lower())):
        return True
    return para.kind in ("bullet", "letter") and table_cells(para.text) is None and not (
        _GOAL_RE.match(folded) or _INDICATOR_RE.match(folded) or _PAREN_INDICATOR_RE.match(folded))


def _in_baseline(para: Paragraph) -> bool:
    return any(in_baseline_section(h.title) for h in para.path)


def _settle_baseline(indicators: list[Indicator]) -> list[Indicator]:
    """Indicators read in a baseline section ("Thực trạng", "Kết quả giai đoạn trước") give
    way to the plan's own indicator of the same number; those left keep their figures as
    "needs review": they are past results, not targets."""
    planned = {i.number for i in indicators if not i.baseline}
    kept, seen = [], set()
    for indicator in indicators:
        if indicator.baseline:
            if indicator.number in planned or (indicator.number is not None and indicator.number in seen):
                continue
            seen.add(indicator.number)
            for target in indicator.targets:
                target.needs_review = True
        kept.append(indicator)
    for position, indicator in enumerate(kept):
        indicator.position = position
    return kept


_CODE_RANGE_TAIL_RE = re.compile(r":\s*[A-ZĐ]{1,4}[\w./-]*\d\s*(?:đến|–|-)\s*[A-ZĐ]{1,4}[\w./-]*\d\b.*$")


def _not_repeated(goal: Goal, goals: list[Goal]) -> Goal:
    """``goal``, a table's group row, numbered after the group row just above it when it
    repeats that row's Roman numeral ("I", "II", "II", "IV": a scan's "III" read short):
    groups of one table go up by one."""
    last = goals[-1] if goals else None
    if (last is not None and goal.number is not None and last.number == goal.number
            and last.section == goal.section and goal.label and roman_value(goal.label.upper())):
        goal.number = last.number + 1
        goal.label = to_roman(goal.number)
    return goal


def _group_goal(para: Paragraph, body: str, match: re.Match, unlabelled: int = 1) -> Goal:
    """The goal of a "Nhóm mục tiêu A - … (05 chỉ tiêu)" line: its label as written ("A"),
    its number the label's rank (A → 1, II → 2) so its indicators count per goal; a group
    without a label is numbered ``unlabelled`` (its rank among the goals)."""
    folded_label = match.group(1)
    label = body[match.start(1):match.end(1)] if folded_label else None
    if folded_label is None:
        number = unlabelled
    elif folded_label.isdigit():
        number = int(folded_label)
    elif len(folded_label) == 1 and folded_label not in "ivx":
        number = ord(folded_label) - ord("a") + 1        # "Nhóm T": its letter's rank, as A → 1
    else:
        number = roman_value(folded_label.upper())
    rest = body[match.end():]
    declared = _DECLARED_RE.search(fold_keeping_length(rest))
    if declared:
        rest = rest[:declared.start()] + rest[declared.end():]
    # "Nhóm A. Sức khỏe: PT26/01 đến PT26/07": the range of its codes is no part of its title
    rest = _CODE_RANGE_TAIL_RE.sub("", rest)
    return Goal(number=number, title=squash_spaces(rest).strip(" .:-–;"),
                declared_indicator_count=parse_int(declared.group(1)) if declared else None,
                section=para.section, label=label)


def _in_specific_goals(para: Paragraph) -> bool:
    return any(_SPECIFIC_GOALS in fold_keeping_length(h.title) for h in para.path)


def goal_sections(doc: Document) -> list[tuple[int, list[Paragraph]]]:
    """Each goal whose title is a line of its own ("Mục tiêu 1. Về sức khỏe …") with the run
    of plain paragraphs after it, up to the next heading, goal, indicator, list item or
    table: (goal number, paragraphs)."""
    runs: list[tuple[int, list[Paragraph]]] = []
    run: list[Paragraph] | None = None
    for para in doc.paragraphs:
        folded = fold_keeping_length(para.body)
        goal = _GOAL_RE.match(folded)
        if table_cells(para.text) is not None or para.heading is not None or para.kind != "plain" \
                or _GROUP_RE.match(folded) or _INDICATOR_RE.match(folded) or _DOTTED_INDICATOR_RE.match(folded):
            run = None
        elif goal:
            run = []
            runs.append((int(goal.group(1)), run))
        elif run is not None:
            run.append(para)
    return runs


def prose_sections(doc: Document) -> dict[int, list[ProseClause]]:
    """The indicators a plan states in running prose in its goal sections (``goal_sections``,
    ``prose.py``), by the position of the paragraph that states them. A plan writes its
    targets in prose when one of those paragraphs states a figure in a clause with no number
    of its own, or is no item of its own ("(3) Tỷ lệ …" opening it) but numbers its
    indicators inline; then every goal section of the plan is read so. Else {} (the other
    layouts are read by ``parse_goals`` as before)."""
    runs = [run for _, run in goal_sections(doc)]
    found = {para.position: prose_clauses(para.body) for run in runs for para in run}
    if not any(clause.inline_number is None for clauses in found.values() for clause in clauses) \
            and not any(found[para.position] and not _PAREN_INDICATOR_RE.match(fold_keeping_length(para.body))
                        for run in runs for para in run):
        return {}
    return {position: clauses for position, clauses in found.items() if clauses}


def parse_goals(doc: Document) -> tuple[list[Goal], list[Indicator]]:
    goals: list[Goal] = []
    indicators: list[Indicator] = []
    seen_numbers: set[int] = set()
    prose = prose_sections(doc)
    prose_indicators: list[tuple[Indicator, ProseClause]] = []
    current: Goal | None = None
    table: _Table | None = None
    open_indicator: tuple[Indicator, str] | None = None   # whose sub-items may follow, its own words
    summaries: list[tuple[int, list[str], _Table]] = []    # table rows of indicators read before
    appendix: str | None = None      # "Phụ lục": the title a table after it is cited under
    item_headings: set[int] = set()  # "7. Tỷ lệ …" headings read as indicators: no section of a goal
    lined: list[Indicator] = []      # indicators read from their own "Chỉ tiêu N." line
    restarted = False                # … numbered anew in each group
    grouped_rows: list[Indicator] = []   # indicators read from table rows under a group row
    table_restarted = False              # … numbered anew under each group row
    group_seen: dict[int, set[int]] = {}     # then the numbers seen under each group
    # "1. Mục tiêu về …" over "a) Tỷ lệ … đạt 95% …": read by ``lettered_goals``
    lettered = {p.position for g in lettered_goals(doc) for p in g.paragraphs()}
    # "2. Mục tiêu cụ thể đến năm 2025" over "a) Về …:" and "- …" targets: ``yeargroups``
    by_year = year_sections(doc)
    lettered |= {p.position for s in by_year for p in s.paragraphs()}
    claimed = set(lettered)      # paragraphs a rule read: ``unread_statements`` leaves them
    before: tuple[int, int] | None = None
    for index, para in enumerate(doc.paragraphs):
        if before is not None and len(indicators) > before[1]:
            claimed.add(before[0])
        before = (para.position, len(indicators))
        following = doc.paragraphs[index + 1].text if index + 1 < len(doc.paragraphs) else None
        if para.position in lettered:
            table, open_indicator, current = None, None, None
            continue
        if any(_EXPLAINING_RE.match(fold_keeping_length(h.title.lower())) for h in para.path if h is not para.heading) \
                or (para.heading is not None and _EXPLAINING_RE.match(fold_keeping_length(para.heading.title.lower()))):
            # "3. Giải thích một số chỉ tiêu" over "- A-3: tính số xã …": how targets are counted
            claimed.add(para.position)
            open_indicator = None
            continue
        cells = table_cells(para.text)
        if cells is not None:
            counts = len(goals), len(indicators)
            row = _ROW_NUMBER_RE.match(fold_keeping_length(cells[0].strip())) if cells else None
            earlier = next((i for i in grouped_rows if row and i.number == int(row.group(1))), None)
            if table is not None and current is not None and current.label and earlier is not None \
                    and earlier.goal_label != current.label:
                # "| II | GIÁO DỤC |" over "| 1 | …" again: rows numbered anew under each group
                # row of one table, each known by its group and its number ("chỉ tiêu 2 nhóm III")
                table_restarted = True
            own_seen = group_seen.setdefault(id(current), set()) if table_restarted else seen_numbers
            current, table = _table_row(cells, para, table, current, goals, indicators, own_seen,
                                        summaries)
            grouped_rows.extend(i for i in indicators[counts[1]:] if i.number is not None and i.goal_label)
            if appendix:    # not the section above the appendix ("VI. Đường dây tiếp nhận …")
                for goal in goals[counts[0]:]:
                    goal.section = appendix
                for indicator in indicators[counts[1]:]:
                    shown = indicator.number if indicator.number is not None else indicator.label
                    indicator.section = f"{appendix}{SEPARATOR}Chỉ tiêu {shown}"
            if cells and _SLASH_CODE_RE.match(cells[0].strip()):
                for indicator in indicators[counts[1]:]:
                    indicator.section = re.sub(r"Chỉ tiêu \d+$", f"Chỉ tiêu {cells[0].strip()}", indicator.section)
            open_indicator = None
            continue
        if para.heading is not None and para.heading.level == ROMAN and \
                not is_group_line(para.text, following if table is not None else None):
            appendix = None
        appendix = appendix_title(para.text) or appendix
        folded_line = fold_keeping_length(para.text.strip())
        header_next = following is not None and (lambda c: c is not None and _Table.is_header(c))(table_cells(following))
        if (table is not None or header_next) and _TABLE_GROUP_RE.match(folded_line) \
                and len(folded_line.split()) <= 16:
            # "NHÓM B. BẢO VỆ TRẺ EM" a line of its own over a table's header or between its
            # rows (a page's repeated header above it): the rows below are its own
            current = _group_goal(para, para.text.strip(), _TABLE_GROUP_RE.match(folded_line))
            goals.append(current)
            if table is not None:
                table.last = None
            continue
        if table is not None:
            group = _GROUP_RE.match(fold_keeping_length(para.body))
            if group:   # a group row written as a line of its own between the table's rows
                current = _group_goal(para, para.body, group)
                goals.append(current)
                table.last = None
                continue
            first = _LABEL_FIRST_GROUP_RE.match(fold_keeping_length(para.text))
            if first:   # "I. Nhóm chỉ tiêu về sức khỏe, dinh dưỡng" as a line of its own
                current = _group_goal(para, para.text, first, sum(1 for g in goals if g.number is not None) + 1)
                goals.append(current)
                table.last = None
                continue
            roman = _roman_group(para.text) if is_group_line(para.text, following) else None
            if roman:   # "I. CHĂM SÓC SỨC KHỎE TRẺ EM" as a line of its own over the rows
                # cited where the table is, not under the line itself (read as a heading)
                where = SEPARATOR.join(h.display() for h in para.path if h is not para.heading)
                current = Goal(number=roman_value(roman[0]), title=roman[1], section=appendix or where,
                               label=roman[0])
                goals.append(current)
                table.last = None
                continue
        table = None
        if open_indicator is not None and _is_sub_item(para):
            _add_sub_item(*open_indicator, para)
            claimed.add(para.position)
            continue
        open_indicator = None
        if _NOTE_LINE_RE.match(fold_keeping_length(para.body.lower())):
            continue      # "Ghi chú: Chỉ tiêu 6, 9 … tính bằng số tuyệt đối …": a note on targets, none itself
        if para.position in prose and not _ROMAN_INDICATOR_RE.match(fold_keeping_length(para.body)):
            # ("Chỉ tiêu IV. … ; thực hiện năm 2025: …" is a numbered target's own line, no prose)
            for clause in prose[para.position]:
                _add_prose_indicator(indicators, prose_indicators, clause, current, para.section, para)
            continue
        grouped_under = _specific_goals_heading(para) if para.kind in ("plain", "subnumber") else None
        if grouped_under is not None:
            numbered = numbered_group(para.text) if para.kind == "plain" else None
            if numbered:   # "Nhóm 1: Chăm sóc sức khỏe …" over "2.1. …" targets
                current = Goal(number=numbered[0], title=numbered[1], label=_group_label(para.text, numbered[0]),
                               section=_section_to(para, grouped_under))
                goals.append(current)
                continue
            titled = _titled_prose_goal(para, grouped_under)
            if titled is not None:
                # "2.2. Về chăm sóc sức khỏe: Tỷ lệ … đạt 96,5% …. Tỷ suất … 16,5‰ …": a goal
                # whose sentences are its targets, not one target of many measures
                current, clauses = titled
                goals.append(current)
                for clause in clauses:
                    _add_prose_indicator(indicators, prose_indicators, clause, current,
                                         _section_to(para, grouped_under), para)
                continue
            item = _subnumbered_item(para, grouped_under, current, seen_numbers)
            if item is not None:
                item.position = len(indicators)
                indicators.append(item)
                open_indicator = _opened(item)
                continue
        body = para.body
        folded = fold_keeping_length(body)
        paren = _PAREN_INDICATOR_RE.match(folded)
        if paren and _in_goal_section(para) and int(paren.group(1)) not in seen_numbers:
            text = squash_spaces(body[paren.end():])
            targets = parse_targets(text, eliminations=True)
            if targets:
                number = int(paren.group(1))
                if not _in_baseline(para):
                    seen_numbers.add(number)
                indicators.append(Indicator(
                    number=number, goal=current.number if current else None, text=text,
                    section=f"{para.section}{SEPARATOR}Chỉ tiêu {number}" if para.section
                    else f"Chỉ tiêu {number}",
                    targets=targets, position=len(indicators),
                    goal_label=current.label if current else None, baseline=_in_baseline(para)))
                open_indicator = _opened(indicators[-1])
                continue
        group = _GROUP_RE.match(folded)
        if group and not re.match(r"nhom\s+(?:cac\s+)?(?:muc tieu|chi tieu)", folded) \
                and (body.split("(")[0].upper() == body.split("(")[0] or not _in_specific_goals(para)):
            # "NHÓM I. TRẺ EM …" in capitals heads targets numbered anew (read below); "Nhóm A.
            # Nhiệm vụ truyền thông" among the tasks is no goal
            group = None
        if group:
            current = _group_goal(para, body, group)
            goals.append(current)
            continue
        stage = _STAGE_GROUP_RE.match(folded) if following and len(body) < 160 else None
        if stage and _INDICATOR_RE.match(fold_keeping_length(following.lower())):
            # "GIAI ĐOẠN I. 1.000 NGÀY ĐẦU ĐỜI" over "Chỉ tiêu số 1. …": targets grouped by life stage
            current = _group_goal(para, body, stage)
            goals.append(current)
            continue
        numbered = numbered_group(para.text) if para.kind == "plain" and _in_goal_section(para) else None
        roman = _ROMAN_GROUP_LINE_RE.match(folded) if para.kind == "plain" and not numbered else None
        if roman and following is not None and _INDICATOR_RE.match(fold_keeping_length(following.strip())):
            # "NHÓM II. CÁC CHỈ TIÊU CÓ MỐC SƠ KẾT NĂM 2028 …" over "Chỉ tiêu 08. …": a group of
            # targets numbered through, by a Roman numeral
            numbered = (roman_value(roman.group(1).upper()), squash_spaces(para.text[roman.end():]).strip(" .:-–"))
        if numbered and not parse_targets(para.text):
            # "Nhóm thứ hai. Bảo vệ trẻ em" / "Nhóm 2: …" over "7) …" targets
            current = Goal(number=numbered[0], title=numbered[1], label=_group_label(para.text, numbered[0]),
                           section=para.section)
            goals.append(current)
            continue
        first = _LABEL_FIRST_GROUP_RE.match(folded)
        if first and len(body) < 160 and not parse_targets(body):
            # "2.1. Nhóm chỉ tiêu về chăm sóc sức khỏe" over "(1) …" targets: numbered by its rank
            current = _group_goal(para, body, first, sum(1 for g in goals if g.number is not None) + 1)
            current.title = current.title[:1].upper() + current.title[1:]
            goals.append(current)
            continue
        goal_match = _GOAL_RE.match(folded)
        dotted = _DOTTED_INDICATOR_RE.match(folded) if para.kind == "plain" and current is not None else None
        if dotted and parse_targets(body[dotted.end():]):
            # "Mục tiêu 3. …" over "Chỉ tiêu 3.1. Số trẻ em … giảm từ 9,6 … xuống 8,0 …": a target
            # numbered within its goal, known and cited by "3.1" as written (round 157)
            label = f"{int(dotted.group(1))}.{int(dotted.group(2))}"
            text = squash_spaces(body[dotted.end():])
            goal = f"Mục tiêu {current.number}" if current.number is not None else ""
            indicators.append(Indicator(
                number=None, goal=current.number, text=text,
                section=SEPARATOR.join(part for part in (para.section, goal, f"Chỉ tiêu {label}") if part),
                targets=parse_targets(text, eliminations=True), position=len(indicators),
                goal_label=current.label or (str(current.number) if current.number is not None else None),
                baseline=_in_baseline(para), label=label))
            open_indicator = _opened(indicators[-1])
            continue
        indicator_match = _INDICATOR_RE.match(folded) or _ordinal_indicator(folded) or _ROMAN_INDICATOR_RE.match(folded)
        if goal_match:
            declared = _DECLARED_RE.search(folded)
            title = body[goal_match.end():]
            if declared:
                title = title[:declared.start() - goal_match.end()] + title[declared.end() - goal_match.end():]
            current = Goal(number=int(goal_match.group(1)), title=squash_spaces(title).strip(" .:"),
                           declared_indicator_count=parse_int(declared.group(1)) if declared else None,
                           section=_outer_section(para, item_headings), label=para.label)
            goals.append(current)
            continue
        if indicator_match and _ASSIGNS_ROLES_RE.match(body[indicator_match.end():]) \
                and not parse_targets(body[indicator_match.end():]):
            continue   # "Chỉ tiêu 6: Bảo hiểm xã hội tỉnh chủ trì; Sở Y tế … phối hợp.": who, no target
        if indicator_match:
            written = indicator_match.group(1).strip("()")     # "(2)" of "Chỉ tiêu (2):"
            number = int(written) if written.isdigit() \
                else roman_value(indicator_match.group(1).upper()) if indicator_match.re is _ROMAN_INDICATOR_RE \
                else ordinal_value(indicator_match.group(1))
            if number in seen_numbers:
                earlier = next((i for i in lined if i.number == number), None)
                if current is None or earlier is None or earlier.goal_label == current.label:
                    continue
                # "GIAI ĐOẠN II" › "Chỉ tiêu số 1." again: numbered anew in each group, so every
                # target so read is known by its group and its number ("chỉ tiêu 1 nhóm II")
                restarted = True
            if not _in_baseline(para):
                seen_numbers.add(number)
            text = squash_spaces(body[indicator_match.end():])
            lined.append(Indicator(
                number=number, goal=current.number if current else None, text=text,
                section=f"{para.section}{SEPARATOR}Chỉ tiêu {number}" if para.section
                else f"Chỉ tiêu {number}",
                # (its milestones may follow on the same paragraph: "… đầy đủ. Mức khởi điểm:
                # 92% — Mức phấn đấu năm 2028: 95% — …")
                targets=_named_milestones(parse_targets(milestones_as_clauses(text), eliminations=True), text), position=len(indicators),
                goal_label=current.label if current else None, baseline=_in_baseline(para)))
            indicators.append(lined[-1])
            open_indicator = _opened(indicators[-1])
            continue
        item = _numbered_item(para, current, seen_numbers)
        if item is not None:
            item.position = len(indicators)
            indicators.append(item)
            item_headings.add(id(para.heading))
            open_indicator = _opened(item)
            continue
        if ROLE_LINE_RE.match(folded.lower()):
            continue          # "Chủ trì: Sở Y tế. Phối hợp: …" under an item: the group goes on
        if not _in_specific_goals(para):
            current = None
            continue
        if para.heading is not None and para.heading.level == LETTER:
            current = Goal(number=None, title=squash_spaces(body).strip(" .:"),
                           section=para.section, label=para.label)
            goals.append(current)
            continue
        if current is not None and current.number is None and para.heading is None \
                and para.kind in ("bullet", "plain") and (current.title or current.label):
            # (a table's own group, no title, holds its rows only: no line after it is a target)
            text = squash_spaces(body)
            targets = parse_targets(text, eliminations=True)
            if not targets and _ROLES_OF_NUMBERED_RE.search(folded.lower()):
                continue   # "Các chỉ tiêu (1) đến (7) do Sở Y tế chủ trì; …": who leads the targets above, none itself
            indicators.append(Indicator(
                number=None, goal=None, text=text, section=para.section,
                targets=targets, group=current.title,
                position=len(indicators),
                goal_label=current.label, label=para.label if para.kind == "bullet" else None))
    if before is not None and len(indicators) > before[1]:
        claimed.add(before[0])
    if table_restarted:
        titles = {g.label: g.title for g in goals if g.label}
        for indicator in grouped_rows:
            label = str(indicator.number)
            indicator.group = titles.get(indicator.goal_label) or indicator.group   # named with it: "Chỉ tiêu 2 · GIÁO DỤC"
            indicator.section = re.sub(r"Chỉ tiêu \d+$", f"Chỉ tiêu {label}", indicator.section)
            indicator.number, indicator.label = None, label
            seen_numbers.discard(int(label))
    if restarted:
        for indicator in lined:
            label = str(indicator.number)
            indicator.section = re.sub(r"Chỉ tiêu \d+$", f"Chỉ tiêu {label}", indicator.section)
            indicator.number, indicator.label = None, label
            seen_numbers.discard(int(label))
    _number_prose(prose_indicators, seen_numbers)
    if lettered:
        more_goals, more = lettered_indicators(lettered_goals(doc, {n for n in seen_numbers if n is not None}))
        goals += more_goals
        for indicator in more:
            indicator.position = len(indicators)
            indicators.append(indicator)
    if by_year:
        grouped = read_year_groups(doc, {i.number for i in indicators if i.number is not None})
        if grouped is not None:
            shift = max((g.number for g in goals if g.number is not None), default=0)
            for goal in grouped.goals:
                goal.number += shift
                goal.label = str(goal.number)
                goals.append(goal)
            for indicator in grouped.indicators:
                if indicator.goal is not None:
                    indicator.goal += shift
                    indicator.goal_label = str(indicator.goal)
                indicator.position = len(indicators)
                indicators.append(indicator)
    # the targets of a layout no rule reads: "- …", "a) …", "1. …" under "Nhóm 1:" lines
    more_goals, more = unread_statements(doc, claimed, indicators, goals)
    goals += more_goals
    indicators += more
    indicators = _settle_baseline(indicators)
    _years_announced(doc, indicators)
    _spread_over_periods(indicators)
    for number, cells, row_table in summaries:
        _fill_from_row(indicators, number, cells, row_table)
    # A goal numbered again (the appendix table's group rows over the goals the text read) is
    # the same goal: the first one read is kept.
    seen_goals: set[int] = set()
    goals = [g for g in goals if g.number is None or not (g.number in seen_goals or seen_goals.add(g.number))]
    # Goals of a plan with numbered indicators that hold none of them are section titles.
    # (… unless numbered indicators stand under them: "a) Về chăm sóc sức khỏe …" over "Chỉ tiêu
    # (1): …" is that group's title, round 163)
    if any(i.number is not None for i in indicators):
        used = {i.goal_label for i in indicators if i.number is None or i.goal is None and i.goal_label}
        goals = [g for g in goals if g.number is not None or g.label in used]
    else:
        used = {i.goal_label for i in indicators}
        goals = [g for g in goals if g.label in used or g.number is not None]
    return goals, indicators


# "NHÓM II. CÁC CHỈ TIÊU …" (folded): a group numbered by a Roman numeral, its title after
_ROMAN_GROUP_LINE_RE = re.compile(r"^nhom\s+([ivx]{1,4})\s*[.:\-–]\s+(?=\S)")


def _group_label(text: str, number: int) -> str:
    """A numbered group's label as written: "II" of "NHÓM II. …" (cited "chỉ tiêu 2 nhóm II"),
    else its number ("Nhóm 2:", "Nhóm thứ hai.")."""
    roman = re.match(r"^\s*nhom\s+([ivx]{1,4})\b", fold_keeping_length(text.lower()))
    return text[roman.start(1):roman.end(1)].upper() if roman else str(number)


def _numbered_item(para: Paragraph, current: Goal | None, taken: set[int]) -> Indicator | None:
    """The indicator a numbered paragraph is under a goal's line of its own ("Mục tiêu 1: …"
    over "1. Tỷ lệ … đạt 82% vào năm 2025 và 88% vào năm 2030.", the numbers running on
    across the goals, as Word's automatic list numbering writes them), when it sets a target
    and its number is not taken; else None. Cited under its goal: "II › Mục tiêu 1 › Chỉ tiêu 1"."""
    if para.kind != "number" or current is None or current.number is None or not para.label \
            or int(para.label) in taken or not _in_goal_section(para):
        return None
    text = squash_spaces(para.body)
    targets = parse_targets(text, eliminations=True)
    if not targets:
        return None
    number = int(para.label)
    if not _in_baseline(para):
        taken.add(number)
    where = SEPARATOR.join(h.display() for h in para.path[:-1])
    goal = f"Mục tiêu {current.number}"
    return Indicator(
        number=number, goal=current.number, text=text,
        section=SEPARATOR.join(part for part in (where, goal, f"Chỉ tiêu {number}") if part),
        targets=targets, position=0, goal_label=current.label, baseline=_in_baseline(para))


def _specific_goals_heading(para: Paragraph):
    """The heading "2. Mục tiêu cụ thể" enclosing ``para`` (a numbered heading of that title),
    else None."""
    for heading in para.path:
        if heading.level == NUMBER and heading is not para.heading \
                and _SPECIFIC_GOALS in fold_keeping_length(heading.title):
            return heading
    return None


def _section_to(para: Paragraph, heading) -> str:
    """The section path of ``para`` down to ``heading`` (the numbered targets above it left out)."""
    path = para.path[:para.path.index(heading) + 1]
    return SEPARATOR.join(h.display() for h in path)


def _subnumbered_item(para: Paragraph, heading, current: Goal | None, taken: set[int]) -> Indicator | None:
    """The indicator of a paragraph "2.5. Duy trì tỷ lệ … dưới 1,2% đến năm 2025 …" under
    "2. Mục tiêu cụ thể" (the first number that heading's): indicator 5, cited as written,
    "… › Nhóm 2 › Chỉ tiêu 2.5", so that "chỉ tiêu 2.5" and "chỉ tiêu 5" both find it. None
    when it sets no target, its first number is not the heading's or its number is taken."""
    if para.kind != "subnumber" or not para.label:
        return None
    outer, inner = para.label.split(".")
    if outer != heading.label or int(inner) in taken:
        return None
    text = squash_spaces(para.body)
    targets = parse_targets(text, eliminations=True)
    if not targets:
        return None
    number = int(inner)
    if not _in_baseline(para):
        taken.add(number)
    where = _section_to(para, heading)
    goal = f"Nhóm {current.number}" if current is not None and current.number is not None else ""
    return Indicator(
        number=number, goal=current.number if current else None, text=text,
        section=SEPARATOR.join(part for part in (where, goal, f"Chỉ tiêu {para.label}") if part),
        targets=targets, position=0, goal_label=current.label if current else None,
        baseline=_in_baseline(para))


def _add_prose_indicator(indicators: list[Indicator], found: list[tuple[Indicator, ProseClause]],
                         clause: ProseClause, goal: Goal | None, section: str, para: Paragraph) -> None:
    """Append the indicator a prose ``clause`` states under ``goal`` (numbered later, with the
    plan's other prose targets: ``_number_prose``), and note it in ``found``."""
    indicators.append(Indicator(
        number=None, goal=goal.number if goal else None, text=clause.text, section=section,
        targets=clause.targets, areas=clause.areas, position=len(indicators),
        goal_label=goal.label if goal else None, baseline=_in_baseline(para)))
    found.append((indicators[-1], clause))


def _titled_prose_goal(para: Paragraph, heading) -> tuple[Goal, list[ProseClause]] | None:
    """The goal a paragraph "2.2. Về chăm sóc sức khỏe: <sentences>" under "2. Mục tiêu cụ
    thể" is when two or more of its clauses each state a measure with its own figures
    (``prose.titled_clauses``): (goal numbered and labelled as written, "2.2" → 2 / "2.2", its
    clauses, the targets to number as prose). None for a paragraph of one measure, which
    ``_subnumbered_item`` reads as one indicator."""
    if para.kind != "subnumber" or not para.label:
        return None
    outer, inner = para.label.split(".")
    if outer != heading.label:
        return None
    titled = titled_clauses(squash_spaces(para.body))
    if titled is None:
        return None
    title, clauses = titled
    return Goal(number=int(inner), title=title, label=para.label, section=_section_to(para, heading)), clauses


def _outer_section(para: Paragraph, items: set[int]) -> str:
    """The section of ``para`` without the numbered items read as indicators above it (a goal
    line after "6. Cơ sở giáo dục …" is not in that item)."""
    return SEPARATOR.join(h.display() for h in para.path if id(h) not in items)


def _number_prose(found: list[tuple[Indicator, ProseClause]], taken: set[int]) -> None:
    """Number the indicators read in prose (``prose.number_clauses``: inline numbers kept,
    the others after the highest) and cite each under its goal: "I › Mục tiêu 1 › Chỉ tiêu 8"."""
    number_clauses([clause for _, clause in found], taken)
    for indicator, clause in found:
        indicator.number = clause.number
        goal = f"{SEPARATOR}Mục tiêu {indicator.goal}" if indicator.goal is not None else ""
        where = f"{indicator.section}{goal}" if indicator.section else goal.removeprefix(SEPARATOR)
        indicator.section = f"{where}{SEPARATOR}Chỉ tiêu {indicator.number}" if where \
            else f"Chỉ tiêu {indicator.number}"
        if not indicator.baseline:
            taken.add(indicator.number)


# a line announcing the year the targets below it are for: "B. MỤC TIÊU CỤ THỂ GIAI ĐOẠN 1
# (2026 - 2028): MỐC PHẢI ĐẠT ĐẾN HẾT NĂM 2028", "Các chỉ tiêu đến năm 2030:" (folded)
_ANNOUNCED_YEAR_RE = re.compile(r"\b(?:den|het|moc|trong)\s+(?:het\s+)?(?:nam\s+)?(20\d\d)\b")
_ANNOUNCING_WORDS_RE = re.compile(r"\b(?:muc tieu|chi tieu|moc)\b")
_PERIOD_RE = re.compile(r"\b(20\d\d)\s*[-–]\s*(20\d\d)\b")


def _years_announced(doc: Document, indicators: list[Indicator]) -> None:
    """Give a target written with no year ("GĐ1-01. Tỷ lệ … đạt 83%.") the year a line above
    it announces for the targets below ("MỐC PHẢI ĐẠT ĐẾN HẾT NĂM 2028"), up to the next such
    line or part of the plan. A line announcing is short, names targets or a milestone, and
    sets no figure of its own; a target whose own text names any year keeps what it says."""
    announced, year_at = None, {}
    for para in doc.paragraphs:
        if para.heading is not None and para.heading.level == ROMAN:
            announced = None
        folded = fold_keeping_length(para.text.lower())
        heading_like = len(folded.split()) <= 30 and _ANNOUNCING_WORDS_RE.search(folded) \
            and not re.search(r"\d[%‰]|\d\s*%", folded) and table_cells(para.text) is None \
            and (para.text.strip().isupper() or para.text.rstrip().endswith(":") or para.heading is not None)
        found = _ANNOUNCED_YEAR_RE.findall(folded) or [end for _start, end in _PERIOD_RE.findall(folded)]
        if heading_like:
            # "C. MỤC TIÊU … GIAI ĐOẠN 2 (2029 - 2030)": its period's end; a heading of targets
            # naming no year ends the last one's
            announced = int(found[-1]) if found else None
            continue
        if found and len(folded.split()) <= 30 and _ANNOUNCING_WORDS_RE.search(folded) \
                and not re.search(r"\d[%‰]|\d\s*%", folded) and table_cells(para.text) is None:
            announced = int(found[-1])
            continue
        year_at[para.position] = announced
    if not any(year_at.values()):
        return
    texts = [(p.position, p.text) for p in doc.paragraphs]
    for indicator in indicators:
        yearless = [t for t in indicator.targets if t.year is None and not t.achieved
                    and t.comparator != REDUCE_BY_PER_YEAR]
        own_words = re.sub(r"\([^()]*\)", " ", indicator.text)    # "(năm 2025 đạt 38,5%)": a result aside
        if not yearless or not indicator.text.strip() or _YEAR_IN_CELL_RE.search(own_words) \
                or re.match(r"(?i)\s*(?:ghi chú|lưu ý|chú thích)\b", indicator.text):   # a note sets no target
            continue    # a target whose text names a year and leaves one figure without is left so
        # its paragraph: the one holding its whole text (two phases may open alike), its code
        # too when it has one
        holding = [(pos, text) for pos, text in texts if indicator.text in text] or \
            [(pos, text) for pos, text in texts if indicator.text[:40] in text]
        where = next((pos for pos, text in holding if indicator.label and indicator.label in text),
                     holding[0][0] if holding else None)
        year = year_at.get(where)
        if year is not None and not indicator.baseline:
            for target in yearless:
                target.year = year


def _spread_over_periods(indicators: list[Indicator]) -> None:
    """A figure that holds "trong suốt giai đoạn 2021 - 2030" (read for 2030) holds in every
    milestone year of that period the plan sets targets for (2025 too): one target each."""
    milestones = sorted({t.year for i in indicators if not i.baseline for t in i.targets
                         if t.year is not None and not t.achieved})
    for indicator in indicators:
        spread = []
        for target in indicator.targets:
            period = throughout_period(target.text)
            if period and target.year == period[1]:
                spread.extend(dataclasses.replace(target, year=year) for year in milestones
                              if period[0] < year < period[1] and not any(
                                  t.year == year and t.metric_index == target.metric_index
                                  for t in indicator.targets))
            spread.append(target)
        indicator.targets = spread


def _table_targets(sentence: str, shown: str, metric_offset: int = 0, counted: str | None = None) -> list:
    """Targets of a table row, read from the row made a sentence; quoted as the row.
    ``counted``: what the unit column says is counted (``count_unit``)."""
    targets = parse_targets(sentence, metric_offset=metric_offset, count_unit=counted)
    # the comparison signs as the row writes them: "≥ 96%", "< 10"
    signs = {parse_number(m.group(2)): m.group(1)
             for m in re.finditer(rf"([≥≤<>]=?)\s*({NUMBER_PATTERN})", shown)}
    cells = fold_keeping_length(shown.split(": ", 1)[-1])
    for target in targets:
        target.sentence = shown
        words = target.comparator_text
        if words and words.startswith("đạt ") and fold_keeping_length(words[4:]) in cells:
            words = words[4:]   # "đạt từ": "từ 95% - 97%" as the row writes it
        if words and fold_keeping_length(words) not in cells:
            words = None        # "đạt" joined the cells into a sentence: not the plan's word
        target.comparator_text = signs.get(target.value, words)
    if any(t.comparator == UNDER and t.comparator_text for t in targets):
        # "| 32 | không quá 30 | không quá 24 |": beside the row's ceilings a bare figure is
        # the level set for its year, no floor ("đạt" only joined the cells into a sentence)
        for target in targets:
            if target.comparator == AT_LEAST and not target.comparator_text:
                target.comparator = EXACTLY
    return targets


def _bracket_label(cell: str) -> re.Match | None:
    """The match of a cell that is a bracketed label alone ("[KHAI SINH]"), else None."""
    found = BRACKET_LABEL_RE.fullmatch(cell.strip())
    return found if found and found.group(1).strip() else None


def _code_label(code: re.Match) -> str:
    """An indicator's label from its code's match: "A 1" → "A1", "[Khai sinh]" → "KHAI SINH"."""
    if code.re is BRACKET_LABEL_RE:
        return squash_spaces(code.group(1)).upper()
    return code.group(0).replace(" ", "").upper()


def _table_row(cells: list[str], para: Paragraph, table: "_Table | None", current: Goal | None,
               goals: list[Goal], indicators: list[Indicator], seen_numbers: set[int],
               summaries: list) -> tuple[Goal | None, "_Table | None"]:
    """One row of a table: its header, a goal ("Mục tiêu 1: …"), an indicator, or a metric
    row of the indicator above it ("| | - Tỷ suất tử vong trẻ sơ sinh | < 10 | < 8 |"). The
    row of an indicator read before goes to ``summaries`` (number, cells, table)."""
    if _Table.is_tasks_header(cells):
        return current, None         # a table of tasks after the targets' (an appendix of its own)
    if _Table.is_header(cells):
        if sum(is_area_name(c) for c in cells[1:]) >= 3:
            return current, None     # "| Chỉ tiêu | Đơn vị | Minh Hóa | TP Đồng Hới | …": by area (parse.breakdowns)
        return current, _Table(cells)
    if table is None:
        return current, None
    completed = table.continued_by(cells)
    if completed is not None:
        return current, completed
    filled = [cell for cell in cells if cell.strip()]
    if len(filled) > 2 and all(_COLUMN_NUMBER_RE.match(c.strip()) for c in filled) \
            and [int(c.strip("() ")) for c in filled] == list(range(1, len(filled) + 1)):
        return current, table
    named_group = _NAMED_CODE_GROUP_RE.match(fold_keeping_length(cells[0].strip().lower())) \
        if len(filled) == 2 and cells[0].strip() else None
    if named_group:
        # "| Đầu ra 1.1 | Giảm tử vong … |": the coded rows below are its own, known by its code
        current = Goal(number=sum(1 for g in goals if g.number is not None) + 1,
                       title=squash_spaces(filled[1]), section=para.section, label=named_group.group(1))
        goals.append(current)
        table.last = None
        return current, table
    if len(filled) == 2 and cells[0].strip() and _CODE_GROUP_RE.match(cells[0].strip()) \
            and not _ROW_CODE_RE.match(cells[0].strip()):
        current = Goal(number=sum(1 for g in goals if g.number is not None) + 1,
                       title=squash_spaces(filled[1]), section=para.section, label=cells[0].strip())
        goals.append(current)
        table.last = None
        return current, table
    group = (_GROUP_RE.match(fold_keeping_length(filled[0])) or _TABLE_GROUP_RE.match(fold_keeping_length(filled[0]))) \
        if len(filled) == 1 else None
    if group:     # "| Nhóm mục tiêu I: Sức khỏe … (05 chỉ tiêu) |": the rows below are its own
        current = _group_goal(para, filled[0], group)
        goals.append(current)
        table.last = None
        return current, table
    labelled = _labelled_group(cells)
    if labelled:  # "| II | Nhóm chỉ tiêu về bảo vệ trẻ em | | |"
        body = f"{labelled[0]}. Nhóm chỉ tiêu {labelled[1]}"
        current = _not_repeated(_group_goal(para, body, _LABEL_FIRST_GROUP_RE.match(fold_keeping_length(body))),
                                goals)
        goals.append(current)
        table.last = None
        return current, table
    first = _LABEL_FIRST_GROUP_RE.match(fold_keeping_length(filled[0])) if len(filled) == 1 else None
    if first:     # "| I. Nhóm chỉ tiêu về sức khỏe, dinh dưỡng |"
        current = _group_goal(para, filled[0], first, sum(1 for g in goals if g.number is not None) + 1)
        goals.append(current)
        table.last = None
        return current, table
    roman = _roman_group(filled[0]) if len(filled) == 1 else None
    if roman:     # "| I. CHĂM SÓC SỨC KHỎE TRẺ EM |": a group row of the table
        current = _not_repeated(Goal(number=roman_value(roman[0]), title=roman[1], section=para.section,
                                     label=roman[0]), goals)
        goals.append(current)
        table.last = None
        return current, table
    lettered = _LETTER_GROUP_ROW_RE.match(filled[0].strip()) if len(filled) == 1 else None
    if lettered:
        # "| A. Chăm sóc sức khỏe |" over "| A1 | … |", "| A2 | … |": a group its letter codes
        # the rows of (blind round 142)
        current = _not_repeated(Goal(number=sum(1 for g in goals if g.number is not None) + 1,
                                     title=squash_spaces(lettered.group(2)).strip(" .:"),
                                     section=para.section, label=lettered.group(1)), goals)
        goals.append(current)
        table.last = None
        return current, table
    for cell in cells:
        goal = _GOAL_ROW_RE.match(fold_keeping_length(cell))
        if goal and not _ROW_NUMBER_RE.match(fold_keeping_length(cells[0])):
            current = Goal(number=int(goal.group(1)), title=squash_spaces(cell[goal.end():]).strip(" .:"),
                           section=para.section, label=None)
            goals.append(current)
            table.last = None
            return current, table
    slash = _SLASH_CODE_RE.match(cells[0].strip())
    if slash:
        # "| TB/03 | Tỷ lệ … |": a target numbered by the digits of its code (cited with it:
        # ``parse_goals``)
        cells = [slash.group(1)] + cells[1:]
    number = _ROW_NUMBER_RE.match(fold_keeping_length(cells[0]))
    numbered = _INDICATOR_RE.match(fold_keeping_length(cells[0].strip())) if not number else None
    if numbered and table.name_col == 0:
        # "| Chỉ tiêu 1. Tỷ suất tử vong … | ‰ | 19,5 | … |": no number column, the name
        # numbers itself (blind round 150)
        cells = [cells[0].strip()[numbered.end():]] + cells[1:]
        number = _ROW_NUMBER_RE.match(numbered.group(1))
    code = (_ROW_CODE_RE.match(cells[0].strip()) or _bracket_label(cells[0])) if not number else None
    if code and current is None and (code.re is BRACKET_LABEL_RE or "." in code.group(0)
                                     and code.group(0).count(".") == 1 and _in_goal_section(para)
                                     or re.fullmatch(r"[A-ZĐ]{1,4}\.[A-ZĐ]{1,4}\.\d{2,3}", code.group(0))
                                     or "-" in code.group(0) and bool(table.values) and _in_goal_section(para)
                                     # (… in no table of areas: "| Mã chỉ tiêu | Khu vực | … |" over
                                     # "| SL-16 | 08 xã biên giới | … |" gives a target's areas their
                                     # own figures, ``breakdowns``)
                                     and not any(_AREA_HEADER_RE.match(fold_keeping_length(c.lower().strip()))
                                                 for c in table.cells)):
        # (… or codes of two letter groups, "KH.TE.01", a data file's in an appendix; or the
        # province's letters "LC-01" in a table of years with no group row above: round 156)
        # labels ("[KHAI SINH]") or codes ("HK.01") name targets with no group above them: the table's own
        current = Goal(number=None, title="", section=para.section, label=None)
    if code and ("-" in code.group(0) or code.group(0).count(".") == 2):
        # "SK-04" after a page's repeated header: the group its letters name goes on ("1.2.3":
        # the output "1.2")
        prefix = code.group(0).split("-")[0].upper() if "-" in code.group(0) else code.group(0).rsplit(".", 1)[0]
        current = next((g for g in reversed(goals) if (g.label or "").upper() == prefix), current)
    if code and current is not None:
        # "| A1 | Tỷ lệ … | 1,18% | Giảm xuống dưới 1% |": a target coded by its group and
        # order, cited so by the agencies ("chủ trì A1, A2"): unnumbered, its code its label
        row = _table_indicator(cells, table)
        if row is None:
            return current, table
        text, sentence = row
        targets = _table_targets(sentence, text, counted=count_unit(_row_name_unit(cells, table)[1])) \
            if sentence else []
        label = _code_label(code)
        if any(i.label == label and i.number is None for i in indicators):
            return current, table     # a later table citing the code again ("Phụ lục II"): the one read first
        indicators.append(Indicator(
            number=None, goal=current.number, text=text,
            section=f"{para.section}{SEPARATOR}Chỉ tiêu {label}" if para.section else f"Chỉ tiêu {label}",
            targets=targets + _achieved_targets(cells, table), position=len(indicators),
            group=current.title, goal_label=current.label, baseline=_in_baseline(para), label=label))
        table.last = indicators[-1]
        return current, table
    if not number and table.last is not None and not cells[0].strip() and _row_year(cells, table):
        # "|  |  | Năm 2030 (mục tiêu) | Giảm xuống dưới 1% |": the same target, another year
        last = table.last
        shown, targets = _year_row_targets(cells, table, _row_name_unit(cells, table)[0] or last.targets[0].metric
                                           if last.targets else last.text, min((t.metric_index for t in last.targets), default=1))
        for target in targets:
            target.metric = last.targets[0].metric if last.targets else target.metric
        last.text = f"{last.text}; {shown}" if shown else last.text
        last.targets.extend(targets)
        return current, table
    if not number:
        if table.last is not None and _SUB_MARKER_RE.match(cells[0] or "-"):
            row = _table_indicator(cells, table)
            if row is not None:
                text, sentence = row
                last = table.last
                last.text = f"{last.text} + {text}"
                offset = max((t.metric_index for t in last.targets), default=0)
                counted = count_unit(_row_name_unit(cells, table)[1])
                last.targets.extend(_table_targets(sentence, text, offset, counted))
                last.targets.extend(_achieved_targets(cells, table, offset))
        return current, table
    if int(number.group(1)) in seen_numbers:
        summaries.append((int(number.group(1)), cells, table))
        return current, table
    if _row_year(cells, table):
        # "| 1 | Tỷ lệ … | Năm 2025 (thực hiện) | 1,24% |": the row's year in a cell of its own
        name = _row_name_unit(cells, table)[0]
        shown, targets = _year_row_targets(cells, table, name, 1)
        n = int(number.group(1))
        if not name or not targets:
            return current, table
        if not _in_baseline(para):
            seen_numbers.add(n)
        indicators.append(Indicator(
            number=n, goal=current.number if current else None, text=f"{name}: {shown}",
            section=f"{para.section}{SEPARATOR}Chỉ tiêu {n}" if para.section else f"Chỉ tiêu {n}",
            targets=targets, position=len(indicators),
            goal_label=current.label if current else None, baseline=_in_baseline(para)))
        table.last = indicators[-1]
        return current, table
    row = _table_indicator(cells, table)
    n = int(number.group(1))
    if row is None:
        name = cells[table.name_col].strip() if table.name_col < len(cells) else ""
        if not name:
            return current, table
        row = (name, "")          # an indicator whose metrics follow in the rows below
    text, sentence = row
    targets = _table_targets(sentence, text, counted=count_unit(_row_name_unit(cells, table)[1])) \
        if sentence else []
    name_cell = cells[table.name_col] if table.name_col < len(cells) else ""
    if re.search(r"\d+(?:[.,]\d+)?\s*[%‰]", name_cell):
        # "| Chỉ tiêu 4. Số trẻ em bị đuối nước giảm 10% so với năm 2025 | % | 3 | 6 | 10 |": the
        # name's own figure is no target of a year column's — a year's figure is its cell's
        in_cell = {year: {parse_number(m) for m in re.findall(r"\d+(?:[.,]\d+)?", cells[i])}
                   for i, year, _h in table.values if year is not None and i < len(cells)}
        targets = [t for t in targets if not in_cell.get(t.year) or t.value in in_cell[t.year]] or targets
    if not table.values and not targets:
        # "| 2 | Tử vong trẻ em …; tiêm chủng | Sở Y tế | Hội Phụ nữ |": a table of who leads
        # which targets (no column of figures), its rows no targets of their own
        return current, table
    if not _in_baseline(para):
        seen_numbers.add(n)
    indicators.append(Indicator(
        number=n, goal=current.number if current else None, text=text,
        section=f"{para.section}{SEPARATOR}Chỉ tiêu {n}" if para.section else f"Chỉ tiêu {n}",
        targets=targets + _fraction_targets(cells, table, targets, sentence, text)
        + _achieved_targets(cells, table),
        position=len(indicators),
        goal_label=current.label if current else None, baseline=_in_baseline(para)))
    table.last = indicators[-1]
    return current, table


def _fraction_targets(cells: list[str], table: "_Table", targets: list, sentence: str,
                      shown: str) -> list:
    """Targets of the row's cells that are a share of a whole ("Ít nhất 8/13"), for the years
    the row gives no other figure for."""
    name = cells[table.name_col] if table.name_col < len(cells) else ""
    found = []
    for index, year, _ in table.values:
        if year is None or index >= len(cells) or any(t.year == year for t in targets):
            continue
        target = fraction_target(cells[index], year, targets[0].metric if targets else name,
                                 sentence, shown)
        if target is not None:
            found.append(target)
    return found


def _fill_from_row(indicators: list[Indicator], number: int, cells: list[str], table: "_Table") -> None:
    """A table row of an indicator read before in the text (an appendix "TT | Chỉ tiêu | Năm
    2025 | Năm 2030 | Cơ quan chủ trì"): its figures fill the years the text gives none for,
    when the indicator has one metric; the text's own figures stay."""
    indicator = next((i for i in indicators if i.number == number and not i.baseline), None)
    row = _table_indicator(cells, table)
    if indicator is None or row is None or len({t.metric_index for t in indicator.targets}) > 1:
        return
    text, sentence = row
    metric = indicator.targets[0] if indicator.targets else None
    for target in _table_targets(sentence, text):
        if target.year is None or target.metric_index != 1 or \
                any(t.year == target.year for t in indicator.targets):
            continue
        if metric is not None:
            if target.unit != metric.unit:
                continue          # not the same measure as the text's: the row only sums it up
            target.metric = metric.metric
        indicator.targets.append(target)
    indicator.targets.sort(key=lambda t: (t.metric_index, t.year is None, t.year or 0))


_APPENDIX_RE = re.compile(r"^(?:\*\*)?\s*phu luc(?:\s+(?:so\s+)?(\d{1,2}|[ivx]{1,4}|[a-h])\b)?")


def appendix_title(text: str) -> str | None:
    """"Phụ lục" ("Phụ lục II" with its label) for the title line of an appendix ("PHỤ LỤC:
    CÁC CHỈ TIÊU …", "Phụ lục II. …"); None for any other line."""
    match = _APPENDIX_RE.match(fold_keeping_length(text))
    if not match or len(text) > 300:
        return None
    label = text[match.start(1):match.end(1)].upper() if match.group(1) else ""
    return f"Phụ lục {label}".strip()


def is_group_line(text: str, following: str | None = None) -> bool:
    """A goal group written as a line of its own between an indicator table's rows
    ("Nhóm mục tiêu I: …", "I. Nhóm chỉ tiêu về sức khỏe, dinh dưỡng"), or a Roman numeral
    and a title ("I. CHĂM SÓC SỨC KHỎE TRẺ EM") when ``following``, the paragraph after it,
    is a numbered row of the table: the table goes on after it."""
    folded = fold_keeping_length(text)
    if table_cells(text) is not None:
        return False
    if _GROUP_RE.match(folded) or _LABEL_FIRST_GROUP_RE.match(folded):
        return True
    cells = table_cells(following) if following else None
    return bool(cells and len(cells) > 2 and _ROW_NUMBER_RE.match(fold_keeping_length(cells[0]))
                and _roman_group(text))


def indicators_by_goal(plan: Plan) -> list[tuple[Goal, list[Indicator]]]:
    """Each goal of ``plan`` with its indicators, in plan order ("Mục tiêu 2" → its
    indicators, so "how many indicators about child protection" has an answer). A goal is
    matched by its number, or by its label for groups of unnumbered targets."""
    result = []
    for goal in plan.goals:
        if goal.number is not None:
            mine = [i for i in plan.indicators if i.goal == goal.number]
        else:
            mine = [i for i in plan.indicators
                    if i.goal is None and i.group == goal.title and i.goal_label == goal.label]
        result.append((goal, mine))
    return result


# The Vietnamese alphabet's order of list letters: "a)", "b)", "c)", "d)", "đ)", "e)", "g)" …
LETTER_ORDER = "abcdđeghiklmnopqrstuvxy"


@dataclasses.dataclass
class LetteredGoal:
    """A numbered goal of a targets section whose targets are lettered ("1. Mục tiêu về sức
    khỏe, dinh dưỡng" over "a) Tỷ lệ … đạt 95% năm 2025 …", "b) …"): its number, its title
    as written, the section above it ("II"), its items (letter, number overall, paragraph)
    and the plain paragraphs after its items up to the next item or heading (who leads them:
    "Sở Y tế chủ trì các chỉ tiêu tại điểm 1; …")."""

    number: int
    title: str
    section: str
    where: str
    items: list[tuple[str, int, Paragraph]]
    notes: list[Paragraph]
    heading: Paragraph

    def paragraphs(self) -> list[Paragraph]:
        return [self.heading, *(para for _, _, para in self.items), *self.notes]


def lettered_goals(doc: Document, taken: set[int] = frozenset()) -> list[LetteredGoal]:
    """The goals of ``doc`` written as numbered headings inside a section about goals or
    targets ("II. CHỈ TIÊU CỤ THỂ" › "1. Mục tiêu về …") whose targets are lettered items in
    order ("a)", "b)" … "đ)"), each stating a figure, at least two a goal; the heading itself
    states none. The items are numbered 1..N in reading order over the goals (after the
    highest of ``taken``): the plan never writes these numbers, its readers count them.
    [] when the plan has no such goal."""
    found: list[LetteredGoal] = []
    current: LetteredGoal | None = None
    for para in doc.paragraphs:
        if para.heading is not None and para.heading.level == NUMBER and para.kind == "number":
            current = None
            if any(word in fold_keeping_length(h.title) for h in para.path[:-1]
                   for word in ("muc tieu", "chi tieu")) and not parse_targets(para.body) \
                    and table_cells(para.text) is None and not _announces_metrics(para.body):
                title = squash_spaces(para.body).strip(" .:")
                current = LetteredGoal(number=int(para.label), title=title, section=para.section,
                                       where=SEPARATOR.join(h.display() for h in para.path[:-1]),
                                       items=[], notes=[], heading=para)
                found.append(current)
            continue
        if current is None:
            continue
        if para.kind == "letter" and table_cells(para.text) is None:
            expected = LETTER_ORDER[len(current.items)] if len(current.items) < len(LETTER_ORDER) else None
            if para.label == expected and parse_targets(squash_spaces(para.body)):
                current.items.append((para.label, 0, para))
                continue
            current.items = []        # not a run of lettered targets: not this layout
            current = None
            continue
        if para.kind == "plain" and para.heading is None and current.items and table_cells(para.text) is None:
            current.notes.append(para)
            continue
        current = None
    goals = [g for g in found if len(g.items) >= 2]
    number = max(taken, default=0)
    for goal in goals:
        numbered = []
        for letter, _, para in goal.items:
            number += 1
            numbered.append((letter, number, para))
        goal.items = numbered
    return goals


def _announces_metrics(title: str) -> bool:
    """A numbered indicator announcing its metrics ("1. Giảm tỷ suất tử vong ở trẻ em, cụ
    thể:" over "a) …"), not a goal: it ends with a colon and is not titled as a goal."""
    folded = fold_keeping_length(title).strip()
    return folded.endswith(":") and not re.match(r"(?:muc tieu|nhom|ve)\b", folded)


def _goal_title(title: str) -> str:
    """"Mục tiêu về sức khỏe, dinh dưỡng" → "Về sức khỏe, dinh dưỡng", as other goals are
    titled ("Mục tiêu 1: Về …")."""
    rest = re.sub(r"^(?:Mục tiêu|MỤC TIÊU|Nhóm mục tiêu|Nhóm chỉ tiêu)\s+", "", title).strip(" .:")
    return rest[:1].upper() + rest[1:] if rest else title


def lettered_indicators(goals: list[LetteredGoal]) -> tuple[list[Goal], list[Indicator]]:
    """Goals and indicators of ``lettered_goals``: each item an indicator numbered as
    counted, cited "II › Mục tiêu 1 › c) › Chỉ tiêu 3"."""
    found_goals, indicators = [], []
    number = min((n for g in goals for _, n, _ in g.items), default=1) - 1
    for goal in goals:
        titled = [titled_clauses(squash_spaces(para.body)) for _, _, para in goal.items]
        if any(titled):
            # "2. Mục tiêu cụ thể" over "a) Về chăm sóc sức khỏe" and its paragraph of several
            # targets (blind round 154): each lettered item a sub-goal, its clauses its targets
            for (letter, _, para), split in zip(goal.items, titled):
                # (an item of one target among them: a sub-goal of its own all the same; one
                # with no "Về …" title, "b) Tỷ lệ … đạt 99% vào năm 2030", its target its title)
                split = split or titled_clauses(squash_spaces(para.body), least=1)
                if split is None:
                    text = squash_spaces(para.body)
                    targets = parse_targets(text, eliminations=True)
                    split = (targets[0].metric.strip(" .:;") if targets else text,
                             [ProseClause(text=text, inline_number=None, targets=targets)])
                title, clauses = split
                rank = LETTER_ORDER.index(letter) + 1 if letter in LETTER_ORDER else len(found_goals) + 1
                found_goals.append(Goal(number=rank, title=title, section=goal.heading.section, label=letter))
                for clause in clauses:
                    number += 1
                    where = SEPARATOR.join((goal.heading.section, f"{letter}) {title}", f"Chỉ tiêu {number}"))
                    indicators.append(Indicator(
                        number=number, goal=rank, text=clause.text, section=where, targets=clause.targets,
                        areas=clause.areas, position=0, goal_label=letter, baseline=_in_baseline(para)))
            continue
        found_goals.append(Goal(number=goal.number, title=_goal_title(goal.title), section=goal.section,
                                label=str(goal.number)))
        for letter, _, para in goal.items:
            number += 1
            text = squash_spaces(para.body)
            where = SEPARATOR.join(part for part in (goal.where, f"Mục tiêu {goal.number}", f"{letter})",
                                                     f"Chỉ tiêu {number}") if part)
            indicators.append(Indicator(
                number=number, goal=goal.number, text=text, section=where,
                targets=parse_targets(text, eliminations=True), position=0,
                goal_label=str(goal.number), baseline=_in_baseline(para)))
    return found_goals, indicators
