"""Scanned pages and photos through Tesseract with its Vietnamese model (``-l vie``).

Tesseract is a separate program (Debian: ``tesseract-ocr`` and ``tesseract-ocr-vie``), run
here directly (the image on stdin, word boxes as TSV on stdout). When the program or its
Vietnamese model is missing the reader says which packages to install.

Before Tesseract a page is straightened (a scan is often turned by a degree) and its tables
drawn with ruling lines are found (numpy on the pixels), to be read cell by cell into
``"| cell | cell |"`` rows, as a PDF's text layer gives them (``ocr_image``)."""

from __future__ import annotations

import bisect
import csv
import functools
import io
import math
import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field

import numpy as np

from knowledge.parse.formats.common import (
    BROKEN_IMAGE, NO_TEXT, OCR_FAILED, OCR_MISSING, Document, FormatError, Progress, clean_text,
)

LANGUAGE = "vie"
# Page segmentation "fully automatic"; word boxes as TSV, laid out into lines here.
_ARGS = ["--psm", "3", "-l", LANGUAGE]
# One thread per Tesseract: on a busy machine its OpenMP threads cost 2-3 times the time.
_ENV = {**os.environ, "OMP_THREAD_LIMIT": "1"}
TIMEOUT = 300          # seconds for one page: a stuck engine must not hang an ingest


def _program() -> str | None:
    return shutil.which("tesseract")


@functools.lru_cache(maxsize=1)
def _engine_ready() -> bool:
    program = _program()
    if program is None:
        return False
    try:
        listed = subprocess.run([program, "--list-langs"], capture_output=True, text=True,
                                timeout=30, env=_ENV)
    except (OSError, subprocess.SubprocessError):
        return False
    return LANGUAGE in listed.stdout.split()


def check_engine() -> None:
    """``FormatError`` ``"ocr_missing"`` unless Tesseract and its Vietnamese model run."""
    if not _engine_ready():
        _engine_ready.cache_clear()   # installed later (apt-get) → found on the next file
        raise FormatError(*OCR_MISSING)


def ocr_image(image) -> str:
    """The text Tesseract reads on one PIL image (any mode), cleaned, one line per printed
    line and a blank line between paragraphs; may be empty.

    The page is straightened first (``deskew``). A table drawn with ruling lines
    (``find_tables``) comes out as ``"| cell | cell |"`` rows, one per row band, where it
    stands among the page's paragraphs, as ``pdf.page_text`` gives a text-layer table:
    Tesseract's page layout reads a ruled table's cells column-wise, runs neighbouring
    cells together and drops short ones ("Sở Y tế"), so the page is read with its tables
    painted out and the cells apart (``read_cells``)."""
    check_engine()
    if image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    grey = image.convert("L") if image.mode != "L" else image
    threshold = otsu_threshold(np.asarray(grey))
    image, grey, _ = deskew(image, grey, threshold)
    pixels = np.asarray(grey)
    tables = find_tables(pixels, threshold)
    if not tables:
        return clean_text(repair_readings(layout_text(read_tsv(_tesseract(image)))))
    cells = read_cells(pixels, threshold, tables)
    # the table's words come from its cells, the rest from the page without the table:
    # painted out with its rulings and a margin (a ruling's outer half, read as "|")
    page = pixels.copy()
    margin = max(2, round(8 * _scale(pixels.shape)))
    boxes = [(t.xs[0] - margin, t.ys[0] - margin, t.xs[-1] + margin, t.ys[-1] + margin)
             for t in tables]
    for (x0, y0, x1, y1), table in zip(boxes, tables):
        for left, top, right, bottom in [(x0, y0, x1, y1)] + table.lines:
            page[max(0, top - 1):bottom + 2, max(0, left - 1):right + 2] = 255
    data = read_tsv(_tesseract(_image(page)))
    blocks = [(box, "\n".join(table_rows(table, texts)))
              for box, table, texts in zip(boxes, tables, cells)]
    return clean_text(repair_readings(layout_text(data, [block for block in blocks if block[1]])))


def _image(pixels: np.ndarray):
    from PIL import Image
    return Image.fromarray(np.ascontiguousarray(pixels), "L")


def _tesseract(image, args=None) -> str:
    """Tesseract's TSV (``tesseract … tsv``) for one PIL image, as text."""
    png = io.BytesIO()
    image.save(png, "PNG")
    try:
        done = subprocess.run([_program() or "tesseract", "stdin", "stdout", *(args or _ARGS), "tsv"],
                              input=png.getvalue(), capture_output=True, timeout=TIMEOUT, env=_ENV)
    except FileNotFoundError:
        raise FormatError(*OCR_MISSING) from None
    except (OSError, subprocess.SubprocessError):
        raise FormatError(*OCR_FAILED) from None
    if done.returncode != 0:
        raise FormatError(*OCR_FAILED)
    return done.stdout.decode("utf-8", errors="replace")


def read_tsv(tsv: str) -> dict[str, list]:
    """Tesseract's TSV output as columns: ``{"text": [...], "left": [...], ...}``, numbers
    as ints."""
    rows = list(csv.reader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows:
        return {"text": []}
    names = rows[0]
    columns: dict[str, list] = {name: [] for name in names}
    for row in rows[1:]:
        if len(row) < len(names):
            row = row + [""] * (len(names) - len(row))
        for name, value in zip(names, row):
            columns[name].append(value if name == "text" else int(float(value or 0)))
    return columns


def read_image(data: bytes, progress: Progress = None) -> Document:
    """The text of a PNG, JPEG or (multi-page) TIFF image, page by page, marked scanned;
    ``progress(done, total)`` after each page."""
    from PIL import Image, ImageSequence, UnidentifiedImageError
    check_engine()
    try:
        image = Image.open(io.BytesIO(data))
        frames = [frame.copy() for frame in ImageSequence.Iterator(image)]
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise FormatError(*BROKEN_IMAGE) from None
    texts = []
    for done, frame in enumerate(frames, 1):
        texts.append(ocr_image(frame))
        if progress:
            progress(done, len(frames))
    text = clean_text("\n\n".join(texts))
    if not text.strip():
        raise FormatError(*NO_TEXT)
    return Document(text=text, format="image", scanned=True, pages=len(frames))


def layout_text(data: dict, tables: list[tuple[tuple, str]] = ()) -> str:
    """Tesseract's words (TSV columns, ``read_tsv``) as lines, with a blank line
    where a paragraph starts: after a vertical gap larger than wrapped lines leave, or at a
    first-line indent. Tesseract's own paragraphs run list items together, and the plan
    parser joins lines without a blank between them into one paragraph.

    ``tables``: (box, rows) of each table on the page, box (x0, y0, x1, y1) in the words'
    pixels, rows its ``"| … |"`` lines: a block of its own, placed before the first line
    below the middle of the box; words whose centre lies in a box are left out."""
    inside = {i for i in range(len(data["text"])) for box, _ in tables if _centre_in(data, i, box)}
    blocks = sorted(((box[1] + box[3]) / 2, rows) for box, rows in tables)
    lines: dict[tuple[int, int, int, int], list[int]] = {}
    for i, word in enumerate(data["text"]):
        if data["level"][i] == 5 and word.strip() and i not in inside:
            key = (data["page_num"][i], data["block_num"][i], data["par_num"][i], data["line_num"][i])
            lines.setdefault(key, []).append(i)
    rows = []   # (block, left, top, bottom, text)
    for (_, block, _, _), words in lines.items():
        rows.append((block, min(data["left"][i] for i in words), min(data["top"][i] for i in words),
                     max(data["top"][i] + data["height"][i] for i in words),
                     " ".join(data["text"][i] for i in words)))
    if not rows:
        return "\n\n".join(text for _, text in blocks)
    heights = sorted(bottom - top for _, _, top, bottom, _ in rows)
    height = heights[len(heights) // 2]
    gaps = sorted(b[2] - a[3] for a, b in zip(rows, rows[1:]) if b[2] > a[3])
    gap = gaps[len(gaps) // 2] if gaps else 0
    margin = sorted(left for _, left, _, _, _ in rows)[len(rows) // 4]
    out: list[str] = []
    previous = None
    for row in rows:
        new_paragraph = False
        while blocks and (row[2] + row[3]) / 2 > blocks[0][0]:
            out.append(("\n" if out else "") + blocks.pop(0)[1])
            new_paragraph = True
        if previous is not None:
            space = row[2] - previous[3]
            new_paragraph = (new_paragraph or row[0] != previous[0] or space > 0.75 * height
                             or (space > 1.5 * gap and space > 0.25 * height)
                             or row[1] > margin + 1.5 * height)
        out.append(("\n" if new_paragraph and out else "") + row[4])
        previous = row
    out.extend("\n" + text for _, text in blocks)
    return "\n".join(out)


def _centre_in(data: dict, i: int, box) -> bool:
    x = data["left"][i] + data["width"][i] / 2
    y = data["top"][i] + data["height"][i] / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


# --- a page straightened, its ruled tables found ---------------------------------------------
#
# Sizes are in pixels of a page rendered at 300 dpi, whose short side (A4) is 2480 px, and
# scale with an image's short side (``_scale``).
_REFERENCE_SIDE = 2480
SKEW_LIMIT = 3.0        # degrees either way a page's skew is looked for
SKEW_MIN = 0.1          # degrees: a page skewed less is read as it is
_SKEW_POINTS = 300_000  # ink pixels sampled to measure the skew


def _scale(shape) -> float:
    return min(shape) / _REFERENCE_SIDE


def otsu_threshold(grey: np.ndarray) -> int:
    """The grey level (0–255) parting ink from paper on a grey page (H×W uint8): Otsu's,
    the level that best splits the page's histogram in two (of every other pixel of every
    other row: the same level, ten times faster)."""
    hist = np.bincount(grey[::2, ::2].ravel(), minlength=256).astype(np.float64)
    below = np.cumsum(hist)
    above = below[-1] - below
    mass = np.cumsum(hist * np.arange(256))
    with np.errstate(divide="ignore", invalid="ignore"):
        spread = (mass[-1] * below / below[-1] - mass) ** 2 / (below * above)
    return int(np.argmax(np.nan_to_num(spread)))


def skew_angle(dark: np.ndarray) -> float:
    """The skew of a page's lines (text and rulings) in degrees, from the ink mask (bool
    H×W): the angle, within ±``SKEW_LIMIT``, at which the ink's projection on the page's
    height is sharpest (the sum of squared counts per pixel row largest), searched in
    steps of 0.25° then of 0.025° around the best. Positive when the lines go down to the
    right (y grows downwards); 0.0 for a page with next to no ink."""
    height, width = dark.shape
    index = np.flatnonzero(dark)
    if index.size < 1000:
        return 0.0
    index = index[:: max(1, index.size // _SKEW_POINTS)]
    y = (index // width).astype(np.float32)
    x = (index % width).astype(np.float32) - width / 2

    def sharpness(angle: float) -> float:
        shifted = y - x * np.float32(math.tan(math.radians(angle)))
        counts = np.bincount(np.rint(shifted - shifted.min()).astype(np.int64))
        return float(np.dot(counts, counts))

    def best(angles) -> float:
        return max(angles, key=lambda a: (sharpness(a), -abs(a)))

    coarse = best(np.arange(-SKEW_LIMIT, SKEW_LIMIT + 1e-9, 0.25))
    return round(best(np.arange(coarse - 0.25, coarse + 0.25 + 1e-9, 0.025)), 3)


def deskew(image, grey, threshold: int):
    """(image, grey, angle): the page (PIL, RGB or L) and its grey copy (PIL L) turned by
    ``angle`` degrees (``skew_angle`` of the ink at or under ``threshold``, 0–255) so its
    lines are level, the corners filled white; both as they are, angle 0.0, when the skew
    is under ``SKEW_MIN``."""
    from PIL import Image
    angle = skew_angle(np.asarray(grey) <= threshold)
    if abs(angle) < SKEW_MIN:
        return image, grey, 0.0
    grey = grey.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    if image.mode == "L":
        return grey, grey, angle
    return image.rotate(angle, resample=Image.BICUBIC, fillcolor=(255, 255, 255)), grey, angle


@dataclass
class Table:
    """A ruled table on a page image, in pixels. ``ys``: the horizontal rulings' y, top to
    bottom (``len(ys) - 1`` row bands); ``xs``: the vertical rulings' x, left to right
    (``len(xs) - 1`` columns). ``walls[i][j]``: row band ``i`` has the ruling ``xs[j]``
    (no wall: the cells either side are one, merged across); ``floors[i][j]``: the ruling
    ``ys[i]`` closes column ``j`` (no floor: the cell goes on down). ``lines``: (x0, y0,
    x1, y1) of every ruling, end pixels included, to paint out before OCR."""
    ys: list[int]
    xs: list[int]
    walls: list[list[bool]]
    floors: list[list[bool]]
    lines: list[tuple[int, int, int, int]] = field(default_factory=list)

    def cells(self) -> list[list[int]]:
        """The cell each grid square (row band, column) belongs to, as ids: squares with no
        ruling between them share one."""
        bands, columns = len(self.ys) - 1, len(self.xs) - 1
        parent = list(range(bands * columns))

        def find(k: int) -> int:
            while parent[k] != k:
                parent[k] = parent[parent[k]]
                k = parent[k]
            return k

        for i in range(bands):
            for j in range(columns):
                if j + 1 < columns and not self.walls[i][j + 1]:
                    parent[find(i * columns + j + 1)] = find(i * columns + j)
                if i + 1 < bands and not self.floors[i + 1][j]:
                    parent[find((i + 1) * columns + j)] = find(i * columns + j)
        return [[find(i * columns + j) for j in range(columns)] for i in range(bands)]

    def boxes(self) -> dict[int, tuple[int, int, int, int]]:
        """(x0, y0, x1, y1) of each cell (``cells`` ids), the rulings' middles around it."""
        spans: dict[int, list[int]] = {}
        for i, row in enumerate(self.cells()):
            for j, cell in enumerate(row):
                span = spans.setdefault(cell, [j, i, j, i])
                span[:] = [min(span[0], j), min(span[1], i), max(span[2], j), max(span[3], i)]
        return {cell: (self.xs[j0], self.ys[i0], self.xs[j1 + 1], self.ys[i1 + 1])
                for cell, (j0, i0, j1, i1) in spans.items()}


def find_tables(pixels: np.ndarray, threshold: int) -> list[Table]:
    """The tables drawn with ruling lines on a grey page (H×W uint8, straightened; ink at
    or under ``threshold``), top to bottom.

    Rulings are long thin runs of ink (``_runs``): horizontal ones at least 100 px long
    (at 300 dpi), vertical ones at least 45 px (a row of one line of text), looked for only
    between the first and the last horizontal one; a band of ink thicker than 14 px is no
    ruling. A vertical ruling counts when it runs from one horizontal ruling to another,
    and a horizontal one when both its ends meet vertical ones (the foot of a line of bold
    capitals makes a long run too, but ends in the open). Rulings that cross make one
    table; it needs two horizontal rulings and three vertical ones (two columns: a framed
    note of one column reads as text). Which rulings each row band and each column
    actually has (merged cells) is measured on the ink (``_table``)."""
    dark = pixels <= threshold
    scale = _scale(dark.shape)
    block = max(2, round(6 * scale))
    tolerance = 2 * block + round(4 * scale)
    thickest = round(14 * scale) + 2
    near, far = max(1, round(2 * scale)), max(3, round(8 * scale))

    def clear(y0: int, y1: int, x0: int, x1: int) -> bool:
        # paper along both sides (a cell's padding), where the foot of a line of text has
        # the letters above it: at most 30% of the columns inked 2–8 px off the run
        above = dark[max(0, y0 - far):max(0, y0 - near), x0:x1 + 1]
        below = dark[y1 + near + 1:y1 + far + 1, x0:x1 + 1]
        return all(side.size == 0 or side.any(axis=0).mean() <= 0.3 for side in (above, below))

    rows = [line for line in _runs(dark, block, math.ceil(100 * scale / block))
            if line[1] - line[0] < thickest and clear(*line)]
    if len(rows) < 2:
        return []
    top, bottom = min(r[0] for r in rows), max(r[1] for r in rows)
    left, right = max(0, min(r[2] for r in rows) - tolerance), max(r[3] for r in rows) + tolerance
    slab = dark[top:bottom + 1, left:right + 1].T
    columns = [(x0 + left, x1 + left, y0 + top, y1 + top)
               for x0, x1, y0, y1 in _runs(slab, block, math.ceil(45 * scale / block))
               if x1 - x0 < thickest]

    def meets(row, column, y: float) -> bool:   # ``row`` passes by ``column`` at height y
        x = (column[0] + column[1]) / 2
        return abs((row[0] + row[1]) / 2 - y) <= tolerance \
            and row[2] - tolerance <= x <= row[3] + tolerance

    def reaches(column, row, x: float) -> bool:  # ``column`` passes by ``row`` at x
        y = (row[0] + row[1]) / 2
        return abs((column[0] + column[1]) / 2 - x) <= tolerance \
            and column[2] - tolerance <= y <= column[3] + tolerance

    while True:     # each kind of ruling checked against the other until neither changes
        kept = [c for c in columns if any(meets(r, c, c[2]) for r in rows)
                and any(meets(r, c, c[3]) for r in rows)
                and not any(meets(r, c, c[2]) and meets(r, c, c[3]) for r in rows)]
        held = [r for r in rows if any(reaches(c, r, r[2]) for c in kept)
                and any(reaches(c, r, r[3]) for c in kept)]
        if (len(kept), len(held)) == (len(columns), len(rows)):
            break
        columns, rows = kept, held
    # rulings that cross are one table
    parent = list(range(len(rows)))

    def find(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    crossing = []
    for column in columns:
        hits = [k for k, row in enumerate(rows) if reaches(column, row, (column[0] + column[1]) / 2)
                and row[2] - tolerance <= (column[0] + column[1]) / 2 <= row[3] + tolerance]
        for k in hits[1:]:
            parent[find(k)] = find(hits[0])
        crossing.append(hits)
    groups: dict[int, tuple[list, list]] = {}
    for column, hits in zip(columns, crossing):
        if hits:
            groups.setdefault(find(hits[0]), ([], []))[1].append(column)
    for k, row in enumerate(rows):
        if find(k) in groups:
            groups[find(k)][0].append(row)
    tables = [_table(dark, horizontal, vertical, tolerance)
              for horizontal, vertical in groups.values()]
    return sorted((t for t in tables if t is not None), key=lambda t: t.ys[0])


def _runs(mask: np.ndarray, block: int, least: int) -> list[tuple[int, int, int, int]]:
    """The lines of ink along the rows of ``mask`` (bool H×W) as (y0, y1, x0, x1), pixels,
    ends included: each row read in blocks of ``block`` px, a block inked when 60% of its
    pixels are (on the row, or the one above or below: a line a little off level), runs of
    at least ``least`` blocks with one-block gaps bridged (a worn line, a letter touching
    it); runs on neighbouring rows that overlap are one line, as thick as they are many."""
    height, width = mask.shape
    if height < 3 or width < block * least:
        return []
    near = mask.copy()
    near[1:] |= mask[:-1]
    near[:-1] |= mask[1:]
    count = width // block
    inked = near[:, :count * block].reshape(height, count, block).sum(axis=2) >= math.ceil(0.6 * block)
    steps = np.arange(count)
    last = np.maximum.accumulate(np.where(inked, steps, -count), axis=1)
    following = np.minimum.accumulate(np.where(inked, steps, 2 * count)[:, ::-1], axis=1)[:, ::-1]
    inked |= (steps - last <= 1) & (following - steps <= 1)
    edges = np.diff(np.pad(inked, ((0, 0), (1, 1))).astype(np.int8), axis=1)
    starts_y, starts_x = np.nonzero(edges == 1)
    _, ends_x = np.nonzero(edges == -1)
    long = ends_x - starts_x >= least
    lines: list[list[int]] = []
    reaching: list[list[int]] = []     # the lines that reach the row above (runs go row by row)
    for y, x0, x1 in zip(starts_y[long].tolist(), (starts_x[long] * block).tolist(),
                         (ends_x[long] * block - 1).tolist()):
        reaching = [line for line in reaching if line[1] >= y - 1 and line[0] >= 0]
        touching = [line for line in reaching if x0 <= line[3] and line[2] <= x1]
        if not touching:
            lines.append([y, y, x0, x1])
            reaching.append(lines[-1])
            continue
        first = touching[0]
        for line in touching[1:]:       # a run that bridges two pieces makes them one
            first[0] = min(first[0], line[0])
            first[2], first[3] = min(first[2], line[2]), max(first[3], line[3])
            line[0] = -1                # (merged away)
        first[1], first[2], first[3] = y, min(first[2], x0), max(first[3], x1)
    return [tuple(line) for line in lines if line[0] >= 0]


def _positions(lines, low: int, high: int, tolerance: int) -> list[tuple[int, int]]:
    """The (start, end) pixel span of each distinct ruling position among ``lines`` (the
    span across the line is ``line[low]..line[high]``): lines closer than ``tolerance``
    (pieces of one broken ruling) are one."""
    spans: list[list[int]] = []
    for line in sorted(lines, key=lambda line: line[low]):
        if spans and line[low] <= spans[-1][1] + tolerance:
            spans[-1][1] = max(spans[-1][1], line[high])
        else:
            spans.append([line[low], line[high]])
    return [tuple(span) for span in spans]


def _table(dark: np.ndarray, horizontal, vertical, tolerance: int) -> Table | None:
    """The ``Table`` that the rulings ``horizontal`` ((y0, y1, x0, x1) each) and
    ``vertical`` ((x0, x1, y0, y1)) make, measured on ``dark`` (bool H×W); None for fewer
    than two rows of rulings or two columns."""
    ys = _positions(horizontal, 0, 1, tolerance)
    xs = _positions(vertical, 0, 1, tolerance)
    if len(ys) < 2 or len(xs) < 3:
        return None
    walls = []
    for (_, a), (b, _) in zip(ys, ys[1:]):
        band = dark[a + 1:b, :]
        walls.append([band.shape[0] > 0 and bool(
            band[:, max(0, x0 - 1):x1 + 2].any(axis=1).mean() >= 0.7) for x0, x1 in xs])
    floors = []
    for y0, y1 in ys:
        strip = dark[max(0, y0 - 1):y1 + 2, :].any(axis=0)
        floors.append([bool(strip[a + 1:b].mean() >= 0.7) if b > a + 1 else False
                       for (_, a), (b, _) in zip(xs, xs[1:])])
    lines = [(x0, y0, x1, y1) for y0, y1, x0, x1 in horizontal]
    lines += [(x0, y0, x1, y1) for x0, x1, y0, y1 in vertical]
    return Table(ys=[(a + b) // 2 for a, b in ys], xs=[(a + b) // 2 for a, b in xs],
                 walls=walls, floors=floors, lines=lines)


# Each cell read as a block of text of its own (a cell is one or a few lines).
_CELL_ARGS = ["--psm", "6", "-l", LANGUAGE]


def read_cells(pixels: np.ndarray, threshold: int, tables: list[Table]) -> list[dict[int, str]]:
    """The text of each cell of ``tables`` on the grey page ``pixels`` (H×W uint8), per
    table a dict cell id (``Table.cells``) → text; a cell with no ink is left out.

    The cells are cut out (rulings painted white, ink at or under ``threshold``, cut to
    the ink with a margin), stacked one under the other with a gap of 40 px (300 dpi) on
    one sheet, and the sheet read by one Tesseract as a single block of text; each word
    goes to the cell its centre stands in. One run of the engine, not one per cell: a
    table has up to a hundred cells, and starting Tesseract takes a quarter of a second."""
    # paper pure white, ink as it is: the scan's grain around a short cell ("1,7") makes
    # Tesseract misread it
    clean = np.where(pixels > threshold, 255, pixels).astype(np.uint8)
    for table in tables:
        for x0, y0, x1, y1 in table.lines:
            clean[max(0, y0 - 1):y1 + 2, max(0, x0 - 1):x1 + 2] = 255
    scale = _scale(pixels.shape)
    inset = max(2, round(6 * scale))      # off the ruling's middle: a ruling missed above
    margin, gap = max(4, round(12 * scale)), max(10, round(40 * scale))
    least = max(8, round(20 * scale * scale))    # fewer inked pixels: a speck, no text
    crops = []      # (table index, cell id, pixels)
    for t, table in enumerate(tables):
        for cell, (x0, y0, x1, y1) in table.boxes().items():
            crop = clean[y0 + inset:y1 - inset + 1, x0 + inset:x1 - inset + 1]
            ink = crop <= threshold
            if ink.sum() < least:
                continue
            rows, columns = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
            crops.append((t, cell, crop[rows[0]:rows[-1] + 1, columns[0]:columns[-1] + 1]))
    out: list[dict[int, str]] = [{} for _ in tables]
    if not crops:
        return out
    sheet = np.full((sum(c.shape[0] + gap for _, _, c in crops) + gap,
                     max(c.shape[1] for _, _, c in crops) + 2 * margin), 255, np.uint8)
    tops, y = [], gap
    for _, _, crop in crops:
        sheet[y:y + crop.shape[0], margin:margin + crop.shape[1]] = crop
        tops.append(y - gap // 2)
        y += crop.shape[0] + gap
    data = read_tsv(_tesseract(_image(sheet), _CELL_ARGS))
    found: dict[int, list[int]] = {}
    for i, word in enumerate(data["text"]):
        if data["level"][i] == 5 and word.strip():
            k = bisect.bisect(tops, data["top"][i] + data["height"][i] / 2) - 1
            found.setdefault(max(k, 0), []).append(i)
    for k, indices in found.items():
        t, cell, _ = crops[k]
        out[t][cell] = _cell_text(data, indices)
    return out


def table_rows(table: Table, texts: dict[int, str]) -> list[str]:
    """The rows of ``table`` as ``"| cell | cell |"`` lines, one per row band, from the
    text of each cell (``texts``: cell id → text, ``read_cells``). A cell merged across
    columns is one cell (a group row across the table: ``"| I. MỤC TIÊU … |"``); a cell
    merged down over several bands is read in the first and repeated in the others, but
    in the first two columns (the number, the name) left empty there: those are its
    metric rows. A header of two or three bands under a title spanning columns ("Mục
    tiêu" over "2025 | 2030") is one row, each column named by all its bands ("Mục tiêu
    2025"). A band with no text is left out."""
    ids = table.cells()
    bands, columns = len(ids), len(ids[0])
    first = {}      # cell → (first band, first column)
    for i in range(bands):
        for j in range(columns):
            first.setdefault(ids[i][j], (i, j))
    depth = 1
    if bands > 2 and any(ids[0][j] == ids[0][j + 1] for j in range(columns - 1)):
        while depth < min(3, bands - 1) and any(first[ids[depth][j]][0] < depth for j in range(columns)):
            depth += 1
    out = []
    if depth > 1:
        names = []
        for j in range(columns):
            parts = []
            for i in range(depth):
                if not parts or ids[i][j] != ids[i - 1][j]:
                    parts.append(texts.get(ids[i][j], ""))
            names.append(" ".join(part for part in parts if part))
        out.append("| " + " | ".join(names) + " |")
    for i in range(depth if depth > 1 else 0, bands):
        cells, seen = [], set()
        for j in range(columns):
            cell = ids[i][j]
            if cell in seen:
                continue
            seen.add(cell)
            text = texts.get(cell, "")
            cells.append("" if first[cell][0] < i and first[cell][1] < 2 else text)
        if any(cells):
            out.append("| " + " | ".join(cells) + " |")
    return out


def _cell_text(data: dict, indices: list[int]) -> str:
    """The words at ``indices`` as one line of text: grouped into printed lines by their
    centres (closer than half a word's height: one line), lines from the top, words left
    to right; a "|" (a ruling read as a letter) is dropped, one inside a word is "/"."""
    words = sorted(indices, key=lambda i: data["top"][i] + data["height"][i] / 2)
    lines: list[list[int]] = []
    for i in words:
        middle = data["top"][i] + data["height"][i] / 2
        if lines:
            line = lines[-1]
            centre = sum(data["top"][k] + data["height"][k] / 2 for k in line) / len(line)
            if abs(middle - centre) < 0.5 * max(data["height"][i], min(data["height"][k] for k in line)):
                line.append(i)
                continue
        lines.append([i])
    text = " ".join(data["text"][i].strip() for line in lines
                    for i in sorted(line, key=lambda k: data["left"][k])
                    if data["text"][i].strip().strip("|"))
    text = " ".join(text.split()).replace("|", "/")
    if _ROMAN_MISREAD_RE.match(text) and re.search(r"[IVX]", text):
        text = text.replace("l", "I").replace("1", "I")     # "lI": a group row's "II"
    return text


# A cell that is a Roman numeral with "l" or "1" read for "I" ("lI", "I1I")
_ROMAN_MISREAD_RE = re.compile(r"^[IVXl1]{2,4}\.?$")
# "‰" read as "%o" or "%0" after a figure or alone in a unit cell ("13,8%o", "| %o |"), its
# small circle read apart ("20,15%-o", round 156)
_PER_MILLE_RE = re.compile(r"(?:(?<=\d)|(?<![^\s|(]))%-?[o0](?![\w])")


# "@" read with a bracket before it ("ctxh.treem(@thainguyen.gov.vn")
_AT_RE = re.compile(r"(?<=\w)[(\[{]@(?=\w)")


# a rate's base broken where its cell wrapped: "/100.00 0 trẻ em" is "/100.000 trẻ em"
_BROKEN_BASE_RE = re.compile(r"((?:/|\btrên)\s*\d{1,3}\.(\d{1,2}))\s+(\d{1,2})(?![\d.,])")


def _joined_base(match: re.Match) -> str:
    if len(match.group(2)) + len(match.group(3)) != 3:
        return match.group(0)
    return match.group(1) + match.group(3)


# … or at its thousands' point: "trẻ/100. 000" (round 156)
_SPLIT_THOUSANDS_RE = re.compile(r"((?:/|\btrên)\s*\d{1,3})\.\s+(\d{3})(?![\d.,])")


def repair_readings(text: str) -> str:
    """Signs Tesseract reads as other signs, put back: "%o" → "‰", "(@" in an e-mail → "@";
    a rate's base its cell's wrap broke ("/100.00 0", "/100. 000") joined."""
    text = _SPLIT_THOUSANDS_RE.sub(r"\1.\2", text)
    return _BROKEN_BASE_RE.sub(_joined_base, _AT_RE.sub("@", _PER_MILLE_RE.sub("‰", text)))
