"""The digest names and judges each measure by the indicator of the city's OWN plan it is
linked to (by meaning), never by the national catalogue's number.

Quảng Ninh's plan (tests/data/plans_extra/quangninh-kh45-2022.txt) numbers its indicators
its own way: birth registration is its indicator 10 (the catalogue's hint says 14, which is
primary-school completion there) and abuse its indicator 8 (hint 9); it has no drowning
indicator. Driven through the real Application (/digest and /export replies), plus pure
tests of ``compute_digest`` — also for a measure that carries no number hint at all.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest
import time_machine

from bot.digest.charts import build_figures
from bot.digest.compute import BEHIND, ON_TRACK, Scope, compute_digest
from bot.digest.text import plain_measure_label, render_digest
from bot.field.measures import (
    DEFAULT_CATALOGUE, ensure_catalogue, get_measure, import_catalogue, refresh_links,
)
from bot.field.people import COLLABORATOR, MANAGER, add_area, register_user
from knowledge.ingest import ingest_files
from knowledge.kb import KnowledgeBase
from tests.conftest import start_bot, stop_bot
from tests.test_charts import panel_titles
from tests.test_digest import NOW, local, save

EXTRA = Path(__file__).parent / "data" / "plans_extra"
QN = "45/KH-UBND"
BIRTH_TOPIC = "Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh"
ABUSE_TOPIC = "Tỷ lệ trẻ em bị xâm hại trên tổng số trẻ em"
MANAGER_ID, COLLABORATOR_ID = 302, 301


@pytest.fixture(scope="module")
def extra_plans():
    return ingest_files(sorted(EXTRA.glob("*.txt")))


@pytest.fixture
def kb_with_quang_ninh(kb, extra_plans):
    """The suite's five plans and the three of other provinces, numbered their own way."""
    return KnowledgeBase([*kb.plans, *extra_plans])


def seed_quang_ninh(db) -> int:
    """One ward of Hạ Long, its collaborator and the city's manager; reports of births
    (monthly, 95 of 100 registered), abuse (weekly) and drownings (weekly). Area id."""
    ensure_catalogue(db)
    area = add_area(db, "Quảng Ninh", "Hạ Long", "Phường Bạch Đằng")[0].id
    register_user(db, COLLABORATOR_ID, COLLABORATOR, display_name="Thu", area_id=area)
    register_user(db, MANAGER_ID, MANAGER, display_name="Quản lý QN", city="Quảng Ninh")
    save(db, "birth_registered_u5", area, "2026-10-01", local("2026-11-17"), COLLABORATOR_ID,
         numerator=95, denominator=100)
    save(db, "abuse_cases", area, "2026-11-16", local("2026-11-18"), COLLABORATOR_ID, value=2)
    save(db, "drownings", area, "2026-11-16", local("2026-11-18"), COLLABORATOR_ID, value=1)
    return area


# -- through the Application --------------------------------------------------------------------
@pytest.fixture
async def qn_bot(settings, kb_with_quang_ninh):
    harness = await start_bot(settings, kb_with_quang_ninh)   # start-up puts the measure links in force
    harness.application.job_queue.scheduler.pause()
    try:
        seed_quang_ninh(harness.db)
        yield harness
    finally:
        await stop_bot(harness)


async def test_the_digest_reply_names_quang_ninhs_own_indicators(qn_bot):
    with time_machine.travel(NOW, tick=False):
        calls = await qn_bot.chat(MANAGER_ID, "Hà").send("/digest last")
    text = next(c.text for c in calls if c.text.startswith("📊"))

    birth = f"Trẻ em dưới 5 tuổi được đăng ký khai sinh (chỉ tiêu 10 của {QN}: {BIRTH_TOPIC})"
    abuse = f"Trẻ em bị xâm hại (chỉ tiêu 8 của {QN}: {ABUSE_TOPIC})"
    assert f"⚠️ <b>{birth}</b>: 95% (95/100, 1 địa bàn, kỳ 01/10/2026–31/10/2026) — chưa đạt mục tiêu năm 2025" \
        in text, text
    # Quảng Ninh's target for its indicator 10, in the plan's words ("đạt 99%"), never "ít nhất"
    assert "   Chỉ tiêu: 2025: đạt 99% ❌" in text
    assert f"<b>{abuse}</b>: 2 " in text
    assert "<b>Trẻ em bị đuối nước (chưa gắn với chỉ tiêu nào của kế hoạch)</b>: 1 " in text
    assert f"• {birth}: 1 báo cáo, 1 địa bàn" in text   # the week's reports, labelled the same way
    # never the national catalogue's numbers (14 for births, 9 for abuse)
    assert "chỉ tiêu 14" not in text and "chỉ tiêu 9" not in text
    assert any(c.method == "sendPhoto" for c in calls)  # the chart page(s) follow


async def test_the_digest_in_english_names_the_same_indicators(qn_bot):
    chat = qn_bot.chat(MANAGER_ID, "Hà")
    await chat.send("/lang en")
    with time_machine.travel(NOW, tick=False):
        calls = await chat.send("/digest last")
    text = next(c.text for c in calls if c.text.startswith("📊"))
    assert f"Children under 5 with a registered birth (indicator 10 of {QN}: {BIRTH_TOPIC})" in text, text
    assert "Children drowned (not linked to a plan indicator)" in text
    assert "indicator 14" not in text


async def test_the_export_names_the_linked_indicator_of_each_report(qn_bot):
    with time_machine.travel(NOW, tick=False):
        calls = await qn_bot.chat(MANAGER_ID, "Hà").send("/export 01/10/2026 30/11/2026")
    documents = [c for c in calls if c.method == "sendDocument"]
    assert 3 == len(documents), [c.text for c in calls]   # XLSX, CSV, the CSV audit trail
    sheet = openpyxl.load_workbook(io.BytesIO(documents[0].files["document"]))["Báo cáo"]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    by_measure = {row[header.index("Mã số liệu")]: row[header.index("Chỉ tiêu của kế hoạch")] for row in rows[1:]}
    assert {"birth_registered_u5": f"chỉ tiêu 10 của {QN}: {BIRTH_TOPIC}",
            "abuse_cases": f"chỉ tiêu 8 của {QN}: {ABUSE_TOPIC}",
            "drownings": "chưa gắn với chỉ tiêu nào của kế hoạch"} == by_measure
    table = list(csv.DictReader(io.StringIO(documents[1].files["document"].decode("utf-8-sig"))))
    assert {f"chỉ tiêu 10 của {QN}: {BIRTH_TOPIC}"} == \
        {row["Chỉ tiêu của kế hoạch"] for row in table if row["Mã số liệu"] == "birth_registered_u5"}


# -- pure: compute and the labels ---------------------------------------------------------------
@pytest.fixture
def qn(db, extra_plans):
    kb = KnowledgeBase(extra_plans)
    refresh_links(db, kb)
    seed_quang_ninh(db)
    return db, kb


def quang_ninh_digest(db, kb):
    return compute_digest(db, kb, Scope("Quảng Ninh"), dt.date(2026, 11, 16), today=NOW.date(),
                          tz="Asia/Ho_Chi_Minh")


def test_progress_is_judged_against_the_linked_indicator_and_carries_it(qn):
    digest = quang_ninh_digest(*qn)
    progress = {p.measure.key: p for p in digest.progress}
    birth = progress["birth_registered_u5"]
    assert (QN, 10, BIRTH_TOPIC) == (birth.indicator.plan, birth.indicator.number, birth.indicator.topic)
    assert [(2025, 99.0, False)] == [(t.year, t.value, t.met) for t in birth.targets]
    assert (BEHIND, 2025) == (birth.status, birth.judged_year)
    assert (QN, 8) == (progress["abuse_cases"].indicator.plan, progress["abuse_cases"].indicator.number)
    assert progress["drownings"].indicator is None and [] == progress["drownings"].targets
    # in the order of the plan's indicators, those linked to none last
    assert ["abuse_cases", "birth_registered_u5", "drownings"] == list(progress)


def test_a_measure_without_a_number_hint_is_judged_against_its_linked_indicator(qn):
    db, kb = qn
    # the same catalogue, but birth registration no longer says "indicator 14": it is
    # linked by its description alone
    text = DEFAULT_CATALOGUE.read_text(encoding="utf-8").replace(
        "Children under 5 with a registered birth,rate,month,14,1,", "Children under 5 with a registered birth,rate,month,,,")
    import_catalogue(db, text)
    assert get_measure(db, "birth_registered_u5").indicator is None
    refresh_links(db, kb)
    birth = next(p for p in quang_ninh_digest(db, kb).progress if p.measure.key == "birth_registered_u5")
    assert (10, [(2025, 99.0)]) == (birth.indicator.number, [(t.year, t.value) for t in birth.targets])
    assert f"(chỉ tiêu 10 của {QN}: {BIRTH_TOPIC})" in render_digest(quang_ninh_digest(db, kb), "vi")


def test_a_later_plan_year_is_judged_against_the_linked_2030_target(db, extra_plans):
    # Thừa Thiên Huế's indicator 10: 99% in 2025, 100% in 2030; judged in 2026 on 2030
    kb = KnowledgeBase(extra_plans)
    refresh_links(db, kb)
    ensure_catalogue(db)
    area = add_area(db, "Thừa Thiên Huế", "Huế", "Phường Phú Hội")[0].id
    save(db, "birth_registered_u5", area, "2026-10-01", local("2026-11-17"), 1, numerator=100, denominator=100)
    digest = compute_digest(db, kb, Scope("Thừa Thiên Huế"), dt.date(2026, 11, 16), today=NOW.date())
    birth = next(p for p in digest.progress if p.measure.key == "birth_registered_u5")
    assert [(2025, 99.0, True), (2030, 100.0, True)] == [(t.year, t.value, t.met) for t in birth.targets]
    assert (ON_TRACK, 2030, 10, "112/KH-UBND") == \
        (birth.status, birth.judged_year, birth.indicator.number, birth.indicator.plan)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_chart_titles_name_the_linked_indicator_as_the_text_does(qn, lang):
    digest = quang_ninh_digest(*qn)
    titles = panel_titles(build_figures(digest, lang))
    for progress in digest.progress:
        assert plain_measure_label(progress, lang) in titles
    assert any("45/KH-UBND" in title and ("chỉ tiêu 10" in title or "indicator 10" in title) for title in titles)
    assert not any("chỉ tiêu 14" in title or "indicator 14" in title for title in titles)
