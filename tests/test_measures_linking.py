"""Measures are tied to each plan's indicator by meaning, not by number (issue 11, point 6):
pure functions over plans ingested from text, and the digest's targets read through them."""

from pathlib import Path

import pytest

from bot.field.measures import (
    ADMIN, Link, Measure, get_measure, link_plan, parse_catalogue, refresh_links, store_links, targets_for,
    tfidf_similarity, use_links,
)
from knowledge.ingest import ingest_files
from knowledge.kb import KnowledgeBase

EXTRA = Path(__file__).parent / "data" / "plans_extra"
CATALOGUE = Path(__file__).resolve().parent.parent / "bot" / "field" / "data" / "measures.csv"


@pytest.fixture(scope="module")
def extra_plans():
    return {plan.locality: plan for plan in ingest_files(sorted(EXTRA.glob("*.txt")))}


@pytest.fixture(scope="module")
def catalogue():
    return parse_catalogue(CATALOGUE.read_text(encoding="utf-8"))


def linked_numbers(plan, measures):
    return {key: link.indicator_number for key, link in link_plan(plan, measures).items()
            if link.indicator_position is not None}


# What each plan of tests/data/plans_extra says (read from the documents): the indicator
# number of birth registration, abuse and injuries, None when the plan sets no such target.
@pytest.mark.parametrize("locality, birth, abuse, injuries, injury_deaths", [
    ("Quảng Ninh", 10, 8, 9, None),          # 14 is primary-school completion there
    ("Thừa Thiên Huế", 10, None, None, 9),   # its only injury indicator counts deaths
    ("Bình Dương", None, 9, 6, None),        # no birth-registration target at all
])
def test_the_extra_plans_link_birth_registration_abuse_and_injuries_to_their_own_indicators(
        extra_plans, catalogue, locality, birth, abuse, injuries, injury_deaths):
    links = linked_numbers(extra_plans[locality], catalogue)
    assert birth == links.get("birth_registered_u5")
    assert abuse == links.get("abuse_cases")
    assert injuries == links.get("injuries")
    assert injury_deaths == links.get("injury_deaths")


def test_a_measure_is_never_linked_to_an_indicator_of_another_topic(extra_plans, catalogue):
    by_key = {m.key: m for m in catalogue}
    for plan in extra_plans.values():
        texts = {i.position: i.text.lower() for i in plan.indicators}
        for key, link in link_plan(plan, catalogue).items():
            if link.indicator_position is None:
                continue
            topics = [t.strip().lower() for t in by_key[key].topic_vi.split(";")]
            assert any(t in texts[link.indicator_position] for t in topics), (plan.slug, key)


def test_the_shipped_plans_keep_their_links(kb, catalogue):
    for slug in ("hn-kh138-2021", "ct-qd608-2021"):
        links = link_plan(kb.plan(slug), catalogue)
        assert (14, 1) == (links["birth_registered_u5"].indicator_number, links["birth_registered_u5"].metric)
        assert (11, 1) == (links["injuries"].indicator_number, links["injuries"].metric)
        assert (11, 2) == (links["injury_deaths"].indicator_number, links["injury_deaths"].metric)
        assert (8, 2) == (links["special_circumstances_supported"].indicator_number,
                          links["special_circumstances_supported"].metric)
        assert "drownings" not in links   # describes no indicator: never judged against one


def test_the_number_is_only_a_hint(extra_plans):
    # A measure that says "indicator 14" but describes birth registration: Quảng Ninh's 14
    # is primary-school completion, so it is linked to 10.
    births = Measure("b", "Khai sinh", "Births", "rate", "month", indicator=14, metric=1,
                     indicator_vi="Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh", topic_vi="khai sinh")
    link = link_plan(extra_plans["Quảng Ninh"], [births])["b"]
    assert 10 == link.indicator_number
    assert 0.5 < link.score <= 1


def test_tfidf_similarity_is_a_cosine():
    [[same, other]] = tfidf_similarity(["tre em dang ky khai sinh"], ["tre em dang ky khai sinh", "hoc sinh tieu hoc"])
    assert same == pytest.approx(1.0)
    assert 0 <= other < 0.3


def test_the_digest_reads_the_targets_of_the_linked_indicator(extra_plans, db):
    kb = KnowledgeBase(list(extra_plans.values()))
    births = get_measure(db, "birth_registered_u5")
    refresh_links(db, kb)
    found = targets_for(kb, births, "Quảng Ninh")
    assert [(10, 2025, 99.0)] == [(t.indicator.number, t.target.year, t.target.value) for t in found]
    assert [] == targets_for(kb, births, "Bình Dương")


def test_an_admins_change_is_stored_and_wins(extra_plans, db):
    kb = KnowledgeBase(list(extra_plans.values()))
    plan = extra_plans["Quảng Ninh"]
    eleven = next(i for i in plan.indicators if i.number == 11)
    store_links(db, [Link(plan.slug, "abuse_cases", eleven.position, 11, 1, 0.0, ADMIN)], by=900001)
    refresh_links(db, kb)
    abuse = get_measure(db, "abuse_cases")
    assert {11} == {t.indicator.number for t in targets_for(kb, abuse, "Quảng Ninh")}
    # a link saying "no indicator" stops the targets
    store_links(db, [Link(plan.slug, "abuse_cases", None, None, 1, 0.0, ADMIN)], by=900001)
    use_links(kb, {})
    refresh_links(db, kb)
    assert [] == targets_for(kb, abuse, "Quảng Ninh")


def test_the_digest_judges_quang_ninh_birth_registrations_against_its_birth_registration_target(extra_plans, db):
    import datetime as dt

    from bot.digest.compute import Scope, compute_digest
    from bot.field import people
    from bot.field.periods import period_of
    from bot.field.reports import save_report

    kb = KnowledgeBase(list(extra_plans.values()))
    refresh_links(db, kb)
    area, _ = people.add_area(db, "Quảng Ninh", "Hạ Long", "Phường Bạch Đằng")
    births = get_measure(db, "birth_registered_u5")
    save_report(db, measure=births, area_id=area.id, period=period_of("month", dt.date(2026, 10, 1)),
                figures={"numerator": 95, "denominator": 100}, reporter_id=900001)
    digest = compute_digest(db, kb, Scope("Quảng Ninh"), dt.date(2026, 11, 16), today=dt.date(2026, 11, 23),
                            tz="Asia/Ho_Chi_Minh")
    progress = next(p for p in digest.progress if p.measure.key == "birth_registered_u5")
    # indicator 10 (99% registered by 2025), never indicator 14 (99.5% primary-school completion)
    assert [(2025, 99.0)] == [(t.year, t.value) for t in progress.targets]
    assert "khai sinh" in progress.targets[0].text
