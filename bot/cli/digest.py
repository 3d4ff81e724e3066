"""``python -m bot digest`` and ``python -m bot export``: the weekly digest in the terminal,
and the reports of a date range as XLSX or CSV, from the bot's database."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from bot.cli import cli
from bot.i18n import LANGUAGES


def _open(settings):
    from bot.runtime.database import open_database

    return open_database(settings.database_path)


def _scope(db, city: str | None, district: str | None):
    """The scope named by ``--city``/``--district``; with no ``--city``, the only city there is."""
    from bot.cli.run import fail
    from bot.digest.compute import Scope, find_scope, known_scopes
    from bot.digest.text import scope_name

    known = "; ".join(scope_name(s) for s in known_scopes(db)) or "none yet"
    if not city:
        if district:
            fail("--district needs --city")
        cities = [s for s in known_scopes(db) if s.district is None]
        if len(cities) != 1:
            fail(f"say which city with --city (known: {known})")
        return cities[0]
    scope = find_scope(db, f"{city} / {district}" if district else city)
    if scope is None:
        fail(f"unknown place {city!r}{' / ' + repr(district) if district else ''} (known: {known})")
    return Scope(scope.city, scope.district)


@cli.command("digest")
@click.option("--print", "print_", is_flag=True, help="Print the digest as text.")
@click.option("--chart", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the chart (PNG) to this file; further pages to FILE-2.png, FILE-3.png …")
@click.option("--city", help="City, as the areas are registered (accents optional).")
@click.option("--district", help="District within the city (default: the whole city).")
@click.option("--lang", type=click.Choice(LANGUAGES), default=None, help="Language (default: DEFAULT_LANGUAGE).")
@click.option("--last", is_flag=True, help="Last week's digest instead of this week's.")
def digest_command(print_: bool, chart: Path | None, city: str | None, district: str | None, lang: str | None,
                   last: bool) -> None:
    """Print the weekly digest of a city or district (what managers receive on Telegram).

    Example: python -m bot digest --print --city "Hà Nội" --district "Ba Đình" --lang en --last
    """
    from bot.cli.run import fail, load_settings
    from bot.digest.compute import compute_digest, digest_week
    from bot.digest.text import render_digest, to_plain
    from bot.field.periods import today_in

    if not print_ and chart is None:
        fail("say --print (text) and/or --chart FILE (PNG)")
    settings = load_settings(quiet_logs=True)
    db = _open(settings)
    scope = _scope(db, city, district)
    kb = _linked_knowledge(settings, db)
    today = today_in(settings.tz)
    digest = compute_digest(db, kb, scope, digest_week(today, last), today=today, tz=settings.tz,
                            late_after_days=settings.late_after_days)
    lang = lang or settings.default_language
    if print_:
        click.echo(to_plain(render_digest(digest, lang)))
    if chart is not None:
        from bot.digest.charts import render_charts

        for index, page in enumerate(render_charts(digest, lang), start=1):
            target = chart if index == 1 else chart.with_name(f"{chart.stem}-{index}{chart.suffix or '.png'}")
            target.write_bytes(page)
            click.echo(f"chart written to {target}", err=True)


@cli.command("export")
@click.option("--from", "start", required=True, help="First day, YYYY-MM-DD.")
@click.option("--to", "end", required=True, help="Last day, YYYY-MM-DD.")
@click.option("--format", "fmt", type=click.Choice(["xlsx", "csv"]), default="xlsx", show_default=True)
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (default: a name with the dates, in the current folder; '-' for stdout, CSV only, "
                   "the reports without their audit trail).")
@click.option("--city", help="Only this city (default: all).")
@click.option("--district", help="Only this district of the city.")
@click.option("--lang", type=click.Choice(LANGUAGES), default=None, help="Language of the column titles.")
def export_command(start: str, end: str, fmt: str, output: Path | None, city: str | None, district: str | None,
                   lang: str | None) -> None:
    """Export the reports whose period overlaps a date range, with their audit trail (a sheet
    of the XLSX; with --format csv, a second CSV beside the first, named …_lich-su.csv).

    Example: python -m bot export --from 2026-01-01 --to 2026-03-31 --format xlsx --output q1.xlsx
    """
    from bot.cli.run import fail, load_settings
    from bot.digest.export import ExportError, audit_path, export_audit_csv, export_csv, export_xlsx, file_name, \
        parse_range

    settings = load_settings(quiet_logs=True)
    try:
        first, last = parse_range([start, end], dt.date.today())
    except ExportError as error:
        fail({"bad_date": "dates must look like 2026-01-31",
              "reversed": "--from must not be after --to",
              "too_long": "the range is too long (at most three years)"}[error.code])
    if fmt == "xlsx" and str(output) == "-":
        fail("an XLSX file cannot go to stdout; use --format csv or give --output FILE")
    db = _open(settings)
    scope = _scope(db, city, district) if city or district else None
    lang = lang or settings.default_language
    kb = _linked_knowledge(settings, db)
    if str(output) == "-":
        export_csv(sys.stdout.buffer, db, scope, first, last, lang, settings.tz, kb)
        sys.stdout.buffer.flush()
        return
    target = output or Path(file_name(scope, first, last, fmt))
    # Streamed straight into the file: a year of a large city never sits in memory.
    with open(target, "wb") as stream:
        write = export_xlsx if fmt == "xlsx" else export_csv
        count = write(stream, db, scope, first, last, lang, settings.tz, kb)
    click.echo(f"{count} reports written to {target}")
    if fmt == "csv":   # a CSV holds one table: the audit trail goes in a second file beside it
        trail = audit_path(target)
        with open(trail, "wb") as stream:
            changes = export_audit_csv(stream, db, scope, first, last, lang, settings.tz)
        click.echo(f"{changes} changes (their audit trail) written to {trail}")


def _linked_knowledge(settings, db):
    """The knowledge base with the measure links in force (stored ones first), so the export
    names the plan indicator of each measure as the running bot does."""
    from bot.field.measures import refresh_links
    from bot.launch.app import load_knowledge

    kb = load_knowledge(settings)
    refresh_links(db, kb)
    return kb
