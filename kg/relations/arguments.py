"""How the frame engine finds a trigger's arguments in a clause: what may stand between an
agent and its verb (adverbials), between a verb and its patient (what introduces an object),
which mentions fit a frame's slots, and the places, topics and passives around them."""
from __future__ import annotations

import re

from .. import quantities
from ..types import EntityType, Mention, Predicate
from .clause import SEGMENT_END, Clause, index_of, is_division, segment_start
from .frames import Frame

ADV = re.compile(
    r"^(?:等(?:[^，。；！？,;、与和同跟及也]{0,6}?(?:单位|企业|机构|部门|股东|公司|方|平台|银行|券商|商家|集团|高校|院校|医院|地|城市|省份|省市|地区)(?:[和及、](?:单位|企业|机构|部门))?)?)?"  # 与B、C等电商平台(和机构)建立合作
    r"(?:\s|共同|联合|携手|负责|牵头|隆重|精心|成功|正式|顺利|积极|全力|大力|率先|首次|再次|继续|持续|近日|日前|近期|今天|今日|"
    r"昨天|昨日|当天|当日|上午|下午|晚上|将|将于|已|已经|曾|又|再|还|也|都|均|正|正在|拟|计划|准备|决定|先后|累计|总|共|"
    r"分别|专门|主动|此次|本次|今年|去年|明年|一直|长期|多年来|进一步|深入|全面|不断|现场|集中|依法|对口|定点|结对|深度|密切|多方面|实质性|"
    r"进行|开展|达成|建立|深化|加强|展开|签署|签订|友好|战略|务实|紧密|广泛|全方位|了|的|、|"
    r"直接|间接|合计|合共|仍|仍然|依然|目前|新进|大比例|大幅|第一次|首度|通力|"  # A将直接持有B 5%股份 (FinRE train)
    r"酝酿|寻求|探索|谋求|洽谈|商谈|筹划|推动|推进|拓展|"  # A与B酝酿合作 (FinRE train)
    r"相继|陆续|全方面|结成|保持着?|良好|着|"  # A相继与B展开合作, A与B保持着良好的合作伙伴关系, A与B结成战略合作伙伴 (FinRE train)
    r"最终|此前|之前|届时|共计|总计|继续|实际|现已|"  # A将最终持有B 5%的股权, A此前持有B…, A共计持有B 5亿股 (FinRE train)
    r"有着?|多年|深厚|"
    r"开启|启动|新一轮|全新|“[^“”，。；！？,;]{1,8}”|早前|早已|"
    # A自2015年开始持股B, A连续5个交易日斥资5亿元买入B股票: since when, how long, what it cost (FinRE train)
    r"自[^，。；！？,;]{1,10}?(?:起|开始|以来)|开始|连续[^，。；！？,;]{1,8}?(?:交易日|天|日|个月|年)|"
    r"(?:斥资|耗资)(?:约|近|逾|超过|总计|合计)?[\d.,]+\s*(?:万亿|千亿|百亿|十亿|亿|千万|百万|万)?(?:元|美元|欧元|港元|英镑|日元)(?:人民币)?|"  # A与B开启新一轮战略合作, A与B达成“排他性”战略合作 (FinRE train)  # A与B已经有多年的合作基础, A与B有着深厚的合作关系 (FinRE train)
    r"(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日|[（(](?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日[）)]|今晚|昨晚|"  # X公司3日与Y签约, 昨天（3月17日） (a date said without 于)
    r"于[^，。；！？,;]{1,12}?(?:年|月|日|号|时|期间)|在[^，。；！？,;]{1,20}?|在[^，。；！？,;]{1,32}?等?(?:领域|方面|行业)|从[^，。；！？,;]{1,12}?|"
    r"以[^，。；！？,;]{1,12}?(?:方式|形式|名义|价格)|通过[^，。；！？,;]{0,16}?|"  # A将以增资扩股方式对B进行出资
    # A以5.5亿元(自有资金)收购B 25%的股份, A拟以不超过3亿元认购B, A拟以每股15元收购B: what the act costs (FinRE train)
    r"以(?:每股)?(?:约|近|逾|超过|不超过|总计|合计)?[\d.,]+\s*(?:万亿|千亿|百亿|十亿|亿|千万|百万|万)?(?:元|美元|欧元|港元|英镑|日元)(?:人民币)?"
    r"(?:的?(?:价格|对价|总价|现金|资金|自有资金|自筹资金))?)*$"
)
# between the parties of a frame and its verb or role noun, besides ADV: the engine's orders (kg.relations.engine)
# the parties of 与 announce what they do together (A与B联合宣布达成战略合作, A和B宣布结成战略合作伙伴)
ANNOUNCED = re.compile("^(?:正式|今天|今日|昨天|昨日)?(?:联合|共同)?宣布(?:将)?")
TOPIC = re.compile(r"就([^，。；！？,;]{1,40}?)(?:事宜|事项|问题)?(?:进行|开展|达成|正式)?$|在([^，。；！？,;]{1,16}?)(?:领域|方面|行业)"
                   r"|(?:推动|推进|拓展|探索|深化|加强|开展)([^，。；！？,;]{1,10}?)(?:领域|方面|业务)$")  # A与B推动新业务领域合作
# what a sentence says of a counterpart between 与 and its name: a kind (与国际娱乐巨头迪斯尼, 与欧洲第二大酒店集团——法国卢浮酒店集团签约)
_DESCRIBED = re.compile(r"[与和同跟](?:[^，。；！？,;与和同跟“”《》]{1,12}?(?:巨头|公司|集团|企业|银行|机构|运营商|厂商|品牌|龙头)(?:——|—)?)?$")


def with_at(c: Clause, m: Mention) -> int:
    """The sentence-local offset of the 与 (和, 同, 跟) that introduces m, right before it or before a kind said of it; -1 if none."""
    at = c.loc(m.start)
    hit = _DESCRIBED.search(c.text, max(0, at - 16), at)
    if hit is None or hit.end() - hit.start() > 1 and any(hit.start() < c.loc(x.start) < at for x in c.mentions):
        return -1  # (与欧洲第二大酒店集团——…: a name inside the words said of it, no kind)
    return hit.start()


def party_before(c: Clause, k: int) -> int:
    """The party before the counterpart at k, past where it acts (A在北京通过视频与B签署)."""
    ms = c.mentions
    return k - 2 if k > 1 and ms[k - 1].type == EntityType.PLACE and c.before(ms[k - 1], 1) == "在" and ms[k - 2].type != EntityType.PLACE else k - 1


# A仍然是B的第一大股东 / A将成为B的全资子公司 / A跃升为B第二大股东: adverbs before the copula
COPULA = re.compile(r"(?:于?(?:19|20)\d{2}年(?:\d{1,2}月)?|后来|随后|此后|自?(?:去年|今年|前年)(?:\d{1,2}月)?|此前|最终|多次|再次)?(?:也|还|已|已经|正式|现|仍|仍然|依然|将|即将|目前|现已|一举|正式)*"
                    r"(?:是|为|系|作为|成为|晋升为|跃升为|跃居|升为)(?:了)?$")  # (于2019年成为B的成员企业)
# between the one whose role it is and the role noun: B的子公司, B旗下的, B并列第三大股东, B引进战略投资者A
NEAR = re.compile(r"^(?:的|旗下|旗下的|下属|下属的|所属|所属的|直接拥有的|(?:全资|直接)?控股的|并列|引进|引入|引进的|引入的|携"  # (B携子公司A)
                  # B及其子公司A, B拟通过全资子公司A, B利用其在香港的全资子公司A, B向控股股东A: B's own, where B acts through it
                  r"|(?:及|以及|和|与)?其(?:在[^，。；！？,;、]{1,8}?的)?"
                  r"|(?:拟|将|计划|拟将|已|还|也)?(?:通过|向|利用|借助|对)其?(?:在[^，。；！？,;、]{1,8}?的)?"
                  # B今日公告，控股子公司A… / B周四晚间公告称，因全资子公司A…: the company announcing is the one whose unit it is (FinRE train)
                  # (B今日公告，公司控股子公司A; B今日披露，公司控股股东A: the company says 公司 of itself)
                  r"|(?:发布)?[^，。；！？,;]{0,6}?(?:公告|披露)(?:称|表示|显示|指出)?[，,:：](?:因|其|公司|本公司)?"
                  # B(于5月5日)接到第一大股东A(的)通知: the one notified is the company whose shareholder writes (FinRE train)
                  r"|(?:昨日|今日|近日|日前|昨天|今天|当天|于[^，。；！？,;]{1,16}?)?(?:接到|收到|接获|接)(?:了)?)?$")
# what bodies issue together (联合发布《…》, 联合发布指导意见): a document, not a product
DOCUMENT = re.compile(r"了?(?:[《〈]|[^，。；]{0,24}?(?:意见|通知|办法|方案|规定|指南|公告|倡议|通告|标准|清单|规划|计划|报告|白皮书|指数|案例|名单|名录|榜单|目录))")
AMOUNT = r"(?:[\d.,]+\s*(?:万亿|千亿|百亿|十亿|亿|千万|百万|万)?(?:元|美元|欧元|港元)(?:人民币)?)"
OBJ = re.compile(
    r"^(?:了|过|于)?(?:约|超过|逾|近|达|共计|总计|总额)?\s*" + AMOUNT + r"?(?:，|,)?(?:用于|主要用于)?"
    r"(?:在[^，。；！？,;]{1,16}?)?(?:参与|共同|联合|投资)?(?:建设|新建|兴建|打造|建成|实施|布局|设立|成立|组建|入股|参股|控股|收购|开发|运营)?"
    r"(?:了)?(?:的(?:一场|一次|首场|这场)?|一个|一座|一批|一家|一所|一项|一条|该|其)?"
    # 旗下子公司X, 的下属企业——X, 旗下直投公司X, 旗下的一级集团公司X, 旗下的“锡王”X (a kind of company, an epithet: FinRE train;
    # not a count, 旗下两家上市公司X和Y, where the list may be read wrong; not 收购母公司X…, the parent of what is bought)
    r"(?:[^，。；！？,;、的与和及“”家母\d]{0,6}?(?:子公司|公司|企业|平台|品牌))?(?:“[^“”，。；！？,;]{1,6}”)?(?:——|—|：|:)?$"
)
ATTRIBUTIVE_GAP = re.compile("的(?:一场|一次|首场|这场)?$")  # 组织的(一场)X: the verb modifies X
# 主办的[2024]世界VR产业大会; a page set in columns spaces its numbers out (承办的 2024 年“…”推介会)
EDITION = re.compile(r"\s*(?:\d{4}\s*(?:年度?)?|第\s*[一二三四五六七八九十百零\d]+\s*届|首届)\s*$")
EVENT_TAIL = ("博览会", "交易会", "展览会", "展会", "大会", "论坛", "峰会", "年会", "洽谈会", "推介会", "运动会", "大赛", "赛事",
               "研讨会", "座谈会", "发布会", "嘉年华", "文化节", "旅游节", "艺术节", "啤酒节", "电影节", "活动", "比赛", "竞赛")
BUILT_TAIL = ("大厦", "大楼", "中心", "机场", "水电站", "电站", "电厂", "大桥", "桥", "隧道", "铁路", "高铁", "地铁", "公路", "高速",
               "港", "码头", "场馆", "体育馆", "体育场", "会展中心", "医院", "工程", "项目", "线", "枢纽", "园区", "基地")


# bodies said as a kind or a count (粤港澳三地政府, 粤港澳三地, 中俄两国企业, 河北人社部门, 国家部委): no name of one party
GROUP = re.compile(r"(?:[两三四五六七八九十多各几](?:地|国|省|市|县|区)(?:政府|企业|部门|党委|高校|机构)?|部门|部委)$")


def fits(fr: Frame, m: Mention, as_agent: bool) -> bool:
    """m can fill the agent (or patient) slot of the frame."""
    types = fr.agent if as_agent else fr.patient
    name = m.canonical or m.text
    if GROUP.search(name):
        return False
    if fr.predicate is Predicate.ORGANIZES and not as_agent:
        return m.type == EntityType.EVENT or (m.type in {EntityType.ENTERPRISE, EntityType.GOVERNMENT_BODY, EntityType.ORGANIZATION,
                                                          EntityType.PROJECT} and name.endswith(EVENT_TAIL))
    if m.type not in types:
        return False
    if m.type == EntityType.PLACE and not as_agent and fr.predicate is not Predicate.LOCATED_IN:
        if is_division(m):  # 投资山西: no project; a division is a party of agreements (支持海南、广东: a policy, no support the readers list)
            return fr.symmetric
        if fr.predicate is Predicate.CONTRACTOR_OF:
            return name.endswith(BUILT_TAIL)
    return True


def adjunct(c: Clause, m: Mention) -> bool:
    """A place that is where something happens (在太原, 于北京, 在云南昆明: the last of an address), not an argument."""
    if m.type != EntityType.PLACE:
        return False
    k = index_of(c, m)
    while k > 0 and c.mentions[k - 1].type == EntityType.PLACE and c.between(c.mentions[k - 1], c.mentions[k]) == "":
        k -= 1  # 在[云南][昆明]举行: the address opens after 在
    return c.before(c.mentions[k], 1) in ("在", "于", "赴", "到")


def left(c: Clause, fr: Frame, ts: int) -> tuple[int, Mention | None]:
    """(index, mention) of the nearest argument left of ts in its segment, place adjuncts skipped;
    the adjunct place last seen (Z of 在Z投资) is returned as the second value."""
    where = None
    seg = segment_start(c.text, ts)
    for i in range(len(c.mentions) - 1, -1, -1):
        m = c.mentions[i]
        if c.loc(m.end) > ts:
            continue
        if c.loc(m.start) < seg:
            return -1, where
        if adjunct(c, m) and (where is None or c.between(m, where) == ""):
            where = where or m  # (在[湖北][武汉]举办: the address's places are one adjunct)
            continue
        return i, where
    return -1, where


def right(c: Clause, fr: Frame, te: int) -> tuple[int, Mention | None]:
    where = None
    for i, m in enumerate(c.mentions):
        if c.loc(m.start) < te:
            continue
        if adjunct(c, m) and where is None:
            where = m
            continue
        return i, where
    return -1, where


def gap_without(c: Clause, a: int, b: int, where: Mention | None) -> str:
    gap = c.text[a:b]
    if where is not None and a <= c.loc(where.start) and c.loc(where.end) <= b:
        gap = gap.replace(where.text, "某", 1)  # 在[综改区]投资: 在 and a stand-in, as an adverbial reads it
    return gap


def most_specific(c: Clause, m: Mention) -> Mention:
    """陕西省咸阳市永寿县: the last of adjacent places."""
    ms = c.mentions
    k = index_of(c, m)
    while m.type == EntityType.PLACE and k + 1 < len(ms) and ms[k + 1].type == EntityType.PLACE and c.between(ms[k], ms[k + 1]) == "":
        k += 1
    return ms[k]


def attributive_later(c: Clause, fr: Frame, te: int) -> list[Mention]:
    """A主办，B、C承办的Y / 由A主办，以…为主题的Y: the first fitting name after 的, when what stands
    between is other parties and their verbs or a modifier (no sentence break, at most 60 characters)."""
    for m in c.mentions:
        s = c.loc(m.start)
        if s < te:
            continue
        if s - te > 60:
            return []
        if fits(fr, m, False):
            gap = EDITION.sub("", c.text[te:s])
            return [m] if gap.endswith("的") and not re.search(r"[。；;！？]", gap) else []
        if not fits(fr, m, True) and m.type != EntityType.PLACE:
            return []
    return []


def subject_topic(c: Clause, fr: Frame, ts: int) -> list[Mention]:
    """The sentence's subject for a verb whose segment names none (X成立于2011年，并投资建设Y)."""
    seg = segment_start(c.text, ts)
    if c.text.startswith("旗下", ts) and _OF_ITS.search(c.text, seg, ts):
        return _owner(c, fr, seg, ts)
    if seg == 0 or any(seg <= c.loc(m.start) < ts for m in c.mentions):
        return []
    if not ADV.match(c.text[seg:ts].lstrip("并且而又还")):
        return []
    first = c.mentions[0]
    if c.loc(first.start) > 2 or not fits(fr, first, True) or first.type == EntityType.PLACE:
        return []
    return [first]


# X将旗下Y…, X关停了旗下Y, X决定分拆其旗下的Y: a 旗下 after no name, in the words of the act of the segment's subject (FinRE train)
_OF_ITS = re.compile(r"(?:将|把|了|其|或|对|向)$")
_PARTIES = frozenset({EntityType.ENTERPRISE, EntityType.GOVERNMENT_BODY, EntityType.ORGANIZATION})


def _owner(c: Clause, fr: Frame, seg: int, ts: int) -> list[Mention]:
    """The one organisation named before ts in its segment, whose 旗下 it is (not one after 与, 由, 向 …: a counterpart)."""
    orgs = [m for m in c.mentions if seg <= c.loc(m.start) and c.loc(m.end) <= ts and m.type in _PARTIES]
    if len(orgs) != 1 or c.before(orgs[0], 1) in ("与", "和", "同", "跟", "由", "被", "向", "对", "将", "把") or not fits(fr, orgs[0], True):
        return []
    return orgs


def passive_patient(c: Clause, fr: Frame, first: Mention) -> list[Mention]:
    """Y由X… : the mention right before 由 (or the sentence's subject when 由 opens a segment)."""
    i = index_of(c, first)
    if i > 0:
        prev = c.mentions[i - 1]
        gap = c.text[c.loc(prev.end) : c.loc(first.start) - 1]
        if gap in ("", "，", ",", "将", "已", "均", "都", "）", ")") and fits(fr, prev, False):  # (X（服贸会）由A主办: its short name in brackets)
            return [prev]
    lead = c.mentions[0]
    if lead is not first and c.loc(lead.start) <= 2 and c.before(first, 2)[:1] in ("，", ",") and fits(fr, lead, False):
        return [lead]
    return []


def sentence_event(c: Clause, fr: Frame, agents: list[Mention], te: int) -> list[Mention]:
    """The one event of the sentence, for an organiser whose verb names none (Y由A主办，B承办)."""
    events = [m for m in c.mentions if fits(fr, m, False) and m not in agents]
    if len({m.key for m in events}) != 1 or events[0].end > agents[0].start or c.after(events[0], 1) != "由":
        return []
    if c.text[te : te + 1] not in ("，", ",", "。", "；", ""):
        return []
    return events[:1]


# the ceremonies at which the parties sign (A与B举行…签约仪式): signing, not organising
SIGNINGS = ("签约仪式", "签署仪式", "签字仪式")


def act_amount(c: Clause, agents: list[Mention], patients: list[Mention], te: int) -> quantities.Quantity | None:
    """The money amount of the clause's act: between the parties, right after the verb, or stated
    as the total of the sentence (总投资N亿元)."""
    a, b = c.loc(agents[-1].end), c.loc(patients[0].start)
    if a < b:
        q = quantities.amount(c.text, a, b)
        if q is not None:
            return q
    q = quantities.amount(c.text, te, min(len(c.text), te + 16))
    if q is not None and q.start - te <= 6:
        return q
    total = re.search(r"(?:总投资|投资总额|计划投资|总投入|投资)(?:额)?(?:约|达|超过|超|逾|近|为)?", c.text)
    return quantities.amount(c.text, total.end(), min(len(c.text), total.end() + 16)) if total else None


def segment_end(text: str, i: int) -> int:
    """End of the comma-delimited segment that holds sentence-local index i."""
    end = SEGMENT_END.search(text, i)
    return end.start() if end else len(text)


_SELLER = re.compile(r"(?:所持|持有|所拥有|拥有|及其|等股东)")
_HELD_BY = re.compile(r"(?:所持有|所持|持有|所拥有|拥有)的?")


def bought(c: Clause, fr: Frame, patients: list[Mention]) -> list[Mention]:
    """收购/受让A所持的B股权: A sells, B is what is bought (not A); for a stake verb, B named right after what says A holds it."""
    out = [p for p in patients if not _SELLER.match(c.text, c.loc(p.end))]
    for p in patients if fr.stake else ():
        hit = _HELD_BY.match(c.text, c.loc(p.end))
        b = next((m for m in c.mentions if hit is not None and c.loc(m.start) == hit.end()), None)
        if b is not None and fits(fr, b, False) and b not in out:
            out.append(b)
    return out


def topic_of(c: Clause, agents: list[Mention], ts: int) -> str | None:
    hit = TOPIC.search(c.text, c.loc(agents[-1].end), ts)
    if hit is None:
        return None
    topic = hit.group(1) or hit.group(2) or hit.group(3)
    return re.sub(r"(?:事宜|事项|方面|领域)?(?:达成|进行|开展)?$", "", topic) or None


# what a party says before the 与 of its act (A还宣布与B…; A今日公告，拟与B开展合作; A公告称，公司与B签署…: FinRE train)
# (only times and adverbs before the announcement: not A分析师表示，与B…, where the analyst's words name no party)
_SAID = re.compile(r"^(?:今日|昨日|近日|日前|今晚|昨晚|晚间|早间|今天|昨天|当天|同日|同时|也|还|亦|方面|发布|于[^，。；！？,;]{1,10}?)*"
                   r"(?:公告|表示)(?:称|表示|显示|指出)?[，,:：](?:公司)?")


def lead_words(gap: str) -> str:
    """The words between a party and the 与 of its act, less an announcement that opens them or one 宣布."""
    return _SAID.sub("", gap, count=1).replace("宣布", "", 1)
