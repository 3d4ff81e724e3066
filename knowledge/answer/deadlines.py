"""Answers about reporting and planning deadlines."""

from __future__ import annotations

import dataclasses as dc
import datetime as dt
import re

from knowledge.answer import scorer
from knowledge.answer.common import Answer, Ctx, cite, _agency_name, _result, _src
from knowledge.answer.format import clip, esc, fit, fmt_deadline_date, past_cut, plan_date as plan_date_text, plan_label, source_line
from knowledge import vocab
from knowledge.parse.agencies import expand_abbreviations
from knowledge.query import has_phrase
from knowledge.index import DocTable, joined_doc, make_doc
from knowledge.text import normalize, squash_spaces, words


_DATE_RE = re.compile(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b")


_DEADLINE_PROBE = "bao cao dinh ky hang nam truoc ngay"


def _dated_passage(ctx: Ctx, intent: str, probe: str, pattern, minimum: float = 0.6) -> Answer | None:
    """For plans whose structured records lack it (e.g. OCR text), the passage that reads
    most like ``probe`` and holds a date / phone number, quoted with its citation."""
    best = None
    for plan in ctx.scope:
        found = _best_dated(ctx, plan, probe, pattern)
        if found is not None and (best is None or found[0] > best[0]):
            best = (found[0], plan, found[1])
    if best is None or best[0] < minimum:
        return None
    score, plan, passage = best
    lines = [f"<b>{esc(plan_label(plan))}</b>", f"«{esc(clip(ctx.idx.readable(plan.slug, passage.text), 600))}»",
             source_line(plan, passage.section, ctx.lang)]
    return _result(ctx, lines, [_src(plan, passage.section)], intent, score * 0.8)


def _best_dated(ctx: Ctx, plan, probe: str, pattern) -> tuple[float, object] | None:
    """(score, passage) of the first passage of ``plan`` that reads most like ``probe`` and
    matches ``pattern``, or None: it depends on the plan alone, so it is found once per
    knowledge base (every question about a deadline looked through every plan without one)."""
    from rapidfuzz import fuzz

    memo = ctx.idx.derived.setdefault("dated_passages", {})
    key = (plan.slug, probe, pattern)
    if key not in memo:
        best = None
        for passage in plan.passages:
            if not pattern.search(passage.text):
                continue
            score = fuzz.partial_ratio(probe, " ".join(words(passage.text))) / 100
            if best is None or score > best[0]:
                best = (score, passage)
        memo[key] = best
    return memo[key]


class _ClauseTable(DocTable):
    """One reading of every deadline of a knowledge base (``_clause`` by default, or
    ``_sentence``) in one ``DocTable``: each question ranked every deadline of every plan by
    it, one at a time."""

    def __init__(self, plans: list, reading=None):
        reading = reading or _clause
        deadlines = [d for plan in plans for d in plan.deadlines]
        self.position = {id(d): n for n, d in enumerate(deadlines)}   # deadlines live as long as the index
        super().__init__([make_doc("", "", reading(d)) for d in deadlines])


def _sentence_table(ctx: Ctx) -> _ClauseTable:
    table = ctx.idx.derived.get("deadline_sentences")
    if table is None:
        table = ctx.idx.derived["deadline_sentences"] = _ClauseTable(ctx.idx.plans, _sentence)
    return table


def _clause_table(ctx: Ctx) -> _ClauseTable:
    table = ctx.idx.derived.get("deadline_clauses")
    if table is None:
        table = ctx.idx.derived["deadline_clauses"] = _ClauseTable(ctx.idx.plans)
    return table


def _deadlines_doc(ctx: Ctx, items: list):
    """The matching document of the sections and texts of ``items`` (deadlines of the plans in
    scope), kept per knowledge base for the same deadlines (at 200 plans, folding them all
    for each question cost milliseconds)."""
    memo = ctx.idx.derived.setdefault("deadline_docs", {})
    key = tuple(id(d) for _p, d in items)   # deadlines live as long as the index
    doc = memo.get(key)
    if doc is None:
        if len(memo) >= 64:   # bounded: a few scopes and kinds recur
            memo.clear()
        doc = memo[key] = joined_doc(f"{d.section} {d.text}" for _p, d in items)
    return doc


_DEADLINE_KINDS = {
    "yearly_report": ("hang nam", "dinh ky", "nam", "yearly", "hang nam"),
    # a plan to be made by a date; "theo kế hoạch của Tuyên Quang" names the plan asked of
    "plan": ("nop ke hoach", "xay dung ke hoach", "ban hanh ke hoach", "gui ke hoach", "han nop",
             "their plans", "its plan", "ke hoach cap huyen", "ke hoach cap xa",
             # a budget estimate handed in by a date ("lập dự toán gửi Sở Tài chính trước 20/7")
             "du toan", "budget estimate", "budget estimates", "estimates"),
    "results": ("ket qua",),
    "incident_report": ("vu viec", "may ngay", "may gio", "bao lau", "cham nhat", "nghiem trong",
                        "how many days", "how many hours", "how soon", "how fast", "how quickly", "within"),
}


def _dates_side_by_side(d, d2) -> bool:
    """Whether ``d``'s and ``d2``'s dates stand together in their sentence ("trước ngày 15/6 và
    15/12", "trước ngày 20/6, 20/12"): one duty's two dates, not two duties' ("… kế hoạch trước
    ngày 15/5 và báo cáo kết quả trước ngày 15/7")."""
    def date(x):
        return rf"0?{x.day}\s*/\s*0?{x.month}(?:\s*/\s*\d{{4}})?"
    return bool(re.search(rf"{date(d)}\s*(?:,|và|va|;)\s*(?:ngày\s+)?{date(d2)}(?!\d)", d.text or ""))


# plans asked as handed in by a date (folded): "kế hoạch gửi trước ngày nào", "plans due"
_PLAN_DUE_ASKED_RE = re.compile(r"\bke hoach(?:\s+\S+){0,2}?\s+(?:gui|nop|due|truoc ngay|han)\b")


# several dates asked (folded): "vào những mốc nào", "các ngày nào", "which dates"
_DATES_ASKED_RE = re.compile(r"\b(?:nhung|cac) (?:moc|ngay|thoi diem|thoi han)(?: nao)?\b|\b(?:which|what) dates\b")


# "chậm nhất ngày nào", "chậm nhất là ngày mấy" (folded): a date asked, as "trước ngày nào"
_LATEST_DATE_ASKED_RE = re.compile(r"\bcham nhat(?=\s+(?:la\s+|vao\s+|den\s+)?ngay\b(?!\s+(?:ke tu|sau)))")


# a plan handed in or made, words between (folded): "nộp kế hoạch", "submit their Action Month plan"
# (… not a report about the plan: "gửi báo cáo năm về kế hoạch trẻ em" hands in a report)
_PLAN_HANDED_IN_RE = re.compile(r"\b(?:nop|gui|xay dung|ban hanh|lap)(?:\s+(?!bao\b|bc\b|ket\b|du\b)\w+){0,4}?\s+ke hoach\b"
                                r"(?!\s+(?:nay|so|\d))")

# a year's report named as such (folded), whatever else is asked of it
_YEAR_REPORT_WORDS = ("hang nam", "yearly", "annual", "annually", "cuoi nam", "bao cao nam")

# a report due more often than yearly asked ("báo cáo 6 tháng", "bc quý", "six-monthly")
_PART_YEAR_ASKED = ("6 thang", "06 thang", "sau thang", "quy", "hang quy", "half year", "half yearly",
                    "six month", "six monthly", "6 month", "6 monthly", "biannual", "semi annual", "semiannual",
                    "quarterly")

# a report due more often than yearly, as its sentence names it (folded)
_PART_YEAR_TEXT_RE = re.compile(r"\b(?:hang quy|moi quy|bao cao quy|cuoi quy|(?:6|06|sau) thang)\b")

# where the reports go is asked: a deadline's line states it
_RECIPIENT_ASKED = ("ve co quan nao", "gui cho co quan nao", "gui ve dau", "nop ve dau", "report to whom",
                    "reports go to", "who receives the report", "who receives reports", "to whom",
                    "who receives", "who receive", "where to send", "where to submit")

_ASKING_WORDS = frozenset(w for cue in (*vocab.DEADLINE_CUES, *vocab.DEADLINE_ASKING)
                          for w in cue.split())


def _own_date(d) -> re.Match | None:
    """Where ``d.text`` writes ``d``'s own date ("15/12", "15 tháng 12"), or None."""
    if not (d.day and d.month):
        return None
    return re.search(rf"(?<!\d)0?{d.day}\s*(?:/|-|\s+tháng\s+)0?{d.month}(?!\d)", d.text)


def _clause(d) -> str:
    """The words of ``d.text`` that lead up to its own date: from the clause break before it
    (";", ",", ". ") to the date, keeping the clause a bracket hangs on: "Định kỳ 6 tháng
    (trước ngày 15/6) và hằng năm (trước ngày 15/12)" → "và hằng năm (trước ngày 15/12" for
    15/12; the whole text when the date is not found in it."""
    m = _own_date(d)
    if not m:
        return d.text
    head = d.text[:m.end()]
    if head.count("|") >= 2:
        return head.strip("| ")   # a reporting table's row: its cells are one clause
    earlier = [e.end() for e in _ANY_DATE_RE.finditer(head[:m.start()])]  # another deadline's date
    # (a comma before a capital goes on a name or a list of them: "Sở Văn hóa, Thể thao và Du
    # lịch", "Sở Y tế, Công an tỉnh"; one before a lower-case word ends a clause)
    comma = max((c.start() for c in re.finditer(r",(?=\s*[^\W\d_])(?!\s*[A-ZĐÀ-Ỹ])", head)), default=-1)
    start = max(head.rfind(";"), comma, head.rfind(". "), head.rfind(")"), *earlier, 0)
    # "trước ngày 25/6 (báo cáo 6 tháng)": the bracket after the date says which report it is
    label = _DATE_LABEL_RE.match(d.text, m.end())
    return head[start:].lstrip(" ,;.)") + (label.group(0) if label else "")


def _sentence(d) -> str:
    """The words of ``d.text`` from the start of the sentence holding its own date up to that
    date: "Sở X tổng hợp, báo cáo Bộ … trước ngày 25 tháng 12"; the whole text when the date is
    not found in it."""
    m = _own_date(d)
    if not m:
        return d.text
    head = d.text[:m.end()]
    return head[head.rfind(". ", 0, m.start()) + 1:].strip()


def _own_part(d) -> str:
    """The words of ``d``'s sentence that are its own: after the last ";" or another date
    before its date ("Tổ chức Diễn đàn …; kết quả Diễn đàn được tổng hợp, báo cáo … trước ngày
    30/9" → "kết quả Diễn đàn … 30/9"), the commas kept (``_clause`` cuts at them)."""
    head = _sentence(d)
    m = _own_date(dc.replace(d, text=head))
    before = head[:m.start()] if m else head
    earlier = [e.end() for e in _ANY_DATE_RE.finditer(before)]
    return head[max([before.rfind(";") + 1, *earlier]):]


# a bracket naming the report of the date before it: " (báo cáo 6 tháng)", " (báo cáo năm)"
_DATE_LABEL_RE = re.compile(r"\s*\((?:báo cáo|bc)\s+[^()]{1,30}\)", re.IGNORECASE)
_ANY_DATE_RE = re.compile(r"\b\d{1,2}\s*(?:/|\s+tháng\s+)\d{1,2}(?:\s*(?:/|\s+năm\s+)\d{4})?")



# what falls due, or the word for it (folded): a deadline is asked of a campaign with these
_DUE_WORDS_RE = re.compile(r"\b(?:han|thoi han|han chot|deadline|due|cham nhat|truoc ngay|bao cao|reports?|nop|submit\w*|"
                           r"gui|send|ke hoach|plans?|hoan thanh|finish\w*|complete\w*|ban hanh|issue[ds]?|"
                           r"by what date|by when|truoc ngay nao)\b")


def deadline_asked(ctx: Ctx) -> bool:
    """The question asks a deadline: its cue words, or "khi nào phải báo cáo" (a date asked
    of a report is a deadline)."""
    q = ctx.q
    cues = scorer.answer_type_cues(q.cue_text or q.norm, q.cues)
    if q.campaign and "period" in cues:
        return False   # "how long did the Action Month run": the campaign's dates, not a deadline
    if q.campaign and not _DUE_WORDS_RE.search(q.norm):
        # "When is the Action Month for children?": a campaign named and "when is the" alone
        # asks when it is held; a deadline is asked with what falls due ("hạn", "report", "nộp")
        return False
    return "deadline" in q.cues or ("when" in cues and has_phrase(q.norm, "bao cao"))


def _recipient(ctx: Ctx, plan, d) -> str | None:
    """The name of the office ``d``'s reports go to, when the plan names one plainly (a name
    read with the words after it, "Sở X: báo cáo 6 tháng", is not shown)."""
    if not d.submit_to:
        return None
    name = _agency_name(ctx, plan, d.submit_to)
    if not name or any(c in name for c in ":;()") or len(name.split()) > 12:
        return None
    # "báo cáo UBND tỉnh và Bộ Y tế trước ngày 31/12": both offices it goes to (round 174)
    for m in _TWO_RECIPIENTS_RE.finditer(d.text or ""):
        if normalize(expand_abbreviations(m.group(1))).startswith(normalize(name)):
            return f"{name} {ctx._('and')} {squash_spaces(m.group(2))}"
    return name


# two offices reports go to, the second a ministry's or a department's: "báo cáo UBND tỉnh và Bộ Y
# tế trước ngày …", "gửi về Sở Y tế và Ủy ban nhân dân tỉnh"
_TWO_RECIPIENTS_RE = re.compile(r"\b(?:báo cáo|gửi(?: về)?|về)\s+((?:UBND|Ủy ban|Sở|Bộ)[^,;.()]{2,60}?)\s+và\s+"
                                r"((?:Bộ|Sở|Ủy ban|UBND|Ban)\s[^,;.()]{2,60}?)(?=\s+(?:trước|chậm|trong|hằng|định kỳ|để|theo)\b|[,;.]|$)")


# the words before an office the reports go to: "gửi (về)", "về", "lên", "cho", "nộp", "to (the)"
_TOWARDS = frozenset(("ve", "gui", "len", "cho", "nop", "toi", "to"))


_CAMPAIGN_WORDS = "thang hanh dong"
# events whose own reports a plan dates (folded): no report of the plan itself
_EVENT_WORDS = ("dien dan", "hoi thi", "le phat dong")


def _destinations(q) -> set[str]:
    """Keys of the offices the question names as where reports are sent (a word of direction
    right before the name: "về Sở Nội vụ", "to the Department of Home Affairs"; "the" alone is
    none: "does the Department … report")."""
    tokens = [w for w in q.norm.split() if w != "va"]

    def towards(at: int) -> bool:
        before = tokens[at - 1] if at > 0 else ""
        return before in _TOWARDS or before == "the" and at > 1 and tokens[at - 2] == "to"
    return {m.key for m in q.agencies if towards(m.start)}


# the level of office a sentence names as reporting, folded: the genre's words for departments
# ("các sở, ngành"), communes ("UBND các xã, phường, đặc khu"), districts, people's committees,
# mass organisations, the leads of targets; "số 42", "số liệu", "xã hội", "quản lý" are not one
_LEVEL_RE = re.compile(
    r"\b(?P<so>(?<!la )so(?! \d| lieu| hieu| thu| luong| sanh| voi| dien| dt| may| nao| bao| tre| cap| ca| vu| nguoi"
    r"| xa| hoc| em| truong hop| ket| ho| lieu)|nganh)\b"
    r"|\b(?P<xa>(?<!thi )xa(?! hoi)|(?<!dia )phuong|dac khu|cap co so)\b"     # ("thị xã": a district's level)
    r"|\b(?P<huyen>huyen|(?<!co )quan(?! ly| tam| he| trong))\b"
    r"|\b(?P<ubnd>uy ban nhan dan|ubnd)\b"
    r"|\b(?P<doan>doan the)\b"
    r"|\b(?P<lead>chu tri)\b")
# the verb after which a question names where reports go, not who sends them
_REPORT_VERB_RE = re.compile(r"\b(?:bao cao|gui|nop|report|reports|send|submit)\b")


def _levels(text: str) -> frozenset[str]:
    """The levels of office ``text`` (folded) names: a subset of so, xa, huyen, ubnd, doan, lead."""
    return frozenset(k for m in _LEVEL_RE.finditer(text) for k, v in m.groupdict().items() if v)


def _names_reporter(named: str, who: str) -> bool:
    """Whether the office a question names (folded) is a deadline's reporter (``who``, folded):
    named in it, and not only as the head of offices of another level ("Ủy ban nhân dân" of
    the province is not "Ủy ban nhân dân các xã, phường")."""
    # (a reporter opening on the name is that office, whatever its sentence goes on to say;
    # a list of offices "Các sở, ban, ngành … và UBND các huyện" names each of its own)
    if who.startswith(named) or named in who and who.startswith("cac "):
        return True
    if "ubnd" in _levels(who) and _levels(who) == _levels(named) and len(_levels(who)) > 1:
        return True     # "UBND cấp huyện" is "Ủy ban nhân dân các huyện, thị xã": one level's committees
    return named in who and _levels(who) <= _levels(named) | {"lead"}


def _reporting_agencies(q) -> list:
    """The offices a question names as reporting: those named before its first report verb
    ("Sở Nội vụ báo cáo UBND tỉnh …": not the province's committee it reports to) or as the
    report's owner after it ("báo cáo năm của Sở Y tế"); all it names when it has no verb."""
    tokens = [w for w in q.norm.split() if w != "va"]   # (agency spans count without "và")
    verb = _REPORT_VERB_RE.search(" ".join(tokens))
    if verb is None:
        return list(q.agencies)
    end = len(" ".join(tokens)[:verb.start()].split())
    # … or after the verb, named as its owner: "báo cáo năm của Sở Y tế"
    return [m for m in q.agencies if m.start < end or m.start > 0 and tokens[m.start - 1] == "cua"]


def _who_levels(who: str) -> frozenset[str]:
    """The levels of office a deadline's reporter (as written) stands for: "Các sở, ngành" the
    departments, but "Sở Nội vụ", one named department, none of them (it reports for all)."""
    folded = normalize(who)
    levels = _levels(folded)
    return levels - {"so"} if folded.startswith("so ") else levels


def _reporter_levels(q) -> frozenset[str]:
    """The levels of office the question names as the one reporting: its level words before
    its first report verb, outside an office it names ("các sở, ngành … gửi báo cáo về Sở Nội
    vụ": departments; "UBND xã, phường báo cáo": communes; "Gia Lai's departments send":
    departments). Empty when it names none."""
    tokens = [w for w in q.norm.split() if w != "va"]   # (agency spans count without "và")
    named = {i for m in q.agencies for i in range(m.start, m.start + m.length)}
    verb = _REPORT_VERB_RE.search(" ".join(tokens))
    end = len(" ".join(tokens)[:verb.start()].split()) if verb else 0
    before = " ".join(w for i, w in enumerate(tokens[:end]) if i not in named)
    # … or after it as the report's owner: "báo cáo năm của các sở" (the departments')
    # ("annual report deadline for provincial departments": the English owner, after "for")
    owner = re.search(r"\b(?:cua|for|of) ((?:cac )?\w+(?: \w+)?)", " ".join(w for i, w in enumerate(tokens) if i >= end and i not in named))
    if verb and owner:
        before += " " + owner.group(1)
    for place in q.localities:
        # "Đặc khu Phú Quốc báo cáo …": the plan's own place, whatever its level, is no level asked
        before = re.sub(rf"\b(?:(?:dac khu|xa|phuong|huyen|quan|tinh|thanh pho)\s+)?{re.escape(normalize(place))}\b",
                        " ", before)
    return _levels(before)


# how much less a deadline may read like the question than the best one and still be stated
# (coverage of its clause plus half its sentence's, and the office it is for)
_CLOSE_RANK = 0.3
# a date asked ("trước ngày nào", "hạn … khi nào", "when", "deadline"), folded
_DATE_ASKED_RE = re.compile(r"\b(?:truoc ngay nao|ngay nao|khi nao|bao gio|han chot|han cuoi|when|deadline|by what date)\b")


def _in_english(ctx: Ctx, stated: str, english: str) -> str:
    """" (December 15)" after a date stated in the reply's Vietnamese ("15/12") when the
    question was asked in English: the reader's words for it too; "" otherwise."""
    if not ctx.english or ctx.lang == "en" or not english or english == stated:
        return ""
    return f" ({esc(english)})"


def _no_deadline(ctx: Ctx) -> Answer:
    """The plans the question names set no deadline and no passage of theirs holds a date:
    say so (answered=False), so no passage about reports in general stands in for a date."""
    _ = ctx._
    names = ", ".join(plan_label(p) for p in ctx.scope[:3])
    text = _("{plans}: the plan sets no reporting deadline that I could find.", plans=f"<b>{esc(names)}</b>")
    return Answer(fit(text), False, [], 0.0, [], "no_deadline", [])


# an event taking place asked ("diễn đàn … tổ chức khi nào, ở đâu", "when is the forum held"),
# and no report, plan or deadline of it (folded)
_HELD_ASKED_RE = re.compile(r"\b(?:to chuc|dien ra|held)\b.{0,30}\b(?:khi nao|thang may|thang nao|o dau|when|where)\b"
                            r"|\b(?:khi nao|when|where)\b.{0,60}\b(?:to chuc|dien ra|held)\b")
_PAPERWORK_RE = re.compile(r"\b(?:bao cao|han|nop|gui|ke hoach|du toan|report|reports|deadline|submit|send|plan|plans)\b")


def _h_deadline(ctx: Ctx) -> Answer | None:
    q = ctx.q
    if q.agencies and "tasks" in q.cues:
        return None
    if _HELD_ASKED_RE.search(q.norm) and not _PAPERWORK_RE.search(q.norm):
        # "Diễn đàn trẻ em tổ chức vào tháng mấy, ở đâu": when it is held, not the day its
        # results are reported ("… báo cáo Ủy ban nhân dân tỉnh trước ngày 30/9")
        return None
    _ = ctx._
    items = [(p, d) for p in ctx.scope for d in p.deadlines]
    if not items:
        found = _dated_passage(ctx, "deadline", _DEADLINE_PROBE, _DATE_RE)
        # (where reports go, asked of a plan dating none: a passage may still say it)
        where = any(has_phrase(q.norm, c) for c in _RECIPIENT_ASKED)
        return found or (_no_deadline(ctx) if ctx.explicit and deadline_asked(ctx) and not where else None)
    # the kind asked, read without the places named ("Nam Định" holds "nam", a year's word)
    norm = q.norm
    for place in q.localities:
        norm = re.sub(rf"\b{re.escape(normalize(place))}\b", " ", norm)
    # "chậm nhất ngày nào": the latest date asked, no incident report's "chậm nhất 03 ngày"
    norm = _LATEST_DATE_ASKED_RE.sub(" ", norm)
    wanted = [k for k, cues in _DEADLINE_KINDS.items() if any(has_phrase(norm, c) for c in cues)]
    if "plan" not in wanted and _PLAN_HANDED_IN_RE.search(norm):
        wanted.append("plan")   # "submit their Action Month plan": words between the verb and the plan
    if "plan" in wanted and has_phrase(norm, "han nop bao cao") and not any(
            has_phrase(norm, c) for c in _DEADLINE_KINDS["plan"] if c != "han nop"):
        wanted.remove("plan")   # "hạn nộp báo cáo năm": a report is what is handed in, no plan
    if "results" in wanted and "plan" not in wanted and len(_DATE_ASKED_RE.findall(norm)) >= 2 \
            and _PLAN_DUE_ASKED_RE.search(norm) and any(
                d.kind == "plan" and any(d2.kind == "results" and d2.text == d.text for _p2, d2 in items)
                for _p, d in items):
        # "by when were plans due and by when were result reports due", "kế hoạch gửi trước
        # ngày nào, báo cáo kết quả trước ngày nào": two dates asked, the plans' too (round 173)
        wanted.append("plan")
    plural = bool(_DATES_ASKED_RE.search(norm))
    if plural and "incident_report" not in wanted:
        # "báo cáo định kỳ vào những mốc nào": every dated report's date, of any kind (an
        # incident's "trong vòng 24 giờ" is no date in the year)
        wanted = []
        items = [(p, d) for p, d in items if d.kind != "incident_report"] or items
    if "incident_report" in wanted:
        wanted = ["incident_report"]
    elif "results" in wanted and "plan" not in wanted:    # ("plans and results": both)
        # ("báo cáo kết quả hằng năm": a year's report of results, never the 6-month one)
        wanted = ["results"] + (["yearly_report"] if any(has_phrase(norm, c) for c in _YEAR_REPORT_WORDS) else [])
    elif "plan" in wanted and "yearly_report" in wanted and not any(
            has_phrase(norm, c) for c in ("hang nam", "dinh ky", "yearly")):
        wanted = ["plan"]
    if any(has_phrase(norm, c) for c in _PART_YEAR_ASKED):
        # "báo cáo 6 tháng đầu năm" ("năm" of "đầu năm" is no yearly report): the recurring
        # reports due more often than yearly, when the plan sets one
        wanted = ["report"] if any(d.kind == "report" and d.recurring for _p, d in items) else wanted
    if wanted == ["report"]:
        items = [(p, d) for p, d in items if d.kind == "report" and d.recurring]
    elif wanted:
        # the kind asked first; a recurring report ("6 tháng") only when no yearly one is set
        # ("báo cáo năm … hạn ngày nào" had answered the 6-month report's 15/6)
        # (… never a quarterly or 6-month one: "báo cáo năm 2027" of a one-year plan is its
        # year-end report, dated, of kind "results")
        chosen = [(p, d) for p, d in items if d.kind in wanted] or [
            (p, d) for p, d in items if "yearly_report" in wanted and d.recurring
            and not (d.kind == "report" and _PART_YEAR_TEXT_RE.search(normalize(d.text)))]
        items = chosen or items
    # the question's subject, less the words that only ask for a deadline ("hạn chót", "khi nào")
    subject = [t for t in q.terms if t not in _ASKING_WORDS]
    recipient = any(has_phrase(q.norm, c) for c in _RECIPIENT_ASKED)   # "gửi báo cáo về cơ quan nào"
    if len(subject) >= 2 and not recipient and ctx.cov(_deadlines_doc(ctx, items), subject) < 0.3:
        return None  # "nghỉ tết … mấy ngày": a number of days, but of nothing these deadlines are about
    if len(items) > 1 and q.terms:
        # one sentence often holds several ("6 tháng trước 15/6 và hằng năm trước 15/12"): the
        # deadline whose own clause reads most like the question is stated first
        # deadline whose own clause reads most like the question is stated first; its whole
        # sentence up to the date weighs half ("Sở X tổng hợp, báo cáo Bộ trước 25/12": the
        # clause cut at the comma had lost who reports and how)
        table = _clause_table(ctx)
        prepared = ctx.idx._prepared(tuple(q.terms), ctx.soft)
        covs = table.coverage(prepared).tolist()
        sentences = _sentence_table(ctx).coverage(prepared).tolist()

        # and a deadline set for the office the question names comes before those it receives
        # … unless the question names it as where the reports go ("báo cáo năm về Sở Nội vụ
        # trước ngày nào", "send … to the Department of Home Affairs"): then the reports it receives
        destinations = _destinations(q)
        named = {" ".join(normalize(m.name).split()) for m in _reporting_agencies(q) if m.key not in destinations}
        reporters = _reporter_levels(q)

        def rank(pd) -> float:
            d = pd[1]
            own = 0.0
            if named and d.who:
                # the office asked as reporting, or another one's duty ("Tỉnh đoàn gửi …" is not
                # what "UBND xã, phường gửi … trước ngày nào" asks)
                who = normalize(expand_abbreviations(d.who))    # ("UBND các xã" as written)
                own = 0.5 if any(_names_reporter(n, who) for n in named) else 0.0 if who.startswith("cac ") else -0.3
            if destinations and d.submit_to:
                own += 0.5 if d.submit_to in destinations else 0.0
            if reporters and d.who:
                # the level of office asked as reporting ("các sở" vs "các xã, phường"): one
                # plan's reports climb the levels, each with its own date
                own += 0.4 * len(reporters & _who_levels(d.who)) / len(reporters)
            event = next((e for e in _EVENT_WORDS if e in normalize(_own_part(d))), None) \
                or (_CAMPAIGN_WORDS if _CAMPAIGN_WORDS in normalize(d.text) else None)
            if event:
                # a campaign's or a forum's report ("kết quả Tháng hành động … 15/7", "kết quả
                # Diễn đàn … trước ngày 30/9"): asked by its name, and then before the plan's own
                own += 0.4 if (q.campaign and event == _CAMPAIGN_WORDS) or has_phrase(q.norm, event) else -0.4
            if "yearly_report" in wanted and d.kind == "report" and _PART_YEAR_TEXT_RE.search(normalize(d.text)):
                own -= 0.5     # a year's report asked: a quarter's or half a year's is not it
            at = table.position.get(id(d))
            if at is None:
                return -ctx.cov(make_doc("", "", _clause(d))) - ctx.cov(make_doc("", "", _sentence(d))) / 2 - own
            return -covs[at] - sentences[at] / 2 - own
        ranked = sorted(((rank(pd), k, pd) for k, pd in enumerate(items)), key=lambda r: r[:2])
        # the deadlines that read like the question, each plan's best kept: "báo cáo kết quả về
        # Sở Nội vụ trước ngày nào" states 10/12, not every date of the plan after it
        best = {}
        for score, _k, (p, _d) in ranked:
            best.setdefault(p.slug, score)
        # ("vào những mốc nào": every date asked, each plan's in the order they read like it)
        kept = [pd for score, _k, pd in ranked if plural or score <= best[pd[0].slug] + _CLOSE_RANK]
        # … and, when two are asked, the others of a kept deadline's sentence, each after it:
        # "kế hoạch gửi trước ngày 15/5 và báo cáo kết quả trước ngày 15/7" answers "gửi trước
        # ngày nào, báo cáo kết quả trước ngày nào" with both, "gửi kế hoạch trước ngày nào" 15/5
        kind_named = any(has_phrase(norm, c) for c in _PART_YEAR_ASKED + _YEAR_REPORT_WORDS + ("nam",)) \
            or (q.years and not plural)
        two_asked = plural or len(_DATE_ASKED_RE.findall(q.norm)) >= 2 or "compare" in q.cues or (
            any(has_phrase(norm, c) for c in _DEADLINE_KINDS["plan"] + ("ke hoach", "plans", "plan"))
            and any(has_phrase(norm, c) for c in _DEADLINE_KINDS["results"] + ("results", "report")))
        items = []
        for p, d in kept:
            # (a quarterly report's four dates go together: each reads its own clause of the
            # sentence listing them, "15/3, 15/6, 15/9/2027", and would rank apart)
            quarter_of = lambda d2: d2.day == d.day and _quarterly(d2) and _quarterly(d)
            # (… and a duty's two dates, "báo cáo … trước ngày 15/6 và 15/12 hằng năm", go together
            # when the question picks neither report: its second date had been left in the quote)
            # (two reports' dates, not a plan's and its results': "gửi kế hoạch … trước ngày 15/5
            # và báo cáo kết quả trước ngày 15/7" asks one of them)
            pair_of = lambda d2: not kind_named and d2.who == d.who and d2.submit_to == d.submit_to \
                and d2.recurring and d.recurring and d2.day is not None and d.day is not None \
                and {d.kind, d2.kind} <= {"report", "yearly_report"} and _dates_side_by_side(d, d2)
            for pd in [(p, d)] + [(p2, d2) for _s, _k, (p2, d2) in ranked
                                  if p2 is p and d2 is not d and d2.text == d.text
                                  and (two_asked or quarter_of(d2) or pair_of(d2))]:
                if not any(pd[1] is other for _p, other in items):
                    items.append(pd)
    if q.agencies and scorer.RECIPIENT_ASKED_RE.search(q.cue_text or q.norm):
        # "Sở Lao động … tổng hợp báo cáo gửi ai?": the office asked sends the report; a rule
        # whose recipient is that office is the report sent to it, no answer
        asked = {normalize(m.name) for m in q.agencies}
        sent_on = [(p, d) for p, d in items if normalize(_recipient(ctx, p, d) or "") not in asked]
        if not sent_on:
            return None
        items = sent_on
    lines, sources = [], []
    missing = [p for p in ctx.scope if not p.deadlines and not p.campaigns]
    if len({p.slug for p, _d in items}) + len(missing) > 1:
        lines.append(_("Deadlines, plan by plan:"))
    for plan in missing:  # e.g. OCR text whose deadline ingest could not read: quote the passage
        found = _dated_passage(Ctx(ctx.q, ctx.idx, ctx.lang, [plan], ctx.explicit, ctx.soft, ctx.english),
                               "deadline", _DEADLINE_PROBE, _DATE_RE, minimum=0.8)
        if found:
            lines.extend(found.text.split("\n") + [""])
            sources.extend(found.sources)
    cut = False
    for p, d, quarters in _quarters_together(items):
        sources.append(_src(p, d.section))
        cut = cut or past_cut(lines)   # the reply is cut before this deadline: its source counts
        if cut:
            continue
        if quarters:
            # a quarterly report's four dates ("trước ngày 20/3, 20/6, 20/9 và 20/12"): the quarter
            # asked's, else all four — its first alone reads as a single yearly date
            asked = _quarter_asked(q.norm)
            shown = [dm for dm in quarters if dm[1] == 3 * asked] if asked else quarters
            shown = shown or quarters
            date = ", ".join(fmt_deadline_date(dc.replace(d, day=day, month=month), ctx.lang) for day, month in shown)
            english = ", ".join(fmt_deadline_date(dc.replace(d, day=day, month=month), "en") for day, month in shown)
            rule = _QUARTER_RULE_RE.search(d.text)
            if rule:
                # the plan's own words ("ngày 12 của tháng cuối quý") beside the dates they make:
                # the quarter asked's date first, else the words first
                written = squash_spaces(rule.group(0))
                date = f"{date} ({written})" if asked else f"{written} ({date})"
        else:
            date, english = fmt_deadline_date(d, ctx.lang), fmt_deadline_date(d, "en")
        named = _report_named(ctx, d, quarters)
        head = (f"<b>{esc(plan_label(p))}</b>: <b>{esc(date) if date else '—'}</b>" + _in_english(ctx, date, english)
                + (f" — {named}" if named else ""))
        if d.who and normalize(d.who) not in normalize(d.text):
            # who reports, read from the office's part the duty stands in ("1. Sở Y tế" /
            # "- Tổng hợp, báo cáo …"): the quote does not say it
            # (a task's date from a table of tasks: who does it, no report — "Xây dựng kế
            # hoạch cấp huyện …: Trước 31/3/2025")
            done = "bao cao" not in normalize(d.text)
            head += " — " + (_("done by {who}", who=esc(d.who)) if done else _("reported by {who}", who=esc(d.who)))
        recipient = _recipient(ctx, p, d)
        if recipient:   # "báo cáo … trước ngày nào và gửi cho phòng nào?": both stated
            head += " — " + _("sent to {agency}", agency=esc(recipient))
        lines.append(head)
        lines.append(f"<i>«{esc(clip(ctx.idx.readable(p.slug, d.text), 420))}»</i>")
        lines.append(source_line(p, d.section, ctx.lang))
        lines.append("")
    return _result(ctx, lines, sources, "deadline", 0.85)


def _report_named(ctx: Ctx, d, quarters: list) -> str:
    """Which of the plan's reports a deadline is for, when its kind says it: "báo cáo năm",
    "báo cáo 6 tháng", "báo cáo quý" — one sentence often dates two ("6 tháng trước 25/6 và
    báo cáo năm trước 25/12"), and the reply says which date is which; "" otherwise."""
    _ = ctx._
    if d.kind == "yearly_report":
        # (only when its own words say so: "kết quả Diễn đàn … trước ngày 30/9" is no year's report)
        return _("annual report") if _YEAR_WORDS_RE.search(normalize(_clause(d))) else ""
    if d.kind != "report" or not d.recurring:
        return ""
    if quarters or _quarterly(d):
        return _("quarterly report")
    if _SIX_MONTHS_RE.search(normalize(_clause(d))):
        return _("six-monthly report")
    return ""


# a year's report named in its deadline's own clause (folded)
_YEAR_WORDS_RE = re.compile(r"\b(?:hang nam|bao cao nam|ca nam|cuoi nam|nam sau|tong hop nam|moi nam)\b")
# a 6-month report named in its deadline's own clause (folded)
_SIX_MONTHS_RE = re.compile(r"\b(?:6|06|sau) thang\b")


# a quarterly report's day as a plan writes it: "ngày 20 của tháng cuối quý"
_QUARTER_RULE_RE = re.compile(r"ngày\s+\d{1,2}\s+(?:của\s+)?tháng\s+cuối\s+(?:của\s+)?(?:mỗi\s+|hằng\s+|các\s+)?quý",
                              re.IGNORECASE)
# dates listed one after another ("20/3, 20/6, 20/9 và 20/12", "20/3; 20/6; …")
_DATE_RUN_RE = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?:\s*(?:,|;|và|and)\s*(?:ngày\s+)?\d{1,2}/\d{1,2}(?![\d/]))+")
# a quarter asked (folded): "quý 3", "quý III", "bc q3" (split "q 3"), "third quarter" (read "quy 3")
_QUARTER_ASKED_RE = re.compile(r"\b(?:quy|q) (1|2|3|4|i|ii|iii|iv)\b")
_ROMAN_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def _quarters_together(items: list) -> list[tuple]:
    """``items`` ([(plan, deadline)…]) as [(plan, deadline, quarters)…]: a quarterly report's
    deadlines one item, ``quarters`` its [(day, month)…] — the deadlines one sentence sets in
    the last month of each quarter ("trước ngày 20 của tháng cuối quý", read as 20/3, 20/6,
    20/9, 20/12), or the four dates it lists; [] for any other deadline."""
    together: dict[tuple, list] = {}
    for p, d in items:
        if _quarterly(d):
            together.setdefault((p.slug, d.text, d.day), []).append(d)
    out, done = [], set()
    for p, d in items:
        key = (p.slug, d.text, d.day)
        group = together.get(key, [])
        if len(group) >= 2:
            if key not in done:
                done.add(key)
                out.append((p, d, sorted({(g.day, g.month) for g in group}, key=lambda dm: dm[1])))
            continue
        out.append((p, d, _quarter_dates(d)))
    return out


def _quarterly(d) -> bool:
    """Whether ``d`` is one quarter's date of a quarterly report: recurring, in a quarter's last
    month, its sentence a quarterly report's ("hằng quý", "tháng cuối quý", "báo cáo quý"): a
    6-month report and a year's, both due the 15th ("15/6 … 15/12"), are not two quarters."""
    return bool(d.recurring and d.day and d.month in (3, 6, 9, 12) and _QUARTER_WORDS_RE.search(normalize(d.text)))


# a quarterly report's words (folded)
_QUARTER_WORDS_RE = re.compile(r"\b(?:hang quy|moi quy|cuoi quy|bao cao quy|tung quy|quarterly)\b")


def _quarter_dates(d) -> list[tuple[int, int]]:
    """[(day, month)] × 4 of a quarterly report whose sentence lists the four dates its own
    date opens ("… trước ngày 20 của tháng cuối quý (trước ngày 20/3, 20/6, 20/9 và 20/12)"):
    the months three apart; [] for any other deadline."""
    own = _own_date(d)
    if not own:
        return []
    for run in _DATE_RUN_RE.finditer(d.text):
        if run.start() <= own.start() < run.end():
            dates = [(int(a), int(b)) for a, b in re.findall(r"(\d{1,2})/(\d{1,2})", run.group(0))]
            months = [m for _d, m in dates]
            if len(dates) == 4 and all(b - a == 3 for a, b in zip(months, months[1:])):
                return dates
    return []


def _quarter_asked(norm: str) -> int | None:
    """The quarter (1–4) a folded question asks ("bc quý 3", "quy iii", "q 3"), or None."""
    m = _QUARTER_ASKED_RE.search(norm)
    if not m:
        return None
    return _ROMAN_QUARTERS.get(m.group(1)) or int(m.group(1))


# --------------------------------------------------------------------------- reviews

# the plan's reviews: "sơ kết" (the mid-term review) and "tổng kết" (the final one), folded
_REVIEW_EVENTS = ("so ket", "tong ket")
# when a review is held, folded: "quý IV năm 2025", "năm 2030", "trước ngày 31 tháng 10 năm 2025"
_REVIEW_TIME_RE = re.compile(
    r"\b(?:truoc ngay (?P<d>\d{1,2}) (?:thang )?(?P<m>\d{1,2}) (?:nam )?(?P<dy>20\d\d)"
    # "trước ngày 20 tháng cuối quý IV năm 2026": a day of the quarter's last month
    r"|truoc ngay (?P<qd>\d{1,2}) (?:cua )?thang cuoi (?:cua )?quy (?P<qq>iv|iii|ii|i|[1-4]) (?:nam )?(?P<qy>20\d\d)"
    r"|(?:quy (?P<q>iv|iii|ii|i|[1-4]) )?nam (?P<y>20\d\d))\b")
_REVIEW_EVENT_RE = re.compile(r"\b(?:so ket|tong ket)\b")   # a review named, in a plan or a question
_CLAUSES_RE = re.compile(r";|\.\s|\n|⟶|→")   # (a roadmap's steps apart: "… ⟶ Năm 2028 (mốc sơ kết): 90% ⟶ …")


def _review_clauses(text: str) -> list[str]:
    """``text`` cut where a review's time cannot reach across: clauses, a roadmap's steps, and
    a table row's cells when a cell dates its own event (a header "| Năm 2028 (mốc sơ kết) |
    Năm 2030 (mục tiêu) |"); a row whose event and date stand in cells of their own ("| Báo
    cáo sơ kết | … | trước ngày 15/12/2028 |") stays whole."""
    out = []
    for clause in _CLAUSES_RE.split(text):
        cells = clause.split("|") if "|" in clause else []
        dated = [c for c in cells if _REVIEW_EVENT_RE.search(normalize(c)) and _REVIEW_TIME_RE.search(normalize(c))]
        out.extend(cells if dated else [clause])
    return out


def plan_reviews(plan) -> list[tuple[str, str, str, str]]:
    """The reviews a plan schedules, read from its passages: ``[(event, when, clause,
    section)…]`` with ``event`` "so ket" or "tong ket" (folded) and ``when`` as written
    folded ("quy iv nam 2025", "nam 2030", "truoc ngay 31 10 2025"); each event's time is the
    first one after it in its clause ("sơ kết vào năm 2025 và tổng kết vào năm 2030"), else the
    last before it. Empty when the plan dates none ("tiến hành sơ kết, tổng kết" alone)."""
    found: list[tuple[str, str, str, str]] = []
    seen = set()
    for passage in plan.passages:
        for clause in _review_clauses(passage.text):
            folded = " ".join(normalize(clause).split())
            events = list(_REVIEW_EVENT_RE.finditer(folded))
            if not events:
                continue
            times = list(_REVIEW_TIME_RE.finditer(folded))
            if not times:
                continue
            for k, ev in enumerate(events):
                end = events[k + 1].start() if k + 1 < len(events) else len(folded)
                after = [t for t in times if ev.end() <= t.start() < end]
                before = [t for t in times if t.end() <= ev.start()]
                chosen = after[:1] if after else (before[-1:] if before and k == 0 else [])
                # "tổng kết vào năm 2030 (báo cáo trước ngày 30/10/2030)": the year, and the
                # day its report is due
                chosen += [t for t in after[1:] if t.group("dy") or t.group("qy")]
                for time in chosen:
                    key = (ev.group(0), time.group(0))
                    if key not in seen:
                        seen.add(key)
                        found.append((ev.group(0), time.group(0), clause.strip(), passage.section))
    return found


# a day asked, not a year (folded): "hạn nộp", "trước ngày nào", "by what date"
_DAY_ASKED = ("truoc ngay", "ngay nao", "han", "han chot", "deadline", "what date", "by when", "due")


def _review_when(match_text: str, lang: str) -> str:
    """"quy iv nam 2025" → "quý IV/2025" (vi) / "Q4 2025" (en); "nam 2030" → "2030";
    "truoc ngay 31 10 2025" → the date."""
    m = _REVIEW_TIME_RE.fullmatch(match_text)
    if m is None:
        return match_text
    if m.group("dy") or m.group("qy"):
        year, day = (m.group("dy"), m.group("d")) if m.group("dy") else (m.group("qy"), m.group("qd"))
        month = int(m.group("m")) if m.group("dy") else 3 * _ROMAN_QUARTERS.get(m.group("qq"), 0) or 3 * int(m.group("qq"))
        try:
            return plan_date_text(dt.date(int(year), month, int(day)), lang)
        except ValueError:
            return match_text
    year = m.group("y")
    quarter = m.group("q")
    if not quarter:
        return year
    roman = {"1": "I", "2": "II", "3": "III", "4": "IV"}.get(quarter, quarter.upper())
    arabic = {"I": 1, "II": 2, "III": 3, "IV": 4}[roman]
    return f"quý {roman}/{year}" if lang == "vi" else f"Q{arabic} {year}"


def _h_review(ctx: Ctx) -> Answer | None:
    """"Khi nào sơ kết, tổng kết kế hoạch?", "When is the mid-term review?": the reviews each
    plan in scope schedules, the one asked first, with the clause that says so."""
    q = ctx.q
    if not _REVIEW_EVENT_RE.search(q.norm):
        return None
    asked = [event for event in _REVIEW_EVENTS if has_phrase(q.norm, event)]
    day_asked = any(has_phrase(q.norm, c) for c in _DAY_ASKED)
    memo = ctx.idx.derived.setdefault("plan_reviews", {})
    _ = ctx._
    lines, sources = [], []
    for plan in ctx.scope:
        if plan.slug not in memo:
            memo[plan.slug] = plan_reviews(plan)
        reviews = memo[plan.slug]
        if not reviews or asked and not any(r[0] in asked for r in reviews):
            continue    # ("tổng kết" asked of a plan dating only its mid-term review: not that date)
        if day_asked and not any(r[1].startswith("truoc ngay") for r in reviews) and any(
                d.day and d.year and any(has_phrase(normalize(d.text), e) for e in (asked or _REVIEW_EVENTS))
                for d in plan.deadlines):
            # "hạn chót báo cáo sơ kết": a report's day the plan sets (a reporting table's row
            # "Sơ kết … | Trước ngày 30/9/2027") answers, not the review's year (round 173)
            continue
        # the review asked first; a day first when a day is asked ("trước ngày nào", "by what date")
        ordered = sorted(reviews, key=lambda r: (r[0] not in asked, day_asked and not r[1].startswith("truoc ngay"),
                                                 _REVIEW_EVENTS.index(r[0])))
        said = []
        for event, when, _clause, _section in ordered:
            name = _("mid-term review") if event == "so ket" else _("final review")
            stated = _review_when(when, ctx.lang)
            said.append(f"{name}: <b>{esc(stated)}</b>" + _in_english(ctx, stated, _review_when(when, "en")))
        line = "; ".join(said)
        lines.append(line[:1].upper() + line[1:] + f" — {esc(plan_label(plan))}")
        clause, section = ordered[0][2], ordered[0][3]
        cite(ctx, lines, sources, plan, section, quote=clip(ctx.idx.readable(plan.slug, clause), 300))
    if not sources:
        return None
    return _result(ctx, lines, sources, "deadline", 0.85)
