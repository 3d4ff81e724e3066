"""The document's header: kind, title, number, date, place, issuer, period, references.

Everything is read from the lines before the first Roman-numbered section. OCR text is
read with folded, OCR-tolerant patterns ("$6203 /KH-UBND" is "Số 6203/KH-UBND";
"ngay 0/ thang 7 ndm 2024" keeps month and year, the day being illegible).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from knowledge.parse.structure import Document, table_cells
from knowledge.text import compact, fold_keeping_length, normalize, slugify, squash_spaces

# Document kinds: folded heading → (name, code used in numbers and slugs).
KINDS = {"kehoach": ("kế hoạch", "KH"), "quyetdinh": ("quyết định", "QĐ"),
         "chuongtrinh": ("chương trình", "CTr")}
# Names of referenced document kinds, as written with accents.
REFERENCE_KINDS = {"quyet dinh": "Quyết định", "chi thi": "Chỉ thị", "ke hoach": "Kế hoạch",
                   "nghi quyet": "Nghị quyết", "nghi dinh": "Nghị định", "thong tu": "Thông tư",
                   "cong van": "Công văn", "chuong trinh": "Chương trình"}
ADMIN_LEVELS = {"thanh pho": "thành phố", "tinh": "tỉnh", "quan": "quận", "huyen": "huyện",
                "thi xa": "thị xã"}

_NUMBER_RE = re.compile(r"^\s*(?:s\S{0,2}\s*:|so\b|s[o6]\b|\$)\s*(\d*)\s*/\s*([a-zđ]{1,4})\s*-\s*([a-zđ]+)",
                        re.IGNORECASE)
_DATE_RE = re.compile(r"(?:^|\s)((?:[a-z]+(?: [-–] | )){0,4}[a-z]+)\s*,\s*ngay\s*(\S{0,3})\s*thang\s*(\d{1,2})"
                      r"\s*n\S{0,2}m\s*(\d{4})")
_PERIOD_RE = re.compile(r"giai doan\s*((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)")
_YEAR_RE = re.compile(r"\bnam\s*((?:19|20)\d\d)\b")
_REFERENCE_RE = re.compile(
    r"\b(" + "|".join(REFERENCE_KINDS) + r")\s+(?:s\S{0,2}\s*:?\s*)?"
    r"(\d+(?:/\d{4})?\s*[/-]\s*[a-zđ0-9&]+(?:\s*[-/]\s*[a-zđ0-9&]+)*)")


@dataclass
class Header:
    kind: str = ""
    kind_code: str | None = None
    title: str = ""
    number: str | None = None
    date: str | None = None
    year: int | None = None
    place: str | None = None          # as written on the date line
    issuer_level: str | None = None   # "thành phố", "tỉnh" …
    locality_from_body: str | None = None
    period: str | None = None
    period_start: int | None = None
    period_end: int | None = None
    references: list[str] = field(default_factory=list)
    proposer: str | None = None       # "Giám đốc Sở Y tế (Tờ trình số 312/TTr-SYT ngày 25/02/2026)"
    has_kind_line: bool = False
    has_number_line: bool = False     # a "Số: … /KH-UBND" line, even with the digits left blank


# A line break inside a table cell, as a text plan writes it: "ỦY BAN NHÂN DÂN / TỈNH X".
_CELL_BREAK_RE = re.compile(r"(?:\s+/)+\s+")
# Inside a cell whose lines a DOCX joined with spaces, a line starts at the rule drawn under
# the issuer ("ỦY BAN NHÂN DÂN TỈNH X ------- Số: 3127/KH-UBND") and at "Số:" after a name.
_CELL_LINE_RE = re.compile(r"\s+[-_=–—]{3,}\s+|\s+(?=Số\s*:\s*\d*\s*/)")


def layout_lines(line: str) -> list[str]:
    """The lines a header or signature line holds: a layout table's row ("| Số: 187/KH-UBND
    | Đồng Tháp, ngày 22 tháng 7 năm 2021 |", as DOCX tables and text plans write the two
    columns of a header) gives each cell, and each line break of a cell (" / "), as a line
    of its own; any other line is itself."""
    cells = table_cells(line) or (line.split(" | ") if " | " in line else None)
    if cells is None:           # ("a | b": two columns, written without the outer bars)
        return [line]
    return [line.strip() for cell in cells for piece in _CELL_BREAK_RE.split(cell)
            for line in _CELL_LINE_RE.split(piece) if line.strip()]


def header_lines(doc: Document) -> list[str]:
    """The lines before the first Roman-numbered section, a layout table's cells as lines."""
    lines = []
    for line in doc.lines:
        if re.match(r"^[IVX][IVXl1]{0,3}\.\s", line):
            break
        lines.extend(layout_lines(line))
    return lines


_PERIOD_END_LINE_RE = re.compile(r"^\s*[-–]\s*(?:19|20)\d\d\b")
_ENDS_WITH_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\s*$")


def _goes_on_period(last: str, line: str) -> bool:
    """Whether ``line`` ("- 2030 trên địa bàn tỉnh …") ends the period a title's line broke
    off ("… giai đoạn 2021"), as a PDF wraps it."""
    return bool(_ENDS_WITH_YEAR_RE.search(last) and _PERIOD_END_LINE_RE.match(line))


def _title_after(lines: list[str], index: int) -> str:
    """The title under the kind line, up to a blank line; a line in lower case after the
    blank goes on with it (OCR and PDF layout leave blanks between a title's lines:
    "Triển khai Chương trình …" / "" / "trên địa bàn tỉnh … giai đoạn 2021 - 2030")."""
    parts: list[str] = []
    blank = False
    wrapped = False    # a broken-off period went on after a blank: the next line goes on in lower case only
    for line in lines[index + 1:]:
        if not line.strip():
            blank = True
            continue
        if (blank or wrapped) and parts and not line.strip()[:1].islower():
            if wrapped or not _goes_on_period(parts[-1], line):
                break
            wrapped = True
        elif wrapped:
            wrapped = False
        blank = False
        if compact(line) in KINDS:
            break
        parts.append(line.strip())
    return squash_spaces(" ".join(parts))


def parse_header(doc: Document) -> Header:
    header = Header()
    lines = header_lines(doc)
    for i, line in enumerate(lines):
        key = compact(line)
        if key in KINDS:
            header.kind, header.kind_code = KINDS[key]
            header.title = _title_after(lines, i)
            header.has_kind_line = True
            break
    for line in lines[:15]:
        match = _NUMBER_RE.match(fold_keeping_length(line))
        if match:
            digits, code = match.group(1), match.group(2).upper().replace("QD", "QĐ")
            header.kind_code = code
            header.has_number_line = True
            if digits:
                header.number = f"{int(digits)}/{code}-{match.group(3).upper()}"
            break
    for line in lines[:15]:
        folded = fold_keeping_length(line)
        # a table cell's lines joined: "Độc lập - Tự do - Hạnh phúc Khánh Hòa, ngày …" (the
        # motto is no part of the place)
        motto = re.search(r"doc lap\W+tu do\W+hanh phuc", folded, re.IGNORECASE)
        match = _DATE_RE.search(folded, motto.end() if motto else 0)
        if not match:
            continue
        # "Thành phố Hồ Chí Minh, ngày …": the place, its level aside
        header.place = re.sub(r"(?i)^(?:thành phố|tỉnh)\s+(?=\S)", "", squash_spaces(line[match.start(1):match.end(1)]))
        day = int(match.group(2)) if match.group(2).isdigit() else None
        month, year = int(match.group(3)), int(match.group(4))
        header.year = year
        if 1 <= month <= 12:
            if day and 1 <= day <= 31:
                header.date = f"{year:04d}-{month:02d}-{day:02d}"
            else:
                header.date = f"{year:04d}-{month:02d}"
        break
    text = "\n".join(p.text for p in doc.paragraphs)
    folded_text = fold_keeping_length(text)
    level_match = re.search(r"(?:ubnd|uy ban nhan dan)\s+(thanh pho|tinh|quan|huyen|thi xa)\s+", folded_text)
    if level_match:
        header.locality_from_body = _capitalised_words(text[level_match.end():])
    title_folded = fold_keeping_length(header.title)
    period = _PERIOD_RE.search(title_folded)
    year = _YEAR_RE.search(title_folded)
    if period:
        header.period_start, header.period_end = int(period.group(1)), int(period.group(2))
        header.period = f"{header.period_start}-{header.period_end}"
    elif year:
        header.period_start = header.period_end = int(year.group(1))
        header.period = year.group(1)
    elif header.year:
        header.period_start = header.period_end = header.year
        header.period = str(header.year)
    if header.year is None and header.period_start:
        header.year = header.period_start
    header.references = _references(doc, header.number)
    header.proposer = _proposer(doc)
    return header


def _capitalised_words(text: str) -> str | None:
    words = []
    for word in text.split()[:5]:
        clean = word.strip(",.;:()")
        if words and word.endswith(":"):
            break     # "KHÁNH HÒA Số: 58/KH-UBND": a label after the name
        if clean[:1].isupper() and clean == word.rstrip(",.;:") or (clean[:1].isupper() and not words):
            words.append(clean)
            if clean != word:
                break
        else:
            break
    return " ".join(words) or None


def _references(doc: Document, own_number: str | None) -> list[str]:
    """Documents named in the preamble (what this plan implements)."""
    preamble = []
    for para in doc.paragraphs:
        if para.heading is not None and para.kind == "roman":
            break
        preamble.append(para.text)
    text = " ".join(preamble)
    folded = fold_keeping_length(text)
    own = normalize(own_number) if own_number else None
    found: list[str] = []
    for match in _REFERENCE_RE.finditer(folded):
        number = re.sub(r"\s+", "", text[match.start(2):match.end(2)])
        number = number.replace("QD", "QĐ") if "QD-" in number else number
        if own and normalize(number) == own:
            continue
        ref = f"{REFERENCE_KINDS[match.group(1)]} {number}"
        # "… số 232-KH/TU ngày 23/4/2024 của …": the date it was issued, as written
        dated = _REFERENCE_DATE_RE.match(folded, match.end())
        if dated:
            ref += f" ngày {dated.group(1)}/{dated.group(2)}/{dated.group(3)}"
        if not any(f == ref or f.startswith(ref + " ") or ref.startswith(f + " ") for f in found):
            found.append(ref)
    return found


# "Xét đề nghị của Giám đốc Sở Y tế tại Tờ trình số 312/TTr-SYT ngày 25 tháng 02 năm 2026,"
# "Theo đề nghị của Giám đốc Sở Lao động - Thương binh và Xã hội." (folded): who proposed the
# plan to the committee, and the submission it came with
_PROPOSER_RE = re.compile(r"^\W*(?:(xet|theo)\s+)?de\s+nghi\s+cua\s+(?!cac\b)(.{4,120}?)"
                          r"(?:\s+tai\s+(to\s+trinh\s+(?:so\s+)?\S+(?:\s+ngay\s+\d{1,2}(?:\s+thang\s+|/)\d{1,2}(?:\s+nam\s+|/)\d{4})?))?"
                          r"\s*(?:[,;.]|\s+ve\s+viec\b|$)")


def _proposer(doc: Document) -> str | None:
    """Who proposed the plan, as its preamble says ("Xét đề nghị của Giám đốc Sở Y tế tại Tờ
    trình số 312/TTr-SYT ngày 25 tháng 02 năm 2026"): "Giám đốc Sở Y tế (Tờ trình số
    312/TTr-SYT ngày 25 tháng 02 năm 2026)"; None when it names no one (the form of a
    committee's document, Nghị định 30/2020/NĐ-CP, Phụ lục III)."""
    found = None
    for para in doc.paragraphs:
        if para.heading is not None and para.kind == "roman":
            break
        # a line of its own opening with the words ("… của Bộ Y tế, theo đề nghị của …" inside
        # a "Căn cứ" line is the cited document's); the last such line, the one over the body
        # (… or a clause after a semicolon: "Căn cứ kết quả …; theo đề nghị của Giám đốc Sở Y tế
        # tại Tờ trình số 412/TTr-SYT …")
        # (… or after "và" in a "Căn cứ" line, with its submission: "Căn cứ Báo cáo … và đề nghị
        # của Giám đốc Sở Y tế tại Tờ trình số 09/TTr-SYT …", blind round 169)
        for line in re.split(r"(?=\b(?:Căn cứ|Xét đề nghị|Theo đề nghị)\b)|(?<=;)\s+(?=(?:xét|theo) đề nghị\b)"
                             r"|(?<=\svà)\s+(?=đề nghị của\b)", para.text):
            text = squash_spaces(line)
            match = _PROPOSER_RE.search(fold_keeping_length(text))
            if match and (match.group(1) or match.group(3)):
                who = text[match.start(2):match.end(2)].strip(" ,")
                found = f"{who} ({text[match.start(3):match.end(3)]})" if match.group(3) else who
    return found


# the date after a document's number: ", ngày 23/4/2024", "ngày 25 tháng 12 năm 2023" (folded)
_REFERENCE_DATE_RE = re.compile(r"\s*,?\s*ngay\s+(\d{1,2})\s*(?:/|-|\s+thang\s+)\s*(\d{1,2})\s*(?:/|-|\s+nam\s+)\s*(\d{4})\b")


def issuer_level(doc: Document, locality: str) -> str | None:
    """The administrative level of the issuing people's committee: "thành phố" when the
    text says "UBND thành phố <locality>" (OCR spellings tolerated)."""
    text = fold_keeping_length(" ".join(doc.lines + [p.text for p in doc.paragraphs]))
    place = r"\s+".join(re.escape(w) for w in fold_keeping_length(locality).split())
    pattern = rf"(?:ubnd|uy ban nhan dan)\s+(thanh ph\S*|tinh|quan|huyen|thi xa)\s+{place}"
    match = re.search(pattern, text)
    if not match:
        return None
    word = match.group(1)
    return ADMIN_LEVELS.get("thanh pho" if word.startswith("thanh") else word)


def locality_abbreviation(locality: str) -> str:
    """Initials of the place name: "Hà Nội" → "hn", "Điện Biên Phủ" → "dbp"."""
    return "".join(word[0] for word in slugify(locality).split("-") if word)


_GENERIC_TITLE_WORDS = {"thuc", "hien", "trien", "khai", "ban", "hanh", "ke", "hoach", "cac",
                        "ve", "cua", "vi", "va"}


def make_slug(locality: str, header: Header) -> str:
    """``hn-kh138-2021``: place initials, kind code and number, year. Without a number: the
    kind code of a blank number line (``dbp-kh-2021``) or the first words of the title
    (``hn-thang-hanh-dong-2020``)."""
    parts = [locality_abbreviation(locality) or "x"]
    if header.number:
        digits = header.number.split("/")[0]
        parts.append(f"{slugify(header.kind_code or '')}{digits}")
    elif header.kind_code and header.has_number_line:
        parts.append(slugify(header.kind_code))
    else:
        title = re.sub(r"^(?:(?:thuc hien|trien khai|ban hanh|ke hoach|cac)\s+)+", "",
                       " ".join(slugify(header.title).split("-")))
        title_words = [w for w in title.split() if not w.isdigit()]
        parts.append("-".join(title_words[:3]) or slugify(header.kind) or "plan")
    year = header.year or header.period_start
    if year:
        parts.append(str(year))
    return "-".join(p for p in parts if p)


# A signature block: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / <name>". It ends the
# document, or — in a decision that issues a programme — the decision before the programme.
_SIGN_ROLE_RE = re.compile(r"(?:^|\s)((?:kt\.?\s*)?(?:pho\s+)?chu\s+tich)\s*$")
_MARKUP_RE = re.compile(r"\*?\[[^\]]*\]\*?|[*_^{}]")
_NAME_RE = re.compile(r"^(?:[A-ZÀ-ỸĐ][a-zà-ỹđ]+)(?:\s+[A-ZÀ-ỸĐ][a-zà-ỹđ]+){1,4}$")
_TRAILING_NAME_RE = re.compile(r"[.;]\s+([A-ZÀ-ỸĐ][a-zà-ỹđ]+(?:\s+[A-ZÀ-ỸĐ][a-zà-ỹđ]+){1,4})\s*$")
# words of an office, not of a person's name ("Trung Tâm Công Báo", "Văn Phòng Tỉnh"), folded
_NO_PERSON_RE = re.compile(r"\b(?:trung tam|van phong|cong bao|cong thong tin|so|ban|phong|cong an|uy ban|tinh|thanh pho"
                           r"|huyen|xa|phuong|hoi dong|bao|dai)\b")
_NAME_WITHIN = 10  # lines with words between the role and the name (the seal, "(đã ký)", recipients)
# "(Đã ký)", "(Ký, đóng dấu)", "[signed]": where the signature stands, between role and name
_SIGNED_NOTE_RE = re.compile(r"[(\[]\s*(?:đã ký|ký[^)\]]{0,30}|signed)\s*[)\]]", re.IGNORECASE)
# A role and the name in one line: a table cell whose paragraphs were joined with spaces
# ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Minh Khoa").
_ROLE_THEN_NAME_RE = re.compile(r"(?:^|\s)((?:kt\.?\s*)?(?:pho\s+)?chu\s+tich)\s+(?=\S+(?:\s+\S+){1,4}$)")


def parse_signer(text: str) -> tuple[str | None, str | None]:
    """Who signed the document and as what: ``("Ngô Văn Quý", "Phó Chủ tịch")`` from its
    last signature block that shows a name ("… CHỦ TỊCH" and the name under it). The name
    is None when no block shows one (a scan without it); both are None without a block."""
    lines = [squash_spaces(_SIGNED_NOTE_RE.sub(" ", _MARKUP_RE.sub(" ", piece)))
             for line in text.splitlines() for piece in layout_lines(line)]
    blocks: list[tuple[int, str]] = []
    for i, line in enumerate(lines):
        folded = fold_keeping_length(line).lower()
        match = _SIGN_ROLE_RE.search(folded)
        if match:
            blocks.append((i, "Phó Chủ tịch" if "pho" in match.group(1) else "Chủ tịch"))
            continue
        for match in reversed(list(_ROLE_THEN_NAME_RE.finditer(folded) if "tich" in folded else [])):
            name = line[match.end():]
            if _NAME_RE.match(name):
                return name, "Phó Chủ tịch" if "pho" in match.group(1) else "Chủ tịch"
            break
    for role_at, role in reversed(blocks):
        # lines with words: a PDF's columns interleave the recipients' list with the block
        for line in [line for line in lines[role_at + 1:] if line][:_NAME_WITHIN]:
            if _NAME_RE.match(line) and not _SIGN_ROLE_RE.search(fold_keeping_length(line).lower()):
                return line, role
            # "- Lưu: VT, KGVX. Hoàng Thị Minh Hà": the recipients' column and the name, one
            # line once a PDF's columns are read across
            trailing = _TRAILING_NAME_RE.search(line) if line.lstrip().startswith(("-", "+", "•")) else None
            if trailing and not _SIGN_ROLE_RE.search(fold_keeping_length(trailing.group(1)).lower()) \
                    and not _NO_PERSON_RE.search(fold_keeping_length(trailing.group(1)).lower()):
                return trailing.group(1), role
    return (None, blocks[-1][1]) if blocks else (None, None)


def place_as_spelled(place: str, text: str) -> str:
    """``place`` ("Ha Noi" on a date line) as ``text`` itself writes the same words with
    their marks elsewhere ("UBND thành phố Hà Nội"), its most frequent such writing; else
    ``place`` unchanged. A place written without marks in a document that never marks it is
    spelled so ("Gia Lai"): restoring marks word by word from other documents' words is a
    guess that turns a name into another ("Giá Lại")."""
    words = place.split()
    if not words:
        return place
    pattern = r"(?<![^\W\d_])" + r"\s+".join(re.escape(w) for w in normalize(place).split()) + r"(?![^\W\d_])"
    folded = fold_keeping_length(text)    # lower case already, position for position
    forms: dict[str, int] = {}
    for match in re.finditer(pattern, folded):
        written = squash_spaces(text[match.start():match.end()])
        if written.lower() != fold_keeping_length(written).lower():
            forms[written.lower()] = forms.get(written.lower(), 0) + 1
    if not forms:
        return place
    best = max(forms, key=lambda form: (forms[form], form))
    return " ".join(w[:1].upper() + w[1:] for w in best.split())
