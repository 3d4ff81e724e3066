"""The best passage of a plan for a question the structured records do not answer."""

from __future__ import annotations

import re

from knowledge.model import Indicator
from knowledge.parse.targets import parse_targets
from knowledge.answer.targets import _target_facts
from knowledge.answer.common import Answer, Ctx, PASSAGE_THRESHOLD, _agency_scope, _in_period, _result, _src
from knowledge.answer.format import clip, esc, plan_label, source_line
from knowledge.text import normalize


# Passages that surely score below this are not scored: the best passage answers only from
# PASSAGE_THRESHOLD, and its near-ties (within 0.02) decide which; 0.03 more for safety.
_SCORED_FROM = PASSAGE_THRESHOLD - 0.05


def _scored(ctx: Ctx) -> list:
    """(coverage, doc) of the passages of the plans in scope (not a heading alone: eight
    words or more) that may reach ``_SCORED_FROM``, in the index's order."""
    docs = ctx.idx.docs
    slugs = {p.slug for p in ctx.scope}
    out = []
    for i in ctx.idx.candidates(ctx.q.terms, ctx.soft, _SCORED_FROM, slugs):
        d = docs[i]
        if d.plan in slugs and len(d.tokens) >= 8:
            out.append((ctx.cov(d), d))
    return out


def _best_passage(ctx: Ctx, scored: list):
    """(coverage, doc) of the best passage when it reaches PASSAGE_THRESHOLD, else None
    (a lower best passage answers nothing: see ``_h_passage``)."""
    q = ctx.q
    if not scored:
        return None
    top = max(s for s, _d in scored)
    if top < PASSAGE_THRESHOLD:
        return None
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
    tokens = None
    for m in matches:
        if m.plan != doc.plan:
            continue
        words = [w for w in normalize(m.name).split() if w not in ("cac", "va")]
        if tokens is None:
            tokens = ctx.idx.heading_tokens(doc)
        if words and all(w in tokens for w in words):
            return True
    return False


_QUANTITY_RE = re.compile(r"\b(?:bao nhieu|may|how many|how much)\b")


# a number in running text ("05", "03", "1,5"); not "S6", "15/12" nor a list marker "6."
_NUMBER_RE = re.compile(r"(?<![\w/.,])(?<!^)\d+(?:[.,]\d+)?(?![\w/])(?!\.\s)")


def _h_passage(ctx: Ctx) -> Answer | None:
    q = ctx.q
    if not q.terms:
        return None
    scored = _scored(ctx)
    found = _best_passage(ctx, scored)
    if not found:
        return None
    cov, doc = found
    matches = _agency_scope(ctx)
    if matches and not _mentions_agency(ctx, doc, matches):
        # "Công an Thành phố phải duy trì mô hình gì": another agency's passage that shares
        # the topic words is not the answer; the best passage that names the agency may be
        # (the agency's plans are in scope, so its passages that may pass are in ``scored``)
        own = [(c, d) for c, d in scored if _mentions_agency(ctx, d, matches)]
        if not own:
            return None
        cov, doc = max(own, key=lambda x: x[0])
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
    facts = _passage_targets(ctx, doc)
    if facts:
        # a passage that sets targets ("+ … giảm còn 17,4‰ (năm 2025) và 14,5‰ (năm 2030)") is
        # read as targets: the figure of the year and metric asked first, the passage quoted
        (metric, value), rest = facts[0], facts[1:]
        lines = [value + (f" — {esc(clip(metric, 110))}" if metric else ""), f"<b>{esc(plan_label(plan))}</b>"]
        lines.extend(f"• {esc(clip(m, 120))}: {v}" if m else f"• {v}" for m, v in rest)
        lines += [f"<i>«{esc(clip(ctx.idx.readable(plan.slug, doc.text), 600))}»</i>", source_line(plan, doc.section, ctx.lang)]
        return _result(ctx, lines, [_src(plan, doc.section)], "target", cov)
    lines = [f"<b>{esc(plan_label(plan))}</b>", esc(clip(ctx.idx.readable(plan.slug, doc.text), 900)), source_line(plan, doc.section, ctx.lang)]
    return _result(ctx, lines, [_src(plan, doc.section)], "passage", cov)


def _passage_targets(ctx: Ctx, doc) -> list[tuple[str, str]]:
    """The targets a passage sets, as (metric, stated figure) for the years and metric asked."""
    targets = parse_targets(doc.text)
    if not targets:
        return []
    return _target_facts(ctx, Indicator(number=None, goal=None, text=doc.text, section=doc.section,
                                        targets=targets))
