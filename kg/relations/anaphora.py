"""Words that point back to something the document named: 该公司, 我市, 本届大会, 其董事长, a sentence opening with the kind of
the works named before it (隧道位于…), a forum's or summit's officers named by its kind (论坛理事长X), and the company
announcing (X发布公告称，公司于…与Y签署). Each becomes a
mention of the antecedent (rule `anaphora`), so that the relation rules read it as the thing it stands for."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import quantities
from ..rescan import finditer
from ..types import ORG_TYPES, Mention

if TYPE_CHECKING:
    from .clause import Clause, Context

ORGS = ORG_TYPES


# the kinds of works a sentence may open with, standing for the one named before it (隧道位于松潘县境内)
BARE_HEADS = ("隧道", "大桥", "特大桥", "机场", "水电站", "电站", "水库", "铁路", "高铁", "港口", "码头", "枢纽", "工程", "项目", "基地", "园区")
_HEADS = "博览会 交易会 展览会 展会 大会 论坛 峰会 年会 洽谈会 推介会 运动会 大赛 赛事 研讨会 发布会 文化节 旅游节 艺术节 活动 会议".split()
_ANAPHOR = re.compile(
    r"该(公司|企业|集团|项目|工程|基地|园区|行|厅|局|委|院|校|会|中心|关|县|市|区|镇|乡|村)|我(省|市|县|区)|本(省|市)"
    r"|(其)(?=[\u4e00-\u9fff]{0,6}?(?:部|处|董事长|总经理|总裁|负责人|党委书记|党组书记|院长|校长|会长|行长|局长|厂长|主任))"
    rf"|(?:本次|本届|此次|该|这次)({'|'.join(_HEADS)}|[\u4e00-\u9fff]{{2}}会)"  # 本次大会由A主办; 本届进博会 (a short name: any event before)
    rf"|^({'|'.join(BARE_HEADS)})(?=位于|地处|坐落|横跨|地跨|横贯|跨越|涵盖)"  # 隧道位于…, 工程涵盖A、B: a sentence opened by the kind of the works named before
    r"|(?:^|(?<=[，、]))(论坛|峰会|联盟)(?=(?:[\u4e00-\u9fff]{2,4}方面)?(?:副?理事长|副?主席|秘书长|副?会长))"  # 论坛理事长X, 峰会大陆方面理事长X
    r"|(?<=[，,：:])(?:本)?(公司)(?=[于将拟已与和同在及对向以均也还亦]|计划|通过|决定|董事会|全资|控股|子公司|下属|旗下|(?:第[一二三四五六七八九十]|单一)?大?股东)"  # X发布公告称，公司于5月5日与Y签署…: the company announcing
    rf"|(?:^|(?<=[，。；]))({'|'.join(_HEADS)})(?=由|将由|共由|吸引|期间|设有|为期)"  # X峰会在福州开幕，峰会由A、B共同主办: the event just named
)
_BARE_GATE = re.compile("由|吸引|期间|设有|为期")  # (what may follow an event's bare head standing for it)
_OFFICERS = re.compile("理事长|主席|秘书长|会长")  # (a gate: no text without one has a forum's officer)
# an event's anaphor whose head any event of the document may stand for (本次活动: the 推介会 named before)
_ANY_EVENT = frozenset({"活动", "会议", "大会"})
_ANAPHOR_TYPE = {"公司": "Enterprise", "企业": "Enterprise", "集团": "Enterprise", "项目": "Project", "工程": "Project",
                 "基地": "Project", "园区": "Place", "行": "Enterprise", "厅": "GovernmentBody",
                 "局": "GovernmentBody", "委": "GovernmentBody", "关": "GovernmentBody", "院": None, "校": "Organization",
                 "会": "Organization", "中心": None, "县": "Place", "市": "Place", "区": "Place", "镇": "Place", "乡": "Place", "村": "Place"}
_ANAPHOR_END = {"基地": ("基地",), "园区": ("园区", "园"), "行": ("行",), "厅": ("厅",), "局": ("局",), "委": ("委", "委员会"), "关": ("关",), "院": ("院",),
                "校": ("校", "学", "学院"), "会": ("会",), "中心": ("中心",), "县": ("县",), "市": ("市",), "区": ("区",),
                "镇": ("镇",), "乡": ("乡",), "村": ("村",)}


def resolve_anaphora(c: Clause, ctx: Context) -> tuple[Mention, ...]:
    """Mentions for 该公司 / 该局 / 我市 … pointing at their antecedent (rule id `anaphora`)."""
    if "该" not in c.text and "我" not in c.text and "本" not in c.text and "此" not in c.text and "这" not in c.text and not c.text.startswith(BARE_HEADS) and (
            _OFFICERS.search(c.text) is None) and "公告" not in c.text and _BARE_GATE.search(c.text) is None:
        return c.mentions
    extra = []
    taken = [(c.loc(m.start), c.loc(m.end)) for m in c.mentions]
    for hit in finditer(_ANAPHOR, c.text):
        a, b = hit.span()
        if any(s < b and a < e for s, e in taken):
            continue
        ante = _antecedent(hit, c, ctx, a)
        if ante is not None and ante.key:
            start = c.sentence.start + a
            extra.append(Mention(c.sentence.doc_id, start, start + (b - a), hit.group(), ante.type, "anaphora", ante.canonical, ante.key))
    if not extra:
        return c.mentions
    return tuple(sorted(c.mentions + tuple(extra), key=lambda m: (m.start, -m.end)))


def _antecedent(hit: re.Match[str], c: Clause, ctx: Context, a: int) -> Mention | None:
    word = hit.group(1)
    if hit.group(8):  # X公告称，公司…: the last company named before the announcement, in this sentence
        said = c.text.rfind("公告", 0, a)
        return next((m for m in reversed(c.mentions) if said >= 0 and c.loc(m.end) <= said and m.type == "Enterprise" and m.rule != "anaphora"), None)
    if hit.group(7):  # 论坛理事长X: the forum, summit or alliance named before, a body (博鳌亚洲论坛, 两岸企业家峰会)
        return next((m for m in reversed(ctx.recent[-40:] + [m for m in c.mentions if c.loc(m.end) <= a]) if m.type in ORGS
                     and m.rule != "anaphora" and (m.canonical or m.text).endswith(hit.group(7))), None)
    if hit.group(5) or hit.group(9):  # 本次大会 / 本届博览会 / …，峰会由: the last event named with that head (any event for 活动, 会议, 大会)
        head = hit.group(5) or hit.group(9)
        named = [m for m in ctx.recent[-40:] + [m for m in c.mentions if c.loc(m.end) <= a] if m.type == "Event" and m.rule != "anaphora"]
        events = [m for m in named if head in _ANY_EVENT or (m.canonical or m.text).endswith(head)] or ([] if head in _HEADS else named)
        return _current_edition(events[-1], events) if events else None
    if hit.group(6):  # 隧道位于…: the last works named with that kind, in the sentences before
        return next((m for m in reversed(ctx.recent[-40:]) if m.type in ("Project", "Place") and m.rule != "anaphora"
                     and (m.canonical or m.text).endswith(hit.group(6)) and m.text != hit.group(6)), None)
    if hit.group(4):  # 其研发部 / 其董事长: the organisation just named
        for m in reversed(ctx.recent[-12:] + [m for m in c.mentions if c.loc(m.end) <= a]):
            if m.type in ORGS and m.rule != "anaphora":
                return m
        return None
    if word is None:  # 我省 / 我市 / 本市: the paper's own place
        level = hit.group(2) or hit.group(3)
        loc = ctx.locale
        name = None if loc is None else {"省": loc.province, "市": loc.city, "县": loc.county, "区": loc.county}[level]
        key = ctx.place_key(name) if name and ctx.place_key else None
        return Mention(c.sentence.doc_id, 0, 0, hit.group(), "Place", "anaphora", name, key) if key else None
    typ = _ANAPHOR_TYPE[word]
    ends = _ANAPHOR_END.get(word, ())
    here = sorted((m for m in c.mentions + c.nested if c.loc(m.end) <= a), key=lambda m: m.start)
    for m in reversed(ctx.recent[-40:] + here):
        if m.rule == "anaphora" or m.type == "Person":
            continue
        if typ is not None and m.type != typ:
            continue
        if ends and not (m.canonical or m.text).endswith(ends):
            continue
        if typ is None and m.type not in ORGS:
            continue
        return m
    return None


_EDITION = re.compile(r"^(?:首届|第([一二三四五六七八九十百零两\d]+)届)")


def _edition(m: Mention) -> tuple[str, int] | None:
    """(series, number) of an event named with its edition (第三届X -> (X, 3), 首届X -> (X, 1))."""
    name = m.canonical or m.text
    e = _EDITION.match(name)
    if e is None:
        return None
    n = 1 if e.group(1) is None else quantities.count(e.group(1))
    return (name[e.end() :], n) if n else None


def _current_edition(last: Mention, events: list[Mention]) -> Mention:
    """本届论坛 is the edition being held: when the document names several editions of the last
    event's series (第三届X在北京举行 … 致首届X的贺信), the latest of them, not the one named last."""
    own = _edition(last)
    if own is None:
        return last
    best, top = last, own[1]
    for m in events:
        e = _edition(m)
        if e is not None and e[0] == own[0] and e[1] > top:
            best, top = m, e[1]
    return best

