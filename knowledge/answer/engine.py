"""The answering engine: an officer's question in, a cited answer (or an honest "not found") out.

``answer(question, kb, lang=, plan=, context=)`` parses the question (``knowledge.query``),
declines at once what no reading may answer (``guards``), then lets every reading compete:
each reader — an indicator's targets, leads or content (``targets``), an agency's indicators
or tasks (``agencies``), deadlines, contacts, campaigns, plan information and counts
(``plans``), the best passage (``passages``) — proposes candidate answers, and one calibrated
score (``scorer``) chooses. Below the shipped threshold the reply says so and offers the
closest topics. Every fact comes from the knowledge base and is cited with its plan and
section; when several plans answer, each is answered, labelled.

To add a kind of answer: a module here with a function ``(ctx) -> Answer | None``, a reader
in ``_READERS`` below, its kind in ``scorer.KINDS`` with the cues that ask for it, then
``python -m bot fit-answers``.
"""

from __future__ import annotations

import gc
import dataclasses
import re
from collections import Counter
from functools import lru_cache

from knowledge import vocab
from knowledge.answer import scorer
from knowledge.answer.agencies import _agency_indicators, _agency_mentions, _agency_tasks, _working_with
from knowledge.answer.campaigns import _h_campaign_lead, PARTS, _h_campaign, asks_about_campaign, campaign_part
from knowledge.answer.common import Answer, Ctx, accent_collisions, plan_choices, typed_accents, _agency_scope, _decline, _starter_suggestions, log  # noqa: F401 (plan_choices: public here)
from knowledge.answer.contacts import _h_contact, _h_contact_office, contact_office_asked
from knowledge.answer.deadlines import _h_deadline, _h_review, deadline_asked
from knowledge.answer.frequency import _h_frequency
from knowledge.answer.funding import _h_funding, _h_funding_sources, asks_amount, money_per_unit_asked, states_per_unit
from knowledge.answer.format import esc, plan_label, strip_html
from knowledge.answer.guards import _absent_fact, _missing_campaign_year, _missing_plan_year
from knowledge.answer.passages import _h_passage, _h_plan_lead
from knowledge.answer.plans import (PLAN_INFO_PARTS, _LEVEL_WORDS, _h_count, _h_count_topic, _h_goal, _h_list_plans,
                                    _h_plan_info, _h_signer, _issuer_only)
from knowledge.answer.targets import (_goal_indicators, _indicator_words, _indicator_intent, _numbered_indicators,
                                      _render_goal_leads, _render_indicators, _topic_indicators, baseline_years)
from knowledge.answer.words import normalize_lang, translator
from knowledge.index import Index, index_for, make_doc
from knowledge.query import CAMPAIGN_COMMON_WORDS, Query, has_phrase, is_syllable, parse, per_knowledge_base, prepare_word_pairs
from knowledge.text import fold, label_key, normalize, words


def _plans_state(idx, slugs: list[str], phrases: tuple[str, ...]) -> bool:
    """Whether the plans ``slugs`` (all plans when empty) state each of ``phrases`` (folded
    words) in their text: an allowance is asked of a plan only where one is stated."""
    ranges = [idx.plan_docs[s] for s in slugs if s in idx.plan_docs] or [range(len(idx.docs))]
    segments = [idx.corpus[int(idx.text_starts[r.start]) - 1:int(idx.text_starts[r.stop])] for r in ranges if len(r)]
    return all(any(f" {p} " in seg for seg in segments) for p in phrases)


def answer(question: str, kb, *, lang: str = "vi", plan: str | None = None,
           context: dict | None = None) -> Answer:
    """Answer ``question`` from ``kb``; ``plan`` is the chat's default plan slug; ``context``
    the ``slots`` of the chat's previous answer, so a follow-up ("còn năm 2030?", "thế còn
    Cần Thơ?", "ai chủ trì?") keeps its plan, indicator and year."""
    lang = normalize_lang(lang)
    try:
        return _answer(question if isinstance(question, str) else "", kb, lang, plan, context)
    except Exception:  # a reply is always better than a crash in the chat
        log.exception("answering failed")  # never the question: users type names and phones
        _ = translator(lang)
        return Answer(_("Sorry, I could not process this question. Please rephrase it."), False,
                      intent="error")


# generic questions (no plan's fact) that pass through parsing, every reader and formatting
_WARM_UP_QUESTIONS = (("chỉ tiêu 1 do sở nào chủ trì, đạt bao nhiêu phần trăm năm 2030?", "vi"),
                      ("hạn báo cáo hằng năm là khi nào", "vi"),
                      ("which agency leads indicator 1 and what is its 2025 target?", "en"))


def warm_up(kb) -> Index:
    """Make ``kb`` ready to answer and return its ``Index``: the index (built, or read back
    from the database), the documents' word pairs for typo repair and the indicators' word
    table, which the first question would otherwise build (1.2 s at 200 plans, 0.3 s at 50).
    Blocking: a bot calls it in a worker thread when it loads or swaps a knowledge base."""
    idx = index_for(kb)
    prepare_word_pairs(idx.corpus)
    # the indicator table is built from the index alone: no question is needed
    _indicator_words(Ctx(None, idx, "vi", [], False))
    # what a process builds at its first answer whatever the plans: the vocabulary's phrase
    # patterns, the readers' regexes, babel's locale data (0.1-0.2 s)
    for question, lang in _WARM_UP_QUESTIONS:
        answer(question, kb, lang=lang)
    gc.collect()   # the collector's pass over what was just made, now rather than at a question
    return idx


def _answer(question: str, kb, lang: str, default_plan: str | None, context: dict | None = None) -> Answer:
    ctx = _context(question, kb, lang, default_plan, context)
    if isinstance(ctx, Answer):
        return ctx
    result = _route(ctx)
    if (result is None or not result.answered) and default_plan and not ctx.explicit and len(ctx.scope) == 1:
        # the chat's default plan does not answer it (the national hotline, another city's
        # fact): every plan may, labelled with its own name
        wider = _route(Ctx(ctx.q, ctx.idx, lang, list(ctx.idx.plans), False, ctx.soft, ctx.english))
        if wider is not None and (result is None or wider.answered):
            result = wider
    result = result or _decline(ctx)
    if result.answered and ctx.q.off_topic_unless \
            and not all(has_phrase(normalize(strip_html(result.text)), p) for p in ctx.q.off_topic_unless):
        # an allowance asked, answered by a passage that states none ("100% cộng tác viên
        # được tập huấn"): the plans state it elsewhere, of others
        result = _decline(ctx, intent="off_topic", with_topics=False)
    per = money_per_unit_asked(ctx.q) if result.answered else None
    if per and not states_per_unit(strip_html(result.text).split("«")[0], per):
        # "mỗi xã được bố trí bao nhiêu kinh phí": the plan's total is no commune's amount
        result = _decline(ctx)
    if result.answered or result.intent == "target":
        # "no target for 2025; the plan sets …" declines the year, not the indicator: a
        # follow-up ("còn năm 2030?") keeps it
        result.slots = _slots(ctx, result)
    for choice in result.choices:
        choice["slots"] = _slots(ctx, choice["answer"])
        choice["text"] = choice.pop("answer").text
    return result


def _slots(ctx: Ctx, result: Answer) -> dict:
    """What a follow-up may keep: the plans, the indicators (only of an answer about
    indicators: an agency's task list naming "chỉ tiêu 3" is no question about indicator 3)
    and the years."""
    numbers = ctx.q.indicators or sorted(_indicators_in(_stated(result.text)))[:3]
    if result.intent not in ("target", "lead", "about", "compare"):
        numbers = list(ctx.q.indicators)
    return {"plans": list(result.plans), "indicators": numbers, "years": list(ctx.q.years),
            # an office asked about, by name, and what was asked of it, for "thế còn Cần Thơ?"
            "agencies": list(dict.fromkeys(m.name for m in ctx.q.agencies))[:2],
            "cues": sorted(ctx.q.cues & {"tasks", "agency_indicators", "lead", "partner"}),
            "kind": result.intent,
            # the words that chose the metric of an indicator's figure, for "còn năm 2030?"
            "terms": list(ctx.q.terms)[:8] if result.intent in ("target", "compare") else []}


_ENGLISH_WORDS = frozenset("""the what which who whom when where how is are was were does do did of in
for by to should must plan plans target targets indicator indicators agency department children child
and with under from about tell holiday tomorrow number hotline phone deadline report reports
goal goals please""".split())


def looks_english(text: str) -> bool:
    """An English question, whatever the chat's language: no Vietnamese letters (or a few, a
    name, among twice as many common English words, four at least) and at least
    two common English words ("What is Can Tho's 2025 target for under-five mortality?"), or
    one when no other word can be a Vietnamese syllable ("hanoi indicator 16 2025": "hanoi"
    is no syllable; "chi tieu 16 ha noi" is all syllables)."""
    tokens = re.findall(r"[a-z]+", text.lower())
    english = [w for w in tokens if w in _ENGLISH_WORDS]
    accented = [w for w in re.findall(r"[^\W\d_]+", text) if any(ord(c) > 127 for c in w)]
    if accented:
        # a place or an office written in Vietnamese inside an English sentence ("In Quảng
        # Ngãi, what share of children should use clean water in 2028?"): English still
        return len(english) >= 4 and len(english) >= 2 * len(accented)
    if len(english) >= 2:
        return True
    return len(english) == 1 and not any(is_syllable(w) for w in tokens if w not in _ENGLISH_WORDS)


_FOLLOW_UP_RE = re.compile(r"^(?:con|the con|vay con|and|what about|how about|also)\b")
_FOLLOW_UP_WORDS = frozenset("con the vay and what about how also".split())


# what a follow-up without cue words of its own asks again, by the previous answer's kind
_KIND_CUES = {"deadline": {"deadline"}, "contact": {"contact"}, "lead": {"lead"}, "count": {"count"},
              "agency_tasks": {"tasks"}, "agency_indicators": {"agency_indicators"}, "signer": {"signer"},
              "campaign": {"campaign"}, "campaign_dates": {"campaign"}, "campaign_theme": {"campaign"},
              "plan_info": {"plan_info"}, "funding": set()}


# cues asking a fact of a plan as a whole: a follow-up asking one keeps only the plan
_PLAN_LEVEL_CUES = frozenset(("count", "signer", "doc_number", "issue_date", "period_asked", "refs",
                              "funding", "contact"))


_DIRECTION_WORD_RE = re.compile(rf"\b{vocab.DIRECTION_WORD}\b(?!\s+(?:{'|'.join(vocab.NOT_DIRECTION_AFTER)})\b)")


def _follow_up(q: Query, context: dict | None, idx: Index) -> None:
    """Fill what a short follow-up leaves out from the previous answer's slots: its
    indicator, its plan (kept beside a newly named one for "so sánh với Hà Nội"), its year,
    what was asked. A question that names its own indicator and plan, or a topic of its own
    ("mục tiêu 2030 tỷ lệ thấp còi HN" after indicator 1), or asks its own kind of fact
    ("… năm 2030 là bao nhiêu?" after "who leads"), is a new question: it keeps at most the
    plan and the year it leaves out."""
    if not context or q.agencies or len(q.terms) > 2 and not _FOLLOW_UP_RE.match(q.norm):
        return
    if not (q.years or q.plans or q.cues or _FOLLOW_UP_RE.match(q.norm)):
        return
    if (q.indicators or q.goals) and q.plans:
        return
    known = [s for s in context.get("plans", []) if s in idx.by_slug]
    if _FOLLOW_UP_RE.match(q.norm):
        # "thế còn Cần Thơ?": the asking words are no topic ("còn" is not "con", a child)
        q.terms = [t for t in q.terms if t not in _FOLLOW_UP_WORDS]
    topic = bool(q.terms)
    own_cues = scorer.answer_type_cues(q.cue_text or q.norm, q.cues)
    if "list_plans" in own_cues:
        return   # "bao nhiêu kế hoạch?" after anything: the plans of all, not of the last answer
    if own_cues & _PLAN_LEVEL_CUES:
        # "số điện thoại?", "ai ký?", "kinh phí?" after an indicator or an office: a fact of
        # the plan, asked of the plan last talked about, of no indicator or office
        if not q.plans:
            q.plans = known
        return
    if not q.indicators and not q.goals and not topic:
        q.indicators = [int(n) for n in context.get("indicators", [])][:3]
        if q.indicators and context.get("terms"):
            # "còn năm 2030?" after the under-5 mortality: the same metric of the indicator,
            # chosen by the words that asked for it
            q.terms = [str(t) for t in context["terms"]][:8]
            q.inherited.add("terms")
    if not topic and not own_cues - {"when"}:
        # "ai chủ trì chỉ tiêu 14?" → "thế còn Cần Thơ?": who leads, there
        kept = set(context.get("cues", [])) | _KIND_CUES.get(context.get("kind", ""), set())
        if q.years and not q.plans:
            # "còn năm 2030?" after who leads: leads do not change by year, the target does
            kept -= {"lead", "partner"}
        q.cues |= kept
    if not q.agencies and context.get("agencies") and not q.indicators and not topic:
        # "Sở Y tế Hà Nội có nhiệm vụ gì?" → "thế còn Cần Thơ?": the same office of that plan
        names = " ; ".join(context["agencies"])
        wanted = set(q.plans) or set(known)
        q.agencies = [m for m in parse(names, idx.refs, idx.agencies).agencies if m.plan in wanted]
        q.cues |= set(context.get("cues", [])) & {"tasks", "agency_indicators", "lead", "partner"}
    if not q.plans:
        q.plans = known
    elif "compare" in q.cues:
        q.plans = sorted(set(q.plans) | set(known))
    if not q.years and not q.cues & {"lead", "partner"}:
        q.years = [int(y) for y in context.get("years", [])]
        if q.years:
            q.inherited.add("years")


def analyse(question: str, kb, *, lang: str = "vi") -> list[tuple[Answer, dict[str, float]]]:
    """Every candidate answer to ``question`` with its feature vector, before the scorer
    chooses (for fitting the scorer: ``knowledge.answer.fitting``). Empty when the question
    is declined before any reading (off topic, a place or a year no plan covers…)."""
    ctx = _context(question, kb, normalize_lang(lang), None)
    if isinstance(ctx, Answer):
        return []
    candidates, _fallbacks = _candidates(ctx)
    return [(cand, _feature_vector(ctx, cand)) for cand in candidates]


def _codes_over_numbers(q, scope: list) -> None:
    """"chỉ tiêu 4.1" of plans in ``scope`` that code a target "4.1" (its group and its order,
    ``Indicator.label``) and number none: the code, not indicator 1. Changes ``q`` in place."""
    # (… or "chỉ tiêu CT3" of a plan coding its targets "CT3": the code, not indicator 3 —
    # "ct" is also "chỉ tiêu" typed short, round 169's codes)
    coded = {label for _g, label in q.labels if re.fullmatch(r"\d{1,2}\.\d{1,2}|[A-ZĐ]{1,4}\d{1,2}", label)}
    if not coded or not any(i.number is None and i.label in coded for p in scope for i in p.indicators):
        return
    # … unless another plan in scope numbers an indicator so ("so sánh chỉ tiêu 1.4 Hà Nội và
    # Quế Võ": Hà Nội's indicator 4, Quế Võ's 1.4)
    numbered = {i.number for p in scope for i in p.indicators if i.number is not None}
    drop = {int(re.split(r"[.A-ZĐ]", label)[-1]) for label in coded} - numbered
    q.indicators = [n for n in q.indicators if n not in drop]


def _articles_as_goals(q, scope: list) -> None:
    """"Điều 5 có mấy chỉ tiêu": the goal a plan in ``scope`` makes of its article 5 of targets
    (``parse.clauses``: the goal's label its article's number, its section "Điều 5. …").
    Changes ``q`` in place."""
    for article in q.articles:
        for plan in scope:
            for goal in plan.goals:
                if goal.label == str(article) and (goal.section or "").startswith(f"Điều {article}") \
                        and goal.number is not None and goal.number not in q.goals:
                    q.goals.append(goal.number)


def _framing_words(q) -> frozenset[str]:
    """The question's words that frame what a plan requires or how a figure moves ("giảm
    xuống", "yêu cầu", "đóng góp"; ``vocab.DIRECTION_PHRASES``, ``vocab.FRAMING_PHRASES``),
    folded: weighed little, never the word that sets the question apart."""
    return frozenset(w for phrase in vocab.DIRECTION_PHRASES + vocab.FRAMING_PHRASES if has_phrase(q.norm, phrase)
                     for w in phrase.split() if w in q.terms)


def _context(question: str, kb, lang: str, default_plan: str | None,
             context: dict | None = None) -> "Ctx | Answer":
    """The parsed question and the plans it is about, or the decline of a question no reading
    may answer (empty, off topic, a place, plan or year the knowledge base lacks, a kind of
    fact the plans never give)."""
    idx = index_for(kb)
    _ = translator(lang)
    text = question.strip()
    if not words(text):
        return Answer(_("Ask me about the plans for children, e.g. “who leads indicator 14 in Hà Nội?”"),
                      False, suggestions=_starter_suggestions(idx, lang), intent="empty")
    q = parse(text, idx.refs, idx.agencies, idx.vocabulary, idx.corpus)
    _follow_up(q, context, idx)
    english = lang == "en" or looks_english(text)
    soft = frozenset(t for t in q.terms if t not in idx.vocabulary) if english else frozenset()
    # "phải giảm xuống dưới bao nhiêu": the way a figure must move, which a table's row of
    # figures never writes in its name; weighed little, not asked as the topic
    soft |= _framing_words(q)
    if vocab.DIRECTION_WORD in q.terms and _DIRECTION_WORD_RE.search(q.norm):
        # "chỉ tiêu giảm đuối nước": the way the figure moves, seldom a word of the target's
        # name (weighed little, kept: "Giảm số vụ xâm hại …" names one so)
        soft |= {vocab.DIRECTION_WORD}
    if q.off_topic or q.off_topic_unless and not _plans_state(idx, q.plans, q.off_topic_unless):
        return _decline(Ctx(q, idx, lang, idx.plans, False), intent="off_topic", with_topics=False)
    if q.foreign_place:
        # never let another place's plan answer for a place the knowledge base lacks
        ctx = Ctx(q, idx, lang, idx.plans, False)
        place = vocab.PROVINCE_NAMES.get(q.foreign_place) or q.foreign_place.title()
        return _decline(ctx, intent="unknown_place", with_topics=False, message=_(
            "I have no plan for {place}. The plans I know cover: {places}.",
            place=esc(place),
            places=esc(", ".join(sorted({p.locality for p in idx.plans if p.locality}))),
        ))
    if q.unknown_doc and not q.plans and q.unknown_doc not in idx.vocabulary:
        return _decline(Ctx(q, idx, lang, idx.plans, False), intent="unknown_plan")
    content = [t for t in q.terms if not t.isdigit()]
    if content and all(t not in idx.vocabulary for t in content) and not (
            q.plans or q.indicators or q.labels or q.goals or q.agencies or q.cues or q.years):
        # not one word the plans use, and nothing they are known by ("SELECT * FROM users")
        return _decline(Ctx(q, idx, lang, idx.plans, False), intent="not_found", with_topics=False)

    if q.plans:
        scope, explicit = [idx.by_slug[s] for s in q.plans], True
        places = {p.locality for p in scope}
        if _NEWEST_ASKED_RE.search(q.norm) and len(places) == 1 and "list_plans" not in q.cues:
            # ("kế hoạch mới nhất của Hà Nội": which plans, the newest first — the list's reader)
            # "Cần Thơ's new plan", "kế hoạch mới nhất của Cần Thơ": of the place's plans, the
            # most recently issued (a plan with no date is not the newest), whatever else the
            # question's years would have chosen
            own = [p for p in idx.plans if p.locality in places]
            scope = sorted(own, key=lambda p: p.date or "", reverse=True)[:1]
    elif default_plan and default_plan in idx.by_slug:
        scope, explicit = [idx.by_slug[default_plan]], False
    else:
        scope, explicit = list(idx.plans), False
    _codes_over_numbers(q, scope)
    _articles_as_goals(q, scope)
    if not q.years and _LAST_YEAR_RE.search(q.norm):
        # "năm trước đạt bao nhiêu" of a one-year plan: the year before the plan's own
        own = {p.period_start for p in scope if p.period_start is not None and p.period_start == p.period_end}
        if len(own) == 1:
            q.years = [own.pop() - 1]
    ctx = Ctx(q, idx, lang, scope, explicit, soft, looks_english(text))
    missing_year = _missing_campaign_year(ctx) or _missing_plan_year(ctx)
    if missing_year is not None:
        return missing_year
    absent = _absent_fact(ctx)
    if absent is not None:
        return absent
    return ctx


# the year before asked (folded): "năm trước", "năm ngoái", "last year"
# (… not "hằng năm trước ngày nào": a year's report before a date)
_LAST_YEAR_RE = re.compile(r"(?<!hang )(?<!moi )(?<!hang)\b(?:nam truoc|nam ngoai|last year|previous year|the year before)\b"
                           r"(?!\s+(?:ngay|thang|han|khi|\d))")

# the newest of a place's plans asked (folded): "new plan", "kế hoạch mới (nhất)", "latest"
_NEWEST_ASKED_RE = re.compile(r"\b(?:new|newest|latest|most recent)\b|\b(?:ke hoach|chuong trinh) moi(?: nhat)?\b"
                              r"|\bmoi nhat\b")


# an office's duties asked (folded): "làm gì", "nhiệm vụ gì", "những nhiệm vụ nào", "what does"
_TASKS_ASKED_RE = re.compile(r"\b(?:lam gi|nhiem vu gi|nhung nhiem vu|cac nhiem vu|nhiem vu nao|trach nhiem gi|"
                             r"what does|what do|what are|duties|responsibilities)\b")


def _route(ctx: Ctx) -> Answer | None:
    """Every reading of the question competes: each reader proposes candidate answers, one
    calibrated score ranks them all (``knowledge.answer.scorer``); the best wins when its
    probability of being right reaches the shipped threshold. An honest "not in the plan"
    from a reader (no target for that year, no phone number for that office) is kept as the
    reply when no candidate is good enough."""
    candidates, fallbacks = _candidates(ctx)
    model = scorer.model()
    for cand in candidates:
        cand.confidence = round(scorer.probability(_feature_vector(ctx, cand), model), 3)
    ranked = sorted(candidates, key=lambda c: -c.confidence)  # stable: reading order breaks ties
    best = ranked[0] if ranked else None
    if best is not None and best.intent == "agency_tasks" and "partner" in ctx.q.cues \
            and not _TASKS_ASKED_RE.search(ctx.q.norm) and not getattr(best, "states_partners", False):
        # "nhiệm vụ 3 …, Sở Y tế phối hợp với ai": who partners is asked, an office's list of
        # duties states none (a task's own roles may)
        best.none_stated = True
    if best is not None and getattr(best, "none_stated", False):
        # "nhiệm vụ … phối hợp với ai": the indicator names no partner, the task's own roles do —
        # a reply stating what is asked comes before one saying the plan states none
        stating = next((c for c in ranked[1:] if c.intent in (best.intent, "lead") and not getattr(c, "none_stated", False)
                        and c.confidence >= model.threshold), None)
        if stating is not None:
            ranked = [stating] + [c for c in ranked if c is not stating and c is not best]
            best = stating
    other = next((c for c in ranked[1:] if subject_of(c) != subject_of(best)), None)
    if best is not None and best.confidence >= model.threshold:
        if other is not None and best.confidence - other.confidence < model.margin:
            return _ask_which(ctx, [best, other])  # two readings, nearly as likely: ask
        return best
    if fallbacks:
        return fallbacks[0]
    if ctx.q.indicators and not any(i.number in ctx.q.indicators for p in ctx.scope for i in p.indicators):
        return _no_such_indicator(ctx)  # a numbered indicator that no plan in scope has
    if best is not None and best.confidence >= model.ask_floor:
        # not sure enough to state a fact, sure enough that one of these is meant
        return _ask_which(ctx, [c for c in (best, other) if c is not None and c.confidence >= model.ask_floor])
    return None


def subject_of(cand: Answer) -> str:
    """What a candidate answer is about — its cited plan sections — so that two readings of
    one question count as different only when they point at different places in the plans."""
    return "|".join(sorted(f"{s['plan']}#{s['section']}" for s in cand.sources))


def _kind_word(ctx: Ctx, intent: str) -> str:
    _ = ctx._
    words = {
        "target": _("Target"), "lead": _("Lead agency"), "about": _("What the indicator says"),
        "compare": _("Comparison"), "agency_indicators": _("Indicators an agency leads"),
        "agency_tasks": _("An agency's tasks"), "deadline": _("Deadline"), "contact": _("Phone number"),
        "campaign": _("Action Month"), "campaign_theme": _("Action Month theme"),
        "campaign_dates": _("Action Month dates"), "campaign_slogans": _("Action Month slogans"),
        "plan_info_number": _("The plan's number"), "plan_info_date": _("The plan's date"),
        "plan_info_period": _("The plan's period"), "plan_info_refs": _("What the plan carries out"),
        "goal": _("A goal of the plan"),
        "funding": _("Funding"), "count": _("How many"), "plan_info": _("About the plan"),
        "signer": _("Who signed"), "list_plans": _("The plans I know"),
    }
    return words.get(intent) or _("What the plan says")


def _ask_which(ctx: Ctx, readings: list[Answer]) -> Answer:
    """A reply that states no fact and asks which reading is meant, one button each; the
    buttons carry the readings' full answers (``Answer.choices``)."""
    _ = ctx._
    choices = [{"label": _choice_label(ctx, cand), "answer": cand} for cand in readings]
    lines = [_("I am not sure which of these you mean:") if len(choices) > 1
             else _("I am not sure I understood. Did you mean:")]
    lines += [f"• {esc(c['label'])}" for c in choices]
    lines.append(_("Tap one to see its answer, or ask again in other words."))
    return Answer("\n".join(lines), False, [], readings[0].confidence, [], "ask_which", [],
                  choices=choices)


def _choice_label(ctx: Ctx, cand: Answer) -> str:
    """"Target · Chỉ tiêu 5 · Cần Thơ": the kind of answer, then where it is, short enough
    for a button."""
    _ = ctx._
    kind = _kind_word(ctx, cand.intent)
    numbers = sorted(_indicators_in(_stated(_scored(cand))))
    if numbers and cand.intent in ("target", "lead", "about", "compare"):
        where = _("Indicator {n}", n=", ".join(str(n) for n in numbers[:3]))
    elif cand.intent.startswith("campaign"):
        where = ""  # the kind already names the campaign's part
    else:
        parts = (cand.sources[0]["section"] if cand.sources else "").split("›")
        section = parts[-1].strip()
        if re.fullmatch(r"\((?:[ivx]{1,5}|[a-h])\)", section) and len(parts) > 1:
            # "… › Bảo vệ trẻ em › (vi)": an item numbered within its group, named with it
            section = f"{parts[-2].strip()} {section}"
        # "2. Chủ đề" → "Chủ đề"; a bare "IV" says nothing on a button
        where = re.sub(r"^(?:[\dIVXivx]+[.)]?|[a-zđ]\))(?:\s+|$)", "", section)
        if len(where) > 36:
            where = where[:35].rsplit(" ", 1)[0] + "…"
    places = [_plan_name(ctx, ctx.idx.by_slug[s]) for s in cand.plans if s in ctx.idx.by_slug]
    return " · ".join(x for x in (kind, where, ", ".join(dict.fromkeys(places))) if x)


_PLACE_COUNTS: dict[int, tuple] = {}


def _plans_of_place(idx: Index) -> Counter:
    """How many plans each place has, counted once per knowledge base (a button label asked
    it of every plan of every candidate: 40 000 steps a question at 200 plans)."""
    return per_knowledge_base(_PLACE_COUNTS, idx.plans, lambda plans: Counter(p.locality for p in plans))


def _plan_name(ctx: Ctx, plan) -> str:
    """Short enough for a button: the place when it has one plan, else the place with the
    document's number ("Hà Nội 138/KH-UBND") or its period ("Hà Nội 2020")."""
    place = plan.locality or plan.slug
    if _plans_of_place(ctx.idx)[plan.locality] == 1:
        return place
    return f"{place} {plan.number or plan.period or ''}".strip()


def _candidates(ctx: Ctx) -> tuple[list[Answer], list[Answer]]:
    """(answers, honest declines) proposed by every reader for ``ctx``."""
    out: list[Answer] = []
    usual_found = False
    for reader in _READERS:
        for cand, usual in reader(ctx):
            if cand is not None:
                # the answer the reading order would have given: the first usual answered one
                cand.usual = usual and cand.answered and not usual_found
                # an honest "not in the plan" of the reader asked ends the old order too
                usual_found = usual_found or cand.usual or usual and not cand.answered
                out.append(cand)
    answers = [a for a in out if a.answered and not _other_years_only(ctx, a) and not _other_indicator(ctx, a)
               and not _no_age_stated(ctx, a) and not _no_figure_of_the_year(ctx, a)
               and not _counts_another_thing(ctx.q.norm, a)
               and not _another_document(ctx, a)]
    if any(a.intent == "target" for a in answers):
        # a passage that is only a table's row of targets ("| CT18 | Tỷ lệ … | 85 | 90 | … |")
        # quotes what the target reader states: the row's figures stated, not the row quoted
        answers = [a for a in answers if not (a.intent == "passage" and _quotes_a_table_row(a))]
    seen, unique = set(), []
    for a in answers:  # two readings that say the same thing are one candidate
        if a.text not in seen:
            seen.add(a.text)
            unique.append(a)
    return unique, [a for a in out if not a.answered]


_YEAR_IN_TEXT_RE = re.compile(r"\b(?:19|20)\d\d\b")


def _quotes_a_table_row(cand: Answer) -> bool:
    """Whether a passage answer's body is one table row with figures ("| CT18 | … | 85 | 90 |")."""
    body = [line for line in strip_html(cand.text).split("\n")[1:] if line.strip()][:2]
    return bool(body) and body[0].lstrip().startswith("|") and bool(re.search(r"\|\s*[^|]*\d", body[0])) \
        and (len(body) == 1 or not body[1].lstrip().startswith("|"))


def _another_document(ctx: Ctx, cand: Answer) -> bool:
    """A document the plans cite is asked of ("Nghị định 56/2017 quy định quy trình … gồm mấy
    bước"): an answer that does not name it says what the citing plan does, not what the
    document says. The plan's header readers ("ban hành ngày nào", "căn cứ văn bản nào")
    answer about it by its number."""
    # (a circular, decree or resolution: never a plan itself; "Chỉ thị 28" may name the plan
    # that carries it out)
    numbers = [number for kind, number in ctx.q.reference_numbers if kind in ("tt", "nd", "nq")]
    return bool(numbers) and not cand.intent.startswith("plan_info") and \
        not any(re.search(rf"\b{number}\s*[/-]", cand.text) for number in numbers)


def _no_age_stated(ctx: Ctx, cand: Answer) -> bool:
    """An age asked ("trẻ em là người dưới bao nhiêu tuổi?") is not answered by a figure that
    states none: a rate whose label says "(tính đến 17 tuổi)" is dropped, as a figure of
    other years is for a year asked."""
    if cand.intent not in ("target", "compare"):
        return False
    cues = scorer.answer_type_cues(ctx.q.cue_text or ctx.q.norm, ctx.q.cues)
    if "age" not in cues:
        return False
    facts = [line.split(" — ")[0] if " — " in line else line
             for line in strip_html(_QUOTE_RE.sub(" ", _scored(cand))).split("\n")]
    return not any(scorer.stated_age(fold(f)) for f in facts if f.strip())


def _no_such_indicator(ctx: Ctx) -> Answer:
    """"chỉ tiêu 40 Hà Nội": the plans in scope have no such indicator; each numbered plan
    says how many it has, so the officer sees the number is wrong, not that the bot failed."""
    _ = ctx._
    lines = []
    for plan in ctx.scope[:3]:
        numbers = sorted(i.number for i in plan.indicators if i.number is not None)
        if numbers:
            lines.append(_("{plan}: no indicator {n}; the plan numbers its indicators {first}–{last}.",
                           plan=esc(plan_label(plan)), n=", ".join(map(str, ctx.q.indicators)),
                           first=numbers[0], last=numbers[-1]))
    if not lines:
        return _decline(ctx)
    return _decline(ctx, intent="no_such_indicator", message="\n".join(lines), with_topics=False)


def _no_figure_of_the_year(ctx: Ctx, cand: Answer) -> bool:
    """A figure asked for a year ("tỷ lệ … năm 2030 là bao nhiêu") is not answered by a
    passage that states neither a figure nor that year (a task about the same words): it is
    dropped, as a target of other years is."""
    if cand.intent != "passage" or not ctx.q.years:
        return False
    cues = scorer.answer_type_cues(ctx.q.cue_text or ctx.q.norm, ctx.q.cues)
    if "figure" not in cues:
        return False
    said = fold(_stated(_scored(cand)))
    # the year asked, said, is no figure either: "Luật Trẻ em năm 2016 có bao nhiêu điều"
    # is not answered by a passage that names the law
    return not scorer.states_figure(said)


_PERIOD_IN_TEXT_RE = re.compile(r"\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b")


def _other_indicator(ctx: Ctx, cand: Answer) -> bool:
    """The question names indicator 19 (or a follow-up keeps it): a figure stated of no named
    indicator (a passage's other target, another indicator's) is not its answer."""
    if not ctx.q.indicators or cand.intent not in ("target", "compare"):
        return False
    numbers = _indicators_in(_stated(_scored(cand)))
    return not numbers & set(ctx.q.indicators)


def _other_years_only(ctx: Ctx, cand: Answer) -> bool:
    """A figure for 2025 and 2030 is no answer to "năm 2027": a target candidate that states
    years, none of them asked, is dropped (the honest "no target for 2027; the plan sets
    2025 and 2030" of the indicator reader remains)."""
    if not ctx.q.years or cand.intent not in ("target", "compare"):
        return False
    stated = {int(y) for y in _YEAR_IN_TEXT_RE.findall(_stated(_scored(cand)))}
    return bool(stated) and not stated & set(ctx.q.years)


_INDICATOR_IN_TEXT_RE = re.compile(r"\b(?:chi tieu|indicator)s?\s+(\d{1,3})\b")
# "Chỉ tiêu 2.5": a target numbered within its section is indicator 5 (folding reads "2 5")
# … and "Chỉ tiêu CT-07", a target coded so, indicator 7 ("PT26/07": the code with its year)
_SECTION_LABEL_RE = re.compile(r"\b(Chỉ tiêu|chỉ tiêu|Indicator|indicator)(s?)\s+(?:\d{1,2}\.|[A-ZĐ]{1,4}(?:\d{2})?[-/])(\d{1,3})\b(?![.,]\d)")


def _indicators_in(text: str) -> set[int]:
    """The indicator numbers a reply's own words name ("Chỉ tiêu 14", "Chỉ tiêu 2.5" → 5)."""
    text = _SECTION_LABEL_RE.sub(lambda m: f"{m.group(1)}{m.group(2)} {m.group(3)}", text)
    return {int(n) for n in _INDICATOR_IN_TEXT_RE.findall(normalize(text))}


_QUOTE_RE = re.compile(r"«[^»]*»")


def _stated(text: str) -> str:
    """The answer's own words: without its verbatim quotes and its source lines."""
    kept = [line for line in strip_html(_QUOTE_RE.sub(" ", text)).split("\n")
            if not normalize(line).startswith(("nguon", "source"))]
    return " ".join(kept)


def _scored(cand: Answer) -> str:
    """The text a candidate is judged by: its reply, less what only says where it stands (a
    passage's heading shown above it, ``scored_text``)."""
    return getattr(cand, "scored_text", None) or cand.text


def _evidence_text(text: str) -> str:
    return " ".join(line for line in strip_html(text).split("\n")
                    if not normalize(line).startswith(("nguon", "source")))


# words that ask for a date, of any answer that states one
_WHEN_WORDS = ("khi nao", "bao gio", "ngay nao", "thang nao", "tu ngay", "den ngay", "luc nao", "thoi gian",
               "vao thoi gian", "vao ngay", "vao thang", "vao luc", "vao nam nao", "nam nao")
_CUES_OF_KIND = {"deadline": vocab.DEADLINE_CUES + _WHEN_WORDS + vocab.DEADLINE_ASKING, "lead": vocab.LEAD_CUES, "contact": vocab.CONTACT_CUES,
                 "agency_tasks": vocab.TASK_CUES, "agency_indicators": vocab.AGENCY_INDICATOR_CUES,
                 # (… and "in total", "contain": how a count is asked, no topic of its own)
                 "count": vocab.COUNT_CUES + ("tong so", "tong cong", "contain", "contains", "altogether"), "signer": vocab.SIGNER_CUES, "about": vocab.ABOUT_CUES,
                 **{kind: vocab.PLAN_INFO_CUES + _WHEN_WORDS
                    for kind in ("plan_info", "plan_info_date", "plan_info_number", "plan_info_refs")},
                 # how long a plan runs: "khi nào kết thúc", "bắt đầu", "kéo dài đến năm nào"
                 "plan_info_period": vocab.PLAN_INFO_CUES + _WHEN_WORDS + ("ket thuc", "bat dau", "keo dai"),
                 # "kinh phí … bao nhiêu" asks an amount as "hạn" asks a date; what the amount is of
                 # ("tổng", "dự kiến", "ngân sách tỉnh") stays the subject to cover
                 "funding": vocab.BUDGET_WORDS[:1] + ("tien", "bo tri", "phan bo", "budget", "budgets", "funding",
                                                      "cost", "costs", "how much",
                                                      # where the money comes from is asked so
                                                      "nguon", "lay", "dau", "money", "come", "comes", "from",
                                                      "where", "sources", "source", "funded"),
                 # "tổ chức vào thời gian nào", "held": when a campaign is held is its dates; "ở
                 # đâu", "where": where its launch is held
                 **{kind: vocab.CAMPAIGN_CUES + _WHEN_WORDS + ("to chuc", "held", "hold", "organise", "organize", "how long",
                                                               "o dau", "tai dau", "dia diem", "where", "venue", "location")
                    for kind in ("campaign", "campaign_dates", "campaign_theme", "campaign_slogans")},
                 # "bao lâu một lần", "how often": the answer states how often, in other words
                 "frequency": ("lau", "lan", "often", "frequently", "times", "tan suat")}


@lru_cache(maxsize=None)
def _asking_words(kind: str) -> frozenset[str]:
    return frozenset(w for cue in _CUES_OF_KIND.get(kind, ()) for w in cue.split())



def _accent_collisions(ctx: Ctx, cand: Answer, subject: list[str]) -> set[str]:
    """The words of ``subject`` the question typed with their accents ("lương", "đuối") that
    the answer's evidence has only with other accents ("lượng", "dưới"). Empty for a scanned
    plan, whose text lost its accents."""
    typed = {k: w for k, w in typed_accents(ctx).items() if k in subject}
    if not typed or any(ctx.idx.by_slug[s].ocr for s in cand.plans if s in ctx.idx.by_slug):
        return set()
    return accent_collisions(typed, _evidence_text(_scored(cand)))


# the share of the rarest word's idf from which a word sets a question apart ("còi", "tiêm"):
# a share, so that it holds at 5 plans as at 200
_RARE_SHARE = 0.7


# the words a question asks who proposed a plan with (folded), English as typed
_PROPOSER_WORDS = frozenset("nop de nghi to trinh du thao soan proposal proposals proposed propose submitted submit "
                            "submits submission drafted draft".split())

_PLAN_LEVEL_KINDS = frozenset(("count", "plan_info", "plan_info_number", "plan_info_date", "plan_info_period",
                               "plan_info_refs", "signer", "list_plans", "funding", "deadline"))


# what an office does or leads: of a one-year plan, its year's without saying it (a passage or
# a figure of that plan still has to state the year asked)
_OFFICE_KINDS = frozenset(("agency_tasks", "agency_indicators", "lead"))

_TOPIC_MARKERS = frozenset(("ve", "about", "on", "for"))
_PLAN_MARKERS = frozenset(("trong", "theo", "thuoc", "voi", "cua", "in", "under", "of"))


def _title_runs(ctx: Ctx, slugs: tuple[str, ...], introduced: bool = False) -> frozenset[str]:
    """The question's words that name one of the plans ``slugs`` by its title: runs of three
    or more words read in that order in the title ("chương trình hành động vì trẻ em"), unless
    the run follows "về"/"about" — "chỉ tiêu về bảo vệ trẻ em" names a topic, though the
    title holds it too. ``introduced``: only runs that follow "trong"/"theo"/"in"/"under"
    ("Sở Tài chính làm gì trong chương trình hành động vì trẻ em"), for answers about
    something in the plan, whose topic words a title may share."""
    tokens = ctx.q.norm.split()
    if introduced and _PLAN_MARKERS.isdisjoint(tokens):
        return frozenset()
    memo = getattr(ctx, "_title_runs", None)
    if memo is None:   # once per question and plan: every candidate asks it, of its plans
        memo = {}
        object.__setattr__(ctx, "_title_runs", memo)
    titles = ctx.idx.derived.setdefault("title_norms", {})   # slug → " folded title "
    out: set[str] = set()
    for slug in slugs:
        hit = memo.get((slug, introduced))
        if hit is None:
            plan = ctx.idx.by_slug.get(slug)
            if plan is not None and slug not in titles:
                titles[slug] = f" {normalize(plan.title or '')} "
            hit = memo[(slug, introduced)] = _runs_in(tokens, titles.get(slug, ""), introduced)
        out |= hit
    return frozenset(out)


def _plan_years(ctx: Ctx, slugs) -> set[int]:
    """The years plans ``slugs`` are known by: those of a one-year plan's period, and those
    their titles name ("Kế hoạch thực hiện công tác trẻ em năm 2027")."""
    out: set[int] = set()
    for slug in slugs:
        plan = ctx.idx.by_slug.get(slug)
        if plan is None:
            continue
        if plan.period_start is not None and plan.period_start == plan.period_end:
            out.add(plan.period_start)
        out |= {int(y) for y in _YEAR_IN_TEXT_RE.findall(plan.title or "")}
    return out


def _runs_in(tokens: list[str], title: str, introduced: bool) -> frozenset[str]:
    """The words of ``tokens`` in runs of three or more read in ``title`` (see ``_title_runs``)."""
    out: set[str] = set()
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and f" {' '.join(tokens[i:j + 1])} " in title:
            j += 1
        before = tokens[i - 1] if i else ""
        if j - i >= 3 and (before in _PLAN_MARKERS if introduced else before not in _TOPIC_MARKERS):
            out.update(tokens[i:j])
        i = max(j, i + 1)
    return frozenset(out)


# the share of the rarest word's idf under which a word is the genre's own ("trẻ em": 0.06)
_GENRE_SHARE = 0.1


def _feature_vector(ctx: Ctx, cand: Answer) -> dict[str, float]:
    q = ctx.q
    shown = _scored(cand)
    stated = _stated(shown)
    norm = normalize(stated)
    years = {int(y) for y in _YEAR_IN_TEXT_RE.findall(stated)}
    numbers = _indicators_in(stated)
    # a plan-level fact asked of "UBND tỉnh" names the documents' author, no office to find
    # (of the plans in scope: "xây dựng kế hoạch" of Yên Bái names no Sở Xây dựng of Hà Nội)
    agencies = [] if cand.intent.startswith("plan_info") and q.agencies and _issuer_only(q) \
        else list(dict.fromkeys(normalize(m.name) for m in _agency_scope(ctx)))
    # how much of the question the answer's evidence (quotes included) covers
    # how much of the question's subject the answer's evidence (quotes included) covers: the
    # words that only ask for this kind of answer ("hạn", "chủ trì", "số điện thoại") are no
    # subject, and a question all slots ("chỉ tiêu 2 Quảng Ninh") leaves no word uncovered
    # (nor do the words framing what is asked, "quy định", "yêu cầu", "đóng góp": weighed
    # little, they name no topic an answer must cover — "chỉ tiêu 18 quy định gì")
    framing = _framing_words(q)
    subject = [t for t in q.terms if t not in _asking_words(cand.intent) and t not in framing]
    if cand.intent == "plan_info" and scorer.PROPOSER_ASKED_RE.search(q.cue_text or q.norm):
        # "which agency submitted the proposal": the words asking who proposed it ask, no topic
        subject = [t for t in subject if t not in _PROPOSER_WORDS]
    if cand.intent in _PLAN_LEVEL_KINDS:
        # a fact of the plan as a whole: the words of its title name the plan, they ask
        # nothing ("Chương trình hành động vì trẻ em Cần Thơ … có bao nhiêu chỉ tiêu?")
        naming = _title_runs(ctx, tuple(cand.plans))
        # nor do the genre's own words ("kế hoạch trẻ em của Phú Thọ"): every plan is for children
        # (a count keeps them: "mấy chỉ tiêu về bảo vệ trẻ em" names a goal by them)
        subject = [t for t in subject if t not in naming
                   and not (t in _LEVEL_WORDS and cand.intent.startswith("plan_info")) and (cand.intent == "count" or
                                                              ctx.idx.weight(t) >= _GENRE_SHARE * ctx.idx.max_idf)]
    elif cand.plans:
        # "… làm gì trong chương trình hành động vì trẻ em": the title after "trong" names
        # the plan the answer is from, it is no topic to cover
        naming = _title_runs(ctx, tuple(cand.plans), introduced=True)
        subject = [t for t in subject if t not in naming]
        if cand.intent in ("agency_tasks", "agency_indicators") and \
                all(ctx.idx.weight(t) < _GENRE_SHARE * ctx.idx.max_idf for t in subject):
            # "Sở Tài chính làm gì trong ct trẻ em": the office named is what is asked of; the
            # genre's own words ("trẻ em") name no part of its duties to cover
            subject = []
    evidence_doc = make_doc("", "", _evidence_text(shown))
    # a word typed with accents that the answer has only with other accents is not covered
    # ("ngân sách tỉnh đóng góp bao nhiêu" asks the province's share: "đóng" is no "đồng" the
    # answer lacks)
    collided = _accent_collisions(ctx, cand, subject)
    cov = ctx.cov(evidence_doc, [t + "~" if t in collided else t for t in subject]) if subject else 1.0
    # the rarest word of the question is what sets it apart ("lương", "đuối nước"): an answer
    # that covers the rest but not it is most often about something else
    key = max(subject, key=ctx.idx.weight) if subject else None
    key_miss = key is not None and ctx.cov(evidence_doc, [key]) < 0.5
    # words every indicator has ("trẻ", "người", "dưới", "tuổi") cannot pick one out: the
    # rarer the question's rarest word, the more its answer can be told from the others
    vague = max(0.0, 1.0 - ctx.idx.weight(key) / (_RARE_SHARE * ctx.idx.max_idf)) if key is not None else 0.0
    accent_miss = bool(collided)
    cues = scorer.answer_type_cues(q.cue_text or q.norm, q.cues)
    first_line = fold(strip_html(shown).split("\n", 1)[0])
    # a target asked by its code ("chỉ số 2.1.2", "YT-3") and no number: the answer states
    # that code, or is about another (None: no code asked, or a number asked as well)
    labelled = _states_coded(ctx, stated) if not q.indicators else None
    # "kế hoạch trẻ em năm 2027 … có bao nhiêu chỉ tiêu": the year names the plan (its
    # period, its title); a fact of the plan as a whole need not state it
    # "giảm bao nhiêu điểm so với năm 2025": the year a change starts from is not asked
    asked_years = set(q.years) - baseline_years(q.norm, q.years)
    # … and of a one-year plan ("Kế hoạch năm 2027"), every fact is that year's: an office's
    # part in its Action Month need not say "2027" (round 155)
    one_year = bool(cand.plans) and all((p := ctx.idx.by_slug.get(slug)) is not None and p.period_start is not None
                                        and p.period_start == p.period_end for slug in cand.plans)
    naming_year = (cand.intent in _PLAN_LEVEL_KINDS or one_year and cand.intent in _OFFICE_KINDS) and bool(q.years) \
        and set(q.years) <= _plan_years(ctx, cand.plans)
    evidence = scorer.Evidence(
        kind=cand.intent if cand.intent in scorer.KINDS else "passage",
        strength=cand.confidence,
        coverage=cov,
        indicator_fit=bool(q.indicators) and bool(numbers & set(q.indicators)) or labelled is True,
        indicator_miss=bool(q.indicators) and not numbers & set(q.indicators) or labelled is False,
        year_fit=bool(asked_years) and bool(years & asked_years),
        year_miss=bool(asked_years) and not years & asked_years and not naming_year,
        agency_fit=bool(agencies) and any(a in norm for a in agencies),
        agency_miss=bool(agencies) and not any(a in norm for a in agencies),
        plans=len(cand.plans),
        usual=getattr(cand, "usual", False),
        key_miss=key_miss,
        accent_miss=accent_miss,
        vague=vague,
        type_miss=scorer.type_missing(cues, fold(stated), first_line) or getattr(cand, "none_stated", False),
        uncovered=min(6.0, (1.0 - cov) * len(set(subject))) / 6.0,
    )
    unknown = [t for t in q.terms if t not in ctx.idx.vocabulary]
    return scorer.features(evidence, cues=cues,
                           plan_named=ctx.explicit, unknown_share=len(unknown) / max(len(q.terms), 1),
                           # (a campaign named is the subject of a question about it, as a
                           # topic's words are: "When does X hold its Action Month?" is no short one)
                           terms=len(q.terms) + bool(q.campaign and cand.intent.startswith("campaign")),
                           english=bool(ctx.soft) or ctx.lang == "en")


# "bao nhiêu huyện", "how many children" (folded, English rendered): the thing counted
# (English puts what is counted after its adjectives, "how many mountainous districts";
# Vietnamese right after "bao nhiêu": "bao nhiêu đại biểu trẻ em" counts delegates)
_COUNTED_ASKED_RE = re.compile(r"\b(?:(?:bao nhieu|bn|so luong)\s+|how many\s+(?:\w+\s+){0,2}?)(tre em|tre|huyen|xa|phuong|truong|"
                               r"lop|be boi|be|co so|cap|vu|diem|cau lac bo|mo hinh|thon|ban)\b")


# a rate asked (folded): "tỷ lệ …", "tỷ suất …", "what rate", "percentage"
_RATE_ASKED_RE = re.compile(r"\b(?:ty le|ty suat|rate|percentage|phan tram)\b")


def _counts_another_thing(norm: str, cand: Answer) -> bool:
    """The question counts one thing ("bao nhiêu huyện miền núi", "how many children … taught
    to swim") and a figure answer's fact counts another: its label is "Số <other thing>" ("Số
    cặp tảo hôn …", "Số bể bơi …") and no figure of its fact is of the thing asked ("11
    huyện"). A rate ("Tỷ lệ trẻ em …") is the plans' own way of counting: never another thing."""
    rate, counted_asked = _RATE_ASKED_RE.search(norm), _COUNTED_ASKED_RE.search(norm)
    # ("bao nhiêu xã có tỷ lệ tiêm chủng trên 95%": communes counted, the rate is their mark)
    if cand.intent == "target" and rate and not (counted_asked and counted_asked.start() < rate.start()):
        # "tỷ lệ tiêm chủng năm 2030" of a plan whose 2030 figure counts communes ("120 xã đạt
        # chuẩn"): a count is no rate
        text = strip_html(_scored(cand))
        head = fold(text.split("\n", 1)[0]).lower()
        # (… unless a line of it gives a share: "150 trẻ em đại biểu" over "• … ít nhất 50%")
        if " — " in head and not re.search(r"\d\s*[%‰]", text.replace("«", "\n«").split("\n«")[0]):
            fact, label = head.split(" — ", 1)
            if re.search(r"\d\s+[a-z]", fact) and not re.search(r"[%‰]|/\s*1", fact) \
                    and not label.strip().startswith(("ty le", "ty suat")):
                return True
    asked = counted_asked if cand.intent in ("target", "passage", "compare") else None
    if not asked:
        return False   # (most questions: the reply's first line is not read)
    first_line = fold(strip_html(_scored(cand)).split("\n", 1)[0])
    if " — " not in first_line:
        return False
    noun = asked.group(1)
    fact, label = first_line.lower().split(" — ", 1)
    if re.search(rf"\d[\d.,]*\s*{noun}\b", fact):
        return False
    counted = re.match(r"\s*so (\w+)", label)
    return counted is not None and not label.strip().startswith(f"so {noun}") and counted.group(1) != noun.split()[0]


def _states_coded(ctx: Ctx, stated: str) -> bool | None:
    """Whether ``stated`` names a target the question asks by its code ("chỉ số 2.1.2",
    "YT-3", "GĐ1-06"): by that code, or by the number the plan gives it ("Chỉ tiêu 6").
    ``None`` when the question asks no code a plan in scope labels a target with ("plan-138",
    "phụ lục 01" are no codes)."""
    codes = {label_key(label) for goal, label in ctx.q.labels if goal is None}
    asked = [i for p in ctx.scope for i in p.indicators if i.label and label_key(i.label) in codes] if codes else []
    if not asked:
        return None
    keyed = label_key(stated)
    numbers = _indicators_in(stated)
    return any(re.search(rf"(?<![\w.-]){re.escape(label_key(i.label))}(?![\w-]|\.\d)", keyed)
               or i.number is not None and i.number in numbers for i in asked)


def _r_list_plans(ctx: Ctx):
    yield _h_list_plans(ctx), True


def _r_signer(ctx: Ctx):
    yield _h_signer(ctx), True


def _r_numbered(ctx: Ctx):
    found = _numbered_indicators(ctx)
    if found:
        usual = _indicator_intent(ctx)
        for intent in ("target", "lead", "about"):
            yield _render_indicators(ctx, found, intent, 0.95), intent == usual
    elif ctx.q.cues & {"lead", "partner"}:
        goal = _goal_indicators(ctx)   # "ai chủ trì các chỉ tiêu của Mục tiêu 1?"
        if goal:
            yield _render_goal_leads(ctx, goal), True


def _r_topic(ctx: Ctx):
    if ctx.q.indicators:
        return
    if ctx.q.campaign and ctx.q.terms and set(ctx.q.terms) <= CAMPAIGN_COMMON_WORDS:
        # "ai chủ trì Tháng hành động vì trẻ em": "trẻ em" of the campaign's name is no topic
        # (every indicator has it: the first would be answered with full coverage)
        return
    hit = _topic_indicators(ctx) or _two_topics(ctx)
    if hit:
        found, best = hit
        usual = _indicator_intent(ctx)
        for intent in ("target", "lead", "about"):
            yield _render_indicators(ctx, found, intent, best), intent == usual


_JOINER_RE = re.compile(r"\b(?:va|and|cung|voi)\b")
_OFFICE_NAMES: dict = {}     # per knowledge base: the offices' names, folded, space-bounded


def _two_topics(ctx: Ctx):
    """Two topics asked together of who leads or partners them ("chỉ tiêu thấp còi và tiêm
    chủng do sở nào chủ trì?", "which department leads the stunting and immunisation
    targets?", round 168): each half's words find its own indicator; ``([(plan, indicator)…],
    coverage)`` of both, the lower coverage, or None when the question is not so or either
    half finds none. Only a role is asked so: two figures are two questions."""
    q = ctx.q
    if not ({"lead", "partner"} & q.cues) or len(q.terms) < 2:
        return None
    words = q.norm.split()
    joins = [k for k, w in enumerate(words) if _JOINER_RE.fullmatch(w)]
    # (an office's name holds its own "và": "Culture and Sports Department", read "văn hóa
    # and thể thao", joins no topics)
    named = [f" {normalize(m.name)} " for m in q.agencies]
    office_words = {w for name in named for w in name.split()}
    offices = per_knowledge_base(_OFFICE_NAMES, ctx.idx, lambda idx: frozenset(
        f" {normalize(a.name)} " for a in idx.agencies))
    for k in joins:
        if 0 < k < len(words) - 1 and any(f" {words[k - 1]} va {words[k + 1]} " in n for n in offices):
            continue
        before, after = set(words[:k]), set(words[k + 1:])
        left = [t for t in q.terms if t in before and t not in after and t not in office_words]
        right = [t for t in q.terms if t in after and t not in before and t not in office_words]
        if not left or not right:
            continue
        # (each half read alone, its words and its text: a measure the other half names
        # — "thấp còi" — filters out no indicator of this one)
        halves = ((left, " ".join(words[:k])), (right, " ".join(words[k + 1:])))
        hits = [_topic_indicators(Ctx(dataclasses.replace(q, terms=part, norm=norm, cue_text=norm), ctx.idx, ctx.lang,
                                      ctx.scope, ctx.explicit, ctx.soft, ctx.english)) for part, norm in halves]
        if all(hits) and all(len(h[0]) <= len(ctx.scope) for h in hits):
            found = [pi for h in hits for pi in h[0]]
            if len({id(ind) for _p, ind in found}) == len(found):
                return found, min(h[1] for h in hits)
    return None


def _r_count(ctx: Ctx):
    yield _h_count(ctx), True
    yield _h_count_topic(ctx), False


def _agency_part_in_campaign(ctx: Ctx) -> bool:
    """Whether an office the question names has a part of its own in the section of the
    campaign it names ("III. TỔ CHỨC THÁNG HÀNH ĐỘNG …" › "d) Sở Khoa học và Công nghệ: …")."""
    q = ctx.q
    if not q.agencies or q.campaign is None:
        return False
    named = {(m.plan, m.key) for m in q.agencies}
    return any((plan.slug, task.agency) in named and q.campaign in normalize(task.section)
               for plan in ctx.scope for task in plan.tasks)


def _r_campaign(ctx: Ctx):
    asked = campaign_part(ctx.q)
    leads = ("lead" in ctx.q.cues or "who" in ctx.q.cues) and asks_about_campaign(ctx.q)
    # "who organises the Action Month", "ai tổ chức …": "who" read from the words, as the
    # scorer reads it — the campaign's lead when its plan names one, its card when not
    # (a report's "nộp cho ai, hạn ngày nào" asks its recipient and deadline)
    who = not leads and asks_about_campaign(ctx.q) and not deadline_asked(ctx) and \
        "who" in scorer.answer_type_cues(ctx.q.cue_text or ctx.q.norm, ctx.q.cues)
    found = _h_campaign_lead(ctx) if leads or who else None
    if leads or who:
        # "ai chủ trì Chiến dịch Hè an toàn?": who leads the campaign, as its plan says — the
        # reading the words ask for, before the campaign's own facts; a question about a
        # campaign only ("kế hoạch do sở nào trình" asks no campaign's lead)
        yield found, True
    # "hạn chót báo cáo kết quả Tháng hành động": a deadline asked of the campaign is the
    # deadline reader's, which comes later in the old order
    usual = "campaign" in ctx.q.cues and not deadline_asked(ctx) and not leads and not (who and found)
    if asked == "all" and _agency_part_in_campaign(ctx):
        # "Liên đoàn Lao động tổ chức chương trình gì trong Tháng hành động": the office's own
        # part of the campaign's section is the reading, not the campaign's card (round 155)
        usual = False
    if asked == "all" and "figure" in scorer.answer_type_cues(ctx.q.cue_text or ctx.q.norm, ctx.q.cues):
        # "Tháng hành động … mỗi năm trao ít nhất bao nhiêu suất quà": a figure of what is done
        # in it, which its card (dates, theme) does not give; the reading is the words'
        usual = False
    # a campaign named by its name ("chiến dịch hè …", "summer drowning-prevention campaign")
    # and one of its parts asked ("run", "ở đâu"): that part is the reading the words ask for
    named = ctx.q.campaign is not None and asked != "all" and not deadline_asked(ctx)
    for part in PARTS:
        if part in ("venue", "launch") and asked != part or part == "all" and asked in ("theme", "slogans", "venue", "launch"):
            continue   # the venue only when asked; a part asked is not answered by all the others
        yield _h_campaign(ctx, part), (usual or named) and part == asked


def _r_contact(ctx: Ctx):
    office = _h_contact_office(ctx)   # "đầu mối liên hệ là phòng nào": an office, not a number
    if office is not None:
        yield office, True
    if "contact" in ctx.q.cues:
        # (an office asked, none found: "đơn vị nào chỉ đạo Trung tâm … vận hành đường dây
        # nóng" is an agency's task, its number not the reading the words ask for)
        yield _h_contact(ctx), office is None and not contact_office_asked(ctx.q.norm)


def _r_deadline(ctx: Ctx):
    review = _h_review(ctx)   # "khi nào sơ kết, tổng kết": the reviews the plan dates
    yield review, review is not None
    yield _h_deadline(ctx), deadline_asked(ctx) and review is None


def _r_frequency(ctx: Ctx):
    # "bao lâu một lần", "how often": the clause stating how often is the reading asked
    found = _h_frequency(ctx)
    yield found, found is not None


def _r_agency(ctx: Ctx):
    matches = _agency_scope(ctx)
    if matches:
        q = ctx.q
        indicators = "agency_indicators" in q.cues or ("lead" in q.cues and has_phrase(q.norm, "chi tieu"))
        # "who works with the Health Department on the child abuse rate": the office named
        # leads the target asked about, and its partners are asked, not the office's own list
        usual = not _partners_of_its_target(ctx, matches) \
            and not scorer.PROPOSER_ASKED_RE.search(q.cue_text or q.norm)   # "theo tờ trình số mấy của Sở Y tế": the plan's proposal
        # "ai phối hợp với Trung tâm Y tế": the partners of what the office leads
        # (with a topic of its own named, that target's partners are: the topic reader's)
        partnered = any(_working_with(ctx, ctx.idx.by_slug[m.plan], m) for m in matches) and not _topic_indicators(ctx)
        yield _agency_indicators(ctx, matches), (indicators or partnered) and usual
        yield _agency_tasks(ctx, matches, require_match="tasks" not in q.cues), not indicators and usual


def _partners_of_its_target(ctx: Ctx, matches) -> bool:
    """Whether the question asks who partners an office (``matches``) on a target of its
    own that the question names by topic ("ai phối hợp với Sở Y tế về tỷ lệ trẻ em bị xâm
    hại"): a partner cue, and an indicator of the topic led by that office."""
    if "partner" not in ctx.q.cues or ctx.q.indicators or not ctx.q.terms:
        return False
    hit = _topic_indicators(ctx)
    keys = {(m.plan, m.key) for m in matches}
    # a target with no partners recorded: the office's own paragraph says whom it works with
    return bool(hit) and any((plan.slug, key) in keys and ind.partner_agencies
                             for plan, ind in hit[0] for key in ind.lead_agencies)


def _r_agency_mentions(ctx: Ctx):
    yield _agency_mentions(ctx), not _agency_scope(ctx)


def _r_plan_info(ctx: Ctx):
    # the part the question's words ask for takes the old reader's place ("usual")
    cues = scorer.answer_type_cues(ctx.q.cue_text or ctx.q.norm, ctx.q.cues)
    parts = [part for part, cue in (("refs", "refs"), ("number", "doc_number"), ("date", "issue_date"),
                                    ("period", "period_asked")) if cue in cues]
    if "doc_number" in cues and "when" in cues and "date" not in parts:
        parts.append("date")  # "số mấy, ngày nào?": the number and the date
    if parts and "signer" in ctx.q.cues:
        parts.append("signer")  # "… số mấy, ngày nào, ai ký?": the signer too, on the same line
    proposer = "proposer" in cues    # "theo tờ trình của sở nào": the card's
    if proposer:
        # "ban hành theo tờ trình số mấy": the proposal's number, on the card, not the plan's own
        parts = [p for p in parts if p not in ("number", "date")]
    asked = parts[0] if parts else "all"
    for part in PLAN_INFO_PARTS:
        yield (_h_plan_info(ctx, part, tuple(parts)),
               ("plan_info" in ctx.q.cues or asked != "all" or proposer) and part == asked)
    # "ai chủ trì thực hiện chương trình …": the plan's standing body
    yield _h_plan_lead(ctx), True


def _r_funding(ctx: Ctx):
    # an amount asked ("bao nhiêu", "ngân sách tỉnh …"), not where it comes from ("lấy từ đâu")
    yield _h_funding(ctx), "funding" in scorer.answer_type_cues(ctx.q.cue_text or ctx.q.norm, ctx.q.cues) \
        and asks_amount(ctx.q.cue_text or ctx.q.norm)
    yield _h_funding_sources(ctx), True   # (None unless where the money comes from is asked)


def _r_goal(ctx: Ctx):
    if ctx.q.cues & {"lead", "partner", "tasks"} or ctx.q.agencies:
        return   # a goal's own words name no office: "ai chủ trì Mục tiêu 1?" is no "Mục tiêu 1 là gì?"
    # "Nhóm IV gồm những chỉ tiêu nào": the goal's list of indicators is what is asked
    yield _h_goal(ctx), "agency_indicators" in ctx.q.cues


def _r_passage(ctx: Ctx):
    yield _h_passage(ctx), True


# Readers in the order the engine used to try them, first match winning: that order, long
# tuned on real questions, survives as one piece of evidence (the feature "usual"), no more.
_READERS = (_r_list_plans, _r_signer, _r_numbered, _r_count, _r_campaign, _r_contact,
            _r_deadline, _r_frequency, _r_agency, _r_agency_mentions, _r_plan_info, _r_topic, _r_funding, _r_passage, _r_goal)
