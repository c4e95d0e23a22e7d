"""Does a code change leave kg's output as it was?  Builds the same news articles with this
tree and a reference (another checkout of kg, or a kg.ttl saved from one) and compares
kg.ttl and kg.trig byte for byte.

    python bench/same_output.py --ref-tree /tmp/kg-base          # build with both trees
    python bench/same_output.py --save /tmp/ref                  # keep this tree's files as the reference
    python bench/same_output.py --ref-dir /tmp/ref               # compare with files kept before
    python bench/same_output.py --ref-tree /tmp/kg-base --corpus seeds --mb 1 --jobs 2 --html --store

Input: the first --n records (default 100) of ../shared/data/news/articles.jsonl, or with
`--corpus seeds` the seed pages replicated to --mb MB (bench/throughput.py's corpus).  Each build
runs in its own process with PYTHONPATH set to its tree, so the two never share a module.
`--jobs N` builds this tree's graph with N worker processes (`kg.build(jobs=N)`; the reference's
with `--ref-jobs`, default 1); `--html` also compares graph.html, `--store` the store's quads (its
N-Quads dump, sorted, as `store.nq`). Exit status 1 when a file differs (the first differing lines
are printed).
"""
from __future__ import annotations

import argparse
import difflib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT.parent / "shared" / "data" / "news" / "articles.jsonl"
FILES = ("kg.ttl", "kg.trig")
BUILD = """import sys, kg, pyoxigraph as ox
from kg import store
src, out, jobs, html, dump = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1", sys.argv[5] == "1"
kg.build([src], out=out, html=html, jobs=jobs)
if dump:
    lines = sorted((store.open_store(out).dump(None, ox.RdfFormat.N_QUADS) or b"").splitlines())
    open(out + ".store.nq", "wb").write(b"\\n".join(lines) + b"\\n")
"""


def build(tree: Path, src: Path, out: Path, jobs: int = 1, html: bool = False, dump: bool = False) -> None:
    """kg.build of `src` into `out` with the code of `tree` (and its store's sorted quads beside it, `dump`)."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    subprocess.run([sys.executable, "-c", BUILD, str(src), str(out), str(jobs), str(int(html)), str(int(dump))], env=env, check=True, cwd=src.parent)
    if dump:
        (out.parent / f"{out.name}.store.nq").replace(out / "store.nq")
    probe = subprocess.run([sys.executable, "-c", "import kg; print(kg.__file__)"], env=env, capture_output=True, text=True, check=True, cwd=src.parent)
    if not probe.stdout.strip().startswith(str(tree.resolve())):
        sys.exit(f"the build imported kg from {probe.stdout.strip()}, not from {tree}")


def compare(got: Path, want: Path, names: tuple[str, ...] = FILES) -> bool:
    same = True
    for name in names:
        a, b = (got / name).read_bytes(), (want / name).read_bytes()
        if a == b:
            print(f"{name}: same ({len(a):,} bytes)")
            continue
        same = False
        la, lb = a.decode("utf-8").splitlines(), b.decode("utf-8").splitlines()
        diff = list(difflib.unified_diff(lb, la, "reference", "this tree", n=0, lineterm=""))
        print(f"{name}: DIFFERS ({len(b):,} -> {len(a):,} bytes, {sum(1 for d in diff if d[:1] in '+-') - 2} lines)")
        print("\n".join(diff[:40]))
    return same


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100, help="records of articles.jsonl to build (default 100)")
    ap.add_argument("--articles", type=Path, default=ARTICLES)
    ref = ap.add_mutually_exclusive_group(required=True)
    ref.add_argument("--ref-tree", type=Path, help="another checkout of kg to build the reference with")
    ref.add_argument("--ref-dir", type=Path, help="kg.ttl and kg.trig saved before (--save)")
    ref.add_argument("--save", type=Path, help="build with this tree and keep its files here as a reference")
    ap.add_argument("--corpus", default="news", choices=["news", "seeds"], help="news records (--n) or the seeds replicated (--mb)")
    ap.add_argument("--mb", type=float, default=1.0, help="--corpus seeds: MB of seed pages (default 1)")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes of this tree's build (default 1)")
    ap.add_argument("--ref-jobs", type=int, default=1, help="worker processes of the reference's build (default 1)")
    ap.add_argument("--html", action="store_true", help="also draw and compare graph.html")
    ap.add_argument("--store", action="store_true", help="also compare the store's quads (sorted N-Quads)")
    a = ap.parse_args()
    if a.corpus != "seeds" and not a.articles.is_file():
        ap.error(f"no articles at {a.articles}: give --articles PATH (from a worktree, ../shared/data is not beside it)")
    names = FILES + (("graph.html",) if a.html else ()) + (("store.nq",) if a.store else ())
    with tempfile.TemporaryDirectory() as d:
        work = Path(d)
        src = _corpus(a, work)
        build(ROOT, src, work / "this", a.jobs, a.html, a.store)
        if a.save:
            a.save.mkdir(parents=True, exist_ok=True)
            for name in names:
                shutil.copy(work / "this" / name, a.save / name)
            print(f"saved {', '.join(names)} to {a.save}")
            return
        if a.ref_tree:
            build(a.ref_tree, src, work / "ref", a.ref_jobs, a.html, a.store)
            want = work / "ref"
        else:
            want = a.ref_dir
        sys.exit(0 if compare(work / "this", want, names) else 1)


def _corpus(a: argparse.Namespace, work: Path) -> Path:
    """The input: the first --n news records as one JSONL file, or a folder of seed pages."""
    if a.corpus == "seeds":
        sys.path.insert(0, str(ROOT / "bench"))
        from throughput import make_corpus

        (work / "seeds").mkdir()
        make_corpus(work / "seeds", a.mb)
        return work / "seeds"
    src = work / "articles.jsonl"
    with open(a.articles, encoding="utf-8") as f, open(src, "w", encoding="utf-8") as g:
        for i, line in enumerate(f):
            if i >= a.n:
                break
            g.write(line)
    return src


if __name__ == "__main__":
    main()
