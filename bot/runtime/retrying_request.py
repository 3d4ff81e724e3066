"""The HTTP layer to the Bot API: httpx, plus retries with backoff within a deadline.

What is retried, and why it cannot send a message twice:

* **429** (flood limit): Telegram did not do the call; wait its ``retry_after`` and send again.
* **5xx**: the Bot API server failed to handle the call (the message was not sent), so
  sending it again after a pause is what Telegram's documentation advises.
* **No connection** (refused, DNS, connect timeout, no free connection in the pool) or a
  connection **closed without a byte of answer** (a proxy or an idle keep-alive connection
  dropped): the request was not taken, so it is sent again.
* **Read timeout**: the server took the request and was working on it, so the call may
  well have been done. Only calls that change nothing or change it to the same thing again
  (``SAFE_TO_REPEAT``: getUpdates, getMe, answerCallbackQuery …) are repeated; a
  ``sendMessage`` is not, so a user never gets a reply twice.

Connection errors are retried only once the server has answered at least once: a Bot API
that cannot be reached at start is a setting to fix, said at once (``python -m bot run``
exits with one line), not an outage to wait out. Each call gives up after ``deadline`` seconds in all (then the last answer or error
stands); pauses grow from ``backoff`` to at most ``max_pause`` seconds.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import Any

import httpx
from telegram.error import NetworkError
from telegram.request import HTTPXRequest, RequestData

log = logging.getLogger(__name__)

# Methods that may be sent again when their answer was lost: reading, or setting a value.
SAFE_TO_REPEAT = frozenset({
    "getUpdates", "getMe", "getFile", "getChat", "getWebhookInfo", "getMyCommands", "setMyCommands",
    "deleteMyCommands", "setWebhook", "deleteWebhook", "sendChatAction", "answerCallbackQuery",
    "setChatMenuButton", "setMyDescription", "setMyShortDescription", "close", "logOut",
})
# httpx errors that mean the server did not take the request.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol,
            httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)


def should_retry(status_code: int) -> bool:
    """A 5xx answer means the Bot API server failed; 429 asks to wait; anything else is final."""
    return status_code == 429 or 500 <= status_code <= 599


def retry_after(payload: bytes) -> float | None:
    """The ``parameters.retry_after`` seconds of a 429 answer, if it gives one."""
    try:
        value = json.loads(payload).get("parameters", {}).get("retry_after")
    except (ValueError, AttributeError):
        return None
    return float(value) if isinstance(value, (int, float)) else None


def was_not_sent(error: BaseException) -> bool:
    """The server did not take the request (so sending it again does not double it)."""
    cause = error.__cause__
    return isinstance(cause, NOT_SENT)


class RetryingRequest(HTTPXRequest):
    """``HTTPXRequest`` that repeats a call as described above, for up to ``deadline`` s."""

    def __init__(self, *args: Any, deadline: float = 60.0, backoff: float = 0.5, max_pause: float = 8.0,
                 retries: int | None = None, retry_delay: float | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.deadline = deadline
        self.backoff = retry_delay if retry_delay is not None else backoff
        self.max_pause = max_pause
        self.max_attempts = None if retries is None else retries + 1
        self.reached = False  # the server has answered once: a later connection error is an outage

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = HTTPXRequest.DEFAULT_NONE,
        write_timeout: Any = HTTPXRequest.DEFAULT_NONE,
        connect_timeout: Any = HTTPXRequest.DEFAULT_NONE,
        pool_timeout: Any = HTTPXRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        api_method = url.rsplit("/", 1)[-1]
        give_up_at = time.monotonic() + self.deadline
        attempt = 0
        while True:
            attempt += 1
            pause = min(self.max_pause, self.backoff * 2 ** (attempt - 1))
            try:
                code, payload = await super().do_request(
                    url, method, request_data=request_data, read_timeout=read_timeout,
                    write_timeout=write_timeout, connect_timeout=connect_timeout, pool_timeout=pool_timeout,
                )
            except NetworkError as error:  # TimedOut is a NetworkError too
                if not self.reached or not (was_not_sent(error) or api_method in SAFE_TO_REPEAT) or not (
                        self._may_retry(attempt, pause, give_up_at)):
                    raise
                reason: object = type(error.__cause__ or error).__name__
            else:
                self.reached = True
                if not should_retry(code):
                    return code, payload
                if code == 429:
                    pause = max(pause, retry_after(payload) or 0.0)
                if not self._may_retry(attempt, pause, give_up_at):
                    return code, payload
                reason = code
            log.warning("Bot API call failed; retrying", extra={"method": api_method, "reason": reason,
                                                               "attempt": attempt, "pause": round(pause, 2)})
            await asyncio.sleep(pause)
            _rewind_files(request_data)

    def _may_retry(self, attempt: int, pause: float, give_up_at: float) -> bool:
        if self.max_attempts is not None and attempt >= self.max_attempts:
            return False
        return time.monotonic() + pause < give_up_at


def _rewind_files(request_data: RequestData | None) -> None:
    """Uploads given as file handles were read by the failed attempt: start them over."""
    if request_data is None or not request_data.contains_files:
        return
    for part in request_data.multipart_data.values():
        content = part[1] if isinstance(part, tuple) else part
        if hasattr(content, "seek"):
            content.seek(0)
