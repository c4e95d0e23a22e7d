"""An address written out: divisions one inside another as the gazetteer puts them (安徽庐江县,
四川成都、绵阳, 重庆云阳), and a line whose name runs out of the division written before it."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..recognize.abbreviations import world_cities, world_countries
from ..types import Fact, Mention
from ..words import CAPITAL_WORDS
from .clause import Clause, fact, is_division


def address_list(c: Clause, p: Mention, k: int) -> Iterator[Fact]:
    """在江苏苏州和江阴, 四川成都、绵阳: the divisions listed after an address share its first
    place, when the gazetteer puts them inside it."""
    ms = c.mentions
    while k + 1 < len(ms) and c.between(ms[k], ms[k + 1]) in ("、", "和", "及", "与"):
        x = ms[k + 1]
        if not (is_division(x) and contains(c, p, x) or short_inside(c, p, x)):
            return
        yield fact(c, x, "locatedIn", p, "name.address", 0.85)
        k += 1


def nested(c: Clause) -> Iterator[Fact]:
    """河南辉县九峰山抽水蓄能电站, 河北涿州北拒马河调蓄工程: the address a name opens with, divisions one inside another
    as the gazetteer puts them, read as the top-level ones are (`kg.relations.places.place_of`)."""
    if not c.nested:
        return
    inside = sorted(c.nested, key=lambda n: n.start)
    for m in c.mentions:
        run = [n for n in inside if m.start <= n.start < m.end]
        if len(run) < 2 or run[0].start != m.start:
            continue
        for p, x in zip(run, run[1:]):
            if x.start != p.end or not is_division(p) or not (is_division(x) and contains(c, p, x) or short_inside(c, p, x)):
                break
            yield fact(c, x, "locatedIn", p, "name.address-nested", 0.85)


def units_listed(c: Clause, p: Mention, k: int) -> Iterator[Fact]:
    """第四师六十二团、六十四团、七十三团: the corps' units listed after one in p are p's too (kg.recognize.corps)."""
    ms = c.mentions
    while ms[k].rule == "corps.unit" and k + 1 < len(ms) and ms[k + 1].rule == "corps.unit" and c.between(ms[k], ms[k + 1]) == "、":
        k += 1
        yield fact(c, ms[k], "locatedIn", p, "rel.locatedIn.adjacent", 0.75)


def short_inside(c: Clause, outer: Mention, inner: Mention) -> bool:
    """[重庆][云阳], [山东][即墨]: a county's short name the linker left unlinked (a county of another
    province than the paper's), written right after a division that holds a county of that name."""
    if c.names is None or outer.key is None or inner.type != "Place" or is_division(inner):
        return False
    lex = c.names.lex
    return any(outer.key.name in {a.code for a in lex.ancestors(code)} for code in lex.by_name.get(inner.text, ()))


def crosses(c: Clause, p: Mention, x: Mention) -> bool:
    """x is a line to a division outside p or abroad (四川[成都至青海西宁铁路], 新疆[喀什—吉尔吉斯斯坦奥什直飞航线]): p qualifies its
    first end only."""
    to = max(x.text.find("至"), x.text.find("到"), x.text.find("—"), x.text.find("－"))
    return to > 0 and any(x.start + to < n.start < x.end and (is_division(n) and not contains(c, p, n) or is_country(n.text)) for n in c.nested)


def is_country(name: str) -> bool:
    """A foreign country of kg/data/world.tsv."""
    return name in world_countries().get(name[:1], ())


def contains(c: Clause, outer: Mention, inner: Mention) -> bool:
    """The gazetteer puts inner (a division) inside outer."""
    if c.names is None or outer.key is None or inner.key is None or outer.key == inner.key:
        return False
    return outer.key.name in {a.code for a in c.names.lex.ancestors(inner.key.name)}


_GOVERNED = ("下辖的", "管辖的", "所辖的", "辖下的", "代管的")


def governed(c: Clause) -> Iterator[Fact]:
    """义乌市是浙江省金华市下辖的县级市: a division the sentence puts under another, as the gazetteer has it."""
    ms = c.mentions
    for i, x in enumerate(ms[:-1]):
        if not is_division(x) or c.between(x, ms[i + 1]) != "是" or not is_division(ms[i + 1]):
            continue
        k = i + 1
        while k + 1 < len(ms) and is_division(ms[k + 1]) and c.between(ms[k], ms[k + 1]) == "":
            k += 1
        if c.after(ms[k], 3) in _GOVERNED and contains(c, ms[k], x):
            yield fact(c, x, "locatedIn", ms[k], "rel.locatedIn.governed", 0.8)


def country_city(p: Mention, x: Mention, gap: str = "") -> bool:
    """p names a country and x, right after it, a foreign city (kg/data/world.tsv) or a place of its own name the
    recogniser read (荷兰蒂尔堡, 缅甸曼德勒市: no division of China, no country, no number), or any place after 首都
    (几内亚首都科纳克里)."""
    if not is_country(p.text) or x.type != "Place" or is_country(x.text):
        return False
    if gap in CAPITAL_WORDS or gap == "" and x.text in world_cities():
        return True
    return gap == "" and not x.rule.startswith(("gazetteer.", "abbr.")) and (x.key is None or not x.key.name.isdigit()) and _HAN_NAME.fullmatch(x.text) is not None


_HAN_NAME = re.compile("[一-鿿]{2,8}")
