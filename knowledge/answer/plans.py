"""Answers about a plan as a document: the list of plans, who signed, number/date/period, how many
goals and indicators."""

from __future__ import annotations

import re

from knowledge.answer import scorer
from knowledge.answer.common import Answer, Ctx, cite, TOPIC_THRESHOLD, _indicator_doc, _result, _src
from knowledge.answer.format import clip, esc, goal_citation, indicator_name, iso_date, plan_label, short_topic, source_line, unnumbered_name
from knowledge.answer.words import format_count
from knowledge.index import make_doc
from knowledge import vocab
from knowledge.query import doc_refs, has_phrase, prepare
from knowledge.text import fold, normalize


def _title(ctx: Ctx, plan, limit: int) -> str:
    """The plan's title (clipped to ``limit`` characters, escaped) as a reader can read it: a
    scanned plan's in the bot's clean reading of its words, marked as such."""
    if not plan.ocr:
        return esc(clip(plan.title or "", limit))
    reading = clip(ctx.idx.readable(plan.slug, plan.title or ""), limit)
    return esc(reading) + " " + esc(ctx._("(the bot's reading of a scanned text)"))


def _h_list_plans(ctx: Ctx) -> Answer | None:
    """The plans the bot knows; of one place when the question names it ("Hà Nội có bao
    nhiêu kế hoạch?"), but not when it names one plan by its document."""
    q = ctx.q
    if "list_plans" not in q.cues or q.indicators or q.agencies:
        return None
    plans = list(ctx.idx.plans)
    if ctx.explicit:
        plans = [p for p in plans if p.locality in q.localities]
        if not plans or len(plans) != len(ctx.scope):
            return None
    _ = ctx._
    lines, sources = [], []
    if any(has_phrase(q.norm, w) for w in vocab.LATEST_WORDS):
        # the most recent first, by issue date (a plan without one goes last), and said so
        plans.sort(key=lambda p: p.date or "", reverse=True)
        latest = plans[0]
        when = iso_date(latest.date, ctx.lang) if latest.date else ""
        lines.append(_("The most recent: {plan}", plan=f"<b>{esc(plan_label(latest))}</b>")
                     + (f" ({when})" if when else ""))
    lines.append(_("I know these {n} plans:", n=len(plans)))
    for plan in plans:
        period = f" ({esc(plan.period)})" if plan.period else ""
        lines.append(f"• <b>{esc(plan_label(plan))}</b>{period}: {_title(ctx, plan, 150)}")
        sources.append(_src(plan, ""))
    return _result(ctx, lines, sources, "list_plans", 0.95)


def _h_signer(ctx: Ctx) -> Answer | None:
    """"Ai ký kế hoạch 138?": the signer under the signature block, and the issuer."""
    q = ctx.q
    if "signer" not in q.cues or q.indicators or q.by_reference:
        return None   # "ai ký Quyết định 23/QĐ-TTg": a document the plans carry out, not theirs
    _ = ctx._
    lines, sources = [], []
    for plan in ctx.scope:
        # the fact first, so a phone's preview shows who signed; the plan after it
        if plan.signer:
            role = f" ({esc(plan.signer_role)})" if plan.signer_role else ""
            fact = _("Signed by: {name}", name=f"<b>{esc(plan.signer)}</b>") + role
        elif plan.signer_role:
            fact = _("Signed by the {role}; the name is not legible in the document.",
                     role=esc(plan.signer_role))
        else:
            fact = _("The document does not show who signed it.")
        lines.append(f"{fact} — {esc(plan_label(plan))}")
        if plan.issuer:
            lines.append(_("Issued by: {issuer}", issuer=esc(plan.issuer)))
        if plan.date:
            lines.append(_("Issued: {date}", date=iso_date(plan.date, ctx.lang)))
        if plan.period:   # "áp dụng giai đoạn nào và ai ký?": the header's facts together
            lines.append(_("Plan period: {period}", period=esc(plan.period)))
        section = _("signature block") if plan.signer or plan.signer_role else ""
        lines.append(source_line(plan, section, ctx.lang) if section else "")
        lines.append("")
        sources.append(_src(plan, section or _("document header")))
    result = _result(ctx, lines, sources, "signer", 0.9 if ctx.explicit else 0.7)
    if not any(p.signer for p in ctx.scope):
        result.answered, result.confidence = False, 0.0   # the issuer, but not who signed
    return result


PLAN_INFO_PARTS = ("number", "date", "period", "refs", "all")


# words that ask for a plan's header facts ("ban hành", "giai đoạn"): no topic of their own
_PLAN_INFO_WORDS = frozenset(w for cue in vocab.PLAN_INFO_CUES for w in cue.split())


# the level of an authority ("quyết định của UBND tỉnh", "thành phố"): whose document, no topic
_LEVEL_WORDS = frozenset({"tinh", "thanh", "pho", "huyen", "quan", "xa", "phuong"})


def _own_words(ctx: Ctx) -> list[str]:
    """The question's words that are neither the plan's title ("kế hoạch vì trẻ em Đồng
    Tháp"), header-asking words ("ban hành", "giai đoạn") nor an authority's level ("tỉnh");
    worked out once per question."""
    cached = getattr(ctx, "_own_words", None)
    if cached is None:
        titles = {w for p in ctx.scope for w in normalize(p.title or "").split()}
        # … nor its issuer ("kế hoạch của UBND tỉnh Nam Định": who issued it names the plan)
        issuers = {w for p in ctx.scope for w in prepare(p.issuer or "").split()}
        if has_phrase(ctx.q.norm, "uy ban nhan dan") and not any(has_phrase(ctx.q.norm, w) for w in _LOWER_LEVELS):
            issuers |= {"uy", "ban", "nhan", "dan"}
        cached = [t for t in ctx.q.terms if t not in _PLAN_INFO_WORDS and t not in titles
                  and t not in _LEVEL_WORDS and t not in issuers]
        object.__setattr__(ctx, "_own_words", cached)
    return cached


def _asks_a_topic(ctx: Ctx) -> bool:
    """Whether the question's own words name an indicator's topic (then it is no question
    about the plan as a document). Worked out once per question (the header readers ask it)."""
    cached = getattr(ctx, "_asks_a_topic", None)
    if cached is None:
        subject = _own_words(ctx)
        cached = bool(subject) and any(ctx.cov(_indicator_doc(ctx, p, i), subject) >= TOPIC_THRESHOLD
                                       for p in ctx.scope for i in p.indicators)
        object.__setattr__(ctx, "_asks_a_topic", cached)
    return cached


# how much of the question's own words one line of a plan must hold to be what it asks about
_LINE_TOPIC_SHARE = 0.8


def _a_line_says_the_topic(ctx: Ctx) -> bool:
    """Whether three or more of the question's own words (``_own_words``) are nearly all said
    by one line of a plan in scope ("Bình Phước phấn đấu đến năm nào mỗi thôn, ấp có cộng tác
    viên" of "… phấn đấu mỗi thôn, ấp có ít nhất 01 cộng tác viên vào năm 2028"): then "đến năm
    nào" asks that line's year, and the plan's period would be a confident wrong answer (blind
    round 38's, found again in round 169's "năm nào 100% trường học …")."""
    subject = _own_words(ctx)
    if len(set(subject)) < 3:
        return False
    return any(ctx.cov(ctx.idx.doc(p.slug, passage.section, passage.text), subject) >= _LINE_TOPIC_SHARE
               for p in ctx.scope for passage in p.passages if passage.section)


_LOWER_LEVELS = ("cap xa", "cap huyen", "cac huyen", "cac xa", "quan huyen", "phuong xa", "xa phuong", "cap co so")


def _issuer_only(q) -> bool:
    """The question names no office but "Ủy ban nhân dân" with no lower level (the body that
    issues plans: "kế hoạch của UBND Hà Nội"): it names the plan, it asks nothing of an office
    (the district committees it matched by their common head words are not meant)."""
    tokens = q.norm.split()
    said = {" ".join(tokens[m.start:m.start + m.length]) for m in q.agencies}
    return said <= {"uy ban nhan dan", "ubnd"} and not any(has_phrase(q.norm, w) for w in _LOWER_LEVELS)


_DOCUMENT_KIND_RE = re.compile(r"\b(?:thong tu|nghi dinh|quyet dinh|chi thi|nghi quyet|cong van|van ban|luat|"
                               r"circular|decree|decision|directive|resolution|law)\b")


def _issuers_of_documents(q) -> bool:
    """Whether every office the question names is a document's issuer: "căn cứ Thông tư nào
    của Bộ LĐTBXH", "which decree of the Government" — a kind of document within the five
    words before it names whose document; no office of the plan is asked."""
    tokens = q.norm.split()
    # (the longest name read at each place: "Bộ Lao động - Thương binh và Xã hội", not the
    # "… Lao động - Thương binh và Xã hội" inside it another plan's office is named by)
    widest = [m for m in q.agencies if not any(o.start <= m.start and m.start + m.length <= o.start + o.length
                                               and o.length > m.length for o in q.agencies)]
    return all(_DOCUMENT_KIND_RE.search(" ".join(tokens[max(0, m.start - 5):m.start])) for m in widest)


_WRITTEN_DATE_RE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)


def _date_as_written(plan) -> str | None:
    """The plan's issue date as its header writes it ("ngày 03 tháng 6 năm 2021"), when a line
    of the header's first passages gives ``plan.date`` so; else None."""
    if not plan.date or len(plan.date) < 10:
        return None
    year, month, day = (int(x) for x in plan.date[:10].split("-"))
    for passage in plan.passages[:8]:
        for m in _WRITTEN_DATE_RE.finditer(passage.text):
            if (int(m.group(1)), int(m.group(2)), int(m.group(3))) == (day, month, year):
                return " ".join(m.group(0).split())
    return None


def _h_plan_info(ctx: Ctx, part: str = "all", also: tuple[str, ...] = ()) -> Answer | None:
    """The plan's header facts: its number, issue date or period alone (fact first, intent
    ``plan_info_<part>``, so each competes with its own answer-type cue), or all of them
    with its title, issuer and the documents it implements (``plan_info``). ``also``: other
    parts the question asks for too ("số mấy, ban hành ngày nào?"), said on the same line."""
    q = ctx.q
    proposer_asked = part == "all" and bool(scorer.PROPOSER_ASKED_RE.search(q.cue_text or q.norm))
    # (a document the plan carries out named instead of the plan: "Chỉ thị 28-CT/TW ban hành
    # ngày nào?" is answered by the plans that cite it, with its date)
    if not (ctx.explicit or q.by_reference and part == "refs") or q.indicators or (
            q.agencies and not _issuer_only(q) and not proposer_asked
            and not (part == "refs" and _issuers_of_documents(q))):
        return None
    if q.by_reference and part == "date":
        return _cited_dates(ctx)   # "Chỉ thị 28-CT/TW ban hành ngày nào?": that document's date
    # "căn cứ Thông tư nào của Bộ LĐTBXH": only the documents of the issuer named
    # ("của UBND tỉnh": the level is the citing plan's, "Ủy ban nhân dân" the issuer)
    by = [re.sub(r"\s+(?:tinh|thanh pho|huyen|quan|xa|phuong)\b.*$", "", normalize(m.name)) for m in q.agencies] \
        if part == "refs" and q.agencies and _issuers_of_documents(q) else []
    if q.by_reference and part in ("number", "period"):
        return None   # the number or period of the document named, which the plans do not give
    if _asks_a_topic(ctx) and not proposer_asked:
        return None  # "… neonatal mortality target compare … for the period": a topic question
    if part in ("period", "date") and _a_line_says_the_topic(ctx):
        return None  # "phấn đấu đến năm nào mỗi thôn, ấp có cộng tác viên": a line's year, not the plan's span
    _ = ctx._
    lines, sources = [], []
    for plan in ctx.scope:
        facts = {"number": plan.number and f"<b>{esc(plan.number)}</b>",
                 "date": plan.date and _("issued {date}", date=f"<b>{iso_date(plan.date, ctx.lang)}</b>"),
                 "period": plan.period and f"<b>{esc(plan.period)}</b>",
                 # the documents it carries out ("Chỉ thị 28-CT/TW", "Quyết định 23/QĐ-TTg")
                 "refs": _implements(ctx, plan, by, _references_asked(ctx, plan) if part == "refs" else None),
                 # asked with another part only ("số mấy, ngày nào, ai ký?"): the signer reader answers it alone
                 "signer": plan.signer and _("signed by {name}", name=f"<b>{esc(plan.signer)}</b>")}
        written = _date_as_written(plan)
        if written and facts["date"]:
            # (the header's own words beside the figures: "ngày 03 tháng 6 năm 2021", as a
            # document is cited)
            facts["date"] += f" ({esc(written)})"
        fact = facts.get(part)
        if part == "date" and fact:
            fact = f"<b>{iso_date(plan.date, ctx.lang)}</b>" + (f" ({esc(written)})" if written else "")
        if part != "all":
            if part == "number" and len(_own_words(ctx)) >= 2:
                # "Trung tâm công tác xã hội … ở kế hoạch 138 số mấy?": a number of something
                # the question names (a phone), not the document's
                continue
            if not fact and part == "number":
                # "số hiệu?" of a plan whose text carries no number: that is the answer
                fact = _("no document number is written on it")
            if not fact:
                continue
            # "thực hiện quyết định số mấy?": the number asked is the document's, not the plan's
            extra = [facts[a] for a in also if a != part and facts.get(a)] if part != "refs" else []
            lines.append(", ".join([fact] + extra) + f" — {esc(plan_label(plan))}")
            # the plan's title says which plan this is (and holds the words a question names it by)
            lines.append(f"<i>{_title(ctx, plan, 200)}</i>")
            asked = _references_asked(ctx, plan) if part == "refs" else None
            # the documents the question picked out, each in the plan's own words ("Căn cứ
            # Quyết định số 333/QĐ-UBND … của UBND tỉnh ban hành …")
            quote = "; ".join(_reference_clause(ctx, plan, r) for r in asked or ()) if asked and len(asked) <= 2 else None
            cite(ctx, lines, sources, plan, _("document header"), clip(quote, 400) if quote else None)
            continue
        if proposer_asked and plan.proposer:
            # "kế hoạch do sở nào trình?": who proposed it, first
            lines.append(_("Proposed by: {who}", who=f"<b>{esc(plan.proposer)}</b>") + f" — {esc(plan_label(plan))}")
            said = next((s for p in plan.passages for s in re.split(r"(?<=[.;])\s", p.text)
                         if "đề nghị" in s.lower() and plan.proposer.split(" (")[0] in s), None)
            if said:   # "Xét đề nghị của Giám đốc Sở Y tế tại Tờ trình số …": the plan's words
                lines.append(f"<i>«{esc(clip(said, 300))}»</i>")
        lines.append(f"<b>{esc(plan_label(plan))}</b>")
        lines.append(_title(ctx, plan, 300))
        if plan.date:
            lines.append(_("Issued: {date}", date=iso_date(plan.date, ctx.lang)))
        if plan.period:
            lines.append(_("Plan period: {period}", period=esc(plan.period)))
        if plan.issuer:
            lines.append(_("Issued by: {issuer}", issuer=esc(plan.issuer)))
        if plan.proposer and not proposer_asked:
            lines.append(_("Proposed by: {who}", who=esc(plan.proposer)))
        if plan.references:
            lines.append(_("Implements: {refs}", refs=esc(_references_shown(plan, ctx))))
        lines.append("")
        sources.append(_src(plan, ""))
    if not sources:
        return None
    return _result(ctx, lines, sources, "plan_info" if part == "all" else f"plan_info_{part}", 0.9)


# Who issues a document, by the code its number ends with (Nghị định 30/2020/NĐ-CP, Phụ lục
# I: "Số …/<kind>-<issuer>", a letter "Số …/<issuer>-<unit>"; the Party's "…-<kind>/<issuer>")
_ISSUER_CODES = {"tw": "Trung ương Đảng", "ttg": "Thủ tướng Chính phủ", "cp": "Chính phủ",
                 "ubnd": "Ủy ban nhân dân", "hdnd": "Hội đồng nhân dân", "bldtbxh": "Bộ Lao động - Thương binh và Xã hội",
                 "ldtbxh": "Bộ Lao động - Thương binh và Xã hội", "byt": "Bộ Y tế", "bgddt": "Bộ Giáo dục và Đào tạo",
                 "bca": "Bộ Công an", "bvhttdl": "Bộ Văn hóa, Thể thao và Du lịch", "bnv": "Bộ Nội vụ"}
# the kinds of document a number's codes may name before its issuer's
_KIND_CODES = {"kh", "qd", "ct", "tt", "nq", "nd", "ttr", "bc", "tb", "ctr", "hd", "cv", "kl"}


def reference_issuer(number: str, city: bool) -> str | None:
    """Who issued a document by its number ("232-KH/TU" → "Thành ủy" in a city, "Tỉnh ủy" in a
    province; "23/QĐ-TTg" → "Thủ tướng Chính phủ"; "666/LĐTBXH-TE" → "Bộ Lao động - Thương
    binh và Xã hội"); None when its codes name no issuer this table knows."""
    codes = [c for c in re.split(r"[/-]", number) if c and not c.isdigit()]
    if not codes:
        return None
    code = codes[1] if len(codes) >= 2 and fold(codes[0]).lower() in _KIND_CODES else codes[0]
    code = fold(code).lower()
    if code == "tu":
        return "Thành ủy" if city else "Tỉnh ủy"
    return _ISSUER_CODES.get(re.sub(r"\d+$", "", code) if code.startswith("qh") else code) or (
        "Quốc hội" if code.startswith("qh") else None)


def _cited_dates(ctx: Ctx) -> Answer | None:
    """The date of each document the question names that its plans carry out ("Chỉ thị
    28-CT/TW ban hành ngày nào?" → "25/12/2023 — Chỉ thị 28-CT/TW (Trung ương Đảng)"), as the
    citing plan's header writes it; None when no cited document the question names has one."""
    lines, sources = [], []
    for plan in ctx.scope:
        city = "thanh pho" in fold(plan.issuer or "").lower()
        for reference in plan.references:
            name, _sep, date = reference.partition(" ngày ")
            # the document asked by its kind and number ("Chỉ thị 28", not "Quyết định 28")
            if not date or not any(n == number and (kind is None or k is None or k == kind)
                                   for k, n in doc_refs(name) for kind, number in ctx.q.reference_numbers):
                continue
            number = name.split(" ")[-1]
            issuer = _both_issuers(_issuer_as_written(ctx, plan, number, date), reference_issuer(number, city))
            shown = f"{name} ({issuer})" if issuer else name
            lines.append(f"<b>{esc(date)}</b> — {esc(shown)}")
            # (the citing plan with its period: "Hà Nội triển khai năm 2024" names it by its year)
            citing = plan_label(plan) + (f" ({plan.period})" if plan.period and plan.period not in plan_label(plan) else "")
            lines.append(ctx._("cited by {plan}", plan=esc(citing)))
            # the words citing it ("Căn cứ Chỉ thị số 28-CT/TW ngày … của Bộ Chính trị về …")
            # (a paragraph of every "Căn cứ …;" line: the clause naming it; of several that do,
            # the one saying most of what the question says — a scan's damaged words differ)
            naming, words = max(((p, c) for p in plan.passages if number in p.text
                                 for c in re.split(r";|\.\s", p.text) if number in c),
                                key=lambda pc: ctx.cov(ctx.idx.doc(plan.slug, pc[0].section, pc[1]), ctx.q.terms),
                                default=(None, ""))
            if naming is not None:
                lines.append(f"<i>«{esc(clip(ctx.idx.readable(plan.slug, words.strip()), 300))}»</i>")
            section = naming.section if naming is not None and naming.section else ctx._("document header")
            cite(ctx, lines, sources, plan, section)
    if not sources:
        return None
    return _result(ctx, lines, sources, "plan_info_date", 0.9)


# the issuers a cited document's "của …" may name, as officials write them (folded): a scan's
# damaged reading ("ciia Bd Chinh tri") is matched to the nearest
_KNOWN_ISSUERS = tuple(dict.fromkeys((
    "Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương", "Quốc hội", "Ủy ban Thường vụ Quốc hội",
    "Chính phủ", "Thủ tướng Chính phủ", "Thành ủy", "Tỉnh ủy", "Hội đồng nhân dân", "Ủy ban nhân dân",
    *_ISSUER_CODES.values())))
_KNOWN_ISSUERS_FOLDED = [fold(k).lower() for k in _KNOWN_ISSUERS]
# "… 28-CT/TW ngày 25/12/2023 của Bộ Chính trị về …": the words after "của" to the next clause
# (its date in figures or in words: "ngày 25/12/2023", "ngày 25 tháng 12 năm 2023")
_WRITTEN_ISSUER_RE = re.compile(r"\s*(?:ngay\s+\d{1,2}(?:\s*/\s*\d{1,2}\s*/\s*\d{4}|\s+thang\s+\d{1,2}\s+nam\s+\d{4})\s*)?"
                                r"c\w{0,3}a\s+((?:\S+\s+){0,7}?\S+?)"
                                r"(?=\s+(?:ve|ve viec|thuc hien|ban hanh|phe duyet|quy dinh|huong dan)\b|\s*[“\"”,;(.]|\s*$)")
# the head word of a body ("sở", "bộ", "ban" …, folded): a written head of another kind is no
# damaged reading of a known issuer's ("Sở Y tế" is no "Bộ Y tế")
_ISSUER_HEADS = frozenset({"so", "bo", "ban", "uy", "thu", "chinh", "quoc", "hoi", "thanh", "tinh", "ubnd"})


def _issuer_as_written(ctx: Ctx, plan, number: str, date: str) -> str | None:
    """Who issued a cited document as the citing plan writes it ("Chỉ thị số 28-CT/TW ngày
    25/12/2023 của Bộ Chính trị" → "Bộ Chính trị"), matched to the issuers officials name
    (``_KNOWN_ISSUERS``; a scan's "ciia Bd Chinh tri" is its nearest, at 80 % alike or more);
    None when no passage writes "của …" after the number, or names none of them."""
    # read once per knowledge base: every plan card names the documents it carries out
    cache = ctx.idx.derived.setdefault("issuer_as_written", {})
    if (plan.slug, number) not in cache:
        cache[(plan.slug, number)] = _read_issuer(ctx, plan, number)
    return cache[(plan.slug, number)]


def _read_issuer(ctx: Ctx, plan, number: str) -> str | None:
    """``_issuer_as_written`` read from the plan's passages (folded, through a scan's readings)."""
    from rapidfuzz import fuzz, process

    choices = _KNOWN_ISSUERS_FOLDED
    key = fold(number).lower()      # ("23/QĐ-TTg" is found as "23/qd-ttg" in the folded text)
    for passage in plan.passages:
        if number.split("/")[0].split("-")[0] not in passage.text:
            continue    # (most passages: no folding needed)
        text = fold(ctx.idx.readable(plan.slug, passage.text)).lower()
        at = text.find(key)
        while at >= 0:
            m = _WRITTEN_ISSUER_RE.match(text, at + len(key))
            if m:
                written = m.group(1)
                found = process.extractOne(written, choices, scorer=fuzz.ratio, score_cutoff=80)
                head = written.split()[0] if written.split() else ""
                if found and not (head in _ISSUER_HEADS and head != found[0].split()[0]):
                    return _KNOWN_ISSUERS[found[2]]
            at = text.find(key, at + 1)
    return None


def _both_issuers(written: str | None, by_code: str | None) -> str | None:
    """Who issued a document: as the plan writes it, and the body its code names when that
    says more ("Bộ Chính trị, Trung ương Đảng" for "28-CT/TW … của Bộ Chính trị": an officer
    asks for it either way); one of them when they are the same or only one is known."""
    if written and by_code and fold(written).lower() != fold(by_code).lower():
        return f"{written}, {by_code}"
    return written or by_code


def _implements(ctx: Ctx, plan, by: list[str], asked: list[str] | None = None):
    """"implements <b>…</b>" of the documents ``plan`` carries out (of the issuers ``by`` names,
    folded, when given; only those of ``asked`` when given); None when there are none."""
    shown = _references_shown(plan, ctx, by, asked) if plan.references else ""
    return ctx._("implements {refs}", refs=f"<b>{esc(shown)}</b>") if shown else None


def _references_shown(plan, ctx: Ctx | None = None, by: list[str] | None = None,
                      asked: list[str] | None = None) -> str:
    """The documents a plan carries out, each with its date as written and its issuer — as the
    plan writes it after "của" when ``ctx`` is given (``_issuer_as_written``), else when its
    number says it: "Kế hoạch 232-KH/TU ngày 23/4/2024 (Thành ủy); Chỉ thị 28-CT/TW …".
    ``asked``: only these of ``plan.references`` (``_references_asked``)."""
    city = "thanh pho" in fold(plan.issuer or "").lower()
    shown = []
    for reference in plan.references:
        if asked and reference not in asked:
            continue   # a document the question's words do not describe
        number = reference.split(" ngày ")[0].split(" ")[-1]
        issuer = _both_issuers(ctx and _issuer_as_written(ctx, plan, number, ""), reference_issuer(number, city))
        if by and not any(b in normalize(issuer or "") for b in by):
            continue   # another issuer's document
        shown.append(f"{reference} ({issuer})" if issuer else reference)
    return "; ".join(shown)


# a kind of document asked for ("quyết định nào", "which … decision", folded, English already
# rendered in Vietnamese): the references of that kind answer, not the decrees beside them
_KIND_ASKED_RE = re.compile(r"\b(quyet dinh|nghi dinh|nghi quyet|chi thi|thong tu|cong van|luat)\s+"
                            r"(?:\w+\s+){0,3}?(?:nao|gi|so may|so bao nhieu)\b"
                            r"|\b(?:which|what)\s+(?:\w+\s+){0,3}?(quyet dinh|nghi dinh|nghi quyet|chi thi|thong tu|cong van|luat)\b")


# words that ask for the documents or name their kinds ("căn cứ những văn bản nào", "thực
# hiện quyết định nào"), folded: they describe none of them
_REFS_ASKING = frozenset("can cu thuc hien trien khai theo van ban quyet dinh nghi chi thi thong tu cong luat "
                         "ban hanh".split())


_JOINED_KIND_RE = re.compile(r"\b(ke hoach|quyet dinh|nghi dinh|nghi quyet|chi thi|thong tu|cong van|luat)\s+(?:va|hoac|and|or)\s+"
                             r"(quyet dinh|nghi dinh|nghi quyet|chi thi|thong tu|cong van|luat)\b")


def _reference_clause(ctx: Ctx, plan, reference: str) -> str:
    """The plan's own words citing ``reference`` ("Căn cứ Quyết định số 333/QĐ-UBND ngày
    15/3/2021 của UBND tỉnh ban hành …"): the first clause (between ";" or ". ") of its
    passages that names the document's number, read clean for a scan; "" when none does."""
    number = reference.split(" ngày ")[0].split(" ")[-1]
    for passage in plan.passages:
        if number in passage.text:
            clause = next((c for c in re.split(r";|\.\s", passage.text) if number in c), "")
            # (from its own "Căn cứ": a header passage may begin with the plan's title)
            start = clause.lower().rfind("căn cứ", 0, clause.find(number))
            clause = clause[start:] if start > 0 else clause
            return " ".join(ctx.idx.readable(plan.slug, clause).split())
    return ""


def _references_asked(ctx: Ctx, plan) -> list[str] | None:
    """Of the documents ``plan`` carries out, those the question's words describe: of the kind
    it asks ("quyết định nào" — not the Nghị định beside it), and of those, the ones whose citing
    clause says most of the question's words that set documents apart ("của tỉnh", "quốc gia",
    "Thủ tướng", "trên môi trường mạng"). None when the words pick out none (all are shown)."""
    refs = list(plan.references)
    if len(refs) < 2:
        return None
    q = ctx.q
    kinds = {fold(a or b) for a, b in _KIND_ASKED_RE.findall(q.norm)}
    # "triển khai kế hoạch và chỉ thị nào": both kinds joined are asked
    kinds |= {m.group(1) for m in _JOINED_KIND_RE.finditer(q.norm) if m.group(2) in kinds}
    of_kind = [r for r in refs if any(fold(r).lower().startswith(k) for k in kinds)]
    chosen = of_kind or refs
    # the words naming the plan are no description of a document ("tỉnh Thanh Hóa", its title)
    place = normalize(plan.locality or "").split()
    tokens = q.norm.split()
    naming = {t for i, t in enumerate(tokens) if t in _LEVEL_WORDS and tokens[i + 1:i + 1 + len(place)] == place}
    title = set(normalize(plan.title or "").split())
    words = [t for t in q.terms if t not in naming and t not in title and t not in _REFS_ASKING]
    if words and len(chosen) > 1:
        docs = {r: make_doc(plan.slug, "", _reference_clause(ctx, plan, r)) for r in chosen}
        said = {r: {t for t in words if ctx.cov(doc, [t]) >= 0.5} for r, doc in docs.items()}
        # a word every document's clause says sets none apart
        apart = {t for t in words if 0 < sum(t in s for s in said.values()) < len(chosen)}
        if apart:
            best = max(len(said[r] & apart) for r in chosen)
            if best:
                chosen = [r for r in chosen if len(said[r] & apart) == best]
    return chosen if len(chosen) < len(refs) else None


def _h_goal(ctx: Ctx) -> Answer | None:
    """"Mục tiêu 2 là gì?" / "What is goal 2 about?": the numbered goal's own words, with
    how many indicators it groups, for each plan in scope that numbers its goals."""
    q = ctx.q
    if not q.goals or q.indicators:
        return None
    _ = ctx._
    lines, sources = [], []
    for plan in ctx.scope:
        for goal in plan.goals:
            if goal.number not in q.goals:
                continue
            grouped = [i for i in plan.indicators if i.goal == goal.number]
            count = goal.declared_indicator_count or len(grouped)
            # a group the plan names by letter ("Nhóm mục tiêu C") keeps its letter
            title = f"<b>{esc(clip(goal.title, 200))}</b>"
            head = (f"{goal_citation(goal)}: {title}" if goal_citation(goal) else
                    _("Goal {n}: {title}", n=goal.label if goal.label and goal.label.isupper() else goal.number, title=title))
            lines.append(f"{head} — {esc(plan_label(plan))}")
            # "Nhóm IV gồm những chỉ tiêu nào": which ones, by name; "có mấy chỉ tiêu": how many
            listed = grouped if "agency_indicators" in q.cues and "count" not in q.cues else []
            if count:
                lines.append(_("{n} indicators", n=format_count(count, ctx.lang)) + (":" if listed else ""))
            lines.extend(f"• {name}" for name in _goal_listing(listed, ctx.lang))
            cite(ctx, lines, sources, plan, goal.section)
    if not sources:
        return None
    return _result(ctx, lines, sources, "goal", 0.9)


def _goal_listing(indicators, lang: str, limit: int = 10) -> list[str]:
    """The indicators a goal groups, each as its plan cites it ("Chỉ tiêu 14: tiêm chủng …",
    "II.3 (Đuối nước)"), at most ``limit`` and "…" past them; escaped."""
    names = [f"{indicator_name(i, lang)}: {esc(short_topic(i, 50))}" if i.number is not None else unnumbered_name(i)
             for i in indicators]
    return names[:limit] + (["…"] if len(names) > limit else [])


def _has_target_in(indicator, years) -> bool:
    """Whether ``indicator`` sets a target (not a result it reports) for one of ``years``."""
    return any(t.year in years and not t.achieved for t in indicator.targets)


_INDICATORS_COUNTED_RE = re.compile(r"\b(?:may|bao nhieu|bn|how many)\s+(?:chi tieu|indicators?|targets?)\b")
_GROUPS_COUNTED_RE = re.compile(r"\b(?:may|bao nhieu|bn|how many)\s+(?:nhom|groups?|linh vuc|areas?)\b")


def _h_count(ctx: Ctx) -> Answer | None:
    q = ctx.q
    if "count" not in q.cues or q.agencies or q.indicators:
        return None
    if q.articles and not q.goals:
        return None     # "Điều 11 có mấy chỉ tiêu": an article that sets no targets, no count of the plan's
    _ = ctx._
    # "mấy mục tiêu" counts the goals; "mục tiêu cụ thể đến năm 2025" with a year is the list of
    # that year's targets a plan grouped by year sets out
    # ("chia các chỉ tiêu thành mấy nhóm" counts the groups, whatever they are called)
    goals_asked = (has_phrase(q.norm, "muc tieu") and not has_phrase(q.norm, "chi tieu")
                   or bool(_GROUPS_COUNTED_RE.search(q.norm))) and not q.goals and not q.years
    lines, sources = [], []
    for plan in ctx.scope:
        numbered = [i for i in plan.indicators if i.number is not None]
        if not numbered and not ctx.explicit:
            continue
        if q.goals:
            for g in q.goals:
                goal = next((x for x in plan.goals if x.number == g), None)
                if goal is None:
                    continue
                n = goal.declared_indicator_count or sum(1 for i in plan.indicators if i.goal == g)
                lettered = goal.label and goal.label.isalpha() and goal.label.isupper()
                lines.append(f"<b>{esc(plan_label(plan))}</b>: " + _(
                    "Group {g} ({title}) has {n} indicators.", g=esc(goal.label), title=esc(clip(goal.title, 90)),
                    n=format_count(n, ctx.lang)) if lettered and not goal_citation(goal) else f"<b>{esc(plan_label(plan))}</b>: " + _(
                    "Goal {g} ({title}) has {n} indicators.", g=g, title=esc(clip(goal.title, 90)), n=format_count(n, ctx.lang))
                    if not goal_citation(goal) else f"<b>{esc(plan_label(plan))}</b>: " + _(
                    "{article} ({title}) has {n} indicators.", article=goal_citation(goal), title=esc(clip(goal.title, 90)), n=format_count(n, ctx.lang)))
                lines.append(source_line(plan, goal.section, ctx.lang))
                sources.append(_src(plan, goal.section))
        elif goals_asked:
            # numbered goals, or groups marked "a)", "b)" ("chia mục tiêu thành mấy nhóm")
            goals = [g for g in plan.goals if g.number is not None] or [g for g in plan.goals if g.label]
            if goals:
                # "chia thành mấy nhóm": counted in the question's word
                counted = (_("{n} groups of goals", n=format_count(len(goals), ctx.lang)) if re.search(r"\b(?:nhom|groups?)\b", q.norm)
                           else _("{n} goals", n=format_count(len(goals), ctx.lang)))
                if _INDICATORS_COUNTED_RE.search(q.norm):   # "bao nhiêu chỉ tiêu và mấy nhóm": both
                    counted = _("{n} indicators", n=format_count(len(numbered or plan.indicators), ctx.lang)) + "; " + counted
                lines.append(f"<b>{esc(plan_label(plan))}</b>: " + counted + ": "
                             + esc("; ".join(f"{g.number if g.number is not None else g.label}. "
                                             f"{clip(g.title, 60)}" for g in goals)))
                lines.append(source_line(plan, goals[0].section, ctx.lang))
                sources.append(_src(plan, goals[0].section))
        else:
            items = numbered or plan.indicators
            if not items:
                continue
            if q.years:
                # "có bao nhiêu mục tiêu cụ thể đến năm 2025": the indicators with a target for it
                dated = [i for i in items if _has_target_in(i, q.years)]
                if dated and len(dated) < len(items):
                    lines.append(f"<b>{esc(plan_label(plan))}</b>: " + _(
                        "{n} indicators with a target for {year} (of {total})", n=len(dated),
                        year=", ".join(map(str, q.years)), total=len(items)))
                    section = items[0].section.split(" › ")[0] if items[0].section else ""
                    cite(ctx, lines, sources, plan, section)
                    continue
            per_goal = {}
            for i in items:
                if i.goal is not None:
                    per_goal[i.goal] = per_goal.get(i.goal, 0) + 1
            cited = {g.number: goal_citation(g) for g in plan.goals if goal_citation(g)}
            # ("Nhóm T - …": a group by its capital, as the plan names it, not its letter's rank)
            lettered = {g.number: g.label for g in plan.goals
                        if g.number is not None and g.label and g.label.isalpha() and g.label.isupper()}
            detail = ", ".join(f"{cited[g]}: {format_count(n, ctx.lang)}" if g in cited else
                               _("group {g}: {n}", g=lettered[g], n=format_count(n, ctx.lang)) if g in lettered else
                               _("goal {g}: {n}", g=g, n=format_count(n, ctx.lang))
                               for g, n in sorted(per_goal.items()))
            lines.append(f"<b>{esc(plan_label(plan))}</b>: " + _("{n} indicators", n=format_count(len(items), ctx.lang))
                         + (f" ({detail})" if detail else ""))
            section = items[0].section.split(" › ")[0] if items[0].section else ""
            lines.append(source_line(plan, section, ctx.lang))
            sources.append(_src(plan, section))
        lines.append("")
    if not sources:
        return None
    return _result(ctx, lines, sources, "count", 0.9)


_GROUP_WORDS = frozenset(("nhom", "linh", "vuc", "group", "groups", "area", "areas", "field", "cluster"))


def _h_count_topic(ctx: Ctx) -> Answer | None:
    """"Cần Thơ có mấy chỉ tiêu về bảo vệ trẻ em?": the indicators of the goal whose title the
    question's words name (goal 2's 7), not the plan's total. None when no goal's title covers
    at least half of the question's words (the total then answers)."""
    q = ctx.q
    if "count" not in q.cues or q.agencies or q.indicators or q.goals or not q.terms:
        return None
    # "nhóm (mục tiêu) bảo vệ trẻ em", "the education and play group": the words that say a
    # group is meant name no topic of it
    terms = [t for t in q.terms if t not in _GROUP_WORDS]
    if not terms:
        return None
    scored = []
    for plan in ctx.scope:
        for goal in plan.goals:
            # (groups lettered "a)", "b)" with no number count too: "điểm b … (06 chỉ tiêu)")
            if goal.title and (goal.number is not None or goal.label):
                scored.append((ctx.cov(make_doc("", "", goal.title), terms), plan, goal))
    best = max((c for c, _plan, _goal in scored), default=0.0)
    if best < 0.5:
        return None
    _ = ctx._
    lines, sources = [], []
    for c, plan, goal in scored:
        if c < best:
            continue
        if goal.number is not None:
            own = [i for i in plan.indicators if i.goal == goal.number]
        else:
            own = [i for i in plan.indicators if i.goal is None and (i.goal_label or "").lower() == goal.label.lower()]
        n = goal.declared_indicator_count or len(own)
        if not n:
            continue
        dated = [i for i in own if _has_target_in(i, q.years)] if q.years else own
        if q.years and dated:
            # "nhóm bảo vệ trẻ em năm 2025 gồm mấy chỉ tiêu": those with a target for that year
            lines.append(f"<b>{esc(plan_label(plan))}</b>: " + _(
                "Goal {g} ({title}): {n} indicators with a target for {year} (of {total})",
                g=goal.number if goal.number is not None else goal.label,
                title=esc(clip(goal.title, 90)), n=len(dated), year=", ".join(map(str, q.years)), total=len(own)))
            lines.append(source_line(plan, goal.section, ctx.lang))
            sources.append(_src(plan, goal.section))
            continue
        lines.append(f"<b>{esc(plan_label(plan))}</b>: " + (_(
            # ("Nhóm G - Các chỉ tiêu phải giảm": the group by its capital as the plan names it, not by
            # its letter's rank; "b) Mục tiêu 2" stays goal 2)
            "Group {g} ({title}) has {n} indicators.", g=esc(goal.label), title=esc(clip(goal.title, 90)),
            n=format_count(n, ctx.lang)) if goal.number is not None and goal.label and goal.label.isalpha() and goal.label.isupper() else _(
            "Goal {g} ({title}) has {n} indicators.", g=goal.number, title=esc(clip(goal.title, 90)),
            n=format_count(n, ctx.lang)) if goal.number is not None else _(
                "{label}) {title}: {n} indicators.", label=esc(goal.label), title=esc(clip(goal.title, 90)),
                n=format_count(n, ctx.lang))))
        lines.append(source_line(plan, goal.section, ctx.lang))
        sources.append(_src(plan, goal.section))
    if not sources:
        return None
    return _result(ctx, lines, sources, "count", 0.9 * best)
