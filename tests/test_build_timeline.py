"""bench/build_timeline.py: what a build's phases and CPU allow (the arithmetic; its runs are timed, not tested)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from build_timeline import summary  # noqa: E402


def test_bound_is_the_serial_start_then_every_core_busy() -> None:
    # 0.5 s of start on one core (0.5 s of CPU), then 8.5 s of CPU over 2 cores: 0.5 + 8.5 / 2
    marks = {"start": [0.5, 0.5, 0.0], "map": [3.5, 0.7, 5.5], "end": [5.5, 2.5, 6.5]}
    s = summary(marks, chars=475_000, cores=2)
    assert s["cpu"] == 9.0
    assert s["bound"] == 0.5 + 8.5 / 2
    assert s["idle"] == 2 * 5.5 - 9.0
    assert round(s["bound_chars_per_s"]) == 100_000
    assert round(s["chars_per_s"]) == round(475_000 / 5.5)


def test_without_a_pool_the_whole_build_counts() -> None:
    s = summary({"end": [2.0, 2.0, 0.0]}, chars=100, cores=2)  # a small build runs in one process: no "start" mark
    assert s["bound"] == 1.0 and s["idle"] == 2.0
