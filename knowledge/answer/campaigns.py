"""Answers about a campaign such as the Action Month: theme, slogans, dates."""

from __future__ import annotations

import re

from knowledge.answer.common import Answer, Ctx, _result, _src
from knowledge.answer.format import esc, fit, iso_date, past_cut, plan_label, source_line
from knowledge.answer.guards import _campaign_year
from knowledge.answer.targets import _agency_names
from knowledge.index import make_doc
from knowledge.query import Query, campaign_phrase, has_phrase
from knowledge.text import normalize, words


def _campaign_part(q: Query) -> str:
    if any(has_phrase(q.norm, w) for w in ("khau hieu", "thong diep")):
        return "slogans"
    if has_phrase(q.norm, "chu de"):
        return "theme"
    if any(has_phrase(q.norm, w) for w in ("dien ra", "thoi gian", "khi nao", "when does", "tu ngay", "run", "ngay nao")):
        return "dates"
    return "all"


PARTS = ("theme", "dates", "slogans", "all")


def _h_campaign(ctx: Ctx, part: str | None = None) -> Answer | None:
    """The campaign's ``part`` ("theme", "dates", "slogans" or "all"; by default the part
    the question's words name) for every campaign of the plans in scope; intent
    ``campaign_<part>`` so the scorer weighs each part's own cues, ``campaign`` for all."""
    q = ctx.q
    if q.agencies and "tasks" in q.cues:
        return None
    plans = [p for p in ctx.scope if p.campaigns]
    if not plans:
        return None
    _ = ctx._
    part = part or _campaign_part(q)
    # "chiến dịch Mùa hè an toàn …": the campaign named, not every campaign of its plan
    named = {id(c) for p in plans for c in p.campaigns if q.campaign and campaign_phrase(c.name) == q.campaign}
    lines, sources, stated = [], [], 0
    cut = False
    themes = ctx.idx.derived.setdefault("campaign_themes", {})
    for plan in plans:
        for c in plan.campaigns:
            if q.years and _campaign_year(c) not in q.years or named and id(c) not in named:
                continue
            known = themes.get(id(c))   # (campaign, theme): read once per knowledge base
            if known is None or known[0] is not c:
                known = themes[id(c)] = (c, _campaign_theme(plan, c))
            theme = known[1]
            cut = cut or past_cut(lines)
            if cut:   # the reply is cut before this campaign: its facts and source still count
                stated += _facts_count(c, part, theme)
                sources.append(_src(plan, c.section))
                continue
            name = f"<b>{esc(c.name)}</b> ({esc(plan_label(plan))})"
            facts = []
            if part in ("theme", "all") and theme:
                facts.append(_("Theme: {theme}", theme=f"<b>“{esc(theme)}”</b>"))
            if part in ("slogans", "all") and c.slogans:
                facts.append(_("{n} slogans:", n=len(c.slogans)))
                facts.extend(f"• {esc(s)}" for s in c.slogans)
            if part in ("dates", "all") and (c.start or c.end):
                facts.append("<b>" + _("From {start} to {end}", start=iso_date(c.start, ctx.lang),
                                       end=iso_date(c.end, ctx.lang)) + "</b>")
            elif part in ("dates", "all") and getattr(c, "yearly_start", None):
                # "hằng năm … từ ngày 01/6 đến ngày 30/6": the same days every year
                facts.append("<b>" + _("Every year from {start} to {end}",
                                       start=_yearly_day(c.yearly_start, ctx.lang),
                                       end=_yearly_day(getattr(c, "yearly_end", None), ctx.lang)) + "</b>")
            stated += len(facts)
            if part == "all" or not facts:
                lines += [name, *facts]
            else:  # the fact first, so a phone's preview shows it
                lines += [f"{facts[0]} — {name}", *facts[1:]]
            lines.append(source_line(plan, c.section, ctx.lang))
            lines.append("")
            sources.append(_src(plan, c.section))
    if sources and not stated and part in ("theme", "slogans") and part == _campaign_part(q) \
            and ctx.explicit and q.campaign:
        # "chủ đề Tháng hành động của Thanh Hóa?" of a plan that holds the month but names no
        # theme: said so (a topic sharing a folded word, "đẻ" for "đề", had answered instead)
        names = "; ".join(dict.fromkeys(f"{c.name} ({plan_label(p)})" for p in plans for c in p.campaigns))
        text = _("The plan holds the {name} but gives no theme or slogans for it.", name=esc(names))
        return Answer(fit(text), False, [], 0.0, [], "campaign_no_theme", [])
    if not sources or not stated and part != "all":
        return None  # no campaign holds the part asked for: nothing but names and sources
    suggestions = [_("Action Month slogans"), _("Action Month deadlines")]
    return _result(ctx, lines, sources, "campaign" if part == "all" else f"campaign_{part}", 0.9, suggestions)


def _facts_count(c, part: str, theme: str | None) -> int:
    """How many lines of facts ``_h_campaign`` states of campaign ``c`` for ``part``."""
    n = 0
    if part in ("theme", "all") and theme:
        n += 1
    if part in ("slogans", "all") and c.slogans:
        n += 1 + len(c.slogans)
    if part in ("dates", "all") and (c.start or c.end or getattr(c, "yearly_start", None)):
        n += 1
    return n


def _yearly_day(month_day: str | None, lang: str) -> str:
    """"06-30" → "30/6" (vi) / "June 30" (en): a day of every year."""
    import datetime as dt

    from knowledge.answer.format import plan_date

    try:
        month, day = (int(x) for x in (month_day or "").split("-"))
        return plan_date(dt.date(2000, month, day), lang, with_year=False)
    except ValueError:
        return "—"


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


# a campaign's lead in its own paragraph: "Sở Văn hóa, … chủ trì chiến dịch, phối hợp với …" (folded)
_LEADS_RE = re.compile(r"\bchu tri\b")
_PARTNERS_RE = re.compile(r"\bphoi hop(?:\s+voi)?\b")


def _named_in(plan, folded: str) -> list[tuple[int, str]]:
    """(position, canonical name) of each of the plan's agencies named in ``folded`` text,
    the longest spelling where two overlap."""
    found: list[tuple[int, int, str]] = []
    for agency in plan.agencies:
        for alias in {agency.name, *agency.aliases}:
            key = normalize(alias)
            if len(key) < 4:
                continue
            for m in re.finditer(rf"(?<![a-z]){re.escape(key)}(?![a-z])", folded):
                found.append((m.start(), m.end(), agency.name))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, str]] = []
    end = -1
    for start, stop, name in found:
        if start >= end and name not in (n for _p, n in kept):
            kept.append((start, name))
            end = stop
    return kept


def campaign_roles(plan, campaign) -> tuple[list[str], list[str], str] | None:
    """(leads, partners, sentence) of a campaign, read from the sentence of its own section
    that says who leads it ("Sở X chủ trì chiến dịch, phối hợp với Sở Y, Tỉnh đoàn"): the
    agencies named before "chủ trì", and after "phối hợp (với)"; None when no sentence does."""
    for passage in plan.passages:
        if not campaign.section or not passage.section.startswith(campaign.section):
            continue
        for sentence in re.split(r"(?<=[.;])\s+", passage.text):
            folded = normalize(sentence)
            lead = _LEADS_RE.search(folded)
            if lead is None:
                continue
            named = _named_in(plan, folded)
            partner = _PARTNERS_RE.search(folded, lead.end())
            leads = [n for pos, n in named if pos < lead.start()]
            partners = [n for pos, n in named if partner and pos > partner.start() and n not in leads]
            if leads:
                return leads, partners, sentence
    return None


def _h_campaign_lead(ctx: Ctx) -> Answer | None:
    """Who leads a campaign ("ai chủ trì Chiến dịch Hè an toàn?", "which department runs the
    summer campaign?"): the campaign whose name reads most like the question, its leads and
    partners as its section says (intent ``lead``)."""
    _ = ctx._
    found = []
    named = ctx.q.campaign
    roles_read = ctx.idx.derived.setdefault("campaign_roles", {})
    for plan in ctx.scope:
        for c in plan.campaigns:
            if named and not all(w in normalize(c.name).split() for w in named.split()):
                continue    # "chiến dịch Hè an toàn" is not the Action Month
            # (read once per knowledge base: a plan's agencies are looked for in its section)
            known = roles_read.get(id(c))
            if known is None or known[0] is not c:
                known = roles_read[id(c)] = (c, campaign_roles(plan, c))
            roles = known[1]
            if roles:
                found.append((ctx.cov(make_doc("", "", f"{c.name} {roles[2]}")), plan, c, roles))
    if not found:
        return None
    best = max(f[0] for f in found)
    lines, sources = [], []
    for cov, plan, c, (leads, partners, sentence) in found:
        if cov < best:
            continue
        lines.append(_("Lead: {agencies}", agencies="<b>" + _agency_names(ctx, leads) + "</b>")
                     + f" — <b>{esc(c.name)}</b> ({esc(plan_label(plan))})")
        if partners:
            lines.append(_("In coordination with: {agencies}", agencies=_agency_names(ctx, partners)))
        lines.append(f"<i>«{esc(sentence.strip())}»</i>")
        lines.append(source_line(plan, c.section, ctx.lang))
        lines.append("")
        sources.append(_src(plan, c.section))
    # (a campaign the question names by its name: as sure as an indicator named by its number)
    return _result(ctx, lines, sources, "lead", 1.0 if ctx.q.campaign else 0.9)
