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


def company_units(cands: list[Candidate], scan: Scan) -> list[Candidate]:
    """`cands`, with a company's unit written right after its name named whole as an Enterprise (建行|上海分行,
    招行|信用卡中心, 苏富比|拍卖行) or its arm in a region (渣打银行|（中国）), and an organisation named after a company, then a company's unit, retyped as one
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
            if end > c.end:
                out.append(Candidate(c.start, end, "Enterprise", "unit.company", 3))
    return [_retyped(c, parents, text) for c in out]


def _retyped(c: Candidate, parents: dict[int, list[int]], text: str) -> Candidate:
    """An organisation whose name is a company's, then what a company's unit is called (民生银行|信用卡中心): a company's.
    (Not a ministry's or a company's research or data centre, 文化和旅游部|数据中心, 空中客车|中国研发中心: the news readers
    list those organisations.)"""
    if c.type == "Organization" and any((m := _COMPANY_UNIT.match(text, e)) is not None and m.end() == c.end for e in parents.get(c.start, ())):
        return replace(c, type="Enterprise")
    return c
