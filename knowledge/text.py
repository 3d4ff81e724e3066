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
