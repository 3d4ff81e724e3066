"""The knowledge base in memory, as the answering engine sees it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from knowledge.model import (
    Agency, Assignment, Campaign, Contact, Deadline, Goal, Indicator, Passage, Plan, Target, Task,
)
from knowledge.text import normalize


@dataclass
class PassageHit:
    """A passage found by ``search_passages``: where it is and how well it matched
    (``rank`` is FTS5 bm25: lower is better)."""

    plan: str
    section: str
    text: str
    position: int
    rank: float


class KnowledgeBase:
    """Everything extracted from the plan documents, indexed for the answering engine.

    Built by ``knowledge.store.load_knowledge_base(db_path)`` (or directly from a list of
    ``Plan``). Agencies are referred to by ``Agency.key``, shared across plans (the Sở Y tế
    of Hà Nội and of Cần Thơ have the same key); scope by plan to tell them apart.

    Plans
        ``plans`` (list, ingest order) · ``plan(slug)`` · ``plans_for_locality(name)``
        (accents optional) · ``localities()``
    Goals and indicators
        ``goals(slug)`` · ``indicators(slug=None)`` · ``indicator(slug, number)`` ·
        ``targets(slug, number=None)`` · ``indicators_led_by(agency_key, slug=None)``
    Agencies
        ``agency(key)`` (merged over plans: all aliases) · ``plan_agency(slug, key)`` ·
        ``agencies(slug=None)`` · ``agency_name(key)`` · ``alias_index`` (normalized alias →
        key) · ``resolve_agency(text)`` (exact alias, then the longest alias contained in
        ``text``)
    Organisation of the work
        ``tasks(slug=None, agency=None)`` · ``assignments(slug=None, indicator=None,
        agency=None, role=None)`` · ``lead_agencies(slug, number)`` ·
        ``partner_agencies(slug, number)``
    Dates, phones, campaigns, text
        ``deadlines(slug=None)`` · ``contacts(slug=None)`` · ``campaigns(slug=None)`` ·
        ``passages(slug=None)`` · ``search_passages(query, limit=10, plan=None)`` (FTS5
        over the stored passages, accent-insensitive; falls back to a word-overlap scan
        when the knowledge base was not loaded from a database)
    """

    def __init__(self, plans: Iterable[Plan], db_path: Path | None = None,
                 passage_search: Callable[[str, int, str | None], list[dict]] | None = None,
                 stored_index=None):
        self.plans: list[Plan] = list(plans)
        self.db_path = db_path
        # Where the answer index is kept between runs (``knowledge.store.StoredIndex``), or None.
        self.stored_index = stored_index
        # The store hands in its full-text search, so this module never imports the store.
        self._passage_search = passage_search
        self._by_slug = {plan.slug: plan for plan in self.plans}
        self._agencies: dict[str, Agency] = {}
        self._plan_agencies: dict[tuple[str, str], Agency] = {}
        self.alias_index: dict[str, str] = {}
        for plan in self.plans:
            for agency in plan.agencies:
                self._plan_agencies[(plan.slug, agency.key)] = agency
                merged = self._agencies.get(agency.key)
                if merged is None:
                    merged = Agency(key=agency.key, name=agency.name, aliases=[],
                                    level=agency.level, mentioned_only=agency.mentioned_only)
                    self._agencies[agency.key] = merged
                merged.mentioned_only = merged.mentioned_only and agency.mentioned_only
                for alias in [agency.name, *agency.aliases]:
                    if alias not in merged.aliases:
                        merged.aliases.append(alias)
                    self.alias_index.setdefault(normalize(alias), agency.key)

    # --- plans ---
    def plan(self, slug: str) -> Plan | None:
        return self._by_slug.get(slug)

    def localities(self) -> list[str]:
        return list(dict.fromkeys(plan.locality for plan in self.plans))

    def plans_for_locality(self, locality: str) -> list[Plan]:
        wanted = normalize(locality)
        return [plan for plan in self.plans if normalize(plan.locality) == wanted]

    def _plans(self, slug: str | None) -> list[Plan]:
        if slug is None:
            return self.plans
        plan = self._by_slug.get(slug)
        return [plan] if plan else []

    # --- goals, indicators, targets ---
    def goals(self, slug: str) -> list[Goal]:
        plan = self.plan(slug)
        return plan.goals if plan else []

    def indicators(self, slug: str | None = None) -> list[Indicator]:
        return [i for plan in self._plans(slug) for i in plan.indicators]

    def indicator(self, slug: str, number: int) -> Indicator | None:
        for indicator in self.indicators(slug):
            if indicator.number == number:
                return indicator
        return None

    def targets(self, slug: str, number: int | None = None) -> list[Target]:
        """The targets of a plan (or of its indicator ``number``); results the plan reports
        (``Target.achieved``, a baseline column) are no targets and are left out."""
        if number is None:
            return [t for i in self.indicators(slug) for t in i.targets if not t.achieved]
        indicator = self.indicator(slug, number)
        return [t for t in indicator.targets if not t.achieved] if indicator else []

    def indicators_led_by(self, agency_key: str, slug: str | None = None) -> list[tuple[str, Indicator]]:
        return [(plan.slug, i) for plan in self._plans(slug) for i in plan.indicators
                if agency_key in i.lead_agencies]

    # --- agencies ---
    def agency(self, key: str) -> Agency | None:
        return self._agencies.get(key)

    def agency_name(self, key: str) -> str:
        agency = self._agencies.get(key)
        return agency.name if agency else key

    def plan_agency(self, slug: str, key: str) -> Agency | None:
        return self._plan_agencies.get((slug, key))

    def agencies(self, slug: str | None = None) -> list[Agency]:
        if slug is None:
            return list(self._agencies.values())
        plan = self.plan(slug)
        return plan.agencies if plan else []

    def resolve_agency(self, text: str) -> str | None:
        """The key of the agency named in ``text``: an exact alias, else the longest alias
        found inside ``text`` (whole words, accents optional)."""
        wanted = normalize(text)
        if wanted in self.alias_index:
            return self.alias_index[wanted]
        padded = f" {wanted} "
        best = None
        for alias, key in self.alias_index.items():
            if alias and f" {alias} " in padded and (best is None or len(alias) > len(best[0])):
                best = (alias, key)
        return best[1] if best else None

    # --- organisation ---
    def tasks(self, slug: str | None = None, agency: str | None = None) -> list[Task]:
        return [t for plan in self._plans(slug) for t in plan.tasks
                if agency is None or t.agency == agency]

    def assignments(self, slug: str | None = None, indicator: int | None = None,
                    agency: str | None = None, role: str | None = None) -> list[Assignment]:
        return [a for plan in self._plans(slug) for a in plan.assignments
                if (indicator is None or a.indicator == indicator)
                and (agency is None or a.agency == agency) and (role is None or a.role == role)]

    def lead_agencies(self, slug: str, number: int) -> list[Agency]:
        indicator = self.indicator(slug, number)
        return [self.plan_agency(slug, k) or self.agency(k) for k in
                (indicator.lead_agencies if indicator else [])]

    def partner_agencies(self, slug: str, number: int) -> list[Agency]:
        indicator = self.indicator(slug, number)
        return [self.plan_agency(slug, k) or self.agency(k) for k in
                (indicator.partner_agencies if indicator else [])]

    # --- dates, phones, campaigns, passages ---
    def deadlines(self, slug: str | None = None) -> list[Deadline]:
        return [d for plan in self._plans(slug) for d in plan.deadlines]

    def contacts(self, slug: str | None = None) -> list[Contact]:
        return [c for plan in self._plans(slug) for c in plan.contacts]

    def campaigns(self, slug: str | None = None) -> list[Campaign]:
        return [c for plan in self._plans(slug) for c in plan.campaigns]

    def passages(self, slug: str | None = None) -> list[Passage]:
        return [p for plan in self._plans(slug) for p in plan.passages]

    def search_passages(self, query: str, limit: int = 10, plan: str | None = None) -> list[PassageHit]:
        """Passages matching ``query`` best first (accents optional)."""
        if self._passage_search is not None:
            rows = self._passage_search(query, limit, plan)
            return [PassageHit(r["plan"], r["section"], r["text"], r["position"], r["rank"])
                    for r in rows]
        wanted = set(normalize(query).split())
        scored = []
        for p in self._plans(plan):
            for passage in p.passages:
                overlap = len(wanted & set(normalize(passage.text).split()))
                if overlap:
                    scored.append(PassageHit(p.slug, passage.section, passage.text,
                                             passage.position, -float(overlap)))
        scored.sort(key=lambda hit: hit.rank)
        return scored[:limit]

    def __repr__(self) -> str:
        return f"KnowledgeBase({len(self.plans)} plans: {', '.join(self._by_slug)})"

