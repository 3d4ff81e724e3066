"""What a new user tripped over when trying the bot in the console (issue 10's chat trial),
each driven through the real Application: the console chat (``run_console``, typed lines
in, printed text out) or ``LocalChat`` (real ``Update`` objects), asserting what the user
reads.

1. a plan file for ``/plans add`` is sent from the console with ``/file PATH``; while the
   bot waits for it, typed text (a path too) is told how to send it, not answered;
2. a lone choice ("Phường/xã nào? [1] Phường Trần Phú") is pressed with "1";
3. a press prints the edited message's new text, with no "(edited)" in front;
4. every word of ``/start`` is in the chosen language (no "Hello bạn!");
5. the digest after a report for the current month (its own tests: tests/test_digest.py);
6. ``/plans`` cuts long titles at a word, with "…".
"""

from __future__ import annotations

import asyncio
import io
import re
from pathlib import Path

import pytest

from bot.launch.console import Console, ConsoleRequest, run_console
from bot.plans import list_plans
from bot.runtime.database import open_database
from handlers.common import shorten
from tests.botapi_server import copy_database

QUANG_NINH = Path(__file__).parent / "data" / "plans_extra" / "quangninh-kh45-2022.txt"
CONSOLE_USER = 1001
LINK_RE = re.compile(r"https://t\.me/childplan_bot\?start=([A-Za-z0-9_-]+)")


def transcript(settings, kb, lines: list[str]) -> str:
    """What the console prints for ``lines`` typed one after another (then end of input)."""
    out = io.StringIO()
    asyncio.run(run_console(settings, stdin=io.StringIO("".join(f"{line}\n" for line in lines)), stdout=out, kb=kb))
    return out.getvalue()


def after(out: str, line: str, nth: int = 1) -> str:
    """What the console printed after the ``nth`` typed ``line``, up to the next typed line."""
    return out.split(f"> {line}\n")[nth].split("\n> ", 1)[0]


@pytest.fixture
def admin_settings(settings, kb_db_path):
    """The console user is an admin, and the database holds the shipped plans (for /plans)."""
    copy_database(kb_db_path, settings.database_path)
    return settings.with_overrides(admin_ids=frozenset({CONSOLE_USER}))


# -- 1. a file from the console ----------------------------------------------------------------
def test_a_plan_file_is_sent_with_file_path_and_read_like_a_telegram_document(admin_settings, kb):
    out = transcript(admin_settings, kb, ["/plans add", "kế hoạch mới của tỉnh", f"/{QUANG_NINH}",
                                          f"/file {QUANG_NINH}", "/quit"])
    asked = after(out, "/plans add")
    assert "Hãy gửi tệp kế hoạch cho tôi dưới dạng tài liệu" in asked
    assert "gõ /file rồi đến đường dẫn của tệp" in asked              # how, from the console
    for typed in ("kế hoạch mới của tỉnh", f"/{QUANG_NINH}"):          # a question, a path read as a command
        reminder = after(out, typed)
        assert "Tôi đang chờ tệp kế hoạch" in reminder and "/file" in reminder
        assert "Tôi không biết lệnh" not in reminder and "Nguồn" not in reminder
    assert "Đang đọc quangninh-kh45-2022.txt…" in after(out, f"/file {QUANG_NINH}")
    assert "Kiểm tra trước khi công bố:" in out and "Mã: qn-kh45-2022" in out   # the review card


def test_cancel_stops_waiting_and_questions_are_answered_again(admin_settings, kb):
    out = transcript(admin_settings, kb, ["/plans add", "/huy", "so tong dai bao ve tre em", "/huy", "/quit"])
    assert "Tôi không chờ tệp nữa." in after(out, "/huy")
    assert "111" in after(out, "so tong dai bao ve tre em")
    assert "Không có gì để hủy." in after(out, "/huy", 2)


@pytest.mark.parametrize("line,said", [
    ("/file", "Gõ /file rồi đến đường dẫn của tệp cần gửi"),
    ("/file /khong/co/tep.docx", "Không có tệp này: /khong/co/tep.docx"),
])
def test_file_without_a_readable_file_says_so_and_sends_nothing(admin_settings, kb, line, said):
    out = transcript(admin_settings, kb, [line, "/quit"])
    assert said in after(out, line)
    assert "Đang đọc" not in out


def test_a_file_with_a_caption_is_a_document_with_that_caption(admin_settings, kb, tmp_path):
    csv = tmp_path / "phuong.csv"
    csv.write_text("city,district,name\nĐà Nẵng,Hải Châu,Phường Thạch Thang\n", encoding="utf-8")
    out = transcript(admin_settings, kb, [f"/file {csv} | /areas import", "/areas", "/quit"])
    assert "Đã nhập: 1 địa bàn mới" in out
    assert "• Phường Thạch Thang" in after(out, "/areas")


async def test_on_telegram_the_reminder_does_not_speak_of_the_console(bot):
    admin = bot.admin()
    asked = (await admin.send("/plans add"))[-1].text
    assert "Hãy gửi tệp kế hoạch" in asked and "/file" not in asked
    reminder = (await admin.send("kế hoạch mới của tỉnh"))[-1].text
    assert "Tôi đang chờ tệp kế hoạch: hãy gửi tệp dưới dạng tài liệu, hoặc gửi /huy để thôi chờ." == reminder


# -- 2. a lone choice ------------------------------------------------------------------------------
def test_one_is_the_lone_ward_of_the_guided_invite(admin_settings, kb):
    out = transcript(admin_settings, kb, ["/areas add Đà Nẵng | Hải Châu | Phường Trần Phú", "/invite", "1", "1",
                                          "/quit"])
    step = after(out, "1", 1)
    assert "Phường/xã nào?\n  [1] Phường Trần Phú\n" in step          # shown as a choice, no "#"
    invited = after(out, "1", 2)
    assert "Lời mời dành cho một cộng tác viên của Phường Trần Phú, Hải Châu, Đà Nẵng." in invited
    assert LINK_RE.search(invited)


async def test_a_lone_follow_up_question_is_not_pressed_by_a_bare_number(settings, kb, tmp_path):
    from bot.launch.app import build_application

    request = ConsoleRequest()
    application = build_application(settings, request=request, kb=kb)
    console = Console(application, request, io.StringIO(), files_dir=tmp_path, lang="vi")
    async with application:
        assert not console.number_presses([{"text": "Ai chủ trì chỉ tiêu 14?", "callback_data": "sg:0"}])
        assert console.number_presses([{"text": "Phường Trần Phú", "callback_data": "inv:a:1"}])


# -- 3. an edited message ----------------------------------------------------------------------------
async def test_an_edit_of_an_older_message_is_marked_and_of_the_latest_is_not(settings, kb, tmp_path):
    from bot.launch.app import build_application

    request = ConsoleRequest()
    application = build_application(settings, request=request, kb=kb)
    out = io.StringIO()
    console = Console(application, request, out, files_dir=tmp_path, lang="vi")
    async with application:
        await console.handle("/lang")
        await console.handle("2")                             # edits the message just above
        assert out.getvalue().endswith("Chọn ngôn ngữ:\n  [1] Tiếng Việt\n  [2] English\n\nLanguage set to English.\n\n")
        await console.handle("/lang")
        languages = console.keyboard.message
        await console.handle("/khongco")                      # a newer message below the buttons
        await console.chat.process(console.chat.callback_update("lang:vi", languages))
        console.flush()
    assert out.getvalue().endswith("Đã chuyển sang tiếng Việt. (đã sửa)\n\n")
    assert "(edited)" not in out.getvalue()


# -- 4. the reader's language, every word -----------------------------------------------------------
def test_start_after_choosing_english_is_english_throughout(settings, kb):
    out = transcript(settings, kb, ["/lang", "2", "/start", "/quit"])
    greeting = after(out, "/start")
    assert greeting.startswith("Hello there!\n")
    assert "bạn" not in greeting and "Xin chào" not in greeting


@pytest.mark.parametrize("first_name", ["", "\u200b\u200b"])   # none, or only invisible characters
async def test_a_user_without_a_name_is_greeted_and_welcomed_in_their_language(bot, first_name):
    admin = bot.admin()
    await admin.send("/areas add Đà Nẵng | Hải Châu | Phường Trần Phú")
    link = (await admin.send("/invite collaborator Phường Trần Phú"))[-1].text
    chat = bot.chat(user_id=2002, first_name=first_name, language_code="en")
    await chat.send("/lang en")
    welcome = (await chat.send(f"/start {LINK_RE.search(link).group(1)}"))[-1].text
    assert welcome.startswith("Welcome! You are registered as collaborator for Phường Trần Phú")
    assert (await chat.send("/start"))[-1].text.startswith("Hello there!\n")


# -- 5. the digest right after a report for the current month -----------------------------------------
async def test_the_digest_after_a_report_for_this_month_never_calls_the_ward_missing(bot):
    admin = bot.admin()
    await admin.send("/areas add Đà Nẵng | Hải Châu | Phường Trần Phú")
    link = (await admin.send("/invite collaborator Phường Trần Phú"))[-1].text
    collaborator = bot.chat(user_id=2002, first_name="")   # the console user: no name
    await collaborator.send(f"/start {LINK_RE.search(link).group(1)}")
    await collaborator.send("/report")
    await collaborator.press("khai sinh")
    await collaborator.press("Tháng này")
    await collaborator.send("5")
    await collaborator.send("10")
    assert "Đã lưu" in (await collaborator.press("Lưu"))[-1].text

    digest = next(c.text for c in await admin.send("/digest") if c.method == "sendMessage")
    assert "1 báo cáo từ 1 địa bàn." in digest and "Đúng hạn: 1, muộn: 0." in digest
    unreported = digest.split("<b>Số liệu còn thiếu</b>\n", 1)[1].split("\n\n", 1)[0]
    assert re.fullmatch(r"Chưa báo cáo tuần \S+ – \S+, vẫn còn hạn \(hạn \S+\): 1/1 địa bàn\.\n"
                        r"• Phường Trần Phú \(Hải Châu\): CTV #2002 — đã gửi số liệu khác, chưa gửi số liệu tuần",
                        unreported), unreported
    assert "bạn" not in unreported and "Quá hạn" not in digest


# -- 6. titles cut at a word ---------------------------------------------------------------------------
def test_plans_lists_long_titles_cut_at_a_word_with_an_ellipsis(admin_settings, kb):
    db = open_database(admin_settings.database_path)
    try:
        titles = {row.slug: row.title for row in list_plans(db)}
    finally:
        db.conn.close()
    out = after(transcript(admin_settings, kb, ["/plans", "/quit"]), "/plans")
    shown = dict(re.findall(r"^• (\S+) — (.*) \([^()]*\)$", out, re.M))
    assert set(titles) == set(shown)
    cut = 0
    for slug, title in titles.items():
        if shown[slug] == title:
            continue
        cut += 1
        assert shown[slug].endswith("…"), shown[slug]
        words = shown[slug][:-1].split()
        assert words == title.split()[:len(words)], (shown[slug], title)   # whole words only
    assert cut >= 2   # the Cần Thơ and Điện Biên Phủ titles are long


@pytest.mark.parametrize("text,limit,expected", [
    ("Kế hoạch ngắn", 80, "Kế hoạch ngắn"),
    ("giai đoạn 2021 - 2030", 18, "giai đoạn 2021…"),
    ("quyền tham gia của trẻ em", 21, "quyền tham gia của…"),
    ("tham gia, của", 10, "tham gia…"),   # the comma before the cut goes
    ("Mộttừrấtdàikhôngcókhoảngtrắng", 10, "Mộttừrấtd…"),
    ("  nhiều   khoảng  trắng ", 80, "nhiều khoảng trắng"),
])
def test_shorten_cuts_at_a_word_boundary(text, limit, expected):
    assert expected == shorten(text, limit)
    assert len(shorten(text, limit)) <= limit
