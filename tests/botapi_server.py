"""A small Telegram Bot API server on 127.0.0.1, for end-to-end tests and the benchmark.

``FakeBotApi`` speaks enough of the Bot API over real HTTP for ``python -m bot run`` to
work against it unchanged (``TELEGRAM_API_URL=http://127.0.0.1:<port>``): getMe,
getUpdates with offset/timeout long polling, setWebhook/deleteWebhook (updates are then
POSTed to the bot's webhook with its secret token), sendMessage, editMessageText,
editMessageReplyMarkup, answerCallbackQuery, sendPhoto and sendDocument (multipart),
getFile and downloads under ``/file/bot<token>/<path>``, set/get/deleteMyCommands.

The test plays the users: ``server.user(1001).send("…")`` or ``.press("Lưu")`` queue an
update, ``await user.reply()`` waits for the next message the bot sends to that chat.
Faults are injected per method: ``server.fail_next("sendMessage", times=2)`` answers the
next two calls with 429 and ``retry_after``; ``status=500`` with a server error;
``status=DROP`` closes the connection without doing the call, ``status=DONE_THEN_HANG``
does it and answers only after ``WAIT`` s (the bot times out first: was it done?).
``server.hang_chat(chat_id)`` makes every call for that chat wait until ``release_chat``.

``BotProcess`` starts the bot as a separate process against the server and always stops it.
"""

from __future__ import annotations

import asyncio
import html
import itertools
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections import defaultdict
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
import random
from pathlib import Path
from typing import Any, AsyncIterator, Callable

import aiohttp
from aiohttp import web

from bot.runtime.telegram_checks import TelegramRefusal, problems_with

TEST_TOKEN = "123456:TEST-e2e-token-for-the-local-bot-api"
PROJECT_DIR = Path(__file__).resolve().parents[1]
WAIT = 30.0  # the longest any test waits for one thing

_JSON_FIELDS = {"reply_markup", "entities", "caption_entities", "allowed_updates", "commands", "scope",
                "link_preview_options", "reply_parameters", "media"}
_INT_FIELDS = {"chat_id", "message_id", "offset", "limit", "timeout", "cache_time", "reply_to_message_id"}
_TRUE_METHODS = {"sendChatAction", "deleteMessage", "setChatMenuButton", "setMyDescription",
                 "setMyShortDescription", "close", "logOut", "pinChatMessage", "unpinChatMessage"}
_TAG_RE = re.compile(r"<[^>]+>")
DROP = 0             # fail_next status: close the connection, the call not done
DONE_THEN_HANG = -1  # fail_next status: do the call, then answer only after WAIT seconds


def plain(text: str) -> str:
    """What a user sees of an HTML message: tags removed, entities unescaped."""
    return html.unescape(_TAG_RE.sub("", text or ""))


@dataclass
class Call:
    """One Bot API call the bot made, and the HTTP status it got."""

    method: str
    params: dict[str, Any]
    files: dict[str, tuple[str | None, bytes]] = field(default_factory=dict)
    status: int = 200
    at: float = field(default_factory=time.monotonic)


@dataclass
class BotMessage:
    """A message the bot sent (or edited) in a chat, as the user sees it."""

    method: str
    chat_id: int
    message_id: int
    html: str
    reply_markup: dict[str, Any] | None
    files: dict[str, tuple[str | None, bytes]]
    message: dict[str, Any]
    at: float = field(default_factory=time.monotonic)

    @property
    def text(self) -> str:
        return plain(self.html)

    @property
    def buttons(self) -> list[list[dict[str, Any]]]:
        return (self.reply_markup or {}).get("inline_keyboard", [])

    def button_texts(self) -> list[str]:
        return [button["text"] for row in self.buttons for button in row]

    def callback_data(self, label: str) -> str:
        for row in self.buttons:
            for button in row:
                if label in button["text"] and "callback_data" in button:
                    return button["callback_data"]
        raise KeyError(f"no button {label!r} in {self.button_texts()}")

    def __str__(self) -> str:
        buttons = f" {self.button_texts()}" if self.buttons else ""
        return f"<{self.method} to {self.chat_id}: {self.text[:200]!r}{buttons}>"


class BotApiError(Exception):
    def __init__(self, status: int, description: str, parameters: dict[str, Any] | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters


class FakeUser:
    """A person in a private chat with the bot."""

    def __init__(self, server: "FakeBotApi", user_id: int, first_name: str, language_code: str) -> None:
        self.server = server
        self.user = {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": language_code}
        self.chat = {"id": user_id, "type": "private", "first_name": first_name}
        self._message_ids = itertools.count(1)

    @property
    def id(self) -> int:
        return self.user["id"]

    def send(self, text: str) -> int:
        """Type ``text`` and send it; returns the update id."""
        message: dict[str, Any] = {"message_id": next(self._message_ids), "date": int(time.time()),
                                   "chat": self.chat, "from": self.user, "text": text}
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        return self.server.push_update({"message": message})

    def send_document(self, content: bytes, file_name: str) -> int:
        file = self.server.store_file(content, "documents", file_name)
        message = {"message_id": next(self._message_ids), "date": int(time.time()), "chat": self.chat,
                   "from": self.user, "document": {**file, "file_name": file_name}}
        return self.server.push_update({"message": message})

    def press(self, label: str, on: BotMessage | None = None) -> int:
        """Tap the button labelled ``label`` on ``on`` (default: the last message with buttons)."""
        on = on or self.server.last_with_buttons(self.id)
        if on is None:
            raise AssertionError(f"the bot has shown user {self.id} no buttons")
        return self.press_data(on.callback_data(label), on)

    def press_data(self, data: str, on: BotMessage) -> int:
        query = {"id": str(next(self.server._callback_ids)), "from": self.user, "chat_instance": f"ci{self.id}",
                 "data": data, "message": self.server.current_message(self.id, on.message_id) or on.message}
        return self.server.push_update({"callback_query": query})

    async def reply(self, timeout: float = WAIT) -> BotMessage:
        """The next message the bot sends (or edits) in this chat."""
        return await self.server.next_message(self.id, timeout)

    async def ask(self, text: str, timeout: float = WAIT) -> BotMessage:
        self.send(text)
        return await self.reply(timeout)


class FakeBotApi:
    """The Bot API server. ``await start()``, point the bot at ``url``, ``await stop()``."""

    def __init__(self, token: str = TEST_TOKEN, bot_username: str = "childplan_test_bot") -> None:
        self.token = token
        self.bot = {"id": int(token.split(":")[0]), "is_bot": True, "first_name": "ChildPlan",
                    "username": bot_username, "can_join_groups": True, "can_read_all_group_messages": False,
                    "supports_inline_queries": False}
        self.calls: list[Call] = []
        self.pending: list[dict[str, Any]] = []   # updates not yet confirmed by the bot
        self.commands: dict[tuple[str, str], list[dict[str, str]]] = {}
        self.answered_callbacks: set[str] = set()
        self.sent_callbacks: set[str] = set()
        self.webhook: dict[str, Any] | None = None
        self.unsupported: list[str] = []
        self._faults: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self._hanging: dict[int, asyncio.Event] = {}
        self._inbox: dict[int, asyncio.Queue[BotMessage]] = defaultdict(asyncio.Queue)
        self._messages: dict[tuple[int, int], BotMessage] = {}
        self._files: dict[str, tuple[str, bytes]] = {}
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(5000)
        self._file_ids = itertools.count(1)
        self._callback_ids = itertools.count(1)
        self._new_update = asyncio.Event()
        self._call_made = asyncio.Event()
        self._closing = False
        self._runner: web.AppRunner | None = None
        self._webhook_task: asyncio.Task | None = None
        self.port: int | None = None

    # -- life cycle ------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self, port: int = 0) -> "FakeBotApi":
        app = web.Application(client_max_size=50 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_method)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", port)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self

    async def stop(self) -> None:
        self._closing = True
        self._new_update.set()
        for event in self._hanging.values():
            event.set()
        if self._webhook_task is not None:
            self._webhook_task.cancel()
        if self._runner is not None:
            await self._runner.cleanup()

    # -- what the test does ----------------------------------------------------------------
    def user(self, user_id: int, first_name: str = "Lan", language_code: str = "vi") -> FakeUser:
        return FakeUser(self, user_id, first_name, language_code)

    def push_update(self, update: dict[str, Any]) -> int:
        update_id = next(self._update_ids)
        if "callback_query" in update:
            self.sent_callbacks.add(update["callback_query"]["id"])
        self.pending.append({"update_id": update_id, **update})
        self._new_update.set()
        return update_id

    def fail_next(self, method: str, times: int = 1, status: int = 429, retry_after: int = 1) -> None:
        """Answer the next ``times`` calls of ``method`` with ``status`` (429 carries retry_after)."""
        self._faults[method].extend([(status, retry_after)] * times)

    def hang_chat(self, chat_id: int) -> None:
        """Calls for ``chat_id`` get no answer until ``release_chat`` (a Bot API that hangs)."""
        self._hanging[chat_id] = asyncio.Event()

    def release_chat(self, chat_id: int) -> None:
        event = self._hanging.pop(chat_id, None)
        if event is not None:
            event.set()

    async def next_message(self, chat_id: int, timeout: float = WAIT) -> BotMessage:
        try:
            return await asyncio.wait_for(self._inbox[chat_id].get(), timeout)
        except asyncio.TimeoutError:
            raise AssertionError(f"the bot sent nothing to chat {chat_id} within {timeout:.0f} s") from None

    async def messages_until(self, chat_id: int, predicate, timeout: float = WAIT) -> list[BotMessage]:
        """Messages to ``chat_id`` up to and including the first one ``predicate`` accepts."""
        deadline = time.monotonic() + timeout
        seen: list[BotMessage] = []
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"no matching message to chat {chat_id}; got {[str(m) for m in seen]}")
            message = await self.next_message(chat_id, remaining)
            seen.append(message)
            if predicate(message):
                return seen

    def drain(self, chat_id: int) -> list[BotMessage]:
        """Messages already sent to ``chat_id`` and not yet read."""
        queue, out = self._inbox[chat_id], []
        while not queue.empty():
            out.append(queue.get_nowait())
        return out

    async def wait_for_call(self, method: str, since: int = 0, timeout: float = WAIT) -> Call:
        """The first call of ``method`` at position ``since`` or later in ``calls``."""
        deadline = time.monotonic() + timeout
        while True:
            for call in self.calls[since:]:
                if call.method == method:
                    return call
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"the bot did not call {method} within {timeout:.0f} s")
            self._call_made.clear()
            try:
                await asyncio.wait_for(self._call_made.wait(), remaining)
            except asyncio.TimeoutError:
                pass

    def calls_to(self, method: str) -> list[Call]:
        return [call for call in self.calls if call.method == method]

    def last_with_buttons(self, chat_id: int) -> BotMessage | None:
        shown = [m for (chat, _), m in self._messages.items() if chat == chat_id and m.buttons]
        return max(shown, key=lambda m: m.at) if shown else None

    def current_message(self, chat_id: int, message_id: int) -> dict[str, Any] | None:
        found = self._messages.get((chat_id, message_id))
        return found.message if found else None

    def store_file(self, content: bytes, folder: str, file_name: str | None = None) -> dict[str, Any]:
        n = next(self._file_ids)
        suffix = Path(file_name).suffix if file_name else ""
        file_id = f"file{n}"
        self._files[file_id] = (f"{folder}/file_{n}{suffix}", content)
        return {"file_id": file_id, "file_unique_id": f"u{n}", "file_size": len(content)}

    def file_content(self, file_id: str) -> bytes:
        return self._files[file_id][1]

    # -- HTTP ------------------------------------------------------------------------------
    async def _handle_file(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        wanted = request.match_info["path"]
        for path, content in self._files.values():
            if path == wanted:
                return web.Response(body=content)
        return web.json_response({"ok": False, "error_code": 404, "description": "Not Found"}, status=404)

    async def _handle_method(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params, files = await _read_params(request)
        call = Call(method, params, files)
        self.calls.append(call)
        self._call_made.set()
        try:
            if request.match_info["token"] != self.token:
                raise BotApiError(401, "Unauthorized")
            hang = self._hanging.get(params.get("chat_id")) if isinstance(params.get("chat_id"), int) else None
            if hang is not None:
                await hang.wait()
            faults = self._faults.get(method)
            if faults:
                status, retry_after = faults.pop(0)
                if status == DONE_THEN_HANG:
                    call.status = status
                    result = await self._answer(method, params, files)
                    await asyncio.sleep(WAIT)
                    return web.json_response({"ok": True, "result": result})
                if status == DROP:
                    call.status = status
                    if request.transport is not None:
                        request.transport.close()
                    return web.Response(status=500)
                if status == 429:
                    raise BotApiError(429, f"Too Many Requests: retry after {retry_after}",
                                      {"retry_after": retry_after})
                raise BotApiError(status, "Internal Server Error")
            result = await self._answer(method, params, files)
        except BotApiError as error:
            call.status = error.status
            body: dict[str, Any] = {"ok": False, "error_code": error.status, "description": error.description}
            if error.parameters:
                body["parameters"] = error.parameters
            return web.json_response(body, status=error.status)
        return web.json_response({"ok": True, "result": result})

    # -- the methods -----------------------------------------------------------------------
    async def _answer(self, method: str, params: dict[str, Any], files: dict[str, tuple[str | None, bytes]]) -> Any:
        try:
            problems_with(method, params)  # what Telegram refuses: bad HTML, empty or long text …
        except TelegramRefusal as refusal:
            raise BotApiError(400, str(refusal)) from None
        if method == "getMe":
            return self.bot
        if method == "getUpdates":
            return await self._get_updates(params)
        if method in ("sendMessage", "sendPhoto", "sendDocument"):
            return self._send(method, params, files)
        if method in ("editMessageText", "editMessageReplyMarkup", "editMessageCaption"):
            return self._edit(method, params)
        if method == "answerCallbackQuery":
            self.answered_callbacks.add(str(params.get("callback_query_id")))
            return True
        if method == "getFile":
            file_id = params.get("file_id")
            if file_id not in self._files:
                raise BotApiError(400, "Bad Request: invalid file_id")
            path, content = self._files[file_id]
            return {"file_id": file_id, "file_unique_id": f"u{file_id}", "file_size": len(content), "file_path": path}
        if method in ("setMyCommands", "deleteMyCommands", "getMyCommands"):
            key = ((params.get("scope") or {}).get("type", "default"), params.get("language_code") or "")
            if method == "setMyCommands":
                self.commands[key] = params.get("commands") or []
                return True
            if method == "deleteMyCommands":
                self.commands.pop(key, None)
                return True
            return self.commands.get(key, [])
        if method == "setWebhook":
            self.webhook = {"url": params["url"], "secret_token": params.get("secret_token")}
            if self._webhook_task is None or self._webhook_task.done():
                self._webhook_task = asyncio.create_task(self._deliver_to_webhook())
            self._new_update.set()
            return True
        if method == "deleteWebhook":
            self.webhook = None
            if params.get("drop_pending_updates"):
                self.pending.clear()
            return True
        if method == "getWebhookInfo":
            return {"url": (self.webhook or {}).get("url", ""), "has_custom_certificate": False,
                    "pending_update_count": len(self.pending)}
        if method in _TRUE_METHODS:
            return True
        self.unsupported.append(method)
        raise BotApiError(400, f"Bad Request: the test server does not implement {method}")

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook is not None:
            raise BotApiError(409, "Conflict: can't use getUpdates method while webhook is active")
        offset = params.get("offset") or 0
        if offset:
            self.pending = [u for u in self.pending if u["update_id"] >= offset]  # confirmed: gone
        limit = params.get("limit") or 100
        deadline = time.monotonic() + float(params.get("timeout") or 0)
        while not self.pending and not self._closing and time.monotonic() < deadline:
            self._new_update.clear()
            try:
                await asyncio.wait_for(self._new_update.wait(), deadline - time.monotonic())
            except asyncio.TimeoutError:
                break
        return self.pending[:limit]

    async def _deliver_to_webhook(self) -> None:
        """POST pending updates, in order, to the webhook until it answers 200."""
        async with aiohttp.ClientSession() as session:
            while not self._closing and self.webhook is not None:
                if not self.pending:
                    self._new_update.clear()
                    await self._new_update.wait()
                    continue
                update = self.pending[0]
                headers = {}
                if self.webhook.get("secret_token"):
                    headers["X-Telegram-Bot-Api-Secret-Token"] = self.webhook["secret_token"]
                try:
                    async with session.post(self.webhook["url"], json=update, headers=headers,
                                            timeout=aiohttp.ClientTimeout(total=10)) as response:
                        delivered = response.status == 200
                except (aiohttp.ClientError, asyncio.TimeoutError):
                    delivered = False
                if delivered:
                    if self.pending and self.pending[0] is update:
                        self.pending.pop(0)
                else:
                    await asyncio.sleep(0.2)

    def _chat(self, chat_id: int) -> dict[str, Any]:
        return {"id": chat_id, "type": "private" if chat_id > 0 else "group", "first_name": "User"}

    def _send(self, method: str, params: dict[str, Any], files: dict[str, tuple[str | None, bytes]]) -> dict:
        chat_id = params.get("chat_id")
        if not isinstance(chat_id, int):
            raise BotApiError(400, "Bad Request: chat not found")
        text = params.get("text") if method == "sendMessage" else params.get("caption") or ""
        message: dict[str, Any] = {"message_id": next(self._message_ids), "date": int(time.time()),
                                   "chat": self._chat(chat_id), "from": self.bot}
        message["text" if method == "sendMessage" else "caption"] = plain(text)
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        part = {"sendPhoto": "photo", "sendDocument": "document"}.get(method)
        if part:
            if part not in files:
                raise BotApiError(400, f"Bad Request: there is no {part} in the request")
            file_name, content = files[part]
            stored = self.store_file(content, "photos" if part == "photo" else "documents", file_name)
            message[part] = [{**stored, "width": 800, "height": 600}] if part == "photo" else {
                **stored, "file_name": file_name or "file"}
        return self._record(method, chat_id, message, text, params.get("reply_markup"), files)

    def _edit(self, method: str, params: dict[str, Any]) -> dict:
        key = (params.get("chat_id"), params.get("message_id"))
        found = self._messages.get(key)
        if found is None:
            raise BotApiError(400, "Bad Request: message to edit not found")
        new_html = params.get("text", params.get("caption", found.html)) if method != "editMessageReplyMarkup" else found.html
        new_markup = params.get("reply_markup")
        if new_html == found.html and new_markup == found.reply_markup:
            raise BotApiError(400, "Bad Request: message is not modified")
        message = {**found.message}
        message.pop("reply_markup", None)
        if "caption" in found.message:
            message["caption"] = plain(new_html)
        else:
            message["text"] = plain(new_html)
        if new_markup:
            message["reply_markup"] = new_markup
        message["edit_date"] = int(time.time())
        return self._record(method, key[0], message, new_html, new_markup, {})

    def _record(self, method: str, chat_id: int, message: dict, text: str, markup: dict | None,
                files: dict[str, tuple[str | None, bytes]]) -> dict:
        sent = BotMessage(method, chat_id, message["message_id"], text or "", markup, files, message)
        self._messages[(chat_id, message["message_id"])] = sent
        self._inbox[chat_id].put_nowait(sent)
        return message


async def _read_params(request: web.Request) -> tuple[dict[str, Any], dict[str, tuple[str | None, bytes]]]:
    """The call's parameters (form, multipart or JSON) decoded the way the Bot API reads them."""
    files: dict[str, tuple[str | None, bytes]] = {}
    raw: dict[str, Any] = dict(request.query)
    if request.content_type == "application/json":
        raw.update(await request.json())
        return raw, files
    if request.method == "POST" and request.can_read_body:
        form = await request.post()
        for name, value in form.items():
            if isinstance(value, web.FileField):
                files[name] = (value.filename, value.file.read())
            else:
                raw[name] = value
    params: dict[str, Any] = {}
    for name, value in raw.items():
        if name in _JSON_FIELDS and isinstance(value, str):
            value = json.loads(value)
        elif name in _INT_FIELDS and isinstance(value, str) and re.fullmatch(r"-?\d+", value):
            value = int(value)
        elif value in ("true", "false"):
            value = value == "true"
        params[name] = value
    return params, files


# -- the bot as a separate process ---------------------------------------------------------
def copy_database(source: Path, target: Path) -> None:
    """Copy a SQLite database (the knowledge base built once) with SQLite's backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src, dst = sqlite3.connect(str(source)), sqlite3.connect(str(target))
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def bot_env(server: FakeBotApi, database_path: Path, **extra: str) -> dict[str, str]:
    """The environment of a ``python -m bot run`` talking to ``server``."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("TELEGRAM_", "WEBHOOK_", "DIGEST_", "LOG_"))}
    env.update({
        "TELEGRAM_BOT_TOKEN": server.token,
        "TELEGRAM_API_URL": server.url,
        "DATABASE_PATH": str(database_path),
        "ADMIN_IDS": "900001",
        "TIMEZONE": "Asia/Ho_Chi_Minh",
        "DEFAULT_LANGUAGE": "vi",
        "LOG_LEVEL": "INFO",
        "PYTHONUNBUFFERED": "1",
        # this checkout's code, whatever the working directory (an editable install may point elsewhere)
        "PYTHONPATH": os.pathsep.join(filter(None, [str(PROJECT_DIR), os.environ.get("PYTHONPATH")])),
    })
    env.update(extra)
    return env


class BotProcess:
    """``python -m bot run`` in a child process, its log in a file; ``stop()`` never leaves it running."""

    def __init__(self, env: dict[str, str], log_path: Path, args: tuple[str, ...] = ("run",)) -> None:
        self.env = env
        self.log_path = log_path
        self.args = args
        self.process: subprocess.Popen | None = None

    def start(self) -> "BotProcess":
        log = self.log_path.open("ab")
        self.process = subprocess.Popen([sys.executable, "-m", "bot", *self.args], env=self.env,
                                        stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                        cwd=self.log_path.parent)
        log.close()
        return self

    async def ready(self, server: FakeBotApi, since: int, method: str = "getUpdates", timeout: float = WAIT) -> None:
        """Wait until the process, started when ``server.calls`` had ``since`` entries, calls ``method``."""
        try:
            await server.wait_for_call(method, since=since, timeout=timeout)
        except AssertionError:
            raise AssertionError(f"the bot did not start: {self.log_tail()}") from None

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    @property
    def returncode(self) -> int | None:
        return None if self.process is None else self.process.poll()

    async def terminate(self, timeout: float = 15.0) -> int:
        """SIGTERM and wait for a clean exit (SIGKILL if it does not come)."""
        assert self.process is not None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        return await self.wait(timeout)

    async def wait(self, timeout: float = WAIT) -> int:
        assert self.process is not None
        deadline = time.monotonic() + timeout
        while self.process.poll() is None and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        if self.process.poll() is None:
            self.kill()
            raise AssertionError(f"the bot did not exit within {timeout:.0f} s: {self.log_tail()}")
        return self.process.returncode

    def kill(self) -> None:
        """SIGKILL: no clean-up at all, as when a machine dies."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)


@asynccontextmanager
async def running_bot(server: FakeBotApi, database_path: Path, log_path: Path, ready_on: str = "getUpdates",
                      **env: str) -> AsyncIterator[BotProcess]:
    """``python -m bot run`` against ``server`` until the block ends; it is always stopped."""
    since = len(server.calls)
    process = BotProcess(bot_env(server, database_path, **env), log_path).start()
    try:
        await process.ready(server, since, ready_on)
        yield process
    finally:
        try:
            if process.returncode is None:
                await process.terminate()
        finally:
            process.kill()


# -- user journeys shared by the end-to-end tests --------------------------------------------
SAVED = "Đã lưu:"  # the start of /report's confirmation in Vietnamese (bot/locale/vi/report.po)


async def add_area(admin: FakeUser, city: str, district: str, name: str) -> BotMessage:
    """``/areas add city | district | name`` as an admin; the bot's reply."""
    return await admin.ask(f"/areas add {city} | {district} | {name}")


async def report_through_buttons(user: FakeUser, numbers: list[str], period: str = "Tuần này",
                                 measure_button: int = 0, area: str | None = None,
                                 max_steps: int = 10) -> list[BotMessage]:
    """A whole ``/report``: the measure's button, the period's button, the area's button (when
    there is a choice), the numbers typed one by one, "yes" to a plausibility question, then
    "Lưu" (Save). Returns every message seen."""
    seen = [await user.ask("/report")]
    measure = seen[-1].buttons[measure_button][0]["text"]
    user.press(measure, on=seen[-1])
    seen.append(await user.reply())
    period_label = next((text for text in seen[-1].button_texts() if text.startswith(period)), None)
    if period_label is None:  # a monthly measure: "Tháng này" / "Tháng trước"
        period_label = seen[-1].button_texts()[0 if period in ("Tuần này", "Tháng này") else 1]
    user.press(period_label, on=seen[-1])
    return seen + await answer_until_saved(user, numbers, area, max_steps)


async def answer_until_saved(user: FakeUser, numbers: list[str], area: str | None = None,
                             max_steps: int = 10) -> list[BotMessage]:
    """Answer the report's questions (area, numbers, "yes", "Lưu") until the bot says it is saved."""
    numbers = list(numbers)
    seen: list[BotMessage] = []
    for _ in range(max_steps):
        message = await user.reply()
        seen.append(message)
        if message.text.startswith(SAVED):
            return seen
        labels = message.button_texts()
        if "Lưu" in labels:
            user.press("Lưu", on=message)
        elif area is not None and area in labels:
            user.press(area, on=message)
        elif "Có, số liệu đúng" in labels:
            user.press("Có, số liệu đúng", on=message)
        elif numbers:
            user.send(numbers.pop(0))
        else:
            raise AssertionError(f"unexpected question in the report: {message}")
    raise AssertionError(f"the report was not saved: {[str(m) for m in seen]}")


# -- many collaborators reporting while the bot is killed (test_e2e_crash, benchmarks/reliability.py) --
REPORT_MEASURE = "abuse_cases"  # a weekly count in bot/field/data/measures.csv: one number to type


def add_collaborators(database_path: Path, user_ids: list[int]) -> None:
    """One ward and one collaborator of it per user id, written before the bot starts."""
    from bot.field import people
    from bot.field.measures import ensure_catalogue
    from bot.runtime.database import open_database

    db = open_database(database_path)
    try:
        ensure_catalogue(db)
        for n, user_id in enumerate(user_ids, 1):
            area, _ = people.add_area(db, "Hà Nội", "Ba Đình", f"Phường Thử {n}")
            people.register_user(db, user_id, "collaborator", display_name=f"User {n}", area_id=area.id)
    finally:
        db.conn.close()


@dataclass
class ReportJourney:
    """What one collaborator saw while reporting ``value`` through a bot that may be killed."""

    user: FakeUser
    value: int
    saved: bool = False
    duplicates_offered: int = 0
    messages: int = 0
    actions: int = 0
    nudges: int = 0


async def report_despite_crashes(journey: ReportJourney, quiet: float = 0.3, nudge_after: float = 45.0,
                                 steps: int = 40) -> ReportJourney:
    """``/report`` one count, reacting to the latest question the bot shows, until it says
    the report is saved. A question repeated after a crash is answered once (the user acts
    on the newest message). A user who hears nothing for ``nudge_after`` s types "?" (the
    bot asks its current question again), as a person would."""
    user = journey.user
    user.send("/report")
    journey.actions += 1
    for _ in range(steps):
        try:
            message = await user.reply(timeout=nudge_after)
        except AssertionError:
            journey.nudges += 1
            user.send("?")
            continue
        await asyncio.sleep(quiet)
        seen = [message, *user.server.drain(user.id)]   # a repeat of the question, or the next one
        journey.messages += len(seen)
        if any(m.text.startswith(SAVED) for m in seen):
            journey.saved = True
            return journey
        for message in reversed(seen):
            if _act(journey, message):
                journey.actions += 1
                break
        if journey.saved:
            return journey
    raise AssertionError(f"user {user.id} did not finish the report in {steps} steps")


def _act(journey: ReportJourney, message: BotMessage) -> bool:
    """Answer ``message`` if it asks something of the report; False if it does not."""
    user = journey.user
    data = {button.get("callback_data") for row in message.buttons for button in row}
    if f"rm:{REPORT_MEASURE}" in data:
        user.press_data(f"rm:{REPORT_MEASURE}", message)
    elif "rp:this" in data:
        user.press_data("rp:this", message)
    elif "rv:yes" in data:
        user.press_data("rv:yes", message)
    elif "rs:save" in data:
        user.press_data("rs:save", message)
    elif "rd:no" in data:   # "already saved, replace?": keep what is saved
        journey.duplicates_offered += 1
        journey.saved = True
        user.press_data("rd:no", message)
    elif data == {"rs:cancel"} and "Bao nhiêu" in message.text:
        user.send(str(journey.value))
    else:
        return False
    return True


class RestartingBot:
    """``python -m bot run`` against ``server`` that can be killed and started again; each
    start logs to its own file in ``log_dir``."""

    def __init__(self, server: FakeBotApi, database_path: Path, log_dir: Path, **env: str) -> None:
        self.server, self.database_path, self.log_dir, self.env = server, database_path, log_dir, env
        self.process: BotProcess | None = None
        self.starts = 0

    async def start(self, timeout: float = 120.0) -> BotProcess:
        """Start it and wait until it polls (a loaded 2-core machine may take tens of seconds)."""
        self.starts += 1
        since = len(self.server.calls)
        self.process = BotProcess(bot_env(self.server, self.database_path, **self.env),
                                  self.log_dir / f"bot{self.starts}.log").start()
        await self.process.ready(self.server, since, timeout=timeout)
        return self.process

    def kill(self) -> None:
        if self.process is not None:
            self.process.kill()

    async def stop(self) -> int:
        assert self.process is not None
        try:
            return await self.process.terminate()
        finally:
            self.process.kill()


async def kill_now_and_then(bot: RestartingBot, kills: int, rng: random.Random,
                            between: tuple[float, float] = (1.0, 4.0)) -> list[float]:
    """SIGKILL the bot ``kills`` times at random moments, starting it again each time;
    returns how long each restart took until the bot polled again."""
    restarts = []
    for _ in range(kills):
        await asyncio.sleep(rng.uniform(*between))
        bot.kill()
        began = time.monotonic()
        await bot.start()
        restarts.append(time.monotonic() - began)
    return restarts


def inbox_rows(database_path: Path) -> tuple[set[int], set[int]]:
    """(update ids done, update ids not done) in the bot's inbox."""
    with sqlite3.connect(database_path) as db:
        rows = db.execute("select update_id, done_at from inbox").fetchall()
    return {u for u, done in rows if done}, {u for u, done in rows if not done}


def stored_reports(database_path: Path) -> list[tuple[int, int]]:
    """(reporter, value) of every stored report."""
    with sqlite3.connect(database_path) as db:
        assert "ok" == db.execute("pragma integrity_check").fetchone()[0]
        return db.execute("select reporter_id, value from reports order by reporter_id").fetchall()


async def settled(database_path: Path, timeout: float = WAIT) -> None:
    """Wait until every update the bot received is done in its inbox (handled and its state
    committed) — a moment after the reply, not a persistence timer."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        _, unfinished = inbox_rows(database_path)
        if not unfinished:
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"updates still unfinished after {timeout:.0f} s")
