"""Draw the 24 articles of the fifth news gold (bench/news_gold5_*.jsonl).

Reproducible, exactly as the fourth gold (bench/draw_gold4.py, whose helpers
are imported) with another seed and one more gold excluded.  Pool: articles of
articles.jsonl that are in none of gold.jsonl, bench/news_gold{2,3,4}_*.jsonl,
that are not in the unseen pool (bench/draw_unseen.py in_pool), whose text
contains at least two distinct scope keywords (draw_gold4.KEYWORDS) and whose
title names no Shanxi place (draw_gold3.SHANXI): draw_gold4.eligible.
Bulletins (title 国内联播快讯) are drawn only if the other articles run out.
Order: random.Random(20261205).shuffle(sorted non-bulletin ids), then the
bulletins shuffled by the same generator; articles are taken in that order,
skipping one whose title names a province already named by 3 taken titles
(draw_gold4.PER_PROVINCE), until 24 are taken.  Prints one id a line with its
held/dev split (held = int(sha1(id).hexdigest(), 16) % 3 == 0), the text
length and the title.

usage: python bench/draw_gold5.py [--articles PATH] [--gold PATH ...]
"""
import argparse
import json
import random

from draw_gold3 import BULLETIN, read_ids
from draw_gold4 import PER_PROVINCE, N, eligible, is_held, provinces

SEED = 20261205
GOLDS = ["../shared/data/news/gold.jsonl"] + [
    f"bench/news_gold{k}_{part}.jsonl" for k in (2, 3, 4) for part in ("dev", "held")]


def pool(articles_path: str, gold_paths: list[str]) -> tuple[dict, dict]:
    """Eligible articles not in any gold, split into (non-bulletins, bulletins) by id."""
    taken: set[str] = set()
    for path in gold_paths:
        taken |= read_ids(path)
    main, bulletins = {}, {}
    with open(articles_path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            art = json.loads(line)
            if art["id"] in taken or not eligible(art):
                continue
            (bulletins if BULLETIN in art["title"] else main)[art["id"]] = art
    return main, bulletins


def draw(articles_path: str, gold_paths: list[str], seed: int = SEED) -> list[dict]:
    main, bulletins = pool(articles_path, gold_paths)
    order = sorted(main)
    rng = random.Random(seed)
    rng.shuffle(order)
    rest = sorted(bulletins)
    rng.shuffle(rest)
    every = {**main, **bulletins}
    picked: list[dict] = []
    count: dict[str, int] = {}
    for art_id in order + rest:
        art = every[art_id]
        provs = provinces(art["title"])
        if any(count.get(p, 0) >= PER_PROVINCE for p in provs):
            continue
        for p in provs:
            count[p] = count.get(p, 0) + 1
        picked.append(art)
        if len(picked) == N:
            break
    return picked


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", default="../shared/data/news/articles.jsonl")
    ap.add_argument("--gold", nargs="+", default=GOLDS)
    args = ap.parse_args()
    for art in draw(args.articles, args.gold):
        print(art["id"], "held" if is_held(art["id"]) else "dev", len(art["text"]), art["title"])


if __name__ == "__main__":
    main()
