"""Vietnamese text normalisation for matching: accents folded, case and spacing evened.

Officers type without diacritics ("chi tieu 14 ha noi"), and one plan is OCR text that lost
them; matching therefore always compares folded forms, while answers keep the original.
"""

from __future__ import annotations

import re
import unicodedata

_WORD_RE = re.compile(r"[0-9a-z]+")
_SPACE_RE = re.compile(r"\s+")
# Letters that Unicode decomposition does not reduce to a base letter.
_SPECIAL = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ø": "o", "Ø": "O"})


def fold(text: str) -> str:
    """Lower-case ``text`` and strip its diacritics: ``"Sở Tư pháp"`` → ``"so tu phap"``."""
    text = unicodedata.normalize("NFD", text.translate(_SPECIAL))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", text).lower()


def normalize(text: str) -> str:
    """Folded text with punctuation turned into single spaces, for fuzzy comparison."""
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
