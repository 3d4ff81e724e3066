"""How answering grows with the knowledge base: 5 → 50 → 200 plans.

    python benchmarks/answer_scale.py [--sizes 5,50,200] [--questions 300]

The plans beyond the shipped five are copies of the eight plans this project has (the five
of knowledge/plans and the three of tests/data/plans_extra), each copy given its own
locality and document number, so every copy is a distinct plan the engine must tell apart.
For each size it prints: ingest time, the first start (load the knowledge base, build the
answer index and store it), start-up (what a restarted bot does before its first answer:
load the knowledge base, read the stored index and build what answering derives from it,
``knowledge.answer.engine.warm_up``; both timed without tracing),
memory of the loaded knowledge base and index (tracemalloc in a fresh process, per plan
loaded, after start-up and after answering), and the in-process answer latency (p50, p99,
max) over the questions of tests/data/questions*.jsonl (answerable and out of scope).

Copies repeat their source's text, and the knowledge base keeps equal texts and words once,
so memory per copied plan is lower than per distinct plan: the last line gives memory per
plan on the distinct plans the project has (the eight, and each blind round's new plan).
"""

from __future__ import annotations

import argparse
import gc
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import bot.i18n  # noqa: E402,F401  (replies in the users' words)
from knowledge.answer.engine import answer, warm_up  # noqa: E402
from knowledge import index as index_module  # noqa: E402
from knowledge.index import index_for  # noqa: E402
from knowledge.store import build, load_knowledge_base  # noqa: E402

SOURCES = sorted((ROOT / "knowledge" / "plans").glob("*.txt")) + sorted(
    (ROOT / "tests" / "data" / "plans_extra").glob("*.txt"))
# Place names that are not provinces of the shipped plans (for the copies).
PLACES = ["Lâm Viên", "Sông Mã", "Bến Hải", "Trà Lý", "Ba Vì", "Tam Đảo", "Yên Tử", "Bạch Mã",
          "Ngọc Linh", "Cát Bà", "Phong Nha", "Mộc Châu", "Sa Pa", "Tây Sơn", "Bình Minh"]


def _locality(text: str) -> str | None:
    m = re.search(r"(?:THÀNH PHỐ|TỈNH|Thành phố|tỉnh|thành phố)\s+([A-ZĐÂÊÔƠƯ][\wÀ-ỹ]+(?:\s+[A-ZĐÂÊÔƠƯ][\wÀ-ỹ]+){0,2})", text)
    return m.group(1) if m else None


def make_plans(folder: Path, n: int) -> list[Path]:
    files = []
    for i in range(n):
        source = SOURCES[i % len(SOURCES)]
        text = source.read_text(encoding="utf-8")
        if i >= len(SOURCES):
            place = f"{PLACES[i % len(PLACES)]} {i // len(PLACES) + 1}"
            old = _locality(text)
            if old:
                text = text.replace(old, place).replace(old.upper(), place.upper()) \
                    .replace(old.title(), place)
            # "608 /QĐ-UBND" too: a copy keeping its source's number would replace it
            text = re.sub(r"\b(\d{2,4})(\s*/(?:KH|QĐ)-UBND)", lambda m: f"{9000 + i}{m.group(2)}", text)
        path = folder / f"{i:03d}-{source.name}"
        path.write_text(text, encoding="utf-8")
        files.append(path)
    return files


def distinct_plans() -> list[Path]:
    """Every distinct plan document of the project: the eight copied above and each blind
    round's new plan (its .docx when the round has one, else its .txt)."""
    rounds = []
    for folder in sorted((ROOT / "tests" / "data" / "blind_rounds").glob("round*")):
        docx = folder / "new_plan.docx"
        rounds.append(docx if docx.exists() else folder / "new_plan.txt")
    return SOURCES + [path for path in rounds if path.exists()]


def _distinct_bytes(files: list[Path], asked: list[tuple[str, str]]) -> tuple[int, int, int]:
    """(plans, bytes loaded, bytes after answering ``asked``) of a knowledge base of ``files``."""
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "kb.db"
        build(db, files, keep_stored=False)
        kb = load_knowledge_base(db)
        warm_up(kb)                        # the index, stored as a restart reads it
        loaded = len(index_for(kb).plans)
        memory, answered = map(int, subprocess.run(
            [sys.executable, __file__, "--memory", str(db), "--questions", str(len(asked))],
            check=True, capture_output=True, text=True).stdout.split())
    return loaded, memory, answered


def distinct_memory(asked: list[tuple[str, str]]) -> tuple[int, float, float, float, float]:
    """(plans, MiB a plan loaded, MiB a plan after answering ``asked``, and what each plan
    past the first eight adds, loaded and after answering) of the distinct plans. The
    added cost is what a province's new plan costs; the whole divided by the plans also
    carries the fixed part (modules, babel's locale data, the OCR tables of the scan)."""
    plans, memory, answered = _distinct_bytes(distinct_plans(), asked)
    base, base_memory, base_answered = _distinct_bytes(SOURCES, asked)
    added = max(plans - base, 1)
    return (plans, memory / plans / 2**20, answered / plans / 2**20,
            (memory - base_memory) / added / 2**20, (answered - base_answered) / added / 2**20)


def questions(limit: int) -> list[tuple[str, str]]:
    out = []
    for path in sorted((ROOT / "tests" / "data").glob("questions*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                out.append((item["question"], item.get("lang", "vi")))
    return out[:limit]


def measure(n: int, asked: list[tuple[str, str]]) -> dict:
    """The figures of one size (``n`` plans), as printed by ``main``."""
    with tempfile.TemporaryDirectory() as folder:
        files = make_plans(Path(folder), n)
        db = Path(folder) / "kb.db"
        t = time.perf_counter()
        build(db, files, keep_stored=False)
        ingest = time.perf_counter() - t
        # start-up timed untraced (tracemalloc slows allocation-heavy code several-fold);
        # memory traced in a fresh process, so no cache of this one hides an allocation
        gc.collect()
        t = time.perf_counter()
        kb = load_knowledge_base(db)
        warm_up(kb)                        # builds the index, and stores it in the database
        first = time.perf_counter() - t
        index_module._CACHE.clear()        # a restart: nothing of this process kept
        del kb
        gc.collect()
        t = time.perf_counter()
        kb = load_knowledge_base(db)
        warm_up(kb)                        # reads the stored index, builds the rest
        startup = time.perf_counter() - t
        loaded = len(index_for(kb).plans)   # a copy the ingest took for another plan is not counted
        memory, answered = map(int, subprocess.run(
            [sys.executable, __file__, "--memory", str(db), "--questions", str(len(asked))],
            check=True, capture_output=True, text=True).stdout.split())
        times = []
        for question, lang in asked:
            t = time.perf_counter()
            answer(question, kb, lang=lang)
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return {"plans": loaded, "ingest_s": ingest, "startup_s": startup, "first_s": first, "mib_per_plan": memory / loaded / 2**20,
            "mib_per_plan_answered": answered / loaded / 2**20,
            "p50_ms": statistics.median(times), "p99_ms": times[int(len(times) * 0.99) - 1], "max_ms": times[-1]}


def traced_memory(db: Path, asked: list[tuple[str, str]]) -> tuple[int, int]:
    """Bytes held after loading the knowledge base at ``db`` and building its index, and
    after answering ``asked`` too (what the caches filled while answering add)."""
    gc.collect()
    tracemalloc.start()
    kb = load_knowledge_base(db)
    warm_up(kb)
    gc.collect()
    loaded = tracemalloc.get_traced_memory()[0]
    for question, lang in asked:
        answer(question, kb, lang=lang)
    gc.collect()
    answered = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return loaded, answered


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="5,50,200")
    parser.add_argument("--questions", type=int, default=300)
    parser.add_argument("--memory", metavar="DB", help=argparse.SUPPRESS)
    args = parser.parse_args()
    asked = questions(args.questions)
    if args.memory:
        print(*traced_memory(Path(args.memory), asked))
        return
    print(f"{len(asked)} questions per size")
    # first: load and build the index (then stored); start-up: a restart, the index read back;
    # MiB/plan: after start-up; "+answers": after answering every question (caches filled)
    print(f"{'plans':>6} {'ingest':>9} {'first':>9} {'start-up':>9} {'MiB/plan':>9} {'+answers':>9} "
          f"{'p50':>8} {'p99':>8} {'max':>8}")
    for n in [int(x) for x in args.sizes.split(",") if x]:
        r = measure(n, asked)
        print(f"{r['plans']:>6} {r['ingest_s']:>8.2f}s {r['first_s']:>8.2f}s {r['startup_s']:>8.2f}s "
              f"{r['mib_per_plan']:>9.2f} "
              f"{r['mib_per_plan_answered']:>9.2f} {r['p50_ms']:>6.1f}ms {r['p99_ms']:>6.1f}ms "
              f"{r['max_ms']:>6.1f}ms", flush=True)
    plans, loaded, answered, added, added_answered = distinct_memory(asked)
    print(f"distinct plans (no copies): {plans} plans, {loaded:.2f} MiB/plan, {answered:.2f} after answers; "
          f"each plan past the eight adds {added:.2f} MiB, {added_answered:.2f} after answers")


if __name__ == "__main__":
    main()
