"""PDF: the text layer of each page; a page without a usable one is OCR'd.

A table drawn with ruling lines (PyMuPDF's ``find_tables``) is read as rows, one
``"| cell | cell |"`` line each as the DOCX reader writes them, where it stands among the
page's paragraphs; a table going on over the next page (its header row repeated or not)
reads as one table.

PyMuPDF reads it when installed (fast, and renders a scanned page at 300 dpi); without it
(PyMuPDF is AGPL: a deployment may leave it out) pypdf reads the text in layout mode and
OCRs the image a scanned page holds."""

from __future__ import annotations

import os
import re
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass

from knowledge.parse.formats.common import (
    BROKEN, ENCRYPTED, NO_TEXT, Document, FormatError, Progress, clean_text,
)
from knowledge.parse.formats.text import repair_legacy_font
from knowledge.text import fold

# A page whose text layer has fewer letters than this is a scan (a stray page number or a
# stamp's caption does not make a text page).
MIN_LETTERS = 20
OCR_DPI = 300


def _pymupdf():
    try:
        import pymupdf
    except ImportError:  # PyMuPDF before 1.24 only has the old name
        import fitz as pymupdf
    return pymupdf


def read_pdf(data: bytes, progress: Progress = None) -> Document:
    """The text of every page in order; ``scanned`` if any page needed OCR.
    ``progress(done, total)`` each time a page is done (text pages at once, scanned pages
    as their OCR finishes: one Tesseract per core). ``FormatError`` ``"broken"``,
    ``"encrypted"``, ``"no_text"``, or ``"ocr_missing"`` when a scanned page meets no OCR
    engine."""
    try:
        pymupdf = _pymupdf()
    except ImportError:
        return _read_with_pypdf(data, progress)
    try:
        pdf = pymupdf.open(stream=data, filetype="pdf")
    except Exception:  # PyMuPDF raises its own FileDataError / RuntimeError
        raise FormatError(BROKEN[0], BROKEN[1], kind="PDF") from None
    with pdf:
        if pdf.needs_pass:
            raise FormatError(*ENCRYPTED)
        total = pdf.page_count
        texts: list[str] = [""] * total
        done = 0
        scanned = False
        workers = max(1, os.cpu_count() or 1)
        pending: dict[Future, int] = {}
        carried: dict = {}      # an unruled table's columns, from one page to the next

        def finish(futures) -> None:
            nonlocal done
            for future in futures:
                texts[pending.pop(future)] = future.result()
                done += 1
                if progress:
                    progress(done, total)

        with ThreadPoolExecutor(max_workers=workers) as pool:
            try:
                for index in range(total):
                    try:
                        page = pdf.load_page(index)
                        text = page_text(page, carried)
                        scan = needs_ocr(text) and bool(page.get_images())
                        image = _page_image(page) if scan else None
                    except FormatError:
                        raise
                    except Exception:
                        raise FormatError(BROKEN[0], BROKEN[1], kind="PDF") from None
                    if image is None:
                        texts[index] = text
                        done += 1
                        if progress:
                            progress(done, total)
                        continue
                    scanned = True
                    if len(pending) >= workers:     # bounded: a page image is ~9 MB
                        finish(wait(pending, return_when=FIRST_COMPLETED).done)
                    pending[pool.submit(_ocr, image)] = index
                finish(wait(pending).done)
            finally:
                for future in pending:
                    future.cancel()
    text = clean_text(repair_legacy_font(join_pages(texts)))
    if not text.strip():
        raise FormatError(*NO_TEXT)
    return Document(text=text, format="pdf", scanned=scanned, pages=total)


def needs_ocr(text: str) -> bool:
    """Whether a page's text layer is not to be trusted: next to no letters (a scan, maybe
    with a page number), or mostly glyphs the PDF's fonts do not map to characters
    (U+FFFD, private-use code points: a font embedded without its ToUnicode table)."""
    letters = sum(ch.isalpha() for ch in text)
    unmapped = sum(1 for ch in text if ch == "\ufffd" or "\ue000" <= ch <= "\uf8ff")
    return letters < MIN_LETTERS or unmapped > 0.2 * (letters + unmapped)


def page_text(page, carried: dict | None = None) -> str:
    """The text layer of one page, block by block from the top (left to right on one
    line), a blank line between blocks: PyMuPDF's blocks are the paragraphs as laid out.
    (``get_text(sort=True)`` does the same but is ~20 times slower.) A block starting
    less than ``LINE_GAP`` of a line below the one above it, under it, is that paragraph's
    next line (a PDF writer that puts each line in a text object of its own makes a block
    of every line). A ruled table is one block of ``"| cell | cell |"`` rows at its place;
    the text inside it is read only there."""
    tables = _page_tables(page, carried)
    items: list[_Block] = []
    words = page.get_text("words") if tables else []
    for b in page.get_text("blocks"):
        if b[6] != 0 or not b[4].strip():
            continue
        text = b[4].strip("\n")
        box = tuple(b[:4])
        if any(_overlaps(box, bbox) for bbox, _ in tables):
            # a block PyMuPDF made of a table's last cells and the heading under it ("Liên
            # đoàn Lao động tỉnh" / "Mục tiêu 3: …", blind round 169): only its lines outside
            # every table are text, the rest is read in the table's rows
            outside = _lines_outside(words, b[5], [bbox for bbox, _ in tables])
            if outside is None:
                continue
            if outside[1]:
                box, text = outside[0], outside[2]
        items.append(_Block(box, text, (box[3] - box[1]) / (text.count("\n") + 1)))
    items.extend(_Block(bbox, "\n".join(rows), 0.0, table=True) for bbox, rows in tables if rows)
    items.sort(key=lambda item: (round(item.box[1] / 3), item.box[0]))
    merged: list[_Block] = []
    for item in items:
        if merged and _next_line(merged[-1], item):
            above = merged[-1]
            above.box = (min(above.box[0], item.box[0]), above.box[1],
                         max(above.box[2], item.box[2]), item.box[3])
            above.text = f"{above.text}\n{item.text}"
            above.line = item.line
        else:
            merged.append(item)
    return "\n\n".join(item.text for item in merged)


@dataclass
class _Block:
    box: tuple            # x0, y0, x1, y1
    text: str
    line: float           # height of its last line
    table: bool = False


# The largest gap between two lines of one paragraph, in line heights: lines are set
# 1–1.5 apart, paragraphs further.
LINE_GAP = 0.4


def _next_line(above: _Block, item: _Block) -> bool:
    """Whether ``item`` is the next line of the paragraph ``above`` ends with: just below
    it (less than ``LINE_GAP`` of a line), overlapping it across; never a table."""
    if above.table or item.table:
        return False
    gap = item.box[1] - above.box[3]
    return -1 <= gap < LINE_GAP * above.line and item.box[0] < above.box[2] \
        and above.box[0] < item.box[2]


def _overlaps(box, bbox) -> bool:
    """Whether two boxes share more than a hairline (1 pt) of area."""
    return box[0] < bbox[2] - 1 and bbox[0] < box[2] - 1 and box[1] < bbox[3] - 1 and bbox[1] < box[3] - 1


def _lines_outside(words, block: int, tables: list) -> tuple[tuple, bool, str] | None:
    """The lines of text block ``block`` (PyMuPDF's number) whose words lie outside every
    table's box: (their box, whether some line of the block was left out, their text a
    line each), or None when every word lies in a table."""
    lines: dict[int, list] = {}
    for word in words:
        if word[5] == block:
            lines.setdefault(word[6], []).append(word)
    kept = [sorted(line, key=lambda w: w[7]) for _n, line in sorted(lines.items())
            if not any(_centre_in(w[:4], bbox) for w in line for bbox in tables)]
    if not kept:
        return None
    box = (min(w[0] for line in kept for w in line), min(w[1] for line in kept for w in line),
           max(w[2] for line in kept for w in line), max(w[3] for line in kept for w in line))
    return box, len(kept) < len(lines), "\n".join(" ".join(w[4] for w in line) for line in kept)


def _centre_in(box, bbox) -> bool:
    x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]


def _page_tables(page, carried: dict | None = None) -> list[tuple[tuple, list[str]]]:
    """(bbox, rows) of each ruled table of a page, rows as ``"| cell | cell |"`` lines. A
    cell's text is the words whose centre lies in it, line by line from the top, wrapped
    lines joined by a space (``Table.extract()`` drops the spaces between words of some
    PDFs). A row that is one cell across (a group row) is ``"| Nhóm … |"``, as in a DOCX
    table; a header of two rows under a spanning title ("Mục tiêu" over "Năm 2025 |
    Năm 2030") is one header row, each column named by both ("Mục tiêu Năm 2025"); see
    ``_row_cells`` for cells merged across body rows. A ruled box of one column (a framed
    note) is no table: its text reads as the page's other text."""
    unruled = False
    try:
        found = _find_tables(page)
        if not found and not page.get_cdrawings():
            found, unruled = _unruled_tables(page, {} if carried is None else carried), True
    except Exception:   # a page whose drawings PyMuPDF cannot analyse reads as text only
        return []
    if not found:
        return []
    words = page.get_text("words")
    tables = []
    for table in found:
        grid = _grid(table, words)
        if unruled:
            grid = _rows_wrapped_joined(grid)
        depth = _header_depth(grid)
        rows = []
        if depth > 1:
            rows.append("| " + " | ".join(
                " ".join(text for kind, text in column if kind != "below" and text)
                for column in zip(*grid[:depth])) + " |")
        for row in grid[depth if depth > 1 else 0:]:
            cells = _row_cells(row)
            if any(cells):
                rows.append("| " + " | ".join(cells) + " |")
        tables.append((tuple(table.bbox), rows))
    return tables


def _find_tables(page) -> list:
    """PyMuPDF's ruled tables of a page, found from its lines alone: a page that draws
    nothing has none (the search costs ~0.1 s a page), and the optional layout analyser
    (pymupdf-layout, an ONNX model that ``find_tables`` otherwise consults, ~1 s a page)
    is left out so that the same file reads the same wherever it is ingested."""
    if not page.get_cdrawings():
        return []
    try:
        found = page.find_tables(use_layout=False).tables
    except TypeError:       # PyMuPDF before 1.26 has no layout analyser to leave out
        found = page.find_tables().tables
    return [table for table in found if table.col_count >= 2]


# a header cell of a plan's table of targets (folded): "STT", "Chỉ tiêu", "Năm 2028", "Cơ quan chủ trì"
_TARGET_HEADER_RE = re.compile(r"^(?:stt|tt|chi tieu|noi dung|don vi tinh|nam (?:19|20)\d\d|muc tieu|co quan chu tri|chu tri)\b")
# the gap between two words of one cell is a space (~2.5 pt at 11 pt); wider, the next column
_COLUMN_GAP = 4.5
# a line with a run of words wider than this share of the table is running text: the table ended
_PROSE_SHARE = 0.55


def _word_lines(words) -> list[tuple[float, float, list[list]]]:
    """The page's words as lines from the top: (top, bottom, runs), a run being the words
    of a line no wider apart than a space (one cell's words, in a table)."""
    rows: dict[int, list] = {}
    for word in words:
        rows.setdefault(round((word[1] + word[3]) / 8), []).append(word)
    lines = []
    for key in sorted(rows):
        ordered = sorted(rows[key], key=lambda w: w[0])
        runs = [[ordered[0]]]
        for word in ordered[1:]:
            if word[0] - runs[-1][-1][2] > _COLUMN_GAP:
                runs.append([word])
            else:
                runs[-1].append(word)
        lines.append((min(w[1] for w in ordered), max(w[3] for w in ordered), runs))
    return lines


# where a header run holds two headings set closer than a column gap ("Năm 2028 Năm 2030 Cơ
# quan chủ trì"): after a year heading, before the next heading (folded)
_YEAR_HEADING_RE = re.compile(r"^nam (?:19|20)\d\d$")


def _header_runs(runs: list[list]) -> list[list]:
    """A header line's runs, a run cut where a year heading ("Năm 2028") is followed by
    another heading: cells set closer than a space's width apart (a reviewer's PDF)."""
    out = []
    for run in runs:
        start = 0
        for k in range(2, len(run)):
            said = " ".join(fold(w[4]) for w in run[start:k])
            if _YEAR_HEADING_RE.match(said) and _TARGET_HEADER_RE.match(" ".join(fold(w[4]) for w in run[k:])):
                out.append(run[start:k])
                start = k
        out.append(run[start:])
    return out


def _crosses(run: list, columns: list[float]) -> bool:
    """Whether a run of words goes over a column's left edge: running text, no cell."""
    return any(run[0][0] < x - _COLUMN_GAP and run[-1][2] > x + _COLUMN_GAP for x in columns[1:])


def _unruled_tables(page, carried: dict) -> list:
    """A table of targets set out in columns with no ruling lines (the page draws nothing:
    a PDF made without borders, round 164), found by its header line — three or more of
    its runs a target table's headings ("STT", "Chỉ tiêu", "Năm 2030", "Cơ quan chủ trì"),
    each run a column's left edge — down to the first line of running text; PyMuPDF then
    cuts it into rows (``find_tables``: those columns, rows by the text). A table running to
    the page's foot goes on at the top of the next page in the same columns (``carried``
    holds them from one page to the next). Running text set in columns is never read as
    a table: no such header, no table."""
    lines = _word_lines(page.get_text("words"))
    columns, start = carried.pop("columns", None), 0
    headed = False
    for k, (_top, _bottom, runs) in enumerate(lines):
        runs = _header_runs(runs)
        heads = [" ".join(w[4] for w in run) for run in runs]
        if len(runs) >= 4 and sum(1 for h in heads if _TARGET_HEADER_RE.match(" ".join(fold(h).split()))) >= 3:
            columns, start, headed = [run[0][0] for run in runs], k, True
            break
    if columns is None or not lines:
        return []
    right = max((w[2] for _t, _b, runs in lines[start:] for run in runs for w in run), default=columns[-1])
    end = len(lines)
    pitch = 0.0     # the widest step from one line of the table to the next
    # (a page the table goes on over: its first line may be running text already)
    for k in range(start + 1 if headed else start, len(lines)):
        runs = lines[k][2]
        step = lines[k][0] - lines[k - 1][0] if k else 0.0
        if any(run[-1][2] - run[0][0] > _PROSE_SHARE * (right - columns[0]) for run in runs) \
                or sum(1 for run in runs if _crosses(run, columns)) >= 2 \
                or len(runs) == 1 and _crosses(runs[0], columns) and pitch and step > 1.5 * pitch:
            # running text: a run wider than a cell can be, lines set in two columns of
            # their own over the table's ("1. Sở Y tế chủ trì, phối hợp với các sở …": two
            # runs over its edges; one may be a cell's text run on into the next cell's), or
            # one line across the columns after a wider step than the table's rows have
            # (a note, the next heading: "II. NHIỆM VỤ, GIẢI PHÁP")
            end = k
            break
        if k > start:
            pitch = max(pitch, step)
    if end <= start + (1 if headed else 0):
        return []
    right = max(w[2] for _t, _b, runs in lines[start:end] for run in runs for w in run)
    if end == len(lines):
        carried["columns"] = columns       # to the page's foot: it may go on over the page
    clip = _pymupdf().Rect(columns[0] - 2, lines[start][0] - 1, right + 2, lines[end - 1][1] + 1)
    edges = [x - 2 for x in columns] + [right + 2]
    try:
        found = page.find_tables(clip=clip, vertical_strategy="explicit", vertical_lines=edges,
                                 horizontal_strategy="text", use_layout=False).tables
    except TypeError:       # PyMuPDF before 1.26 has no layout analyser to leave out
        found = page.find_tables(clip=clip, vertical_strategy="explicit", vertical_lines=edges,
                                 horizontal_strategy="text").tables
    return [table for table in found if table.col_count >= 4]


def _rows_wrapped_joined(grid: list[list[tuple[str, str]]]) -> list[list[tuple[str, str]]]:
    """An unruled table's rows with the lines of a wrapped cell joined: a row whose first
    cell is empty goes on the row above ("Tỷ lệ xã, phường, thị trấn đạt tiêu chuẩn" over
    "phù hợp với trẻ em"; "Sở Giáo dục và Đào" over "tạo"). The header's own second line
    ("Năm 2025" over "(thực hiện)") goes on the header the same way."""
    out: list[list[tuple[str, str]]] = []
    for row in grid:
        if out and not row[0][1] and any(text for _kind, text in row) and not _own_sub_row(out[-1], row):
            out[-1] = [(kind, " ".join(t for t in (above, text) if t))
                       for (kind, above), (_k, text) in zip(out[-1], row)]
        elif any(text for _kind, text in row):
            out.append(list(row))
    return out


# a sub-row's name: "Trong đó: vùng dân tộc thiểu số", "- Trẻ em dưới 1 tuổi", "riêng …" (folded)
_SUB_ROW_RE = re.compile(r"^(?:trong do|trong so|rieng|[-–+•])")
_FIGURE_CELL_RE = re.compile(r"^[<>≤≥]?\s*\d+(?:[.,]\d+)*\s*[%‰]?$")


def _own_sub_row(above: list[tuple[str, str]], row: list[tuple[str, str]]) -> bool:
    """Whether a row with no number of its own is a sub-row (a part of the indicator above,
    "Trong đó: vùng dân tộc thiểu số | % | 26 | 24"), not the next line of the row above's
    wrapped cells: it names a part, or it sets figures where the row above has its own."""
    name = next((text for _kind, text in row[1:2]), "")
    if _SUB_ROW_RE.match(fold(name).strip()):
        return True
    return any(_FIGURE_CELL_RE.match(text.strip()) and _FIGURE_CELL_RE.match(up.strip())
               for (_k, text), (_u, up) in zip(row[2:], above[2:]))


def _grid(table, words) -> list[list[tuple[str, str]]]:
    """Each row of ``table`` as (kind, text) per column: ``"cell"`` a cell of its own,
    ``"right"`` covered by a cell spanning from the left, ``"below"`` covered by a cell
    merged down from a row above (text: that cell's)."""
    columns = table.col_count
    starts = [min((row.cells[i][0] for row in table.rows
                   if i < len(row.cells) and row.cells[i] is not None), default=None)
              for i in range(columns)]
    grid: list[list[tuple[str, str]]] = []
    reaching: list[tuple[float, str] | None] = [None] * columns    # (bottom, text) per column
    for row in table.rows:
        top = min((c[1] for c in row.cells if c is not None), default=row.bbox[1])
        out: list[tuple[str, str]] = []
        covering = None     # the last cell of the row met so far: does it reach this column?
        for index in range(columns):
            cell = row.cells[index] if index < len(row.cells) else None
            if cell is not None:
                covering = cell
                text = _cell_text(words, cell)
                reaching[index] = (cell[3], text)
                out.append(("cell", text))
            elif covering is not None and starts[index] is not None \
                    and covering[2] > starts[index] + 1:
                out.append(("right", out[-1][1]))
                reaching[index] = (covering[3], out[-1][1])
            elif reaching[index] is not None and reaching[index][0] > top + 1:
                out.append(("below", reaching[index][1]))
            else:
                out.append(("cell", ""))
        grid.append(out)
    return grid


def _row_cells(row: list[tuple[str, str]]) -> list[str]:
    """The cells of a body row. A row that is one cell across (a group row) is that cell;
    otherwise a cell spanning columns gives its text to each ("Đạt 100%" for 2025 and 2030)
    and a cell merged down gives it to the rows it covers (a lead agency over several
    indicators), so every row has the header's columns; but in the first two columns (the
    number and the name) a cell merged down leaves the rows below empty: they are that
    indicator's metric rows ("| | - trẻ dưới 5 tuổi | …")."""
    filled = [text for kind, text in row if kind == "cell" and text]
    if len(filled) == 1 and any(kind == "right" for kind, _ in row) and \
            not any(kind == "below" and text for kind, text in row):
        return filled
    return ["" if kind == "below" and index < 2 else text for index, (kind, text) in enumerate(row)]


def _header_depth(grid: list[list[tuple[str, str]]]) -> int:
    """How many rows the header takes: the rows the first row's cells are merged down
    over, when that row also has a title spanning columns (else 1)."""
    if len(grid) < 3 or not any(kind == "right" for kind, _ in grid[0]):
        return 1
    depth = 1
    while depth < min(3, len(grid) - 1) and any(kind == "below" for kind, _ in grid[depth]):
        depth += 1
    return depth


def _cell_text(words, cell) -> str:
    lines: dict[tuple[int, int], list] = {}
    for word in words:
        if _centre_in(word[:4], cell):
            lines.setdefault((word[5], word[6]), []).append(word)
    ordered = sorted(lines.values(), key=lambda line: (round(min(w[1] for w in line) / 3),
                                                      min(w[0] for w in line)))
    text = " ".join(w[4] for line in ordered for w in sorted(line, key=lambda w: w[7]))
    return " ".join(text.split()).replace("|", "/")


def join_pages(texts: list[str]) -> str:
    """The pages' texts as one, a blank line between pages; a table that ends one page and
    starts the next (page numbers aside) is one table: the next page's repeat of the
    header row and the page numbers between go, its rows follow without a blank line, and
    a row broken by the page is one row again ("Giảm xuống" / "16,5%": see
    ``_rest_of_row``)."""
    pages: list[str] = []
    for text in _without_running_lines([_without_page_number_lines(t) for t in texts]):
        if pages and _is_table_end(pages[-1]):
            previous, following = pages[-1].split("\n\n"), text.split("\n\n")
            while previous and _page_number(previous[-1]):
                previous.pop()
            head = 0
            while head < len(following) and _page_number(following[head]):
                head += 1
            if head < len(following) and _is_table(following[head]):
                table = previous[-1].split("\n")
                rows = following[head].split("\n")
                rows = rows[1:] if rows[0] == table[0] else rows
                if rows and len(table) > 1 and _rest_of_row(table[-1], rows[0]):
                    table[-1] = _join_rows(table[-1], rows.pop(0))
                previous[-1] = "\n".join(table + rows)
                pages[-1] = "\n\n".join(previous + following[head + 1:])
                continue
        if pages and _goes_on(pages[-1], text):
            # "… đến năm 2025 giảm còn 30;" / "đến năm 2030 giảm còn 24.": a sentence the
            # page cut goes on as a line a page's width cut does
            pages[-1] = pages[-1].rstrip("\n") + "\n" + text.lstrip("\n")
            continue
        pages.append(text)
    return "\n\n".join(pages)


_FIGURE_CLOSES_RE = re.compile(r"\d+(?:[.,]\d+)*\s*[%‰]?\s*(?:[;,.)]|$)")
# what opens a line of its own: "7. Sở Tài chính", "2.1. …", "a) …", "- …", "| … |"
_OWN_LINE_RE = re.compile(r"\d+(?:\.\d+)*[.)]\s|[a-zđ]\)\s")


def _goes_on(before: str, after: str) -> bool:
    """Whether the first line of a page (``after``) goes on with the last line of the page
    before: that line ends no sentence and no heading ("…giảm còn 30;", "…giảm còn"), and
    the next begins in lower case or with a figure ("đến năm 2030 …", "7,2; đến …"), not
    with a list's marker ("7. Sở Tài chính", "a) …") nor indented (a rest the structure
    reader joins itself)."""
    last = next((line.strip() for line in reversed(before.split("\n")) if line.strip()), "")
    raw = next((line for line in after.split("\n") if line.strip()), "")
    first = raw.strip()
    if not last or not first or last.endswith((".", ":", "!", "?")) or last.startswith("|") or first.startswith("|"):
        return False
    if raw[:1].isspace():
        return False    # an indented rest is joined as the page's own wrapped lines are
    if _OWN_LINE_RE.match(first) or _OWN_LINE_RE.match(last) and len(last) < 60 and not re.search(r"[:;,]", last):
        return False    # a list's number opens the page, or a heading ("1. Sở Y tế") ends the one before
    # a figure goes on only when it closes the sentence cut ("7,2; đến năm 2030 …"), not when
    # it opens an item ("100% trẻ em có hoàn cảnh đặc biệt …")
    # (… or a bracket that goes on the sentence: "… các hình thức phù hợp" / "(năm 2025: 65%).")
    return first[0].islower() or first[0] == "(" and not last.endswith(";") or bool(_FIGURE_CLOSES_RE.match(first))


# The marker of a metric row under an indicator row: "-", "+", "•", "a)".
_SUB_ITEM_RE = re.compile(r"^(?:[-–+•*]|[a-zđ]\))\s")


def _cells(row: str) -> list[str]:
    return row[2:-2].split(" | ")


def _rest_of_row(last: str, first: str) -> bool:
    """Whether the first row of a page is the rest of the last row of the page before (Word
    lets a row break across pages): the same columns, no number of its own where that row
    has one, and not a metric row ("| | - trẻ dưới 5 tuổi | …")."""
    above, below = _cells(last), _cells(first)
    return len(above) == len(below) >= 3 and above[0] != "" and below[0] == "" \
        and not _SUB_ITEM_RE.match(below[1]) and any(below)


def _join_rows(last: str, first: str) -> str:
    return "| " + " | ".join(" ".join(part for part in pair if part)
                             for pair in zip(_cells(last), _cells(first))) + " |"


def _is_table_end(text: str) -> bool:
    blocks = text.split("\n\n")
    while blocks and _page_number(blocks[-1]):
        blocks.pop()
    return bool(blocks) and _is_table(blocks[-1])


def _is_table(block: str) -> bool:
    return all(line.startswith("| ") and line.endswith(" |") for line in block.split("\n"))


# "3", "- 3 -", "Trang 3", "3/12": a page number printed above or below the text.
_PAGE_NUMBER_RE = re.compile(r"(?:trang|page)?\s*[-–]?\s*\d{1,4}(?:\s*/\s*\d{1,4})?\s*[-–]?",
                             re.IGNORECASE)


def _page_number(block: str) -> bool:
    return bool(_PAGE_NUMBER_RE.fullmatch(block.strip()))


def _without_page_number_lines(text: str) -> str:
    """A page's text without the page number printed under (or over) its text, as a block or
    a line of its own: "… phối hợp với Sở Giáo dục và Đào" / "2" / (next page) "tạo, …" had
    read as one sentence "Đào 2 tạo". A page with nothing but a number is left as it is."""
    blocks = [b for b in text.strip("\n").split("\n\n")]
    while len(blocks) > 1 and _page_number(blocks[-1]):
        blocks.pop()
    while len(blocks) > 1 and _page_number(blocks[0]):
        blocks.pop(0)
    lines = "\n\n".join(blocks).split("\n")
    while len(lines) > 1 and _page_number(lines[-1]) and lines[-2].strip() and not _page_number(lines[-2]):
        lines.pop()
    while len(lines) > 1 and _page_number(lines[0]) and lines[1].strip() and not _page_number(lines[1]):
        lines.pop(0)
    return "\n".join(lines)


def _without_running_lines(texts: list[str]) -> list[str]:
    """The pages' texts without a running header or footer: a short line that opens (or
    closes) at least two pages and half the pages after the first ("UBND TỈNH LÂM ĐỒNG" over
    each page after the first, blind round 143), which had read as a heading in the middle of
    a target or a task. A line on one page only, or on few, is the page's own."""
    if len(texts) < 3:
        return texts
    def edge(text: str, last: bool) -> str:
        lines = [line.strip() for line in text.strip("\n").split("\n") if line.strip()]
        return (lines[-1] if last else lines[0]) if len(lines) > 1 else ""
    out = list(texts)
    for last in (False, True):
        counts: dict[str, int] = {}
        for text in texts[1:]:
            line = edge(text, last)
            if line and len(line) <= 80:
                counts[line] = counts.get(line, 0) + 1
        running = {line for line, n in counts.items() if n >= 2 and n * 2 >= len(texts) - 1}
        for k, text in enumerate(out):
            line = edge(text, last)
            if line in running and (k > 0 or last):    # (the first page's first line is the document's own)
                lines = text.strip("\n").split("\n")
                at = max(i for i, l in enumerate(lines) if l.strip() == line) if last else \
                    min(i for i, l in enumerate(lines) if l.strip() == line)
                out[k] = "\n".join(lines[:at] + lines[at + 1:]).strip("\n")
    return out


def _page_image(page):
    """The page rendered in grey at ``OCR_DPI`` as a PIL image (checks the OCR engine
    first, so a missing one is reported before any rendering)."""
    from PIL import Image

    from knowledge.parse.formats.ocr import check_engine
    check_engine()
    pixmap = page.get_pixmap(dpi=OCR_DPI, colorspace=_pymupdf().csGRAY)
    return Image.frombytes("L", (pixmap.width, pixmap.height), pixmap.samples)


def _ocr(image) -> str:
    from knowledge.parse.formats.ocr import ocr_image
    return ocr_image(image)


def _read_with_pypdf(data: bytes, progress: Progress = None) -> Document:
    """``read_pdf`` without PyMuPDF: pypdf's layout text (blank lines where the page has
    vertical space, as between paragraphs); a page with no usable text layer is OCR'd from
    the largest image on it. Pages one after the other."""
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    from knowledge.parse.formats.ocr import check_engine, ocr_image
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise FormatError(*ENCRYPTED)
        pages = list(reader.pages)
    except FormatError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError):
        raise FormatError(BROKEN[0], BROKEN[1], kind="PDF") from None
    except Exception:  # pypdf raises assorted errors on damaged files
        raise FormatError(BROKEN[0], BROKEN[1], kind="PDF") from None
    texts, scanned = [], False
    for index, page in enumerate(pages):
        try:
            text = page.extract_text(extraction_mode="layout") or ""
            images = list(page.images) if needs_ocr(text) else []
        except Exception:
            raise FormatError(BROKEN[0], BROKEN[1], kind="PDF") from None
        if images:
            check_engine()
            largest = max(images, key=lambda item: item.image.width * item.image.height)
            text, scanned = ocr_image(largest.image), True
        texts.append(text)
        if progress:
            progress(index + 1, len(pages))
    text = clean_text(repair_legacy_font("\n\n".join(texts)))
    if not text.strip():
        raise FormatError(*NO_TEXT)
    return Document(text=text, format="pdf", scanned=scanned, pages=len(pages))
