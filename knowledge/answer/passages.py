"""The best passage of a plan for a question the structured records do not answer."""

from __future__ import annotations

import re

import numpy as np

from knowledge.model import Indicator
from knowledge.parse.targets import parse_targets
from knowledge.answer.targets import _agency_names, _target_facts, baseline_years
from knowledge.answer.common import Answer, Ctx, PASSAGE_THRESHOLD, _agency_scope, _in_period, _result, _src, state_fact
from knowledge.answer.format import clip, esc, plan_label, source_line
from knowledge import vocab
from knowledge.query import doc_refs, has_phrase
from knowledge.text import fold_keeping_length, normalize


def _scored(ctx: Ctx):
    """(positions in ``ctx.idx.docs`` of the passages of the plans in scope that are not a
    heading alone (eight words or more), in the index's order; their coverage of the
    question: uni, bi (or None) and cov, arrays over every passage)."""
    idx = ctx.idx
    eligible = np.zeros(len(idx.docs), dtype=bool)
    for plan in ctx.scope:
        span = idx.plan_docs.get(plan.slug)
        if span is not None:
            eligible[span.start:span.stop] = True
    eligible &= idx.doc_sizes >= 8
    uni, bi, cov = idx.passage_coverage(ctx.q.terms, ctx.soft)
    return np.flatnonzero(eligible), uni, bi, cov


def _best_passage(ctx: Ctx, positions, cov):
    """(coverage, position) of the best passage when it reaches PASSAGE_THRESHOLD, else
    None (a lower best passage answers nothing: see ``_h_passage``)."""
    q = ctx.q
    if not len(positions):
        return None
    scores = cov[positions]
    top = float(scores.max())
    if top < PASSAGE_THRESHOLD:
        return None
    # among near-ties prefer the closer wording (rapidfuzz re-ranking)
    docs = ctx.idx.docs
    ties = positions[scores >= top - 0.02].tolist()
    if len(ties) > 1 and _QUANTITY_RE.search(q.norm):
        # "ít nhất bao nhiêu …": the passage that gives a number answers it
        ties = [i for i in ties if _NUMBER_RE.search(docs[i].text)] or ties
    if len(ties) > 1 and _WHEN_RE.search(q.norm):
        # "tổ chức vào những năm nào": the passage that gives a year (for a year asked) or a
        # date answers it
        time_re = _YEAR_RE if _WHICH_YEAR_RE.search(q.norm) else _TIME_RE
        ties = [i for i in ties if time_re.search(docs[i].text)] or ties
    if len(ties) > 1 and "lead" in q.cues and "partner" not in q.cues:
        # "cơ quan nào chủ trì tổ chức Diễn đàn trẻ em": the passage saying who leads it ("Tỉnh
        # đoàn chủ trì tổ chức Diễn đàn …") over the one describing the forum (round 153)
        ties = [i for i in ties if _LEADS_IN_TEXT_RE.search(normalize(docs[i].text))] or ties
    best = ctx.idx.closest_passage(q.norm, ties) if len(ties) > 1 else ties[0]
    return top, best


# a passage opening on the body it is about, then what it does ("- Tỉnh đoàn chủ trì …")
_OWN_SUBJECT_RE = re.compile(r"^[-–+•*\s]*((?:Sở|Phòng|Công an|Bảo hiểm xã hội|Ủy ban nhân dân|UBND|Tỉnh đoàn|Thành đoàn|"
                             r"Hội|Ban|Đài|Liên đoàn|Mặt trận|Trung tâm|Viện|Tòa án|Cục|Bộ)\b[^;:,.()]{0,70}?)\s+"
                             r"(?:chủ trì|là cơ quan|phối hợp|tổ chức|thực hiện|hướng dẫn|có trách nhiệm|tham mưu)\b")
_LEADS_IN_TEXT_RE = re.compile(r"\b(?:chu tri|dau moi|chiu trach nhiem chinh)\b")


def _mentions_agency(ctx: Ctx, position: int, matches) -> bool:
    """Whether passage ``ctx.idx.docs[position]`` (its section heading or text, OCR readings
    included) names one of the agencies the question names."""
    doc = ctx.idx.docs[position]
    for m in matches:
        if m.plan != doc.plan:
            continue
        words = [w for w in normalize(m.name).split() if w not in ("cac", "va")]
        if words and ctx.idx.heading_holds(position, words):
            return True
    return False


_QUANTITY_RE = re.compile(r"\b(?:bao nhieu|may|how many|how much)\b")
# in which month or where something is held, asked (folded; a day asked is the deadline's and
# the campaign's readers')
_TIME_OR_PLACE_ASKED_RE = re.compile(r"\b(?:thang may|thang nao|o dau|tai dau|dia diem|where|what month|which month)\b")
# when asked (folded): "năm nào", "khi nào", "bao giờ", "which years"
_WHEN_RE = re.compile(r"\b(?:nam nao|khi nao|bao gio|ngay nao|thoi gian nao|when|which years?|what years?)\b")
_WHICH_YEAR_RE = re.compile(r"\b(?:nam nao|which years?|what years?)\b")
_YEAR_RE = re.compile(r"\b20\d\d\b")
# a year or a date in a passage: "năm 2027", "01/6", "quý IV"
_TIME_RE = re.compile(r"\b(?:20\d\d|\d{1,2}/\d{1,2})\b|\b[Qq]uý\s+[IV1-4]")


# a number in running text ("05", "03", "1,5"); not "S6", "15/12" nor a list marker "6."
_NUMBER_RE = re.compile(r"(?<![\w/.,])(?<!^)\d+(?:[.,]\d+)?(?![\w/])(?!\.\s)")


def _h_passage(ctx: Ctx) -> Answer | None:
    q = ctx.q
    if not q.terms:
        return None
    positions, _unis, bis, covs = _scored(ctx)
    found = _best_passage(ctx, positions, covs)
    if not found:
        return None
    cov, i = found
    matches = _agency_scope(ctx)
    if matches and not _mentions_agency(ctx, i, matches):
        # "Công an Thành phố phải duy trì mô hình gì": another agency's passage that shares
        # the topic words is not the answer; the best passage that names the agency may be
        # (the agency's plans are in scope: its passages are among ``positions``; below the
        # threshold none answers)
        own = [j for j in positions[covs[positions] >= PASSAGE_THRESHOLD].tolist()
               if _mentions_agency(ctx, j, matches)]
        if not own:
            return None
        i = max(own, key=lambda j: covs[j])
        cov = float(covs[i])
    doc = ctx.idx.docs[i]
    key_terms = [t for t in q.terms if ctx.idx.weight(t) > 1.0]
    bi = None if bis is None else float(bis[i])
    if cov < PASSAGE_THRESHOLD or (len(q.terms) < 2 and cov < 0.99) or not key_terms:
        return None
    # (a campaign named splits the question's words — "lễ phát động Tháng hành động vì trẻ em
    # … tổ chức ở đâu" leaves "phat dong tre chuc" — and a passage naming it is about it)
    about_campaign = bool(q.campaign) and q.campaign in normalize(doc.text)
    if bi is not None and not about_campaign and (bi == 0 or (len(q.terms) >= 3 and bi < 0.34)):
        return None  # the words are there but not the phrases: a coincidence, not an answer
    _ = ctx._
    plan = ctx.idx.by_slug[doc.plan]
    if q.years and not _in_period(plan, q.years) and \
            not any(re.search(rf"\b{y}\b", doc.text) for y in q.years):
        return None  # a passage of another year does not answer for the year asked
    facts = _passage_targets(ctx, doc)
    asked_years = set(q.years) - baseline_years(q.norm, q.years)
    dated = {t.year for t in parse_targets(doc.text)} if facts and asked_years else set()
    if dated and None not in dated and not asked_years & dated:
        # "thấp còi năm 2025" of a paragraph setting 2027 and 2030 figures: none of them is
        # the figure asked (the targets' reader says which years the plan has)
        return None
    if facts and _TIME_OR_PLACE_ASKED_RE.search(q.norm) and not _QUANTITY_RE.search(
            _TIME_OR_PLACE_ASKED_RE.sub(" ", q.norm)):
        # "Diễn đàn … tổ chức vào tháng mấy, ở đâu": the passage's words say it; a count it
        # holds ("150 đại biểu từ 7 huyện") is no answer to when or where
        facts = []
    counted = _counted_clause(q.norm, doc.text) if _QUANTITY_RE.search(q.norm) else None
    who = q.cues & {"lead", "partner"}
    if who:
        # "Hội thi … do ai chủ trì": who, never a figure the passage holds ("60 em")
        facts, counted = [], None
    if counted and not any(counted[1] in value for _m, value in facts):
        # "bao nhiêu đại biểu" of "… với số lượng khoảng 150 đại biểu trẻ em … đến từ 7 huyện":
        # the number of what is counted, not a target the passage also reads ("7 huyện")
        facts = []
    asked = [m for m in vocab.DISTINCT_MEASURES if has_phrase(q.norm, m)]
    if facts and asked and not any(f" {form} " in f" {normalize(doc.text)} "
                                   for m in asked for form in (m, *vocab.SYNONYMS.get(m, ()))):
        return None   # "dưới 1 tuổi" asked, the passage sets an under-5 target: not the answer
    if facts:
        # a passage that sets targets ("+ … giảm còn 17,4‰ (năm 2025) và 14,5‰ (năm 2030)") is
        # read as targets: the figure of the year and metric asked first, the passage quoted
        (metric, value), rest = facts[0], facts[1:]
        lines = [value + (f" — {esc(clip(metric, 110))}" if metric else ""), f"<b>{esc(plan_label(plan))}</b>"]
        lines.extend(f"• {esc(clip(m, 120))}: {v}" if m else f"• {v}" for m, v in rest)
        lines += [f"<i>«{esc(clip(ctx.idx.readable(plan.slug, doc.text), 600))}»</i>", source_line(plan, doc.section, ctx.lang)]
        return _result(ctx, lines, [_src(plan, doc.section)], "target", cov)
    # the heading it stands under ("1. Sở Lao động - Thương binh và Xã hội"): whose duty a
    # bullet is, said in the reply itself, not only in the source line
    head = f"<b>{esc(plan_label(plan))}</b>" + heading_beside(ctx, plan, doc.section, doc.text)
    text = ctx.idx.readable(plan.slug, doc.text)
    roles = None if _clause_of_years(text, q.years) or counted or not who else \
        (_task_field(ctx, doc, text, _ROLE_FIELD_RE) or _task_field(ctx, doc, text, _ROLE_PROSE_RE)
         or _row_roles(ctx, plan, doc))
    said = _clause_of_years(text, q.years) or (counted[0] if counted else None) or roles or \
        (_task_field(ctx, doc, text, _TIME_FIELD_RE) if _TIME_ASKED_RE.search(q.norm) else None)
    # (a scan's heading read through its damaged words: "6. S6' Noi vụ")
    agency = _AGENCY_HEADING_RE.match(ctx.idx.readable(plan.slug, heading_under(doc.section))) \
        if "lead" in who and "partner" not in who and not said and not q.cues & {"contact", "campaign"} \
        and q.campaign is None else None
    if agency:
        # … its own part says it does it, itself: the passage opens on what it is or leads
        # ("- Là cơ quan thường trực …", "Chủ trì …"), and what it leads is said before another
        # body is named to act ("phối hợp (với|cùng) …", "giao/chỉ đạo/hướng dẫn X …": "Chủ trì …
        # vui chơi hè, phối hợp với Tỉnh đoàn tổ chức chiến dịch …" leads no campaign)
        folded_text = fold_keeping_length(doc.text.lower())
        # (its heading may open the passage itself: "8. Sở Tài chính: chủ trì tham mưu …")
        inline = _INLINE_HEADING_RE.match(folded_text)
        folded_text = folded_text[inline.end():] if inline else folded_text
        # (an act the question itself asks is this office's own: "sở nào tham mưu bố trí kinh phí")
        other = next((m for m in _OTHER_BODY_ACTS_RE.finditer(folded_text) if not has_phrase(q.norm, m.group(0))), None)
        own = doc.text[inline.end() if inline else 0:][:other.start()] if other else doc.text
        if not _OWN_PART_OPENS_RE.match(folded_text) or \
                ctx.cov(ctx.idx.doc(doc.plan, doc.section, own)) < PASSAGE_THRESHOLD:
            agency = None
    if not agency and "partner" not in who and not said and _BODY_ASKED_RE.search(q.cue_text or q.norm) \
            and not q.cues & {"contact", "campaign"} and q.campaign is None:
        # "Sở nào hướng dẫn gỡ bỏ …", "Which department advises …": the office whose own part
        # says the act asked, whether or not it says it leads it
        agency = _body_doing_it(ctx, plan, doc, text)
    if agency:
        # "cơ quan nào là cơ quan thường trực": the agency whose part of the plan says it
        # ("1. Sở Y tế" over "- Là cơ quan thường trực, chủ trì …"), stated as the answer
        # (in English too, for a question or a reader in English: "Sở Y tế (Department of Health)")
        said = agency if isinstance(agency, str) else agency.group(1).strip(" .:")
        # … unless the passage names its own subject ("- Tỉnh đoàn chủ trì tổ chức Diễn đàn …"
        # under a heading its list was read into): that body does it (round 153)
        subject = _OWN_SUBJECT_RE.match(text)
        if subject and normalize(subject.group(1)) not in normalize(said):
            said = subject.group(1).strip()
        head = f"{_agency_names(ctx, [clip(said, 300)])} — <b>{esc(plan_label(plan))}</b>"
        body = [f"<i>«{esc(clip(text, 900))}»</i>", source_line(plan, doc.section, ctx.lang)]
    elif said:
        # "Lễ phát động năm 2026 tổ chức tại xã Ba Bể; năm 2027 tại …": the year's own clause
        # first, the passage quoted after
        head = f"{esc(clip(said, 300))} — {head}"
        body = [f"<i>«{esc(clip(text, 900))}»</i>", source_line(plan, doc.section, ctx.lang)]
    else:
        body = [esc(clip(text, 900)), source_line(plan, doc.section, ctx.lang)]
    # (a task's own roles, "Cơ quan chủ trì: …; phối hợp: …", answer who leads or partners it as
    # an indicator's roles do: read as such, not as a passage that happens to hold them)
    result = _result(ctx, [head] + body, [_src(plan, doc.section)], "lead" if agency or roles else "passage", cov)
    # scored as the passage alone: the heading shown says where it is, it is no evidence
    result.scored_text = "\n".join([f"<b>{esc(plan_label(plan))}</b>", esc(clip(text, 900)),
                                    source_line(plan, doc.section, ctx.lang)])
    return result


# a heading that is an agency's part of the plan: "1. Sở Y tế", "đ) Công an tỉnh (cơ quan …)"
# (the heading is the name alone, a bracket after it at most: not a task numbered as a heading,
# "1. Ban Điều hành … tổ chức kiểm tra liên ngành …")
_AGENCY_HEADING_RE = re.compile(r"^(?:\d{1,2}[.)]\s*|[a-zđ]\)\s*)?((?:Sở|Phòng(?=\s+[A-ZĐ])|Công an|Bảo hiểm xã hội|Ủy ban nhân dân|UBND|Tỉnh đoàn|"
                                r"Thành đoàn|Hội|Ban|Đài|Liên đoàn|Bộ Chỉ huy|Mặt trận|Trung tâm|Viện|Tòa án|Cục)\b"
                                r"[^:;.()…]{0,70}?)\s*(?:\([^()]*\))?\s*[:.]?\s*$")


# an agency's part opening on what it itself is or does (folded): "- Là cơ quan thường trực",
# "a) Chủ trì, …"
_OWN_PART_OPENS_RE = re.compile(r"^[\W\da-z]{0,4}\s*(?:la (?:co quan|don vi)|chu tri)\b")
# an office's heading that opens its own passage ("8. sở tài chính: …", folded, lower case)
_INLINE_HEADING_RE = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-zđ]\))\s*[^:;.]{3,80}:\s*")
# another body named to act: "phối hợp (với|cùng) …", "giao …", "chỉ đạo …", "hướng dẫn …" (folded)
_OTHER_BODY_ACTS_RE = re.compile(r"\b(?:phoi hop|giao|chi dao|huong dan|tham muu|de nghi)\b")


# a body asked for ("sở nào", "which department", "who advises", folded): not a person ("là
# ai", "who is the head of …")
_BODY_ASKED_RE = re.compile(r"\b(?:which (?:\w+ ){0,3}(?:agency|agencies|department|departments|body|bodies|office|offices|"
                            r"unit|units|organi[sz]ations?|authority|authorities|sector)|co quan nao|so nao|"
                            r"(?<!tinh theo )(?<!tinh bang )don vi nao|nganh nao|ban nao|phong nao|to chuc nao"
                            # "who advises …", "ai tham mưu …": who does an act — not "who is", "là ai"
                            r"|who(?!\s+(?:is|are|was|were)\b)|(?<!\bla )ai(?!\s+la\b))\b")


def _body_doing_it(ctx: Ctx, plan, doc, text: str) -> str | None:
    """Which body does what the question names ("Which department guides the removal of harmful
    content?", "sở nào tham mưu bố trí kinh phí"): the office whose own part of the plan
    (``doc`` under its heading "7. Sở Khoa học và Công nghệ") says it, in a clause of its own —
    None when the part says it in a clause where the office only partners ("phối hợp với Sở Y
    tế hướng dẫn …": the other office leads it), or ``doc`` stands under no office's heading."""
    heading = _AGENCY_HEADING_RE.match(ctx.idx.readable(plan.slug, heading_under(doc.section)))
    if heading is None:
        return None
    clauses = [c for c in re.split(r";|(?<!\d)\.\s", text) if c.strip()]
    if not clauses:
        return None
    saying = max(clauses, key=lambda c: ctx.cov(ctx.idx.doc(doc.plan, doc.section, c)))
    if ctx.cov(ctx.idx.doc(doc.plan, doc.section, saying)) < 0.5:
        return None   # the part says it only across its clauses: no one clause is that act
    # (the heading's words the clause may open with: "7. Sở Khoa học và Công nghệ: phối hợp …")
    own = fold_keeping_length(saying.lower())
    own = own[own.index(":") + 1:] if ":" in own[:90] else own
    if re.match(r"\W*(?:phoi hop|tham gia|cung)\b", own):
        return None
    return heading.group(1).strip(" .:")


def heading_under(section: str) -> str:
    """The last heading of a section path ("V › 1. Sở Y tế" → "1. Sở Y tế"), or ""."""
    return section.rsplit(" › ", 1)[-1] if section else ""


def heading_beside(ctx: Ctx, plan, section: str, said: str) -> str:
    """" — 1. Sở Y tế": the heading a passage stands under, said beside the plan's label when
    the words shown (``said``) do not begin with it (whose duty a bullet is); "" otherwise."""
    under = heading_under(section)
    if under and normalize(under)[:40] not in normalize(said):
        return f" — {esc(clip(ctx.idx.readable(plan.slug, under), 90))}"
    return ""


# a block's field naming who leads, with its partners: "Cơ quan chủ trì tổ chức: Sở …;
# phối hợp: Tỉnh đoàn …"
# (a field opening its sentence: "… là cơ quan chủ trì, sau chữ “PH:” …" explains a code)
_ROLE_FIELD_RE = re.compile(r"(?:^|(?<=[.;:]\s)|(?<=\())(?:Cơ quan|Đơn vị)\s+chủ trì[^:;.,]{0,25}:\s*[^;.)]+"
                            r"(?:;\s*(?:cơ quan\s+|đơn vị\s+)?phối hợp[^:;.]{0,15}:\s*[^;.)]+)?", re.IGNORECASE)
# … or as a task's sentence says them: "…, do Sở Y tế chủ trì, phối hợp với Bảo hiểm xã hội
# tỉnh và Hội Liên hiệp Phụ nữ tỉnh thực hiện."
_ROLE_PROSE_RE = re.compile(r"(?<=\bdo\s)(?:Sở|Công an|Ủy ban|UBND|Tỉnh đoàn|Hội|Ban|Bảo hiểm|Đài|Báo|Trung tâm|Văn phòng|Cục)"
                            r"[^;.()]{2,80}?\schủ trì(?:\s*,\s*phối hợp(?:\s+với)?\s[^;.()]{2,200}?)?"
                            r"(?=\s+(?:thực hiện|triển khai|tổ chức)\b|\s*[;.)]|\s*$)")
# a task's time as its bracket writes it ("…; thời gian: 2026-2027)"), and a time asked (folded)
_TIME_FIELD_RE = re.compile(r"(?:(?<=[;(]\s)|(?<=\()|(?<=^)|(?<=-\s)|(?<=\.\s))thời gian(?:\s+(?:thực hiện|hoàn thành))?\s*:\s*[^;.)]+",
                            re.IGNORECASE)
_TIME_ASKED_RE = re.compile(r"\b(?:thoi gian|khi nao|bao gio|den nam nao|nam nao|thoi han|when|how long|what period|timeframe)\b")
def _task_field(ctx: Ctx, doc, text: str, field: re.Pattern) -> str | None:
    """The roles or the time (``field``) of the task a passage's words answer: of the task
    whose own words ("Nhiệm vụ 2. Phòng chống đuối nước … (Cơ quan chủ trì: …)") cover the
    question best when the passage holds several; None when that task writes none (never
    another task's)."""
    tasks = [t for t in _TASK_START_RE.split(text) if t.strip()]
    if len(tasks) > 1:
        text = max(tasks, key=lambda t: ctx.cov(ctx.idx.doc(doc.plan, doc.section, t)))
    found = field.search(text)
    return found.group(0).strip(" ;.-") if found else None


def _row_roles(ctx: Ctx, plan, doc) -> str | None:
    """The roles a table row of tasks gives in its columns, in its header's words: "| 4 |
    Phòng, chống đuối nước … | Sở Giáo dục và Đào tạo | Tỉnh đoàn | Hằng năm |" under "| TT |
    Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | … |" → "Cơ quan chủ trì: Sở Giáo dục
    và Đào tạo; Cơ quan phối hợp: Tỉnh đoàn"; of the passage's rows (it may hold several), the
    one reading most like the question. None for any other passage."""
    passages = plan.passages
    rows = [k for k, p in enumerate(passages) if p.section == doc.section and _row_cells(p.text) is not None
            and p.text in doc.text]
    if not rows:
        return None
    at = max(rows, key=lambda k: ctx.cov(ctx.idx.doc(plan.slug, doc.section, passages[k].text)))
    cells = _row_cells(passages[at].text)
    for k in range(at - 1, max(-1, at - 80), -1):
        head = _row_cells(passages[k].text)
        if head is None:
            return None    # the table ends above this row: no header of roles
        folded = [normalize(c) for c in head]
        if len(head) != len(cells) or not any(_ROLE_HEAD_RE.search(f) for f in folded):
            continue
        said = [f"{head[i].strip()}: {cells[i].strip()}" for i, f in enumerate(folded)
                if _ROLE_HEAD_RE.search(f) and cells[i].strip()]
        return "; ".join(said) or None
    return None


def _row_cells(text: str) -> list[str] | None:
    text = text.strip()
    if not (text.startswith("|") and text.endswith("|")) or text.count("|") < 4:
        return None
    return [c for c in text.strip("|").split("|")]


# a table header's cell naming a role (folded): "Cơ quan chủ trì", "Đơn vị phối hợp"
_ROLE_HEAD_RE = re.compile(r"\b(?:chu tri|phoi hop)\b")


# where a task of a plan's numbered list opens: "Nhiệm vụ 3. …"
_TASK_START_RE = re.compile(r"(?=\b(?:Nhiệm vụ|NHIỆM VỤ|Giải pháp|GIẢI PHÁP)\s+(?:số\s+)?\d{1,2}\s*[.:]\s)")


# what a question counts: the words after "bao nhiêu"/"how many" (folded)
_COUNTED_ASKED_RE = re.compile(r"\b(?:bao nhieu|bn|how many)\s+(\w+)(?:\s+(\w+))?")
_NOT_COUNTED = {"la", "co", "duoc", "phan", "lan", "nam", "ngay", "thang", "tien", "trieu", "ty", "nguoi", "are", "is",
                "do", "does", "will", "should", "times", "years", "percent"}


def _counted_clause(norm: str, text: str) -> tuple[str, str] | None:
    """(clause, number) of a passage stating the count a question asks ("bao nhiêu đại biểu"
    → "với số lượng khoảng 150 đại biểu trẻ em từ 11 đến dưới 16 tuổi đến từ 7 huyện"), the
    number before the counted words with at most two words between; None when it states none."""
    asked = _COUNTED_ASKED_RE.search(norm)
    if not asked or asked.group(1) in _NOT_COUNTED:
        return None
    folded = fold_keeping_length(text.lower())
    words = set(norm.split())
    for noun in ([f"{asked.group(1)} {asked.group(2)}"] if asked.group(2) else []) + [asked.group(1)]:
        if len(noun) < 2:
            continue
        clauses = []
        for found in re.finditer(rf"(?<![\w.,/])(\d+(?:[.,]\d+)*)\s+(?:\w+\s+){{0,2}}?{re.escape(noun)}\b", folded):
            start = max(text.rfind(c, 0, found.start()) for c in ",;:.") + 1
            ends = [i for i in (text.find(c, found.end()) for c in ",;.") if i >= 0]
            clause = text[start:min(ends) if ends else len(text)].strip()
            # (several counts of the noun: the one whose sentence says most of the question —
            # "Khu vực III - Miền núi: 29 xã" for "khu vực III gồm bao nhiêu xã", not "38 xã")
            sentence = folded[folded.rfind(". ", 0, found.start()) + 1:found.end()]
            clauses.append((len(words & set(re.findall(r"\w+", sentence))), clause, found.group(1)))
        if clauses:
            best = max(c[0] for c in clauses)
            top = [c for c in clauses if c[0] == best]
            return (top[0][1], top[0][2]) if len(top) == 1 else None
    return None


def _clause_of_years(text: str, years: list[int]) -> str | None:
    """The clauses of a passage that name the years asked and no other ("…; năm 2027 tại
    phường Phan Đình Phùng; …" for 2027), when the passage names other years too; else None
    (the passage itself is the answer)."""
    named = {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text)}
    if not years or not set(years) & named or named <= set(years):
        return None
    clauses = [clause.strip(" ;") for clause in re.split(r"(?<=[.;])\s+", text)
               if (own := {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", clause)}) and own <= set(years)]
    return "; ".join(clauses) or None


def _passage_targets(ctx: Ctx, doc) -> list[tuple[str, str]]:
    """The targets a passage sets, as (metric, stated figure) for the years and metric asked.
    A table's row is read cell by cell: a figure's measure is its own cell's words ("Tối
    thiểu 120 lớp dạy bơi mỗi năm"), never the cells before it ("Tỉnh đoàn | Tháng 6 - …")."""
    cells = _row_cells(doc.text)
    targets = [t for cell in cells for t in parse_targets(cell.strip())] if cells else parse_targets(doc.text)
    if not targets:
        return []
    return _target_facts(ctx, Indicator(number=None, goal=None, text=doc.text, section=doc.section,
                                        targets=targets))


# the plan's standing body: "1. Sở Y tế" over "- Là cơ quan thường trực …", or "Sở Lao động -
# Thương binh và Xã hội là cơ quan thường trực, …", "Sở Y tế (cơ quan thường trực): …"
_STANDING_RE = re.compile(r"\b(?:co quan|don vi) thuong truc\b")
_NAMED_STANDING_RE = re.compile(r"((?:Sở|Ủy ban|Ban)\s[^,;.()]{2,70}?)\s*(?:\(\s*|\s+là\s+|,\s*)(?:cơ quan|đơn vị) thường trực",
                                re.IGNORECASE)


def _h_plan_lead(ctx: Ctx) -> Answer | None:
    """Who leads a plan as a whole ("ai chủ trì thực hiện chương trình …", "who coordinates the
    Can Tho children's programme"): its standing body as the plan names it — the agency
    whose part of the plan says "Là cơ quan thường trực …", or "Sở … là cơ quan thường trực"
    in a sentence. Asked only with no topic of its own (a target's, a campaign's, an office's);
    None when no plan in scope names one."""
    q = ctx.q
    if not q.cues & {"lead"} or q.indicators or q.agencies or q.campaign or q.goals or "count" in q.cues:
        return None
    if any(ctx.idx.weight(t) > 1.0 for t in q.terms if t not in _PLAN_WORDS):
        return None   # a topic of its own: the readers of targets and tasks answer
    if _NOT_WHO_RUNS_RE.search(q.norm):
        return None   # who proposed, issued or signed it; how many: the header's readers
    numbers = {n for p in ctx.scope for _k, n in doc_refs(p.number or "")}
    if any(not re.fullmatch(r"(?:19|20)\d\d", t) and t not in numbers for t in re.findall(r"\S*\d\S*", q.norm)):
        return None   # a code or a number of its own ("ct CA-1", "ĐV02", "chỉ tiêu II.1"): a target's
    lines, sources = [], []
    for plan in ctx.scope:
        found = _standing_body(ctx, plan)
        if found is None:
            continue
        agency, passage = found
        state_fact(ctx, lines, sources, agency, plan, passage.section, ctx.idx.readable(plan.slug, passage.text))
    if not sources:
        return None
    return _result(ctx, lines, sources, "lead", 0.9)


def _standing_body(ctx: Ctx, plan):
    """(agency, passage) of the body a plan names to run it: "cơ quan thường trực" said of an
    agency, else the agency whose own part opens "Chủ trì, phối hợp … triển khai, thực hiện
    Chương trình / Kế hoạch" (the first such part); None when the plan says neither."""
    leading = None
    for passage in plan.passages:
        folded = fold_keeping_length(passage.text.lower())
        heading = _AGENCY_HEADING_RE.match(ctx.idx.readable(plan.slug, heading_under(passage.section)))
        if _STANDING_RE.search(folded):
            named = _NAMED_STANDING_RE.search(ctx.idx.readable(plan.slug, passage.text))
            if named:
                return named.group(1), passage
            if heading and re.match(r"^[\W\da-z]{0,4}(?:la )?(?:co quan|don vi) thuong truc", folded):
                return heading.group(1), passage
        elif leading is None and heading and re.match(r"^[\W\da-z]{0,4}\s*chu tri\b", folded):
            # (the first agency's part that opens on what it leads: the plans set out the
            # agency that runs them first, "1. Sở Lao động - …" over "a) Chủ trì, phối hợp …")
            leading = (heading.group(1), passage)
    return leading


# a plan's header asked, not who runs it: its proposer, issuer, signer; a count (folded)
_NOT_WHO_RUNS_RE = re.compile(r"\b(?:(?<!chuong )trinh|de nghi|ban hanh|ky|how many|bao nhieu|bn|may|proposed|submitted|"
                              r"issued|signed)\b")


# the words a question names a plan by, no topic: "chương trình", "kế hoạch", "thực hiện"
_PLAN_WORDS = frozenset("thuc hien trien khai chuong trinh ke hoach hanh dong tre em implementation programme program "
                        "plan coordinates coordinate".split())

