"""Names papers write with their province before them: works and zones are named without it, and a
place right after a province is that province's.

Readers name a work or a zone by its own name (玛尔挡水电站, 鹿泉经济开发区) and read the province
written before it (青海玛尔挡水电站) as where it is; the linker does the same, so that the article
that writes the province and the one that does not name one entity (the written form stays an
alias, and the province a locatedIn read off the name).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from . import words
from .lexicon import Division, Lexicon
from .types import Locale

# the heads of a zone's name (a zone the catalogue of kg/data/zones.tsv lacks)
ZONE_HEADS = ("开发区", "新区", "园区", "示范区", "试验区", "合作区", "口岸", "自贸区", "保税区")
# the bodies that run a zone (云南滇中新区党工委, 四川天府新区管委会)
ZONE_BODIES = ("党工委", "管委会", "管理委员会")
# a company's name: the province opens it (山西建投, 陕西建工集团), it is part of the name
_OWNER = re.compile("集团|公司|股份")
# 北京, 天津, 上海, 重庆: the city is part of its works' names (北京大兴国际机场)
_MUNICIPALITY_CODES = frozenset({"11", "12", "31", "50"})
# a rest that opens with a common word is a kind, not a name (武夷山国家公园 is not the document's 国家公园)
COMMON_HEADS = ("国家", "广大", "全国", "中国", "省级", "市级")


def own_name(name: str, typ: str, lexicon: Lexicon) -> str:
    """The name a work, a zone (one the zone catalogue lacks) or a zone's governing body goes by: without
    the province; a programme or an event written whole in quotes, without them (“中非人才培养合作计划”:
    the quoted form stays an alias)."""
    if typ in ("Project", "Event") and len(name) > 4 and name[0] in "“\"" and name[-1] in "”\"" and not any(q in name[1:-1] for q in "“”\""):
        return name[1:-1]
    zone_body = typ == "GovernmentBody" and name.endswith(ZONE_BODIES) and any(h in name for h in ZONE_HEADS)
    return without_province(name, lexicon) if typ == "Project" or typ == "Place" and name.endswith(ZONE_HEADS) or zone_body else name


def without_province(name: str, lexicon: Lexicon) -> str:
    """青海玛尔挡水电站 -> 玛尔挡水电站, 浙江义乌（苏溪）国际枢纽港项目 -> 义乌（苏溪）国际枢纽港项目.
    Kept whole: a municipality's works (北京大兴国际机场), a name whose rest opens with a common word
    (江苏沿海高铁: 沿海高铁 names a kind), and a work named after a company whose name the province
    opens (山西建投五建集团项目)."""
    for n in range(min(8, len(name) - 4), 1, -1):  # the longest division first (新疆维吾尔自治区, not 新疆)
        d = lexicon.place(name[:n])
        if d is None or d.level != "province" or d.code[:2] in _MUNICIPALITY_CODES:
            continue
        rest = name[n:]
        if rest.startswith(COMMON_HEADS) or any(rest[:k] in words.common_words() for k in (2, 3)) or rest[0] in "省市县区至到—－-" or _OWNER.search(rest):
            return name  # (宁夏[至]湖南…输电工程: a line from the province, whose name it opens)
        return rest
    return name


def own_names(name: str, typ: str) -> set[str]:
    """The name a foreign state's organ goes by without its country (利比亚总统委员会: 总统委员会), and a foreign
    company's (德国采埃孚集团: 采埃孚集团), as readers name them: aliases, never the key (South Africa's and
    Bulgaria's 国民议会 stay two bodies; 日本电产 and 法国巴黎银行 are companies' whole names)."""
    if typ not in ("GovernmentBody", "Enterprise"):
        return set()  # (every entity of a build is asked: the others return before the imports)
    from .recognize.abbreviations import world_countries
    from .recognize.world import state_organ

    if typ == "GovernmentBody" and not state_organ(name):
        return set()
    rests = {name[len(c):] for c in world_countries().get(name[:1], ()) if name.startswith(c) and c not in ("中国", "中华")}
    return rests if typ == "GovernmentBody" else {r for r in rests if len(r) >= 4}


def city_names(names: set[str], typ: str, lexicon: Lexicon) -> set[str]:
    """A government body's names written after its province and its city (湖南省常德市人大常委会), without
    the province, as readers name it (常德市人大常委会): aliases."""
    if typ != "GovernmentBody" or not names:
        return set()
    out = set()
    for name in names:
        for k in range(min(8, len(name) - 4), 1, -1):  # (新疆维吾尔自治区 … 湖南)
            province = lexicon.place(name[:k])
            if province is not None and province.level == "province":
                rest = name[k:]
                city = next((d for j in (4, 3, 2) if (d := lexicon.place(rest[:j])) is not None), None)
                if city is not None and city.level == "city" and len(rest) >= 4 and any(a.code == province.code for a in lexicon.ancestors(city.code)):
                    out.add(rest)
                break
    return out


_VILLAGE_BODY = re.compile(r"(?:村|社区)(?:党支部|党总支|党委|委员会|村委会|居委会)$")


def village_names(names: set[str], typ: str, lexicon: Lexicon) -> set[str]:
    """A village's or community's party branch or committee written after its address (湖南湘西花垣县十八洞村党支部),
    without the address, as readers name it (十八洞村党支部): aliases."""
    if typ != "GovernmentBody":
        return set()
    out = set()
    for name in names:
        if not _VILLAGE_BODY.search(name):
            continue
        k = 0
        while (step := next((j for j in (4, 3, 2) if len(name) - k - j >= 5 and lexicon.place(name[k : k + j]) is not None), 0)):
            k += step
        if k:
            out.add(name[k:])
    return out


# what a zone's name opens with after its city when the city's name is what names it (黑河[自贸片区], 廊坊[临空经济区])
_ZONE_KINDS = ("自贸", "临空", "保税", "综保", "经开", "高新", "开发", "片区")
_MUNICIPALITIES = frozenset("北京市 天津市 上海市 重庆市".split())  # a city and a province: its name is the city's (上海国际会议中心)


def address_names(names: set[str], typ: str, lexicon: Lexicon) -> set[str]:
    """A work's or a park's name written after its province, or its province and its city or county (辽宁沈阳中德产业园,
    河北廊坊临空经济区, 湖北漳河灌区), without them, as readers name it (沈阳中德产业园, 中德产业园): aliases. A city alone
    is not cut off (金州|湾国际机场, 长安|小区: a division's short name opens many a name)."""
    if typ not in ("Place", "Project"):
        return set()
    out = set()
    for name in names:
        hit = next(((k, d) for k in range(min(8, len(name) - 4), 1, -1) if (d := lexicon.place(name[:k])) is not None and d.level == "province"), None)
        if hit is None:
            out |= _after_city(name, lexicon)  # 成都|青白江区国际铁路港
            continue
        k, province = hit
        inside = _opening_division(lexicon, name[k:], province.code, (3, 2)) > 0
        if province.name in _MUNICIPALITIES or lexicon.place(name) is not None or name[k : k + 2] in words.common_words() and not inside:
            continue  # (上海|国际会议中心, 新疆|生产建设兵团: a city's own name, or a word of the language after the province)
        rest = name[k:]
        out.add(rest)
        for _ in range(2):  # its city, then its county (甘肃省天水市麦积区南山花牛苹果基地)
            inner = _opening_division(lexicon, rest, province.code, range(min(6, len(rest) - 1), 1, -1))
            rest = rest[inner:]
            if not inner or len(rest) < 4 or rest[:2] in words.common_words() or rest.startswith(_ZONE_KINDS):
                break  # (not 工业园区 of 江苏省苏州工业园区, 自贸片区 of 黑龙江黑河自贸片区: a kind, the city's own)
            out.add(rest)
    return out


def _opening_division(lexicon: Lexicon, text: str, province: str, lengths: Iterable[int]) -> int:
    """The length of the first of `lengths` at which text opens with a division of the province (code), not the province."""
    return next((j for j in lengths if any(c[:2] == province[:2] and c != province for c in lexicon.by_name.get(text[:j], ()))), 0)


def _after_city(name: str, lexicon: Lexicon) -> set[str]:
    """A name written after its city and a county or district of that city (成都青白江区国际铁路港), from the county on."""
    for j in (4, 3, 2):
        cities = [c for c in lexicon.by_name.get(name[:j], ()) if lexicon.divisions[c].level == "city"]
        if not cities:
            continue
        inner = next((i for i in (4, 3, 2) if any(c in {a.code for a in lexicon.ancestors(d)} for d in lexicon.by_name.get(name[j : j + i], ()) for c in cities)), 0)
        return {name[j:]} if inner and len(name) - j - inner >= 3 else set()
    return set()


def owner_names(names: set[str], typ: str) -> set[str]:
    """A work named with its owner first (国家电网甘肃至浙江…输电工程, 中广核汕尾…海上风电场) also goes by the name
    without the owner, as some readers name it: aliases."""
    if typ != "Project":
        return set()
    from .recognize.brands import known_companies

    pattern, _ = known_companies()
    rests = {name[m.end() :] for name in names if pattern is not None and (m := pattern.match(name)) is not None}
    return {r for r in rests if len(r) >= 4}


def address_locale(before: Division | None, lexicon: Lexicon) -> Locale | None:
    """The province of the division written right before a place (吉林|大安: 大安市 of Jilin, not
    大安区 of Sichuan, whatever the paper's province): an address names its own."""
    if before is None or before.level not in ("province", "city"):
        return None
    province = lexicon.province_of(before.code)
    return Locale(province=province.name) if province is not None else None
