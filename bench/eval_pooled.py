"""The golds of news nobody here wrote, pooled: one figure per measure over their held-out parts (or dev parts).

    python bench/eval_pooled.py [--part held|dev] [--data ../shared/data/news]

Each gold is built and scored on its own, exactly as `bench/eval_news.py` does
(the news gold's frozen held split; bench/news_gold{2,3,…}_held.jsonl), then the
counts are summed: a pooled figure weighs every article's entities and relations
alike instead of averaging five small sets.  Prints one row per gold and the pool,
then the pool's confidence curve (what `--min-confidence` keeps).
Never prints errors: for those, run eval_news.py --errors on a dev part.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_news  # noqa: E402

# the later golds, each a dev and a held part (bench/NEWS_GOLDk.md): as many as bench/ holds, in their order
GOLDS = tuple(f"news_gold{k}" for k in range(2, 100) if (Path(__file__).resolve().parent / f"news_gold{k}_dev.jsonl").exists())


def _score(gold_path: Path, articles: list[Path], frozen_part: str | None) -> eval_news.Score:
    gold = eval_news.load_gold(gold_path)
    if frozen_part:
        keep = (lambda i: eval_news.held_out(i)) if frozen_part == "held" else (lambda i: not eval_news.held_out(i))
        gold = [g for g in gold if keep(g["id"])]
    arts, pages = eval_news.load_articles(articles, {g["id"] for g in gold})
    with contextlib.redirect_stdout(io.StringIO()):
        pred = eval_news.predict(arts, pages)
    return eval_news.score(gold, pred, {r["id"]: r["text"] for r in arts}, keep_errors=False)


def _add(a: eval_news.Score, b: eval_news.Score) -> None:
    a.ent_gold += b.ent_gold
    a.ent_found += b.ent_found
    a.rel_gold += b.rel_gold
    a.rel_found += b.rel_found
    for k in ("nodes", "nodes_outside", "sent_pred", "sent_right", "sent_listed", "sent_listed_right", "name_pred", "name_right", "curve_gold"):
        setattr(a, k, getattr(a, k) + getattr(b, k))
    a.curve += b.curve


def _row(name: str, sc: eval_news.Score, n: int) -> str:
    r = eval_news._ratio
    eg, ef = sum(sc.ent_gold.values()), sum(sc.ent_found.values())
    rg, rf = sum(sc.rel_gold.values()), sum(sc.rel_found.values())
    return (f"| {name} ({n}) | {r(ef, eg)} ({ef}/{eg}) | {r(sc.nodes_outside, sc.nodes)} ({sc.nodes_outside}/{sc.nodes}) "
            f"| {r(rf, rg)} ({rf}/{rg}) | {r(sc.sent_right, sc.sent_pred)} ({sc.sent_right}/{sc.sent_pred}) "
            f"| {r(sc.sent_listed_right, sc.sent_listed)} ({sc.sent_listed_right}/{sc.sent_listed}) |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=("held", "dev"), default="held")
    ap.add_argument("--data", type=Path, default=eval_news.DATA)
    a = ap.parse_args()
    articles = [a.data / "articles.jsonl"]
    if not articles[0].exists():
        print(f"skipped: {articles[0]} not found", file=sys.stderr)
        return 0
    bench = Path(__file__).resolve().parent
    sets = [("news", a.data / "gold.jsonl", a.part)] + [
        (g, bench / f"{g}_{a.part}.jsonl", None) for g in GOLDS if (bench / f"{g}_{a.part}.jsonl").exists()]
    pool, total = eval_news.Score(), 0
    print("| gold | entity recall | nodes outside | relation recall | sentence-relation precision "
          "| the same, both ends listed |\n|---|---|---|---|---|---|")
    for name, path, frozen in sets:
        sc = _score(path, articles, frozen)
        n = sum(1 for g in eval_news.load_gold(path) if frozen is None or (eval_news.held_out(g["id"]) == (frozen == "held")))
        print(_row(f"{name} {a.part}", sc, n), flush=True)
        _add(pool, sc)
        total += n
    print(_row(f"pooled {a.part}", pool, total))
    r = eval_news._ratio
    print(f"\nconfidence curve of the pool (rel.* and name.* relations; recall of the {pool.curve_gold} listed):")
    print("| min-confidence | kept | precision | recall |\n|---|---|---|---|")
    for t in eval_news.THRESHOLDS:
        kept = [ok for _, c, ok in pool.curve if c >= t]
        print(f"| {t:.2f} | {len(kept)} | {r(sum(kept), len(kept))} | {r(sum(kept), pool.curve_gold)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
