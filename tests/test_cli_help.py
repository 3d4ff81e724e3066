"""Every command of ``python -m bot`` has help text that ends with an example."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from bot.cli import cli


def all_commands(group: click.Group = cli, prefix: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], click.Command]]:
    found = []
    for name, command in sorted(group.commands.items()):
        path = prefix + (name,)
        found.append((path, command))
        if isinstance(command, click.Group):
            found.extend(all_commands(command, path))
    return found


COMMANDS = all_commands()


def test_there_are_commands():
    assert COMMANDS, "python -m bot has no sub-commands"


@pytest.mark.parametrize("path,command", COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_command_has_help_with_an_example(path, command):
    result = CliRunner().invoke(cli, list(path) + ["--help"])
    assert 0 == result.exit_code, result.output
    assert command.help, f"{' '.join(path)} has no help text"
    assert "Example" in command.help or "example" in command.help, f"{' '.join(path)}: help has no example"
