"""Instructions per character of the pipeline, counted by valgrind (callgrind): a measure of
speed that does not depend on how busy the host is.

    python bench/instructions.py [--copies 3] [--tree DIR] [--news N]

Runs the pipeline (read, recognise, link, relate; model loaded) under
`valgrind --tool=callgrind` twice, over the seeds replicated --copies times and over
nothing, and reports the difference per character of article text (start-up and model
load subtracted).  --tree: the checkout of kg to measure (default: this one), so that two
versions can be counted in one session.  --news N: the first N records of
../shared/data/news/articles.jsonl instead of the seeds (one short article per page, as a JSONL
feed gives them).  Each run takes minutes (valgrind is ~50x slower).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from throughput import NEWS, make_corpus  # noqa: E402

RUN = """
import sys
from kg.ingest import read_pages
from kg.pipeline import Pipeline
p = Pipeline()
_ = p.recognizer
pages = list(read_pages([sys.argv[1]])) if sys.argv[1] != "-" else []
print(sum(len(d.text) for page in pages for d in page.docs), sum(len(r.facts) for r in p.run_pages(pages)))
"""


def count(tree: Path, folder: str) -> tuple[int, int, int]:
    """(instructions, characters, facts) of one run under callgrind."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    with tempfile.TemporaryDirectory() as d:
        r = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={d}/cg.out", sys.executable, "-c", RUN, folder],
            env=env, capture_output=True, text=True, check=True, cwd=d,
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
        subprocess.run([sys.executable, "-c", RUN, d], env={**os.environ, "PYTHONPATH": str(a.tree)}, check=True, capture_output=True, cwd=d)
        base, _, _ = count(a.tree, "-")
        total, chars, facts = count(a.tree, d)
    print(json.dumps({"tree": str(a.tree), "corpus": f"news x{a.news}" if a.news else f"seeds x{a.copies}", "chars": chars, "facts": facts, "startup_instr": base, "run_instr": total - base,
                      "instr_per_char": round((total - base) / chars, 1)}))


if __name__ == "__main__":
    main()
