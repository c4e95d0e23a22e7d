"""Draw articles nobody has annotated or looked at, for judging kg's output by eye.

    python bench/draw_unseen.py --seed 1 [--n 80] [--out unseen.jsonl] [--articles PATH]

The golds (gold.jsonl, bench/news_gold*_*.jsonl) say whether kg finds what a
reader lists; their dev parts have been read so often that their errors no
longer show what goes wrong on a new paper.  This draws a fixed-seed sample of
the *unseen pool*: articles of articles.jsonl that are in no gold and whose id
falls in the pool by hash (int(sha1(id), 16) % 4 == 1, so that a new gold can
be drawn outside the pool and never meet a text someone judged kg's output
on).  Different seeds give different samples (they may overlap: pass
--exclude FILE of an earlier sample to avoid it).  Writes the records as JSON
lines (the input `kg build` reads) and prints how many.
"""
from __future__ import annotations

import argparse
import glob
import hashlib
import json
import random
import sys


def in_pool(article_id: str) -> bool:
    """The frozen rule of the unseen pool (a new gold must be drawn outside it)."""
    return int(hashlib.sha1(article_id.encode("utf-8")).hexdigest(), 16) % 4 == 1


def _ids(path: str) -> set[str]:
    with open(path, encoding="utf-8") as fh:
        return {json.loads(line)["id"] for line in fh if line.strip()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, default=80)
    ap.add_argument("--out", default="unseen.jsonl")
    ap.add_argument("--articles", default="../shared/data/news/articles.jsonl")
    ap.add_argument("--gold", nargs="*", default=None,
                    help="gold files whose ids are excluded (default: ../shared/data/news/gold.jsonl and bench/news_gold*_*.jsonl)")
    ap.add_argument("--exclude", nargs="*", default=[], help="JSONL files of earlier samples to exclude")
    a = ap.parse_args()
    golds = a.gold if a.gold is not None else ["../shared/data/news/gold.jsonl", *sorted(glob.glob("bench/news_gold*_*.jsonl"))]
    taken: set[str] = set()
    for path in golds + a.exclude:
        taken |= _ids(path)
    with open(a.articles, encoding="utf-8") as fh:
        pool = [json.loads(line) for line in fh if line.strip()]
    pool = [r for r in pool if r["id"] not in taken and in_pool(r["id"])]
    if len(pool) < a.n:
        sys.exit(f"error: the unseen pool holds {len(pool)} articles, fewer than --n {a.n}")
    pick = random.Random(a.seed).sample(sorted(pool, key=lambda r: r["id"]), a.n)
    with open(a.out, "w", encoding="utf-8") as fh:
        for r in pick:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{a.n} of {len(pool)} unseen articles -> {a.out}")


if __name__ == "__main__":
    main()
