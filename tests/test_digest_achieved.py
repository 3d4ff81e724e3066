"""A result a plan reports ("Thực hiện năm 2020 | 97,3": ``Target.achieved``) is no goal: the
digest never judges a district's figures against it, and the field module never offers it
as a plan target. Thừa Thiên Huế's indicator 10 (tests/data/plans_extra): 99% in 2025, 100%
in 2030, here with a 2020 result added as an appendix's baseline column gives it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.digest.compute import ON_TRACK, Scope, compute_digest
from bot.field.measures import ensure_catalogue, get_measure, refresh_links, targets_for
from bot.field.people import add_area
from knowledge.ingest import ingest_files
from knowledge.kb import KnowledgeBase
from knowledge.model import EXACTLY, PERCENT, Target
from tests.test_digest import NOW, local, save

EXTRA = Path(__file__).parent / "data" / "plans_extra"
CITY, PLAN = "Thừa Thiên Huế", "112/KH-UBND"


@pytest.fixture(params=[False, True], ids=["plan_as_written", "with_2020_result"])
def kb(request):
    plans = ingest_files(sorted(EXTRA.glob("*.txt")))
    if request.param:
        [plan] = [p for p in plans if p.number == PLAN]
        [indicator] = [i for i in plan.indicators if i.number == 10]
        first = indicator.targets[0]
        indicator.targets.append(Target(
            metric=first.metric, metric_index=first.metric_index, year=2020, value=97.3, unit=PERCENT,
            comparator=EXACTLY, achieved=True, sentence=f"{first.metric}: Thực hiện năm 2020 97,3"))
    return KnowledgeBase(plans)


def test_the_digest_judges_progress_against_targets_only(db, kb):
    refresh_links(db, kb)
    ensure_catalogue(db)
    area = add_area(db, CITY, "Huế", "Phường Phú Hội")[0].id
    save(db, "birth_registered_u5", area, "2026-10-01", local("2026-11-17"), 1, numerator=100, denominator=100)
    digest = compute_digest(db, kb, Scope(CITY), dt.date(2026, 11, 16), today=NOW.date())
    birth = next(p for p in digest.progress if p.measure.key == "birth_registered_u5")
    assert [(2025, 99.0, True), (2030, 100.0, True)] == [(t.year, t.value, t.met) for t in birth.targets]
    assert (ON_TRACK, 2030, 10) == (birth.status, birth.judged_year, birth.indicator.number)


def test_the_field_modules_plan_targets_leave_out_results(db, kb):
    refresh_links(db, kb)
    found = targets_for(kb, get_measure(db, "birth_registered_u5"), CITY)
    assert [(2025, 99.0), (2030, 100.0)] == [(t.target.year, t.target.value) for t in found]
