"""What a reviewer of a newly ingested plan should check before it is answered from.

``plan_warnings(plan)`` lists, for ``python -m bot kb show`` (and the review card of an
upload): goals whose declared number of indicators ("gồm 06 chỉ tiêu") differs from those
found, indicators with no year, no lead agency or no target, targets that need review (not
found again in their sentence), and figures read from a baseline section ("Thực trạng",
"Kết quả giai đoạn trước").
"""

from __future__ import annotations

from dataclasses import dataclass

import re

from knowledge.model import Plan
from knowledge.parse.goals import indicators_by_goal
from knowledge.parse.verify import in_baseline_section

# A figure a reader could take for a target: "95%", "8‰", "12/100.000".
_FIGURE_RE = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:%|‰|/\s*1(?:00)?\.000)")


@dataclass
class Warning:
    """Something a reviewer should check: ``kind`` is one of "no_year", "no_lead",
    "no_target", "needs_review", "baseline", "goal_count", "baseline_figures"; ``indicator``
    its number (None for an unnumbered target bullet, a goal or a section); ``detail`` the
    sentence, section or goal title concerned; for "goal_count", ``goal`` and the indicators
    ``found`` / ``declared``; for "baseline_figures", ``found`` paragraphs with figures."""

    kind: str
    indicator: int | None
    detail: str = ""
    goal: int | None = None
    found: int | None = None
    declared: int | None = None


def plan_warnings(plan: Plan) -> list[Warning]:
    """What to check in ``plan`` before trusting it: goals whose declared number of
    indicators differs from those found, then indicator by indicator. "no_lead" is given
    only for numbered indicators of a plan that assigns agencies to some of them; "no_year"
    not in a one-year plan."""
    warnings: list[Warning] = []
    for goal, mine in indicators_by_goal(plan):
        if goal.declared_indicator_count is not None and goal.declared_indicator_count != len(mine):
            warnings.append(Warning("goal_count", None, goal.title, goal=goal.number,
                                    found=len(mine), declared=goal.declared_indicator_count))
    assigns = any(i.lead_agencies or i.partner_agencies for i in plan.indicators)
    # a one-year plan ("Kế hoạch … năm 2023") needs no year on its targets
    one_year = plan.period_start is not None and plan.period_start == plan.period_end
    for indicator in plan.indicators:
        number = indicator.number
        aims = [t for t in indicator.targets if not t.achieved]   # results reported are no targets
        if indicator.baseline and indicator.targets:
            warnings.append(Warning("baseline", number, indicator.section))
        if not aims:
            warnings.append(Warning("no_target", number, indicator.text))
        elif all(t.year is None for t in aims) and not one_year and not indicator.baseline:
            warnings.append(Warning("no_year", number, indicator.text))
        if number is not None and assigns and not indicator.lead_agencies and not indicator.baseline:
            warnings.append(Warning("no_lead", number, indicator.text))
        for target in indicator.targets:
            if target.needs_review and not indicator.baseline:   # the "baseline" warning says why
                warnings.append(Warning("needs_review", number, target.sentence or target.text))
    warnings.extend(baseline_figures(plan))
    return warnings


def baseline_figures(plan: Plan) -> list[Warning]:
    """One warning per baseline section ("II. THỰC TRẠNG …", "Kết quả thực hiện giai đoạn
    2016 - 2020") whose paragraphs hold figures: they are past results that an answer must
    not give as targets."""
    warnings: list[Warning] = []
    current: tuple[str, str] | None = None      # (section path, heading text)
    count = 0

    def close() -> None:
        if current and count:
            warnings.append(Warning("baseline_figures", None, current[1], found=count))

    for passage in plan.passages:
        inside = current is not None and (passage.section == current[0]
                                          or passage.section.startswith(current[0] + " › "))
        if not inside:
            close()
            current, count = None, 0
            if len(passage.text) <= 200 and in_baseline_section(passage.text):
                current = (passage.section, passage.text.strip())
            continue
        if _FIGURE_RE.search(passage.text):
            count += 1
    close()
    return warnings
