"""The command line: ``python -m bot [COMMAND]``; one module per command family, each
registering its commands on ``cli`` (adding a command is adding a module here).

With no command it starts the bot: polling when a Telegram token is set, otherwise the
local console chat, so a fresh clone shows the real bot without any set-up.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys

import click


@click.group(invoke_without_command=True)
@click.version_option(package_name="childplan-bot")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """childplan-bot: answers officers' questions about the plans for children,
    takes collaborators' field counts and sends managers a weekly digest.

    Example: python -m bot ask "chỉ tiêu 14 Hà Nội do sở nào chủ trì?"
    """
    _check_database_path()
    if ctx.invoked_subcommand is None:
        default = cli.get_command(ctx, "start")
        if default is None:
            click.echo(ctx.get_help())
            return
        ctx.invoke(default)


def _check_database_path() -> None:
    """A DATABASE_PATH that cannot be used stops every command with one line, exit 2."""
    if "--help" in sys.argv[1:]:
        return
    from bot.runtime.config import ConfigError, check_database_setting, load_dotenv_file

    try:
        load_dotenv_file()
        check_database_setting()
    except ConfigError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(2)
    from bot.runtime.database import left_empty

    raw = os.environ.get("DATABASE_PATH", "").strip()
    if raw and left_empty(raw):  # a truncated database would start afresh
        click.echo(f"warning: DATABASE_PATH={raw} is an empty file (0 bytes): a new, empty database is created in it",
                   err=True)


def _load_commands() -> None:
    # Each module of this package registers its commands on ``cli`` when imported.
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")


_load_commands()


def main() -> None:
    cli(prog_name="python -m bot")
