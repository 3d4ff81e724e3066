"""PDF: the text layer of each page; a page without a usable one is OCR'd.

PyMuPDF reads it when installed (fast, and renders a scanned page at 300 dpi); without it
(PyMuPDF is AGPL: a deployment may leave it out) pypdf reads the text in layout mode and
OCRs the image a scanned page holds."""

from __future__ import annotations

import os
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait

from knowledge.parse.formats.common import (
    BROKEN, ENCRYPTED, NO_TEXT, Document, FormatError, Progress, clean_text,
)
from knowledge.parse.formats.text import repair_legacy_font

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
                        text = page_text(page)
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
    text = clean_text(repair_legacy_font("\n\n".join(texts)))
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


def page_text(page) -> str:
    """The text layer of one page, block by block from the top (left to right on one
    line), a blank line between blocks: PyMuPDF's blocks are the paragraphs as laid out.
    (``get_text(sort=True)`` does the same but is ~20 times slower.)"""
    blocks = [b for b in page.get_text("blocks") if b[6] == 0 and b[4].strip()]
    blocks.sort(key=lambda b: (round(b[1] / 3), b[0]))
    return "\n\n".join(b[4].strip("\n") for b in blocks)


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
