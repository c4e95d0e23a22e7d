"""The first, the largest, the only one of a place, said before its name: Y首个抽水蓄能电站——X, 哈萨克斯坦最大城市X,
Y重点工程——X (a work only, before a dash),
作为华北地区最大的湿地生态系统，X (and X是Y最大的…, the copular form: `kg.relations.places.copular`).

A place's superlative names what is in that place; the description between the place and the name is short and
names nothing else, and China as a whole (我国最大的…) is a scope, not where a thing is that a reader lists."""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..types import ORG_TYPES, Fact
from .clause import Clause, fact

# Y(地区)(的)首个/最大(的)<kind>(——|，)X: the description between the place and the name
_FIRST = re.compile(r"(?:地区|境内|全省|全市|全区)?的?(?:首[条个座家批台]|第一[条个座家台]|最大|最长|最高|最早|唯一|规模最大)的?"
                    r"[^，。；！？,;、“”《》（）()\s在于到向从与和及是为将把被的]{0,12}?(?:——|—|，|,)?$")  # (规模最大的冰雪节[在]哈尔滨: no name)
# Y(的)重点/重大…工程——X: a notable work of the place, named after the dash (粤港澳大湾区重点能源工程——粤澳电力联网第三通道)
_NOTABLE = re.compile(r"(?:地区|境内)?的?(?:重点|重大|骨干|标志性|又一)[^，。；！？,;、“”《》（）()\s在于到向从与和及是为将把被的]{0,10}?"
                      r"(?:工程|项目|枢纽|通道|电站)——$")
_PARTNER = ("与", "和", "同", "跟", "及")  # (我国与[沙特]重大能源合作项目——X: a partner's, not where it is)
_SCENE = re.compile(r"在[^，。；,;]{2,12}[，,]")
_THINGS = ORG_TYPES | {"Project", "Event", "Place"}
_NATIONAL = frozenset({"中国", "我国", "中华人民共和国", "全国", "亚洲", "欧洲", "非洲", "美洲", "北美洲", "南美洲", "大洋洲", "世界", "全球"})  # scopes
# what a description of a place ends with: a kind of place (哈萨克斯坦最大城市[阿拉木图]; not 首条国际公路直达[中亚])
_PLACE_KINDS = ("城市", "城", "都市", "港口", "港", "海港", "岛", "湖", "河", "山", "口岸", "县", "镇", "村", "景区", "公园", "湿地", "草原", "沙漠", "海湾")


def superlative(c: Clause) -> Iterable[Fact]:
    """X locatedIn Y where Y's first or largest thing of a kind is named right after the description: the place is the
    last of an address run (在[湖北][宜昌]首个…), the name is the next mention, and neither is China as a whole."""
    ms = c.mentions
    for i in range(len(ms) - 1):
        p, x = ms[i], ms[i + 1]
        if p.type != "Place" or x.type not in _THINGS or (p.canonical or p.text) in _NATIONAL or p.text in _NATIONAL:
            continue
        if x.type == "Place" and x.text in (p.canonical or p.text) or x.key == p.key or x.text.startswith(p.text):
            continue  # (内蒙古最大…——[内蒙古]引绰济辽工程: its name says it)
        if c.text.endswith(("成为", "是", "为"), 0, c.loc(p.start)) or c.text.startswith("在") and _SCENE.match(c.text):
            continue  # X将成为广州最大的…: the copula's (places.copular); 在辽宁大连，东北地区最大的…: the scene says where
        gap = c.between(p, x)
        if x.type == "Place" and not re.sub("[—，,]+$", "", gap).endswith(_PLACE_KINDS) or c.before(p, 1) in ("至", "到", "—", "-"):
            continue  # (黑龙江至荷兰首条中欧班列: the end of a route)
        if gap and _FIRST.match(gap) and not gap.endswith(("，", ",")) or x.type == "Project" and _NOTABLE.match(gap) and c.before(p, 1) not in _PARTNER or gap.endswith(("，", ",")) and _FIRST.match(gap) and c.text.startswith("作为", max(0, c.loc(p.start) - 2)):
            yield fact(c, x, "locatedIn", p, "rel.locatedIn.first-of", 0.8)
