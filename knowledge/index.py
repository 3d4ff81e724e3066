"""What the answering engine derives once per knowledge base: plans, references, vocabulary,
term weights and the passages it ranks, plus the coverage score used to accept a match.
"""

from __future__ import annotations

import gc
import hashlib
import itertools
import logging
import marshal
import math
import re
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from sys import intern

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from knowledge import query as _query, text as _text, vocab
from knowledge.parse.agencies import expand_abbreviations
from knowledge.query import AgencyRef, PlanRef, agency_refs, expand_terms, is_syllable, plan_ref
from knowledge.text import normalize, ocr_key


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


SOFT_WEIGHT = 2.5


@dataclass(slots=True)   # no per-instance dict: thousands per knowledge base
class Doc:
    """A searchable unit: a passage, an indicator or a task, folded for matching. The
    passages of an ``Index`` (``Index.docs``) hold None in ``tokens`` and ``bigrams``:
    their words are in the index's postings (``Index.passage_coverage``, ``Index.holds``)."""

    plan: str
    section: str
    text: str
    tokens: frozenset[str]
    bigrams: frozenset[str]
    kind: str = "passage"
    ref: object = None


def make_doc(plan: str, section: str, text: str, kind: str = "passage", ref=None) -> Doc:
    """``text`` as a searchable ``Doc`` (its folded words and word pairs). Not to be changed:
    the same text asked again (a question's readers fold the same records) may get the
    same ``Doc``."""
    if ref is not None:
        return _doc(plan, section, text, normalize(text).split(), kind, ref)
    key = (plan, section, text, kind)
    hit = _MADE.pop(key, None)   # put back last: the least recently used go first
    if hit is None:
        hit = _doc(plan, section, text, normalize(text).split(), kind)
        # bounded, and steady (clearing all at a bound held 0 to 1.7 MiB at 50 plans, by
        # chance): the same answers' evidence recurs across questions
        while len(_MADE) >= _MADE_SIZE:
            try:
                _MADE.pop(next(iter(_MADE)), None)
            except (StopIteration, RuntimeError):   # another thread changed it meanwhile
                break
    _MADE[key] = hit
    return hit


_MADE: dict[tuple, "Doc"] = {}   # oldest used first
_MADE_SIZE = 64


def _plain(word: str) -> str:
    """``word`` as ``_doc`` reads it without leading zeros ("07" → "7")."""
    return word.lstrip("0") or "0" if word.isdigit() else word


def joined_doc(texts) -> Doc:
    """The words and word pairs of ``make_doc("", "", " ".join(texts))`` (its ``text``
    left empty), made from each distinct text's own: folding a joined text of every plan's
    records (hundreds of thousands of characters at 200 plans) cost tens of milliseconds,
    and plans repeat their records word for word. The join adds only the word pairs
    across each boundary (and their forms without leading zeros, as ``_doc`` adds them)."""
    parts: dict[str, tuple] = {}
    tokens: list = []
    bigrams: list = []
    edges: list[str] = []
    last = None
    for text in texts:
        part = parts.get(text)
        if part is None:
            words = normalize(text).split()
            made = _doc("", "", "", words) if words else None
            part = parts[text] = (words[0], words[-1], made.tokens, made.bigrams) if words else None
        if part is None:   # no word: the texts either side meet
            continue
        first, end, part_tokens, part_bigrams = part
        tokens.append(part_tokens)
        bigrams.append(part_bigrams)
        if last is not None:
            edges.append(f"{last} {first}")
            edges.append(f"{_plain(last)} {_plain(first)}")
        last = end
    return Doc("", "", "", frozenset().union(*tokens),
               frozenset(map(intern, edges)).union(*bigrams), "passage", None)


def _pairs(words: list[str]) -> map:
    """``"a b"`` for each adjacent pair of ``words``."""
    return map(" ".join, zip(words, words[1:]))


def _doc(plan: str, section: str, text: str, words: list[str], kind: str = "passage", ref=None) -> Doc:
    """``make_doc`` of a text already split into its folded ``words``."""
    # words and word pairs interned: the documents of a knowledge base (its plans' indicators,
    # tasks, clauses) share most of them, and a copy each weighed more than the sets
    tokens, bigrams = frozenset(map(intern, words)), frozenset(map(intern, _pairs(words)))
    # "07 tuổi" is "7 tuổi" in a question
    if any(w[0] == "0" and w.isdigit() for w in tokens):
        plain = [w.lstrip("0") or "0" if w.isdigit() else w for w in words]
        if plain != words:
            tokens |= frozenset(map(intern, plain))
            bigrams |= frozenset(map(intern, _pairs(plain)))
    return Doc(plan, section, text, tokens, bigrams, kind, ref)


class PassageDocs(Sequence):
    """The passages of an ``Index`` as ``Doc``s (tokens and bigrams None), each made when
    read from three arrays — its plan's position in ``plans``, its passage's position in the
    plan, whether it is joined to the passage before (a sentence cut by a page break) — a
    few bytes a document where a ``Doc`` each, and a joined text each, had weighed about
    130 (0.13 MiB a plan). ``docs[i]`` is equal, not identical, to an earlier ``docs[i]``."""

    __slots__ = ("_plans", "_plan_pos", "_passage_pos", "_joined")

    def __init__(self, plans: list, rows: list[tuple[int, int, bool]]):
        """``rows``: ``(plan position, passage position, joined)`` per document, in order."""
        self._plans = plans
        self._plan_pos = np.fromiter((r[0] for r in rows), dtype=np.int32, count=len(rows))
        self._passage_pos = np.fromiter((r[1] for r in rows), dtype=np.int32, count=len(rows))
        self._joined = np.fromiter((bool(r[2]) for r in rows), dtype=bool, count=len(rows))

    def __len__(self) -> int:
        return len(self._plan_pos)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        plan = self._plans[self._plan_pos[i]]
        k = int(self._passage_pos[i])
        passage = plan.passages[k]
        text = f"{plan.passages[k - 1].text} {passage.text}" if self._joined[i] else passage.text
        return Doc(plan.slug, passage.section, text, None, None, "passage", passage)

    def __iter__(self):
        return map(self.__getitem__, range(len(self)))

    def rows(self) -> list[tuple[int, int, bool]]:
        """The ``rows`` this was made of (to store it)."""
        return list(zip(self._plan_pos.tolist(), self._passage_pos.tolist(), self._joined.tolist()))


@dataclass
class Index:
    plans: list
    by_slug: dict
    refs: list[PlanRef]
    agencies: list[AgencyRef]
    docs: PassageDocs
    vocabulary: set[str]
    idf: dict[str, float]
    max_idf: float
    agency_names: dict[tuple[str, str], str] = field(default_factory=dict)
    corpus: str = ""
    ocr_plans: set = field(default_factory=set)          # slugs of plans read by OCR
    ocr_reading: dict = field(default_factory=dict)      # OCR word → clean reading
    spelled: dict = field(default_factory=dict)          # folded word → its usual accented spelling
                                                         # ("~word": accented in several ways)
    _memo: dict = field(default_factory=dict, repr=False)
    indicator_docs: dict = field(default_factory=dict, repr=False)   # (plan, id) → Doc, built once; ("own", plan, id): its own words alone
    # The passages' words and word pairs live in postings, not in each passage's Doc (whose
    # ``tokens``/``bigrams`` are None): word → (start, stop) slice of ``posting_ids``, the
    # positions in ``docs`` (ascending) of the passages holding it; a word pair (ids of its
    # two words in ``token_ids``, as one int64 key) → its slice of ``pair_docs`` through the
    # sorted ``pair_keys`` and ``pair_starts``. A question scores every passage at once.
    postings: dict = field(default_factory=dict, repr=False)
    posting_ids: "np.ndarray" = None
    plan_docs: dict = field(default_factory=dict, repr=False)        # slug → range of its docs
    token_ids: dict = field(default_factory=dict, repr=False)        # word → id
    pair_keys: "np.ndarray" = None
    pair_starts: "np.ndarray" = None
    pair_docs: "np.ndarray" = None
    doc_sizes: "np.ndarray" = None                                   # words (tokens) per doc
    text_starts: "np.ndarray" = None   # docs[i]'s folded text: corpus[starts[i]:starts[i + 1] - 1]
    _heading_tokens: dict = field(default_factory=dict, repr=False)
    _agency_refs: dict | None = field(default=None, repr=False)
    _readable: dict = field(default_factory=dict, repr=False)        # text → its reading
    _shared: dict = field(default_factory=dict, repr=False)          # (OCR?, text) → (text, tokens, bigrams)
    # tables the readers derive from the knowledge base at their first question (never
    # from a question): name → table, freed with the index
    derived: dict = field(default_factory=dict, repr=False)

    def _word_docs(self, word: str):
        span = self.postings.get(word)
        return self.posting_ids[span[0]:span[1]] if span else None

    def _pair_docs(self, pair: str):
        a, _, b = pair.partition(" ")
        ia, ib = self.token_ids.get(a), self.token_ids.get(b)
        if ia is None or ib is None or " " in b:
            return None
        key = ia * _PAIR_BASE + ib
        k = int(np.searchsorted(self.pair_keys, key))
        if k == len(self.pair_keys) or self.pair_keys[k] != key:
            return None
        return self.pair_docs[self.pair_starts[k]:self.pair_starts[k + 1]]

    def _phrase_held(self, pairs: frozenset, out: "np.ndarray") -> None:
        """Mark in ``out`` the passages holding every word pair of ``pairs`` (all of them,
        for no pair: as ``frozenset.issuperset``)."""
        if not pairs:
            out[:] = True
            return
        mask = None
        for pair in pairs:
            docs = self._pair_docs(pair)
            if docs is None:
                return
            if mask is None:
                mask = np.zeros(len(self.docs), dtype=bool)
                mask[docs] = True
            else:
                keep = np.zeros(len(self.docs), dtype=bool)
                keep[docs] = True
                mask &= keep
        out |= mask

    def passage_coverage(self, terms: list[str], soft: frozenset = frozenset()):
        """``coverage_parts`` and ``coverage`` of ``terms`` for every passage of ``docs`` at
        once: (uni, bi or None, cov), float arrays indexed like ``docs``, each value equal
        to what ``coverage_parts``/``coverage`` give for that passage (same additions in the
        same order)."""
        n = len(self.docs)
        prep = self._prepared(tuple(terms), soft)
        got = np.zeros(n)
        held = np.zeros(n, dtype=bool)
        for w, singles, phrases in prep.checks:
            held[:] = False
            for word in singles:
                docs = self._word_docs(word)
                if docs is not None:
                    held[docs] = True
            for ph in phrases:
                self._phrase_held(ph, held)
            got[held] += w
        uni = got / prep.total if prep.total else np.zeros(n)
        if not prep.pairs:
            return uni, None, uni
        count = np.zeros(n, dtype=np.int64)
        for options in prep.pairs:
            held[:] = False
            for o in options:
                self._phrase_held(o, held)
            count += held
        bi = count / len(prep.pairs)
        return uni, bi, 0.75 * uni + 0.25 * bi

    def holds(self, i: int, word: str) -> bool:
        """Whether passage ``docs[i]`` holds ``word``."""
        docs = self._word_docs(word)
        if docs is None:
            return False
        k = int(np.searchsorted(docs, i))
        return k < len(docs) and docs[k] == i

    def heading_holds(self, i: int, words: list[str]) -> bool:
        """Whether passage ``docs[i]`` with its section heading holds all ``words``: the
        tokens of ``self.doc(doc.plan, "", f"{doc.section} {doc.text}")``, that document
        built only for a plan read by OCR (elsewhere a text's words are its parts')."""
        doc = self.docs[i]
        if doc.plan not in self.ocr_plans:
            key = (doc.plan, doc.section)
            section = self._heading_tokens.get(key)
            if section is None:
                section = self._heading_tokens[key] = make_doc("", "", doc.section).tokens
            return all(w in section or self.holds(i, w) for w in words)
        # the reading depends on the words alone, not on the plan: one per distinct text
        key = (None, doc.section, doc.text)
        hit = self._heading_tokens.get(key)
        if hit is None:
            # an OCR word is read by its neighbours, the heading's last word among them
            hit = self._heading_tokens[key] = self._ocr_doc(doc.plan, "", f"{doc.section} {doc.text}").tokens
        return all(w in hit for w in words)

    def agency_refs(self, plan: str, key: str) -> list:
        """The ``AgencyRef``s of agency ``key`` of plan ``plan``, in ``agencies`` order."""
        by_key = self._agency_refs
        if by_key is None:
            by_key = {}
            for ref in self.agencies:
                by_key.setdefault((ref.plan, ref.key), []).append(ref)
            self._agency_refs = by_key   # whole, at once: questions run in several threads
        return by_key.get((plan, key), [])

    def readable(self, plan: str, text: str) -> str:
        """``text`` of a plan read by OCR with each misread word replaced by its clean
        reading, accented as the clean plans spell it — word pairs first, so "duong day
        nong" reads "đường dây nóng" ("Sé Tw phap" → "Sở Tư pháp"); other plans' text
        unchanged. A reading, not the document: quote it as such."""
        if plan not in self.ocr_plans:
            return text
        # the reading depends on the words alone: plans read by OCR that repeat a text
        # (a title, a task) share its reading
        hit = self._readable.get(text)
        if hit is None:
            hit = self._read(text)
            if len(self._readable) >= 4096:   # bounded; the same quotes come again and again
                self._readable.clear()
            self._readable[text] = hit
        return hit

    def _read(self, text: str) -> str:
        """The reading of ``text`` (see ``readable``): a word is re-spelled only when sure,
        else the scanned word stays — a wrong reading is worse than the scan ("Puong day
        néng" is not "Dưỡng đẩy năng"). Sure is: with a neighbour, a word pair of the clean
        plans among the words' likely readings ("day néng" → "dây nóng"); alone, a word
        whose folded form is a clean word (accents to put back: "tré" → "trẻ") or differs
        from its reading only by letters OCR confuses ("Puong" → "đường"). Codes in
        capitals ("KH/TU") stay."""
        parts = re.split(r"(\w+)", text)
        words = parts[1::2]
        folded = [normalize(w) for w in words]
        guess = [self.ocr_reading.get(f) or f for f in folded]
        options = [_read_options(w, f, g, self.spelled) for w, f, g in zip(words, folded, guess)]
        chosen: list[str | None] = [None] * len(words)
        out: list[str | None] = [None] * len(words)
        for i in range(len(words) - 1):
            firsts = [chosen[i]] if chosen[i] else options[i]
            # a pair tells the reading of a word that is no OCR confusion ("ciia" → "chia")
            # only beside a word read as scanned: two such guesses may meet by chance
            pairs = [(j + k, a, b) for j, a in enumerate(firsts) for k, b in enumerate(options[i + 1])
                     if f"{a} {b}" in self.spelled and (
                         _confused(folded[i], a) and _confused(folded[i + 1], b)
                         or a == folded[i] or b == folded[i + 1])]
            pair = min(pairs)[1:] if pairs else None     # the likeliest readings of both
            if pair:
                chosen[i], chosen[i + 1] = pair
                out[i], out[i + 1] = self.spelled[f"{pair[0]} {pair[1]}"].split(" ", 1)
        for i, (f, g) in enumerate(zip(folded, guess)):
            if out[i] is None and options[i] and (g == f or ocr_key(g) == ocr_key(f)) \
                    and "~" + g not in self.spelled:
                out[i] = self.spelled.get(g)
        for i, (word, spelled) in enumerate(zip(words, out)):
            if spelled:
                parts[2 * i + 1] = spelled.capitalize() if word[:1].isupper() else spelled
        return "".join(parts)

    def doc(self, plan: str, section: str, text: str, kind: str = "passage", ref=None) -> Doc:
        """``make_doc``, with the clean reading of OCR words for a plan read by OCR. Docs of
        equal texts share their text and word sets (never changed: see ``add_readings``)."""
        # the readers keep these per knowledge base (indicators, tasks): plans repeat the
        # national programme's indicators and tasks word for word, and the sets weigh more
        # than the text. An OCR plan's reading depends on the words alone, not on the plan.
        ocr = plan in self.ocr_plans
        hit = self._shared.get((ocr, text))
        if hit is not None:
            return Doc(plan, section, hit[0], hit[1], hit[2], kind, ref)
        if not ocr:
            made = make_doc(plan, section, text, kind, ref)
        else:
            made = self._ocr_doc(plan, section, text, kind, ref)
        self._shared[(ocr, text)] = (text, made.tokens, made.bigrams)
        return made

    def _ocr_doc(self, plan: str, section: str, text: str, kind: str = "passage", ref=None) -> Doc:
        """A fresh ``Doc`` of an OCR plan's ``text`` with its readings (``add_readings``
        changes it: make_doc's may be shared)."""
        return add_readings(_doc(plan, section, text, normalize(text).split(), kind, ref), self.ocr_reading)

    def weight(self, term: str) -> float:
        return self.idf.get(term, self.max_idf)

    def coverage(self, terms: list[str], doc: Doc, soft: frozenset = frozenset()) -> float:
        """IDF-weighted share of the question's terms found in ``doc`` (synonyms count),
        blended with the share of the question's adjacent word pairs found there."""
        uni, bi = self.coverage_parts(terms, doc, soft)
        return uni if bi is None else 0.75 * uni + 0.25 * bi

    def coverage_parts(self, terms: list[str], doc: Doc, soft: frozenset = frozenset()):
        """(unigram share, word-pair share or None) of ``coverage``. A document sharing no
        word with the question scores (0.0, 0.0 or None) at once: one set test in C."""
        if not terms:
            return 0.0, None
        prep = self._prepared(tuple(terms), soft)
        tokens = doc.tokens
        if prep.words is not None and tokens.isdisjoint(prep.words):
            return 0.0, (0.0 if prep.pairs else None)
        bigrams = doc.bigrams
        got = 0
        # the same additions in the same order as summing the held terms' weights
        for w, singles, phrases in prep.checks:
            if not singles.isdisjoint(tokens) or any(bigrams.issuperset(ph) for ph in phrases):
                got += w
        uni = got / prep.total if prep.total else 0.0
        if not prep.pairs:
            return uni, None
        bi = sum(1 for options in prep.pairs if any(bigrams.issuperset(o) for o in options)) / len(prep.pairs)
        return uni, bi

    def _prepared(self, terms: tuple[str, ...], soft: frozenset = frozenset()) -> "_Prepared":
        key = (terms, soft)
        hit = self._memo.get(key)
        if hit is None:
            hit = self._memo[key] = _Prepared(*self._prepare(terms, soft))
            if len(self._memo) > 32:   # a question prepares at most a few
                self._memo.clear()
                self._memo[key] = hit
        return hit

    def _prepare(self, terms: tuple[str, ...], soft: frozenset = frozenset()):
        # English words the documents do not know (the glossary maps the genre's words)
        # weigh like a word of middling rarity: "learning to swim" is not "học tập";
        # everything else by its rarity
        weights = [SOFT_WEIGHT if t in soft else self.weight(t) for t in terms]
        pairs = []
        for a, b in zip(terms, terms[1:]):
            if a in soft or b in soft:
                continue
            options = [[f"{a} {b}"]]
            for syn in vocab.SYNONYMS.get(f"{a} {b}", []):
                w = syn.split()
                options.append([f"{x} {y}" for x, y in zip(w, w[1:])] or [syn])
            pairs.append(options)
        return expand_terms(list(terms)), weights, pairs

    def fuzzy(self, query_norm: str, doc: Doc) -> float:
        return fuzz.token_set_ratio(query_norm, normalize(doc.text)) / 100.0

    def passage_fuzzy(self, query_norm: str, i: int) -> float:
        """``fuzzy`` of passage ``docs[i]``, its folded text read from ``corpus``."""
        start, end = int(self.text_starts[i]), int(self.text_starts[i + 1]) - 1
        return fuzz.token_set_ratio(query_norm, self.corpus[start:end]) / 100.0

    def closest_passage(self, query_norm: str, positions: list[int]) -> int:
        """The position in ``positions`` (non-empty) whose passage is the closest in wording
        to ``query_norm`` (``passage_fuzzy``), the first of equals. Each distinct text is
        compared once: plans of many provinces repeat the national programme's paragraphs
        word for word, and a question naming no plan ties on every copy."""
        first: dict[str, int] = {}
        starts = self.text_starts
        for i in positions:
            first.setdefault(self.corpus[int(starts[i]):int(starts[i + 1]) - 1], i)
        texts = list(first)
        # extractOne keeps the first of equal scores, as max() did
        _, _, k = process.extractOne(query_norm, texts, scorer=fuzz.token_set_ratio)
        return first[texts[k]]


class DocTable:
    """Documents (``Doc``, with their tokens and word pairs) as postings over their
    positions, so that ``Index.coverage`` of a question's terms is computed for all of them
    at once: ``coverage(prep)[i] == index.coverage(terms, docs[i], soft)`` for ``prep =
    index._prepared(tuple(terms), soft)`` — the same tests on the same words and word
    pairs, the same additions in the same order, the same divisions (scaling by 0.25 is
    exact), so the same floats."""

    def __init__(self, docs: list[Doc]):
        postings: dict[str, list[int]] = {}
        pairs: dict[str, list[int]] = {}
        for n, doc in enumerate(docs):
            for w in doc.tokens:
                postings.setdefault(w, []).append(n)
            for pair in doc.bigrams:
                pairs.setdefault(pair, []).append(n)
        self.size = len(docs)
        self.postings = {w: np.array(ids, dtype=np.int32) for w, ids in postings.items()}
        self.pairs = {w: np.array(ids, dtype=np.int32) for w, ids in pairs.items()}

    def _holding(self, pairs) -> "np.ndarray":
        """Documents holding every word pair of ``pairs`` (all, for none: ``issuperset``)."""
        mask = np.ones(self.size, dtype=bool)
        for pair in pairs:
            ids = self.pairs.get(pair)
            if ids is None:
                return np.zeros(self.size, dtype=bool)
            one = np.zeros(self.size, dtype=bool)
            one[ids] = True
            mask &= one
        return mask

    def coverage(self, prep: "_Prepared") -> "np.ndarray":
        """Per document, ``Index.coverage`` of the prepared terms (see the class)."""
        got = np.zeros(self.size)
        for w, singles, phrases in prep.checks:
            held = np.zeros(self.size, dtype=bool)
            for word in singles:
                ids = self.postings.get(word)
                if ids is not None:
                    held[ids] = True
            for ph in phrases:
                held |= self._holding(ph)
            got[held] += w
        uni = got / prep.total if prep.total else np.zeros(self.size)
        if not prep.pairs:
            return uni
        count = np.zeros(self.size)
        for options in prep.pairs:
            held = np.zeros(self.size, dtype=bool)
            for o in options:
                held |= self._holding(o)
            count += held
        return 0.75 * uni + 0.25 * count / len(prep.pairs)


class _Prepared:
    """A question's terms made ready for scoring many documents: per term its weight, its
    one-word alternatives (a set) and its phrase alternatives (their word pairs); the
    question's word pairs with their synonyms; every word that can make a score non-zero."""

    __slots__ = ("checks", "total", "pairs", "words", "weights", "alternatives")

    def __init__(self, alternatives: list[list[str]], weights: list[float], pairs: list):
        self.alternatives, self.weights = alternatives, weights
        self.total = sum(weights)
        self.checks = []
        words: set[str] = set()
        always = False   # a "phrase" of one word has no word pair: every document holds it
        for w, alts in zip(weights, alternatives):
            singles = frozenset(a for a in alts if " " not in a)
            phrases = []
            for a in alts:
                if " " in a:
                    parts = a.split()
                    phrases.append(frozenset(f"{x} {y}" for x, y in zip(parts, parts[1:])))
                    words.update(parts)
                    always = always or len(parts) < 2
            words |= singles
            self.checks.append((w, singles, tuple(phrases)))
        # a word pair is in a document only if both its words are (make_doc, add_readings)
        self.pairs = [[frozenset(o) for o in options] for options in pairs]
        for options in pairs:
            for o in options:
                for b in o:
                    words.update(b.split())
        self.words = None if always else frozenset(words)


# A plan whose words are this often not Vietnamese syllables was read by OCR ("ddng", "ng6i").
OCR_SYLLABLE_SHARE = 0.95
# Digits and signs OCR reads for letters ("ng6i" is "ngôi", "x3" is "xã").
_OCR_DIGITS = str.maketrans({"0": "o", "6": "o", "3": "a", "4": "a", "5": "s", "1": "l"})


# Letters OCR misreads for one another once accents are gone: "hdi" is "hội", "dugc" "được".
_CONFUSABLE = {frozenset(p) for p in ("do", "go", "ea", "iu", "tu", "ru", "eo", "ce", "ao")}


def _confusions(word: str, cand: str) -> int:
    """How many of the letters where ``word`` and ``cand`` differ are usual OCR confusions."""
    if len(word) != len(cand):
        return 0
    return sum(1 for a, b in zip(word, cand) if a != b and frozenset((a, b)) in _CONFUSABLE)


_SYLLABLE: dict[str, bool] = {}   # is_syllable of each word seen: plans share most words


def _syllable_share(passage_words) -> float:
    """The share of the words (letters only) of a plan's passages, given as one list of
    folded words per passage, that can be Vietnamese syllables (1.0 without words)."""
    counts = Counter()
    for words in passage_words:
        counts.update(filter(str.isalpha, words))
    total = sum(counts.values())
    if not total:
        return 1.0
    if len(_SYLLABLE) > 200_000:   # bounded: OCR noise is a stream of new words
        _SYLLABLE.clear()
    syllables = 0
    for w, n in counts.items():
        hit = _SYLLABLE.get(w)
        if hit is None:
            hit = _SYLLABLE[w] = is_syllable(w)
        if hit:
            syllables += n
    return syllables / total


def _add_ocr_readings(plans: list, docs: list[Doc], doc_words: list[list[str]],
                      passage_words: dict[str, list[list[str]]]) -> tuple[set[str], dict[str, str | None]]:
    """Give the passages of OCR plans the clean reading of their misread words, so that a
    question's "đồng", "nguồn", "ngôi" reach "ddng", "ngudn", "ng6i": each word the clean
    plans do not know is read as the most frequent clean word whose OCR key is equal or one
    edit away (two from six letters). Both readings are kept, so nothing is lost.
    ``doc_words``: each doc's folded words; ``passage_words``: per plan, its passages'."""
    ocr = {p.slug for p in plans if p.passages and _syllable_share(passage_words.get(p.slug, [])) < OCR_SYLLABLE_SHARE}
    if not ocr:
        return ocr, {}
    # first-seen order kept (Counter): equally frequent words keep their order when sorted
    clean: dict[str, int] = Counter()
    for doc, words in zip(docs, doc_words):
        if doc.plan not in ocr:
            clean.update(filter(str.isalpha, words))
    by_key: dict[str, str] = {}
    for w in sorted(clean, key=lambda w: -clean[w]):
        by_key.setdefault(ocr_key(w), w)
    keys = list(by_key)
    reading: dict[str, str | None] = {}

    def read(word: str) -> str | None:
        if word in reading:
            return reading[word]
        result = None
        if len(word) >= 3 and word not in clean and not word.isdigit():
            key = ocr_key(word)
            digits_read = word.translate(_OCR_DIGITS)
            if key in by_key:
                result = by_key[key]
            elif digits_read != word and is_syllable(digits_read):
                result = digits_read      # "ng6i" → "ngoi", a syllable no clean plan uses
            else:
                limit = 2 if len(key) >= 6 else 1
                found = process.extract(key, keys, scorer=OSA.distance, score_cutoff=limit, limit=20)
                if found:
                    best = min(found, key=lambda f: (f[1], -_confusions(key, f[0]),
                                                     -clean[by_key[f[0]]]))
                    result = by_key[best[0]]
        reading[word] = result
        return result

    for doc in docs:
        if doc.plan in ocr:
            for word in doc.tokens:
                read(word)
    # word pairs of the clean plans seen (in how many docs) at least twice, for reading
    # misread clean words
    counts = Counter()
    for doc, words in zip(docs, doc_words):
        if doc.plan not in ocr:
            counts.update(set(_pairs(words)))
    _PAIR_READINGS.clear()
    _PAIR_READINGS[id(reading)] = (reading, frozenset(p for p, c in counts.items() if c >= 2))
    for doc, words in zip(docs, doc_words):
        if doc.plan in ocr:
            add_readings(doc, reading, words)
    return ocr, reading


_PAIR_READINGS: dict[int, tuple[dict, frozenset]] = {}


def _variants(word: str) -> set[str]:
    """``word`` with one letter replaced by a letter OCR confuses it with ("me" → "mo")."""
    out = set()
    for i, ch in enumerate(word):
        for pair in _CONFUSABLE:
            if ch in pair:
                other = next(iter(pair - {ch}))
                out.add(word[:i] + other + word[i + 1:])
    return out


@lru_cache(maxsize=4096)   # bounded; OCR text repeats its words
def _sorted_variants(word: str) -> tuple[str, ...]:
    return tuple(sorted(_variants(word)))


def add_readings(doc: Doc, reading: dict[str, str | None], words: list[str] | None = None) -> Doc:
    """Add to ``doc`` the clean reading of its OCR words (tokens and word pairs). A misread
    word that is itself a clean word ("mé hinh": "mẹ" for "mô") is read by its neighbour:
    a one-letter OCR confusion that makes a word pair of the clean plans ("mo hinh").
    ``words``: the folded words of ``doc.text``, when known."""
    if words is None:
        words = normalize(doc.text).split()
    read_words = [reading.get(w) or w for w in words]
    pairs = _PAIR_READINGS.get(id(reading), (None, frozenset()))[1]
    extra: list[tuple[int, str]] = []
    if pairs:
        for i, w in enumerate(read_words):
            if not w.isalpha() or len(w) > 6:
                continue
            prev = read_words[i - 1] if i else ""
            nxt = read_words[i + 1] if i + 1 < len(read_words) else ""
            if f"{prev} {w}" in pairs or f"{w} {nxt}" in pairs:
                continue
            for v in _sorted_variants(w):   # sorted: a set's order changes with the hash seed
                if (nxt and f"{v} {nxt}" in pairs) or (prev and f"{prev} {v}" in pairs):
                    extra.append((i, v))
                    break
    if read_words != words or extra:
        alt = list(read_words)
        for i, v in extra:
            alt[i] = v
        doc.tokens = doc.tokens | frozenset(map(intern, read_words)) | frozenset(map(intern, alt))
        doc.bigrams = doc.bigrams | frozenset(map(intern, _pairs(read_words))) \
            | frozenset(map(intern, _pairs(alt)))
    return doc


_CACHE: dict[int, tuple[object, Index]] = {}
_CACHE_SIZE = 3
_LOCK = threading.Lock()


def index_for(kb) -> Index:
    """The cached ``Index`` of ``kb`` (rebuilt when another knowledge base is passed)."""
    key = id(kb)
    with _LOCK:
        hit = _CACHE.get(key)
        if hit and hit[0] is kb:
            return hit[1]
        plans = kb_plans(kb)
        stored = getattr(kb, "stored_index", None)   # see knowledge.store.StoredIndex
        index = _load_stored(stored, plans) if stored is not None else None
        if index is None:
            index = build_index(plans)
            if stored is not None:
                _save_stored(stored, plans, index)
        # keep the newest few: a published or withdrawn plan swaps the knowledge base, and
        # the old one (with its index) must be freed once questions in flight are done
        while len(_CACHE) >= _CACHE_SIZE:
            del _CACHE[next(iter(_CACHE))]
        _CACHE[key] = (kb, index)
        # parsing's tables made of many objects, built at start-up; then the cyclic
        # collector's first full pass over the hundreds of thousands of objects just made
        # (0.2-0.4 s at 200 plans), which would otherwise fall on an early question
        _query.prepare_knowledge_base(index.refs, index.agencies, index.vocabulary, index.corpus)
        gc.unfreeze()   # what an earlier knowledge base left frozen is collected as usual
        gc.collect()
        # then what is loaded now is left out of the collector's later full passes (it lives
        # until the next swap; reference counting still frees it): each pass over it took
        # 70 ms at 200 plans, falling on whichever question was running
        gc.freeze()
        return index


class _Folded(dict):
    """word → ``normalize(word)``, computed once per distinct word."""

    def __missing__(self, word: str) -> str:
        folded = self[word] = normalize(word)
        return folded


_PAIR_BASE = 1 << 32   # a word pair's key: id of its first word × this + id of its second


def _ids_dtype(n: int):
    """The smallest integer type holding the positions of ``n`` documents: the postings
    list a position per word (or word pair) and document, most of the index's arrays."""
    return np.uint16 if n <= 1 << 16 else np.int32


def _pair_postings(docs: list[Doc], token_ids: dict[str, int]):
    """(sorted distinct word-pair keys, start of each key's documents, the documents) of
    every word pair of ``docs``; then the docs drop their sets (the postings hold them)."""
    keys: list[int] = []
    owners: list[int] = []
    for i, doc in enumerate(docs):
        for pair in doc.bigrams:
            a, _, b = pair.partition(" ")
            keys.append(token_ids[a] * _PAIR_BASE + token_ids[b])
        owners.extend(itertools.repeat(i, len(doc.bigrams)))
        doc.tokens = doc.bigrams = None
    keys_a = np.array(keys, dtype=np.int64)
    owners_a = np.array(owners, dtype=np.int32)
    order = np.lexsort((owners_a, keys_a))
    keys_a, owners_a = keys_a[order], owners_a[order]
    distinct, starts = np.unique(keys_a, return_index=True)
    return distinct, np.append(starts, len(keys_a)).astype(np.int64), owners_a.astype(_ids_dtype(len(docs)))


_LEVEL_WORDS = frozenset(("tinh", "thanh", "pho", "huyen", "quan", "thi", "xa"))


def _written_form(agency, plan_text) -> str:
    """The name as the plan itself writes it where the canonical spelling rewrote it:
    "UBND các xã, phường" when the plan writes the short form more often than "Ủy ban nhân
    dân các xã, phường"; "Bảo hiểm xã hội tỉnh" when it writes the name with its "tỉnh" at
    least as often as without. Officers quote the plan's words; anything else keeps the
    canonical name. ``plan_text()`` gives the plan's text in lower case (built once, lazily)."""
    name = agency.name
    for alias in agency.aliases:
        if alias.lower() == name.lower():
            continue
        short = re.search(r"\b(?:UBND|HĐND)\b", alias) \
            and normalize(expand_abbreviations(alias)) == normalize(name)
        with_tail = normalize(alias) == normalize(name) + " tinh"
        if not (short or with_tail):
            continue
        text = plan_text()
        written, canonical = text.count(alias.lower()), text.count(name.lower())
        if (short and written > canonical) or (with_tail and written and written >= canonical - written):
            return alias
    return name


def _display_name(agency, plan, plan_text=lambda: "") -> str:
    """An agency's name in replies: as the plan writes it (``_written_form``), and the plan's
    own short name for it in brackets when the two share no wording ("Đoàn Thanh niên Cộng
    sản Hồ Chí Minh Thành phố (Thành đoàn)": the plan says "Thành đoàn Quy Nhơn", officers
    say "Thành đoàn")."""
    if plan.ocr:
        return agency.name     # a scan's spellings are no name to show
    written = _written_form(agency, plan_text)
    if written != agency.name:
        return written
    canonical = normalize(agency.name)
    place = set(normalize(plan.locality or "").split())
    for alias in agency.aliases:
        words = [w for w in normalize(alias).split() if w not in place]
        short = " ".join(words)
        if not words or len(words) > 2 or short in canonical or normalize(alias) in canonical \
                or all(w in _LEVEL_WORDS for w in words) or re.search(r"\b[A-ZĐ]{3,}\b|\d", alias):
            continue
        written = " ".join(alias.split()[:len(words)])
        return f"{agency.name} ({written[:1].upper()}{written[1:]})"
    return agency.name


def build_index(plans: list) -> Index:
    docs: list[Doc] = []
    doc_words: list[list[str]] = []    # each doc's folded words, while building
    agency_names = {}
    passage_words: dict[str, list[list[str]]] = {}
    for plan in plans:
        previous = previous_words = None
        for passage in plan.passages:
            # a text's words are its parts' words: folding is done character by character
            words = normalize(passage.text).split()
            passage_words.setdefault(plan.slug, []).append(words)
            docs.append(_doc(plan.slug, passage.section, passage.text, words, "passage", passage))
            doc_words.append(words)
            # a sentence cut by a page break continues in the next passage: join the two
            if previous is not None and previous.section == passage.section \
                    and not previous.text.rstrip().endswith((".", ":", ";", "!", "?")):
                joined = previous_words + words
                docs.append(_doc(plan.slug, passage.section, f"{previous.text} {passage.text}", joined,
                                 "passage", passage))
                doc_words.append(joined)
            previous, previous_words = passage, words
        plan_text = lru_cache(maxsize=1)(lambda plan=plan: "\n".join(p.text for p in plan.passages).lower())
        for agency in plan.agencies:
            agency_names[(plan.slug, agency.key)] = _display_name(agency, plan, plan_text)
    ocr_plans, ocr_reading = _add_ocr_readings(plans, docs, doc_words, passage_words)
    postings: dict[str, list[int]] = {}
    plan_docs: dict[str, range] = {}
    for i, doc in enumerate(docs):
        for token in doc.tokens:
            hit = postings.get(token)
            if hit is None:
                postings[token] = [i]
            else:
                hit.append(i)
        first = plan_docs.get(doc.plan)
        plan_docs[doc.plan] = range(first.start if first else i, i + 1)
    df = {t: len(ids) for t, ids in postings.items()}
    # one array of every word's documents, each word a (start, stop) slice of it: compact
    spans, start = {}, 0
    for t, ids in postings.items():
        spans[t] = (start, start + len(ids))
        start += len(ids)
    posting_ids = np.fromiter(itertools.chain.from_iterable(postings.values()), dtype=_ids_dtype(len(docs)),
                              count=start)
    token_ids = {t: k for k, t in enumerate(postings)}
    doc_sizes = np.fromiter((len(d.tokens) for d in docs), dtype=np.int32, count=len(docs))
    pair_keys, pair_starts, pair_docs = _pair_postings(docs, token_ids)
    n = max(len(docs), 1)
    idf = {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}
    max_idf = math.log((n + 1) / 0.5)
    vocabulary = set(df)
    for plan in plans:
        for ind in plan.indicators:
            vocabulary |= set(normalize(ind.text).split())
    refs = [plan_ref(p) for p in plans]
    agencies = [a for p in plans for a in agency_refs(p)]
    by_slug = {p.slug: p for p in plans}
    texts = [" ".join(w) for w in doc_words]    # normalize(doc.text) of each doc
    corpus = " " + " ".join(texts) + " "         # every doc is a passage
    # where each doc's folded text starts in ``corpus`` (its end: the next start - 1)
    text_starts = np.cumsum([1] + [len(t) + 1 for t in texts], dtype=np.int64)
    spelled: dict[str, dict[str, int]] = {}
    if ocr_plans:
        # (folded, as written) of each word and word pair of the clean plans, counted
        # (Counter keeps first-seen order, as the forms' dicts did)
        folded = _Folded()   # each distinct word folded once
        counts = Counter()
        for doc in docs:
            if doc.plan not in ocr_plans:
                found = re.findall(r"\w+", doc.text.lower())
                keys = list(map(folded.__getitem__, found))
                counts.update(zip(keys, found))
                counts.update(zip(_pairs(keys), _pairs(found)))
        for (key, word), count in counts.items():
            spelled.setdefault(key, {})[word] = count
    usual = {folded: max(forms, key=forms.get) for folded, forms in spelled.items()}
    for folded, forms in spelled.items():
        # a word the clean plans accent in several ways ("duong": dưỡng, đường, dương) is
        # spelled alone only with a neighbour that tells which (see Index._read)
        if " " not in folded and max(forms.values()) < 0.9 * sum(forms.values()):
            usual["~" + folded] = ""
    position = {id(p): i for i, p in enumerate(plans)}
    passage_pos = {id(passage): k for p in plans for k, passage in enumerate(p.passages)}
    docs = PassageDocs(plans, [(position[id(by_slug[d.plan])], passage_pos[id(d.ref)], d.text != d.ref.text)
                               for d in docs])
    return Index(plans, by_slug, refs, agencies, docs, vocabulary, idf, max_idf,
                 agency_names, corpus, ocr_plans, ocr_reading, usual, postings=spans,
                 posting_ids=posting_ids, plan_docs=plan_docs, token_ids=token_ids,
                 pair_keys=pair_keys, pair_starts=pair_starts, pair_docs=pair_docs,
                 doc_sizes=doc_sizes, text_starts=text_starts)


# --- the built index stored beside the plans (start-up without rebuilding it) ------------------

log = logging.getLogger(__name__)

# Bump when the stored layout changes; the code of every module the build reads is hashed
# in too, so a changed tokenizer or vocabulary never reads an index built by the old one.
_STORED_FORMAT = 4
_code_version: str | None = None


def code_version() -> str:
    """A digest of the code that builds the index (this module, query, text, vocab)."""
    global _code_version
    if _code_version is None:
        digest = hashlib.sha256(f"{_STORED_FORMAT}".encode())
        for module in (__file__, _query.__file__, _text.__file__, vocab.__file__):
            with open(module, "rb") as f:
                digest.update(f.read())
        _code_version = digest.hexdigest()[:20]
    return _code_version


def _fields(obj) -> tuple:
    return tuple(getattr(obj, f) for f in obj.__dataclass_fields__)


def index_blob(index: Index) -> bytes:
    """``index`` as bytes (marshal: only builtin types), without the plans it points to.
    Each document is (plan position, passage position, joined to the previous passage,
    tokens, word pairs)."""
    docs = index.docs.rows()
    pair_readings = _PAIR_READINGS.get(id(index.ocr_reading), (None, None))[1]
    return marshal.dumps((
        _STORED_FORMAT, [p.slug for p in index.plans], docs, [_fields(r) for r in index.refs],
        [_fields(a) for a in index.agencies], index.vocabulary, index.idf, index.max_idf,
        index.agency_names, index.corpus, index.ocr_plans, index.ocr_reading, index.spelled,
        pair_readings, index.postings, index.posting_ids.tobytes(),
        {slug: (r.start, r.stop) for slug, r in index.plan_docs.items()}, index.token_ids,
        index.pair_keys.tobytes(), index.pair_starts.tobytes(), index.pair_docs.tobytes(),
        index.doc_sizes.tobytes(), index.text_starts.tobytes(), index.posting_ids.dtype.str))


def index_from_blob(blob: bytes, plans: list) -> Index | None:
    """The ``Index`` of ``plans`` stored as ``blob`` by ``index_blob``, or None when the
    blob is of another layout or of other plans."""
    data = marshal.loads(blob)
    if data[0] != _STORED_FORMAT or data[1] != [p.slug for p in plans]:
        return None
    (_f, _slugs, docs, refs, agencies, vocabulary, idf, max_idf, agency_names, corpus, ocr_plans,
     ocr_reading, spelled, pair_readings, postings, posting_ids, plan_docs, token_ids, pair_keys,
     pair_starts, pair_docs, doc_sizes, text_starts, ids_dtype) = data
    # equal word tuples and words loaded once (plans repeat agency names; the OCR tables
    # repeat the vocabulary's words and word pairs)
    shared: dict = {}
    share = shared.setdefault
    built = PassageDocs(plans, docs)
    agencies = [AgencyRef(*a) for a in agencies]
    for ref in agencies:
        ref.phrases = [share(t, tuple(map(intern, t))) for t in ref.phrases]
        ref.prefixes = [share(t, tuple(map(intern, t))) for t in ref.prefixes]
    spelled = {intern(k): share(v, v) for k, v in spelled.items()}
    pair_readings = frozenset(map(intern, pair_readings)) if pair_readings is not None else None
    del shared
    if ocr_plans:   # as build_index leaves it (see add_readings)
        _PAIR_READINGS.clear()
        _PAIR_READINGS[id(ocr_reading)] = (ocr_reading, pair_readings)
    return Index(plans, {p.slug: p for p in plans}, [PlanRef(*r) for r in refs],
                 agencies, built, vocabulary, idf, max_idf, agency_names,
                 corpus, ocr_plans, ocr_reading, spelled,
                 postings=postings, posting_ids=np.frombuffer(posting_ids, dtype=np.dtype(ids_dtype)),
                 plan_docs={slug: range(a, b) for slug, (a, b) in plan_docs.items()},
                 token_ids=token_ids, pair_keys=np.frombuffer(pair_keys, dtype=np.int64),
                 pair_starts=np.frombuffer(pair_starts, dtype=np.int64),
                 pair_docs=np.frombuffer(pair_docs, dtype=np.dtype(ids_dtype)),
                 doc_sizes=np.frombuffer(doc_sizes, dtype=np.int32),
                 text_starts=np.frombuffer(text_starts, dtype=np.int64))


def _load_stored(stored, plans: list) -> Index | None:
    try:
        blob = stored.load(code_version())
        return index_from_blob(blob, plans) if blob else None
    except Exception:   # a damaged or foreign blob: build the index instead
        log.warning("stored answer index unreadable; rebuilding it", exc_info=True)
        return None


def _save_stored(stored, plans: list, index: Index) -> None:
    try:
        stored.save(code_version(), index_blob(index))
    except Exception:   # a read-only or busy database: the next start builds it again
        log.warning("could not store the answer index", exc_info=True)


def _read_options(word: str, folded: str, guess: str, spelled: dict) -> list[str]:
    """The clean words a scanned word may be read as, likeliest first: a clean word itself
    only; another its reading, then one letter OCR confuses replaced ("chim" → "cham"),
    a letter Vietnamese does not write dropped ("cuwong" → "cuong"); [] for a code in
    capitals ("KH", "TU"), a number or a single letter."""
    if len(folded) < 2 or not folded.isalpha() or (word.isupper() and len(word) <= 4):
        return []
    if guess == folded:
        return [folded] if folded in spelled else []
    found = [guess] + list(_sorted_variants(folded)) + sorted(
        {folded[:k] + folded[k + 1:] for k, ch in enumerate(folded) if ch in "fjwz"})
    return list(dict.fromkeys(w for w in found if len(w) >= 2 and w in spelled))


def _confused(folded: str, reading: str) -> bool:
    """Whether ``reading`` differs from the scanned ``folded`` word only by what OCR does:
    letters it confuses ("tic" → "tuc"), characters read for letters ("Puong" → "duong"),
    a letter Vietnamese does not write ("cuwong" → "cuong")."""
    if reading == folded or ocr_key(reading) == ocr_key(folded):
        return True
    if len(reading) == len(folded):
        return _confusions(folded, reading) == sum(a != b for a, b in zip(folded, reading))
    return len(folded) == len(reading) + 1 and any(
        folded[:k] + folded[k + 1:] == reading for k, ch in enumerate(folded) if ch in "fjwz")
