"""Backfill throughput: `kg backfill` on 1 and 2 Dask workers beside `kg build`, in one run (issue 15).

    python bench/backfill_bench.py                     # the 1,200 news articles, 3 rounds
    python bench/backfill_bench.py --rounds 5 --html   # also write graph.html (serial, on the client)

Each measurement is a fresh process (`--one build|1|2`): `kg.build`, or `kg.backfill.backfill`
on a LocalCluster of N single-threaded worker processes started beforehand and not timed (a
real cluster is already running); the workers load the model inside the timed part, as
`kg build` does, unless `--warm` (a long-lived cluster's workers keep it loaded).
Rounds alternate build, 1 worker, 2 workers so that the load of a shared machine falls on all
three alike; the table gives medians, the load average seen at each run, CPU seconds (client
plus workers, and the client's own: it hosts the LocalCluster's scheduler), peak RSS of the
client and of each worker, and the backfill's phases with the client's CPU in each (from the
kg.backfill log). The machine has 2 cores: 2 workers can at best halve the workers' part, and
the client's serial part (reduce, store, files) and its CPU while the workers run bound the
speed-up.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "news" / "articles.jsonl"  # ../shared beside the repo


def _usage() -> tuple[float, int]:
    """(CPU seconds, peak RSS MB) of the calling process."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime, r.ru_maxrss // 1024


def one(kind: str, paths: list[str], out: str, html: bool, warm: bool) -> dict[str, Any]:
    """One timed build in this process: `kind` is "build" or a number of workers."""
    phases: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            phases.append(record.getMessage())

    logging.getLogger("kg.backfill").addHandler(Keep())
    logging.getLogger("kg.backfill").setLevel(logging.INFO)
    load = os.getloadavg()[0]
    if kind == "build":
        import kg

        t0 = time.perf_counter()
        r = kg.build(paths, out=out, html=html)
        wall = time.perf_counter() - t0
        cpu, rss = _usage()
        return {"wall": wall, "cpu": cpu, "client_cpu": cpu, "chars": r.chars, "load": load, "rss": rss, "workers_rss": [], "phases": phases}
    import dask
    from distributed import Client, LocalCluster

    from kg import backfill as bf

    n = int(kind)
    with dask.config.set(bf.DASK_CONFIG), LocalCluster(
        n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR
    ) as c, Client(c) as client:
        if warm:
            client.run(bf._process, [], None)  # each worker loads its Pipeline (as on a long-lived cluster)
        before = client.run(_usage)
        cpu0 = _usage()[0]
        t0 = time.perf_counter()
        r = bf.backfill(paths, out, scheduler=c.scheduler_address, html=html)
        wall = time.perf_counter() - t0
        after = client.run(_usage)
    client_cpu = _usage()[0] - cpu0
    cpu = client_cpu + sum(after[w][0] - before[w][0] for w in after)
    return {"wall": wall, "cpu": cpu, "client_cpu": client_cpu, "chars": r.chars, "load": load, "rss": _usage()[1], "workers_rss": sorted(a[1] for a in after.values()), "phases": phases}


def _spin(n: int) -> None:
    x = 0
    for i in range(n):
        x += i


def capacity(n: int = 20_000_000) -> float:
    """The machine's own 2-process speed-up at this moment (a control): the same pure-Python loop
    in one process, then split over two. On an idle 2-core machine ~1.9; other sessions' load
    takes it down, and no backfill can beat it."""
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")

    def run(parts: int) -> float:
        t0 = time.perf_counter()
        procs = [ctx.Process(target=_spin, args=(n // parts,)) for _ in range(parts)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        return time.perf_counter() - t0

    return run(1) / run(2)


def measure(kind: str, paths: list[str], tmp: Path, html: bool, warm: bool) -> dict[str, Any]:
    out = tmp / f"out-{kind}"
    cmd = [sys.executable, __file__, "--one", kind, "--out", str(out), *(["--html"] if html else []), *(["--warm"] if warm else []), *paths]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd)} exited {proc.returncode}:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.splitlines()[-1])


def same_graph(tmp: Path) -> bool:
    files = ["kg.trig", "kg.ttl"]
    return all((tmp / "out-build" / f).read_bytes() == (tmp / f"out-{n}" / f).read_bytes() for n in ("1", "2") for f in files)


def report(runs: dict[str, list[dict[str, Any]]], chars: int) -> None:
    print(f"\n{chars:,} characters; medians of {len(runs['build'])} rounds; {sys.argv[1:]}\n")
    print("| run | wall s | chars/s | speed-up over 1 worker | CPU s (of which the client's) | load avg at start | peak RSS MB client / workers |")
    print("|---|---|---|---|---|---|---|")
    wall1 = statistics.median(r["wall"] for r in runs["1"])
    for kind, label in (("build", "kg build"), ("1", "kg backfill, 1 worker"), ("2", "kg backfill, 2 workers")):
        rs = runs[kind]
        wall = statistics.median(r["wall"] for r in rs)
        up = f"{wall1 / wall:.2f}x" if kind != "build" else ""
        loads = ", ".join(f"{r['load']:.1f}" for r in rs)
        workers = "/".join(str(x) for x in rs[-1]["workers_rss"]) or "-"
        print(f"| {label} | {wall:.1f} | {chars / wall:,.0f} | {up} | {statistics.median(r['cpu'] for r in rs):.1f} ({statistics.median(r['client_cpu'] for r in rs):.1f}) | {loads} | {rs[-1]['rss']} / {workers} |")
    print("\nwall s of each round: " + "; ".join(f"{k}: " + ", ".join(f"{r['wall']:.1f}" for r in runs[k]) for k in runs))
    ratios = [a["wall"] / b["wall"] for a, b in zip(runs["1"], runs["2"])]  # 1 and 2 workers ran back to back: a pair sees one load
    print(f"speed-up of 2 workers over 1, round by round: {', '.join(f'{x:.2f}x' for x in ratios)}; median {statistics.median(ratios):.2f}x")
    for kind in ("1", "2"):
        print(f"phases, {kind} worker(s), last round: " + "; ".join(runs[kind][-1]["phases"]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", help=f"inputs (default: {NEWS})")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--html", action="store_true", help="also write graph.html (off by default: viz has its own benchmark)")
    ap.add_argument("--warm", action="store_true", help="workers load the model before the clock starts (a long-lived cluster's)")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    a = ap.parse_args()
    paths = a.paths or [str(NEWS)]
    if a.one:
        print(json.dumps(one(a.one, paths, a.out, a.html, a.warm)))
        return
    if not Path(paths[0]).exists():
        raise SystemExit(f"{paths[0]} not found: the benchmark reads the shared news corpus (or give PATHS)")
    runs: dict[str, list[dict[str, Any]]] = {"build": [], "1": [], "2": []}
    control: list[float] = []
    with tempfile.TemporaryDirectory(prefix="kg-backfill-bench-") as t:
        tmp = Path(t)
        for i in range(a.rounds):
            for kind in runs:
                shutil.rmtree(tmp / f"out-{kind}", ignore_errors=True)
                runs[kind].append(measure(kind, paths, tmp, a.html, a.warm))
                print(f"round {i + 1} {kind}: {runs[kind][-1]['wall']:.1f} s (load {runs[kind][-1]['load']:.1f})", file=sys.stderr, flush=True)
            control.append(capacity())
            print(f"round {i + 1} machine 2-process speed-up: {control[-1]:.2f}x", file=sys.stderr, flush=True)
        print(f"graph of each backfill identical to kg build's (kg.trig, kg.ttl): {same_graph(tmp)}")
    report(runs, runs["build"][0]["chars"])
    print(f"control: the machine's own 2-process speed-up (a pure-Python loop split over two processes) after each round: "
          f"{', '.join(f'{c:.2f}x' for c in control)}; median {statistics.median(control):.2f}x")


if __name__ == "__main__":
    main()
