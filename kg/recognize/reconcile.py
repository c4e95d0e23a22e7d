"""How the model's spans and the rules' names are reconciled: the model never crosses a rule name, and a sure model
span sets the left edge of a suffix rule's name that ends where it does (`kg.recognize.model` checks the spans first)."""
from __future__ import annotations

import re

from .base import Candidate
from .context import NAME_VERBS, STOP_WORDS, Context
from .events import EDITION
from .model import SURE_MARGIN

_OVERSHOOT_POS = frozenset({"t", "tg", "m", "mq", "q", "r", "p", "c", "d", "eng", "x", "f", "u", "uj", "ul"})


def uncrossed(model: list[Candidate], rules: list[Candidate]) -> list[Candidate]:
    """The model's spans that cross no rule name (a span starting inside 太忻一体化经济区大孟产业新城
    and running past it is an address the model read too far)."""
    max_end: dict[int, int] = {}
    min_start: dict[int, int] = {}
    for c in rules:
        if c.standalone and c.priority >= 2:
            max_end[c.start] = max(max_end.get(c.start, 0), c.end)
            min_start[c.end] = min(min_start.get(c.end, c.end), c.start)
    if not max_end:
        return list(model)  # (no rule name to cross: most texts)
    out = []
    for c in model:
        crossed = any(max_end.get(k, 0) > c.end or min_start.get(k, k) < c.start for k in range(c.start + 1, c.end))
        if not crossed:
            out.append(c)
    return out


def defer_left_edges(rules: list[Candidate], model: list[Candidate], ctx: Context) -> list[Candidate]:
    """Rules and model spans together, less the suffix-rule names that the model ends
    at the same character but starts later: walking left from a suffix overshoots
    (本报讯招商银行, 曼谷一家报社), the model reads the left edge in context, unless
    a place or another model name ends where the model's starts (太原 + 理工大学)."""
    starts: dict[int, tuple[int, float, str]] = {}
    ends = {c.end for c in model} | {c.end for c in rules if not c.rule.startswith("suffix.")}  # a name right before: the model split a long one
    for c in model:
        if c.start not in ends:  # a model name right before it: the model split a long name
            starts[c.end] = max(starts.get(c.end, (-1, 0.0, "")), (c.start, c.margin, c.type))
    kept = []
    for c in rules:
        start, margin, typ = starts.get(c.end, (-1, 0.0, ""))
        # a sure model of the same type (会员单位[华谊兄弟传媒股份有限公司]) or a word no name starts with ([现在]博彩公司)
        if c.rule.startswith("suffix.") and start > c.start and ctx.is_start(start) and not _edition(c, ctx.text[c.start : start]) and (
            margin >= SURE_MARGIN and typ == c.type or _overshoots(ctx, c.start, start)
        ):
            continue
        kept.append(c)
    return kept + model


def _edition(c: Candidate, head: str) -> bool:
    """What the model left out of an event's name is its edition (第七届, 2024年): part of the name."""
    return c.type == "Event" and re.fullmatch(EDITION, head) is not None


def _overshoots(ctx: Context, start: int, end: int) -> bool:
    """[start, end) holds a word no name starts with: a time, a number, a pronoun,
    a preposition, a verb other than those inside names, a Latin token (vs)."""
    if not ctx.is_start(end):  # the model starts inside a word: trust the rule
        return False
    for t in ctx.within(start, end):
        if t.text in STOP_WORDS or t.pos in _OVERSHOOT_POS or t.pos == "v" and t.text not in NAME_VERBS:
            return True
    return False
