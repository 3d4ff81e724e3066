"""Word documents (.docx): paragraphs and tables in document order.

A table row becomes one ``"| cell | cell |"`` line, the form the indicator-table parser
reads; Word's automatic list numbering ("1.", "a)") is written out as text, as Word draws
it, because the plan parser finds indicators and sections by those numbers: the paragraph's
numPr or its style's ("List Number"), the level's numFmt and lvlText from numbering.xml,
lvlOverride (startOverride, a level of the num's own), lists of one abstractNum running on
as one, a level restarting under its parent; a bullet is written "-" (a task line)."""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter

from knowledge.parse.formats.common import BROKEN, EMPTY, Document, FormatError, clean_text
from knowledge.parse.formats.text import repair_legacy_font
from knowledge.text import fold

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(data: bytes) -> Document:
    """The text of a .docx file; ``FormatError`` ``"broken"`` when it cannot be opened,
    ``"empty"`` when it has no text."""
    try:
        import docx  # python-docx
    except ImportError:  # pragma: no cover - a dependency of the project
        raise FormatError(BROKEN[0], BROKEN[1], kind="DOCX") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise FormatError(BROKEN[0], BROKEN[1], kind="DOCX") from None
    except Exception:  # lxml's XMLSyntaxError and other parse failures of a damaged file
        raise FormatError(BROKEN[0], BROKEN[1], kind="DOCX") from None
    numbering = _Numbering(document)
    blocks: list[str] = []
    for element in document.element.body.iterchildren():
        if element.tag == _W + "p":
            text = _paragraph_text(element, numbering)
            if text.strip():
                blocks.append(text)
        elif element.tag == _W + "tbl":
            rows = _table_rows(element)
            if rows:
                blocks.append("\n".join(rows))
    text = clean_text(repair_legacy_font("\n\n".join(blocks)))
    if not text.strip():
        raise FormatError(*EMPTY)
    return Document(text=text, format="docx")


def _runs_text(element) -> list[tuple[str, bool]]:
    """(text, bold) of each run of a paragraph element, tabs and breaks as spaces/newlines."""
    runs: list[tuple[str, bool]] = []
    for run in element.iter(_W + "r"):
        properties = run.find(_W + "rPr")
        bold = False
        if properties is not None:
            flag = properties.find(_W + "b")
            bold = flag is not None and flag.get(_W + "val") not in ("0", "false")
        pieces = []
        for child in run:
            if child.tag == _W + "t":
                pieces.append(child.text or "")
            elif child.tag == _W + "tab":
                pieces.append(" ")
            elif child.tag in (_W + "br", _W + "cr"):
                pieces.append("\n")
        if pieces:
            runs.append(("".join(pieces), bold))
    return runs


def _paragraph_text(element, numbering: "_Numbering") -> str:
    runs = _runs_text(element)
    text = "".join(piece for piece, _ in runs)
    label = numbering.label(element)     # an empty numbered paragraph still takes its number
    if not text.strip():
        return ""
    lead = ""
    for piece, bold in runs:          # bold at the start → "**…**", as in the text plans
        if not bold:
            break
        lead += piece
    if lead.strip() and "\n" not in lead:
        head = f"{label} {lead.strip()}" if label else lead.strip()
        return f"**{head}** {text[len(lead):].lstrip()}".rstrip()
    return f"{label} {text.lstrip()}" if label else text


def _records(lines: list[str]) -> list[list[str]] | None:
    """A cell's lines when each is a record of the same fields split by "|" ("HP-M1.2 |
    Tỷ suất … | 12,6‰ → 11,5‰ → 10,8‰"): a table inside the cell, one row a line. None
    when the cell is prose (one line, or lines not split alike)."""
    if len(lines) < 2 or not all("|" in line for line in lines):
        return None
    records = [[field.strip() for field in line.split("|")] for line in lines]
    # each line opens with a target's code or number ("HP-M1.2", "1.3"), not a list of names
    if not all(_RECORD_KEY_RE.match(r[0]) for r in records):
        return None
    return records if len({len(r) for r in records}) == 1 else None


_RECORD_KEY_RE = re.compile(r"^(?:[A-ZĐ]{1,4}[-.]?)?[A-ZĐ]{0,3}\d{1,3}(?:\.\d{1,2})*\.?$")


_HEADS_IN_BRACKET_RE = re.compile(r"^(.*?)\(([^()]*\|[^()]*)\)\s*$")


def _head_fields(text: str, width: int) -> list[str]:
    """The header over a column of records, one name a field: "Chỉ tiêu (Mã | tên | 2025 →
    2028 → 2030)" → ["Mã chỉ tiêu", "tên chỉ tiêu", "2025 → 2028 → 2030"] (a short field name
    takes the column's own noun); else the header over the first field, the rest empty."""
    match = _HEADS_IN_BRACKET_RE.match(text)
    parts = [p.strip() for p in (match.group(2) if match else text).split("|")]
    if len(parts) != width:
        return [text.replace("|", "/")] + [""] * (width - 1)
    noun = match.group(1).strip() if match else ""
    return [f"{p} {noun.lower()}" if noun and len(p.split()) == 1 and not p[:1].isdigit() else p
            for p in parts]


def _table_rows(table) -> list[str]:
    """One ``"| cell | … |"`` line per row, a cell per grid column: a cell merged across
    columns (``gridSpan``) is followed by empty cells, so each column's cells line up
    under its header whatever spans a row has; a row starting or ending short of the grid
    (``gridBefore``/``gridAfter``) is padded. A row of one cell merged across the table (a
    goal group, "| I. Nhóm chỉ tiêu về … |") stays one cell, as the text plans write it. A
    cell merged down over several rows (``vMerge``: one lead agency for a run of
    indicators) is repeated in each of them, except in the first column, whose empty cell
    marks a metric row under its indicator's number."""
    grid: list[list[str] | str] = []     # a row's cells, or the text of a row of one cell
    first_merge: list[str | None] = []   # per row of cells: its first cell's vertical merge
    nested: dict[tuple[int, int], list[list[str]]] = {}   # (row, column) → the records a cell holds
    above: dict[int, str] = {}     # grid column → text of the cell a vertical merge continues
    for row in table.iterchildren(_W + "tr"):
        own = list(row.iterchildren(_W + "tc"))
        if len(own) == 1:
            above = {}
            text = " ".join(" ".join(
                "".join(piece for piece, _ in _runs_text(p)).strip() for p in own[0].iter(_W + "p")).split())
            if text:
                grid.append(text.replace("|", "/"))
            continue
        cells: list[str] = [""] * _row_grid(row, "gridBefore")
        for cell in own:
            paragraphs = [
                "".join(piece for piece, _ in _runs_text(p)).strip()
                for p in cell.iter(_W + "p")
            ]
            records = _records([line.strip() for p in paragraphs for line in p.split("\n") if line.strip()])
            if records:
                nested[(len(grid), len(cells))] = records
            text = " ".join(" ".join(p for p in paragraphs if p).split())
            merge = cell.find(f"{_W}tcPr/{_W}vMerge")
            if not cells:
                first_merge_of_row = None if merge is None else (merge.get(_W + "val") or "continue")
            if merge is not None and merge.get(_W + "val") in (None, "continue"):
                text = text or (above.get(len(cells), "") if cells else "")
            above[len(cells)] = text
            cells.append(text)
            span = cell.find(f"{_W}tcPr/{_W}gridSpan")
            cells.extend([""] * (_int(span.get(_W + "val")) - 1 if span is not None else 0))
        cells.extend([""] * _row_grid(row, "gridAfter"))
        if any(cells):
            grid.append(cells)
            first_merge.append(first_merge_of_row if _row_grid(row, "gridBefore") == 0 else None)
    # (record cells are keyed by their place in ``grid``: a table has one layout or the other)
    return _unnested(grid if nested else _merged_groups(grid, first_merge), nested)


def _merged_groups(grid: list, first_merge: list[str | None]) -> list:
    """A table whose first column is a title merged down over the rows it groups ("Kết quả 1.
    Trẻ em được chăm sóc …" over five indicators, a logical framework's results) with that
    column as a group row over its rows, the column gone from every row, as a table written
    with its groups spanning the table reads; other tables as they are. Only when every row
    under the header opens or continues such a merge and each title is words, not a number."""
    rows = [k for k, row in enumerate(grid) if isinstance(row, list)]
    body = rows[1:]
    merges = [first_merge[rows.index(k)] for k in body]
    if len(body) < 3 or any(m not in ("restart", "continue") for m in merges) or merges[0] != "restart" \
            or merges.count("restart") == len(body):
        return grid
    titles = [grid[k][0] for k, m in zip(body, merges) if m == "restart"]
    head = fold(grid[rows[0]][0]).lower()
    if any(len(t.split()) < 3 for t in titles) or re.search(r"co quan|chu tri|phoi hop|don vi|trach nhiem", head):
        return grid      # an agency merged down its rows is their lead, no group
    out: list = []
    for k, row in enumerate(grid):
        if not isinstance(row, list):
            out.append(row)
            continue
        if k in body and first_merge[rows.index(k)] == "restart":
            out.append(row[0])
        out.append(row[1:])
    return out


def _unnested(grid: list, nested: dict[tuple[int, int], list[list[str]]]) -> list[str]:
    """The table's lines, a cell of records (``_records``) opened into rows of their own: its
    fields become columns (named from the header's bracket, ``_head_fields``) and the row's
    other cells are repeated on each, as a merged cell is. Only one column of records is
    opened, the one most cells hold, and only when its records have one width."""
    columns = Counter(column for _, column in nested)
    column = columns.most_common(1)[0][0] if columns else None
    widths = {len(r[0]) for (i, c), r in nested.items() if c == column}
    if column is None or len(widths) != 1:
        column, width = None, 1
    else:
        width = widths.pop()
    lines, header_done = [], False
    first_record = min((i for i, _ in nested), default=len(grid))
    for i, row in enumerate(grid):
        if isinstance(row, str):
            lines.append(f"| {row} |")
            continue
        if column is None or column >= len(row):
            lines.append("| " + " | ".join(c.replace("|", "/") for c in row) + " |")
            continue
        records = nested.get((i, column))
        if records:
            # the cells before the records say what group they are in ("Mục tiêu 1. …"):
            # a group row over them, as a cell merged down the rows would be
            group = " ".join(c for c in row[:column] if c)
            if group:
                lines.append(f"| {group.replace('|', '/')} |")
            for record in records:
                cells = record + row[column + 1:]
                lines.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
            continue
        # the header (the first row over the records) names their fields; others pad
        # the header: the row above the first record row names their fields; others pad
        fields = _head_fields(row[column], width) if not header_done and i < first_record \
            else [row[column]] + [""] * (width - 1)
        header_done = True
        cells = fields + row[column + 1:]
        lines.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
    return lines


def _row_grid(row, name: str) -> int:
    """Grid columns a row skips before or after its cells (``w:trPr/w:gridBefore``)."""
    node = row.find(f"{_W}trPr/{_W}{name}")
    return _int(node.get(_W + "val")) if node is not None else 0


def _int(value: str | None) -> int:
    """A count written in the XML; 1 when absent or unreadable, at most 64 (a damaged
    file must not make a row of a million cells)."""
    try:
        return max(0, min(int(value), 64)) if value is not None else 1
    except ValueError:
        return 1


class _Numbering:
    """Word's automatic list numbers: each (list, level) counts its paragraphs and prints
    the level's ``lvlText`` ("%1.", "%1.%2.", "%2)") in the level's format."""

    def __init__(self, document):
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        # numId → the list it counts in: lists of one abstractNum with no override of their
        # own run on as one, as Word numbers them; an override ("Restart at …") counts alone
        self.shared: dict[str, str] = {}
        self.styles: dict[str, tuple[str | None, int]] = {}   # style id → (numId, ilvl)
        try:
            self._read_styles(document.styles.element)
        except (NotImplementedError, KeyError, AttributeError, ValueError):
            pass
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        linked: dict[str, str] = {}      # abstractNum id → the list style whose levels it takes
        for node in root.iterchildren(_W + "abstractNum"):
            abstract[node.get(_W + "abstractNumId")] = {
                _level_index(level): _level(level) for level in node.iterchildren(_W + "lvl")}
            link = node.find(_W + "numStyleLink")
            if link is not None and link.get(_W + "val"):
                linked[node.get(_W + "abstractNumId")] = link.get(_W + "val")
        instances: dict[str, str] = {}   # numId → abstractNum id
        for node in root.iterchildren(_W + "num"):
            ref = node.find(_W + "abstractNumId")
            if ref is not None:
                instances[node.get(_W + "numId")] = ref.get(_W + "val")
        for num_id, abstract_id in instances.items():
            # a list style's levels are those of the list its style points to, one step away
            if not abstract.get(abstract_id) and abstract_id in linked:
                target = self.styles.get(linked[abstract_id], (None, 0))[0]
                abstract_id = instances.get(target, abstract_id)
            for ilvl, level in abstract.get(abstract_id, {}).items():
                self.levels[(num_id, ilvl)] = level
            self.shared[num_id] = f"abstract {abstract_id}"
        for node in root.iterchildren(_W + "num"):
            # "Restart numbering" in Word: a new list instance whose levels start over
            # (``startOverride``) or are redefined (a ``lvl`` of its own)
            num_id = node.get(_W + "numId")
            for override in node.iterchildren(_W + "lvlOverride"):
                self.shared.pop(num_id, None)
                ilvl = _level_index(override)
                level = override.find(_W + "lvl")
                if level is not None:
                    self.levels[(num_id, ilvl)] = _level(level)
                start = override.find(_W + "startOverride")
                if start is not None and (num_id, ilvl) in self.levels:
                    fmt, template, _ = self.levels[(num_id, ilvl)]
                    self.levels[(num_id, ilvl)] = (fmt, template, _number(start.get(_W + "val"), 1))

    def _read_styles(self, root) -> None:
        """List numbering given by a paragraph style ("List Number"), through ``basedOn``."""
        own: dict[str, tuple[str | None, int | None]] = {}
        parent: dict[str, str] = {}
        for style in root.iterchildren(_W + "style"):
            style_id = style.get(_W + "styleId")
            based = style.find(_W + "basedOn")
            if based is not None:
                parent[style_id] = based.get(_W + "val")
            number = style.find(f"{_W}pPr/{_W}numPr")
            if number is not None:
                own[style_id] = _num_pr(number)
        for style_id in set(own) | set(parent):
            seen, current = set(), style_id
            while current and current not in own and current not in seen:
                seen.add(current)
                current = parent.get(current)
            if current in own and own[current][0]:
                num, level = own[current]
                self.styles[style_id] = (num, level or 0)

    def label(self, paragraph) -> str:
        properties = paragraph.find(_W + "pPr")
        number = properties.find(_W + "numPr") if properties is not None else None
        style = properties.find(_W + "pStyle") if properties is not None else None
        from_style = self.styles.get(style.get(_W + "val")) if style is not None else None
        if number is None and from_style is None:
            return ""
        num, level = _num_pr(number) if number is not None else (None, None)
        num = num or (from_style[0] if from_style else None)
        level = level if level is not None else (from_style[1] if from_style else 0)
        if num is None or (num, level) not in self.levels:
            return ""
        counters = self.counters.setdefault(self.shared.get(num, num), {})
        fmt, template, start = self.levels[(num, level)]
        counters[level] = counters.get(level, start - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        if fmt == "bullet":
            return "-"
        if fmt == "none":
            return template if "%" not in template else ""
        if any(int(k) > level + 1 for k in re.findall(r"%([1-9])", template)):
            return ""     # a deeper level's number in the text: Word draws no number then
        label = template
        for index in range(level + 1):
            value = counters.get(index, self.levels.get((num, index), ("decimal", "", 1))[2])
            index_fmt = self.levels.get((num, index), ("decimal", "", 1))[0]
            label = label.replace(f"%{index + 1}", _format_number(value, index_fmt))
        return label.strip()


def _level_index(node) -> int:
    """The ``w:ilvl`` of a level or an override: 0-8, 0 when unreadable."""
    return max(0, min(_number(node.get(_W + "ilvl"), 0), 8))


def _level(level) -> tuple[str, str, int]:
    """(numFmt, lvlText, start) of a ``w:lvl`` element; "decimal", "" and 1 when left out."""
    fmt = level.find(_W + "numFmt")
    text = level.find(_W + "lvlText")
    start = level.find(_W + "start")
    return (fmt.get(_W + "val") or "decimal" if fmt is not None else "decimal",
            text.get(_W + "val") or "" if text is not None else "",
            _number(start.get(_W + "val"), 1) if start is not None else 1)


def _number(value: str | None, default: int) -> int:
    """A number written in numbering.xml; ``default`` when absent or unreadable."""
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _num_pr(number) -> tuple[str | None, int | None]:
    """(numId, ilvl) of a ``w:numPr`` element, None for what it leaves out."""
    num_id = number.find(_W + "numId")
    ilvl = number.find(_W + "ilvl")
    return (num_id.get(_W + "val") if num_id is not None else None,
            max(0, min(_number(ilvl.get(_W + "val"), 0), 8)) if ilvl is not None else None)


def _format_number(value: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return "abcdefghijklmnopqrstuvwxyz"[(value - 1) % 26]
    if fmt == "upperLetter":
        return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[(value - 1) % 26]
    if fmt in ("upperRoman", "lowerRoman"):
        numerals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        out, rest = "", value
        for amount, letters in numerals:
            while rest >= amount:
                out += letters
                rest -= amount
        return out if fmt == "upperRoman" else out.lower()
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)
