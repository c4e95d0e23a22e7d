"""Landmarks named after the division they stand in: 北京[人民大会堂], 锦州[东湖森林公园], 上海[人民广场];
and divisions or zones read as one place with the address before them: 甘肃[兰州新区].

News writes a landmark's city before it as an address (在北京人民大会堂举行, 锦州东湖森林公园位于…),
and a reader lists the landmark by its own name, in that city. A body or a zone keeps its division:
湖南省博物馆, 深圳会展中心, 苏州工业园区 are registered so (no venue head here names them).
"""
from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..types import Mention, replace
from .base import Resources, Scan
from .context import STOP_WORDS
from .places import chain, hits_by_start

# heads of places people gather at or visit, whose names do not hold their city
_VENUE_HEADS = ("大会堂", "会堂", "礼堂", "国宾馆", "宾馆", "公园", "广场", "度假区", "景区", "风景区", "滑雪场", "街", "大街", "大道", "巷", "遗址", "墓地", "墓葬群", "古墓群")
# a rank of designation a protected area, park or zone is named with after its place (张家界[国家]森林公园,
# 贺兰山[国家级]自然保护区): what follows it is the kind, not a name of its own
DESIGNATION = re.compile(r"(?:国家|国家级|省级|市级|世界)(?!级?[\u4e00-\u9fff]{0,2}(?:局|部|委|院|署|办|中心)$)")
_NAME_WORD = re.compile(r"[\u4e00-\u9fff]+")
_LANDFORMS = frozenset("湖山江河海岛峰湾溪泉")
_MIN_REST = 3  # 人民大会堂, 首钢园区; 北京公园 is one name
_BODIES = ("Enterprise", "Organization", "GovernmentBody")


def venues(mentions: list[Mention], res: Resources, scan: Scan) -> list[Mention]:
    """Landmarks split from the divisions before them (`_split`), designated areas joined to the place they are
    named after (`designated`)."""
    return designated(_split(mentions, res, scan), scan, res.lex)


def designated(mentions: list[Mention], scan: Scan, lex: Lexicon) -> list[Mention]:
    """A place mention that is only a designation and a kind (国家湿地公园, 国家现代农业示范区) right after the
    place it is named after, maybe with the words of a smaller place between (海珠|国家湿地公园, 曲水|才纳|
    国家现代农业示范区), or a designated area right after its city or county (三门峡|天鹅湖国家城市湿地公园, 都昌|候鸟
    自然保护区: the dev parts' readers name 4 of 4 so): one name from that place on; the place is nested in it."""
    text = scan.ctx.text
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.type != "Place" or m.nested or i == 0 or not (DESIGNATION.match(m.text) or _designated_after(out[i - 1], m, lex)):
            continue
        prev = out[i - 1]
        gap = text[prev.end : m.start]
        if prev.type != "Place" or prev.nested or len(gap) > 4 or any(t.text in STOP_WORDS or not _NAME_WORD.fullmatch(t.text) for t in scan.ctx.within(prev.end, m.start)):
            continue
        out[i] = replace(m, start=prev.start, text=text[prev.start : m.end], canonical=None)
        out[i - 1] = replace(prev, nested=True)
    return out


def _designated_after(prev: Mention, m: Mention, lex: Lexicon) -> bool:
    """m, a designated area (a designation inside its name, or a nature reserve), comes right after a city or county."""
    return (prev.end == m.start and prev.type == "Place" and (DESIGNATION.search(m.text, 2) is not None or m.text.endswith("自然保护区"))
            and any(lex.divisions[c].level in ("city", "county") for c in lex.by_name.get(prev.canonical or prev.text, ())))


def _split(mentions: list[Mention], res: Resources, scan: Scan) -> list[Mention]:
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
            if len(parts) == 1 and _far_county(parts[0], scan, res):
                parts = []  # [福山]郊野公园 in a paper of Fujian: no county 福山区 of Shandong, the park's own name
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
        if rest[0] in _LANDFORMS and not _division(rest, res.lex):
            continue  # 东安|湖体育公园: the division's name and a lake's character name the lake (东安湖) the park is named after
        if parts and (_venue(rest) and not _of_body(rest, res.lex) or _division(rest, res.lex) or _community(rest)):
            if DESIGNATION.search(rest):  # 河南|三门峡天鹅湖国家城市湿地公园: a designated area keeps its city, not its province
                return parts[:1] if _province(res.lex, text[parts[0][0] : parts[0][1]]) else []
            return parts
    return []


def _province(lex: Lexicon, name: str) -> bool:
    return any(lex.divisions[c].level == "province" for c in lex.by_name.get(name, ()))


def _far_county(part: tuple[int, int, str | None], scan: Scan, res: Resources) -> bool:
    """A venue's address that is only the short form of a county outside the paper's province, which no
    province or city before it places (a county's short form is often a word or a landmark's own name), or one that
    the division written right before it does not hold."""
    a, b, full = part
    codes = res.lex.by_name.get(scan.ctx.text[a:b], ())
    before = scan.place_end.get(a)
    if before is not None and before.rule.startswith("gazetteer") and codes:
        outer = res.lex.by_name.get(scan.ctx.text[before.start : a], ())
        # 河南南阳市|[黄山]新石器时代遗址: no 黄山 inside 南阳市, the site's own name
        return not any(o in {d.code for d in res.lex.ancestors(c)} for c in codes for o in outer)
    if full is None or full == scan.ctx.text[a:b] or not codes:
        return False
    return all(res.lex.divisions[c].level not in ("province", "city") and c[:2] != scan.home for c in codes)


def _venue(name: str) -> bool:
    """name is a venue's: its head and two characters or more of its own before it (东湖|宾馆; not 五台|山景区),
    and two characters or more of its own before a designation (not 张家界|国家森林公园, 饶河|源国家湿地公园: the park
    is named after the place)."""
    head = max((h for h in _VENUE_HEADS if name.endswith(h)), key=len, default="")
    designated = DESIGNATION.search(name)
    return bool(head) and len(name) - len(head) >= 2 and not (designated is not None and designated.start() < 2)


def _community(name: str) -> bool:
    """name is a community's or a village's, two characters or more before its head (天山区|固原巷社区, 柏桥村 is no
    address's rest: 柏桥 is two)."""
    return name.endswith(("社区", "村")) and len(name.removesuffix("社区").removesuffix("村")) >= 2 and not name.endswith(("农村", "乡村", "新农村"))


def _of_body(name: str, lex: Lexicon) -> bool:
    """A body's name runs into the venue's (山西白求恩医院门诊楼前广场): the square is the body's, no landmark."""
    return any(len(suffix) >= 2 and typ in _BODIES and suffix in name for suffix, typ, _ in lex.suffixes)


def _division(name: str, lex: Lexicon) -> bool:
    """name is the full name of a division or a zone (兰州新区 of 甘肃兰州新区)."""
    return any(lex.divisions[c].name == name for c in lex.by_name.get(name, ()))
