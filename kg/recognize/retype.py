"""A mention's type by what its name and its sentence say of it: a construction group's bureau is a company, a state's
armed forces and central bank are organs of it, a media group's station is the group's unit, a city's designation as a centre
is a programme, a reservoir or an airport being built is a work (applied to the recogniser's mentions, after `resolve`)."""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..lexicon import Department
from ..types import Mention, replace
from .brands import BUREAU
from .world import state_organ

# an airport, station, reservoir or lock being built is a project to a reader (厦门翔安机场等重大项目加快建设,
# 庙儿沟水库等重点水利工程全面开工); one in service is a place (从南宁机场出发, 察看紫坪铺水库库区)
_BUILT_HEADS = ("机场", "火车站", "高铁站", "东站", "西站", "南站", "北站", "水库", "闸站", "船闸", "灌区")
_BUILDING = re.compile("建设|开工|施工|封顶|竣工|扩建|改造|新建|项目|工程|在建|浇筑|合龙|截流|蓄水|开挖")
_CLAUSE_END = re.compile("[，。；！？\n]")
_SENTENCE_END = re.compile("[。；！？\n]")
_SCENE_AT = re.compile("在[^，。；！？、]*$")  # (在黑龙江鹤岗市[X水库]，: the scene; 在A水库、在[B水库]，)
_AT_WORK = re.compile("建设者|工人|作业|大坝|坝体")


_MEMORIALS = ("墓", "陵", "祠", "故居", "旧居", "遗址", "口")
# the Communist Youth League's committees and the political consultative conferences: mass bodies, no government
# the heads of armed forces' names (of the names ending so in CLUENER's non-held sentences 64 are GovernmentBody, 4 Place, none
# Organization; People's Daily 2 ORG; football clubs go by 红军, 蓝军, 中央陆军, none of these; 兵团 is left to kg.recognize.corps)
_ARMED_HEADS = ("舰队", "联军", "部队", "军区", "师团", "司令部", "陆战队", "航空兵", "集团军", "野战军")
# the central bank's names, and the heads of its branches' names (人民银行深圳分行, 中国人民银行宁波市中心支行: the suffix rule's Enterprises)
_CENTRAL_BANK, _BRANCH_HEADS = ("中国人民银行", "人民银行", "央行"), ("分行", "支行", "营业管理部")
# the heads of state organs' names a model place may end with (of the names ending so, CLUENER's non-held sentences label
# 24 GovernmentBody and 2 Place, People's Daily's 14 ORG and 1 Place, the news readers 36 GovernmentBody; a customs office: CLUENER 3 of 3,
# the dev readers 26 of 26, both GovernmentBody)
_ORGAN_HEADS = ("使馆", "领事馆", "军区", "移民局", "派出所", "公安局", "公安分局", "警察局", "法院", "检察院", "海关", "边检站")
_MASS_BODY = re.compile(r"^(?:共青团|团)[\u4e00-\u9fff]{0,8}委(?:员会)?$|政协$")


# what the name of a body of government ends with (a company's or a university's 党委 is its party committee)
# an academy's research units, which CLUENER's non-held sentences label government (中国社会科学院金融研究所银行研究室)
_RESEARCH_TAILS = ("研究所", "研究室", "研究院", "研究中心")
_GOVERNMENT_TAILS = ("委员会", "委", "局", "厅", "部", "办公室", "办", "政府", "署", "法院", "检察院", "党组", "党委", "纪委", "工委", "管委会")


def units_typed(mentions: list[Mention], depts: Mapping[str, Sequence[Department]]) -> list[Mention]:
    """A model body of government named after a standalone organisation of the department lexicon it opens with, and no organ
    of government by its ending (中央广播电视总台|北美总站, 总台|央视频: the media group's station and platform), is an Organization:
    a unit of that body."""
    out = []
    for m in mentions:
        if m.type == "GovernmentBody" and m.rule == "crf" and not m.nested and not m.text.endswith(_GOVERNMENT_TAILS + _RESEARCH_TAILS) and any(
                d.type == "Organization" for k in range(2, min(9, len(m.text) - 1)) for d in depts.get(m.text[:k], ())):
            m = replace(m, type="Organization")
        out.append(m)
    return out


# a city's national designation as a centre of innovation or of medicine (北京国际科技创新中心, 武汉区域科技创新中心,
# 赣州国家区域医疗中心): a programme the state runs there, which the news readers list as a Project (5 of 5 in the dev parts)
_DESIGNATION = re.compile(r"(?:区域|国际)(?:科技创新|科创)中心$|国家区域医疗中心$")


def designated(m: Mention) -> Mention:
    """An organisation named as a city's designation (`_DESIGNATION`) is a Project."""
    return replace(m, type="Project") if m.type == "Organization" and _DESIGNATION.search(m.text) else m


def bureau(m: Mention) -> Mention:
    """A construction group's numbered bureau, read as a government's bureau (中建五局/GovernmentBody), is an Enterprise;
    a foreign state's organ the model read as an organisation (苏丹主权委员会/Organization) is a government body."""
    # (a contingent sent abroad by its serial stays an Organization, as the news golds list it: 中国第20批赴黎巴嫩维和部队)
    if m.type == "Organization" and state_organ(m.text) or m.type in ("Organization", "Enterprise") and m.text.endswith(_ARMED_HEADS) and len(m.text) > 2 and m.rule != "contingent.serial":
        return replace(m, type="GovernmentBody")  # 黑海舰队, 阿拉伯联军, 海军航空兵部队: armed forces are the state's, as 美军 and 海军 are
    if m.type == "Enterprise" and m.text.startswith(_CENTRAL_BANK) and m.text.endswith(_BRANCH_HEADS) or m.type in ("Enterprise", "Organization") and m.text.endswith("中央银行"):
        return replace(m, type="GovernmentBody")  # 巴西中央银行, 中央银行, 欧洲中央银行: a state's (or a union's) central bank is an organ of it, as 央行 is; so are its branches
    if m.type == "Place" and len(m.text) > len(next((h for h in _ORGAN_HEADS if m.text.endswith(h)), m.text)) + 1:  # (山海关: a pass)
        return replace(m, type="GovernmentBody")  # 澳洲使馆, 乌拉尔军区, 淮海路派出所: an organ of the state named after where it serves
    if m.type == "Person" and len(m.text) >= 3 and m.text.endswith(_MEMORIALS):
        return replace(m, type="Place")  # 鲁迅故居, 吴淞口: a place named after a person or a river mouth, no person
    if m.type == "GovernmentBody" and _MASS_BODY.search(m.text) or m.type in ("GovernmentBody", "Enterprise") and m.text.endswith("交易所"):
        return replace(m, type="Organization")  # 共青团湖南省委, 人民政协 (as 全国政协); 上海证券交易所: an exchange, a self-regulating body
    return replace(m, type="Enterprise") if m.type in ("GovernmentBody", "Organization") and BUREAU.match(m.text) else m


def building(m: Mention, text: str) -> Mention:
    """A place named by an airport's or station's head in a clause about its construction is a Project."""
    if m.type != "Place" or not m.text.endswith(_BUILT_HEADS) or m.nested:
        return m
    end = _CLAUSE_END.search(text, m.end)
    clause = text[m.end : end.start() if end else len(text)]
    if _BUILDING.search(clause) or _BUILDING.search(text, max(0, m.start - 4), m.start):
        return replace(m, type="Project")
    if (not clause or clause.startswith("、")) and end is not None and text[end.start()] in "，," and _SCENE_AT.search(text, max(0, m.start - 12), m.start):
        # 在黑龙江鹤岗市关门嘴子水库，工程建设一派繁忙 (在A水库、在B水库，…): the scene of the sentence's work (its next two clauses)
        stop = _SENTENCE_END.search(text, end.end())
        rest = text[end.end() : stop.start() if stop else len(text)].split("，")[:2]
        if any(_BUILDING.search(c) or _AT_WORK.search(c) for c in rest):
            return replace(m, type="Project")
    return m
