"""How many complete /report conversations one Application handles per second.

200 collaborators (one ward each) each send 3 reports — a count typed as words, a count
picked with buttons, a rate by indicator number — through ONE Application built with
``build_application`` and the in-process Bot API, interleaved round by round. Prints the
conversations per second and the reports table's row count against the expected count.

    python benchmarks/report_conversations.py [--collaborators 200]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
from pathlib import Path

from bot.field import people
from bot.launch.app import build_application
from bot.runtime.config import Settings
from bot.launch.local_chat import LocalChat
from bot.runtime.offline_request import OfflineRequest
from knowledge.kb import KnowledgeBase

SCRIPTS = [
    [("send", "/report"), ("press", "Trẻ em bị tai nạn thương tích"), ("press", "Tuần này"), ("send", "3"), ("press", "Lưu")],
    [("send", "/baocao"), ("send", "xâm hại"), ("press", "Tuần này"), ("send", "1"), ("press", "Lưu")],
    [("send", "/report"), ("send", "ct 14"), ("press", "Tháng này"), ("send", "95"), ("send", "100"), ("press", "Lưu")],
]


async def main(collaborators: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="childplan-bench-"))
    settings = Settings(database_path=folder / "bot.db", admin_ids=frozenset({1}))
    request = OfflineRequest()
    application = build_application(settings, request=request, kb=KnowledgeBase([]))
    await application.initialize()
    await application.post_init(application)
    await application.start()  # as a running bot: the JobQueue runs conversation timeouts
    db = application.bot_data["services"].db
    chats = []
    for n in range(collaborators):
        area, _ = people.add_area(db, "Hà Nội", f"Quận {n % 12}", f"Phường {n}")
        people.register_user(db, 10_000 + n, "collaborator", area_id=area.id)
        chats.append(LocalChat(application, request, user_id=10_000 + n, first_name=f"CTV{n}"))

    updates = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    for script in SCRIPTS:
        for step in range(len(script)):            # interleaved: everyone takes the same step in turn
            action, arg = script[step]
            for chat in chats:
                await (chat.send(arg) if action == "send" else chat.press(arg))
                updates += 1
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    conversations = collaborators * len(SCRIPTS)
    rows = db["reports"].count
    await application.stop()
    await application.shutdown()
    await application.post_shutdown(application)
    print(f"machine: {os.cpu_count()} cores")
    print(f"{conversations} conversations ({updates} updates) in {elapsed:.2f} s")
    print(f"{conversations / elapsed:.1f} conversations/s, {updates / elapsed:.0f} updates/s, "
          f"{1000 * elapsed / updates:.2f} ms per update")
    print(f"CPU {cpu:.2f} s ({1000 * cpu / updates:.2f} ms per update); the rest is waiting for the fsync "
          f"of each saved report. In-process there is no Telegram flood limit; against Telegram, "
          f"replies are capped near 30 messages/s (see benchmarks/e2e_throughput.py)")
    print(f"reports rows: {rows} (expected {conversations}) {'OK' if rows == conversations else 'MISMATCH'}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--collaborators", type=int, default=200)
    asyncio.run(main(parser.parse_args().collaborators))
