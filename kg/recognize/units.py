"""A unit named after the body it belongs to is a body of that body's kind.

A bank's branch and card centre, a company's research or public-relations department, are written after the
company's name (招行|信用卡中心, 建行|上海分行, 民生银行|信用卡中心, 美联物业|市场研究部): the unit is named whole, and is a
company's (CLUENER's non-held sentences label 41 of 44 such units after a company Enterprise). (CLUENER also labels
a ministry's centre or division, 农业部|农村经济研究中心, a government body, 18 of 20; the news readers list those as
organisations, 文化和旅游部|数据中心, and the graph's convention is kg ner's.)
"""
from __future__ import annotations

import re
from dataclasses import replace

from .base import Candidate, Scan

# what a company's unit is called, right after the company's name (or its branch's)
_COMPANY_UNIT = re.compile("信用卡中心|信用卡部|银行卡中心|银行卡部|客服中心|市场研究部|研究部|市场部|公关部|拍卖行")
_BRANCHES = ("分行", "支行")
# a company's arm in a country or region, its region in brackets after the company's name (渣打银行（中国）, 花旗银行（中国）的借记卡):
# one company, the arm (CLUENER's non-held sentences label 6 of 6 so where no legal form follows; with one, 韩亚银行（中国）有限公司,
# the suffix rule reads the legal name whole)
_REGION_ARM = re.compile(r"[（(](?:中国|香港|澳门|台湾|亚洲|亚太|大中华区)[）)]")
# the same arm named by a short name with its region glued on (花旗中国, 宜家中国, 佳士得香港, 福汇亚洲: CLUENER's non-held sentences
# label 5 of the 8 they write so whole, the short name alone 3 times), a word of its own, not the region's market or a place in it (苹果中国市场, 宜家中国区, 渣打香港分行: 区, 分行 follow)
_GLUED_ARM = re.compile(r"(?:中国|香港|澳门|台湾|亚洲|亚太区|大中华区)(?![\u4e00-\u9fff]{0,2}(?:市场|地区|区|分行|支行|分公司|境内|大陆|内地|业务))")
_LEGAL_HEADS = ("公司", "集团", "银行", "行", "股份", "控股")


def company_units(cands: list[Candidate], scan: Scan) -> list[Candidate]:
    """`cands`, with a company's unit written right after its name named whole as an Enterprise (建行|上海分行,
    招行|信用卡中心, 苏富比|拍卖行) or its arm in a region (渣打银行|（中国）, 花旗|中国), and an organisation named after a company, then a company's unit, retyped as one
    (民生银行|信用卡中心/Organization -> Enterprise)."""
    ctx = scan.ctx
    text = ctx.text
    parents: dict[int, list[int]] = {}  # start -> ends of the companies named there, on a word's end
    for c in cands:
        if c.type == "Enterprise" and c.margin >= 1.0 and ctx.is_end(c.end):
            parents.setdefault(c.start, []).append(c.end)
    if not parents:
        return cands
    branches = {c.start: c.end for c in cands if c.type == "Enterprise" and text.endswith(_BRANCHES, c.start, c.end)}
    out = list(cands)
    for c in cands:
        if c.end in parents.get(c.start, ()):
            end = branches.get(c.end, c.end)  # 建行|上海分行
            m = _COMPANY_UNIT.match(text, end)
            end = m.end() if m is not None and ctx.is_end(m.end()) else end
            end = arm.end() if end == c.end and (arm := _REGION_ARM.match(text, end)) is not None else end  # 花旗银行|（中国）
            end = _glued_arm(c, scan) if end == c.end else end  # 花旗|中国
            if end > c.end:
                out.append(Candidate(c.start, end, "Enterprise", "unit.company", 3))
    return [_retyped(c, parents, text) for c in out]


# a society's or an association's committee or department written right after its name (中国消费者协会|消费指导部,
# 中国房地产及住宅研究会|人居环境委员会, 省收藏家协会|茶艺专业委员会): one organisation, named whole (CLUENER's non-held sentences
# label 8 of the 9 they write so whole)
_SOCIETIES = ("协会", "学会", "研究会", "商会", "联合会", "促进会", "基金会")
_SOCIETY_UNIT = re.compile("[\u4e00-\u9fff]{2,8}?(委员会|分会|部)")
_NOT_UNIT_POS = frozenset("v p c d r m uj ul".split())


def society_units(cands: list[Candidate], scan: Scan) -> list[Candidate]:
    """`cands`, with a society's unit after its name (`_SOCIETY_UNIT`) added as one Organization (rule `unit.society`): the
    unit ending a word or before a post (消费指导|部副|主任: the segmenter glues 部副), a department's 部 a word of its own or
    ending one of three characters (发展部, 法务部; not 干部, 全部), opening with no verb (成立|专业委员会; but 投诉|部, 维权|部), holding
    no preposition."""
    ctx, text, out = scan.ctx, scan.ctx.text, list(cands)
    post_starts = {s for s, _, kind, _ in scan.hits if kind == "post"}
    for c in cands:
        if c.type != "Organization" or not text.endswith(_SOCIETIES, c.start, c.end) or not ctx.is_end(c.end):
            continue
        m = _SOCIETY_UNIT.match(text, c.end)
        if m is None or not (ctx.is_end(m.end()) or m.end() in post_starts) or m.group().endswith("部") and not _own_head(scan, m.end()):
            continue
        inside = ctx.within(c.end, m.end() - (not ctx.is_end(m.end())))
        before = ctx.within(c.end, m.start(1))  # (投诉|部: a department named by the one thing it does)
        if inside and (inside[0].pos not in _NOT_UNIT_POS or m.group(1) == "部" and len(before) == 1 and before[0].pos == "v") and not any(
                t.pos in ("p", "c", "uj", "m") for t in inside):
            out.append(Candidate(c.start, m.end(), "Organization", "unit.society", 3))
    return out


def _own_head(scan: Scan, end: int) -> bool:
    """The head ending at `end` (部) starts a word, or ends one of three characters or more (发展部, 法务部; not 干部, 内部,
    东部, nor 俱乐部)."""
    tok = scan.ctx.token_at(end - 1)
    return tok is not None and (tok.start == end - 1 or tok.end == end and len(tok.text) >= 3 and tok.text != "俱乐部")


def _glued_arm(c: Candidate, scan: Scan) -> int:
    """Where a company's arm in a region ends whose short name (four characters at most, no legal head: 花旗, 佳士得) the
    region is glued to (花旗|中国执行副行长, 佳士得|香港秋拍), the region a word of its own; else the company's end."""
    text = scan.ctx.text
    if c.end - c.start > 4 or text.endswith(_LEGAL_HEADS, c.start, c.end) or (m := _GLUED_ARM.match(text, c.end)) is None or not scan.ctx.is_end(m.end()):
        return c.end
    return m.end()


def _retyped(c: Candidate, parents: dict[int, list[int]], text: str) -> Candidate:
    """An organisation whose name is a company's, then what a company's unit is called (民生银行|信用卡中心): a company's.
    (Not a ministry's or a company's research or data centre, 文化和旅游部|数据中心, 空中客车|中国研发中心: the news readers
    list those organisations.)"""
    if c.type == "Organization" and any((m := _COMPANY_UNIT.match(text, e)) is not None and m.end() == c.end for e in parents.get(c.start, ())):
        return replace(c, type="Enterprise")
    return c
