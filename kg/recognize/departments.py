"""Government departments and party organs from the department list, with the jurisdiction
before them (省工信厅, 太原市人民政府, 中共太原市委宣传部) and chained bodies (省政府新闻办)."""
from __future__ import annotations

import re

from ..prefixes import ZONE_BODIES
from ..rescan import finditer
from ..words import common_words
from .abbreviations import COUNTRY_CHARS
from .base import Candidate, Resources, Scan, proposer
from .context import Context
from .generic import HOME_COUNTRY

# an ad-hoc body a government or department sets up, named after it (国务院事故调查组, 省委巡视组,
# 国务院安委会督查组): an organisation of its own, as the golds list it
_AD_HOC = re.compile("[\u4e00-\u9fff]{0,6}?(?:联合调查组|调查组|工作组|督查组|督导组|检查组|巡视组|指导组|专班)")

_HEAD_OF_POST = frozenset("部局厅")  # (部长, 局长, 厅长)
# a foreign country's one character before a department that opens with 国 (美|国防部, 俄|国防部, 英|国家统计局: 美国防部, the
# country's name and the department's sharing 国; CLUENER labels the whole)
_FOREIGN_CHARS = frozenset(c for c in COUNTRY_CHARS if c not in "中华欧日")  # (not 日: 22日|国家发改委, 近日|国家统计局, dates)
# a government's office in another city (湖北省人民政府驻北京办事处, 省政府驻沪办): one body, the government's
_LIAISON = re.compile("驻[\u4e00-\u9fff]{1,6}?(?:办事处|联络处|联络办|办)")


@proposer("departments")
def departments(res: Resources, scan: Scan) -> list[Candidate]:
    """Department names whose jurisdiction (a place before them, or 省/市/县) is written."""
    ctx, hits, place_end = scan.ctx, scan.hits, scan.place_end
    out: list[Candidate] = []
    text = ctx.text
    post_starts = {s for s, _, kind, _ in hits if kind == "post"}
    for s, e, kind, key in hits:
        if kind != "dept" or not ctx.is_end(e) and not _dept_continues(text, e) and e not in post_starts and not _glued_after(res, scan, s, e) and not (
                e - 1 in post_starts and key[-1] in _HEAD_OF_POST):
            continue  # 市委书记: a post may follow the body inside one word; 财政部|长 (财政部部长 contracted: the body's last character opens the post)
        for dep in res.lex.dept_by_surface[key]:
            if dep.style == "standalone" and e - s <= 2 and not ctx.is_start(s) and s not in place_end:
                continue  # 跨国|办 (not 国办), 人民|建 (not 民建): a short name of its own starts a word
            start = _dept_start(text, s, dep.style, place_end)
            if start is None:
                continue
            if (inner := next((c for c in (place_end.get(s), place_end.get(s - 1)) if c is not None and c.start == start), None)) is not None:
                start = address_start(res, scan, inner)  # (the place before the department, or before its party's 委)
            out.append(Candidate(start, e, dep.type, f"department.{dep.style}", 4))
    return (_chain(out, text) + _ad_hoc(out, scan) + _liaison(out, scan) + _units(out, scan) + _zone_bodies(scan) + _bare(res, scan) + _circuits(out, scan) + _courts(scan) + _ministries(scan)
            + _administrations(res, scan))


# a foreign ministry named by its fields, then its minister (马来西亚副总理兼[能源及水务转型部]部长, 印尼…、[海洋与投资统筹部]部长,
# 新加坡副总理兼[经济政策统筹部]长: 部长 contracted): after 兼, a list comma or the country, its fields are its name
_MINISTRY = re.compile("([一-鿿]{2,10}?部)(?:部长|长)(?![级会们助])")
_MINISTRY_LISTED = re.compile("(?<=[兼、，])" + _MINISTRY.pattern)
# (a clause, not a ministry's fields; 统战部原部长: a former post; 总理兼…: two posts; 国防部负责政策的副部长: a deputy's post)
_NOT_FIELDS = re.compile("[在和与及副]$|^[在为将]|[的了是原兼]")


def _ministries(scan: Scan) -> list[Candidate]:
    """A foreign ministry by its fields before its minister's post, in a clause that names a foreign country (kg/data/world.tsv)
    less than 40 characters before; none the department list names (组织部, 外交部: `departments` reads those)."""
    text, out = scan.ctx.text, list[Candidate]()
    if "部" not in text:
        return out
    depts = {e for _, e, kind, _ in scan.hits if kind == "dept"}
    world = [c for c in scan.places if c.rule == "gazetteer.world"]
    countries = [c.end for c in world if not any(d.start <= c.start and c.end < d.end for d in world)]  # (印度尼西亚, not its 印度)
    for m in _MINISTRY_LISTED.finditer(text) if countries else ():
        out += _ministry(m, depts, countries, text)
    for c in countries:  # (印度尼西亚[经济统筹部]长: right after the country)
        if (after := _MINISTRY.match(text, c)) is not None:
            out += _ministry(after, depts, countries, text)
    return out


def _ministry(m: re.Match[str], depts: set[int], countries: list[int], text: str) -> list[Candidate]:
    s, e = m.span(1)
    if e in depts or _NOT_FIELDS.search(m.group(1)[:-1]) or not any(s - 40 <= c <= s and "。" not in text[c:s] for c in countries):
        return []
    return [Candidate(s, e, "GovernmentBody", "department.foreign", 4)]


# a circuit court by its number (第九巡回法庭, 联邦第五巡回上诉法院; China's supreme court's 第六巡回法庭): a court, whose
# country or supreme court written right before it is part of its name (CLUENER: 美国第九巡回法庭 and 第九巡回法庭 both whole)
_CIRCUIT = re.compile("(?:联邦)?第[一二三四五六七八九十]{1,3}巡回(?:上诉)?(?:法院|法庭)")


def _circuits(found: list[Candidate], scan: Scan) -> list[Candidate]:
    out = []
    for m in finditer(_CIRCUIT, scan.ctx.text) if "巡回" in scan.ctx.text else ():
        s = next((c.start for c in found if c.end == m.start()), m.start())  # 最高人民法院|第六巡回法庭
        if s == m.start() and (place := scan.place_end.get(s)) is not None and place.type == "Place":
            s = place.start  # 美国|联邦第九巡回上诉法院
        out.append(Candidate(s, m.end(), "GovernmentBody", "department.circuit", 4))
    return out


# a court by its level or its jurisdiction's kind (地方法院, 联邦法院, 高等法院, 裁判法院, 当地法庭), after the place it sits for
# (纽约南区联邦法院, 卡迪夫地方法院, 纽卡斯尔当地法庭): a court of that place, named with it (CLUENER's non-held sentences label
# 10 of the 11 such courts whole, with the place; the other, 上诉法院 after a verb, names no place)
_LEVEL_COURT = re.compile("(?:[东南西北中]区)?(?:联邦|地方|高等|最高|上诉|地区|当地|裁判|治安|初审|巡回)(?:法院|法庭)")


def _courts(scan: Scan) -> list[Candidate]:
    """A court by its level right after a place or two (美国|北加州|地方法院), the places its name: the gazetteer's and the world's,
    or words the segmenter tags a place or a foreign name (纽卡斯尔/nrt|当地法庭)."""
    out, ctx = [], scan.ctx
    for m in finditer(_LEVEL_COURT, ctx.text) if "法" in ctx.text else ():
        s = m.start()
        for _ in range(2):
            if (place := scan.place_end.get(s)) is not None and place.type == "Place":
                s = place.start
            elif (tok := ctx.token_at(s - 1)) is not None and tok.end == s and (tok.pos in _COURT_PLACE_POS or tok.pos == "nr" and tok.end - tok.start >= 3):
                s = tok.start
            else:
                break
        if s < m.start() and ctx.is_start(s) and ctx.is_end(m.end()):
            out.append(Candidate(s, m.end(), "GovernmentBody", "department.court", 4))
    return out


_COURT_PLACE_POS = frozenset(("ns", "nrt"))


# a government or its army named after the leader who heads it (奥巴马政府, 巴蒂斯塔政府, 卡扎菲政府军: CLUENER's non-held
# sentences label 4 of 4 such names whole); the leader a word the segmenter tags a name, or a place no list knows (里根/ns)
_ADMINISTRATION = re.compile("政府军?")
_LEADER_POS = frozenset(("nr", "nrt", "nrfg"))
_COUNTING = frozenset("一二三四五六七八九十两几多各诸众每该本")


def _administrations(res: Resources, scan: Scan) -> list[Candidate]:
    """A leader's name right before 政府 (政府军), on word boundaries: the leader's government, a GovernmentBody."""
    out, ctx = [], scan.ctx
    for m in finditer(_ADMINISTRATION, ctx.text) if "政府" in ctx.text else ():
        tok = ctx.token_at(m.start() - 1) if m.start() > 1 else None
        if tok is None or tok.end != m.start() or tok.end - tok.start < 2 or not ctx.is_end(m.end()) or not (
                tok.pos in _LEADER_POS or tok.pos == "ns" and res.lex.place(tok.text) is None and tok.text not in res.world):
            continue
        if not any(c in _COUNTING for c in tok.text) and not tok.text.endswith(("国", "地", "方")):  # (三国政府, 闽浙赣三地政府: several)
            out.append(Candidate(tok.start, m.end(), "GovernmentBody", "department.administration", 3))
    return out


# the state's organs named by their kind alone (法院认为, 被公安机关刑事拘留, 中央政府如此重视): mentions CLUENER labels
# (of those standing alone in its non-held sentences: 法院 9 of 12, 公安机关 6 of 6, 中央政府 4 of 4, 地方政府 5 of 5,
# 检察机关 4 of 4, 国会 4 of 5, 派出所 4 of 5), generic: no graph node; a longer name around one wins (海口市中级人民法院)
# (and the departments of a field: 监管部门 9 of 13, 住保部门 4 of 8, 民政部门 3 of 3; 警方 9 of 20; 警局 2 of 2, 警署 1 of 1;
# the state's purse and its regulators by their kind: 中央财政 2 of 3, 国家财政 1 of 1, 监管机构 2 of 4, 监管当局 1 of 1)
# (a state's legislature or cabinet by its kind, as 国会: People's Daily's non-held sentences label 国家杜马 4 of 4, 国民议会, 议会上院,
# 议会下院 1 of 1 each, bare 议会 1 of 2, 内阁 2 of 2; CLUENER's 参议院 1 of 1)
_BARE_ORGANS = re.compile("法院|检察院|公安机关|检察机关|中央政府|地方政府|中央财政|国家财政|监管机构|监管当局|国会|国家杜马|国民议会|议会(?:上院|下院)?|参议院|众议院|上议院|下议院|内阁|派出所|警方|警局|警署|(?:住保|住房保障|房产|房管|民政|税务|工商|警察"
                          "|公安|质监|质量监督|国土|物价|司法|消防|教育|户政|环保|卫生|财政|城管|规划|监管)部门")
# organs named by a short word that alone is no body (交警: a traffic policeman; 税务: a field), a body only after the place or
# level that owns it (河南交警, 北京地税, 南京车管所, 台北看守所: CLUENER's non-held sentences label 6 of 6 whole; 另一位交警, 两名交警
# stand alone unlabelled)
_PLACED_ORGANS = re.compile("交警|地税|国税|税务|车管所|看守所")


def _bare(res: Resources, scan: Scan) -> list[Candidate]:
    """Organs of the state named by their kind alone, on word boundaries (`_BARE_ORGANS`), with the place or the level
    written right before them (长沙警方, 重庆市公安机关, 宣武区住保部门, 区民政部门: CLUENER's non-held sentences label the
    place with the organ 13 times of 16, People's Daily the place alone). No node: the place stays a name of its own
    (`unnested_in_kinds`), and where the model reads the same span (浙江税务部门: one province's) its name wins."""
    ctx, text = scan.ctx, scan.ctx.text
    out = []
    for m in (*finditer(_BARE_ORGANS, text), *finditer(_PLACED_ORGANS, text)):
        s = m.start()
        if s in scan.place_end and scan.place_end[s].type == "Place" and text[scan.place_end[s].start : s] not in HOME_COUNTRY:
            s = address_start(res, scan, scan.place_end[s])  # (not 中国公安机关, 我国警方: the home country's, as 中国政府)
        elif s > 0 and text[s - 1] in "省市县区" and (s < 2 or text[s - 2] not in _NOT_LEVEL) and ctx.is_start(s - 1):
            s -= 1
        elif m.group() == "派出所" and (k := _station_place(ctx, s)) < s:
            out.append(Candidate(k, m.end(), "GovernmentBody", "department.station", 0))  # a station of its own: a node
            continue
        if ctx.is_start(s) and ctx.is_end(m.end()) and (s < m.start() or m.re is _BARE_ORGANS):
            out.append(Candidate(s, m.end(), "GovernmentBody", "department.bare", 1 if s == m.start() else 0))
    return out


# the street, road, village or town a police station serves, written as its name (督院|街派出所, 淮海路派出所, 四所|村派出所:
# CLUENER's non-held sentences label 9 of 9 so, with the station)
_STATION_PLACE_ENDS = ("街", "路", "村", "镇", "乡", "街道", "社区")
_STATION_PLACE_POS = frozenset("ns nz nrt j".split())


def _station_place(ctx: Context, s: int) -> int:
    """Where the place a police station at s is named after starts (s when none is written right before it)."""
    tok = ctx.token_at(s - 1)
    if tok is None or tok.end != s or not ctx.is_end(s):
        return s
    if tok.text in _STATION_PLACE_ENDS and (head := ctx.token_at(tok.start - 1)) is not None and head.end - head.start >= 2 and head.pos[:1] in "nj":
        return head.start  # 督院|街, 四所|村
    return tok.start if tok.end - tok.start >= 2 and (tok.pos in _STATION_PLACE_POS or tok.text.endswith(_STATION_PLACE_ENDS) and tok.text not in _STATION_PLACE_ENDS) else s


_CLAUSE_CHARS = frozenset("将已在与和对是为也还正要均于把被向从就")
_NOT_LEVEL = "全本该各每跨分城特辖景社"  # (全市公安机关, 该区民政部门: all of them, or one named before; not a level written alone)


def _glued_after(res: Resources, scan: Scan, s: int, e: int) -> bool:
    """The segmenter's guess glued the name's last character to the next one (国家发展改革|委将|设立):
    a word of no dictionary, across the end of a name of three characters or more, or of a 委 after a division
    (兴宾区|委原|书记)."""
    tok = scan.ctx.token_at(e - 1)
    if tok is None or not tok.start < e < tok.end or not (e - s >= 3 or s in scan.place_end):
        return False
    # (工信部|将 read as 部将, a general: a word of the dictionary, whose last character is an adverb or a preposition of the clause)
    return not res.seg.in_dictionary(tok.text) or tok.end == e + 1 and scan.ctx.text[e] in _CLAUSE_CHARS


def address_start(res: Resources, scan: Scan, inner: Candidate) -> int:
    """Where a body's name opens that opens with the division `inner`: a city written right before it that holds it is
    part of the name (长沙市|岳麓区人民法院, 杭州市|西湖区公安分局: CLUENER's non-held sentences label 12 of 12 such bodies
    with the city, none from the district; the news readers list 长春市南关区财政局), its short name too (深圳|福田区人民法院,
    北京|昌平区人民法院: 2 of 2). Not a province (福建省|厦门市人大常委会:
    the news readers list the province as a place and the body from its city), nor a city a province is written before."""
    outer = scan.place_end.get(inner.start)
    if outer is None or outer.rule not in ("gazetteer.division", "gazetteer.short") or not _city_holds(res, scan.ctx.text[outer.start : inner.start], scan.ctx.text[inner.start : inner.end]):
        return inner.start
    if (province := scan.place_end.get(outer.start)) is not None and province.rule == "gazetteer.division":
        return inner.start  # (广西壮族自治区来宾市|兴宾区委: a whole address, whose province and city the news readers list apart)
    return outer.start


def _city_holds(res: Resources, outer: str, inner: str) -> bool:
    """A city named `outer` holds a division named `inner` (杭州市 holds 西湖区; 南昌市 has a 西湖区 too: any of the names'
    divisions); the four municipalities are cities (北京市|朝阳区)."""
    cities = {c for c in res.lex.by_name.get(outer, ()) if (d := res.lex.divisions[c]).level == "city" or d.level == "province" and d.name.endswith("市")}
    return bool(cities) and any(a.code in cities for code in res.lex.by_name.get(inner, ()) for a in res.lex.ancestors(code))


# the special administrative regions, whose own bodies bear the names of the central ones (香港证监会, 澳门海关)
_SPECIAL_REGIONS = frozenset({"香港", "澳门", "香港特区", "澳门特区", "香港特别行政区", "澳门特别行政区"})


def _dept_start(text: str, s: int, style: str, place_end: dict[int, Candidate]) -> int | None:
    if style == "standalone":  # 国防部; a foreign country's own (俄罗斯国防部, 美国商务部, 俄国防部: by its one character)
        prev = place_end.get(s)
        if prev is not None and (prev.rule == "gazetteer.world" or text[prev.start : s] in _SPECIAL_REGIONS):
            return prev.start  # (and a special region's own: 香港证监会, as the news readers list it)
        return s - 1 if s > 0 and text[s - 1] in _FOREIGN_CHARS and text[s] == "国" else s
    p = s
    if style == "party":  # 省委宣传部: the 委 before the department
        if p == 0 or text[p - 1] != "委":
            return None
        p -= 1
    if p in place_end:
        return place_end[p].start
    if p > 0 and text[p - 1] in "省市县区州旗" and (p < 2 or text[p - 2] not in _NOT_LEVEL):
        return p - 3 if text.endswith("自治", 0, p - 1) else p - 1  # 自治区党委, 自治州政府: the level is 自治区, not 区
    if style == "party-root":
        return None
    return None


def _dept_continues(text: str, e: int) -> bool:
    return e < len(text) and text[e] in "，。、；：）)（(和与及的”"


def _chain(cands: list[Candidate], text: str) -> list[Candidate]:
    """Join a body and the department that follows it: 省政府 + 新闻办 -> 省政府新闻办."""
    by_start: dict[int, list[Candidate]] = {}
    for c in cands:
        by_start.setdefault(c.start, []).append(c)
    out = list(cands)
    for c in cands:
        for d in by_start.get(c.end, []):
            typ = "GovernmentBody" if "GovernmentBody" in (c.type, d.type) else d.type  # (总台 + 央视频: a media group's platform, no organ)
            out.append(Candidate(c.start, d.end, typ, "department.chain", 4))
    # a bare department name directly after a body: 太原市人民政府 + 新闻办公室
    return out


def _ad_hoc(bodies: list[Candidate], scan: Scan) -> list[Candidate]:
    """A body's name and the ad-hoc group after it, on a word end: an Organization."""
    out = []
    for c in bodies:
        m = _AD_HOC.match(scan.ctx.text, c.end)
        if m is None or not scan.ctx.is_end(m.end()) or "的" in m.group():
            continue
        if not any(t.pos in ("v", "p", "c") for t in scan.ctx.within(c.end, m.end() - 2)):  # not 国务院[成立]调查组
            out.append(Candidate(c.start, m.end(), "Organization", "department.ad-hoc", 4))
    return out


def _liaison(bodies: list[Candidate], scan: Scan) -> list[Candidate]:
    """A government's name and 驻<place>办事处 after it (湖北省人民政府驻北京办事处): a GovernmentBody."""
    text = scan.ctx.text
    out = []
    for c in bodies:
        m = _LIAISON.match(text, c.end) if text.endswith("政府", c.start, c.end) else None
        if m is not None and scan.ctx.is_end(m.end()) and (m.end() - 3 in scan.place_end or m.end() - 2 in scan.place_end
                                                           or text[c.end + 1] in "京沪津渝港澳"):
            out.append(Candidate(c.start, m.end(), "GovernmentBody", "department.liaison", 4))
    return out


# a department's unit written right after it (福州市公安局|经侦支队, 美国国防部|导弹防御局, 央行|上海总部, 财政部|国库司), and its
# office (市住保办|政策计划处, 槐荫区卫生局|医政科: CLUENER labels 4 of the 5 such pairs in its non-held sentences whole; not a
# centre, 文化和旅游部|数据中心, which CLUENER types either way and the news golds an Organization)
_UNIT = re.compile("[\u4e00-\u9fff]{0,5}?(?:支队|大队|总队|分局|总部|司令部)|[\u4e00-\u9fff]{2,5}?[局司处科]")


def _units(bodies: list[Candidate], scan: Scan) -> list[Candidate]:
    """A department's name and the unit after it, on a word end, with no verb or preposition inside: the unit, a
    GovernmentBody. An office before its chief's post (公诉处|处长, 处处长 one word) may hold a verb (公诉) but no post."""
    out, text = [], scan.ctx.text
    posts = [(s, e) for s, e, kind, _ in scan.hits if kind == "post"]
    for c in bodies:
        m = _UNIT.match(text, c.end) if c.type == "GovernmentBody" else None
        head = m.group()[-1] if m is not None else ""
        chief = head in "处科" and m is not None and text.startswith((head + "长", "副" + head + "长"), m.end())
        if m is None or not chief and head in "局司处科" and not scan.ctx.is_start(m.end() - 1) and not _bureau_word(scan, c.end, m.end()):
            continue  # (导弹防御|局, 国库|司: the head a word of its own, or 法制局, a bureau jieba holds whole; not 全局, 布局, 公司)
        if chief and any(c.end <= s < m.end() for s, _ in posts):
            continue  # (副厅长兼处长: posts, no office)
        barred = ("p", "c", "uj", "m") if chief else ("v", "p", "c", "uj", "m")
        if (chief or scan.ctx.is_end(m.end())) and scan.ctx.is_start(c.end) and not any(t.pos in barred for t in scan.ctx.within(c.end, m.end() - chief)):
            out.append(Candidate(c.start, m.end(), "GovernmentBody", "department.unit", 4))
    return out


def _bureau_word(scan: Scan, s: int, e: int) -> bool:
    """text[s:e] is one token of three characters or more whose last two are no word of the language (中央军委|法制局;
    not 新格局, 子公司)."""
    tok = scan.ctx.token_at(s)
    return tok is not None and tok.start == s and tok.end == e and e - s >= 3 and scan.ctx.text[e - 2 : e] not in common_words()


_ZONE_BODY = re.compile("|".join((*ZONE_BODIES, "工委")))  # (and a bare 工委)


def _zone_bodies(scan: Scan) -> list[Candidate]:
    """A zone's or a division's name and the committee that runs it (苏州工业园区管委会, 兰州新区党工委): one body."""
    out = []
    for m in _ZONE_BODY.finditer(scan.ctx.text):
        place = scan.place_end.get(m.start())
        if place is not None and scan.ctx.is_end(m.end()):
            out.append(Candidate(place.start, m.end(), "GovernmentBody", "department.zone-body", 4))
    return out
