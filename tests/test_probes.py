"""The generated question checklist (knowledge/answer/probes.py), as pure functions.

A small knowledge base of three plans: Quảng Ninh (numbered indicators, lead and partner
agencies, deadlines, a hotline) and two plans of Hà Nội (KH 138 and the 2020 Action Month plan,
the one with a campaign), so that a locality with several plans is covered.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from knowledge.answer.probes import (
    KINDS, STYLES, Probe, generate, out_of_scope, phone_style, strip_accents,
)
from knowledge.ingest import ingest_files
from knowledge.kb import KnowledgeBase
from knowledge.text import fold

ROOT = Path(__file__).resolve().parents[1]
FILES = [ROOT / "tests" / "data" / "plans_extra" / "quangninh-kh45-2022.txt",
         ROOT / "knowledge" / "plans" / "hanoi-kh138-2021-2030.txt",
         ROOT / "knowledge" / "plans" / "hanoi-thang-hanh-dong-2020.txt"]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase(ingest_files(FILES))


@pytest.fixture(scope="module")
def probes(kb) -> list[Probe]:
    return generate(kb, seed=0)


@pytest.fixture(scope="module")
def declines(kb) -> list[Probe]:
    return out_of_scope(kb, seed=0, n=120)


def squashed(text: str) -> str:
    """Folded, one space between words, no space before % (as the scorer compares)."""
    return " ".join(fold(text).split()).replace(" %", "%")


def test_generation_is_deterministic_for_a_seed(kb, probes):
    assert generate(kb, seed=0) == probes
    assert [p.question for p in generate(kb, seed=1)] != [p.question for p in probes]


def test_every_kind_and_style_is_generated(probes, declines):
    assert {p.kind for p in probes} | {p.kind for p in declines} == set(KINDS)
    assert {p.style for p in probes} == set(STYLES)
    assert {p.style for p in declines} == set(STYLES)


def test_each_kind_has_six_vietnamese_and_four_english_templates_in_use(kb):
    many = generate(kb, seed=0, per_fact=8)
    for kind in set(KINDS) - {"out_of_scope", "campaign"}:   # one campaign: fewer facts
        vi = {p.template for p in many if p.kind == kind and p.style == "vi"}
        en = {p.template for p in many if p.kind == kind and p.style == "en"}
        assert len(vi) >= 6, (kind, vi)
        assert len(en) >= 4, (kind, en)


def test_styles_really_differ(probes):
    groups: dict[str, dict[str, Probe]] = {}
    for p in probes:
        groups.setdefault(p.group, {})[p.style] = p
    for group in groups.values():
        vi = group["vi"]
        noaccent, phone = group["vi_noaccent"], group["phone"]
        assert noaccent.question == strip_accents(vi.question)
        assert noaccent.question == noaccent.question.encode("ascii", "ignore").decode()
        assert phone.question == phone.question.encode("ascii", "ignore").decode()
        assert fold(phone.question) != fold(noaccent.question)   # abbreviations and a typo
        assert {p.expect_all for p in group.values()} == {vi.expect_all}
        if "en" in group:
            assert group["en"].question.isascii()
            assert group["en"].question != noaccent.question


def test_accented_questions_keep_their_diacritics(probes):
    accented = [p for p in probes if p.style == "vi"]
    assert sum(p.question != strip_accents(p.question) for p in accented) == len(accented)


def test_phone_style_abbreviates_and_types_one_typo():
    import random

    question = "Chỉ tiêu 14 của kế hoạch 138 Hà Nội là bao nhiêu, không phải thành phố khác?"
    typed = phone_style(question, random.Random(0), ["Hà Nội"])
    words = re.findall(r"\w+", typed)
    assert "ct" in words and "KH" in words and "bn" in words and "ko" in words and "tp" in words
    assert typed.isascii()
    expected = "ct 14 cua KH 138 {} la bn, ko phai tp khac"
    assert typed.rstrip("?") != expected.format("HN") and typed.rstrip("?") != expected.format("ha noi")


def test_expected_facts_are_in_the_plan_text(kb, probes):
    sources = {plan.slug: squashed(Path(next(f for f in FILES if f.name == plan.source_file)
                                         ).read_text(encoding="utf-8"))
               for plan in kb.plans}
    for p in probes:
        if p.style != "vi":
            continue
        source = sources[p.plan]
        for fact in p.expect_all:
            assert squashed(fact) in source, (p.template, p.question, fact)
        if p.expect_any:
            assert any(squashed(fact) in source for fact in p.expect_any), (p.question, p.expect_any)


def test_a_target_for_one_year_must_not_state_the_other_years_value(probes):
    stunting = [p for p in probes if p.kind == "target" and p.style == "vi"
                and "thấp còi" in p.question and "2025" in p.question and "138" in p.question]
    assert stunting, "Hà Nội's stunting target for 2025 is asked"
    for p in stunting:
        assert p.expect_all == ("12",) and p.must_not == ("11,5%",)
    for p in probes:
        assert not set(p.must_not) & set(p.expect_all)


def test_decimal_values_use_the_vietnamese_comma(probes):
    values = {v for p in probes if p.kind == "target" for v in p.expect_all}
    assert "98,5" in values and not any(re.fullmatch(r"\d+\.\d", v) for v in values)


def test_a_locality_with_several_plans_is_named_with_the_plan(probes):
    for p in probes:
        if p.style == "vi" and "Hà Nội" in p.question:
            assert re.search(r"138|2020|2021-2030", p.question), p.question


def test_targets_flagged_for_review_are_left_out(kb):
    target = kb.plans[0].indicators[0].targets[0]
    asked = [p for p in generate(kb, seed=0) if p.kind == "target"
             and p.fact.startswith(f"{kb.plans[0].slug}:target:1:1:")]
    assert asked
    target.needs_review = True
    try:
        again = [p for p in generate(kb, seed=0) if p.fact == asked[0].fact]
        assert again == []
    finally:
        del target.needs_review


def test_unknown_style_is_refused(kb):
    with pytest.raises(ValueError):
        generate(kb, styles=("vi", "klingon"))


def test_out_of_scope_expects_a_decline(declines):
    assert len(declines) == 120
    for p in declines:
        assert p.kind == "out_of_scope" and not (p.expect_all or p.expect_any or p.must_not)
    assert len({p.question for p in declines}) > 60


def test_out_of_scope_never_names_a_loaded_locality_or_a_fact_value(kb, declines):
    localities = [fold(loc) for loc in kb.localities()]
    values = {f"{t.value:.10g}".replace(".", ",") for i in kb.indicators() for t in i.targets
              if t.value != int(t.value)}
    values |= {c.number for c in kb.contacts() if len(c.number) > 3}
    values |= {re.match(r"\d+", p.number).group() for p in kb.plans if p.number}
    general = [p for p in declines if p.template.startswith("out_of_scope/")]
    assert len(general) > 60
    for p in general:
        folded = f" {' '.join(re.findall(r'[0-9a-z]+', fold(p.question)))} "
        assert not any(f" {' '.join(loc.split())} " in folded for loc in localities), p.question
        numbers = set(re.findall(r"\d+(?:,\d+)?", p.question))
        assert not numbers & values, p.question


def test_out_of_scope_about_a_loaded_plan_goes_beyond_it(kb, declines):
    about_plan = [p for p in declines if p.template.startswith("out_of_scope_plan/")]
    assert about_plan
    last_indicator = max(i.number or 0 for i in kb.indicators())
    years = [y for plan in kb.plans for y in (plan.period_start, plan.period_end) if y]
    for p in about_plan:
        for number in map(int, re.findall(r"\b\d+\b", p.question)):
            if number >= 1900:
                assert not min(years) <= number <= max(years), p.question
            else:
                assert number > last_indicator, p.question
