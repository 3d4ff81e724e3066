"""Agencies: canonical names, spellings, and resolution of OCR-damaged names.

The tables below are *domain vocabulary*, not facts about the plans: the standard
abbreviations of Vietnamese administration (``LĐ-TBXH``, ``GD&ĐT`` …), the words that start
an agency's name (``Sở``, ``Phòng``, ``Công an`` …) and the standard names of provincial /
district departments, used to spell a name one way and to read a name in OCR text that lost
its accents. Which agencies a plan has, and what they do, always comes from the text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from knowledge.text import fold, fold_keeping_length, normalize, ocr_key, slugify, squash_spaces

# Abbreviation → expansion (matched case-sensitively, as whole tokens).
ABBREVIATIONS: list[tuple[str, str]] = [
    (r"L[ĐD]\s*-?\s*TB\s*(?:&|-|và)?\s*XH", "Lao động - Thương binh và Xã hội"),
    (r"GD\s*(?:&|-|và)?\s*[ĐD]T", "Giáo dục và Đào tạo"),
    (r"VH\s*,?\s*TT\s*(?:&|và)?\s*DL", "Văn hóa, Thể thao và Du lịch"),
    (r"VH\s*(?:&|và)\s*TT", "Văn hóa và Thể thao"),
    (r"TT\s*(?:&|và)\s*TT", "Thông tin và Truyền thông"),
    (r"KH\s*(?:&|và)\s*[ĐD]T", "Kế hoạch và Đầu tư"),
    (r"TN\s*(?:&|và)\s*MT", "Tài nguyên và Môi trường"),
    (r"UBMTTQ\s*VN|UB\.?\s*MTTQ\s*VN", "Ủy ban Mặt trận Tổ quốc Việt Nam"),
    (r"UBMTTQ", "Ủy ban Mặt trận Tổ quốc"),
    (r"MTTQ\s*VN", "Mặt trận Tổ quốc Việt Nam"),
    (r"MTTQ", "Mặt trận Tổ quốc"),
    (r"UBND", "Ủy ban nhân dân"),
    (r"HĐND|HDND", "Hội đồng nhân dân"),
    (r"TNCS", "Thanh niên Cộng sản"),
    (r"BVTE", "bảo vệ trẻ em"),
    (r"LHPN", "Liên hiệp Phụ nữ"),
]
_ABBREVIATION_RES = [(re.compile(rf"(?<![\w&]){pattern}(?![\w&])"), expansion)
                     for pattern, expansion in ABBREVIATIONS]

# Names that mean the same body; the second is the one used as canonical.
SYNONYMS: list[tuple[str, str]] = [
    ("Thành đoàn", "Đoàn Thanh niên Cộng sản Hồ Chí Minh Thành phố"),
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh Thành phố"),
]

# The Fatherland Front as plans write it ("Mặt trận Tổ quốc tỉnh", "Ủy ban MTTQ Việt Nam
# tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"): one body, whose committee is what acts.
_FRONT_RE = re.compile(r"^(?:uy ban\s+)?mat tran to quoc(?:\s+viet nam)?(?![a-z])", re.IGNORECASE)
FRONT = "Ủy ban Mặt trận Tổ quốc Việt Nam"

# Words that start an agency's name, with the agency's level.
HEADS: list[tuple[str, str]] = [
    ("Ủy ban Mặt trận Tổ quốc", "đoàn thể"), ("Mặt trận Tổ quốc", "đoàn thể"), ("Ủy ban nhân dân", "ubnd"),
    ("Hội đồng nhân dân", "hđnd"), ("Hội đồng Đội", "đoàn thể"), ("Sở", "sở"),
    ("Phòng", "phòng"), ("Bộ", "bộ"), ("Ban", "ban"), ("Cục", "cục"), ("Công an", "công an"),
    ("Thành đoàn", "đoàn thể"), ("Tỉnh đoàn", "đoàn thể"), ("Huyện đoàn", "đoàn thể"), ("Quận đoàn", "đoàn thể"),
    ("Thị đoàn", "đoàn thể"), ("Đoàn", "đoàn thể"), ("Liên đoàn", "đoàn thể"),
    ("Hội", "đoàn thể"), ("Tòa án", "tư pháp"), ("Viện kiểm sát", "tư pháp"),
    ("Bảo hiểm xã hội", "bảo hiểm"), ("Báo", "báo chí"), ("Đài", "báo chí"), ("Quỹ", "quỹ"), ("Trung tâm", "trung tâm"),
    ("Ủy ban", "ubnd"), ("Các", "nhóm"),
    # a commune's or ward's own: its health station, its officers by field ("Công chức Tư pháp
    # - Hộ tịch phường", the post a ward's plan gives a target to)
    ("Trạm Y tế", "trạm"), ("Công chức", "công chức"),
    # a hospital or a border post a plan names as a partner ("Bệnh viện Sản - Nhi Ninh Bình")
    ("Bệnh viện", "bệnh viện"), ("Đồn Biên phòng", "biên phòng"),
]
_HEAD_FOLDED = sorted(((normalize(h), h, level) for h, level in HEADS), key=lambda x: -len(x[0]))
# Heads that name departments by their field ("Sở Tư pháp", "Phòng Tư pháp", "ngành Tư pháp").
FIELD_HEADS = ("Sở", "Phòng", "Bộ")

# Standard names of departments ("Sở …", "Phòng …"), spelled as official names are.
STANDARD_FIELDS: list[str] = [
    "Lao động - Thương binh và Xã hội", "Giáo dục và Đào tạo", "Y tế", "Tư pháp", "Nội vụ",
    "Tài chính", "Kế hoạch và Đầu tư", "Công Thương", "Xây dựng", "Giao thông vận tải",
    "Tài nguyên và Môi trường", "Thông tin và Truyền thông", "Văn hóa và Thể thao",
    "Văn hóa, Thể thao và Du lịch", "Văn hóa và Thông tin", "Du lịch", "Khoa học và Công nghệ",
    "Nông nghiệp và Phát triển nông thôn", "Ngoại vụ", "Dân tộc", "Thanh tra",
]
_FIELD_BY_NORMAL = {normalize(f): f for f in STANDARD_FIELDS}

# Standard names of bodies that are no "Sở …" (mass organisations, courts, police …), and
# the words that follow them to say which ("Thành phố", "các quận, huyện, thị xã"): to
# spell a name read by OCR that no clean plan names ("Cong an Thanh phd", "Hdi Lién hiép
# Phu nir Thanh pho").
STANDARD_BODIES: list[str] = [
    "Công an", "Ủy ban Mặt trận Tổ quốc Việt Nam", "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "Hội Liên hiệp Phụ nữ", "Ủy ban nhân dân", "Tòa án nhân dân", "Viện kiểm sát nhân dân",
    "Hội Chữ thập đỏ", "Liên đoàn Lao động", "Hội Nông dân", "Hội Cựu chiến binh",
    "Bảo hiểm xã hội", "Cục Thống kê", "Ban Dân tộc", "Bộ Chỉ huy Quân sự",
    "Bộ Chỉ huy Bộ đội Biên phòng", "Hội đồng Đội", "Tỉnh đoàn", "Thành đoàn", "Huyện đoàn", "Quận đoàn",
]
BODY_TAILS: list[str] = [
    "Thành phố", "tỉnh", "các quận, huyện, thị xã", "các huyện, thị xã, thành phố",
    "các huyện, thành phố", "các quận, huyện", "cấp huyện", "cấp xã", "cấp tỉnh",
]
_BODY_KEYS = [(ocr_key(b).split(), b) for b in STANDARD_BODIES]
_TAIL_KEYS = {t: ocr_key(t) for t in BODY_TAILS}

# Verbs that end an agency's name at the start of a sentence ("Công an thành phố chủ trì …").
TASK_VERBS = ("chu tri", "phoi hop", "co trach nhiem", "thuc hien", "can cu", "trong pham vi",
              "trien khai", "tiep tuc", "voi trach nhiem", "huong dan", "chi dao", "tham muu",
              "xay dung", "to chuc", "day manh",
              # "Sở … là cơ quan thường trực, chủ trì …"; "UBND các huyện ban hành kế hoạch … và bố trí …"
              "la co quan", "ban hanh", "bo tri",
              # "Sở Y tế — Đầu mối: CT 02 …": the focal point's role opens what follows the name
              "dau moi")
_REQUEST_RE = re.compile(r"^\s*(?:đề nghị|[dp][eé]\s*ngh[iị])\s+", re.IGNORECASE)


def expand_abbreviations(text: str) -> str:
    """``"Sở LĐ-TBXH"`` → ``"Sở Lao động - Thương binh và Xã hội"``."""
    for regex, expansion in _ABBREVIATION_RES:
        text = regex.sub(expansion, text)
    return text


# verbs whose first syllable folds to an agency's head word ("Ban", "Bộ"): a task's opening
_VERB_OPENING_RE = re.compile(r"^(?:ban hanh|bo tri|bo sung|bao cao|bao dam|bao ve|so ket|to chuc thuc hien)\b")


# "Các sở, ban, ngành", "Các cơ quan, đơn vị", "các xã, phường": a group of agencies, by its kind
_GROUP_OF_AGENCIES_RE = re.compile(r"^cac\s+(?:so|ban|nganh|co quan|don vi|doan the|hoi|to chuc|phong|xa|phuong|huyen|quan"
                                   r"|thi xa|thanh pho|dia phuong|truong|co so|uy ban|ubnd|doanh nghiep|thanh vien|tram"
                                   r"|trung tam|cap|bo|cuc|dac khu|thon|ban nganh|lien doan|chi cuc|tinh|nha truong)\b")


def head_of(name: str) -> tuple[str, str] | None:
    """The head words of an agency name and its level: ``("Sở", "sở")``."""
    folded = normalize(name)
    if _VERB_OPENING_RE.match(folded):
        return None     # "ban hành kế hoạch …", "bố trí người …": a task, no "Ban" or "Bộ"
    for head_norm, head, level in _HEAD_FOLDED:
        if folded == head_norm or folded.startswith(head_norm + " "):
            if level == "nhóm" and folded != head_norm and not _GROUP_OF_AGENCIES_RE.match(folded):
                return None     # "Các chỉ tiêu giao riêng", "Các Tổ công tác …": no group of agencies
            return head, level
    return None


def agency_level(name: str) -> str | None:
    found = head_of(name)
    return found[1] if found else None


def agency_key(name: str) -> str:
    """The stable key of a canonical name: ``"Sở Tư pháp"`` → ``"so-tu-phap"``."""
    return slugify(name)


def _strip_locality(name: str, localities: tuple[str, ...]) -> str:
    for locality in sorted(localities, key=len, reverse=True):
        if not locality:
            continue
        pattern = re.compile(rf"\s+(?:(?:thành phố|tỉnh|quận|huyện)\s+)?{re.escape(locality)}$",
                             re.IGNORECASE)
        match = pattern.search(name)
        if match:
            city = "thành phố" in fold(match.group(0)).replace("thanh pho", "thành phố")
            name = name[:match.start()] + (" Thành phố" if city else "")
    name = re.sub(r"\s+tỉnh$", "", name)
    return name


def _without_open_close(name: str) -> str:
    """``"Thành đoàn Đà Nẵng)"`` → ``"Thành đoàn Đà Nẵng"``: the close of a bracket the name
    stood last in ("(Chủ trì: …; Thành đoàn Đà Nẵng)") is no part of it."""
    while name.endswith(")") and name.count(")") > name.count("("):
        name = name[:-1].rstrip(" .,;:")
    while name.endswith(("]", "|")) and (name.count("]") > name.count("[") or name.endswith("|")):
        name = name[:-1].rstrip(" .,;:")     # ("Tỉnh đoàn ]", "Tỉnh đoàn |": a bracket's or a cell's edge)
    return name


def canonical_form(raw: str, localities: tuple[str, ...] = ()) -> str:
    """One spelling for an agency name as written: abbreviations expanded, the head
    capitalised, the standard spelling of its field, the plan's own locality dropped.

    ``"sở LĐ-TBXH"`` → ``"Sở Lao động - Thương binh và Xã hội"``;
    ``"Tòa án nhân dân thành phố Hà Nội"`` → ``"Tòa án nhân dân Thành phố"``.
    """
    name = _without_open_close(squash_spaces(expand_abbreviations(raw)).strip(" .,;:-–"))
    name = _REQUEST_RE.sub("", name)
    name = re.sub(r"\s+và các (?:tổ chức|cơ quan|đơn vị).*$", "", name)
    name = re.sub(r"\s*\([^()]*\)$", "", name)     # "Sở Giáo dục và Đào tạo (Sở GDĐT)"
    if agency_level(name) not in ("báo chí", "quỹ", "trung tâm", "bệnh viện", "biên phòng"):   # proper names keep their place
        name = _strip_locality(name, localities)
    name = re.sub(r"\bthành phố$", "Thành phố", name)
    name = re.sub(r"\b(Thành|Tỉnh) Đoàn\b", r"\1 đoàn", name)
    for synonym, canonical in SYNONYMS:
        if normalize(name) == normalize(synonym):
            name = canonical
    front = _FRONT_RE.match(fold_keeping_length(name))
    if front:
        name = (FRONT + name[front.end():]).strip()
    found = head_of(name)
    if found:
        head, _ = found
        rest = name[len(head):].strip()
        if head in FIELD_HEADS and normalize(rest) in _FIELD_BY_NORMAL:
            rest = _FIELD_BY_NORMAL[normalize(rest)]
        name = f"{head} {rest}".strip()
    return name[:1].upper() + name[1:]


# "phối hợp với A, B triển khai …" (folded): where the offices worked with are named
_WORKS_WITH_RE = re.compile(r"\bphoi hop(?: chat che)? voi\s+")
# where an office's name in a clause ends and what it does there begins (folded; not "về",
# "để", "ở": they fold as "vệ sinh", "đề xuất", "ô" do)
_NAME_ENDS_RE = re.compile(r"\s(?:trong|doi voi|tai)\s")


def works_with(text: str) -> tuple[list[str], str]:
    """The offices ``text`` says are worked with, after its first "phối hợp với" up to the
    clause's end (";" or a sentence's), and that clause: (["Sở Giáo dục và Đào tạo", "Hội
    Liên hiệp Phụ nữ tỉnh"], "Sở Giáo dục … triển khai chăm sóc dinh dưỡng …") of "…; phối
    hợp với Sở Giáo dục và Đào tạo, Hội Liên hiệp Phụ nữ tỉnh triển khai chăm sóc dinh dưỡng";
    each name cut where the clause goes on to what they do ("Viện kiểm sát nhân dân tỉnh
    trong điều tra …" → "Viện kiểm sát nhân dân tỉnh"). ([], "") when it names none."""
    folded = fold_keeping_length(text.lower())
    at = _WORKS_WITH_RE.search(folded)
    if at is None:
        return [], ""
    ends = [i for i in (folded.find(";", at.end()), folded.find(". ", at.end())) if i >= 0]
    clause = text[at.end():min(ends) if ends else len(text)]
    names = []
    for name in split_agencies(cut_at_verb(clause)[0]):
        cut = _NAME_ENDS_RE.search(fold_keeping_length(name.lower()))
        name = name[:cut.start()].strip(" ,") if cut else name
        if len(name.split()) >= 2:
            names.append(name)
    return names, clause


def split_agencies(text: str) -> list[str]:
    """Agency names listed in ``text``: ``"Tòa án nhân dân …, Viện kiểm sát nhân dân …"``
    → two names. Separators (``,`` ``;`` ``.`` ``và``) split only where the next words start
    an agency name, so ``"Sở Văn hóa, Thể thao và Du lịch"`` stays whole; a group (``"Các
    Sở, ban, ngành"``) is one name."""
    text = squash_spaces(text).strip(" .,;:")
    if normalize(text).startswith("cac "):
        return [text]
    pieces: list[str] = []
    start = 0
    for match in re.finditer(r"\s*(?:[,;.]\s*(?:và\s+)?|\s+và\s+|\s+/\s+)", text):
        following = text[match.end():]
        # ("Sở Lao động - Thương binh và Xã hội / Sở Nội vụ": two names; "…; Các sở, ban,
        # ngành": a group after a semicolon is one of the list)
        group_after = normalize(following).startswith("cac ")
        in_group = normalize(text[start:match.start()]).startswith("cac ")    # "Các sở, ban, ngành" goes on
        if (head_of(following) or head_of(expand_abbreviations(following[:12]))) \
                and (not group_after or match.group().strip().startswith(";")) \
                and (not in_group or match.group().strip().startswith(";")):   # "…; UBND cấp xã"
            pieces.append(text[start:match.start()])
            start = match.end()
    pieces.append(text[start:])
    pieces = [_without_open_close(p.strip(" .,;:")) for p in pieces]
    return [p for p in pieces if p]


def cut_at_verb(text: str) -> tuple[str, str]:
    """``"Công an thành phố chủ trì, phối hợp …"`` → (``"Công an thành phố"``,
    ``"chủ trì, phối hợp …"``); text without such a verb is all name."""
    folded = fold_keeping_length(text)
    best = None
    for verb in TASK_VERBS:
        for match in re.finditer(rf"(?<![a-z]){verb}(?![a-z])", ocr_fold_letters(folded)):
            if len(folded[:match.start()].split()) < 2:
                continue        # "Sở Xây dựng": the verb is the agency's own name
            if match.start() > 0 and (best is None or match.start() < best):
                best = match.start()
    if best is None:
        return text.strip(), ""
    return text[:best].strip(" ,"), text[best:].strip()


def ocr_fold_letters(folded: str) -> str:
    """Same-length OCR tolerance for verb search: ``"phdi hop"`` reads as ``"phoi hop"``."""
    return folded.replace("phdi", "phoi").replace("chu tri", "chu tri").replace("phéi", "phoi")


@dataclass
class AgencyCatalog:
    """Agencies known from all plans: canonical spellings by key, and fuzzy resolution of
    damaged names (OCR) against them."""

    spellings: dict[str, Counter] = field(default_factory=dict)   # key → Counter(canonical forms)
    aliases: dict[str, list[str]] = field(default_factory=dict)   # key → spellings as written
    levels: dict[str, str | None] = field(default_factory=dict)

    def add(self, canonical: str, written: str | None = None) -> str:
        key = agency_key(canonical)
        self.spellings.setdefault(key, Counter())[canonical] += 1
        self.levels.setdefault(key, agency_level(canonical))
        alias_list = self.aliases.setdefault(key, [])
        for alias in (canonical, written):
            if alias and alias not in alias_list:
                alias_list.append(alias)
        return key

    def name(self, key: str) -> str:
        counter = self.spellings.get(key)
        if not counter:
            return key
        best = max(counter.values())
        return next(n for n, c in counter.items() if c == best)

    def keys(self) -> list[str]:
        return list(self.spellings)

    def resolve(self, raw: str, cutoff: float = 80.0) -> str | None:
        """The key of the known agency ``raw`` most probably is, despite OCR damage:
        ``"S6 Tw phap"`` → ``"so-tu-phap"``; None when nothing is close enough."""
        wanted = ocr_key(raw)
        if not wanted or not self.spellings:
            return None
        choices = {key: ocr_key(self.name(key)) for key in self.spellings}
        found = process.extractOne(wanted, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
        return found[2] if found else None


def restore_from_vocabulary(raw: str, word_forms: dict[str, str] | None = None) -> str | None:
    """A name read from OCR text without accents, spelled from the vocabulary: a head
    word and a standard field (``"S6' Noi vu"`` → ``"Sở Nội vụ"``), else word by word
    from ``word_forms`` (folded word → accented word, learnt from the clean plans)."""
    wanted = ocr_key(raw)
    words_ = wanted.split()
    if not words_:
        return None
    for head in FIELD_HEADS:
        head_key = ocr_key(head)
        first = words_[0]
        # "Sé" for "Sở": a short head one letter off, when its field reads well after it
        if fuzz.ratio(first, head_key) < 60 and not (
                len(first) <= 3 and first[:1] == head_key[:1] and OSA.distance(first, head_key) <= 1):
            continue
        rest = " ".join(words_[1:])
        choices = {f: ocr_key(f) for f in STANDARD_FIELDS}
        found = process.extractOne(rest, choices, scorer=fuzz.ratio, score_cutoff=85)
        if found:
            return f"{head} {found[2]}"
    body = _restore_body(words_)
    if body:
        return body
    if word_forms:
        restored = [word_forms.get(w, w) for w in normalize(raw).split()]
        text = " ".join(restored)
        return text[:1].upper() + text[1:]
    return None


def _restore_body(words_: list[str]) -> str | None:
    """A body of ``STANDARD_BODIES`` that the OCR words (``ocr_key`` form) spell, with its
    tail from ``BODY_TAILS`` ("cong an thanh dhd" → "Công an Thành phố"); None when no
    standard name reads well enough (85 % alike), or words follow it that are no tail."""
    best = None
    for key, body in _BODY_KEYS:
        if len(words_) < len(key):
            continue
        score = fuzz.ratio(" ".join(words_[:len(key)]), " ".join(key))
        if score >= 85 and (best is None or (score, len(key)) > (best[0], len(best[1]))):
            best = (score, key, body)
    if best is None:
        return None
    rest = " ".join(words_[len(best[1]):])
    if not rest:
        return best[2]
    tail = process.extractOne(rest, _TAIL_KEYS, scorer=fuzz.ratio, score_cutoff=85)
    return f"{best[2]} {tail[2]}" if tail else None
