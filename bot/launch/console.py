"""``python -m bot console``: chat with the real bot in the terminal, offline.

The Application is the one ``build_application`` makes for Telegram — same handlers,
persistence and jobs — running on ``OfflineRequest`` instead of the network, and started
like ``run`` starts it (initialize, ``post_init``, ``start`` so the JobQueue runs) but
without an Updater: each line typed becomes a real ``Update`` fed to the Application by
``LocalChat``. What the bot sends is printed as plain text (bold in a terminal); buttons
are numbered, and typing a number presses that button of the bot's latest message when it
offers a choice; ``#1`` presses a lone button, ``\\5`` sends the text "5". Photos and
documents are saved under ``data/console/``.
``/quit`` or end of input leaves, flushing the conversation state.

It works with piped input too: ``printf 'so tong dai\\n/quit\\n' | python -m bot console``.
"""

from __future__ import annotations

import asyncio
import html
import re
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from telegram.ext import Application
from telegram.request import RequestData

from bot.launch.app import build_application
from bot.runtime.config import Settings
from bot.i18n import N_, Translator, normalize_lang, translator
from bot.launch.local_chat import LocalChat
from bot.runtime.offline_request import ApiCall, OfflineRequest
from handlers.common import LANG_KEY

QUIT_COMMANDS = ("/quit", "/exit")
CONSOLE_USER_ID = 1001
SHOWN_METHODS = ("sendMessage", "editMessageText", "editMessageReplyMarkup", "sendPhoto", "sendDocument",
                 "answerCallbackQuery")
POLL_INTERVAL = 0.2  # seconds between looks for messages sent by jobs
# The console user's first name, so /start greets "Xin chào bạn!" / "Hello there!".
CONSOLE_FIRST_NAME = N_("there")

BOLD, RESET = "\033[1m", "\033[0m"
_TAG_RE = re.compile(r"<(/?)([a-zA-Z0-9-]+)([^>]*)>")
_HREF_RE = re.compile(r"""href\s*=\s*["']([^"']*)["']""")
_BOLD_TAGS = {"b", "strong"}


def html_to_text(text: str, *, ansi: bool = False) -> str:
    """Telegram HTML as terminal text: tags dropped (bold kept as ANSI when ``ansi``),
    links shown with their address, entities unescaped."""
    out: list[str] = []
    pos = 0
    link: str | None = None
    for match in _TAG_RE.finditer(text):
        out.append(html.unescape(text[pos:match.start()]))
        pos = match.end()
        closing, tag = match.group(1) == "/", match.group(2).lower()
        if tag in _BOLD_TAGS and ansi:
            out.append(RESET if closing else BOLD)
        elif tag == "a":
            if closing:
                if link:
                    out.append(f" ({link})")
                link = None
            else:
                href = _HREF_RE.search(match.group(3))
                link = html.unescape(href.group(1)) if href else None
        elif tag == "br":
            out.append("\n")
    out.append(html.unescape(text[pos:]))
    return "".join(out)


_MAGIC = ((b"\x89PNG", ".png"), (b"\xff\xd8", ".jpg"), (b"%PDF", ".pdf"), (b"PK\x03\x04", ".xlsx"), (b"GIF8", ".gif"))


def file_name_for(call: ApiCall, part: str, content: bytes, given: str | None) -> str:
    """A safe file name for an upload the bot made: its own name, else one from its content."""
    if given and given not in ("application.octet-stream", "attachment"):
        base = re.sub(r"[^\w.-]+", "_", Path(given).name).strip("._") or "file"
    else:
        ext = next((e for magic, e in _MAGIC if content.startswith(magic)), ".bin")
        base = f"{call.method.removeprefix('send').lower()}{ext}"
    return f"{call.message_id or 0}-{base}"


class ConsoleRequest(OfflineRequest):
    """``OfflineRequest`` that also remembers the names of the files the bot uploads."""

    def __init__(self, bot_username: str = "childplan_bot") -> None:
        super().__init__(bot_username)
        self.file_names: dict[int, dict[str, str | None]] = {}

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        names: dict[str, str | None] = {}
        if request_data is not None and request_data.contains_files:
            for part, value in request_data.multipart_data.items():
                names[part] = value[0] if isinstance(value, tuple) else None
        result = await super().do_request(url, method, request_data, *args, **kwargs)
        if names:
            self.file_names[len(self.calls) - 1] = names
        return result


CHOICE = 2  # a bare number presses a button when a message offers at least this many


@dataclass
class Keyboard:
    """The buttons of the last message that has some, as typed numbers see them."""

    message: dict[str, Any]
    buttons: list[dict[str, Any]] = field(default_factory=list)


class Console:
    """Prints what the bot sends to one chat and turns typed lines into updates."""

    def __init__(self, application: Application, request: ConsoleRequest, out: TextIO, *,
                 files_dir: Path, ansi: bool = False, lang: str = "vi",
                 user_id: int = CONSOLE_USER_ID, first_name: str | None = None) -> None:
        self.application = application
        self.request = request
        self.out = out
        self.files_dir = files_dir
        self.ansi = ansi
        self.default_lang = normalize_lang(lang)
        first_name = first_name or translator(lang)(CONSOLE_FIRST_NAME)
        self.chat = LocalChat(application, request, user_id=user_id, first_name=first_name, language_code=lang)
        self.keyboard: Keyboard | None = None
        self.printed = 0

    @property
    def _(self) -> Translator:
        """The console's own words in the chat's language: the one chosen with /lang, else
        the default, so they match what the bot says."""
        chosen = self.application.user_data.get(self.chat.user_id, {}).get(LANG_KEY)
        return translator(normalize_lang(chosen or self.default_lang))

    # -- output --------------------------------------------------------------------------
    def write(self, text: str = "") -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def bold(self, text: str) -> str:
        return f"{BOLD}{text}{RESET}" if self.ansi else text

    def flush(self) -> None:
        """Print every call the bot made to this chat since the last flush."""
        calls = self.request.calls
        while self.printed < len(calls):
            index = self.printed
            self.printed += 1
            call = calls[index]
            if call.method in SHOWN_METHODS and call.chat_id in (None, self.chat.user_id):
                self.show(call, index)

    def show(self, call: ApiCall, index: int) -> None:
        _ = self._
        if call.method == "answerCallbackQuery":
            if call.params.get("text"):
                self.write(_("Notice: {text}", text=call.params["text"]))
            return
        edited = call.method.startswith("edit")
        if call.method != "editMessageReplyMarkup" and call.text:
            text = html_to_text(call.text, ansi=self.ansi)
            self.write((self.bold(_("(edited)")) + " " if edited else "") + text)
        for part, content in call.files.items():
            given = self.request.file_names.get(index, {}).get(part)
            path = self.save_file(call, part, content, given)
            label = _("Photo saved: {path}", path=path) if call.method == "sendPhoto" else _(
                "File saved: {path}", path=path)
            self.write(label)
        self.update_keyboard(call, edited)
        self.write()

    def save_file(self, call: ApiCall, part: str, content: bytes, given: str | None) -> str:
        self.files_dir.mkdir(parents=True, exist_ok=True)
        path = self.files_dir / file_name_for(call, part, content, given)
        path.write_bytes(content)
        try:
            return str(path.resolve().relative_to(Path.cwd()))
        except ValueError:
            return str(path)

    def update_keyboard(self, call: ApiCall, edited: bool) -> None:
        """Typed numbers refer to the buttons of the bot's latest text message: a new text
        message without buttons (or an edit that removed them) leaves none to press; photos
        and files keep the buttons of the message before them."""
        buttons = [button for row in call.buttons for button in row]
        message = call.result if isinstance(call.result, dict) else {}
        same_message = self.keyboard is not None and self.keyboard.message.get("message_id") == message.get("message_id")
        if buttons:
            self.keyboard = Keyboard(message, buttons)
            marker = "" if len(buttons) >= CHOICE else "#"
            for number, button in enumerate(buttons, start=1):
                self.write(f"  [{marker}{number}] {button['text']}")
        elif (edited and same_message) or (not edited and call.method == "sendMessage"):
            self.keyboard = None

    # -- input ---------------------------------------------------------------------------
    async def handle(self, line: str) -> bool:
        """Act on one typed line; False when the user wants to leave."""
        text = line.strip()
        if not text:
            return True
        if text.lower() in QUIT_COMMANDS:
            return False
        button = self.button_for(text)
        if button is not None:
            if "callback_data" in button:
                await self.chat.process(self.chat.callback_update(button["callback_data"], self.keyboard.message))
            elif button.get("url"):
                self.write(self._("Link: {url}", url=button["url"]))
        else:
            if text.startswith("\\") and text[1:].strip().isdigit():
                text = text[1:].strip()
            await self.chat.send(text)
        self.flush()
        return True

    def button_for(self, text: str) -> dict[str, Any] | None:
        """The button a typed line presses: ``#N`` always; a bare number only when the
        message offers a choice of several buttons (a lone "Cancel" under a question that
        asks for a count must not swallow the count)."""
        if self.keyboard is None:
            return None
        if text.startswith("#") and text[1:].isdigit():
            number = int(text[1:])
        elif text.isdigit() and len(self.keyboard.buttons) >= CHOICE:
            number = int(text)
        else:
            return None
        if 1 <= number <= len(self.keyboard.buttons):
            return self.keyboard.buttons[number - 1]
        return None

    def intro(self) -> None:
        self.write(self.bold(self._("Local chat with the bot: no Telegram, no network.")))
        self.write(self._("Type a message, or the number of a button to press it; #1 presses a lone "
                          "button and \\5 sends the number 5 as text. /quit leaves."))
        self.write()


def _read_lines(stream: TextIO, loop: asyncio.AbstractEventLoop, queue: asyncio.Queue) -> None:
    """Read ``stream`` in a daemon thread (so Ctrl+C never waits for Enter); None at the end."""
    try:
        for line in iter(stream.readline, ""):
            loop.call_soon_threadsafe(queue.put_nowait, line)
    except (OSError, ValueError):
        pass
    finally:
        loop.call_soon_threadsafe(queue.put_nowait, None)


async def run_console(settings: Settings, *, stdin: TextIO | None = None, stdout: TextIO | None = None,
                      kb: object | None = None, user_id: int = CONSOLE_USER_ID, first_name: str | None = None,
                      files_dir: Path | None = None, ansi: bool | None = None) -> None:
    """Chat with the bot until /quit or end of input, then shut down cleanly."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    interactive = stdin.isatty() and stdout.isatty()
    request = ConsoleRequest(settings.bot_username)
    application = build_application(settings, request=request, kb=kb)
    console = Console(application, request, stdout,
                      files_dir=files_dir or settings.database_path.parent / "console",
                      ansi=stdout.isatty() if ansi is None else ansi,
                      lang=settings.default_language, user_id=user_id, first_name=first_name)
    await application.initialize()
    started = False
    try:
        await application.post_init(application)
        await application.start()
        started = True
        console.printed = len(request.calls)  # start-up calls (getMe, setMyCommands) are not chat
        console.intro()
        queue: asyncio.Queue[str | None] = asyncio.Queue()
        threading.Thread(target=_read_lines, args=(stdin, asyncio.get_running_loop(), queue),
                         daemon=True, name="console-stdin").start()
        while True:
            if interactive:
                stdout.write("> ")
                stdout.flush()
            line = await _next_line(queue, console)
            if line is None:
                break
            if not interactive:
                console.write(f"> {line.rstrip()}")
            if not await console.handle(line):
                break
    finally:
        if started:
            await application.stop()
        await application.shutdown()  # flushes the conversation state
        await application.post_shutdown(application)
        console.flush()


async def _next_line(queue: asyncio.Queue, console: Console) -> str | None:
    """The next typed line, printing what jobs send while waiting for it."""
    while True:
        try:
            return await asyncio.wait_for(queue.get(), timeout=POLL_INTERVAL)
        except asyncio.TimeoutError:
            console.flush()
