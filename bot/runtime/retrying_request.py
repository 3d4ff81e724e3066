"""The HTTP layer to the Bot API: httpx, plus one quiet retry when the server fails.

python-telegram-bot's ``AIORateLimiter`` already waits and retries when Telegram answers
429 (``RetryAfter``). A 5xx answer, though, surfaces as ``NetworkError`` and the user's
reply would be lost. Telegram answers 5xx when *it* failed to handle the call (the
message was not sent), so sending the call again once, after a short pause, is safe and
is what Telegram's own documentation advises. Only real server answers are retried:
a timeout is not, because the message may have gone out and a retry could send it twice.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from telegram.request import HTTPXRequest, RequestData

log = logging.getLogger(__name__)


def should_retry(status_code: int) -> bool:
    """A 5xx answer means the Bot API server failed; anything else is final."""
    return 500 <= status_code <= 599


class RetryingRequest(HTTPXRequest):
    """``HTTPXRequest`` that repeats a call answered with 5xx, ``retries`` times."""

    def __init__(self, *args: Any, retries: int = 1, retry_delay: float = 0.5, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.retries = retries
        self.retry_delay = retry_delay

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
        attempt = 0
        while True:
            code, payload = await super().do_request(
                url, method, request_data=request_data, read_timeout=read_timeout,
                write_timeout=write_timeout, connect_timeout=connect_timeout, pool_timeout=pool_timeout,
            )
            if not should_retry(code) or attempt >= self.retries:
                return code, payload
            attempt += 1
            api_method = url.rsplit("/", 1)[-1]
            log.warning("Bot API answered %s to %s; retrying", code, api_method,
                        extra={"status": code, "method": api_method, "attempt": attempt})
            await asyncio.sleep(self.retry_delay * attempt)
            _rewind_files(request_data)


def _rewind_files(request_data: RequestData | None) -> None:
    """Uploads given as file handles were read by the failed attempt: start them over."""
    if request_data is None or not request_data.contains_files:
        return
    for part in request_data.multipart_data.values():
        content = part[1] if isinstance(part, tuple) else part
        if hasattr(content, "seek"):
            content.seek(0)
