"""The "Tổ chức thực hiện" section → agencies, their tasks, and who leads or supports
which indicator.

Each numbered heading of the section names one or more agencies ("2. Sở Tư pháp", "19. Đề
nghị Tòa án …, Viện kiểm sát …"); the heading may carry a task itself ("8. Sở Tài chính:
chủ trì …", "3. Công an thành phố chủ trì, … trong việc …"). The paragraphs under it are
that agency's tasks, unless a paragraph names its own subject ("Đề nghị Đoàn TNCS …
chủ trì …").

A task that mentions "chỉ tiêu 01, 02, 08" assigns them: "chủ trì" / "hướng dẫn" /
a plain "thực hiện" make the agency lead, "phối hợp (thực hiện)" a partner; a mention in a
reporting clause ("báo cáo … kết quả thực hiện các Chỉ tiêu 07, 15") assigns nothing.

Outside that section (a "Phân công chủ trì, phối hợp" section, or any paragraph), a sentence
that names agencies, a role and indicators assigns them whatever its word order: "Giao Sở X
chủ trì các chỉ tiêu 1, 7 và 12", "Sở X: chủ trì chỉ tiêu 7; phối hợp chỉ tiêu 10", "Chỉ tiêu
13 do Ban X chủ trì, Sở Y phối hợp", "Các chỉ tiêu từ 21 đến 23 do Sở X chủ trì; Tỉnh đoàn
và Sở Y phối hợp thực hiện", "Công an tỉnh chủ trì chỉ tiêu 9; Sở X phối hợp", "Sở X chịu
trách nhiệm chính đối với chỉ tiêu 14". A numbered indicator item ("5) Tỷ lệ … . Sở X chủ
trì, phối hợp với Sở Y.") assigns itself: its sentences need not name its number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from rapidfuzz import fuzz

from knowledge.parse.agencies import canonical_form, cut_at_verb, head_of, split_agencies
from knowledge.parse.goals import appendix_title, is_group_line
from knowledge.model import Assignment, Indicator, Task
from knowledge.parse.roles import LEAD_WORDS, PARTNER_WORDS, ROLE_COLON, ROLE_LINE_RE, record_roles
from knowledge.parse.topics import indicators_named
from knowledge.parse.structure import NUMBER, SEPARATOR, SUBNUMBER, Document, Paragraph, roman_value, table_cells
from knowledge.vocab import ordinal_value
from knowledge.text import compact, fold_keeping_length, label_key, ocr_key, squash_spaces, written_label_key

# resolve(raw name as written) → canonical name, or None when it is not an agency.
Resolver = Callable[[str], "str | None"]

# "chỉ tiêu 03, 04 và 05", "chỉ tiêu số 7", "các chỉ tiêu từ 15 đến 20", "chỉ tiêu 22-24",
# "chỉ tiêu (1), (2)", "các chỉ tiêu 2.1, 2.3" (target N of "2. Mục tiêu cụ thể", numbered
# as written): numbers, with ranges between two of them.
# … or by the section sign that numbers them through ("§01, §07", "§02 - §05"), "chỉ tiêu" unsaid
_NUM = r"(?:§\s?|#)?\(?(?:\d\.(?=\d{1,2}(?![\d.,]\d)))?\d{1,2}\)?(?![\d/%])"
_MENTION_RE = re.compile(rf"(?:(?:chi tieu|chi bao)\s+(?:giao\s+)?(?:so\s+)?(?:tu\s+)?|(?<![\w§#])(?=§|#\d))"
                         rf"({_NUM}(?:\s*(?:,|va|&|-|–|den)\s*(?:tu\s+|so\s+)?{_NUM})*)")
_MAX_RANGE = 40
_REQUEST_RE = re.compile(r"^\s*(?:de|pe|dé|pé)\s*nghi\s+")
_LEAD, _PARTNER, _REPORT = "lead", "partner", "report"
# Titles of the section that gives each agency its tasks: "Tổ chức thực hiện", "Phân công
# trách nhiệm", "Trách nhiệm của các cơ quan, đơn vị", "Nhiệm vụ của các cơ quan, đơn vị".
_ORGANISATION_TITLES = ("tochucthuchien", "phancongtrachnhiem", "trachnhiemcuacaccoquan", "nhiemvucuacaccoquan")
# "Phân công thực hiện / nhiệm vụ": the agencies' tasks when its numbered headings name
# agencies ("1. Sở Y tế" over its bullets); numbered sentences that assign ("1. Sở Y tế chủ trì
# các chỉ tiêu số 1, 2; …") are read as assignments, in any section, instead
_ASSIGNING_TITLES = ("phancongthuchien", "phancongnhiemvu")
# "tham gia thực hiện các chỉ tiêu số 7 và số 9": taking part is partnering, not leading
_ROLE_WORDS = [(r"chu tri", _LEAD), (r"huong dan", _LEAD),
               (r"phoi hop", _PARTNER), (r"tham gia", _PARTNER), (r"bao cao", _REPORT), (r"ket qua", _REPORT)]


@dataclass
class AgencySection:
    names: list[str]                 # canonical names
    written: list[str]               # as written
    heading: Paragraph
    inline_task: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)


# "Nhiệm vụ của các sở, ngành (trong …)", "Trách nhiệm của các cơ quan, đơn vị" (compacted)
_DUTIES_TITLE_RE = re.compile(r"^(?:nhiemvu|trachnhiem|phancong)(?:vatrachnhiem|nhiemvu)?(?:cua)?cac(?:so|coquan|donvi|nganh)")


def find_organisation_sections(doc: Document) -> list[tuple[Paragraph, list[Paragraph]]]:
    """Numbered headings (with their paragraphs) under "Tổ chức thực hiện"; an unnumbered
    title line over "- " items (a Word heading "Sở Y tế" over its task bullets) is one too."""
    result = []
    inside = False
    duties = False      # "3. Nhiệm vụ của các sở, ngành trong Tháng hành động" elsewhere
    paragraphs = doc.paragraphs
    for index, para in enumerate(paragraphs):
        if para.kind == "roman" and para.heading is not None:
            title = compact(para.body)
            inside = any(words in title for words in _ORGANISATION_TITLES) or (
                any(words in title for words in _ASSIGNING_TITLES) and _names_agencies(paragraphs, index))
            duties = False
            continue
        if not inside and para.heading is not None and para.heading.level == NUMBER:
            # a part of another section giving the agencies their duties in it (a campaign's:
            # "III. TỔ CHỨC THÁNG HÀNH ĐỘNG …" › "3. Nhiệm vụ của các sở, ngành …", round 155):
            # its "a) Sở Y tế: …" paragraphs are those agencies' parts
            duties = bool(_DUTIES_TITLE_RE.match(compact(para.body)))
            continue
        if duties and not inside:
            if _lettered_agency(para) or (result and _colon_agency(para, result[-1][0])):
                result.append((para, []))
            elif result and result[-1][0].position < para.position and para.kind == "bullet":
                result[-1][1].append(para)
            continue
        if para.kind == "plain" and appendix_title(para.text):
            # "PHỤ LỤC II" over "PHÂN CÔNG CHỦ TRÌ, PHỐI HỢP THEO CƠ QUAN": an appendix of the
            # agencies' parts, each a numbered heading over its lines of roles; any other
            # appendix ("Phụ lục: Phân công thực hiện các chỉ tiêu", a table) holds no agency's task
            title = compact(" ".join(p.text for p in paragraphs[index:index + 2]))
            inside = "theocoquan" in title or "theodonvi" in title
            continue
        if inside and para.kind == "plain" and _ends_organisation(para.text):
            inside = False
        if not inside:
            continue
        if para.heading is not None and para.heading.level == NUMBER or \
                para.heading is not None and para.heading.level == SUBNUMBER and head_of(canonical_form(para.body, ())) is not None or \
                _titles_bullets(para, paragraphs[index + 1] if index + 1 < len(paragraphs) else None) or \
                _lettered_agency(para) or \
                result and _colon_agency(para, result[-1][0]):
            # ("3.1. Sở Nội vụ", "2.15. Đề nghị Thành đoàn …" under "3. Nhiệm vụ của các cơ quan, đơn
            # vị": an agency's part a level down)
            # … and "a) Sở Y tế: Là cơ quan thường trực …" under "2. Nhiệm vụ của các cơ quan":
            # a lettered paragraph opening with an agency's name and a colon is its part
            result.append((para, []))
        elif result:
            result[-1][1].append(para)
    return result


# "a) Sở Y tế: …", "i) Đề nghị Tỉnh đoàn Lạng Sơn: …" ("i" is no letter item to the
# structure, a Roman numeral there): a lettered paragraph naming an agency before a colon
# … or naming it alone, its tasks in the items below ("a) Sở Tư pháp" over "- Chủ trì …")
_LETTERED_AGENCY_RE = re.compile(r"^[a-zđ]\)\s+(?:Đề nghị\s+)?([^:;.]{3,90})(?::\s*\S|\s*$)")


def _lettered_agency(para: Paragraph) -> bool:
    match = _LETTERED_AGENCY_RE.match(para.text)
    return bool(match) and _AGENCY_START_RE.match(match.group(1)) is not None


# "Tỉnh Đoàn An Giang: phối hợp thực hiện …" under "12. Đề nghị Ủy ban Mặt trận Tổ quốc … và
# các tổ chức chính trị - xã hội": a plain paragraph opening with another agency's name and a
# colon is that agency's part, not the heading's
_COLON_AGENCY_RE = re.compile(r"^(?:Đề nghị\s+)?([^:;.()]{3,90}):\s*\S")


def _colon_agency(para: Paragraph, heading: Paragraph) -> bool:
    match = _COLON_AGENCY_RE.match(para.text) if para.kind == "plain" and para.heading is None else None
    if not match or _AGENCY_START_RE.match(match.group(1)) is None:
        return False
    # ("1. Sở Y tế (cơ quan thường trực)" over "Sở Y tế: chủ trì …": the heading's own part)
    return compact(match.group(1)) not in compact(re.sub(r"\([^()]*\)", "", heading.text))


def _names_agencies(paragraphs: list[Paragraph], index: int) -> bool:
    """Whether the numbered headings under the Roman heading at ``index`` name agencies
    rather than assign in a sentence of their own: none says who leads or partners, but
    after the agency's name and a colon ("2. Công an tỉnh: Chủ trì thực hiện chỉ tiêu số 2")."""
    for para in paragraphs[index + 1:]:
        if para.kind == "roman" and para.heading is not None:
            break
        if para.heading is None or para.heading.level != NUMBER:
            continue
        # "Trung tâm Y tế thành phố (phối hợp Phòng Y tế …)": a note in brackets is the name's
        body = re.sub(r"\([^()]*\)", "", fold_keeping_length(para.body.lower()))
        named = re.match(r"^([^:;.]{3,90}):", body)   # "Công an tỉnh: Chủ trì …": a name, its tasks
        if re.search(r"\b(?:chu tri|phoi hop)\b", named.group(1) if named else body):
            return False
    return True


# Unnumbered titles of the sections after the agencies' ("Kinh phí", "Chế độ báo cáo", "Đường
# dây nóng"), alone or run into their first sentence, and the signature ("TM. ỦY BAN NHÂN DÂN").
_AFTER_ORGANISATION_RE = re.compile(r"^(?:kinh phi(?: thuc hien)?|che do (?:thong tin,? )?bao cao"
                                    r"|duong day nong)\s*[:.]?\s*|^tm\.\s")


def _ends_organisation(text: str) -> bool:
    """Whether a plain paragraph opens a section after the agencies' tasks: an unnumbered
    title "Kinh phí" (alone, or a capitalised sentence after it, where a PDF joined them) or
    the signature block."""
    match = _AFTER_ORGANISATION_RE.match(fold_keeping_length(text))
    if not match:
        return False
    rest = text[match.end():]
    return match.group(0).startswith("tm") or not rest.strip() or rest[:1].isupper()   # the original's capital


def _strip_request(text: str) -> tuple[str, bool]:
    folded = fold_keeping_length(text)
    match = _REQUEST_RE.match(folded)
    return (text[match.end():], True) if match else (text, False)


def _names(text: str, resolve: Resolver, ocr: bool) -> list[tuple[str, str]]:
    """(canonical, written) for each agency listed in ``text``."""
    pieces = split_agencies(text)
    if ocr and len(pieces) == 1:
        whole = resolve(text)
        if whole:
            return [(whole, squash_spaces(text))]
        pieces = [p for p in re.split(r"\s*[,;]\s*|\s+va\s+", text) if p.strip()]
    found = []
    for piece in pieces:
        canonical = resolve(piece)
        if canonical:
            written = re.split(r"\s+và các\s", squash_spaces(piece))[0]
            found.append((canonical, written))
    if not found and pieces:
        canonical = resolve(text)
        if canonical:
            found.append((canonical, squash_spaces(text)))
    return found


def parse_heading(heading: Paragraph, resolve: Resolver, ocr: bool) -> tuple[list[tuple[str, str]], str | None]:
    """The agencies a heading names and the task it carries, if any."""
    # "i) Đề nghị Tỉnh đoàn: …": a letter the structure took for no item's
    text, _ = _strip_request(re.sub(r"^[a-zđ]\)\s+", "", heading.body))
    inline = None
    if ":" in text:
        before, after = (part.strip() for part in text.split(":", 1))
        if after and head_of(after) and not compact(after).startswith("cac") \
                and not compact(after).startswith(("trong", "can")):
            return _names(after, resolve, ocr), None
        inline = after or None
        # ("1. Sở Y tế chủ trì 02 chỉ tiêu:": the name, not its verb and what it leads)
        names = _names(cut_at_verb(before)[0] or before, resolve, ocr)
    else:
        # "Trung tâm Y tế thành phố (phối hợp Phòng Y tế … tham mưu)": a note in brackets
        # is neither the name nor a task
        name_part, rest = cut_at_verb(re.sub(r"\s*\([^()]*\)", "", text))
        names = _names(name_part, resolve, ocr)
        inline = text if rest else None
    if inline:
        inline = inline[:1].upper() + inline[1:]
    return names, inline


def _own_subject(text: str, section_names: list[tuple[str, str]], resolve: Resolver, ocr: bool,
                 later: bool = False) -> list[tuple[str, str]] | None:
    """The agencies a task paragraph names as its own subject, if it does; ``later``: the
    text follows another sentence of the paragraph."""
    rest, requested = _strip_request(text)
    if requested:
        name_part, _ = cut_at_verb(rest)
        names = _names(name_part, resolve, ocr)
        if names:
            return names
    if len(section_names) > 1:
        start = ocr_key(text[:80])
        for canonical, written in section_names:
            for form in (written, canonical):
                key = ocr_key(form)
                if key and fuzz.ratio(start[:len(key)], key) >= 85:
                    return [(canonical, written)]
    # "Hội Liên hiệp Phụ nữ tỉnh phối hợp với Sở Y tế …": a sentence opening with an
    # agency's name and its verb is that agency's, whatever the heading above names
    return _named_subject(text, resolve, ocr) if later else None


def _named_subject(text: str, resolve: Resolver, ocr: bool) -> list[tuple[str, str]] | None:
    """The agencies a sentence opens with before "chủ trì" or "phối hợp" and a target of its
    own ("Hội Liên hiệp Phụ nữ tỉnh phối hợp với Sở Y tế thực hiện chỉ tiêu (4)"), else None."""
    name_part, verb = cut_at_verb(text)
    folded = fold_keeping_length(verb.lower())
    # "…; Sở Tư pháp, Công an tỉnh phối hợp." names no target of its own: it goes on with
    # the sentence before (their partners), no new subject; "Công an tỉnh chủ trì, Sở Y tế
    # phối hợp thực hiện chỉ tiêu (iii)" names two roles, read as a frame of its own;
    # "Ủy ban nhân dân tỉnh giao Sở Y tế chủ trì …" is said of another
    if _ROLE_VERB_RE.match(folded) and "chi tieu" in folded \
            and not ("chu tri" in folded and "phoi hop" in folded) \
            and not _GOVERNING_RE.search(fold_keeping_length(name_part.lower())) \
            and len(name_part) <= 80 \
            and _AGENCY_START_RE.match(name_part) and " là " not in name_part:
        return _names(name_part, resolve, ocr) or None
    return None


_ROLE_VERB_RE = re.compile(r"(?:chu tri|phoi hop)\b")
_GOVERNING_RE = re.compile(r"\b(?:giao|de nghi|yeu cau|chi dao|phan cong)\b")


# a heading over several bodies of which it names one or none: "… và các tổ chức chính trị - xã
# hội", "các hội, đoàn thể", "các tổ chức thành viên" (folded)
# a part whose heading gives one role for every target it lists (folded): "Đơn vị phối hợp đối
# với từng chỉ tiêu", "Cơ quan chủ trì các chỉ tiêu"
_ROLE_LIST_HEADING_RE = re.compile(r"\b(?:don vi|co quan)\s+(phoi hop|chu tri)\b(?:\s+\w+){0,4}?\s+chi tieu\b")
# … and its lines: "- Chỉ tiêu 1, 2 và 3: Hội Liên hiệp Phụ nữ tỉnh và UBND các xã, phường."
_ROLE_LIST_LINE_RE = re.compile(r"^\s*(?:[-–•+]\s*)?chi tieu\s[^:]{1,60}:\s*\S")


def _role_list(heading: Paragraph, paragraphs: list[Paragraph]) -> list[tuple[Paragraph, str]]:
    """The lines of a part whose heading gives one role for all its targets ("Đơn vị phối
    hợp đối với từng chỉ tiêu"), each as a sentence saying the role ("Chỉ tiêu 5: Sở Y tế và
    Sở Tài chính phối hợp."), for ``assignment_frames``; [] for any other part."""
    role = _ROLE_LIST_HEADING_RE.search(fold_keeping_length(heading.body.lower()))
    if role is None:
        return []
    said = "phối hợp" if role.group(1) == "phoi hop" else "chủ trì"
    out = []
    for para in paragraphs:
        body = squash_spaces(para.body)
        folded = fold_keeping_length(body.lower())
        if not _ROLE_LIST_LINE_RE.match(folded):
            continue
        own = re.search(r",?\s*\b(?:phoi hop|chu tri)\b", folded[folded.index(":"):])
        if own:
            # "- Chỉ tiêu 22: Sở Y tế, phối hợp với Sở Tư pháp." under "Đơn vị chủ trì …": the
            # heading's role is the first body's, the line's own the others'
            at = folded.index(":") + own.start()
            out.append((para, f"{body[:at]} {said}{body[at:]}"))
        else:
            out.append((para, f"{body.rstrip(' .;')} {said}."))
    return out


_GROUP_HEADING_RE = re.compile(r"\b(?:cac to chuc|doan the|cac hoi|to chuc chinh tri|chinh tri - xa hoi|to chuc thanh vien)\b")


def _by_subject(text: str, section_names: list[tuple[str, str]], resolve: Resolver, ocr: bool,
                group: bool = False) -> list[str]:
    """A paragraph under a heading of several agencies whose sentences each name their own
    ("Sở Kế hoạch và Đầu tư bố trí vốn … . Sở Tài chính tham mưu …"): one piece a sentence;
    any other paragraph whole. What comes before the first sentence with its own subject
    ("Trong phạm vi chức năng, nhiệm vụ tham gia thực hiện Chương trình; Tỉnh đoàn chủ trì
    …; Hội Liên hiệp Phụ nữ tỉnh vận động …") is a piece of its own, for every agency."""
    cuts = [0] + [m.end() for m in re.finditer(r"[.;]\s+(?=[A-ZÀ-ỸĐ])", text)]
    pieces = [text[a:b].strip() for a, b in zip(cuts, cuts[1:] + [len(text)])]
    if len(section_names) < 2 and not any(_named_subject(p, resolve, ocr) for p in pieces[0 if group else 1:]):
        return [text]     # one agency's paragraph, no later sentence naming another
    subjects = [_own_subject(piece, section_names, resolve, ocr, later=k > 0 or group) for k, piece in enumerate(pieces)]
    # two subjects, or one after a sentence without ("Tuyên truyền …; Hội Liên hiệp Phụ nữ
    # tỉnh phối hợp với Sở Y tế thực hiện các chỉ tiêu (1) và (3)": the Women's Union's alone)
    if len(pieces) < 2 or not (len({tuple(s) for s in subjects if s}) >= 2
                               or (subjects[0] is None and any(subjects[1:]))):
        return [text]
    merged: list[str] = []
    for piece, subject in zip(pieces, subjects):
        if subject or not merged:
            merged.append(piece)
        else:
            merged[-1] = f"{merged[-1]} {piece}"     # a sentence without its own subject
    return merged


def mention_role(task_folded: str, mention_start: int) -> str | None:
    """Role given by the words before a mention: in its clause first, else the task's
    opening verb; ``None`` for a reporting clause."""
    before = re.sub(r"chu tri\s*,?\s*phoi hop", lambda m: "chu tri".ljust(len(m.group(0))),
                    task_folded[:mention_start])
    clause = re.split(r"[;]", before)[-1]
    if re.search(r"\bchi dao\s+(?:ubnd|uy ban nhan dan)\b.*\bthuc hien\b", clause) and not re.search(LEAD_WORDS, clause):
        # "chỉ đạo UBND cấp xã thực hiện chỉ tiêu §06": others carry it out, the agency
        # directing them leads nothing
        return _PARTNER
    best = None
    for pattern, role in _ROLE_WORDS:
        for match in re.finditer(pattern, clause):
            if best is None or match.start() > best[0] or (match.start() == best[0] and role == _LEAD):
                best = (match.start(), role)
    if best is None:
        for pattern, role in _ROLE_WORDS:
            match = re.search(pattern, before)
            if match and (best is None or match.start() < best[0]):
                best = (match.start(), role)
    role = best[1] if best else _LEAD
    return None if role == _REPORT else role


# "Chỉ tiêu I, II, III, IV, V, X;": targets a plan numbers by Roman numerals (written in capitals,
# the list closed by punctuation: "chỉ tiêu vì trẻ em" names none)
_ROMAN_MENTION_RE = re.compile(r"\bchi tieu\s+((?:[ivxl]{1,6})(?![.]\d)(?:\s*(?:,|va|-|–|den)\s*(?:chi tieu\s+)?[ivxl]{1,6}(?![.]\d))*)(?=\s*(?:[;,):]|\.(?!\d)|$|\(|\s(?:va|phoi hop|chu tri)\b))")


def _roman_mentions(text: str, folded: str) -> list[tuple[int, list[int]]]:
    """(position, numbers) of each list of targets cited by Roman numerals in capitals."""
    found = []
    for match in _ROMAN_MENTION_RE.finditer(folded):
        tokens = re.findall(r"[ivxl]{1,6}|[-–]|den", match.group(1))
        written = text[match.start(1):match.end(1)]
        numerals = re.findall(r"[IVXLivxl]{1,6}", written)
        if not numerals or not all(n.isupper() for n in numerals):
            continue
        numbers: list[int] = []
        span = False
        for token in tokens:
            if token in ("-", "–", "den"):
                span = bool(numbers)
                continue
            number = roman_value(token.upper())
            if not number or number > _MAX_RANGE:
                numbers = []
                break
            if span and numbers[-1] < number:
                numbers.extend(range(numbers[-1] + 1, number))
            span = False
            numbers.append(number)
        if numbers:
            found.append((match.start(), numbers))
    return found


def indicator_mentions(text: str) -> list[tuple[int, list[int]]]:
    folded = fold_keeping_length(text)
    result = _roman_mentions(text, folded)
    for match in _MENTION_RE.finditer(folded):
        numbers: list[int] = []
        span = False
        for token in re.findall(r"(?:\d\.)?\d{1,2}|[-–]|den", match.group(1)):
            if not token[0].isdigit():
                span = bool(numbers)
                continue
            number = int(token.rpartition(".")[2])   # "2.5": target 5 of section 2
            if span and numbers[-1] < number <= numbers[-1] + _MAX_RANGE:
                numbers.extend(range(numbers[-1] + 1, number))
            span = False
            numbers.append(number)
        result.append((match.start(), numbers))
    return sorted(result)


def parse_tasks(doc: Document, resolve: Resolver, indicator_numbers: set[int], ocr: bool = False,
                skip: set[int] = frozenset(), listed: dict[int, int] | None = None,
                codes: frozenset[str] = frozenset()
                ) -> tuple[list[tuple[str, str]], list[Task], list[Assignment]]:
    """Agencies (canonical, written) in order of appearance, their tasks and assignments.
    ``Task.agency`` and ``Assignment.agency`` hold canonical *names* here; ingest turns
    them into keys. ``skip``: positions of paragraphs whose assignments another reader
    takes (goal sections written in prose: ``goal_assignments``). ``listed``: {position:
    number} of targets stated inside an agency's part (``statements.statements_under_agencies``):
    the agency leads each, and a line "Cơ quan phối hợp: A, B" after them names their partners.
    ``codes``: the prefixes (folded, "ct") of the codes the plan numbers its targets by ("CT-01"):
    a table row citing "CT-01, CT-02" assigns those; one citing "NV-01" (a task's) none."""
    listed = listed or {}
    agencies: list[tuple[str, str]] = []
    tasks: list[Task] = []
    assignments: list[Assignment] = []
    seen_assignments: set[tuple[int, str, str]] = set()

    def remember(pairs):
        for pair in pairs:
            if pair not in agencies:
                agencies.append(pair)

    def assign(canonical: str, role: str, number: int, section: str, text: str) -> bool:
        key = (number, canonical, role)
        if number not in indicator_numbers or key in seen_assignments:
            return False
        seen_assignments.add(key)
        assignments.append(Assignment(indicator=number, agency=canonical, role=role,
                                      section=section, text=text))
        return True

    def add_frames(frames, section: str, as_tasks: bool = True) -> None:
        for frame_names, role, numbers, text in frames:
            remember(frame_names)
            for canonical, _ in frame_names:
                if as_tasks:
                    tasks.append(Task(agency=canonical, text=text, section=section,
                                      indicators=numbers, role=role))
                for number in numbers:
                    assign(canonical, role, number, section, text)

    def add_task(names: list[tuple[str, str]], text: str, section: str):
        mentions = indicator_mentions(text)
        folded = fold_keeping_length(text) if mentions else ""
        # "Chủ trì chỉ tiêu 9, phối hợp với A và B …", "chủ trì, phối hợp với A thực hiện chỉ
        # tiêu 21": the agencies it works with support those indicators
        helpers = {start: partners_named(text, folded, start, resolve) for start, _ in mentions
                   if mention_role(folded, start) == _LEAD}
        # "Chỉ tiêu 13 do Ban X chủ trì, Sở Y phối hợp": the sentence names its own agencies
        frames = assignment_frames(text, resolve) if mentions and _PASSIVE_RE.search(folded) else []
        if frames:
            add_frames(frames, section)
            named_here = {c for f in frames for c, _ in f[0]}
            names = [n for n in names if n[0] not in named_here]
        numbers = [n for _, ns in mentions for n in ns]
        for canonical, _ in names:
            task = Task(agency=canonical, text=text, section=section, indicators=numbers)
            for start, ns in ([] if frames else mentions):
                role = mention_role(folded, start)
                if role is None or _every_target(ns, indicator_numbers):
                    continue        # ("tổng hợp số liệu các chỉ tiêu 1 - 20": a duty over all, no role)
                subject = clause_subject(text, folded, start, resolve)
                if subject is not None and subject[0] != canonical:
                    remember([subject])     # "…; Sở Giáo dục và Đào tạo chủ trì chỉ tiêu 1": its own
                    for number in ns:
                        assign(subject[0], role, number, section, text)
                    continue
                for number in ns:
                    if role == _PARTNER and (number, canonical, _LEAD) in seen_assignments:
                        # "Chủ trì chỉ tiêu số 2; phối hợp với A, B trong thực hiện chỉ tiêu số 2":
                        # the lead works with A and B on its own indicator, it is no partner of it
                        for helper in _worked_with(text, folded, start, resolve):
                            if helper[0] != canonical:
                                remember([helper])
                                assign(helper[0], _PARTNER, number, section, text)
                        continue
                    if assign(canonical, role, number, section, text):
                        task.role = task.role or role
            tasks.append(task)
        own = {canonical for canonical, _ in names}
        for start, ns in ([] if frames else mentions):
            for helper in helpers.get(start, []):
                if helper[0] in own:
                    continue
                remember([helper])
                for number in ns:
                    assign(helper[0], _PARTNER, number, section, text)

    organisation = find_organisation_sections(doc)
    inside = {id(p) for heading, paragraphs in organisation for p in [heading, *paragraphs]}
    item: int | None = None     # the indicator the paragraph before was the item of
    columns: tuple[int | None, int | None] | None = None    # lead and partner columns of a table
    task_table = False          # the rows are tasks numbered in their table, not targets
    task_header: list[str] = []     # … under this header: each row its lead agencies' task
    for index, para in enumerate(doc.paragraphs):
        cells = table_cells(para.text)
        if cells is not None:
            header = _assignment_columns(cells)
            if header is not None and _names_tasks(cells):
                task_table = True       # "| STT | Nhiệm vụ | Cơ quan chủ trì | …": its rows are no targets
                task_header = cells
                columns = None
                continue
            if header is not None:
                task_table = False
            if task_table and header is None:
                for canonical, written, text in _task_row(task_header, cells, resolve):
                    remember([(canonical, written)])
                    tasks.append(Task(agency=canonical, text=text, section=para.section))
            columns = header or (None if task_table else columns)
            if columns:
                # a table row assigns its indicator; it is no task of the agency
                add_frames(_row_frames(cells, columns, para.text, resolve, codes), para.section,
                           as_tasks=False)
            continue
        following = doc.paragraphs[index + 1].text if index + 1 < len(doc.paragraphs) else None
        if columns and is_group_line(para.text, following):
            continue          # "I. Nhóm chỉ tiêu về …" between the rows: the table goes on
        columns, task_table = None, False
        if id(para) not in inside and para.position not in skip:
            body = squash_spaces(para.body)
            own = _own_indicator(para, body, indicator_numbers)
            if own is not None:       # "5) Tỷ lệ … đạt 92% … . Sở X chủ trì, phối hợp với Y."
                body = body[_ITEM_NUMBER_RE.match(body).end():]
            elif item is not None and ROLE_LINE_RE.match(fold_keeping_length(body.lower())):
                own = item            # "Chủ trì: Sở X. Phối hợp: Y, Z." on the line under item 5
            item = own
            add_frames(assignment_frames(body, resolve, own), para.section)
        else:
            item = None
    for heading, paragraphs in organisation:
        names, inline = parse_heading(heading, resolve, ocr)
        if not names:
            # "6. Đơn vị phối hợp đối với từng chỉ tiêu" over "- Chỉ tiêu 1, 2 và 3: A và B.":
            # the heading gives the role, each line its targets and the agencies holding it
            for para in _role_list(heading, paragraphs):
                add_frames(assignment_frames(para[1], resolve), para[0].section, as_tasks=False)
            continue
        remember(names)
        section = heading.section
        # "9. Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh và các tổ chức chính trị - xã hội": a part of
        # several bodies, one named; a line under it naming its own ("- Tỉnh đoàn chủ trì thực
        # hiện chỉ tiêu 19") is that body's from its first sentence
        group = bool(_GROUP_HEADING_RE.search(fold_keeping_length(heading.body.lower())))
        if inline:
            # "Đề nghị Tỉnh Đoàn …; Hội Liên hiệp Phụ nữ tỉnh phối hợp …": each its own part
            inline = squash_spaces(inline)
            pieces = _by_subject(inline, [], resolve, ocr)   # split only where a sentence names its own
            for k, piece in enumerate(pieces):
                subject = _named_subject(piece, resolve, ocr) if k > 0 else None
                if subject:
                    remember(subject)
                add_task(subject or names, piece, section)
        items: list[int] = []     # the targets stated in this part, which its agency leads
        for para in paragraphs:
            text = squash_spaces(para.body)
            if not text:
                continue
            number = listed.get(para.position)
            if number is not None:
                items.append(number)
                for canonical, _ in names:
                    assign(canonical, _LEAD, number, section, text)
                    tasks.append(Task(agency=canonical, text=text, section=section, indicators=[number], role=_LEAD))
                continue
            folded = fold_keeping_length(text.lower())
            if items and ROLE_LINE_RE.match(folded):
                # "Cơ quan phối hợp: Phòng Y tế, …" under the targets the part listed
                role = _PARTNER if "phoi hop" in folded[:folded.index(":")] else _LEAD
                for piece in split_agencies(text[folded.index(":") + 1:]):
                    canonical = resolve(piece)
                    if canonical and canonical not in {c for c, _ in names}:
                        remember([(canonical, squash_spaces(piece))])
                        for n in items:
                            assign(canonical, role, n, section, text)
                continue
            for k, piece in enumerate(_by_subject(text, names, resolve, ocr, group)):
                subject = _own_subject(piece, names, resolve, ocr, later=k > 0 or group)
                if subject:
                    remember(subject)
                add_task(subject or names, piece, section)
    return agencies, tasks, assignments


# --- assignments written as sentences, in any section ---

# Words that start an agency's name in running text (capitalised, as names are written).
_AGENCY_START_RE = re.compile(
    r"(?<![\w])(?:Ủy ban Mặt trận Tổ quốc|Mặt trận Tổ quốc|Ủy ban nhân dân|UBND|UBMTTQ|MTTQ|Sở|Công an|Ban|Tỉnh [đĐ]oàn"
    r"|Thành [đĐ]oàn|Huyện [đĐ]oàn|Quận [đĐ]oàn|Thị [đĐ]oàn|Đoàn|Hội|Bộ|Phòng|Trung tâm|T[òo]a án|To[àa] án|Viện [kK]iểm [sS]át|Liên đoàn|Đài|Bảo hiểm xã hội|Báo"
    r"|Quỹ|Cục)"
    r"(?![\w])")
# Where a name written in a sentence ends (folded text).
_NAME_STOP_RE = re.compile(
    r"\s(?:chu tri|phoi hop|chiu trach nhiem|thuc hien|do|doi voi|cac chi tieu|chi tieu|la co quan"
    r"|co trach nhiem|huong dan|theo doi|tham muu|trien khai|to chuc|bao cao|giup)(?![a-z])"
    r"|[;:()]|\.(?:\s|$)")
_COMMA_RE = re.compile(r",\s+")
_GROUP_WORD_RE = re.compile(r"(?:thanh pho|thi xa|thanh|thi|thi tran|quan|huyen|xa|phuong|dac khu|ban|nganh|doan the"
                            r"|co quan|don vi|to chuc|hoi)(?![a-z])")
_WITH_RE = re.compile(r"(?:phoi hop|cung)\s+voi\s+$")
_MAYBE_MENTION_RE = re.compile(r"ch\S{1,2}\s*ti\S{1,3}u", re.IGNORECASE)
_PASSIVE_RE = re.compile(r"chi tieu\s[^;:]{0,40}?\bdo\s+(?!.{0,3}chi tieu)")
_FRAME_ROLE_RE = re.compile(r"(?<![a-z])(?:chu tri(?:\s*,?\s*phoi hop)?|chiu trach nhiem chinh"
                            r"|phoi hop)(?![a-z])")


def sentence_agencies(text: str, folded: str, resolve: Resolver) -> list[tuple[int, list[tuple[str, str]]]]:
    """(position, [(canonical, written)]) of each agency name (or "A và B" list) in a sentence."""
    found = []
    position = 0
    while True:
        match = _AGENCY_START_RE.search(text, position)
        if not match:
            return found
        stop = _NAME_STOP_RE.search(folded, match.end())
        while stop and folded[stop.start():stop.end()].strip() == "do" and \
                text[stop.start():stop.end()].strip() != "do":
            # "Hội Chữ thập đỏ": "đỏ" (red) folds like the passive "do" (by) but is the name's
            stop = _NAME_STOP_RE.search(folded, stop.end())
        end = stop.start() if stop else len(text)
        for comma in _COMMA_RE.finditer(text, match.end(), end):
            group = " các " in text[match.start():comma.start()] and \
                _GROUP_WORD_RE.match(folded, comma.end())     # "UBND các huyện, thành phố"
            if text[comma.end():comma.end() + 1].islower() and not group:
                end = comma.start()   # a comma inside a name comes before a capital:
                break                 # "Sở Văn hóa, Thể thao và Du lịch"
        names = []
        for piece in split_agencies(text[match.start():end]):
            canonical = resolve(piece)
            if canonical:
                names.append((canonical, squash_spaces(piece)))
        if names:
            found.append((match.start(), names))
        position = max(end, match.end())


def _every_target(numbers, indicator_numbers) -> bool:
    """Whether a mention names every target of a plan of five or more ("các chỉ tiêu ① -
    ⑳", "chỉ tiêu 1 đến 20"): a duty over the whole plan, which leads none of them."""
    return len(indicator_numbers) >= 5 and set(indicator_numbers) <= set(numbers)


def assignment_frames(text: str, resolve: Resolver, own: int | None = None
                      ) -> list[tuple[list[tuple[str, str]], str, list[int], str]]:
    """(agencies, role, indicator numbers, sentence) of each assignment a sentence makes.

    A role ("chủ trì", "chịu trách nhiệm chính" → lead; "phối hợp" → partner) goes to the
    agencies named since the role before it (else to those of the role before), for the
    indicators mentioned after it up to the next role (else the last ones mentioned before
    it). A sentence without an agency, a role or an indicator mention assigns nothing.
    ``own``: the number of the indicator ``text`` states itself (a numbered item "5) …"
    whose last sentence says who leads it): the indicator a text without mentions assigns."""
    if own is None and not _MAYBE_MENTION_RE.search(text):
        return []            # most paragraphs: no "chỉ tiêu" at all, so no folding
    folded = fold_keeping_length(text)
    mentions = indicator_mentions(text)
    if not mentions and own is not None:
        mentions = [(len(text), [own])]
    if not mentions:
        return []
    found = list(_FRAME_ROLE_RE.finditer(folded))
    roles = [(m.start(), _PARTNER if m.group().startswith("phoi") else _LEAD) for m in found]
    # "Cơ quan chủ trì: Sở X; cơ quan phối hợp: Sở Y": a role written as a label names
    # its agencies after the colon
    labels = {m.start(): m.end() + 1 for m in found if folded[m.end():m.end() + 2].strip()[:1] == ":"}
    if not roles:
        return []
    agencies = sentence_agencies(text, folded, resolve)
    if not agencies:
        return []
    frames = []
    previous_names: list[tuple[str, str]] = []
    # a role's agencies are named in its own sentence ("… giúp Ủy ban nhân dân tỉnh theo
    # dõi … . Chủ trì các chỉ tiêu 1, 5": the committee leads nothing)
    sentence_ends = [m.start() for m in re.finditer(r"\.\s+(?=[A-ZÀ-ỸĐ])", text)]
    for k, (start, role) in enumerate(roles):
        if start in labels:
            until = roles[k + 1][0] if k + 1 < len(roles) else len(text)
            stop = re.search(r";|\.(?:\s|$)", text[labels[start]:until])   # the label's clause
            until = labels[start] + stop.start() if stop else until
            names = [n for pos, ns in agencies if labels[start] <= pos < until for n in ns]
            numbers = [ns for pos, ns in mentions if pos < start][-1:] or \
                [ns for pos, ns in mentions if pos > start][:1]
            if names and numbers:
                frames.append((names, role, numbers[0], text))
            previous_names = []
            continue
        if k and roles[k - 1][0] in labels:
            continue          # "Chủ trì: Sở X, phối hợp …": its agencies are the label's
        since = roles[k - 1][0] if k else -1
        opened = max([end for end in sentence_ends if end < start], default=-1)
        if opened > since:
            since, previous_names = opened, []
        # "…, phối hợp với Sở Y tế và Viện Kiểm sát; Sở Văn hóa … chủ trì chỉ tiêu (11), …": the
        # agencies after the ";" are this lead's own; those before it were the last role's
        # object (round 163: they had been read as leads too)
        # (a lead's only: "chủ trì, cùng A; B phối hợp" lists partners across the ';')
        clause = text.rfind(";", since + 1, start)
        if k and role == _LEAD and clause > since and any(clause < pos < start for pos, _ in agencies):
            since, previous_names = clause, []
        until = roles[k + 1][0] if k + 1 < len(roles) else len(text)
        own_names = [n for pos, ns in agencies if since < pos < start for n in ns]
        names = own_names or previous_names
        numbers = [n for pos, ns in mentions if start < pos < until for n in ns]
        if not numbers and k and any(roles[k - 1][0] < pos < start for pos, _ in mentions):
            # the mention is the object of the role before ("X chủ trì chỉ tiêu số 8; …"):
            # this role shares it only as "…; Y phối hợp (thực hiện)" — its own agencies,
            # named after the ";", and nothing more to do. "…; phối hợp với Y giảm …" (X
            # works with Y) and "… và duy trì Z; Y phối hợp tuyên truyền …" are other tasks.
            clause = text.rfind(";", since + 1, start)
            own_names = [n for pos, ns in agencies if max(since, clause) < pos < start for n in ns]
            tail = re.split(r"[;.]", folded[start:until])[0]
            tail = _FRAME_ROLE_RE.sub("", tail, count=1)
            if not own_names or not _SHARED_TAIL_RE.match(tail):
                previous_names = names
                continue
            names = own_names
        if not numbers:
            before = [ns for pos, ns in mentions if pos < start]
            after = [ns for pos, ns in mentions if pos > start]
            # "Giao X chủ trì, Y phối hợp thực hiện các chỉ tiêu 8, 9": the mention comes last
            numbers = before[-1] if before else (after[0] if after else [])
        if names and numbers:
            frames.append((names, role, numbers, text))
            # "X chủ trì, phối hợp với Y thực hiện chỉ tiêu 1": Y supports
            helpers = [n for pos, ns in agencies if start < pos < until
                       and _WITH_RE.search(folded[max(0, pos - 20):pos]) for n in ns]
            if role == _LEAD and helpers:
                frames.append((helpers, _PARTNER, numbers, text))
        previous_names = names
    # "Công an tỉnh chủ trì chỉ tiêu 9, phối hợp với A, B và C trong …": A, B, C support 9
    for position, numbers in mentions:
        leads = [f for f in frames if f[1] == _LEAD and f[2] == numbers]
        if not leads:
            continue
        named = {c for f in frames if f[2] == numbers for c, _ in f[0]}
        helpers = [n for n in partners_named(text, folded, position, resolve) if n[0] not in named]
        if helpers:
            frames.append((helpers, _PARTNER, numbers, text))
    return frames


# "phối hợp với A và B", "phối hợp cùng A": the agencies listed after it work with the subject.
_WORKS_WITH_RE = re.compile(r"phoi hop\s+(?:cung\s+)?(?:voi\s+)?(?=[^\W\d_])|cung voi\s+")
# A lead written with its partners before the indicators: "chủ trì, phối hợp với A và B thực
# hiện các chỉ tiêu 21, 22 và 23".
_LEAD_WITH_RE = re.compile(r"chu tri\s*,?\s*(?:" + _WORKS_WITH_RE.pattern + r")")
# Between the partners of such a lead and its indicators: "thực hiện (các)", "trong".
_TO_MENTION_RE = re.compile(r"\s*(?:(?:trong\s+)?(?:viec\s+)?thuc hien\s+(?:hieu qua\s+)?)?(?:cac\s+)?$")
# After the indicators of a lead, before its partners: "(đuối nước)", "về đuối nước", "của
# Chương trình", ",".
_MENTION_TO_WITH_RE = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*(?:ve\s+[^,;.()]{1,50}?)?\s*"
                                 r"(?:cua\s+(?:chuong trinh|ke hoach|de an)\s*)?,\s*(?:va\s+)?")
# Words that end a list of partners written in running text: what they do together starts.
_PARTNERS_END_RE = re.compile(
    r"\s(?:trong|de|nham|ve|tai|theo|thuc hien|trien khai|tuyen truyen|van dong|dau tu|nang cap"
    r"|cung cap|to chuc|xay dung|bao dam|dam bao|dieu tra|giam|tang|tham gia|ho tro|huong dan|chi dao"
    r"|tham muu|kiem tra|quan ly|lien thong|rasoat|ra soat|phong|chong|day manh|nang cao|giam sat"
    r"|truyen thong|xu ly|tiep nhan|can thiep|dua|long ghep|phat hien|cham soc|bo tri|thong ke|duy tri)(?![a-z])"
    r"|[;:.]")


def _clause_bounds(text: str, folded: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause around ``start``..``end`` begins and ends: ``;`` or a sentence end."""
    cuts = [m.start() for m in re.finditer(r";|\.(?:\s+(?=[A-ZÀ-ỸĐ])|\s*$)", text)]
    return (max([c + 1 for c in cuts if c < start], default=0),
            min([c for c in cuts if c >= end], default=len(text)))


# a clause whose own subject is an agency and its role: "; Sở Giáo dục và Đào tạo chủ trì …" (folded)
_SUBJECT_CLAUSE_RE = re.compile(r"\s*(?:va\s+)?([^;:,()]{3,80}?)\s+(?:chu tri|phoi hop|thuc hien)\b")


def clause_subject(text: str, folded: str, mention: int, resolve: Resolver) -> tuple[str, str] | None:
    """The agency a later clause names as its own subject before the mention at ``mention``
    ("Sở Y tế chủ trì chỉ tiêu 2, 3; Sở Giáo dục và Đào tạo chủ trì chỉ tiêu 1": target 1 is
    the second's): (canonical, written), or None when the clause has none of its own (the
    paragraph's agency then). Only a clause after a semicolon counts: the first is the
    paragraph's."""
    folded = folded.lower()         # (callers fold with or without case)
    start = folded.rfind(";", 0, mention)
    if start < 0:
        return None
    subject = _SUBJECT_CLAUSE_RE.match(folded, start + 1)
    if subject is None or subject.end() > mention:
        return None
    if re.search(r"\b(?:chu tri|phoi hop|thuc hien)\b", folded[subject.end():mention]):
        return None     # "Công an tỉnh chủ trì, Sở Y tế phối hợp thực hiện chỉ tiêu 1.1": two roles, read apart
    written = squash_spaces(text[subject.start(1):subject.end(1)])
    canonical = resolve(written)
    return (canonical, written) if canonical else None


def _worked_with(text: str, folded: str, mention: int, resolve: Resolver) -> list[tuple[str, str]]:
    """The agencies named after "phối hợp với" in the clause before ``mention`` ("…; phối hợp
    với Sở Giáo dục và Đào tạo, Sở Y tế trong thực hiện chỉ tiêu số 2"), [] when none."""
    clause_start = max(folded.rfind(";", 0, mention), folded.rfind(".", 0, mention)) + 1
    found = list(re.finditer(r"phoi hop\s+voi\s+", folded[:mention]))
    if not found or found[-1].start() < clause_start:
        return []
    return _partner_list(text, folded, found[-1].end(), mention, resolve)


def _partner_list(text: str, folded: str, start: int, end: int, resolve: Resolver
                  ) -> list[tuple[str, str]]:
    """(canonical, written) of the agencies listed from ``start``, up to ``end`` or to the
    words that say what they do together ("… tỉnh trong đấu tranh …" ends at "trong")."""
    stop = _PARTNERS_END_RE.search(folded, start, end)
    listed = text[start:stop.start() if stop else end]
    if not _AGENCY_START_RE.match(listed.strip()):
        return []               # "phối hợp với các đơn vị có liên quan": no agency named
    found = []
    for piece in split_agencies(listed):
        if len(piece.split()) > 10:
            return []           # not a list of names
        canonical = resolve(piece)
        if canonical:
            found.append((canonical, squash_spaces(piece)))
    return found


def partners_named(text: str, folded: str, mention: int, resolve: Resolver) -> list[tuple[str, str]]:
    """The agencies a lead works with on the indicators mentioned at ``mention``, when its
    clause lists them right before ("chủ trì, phối hợp với A và B thực hiện các chỉ tiêu 21,
    22 và 23") or right after the mention ("Chủ trì chỉ tiêu 9, phối hợp với A, B và C trong
    …", "Với chỉ tiêu 7 (đuối nước), phối hợp với A, B"); [] otherwise. After ";" the
    agency works with them on another task ("Chủ trì chỉ tiêu 8; phối hợp với Y điều tra …"),
    and a clause that mentions other indicators after them gives them to those."""
    match = _MENTION_RE.match(folded, mention)
    if not match:
        return []
    end = match.end()
    clause_start, clause_end = _clause_bounds(text, folded, mention, end)
    before = list(_LEAD_WITH_RE.finditer(folded, clause_start, mention))
    if before and _TO_MENTION_RE.search(folded[before[-1].end():mention]):
        return _partner_list(text, folded, before[-1].end(), mention, resolve)
    gap = _MENTION_TO_WITH_RE.match(folded, end)
    if gap is None:
        return []
    works = _WORKS_WITH_RE.match(folded, gap.end())
    if works is None or _MENTION_RE.search(folded, works.end(), clause_end):
        return []
    return _partner_list(text, folded, works.end(), clause_end, resolve)


# What may follow a role that shares the indicators of the role before: "… phối hợp",
# "… phối hợp thực hiện", "… phối hợp thực hiện các chỉ tiêu này".
_SHARED_TAIL_RE = re.compile(r"^\s*(?:thuc hien\b[^,]*)?\s*$")

# An indicator item's number: "(5) …", "5) …".
_ITEM_NUMBER_RE = re.compile(r"^\(?(\d{1,2})\)\s+")


def _own_indicator(para: Paragraph, body: str, numbers: set[int]) -> int | None:
    """The number of the indicator a paragraph is ("5) Tỷ lệ …" under a heading about goals
    or indicators), when the plan has that indicator; else None."""
    match = _ITEM_NUMBER_RE.match(body)
    if not match or int(match.group(1)) not in numbers:
        return None
    in_goals = any(words in fold_keeping_length(h.title) for h in para.path
                   for words in ("muc tieu", "chi tieu"))
    return int(match.group(1)) if in_goals else None


# --- assignments in the columns of an indicator table ---

# ("| 101 | Sở Y tế | … |": a plan numbering its targets by three digits, "Chỉ số 101")
_ROW_NUMBER_RE = re.compile(r"^\(?(\d{1,3})\)?\.?$|^chi tieu\s+(?:so\s+)?(\d{1,2})\b")
# "ct-01, ct-02 và ct-13" (folded): targets' codes, a hyphen before each number
_CODE_LIST_RE = re.compile(r"^(?:cac\s+)?(?:chi tieu\s+)?([a-z]{1,4}-\d{1,2}(?:\s*(?:,|;|va|den|-|–)\s*[a-z]{1,4}-\d{1,2})*)\.?$")
# one code, or a range of them ("ct-01 den ct-03"): its numbers
_CODE_SPAN_RE = re.compile(r"[a-z]{1,4}-(\d{1,2})(?:\s*(?:den|–)\s*[a-z]{1,4}-(\d{1,2}))?")


_TASK_COLUMN_RE = re.compile(r"\b(?:nhiem vu|hoat dong|cong viec|de an|du an|giai phap)\b")
_NUMBER_COLUMN_RE = re.compile(r"^(?:stt|tt|so tt|so thu tu)$")


def _task_row(header: list[str], cells: list[str], resolve: Resolver) -> list[tuple[str, str, str]]:
    """A row of a task table ("| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
    Thời gian thực hiện | Sản phẩm |") as (canonical, written, text) of each lead agency: the
    text is the task, then each other column by its header's own name ("Cơ quan phối hợp:
    …. Thời gian thực hiện: Quý III hằng năm. Sản phẩm: …") — round 168's table of tasks had
    been read as no one's. [] for a row of another shape or naming no agency it knows."""
    if len(cells) != len(header):
        return []
    folded = [fold_keeping_length(c.lower()).strip() for c in header]
    content = next((k for k, c in enumerate(folded) if _TASK_COLUMN_RE.search(c)), None)
    lead = next((k for k, c in enumerate(folded) if re.search(LEAD_WORDS, c)), None)
    if content is None or lead is None or not cells[content].strip():
        return []
    parts = [cells[content].strip().rstrip(".;")]
    for k, name in enumerate(header):
        if k in (content, lead) or _NUMBER_COLUMN_RE.match(folded[k]) or not cells[k].strip():
            continue
        parts.append(f"{name.strip()}: {cells[k].strip().rstrip('.;')}")
    text = ". ".join(parts) + "."
    out = []
    for piece in split_agencies(cells[lead]):
        canonical = resolve(piece)
        if canonical and all(canonical != c for c, _, _ in out):
            out.append((canonical, squash_spaces(piece), text))
    return out


def _names_tasks(header: list[str]) -> bool:
    """Whether a roles table's header says its rows are tasks ("| STT | Nhiệm vụ | Cơ quan chủ
    trì | … | Thời gian |", "Nội dung hoạt động"), and none says they are targets."""
    folded = [fold_keeping_length(c.lower()) for c in header]
    return any(re.search(r"\b(?:nhiem vu|hoat dong|cong viec|de an|du an|giai phap)\b", c) for c in folded) \
        and not any(re.search(r"\b(?:chi tieu|chi so|muc tieu)\b", c) for c in folded)


_FORMER_ROLE_RE = re.compile(r"\b(?:theo\s+(?:qd|quyet dinh|ke hoach|kh)\b|cu\b|truoc day|truoc sap xep)")


_HEAD_COLUMN_RE = re.compile(r"\b(?:nguoi dung dau|thu truong)\b")
# "Giám đốc Sở Y tế", "Bí thư Tỉnh đoàn": an agency named by its head's title, in a cell
# (each name of a list: "Giám đốc Sở Y tế; Chủ tịch Hội Liên hiệp Phụ nữ tỉnh")
HEAD_TITLE_RE = re.compile(r"(?:^|(?<=[;,]))\s*(?:Phó\s+)?(?:Giám đốc|Bí thư|Chủ tịch|Trưởng ban|Chỉ huy trưởng|Thủ trưởng"
                           r"|Chánh Văn phòng|Cục trưởng|Chánh án|Viện trưởng)\s+(?=\S)", re.IGNORECASE)


def _assignment_columns(cells: list[str]) -> tuple[int | None, int | None] | None:
    """(lead column, partner column) of a header row such as "| STT | Chỉ tiêu | … | Cơ quan
    chủ trì | Cơ quan phối hợp |"; None for any other row."""
    folded = [fold_keeping_length(c) for c in cells]
    if any(_ROW_NUMBER_RE.match(c) for c in folded[:1]):
        return None
    # "Cơ quan chủ trì", "Cơ quan đầu mối" (the focal point); "Cơ quan phối hợp", "… cùng thực hiện"
    # (a column of an earlier decision's roles, "Chủ trì theo QĐ 1130", "Chủ trì cũ", is kept
    # to compare: the roles are those "từ 2026")
    former = {i for i, c in enumerate(folded) if _FORMER_ROLE_RE.search(c.lower())}
    # (… or the head who answers for it: "Người đứng đầu chịu trách nhiệm", "Thủ trưởng cơ quan")
    lead = next((i for i, c in enumerate(folded) if (re.search(LEAD_WORDS, c) or _HEAD_COLUMN_RE.search(c.lower()))
                 and i not in former), None)
    partner = next((i for i, c in enumerate(folded) if re.search(PARTNER_WORDS, c) and i != lead and i not in former), None)
    if lead is not None and partner is None and re.match(r"\s*(?:co quan|don vi)\b", folded[lead].lower()):
        # "| Cơ quan chủ trì | Số chỉ tiêu được giao chủ trì | Chỉ tiêu giao số |": each row an
        # agency, the targets it leads listed in the column of targets' numbers (not the count's)
        listed = next((i for i, c in enumerate(folded) if i != lead
                       and re.search(r"\bchi tieu\s+(?:duoc\s+)?(?:giao\s+)?(?:so|ma so)\b|^\s*(?:cac|nhung)\s+chi tieu\b", c.lower())
                       and not re.match(r"\s*(?:so|tong so|so luong)\b", c.lower())), None)
        if listed is not None:
            lead = listed
    return (lead, partner) if lead is not None or partner is not None else None


# "Chỉ tiêu thứ nhất", "thứ hai mươi" (folded): a row naming its target by ordinal words
_ORDINAL_ROW_RE = re.compile(r"^(?:chi tieu\s+)?thu\s+((?:[a-z]+\s+){0,2}[a-z]+)$")


# "(riêng §02: chủ trì Sở Giáo dục và Đào tạo)", "(trừ chỉ tiêu [YT-2] do Sở … chủ trì)",
# "riêng §17 phối hợp thêm Tỉnh đoàn", a cell "§2: chủ trì là Sở …; §5, §6: phối hợp thêm Sở …":
# some of a group's targets given roles apart (folded)
_EXCEPTION_RE = re.compile(r"(?:^|\(|;|,)\s*(?:rieng|tru|ngoai tru)?\s*(?P<refs>(?:chi tieu\s+|chi so\s+|ma\s+)?"
                           r"[^():;]{1,40}?)\s*(?::\s*|\s(?=do\s|chu tri|phoi hop))(?P<roles>[^();]{3,200})")


def exception_roles(text: str, resolve: Resolver) -> list[tuple[str, list, list]]:
    """The targets a group's line or cell gives roles apart from the group's, with those roles:
    [(the words naming them, [(canonical, written)] leads, [(canonical, written)] partners
    added)…]; "chủ trì X" / "do X chủ trì" / "chủ trì là X" leads, "phối hợp (thêm) X"
    partners. Parts naming no agency give nothing."""
    folded = fold_keeping_length(text.lower())
    found = []
    for m in _EXCEPTION_RE.finditer(folded):
        refs, roles = text[m.start("refs"):m.end("refs")], m.group("roles")
        start = m.start("roles")
        lead = re.search(r"(?:do\s+(?P<a>.+?)\s+chu tri|chu tri\s*(?:la\s+|boi\s+)?(?P<b>.+))", roles)
        partner = re.search(r"phoi hop\s*(?:them\s+)?(?:voi\s+)?(?P<c>.+)", roles)
        leads, partners = [], []
        if lead:
            g = "a" if lead.group("a") else "b"
            leads = named_agencies(text[start + lead.start(g):start + lead.end(g)], resolve)
        elif partner:
            partners = named_agencies(text[start + partner.start("c"):start + partner.end("c")], resolve)
        if leads or partners:
            found.append((refs, leads, partners))
    return found


def named_agencies(text: str, resolve: Resolver) -> list[tuple[str, str]]:
    """(canonical, written) of the agencies a cell or list names: ``split_agencies``' pieces,
    and a piece no name resolves cut again at its commas and semicolons, each part that
    resolves kept ("TYT, HPN": two abbreviations the plan declares, which no name's head
    opens)."""
    found: list[tuple[str, str]] = []
    for piece in split_agencies(text):
        canonical = resolve(piece)
        if canonical:
            found.append((canonical, squash_spaces(piece)))
            continue
        parts = [p.strip() for p in re.split(r"[,;]", piece) if p.strip()]
        named = [(resolve(p), squash_spaces(p)) for p in parts] if len(parts) > 1 else []
        found.extend((c, written) for c, written in named if c)
    return found


def _row_frames(cells: list[str], columns: tuple[int | None, int | None], text: str,
                resolve: Resolver, codes: frozenset[str] = frozenset()
                ) -> list[tuple[list[tuple[str, str]], str, list[int], str]]:
    """The assignments of one indicator row: its number with the agencies of each column; or
    of one agency's row ("| 2 | Sở Y tế | 2, 3, 4, 5 | 6, 9, 14 |" under "| TT | Cơ quan |
    Chủ trì chỉ tiêu số | Phối hợp chỉ tiêu số |"): the agency with the numbers of each."""
    by_agency = _agency_row_frames(cells, columns, text, resolve)
    if by_agency is not None:
        return by_agency
    numbers: list[int] = []
    for cell in cells[:2]:
        folded = fold_keeping_length(cell.lower()).strip()
        match = _ROW_NUMBER_RE.match(folded)
        if match:
            numbers = [int(match.group(1) or match.group(2))]
            break
        slash = re.match(r"^[a-z]{1,4}/(\d{1,3})$", folded)
        if slash:
            numbers = [int(slash.group(1))]     # "| TB/03 | Sở Y tế | … |": the target of that code
            break
        ordinal = _ORDINAL_ROW_RE.match(folded)
        if ordinal and ordinal_value(ordinal.group(1)):
            numbers = [ordinal_value(ordinal.group(1))]     # "| Chỉ tiêu thứ hai mươi | Sở Y tế | … |"
            break
        if _NUMBERS_CELL_RE.fullmatch(folded):
            # "| 1, 2, 3, 4 | Sở Y tế | Bảo hiểm xã hội tỉnh, … |": a row assigning several targets
            # by their numbers (blind round 140)
            numbers = [int(n) for n in re.findall(r"\d{1,2}", folded)]
            break
        listed = _CODE_LIST_RE.match(folded)
        if listed and set(re.findall(r"([a-z]{1,4})-\d", folded)) <= codes:
            # "CT-01, CT-02, CT-13, CT-14", "CT-01 đến CT-03": a row assigning several targets
            # by the codes the plan numbers them with
            numbers = []
            for start, end in _CODE_SPAN_RE.findall(folded[listed.start(1):]):
                first, last = int(start), int(end or start)
                numbers.extend(range(first, last + 1) if first <= last <= first + _MAX_RANGE else [first, last])
            break
    if not numbers:
        return []
    frames = []
    for column, role in zip(columns, (_LEAD, _PARTNER)):
        if column is None or column >= len(cells):
            continue
        names = named_agencies(HEAD_TITLE_RE.sub("", cells[column]), resolve)
        if names:
            frames.append((names, role, numbers, squash_spaces(text)))
    return frames


# "1, 2, 3, 4", "8,9,10, 11", "12 và 13": a row's first cell listing its targets' numbers (folded)
_NUMBERS_CELL_RE = re.compile(r"\d{1,2}(?:\s*[,;]\s*\d{1,2}|\s+va\s+\d{1,2})+")
# "1, 7, 9 và 16", "-": a cell of indicator numbers (or none)
_NUMBER_LIST_CELL_RE = re.compile(r"^(?:\d{1,2}(?:\s*(?:,|;|và|va|-|–)\s*\d{1,2})*|[-–—]|)$")


def _agency_row_frames(cells: list[str], columns: tuple[int | None, int | None], text: str,
                       resolve: Resolver) -> list | None:
    """The assignments of a row naming an agency, its role columns holding the numbers of
    the indicators it leads and partners; None when the row is not one (a role column holds
    words, or no other cell names an agency)."""
    role_cells = [(column, role) for column, role in zip(columns, (_LEAD, _PARTNER))
                  if column is not None and column < len(cells)]
    if not role_cells or not all(_NUMBER_LIST_CELL_RE.match(cells[c].strip()) for c, _r in role_cells) \
            or not any(re.search(r"\d", cells[c]) for c, _r in role_cells):
        return None
    names = next(([(c, squash_spaces(cell))] for k, cell in enumerate(cells)
                  if k not in columns and not re.fullmatch(r"[\d\s.()]*", cell) and (c := resolve(cell))), None)
    if names is None:
        return None
    frames = []
    for column, role in role_cells:
        numbers = [int(n) for n in re.findall(r"\d{1,2}", cells[column])]
        if numbers:
            frames.append((names, role, numbers, squash_spaces(text)))
    return frames


# --- leads named per goal, for targets written in prose ---

# "… thực hiện các chỉ tiêu của Mục tiêu 2": the goal whose indicators a sentence assigns.
_GOAL_MENTION_RE = re.compile(r"chi tieu\s+(?:cua\s+)?(?:nhom\s+)?muc tieu\s+(?:so\s+)?(\d{1,2})(?!\d)")
# "riêng chỉ tiêu về đăng ký khai sinh do Sở Tư pháp chủ trì": one indicator named by its topic.
_TOPIC_EXCEPTION_RE = re.compile(r"chi tieu\s+(?:ve\s+)?(?P<topic>[^;]{3,120}?)\s+do\s+(?=\S)")
_LEAD_WORD_RE = re.compile(r"(?<![a-z])chu tri(?![a-z])")
_WITH_WORD_RE = re.compile(r"(?<![a-z])(?:phoi hop|cung)\s+(?:voi\s+)?(?=\S)")
_TOPIC_STOP = set("ve cho cua tre em cac va chi tieu danh o tai trong nhung duoc co la".split())


def _topic_words(folded: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", folded) if w not in _TOPIC_STOP}


def _by_topic(topic: str, candidates: list) -> int | None:
    """The number of the one indicator among ``candidates`` whose words hold most of
    ``topic``'s (at least 60 %); None when none or two fit as well."""
    words = _topic_words(topic)
    if not words:
        return None
    scored = sorted(((len(words & _topic_words(fold_keeping_length(i.text))) / len(words), i.number)
                     for i in candidates), reverse=True)
    if not scored or scored[0][0] < 0.6 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


def _roles_in(clause: str, resolve: Resolver) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(leads, partners) a clause names: the agencies before its "chủ trì" lead, those after
    "phối hợp với" support."""
    folded = fold_keeping_length(clause)
    lead = _LEAD_WORD_RE.search(folded)
    if lead is None:
        return [], []
    found = sentence_agencies(clause, folded, resolve)
    partners_from = _WITH_WORD_RE.search(folded, lead.end())
    leads = [n for pos, names in found if pos < lead.start() for n in names]
    partners = [n for pos, names in found if partners_from and pos >= partners_from.end() for n in names]
    return leads, partners


def goal_assignments(sections: list[tuple[int, list[Paragraph]]], indicators: list, resolve: Resolver
                     ) -> tuple[list[tuple[str, str]], list[Assignment]]:
    """Agencies (canonical, written) and assignments of the sentences that name who leads
    a goal's indicators written in prose: "Giao X chủ trì, phối hợp với Y và Z thực hiện các
    chỉ tiêu của Mục tiêu N" makes X lead and Y, Z partners of every indicator of goal N
    (``Indicator.goal``). An indicator that names its own agencies has those instead (only
    those it names): by its topic in a clause of such a sentence ("riêng chỉ tiêu về đăng ký
    khai sinh do Sở Tư pháp chủ trì thực hiện"), or in the sentence that states its target
    ("Tỷ lệ … đạt 99% vào năm 2025 (do Sở Tư pháp chủ trì)"). ``sections``:
    ``goals.goal_sections``; a sentence that names no goal assigns the indicators of the
    section it stands in. Agencies are canonical names here, as in ``parse_tasks``."""
    from knowledge.parse.prose import prose_clauses, prose_sentences
    agencies: list[tuple[str, str]] = []
    assignments: list[Assignment] = []
    shared: dict[int, tuple[tuple[list, list], str, str]] = {}    # goal → roles, sentence, section
    own: dict[int, tuple[tuple[list, list], str, str]] = {}       # indicator → the same
    for goal, paragraphs in sections:
        for para in paragraphs:
            for sentence in prose_sentences(para.body):
                folded = fold_keeping_length(sentence)
                if not _LEAD_WORD_RE.search(folded):
                    continue
                named = _GOAL_MENTION_RE.search(folded)
                number = int(named.group(1)) if named else goal
                section = SEPARATOR.join(filter(None, (para.section, f"Mục tiêu {number}")))
                mine = [i for i in indicators if i.goal == number and i.number is not None]
                stated = {c.text for c in prose_clauses(sentence)}
                if stated:      # the sentence states targets: its agencies are theirs only
                    for indicator in mine:
                        if indicator.text in stated:
                            own[indicator.number] = (_roles_in(sentence, resolve), sentence, section)
                    continue
                for clause in sentence.split(";"):
                    exception = _TOPIC_EXCEPTION_RE.search(fold_keeping_length(clause))
                    target = _by_topic(exception.group("topic"), mine) if exception else None
                    if target is not None:
                        own[target] = (_roles_in(clause[exception.end():], resolve), sentence, section)
                    elif number not in shared:
                        roles = _roles_in(clause, resolve)
                        if roles[0]:
                            shared[number] = (roles, sentence, section)
    for indicator in indicators:
        chosen = own.get(indicator.number) or shared.get(indicator.goal)
        if indicator.number is None or chosen is None:
            continue
        (leads, partners), sentence, section = chosen
        for role, names in ((_LEAD, leads), (_PARTNER, partners)):
            for canonical, written in names:
                if (canonical, written) not in agencies:
                    agencies.append((canonical, written))
                if not any(a.indicator == indicator.number and a.agency == canonical and a.role == role
                           for a in assignments):
                    assignments.append(Assignment(indicator=indicator.number, agency=canonical, role=role,
                                                  section=section, text=squash_spaces(sentence)))
    return agencies, assignments


def _titles_bullets(para: Paragraph, following: Paragraph | None) -> bool:
    """A short unnumbered line with no sentence end ("Sở Y tế", "Đề nghị Tỉnh Đoàn, Hội Liên
    hiệp Phụ nữ tỉnh") straight over a "- " item: the title of the items under it."""
    text = para.text.strip()
    return para.kind == "plain" and para.heading is None and following is not None \
        and following.kind == "bullet" and 0 < len(text) <= 160 and text[-1] not in ".;:!?…" \
        and table_cells(text) is None


# --- leads of lettered targets ("1. Mục tiêu về …" over "a) …", "b) …") ---

# "tại điểm 1", "tại điểm a và điểm b mục này", "điểm a, b và c", "điểm b mục 2": the items
# named after the word "điểm" (a number names a whole goal, a letter one item of a goal).
_POINTS_RE = re.compile(r"(?<![a-z])diem\s+((?:(?:[a-z]|\d{1,2})(?![\w])(?:\s*(?:,|va|&|diem)\s*)*)+)"
                        r"(?:(?:cua\s+)?(?:muc|khoan)\s+(nay|\d{1,2})(?![\w]))?")
_BRACKET_RE = re.compile(r"\(([^()]*)\)")
# ("Sở Y tế (đầu mối)": leads; "đầu mối về chuyên môn" describes a partner's part)
_CLAUSE_ROLE_RE = re.compile(r"(?<![a-z])(?:chu tri|dau moi(?=\s*(?:[),;.\-–—]|$))|phoi hop)(?![a-z])")


def _points(folded: str, text: str, goal: int) -> list[tuple[int, str | None]]:
    """The (goal, letter) pairs a clause names: ``letter`` None for a whole goal ("tại điểm
    1"). The letters are read from ``text`` ("đ" folds to "d")."""
    found = []
    for match in _POINTS_RE.finditer(folded):
        owner = match.group(2)
        number = goal if owner in (None, "nay") else int(owner)
        for token in re.finditer(r"(?<![a-z])(?:\d{1,2}|[a-z])(?![\w])", match.group(1)):
            word = token.group()
            if word == "va":
                continue
            if word.isdigit():
                found.append((int(word), None))
            else:
                start = match.start(1) + token.start()
                found.append((number, text[start].lower()))
    return found


def _clause_roles(clause: str, resolve: Resolver) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(leads, partners) a clause names: "X chủ trì" leads; "Y phối hợp (thực hiện)" or
    "X chủ trì, phối hợp với Y" supports."""
    folded = fold_keeping_length(clause)
    role = _CLAUSE_ROLE_RE.search(folded)
    if role is None:
        return [], []
    if not role.group().startswith("phoi"):
        return _roles_in(clause, resolve)   # "X chủ trì[, phối hợp với Y]"
    found = sentence_agencies(clause, folded, resolve)
    return [], [n for pos, names in found if pos < role.start() for n in names]


def _bracket_roles(inner: str, resolve: Resolver) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(leads, partners) of a bracket ending a target: "Sở Tư pháp chủ trì", "Tỉnh đoàn
    chủ trì, Sở X phối hợp", "do Sở X chủ trì, phối hợp với Sở Y": the agencies named
    before each role word take it; those after "phối hợp với" support."""
    folded = fold_keeping_length(inner)
    if _COLON_ROLE_RE.match(folded):
        return colon_roles(inner, resolve)
    found = sentence_agencies(inner, folded, resolve)
    leads: list[tuple[str, str]] = []
    partners: list[tuple[str, str]] = []
    since = -1
    for role in _CLAUSE_ROLE_RE.finditer(folded):
        names = [n for pos, ns in found if since < pos < role.start() for n in ns]
        (partners if role.group().startswith("phoi") else leads).extend(
            n for n in names if n not in leads and n not in partners)
        with_words = _WITH_WORD_RE.match(folded, role.start())
        if role.group().startswith("phoi") and with_words and with_words.group().rstrip().endswith("voi"):
            # "chủ trì, phối hợp với Sở Y": those named after it support
            partners.extend(n for pos, ns in found if pos >= with_words.end() for n in ns
                            if n not in leads and n not in partners)
            break
        since = role.end()
    return leads, partners


# "Chủ trì: Sở Y tế. Phối hợp: …", "Cơ quan chủ trì: …; cơ quan phối hợp: …" (folded): each
# role word, then its colon and the agencies that take it
_COLON_ROLE_RE = re.compile(rf"\s*{ROLE_COLON}")


def colon_roles(text: str, resolve: Resolver) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(leads, partners) of a text written role by role with colons: "Chủ trì: Sở Y tế.
    Phối hợp: Hội Liên hiệp Phụ nữ tỉnh; Ủy ban nhân dân các xã, phường." (a bracket after a
    target, a line under it, a footnote "[2] Cơ quan chủ trì: …"): the agencies after each
    colon, up to the next role word, take that role."""
    folded = fold_keeping_length(text.lower())
    roles = [(m.start(), m.end(), re.search(PARTNER_WORDS, m.group()) is not None)
             for m in re.finditer(ROLE_COLON, folded)]
    leads: list[tuple[str, str]] = []
    partners: list[tuple[str, str]] = []
    for k, (_, start, partner) in enumerate(roles):
        end = roles[k + 1][0] if k + 1 < len(roles) else len(text)
        written = text[start:end].rstrip(" |")     # "Chủ trì: Công an tỉnh | Phối hợp: …"
        # the role's sentence ends its list: "… Phòng Y tế các huyện. Nhóm 2. Bảo vệ …" names no more
        written = re.split(r"\.\s+", written, maxsplit=1)[0]
        for canonical, piece in named_agencies(written, resolve):
            target = partners if partner else leads
            if all(canonical != c for c, _ in leads + partners):
                target.append((canonical, piece))
    return leads, partners


# a clause that ends on its role ("Sở Y tế chủ trì", "Sở Giáo dục và Đào tạo, Hội Liên hiệp
# Phụ nữ tỉnh phối hợp"), folded
_ROLE_LAST_RE = re.compile(rf"\s(?P<role>{LEAD_WORDS}|{PARTNER_WORDS})(?:\s+thuc hien)?\s*[.;]?\s*$")


def postfix_roles(text: str, resolve: Resolver) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(leads, partners) of a text written agencies first, their role after them, a clause
    each: "Sở Y tế chủ trì; Sở Giáo dục và Đào tạo, Hội Liên hiệp Phụ nữ tỉnh phối hợp." (a
    line "Chỉ tiêu 1, 2, 3: …" after the targets' numbers). Clauses that end on no role word
    are left out."""
    leads: list[tuple[str, str]] = []
    partners: list[tuple[str, str]] = []
    for clause in re.split(r";|\.\s", text):
        role = _ROLE_LAST_RE.search(fold_keeping_length(clause.lower()))
        if role is None:
            continue
        target = partners if re.fullmatch(PARTNER_WORDS, role.group("role")) else leads
        for canonical, piece in named_agencies(clause[:role.start()], resolve):
            if all(canonical != c for c, _ in leads + partners):
                target.append((canonical, piece))
    return leads, partners


def lettered_assignments(goals: list, indicators: list, resolve: Resolver
                         ) -> tuple[list[tuple[str, str]], list[Assignment]]:
    """Agencies (canonical, written) and assignments of lettered targets
    (``goals.lettered_goals``). A sentence after a goal's items assigns the items it names:
    "Sở Y tế chủ trì các chỉ tiêu tại điểm 1" → every item of goal 1; "Sở X chủ trì các chỉ
    tiêu tại điểm a và điểm b mục này; Công an tỉnh phối hợp thực hiện chỉ tiêu tại điểm b"
    → items a and b of this goal (b with a partner). A bracket ending an item names its own:
    "(Sở Tư pháp chủ trì)", "(Tỉnh đoàn chủ trì, Sở X phối hợp)"; its lead replaces the one
    the goal's sentence gives. Indicators are those whose goal and text are the item's."""
    agencies: list[tuple[str, str]] = []
    assignments: list[Assignment] = []
    owned: set[int] = set()                                  # indicators whose bracket names a lead
    number_of: dict[tuple[int, str], int] = {}
    sections: dict[int, str] = {}
    for goal in goals:
        for letter, _, para in goal.items:
            text = squash_spaces(para.body)
            match = next((i for i in indicators if i.goal == goal.number and i.text == text
                          and i.number is not None), None)
            if match is not None:
                number_of[(goal.number, letter)] = match.number
                sections[match.number] = match.section

    def give(number: int, leads: list, partners: list, sentence: str, section: str, own: bool) -> None:
        if own and leads:
            owned.add(number)
        elif number in owned:
            leads = []         # the item's own bracket names its lead
        record_roles(agencies, assignments, number, leads, partners, section, sentence)

    for goal in goals:
        for letter, _, para in goal.items:
            number = number_of.get((goal.number, letter))
            if number is None:
                continue
            text = squash_spaces(para.body)
            for bracket in _BRACKET_RE.finditer(text):
                inner = bracket.group(1)
                if not _LEAD_WORD_RE.search(fold_keeping_length(inner)):
                    continue
                leads, partners = _bracket_roles(inner, resolve)
                give(number, leads, partners, text, sections[number], own=True)
    for goal in goals:
        for para in goal.notes:
            sentence = squash_spaces(para.body)
            section = SEPARATOR.join(filter(None, (goal.where, f"Mục tiêu {goal.number}")))
            for clause in sentence.split(";"):
                folded = fold_keeping_length(clause)
                leads, partners = _clause_roles(clause, resolve)
                if not leads and not partners:
                    continue
                targets = []
                for number, letter in _points(folded, clause, goal.number):
                    if letter is None:
                        targets += [n for (g, _), n in number_of.items() if g == number]
                    elif (number, letter) in number_of:
                        targets.append(number_of[(number, letter)])
                for number in dict.fromkeys(targets):
                    give(number, leads, partners, sentence, section, own=False)
    assignments.sort(key=lambda a: a.indicator)
    return agencies, assignments


# a cell naming a target by its label alone: "(M)", "(iv)", "[KHAI SINH]", "1a"
_LABEL_CELL_RE = re.compile(r"\(\s*([A-Za-zĐđ]|[ivxIVX]{1,5})\s*\)|[\[«]\s*([^\[\]«»]{1,40}?)\s*[\]»]|(\d{1,2}[a-zđ])")


# "A1 - A6", "C6, C7", "B1 đến B3": targets' codes of capitals and a number, or a range of them
_LETTER_CODE_RANGE_RE = re.compile(r"\b([A-ZĐ]{1,3})(\d{1,2})(?:\s*(?:-|–|đến|tới)\s*(?:\1)?(\d{1,2}))?\b")


def _letter_codes_cited(cell: str, labels: set[str]) -> set[str]:
    """The labels among ``labels`` (upper case, "A1") a table cell cites by code, ranges
    written out ("A1 - A6" → A1 … A6); empty when it cites none of them."""
    cited: set[str] = set()
    for m in _LETTER_CODE_RANGE_RE.finditer(cell):
        first = int(m.group(2))
        last = int(m.group(3)) if m.group(3) else first
        if not first <= last <= first + 30:
            continue
        cited |= {f"{m.group(1)}{n}" for n in range(first, last + 1)} & labels
    return cited


def table_topic_roles(doc: Document, indicators: list[Indicator], resolve, add) -> list[str]:
    """Leads and partners of a table of who leads which targets whose rows name them by
    topic ("| 2 | Tử vong trẻ em dưới 1 tuổi, dưới 5 tuổi; tiêm chủng đầy đủ | Sở Y tế | Hội
    Liên hiệp Phụ nữ tỉnh |", ``topics.indicators_named``), for indicators nothing else gave
    a lead (or partners). ``add(canonical, written)`` registers an agency and gives its key.
    Gives the texts of the cells beside the roles that give some targets roles of their own
    (an exceptions column, "§2: chủ trì là Sở Giáo dục và Đào tạo"), for ``exception_roles``."""
    columns = name_col = None
    exceptions: list[str] = []
    unnumbered = [i for i in indicators if i.number is None]
    numbered: dict[int, set[int]] = {}     # id(indicator) → the row numbers (STT) naming it
    for para in doc.paragraphs:
        cells = table_cells(para.text)
        if cells is None:
            if len(para.text.strip()) > 24:
                columns = None   # (a scan's speck between a header and its rows, "F-l-l~I", is none)
            continue
        # (a row citing targets, "| §2 - §7 | … | §2: phối hợp thêm … |", names no columns)
        header = _assignment_columns(cells) if not re.search(r"§\s?\d", " ".join(cells)) else None
        if header is not None:
            columns = header
            folded = [fold_keeping_length(c.lower()) for c in cells]
            name_col = next((i for i, c in enumerate(folded) if i not in header
                             and re.search(r"chi tieu|noi dung|nhom|linh vuc|ky hieu|^\s*(?:ma|nhan)\b", c)), 1)
            continue
        if columns is None or name_col >= len(cells):
            continue
        open_ = [i for i in indicators if not i.lead_agencies or not i.partner_agencies]
        # "SK-01, BV-02": targets cited by the codes they are labelled with (numbered again
        # in each group, so by no number), else by topic
        cited = {c.upper() for c in re.findall(r"\b[A-ZĐa-zđ]{1,4}-\d{1,2}\b", cells[name_col])}
        # … or by letters and a number, listed or in ranges: "A1 - A6 (sức khỏe …)", "B1, B2, B8"
        # (blind round 170), when the plan labels its targets so
        cited |= _letter_codes_cited(cells[name_col], {i.label.upper() for i in indicators if i.label})
        named = [i for i in indicators if i.label and i.label.upper() in cited] if cited else []
        if "§" in cells[name_col]:
            # "| §2 - §7 | Sở Y tế | … |": targets numbered through by the section sign, a range of them
            numbers = {n for _, found in indicator_mentions(fold_keeping_length(cells[name_col].lower())) for n in found}
            named = [i for i in indicators if i.number in numbers]
        if not named and cells[name_col].strip():
            # "| K01 | … | Công chức Tư pháp | …": a cell that is a target's code, as written
            key = label_key(cells[name_col])
            named = [i for i in indicators if i.label and label_key(i.label) == key]
            # ("MT4-đ" beside "MT4-d": the one written so)
            named = [i for i in named if written_label_key(i.label) == written_label_key(cells[name_col])] or named
        marker = _LABEL_CELL_RE.fullmatch(cells[name_col].strip())
        if marker:
            # "| (M) | Sở Tư pháp | … |", "| [KHAI SINH] | …": the target its label names, or none
            # (a label's letters name no topic)
            key = fold_keeping_length((marker.group(1) or marker.group(2) or marker.group(3)).lower())
            named = [i for i in indicators if i.label and fold_keeping_length(i.label.lower()) == key]
        # a row naming its targets by code or label lists all their partners: they add to those a
        # task named; a row naming them by topic only fills what nothing else gave
        by_code = bool(named)
        named = named if by_code or marker else indicators_named(cells[name_col], open_)
        if unnumbered and name_col > 0 and re.fullmatch(r"\d{1,3}\.?", cells[0].strip()):
            # "| 15 | Tử vong do đuối nước | Sở Y tế | … |" over targets the goals list without
            # numbers: the table's row number is the one officers cite the target by
            for indicator in indicators_named(cells[name_col], unnumbered):
                numbered.setdefault(id(indicator), set()).add(int(cells[0].strip(" .")))
        exceptions.extend(cell for i, cell in enumerate(cells)
                          if i not in (name_col, *columns) and exception_roles(cell, resolve))
        for column, role in zip(columns, ("lead", "partner")):
            if column is None or column >= len(cells):
                continue
            keys = [add(c, written) for c, written in named_agencies(cells[column], resolve)]
            for indicator in named:
                own = indicator.lead_agencies if role == "lead" else indicator.partner_agencies
                if own and not (by_code and role == "partner"):
                    continue   # given elsewhere (by number, its own bracket): kept
                own.extend(k for k in dict.fromkeys(keys)
                           if k not in indicator.lead_agencies and k not in indicator.partner_agencies)
    # the table numbers the targets when it names each of them by one number of its own (a
    # table naming only some, or one number twice, numbers by some other scheme: left alone)
    rows = [n for found in numbered.values() if len(found) == 1 for n in found]
    if unnumbered and len(rows) == len(unnumbered) == len(set(rows)) and \
            all(len(numbered.get(id(i), ())) == 1 for i in unnumbered):
        for indicator in unnumbered:
            indicator.number = next(iter(numbered[id(indicator)]))
    return exceptions
