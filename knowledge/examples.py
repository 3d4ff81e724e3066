"""Example questions and short plan labels, made from what the knowledge base holds.

The /start and /help buttons show questions the bot can really answer for the plans that
are loaded — a deployment with other provinces' plans gets its own examples.
"""

from __future__ import annotations

from typing import Callable

from knowledge.model import Plan

MAX_LABEL = 60


def plan_label(plan: Plan) -> str:
    """A label that fits a button: locality, document number or title, period."""
    name = plan.number or plan.title
    label = f"{plan.locality} – {name}"
    if plan.period and plan.period not in label:
        label = f"{label} ({plan.period})"
    if len(label) > MAX_LABEL:
        label = label[: MAX_LABEL - 1].rstrip() + "…"
    return label


def example_questions(kb, _: Callable[..., str], limit: int = 5) -> list[str]:
    """Up to ``limit`` questions, in the reader's language, that the knowledge base answers."""
    examples: list[str] = []
    numbered = [
        (plan, indicator)
        for plan in kb.plans
        for indicator in plan.indicators
        if indicator.number is not None and indicator.lead_agencies and indicator.targets
    ]
    if numbered:
        plan, indicator = numbered[0]
        examples.append(_("Who leads indicator {number} in {locality}?", number=indicator.number,
                          locality=plan.locality))
        years = sorted({t.year for t in indicator.targets if t.year and not t.achieved})
        if years:
            examples.append(_("Indicator {number} {locality}: target for {year}?", number=indicator.number,
                              locality=plan.locality, year=years[-1]))
        others = [p for p, i in numbered if i.number == indicator.number and p.locality != plan.locality]
        if others:
            examples.append(_("Compare indicator {number} {first} and {second}", number=indicator.number,
                              first=plan.locality, second=others[0].locality))
    if any(plan.contacts for plan in kb.plans):
        examples.append(_("Child protection hotline number?"))
    if any(plan.deadlines for plan in kb.plans):
        examples.append(_("When is the yearly report due?"))
    campaigns = [c for plan in kb.plans for c in plan.campaigns]
    if campaigns:
        examples.append(_("What is the theme of the {campaign}?", campaign=campaigns[0].name))
    return examples[:limit]
