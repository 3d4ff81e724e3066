"""The knowledge base on disk: kb_ tables, idempotent re-ingest, replacement of a changed
plan, automatic rebuild, full-text search without accents."""

import os
import shutil
import time
from pathlib import Path

import pytest
import sqlite_utils

from knowledge.ingest import ingest_files
from knowledge.store import (
    DEFAULT_PLANS_DIR, build, ensure_built, load_knowledge_base, load_plans, open_database,
    plan_files, save_plans,
)


@pytest.fixture
def plans_dir(tmp_path) -> Path:
    folder = tmp_path / "plans"
    shutil.copytree(DEFAULT_PLANS_DIR, folder)
    return folder


def snapshot(db_path):
    db = sqlite_utils.Database(db_path)
    return {name: list(db.query(f"SELECT * FROM [{name}] ORDER BY 1, 2"))
            for name in db.table_names() if name.startswith("kb_") and "_fts" not in name}


def test_round_trip_equals_ingest(tmp_path):
    plans = ingest_files(plan_files())
    db = open_database(tmp_path / "kb.db")
    save_plans(db, plans)
    assert [p.to_dict() for p in plans] == [p.to_dict() for p in load_plans(db)]


def test_only_kb_tables_and_other_tables_untouched(tmp_path):
    db_path = tmp_path / "bot.db"
    db = sqlite_utils.Database(db_path)
    db["people"].insert({"id": 1, "name": "Lan"}, pk="id")
    ensure_built(db_path)
    db = sqlite_utils.Database(db_path)
    assert [{"id": 1, "name": "Lan"}] == list(db["people"].rows)
    assert all(name.startswith("kb_") or name == "people" for name in db.table_names())


def test_reingest_is_idempotent(tmp_path):
    db_path = tmp_path / "kb.db"
    _, first = build(db_path, plan_files())
    before = snapshot(db_path)
    _, second = build(db_path, plan_files())
    assert 5 == len(first.added)
    assert [] == second.added + second.replaced + second.removed
    assert 5 == len(second.unchanged)
    assert before == snapshot(db_path)


def test_changed_file_replaces_that_plan_only(tmp_path, plans_dir):
    db_path = tmp_path / "kb.db"
    ensure_built(db_path, plans_dir)
    before = snapshot(db_path)
    path = plans_dir / "cantho-qd608-2021-2030.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("đạt 91% vào năm 2025", "đạt 89% vào năm 2025"),
                    encoding="utf-8")
    os.utime(path, (time.time() + 5, time.time() + 5))
    assert ensure_built(db_path, plans_dir) is True
    after = snapshot(db_path)
    kb = load_knowledge_base(db_path)
    assert 89.0 == kb.targets("ct-qd608-2021", 1)[0].value
    for table in before:
        untouched = [r for r in before[table] if r.get("plan", r.get("slug")) != "ct-qd608-2021"]
        still = [r for r in after[table] if r.get("plan", r.get("slug")) != "ct-qd608-2021"]
        assert untouched == still


def test_ensure_built_does_nothing_when_up_to_date(tmp_path, plans_dir):
    db_path = tmp_path / "kb.db"
    assert ensure_built(db_path, plans_dir) is True
    assert ensure_built(db_path, plans_dir) is False


def test_removed_file_removes_its_plan(tmp_path, plans_dir):
    db_path = tmp_path / "kb.db"
    ensure_built(db_path, plans_dir)
    (plans_dir / "hanoi-thang-hanh-dong-2020.txt").unlink()
    assert ensure_built(db_path, plans_dir) is True
    assert "hn-thang-hanh-dong-2020" not in {p.slug for p in load_knowledge_base(db_path).plans}


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("kb") / "kb.db"
    ensure_built(db_path)
    return load_knowledge_base(db_path)


@pytest.mark.parametrize("query, slug, words", [
    ("nuoi con nuoi", "hn-kh138-2021", "nuôi con nuôi"),
    ("dieu tra than thien", "hn-kh138-2021", "điều tra thân thiện"),
    ("Hội đồng trẻ em", None, "Hội đồng trẻ em"),
    ("tuong tac lanh manh", "hn-kh6203-2024", "tuong tac lanh manh"),
])
def test_search_passages_without_accents(kb, query, slug, words):
    hits = kb.search_passages(query, limit=5, plan=slug)
    assert hits
    assert words.lower() in hits[0].text.lower()
    if slug:
        assert all(hit.plan == slug for hit in hits)


def test_knowledge_base_lookups(kb):
    assert ["ct-qd608-2021", "dbp-kh-2021", "hn-kh6203-2024", "hn-kh138-2021",
            "hn-thang-hanh-dong-2020"] == [p.slug for p in kb.plans]
    assert {"hn-kh138-2021", "hn-thang-hanh-dong-2020", "hn-kh6203-2024"} == \
        {p.slug for p in kb.plans_for_locality("ha noi")}
    assert "Chỉ tiêu 14" in kb.indicator("hn-kh138-2021", 14).section
    assert ["Sở Tư pháp"] == [a.name for a in kb.lead_agencies("ct-qd608-2021", 14)]
    assert "so-lao-dong-thuong-binh-va-xa-hoi" == kb.resolve_agency("sở LĐ-TBXH")
    assert "so-lao-dong-thuong-binh-va-xa-hoi" == kb.resolve_agency("so lao dong thuong binh va xa hoi")
    assert "so-tu-phap" == kb.resolve_agency("S6 Tw phap")
    assert {"hn-kh138-2021", "ct-qd608-2021"} == {s for s, _ in kb.indicators_led_by("so-tu-phap")}
    assert 2 == len(kb.assignments("hn-kh138-2021", indicator=9, role="lead"))
    assert kb.tasks("hn-kh6203-2024", agency="so-noi-vu")


def test_a_database_from_before_the_signer_column_gets_it(tmp_path):
    from knowledge.store import PLANS, ensure_schema, open_database

    db = open_database(tmp_path / "old.db")
    db[PLANS].create({"slug": str, "title": str}, pk="slug")
    ensure_schema(db)
    assert {"signer", "signer_role", "issuer"} <= set(db[PLANS].columns_dict)
