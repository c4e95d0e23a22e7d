"""Foreign places, regions, landmarks and international bodies (kg/data/world.tsv): their names on word
boundaries or heading a noun (中国国情, 美国式)."""
from __future__ import annotations

import functools
import re
from collections.abc import Container

from ..types import Mention
from .abbreviations import INSIDE_NAMES, RELATION_AFTER, world_countries
from .base import Candidate, Resources, Scan
from .context import Context
from .generic import COMPASS_REGIONS
from .resolve import grown_left

_HEADED_POS = frozenset({"n", "nz", "ns", "nt", "j", "l", "b"})
_NR_LIKE = re.compile(r"nr")
_LONG = 6  # a name this long is that name wherever it starts
_REGION_WORDS = ("地区", "流域")


@functools.cache
def world_names() -> dict[str, str]:
    """Foreign places, regions, landmarks and international organisations (kg/data/world.tsv): name -> type
    (read once per process: the segmenter's words and the recogniser's automaton both take it; callers do not change it)."""
    from ..lexicon import _data_path

    out: dict[str, str] = {}
    for line in _data_path("world.tsv", None).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, typ = line.partition("\t")
            out[name.strip()] = typ.strip() or "Place"
    return out


# world names that also read as two one-character country names (中+欧)
_TWO_COUNTRIES = frozenset({"中欧", "中非", "中亚"})


def world(res: Resources, scan: Scan) -> list[Candidate]:
    """Names from world.tsv on word boundaries, or heading a noun (中国国情, 美国式).

    Below the model in priority: 利物浦 the club, 巴西 the team are its call."""
    ctx, hits = scan.ctx, scan.hits
    out = []
    # 法国巴黎, 沙特利雅得: the segmenter may join a country and its city into one word; a name
    # starting right where another foreign place ends starts a word of its own
    after_place = {e for _, e, kind, _ in hits if kind in ("world", "place")}  # (青海|柴达木盆地: one token to the segmenter)
    for s, e, kind, key in hits:
        if kind not in ("world", "intl", "work") or not (ctx.is_start(s) or s in after_place and ctx.is_end(e) or e - s >= _LONG and ctx.is_end(e)):
            continue  # (共建成渝地区双城经济圈: a long name whose first character the segmenter glued to a verb, 建成)
        if key in _TWO_COUNTRIES and (ctx.text[e : e + 2] in RELATION_AFTER or ctx.text[e : e + 2] in INSIDE_NAMES):
            continue  # 中欧班列, 中欧关系: China and Europe (abbreviations), not Central Europe
        if any(ctx.text[s : e + k] in COMPASS_REGIONS for k in (1, 3)):
            continue  # 中东[部]雨雪, 中东[部地区]: the middle and east of the country, not the Middle East
        tok = ctx.token_at(s)
        if ctx.is_end(e) or kind == "world" and tok is not None and tok.pos in _HEADED_POS and not _NR_LIKE.match(tok.pos):
            # an international body by its name (世界银行) is that body whatever a suffix says (银行: a company);
            # a foreign place stays below the model (利物浦 the club)
            region = res.world[key] == "Place" and ctx.text.startswith(_REGION_WORDS, e) and ctx.is_end(e + 2)
            quoted = kind == "work" and ctx.text[s - 1 : s] in "“\"" and s > 0 and ctx.text[e : e + 1] in "”\"" and e < len(ctx.text)
            out.append(Candidate(s - quoted, e + 2 * region + quoted, res.world[key], "gazetteer.world", 0 if kind == "world" else 3,
                                 canonical=key if region or quoted else None))  # (“西电东送”: a work quoted whole, as written)
            # (华北地区, 中东地区, 淮河流域: the region or basin, named with 地区 or 流域; its name without it is the canonical one)
            if (organ := _organ_after(ctx, key, e)) is not None:
                out.append(Candidate(s, organ, "GovernmentBody", "world.state-organ", 3))
            elif res.world[key] == "Organization" and ctx.text.startswith("秘书处", e) and ctx.is_end(e + 3):
                out.append(Candidate(s, e + 3, "Organization", "world.secretariat", 3))  # 上合组织秘书处: its secretariat
    return out


def _organ_after(ctx: Context, country: str, e: int) -> int | None:
    """The end of a state organ named right after a foreign country's name (保加利亚[国民议会], 马来西亚[联邦政府]), on a
    word's end; not China's own (中国政府: the state, as its own news names it)."""
    if country == "中国" or country not in world_countries().get(country[:1], ()):
        return None
    m = _ORGAN_AFTER.match(ctx.text, e)
    return m.end() if m is not None and ctx.is_end(m.end()) else None


# what follows a country's name in the name of one of its state organs (利比亚总统委员会, 苏丹主权委员会,
# 法国国民议会, 美国国会参议院, 巴西联邦政府): a government body, whatever the model typed it
_ORGAN = (
    r"(?:(?:总统|主权|过渡|国家|政府|部长|内阁|执政|最高)[\u4e00-\u9fff]{0,6}(?:委员会|理事会)|(?:国民|联邦|最高|人民|全国)?议会"
    r"|国会(?:参议院|众议院)?|参议院|众议院|上议院|下议院|内阁|(?:联邦|中央|临时|过渡)?政府|总统府)")
_STATE_ORGAN = re.compile(_ORGAN + "$")
_ORGAN_AFTER = re.compile(_ORGAN)


def state_organ(name: str) -> bool:
    """name is a foreign country's name and then one of its state organs."""
    return any(name.startswith(c) and _STATE_ORGAN.fullmatch(name, len(c)) is not None for c in world_countries().get(name[:1], ()))


_PAIR_DASHES = "—－-"


def dashed_pairs(mentions: list[Mention], text: str, world: Container[str]) -> list[Mention]:
    """A name written after a foreign place or China and one dash is named with it (中国—东盟自由贸易区,
    中国—东盟人工智能创新合作中心): the place before the dash opens the name and is nested in it (not a world name
    alone after the dash: 中国-[东盟]信息港 keeps what it has; not two countries, 中国-[沙特]; not after ——, which opens an
    apposition)."""
    def joins(head: Mention, m: Mention) -> bool:
        countrys = m.text in world or any(m.text.startswith(c) for c in world_countries().get(m.text[:1], ()))
        return m.type != "Person" and m.rule != "gazetteer.world" and text[m.start - 1] in _PAIR_DASHES and text[m.start - 2 : m.start] != "——" and not countrys

    heads = {m.end + 1: m for m in mentions if not m.nested and m.rule == "gazetteer.world" and m.type == "Place"}
    return grown_left(mentions, heads, joins, text)


NATIONAL_REGIONS = ("地区", "东北")


def regions_inside(named: list[Candidate], places: list[Candidate], text: str) -> list[Candidate]:
    """A national region written right after a division of the gazetteer (`places`) is a part of that division, not the
    region (贵州|西部地区, 吉林|东北地区): dropped from the world's names."""
    ends = {c.end for c in places}
    return [c for c in named if not (c.type == "Place" and c.start in ends and text[c.start : c.end].endswith(NATIONAL_REGIONS))]
