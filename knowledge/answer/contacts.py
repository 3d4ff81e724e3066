"""Answers about hotlines and phone numbers."""

from __future__ import annotations

import re

from knowledge import vocab
from knowledge.answer.common import Answer, Ctx, PASSAGE_THRESHOLD, _agency_scope, _result, _src, state_fact
from knowledge.answer.deadlines import _dated_passage
from knowledge.answer.format import esc, fit, phone_line, plan_label, source_line
from knowledge.query import has_phrase
from knowledge.text import normalize, scan_repaired


def _h_contact(ctx: Ctx) -> Answer | None:
    q = ctx.q
    if "contact" not in q.cues or _RATE_ASKED_RE.search(q.norm):
        return None   # ("tỷ lệ trẻ em … được hỗ trợ qua Tổng đài 111 là bao nhiêu": a target's figure)
    _ = ctx._
    candidates = [(p, c) for p in ctx.scope for c in p.contacts]
    # the organisation asked about: the words that are not generic contact words
    purpose = set(_PURPOSE_RE.split(q.norm, maxsplit=1)[1].split()) if _PURPOSE_RE.search(q.norm) else set()
    if _CONDITION_RE.search(q.norm):
        # "phát hiện trẻ bị xâm hại thì gọi số nào": the condition comes before "thì"
        purpose |= set(_CONDITION_RE.split(q.norm, maxsplit=1)[0].split())
    attributes = _attribute_words(q.norm) | _office_words(q.norm)
    if _CHILD_AFFAIRS_RE.search(q.norm):
        attributes |= {"cong", "tac"}   # "văn phòng thường trực công tác trẻ em": the work's words
    asked = [t for t in q.terms if t not in vocab.CONTACT_GENERIC and t not in attributes
             and not t.isdigit() and t not in purpose]
    if _unknown_organisation(ctx):
        return _no_contact(ctx)
    # (an office named with a purpose, "theo kế hoạch của Sở Y tế, trẻ em bị xâm hại thì gọi
    # số nào", names whose plan: the purpose asks the hotlines)
    if asked and ctx.idx.weight(max(asked, key=ctx.idx.weight)) > 1.0 or _agency_scope(ctx) and not purpose:
        # (an office matched by the words typed: "bảo vệ trẻ em" of a hotline's label names no
        # "Phòng Bảo vệ …", whose head was not typed)
        # … and an office's words that end a name the question types are part of whose number is
        # asked: "trung tâm y tế" is no "Trung tâm cung cấp dịch vụ công tác xã hội" although
        # "trung tâm" is all its terms say ("phòng trẻ em sở nội vụ": the office is the room's own)
        tokens = [w for w in q.norm.split() if w != "va"]
        tails = [w for m in _agency_scope(ctx) if m.start and tokens[m.start - 1] in asked
                 for w in tokens[m.start:m.start + m.length]]
        asked = list(dict.fromkeys(asked + tails)) if asked else \
            [w for m in _agency_scope(ctx) for w in tokens[m.start:m.start + m.length]]
        scored = [(ctx.cov(ctx.idx.doc(p.slug, c.section, c.label), asked), p, c) for p, c in candidates]
        if not scored or not any(s >= _label_minimum(p) for s, p, _c in scored):
            return _no_contact(ctx)
    if not candidates:
        return _dated_passage(ctx, "contact", _CONTACT_PROBE, _PHONE_RE) or _no_contact(ctx)
    typed, besides = _numbers_typed(q.text or "")
    named = [(p, c) for p, c in candidates if c.number in typed and c.number not in besides]
    candidates = named or [(p, c) for p, c in candidates if c.number not in besides] or candidates
    # an office the question names: the numbers its name labels ("đầu mối … của Sở Y tế": the
    # office's line, not a centre's hotline that shares "công tác")
    # (a purpose asked, "… thì gọi số nào", is the hotline's, whoever's plan it is)
    offices = [] if purpose else [normalize(m.name) for m in _agency_scope(ctx)]
    own = [(p, c) for p, c in candidates if any(f" {o} " in f" {normalize(c.label)} " for o in offices)]
    focal_asked = bool(_FOCAL_ASKED_RE.search(q.norm))
    focal = [(p, c) for p, c in candidates if _FOCAL_RE.search(normalize(c.label))] if focal_asked else []
    # ("sđt cán bộ đầu mối … sở nội vụ": the point of contact the standing office gives, not its
    # own line; an office of its own named, "cán bộ đầu mối của Sở Y tế", is that office's line)
    standing_only = bool(own) and all(normalize(c.label).startswith("co quan thuong truc") for _p, c in own)
    candidates = own if own and not (focal and standing_only) else candidates
    if not asked and _LINE_RE.search(q.norm) and not focal_asked:
        # "đường dây nóng … số mấy": the lines' numbers, not the plan's point of contact's
        # ("Đầu mối liên hệ: Phòng …; điện thoại …" answers no hotline question; a centre's
        # line labelled by its name alone is one of the hotlines)
        # (… nor the standing office's own line, "Cơ quan thường trực: Sở …; điện thoại …")
        lines_only = [(p, c) for p, c in candidates if not normalize(c.label).startswith(("dau moi", "co quan thuong truc"))]
        if not lines_only:
            return _no_contact(ctx)   # a person's or an office's number is no hotline
        # (… nor an office's own number beside the lines, "phản ánh về Sở Nội vụ (Phòng …, điện
        # thoại …)": round 159; a centre's line is one of the hotlines)
        # (a scan's "Puong day nong" is a line too)
        lines = [(p, c) for p, c in lines_only if _LINE_RE.search(scan_repaired(normalize(c.label)))
                 or c.number == "111" or "tiep nhan" in normalize(c.label)]
        # (… nor an office's number, "Phòng …", "Sở …", beside lines labelled as lines; a number
        # with no label may be a line whose label was not read: round 91's)
        candidates = [(p, c) for p, c in lines_only if (p, c) in lines
                      or not normalize(c.label).startswith(("phong ", "so "))] if lines else lines_only
    elif focal_asked:
        # "đầu mối liên hệ … số điện thoại": the number the plan's point of contact gives
        focal = [(p, c) for p, c in candidates if _FOCAL_RE.search(normalize(c.label))]
        candidates = focal or candidates
    if asked:  # generic words ("số điện thoại đường dây nóng") do not choose between numbers
        scored = [(ctx.cov(ctx.idx.doc(p.slug, c.section, f"{c.label} {c.display}"), asked), p, c)
                  for p, c in candidates]
        best = max(s for s, _p, _c in scored)
        if any(s >= _label_minimum(p) for s, p, _c in scored):
            candidates = [(p, c) for s, p, c in scored if s >= best - 0.15]
    # one line per number and what the plans say of it ("111 (miễn phí, 24/7)" in one plan, bare
    # in another): a note is stated for the plans that write it only
    by_number: dict[tuple[str, str], list] = {}
    for p, c in candidates:
        by_number.setdefault((c.number, c.note), []).append((p, c))
    lines, sources = [], []
    groups = list(by_number.values())
    places = [normalize(place) for place in q.localities]
    # the province's line named as asked ("đường dây nóng riêng của tỉnh Bắc Giang", "số điện
    # thoại tố giác … tỉnh Bắc Giang"): its line first, whatever the call is for
    own_line = any(re.search(rf"\b(?:duong day nong|tong dai|so dien thoai|hotline|line)\b(?:\s+\w+){{0,8}}?\s+"
                             rf"(?:cua\s+)?(?:tinh|thanh pho|tp)\s+{re.escape(place)}\b", q.norm) for place in places) \
        or re.search(r"\b(?:rieng|own)\b", q.norm)
    if places and not _NATIONAL_ASKED_RE.search(q.norm) and (own_line or not _CONDITION_RE.search(q.norm)
            and not _CALL_PURPOSE_RE.search(q.norm) and any(
            re.search(rf"\b(?:tinh|thanh pho|tp)\s+{re.escape(place)}\b", q.norm) for place in places)):
        # "đường dây nóng tỉnh Gia Lai", "… có đường dây nóng riêng không": the province's own
        # line asked, named after it, before
        # the national 111 the plan lists too (a call's purpose, "… bị xâm hại thì gọi số nào",
        # is 111's first)
        groups.sort(key=lambda items: not any(has_phrase(normalize(items[0][1].label), place) for place in places))
    if _ATTRIBUTE_ASKED_RE.search(q.norm):   # "… có miễn phí không": what the plans say of it, first
        groups.sort(key=lambda items: not items[0][1].note)
    for items in groups:
        p0, c0 = items[0]
        where = "; ".join(dict.fromkeys(plan_label(p) for p, _c in items))
        label = esc(ctx.idx.readable(p0.slug, c0.label))
        if p0.ocr:
            label += " " + ctx._("(the bot's reading of a scanned text)")
        note = f" ({esc(ctx.idx.readable(p0.slug, c0.note))})" if c0.note else ""
        lines.append(f"{phone_line(c0, ctx._)}{note} — {label}")
        lines.append(f"<i>{esc(where)}</i>")
        for p, c in items:
            sources.append(_src(p, c.section))
    lines.append(source_line(candidates[0][0], candidates[0][1].section, ctx.lang))
    if _ATTRIBUTE_ASKED_RE.search(q.norm) and not any(c.note for _p, c in candidates):
        # "gọi 111 có mất phí không": the plans give the number, not what a call costs or when
        # the line answers — said so, the numbers offered; no answer to what was asked
        text = _("The plans give the number but do not say what a call costs or when the line answers.")
        return Answer(fit(text + "\n" + "\n".join(lines)), False, [], 0.0, [], "no_contact", [])
    return _result(ctx, lines, sources, "contact", 0.9)


# which office is asked, not its number (folded): "phòng nào", "đơn vị nào trực", "which office",
# "who runs"; "đầu mối liên hệ" is an office that the plan names as the one to contact
_OFFICE_ASKED_RE = re.compile(r"\b(?:(?:phong|don vi|co quan|bo phan|to chuc|noi|trung tam) nao|ai (?:truc|quan ly|phu trach|van hanh)|"
                              r"(?:which|what) (?:office|department|unit|agency|division|body)|"
                              r"who (?:runs|manages|operates|staffs|answers|handles)|dau moi lien he|contact point|"
                              r"focal point|point of contact)\b")
# the kind of office asked: "phòng nào" a "Phòng …", "trung tâm nào" a "Trung tâm …"
_HEAD_ASKED_RE = re.compile(r"\b(phong|trung tam) nao\b")
# a number or an address asked besides: the number reading answers that
_NUMBER_ASKED_RE = re.compile(r"\b(?:so dien thoai|sdt|dien thoai|so may|so nao|so gi|email|thu dien tu|"
                              r"phone|number|e-mail)\b")
# the words that make a sentence the plan's contact office: a focal point, or a hotline's
_FOCAL_RE = re.compile(r"\bdau moi\b")
_FOCAL_ASKED_RE = re.compile(r"\b(?:dau moi|contact point|focal point|point of contact|focal (?:officer|person)"
                             r"|contact (?:person|officer))\b")
_LINE_RE = re.compile(r"\b(?:duong day nong|tong dai|hotline)\b")
# an office's name as a plan writes it, to the end of its clause ("Phòng Bảo trợ xã hội, Trẻ em
# và Bình đẳng giới, Sở Lao động - Thương binh và Xã hội"): its head word opens it
_OFFICE_HEAD_RE = re.compile(r"(?:Phòng|Trung tâm|Văn phòng|Chi cục|Sở|Ban|Công an|Tỉnh đoàn|Thành đoàn)\s")
# where the office's name ends: its number, its e-mail, a verb of running the line
_OFFICE_END_RE = re.compile(r"\s*(?:;|\.(?:\s|$)|$|,\s*(?:số điện thoại|điện thoại|ĐT|thư điện tử|email|e-mail)\b|"
                            r"\s(?:quản lý|trực|phụ trách|vận hành|tiếp nhận|chịu trách nhiệm|là đầu mối|làm đầu mối)\b)")

_BRACKET_END_RE = re.compile(r"\s*(?:\)|;|$)")


_OFFICE_WORDS_RE = re.compile(r"\b(?:(?:phong|don vi|co quan|bo phan|trung tam|noi) nao|quan ly|truc|phu trach|"
                              r"van hanh)\b")


def _office_words(norm: str) -> set[str]:
    """The words of a folded question that ask which office runs a line ("do phòng nào quản
    lý" → {"phong", "nao", "quan", "ly"}): they name no organisation whose number is asked."""
    if not _OFFICE_ASKED_RE.search(norm):
        return set()
    return {w for m in _OFFICE_WORDS_RE.finditer(norm) for w in m.group(0).split()}


def contact_office_asked(norm: str) -> bool:
    """Whether a folded question asks which office to contact or runs a line ("đầu mối liên hệ
    … là phòng nào", "đường dây nóng do phòng nào trực", "which office runs the hotline"),
    not its number."""
    return bool(_OFFICE_ASKED_RE.search(norm)) and not _NUMBER_ASKED_RE.search(norm)


def _h_contact_office(ctx: Ctx) -> Answer | None:
    """The office a plan names as its contact point ("Đầu mối liên hệ: Phòng …, Sở …") or as
    the one that runs its hotline ("… 0261.3544.111 (Phòng Trẻ em - Bình đẳng giới, Sở …)",
    "… do Phòng … quản lý"), stated first, the plan's sentence quoted under it. A focal point
    is asked by "đầu mối"; a hotline's office by its line's words. None when no plan in
    scope names one."""
    q = ctx.q
    if not contact_office_asked(q.norm) or q.indicators \
            or "contact" not in q.cues and not _FOCAL_ASKED_RE.search(q.norm) \
            or re.search(r"\bchu tri\b", q.norm):
        return None   # ("đầu mối chỉ tiêu 5 là sở nào": the indicator's lead; "cơ quan nào chủ trì
        # tuyên truyền đường dây nóng": who leads an activity, not who runs the line)
    focal_asked = bool(_FOCAL_ASKED_RE.search(q.norm))
    head = _HEAD_ASKED_RE.search(q.norm)
    line_asked = bool(_LINE_RE.search(q.norm))
    lines, sources = [], []
    for plan in ctx.scope:
        found = []
        for passage in plan.passages:
            for sentence in re.split(r"(?<=[.;])\s+(?=[A-ZĐ\-–•])", passage.text):
                folded = normalize(sentence)
                office = None
                if (focal_asked or not line_asked) and _FOCAL_RE.search(folded):
                    office = _office_after_focal(sentence)
                    if office and not re.search(r"[Đđ]ầu mối[^:.;]{0,60}:", sentence) and \
                            ctx.cov(ctx.idx.doc(plan.slug, passage.section, sentence)) < PASSAGE_THRESHOLD:
                        office = None   # "… là đầu mối tiếp nhận thông tin về dịch bệnh": what it receives is not asked
                if office is None and (line_asked or not focal_asked) and _LINE_RE.search(folded):
                    office = _office_of_line(sentence)
                if office:
                    found.append((office, sentence, passage))
        # (a centre "là đầu mối tiếp nhận" in a task and the plan's own "Đầu mối liên hệ:"
        # line: the line whose words the question shares most)
        if not found:
            continue
        # … the plan's own "Đầu mối …:" line first, an office of the kind asked ("phòng nào": a
        # "Phòng …") before one of another
        best = max(found, key=lambda f: (bool(head) and normalize(f[0]).startswith(head.group(1)),
                                         bool(re.search(r"[Đđ]ầu mối[^:.;]{0,60}:", f[1])),
                                         ctx.cov(ctx.idx.doc(plan.slug, f[2].section, f[1]), q.terms)))
        office, sentence, passage = best
        state_fact(ctx, lines, sources, office, plan, passage.section, sentence)
    if not sources:
        return None
    return _result(ctx, lines, sources, "contact", 0.9)


def _office_after_focal(sentence: str) -> str | None:
    """"Đầu mối liên hệ: Phòng X, Sở Y; điện thoại …" → "Phòng X, Sở Y"; "Trung tâm Công tác
    xã hội tỉnh là đầu mối tiếp nhận …" → "Trung tâm Công tác xã hội tỉnh". None for a focal
    point of indicators ("Sở Y tế — Đầu mối: CT 02"), whose value names no office."""
    m = re.search(r"[Đđ]ầu mối[^:.;]{0,60}:\s*", sentence)
    if m:
        return _office_at(sentence, m.end())
    m = re.search(r"\s(?:là|làm)\s+đầu mối\b", sentence)
    if m:
        # the clause's subject, not a body it works with ("Trung tâm KSBT phối hợp với Phòng
        # Nghiệp vụ Y làm đầu mối …": the centre)
        subject = re.split(r"\s+(?:phối hợp|cùng)\b", sentence[:m.start()])[0]
        heads = [h for h in _OFFICE_HEAD_RE.finditer(subject) if not re.search(r"\b(?:với|cùng)\s*$", subject[:h.start()])]
        return _office_at(subject + ";", heads[0].start()) if heads else None
    return None


def _office_of_line(sentence: str) -> str | None:
    """The office a hotline's sentence names as running it: in the bracket after its number
    ("0261.3544.111 (Phòng Trẻ em - Bình đẳng giới, Sở …)") or after "do" ("do Phòng … quản
    lý"). None when the sentence names none."""
    for m in re.finditer(r"\(\s*|\bdo\s+", sentence):
        if _OFFICE_HEAD_RE.match(sentence, m.end()):
            return _office_at(sentence, m.end(), bracketed=m.group(0).endswith("("))
    return None


def _office_at(sentence: str, start: int, bracketed: bool = False) -> str | None:
    """The office's name that opens at ``start``, to the end of its clause (to its closing
    bracket when ``bracketed``; a bracket inside it, "Phòng … (Sở Y tế) quản lý", is its own);
    None when no office's head word opens it."""
    if not _OFFICE_HEAD_RE.match(sentence, start):
        return None
    end = (_BRACKET_END_RE if bracketed else _OFFICE_END_RE).search(sentence, start)
    office = sentence[start:end.start() if end else len(sentence)].strip(" ,.")
    return office if 4 <= len(office) <= 200 else None


def _label_minimum(plan) -> float:
    """How much of the organisation asked a number's label must hold: less for a scanned plan,
    whose label keeps words the scan damaged beyond its readings ("Trung tâm công tác x4 hội")."""
    return 0.6 if plan.ocr else 0.75


# a number set aside before it: "ngoài (tổng đài) 111", "besides 111", "trừ số 111"
_SET_ASIDE_RE = re.compile(r"(?:ngoài|ngoai|besides|other than|apart from|except|trừ|tru)\s+(?:[^\s,;.?]+\s+){0,3}$",
                           re.IGNORECASE)


def _numbers_typed(text: str) -> tuple[set[str], set[str]]:
    """(asked, set aside): the digits of each phone number of 3 or more digits a question types
    ("tổng đài 111 có miễn phí không" → ({"111"}, set())); one after "ngoài"/"besides" is set
    aside ("ngoài 111 còn số nào" → (set(), {"111"})): the others are asked."""
    typed, besides = set(), set()
    for m in re.finditer(r"\d[\d. ]{1,14}\d", text):
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) >= 3:
            (besides if _SET_ASIDE_RE.search(text[:m.start()]) else typed).add(digits)
    return typed, besides


# asks what a call costs or when a line answers (folded): "có mất phí không", "miễn phí", "mấy
# giờ", "24/7", "is it free", "opening hours" (not "kinh phí", a budget)
# "công tác trẻ em", "công tác bảo vệ trẻ em" (folded): the work an office does, no name of it
_CHILD_AFFAIRS_RE = re.compile(r"\bcong tac (?:ve )?(?:bao ve )?(?:cham soc )?tre em\b")


# the national line asked (folded): "tổng đài quốc gia", "111", "national hotline"
_NATIONAL_ASKED_RE = re.compile(r"\b(?:quoc gia|111|national)\b")
_ATTRIBUTE_ASKED_RE = re.compile(r"\b(?:mien phi|mat phi|tinh phi|co phi|(?<!kinh )phi khong|tra tien|mat tien|"
                                 r"free|charge|charged|cost|costs|24/7|24/24|may gio|gio nao|hours|open|"
                                 r"ngay le|le tet|cuoi tuan|weekends?|holidays?|hoat dong (?:ca |vao )?(?:ngay|thu|cuoi)|"
                                 r"hoat dong gio)\b")   # ("operating hours", read "hoạt động giờ")


# a rate or a share asked (folded): no phone number is ever one
_RATE_ASKED_RE = re.compile(r"\b(?:ty le|ti le|phan tram|rate|percentage|proportion)\b")


def _no_contact(ctx: Ctx) -> Answer:
    """A number asked for an organisation the plans give none for, or an office to contact that
    no plan in scope names ("đầu mối liên hệ … là phòng nào"): say which (answered=False); the
    national hotline, when a plan in scope lists it, as a clearly labelled alternative."""
    _ = ctx._
    text = _("The plans I have name no office to contact for this.") if contact_office_asked(ctx.q.norm) \
        else _("The plans I have give no phone number for this.")
    national = [(p, c) for p in ctx.scope for c in p.contacts
                if c.number == "111" or "quoc gia" in normalize(c.label)]
    if national:
        p, c = national[0]
        text += "\n" + _("The plan does list the national child protection hotline instead: {number} ({label}).",
                         number=f"<b>{esc(c.display)}</b>", label=esc(c.label))
        text += "\n" + source_line(p, c.section, ctx.lang)
    return Answer(fit(text), False, [], 0.0, [], "no_contact", [])


_PHONE_RE = re.compile(r"\b\d{3}\b(?![.,]?\d)(?!\s*%)|\b0\d[\d.]{7,}\d\b")


_CONTACT_PROBE = "tong dai dien thoai duong day nong bao ve tre em"

# what follows names the purpose of the call ("gọi số nào để báo trẻ bị xâm hại", "khi phát
# hiện trẻ bị bạo lực"), not whose number is asked
_PURPOSE_RE = re.compile(r"\b(?:de|khi|neu|to|for|when|if|bao tin|to giac|phan anh)\b")
# a call's purpose or event (folded): "phát hiện trẻ bị xâm hại … thì gọi", "to report abuse"
_CALL_PURPOSE_RE = re.compile(r"\b(?:phat hien|bi xam hai|xam hai|bao hanh|bo roi|mua ban|bat coc|to giac|report|abuse)\b")
_CONDITION_RE = re.compile(r"\bthi\b(?=.*\b(?:goi|lien he|bao)\b)")


def _attribute_words(norm: str) -> set[str]:
    """The words of a folded question that ask what a call costs or when a line answers
    ("có mất phí không" → {"mat", "phi"}), found as the phrases of ``vocab.CONTACT_ATTRIBUTES``."""
    return {w for phrase in vocab.CONTACT_ATTRIBUTES if has_phrase(norm, phrase) for w in phrase.split()}


def _unknown_organisation(ctx: Ctx) -> bool:
    """Whether the question names whose number it wants with words the plans never put
    together ("tổng đài điện lực"): an organisation they do not name, whose number no
    hotline of theirs answers. The contact words themselves ("tổng đài", "số điện thoại")
    split the question into the parts that are checked."""
    if ctx.english:
        return False  # an English question: its words are only partly translated, pairs say nothing
    text = f" {ctx.q.norm} "
    if _CONDITION_RE.search(text):
        text = " " + _CONDITION_RE.split(text, maxsplit=1)[1]   # the condition names no organisation
    for cue in sorted(vocab.CONTACT_CUES, key=len, reverse=True):
        text = text.replace(f" {cue} ", " | ")
    terms = {t for t in ctx.q.terms if not t.isdigit() and t not in ctx.soft} - _attribute_words(ctx.q.norm) \
        - _office_words(ctx.q.norm) - vocab.CONTACT_FILLER
    # an organisation named with a word left out ("Trung tâm dịch vụ công tác xã hội" for the
    # plan's "Trung tâm cung cấp dịch vụ …"): two words one label of a number holds are no strangers
    labels = [set(normalize(c.label).split()) for p in ctx.scope for c in p.contacts]
    for part in text.split("|"):
        words = _PURPOSE_RE.split(part, maxsplit=1)[0].split()
        # adjacent words of the question itself, both content words
        if any(a in terms and b in terms and not has_phrase(ctx.idx.corpus, f"{a} {b}")
               and not any(a in label and b in label for label in labels)
               for a, b in zip(words, words[1:])):
            return True
    return False


# an e-mail address or a website as written ("treem.syt@bacninh.gov.vn", "www.haiphong.gov.vn")
_ADDRESS_RE = {
    "email": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "web": re.compile(r"(?:https?://|www\.)[\w-]+(?:\.[\w-]+)+(?:/[\w./-]*)?"),
}
_WEB_WORDS = ("website", "trang web", "trang thong tin dien tu", "web")


# a phone asked beside an address (folded): "số điện thoại và email", "phone number and email"
_PHONE_ASKED_RE = re.compile(r"\b(?:so dien thoai|dien thoai|sdt|phone|hotline|goi)\b")


def _h_address(ctx: Ctx, asked: list[str]) -> Answer | None:
    """The e-mail addresses (or websites, when ``asked`` names one) the plans in scope write,
    fact first, each on its line with the sentence that says what it is for; when the question
    names an agency ("email của Công an tỉnh"), only the addresses whose sentence names it.
    None when no plan in scope writes one that fits. ``asked``: the question's identifier
    words, folded ("email", "trang web")."""
    kind = "web" if any(w in _WEB_WORDS for w in asked) else "email"
    pattern = _ADDRESS_RE[kind]
    named = [normalize(m.name) for m in ctx.q.agencies]
    lines, sources = [], []
    for plan in ctx.scope:
        seen: set[str] = set()
        found = []
        before = ""          # the sentence before, a line a page's width wrapped apart
        for passage in plan.passages:
            for sentence in re.split(r"(?<=\.)\s+", passage.text):   # ("…, Sở Nội vụ; thư điện tử: …" one)
                around, before = normalize(f"{before} {sentence}"), sentence
                for match in pattern.finditer(sentence):
                    address = match.group(0).rstrip(".")
                    if address in seen or named and not any(n in around for n in named):
                        continue
                    seen.add(address)
                    found.append((address, sentence, passage))
        if not found:
            continue
        # "the phone number and email of the standing office": the number its sentence gives too
        phone_asked = bool(_PHONE_ASKED_RE.search(ctx.q.norm))
        for address, sentence, passage in found:
            numbers = [c.display for c in plan.contacts if c.display and c.display in sentence] if phone_asked else []
            fact = "; ".join([address] + [f"☎️ {n}" for n in numbers])
            state_fact(ctx, lines, sources, fact, plan, passage.section, sentence)
    if not sources:
        return None
    return _result(ctx, lines, sources, "contact", 0.9)
