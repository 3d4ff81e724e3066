"""Plan files → ``Plan`` records.

``ingest_files(paths)`` reads every file, checks it (``IngestError`` for an empty, binary or
non-UTF-8 file, or a document that is not a plan) and extracts everything, in two passes:

1. the clean plans (text with Vietnamese diacritics), whose agencies become the catalogue of
   known agencies;
2. the OCR plans (text that lost its diacritics), whose damaged agency names ("S6 Tw phap")
   are resolved fuzzily against that catalogue, or spelled from the vocabulary when the
   agency appears nowhere else ("S6' Noi vu" → "Sở Nội vụ").

Finally each agency gets one canonical name across all plans (the spelling met most often)
and each plan a unique slug.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from knowledge.parse.agencies import (
    AgencyCatalog, agency_key, agency_level, canonical_form, head_of, restore_from_vocabulary,
)
from knowledge.model import Agency, Plan
from knowledge.model import Passage
from knowledge.text import clean_text
from knowledge.parse.extras import (
    find_field_mentions, known_fields, parse_campaign, parse_contacts, parse_deadlines,
)
from knowledge.parse.goals import parse_goals
from knowledge.parse.header import Header, issuer_level, make_slug, parse_header, parse_signer
from knowledge.parse.structure import Document, parse_document
from knowledge.parse.tasks import parse_tasks
from knowledge.text import fold_keeping_length, normalize, squash_spaces

# Bump when parsing changes, so stored knowledge bases are rebuilt.
PARSER_VERSION = "2024.7"

_VIETNAMESE_MARKS = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụ"
                               r"ưừứửữựỳýỷỹỵđ]", re.IGNORECASE)
_DISTINCTIVE_MARKS = re.compile(r"[ảãạăằắẳẵặâầấẩẫậẻẽẹêềếểễệỉĩịỏõọôồốổỗộơờớởỡợủũụưừứửữựỳỷỹỵđ]",
                                re.IGNORECASE)


class IngestError(Exception):
    """A file that cannot become a plan. ``msgid`` is the English message (a catalog id,
    with ``{file}`` and other placeholders filled from ``params``)."""

    def __init__(self, path: str | Path, code: str, msgid: str, **params: object):
        self.path = Path(path)
        self.code = code
        self.msgid = msgid
        self.params = {"file": self.path.name, **params}
        super().__init__(msgid.format(**self.params))


EMPTY = ("empty", "{file}: the file is empty.")
BINARY = ("binary", "{file}: this is a binary file, not a plan text.")
ENCODING = ("encoding", "{file}: the text is not UTF-8 encoded (save it as UTF-8).")
UNREADABLE = ("unreadable", "{file}: cannot be read ({error}).")
NOT_A_PLAN = ("not_a_plan", "{file}: not a plan: no “Kế hoạch”, “Quyết định” or “Chương trình” heading.")
NO_STRUCTURE = ("no_structure", "{file}: not a plan: no goals, indicators or agency tasks found.")


def read_plan_text(path: str | Path) -> tuple[str, str]:
    """The text of a plan file and the sha256 of its bytes; ``IngestError`` if unusable."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise IngestError(path, UNREADABLE[0], UNREADABLE[1], error=error.strerror or str(error))
    if not data.strip():
        raise IngestError(path, *EMPTY)
    sample = data[:4096]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 13))
    if b"\x00" in sample or controls > len(sample) * 0.05:
        raise IngestError(path, *BINARY)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise IngestError(path, *ENCODING)
    if not text.strip():
        raise IngestError(path, *EMPTY)
    return clean_text(text), hashlib.sha256(data).hexdigest()


def looks_like_ocr(text: str) -> bool:
    """True for text that lost (most of) its diacritics: OCR of a scanned document.
    Counts letters that only Vietnamese uses; OCR keeps a few stray "é" but rarely these."""
    letters = sum(ch.isalpha() for ch in text)
    return letters > 0 and len(_DISTINCTIVE_MARKS.findall(text)) / letters < 0.02


@dataclass
class ParsedFile:
    path: Path
    text: str
    sha256: str
    doc: Document
    header: Header
    ocr: bool


def parse_file(path: str | Path) -> ParsedFile:
    text, sha = read_plan_text(path)
    doc = parse_document(text)
    header = parse_header(doc)
    if not header.has_kind_line:
        raise IngestError(path, *NOT_A_PLAN)
    return ParsedFile(Path(path), text, sha, doc, header, looks_like_ocr(text))


class _Context:
    """What the second pass knows from the first: agencies, localities, word spellings."""

    def __init__(self):
        self.catalog = AgencyCatalog()
        self.localities: list[str] = []
        self.word_forms: dict[str, Counter] = defaultdict(Counter)

    def learn_words(self, text: str) -> None:
        for word in re.findall(r"[^\W\d_]+", text):
            if _VIETNAMESE_MARKS.search(word):
                self.word_forms[fold_keeping_length(word)][word.lower()] += 1

    def spelled(self) -> dict[str, str]:
        return {folded: forms.most_common(1)[0][0] for folded, forms in self.word_forms.items()}


def _locality(parsed: ParsedFile, context: _Context) -> str:
    place = parsed.header.place or parsed.header.locality_from_body or ""
    place = squash_spaces(place)
    if not place:
        return ""
    if parsed.ocr or not _VIETNAMESE_MARKS.search(place):
        for known in context.localities:
            if normalize(known) == normalize(place):
                return known
        spelled = context.spelled()
        return " ".join(spelled.get(w, w).capitalize() for w in normalize(place).split())
    return " ".join(w[:1].upper() + w[1:].lower() for w in place.split())


def _clean_resolver(locality: str):
    def resolve(raw: str) -> str | None:
        name = canonical_form(raw, (locality,))
        found = head_of(name)
        if not found or len(normalize(name).split()) < 2 and found[1] != "công an":
            return None
        return name
    return resolve


def _ocr_resolver(locality: str, context: _Context):
    spelled = context.spelled()
    place = normalize(locality)

    def resolve(raw: str) -> str | None:
        name = normalize(raw)
        name = re.sub(r"^(?:de|pe)\s*nghi\s+", "", name)
        if place and name.endswith(" " + place):
            name = name[: -len(place) - 1]
        if not name:
            return None
        key = context.catalog.resolve(name)
        if key:
            return context.catalog.name(key)
        restored = restore_from_vocabulary(name)
        if restored:
            return restored
        if len(name.split()) > 6 or "," in raw:
            return None         # a list of names, or a sentence: resolved piece by piece
        restored = restore_from_vocabulary(name, spelled)
        found = head_of(restored) if restored else None
        if found and found[1] not in ("nhóm",) and len(restored.split()) >= 2:
            return canonical_form(restored, (locality,))
        return None
    return resolve


def _build(parsed: ParsedFile, context: _Context) -> Plan:
    doc, header = parsed.doc, parsed.header
    locality = _locality(parsed, context)
    level = issuer_level(doc, locality) if locality else None
    issuer = f"UBND {level} {locality}" if level else (f"UBND {locality}" if locality else "")
    goals, indicators = parse_goals(doc)
    resolve = _ocr_resolver(locality, context) if parsed.ocr else _clean_resolver(locality)
    numbers = {i.number for i in indicators if i.number is not None}
    named, tasks, assignments = parse_tasks(doc, resolve, numbers, ocr=parsed.ocr)
    if not indicators and not tasks:
        raise IngestError(parsed.path, *NO_STRUCTURE)
    deadlines = parse_deadlines(doc, resolve)

    agencies: dict[str, Agency] = {}

    def add(canonical: str, written: str | None, mentioned_only: bool = False) -> str:
        key = agency_key(canonical)
        agency = agencies.get(key)
        if agency is None:
            agency = Agency(key=key, name=canonical, aliases=[], level=agency_level(canonical),
                            mentioned_only=mentioned_only)
            agencies[key] = agency
        agency.mentioned_only = agency.mentioned_only and mentioned_only
        for alias in (canonical, written):
            if alias and alias not in agency.aliases:
                agency.aliases.append(alias)
        return key

    for canonical, written in named:
        add(canonical, written)
    for task in tasks:
        task.agency = add(task.agency, None)
    for assignment in assignments:
        assignment.agency = agency_key(assignment.agency)
    for deadline in deadlines:
        if deadline.submit_to:
            deadline.submit_to = add(deadline.submit_to, None, mentioned_only=True)
    if not parsed.ocr:
        full_text = "\n".join(doc.lines)
        fields = known_fields([a.name for a in agencies.values()]
                              + [context.catalog.name(k) for k in context.catalog.keys()])
        for head, field_name, written in find_field_mentions(full_text, fields):
            if head == "ngành":
                for agency in agencies.values():
                    if normalize(agency.name) in (normalize(f"Sở {field_name}"),
                                                  normalize(f"Phòng {field_name}")):
                        if written not in agency.aliases:
                            agency.aliases.append(written)
                continue
            add(canonical_form(f"{head} {field_name}", (locality,)), written, mentioned_only=True)
    for indicator in indicators:
        if indicator.number is None:
            continue
        for assignment in assignments:
            if assignment.indicator != indicator.number:
                continue
            target = indicator.lead_agencies if assignment.role == "lead" else indicator.partner_agencies
            if assignment.agency not in target:
                target.append(assignment.agency)
    passages = [Passage(section=p.section, text=p.text, position=p.position)
                for p in doc.paragraphs if p.text.strip()]
    signer, signer_role = parse_signer(parsed.text)
    return Plan(
        slug=make_slug(locality, header), title=header.title, kind=header.kind,
        locality=locality, issuer=issuer, number=header.number, date=header.date,
        period=header.period, period_start=header.period_start, period_end=header.period_end,
        source_file=parsed.path.name, source_sha256=parsed.sha256, references=header.references,
        goals=goals, indicators=indicators, agencies=list(agencies.values()), tasks=tasks,
        assignments=assignments, deadlines=deadlines, contacts=parse_contacts(doc),
        campaigns=parse_campaign(doc, header.title), passages=passages,
        signer=signer, signer_role=signer_role, ocr=parsed.ocr)


def _register(plan: Plan, context: _Context) -> None:
    for agency in plan.agencies:
        for alias in agency.aliases:
            if agency_key(alias) == agency.key:
                context.catalog.add(alias)
        context.catalog.add(agency.name)
    if plan.locality and plan.locality not in context.localities:
        context.localities.append(plan.locality)


def ingest_files(paths: Iterable[str | Path]) -> list[Plan]:
    """Every file as a ``Plan``, in the order given; ``IngestError`` for the first bad
    file (before anything is returned, so nothing is stored)."""
    parsed = [parse_file(path) for path in paths]
    context = _Context()
    for item in parsed:
        if not item.ocr:
            context.learn_words(item.text)
    plans: list[Plan | None] = [None] * len(parsed)
    for ocr_pass in (False, True):
        for index, item in enumerate(parsed):
            if item.ocr == ocr_pass:
                plans[index] = _build(item, context)
                _register(plans[index], context)
    result = [plan for plan in plans if plan is not None]
    for plan in result:              # one canonical name per agency key, over all plans
        for agency in plan.agencies:
            agency.name = context.catalog.name(agency.key) if agency.key in context.catalog.spellings \
                else agency.name
            if agency.name not in agency.aliases:
                agency.aliases.insert(0, agency.name)
    seen: Counter = Counter()
    for plan in result:
        seen[plan.slug] += 1
        if seen[plan.slug] > 1:
            plan.slug = f"{plan.slug}-{seen[plan.slug]}"
    return result


def ingest_file(path: str | Path, known: Iterable[str | Path] = ()) -> Plan:
    """One file as a ``Plan``; ``known`` plan files help resolve an OCR plan's agencies."""
    paths = [Path(p) for p in known if Path(p).resolve() != Path(path).resolve()] + [Path(path)]
    return ingest_files(paths)[-1]
