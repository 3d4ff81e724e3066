"""Answers about a plan's funding: the total it budgets and the share of each source."""

from __future__ import annotations

import re

from knowledge.answer.common import Answer, Ctx, cite, _result
from knowledge import vocab
from knowledge.answer.format import esc, plan_label
from knowledge.query import has_phrase
from knowledge.text import fold, normalize

# What tells one amount of a plan from another (genre language, folded): a budget's level
# — said after "ngân sách"/"ns", so "tỉnh Lai Châu" names no budget — and the other sources.
# The question and the words around each amount ("ngân sách cấp xã 9,3 tỷ đồng") are compared
# on these only: "kinh phí", "kế hoạch" are in every one. English says the same in its words.
_LEVELS = {"tinh": "tinh", "thanh pho": "thanh pho", "tp": "thanh pho", "xa": "xa", "cap xa": "xa",
           "xa phuong": "xa", "phuong": "xa", "huyen": "huyen", "trung uong": "trung uong",
           "nha nuoc": "trung uong", "dia phuong": "dia phuong", "dac khu": "dac khu"}
_SOURCES = {"xa hoi hoa": "xa hoi", "xa hoi": "xa hoi", "van dong": "van dong", "huy dong": "van dong",
            "quy": "quy", "tai tro": "tai tro", "vien tro": "tai tro",
            "provincial": "tinh", "province": "tinh", "city": "thanh pho", "commune": "xa",
            "communes": "xa", "district": "huyen", "central": "trung uong", "national": "trung uong",
            "social": "xa hoi", "mobilised": "van dong", "mobilized": "van dong", "mobilisation": "van dong",
            "mobilization": "van dong", "fund": "quy", "funds": "quy",
            "sponsor": "tai tro", "donor": "tai tro", "aid": "tai tro"}
_LEVEL_RE = re.compile(r"\b(?:ngan sach|ns|nguon von)\s+(?:cua\s+)?(?:(?:cac\s+)?cap\s+)?(" +
                       "|".join(sorted(map(re.escape, _LEVELS), key=len, reverse=True)) + r")\b")
# (whole words: "fund" is not "funding"; "quỹ" is not "quy định", "quy mô"; "xã hội" of "công
# tác xã hội" is no source)
_SOURCE_RE = re.compile(r"(?<!tac )\b(" + "|".join(sorted(map(re.escape, _SOURCES), key=len, reverse=True)) + r")\b"
                        r"(?<!quy(?= dinh| mo| trinh| che| tac| hoach| uoc))")
# an amount a year ("bình quân 1,3 tỷ đồng/năm", "mỗi năm"), asked or written
_YEARLY_RE = re.compile(r"\b(?:binh quan|moi nam|(?:mot|1) nam la|hang nam|hàng nam|per year|a year|each year|yearly|annual|annually)\b"
                        r"|/\s*nam\b")
# … and a year's amount asked as "1 năm", "một năm" ("kinh phí diễn đàn 1 năm bn"); in a plan's
# sentence "một năm" may be a duration, not a year's amount
_YEARLY_ASKED_RE = re.compile(_YEARLY_RE.pattern + r"|(?<![\d,.] )\b(?:mot|1) nam\b(?! (?:tuoi|hoc|gan|qua|truoc|sau|nua))")
# an amount asked per one of something ("bao nhiêu tiền cho mỗi trẻ em", "per child"), folded:
# only an amount the plan says so of answers it ("… 2 triệu đồng/trẻ/năm")
_PER_ASKED_RE = re.compile(r"\b(?:moi|tung|1|mot)\s+(tre em|tre|em|hoc sinh|nguoi|xa|phuong|truong|ho|gia dinh|huyen)\b(?! nam\b)"
                           r"|\b(?:per|each)\s+(child|student|person|commune|school|household|district)\b")
_PER_WORDS = {"child": "tre", "student": "hoc sinh", "person": "nguoi", "commune": "xa", "school": "truong",
              "household": "ho", "district": "huyen", "tre em": "tre", "em": "tre"}


def money_per_unit_asked(q) -> str | None:
    """The unit an amount of money is asked per ("mỗi xã được bố trí bao nhiêu kinh phí" →
    "xa", "how much per child" → "tre"), folded; None when no amount of money is asked per
    one of something ("mỗi xã có bao nhiêu cộng tác viên" asks a count)."""
    said_q = q.cue_text or q.norm
    per = _PER_ASKED_RE.search(said_q)
    if not per or not any(has_phrase(q.norm, w) for w in vocab.BUDGET_WORDS):
        return None
    return _PER_WORDS.get(per.group(1) or per.group(2), per.group(1) or per.group(2))


def states_per_unit(text: str, unit: str) -> bool:
    """Whether ``text`` (a reply) states an amount per ``unit`` ("… 2 triệu đồng/trẻ/năm",
    "mỗi xã 50 triệu đồng")."""
    return bool(re.search(rf"(?:\bmoi\s+|/\s*){unit}\b", normalize(text).replace(" / ", "/"))
                or re.search(rf"(?:\bmoi\s+|/\s*){unit}\b", fold(text).lower()))


_TOTAL_ASKED_RE = re.compile(r"\b(?:tong|total|ca giai doan|whole|overall|altogether)\b")
# a question asking how the amount is split: every source is the answer, not one amount
_SPLIT_RE = re.compile(r"\b(?:gom|bao gom|nhung nguon|nguon nao|cac nguon|trong do|co cau|phan bo|tung nguon|"
                       # ("which sources", "by source"; not "socialised sources": one source named)
                       r"breakdown|broken down|(?:which|what|all|the|its|funding|budget) sources|sources of|by source|split)\b")
# an amount is asked ("bao nhiêu", "how much"), not where the money comes from ("lấy từ đâu")
_YEAR_ASKED_RE = re.compile(r"\b(?:nam|for|in) ((?:19|20)\d\d)\b(?!\s*(?:-|den|toi)?\s*(?:19|20)\d\d)")
_AMOUNT_ASKED_RE = re.compile(r"\b(?:bao nhieu|bn|may ty|may trieu|how much|what amount|what is the (?:\w+ ){0,2}(?:total|budget|cost|funding)|amount)\b")


# the share of the rarest word's idf from which a question's word names what an amount is for
_RARE_SHARE = 0.7

_MONEY_WORDS = frozenset(("ty", "trieu", "nghin", "dong", "vnd"))
_FUNDING_WORDS = frozenset(("kinh", "phi", "ngan", "sach", "tien", "bo", "tri", "du", "kien", "nam", "moi"))


def _telling(folded: str) -> set[str]:
    """The budget levels and sources ``folded`` names: {"tinh", "xa hoi", …}."""
    return {_LEVELS[m.group(1)] for m in _LEVEL_RE.finditer(folded)} | \
        {_SOURCES[m.group(1)] for m in _SOURCE_RE.finditer(folded)}


_CLAUSE_END_RE = re.compile(r"[;(),]|\.(?!\d)|\s(?:và|trong đó)\s")


# a yearly word right after an amount ("2.500 triệu đồng mỗi năm", "1,3 tỷ đồng/năm")
_A_YEAR_AFTER_RE = re.compile(r"^\s*(?:/\s*năm|mỗi năm|hằng năm|hàng năm|một năm|per year|a year)\b", re.IGNORECASE)


def _said_a_year(row) -> bool:
    """Whether the plan says ``row``'s amount is a year's: the yearly word right after it, of
    a source's amount or of one no period is named for ("tổng kinh phí giai đoạn 2024 - 2030
    là 17.500 triệu đồng được phân bổ mỗi năm" is the period's total)."""
    at = row.text.find(row.written)
    after = row.text[at + len(row.written):] if at >= 0 else ""
    return bool(_A_YEAR_AFTER_RE.match(after)) and not (row.source is None and row.period)


def _around(row) -> str:
    """The folded words that say what an amount is: its source (for a total, the words of its
    clause before it: "Dự kiến kinh phí từ ngân sách tỉnh … khoảng 18,6 tỷ đồng") and what
    follows it in its clause ("… 1,3 tỷ đồng/năm)", "… mỗi năm")."""
    at = row.text.find(row.written)
    after = row.text[at + len(row.written):] if at >= 0 else ""
    # to the clause's end: the next amount's source ("; ngân sách cấp xã …") or a bracket
    after = fold(_CLAUSE_END_RE.split(after)[0][:40])   # "/năm" keeps its slash
    before = row.source or (_CLAUSE_END_RE.split(row.text[:at])[-1] if at >= 0 else "")
    return f"{normalize(before)} {after}"


# the words of a clause that say what its amount is for, up to the verb before the amount
_PURPOSE_TAIL_RE = re.compile(r"(?:\s+(?:là|khoảng|dự kiến|ước|tối thiểu|tối đa|đạt|với|gồm|bằng))*\s*[:–-]?\s*$", re.IGNORECASE)
_TOTAL_WORDS_RE = re.compile(r"\b(?:tong|toan bo|ca giai doan)\b")


def _purpose(row) -> str | None:
    """What an amount no source is named for is, in the plan's words: the clause before it
    ("Kinh phí bố trí cho Tháng hành động vì trẻ em cấp tỉnh mỗi năm" of "… là 350 triệu
    đồng", "Kinh phí hỗ trợ trẻ em khuyết tật học hòa nhập một năm"), None for the plan's
    total ("Tổng kinh phí thực hiện Kế hoạch …") or a clause of fewer than four words."""
    at = row.text.find(row.written)
    if at < 0:
        return None
    clause = _PURPOSE_TAIL_RE.sub("", _CLAUSE_END_RE.split(row.text[:at])[-1]).strip(" :–-")
    folded = fold(clause)
    if len(folded.split()) < 4 or _TOTAL_WORDS_RE.search(folded):
        return None
    return clause[:1].upper() + clause[1:90]


def _is_total(row) -> bool:
    """Whether ``row`` is a plan's total: no source and no purpose but the plan's own ("Dự kiến
    kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2030 là …"), or a table's total row."""
    if row.source is not None:
        return bool(_TOTAL_WORDS_RE.match(normalize(row.source)))
    purpose = _purpose(row)
    return purpose is None or bool(re.search(r"\bkinh phi\b.*\b(?:ke hoach|chuong trinh|de an)\b", normalize(purpose)))


def asks_amount(norm: str) -> bool:
    """Whether a folded question asks an amount of money rather than its source or use."""
    return bool(_AMOUNT_ASKED_RE.search(norm) or _telling(norm) or _YEARLY_ASKED_RE.search(norm)
                or _YEAR_ASKED_RE.search(norm))     # "kinh phí năm 2026": that year's amount


def _h_funding(ctx: Ctx) -> Answer | None:
    """The amounts the plans in scope budget (``Plan.funding``, million đồng as written),
    fact first: the source the question names ("ngân sách tỉnh", "xã hội hóa") when it names
    one, else the total. The other amounts are listed below only when the question asks how
    it is split ("gồm những nguồn nào"): a question about one amount is answered with that
    amount, not with figures the officer may take for it (the quote keeps the sentence).
    None when no plan in scope states one."""
    q = ctx.q
    _ = ctx._
    lines, sources = [], []
    said_q = q.cue_text or q.norm          # the words as typed too: "commune-level budgets"
    asked = _telling(said_q)
    yearly = bool(_YEARLY_ASKED_RE.search(said_q))
    total_asked = bool(_TOTAL_ASKED_RE.search(said_q))
    # content words, folded; not the words every amount's sentence has ("kinh phí", "bố trí")
    words = set(q.terms) - _FUNDING_WORDS
    if q.campaign:
        # the campaign asked is read out of the terms; its words tell its amount from the
        # forum's in "… cho Tháng hành động … 350 triệu; kinh phí tổ chức Diễn đàn … 120 triệu"
        words |= set(q.campaign.split())
    # the years asked; "năm 2026" said of an amount asks that year even where it also names
    # the plan ("kinh phí năm 2026 kế hoạch HP" of a plan issued in 2026)
    # ("tổng kinh phí kế hoạch năm 2026": the total of the plan of 2026, no year's share)
    years = q.years or ([] if total_asked else [int(y) for y in _YEAR_ASKED_RE.findall(q.norm)])
    per = _PER_ASKED_RE.search(said_q)
    per = _PER_WORDS.get(per.group(1) or per.group(2), per.group(1) or per.group(2)) if per else None
    for plan in ctx.scope:
        rows = list(getattr(plan, "funding", None) or [])
        if per:
            # "hỗ trợ bao nhiêu tiền cho mỗi trẻ em": a plan's totals are no amount a child
            rows = [r for r in rows if states_per_unit(r.text, per)]
        if not rows:
            continue
        if q.period:
            # the amount of another period is no answer ("kinh phí giai đoạn 2026 - 2030" of a
            # plan that budgets 2021-2025 only: its 2021-2025 total would be a wrong fact)
            rows = [r for r in rows if not r.period or r.period == f"{q.period[0]}-{q.period[1]}"]
        if not years:
            # no year asked: a table's row of one year ("Ngân sách tỉnh năm 2026") is no answer
            rows = [r for r in rows if not (r.period and re.fullmatch(r"(?:19|20)\d\d", r.period))] or \
                ([] if any(r.period and re.fullmatch(r"(?:19|20)\d\d", r.period) for r in rows) else rows)
        if years and plan.period_start is not None and plan.period_start == plan.period_end \
                and plan.period_start in years:
            pass    # a one-year plan's amounts are all its year's ("kế hoạch năm 2027": "Ngân sách tỉnh: 6.240 triệu đồng")
        elif years:
            # one year asked ("năm 2026 bố trí bao nhiêu"): an amount said of that year, or none
            # (the period's total is no year's amount)
            rows = [r for r in rows if any(re.search(rf"\bnăm\s+{y}\b(?!\s*(?:-|–|đến|tới)\s*(?:19|20)\d\d)", r.source or "")
                                           or r.period == str(y) for y in years)]
        if not rows:
            continue
        named = {normalize(m.name) for m in q.agencies}
        if named:
            # "how much goes to the Department of Education": the amounts this plan gives that
            # office, or none (its total is no office's)
            rows = [r for r in rows if any(n in normalize(r.text) or n in normalize(r.source or "") for n in named)]
            if not rows:
                continue
        said_rows = " ".join(normalize(f"{r.text} {r.source or ''}") for r in rows).split()
        if any(w not in said_rows for w in words
               if not w.isdigit() and w in ctx.idx.vocabulary and w not in ctx.soft
               and ctx.idx.weight(w) >= _RARE_SHARE * ctx.idx.max_idf):
            continue   # "nguồn vốn ODA": a source no amount's words name — the total is no answer

        # what each amount's own words say; "(bình quân 1,3 tỷ đồng/năm)" after an amount
        # restates that amount a year: it has that amount's source
        said: dict[int, set[str]] = {}
        for i, row in enumerate(rows):
            said[id(row)] = _telling(_around(row))
            if not said[id(row)] and i and rows[i - 1].text == row.text:
                said[id(row)] = said[id(rows[i - 1])]

        def fit(row) -> tuple:
            # an amount a year when one is asked, else the period's; then the source named;
            # then the total when "tổng" is said; then the one whose own words the question
            # says most ("mỗi xã … bố trí tối thiểu"), then the amount with fewest other words
            return ((bool(_YEARLY_RE.search(_around(row))) == yearly), len(asked & said[id(row)]),
                    total_asked and row.source is None,
                    # (weighed by rarity: "xã, thị trấn" tells more than "trẻ em")
                    round(sum(ctx.idx.weight(w) for w in words & set(_around(row).split())), 3),
                    -len(said[id(row)] - asked), row.source is None)

        # the amount whose own words the question says; the total when it says none
        rows.sort(key=fit, reverse=True)
        best = fit(rows[0])
        if (not best[0] and yearly) or (asked and not best[1]):
            continue   # the amount asked (a year's, a source's) is not one this plan states
        if total_asked and not asked and not yearly and not any(map(_is_total, rows)) \
                and not (words - _MONEY_WORDS) & set(_around(rows[0]).split()):
            continue   # "tổng kinh phí toàn giai đoạn": a plan stating no total gives no other amount for it
        first, rest = rows[0], rows[1:]
        purpose = None if first.source else _purpose(first)
        what = esc(first.source or purpose or _("total funding"))
        period = f" ({esc(first.period)})" if first.period else ""
        if purpose and _YEARLY_RE.search(fold(purpose)):
            period = ""      # "… mỗi năm" is in its label
        elif _said_a_year(first):
            # "… bố trí 2.500 triệu đồng mỗi năm; tổng kinh phí giai đoạn 2022 - 2030 …": an
            # amount a year, not the period's the sentence names
            period = f" ({_('a year')})"
        lines.append(f"<b>{esc(first.written)}</b>{period} — {what} · {esc(plan_label(plan))}")
        if _SPLIT_RE.search(said_q):
            lines.extend(f"• {esc(r.source) if r.source else _('total funding')}: {esc(r.written)}" for r in rest)
        elif total_asked and first.source is not None:
            # "tổng kinh phí bn, ns tỉnh bn": the total too
            lines.extend(f"• {_('total funding')}: {esc(r.written)}" for r in rest[:1] if r.source is None)
        cite(ctx, lines, sources, plan, first.section, quote=first.text)
    if not sources:
        return None
    return _result(ctx, lines, sources, "funding", 0.9)


# where the money comes from is asked ("lấy từ đâu", "từ những nguồn nào", "funded by"), folded
_SOURCES_ASKED_RE = re.compile(r"\b(?:tu dau|lay tu|lay o dau|nguon nao|nhung nguon|cac nguon|nguon kinh phi|nguon von|"
                               r"sources?|funded|come from|comes from|where does)\b")
# the heading of a plan's funding section: "III. KINH PHÍ THỰC HIỆN", "VII. Kinh phí" (folded)
_FUNDING_HEADING_RE = re.compile(r"^(?:[ivxlc]{1,5}|\d{1,2})\s+(?:nguon\s+)?kinh phi\b")
_SOURCES_CHARS = 600   # what a phone shows of the section before "…"


def funding_section(plan) -> tuple[str, list[str]] | None:
    """(section, its paragraphs as written) of the plan's funding section ("III. KINH PHÍ THỰC
    HIỆN" and the paragraphs under it, up to about ``_SOURCES_CHARS`` characters); None when
    the plan has none."""
    passages = plan.passages
    for i, passage in enumerate(passages):
        if not _FUNDING_HEADING_RE.match(normalize(passage.text[:40])):
            continue
        section, texts, size = passage.section, [], 0
        for nxt in passages[i + 1:i + 8]:
            if nxt.section != section and not nxt.section.startswith(section + " ›"):
                break
            text = nxt.text.strip().strip("*").strip()
            if not text:
                continue
            texts.append(text)
            size += len(text)
            if size >= _SOURCES_CHARS:
                break
        return (section, texts) if texts else None
    return None


def _h_funding_sources(ctx: Ctx) -> Answer | None:
    """Where the money of a plan in scope comes from, stated from its funding section ("Ngân
    sách Nhà nước bố trí trong dự toán hàng năm …; Tài trợ, viện trợ quốc tế …"), for a plan
    that budgets no amount (those that do are answered by ``_h_funding``). None unless the
    question asks where the money comes from."""
    q = ctx.q
    said = q.cue_text or q.norm
    if not _SOURCES_ASKED_RE.search(said) or _AMOUNT_ASKED_RE.search(said):
        return None
    _ = ctx._
    lines, sources = [], []
    for plan in ctx.scope:
        if getattr(plan, "funding", None):
            continue
        found = funding_section(plan)
        if found is None:
            continue
        section, texts = found
        lines.append(f"<b>{esc(_('Funding sources'))}</b> — {esc(plan_label(plan))}")
        lines += [f"• {esc(ctx.idx.readable(plan.slug, t))}" for t in texts]   # a scan: its reading
        cite(ctx, lines, sources, plan, section)
    if not sources:
        return None
    return _result(ctx, lines, sources, "funding", 0.9)
