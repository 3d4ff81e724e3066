"""Plan documents in the formats they are published in → one cleaned text.

``read_document(data, filename)`` recognises the format from the bytes (the name's
extension only as a hint) and hands it to one reader per format: ``text`` (any encoding),
``docx`` (python-docx), ``pdf`` (PyMuPDF text layer, OCR for pages without one) and ``ocr``
(Tesseract, ``-l vie``, for images). Every reader returns the same ``Document``; every
failure is a ``FormatError`` with a one-line reason."""

from __future__ import annotations

from knowledge.parse.formats.common import FORMATS, Document, FormatError, Progress, sniff


def read_document(data: bytes, filename: str, *, progress: Progress = None) -> Document:
    """The text of a plan file.

    ``data`` is the whole file, ``filename`` its name (for the extension only).
    ``progress(done, total)`` is called after each page of a PDF or image (OCR takes
    seconds a page). Returns a ``Document`` (``text`` NFC and cleaned, ``format`` one of
    ``"txt"``, ``"docx"``, ``"pdf"``, ``"image"``, ``scanned``, ``pages``). Raises
    ``FormatError(code, msgid, **params)``: ``"empty"``, ``"unknown_format"``, ``"broken"``,
    ``"encrypted"``, ``"encoding"``, ``"no_text"``, ``"ocr_missing"`` (names the Debian
    packages ``tesseract-ocr tesseract-ocr-vie``)."""
    if not data or not data.strip():
        from knowledge.parse.formats.common import EMPTY
        raise FormatError(*EMPTY)
    kind = sniff(data, filename)
    if kind == "pdf":
        from knowledge.parse.formats.pdf import read_pdf
        return read_pdf(data, progress)
    if kind == "docx":
        from knowledge.parse.formats.docx import read_docx
        return read_docx(data)
    if kind == "image":
        from knowledge.parse.formats.ocr import read_image
        return read_image(data, progress)
    from knowledge.parse.formats.text import read_text
    return read_text(data)


__all__ = ["FORMATS", "Document", "FormatError", "read_document"]
