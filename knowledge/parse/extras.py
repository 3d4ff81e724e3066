"""Deadlines, telephone contacts, agency mentions and the campaign of a plan."""

from __future__ import annotations

import re
from typing import Callable

from knowledge.parse.agencies import ABBREVIATIONS, STANDARD_FIELDS, expand_abbreviations
from knowledge.model import Campaign, Contact, Deadline
from knowledge.numbers import digits_only
from knowledge.parse.structure import Document, Paragraph
from knowledge.text import fold_keeping_length, normalize, ocr_key, squash_spaces

Resolver = Callable[[str], "str | None"]

# "trước ngày 15/12", "trước ngày 15/12/2023", "trước ngày 10 tháng 12 (năm 2023)".
_DEADLINE_RE = re.compile(r"(?<![\w/-])tr[a-z]{1,4}\s+ngay\s+(\d{1,2})(?:\s*/\s*|\s+thang\s+)(\d{1,2})"
                          r"(?:\s*/\s*(\d{4})|\s+nam\s+(\d{4}))?")
_WITHIN_RE = re.compile(r"cham nhat\s+(?:sau\s+|trong\s+)?(\d{1,3})\s+ngay")
_RECIPIENT_RE = re.compile(
    r"(?<![a-z])(?<!ket )(?<!bao )(?<!thong )(gui|ve|qua)\s+(?:ve\s+)?(.+?)(?=\s+(?:de|tong hop|truoc|theo|trong|chau)\b|[,.;()]|$)")
_WHO_VERBS = re.compile(r"\s(?:can cu|xay dung|co trach nhiem|bao cao|chu dong|xay ra|thuc hien)\b")


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer(r"[.;](?=\s+(\S))|$", text):
        following = match.group(1) if match.lastindex else None
        if following is not None and not (following[0].isupper() or following[0] == "-"):
            continue
        spans.append((start, match.end()))
        start = match.end()
    return [s for s in spans if text[s[0]:s[1]].strip()]


def _who(sentence: str) -> str | None:
    text = re.sub(r"^[-\s]*", "", sentence)
    text = re.sub(r"^[^:]{0,40}:\s*", "", text)          # "Báo cáo vụ việc: …"
    text = re.sub(r"^(?:hàng năm|định kỳ hàng năm|hằng năm)\s*,\s*", "", text, flags=re.I)
    folded = fold_keeping_length(text)
    match = _WHO_VERBS.search(folded)
    if not match or match.start() < 3:
        return None
    return squash_spaces(text[:match.start()]).strip(" ,")


def _recipient(sentence: str, resolve: Resolver) -> str | None:
    folded = fold_keeping_length(sentence)
    found = None
    for match in _RECIPIENT_RE.finditer(folded):
        raw = sentence[match.start(2):match.end(2)]
        canonical = resolve(raw)
        if canonical:
            if match.group(1) == "qua":
                return canonical
            found = found or canonical
    return found


def parse_deadlines(doc: Document, resolve: Resolver) -> list[Deadline]:
    deadlines: list[Deadline] = []
    for para in doc.paragraphs:
        text = para.text
        folded = fold_keeping_length(text)
        if "ngay" not in folded:
            continue
        for start, end in _sentences(text):
            sentence = text[start:end]
            sfold = folded[start:end]
            submit_to = None
            who = None
            previous = 0
            for match in _DEADLINE_RE.finditer(sfold):
                day, month = int(match.group(1)), int(match.group(2))
                year = int(match.group(3) or match.group(4)) if (match.group(3) or match.group(4)) else None
                if not (1 <= day <= 31 and 1 <= month <= 12):
                    continue
                segment = sfold[previous:match.end()]
                previous = match.end()
                if year is None:
                    kind = "yearly_report"
                elif "ke hoach" in segment and "bao cao" not in segment:
                    kind = "plan"
                elif "ket qua" in segment:
                    kind = "results"
                else:
                    kind = "report"
                submit_to = submit_to or _recipient(sentence, resolve)
                who = who or _who(sentence)
                deadlines.append(Deadline(
                    kind=kind, text=squash_spaces(sentence).strip(" -"), section=para.section,
                    day=day, month=month, year=year, recurring=year is None,
                    submit_to=submit_to, who=who))
            for match in _WITHIN_RE.finditer(sfold):
                kind = "incident_report" if "vu viec" in sfold else "report"
                deadlines.append(Deadline(
                    kind=kind, text=squash_spaces(sentence).strip(" -"), section=para.section,
                    within_days=int(match.group(1)), recurring=False,
                    submit_to=_recipient(sentence, resolve), who=_who(sentence)))
    return deadlines


# --- contacts ---

# "02433.525.662", "0203.3.123.456", "(0234) 3 822 678", "024-3352-5662", "+84 24 3352 5662";
# 9 to 11 digits in all (the country code aside).
_PHONE_RE = re.compile(r"(?<![\d./\-])(\(0\d{1,4}\)(?:[. ]?\d{1,4}){1,5}|0\d{1,4}(?:[.\- ]\d{1,4}){1,5}"
                       r"|\+84[. ]?\d{1,4}(?:[.\- ]\d{1,4}){1,5}|0\d{8,10})(?![\d/]|-\d)")


def phone_identity(written: str) -> str:
    """The digits that identify a telephone number however it is grouped:
    ``"02433.525.662"``, ``"0243 3525 662"``, ``"024.3352.5662"`` and ``"+84 24 3352 5662"``
    → ``"02433525662"``."""
    digits = digits_only(written)
    if written.strip().startswith("+84"):
        digits = "0" + digits[2:]
    return digits
_HOTLINE_RE = re.compile(r"(?<![\d./,])(1\d{2})(?![\d%/]|[.,]\d)")
_LABEL_HEADS = ("tong dai", "trung tam", "duong day", "quy", "van phong")
_HOTLINE_CONTEXT = ("tong dai", "goi", "duong day", "hotline")


def _label(text: str, start: int, boundary: int) -> str | None:
    segment = text[boundary:start]
    key = fold_keeping_length(segment)
    key_ocr = key.replace("puong", "duong")
    best = None
    for head in _LABEL_HEADS:
        match = re.search(rf"(?<![a-z]){head}(?![a-z])", key_ocr)
        if match and (best is None or match.start() < best):
            best = match.start()
    if best is None:
        return None
    label = segment[best:]
    label = re.sub(r"[\s(\-–:]*(?:\(?\s*(?:số\s+)?điện thoại|dién thoai|\(?\s*số)?[\s(\-–:]*$", "", label,
                   flags=re.I)
    label = expand_abbreviations(squash_spaces(label)).strip(" (-–:,")
    return label or None


def parse_contacts(doc: Document) -> list[Contact]:
    found: dict[str, Contact] = {}
    order: list[str] = []
    for para in doc.paragraphs:
        text = para.text
        folded = fold_keeping_length(text)
        numbers: list[tuple[int, int, str]] = []
        for match in _PHONE_RE.finditer(text):
            digits = phone_identity(match.group(1))
            if 9 <= len(digits) <= 11:
                numbers.append((match.start(1), match.end(1), match.group(1)))
        for match in _HOTLINE_RE.finditer(text):
            window = folded[max(0, match.start() - 60):match.start()].replace("puong", "duong")
            window = ocr_key(window)
            if any(c in window for c in _HOTLINE_CONTEXT) and not any(
                    s <= match.start() < e for s, e, _ in numbers):
                numbers.append((match.start(1), match.end(1), match.group(1)))
        numbers.sort()
        boundary = 0
        for start, end, display in numbers:
            clause_start = max(text.rfind(";", 0, start), text.rfind(". ", 0, start), boundary)
            label = _label(text, start, clause_start)
            digits = phone_identity(display)
            contact = Contact(number=digits, display=display.strip(), label=label or "",
                              section=para.section)
            if digits not in found:
                found[digits] = contact
                order.append(digits)
            elif not found[digits].label and label:
                found[digits] = contact
            boundary = end
    return [found[d] for d in order]


# --- agency mentions ---

def _field_pattern(field_name: str) -> str:
    words = normalize(field_name).split()
    body = r"[\s\-–,&]*".join(re.escape(w) for w in words)
    alternatives = [body]
    for pattern, expansion in ABBREVIATIONS:
        if normalize(expansion) == normalize(field_name):
            alternatives.append(pattern)
    return "(?:" + "|".join(alternatives) + ")"


def find_field_mentions(text: str, fields: list[str]) -> list[tuple[str, str, str]]:
    """(head, field, written) for each "Sở/Phòng/Bộ/ngành <field>" in ``text``, with the
    field spelled as in ``fields`` (abbreviations understood: "Sở LĐ-TBXH")."""
    folded = fold_keeping_length(text)
    found = []
    taken: list[tuple[int, int]] = []
    for field_name in sorted(fields, key=len, reverse=True):
        regex = re.compile(rf"(?<![a-z])(so|phong|bo|nganh)\s+{_field_pattern(field_name)}(?![a-z])",
                           re.IGNORECASE)
        for match in regex.finditer(folded):
            if any(s <= match.start() < e for s, e in taken):
                continue
            head_word = match.group(1).lower()
            previous = folded[max(0, match.start() - 4):match.start()]
            if (head_word == "so" and previous.endswith("co ")) or \
                    (head_word == "phong" and previous.endswith("van ")) or \
                    (head_word == "bo" and not text[match.start()].isupper()):
                continue
            taken.append((match.start(), match.end()))
            head = {"so": "Sở", "phong": "Phòng", "bo": "Bộ", "nganh": "ngành"}[match.group(1).lower()]
            found.append((head, field_name, squash_spaces(text[match.start():match.end()])))
    return found


def known_fields(names: list[str]) -> list[str]:
    """Fields of "Sở …"/"Phòng …" names, plus the standard ones."""
    fields = list(STANDARD_FIELDS)
    for name in names:
        for head in ("Sở ", "Phòng "):
            if name.startswith(head):
                rest = name[len(head):]
                if normalize(rest) not in {normalize(f) for f in fields}:
                    fields.append(rest)
    return fields


# --- campaign ---

_RANGE_RE = re.compile(r"tu ngay\s+(\d{1,2})/(\d{1,2})(?:/(\d{4}))?\s+den ngay\s+(\d{1,2})/(\d{1,2})/(\d{4})")


def parse_campaign(doc: Document, title: str) -> list[Campaign]:
    theme = None
    section = ""
    slogans: list[str] = []
    start = end = None
    for para in doc.paragraphs:
        folded = fold_keeping_length(para.body)
        if theme is None and re.match(r"chu de\s*:", folded):
            quoted = re.search(r"[“\"]\s*(.+?)\s*[”\"]", para.body)
            theme = squash_spaces(quoted.group(1) if quoted else para.body.split(":", 1)[-1]).strip(" .*")
            section = para.section
        if para.heading is None and para.kind == "bullet" and any(
                "khau hieu" in fold_keeping_length(h.title) or "thong diep" in fold_keeping_length(h.title) for h in para.path):
            slogans.append(squash_spaces(para.body).rstrip(" ;.,"))
        match = _RANGE_RE.search(folded)
        if start is None and match and "thoi gian" in folded:
            end_year = int(match.group(6))
            start_year = int(match.group(3)) if match.group(3) else end_year
            start = f"{start_year:04d}-{int(match.group(2)):02d}-{int(match.group(1)):02d}"
            end = f"{end_year:04d}-{int(match.group(5)):02d}-{int(match.group(4)):02d}"
    if theme is None and not slogans:
        return []
    name = re.sub(r"^(?:thực hiện|triển khai|kế hoạch)\s+", "", title, flags=re.I).strip()
    return [Campaign(name=name[:1].upper() + name[1:], theme=theme, slogans=slogans,
                     start=start, end=end, section=section)]


def paragraph_passages(paragraphs: list[Paragraph]):
    return [(p.section, p.text, p.position) for p in paragraphs]
