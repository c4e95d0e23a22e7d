"""A model place read across two places and what lies between them that no place's name holds (河北 新疆, 宁夏—湖南,
陕西引汉济渭工程秦岭, 河北雄安至山西忻州, 甘肃境内黄河): no name, but the places inside it, each a name of its own."""
from __future__ import annotations

import re

from ..types import Mention, replace

# what lies between two places inside a span the model read as one place, and makes two names of it: a space, a dash,
# 至 (from … to), a work's or a park's head, 境内, a section, a verb of a route or of a plan (1,200 articles' model places)
_APART = re.compile(r"\s|—|-|至|到|工程|线路|项目|公园|境内|段|起|发展")


def unglued(mentions: list[Mention]) -> list[Mention]:
    """The mentions without each model place that holds two places or more apart (`_APART`), those inside it made
    top-level where no other mention holds them."""
    dropped = [m for m in mentions if m.type == "Place" and m.rule == "crf" and not m.nested and _apart(m, mentions)]
    if not dropped:
        return mentions
    inside = [m for m in mentions if m not in dropped and m.nested and any(d.start <= m.start and m.end <= d.end for d in dropped)]
    crossing: list[Mention] = []
    for m in sorted(inside, key=lambda x: (x.start, -x.end)):
        if any(o.start < m.start < o.end < m.end for o in inside if o not in crossing and o is not m):
            crossing.append(m)  # 山西|吉县 read as 山|西吉县 inside the span: the reading crossing the one before is none
    kept = [m for m in mentions if m not in dropped and m not in crossing]
    out: list[Mention] = []
    for m in kept:
        if m in inside:
            m = replace(m, nested=any(o is not m and o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start) for o in kept))
        out.append(m)
    return out


def _apart(m: Mention, mentions: list[Mention]) -> bool:
    if not _APART.search(m.text):
        return False  # (most model places: nothing that parts two places in their text, so none between two inside it)
    inner = sorted((n for n in mentions if n.nested and n.type == "Place" and m.start <= n.start and n.end <= m.end and (n.start, n.end) != (m.start, m.end)),
                   key=lambda n: n.start)
    firsts = [n for i, n in enumerate(inner) if not any(o.start <= n.start and n.end <= o.end and o is not n for o in inner)]
    if len(firsts) < 2:
        return False
    return any(_APART.search(m.text[a.end - m.start : b.start - m.start]) for a, b in zip(firsts, firsts[1:]) if b.start > a.end)
