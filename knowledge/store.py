"""The knowledge base on disk: SQLite tables prefixed ``kb_``, written with sqlite-utils.

The database file is shared with the rest of the bot, so this module only ever creates,
reads, writes or deletes tables whose names start with ``kb_``.

* ``save_plans(db, plans)`` writes plans in one transaction. A plan whose content did not
  change is left alone (re-ingesting is idempotent); a changed plan is replaced (keyed by
  its slug and by its source file); ``remove_slugs`` drops plans whose file went away.
* ``ensure_built(db_path)`` (re)builds the knowledge base when it is missing, built by an
  older parser, or older than any plan file (sha256 of each source compared), so a fresh
  clone needs no manual ingest.
* ``pin_source(db, slug, path)`` marks a file published in the chat: every later build
  serves it over any other file of the same document (a shipped copy, changed or not).
* ``load_knowledge_base(db_path)`` returns the in-memory ``KnowledgeBase`` of the published
  plans; ``set_plan_status(db, slug, "withdrawn")`` takes a plan out of it (table
  ``kb_status``, which a rebuild leaves alone) and ``"published"`` puts it back.

Passages have a full-text index (FTS5) over their section, text and a folded copy of the
text (no diacritics), so "xam hai tre em" finds "xâm hại trẻ em".
"""

from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Sequence

import sqlite_utils

from knowledge.model import (
    Agency, Assignment, Campaign, Contact, Deadline, Funding, Goal, Indicator, Passage, Plan, Target,
    Task,
)
from knowledge.text import fold

PROJECT_DIR = Path(__file__).resolve().parent.parent
# ``$PLANS_DIR`` (read once, at import) points every command at another folder of plans;
# the tests use it to build from their own copy.
DEFAULT_PLANS_DIR = Path(os.environ.get("PLANS_DIR") or Path(__file__).resolve().with_name("plans"))

PLANS = "kb_plans"
GOALS = "kb_goals"
INDICATORS = "kb_indicators"
TARGETS = "kb_targets"
AGENCIES = "kb_agencies"
TASKS = "kb_tasks"
ASSIGNMENTS = "kb_assignments"
DEADLINES = "kb_deadlines"
CONTACTS = "kb_contacts"
CAMPAIGNS = "kb_campaigns"
PASSAGES = "kb_passages"
META = "kb_meta"
STATUS = "kb_status"   # a plan's publication status, kept apart so a rebuild never resets it
CHILD_TABLES = (GOALS, INDICATORS, TARGETS, AGENCIES, TASKS, ASSIGNMENTS, DEADLINES, CONTACTS,
                CAMPAIGNS, PASSAGES)
ALL_TABLES = (PLANS, *CHILD_TABLES, META, STATUS)

PUBLISHED, WITHDRAWN = "published", "withdrawn"
STATUSES = (PUBLISHED, WITHDRAWN)

_SCHEMAS: dict[str, tuple[dict, object]] = {
    PLANS: ({"slug": str, "title": str, "kind": str, "locality": str, "issuer": str,
             "number": str, "date": str, "period": str, "period_start": int, "period_end": int,
             "source_file": str, "source_path": str, "source_sha256": str, "source_mtime": float,
             "references": str, "content_hash": str, "position": int,
             "signer": str, "signer_role": str, "ocr": int, "funding": str, "proposer": str}, "slug"),
    GOALS: ({"plan": str, "position": int, "number": int, "label": str, "title": str,
             "declared_indicator_count": int, "section": str}, ("plan", "position")),
    INDICATORS: ({"plan": str, "position": int, "number": int, "goal": int, "text": str,
                  "section": str, "lead_agencies": str, "partner_agencies": str,
                  "group": str, "goal_label": str, "baseline": int, "label": str}, ("plan", "position")),
    TARGETS: ({"plan": str, "indicator_position": int, "indicator_number": int, "position": int,
               "metric": str, "metric_index": int, "year": int, "value": float, "unit": str,
               "comparator": str, "value_max": float, "qualifier": str, "counted": str,
               "maintained": int, "text": str, "comparator_text": str, "needs_review": int,
               "sentence": str, "achieved": int, "area": str}, ("plan", "indicator_position", "position")),
    AGENCIES: ({"plan": str, "key": str, "name": str, "aliases": str, "level": str,
                "position": int, "mentioned_only": int}, ("plan", "key")),
    TASKS: ({"plan": str, "position": int, "agency": str, "text": str, "section": str,
             "indicators": str, "role": str}, ("plan", "position")),
    ASSIGNMENTS: ({"plan": str, "position": int, "indicator": int, "agency": str, "role": str,
                   "section": str, "text": str}, ("plan", "position")),
    DEADLINES: ({"plan": str, "position": int, "kind": str, "text": str, "section": str,
                 "day": int, "month": int, "year": int, "within_days": int, "recurring": int,
                 "submit_to": str, "who": str, "within_hours": int}, ("plan", "position")),
    CONTACTS: ({"plan": str, "position": int, "number": str, "display": str, "label": str,
                "section": str, "note": str}, ("plan", "position")),
    CAMPAIGNS: ({"plan": str, "position": int, "name": str, "theme": str, "slogans": str,
                 "start": str, "end": str, "section": str, "yearly_start": str, "yearly_end": str,
                 "held": str, "theme_year": int},
                ("plan", "position")),
    PASSAGES: ({"plan": str, "position": int, "section": str, "text": str, "folded": str},
               ("plan", "position")),
    META: ({"key": str, "value": str}, "key"),
    STATUS: ({"slug": str, "status": str, "changed_at": str}, "slug"),
}


# Same-document detection: each stored plan's identity keys ("<locality>|<number>|<date>",
# "text:<fingerprint>"), so a copy of a stored document replaces it instead of adding a plan.
IDENTITIES = "kb_identities"
_SCHEMAS[IDENTITIES] = ({"plan": str, "key": str}, ("plan", "key"))
# The text OCR read from each scanned file, by sha256 of its bytes: a rebuild (another file
# ingested, a new parser version) re-parses it in milliseconds instead of minutes of OCR.
# Created with the first scan only, so a knowledge base of text plans pays nothing for it.
OCR_TEXTS = "kb_ocr_texts"
_OCR_TEXTS_COLUMNS = {"sha256": str, "format": str, "pages": int, "text": str}


def default_database_path() -> Path:
    """``$DATABASE_PATH``, or ``<project>/data/childplan.db``."""
    configured = os.environ.get("DATABASE_PATH")
    return Path(configured) if configured else PROJECT_DIR / "data" / "childplan.db"


BUSY_TIMEOUT = 30.0  # seconds a connection waits for another process's write lock


def open_database(db_path: str | Path) -> sqlite_utils.Database:
    """The SQLite file ``db_path`` (created if missing) in WAL mode, waiting up to
    ``BUSY_TIMEOUT`` s for another process's lock instead of failing "database is locked"."""
    path = Path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT)
    conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT * 1000)}")
    conn.execute("PRAGMA journal_mode=WAL")
    return sqlite_utils.Database(conn)


@contextlib.contextmanager
def build_lock(db_path: str | Path) -> Iterator[None]:
    """Hold an exclusive lock on ``<db_path>.lock`` (flock, released if the process dies), so
    processes that find the knowledge base missing build it one after the other."""
    with open(f"{db_path}.lock", "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create the ``kb_`` tables and the passages' full-text index if they are missing."""
    for name, (columns, pk) in _SCHEMAS.items():
        if not db[name].exists():
            db[name].create(columns, pk=pk, not_null=None)
        else:  # a database written before a column was added: add it (filled on rebuild)
            present = set(db[name].columns_dict)
            for column, kind in columns.items():
                if column not in present:
                    db[name].add_column(column, kind)
    if not db[f"{PASSAGES}_fts"].exists():
        db[PASSAGES].enable_fts(["section", "text", "folded"], create_triggers=True,
                                tokenize="unicode61 remove_diacritics 2")


def file_sha256(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def content_hash(plan: Plan) -> str:
    data = plan.to_dict()
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


@dataclass
class SaveReport:
    """What ``save_plans`` did, by plan slug."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    # Same-document replacement: {old slug: new slug} (the old plan is also in ``removed``).
    superseded: dict[str, str] = field(default_factory=dict)
    # ``build`` only: files refused (``IngestError`` each, in the order given) and files
    # left out because a later file holds the same document ([(dropped, kept)]).
    failed: list = field(default_factory=list)
    duplicates: list = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.replaced or self.removed)


def _plan_rows(plan: Plan, source_path: str, mtime: float, position: int) -> dict[str, list[dict]]:
    slug = plan.slug
    rows: dict[str, list[dict]] = {name: [] for name in CHILD_TABLES}
    rows[PLANS] = [{
        "slug": slug, "title": plan.title, "kind": plan.kind, "locality": plan.locality,
        "issuer": plan.issuer, "number": plan.number, "date": plan.date, "period": plan.period,
        "period_start": plan.period_start, "period_end": plan.period_end,
        "source_file": plan.source_file, "source_path": source_path,
        "source_sha256": plan.source_sha256, "source_mtime": mtime,
        "references": json.dumps(plan.references, ensure_ascii=False),
        "content_hash": content_hash(plan), "position": position,
        "signer": plan.signer, "signer_role": plan.signer_role, "ocr": int(plan.ocr),
        "funding": json.dumps([dataclasses.asdict(f) for f in plan.funding], ensure_ascii=False),
        "proposer": plan.proposer,
    }]
    for i, goal in enumerate(plan.goals):
        rows[GOALS].append({"plan": slug, "position": i, "number": goal.number,
                            "label": goal.label, "title": goal.title,
                            "declared_indicator_count": goal.declared_indicator_count,
                            "section": goal.section})
    for indicator in plan.indicators:
        rows[INDICATORS].append({
            "plan": slug, "position": indicator.position, "number": indicator.number,
            "goal": indicator.goal, "text": indicator.text, "section": indicator.section,
            "lead_agencies": json.dumps(indicator.lead_agencies),
            "partner_agencies": json.dumps(indicator.partner_agencies),
            "group": indicator.group, "goal_label": indicator.goal_label,
            "baseline": int(indicator.baseline), "label": indicator.label})
        for j, target in enumerate(indicator.targets + indicator.areas):
            rows[TARGETS].append({
                "plan": slug, "indicator_position": indicator.position,
                "indicator_number": indicator.number, "position": j, "metric": target.metric,
                "metric_index": target.metric_index, "year": target.year, "value": target.value,
                "unit": target.unit, "comparator": target.comparator,
                "value_max": target.value_max, "qualifier": target.qualifier,
                "counted": target.counted, "maintained": int(target.maintained),
                "text": target.text, "comparator_text": target.comparator_text,
                "needs_review": int(target.needs_review), "sentence": target.sentence,
                "achieved": int(target.achieved), "area": target.area})
    for i, agency in enumerate(plan.agencies):
        rows[AGENCIES].append({"plan": slug, "key": agency.key, "name": agency.name,
                               "aliases": json.dumps(agency.aliases, ensure_ascii=False),
                               "level": agency.level, "position": i,
                               "mentioned_only": int(agency.mentioned_only)})
    for i, task in enumerate(plan.tasks):
        rows[TASKS].append({"plan": slug, "position": i, "agency": task.agency, "text": task.text,
                            "section": task.section, "indicators": json.dumps(task.indicators),
                            "role": task.role})
    for i, item in enumerate(plan.assignments):
        rows[ASSIGNMENTS].append({"plan": slug, "position": i, "indicator": item.indicator,
                                  "agency": item.agency, "role": item.role,
                                  "section": item.section, "text": item.text})
    for i, item in enumerate(plan.deadlines):
        rows[DEADLINES].append({"plan": slug, "position": i, "kind": item.kind, "text": item.text,
                                "section": item.section, "day": item.day, "month": item.month,
                                "year": item.year, "within_days": item.within_days,
                                "recurring": int(item.recurring), "submit_to": item.submit_to,
                                "who": item.who, "within_hours": item.within_hours})
    for i, item in enumerate(plan.contacts):
        rows[CONTACTS].append({"plan": slug, "position": i, "number": item.number,
                               "display": item.display, "label": item.label,
                               "section": item.section, "note": item.note})
    for i, item in enumerate(plan.campaigns):
        rows[CAMPAIGNS].append({"plan": slug, "position": i, "name": item.name,
                                "theme": item.theme,
                                "slogans": json.dumps(item.slogans, ensure_ascii=False),
                                "start": item.start, "end": item.end, "section": item.section,
                                "yearly_start": item.yearly_start, "yearly_end": item.yearly_end,
                                "held": item.when, "theme_year": item.theme_year})
    for item in plan.passages:
        rows[PASSAGES].append({"plan": slug, "position": item.position, "section": item.section,
                               "text": item.text, "folded": fold(item.text)})
    return rows


def _delete_plan(db: sqlite_utils.Database, slug: str) -> None:
    for name in (*CHILD_TABLES, IDENTITIES):
        db.execute(f"DELETE FROM [{name}] WHERE plan = ?", [slug])
    db.execute(f"DELETE FROM [{PLANS}] WHERE slug = ?", [slug])


def save_plans(db: sqlite_utils.Database, plans: Sequence[Plan],
               source_paths: dict[str, str | Path] | None = None,
               remove_slugs: Iterable[str] = ()) -> SaveReport:
    """Write ``plans`` in one transaction: unchanged plans are kept as they are, changed
    ones replaced, new ones added; plans in ``remove_slugs`` are deleted. A stored plan that
    is the same document as a new one (same locality, number and date, or the same text:
    ``knowledge.ingest.identity_keys``) is replaced by it, never kept as a second plan."""
    from knowledge.ingest import identity_keys

    ensure_schema(db)
    source_paths = source_paths or {}
    report = SaveReport()
    stored = {row["slug"]: row for row in db[PLANS].rows}
    by_source = {row["source_path"]: row["slug"] for row in stored.values()}
    identities = _load_identities(db, stored)
    with db.atomic():
        for slug in remove_slugs:
            if slug in stored:
                _delete_plan(db, slug)
                report.removed.append(slug)
                identities.pop(slug, None)
        for position, plan in enumerate(plans):
            path = str(Path(source_paths.get(plan.slug, plan.source_file)).resolve())
            keys = identity_keys(plan)
            for other, other_keys in list(identities.items()):
                if other != plan.slug and set(keys) & set(other_keys) and other in stored:
                    _delete_plan(db, other)          # the same document under another slug
                    report.removed.append(other)
                    report.superseded[other] = plan.slug
                    identities.pop(other)
                    del stored[other]
            identities[plan.slug] = keys
            old = stored.get(plan.slug)
            if old is not None and old["content_hash"] == content_hash(plan) \
                    and old["source_path"] == path:
                if old["position"] != position:
                    db[PLANS].update(plan.slug, {"position": position})
                report.unchanged.append(plan.slug)
                continue
            previous_slug = by_source.get(path)
            if previous_slug and previous_slug != plan.slug and previous_slug in stored:
                _delete_plan(db, previous_slug)      # same file, new slug (its number changed)
                report.removed.append(previous_slug)
                identities.pop(previous_slug, None)
            if old is not None:
                _delete_plan(db, plan.slug)
                report.replaced.append(plan.slug)
            else:
                report.added.append(plan.slug)
            mtime = Path(path).stat().st_mtime if Path(path).exists() else 0.0
            for name, rows in _plan_rows(plan, path, mtime, position).items():
                if rows:
                    db[name].insert_all(rows)
            db[IDENTITIES].insert_all([{"plan": plan.slug, "key": k} for k in keys], ignore=True)
    return report


# META key: the files left out because another file holds the same document, so that they
# don't make every start rebuild the knowledge base.
_SUPERSEDED = "superseded_sources"


def _load_identities(db: sqlite_utils.Database, stored: dict[str, dict]) -> dict[str, list[str]]:
    """Identity keys of the stored plans; from number and date for a plan stored before
    identities were kept."""
    from knowledge.ingest import document_key

    result: dict[str, list[str]] = {slug: [] for slug in stored}
    for row in db.query(f"SELECT plan, key FROM [{IDENTITIES}]"):
        if row["plan"] in result:
            result[row["plan"]].append(row["key"])
    for slug, keys in result.items():
        if not keys:
            key = document_key(stored[slug]["locality"], stored[slug]["number"], stored[slug]["date"])
            keys.extend([key] if key else [])
    return result


# META key: sources an admin published in the chat, {slug: absolute path}. Such a file wins
# over every other file holding the same document (a shipped copy, even one changed on disk)
# in every build, until another version is published: a restart must not revert it.
_PINNED = "pinned_sources"


def pinned_sources(db: sqlite_utils.Database) -> dict[str, str]:
    """The published uploads that win over other copies of their document: ``{slug: path}``."""
    value = get_meta(db, _PINNED)
    return json.loads(value) if value else {}


def pin_source(db: sqlite_utils.Database, slug: str, path: str | Path) -> None:
    """Make ``path`` the file plan ``slug`` is built from in every later build (replacing the
    slug's earlier pin): another file of the same document is then left out as a duplicate."""
    pins = pinned_sources(db)
    pins[slug] = str(Path(path).resolve())
    set_meta(db, _PINNED, json.dumps(pins, sort_keys=True))


def superseded_sources(db: sqlite_utils.Database) -> dict[str, str]:
    """Files left out because a later file holds the same document: {path: sha256}."""
    value = get_meta(db, _SUPERSEDED)
    return json.loads(value) if value else {}


def set_meta(db: sqlite_utils.Database, key: str, value: str) -> None:
    ensure_schema(db)
    db[META].upsert({"key": key, "value": value}, pk="key")


def get_meta(db: sqlite_utils.Database, key: str) -> str | None:
    if not db[META].exists():
        return None
    rows = list(db.query(f"SELECT value FROM [{META}] WHERE key = ?", [key]))
    return rows[0]["value"] if rows else None


def stored_sources(db: sqlite_utils.Database) -> dict[str, dict]:
    """Stored plans by absolute source path: ``{path: {"slug", "source_sha256", ...}}``."""
    if not db[PLANS].exists():
        return {}
    return {row["source_path"]: row for row in db[PLANS].rows}


def plan_files(plans_dir: str | Path = DEFAULT_PLANS_DIR, extra_files: Iterable[str | Path] = ()
               ) -> list[Path]:
    """The shipped plan files (``*.txt``, sorted) followed by ``extra_files``, without
    duplicates."""
    files = sorted(Path(plans_dir).glob("*.txt")) if Path(plans_dir).is_dir() else []
    seen = {f.resolve() for f in files}
    for extra in extra_files:
        path = Path(extra)
        if path.resolve() not in seen:
            files.append(path)
            seen.add(path.resolve())
    return files


def needs_build(db: sqlite_utils.Database, files: Sequence[Path]) -> bool:
    """True when the stored knowledge base is missing, was built by another parser
    version, lacks one of ``files`` or holds an older version of one of them. A file left out
    as the same document as another (``superseded_sources``) counts as stored while its
    bytes are unchanged."""
    from knowledge.ingest import PARSER_VERSION

    stored = stored_sources(db)
    if not stored or get_meta(db, "parser_version") != PARSER_VERSION:
        return True
    if any(not Path(source).exists() for source in stored):
        return True
    if any(path not in stored and Path(path).exists() for path in pinned_sources(db).values()):
        return True      # a published upload not served (a database from before pins were kept)
    superseded = superseded_sources(db)
    for path in files:
        row = stored.get(str(path.resolve()))
        if row is None:
            sha = superseded.get(str(path.resolve()))
            if sha is not None and path.exists() and sha == file_sha256(path):
                continue
            return True
        if row["source_mtime"] == path.stat().st_mtime:
            continue
        if row["source_sha256"] != file_sha256(path):
            return True
    return False


def build(db_path: str | Path, files: Sequence[str | Path], keep_stored: bool = True,
          progress=None) -> tuple[list[Plan], SaveReport]:
    """Ingest ``files`` (plus, with ``keep_stored``, plans stored earlier from other files
    that still exist) and save them. Every good file is stored; a bad one (``IngestError``:
    unreadable, not a plan) is listed in ``report.failed`` and its stored plan, if any, is
    left as it was. The same document in two files is stored once: a new or changed file
    (neither stored nor left out before) wins over a known one, else the later in order —
    so a newly ingested copy replaces the earlier one. Scanned files are OCR'd once: their
    text is kept (``kb_ocr_texts``) for the next build. ``progress(path, done, total)`` is
    called per page of a PDF or image read."""
    from knowledge.ingest import PARSER_VERSION, ingest_batch
    from knowledge.parse.formats import Document as SourceDocument

    db = open_database(db_path)
    given = [Path(f) for f in files]
    stored = stored_sources(db)
    superseded = superseded_sources(db)

    def known(path: Path) -> bool:
        key = str(path.resolve())
        row = stored.get(key)
        if row is not None:
            return row["source_mtime"] == path.stat().st_mtime or row["source_sha256"] == file_sha256(path)
        return key in superseded and path.exists() and superseded[key] == file_sha256(path)

    new = [p for p in given if not (p.exists() and known(p))]
    wanted = {p.resolve() for p in given}
    others, removed = [], []
    if keep_stored:
        for source, row in stored.items():
            source_path = Path(source)
            if source_path.resolve() in wanted:
                continue
            if source_path.exists():
                others.append(source_path)
                wanted.add(source_path.resolve())
            else:
                removed.append(row["slug"])
    # A pinned upload (published in the chat) is read even when its plan is not stored, and
    # wins over any other file of its document: it counts as new and comes after them all
    # (the later of two new files wins).
    pinned = [Path(p) for p in pinned_sources(db).values() if Path(p).exists()]
    pinned_keys = {p.resolve() for p in pinned}
    ordered = [p for p in given + others if p.resolve() not in pinned_keys] + pinned
    read = {row["sha256"]: SourceDocument(row["text"], row["format"], True, row["pages"] or 1)
            for row in db[OCR_TEXTS].rows} if db[OCR_TEXTS].exists() else {}
    batch = ingest_batch(ordered, progress=progress, newer=[*new, *pinned], read=read)
    failed_paths = {error.path.resolve() for error in batch.failures}
    # A stored plan whose file is now refused stays as it was: never removed by a bad file.
    keep = {row["slug"] for source, row in stored.items() if Path(source).resolve() in failed_paths}
    removed = [slug for slug in removed if slug not in keep]
    source_paths = {plan.slug: str(path.resolve()) for plan, path in zip(batch.plans, batch.sources)}
    report = save_plans(db, batch.plans, source_paths, remove_slugs=removed)
    report.failed = batch.failures
    report.duplicates = batch.duplicates
    for dropped, _kept in batch.duplicates:
        superseded[str(dropped.resolve())] = file_sha256(dropped)
    for source in list(superseded):
        if source in source_paths.values() or not Path(source).exists():
            del superseded[source]
    set_meta(db, _SUPERSEDED, json.dumps(superseded, sort_keys=True))
    in_use = {row["source_sha256"] for row in db[PLANS].rows} | set(superseded.values())
    if batch.scanned and not db[OCR_TEXTS].exists():
        db[OCR_TEXTS].create(_OCR_TEXTS_COLUMNS, pk="sha256")
    with db.atomic():
        if batch.scanned:
            db[OCR_TEXTS].upsert_all([{"sha256": sha, "format": d.format, "pages": d.pages,
                                       "text": d.text} for sha, d in batch.scanned.items()], pk="sha256")
        for sha in set(read) - in_use - set(batch.scanned):
            db[OCR_TEXTS].delete(sha)        # its file is gone or changed
    set_meta(db, "parser_version", PARSER_VERSION)
    return batch.plans, report


def ensure_built(db_path: str | Path, plans_dir: str | Path = DEFAULT_PLANS_DIR,
                 extra_files: Iterable[str | Path] = ()) -> bool:
    """Build or refresh the knowledge base in ``db_path`` when needed; True if it did.
    Good files are stored even when one is refused; the first refusal is then raised
    (``IngestError``) so the caller can say which file and why."""
    files = plan_files(plans_dir, extra_files)
    db = open_database(db_path)
    if not needs_build(db, files):
        return False
    with build_lock(db_path):  # another process may have built it while this one waited
        if not needs_build(open_database(db_path), files):
            return False
        _, report = build(db_path, files)
    if report.failed:
        raise report.failed[0]
    return True


# --- reading ---------------------------------------------------------------------------------

def _loads(value: str | None, default):
    return json.loads(value) if value else default


def load_plans(db: sqlite_utils.Database, published_only: bool = False) -> list[Plan]:
    """Every stored plan, complete, in ingest order (with ``published_only``, without the
    withdrawn ones)."""
    if not db[PLANS].exists():
        return []
    hidden = {slug for slug, status in plan_statuses(db).items() if status != PUBLISHED} \
        if published_only else set()
    # Equal strings loaded once: plans repeat section paths, agency keys and names, roles,
    # and the national programme's paragraphs word for word (a third of a real knowledge
    # base's text; most of the benchmark's copied plans)
    shared: dict[str, str] = {}
    share = shared.setdefault

    def grouped(table: str, order: str = "position") -> dict[str, list[dict]]:
        result: dict[str, list[dict]] = {}
        for row in db.query(f"SELECT * FROM [{table}] ORDER BY plan, {order}"):
            row = {k: share(v, v) if type(v) is str else v for k, v in row.items()}
            result.setdefault(row["plan"], []).append(row)
        return result

    def _loads(value: str | None, default):
        got = json.loads(value) if value else default
        return [share(v, v) if type(v) is str else v for v in got] if type(got) is list else got

    goals, indicators = grouped(GOALS), grouped(INDICATORS)
    targets = grouped(TARGETS, "indicator_position, position")
    agencies, tasks, assignments = grouped(AGENCIES), grouped(TASKS), grouped(ASSIGNMENTS)
    deadlines, contacts = grouped(DEADLINES), grouped(CONTACTS)
    campaigns, passages = grouped(CAMPAIGNS), grouped(PASSAGES)
    plans = []
    for row in db.query(f"SELECT * FROM [{PLANS}] ORDER BY position, slug"):
        row = {k: share(v, v) if type(v) is str else v for k, v in row.items()}
        slug = row["slug"]
        if slug in hidden:
            continue
        by_indicator: dict[int, list[Target]] = {}
        by_area: dict[int, list[Target]] = {}
        for t in targets.get(slug, []):
            # a figure allotted to an area goes apart (``Indicator.areas``)
            (by_area if t.get("area") else by_indicator).setdefault(t["indicator_position"], []).append(Target(
                metric=t["metric"], metric_index=t["metric_index"], year=t["year"],
                value=t["value"], unit=t["unit"], comparator=t["comparator"],
                value_max=t["value_max"], qualifier=t["qualifier"], counted=t["counted"],
                maintained=bool(t["maintained"]), text=t["text"],
                comparator_text=t.get("comparator_text"),
                needs_review=bool(t.get("needs_review")), sentence=t.get("sentence") or "",
                achieved=bool(t.get("achieved")), area=t.get("area")))
        plans.append(Plan(
            slug=slug, title=row["title"], kind=row["kind"], locality=row["locality"],
            issuer=row["issuer"], number=row["number"], date=row["date"], period=row["period"],
            period_start=row["period_start"], period_end=row["period_end"],
            source_file=row["source_file"], source_sha256=row["source_sha256"],
            references=_loads(row["references"], []),
            signer=row.get("signer"), signer_role=row.get("signer_role"), ocr=bool(row.get("ocr")),
            funding=[Funding(**f) for f in _loads(row.get("funding"), [])],
            proposer=row.get("proposer"),
            goals=[Goal(number=g["number"], title=g["title"],
                        declared_indicator_count=g["declared_indicator_count"],
                        section=g["section"], label=g["label"]) for g in goals.get(slug, [])],
            indicators=[Indicator(
                number=i["number"], goal=i["goal"], text=i["text"], section=i["section"],
                targets=by_indicator.get(i["position"], []),
                lead_agencies=_loads(i["lead_agencies"], []),
                partner_agencies=_loads(i["partner_agencies"], []),
                group=i["group"], position=i["position"], goal_label=i["goal_label"],
                baseline=bool(i.get("baseline")), label=i.get("label"),
                areas=by_area.get(i["position"], []))
                for i in indicators.get(slug, [])],
            agencies=[Agency(key=a["key"], name=a["name"], aliases=_loads(a["aliases"], []),
                             level=a["level"], mentioned_only=bool(a["mentioned_only"]))
                      for a in agencies.get(slug, [])],
            tasks=[Task(agency=t["agency"], text=t["text"], section=t["section"],
                        indicators=_loads(t["indicators"], []), role=t["role"])
                   for t in tasks.get(slug, [])],
            assignments=[Assignment(indicator=a["indicator"], agency=a["agency"], role=a["role"],
                                    section=a["section"], text=a["text"])
                         for a in assignments.get(slug, [])],
            deadlines=[Deadline(kind=d["kind"], text=d["text"], section=d["section"], day=d["day"],
                                month=d["month"], year=d["year"], within_days=d["within_days"],
                                recurring=bool(d["recurring"]), submit_to=d["submit_to"],
                                who=d["who"], within_hours=d.get("within_hours"))
                       for d in deadlines.get(slug, [])],
            contacts=[Contact(number=c["number"], display=c["display"], label=c["label"],
                              section=c["section"], note=c.get("note") or "")
                      for c in contacts.get(slug, [])],
            campaigns=[Campaign(name=c["name"], theme=c["theme"],
                                slogans=_loads(c["slogans"], []), start=c["start"], end=c["end"],
                                section=c["section"], yearly_start=c.get("yearly_start"),
                                yearly_end=c.get("yearly_end"), when=c.get("held"),
                                theme_year=c.get("theme_year"))
                      for c in campaigns.get(slug, [])],
            passages=[Passage(section=p["section"], text=p["text"], position=p["position"])
                      for p in passages.get(slug, [])],
        ))
    return plans


def search_passages(db: sqlite_utils.Database, query: str, limit: int = 10,
                    plan: str | None = None) -> list[dict]:
    """Passages matching ``query`` (accents optional), best first, via the FTS5 index:
    rows with ``plan``, ``position``, ``section``, ``text`` and ``rank``. Passages holding
    the query as a phrase come first, then those holding all its words, then any word."""
    from knowledge.text import words

    terms = [w for w in dict.fromkeys(words(query)) if len(w) > 1 or w.isdigit()]
    if not terms or not db[f"{PASSAGES}_fts"].exists():
        return []
    results: list[dict] = []
    seen: set[tuple[str, int]] = set()
    stages = ['"' + " ".join(terms) + '"'] if len(terms) > 1 else []
    stages += [" AND ".join(f'"{t}"' for t in terms), " OR ".join(f'"{t}"' for t in terms)]
    for stage in stages:
        match = f"folded : ({stage})"
        sql = (f"SELECT p.plan, p.position, p.section, p.text, bm25([{PASSAGES}_fts]) AS rank "
               f"FROM [{PASSAGES}_fts] JOIN [{PASSAGES}] p ON p.rowid = [{PASSAGES}_fts].rowid "
               f"WHERE [{PASSAGES}_fts] MATCH ?" + (" AND p.plan = ?" if plan else "") +
               " ORDER BY rank LIMIT ?")
        params = [match] + ([plan] if plan else []) + [limit]
        for row in db.query(sql, params):
            key = (row["plan"], row["position"])
            if key not in seen:
                seen.add(key)
                results.append(row)
        if len(results) >= limit or len(terms) == 1:
            break
    return results[:limit]


def load_knowledge_base(db_path: str | Path):
    """The knowledge base stored in ``db_path``, loaded into memory: the published plans
    only (a withdrawn plan is never answered from)."""
    from knowledge.kb import KnowledgeBase

    db = open_database(db_path)
    searcher: list[sqlite_utils.Database] = []

    def passage_search(query: str, limit: int, plan: str | None) -> list[dict]:
        # Opened on first use, in the thread that searches (SQLite connections stay in theirs).
        if not searcher:
            searcher.append(open_database(db_path))
        return search_passages(searcher[0], query, limit=limit, plan=plan)

    plans = load_plans(db, published_only=True)
    shown = {plan.slug for plan in plans}
    hashes = {row["slug"]: row["content_hash"] for row in db.query(
        f"SELECT slug, content_hash FROM [{PLANS}]")} if db[PLANS].exists() else {}
    hidden = set(hashes) - shown
    stored = StoredIndex(db_path, [(plan.slug, hashes.get(plan.slug)) for plan in plans]) \
        if plans and all(hashes.get(plan.slug) for plan in plans) else None
    if not hidden:
        return KnowledgeBase(plans, db_path=Path(db_path), passage_search=passage_search,
                             stored_index=stored)

    def published_search(query: str, limit: int, plan: str | None) -> list[dict]:
        # Withdrawn plans' passages stay indexed (they may be published again): skip them.
        if plan is not None and plan not in shown:
            return []
        rows = passage_search(query, limit * 3 if plan is None else limit, plan)
        return [row for row in rows if row["plan"] in shown][:limit]

    return KnowledgeBase(plans, db_path=Path(db_path), passage_search=published_search,
                         stored_index=stored)


INDEX = "kb_index"   # the answer index built from the published plans (one row, a blob)


class StoredIndex:
    """Where the answer index of a loaded knowledge base is kept between runs: table
    ``kb_index`` of its database, one row keyed by the index code's version
    (``knowledge.index.code_version``) and the published plans (slug and content hash, in
    order). Publishing, withdrawing or changing a plan, or new index code, changes the key:
    the index is then built again and the row replaced."""

    def __init__(self, db_path: str | Path, plans: list[tuple[str, str]]):
        self.db_path = Path(db_path)
        self.plans_key = hashlib.sha256(json.dumps(plans).encode()).hexdigest()

    def _key(self, code: str) -> str:
        return f"{code}:{self.plans_key}"

    def load(self, code: str) -> bytes | None:
        """The stored index bytes for index code ``code`` and these plans, or None."""
        conn = sqlite3.connect(str(self.db_path), timeout=BUSY_TIMEOUT)
        try:
            row = conn.execute(f"SELECT blob FROM [{INDEX}] WHERE key = ?", (self._key(code),)).fetchone()
        except sqlite3.OperationalError:   # no such table: never stored
            return None
        finally:
            conn.close()
        return row[0] if row else None

    def save(self, code: str, blob: bytes) -> None:
        """Store ``blob`` as the index for ``code`` and these plans (replacing any other).
        Raises ``sqlite3.Error`` when the database cannot be written (busy over 2 s: the
        index is worth storing, not waiting for)."""
        conn = sqlite3.connect(str(self.db_path), timeout=2.0)
        try:
            with conn:
                conn.execute(f"CREATE TABLE IF NOT EXISTS [{INDEX}] (key TEXT PRIMARY KEY, blob BLOB)")
                conn.execute(f"DELETE FROM [{INDEX}]")
                conn.execute(f"INSERT INTO [{INDEX}] (key, blob) VALUES (?, ?)", (self._key(code), blob))
        finally:
            conn.close()


# --- publication status ----------------------------------------------------------------------

def plan_statuses(db: sqlite_utils.Database) -> dict[str, str]:
    """``{slug: status}`` for the plans whose status was ever set; a stored plan without a
    row is published (the shipped plans, and plans stored by ``ingest``)."""
    if not db[STATUS].exists():
        return {}
    return {row["slug"]: row["status"] for row in db[STATUS].rows}


def set_plan_status(db: sqlite_utils.Database, slug: str, status: str, changed_at: str = "") -> None:
    """Publish or withdraw the stored plan ``slug`` (``ValueError`` for another status).
    The row outlives rebuilds of the plan's records, so a withdrawn plan stays withdrawn."""
    if status not in STATUSES:
        raise ValueError(f"unknown plan status {status!r}")
    ensure_schema(db)
    db[STATUS].upsert({"slug": slug, "status": status, "changed_at": changed_at}, pk="slug")

