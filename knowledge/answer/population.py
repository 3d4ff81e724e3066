"""Answers about how many children a plan says there are: the counts its own sentences state
("Tính đến ngày 31/12/2025, toàn thành phố có 1.126.480 trẻ em dưới 16 tuổi …; trong đó có
12.617 trẻ em có hoàn cảnh đặc biệt"). Plans set targets, most give no statistic; a plan
that writes one answers for itself, any other is declined by ``guards``."""

from __future__ import annotations

import re

from knowledge.answer.common import Answer, Ctx, cite, _result
from knowledge.answer.format import esc, plan_label
from knowledge.query import has_phrase
from knowledge.text import fold_keeping_length, normalize, squash_spaces

# "… có 1.126.480 trẻ em dưới 16 tuổi", "… là 245.600 trẻ em", "gồm khoảng 7.860 em" (folded,
# lower case): a count of a thousand or more written as the plan writes it, then the noun
# and what qualifies it, to the clause's end
_COUNT_RE = re.compile(r"\b(?:co|la|gom|voi|cho|va|khoang|uoc)\s+(?:khoang\s+|tren\s+|gan\s+|hon\s+|it nhat\s+|toi thieu\s+)?"
                       r"(\d{1,3}(?:[.,]\d{3})+|\d{2,})\s+(tre em|tre|em|hoc sinh)\b(?=([^.;:()\n]{0,80}))")   # (the rest read, not taken: "… và 21.540 trẻ em …" is the next)
# words every count of all children has around it: no topic of its own ("toàn tỉnh có …
# trẻ em dưới 16 tuổi", "tính đến ngày 31/12/2025")
_PLAIN_WORDS = {"duoi", "tuoi", "tu", "den", "het", "tren", "dia", "ban", "toan", "tinh", "thanh", "pho",
                "xa", "phuong", "dac", "khu", "chiem", "dan", "so", "nguoi", "cua", "co", "la", "gom", "khoang",
                "gan", "hon", "uoc", "tinh", "ngay", "thang", "nam", "hien", "nay", "sau", "hop", "nhat",
                "sap", "xep", "tong", "cong", "em", "tre", "theo", "ke", "hoach", "cuoi", "dau",
                # the same asked in English ("How many children live in X, and what share of
                # the population is that?"): how a count is asked, no topic of its own
                "live", "living", "there", "are", "is", "was", "were", "population", "share",
                "total", "province", "city", "ward", "commune", "have", "has", "had", "does", "did",
                "according", "to", "plan", "that", "after", "merger", "end", "as", "of", "at", "by",
                "in", "the", "and", "what", "its", "per"}
# where the clause holding a count opens ("…, toàn tỉnh có …", "; trong đó có …"; not a
# bracket closed before the count: "khu vực tỉnh Quảng Bình (cũ) có 265.420 trẻ em")
_CLAUSE_OPEN_RE = re.compile(r"[,;:.]|\((?![^()]*\))|\btrong do\b|\bva\b")
# what follows the noun and is no longer about it ("…, chiếm 28,6% dân số")
_CLAUSE_END_RE = re.compile(r",|\bchiem\b|\btrong do\b|\bvoi\b|\bva\b")


def _sentence_at(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` holding ``text[start:end]``, squashed."""
    opens = max(text.rfind(". ", 0, start) + 1, 0)
    stop = text.find(". ", end)
    return squash_spaces(text[opens:stop + 1 if stop >= 0 else len(text)]).strip()


def _state(ctx: Ctx, lines: list, sources: list, plan, fact: str, sentence: str, passage) -> None:
    """Add a stated count to a reply: the fact first, its sentence quoted, its source."""
    lines.append(f"<b>{esc(fact)}</b> — {esc(plan_label(plan))}")
    cite(ctx, lines, sources, plan, passage.section, quote=sentence)


def counts_stated(plan) -> list[tuple[str, str, set[str], str, object]]:
    """(figure as written, its noun phrase as written, the folded words of its clause, the
    sentence, passage) of each count of children ``plan``'s passages state, in document order."""
    found = []
    for passage in getattr(plan, "passages", None) or []:
        text = passage.text
        if not re.search(r"\d[.,]?\d{3}", text) or "|" in text:
            continue           # most paragraphs: no count of a thousand or more; a table row sets targets
        folded = fold_keeping_length(text.lower())
        for match in _COUNT_RE.finditer(folded):
            rest = match.group(3)
            end = _CLAUSE_END_RE.search(rest)
            phrase_end = match.start(3) + (end.start() if end else len(rest))
            phrase = squash_spaces(text[match.start(2):phrase_end]).strip(" ,")
            sentence = _sentence_at(text, match.start(), match.end())
            opens = [m.end() for m in _CLAUSE_OPEN_RE.finditer(folded, 0, match.start())]
            clause = set(normalize(text[opens[-1] if opens else 0:phrase_end]).split())
            if len(re.sub(r"\D", "", match.group(1))) < 4 and not re.search(r"\b(?:19|20)\d\d\b", sentence):
                continue   # "học bổng cho 50 trẻ em", "mỗi lớp có 20 em": no year's count, no statistic
            found.append((text[match.start(1):match.end(1)], phrase, clause, sentence, passage))
    return found


def _counts_asked(ctx: Ctx, counted: str, asking: frozenset = frozenset()) -> list[tuple]:
    """(plan, figure, noun phrase, sentence, passage) of the count of children (``counted``,
    folded: "tre em", "hoc sinh") each plan in scope states that the question asks: the count
    whose own words cover the question's topic ("trẻ em có hoàn cảnh đặc biệt"), or, when the
    question names none, the plan's whole count (the count with no topic of its own); the
    latest the plan gives. ``asking``: the words that only ask (a share's "phần trăm"), no
    topic. Plans that state none are left out."""
    q = ctx.q
    # the question's topic, beyond the count's own words: a word no plan has ("short-sighted")
    # is a topic no count covers, so the question is declined, not answered with the whole count
    topic = {t for t in q.terms if t not in counted.split() and t not in _PLAIN_WORDS and t not in asking
             and not t.isdigit()}
    # an age or a year asked ("dưới 6 tuổi", "năm 2025") must be the count's own
    numbers = {t for t in q.terms if t.isdigit()}
    ages = set(re.findall(r"\b(\d{1,2}) tuoi\b", q.norm)) & numbers      # "dưới 6 tuổi"
    nouns = {"hoc"} if counted == "hoc sinh" else {"tre", "em"}     # ("812.400 em" counts children)
    chosen = []
    for plan in ctx.scope:
        place = set(normalize(plan.locality or "").split())
        # a former province asked ("khu vực Quảng Bình cũ", or the plan's own name "… Quảng Trị
        # cũ" for its old part): the count of that part
        own_former = has_phrase(q.norm, f"{normalize(plan.locality or '')} cu")
        # ("… sau hợp nhất với Kiên Giang", "after the merger with Kiên Giang": the whole new
        # province; "khu vực Kiên Giang cũ", "the former Kiên Giang": that part)
        said = set(q.norm.split())
        formers = getattr(q, "former_places", ()) if said & {"cu", "truoc", "former", "old"} else ()
        want = (topic | place if own_former else topic - place) | {w for former in formers for w in former.split()}
        want -= {"cu"}
        found = []
        for figure, phrase, clause, sentence, passage in counts_stated(plan):
            own = {w for w in clause if not w.isdigit()} - _PLAIN_WORDS - set(counted.split()) - {"cu", "khu", "vuc"} \
                - (set() if own_former else place)
            said = set(normalize(sentence).split())
            # (a date or year asked may stand anywhere in its sentence; an age must be the count's own)
            if not nouns & set(normalize(phrase).split()) or not ages <= clause or not numbers - ages <= (clause | said):
                continue           # pupils asked, children counted; "dưới 6 tuổi" of a count under 16
            if want and not want <= clause:
                continue           # a count of something else ("… học bơi", "… dân tộc")
            if not want and own:
                continue           # a topic's count ("dạy bơi cho 30.000 trẻ em") is no whole count
            # the latest count the plan gives ("Năm 2020 … 230.000 …; tính đến 31/12/2025 …")
            latest = max((int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", sentence)), default=0)
            found.append((latest, -len(found), figure, phrase, sentence, passage))
        if found:
            *_, figure, phrase, sentence, passage = max(found)
            chosen.append((plan, figure, phrase, sentence, passage))
    return chosen


def _h_population(ctx: Ctx, counted: str) -> Answer | None:
    """How many children (``counted``, folded: "tre em", "hoc sinh") a plan in scope says
    there are, fact first (see ``_counts_asked``). None when no plan in scope states one."""
    lines, sources = [], []
    for plan, figure, phrase, sentence, passage in _counts_asked(ctx, counted):
        _state(ctx, lines, sources, plan, f"{figure} {phrase}", sentence, passage)
    if not sources:
        return None
    return _result(ctx, lines, sources, "population", 0.9)


# children's share of the population asked (folded): "trẻ em chiếm bao nhiêu phần trăm dân số",
# "what share of the population are children"
# ("tỷ lệ tảo hôn trong dân số trẻ em" is a target's name, no share of the population asked)
# ("tỷ lệ tảo hôn trong dân số trẻ em", "share of … in the total child population": a rate
# among children, a target's, no share of the population asked)
_SHARE_ASKED_RE = re.compile(r"\bchiem\b.*\bdan so\b(?! tre)|\bphan tram dan so\b(?! tre)"
                             r"|\b(?:share|percent|percentage|proportion) of (?:\w+ ){0,4}(?<!tre em )(?<!child )population\b"
                             r"|\b(?<!tre em )(?<!child )population\b.*\b(?:share|percent|percentage|proportion)\b")
_SHARE_WORDS = frozenset("phan tram ty ti le bao nhieu may share percent percentage proportion what children kids".split())
# … and as a plan states it after the count: ", chiếm 27,4% dân số", "(chiếm khoảng 28% dân số)"
_SHARE_STATED_RE = re.compile(r"^[\s,(]*chiem\s+(?:(?:gan|khoang|tren|hon|duoi|xap xi)\s+)?\d{1,2}(?:[.,]\d{1,2})?\s*%"
                              r"\s*(?:tong\s+)?dan so")


def asks_share(norm: str) -> bool:
    """Whether a folded question asks what share of the population children are."""
    return bool(_SHARE_ASKED_RE.search(norm))


def _h_population_share(ctx: Ctx) -> Answer | None:
    """What share of the population the children a plan in scope counts are, fact first, as
    the plan writes it after its count ("1.218.640 trẻ em dưới 16 tuổi, chiếm 27,4% dân số"
    → "chiếm 27,4% dân số"), with the count. None when no plan in scope states a share."""
    lines, sources = [], []
    for plan, figure, phrase, sentence, passage in _counts_asked(ctx, "tre em", _SHARE_WORDS):
        at = sentence.find(phrase)
        rest = sentence[at + len(phrase):] if at >= 0 else ""
        share = _SHARE_STATED_RE.match(fold_keeping_length(rest.lower()))
        if share is None:
            continue
        stated = squash_spaces(rest[:share.end()]).strip(" ,(")
        stated = stated[:1].upper() + stated[1:]
        _state(ctx, lines, sources, plan, f"{stated} ({figure} {phrase})", sentence, passage)
    if not sources:
        return None
    return _result(ctx, lines, sources, "population", 0.9)


# how many communes and wards a province has is asked ("có bao nhiêu xã, phường sau sắp xếp",
# "How many commune-level units does X have"), folded
_UNITS_ASKED_RE = re.compile(r"\b(?:bao nhieu|bn|may|how many|so luong|tong so|number of)\s+"
                             r"(?:don vi hanh chinh|dvhc|xa|phuong|communes?|wards?|commune level)\b")
# … and how a plan states it: "có 102 đơn vị hành chính cấp xã, gồm 85 xã, 14 phường và 03
# đặc khu", "124 xã, phường", "88 xã và 14 phường" (folded, the figure not a share)
# (the most telling first: "tổng số 65 đơn vị hành chính cấp xã" over "gồm 48 xã, 16 phường")
_UNITS_STATED_RES = tuple(re.compile(r"(?<![\d.,%/])(\d{1,4})\s+" + form + r"(?!\s*(?:dat|co diem|phu hop))") for form in (
    r"don vi hanh chinh(?: cap xa)?",
    r"xa(?:\s*,\s*|\s+va\s+)phuong",
    r"xa\b(?=[^.;]{0,40}\b\d{1,4}\s+phuong)"))
# words that only say where and when, in a question asking how many communes and wards
_UNIT_WORDS = frozenset("xa phuong dac khu thi tran don vi hanh chinh dvhc cap sau sap xep hop nhat sap nhap "
                        "tinh thanh pho hien nay communes commune wards ward level units unit".split())


# a target counted in communes ("đạt 124 xã, phường vào năm 2030"), no count of them
_TARGET_BEFORE_RE = re.compile(r"(?:dat|it nhat|toi thieu|phan dau|len|xuong|con|tang|giam)\s*$")
# (… nor a part's: "38 xã, phường thuộc tỉnh Quảng Nam (cũ)")
_TARGET_AFTER_RE = re.compile(r"^[^.;]{0,40}?\b(?:vao |den |trong )?nam (?:19|20)\d\d\b|^\s*(?:dat|co|duoc)\b"
                              r"|^[^.;(]{0,30}?\bthuoc\b")


def _stated_units(stated_re: re.Pattern, folded: str) -> re.Match | None:
    """The first count of communes ``stated_re`` finds in ``folded`` that is no target."""
    for match in stated_re.finditer(folded):
        if not _TARGET_BEFORE_RE.search(folded[:match.start()]) and not _TARGET_AFTER_RE.search(folded[match.end():]):
            return match
    return None


def _h_units(ctx: Ctx) -> Answer | None:
    """How many communes, wards (and special zones) a plan in scope says its place has, fact
    first: "102 đơn vị hành chính cấp xã, gồm 85 xã, 14 phường và 03 đặc khu" as written,
    from the first sentence that counts them (the situation section). None unless the
    question asks that count and no topic of its own ("bao nhiêu xã đạt chuẩn …" asks a target)."""
    q = ctx.q
    said = q.cue_text or q.norm
    if not _UNITS_ASKED_RE.search(said) or q.indicators or q.labels or q.goals or q.years:
        return None     # "ct 20 … 2028 bn xã": a target's milestone, counted in communes
    place_words = {w for plan in ctx.scope for w in normalize(plan.locality or "").split()}
    topic = {t for t in q.terms if t not in _UNIT_WORDS and t not in _PLAIN_WORDS and t not in place_words
             and not t.isdigit()}
    if topic:
        return None
    lines, sources = [], []
    for plan in ctx.scope:
        found = next(((passage, match) for stated_re in _UNITS_STATED_RES
                      for passage in getattr(plan, "passages", None) or []
                      if "|" not in passage.text and re.search(r"\d", passage.text)
                      for match in [_stated_units(stated_re, fold_keeping_length(passage.text.lower()))] if match), None)
        if found is not None:
            passage, match = found
            text = passage.text
            stop = min([i for i in (text.find(";", match.start()), text.find(". ", match.start())) if i >= 0]
                       or [len(text)])
            # the count and its parts ("…, gồm 85 xã, 14 phường và 03 đặc khu (…)"), not what
            # the sentence says next (", trung tâm hành chính đặt tại …")
            depth = 0
            for k, char in enumerate(text[match.start():stop]):
                depth += {"(": 1, ")": -1}.get(char, 0)
                if depth < 0:   # the count stands inside a bracket: it ends with it
                    stop = match.start() + k
                    break
                if char == ")" and depth == 0:
                    stop = match.start() + k + 1
                    break
                if char == "," and depth == 0 and not re.match(
                        r",\s*(?:\d|gồm|bao gồm|trong đó|xã|phường|đặc khu|thị trấn)", text[match.start() + k:]):
                    stop = match.start() + k
                    break
            stated = squash_spaces(text[match.start():stop]).strip(" ,.")
            _state(ctx, lines, sources, plan, stated, _sentence_at(text, match.start(), match.end()), passage)
    if not sources:
        return None
    return _result(ctx, lines, sources, "count", 0.9)


def asks_units(norm: str) -> bool:
    """Whether a folded question asks how many communes and wards there are."""
    return bool(_UNITS_ASKED_RE.search(norm))
