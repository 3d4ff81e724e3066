"""Message catalogs and locale-aware formatting (Vietnamese by default, English second).

Every user-facing string is written in the code as its English text and marked with ``_()``
(or ``N_()`` where it is translated later); the Vietnamese text lives in the gettext
catalogs ``bot/locale/vi/*.po``. Several ``.po`` files per language are merged, so each
feature keeps its own catalog (``answers.po``, ``report.po`` …). English falls back to the
message id itself, with ``bot/locale/en/*.po`` for any English wording that differs.

Numbers, percentages and dates are formatted with babel for the reader's locale:
``format_percent(98.5, "vi") == "98,5%"`` and ``format_percent(98.5, "en") == "98.5%"``.

It installs its catalogs into the answer engine (``knowledge.answer.words.install``), which
writes its messages as English text and imports nothing of ``bot/``.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path
from typing import Callable

from babel import numbers as babel_numbers
from babel.dates import format_date as babel_format_date
from babel.dates import format_datetime as babel_format_datetime
from babel.messages.pofile import read_po

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
LOCALE_DIR = Path(__file__).with_name("locale")

Translator = Callable[..., str]


def normalize_lang(code: str | None, default: str = DEFAULT_LANGUAGE) -> str:
    """Map a language code such as ``"en-US"`` or ``"VI"`` onto one of LANGUAGES."""
    if not code:
        return default
    base = code.strip().lower().replace("_", "-").split("-")[0]
    return base if base in LANGUAGES else default


@lru_cache(maxsize=None)
def _catalog(lang: str) -> dict[str, str | tuple[str, ...]]:
    """All translations of one language, merged from every ``.po`` file of that language."""
    messages: dict[str, str | tuple[str, ...]] = {}
    folder = LOCALE_DIR / lang
    for po_path in sorted(folder.glob("*.po")):
        with po_path.open("rb") as handle:
            catalog = read_po(handle, locale=lang)
        for message in catalog:
            if not message.id or message.fuzzy:
                continue
            key = message.id[0] if isinstance(message.id, (tuple, list)) else message.id
            if isinstance(message.string, (tuple, list)):
                if all(message.string):
                    messages[key] = tuple(message.string)
            elif message.string:
                messages[key] = message.string
    return messages


def reload_catalogs() -> None:
    """Forget the cached catalogs (for tests that write ``.po`` files)."""
    _catalog.cache_clear()


def catalog_ids(lang: str) -> set[str]:
    """The message ids that have a translation in ``lang``."""
    return set(_catalog(normalize_lang(lang)))


def gettext(lang: str, msgid: str, **params: object) -> str:
    """Translate ``msgid`` into ``lang`` and fill its ``{placeholders}`` from ``params``."""
    text = _catalog(normalize_lang(lang)).get(msgid, msgid)
    if isinstance(text, tuple):
        text = text[0]
    return text.format(**params) if params else text


def ngettext(lang: str, singular: str, plural: str, n: int, **params: object) -> str:
    """Translate a message that depends on a count ``n`` (available as ``{n}``)."""
    lang = normalize_lang(lang)
    found = _catalog(lang).get(singular)
    if isinstance(found, tuple):
        # Vietnamese has one plural form; English two.
        text = found[0] if len(found) == 1 or n == 1 else found[1]
    elif isinstance(found, str):
        text = found
    else:
        text = singular if n == 1 else plural
    return text.format(n=n, **params)


def translator(lang: str | None) -> Translator:
    """A ``_`` function bound to one language: ``_ = translator("vi"); _("Save")``."""
    code = normalize_lang(lang)

    def _(msgid: str, **params: object) -> str:
        return gettext(code, msgid, **params)

    return _


def N_(msgid: str) -> str:
    """Mark a message for extraction without translating it yet."""
    return msgid


def _locale(lang: str) -> str:
    return normalize_lang(lang)


def format_number(value: float | int, lang: str, max_decimals: int = 2) -> str:
    """``1234.5`` → ``"1.234,5"`` (vi) or ``"1,234.5"`` (en); integers without decimals."""
    pattern = "#,##0" + ("." + "#" * max_decimals if max_decimals else "")
    return babel_numbers.format_decimal(value, format=pattern, locale=_locale(lang))


def format_percent(value: float | int, lang: str, max_decimals: int = 2) -> str:
    """A value given in percent units: ``98.5`` → ``"98,5%"`` (vi) or ``"98.5%"`` (en)."""
    pattern = "#,##0" + ("." + "#" * max_decimals if max_decimals else "") + "%"
    return babel_numbers.format_percent(value / 100, format=pattern, locale=_locale(lang))


def format_date(value: dt.date, lang: str, style: str = "medium") -> str:
    """A date in the reader's locale; ``style`` is babel's short/medium/long/full."""
    if normalize_lang(lang) == "vi" and style in ("short", "medium"):
        # Vietnamese officers write dates as dd/mm/yyyy.
        return babel_format_date(value, format="dd/MM/yyyy", locale="vi")
    return babel_format_date(value, format=style, locale=_locale(lang))


def format_day_month(value: dt.date, lang: str) -> str:
    """A day and month without the year, e.g. a yearly deadline: ``15/12`` or ``Dec 15``."""
    if normalize_lang(lang) == "vi":
        return babel_format_date(value, format="dd/MM", locale="vi")
    return babel_format_date(value, format="MMM d", locale="en")


def format_datetime(value: dt.datetime, lang: str) -> str:
    """A date and time in the reader's locale."""
    if normalize_lang(lang) == "vi":
        return babel_format_datetime(value, format="HH:mm dd/MM/yyyy", locale="vi")
    return babel_format_datetime(value, format="medium", locale="en")


def _install_in_answer_engine() -> None:
    from knowledge.answer import words

    words.install(gettext)


_install_in_answer_engine()
