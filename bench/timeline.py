"""When each phase of a whole `kg build` ends, in a fresh process as users run it, alternating two
checkouts of kg: where the wall time of a `--jobs` build goes (start-up, map, save).

    python bench/timeline.py --trees /work/wt-speed5,/work/main [--mb 2] [--jobs 2] [--rounds 3]

Each run is `kg.build(jobs=N)` of the seeds replicated to --mb MB (bench/throughput.py's corpus,
graph.html drawn) in its own process with PYTHONPATH set to one tree and KG_CACHE_DIR to a cache
of its own (warmed by one build first). Marks (wall seconds from the process's start, which
Python's start-up precedes by ~20 ms): `import` (kg imported), `fork` (the map's worker pool
starts: the model is loaded), `reduce` (the map has ended), `files` (kg.trig and kg.ttl begin:
the pages are rendered and the store's loads queued), `draw` (graph.html begins), `save` (the
save has ended: the store is loaded and compacted), `end`. Also the CPU seconds of the build's
process (`cpu_main`, its threads included) and of its workers (`cpu_workers`), and the rate.
Prints each run, then the median of each mark per tree.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from throughput import make_corpus  # noqa: E402

CHILD = r"""
import time
T0 = time.perf_counter()
marks = {}
def mark(name):
    marks.setdefault(name, round(time.perf_counter() - T0, 3))
import resource, shutil, sys, tempfile, json
import kg
from kg import builder, parallel, patch, pipeline, store
mark("import")
def wrap(owner, name, before=None, after=None):
    fn = getattr(owner, name)
    def run(*a, **k):
        if before: mark(before)
        try:
            return fn(*a, **k)
        finally:
            if after: mark(after)
    setattr(owner, name, run)
wrap(parallel, "ordered", before="fork")
wrap(pipeline.Pipeline, "reduce", before="reduce")
wrap(patch, "_write_files", before="files")
wrap(builder, "draw", before="draw")
wrap(store, "save", after="save")
out = tempfile.mkdtemp()
r = kg.build([sys.argv[1]], out=out, html=True, jobs=int(sys.argv[2]))
mark("end")
shutil.rmtree(out)
cpu = time.process_time()
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({**marks, "kg": kg.__file__, "cpu_main": round(cpu, 3), "cpu_workers": round(kids.ru_utime + kids.ru_stime, 3),
                  "k_chars_per_s": round(r.chars / marks["end"] / 1000, 1)}))
"""
MARKS = ("import", "fork", "reduce", "files", "draw", "save", "end", "cpu_main", "cpu_workers", "k_chars_per_s")


def run(tree: str, corpus: Path, jobs: int, cache: str) -> dict[str, float]:
    """One build in a fresh process with the code of `tree` (run from the corpus's folder: `python -c`
    puts the working directory first on sys.path, and a checkout's would shadow PYTHONPATH)."""
    env = {**os.environ, "PYTHONPATH": tree, "KG_CACHE_DIR": cache}
    r = subprocess.run([sys.executable, "-c", CHILD, str(corpus), str(jobs)], env=env, capture_output=True, text=True, check=False, cwd=corpus.parent)
    if r.returncode:
        sys.exit(r.stderr)
    out: dict[str, float] = json.loads(r.stdout.strip().splitlines()[-1])
    if not str(out.pop("kg")).startswith(str(Path(tree).resolve())):
        sys.exit(f"the build imported kg from somewhere else than {tree}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--trees", default=str(ROOT), help="checkouts of kg, comma-separated (alternated)")
    ap.add_argument("--mb", type=float, default=2.0)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args()
    trees = a.trees.split(",")
    caches = {t: tempfile.mkdtemp(prefix="kg-timeline-cache-") for t in trees}
    runs: dict[str, list[dict[str, float]]] = {t: [] for t in trees}
    with tempfile.TemporaryDirectory() as d:
        corpus = Path(d) / "corpus"
        corpus.mkdir()
        make_corpus(corpus, a.mb)
        for t in trees:
            run(t, corpus, a.jobs, caches[t])  # warms the tree's cache (the tagger's tables, jieba's words, regexes)
        for i in range(a.rounds):
            for t in trees:
                load = os.getloadavg()[0]
                r = run(t, corpus, a.jobs, caches[t])
                runs[t].append(r)
                print(f"round {i + 1} load {load:.2f} {t}: {json.dumps(r)}", flush=True)
    for t in trees:
        med = {k: round(statistics.median(r[k] for r in runs[t] if k in r), 3) for k in MARKS if any(k in r for r in runs[t])}
        print(f"median of {len(runs[t])} {t}: {json.dumps(med)}")


if __name__ == "__main__":
    main()
