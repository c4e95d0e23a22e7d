"""Institutes of an academy named short: 中科院长春光机所, 中科院自动化所, 中国农科院作物所, 社科院世界经济所.

The Chinese academies (中国科学院, 中国社会科学院, 中国农业科学院, 中国医学科学院 …, and the provinces' own)
name their institutes by the academy's short name and the institute's short form ending with 所; news of
every province writes them so. The suffix walk knows no 所 (it ends 派出所, 事务所, 场所 as often), and the
model cuts these names at the place inside them (中科院|长春|光机所). An academy's name, then two to eight
characters of the institute's field or city and 所, is one Organization.
"""
from __future__ import annotations

import re

from .base import Candidate, Resources, Scan, proposer

# the academy (full or short: 中国科学院, 中科院, 中国农科院, 社科院, 省农科院), then the institute's short name
_INSTITUTE = re.compile(r"(?:中国|[\u4e00-\u9fff]{1,3}省)?(?:[\u4e00-\u9fff]{0,4}科学院|[中社农医林]科院)([\u4e00-\u9fff]{2,8}?)所")
# what no institute's short name is made of: a list or a clause runs on (研究所 is the full name, read elsewhere)
_NOT_FIELD = re.compile(r"[和与及的在是为了等]|研究$")


@proposer("institutes")
def institutes(res: Resources, scan: Scan) -> list[Candidate]:
    """An academy's institute named short, as an Organization (rule `institute.short`)."""
    ctx = scan.ctx
    if "科院" not in ctx.text and "科学院" not in ctx.text:
        return []  # no academy named (the pattern is tried at every offset: a substring test spares the scan)
    out = []
    for m in _INSTITUTE.finditer(ctx.text):
        s, e = m.span()
        if _NOT_FIELD.search(m.group(1)) or not ctx.is_end(e) or not ctx.is_start(s):
            continue
        out.append(Candidate(s, e, "Organization", "institute.short", 3))
    return out
