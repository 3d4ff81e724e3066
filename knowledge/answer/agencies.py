"""Answers about an agency: the indicators it leads or supports, its tasks."""

from __future__ import annotations

import re

from knowledge.answer.common import (Answer, Ctx, cite, TASK_THRESHOLD, _agency_name, _agency_scope, _agency_words,
                                     _result, _src)
from knowledge.answer.format import (clip, esc, past_cut, plan_label, indicator_label, indicator_name,
                                     short_topic, unnumbered_name)
from knowledge.answer.words import format_count
from knowledge.index import make_doc
from knowledge.parse.agencies import split_agencies, works_with
from knowledge.text import normalize


def _agency_indicators(ctx: Ctx, matches) -> Answer | None:
    _ = ctx._
    lines, sources = [], []
    cut = partnered = False
    for m in matches:
        plan = ctx.idx.by_slug[m.plan]
        lead, partner, section = _roles_of(ctx, plan, m.key)
        # unnumbered targets ("- Tiêm chủng: …") are named by their topic
        own = [i for i in plan.indicators if i.number is None and m.key in i.lead_agencies]
        helped = [i for i in plan.indicators if i.number is None and m.key in i.partner_agencies]
        if not lead and not partner and not own and not helped:
            continue
        section = section or (own or helped)[0].section
        # the numbers as the plan writes them ("2.4, 2.5" for targets numbered in their section)
        written = {i.number: indicator_label(i) for i in plan.indicators if i.number is not None}
        # a few named at more length: a clipped topic can lose the words that say it
        limit = 80 if len(own) + len(helped) <= 3 else 45
        lead = [written.get(n, str(n)) for n in lead] + [unnumbered_name(i, limit) for i in own]
        partner = [written.get(n, str(n)) for n in partner] + [unnumbered_name(i, limit) for i in helped]
        cut = cut or past_cut(lines)
        if cut:   # the reply is cut before this agency: its source counts
            sources.append(_src(plan, section))
            continue
        # the numbers first (the answer), then what each indicator is about
        said = []
        if len(lead) == 1:
            said.append(_("Leads indicator {numbers}", numbers=f"<b>{lead[0]}</b>"))
        elif lead:   # how many, then which: "mấy chỉ tiêu" and "chỉ tiêu nào" are both answered
            said.append(_("Leads {count} indicators: {numbers}", count=format_count(len(lead), ctx.lang),
                          numbers="<b>" + ", ".join(map(str, lead)) + "</b>"))
        if partner:
            said.append(_("Coordinates on indicators: {numbers}", numbers=", ".join(map(str, partner))))
        working = _working_with(ctx, plan, m)
        if working:
            said.insert(0, working)
            partnered = partnered or not lines
        lines.append(said[0] + f" — {esc(plan_label(plan))}, {esc(m.name)}")
        lines.extend(said[1:])
        topics = {indicator_label(i): i for i in plan.indicators if i.number is not None}
        if own and not helped and len(lead) == len(own):
            topics = {}     # the topics are the answer's own line already
        for n in (lead + partner)[:12]:
            if n in topics:
                lines.append(f"• {indicator_name(topics[n], ctx.lang)}: {esc(short_topic(topics[n], 70))}")
        cite(ctx, lines, sources, plan, section)
    if not sources:
        return None
    # a reply that opens with who works with the office answers a partner question
    return _result(ctx, lines, sources, "lead" if partnered else "agency_indicators", 0.9)


# "phối hợp với", "works with", "support(s) the", "hỗ trợ": what comes before an office
# others work with ("ai phối hợp với Sở Y tế", "which bodies support the health centre")
_WITH_RE = re.compile(r"(?:\bvoi|\bwith|\bsupports?|\bho tro|\bassists?|\bgiup)$")


def _office_partnered(ctx: Ctx, m) -> bool:
    """Whether the question asks who works with office ``m`` (it follows "phối hợp với",
    "support", "with" …, a place or "the" between), not which targets it partners."""
    if "partner" not in ctx.q.cues:
        return False
    tokens = [w for w in ctx.q.norm.split() if w != "va"]
    places = {w for loc in ctx.q.localities for w in normalize(loc).split()}
    before = [w for w in tokens[max(0, m.start - 6):m.start] if w not in places and w not in ("the", "cua")]
    return bool(_WITH_RE.search(" ".join(before)))


def _working_with(ctx: Ctx, plan, m) -> str | None:
    """"Phối hợp với Trung tâm Y tế: A, B" when the question asks who works with office
    ``m`` and the targets it leads in ``plan`` record partners; else None."""
    helpers = _partners_of_its_targets(ctx, plan, m) if _office_partnered(ctx, m) else []
    if not helpers:
        return None
    return ctx._("Working with {agency}: {agencies}", agency=esc(m.name),
                 agencies="<b>" + esc(", ".join(helpers)) + "</b>")


def _partners_of_its_targets(ctx: Ctx, plan, m) -> list[str]:
    """The agencies that partner the targets office ``m`` leads in ``plan``, in order, the
    office itself left out; names as shown."""
    keys: list[str] = []
    for indicator in plan.indicators:
        if m.key in indicator.lead_agencies:
            keys += [k for k in indicator.partner_agencies if k != m.key and k not in keys]
    return [_agency_name(ctx, plan, k) for k in keys]


def _roles_of(ctx: Ctx, plan, key: str) -> tuple[list[int], list[int], str]:
    """``_led_by(plan, key)``, worked out once per knowledge base."""
    known = ctx.idx.derived.setdefault("agency_indicators", {})   # (plan, agency) → what it leads
    if (plan.slug, key) not in known:
        known[(plan.slug, key)] = _led_by(plan, key)
    return known[(plan.slug, key)]


def _led_by(plan, key: str) -> tuple[list[int], list[int], str]:
    """(numbers of the indicators agency ``key`` leads, of those it coordinates on, the
    section of its first assignment) in ``plan``."""
    lead = sorted({a.indicator for a in plan.assignments if a.agency == key and a.role == "lead"}
                  | {i.number for i in plan.indicators if key in i.lead_agencies and i.number is not None})
    partner = sorted({a.indicator for a in plan.assignments if a.agency == key and a.role != "lead"}
                     | {i.number for i in plan.indicators if key in i.partner_agencies and i.number is not None})
    partner = [n for n in partner if n not in lead]
    # (an agency given its targets by a table or a line of roles has no assignment: the
    # first of those targets' sections is where it is cited)
    section = next((a.section for a in plan.assignments if a.agency == key), "") or next(
        (i.section for i in plan.indicators if key in i.lead_agencies or key in i.partner_agencies), "")
    return lead, partner, section


def _agency_tasks(ctx: Ctx, matches, require_match: bool) -> Answer | None:
    _ = ctx._
    q = ctx.q
    named = _agency_words(ctx, matches)   # once, not once per term
    terms = [t for t in q.terms if not any(t in ref_phrase for ref_phrase in named)]
    lines, sources = [], []
    best_cov = 0.0
    limit = 8 if len(matches) == 1 else 4
    docs = ctx.idx.derived.setdefault("task_docs", {})   # (plan, section, text) → Doc
    task_lists = ctx.idx.derived.setdefault("agency_tasks", {})   # (plan, agency) → its tasks
    cut = False
    stated_partners = False
    for m in matches:
        plan = ctx.idx.by_slug[m.plan]
        if (m.plan, m.key) not in task_lists:   # an agency's tasks, found once per knowledge base
            task_lists[(m.plan, m.key)] = [t for t in plan.tasks if t.agency == m.key] or _tasks_from_headings(ctx, plan, m)
        tasks = task_lists[(m.plan, m.key)]
        if not tasks:
            continue
        if terms:
            # (a task of several clauses, "chủ trì …; phối hợp với A, B triển khai dinh dưỡng
            # 1.000 ngày đầu đời; …", asked of its clause: that clause's coverage)
            scored = sorted(((max(ctx.cov(_task_doc(ctx, docs, plan, t), terms), _clause_cov(ctx, docs, plan, t, terms)), i, t)
                             for i, t in enumerate(tasks)), key=lambda x: (-x[0], x[1]))
            top = scored[0][0]
            best_cov = max(best_cov, top)
            if require_match and top < TASK_THRESHOLD:
                continue
            chosen = [t for s, _i, t in scored if s >= top - 0.1][:3] if top >= TASK_THRESHOLD else tasks[:limit]
        else:
            chosen = tasks[:limit]
            best_cov = max(best_cov, 0.8)
        cut = cut or past_cut(lines)
        if cut:   # the reply is cut before this agency: its source counts
            sources.append(_src(plan, chosen[0].section))
            continue
        partners = _partners_in_task(ctx, chosen[0], terms) if "partner" in q.cues and terms else []
        if partners:
            stated_partners = True
        working = ctx._("Working with {agency}: {agencies}", agency=esc(m.name),
                        agencies="<b>" + esc(", ".join(partners)) + "</b>") if partners else _working_with(ctx, plan, m)
        if working:
            lines.append(working)
        lines.append(f"<b>{esc(plan_label(plan))} — {esc(m.name)}</b>")
        led = _led_topics(ctx, plan, m.key)
        if led:   # what it leads, by topic: a task saying "chủ trì chỉ tiêu (18)" names only a number
            lines.append(led)
        for t in chosen:
            text = ctx.idx.readable(plan.slug, t.text).lstrip("-–+• ")   # the bullet is ours
            lines.append(f"• {esc(clip(text, max(200, min(600, 2400 // max(len(chosen) * len(matches), 1)))))}")
        if len(tasks) > len(chosen):
            lines.append(_("…and {n} more tasks.", n=len(tasks) - len(chosen)))
        cite(ctx, lines, sources, plan, chosen[0].section)
    if not sources:
        return None
    result = _result(ctx, lines, sources, "agency_tasks", max(best_cov, 0.7))
    result.states_partners = stated_partners
    return result


_PARTNER_FIELD_RE = re.compile(r"(?:^|\.\s)(?:Cơ quan|Đơn vị)\s+phối hợp\s*:\s*([^.]+)", re.IGNORECASE)


def _partners_in_task(ctx: Ctx, task, terms: list[str]) -> list[str]:
    """The offices a task's clause on the question's topic says the agency works with ("…;
    phối hợp với Sở Giáo dục và Đào tạo, Hội Liên hiệp Phụ nữ tỉnh triển khai chăm sóc dinh
    dưỡng 1.000 ngày đầu đời; …" asked "Sở Y tế phối hợp với ai về dinh dưỡng …"), names as
    written; [] when no clause on the topic names any (round 164)."""
    # a task table's row names them in a field of its own ("… Cơ quan phối hợp: Viện Kiểm sát
    # nhân dân tỉnh; Tòa án nhân dân tỉnh. Thời gian thực hiện: …", round 168)
    field = _PARTNER_FIELD_RE.search(task.text)
    if field and ctx.cov(make_doc("", "", task.text[:field.start()]), terms) >= TASK_THRESHOLD:
        return [n for n in split_agencies(field.group(1)) if len(n.split()) >= 2]
    best, found = 0.0, []
    for clause in re.split(r";|\.\s", task.text):
        names, _said = works_with(clause)
        if not names:
            continue
        cov = ctx.cov(make_doc("", "", clause), terms)
        if cov >= TASK_THRESHOLD and cov > best:
            best, found = cov, names
    return found


def _led_topics(ctx: Ctx, plan, key: str) -> str | None:
    """"Leads indicator 18 (Hội đồng trẻ em cấp huyện…)": the indicators agency ``key`` leads in
    ``plan`` with their topics (at most four), or None when it leads none."""
    _ = ctx._
    lead = _roles_of(ctx, plan, key)[0]
    own = [i for i in plan.indicators if i.number is None and key in i.lead_agencies]
    if not lead and not own:
        return None
    by_number = {i.number: i for i in plan.indicators if i.number is not None}
    # one or two named at more length: a clipped topic can lose the words that say it
    # ("trường học an…")
    limit = 80 if len(lead) + len(own) <= 2 else 45
    shown = [f"{indicator_label(by_number[n])} ({esc(short_topic(by_number[n], limit))})" if n in by_number else str(n)
             for n in lead] + [unnumbered_name(i, limit) for i in own]
    count = len(shown)
    shown = shown[:4] + (["…"] if count > 4 else [])
    if count == 1:
        return _("Leads indicator {numbers}", numbers=shown[0])
    return _("Leads {count} indicators: {numbers}", count=format_count(count, ctx.lang), numbers=", ".join(shown))


def _clause_cov(ctx: Ctx, docs: dict, plan, task, terms: list[str]) -> float:
    """The best coverage of ``terms`` by one clause (";"-separated) of a task of several."""
    clauses = [c for c in task.text.split(";") if c.strip()]
    if len(clauses) < 2:
        return 0.0
    return max(ctx.cov(_task_doc(ctx, docs, plan, type(task)(agency=task.agency, text=c, section=task.section)), terms)
               for c in clauses)


def _task_doc(ctx: Ctx, docs: dict, plan, task):
    """``ctx.idx.doc`` of a task, kept in ``docs`` for the knowledge base's next questions."""
    key = (plan.slug, task.section, task.text)
    doc = docs.get(key)
    if doc is None:
        doc = docs[key] = ctx.idx.doc(plan.slug, task.section, task.text)
    return doc


def _tasks_from_headings(ctx: Ctx, plan, match):
    """When ingest found no task bullets for an agency, the paragraphs of the section headed
    by its name are its tasks ("9. Sở Xây dựng" followed by one paragraph)."""
    from knowledge.model import Task
    from knowledge.query import _agency_tokens

    phrases = [" ".join(p) for ref in ctx.idx.agencies if ref.plan == plan.slug and ref.key == match.key
               for p in ref.phrases if len(p) >= 2]
    out = []
    for passage in plan.passages:
        last = passage.section.split(" › ")[-1] if passage.section else ""
        head = " ".join(_agency_tokens(last))
        if head and any(f" {ph} " in f" {head} " for ph in phrases) and \
                " ".join(_agency_tokens(passage.text)) != head:
            out.append(Task(agency=match.key, text=passage.text, section=passage.section))
    return out


def _agency_mentions(ctx: Ctx) -> Answer | None:
    """"Trong kế hoạch Lâm Đồng, Sở Kế hoạch và Đầu tư làm gì?" where the plan gives that
    office no task of its own (it is named inside another's paragraph: "Sở Tài chính …; Sở
    Kế hoạch và Đầu tư bố trí vốn đầu tư công …"): the clauses of the plan's passages that
    begin with the office's name, quoted as its tasks. None when the office has tasks (the
    tasks reader answers) or no clause names it."""
    q = ctx.q
    if not q.agencies or "tasks" not in q.cues or len(ctx.scope) > 3:
        return None
    in_scope = {(m.plan, m.key) for m in _agency_scope(ctx)}
    shown = {" ".join(normalize(m.name).split()): m.name for m in q.agencies}
    names = {n for n in shown if len(n.split()) >= 3}   # "sở kế hoạch và đầu tư", not "công an"
    if not names:
        return None
    _ = ctx._
    lines, sources = [], []
    for plan in ctx.scope:
        if any((plan.slug, m.key) in in_scope and any(t.agency == m.key for t in plan.tasks)
               for m in q.agencies):
            continue   # the office's own tasks answer
        said = []
        for passage in plan.passages:
            for clause in _CLAUSE_SPLIT_RE.split(passage.text):
                folded = " ".join(normalize(clause).split())
                name = next((n for n in names if folded.startswith(n + " ") or
                             folded.startswith("de nghi " + n + " ")), None)
                if name and len(folded.split()) > len(name.split()) + 2:
                    said.append((clause.strip(" .;"), passage.section, name))
        if not said:
            continue
        lines.append(f"<b>{esc(plan_label(plan))} — {esc(shown[said[0][2]])}</b>")
        for text, _section, _name in said[:4]:
            lines.append(f"• {esc(clip(ctx.idx.readable(plan.slug, text), 300))}")
        cite(ctx, lines, sources, plan, said[0][1])
    if not sources:
        return None
    return _result(ctx, lines, sources, "agency_tasks", 0.8)


# the clauses of a paragraph: its sentences, and the parts of one that ";" joins ("Sở Tài
# chính …; Sở Kế hoạch và Đầu tư …"), a list marker ("9.", "-", "+") dropped
_CLAUSE_SPLIT_RE = re.compile(r";\s*|(?<=[.!?])\s+|^\s*(?:\d{1,2}[.)]|[-+•])\s*", re.M)
