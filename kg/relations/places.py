"""Where things are, as sentences say it: X位于/落户/总部设在Y, 位于Y的X, X在Y设立Z, Y的X, adjacent
places (an address written out: 安徽庐江县) and events held in a place (the scene a sentence opens
with, 在<place>，: kg.relations.scenes)."""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..recognize.descriptions import DESIGNATED
from ..rescan import finditer
from ..types import Fact, Mention
from ..words import CAPITAL_WORDS, POSITIONS
from . import clause
from .addresses import address_list, contains, country_city, crosses, is_country, short_inside, units_listed
from .arguments import segment_end
from .clause import (
    BRANCH_TAIL,
    ORGS,
    Clause,
    continued,
    fact,
    group_after,
    index_of,
    is_division,
    placelike,
    places_after_zai,
    segment_start,
)


def national_work(m: Mention) -> bool:
    """A national work of the world list (南水北调, 西电东送): it spans provinces, no scene or address places it."""
    return m.type == "Project" and m.rule == "gazetteer.world"


# ------------------------------------------------------------------ located in

_LOCATED = re.compile(
    r"(?P<seat>(?:总部|注册地址|注册地|住所|办公地址|地址|总部基地|生产基地)(?:设在|设于|位于|坐落于|坐落在|在|为|是|：|:)|注册于|总部)"
    r"|(?:位于|地处|坐落于|坐落在|落户于|落户|落地于|入驻|迁入|(?<![建开增铺架])设(?:在|于)|选址于|选址在|扎根于|立足于)"  # not 建设在华
    r"|(?P<span>横跨|地跨|横贯|跨越了?|涵盖了?)"  # a work across places is in each (横跨洛阳、焦作、新乡的X; X跨越了南岸区、巴南区), not one a line joins (连接A和B, 途经A)
    r"|(?P<part>隶属于|隶属|归属于)"  # 婺源县隶属于江西省上饶市: a division's (only as the gazetteer has it)
)
# 位于Y(境内|腹地…)的X: a position within Y between it and 的
_EDGE_OF = re.compile(r"[东南西北]{0,2}(?:缘|边缘|腹地)的")
_OF = re.compile(f"(?:[两二三四五六七八九十\\d]+个?(?:省区市|省市|省区|地市|市县|县区|省|市|县|区|地))?(?:交界处|之间|附近|[东南西北]?岸边?|之?畔|之滨|[上中下]游|之?上|{'|'.join(POSITIONS)})?的")  # (位于永定河上的X, 横跨A、B两市的X)
# 位于Y的[大山深处]，: a part of Y after 的, which ends the clause: the subject is before the verb
_PART_OF = re.compile(f"[^，。；、的]{{0,4}}?(?:深处|中心区|中心|一带|脚下|交界处|核心区|城区|郊区|近郊|远郊|{'|'.join(POSITIONS)})(?=[，。；,;！]|$)")
_COMPASS = re.compile(r"^(?:东|南|西|北|中|东南|东北|西南|西北|华东|华南|华北|华中|中西|东中西)部?(?:沿海|沿边|内陆|地区|边陲|一带|方)?$")
_UNNAMED_THING = re.compile(r"[^的，。；,;]{1,16}(?:中心|基地|项目|工厂|园区|产业园|分公司|子公司|研究院|实验室)(?:今天|昨天|近日|日前|正式)?(?:（[^）]{1,12}）)?$")
_UNDER_WORDS = ("直属", "所属", "下属", "主管", "隶属")  # X是一所位于Y的[教育部]直属高校: the body X is under, not the thing there
_SEAT_OF_MORE = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,12}(?<!的)")  # X[电气产品中国及东亚]总部在Y: a longer name's seat (not X的总部, X，…“总部在)
_IS_A = re.compile(r"(?:是|为|系)(?:一家|一所|一座|一个|一间|家|所|我国|国内|全国)?[^，。；,;]{0,4}?(?:总部)?$")
# X的总部/注册地址/研发中心位于Y: the thing whose seat it is
_SEAT_OF = re.compile(r"的(?:总部|注册地址|注册地|住所|办公地址|地址|研发中心|研究院|生产基地|制造基地|工厂|厂区|校区|园区|新址|基地|分部|项目)$")
# 在Y设立/成立Z, X于2000年在Y创立
_SET_UP = re.compile(r"(?:注册)?(?:设立|成立|组建|建立|创立|创办|开设|注册成立|投资设立|投资成立|投资创立|投资创办|投资兴建)(?:了)?(?:全资|控股)?(?P<child>子公司|分公司|孙公司)?")
_LIST_HEAD = re.compile(r"[^，。；]{0,10}?(?:还有|有|包括|是|为)")
_BETWEEN = re.compile("(?:[和与及、][^，。；]{1,12}?)?(?:的)?(?:交汇|交界|交会|汇合|之间|中间|结合部)")


_WITHIN = frozenset(("", "主城", "主城区", "市区", "城区", *CAPITAL_WORDS, "东部", "南部", "西部", "北部", "中部", "东南部", "东北部", "西南部", "西北部"))


def located(c: Clause) -> Iterable[Fact]:
    """X位于/落户/入驻/总部在Y, 位于Y的X: Y is a place (a division, a park, a zone)."""
    text = c.text
    ms = c.mentions
    for hit in finditer(_LOCATED, text):
        a, b = hit.span()
        objs = [x for x in ms if b <= c.loc(x.start) <= (b if hit.group("span") else b + 2) and x.type == "Place"]
        if not objs:
            continue
        k = first = index_of(c, objs[0])
        if k + 1 < len(ms) and ms[k + 1].type == "Place" and _EDGE_OF.fullmatch(c.between(ms[k], ms[k + 1])) and _clause_ends_after(c, k + 1):
            k += 1  # X地处[塔克拉玛干沙漠]东南缘的[若羌县]，: the place at the edge (not 位于[太岳山]腹地的沁源县有…: what is there)
        while k + 1 < len(ms) and ms[k + 1].type == "Place" and ((gap := c.between(ms[k], ms[k + 1])) in _WITHIN or gap == "会" and ms[k].text.endswith("省")):
            k += 1  # 位于河南省会郑州 (河南省|会|郑州 to the segmenter): the capital; 地处安徽省南部黄山市: a part of it
        place = ms[k]  # (and the division a river or a lake is named in: 位于北京房山区永定河上的X is in 房山区 too)
        named_in = [ms[k - 1]] if k > first and not is_division(place) and is_division(ms[k - 1]) and c.between(ms[k - 1], place) == "" else []
        more = more_places(c, k)
        if more:  # 位于A和B境内的X: what follows the list
            k = index_of(c, more[-1])
        if _BETWEEN.match(text, c.loc(ms[k].end)) or clause.says_whose(c, ms[k]):
            continue  # 位于A和B交汇处: a point between them, in neither; 入驻新加坡企业: whose companies, not where
        subjects: list[Mention] = []
        of = _OF.match(text, c.loc(ms[k].end))
        of = None if of and _PART_OF.match(text, of.end()) else of
        if of and of.group().startswith("附近"):
            continue  # 位于Y附近的X: near Y, not in it
        if of:  # 位于Y的X / 位于Y的链主还有A、B / 位于A和B境内的X
            rest = list(ms[k + 1 :])
            if rest and (c.loc(rest[0].start) == of.end() or (d := DESIGNATED.match(text, of.end())) is not None and d.end() == c.loc(rest[0].start)) and not text.startswith(_UNDER_WORDS, c.loc(rest[0].end)):
                subjects = [] if continued(c, rest[0]) else [rest[0]]  # not X of 位于Y的X送出工程
            elif rest and _LIST_HEAD.match(text, of.end()) and c.loc(rest[0].start) <= of.end() + 13:
                subjects = group_after(c, index_of(c, rest[0]), ORGS)
            elif (kind := _IS_A.search(text, 0, a)) is not None:  # X是一家(总部)位于Y的企业
                s = _subject_left(c, kind.start()) or _sentence_subject(c, kind.start())
                subjects = [s] if s is not None else []
        else:
            s = _subject_left(c, a)
            if s is not None and (_UNNAMED_THING.fullmatch(text, c.loc(s.end), a) or hit.group("seat") and _SEAT_OF_MORE.fullmatch(text, c.loc(s.end), a)):
                continue  # A认证TIR集结中心落户新疆, 西门子[电气产品中国及东亚]总部在苏州: what is there is a name not recognised, not A
            if s is None and not hit.group("span") and (hit.group("seat") and not hit.group().startswith("生产基地") or _opens_segment(text, a)):
                s = _sentence_subject(c, a)  # X是…，总部位于Y / X成立于2011年，注册地位于Y
            subjects = [s] if s is not None else []
        for where in [place, *more, *named_in]:  # 位于江苏淮安、盐城境内: each of them
            if _COMPASS.match(where.canonical or where.text):
                continue  # 福建地处我国东南沿海: a compass region, not a place of the graph
            for s in subjects:
                if not _verb_allows(hit, s, where):
                    continue
                if s.type != "Person" and not (is_division(s) and is_division(where) and (of or not contains(c, where, s))) and s.key != where.key:
                    yield fact(c, s, "locatedIn", where, "rel.locatedIn.trigger", 0.8)  # (正定位于…石家庄: a division in one holding it; not 位于四川的[自贡]…)


def _verb_allows(hit: re.Match[str], s: Mention, where: Mention) -> bool:
    """隶属 puts a division in a division only (X公司隶属于Y: a body under another, kg.relations.frames); a
    span verb a work in each division it crosses (not a group of bases: X共14家，涵盖北京、天津…; nor a bridge over a river)."""
    if hit.group("part"):
        return is_division(s) and is_division(where)
    return not hit.group("span") or s.type == "Project" and is_division(where) and len(where.text) > 1


def more_places(c: Clause, k: int) -> list[Mention]:
    """The divisions listed after the place at index k (A、B和C), the last of each address run."""
    ms, out = c.mentions, []
    while k + 1 < len(ms) and is_division(ms[k + 1]) and is_division(ms[k]) and c.between(ms[k], ms[k + 1]) in ("、", "和", "及", "与"):
        k += 1
        while k + 1 < len(ms) and ms[k + 1].type == "Place" and c.between(ms[k], ms[k + 1]) == "":
            k += 1
        out.append(ms[k])
    return out


def _clause_ends_after(c: Clause, j: int) -> bool:
    """The places from index j on (an address written out) end the clause: the object of the verb, not a subject."""
    ms = c.mentions
    while j + 1 < len(ms) and ms[j + 1].type == "Place" and c.between(ms[j], ms[j + 1]) == "":
        j += 1
    return c.after(ms[j], 1) in ("，", "。", "；", ",", ";", "")


def _opens_segment(text: str, a: int) -> bool:
    """The verb at a opens its segment, or follows a noun that points back to the sentence's subject (X是一家…企业，公司位于Y)."""
    start = segment_start(text, a)
    return start > 0 and (a == start or text[start:a] in _BACK_NOUNS)


_BACK_NOUNS = frozenset("公司 本公司 企业 集团 学校 学院 医院 工厂 园区".split())


def _sentence_subject(c: Clause, a: int) -> Mention | None:
    """The organisation or project the sentence opens with, for a predicate before `a` whose own
    segment names no subject (a topic chain: X成立于2011年，注册资本…，注册地位于Y)."""
    first = c.mentions[0] if c.mentions else None
    if first is None or first.type not in ORGS | {"Project"} or c.loc(first.start) > 2 or c.loc(first.end) > a:
        return None
    if any(x.type == "Person" and c.loc(x.end) <= a for x in c.mentions):
        return None
    return first


def set_up_in(c: Clause) -> Iterable[Fact]:
    """X在Y设立(子公司)Z: Z located in Y (and under X when a subsidiary or branch); X于2000年在Y创立/成立: X in Y."""
    ms = c.mentions
    text = c.text
    for i, k in places_after_zai(c):
        place = ms[i]
        where = ms[k]
        hit = _SET_UP.match(text, c.loc(where.end))
        if not hit:
            continue
        nxt = ms[k + 1] if k + 1 < len(ms) else None
        parent = _subject_left(c, c.loc(place.start) - 1)
        if nxt is not None and nxt.type in ORGS | {"Project"} and c.loc(nxt.start) - hit.end() <= 2:
            if not is_division(where) or nxt.key != where.key:
                yield fact(c, nxt, "locatedIn", where, "rel.locatedIn.set-up-in", 0.75)
            if parent is not None and parent.type in ORGS and nxt.type in ORGS and parent.key != nxt.key and (
                hit.group("child") or BRANCH_TAIL.search(nxt.text) or re.search(r"(?:研发中心|研究院|总部)$", nxt.text)
            ):
                yield fact(c, nxt, "subOrganizationOf", parent, "rel.subOrganizationOf.set-up", 0.75)
        elif parent is not None and parent.type in ORGS and re.match(r"(?:创立|创办|成立|注册成立|创建)", hit.group()) and (
            hit.end() == len(text) or text[hit.end()] in "，。；,;"
        ):
            yield fact(c, parent, "locatedIn", where, "rel.locatedIn.founded-in", 0.7)


def _subject_left(c: Clause, a: int) -> Mention | None:
    """The subject of a predicate starting at sentence-local index a: the first free mention of its
    segment, or of the previous segment when the predicate opens its own (X当机立断，入驻Y)."""
    text = c.text
    seg = segment_start(text, a)
    cands = [x for x in c.mentions if seg <= c.loc(x.start) and c.loc(x.end) <= a]
    free = [x for x in cands if _free(c, x, a)]
    if free:
        return _run_end(c, free[0])  # 陕西榆林神木市地处Y: the last place of an address
    seat = _SEAT_OF.search(text, seg, a)
    if seat is not None:  # X的总部位于Y
        owner = [x for x in cands if c.loc(x.end) == seat.start() and x.type in ORGS | {"Project"}]
        if owner and c.before(owner[0], 1) not in ("由", "在", "与", "和", "同", "对", "向", "从", "被", "给", "据"):
            return owner[0]
    if cands or seg == 0 or a - seg > 6:
        return None
    prev = segment_start(text, seg - 1)
    cands = [x for x in c.mentions if prev <= c.loc(x.start) and c.loc(x.end) <= seg - 1]
    free = [x for x in cands if _free(c, x, seg - 1)]
    return free[0] if free and c.loc(free[0].start) - prev <= 4 else None


def _run_end(c: Clause, m: Mention) -> Mention:
    """The last place of the address run m opens (陕西|榆林|神木市), m itself when it is none."""
    ms, k = c.mentions, index_of(c, m)
    while m.type == "Place" and k + 1 < len(ms) and ms[k + 1].type == "Place" and c.between(ms[k], ms[k + 1]) == "":
        k += 1
    return ms[k]


def _free(c: Clause, m: Mention, upto: int) -> bool:
    """m can be a subject: not inside 由X / 在X / 与X (nor a place of an address after 在: 在内蒙古巴彦淖尔),
    not a modifier (X的…) before `upto`."""
    k = index_of(c, m)
    while m.type == "Place" and k > 0 and c.mentions[k - 1].type == "Place" and c.between(c.mentions[k - 1], c.mentions[k]) == "":
        k -= 1
    if c.before(c.mentions[k], 1) in ("由", "在", "与", "和", "同", "对", "向", "从", "被", "给", "据", "是"):
        return False  # (nor what 是 says the subject is: 该工程是[淮河流域防洪工程]体系关键控制性工程，横跨…)
    if "的" in c.text[c.loc(m.end) : upto] or m.type == "Person":
        return False
    k = index_of(c, m)  # 特斯拉首个储能超级工厂项目落户Y: the company owns what settles there
    nxt = c.mentions[k + 1] if k + 1 < len(c.mentions) else None
    return not (nxt is not None and nxt.type == "Project" and c.loc(nxt.end) <= upto and _OWNER_GAP.match(c.between(m, nxt)))


_OWNER_GAP = re.compile(r"^(?:首个|首座|首家|第一个|又一个|新|最新|全新|旗下)$")


_IS_ONE_OF = re.compile(r"(?:也|仍|现)?是(?:一[所家座个处])?")
# 的一所/一家…, or a first or a largest of the place (京哈高速改扩建工程是东北地区首条…高速公路, X是广东最大的…)
_ONE_OF = re.compile(r"(?:地区|境内)?(?:的(?:一[所家座个处]|著名|知名|重要)|的?(?:首[条个座家批]|第一[条个座家]|最大|最长|最高|唯一))")


# the kinds a work's or a place's name ends with (村, 水电站, 大桥): X村是Y…示范村 names X's kind again
_KIND_ENDS = frozenset("村镇乡区园城港站场馆库桥路线厂矿岛湖湾")
_TO = ("至", "到", "—", "-", "、", "和", "与", "及")


def copular(c: Clause) -> Iterable[Fact]:
    """X是Y的一所…: 苏州大学是江苏省苏州市的一所综合性大学, X是Y的一家企业, X是Y地区首条… (the last place
    of the run); a work or a place that is no division, said to be of Y's kind again (战旗村是四川省成都市乡村振兴
    示范村, X水电站是黄河上游在建…最大的水电站)."""
    ms = c.mentions
    if len(ms) < 2 or c.loc(ms[0].start) > 2:
        return
    kinded = ms[0].type == "Project" or ms[0].type == "Place" and not is_division(ms[0])
    if ms[0].type not in ORGS and not kinded:
        return
    m = _IS_ONE_OF.match(c.text, c.loc(ms[0].end))
    if m is None or ms[1].type != "Place" or c.loc(ms[1].start) != m.end():
        return
    k = 1
    while k + 1 < len(ms) and ms[k + 1].type == "Place" and c.between(ms[k], ms[k + 1]) == "":
        k += 1
    if _ONE_OF.match(c.text, c.loc(ms[k].end)):
        yield fact(c, ms[0], "locatedIn", ms[k], "rel.locatedIn.copula", 0.8)
    elif kinded and len(name := ms[0].canonical or ms[0].text) >= 3 and name[-1] in _KIND_ENDS:
        end = segment_end(c.text, c.loc(ms[k].end))
        if c.text.endswith(name[-1], c.loc(ms[k].end), end) and not c.text.startswith(_TO, c.loc(ms[k].end)):  # (not X是A至B的线路)
            yield fact(c, ms[0], "locatedIn", ms[k], "rel.locatedIn.copula", 0.8)


_OF_GAPS = ("的", "境内的")  # (Y境内的X: X is in Y)


def place_of(c: Clause) -> Iterable[Fact]:
    """Y的X / 来自Y的X (a named organisation, project or park right after 的); adjacent
    [place][place or name] where the second is not a division (中北高新区不锈钢专业镇); and an
    address written out, a division right after one that contains it (安徽庐江县, 湖南长沙浏阳市)."""
    ms = c.mentions
    for i, p in enumerate(ms[:-1]):
        if p.type == "Place" and country_city(p, ms[i + 1], c.between(p, ms[i + 1])):
            yield fact(c, ms[i + 1], "locatedIn", p, "name.address", 0.85)  # 巴西里约热内卢, 几内亚首都科纳克里: a foreign address
            continue
        if p.type == "Place" and ms[i + 1].type in ("Enterprise", "Organization") and c.between(p, ms[i + 1]) == "" and is_country(p.text):
            yield fact(c, ms[i + 1], "locatedIn", p, "rel.locatedIn.adjacent", 0.75)  # 德国巴斯夫集团, 越南越捷航空: its country
            continue
        if p.type != "Place" or len(p.text) < 2 or not (is_division(p) or placelike(p)):
            continue  # not 晋 of 晋台, nor a name that is no place name
        x = ms[i + 1]
        gap = c.between(p, x)
        if gap == "" and is_division(p) and (is_division(x) and contains(c, p, x) or short_inside(c, p, x)):
            yield fact(c, x, "locatedIn", p, "name.address", 0.85)  # an address written out: read off the compound name
            yield from address_list(c, p, i + 1)
            continue
        if len(x.text) < 2 or x.type == "Place" and not placelike(x):
            continue
        if gap in _OF_GAPS and (x.type in ORGS | {"Project"} or x.type == "Place" and not is_division(x)) and c.before(p, 2) not in ("位于", "地处") and (
                not c.text.startswith(_UNDER_WORDS, c.loc(x.end))):  # (位于湖北武汉的[教育部]直属高校: the body it is under)
            if not _spans(c, i) and not _modifier(c, x) and not continued(c, x) and not _MEMBERS.match(c.after(x, 3)):
                yield fact(c, x, "locatedIn", p, "rel.locatedIn.of", 0.7)  # not 镇江市的全国政协[委员]: the members are there
                if gap != "的":  # 河南省境内的上罗高速、新伊高速等: each work of the list
                    for y in group_after(c, i + 1, {"Project"})[1:]:
                        yield fact(c, y, "locatedIn", p, "rel.locatedIn.of", 0.7)
        elif gap == "" and x.type in ORGS | {"Project", "Place", "Event"} and not is_division(x) and x.key != p.key and not _governs(x):
            if x.type == "Event":  # 北京冬奥会, 成都大运会: the city is part of the event's name
                yield fact(c, x, "locatedIn", p, "name.event-place", 0.4)
            elif not crosses(c, p, x) and not (x.type == "Place" and (x.canonical or x.text).endswith(("河", "江")) and is_division(p)) and not national_work(x):
                yield fact(c, x, "locatedIn", p, "rel.locatedIn.adjacent", 0.75)  # not 房山区|永定河: a river runs through many
                yield from units_listed(c, p, i + 1)


# 连接常德、益阳、长沙的常益长高铁, 覆盖皖、苏、浙、沪地区的环网: the places a line joins or a network covers
_SPAN_VERB = re.compile(r"(?:连接|连通|联通|贯通|串联|沟通|横跨|跨越|纵贯|途经|穿越|覆盖|辐射|通往|直达|往返|连结)[^，。；]{0,20}$")
_LIST_BEFORE = ("、", "和", "与", "及", "至", "到")
# a name of a river, lake or mountain used as a modifier (黄河上游, 环太湖大堤): not a thing of its own there
_NATURE_TAIL = ("河", "江", "湖", "海", "山", "峡", "岭", "川")


def _spans(c: Clause, i: int) -> bool:
    """The place at index i (or its address run) is one a line joins or a list names (A、B的X, 连接A和B的X, 北京至张家口蔚县的X)."""
    j = next(k for k in range(i, -1, -1) if k == 0 or c.mentions[k - 1].type != "Place" or c.between(c.mentions[k - 1], c.mentions[k]))
    return c.before(c.mentions[j], 1) in _LIST_BEFORE or _joined(c, c.mentions[i])


def _joined(c: Clause, m: Mention) -> bool:
    """m is what a line joins or a network covers (连通新安、龙湖等水库), not the line named after 的
    (连接常州和泰州的[常泰长江大桥], 连接长江、淮河的引江济淮航道控制性工程——[蜀山船闸项目])."""
    hit = _SPAN_VERB.search(c.text, segment_start(c.text, c.loc(m.start)), c.loc(m.start))
    return hit is not None and "的" not in hit.group()


def _modifier(c: Clause, m: Mention) -> bool:
    """A river, lake or mountain named as the modifier of a longer phrase (黄河上游, 太湖大堤)."""
    after = c.after(m, 1)
    return m.type == "Place" and (m.canonical or m.text).endswith(_NATURE_TAIL) and bool(re.match(r"[\u4e00-\u9fff“]", after)) and after not in "和与及等"


_GOVERNING = ("管委会", "管理委员会", "政府", "党委", "党工委", "工委", "委员会", "办事处")
_BASE_TAIL = ("基地", "园区", "产业园", "工业园", "开发区", "新区", "示范区", "新城", "港区", "保税区", "试验区")


def _governs(m: Mention) -> bool:
    """[苏州工业园区][管委会], [杭州市][西湖区政府]: the body that governs the place before it, whose
    place is its jurisdiction (read off its name), not where it stands."""
    return m.type == "GovernmentBody" or (m.canonical or m.text).endswith(_GOVERNING)


_MEMBERS = re.compile(r"(?:委员|代表|成员|会员|干部|职工|员工|专家|学生|校友)")
