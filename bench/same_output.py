"""Does a code change leave kg's output as it was?  Builds the same news articles with this
tree and a reference (another checkout of kg, or a kg.ttl saved from one) and compares
kg.ttl and kg.trig byte for byte.

    python bench/same_output.py --ref-tree /tmp/kg-base          # build with both trees
    python bench/same_output.py --save /tmp/ref                  # keep this tree's files as the reference
    python bench/same_output.py --ref-dir /tmp/ref               # compare with files kept before

Input: the first --n records (default 100) of ../shared/data/news/articles.jsonl.  Each build
runs in its own process with PYTHONPATH set to its tree, so the two never share a module.
Exit status 1 when a file differs (the first differing lines are printed).
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


def build(tree: Path, src: Path, out: Path) -> None:
    """kg.build of `src` into `out` with the code of `tree`."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    code = "import kg, sys; kg.build([sys.argv[1]], out=sys.argv[2], html=False)"
    subprocess.run([sys.executable, "-c", code, str(src), str(out)], env=env, check=True, cwd=src.parent)
    probe = subprocess.run([sys.executable, "-c", "import kg; print(kg.__file__)"], env=env, capture_output=True, text=True, check=True, cwd=src.parent)
    if not probe.stdout.strip().startswith(str(tree.resolve())):
        sys.exit(f"the build imported kg from {probe.stdout.strip()}, not from {tree}")


def compare(got: Path, want: Path) -> bool:
    same = True
    for name in FILES:
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
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        work = Path(d)
        src = work / "articles.jsonl"
        with open(a.articles, encoding="utf-8") as f, open(src, "w", encoding="utf-8") as g:
            for i, line in enumerate(f):
                if i >= a.n:
                    break
                g.write(line)
        build(ROOT, src, work / "this")
        if a.save:
            a.save.mkdir(parents=True, exist_ok=True)
            for name in FILES:
                shutil.copy(work / "this" / name, a.save / name)
            print(f"saved {', '.join(FILES)} of {a.n} records to {a.save}")
            return
        if a.ref_tree:
            build(a.ref_tree, src, work / "ref")
            want = work / "ref"
        else:
            want = a.ref_dir
        sys.exit(0 if compare(work / "this", want) else 1)


if __name__ == "__main__":
    main()
