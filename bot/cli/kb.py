"""``python -m bot ingest`` and ``python -m bot kb show``: build and inspect the knowledge
base extracted from the plan documents."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from bot.cli import cli
from bot.i18n import N_, normalize_lang, translator


def _lang() -> str:
    return normalize_lang(os.environ.get("BOT_LANG") or os.environ.get("LANG"))


def _db_path(option: str | None) -> Path:
    from knowledge.store import default_database_path

    return Path(option) if option else default_database_path()


def _summary(plan) -> dict:
    return {
        "slug": plan.slug, "title": plan.title, "locality": plan.locality,
        "period": plan.period, "source_file": plan.source_file,
        "indicators": len(plan.indicators),
        "targets": sum(1 for i in plan.indicators for t in i.targets if not t.achieved),
        "agencies": sum(1 for a in plan.agencies if not a.mentioned_only),
        "tasks": len(plan.tasks), "assignments": len(plan.assignments),
        "deadlines": len(plan.deadlines), "contacts": len(plan.contacts),
    }


def _page_progress(_):
    """Pages read so far of a long PDF or a scan (OCR: seconds a page), on one terminal line."""
    def show(path: Path, done: int, total: int) -> None:
        if total > 1:
            end = "\n" if done == total else ""
            click.echo("\r" + _("{file}: page {done} of {total}", file=path.name, done=done, total=total),
                       err=True, nl=False)
            click.echo(end, err=True, nl=False)
    return show


@cli.command("ingest")
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--db", "db_option", default=None,
              help="Database file (default: $DATABASE_PATH or data/childplan.db).")
@click.option("--plans-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder of plan files (default: knowledge/plans/).")
def ingest_command(files: tuple[Path, ...], as_json: bool, db_option: str | None,
                   plans_dir: Path | None) -> None:
    """Build or refresh the knowledge base from knowledge/plans/ and the FILEs given (text in
    any encoding, .docx, .pdf, scans as .png/.jpg/.tif), then print what was extracted from
    each plan. Every good file is stored; each bad one is named with its reason and the
    command exits with status 1. A file holding the same document as another (same number
    and date, or the same text) replaces it.

    Example: python -m bot ingest ~/Downloads/haiphong-kh-2022.docx scan.pdf --json
    """
    from knowledge.store import DEFAULT_PLANS_DIR, build, plan_files

    _ = translator(_lang())
    plans, report = build(_db_path(db_option), plan_files(plans_dir or DEFAULT_PLANS_DIR, files),
                          progress=_page_progress(_) if sys.stderr.isatty() else None)
    failed = [{"file": error.path.name, "code": error.code,
               "message": _(error.msgid, **error.params)} for error in report.failed]
    if as_json:
        click.echo(json.dumps({"plans": [_summary(p) for p in plans],
                               "added": report.added, "replaced": report.replaced,
                               "unchanged": report.unchanged, "removed": report.removed,
                               "superseded": report.superseded,
                               "duplicates": [{"file": d.name, "kept": k.name}
                                              for d, k in report.duplicates],
                               "failed": failed},
                              ensure_ascii=False, indent=2))
    else:
        for plan in plans:
            s = _summary(plan)
            click.echo(_("{slug}: {indicators} indicators, {targets} targets, {agencies} agencies, "
                         "{assignments} assignments, {deadlines} deadlines ({source_file})", **s))
        for dropped, kept in report.duplicates:
            click.echo(_("{file}: the same document as {kept}, which is kept.",
                         file=dropped.name, kept=kept.name))
        for old, new in report.superseded.items():
            click.echo(_("{old} is replaced by {new} (the same document).", old=old, new=new))
        click.echo(_("{added} added, {replaced} replaced, {unchanged} unchanged, {removed} removed.",
                     added=len(report.added), replaced=len(report.replaced),
                     unchanged=len(report.unchanged), removed=len(report.removed)))
        for item in failed:
            click.echo(_("Refused: {reason}", reason=item["message"]), err=True)
    if failed:
        if not as_json:
            click.echo(_("{n} file(s) refused; the other files are stored.", n=len(failed)), err=True)
        raise SystemExit(1)


@cli.group("kb")
def kb_group() -> None:
    """The knowledge base extracted from the plans.

    Example: python -m bot kb show --plan hn-kh138-2021 --json
    """


@kb_group.command("show")
@click.option("--plan", "slug", default=None, help="Only this plan (its slug).")
@click.option("--json", "as_json", is_flag=True, help="Print everything as JSON.")
@click.option("--db", "db_option", default=None,
              help="Database file (default: $DATABASE_PATH or data/childplan.db).")
def show_command(slug: str | None, as_json: bool, db_option: str | None) -> None:
    """Show what was extracted from the plans (built first if needed).

    Example: python -m bot kb show --plan ct-qd608-2021 --json
    """
    from knowledge.ingest import IngestError
    from knowledge.review import plan_as_dict
    from knowledge.store import ensure_built, load_knowledge_base

    _ = translator(_lang())
    db_path = _db_path(db_option)
    try:
        ensure_built(db_path)
    except IngestError as error:
        raise click.ClickException(_(error.msgid, **error.params)) from None
    kb = load_knowledge_base(db_path)
    plans = kb.plans
    if slug:
        plans = [p for p in plans if p.slug == slug]
        if not plans:
            raise click.ClickException(_("No plan {slug}. Plans: {slugs}", slug=slug,
                                         slugs=", ".join(p.slug for p in kb.plans)))
    if as_json:
        click.echo(json.dumps({"plans": [plan_as_dict(p) for p in plans]},
                              ensure_ascii=False, indent=2))
        return
    for plan in plans:
        data = plan_as_dict(plan)
        click.echo(f"== {plan.slug}: {plan.title}")
        click.echo(_("Locality: {locality} · number: {number} · date: {date} · period: {period}",
                     locality=plan.locality, number=plan.number or "-", date=plan.date or "-",
                     period=plan.period or "-"))
        for goal in data["goals"]:
            label = goal["number"] if goal["number"] is not None else goal["label"] or "·"
            click.echo("  " + _("Goal {label}: {title} — {count} indicators", label=label,
                                title=goal["title"][:80], count=goal["indicator_count"]))
        for indicator in data["indicators"]:
            label = indicator["number"] if indicator["number"] is not None else "·"
            click.echo(f"  [{label}] {indicator['text'][:100]}")
            for t in indicator["targets"]:
                click.echo(f"      {t['year'] or '-'} {t['comparator']} {t['value']:g}"
                           f"{'–' + format(t['value_max'], 'g') if t['value_max'] else ''} {t['unit']}"
                           f"{' (' + t['qualifier'] + ')' if t['qualifier'] else ''}"
                           f"{' ' + _('maintained') if t['maintained'] else ''}"
                           f"{' “' + t['comparator_text'] + '”' if t['comparator_text'] else ''}"
                           f"{' ⚠ ' + _('needs review') if t['needs_review'] else ''}")
            if indicator["lead_agencies"] or indicator["partner_agencies"]:
                click.echo("      " + _("lead: {lead}; partners: {partners}",
                                        lead=", ".join(indicator["lead_agencies"]) or "-",
                                        partners=", ".join(indicator["partner_agencies"]) or "-"))
        for agency in data["agencies"]:
            if agency["tasks"]:
                click.echo(f"  * {agency['name']} — " + _("{n} tasks", n=len(agency["tasks"])))
        for d in data["deadlines"]:
            if d["day"]:
                when = f"{d['day']}/{d['month']}" + (f"/{d['year']}" if d["year"] else "")
            elif d.get("within_hours"):
                when = _("within {n} hours", n=d["within_hours"])  # "trong vòng 24 giờ"
            else:
                when = _("within {n} days", n=d["within_days"])
            click.echo("  ! " + _("deadline") + f" {d['kind']}: {when}")
        for c in data["contacts"]:
            click.echo(f"  ☎ {c['display']} {c['label']}")
        _echo_warnings(data["warnings"], _)


# What each kind of warning says; {n} is the indicator's number.
_WARNINGS = {
    "no_year": N_("indicator {n}: no year for its targets"),
    "no_lead": N_("indicator {n}: no lead agency"),
    "no_target": N_("indicator {n}: no target found"),
    "needs_review": N_("indicator {n}: a target not found again in its sentence, needs review: {detail}"),
    "baseline": N_("indicator {n}: figures in a baseline section ({detail}), not targets"),
}


def _echo_warnings(warnings: list[dict], _) -> None:
    """The plan's warnings, one line each, after a count (or a line saying there are none)."""
    if not warnings:
        click.echo(_("No warnings."))
        return
    click.echo(_("Warnings: {n}", n=len(warnings)))
    for w in warnings:
        if w["kind"] == "baseline_figures":
            line = _("{n} paragraphs with figures in a baseline section ({detail}): past results, "
                     "not targets", n=w["found"], detail=w["detail"][:80])
        elif w["kind"] == "goal_count":
            line = _("goal {goal}: {found} indicators found, {declared} declared",
                     goal=w["goal"] if w["goal"] is not None else "·", found=w["found"],
                     declared=w["declared"])
        else:
            # an unnumbered target bullet is named by its first words
            number = w["indicator"] if w["indicator"] is not None else f"“{w['detail'][:50]}…”"
            line = _(_WARNINGS[w["kind"]], n=number, detail=w["detail"][:160])
        click.echo(f"  ⚠ {line}")
