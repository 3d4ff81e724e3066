"""Shared fixtures: a knowledge base built once from the tests' own copy of the plans, and
the real ``Application`` from ``build_application`` running with the in-process Bot API.

A test chats with the bot through ``LocalChat`` (real ``Update`` objects fed to
``application.process_update``) and reads what the bot sent from the ``OfflineRequest``.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

# -- the plans the tests read ----------------------------------------------------------------
# The suite's expectations (tests/data/questions*.jsonl, the ingest tests…) were written for
# these plans of knowledge/plans/. They are copied to a folder of the tests' own and every
# command reads that one (``$PLANS_DIR``, set before anything imports knowledge.store, and
# inherited by the ``python -m bot`` processes the tests start), so a plan added to
# knowledge/plans by following the README never changes what the tests see. A correction
# made to one of these files is still tested.
SHIPPED_PLANS_DIR = Path(__file__).resolve().parent.parent / "knowledge" / "plans"
TEST_PLAN_FILES = (
    "cantho-qd608-2021-2030.txt",
    "dienbienphu-bvte-2021-2025.txt",
    "hanoi-ct28-2024.txt",
    "hanoi-kh138-2021-2030.txt",
    "hanoi-thang-hanh-dong-2020.txt",
)


def _copy_test_plans() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="childplan-test-plans-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    for name in TEST_PLAN_FILES:
        shutil.copy2(SHIPPED_PLANS_DIR / name, folder / name)
    return folder


TEST_PLANS_DIR = _copy_test_plans()
os.environ["PLANS_DIR"] = str(TEST_PLANS_DIR)

from bot.launch.app import build_application  # noqa: E402  (after $PLANS_DIR is set)
from bot.runtime.config import Settings
from bot.launch.local_chat import LocalChat
from bot.runtime.offline_request import OfflineRequest
from bot.services import services

ADMIN_ID = 900001


@pytest.fixture(scope="session")
def suite_plans_dir() -> Path:
    """The tests' own copy of the plans (``TEST_PLAN_FILES``); ``$PLANS_DIR`` points at it."""
    from knowledge.store import DEFAULT_PLANS_DIR

    assert DEFAULT_PLANS_DIR == TEST_PLANS_DIR, "knowledge.store was imported before conftest set $PLANS_DIR"
    return TEST_PLANS_DIR


@pytest.fixture(scope="session")
def kb_with_plan(tmp_path_factory, suite_plans_dir):
    """A builder of knowledge bases: the tests' plans plus one plan written as text,
    ``kb_with_plan("binhthuan-kh78-2026.txt", PLAN)`` → the loaded knowledge base (the file's
    name gives the plan's slug)."""
    from knowledge.store import build, load_knowledge_base

    def with_plan(file_name: str, text: str):
        folder = tmp_path_factory.mktemp(Path(file_name).stem)
        path = folder / file_name
        path.write_text(text, encoding="utf-8")
        db = folder / "kb.db"
        build(db, sorted(suite_plans_dir.glob("*.txt")) + [path], keep_stored=False)
        return load_knowledge_base(db)

    return with_plan


@pytest.fixture(scope="session")
def kb_db_path(tmp_path_factory, suite_plans_dir) -> Path:
    """A database holding the knowledge base built from the tests' copy of the plans."""
    from knowledge.store import ensure_built

    path = tmp_path_factory.mktemp("kb") / "kb.db"
    ensure_built(path, suite_plans_dir)
    return path


@pytest.fixture(scope="session")
def kb(kb_db_path):
    from knowledge.store import load_knowledge_base

    return load_knowledge_base(kb_db_path)


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(database_path=tmp_path / "bot.db", admin_ids=frozenset({ADMIN_ID}))


def catalogue_database():
    """An in-memory bot database holding the shipped measure catalogue."""
    from bot.runtime.database import open_database
    from bot.field.measures import ensure_catalogue

    database = open_database(None)
    ensure_catalogue(database)
    return database


@pytest.fixture
def db():
    """An in-memory bot database holding the shipped measure catalogue."""
    return catalogue_database()


@pytest.fixture
def field_db():
    """Such a database with one ward, Phường Láng Hạ (area 1), to report for."""
    from bot.field import people

    database = catalogue_database()
    people.add_area(database, "Hà Nội", "Đống Đa", "Phường Láng Hạ")
    return database


@dataclass
class BotHarness:
    """The running Application, its in-process Bot API and helpers to chat with it."""

    application: object
    request: OfflineRequest

    @property
    def db(self):
        return services(self.application).db

    @property
    def settings(self) -> Settings:
        return services(self.application).settings

    def chat(self, user_id: int = 1001, first_name: str = "Lan", language_code: str = "vi") -> LocalChat:
        return LocalChat(self.application, self.request, user_id=user_id, first_name=first_name,
                         language_code=language_code)

    def admin(self) -> LocalChat:
        return self.chat(user_id=ADMIN_ID, first_name="Admin")


async def start_bot(settings: Settings, kb) -> BotHarness:
    """Build and initialize the Application as ``python -m bot run`` would, offline."""
    request = OfflineRequest()
    application = build_application(settings, request=request, kb=kb)
    await application.initialize()
    await application.post_init(application)
    await application.start()  # the JobQueue runs (conversation timeouts, scheduled jobs); no Updater
    return BotHarness(application, request)


async def stop_bot(harness: BotHarness) -> None:
    await harness.application.stop()
    await harness.application.shutdown()  # flushes persistence
    await harness.application.post_shutdown(harness.application)


@pytest.fixture
async def bot(settings, kb):
    harness = await start_bot(settings, kb)
    try:
        yield harness
    finally:
        await stop_bot(harness)


# -- end-to-end tests over HTTP ------------------------------------------------------------
@pytest.fixture
async def server():
    """A Bot API server of our own on 127.0.0.1 (tests/botapi_server.py)."""
    from tests.botapi_server import FakeBotApi

    api = await FakeBotApi().start()
    try:
        yield api
    finally:
        await api.stop()


@pytest.fixture
def database(tmp_path, kb_db_path) -> Path:
    """A database for a bot process, starting with the knowledge base built once per session."""
    from tests.botapi_server import copy_database

    path = tmp_path / "bot.db"
    copy_database(kb_db_path, path)
    return path
