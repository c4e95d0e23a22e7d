"""Does a code change leave `kg ner`'s output as it was?  Runs `kg ner` and `kg ner --nested` with this
tree and a reference checkout over the same records and compares their JSON lines byte for byte.

    python bench/same_ner.py --ref-tree /tmp/kg-base                  # all the records below
    python bench/same_ner.py --ref-tree /tmp/kg-base --no-news        # the corpora's sentences alone (~1 minute)

Records: every sentence of CLUENER (cluener/train.json) and of People's Daily (pd98/example.dev), held-out
and non-held alike (`kg ner` as the CLI runs it: records of one sentence, no region), and the 1,200 news
articles (news/articles.jsonl), under --data (default ../shared/data).  Each run is its own process with
PYTHONPATH set to its tree (the two never share a module; each tree's KG_CACHE_DIR is its own, under the
work folder).  Exit status 1 when an output differs; the differing records are counted, and only those of
non-held sentences and articles are shown (the held-out sentences' output is compared, never printed).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools import corpora  # noqa: E402


def records(data: Path, news: bool) -> tuple[list[dict[str, str]], set[str]]:
    """The records `kg ner` reads ({"id", "text"}) and the ids of the held-out sentences among them."""
    out: list[dict[str, str]] = []
    held: set[str] = set()
    for name, read, path in (("cluener", corpora.read_cluener, data / "cluener" / "train.json"),
                             ("pd98", corpora.read_pd98, data / "pd98" / "example.dev")):
        if not path.exists():
            print(f"skipped {name}: no {path}")
            continue
        for i, (text, _) in enumerate(read(path)):
            rid = f"{name}:{i}"
            out.append({"id": rid, "text": text})
            if corpora.held_out(text):
                held.add(rid)
    articles = data / "news" / "articles.jsonl"
    if news and articles.exists():
        for line in articles.open(encoding="utf-8"):
            if line.strip():
                rec = json.loads(line)
                out.append({"id": f"news:{rec['id']}", "text": rec["text"]})
    return out, held


def run(tree: Path, src: Path, out: Path, nested: bool, cache: Path) -> None:
    """`kg ner [--nested] src > out` with the code of `tree`."""
    env = {**os.environ, "PYTHONPATH": str(tree), "KG_CACHE_DIR": str(cache), "PYTHONHASHSEED": "0"}
    probe = subprocess.run([sys.executable, "-c", "import kg; print(kg.__file__)"], env=env, capture_output=True, text=True, check=True, cwd=src.parent)
    if not probe.stdout.strip().startswith(str(tree.resolve())):
        sys.exit(f"kg was imported from {probe.stdout.strip()}, not from {tree}")
    args = [sys.executable, "-m", "kg.cli", "ner", str(src), "--output", str(out)] + (["--nested"] if nested else [])
    subprocess.run(args, env=env, check=True, cwd=src.parent)


def compare(got: Path, want: Path, held: set[str], show: int = 5) -> bool:
    a, b = got.read_bytes().splitlines(), want.read_bytes().splitlines()
    if a == b:
        print(f"{got.name}: same ({len(a):,} records, {got.stat().st_size:,} bytes)")
        return True
    differ = [(x, y) for x, y in zip(a, b) if x != y]
    shown = [(x, y) for x, y in differ if json.loads(x).get("id") not in held]
    print(f"{got.name}: DIFFERENT: {len(a):,} against {len(b):,} records, {len(differ):,} differ "
          f"({len(differ) - len(shown):,} of them held-out sentences, not shown)")
    for x, y in shown[:show]:
        print("  this tree:", x.decode()[:400])
        print("  reference:", y.decode()[:400])
    return False


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ref-tree", required=True, help="a checkout of kg to compare with (git worktree add --detach DIR main)")
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--no-news", action="store_true", help="leave the 1,200 news articles out")
    ap.add_argument("--work", help="folder for the inputs and outputs (default: a temporary one)")
    a = ap.parse_args()
    work = Path(a.work) if a.work else Path(tempfile.mkdtemp(prefix="same_ner."))
    work.mkdir(parents=True, exist_ok=True)
    recs, held = records(Path(a.data), not a.no_news)
    if not recs:
        sys.exit(f"no records under {a.data} (--data: the folder of cluener/, pd98/ and news/)")
    src = work / "records.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    print(f"{len(recs):,} records ({len(held):,} held-out sentences), {sum(len(r['text']) for r in recs):,} characters")
    same = True
    for nested in (False, True):
        suffix = "nested" if nested else "top"
        for name, tree in (("this", ROOT), ("ref", Path(a.ref_tree))):
            run(tree, src, work / f"{name}.{suffix}.jsonl", nested, work / f"cache.{name}")
        same &= compare(work / f"this.{suffix}.jsonl", work / f"ref.{suffix}.jsonl", held)
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
