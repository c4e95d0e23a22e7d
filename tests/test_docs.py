"""Every CLI command is documented in README.md and explains itself with --help (sqlite-utils'
test_docs is the model): a command added without its README line fails here."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(main.commands)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_in_the_readme(name):
    assert re.search(rf"\bkg {name}\b", README), f"`kg {name}` is not shown in README.md"


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help(name):
    res = CliRunner().invoke(main, [name, "--help"])
    assert res.exit_code == 0, res.output
    assert len(main.commands[name].help or "") > 20, f"kg {name} --help says too little"
    assert "Usage: main" not in res.output or name in res.output


def test_the_group_lists_every_command():
    res = CliRunner().invoke(main, ["--help"])
    assert all(name in res.output for name in COMMANDS)
