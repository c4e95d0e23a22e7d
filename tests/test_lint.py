"""kg/ is type-checked (mypy, configured in pyproject.toml) and linted (ruff, the rule set chosen in
pyproject.toml) as part of the test suite, so CI fails on a type error or a lint finding."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=900)


@pytest.mark.skipif(shutil.which("ruff") is None and not (Path(sys.executable).parent / "ruff").exists(), reason="ruff not installed (pip install -e '.[test]')")
def test_ruff_finds_nothing_in_kg():
    res = _run("ruff", "check", "kg")
    assert res.returncode == 0, res.stdout[-3000:] + res.stderr[-1000:]


def test_mypy_finds_nothing_in_kg():
    pytest.importorskip("mypy", reason="mypy not installed (pip install -e '.[test]')")
    res = _run("mypy", "kg")
    assert res.returncode == 0, res.stdout[-3000:] + res.stderr[-1000:]
