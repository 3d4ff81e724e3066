"""Scanned pages and photos through Tesseract with its Vietnamese model (``-l vie``).

Tesseract is a separate program (Debian: ``tesseract-ocr`` and ``tesseract-ocr-vie``), run
here directly (the image on stdin, word boxes as TSV on stdout). When the program or its
Vietnamese model is missing the reader says which packages to install."""

from __future__ import annotations

import csv
import functools
import io
import os
import shutil
import subprocess

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
    line and a blank line between paragraphs; may be empty."""
    check_engine()
    if image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    png = io.BytesIO()
    image.save(png, "PNG")
    try:
        done = subprocess.run([_program() or "tesseract", "stdin", "stdout", *_ARGS, "tsv"],
                              input=png.getvalue(), capture_output=True, timeout=TIMEOUT, env=_ENV)
    except FileNotFoundError:
        raise FormatError(*OCR_MISSING) from None
    except (OSError, subprocess.SubprocessError):
        raise FormatError(*OCR_FAILED) from None
    if done.returncode != 0:
        raise FormatError(*OCR_FAILED)
    return clean_text(layout_text(read_tsv(done.stdout.decode("utf-8", errors="replace"))))


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


def layout_text(data: dict) -> str:
    """Tesseract's words (TSV columns, ``read_tsv``) as lines, with a blank line
    where a paragraph starts: after a vertical gap larger than wrapped lines leave, or at a
    first-line indent. Tesseract's own paragraphs run list items together, and the plan
    parser joins lines without a blank between them into one paragraph."""
    lines: dict[tuple[int, int, int, int], list[int]] = {}
    for i, word in enumerate(data["text"]):
        if data["level"][i] == 5 and word.strip():
            key = (data["page_num"][i], data["block_num"][i], data["par_num"][i], data["line_num"][i])
            lines.setdefault(key, []).append(i)
    rows = []   # (block, left, top, bottom, text)
    for (_, block, _, _), words in lines.items():
        rows.append((block, min(data["left"][i] for i in words), min(data["top"][i] for i in words),
                     max(data["top"][i] + data["height"][i] for i in words),
                     " ".join(data["text"][i] for i in words)))
    if not rows:
        return ""
    heights = sorted(bottom - top for _, _, top, bottom, _ in rows)
    height = heights[len(heights) // 2]
    gaps = sorted(b[2] - a[3] for a, b in zip(rows, rows[1:]) if b[2] > a[3])
    gap = gaps[len(gaps) // 2] if gaps else 0
    margin = sorted(left for _, left, _, _, _ in rows)[len(rows) // 4]
    out = [rows[0][4]]
    for previous, row in zip(rows, rows[1:]):
        space = row[2] - previous[3]
        new_paragraph = (row[0] != previous[0] or space > 0.75 * height
                         or (space > 1.5 * gap and space > 0.25 * height)
                         or row[1] > margin + 1.5 * height)
        out.append(("\n" if new_paragraph else "") + row[4])
    return "\n".join(out)
