"""PDF: the text layer of each page (PyMuPDF); a page without one is rendered and OCR'd."""

from __future__ import annotations

from knowledge.parse.formats.common import (
    BROKEN, ENCRYPTED, NO_TEXT, Document, FormatError, Progress, clean_text,
)

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
    ``progress(done, total)`` after each page. ``FormatError`` ``"broken"``, ``"encrypted"``,
    ``"no_text"``, or ``"ocr_missing"`` when a scanned page meets no OCR engine."""
    pymupdf = _pymupdf()
    try:
        pdf = pymupdf.open(stream=data, filetype="pdf")
    except Exception:  # PyMuPDF raises its own FileDataError / RuntimeError
        raise FormatError(BROKEN[0], BROKEN[1], kind="PDF") from None
    with pdf:
        if pdf.needs_pass:
            raise FormatError(*ENCRYPTED)
        total = pdf.page_count
        texts: list[str] = []
        scanned = False
        for index in range(total):
            try:
                page = pdf.load_page(index)
                text = page.get_text("text", sort=True)
            except Exception:
                raise FormatError(BROKEN[0], BROKEN[1], kind="PDF") from None
            if sum(ch.isalpha() for ch in text) < MIN_LETTERS and page.get_images():
                text = _ocr_page(page)
                scanned = True
            texts.append(text)
            if progress:
                progress(index + 1, total)
    text = clean_text("\n\n".join(texts))
    if not text.strip():
        raise FormatError(*NO_TEXT)
    return Document(text=text, format="pdf", scanned=scanned, pages=total)


def _ocr_page(page) -> str:
    from PIL import Image

    from knowledge.parse.formats.ocr import ocr_image
    pixmap = page.get_pixmap(dpi=OCR_DPI, colorspace=_pymupdf().csGRAY)
    image = Image.frombytes("L", (pixmap.width, pixmap.height), pixmap.samples)
    return ocr_image(image)
