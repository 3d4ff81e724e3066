"""Plans uploaded in the chat (issue 11, point 5), through the real Application with real
Update objects and the in-process Bot API serving the uploaded file: an admin's DOCX
becomes a review card, is published and answered from by the same running bot, can be
withdrawn; other people are refused. Pure parts (review card data, diff) at the end."""

from __future__ import annotations

import asyncio
import io
import json
from pathlib import Path

import pytest

from bot.field import people
from bot.launch.app import build_application
from bot.plans import audit_trail, list_plans
from bot.runtime.config import Settings
from bot.runtime.offline_request import OfflineRequest
from bot.services import services
from handlers.plans import TASKS_KEY
from knowledge import review
from knowledge.ingest import ingest_files
from tests.botapi_server import copy_database
from tests.conftest import ADMIN_ID, BotHarness, stop_bot

EXTRA = Path(__file__).parent / "data" / "plans_extra"
QUANG_NINH = EXTRA / "quangninh-kh45-2022.txt"
QUESTION = "tỷ lệ đăng ký khai sinh Quảng Ninh 2025"
COLLABORATOR, MANAGER, STRANGER = 7101, 7102, 7103


def texts(calls) -> str:
    return "\n".join(c.text for c in calls)


def docx_bytes(text: str) -> bytes:
    """The plan's text as a Word document, one paragraph per line (what officials send)."""
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


class FileServingRequest(OfflineRequest):
    """The in-process Bot API, also serving the bytes of the uploaded document."""

    def __init__(self) -> None:
        super().__init__()
        self.content = b""

    async def do_request(self, url, method, request_data=None, **kwargs):
        if "/file/bot" in url:
            return 200, self.content
        return await super().do_request(url, method, request_data, **kwargs)


@pytest.fixture
async def plan_bot(tmp_path, kb_db_path):
    """A running bot whose database starts with the shipped plans (copied, so publishing
    here touches no other test), plus a collaborator and a manager."""
    from knowledge.store import load_knowledge_base

    path = tmp_path / "bot.db"
    copy_database(kb_db_path, path)
    settings = Settings(database_path=path, admin_ids=frozenset({ADMIN_ID}))
    request = FileServingRequest()
    application = build_application(settings, request=request, kb=load_knowledge_base(path))
    await application.initialize()
    await application.post_init(application)
    await application.start()
    harness = BotHarness(application, request)
    area, _ = people.add_area(harness.db, "Quảng Ninh", "Hạ Long", "Phường Bạch Đằng")
    people.register_user(harness.db, COLLABORATOR, people.COLLABORATOR, area_id=area.id)
    people.register_user(harness.db, MANAGER, people.MANAGER, city="Quảng Ninh")
    try:
        yield harness
    finally:
        if harness.application.running:  # a restart test stops it itself
            await stop_bot(harness)


async def upload(harness: BotHarness, chat, content: bytes, name: str):
    """Send ``content`` as a document and wait for the background reading to finish."""
    harness.request.content = content
    document = {"file_id": f"doc-{name}", "file_unique_id": name, "file_name": name, "file_size": len(content)}
    answer = await chat.process(chat.message_update(document=document))
    pending = list(services(harness.application).extras.get(TASKS_KEY, ()))
    await asyncio.gather(*pending)
    return answer + [c for c in harness.request.sent(chat.chat["id"]) if c not in answer][-3:]


def card_of(harness: BotHarness, chat):
    cards = [c for c in harness.request.sent(chat.chat["id"]) if "Kiểm tra trước khi công bố" in c.text]
    assert cards, texts(harness.request.sent(chat.chat["id"]))
    return cards[-1]


async def test_admin_uploads_a_docx_reviews_publishes_and_the_same_bot_answers_then_withdraws(plan_bot):
    admin = plan_bot.admin()
    before = texts(await admin.send(QUESTION))
    assert "chưa có kế hoạch nào của Quảng Ninh" in before

    progress = await upload(plan_bot, admin, docx_bytes(QUANG_NINH.read_text(encoding="utf-8")), "KH45 Quang Ninh.docx")
    assert "Đang đọc KH45 Quang Ninh.docx…" in texts(progress)
    edits = [c for c in plan_bot.request.calls if c.method == "editMessageText"]
    assert any("Đã đọc KH45 Quang Ninh.docx: 20 chỉ tiêu, 20 con số mục tiêu." in c.text for c in edits)
    card = card_of(plan_bot, admin)
    assert "Mã: <code>qn-kh45-2022</code>" in card.text
    assert "Địa phương: Quảng Ninh · số: 45/KH-UBND · ngày: 12/04/2022 · giai đoạn: 2022-2025" in card.text
    assert "Tìm thấy: 4 mục tiêu, 20 chỉ tiêu, 20 con số mục tiêu, 13 cơ quan, 3 thời hạn, 2 số liên hệ." in card.text
    assert "chưa có năm cho mục tiêu của các chỉ tiêu 11, 20" in card.text
    # the plan's own comparing words ("Phấn đấu đạt trên", "xuống còn"), never "ít nhất"
    assert "chỉ tiêu 9 (tỷ suất trẻ em bị tai nạn thương tích): xuống còn 450/100.000 trẻ em năm 2025" in card.text
    assert "Phấn đấu đạt trên 95% năm" in card.text and "ít nhất" not in card.text
    assert "Trẻ em dưới 5 tuổi được đăng ký khai sinh → chỉ tiêu 10" in card.text
    assert "Trẻ em bị xâm hại → chỉ tiêu 8" in card.text
    assert "<b>Số liệu báo cáo (cộng tác viên gửi) gắn với chỉ tiêu:</b>" in card.text
    assert ["Công bố", "Bỏ", "Xem đầy đủ", "Sửa liên kết số liệu"] == card.button_texts()
    # a draft is not answered from
    assert "chưa có kế hoạch nào của Quảng Ninh" in texts(await admin.send(QUESTION))

    full = await admin.press("Xem đầy đủ", on=card)
    sent = [c for c in full if c.method == "sendDocument"]
    assert 1 == len(sent)
    data = json.loads(next(iter(sent[0].files.values())).decode("utf-8"))
    assert "qn-kh45-2022" == data["plans"][0]["slug"]
    assert 20 == len(data["plans"][0]["indicators"])

    in_flight = services(plan_bot.application).kb   # what a question being answered holds
    published = texts(await admin.press("Công bố", on=card))
    assert "Đã công bố" in published and "qn-kh45-2022" in published
    assert services(plan_bot.application).kb is not in_flight
    assert "qn-kh45-2022" not in {p.slug for p in in_flight.plans}   # the old one is left as it was
    answer = texts(await admin.send(QUESTION))
    assert "Quảng Ninh" in answer and "99%" in answer and "Chỉ tiêu 10" in answer
    # the link shown on the card is stored and used for field reports
    link = plan_bot.db["measure_links"].get(("qn-kh45-2022", "birth_registered_u5"))
    assert 10 == link["indicator_number"]

    listing = await admin.send("/plans")
    assert "<code>qn-kh45-2022</code>" in texts(listing) and "đang áp dụng" in texts(listing)
    # a tap asks first: a stray one must not stop every officer's answers
    asked = await admin.press("Rút qn-kh45-2022", on=listing[-1])
    assert "Rút qn-kh45-2022?" in texts(asked) and "Đã rút" not in texts(asked)
    assert "Quảng Ninh" in texts(await admin.send(QUESTION))          # still answered
    kept = await admin.press("Không, giữ nguyên", on=asked[-1])
    assert "Không có gì thay đổi" in texts(kept)
    asked = await admin.press("Rút qn-kh45-2022", on=listing[-1])
    withdrawn = texts(await admin.press("Đúng, rút qn-kh45-2022", on=asked[-1]))
    assert "Đã rút: qn-kh45-2022" in withdrawn
    assert "chưa có kế hoạch nào của Quảng Ninh" in texts(await admin.send(QUESTION))
    assert "đã rút" in texts(await admin.send("/plans"))

    actions = [row["action"] for row in audit_trail(plan_bot.db, "qn-kh45-2022")]
    assert ["upload", "publish", "withdraw"] == actions
    assert all(row["by"] == ADMIN_ID for row in audit_trail(plan_bot.db))


async def test_withdraw_by_command_and_publish_again(plan_bot):
    admin = plan_bot.admin()
    question = "chỉ tiêu 14 Cần Thơ"
    assert "Cần Thơ" in texts(await admin.send(question))
    # typed, it asks first as its button does: nothing withdrawn until "yes"
    asked = await admin.send("/plans withdraw ct-qd608-2021")
    assert "Rút ct-qd608-2021?" in texts(asked) and "Đã rút" not in texts(asked)
    assert "99%" in texts(await admin.send(question))                  # still answered
    assert "Không có gì thay đổi" in texts(await admin.press("Không, giữ nguyên", on=asked[-1]))
    assert "99%" in texts(await admin.send(question))
    asked = await admin.send("/plans withdraw ct-qd608-2021")
    assert "Đã rút: ct-qd608-2021" in texts(await admin.press("Đúng, rút ct-qd608-2021", on=asked[-1]))
    assert "chưa có kế hoạch nào của Cần Thơ" in texts(await admin.send(question))
    assert "Đã công bố lại: ct-qd608-2021" in texts(await admin.send("/plans publish ct-qd608-2021"))
    assert "99%" in texts(await admin.send(question))
    assert "Không có kế hoạch nào mang mã nope" in texts(await admin.send("/plans withdraw nope"))


@pytest.mark.parametrize("user_id, refusal", [
    (COLLABORATOR, "Chỉ quản trị viên mới được thêm, công bố hoặc rút kế hoạch."),
    (MANAGER, "Chỉ quản trị viên mới được thêm, công bố hoặc rút kế hoạch."),
    (STRANGER, "Chỉ quản trị viên mới được thêm, công bố hoặc rút kế hoạch."),   # not "ask for an invite"
])
async def test_only_admins_upload_list_or_withdraw(plan_bot, user_id, refusal):
    chat = plan_bot.chat(user_id)
    answer = texts(await upload(plan_bot, chat, QUANG_NINH.read_bytes(), "qn.txt"))
    assert refusal in answer
    assert "Kiểm tra trước khi công bố" not in answer
    assert refusal in texts(await chat.send("/plans"))
    assert refusal in texts(await chat.send("/plans withdraw hn-kh138-2021"))
    assert refusal in texts(await chat.press_data("pl:wd:hn-kh138-2021"))
    assert refusal in texts(await chat.press_data("pl:wdy:hn-kh138-2021"))
    assert refusal in texts(await chat.press_data("pl:pub:1"))
    assert [] == [r for r in list_plans(plan_bot.db) if r.status != "published"]
    assert 0 == plan_bot.db["plan_drafts"].count if "plan_drafts" in plan_bot.db.table_names() else True


async def test_publish_tapped_twice_publishes_once(plan_bot):
    admin = plan_bot.admin()
    await upload(plan_bot, admin, QUANG_NINH.read_bytes(), "qn.txt")
    card = card_of(plan_bot, admin)
    before = len(plan_bot.request.calls)
    await admin.press("Công bố", on=card)
    await admin.press("Công bố", on=card)
    replies = [c.text for c in plan_bot.request.calls[before:] if c.method == "sendMessage"]
    assert 1 == sum("Đã công bố" in text for text in replies)
    assert 1 == sum("không còn chờ duyệt" in text for text in replies)
    assert ["upload", "publish"] == [row["action"] for row in audit_trail(plan_bot.db, "qn-kh45-2022")]


async def test_discard_stores_nothing_and_dead_buttons_say_so(plan_bot):
    admin = plan_bot.admin()
    await upload(plan_bot, admin, QUANG_NINH.read_bytes(), "qn.txt")
    card = card_of(plan_bot, admin)
    assert "Đã bỏ: không lưu gì từ qn.txt" in texts(await admin.press("Bỏ", on=card))
    assert "không còn chờ duyệt" in texts(await admin.press("Công bố", on=card))
    assert "qn-kh45-2022" not in {r.slug for r in list_plans(plan_bot.db)}
    assert "chưa có kế hoạch nào của Quảng Ninh" in texts(await admin.send(QUESTION))
    assert "không còn chờ duyệt" in texts(await admin.press_data("pl:pub:99999999"))
    assert "không còn chờ duyệt" in texts(await admin.press_data("pl:pub:x' or 1=1"))


@pytest.mark.parametrize("content, name, reason", [
    (b"", "empty.txt", "empty.txt"),
    (b"\x00\x01\x02binary\xff" * 50, "scan.bin", "scan.bin"),
    ("Xin chào, đây không phải kế hoạch.".encode(), "note.txt", "note.txt"),
    ("Kế hoạch".encode("utf-16"), "utf16.txt", "utf16.txt"),
    (b"PK\x03\x04 not really a docx", "broken.docx", "broken.docx"),
])
async def test_a_bad_file_gets_a_clear_reason_and_nothing_is_stored(plan_bot, content, name, reason):
    admin = plan_bot.admin()
    await upload(plan_bot, admin, content, name)
    edits = [c.text for c in plan_bot.request.calls if c.method == "editMessageText"]
    assert edits and edits[-1].startswith("Chưa thêm:") and reason in edits[-1]
    assert [] == [r for r in list_plans(plan_bot.db) if r.status == "draft"]


@pytest.mark.parametrize("content, name, expected", [
    (b"hello", "notaplan.exe", "Chưa thêm: notaplan.exe: không phải kế hoạch: "),
    (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\xff\xff" * 40, "tool.exe", "Chưa thêm: tool.exe: định dạng không nhận ra"),
    ("Xin chào, đây không phải kế hoạch.".encode(), "note.txt", "Chưa thêm: note.txt: không phải kế hoạch: "),
    (b"", "empty.txt", "Chưa thêm: empty.txt: tệp rỗng."),
    (b"PK\x03\x04 not really a docx", "broken.docx", "Chưa thêm: broken.docx: tệp DOCX bị hỏng"),
])
async def test_a_rejected_upload_is_told_in_vietnamese_naming_the_file_once(plan_bot, content, name, expected):
    """Review 9, finding 7: "Chưa thêm: notaplan.exe: notaplan.exe: not a plan: …"."""
    await upload(plan_bot, plan_bot.admin(), content, name)
    last = [c.text for c in plan_bot.request.calls if c.method == "editMessageText"][-1]
    assert last.startswith(expected) and 1 == last.count(name), last
    assert not any(word in last for word in ("not a plan", "the file", "cannot", "damaged", "is empty", "unknown format")), last


async def test_a_new_version_shows_what_changed_before_publishing(plan_bot):
    admin = plan_bot.admin()
    text = QUANG_NINH.read_text(encoding="utf-8")
    await upload(plan_bot, admin, text.encode(), "qn.txt")
    await admin.press("Công bố", on=card_of(plan_bot, admin))
    changed = text.replace("đăng ký khai sinh đạt 99% vào năm 2025", "đăng ký khai sinh đạt 99,5% vào năm 2025")
    assert changed != text
    await upload(plan_bot, admin, changed.encode(), "qn-v2.txt")
    card = card_of(plan_bot, admin)
    assert "Thay đổi so với bản đang áp dụng (1)" in card.text
    # the plan's own word and the locale's numbers, never the model's codes
    assert "chỉ tiêu 10, năm 2025: đạt 99% → đạt 99,5%" in card.text
    assert "at_least" not in card.text
    # still the old figure until published
    assert "99,5%" not in texts(await admin.send(QUESTION))
    first_file = plan_bot.db["kb_plans"].get("qn-kh45-2022")["source_path"]
    await admin.press("Công bố", on=card)
    assert "99,5%" in texts(await admin.send(QUESTION))
    # one plan, read from the new file; the first upload's text is gone
    assert ["qn-kh45-2022"] == [r.slug for r in list_plans(plan_bot.db) if r.slug.startswith("qn")]
    assert not Path(first_file).exists()
    assert Path(plan_bot.db["kb_plans"].get("qn-kh45-2022")["source_path"]).exists()


async def test_an_admin_changes_a_measure_link_on_the_card(plan_bot):
    admin = plan_bot.admin()
    await upload(plan_bot, admin, QUANG_NINH.read_bytes(), "qn.txt")
    await admin.press("Sửa liên kết số liệu", on=card_of(plan_bot, admin))
    await admin.press("Trẻ em bị xâm hại")
    chosen = await admin.press("11")
    assert "Trẻ em bị xâm hại → chỉ tiêu 11" in texts(chosen)
    await admin.press("Công bố", on=card_of(plan_bot, admin))
    assert 11 == plan_bot.db["measure_links"].get(("qn-kh45-2022", "abuse_cases"))["indicator_number"]
    assert "relink" in [row["action"] for row in audit_trail(plan_bot.db, "qn-kh45-2022")]


# -- pure parts ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def quang_ninh():
    return ingest_files([QUANG_NINH])[0]


def test_review_counts_warnings_and_samples(quang_ninh):
    card = review.review(quang_ninh)
    assert ("qn-kh45-2022", "Quảng Ninh", 20) == (card.slug, card.locality, card.indicators)
    assert card.targets == sum(len(i.targets) for i in quang_ninh.indicators)
    assert 3 == len(card.samples)
    assert all(f.target.year is not None for f in card.samples)


def test_review_warns_about_indicators_without_year_lead_or_target(quang_ninh):
    import copy

    plan = copy.deepcopy(quang_ninh)
    plan.indicators[0].targets = []
    for target in plan.indicators[1].targets:
        target.year = None
    plan.indicators[2].lead_agencies = []
    found = {w.code: w.indicators for w in review.warnings(plan)}
    assert 1 in found[review.NO_TARGET]
    assert 2 in found[review.NO_YEAR]
    assert 3 in found[review.NO_LEAD]


def test_diff_of_two_versions_lists_targets_leads_and_deadlines(quang_ninh):
    import copy

    assert [] == review.diff_plans(quang_ninh, quang_ninh)
    new = copy.deepcopy(quang_ninh)
    ten = next(i for i in new.indicators if i.number == 10)
    ten.targets[0].value = 99.5
    ten.lead_agencies = list(reversed(ten.lead_agencies)) + ["so-moi"]
    new.deadlines = new.deadlines[1:]
    kinds = [c.kind for c in review.diff_plans(quang_ninh, new)]
    assert review.TARGET_CHANGED in kinds and review.LEAD_CHANGED in kinds
    assert kinds.count(review.DEADLINE_REMOVED) == (1 if quang_ninh.deadlines else 0)
    changed = next(c for c in review.diff_plans(quang_ninh, new) if c.kind == review.TARGET_CHANGED)
    assert (10, 2025, "at_least 99 %", "at_least 99.5 %") == (changed.indicator, changed.year, changed.before,
                                                            changed.after)



async def test_a_published_upload_and_a_withdrawal_survive_a_restart(plan_bot):
    admin = plan_bot.admin()
    await upload(plan_bot, admin, docx_bytes(QUANG_NINH.read_text(encoding="utf-8")), "qn.docx")
    await admin.press("Công bố", on=card_of(plan_bot, admin))
    asked = await admin.send("/plans withdraw ct-qd608-2021")
    await admin.press("Đúng, rút ct-qd608-2021", on=asked[-1])
    settings = plan_bot.settings
    await stop_bot(plan_bot)
    # a new process: the knowledge base is loaded from the database by post_init
    application = build_application(settings, request=OfflineRequest())
    await application.initialize()
    await application.post_init(application)
    await application.start()
    restarted = BotHarness(application, plan_bot.request)
    try:
        kb = services(application).kb
        assert "qn-kh45-2022" in {p.slug for p in kb.plans}
        assert "ct-qd608-2021" not in {p.slug for p in kb.plans}
        assert "hn-kh138-2021" in {p.slug for p in kb.plans}
    finally:
        await stop_bot(restarted)


def test_a_withdrawn_plan_is_left_out_of_the_loaded_knowledge_base_even_after_a_rebuild(tmp_path, kb_db_path):
    from knowledge.store import (PUBLISHED, WITHDRAWN, build, load_knowledge_base, open_database, plan_files,
                                 plan_statuses, set_plan_status)

    path = tmp_path / "kb.db"
    copy_database(kb_db_path, path)
    set_plan_status(open_database(path), "hn-kh138-2021", WITHDRAWN)
    build(path, plan_files())          # python -m bot ingest
    kb = load_knowledge_base(path)
    assert "hn-kh138-2021" not in {p.slug for p in kb.plans} and kb.plan("ct-qd608-2021") is not None
    assert [] == kb.search_passages("khai sinh", plan="hn-kh138-2021")
    assert "hn-kh138-2021" not in {hit.plan for hit in kb.search_passages("đăng ký khai sinh", limit=5)}
    set_plan_status(open_database(path), "hn-kh138-2021", PUBLISHED)
    assert load_knowledge_base(path).plan("hn-kh138-2021") is not None
    assert {"hn-kh138-2021": PUBLISHED} == plan_statuses(open_database(path))
    with pytest.raises(ValueError):
        set_plan_status(open_database(path), "hn-kh138-2021", "deleted")


# -- drafts left waiting (fourth new-user trial, item 13) ------------------------------------------
def _plans_list(calls):
    listing = [c for c in calls if c.text.startswith("Các kế hoạch (")]
    assert listing, texts(calls)
    return listing[-1]


async def test_an_unanswered_draft_is_listed_by_title_with_publish_and_discard_and_a_newer_upload_replaces_it(plan_bot):
    admin = plan_bot.admin()
    text = QUANG_NINH.read_text(encoding="utf-8")
    await upload(plan_bot, admin, text.encode(), "qn.txt")            # its card is never answered
    changed = text.replace("đăng ký khai sinh đạt 99% vào năm 2025", "đăng ký khai sinh đạt 99,5% vào năm 2025")
    await upload(plan_bot, admin, changed.encode(), "qn-v2.txt")
    listing = _plans_list(await admin.send("/plans"))
    drafts = [line for line in listing.text.split("\n") if "qn-kh45-2022" in line]
    # one draft, the newer one, named by the plan's title, not the file's name
    assert 1 == len(drafts), listing.text
    assert "Quảng Ninh" in drafts[0] and "(bản nháp)" in drafts[0] and "qn" + "-v2.txt" not in drafts[0]
    assert ["Công bố bản nháp qn-kh45-2022", "Bỏ bản nháp qn-kh45-2022"] == \
        [label for label in listing.button_texts() if "qn-kh45-2022" in label]
    assert [("upload", 1), ("upload", 2), ("discard", 1)] == \
        [(row["action"], row["draft_id"]) for row in audit_trail(plan_bot.db, "qn-kh45-2022")]

    assert "Đã công bố" in texts(await admin.press("Công bố bản nháp qn-kh45-2022", on=listing))
    assert "99,5%" in texts(await admin.send(QUESTION))
    listing = _plans_list(await admin.send("/plans"))
    assert [] == [line for line in listing.text.split("\n") if "bản nháp" in line]
    # the older card's Publish no longer publishes the replaced version
    assert "không còn chờ duyệt" in texts(await admin.press_data("pl:pub:1"))


def _status(line: str) -> str:
    """The status in brackets at the end of a /plans line, its date written as dd/mm/yyyy."""
    import re

    return re.sub(r"\d\d/\d\d/\d{4}", "dd/mm/yyyy", line[line.rindex("("):])


async def test_a_draft_beside_its_published_plan_can_be_discarded_from_plans(plan_bot):
    admin = plan_bot.admin()
    await upload(plan_bot, admin, QUANG_NINH.read_bytes(), "qn.txt")
    await admin.press("Công bố", on=card_of(plan_bot, admin))
    await upload(plan_bot, admin, QUANG_NINH.read_bytes(), "qn-again.txt")   # left waiting
    listing = _plans_list(await admin.send("/plans"))
    lines = [line for line in listing.text.split("\n") if "qn-kh45-2022" in line]
    # the published one is served from its upload, and says so (review 9, finding 2)
    assert ["(đang áp dụng · bản tải lên ngày dd/mm/yyyy)", "(bản nháp)"] == [_status(line) for line in lines]
    assert "Đã bỏ" in texts(await admin.press("Bỏ bản nháp qn-kh45-2022", on=listing))
    listing = _plans_list(await admin.send("/plans"))
    assert ["(đang áp dụng · bản tải lên ngày dd/mm/yyyy)"] == \
        [_status(line) for line in listing.text.split("\n") if "qn-kh45-2022" in line]
    assert "99%" in texts(await admin.send(QUESTION))    # the published plan still answers


async def test_a_changed_deadline_reads_in_words_on_the_card(plan_bot):
    admin = plan_bot.admin()
    text = QUANG_NINH.read_text(encoding="utf-8")
    await upload(plan_bot, admin, text.encode(), "qn.txt")
    await admin.press("Công bố", on=card_of(plan_bot, admin))
    changed = text.replace("trước ngày 10 tháng 12 hằng năm", "trước ngày 5 tháng 12 hằng năm")
    assert changed != text
    await upload(plan_bot, admin, changed.encode(), "qn-v2.txt")
    card = card_of(plan_bot, admin).text
    assert "Báo cáo kết quả thực hiện hằng năm: 10/12" in card and "Báo cáo kết quả thực hiện hằng năm: 5/12" in card
    assert "yearly_report" not in card
