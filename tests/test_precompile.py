"""kg.precompile: kg's modules compiled by a forked process where Python keeps no bytecode."""
from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg import precompile

FOLDER = Path(precompile.__file__).parent


def test_order_lists_every_module_once_the_first_imports_first():
    order = list(precompile.order(str(FOLDER)))
    assert sorted(order) == sorted(str(p) for p in FOLDER.rglob("*.py") if p != FOLDER / "__init__.py")  # (imported before the compiler starts)
    names = [os.path.relpath(p, FOLDER) for p in order]
    assert names.index("errors.py") < names.index("pipeline.py") < names.index("builder.py") < names.index(os.path.join("cli", "__init__.py"))
    assert names.index(os.path.join("recognize", "__init__.py")) < names.index(os.path.join("recognize", "recognizer.py"))


@pytest.mark.skipif(not hasattr(os, "fork") or os.path.exists(importlib.util.cache_from_source(str(FOLDER / "__init__.py"))), reason="kg's bytecode is kept here (or no fork)")
def test_modules_come_from_the_compiler_where_no_bytecode_is_kept():
    code = (
        "import kg, kg.builder, kg.recognize.recognizer as r\n"
        "print(type(kg.builder.__loader__).__name__, type(r.__loader__).__name__, r.Recognizer.__init__.__code__.co_filename == r.__file__)"
    )
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(FOLDER.parent)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.split() == ["_Loader", "_Loader", "True"]


def _compiled(messages: list[bytes]) -> precompile._Compiled:
    r, w = os.pipe()
    ask_r, ask_w = os.pipe()
    os.write(w, b"".join(messages))
    os.close(w)
    os.close(ask_r)  # (nothing answers the asks: the pipe's end says all was sent)
    return precompile._Compiled(r, ask_w)


def test_a_module_whose_source_changed_is_compiled_here(tmp_path):
    path = tmp_path / "m.py"
    path.write_bytes(b"X = 1\n")
    compiled = _compiled([precompile._message(str(path))])
    code = compiled.take(str(path), b"X = 1\n")
    assert code is not None and code.co_filename == str(path)  # type: ignore[attr-defined]
    space: dict[str, object] = {}
    exec(code, space)  # type: ignore[arg-type]
    assert space["X"] == 1
    compiled = _compiled([precompile._message(str(path))])
    assert compiled.take(str(path), b"X = 2\n") is None  # the source the import read is not the one compiled
    assert compiled.take(str(tmp_path / "other.py"), b"") is None  # never sent: the pipe ended


def test_a_forked_process_compiles_itself(tmp_path):
    path = tmp_path / "m.py"
    path.write_bytes(b"X = 1\n")
    compiled = _compiled([precompile._message(str(path))])
    compiled.pid = -1  # (as seen from a process forked from the one that started the compiler)
    assert compiled.take(str(path), b"X = 1\n") is None and not compiled.active()
