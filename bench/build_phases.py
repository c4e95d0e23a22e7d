"""CPU and wall seconds of each phase of `kg.build` in one process (model loaded once): where the
time of a build outside the pipeline goes, and of an update.

    python bench/build_phases.py [--stage full|update] [--corpus seeds|news] [--mb 1] [--runs 5]
    PYTHONPATH=<other checkout> python bench/build_phases.py …    # the same phases of other code

`full`: builds of the corpus of bench/throughput.py (graph.html included unless --no-html), after
one that loads the model. `update`: the case of bench/scaling.py in one process: the 45 seed
articles as JSONL records, one record edited with new entities and relations (graph.html drawn
again), each update timed against a full build of the same input. Phases: the pipeline
(`Pipeline.build_pages`: processing, spool, entity table), the save (`store.save`: store, kg.trig,
kg.ttl, the spool's blocks; its store loads in a thread, whose CPU counts here) or the patch of an
update (`patch.patch`; `patch.files`: its kg.trig and kg.ttl), graph.html (`builder.draw`: `page_data`, then `viz.render`'s layout; a full
build draws it inside the save, while the store loads), and the whole build. Prints the least and the median of --runs (CPU seconds hardly move with the load
of a shared machine; the least is the least disturbed run).
"""
from __future__ import annotations

import argparse
import collections
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from scaling import NEW_FACT_EDIT, papers  # noqa: E402
from throughput import make_corpus, make_news  # noqa: E402

PHASES = ("pipeline", "save", "patch", "patch.files", "draw", "draw.page_data", "draw.layout", "total")


def timers() -> tuple[collections.Counter[str], collections.Counter[str]]:
    """Wrap the phases' functions in timers of process CPU and wall time."""
    from kg import builder, patch, pipeline, store
    from kg.viz import layout

    cpu: collections.Counter[str] = collections.Counter()
    wall: collections.Counter[str] = collections.Counter()

    def wrap(owner: Any, name: str, label: str) -> None:
        fn: Callable[..., Any] | None = getattr(owner, name, None)  # code of before 2026-12-04 has no builder.draw
        if fn is None:
            return

        def run(*args: Any, **kw: Any) -> Any:
            c, w = time.process_time(), time.perf_counter()
            try:
                return fn(*args, **kw)
            finally:
                cpu[label] += time.process_time() - c
                wall[label] += time.perf_counter() - w

        setattr(owner, name, run)

    wrap(pipeline.Pipeline, "build_pages", "pipeline")
    wrap(store, "save", "save")
    wrap(patch, "patch", "patch")
    wrap(patch, "_write_files", "patch.files")  # kg.trig and kg.ttl (in a full build: inside the save)
    wrap(builder, "draw", "draw")
    wrap(patch, "page_data", "draw.page_data")
    wrap(layout, "positions", "draw.layout")
    return cpu, wall


def timed(build: Callable[[], object], cpu: collections.Counter[str], wall: collections.Counter[str]) -> dict[str, tuple[float, float]]:
    cpu.clear()
    wall.clear()
    c, w = time.process_time(), time.perf_counter()
    build()
    cpu["total"], wall["total"] = time.process_time() - c, time.perf_counter() - w
    return {k: (cpu[k], wall[k]) for k in cpu}


def report(title: str, runs: list[dict[str, tuple[float, float]]]) -> None:
    print(f"\n{title}: {len(runs)} runs; CPU s and wall s, least / median")
    print("| phase | CPU least | CPU median | wall least | wall median |")
    print("|---|---|---|---|---|")
    for k in PHASES:
        if not any(k in r for r in runs):
            continue
        c = [r.get(k, (0.0, 0.0))[0] for r in runs]
        w = [r.get(k, (0.0, 0.0))[1] for r in runs]
        print(f"| {k} | {min(c):.3f} | {statistics.median(c):.3f} | {min(w):.3f} | {statistics.median(w):.3f} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--stage", default="full", choices=["full", "update"])
    ap.add_argument("--corpus", default="seeds", choices=["seeds", "news"])
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--no-html", action="store_true")
    a = ap.parse_args()

    import kg

    cpu, wall = timers()
    html = not a.no_html
    tmp = Path(tempfile.mkdtemp(prefix="kg-phases-"))
    try:
        if a.stage == "full":
            src = tmp / "corpus"
            src.mkdir()
            (make_corpus if a.corpus == "seeds" else make_news)(src, a.mb)
            kg.build([str(src)], out=tmp / "warm", html=html)  # loads the model
            runs = [timed(lambda i=i: kg.build([str(src)], out=tmp / f"out{i}", html=html), cpu, wall) for i in range(a.runs)]  # type: ignore[misc]
            print(f"kg {kg.__file__}; {a.corpus}, {a.mb:g} MB, graph.html: {html}")
            report("full build", runs)
            return
        src, edit = papers(tmp, "record")
        out = tmp / "out"
        kg.build([str(src)], out=out, html=html)
        updates, fulls = [], []
        for i in range(a.runs):
            edit("")
            kg.build([str(src)], out=out, html=html)
            edit(NEW_FACT_EDIT.format(n=i + 1))
            updates.append(timed(lambda: kg.build([str(src)], out=out, html=html, update=True), cpu, wall))
            fulls.append(timed(lambda i=i: kg.build([str(src)], out=tmp / f"ref{i}", html=html), cpu, wall))  # type: ignore[misc]
        print(f"kg {kg.__file__}; update of 1 record with new relations (45 articles), graph.html: {html}")
        report("update", updates)
        report("full build of the same input", fulls)
        u, f = (statistics.median(r["total"][0] for r in rs) for rs in (updates, fulls))
        print(f"\nupdate / full build, medians of CPU: {u:.3f} / {f:.3f} = {u / f:.0%}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
