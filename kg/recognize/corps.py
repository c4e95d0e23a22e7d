"""Units of the Xinjiang Production and Construction Corps written as an address: 新疆生产建设兵团|第十三师|火箭农场,
兵团第四师|六十二团、六十四团、七十三团. The corps' divisions and regiments are places a reader lists one by one
(Xinjiang's papers and national bulletins name them as they name counties); no gazetteer holds them, and the
model reads the whole address as one body or place.
"""
from __future__ import annotations

import re

from .base import Candidate, Scan

_FULL = "新疆生产建设兵团"
_CORPS = f"{_FULL}|兵团"
_DIVISION = "第[一二三四五六七八九十]{1,3}师"
_UNIT = "(?:[一二三四五六七八九十〇百]{1,4}团|[\u4e00-\u9fff]{2,4}?(?:农场|牧场))"
# the corps, then a division (maybe a unit); or a division and a unit in a text that names the corps
# (a division's city may stand between: 第八师石河子市一四三团)
_ADDRESS = re.compile(rf"({_CORPS})?({_DIVISION})(?:[\u4e00-\u9fff]{{2,4}}市)?(?:({_UNIT})(?![委长部员场]))?")
_MORE = re.compile(rf"、({_UNIT})(?![委长部员场])")  # not 团委, 团长


def corps_units(cands: list[Candidate], scan: Scan) -> list[Candidate]:
    """The corps' addresses as their parts, each a place (rule `corps.unit`); the candidates that run over
    more than one part give way."""
    text = scan.ctx.text
    if "兵团" not in text:
        return cands
    parts: list[tuple[int, int]] = []
    for m in _ADDRESS.finditer(text):
        if m.group(1) is None and m.group(3) is None:
            continue  # 第四师 alone: an army's division as often as the corps'
        parts += [m.span(g) for g in (1, 2, 3) if m.group(g) is not None]
        k = m.end()
        while m.group(3) is not None and (more := _MORE.match(text, k)) is not None:
            parts.append(more.span(1))  # 六十二团、六十四团、七十三团: the regiments of one division listed
            k = more.end()
    if not parts:
        return cands
    crossing = [c for c in cands if sum(c.start <= a and b <= c.end for a, b in parts) >= 2 or any(
        a < c.start < b or a < c.end < b for a, b in parts)]
    return [c for c in cands if c not in crossing] + [
        Candidate(a, b, "Place", "corps.unit", 4, canonical=_FULL if text[a:b] == "兵团" else None) for a, b in parts]
