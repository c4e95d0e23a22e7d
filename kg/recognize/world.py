"""Foreign places, regions, landmarks and international bodies (kg/data/world.tsv): their names on word
boundaries or heading a noun (中国国情, 美国式). A foreign country or city that plays a match is its team (`teams`)."""
from __future__ import annotations

import functools
import re
from collections.abc import Container

from .. import words
from ..types import Mention, replace
from .abbreviations import _STATE_POSTS, INSIDE_NAMES, RELATION_AFTER, world_cities, world_countries
from .base import Candidate, Resources, Scan
from .clubs import CITY_CLUBS, CLUBS, club_names, club_runs, cut_clubs, unread_clubs
from .context import Context
from .generic import COMPASS_REGIONS
from .predicates import predicate_verb
from .resolve import grown_left
from .squads import clubs_typed, squads
from .suffixes import post_glued

_HEADED_POS = frozenset({"n", "nz", "ns", "nt", "j", "l", "b"})
_NR_LIKE = re.compile(r"nr")
_LONG = 6  # a name this long is that name wherever it starts
_REGION_WORDS = ("地区", "流域")


@functools.cache
def world_names() -> dict[str, str]:
    """Foreign places, regions, landmarks and international organisations (kg/data/world.tsv): name -> type
    (read once per process: the segmenter's words and the recogniser's automaton both take it; callers do not change it)."""
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
    after_place = {e for _, e, kind, _ in hits if kind in ("world", "place")}  # (青海|柴达木盆地: one token to the segmenter)
    for s, e, kind, key in hits:
        if kind not in ("world", "intl", "work") or not (ctx.is_start(s) or s in after_place and ctx.is_end(e) or e - s >= _LONG and ctx.is_end(e)):
            continue  # (共建成渝地区双城经济圈: a long name whose first character the segmenter glued to a verb, 建成)
        if key in _TWO_COUNTRIES and (ctx.text[e : e + 2] in RELATION_AFTER or ctx.text[e : e + 2] in INSIDE_NAMES):
            continue  # 中欧班列, 中欧关系: China and Europe (abbreviations), not Central Europe
        if any(ctx.text[s : e + k] in COMPASS_REGIONS for k in (1, 3)):
            continue  # 中东[部]雨雪, 中东[部地区]: the middle and east of the country, not the Middle East
        tok = ctx.token_at(s)
        if ctx.is_end(e) or kind == "world" and tok is not None and (tok.pos in _HEADED_POS and not _NR_LIKE.match(tok.pos) or tok.text == key + "人" or tok.text[e - s :] in _STATE_POSTS) or kind == "intl" and post_glued(scan, e):
            # (瑞典人: the people of the country, one word the segmenter tags as a person's name; 德国总理/nr: and its head of government)
            # (新开发银行|行长: jieba glues the body's last word and the post after it, 银行行长)
            # an international body by its name (世界银行) is that body whatever a suffix says (银行: a company);
            # a foreign place stays below the model (利物浦 the club)
            region = res.world[key] == "Place" and ctx.text.startswith(_REGION_WORDS, e) and ctx.is_end(e + 2)
            quoted = kind == "work" and ctx.text[s - 1 : s] in "“\"" and s > 0 and ctx.text[e : e + 1] in "”\"" and e < len(ctx.text)
            out.append(Candidate(s - quoted, e + 2 * region + quoted, res.world[key], "gazetteer.world", 0 if kind == "world" else 3,
                                 canonical=key if region or quoted else None))  # (“西电东送”: a work quoted whole, as written)
            # (华北地区, 中东地区, 淮河流域: the region or basin, named with 地区 or 流域; its name without it is the canonical one)
            if (organ := _organ_after(ctx, key, e)) is not None:
                out.append(Candidate(s, organ, "GovernmentBody", "world.state-organ", 3))
            elif res.world[key] == "Organization" and ctx.text.startswith("秘书处", e) and ctx.is_end(e + 3):
                out.append(Candidate(s, e + 3, "Organization", "world.secretariat", 3))  # 上合组织秘书处: its secretariat
    return out + _armies(ctx, res.lex.surnames)


# a country's armed forces by its one character and 军 (美军, 日军, 俄军: CLUENER's non-held sentences label 113 of
# the 114 standing alone outside a title; 《德军总部》 is a game), and its services (俄海军, 美海军, 俄空军: 6 of 7; not after
# 以 or 印, prepositions too: 以海军为主)
_ARMY = re.compile("[美日俄英法德韩以伊苏印越朝]军|[美日俄英法德韩苏朝][海陆空]军")


# a service of the armed forces by its bare name (海军发言人, 振兴海军: CLUENER's non-held sentences label 48 of the 65 standing
# alone, People's Daily 4 of 4; whose, the name does not say: no node), and China's armies by their short names (解放军, 八路军,
# 新四军: 12 of 13, and 4 of 4; names of bodies)
_BRANCH = re.compile("[海陆空]军")
_FORCES = {"解放军": "中国人民解放军", "八路军": "八路军", "新四军": "新四军"}
_FORCES_RE = re.compile("|".join(_FORCES))


def _armies(ctx: Context, surnames: Container[str]) -> list[Candidate]:
    """A country's armed forces named by its one character and 军, a bare service (海军) or 解放军, on word boundaries,
    outside a title's marks."""
    text = ctx.text
    found = [(m, rule) for rule, rx in (("world.army", _ARMY), ("world.branch", _BRANCH), ("world.forces", _FORCES_RE)) for m in rx.finditer(text)] if "军" in text else []
    return [Candidate(m.start(), m.end(), "GovernmentBody", rule, 2, canonical=_FORCES.get(m.group()) if rule == "world.forces" else None) for m, rule in found
            if ctx.is_start(m.start()) and ctx.is_end(m.end()) and text.rfind("《", 0, m.start()) <= text.rfind("》", 0, m.start())
            and not (rule == "world.branch" and _after_surname(ctx, m.start(), surnames))]


def _after_surname(ctx: Context, s: int, surnames: Container[str]) -> bool:
    """A surname the segmenter leaves alone before s (授予钱|海军: a person, 钱海军)."""
    tok = ctx.token_at(s - 1) if s > 0 else None
    return tok is not None and tok.end - tok.start == 1 and tok.text in surnames


def _organ_after(ctx: Context, country: str, e: int) -> int | None:
    """The end of a state organ named right after a foreign country's name (保加利亚[国民议会], 马来西亚[联邦政府]), on a
    word's end; of China's own, its forces alone (中国|军队, 中国|空军: CLUENER's non-held sentences label 7 of 8 whole), not
    中国政府 (the state, as its own news names it)."""
    if country == "中国":
        m = _HOME_FORCES.match(ctx.text, e)
        return m.end() if m is not None and ctx.is_end(m.end()) else None
    if country not in world_countries().get(country[:1], ()):
        return None
    m = _ORGAN_AFTER.match(ctx.text, e)
    # (芬兰农林部|长: the minister's post glued to the ministry's 部 by the segmenter; 日本防卫|省要: its last character glued
    # to the next one in a word of no dictionary)
    if m is not None and (ctx.is_end(m.end()) or ctx.text.startswith("部长", m.end() - 1) or _glued(ctx, m.end())):
        return m.end()
    return _agency_after(ctx, e)


# a foreign state's agency, commission or command by its field, after the country (美国联邦贸易委员会, 英国电影分级委员会,
# 英国边境局, 日本气象厅, 美国战略司令部: of the names a foreign country (not China) opens and 委员会, 司令部, 局, 署 or 厅 ends
# in CLUENER's non-held sentences, 21 are GovernmentBody, 1 Organization: 英国金融服务管理局); not a company's, a party's or a
# society's unit, nor the authorities (当局)
_AGENCY = re.compile(r"(?:联邦)?[\u4e00-\u9fff]{2,9}?(?:委员会|司令部|局|署|厅)")
_NOT_AGENCY = re.compile("公司|集团|银行|大学|学院|协会|学会|基金|美术馆|博物馆|俱乐部|联盟|董事|党|的|(?:平|格|当|布|大|结|开|饭|赌|骗|残|出|时|政|战|全|僵|终|败|胜|棋|危|变|乱)局$|[餐大客展]厅$")
_VERB_POS = frozenset(("v", "vd", "vn"))
_AGENCY_POS = frozenset(("n", "nz", "vn", "v", "j", "nt", "b", "l", "c", "ns"))


def _agency_after(ctx: Context, e: int) -> int | None:
    """The end of `_AGENCY` right after a foreign country's name, on a word's end, its words nouns or fields (not 的, a
    number or a pronoun; 和 not before another country: 美国和|日本…) and none a body's of another kind (`_NOT_AGENCY`)."""
    m = _AGENCY.match(ctx.text, e)
    if m is None or not ctx.is_start(e) or not ctx.is_end(m.end()) or _NOT_AGENCY.search(m.group()) is not None:
        return None
    toks = ctx.within(e, m.end())
    if toks[-1].pos in _VERB_POS and toks[-1].end - toks[-1].start > 1 or toks[0].pos == "v" and predicate_verb(toks[0].text) and m.end() - toks[0].end >= 3:
        return None  # (南非电力龙头|签署: a verb ends the clause; 美国|建立|网络战司令部: the country's verb, then a body's name; not 警察/v|总署)
    return m.end() if all(t.pos in _AGENCY_POS and t.text not in _JOINS or t.text in _JOINS and not _country(n.text) for t, n in zip(toks, toks[1:] + toks[-1:])) else None


_JOINS = "和与及"


def _country(name: str) -> bool:
    return name in world_countries().get(name[:1], ())


def _glued(ctx: Context, e: int) -> bool:
    """The token over e - 1 runs on past e and is no word of the language (防卫|省要|引进): the segmenter's guess, not a word."""
    tok = ctx.token_at(e - 1)
    return tok is not None and tok.start == e - 1 < e < tok.end and tok.text not in words.common_words()


# what follows a country's name in the name of one of its state organs (利比亚总统委员会, 苏丹主权委员会,
# 法国国民议会, 美国国会参议院, 巴西联邦政府): a government body, whatever the model typed it
_ORGAN = (
    r"(?:(?:总统|主权|过渡|国家|政府|部长|内阁|执政|最高)[\u4e00-\u9fff]{0,6}(?:委员会|理事会)|(?:国民|联邦|最高|人民|全国)?议会"
    r"|国会(?:参议院|众议院)?|参议院|众议院|上议院|下议院|内阁|(?:联邦|中央|临时|过渡)?政府|总统府"
    # its ministries, armed forces, courts and missions (日本防卫省, 韩国联合参谋部, 孟加拉边防部队, 印度法庭, 美国驻华使馆; its forces
    # as a whole, 俄罗斯军方, 美国军队, 俄罗斯武装力量: CLUENER's non-held sentences label a foreign country and 军方, 军队 or 武装力量 whole 11 of 12)
    r"|(?:国防|外交|财政|内政|司法|商务|国土安全|能源|农业|卫生|教育|交通|农林|林业|渔业|环境|文化|劳工|劳动|贸易|工业|经济|通讯|旅游"
    r"|体育|移民|水利|矿业|石油|科技|科学|新闻|宣传|情报|社会事务|公共工程|基础设施)部|(?:防卫|外务|财务|经济产业|法务|总务)省"
    r"|联合参谋部|参谋长联席会议|国防军|武装部队|武装力量|军队|军方|边防部队|边防军|海岸警卫队|[陆海空]军|(?:最高|宪法|联邦)?法院|法庭"
    r"|(?:驻华)?(?:大)?使(?:领)?馆|(?:中央)?情报局|联邦调查局|国家安全局)")
_STATE_ORGAN = re.compile(_ORGAN + "$")
_HOME_FORCES = re.compile("军队|[海陆空]军")
_ORGAN_AFTER = re.compile(_ORGAN)


def state_organ(name: str) -> bool:
    """name is a foreign country's name and then one of its state organs, or an agency by its field (`_AGENCY`)."""
    return any(name.startswith(c) and (_STATE_ORGAN.fullmatch(name, len(c)) is not None or c != "中国" and _agency(name[len(c):]))
               for c in world_countries().get(name[:1], ()))


def _agency(name: str) -> bool:
    return _AGENCY.fullmatch(name) is not None and _NOT_AGENCY.search(name) is None and not any(c in _JOINS and _country(name[k + 1 : k + 3]) for k, c in enumerate(name))


_PAIR_DASHES = "—－-"


def dashed_pairs(mentions: list[Mention], text: str, world: Container[str]) -> list[Mention]:
    """A name written after a foreign place or China and one dash is named with it (中国—东盟自由贸易区,
    中国—东盟人工智能创新合作中心): the place before the dash opens the name and is nested in it (not a world name
    alone after the dash: 中国-[东盟]信息港 keeps what it has; not two countries, 中国-[沙特]; not after ——, which opens an
    apposition)."""
    def joins(head: Mention, m: Mention) -> bool:
        countrys = m.text in world or any(m.text.startswith(c) for c in world_countries().get(m.text[:1], ()))
        return m.type != "Person" and m.rule != "gazetteer.world" and text[m.start - 1] in _PAIR_DASHES and text[m.start - 2 : m.start] != "——" and not countrys

    heads = {m.end + 1: m for m in mentions if not m.nested and m.rule == "gazetteer.world" and m.type == "Place"}
    return grown_left(mentions, heads, joins, text)


NATIONAL_REGIONS = ("地区", "东北")


def regions_inside(named: list[Candidate], places: list[Candidate], text: str) -> list[Candidate]:
    """A national region written right after a division of the gazetteer (`places`) is a part of that division, not the
    region (贵州|西部地区, 吉林|东北地区): dropped from the world's names."""
    ends = {c.end for c in places}
    return [c for c in named if not (c.type == "Place" and c.start in ends and text[c.start : c.end].endswith(NATIONAL_REGIONS))]

# what only a match report says: home and away, the odds and lines, the league's stages, the result
_MATCH = re.compile(
    "主场|客场|主队|客队|客战|主胜|客胜|让球|让平|平半|半球|盘口|亚盘|欧赔|赔率|受注|足彩|胜负彩|联赛|欧冠|联盟杯|出线|保级|"
    "德比|球队|战平|逼平|平局|防平|进球|不败|交手|前锋|中卫|后卫|中场|门将|"
    "赛季|主教练|主帅|球员|伤病|战绩|赢球|大胜|连胜|连败|欧战|意甲|英超|西甲|德甲|法甲|荷甲|足球|"
    # (the rounds, suspensions, lines and tips of the lottery pages' reports: 本轮虽然佩罗塔停赛, 1胜7平6负, 复选10)
    "本轮|上轮|下轮|停赛|射手|锋线|防线|轮空|预选赛|世预赛|爆冷|稳胆|平赔|胜平负|复选|输球|冠军杯|热身赛|不敌|积分榜|球迷|"
    "八强|四强|十六强|半决赛|淘汰赛|小组赛|防冷|作胆|可捧|本场|此役|对战")  # (a tournament's stages; its groups by letter, 八强已经产生：e组的美国: `_GROUP`)
_GROUP = re.compile("(?<![a-zA-Z])[a-hA-H]组的")  # (apart, tried only where 组的 is: a pattern opening with a set is tried at every offset)
_RESULT = re.compile(r"\d[胜平]\d平?\d*负|积\d+分")  # (a record, 3胜1平2负 or 1平8负, or points, 积6分; apart: an alternative opening with \d kept re from skipping ahead to _MATCH's first characters)
# (A vs B, apart: a pattern opening with a negated set is tried at every offset, an alternation of words skips ahead)
_VERSUS = re.compile("[^a-zA-Z][vV][sS][^a-zA-Z]")


def _about_match(text: str) -> bool:
    """text speaks of a match: a word of football (`_MATCH`) or A vs B."""
    return _MATCH.search(text) is not None or ("负" in text or "积" in text) and _RESULT.search(text) is not None or "组的" in text and _GROUP.search(text) is not None or ("s" in text or "S" in text) and _VERSUS.search(text) is not None


# before a place that is where a match is played, not who plays it (在曼彻斯特, 作客西班牙, 前往马来西亚)
_WHERE_BEFORE = ("在", "于", "到", "赴", "去", "往", "作客", "做客", "来自", "抵达", "飞抵", "远征", "出征")
# after a place that is no side: a derby of a city, its line of odds, a part or people of it (罗马德比, 亚洲盘, 中国区, 英国人)
# or of its players, its teams of a kind, a trip there, a dateline (乌拉圭主力中卫, 意大利球队, 德国之行, 巴西利亚5月5日电)
_NOT_SIDE_AFTER = ("德比", "盘", "早餐盘", "区", "人", "籍", "市", "公司", "必发", "国脚", "足协", "国家队", "媒体", "联赛", "赛区", "时间", "球队",
                   "之行", "片", "记者", "前锋", "中锋", "边锋", "后卫", "中卫", "中场", "门将", "球星", "球员", "主帅", "教练", "主力", "名将", "体育报",
                   "选手", "运动员", "棋手", "队员", "车手", "组合", "裁判")  # (郑钦文惜败白俄罗斯[选手]萨巴伦卡: a player's country; a pair's, a referee's)
_VENUE = re.compile("(?:举行|举办|进行|开幕|闭幕|开赛|落幕)")  # 在泰国曼谷[举行]的女排亚洲杯: where it is held, no side
_TEAM_TAILS = ("女足", "男足", "女篮", "男篮", "女排", "男排", "队")  # 伊朗女足, 捷克队: the team named with its country
_DATELINE = re.compile(r"[\d一二三四五六七八九十]{1,2}月")
_SENTENCE = re.compile("[^。！？!?\n]+")


@functools.cache
def team_places() -> frozenset[str]:
    """The foreign countries and cities of kg/data/world.tsv (not continents, regions, China's own places)."""
    return frozenset(n for names in world_countries().values() for n in names if n != "中国") | world_cities() | _HOME_NATIONS


@functools.cache
def _sides() -> frozenset[str]:
    """Every name a side goes by: the clubs (`kg.recognize.clubs.CLUBS`, `CITY_CLUBS`) and `team_places`."""
    return CLUBS | CITY_CLUBS | team_places()


# the United Kingdom's home nations, which play international football as teams of their own (对战俄罗斯与[威尔士])
_HOME_NATIONS = frozenset({"英格兰", "苏格兰", "威尔士", "北爱尔兰"})


def teams(mentions: list[Mention], text: str, doc_id: str = "") -> list[Mention]:
    """Foreign countries and cities that are sides in a sentence about a match or right next to one (the sentence before
    or after it goes on about the match: 爱沙尼两连败。[西班牙]实力和状态都处于最佳), retyped Organization
    (`team.side`); one written with 队 or its squad (捷克队, 伊朗女足) is named with it; a club nothing read there is named
    (`kg.recognize.clubs.unread_clubs`), a run of sides read as one name is each side (`kg.recognize.clubs.club_runs`); an
    esports team is named by its handle (`kg.recognize.squads`: PanDa战队)."""
    if _CLUB_HEADS.search(text) is not None:
        mentions = _clubs(mentions, text)
    mentions = clubs_typed(squads(mentions, text, doc_id))
    about = _about_match(text)
    if about:  # (CLUENER's four non-held folds: 10 sides gained from the sentences next to one about a match, none wrong)
        spans = [(m.start(), m.end(), _about_match(m.group())) for m in _SENTENCE.finditer(text)]
        report = 2 * sum(a for _, _, a in spans) >= len(spans)  # (a match report: half its sentences or more speak of a match)
        sentences = [(s, e) for k, (s, e, a) in enumerate(spans) if a or report and (k and spans[k - 1][2] or k + 1 < len(spans) and spans[k + 1][2])]
    else:
        sentences = []
    mentions = unread_clubs(club_names(mentions, sentences), text, sentences, doc_id, _side)
    if not about:
        return mentions
    places = team_places()
    mentions = cut_clubs(club_runs(mentions, sentences, places), text, sentences, _sides(), doc_id)
    out = []
    for m in mentions:
        if m.type == "Place" and not m.nested and m.text in places and any(s <= m.start and m.end <= e for s, e in sentences) and _side(text, m.start, m.end):
            tail = next((t for t in _TEAM_TAILS if text.startswith(t, m.end)), "")
            m = replace(m, type="Organization", rule="team.side", end=m.end + len(tail), text=m.text + tail, canonical=None)
        out.append(m)
    return out


# what a European football club is named with after its city, and nothing else is after a foreign city: Dynamo, Spartak, CSKA
# (the Central Army club), Lokomotiv, Torpedo, Partizan, Shakhtar (the miners), Atlético (竞技), from general knowledge of the
# clubs of the European leagues and how Chinese sports pages write them (莫斯科斯巴达克, 基辅迪纳摩, 马德里竞技, 贝尔格莱德游击队)
_CLUB_HEADS = re.compile("迪那摩|迪纳摩|斯巴达克|斯巴达|中央陆军|火车头|鱼雷|游击队|矿工|竞技")
_CJK_AFTER_HEAD = re.compile("场|馆|体育|运动")  # 马德里竞技场: a venue, no club


def _clubs(mentions: list[Mention], text: str) -> list[Mention]:
    """A foreign city written right before a club's head (`_CLUB_HEADS`: 基辅|迪那摩, 莫斯科|斯巴达) is the club, named whole,
    an Organization whatever the sentence says; what was read inside the head goes."""
    places, out, grown = team_places(), [], []
    for m in mentions:
        head = _CLUB_HEADS.match(text, m.end) if not m.nested and m.text in places and m.type in ("Place", "Organization") else None
        if head is not None and not _CJK_AFTER_HEAD.match(text, head.end()):
            m = replace(m, type="Organization", rule="team.club", end=head.end(), text=text[m.start : head.end()], canonical=None)
            grown.append((m.start, m.end))
        out.append(m)
    return [m for m in out if not any(s <= m.start and m.end <= e and (m.start, m.end) != (s, e) for s, e in grown)]


def _side(text: str, s: int, e: int) -> bool:
    """The place at s:e is a side: not where a match is played, not a derby's city, a line of odds or its people."""
    return not text.endswith(_WHERE_BEFORE, 0, s) and not text.startswith(_NOT_SIDE_AFTER, e) and _DATELINE.match(text, e) is None and not _VENUE.match(text, e)
