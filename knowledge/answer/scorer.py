"""One calibrated score for every candidate answer.

Each reading of a question (an indicator's targets or leads, an agency's indicators or tasks,
a deadline, a contact, the campaign, a count, plan information, the best passage…) proposes a
candidate ``Answer``. ``features(candidate, question)`` describes how well it fits: the
reader's own match strength, whether the question's answer-type cues (who / when / how many /
which figure / which phone / what tasks) point at this kind of answer, whether the slots agree
(plan named, indicator, year, agency), how much of the question the answer covers, and how much
of the question the plans do not know at all. ``probability(features)`` is a logistic model of
"this answer states the right fact": a few plan-independent weights, fitted by
``python -m bot fit-answers`` (``knowledge.answer.fitting``) on questions generated from the
knowledge base plus near-domain questions the plans do not answer, and shipped in
``weights.json`` beside this module. A new plan needs no refitting.

Reference for the design: Kamath, Jia & Liang, "Selective Question Answering under Domain
Shift" (ACL 2020): a calibrator fitted with out-of-domain questions decides when to abstain.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from knowledge.query import WHOLE_PERIOD_RE

WEIGHTS_PATH = Path(__file__).with_name("weights.json")

# The kinds of answer a candidate can be (Answer.intent of the readers).
KINDS = ("target", "lead", "about", "compare", "agency_indicators", "agency_tasks", "deadline",
         "contact", "campaign", "campaign_theme", "campaign_dates", "campaign_slogans", "count",
         "plan_info", "plan_info_number", "plan_info_date", "plan_info_period", "plan_info_refs", "goal", "funding", "signer",
         "list_plans", "passage", "frequency")

# Which answer-type cue of the question (knowledge.query cues) asks for which kind of answer.
CUES_FOR_KIND = {
    "target": ("figure",),
    "compare": ("compare", "figure"),
    "lead": ("lead", "partner", "who"),
    "about": ("about",),
    "agency_indicators": ("agency_indicators", "count"),
    "agency_tasks": ("tasks",),
    "deadline": ("deadline", "when", "recipient"),
    "contact": ("contact",),
    "campaign": ("campaign",),
    "campaign_theme": ("theme",),
    "campaign_dates": ("when", "period"),
    "campaign_slogans": ("slogans",),
    "count": ("count",),
    "plan_info": ("plan_info", "when", "proposer"),
    "plan_info_number": ("doc_number",),
    "plan_info_date": ("issue_date", "when"),
    "plan_info_period": ("period_asked",),
    "plan_info_refs": ("refs",),
    "goal": ("goal_about",),
    "funding": ("funding",),
    "signer": ("signer", "who"),
    "list_plans": ("list_plans",),
    "passage": (),
    "frequency": ("frequency",),
}
ANSWER_TYPE_CUES = frozenset(c for cues in CUES_FOR_KIND.values() for c in cues)

FEATURES = (
    "bias", "strength", "cue_fit", "cue_other", "no_cue", "plan_named", "indicator_fit",
    "indicator_miss", "year_fit", "year_miss", "agency_fit", "agency_miss", "coverage",
    "low_coverage", "key_miss", "accent_miss", "type_miss", "vague", "uncovered", "usual", "usual_low", "unknown_share", "short_question", "english", "several_plans",
    *(f"kind:{k}" for k in KINDS),
    # how reliable a cue is differs by kind ("when" asks for a deadline or an issue date)
    *(f"fit:{k}" for k in KINDS),
    *(f"when:{k}" for k in KINDS),
)

_FIGURE_RE = re.compile(r"\b(?:bao nhieu|bn|may phan tram|phan tram|ty le|ti le|ty suat|muc tieu|"
                        r"dat|target|rate|share|percentage|percent|how much|how many|aim for|aims for|"
                        r"should reach|must reach|to reach|"
                        # "mấy" of a count of things ("ít nhất mấy điểm vui chơi"), not "số mấy",
                        # "mấy ngày", "mấy tuổi" (a number, a deadline, an age)
                        r"(?:it nhat|toi thieu|can|phai) may|may (?:diem|xa|phuong|huyen|lop|truong|co so|be|"
                        r"cau lac bo|mo hinh|tre|em|nguoi|vu|cap|suat|phong|nha|thon|ban))\b")
_THEME_RE = re.compile(r"\b(?:chu de|theme|topic)\b")
_SLOGANS_RE = re.compile(r"\b(?:khau hieu|thong diep|slogans?|messages?)\b")
# from when to when something runs (a campaign's dates), beyond the bare "when"
_PERIOD_RE = re.compile(r"\b(?:bat dau|ket thuc|dien ra|keo dai|tu ngay|den ngay|start|starts|begin|begins|"
                        r"end|ends|finish|finishes|run|runs|held|to chuc)\b")
_DOC_NUMBER_RE = re.compile(r"\b(?:so may|so bao nhieu|so hieu|so van ban|so ky hieu|ky hieu|what number|"
                            r"document number|reference number|issued under)\b")
_ISSUE_DATE_RE = re.compile(r"\b(?:ban hanh ngay|ky ngay|ngay ban hanh|ngay ky|ban hanh khi nao|ky khi nao|"
                            r"ban hanh vao|issued|issue date|date of|ngay of|dated|signed on|when was)\b")
_PERIOD_ASKED_RE = re.compile(r"\b(?:giai doan nao|thoi ky nao|trong giai doan|ap dung|period|which years|"
                              r"what years|time frame|timeframe|covers? which|den nam nao)\b")
# how long a programme or plan runs ("kéo dài đến năm nào", "khi nào kết thúc chương trình"),
# unless a campaign is named: when the Action Month ends is its dates
_PROGRAMME_SPAN_RE = re.compile(r"\b(?:keo dai\b(?!.*\bngay\b)|last until|runs? until|"
                                r"(?:ket thuc|bat dau)\b.*\b(?:chuong trinh|ke hoach)|"
                                r"(?:chuong trinh|ke hoach|programme|program|plan)\b.*\b(?:ket thuc|bat dau|end|ends|start|starts))\b")
_CAMPAIGN_NAMED_RE = re.compile(r"\b(?:thang hanh dong|action month)\b")
_GOAL_ABOUT_RE = re.compile(r"\b(?:muc tieu|goal)\s+\d{1,2}\b.*\b(?:la gi|ve van de gi|ve gi|noi dung|"
                            r"what|about|cover|covers|area|la)\b|\b(?:noi dung|what is|cho hoi)\s+(?:muc tieu|goal)\s+\d")
_FUNDING_RE = re.compile(r"\b(?:kinh phi|ngan sach|nguon von|bao nhieu tien|so tien|xa hoi hoa|trieu dong|"
                         r"ty dong|budget|funding|funds|money|cost|costs|du kien chi|chi bao nhieu|spend|spending|"
                         # a fund's yearly drive: "Quỹ … vận động tối thiểu 3 tỷ đồng mỗi năm"
                         r"(?:van dong|huy dong) (?:hang|moi) nam)\b"
                         # "được bố trí tối thiểu bao nhiêu mỗi năm", "how much is allocated": money
                         # set aside (not "bố trí bao nhiêu công chức": staff; the noun ends it)
                         r"|\bbo tri\s+(?:toi thieu\s+|it nhat\s+|khoang\s+)?bao nhieu(?:\s+(?:tien|kinh phi))?(?=\s*$|\s+(?:moi|hang|mot|1)\s+nam\b)"
                         r"|\bhow much\b.*\ballocat")
_AGE_ASKED_RE = re.compile(r"\b(?:bao nhieu tuoi|may tuoi|do tuoi nao|tuoi nao|what age|how old)\b")
_WHEN_RE = re.compile(r"\b(?:khi nao|bao gio|ngay nao|thang nao|nam nao|luc nao|when|what date|"
                      r"by when|which date|han chot|thoi gian nao|thang may|dip nao|"
                      r"(?:what|which) (?:month|year)|dates|date range|until when|until what date|"
                      r"(?:the|what|which) ngay|"
                      # "… tháng hành động 2020 thời gian", "thời gian diễn ra": the time is asked
                      r"thoi gian(?: (?:dien ra|to chuc|thuc hien|bat dau|ket thuc))?(?= *\??$)|"
                      r"thoi gian (?:dien ra|to chuc|bat dau|ket thuc))\b")


# asks which document a plan carries out ("thực hiện chỉ thị nào", "implements which decision")
# ("ban hành kèm theo quyết định số mấy": the decision the programme is attached to, its own number)
_REFS_RE = re.compile(r"\b(?:thuc hien|trien khai|implement|implements|implementing|carry out|carries out|"
                      r"under|can cu|(?<!kem )theo)\s+(?:\w+\s+){0,3}?(?:chi thi|quyet dinh|nghi quyet|ke hoach|chuong trinh|"
                      r"van ban|thong tu|nghi dinh|cong van|luat|directive|decision|resolution|circular|decree)\s+"
                      r"(?:nao|gi|so may|so bao nhieu|which|what)\b"
                      r"|\b(?:which|what)\s+(?:\w+\s+){0,2}(?:directive|decision|resolution|documents?|circular|decree|"
                      r"chi thi|quyet dinh|nghi quyet|thong tu|nghi dinh)\b"
                      # "which Party documents does the plan implement?"
                      r"|\b(?:implement|carry out)\s*$"
                      # "carries out which Party Committee plan", "which plan number does it implement"
                      r"|\b(?:implement\w*|carr(?:y|ies|ying) out|based on)\s+which\s+(?:\w+\s+){0,3}"
                      r"(?:plan|directive|decision|resolution|document)s?\b"
                      r"|\bwhich\s+(?:\w+\s+){0,3}(?:plan|directive|decision|resolution|document)s?\s+(?:number\s+)?"
                      r"(?:does|do|did|is)\s+(?:\w+\s+){0,6}(?:implement|carry out|based on)\b")
# asks for a body or a person ("ai hướng dẫn thực hiện chỉ tiêu 14", "which Hanoi agency …")
# who proposed the plan asked (folded): "theo đề nghị của ai", "tờ trình của sở nào", "sở nào
# trình", "who drafted / proposed"
PROPOSER_ASKED_RE = re.compile(r"\b(?:de nghi cua (?:ai|so nao|co quan nao)|theo de nghi|to trinh|(?:ai|so nao|co quan nao|don vi nao) trinh"
                                r"|trinh ke hoach|du thao|soan thao|who (?:proposed|drafted|submitted)|proposed by|drafted by"
                                r"|proposal|submission)\b")


# asks where a report goes ("báo cáo kết quả gửi về phòng nào", "to whom do units send their
# annual reports"): a reporting rule names its recipient, as it names its date
RECIPIENT_ASKED_RE = re.compile(r"\b(?:bao cao|reports?|ket qua)\b.{0,60}?\b(?:gui|nop|chuyen|ve|cho|len|to)\s+"
                           r"(?:(?:ve|cho|toi|den|len)\s+)?(?:ai|dau|phong nao|so nao|co quan nao|don vi nao|noi nao|"
                           r"whom|which (?:office|department|agency|body))\b"
                           r"|\bto whom\b.{0,60}?\breports?\b")
# asks how often (folded): "bao lâu một lần", "bao lâu họp một lần", "mấy lần một năm", "mấy năm
# một lần", "định kỳ bao lâu", "tần suất", "how often", "how many times a year"
FREQUENCY_ASKED_RE = re.compile(
    r"\bbao lau\b(?:\s+\w+){0,3}?\s+(?:mot|1|01) lan\b|\bbao lau (?:lai|thi)\b"
    r"|\b(?:may|bao nhieu|bn)\s+(?:lan|nam|thang|quy)\s*(?:/|(?:mot|1|01|moi|trong(?: mot| 1)?)\s+)\s*(?:lan|nam|thang|quy)\b"
    r"|\bdinh ky\s+(?:bao lau|may thang|may nam)\b|\btan suat\b"
    r"|\bhow (?:often|frequently)\b|\bhow many times\b")
# how many communes and wards there are: a count, as "mấy chỉ tiêu" is
_UNITS_COUNT_RE = re.compile(r"\b(?:bao nhieu|bn|may|how many|so luong|tong so|number of)\s+"
                             r"(?:don vi hanh chinh|dvhc|xa phuong|communes? and wards|commune level)\b")
_WHO_RE = re.compile(r"\b(?:ai|who|whom|which (?:\w+ ){0,3}(?:agency|department|body|office)|"
                     r"co quan nao|so nao|(?<!tinh theo )(?<!tinh bang )don vi nao|nganh nao|ban nao|phong nao)\b")


def answer_type_cues(norm: str, cues: set[str]) -> set[str]:
    """The query's cues plus broad ones read from the folded question: ``figure`` (asks for
    a value), ``when`` (asks for a date), ``who`` (asks for a body or a person) and the
    facets' own (theme, dates, numbers, funding …). A new set each call (read once per
    question and cue set: every candidate asks it)."""
    return set(_answer_type_cues(norm, frozenset(cues)))


@lru_cache(maxsize=256)
def _answer_type_cues(norm: str, cues: frozenset[str]) -> frozenset[str]:
    found = set(cues) & ANSWER_TYPE_CUES
    norm = WHOLE_PERIOD_RE.sub(" ", norm)   # "over the whole period": a span, no period asked
    if _FIGURE_RE.search(norm) or "%" in norm:
        found.add("figure")
    if _WHEN_RE.search(norm):
        found.add("when")
    for cue, pattern in (("theme", _THEME_RE), ("slogans", _SLOGANS_RE), ("period", _PERIOD_RE),
                         ("doc_number", _DOC_NUMBER_RE), ("issue_date", _ISSUE_DATE_RE),
                         ("period_asked", _PERIOD_ASKED_RE), ("goal_about", _GOAL_ABOUT_RE),
                         ("funding", _FUNDING_RE), ("who", _WHO_RE), ("refs", _REFS_RE),
                         ("age", _AGE_ASKED_RE), ("proposer", PROPOSER_ASKED_RE), ("recipient", RECIPIENT_ASKED_RE),
                         ("count", _UNITS_COUNT_RE), ("frequency", FREQUENCY_ASKED_RE)):
        if pattern.search(norm):
            found.add(cue)
    if _PROGRAMME_SPAN_RE.search(norm) and not _CAMPAIGN_NAMED_RE.search(norm):
        found.add("period_asked")
    return frozenset(found)


# What a reply must state to answer a cue: a date, a figure, a phone number (folded text).
_DATE_RE = re.compile(r"\b\d{1,2}/\d{1,2}\b|\bngay \d{1,2}\b|\bthang \d{1,2}\b|\b(?:19|20)\d\d\b|"
                      r"\b\d+\s*(?:ngay|gio|thang|nam|days?|hours?|months?|years?)\b|"  # "trong 3 ngày"
                      r"\b(?:january|february|march|april|may|june|july|august|september|october|"
                      r"november|december)\b")
class _FigureStated:
    """``search(text)``: whether folded ``text`` states a figure, a number that is not a
    document's number ("117/kh-ubnd"), a date ("07/01/2021") or a year: a passage whose
    only digits are its plan's number answers no "bao nhiêu"."""

    # "117/kh-ubnd", "1864/ttr-sldtbxh", "56/2017/nd-cp" (a decree's number holds its year)
    _DOC_NUMBER = re.compile(r"\b\d+\s*[-/]\s*(?:(?:19|20)\d\d\s*[-/]\s*)?[a-z]\S*")
    _DATE = re.compile(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b(?![.,]\d)")
    _YEAR = re.compile(r"\b(?:19|20)\d\d\b(?![.,]\d)")

    def search(self, text: str) -> bool:
        text = self._YEAR.sub(" ", self._DATE.sub(" ", self._DOC_NUMBER.sub(" ", text)))
        return any(c.isdigit() for c in text)


_FIGURE_VALUE_RE = _FigureStated()


def states_figure(folded: str) -> bool:
    """Whether the folded text states a figure (see ``_FigureStated``)."""
    return _FIGURE_VALUE_RE.search(folded)
_PHONE_RE = re.compile(r"\b\d[\d. ]{1,14}\d\b")
_ASKED_TYPES = (({"when", "deadline"}, _DATE_RE),
                ({"figure", "count"}, _FIGURE_VALUE_RE),
                ({"contact"}, _PHONE_RE))


_AGE_STATED_RE = re.compile(r"\d+\s*(?:tuoi|t\b|years?|thang tuoi|months?)")


def stated_age(text: str) -> bool:
    """Whether folded ``text`` states an age ("6 tuoi", "5 years")."""
    return bool(_AGE_STATED_RE.search(text))


def type_missing(cues: set[str], stated: str, first_line: str = "") -> bool:
    """The question asks a date (when/deadline), a figure (how many/what rate), a phone or an
    age, and ``stated`` (the reply's own folded words) holds no value of that type: a passage
    about reports that names no date is no answer to "hạn báo cáo"; a rate whose label says
    "(tính đến 17 tuổi)" is no answer to "trẻ em là người dưới bao nhiêu tuổi" (an age asked is
    looked for in the fact itself, the first line before its label)."""
    fact = first_line.split(" — ")[0] if " — " in first_line else stated   # a passage has no fact line
    if "age" in cues and not _AGE_STATED_RE.search(fact):
        return True
    return any(cues & asked and not pattern.search(stated) for asked, pattern in _ASKED_TYPES)


@dataclass(frozen=True)
class Evidence:
    """What the engine knows about one candidate, before scoring (all plain numbers/flags)."""

    kind: str
    strength: float          # the reader's own match strength, 0..1
    coverage: float          # share of the question's content words the answer's text holds
    indicator_fit: bool      # the question names an indicator and the answer is about it
    indicator_miss: bool     # the question names an indicator and the answer is not about it
    year_fit: bool           # the question names a year and the answer states that year
    year_miss: bool          # the question names a year and the answer does not state it
    agency_fit: bool
    agency_miss: bool
    plans: int               # how many plans the answer covers
    usual: bool = False      # the answer the readers' old fixed order would have given
    key_miss: bool = False   # the question's rarest content word is not in the answer's evidence
    accent_miss: bool = False  # a word typed with accents is there only with other accents ("lương"/"lượng")
    type_miss: bool = False  # the question asks a date, a figure or a phone; the answer states none
    vague: float = 0.0       # how common the question's rarest subject word is (0 rare … 1 everywhere)
    uncovered: float = 0.0   # how many subject words the evidence leaves out, 0 … 1 (six or more)


def features(ev: Evidence, *, cues: set[str], plan_named: bool, unknown_share: float,
             terms: int, english: bool) -> dict[str, float]:
    """The feature vector of one candidate (names in ``FEATURES``)."""
    wanted = set(CUES_FOR_KIND.get(ev.kind, ()))
    fits = bool(wanted & cues)
    out = {name: 0.0 for name in FEATURES}
    out.update({
        "bias": 1.0,
        "strength": ev.strength,
        "cue_fit": float(fits),
        "cue_other": float(bool(cues) and not fits),
        "no_cue": float(not cues),
        "plan_named": float(plan_named),
        "indicator_fit": float(ev.indicator_fit),
        "indicator_miss": float(ev.indicator_miss),
        "year_fit": float(ev.year_fit),
        "year_miss": float(ev.year_miss),
        "agency_fit": float(ev.agency_fit),
        "agency_miss": float(ev.agency_miss),
        "coverage": ev.coverage,
        "low_coverage": float(ev.coverage < 0.5),
        "key_miss": float(ev.key_miss),
        "accent_miss": float(ev.accent_miss),
        "type_miss": float(ev.type_miss),
        "vague": ev.vague,
        # a share says nothing of size: 0% of one word ("lo") is a reader's missing synonym,
        # 0% of eleven ("luật … mức phạt … bạo lực … bao nhiêu tiền") another question
        "uncovered": ev.uncovered,
        # the old order's pick, apart when it covers little of the question: there it was
        # often a reader that fired on a cue word alone
        "usual": float(ev.usual and ev.coverage >= 0.5),
        "usual_low": float(ev.usual and ev.coverage < 0.5),
        "unknown_share": unknown_share,
        "short_question": float(terms <= 1),
        "english": float(english),
        "several_plans": float(ev.plans > 1),
        f"kind:{ev.kind}": 1.0,
        f"fit:{ev.kind}": float(fits),
        f"when:{ev.kind}": float("when" in cues),
    })
    return out


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    threshold: float          # answer when the probability is at least this
    margin: float             # two different readings closer than this: ask which is meant
    ask_floor: float = 1.0    # below the threshold but at least this: ask with the best readings


@lru_cache(maxsize=1)
def model() -> Model:
    """The shipped weights (``weights.json``); without the file, a neutral hand start that
    trusts the readers' own strength (used only before the first fit)."""
    if WEIGHTS_PATH.exists():
        data = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
        return Model({k: float(v) for k, v in data["weights"].items()}, float(data["threshold"]),
                     float(data.get("margin", 0.0)), float(data.get("ask_floor", 1.0)))
    return Model({"bias": -3.0, "strength": 5.0, "cue_fit": 1.5, "cue_other": -1.5, "coverage": 1.0,
                  "indicator_fit": 1.0, "indicator_miss": -2.0, "year_miss": -2.0,
                  "agency_miss": -1.0, "unknown_share": -2.0}, 0.5, 0.0)


def probability(vector: dict[str, float], m: Model | None = None) -> float:
    """P(the candidate states the right fact) under the logistic model ``m``."""
    m = m or model()
    z = sum(m.weights.get(name, 0.0) * value for name, value in vector.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
