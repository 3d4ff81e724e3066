"""Rendering of answers: plan labels, targets, dates and citations, as Telegram-safe HTML.

Text taken from the documents is always passed through ``esc`` (html.escape); numbers and
dates are formatted for the reader's language with ``bot.i18n``.
"""

from __future__ import annotations

import datetime as dt
import html
from functools import lru_cache

from babel.dates import format_date as babel_format_date
import re

from knowledge.parse.verify import is_elimination
from knowledge.answer.words import format_number, format_percent, translator
from knowledge.parse.agencies import expand_abbreviations
from knowledge import model, vocab
from knowledge.text import fold, fold_keeping_length

MAX_CHARS = 3500


def esc(text: str | None) -> str:
    return html.escape(text or "", quote=False)


def clip(text: str, limit: int = 320) -> str:
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + "…"


def phone_line(contact, _) -> str:
    """``"☎️ <b>0290.3836.111</b> (gọi 02903836111)"``: a number as the plan writes it, bold,
    and its digits alone when the plan groups them with dots or spaces, which a phone
    offers to call ("0290.3836.111" is not dialled from a chat; "02903836111" is)."""
    line = f"☎️ <b>{esc(contact.display)}</b>"
    if contact.number != contact.display and contact.number.isdigit():
        line += " (" + _("dial {number}").format(number=esc(contact.number)) + ")"
    return line


def plan_label(plan) -> str:
    """"Hà Nội · Kế hoạch 138/KH-UBND" — locality and the document's own number or title."""
    if plan.number:
        kind = (plan.kind or "").strip()
        doc = f"{kind[:1].upper()}{kind[1:]} {plan.number}".strip()
    else:
        doc = clip(plan.title, 70)
    if plan.locality and plan.locality.lower() not in doc.lower():
        return f"{plan.locality} · {doc}"
    return doc


def plan_period(plan) -> str:
    return plan.period or ""


def fmt_value(value: float, unit: str, lang: str, counted: str | None = None, written_decimals: int = 0) -> str:
    """A plan's figure in the reader's locale, every decimal it was written with kept
    ("0,035%" is never "0,04%"; "8,0" stays so with ``written_decimals=1``):
    "98,5%", "16/1.000 trẻ đẻ sống", "5 điểm"."""
    if unit == model.PERCENT:
        return format_percent(value, lang, max_decimals=_PLAN_DECIMALS, min_decimals=written_decimals)
    number = format_number(value, lang, max_decimals=_PLAN_DECIMALS, min_decimals=written_decimals)
    _ = translator(lang)
    if unit == model.PER_1000_LIVE_BIRTHS:
        return _("{value}/1,000 live births", value=number).replace("1,000", format_number(1000, lang))
    if unit == model.PER_1000:
        return f"{number}‰"
    if unit == model.PER_100000_CHILDREN:
        return _("{value}/100,000 children", value=number).replace("100,000", format_number(100000, lang))
    if counted:
        # "8/13" (a share of a whole) stays one figure; "5 điểm" keeps its space
        return f"{number}{esc(counted)}" if counted.startswith("/") else f"{number} {esc(counted)}"
    return number


_PLAN_DECIMALS = 4    # plans write rates to three decimals at most ("0,035%")


# The genre's comparator words, longest first, with their English reading: the reply keeps
# the plan's own word ("đạt 99%" is not "ít nhất 99%"; "không vượt quá" is a ceiling).
COMPARATOR_WORDS = (
    ("khong vuot qua", "no more than"), ("khong qua", "no more than"), ("khong che duoi", "kept under"),
    ("khong che o muc", "kept at"), ("khong che", "kept at"), ("giam xuong duoi", "down to under"),
    ("giam xuong con", "down to"), ("xuong duoi", "down to under"), ("giam con", "down to"),
    ("xuong con", "down to"), ("giam", "down by"), ("phan dau dat", "aim to reach"), ("phan dau", "aim for"),
    ("dat tren", "above"), ("it nhat", "at least"), ("toi thieu", "at least"), ("tren", "above"),
    ("duoi", "under"), ("dat", "reach"), ("duy tri", "maintain"),
)


def written_decimals(t) -> int:
    """How many decimals the plan wrote ``t``'s figure with when it closed them with zeros
    ("8,0", "55,0%": 1; "18,40‰": 2), read from its clause; else 0 (the value's own decimals
    suffice)."""
    if t.value is None or not t.text:
        return 0
    shortest = f"{float(t.value):.3f}".rstrip("0").rstrip(".")
    whole, _, decimals = shortest.partition(".")
    # (a decimal comma, as plans write them: "100.000" is a hundred thousand, no decimals)
    m = re.search(rf"(?<![\d.,]){whole},{decimals}(0{{1,2}})(?![\d]|[.,]\d)", t.text)
    return len(decimals) + len(m.group(1)) if m else 0


def _written_with_zero(t) -> bool:
    """Whether the plan wrote ``t``'s count under ten with a leading zero, as official writing
    does ("Ít nhất có 04 phường", "05 điểm vui chơi"): read from its clause."""
    if t.unit != model.COUNT or t.value is None or not float(t.value).is_integer() or not 0 <= t.value < 10 \
            or not t.text:
        return False
    return bool(re.search(rf"(?<![\d.,/])0{int(t.value)}(?![\d]|[.,]\d)", t.text))


def _number_forms(value: float) -> list[str]:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return [text.replace(".", ","), text]


def comparator_words(t, lang: str) -> str | None:
    """The comparator as the plan wrote it right before the value in the target's clause
    (``Target.comparator_text`` when ingest kept it), or its English reading; None when the
    clause gives no such word."""
    own = getattr(t, "comparator_text", None)
    clause = own or t.text or ""
    folded = fold_keeping_length(clause).lower()
    at = -1
    if not own:
        for form in _number_forms(t.value):
            m = re.search(r"(?<![\d,.])" + re.escape(form) + r"(?![\d])", folded)
            if m:
                at = m.start()
                break
        if at < 0:
            return None
    if own:
        # the plan's own words as ingest kept them ("Phấn đấu", "không vượt quá", "≥")
        if lang == "vi":
            return own
        for phrase, english in COMPARATOR_WORDS:
            if re.search(r"\b" + phrase + r"\b", folded):
                return english
        return own if not any(c.isalpha() for c in own) else None
    offset = max(0, at - 28)
    window = folded if own else folded[offset:at]
    for phrase, english in COMPARATOR_WORDS:
        for m in re.finditer(r"\b" + phrase + r"\b", window):
            # only the word right before the value: "trên 1.000 trẻ đẻ sống dưới 9,5" is "dưới"
            if own or not window[m.end():].strip(" :"):
                if phrase == "dat" and t.comparator == model.EXACTLY:
                    return None     # a level to come down to ("13,4 ▸ 12"): no "reach 12"
                if lang != "vi":
                    return english
                return clause[offset + m.start():offset + m.end()]
    return None


def fmt_target(t, lang: str) -> str:
    """"dưới 1,5/1.000 trẻ đẻ sống" — the plan's own comparator word and the value in the
    reader's locale."""
    _ = translator(lang)
    if is_elimination(t):
        # "phấn đấu không còn tình trạng tảo hôn": the plan's words; its 0 is the model's
        s = esc(t.comparator_text) if (lang or "vi").startswith("vi") else _("none left")
        return s + (f" ({esc(t.qualifier)})" if t.qualifier else "")
    value = fmt_value(t.value, t.unit, lang, t.counted, written_decimals(t))
    if lang == "vi" and _written_with_zero(t):
        value = "0" + value     # "04 phường", "05 điểm": a small count as the plan writes it
    words = comparator_words(t, lang) if t.comparator != model.RANGE else None
    if words and t.comparator == model.REDUCE_BY_PER_YEAR:
        # "Giảm bình quân 3%/năm": the plan's words, and that it is each year's
        s = f"{esc(words)} " + _("{value} a year", value=value)
    elif words:
        s = f"{esc(words)} {value}"
    elif t.comparator in (model.AT_LEAST, model.UNDER):
        # the plan wrote no comparing word before this figure ("98% trẻ em dưới 5 tuổi …",
        # "giảm còn 5"): the figure alone — "ít nhất"/"dưới" would be words it never said
        s = value
    elif t.comparator == model.REDUCE_BY_PER_YEAR:
        s = _("down by {value} a year", value=value)
    elif t.comparator == model.RANGE and t.value_max is not None:
        s = _("from {low} to {high}", low=value, high=fmt_value(t.value_max, t.unit, lang, t.counted))
    else:
        s = value
    base = base_year(t)
    if base:
        # "giảm 20% so với năm 2020": a change is nothing without the year it is measured from
        s += " " + _("compared with {year}", year=base)
    else:
        period = base_period(t)
        if period:
            # "… ít nhất 30% so với giai đoạn 2021 - 2025": or the period it is measured against
            s += " " + _("compared with the period {period}", period=period)
    if t.qualifier:
        s += f" ({esc(t.qualifier)})"
    area = getattr(t, "area", None)
    if area and fold(area).lower() not in fold(t.qualifier or "").lower():
        s += f" ({esc(area)})"    # a breakdown's figure is that area's, never the province's
    return s


# (the target's own year may stand between: "giảm 10% vào năm 2030 so với năm 2024")
# (… and a change counted in points: "giảm 1,5 điểm phần trăm so với năm 2025")
# (… or bare: "giảm 20% năm 2028 so với năm 2024", round 168)
# (… or a multiple: "tăng gấp 1,5 lần so với năm 2025")
_BASE_YEAR_RE = re.compile(r"\s*(?:%|lan\b)?\s*(?:diem\s+(?:phan tram\s+)?)?(?:(?:vao|den|trong)\s+(?:nam\s+)?(?:19|20)\d\d\s*,?\s*|nam\s+(?:19|20)\d\d\s*,?\s*)?"
                           r"(?:so voi|compared (?:with|to))\s+(?:nam\s+|muc\s+(?:nam\s+)?)?((?:19|20)\d\d)\b")


_CHAINED_BASE_RE = re.compile(r"[^;.]*?\bva\s+(?:den\s+)?nam\s+(?:19|20)\d\d\s+giam\s+[\d.,]+\s*%?\s*so voi\s+(?:nam\s+)?((?:19|20)\d\d)")


# a change measured against a whole period ("… ít nhất 30% so với giai đoạn 2021 - 2025"), folded
_BASE_PERIOD_RE = re.compile(r"\s*%?\s*(?:(?:vao|den|trong)\s+(?:nam\s+)?(?:19|20)\d\d\s*,?\s*)?"
                             r"so voi\s+(?:ca\s+)?(?:giai doan|thoi ky|ky)\s+((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b")


def base_period(t) -> str | None:
    """The period a target's change is measured against, as its clause writes it right
    after the value ("giảm ít nhất 30% so với giai đoạn 2021 - 2025" → "2021-2025"); None
    when it names none."""
    folded = fold_keeping_length(t.text or "").lower()
    for form in _number_forms(t.value):
        for m in re.finditer(r"(?<![\d,.])" + re.escape(form) + r"(?![\d])", folded):
            after = _BASE_PERIOD_RE.match(folded, m.end())
            if after:
                return f"{after.group(1)}-{after.group(2)}"
    return None


def base_year(t) -> int | None:
    """The year a target's change is measured from, as its clause writes it right after the
    value ("Giảm 20% so với năm 2020" → 2020); None when it names none."""
    folded = fold_keeping_length(t.text or "").lower()
    for form in _number_forms(t.value):
        for m in re.finditer(r"(?<![\d,.])" + re.escape(form) + r"(?![\d])", folded):
            after = _BASE_YEAR_RE.match(folded, m.end())
            if after:
                return int(after.group(1))
            # "năm 2025 giảm 12% và năm 2030 giảm 25% so với năm 2020": one base closes the
            # clause's chain of changes
            later = _CHAINED_BASE_RE.match(folded, m.end())
            if later and t.comparator_text and "giam" in fold_keeping_length(t.comparator_text.lower()):
                return int(later.group(1))
    return None


def fmt_year(t, lang: str) -> str:
    _ = translator(lang)
    if t.year is None:
        return ""
    if getattr(t, "achieved", False):
        # a result the plan reports (its baseline column), never to be read as a target
        return _("{year}, achieved", year=t.year)
    if t.maintained:
        return _("{year}, maintained", year=t.year)
    return str(t.year)


@lru_cache(maxsize=4096)   # babel's formatting is slow; the plans' dates are few
def plan_date(value: dt.date, lang: str, with_year: bool = True) -> str:
    """A date of a plan as official documents write it: ``15/7/2020``, ``05/12``,
    ``14/01/2026`` in Vietnamese — a day under 10 and the months 1 and 2 with a leading zero
    (Nghị định 30/2020/NĐ-CP on administrative documents, Phụ lục I; the plans write "01/6",
    "05/12") —, ``July 15, 2020`` / ``July 15`` in English (babel; months in full, as English
    readers write them: "Jul" is a reader's abbreviation, not a date they search for)."""
    if lang == "vi":
        month = "MM" if value.month <= 2 else "M"
        return babel_format_date(value, format=f"dd/{month}/yyyy" if with_year else f"dd/{month}", locale="vi")
    return babel_format_date(value, format="long" if with_year else "MMMM d", locale="en")


def iso_date(value: str | None, lang: str) -> str:
    """"2021-06-03" → "03/6/2021"; a month only ("2021-09") → "9/2021" / "Sep 2021"."""
    if not value:
        return ""
    try:
        return plan_date(dt.date.fromisoformat(value[:10]), lang)
    except ValueError:
        pass
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", value.strip())
    if m and 1 <= int(m.group(2)) <= 12:
        month = dt.date(int(m.group(1)), int(m.group(2)), 1)
        return babel_format_date(month, format="M/yyyy" if lang == "vi" else "MMMM yyyy", locale=lang)
    return esc(value)


def fmt_deadline_date(d, lang: str) -> str:
    _ = translator(lang)
    if d.day and d.month:
        if d.year:
            try:
                return plan_date(dt.date(d.year, d.month, d.day), lang)
            except ValueError:
                pass
        try:
            return plan_date(dt.date(2000, d.month, d.day), lang, with_year=False)
        except ValueError:
            return f"{d.day}/{d.month}"
    if d.within_days:
        return _("within {n} days", n=_as_written(d.within_days, d.text, "ngày"))
    if getattr(d, "within_hours", None):
        return _("within {n} hours", n=_as_written(d.within_hours, d.text, "giờ"))
    return ""


def _as_written(n: int, text: str, unit: str) -> str:
    """``n`` as ``text`` writes it before ``unit`` ("03" of "chậm nhất sau 03 ngày"), else its digits."""
    written = re.search(rf"(?<!\d)(0*{n})\s*{unit}", text or "")
    return written.group(1) if written else str(n)


def source_line(plan, section: str, lang: str) -> str:
    _ = translator(lang)
    line = _("Source: {plan}, {section}", plan=esc(plan_label(plan)), section=esc(section or "—"))
    if plan.ocr:
        line += " " + _("(a scan that lost its accents: quotes are the bot's reading, check them against the original)")
    return "<i>" + line + "</i>"


def agency_in_english(name: str) -> str:
    """An agency's name for a reader of English: "Sở Y tế" → "Sở Y tế (Department of Health)",
    as ``vocab.AGENCY_ENGLISH`` names its kind; the name alone when it names none. Escaped."""
    # "UBND các xã, phường", as a plan writes it, is the commune committees too
    folded = " ".join(re.sub(r"[^\w\s]", " ", fold(expand_abbreviations(name)).lower()).split())
    english = next((en for vi, en in vocab.AGENCY_ENGLISH if folded.startswith(vi)), None)
    return f"{esc(name)} ({esc(english)})" if english else esc(name)


def goal_citation(goal) -> str | None:
    """"Điều 5" for a goal a legal act makes of its article of targets (its section the article,
    ``parse.clauses``), "Biểu số 02/TE-CB" for a reporting form whose rows are targets
    (``parse.forms``), so a reply names it as the plan does; else None (a numbered goal)."""
    if goal.label and goal.section == f"Điều {goal.label}":
        return goal.section
    return goal.section if goal.label and _FORM_TITLE_RE.match(goal.section or "") else None


# "Biểu số 02/TE-CB", "Mẫu số 3": a reporting form's title, the section of its goal
_FORM_TITLE_RE = re.compile(r"^(?:Phụ biểu|Biểu|Mẫu)\s+(?:số\s+)?\d{1,2}\b")


# "khoản 2 Điều 5": a label that is its plan's whole citation, no marker to prefix
_CITATION_RE = re.compile(r"(?:khoản|điểm)\s+\w+\s+(?:Điều|khoản)\s+\d|dòng\s+\d{1,2}\s+Biểu số\s+\d", re.IGNORECASE)


def indicator_name(ind, lang: str) -> str:
    _ = translator(lang)
    if ind.number is not None:
        return _("Indicator {n}", n=indicator_label(ind))
    if ind.label and _CITATION_RE.match(ind.label):
        # "khoản 2 Điều 5": a target its plan cites by clause and article, named so
        return esc(ind.label[:1].upper() + ind.label[1:])
    if ind.label:
        # a target numbered within its group ("2" of Nhóm II, "(iii)", "1.1"): named by its
        # marker, then its group, so the reply says which target it states
        marker = f"({ind.label})" if re.fullmatch(r"[ivxlIVXL]+|[a-zđ]", ind.label) else ind.label
        name = _("Indicator {n}", n=marker)
        return f"{name} · {esc(ind.group)}" if ind.group else name
    return esc(ind.group or _("Target"))


_WRITTEN_LABEL_RE = re.compile(r"(?:Chỉ tiêu|Indicator)\s+((?:\d{1,2}\.|[A-ZĐ]{1,4}(?:\d{2})?[-/])(\d{1,3})|(\d{1,3})/\d{1,3}|0(\d))\s*$")


def indicator_label(ind) -> str:
    """The indicator's number as its plan writes it: "2.5" for a target numbered within its
    section ("2. Mục tiêu cụ thể" › "2.5.", its citation ending "Chỉ tiêu 2.5"), "CT-01" for
    one coded so, "3/20" for one numbered by its place in the plan's count, "05" where the plan
    writes its numbers with two digits, else its number ("14")."""
    m = _WRITTEN_LABEL_RE.search(ind.section or "")
    if m and ind.number is not None and int(m.group(2) or m.group(3) or m.group(4)) == ind.number:
        return m.group(1)
    return str(ind.number)


# A target's label before its figures: "Tiêm chủng: đến năm 2025, …" (no figure, a colon, a
# year), "Đuối nước: tỷ suất trẻ em tử vong …" (no figure, a colon, its sentence in lower case)
_TOPIC_LABEL_RE = re.compile(r"^\W*(?![^:]*(?:%|‰|\b(?:19|20)\d\d\b))([^:;]{3,60}?):\s+(?=(?:đến|tới|trong|vào)?\s*năm\s+(?:19|20)\d\d"
                             r"|[a-zà-ỹđ])")


def short_topic(ind, limit: int = 60) -> str:
    """A few words saying what an indicator measures, for suggestions."""
    text = ind.text
    label = _TOPIC_LABEL_RE.match(text)
    if label:   # "Suy dinh dưỡng thấp còi: đến năm 2025, …": the plan's own name for it
        return clip(label.group(1), limit)
    if ind.targets and ind.targets[0].metric and len(ind.targets[0].metric.split()) >= 3:
        # a metric of a word or two ("Tổ chức" of "Tổ chức ít nhất 150 lớp dạy bơi") says
        # nothing of the topic: the indicator's own words do
        text = ind.targets[0].metric
    text = re.sub(r"^\W+", "", text)
    return clip(text, limit)


def unnumbered_name(ind, limit: int = 45) -> str:
    """An unnumbered target as the plan cites it: its code and topic ("II.3 (Đuối nước)"),
    its topic and marker ("Tử vong trẻ em dưới 1 tuổi (iii)"), or its topic alone; escaped."""
    topic = esc(short_topic(ind, limit))
    label = getattr(ind, "label", None)
    if not label:
        return topic
    # a code ("II.3", "A1") leads, as the plan cites it; a marker ("iii") follows its topic
    return f"{esc(label)} ({topic})" if "." in label or label[-1:].isdigit() else f"{topic} ({esc(label)})"


def past_cut(lines: list[str]) -> bool:
    """Whether ``"\n".join(lines).strip()`` is already longer than ``MAX_CHARS``: ``fit``
    cuts a reply before that point, so lines added after it are never shown (a reader may
    skip formatting them; at 200 plans hundreds of plans' lines were formatted to be cut)."""
    return len("\n".join(lines).strip()) > MAX_CHARS


def fit(text: str) -> str:
    """Keep a reply under Telegram's comfortable size without cutting an HTML tag in two."""
    if len(text) <= MAX_CHARS:
        return text
    cut = text[:MAX_CHARS - 2]
    cut = cut[: cut.rfind("\n")] if "\n" in cut else cut
    # drop a half-open tag at the end and close any tag left open
    cut = re.sub(r"<[^>]*$", "", cut)
    for tag in ("b", "i"):
        if cut.count(f"<{tag}>") > cut.count(f"</{tag}>"):
            cut += f"</{tag}>"
    return cut + "\n…"


def strip_html(text: str) -> str:
    return html.unescape(re.sub(r"</?[a-z]+[^>]*>", "", text))
