"""``python -m bot measures``: list the measure catalogue, replace it from a CSV file."""

from __future__ import annotations

from pathlib import Path

import click

from bot.cli import cli
from bot.cli.areas import open_bot_database


@cli.group()
def measures() -> None:
    """The catalogue of field measures collaborators report.

    Example: python -m bot measures import measures.csv
    """


@measures.command("import")
@click.argument("csv_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--db", "db_path", help="Database file (default: DATABASE_PATH).")
def import_command(csv_file: Path, db_path: str | None) -> None:
    """Replace the catalogue with a CSV of the columns of bot/field/data/measures.csv.

    Example: python -m bot measures import measures.csv
    """
    from bot.field.measures import CatalogueError, import_catalogue

    db = open_bot_database(db_path)
    try:
        text = csv_file.read_bytes().decode("utf-8-sig")
        result = import_catalogue(db, text, source="cli")
    except UnicodeDecodeError:
        raise click.ClickException(f"{csv_file} is not UTF-8 text") from None
    except CatalogueError as error:
        for line, code, detail in error.errors:
            click.echo(f"line {line}: {code} {detail}".rstrip(), err=True)
        raise click.ClickException(f"catalogue not changed: {len(error.errors)} problem(s)") from None
    click.echo(f"{len(result.added)} new, {len(result.updated)} changed, {len(result.retired)} retired")


@measures.command("list")
@click.option("--db", "db_path", help="Database file (default: DATABASE_PATH).")
def list_command(db_path: str | None) -> None:
    """Print the active measures: key, kind, period, indicator.metric, Vietnamese name.

    Example: python -m bot measures list
    """
    from bot.field.measures import active_measures, ensure_catalogue

    db = open_bot_database(db_path)
    ensure_catalogue(db)
    for m in active_measures(db):
        link = f"{m.indicator}.{m.metric}" if m.indicator else "-"
        click.echo(f"{m.key}\t{m.kind}\t{m.period}\t{link}\t{m.name_vi}")
