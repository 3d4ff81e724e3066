"""What the answering engine derives once per knowledge base: plans, references, vocabulary,
term weights and the passages it ranks, plus the coverage score used to accept a match.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from knowledge import vocab
from knowledge.query import AgencyRef, PlanRef, agency_refs, expand_terms, plan_ref
from knowledge.text import normalize


def kb_plans(kb) -> list:
    """The ``Plan`` records held by ``kb`` (a ``KnowledgeBase``, or a plain list of plans)."""
    if isinstance(kb, (list, tuple)):
        return list(kb)
    plans = getattr(kb, "plans", None)
    if callable(plans):
        plans = plans()
    if isinstance(plans, dict):
        plans = list(plans.values())
    if plans is None and hasattr(kb, "all_plans"):
        plans = kb.all_plans()
    return list(plans or [])


@dataclass
class Doc:
    """A searchable unit: a passage, an indicator or a task, folded for matching."""

    plan: str
    section: str
    text: str
    tokens: frozenset[str]
    bigrams: frozenset[str]
    kind: str = "passage"
    ref: object = None


def make_doc(plan: str, section: str, text: str, kind: str = "passage", ref=None) -> Doc:
    words = normalize(text).split()
    return Doc(plan, section, text, frozenset(words),
               frozenset(f"{a} {b}" for a, b in zip(words, words[1:])), kind, ref)


@dataclass
class Index:
    plans: list
    by_slug: dict
    refs: list[PlanRef]
    agencies: list[AgencyRef]
    docs: list[Doc]
    vocabulary: set[str]
    idf: dict[str, float]
    max_idf: float
    agency_names: dict[tuple[str, str], str] = field(default_factory=dict)
    corpus: str = ""
    _memo: dict = field(default_factory=dict, repr=False)

    def weight(self, term: str) -> float:
        return self.idf.get(term, self.max_idf)

    def coverage(self, terms: list[str], doc: Doc, soft: frozenset = frozenset()) -> float:
        """IDF-weighted share of the question's terms found in ``doc`` (synonyms count),
        blended with the share of the question's adjacent word pairs found there."""
        uni, bi = self.coverage_parts(terms, doc, soft)
        return uni if bi is None else 0.75 * uni + 0.25 * bi

    def coverage_parts(self, terms: list[str], doc: Doc, soft: frozenset = frozenset()):
        if not terms:
            return 0.0, None
        alternatives, weights, pairs = self._prepared(tuple(terms), soft)
        total = sum(weights)
        got = sum(w for w, alts in zip(weights, alternatives) if any(a in doc.tokens for a in alts))
        uni = got / total if total else 0.0
        if not pairs:
            return uni, None
        bi = sum(1 for options in pairs if any(all(b in doc.bigrams for b in o) for o in options)) / len(pairs)
        return uni, bi

    def _prepared(self, terms: tuple[str, ...], soft: frozenset = frozenset()):
        key = (terms, soft)
        hit = self._memo.get(key)
        if hit is None:
            # unknown English words weigh little; everything else by its rarity
            weights = [1.0 if t in soft else self.weight(t) for t in terms]
            pairs = []
            for a, b in zip(terms, terms[1:]):
                if a in soft or b in soft:
                    continue
                options = [[f"{a} {b}"]]
                for syn in vocab.SYNONYMS.get(f"{a} {b}", []):
                    w = syn.split()
                    options.append([f"{x} {y}" for x, y in zip(w, w[1:])] or [syn])
                pairs.append(options)
            hit = (expand_terms(list(terms)), weights, pairs)
            if len(self._memo) > 512:
                self._memo.clear()
            self._memo[key] = hit
        return hit

    def fuzzy(self, query_norm: str, doc: Doc) -> float:
        return fuzz.token_set_ratio(query_norm, normalize(doc.text)) / 100.0


_CACHE: dict[int, tuple[object, Index]] = {}
_LOCK = threading.Lock()


def index_for(kb) -> Index:
    """The cached ``Index`` of ``kb`` (rebuilt when another knowledge base is passed)."""
    key = id(kb)
    with _LOCK:
        hit = _CACHE.get(key)
        if hit and hit[0] is kb:
            return hit[1]
        index = build_index(kb_plans(kb))
        _CACHE[key] = (kb, index)
        return index


def build_index(plans: list) -> Index:
    docs: list[Doc] = []
    agency_names = {}
    for plan in plans:
        previous = None
        for passage in plan.passages:
            docs.append(make_doc(plan.slug, passage.section, passage.text, "passage", passage))
            # a sentence cut by a page break continues in the next passage: join the two
            if previous is not None and previous.section == passage.section \
                    and not previous.text.rstrip().endswith((".", ":", ";", "!", "?")):
                docs.append(make_doc(plan.slug, passage.section, f"{previous.text} {passage.text}",
                                     "passage", passage))
            previous = passage
        for agency in plan.agencies:
            agency_names[(plan.slug, agency.key)] = agency.name
    df: dict[str, int] = {}
    for doc in docs:
        for token in doc.tokens:
            df[token] = df.get(token, 0) + 1
    n = max(len(docs), 1)
    idf = {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}
    max_idf = math.log((n + 1) / 0.5)
    vocabulary = set(df)
    for plan in plans:
        for ind in plan.indicators:
            vocabulary |= set(normalize(ind.text).split())
    refs = [plan_ref(p) for p in plans]
    agencies = [a for p in plans for a in agency_refs(p)]
    corpus = " " + " ".join(normalize(d.text) for d in docs if d.kind == "passage") + " "
    return Index(plans, {p.slug: p for p in plans}, refs, agencies, docs, vocabulary, idf, max_idf,
                 agency_names, corpus)
