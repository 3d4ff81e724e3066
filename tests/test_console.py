"""The local console chat: the real Application, typed lines in, plain text out."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.launch.console import BOLD, RESET, Console, ConsoleRequest, file_name_for, html_to_text, run_console
from bot.runtime.database import open_database
from bot.runtime.offline_request import ApiCall
from tests.botapi_server import copy_database

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32


@pytest.mark.parametrize(("html", "ansi", "text"), [
    ("<b>Chỉ tiêu 14</b>: 98,5%", False, "Chỉ tiêu 14: 98,5%"),
    ("<b>Chỉ tiêu 14</b>: 98,5%", True, f"{BOLD}Chỉ tiêu 14{RESET}: 98,5%"),
    ("<strong>A</strong> &amp; <i>B</i> &lt;C&gt; &quot;D&quot;", False, 'A & B <C> "D"'),
    ('<a href="https://thuvienphapluat.vn/x?a=1&amp;b=2">KH 138</a>', False,
     "KH 138 (https://thuvienphapluat.vn/x?a=1&b=2)"),
    ("<code>/report</code> hoặc <pre>/baocao</pre>", False, "/report hoặc /baocao"),
    ("dòng 1\ndòng 2", False, "dòng 1\ndòng 2"),
    ("5 < 6 mà không thẻ", False, "5 < 6 mà không thẻ"),
    ("", False, ""),
])
def test_html_to_text(html, ansi, text):
    assert text == html_to_text(html, ansi=ansi)


@pytest.mark.parametrize(("method", "content", "given", "name"), [
    ("sendPhoto", PNG, None, "77-photo.png"),
    ("sendPhoto", b"\xff\xd8\xff", None, "77-photo.jpg"),
    ("sendDocument", b"PK\x03\x04rest", "bao cao/tuần 12.xlsx", "77-tuần_12.xlsx"),
    ("sendDocument", b"???", None, "77-document.bin"),
])
def test_file_names_are_safe_and_keep_the_kind(method, content, given, name):
    call = ApiCall(method, {"chat_id": 1}, {"x": content}, {"message_id": 77})
    assert name == file_name_for(call, "x", content, given)


def transcript(settings, kb, lines: list[str], **kwargs) -> str:
    out = io.StringIO()
    import asyncio

    asyncio.run(run_console(settings, stdin=io.StringIO("".join(f"{line}\n" for line in lines)), stdout=out,
                            kb=kb, **kwargs))
    return out.getvalue()


def user_data(settings, user_id: int = 1001) -> str | None:
    db = open_database(settings.database_path)
    try:
        row = db.execute("select data from ptb_user_data where id = ?", [user_id]).fetchone()
    finally:
        db.conn.close()
    return row[0] if row else None


def test_buttons_are_numbered_and_a_number_presses_one(settings, kb):
    out = transcript(settings, kb, ["/lang", "2", "/quit"])
    assert "Chọn ngôn ngữ:\n  [1] Tiếng Việt\n  [2] English\n" in out
    # the press edits the message just above: its new text, no "(edited)", as a phone shows it
    assert "> 2\nLanguage set to English.\n" in out   # the console's words follow /lang too
    assert '"lang": "en"' in user_data(settings)  # flushed to the database on /quit


@pytest.mark.parametrize("lang,greeting", [("vi", "Xin chào bạn!"), ("en", "Hello there!")])
def test_the_console_user_is_greeted_in_the_chosen_language(settings, kb, lang, greeting):
    out = transcript(settings.with_overrides(default_language=lang), kb, ["/start", "/quit"])
    assert greeting in out and "Console" not in out


async def test_saved_files_are_announced_in_the_language_chosen_with_lang(settings, kb, tmp_path):
    from bot.launch.app import build_application

    request = ConsoleRequest()
    application = build_application(settings, request=request, kb=kb)
    out = io.StringIO()
    console = Console(application, request, out, files_dir=tmp_path / "console", lang="vi")
    async with application:
        await console.chat.send("/lang en")
        console.flush()
        await application.bot.send_photo(1001, PNG, caption="Weekly digest")
        console.flush()
    assert "Photo saved: " in out.getvalue() and "Đã lưu" not in out.getvalue()


def test_a_backslash_number_is_sent_as_text_not_as_a_press(settings, kb):
    out = transcript(settings, kb, ["/lang", "\\2"])
    assert "Language set to English." not in out
    assert user_data(settings) is None or '"lang"' not in user_data(settings)


def test_a_number_with_no_such_button_is_a_message(settings, kb):
    out = transcript(settings, kb, ["/lang", "7"])
    after = out.split("> 7\n", 1)[1]
    assert after.strip() and "Language set" not in after


def test_a_count_typed_under_a_lone_cancel_button_is_the_count(settings, kb):
    admin = settings.with_overrides(admin_ids=frozenset({1001}))
    out = transcript(admin, kb, ["/areas add Hà Nội | Ba Đình | Phường Kim Mã", "/report", "1", "1", "1", "1",
                                 "/quit"])
    prompt, after = out.split("> 1\n", 3)[2:]
    assert "  [#1] Hủy\n" in prompt          # a lone button is shown with its # to press it
    assert "Đã hủy" not in after            # "1" was the count, not a press of Cancel
    assert "Bây giờ nhập tổng số" in after  # births registered is a rate: then the total
    assert "Vui lòng kiểm tra trước khi lưu" in after.split("> 1\n", 1)[1]


def test_a_hash_number_presses_a_lone_button(settings, kb):
    admin = settings.with_overrides(admin_ids=frozenset({1001}))
    out = transcript(admin, kb, ["/areas add Hà Nội | Ba Đình | Phường Kim Mã", "/report", "1", "1", "#1", "/quit"])
    assert "Đã hủy. Không có gì được lưu." in out.split("> #1\n", 1)[1]


def test_a_number_after_a_reply_without_buttons_is_a_message(settings, kb):
    out = transcript(settings, kb, ["/lang", "/khongco", "2", "/quit"])
    assert "Language set to English." not in out  # the buttons of /lang are no longer the latest


def test_unknown_commands_and_end_of_input_end_cleanly(settings, kb):
    out = transcript(settings, kb, ["/khongco"])  # no /quit: end of input leaves
    assert "> /khongco\nTôi không biết lệnh /khongco. Gửi /help để xem tôi làm được gì.\n" in out
    assert out.startswith("Trò chuyện với bot ngay trên máy: không cần Telegram, không cần mạng.\n")


def test_lines_after_quit_are_not_sent(settings, kb):
    out = transcript(settings, kb, ["/quit", "/khongco"])
    assert "/khongco" not in out


def test_the_english_console(settings, kb):
    out = transcript(settings.with_overrides(default_language="en"), kb, ["/khongco"])
    assert out.startswith("Local chat with the bot: no Telegram, no network.\n")
    assert "I don't know the command /khongco." in out


async def test_photos_and_documents_are_saved_and_their_path_printed(settings, kb, tmp_path):
    from bot.launch.app import build_application

    request = ConsoleRequest()
    application = build_application(settings, request=request, kb=kb)
    out = io.StringIO()
    console = Console(application, request, out, files_dir=tmp_path / "console", lang="vi")
    async with application:
        await application.bot.send_photo(1001, PNG, caption="<b>Tổng hợp</b> tuần")
        await application.bot.send_document(1001, b"a;b\n1;2\n", filename="xuat.csv")
        await application.bot.send_message(42, "cho người khác")
        console.flush()
    saved = sorted((tmp_path / "console").iterdir())
    assert [PNG, b"a;b\n1;2\n"] == [path.read_bytes() for path in saved]
    assert out.getvalue() == (f"Tổng hợp tuần\nĐã lưu ảnh: {saved[0]}\n\n"
                              f"Đã lưu tệp: {saved[1]}\n\n")
    assert saved[1].name.endswith("-xuat.csv")


def run_console_process(tmp_path: Path, kb_db_path: Path, stdin: str, *args: str) -> subprocess.CompletedProcess:
    database = tmp_path / "data" / "bot.db"
    copy_database(kb_db_path, database)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "LOG_", "DEFAULT_"))}
    env["DATABASE_PATH"] = str(database)
    # the checkout under test, not whichever copy of the bot is installed
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(__file__).resolve().parents[1]), env.get("PYTHONPATH")]))
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=90)


def test_piped_question_gets_its_answer(tmp_path, kb_db_path):
    result = run_console_process(tmp_path, kb_db_path, "so tong dai bao ve tre em\n/quit\n", "console")
    assert 0 == result.returncode
    assert not [line for line in result.stderr.splitlines() if "level=ERROR" in line or not line.startswith("ts=")]
    answer = result.stdout.split("> so tong dai bao ve tre em\n", 1)[1]
    assert "111" in answer
    assert "\033[" not in result.stdout  # not a terminal: no ANSI codes


def test_no_token_and_no_command_starts_the_console(tmp_path, kb_db_path):
    result = run_console_process(tmp_path, kb_db_path, "/khongco\n")
    assert 0 == result.returncode
    assert "Tôi không biết lệnh /khongco." in result.stdout


# -- numbers typed for the buttons of the session before a restart (fourth new-user trial, item 14) --
def test_a_number_after_a_restart_shows_the_earlier_buttons_again_then_presses(settings, kb):
    transcript(settings, kb, ["/lang", "/quit"])                 # the console quits under the buttons
    out = transcript(settings, kb, ["2", "2", "/quit"])
    first, second = out.split("> 2\n")[1:3]
    assert "Các nút của phiên trước không còn hiệu lực" in first
    assert "  [1] Tiếng Việt\n  [2] English\n" in first
    assert "Language set" not in first and "Con số này" not in first   # not read as a question
    assert "Language set to English." in second


def test_a_number_after_a_restart_mid_report_presses_the_period(settings, kb):
    admin = settings.with_overrides(admin_ids=frozenset({1001}))
    out = transcript(admin, kb, ["/areas add Hà Nội | Ba Đình | Phường Kim Mã", "/report", "1", "/quit"])
    assert "Tháng trước" in out
    out = transcript(admin, kb, ["2", "2", "/quit"])
    first, second = out.split("> 2\n")[1:3]
    assert "Các nút của phiên trước không còn hiệu lực" in first and "Tháng trước" in first
    assert "Phường Kim Mã" in second and "Hãy trả lời câu hỏi này" not in second


def test_after_a_restart_a_reply_of_the_bot_forgets_the_earlier_buttons(settings, kb):
    transcript(settings, kb, ["/lang", "/quit"])
    out = transcript(settings, kb, ["/khongco", "2", "/quit"])
    assert "phiên trước" not in out and "Language set" not in out


# -- digits other than ASCII (review 9, finding 6): never a press, never a crash, never a count ----------
@pytest.mark.parametrize("typed", ["²", "٢", "２", "#²", "\\²"])
def test_a_non_ascii_digit_presses_no_button_and_does_not_stop_the_console(settings, kb, typed):
    out = transcript(settings, kb, ["/lang", typed, "/quit"])
    assert "Language set to English." not in out
    assert "> /quit" in out  # still running after the odd digit


@pytest.mark.parametrize("typed", ["²", "٣", "１２"])
def test_a_non_ascii_digit_at_the_count_prompt_is_not_a_whole_number(settings, kb, typed):
    admin = settings.with_overrides(admin_ids=frozenset({1001}))
    out = transcript(admin, kb, ["/areas add Hà Nội | Ba Đình | Phường Kim Mã", "/report", "1", "1", typed, "/quit"])
    after = out.split(f"> {typed}\n", 1)[1]
    assert "Đó không phải là một số nguyên" in after and "Vui lòng kiểm tra" not in after


def test_an_odd_digit_in_a_console_process_is_answered_and_never_logged(tmp_path, kb_db_path):
    result = run_console_process(tmp_path, kb_db_path, "/lang\n²\n٣\n/quit\n", "console")
    assert 0 == result.returncode
    assert "²" not in result.stderr and "٣" not in result.stderr
    assert "Traceback" not in result.stderr and "Language set" not in result.stdout


# -- a letter alone (typed to quit, as other consoles quit) asks nothing (seventh session) --
@pytest.mark.parametrize("typed", ["q", "x"])
def test_a_letter_alone_is_no_question(settings, kb, typed):
    out = transcript(settings, kb, [typed, "/quit"])
    reply = out.split(f"> {typed}\n")[1]
    assert "Tôi không tìm thấy nội dung này" in reply and "Nguồn:" not in reply.split("> ")[0]
