"""Plain text in any encoding an office in Việt Nam saves: UTF-8, UTF-16/32 with a BOM
(Notepad's "Unicode"), UTF-16 without one, Windows-1258 and other legacy code pages."""

from __future__ import annotations

import codecs
import re
import unicodedata

from knowledge.parse.formats.common import EMPTY, ENCODING, UNKNOWN, Document, FormatError, clean_text

_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Letters only Vietnamese writes (after NFC): how a right guess of a legacy code page shows.
_VIETNAMESE_RE = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Code pages tried for text that is not UTF: Vietnamese first, then what Windows in other
# languages saves; the one that gives most Vietnamese letters wins.
_LEGACY = ("cp1258", "cp1252", "latin-1")


def read_text(data: bytes) -> Document:
    """``data`` decoded and cleaned; ``FormatError`` ``"empty"``, ``"encoding"`` (no encoding
    gives clean text) or ``"unknown_format"`` (binary data)."""
    text = decode(data)
    if _CONTROL_RE.search(text[:4096]) and len(_CONTROL_RE.findall(text[:4096])) > 4:
        raise FormatError(*UNKNOWN)
    text = clean_text(text)
    if not text.strip():
        raise FormatError(*EMPTY)
    return Document(text=text, format="txt")


def decode(data: bytes) -> str:
    """The text of ``data``: by its BOM, else UTF-8, else UTF-16 without BOM (every other
    byte zero), else the legacy code page that reads as the most Vietnamese."""
    if not data.strip():
        raise FormatError(*EMPTY)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError:
                raise FormatError(*ENCODING) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    sample = data[:4096]
    if len(sample) >= 4 and sample.count(0) >= len(sample) // 4:
        if sample[1::2].count(0) > sample[0::2].count(0):
            order = ("utf-16-le", "utf-16-be")
        else:
            order = ("utf-16-be", "utf-16-le")
        for encoding in order:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _plausible(text):
                return text
        raise FormatError(*UNKNOWN)
    return _decode_legacy(data)


def _plausible(text: str) -> bool:
    """Whether text decoded as UTF-16 reads as a Latin-script document (a binary file
    decoded as UTF-16 gives mostly CJK and other far code points)."""
    sample = text[:2000]
    near = sum(1 for ch in sample if ord(ch) < 0x2200 or 0x1E00 <= ord(ch) <= 0x1EFF)
    return near >= 0.9 * len(sample)


def _score(text: str) -> float:
    text = unicodedata.normalize("NFC", text)
    letters = sum(ch.isalpha() for ch in text) or 1
    return (len(_VIETNAMESE_RE.findall(text)) - 5 * len(_CONTROL_RE.findall(text))) / letters


def _decode_legacy(data: bytes) -> str:
    candidates: dict[str, str] = {}
    for encoding in _LEGACY:
        try:
            candidates[encoding] = data.decode(encoding)
        except UnicodeDecodeError:
            continue
    try:
        from charset_normalizer import from_bytes
        best = from_bytes(data[:65536]).best()
        if best is not None and best.encoding not in candidates:
            candidates[best.encoding] = data.decode(best.encoding, errors="strict")
    except (ImportError, LookupError, UnicodeDecodeError):
        pass
    if not candidates:
        raise FormatError(*ENCODING)
    return max(candidates.values(), key=_score)
