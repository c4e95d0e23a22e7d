"""Landmarks named after the division they stand in: 北京[人民大会堂], 锦州[东湖森林公园], 上海[人民广场];
and divisions or zones read as one place with the address before them: 甘肃[兰州新区].

News writes a landmark's city before it as an address (在北京人民大会堂举行, 锦州东湖森林公园位于…),
and a reader lists the landmark by its own name, in that city. A body or a zone keeps its division:
湖南省博物馆, 深圳会展中心, 苏州工业园区 are registered so (no venue head here names them).
"""
from __future__ import annotations

from dataclasses import replace

from ..lexicon import Lexicon
from ..types import Mention
from .base import Resources, Scan
from .places import chain, hits_by_start

# heads of places people gather at or visit, whose names do not hold their city
_VENUE_HEADS = ("大会堂", "会堂", "礼堂", "国宾馆", "宾馆", "公园", "广场", "度假区", "景区", "风景区", "滑雪场", "街", "大街", "大道", "巷")
_MIN_REST = 3  # 人民大会堂, 首钢园区; 北京公园 is one name
_BODIES = ("Enterprise", "Organization", "GovernmentBody")


def venues(mentions: list[Mention], res: Resources, scan: Scan) -> list[Mention]:
    """Each place mention of a venue led by divisions, each inside the one before (`places.chain`),
    split into those divisions (places of their own) and the venue."""
    starts: dict[int, list[tuple[int, str, str]]] | None = None  # the gazetteer's places by start, read once
    out: list[Mention] = []
    address: list[tuple[int, int]] = []  # the spans of the divisions split off
    split: set[tuple[int, int]] = set()  # and of what is left
    for m in mentions:
        parts = []
        if m.type == "Place" and not m.nested:
            starts = hits_by_start(scan, ("place",)) if starts is None else starts
            parts = _kept(m, scan.ctx.text, starts, res) if m.start in starts else []
        if not parts:
            out.append(m)
            continue
        at = m.start
        for a, b, full in parts:
            out.append(replace(m, start=a, end=b, text=m.text[a - m.start : b - m.start], rule="venue.address", canonical=full, generic=False))
            at = b
        address.append((m.start, at))
        split.add((at, m.end))
        out.append(replace(m, start=at, text=m.text[at - m.start :], rule="venue." + m.rule))
    if not address:
        return out
    # a place nested in the venue's name before is now a mention of its own
    return [m for m in out if not (m.nested and ((m.start, m.end) in split or any(a <= m.start and m.end <= b for a, b in address)))]


def _kept(m: Mention, text: str, starts: dict[int, list[tuple[int, str, str]]], res: Resources) -> list[tuple[int, int, str | None]]:
    """The longest run of divisions opening m that leaves a venue or a division's own name
    (河北|鹿泉经济开发区, not 河北鹿泉|经济开发区); [] if none does."""
    for k in range(m.end - _MIN_REST, m.start + 1, -1):
        parts = chain(res, text, starts, m.start, k, None)
        rest = text[k : m.end]
        if parts and (_venue(rest) and not _of_body(rest, res.lex) or _division(rest, res.lex)):
            return parts
    return []


def _venue(name: str) -> bool:
    """name is a venue's: its head and two characters or more of its own before it (东湖|宾馆; not 五台|山景区)."""
    head = max((h for h in _VENUE_HEADS if name.endswith(h)), key=len, default="")
    return bool(head) and len(name) - len(head) >= 2


def _of_body(name: str, lex: Lexicon) -> bool:
    """A body's name runs into the venue's (山西白求恩医院门诊楼前广场): the square is the body's, no landmark."""
    return any(len(suffix) >= 2 and typ in _BODIES and suffix in name for suffix, typ, _ in lex.suffixes)


def _division(name: str, lex: Lexicon) -> bool:
    """name is the full name of a division or a zone (兰州新区 of 甘肃兰州新区)."""
    return any(lex.divisions[c].name == name for c in lex.by_name.get(name, ()))
