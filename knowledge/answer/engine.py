"""The answering engine: an officer's question in, a cited answer (or an honest "not found") out.

``answer(question, kb, lang=, plan=)`` parses the question (``knowledge.query``), routes it to
the handler of its intent (who leads an indicator, its targets, an agency's tasks, deadlines,
hotlines, the Action Month, comparisons, counts), and falls back to the best matching
passage. Every fact comes from the knowledge base and is cited with its plan and section.
When the plan is ambiguous each plan that has the fact is answered, labelled. When nothing
matches well enough the reply says so and offers the closest topics as suggestions.

No Telegram imports here: the handler turns ``Answer.suggestions`` into buttons.
"""

from __future__ import annotations

import logging
import re
from dataclasses import asdict, dataclass, field

from knowledge.answer import scorer
from knowledge.answer.words import normalize_lang, translator
from knowledge.answer.format import (
    clip, esc, fit, fmt_deadline_date, fmt_target, fmt_year, indicator_name, iso_date,
    plan_label, short_topic, source_line, strip_html,
)
from knowledge import vocab
from knowledge.index import Doc, Index, index_for, make_doc
from knowledge.query import Query, has_phrase, parse
from knowledge.text import normalize, words

log = logging.getLogger(__name__)

# Acceptance thresholds (share of the question's weighted key terms a match must cover).
TOPIC_THRESHOLD = 0.62
PASSAGE_THRESHOLD = 0.72
TASK_THRESHOLD = 0.6


@dataclass
class Answer:
    text: str
    answered: bool
    sources: list[dict] = field(default_factory=list)
    confidence: float = 0.0
    suggestions: list[str] = field(default_factory=list)
    intent: str = "none"
    plans: list[str] = field(default_factory=list)
    # what the question was about, for the next question of the chat ("còn năm 2030?"):
    # {"plans": [slug…], "indicators": [n…], "years": [y…]}
    slots: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Ctx:
    q: Query
    idx: Index
    lang: str
    scope: list            # Plan records the question is about
    explicit: bool         # the question itself named the plan(s)
    soft: frozenset = frozenset()   # English words the documents do not know (weigh little)

    def cov(self, doc, terms: list[str] | None = None) -> float:
        return self.idx.coverage(self.q.terms if terms is None else terms, doc, self.soft)

    @property
    def _(self):
        return translator(self.lang)


def plan_choices(kb) -> list[tuple[str, str]]:
    """(slug, label) of every plan, for the /plan picker: ``("hn-kh138-2021", "Hà Nội · Kế hoạch 138/KH-UBND")``."""
    idx = index_for(kb)
    out = []
    for plan in idx.plans:
        label = plan_label(plan)
        if plan.period and plan.period not in label:
            label += f" ({plan.period})"
        out.append((plan.slug, label))
    return out


def answer(question: str, kb, *, lang: str = "vi", plan: str | None = None,
           context: dict | None = None) -> Answer:
    """Answer ``question`` from ``kb``; ``plan`` is the chat's default plan slug; ``context``
    the ``slots`` of the chat's previous answer, so a follow-up ("còn năm 2030?", "thế còn
    Cần Thơ?", "ai chủ trì?") keeps its plan, indicator and year."""
    lang = normalize_lang(lang)
    try:
        return _answer(question if isinstance(question, str) else "", kb, lang, plan, context)
    except Exception:  # a reply is always better than a crash in the chat
        log.exception("answer failed for %r", question)
        _ = translator(lang)
        return Answer(_("Sorry, I could not process this question. Please rephrase it."), False,
                      intent="error")


# ------------------------------------------------------------------------------ routing

def _answer(question: str, kb, lang: str, default_plan: str | None, context: dict | None = None) -> Answer:
    ctx = _context(question, kb, lang, default_plan, context)
    if isinstance(ctx, Answer):
        return ctx
    result = _route(ctx)
    if result is None and default_plan and not ctx.explicit and len(ctx.scope) == 1:
        result = _route(Ctx(ctx.q, ctx.idx, lang, list(ctx.idx.plans), False, ctx.soft))
    result = result or _decline(ctx)
    if result.answered:
        numbers = ctx.q.indicators or sorted({int(n) for n in _INDICATOR_IN_TEXT_RE.findall(
            normalize(_stated(result.text)))})[:3]
        result.slots = {"plans": list(result.plans), "indicators": numbers, "years": list(ctx.q.years)}
    return result


_ENGLISH_WORDS = frozenset("""the what which who whom when where how is are was were does do did of in
for by to should must plan plans target targets indicator agency department children child
and with under from""".split())


def looks_english(text: str) -> bool:
    """An English question, whatever the chat's language: no Vietnamese letters and at least
    two common English words ("What is Can Tho's 2025 target for under-five mortality?")."""
    if any(ord(c) > 127 and c.isalpha() for c in text):
        return False
    return len([w for w in re.findall(r"[a-z]+", text.lower()) if w in _ENGLISH_WORDS]) >= 2


_FOLLOW_UP_RE = re.compile(r"^(?:con|the con|vay con|and|what about|how about|also)\b")


def _follow_up(q: Query, context: dict | None, idx: Index) -> None:
    """Fill what a short follow-up leaves out from the previous answer's slots: its
    indicator, its plan (kept beside a newly named one for "so sánh với Hà Nội"), its year."""
    if not context or q.agencies or len(q.terms) > 2 and not _FOLLOW_UP_RE.match(q.norm):
        return
    if not (q.years or q.plans or q.cues or _FOLLOW_UP_RE.match(q.norm)):
        return
    known = [s for s in context.get("plans", []) if s in idx.by_slug]
    if not q.indicators and not q.goals:
        q.indicators = [int(n) for n in context.get("indicators", [])][:3]
    if not q.plans:
        q.plans = known
    elif "compare" in q.cues:
        q.plans = sorted(set(q.plans) | set(known))
    if not q.years and not q.cues & {"lead", "partner"}:
        q.years = [int(y) for y in context.get("years", [])]


def analyse(question: str, kb, *, lang: str = "vi") -> list[tuple[Answer, dict[str, float]]]:
    """Every candidate answer to ``question`` with its feature vector, before the scorer
    chooses (for fitting the scorer: ``knowledge.answer.fitting``). Empty when the question
    is declined before any reading (off topic, a place or a year no plan covers…)."""
    ctx = _context(question, kb, normalize_lang(lang), None)
    if isinstance(ctx, Answer):
        return []
    candidates, _fallbacks = _candidates(ctx)
    return [(cand, _feature_vector(ctx, cand)) for cand in candidates]


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
    if q.off_topic:
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

    if q.plans:
        scope, explicit = [idx.by_slug[s] for s in q.plans], True
    elif default_plan and default_plan in idx.by_slug:
        scope, explicit = [idx.by_slug[default_plan]], False
    else:
        scope, explicit = list(idx.plans), False
    ctx = Ctx(q, idx, lang, scope, explicit, soft)
    missing_year = _missing_campaign_year(ctx) or _missing_plan_year(ctx)
    if missing_year is not None:
        return missing_year
    absent = _absent_fact(ctx)
    if absent is not None:
        return absent
    return ctx


def _route(ctx: Ctx) -> Answer | None:
    """Every reading of the question competes: each reader proposes candidate answers, one
    calibrated score ranks them all (``knowledge.answer.scorer``); the best wins when its
    probability of being right reaches the shipped threshold. An honest "not in the plan"
    from a reader (no target for that year, no phone number for that office) is kept as the
    reply when no candidate is good enough."""
    candidates, fallbacks = _candidates(ctx)
    model = scorer.model()
    best = None
    for cand in candidates:
        cand.confidence = round(scorer.probability(_feature_vector(ctx, cand), model), 3)
        if best is None or cand.confidence > best.confidence:
            best = cand
    if best is not None and best.confidence >= model.threshold:
        return best
    if fallbacks:
        return fallbacks[0]
    if ctx.q.indicators and not any(i.number in ctx.q.indicators for p in ctx.scope for i in p.indicators):
        return _decline(ctx)  # a numbered indicator that no plan in scope has
    return None


def _candidates(ctx: Ctx) -> tuple[list[Answer], list[Answer]]:
    """(answers, honest declines) proposed by every reader for ``ctx``."""
    out: list[Answer] = []
    for reader in _READERS:
        for cand in reader(ctx):
            if cand is not None:
                out.append(cand)
    answers = [a for a in out if a.answered]
    seen, unique = set(), []
    for a in answers:  # two readings that say the same thing are one candidate
        if a.text not in seen:
            seen.add(a.text)
            unique.append(a)
    return unique, [a for a in out if not a.answered]


_YEAR_IN_TEXT_RE = re.compile(r"\b(?:19|20)\d\d\b")
_INDICATOR_IN_TEXT_RE = re.compile(r"\b(?:chi tieu|indicator)s?\s+(\d{1,3})\b")
_QUOTE_RE = re.compile(r"«[^»]*»")


def _stated(text: str) -> str:
    """The answer's own words: without its verbatim quotes and its source lines."""
    kept = [line for line in strip_html(_QUOTE_RE.sub(" ", text)).split("\n")
            if not normalize(line).startswith(("nguon", "source"))]
    return " ".join(kept)


def _evidence_text(text: str) -> str:
    return " ".join(line for line in strip_html(text).split("\n")
                    if not normalize(line).startswith(("nguon", "source")))


def _feature_vector(ctx: Ctx, cand: Answer) -> dict[str, float]:
    q = ctx.q
    stated = _stated(cand.text)
    norm = normalize(stated)
    years = {int(y) for y in _YEAR_IN_TEXT_RE.findall(stated)}
    numbers = {int(n) for n in _INDICATOR_IN_TEXT_RE.findall(norm)}
    agencies = [normalize(m.name) for m in q.agencies]
    # how much of the question the answer's evidence (quotes included) covers
    cov = ctx.cov(make_doc("", "", _evidence_text(cand.text))) if q.terms else 0.0
    evidence = scorer.Evidence(
        kind=cand.intent if cand.intent in scorer.KINDS else "passage",
        strength=cand.confidence,
        coverage=cov,
        indicator_fit=bool(q.indicators) and bool(numbers & set(q.indicators)),
        indicator_miss=bool(q.indicators) and not numbers & set(q.indicators),
        year_fit=bool(q.years) and bool(years & set(q.years)),
        year_miss=bool(q.years) and not years & set(q.years),
        agency_fit=bool(agencies) and any(a in norm for a in agencies),
        agency_miss=bool(agencies) and not any(a in norm for a in agencies),
        plans=len(cand.plans),
    )
    unknown = [t for t in q.terms if t not in ctx.idx.vocabulary]
    return scorer.features(evidence, cues=scorer.answer_type_cues(q.norm, q.cues),
                           plan_named=ctx.explicit, unknown_share=len(unknown) / max(len(q.terms), 1),
                           terms=len(q.terms), english=bool(ctx.soft) or ctx.lang == "en")


# ------------------------------------------------------------------------ years asked about

def _campaign_year(campaign) -> int | None:
    if campaign.start:
        return int(campaign.start[:4])
    m = re.search(r"\b(19|20)\d\d\b", campaign.name)
    return int(m.group(0)) if m else None


def _years_text(years) -> str:
    return ", ".join(str(y) for y in sorted(years))


def _missing_campaign_year(ctx: Ctx) -> Answer | None:
    """"Tháng hành động … năm 2023" when only the 2020 campaign is known: say so, never
    answer with the 2020 campaign."""
    q = ctx.q
    if not q.campaign or not q.years:
        return None
    campaigns = [c for p in ctx.idx.plans for c in p.campaigns]
    if not campaigns or any(_campaign_year(c) in q.years for c in campaigns):
        return None
    _ = ctx._
    return _decline(ctx, intent="no_such_year", with_topics=False, message=_(
        "The knowledge base has no plan for this campaign in {years}. It has: {names}.",
        years=_years_text(q.years), names=esc("; ".join(dict.fromkeys(c.name for c in campaigns)))))


def _missing_plan_year(ctx: Ctx) -> Answer | None:
    """A year outside the period of every plan in scope ("2040" for plans up to 2030):
    decline, naming the periods the plans do cover, unless the year is quoted in their text
    (a law "năm 2016"), in which case only a passage quoting it may answer."""
    q = ctx.q
    dated = [p for p in ctx.scope if p.period_start and p.period_end]
    if not dated:
        return None
    if q.period and not q.years:
        # "giai đoạn 2016-2020": a span no plan in scope overlaps has no plan to answer from
        if any(p.period_start <= q.period[1] and q.period[0] <= p.period_end for p in dated):
            return None
        _ = ctx._
        periods = "; ".join(f"{plan_label(p)} ({p.period})" for p in dated)
        return _decline(ctx, intent="no_such_year", with_topics=False, message=_(
            "No plan I have covers {years}, so I have no target for it. The plans cover: {periods}.",
            years=esc(f"{q.period[0]}–{q.period[1]}"), periods=esc(periods)))
    if not q.years:
        return None
    if any(p.period_start <= y <= p.period_end for p in dated for y in q.years):
        return None
    quoted = any(re.search(rf"\b{y}\b", passage.text) for p in ctx.scope for passage in p.passages
                 for y in q.years)
    if quoted and not q.indicators and not q.cues & {"count", "plan_info", "list_plans", "campaign"}:
        return None
    _ = ctx._
    periods = "; ".join(f"{plan_label(p)} ({p.period})" for p in dated)
    return _decline(ctx, intent="no_such_year", with_topics=False, message=_(
        "No plan I have covers {years}, so I have no target for it. The plans cover: {periods}.",
        years=_years_text(q.years), periods=esc(periods)))


# ------------------------------------------------------------------ facts the plans never hold

_STATISTIC_RE = re.compile(vocab.STATISTIC_RE)


def _any_phrase(norm: str, phrases) -> bool:
    return any(has_phrase(norm, p) for p in phrases)


def _absent_fact(ctx: Ctx) -> Answer | None:
    """A question asking for a kind of fact the plans never give — an official's name, a
    statistic about children, a budget amount — is declined, saying so: a related passage,
    the plan's header or an indicator count would be a confident wrong answer."""
    q, _ = ctx.q, ctx._
    norm = q.norm
    if "signer" not in q.cues and _any_phrase(norm, vocab.PERSON_ROLES) \
            and _any_phrase(norm, vocab.PERSON_NAME_CUES):
        return _decline(ctx, intent="absent_name", with_topics=False, message=_(
            "The plans do not give the names of officials (directors, heads of offices); "
            "they name only the agencies responsible."))
    if _STATISTIC_RE.search(norm) and not _any_phrase(norm, vocab.TARGET_WORDS) and not q.indicators \
            and "%" not in q.text:  # "bao nhiêu % trẻ em …" asks for a rate
        return _decline(ctx, intent="absent_statistic", message=_(
            "The plans do not give statistics such as the number of children; they set targets "
            "(mostly rates) and assign tasks."))
    if _any_phrase(norm, vocab.BUDGET_WORDS) and _any_phrase(norm, vocab.AMOUNT_CUES):
        return _decline(ctx, intent="absent_budget", with_topics=False, message=_(
            "The plans do not state a budget amount; they only say where the funding comes from."))
    asked = [word for word in vocab.IDENTIFIER_WORDS if has_phrase(norm, word)]
    plans = ctx.scope or ctx.idx.plans
    if asked and not any(has_phrase(normalize(passage.text), word)
                         for plan in plans for passage in plan.passages for word in asked):
        return _decline(ctx, intent="absent_identifier", with_topics=False, message=_(
            "The plans do not give bank accounts, e-mail addresses or websites; "
            "they give only the hotlines they list."))
    return None


def _has_year(plan, ind, year: int) -> bool:
    """Whether indicator ``ind`` sets a target for ``year`` (undated targets count for any
    year of the plan's period)."""
    if any(t.year == year for t in ind.targets) or re.search(rf"\b{year}\b", ind.text):
        return True
    if any(t.year for t in ind.targets):
        return False
    return bool(plan.period_start and plan.period_end and plan.period_start <= year <= plan.period_end)


def _no_target_for_year(ctx: Ctx, found: list) -> Answer:
    _ = ctx._
    lines = []
    for plan, ind in found:
        years = sorted({t.year for t in ind.targets if t.year})
        lines.append(_("{plan} — {indicator}: no target for {year}; the plan sets targets for {years}.",
                       plan=esc(plan_label(plan)), indicator=indicator_name(ind, ctx.lang),
                       year=_years_text(ctx.q.years),
                       years=_years_text(years) if years else esc(plan.period or "—")))
    return _decline(ctx, intent="no_such_year", with_topics=False, message="\n".join(lines))


# ----------------------------------------------------------------------------- helpers

def _plans_by_order(ctx: Ctx, slugs) -> list:
    slugs = set(slugs)
    return [p for p in ctx.idx.plans if p.slug in slugs]


def _agency_name(ctx: Ctx, plan, key: str) -> str:
    return ctx.idx.agency_names.get((plan.slug, key), key)


def _src(plan, section: str) -> dict:
    return {"plan": plan.slug, "section": section or "", "title": plan.title}


def _result(ctx: Ctx, lines: list[str], sources: list[dict], intent: str, confidence: float,
            suggestions: list[str] | None = None) -> Answer:
    seen, unique = set(), []
    for s in sources:
        key = (s["plan"], s["section"])
        if key not in seen:
            seen.add(key)
            unique.append(s)
    plans = []
    for s in unique:
        if s["plan"] not in plans:
            plans.append(s["plan"])
    return Answer(fit("\n".join(lines).strip()), True, unique, round(min(max(confidence, 0.0), 1.0), 3),
                  (suggestions or [])[:4], intent, plans)


def _wants_years(ctx: Ctx, targets) -> list:
    years = set(ctx.q.years)
    if not years:
        return list(targets)
    chosen = [t for t in targets if t.year in years]
    return chosen or list(targets)


def _indicator_doc(ctx: Ctx, plan, ind) -> Doc:
    extra = " ".join(f"{t.metric} {t.qualifier or ''}" for t in ind.targets)
    return ctx.idx.doc(plan.slug, ind.section, f"{ind.text} {extra} {ind.group or ''}", "indicator", ind)


def _pick_metrics(ctx: Ctx, ind) -> list:
    """The targets of ``ind`` the question asks about: the best-covered metric(s), its years."""
    if not ind.targets:
        return []
    metrics: dict[int, list] = {}
    for t in ind.targets:
        metrics.setdefault(t.metric_index, []).append(t)
    terms = ctx.q.terms
    if len(metrics) > 1 and terms:
        scored = []
        for idx_, ts in metrics.items():
            doc = make_doc("", "", " ".join(f"{t.metric} {t.qualifier or ''} {t.text}" for t in ts))
            scored.append((ctx.cov(doc, terms), idx_))
        best = max(s for s, _ in scored)
        if best > 0 and sum(1 for s, _ in scored if s >= best - 1e-9) < len(scored):
            metrics = {i: metrics[i] for s, i in scored if s >= best - 1e-9}
    chosen = []
    for ts in metrics.values():
        chosen.extend(_wants_years(ctx, ts))
    return chosen


def _target_facts(ctx: Ctx, ind) -> list[tuple[str, str]]:
    """(metric, "<b>đạt 98,5%</b> (2025)") per metric the question asks about; only the
    years asked when the question names one."""
    facts = []
    targets = [t for t in _pick_metrics(ctx, ind) if not getattr(t, "needs_review", False)]
    by_metric: dict[int, list] = {}
    for t in targets:
        by_metric.setdefault(t.metric_index, []).append(t)
    for ts in by_metric.values():
        parts = []
        for t in ts:
            year = fmt_year(t, ctx.lang)
            parts.append(f"<b>{fmt_target(t, ctx.lang)}</b>" + (f" ({year})" if year else ""))
        facts.append((ts[0].metric or "", "; ".join(parts)))
    return facts


def _decline(ctx: Ctx, intent: str = "not_found", message: str | None = None,
             with_topics: bool = True) -> Answer:
    _ = ctx._
    text = message or _("I did not find this in the plans I know.")
    suggestions = _closest_topics(ctx) if with_topics else []
    if suggestions:
        text += "\n" + _("Closest topics:") + "\n" + "\n".join(f"• {esc(s)}" for s in suggestions)
    else:
        suggestions = _starter_suggestions(ctx.idx, ctx.lang)
    return Answer(fit(text), False, [], 0.0, suggestions[:4], intent, [])


def _closest_topics(ctx: Ctx) -> list[str]:
    if not ctx.q.terms:
        return []
    scored = []
    for plan in ctx.scope:
        for ind in plan.indicators:
            cov = ctx.cov(_indicator_doc(ctx, plan, ind))
            if cov > 0.2:
                scored.append((cov, _topic_question(ctx, plan, ind)))
    scored.sort(key=lambda x: -x[0])
    out = []
    for _, s in scored:
        if s not in out:
            out.append(s)
    return out[:3]


def _topic_question(ctx: Ctx, plan, ind) -> str:
    _ = ctx._
    if ind.number is not None:
        return _("Indicator {n} {place}: {topic}", n=ind.number, place=plan.locality, topic=short_topic(ind, 50))
    return f"{short_topic(ind, 60)} ({plan.locality})"


def _starter_suggestions(idx: Index, lang: str) -> list[str]:
    _ = translator(lang)
    out = []
    for plan in idx.plans:
        if any(i.number == 14 for i in plan.indicators):
            out.append(_("Who leads indicator {n} in {place}?", n=14, place=plan.locality))
        if plan.campaigns:
            out.append(_("What is the theme of the {name}?", name=plan.campaigns[0].name))
    out.append(_("Child protection hotline"))
    return out[:4]


# ----------------------------------------------------------------------------- handlers

def _h_list_plans(ctx: Ctx) -> Answer | None:
    q = ctx.q
    if "list_plans" not in q.cues or q.indicators or q.agencies or ctx.explicit:
        return None
    _ = ctx._
    lines = [_("I know these {n} plans:", n=len(ctx.idx.plans))]
    sources = []
    for plan in ctx.idx.plans:
        period = f" ({esc(plan.period)})" if plan.period else ""
        lines.append(f"• <b>{esc(plan_label(plan))}</b>{period}: {esc(clip(plan.title, 150))}")
        sources.append(_src(plan, ""))
    return _result(ctx, lines, sources, "list_plans", 0.95)


def _h_signer(ctx: Ctx) -> Answer | None:
    """"Ai ký kế hoạch 138?": the signer under the signature block, and the issuer."""
    q = ctx.q
    if "signer" not in q.cues or q.indicators:
        return None
    _ = ctx._
    lines, sources = [], []
    for plan in ctx.scope:
        lines.append(f"<b>{esc(plan_label(plan))}</b>")
        if plan.signer:
            role = f" ({esc(plan.signer_role)})" if plan.signer_role else ""
            lines.append(_("Signed by: {name}", name=f"<b>{esc(plan.signer)}</b>") + role)
        elif plan.signer_role:
            lines.append(_("Signed by the {role}; the name is not legible in the document.",
                           role=esc(plan.signer_role)))
        else:
            lines.append(_("The document does not show who signed it."))
        if plan.issuer:
            lines.append(_("Issued by: {issuer}", issuer=esc(plan.issuer)))
        if plan.date:
            lines.append(_("Issued: {date}", date=iso_date(plan.date, ctx.lang)))
        section = _("signature block") if plan.signer or plan.signer_role else ""
        lines.append(source_line(plan, section, ctx.lang) if section else "")
        lines.append("")
        sources.append(_src(plan, section or _("document header")))
    result = _result(ctx, lines, sources, "signer", 0.9 if ctx.explicit else 0.7)
    if not any(p.signer for p in ctx.scope):
        result.answered, result.confidence = False, 0.0   # the issuer, but not who signed
    return result


def _h_plan_info(ctx: Ctx) -> Answer | None:
    q = ctx.q
    if not ctx.explicit or q.indicators or q.agencies:
        return None
    if q.terms and any(ctx.cov(_indicator_doc(ctx, p, i)) >= TOPIC_THRESHOLD
                       for p in ctx.scope for i in p.indicators):
        return None  # "… neonatal mortality target compare … for the period": a topic question
    _ = ctx._
    lines, sources = [], []
    for plan in ctx.scope:
        lines.append(f"<b>{esc(plan_label(plan))}</b>")
        lines.append(esc(clip(plan.title, 300)))
        if plan.date:
            lines.append(_("Issued: {date}", date=iso_date(plan.date, ctx.lang)))
        if plan.period:
            lines.append(_("Period: {period}", period=esc(plan.period)))
        if plan.issuer:
            lines.append(_("Issued by: {issuer}", issuer=esc(plan.issuer)))
        if plan.references:
            lines.append(_("Implements: {refs}", refs=esc("; ".join(plan.references))))
        lines.append("")
        sources.append(_src(plan, ""))
    return _result(ctx, lines, sources, "plan_info", 0.9)


def _indicator_intent(ctx: Ctx) -> str:
    q = ctx.q
    if "lead" in q.cues or "partner" in q.cues:
        return "lead"
    if "about" in q.cues and not q.years and not has_phrase(q.norm, "bao nhieu"):
        return "about"
    return "target"


def _numbered_indicators(ctx: Ctx) -> list:
    """(plan, indicator) for each indicator number the question names, in the plans in scope."""
    q = ctx.q
    if not q.indicators:
        return []
    scope = ctx.scope
    if "compare" in q.cues and len(scope) < 2:
        scope = list(ctx.idx.plans)
    found = []
    for n in q.indicators[:3]:
        for plan in scope:
            for ind in plan.indicators:
                if ind.number == n:
                    found.append((plan, ind))
                    break
    return found


def _render_indicators(ctx: Ctx, found: list, intent: str, confidence: float) -> Answer | None:
    if intent == "lead":
        return _render_lead(ctx, found, confidence)
    if intent == "target" and ctx.q.years:
        # a target for 2040 is not the 2030 target: keep what has the year, or say it is missing
        timely = [(p, i) for p, i in found if any(_has_year(p, i, y) for y in ctx.q.years)]
        if not timely:
            return _no_target_for_year(ctx, found)
        found = timely
    _ = ctx._
    lines, sources = [], []
    multi = len({p.slug for p, _i in found}) > 1
    for plan, ind in found:
        head = f"<b>{esc(plan_label(plan))} — {indicator_name(ind, ctx.lang)}</b>"
        facts = _target_facts(ctx, ind) if intent == "target" else []
        if facts:
            # the fact first (a phone's notification shows the first line), then where it is from
            (metric, value), rest = facts[0], facts[1:]
            first = value + (f" — {esc(clip(metric, 110))}" if metric else "")
            lines.extend([f"{head}: {first}"] if multi else [first, head])
            lines.extend(f"• {esc(clip(m, 120))}: {v}" if m else f"• {v}" for m, v in rest)
            lines.append(f"<i>«{esc(clip(ind.text, 260))}»</i>")
        else:
            lines.append(head)
            lines.append(f"«{esc(clip(ind.text, 420))}»")
        lines.append(source_line(plan, ind.section, ctx.lang))
        lines.append("")
        sources.append(_src(plan, ind.section))
    suggestions = _indicator_suggestions(ctx, found, intent)
    return _result(ctx, lines, sources, intent if intent != "target" or "compare" not in ctx.q.cues else "compare",
                   confidence, suggestions)


def _indicator_suggestions(ctx: Ctx, found: list, intent: str) -> list[str]:
    _ = ctx._
    out = []
    plan, ind = found[0]
    if ind.number is None:
        return out
    if intent != "lead":
        out.append(_("Who leads indicator {n} in {place}?", n=ind.number, place=plan.locality))
    if intent != "target":
        out.append(_("Indicator {n} {place} targets", n=ind.number, place=plan.locality))
    others = [p for p in ctx.idx.plans if p.slug != plan.slug and p.locality != plan.locality
              and any(i.number == ind.number for i in p.indicators)]
    if others and len({p.slug for p, _i in found}) == 1:
        out.append(_("Compare indicator {n} {a} and {b}", n=ind.number, a=plan.locality, b=others[0].locality))
    return out


def _leads_of(ctx: Ctx, plan, ind) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    """Lead and partner agency names of a numbered indicator, with the sentences they came from."""
    leads, partners, evidence = [], [], []
    for a in plan.assignments:
        if a.indicator != ind.number:
            continue
        name = _agency_name(ctx, plan, a.agency)
        bucket = leads if a.role == "lead" else partners
        if name not in bucket:
            bucket.append(name)
            # the lead's sentence is quoted first, whatever order the plan lists them in
            evidence.insert(len(leads) - 1 if a.role == "lead" else len(evidence),
                            (a.section, a.text))
    for key in ind.lead_agencies:
        name = _agency_name(ctx, plan, key)
        if name not in leads:
            leads.append(name)
    for key in ind.partner_agencies:
        name = _agency_name(ctx, plan, key)
        if name not in partners and name not in leads:
            partners.append(name)
    if not leads and not partners:
        for t in plan.tasks:
            if ind.number in t.indicators:
                name = _agency_name(ctx, plan, t.agency)
                bucket = partners if t.role == "partner" else leads
                if name not in bucket:
                    bucket.append(name)
                    evidence.append((t.section, t.text))
    partners = [p for p in partners if p not in leads]
    return leads, partners, evidence


def _render_lead(ctx: Ctx, found: list, confidence: float) -> Answer | None:
    _ = ctx._
    lines, sources = [], []
    answered_any = False
    for plan, ind in found:
        leads, partners, evidence = _leads_of(ctx, plan, ind)
        said = []
        if leads:
            answered_any = True
            said.append(_("Lead: {agencies}", agencies="<b>" + esc(", ".join(leads)) + "</b>"))
        if partners:
            answered_any = True
            said.append(_("In coordination with: {agencies}", agencies=esc(", ".join(partners))))
        if not leads and not partners:
            said.append(_("The plan names no lead agency for this indicator."))
        # the agency first, then which plan and indicator
        lines.append(said[0] + f" — {esc(plan_label(plan))}, {indicator_name(ind, ctx.lang)}")
        lines.extend(said[1:])
        lines.append(esc(clip(short_topic(ind, 80))))
        section = evidence[0][0] if evidence else ind.section
        if evidence:
            lines.append(f"<i>«{esc(clip(evidence[0][1], 220))}»</i>")
        lines.append(source_line(plan, section, ctx.lang))
        lines.append("")
        sources.append(_src(plan, section))
    if not answered_any:
        return None
    return _result(ctx, lines, sources, "lead", confidence, _indicator_suggestions(ctx, found, "lead"))


def _h_count(ctx: Ctx) -> Answer | None:
    q = ctx.q
    if "count" not in q.cues or q.agencies or q.indicators:
        return None
    _ = ctx._
    goals_asked = has_phrase(q.norm, "muc tieu") and not has_phrase(q.norm, "chi tieu") and not q.goals
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
                lines.append(f"<b>{esc(plan_label(plan))}</b>: " + _(
                    "Goal {g} ({title}) has {n} indicators.", g=g, title=esc(clip(goal.title, 90)), n=n))
                lines.append(source_line(plan, goal.section, ctx.lang))
                sources.append(_src(plan, goal.section))
        elif goals_asked:
            goals = [g for g in plan.goals if g.number is not None]
            if goals:
                lines.append(f"<b>{esc(plan_label(plan))}</b>: " + _("{n} goals", n=len(goals)) + ": "
                             + esc("; ".join(f"{g.number}. {clip(g.title, 60)}" for g in goals)))
                lines.append(source_line(plan, goals[0].section, ctx.lang))
                sources.append(_src(plan, goals[0].section))
        else:
            items = numbered or plan.indicators
            if not items:
                continue
            per_goal = {}
            for i in items:
                if i.goal is not None:
                    per_goal[i.goal] = per_goal.get(i.goal, 0) + 1
            detail = ", ".join(_("goal {g}: {n}", g=g, n=n) for g, n in sorted(per_goal.items()))
            lines.append(f"<b>{esc(plan_label(plan))}</b>: " + _("{n} indicators", n=len(items))
                         + (f" ({detail})" if detail else ""))
            section = items[0].section.split(" › ")[0] if items[0].section else ""
            lines.append(source_line(plan, section, ctx.lang))
            sources.append(_src(plan, section))
        lines.append("")
    if not sources:
        return None
    return _result(ctx, lines, sources, "count", 0.9)


def _campaign_part(q: Query) -> str:
    if any(has_phrase(q.norm, w) for w in ("khau hieu", "thong diep")):
        return "slogans"
    if has_phrase(q.norm, "chu de"):
        return "theme"
    if any(has_phrase(q.norm, w) for w in ("dien ra", "thoi gian", "khi nao", "when does", "tu ngay", "run", "ngay nao")):
        return "dates"
    return "all"


def _h_campaign(ctx: Ctx) -> Answer | None:
    q = ctx.q
    if q.agencies and "tasks" in q.cues:
        return None
    plans = [p for p in ctx.scope if p.campaigns]
    if not plans:
        return None
    _ = ctx._
    part = _campaign_part(q)
    lines, sources = [], []
    for plan in plans:
        for c in plan.campaigns:
            if q.years and _campaign_year(c) not in q.years:
                continue
            lines.append(f"<b>{esc(c.name)}</b> ({esc(plan_label(plan))})")
            theme = _campaign_theme(plan, c)
            if part in ("theme", "all") and theme:
                lines.append(_("Theme: {theme}", theme=f"<b>“{esc(theme)}”</b>"))
            if part in ("slogans", "all") and c.slogans:
                lines.append(_("{n} slogans:", n=len(c.slogans)))
                lines.extend(f"• {esc(s)}" for s in c.slogans)
            if part in ("dates", "all") and (c.start or c.end):
                lines.append(_("From {start} to {end}", start=iso_date(c.start, ctx.lang), end=iso_date(c.end, ctx.lang)))
            lines.append(source_line(plan, c.section, ctx.lang))
            lines.append("")
            sources.append(_src(plan, c.section))
    if not sources:
        return None
    suggestions = [_("Action Month slogans"), _("Action Month deadlines")]
    return _result(ctx, lines, sources, "campaign", 0.9, suggestions)


def _campaign_theme(plan, campaign) -> str | None:
    """The campaign's theme; when the record holds the heading ("Chủ đề và nội dung …"),
    the text after "Chủ đề:" in the campaign's section."""
    theme = campaign.theme
    if theme and not words(theme)[:2] == ["chu", "de"]:
        return theme
    for passage in plan.passages:
        if not passage.section.startswith(campaign.section or "\0"):
            continue
        m = re.search(r"Chủ đề\s*:\s*(.+)", passage.text)
        if m:
            return m.group(1).strip(" “”\"*._")
    return theme


def _h_contact(ctx: Ctx) -> Answer | None:
    q = ctx.q
    if "contact" not in q.cues:
        return None
    _ = ctx._
    candidates = [(p, c) for p in ctx.scope for c in p.contacts]
    # the organisation asked about: the words that are not generic contact words
    asked = [t for t in q.terms if t not in vocab.CONTACT_GENERIC and not t.isdigit()]
    if asked and ctx.idx.weight(max(asked, key=ctx.idx.weight)) > 1.0 or _agency_scope(ctx):
        asked = asked or [w for m in _agency_scope(ctx) for w in m.name.split()]
        scored = [(ctx.cov(ctx.idx.doc(p.slug, c.section, c.label), asked), p, c) for p, c in candidates]
        if not scored or max(s for s, _p, _c in scored) < 0.75:
            return _no_contact(ctx)
    if not candidates:
        return _dated_passage(ctx, "contact", _CONTACT_PROBE, _PHONE_RE) or _no_contact(ctx)
    if asked:  # generic words ("số điện thoại đường dây nóng") do not choose between numbers
        scored = [(ctx.cov(ctx.idx.doc(p.slug, c.section, f"{c.label} {c.display}"), asked), p, c)
                  for p, c in candidates]
        best = max(s for s, _p, _c in scored)
        if best >= 0.75:
            candidates = [(p, c) for s, p, c in scored if s >= best - 0.15]
    by_number: dict[str, list] = {}
    for p, c in candidates:
        by_number.setdefault(c.number, []).append((p, c))
    lines, sources = [], []
    for number, items in by_number.items():
        p0, c0 = items[0]
        where = "; ".join(dict.fromkeys(plan_label(p) for p, _c in items))
        lines.append(f"☎️ <b>{esc(c0.display)}</b> — {esc(c0.label)}")
        lines.append(f"<i>{esc(where)}</i>")
        for p, c in items:
            sources.append(_src(p, c.section))
    lines.append(source_line(candidates[0][0], candidates[0][1].section, ctx.lang))
    return _result(ctx, lines, sources, "contact", 0.9)


def _no_contact(ctx: Ctx) -> Answer:
    """A number asked for an organisation the plans give none for: say so (answered=False);
    the national hotline, when a plan in scope lists it, as a clearly labelled alternative."""
    _ = ctx._
    text = _("The plans I have give no phone number for this.")
    national = [(p, c) for p in ctx.scope for c in p.contacts
                if c.number == "111" or "quoc gia" in normalize(c.label)]
    if national:
        p, c = national[0]
        text += "\n" + _("The plan does list the national child protection hotline instead: {number} ({label}).",
                         number=f"<b>{esc(c.display)}</b>", label=esc(c.label))
        text += "\n" + source_line(p, c.section, ctx.lang)
    return Answer(fit(text), False, [], 0.0, [], "no_contact", [])


_DATE_RE = re.compile(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b")
_PHONE_RE = re.compile(r"\b\d{3}\b(?![.,]?\d)(?!\s*%)|\b0\d[\d.]{7,}\d\b")
_DEADLINE_PROBE = "bao cao dinh ky hang nam truoc ngay"
_CONTACT_PROBE = "tong dai dien thoai duong day nong bao ve tre em"


def _dated_passage(ctx: Ctx, intent: str, probe: str, pattern, minimum: float = 0.6) -> Answer | None:
    """For plans whose structured records lack it (e.g. OCR text), the passage that reads
    most like ``probe`` and holds a date / phone number, quoted with its citation."""
    from rapidfuzz import fuzz

    best = None
    for plan in ctx.scope:
        for passage in plan.passages:
            if not pattern.search(passage.text):
                continue
            score = fuzz.partial_ratio(probe, " ".join(words(passage.text))) / 100
            if best is None or score > best[0]:
                best = (score, plan, passage)
    if best is None or best[0] < minimum:
        return None
    score, plan, passage = best
    lines = [f"<b>{esc(plan_label(plan))}</b>", f"«{esc(clip(passage.text, 600))}»",
             source_line(plan, passage.section, ctx.lang)]
    return _result(ctx, lines, [_src(plan, passage.section)], intent, score * 0.8)


_DEADLINE_KINDS = {
    "yearly_report": ("hang nam", "dinh ky", "nam", "yearly", "hang nam"),
    "plan": ("nop ke hoach", "xay dung ke hoach", "han nop", "ke hoach"),
    "results": ("ket qua",),
    "incident_report": ("vu viec", "may ngay", "bao lau", "cham nhat", "nghiem trong"),
}


def _h_deadline(ctx: Ctx) -> Answer | None:
    q = ctx.q
    if q.agencies and "tasks" in q.cues:
        return None
    _ = ctx._
    items = [(p, d) for p in ctx.scope for d in p.deadlines]
    if not items:
        return _dated_passage(ctx, "deadline", _DEADLINE_PROBE, _DATE_RE)
    wanted = [k for k, cues in _DEADLINE_KINDS.items() if any(has_phrase(q.norm, c) for c in cues)]
    if "incident_report" in wanted:
        wanted = ["incident_report"]
    elif "results" in wanted:
        wanted = ["results"]
    elif "plan" in wanted and "yearly_report" in wanted and not any(
            has_phrase(q.norm, c) for c in ("hang nam", "dinh ky", "yearly")):
        wanted = ["plan"]
    if wanted:
        chosen = [(p, d) for p, d in items if d.kind in wanted
                  or ("yearly_report" in wanted and d.recurring)]
        items = chosen or items
    lines, sources = [], []
    missing = [p for p in ctx.scope if not p.deadlines and not p.campaigns]
    if len({p.slug for p, _d in items}) + len(missing) > 1:
        lines.append(_("Deadlines, plan by plan:"))
    for plan in missing:  # e.g. OCR text whose deadline ingest could not read: quote the passage
        found = _dated_passage(Ctx(ctx.q, ctx.idx, ctx.lang, [plan], ctx.explicit, ctx.soft),
                               "deadline", _DEADLINE_PROBE, _DATE_RE, minimum=0.8)
        if found:
            lines.extend(found.text.split("\n") + [""])
            sources.extend(found.sources)
    for p, d in items:
        date = fmt_deadline_date(d, ctx.lang)
        lines.append(f"<b>{esc(plan_label(p))}</b>: <b>{esc(date) if date else '—'}</b>")
        lines.append(f"<i>«{esc(clip(d.text, 420))}»</i>")
        lines.append(source_line(p, d.section, ctx.lang))
        lines.append("")
        sources.append(_src(p, d.section))
    return _result(ctx, lines, sources, "deadline", 0.85)


def _agency_scope(ctx: Ctx):
    slugs = {p.slug for p in ctx.scope}
    matches = [m for m in ctx.q.agencies if m.plan in slugs]
    return matches


def _agency_indicators(ctx: Ctx, matches) -> Answer | None:
    _ = ctx._
    lines, sources = [], []
    for m in matches:
        plan = ctx.idx.by_slug[m.plan]
        lead = sorted({a.indicator for a in plan.assignments if a.agency == m.key and a.role == "lead"}
                      | {i.number for i in plan.indicators if m.key in i.lead_agencies and i.number is not None})
        partner = sorted({a.indicator for a in plan.assignments if a.agency == m.key and a.role != "lead"}
                         | {i.number for i in plan.indicators if m.key in i.partner_agencies and i.number is not None})
        partner = [n for n in partner if n not in lead]
        if not lead and not partner:
            continue
        section = next((a.section for a in plan.assignments if a.agency == m.key), "")
        lines.append(f"<b>{esc(plan_label(plan))} — {esc(m.name)}</b>")
        if lead:
            lines.append(_("Leads indicators: {numbers}", numbers="<b>" + ", ".join(map(str, lead)) + "</b>"))
        if partner:
            lines.append(_("Coordinates on indicators: {numbers}", numbers=", ".join(map(str, partner))))
        lines.append(source_line(plan, section, ctx.lang))
        lines.append("")
        sources.append(_src(plan, section))
    if not sources:
        return None
    return _result(ctx, lines, sources, "agency_indicators", 0.9)


def _agency_tasks(ctx: Ctx, matches, require_match: bool) -> Answer | None:
    _ = ctx._
    q = ctx.q
    terms = [t for t in q.terms if not any(t in ref_phrase for ref_phrase in _agency_words(ctx, matches))]
    lines, sources = [], []
    best_cov = 0.0
    limit = 8 if len(matches) == 1 else 4
    for m in matches:
        plan = ctx.idx.by_slug[m.plan]
        tasks = [t for t in plan.tasks if t.agency == m.key] or _tasks_from_headings(ctx, plan, m)
        if not tasks:
            continue
        if terms:
            scored = sorted(((ctx.cov(ctx.idx.doc(plan.slug, t.section, t.text), terms), i, t)
                             for i, t in enumerate(tasks)), key=lambda x: (-x[0], x[1]))
            top = scored[0][0]
            best_cov = max(best_cov, top)
            if require_match and top < TASK_THRESHOLD:
                continue
            chosen = [t for s, _i, t in scored if s >= top - 0.1][:3] if top >= TASK_THRESHOLD else tasks[:limit]
        else:
            chosen = tasks[:limit]
            best_cov = max(best_cov, 0.8)
        lines.append(f"<b>{esc(plan_label(plan))} — {esc(m.name)}</b>")
        for t in chosen:
            lines.append(f"• {esc(clip(t.text, max(200, min(600, 2400 // max(len(chosen) * len(matches), 1)))))}")
        if len(tasks) > len(chosen):
            lines.append(_("…and {n} more tasks.", n=len(tasks) - len(chosen)))
        lines.append(source_line(plan, chosen[0].section, ctx.lang))
        lines.append("")
        sources.append(_src(plan, chosen[0].section))
    if not sources:
        return None
    return _result(ctx, lines, sources, "agency_tasks", max(best_cov, 0.7))


def _tasks_from_headings(ctx: Ctx, plan, match):
    """When ingest found no task bullets for an agency, the paragraphs of the section headed
    by its name are its tasks ("9. Sở Xây dựng" followed by one paragraph)."""
    from knowledge.model import Task
    from knowledge.query import _agency_tokens

    phrases = [" ".join(p) for ref in ctx.idx.agencies if ref.plan == plan.slug and ref.key == match.key
               for p in ref.phrases if len(p) >= 2]
    out = []
    for passage in plan.passages:
        last = passage.section.split(" › ")[-1] if passage.section else ""
        head = " ".join(_agency_tokens(last))
        if head and any(f" {ph} " in f" {head} " for ph in phrases) and \
                " ".join(_agency_tokens(passage.text)) != head:
            out.append(Task(agency=match.key, text=passage.text, section=passage.section))
    return out


def _agency_words(ctx: Ctx, matches) -> list[str]:
    out = []
    for m in matches:
        for ref in ctx.idx.agencies:
            if ref.plan == m.plan and ref.key == m.key:
                out.extend(" ".join(p) for p in ref.phrases)
    return [" ".join(x.split()) for x in out]


def _in_period(plan, years) -> bool:
    return bool(plan.period_start and plan.period_end
                and any(plan.period_start <= y <= plan.period_end for y in years))


def _topic_indicators(ctx: Ctx):
    """The indicators whose text covers the question's words best, each plan's own, with the
    best coverage: ``([(plan, indicator)…], coverage)`` or None."""
    q = ctx.q
    if not q.terms:
        return None
    if q.years and not any(_in_period(p, q.years) for p in ctx.scope):
        return None  # "luật trẻ em 2016": a year quoted in the text, not a target year
    all_scored = [(ctx.cov(_indicator_doc(ctx, plan, ind)), plan, ind)
                  for plan in ctx.scope for ind in plan.indicators]
    scored = [x for x in all_scored if x[0] >= TOPIC_THRESHOLD]
    if not scored:
        return None
    best = max(s for s, _p, _i in scored)
    plan_best: dict[str, float] = {}
    for cov, plan, _i in scored:
        plan_best[plan.slug] = max(plan_best.get(plan.slug, 0.0), cov)
    found = []
    per_plan: dict[str, int] = {}
    for cov, plan, ind in sorted(scored, key=lambda x: -x[0]):
        # every plan that has the topic answers, each with its own best indicator(s)
        if cov < best - 0.2 or cov < plan_best[plan.slug] - 0.05:
            continue
        if per_plan.get(plan.slug, 0) >= (3 if ind.number is None else 1):
            continue
        per_plan[plan.slug] = per_plan.get(plan.slug, 0) + 1
        found.append((plan, ind))
    if "compare" in q.cues or len(q.localities) >= 2:
        found += _compared_counterparts(ctx, found, all_scored, best)
    found.sort(key=lambda x: [p.slug for p in ctx.idx.plans].index(x[0].slug))
    return found, best


def _compared_counterparts(ctx: Ctx, found: list, all_scored: list, best: float) -> list:
    """A comparison by topic ("tỷ lệ … của Hà Nội và Cần Thơ khác nhau thế nào"): each other
    plan in scope answers with its own indicator on the topic, worded differently as it may
    be ("học sinh hoàn thành chương trình" / "trẻ em hoàn thành cấp"): the indicator of the
    same number in the shared frame when it is about the topic too, else its best match."""
    numbers = {ind.number for _p, ind in found if ind.number is not None}
    have = {p.slug for p, _i in found}
    extra = []
    for plan in ctx.scope:
        if plan.slug in have:
            continue
        mine = [(cov, ind) for cov, p, ind in all_scored if p.slug == plan.slug]
        if not mine:
            continue
        same = [(cov, ind) for cov, ind in mine if ind.number in numbers]
        if same and max(c for c, _i in same) >= 0.45:
            extra.append((plan, max(same, key=lambda x: x[0])[1]))
            continue
        cov, ind = max(mine, key=lambda x: x[0])
        if cov >= 0.5 and cov >= best - 0.25:
            extra.append((plan, ind))
    return extra


def _best_passage(ctx: Ctx):
    q = ctx.q
    if not q.terms:
        return None
    slugs = {p.slug for p in ctx.scope}
    # a heading alone ("IV. KINH PHÍ THỰC HIỆN") is not an answer
    scored = [(ctx.cov(d), d) for d in ctx.idx.docs if d.plan in slugs and len(d.tokens) >= 8]
    if not scored:
        return None
    top = max(s for s, _d in scored)
    # among near-ties prefer the closer wording (rapidfuzz re-ranking)
    ties = [d for s, d in scored if s >= top - 0.02]
    if len(ties) > 1 and _QUANTITY_RE.search(q.norm):
        # "ít nhất bao nhiêu …": the passage that gives a number answers it
        ties = [d for d in ties if _NUMBER_RE.search(d.text)] or ties
    doc = max(ties, key=lambda d: ctx.idx.fuzzy(q.norm, d)) if len(ties) > 1 else ties[0]
    return top, doc


def _mentions_agency(ctx: Ctx, doc, matches) -> bool:
    """Whether ``doc`` (its section heading or text, OCR readings included) names one of the
    agencies the question names."""
    for m in matches:
        if m.plan != doc.plan:
            continue
        words = [w for w in normalize(m.name).split() if w not in ("cac", "va")]
        d = ctx.idx.doc(doc.plan, "", f"{doc.section} {doc.text}")
        if words and all(w in d.tokens for w in words):
            return True
    return False


_QUANTITY_RE = re.compile(r"\b(?:bao nhieu|may|how many|how much)\b")
# a number in running text ("05", "03", "1,5"); not "S6", "15/12" nor a list marker "6."
_NUMBER_RE = re.compile(r"(?<![\w/.,])(?<!^)\d+(?:[.,]\d+)?(?![\w/])(?!\.\s)")


def _h_passage(ctx: Ctx) -> Answer | None:
    q = ctx.q
    if not q.terms:
        return None
    found = _best_passage(ctx)
    if not found:
        return None
    cov, doc = found
    matches = _agency_scope(ctx)
    if matches and not _mentions_agency(ctx, doc, matches):
        # "Công an Thành phố phải duy trì mô hình gì": another agency's passage that shares
        # the topic words is not the answer; the best passage that names the agency may be
        own = [d for d in ctx.idx.docs if len(d.tokens) >= 8 and _mentions_agency(ctx, d, matches)]
        if not own:
            return None
        cov, doc = max(((ctx.cov(d), d) for d in own), key=lambda x: x[0])
    key_terms = [t for t in q.terms if ctx.idx.weight(t) > 1.0]
    uni, bi = ctx.idx.coverage_parts(q.terms, doc, ctx.soft)
    if cov < PASSAGE_THRESHOLD or (len(q.terms) < 2 and cov < 0.99) or not key_terms:
        return None
    if bi is not None and (bi == 0 or (len(q.terms) >= 3 and bi < 0.34)):
        return None  # the words are there but not the phrases: a coincidence, not an answer
    _ = ctx._
    plan = ctx.idx.by_slug[doc.plan]
    if q.years and not _in_period(plan, q.years) and \
            not any(re.search(rf"\b{y}\b", doc.text) for y in q.years):
        return None  # a passage of another year does not answer for the year asked
    lines = [f"<b>{esc(plan_label(plan))}</b>", esc(clip(doc.text, 900)), source_line(plan, doc.section, ctx.lang)]
    return _result(ctx, lines, [_src(plan, doc.section)], "passage", cov)


# ------------------------------------------------------------------------------ readers
# Each reader yields candidate answers (or None); the scorer decides between them. A reader
# whose answer-type cue the question lacks still proposes: a cue is evidence, not a switch.

def _r_list_plans(ctx: Ctx):
    yield _h_list_plans(ctx)


def _r_signer(ctx: Ctx):
    yield _h_signer(ctx)


def _r_numbered(ctx: Ctx):
    found = _numbered_indicators(ctx)
    if found:
        for intent in ("target", "lead", "about"):
            yield _render_indicators(ctx, found, intent, 0.95)


def _r_topic(ctx: Ctx):
    if ctx.q.indicators:
        return
    hit = _topic_indicators(ctx)
    if hit:
        found, best = hit
        for intent in ("target", "lead", "about"):
            yield _render_indicators(ctx, found, intent, best)


def _r_count(ctx: Ctx):
    yield _h_count(ctx)


def _r_campaign(ctx: Ctx):
    yield _h_campaign(ctx)


def _r_contact(ctx: Ctx):
    if "contact" in ctx.q.cues:
        yield _h_contact(ctx)


def _r_deadline(ctx: Ctx):
    yield _h_deadline(ctx)


def _r_agency(ctx: Ctx):
    matches = _agency_scope(ctx)
    if matches:
        yield _agency_indicators(ctx, matches)
        yield _agency_tasks(ctx, matches, require_match="tasks" not in ctx.q.cues)


def _r_plan_info(ctx: Ctx):
    yield _h_plan_info(ctx)


def _r_passage(ctx: Ctx):
    yield _h_passage(ctx)


_READERS = (_r_list_plans, _r_signer, _r_numbered, _r_topic, _r_count, _r_campaign, _r_contact,
            _r_deadline, _r_agency, _r_plan_info, _r_passage)
