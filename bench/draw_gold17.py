"""Draw the 24 articles of the seventeenth news gold (bench/news_gold17_*.jsonl).

Reproducible, exactly as the fourth to sixteenth golds (bench/draw_gold4.py,
whose helpers are imported) with another seed, the fifteenth gold excluded as
well, and the sixteenth gold's draw (bench/draw_gold16.py, annotated at the same
time) excluded by its ids.  Pool, order and the per-province limit as in
draw_gold4.  Prints one id a line with its held/dev split (held =
int(sha1(id).hexdigest(), 16) % 3 == 0), the text length and the title.

usage: python bench/draw_gold17.py [--articles PATH] [--gold PATH ...]
"""

import draw_gold4
import draw_gold16

SEED = 20261217
GOLDS = draw_gold4.golds(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)


def sixteenth(articles_path: str, gold_paths: list[str]) -> frozenset[str]:
    """The ids of the sixteenth gold's draw (drawn from the same pool without the seventeenth's seed)."""
    return frozenset(a["id"] for a in draw_gold16.draw(articles_path, [p for p in gold_paths if "gold16" not in p]))


def draw(articles_path: str, gold_paths: list[str], seed: int = SEED) -> list[dict]:
    return draw_gold4.draw(articles_path, gold_paths, seed, sixteenth(articles_path, gold_paths))


if __name__ == "__main__":
    draw_gold4.cli(__doc__, SEED, GOLDS, sixteenth)
