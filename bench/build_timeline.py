"""Where a `kg build --jobs N` spends its wall time and its cores: the phases of one build (in a fresh
process, start-up included, as bench/throughput.py times it), with the CPU seconds the build's process
(its threads: the store's loads) and its workers spent in each, and what that CPU allows.

    python bench/build_timeline.py [--mb 2] [--corpus seeds|news] [--jobs 2] [--runs 1] [--no-html]
    PYTHONPATH=<other checkout> python bench/build_timeline.py …    # the same of other code

Phases (their ends): start (the map's workers forked: imports, the model's load), map (the pages
processed; the reduce begins), reduce, render (every page's save rendered and queued for the store),
files (kg.trig, kg.ttl), html (graph.html, drawn while the store loads), store (its last load and its
compaction waited for), commit (the staging folder swapped in). CPU is read from /proc every 50 ms
(a worker's, once it is gone, is its last reading; the build's total, the kernel's account of them). The last lines: the CPU of the whole build;
"idle" the core-seconds the build left unused (cores × wall − CPU); "bound" the wall time of a build
that kept every core busy after its serial start (start + (CPU − start's CPU) / cores): a change that
overlaps work can gain at most wall − bound, and below the bound only less CPU goes faster.
On a shared host other sessions' load inflates wall and CPU alike: compare trees in alternating runs.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from throughput import _children, make_corpus, make_news  # noqa: E402

PHASES = ("start", "map", "reduce", "render", "files", "html", "store", "commit")


class Sampler:
    """CPU seconds of this process (all its threads) and of each child it has had, every `every` s."""

    def __init__(self, every: float = 0.05) -> None:
        self.tick = os.sysconf("SC_CLK_TCK")
        self.kids: dict[int, float] = {}
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(every,), daemon=True)
        self._thread.start()

    def _cpu(self, pid: int) -> float | None:
        try:
            f = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        return (int(f[11]) + int(f[12])) / self.tick

    def now(self) -> tuple[float, float]:
        """(this process's CPU, its children's so far)."""
        for pid in _children(os.getpid()):
            cpu = self._cpu(pid)
            if cpu is not None:
                self.kids[pid] = cpu
        return time.process_time(), sum(self.kids.values())

    def _run(self, every: float) -> None:
        while not self._done.wait(every):
            self.now()

    def stop(self) -> None:
        self._done.set()
        self._thread.join()


def _child(folder: str, jobs: int, html: bool) -> None:
    """One build, its phases marked by wrapping the functions that end them."""
    t0, c0 = time.perf_counter(), time.process_time()  # (the interpreter's start before this: not counted, as in throughput.py)
    sampler = Sampler()
    marks: list[tuple[str, float, float, float]] = []

    def mark(name: str) -> None:
        main, kids = sampler.now()
        marks.append((name, time.perf_counter() - t0, main - c0, kids))

    import kg
    from kg import builder, parallel, patch, pipeline

    def after(owner: Any, name: str, label: str | None = None, before: str | None = None) -> None:
        fn = getattr(owner, name)

        def run(*args: Any, **kw: Any) -> Any:
            if before:
                mark(before)
            try:
                return fn(*args, **kw)
            finally:
                if label:
                    mark(label)

        setattr(owner, name, run)

    after(parallel, "ordered", before="start")  # the map's pool starts (the render's too: only the first mark counts)
    after(pipeline.Pipeline, "reduce", "reduce", before="map")
    after(patch._Loader, "finish", before="render")
    after(patch, "_write_files", "files")
    after(builder, "draw", "html")
    after(patch._Loader, "__exit__", "store")
    after(builder, "write", "commit")
    with tempfile.TemporaryDirectory() as out:
        r = kg.build([folder], out=out, html=html, jobs=jobs)
        sampler.stop()
        mark("end")
    gone_kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    name, wall, main, gone = marks[-1]
    marks[-1] = (name, wall, main, max(gone, gone_kids.ru_utime + gone_kids.ru_stime))
    seen: dict[str, tuple[float, float, float]] = {}
    for name, wall, main, kids in marks:
        seen.setdefault(name, (wall, main, kids))
    print(json.dumps({"chars": r.chars, "jobs": jobs, "marks": seen}))


def summary(marks: dict[str, list[float]], chars: int, cores: int) -> dict[str, float]:
    """The whole build's figures from its marks ({phase: [ends s, main CPU, workers' CPU], "end" included}):
    wall, CPU, idle core-seconds and the bound (module docstring), and the rates they give."""
    wall, main, workers = marks["end"]
    start_wall, start_main, start_workers = marks.get("start", [0.0, 0.0, 0.0])
    cpu = main + workers
    bound = start_wall + (cpu - start_main - start_workers) / cores
    return {"wall": wall, "cpu": cpu, "main": main, "workers": workers, "idle": cores * wall - cpu, "bound": bound,
            "chars_per_s": chars / wall, "bound_chars_per_s": chars / bound}


def report(run: dict[str, Any], cores: int) -> None:
    marks = run["marks"]
    print(f"  {'phase':8} {'ends s':>7} {'wall s':>7} {'main CPU':>9} {'workers CPU':>12}")
    last = [0.0, 0.0, 0.0]
    for name in PHASES:
        if name in marks:
            now = marks[name]
            print(f"  {name:8} {now[0]:7.2f} {now[0] - last[0]:7.2f} {now[1] - last[1]:9.2f} {now[2] - last[2]:12.2f}")
            last = now
    s = summary(marks, run["chars"], cores)
    print(f"  build: {s['wall']:.2f} s wall, {s['chars_per_s'] / 1000:.1f} k chars/s; CPU {s['cpu']:.2f} s (main {s['main']:.2f}, "
          f"workers {s['workers']:.2f}); idle {s['idle']:.2f} core-s of {cores}; bound {s['bound']:.2f} s ({s['bound_chars_per_s'] / 1000:.1f} k chars/s)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=2.0, help="corpus size in MB of UTF-8 (default 2)")
    ap.add_argument("--corpus", default="seeds", choices=["seeds", "news"])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--no-html", action="store_true")
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        _child(a.child[0], int(a.child[1]), a.child[2] == "1")
        return
    cores = min(a.jobs, len(os.sched_getaffinity(0)))
    with tempfile.TemporaryDirectory() as d:
        size = make_news(Path(d), a.mb) if a.corpus == "news" else make_corpus(Path(d), a.mb)
        print(f"corpus: {size / 1e6:.2f} MB UTF-8 ({a.corpus}); --jobs {a.jobs} on {cores} cores")
        for i in range(a.runs):
            r = subprocess.run([sys.executable, __file__, "--child", d, str(a.jobs), "0" if a.no_html else "1"], capture_output=True, text=True)
            if r.returncode:
                print(r.stderr, file=sys.stderr)
                sys.exit(r.returncode)
            print(f"run {i + 1} (load {os.getloadavg()[0]:.1f}):")
            report(json.loads(r.stdout.strip().splitlines()[-1]), cores)


if __name__ == "__main__":
    main()
