"""What a model span read in around a name, shed: prepositions, greetings, times and generic words before it; positions,
figures, parts and the verb after it (`shed`); and where a national body's name opens (`opening`)."""
from __future__ import annotations

import re

from .. import edges, words
from ..posts import HOLDING_VERBS
from .context import GREETINGS, Context, past_modified_noun
from .generic import GENERIC, GENERIC_MODIFIERS

LEADING_PREPS = frozenset("由在对向从经据与和及")
_TIMES = frozenset("今晚 今天 昨天 明天 昨晚 明晚 今年 近日 日前 目前 当天 此前 随后 同时".split())
# what follows a name in a clause and is no part of it: its figures, its plans, a part of a region (华晨宝马总投资, 上海布局, 海南部分地区)
_NOT_NAME_TAILS = ("总投资", "投资额", "总产值", "布局", "部分地区", "施工现场", "建设现场", "现场")


def shed(ctx: Context, s: int, e: int, named_ends: set[int]) -> tuple[int, int]:
    """A model span without what it read in around a name: prepositions, greetings and generic
    words before it, positions, figures and parts after it."""
    while s < e and ctx.text[s] in "-－—":
        s += 1  # 天津滨海[-中关村科技园]: a hyphen opens no name
    if ctx.text.find("任", s, e) >= 0 and (held := max(ctx.text.rfind(v, s, e) for v in _HOLDS_POST)) > s and e - held >= 6:
        s = held + 2  # 董明珠[现任]珠海格力电器股份有限公司: a person, the verb of holding, then the body
    dash = ctx.text.rfind("——", s, e)
    if dash >= 0 and e - dash > 3:
        s = dash + 2  # 世界最大跨径组合梁斜拉桥——[枝江长江大桥]: a description, a dash, then the name
    while s < e and (tok := ctx.token_at(s)) is not None and tok.start == s and tok.end - tok.start == 1 and tok.pos in ("p", "c"):
        s += 1  # 由[省投资促进局]主办
    while s < e and (tok := ctx.token_at(s)) is not None and tok.start == s and tok.end < e and (tok.text in GREETINGS or tok.text in _TIMES):
        s = tok.end  # 热烈祝贺[海螺集团]…
    if (tok := ctx.token_at(e - 1)) is not None and tok.end == e and tok.start - s >= 2 and tok.text in words.POSITIONS:
        e = tok.start  # [西南地区]内陆, [太岳山]腹地, [湖北]西部: a position within the place is no part of its name
    if ctx.text.endswith("委会", s, e) and ctx.text.startswith("同", e):
        e -= 1  # 国家发展改革委[会同]有关部门: jointly with, the verb after a body
    if ctx.text.endswith("组织", s, e) and e - s >= 5 and ctx.text.endswith(_ORGANISERS_HEADS, s, e - 2):
        e -= 2  # [高坪街道办事处]组织开展检查: a body, then the verb 组织 (not 上海合作组织, 石油输出国组织)
    if ctx.text.find("大桥", max(s - 2, 0), e) >= 0 and (part := _BRIDGE_PART.search(ctx.text, s, e)) is not None:  # (大桥 first: each match follows it)
        e = part.start()  # 常泰长江大桥[南航道桥北锚碇]: the bridge, not its parts
    tail = next((w for w in _NOT_NAME_TAILS if ctx.text.endswith(w, s, e) and e - len(w) - s >= 2), None) if ctx.text.endswith(_NOT_NAME_TAILS, s, e) else None
    if tail is not None:
        e -= len(tail)  # [华晨宝马]总投资, [海南]部分地区, [平陆运河]施工现场: a figure, a part, a site: no part of the name
    e -= 2 if ctx.text.endswith(("集团控股", "公司控股"), s, e) and ctx.text.startswith("的", e) else 0  # [南航集团]控股的子公司: to hold
    e = k if ctx.is_start(k := edges.role_before(ctx.text, s, e)) else e  # [锦龙股份]控股股东: a role (a word of its own: not 西门|子公司)
    if e - s > 3 and ctx.text[s] in LEADING_PREPS and e in named_ends:
        s += 1  # 由省 read as one word: [由][省投资促进局]
    while (tok := ctx.token_at(s)) is not None and tok.start == s and tok.end < e and (tok.text in GENERIC or tok.text in GENERIC_MODIFIERS):
        s = tok.end  # [属地]公安迎泽分局: a generic word before the name
    s = past_modified_noun(ctx, s, e - 1)  # 新[时代东北], 新[征程人民政协]: at least two characters left
    kind = next((t for t in reversed(ctx.within(s, e)[:-1]) if t.text in _KINDS_OF_PLACE and t.start > s and any(a == t.end for a, _ in ctx.places)), None) if ctx.places else None
    return (kind.end if kind is not None else s), e  # 外贸大省[浙江], 内陆港口[义乌港]: what kind of place, then its name


# how bodies' names end, after which 组织 is the verb of what the body does (办事处组织开展, 市政府组织召开), never a name's head
_ORGANISERS_HEADS = ("办事处", "政府", "委员会", "办公室", "中心", "协会", "学会", "公司", "集团", "局", "委", "厅", "部", "院", "会", "所", "站", "队")
_HOLDS_POST = (*HOLDING_VERBS, "历任")  # (历任: a career's list of posts) inside no body's name; each holds 任 (a gate)
# the parts of a bridge written after its name: a channel's span, an anchorage, a tower, a half of the deck
_BRIDGE_PART = re.compile(r"(?<=大桥)(?:[东南西北](?:航道|汊)桥?|[东南西北]?锚碇|主塔|[左右]幅|引桥|主桥)")
# what a place is, written before its name inside one span (外贸大省浙江, 内陆港口义乌港)
_KINDS_OF_PLACE = frozenset("大省 强省 大市 省份 城市 港口 口岸 重镇 名城 古都 首府 省会".split())


def opening(ctx: Context, s: int, e: int, t: str, named_ends: set[int]) -> int:
    """Where a model name opens: [全国]社会保障基金理事会, a national body's name with the 全国 the model left before it
    (全国妇联); not on 继 of the frame 继…(之)后 right after a name another rule reads ending where the span does (是继[港珠澳
    大桥]、深中通道后…; not 继峰股份发布公告后, where the model ran past the company's name)."""
    if t in ("Organization", "GovernmentBody") and ctx.text.endswith("全国", 0, s) and ctx.is_start(s - 2) and ctx.is_start(s):
        return s - 2
    return s + 1 if ctx.text[s] == "继" and e - s >= 4 and e in named_ends and edges.SEQUENCE_CLOSE.match(ctx.text, e) is not None else s
