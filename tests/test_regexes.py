"""kg.regexes: patterns compiled inside `cached()` come back from the user's cache as the very
Patterns Python compiles (equal programs, the same matches), and only the build's own process adds
to the cache."""
from __future__ import annotations

import os
import re

import pytest

from kg import cache, regexes

PATTERNS = [
    (r"(?P<name>[一-龥]{2,8}(?:公司|集团))(?:有限)?", 0),
    (r"^\s*第(\d+)版\s*$", re.M),
    (r"project|PROJECT", re.I),
    (rb"\x00(?P<g>[^\n]+)", 0),
]


def compiled_outside(p: str | bytes, flags: int) -> re.Pattern:  # type: ignore[type-arg]
    re.purge()
    return re.compile(p, flags)


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_a_miss_is_kept_and_a_hit_is_the_pattern_python_makes(cache_dir):
    with regexes.cached():
        re.purge()
        first = [re.compile(p, f) for p, f in PATTERNS]
    kept = cache.load(regexes.KIND, regexes._key())
    assert kept is not None and all((type(p), p, f) in kept for p, f in PATTERNS)
    with regexes.cached():
        re.purge()
        second = [re.compile(p, f) for p, f in PATTERNS]
        assert all(s is not f for s, f in zip(second, first))
    for (p, f), got in zip(PATTERNS, second):
        want = compiled_outside(p, f)
        assert got == want and got.flags == want.flags and got.groupindex == want.groupindex and got.groups == want.groups
    texts = ["第3版\n山西焦煤集团有限公司与PROJECT", "x\x00abc\n"]
    for (p, f), got in zip(PATTERNS, second):
        want = compiled_outside(p, f)
        for t in texts:
            t = t.encode() if isinstance(p, bytes) else t
            assert [m.groups() for m in got.finditer(t)] == [m.groups() for m in want.finditer(t)]
    assert second[0].search(texts[0]) and second[3].search(texts[1].encode()).group("g") == b"abc"


def test_the_compiler_is_put_back_and_nesting_is_harmless(cache_dir):
    python = re._compiler.compile  # type: ignore[attr-defined]
    with regexes.cached():
        inner = re._compiler.compile  # type: ignore[attr-defined]
        with regexes.cached():
            assert re._compiler.compile is inner  # type: ignore[attr-defined]
        assert re._compiler.compile is inner  # type: ignore[attr-defined]
    assert re._compiler.compile is python  # type: ignore[attr-defined]


def test_a_forked_process_adds_nothing(cache_dir):
    with regexes.cached():
        pid = os.fork()
        if pid == 0:  # the child compiles a new pattern, then leaves as a pool worker does
            re.purge()
            re.compile(r"only in the child \d+")
            os._exit(0)
        os.waitpid(pid, 0)
        re.purge()
        re.compile(r"in the parent \d+")
    kept = cache.load(regexes.KIND, regexes._key())
    assert (str, r"in the parent \d+", 0) in kept and (str, r"only in the child \d+", 0) not in kept


def test_a_program_the_engine_refuses_is_compiled_by_python(cache_dir):
    pattern = r"(\d+)亿元"
    cache.save(regexes.KIND, regexes._key(), {(str, pattern, 0): (0, [999999, 1, 2], 1, {}, (None, None))}, keep=1)
    with regexes.cached():
        re.purge()
        got = re.compile(pattern)
    assert got == compiled_outside(pattern, 0) and got.search("投资50亿元").group(1) == "50"


def test_kg_ner_streams_load_the_model_inside_the_cache(monkeypatch):
    import contextlib

    from kg import extract
    from kg.pipeline import Pipeline

    entered = []

    @contextlib.contextmanager
    def spy():
        entered.append("recognizer" in extract._WORKER["pipeline"].__dict__)
        yield

    monkeypatch.setattr(extract.regexes, "cached", spy)
    monkeypatch.setattr(extract, "Pipeline", lambda *a, **k: Pipeline())  # (a fresh pipeline: its model not loaded yet)
    out = list(extract.run_stream(iter([(1, {"id": "1", "text": "山西省太原市政府召开会议。"})]), mode="ner"))
    first = out[0]
    assert entered == [False] and isinstance(first, dict) and first["entities"][0]["text"] == "山西省太原市政府"


def test_patterns_made_from_sets_are_the_same_whatever_the_hash_seed():
    """A pattern whose text followed a set's order (alternation() of a frozenset, words sorted by length alone) was
    another one at each start: compiled anew by Python and added to the cache at every start (clubs._cuts' added ~28 KB
    to the cache's file a start)."""
    import subprocess
    import sys

    code = ("import hashlib; from kg.recognize import abbreviations, brands, clubs, world; "
            "print(hashlib.sha1('|'.join((clubs._cuts(world._sides())[0].pattern, brands._INDUSTRY_RE.pattern, "
            "abbreviations._STATE_POST_RE.pattern)).encode()).hexdigest())")
    seen = {subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONHASHSEED": str(seed)}, capture_output=True,
                           text=True, check=True).stdout for seed in (1, 2, 3)}
    assert len(seen) == 1


def test_alternation_is_one_pattern_whatever_the_order_of_its_words():
    from kg.rescan import alternation

    words = ["中国石化", "中国", "国网", "中石", "ab", "cd", "a"]
    assert alternation(words) == alternation(list(reversed(words))) == alternation(frozenset(words))
