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
# languages saves; the one whose words read most as Vietnamese wins (``_score``).
_LEGACY = ("cp1258", "tcvn3", "vni", "cp1252", "latin-1")

# TCVN3 ("ABC", TCVN 5712 VN3): the 8-bit Vietnamese encoding of the .VnTime fonts, still in
# old government files; Python has no codec for it. Bytes 0xA1–0xFF that are letters in it;
# capitals with tones were written with the same bytes in a capital font (.VnTimeH).
_TCVN3_LETTERS = (
    "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ")
_TCVN3_BYTES = bytes([
    0xB5, 0xB8, 0xB6, 0xB7, 0xB9, 0xA8, 0xBB, 0xBE, 0xBC, 0xBD, 0xC6, 0xA9, 0xC7, 0xCA, 0xC8,
    0xC9, 0xCB, 0xAE, 0xCC, 0xD0, 0xCE, 0xCF, 0xD1, 0xAA, 0xD2, 0xD5, 0xD3, 0xD4, 0xD6, 0xD7,
    0xDD, 0xD8, 0xDC, 0xDE, 0xDF, 0xE3, 0xE1, 0xE2, 0xE4, 0xAB, 0xE5, 0xE8, 0xE6, 0xE7, 0xE9,
    0xAC, 0xEA, 0xED, 0xEB, 0xEC, 0xEE, 0xEF, 0xF3, 0xF1, 0xF2, 0xF4, 0xAD, 0xF5, 0xF8, 0xF6,
    0xF7, 0xF9, 0xFA, 0xFD, 0xFB, 0xFC, 0xFE, 0xA1, 0xA2, 0xA7, 0xA3, 0xA4, 0xA5, 0xA6,
])
_TCVN3_TABLE = {byte: letter for byte, letter in zip(_TCVN3_BYTES, _TCVN3_LETTERS)}


def decode_tcvn3(data: bytes) -> str:
    """``data`` read as TCVN3: its letters mapped, every other byte as Latin-1."""
    return "".join(_TCVN3_TABLE.get(byte) or chr(byte) for byte in data)


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


# VNI Windows (the VNI-Times fonts): a letter is its base letter followed by one Latin-1
# character for its marks — "Keá hoaïch" is "Kế hoạch" — and a few letters are one character.
_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_CIRCUMFLEX, _BREVE = "\u0302", "\u0306"
_VNI_MARKS = {
    "ù": _ACUTE, "ø": _GRAVE, "û": _HOOK, "õ": _TILDE, "ï": _DOT,
    "â": _CIRCUMFLEX, "á": _CIRCUMFLEX + _ACUTE, "à": _CIRCUMFLEX + _GRAVE, "å": _CIRCUMFLEX + _HOOK,
    "ã": _CIRCUMFLEX + _TILDE, "ä": _CIRCUMFLEX + _DOT,
    "ê": _BREVE, "é": _BREVE + _ACUTE, "è": _BREVE + _GRAVE, "ú": _BREVE + _HOOK,
    "ü": _BREVE + _TILDE, "ë": _BREVE + _DOT,
}
_VNI_SINGLE = {"ô": "ơ", "ö": "ư", "ñ": "đ", "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ"}
# One pass: a base letter with its mark character, or a one-character letter (a letter made
# from a pair, like "ò" from "oø", must not be read again as the one-character "ò" = "ị").
_VNI_RE = re.compile("([aeouyôö])([" + "".join(_VNI_MARKS) + "])|([" + "".join(_VNI_SINGLE) + "])",
                     re.IGNORECASE)


def decode_vni(text: str) -> str:
    """Text in VNI Windows (read as Windows-1252) as Unicode: each base letter with its
    mark character composed ("aï" → "ạ", "ôù" → "ớ"), and the one-character letters."""
    def letter(match: re.Match) -> str:
        if match.group(3):
            single = _VNI_SINGLE[match.group(3).lower()]
            return single.upper() if match.group(3).isupper() else single
        base, mark = match.group(1), match.group(2)
        upper = base.isupper()
        base = _VNI_SINGLE.get(base.lower(), base.lower())
        marks = _VNI_MARKS[mark.lower()]
        if marks[0] in (_CIRCUMFLEX, _BREVE) and (base not in "aeo" or (marks[0] == _BREVE and base != "a")):
            return letter_of(match.group(1)) + letter_of(mark)   # "ê" after "u" is no VNI mark
        composed = unicodedata.normalize("NFC", base + marks)
        return composed.upper() if upper else composed

    def letter_of(ch: str) -> str:
        single = _VNI_SINGLE.get(ch.lower())
        return (single.upper() if ch.isupper() else single) if single else ch

    return _VNI_RE.sub(letter, text)


_VIETNAMESE_LETTERS = set("abcdefghijklmnopqrstuvwxyzđ" + _TCVN3_LETTERS.lower()
                          + "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ".lower())
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_WORD_RE = re.compile(r"[^\W\d_]+")


def _score(text: str) -> float:
    """How Vietnamese a decoding reads: the share of its words spelled with Vietnamese
    letters and at most one tone, plus a little for letters only Vietnamese has (so that
    plain ASCII is not a tie-breaker); control characters count against."""
    text = unicodedata.normalize("NFC", text[:16384])
    words = _WORD_RE.findall(text)
    if not words:
        return -1.0
    good = 0
    for word in words:
        lower = word.lower()
        if all(ch in _VIETNAMESE_LETTERS for ch in lower) and \
                sum(1 for ch in unicodedata.normalize("NFD", lower) if ch in _TONES) <= 1:
            good += 1
    letters = sum(len(w) for w in words)
    return (good / len(words) + 0.2 * len(_VIETNAMESE_RE.findall(text)) / letters
            - len(_CONTROL_RE.findall(text)) / letters)


def _decode_legacy(data: bytes) -> str:
    candidates: dict[str, str] = {}
    for encoding in _LEGACY:
        try:
            if encoding == "tcvn3":
                candidates[encoding] = decode_tcvn3(data)
            elif encoding == "vni":
                candidates[encoding] = decode_vni(data.decode("cp1252", errors="replace"))
            else:
                candidates[encoding] = data.decode(encoding)
        except UnicodeDecodeError:
            continue
    try:
        from charset_normalizer import from_bytes
        best = from_bytes(data[:16384]).best()
        if best is not None and best.encoding not in candidates:
            candidates[best.encoding] = data.decode(best.encoding, errors="strict")
    except (ImportError, LookupError, UnicodeDecodeError):
        pass
    if not candidates:
        raise FormatError(*ENCODING)
    return max(candidates.values(), key=_score)


_TCVN3_ONLY = set(chr(b) for b in _TCVN3_BYTES) - _VIETNAMESE_LETTERS - {ch.upper() for ch in _VIETNAMESE_LETTERS}
# Characters VNI writes after a base letter that Vietnamese itself never has there.
_VNI_ONLY = set("ùøûõïåäêéèúüëæñîöÙØÛÕÏÅÄÊÉÈÚÜËÆÑÎÖ")


def repair_legacy_font(text: str) -> str:
    """Text typed in a TCVN3 font (.VnTime) or a VNI font (VNI-Times) inside a Word or PDF
    file comes out as Latin-1 look-alikes ("KÕ ho¹ch", "Keá hoaïch"); such text is mapped
    back ("Kế hoạch") when that reads as more Vietnamese. Other text is returned as it is."""
    sample = text[:16384]
    odd = sum(1 for ch in sample if ch in _TCVN3_ONLY or ch in _VNI_ONLY)
    if odd < 5 or odd < 0.01 * len(sample):
        return text
    # Unicode Vietnamese has letters past Latin-1 ("ạ", "ơ", "đ"); TCVN3 look-alikes have
    # none. A file mixing both is left alone: mapping would spoil its Unicode part.
    if sum(1 for ch in sample if ord(ch) > 255 and ch.lower() in _VIETNAMESE_LETTERS) >= 3:
        return text
    if any(ord(ch) > 255 and not ch.isspace() and ch not in "–—‘’“”…•"
           for ch in sample if ch not in _VIETNAMESE_LETTERS and ch.lower() not in _VIETNAMESE_LETTERS):
        pass  # mixed documents: judged by the score below, character by character mapping only < 256
    tcvn3 = "".join(_TCVN3_TABLE.get(ord(ch), ch) if ord(ch) < 256 else ch for ch in text)
    best = max((text, tcvn3, decode_vni(text)), key=_score)
    return best
