"""Draw the 24 articles of the sixteenth news gold (bench/news_gold16_*.jsonl).

Reproducible, exactly as the fourth to fifteenth golds (bench/draw_gold4.py,
whose helpers are imported; bench/draw_gold5.py, bench/draw_gold6.py … draw_gold15.py) with
another seed and the fifteenth gold excluded as well.  Pool: articles of articles.jsonl that are in
none of gold.jsonl, bench/news_gold{2,...,15}_*.jsonl, that are not in the unseen pool (bench/draw_unseen.py in_pool), whose text
contains at least two distinct scope keywords (draw_gold4.KEYWORDS) and whose
title names no Shanxi place (draw_gold3.SHANXI): draw_gold4.eligible.
Bulletins (title 国内联播快讯) are drawn only if the other articles run out.
Order: random.Random(20261216).shuffle(sorted non-bulletin ids), then the
bulletins shuffled by the same generator; articles are taken in that order,
skipping one whose title names a province already named by 3 taken titles
(draw_gold4.PER_PROVINCE), until 24 are taken.  Prints one id a line with its
held/dev split (held = int(sha1(id).hexdigest(), 16) % 3 == 0), the text
length and the title.

usage: python bench/draw_gold16.py [--articles PATH] [--gold PATH ...]
"""

import draw_gold4

SEED = 20261216
GOLDS = draw_gold4.golds(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)


def draw(articles_path: str, gold_paths: list[str], seed: int = SEED) -> list[dict]:
    return draw_gold4.draw(articles_path, gold_paths, seed)


if __name__ == "__main__":
    draw_gold4.cli(__doc__, SEED, GOLDS)
