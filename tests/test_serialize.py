"""The external merge sort behind kg.ttl and kg.trig (kg/serialize.py): the same lines, sorted and
each once, whether they fit in memory or are spilled to runs and merged."""
from __future__ import annotations

import random

import pytest

from kg.serialize import SortedLines


@pytest.mark.parametrize("budget", [1 << 30, 600, 60])
def test_sorted_lines_are_sorted_and_unique_in_any_budget(tmp_path, budget):
    rng = random.Random(7)
    lines = [f"<s{rng.randrange(300)}> <p> \"{rng.randrange(50)}\" .".encode() for _ in range(2000)]
    s = SortedLines(tmp_path, budget)
    try:
        s.add(lines[:1000])
        s.add(lines[1000:])
        assert (len(s._runs) > 0) == (budget < 1 << 30)
        assert list(s) == sorted(set(lines))
    finally:
        s.close()
    assert list(tmp_path.iterdir()) == []
