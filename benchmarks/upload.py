"""Time a plan uploaded in the chat until the same running bot answers a question about it.

Run: python benchmarks/upload.py [--runs 3]
Drives the real Application (in-process Bot API serving the file) like an admin would: send
the document, wait for the review card, press Publish, ask a question about the new plan.
Prints per document: read + extract (file sent → review card), publish (press → knowledge
base stored, reloaded and swapped), first answer, and the total upload → answerable, best
and median over the runs. Documents: Quảng Ninh's plan (tests/data/plans_extra) as TXT and
as DOCX, and a ~50-page DOCX (the same plan followed by other plans' task sections, about
3 000 characters a page).
"""

from __future__ import annotations

import argparse
import asyncio
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.launch.app import build_application  # noqa: E402
from bot.launch.local_chat import LocalChat  # noqa: E402
from bot.runtime.config import Settings  # noqa: E402
from bot.runtime.offline_request import OfflineRequest  # noqa: E402
from bot.services import services  # noqa: E402
from handlers.plans import TASKS_KEY  # noqa: E402
from knowledge.store import ensure_built, load_knowledge_base  # noqa: E402

ADMIN = 900001
PLAN = ROOT / "tests" / "data" / "plans_extra" / "quangninh-kh45-2022.txt"
QUESTION = "tỷ lệ đăng ký khai sinh Quảng Ninh 2025"
PAGE_CHARS = 3000


class FileServingRequest(OfflineRequest):
    def __init__(self) -> None:
        super().__init__()
        self.content = b""

    async def do_request(self, url, method, request_data=None, **kwargs):
        if "/file/bot" in url:
            return 200, self.content
        return await super().do_request(url, method, request_data, **kwargs)


def docx_bytes(text: str) -> bytes:
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def fifty_pages() -> str:
    """The plan, then task sections of the shipped plans until about 50 pages."""
    text = PLAN.read_text(encoding="utf-8")
    filler = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "knowledge" / "plans").glob("*.txt"))]
    tasks = [f.split("TỔ CHỨC THỰC HIỆN")[-1] for f in filler]
    body, index = text.split("TỔ CHỨC THỰC HIỆN")[0], 0
    while len(body) < 50 * PAGE_CHARS:
        body += "\n" + tasks[index % len(tasks)]
        index += 1
    return body + "\nTỔ CHỨC THỰC HIỆN" + text.split("TỔ CHỨC THỰC HIỆN")[-1]


async def run_once(kb_db: Path, content: bytes, name: str) -> tuple[float, float, float]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bot.db"
        path.write_bytes(kb_db.read_bytes())
        settings = Settings(database_path=path, admin_ids=frozenset({ADMIN}))
        request = FileServingRequest()
        request.content = content
        application = build_application(settings, request=request, kb=load_knowledge_base(path))
        await application.initialize()
        await application.post_init(application)
        await application.start()
        try:
            chat = LocalChat(application, request, user_id=ADMIN, first_name="Admin")
            document = {"file_id": "d", "file_unique_id": "d", "file_name": name, "file_size": len(content)}
            start = time.perf_counter()
            await chat.process(chat.message_update(document=document))
            await asyncio.gather(*services(application).extras.get(TASKS_KEY, ()))
            carded = time.perf_counter()
            card = [c for c in request.sent(ADMIN) if c.buttons and "pl:pub:" in str(c.buttons)][-1]
            await chat.press("Công bố", on=card)
            published = time.perf_counter()
            answer = "\n".join(c.text for c in await chat.send(QUESTION))
            answered = time.perf_counter()
            if "99%" not in answer:
                raise SystemExit(f"{name}: the new plan was not answered: {answer[:200]}")
        finally:
            await application.stop()
            await application.shutdown()
            await application.post_shutdown(application)
    return carded - start, published - carded, answered - published


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        kb_db = Path(folder) / "kb.db"
        ensure_built(kb_db)
        text = PLAN.read_text(encoding="utf-8")
        big = fifty_pages()
        documents = [("qn.txt", text.encode("utf-8")), ("qn.docx", docx_bytes(text)),
                     (f"qn-{len(big) // PAGE_CHARS}pages.docx", docx_bytes(big))]
        for name, content in documents:
            totals = []
            for run in range(1, args.runs + 1):
                read, publish, answer = asyncio.run(run_once(kb_db, content, name))
                total = read + publish + answer
                totals.append(total)
                print(f"{name:>20} run {run}: read+extract {read * 1000:7.1f} ms  publish+swap "
                      f"{publish * 1000:7.1f} ms  first answer {answer * 1000:6.1f} ms  total {total * 1000:7.1f} ms")
            print(f"{name:>20}: upload → answerable best {min(totals) * 1000:.0f} ms, median "
                  f"{statistics.median(totals) * 1000:.0f} ms over {len(totals)} runs "
                  f"({len(content) / 1024:.0f} KiB file)")


if __name__ == "__main__":
    main()
