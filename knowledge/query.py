"""Question understanding: turn an officer's free-text question into a structured ``Query``.

Everything plan-specific (which localities, document numbers, campaigns, agencies exist) is
read from the plans at runtime through ``PlanRef`` and ``AgencyRef``; only the genre's
vocabulary (abbreviations, cue words, synonyms) comes from ``knowledge.vocab``.
"""

from __future__ import annotations

import itertools
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from knowledge import vocab
from knowledge.parse.clauses import clause_citation
from knowledge.parse.forms import form_row_citation
from knowledge.parse.goals import BRACKET_LABEL_RE
from knowledge.parse.structure import roman_value
from knowledge.text import fold, label_key, normalize, written_label_key

_INDICATOR_RE = re.compile(
    r"\b(?:chi\s+t[a-z]{0,3}u|chit[a-z]{0,3}u|ctieu|ct|indicator|ind|chi\s+so|cs)\s+(?:giao\s+)?(?:so\s+)?(\d{1,3})\b"
)
_GOAL_RE = re.compile(r"\b(?:muc\s+tieu|goal)\s+(?:so\s+)?(\d{1,2})\b")
_YEAR_RE = re.compile(r"\b(19\d\d|20\d\d)\b")
_PERIOD_RE = re.compile(r"\b((?:19|20)\d\d)\s+(?:den\s+|toi\s+|to\s+)?(?:nam\s+)?((?:19|20)\d\d)\b")
# the words before a period that name it (folded): "giai đoạn", "thời kỳ", "period", "phase"
_PERIOD_WORDS_RE = re.compile(r"\b(?:giai doan|thoi ky|period|phase)\s+(?:tu\s+)?(?:nam\s+)?$")
_DOC_RE = re.compile(
    r"\b(ke hoach|kh|quyet dinh|qd|chuong trinh|ctr|chi thi|ct|plan|decision|directive|thong tu|circular|"
    r"nghi dinh|decree|nghi quyet|resolution|so)\s+(\d{2,5})\b"
)
_AGE_RE = re.compile(r"\b(\d{1,2}) t\b")
_LETTER_DIGIT_RE = re.compile(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])")
_DOC_KIND = {
    "ke hoach": "kh", "kh": "kh", "plan": "kh",
    "quyet dinh": "qd", "qd": "qd", "decision": "qd",
    "chuong trinh": "ctr", "ctr": "ctr",
    "chi thi": "ct", "ct": "ct", "directive": "ct",
    "thong tu": "tt", "circular": "tt", "nghi dinh": "nd", "decree": "nd", "nghi quyet": "nq", "resolution": "nq",
    "so": None,
}
# Generic heads of agency names: "Sở Tư pháp" and "Phòng Tư pháp" share the core "tư pháp".
_AGENCY_HEADS = ("so", "phong", "ban", "cuc", "hoi", "doan", "uy ban", "thanh")


def _replace_phrases(text: str, table: dict[str, str]) -> str:
    """Replace whole-word phrases of ``table`` (longest first) in a normalized string."""
    pattern = _phrase_pattern(tuple(sorted(table, key=len, reverse=True)))
    return pattern.sub(lambda m: table[m.group(0)], text)


@lru_cache(maxsize=32)
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b")


# A document's number as written ("138/KH-UBND", "608/QĐ-UBND"): the issuer's suffix would
# otherwise read as an agency ("UBND") in the question.
_DOC_NUMBER_RE = re.compile(r"\b(\d{1,5})\s*[/-]\s*(KH|QĐ|QD|CT|TB|NQ|KL)(?:[-/][\wĐđ]+)*", re.I)
# "ct nào", "ct gì", "mấy ct", "bao nhiêu ct": the abbreviation of "chỉ tiêu" (what is asked
# or counted), not Cần Thơ's initials
_CT_QUESTION_RE = re.compile(r"\bct (nao|gi)\b")
_CT_COUNTED_RE = re.compile(r"\b(may|bn|bao nhieu|so luong|tong so|cac|nhung) ct\b")


# "target 7", "targets 3": an indicator by its number in English (never "target 95%", a year)
_TARGET_NUMBER_RE = re.compile(r"\btargets? (?:no\.? |number |#)?(\d{1,2})\b(?!\s*%|[.,]\d|\s*percent)", re.I)
# "chỉ tiêu 2.5": a target numbered within its section ("2. Mục tiêu cụ thể" › "2.5."), which
# plans number 1…N as written after the dot; not a figure ("2,5%") nor a date ("2.5.2021")
_SECTION_NUMBER_RE = re.compile(r"\b(chỉ tiêu|chi tieu|ct|indicator|target)\s+(?:số\s+|so\s+|no\.?\s*)?"
                                r"\d\.(\d{1,2})\b(?![.,]?\d|\s*%|\s*(?:phần trăm|phan tram|percent))", re.I)
# "chi tieu a 1" (folded "chỉ tiêu a.1"): a goal's letter and the order in it
_LETTER_DOT_CODE_RE = re.compile(r"\b(?:chi tieu|ct|indicator|target)\s+(?:so\s+)?([a-h])\s+(\d{1,2})\b(?!\s*(?:tuoi|%|phan tram))")
# "kết quả đầu ra số 5", "kq 21", "output 4": a target a plan numbers as its tasks' outputs
# (blind round 103; "kq 2025", a year's result, is none, nor "Output 3.1" of a results framework)
_OUTPUT_NUMBER_RE = re.compile(r"\b(?:kết quả đầu ra|ket qua dau ra|kq đầu ra|kq dau ra|kq|outputs?)\s+(?:số\s+|so\s+|no\.?\s*)?"
                               r"(\d{1,2})(?!\d|[.,/]\d)", re.IGNORECASE)
# "[1.2]", "chỉ tiêu nhánh [2.3]", "indicator [2.6]": the same code in brackets, a word between
_BRACKETED_SECTION_RE = re.compile(r"(?:\b(?:chỉ tiêu|chi tieu|ct|indicator|target)\s+(?:[^\W\d_]+\s+)?)?\[\s*\d\.(\d{1,2})\s*\]", re.I)


_BARE_BASE_RE = re.compile(r"\b(1|10|100)000\b")
_BARE_MARKER_RE = re.compile(r"\b(?:chỉ tiêu|chi tieu|ct|indicator|target)\s+(?:số\s+|so\s+)?\(([ivx]{1,5})\)(?!\s*(?:của\s+|cua\s+|thuộc\s+|thuoc\s+)?(?:nhóm|nhom))", re.I)
# "chỉ tiêu (C)", "chỉ tiêu chữ D", "ct H", "indicator (K)": a target named by its capital letter
_LETTER_MARKER_RE = re.compile(r"\b(?:[Cc]hỉ tiêu|[Cc]hi tieu|ct|CT|[Ii]ndicator|[Tt]arget)\s+(?:(?:chữ|chu|letter)\s+)?"
                               r"(?:\(([A-Z])\)|([A-Z])(?![\w.-]))")
# "chỉ tiêu thứ hai của mục tiêu 3" (folded): a target by its order in its goal
_ORDINAL_TARGET_RE = re.compile(r"\bchi tieu thu (nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi) "
                                r"(?:cua |thuoc |trong |o )?(?:muc tieu|nhom) (?:so )?(\d{1,2})\b")
# the same, its group's number kept: "chỉ tiêu 4.1" may be the code "4.1" as the plan writes it
_GROUP_CODE_RE = re.compile(r"\b(?:chỉ tiêu|chi tieu|ct|indicator|target)\s+(?:số\s+|so\s+|no\.?\s*)?"
                            r"(\d)\.(\d{1,2})\b(?![.,]?\d|\s*%|\s*(?:phần trăm|phan tram|percent))"
                            # "[1.2]", "chỉ tiêu nhánh [2.3]": a code in brackets, whatever word before it
                            r"|\[\s*(\d)\.(\d{1,2})\s*\]"
                            # "ct đuối nước (2.4)": the code in parentheses after the topic
                            r"|\(\s*(\d)\.(\d{1,2})\s*\)", re.I)
# (its figures are no words of the question: "2" and "4" would match any row of numbers)
_PARENTHESISED_CODE_RE = re.compile(r"\(\s*\d\.\d{1,2}\s*\)")
# "chỉ tiêu biết bơi an toàn 3.4": a code after the topic, in a question that speaks of an
# indicator; no figure ("1.5%", "1.5 per 1,000", "2.000", a date "1.6.2025")
_LOOSE_CODE_RE = re.compile(
    r"(?<![\w.,/])(\d)\.(\d{1,2})(?![\w.,/%‰]|\s*(?:%|‰|‱|phần|phan|per\b|trên|tren|/|tuổi|tuoi|lần|lan\b|"
    r"tỷ|ty\b|triệu|trieu|nghìn|nghin|điểm|diem|kg|cm|năm|nam\b|ngày|ngay|giờ|gio\b|trẻ|tre\b|child|year|point|time))", re.I)
_INDICATOR_WORD_RE = re.compile(r"\b(?:chỉ tiêu|chi tieu|ct|indicator|target)\b", re.I)


# "1.1.1", "2.3.2": a measure coded by result, output and order (no "1.000.000", no date)
_THREE_LEVEL_CODE_RE = re.compile(r"(?<![\w.,/])(\d{1,2})\.(\d{1,2})\.(\d{1,2})(?![\w/]|[.,]\d)")


def _at_year(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` introduces the year after it, no topic: the "vào" of "vào năm
    2030" (a "vào … nào" question keeps it), the "kết quả" of "kết quả năm 2025" (the result
    a plan starts from)."""
    for phrase in (["vao"], ["ket", "qua"]):
        start = next((i - k for k, w in enumerate(phrase) if w == words[i]), None)
        if start is None or start < 0 or words[start:start + len(phrase)] != phrase:
            continue
        after = [w for w in words[start + len(phrase):start + len(phrase) + 5] if w not in _MILESTONE_YEAR_WORDS]
        if after and _YEAR_RE.fullmatch(after[0]):
            return True
        # ("2025 result for …": English puts the year first)
        if phrase == ["ket", "qua"] and start > 0 and _YEAR_RE.fullmatch(words[start - 1]) \
                and words[start + 2:start + 3] in (["for"], ["of"]):
            return True
    return False


# "vào năm sơ kết 2027", "mốc giữa kỳ 2028": words naming which year, said before it
_MILESTONE_YEAR_WORDS = frozenset(("nam", "so", "ket", "tong", "giua", "cuoi", "ky", "moc"))
_MILESTONE_YEAR_RE = re.compile(r"\b(?:vao\s+)?(?:nam|moc)\s+(?:so ket|tong ket)(?:\s+(?:giua|cuoi) ky)?(?=\s+(?:nam\s+)?(?:19|20)\d\d\b)")
# "đích 2030", "đích cuối kỳ năm 2030": the target of the year, no topic (only before a year:
# "dịch" folds to "dich")
_TARGET_YEAR_RE = re.compile(r"\bdich(?:\s+cuoi ky)?(?=\s+(?:nam\s+)?(?:19|20)\d\d\b)")


# a quarter named by its number (folded): "quý 3", "quý IV"
_QUARTER_NUMBER_RE = re.compile(r"\bquy (?:1|2|3|4|i|ii|iii|iv)\b")


# "n2030", "n 2030" typed on a phone (after the glued letters are split): "năm 2030"
_SHORT_YEAR_WORD_RE = re.compile(r"\bn (?=(?:19|20)\d\d\b)")
_SECTION_SIGN_RE = re.compile(r"(?:\b(?:chỉ tiêu|chi tieu|ct|indicator|target)\s+)?§\s?(\d{1,2})(?!\d)", re.IGNORECASE)


_WITH_D_RE = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, vocab.ABBREVIATIONS_WITH_D)) + r")(?!\w)", re.IGNORECASE)


def prepare(text: str) -> str:
    """Folded, punctuation-free text with English, abbreviations and glued numbers expanded."""
    text = _DOC_NUMBER_RE.sub(lambda m: f"{m.group(1)} {m.group(2)}", text or "")
    text = _WITH_D_RE.sub(lambda m: vocab.ABBREVIATIONS_WITH_D[m.group(0).lower()], text)
    text = _TARGET_NUMBER_RE.sub(r"chỉ tiêu \1", text)   # English "target 7": indicator 7
    text = _SECTION_SIGN_RE.sub(r"chỉ tiêu \1", text)    # "§17", "chỉ tiêu §3": as the plan numbers them
    text = _SECTION_NUMBER_RE.sub(lambda m: f"{m.group(1)} {m.group(2)}", text)
    text = _BRACKETED_SECTION_RE.sub(r"chỉ tiêu \1", text)
    text = _PARENTHESISED_CODE_RE.sub(" ", text)
    if _INDICATOR_WORD_RE.search(text):
        text = _LOOSE_CODE_RE.sub(" ", text)
    text = _OUTPUT_NUMBER_RE.sub(r"chỉ tiêu \1", text)
    norm = _CT_COUNTED_RE.sub(r"\1 chi tieu", _CT_QUESTION_RE.sub(r"chi tieu \1", normalize(text)))
    norm = _LETTER_DIGIT_RE.sub(" ", norm)
    norm = _AGE_RE.sub(r"\1 tuoi", norm)   # phone typing: "trẻ dưới 5t" is "5 tuổi"
    norm = _SHORT_YEAR_WORD_RE.sub("nam ", norm)   # … and "n2030" is "năm 2030"
    # a rate's base typed without its dot ("trên 100000"): the plans write "100.000"
    norm = _BARE_BASE_RE.sub(r"\1 000", norm)
    norm = _ATTEND_EVENT_RE.sub("tham du", norm)
    norm = _WHERE_SENT_RE.sub("", norm) + (" gui ve dau" if _WHERE_SENT_RE.search(norm) else "")
    norm = _BUILDS_ON_RE.sub("can cu", norm)
    norm = _ENGLISH_FORM_RE.sub(_english_base, norm)
    norm = _replace_phrases(norm, vocab.ENGLISH)
    norm = _replace_phrases(norm, vocab.ABBREVIATIONS)
    # a name said twice, the second time by its initials ("the labour department (DOLISA)"):
    # one office named, once
    norm = _REPEATED_PHRASE_RE.sub(r"\1", " ".join(norm.split()))
    return norm


# a phrase of two words or more said twice in a row (folded)
_REPEATED_PHRASE_RE = re.compile(r"\b((?:[a-z0-9]+ ){1,7}[a-z0-9]+) \1\b")


# "where do units send their reports", "to whom … reports", "who receives the quarterly reports":
# where the reports go ("gửi về đâu"), asked with the words the question puts between
_WHERE_SENT_RE = re.compile(r"\b(?:where (?:do|does|did|should|must|shall|are|is|will|to)|to whom|who receives?|"
                            r"(?:which|what) (?:office|agency|department|body|unit)s? (?:do|does|should|must|shall|will))\b"
                            r"(?=.*\b(?:reports|(?:the|their|its|annual|yearly|quarterly|monthly|final|summary|progress|"
                            r"six-monthly|half-yearly)\s+report)\b)")
# (… a report's, the noun: "where do I send a complaint", "to whom should I report a case" ask no duty)


# "which decision does the plan build on?": what it rests on ("căn cứ"), said last — not
# "build on Cô Tô island", which builds a school there
_BUILDS_ON_RE = re.compile(r"\b(?:build|builds|built|building|draw|draws|drawn|rest|rests|based)\s+(?:up)?on\s*$")


# "attend" an event (a forum, a ceremony) is taking part in it ("tham dự"); attending
# kindergarten, the table's reading ("đi học"), is how English questions mostly use it
_ATTEND_EVENT_RE = re.compile(r"\battend(?:s|ed|ing)?\b(?=(?:\s+\w+){0,4}?\s+(?:forums?|meetings?|events?|"
                              r"conferences?|ceremon\w*|sessions?|festivals?|camps?|councils?|congress\w*|"
                              r"dien dan|hoi nghi|le)\b)")


# English words in an inflected form the table does not list ("reporting", "leads",
# "coordinated"): read as the listed form. A folded Vietnamese syllable never ends so.
_ENGLISH_FORM_RE = re.compile(r"\b[a-z]{3,}(?:ing|ed|es|s|ly)\b")


def _english_base(m: re.Match) -> str:
    word = m.group(0)
    if word in _english_words():
        return word
    for suffix, endings in (("ies", ("y",)), ("ing", ("", "e")), ("ed", ("", "e")), ("es", ("", "e")),
                            ("s", ("",)), ("ily", ("y",)), ("ly", ("", "e"))):   # "safely": "safe"
        if word.endswith(suffix):
            stem = word[:-len(suffix)]
            for ending in endings:
                if stem + ending in _english_words():
                    return stem + ending
            # a consonant doubled before the ending: "submitting", "planned"
            if suffix in ("ing", "ed") and len(stem) >= 3 and stem[-1] == stem[-2] and stem[:-1] in _english_words():
                return stem[:-1]
    return word


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    return frozenset(w for phrase in vocab.ENGLISH for w in phrase.split())


def has_phrase_in(texts: str, phrase: str) -> bool:
    """Whether any of the ``" | "``-joined folded texts holds ``phrase`` as whole words."""
    return f" {phrase.strip()} " in f" {texts.replace(' | ', '  ')} "


def has_phrase(norm: str, phrase: str) -> bool:
    """Whether folded, space-separated ``norm`` holds ``phrase`` as whole words."""
    return f" {phrase.strip()} " in f" {norm} "


# --------------------------------------------------------------------------- plan references

@dataclass
class PlanRef:
    """What a question may call a plan by, read from the plan's own fields."""

    slug: str
    locality: str                     # as written
    locality_norm: str                # "ha noi"
    locality_initials: str            # "hn"
    documents: set[tuple[str | None, str]] = field(default_factory=set)   # ("kh", "138")
    own_numbers: set[str] = field(default_factory=set)   # its own number's ("138"), not those it carries out
    campaign_phrases: list[str] = field(default_factory=list)            # "thang hanh dong"
    # each campaign's phrase and the words of its name that tell it from the others
    campaign_words: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    years: set[int] = field(default_factory=set)
    period: tuple[int, int] | None = None                                # (2021, 2030)
    issued_year: int | None = None                                       # the year it was signed
    indicator_numbers: set[int] = field(default_factory=set)
    goal_numbers: set[int] = field(default_factory=set)
    former_places: set[str] = field(default_factory=set)   # "nam dinh": a province merged into its own
    # its targets' letter codes, keyed letters and number ("qg9" → "QG 9", "r1" → "R1")
    codes: dict[str, str] = field(default_factory=dict)
    compact_codes: dict[str, str] = field(default_factory=dict)   # _compact_code(label) → label


def doc_refs(text: str) -> set[tuple[str | None, str]]:
    """("kh", "138") pairs from "138/KH-UBND", "Chỉ thị 28-CT/TW", "Kế hoạch số 232-KH/TU"."""
    refs: set[tuple[str | None, str]] = set()
    norm = normalize(text)
    for number, kind in re.findall(r"\b(\d{2,5})\s+(kh|qd|ct|ctr|tb)\b", norm):
        refs.add((kind, number))
    for number, kind in re.findall(r"\b(\d{2,5})\s+(?:(?:19|20)\d\d\s+)?(tt|nd|nq)\b", norm):
        refs.add((kind, number))   # "28/2019/TT-BLĐTBXH", "56/2017/NĐ-CP"
    for kind, number in re.findall(
        r"\b(ke hoach|quyet dinh|chi thi|chuong trinh|thong tu|nghi dinh|nghi quyet)\s+(?:so\s+)?(\d{2,5})\b", norm
    ):
        refs.add((_DOC_KIND[kind], number))
    return refs


def plan_ref(plan) -> PlanRef:
    locality = plan.locality or ""
    loc_norm = normalize(locality)
    ref = PlanRef(
        slug=plan.slug,
        locality=locality,
        locality_norm=loc_norm,
        locality_initials="".join(w[0] for w in loc_norm.split()),
    )
    if plan.number:
        ref.documents |= doc_refs(plan.number)
        ref.own_numbers = {n for _, n in doc_refs(plan.number)}
    for reference in plan.references or []:
        ref.documents |= doc_refs(reference)
    for campaign in plan.campaigns or []:
        phrase = campaign_phrase(campaign.name)
        if phrase:
            ref.campaign_phrases.append(phrase)
            ref.campaign_words.append((phrase, frozenset(normalize(campaign.name).split()) - CAMPAIGN_COMMON_WORDS))
        for date in (campaign.start, campaign.end):
            if date:
                ref.years.add(int(date[:4]))
    for year in (plan.period_start, plan.period_end):
        if year:
            ref.years.add(year)
    if plan.period_start and plan.period_end:
        ref.period = (plan.period_start, plan.period_end)
    if plan.date and re.match(r"\d{4}", plan.date):
        ref.issued_year = int(plan.date[:4])
    ref.indicator_numbers = {i.number for i in plan.indicators if i.number is not None}
    ref.goal_numbers = {g.number for g in plan.goals if g.number is not None}
    ref.former_places = _former_places(plan)
    tails: dict[str, list[str]] = {}
    for indicator in plan.indicators:
        # any code of letters and numbers ("HP-M1.4", "KH.TE.01"), as typed in any spacing
        compact = _compact_code(indicator.label or "")
        if compact:
            ref.compact_codes[compact] = indicator.label
            # … or without the plan's letters before a hyphen ("M1.4"): one code's tail only
            for cut in re.finditer(r"-", indicator.label or ""):
                tail = _compact_code(indicator.label[cut.end():])
                if tail and re.match(r"[a-z]", tail):
                    tails.setdefault(tail, []).append(indicator.label)
        coded = _LETTER_CODE_RE.fullmatch(fold((indicator.label or "").lower()).strip())
        if coded:
            ref.codes[f"{coded.group(1)}{int(coded.group(2))}"] = indicator.label
        hyphened = re.fullmatch(r"(\d{1,2})-(\d{1,2})", indicator.label or "")
        if hyphened:      # "1-3": a goal's number and the order in it
            ref.codes[f"{int(hyphened.group(1))}-{int(hyphened.group(2))}"] = indicator.label
    for tail, labels in tails.items():
        if len(labels) == 1:
            ref.compact_codes.setdefault(tail, labels[0])
    return ref


def _compact_code(label: str) -> str | None:
    """A code of letters and numbers folded, lower case, without its separators and the zeros
    padding its whole numbers (not those after a dot: 1.10 is not 1.1): "HP-M1.4" → "hpm1.4",
    "KH.TE.01" → "khte1"; None for a label that is
    not one (no letter, no digit, or words: "KHAI SINH")."""
    folded = fold(label).lower().strip()
    if not re.fullmatch(r"(?=.*[a-z])(?=.*\d)[a-z0-9]+(?:[ .\-/][a-z0-9]+)*", folded) or len(folded) > 16:
        return None
    # a separator between numbers stays ("m1.4" is not "m14", "gd1-2" not "gd12"); others go
    folded = re.sub(r"(?<=\d)[ \-/](?=\d)", "-", folded)
    folded = re.sub(r"(?<!\d)\.|\.(?!\d)|(?<!\d)[ \-/]|[ /](?!\d)|-(?!\d)", "", folded)
    return re.sub(r"(?<![\d.])0+(?=\d)", "", folded)


# a code typed in a question: letters and numbers with or without separators ("HP-M1.4",
# "hp m1.4", "M1.4", "khte01"), no part of a longer word or number
_TYPED_CODE_RE = re.compile(r"(?<![\w.,/-])([a-z]{1,4}(?:[ .\-/]?[a-z]{1,4}){0,2}[ .\-/]?\d{1,3}(?:\.\d{1,2}){0,2})"
                            r"(?![\w-]|[.,]\d)")


# a target's code of letters and its number ("QG 9", "QG-9", "R1"), folded
_LETTER_CODE_RE = re.compile(r"([a-z]{1,4})[ -]?(\d{1,3})")
_TYPED_HYPHEN_CODE_RE = re.compile(r"\b(?:chi tieu|ct|indicator|target|so hieu|ma|code)\s+(?:so\s+)?\(?(\d{1,2})-(\d{1,2})\b(?![.,/]\d)")
# … as typed in a question ("qg9", "QG 9", "r1"): no part of a longer word or number
_TYPED_CODE_RANGE_RE = re.compile(r"(?<![\w.,/-])([a-z]{1,4})[ -]?(\d{1,3})\s*(?:-|–|—|den|toi|to|through)\s*"
                                  r"(?:([a-z]{1,4})[ -]?)?(\d{1,3})(?![\w-]|[.,]\d)")
_TYPED_LETTER_CODE_RE = re.compile(r"(?<![\w.,/-])([a-z]{1,4})[ -]?(\d{1,3})(?![\w-]|[.,]\d)")


def _read_known_codes(q: "Query", plans: list[PlanRef], consumed: list) -> None:
    """Codes of letters and a number a loaded plan gives its targets ("R1", "QG 9"), typed
    bare in any spacing ("r1 ai chu tri", "qg9 2028"): the labels asked. Letters and a number
    no plan codes ("lop 9") are no code."""
    known = {key: label for plan in plans for key, label in plan.codes.items()}
    if not known and not any(plan.compact_codes for plan in plans):
        return
    typed = fold((q.text or "").lower())
    asked = {label_key(label) for _g, label in q.labels}

    def ask(label: str | None) -> bool:
        """Add ``label`` to the labels asked unless it is none or asked already."""
        if label is None or label_key(label) in asked:
            return False
        q.labels.append((None, label))
        asked.add(label_key(label))
        return True

    # "chỉ tiêu 1-3", "ct 1-3", "indicator 1-3": a code of a goal's number and its order, after
    # a word naming a target ("trẻ 1-3 tuổi" is an age)
    for m in _TYPED_HYPHEN_CODE_RE.finditer(typed):
        if ask(known.get(f"{int(m.group(1))}-{int(m.group(2))}")):
            consumed.extend(w.span() for w in re.finditer(
                rf"\b(?:chi tieu|so hieu|ma)\s+(?:so\s+)?0*{int(m.group(1))}\s+0*{int(m.group(2))}\b", q.norm))
    # "TQ1-TQ5", "TQ1 đến TQ5", "QG 3 to 6": every code of the range, as the plan's own "Chỉ
    # tiêu TQ1 đến TQ5: Sở Y tế chủ trì" assigns them
    for m in _TYPED_CODE_RANGE_RE.finditer(typed):
        letters, first, last = m.group(1), int(m.group(2)), int(m.group(4))
        if m.group(3) and m.group(3) != letters or not first < last <= first + 30:
            continue
        for n in range(first, last + 1):
            ask(known.get(f"{letters}{n}"))
        consumed.extend(w.span() for w in re.finditer(
            rf"\b{letters}[ -]?0*(?:{first}|{last})\b", q.norm))
    for m in _TYPED_LETTER_CODE_RE.finditer(typed):
        if not ask(known.get(f"{m.group(1)}{int(m.group(2))}")):
            continue
        spans = [w.span() for w in re.finditer(rf"\b(?:(?:chi tieu|ct|ky hieu|ma)\s+)?{m.group(1)}[ -]?0*{int(m.group(2))}\b", q.norm)]
        if not spans:
            # its letters read as a word typed short ("k" → "không"): the code's number at least
            spans = [w.span() for w in re.finditer(rf"(?<![\d.,/-])0*{int(m.group(2))}(?![\d.,/%])", q.norm)][:1]
        consumed.extend(spans)
    # any other code a loaded plan gives ("HP-M1.4", "M1.4" for it): its numbers no target's
    # number, no year
    compact = {key: label for plan in plans for key, label in plan.compact_codes.items()}
    # (tried from each word on: "mã hp-m1.4" is the code "hp-m1.4")
    starts = [w.start() for w in re.finditer(r"(?<![\w.,/-])[a-z]", typed)] if compact else []
    after = 0
    for start in starts:
        m = _TYPED_CODE_RE.match(typed, start) if start >= after else None
        if not ask(compact.get(_compact_code(m.group(1)) or "") if m else None):
            continue
        after = m.end()
        pieces = re.findall(r"[a-z]+|\d+", m.group(1))
        spans = [w.span() for w in re.finditer(r"\b" + r"\s*".join(
            re.escape(p.lstrip("0") or "0") if p.isdigit() else re.escape(p) for p in pieces) + r"\b", q.norm)]
        consumed.extend(spans)
        # "ct2.3" (the code CT2.3) had been read as "chỉ tiêu 2": a number only the code holds
        # is no target's number
        for number in {int(p) for p in pieces if p.isdigit()} & set(q.indicators):
            outside = [n for n in re.finditer(rf"(?<![\d.,/]){number}(?![\d.,/])", q.norm)
                       if not any(a <= n.start() < b for a, b in spans)]
            if not outside:
                q.indicators.remove(number)


def _former_places(plan) -> set[str]:
    """The provinces (folded) a plan names as merged into its own since 2025: those of a
    sentence merging places that names its own ("hợp nhất tỉnh Hà Nam, tỉnh Nam Định và tỉnh
    Ninh Bình thành tỉnh Ninh Bình"), or listed with its own as former ones ("các tỉnh Hà Nam,
    Nam Định, Ninh Bình trước đây"). Parts of its own place a question may name, never places
    without a plan; a neighbour's former part ("tỉnh Ninh Bình (gồm … Nam Định cũ)") is none."""
    own = normalize(plan.locality or "")
    if not own:
        return set()
    names = "|".join(re.escape(p) for p in (*vocab.PROVINCES, own))
    joiner = r"(?:\s+(?:va|tinh|thanh pho|cac tinh))*\s+"
    found: set[str] = set()
    for passage in getattr(plan, "passages", None) or []:
        for sentence in re.split(r"[.;()]", passage.text):
            text = normalize(sentence)
            if own not in text:
                continue
            if re.search(r"\b(?:hop nhat|sap nhap)\b", text):
                found |= {p for p in vocab.PROVINCES if re.search(rf"\b{re.escape(p)}\b", text)}
                continue
            for run in re.finditer(rf"\b((?:(?:{names}){joiner})+(?:{names}))\s+(?:cu|truoc day)\b", text):
                if re.search(rf"\b{re.escape(own)}\b", run.group(1)):
                    found |= {p for p in vocab.PROVINCES if re.search(rf"\b{re.escape(p)}\b", run.group(1))}
    return found - {own}


# ------------------------------------------------------------------------------ agencies

@dataclass
class AgencyRef:
    plan: str
    key: str
    name: str
    phrases: list[tuple[str, ...]]    # token tuples without "va", heads included
    prefixes: list[tuple[str, ...]] = field(default_factory=list)   # matched only as written


def _agency_tokens(text: str) -> tuple[str, ...]:
    norm = _replace_phrases(normalize(text), vocab.ABBREVIATIONS)
    return tuple(w for w in norm.split() if w != "va")


_LOCAL_TAILS = (("thanh", "pho"), ("thi", "xa"), ("tp",))


def _variants(tokens: tuple[str, ...], locality: tuple[str, ...]) -> set[tuple[str, ...]]:
    """Spellings an officer uses for an agency: without "các", without the locality tail
    ("… Thành phố", "… Hà Nội", "…, thị xã"), and the longer prefixes of the name."""
    base = tuple(w for w in tokens if w != "cac")
    out = {tokens, base}
    changed = True
    while changed:
        changed = False
        for tail in _LOCAL_TAILS + ((locality,) if locality else ()):
            if len(base) > len(tail) + 1 and base[-len(tail):] == tail:
                base = base[:-len(tail)]
                out.add(base)
                changed = True
    return {v for v in out if v}


def _prefixes(tokens: tuple[str, ...]) -> set[tuple[str, ...]]:
    """"sở giáo dục" for "Sở Giáo dục và Đào tạo": the head and at least two more words."""
    head, core = _split_head(tuple(w for w in tokens if w != "cac"))
    if not head or len(core) < 3:
        return set()
    return {head + core[:n] for n in range(2, len(core))}


def agency_refs(plan) -> list[AgencyRef]:
    refs = []
    locality = tuple(normalize(plan.locality or "").split())
    for agency in plan.agencies:
        phrases: set[tuple[str, ...]] = set()
        prefixes: set[tuple[str, ...]] = set()
        for spelling in [agency.name, *agency.aliases]:
            tokens = _agency_tokens(spelling)
            if tokens:
                phrases |= _variants(tokens, locality)
        for phrase in list(phrases):   # "Tỉnh đoàn" is asked as "Đoàn Thanh niên" too, and back
            body = vocab.AGENCY_SHORT_NAMES.get(" ".join(phrase))
            if body:
                phrases.add(tuple(body.split()))
            for long_name, shorts in vocab.AGENCY_LONG_NAMES.items():
                if " ".join(phrase).startswith(long_name):
                    phrases.update(tuple(short.split()) for short in shorts)
        for phrase in phrases:
            prefixes |= _prefixes(phrase)
        refs.append(AgencyRef(plan.slug, agency.key, agency.name, sorted(phrases, key=len, reverse=True),
                              sorted(prefixes - phrases, key=len, reverse=True)))
    return refs


def _find_seq(haystack: tuple[str, ...], needle: tuple[str, ...]) -> int:
    n = len(needle)
    for i in range(len(haystack) - n + 1):
        if haystack[i:i + n] == needle:
            return i
    return -1


def _split_head(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    for head in sorted(_AGENCY_HEADS, key=len, reverse=True):
        h = tuple(head.split())
        if tokens[:len(h)] == h and len(tokens) > len(h):
            return h, tokens[len(h):]
    return (), tokens


def _common_noun(tokens: tuple[str, ...], pos: int) -> bool:
    """"cơ sở giáo dục" (an educational institution) holds "sở giáo dục" (the department)."""
    return pos > 0 and tokens[pos] == "so" and tokens[pos - 1] == "co"


@dataclass
class AgencyMatch:
    plan: str
    key: str
    name: str
    start: int
    length: int


_NOT_A_CORE = {("thanh", "pho"), ("nhan", "dan")}


class _AgencySpellings:
    """Every agency spelling of a knowledge base made ready once for ``find_agencies``: per
    agency its phrases (with their word sets, head and core) and prefixes, and each
    spelling filed under its rarest word, so a question only looks at the agencies one of
    whose spellings has all its words in the question."""

    def __init__(self, refs: list[AgencyRef]):
        self.refs = refs
        self.phrases = []    # per ref: [(phrase, words, core or None, core words, head)]
        self.prefixes = []   # per ref: [(prefix, words)]
        frequency: dict[str, int] = {}
        for ref in refs:
            for p in [*ref.phrases, *ref.prefixes]:
                for w in set(p):
                    frequency[w] = frequency.get(w, 0) + 1
        self.by_word: dict[str, set[int]] = {}
        # per ref: the number of its spellings' shape (refs spelled alike share it)
        shape_of: dict[tuple, int] = {}
        self.shapes = [shape_of.setdefault((tuple(ref.phrases), tuple(ref.prefixes)), len(shape_of))
                       for ref in refs]
        # a shape's entries made once: every plan's "Sở Y tế" shares them
        made: dict[int, tuple[list, list, list]] = {}
        for n, ref in enumerate(refs):
            shape = self.shapes[n]
            if shape not in made:
                entries, cores = [], []
                for phrase in ref.phrases:
                    head, core = _split_head(phrase)
                    usable = len(core) >= 2 and core not in _NOT_A_CORE
                    entries.append((phrase, frozenset(phrase), core if usable else None, frozenset(core), head))
                    cores.append(core)
                made[shape] = (entries, [(prefix, frozenset(prefix)) for prefix in ref.prefixes], cores)
            entries, prefixes, cores = made[shape]
            for core in cores:
                # the phrase, or its core, is found only where all the core's words are
                self._file(n, core, frequency)
            self.phrases.append(entries)
            self.prefixes.append(prefixes)
            for prefix in ref.prefixes:
                self._file(n, prefix, frequency)

    def _file(self, n: int, words: tuple[str, ...], frequency: dict[str, int]) -> None:
        if words:
            self.by_word.setdefault(min(words, key=lambda w: (frequency[w], w)), set()).add(n)

    def candidates(self, present: set[str]) -> list[int]:
        """Positions in ``refs`` (ascending) of the agencies the question may name."""
        found: set[int] = set()
        for w in present:
            hit = self.by_word.get(w)
            if hit:
                found |= hit
        return sorted(found)


_SPELLINGS: dict[int, tuple] = {}


def per_knowledge_base(cache: dict, key: object, build):
    """``build(key)``, made once per object ``key`` (a knowledge base's list of plans or
    agencies) and kept for the last three in use (a publish swaps the knowledge base)."""
    hit = cache.get(id(key))
    if hit is None or hit[0] is not key:
        hit = (key, build(key))
        if len(cache) >= 3:
            cache.pop(next(iter(cache)))
        cache[id(key)] = hit
    return hit[1]


def _spellings(refs: list[AgencyRef]) -> _AgencySpellings:
    return per_knowledge_base(_SPELLINGS, refs, _AgencySpellings)


def _agency_span(tokens: tuple[str, ...], present: set[str], phrases: list, prefixes: list) -> tuple[int, int] | None:
    """(start, length) in ``tokens`` of the longest of an agency's spellings (``phrases``
    and ``prefixes`` as ``_AgencySpellings`` files them), or None."""
    best: tuple[int, int] | None = None
    for phrase, words, core, core_words, head in phrases:
        pos = _find_seq(tokens, phrase) if words <= present else -1
        if pos >= 0 and _common_noun(tokens, pos):
            continue
        if pos >= 0:
            cand = (pos, len(phrase))
        else:
            if core is None or not core_words <= present:
                continue
            pos = _find_seq(tokens, core)
            if pos < 0:
                continue
            # "phòng tư pháp" must not match "Sở Tư pháp": a different head before the core
            before = tokens[max(0, pos - 1):pos]
            if before and before[0] in {"so", "phong", "cuc", "ban"} and (not head or before[0] != head[0]):
                continue
            cand = (pos, len(core))
        if best is None or cand[1] > best[1]:
            best = cand
    if best is None:
        for prefix, words in prefixes:
            pos = _find_seq(tokens, prefix) if words <= present else -1
            if pos >= 0 and not _common_noun(tokens, pos):
                return pos, len(prefix)
    return best


def _minor_not_youth(tokens: tuple, start: int, length: int) -> bool:
    """"người chưa thành niên", "vị thành niên" (a minor) folded hold "thanh nien", no Youth
    Union's name."""
    return tokens[start:start + length] == ("thanh", "nien") and start > 0 and tokens[start - 1] in ("chua", "vi")


# the levels of government an office's name may carry (folded): "Ủy ban nhân dân tỉnh" is not
# "Ủy ban nhân dân các xã, phường", "Công an huyện" not "Công an tỉnh"
_LEVELS = {"tinh": "tinh", "thanh": "thanh pho", "huyen": "huyen", "quan": "quan", "xa": "xa", "phuong": "phuong"}


# … as a name writes them (folded): not "xã hội", "quản lý", "quân sự", "phương tiện",
# "thành viên" — words that fold alike
_NAME_LEVEL_RE = re.compile(r"\b(tinh|thanh pho|huyen|quan(?! (?:ly|su|doi|nhan|doan))|xa(?! hoi)|"
                            r"phuong(?! (?:tien|an|phap|thuc|huong|cham))|thi xa|thi tran)\b")


def _other_level(tokens: tuple, span: tuple[int, int], name: str) -> bool:
    """Whether the question names the office at another level than ``name`` does: the word
    after the words matched ("ubnd *tỉnh*", "công an *huyện*", "các" or "cấp" between) is a
    level the name, which names one of its own, does not say."""
    levels = {m.group(1).split()[0] for m in _NAME_LEVEL_RE.finditer(normalize(name))}
    if not levels:
        return False   # "Sở Y tế" (tỉnh Thanh Hóa): a name without a level fits any
    at = span[0] + span[1]
    while at < len(tokens) and tokens[at] in ("cac", "cap"):
        at += 1
    if at >= len(tokens) or tokens[at] not in _LEVELS:
        return False
    if tokens[at] == "thanh" and tokens[at + 1:at + 2] != ("pho",):
        return False   # "thanh" of another word ("thành viên")
    return tokens[at] not in levels


def find_agencies(norm: str, refs: list[AgencyRef]) -> list[AgencyMatch]:
    """Agencies named in the question, longest spelling first; at most one span per agency."""
    tokens = tuple(w for w in norm.split() if w != "va")
    present = set(tokens)
    matches: list[AgencyMatch] = []
    spellings = _spellings(refs)
    spans: dict[int, tuple[int, int] | None] = {}   # per spelling shape: (start, length)
    for n in spellings.candidates(present):
        ref = refs[n]
        shape = spellings.shapes[n]
        if shape not in spans:
            # the same spellings (every plan's "Sở Y tế") are found in the same place
            spans[shape] = _agency_span(tokens, present, spellings.phrases[n], spellings.prefixes[n])
        span = spans[shape]
        if span and not _minor_not_youth(tokens, *span) and not _other_level(tokens, span, ref.name):
            matches.append(AgencyMatch(ref.plan, ref.key, ref.name, *span))
    if not matches:
        return []
    # keep, for every span of the question, only each plan's longest spellings (judged once per
    # plan and distinct span: "Sở Y tế" is a span of every plan's health department) — another
    # plan's longer name ("UBND các xã, phường") does not hide this plan's ("… phường, thị trấn")
    by_plan: dict[str, set] = {}
    for m in matches:
        by_plan.setdefault(m.plan, set()).add((m.start, m.length))
    longest = {(plan, s, n): max(n2 for s2, n2 in spans if s2 < s + n and s < s2 + n2)
               for plan, spans in by_plan.items() for s, n in spans}
    return [m for m in matches if m.length >= longest[(m.plan, m.start, m.length)]]


# ------------------------------------------------------------------------------- the query

# "Hồ Chí Minh" in a name that is not the city: the Youth Union, the Pioneers, the President.
_NOT_A_PLACE_RE = re.compile(
    r"\b(?:cong san|tncs|tntp|tien phong|doi|doan|thanh doan|tu tuong|dao duc|phong cach|"
    r"chu tich|bac|guong)\s+ho chi minh\b")
# words after "ct" that make it "chương trình" / "chỉ thị" rather than Cần Thơ's initials
_DOC_WORDS_AFTER_INITIALS = ("hanh dong", "tw", "ttg", "ub", "ubnd", "muc tieu", "quoc gia",
                             "bao ve", "phong", "cham soc")


_COMPARING_RE = re.compile(r"\b(?:so sanh|compare|compared|khac nhau|hon|vs|versus|than)\b")


def _reads_as_document_words(norm: str, place: str, document_text: str) -> bool:
    """Whether ``place`` in ``norm`` reads as ordinary words of the documents, judged by its
    neighbours: "báo cáo bằng văn bản" holds "cao bang", "xâm hại phòng ngừa" holds
    "hai phong"; "hai phong chỉ tiêu 14" does not read like the documents."""
    if f" {place} " not in document_text:
        return False
    padded = f" {norm} "
    for m in re.finditer(r"(?<= )" + re.escape(place) + r"(?= )", padded):
        before = padded[:m.start()].split()[-1:]
        after = padded[m.end():].split()[:1]
        for context in (before + [place], [place] + after):
            if len(context) == 2 and f" {' '.join(context)} " in document_text:
                return True
    return False


def _covers(period: tuple[int, int], q: "Query") -> bool:
    start, end = period
    if q.period:
        return q.period[0] <= end and start <= q.period[1]
    return any(start <= y <= end for y in q.years)


def _initials_named(norm: str, initials: str) -> bool:
    """Whether ``initials`` ("hn", "ct", "dbp") stand in ``norm`` as a place token: not an
    indicator ("ct 14", "ct14"), a document code ("28 ct tw") or "CT hành động" (a programme)."""
    rest, tokens = _initials_rest(norm)
    if initials not in tokens:   # the pattern below matches only a whole token
        return False
    if initials not in _GENRE_ABBREVIATIONS:
        # "DBP mục tiêu 2030": only initials that are also a genre abbreviation ("CT mục
        # tiêu quốc gia") can be a document's words
        return True
    for m in re.finditer(r"(?:^|\s)" + re.escape(initials) + r"(?=\s|$)", rest):
        after = rest[m.end():].strip()
        if any(after == w or after.startswith(w + " ") for w in _DOC_WORDS_AFTER_INITIALS):
            continue
        return True
    return False


@lru_cache(maxsize=64)
def _joined_place_re(initials: str) -> re.Pattern:
    """``initials`` joined to another place as places are compared or listed: after "vs",
    "và", "với", "hay", "so với", "and", "or" or before "vs", "và", "so với" ("vs" reads as
    "so sánh")."""
    joiners = r"(?:vs|va|voi|hay|hoac|so voi|so sanh|and|or|versus|compared with)"
    return re.compile(rf"(?:^|\s){joiners}\s+{re.escape(initials)}(?=\s|$)|(?:^|\s){re.escape(initials)}\s+(?:vs|va|so voi|so sanh|versus)(?=\s)")


def _initials_marked(norm: str, typed: str, initials: str) -> bool:
    """Whether ``initials`` are typed in capitals in ``typed`` (the question unaccented, its
    case kept) or follow a word that introduces a place in ``norm`` ("tỉnh la", "ở la")."""
    if re.search(r"(?<!\w)" + re.escape(initials.upper()) + r"(?!\w)", typed):
        return True
    before = "|".join(map(re.escape, _PLACE_WORDS_BEFORE))
    return bool(re.search(rf"(?:^|\s)(?:{before})\s+{re.escape(initials)}(?=\s|$)", norm))


# "ct 14", "28 ct", "KH 138", "QĐ 608": the genre's abbreviations before a number (an
# indicator, a document), not a place's initials ("KH" is also Khánh Hòa's)
# (… or before a code: "ct Đ.01", "ct III.4", folded "ct d 01", "ct iii 4")
_CT_NUMBER_RE = re.compile(r"\b(?:(?:ct|kh|qd)\s+(?!(?:19|20)\d\d\b)\d+|\d+\s+ct|ct\s+(?:[a-z]|[ivx]{1,4})\s+\d{1,3})\b")


@lru_cache(maxsize=16)
def _initials_rest(norm: str) -> tuple[str, frozenset[str]]:
    """``norm`` without indicator numbers and "ct 28", and its tokens: the same for every
    plan's initials (at 200 plans, 200 initials are tried per question)."""
    rest = _CT_NUMBER_RE.sub(" ", _INDICATOR_RE.sub(" ", norm))
    return rest, frozenset(rest.split())


@dataclass
class Query:
    text: str
    norm: str
    indicators: list[int] = field(default_factory=list)
    goals: list[int] = field(default_factory=list)
    years: list[int] = field(default_factory=list)       # single years asked about
    inherited: set[str] = field(default_factory=set)     # slots a follow-up took from the last answer
    period: tuple[int, int] | None = None                # "2021-2030": a plan's span
    campaign: str | None = None                          # campaign phrase named ("thang hanh dong")
    plans: list[str] = field(default_factory=list)       # slugs the question names
    localities: list[str] = field(default_factory=list)  # locality names the question names
    foreign_place: str | None = None                     # a place no plan covers
    former_places: list[str] = field(default_factory=list)   # "nam dinh": a merged province, part of a plan's
    off_topic: bool = False
    off_topic_unless: tuple[str, ...] = ()   # off topic unless a plan states these (folded)
    agencies: list[AgencyMatch] = field(default_factory=list)
    cues: set[str] = field(default_factory=set)
    terms: list[str] = field(default_factory=list)       # content words for topic matching
    unknown_doc: str | None = None                       # "kế hoạch 999": its number
    by_reference: bool = False   # a document named is one the plans carry out ("Quyết định 23/QĐ-TTg"), not theirs
    reference_numbers: set[tuple[str | None, str]] = field(default_factory=set)   # their (kind, number): ("ct", "28")
    cue_text: str = ""                                   # norm + the folded words as typed ("what date")
    checked: float | None = None                         # "… là 95% không?": the figure to check
    attained: bool = False       # "đạt 99,5% thì có đạt chỉ tiêu không?": ``checked`` measured, held to the target
    # targets named by the marker or code their plan numbers them with within a group:
    # (group label or None, marker) — ("b", "v") of "chỉ tiêu (v) nhóm B", (None, "iv.2")
    labels: list[tuple[str | None, str]] = field(default_factory=list)
    # "Điều 5 có mấy chỉ tiêu": articles named alone, a goal where a plan's article of targets
    # is one (``answer.engine`` reads them per plan)
    articles: list[int] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.norm.strip()


_CUE_TABLE = {
    "lead": vocab.LEAD_CUES,
    "partner": vocab.PARTNER_CUES,
    "about": vocab.ABOUT_CUES,
    "count": vocab.COUNT_CUES,
    "tasks": vocab.TASK_CUES,
    "agency_indicators": vocab.AGENCY_INDICATOR_CUES,
    "deadline": vocab.DEADLINE_CUES,
    "contact": vocab.CONTACT_CUES,
    "campaign": vocab.CAMPAIGN_CUES,
    "compare": vocab.COMPARE_CUES,
    "plan_info": vocab.PLAN_INFO_CUES,
    "signer": vocab.SIGNER_CUES,
    "list_plans": vocab.LIST_PLANS_CUES,
}


_FORM_CUES = ("lead", "partner", "count", "signer", "compare")
_TERM_KY_RE = re.compile(r"\b(giua|cuoi|dau|hoc|dinh|nhiem) ky\b")


def _cues(norm: str) -> set[str]:
    padded = f" {norm} "
    found = set()
    for name, phrases in _CUE_TABLE.items():
        for phrase in phrases:
            if phrase.endswith(" "):
                if f" {phrase}" in padded:
                    found.add(name)
                    break
            elif has_phrase(norm, phrase):
                found.add(name)
                break
    return found


_AGENCY_PATTERNS: dict[int, tuple[list, re.Pattern]] = {}


def _agency_pattern(agencies: list[AgencyRef]) -> re.Pattern:
    """Every spelling of every agency as one pattern, longest first, compiled once per
    knowledge base (compiling one per alias per question was half the answer time at 200 plans)."""
    hit = _AGENCY_PATTERNS.get(id(agencies))
    if hit is None or hit[0] is not agencies:
        phrases = sorted({" ".join(p) for ref in agencies for p in ref.phrases}, key=len, reverse=True)
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b") if phrases \
            else re.compile(r"(?!)")
        hit = (agencies, pattern)
        _AGENCY_PATTERNS.clear()
        _AGENCY_PATTERNS[id(agencies)] = hit
    return hit[1]


def parse(text: str, plans: list[PlanRef], agencies: list[AgencyRef] | None = None,
          vocabulary: set[str] | None = None, document_text: str = "") -> Query:
    """Parse ``text`` against the plans' references; ``vocabulary`` enables typo repair."""
    text = (text or "")[:2000]
    norm = _spell_out_short_forms(prepare(_spell_out_initials(text, plans)), plans)
    if vocabulary:
        repaired = repair_typos(norm, vocabulary, document_text)
        if repaired != norm:
            # a repaired abbreviation ("so ldttbxh" → "ldtbxh") is spelled out as typed ones are
            repaired = " ".join(_replace_phrases(repaired, vocab.ABBREVIATIONS).split())
        norm = repaired
    norm = _repair_place_names(norm, plans)
    q = Query(text=text, norm=norm)
    consumed: list[tuple[int, int]] = []   # spans of the question already read as a slot
    named = _read_documents(q, plans, consumed)
    _read_numbers(q, consumed)
    _read_known_codes(q, plans, consumed)
    by_campaign = _read_campaigns(q, plans, consumed) - named
    named |= by_campaign
    _read_places_and_agencies(q, plans, agencies, named, document_text)
    if by_campaign and q.localities:
        # "Tháng hành động vì trẻ em" of Sóc Trăng's plan: a campaign another place's plan holds
        # does not bring that plan in when the question names its own place
        place = {p.slug: p.locality for p in plans}
        q.plans = [s for s in q.plans if s not in by_campaign or place.get(s) in q.localities]
    _read_document_years(q, plans, consumed)
    _read_cues(q)
    _read_terms(q, plans, consumed)
    _read_check(q)
    return q


# "có phải … là 95% không?", "… có đạt 95% không", "is it 95%?": a figure offered to be checked
_CHECK_ASKED_RE = re.compile(r"^(?:co phai|phai chang|is it true|is it|is the|is|are|does|do)\b|\b(?:phai khong|dung khong|co dung khong|"
                             r"khong|right|correct|true)\s*$")
_CHECKED_VALUE_RE = re.compile(r"\b(?:la|dat|bang|duoi|tren|khong qua|it nhat|toi thieu|is|reach|reaches|equal to|"
                               r"below|under|above|at least)\s+(\d+(?:[.,]\d+)?)(?!\s*(?:tuoi|ngay|thang|nam|t)\b)(?![\d/])")


# "… thì có đạt chỉ tiêu 14 không?", "does 99% meet the target?": a result held to the target
_ATTAINED_ASKED_RE = re.compile(r"\b(?:thi|vay|nhu vay)\s+(?:co\s+)?(?:dat|hoan thanh)\s+(?:duoc\s+)?(?:chi tieu|muc tieu|ke hoach|target)"
                                r"|\b(?:co\s+)?(?:dat|hoan thanh)\s+(?:duoc\s+)?(?:chi tieu|muc tieu)\b[^?]*\bkhong\s*$"
                                r"|\b(?:meet|meets|reach|reaches|achieve|achieves|hit)\s+(?:the|its)\s+(?:target|chi tieu|muc tieu)")
_PERCENT_VALUE_RE = re.compile(r"(?<![\d.,/])(\d+(?:[.,]\d+)?) %")


def _read_check(q: Query) -> None:
    """A yes/no check of a figure ("có phải chỉ tiêu 1 năm 2030 là 95% không?"): the figure is
    kept in ``q.checked`` (read from the text as typed, so "98,5" stays one number) and is no
    content word the answer must cover."""
    if not _CHECK_ASKED_RE.search(q.norm):
        return
    q.attained = bool(_ATTAINED_ASKED_RE.search(q.norm))
    typed = " ".join(fold(q.text).replace("%", " % ").split())
    for m in [*_CHECKED_VALUE_RE.finditer(typed), *_PERCENT_VALUE_RE.finditer(typed)]:
        raw = m.group(1)
        value = float(raw.replace(",", "."))
        if raw.isdigit() and (int(value) in q.indicators or int(value) in q.years):
            continue
        q.checked = value
        # the figure and the asking words of the check are no content ("…, right?")
        parts = set(re.split(r"[.,]", raw)) | {"right", "correct", "true", "dung", "phai"}
        q.terms = [t for t in q.terms if t not in parts]
        return
    for m in _CHECKED_VALUE_RE.finditer(q.norm):
        raw = m.group(1)
        value = float(raw.replace(",", "."))
        if int(value) in q.indicators and raw.isdigit() or int(value) in q.years:
            continue
        q.checked = value
        q.terms = [t for t in q.terms if t != raw]
        return


_PLACE_WORDS_BEFORE = ("o", "tai", "cua", "tinh", "tp", "thanh pho", "kh", "ke hoach")


def _spell_out_initials(text: str, plans: list[PlanRef]) -> str:
    """A loaded place's initials that are also a genre abbreviation ("ĐT": Đồng Tháp, but
    "đt": điện thoại) read as the place when written in capitals or after a word that
    introduces a place ("ở dt", "tỉnh dt"); spelled out before abbreviations expand."""
    clashing = {p.locality_initials: p.locality for p in plans
                if len(p.locality_initials) >= 2 and p.locality_initials in vocab.ABBREVIATIONS}
    if not clashing:
        return text

    def spell(m: re.Match) -> str:
        token = m.group(0)
        place = clashing.get(normalize(token))
        if place is None:
            return token
        if re.match(r"\s*(?!(?:19|20)\d\d\b)\d", text[m.end():]):
            return token    # "KH 138": the plan numbered 138, whatever place "KH" also is
        before = normalize(text[:m.start()]).split()[-2:]
        introduced = bool(before) and (before[-1] in _PLACE_WORDS_BEFORE or " ".join(before) in _PLACE_WORDS_BEFORE)
        return place if token.isupper() or introduced else token

    return re.sub(r"\b[^\W\d_]{2,4}\b", spell, text)


def _read_documents(q: Query, plans: list[PlanRef], consumed: list) -> set[str]:
    """Plans the question names by document ("kế hoạch 138", "chỉ thị 28"); an unknown
    document's number in ``q.unknown_doc``."""
    norm = q.norm
    all_indicators = set().union(*(p.indicator_numbers for p in plans)) if plans else set()
    # document references first: "chỉ thị 28" / "ct 28" when 28 is a directive, "kế hoạch 138"
    named: set[str] = set()
    for m in _DOC_RE.finditer(norm):
        kind, number = _DOC_KIND.get(m.group(1)), m.group(2)
        if kind == "ct" and m.group(1) == "ct" and int(number) in all_indicators and len(number) <= 2:
            continue  # "ct 14" is an indicator
        if _YEAR_RE.fullmatch(number):
            continue
        hits = {p.slug for p in plans if any(n == number and (kind is None or k == kind or k is None)
                                               for k, n in p.documents)}
        if not hits and kind is not None:
            hits = {p.slug for p in plans if any(n == number for _, n in p.documents)}
        if hits:
            named |= hits
            # "Quyết định 23/QĐ-TTg" names the plans that carry it out, not their own header
            # (unless it says which plan: "kế hoạch … triển khai Chỉ thị 28")
            carried = re.search(r"\b(?:thuc hien|trien khai|implement\w*|carr\w* out|can cu|theo)\s*$",
                                norm[:m.start()])
            cited = not carried and not any(number in p.own_numbers for p in plans if p.slug in hits)
            q.by_reference = q.by_reference or cited
            if cited:
                q.reference_numbers.add((kind, number))
            # "138/KH-UBND" reads "138 kh": the kind after the number is part of the name
            after = re.match(r"\s+(?:kh|qd|ct|ctr|tb|nq|kl)\b", norm[m.end():])
            consumed.append((m.start(), m.end() + (after.end() if after else 0)))
        elif kind in ("tt", "nd", "nq"):
            # a circular, decree or resolution no plan's header cites: never a plan itself,
            # a document asked of all the same ("Nghị định 56/2017 quy định …")
            q.reference_numbers.add((kind, number))
            consumed.append(m.span())
        elif kind in ("kh", "qd", "ct") and m.group(1) not in ("ct", "so") and len(number) >= 3:
            q.unknown_doc = number
    # "HN 138", "Cần Thơ 608": a plan's number right after its place's name names it (a number
    # of three digits or more: "Hà Nội 14" is an indicator)
    for m in _BARE_NUMBER_RE.finditer(norm):
        number = m.group(1)
        if _YEAR_RE.fullmatch(number) or any(s <= m.start() < e for s, e in consumed):
            continue
        before = " ".join(norm[:m.start()].split()[-3:])
        hits = {p.slug for p in plans
                if any(n == number for _, n in p.documents)
                and any(name and (before == name or before.endswith(" " + name))
                        for name in (p.locality_norm, p.locality_initials))}
        if hits:
            named |= hits
            consumed.append(m.span())
    return named


_BARE_NUMBER_RE = re.compile(r"\b(\d{3,5})\b(?!\s*(?:%|/))")


_GOAL_LETTER_RE = re.compile(r"\bnhom (?:muc tieu |chi tieu )?([a-h]|(?:i{1,3}|iv|v|vi{1,3}|ix|x))\b(?! \d)")
# "nhóm T", "nhom G" as typed: a group by a capital past H (ranked by its letter, as ingest numbers it)
_GOAL_CAPITAL_RE = re.compile(r"\b(?i:nhóm|nhom)\s+(?:(?i:chỉ tiêu|chi tieu|mục tiêu|muc tieu)\s+)?([J-UWYZ])\b(?!\s*\d)")
_OUT_OF_TOTAL_RE = re.compile(r"\b(?:chỉ tiêu|chi tieu|ct|chỉ số|chi so|cs|indicator|target)\s+(?:số\s+|so\s+|no\.?\s*)?"
                              r"(\d{1,2})\s*/\s*(\d{1,2})(?![\d/])", re.IGNORECASE)
_BARE_ROMAN_CODE_RE = re.compile(r"(?<![\w.])(I{1,3}|IV|VI{0,3}|IX|X)\.(\d{1,2})(?![\w.]|,\d)")
_CODED_TARGET_RE = re.compile(r"\bchi tieu (?:so )?((?:i{1,3}|iv|v|vi{1,3}|ix|x)) (\d{1,2})\b")
_LETTER_CODED_TARGET_RE = re.compile(r"\b(?:chi tieu|indicator|target) (?:so |ma )?([a-h]) ?(\d{1,2})\b")   # "chỉ tiêu A1"
# "SK-03", "BV-2" as typed; "sk03", "sk 03" (folded, a zero before its order): a code
# ("GĐ1-03": a phase's digit before the hyphen)
_HYPHEN_CODE_RE = re.compile(r"(?<![\w-])([A-Za-zĐđ]{1,4}\d{0,2})\s?([-/])\s?(\d{1,3})(?![\w-]|[.,]\d)")   # "bn/100.000" none
_ORDINAL_NUMBER_RE = re.compile(r"\bchi tieu (?:so )?thu ((?:[a-z]+ ?){1,3})")
_LETTER_SERIES_CODE_RE = re.compile(r"(?<![\w.])([A-Za-zĐđ]{1,4})-([A-Za-z])\s?(\d{1,2})(?![\w.])")
_LETTERS_DOTTED_CODE_RE = re.compile(r"(?<![\w.])([A-Za-zĐđ]{2,5})\s?(\d{1,2}\.[0-9a-z]{1,2}\.\d{1,2})(?![\w.])")
_TWO_LETTER_GROUPS_CODE_RE = re.compile(r"(?<![\w.])([A-Za-zĐđ]{1,4})\.([A-Za-zĐđ]{1,4})\.(\d{2,3})(?![\w.])")
_NUMBER_DOT_LETTER_RE = re.compile(r"(?<![\w.,/])(\d{1,2})\.([a-z])(?![\w.,/])")
_DIGIT_LETTER_CODE_RE = re.compile(r"\b(?:chi tieu|ct|indicator|target|ky hieu|ma)\s+(?:so\s+)?\[?(\d{1,2})([a-z])\]?(?![\w.,/-])")
# "'Khuyết tật hòa nhập'", "“Khai sinh”": words in quotes, a title they may be
_QUOTED_LABEL_RE = re.compile(r"(?<!\w)['\"“‘]([^'\"”’“‘]{3,40}?)['\"”’](?!\w)")
# "khoản 2 Điều 5", "clause 2, Article 5", "k2 d5" typed short (folded); "Điều 5 khoản 2",
# "Article 5(2)", "d5 k2" the article first
_CLAUSE_REF_RE = re.compile(r"\b(?:khoan|clause|k)\s*(\d{1,2})\s*,?\s*(?:cua\s+|of\s+(?:the\s+)?)?(?:dieu|article|d)\s*(\d{1,2})\b"
                            r"|\b(?:dieu|article|d)\s*(\d{1,2})\s*,?\s*(?:khoan|clause|k)\s*(\d{1,2})\b"
                            r"|\barticle\s+(\d{1,2})\s*\((\d{1,2})\)")
_ROMAN_INDICATOR_RE = re.compile(r"\bchi tieu (?:so )?([ivxl]{1,6})\b(?!\s*\d)(?!\s+(?:cua |thuoc )?nhom\b)")
_GOAL_GROUP_ORDER_RE = re.compile(r"(?<![\w.])(\d{1,2})\.([A-Ha-h])\.(\d{1,2})(?![\w]|\.\d)")
_ARTICLE_RE = re.compile(r"\b(?:dieu|article)\s+(\d{1,2})\b")
# "dòng 3 Biểu số 02/TE-CB", "row 3 of form 2", "biểu 02 dòng 3" (folded): a target that is a row
# of a reporting form; "Biểu số 01/TE-CB", "form 3" alone: the form, a group of targets
_FORM_ROW_RE = re.compile(r"\b(?:dong|row|line)\s*(\d{1,2})\s*,?\s*(?:cua\s+|tai\s+|thuoc\s+|trong\s+|o\s+|of\s+(?:the\s+)?)?"
                          r"(?:bieu|form|mau)\s*(?:so\s*|no\.?\s*)?(\d{1,2})\b"
                          r"|\b(?:bieu|form|mau)\s*(?:so\s*|no\.?\s*)?(\d{1,2})(?:\s*/\s*[a-z]{1,4}(?:-[a-z]{1,4})?)?\s*,?\s*(?:dong|row|line)\s*(\d{1,2})\b")
_FORM_RE = re.compile(r"\b(?:bieu|form)\s*(?:so\s*|no\.?\s*)?(\d{1,2})\b")
# the code after a form's number, "/TE-CB" (folded)
_FORM_CODE_RE = re.compile(r"\s*/\s*([a-z]{1,4})(?:\s*-\s*([a-z]{1,4}))?\b")


def _form_code_words(folded: str, end: int) -> str:
    """A pattern of the code written after the form's number at ``end`` ("/TE-CB" → " te cb"
    as the question's words have it), "" when there is none: the code is no topic word."""
    code = _FORM_CODE_RE.match(folded, end)
    # (its second part may be rewritten: "HS" read as the place "Hòa Sơn")
    return rf"\s+{code.group(1)}" + (rf"(?:\s+{code.group(2)})?" if code.group(2) else "") if code else ""
# "HK.02", "hk.06": a target coded by the plan's letters, a dot and its order padded
_DOTTED_CODE_RE = re.compile(r"(?<![\w.])([A-Za-zĐđ]{1,4})\.(\d{2,3})(?![\w.]|,\d)")
# "MT1-a", "mt2-đ", "MT 3-b": a target coded by its goal's letters and number and its letter
_GOAL_LETTER_CODE_RE = re.compile(r"(?<![\w-])([A-Za-zĐđ]{1,3})\s?(\d{1,2})\s?-\s?([a-zA-ZĐđ])(?![\w-])")
_LETTER_CODE_BARE_RE = re.compile(r"(?<![\w/.-])([A-H])(\d{1,2})(?![\w/.-])")
_NOT_CODE_PREFIXES = frozenset(("ct", "kh", "qd", "nd", "tt", "nq", "cv", "so", "nam", "ngay"))
_LETTERS_TWO_DIGITS_RE = re.compile(r"(?<![\w/.-])([a-z]{1,3})(\d{2})(?![\w/.,-])")
_PADDED_CODE_RE = re.compile(r"\b([a-z]{2,4}) ?(0\d)\b")
# "chỉ tiêu 2 nhóm III", "nhóm II chỉ tiêu 6" (folded): a target numbered again in each group
# (typed short "ct 4 nh ii", or in English "indicator 5 of group I" as the words read it)
_GROUPED_NUMBER_RE = re.compile(r"\b(?:chi tieu|ct) (?:so )?(\d{1,2}) (?:cua |thuoc |trong |of )?(?:nhom|nh) (?:chi tieu |muc tieu )?"
                                r"([a-h]|i{1,3}|iv|v|vi{1,3}|\d)\b"
                                r"|\b(?:nhom|nh) (?:chi tieu |muc tieu )?([a-h]|i{1,3}|iv|v|vi{1,3}|\d),? (?:chi tieu|ct) (?:so )?(\d{1,2})\b")
_LETTER_IN_GOAL_RE = re.compile(r"\b(?:chi tieu|ct) (?:so )?([a-h]|dd)\s+(?:cua |thuoc |trong |o )?muc tieu (?:so )?(\d{1,2})\b")
# "gạch đầu dòng thứ hai điểm b", "gach dau dong thu 2 diem dd" (typed, "đ" as "dd"): an unlabelled
# target by its dash's order under a lettered point of the goals
_DASH_POSITION_RE = re.compile(r"\b(?:gach dau dong|gach|dong|chi tieu|ct) thu (nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi|\d{1,2}) "
                               r"(?:cua |thuoc |tai |o |trong )?diem (dd|[a-h])\b")
_MARKED_TARGET_RE = re.compile(r"\bchi tieu (?:so )?((?:i{1,3}|iv|v|vi{1,3}))\s+(?:cua |thuoc )?nhom ([a-h])\b"
                               r"|\bnhom ([a-h]) chi tieu (?:so )?((?:i{1,3}|iv|v|vi{1,3}))\b")


def _read_code(q: "Query", consumed: list, norm: str, code: str, typed: str) -> None:
    """``code`` asked (``label_key`` of it among ``q.labels``), and every span of ``norm`` the
    pattern ``typed`` matches consumed: no topic word, no other target's number."""
    key = label_key(code)
    if (None, key) not in q.labels:
        q.labels.append((None, key))
    consumed.extend(m.span() for m in re.finditer(typed, norm))


def _roman(label: str) -> int:
    """The value of a Roman numeral in lower case ("iv" → 4)."""
    values = {"i": 1, "v": 5, "x": 10}
    total = 0
    for a, b in zip(label, label[1:] + " "):
        total += -values[a] if values.get(b, 0) > values[a] else values[a]
    return total


def _read_numbers(q: Query, consumed: list) -> None:
    """Indicator and goal numbers, the years asked about and a period ("2021-2030")."""
    norm = q.norm
    # "chỉ tiêu 4.1": also the code of a target numbered in its group ("Nhóm 4" › "4.1.")
    for m in _GROUP_CODE_RE.finditer(q.text or ""):
        code = f"{m.group(1) or m.group(3) or m.group(5)}.{m.group(2) or m.group(4) or m.group(6)}"
        if (None, code) not in q.labels:
            q.labels.append((None, code))
    if _INDICATOR_WORD_RE.search(q.text or ""):
        for m in _LOOSE_CODE_RE.finditer(q.text or ""):
            if (None, f"{m.group(1)}.{m.group(2)}") not in q.labels:
                q.labels.append((None, f"{m.group(1)}.{m.group(2)}"))
    # "chỉ tiêu a.1", "ct b.2", "indicator c.3": a target coded by its goal's letter and its order
    for m in _LETTER_DOT_CODE_RE.finditer(norm):
        code = f"{m.group(1)}.{int(m.group(2))}"
        if (None, code) not in q.labels:
            q.labels.append((None, code))
        consumed.append(m.span())
    # "chỉ số 2.2.3", "BL 2.2.3 kết quả 2025": a results framework's measure (result, output,
    # order), its code no number and no year
    for m in _THREE_LEVEL_CODE_RE.finditer(q.text or ""):
        code = ".".join(str(int(g)) for g in m.groups())
        if (None, code) not in q.labels:
            q.labels.append((None, code))
        for typed in re.finditer(rf"\b(?:(?:chi tieu|chi so|ct|cs|ma)\s+(?:so\s+)?)?{m.group(1)} {m.group(2)} {m.group(3)}\b", norm):
            consumed.append(typed.span())
    # "chỉ tiêu 3.E.2", "ct 1.a.4": a target coded by its goal, its group's letter and its order
    # (its plan's label "3.E.2"), the code no number, no goal and no topic
    for m in _GOAL_GROUP_ORDER_RE.finditer(q.text or ""):
        code = label_key(f"{int(m.group(1))}.{m.group(2)}.{int(m.group(3))}")
        if (None, code) not in q.labels:
            q.labels.append((None, code))
        for typed in re.finditer(rf"\b(?:(?:chi tieu|chi so|ct|cs|indicator|ma)\s+(?:so\s+)?)?0*{int(m.group(1))}\s*"
                                 rf"{fold(m.group(2)).lower()}\s*0*{int(m.group(3))}\b", norm):
            consumed.append(typed.span())
    # "chỉ tiêu thứ hai của Mục tiêu 3": the target by its order in its goal
    for m in _ORDINAL_TARGET_RE.finditer(norm):
        q.labels.append((m.group(2), str(vocab.ORDINALS[m.group(1)])))
        consumed.append(m.span())
    # "chỉ tiêu SK-03", "bv-02", "sk03": a target coded by its group's letters (its plan's
    # label "SK-03"), the code no topic word
    for m in list(_HYPHEN_CODE_RE.finditer(q.text or "")) + list(_PADDED_CODE_RE.finditer(norm)):
        if fold(m.group(1)).lower() in _NOT_CODE_PREFIXES:
            continue    # "ct-14": indicator 14, read below; "KH-03" a document's
        order = m.group(m.lastindex)
        if m.re is _HYPHEN_CODE_RE and m.group(2) == "/" and int(order) == 100:
            continue    # "bé trai/100 bé gái": a ratio's base, no code
        if m.re is _HYPHEN_CODE_RE and m.group(2) == "/":
            q.indicators.append(int(order))     # "TB/03": the plan numbers its targets by code
        code = f"{m.group(1).lower()}-{int(order)}"
        if (None, code) not in q.labels:
            q.labels.append((None, code))
        if m.re is _PADDED_CODE_RE:
            consumed.append(m.span())
        else:
            prefix = re.sub(r"(?<=[a-z])(?=\d)", " ?", re.escape(fold(m.group(1)).lower()))   # "gd 1 05"
            for typed in re.finditer(rf"\b(?:(?:chi tieu|chi so|ct|cs|ma)\s+(?:so\s+)?)?{prefix} ?0*{int(order)}\b", norm):
                consumed.append(typed.span())
    # "K04", "k04 bmt", "chỉ tiêu K12": a target coded by letters and two digits (its plan's
    # label "K04"); a label no plan has answers nothing, so the code is read wherever typed
    for m in _LETTERS_TWO_DIGITS_RE.finditer(fold(q.text or "").lower()):
        if m.group(1) in _NOT_CODE_PREFIXES:
            continue
        code = f"{m.group(1)}{m.group(2)}"
        if (None, code) not in q.labels:
            q.labels.append((None, code))
        # as the vocabulary rewrote it ("k" is also "không" typed short): no topic, no number
        for typed in re.finditer(rf"\b(?:\w+ )?{m.group(2)}\b", norm):
            consumed.append(typed.span())
    # "chỉ tiêu 1b", "ct 3e", "indicator 2a": a target coded by its goal's number and a letter
    for m in _DIGIT_LETTER_CODE_RE.finditer(fold(q.text or "").lower()):
        code = f"{int(m.group(1))}{m.group(2)}"
        if (None, code) not in q.labels:
            q.labels.append((None, code))
        # the code is no number ("chỉ tiêu 1" of another plan) nor its letter a word
        for typed in re.finditer(rf"\b(?:(?:chi tieu|ct|indicator|target|ky hieu|ma)\s+(?:so\s+)?)?0*{int(m.group(1))} ?{m.group(2)}\b", norm):
            consumed.append(typed.span())
    # codes written whole, each read as the plan writes it; what the question typed of it is
    # no topic word and no number of another target:
    # "KH.TE.10" (two groups of letters and an order: a data file's code; its first group, the
    # province's initials, still names the place), "GL-R5" (the province's letters and a
    # series of its own), "PTBV 3.b.1" (a national indicator's number after its letters),
    # "chỉ tiêu 14.c" (an article of the Law on Children and a letter)
    text, folded_text = q.text or "", fold(q.text or "").lower()
    said = r"(?:(?:chi tieu|ct|indicator|target|code|ma)\s+(?:so\s+)?)?"
    for m in _TWO_LETTER_GROUPS_CODE_RE.finditer(text):
        _read_code(q, consumed, norm, f"{m.group(1)}.{m.group(2)}.{m.group(3)}",
                   rf"\b{said}{re.escape(fold(m.group(2)).lower())}\s+0*{int(m.group(3))}\b")
    for m in _LETTER_SERIES_CODE_RE.finditer(text):
        _read_code(q, consumed, norm, f"{m.group(1)}-{m.group(2)}{int(m.group(3))}",
                   rf"\b{re.escape(fold(m.group(2)).lower())}\s*0*{int(m.group(3))}\b")
    for m in _LETTERS_DOTTED_CODE_RE.finditer(text):
        parts = r"\s*".join(re.escape(p) for p in m.group(2).lower().split("."))
        _read_code(q, consumed, norm, f"{m.group(1)} {m.group(2)}", rf"\b{re.escape(fold(m.group(1)).lower())}\s*{parts}\b")
    for m in _NUMBER_DOT_LETTER_RE.finditer(folded_text):
        _read_code(q, consumed, norm, f"{int(m.group(1))}.{m.group(2)}", rf"\b{said}0*{int(m.group(1))} {m.group(2)}\b")
    # "khoản 2 Điều 5", "clause 2 of Article 5": a target written as a clause of a legal act's
    # article (its plan's goal label the article's number, its label the clause's)
    clause_spans = []
    for m in _CLAUSE_REF_RE.finditer(fold(q.text or "").lower()):
        clause_spans.append(m.span())
        clause, article = (m.group(1), m.group(2)) if m.group(1) else (m.group(4) or m.group(6), m.group(3) or m.group(5))
        label = label_key(clause_citation(int(clause), int(article)))
        if (None, label) not in q.labels:
            q.labels.append((None, label))
        # as the vocabulary rewrote it ("k" is also "không" typed short): no topic, no number
        for typed in re.finditer(rf"\b(?:khoan|clause|k|khong)\s*0*{int(clause)}\b|\b(?:dieu|article|d)\s*0*{int(article)}\b", norm):
            consumed.append(typed.span())
    # "dòng 3 Biểu số 02/TE-CB": a row of a reporting form (its plan's label the citation, its
    # goal the form); "Biểu số 02" alone: the form
    folded_text = fold(q.text or "").lower()
    form_spans = []
    for m in _FORM_ROW_RE.finditer(folded_text):
        form_spans.append(m.span())
        row, form = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        label = label_key(form_row_citation(int(row), int(form)))
        if (None, label) not in q.labels:
            q.labels.append((None, label))
        code = _form_code_words(folded_text, m.end(2) if m.group(1) else m.end(3))
        for typed in re.finditer(rf"\b(?:dong|row|line)\s*0*{int(row)}\b|\b(?:bieu|form|mau)\s*(?:so\s*)?0*{int(form)}"
                                 rf"{code}\b", norm):
            consumed.append(typed.span())
    for m in _FORM_RE.finditer(folded_text):
        if not any(s <= m.start() < e for s, e in form_spans) and int(m.group(1)) not in q.goals:
            q.goals.append(int(m.group(1)))
            for typed in re.finditer(rf"\b(?:bieu|form)\s*(?:so\s*)?0*{int(m.group(1))}"
                                     rf"{_form_code_words(folded_text, m.end())}\b", norm):
                consumed.append(typed.span())
    # "Điều 5", "Article 7": an article named alone
    for m in _ARTICLE_RE.finditer(fold(q.text or "").lower()):
        if not any(s <= m.start() < e for s, e in clause_spans):
            q.articles.append(int(m.group(1)))
    # "HK.02", "hk.06 2028": the plan's letters and the order, as written (no number, no topic)
    for m in _DOTTED_CODE_RE.finditer(q.text or ""):
        code = written_label_key(f"{m.group(1)}.{m.group(2)}")
        if (None, code) not in q.labels:
            q.labels.append((None, code))
        for typed in re.finditer(rf"\b(?:(?:chi tieu|chi so|ct|cs|ma)\s+(?:so\s+)?)?{re.escape(fold(m.group(1)).lower())} ?{m.group(2)}\b", norm):
            consumed.append(typed.span())
    # "MT1-a", "mt2-đ": its goal's code and its letter (its plan's label "MT1-a"); the code is
    # no topic word, no number, no goal of its own
    for m in _GOAL_LETTER_CODE_RE.finditer(q.text or ""):
        if fold(m.group(1)).lower() in _NOT_CODE_PREFIXES:
            continue
        code = written_label_key(f"{m.group(1)}{m.group(2)}-{m.group(3)}")
        if (None, code) not in q.labels:
            q.labels.append((None, code))
        prefix = re.escape(fold(m.group(1)).lower())
        for typed in re.finditer(rf"\b{prefix} ?{m.group(2)} ?{re.escape(fold(m.group(3)).lower())}\b", norm):
            consumed.append(typed.span())
    # "chỉ tiêu [KHAI SINH]": a target named by its plan's bracketed label (its words stay
    # topic words: a plan without labels reads them so)
    # (or in quotes, as English writes a title: "the 'Khuyết tật hòa nhập' indicator")
    for m in list(BRACKET_LABEL_RE.finditer(q.text or "")) + list(_QUOTED_LABEL_RE.finditer(q.text or "")):
        label = label_key(m.group(1))
        if (None, label) not in q.labels:
            q.labels.append((None, label))
    # "A2 ai chủ trì": a target coded by its group's capital letter and its order, typed bare
    for m in _LETTER_CODE_BARE_RE.finditer(q.text or ""):
        code = f"{m.group(1).lower()}{int(m.group(2))}"
        if (None, code) not in q.labels:
            q.labels.append((None, code))
    # "chỉ tiêu 2 nhóm III": that group's target 2 where the plan numbers them so (a plan
    # numbering its targets through keeps its 2nd: the number is read below too)
    for m in _GROUPED_NUMBER_RE.finditer(norm):
        q.labels.append((m.group(2) or m.group(3), str(int(m.group(1) or m.group(4)))))
        # the group names the target, no goal of its own to answer
        group = 2 if m.group(2) else 3
        word = list(re.finditer(r"\bnh(?:om)?\b", norm[m.start():m.start(group)]))[-1]
        consumed.append((m.start() + word.start(), m.end(group)))
    # "chỉ tiêu thứ hai mươi": a target numbered through the plan, named in words
    for m in _ORDINAL_NUMBER_RE.finditer(norm):
        if any(s <= m.start() < e for s, e in consumed):
            continue
        words = m.group(1).split()
        for n in (3, 2, 1):
            value = vocab.ordinal_value(" ".join(words[:n])) if len(words) >= n else None
            if value:
                q.indicators.append(value)
                consumed.append((m.start(), m.start(1) + len(" ".join(words[:n]))))
                break
    # "chỉ tiêu 3/20", "ct 17/20": a target numbered by its place in the plan's count; the
    # count is no number asked about
    for m in _OUT_OF_TOTAL_RE.finditer(q.text or ""):
        number, total = int(m.group(1)), int(m.group(2))
        if not 0 < number <= total or total < 10:
            continue        # ("target 2/3 of communes": a share, no plan counts three targets)
        for typed in re.finditer(rf"\b(?:chi tieu|chi so|ct|cs|indicator|target)\s+(?:so\s+)?0*{number} 0*{total}\b", norm):
            if not any(s <= typed.start() < e for s, e in consumed):
                q.indicators.append(number)
                consumed.append(typed.span())
    for m in _INDICATOR_RE.finditer(norm):
        if any(s <= m.start() < e for s, e in consumed):
            continue
        q.indicators.append(int(m.group(1)))
        consumed.append(m.span())
    # "Chỉ tiêu XIV", "chi tieu iv": a target numbered by a Roman numeral ("vì" folds to "vi":
    # that numeral only as written in capitals)
    for m in _ROMAN_INDICATOR_RE.finditer(norm):
        numeral = m.group(1)
        if any(s <= m.start() < e for s, e in consumed) or not roman_value(numeral.upper()) \
                or numeral == "vi" and not re.search(r"\bVI\b", q.text or "") \
                or re.search(rf"\(\s*{numeral}\s*\)", q.text or "", re.IGNORECASE):
            continue    # ("chỉ tiêu (xv)": a marker in brackets, read as its plan's label above)
        q.indicators.append(roman_value(numeral.upper()))
        consumed.append(m.span())
    for m in _GOAL_RE.finditer(norm):
        if not any(s <= m.start() < e for s, e in consumed) and len(m.group(1)) <= 2:
            q.goals.append(int(m.group(1)))
            consumed.append(m.span())
    # a target coded by group and order ("chỉ tiêu IV.2"), or by its marker in a group
    # ("chỉ tiêu (v) nhóm B"): read before the group names themselves
    for m in _CODED_TARGET_RE.finditer(norm):
        if not any(s <= m.start() < e for s, e in consumed):
            q.labels.append((None, f"{m.group(1)}.{m.group(2)}"))
            consumed.append(m.span())
    # "III.4 KH ai chủ trì", "ct IV.2": the code typed bare, its Roman numeral in capitals
    for m in _BARE_ROMAN_CODE_RE.finditer(q.text or ""):
        code = f"{m.group(1).lower()}.{int(m.group(2))}"
        if (None, code) not in q.labels:
            q.labels.append((None, code))
        for typed in re.finditer(rf"\b(?:(?:chi tieu|ct)\s+(?:so\s+)?)?{m.group(1).lower()} 0*{int(m.group(2))}\b", norm):
            consumed.append(typed.span())
    for m in _LETTER_CODED_TARGET_RE.finditer(norm):
        if not any(s <= m.start() < e for s, e in consumed):
            q.labels.append((None, f"{m.group(1)}{m.group(2)}"))
            consumed.append(m.span())
    for m in _MARKED_TARGET_RE.finditer(norm):
        if not any(s <= m.start() < e for s, e in consumed):
            q.labels.append((m.group(2) or m.group(3), m.group(1) or m.group(4)))
            consumed.append(m.span())
    # "chỉ tiêu b thuộc Mục tiêu 2", "ct dd muc tieu 1" ("dd" typed for "đ"): a target lettered
    # within its goal
    # (read as typed: "dd" is also "dinh dưỡng" to the vocabulary, "đ" folds to "d")
    typed = " ".join(re.sub(r"[^\w\s]", " ", fold((q.text or "").lower().replace("đ", "dd"))).split())
    for m in _LETTER_IN_GOAL_RE.finditer(typed):
        letter = "đ" if m.group(1) == "dd" else m.group(1)
        q.labels.append((m.group(2), letter))
        if int(m.group(2)) in q.goals:
            q.goals.remove(int(m.group(2)))     # its goal's number names where it stands, no goal asked
        for written in re.finditer(rf"\b(?:chi tieu|ct) (?:so )?\w+(?: duong)?\s+(?:cua |thuoc |trong |o )?"
                                   rf"muc tieu (?:so )?{m.group(2)}\b", norm):
            consumed.append(written.span())     # no topic words either
    # (a point "đ" standing alone kept apart from "d": "điểm đ" is no "điểm d")
    pointed = " ".join(re.sub(r"[^\w\s]", " ", fold(re.sub(r"(?<!\w)đ(?!\w)", "dd", (q.text or "").lower()))).split())
    for m in _DASH_POSITION_RE.finditer(pointed):
        order = int(m.group(1)) if m.group(1).isdigit() else vocab.ORDINALS[m.group(1)]
        q.labels.append(("đ" if m.group(2) == "dd" else m.group(2), str(order)))
        for written in re.finditer(rf"\b(?:gach dau dong|gach|dong|chi tieu|ct) thu {m.group(1)} "
                                   rf"(?:cua |thuoc |tai |o |trong )?diem d?{m.group(2)[-1]}\b"
                                   r"(?:\W+khoan (?:so )?\d{1,2})?(?:\W+(?:muc|phan) (?:[ivx]{1,4}|\d)\b)?", norm):
            consumed.append(written.span())
    # "chỉ tiêu (vii)": a target by its marker alone, where the plan numbers markers through
    grouped = {label for _g, label in q.labels}
    for m in _LETTER_MARKER_RE.finditer(q.text or ""):
        letter = (m.group(1) or m.group(2)).lower()
        if letter not in grouped and (None, letter) not in q.labels:
            q.labels.append((None, letter))
    for m in _BARE_MARKER_RE.finditer(q.text or ""):
        if m.group(1).lower() in grouped:
            continue    # "nhóm B chỉ tiêu (v)": read with its group above
        q.labels.append((None, m.group(1).lower()))
        # the marker is no topic word (nor one typo repair made of it: "vii" → "xvii")
        for typed in re.finditer(r"\bchi tieu (?:so )?[ivx]{1,5}\b", norm):
            if not any(s <= typed.start() < e for s, e in consumed):
                consumed.append(typed.span())
    # goal groups named by letter ("nhóm mục tiêu C", "nhóm D") or Roman numeral ("nhóm IV"):
    # numbered by their rank, as ingest numbers them
    for m in _GOAL_LETTER_RE.finditer(norm):
        if not any(s <= m.start() < e for s, e in consumed):
            label = m.group(1)
            q.goals.append(ord(label) - ord("a") + 1 if len(label) == 1 and label in "abcdefgh"
                           else _roman(label))
            consumed.append(m.span())
    for m in _GOAL_CAPITAL_RE.finditer(q.text or ""):
        rank = ord(m.group(1)) - ord("A") + 1
        if rank not in q.goals:
            q.goals.append(rank)
        for typed in re.finditer(rf"\bnhom (?:muc tieu |chi tieu )?{m.group(1).lower()}\b", norm):
            consumed.append(typed.span())
    # a period ("2021-2030", "2021 đến 2025") names a plan's span, not a target year; a year
    # written again outside it is asked ("kế hoạch 2021-2030 … năm 2030")
    spans = []
    for m in _PERIOD_RE.finditer(norm):
        start, end = int(m.group(1)), int(m.group(2))
        if start < end:
            q.period = (start, end)
            spans.append(m.span())
            # "giai đoạn 2024-2030": the words naming a period are the slot's, no topic
            named = _PERIOD_WORDS_RE.search(norm, 0, m.start())
            if named:
                consumed.append((named.start(), m.start()))
            break
    # "Thông tư 28/2019", "56/2017/NĐ-CP": a document's number holds its year, no year asked
    spans += [m.span() for m in _NUMBERED_DOCUMENT_RE.finditer(norm)]
    q.years = _years_outside(norm, spans)




# a document's number with its year (folded, "/" read as a space): after the kind of document
# ("thông tư 28/2019") or before its codes ("56/2017/nđ-cp"); a date ("15/12/2025") is neither
_NUMBERED_DOCUMENT_RE = re.compile(
    r"\b(?:thong tu|nghi dinh|quyet dinh|nghi quyet|luat|chi thi|cong van|circular|decree|decision|"
    r"resolution|law|directive)\s+(?:so\s+)?\d{1,5}[/ ](?:19|20)\d\d\b"
    r"|(?<![\d/])\d{1,5}[/ ](?:19|20)\d\d[/ ](?:tt|nd|qd|nq|ct|kh|cv|ttg|cp|ubnd|hdnd|bldtbxh|ldtbxh|byt|qh\d*)\b")


def _years_outside(norm: str, spans: list[tuple[int, int]]) -> list[int]:
    """The years written in ``norm`` outside the character ``spans`` (sorted, once each)."""
    return sorted({int(m.group(1)) for m in _YEAR_RE.finditer(norm)
                   if not any(s <= m.start() < e for s, e in spans)})


def campaign_phrase(name: str) -> str | None:
    """The words a question names a campaign by: the first three of its name, folded, no
    year ("Tháng hành động vì trẻ em năm 2020" → "thang hanh dong"); None for a shorter name."""
    found = normalize(re.sub(r"\b(năm|nam)?\s*\d{4}\b", "", name)).split()
    return " ".join(found[:3]) if len(found) >= 3 else None


# words of many campaigns' names, which tell none from another
CAMPAIGN_COMMON_WORDS = frozenset(("chien", "dich", "thang", "hanh", "dong", "vi", "tre", "em", "va", "cho",
                                   "cua", "nam", "cac", "de", "khong", "voi", "tai", "o"))


def _read_campaigns(q: Query, plans: list[PlanRef], consumed: list) -> set[str]:
    """A campaign named ("tháng hành động" [2020]): the plans holding it. A campaign asked
    by the words of its name ("chiến dịch hè phòng chống đuối nước", "the summer
    drowning-prevention campaign") is the one sharing most of them (no plan named by it)."""
    norm, named = q.norm, set()
    if has_phrase(norm, "chien dich"):
        asked = set(norm.split())
        best = sorted(((len(asked & words), phrase) for p in plans for phrase, words in p.campaign_words),
                      key=lambda t: -t[0])
        if best and best[0][0] > 0 and (len(best) == 1 or best[1][0] < best[0][0] or best[1][1] == best[0][1]):
            q.campaign = best[0][1]
    # campaigns ("tháng hành động" [2020])
    for p in plans:
        for phrase in p.campaign_phrases:
            if has_phrase(norm, phrase):
                q.campaign = phrase
                if not q.years or set(q.years) & p.years:
                    named.add(p.slug)
                span = re.search(re.escape(phrase), norm).span()
                consumed.append(span)

    return named


_COMMITTEE_HEADS = ("uy ban nhan dan", "ubnd")


# initials that are also the genre's own abbreviations ("ct" chỉ tiêu / chỉ thị, "kh" kế hoạch)
_GENRE_ABBREVIATIONS = frozenset(("ct", "kh", "qd", "tt", "nd"))


def _unaccented(text: str) -> str:
    """``text`` without diacritics, its case kept ("ĐBP" → "DBP")."""
    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def _not_the_province(matches: list[AgencyMatch], norm: str, plans: list[PlanRef]) -> list[AgencyMatch]:
    """"UBND Hà Nội" is the province's own committee, the body that issues the plans: the
    district or commune committees ("Ủy ban nhân dân các quận, huyện") that its head words
    match are not meant. Drops a match that is only a committee's head words followed by a
    loaded place's name."""
    tokens = [w for w in norm.split() if w != "va"]
    places = {p.locality_norm for p in plans if p.locality_norm}
    kept = []
    for m in matches:
        said = " ".join(tokens[m.start:m.start + m.length])
        after = " ".join(tokens[m.start + m.length:m.start + m.length + 3])
        if said in _COMMITTEE_HEADS and normalize(m.name) not in _COMMITTEE_HEADS and any(
                f"{after} ".startswith(f"{place} ") for place in places):
            continue
        kept.append(m)
    return kept


def _not_a_topic(matches: list, norm: str) -> list:
    """Agencies matched only by words of a topic phrase ("dân tộc" of "đồng bào dân tộc thiểu
    số", "y tế" of "thẻ bảo hiểm y tế"): the question names the topic, not the office."""
    tokens = norm.split()
    inside: set[int] = set()
    for phrase in vocab.TOPIC_NOT_AGENCY:
        words = phrase.split()
        for i in range(len(tokens) - len(words) + 1):
            if tokens[i:i + len(words)] == words:
                inside.update(range(i, i + len(words)))
    if not inside:
        return matches
    return [m for m in matches if not set(range(m.start, m.start + m.length)) <= inside]


# "xã Tả Van", "Phường Sa Pa", "Mộc Châu commune", "Phu Quoc special zone": a commune, ward or
# special zone named (capitalised), as written
# (… or a district: "huyện Đức Hòa", "Đức Hòa district", round 157)
_LOCAL_PLACE_RES = (
    # (typed without accents too: "Phuong Kinh Bac …", the name's capitals say it is one)
    # ("vùng xa" is a remote area, no commune: "vùng sâu, vùng xa Mường Tè")
    re.compile(r"(?<![Tt]hị )(?<![Tt]hi )(?<![Cc]o )(?<![Cc]ơ )\b(?:[Xx]ã|(?<![Vv]ùng )(?<![Vv]ung )[Xx]a|[Pp]hường|[Pp]huong|[Đđ]ặc khu|[Dd]ac khu|"
               r"[Tt]hị trấn|[Tt]hi tran|[Hh]uyện|[Hh]uyen|[Qq]uận|[Qq]uan|[Tt]hị xã|[Tt]hi xa)\s+((?:[^\W\d_]+\s*){1,3})"),
    re.compile(r"((?:[^\W\d_]+\s+){1,3})(?:commune|ward|special zone|township|district|town)\b"),
)


def _unknown_local_place(text: str, plans: list[PlanRef], document_text: str) -> str | None:
    """A commune, ward or special zone the question names that no plan is for and no plan's
    text names: the place to decline ("Mộc Châu commune: who leads indicator 1?" must not be
    answered from another place's plan), else None."""
    for pattern in _LOCAL_PLACE_RES:
        for match in pattern.finditer(text or ""):
            # the name's capitalised words, those next to the level word ("xã Tả Van chỉ tiêu")
            words = match.group(1).split()
            words = words[next((k for k, w in enumerate(words) if w[:1].isupper()), len(words)):] \
                if pattern is _LOCAL_PLACE_RES[1] else words
            capitals = list(itertools.takewhile(lambda w: w[:1].isupper(), words))
            # (the province named after it is no part of its name: "huyện Đức Hòa Long An")
            # (… whole, read on past the match: "Phuong Kinh Bac … Bac Ninh" names "Kinh Bac", its
            # "Bac" no start of "Bắc Ninh")
            for p in plans:
                place = normalize(p.locality or "")
                for k in range(1, len(capitals)):
                    starts = [match.start(1) + w.start() for w in re.finditer(r"\S+", match.group(1))]
                    at = starts[len(starts) - len(words) + k]     # (the English form's words were cut at the front)
                    rest = normalize((text or "")[at:])
                    if place and (rest + " ").startswith(place + " "):
                        capitals = capitals[:k]
                        break
            if not capitals or len(capitals) == 1 and capitals[0].isupper() and len(capitals[0]) <= 4:
                continue    # ("cấp xã QN", "các huyện NT": a province's initials, read as such)
            shown = " ".join(capitals)
            name = normalize(shown)
            if not name or name in vocab.STOPWORDS:
                continue
            joined = name.replace(" ", "")
            if any(p.locality_norm and (name == p.locality_norm or p.locality_norm in name or name in p.locality_norm
                                        or joined == p.locality_norm.replace(" ", "")) for p in plans):
                continue    # (… "each Hanoi district": the province's own name written joined)
            if name in vocab.PROVINCES or f" {name} " in document_text \
                    or document_text.startswith(f"{name} ") or document_text.endswith(f" {name}"):
                continue       # a province (read above), or a part a plan names
            return shown
    return None


def _read_places_and_agencies(q: Query, plans: list[PlanRef], agencies: list[AgencyRef] | None,
                              named: set[str], document_text: str) -> None:
    """Localities (full names, initials), agencies, a place no plan covers, and from them
    the plans the question is about (``q.plans``)."""
    norm, text = q.norm, q.text
    # localities: full names and joined names first ("Hà Nội", "hanoi")
    by_loc: dict[str, set[str]] = {}
    masked = norm
    # the longest name first, its words then masked: "Điện Biên Phủ" names the city, not also
    # the province "Điện Biên" (named too only where its name stands apart)
    named_here = sorted(_place_words(plans).plans_named(plans, norm), key=lambda p: -len(p.locality_norm or ""))
    found_names: set[str] = set()
    for k, p in enumerate(named_here):
        if not p.locality_norm:
            continue
        if p.locality_norm in found_names or has_phrase(masked, p.locality_norm) \
                or has_phrase(masked, p.locality_norm.replace(" ", "")):
            by_loc.setdefault(p.locality, set()).add(p.slug)
            found_names.add(p.locality_norm)
        if p.locality_norm in found_names and not any(o.locality_norm == p.locality_norm for o in named_here[k + 1:]):
            masked = re.sub(r"\b" + re.escape(p.locality_norm) + r"\b", " ", masked)
    # … then the other names a place goes by ("tp hcm"), in what full names left
    for p in named_here:
        aliases = [alias for alias, places in vocab.PLACE_ALIASES.items() if p.locality_norm and p.locality_norm in places]
        # (… "Ba Rịa", "Vũng Tàu": either half of a joined name)
        for alias in aliases + [a for a in _other_names(p.locality_norm) if len(a.split()) >= 2]:
            if has_phrase(masked, alias):
                by_loc.setdefault(p.locality, set()).add(p.slug)
                masked = re.sub(r"\b" + re.escape(alias) + r"\b", " ", masked)

    # agencies
    if agencies:
        q.agencies = _not_a_topic(_not_the_province(find_agencies(norm, agencies), norm, plans), norm)
        masked = _agency_pattern(agencies).sub(" ", masked)
    masked = re.sub(r"\bdoan thanh nien cong san ho chi minh\b", " ", masked)
    masked = _NOT_A_PLACE_RE.sub(" ", masked)

    # a place that has no plan ("cao bang" inside "báo cáo bằng" needs a cue such as "tỉnh"
    # or capital letters: "Cao Bằng"). Checked even when a known place is named too
    # ("so sánh Hà Nội và Đà Nẵng"): no plan's fact may stand in for the unknown place.
    capitalized = " ".join(normalize(run) for run in re.findall(r"(?:\b[A-ZÀ-ỸĐ]\w*\s*)+", text))
    loaded = {p.locality_norm: p for p in plans}
    for place in vocab.PROVINCES:
        if not has_phrase(masked, place):
            continue
        merged = [p for p in plans if place in p.former_places]
        if merged:
            # "thấp còi Hà Nam cũ": a former province now part of a loaded plan's place, asked
            # for its own figures (its words stay topic words: the plan's breakdown names it)
            for p in merged:
                by_loc.setdefault(p.locality, set()).add(p.slug)
            q.former_places.append(place)
            continue
        own = loaded.get(_without_level(normalize(vocab.PROVINCE_NAMES.get(place, place)))) or next(
            # "Vũng Tàu" of a plan of "Bà Rịa - Vũng Tàu": one half of a place's joined name
            (p for p in plans if place in {normalize(part) for part in re.split(r"\s*[-–]\s*", p.locality or "")
                                           if len(re.split(r"\s*[-–]\s*", p.locality or "")) > 1}), None)
        if own is not None:
            # "BRVT", "TP HCM": another name of a place a plan is loaded for
            by_loc.setdefault(own.locality, set()).add(own.slug)
            masked = re.sub(r"\b" + re.escape(place) + r"\b", " ", masked)
            continue
        ambiguous = f" {place} " not in f" {capitalized} " and _reads_as_document_words(masked, place, document_text)
        if ambiguous and not re.search(r"\b(tinh|thanh pho|tp|o|tai|cua)\s+" + re.escape(place), masked):
            continue
        if by_loc and f" tinh {place} " in document_text and not _COMPARING_RE.search(masked):
            # "Kế hoạch Quy Nhơn căn cứ kế hoạch nào của tỉnh Bình Định?": the province a loaded
            # plan names as its own (its parent, whose plan it implements) is no place asked about
            continue
        q.foreign_place = place
        break
    if not q.foreign_place:
        # (… also inside a province named: "huyện Đức Hòa, Long An" of a plan that names no Đức
        # Hòa is a part it sets nothing for; the province's amount would be a wrong answer)
        q.foreign_place = _unknown_local_place(text, plans, document_text)

    # initials ("HN", "CT", "ĐBP") only as a place token of their own, and never when the
    # question names another place: "tp HCM chương trình …" is not Cần Thơ
    if not q.foreign_place:
        full_names = set(by_loc)
        named_places = {p.locality for p in plans if p.slug in named}
        typed = _unaccented(text)   # case kept: "CT" typed in capitals is a place
        # initials that are also a genre abbreviation last: "ct đuối nước của ag" is An
        # Giang's "chỉ tiêu", whatever the order the plans were loaded in
        for p in sorted(plans, key=lambda p: p.locality_initials in _GENRE_ABBREVIATIONS):
            if p.locality in full_names or len(p.locality_initials) < 2:
                continue
            if _initials_named(norm, p.locality_initials):
                if p.locality_initials in vocab.STOPWORDS and not _initials_marked(norm, typed, p.locality_initials):
                    # "LA" (Long An) is "là" typed without accents: a place only in capitals
                    # or after a word that introduces one ("tỉnh la")
                    continue
                others = (set(by_loc) | named_places) - {p.locality}
                if others and p.locality_initials in _GENRE_ABBREVIATIONS and not re.search(r"(?<!\w)" + re.escape(p.locality_initials.upper()) + r"(?!\w)", typed) \
                        and not _joined_place_re(p.locality_initials).search(norm):
                    # "ct tỷ lệ … KH 138 HN": lower-case initials beside another place named
                    # are the abbreviation ("chỉ tiêu"), not a second place — unless joined to
                    # the other as places are compared: "hn vs ct", "hn và ct", "ct vs bt"
                    continue
                by_loc.setdefault(p.locality, set()).add(p.slug)
    q.localities = sorted(by_loc)
    loc_slugs = set().union(*by_loc.values()) if by_loc else set()
    if len(loc_slugs) > 1 and not named and (q.years or q.period):
        # "Hà Nội năm 2025": of the place's plans, those whose period holds the year
        timely = {p.slug for p in plans if p.slug in loc_slugs and p.period and _covers(p.period, q)}
        loc_slugs = timely or loc_slugs
    if named:
        q.plans = sorted(named & loc_slugs) if named & loc_slugs else sorted(named)
        # "kế hoạch 138 Hà Nội và kế hoạch Điện Biên Phủ": a place whose plan is not the one
        # named by document is asked about too
        by_slug = {p.slug: p for p in plans}
        named_places = {by_slug[s].locality for s in named if s in by_slug}
        others = {s for loc, slugs in by_loc.items() if loc not in named_places for s in slugs}
        q.plans = sorted(set(q.plans) | others)
    else:
        q.plans = sorted(loc_slugs)


_DOC_WORD = r"(?:ke hoach|kh|quyet dinh|qd|chuong trinh|ctr|chi thi|plan|decision|programme|program)"
_YEARS = r"((?:19|20)\d\d)(?:\s+(?:den\s+|toi\s+|to\s+)?(?:nam\s+)?((?:19|20)\d\d))?"
_DOC_YEAR_RES = (
    # "kế hoạch năm 2024", "quyết định giai đoạn 2021-2030", "KH 2021-2025", "plan for 2024"
    re.compile(r"\b" + _DOC_WORD + r"\s+(?:(?:nam|giai doan|thoi ky|for|of)\s+)?" + _YEARS + r"\b"),
    # "Hanoi's 2024 plan" ("plan" reads "ke hoach" by then), "the 2021-2030 programme",
    # "Hanoi's 2024 children plan" (what the plan is for between)
    re.compile(r"\b" + _YEARS + r"\s+(?:action\s+|(?:[a-z]+\s+){1,2}?)?" + _DOC_WORD + r"\b"),
    # "kế hoạch trẻ em 2026-2030", "ctr tre em QT 2026-2030": a span a few words after the
    # document's word (a span only: one year there may be a target's, "kế hoạch … năm 2028")
    re.compile(r"\b" + _DOC_WORD + r"\s+(?:[a-z]+\s+){1,4}?(?:(?:giai doan|thoi ky)\s+)?"
               r"((?:19|20)\d\d)\s+(?:den\s+|toi\s+|to\s+)?(?:nam\s+)?((?:19|20)\d\d)\b"),
)


def _read_document_years(q: Query, plans: list[PlanRef], consumed: list) -> None:
    """A plan named by its year or span ("kế hoạch năm 2024 của Hà Nội", "quyết định giai đoạn
    2021-2030", "Hanoi's 2024 plan"): of the plans in question (all when none is named), those
    whose span is exactly that, or, for one year, that were signed that year. The year then
    names the plan, not a target year, and its words are no content. Nothing changes when no
    plan fits (the year may then be a target's)."""
    for pattern in _DOC_YEAR_RES:
        for m in pattern.finditer(q.norm):
            if any(s <= m.start() < e for s, e in consumed):
                continue
            start = int(m.group(1))
            end = int(m.group(2)) if m.group(2) else None
            pool = [p for p in plans if not q.plans or p.slug in q.plans]
            if end is not None:
                hits = {p.slug for p in pool if p.period == (start, end)}
            else:
                hits = {p.slug for p in pool if p.period == (start, start)} or \
                       {p.slug for p in pool if p.issued_year == start}
            if not hits:
                continue
            q.plans = sorted(hits)
            # (the span alone, when words stand between it and the document's word: "quyết
            # định số mấy … 2021-2030" still asks the decision's number)
            consumed.append((m.start(1), m.end()) if pattern is _DOC_YEAR_RES[-1] else m.span())
            if end is not None and q.period == (start, end):
                q.period = None
            # years written elsewhere in the question are still asked ("… 2021-2030 plan … in 2030")
            spans = [consumed[-1]] + [p.span() for p in _PERIOD_RE.finditer(q.norm)
                                  if q.period == (int(p.group(1)), int(p.group(2)))][:1]
            q.years = _years_outside(q.norm, spans)


# "Mộc Châu commune plan", "in Phu Quoc special zone, who …": "commune" (folded "xa") after a
# name is its level only where English goes on; "Bến Tre xã phù hợp với trẻ em" is a topic
_AFTER_LEVEL = (r"\s+(?:ke hoach|chuong trinh|chi tieu|ct|muc tieu|plan|what|who|which|when|where|how|is|are|has"
                r"|have|does|do|in|of|for|by|to|and|the)\b")


class _PlaceWords:
    """What ``_read_places_and_agencies`` and ``_read_terms`` look for in a question, made
    ready once per knowledge base and filed by first word, so a question only tries the
    plans whose names (or aliases) start with one of its words (at 200 plans, trying each
    plan's name, joined name, initials and aliases was a fifth of parsing)."""

    def __init__(self, plans: list[PlanRef]):
        self.plans = plans
        self.by_word: dict[str, list[int]] = {}     # first word → positions in ``plans``
        self.always: list[int] = []                  # a name of no words: always tried
        self.names: list[re.Pattern] = []            # each plan's name, joined name, initials
        self.name_by_word: dict[str, list[int]] = {}   # first word → positions in ``names``
        for n, p in enumerate(plans):
            if not p.locality_norm:
                continue
            phrases = [p.locality_norm, p.locality_norm.replace(" ", "")] + _other_names(p.locality_norm)
            firsts = {phrase.split()[0] if phrase.split() else None for phrase in phrases}
            if None in firsts:
                self.always.append(n)
            for w in firsts - {None}:
                self.by_word.setdefault(w, []).append(n)
        for p in plans:
            for w in (p.locality_norm, p.locality_norm.replace(" ", ""), p.locality_initials,
                      *_other_names(p.locality_norm)):
                if w:
                    self.name_by_word.setdefault(w.split()[0], []).append(len(self.names))
                    # "tỉnh Phú Thọ", "thành phố Cần Thơ": the word for a province goes with its name
                    # (… or its level after it, as English puts it: "Buon Ma Thuot ward")
                    self.names.append(re.compile(r"\b(?:(?:tinh|thanh pho|tp|phuong|xa|thi xa|huyen|quan|dac khu)\s+)?"
                                                 + re.escape(w) + r"\b(?:\s+(?:phuong|tinh|province|city"
                                                 r"|(?:xa|dac khu)(?=\s*$|\s{2,}|" + _AFTER_LEVEL + r"))\b)?"))   # (a gap: words read already)

    def plans_named(self, plans: list[PlanRef], norm: str) -> list[PlanRef]:
        """The plans, in order, one of whose names or aliases may stand in ``norm`` (a
        phrase is in it as whole words only if its first word is one of its words)."""
        hit = set(self.always)
        for w in set(norm.split()):
            hit.update(self.by_word.get(w, ()))
        return [plans[n] for n in sorted(hit)]

    def names_in(self, text: str) -> list[re.Pattern]:
        """The patterns of the plans' names, in order, that may match ``text``."""
        hit: set[int] = set()
        for w in set(text.split()):
            hit.update(self.name_by_word.get(w, ()))
        return [self.names[n] for n in sorted(hit)]


_PLACE_WORDS: dict[int, tuple] = {}


def _other_names(locality_norm: str) -> list[str]:
    """The other names a place is called by (folded): "hue" for Thừa Thiên Huế
    (``vocab.PLACE_ALIASES``), "brvt" for Bà Rịa - Vũng Tàu (``vocab.PROVINCE_NAMES``)."""
    if not locality_norm:
        return []
    names = [alias for alias, places in vocab.PLACE_ALIASES.items() if locality_norm in places]
    names += [key for key, name in vocab.PROVINCE_NAMES.items()
              if _without_level(normalize(name)) == locality_norm and key != locality_norm and key not in names]
    # … and either half of a joined name, "vung tau" for Bà Rịa – Vũng Tàu, as officers shorten it
    names += [half for name in set(vocab.PROVINCE_NAMES.values()) if re.search(r"\s[-–]\s", name)
              and _without_level(normalize(name)) == locality_norm
              for half in (normalize(part) for part in re.split(r"\s*[-–]\s*", name)) if half not in names]
    return names


def _without_level(place: str) -> str:
    """A folded place name without the word for its level: "tp ho chi minh" → "ho chi minh"."""
    return re.sub(r"^(?:tp|thanh pho|tinh)\s+(?=\S)", "", place)


def _short_forms(locality_norm: str) -> list[str]:
    """How phone typing shortens a place's name: the first word's first letter, the rest
    joined ("quang ngai" → "qngai", "can tho" → "ctho"); none for a one-word name."""
    words = locality_norm.split()
    if len(words) < 2:
        return []
    short = words[0][0] + "".join(words[1:])
    return [short] if len(short) >= 4 else []


def _spell_out_short_forms(norm: str, plans: list[PlanRef]) -> str:
    """A loaded place's short form ("qngai") spelled out ("quang ngai") before typo repair
    could take it for another word."""
    shorts = {short: p.locality_norm for p in plans if p.locality_norm for short in _short_forms(p.locality_norm)}
    if not shorts or shorts.keys().isdisjoint(norm.split()):
        return norm
    return " ".join(shorts.get(w, w) for w in norm.split())


def _place_words(plans: list[PlanRef]) -> _PlaceWords:
    return per_knowledge_base(_PLACE_WORDS, plans, _PlaceWords)


_NOT_PAY_RE = re.compile(r"\b(?:chat|so|dung|khoi|trong|ham|san) luong\b")
_QUALIFIER_RE = re.compile(r"\b(?:cu the|chu yeu)\b")


# what an office must do, asked by its verb (folded): "phải bố trí gì", "phải tổ chức những gì",
# "what summer activity must …" (blind round 169)
_MUST_DO_WHAT_RE = re.compile(r"\bphai\s+(?:[a-z]+\s+){1,2}(?:nhung\s+)?(?:gi|viec gi)\b"
                              r"|\bwhat\s+(?:[a-z]+\s+){0,2}activity\s+(?:must|should|will|does|do)\b")


def _read_cues(q: Query) -> None:
    """Off-topic phrases and the answer-type cues of the question."""
    norm = q.norm
    # "lương" (pay) folds as "lượng" does: "chất lượng của cán bộ" (their quality) is on topic
    q.off_topic = any(has_phrase(_NOT_PAY_RE.sub(" ", norm), p) for p in vocab.OFF_TOPIC)
    q.off_topic_unless = tuple(dict.fromkeys(
        stated for p, stated in vocab.OFF_TOPIC_UNLESS_STATED.items() if has_phrase(norm, p)))
    # English cue phrases are matched as typed too: the vocabulary has by then rewritten
    # their words ("what date" → "what ngay", "days" → "ngay")
    q.cue_text = f"{norm} | {' '.join(normalize(q.text).split())}"
    # and without a qualifier between a cue's words ("how many specific goals", "mấy mục tiêu
    # chủ yếu"): every plan's heading says "mục tiêu cụ thể", "chỉ tiêu chủ yếu"
    plain = _QUALIFIER_RE.sub(" ", norm)
    if plain != norm:
        q.cue_text += f" | {' '.join(plain.split())}"
    # "sơ kết giữa kỳ kế hoạch", "học kỳ": a term's "kỳ", no signing ("ký kế hoạch")
    # ("cả giai đoạn", "the whole period": a span asked over, not the plan's period asked)
    q.cues = _cues(_TERM_KY_RE.sub(r"\1_ky", WHOLE_PERIOD_RE.sub(" ", q.cue_text)))
    if _MUST_DO_WHAT_RE.search(q.cue_text):
        q.cues.add("tasks")     # "Công an tỉnh phải bố trí gì", "what summer activity must … organise"
    units = [p for p in vocab.UNIT_CUES if has_phrase_in(q.cue_text, p)]
    if units and "lead" not in _cues(_phrase_pattern(tuple(units)).sub(" ", q.cue_text)):
        # "chỉ tiêu 9 tính theo đơn vị nào?": the unit of measure, not "đơn vị nào" (which
        # office); but "which unit leads TC04" asks for an office by another word too
        q.cues.discard("lead")
        q.cues.add("about")
    if re.search(r"\b(so sanh|compare)\b", norm) or (len(q.localities) >= 2 and has_phrase(norm, "so sanh")):
        q.cues.add("compare")


# the whole of a plan's period, asked (folded): "cả giai đoạn", "suốt thời kỳ kế hoạch"
WHOLE_PERIOD_RE = re.compile(r"\b(?:ca|suot|toan|whole|entire|full)\s+(?:(?:the\s+)?(?:(?:19|20)\d\d\s+){0,2})?"
                              r"(?:giai doan|thoi ky|ky ke hoach|nhiem ky|period)\b")


_WHOLE_PERIOD_WORDS = frozenset("ca suot toan whole entire full giai doan thoi ky nhiem period".split())


def _read_terms(q: Query, plans: list[PlanRef], consumed: list) -> None:
    """Content words: what is left once numbers, places, documents and cue words are read."""
    norm = q.norm
    # content terms: words not consumed by numbers, places, documents or cue words
    text_left = norm
    # spans may overlap ("tháng hành động vì trẻ em" and "… năm 2020" of two plans): merged
    # first, or cutting one after the other leaves a piece of the other ("0" of "2020")
    merged: list[list[int]] = []
    for s, e in sorted(consumed):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    for s, e in reversed(merged):
        text_left = text_left[:s] + " " + text_left[e:]
    for pattern in _place_words(plans).names_in(text_left):
        text_left = pattern.sub(" ", text_left)
    if has_phrase(norm, "bao nhieu") or has_phrase(norm, "bn") or q.labels or q.indicators:
        # "phải đạt bao nhiêu vào năm sơ kết 2027", "QG-21 mốc sơ kết 2028?": the year's name, no
        # topic (asked when, the review is the topic: "năm sơ kết là năm nào")
        text_left = _MILESTONE_YEAR_RE.sub(" ", text_left)
    text_left = _TARGET_YEAR_RE.sub(" ", text_left)
    # "báo cáo quý IV": which of a quarterly report's dates, no topic (``answer.deadlines``
    # reads the quarter from the question's folded words)
    text_left = _QUARTER_NUMBER_RE.sub("quy", text_left)
    for place in q.former_places:
        # "địa bàn Hà Nam cũ", "the former Nam Dinh area": the place, no topic (a breakdown's
        # figures are found by its name, ``answer.targets.asked_areas``)
        text_left = re.sub(rf"\b(?:former\s+)?(?:(?:dia ban|tinh|vung|khu vuc)\s+)?{re.escape(place)}"
                           r"(?:\s+(?:cu|truoc day|area))?\b", " ", text_left)
    # the words of a cue asking for a slot of the answer (who leads, who partners, how many,
    # who signed, a comparison) are the question's form, not its topic: no answer states
    # "supports", "tổng số" or "chịu trách nhiệm chính", and a topic left with them matched
    # nothing. The phrases are cut where they stand ("bảo vệ" stays beside "bao nhiêu chỉ
    # tiêu"); one matched only as typed ("offices support" reads "co quan support") gives its words.
    form = tuple(p for name in _FORM_CUES if name in q.cues for p in _CUE_TABLE[name] if not p.endswith(" "))
    if form:
        text_left = _replace_phrases(f" {text_left} ", {p: " " for p in form})
    text_left = _replace_phrases(f" {text_left} ", {p: " " for p in vocab.QUESTION_PHRASES})
    typed_only = {w for p in form if not has_phrase(norm, p) and has_phrase_in(q.cue_text, p) for w in p.split()}
    left = [w for w in text_left.split() if w not in typed_only]
    # "cả giai đoạn 2026-2030", "over the whole period": the whole period (its years are read
    # as such), no topic — "ca" and "giai doan" had stayed words every answer missed; matched in
    # the whole question, as the years read out may stand between its words
    spanned = {w for m in WHOLE_PERIOD_RE.finditer(norm) for w in m.group().split()} & _WHOLE_PERIOD_WORDS
    left = [w for w in left if w not in spanned]
    # "ít nhất" / "tối thiểu" carry the question's point ("ít nhất 05 điểm vui chơi")
    kept = _phrase_words(left)
    q.terms = [w for i, w in enumerate(left)
               if (w not in vocab.STOPWORDS or (w == "it" and left[i + 1:i + 2] == ["nhat"]) or i in kept)
               and not _YEAR_RE.fullmatch(w) and not _at_year(left, i)]
    if q.agencies:
        # an office the question names is a slot of its own (agency fit), as a place is: its
        # words ("công an tỉnh") are no content an answer must cover
        tokens = [w for w in norm.split() if w != "va"]
        spans = {i for m in q.agencies for i in range(m.start, min(m.start + m.length, len(tokens)))}
        named = [tokens[i] for i in sorted(spans)]
        for w in named:
            if w in q.terms:
                q.terms.remove(w)


def _phrase_words(words: list[str]) -> set[int]:
    """Positions of words inside a topic phrase that has synonyms ("nhẹ cân", "vệ sinh"):
    kept as terms although alone they are stop words ("nhé", "về")."""
    kept: set[int] = set()
    for phrase in (*vocab.SYNONYMS, *vocab.KEEP_PHRASES):
        p = phrase.split()
        for i in range(len(words) - len(p) + 1):
            if words[i:i + len(p)] == p:
                kept.update(range(i, i + len(p)))
    return kept


@lru_cache(maxsize=1)
def _protected_words() -> frozenset[str]:
    """Words of the question vocabulary itself (cues, places, abbreviations): never "repaired"."""
    phrases = [*vocab.STOPWORDS, *vocab.QUESTION_PHRASES, *vocab.OFF_TOPIC, *vocab.OFF_TOPIC_UNLESS_STATED,
               *vocab.PROVINCES,
               *vocab.ABBREVIATIONS, *vocab.ABBREVIATIONS.values(), *vocab.ENGLISH.values(),
               *vocab.SYNONYMS, *(w for syns in vocab.SYNONYMS.values() for w in syns),
               *vocab.PERSON_ROLES, *vocab.PERSON_NAME_CUES, *vocab.TARGET_WORDS,
               *vocab.BUDGET_WORDS, *vocab.AMOUNT_CUES, *vocab.CONTACT_GENERIC]
    for cues in _CUE_TABLE.values():
        phrases.extend(cues)
    return frozenset(w for p in phrases for w in p.split())


_CHOICES: dict[int, tuple[set, list[str]]] = {}


def _typo_choices(vocabulary: set[str]) -> tuple[frozenset[str], list[str]]:
    """Words a typo may be repaired to: the documents' words and the question vocabulary."""
    hit = _CHOICES.get(id(vocabulary))
    if hit is None or hit[0] is not vocabulary:
        known = vocabulary | _protected_words()
        choices = sorted(w for w in known if len(w) >= 3 and w.isalpha())
        hit = (vocabulary, choices)
        _CHOICES.clear()
        _CHOICES[id(vocabulary)] = hit
    return _protected_words(), hit[1]


def is_syllable(word: str) -> bool:
    """Whether folded ``word`` can be a Vietnamese syllable (onset + rhyme): "tram", "nguoi"
    can, "heiu", "thogn" cannot."""
    for onset in vocab.SYLLABLE_ONSETS:
        if word.startswith(onset) and word[len(onset):] in vocab.SYLLABLE_RHYMES:
            return True
    return False


def _plausible_typo(word: str, cand: str, dist: int) -> bool:
    """A real syllable is not a typo of another ("banh" is not "anh"); short foreign words
    only by a dropped, doubled or swapped letter."""
    if dist == 0 or is_syllable(word):
        return False
    if len(word) <= 5 and not is_syllable(cand):
        return len(word) != len(cand) or sorted(word) == sorted(cand)
    return True


def _repair_place_names(norm: str, plans: list[PlanRef]) -> str:
    """A loaded place's name typed with one letter wrong, dropped or swapped ("binh dunog",
    "dien ben phu", "binh dong"): read as the name. Names of eight letters or more only, and
    never a words' run that is itself a province's name ("binh dinh" is not "binh duong"):
    short names are one letter from other places ("ha nam", "ha noi")."""
    words = norm.split()
    names = {p.locality_norm for p in plans if len(p.locality_norm.replace(" ", "")) >= 8}
    loaded = {p.locality_norm for p in plans if p.locality_norm}
    for name in names:
        if has_phrase(norm, name):
            continue
        size = len(name.split())
        for i in range(len(words) - size + 1):
            if words[i][0] != name[0]:
                continue
            window = " ".join(words[i:i + size])
            if window in vocab.PROVINCE_NAMES or OSA.distance(window, name, score_cutoff=1) > 1:
                continue
            if any(other != name and has_phrase(window, other) for other in loaded):
                continue    # "điện biên chủ trì": another loaded place ("Điện Biên") and a word after it
            words[i:i + size] = name.split()
            norm = " ".join(words)
            break
    return norm


_DOUBLED_RE = re.compile(r"([a-z])\1")


def repair_typos(norm: str, vocabulary: set[str], document_text: str = "") -> str:
    """Replace words unknown to the documents by a close known word: "coii" → "coi",
    "heiu" → "hieu", "thogn" → "thong". Conservative: words of four letters or more, at
    most one edit (two from eight letters), a letter swap counting as one; among equally
    close words the one that forms a phrase of the documents with a neighbour wins
    ("khau heiu" → "khau hieu"), then the more frequent."""
    protected, choices = _typo_choices(vocabulary)
    pairs = _bigrams(document_text) if document_text else {}
    words = norm.split()
    out = list(words)
    for i, word in enumerate(words):
        if word in vocabulary or word in protected or not word.isalpha() or len(word) < 4:
            continue
        # a key struck twice ("thoong", "quuyet", "tiieu"): the word with the letter once, when
        # the documents have it, whatever the doubled form would spell
        single = _DOUBLED_RE.sub(r"\1", word)
        if single != word and single in vocabulary:
            out[i] = single
            continue
        max_dist = 2 if len(word) >= 8 else 1
        found = process.extract(word, choices, scorer=OSA.distance, score_cutoff=max_dist, limit=30)
        cands = [(c, int(d)) for c, d, _i in found if _plausible_typo(word, c, int(d))]
        if not cands:
            continue
        prev = out[i - 1] if i else ""
        nxt = words[i + 1] if i + 1 < len(words) else ""

        def rank(item):
            cand, dist = item
            # phrases of the documents it forms with its neighbours: both sides beat one
            # ("ở qung ninh": "quang ninh" and "ở quang"… beat "ở vùng" alone), then how often
            before, after = pairs.get((prev, cand), 0), pairs.get((cand, nxt), 0)
            frequency = _count(document_text, cand) if document_text else 0
            return (dist, -(bool(before) + bool(after)), -(before + after), -frequency, cand)

        out[i] = min(cands, key=rank)[0]
    if document_text:
        _repair_out_of_context(out, choices, protected, document_text)
    return " ".join(out)


_BIGRAMS: dict[int, tuple[str, dict]] = {}


def _bigrams(document_text: str) -> dict[tuple[str, str], int]:
    """Adjacent word pairs of the documents with their counts, built once per knowledge base."""
    hit = _BIGRAMS.get(id(document_text))
    if hit is None or hit[0] is not document_text:
        # words interned: the pairs kept share their words (a copy each weighed more)
        tokens = list(map(sys.intern, document_text.split()))
        counts = Counter(zip(tokens, tokens[1:]))   # counted in C
        hit = (document_text, counts)
        _BIGRAMS.clear()
        _BIGRAMS[id(document_text)] = hit
    return hit[1]


_COUNTS: dict[int, tuple[str, dict]] = {}


def _count(document_text: str, word: str) -> int:
    """``document_text.count(f" {word} ")``, counted once per knowledge base and word (a
    scan of every plan's text: milliseconds at 200 plans, for each candidate of each typo)."""
    hit = _COUNTS.get(id(document_text))
    if hit is None or hit[0] is not document_text:
        hit = (document_text, {})
        _COUNTS.clear()
        _COUNTS[id(document_text)] = hit
    counts = hit[1]
    n = counts.get(word)
    if n is None:
        n = counts[word] = document_text.count(f" {word} ")
    return n


def prepare_knowledge_base(plans: list[PlanRef], agencies: list[AgencyRef], vocabulary: set[str],
                           document_text: str) -> None:
    """Build now the tables ``parse`` keeps per knowledge base that are made of many objects
    (the agencies' spellings and pattern, the typo vocabulary, the places' names: 0.3 s at
    200 plans), so that the cyclic collector's pass at start-up takes them in rather than
    at an early question. The documents' word pairs (few objects) are counted by
    ``prepare_word_pairs``. Idempotent; ``parse`` builds whatever is missing itself."""
    _typo_choices(vocabulary)
    _spellings(agencies)
    _agency_pattern(agencies)
    _place_words(plans)


def prepare_word_pairs(document_text: str) -> None:
    """Count now the documents' adjacent word pairs that typo repair weighs (0.6 s at 200
    plans), which ``parse`` would otherwise count at the first question of a knowledge base;
    see ``knowledge.answer.engine.warm_up``. Idempotent."""
    _bigrams(document_text)


def _repair_out_of_context(out: list[str], choices: list[str], protected, document_text: str) -> None:
    """Phone typing often yields another real syllable: "niem vu" for "nhiem vu", "quet dinh"
    for "quyet dinh", "cam soc" for "cham soc". A word that forms no phrase of the documents
    with either neighbour becomes the word one dropped or swapped letter away that does (the
    most frequent such phrase, seen at least twice); ``out`` is changed in place."""
    pairs = _bigrams(document_text)
    for i, word in enumerate(out):
        if word in protected or not word.isalpha() or len(word) < 3:
            continue
        prev = out[i - 1] if i else ""
        nxt = out[i + 1] if i + 1 < len(out) else ""
        if (prev, word) in pairs or (word, nxt) in pairs or not (prev or nxt):
            continue
        best, best_count = None, 1  # a phrase seen once may itself be a typo of the documents
        for cand, dist, _i in process.extract(word, choices, scorer=OSA.distance, score_cutoff=1, limit=40):
            # a dropped letter ("nhiem" → "niem") or two swapped ones, as thumbs slip; never a
            # letter added ("bánh" is not a typo of "anh")
            if dist != 1 or not (len(cand) == len(word) + 1 or sorted(cand) == sorted(word)):
                continue
            count = pairs.get((prev, cand), 0) + pairs.get((cand, nxt), 0)
            if count > best_count:
                best, best_count = cand, count
        if best is not None:
            out[i] = best


def expand_terms(terms: list[str]) -> list[list[str]]:
    """Each term with its synonyms' words as alternatives, for coverage scoring."""
    joined = " ".join(terms)
    alternatives = [[t] for t in terms]
    for phrase, syns in vocab.SYNONYMS.items():
        if has_phrase(joined, phrase):
            # a synonym counts as a whole phrase: "thấp còi" is "chiều cao theo tuổi", not any
            # passage holding "tuổi" (see Index.coverage_parts)
            extra = list(syns)
            for alt in alternatives:
                if alt[0] in phrase.split():
                    alt.extend(extra)
    return alternatives

