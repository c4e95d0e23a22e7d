"""The short names companies go by: a brand and an industry word (格力电器, 中来光能, 上海锦江旅游)."""
from __future__ import annotations

import re

from .base import Candidate, Resources, Scan, proposer
from .generic import GENERIC, INDUSTRY, NOT_BRANDS

_INDUSTRY_RE = re.compile("|".join(sorted(INDUSTRY, key=len, reverse=True)))
_CJK_ONLY = re.compile("^[\u4e00-\u9fff]+$")
_NAME_CONTINUES = frozenset("公司集团厂产业行业企业板块领域项目技术设备材料园区基地中心局厅委部")
_NOT_BRAND_POS = frozenset({"m", "mq", "q", "p", "c", "r", "d", "u", "uj", "ul", "uz", "ug", "ud", "uv", "x", "f", "y", "e", "o", "zg"})


@proposer("brands")
def brand_names(res: Resources, scan: Scan) -> list[Candidate]:
    """The short names listed companies go by: a brand and an industry word, after a
    place or not (中来光能, 凯信节能, 上海锦江旅游, 格力电器, 蒙牛乳业).  The brand is
    no place (unless a place precedes it), no common word and no generic modifier
    (山西能源, 清洁能源, 新兴产业)."""
    ctx, place_end = scan.ctx, scan.place_end
    """The short names listed companies go by: a brand and an industry word, after a
    place or not (中来光能, 凯信节能, 上海锦江旅游, 格力电器, 蒙牛乳业).  The brand is
    no place (unless a place precedes it), no common word and no generic modifier
    (山西能源, 清洁能源, 新兴产业)."""
    out = []
    text = ctx.text
    for m in _INDUSTRY_RE.finditer(text):
        ind, e = m.start(), m.end()
        if not ctx.is_end(e) or e < len(text) and text[e] in _NAME_CONTINUES:
            continue
        for bs in (ind - 2, ind - 3):
            if bs < 0 or not ctx.is_start(bs):
                continue
            brand = text[bs:ind]
            if not _CJK_ONLY.match(brand) or brand in NOT_BRANDS or brand in GENERIC:
                continue
            place = place_end.get(bs)
            placed = place is not None and place.type == "Place"
            if not placed and (res.lex.place(brand) is not None or brand in res.world):
                continue
            whole = ctx.token_at(bs)
            if brand[-1] in "委局部厅会院所办处":  # 奥组委环保: a body, then a topic
                continue
            if whole is not None and whole.start == bs and whole.end == e:  # 格力电器: one word, a proper name
                ok = whole.pos in ("nz", "nt")
            else:
                toks = ctx.within(bs, ind)
                ok = bool(toks) and not any(
                    t.pos in _NOT_BRAND_POS and not (t.pos == "x" and _CJK_ONLY.match(t.text))  # 潍柴: unknown to jieba
                    or t.pos in ("v", "vn", "a", "ad") and len(toks) > 1
                    for t in toks
                ) and not (
                    len(toks) == 1 and toks[0].pos in ("n", "vn", "v", "a", "b", "an")  # 科技创新能源: words, not a brand
                )
            if ok:
                out.append(Candidate(place.start if placed and place is not None else bs, e, "Enterprise", "brand.enterprise", 2))
                break
    return out
