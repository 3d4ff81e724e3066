"""A new version of a shipped plan, published in the chat, is what the bot serves after a
restart (review 9, finding 2): the shipped file read again at start-up, a rebuild for a new
parser version, or the shipped file changed on disk never silently put the old figures back.
Driven through the real Application (the harness of tests/test_plans_upload.py); the
store-level rule (a pinned upload wins a build) tested on the store's own functions."""

from __future__ import annotations

import shutil

import pytest

from bot.launch.app import build_application
from bot.runtime.offline_request import OfflineRequest
from bot.services import services
from tests.conftest import BotHarness, TEST_PLANS_DIR, stop_bot
from tests.test_plans_upload import card_of, plan_bot, texts, upload  # noqa: F401  (plan_bot: fixture)

SHIPPED = TEST_PLANS_DIR / "hanoi-kh138-2021-2030.txt"
OLD = "Tỷ lệ trẻ em bị xâm hại trên tổng số trẻ em dưới 1% vào năm 2025 và duy trì đến năm 2030."
NEW = "Tỷ lệ trẻ em bị xâm hại trên tổng số trẻ em dưới 0,8% vào năm 2025 và dưới 0,5% vào năm 2030."
QUESTION = "chi tieu 9 ha noi 2030"


def new_version() -> str:
    text = SHIPPED.read_text(encoding="utf-8")
    assert OLD in text
    return text.replace(OLD, NEW)


async def publish_new_version(harness: BotHarness) -> None:
    admin = harness.admin()
    await upload(harness, admin, new_version().encode("utf-8"), "hn138_v2.txt")
    card = card_of(harness, admin)
    assert "chỉ tiêu 9, năm 2030: dưới 1% → dưới 0,5%" in card.text
    assert "Đã công bố" in texts(await admin.press("Công bố", on=card))
    assert "<b>dưới 0,5%</b> (2030)" in texts(await admin.send(QUESTION))


async def restart(harness: BotHarness) -> BotHarness:
    """Stop the bot and start a new Application on the same database (a new process: the
    knowledge base is built if stale and loaded by post_init)."""
    settings = harness.settings
    await stop_bot(harness)
    request = OfflineRequest()
    application = build_application(settings, request=request)
    await application.initialize()
    await application.post_init(application)
    await application.start()
    return BotHarness(application, request)


async def test_a_published_new_version_of_a_shipped_plan_is_served_after_a_restart(plan_bot):
    await publish_new_version(plan_bot)
    restarted = await restart(plan_bot)
    try:
        admin = restarted.admin()
        answer = texts(await admin.send(QUESTION))
        assert "<b>dưới 0,5%</b> (2030)" in answer and "dưới 1%" not in answer
        line = [row for row in texts(await admin.send("/plans")).split("\n") if "hn-kh138-2021" in row]
        assert 1 == len(line) and "(đang áp dụng · bản tải lên ngày " in line[0], line
        # a shipped plan nobody uploaded says nothing of uploads
        assert "bản tải lên" not in [row for row in texts(await admin.send("/plans")).split("\n")
                                     if "ct-qd608-2021" in row][0]
        again = await restart(restarted)       # and the next start too (nothing rebuilt back)
        restarted = again
        assert "<b>dưới 0,5%</b> (2030)" in texts(await again.admin().send(QUESTION))
    finally:
        await stop_bot(restarted)


async def test_a_rebuild_for_a_new_parser_version_reads_the_published_upload_again(plan_bot, monkeypatch):
    import knowledge.ingest

    await publish_new_version(plan_bot)
    monkeypatch.setattr(knowledge.ingest, "PARSER_VERSION", "changed-for-this-test")
    restarted = await restart(plan_bot)
    try:
        from knowledge.store import get_meta

        assert "changed-for-this-test" == get_meta(restarted.db, "parser_version")   # it did rebuild
        answer = texts(await restarted.admin().send(QUESTION))
        assert "<b>dưới 0,5%</b> (2030)" in answer and "dưới 1%" not in answer
    finally:
        await stop_bot(restarted)


async def test_a_database_where_a_restart_had_put_the_shipped_file_back_serves_the_upload_again(plan_bot):
    """A database from before uploads were pinned (review 9's): the shipped copy is stored
    again; the next start pins the published upload and serves it."""
    from knowledge.store import _PINNED, build, open_database, plan_files

    await publish_new_version(plan_bot)
    settings = plan_bot.settings
    db = open_database(settings.database_path)
    db.execute("DELETE FROM kb_meta WHERE key = ?", [_PINNED])
    db.conn.commit()
    build(settings.database_path, plan_files())       # what the start-up did before the fix
    sources = {r["slug"]: r["source_path"] for r in open_database(settings.database_path)["kb_plans"].rows}
    assert str(SHIPPED.resolve()) == sources["hn-kh138-2021"]     # the upload had been dropped
    restarted = await restart(plan_bot)
    try:
        answer = texts(await restarted.admin().send(QUESTION))
        assert "<b>dưới 0,5%</b> (2030)" in answer and "dưới 1%" not in answer
    finally:
        await stop_bot(restarted)


def test_a_pinned_upload_wins_over_its_shipped_file_even_when_the_shipped_file_changes(tmp_path):
    from knowledge.store import ensure_built, load_knowledge_base, open_database, pin_source, plan_files

    shipped_dir = tmp_path / "plans"
    shipped_dir.mkdir()
    shipped = shipped_dir / SHIPPED.name
    shutil.copy2(SHIPPED, shipped)
    upload_file = tmp_path / "uploaded_plans" / "hn138-v2.txt"
    upload_file.parent.mkdir()
    upload_file.write_text(new_version(), encoding="utf-8")
    path = tmp_path / "kb.db"
    assert ensure_built(path, shipped_dir)
    pin_source(open_database(path), "hn-kh138-2021", upload_file)

    def target_2030(kb) -> float:
        indicator = next(i for i in kb.plan("hn-kh138-2021").indicators if i.number == 9)
        return next(t.value for t in indicator.targets if t.year == 2030)

    assert ensure_built(path, shipped_dir)               # the pinned file is not stored yet
    assert 0.5 == target_2030(load_knowledge_base(path))
    assert not ensure_built(path, shipped_dir)           # nothing to do on the next start
    # the shipped file edited on disk (another figure): the published upload still wins
    shipped.write_text(SHIPPED.read_text(encoding="utf-8").replace(OLD, OLD.replace("dưới 1%", "dưới 2%")),
                       encoding="utf-8")
    ensure_built(path, shipped_dir)
    kb = load_knowledge_base(path)
    assert 0.5 == target_2030(kb)
    sources = {r["slug"]: r["source_path"] for r in open_database(path)["kb_plans"].rows}
    assert str(upload_file.resolve()) == sources["hn-kh138-2021"]
    assert 1 == sum(1 for plan in kb.plans if plan.slug.startswith("hn-kh138"))
    assert plan_files(shipped_dir) == [shipped]
