"""Foreign places, regions, landmarks and international bodies (kg/data/world.tsv): their names on word
boundaries or heading a noun (中国国情, 美国式)."""
from __future__ import annotations

import re

from .abbreviations import INSIDE_NAMES, RELATION_AFTER
from .base import Candidate, Resources, Scan
from .generic import COMPASS_REGIONS

_HEADED_POS = frozenset({"n", "nz", "ns", "nt", "j", "l", "b"})
_NR_LIKE = re.compile(r"nr")
_LONG = 6  # a name this long is that name wherever it starts


def world_names() -> dict[str, str]:
    """Foreign places, regions, landmarks and international organisations (kg/data/world.tsv): name -> type."""
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
    after_place = {e for _, e, kind, _ in hits if kind == "world"}
    for s, e, kind, key in hits:
        if kind not in ("world", "intl") or not (ctx.is_start(s) or s in after_place and ctx.is_end(e) or e - s >= _LONG and ctx.is_end(e)):
            continue  # (共建成渝地区双城经济圈: a long name whose first character the segmenter glued to a verb, 建成)
        if key in _TWO_COUNTRIES and (ctx.text[e : e + 2] in RELATION_AFTER or ctx.text[e : e + 2] in INSIDE_NAMES):
            continue  # 中欧班列, 中欧关系: China and Europe (abbreviations), not Central Europe
        if any(ctx.text[s : e + k] in COMPASS_REGIONS for k in (1, 3)):
            continue  # 中东[部]雨雪, 中东[部地区]: the middle and east of the country, not the Middle East
        tok = ctx.token_at(s)
        if ctx.is_end(e) or kind == "world" and tok is not None and tok.pos in _HEADED_POS and not _NR_LIKE.match(tok.pos):
            # an international body by its name (世界银行) is that body whatever a suffix says (银行: a company);
            # a foreign place stays below the model (利物浦 the club)
            out.append(Candidate(s, e, res.world[key], "gazetteer.world", 3 if kind == "intl" else 0))
    return out
