"""Regular expressions compiled once per machine: the programs of the patterns a build compiles,
kept in the user's cache folder (`kg.cache`) and handed to the regex engine at the next start.

The model compiles ~300 patterns when it loads (the recognisers', the relation rules', the
gazetteers'), ~0.17 s of a build's serial start on the 2-core VM, all in Python's own regex
compiler (`re._compiler`: parse, then emit the engine's code). Inside `cached()` that compiler is
replaced by one that looks each (pattern, flags) up first and builds the Pattern from its stored
program with the engine's constructor (`_sre.compile`, what `re._compiler.compile` itself ends
with). A program is stored only once the Pattern made from it compares equal to the one Python
compiles (Pattern equality compares the flags and the engine's code), and the cache is keyed by
the exact Python build and the engine's MAGIC, so a loaded Pattern is the one Python would make.
Anything unexpected (another Python, a pattern object, DEBUG) falls through to Python's compiler.
"""
from __future__ import annotations

import contextlib
import hashlib
import importlib
import os
import re
import sys
from collections.abc import Iterator
from typing import Any

from . import cache

_sre: Any = None
_compiler: Any
_constants: Any
_parser: Any
try:  # CPython's regex engine and compiler (3.11+)
    _sre, _compiler, _constants, _parser = (importlib.import_module(m) for m in ("_sre", "re._compiler", "re._constants", "re._parser"))
except ImportError:  # another implementation: no cache
    pass

KIND = "regexes"
MAX = 5_000  # programs kept: a build compiles ~300; more means patterns made from data (start over)
Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]  # _sre.compile's arguments after the pattern


@contextlib.contextmanager
def cached() -> Iterator[None]:
    """Regular expressions compiled in the block come from the cache when it has them; the ones
    it lacked are added to it at the end (by this process: a forked worker's are not kept)."""
    if _sre is None or not hasattr(_compiler, "compile") or _compiler.compile.__module__ != _compiler.__name__:
        yield  # no CPython compiler to stand in for, or another cached() is in force
        return
    key = _key()
    kept = cache.load(KIND, key)
    programs: dict[tuple[type, str | bytes, int], Program] = kept if isinstance(kept, dict) else {}
    new: dict[tuple[type, str | bytes, int], Program] = {}
    python, me = _compiler.compile, os.getpid()

    def compile(p: Any, flags: int = 0) -> Any:
        if not isinstance(p, (str, bytes)) or flags & re.DEBUG:
            return python(p, flags)
        k = (type(p), p, flags)
        program = programs.get(k)
        if program is not None:
            try:
                return _sre.compile(p, *program)
            except Exception:  # (not one the engine takes after all: Python compiles it)
                programs.pop(k, None)
        compiled = python(p, flags)
        if os.getpid() == me:
            with contextlib.suppress(Exception):  # a program that cannot be had or checked is not kept
                program = _program(p, flags)
                if _sre.compile(p, *program) == compiled:
                    new[k] = program
        return compiled

    compile.__module__ = __name__
    _compiler.compile = compile
    try:
        yield
    finally:
        _compiler.compile = python
        if new and os.getpid() == me:
            with contextlib.suppress(Exception):  # the cache is best effort: a build never fails for it
                cache.save(KIND, key, {**(programs if len(programs) + len(new) <= MAX else {}), **new}, keep=1)


def _program(p: str | bytes, flags: int) -> Program:
    """What `re._compiler.compile` passes to `_sre.compile` after the pattern (Python 3.11-3.13)."""
    parsed = _parser.parse(p, flags)
    code = [int(c) for c in _compiler._code(parsed, flags)]  # plain ints (the opcodes are named int constants)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _key() -> str:
    """The cache's key: this Python build and its regex engine's version."""
    what = f"{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}|{_constants.MAGIC}|{_constants.MAXREPEAT}"
    return hashlib.sha1(what.encode("utf-8")).hexdigest()[:16]
