"""Plan files → ``Plan`` records.

``ingest_batch(paths)`` reads every file in any published format (``knowledge.parse.formats``:
text in any encoding, DOCX, PDF, scans through OCR), checks it and extracts everything. A file
that cannot become a plan (unreadable, or not a plan: ``IngestError``) is reported by name and
the others go on. The genre is judged on content, not header: a document is a plan when it sets
numbered indicators or targets and assigns tasks. Extraction runs in two passes:

1. the clean plans (text with Vietnamese diacritics), whose agencies become the catalogue of
   known agencies;
2. the OCR plans (text that lost its diacritics), whose damaged agency names ("S6 Tw phap")
   are resolved fuzzily against that catalogue, or spelled from the vocabulary when the
   agency appears nowhere else ("S6' Noi vu" → "Sở Nội vụ").

Finally each agency gets one canonical name across all plans (the spelling met most often),
the same document met twice (same locality, number and date, or the same text once line
ends, BOM and spacing are evened out) is kept once — the later file wins — and each plan
gets a unique slug.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from knowledge.parse.agencies import (
    AgencyCatalog, agency_key, agency_level, canonical_form, expand_abbreviations, head_of, restore_from_vocabulary,
    split_agencies,
)
from knowledge.model import AT_LEAST, EXACTLY, Agency, Assignment, Goal, Indicator, Plan, REDUCE_BY_PER_YEAR
from knowledge.model import Passage
from knowledge.text import clean_text
from knowledge.numbers import parse_number
from knowledge.parse.formats import Document as SourceDocument, FormatError, read_document
from knowledge.parse.extras import (
    find_field_mentions, known_fields, parse_campaign, parse_contacts, parse_deadlines,
    parse_funding, parse_held_campaigns, titled_blocks, is_event_title,
)
from knowledge.parse.goals import goal_sections, lettered_goals, parse_goals, prose_sections
from knowledge.parse.header import (
    Header, issuer_level, make_slug, parse_header, parse_signer, place_as_spelled,
)
from knowledge.parse.structure import Document, parse_document, table_cells
from knowledge.parse.targets import CODE_MARK_RE, parse_targets, reference_bracket
from knowledge.parse.roles import LEAD, LEAD_LINE_RE, LEAD_WORDS, PARTNER, PARTNER_LINE_RE, ROLE_COLON
from knowledge.parse.breakdowns import area_breakdowns, area_notes, marked_notes
from knowledge.parse.itemrefs import (group_roles, label_roles, labelled_mentions, labelled_partners, titled_members,
                                      trailing_partners)
from knowledge.parse.tasks import clause_subject
from knowledge.parse.statements import MILESTONES_LINE_RE as _MILESTONES_LINE_RE, declared_groups, milestones_by_code, statements_under_agencies
from knowledge.parse.titled import titled_targets
from knowledge.parse.clauses import clause_citation, clause_roles, clause_targets
from knowledge.parse.forms import form_roles, form_targets
from knowledge.parse.topics import passive_topic_roles, topic_partners, topic_roles
from knowledge.parse.tasks import (HEAD_TITLE_RE, _BRACKET_RE, _LEAD_WORD_RE, _bracket_roles, colon_roles, exception_roles,
                                   indicator_mentions, named_agencies, postfix_roles,
                                   find_organisation_sections,
                                   goal_assignments, lettered_assignments, parse_tasks, sentence_agencies,
                                   table_topic_roles)
from knowledge.parse.yeargroups import read_year_groups, year_group_assignments, year_sections
from knowledge.text import fold_keeping_length, label_key, normalize, squash_spaces

# Bump when parsing changes, so stored knowledge bases are rebuilt.
PARSER_VERSION = "2026.31"

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


UNREADABLE = ("unreadable", "{file}: cannot be read ({error}).")
NOT_A_PLAN = ("not_a_plan", "{file}: not a plan: it sets no numbered indicators or targets and assigns no tasks.")
NO_STRUCTURE = ("no_structure", "{file}: not a plan: no goals, indicators or agency tasks found.")
NO_SUCH_FILE = ("no_such_file", "{file}: no such file.")


def read_plan(path: str | Path, progress=None, read: dict[str, SourceDocument] | None = None
              ) -> tuple[SourceDocument, str]:
    """The document in a plan file (any format ``read_document`` reads) and the sha256 of
    its bytes; ``IngestError`` if unusable, its msgid ``"{file}: "`` + the format's reason.
    ``progress(done, total)`` is called per page of a PDF or image. ``read`` holds documents
    read before, by sha256 of their bytes (OCR takes seconds a page: not done twice)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise IngestError(path, *NO_SUCH_FILE) from None
    except OSError as error:
        raise IngestError(path, UNREADABLE[0], UNREADABLE[1], error=error.strerror or str(error))
    sha = hashlib.sha256(data).hexdigest()
    if read and sha in read:
        return read[sha], sha
    try:
        document = read_document(data, path.name, progress=progress)
    except FormatError as error:
        raise IngestError(path, error.code, "{file}: " + error.msgid, **error.params) from None
    # the one input cleaning (format characters, look-alike letters, dashes) for plan text too
    return dataclasses.replace(document, text=clean_text(document.text)), sha


def read_plan_text(path: str | Path) -> tuple[str, str]:
    """The text of a plan file (NFC, cleaned) and the sha256 of its bytes; ``IngestError``
    if unusable."""
    document, sha = read_plan(path)
    return document.text, sha


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
    ocr: bool                  # the text lost its diacritics (agencies resolved fuzzily)
    scanned: bool = False      # some of the text came from OCR (format reader's flag)
    format: str = "txt"
    pages: int = 1


def parse_file(path: str | Path, progress=None, read: dict[str, SourceDocument] | None = None
               ) -> ParsedFile:
    """Read and structure one file; ``IngestError`` when it cannot be read. ``read``: see
    ``read_plan``."""
    document, sha = read_plan(path, progress, read)
    parsed = parse_text(document.text, path, sha, scanned=document.scanned, format=document.format)
    parsed.pages = document.pages
    return parsed


def parse_text(text: str, path: str | Path, sha256: str = "", *, scanned: bool = False,
               format: str = "txt") -> ParsedFile:
    """Structure the text of one document (``path`` names it in messages and as the plan's
    source file). No genre check yet: that needs the extraction (``_build``)."""
    doc = parse_document(text)
    header = parse_header(doc)
    if not header.has_kind_line:
        _header_from_body(doc, header)
    return ParsedFile(Path(path), text, sha256 or hashlib.sha256(text.encode()).hexdigest(), doc,
                      header, looks_like_ocr(text), scanned, format)


# "Điều 1. Phê duyệt Chương trình hành động … giai đoạn 2021 - 2030 (sau đây gọi là …) với
# những nội dung sau:" — a decision whose title block is missing names what it issues here.
_ISSUES_RE = re.compile(r"^dieu\s*1\s*[.:]?\s*(?:phe duyet|ban hanh(?: kem theo)?)\s+(?:(?:quyet dinh|nay)\s+)*",
                        re.IGNORECASE)
_TITLE_END_RE = re.compile(r"\s*(?:\(|,?\s*(?:voi|gom|bao gom)\s+(?:cac|nhung)?\s*(?:noi dung|muc tieu)|[.:;]\s|[.:;]$)")
_PERIOD_RE = re.compile(r"giai doan\s*((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)")


def _header_from_body(doc: Document, header: Header) -> None:
    """A document without a "KẾ HOẠCH / QUYẾT ĐỊNH" title line: its kind and title from
    "Điều 1. Phê duyệt <title>", the period from that title."""
    for para in doc.paragraphs[:80]:
        folded = fold_keeping_length(para.text)
        match = _ISSUES_RE.match(folded)
        if not match:
            continue
        rest = folded[match.end():]
        end = _TITLE_END_RE.search(rest)
        title = para.text[match.end(): match.end() + (end.start() if end else len(rest))].strip()
        if not title:
            continue
        header.kind = header.kind or "quyết định"
        header.kind_code = header.kind_code or "QĐ"
        header.title = title
        period = _PERIOD_RE.search(fold_keeping_length(title))
        if period and not header.period:
            header.period_start, header.period_end = int(period.group(1)), int(period.group(2))
            header.period = f"{header.period_start}-{header.period_end}"
            header.year = header.year or header.period_start
        return


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
    header = parsed.header
    place = header.place or header.locality_from_body or ""
    issuer = squash_spaces(header.locality_from_body or "")
    title = normalize(header.title or "")
    if issuer and header.place and re.search(rf"\b{re.escape(normalize(issuer))}\b", title) \
            and not re.search(rf"\b{re.escape(normalize(header.place))}\b", title):
        # "TỈNH QUẢNG TRỊ" issuing "… tỉnh Quảng Trị …" from "Đồng Hới, ngày …": the plan is the
        # province's, dated at its seat (a district's plan names its own place in its title)
        place = issuer
    place = squash_spaces(place)
    if not place:
        return ""
    if parsed.ocr or not _VIETNAMESE_MARKS.search(place):
        for known in context.localities:
            if normalize(known) == normalize(place):
                return known
        place = place_as_spelled(place, parsed.text)   # the document's own marks, never a guess
    return " ".join(w[:1].upper() + w[1:].lower() for w in place.split())


def _clean_resolver(locality: str):
    def resolve(raw: str) -> str | None:
        name = canonical_form(raw, (locality,))
        found = head_of(name)
        if not found or len(normalize(name).split()) < 2 and found[1] != "công an":
            return None
        return name
    return resolve


# "SYT: Sở Y tế", "UBND xã - Ủy ban nhân dân các xã, phường, đặc khu": a plan's own list of
# the abbreviations its tables use, one a line
# … or a numbered code: "ĐV02 - Sở Y tế" (a list of units a table cites by code)
_ABBREVIATION_LINE_RE = re.compile(r"^\s*[-–•+]?\s*([A-ZĐ][A-ZĐ&]{1,9}\d{0,3}(?:\s+[a-zà-ỹđ]{2,6})?)\s*(?::|–|-|=|\.{3,}|…+)\s+(\S.{3,120})$")


def _with_declared_abbreviations(resolve, doc: Document):
    """``resolve`` that also reads the abbreviations the plan declares for agencies ("SYT: Sở
    Y tế", "CATP: Công an thành phố" in a list after its tables): "SYT" is what "Sở Y tế"
    resolves to. A line whose right side names no agency declares nothing."""
    declared: dict[str, str] = {}
    for line in doc.lines:
        match = _ABBREVIATION_LINE_RE.match(squash_spaces(line))
        if match and resolve(match.group(2).strip(" .;:")):
            declared[normalize(match.group(1))] = match.group(2).strip(" .;:")
    if not declared:
        return resolve

    def with_declared(raw: str) -> str | None:
        full = declared.get(normalize(raw.strip(" .,;")))
        return resolve(full) if full else resolve(raw)
    with_declared.declared = declared     # code → the name it stands for, as written
    return with_declared


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


# "a) Mục tiêu 1 - Bảo vệ trẻ em: giảm tỷ lệ … (chỉ tiêu 1 đến chỉ tiêu 6)." (folded): a goal
# that says which of the numbered targets (a table's rows, say) are its own
_GOAL_RANGE_RE = re.compile(r"^(?:[a-zđ]\)\s*)?muc tieu\s+(\d{1,2})\s*[-–:.]\s*(.+?)\(\s*(?:cac\s+)?chi tieu\s+"
                            r"(?:tu\s+)?(?:so\s+)?(\d{1,2})\s*(?:den|-|–)\s*(?:chi tieu\s+)?(?:so\s+)?(\d{1,2})\s*\)")


def _goals_by_declared_ranges(doc: Document, goals: list, indicators: list[Indicator]) -> list:
    """The goals a plan declares with the range of its numbered targets each holds, when no
    target has a goal yet (a table of targets with no goal rows under goals written in prose,
    blind round 120): each target in a range takes its goal; ``goals`` gains those not there.
    ``goals`` unchanged otherwise."""
    if not indicators or any(i.goal is not None for i in indicators):
        return goals
    by_number = {i.number: i for i in indicators if i.number is not None}
    found = []
    for para in doc.paragraphs:
        body = squash_spaces(para.body)
        m = _GOAL_RANGE_RE.match(fold_keeping_length(body.lower()))
        if m is None:
            continue
        number, first, last = int(m.group(1)), int(m.group(3)), int(m.group(4))
        members = [by_number[n] for n in range(first, last + 1) if n in by_number]
        if not members or first > last:
            continue
        # the goal's name: its words before the colon ("Bảo vệ trẻ em"), as written
        title = body[m.start(2):m.end(2)].split(":", 1)[0].strip(" .;-–")
        found.append(Goal(number=number, title=title, section=para.section, label=str(number)))
        for indicator in members:
            indicator.goal = number
    if not found:
        return goals
    known = {g.number for g in goals}
    return goals + [g for g in found if g.number not in known]


def _build(parsed: ParsedFile, context: _Context) -> Plan:
    doc, header = parsed.doc, parsed.header
    locality = _locality(parsed, context)
    level = issuer_level(doc, locality) if locality else None
    issuer = f"UBND {level} {locality}" if level else (f"UBND {locality}" if locality else "")
    goals, indicators = parse_goals(doc)
    # targets known only by titles in guillemets, figures by year; targets written as the
    # clauses of a legal act's articles; targets only the rows of reporting forms: a reader of
    # its own, taken when it finds more targets
    for read in (titled_targets, clause_targets, form_targets):
        found = read(doc)
        if found is not None and len(found[1]) > len(indicators):
            goals, indicators = found
    milestones_by_code(doc, indicators)
    # notes a table's cells call by "(a)": figures of the calling row's areas, no targets
    indicators = marked_notes(doc, indicators)
    indicators = _listed_again(_results_cited_by_code(indicators))
    listed: dict[int, int] = {}
    if not indicators:
        # no target in the goals' part: a plan may list them in its agencies' parts instead
        groups = declared_groups(doc)
        indicators, listed = statements_under_agencies(find_organisation_sections(doc), groups)
        if indicators:
            goals = goals + [goal for goal, _ in groups]
    goals = _goals_by_declared_ranges(doc, goals, indicators)
    # results and milestones by the plan's dates, whichever reader found the targets
    _milestones_in_brackets(indicators, header.year)
    _results_before_the_plan(indicators, header.period_start or header.year)
    _one_years_targets(indicators, header.period_start, header.period_end)
    _falling_levels(indicators)
    resolve = _ocr_resolver(locality, context) if parsed.ocr else _clean_resolver(locality)
    resolve = _with_declared_abbreviations(resolve, doc)
    numbers = {i.number for i in indicators if i.number is not None}
    # targets written in prose under each goal: who leads them is said once per goal
    sections = goal_sections(doc) if prose_sections(doc) else []
    # targets lettered under numbered goals: their leads are said per goal or per target
    lettered = lettered_goals(doc)
    named, tasks, assignments = parse_tasks(
        doc, resolve, numbers, ocr=parsed.ocr,
        skip={p.position for _, run in sections for p in run} | {p.position for g in lettered for p in g.paragraphs()}
        | {p.position for s in year_sections(doc) for p in s.paragraphs()}, listed=listed,
        codes=frozenset(fold_keeping_length(m.group(1).lower()) for i in indicators if i.number is not None
                        and (m := _CODED_SECTION_RE.search(i.section or ""))))
    # targets grouped by year ("Mục tiêu cụ thể đến năm 2025" / "… 2030"): leads per area
    grouped = read_year_groups(doc)
    if grouped is not None:
        texts = {i.text for i in grouped.indicators}
        grouped = read_year_groups(doc, {i.number for i in indicators if i.number is not None
                                         and i.text not in texts})
        by_area, area_leads = year_group_assignments(grouped, lambda clause: _bracket_roles(clause, resolve))
        named += [pair for pair in by_area if pair not in named]
        assignments += [a for a in area_leads if not any(
            (b.indicator, b.agency, b.role) == (a.indicator, a.agency, a.role) for b in assignments)]
    if lettered:
        by_letter, letter_leads = lettered_assignments(lettered, indicators, resolve)
        named += [pair for pair in by_letter if pair not in named]
        assignments += [a for a in letter_leads if not any(
            (b.indicator, b.agency, b.role) == (a.indicator, a.agency, a.role) for b in assignments)]
    if sections:
        by_goal, goal_leads = goal_assignments(sections, indicators, resolve)
        named += [pair for pair in by_goal if pair not in named]
        assignments += [a for a in goal_leads if not any(
            (b.indicator, b.agency, b.role) == (a.indicator, a.agency, a.role) for b in assignments)]
    if not header.has_kind_line:
        # No plan heading: a plan by content only — numbered indicators or targets, and tasks.
        sets_targets = bool(numbers) or any(i.targets for i in indicators)
        if not (sets_targets and (tasks or assignments)):
            raise IngestError(parsed.path, *NOT_A_PLAN)
    elif not indicators and not tasks:
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
        # "ĐV04" in a table: the name the plan's list spells out for it ("Công an tỉnh")
        code, written = written, getattr(resolve, "declared", {}).get(normalize(written or "")) or written
        if code != written and code not in agency.aliases:
            agency.aliases.append(code)
        if written and agency.name == canonical and agency.level in _NAMED_WITH_LEVEL \
                and normalize(written).startswith(normalize(canonical) + " tinh"):
            agency.name = f"{canonical} tỉnh"   # shown as written: "Công an tỉnh", not "Công an"
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
    _targets_stated_in_tasks(tasks, indicators, resolve, add, header.period_start or header.year)
    for indicator in indicators:
        if indicator.number is None:
            continue
        for assignment in assignments:
            if assignment.indicator != indicator.number or not _row_names(assignment.text, indicator):
                continue
            target = indicator.lead_agencies if assignment.role == "lead" else indicator.partner_agencies
            if assignment.agency not in target:
                target.append(assignment.agency)
    for indicator in indicators:
        if not indicator.lead_agencies:
            _own_bracket_roles(indicator, resolve, add, assignments)
    _roles_on_own_lines(doc, indicators, resolve, add, assignments)
    # (after them: a target's own line apart replaces the partners its group's line gave it)
    _roles_after_groups(doc, indicators, resolve, add)
    _roles_by_bracket_label(doc, indicators, resolve, add)
    _roles_by_coded_lines(doc, indicators, resolve, add)
    _roles_under_lead_lines(doc, indicators, resolve, add)
    _roles_of_target_groups(doc, indicators, resolve, add)
    _roles_by_agency_lines(doc, indicators, resolve, add)
    _roles_by_coded_table(doc, indicators, resolve, add)
    _roles_by_group_table(doc, indicators, resolve, add)
    _roles_by_marked_codes(doc, indicators, resolve, add)
    _roles_by_cited_clauses(doc, indicators, resolve, add, assignments)
    _roles_by_form_rows(doc, indicators, resolve, add, assignments)
    _roles_by_label(tasks, indicators, resolve, add)
    for task in tasks:
        # "Chủ trì các chỉ tiêu mã YT (trừ chỉ tiêu [YT-2] do Sở Giáo dục và Đào tạo chủ trì)"
        for bracket in _EXCEPTION_BRACKET_RE.finditer(task.text):
            _apply_exceptions(bracket.group(0), indicators, resolve, add)
    for cell in table_topic_roles(doc, indicators, resolve, add):
        _apply_exceptions(cell, indicators, resolve, add)
    _roles_by_topic(tasks, indicators, assignments)
    _partners_by_topic(tasks, indicators, resolve, add)
    before = {id(i): list(i.lead_agencies) for i in indicators}
    for para in doc.paragraphs:
        # "Cơ quan chủ trì: Sở Giáo dục và Đào tạo; riêng chỉ tiêu 15 do Sở Văn hóa, … chủ trì;
        # …": one target of the group led apart, said in its role line, no bracket
        for clause in _APART_CLAUSE_RE.finditer(para.text):
            _apply_exceptions(clause.group(1), indicators, resolve, add)
    for indicator in indicators:
        if indicator.number is not None and indicator.lead_agencies != before[id(indicator)]:
            # (the group's lead recorded for it is no longer its lead)
            assignments[:] = [a for a in assignments if not (a.indicator == indicator.number and a.role == "lead"
                                                             and a.agency not in indicator.lead_agencies)]
    _roles_by_group(doc, indicators, assignments, resolve, add)
    _share_cited_codes(indicators)
    _drop_role_brackets(indicators)
    _measures_not_units(indicators)
    _cited_as_written(indicators, doc)
    area_breakdowns(doc, indicators)
    area_notes(doc, indicators)
    passages = [Passage(section=section, text=text, position=position)
                for section, text, position in titled_blocks(doc.paragraphs)]
    signer, signer_role = parse_signer(parsed.text)
    return Plan(
        slug=make_slug(locality, header), title=header.title, kind=header.kind,
        locality=locality, issuer=issuer, number=header.number, date=header.date,
        period=header.period, period_start=header.period_start, period_end=header.period_end,
        source_file=parsed.path.name, source_sha256=parsed.sha256, references=header.references,
        goals=goals, indicators=indicators, agencies=list(agencies.values()), tasks=tasks,
        assignments=assignments, deadlines=deadlines, contacts=parse_contacts(doc),
        campaigns=_campaigns(doc, header.title), passages=passages,
        signer=signer, signer_role=signer_role, ocr=parsed.ocr, funding=parse_funding(doc),
        proposer=header.proposer)


def _campaigns(doc: Document, title: str) -> list:
    """The campaigns a plan holds: the one it is about or sets out under a title line of its
    own (``parse_campaign``), with those it says it holds on given days
    (``parse_held_campaigns``) — for a plan about one campaign, those only when its fields
    name none."""
    found = parse_campaign(doc, title)
    if is_event_title(title):
        return found or parse_held_campaigns(doc)
    names = [normalize(c.name) for c in found]
    return found + [c for c in parse_held_campaigns(doc)
                    if not any(n.startswith(normalize(c.name)) for n in names)]


def _milestones_in_brackets(indicators: list[Indicator], issued: int | None) -> None:
    """A figure in brackets after a target ("… 95% vào năm 2030 (năm 2025: 90%)") is a result
    reached when its year is past at the plan's issue (``issued``, its year): a plan of 2021
    can only aim at 2025, so there it is a milestone with the statement's comparator. Changes
    the targets in place."""
    for indicator in indicators:
        for target in indicator.targets:
            if issued is None or target.year is None or target.year <= issued or not reference_bracket(target):
                continue
            own = next((t for t in indicator.targets if t.metric_index == target.metric_index
                        and not t.achieved), None)
            target.achieved = False
            if own is not None:
                target.comparator, target.comparator_text = own.comparator, own.comparator_text


# "… › Chỉ tiêu CT-01": a target numbered by its code, the code's prefix
_CODED_SECTION_RE = re.compile(r"Chỉ tiêu ([A-ZĐ]{1,4})-\d{1,3}$")


def _one_years_targets(indicators: list[Indicator], start: int | None, end: int | None) -> None:
    """A one-year plan's targets ("Kế hoạch thực hiện công tác trẻ em năm 2027": "… đạt 97,5%
    (năm 2026: 96,8%)") are for its year: a figure written with no year gets it. Results of
    other years and baselines are left. Changes the targets in place."""
    if start is None or start != end:
        return
    for indicator in indicators:
        if indicator.baseline:
            continue
        # "(năm trước: 95,1%)", "(cùng kỳ năm trước: 14,8‰)": the year before's result, no
        # target. Told apart by where the figure stands, not by its value: "đạt 100% (năm
        # trước: 100%)" has a target and a result of one value, the first outside the bracket.
        inside, outside = _figures_in_and_out_of_year_before(indicator.text)
        taken: dict[float, int] = {}
        for target in indicator.targets:
            if target.year is not None or target.achieved or target.comparator == REDUCE_BY_PER_YEAR:
                continue
            seen = taken.get(target.value, 0)
            taken[target.value] = seen + 1
            if target.value in inside and seen >= outside.get(target.value, 0):
                target.year, target.achieved, target.comparator, target.comparator_text = start - 1, True, EXACTLY, None
                if not re.search(r"[^\W\d_]{2}", target.metric):
                    # (the bracket's own words, ")", name nothing: the measure is its target's)
                    own = next((t for t in indicator.targets if t is not target and not t.achieved
                                and re.search(r"[^\W\d_]{2}", t.metric)), None)
                    target.metric = own.metric if own is not None else target.metric
            else:
                target.year = start


def _figures_in_and_out_of_year_before(text: str) -> tuple[set[float], dict[float, int]]:
    """The figures of ``text`` inside its "(năm trước: …)" brackets (every one, "(năm trước:
    95,1%; 2024: 93%)" gives two) and how many times each other figure stands outside them."""
    inside: set[float] = set()
    outside: dict[float, int] = {}
    spans = []
    for m in _YEAR_BEFORE_RE.finditer(text):
        end = text.find(")", m.end())
        spans.append((m.start(), end if end >= 0 else len(text)))
    for m in _FIGURE_RE.finditer(text):
        value = parse_number(m.group())
        if any(start <= m.start() < end for start, end in spans):
            inside.add(value)
        else:
            outside[value] = outside.get(value, 0) + 1
    return inside, outside


_FIGURE_RE = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*")

# the result of the year before a one-year plan, in a bracket after its target
_YEAR_BEFORE_RE = re.compile(r"\((?:cùng kỳ\s+)?năm trước\s*[:=]?\s*(?=\d)", re.IGNORECASE)


# a figure's own words naming the level a plan starts from, no year given (folded)
_STARTING_LEVEL_RE = re.compile(r"\b(?:muc|gia tri|so lieu)\s+(?:khoi diem|co so|nen)\s*:|\bso goc\s*:")


def _results_before_the_plan(indicators: list[Indicator], start: int | None) -> None:
    """A figure for a year before the plan's period (its start, else its issue year) is a
    result reached, never a target: "giảm từ 1,26% năm 2025 xuống dưới 1% vào năm 2030" in a
    plan of 2026-2030, "năm 2025 đạt 98,9%" there. Marked ``achieved``, ``EXACTLY`` its figure.
    Changes the targets in place."""
    if start is None:
        return
    for indicator in indicators:
        for target in indicator.targets:
            if target.year is None and _STARTING_LEVEL_RE.search(fold_keeping_length(target.text.lower())):
                # "Mức khởi điểm: 6,9‰ - Mức phấn đấu năm 2028: …": the level the plan starts
                # from, in the year before its period
                target.year = start - 1
            if target.year is not None and target.year < start and not target.achieved:
                target.achieved, target.comparator, target.comparator_text = True, EXACTLY, None


_PARTNERS_AFTER_RE = re.compile(r"\bphối hợp với\s+(.+?)\s*[.;]?$", re.IGNORECASE)


def _targets_stated_in_tasks(tasks: list, indicators: list[Indicator], resolve, add, start: int | None) -> None:
    """Targets a summary table gives only by a short name and one year's figure ("| 9 | Thấp
    còi dưới 5 tuổi | không vượt quá 20% |") and in full only inside the part of the agency
    that leads each ("Sở Y tế chủ trì … các chỉ tiêu sau: c) Giảm tỷ lệ suy dinh dưỡng thể thấp
    còi … từ 24,8% năm 2025 xuống 22,5% năm 2028 và không vượt quá 20% năm 2030, phối hợp với
    …", blind round 107): the task stating a row's figure for the row's year, with most of the
    row's words, is that row's target in full. The row takes its other years, its lead (the
    agency whose part it is in, when none leads it yet) and its partners (named after "phối hợp
    với"). Rows of one year only; a statement fits one row, a row one statement.
    ``add(canonical, written)`` registers an agency and gives its key."""
    rows = [i for i in indicators if i.targets and len({t.year for t in i.targets}) == 1]
    if len(rows) < 3:
        return
    for task in tasks:
        targets = parse_targets(task.text)
        years = {t.year for t in targets if t.year is not None}
        if len(years) < 2 or not rows:
            continue
        words = set(normalize(task.text).split())

        def shared(row: Indicator) -> int:
            return len(set(normalize(row.text.split(":")[0]).split()) & words)

        fits = [row for row in rows if any(t.year in years and any(
            u.year == t.year and u.value == t.value for u in targets) for t in row.targets)]
        fits.sort(key=shared, reverse=True)
        if not fits or shared(fits[0]) < 2 or len(fits) > 1 and shared(fits[1]) == shared(fits[0]):
            continue
        row = fits[0]
        rows.remove(row)
        held = {t.year for t in row.targets}
        row.targets.extend(t for t in targets if t.year not in held)
        row.targets.sort(key=lambda t: (t.metric_index, t.year is None, t.year or 0))
        _results_before_the_plan([row], start)
        if not row.lead_agencies and task.agency:
            row.lead_agencies.append(task.agency)
        partners = _PARTNERS_AFTER_RE.search(task.text)
        for piece in split_agencies(partners.group(1)) if partners else ():
            canonical = resolve(piece)
            key = add(canonical, squash_spaces(piece)) if canonical else None
            if key and key not in row.lead_agencies and key not in row.partner_agencies:
                row.partner_agencies.append(key)


def _falling_levels(indicators: list[Indicator]) -> None:
    """A bare figure ("2028: 12", no "đạt", "dưới" or sign) of a measure whose result reached
    is higher is a level to come down to, not a floor: "Tỷ suất … tai nạn thương tích: 2025 ▸
    2028 ▸ 2030: 13,4 ▸ 12 ▸ 10,5" sets no "đạt ít nhất 12". Such targets become ``EXACTLY``
    their figure (as a row's bare figure beside ceilings does, ``parse.goals``); a floor the
    plan says in words keeps its words. Changes the targets in place."""
    for indicator in indicators:
        everywhere = [t for t in indicator.targets if t.achieved and t.year is not None]
        for metric in {t.metric_index for t in indicator.targets}:
            targets = [t for t in indicator.targets if t.metric_index == metric]
            # (a result read apart from its milestones, "Số gốc (kết quả năm 2025): 14,6", is
            # theirs when it is the indicator's only one)
            results = [t for t in targets if t.achieved and t.year is not None] or everywhere[:len(everywhere) == 1]
            if not results:
                continue
            latest = max(results, key=lambda t: t.year)
            bare = [t for t in targets if not t.achieved and t.comparator == AT_LEAST and not t.comparator_text
                    and t.unit == latest.unit and t.year is not None and t.year > latest.year]
            if bare and all(t.value < latest.value for t in bare):
                for target in bare:
                    target.comparator = EXACTLY


_ROLE_COLON_BRACKET_RE = re.compile(rf"^\s*{ROLE_COLON}")


_PADDED_LABEL_RE = re.compile(r"\b(?:[Cc]hỉ tiêu|CHỈ TIÊU)\s+(?:số\s+)?0[1-9]\b")


def _cited_as_written(indicators: list[Indicator], doc: Document) -> None:
    """Each numbered indicator's citation ("… › Chỉ tiêu 3") as its plan writes the number:
    "Chỉ tiêu 03" where three lines or more write "chỉ tiêu 0N", "Chỉ tiêu 3/20" where the
    plan counts its targets so (``Document.label_total``); replies cite it from there."""
    padded = sum(1 for line in doc.lines if _PADDED_LABEL_RE.search(line)) >= 3
    if not (padded or doc.label_total):
        return
    for indicator in indicators:
        shown = f"Chỉ tiêu {indicator.number}"
        if indicator.number is None or not indicator.section.endswith(shown):
            continue
        written = f"0{indicator.number}" if padded and indicator.number < 10 else str(indicator.number)
        total = f"/{doc.label_total}" if doc.label_total else ""
        indicator.section = f"{indicator.section[:-len(shown)]}Chỉ tiêu {written}{total}"


def _measures_not_units(indicators: list[Indicator]) -> None:
    """A target whose measure came out as its unit's words ("≥ 72 xã, phường — xã, phường"
    of "Số xã, phường có điểm vui chơi … (xã, phường; trên tổng số 96)"): named by its
    indicator's words before that bracket."""
    for indicator in indicators:
        brackets = [(m.start(), normalize(m.group(1))) for m in _BRACKET_RE.finditer(indicator.text)]
        for target in indicator.targets:
            measure = normalize(target.metric)
            if not measure or len(measure.split()) > 3:
                continue
            at = next((start for start, inner in brackets if start > 10 and measure in inner), None)
            name = indicator.text[:at].strip(" -—:") if at is not None else ""
            if name and not re.search(r"\d", name):   # (a name, no sentence stating other years' figures)
                target.metric = name


def _drop_role_brackets(indicators: list[Indicator]) -> None:
    """"Tỷ suất tử vong trẻ sơ sinh (Chủ trì: Sở Y tế. Phối hợp: …)": once an indicator has
    its lead, a bracket of roles written role by role ("(Chủ trì: …)") leaves its words and
    its targets' measures, which say what it measures (the roles are read, with the sentence
    they came from, as its assignments)."""
    for indicator in indicators:
        if not indicator.lead_agencies:
            continue
        for bracket in list(_BRACKET_RE.finditer(indicator.text)):
            if _ROLE_COLON_BRACKET_RE.match(fold_keeping_length(bracket.group(1).lower())):
                indicator.text = squash_spaces(indicator.text.replace(bracket.group(0), " ")).replace(" .", ".")
                for target in indicator.targets:
                    target.metric = squash_spaces(target.metric.replace(bracket.group(0), " ")).rstrip(" .")


def _own_bracket_roles(indicator: Indicator, resolve, add, assignments: list[Assignment]) -> None:
    """Who leads and partners an indicator, from the bracket its own text closes with: "…
    đến năm 2030, không quá 13‰ (Sở Y tế chủ trì; Trung tâm Kiểm soát bệnh tật tỉnh phối
    hợp)". For an indicator no agency paragraph or table assigned; a numbered one is also
    recorded as an ``Assignment`` (the agency's indicators are listed from those).
    ``add(canonical, written)`` registers an agency and gives its key."""
    for bracket in _BRACKET_RE.finditer(indicator.text):
        inner = bracket.group(1)
        if not _LEAD_WORD_RE.search(fold_keeping_length(inner)):
            continue
        leads, partners = _bracket_roles(inner, resolve)
        _give_roles(indicator, leads, partners, add, assignments, indicator.text)
        if leads:
            return


def _give_roles(indicator: Indicator, leads: list, partners: list, add, assignments: list[Assignment],
                text: str) -> None:
    """Give ``indicator`` the agencies ``leads`` and ``partners`` name ([(canonical, written)…]),
    each once and in the role first given; a numbered target's are also recorded as
    ``Assignment``s quoting ``text``. ``add(canonical, written)`` registers an agency."""
    for role, names, keys in (("lead", leads, indicator.lead_agencies),
                              ("partner", partners, indicator.partner_agencies)):
        for canonical, written in names:
            key = add(canonical, written)
            if key in indicator.lead_agencies or key in indicator.partner_agencies:
                continue
            keys.append(key)
            if indicator.number is not None:
                assignments.append(Assignment(indicator=indicator.number, agency=key, role=role,
                                              section=indicator.section, text=text))


# Bodies named by their level as well as their kind ("Công an tỉnh", "Hội Liên hiệp Phụ nữ
# tỉnh", "Bộ Chỉ huy Quân sự tỉnh"), shown so; their key stays the kind's ("cong-an"), one
# body whichever way a sentence writes it. A department ("Sở Y tế") is the province's by kind.
_NAMED_WITH_LEVEL = ("công an", "tư pháp", "đoàn thể", "bộ")
# a target's text ending with its roles written role by role: "…. Phối hợp: A; B."
_ROLES_CLOSING_RE = re.compile(r"[.;]\s+((?:(?:Cơ quan|Đơn vị)\s+)?(?:[Cc]hủ trì|[Pp]hối hợp)(?:\s+thực hiện)?\s*:.*)$")
_ROLES_IN_NOTE_RE = re.compile(rf"(?:^|[.;]\s+)((?:(?:co quan|don vi)\s+)?{LEAD_WORDS}(?:\s+thuc hien)?\s*:)")
_FOOTNOTE_RE = re.compile(r"^\[(\d{1,2})\]\s+(\S.*)$")
_FOOTNOTE_MARK_RE = re.compile(r"\[(\d{1,2})\]")


# "(trên 1.000 trẻ đẻ sống)", "/100.000 trẻ em": a rate's base, no figure of the name
_RATE_BASE_RE = re.compile(r"1(?:00)?\.000")
# words every target's name has: they tell no two names apart
_GENRE_WORDS = frozenset("chi tieu so ty le ti tre em duoi tuoi nam cac duoc va co tren tu den dat".split())


def _row_names(row: str, indicator: Indicator) -> bool:
    """Whether a table row that assigns indicator N ("| 1 | Tỷ suất tử vong trẻ sơ sinh | Sở Y
    tế | … |") names the indicator read as N: most words of its name cell are in the
    indicator's text. A number the reader gave by counting (a sector's paragraph, the 1st
    "a) Lĩnh vực y tế: …") is no number the table means. Any other text (a sentence "chủ trì
    chỉ tiêu 1"), and a row with no words of a name, names it by its number alone: True."""
    cells = [c for c in (table_cells(row) or []) if c.strip()]
    # the name: the first cell after the number that names no agency ("| 1 | Sở Y tế | … |": none)
    # (nor its head: "| 1 | Giám đốc Sở Tư pháp | … |")
    name = next((c for c in cells[1:2] if head_of(expand_abbreviations(HEAD_TITLE_RE.sub("", c.strip()))) is None), "")
    words = [w for w in normalize(_RATE_BASE_RE.sub(" ", name)).split() if w not in _GENRE_WORDS]
    if not [w for w in words if not w.isdigit()]:
        return True
    own = set(normalize(_RATE_BASE_RE.sub(" ", indicator.text)).split())
    # "dưới 1 tuổi" is not "dưới 5 tuổi": the name's figures must all be the target's
    return sum(w in own for w in words) >= 0.6 * len(words) and all(w in own for w in words if w.isdigit())


# "⇒ Giao: …", "Giao: …" (folded): a line under a target assigning its roles
_ASSIGNED_LINE_RE = re.compile(r"^[\W_]*(?:giao|giao thuc hien)\s*:\s*")   # ("Phân công:" speaks for a group)
# "Sở Giáo dục và Đào tạo (phối hợp: Sở Y tế, …)": the lead, its partners in a bracket after it
_LEAD_THEN_PARTNERS_RE = re.compile(r"^\s*([^()]+?)\s*\(\s*(?:cơ quan\s+)?phối hợp\s*:\s*([^()]+)\)\s*\.?\s*$", re.IGNORECASE)


def _assigned_roles(text: str, resolve) -> tuple[list, list]:
    """(leads, partners) of a line assigning a target: "Sở Y tế chủ trì; Bảo hiểm xã hội tỉnh
    phối hợp", "Sở Tư pháp (đầu mối) - Công an tỉnh (phối hợp)" (``tasks._bracket_roles``: each
    agency before its role word), or "Sở Giáo dục và Đào tạo (phối hợp: Sở Y tế, …)": the
    agency named first leads, those in its bracket partner."""
    first = _LEAD_THEN_PARTNERS_RE.match(text)
    if first:
        # (a partner's part said after it, ", đầu mối về chuyên môn", names no agency)
        partners = re.sub(r",\s*(?:là\s+)?(?:đầu mối|chịu trách nhiệm|phụ trách)\b[^,;]*", "", first.group(2))
        return named_agencies(first.group(1), resolve), named_agencies(partners, resolve)
    return _bracket_roles(text, resolve)


# (a label in capitals, mid-text: "… dưới 50 vụ Giao: Công an tỉnh (đầu mối) - …")
_ASSIGNED_CLOSING_RE = re.compile(r"\s(?:⇒\s*)?Giao(?: thực hiện)?\s*:\s*(\S.*)$")


_READ_INTO_RE = re.compile(r"\s(?:-\s|(?:[^\W\d_]+\s+){0,4}năm\s+(?:19|20)\d\d\s*:)")


def _opening(indicator: Indicator) -> str:
    """The first words of an indicator's own paragraph (up to 50 characters), before the
    lines read into it ("… (đơn vị tính: cặp) - thực hiện năm 2025: …": a short wording's
    50 characters had run into its milestones, found in no paragraph)."""
    return _READ_INTO_RE.split(indicator.text, maxsplit=1)[0][:50]


def _roles_on_own_lines(doc: Document, indicators: list[Indicator], resolve, add,
                        assignments: list[Assignment]) -> None:
    """Leads and partners written role by role on a line of their own (``tasks.colon_roles``),
    for indicators nothing before gave a lead: the line right under a target ("(Chủ trì: Sở
    Y tế. Phối hợp: Hội Liên hiệp Phụ nữ tỉnh; …)") gives that target's; a footnote ("[2] Cơ
    quan chủ trì: Sở Y tế. Cơ quan phối hợp: …") gives those of every target marked with its
    number ("Tỷ suất tử vong trẻ em dưới 1 tuổi … [2]"). ``add(canonical, written)`` registers
    an agency and gives its key; a numbered target's roles are recorded as ``Assignment``s."""
    def give(indicator: Indicator, text: str) -> None:
        _give_roles(indicator, *colon_roles(text, resolve), add, assignments, text)

    # each footnote opens a line of its own (a paragraph may join them); a page's width may
    # wrap it onto the next lines, which go on until a sentence ends
    notes: dict[str, str] = {}
    mark = None
    for line in doc.lines:
        line = squash_spaces(line)
        note = _FOOTNOTE_RE.match(line)
        if note:
            mark, notes[note.group(1)] = note.group(1), note.group(2)
        elif mark and line and not line.startswith("[") and (
                not notes[mark].endswith(".") or line[:1].islower()):
            notes[mark] = f"{notes[mark]} {line}"
        else:
            mark = None
    # (a note may open with its data's source: "[6] Số liệu do Công an tỉnh cung cấp. Cơ quan
    # chủ trì: …": its roles start at their own words)
    footnotes = {}
    for mark, note in notes.items():
        start = _ROLES_IN_NOTE_RE.search(fold_keeping_length(note.lower()))
        if start:
            footnotes[mark] = note[start.start(1):]
    openings = {id(i): _opening(i) for i in indicators}
    above: list[str] = []     # the two paragraphs before, nearest first
    run: list[Indicator] = []   # the targets read paragraph after paragraph since a role line
    for para in doc.paragraphs:
        text = squash_spaces(para.text)
        folded = fold_keeping_length(text.lower())
        partners_only = PARTNER_LINE_RE.match(folded) is not None
        assigned = _ASSIGNED_LINE_RE.match(folded)
        if LEAD_LINE_RE.match(folded) and not partners_only and len(run) >= 2 \
                and not any(i.lead_agencies for i in run[:-1]):
            # "Chỉ tiêu 11: …" … "Chỉ tiêu 15: …" then "Cơ quan chủ trì: Sở Giáo dục và Đào tạo;
            # cơ quan phối hợp: …": the line after a goal's targets is all of theirs (one line
            # under each target is that target's, below)
            # (a target led apart, "riêng chỉ tiêu 15 do … chủ trì", is read after: not the lead)
            leads, partners = colon_roles(_APART_CLAUSE_RE.sub("", text).strip("() "), resolve)
            for indicator in run:
                _give_roles(indicator, [] if indicator.lead_agencies else leads, partners, add,
                            assignments, text.strip("() "))
            run, above = [], [squash_spaces(para.body)] + above[:1]
            continue
        if assigned and above:
            # "⇒ Giao: Sở Y tế chủ trì; Bảo hiểm xã hội tỉnh phối hợp." under a target: its
            # roles, each agency before its role word
            under = [i for i in indicators if openings[id(i)] and openings[id(i)] in above[0]]
            if len(under) == 1 and not under[0].lead_agencies:
                leads, partners = _assigned_roles(text[assigned.end():], resolve)
                _give_roles(under[0], leads, partners, add, assignments, text)
        elif (LEAD_LINE_RE.match(folded) or partners_only) and above:
            # the target the line stands under: the one read from the paragraph above (a
            # partners' line may follow a line of its milestones: "Lộ trình: năm 2025: …")
            # (… or a lead's line under a line of its milestones: "Kết quả năm 2025: … ⟶ …")
            for body in above[:2 if partners_only or _MILESTONES_LINE_RE.match(fold_keeping_length(above[0].lower())) else 1]:
                # (a partners' line adds to partners read elsewhere; a lead's line leads only a
                # target nothing gave a lead, its partners' part adds to any)
                under = [i for i in indicators if openings[id(i)] and openings[id(i)] in body]
                if len(under) == 1:
                    leads, partners = colon_roles(_APART_CLAUSE_RE.sub("", text).strip("() "), resolve)
                    _give_roles(under[0], [] if under[0].lead_agencies else leads, partners, add,
                                assignments, text.strip("() "))
                    break
        if text and table_cells(para.text) is None:
            # (a target's own small table by area stands between it and its roles' line)
            above = [squash_spaces(para.body)] + above[:1]
            body = squash_spaces(para.body)
            own = [i for i in indicators if openings[id(i)] and openings[id(i)] in body]
            run = run + own if len(own) == 1 and not (LEAD_LINE_RE.match(folded) or partners_only) else []
    for indicator in indicators:
        for mark in _FOOTNOTE_MARK_RE.findall(indicator.text) if footnotes and not indicator.lead_agencies else ():
            if mark in footnotes:
                give(indicator, footnotes[mark])
        # "… → năm 2030: dưới 7,2‰. Phối hợp: Bảo hiểm xã hội tỉnh; Ủy ban nhân dân các xã,
        # phường.": the target's own text closing with its roles, a sentence of their own
        own = _ROLES_CLOSING_RE.search(indicator.text)
        before = indicator.text[:own.start()] if own else ""
        if own and before.count("(") <= before.count(")"):   # (inside a bracket: its own reader's)
            give(indicator, indicator.text[own.start(1):])
        # "… ⟶ năm 2030 (tổng kết): 99,5% Giao: Sở Tư pháp (đầu mối) - Công an tỉnh (phối hợp).":
        # its line of roles run into its text, each agency before its role word
        assigned = _ASSIGNED_CLOSING_RE.search(indicator.text) if not indicator.lead_agencies else None
        if assigned:
            leads, partners = _assigned_roles(assigned.group(1), resolve)
            _give_roles(indicator, leads, partners, add, assignments, indicator.text[assigned.start(1):])


# "(¹) Kết quả năm 2025 của chỉ tiêu a thuộc Mục tiêu 1: 9,8‰.": a result given apart from
# its target (a list of notes), naming it by its code
_CITED_RESULT_RE = re.compile(r"^\s*(?:\(\S{1,4}\)\s*)?(?:kết quả|số liệu|thực hiện|ước thực hiện|số gốc)\b"
                              r"[^:]{0,40}?\s(?:của|cho)\s+(chỉ tiêu\s[^:]{1,60}):", re.IGNORECASE)


def _listed_again(indicators: list[Indicator]) -> list[Indicator]:
    """Without the numbered rows that only list a coded target again, with no figure (blind
    round 100's appendix "| 1 | 1-1 | Tỷ suất tử vong trẻ em dưới 1 tuổi | Mục tiêu 1 |" beside
    the goal's table "[1-1] Tỷ suất tử vong trẻ em dưới 1 tuổi: Năm 2025 … 13,8‰ …"): a row
    whose name opens a labelled target's wording is that target, listed."""
    named = {normalize(i.text.split(":")[0]) for i in indicators if i.label and i.targets}
    if len(named) < 3:
        return indicators
    return [i for i in indicators if any(t.year for t in i.targets) or i.label
            or normalize(i.text.split(":")[0]) not in named]


def _results_cited_by_code(indicators: list[Indicator]) -> list[Indicator]:
    """``indicators`` without the lines that give another target's result by its code ("(¹)
    Kết quả năm 2025 của chỉ tiêu a thuộc Mục tiêu 1: 9,8‰."): their achieved figures go to
    the one target the code names (``itemrefs.labelled_mentions``), for a year it has none."""
    kept = []
    for line in indicators:
        cited = _CITED_RESULT_RE.match(line.text)
        results = [t for t in line.targets if t.year is not None]
        named = [i for i, _, _ in labelled_mentions("chủ trì " + cited.group(1), indicators)
                 if i is not line] if cited and results else []
        if len(named) != 1:
            kept.append(line)
            continue
        if kept and not kept[-1].targets and kept[-1].text.rstrip().endswith(":"):
            kept.pop()      # "Chú thích số liệu kết quả năm 2025 (…):": the notes' title, no target
        years = {t.year for t in named[0].targets}
        for target in results:
            if target.year not in years:
                # a result, as written: reached, the figure itself
                target.achieved, target.comparator, target.comparator_text = True, EXACTLY, None
                named[0].targets.append(target)
    for position, indicator in enumerate(kept):
        indicator.position = position
    return kept


def _targets_named(refs: str, indicators: list[Indicator]) -> list[Indicator]:
    """The targets ``refs`` names by number ("§02", "chỉ tiêu 5, 6"), code or label ("[YT-2]",
    "2.1.2", "chỉ tiêu a thuộc Mục tiêu 2")."""
    folded = fold_keeping_length(refs.lower())
    numbers = {n for _, found in indicator_mentions(folded if "chi tieu" in folded or "§" in folded
                                                    else "chỉ tiêu " + folded) for n in found}
    named = [i for i in indicators if i.number is not None and i.number in numbers]
    named += [i for i, _, _ in labelled_mentions("chủ trì " + refs, indicators) if i not in named]
    return named


def _apply_exceptions(text: str, indicators: list[Indicator], resolve, add) -> None:
    """The roles ``text`` gives some targets apart from their group's (``tasks.exception_roles``):
    a lead named so replaces the group's; partners named so are added."""
    for refs, leads, partners in exception_roles(text, resolve):
        for indicator in _targets_named(refs, indicators):
            if leads:
                keys = [add(c, w) for c, w in leads]
                indicator.lead_agencies[:] = keys
                indicator.partner_agencies[:] = [k for k in indicator.partner_agencies if k not in keys]
            for canonical, written in partners:
                key = add(canonical, written)
                if key not in indicator.lead_agencies and key not in indicator.partner_agencies:
                    indicator.partner_agencies.append(key)


# "…; riêng chỉ tiêu 15 do Sở Văn hóa, Thể thao và Du lịch chủ trì; …": a target led apart in
# its group's role line
_APART_CLAUSE_RE = re.compile(r"(?:^|[;,.]\s*)(riêng\s+(?:các\s+)?chỉ tiêu\s+[^;:()]{1,40}?\s+do\s+[^;()]{3,120}?\s+chủ trì)",
                              re.IGNORECASE)
# "(riêng §02: chủ trì …)", "(trừ chỉ tiêu [YT-2] do … chủ trì)": roles given apart, in brackets
_EXCEPTION_BRACKET_RE = re.compile(r"\((?:riêng|trừ|ngoại trừ)\b[^()]*\)", re.IGNORECASE)
# "► Giao thực hiện nhóm quyền Điều 14: Chủ trì: Sở Y tế. Phối hợp: …" after a group's targets
# (folded): their roles, said once for the group
# (a line of its own, or run into the last target's paragraph after its figures)
_GROUP_ROLES_LINE_RE = re.compile(r"(?:^|\s)[\W_]*(?:giao(?: thuc hien)?|phan cong|trach nhiem)\b[^:]{0,80}:\s*(?=(?:co quan\s+)?chu tri\s*:)")
# "Riêng chỉ tiêu 14.e: chủ trì vẫn là Sở Y tế; phối hợp: …" (folded): one of them apart
_ONE_APART_RE = re.compile(r"(?:^|\s)[\W_]*rieng\s+(?:chi tieu|ct)\s+(\S+?)\s*:\s*")


def _roles_after_groups(doc: Document, indicators: list[Indicator], resolve, add) -> None:
    """Leads and partners said once for the targets above them (blind round 94): a line "►
    Giao thực hiện nhóm quyền Điều 14: Chủ trì: Sở Y tế. Phối hợp: …" after a group's targets
    gives them all its roles; a line "Riêng chỉ tiêu 14.e: chủ trì vẫn là Sở Y tế; phối hợp:
    …" under it gives that one its own (its partners replace the group's). For targets nothing
    before gave a lead; ``add(canonical, written)`` registers an agency."""
    openings = {id(i): _opening(i) for i in indicators}
    pending: list[Indicator] = []
    for para in doc.paragraphs:
        text = squash_spaces(para.text)
        folded = fold_keeping_length(text.lower())
        pending.extend(i for i in indicators if openings[id(i)] and openings[id(i)] in text and i not in pending)
        group = _GROUP_ROLES_LINE_RE.search(folded)
        apart = _ONE_APART_RE.search(folded, group.end() if group else 0)
        if group:
            said = text[group.end():apart.start() if apart else len(text)]
            leads, partners = colon_roles(said, resolve)
            for indicator in pending if leads else ():
                if not indicator.lead_agencies:
                    _give_roles(indicator, leads, partners, add, [], text)
            pending = []
        if apart:
            label = label_key(text[apart.start(1):apart.end(1)])
            rest = text[apart.end():]
            lead = re.match(r"(?i)\s*chủ trì(?:\s+vẫn)?\s+là\s+([^;.]+)", rest)
            leads, partners = colon_roles(f"Chủ trì: {lead.group(1)}; " + rest[lead.end():] if lead else rest, resolve)
            for indicator in (i for i in indicators if i.label and label_key(i.label) == label):
                if leads:
                    indicator.lead_agencies[:] = [add(c, w) for c, w in leads]
                if partners:
                    keys = [add(c, w) for c, w in partners]
                    indicator.partner_agencies[:] = [k for k in keys if k not in indicator.lead_agencies]


# "CT: B-1, B-2; PH: C-4": codes after their role's letters, a semicolon apart


# "Chỉ tiêu 1, 2, 3, 4, 5, 7:", "- Các chỉ tiêu 8 - 11:" (folded): a line opening on the numbers
# of the targets it is about, a colon after them
# (… or by codes of letters and a number: "Chỉ tiêu TQ1 đến TQ5:", "Chỉ tiêu TQ7, TQ8, TQ10:", round 168)
_NUMBERS_THEN_COLON_RE = re.compile(r"^\s*[-–•]?\s*(?:cac\s+)?chi (?:tieu|so)\s+(?:so\s+)?(?:[a-z]{2,4})?\d{1,3}"
                                    r"(?:\s*(?:,|;|va|-|–|den)\s*(?:[a-z]{2,4})?\d{1,3})*\s*:")


def _roles_by_coded_lines(doc: Document, indicators: list[Indicator], resolve, add) -> None:
    """Leads and partners written role by role after the codes of the targets they are for,
    a line each: "- Đầu ra 1.1 (các chỉ số 1.1.1, 1.1.2, 1.1.3): chủ trì: Sở Y tế; phối hợp:
    Bảo hiểm xã hội tỉnh; …", "- Chỉ số 2.1.2: chủ trì: Công an tỉnh; phối hợp: …". The line
    naming the fewest targets is the one a target takes its roles from (an exception given
    apart from its group's line). For targets nothing before gave a lead; ``add(canonical,
    written)`` registers an agency."""
    coded = {i.label: i for i in indicators if i.label and re.fullmatch(r"\d{1,2}(?:\.\d{1,2}){1,2}|[A-ZĐ]{1,4}-\d{1,3}|\d{1,2}-\d{1,2}"
                                                                        r"|[A-ZĐ]{2,4}\d{1,3}", i.label)}
    # ("§02 – §05 …… Chủ trì: Sở Y tế | Phối hợp: …": targets numbered through, by their numbers)
    coded |= {str(i.number): i for i in indicators if i.number is not None}
    if not coded:
        return
    labels = sorted((re.escape(c) for c in coded if not c.isdigit()), key=len, reverse=True)
    code_re = re.compile(r"(?<![\w.])(" + "|".join(labels) + r")(?![\w]|\.\d)") if labels else None
    best: dict[str, tuple[int, list, list]] = {}
    excepted: list[str] = []
    for para in doc.paragraphs:
        text = squash_spaces(para.text)
        folded = fold_keeping_length(text.lower())
        colon = re.search(ROLE_COLON, folded)
        roles_after = None
        if colon is None or colon.start() == 0:
            # "Chỉ tiêu 1, 2, 3, 7: Sở Y tế chủ trì; Sở Giáo dục và Đào tạo phối hợp.": the
            # agencies first, their role after them
            colon = _NUMBERS_THEN_COLON_RE.match(folded)
            if colon is None:
                continue
            roles_after = postfix_roles(text[colon.end():], resolve)
        codes_end = colon.end() if roles_after is not None else colon.start()   # where the codes end
        named = list(dict.fromkeys(m.group(1) for m in code_re.finditer(text, 0, codes_end))) if code_re else []
        # "các chỉ số 2.1.1 - 2.1.3": a range, every code between its ends in the plan's order
        for first, last in zip(named, named[1:]):
            between = text[text.find(first) + len(first):text.find(last, text.find(first) + len(first))]
            if re.fullmatch(r"\s*(?:[-–]|đến)\s*", between):
                order = [i.label for i in indicators if i.label in coded]
                if first in order and last in order and order.index(first) < order.index(last):
                    named += [c for c in order[order.index(first) + 1:order.index(last)] if c not in named]
        named += [str(n) for _, numbers in indicator_mentions(folded[:codes_end]) for n in numbers
                  if str(n) in coded and str(n) not in named]
        if not named or "|" in text[:codes_end]:
            continue
        leads, partners = roles_after or colon_roles(_EXCEPTION_BRACKET_RE.sub(" ", text[colon.start():]), resolve)
        if not leads:
            continue
        for code in named:
            if code not in best or len(named) < best[code][0]:
                best[code] = (len(named), leads, partners)
        excepted.extend(m.group(0) for m in _EXCEPTION_BRACKET_RE.finditer(text))
    for code, (_, leads, partners) in best.items():
        indicator = coded[code]
        if indicator.lead_agencies:
            if {add(c, w) for c, w in leads} <= set(indicator.lead_agencies):
                # the same lead an agency's own part gave: this line's partners complete it
                _give_roles(indicator, [], partners, add, [], "")
            continue
        for role, names in (("lead", leads), ("partner", partners)):
            own = indicator.lead_agencies if role == "lead" else indicator.partner_agencies
            for canonical, written in names:
                key = add(canonical, written)
                if key not in indicator.lead_agencies and key not in indicator.partner_agencies:
                    own.append(key)
    for bracket in excepted:
        _apply_exceptions(bracket, indicators, resolve, add)


# "1. Sở Y tế chủ trì 5 chỉ tiêu:", "Sở Tư pháp chủ trì:": a line naming the lead of the coded
# lines under it
_LEAD_LINE_RE = re.compile(r"^\s*(?:\d{1,2}[.)]\s+)?(?P<lead>.{3,120}?)\s+chủ trì(?:\s+(?:các\s+)?\d{1,2}\s+chỉ\s+(?:tiêu|số))?"
                           r"(?:\s+(?:sau|gồm))?\s*:\s*$", re.IGNORECASE)
# "1.A.4 [phối hợp: Công an tỉnh; Sở Y tế]", "CT-03 (phối hợp: …)", "1.A.4 - phối hợp: …": a
# target's code, then its partners
_CODED_PARTNERS_RE = re.compile(r"^\s*[-–•]?\s*(?P<code>[^\s\[(]{1,12}?)[.:]?\s*(?:[\[(]\s*phối hợp\s*:?\s*(?P<a>[^\])]*)[\])]"
                                r"|[-–:]\s*phối hợp\s*:?\s*(?P<b>[^.]+)|$)", re.IGNORECASE)


def _roles_under_lead_lines(doc: Document, indicators: list[Indicator], resolve, add) -> None:
    """Roles written lead by lead, each target's code on a line of its own with its partners
    ("1. Sở Y tế chủ trì 5 chỉ tiêu:" over "1.A.1 [phối hợp: Hội Liên hiệp Phụ nữ tỉnh; UBND
    các xã, phường]"): the line above names the lead of every code under it, until a line
    that is neither. For targets nothing before gave a lead; ``add(canonical, written)``
    registers an agency."""
    coded = {label_key(i.label): i for i in indicators if i.label}
    coded |= {str(i.number): i for i in indicators if i.number is not None and str(i.number) not in coded}
    if not coded:
        return
    leads: list = []
    for para in doc.paragraphs:
        for line in para.text.split("\n"):
            head = _LEAD_LINE_RE.match(line)
            if head:
                leads = named_agencies(head.group("lead"), resolve)
                continue
            row = _CODED_PARTNERS_RE.match(line) if leads else None
            indicator = coded.get(label_key(row.group("code"))) if row else None
            if indicator is None:
                leads = [] if line.strip() else leads
                continue
            if indicator.lead_agencies:
                continue
            partners = named_agencies(row.group("a") or row.group("b") or "", resolve)
            _give_roles(indicator, leads, partners, add, [], squash_spaces(line))


# "Tổ 1 - Chăm sóc sức khỏe, dinh dưỡng (chỉ tiêu 1 đến 6)": a group of targets by the range of
# their numbers, the roles of its members on the lines under it
_TARGET_RANGE_LINE_RE = re.compile(r"\(\s*(?:các\s+)?chỉ tiêu\s+(?:số\s+)?(\d{1,2})(?:\s*(?:(đến|-|–)|(,|và))\s*(?:số\s+)?(\d{1,2}))?"
                                   r"((?:\s*(?:,|và)\s*(?:số\s+)?\d{1,2})*)\s*\)\s*:?", re.IGNORECASE)


def _range_numbers(match: re.Match) -> list[int]:
    """The targets' numbers a group's bracket names: "(chỉ tiêu 1 đến 6)", "(chỉ tiêu 1 và 2)",
    "(chỉ tiêu 3)", "(chỉ tiêu 1, 4, 7)"."""
    first = int(match.group(1))
    if match.group(2):      # a range
        last = int(match.group(4))
        return list(range(first, last + 1)) if first <= last <= first + 40 else []
    return [first] + ([int(match.group(4))] if match.group(4) else []) + [int(n) for n in re.findall(r"\d{1,2}", match.group(5) or "")]
# "Tổ trưởng (chủ trì): Sở Y tế.", "Thành viên (phối hợp): …": a role said in brackets before its colon
_BRACKETED_ROLE_RE = re.compile(r"\(\s*(chủ trì|phối hợp)\s*\)\s*:", re.IGNORECASE)
# "Chỉ tiêu 15: Công an tỉnh chủ trì; Sở Nội vụ, Sở Y tế phối hợp.": one target's roles apart
_TARGET_OWN_ROLES_RE = re.compile(r"^\s*[-–•]?\s*Chỉ tiêu\s+(?:số\s+)?(\d{1,2})\s*:\s*(?P<lead>[^;]{3,120}?)\s+chủ trì\s*[;,.]"
                                  r"\s*(?P<partners>.*?)\.?\s*$", re.IGNORECASE)
# "… phối hợp", "Sở Y tế chuyển sang phối hợp cùng …": the role's words between partners' names
_PARTNER_WORDS_RE = re.compile(r"\s*\b(?:chuyển sang\s+)?phối hợp(?:\s+(?:cùng|với))?\b\s*", re.IGNORECASE)


# "- Sở Y tế: chủ trì Chỉ tiêu I, II, III; phối hợp Chỉ tiêu XIV, XVII.", "Sở Xây dựng: không chủ trì
# chỉ tiêu nào; phối hợp Chỉ tiêu VI": an agency, a colon, the targets it leads and supports
_AGENCY_LINE_RE = re.compile(r"^\s*[-–•+]?\s*(?P<agency>[^:;—]{3,120}?)\s*(?::|\s[—–-]\s*)\s*"
                             # "- Sở Y tế — Đầu mối: CT 01, CT 02. Tham gia: CT 06.": the focal point's label
                             r"(?P<roles>(?:không\s+)?(?:chủ trì|đầu mối)\b.*"
                             # "3. Sở Giáo dục và Đào tạo — Phối hợp: ĐH26/01.": partner only
                             r"|(?:phối hợp|tham gia)\s*:.*)$", re.IGNORECASE)


def _roles_by_agency_lines(doc: Document, indicators: list[Indicator], resolve, add) -> None:
    """Roles written agency by agency, a line each, its targets by number after "chủ trì" and
    "phối hợp" ("- Sở Y tế: chủ trì Chỉ tiêu I, II, III, IV, V, X; phối hợp Chỉ tiêu XIV,
    XVII."): leads for targets nothing before gave a lead, partners added."""
    by_number = {i.number: i for i in indicators if i.number is not None}
    if not by_number:
        return
    # targets cited by a code their citation writes ("… › Chỉ tiêu PT26/01"), or their label
    by_code = {m.group(1): i for i in indicators
               for m in [re.search(r"Chỉ tiêu ([A-ZĐ]{1,4}\S*\d)$", i.section)] if m}
    by_code |= {i.label: i for i in indicators if i.label and re.match(r"[A-ZĐ]{1,4}\S*\d$", i.label)
                and i.label not in by_code}
    code_re = re.compile(r"(?<![\w./])(" + "|".join(sorted(map(re.escape, by_code), key=len, reverse=True))
                         + r")(?![\w/]|\.\d)") if by_code else None
    for para in doc.paragraphs:
        line = _AGENCY_LINE_RE.match(squash_spaces(para.text))
        if not line:
            continue
        names = named_agencies(line.group("agency"), resolve)
        if not names:
            continue
        roles = line.group("roles")
        partner_at = re.search(r"\b(?:phối hợp|tham gia)\b", roles, re.IGNORECASE)
        lead_part = roles[:partner_at.start()] if partner_at else roles
        partner_part = roles[partner_at.end():] if partner_at else ""
        def cited(part: str) -> list[Indicator]:
            coded = [by_code[m.group(1)] for m in code_re.finditer(part)] if code_re else []
            if coded:     # ("Chủ trì: PT26/01, PT26/13": codes, whose digits are no list of numbers)
                return coded
            return [by_number[n] for _, numbers in indicator_mentions(part) for n in numbers if n in by_number]

        leads = [] if re.match(r"\s*không\s+chủ trì", lead_part, re.IGNORECASE) else cited(lead_part)
        for indicator in leads:
            if not indicator.lead_agencies:
                _give_roles(indicator, names, [], add, [], "")
        for indicator in cited(partner_part):
            _give_roles(indicator, [], names, add, [], "")


def _role_table_columns(cells: list[str], key_head: str) -> tuple[int, int, int | None] | None:
    """(key, lead, partner) columns of a table of roles' header row: the first cell matching
    ``key_head`` (a folded pattern: the agency's or the group's column), the "chủ trì" one and
    the "phối hợp" one (None when absent); None for any other row."""
    folded = [fold_keeping_length(c.lower()).strip() for c in cells]
    lead = next((k for k, c in enumerate(folded) if "chu tri" in c and "phoi hop" not in c), None)
    partner = next((k for k, c in enumerate(folded) if "phoi hop" in c and "chu tri" not in c), None)
    key = next((k for k, c in enumerate(folded) if re.match(key_head, c) and k not in (lead, partner)), None)
    return (key, lead, partner) if lead is not None and key is not None else None


def _roles_by_group_table(doc: Document, indicators: list[Indicator], resolve, add) -> None:
    """Roles in a table group by group ("| STT | Nhóm chỉ tiêu | Cơ quan chủ trì | Cơ quan phối
    hợp |" over "| 1 | Lĩnh vực y tế | Sở Y tế | Hội Liên hiệp Phụ nữ tỉnh |"), each row's
    group named as the plan titles it ("1. Lĩnh vực y tế"): its targets' lead, for targets
    nothing before gave a lead, and partners added. A row citing codes or numbers is another
    reader's (``_roles_by_coded_table``, ``parse.tasks``)."""
    columns = None       # (group, lead, partner) columns of the table being read
    for para in doc.paragraphs:
        cells = table_cells(para.text)
        if cells is None:
            columns = None
            continue
        header = _role_table_columns(cells, r"(?:nhom|linh vuc|noi dung|muc tieu)\b")
        if header is not None:
            columns = header
            continue
        if columns is None or max(k for k in columns if k is not None) >= len(cells):
            continue
        title = re.sub(r"^(?:\d{1,2}[.)]?\s*|[a-zđ]\)\s*|nhom (?:cac )?(?:chi tieu|muc tieu)\s*(?:ve\s+)?)", "",
                       fold_keeping_length(cells[columns[0]].lower()).strip()).strip(" .:")
        if re.search(r"\d", title):
            continue     # codes or numbers cited: another reader's
        members = titled_members(title, indicators)
        if not members:
            continue
        leads = named_agencies(cells[columns[1]], resolve)
        partners = named_agencies(cells[columns[2]], resolve) if columns[2] is not None else []
        for indicator in members:
            if not indicator.lead_agencies:
                _give_roles(indicator, leads, [], add, [], "")
            _give_roles(indicator, [], partners, add, [], "")


def _roles_by_coded_table(doc: Document, indicators: list[Indicator], resolve, add) -> None:
    """Roles in a table agency by agency, the targets of each role by the codes the plan labels
    them with ("| Cơ quan | Chủ trì các chỉ tiêu | Phối hợp |" over "| Sở Y tế | A1, A2, C3 |
    B1, B3 |", blind round 142): leads for targets nothing before gave a lead, partners added.
    A table citing numbers is ``parse.tasks``' (``_agency_row_frames``)."""
    by_code = {i.label: i for i in indicators if i.label and re.fullmatch(r"[A-ZĐ]{1,4}[.\-]?\d{1,2}(?:\.\d{1,2})?", i.label)}
    if not by_code:
        return
    code_re = re.compile(r"(?<![\w.\-])(" + "|".join(sorted(map(re.escape, by_code), key=len, reverse=True))
                         + r")(?![\w]|\.\d)")
    columns = None       # (agency, lead, partner) columns of the table being read
    for para in doc.paragraphs:
        cells = table_cells(para.text)
        if cells is None:
            columns = None
            continue
        # (one column marking both, "Tiêu chí được giao (C: chủ trì; P: phối hợp)", is
        # ``_roles_by_marked_codes``')
        header = _role_table_columns(cells, r"(?:co quan|don vi|ten co quan|ten don vi)\b")
        if header is not None:
            columns = header
            continue
        if columns is None or columns[0] >= len(cells):
            continue
        names = named_agencies(cells[columns[0]], resolve)
        if not names:
            continue
        cited = lambda k: [by_code[m.group(1)] for m in code_re.finditer(cells[k])] if k is not None and k < len(cells) else []
        for indicator in cited(columns[1]):
            if not indicator.lead_agencies:
                _give_roles(indicator, names, [], add, [], "")
        for indicator in cited(columns[2]):
            _give_roles(indicator, [], names, add, [], "")


def _roles_of_target_groups(doc: Document, indicators: list[Indicator], resolve, add) -> None:
    """Roles given to groups of targets and to some targets apart: "Tổ 1 - … (chỉ tiêu 1 đến
    6)" over "Tổ trưởng (chủ trì): Sở Y tế." and "Thành viên (phối hợp): Bảo hiểm xã hội tỉnh;
    …" (a working group: its head leads, its members partner), and "- Chỉ tiêu 5: Bảo hiểm xã
    hội tỉnh chủ trì; Sở Y tế chuyển sang phối hợp cùng …" (a target given roles apart from
    its group's). Leads fill targets nothing before gave a lead; partners are added to targets
    no line of their own assigns."""
    by_number = {i.number: i for i in indicators if i.number is not None}
    if not by_number:
        return
    apart: dict[int, tuple[list, list]] = {}
    groups: list[tuple[list[int], list, list]] = []
    current: list[int] | None = None
    for para in doc.paragraphs:
        text = squash_spaces(para.text)
        own = _TARGET_OWN_ROLES_RE.match(text)
        if own and int(own.group(1)) in by_number:
            leads = named_agencies(own.group("lead"), resolve)
            said = re.split(r"\.\s", own.group("partners"), maxsplit=1)[0]     # (its sentence only)
            partners = named_agencies(_PARTNER_WORDS_RE.sub(", ", said), resolve)
            apart[int(own.group(1))] = (leads, [p for p in partners if p[0] not in {c for c, _ in leads}])
            continue
        # each group named in the paragraph (a PDF or a list without blank lines runs them
        # together), its roles up to the next group's name
        spans = [m for m in _TARGET_RANGE_LINE_RE.finditer(text) if text[:m.start()].strip()]
        pieces = [(m, text[m.end():spans[k + 1].start() if k + 1 < len(spans) else len(text)])
                  for k, m in enumerate(spans)] or [(None, text)]
        for span, rest in pieces:
            if span is not None:
                numbers = _range_numbers(span)
                current = numbers or None
                if current:
                    groups.append((current, [], []))
            if current is None:
                continue
            if not _BRACKETED_ROLE_RE.search(rest):
                # (a line of neither, the group's list is over; its name alone waits for its roles)
                current = None if rest.strip() and span is None else current
                continue
            leads, partners = colon_roles(_BRACKETED_ROLE_RE.sub(lambda m: f" {m.group(1)}:", rest), resolve)
            groups[-1][1].extend(l for l in leads if l not in groups[-1][1])
            groups[-1][2].extend(p for p in partners if p not in groups[-1][2])
    for numbers, leads, partners in groups:
        for number in numbers:
            indicator = by_number.get(number)
            if indicator is None:
                continue
            own_leads, own_partners = apart.get(number, (leads, partners))
            if not indicator.lead_agencies:
                _give_roles(indicator, own_leads, [], add, [], "")
            _give_roles(indicator, [], own_partners, add, [], "")


# "TC01(C), TC05(P)": a target's code marked with the role its row's unit has in it
_MARKED_CODE_RE = re.compile(r"(?<![A-ZĐ\d.-])((?:[A-ZĐ]{1,4}-?)?[A-ZĐ]{0,3}\d{1,3}(?:\.\d{1,2})*)\s*\((C|P|CT|PH)\)")


def _roles_by_cited_clauses(doc: Document, indicators: list[Indicator], resolve, add,
                            assignments: list[Assignment]) -> None:
    """Leads and partners an article of assignments gives clauses of the articles of targets
    ("2. Sở Y tế chủ trì:" over "- các khoản 1, 2 và 4 Điều 5; phối hợp: …",
    ``parse.clauses.clause_roles``), for targets nothing before gave a lead."""
    by_clause = {label_key(i.label): i for i in indicators if i.label}
    if not by_clause:
        return
    for article, clause, lead, partners in clause_roles(doc):
        indicator = by_clause.get(label_key(clause_citation(clause, article)))
        if indicator is None or indicator.lead_agencies:
            continue
        _give_roles(indicator, named_agencies(lead, resolve), named_agencies(partners, resolve) if partners else [],
                    add, assignments, f"{lead} chủ trì; phối hợp: {partners}")


def _roles_by_form_rows(doc: Document, indicators: list[Indicator], resolve, add,
                        assignments: list[Assignment]) -> None:
    """Leads and partners of targets that are the rows of reporting forms, as the forms' boxes
    and notes name them (``parse.forms.form_roles``), for targets nothing before gave a lead."""
    by_row = {label_key(i.label): i for i in indicators if i.label}
    if not by_row:
        return
    for citation, lead, partners in form_roles(doc):
        indicator = by_row.get(label_key(citation))
        if indicator is None or indicator.lead_agencies:
            continue
        _give_roles(indicator, named_agencies(lead, resolve),
                    [a for p in partners for a in named_agencies(p, resolve)], add, assignments,
                    f"{lead} chủ trì; phối hợp: {'; '.join(partners)}")


# "CT: B-1, B-2; PH: C-4": codes after their role's letters, a semicolon apart
_ROLE_PREFIXED_RE = re.compile(r"(?<![\w])(CT|PH|C|P)\s*:\s*([^;|]+)")


def _role_prefixed_codes(cell: str) -> list[tuple[str, str]]:
    """(code, "CT" or "PH") of each code a cell lists after its role: "CT: B-1, B-2; PH: C-4";
    a range "CT: A-1 - A-3" is each code in it; codes after a semicolon with no role of their
    own ("PH: B-1; B-2") keep the role before."""
    found: list[tuple[str, str]] = []
    mark = None
    for piece in re.split(r"\s*(?:,|;|\bvà\b)\s*", cell):
        role = re.match(r"^(CT|PH|C|P)\s*:\s*", piece)
        if role:
            mark, piece = role.group(1), piece[role.end():]
        piece = piece.strip(" .")
        if mark is None or not piece:
            continue
        span = re.fullmatch(r"([A-ZĐ]{1,4}[-.]?)(\d{1,3})\s*[-–]\s*\1(\d{1,3})", piece)
        if span and int(span.group(2)) < int(span.group(3)) <= int(span.group(2)) + 30:
            width = len(span.group(2))
            found.extend((f"{span.group(1)}{n:0{width}d}", mark) for n in range(int(span.group(2)), int(span.group(3)) + 1))
        elif re.fullmatch(r"[A-ZĐ]{0,4}[-.]?\d{1,3}", piece):
            found.append((piece, mark))
    return found


def _roles_by_marked_codes(doc: Document, indicators: list[Indicator], resolve, add) -> None:
    """Roles from a table with a row per unit and a cell of the targets it works on, each code
    marked with its role ("| 2 | Trạm Y tế xã | TC01(C), TC02(C), TC05(P) | Sở Y tế |", C or CT
    leads, P or PH partners): the unit is the row's first cell naming an agency. For targets
    nothing before gave a lead (partners add)."""
    by_code = {label_key(i.label): i for i in indicators if i.label}
    # a matrix may cite codes without the plan's letters ("M1.1" for "HP-M1.1"): the one code
    # ending so
    tails: dict[str, list[Indicator]] = {}
    for key, indicator in by_code.items():
        for cut in re.finditer(r"-", key):
            tails.setdefault(key[cut.end():], []).append(indicator)
    # (a tail holding a letter: "1" is a target's number, not a code's end)
    by_code |= {tail: found[0] for tail, found in tails.items()
                if len(found) == 1 and tail not in by_code and re.search(r"[a-z]", tail)}
    by_number = {str(i.number): i for i in indicators if i.number is not None}
    for para in doc.paragraphs:
        cells = table_cells(para.text)
        if not cells:
            continue
        # (a grid gives a cell per group of targets: "| Sở Y tế | CT: B-1, B-2; PH: C-4 | — |")
        marked = [c for c in cells if _MARKED_CODE_RE.search(c) or _ROLE_PREFIXED_RE.search(c)]
        if not marked:
            continue
        unit = next((named_agencies(c, resolve) for c in cells if c not in marked and named_agencies(c, resolve)), None)
        if not unit:
            continue
        pairs = [pair for cell in marked for pair in _MARKED_CODE_RE.findall(cell) + _role_prefixed_codes(cell)]
        # ("| Sở Y tế / Sở Nội vụ | CT: B-1 |": every agency the row names)
        led_here: set[int] = set()      # (each agency of "A / B" leads what the row gives them)
        for (canonical, written), (code, mark) in [(u, p) for u in unit for p in pairs]:
            indicator = by_code.get(label_key(code)) or by_number.get(code)
            if indicator is None:
                continue
            key = add(canonical, written)
            if key in indicator.lead_agencies or key in indicator.partner_agencies:
                continue
            if mark in ("C", "CT"):
                if not indicator.lead_agencies or id(indicator) in led_here:
                    indicator.lead_agencies.append(key)
                    led_here.add(id(indicator))
            else:
                indicator.partner_agencies.append(key)


def _share_cited_codes(indicators: list[Indicator]) -> None:
    """A target whose row cites others by their codes ("| 2 | Tử vong trẻ sơ sinh | ‰ | 7,2 |
    GĐ1-02 | GĐ2-02 |", the codes of the 2028 and 2030 statements of the same measure) is the
    same measure as they: the row takes their figures, they take its results, lead and partners, so
    whichever is asked answers alike. Only a numbered target's row; codes as
    ``targets.CODE_MARK_RE`` reads them."""
    by_label = {i.label.upper(): i for i in indicators if i.label}
    for row in indicators:
        if row.number is None:
            continue     # a group's summary ("03 chỉ tiêu, từ TG-01 đến TG-03") is none of them
        cited = [by_label[c.upper()] for c in dict.fromkeys(CODE_MARK_RE.findall(row.text))
                 if c.upper() in by_label and by_label[c.upper()] is not row]
        for other in cited:
            held = {(t.year, t.value, t.achieved) for t in row.targets}
            row.targets.extend(dataclasses.replace(t) for t in other.targets
                               if (t.year, t.value, t.achieved) not in held)
            mine = {(t.year, t.value) for t in other.targets}
            other.targets.extend(dataclasses.replace(t) for t in row.targets
                                 if t.achieved and (t.year, t.value) not in mine)   # the row's 2025 result
            other.lead_agencies = other.lead_agencies or list(row.lead_agencies)
            other.partner_agencies = other.partner_agencies or list(row.partner_agencies)


def _roles_by_bracket_label(doc: Document, indicators: list[Indicator], resolve, add) -> None:
    """Leads and partners a line of assignments gives targets by their bracketed labels
    ("Sở Y tế chủ trì: [SƠ SINH], [HIV].", "Phối hợp: Tỉnh đoàn ([BỎ HỌC THCS]).",
    ``itemrefs.label_roles``), wherever the line stands (an appendix of assignments).
    ``add(canonical, written)`` registers an agency."""
    for para in doc.paragraphs:
        for indicator, role, names in label_roles(para.text, indicators, resolve):
            for canonical, written in names:
                key = add(canonical, written)
                if key not in indicator.lead_agencies and key not in indicator.partner_agencies:
                    (indicator.lead_agencies if role == LEAD else indicator.partner_agencies).append(key)


# a line of targets' codes, then their roles after colons (read by ``_roles_by_coded_lines``)
_CODES_THEN_ROLES_RE = re.compile(r"^\s*(?:\d{1,2}[.)]\s+)?(?:các\s+)?chỉ tiêu\b[^:]{1,80}:\s*chủ trì\s*:", re.IGNORECASE)


def _roles_by_label(tasks: list, indicators: list[Indicator], resolve, add) -> None:
    """Leads and partners an agency's task names by group and marker ("chủ trì các chỉ tiêu
    (v) của Nhóm A; (i), (ii) của Nhóm B", ``itemrefs.labelled_mentions``), for indicators
    numbered within their groups (no ``number``, so no ``Assignment``); the agencies the lead's
    clause works with ("Chủ trì chỉ tiêu 2.6, phối hợp với A và B", ``itemrefs.labelled_partners``)
    and those a later clause says "phối hợp" with nothing of their own
    (``itemrefs.trailing_partners``) partner what the task leads. ``add(canonical, written)`` registers an agency."""
    def agencies_in(text, folded):
        return sentence_agencies(text, folded, resolve)

    for task in tasks:
        if _CODES_THEN_ROLES_RE.match(task.text):
            continue    # "Các chỉ tiêu 1-1, 1-2: chủ trì: …; phối hợp: …": the targets' own roles line
        led = []
        folded = fold_keeping_length(task.text.lower())
        for indicator, role, position in labelled_mentions(task.text, indicators):
            subject = clause_subject(task.text, folded, position, resolve)
            if subject is not None:
                # "Sở Y tế chủ trì chỉ tiêu T2, T3; Sở Giáo dục và Đào tạo chủ trì chỉ tiêu T1":
                # a later clause's own subject holds its targets
                key = add(*subject)
                if key != task.agency and key not in indicator.lead_agencies + indicator.partner_agencies:
                    (indicator.lead_agencies if role == LEAD else indicator.partner_agencies).append(key)
                if key != task.agency:
                    continue
            verdict = _clause_role(task.agency, task.text, folded, position, resolve)
            if verdict == "elsewhere":
                continue    # "…; Sở Y tế chủ trì … Mục tiêu 2": a body of another clause
            if role == LEAD and verdict == PARTNER:
                # "Giao Sở A chủ trì, phối hợp với Công an tỉnh, Sở B … các chỉ tiêu của Mục
                # tiêu 1": the bodies named after "phối hợp với" work with the lead
                role = PARTNER
            if role == LEAD and indicator.lead_agencies and not re.search(LEAD_WORDS, folded[:position]):
                # "chỉ đạo UBND cấp xã thực hiện chỉ tiêu [NV-3]": a task's verb alone makes no
                # second lead of a target another agency was named to lead
                role = PARTNER
            if role == LEAD:
                led.append(indicator)
            if task.agency in indicator.lead_agencies or task.agency in indicator.partner_agencies:
                continue
            (indicator.lead_agencies if role == LEAD else indicator.partner_agencies).append(task.agency)
        partnered = [(indicator, helpers) for indicator, helpers in labelled_partners(task.text, indicators, resolve)
                     if task.agency in indicator.lead_agencies]
        trailing = trailing_partners(task.text, agencies_in) if led else []
        for indicator, helpers in partnered + [(indicator, trailing) for indicator in led]:
            for canonical, written in helpers:
                key = add(canonical, written)
                if key not in indicator.lead_agencies and key not in indicator.partner_agencies:
                    indicator.partner_agencies.append(key)



# "phối hợp với", "phối hợp cùng" (folded): who follows works with the lead named before
_WITH_LEAD_RE = re.compile(r"\bphoi hop\s+(?:voi|cung)\b")


def _clause_role(agency: str, text: str, folded: str, position: int, resolve) -> str | None:
    """What the clause of ``text`` holding the mention at ``position`` says of ``agency`` (a
    key, ``agency_key`` of its name; no body is registered here): "elsewhere" when the text
    names it only in other clauses and this clause names bodies of its own ("A chủ trì … Mục
    tiêu 1; C chủ trì … Mục tiêu 2" gives Mục tiêu 2 nothing of A's; "Sở Y tế: chủ trì …; phối
    hợp … chỉ tiêu 2.4" goes on with its subject), PARTNER when the clause names it only after
    a "chủ trì, phối hợp với", else None (the role the mention gives stands; a text naming it
    nowhere is its heading's own)."""
    start = max(folded.rfind(";", 0, position), folded.rfind(". ", 0, position)) + 1
    ends = [e for e in (folded.find(";", position), folded.find(". ", position)) if e >= 0]
    end = min(ends) if ends else len(folded)
    bodies = sentence_agencies(text, folded, resolve)
    named = [at for at, names in bodies if any(agency_key(canonical) == agency for canonical, _written in names)]
    here = [at for at in named if start <= at < end]
    if named and not here and any(start <= at < end for at, _names in bodies):
        return "elsewhere"    # the clause names its own bodies (a clause of the subject named first goes on)
    lead = re.compile(LEAD_WORDS).search(folded, start, position)
    partner = _WITH_LEAD_RE.search(folded, lead.end(), position) if lead else None
    if partner and here and all(partner.start() < at < position for at in here):
        return PARTNER
    return None


def _roles_by_topic(tasks: list, indicators: list[Indicator], assignments: list[Assignment]) -> None:
    """Leads and partners an agency's task names by topic ("Sở Y tế chủ trì các chỉ tiêu về
    tử vong trẻ em …, tiêm chủng mở rộng", ``topics.topic_roles``), for indicators nothing else
    assigned: a lead only to one with none, a partner only to one with none."""
    led = {id(i) for i in indicators if i.lead_agencies}
    helped = {id(i) for i in indicators if i.partner_agencies}
    for task in tasks:
        for indicator, role in topic_roles(task.text, indicators):
            if id(indicator) in (led if role == LEAD else helped):
                continue
            if task.agency in indicator.lead_agencies or task.agency in indicator.partner_agencies:
                continue
            (indicator.lead_agencies if role == LEAD else indicator.partner_agencies).append(task.agency)
            if indicator.number is not None:
                assignments.append(Assignment(indicator=indicator.number, agency=task.agency, role=role,
                                              section=task.section, text=task.text))


def _partners_by_topic(tasks: list, indicators: list[Indicator], resolve, add) -> None:
    """Partners an agency's task names for a target it leads by topic ("chủ trì, phối hợp
    với Tỉnh đoàn và Sở Giáo dục và Đào tạo thực hiện chỉ tiêu hỏi ý kiến trẻ em",
    ``topics.topic_partners``), for an indicator that agency leads and nothing else gave
    partners. ``add(canonical, written)`` registers an agency and gives its key."""
    for task in tasks:
        for indicator, helpers in topic_partners(task.text, indicators):
            if task.agency not in indicator.lead_agencies or indicator.partner_agencies:
                continue
            for piece in split_agencies(helpers):
                canonical = resolve(piece)
                key = add(canonical, squash_spaces(piece)) if canonical else None
                if key and key not in indicator.lead_agencies and key not in indicator.partner_agencies:
                    indicator.partner_agencies.append(key)


def _roles_by_group(doc: Document, indicators: list[Indicator], assignments: list[Assignment], resolve, add) -> None:
    """Leads and partners a paragraph gives a whole group by its label ("Phân công: Sở Y tế
    chủ trì nhóm chỉ tiêu 2.1; Công an tỉnh … phối hợp", ``itemrefs.group_roles``), for the
    indicators nothing else gave a lead. ``add(canonical, written)`` registers an agency."""
    def agencies_in(text, folded):
        return sentence_agencies(text, folded, resolve)

    # "riêng chỉ tiêu về đăng ký khai sinh do Sở Tư pháp chủ trì, Công an tỉnh phối hợp": one
    # target taken out of its group, its own lead and partners, before the group's
    given: dict[int, tuple[list, list]] = {}
    for para in doc.paragraphs:
        for indicator, role, names in passive_topic_roles(para.text, indicators, agencies_in):
            leads, partners = given.setdefault(id(indicator), ([], []))
            (leads if role == LEAD else partners).extend(n for n in names if n not in leads + partners)
    unassigned = [i for i in indicators if not i.lead_agencies and id(i) not in given]
    for para in doc.paragraphs:
        for indicator, role, names in group_roles(para.text, unassigned, agencies_in):
            leads, partners = given.setdefault(id(indicator), ([], []))
            (leads if role == LEAD else partners).extend(n for n in names if n not in leads + partners)
    for indicator in indicators:
        leads, partners = given.get(id(indicator), ([], []))
        if indicator.lead_agencies and indicator.partner_agencies:
            continue     # given elsewhere (by number, a table, its bracket): kept
        if indicator.lead_agencies:
            leads = []   # a lead given elsewhere stays; the partners this names fill the gap
        for role, names in ((LEAD, leads), ("partner", partners)):
            for canonical, written in names:
                key = add(canonical, written)
                if key in indicator.lead_agencies or key in indicator.partner_agencies:
                    continue
                (indicator.lead_agencies if role == LEAD else indicator.partner_agencies).append(key)
                if indicator.number is not None:
                    assignments.append(Assignment(indicator=indicator.number, agency=key, role=role,
                                                  section=indicator.section, text=indicator.text))


def _register(plan: Plan, context: _Context) -> None:
    for agency in plan.agencies:
        for alias in agency.aliases:
            if agency_key(alias) == agency.key:
                context.catalog.add(alias)
        context.catalog.add(agency.name)
    if plan.locality and plan.locality not in context.localities:
        context.localities.append(plan.locality)


@dataclass
class BatchResult:
    """What ``ingest_batch`` made of its files: ``plans`` with the file each came from
    (``sources``, parallel lists), the files refused (``failures``, in the order given), and
    ``duplicates``: ``(dropped, kept)`` file pairs holding the same document; ``scanned``:
    the documents that needed OCR, by sha256 of their bytes (to keep for the next batch)."""

    plans: list[Plan]
    sources: list[Path]
    failures: list[IngestError]
    duplicates: list[tuple[Path, Path]]
    scanned: dict[str, SourceDocument] = field(default_factory=dict)


def text_fingerprint(plan: Plan) -> str:
    """sha256 of the plan's paragraphs with white space evened out: equal for two files of
    one text whatever their line ends, BOM, spacing or format (TXT, DOCX, PDF)."""
    digest = hashlib.sha256()
    for passage in plan.passages:
        digest.update(squash_spaces(passage.text).encode())
        digest.update(b"\n")
    return digest.hexdigest()


def identity_key(plan: Plan) -> str | None:
    """``"<locality>|<number>|<date>"`` of a numbered, dated plan (the same number and date
    from one issuer is the same document); None when the number or date is missing."""
    return document_key(plan.locality, plan.number, plan.date)


def identity_keys(plan: Plan) -> list[str]:
    """Every key under which ``plan`` is the same document as another: its
    ``identity_key`` (when numbered and dated) and ``"text:" + text_fingerprint`` (when it
    has any text)."""
    keys = [identity_key(plan)]
    if plan.passages:
        keys.append("text:" + text_fingerprint(plan))
    return [key for key in keys if key]


def document_key(locality: str | None, number: str | None, date: str | None) -> str | None:
    """``identity_key`` from the three stored fields."""
    if not number or not date:
        return None
    return f"{normalize(locality or '')}|{normalize(number)}|{date}"


def ingest_batch(paths: Iterable[str | Path], progress=None, newer: Iterable[str | Path] = (),
                 read: dict[str, SourceDocument] | None = None) -> BatchResult:
    """Every readable plan among ``paths``, in the order given; a file that is not (cannot be
    read, not a plan) is in ``failures`` and the others go on. The same document in two files
    keeps one: a file in ``newer`` over one that is not, else the later one.
    ``progress(path, done, total)`` is called per page of a PDF or image; ``read`` holds
    documents read before (OCR results), by sha256 of the file's bytes."""
    paths = [Path(p) for p in paths]
    parsed: list[ParsedFile] = []
    failures: dict[Path, IngestError] = {}
    for path in paths:
        try:
            pages = (lambda done, total, path=path: progress(path, done, total)) if progress else None
            parsed.append(parse_file(path, pages, read))
        except IngestError as error:
            failures[path] = error
    context = _Context()
    for item in parsed:
        if not item.ocr:
            context.learn_words(item.text)
    built: list[Plan | None] = [None] * len(parsed)
    for ocr_pass in (False, True):
        for index, item in enumerate(parsed):
            if item.ocr != ocr_pass:
                continue
            try:
                built[index] = _build(item, context)
            except IngestError as error:
                failures[item.path] = error
                continue
            _register(built[index], context)
    kept = [(plan, item.path) for plan, item in zip(built, parsed) if plan is not None]
    newer_paths = {Path(p).resolve() for p in newer}
    kept, duplicates = _drop_same_documents(kept, newer_paths)
    result = [plan for plan, _ in kept]
    for plan in result:              # one canonical name per agency key, over all plans
        for agency in plan.agencies:
            own = agency.name
            agency.name = context.catalog.name(agency.key) if agency.key in context.catalog.spellings \
                else agency.name
            if own == f"{agency.name} tỉnh":
                agency.name = own     # the province's "Công an tỉnh" where the plan writes so
            if agency.name not in agency.aliases:
                agency.aliases.insert(0, agency.name)
    seen: Counter = Counter()
    for plan in result:
        seen[plan.slug] += 1
        if seen[plan.slug] > 1:
            plan.slug = f"{plan.slug}-{seen[plan.slug]}"
    scanned = {item.sha256: SourceDocument(item.text, item.format, True, item.pages)
               for item in parsed if item.scanned}
    return BatchResult(result, [path for _, path in kept],
                       [failures[p] for p in paths if p in failures], duplicates, scanned)


def _drop_same_documents(items: list[tuple[Plan, Path]], newer: set[Path]
                         ) -> tuple[list[tuple[Plan, Path]], list[tuple[Path, Path]]]:
    """``items`` without the older of two files of one document (not in ``newer``, else
    the earlier), and the (dropped, kept) pairs."""
    def rank(index: int) -> tuple[bool, int]:
        return items[index][1].resolve() in newer, index

    owner: dict[str, int] = {}
    dropped: dict[int, int] = {}
    for index, (plan, _) in enumerate(items):
        for key in identity_keys(plan):
            other = owner.get(key)
            if other is None or other == index or other in dropped:
                owner[key] = index
                continue
            loser, winner = (other, index) if rank(other) < rank(index) else (index, other)
            dropped[loser] = winner
            owner[key] = winner
    duplicates = [(items[loser][1], items[winner][1]) for loser, winner in sorted(dropped.items())]
    return [item for index, item in enumerate(items) if index not in dropped], duplicates


def ingest_files(paths: Iterable[str | Path]) -> list[Plan]:
    """Every file as a ``Plan``, in the order given (the same document twice kept once);
    ``IngestError`` for the first bad file, before anything is returned."""
    result = ingest_batch(paths)
    if result.failures:
        raise result.failures[0]
    return result.plans


def ingest_file(path: str | Path, known: Iterable[str | Path] = ()) -> Plan:
    """One file as a ``Plan``; ``known`` plan files help resolve an OCR plan's agencies."""
    paths = [Path(p) for p in known if Path(p).resolve() != Path(path).resolve()] + [Path(path)]
    return ingest_files(paths)[-1]
