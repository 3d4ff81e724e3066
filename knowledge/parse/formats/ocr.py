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
    """The text Tesseract reads on one PIL image (any mode), cleaned; may be empty."""
    import pytesseract
    check_engine()
    if image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    try:
        return clean_text(pytesseract.image_to_string(image, lang=LANGUAGE, config=_CONFIG))
    except pytesseract.TesseractNotFoundError:
        raise FormatError(*OCR_MISSING) from None
    except (pytesseract.TesseractError, RuntimeError):
        raise FormatError(*OCR_FAILED) from None


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



