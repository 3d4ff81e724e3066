"""Plans uploaded in the chat: drafts, review, publication, withdrawal, and the audit trail.

An admin's file becomes a **draft** (table ``plan_drafts``): its text is kept beside the
database (``<database dir>/uploaded_plans/*.txt``, so a rebuild of the knowledge base reads
it again) and its extraction is shown on a review card. **Publishing** stores the plan in the
knowledge base (``knowledge.store.save_plans``), marks it published, stores the measure links
shown on the card, and returns a freshly loaded ``KnowledgeBase`` for the caller to swap in
(``Services.swap_kb``). **Withdrawing** marks a stored plan withdrawn; the loaded knowledge
base then leaves it out. Every step writes a row of ``plan_audit`` (who, when, what; never
the document's text).

The blocking steps (reading a document, ingesting, loading the knowledge base) are plain
functions a handler runs in a worker thread; the database steps run where the bot's
connection lives.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import sqlite_utils

from bot.field.measures import ADMIN, AUTO, Link, forget_links, store_links
from bot.runtime.database import utcnow
from knowledge.model import Plan
from knowledge.parse.formats import FormatError, read_document
from knowledge.text import clean_text, slugify

log = logging.getLogger(__name__)

DRAFTS = "plan_drafts"
AUDIT = "plan_audit"
UPLOADS_DIR = "uploaded_plans"
MAX_PLAN_BYTES = 20 * 1024 * 1024   # what a bot may download from Telegram

DRAFT, PUBLISHED, DISCARDED = "draft", "published", "discarded"
# audit actions
UPLOADED, PUBLISH, DISCARD, WITHDRAW, RESTORE, RELINK = (
    "upload", "publish", "discard", "withdraw", "restore", "relink")


class PlanUploadError(Exception):
    """A file that cannot become a draft. ``msgid`` is the English message (a catalog id)
    with ``{file}`` and other placeholders filled from ``params``."""

    def __init__(self, msgid: str, **params: object) -> None:
        super().__init__(msgid.format(**params) if params else msgid)
        self.msgid = msgid
        self.params = params




def ensure_tables(db: sqlite_utils.Database) -> None:
    """Create ``plan_drafts`` and ``plan_audit`` when missing."""
    names = set(db.table_names())
    if DRAFTS not in names:
        db[DRAFTS].create({
            "id": int, "slug": str, "file_name": str, "text_path": str, "sha256": str,
            "format": str, "scanned": int, "status": str,
            "links": str,          # JSON: measure key -> [indicator position or null, metric]
            "created_by": int, "created_at": str, "decided_by": int, "decided_at": str,
            "title": str,
        }, pk="id")
    elif "title" not in db[DRAFTS].columns_dict:
        db[DRAFTS].add_column("title", str)   # databases from before drafts kept their plan's title
    if AUDIT not in names:
        db[AUDIT].create({"id": int, "at": str, "by": int, "action": str, "slug": str,
                          "draft_id": int, "detail": str}, pk="id")


def audit(db: sqlite_utils.Database, by: int, action: str, slug: str | None,
          draft_id: int | None = None, **detail: Any) -> None:
    """One row of the plans' audit trail; ``detail`` holds counts and codes, never text a
    user typed or the document's content."""
    ensure_tables(db)
    db[AUDIT].insert({"at": utcnow(), "by": by, "action": action, "slug": slug, "draft_id": draft_id,
                      "detail": json.dumps(detail, ensure_ascii=False, sort_keys=True)})


def audit_trail(db: sqlite_utils.Database, slug: str | None = None) -> list[dict]:
    """The audit rows, oldest first (of one plan when ``slug`` is given)."""
    ensure_tables(db)
    where, params = ("slug = ?", [slug]) if slug else (None, [])
    return list(db[AUDIT].rows_where(where, params, order_by="id"))


# -- reading a document ----------------------------------------------------------------------
@dataclass
class ReadDocument:
    """A document's text and how it was read (``format``: "txt", "docx", …)."""

    text: str
    format: str
    scanned: bool = False


def read_upload(data: bytes, filename: str, progress: Callable[..., None] | None = None) -> ReadDocument:
    """The text of an uploaded plan file — TXT in any encoding, DOCX, PDF, scans — through
    ``knowledge.parse.formats.read_document``, cleaned as every text entry point is;
    ``PlanUploadError`` with the reader's one-line reason when it cannot be read."""
    try:
        document = read_document(data, filename, progress=progress)
    except FormatError as error:
        raise PlanUploadError("{file}: " + error.msgid, **{**error.params, "file": filename}) from None
    return ReadDocument(clean_text(document.text), document.format, document.scanned)


# -- drafts ------------------------------------------------------------------------------------
@dataclass
class Draft:
    """An uploaded plan waiting for an admin's decision."""

    id: int
    slug: str
    file_name: str
    text_path: Path
    status: str
    created_by: int
    format: str = ""
    scanned: bool = False
    links: dict[str, list] = field(default_factory=dict)
    title: str = ""          # the plan's own title as read ("" for drafts saved before it was kept)


def uploads_dir(database_path: str | Path | None) -> Path:
    """Where uploaded plans' text is kept: beside the database file."""
    base = Path(database_path).resolve().parent if database_path else Path.cwd() / "data"
    return base / UPLOADS_DIR


def extract_plan(text: str, filename: str, folder: Path) -> tuple[Plan, Path]:
    """Write ``text`` under ``folder`` and ingest it (blocking; ``PlanUploadError`` when it
    is not a plan). Returns the plan and the text file it was read from."""
    from knowledge.ingest import IngestError, ingest_files

    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    stem = slugify(Path(filename).stem)[:40] or "plan"
    path = folder / f"{stem}-{digest[:10]}.txt"
    created = not path.exists()   # the same text again reuses the file of its earlier draft
    if created:
        path.write_text(text, encoding="utf-8")
    try:
        plan = ingest_files([path])[0]
    except IngestError as error:
        if created:
            path.unlink(missing_ok=True)
        raise PlanUploadError("{file}: " + error.msgid, **{**error.params, "file": filename}) from None
    return plan, path


def _draft(row: dict) -> Draft:
    return Draft(id=row["id"], slug=row["slug"], file_name=row["file_name"], text_path=Path(row["text_path"]),
                 status=row["status"], created_by=row["created_by"], format=row["format"] or "",
                 scanned=bool(row["scanned"]), links=json.loads(row["links"] or "{}"), title=row.get("title") or "")


def links_as_json(links: dict[str, Link]) -> dict[str, list]:
    return {key: [link.indicator_position, link.metric, link.score] for key, link in links.items()}


def save_draft(db: sqlite_utils.Database, plan: Plan, path: Path, filename: str, by: int,
               document: ReadDocument, links: dict[str, Link]) -> Draft:
    """Record the draft and its upload in the audit trail. An earlier draft of the same plan
    still waiting is discarded (audit ``discard`` with ``replaced_by``): the newer upload
    replaces it, so one plan never has two drafts."""
    ensure_tables(db)
    older = [d for d in pending_drafts(db) if d.slug == plan.slug]
    with db.atomic():
        row = {"slug": plan.slug, "title": (plan.title or "")[:300], "file_name": filename[:200], "text_path": str(path),
               "sha256": hashlib.sha256(path.read_bytes()).hexdigest(), "format": document.format,
               "scanned": int(document.scanned), "status": DRAFT,
               "links": json.dumps(links_as_json(links)), "created_by": by, "created_at": utcnow()}
        draft_id = db[DRAFTS].insert(row).last_pk
        audit(db, by, UPLOADED, plan.slug, draft_id, format=document.format, scanned=document.scanned,
              indicators=len(plan.indicators),
              targets=sum(1 for i in plan.indicators for t in i.targets if not t.achieved))
        for draft in older:
            db[DRAFTS].update(draft.id, {"status": DISCARDED, "decided_by": by, "decided_at": utcnow()})
            audit(db, by, DISCARD, draft.slug, draft.id, replaced_by=draft_id)
    for draft in older:
        if draft.text_path != path and not any(d.text_path == draft.text_path for d in pending_drafts(db)) \
                and not _stored_source(db, draft.text_path):
            draft.text_path.unlink(missing_ok=True)
    return get_draft(db, draft_id)


def get_draft(db: sqlite_utils.Database, draft_id: int | None) -> Draft | None:
    ensure_tables(db)
    if draft_id is None:
        return None
    rows = list(db[DRAFTS].rows_where("id = ?", [draft_id]))
    return _draft(rows[0]) if rows else None


def pending_drafts(db: sqlite_utils.Database) -> list[Draft]:
    ensure_tables(db)
    return [_draft(r) for r in db[DRAFTS].rows_where("status = ?", [DRAFT], order_by="id")]


def draft_links(draft: Draft, plan: Plan) -> dict[str, Link]:
    """The links shown on the draft's card, as ``Link`` records of ``plan``."""
    numbers = {i.position: i.number for i in plan.indicators}
    return {key: Link(plan.slug, key, position, numbers.get(position) if position is not None else None,
                      metric or 1, score or 0.0, ADMIN if score is None else AUTO)
            for key, (position, metric, score) in draft.links.items()}


def relink(db: sqlite_utils.Database, draft: Draft, measure_key: str, position: int | None, metric: int,
           by: int) -> Draft:
    """Change one measure's link on a draft (``position`` None: the plan has no such indicator)."""
    links = dict(draft.links)
    links[measure_key] = [position, metric, None]
    with db.atomic():
        db[DRAFTS].update(draft.id, {"links": json.dumps(links)})
        audit(db, by, RELINK, draft.slug, draft.id, measure=measure_key, indicator_position=position, metric=metric)
    return get_draft(db, draft.id)


def discard(db: sqlite_utils.Database, draft: Draft, by: int) -> None:
    """Drop a draft and its text file."""
    with db.atomic():
        db[DRAFTS].update(draft.id, {"status": DISCARDED, "decided_by": by, "decided_at": utcnow()})
        audit(db, by, DISCARD, draft.slug, draft.id)
    if not any(d.text_path == draft.text_path for d in pending_drafts(db)) and not _stored_source(db, draft.text_path):
        draft.text_path.unlink(missing_ok=True)


def _stored_source(db: sqlite_utils.Database, path: Path) -> bool:
    from knowledge.store import stored_sources

    return str(path.resolve()) in stored_sources(db)


def reingest(draft: Draft) -> Plan:
    """The draft's plan, read again from its text (blocking)."""
    from knowledge.ingest import ingest_files

    return ingest_files([draft.text_path])[0]


def load_published(database_path: str | Path) -> Any:
    """The knowledge base of the published plans, loaded and made ready to answer (its
    search index built), so the first question after a swap is as fast as the next
    (blocking: run it in a worker thread while the old knowledge base keeps answering)."""
    from knowledge.store import load_knowledge_base

    from knowledge.answer.engine import warm_up

    kb = load_knowledge_base(database_path)
    warm_up(kb)
    return kb


def publish(db: sqlite_utils.Database, draft: Draft, plan: Plan, by: int, changes: int = 0) -> None:
    """Store ``plan`` (the draft's, from ``reingest``) in the knowledge base as published,
    with the links of its card; the caller then loads and swaps the knowledge base."""
    from knowledge.ingest import PARSER_VERSION
    from knowledge.store import PUBLISHED as STORE_PUBLISHED, get_meta, pin_source, save_plans, set_meta, \
        set_plan_status

    from knowledge.store import ensure_schema

    if plan.slug != draft.slug:  # cannot happen unless the parser changed in between
        raise ValueError("the draft's text no longer gives the same plan")
    ensure_schema(db)  # outside the transaction: creating the full-text index commits
    earlier = stored_sources_by_slug(db).get(plan.slug)
    with db.atomic():
        report = save_plans(db, [plan], {plan.slug: draft.text_path})
        if get_meta(db, "parser_version") is None:
            set_meta(db, "parser_version", PARSER_VERSION)
        set_plan_status(db, plan.slug, STORE_PUBLISHED, utcnow())
        # every later build (the next start, a new parser) serves this file, not a shipped copy
        pin_source(db, plan.slug, draft.text_path)
        forget_links(db, plan.slug)
        store_links(db, draft_links(draft, plan).values(), by=by)
        db[DRAFTS].update(draft.id, {"status": PUBLISHED, "decided_by": by, "decided_at": utcnow()})
        audit(db, by, PUBLISH, plan.slug, draft.id, replaced=bool(report.replaced), changes=changes)
    # the earlier upload of this plan is no longer read by anything (shipped files stay)
    if earlier and Path(earlier).parent == draft.text_path.parent and Path(earlier) != draft.text_path.resolve() \
            and not any(d.text_path.resolve() == Path(earlier) for d in pending_drafts(db)):
        Path(earlier).unlink(missing_ok=True)


def pin_published_uploads(db: sqlite_utils.Database) -> int:
    """Pin the latest published upload of each plan whose text is still kept and which has no
    pin yet (databases from before ``publish`` pinned, where a restart had put the shipped file
    back), so the next build serves it again. Returns how many were pinned."""
    from knowledge.store import pin_source, pinned_sources

    ensure_tables(db)
    pins = pinned_sources(db)
    latest: dict[str, Path] = {}
    for row in db[DRAFTS].rows_where("status = ?", [PUBLISHED], order_by="id"):
        latest[row["slug"]] = Path(row["text_path"])
    count = 0
    for slug, path in latest.items():
        if slug not in pins and path.exists():
            pin_source(db, slug, path)
            count += 1
    return count


def stored_sources_by_slug(db: sqlite_utils.Database) -> dict[str, str]:
    """``{slug: absolute source path}`` of the stored plans."""
    from knowledge.store import stored_sources

    return {row["slug"]: path for path, row in stored_sources(db).items()}


def set_status(db: sqlite_utils.Database, slug: str, withdrawn: bool, by: int) -> None:
    """Withdraw a stored plan (its answers stop once the knowledge base is reloaded) or
    publish it again."""
    from knowledge.store import PUBLISHED as STORE_PUBLISHED, WITHDRAWN, ensure_schema, set_plan_status

    ensure_schema(db)
    with db.atomic():
        set_plan_status(db, slug, WITHDRAWN if withdrawn else STORE_PUBLISHED, utcnow())
        audit(db, by, WITHDRAW if withdrawn else RESTORE, slug)


# -- the plans an admin sees -------------------------------------------------------------------
@dataclass(frozen=True)
class PlanRow:
    """One line of ``/plans``: a stored plan or a draft, with its status."""

    slug: str
    title: str
    locality: str
    status: str          # "published", "withdrawn" or "draft"
    draft_id: int | None = None
    uploaded_at: str = ""  # ISO time the served upload was published ("": read from a plans-folder file)


def list_plans(db: sqlite_utils.Database) -> list[PlanRow]:
    """Stored plans (published, then withdrawn) and pending drafts, in that order."""
    from knowledge.store import PLANS, WITHDRAWN, plan_statuses

    statuses = plan_statuses(db)
    stored = list(db.query(f"SELECT slug, title, locality, source_path FROM [{PLANS}] ORDER BY position, slug")) \
        if db[PLANS].exists() else []
    ensure_tables(db)
    published_at = {str(Path(r["text_path"]).resolve()): r["decided_at"] or ""
                    for r in db[DRAFTS].rows_where("status = ?", [PUBLISHED], order_by="id")}
    rows = [PlanRow(r["slug"], r["title"] or "", r["locality"] or "",
                    WITHDRAWN if statuses.get(r["slug"]) == WITHDRAWN else PUBLISHED,
                    uploaded_at=published_at.get(r["source_path"] or "", "")) for r in stored]
    rows.sort(key=lambda r: r.status != PUBLISHED)
    for draft in pending_drafts(db):
        rows.append(PlanRow(draft.slug, draft.title or draft.file_name, "", DRAFT, draft.id))
    return rows


def stored_slugs(db: sqlite_utils.Database) -> set[str]:
    from knowledge.store import PLANS

    return {r["slug"] for r in db.query(f"SELECT slug FROM [{PLANS}]")} if db[PLANS].exists() else set()
