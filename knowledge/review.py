"""What an admin checks before a plan is answered from: a summary of what was extracted,
its warnings, a few sample facts, and what changed from the version already published.

Pure functions of ``Plan`` records (no storage, no Telegram):

* ``review(plan) -> Review`` — counts, warnings and sample facts for the review card;
* ``diff_plans(old, new) -> list[Change]`` — targets, leads and deadlines that differ;
* ``plan_as_dict(plan) -> dict`` — everything extracted, the shape of ``kb show --json``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from knowledge.model import Indicator, Plan, Target

MAX_SAMPLES = 3

# Warning codes (their wording is in the bot's message catalogs).
NO_YEAR = "no_year"        # an indicator with targets none of which has a year
NO_LEAD = "no_lead"        # a numbered indicator no agency is assigned to lead
NO_TARGET = "no_target"    # an indicator from which no target figure was read


@dataclass(frozen=True)
class Warning:
    """One thing to check by hand: ``code`` (NO_YEAR, NO_LEAD, NO_TARGET) and the
    indicators concerned (their numbers, or their 1-based position when unnumbered)."""

    code: str
    indicators: tuple[int, ...]


@dataclass(frozen=True)
class Fact:
    """A sample target as read: indicator label, metric words, the target itself."""

    indicator: int
    metric: str
    target: Target


@dataclass
class Review:
    """The review card's content for one extracted plan (counts are plain integers)."""

    slug: str
    title: str
    locality: str
    number: str | None
    date: str | None
    period: str | None
    goals: int
    indicators: int
    targets: int
    agencies: int
    deadlines: int
    contacts: int
    ocr: bool = False
    warnings: list[Warning] = field(default_factory=list)
    samples: list[Fact] = field(default_factory=list)


def indicator_label(indicator: Indicator) -> int:
    """The number an admin sees for an indicator: its own, else its 1-based position."""
    return indicator.number if indicator.number is not None else indicator.position + 1


def _aims(indicator: Indicator) -> list[Target]:
    """The targets of ``indicator`` without the results it reports ("Thực hiện năm 2020")."""
    return [t for t in indicator.targets if not t.achieved]


def warnings(plan: Plan) -> list[Warning]:
    """The indicators to check by hand, grouped by what is missing (empty when none)."""
    no_target = [indicator_label(i) for i in plan.indicators if not _aims(i)]
    no_year = [indicator_label(i) for i in plan.indicators
               if _aims(i) and all(t.year is None for t in _aims(i))]
    # Leads are assigned by number; an unnumbered bullet cannot be, so it is not flagged.
    assigned = bool(plan.assignments)
    no_lead = [i.number for i in plan.indicators
               if i.number is not None and not i.lead_agencies] if assigned or plan.tasks else []
    found = [(NO_YEAR, no_year), (NO_LEAD, no_lead), (NO_TARGET, no_target)]
    return [Warning(code, tuple(numbers)) for code, numbers in found if numbers]


def sample_facts(plan: Plan, limit: int = MAX_SAMPLES) -> list[Fact]:
    """Up to ``limit`` targets with a year, spread over the plan (first, middle, last
    indicators), so the admin can compare them with the document."""
    dated = [(i, t) for i in plan.indicators for t in _aims(i) if t.year is not None]
    if not dated:
        dated = [(i, t) for i in plan.indicators for t in _aims(i)]
    if len(dated) > limit:
        step = (len(dated) - 1) / max(limit - 1, 1)
        dated = [dated[round(k * step)] for k in range(limit)]
    return [Fact(indicator_label(i), t.metric, t) for i, t in dated]


def review(plan: Plan) -> Review:
    """Counts, warnings and sample facts of ``plan`` for its review card."""
    return Review(
        slug=plan.slug, title=plan.title, locality=plan.locality, number=plan.number,
        date=plan.date, period=plan.period, goals=len(plan.goals),
        indicators=len(plan.indicators),
        targets=sum(len(_aims(i)) for i in plan.indicators),
        agencies=sum(1 for a in plan.agencies if not a.mentioned_only),
        deadlines=len(plan.deadlines), contacts=len(plan.contacts), ocr=plan.ocr,
        warnings=warnings(plan), samples=sample_facts(plan))


# --- what changed between two versions ----------------------------------------------------------

TARGET_CHANGED, TARGET_ADDED, TARGET_REMOVED = "target_changed", "target_added", "target_removed"
LEAD_CHANGED = "lead_changed"
DEADLINE_ADDED, DEADLINE_REMOVED = "deadline_added", "deadline_removed"


@dataclass(frozen=True)
class Change:
    """One difference between the published version of a plan and a new one.

    ``kind`` is one of the constants above; ``indicator`` the indicator's label (None for
    deadlines); ``year`` the target year when it is about a target; ``before`` / ``after``
    the values as short plain strings ("at_least 98.5 %", agency names joined by ", ",
    a deadline's "15/12"), empty when added or removed."""

    kind: str
    indicator: int | None
    year: int | None
    before: str
    after: str


def _target_text(t: Target) -> str:
    value = f"{t.value:g}" + (f"-{t.value_max:g}" if t.value_max is not None else "")
    return " ".join(x for x in (t.comparator, value, t.unit, t.qualifier or "") if x)


def _targets(plan: Plan) -> dict[tuple[int, int, int | None, str], str]:
    found: dict[tuple[int, int, int | None, str], str] = {}
    for indicator in plan.indicators:
        for target in _aims(indicator):
            key = (indicator_label(indicator), target.metric_index, target.year, target.qualifier or "")
            found.setdefault(key, _target_text(target))
    return found


def _agency_names(plan: Plan) -> dict[str, str]:
    return {a.key: a.name for a in plan.agencies}


def _deadline_text(d) -> str:
    if d.day and d.month:
        when = f"{d.day}/{d.month}" + (f"/{d.year}" if d.year else "")
    elif d.within_days:
        when = f"+{d.within_days}d"
    elif d.within_hours:
        when = f"+{d.within_hours}h"
    else:
        when = "?"
    return f"{d.kind} {when}"


def diff_plans(old: Plan, new: Plan) -> list[Change]:
    """What ``new`` changes in ``old``: targets (by indicator, metric, year), lead agencies
    (by name, so a renamed key is not a change) and deadlines; targets first, in
    indicator order. Empty when the two say the same."""
    changes: list[Change] = []
    before, after = _targets(old), _targets(new)
    for key in sorted(set(before) | set(after), key=lambda k: (k[0], k[1], k[2] or 0, k[3])):
        indicator, _metric, year, _qualifier = key
        if key not in after:
            changes.append(Change(TARGET_REMOVED, indicator, year, before[key], ""))
        elif key not in before:
            changes.append(Change(TARGET_ADDED, indicator, year, "", after[key]))
        elif before[key] != after[key]:
            changes.append(Change(TARGET_CHANGED, indicator, year, before[key], after[key]))
    old_names, new_names = _agency_names(old), _agency_names(new)
    old_leads = {indicator_label(i): sorted(old_names.get(k, k) for k in i.lead_agencies)
                 for i in old.indicators}
    new_leads = {indicator_label(i): sorted(new_names.get(k, k) for k in i.lead_agencies)
                 for i in new.indicators}
    for number in sorted(set(old_leads) & set(new_leads)):
        if old_leads[number] != new_leads[number]:
            changes.append(Change(LEAD_CHANGED, number, None, ", ".join(old_leads[number]),
                                  ", ".join(new_leads[number])))
    old_deadlines = [_deadline_text(d) for d in old.deadlines]
    new_deadlines = [_deadline_text(d) for d in new.deadlines]
    for text in dict.fromkeys(old_deadlines):
        if text not in new_deadlines:
            changes.append(Change(DEADLINE_REMOVED, None, None, text, ""))
    for text in dict.fromkeys(new_deadlines):
        if text not in old_deadlines:
            changes.append(Change(DEADLINE_ADDED, None, None, "", text))
    return changes


# --- everything, as data ----------------------------------------------------------------------

def plan_as_dict(plan: Plan) -> dict:
    """Everything extracted from ``plan`` as JSON-ready data, agencies by name: the shape
    ``python -m bot kb show --json`` prints for one plan and the review card's full review,
    with the reviewer warnings of ``knowledge.parse.review``."""
    by_key = _agency_names(plan)

    def names(keys):
        return [by_key.get(k, k) for k in keys]

    from knowledge.parse.goals import indicators_by_goal
    from knowledge.parse.review import plan_warnings

    return {
        "slug": plan.slug, "title": plan.title, "kind": plan.kind, "locality": plan.locality,
        "issuer": plan.issuer, "number": plan.number, "date": plan.date, "period": plan.period,
        "source_file": plan.source_file, "references": plan.references, "ocr": plan.ocr,
        "goals": [{"number": g.number, "label": g.label, "title": g.title,
                   "declared_indicator_count": g.declared_indicator_count,
                   "indicator_count": len(mine),
                   "indicators": [i.number for i in mine if i.number is not None]}
                  for g, mine in indicators_by_goal(plan)],
        "warnings": [{"kind": w.kind, "indicator": w.indicator, "detail": w.detail,
                      "goal": w.goal, "found": w.found, "declared": w.declared}
                     for w in plan_warnings(plan)],
        "indicators": [{
            "number": i.number, "goal": i.goal, "group": i.group, "text": i.text,
            "section": i.section,
            "targets": [{"metric": t.metric, "year": t.year, "value": t.value, "unit": t.unit,
                         "comparator": t.comparator, "value_max": t.value_max,
                         "qualifier": t.qualifier, "counted": t.counted,
                         "maintained": t.maintained, "comparator_text": t.comparator_text,
                         "needs_review": t.needs_review, "sentence": t.sentence, "text": t.text,
                         "achieved": t.achieved}
                        for t in i.targets],
            "lead_agencies": names(i.lead_agencies),
            "partner_agencies": names(i.partner_agencies)} for i in plan.indicators],
        "deadlines": [{"kind": d.kind, "day": d.day, "month": d.month, "year": d.year,
                       "within_days": d.within_days, "recurring": d.recurring,
                       "submit_to": by_key.get(d.submit_to, d.submit_to) if d.submit_to else None,
                       "who": d.who, "text": d.text, "within_hours": d.within_hours}
                      for d in plan.deadlines],
        "contacts": [{"number": c.number, "display": c.display, "label": c.label}
                     for c in plan.contacts],
        "campaigns": [{"name": c.name, "theme": c.theme, "slogans": c.slogans, "start": c.start,
                       "end": c.end, "yearly_start": c.yearly_start, "yearly_end": c.yearly_end}
                      for c in plan.campaigns],
        "funding": [{"amount": f.amount, "source": f.source, "period": f.period,
                     "written": f.written} for f in plan.funding],
        "agencies": [{"key": a.key, "name": a.name, "aliases": a.aliases, "level": a.level,
                      "mentioned_only": a.mentioned_only,
                      "tasks": [t.text for t in plan.tasks if t.agency == a.key]}
                     for a in plan.agencies],
    }


