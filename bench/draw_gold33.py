"""Draw the 24 articles of the thirty-third news gold (bench/news_gold33_*.jsonl).

Reproducible, exactly as the fourth gold (bench/draw_gold4.py: its pool, order, per-province limit and
frozen held/dev split) with the seed 20261233, every earlier gold excluded, and the draw of the thirty-second gold (annotated beside it) by its ids:
`draw_gold4.paired(33)`.  Prints one id a line with its held/dev split, the text length and the title.

usage: python bench/draw_gold33.py [--articles PATH] [--gold PATH ...]
"""

import draw_gold4

if __name__ == "__main__":
    draw_gold4.paired(33)
