"""Vietnamese text normalisation for matching: accents folded, case and spacing evened.

Officers type without diacritics ("chi tieu 14 ha noi"), and one plan is OCR text that lost
them; matching therefore always compares folded forms, while answers keep the original.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# "(đơn vị tính: %)", "(ĐVT: người)": the words that label a unit declared in words
UNIT_LABEL_WORDS = r"(?:đơn vị tính|đơn vị|đvt)"

_WORD_RE = re.compile(r"[0-9a-z]+")
_SPACE_RE = re.compile(r"\s+")
# Letters that Unicode decomposition does not reduce to a base letter.
_SPECIAL = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ø": "o", "Ø": "O"})


# circled numbers "①"…"⑳", "㉑"…"㊿", "⓵"…"⓾", "❶"…"❿": their values
_CIRCLED = {**{0x2460 + i: str(i + 1) for i in range(20)}, **{0x3251 + i: str(i + 21) for i in range(15)},
            **{0x32B1 + i: str(i + 36) for i in range(15)}, **{0x24F5 + i: str(i + 1) for i in range(10)},
            **{0x2776 + i: str(i + 1) for i in range(10)}, **{0x24EB + i: str(i + 11) for i in range(10)}}


def circled_value(char: str) -> int | None:
    """``"⑦"`` → 7; None for any other character."""
    value = _CIRCLED.get(ord(char)) if len(char) == 1 else None
    return int(value) if value else None


class _FoldTable(dict):
    """Character → its folded form, computed once per distinct character (``str.translate``
    then folds a whole text in C: building the answer index folds every word of every plan)."""

    def __missing__(self, code: int) -> str:
        if code in _CIRCLED:        # "①", "⑳": a target's number, as a plan may write it
            self[code] = f" {_CIRCLED[code]} "
            return self[code]
        char = chr(code).translate(_SPECIAL)
        folded = "".join(c for c in unicodedata.normalize("NFD", char) if unicodedata.category(c) != "Mn")
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Lower-case ``text`` and strip its diacritics: ``"Sở Tư pháp"`` → ``"so tu phap"``."""
    if text.isascii():
        return text.lower()
    folded = text.translate(_FOLD)
    if folded.isascii():   # NFC changes no ASCII text
        return folded.lower()
    return unicodedata.normalize("NFC", folded).lower()


def normalize(text: str) -> str:
    """Folded text with punctuation turned into single spaces, for fuzzy comparison."""
    if len(text) > 2000:
        return " ".join(words(text))
    return _normalized(text)


@functools.lru_cache(maxsize=4096)   # bounded; a reply's lines and the plans' short texts recur
def _normalized(text: str) -> str:
    return " ".join(words(text))


def words(text: str) -> list[str]:
    """The folded words of ``text``: ``"Chỉ tiêu 14!"`` → ``["chi", "tieu", "14"]``."""
    return _WORD_RE.findall(fold(text))


def squash_spaces(text: str) -> str:
    """Collapse runs of white space (including line breaks) into one space."""
    return _SPACE_RE.sub(" ", text).strip()


def nfc(text: str) -> str:
    """Unicode NFC form: the documents mix composed and decomposed accents."""
    return unicodedata.normalize("NFC", text)


# --- additions for ingest (knowledge/ingest.py and its parsers) -----------------------------

# Characters an OCR engine puts in place of Vietnamese letters once accents are folded:
# "S6 Tw phap" (Sở Tư pháp), "Pang" (Đảng), "x3 hoi" (xã hội), "S& Ké hoach" (Sở Kế hoạch).
# Applied to BOTH sides of a comparison, so it only has to make confusable letters equal.
_OCR_CONFUSIONS = str.maketrans({
    "0": "o", "6": "o", "&": "o", "§": "o", "3": "a", "4": "a", "5": "s", "$": "s",
    "¢": "e", "w": "u", "p": "d", "1": "l", "|": "l",
})
_NON_WORD_RE = re.compile(r"[^0-9a-z]+")


def ocr_key(text: str) -> str:
    """A folded form in which common OCR confusions compare equal, for fuzzy matching only:
    ``ocr_key("S6 Tw phap") == ocr_key("Sở Tư pháp")``."""
    folded = fold(text).translate(_OCR_CONFUSIONS)
    return " ".join(w for w in _NON_WORD_RE.split(folded) if w)


def scan_repaired(folded: str) -> str:
    """Folded text with the scan misreadings of label words mended, length kept (positions
    still cut the original): a scan's "Đường dây nóng" OCR'd "Puong day néng" → "duong day neng".
    ``folded`` is ``fold`` or ``fold_keeping_length`` output."""
    return folded.replace("puong", "duong")


def compact(text: str) -> str:
    """Folded letters and digits only, no spaces: ``"TỔ CHỨC THU'C HIỆN"`` → ``"tochucthuchien"``."""
    return _NON_WORD_RE.sub("", fold(text))


def slugify(text: str) -> str:
    """A URL-safe slug of the folded words: ``"Sở Tư pháp"`` → ``"so-tu-phap"``."""
    return "-".join(words(text))


_FOLD_TABLE: dict[int, str] = {}


def fold_keeping_length(text: str) -> str:
    """``fold`` applied character by character, so positions in the result match ``text``
    (lets a regular expression run on folded text and cut the original)."""
    for ch in set(text):
        if ord(ch) not in _FOLD_TABLE:
            _FOLD_TABLE[ord(ch)] = fold(ch)[:1] or ch
    return text.translate(_FOLD_TABLE)


# --- one cleaning for every text that comes in (messages, CSV files, plan files) --------------

# Letters that look like Đ/đ but are other code points: Ɖ (African D), ɖ, Ð (Icelandic eth), ð.
_LOOKALIKES = {0x0189: "Đ", 0x0256: "đ", 0x00D0: "Đ", 0x00F0: "đ"}
# Hyphens and dashes typed or pasted for "-": ‐ ‑ ‒ – — ― and the minus sign.
_DASHES = {cp: "-" for cp in (*range(0x2010, 0x2016), 0x2212, 0xFE58, 0xFE63, 0xFF0D)}


@functools.lru_cache(maxsize=4096)  # bounded: a flood of distinct characters cannot grow it
def _cleaned_char(ch: str) -> str:
    """What ``clean_text`` turns the character ``ch`` into (``""``: dropped)."""
    cp = ord(ch)
    if cp in _LOOKALIKES:
        return _LOOKALIKES[cp]
    if cp in _DASHES:
        return _DASHES[cp]
    category = unicodedata.category(ch)
    if category == "Cf":     # zero-width space/joiners, word joiner, soft hyphen, BOM, bidi marks
        return ""
    if category == "Zs":     # no-break, thin, ideographic… spaces
        return " "
    if category in ("Zl", "Zp"):  # line and paragraph separators
        return "\n"
    return ch


def clean_text(text: str | None) -> str:
    """Text as the bot reads it, whatever a phone keyboard, a PDF or Excel put in it:
    invisible format characters (Unicode category Cf: U+200B, U+200D, U+2060, U+00AD,
    U+FEFF, U+200E/F, U+202A–U+202E, U+2066–U+2069 …) dropped; every kind of space
    (U+00A0, U+2009, U+3000 …) a plain space; hyphens, dashes and the minus sign
    (U+2010–U+2015, U+2212 …) ``"-"``; the look-alikes Ɖ ɖ Ð ð the Vietnamese Đ đ; then NFC.

    Pure, never raises; ``None`` gives ``""``. Line breaks, tabs and the number of spaces
    are kept (callers squash spaces where they need to): ``clean_text("1\\u200b2")`` →
    ``"12"``, ``clean_text("Ɖiện Biên")`` → ``"Điện Biên"``.
    """
    if not text:
        return ""
    if text.isascii():
        return text
    table = {ord(ch): changed for ch in set(text) if (changed := _cleaned_char(ch)) != ch}
    return unicodedata.normalize("NFC", text.translate(table) if table else text)


def label_key(label: str) -> str:
    """A target's label or code compared as typed or as written: accents folded, lower case,
    spaces squashed, no zero after a hyphen ("SK-03", "sk-3" → "sk-3"; "KHAI SINH", "khai sinh"
    → "khai sinh"; "GĐ1-02" → "gd1-2")."""
    return re.sub(r"-0+(?=\d)", "-", " ".join(fold(label).lower().split()))


def written_label_key(label: str) -> str:
    """``label_key`` with "đ" kept apart from "d": two codes a plan writes ("ĐT-1" of Tỉnh đoàn,
    "DT-1" of Sở Dân tộc), or the one typed as written ("LD-1", not "LĐ-1")."""
    return label_key(label.lower().replace("đ", "\x00")).replace("\x00", "đ")
