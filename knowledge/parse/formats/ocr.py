"""Scanned pages and photos through Tesseract with its Vietnamese model (``-l vie``).

Tesseract is a separate program (Debian: ``tesseract-ocr`` and ``tesseract-ocr-vie``);
pytesseract only runs it. When either is missing the reader says which package to install."""

from __future__ import annotations

import functools
import io

from knowledge.parse.formats.common import (
    BROKEN, NO_TEXT, OCR_FAILED, OCR_MISSING, Document, FormatError, Progress, clean_text,
)

LANGUAGE = "vie"
# Page segmentation "fully automatic" and keep spaces between words as Tesseract saw them.
_CONFIG = "--psm 3 -c preserve_interword_spaces=1"


@functools.lru_cache(maxsize=1)
def _engine_ready() -> bool:
    try:
        import pytesseract
        return LANGUAGE in pytesseract.get_languages(config="")
    except Exception:  # TesseractNotFoundError, ImportError, a broken install: all "missing"
        return False


def check_engine() -> None:
    """``FormatError`` ``"ocr_missing"`` unless Tesseract and its Vietnamese model run."""
    if not _engine_ready():
        _engine_ready.cache_clear()   # installed later (apt-get) → found on the next file
        raise FormatError(*OCR_MISSING)


def ocr_image(image) -> str:
    """The text Tesseract reads on one PIL image (any mode), cleaned, one line per printed
    line and a blank line between paragraphs; may be empty."""
    import pytesseract
    check_engine()
    if image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    try:
        data = pytesseract.image_to_data(image, lang=LANGUAGE, config=_CONFIG,
                                         output_type=pytesseract.Output.DICT)
    except pytesseract.TesseractNotFoundError:
        raise FormatError(*OCR_MISSING) from None
    except (pytesseract.TesseractError, RuntimeError):
        raise FormatError(*OCR_FAILED) from None
    return clean_text(layout_text(data))


def layout_text(data: dict) -> str:
    """Tesseract's words (``image_to_data`` as a dict of columns) as lines, with a blank line
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


def read_image(data: bytes, progress: Progress = None) -> Document:
    """The text of a PNG, JPEG or (multi-page) TIFF image, page by page, marked scanned;
    ``progress(done, total)`` after each page."""
    from PIL import Image, ImageSequence, UnidentifiedImageError
    check_engine()
    try:
        image = Image.open(io.BytesIO(data))
        frames = [frame.copy() for frame in ImageSequence.Iterator(image)]
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise FormatError(BROKEN[0], BROKEN[1], kind="image") from None
    texts = []
    for done, frame in enumerate(frames, 1):
        texts.append(ocr_image(frame))
        if progress:
            progress(done, len(frames))
    text = clean_text("\n\n".join(texts))
    if not text.strip():
        raise FormatError(*NO_TEXT)
    return Document(text=text, format="image", scanned=True, pages=len(frames))



