"""Questions generated from the knowledge base itself: a checklist benchmark and training data.

Every fact of every plan (a target, a lead or partner agency, the indicators an agency leads, its
tasks, a deadline, a phone number, a campaign's theme and dates, a count, the plan's number, date
and signer) is asked with several phrasings (templates) in four styles:

* ``vi``           accented Vietnamese, as written in the documents;
* ``vi_noaccent``  the same question with its diacritics stripped (case kept);
* ``phone``        lower case, no accents, the abbreviations officers type (HN, KH, ct, bn, ko,
                   tp, ubnd, sở lđtbxh …) and one typo in a long word;
* ``en``           English, the indicator named by its number and, when the metric's text holds
                   a known phrase, by a genre term ("stunting", "birth registration" …).

``out_of_scope`` builds near-domain questions the plans do not answer. Both functions are pure
and deterministic for a given ``seed``. Nothing here names a plan's fact: every value, agency,
date and phrase is read from the knowledge base; the tables below are genre language (how
officers abbreviate, English names of common topics, Vietnamese provinces).

A probe passes (the held-out scorer's rule, /work/shared/tools/score_qa.py, applied by
benchmarks/checklist.py) when the reply is answered and holds every ``expect_all`` string, at
least one ``expect_any`` string (when there are any) and no ``must_not`` string, compared without
case or diacritics; an out-of-scope probe passes when the reply declines.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from knowledge.model import PERCENT, RANGE, Agency, Indicator, Plan, Target
from knowledge.parse.verify import is_elimination
from knowledge.text import fold

STYLES = ("vi", "vi_noaccent", "phone", "en")
KINDS = ("target", "lead", "partner", "agency_indicators", "agency_tasks", "deadline", "contact",
         "campaign", "count", "plan_info", "out_of_scope")


@dataclass(frozen=True)
class Probe:
    """One generated question and what a right reply states.

    ``template`` is ``"<kind or sub-kind>/<lang>/<index>"``; ``group`` gathers the probes asking
    the same fact with the same phrasing slot in the four styles (the invariance group); ``fact``
    is the fact's id, shared by every phrasing of it."""

    question: str
    style: str
    template: str
    kind: str
    plan: str | None
    group: str
    expect_all: tuple[str, ...] = ()
    expect_any: tuple[str, ...] = ()
    must_not: tuple[str, ...] = ()
    fact: str = ""

    def to_question(self, number: int) -> dict:
        """The probe as a line of the held-out scorer's question file."""
        return {"id": f"gen-{number:05d}", "q": self.question, "kind": self.kind,
                "style": self.style, "template": self.template, "plan": self.plan,
                "group": self.group, "expect_all": list(self.expect_all),
                "expect_any": list(self.expect_any), "must_not": list(self.must_not)}


# --- text helpers ---------------------------------------------------------------------------

_SPECIAL = str.maketrans({"đ": "d", "Đ": "D"})


def strip_accents(text: str) -> str:
    """``text`` without diacritics, case kept: ``"Sở Y tế"`` → ``"So Y te"``."""
    text = unicodedata.normalize("NFD", text.translate(_SPECIAL))
    return unicodedata.normalize("NFC", "".join(c for c in text if unicodedata.category(c) != "Mn"))


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" .;:,")


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:1].isupper() and not text[1:2].isupper() else text


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _finish(question: str) -> str:
    question = re.sub(r"\s+", " ", question).strip()
    question = re.sub(r"\s+([?,.])", r"\1", question)
    return _cap(question)


def _contains_words(haystack: str, needle: str) -> bool:
    """``needle`` occurs in ``haystack`` as whole words, folded."""
    n = _norm(needle)
    return n.strip() != "" and n in _norm(haystack)


def number_forms(value: float, source: str = "") -> list[str]:
    """How a number may be written, the form found in ``source`` first: ``98.5`` → ``["98,5"]``,
    ``2000.0`` → ``["2.000", "2000"]``, ``7.0`` with ``"07 tuổi"`` in source → ``["07", "7"]``."""
    if value == int(value):
        whole = int(value)
        forms = [str(whole)]
        if whole >= 1000:
            forms.insert(0, f"{whole:,}".replace(",", "."))
        if whole < 10:
            forms.append(f"0{whole}")
    else:
        forms = [f"{value:.10g}".replace(".", ",")]
    folded = fold(source)
    found = [f for f in forms if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", folded)]
    return found + [f for f in forms if f not in found]


def _value_text(value: float, source: str) -> str:
    return number_forms(value, source)[0]


# --- genre tables (how officers write; not facts of any plan) -------------------------------

# Vietnamese phrase (folded, all required) → English genre term. First match wins.
EN_TOPICS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("tu vong", "so sinh"), "neonatal mortality"),
    (("tu vong", "tai nan thuong tich"), "child deaths from injuries"),
    (("tu vong", "duoi 1 tuoi"), "infant mortality (under 1)"),
    (("tu vong", "duoi 5 tuoi"), "under-5 mortality"),
    (("thap coi",), "stunting"),
    (("chieu cao theo tuoi",), "stunting"),
    (("nhe can",), "underweight"),
    (("can nang theo tuoi",), "underweight"),
    (("beo phi",), "overweight and obesity"),
    (("tiem chung",), "full vaccination"),
    (("dang ky khai sinh",), "birth registration"),
    (("tai nan thuong tich",), "child injuries"),
    (("duoi nuoc",), "drowning"),
    (("day boi",), "swimming lessons"),
    (("lao dong tre em",), "child labour"),
    (("xam hai",), "child abuse"),
    (("hiv",), "mother-to-child HIV transmission"),
    (("tao hon",), "child marriage"),
    (("mo coi",), "orphans and abandoned children"),
    (("hoan canh dac biet",), "children in special circumstances"),
    (("bao hiem y te",), "health insurance cards"),
    (("thien tai",), "disaster relief for children"),
    (("khuyet tat",), "children with disabilities"),
    (("bo hoc", "tieu hoc"), "primary school dropout"),
    (("bo hoc", "trung hoc co so"), "lower secondary dropout"),
    (("bo hoc",), "school dropout"),
    (("hoan thanh", "tieu hoc"), "primary school completion"),
    (("hoan thanh", "trung hoc co so"), "lower secondary completion"),
    (("mau giao",), "kindergarten attendance"),
    (("mam non",), "preschool education"),
    (("tam ly",), "psychological support in schools"),
    (("cong trinh ve sinh",), "school sanitation"),
    (("vui choi",), "play and cultural spaces"),
    (("phu hop voi tre em",), "child-friendly communes"),
    (("hoi y kien",), "children consulted"),
    (("y kien",), "children consulted"),
    (("quyen tham gia",), "child participation"),
    (("dien dan",), "children's forums"),
    (("cham soc phat trien toan dien",), "early childhood development services"),
    (("phat trien phu hop",), "healthy development of under-5s"),
    (("thuoc thiet yeu",), "essential medicines at health stations"),
    (("cong tac vien",), "child protection collaborators"),
    (("ban bao ve tre em",), "child protection boards"),
)

# Agency name cores (folded) → English; used for English questions and English expectations.
EN_AGENCIES: tuple[tuple[str, str], ...] = (
    ("lao dong - thuong binh va xa hoi", "Labour, Invalids and Social Affairs"),
    ("y te", "Health"),
    ("tu phap", "Justice"),
    ("giao duc va dao tao", "Education and Training"),
    ("van hoa", "Culture"),
    ("thong tin va truyen thong", "Information and Communications"),
    ("tai chinh", "Finance"),
    ("ke hoach va dau tu", "Planning and Investment"),
    ("noi vu", "Home Affairs"),
    ("xay dung", "Construction"),
    ("cong an", "Police"),
    ("doan thanh nien", "Youth Union"),
    ("tinh doan", "Youth Union"),
    ("phu nu", "Women's Union"),
)

# Common abbreviations of agency names and their long forms (folded long form → abbreviations).
AGENCY_ABBREVIATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("lao dong - thuong binh va xa hoi", ("LĐTBXH", "LĐ-TBXH", "LĐTB&XH", "LĐ-TB&XH")),
    ("giao duc va dao tao", ("GDĐT", "GD&ĐT", "GD-ĐT")),
    ("van hoa, the thao va du lich", ("VHTTDL", "VH-TT-DL")),
    ("thong tin va truyen thong", ("TTTT", "TT&TT")),
    ("ke hoach va dau tu", ("KHĐT", "KH&ĐT")),
    ("uy ban nhan dan", ("UBND",)),
)

# How officers shorten words when typing on a phone: (regex on lower-case accented text, short).
PHONE_ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    (r"sở lao động\s*-?\s*thương binh và xã hội", "sở lđtbxh"),
    (r"ủy ban nhân dân|uỷ ban nhân dân", "ubnd"),
    (r"thành phố", "tp"),
    (r"kế hoạch", "KH"),
    (r"chỉ tiêu", "ct"),
    (r"bao nhiêu", "bn"),
    (r"không", "ko"),
)

# Vietnamese provinces and cities (for out-of-scope questions about places not loaded).
PROVINCES = (
    "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre",
    "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cần Thơ", "Cao Bằng",
    "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai",
    "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang",
    "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng",
    "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận",
    "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị",
    "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa",
    "Thừa Thiên Huế", "Tiền Giang", "Thành phố Hồ Chí Minh", "Trà Vinh", "Tuyên Quang",
    "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
)

# Two-syllable words of agency names that a cut must not split ("Ủy ban nhân | dân").
_COMPOUNDS = frozenset(fold(w) for w in (
    "ủy ban", "nhân dân", "mặt trận", "tổ quốc", "thanh niên", "cộng sản", "liên hiệp", "phụ nữ",
    "kiểm sát", "quản lý", "thị trường", "hà nội", "phát thanh", "truyền hình", "kinh tế",
    "đô thị", "chữ thập", "liên đoàn", "lao động", "hội đồng", "thương binh", "xã hội",
    "giáo dục", "đào tạo", "văn hóa", "thể thao", "du lịch", "thông tin", "truyền thông",
    "tư pháp", "tài chính", "kế hoạch", "đầu tư", "công an", "dân tộc", "tòa án", "hồ chí",
    "chí minh", "nội vụ", "xây dựng", "giao thông", "vận tải", "tài nguyên", "môi trường"))
_LEVEL_WORDS = ("sở", "phòng", "bộ", "cục", "ban", "các", "ngành")
_TRAILING_WORDS = ("thành phố", "tỉnh", "thị xã")


# --- plan references ------------------------------------------------------------------------

def _kind_word(plan: Plan) -> str:
    kind = (plan.kind or "kế hoạch").strip().lower()
    return kind if kind in ("kế hoạch", "quyết định", "chương trình", "chỉ thị") else "kế hoạch"


def _short_number(plan: Plan) -> str | None:
    if not plan.number:
        return None
    match = re.match(r"\s*(\d+)", plan.number)
    return match.group(1) if match else None


def _en_locality(locality: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in strip_accents(locality).split())


def _period_phrase(plan: Plan) -> str | None:
    if plan.period_start and plan.period_end and plan.period_start != plan.period_end:
        return f"giai đoạn {plan.period_start}-{plan.period_end}"
    year = plan.period_start or plan.period_end
    return f"năm {year}" if year else None


class _PlanRef:
    """Ways to name one plan in a question, so that its locality's other plans are not meant."""

    def __init__(self, plan: Plan, alone: bool):
        self.plan = plan
        self.alone = alone            # the only plan of its locality in the knowledge base
        self.kind = _kind_word(plan)
        self.number = _short_number(plan)
        self.period = _period_phrase(plan)

    def vi(self, rng: random.Random, *, no_number: bool = False) -> str:
        loc = self.plan.locality
        options = []
        if self.alone:
            options += [loc, f"{self.kind} của {loc}", f"{loc}"]
        if self.number and not no_number:
            options += [f"{self.kind} {self.number} của {loc}", f"{self.kind} {self.number} {loc}"]
        if self.period:
            options += [f"{self.kind} {self.period} của {loc}"]
        if not options:
            options = [f"{self.kind} của {loc}"]
        return rng.choice(options)

    def en(self, rng: random.Random, *, no_number: bool = False) -> str:
        loc = _en_locality(self.plan.locality)
        options = []
        if self.alone:
            options += [loc, f"{loc}'s plan"]
        if self.number and not no_number:
            options += [f"{loc}'s plan {self.number}", f"plan {self.number} of {loc}"]
        if self.period:
            span = self.period.replace("giai đoạn ", "").replace("năm ", "")
            options += [f"{loc}'s {span} plan"]
        if not options:
            options = [f"{loc}'s plan"]
        return rng.choice(options)


# --- agencies -------------------------------------------------------------------------------

@lru_cache(maxsize=4096)
def _strip_level(name: str, locality: str) -> str:
    words = _clean(name)
    changed = True
    while changed:
        changed = False
        for lead in _LEVEL_WORDS:
            if fold(words).startswith(fold(lead) + " ") and len(words.split()) > 2 - (lead == "sở"):
                words = words[len(lead):].strip(" ,")
                changed = True
    for tail in (*_TRAILING_WORDS, locality):
        if tail and fold(words).endswith(" " + fold(tail)):
            words = words[: len(words) - len(tail)].strip(" ,")
    return words


def _chunks(core: str) -> list[str]:
    return [c.strip() for c in re.split(r"\s+-\s+|,\s*|\s+và\s+", core) if c.strip()]


def agency_core(agency: Agency, others: Iterable[Agency], locality: str = "") -> str:
    """The shortest part of ``agency``'s name that no other agency of the plan shares:
    ``"Sở Y tế"`` → ``"Y tế"``; ``"Sở Lao động - Thương binh và Xã hội"`` → ``"Lao động"`` (or
    ``"Thương binh"`` when a ``"Liên đoàn Lao động"`` is also in the plan)."""
    core = _strip_level(agency.name, locality)
    rivals = [o for o in others if o.key != agency.key
              and fold(_strip_level(o.name, locality)) != fold(core)]
    rival_names = [n for o in rivals for n in [o.name, *o.aliases]]
    words = core.split()
    prefixes = [" ".join(words[:k]) for k in range(2, len(words) + 1)
                if k == len(words) or fold(f"{words[k - 1]} {words[k]}") not in _COMPOUNDS]
    candidates = _chunks(core) + prefixes
    candidates.sort(key=lambda c: len(c.split()))      # stable: chunks before prefixes
    for candidate in candidates:
        if (len(candidate.split()) < 2 or len(fold(candidate)) < 4) and candidate != core:
            continue
        if not any(_contains_words(name, candidate) for name in rival_names):
            return candidate
    return core


def agency_alternatives(agency: Agency, core: str, *, english: bool = False) -> tuple[str, ...]:
    """``core`` and the other ways a reply may name the agency: the abbreviations of its long
    form ("LĐTBXH"), abbreviations found among its aliases, the English term."""
    alts = [core]
    folded_name = fold(agency.name)
    for long_form, shorts in AGENCY_ABBREVIATIONS:
        if long_form in folded_name:
            if fold(core) in long_form or long_form.startswith(fold(core)) or fold(core) == long_form:
                alts += shorts
            elif long_form == "uy ban nhan dan" and "uy ban nhan dan" in fold(core):
                alts.append(re.sub(r"(?i)ủy ban nhân dân|uỷ ban nhân dân", "UBND", core))
    for alias in agency.aliases:
        for token in re.findall(r"\b[A-ZĐ][A-ZĐ&\-]{2,}\b", alias):
            if token not in alts and token not in ("UBND",):
                alts.append(token)
    if english:
        for key, term in EN_AGENCIES:
            if key in folded_name:
                alts.append(term)
                break
    return tuple(dict.fromkeys(alts))


def _en_agency(agency: Agency) -> str:
    folded = fold(agency.name)
    for key, term in EN_AGENCIES:
        if key in folded:
            level = fold(agency.level or "")
            if level == "phong":
                return f"the {term} Office"
            if level in ("cong an", "doan the"):
                return f"the {term}"
            return f"the Department of {term}"
    return strip_accents(agency.name)


# --- topics ---------------------------------------------------------------------------------

_WEAK_METRIC = re.compile(r"^(tổ chức|hỗ trợ|xây dựng được|có ít|có|hộ gia đình)\b", re.I)


_TRAILING_STOP = frozenset(fold(w) for w in (
    "với", "các", "của", "và", "về", "trong", "theo", "được", "cho", "có", "loại", "từ", "đến",
    "trên", "ở", "tại", "để", "những", "hoặc", "là", "bị", "khi"))


def indicator_topic(indicator: Indicator, target: Target | None = None, max_words: int = 14) -> str:
    """A short phrase naming what is measured, from the metric's own words (or the indicator's
    text when the metric is a bare verb): ``"tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh"``."""
    text = target.metric if target is not None else ""
    if not text or len(text.split()) < 3 or _WEAK_METRIC.match(text.strip()):
        text = indicator.text
        text = re.split(r"\s(?:đạt|xuống|dưới|giảm còn|là|:)\s|[:;]", text)[0]
        text = re.sub(r"^(phấn đấu|phần đấu|phần đầu|phân đầu|giảm|tăng|ít nhất|có)\s+", "", text.strip(), flags=re.I)
        text = re.sub(r"^[\d.,]+\s*%?\s*", "", text)
    text = _clean(re.sub(r"\([^)]*\)", "", text))
    words = text.split()
    if len(words) > max_words:
        cut = " ".join(words[:max_words])
        comma = cut.rfind(",")
        text = cut[:comma] if comma > 20 else cut
    words = text.split()
    while len(words) > 3 and fold(words[-1].strip(",")) in _TRAILING_STOP:
        words.pop()
    text = _lower_first(_clean(" ".join(words)))
    if target is not None and target.qualifier:
        text = f"{text} {target.qualifier}"
    return text


def en_topic(text: str) -> str | None:
    """The English genre term for a Vietnamese metric text, or None."""
    folded = fold(text)
    for needles, term in EN_TOPICS:
        if all(n in folded for n in needles):
            return term
    return None


_STOP = frozenset(fold(w) for w in (
    "tỷ", "lệ", "suất", "trẻ", "em", "của", "và", "được", "cho", "có", "từ", "trên", "về", "ở",
    "với", "các", "bị", "đến", "dưới", "tuổi", "theo", "trở", "lên", "số", "tổng", "trong", "đạt",
    "những", "cấp", "khi", "một", "người", "phù", "hợp", "là", "để", "tại", "đã", "hoặc"))


def _topic_key(indicator: Indicator, siblings: list[Indicator]) -> tuple[str, ...] | None:
    """What a reply naming this indicator's topic must hold: the genre phrases of its topic
    ("tiem chung"), else a 2–4 word phrase of its text found in no other indicator of the plan
    ("huy động")."""
    topic = indicator_topic(indicator, indicator.targets[0] if indicator.targets else None)
    folded = fold(topic)
    for needles, _term in EN_TOPICS:
        if all(n in folded for n in needles):
            return needles
    clauses = [re.findall(r"\w+", c) for c in re.split(r"[,;:()/]", topic)]
    others = [_norm(i.text) for i in siblings if i is not indicator]
    for size in (2, 3, 4):
        windows = [words[k:k + size] for words in clauses for k in range(len(words) - size + 1)]
        for window in windows:
            if any(ch.isdigit() for w in window for ch in w):
                continue
            if fold(window[0]) in _STOP or fold(window[-1]) in _STOP:
                continue
            phrase = " ".join(window)
            if not any(f" {_norm(phrase)} " in o for o in others):
                return (phrase,)
    return None


_NORM_CACHE: dict[str, str] = {}


def _norm(text: str) -> str:
    """Folded words padded with spaces, for whole-word containment tests (cached)."""
    cached = _NORM_CACHE.get(text)
    if cached is None:
        cached = " " + " ".join(re.findall(r"[0-9a-z]+", fold(text))) + " "
        if len(_NORM_CACHE) > 50000:
            _NORM_CACHE.clear()
        _NORM_CACHE[text] = cached
    return cached


# --- templates --------------------------------------------------------------------------------
# Each template is rendered with str.format_map; a template naming a slot the fact lacks is
# skipped for that fact. Slots: plan, topic, ind ("chỉ tiêu 14" or the topic), n, year (" năm
# 2025" or ""), pct ("bao nhiêu %" for percentages, else "bao nhiêu"), agency, what, label, ...

VI = {
    "target": (
        "{topic} của {plan}{year} là bao nhiêu?",
        "Chỉ tiêu {topic} {plan}{year} đạt mấy?",
        "{plan} đặt mục tiêu {topic}{year} {pct}?",
        "Chỉ tiêu {n} của {plan}{year} là bao nhiêu?",
        "{year_lead}{plan} phấn đấu {topic} ở mức nào?",
        "Mục tiêu về {topic} ở {plan}{year} là gì",
        "{plan} chỉ tiêu {nt} ({topic}){year} là {pct}",
        "cho hỏi {topic}{year} theo {plan} phải đạt bao nhiêu",
    ),
    "lead": (
        "Sở nào chủ trì chỉ tiêu {n} của {plan}?",
        "Cơ quan nào chịu trách nhiệm chính về {topic} ở {plan}?",
        "Đơn vị nào chủ trì thực hiện {ind} trong {plan}?",
        "Ai phụ trách chỉ tiêu {n} {plan}?",
        "{topic} ở {plan} do sở nào chủ trì?",
        "Chỉ tiêu {n} của {plan} giao cho cơ quan nào chủ trì",
        "{ind} của {plan} thì ai chủ trì vậy",
    ),
    "partner": (
        "Cơ quan nào phối hợp thực hiện chỉ tiêu {n} của {plan}?",
        "Đơn vị nào phối hợp về {topic} ở {plan}?",
        "Sở nào phối hợp thực hiện {ind} trong {plan}?",
        "Ai phối hợp thực hiện chỉ tiêu {n} {plan}?",
        "{topic} ở {plan} có những đơn vị nào phối hợp?",
        "Chỉ tiêu {n} của {plan} cơ quan phối hợp là ai",
    ),
    "agency_indicators": (
        "{agency} chủ trì những chỉ tiêu nào trong {plan}?",
        "Các chỉ tiêu do {agency} chủ trì ở {plan} là gì?",
        "{agency} phụ trách chỉ tiêu nào của {plan}?",
        "Trong {plan}, {agency} chịu trách nhiệm chính những chỉ tiêu nào?",
        "Chỉ tiêu nào của {plan} giao cho {agency} chủ trì?",
        "{plan}: {agency} chủ trì mấy chỉ tiêu, là những chỉ tiêu nào",
    ),
    "agency_tasks": (
        "Nhiệm vụ của {agency} trong {plan} là gì?",
        "{agency} phải làm gì theo {plan}?",
        "{plan} giao cho {agency} những nhiệm vụ nào?",
        "Trách nhiệm của {agency} ở {plan}?",
        "{agency} có nhiệm vụ gì trong {plan}",
        "Theo {plan}, {agency} cần thực hiện những việc gì?",
    ),
    "deadline": (
        "Hạn {what} của {plan} là khi nào?",
        "{what} theo {plan} là ngày nào?",
        "Khi nào phải {what} ở {plan}?",
        "{plan} {what} bao giờ?",
        "Hạn chót {what} của {plan}?",
        "{what} ở {plan} trước ngày nào",
        "Thời hạn {what} trong {plan} là ngày mấy?",
    ),
    "deadline_within": (
        "{what} ở {plan} trong thời hạn bao lâu?",
        "Theo {plan}, {what} trong mấy ngày?",
        "Hạn {what} của {plan} là bao nhiêu ngày?",
        "{what} chậm nhất sau mấy ngày theo {plan}?",
        "{plan} quy định {what} trong bao lâu",
        "Khi nào phải {what} ở {plan}?",
    ),
    "contact": (
        "Số điện thoại {label} của {plan} là gì?",
        "{label} ở {plan} số mấy?",
        "Cho xin số {label} trong {plan}",
        "Gọi {label} theo số nào ({plan})?",
        "{plan} có số điện thoại {label} là bao nhiêu?",
        "Liên hệ {label} của {plan} qua số nào?",
    ),
    "campaign_theme": (
        "Chủ đề {name} của {plan} là gì?",
        "{name} ở {plan} có chủ đề gì?",
        "Chủ đề của {name} theo {plan}?",
        "{plan}: {name} chủ đề là gì",
        "Cho hỏi chủ đề {name} ({plan})",
        "{name} của {plan} mang chủ đề nào?",
    ),
    "campaign_start": (
        "{name} của {plan} bắt đầu từ ngày nào?",
        "{name} ở {plan} bắt đầu khi nào?",
        "Ngày bắt đầu {name} theo {plan}?",
        "{plan}: {name} bắt đầu bao giờ",
        "{name} ({plan}) khởi động ngày nào?",
        "Khi nào bắt đầu {name} ở {plan}?",
    ),
    "campaign_end": (
        "{name} của {plan} kết thúc ngày nào?",
        "{name} ở {plan} kéo dài đến khi nào?",
        "Ngày kết thúc {name} theo {plan}?",
        "{plan}: {name} kết thúc bao giờ",
        "{name} ({plan}) diễn ra đến ngày nào?",
        "Khi nào kết thúc {name} ở {plan}?",
    ),
    "count": (
        "{plan} có bao nhiêu chỉ tiêu?",
        "{plan} gồm mấy chỉ tiêu?",
        "Tổng số chỉ tiêu của {plan} là bao nhiêu?",
        "Có tất cả mấy chỉ tiêu trong {plan}?",
        "Số lượng chỉ tiêu của {plan}?",
        "{plan} đặt ra bao nhiêu chỉ tiêu",
    ),
    "count_goal": (
        "Mục tiêu {g} của {plan} có mấy chỉ tiêu?",
        "{plan} có bao nhiêu chỉ tiêu {goal}?",
        "Có mấy chỉ tiêu {goal} trong {plan}?",
        "Mục tiêu {g} ({goal}) của {plan} gồm bao nhiêu chỉ tiêu?",
        "Số chỉ tiêu {goal} của {plan} là bao nhiêu",
        "{plan} mục tiêu {g} có mấy chỉ tiêu",
    ),
    "plan_number": (
        "{plan} số mấy?",
        "Số hiệu của {plan} là gì?",
        "{plan} là kế hoạch số bao nhiêu?",
        "Cho hỏi số văn bản {plan}",
        "{plan} ban hành theo số nào?",
        "Số ký hiệu {plan} là gì",
    ),
    "plan_date": (
        "{plan} ban hành ngày nào?",
        "{plan} được ký ngày nào?",
        "Ngày ban hành {plan} là khi nào?",
        "{plan} ra đời khi nào?",
        "{plan} ký khi nào",
        "{plan} được ban hành vào ngày nào?",
    ),
    "plan_goal": (
        "Mục tiêu {g} của {plan} là gì?",
        "{plan} mục tiêu {g} nói về gì?",
        "Nội dung mục tiêu {g} trong {plan}?",
        "Mục tiêu {g} ở {plan} về vấn đề gì",
        "Cho hỏi mục tiêu {g} của {plan}",
        "{plan} có mục tiêu {g} về lĩnh vực nào?",
    ),
    "plan_signer": (
        "Ai ký {plan}?",
        "Người ký {plan} là ai?",
        "{plan} do ai ký?",
        "Ai là người ký ban hành {plan}?",
        "{plan} ai ký vậy",
        "Lãnh đạo nào ký {plan}?",
    ),
}

EN = {
    "target": (
        "What is the {year_en}target for {topic} in {plan}?",
        "What does {plan} aim for {topic}{year_in}?",
        "What is indicator {n} of {plan}{year_in}?",
        "How much should {topic} reach{year_in} according to {plan}?",
        "{plan}: target of indicator {nt} ({topic}){year_in}?",
    ),
    "lead": (
        "Which department leads indicator {n} in {plan}?",
        "Which agency is responsible for {topic} in {plan}?",
        "Which office is in charge of indicator {n} of {plan}?",
        "Who leads {ind} in {plan}?",
    ),
    "partner": (
        "Which departments support indicator {n} in {plan}?",
        "Which agency cooperates on {topic} in {plan}?",
        "Which offices coordinate on indicator {n} of {plan}?",
        "Who supports {ind} in {plan}?",
    ),
    "agency_indicators": (
        "Which indicators does {agency} lead in {plan}?",
        "What indicators is {agency} responsible for in {plan}?",
        "List the indicators led by {agency} in {plan}",
        "In {plan}, which targets are assigned to {agency}?",
    ),
    "agency_tasks": (
        "What are the tasks of {agency} in {plan}?",
        "What must {agency} do under {plan}?",
        "What is {agency} responsible for in {plan}?",
        "Duties of {agency} in {plan}?",
    ),
    "deadline": (
        "When is the deadline for {what} in {plan}?",
        "By what date must {what} be done under {plan}?",
        "What is the due date for {what} in {plan}?",
        "When is {what} due in {plan}?",
    ),
    "deadline_within": (
        "Within how many days must {what} under {plan}?",
        "What is the time limit for {what} in {plan}?",
        "How soon must {what} according to {plan}?",
        "How many days are allowed for {what} in {plan}?",
    ),
    "contact": (
        "What is the phone number of {label} in {plan}?",
        "Which number do I call for {label} ({plan})?",
        "Phone number for {label} in {plan}?",
        "How do I contact {label} according to {plan}?",
    ),
    "campaign_theme": (
        "What is the theme of the {name} in {plan}?",
        "Theme of {plan}'s {name}?",
        "What theme does {plan} give the {name}?",
        "Tell me the theme of the {name} ({plan})",
    ),
    "campaign_start": (
        "When does the {name} of {plan} start?",
        "Start date of the {name} in {plan}?",
        "From what date does {plan}'s {name} run?",
        "When does {plan}'s {name} begin?",
    ),
    "campaign_end": (
        "When does the {name} of {plan} end?",
        "End date of the {name} in {plan}?",
        "Until what date does {plan}'s {name} run?",
        "When does {plan}'s {name} finish?",
    ),
    "count": (
        "How many indicators does {plan} have?",
        "What is the number of indicators in {plan}?",
        "How many targets are set in {plan}?",
        "Count of indicators in {plan}?",
    ),
    "count_goal": (
        "How many indicators does goal {g} of {plan} have?",
        "Number of indicators under goal {g} in {plan}?",
        "How many targets are in goal {g} of {plan}?",
        "Goal {g} of {plan}: how many indicators?",
    ),
    "plan_number": (
        "What is the document number of {plan}?",
        "Which number was {plan} issued under?",
        "What is the reference number of {plan}?",
        "Number of {plan}?",
    ),
    "plan_date": (
        "When was {plan} issued?",
        "On what date was {plan} signed?",
        "What is the issue date of {plan}?",
        "Date of {plan}?",
    ),
    "plan_goal": (
        "What is goal {g} of {plan}?",
        "What is goal {g} of {plan} about?",
        "Goal {g} in {plan}?",
        "Which area does goal {g} of {plan} cover?",
    ),
    "plan_signer": (
        "Who signed {plan}?",
        "Who is the signatory of {plan}?",
        "Which leader signed {plan}?",
        "{plan} was signed by whom?",
    ),
}

# Sub-kind (template family) → reported kind.
FAMILY_KIND = {
    "deadline_within": "deadline", "campaign_theme": "campaign", "campaign_start": "campaign",
    "campaign_end": "campaign", "count_goal": "count", "plan_number": "plan_info",
    "plan_date": "plan_info", "plan_signer": "plan_info", "plan_goal": "plan_info",
}


class _Slots(dict):
    def __missing__(self, key):       # a template naming an absent slot is not applicable
        raise KeyError(key)


def _render(template: str, slots: dict) -> str | None:
    try:
        return _finish(template.format_map(_Slots(slots)))
    except KeyError:
        return None


# --- styles -----------------------------------------------------------------------------------

def _typo(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    spots = [i for i, w in enumerate(words) if w.isalpha() and w.islower() and len(w) >= 5]
    if not spots:
        spots = [i for i, w in enumerate(words) if w.isalpha() and w.islower() and len(w) >= 4]
    if not spots:
        return text
    i = rng.choice(spots)
    word = words[i]
    op = rng.choice(("drop", "double", "swap"))
    k = rng.randrange(1, len(word) - 1)
    if op == "drop":
        word = word[:k] + word[k + 1:]
    elif op == "double":
        word = word[:k] + word[k] + word[k:]
    else:
        if word[k] == word[k + 1]:
            word = word[:k] + word[k + 1:]
        else:
            word = word[:k] + word[k + 1] + word[k] + word[k + 2:]
    words[i] = word
    return " ".join(words)


def phone_style(question: str, rng: random.Random, localities: Iterable[str] = ()) -> str:
    """How an officer types ``question`` on a phone: lower case, abbreviations, no accents, one
    typo. Two-word localities may become their initials (Hà Nội → HN)."""
    text = question.lower()
    for locality in sorted(localities, key=len, reverse=True):
        parts = locality.split()
        if len(parts) == 2 and locality.lower() in text and rng.random() < 0.6:
            text = text.replace(locality.lower(), "".join(strip_accents(p)[0].upper() for p in parts))
    for pattern, short in PHONE_ABBREVIATIONS:
        text = re.sub(pattern, short, text)
    text = strip_accents(text).replace("?", "" if rng.random() < 0.5 else "?")
    return _typo(text, rng).strip()


def _styled(question_vi: str, style: str, rng: random.Random, localities) -> str:
    if style == "vi_noaccent":
        return strip_accents(question_vi)
    if style == "phone":
        return phone_style(question_vi, rng, localities)
    return question_vi


# --- facts ------------------------------------------------------------------------------------

@dataclass
class _Fact:
    family: str                 # template family (VI/EN key)
    fact: str                   # fact id
    plan: Plan
    vi: dict                    # slots for Vietnamese templates
    en: dict | None             # slots for English templates (None: not askable in English)
    expect_all: tuple[str, ...] = ()
    expect_any: tuple[str, ...] = ()
    must_not: tuple[str, ...] = ()
    en_expect_any: tuple[str, ...] | None = None


def _ind_phrase(indicator: Indicator, topic: str) -> str:
    return f"chỉ tiêu {indicator.number}" if indicator.number is not None else topic


def _unit_suffix(target: Target) -> str:
    return "%" if target.unit == PERCENT else ""


def _target_facts(plan: Plan) -> list[_Fact]:
    facts = []
    for indicator in plan.indicators:
        # a result the plan reports (a baseline column) is no target to ask about
        targets = [t for t in indicator.targets if not getattr(t, "needs_review", False) and not t.achieved]
        metrics = {(t.metric_index, t.qualifier) for t in targets}
        for t in targets:
            topic = indicator_topic(indicator, t)
            source = f"{t.text} {indicator.text}"
            # a target that nothing be left states the plan's words, not the model's 0
            value = t.comparator_text if is_elimination(t) else _value_text(t.value, source)
            expect_all = [value]
            if t.comparator == RANGE and t.value_max is not None:
                expect_all.append(_value_text(t.value_max, source))
            # the same metric's value for another year must not be stated instead
            must_not = []
            for other in targets:
                if (other.metric_index, other.qualifier) == (t.metric_index, t.qualifier) \
                        and other.year != t.year and other.value != t.value and t.year:
                    wrong = _value_text(other.value, source) + _unit_suffix(other)
                    if not any(fold(wrong) in fold(e) or fold(e) in fold(wrong) for e in expect_all) \
                            and (len(wrong) >= 3 or "," in wrong) and fold(wrong) not in fold(topic):
                        must_not.append(wrong)
            n_text = f"{indicator.number}" if indicator.number is not None else None
            multi = len(metrics) > 1
            year = f" năm {t.year}" if t.year else ""
            vi = {"plan": None, "topic": topic, "ind": _ind_phrase(indicator, topic),
                  "year": year, "year_lead": f"Năm {t.year}, " if t.year else "",
                  "pct": "bao nhiêu %" if t.unit == PERCENT else "là bao nhiêu"}
            if n_text:
                vi["nt"] = n_text        # with the topic beside it
                if not multi:            # several metrics: the number alone is ambiguous
                    vi["n"] = n_text
            en_term = en_topic(topic)
            en = None
            if en_term or n_text:
                en = {"topic": en_term or f"indicator {n_text}", "year_en": f"{t.year} " if t.year else "",
                      "year_in": f" in {t.year}" if t.year else "",
                      "ind": f"indicator {n_text}" if n_text else en_term}
                if n_text:
                    en["nt"] = n_text
                    if not multi:
                        en["n"] = n_text
                if not en_term:
                    en.pop("topic")
            fid = f"{plan.slug}:target:{indicator.number or indicator.position}:{t.metric_index}:{t.qualifier or ''}:{t.year or ''}"
            facts.append(_Fact("target", fid, plan, vi, en, tuple(expect_all), (), tuple(must_not)))
    return facts


def _agency_facts(plan: Plan, role: str) -> list[_Fact]:
    facts = []
    agencies = {a.key: a for a in plan.agencies}
    core_of = {a.key: agency_core(a, plan.agencies, plan.locality) for a in plan.agencies}
    for indicator in plan.indicators:
        keys = indicator.lead_agencies if role == "lead" else indicator.partner_agencies
        found = [agencies[k] for k in keys if k in agencies]
        if not found:
            continue
        topic = indicator_topic(indicator, indicator.targets[0] if indicator.targets else None)
        cores = [core_of[a.key] for a in found]
        if len(found) == 1:
            expect_all, expect_any = (), agency_alternatives(found[0], cores[0])
            en_any = agency_alternatives(found[0], cores[0], english=True)
        else:
            expect_all, expect_any, en_any = tuple(cores), (), ()
        vi = {"topic": topic, "ind": _ind_phrase(indicator, topic)}
        if indicator.number is not None:
            vi["n"] = str(indicator.number)
        en_term = en_topic(topic)
        en = None
        if indicator.number is not None or en_term:
            en = {"ind": f"indicator {indicator.number}" if indicator.number is not None else en_term}
            if indicator.number is not None:
                en["n"] = str(indicator.number)
            if en_term:
                en["topic"] = en_term
        fid = f"{plan.slug}:{role}:{indicator.number or indicator.position}"
        fact = _Fact(role, fid, plan, vi, en, expect_all, expect_any, ())
        fact.en_expect_any = en_any if len(found) == 1 else ()
        facts.append(fact)
    return facts


def _agency_indicator_facts(plan: Plan) -> list[_Fact]:
    facts = []
    numbered = [i for i in plan.indicators if i.number is not None]
    for agency in plan.agencies:
        led = [i for i in numbered if agency.key in i.lead_agencies]
        if not led or len(led) > 8:
            continue
        keys = [_topic_key(i, plan.indicators) for i in led]
        if any(k is None for k in keys):
            continue
        expect = tuple(dict.fromkeys(n for k in keys for n in k))
        facts.append(_Fact("agency_indicators", f"{plan.slug}:agency_indicators:{agency.key}", plan,
                           {"agency": agency.name}, {"agency": _en_agency(agency)},
                           expect, (), ()))
    return facts


def _task_key(text: str, others: list[str]) -> str | None:
    """The first 3–4 words of a clause of the task found in no other agency's task."""
    for clause in re.split(r"[,;.:()]", text):
        words = [w for w in clause.split() if w]
        if len(words) < 3 or any(ch.isdigit() for w in words[:4] for ch in w):
            continue
        phrase = " ".join(words[:4])
        if not any(_norm(phrase) in o for o in others):
            return phrase
    return None


def _agency_task_facts(plan: Plan) -> list[_Fact]:
    if plan.ocr:      # task texts of a scan are damaged: no fair expectation can be read from them
        return []
    facts = []
    for agency in plan.agencies:
        own = [t.text for t in plan.tasks if t.agency == agency.key]
        if not own:
            continue
        others = [_norm(t.text) for t in plan.tasks if t.agency != agency.key]
        keys = [k for k in (_task_key(t, others) for t in own[:6]) if k]
        if not keys:
            continue
        facts.append(_Fact("agency_tasks", f"{plan.slug}:agency_tasks:{agency.key}", plan,
                           {"agency": agency.name}, {"agency": _en_agency(agency)},
                           (), tuple(keys), ()))
    return facts


def date_forms(day: int, month: int) -> tuple[str, ...]:
    """Ways a reply may write a day and month: ``(15, 12)`` → ``("15/12", "15 tháng 12", …)``."""
    forms = []
    for d in dict.fromkeys((f"{day:02d}", str(day))):
        for m in dict.fromkeys((f"{month:02d}", str(month))):
            forms.append(f"{d}/{m}")
    forms += [f"{day} tháng {month}", f"{day:02d} tháng {month:02d}", f"{_MONTHS_EN[month - 1]} {day}"]
    return tuple(dict.fromkeys(forms))


# English month names as English replies write dates ("June 30"), not the reader's locale's
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")


def _date_in(text: str, day: int, month: int) -> re.Match | None:
    return re.search(rf"(?<!\d)0?{day}\s*(?:/|-|\s+tháng\s+)0?{month}(?!\d)", text)


def _deadline_phrase(deadline, plan: Plan) -> tuple[str, str]:
    """(Vietnamese, English) naming what is due, read from the words before the date."""
    folded = fold(deadline.text)
    before = ""
    if deadline.day and deadline.month:
        match = _date_in(folded, deadline.day, deadline.month)
        if match:
            before = folded[max(0, match.start() - 90):match.start()]
    if "6 thang" in before and "hang nam" not in before.split("6 thang")[-1]:
        return "báo cáo 6 tháng", "the six-month report"
    if deadline.kind == "incident_report":
        return "báo cáo vụ việc xâm hại trẻ em", "report a serious child abuse case"
    if re.search(r"hang nam|hàng năm|bao cao nam|nam truoc", before) or deadline.kind == "yearly_report":
        return "báo cáo hằng năm", "the yearly report"
    if deadline.kind == "plan":
        return "xây dựng kế hoạch", "submitting the implementation plan"
    if deadline.kind == "results":
        return "báo cáo kết quả", "reporting the results"
    return "báo cáo", "the report"


def _deadline_facts(plan: Plan) -> list[_Fact]:
    by_phrase: dict[str, list] = {}
    for deadline in plan.deadlines:
        if (deadline.day and deadline.month) or deadline.within_days:
            by_phrase.setdefault(_deadline_phrase(deadline, plan), []).append(deadline)
    facts = []
    for (vi_what, en_what), deadlines in by_phrase.items():
        first = deadlines[0]
        if first.within_days:
            n = first.within_days
            any_ = (f"{n} ngày", f"{n:02d} ngày", f"{n} days")
            fid = f"{plan.slug}:deadline:{vi_what}"
            facts.append(_Fact("deadline_within", fid, plan, {"what": vi_what}, {"what": en_what},
                               (), any_, ()))
            continue
        # several dates under one name (parser ambiguity): a reply stating any of them passes
        any_ = tuple(f for d in deadlines if d.day and d.month for f in date_forms(d.day, d.month))
        fid = f"{plan.slug}:deadline:{vi_what}"
        facts.append(_Fact("deadline", fid, plan, {"what": vi_what}, {"what": en_what}, (), any_, ()))
    return facts


def phone_forms(contact) -> tuple[str, ...]:
    """The number as digits and as grouped in the document (and with spaces for dots)."""
    digits = contact.number
    forms = [digits, contact.display.strip(), contact.display.replace(".", " ").strip()]
    groups = re.findall(r"\d+", contact.display)
    if groups:
        forms += [".".join(groups), " ".join(groups)]
    return tuple(dict.fromkeys(f for f in forms if f))


def _contact_label(contact, plan: Plan) -> tuple[str, str]:
    folded = fold(contact.label)
    if plan.ocr or not contact.label:
        vi = "tổng đài bảo vệ trẻ em" if contact.number == "111" or "tong dai" in folded else "đường dây nóng"
    else:
        vi = _lower_first(_clean(re.sub(r"\([^)]*\)", "", contact.label)))
        vi = re.sub(r"^(của|là)\s+", "", vi)
    if "tong dai" in folded or contact.number == "111":
        en = "the national child protection hotline"
    elif "cong tac xa hoi" in folded:
        en = "the social work centre"
    else:
        en = "the child protection hotline"
    return vi, en


def _contact_facts(plan: Plan) -> list[_Fact]:
    facts = []
    for contact in plan.contacts:
        vi, en = _contact_label(contact, plan)
        facts.append(_Fact("contact", f"{plan.slug}:contact:{contact.number}", plan,
                           {"label": vi}, {"label": en}, (), phone_forms(contact), ()))
    return facts


def _iso_day_month(iso: str) -> tuple[int, int] | None:
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", iso or "")
    return (int(match.group(3)), int(match.group(2))) if match else None


def _campaign_facts(plan: Plan) -> list[_Fact]:
    facts = []
    for campaign in plan.campaigns:
        name = _lower_first(re.sub(r"\s+năm\s+\d{4}$", "", campaign.name.strip()))
        en_name = "Action Month for Children" if "thang hanh dong" in fold(name) else strip_accents(name)
        slots_vi, slots_en = {"name": name}, {"name": en_name}
        if campaign.theme:
            head = _clean(re.split(r",", campaign.theme)[0])
            facts.append(_Fact("campaign_theme", f"{plan.slug}:campaign:{fold(name)}:theme", plan,
                               slots_vi, slots_en, (), (head,), ()))
        for family, iso in (("campaign_start", campaign.start), ("campaign_end", campaign.end)):
            dm = _iso_day_month(iso)
            if dm:
                facts.append(_Fact(family, f"{plan.slug}:campaign:{fold(name)}:{family}", plan,
                                   slots_vi, slots_en, (), date_forms(*dm), ()))
    return facts


def _count_facts(plan: Plan) -> list[_Fact]:
    numbered = [i for i in plan.indicators if i.number is not None]
    if not numbered:
        return []
    total = len({i.number for i in numbered})
    facts = [_Fact("count", f"{plan.slug}:count", plan, {}, {}, (str(total),), (), ())]
    for goal in plan.goals:
        if goal.number is None:
            continue
        count = goal.declared_indicator_count or len([i for i in numbered if i.goal == goal.number])
        if not count:
            continue
        title = _lower_first(_clean(goal.title))
        title = re.sub(r"^(về|các mục tiêu về)\s+", "về ", title, flags=re.I)
        if len(title.split()) > 8:
            cut = " ".join(title.split()[:8])
            title = cut[:cut.rfind(",")] if "," in cut else cut
        words = title.split()
        while len(words) > 2 and fold(words[-1].strip(",")) in _TRAILING_STOP:
            words.pop()
        title = " ".join(words).rstrip(",")
        must_not = (str(total),) if total != count and len(str(total)) >= 2 else ()
        facts.append(_Fact("count_goal", f"{plan.slug}:count:goal{goal.number}", plan,
                           {"g": str(goal.number), "goal": title}, {"g": str(goal.number)},
                           (str(count),), (), must_not))
    return facts


def _plan_date_forms(iso: str) -> tuple[str, ...] | None:
    match = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?", iso or "")
    if not match:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    if match.group(3):
        day = int(match.group(3))
        return tuple(f"{d}/{year}" for d in date_forms(day, month)[:4]) + (
            f"{day} tháng {month} năm {year}", f"{day:02d} tháng {month:02d} năm {year}",
            f"{_MONTHS_EN[month - 1]} {day}, {year}")
    return (f"{month}/{year}", f"{month:02d}/{year}", f"tháng {month} năm {year}",
            f"tháng {month:02d} năm {year}", f"tháng {month}/{year}", f"{_MONTHS_EN[month - 1]} {year}")


def _plan_info_facts(plan: Plan) -> list[_Fact]:
    facts = []
    number = _short_number(plan)
    if number:
        # the question names the plan by locality and period, never by the number it asks for
        facts.append(_Fact("plan_number", f"{plan.slug}:number", plan, {"no_number": True},
                           {"no_number": True}, (number,), (), ()))
    forms = _plan_date_forms(plan.date or "")
    if forms:
        facts.append(_Fact("plan_date", f"{plan.slug}:date", plan, {}, {}, (), forms, ()))
    for goal in plan.goals:
        if goal.number is None or not goal.title:
            continue
        head = _clean(re.split(r"[,;:(]", goal.title)[0])
        head = re.sub(r"^(các mục tiêu về|về)\s+", "", head, flags=re.I)
        words = head.split()[:6]
        while len(words) > 2 and (fold(words[-1]) in _TRAILING_STOP or fold(words[-1]) == "tre"):
            words.pop()
        if len(words) >= 2:
            facts.append(_Fact("plan_goal", f"{plan.slug}:goal{goal.number}", plan,
                               {"g": str(goal.number)}, {"g": str(goal.number)}, (),
                               (" ".join(words),), ()))
    if plan.signer:
        facts.append(_Fact("plan_signer", f"{plan.slug}:signer", plan, {}, {}, (plan.signer,), (), ()))
    return facts


def _facts(kb) -> list[_Fact]:
    facts = []
    for plan in kb.plans:
        facts += _target_facts(plan)
        facts += _agency_facts(plan, "lead")
        facts += _agency_facts(plan, "partner")
        facts += _agency_indicator_facts(plan)
        facts += _agency_task_facts(plan)
        facts += _deadline_facts(plan)
        facts += _contact_facts(plan)
        facts += _campaign_facts(plan)
        facts += _count_facts(plan)
        facts += _plan_info_facts(plan)
    return facts


# --- generation -------------------------------------------------------------------------------

def generate(kb, *, seed: int = 0, per_fact: int = 3, styles: Iterable[str] = STYLES) -> list[Probe]:
    """Probes for every fact of every plan of ``kb`` (a ``knowledge.kb.KnowledgeBase``).

    Each fact gets ``per_fact`` Vietnamese phrasings (templates drawn without repetition), each
    asked in every style of ``styles`` (``"vi"``, ``"vi_noaccent"``, ``"phone"``, ``"en"``; the
    English question of slot *i* uses its own template family). The probes of one slot share a
    ``group``. Deterministic for a given ``seed``. Targets flagged ``needs_review`` are left out.
    Raises ``ValueError`` for an unknown style."""
    styles = tuple(styles)
    unknown = set(styles) - set(STYLES)
    if unknown:
        raise ValueError(f"unknown styles: {sorted(unknown)}")
    rng = random.Random(seed)
    localities = kb.localities()
    counts: dict[str, int] = {}
    for plan in kb.plans:
        counts[fold(plan.locality)] = counts.get(fold(plan.locality), 0) + 1
    refs = {plan.slug: _PlanRef(plan, counts[fold(plan.locality)] == 1) for plan in kb.plans}
    probes: list[Probe] = []
    for fact in _facts(kb):
        kind = FAMILY_KIND.get(fact.family, fact.family)
        ref = refs[fact.plan.slug]
        no_number = bool(fact.vi.get("no_number"))
        vi_templates = [(i, t) for i, t in enumerate(VI[fact.family])]
        rng.shuffle(vi_templates)
        en_templates = [(i, t) for i, t in enumerate(EN[fact.family])]
        rng.shuffle(en_templates)
        chosen = 0
        for index, template in vi_templates:
            if chosen >= per_fact:
                break
            slots = dict(fact.vi, plan=ref.vi(rng, no_number=no_number))
            question = _render(template, slots)
            if question is None:
                continue
            group = f"{fact.fact}#{chosen}"
            chosen += 1
            for style in styles:
                if style == "en":
                    q_en, t_en = _english(fact, ref, en_templates, chosen - 1, rng)
                    if q_en is None:
                        continue
                    expect_any = fact.en_expect_any if fact.en_expect_any is not None else fact.expect_any
                    probes.append(Probe(q_en, "en", f"{fact.family}/en/{t_en}", kind, fact.plan.slug,
                                        group, fact.expect_all, tuple(expect_any), fact.must_not,
                                        fact.fact))
                    continue
                text = _styled(question, style, rng, localities)
                probes.append(Probe(text, style, f"{fact.family}/vi/{index}", kind, fact.plan.slug,
                                    group, fact.expect_all, fact.expect_any, fact.must_not,
                                    fact.fact))
    return probes


def _english(fact: _Fact, ref: _PlanRef, templates, slot: int, rng: random.Random):
    if fact.en is None:
        return None, None
    no_number = bool(fact.en.get("no_number"))
    usable = [(i, t) for i, t in templates
              if _render(t, dict(fact.en, plan="X")) is not None]
    if not usable:
        return None, None
    index, template = usable[slot % len(usable)]
    return _render(template, dict(fact.en, plan=ref.en(rng, no_number=no_number))), index


# --- out of scope -----------------------------------------------------------------------------

OOS_VI = (
    "Lương cơ sở của {role} năm nay là bao nhiêu?",
    "Viên chức được nghỉ phép năm mấy ngày?",
    "Nghỉ Tết Nguyên đán năm nay cán bộ {agency} được mấy ngày?",
    "Luật Đất đai quy định thu hồi đất thế nào?",
    "Thời tiết ở {province} ngày mai thế nào?",
    "Hạn nộp thuế thu nhập cá nhân là khi nào?",
    "Số tổng đài báo mất điện ở {province} là gì?",
    "Đường dây nóng cấp nước sạch của {province} số mấy?",
    "Chỉ tiêu tuyển sinh lớp 10 năm nay của {province} là bao nhiêu?",
    "Phường {ward} có bao nhiêu trẻ em?",
    "Năm 2023 tỷ lệ {topic} thực tế ở {province} đạt bao nhiêu?",
    "Bé Nguyễn Văn {name} ở phường {ward} bị {harm}, tôi phải làm gì?",
    "{topic} của {province} là bao nhiêu?",
    "Kế hoạch bảo vệ trẻ em của {province} giao {agency} những nhiệm vụ gì?",
    "Chỉ tiêu {topic} năm {year_out} là bao nhiêu?",
    "Số điện thoại riêng của giám đốc {agency} là gì?",
    "Số tài khoản ngân hàng của {agency} để ủng hộ là gì?",
    "Cách đăng ký xe máy mới ở {province}?",
    "Bảo hiểm xã hội bắt buộc đóng bao nhiêu phần trăm lương?",
    "Giá vàng hôm nay bao nhiêu?",
    "Lịch tiêm vắc xin của con tôi tháng sau là ngày nào?",
    "Học phí mầm non công lập ở {province} năm học này là bao nhiêu?",
    "Mức phạt vượt đèn đỏ xe máy là bao nhiêu?",
    "Ai là chủ tịch UBND {province} hiện nay?",
    "Điểm chuẩn đại học năm nay ngành y là bao nhiêu?",
    "Làm thủ tục ly hôn ở đâu?",
    "{agency} ở {province} đóng cửa lúc mấy giờ?",
    # definitions of the laws, which the plans use but do not state
    "Theo Luật Trẻ em, trẻ em là người dưới bao nhiêu tuổi?",
    "Người chưa thành niên là người bao nhiêu tuổi?",
    "Trẻ mấy tuổi thì phải đi học bắt buộc?",
)

# About a loaded plan, but beyond what it states: an indicator number past its count, a year
# outside its period. These name a loaded locality on purpose.
OOS_LOADED_VI = (
    "Chỉ tiêu {beyond} của {loaded} là gì?",
    "{topic} của {loaded} năm {year_out} là bao nhiêu?",
    "Ai chủ trì chỉ tiêu {beyond} ở {loaded}?",
    "Năm {year_out} {loaded} phấn đấu {topic} đạt bao nhiêu?",
)
OOS_LOADED_EN = (
    "What is indicator {beyond_n} of {loaded_en}?",
    "What is the {en_topic} target of {loaded_en} for {year_out}?",
    "Which department leads indicator {beyond_n} in {loaded_en}?",
)

OOS_EN = (
    "What is the base salary of civil servants this year?",
    "How many days of annual leave do public employees get?",
    "What does the Land Law say about land recovery?",
    "What is the weather in {province_en} tomorrow?",
    "When is the personal income tax deadline?",
    "What is the electricity outage hotline in {province_en}?",
    "How many children live in {ward_en} ward?",
    "What was the actual {en_topic} rate in {province_en} in 2023?",
    "A child called Nguyen Van {name} in {ward_en} ward was {harm_en}, what should I do?",
    "What is the {en_topic} target of {province_en}?",
    "What is the personal phone number of the director of {agency_en}?",
    "What is the bank account of {agency_en} for donations?",
    "How many students can enrol in grade 10 in {province_en} this year?",
    "What is the gold price today?",
    "Who is the chairman of {province_en} People's Committee now?",
    "Under Vietnamese law, a child is a person under what age?",
)

_HARMS = (("bị bạo hành", "beaten"), ("bị bỏ rơi", "abandoned"), ("bỏ học", "dropping out"),
          ("bị tai nạn giao thông", "hit by a car"))
_ROLES = ("giáo viên mầm non", "công chức cấp xã", "cán bộ {agency}", "cộng tác viên")
_WARDS = ("Tân Mai", "Hòa Bình", "Phú Lợi", "An Phú", "Thạnh Xuân", "Tân Lập", "Quang Trung")
_NAMES = ("A", "B", "Tèo", "Nam", "Minh")


def out_of_scope(kb, *, seed: int = 0, n: int = 200) -> list[Probe]:
    """``n`` near-domain questions the plans do not answer, in the four styles in turn (vi,
    vi_noaccent, phone, en). Built from the templates above with the knowledge base's own agency
    names and topics, provinces that are NOT loaded, years outside every plan's period and
    indicator numbers beyond every plan's count. Each expects a decline
    (``kind == "out_of_scope"``, no expectations). Deterministic for a given ``seed``."""
    rng = random.Random(seed)
    loaded = [fold(loc) for loc in kb.localities()]
    provinces = [p for p in PROVINCES
                 if not any(fold(p) in loc or loc in fold(p) for loc in loaded)] or ["Sao Hỏa"]
    agencies = sorted({a.name for p in kb.plans for a in p.agencies
                       if not a.mentioned_only and not p.ocr
                       and not any(_contains_words(a.name, loc) for loc in kb.localities())})
    agencies = agencies or ["Sở Y tế"]
    topics = sorted({en_topic(t.metric) and indicator_topic(i, t, max_words=8)
                     for i in kb.indicators() for t in i.targets if not t.qualifier} - {None, ""})
    topics = [t for t in topics if en_topic(t) and not re.search(r"\d", t)] or ["tỷ lệ tiêm chủng"]
    years = [y for p in kb.plans for y in (p.period_start, p.period_end) if y]
    year_out = [max(years, default=2030) + 10, min(years, default=2020) - 6]
    values = _fact_numbers(kb)
    beyond_start = max([i.number or 0 for i in kb.indicators()], default=0) + 5
    beyond = [k for k in range(beyond_start, beyond_start + 40) if str(k) not in values][:10] or [99]
    probes = []
    for k in range(n):
        loaded = rng.choice(kb.localities()) if kb.plans else None
        beyond_n = rng.choice(beyond)
        style = STYLES[k % len(STYLES)]
        agency = rng.choice(agencies)
        topic = rng.choice(topics)
        province = rng.choice(provinces)
        harm = rng.choice(_HARMS)
        slots = {"province": province, "province_en": _en_locality(province),
                 "agency": agency, "agency_en": strip_accents(agency), "topic": topic,
                 "en_topic": en_topic(topic), "ward": rng.choice(_WARDS),
                 "ward_en": strip_accents(rng.choice(_WARDS)), "name": rng.choice(_NAMES),
                 "harm": harm[0], "harm_en": harm[1], "year_out": rng.choice(year_out),
                 "beyond": beyond_n, "beyond_n": beyond_n, "loaded": loaded,
                 "loaded_en": _en_locality(loaded) if loaded else None}
        slots["role"] = rng.choice(_ROLES).format(agency=agency)
        lang = "en" if style == "en" else "vi"
        # one question in five is about a loaded plan, beyond what it states
        family = "loaded" if loaded and rng.random() < 0.2 else "general"
        templates = {("en", "general"): OOS_EN, ("vi", "general"): OOS_VI,
                     ("en", "loaded"): OOS_LOADED_EN, ("vi", "loaded"): OOS_LOADED_VI}[lang, family]
        index = rng.randrange(len(templates))
        question = _render(templates[index], slots)
        if lang == "vi":
            question = _styled(question, style, rng, kb.localities())
        name = "out_of_scope" if family == "general" else "out_of_scope_plan"
        probes.append(Probe(question, style, f"{name}/{lang}/{index}", "out_of_scope", None,
                            f"oos:{k}", (), (), (), f"oos:{k}"))
    return probes


# A kind of fact a loaded place's plans do not give (no plan of the place sets a reporting
# date): the honest reply says so; any other passage or date is a wrong answer.
ABSENT_VI = {
    "deadline": ("Hạn báo cáo của {loaded} là khi nào?", "{loaded} phải gửi báo cáo năm trước ngày nào?",
                 "Khi nào hết hạn nộp báo cáo kết quả thực hiện kế hoạch ở {loaded}?",
                 "Báo cáo định kỳ hằng năm của {loaded} gửi trước ngày mấy?"),
}
ABSENT_EN = {
    "deadline": ("When is the annual report due in {loaded_en}?", "What is the reporting deadline of {loaded_en}?"),
}


def absent_facts(kb, *, seed: int = 0, per_place: int = 8) -> list[Probe]:
    """Questions asking a kind of fact (a reporting deadline) of a loaded place none of whose
    plans states one, in the four styles in turn; each expects a decline
    (``kind == "out_of_scope"``). Deterministic for a given ``seed``."""
    rng = random.Random(seed)
    probes = []
    for locality in kb.localities():
        plans = [p for p in kb.plans if fold(p.locality) == fold(locality)]
        for facet, attribute in (("deadline", "deadlines"),):
            if any(getattr(p, attribute) for p in plans):
                continue
            for k in range(per_place):
                style = STYLES[k % len(STYLES)]
                templates = ABSENT_EN[facet] if style == "en" else ABSENT_VI[facet]
                index = rng.randrange(len(templates))
                question = _render(templates[index], {"loaded": locality, "loaded_en": _en_locality(locality)})
                if style != "en":
                    question = _styled(question, style, rng, kb.localities())
                key = f"absent:{fold(locality)}:{facet}:{k}"
                probes.append(Probe(question, style, f"absent_{facet}/{index}", "out_of_scope", plans[0].slug,
                                    key, (), (), (), key))
    return probes


def _fact_numbers(kb) -> set[str]:
    """Every number stated as a fact (target values, phone numbers, plan numbers, dates)."""
    numbers: set[str] = set()
    for plan in kb.plans:
        for t in (t for i in plan.indicators for t in i.targets):
            numbers.update(number_forms(t.value))
            if t.value_max is not None:
                numbers.update(number_forms(t.value_max))
        for c in plan.contacts:
            numbers.add(c.number)
        if _short_number(plan):
            numbers.add(_short_number(plan))
    return numbers
