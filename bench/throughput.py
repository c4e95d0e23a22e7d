"""Throughput and peak memory of the pipeline, `kg build`, `kg ner` and `kg extract`, on the seeds replicated.

    python bench/throughput.py [--mb 2] [--stage all|pipeline|build|ner|extract] [--corpus seeds|news] [--cached-bytecode]
                               [--jobs 1,2 --rounds 3]

Each replica gets a distinct marker line so pages hash to distinct ids.  Speed is
reported in characters per second of cleaned article text, per process (one
core); peak memory is the process's max RSS.  Run stages in one invocation to
compare ratios on a shared, noisy machine.  To compare two checkouts of kg, run this
script with PYTHONPATH set to each in turn (the stages import kg from PYTHONPATH).

Corpora: `seeds` (default), the seed pages replicated (text files, one paper page of ~6,000
characters each); `news`, the first --mb MB of ../shared/data/news/articles.jsonl (one short
article per JSONL record: the pages a JSONL feed gives, as users build them).
--cached-bytecode runs the stages with Python's bytecode cached (in a temporary
PYTHONPYCACHEPREFIX, after one warm-up import), as an installed kg runs; without it they run
as this environment says (PYTHONDONTWRITEBYTECODE=1 here: every run compiles kg's sources,
~0.2 s of CPU in `kg build`'s imports).

--jobs 1,2 runs the build stage once with each number of worker processes (`kg.build(jobs=)`),
--rounds times, alternating, and prints each run and the mean per number. A build's memory is then
also sampled every 0.1 s over the process and its workers (/proc): the peak of the sum of their
RSS (shared pages counted in each process) and of their PSS (shared pages divided among them);
cpu_main_s and cpu_workers_s are the CPU seconds of the build's process and of its workers (on a
host whose other load leaves no core free, a second worker cannot run, and wall rates say little).

Stages:
  pipeline   read + recognise + link + relate, in process (no graph written)
  build      kg.build: the above + store, kg.ttl, kg.trig, graph.html
  ner        the `kg ner` command as a user runs it (process start included),
             over JSON lines made from the same corpus: one record per article
             ("articles") and one per sentence ("sentences", ~40 characters)
  extract    the same for `kg extract`
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


NEWS = ROOT.parent / "shared" / "data" / "news" / "articles.jsonl"


def make_news(folder: Path, mb: float) -> int:
    """The first records of the news corpus, up to `mb` MB of UTF-8, as one JSONL file."""
    total = 0
    with open(NEWS, encoding="utf-8") as f, open(folder / "news.jsonl", "w", encoding="utf-8") as out:
        for line in f:
            if total >= mb * 1_000_000:
                break
            out.write(line)
            total += len(line.encode("utf-8"))
    return total


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
    from kg.ingest import read_documents, read_pages
    from kg.pipeline import Pipeline

    out: dict[str, float] = {}
    if stage == "pipeline":
        p = Pipeline()
        _ = p.recognizer  # built lazily (segmenter, rules, model): load, not processing (426ad74 built it in Pipeline())
        t_load = time.perf_counter()
        pages = list(read_pages([folder]))  # as `kg build` reads them: a text file or a JSONL record is a page
        t_read = time.perf_counter()
        c_read = time.process_time()
        chars = sum(len(d.text) for page in pages for d in page.docs)
        n = sum(len(r.facts) for r in p.run_pages(pages))
        t_end = time.perf_counter()
        cpu = time.process_time() - c_read
        out = {"chars": chars, "load_s": t_load - t0, "read_s": t_read - t_load, "process_s": t_end - t_read, "facts": n,
               "chars_per_s_process": chars / (t_end - t_read), "chars_per_s_read_and_process": chars / (t_end - t_load),
               "chars_per_cpu_s_process": chars / cpu}
    elif stage.startswith("build"):
        import kg

        jobs = int(stage[len("build"):] or 1)
        tmp = tempfile.mkdtemp()
        sampler = Memory()
        r = kg.build([folder], out=tmp, html=True, jobs=jobs)
        t_end = time.perf_counter()
        sampler.stop()
        cpu = time.process_time()  # the process's CPU from its start: imports and model load included
        kids = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu_all = cpu + kids.ru_utime + kids.ru_stime  # the workers', once the pool has ended
        out = {"jobs": jobs, "chars": r.chars, "total_s": t_end - t0, "chars_per_s": r.chars / (t_end - t0), "chars_per_cpu_s": r.chars / cpu_all,
               "cpu_s": cpu_all, "cpu_main_s": cpu, "cpu_workers_s": cpu_all - cpu, "entities": len(r.entities), "facts": len(r.facts),
               "peak_rss_all_mb": sampler.rss / 1024, "peak_pss_all_mb": sampler.pss / 1024, "worker_max_rss_mb": kids.ru_maxrss / 1024}
        shutil.rmtree(tmp)
    elif stage in ("ner", "extract"):
        from kg.segment import sentences

        docs = list(read_documents([folder]))
        res: dict[str, dict[str, float]] = {}
        for unit in ("articles", "sentences"):
            path = Path(tempfile.mkdtemp()) / "records.jsonl"
            chars = 0
            with open(path, "w", encoding="utf-8") as f:
                for d in docs:
                    texts = [d.text] if unit == "articles" else [s.text for s in sentences(d.id, d.text) if s.text.strip()]
                    for i, t in enumerate(texts):
                        f.write(json.dumps({"id": f"{d.id}-{i}", "text": t}, ensure_ascii=False) + "\n")
                        chars += len(t)
            t1 = time.perf_counter()
            with open(path, "rb") as src:
                subprocess.run([sys.executable, "-m", "kg.cli", stage, "-"], stdin=src, stdout=subprocess.DEVNULL, check=True)
            secs = time.perf_counter() - t1
            res[unit] = {"records": sum(1 for _ in open(path, encoding="utf-8")), "chars": chars, "total_s": secs, "chars_per_s": chars / secs}
            shutil.rmtree(path.parent)
        out = {**{f"{u}_{k}": v for u, r in res.items() for k, v in r.items()}}
        out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(json.dumps(out))
        return
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(out))


class Memory:
    """Peaks of the summed RSS and PSS (kB) of this process and its children, sampled in a thread."""

    def __init__(self, every: float = 0.1) -> None:
        import threading

        self.rss = self.pss = 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(every,), daemon=True)
        self._thread.start()

    def _run(self, every: float) -> None:
        while not self._done.wait(every):
            self.sample()

    def sample(self) -> None:
        me = os.getpid()
        pids = [me] + _children(me)
        rss = pss = 0
        for pid in pids:
            rss += _field(Path(f"/proc/{pid}/status"), "VmRSS:")
            pss += _field(Path(f"/proc/{pid}/smaps_rollup"), "Pss:")
        self.rss, self.pss = max(self.rss, rss), max(self.pss, pss)

    def stop(self) -> None:
        self._done.set()
        self._thread.join()


def _children(pid: int) -> list[int]:
    """The child processes of `pid`: what its threads' /proc children files list (a few reads;
    the scan of every /proc entry's parent it replaced cost ~3 ms of CPU a sample, ~0.17 s per
    5 s build, on the cores the build uses), or that scan where the kernel has no such files."""
    try:
        return [int(c) for t in Path(f"/proc/{pid}/task").iterdir() for c in (t / "children").read_text().split()]
    except OSError:
        return [int(d.name) for d in Path("/proc").iterdir() if d.name.isdigit() and _field(d / "status", "PPid:") == pid]


def _field(path: Path, name: str) -> int:
    try:
        for line in path.read_text().splitlines():
            if line.startswith(name):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _means(runs: dict[str, list[dict[str, float]]]) -> None:
    for stage, rs in runs.items():
        keys = ("chars_per_s", "chars_per_cpu_s", "total_s", "cpu_main_s", "cpu_workers_s", "peak_rss_mb", "peak_rss_all_mb", "peak_pss_all_mb")
        mean = {k: round(sum(r[k] for r in rs) / len(rs), 2) for k in keys if all(k in r for r in rs)}
        print(f"mean of {len(rs)} {stage}: {json.dumps(mean)}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=2.0, help="corpus size in MB of UTF-8 (default 2)")
    ap.add_argument("--stage", default="all", choices=["all", "pipeline", "build", "ner", "extract"])
    ap.add_argument("--corpus", default="seeds", choices=["seeds", "news"], help="seed pages replicated, or news records (JSONL)")
    ap.add_argument("--cached-bytecode", action="store_true", help="run the stages with bytecode cached, as an installed kg runs")
    ap.add_argument("--jobs", default="1", help="worker processes of the build stage, comma-separated to compare (1,2)")
    ap.add_argument("--rounds", type=int, default=1, help="runs of each stage, alternating (default 1)")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        _child(*a.child)
        return
    with tempfile.TemporaryDirectory() as d, tempfile.TemporaryDirectory() as pyc:
        size = make_news(Path(d), a.mb) if a.corpus == "news" else make_corpus(Path(d), a.mb)
        print(f"corpus: {size / 1e6:.2f} MB UTF-8 in {len(list(Path(d).iterdir()))} files ({a.corpus})", flush=True)
        env = dict(os.environ)
        if a.cached_bytecode:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = pyc
            warm = "import kg, kg.builder, kg.pipeline, kg.recognize, kg.relations, kg.extract, kg.cli, kg.viz"
            subprocess.run([sys.executable, "-c", warm], env=env, check=True)
        builds = [f"build{j}" if j != "1" else "build" for j in a.jobs.split(",")]
        stages = [b for s in (["pipeline", "build", "ner", "extract"] if a.stage == "all" else [a.stage]) for b in (builds if s == "build" else [s])]
        runs: dict[str, list[dict[str, float]]] = {}
        for _ in range(a.rounds):
            for stage in stages:
                r = subprocess.run([sys.executable, __file__, "--child", stage, d], capture_output=True, text=True, env=env)
                if r.returncode:
                    print(r.stderr, file=sys.stderr)
                    sys.exit(r.returncode)
                print(f"{stage}: {r.stdout.strip()}", flush=True)
                runs.setdefault(stage, []).append(json.loads(r.stdout))
        if a.rounds > 1:
            _means(runs)


if __name__ == "__main__":
    main()
