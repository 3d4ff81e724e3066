"""How often something is done, as a plan says it: "02 năm một lần", "hằng quý", "01 lần/năm".

A question that asks how often ("bao lâu một lần", "mấy lần một năm", "định kỳ bao lâu",
"how often") is answered by the clause of the plans that reads most like the rest of the
question and states a frequency; the frequency comes first, in the plan's words (and in
English for an English reader), then the plan, its section and the passage quoted.
"""

from __future__ import annotations

import re

import numpy as np

from knowledge.answer import scorer
from knowledge.answer.common import Answer, Ctx, _agency_scope, _result, cite
from knowledge.answer.format import clip, esc, plan_label
from knowledge.answer.passages import _mentions_agency, _scored, heading_beside, heading_under
from knowledge.answer.words import translator
from knowledge.index import make_doc

_N = r"(?:\d{1,2}|một|hai|ba|sáu)"
_UNIT = r"(?:năm|tháng|quý|tuần)"
# stated (a plan's text, accented, any case): the longest forms first
_FREQUENCY_RE = re.compile(
    rf"(?:định kỳ\s+)?{_N}\s+{_UNIT}\s*(?:/\s*(?:01\s+|1\s+|một\s+)?lần|(?:một|01|1)\s+lần)"     # 02 năm một lần
    rf"|(?:ít nhất\s+)?{_N}\s+lần\s*(?:/\s*|(?:mỗi|một|trong(?:\s+(?:01|1|một))?)\s+){_UNIT}"     # 01 lần/năm
    rf"|(?:định kỳ\s+)?(?:hằng|hàng|mỗi)\s+{_UNIT}(?!\s+(?:học|\d))"                            # hằng quý
    rf"|định kỳ\s+(?:{_N}\s+)?{_UNIT}"                                                          # định kỳ 6 tháng
    r"|theo\s+(?:quý|tháng)\b"                                                                   # theo quý
    r"|(?<=báo cáo )(?:0?6|sáu|0?3|ba)\s+tháng(?!\s+tuổi)"                                       # báo cáo 6 tháng
    r"|(?:vào\s+)?(?:các\s+)?năm\s+(?:chẵn|lẻ)",                                                # năm chẵn
    re.IGNORECASE)

_NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "sáu": 6}
_UNITS = {"năm": "year", "tháng": "month", "quý": "quarter", "tuần": "week"}


def frequency_asked(norm: str) -> re.Match | None:
    """Where the folded question asks how often, or None."""
    return scorer.FREQUENCY_ASKED_RE.search(norm)


def frequencies(text: str) -> list[str]:
    """The frequencies ``text`` states, in its own words: ``["02 năm một lần"]``."""
    return [m.group(0).strip() for m in _FREQUENCY_RE.finditer(text)]


def in_english(said: str, _) -> str | None:
    """A frequency in the plan's words as an English reader's words ("02 năm một lần" →
    "every 2 years"), through the catalog ``_``; None for a form it does not know."""
    low = said.lower()
    if re.search(r"năm\s+chẵn", low):
        return _("in even years")
    if re.search(r"năm\s+lẻ", low):
        return _("in odd years")
    unit = next((_UNITS[u] for u in re.findall(_UNIT, low)), None)
    number = re.search(r"\d{1,2}|một|hai|ba|sáu", low)
    n = (int(number.group(0)) if number.group(0).isdigit() else _NUMBER_WORDS[number.group(0)]) if number else 1
    if unit is None:
        return None
    every_n = re.match(rf"(?:định kỳ\s+)?{_N}\s+{_UNIT}", low)   # "02 năm một lần", "định kỳ 6 tháng"
    if not every_n and re.search(rf"{_N}\s+lần", low):   # "01 lần/năm": times in a unit
        if n == 1:
            return {"year": _("once a year"), "month": _("once a month"),
                    "quarter": _("once a quarter"), "week": _("once a week")}[unit]
        return {"year": _("{n} times a year", n=n), "month": _("{n} times a month", n=n),
                "quarter": _("{n} times a quarter", n=n), "week": _("{n} times a week", n=n)}[unit]
    if n == 1:
        return {"year": _("every year"), "month": _("every month"),
                "quarter": _("every quarter"), "week": _("every week")}[unit]
    return {"year": _("every {n} years", n=n), "month": _("every {n} months", n=n),
            "quarter": _("every {n} quarters", n=n), "week": _("every {n} weeks", n=n)}[unit]


def _sentences(text: str) -> list[str]:
    """``text`` cut where a plan ends a statement: ". ", a new line."""
    return [c.strip(" ;.-+–•") for c in re.split(r"\.\s|\n", text) if c.strip(" ;.-+–•")]


def _parts(sentence: str) -> list[tuple[int, str]]:
    """A sentence's parts with where each starts, cut at ";", ",", ":" and " và ": "hằng năm
    tổ chức Tháng hành động … và Diễn đàn trẻ em cấp tỉnh 02 năm một lần" is two."""
    cuts = [0] + [m.end() for m in re.finditer(r";|,|:|\s+và\s+", sentence)]
    return [(start, sentence[start:end].strip(" ,;:")) for start, end in zip(cuts, cuts[1:] + [len(sentence)])
            if sentence[start:end].strip(" ,;:")]


# what goes on with a part stating a frequency: its years ("2028 và 2030)", "(năm 2026")
_GOES_WITH_RE = re.compile(r"^\(?\s*(?:năm\s+|vào các năm\s+)?(?:19|20)\d\d\b", re.IGNORECASE)


def _stated_part(ctx: Ctx, plan, section: str, sentence: str, subject: list[str]) -> tuple[float, str]:
    """(coverage, words) of the part of ``sentence`` that states a frequency and reads most
    like the question's subject: from the end of the part before that states one (or the
    sentence's start) to its own end and the years after it ("… Tháng hành động hằng năm và
    Diễn đàn trẻ em 02 năm một lần (năm 2026, 2028)": the forum's, with its years, when the
    forum is asked; "… gửi báo cáo về Sở Lao động - Thương binh và Xã hội trước ngày 15/12
    hằng năm": all of it, "và" inside a name cutting nothing)."""
    parts = _parts(sentence)
    stating = [k for k, (_start, part) in enumerate(parts) if frequencies(part)]
    if not stating:
        return 0.0, sentence
    spans = []
    for n, k in enumerate(stating):
        begin = parts[stating[n - 1] + 1][0] if n else 0
        # to its own part's end, and the years that go with it ("… 02 năm một lần (năm 2026,
        # 2028, 2030)"), not a later part about something else
        j = k + 1
        while j < len(parts) and j not in stating and _GOES_WITH_RE.match(parts[j][1]):
            j += 1
        end = sentence.find(parts[j - 1][1], parts[j - 1][0]) + len(parts[j - 1][1])
        spans.append((begin, end))
    scored = [(ctx.cov(make_doc(plan.slug, section, sentence[b:e]), subject), -n) for n, (b, e) in enumerate(spans)]
    own, n = max(scored)
    b, e = spans[-n]
    return own, sentence[b:e].strip(" ,;:")


def _subject(ctx: Ctx, asked: re.Match) -> list[str]:
    """The question's terms less the words that only ask how often ("bao lâu một lần")."""
    rest = set((ctx.q.norm[:asked.start()] + " " + ctx.q.norm[asked.end():]).split())
    subject = [t for t in ctx.q.terms if t in rest] or list(ctx.q.terms)
    # a campaign named is what is asked of ("Tháng hành động … tổ chức bao lâu một lần"): its
    # words, which the query reads as a slot, are the subject too
    return subject + [w for w in (ctx.q.campaign or "").split() if w not in subject]


_CANDIDATE_PASSAGES = 40   # the passages read clause by clause: those that read most like the question
_MINIMUM = 0.55            # a sentence covering less of the question's subject is another matter
_PART_MINIMUM = 0.3        # … and the part stating the frequency some of it


def _h_frequency(ctx: Ctx) -> Answer | None:
    """How often, when the question asks it: the clause of the plans in scope that reads
    most like the question's subject and states a frequency, the frequency first. None when
    no clause covers at least ``_MINIMUM`` of the subject (coverage as ``Index.coverage``)."""
    asked = frequency_asked(ctx.q.norm)
    if asked is None or not ctx.q.terms:
        return None
    subject = _subject(ctx, asked)
    positions, _unis, _bis, covs = _scored(ctx)
    if not len(positions):
        return None
    top = positions[np.argsort(-covs[positions], kind="stable")[:_CANDIDATE_PASSAGES]]
    matches = _agency_scope(ctx)
    idx = ctx.idx
    found = []   # (score, order, plan, doc, clause, said)
    for order, i in enumerate(top.tolist()):
        doc = idx.docs[i]
        if matches and not _mentions_agency(ctx, i, matches):
            continue   # "Bảo hiểm xã hội … báo cáo bao lâu một lần": that office's duty
        plan = idx.by_slug[doc.plan]
        text = idx.readable(plan.slug, doc.text)
        under = heading_under(doc.section)
        whole = ctx.cov(make_doc(plan.slug, doc.section, under + "\n" + text), subject)
        for sentence in _sentences(text):
            if not frequencies(sentence):
                continue
            sentence_doc = make_doc(plan.slug, doc.section, under + "\n" + sentence)
            said_whole = ctx.cov(sentence_doc, subject)
            if said_whole < _MINIMUM:
                continue
            _uni, pairs = ctx.idx.coverage_parts(subject, sentence_doc, ctx.soft)
            if pairs is not None and len(subject) >= 3 and pairs < 0.25:
                continue   # the words are there, not their pairs ("hội đồng … họp" in "phối hợp … xã hội")
            own, part = _stated_part(ctx, plan, doc.section, sentence, subject)
            if own < _PART_MINIMUM:
                continue   # the frequency is another part's, about something else
            score = 0.4 * said_whole + 0.4 * own + 0.2 * whole
            found.append((score, order, plan, doc, part, frequencies(part) or frequencies(sentence)))
    if not found:
        return None
    found.sort(key=lambda f: (-f[0], f[1]))
    best = found[0][0]
    chosen, seen = [], set()
    for f in found:   # the best clause, and another plan's as good (a question naming no plan)
        if f[0] >= best - 0.02 and f[2].slug not in seen and len(chosen) < 3:
            chosen.append(f)
            seen.add(f[2].slug)
    _ = ctx._
    lines, sources = [], []
    for _score, _order, plan, doc, clause, said in chosen:
        stated = said[0]
        # an English question gets English words for the fact, whatever the reply's language
        english = in_english(stated, translator("en")) if ctx.lang == "en" or ctx.english else None
        head = f"<b>{esc(english)}</b> ({esc(stated)})" if english else f"<b>{esc(stated)}</b>"
        lines.append(f"{head} — {esc(clip(clause, 200))}")
        lines.append(f"<b>{esc(plan_label(plan))}</b>" + heading_beside(ctx, plan, doc.section, clause))
        cite(ctx, lines, sources, plan, doc.section, clip(idx.readable(plan.slug, doc.text), 500))
    return _result(ctx, lines, sources, "frequency", best)
