"""``python -m bot areas``: list the wards and communes, import them from a CSV file."""

from __future__ import annotations

from pathlib import Path

import click

from bot.cli import cli


def open_bot_database(option: str | None):
    """The bot's database: ``--db``, else DATABASE_PATH from the environment (or .env)."""
    from bot.runtime.config import ConfigError, from_env, load_dotenv_file
    from bot.runtime.database import open_database

    if option:
        return open_database(Path(option))
    load_dotenv_file()
    try:
        return open_database(from_env().database_path)
    except ConfigError as error:
        raise click.ClickException(str(error)) from None


@cli.group()
def areas() -> None:
    """Wards and communes, with their district and city.

    Example: python -m bot areas import phuong_xa.csv
    """


@areas.command("import")
@click.argument("csv_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--db", "db_path", help="Database file (default: DATABASE_PATH).")
def import_command(csv_file: Path, db_path: str | None) -> None:
    """Add the areas of a CSV file with the columns city, district, name (all or nothing).

    Example: python -m bot areas import phuong_xa.csv
    """
    from bot.field.areas_csv import AreaCsvError, decode, import_areas

    db = open_bot_database(db_path)
    try:
        result = import_areas(db, decode(csv_file.read_bytes()))
    except AreaCsvError as error:
        for line, code, detail in error.errors:
            click.echo(f"line {line}: {code} {detail}".rstrip(), err=True)
        raise click.ClickException(f"nothing imported from {csv_file}: {len(error.errors)} problem(s)") from None
    click.echo(f"imported {result.added} new areas, {result.existing} already known")


@areas.command("list")
@click.option("--db", "db_path", help="Database file (default: DATABASE_PATH).")
def list_command(db_path: str | None) -> None:
    """Print every area as city | district | name.

    Example: python -m bot areas list
    """
    from bot.field.people import all_areas

    for area in all_areas(open_bot_database(db_path)):
        click.echo(f"{area.id}\t{area.city} | {area.district} | {area.name}")
