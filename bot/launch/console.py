"""``python -m bot console``: chat with the real bot in the terminal, offline.

The Application is the one ``build_application`` makes for Telegram — same handlers,
persistence and jobs — running on ``OfflineRequest`` instead of the network, and started
like ``run`` starts it (initialize, ``post_init``, ``start`` so the JobQueue runs) but
without an Updater: each line typed becomes a real ``Update`` fed to the Application by
``LocalChat``. What the bot sends is printed as plain text (bold in a terminal); buttons
are numbered, and typing a number presses that button of the bot's latest message when it
offers a choice — a lone choice too, unless the step waits for a typed number (a count
under a lone "Cancel") or the button asks a follow-up question: then it is shown as
``[#1]`` and ``#1`` presses it; ``\\5`` always sends the text "5". An edited message is
printed as its new text, marked "(edited)" only when it is not the message just above.
``/file PATH`` (``/file PATH | caption``) sends a file from this computer as a document,
the same message a Telegram client sends (a plan for ``/plans add``, a CSV with the caption
``/areas import``). Photos and documents the bot sends are saved under ``data/console/``.
``/quit`` or end of input leaves, flushing the conversation state.

It works with piped input too: ``printf 'so tong dai\\n/quit\\n' | python -m bot console``.
"""

from __future__ import annotations

import asyncio
import html
import json
import mimetypes
import re
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from telegram import Update
from telegram.ext import Application
from telegram.request import RequestData

from bot.launch.app import build_application
from bot.runtime.config import Settings
from bot.i18n import Translator, normalize_lang, translator
from bot.launch.local_chat import LocalChat
from bot.runtime.offline_request import ApiCall, OfflineRequest
from bot.services import services
from handlers.common import CONSOLE_KEY, LANG_KEY
from handlers.questions import asks_a_question, on_text

QUIT_COMMANDS = ("/quit", "/exit")
FILE_COMMAND = "/file"   # "/file PATH" or "/file PATH | caption": send a file as a document
MAX_FILE_BYTES = 20 * 1024 * 1024   # what the Bot API lets a bot download
CONSOLE_USER_ID = 1001
SHOWN_METHODS = ("sendMessage", "editMessageText", "editMessageReplyMarkup", "sendPhoto", "sendDocument",
                 "answerCallbackQuery")
POLL_INTERVAL = 0.2  # seconds between looks for messages sent by jobs
# The console user has no name of its own (Telegram always sends one, but the bot must
# cope without: the greeting falls back to "Hello there!" in the reader's language, and a
# registered console user is listed by a neutral label, never by a word like "bạn").
CONSOLE_FIRST_NAME = ""

BOLD, DIM, RESET = "\033[1m", "\033[2m", "\033[0m"
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
        self.local_files: dict[str, Path] = {}   # file_id -> the file on this computer it stands for

    def offer(self, path: Path) -> str:
        """Make ``path`` downloadable by the bot (``getFile`` then the file URL); its file_id."""
        file_id = f"console-file-{len(self.local_files) + 1}"
        self.local_files[file_id] = path
        return file_id

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        if "/file/bot" in url:   # the bot downloads a file the console user sent
            path = self.local_files.get(url.rsplit("/", 1)[-1])
            if path is None:
                return 404, b""
            return 200, await asyncio.to_thread(path.read_bytes)
        if url.endswith("/getFile") and request_data is not None:
            file_id = str(request_data.parameters.get("file_id", ""))
            path = self.local_files.get(file_id)
            if path is not None:
                result = {"file_id": file_id, "file_unique_id": file_id, "file_size": path.stat().st_size,
                          "file_path": f"documents/{file_id}"}
                return 200, json.dumps({"ok": True, "result": result}).encode()
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
        self.chat = LocalChat(application, request, user_id=user_id, first_name=first_name or CONSOLE_FIRST_NAME,
                              language_code=lang)
        services(application).extras[CONSOLE_KEY] = True   # replies may then mention /file
        self.keyboard: Keyboard | None = None
        # the buttons the last session left on screen: a number typed first after a restart
        # meant one of them, not a question (``earlier_buttons``)
        self.earlier: Keyboard | None = self._load_keyboard()
        self.printed = 0
        self.last_shown: int | None = None   # message id of the bot's message printed last

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

    def dim(self, text: str) -> str:
        return f"{DIM}{text}{RESET}" if self.ansi else text

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
        message_id = call.result.get("message_id") if isinstance(call.result, dict) else None
        if call.method != "editMessageReplyMarkup" and call.text:
            text = html_to_text(call.text, ansi=self.ansi)
            # A phone shows an edit in place; here the new text is printed below. It needs a
            # mark only when the message it replaces is not the one just above.
            if edited and message_id != self.last_shown:
                text += " " + self.dim(_("(edited)"))
            self.write(text)
        if message_id is not None:
            self.last_shown = message_id
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
        self.earlier = None   # the bot spoke: the last session's buttons are nobody's now
        if buttons:
            self.keyboard = Keyboard(message, buttons)
            self.show_buttons(buttons)
            self._save_keyboard()
        elif (edited and same_message) or (not edited and call.method == "sendMessage"):
            self.keyboard = None
            self._save_keyboard()

    def show_buttons(self, buttons: list[dict[str, Any]]) -> None:
        marker = "" if self.number_presses(buttons) else "#"
        for number, button in enumerate(buttons, start=1):
            self.write(f"  [{marker}{number}] {button['text']}")

    # the latest buttons outlive the session in a small file beside the saved files
    @property
    def _keyboard_file(self) -> Path:
        return self.files_dir / f"buttons-{self.chat.user_id}.json"

    def _save_keyboard(self) -> None:
        try:
            if self.keyboard is None:
                self._keyboard_file.unlink(missing_ok=True)
                return
            self.files_dir.mkdir(parents=True, exist_ok=True)
            self._keyboard_file.write_text(json.dumps({"message": self.keyboard.message,
                                                       "buttons": self.keyboard.buttons}, ensure_ascii=False),
                                           encoding="utf-8")
        except (OSError, TypeError, ValueError):
            pass   # remembering them is a convenience, never a reason to fail

    def _load_keyboard(self) -> Keyboard | None:
        try:
            data = json.loads(self._keyboard_file.read_text(encoding="utf-8"))
            buttons = [b for b in data["buttons"] if isinstance(b, dict) and "text" in b]
            return Keyboard(dict(data["message"]), buttons) if buttons else None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def earlier_buttons(self, text: str) -> bool:
        """A number typed first after a restart, meant for a button of the last session:
        say those buttons are no longer active and show them again, now pressable, rather
        than sending the number as a question. True when it did."""
        earlier = self.earlier
        if earlier is None or self.keyboard is not None:
            return False
        number = text[1:] if text.startswith("#") else text
        if not is_ascii_number(number) or not 1 <= int(number) <= len(earlier.buttons):
            return False
        if not text.startswith("#") and not self.number_presses(earlier.buttons):
            return False
        self.earlier = None
        self.keyboard = earlier
        self.write(self._("The buttons of the earlier session are no longer active. Here they are again: "
                          "type the number once more to press one."))
        self.show_buttons(earlier.buttons)
        self.write()
        return True

    # -- input ---------------------------------------------------------------------------
    async def handle(self, line: str) -> bool:
        """Act on one typed line; False when the user wants to leave."""
        text = line.strip()
        if not text:
            return True
        if text.lower() in QUIT_COMMANDS:
            return False
        if text.split(maxsplit=1)[0].lower() == FILE_COMMAND:
            await self.send_file(text[len(FILE_COMMAND):])
            self.flush()
            return True
        if self.earlier_buttons(text):
            return True
        button = self.button_for(text)
        if button is not None:
            if "callback_data" in button:
                await self.chat.process(self.chat.callback_update(button["callback_data"], self.keyboard.message))
            elif button.get("url"):
                self.write(self._("Link: {url}", url=button["url"]))
        else:
            if text.startswith("\\") and is_ascii_number(text[1:].strip()):
                text = text[1:].strip()
            await self.chat.send(text)
        self.flush()
        return True

    def button_for(self, text: str) -> dict[str, Any] | None:
        """The button a typed line presses: ``#N`` always; a bare number when the message
        offers a choice (``number_presses``)."""
        if self.keyboard is None:
            return None
        if text.startswith("#") and is_ascii_number(text[1:]):
            number = int(text[1:])
        elif is_ascii_number(text) and self.number_presses(self.keyboard.buttons):
            number = int(text)
        else:
            return None
        if 1 <= number <= len(self.keyboard.buttons):
            return self.keyboard.buttons[number - 1]
        return None

    def number_presses(self, buttons: list[dict[str, Any]]) -> bool:
        """Whether a bare number presses one of ``buttons``: always among several; a lone
        button only when it is a step's one choice — not when the chat waits for typed text
        (a count under a lone "Cancel": some handler other than the question one would take
        "1") and not when the button asks a follow-up question (a typed number is then a
        question of its own)."""
        if len(buttons) >= CHOICE:
            return True
        if not buttons or "callback_data" not in buttons[0] or asks_a_question(buttons[0]["callback_data"]):
            return False
        return self.text_is_a_question("1")

    def text_is_a_question(self, text: str) -> bool:
        """Whether typed ``text`` would reach the question handler (no conversation step
        waits for it), judged by the Application's own handlers without sending anything."""
        payload = {"update_id": 0, "message": {"message_id": 0, "date": 0, "chat": self.chat.chat,
                                               "from": self.chat.user, "text": text}}
        update = Update.de_json(payload, self.application.bot)
        for group in sorted(self.application.handlers):
            for handler in self.application.handlers[group]:
                check = handler.check_update(update)
                if check is not None and check is not False:
                    return getattr(handler, "callback", None) is on_text
        return False

    async def send_file(self, argument: str) -> None:
        """``/file PATH`` or ``/file PATH | caption``: send the file as a document message,
        as a Telegram client does; a missing or unreadable file is said, nothing is sent."""
        _ = self._
        path_text, _bar, caption = argument.partition(" | ")
        path_text = path_text.strip().strip("'\"")
        if not path_text:
            self.write(_("Write /file followed by the path of the file to send, e.g. /file plans/kh-45.docx"))
            self.write()
            return
        path = Path(path_text).expanduser()
        if not path.is_file():
            self.write(_("No such file: {path}", path=path_text))
            self.write()
            return
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            self.write(_("The file is too large to send (at most 20 MB): {path}", path=path_text))
            self.write()
            return
        file_id = self.request.offer(path.resolve())
        document = {"file_id": file_id, "file_unique_id": file_id, "file_name": path.name, "file_size": size,
                    "mime_type": mimetypes.guess_type(path.name)[0] or "application/octet-stream"}
        content: dict[str, Any] = {"document": document}
        caption = caption.strip()
        if caption:
            content["caption"] = caption
            if caption.startswith("/"):
                command = caption.split()[0]
                content["caption_entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        await self.chat.process(self.chat.message_update(**content))

    def intro(self) -> None:
        self.write(self.bold(self._("Local chat with the bot: no Telegram, no network.")))
        self.write(self._("Type a message, or the number of a button to press it; #1 presses a button shown "
                          "as [#1] and \\5 sends the number 5 as text. /file PATH sends a file. /quit leaves."))
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


def is_ascii_number(text: str) -> bool:
    """Only ASCII digits press a button: "²" is a digit to ``str.isdigit`` but not to ``int``,
    and "٣" would press button 3 although the bot reads neither as a number."""
    return text.isascii() and text.isdigit()
