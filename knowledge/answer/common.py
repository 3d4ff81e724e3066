"""The structured answer, the question's context and helpers every reader shares: citing a source,
declining with the closest topics."""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import asdict, dataclass, field

from knowledge import vocab
from knowledge.answer.format import clip, esc, fit, plan_label, short_topic, source_line
from knowledge.answer.words import translator
from knowledge.index import Doc, Index, index_for
from knowledge.query import Query
from knowledge.text import fold


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
    # when the bot asks which reading is meant: one per button,
    # {"label": str, "text": str, "plans": [slug…], "slots": {…}}; a tap replies with its text
    choices: list[dict] = field(default_factory=list)

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
    english: bool = False           # the question is in English: its words are only partly translated

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


def _years_text(years) -> str:
    return ", ".join(str(y) for y in sorted(years))


def _plans_by_order(ctx: Ctx, slugs) -> list:
    slugs = set(slugs)
    return [p for p in ctx.idx.plans if p.slug in slugs]


def _agency_name(ctx: Ctx, plan, key: str) -> str:
    return ctx.idx.agency_names.get((plan.slug, key), key)


def _src(plan, section: str) -> dict:
    return {"plan": plan.slug, "section": section or "", "title": plan.title}


def cite(ctx: Ctx, lines: list[str], sources: list[dict], plan, section: str, quote: str | None = None) -> None:
    """End one plan's part of a reply: the plan's own words ``quote`` (already clipped; escaped
    here) in «», the line naming plan and section (with the scan note for a scanned plan), a blank
    line; and record the source for the answer's ``sources``."""
    if quote:
        lines.append(f"<i>«{esc(quote)}»</i>")
    lines.append(source_line(plan, section, ctx.lang))
    lines.append("")
    sources.append(_src(plan, section))


def state_fact(ctx: Ctx, lines: list[str], sources: list[dict], fact: str, plan, section: str,
               quote: str) -> None:
    """One plan's part of a reply that states one fact its words give: the fact in bold with the
    plan's label ("<b>Phòng Trẻ em, Sở Y tế</b> — KH 143/KH-UBND …"), then ``quote`` (the plan's
    sentence, clipped to 300 characters here) and the source line, as ``cite`` writes them."""
    lines.append(f"<b>{esc(fact.strip())}</b> — {esc(plan_label(plan))}")
    cite(ctx, lines, sources, plan, section, clip(quote, 300))


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


# the words a question may name a unit by (folded), per unit code of ``knowledge.model``
_UNIT_WORDS = {"per_100000_children": "100 000 tre em", "per_1000_live_births": "1 000 tre de song",
               "per_1000": "1 000"}


def _indicator_doc(ctx: Ctx, plan, ind) -> Doc:
    """The indicator's words as a matching document, built once per knowledge base."""
    docs = ctx.idx.indicator_docs
    key = (plan.slug, id(ind))
    doc = docs.get(key)
    if doc is None:
        # the unit's words too: "… là bao nhiêu trên 100.000 trẻ?" names the indicator's unit
        extra = " ".join(f"{t.metric} {t.qualifier or ''} {_UNIT_WORDS.get(t.unit, '')} {t.counted or ''}"
                         for t in ind.targets)
        # … and the areas a breakdown allots it to ("Huyện Minh Hóa được phân bổ … thấp còi")
        areas = list(dict.fromkeys(t.area for t in getattr(ind, "areas", ()) if t.area))
        extra += " " + " ".join(areas) + (" phân bổ" if areas else "")   # what a breakdown does: allot
        doc = docs[key] = ctx.idx.doc(plan.slug, ind.section, f"{ind.text} {extra} {ind.group or ''}",
                                      "indicator", ind)
    return doc


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


def _agency_scope(ctx: Ctx):
    slugs = {p.slug for p in ctx.scope}
    matches = [m for m in ctx.q.agencies if m.plan in slugs]
    return matches


def _agency_words(ctx: Ctx, matches) -> list[str]:
    out = []
    for m in matches:
        for ref in ctx.idx.agency_refs(m.plan, m.key):
            out.extend(" ".join(p) for p in ref.phrases)
    return [" ".join(x.split()) for x in out]


def _in_period(plan, years) -> bool:
    return bool(plan.period_start and plan.period_end
                and any(plan.period_start <= y <= plan.period_end for y in years))


_ACCENTED_WORD_RE = re.compile(r"[^\W\d_]+")


def typed_accents(ctx: Ctx) -> dict[str, str]:
    """The question's words typed with their accents, by folded form ("duoi" → "đuối");
    worked out once per question."""
    typed = getattr(ctx, "_typed_accents", None)
    if typed is None:
        words = _ACCENTED_WORD_RE.findall(unicodedata.normalize("NFC", ctx.q.text.lower()))
        # … less the words of a place named: "Lào" of "Lào Cai" says nothing of which "lao"
        # a topic means ("labour" is "lao động"), "Phú" of "Phú Yên" nothing of "phù hợp"
        folded = [fold(w) for w in words]
        placed = set()
        for place in ctx.q.localities:
            name = fold(place.lower()).split()
            for k in range(len(folded) - len(name) + 1):
                if name and folded[k:k + len(name)] == name:
                    placed.update(range(k, k + len(name)))
        typed = {f: w for k, (f, w) in enumerate(zip(folded, words)) if f != w and k not in placed}
        object.__setattr__(ctx, "_typed_accents", typed)
    return typed


def accent_collisions(typed: dict[str, str], text: str) -> set[str]:
    """The folded words of ``typed`` that ``text`` has only with other accents ("đuối" typed,
    "dưới" written): folding makes them one word, the accents typed say which is meant.
    Spellings of one word ("hằng" / "hàng", ``vocab.ACCENT_VARIANTS``) are no collision."""
    said = set(_ACCENTED_WORD_RE.findall(unicodedata.normalize("NFC", text.lower())))
    said |= {v for group in vocab.ACCENT_VARIANTS if group & said for v in group}
    folded = {fold(w) for w in said}
    return {k for k, w in typed.items() if w not in said and k in folded}
