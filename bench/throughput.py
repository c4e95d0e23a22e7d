"""Throughput and peak memory of the pipeline and of `kg build`, on the seeds replicated.

    python bench/throughput.py [--mb 2] [--stage all|pipeline|build|ner|extract]

Each replica gets a distinct marker line so pages hash to distinct ids.  Speed is
reported in characters per second of cleaned article text, per process (one
core); peak memory is the process's max RSS.  Run stages in one invocation to
compare ratios on a shared, noisy machine.
"""
from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def make_corpus(folder: Path, mb: float) -> int:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    total, i = 0, 0
    while total < mb * 1_000_000:
        for p, t in zip(seeds, texts):
            body = f"第{i}版\n{t}"
            (folder / f"{i:05d}_{p.name}").write_text(body, encoding="utf-8")
            total += len(body.encode("utf-8"))
        i += 1
    return total


def _child(stage: str, folder: str) -> None:
    """Runs in a fresh process so that its max RSS is its own."""
    t0 = time.perf_counter()
    from kg.ingest import read_documents
    from kg.pipeline import Pipeline

    out: dict[str, float] = {}
    if stage == "pipeline":
        p = Pipeline()
        t_load = time.perf_counter()
        docs = list(read_documents([folder]))
        t_read = time.perf_counter()
        chars = sum(len(d.text) for d in docs)
        n = sum(len(r.facts) for r in p.run(docs))
        t_end = time.perf_counter()
        out = {"chars": chars, "load_s": t_load - t0, "read_s": t_read - t_load, "process_s": t_end - t_read, "facts": n,
               "chars_per_s_process": chars / (t_end - t_read), "chars_per_s_read_and_process": chars / (t_end - t_load)}
    elif stage == "build":
        import kg

        tmp = tempfile.mkdtemp()
        r = kg.build([folder], out=tmp, html=True)
        t_end = time.perf_counter()
        out = {"chars": r.chars, "total_s": t_end - t0, "chars_per_s": r.chars / (t_end - t0), "entities": len(r.entities), "facts": len(r.facts)}
        shutil.rmtree(tmp)
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(out))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=2.0, help="corpus size in MB of UTF-8 (default 2)")
    ap.add_argument("--stage", default="all", choices=["all", "pipeline", "build"])
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        _child(*a.child)
        return
    with tempfile.TemporaryDirectory() as d:
        size = make_corpus(Path(d), a.mb)
        print(f"corpus: {size / 1e6:.2f} MB UTF-8 in {len(list(Path(d).iterdir()))} files", flush=True)
        for stage in (["pipeline", "build"] if a.stage == "all" else [a.stage]):
            r = subprocess.run([sys.executable, __file__, "--child", stage, d], capture_output=True, text=True)
            if r.returncode:
                print(r.stderr, file=sys.stderr)
                sys.exit(r.returncode)
            print(f"{stage}: {r.stdout.strip()}", flush=True)


if __name__ == "__main__":
    main()
