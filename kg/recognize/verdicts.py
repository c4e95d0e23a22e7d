"""Two clubs the model read as one name across a match report's verdict or line (尤文[恐负]弱旅马拉加, 泽尼特[半球]可捧…): the
clubs on either side of it, each a name of its own."""
from __future__ import annotations

import re

from .context import Context
from .world import _about_match

# what the lottery pages write between two sides, or right after the side they tip: a verdict on the match (恐负, 力擒, 逼平)
# and the line of the odds (半球, 球半, 平半 …), from the pages' own vocabulary of tips and handicaps; the side after a verdict
# may be named with how strong it is (弱旅, 劲旅, 强敌, 升班马)
_VERDICTS = ("恐负", "力擒", "力克", "难胜", "难敌", "不敌", "负于", "逼平", "战平", "完胜", "险胜", "击败", "战胜", "迎战", "对阵",
             "专克", "作胆", "博平", "无平")  # (罗马|专克|莱切, 维拉利|博平|皇马: a tip on the side before, the side after it)
_LINES = ("半球", "球半", "平半", "半一", "一球", "受让", "让球", "让平")
_WORD = re.compile("|".join(_VERDICTS + _LINES))
_EPITHETS = ("弱旅", "劲旅", "强敌", "强队", "升班马", "黑马")

Span = tuple[int, int, str, float]


def sides(ctx: Context, spans: list[Span]) -> list[Span]:
    """Organization spans of a text about a match cut at a verdict or a line inside them that starts a word (after two
    characters at least): the side before it, and after a verdict the side after it (past an epithet), when two characters at least."""
    text = ctx.text
    if not any(t == "Organization" and _WORD.search(text, s + 2, e) for s, e, t, _ in spans) or not _about_match(text):
        return spans
    out = []
    for s, e, t, margin in spans:
        m = _WORD.search(text, s + 2, e) if t == "Organization" else None
        if m is None or not ctx.is_start(m.start()):  # (中共二十|大胜|利: no verdict inside a word)
            out.append((s, e, t, margin))
            continue
        out.append((s, m.start(), t, margin))
        after = m.end() + next((len(w) for w in _EPITHETS if text.startswith(w, m.end())), 0)
        if m.group() in _VERDICTS and e - after >= 2:
            out.append((after, e, t, margin))
    return out
