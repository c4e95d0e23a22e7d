"""Draw the 30 articles of the third news gold (bench/news_gold3_*.jsonl).

Reproducible.  Pool: articles of articles.jsonl that are in neither gold.jsonl
nor bench/news_gold2_*.jsonl, whose text contains at least two distinct
business keywords (KEYWORDS), and whose title names no Shanxi place (SHANXI:
the province and its 11 prefecture-level cities).  Bulletins (title
国内联播快讯, lists of short briefs) are drawn only if the other articles of
the pool are fewer than 30.  Sample: random.Random(20261203).sample(sorted
non-bulletin ids, 30).  Prints one id a line with its held/dev split
(held = int(sha1(id).hexdigest(), 16) % 3 == 0) and the title.

usage: python bench/draw_gold3.py [--articles PATH] [--gold PATH] [--gold2 PATH ...]
"""
import argparse
import hashlib
import json
import random

KEYWORDS = ("公司", "集团", "项目", "签约", "投资", "合作", "产业园", "博览会", "签署", "投产",
            "开工", "落户")
SHANXI = ("山西", "太原", "大同", "阳泉", "长治", "晋城", "朔州", "晋中", "运城", "忻州", "临汾",
          "吕梁")
BULLETIN = "国内联播快讯"
SEED = 20261203
N = 30


def is_held(article_id: str) -> bool:
    """Frozen split rule of the third news gold."""
    return int(hashlib.sha1(article_id.encode("utf-8")).hexdigest(), 16) % 3 == 0


def eligible(art: dict) -> bool:
    """Business article (>= 2 distinct keywords) whose title is not about Shanxi."""
    hits = sum(1 for k in KEYWORDS if k in art["text"])
    return hits >= 2 and not any(s in art["title"] for s in SHANXI)


def read_ids(path: str) -> set[str]:
    with open(path, encoding="utf-8") as fh:
        return {json.loads(line)["id"] for line in fh if line.strip()}


def draw(articles_path: str, gold_paths: list[str]) -> list[dict]:
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
    rng = random.Random(SEED)
    if len(main) >= N:
        ids = rng.sample(sorted(main), N)
    else:
        ids = sorted(main) + rng.sample(sorted(bulletins), N - len(main))
    every = {**main, **bulletins}
    return [every[i] for i in ids]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", default="../shared/data/news/articles.jsonl")
    ap.add_argument("--gold", default="../shared/data/news/gold.jsonl")
    ap.add_argument("--gold2", nargs="+",
                    default=["bench/news_gold2_dev.jsonl", "bench/news_gold2_held.jsonl"])
    args = ap.parse_args()
    for art in draw(args.articles, [args.gold] + args.gold2):
        print(art["id"], "held" if is_held(art["id"]) else "dev", art["title"])


if __name__ == "__main__":
    main()
