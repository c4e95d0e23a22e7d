"""Draw the 24 articles of the thirty-second news gold (bench/news_gold32_*.jsonl).

Reproducible, exactly as the fourth gold (bench/draw_gold4.py: its pool, order, per-province limit and
frozen held/dev split) with the seed 20261232, every earlier gold excluded:
`draw_gold4.paired(32)`.  Prints one id a line with its held/dev split, the text length and the title.

usage: python bench/draw_gold32.py [--articles PATH] [--gold PATH ...]
"""

import draw_gold4

if __name__ == "__main__":
    draw_gold4.paired(32)
