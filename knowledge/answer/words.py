"""The words of a reply: the port through which the answer engine translates its messages and
formats numbers, so ``knowledge/`` needs nothing of the application above it.

The engine writes every message as its English text (``_("Lead: {agencies}", …)``); the
application installs its message catalogs with ``install(gettext)`` at import
(``bot.i18n`` does), and replies come out in the reader's language. Without an installed
catalog the English text is used. Numbers are formatted here with babel for the locale:
``format_percent(98.5, "vi") == "98,5%"``.
"""

from __future__ import annotations

from typing import Callable

from babel import numbers as babel_numbers

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"

Gettext = Callable[..., str]   # gettext(lang, msgid, **params) -> str


def _english(lang: str, msgid: str, **params: object) -> str:
    return msgid.format(**params) if params else msgid


_gettext: Gettext = _english


def install(gettext: Gettext) -> None:
    """Use ``gettext(lang, msgid, **params)`` (the application's catalogs) for every reply."""
    global _gettext
    _gettext = gettext


def normalize_lang(code: str | None, default: str = DEFAULT_LANGUAGE) -> str:
    """``"en-US"`` → ``"en"``; anything unknown → the default (Vietnamese)."""
    if not code:
        return default
    base = code.strip().lower().replace("_", "-").split("-")[0]
    return base if base in LANGUAGES else default


def translator(lang: str | None) -> Callable[..., str]:
    """A ``_`` bound to one language: ``_ = translator("vi"); _("Lead: {agencies}", agencies=…)``."""
    code = normalize_lang(lang)

    def _(msgid: str, **params: object) -> str:
        return _gettext(code, msgid, **params)

    return _


def _decimals(max_decimals: int, min_decimals: int) -> str:
    """The decimal part of a babel pattern: at least ``min_decimals`` digits, at most ``max_decimals``."""
    top = max(max_decimals, min_decimals)
    return "." + "0" * min_decimals + "#" * (top - min_decimals) if top else ""


def format_number(value: float | int, lang: str, max_decimals: int = 2, min_decimals: int = 0) -> str:
    """``1234.5`` → ``"1.234,5"`` (vi) or ``"1,234.5"`` (en); ``min_decimals=1`` keeps the
    zero a plan wrote ("8,0")."""
    pattern = "#,##0" + _decimals(max_decimals, min_decimals)
    return babel_numbers.format_decimal(value, format=pattern, locale=normalize_lang(lang))


def format_percent(value: float | int, lang: str, max_decimals: int = 2, min_decimals: int = 0) -> str:
    """A value in percent units: ``98.5`` → ``"98,5%"`` (vi) or ``"98.5%"`` (en)."""
    pattern = "#,##0" + _decimals(max_decimals, min_decimals) + "%"
    return babel_numbers.format_percent(value / 100, format=pattern, locale=normalize_lang(lang))


def format_count(n: int, lang: str) -> str:
    """How many, as official writing states a small count: two digits in Vietnamese ("06 chỉ
    tiêu", as plans and decisions write "chia thành 05 nhóm"); in English its digits ("6
    indicators", a reader's figure to compare); a larger count as ``format_number``."""
    code = normalize_lang(lang)
    if 0 <= n < 10 and code == "vi":
        return f"{n:02d}"
    return format_number(n, code, 0)

