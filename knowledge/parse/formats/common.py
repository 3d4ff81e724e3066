"""What every format reader shares: the ``Document`` it returns, ``FormatError``, the text
clean-up applied to every format, and the recognition of a format from its bytes."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import PurePath
from typing import Callable, Optional

Progress = Optional[Callable[[int, int], None]]

FORMATS = ("txt", "docx", "pdf", "image")


@dataclass(frozen=True)
class Document:
    """A plan document read into text.

    ``text`` is NFC, with ``\\n`` line ends, no BOM and no control characters; paragraphs are
    separated by a blank line and table rows are ``"| cell | cell |"`` lines.
    ``format`` is one of ``FORMATS``; ``scanned`` is True when some text came from OCR;
    ``pages`` is the number of pages (PDF, multi-page TIFF), 1 for the other formats."""

    text: str
    format: str
    scanned: bool = False
    pages: int = 1


class FormatError(Exception):
    """A file that cannot be read as text. ``code`` is one of ``"empty"``,
    ``"unknown_format"``, ``"broken"``, ``"encrypted"``, ``"encoding"``, ``"no_text"``,
    ``"ocr_missing"``; ``msgid`` an English one-line reason (a catalog id whose
    ``{placeholders}`` are filled from ``params``); ``message`` the reason filled in."""

    def __init__(self, code: str, msgid: str, **params: object):
        self.code = code
        self.msgid = msgid
        self.params = params
        self.message = msgid.format(**params) if params else msgid
        super().__init__(self.message)


# (code, msgid) of every error, so callers can translate the msgid.
EMPTY = ("empty", "the file is empty.")
UNKNOWN = ("unknown_format", "unknown format: send a plan as text (.txt), Word (.docx), PDF or an image (PNG, JPEG, TIFF).")
OLD_WORD = ("unknown_format", "an old Word file (.doc): save it as .docx and send it again.")
BROKEN = ("broken", "the {kind} file is damaged and cannot be opened.")   # kind: PDF, DOCX
BROKEN_IMAGE = ("broken", "the image is damaged and cannot be opened.")
WRONG_EXTENSION = ("broken", "the file is named {extension} but its content is not of that format.")
ENCRYPTED = ("encrypted", "the PDF is protected by a password: send a copy without the password.")
ENCODING = ("encoding", "the text encoding cannot be recognised: save the file as UTF-8.")
NO_TEXT = ("no_text", "no text could be read from the file.")
OCR_MISSING = ("ocr_missing", "the OCR engine is not installed: install the Debian packages tesseract-ocr tesseract-ocr-vie.")
OCR_FAILED = ("broken", "the OCR engine could not read the image.")

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff\u00ad]")
_BLANK_RUN_RE = re.compile(r"\n{3,}")


def clean_text(text: str) -> str:
    """The text every reader returns: NFC (Windows-1258 and some PDFs write accents as
    combining marks), ``\\n`` line ends, no BOM, zero-width or control characters (a form
    feed becomes a blank line), no trailing spaces, at most one blank line in a row."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\v", "\n")
    text = _CONTROL_RE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _BLANK_RUN_RE.sub("\n\n", text).strip("\n") + "\n"


def sniff(data: bytes, filename: str) -> str:
    """The format of ``data`` (one of ``FORMATS``) from its first bytes, the name's
    extension only deciding between text and an unknown binary; ``FormatError`` for a
    format no reader handles (an old .doc, a zip that is not a Word document, …)."""
    head = data[:8]
    if head.startswith(b"%PDF") or data[:1024].lstrip().startswith(b"%PDF"):
        return "pdf"
    extension = PurePath(filename).suffix.lower()
    if head.startswith(b"PK\x03\x04"):
        if b"word/" in data[:65536] or extension == ".docx":
            return "docx"
        raise FormatError(*UNKNOWN)
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")):
        return "image"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise FormatError(*OLD_WORD)
    if extension in (".pdf", ".docx", ".png", ".jpg", ".jpeg", ".tif", ".tiff"):
        raise FormatError(*WRONG_EXTENSION, extension=extension)
    return "txt"
