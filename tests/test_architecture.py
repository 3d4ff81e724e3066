"""The layers hold: import-linter's contracts in pyproject.toml pass, and an import against
the arrow (knowledge/ reaching up into handlers/) breaks them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
PACKAGES = ("bot", "handlers", "knowledge")


def lint(root: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run([sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command; "
                           "sys.exit(lint_imports_command())", "--config", str(root / "pyproject.toml"),
                           "--no-cache"],
                          cwd=root, env=env, capture_output=True, text=True, timeout=300)


def test_the_import_contracts_are_kept():
    result = lint(PROJECT)
    assert 0 == result.returncode, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize("module,wrong_import", [
    ("knowledge/model.py", "import handlers.common"),      # the pure layer reaching up
    ("bot/field/periods.py", "import handlers.report"),     # a feature package importing a handler
    ("knowledge/text.py", "import telegram"),              # Telegram inside knowledge/
])
def test_a_wrong_arrow_breaks_the_contracts(tmp_path, module, wrong_import):
    for package in PACKAGES:
        shutil.copytree(PROJECT / package, tmp_path / package,
                        ignore=shutil.ignore_patterns("__pycache__", "plans", "locale", "data"))
    shutil.copy(PROJECT / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{wrong_import}  # noqa\n", encoding="utf-8")
    result = lint(tmp_path)
    assert 0 != result.returncode
    assert "BROKEN" in result.stdout
