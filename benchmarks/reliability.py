"""Nothing lost under load with kills: collaborators each send a /report while the bot
process is killed with SIGKILL at random moments and started again.

Starts the local Bot API server of the tests (tests/botapi_server.py) and ``python -m bot
run`` (long polling, its own process) on a fresh database with one ward and one
collaborator per user; every user reports one weekly count through the buttons, typing
the number, reacting to whatever the bot shows last. Meanwhile the bot is SIGKILLed
``--kills`` times and restarted. Prints updates sent / handled, reports confirmed / stored,
duplicates, how long restarts took, and the wall time.

Run: python benchmarks/reliability.py [--users 100] [--kills 5] [--seed 1]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.botapi_server import (  # noqa: E402
    FakeBotApi, ReportJourney, RestartingBot, add_collaborators, inbox_rows, kill_now_and_then,
    report_despite_crashes, stored_reports,
)


async def main(users: int, kills: int, seed: int) -> None:
    logging.getLogger("aiohttp.server").setLevel(logging.CRITICAL)  # requests cut by a SIGKILL
    rng = random.Random(seed)
    server = await FakeBotApi().start()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        database = tmp_path / "bot.db"
        from knowledge.store import ensure_built

        ensure_built(database)
        user_ids = list(range(2001, 2001 + users))
        add_collaborators(database, user_ids)
        journeys = [ReportJourney(server.user(uid, f"User{uid}"), value=rng.randint(1, 40)) for uid in user_ids]
        bot = RestartingBot(server, database, tmp_path)
        try:
            await bot.start()
            started = time.perf_counter()
            killer = asyncio.create_task(kill_now_and_then(bot, kills, rng, between=(0.5, 3.0)))
            results = await asyncio.gather(*(report_despite_crashes(j) for j in journeys),
                                           return_exceptions=True)
            restarts = await killer
            elapsed = time.perf_counter() - started
            await asyncio.sleep(1.0)
            exit_code = await bot.stop()
        finally:
            bot.kill()
            await server.stop()
        handled, unfinished = inbox_rows(database)
        stored = stored_reports(database)
    finished = [r for r in results if isinstance(r, ReportJourney)]
    failures = Counter(str(r).split(" within")[0].split(" in ")[0] for r in results if isinstance(r, BaseException))
    confirmed = sorted((j.user.id, j.value) for j in finished if j.saved)
    sent = len(server.calls_to("getUpdates")) and max(handled | unfinished | {0})
    print(f"machine: {os.cpu_count()} cores, python {sys.version.split()[0]}, load {os.getloadavg()[0]:.1f}")
    print(f"users: {users}, SIGKILLs: {len(restarts)}, restart until polling again: "
          f"{', '.join(f'{s:.1f}' for s in restarts)} s")
    print(f"updates sent: {sent}   handled (done in the inbox): {len(handled)}   left unfinished: {len(unfinished)}")
    print(f"bot messages received by users: {sum(j.messages for j in finished)}   "
          f"users who had to type \"?\" after {45} s of silence: {sum(1 for j in finished if j.nudges)}")
    print(f"reports confirmed: {len(confirmed)}   stored: {len(stored)}   "
          f"confirmed == stored: {confirmed == stored}   duplicates: {len(stored) - len(set(stored))}")
    print(f"users left waiting: {users - len(confirmed)}   wall time: {elapsed:.1f} s   final exit code: {exit_code}")
    for failure, count in failures.most_common():
        print(f"  {count} × {failure}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--kills", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    asyncio.run(main(args.users, args.kills, args.seed))
