"""Draw the 30 articles of the second news gold (bench/news_gold2_*.jsonl).

Reproducible: among articles of articles.jsonl not in gold.jsonl whose text
contains at least one business keyword, take
random.Random(20261202).sample(sorted ids, 30).  Prints one id a line with
its held/dev split (held = int(sha1(id).hexdigest(), 16) % 3 == 0).

usage: python bench/draw_gold2.py [--articles PATH] [--gold PATH]
"""
import argparse
import hashlib
import json
import random

KEYWORDS = ("公司", "集团", "项目", "签约", "投资", "合作", "产业园", "博览会")
SEED = 20261202
N = 30


def is_held(article_id: str) -> bool:
    """Frozen split rule of the second news gold."""
    return int(hashlib.sha1(article_id.encode("utf-8")).hexdigest(), 16) % 3 == 0


def draw(articles_path: str, gold_path: str) -> list[str]:
    with open(gold_path, encoding="utf-8") as fh:
        gold_ids = {json.loads(line)["id"] for line in fh if line.strip()}
    pool = []
    with open(articles_path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            art = json.loads(line)
            if art["id"] in gold_ids:
                continue
            if any(k in art["text"] for k in KEYWORDS):
                pool.append(art["id"])
    return random.Random(SEED).sample(sorted(pool), N)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", default="../shared/data/news/articles.jsonl")
    ap.add_argument("--gold", default="../shared/data/news/gold.jsonl")
    args = ap.parse_args()
    for aid in draw(args.articles, args.gold):
        print(aid, "held" if is_held(aid) else "dev")


if __name__ == "__main__":
    main()
