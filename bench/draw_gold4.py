"""Draw the 24 articles of the fourth news gold (bench/news_gold4_*.jsonl).

Reproducible.  Pool: articles of articles.jsonl that are in none of
gold.jsonl, bench/news_gold2_*.jsonl, bench/news_gold3_*.jsonl, that are not
in the unseen pool (bench/draw_unseen.py in_pool: sha1(id) % 4 == 1, text on
which kg's output is judged by other helpers), whose text contains at least
two distinct keywords of the mission's scope (KEYWORDS: industry, investment
and government programmes), and whose title names no Shanxi place (SHANXI,
as in draw_gold3.py).  Bulletins (title 国内联播快讯, lists of short briefs)
are drawn only if the other articles of the pool run out.  Order:
random.Random(20261204).shuffle(sorted non-bulletin ids); articles are taken
in that order, skipping one whose title names a province (PROVINCES, short
names of the 34 provincial-level units) already named by 3 taken titles,
until 24 are taken.  Prints one id a line with its held/dev split
(held = int(sha1(id).hexdigest(), 16) % 3 == 0) and the title.

usage: python bench/draw_gold4.py [--articles PATH] [--gold PATH ...]
"""
import argparse
import hashlib
import json
import random

from draw_gold3 import BULLETIN, SHANXI, read_ids
from draw_unseen import in_pool

KEYWORDS = ("公司", "集团", "项目", "签约", "投资", "合作", "产业园", "博览会", "签署", "投产",
            "开工", "落户", "会议", "政府", "部署", "调研", "考察", "论坛", "开幕")
PROVINCES = ("北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏",
             "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南",
             "重庆", "四川", "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "香港",
             "澳门", "台湾")
SEED = 20261204
N = 24
PER_PROVINCE = 3


def is_held(article_id: str) -> bool:
    """Frozen split rule of the fourth news gold (same as the second and third)."""
    return int(hashlib.sha1(article_id.encode("utf-8")).hexdigest(), 16) % 3 == 0


def eligible(art: dict) -> bool:
    """In scope (>= 2 distinct keywords), title not about Shanxi, not in the unseen pool."""
    hits = sum(1 for k in KEYWORDS if k in art["text"])
    return (hits >= 2 and not any(s in art["title"] for s in SHANXI)
            and not in_pool(art["id"]))


def provinces(title: str) -> list[str]:
    # 山西 never occurs (excluded above); 西藏 is not confused with 山西/江西 since whole names are matched
    return [p for p in PROVINCES if p in title]


def draw(articles_path: str, gold_paths: list[str], seed: int = SEED,
         exclude: frozenset[str] = frozenset()) -> list[dict]:
    """The N articles drawn with `seed` (the later golds call this with their own seed), none of `exclude`."""
    taken: set[str] = set(exclude)
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


def golds(*numbers: int) -> list[str]:
    """The gold files a draw excludes: the first gold and both parts of the numbered later ones."""
    return ["../shared/data/news/gold.jsonl"] + [f"bench/news_gold{k}_{part}.jsonl" for k in numbers for part in ("dev", "held")]


def cli(doc: str, seed: int, gold_paths: list[str], exclude=lambda articles, golds: frozenset()) -> None:
    """The command line every draw script shares: print the drawn ids in draw order with split, length and title."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--articles", default="../shared/data/news/articles.jsonl")
    ap.add_argument("--gold", nargs="+", default=gold_paths)
    args = ap.parse_args()
    for art in draw(args.articles, args.gold, seed, exclude(args.articles, args.gold)):
        print(art["id"], "held" if is_held(art["id"]) else "dev", len(art["text"]), art["title"])


def paired(k: int) -> None:
    """The command line of the k-th gold (k >= 8), drawn as the fourth with the seed 20261200 + k, every earlier
    gold excluded; the golds were annotated in pairs (8 and 9, 10 and 11 …), so an odd k also excludes, by its
    ids, the draw of gold k - 1 (annotated beside it, its files not yet written), made from the same paths."""
    seed = 20261200 + k
    if k % 2 == 0:
        cli(f"Draw the 24 articles of news gold {k}.", seed, golds(*range(2, k)))
        return

    def partner(articles: str, gold_paths: list[str]) -> frozenset[str]:
        paths = [p for p in gold_paths if f"news_gold{k - 1}_" not in p]
        return frozenset(a["id"] for a in draw(articles, paths, seed - 1))

    cli(f"Draw the 24 articles of news gold {k}.", seed, golds(*range(2, k - 1)), partner)


def main() -> None:
    cli(__doc__, SEED, golds(2, 3))


if __name__ == "__main__":
    main()
