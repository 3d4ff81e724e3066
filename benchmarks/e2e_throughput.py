"""Questions per second through the whole stack: HTTP Bot API server → ``python -m bot run``
(long polling, its own process) → answer → sendMessage back over HTTP.

Starts the local Bot API server of the tests (tests/botapi_server.py) and the bot process,
then ``--users`` people each ask a question, wait for the reply, and ask the next, until
``--questions`` have been answered. Prints messages per second and the p50/p99 latency from
the moment a question is queued at the server to the moment the bot's reply arrives.

The bot's AIORateLimiter keeps Telegram's limit of ~30 messages per second for the whole
bot, so that is the ceiling here, as it is in production.

Run: python benchmarks/e2e_throughput.py [--questions 2000] [--users 20]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.botapi_server import FakeBotApi, running_bot  # noqa: E402

QUESTIONS_FILE = Path(__file__).resolve().parent.parent / "tests" / "data" / "questions.jsonl"


def load_questions() -> list[str]:
    with QUESTIONS_FILE.open(encoding="utf-8") as handle:
        return [json.loads(line)["question"] for line in handle if line.strip()]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


async def main(total: int, users: int) -> None:
    questions = load_questions()
    server = await FakeBotApi().start()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        from knowledge.store import ensure_built

        started = time.perf_counter()
        ensure_built(tmp_path / "bot.db")
        print(f"knowledge base built in {time.perf_counter() - started:.2f} s")
        latencies: list[float] = []
        counter = iter(range(total))
        replies = 0

        async def person(user_id: int) -> None:
            nonlocal replies
            user = server.user(user_id)
            for n in counter:
                question = questions[n % len(questions)]
                sent = time.perf_counter()
                user.send(question)
                await user.reply(timeout=120)
                latencies.append(time.perf_counter() - sent)
                replies += 1 + len(server.drain(user_id))  # a long answer may come in parts

        try:
            async with running_bot(server, tmp_path / "bot.db", tmp_path / "bot.log", LOG_LEVEL="WARNING"):
                await server.user(1).ask("/start")  # warm-up
                started = time.perf_counter()
                await asyncio.gather(*(person(2000 + i) for i in range(users)))
                elapsed = time.perf_counter() - started
        finally:
            await server.stop()
    ms = [value * 1000 for value in latencies]
    print(f"machine: {os.cpu_count()} cores, python {sys.version.split()[0]}")
    print(f"questions answered: {len(latencies)} by {users} concurrent users in {elapsed:.1f} s")
    print(f"bot messages sent: {replies}")
    print(f"throughput: {len(latencies) / elapsed:.1f} questions/s ({replies / elapsed:.1f} messages/s)")
    print(f"latency message→reply: p50 {statistics.median(ms):.0f} ms, p99 {percentile(ms, 99):.0f} ms, "
          f"max {max(ms):.0f} ms")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--questions", type=int, default=2000)
    parser.add_argument("--users", type=int, default=20)
    args = parser.parse_args()
    asyncio.run(main(args.questions, args.users))
