"""Instructions per character of the pipeline, counted by valgrind (callgrind): a measure of
speed that does not depend on how busy the host is.

    python bench/instructions.py [--copies 3] [--tree DIR] [--news N] [--cold]

Runs the pipeline (read, recognise, link, relate; model loaded) under
`valgrind --tool=callgrind` twice, over the seeds replicated --copies times and over
nothing, and reports the difference per character of article text (start-up and model
load subtracted).  --tree: the checkout of kg to measure (default: this one), so that two
versions can be counted in one session.  --news N: the first N records of
../shared/data/news/articles.jsonl instead of the seeds (one short article per page, as a JSONL
feed gives them).  Each run takes minutes (valgrind is ~50x slower).

The runs start as a build does (`kg.builder.loaded`): the model loads and the pages run inside
`kg.regexes.cached()`, and Python keeps the modules' bytecode (in a folder of the run's own, even where
PYTHONDONTWRITEBYTECODE is set, as on the VM), both made by the warm-up run.  --cold: neither, as the
figures before 2026-12-06 were counted: every pattern compiled by Python's compiler and every module
compiled from its source at each start (5.32 G instructions of start-up at 167345e against 2.22 G as a
build starts; 1f8b6c4 5.13 G against 2.21 G: the +3.6 % of start-up that day's rules seemed to add was
+0.3 % as a build starts, the rest their new patterns and lines compiled anew).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from throughput import NEWS, make_corpus  # noqa: E402

RUN = """
import contextlib, sys
from kg import regexes
from kg.ingest import read_pages
from kg.pipeline import Pipeline
with regexes.cached() if sys.argv[2] == "warm" else contextlib.nullcontext():
    p = Pipeline()
    _ = p.recognizer
    pages = list(read_pages([sys.argv[1]])) if sys.argv[1] != "-" else []
    print(sum(len(d.text) for page in pages for d in page.docs), sum(len(r.facts) for r in p.run_pages(pages)))
"""


def environ(tree: Path, pyc: Path | None) -> dict[str, str]:
    """The runs' environment: `tree` first on the path; bytecode kept in `pyc` (None: none kept, --cold)."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    if pyc is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pyc)
    return env


def count(tree: Path, folder: str, pyc: Path | None) -> tuple[int, int, int]:
    """(instructions, characters, facts) of one run under callgrind."""
    with tempfile.TemporaryDirectory() as d:
        r = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={d}/cg.out", sys.executable, "-c", RUN, folder, "cold" if pyc is None else "warm"],
            env=environ(tree, pyc), capture_output=True, text=True, check=True, cwd=d,
        )
    m = re.search(r"refs:\s*([\d,]+)", r.stderr)
    if not m:
        sys.exit(f"no instruction count in valgrind's output:\n{r.stderr[-2000:]}")
    chars, facts = map(int, r.stdout.split())
    return int(m.group(1).replace(",", "")), chars, facts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=3, help="replicas of the seeds (default 3)")
    ap.add_argument("--tree", type=Path, default=ROOT, help="checkout of kg to measure (default: this one)")
    ap.add_argument("--news", type=int, default=0, help="the first N news records instead of the seeds")
    ap.add_argument("--cold", action="store_true", help="no regex cache, no bytecode kept: every start compiles (the figures before 2026-12-06)")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        if a.news:
            with open(NEWS, encoding="utf-8") as f:
                (Path(d) / "news.jsonl").write_text("".join(line for _, line in zip(range(a.news), f)), encoding="utf-8")
        else:  # make_corpus writes whole replicas until the size is reached: just under `copies` of them
            seeds = sum(p.stat().st_size for p in (ROOT / "seeds").glob("*.txt"))
            make_corpus(Path(d), (a.copies - 0.5) * seeds / 1e6)
        # the model's tables and jieba's common words are cached after a first use (kg.cache): run once outside valgrind
        # over the corpus itself (the words are first read while pages are recognised), or a cold cache's build would
        # count as start-up or, worse, as the run (it did: 86.7 k instructions a character against 72.4 k warm)
        # (run from the corpus's folder, as `count` runs: `python -c` puts the working directory first on sys.path, and a
        # checkout's would shadow PYTHONPATH, warming the caches of the wrong tree: --tree counted them cold, +18 %)
        pyc = None if a.cold else Path(tempfile.mkdtemp(prefix="kg-pyc-"))  # (not in the corpus's folder: read_pages reads it)
        try:
            subprocess.run([sys.executable, "-c", RUN, d, "cold" if pyc is None else "warm"], env=environ(a.tree, pyc), check=True, capture_output=True, cwd=d)
            base, _, _ = count(a.tree, "-", pyc)
            total, chars, facts = count(a.tree, d, pyc)
        finally:
            if pyc is not None:
                shutil.rmtree(pyc, ignore_errors=True)
    print(json.dumps({"tree": str(a.tree), "corpus": f"news x{a.news}" if a.news else f"seeds x{a.copies}", "start": "cold" if a.cold else "as a build", "chars": chars, "facts": facts, "startup_instr": base, "run_instr": total - base,
                      "instr_per_char": round((total - base) / chars, 1)}))


if __name__ == "__main__":
    main()
