"""The lookups the model spans' checks (`kg.recognize.model.tagged`) read from a text's gazetteer: its hits by kind, built
in one pass over them, the divisions' spans, and whether a span is a run of divisions (山西省沁源县, 安徽省南部黄山市)."""
from __future__ import annotations

import re
from collections.abc import Sequence

from .base import Hit, Scan
from .context import Context

_LINKS = ("联合", "携手", "会同")  # verbs of joining after a department (中央广播电视总台联合外交部: two bodies)


def hit_lookups(ctx: Context, hits: Sequence[Hit], suffix_types: dict[str, str]) -> tuple[
    set[int], set[int], dict[int, int], dict[int, tuple[int, str]], set[int], dict[int, int]
]:
    """(the ends of departments and suffixes, those of departments a verb of joining follows, work names' starts by
    their ends, suffixes' (start, key) by their ends, posts' starts, the ends of legal forms of companies by their
    starts, where a token ends too): what `tagged` looks up, in one pass over the hits."""
    named_ends: set[int] = set()
    linked: set[int] = set()
    post_starts: set[int] = set()
    work_at: dict[int, int] = {}
    suffix_at: dict[int, tuple[int, str]] = {}
    legal: dict[int, int] = {}
    for a, b, kind, key in hits:
        if kind == "suffix":
            named_ends.add(b)
            suffix_at[b] = (a, key)
            if suffix_types[key] == "Enterprise" and len(key) >= 2 and ctx.is_end(b):
                legal[a] = b
        elif kind == "dept":
            named_ends.add(b)
            if ctx.text.startswith(_LINKS, b):
                linked.add(b)
        elif kind == "post":
            post_starts.add(a)
        elif kind == "work":
            work_at[b] = a
    return named_ends, linked, work_at, suffix_at, post_starts, legal


def _gazetteer_spans(scan: Scan) -> tuple[dict[int, list[int]], dict[int, list[int]]]:
    """The gazetteer's places of a text: start -> their ends, and end -> their starts."""
    division_spans: dict[int, list[int]] = {}
    division_starts: dict[int, list[int]] = {}
    for c in scan.places:
        if c.rule.startswith("gazetteer."):
            division_spans.setdefault(c.start, []).append(c.end)
            division_starts.setdefault(c.end, []).append(c.start)
    return division_spans, division_starts


def _by_start(spans: set[tuple[int, int]]) -> dict[int, list[int]]:
    """The ends of the spans that start at each offset (built once per text for _tiled)."""
    out: dict[int, list[int]] = {}
    for s, e in spans:
        out.setdefault(s, []).append(e)
    return out


_COMPASS_PART = re.compile("(?:东南|东北|西南|西北|东|南|西|北|中)部")


def _tiled_across(text: str, start: int, end: int, spans: set[tuple[int, int]], by_start: dict[int, list[int]]) -> bool:
    """[start, end) is a division, a part of it by the compass and the divisions in that part (安徽省|南部|黄山市): places."""
    for k in by_start.get(start, ()):
        if (part := _COMPASS_PART.match(text, k)) is not None and part.end() < end and ((part.end(), end) in spans or _tiled(part.end(), end, spans, by_start)):
            return True
    return False


def _tiled(start: int, end: int, spans: set[tuple[int, int]], by_start: dict[int, list[int]]) -> bool:
    """[start, end) is a concatenation of two or more spans. Walks only the spans inside
    [start, end) (by_start = _by_start(spans)), so a text's model spans cost time in
    proportion to the text, not to the text times its places."""
    if (start, end) in spans or end <= start:
        return end == start and (start, end) not in spans
    seen = {start}
    todo = [start]
    while todo:
        for e in by_start.get(todo.pop(), ()):
            if e == end:
                return True
            if e < end and e not in seen:
                seen.add(e)
                todo.append(e)
    return False
