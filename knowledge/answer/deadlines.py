"""Answers about reporting and planning deadlines."""

from __future__ import annotations

import re

from knowledge.answer import scorer
from knowledge.answer.common import Answer, Ctx, _result, _src
from knowledge.answer.format import clip, esc, fit, fmt_deadline_date, past_cut, plan_label, source_line
from knowledge import vocab
from knowledge.query import has_phrase
from knowledge.index import DocTable, joined_doc, make_doc
from knowledge.text import words


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
    """Every deadline's own clause (``_clause``) of a knowledge base in one ``DocTable``:
    each question ranked every deadline of every plan by it, one at a time."""

    def __init__(self, plans: list):
        deadlines = [d for plan in plans for d in plan.deadlines]
        self.position = {id(d): n for n, d in enumerate(deadlines)}   # deadlines live as long as the index
        super().__init__([make_doc("", "", _clause(d)) for d in deadlines])


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
             "their plans", "its plan"),
    "results": ("ket qua",),
    "incident_report": ("vu viec", "may ngay", "may gio", "bao lau", "cham nhat", "nghiem trong",
                        "how many days", "how many hours", "how soon", "within"),
}


_ASKING_WORDS = frozenset(w for cue in (*vocab.DEADLINE_CUES, *vocab.DEADLINE_ASKING)
                          for w in cue.split())


def _clause(d) -> str:
    """The words of ``d.text`` that lead up to its own date: from the clause break before it
    (";", ",", ". ") to the date, keeping the clause a bracket hangs on: "Định kỳ 6 tháng
    (trước ngày 15/6) và hằng năm (trước ngày 15/12)" → "và hằng năm (trước ngày 15/12" for
    15/12; the whole text when the date is not found in it."""
    text = d.text
    if not (d.day and d.month):
        return text
    m = re.search(rf"(?<!\d)0?{d.day}\s*(?:/|-|\s+tháng\s+)0?{d.month}(?!\d)", text)
    if not m:
        return text
    head = text[:m.end()]
    earlier = [e.end() for e in _ANY_DATE_RE.finditer(head[:m.start()])]  # another deadline's date
    start = max(head.rfind(";"), head.rfind(","), head.rfind(". "), head.rfind(")"), *earlier, 0)
    return head[start:].lstrip(" ,;.)")


_ANY_DATE_RE = re.compile(r"\b\d{1,2}\s*(?:/|\s+tháng\s+)\d{1,2}(?:\s*(?:/|\s+năm\s+)\d{4})?")


def deadline_asked(ctx: Ctx) -> bool:
    """The question asks a deadline: its cue words, or "khi nào phải báo cáo" (a date asked
    of a report is a deadline)."""
    q = ctx.q
    return "deadline" in q.cues or ("when" in scorer.answer_type_cues(q.cue_text or q.norm, q.cues)
                                    and has_phrase(q.norm, "bao cao"))


def _no_deadline(ctx: Ctx) -> Answer:
    """The plans the question names set no deadline and no passage of theirs holds a date:
    say so (answered=False), so no passage about reports in general stands in for a date."""
    _ = ctx._
    names = ", ".join(plan_label(p) for p in ctx.scope[:3])
    text = _("{plans}: the plan sets no reporting deadline that I could find.", plans=f"<b>{esc(names)}</b>")
    return Answer(fit(text), False, [], 0.0, [], "no_deadline", [])


def _h_deadline(ctx: Ctx) -> Answer | None:
    q = ctx.q
    if q.agencies and "tasks" in q.cues:
        return None
    _ = ctx._
    items = [(p, d) for p in ctx.scope for d in p.deadlines]
    if not items:
        found = _dated_passage(ctx, "deadline", _DEADLINE_PROBE, _DATE_RE)
        return found or (_no_deadline(ctx) if ctx.explicit and deadline_asked(ctx) else None)
    wanted = [k for k, cues in _DEADLINE_KINDS.items() if any(has_phrase(q.norm, c) for c in cues)]
    if "incident_report" in wanted:
        wanted = ["incident_report"]
    elif "results" in wanted:
        wanted = ["results"]
    elif "plan" in wanted and "yearly_report" in wanted and not any(
            has_phrase(q.norm, c) for c in ("hang nam", "dinh ky", "yearly")):
        wanted = ["plan"]
    if wanted:
        # the kind asked first; a recurring report ("6 tháng") only when no yearly one is set
        # ("báo cáo năm … hạn ngày nào" had answered the 6-month report's 15/6)
        chosen = [(p, d) for p, d in items if d.kind in wanted] or [
            (p, d) for p, d in items if "yearly_report" in wanted and d.recurring]
        items = chosen or items
    # the question's subject, less the words that only ask for a deadline ("hạn chót", "khi nào")
    subject = [t for t in q.terms if t not in _ASKING_WORDS]
    if len(subject) >= 2 and ctx.cov(_deadlines_doc(ctx, items), subject) < 0.3:
        return None  # "nghỉ tết … mấy ngày": a number of days, but of nothing these deadlines are about
    if len(items) > 1 and q.terms:
        # one sentence often holds several ("6 tháng trước 15/6 và hằng năm trước 15/12"): the
        # deadline whose own clause reads most like the question is stated first
        table = _clause_table(ctx)
        covs = table.coverage(ctx.idx._prepared(tuple(q.terms), ctx.soft)).tolist()
        items = sorted(items, key=lambda pd: -covs[table.position[id(pd[1])]] if id(pd[1]) in table.position
                       else -ctx.cov(make_doc("", "", _clause(pd[1]))))
    lines, sources = [], []
    missing = [p for p in ctx.scope if not p.deadlines and not p.campaigns]
    if len({p.slug for p, _d in items}) + len(missing) > 1:
        lines.append(_("Deadlines, plan by plan:"))
    for plan in missing:  # e.g. OCR text whose deadline ingest could not read: quote the passage
        found = _dated_passage(Ctx(ctx.q, ctx.idx, ctx.lang, [plan], ctx.explicit, ctx.soft),
                               "deadline", _DEADLINE_PROBE, _DATE_RE, minimum=0.8)
        if found:
            lines.extend(found.text.split("\n") + [""])
            sources.extend(found.sources)
    cut = False
    for p, d in items:
        sources.append(_src(p, d.section))
        cut = cut or past_cut(lines)   # the reply is cut before this deadline: its source counts
        if cut:
            continue
        date = fmt_deadline_date(d, ctx.lang)
        lines.append(f"<b>{esc(plan_label(p))}</b>: <b>{esc(date) if date else '—'}</b>")
        lines.append(f"<i>«{esc(clip(ctx.idx.readable(p.slug, d.text), 420))}»</i>")
        lines.append(source_line(p, d.section, ctx.lang))
        lines.append("")
    return _result(ctx, lines, sources, "deadline", 0.85)
