"""Descriptions that say which one without naming it: by a superlative (最大的集中式[光伏电站]), a count
(一家[数字产权交易公司], 当地首个[智慧陆港]) or by pointing back (这家[锂电池公司], 该[线路站房工程]); and which
sitting of an event a name is: its opening ceremony (the event), its year's session or its final (part of the name)."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..segment import Token
from ..types import Mention, replace
from .generic import _PROPER, unknown_word

# a superlative and the words of a kind right before a name (沙漠腹地最大的集中式[光伏电站])
# 最X的 (最大的集中式[光伏电站]), or one, this or the first of a kind (一家[数字产权交易公司], 当地首个[智慧陆港],
# 一个由龙头企业牵头打造的[智能铸造产业园]): which one by a rank or a count, no name
_SUPERLATIVE_BEFORE = re.compile(r"(?:最[\u4e00-\u9fff]{1,2}的[\u4e00-\u9fff]{0,4}|(?<![第\d])[一这该首](?:家|个|座|所|条|处|项){1,2}(?:[^，。；！？、“”]{0,14}的(?:大型|重大|新型)?)?)$")


# this one, that one (这家[锂电池公司], 该[线路站房工程], 这一[公铁大桥跨江主桥]): a thing named before, if at all
_POINTED = re.compile(r"(?:[这那](?:一|家|个|座|所|条|处|项|片|批)|(?<![应活])该)$")


def pointed(text: str, start: int) -> bool:
    """A demonstrative right before `start`: what follows points back to a thing, it names none."""
    return _POINTED.search(text, max(0, start - 2), start) is not None


def superlative_kind(name: str, text: str, start: int, tokens: Callable[[str], Sequence[Token]]) -> bool:
    """A name of no proper word after 最X的 (最大的集中式[光伏电站]): which one by its rank, no name
    (not 最大的淡水湖[鄱阳湖], whose words are a name's)."""
    before = _SUPERLATIVE_BEFORE.search(text, max(0, start - 18), start)
    if before is None:
        return False
    after = tokens(text[start + len(name) : start + len(name) + 6])
    if not before.group().startswith("最") and (not after or "的" in (t.text for t in after[:2]) or after[0].pos in ("n", "vn", "nz", "ns", "eng")):
        return False  # 首个[国际道路运输联盟]认证的中心, 这个[京津冀地区]的枢纽: the count is of what follows
    toks = tokens(name)
    return not any(t.pos in _PROPER - {"j"} or unknown_word(t.text) for t in toks)  # 光伏: j; 飞腾: a word no dictionary holds


# the first sitting of an event (“千校万企供需对接会”首场活动, 博览会首场) or its opening or closing ceremony
# (2024年成都世界园艺博览会开幕式, 中英企业家委员会会议闭幕式): the event is what a reader lists (of the 33 such
# ceremonies of the news golds' dev parts, the readers list the event for 31, the ceremony beside it for 4)
_SITTING = re.compile(r"(?:(?<=[”\"会展节赛坛])首场(?:活动)?|(?<=[会议展节赛坛])(?:开幕式|闭幕式|开幕会|闭幕会))$")


def first_sittings(mentions: list[Mention]) -> list[Mention]:
    """Event mentions that name a sitting of an event (`_SITTING`), cut to the event when four
    characters or more name it (not 论坛开幕式: a ceremony of the forum named before)."""
    return [replace(m, end=m.end - len(cut.group()), text=m.text[: cut.start()])
            if m.type == "Event" and not m.nested and (cut := _SITTING.search(m.text)) and (cut.start() >= 4 or cut.group().startswith("首"))
            else m for m in mentions]


# the first of a kind written right before a rule's name, maybe with its size or a modifier between (首个[丁二烯法己二腈项目],
# 首台16兆瓦[漂浮式海上风电…项目], 首座[人工硐室压缩空气储能项目]): the news golds' dev readers list none of the 25 such names (a
# description of a first, not a name), but do list a name after a description that ends with its own head (首个开工项目[引江补汉工程])
# or after 的 (首个开工的[南水北调后续工程])
_FIRST_OF = re.compile(r"(?<![第\d])首(?:个|座|条|台|家|所|项|批)([^，。；！？、“”的—\s]{0,8})\Z")
_HEADS_BETWEEN = ("项目", "工程", "基地", "中心", "电站", "园区", "实验室")


def first_of_kind(m: Mention, text: str) -> bool:
    """m, a suffix rule's work, place or body, is what the first of a kind written right before it describes (`_FIRST_OF`)."""
    if m.type not in ("Project", "Place", "Organization") or not m.rule.startswith("suffix.") or "的" in text[m.end : m.end + 3] or "“" in m.text[1:]:
        return False  # (首个[国际道路运输联盟]认证的TIR集结中心: the first of what follows; …反应堆“玲龙一号”核岛安装工程: a name inside)
    hit = _FIRST_OF.search(text, max(0, m.start - 10), m.start)
    return hit is not None and not hit.group(1).endswith(_HEADS_BETWEEN)


# a session of a recurring event written after its name (中国发展高层论坛[2023年年会], 服装服饰博览会[2023春季展]), its final
# (职业规划大赛[总决赛]) or a session held for one country or city (全球媒体对话会[美国专场]): the readers of the news golds' dev
# parts name the session with the event (4 of 4); not a final in passing (锦标赛决赛中)
_SESSION = re.compile(r"(?:\d{4}年?)?(?:年会|[春夏秋冬]季展)|(?:总决赛|半决赛|决赛)(?![中上时期阶])|[\u4e00-\u9fff]{0,4}?专场|火炬传递|火炬接力|圣火传递|圣火采集")  # (十五运会火炬传递: a part the readers list as an event)


def sessions_named(mentions: list[Mention], text: str) -> list[Mention]:
    """Event mentions lengthened by the session written right after them (`_SESSION`); what is named inside the
    session (美国 of 美国专场) is nested in the event."""
    grown = {}
    for m in mentions:
        if m.type == "Event" and not m.nested and (hit := _SESSION.match(text, m.end)) is not None:
            grown[m.start, m.end] = hit.end()
    if not grown:
        return mentions
    spans = [(s, e) for (s, _), e in grown.items()]
    out = []
    for m in mentions:
        if (end := grown.get((m.start, m.end))) is not None:
            out.append(replace(m, end=end, text=text[m.start : end]))
        elif not m.nested and any(s <= m.start and m.end <= e for s, e in spans):
            out.append(replace(m, nested=True))
        else:
            out.append(m)
    return out


# what may stand between a body and the quoted name of the event it puts on: a year (全国关工委[2024年]“青少年党史学习月”活动)
_QUOTED_AFTER_HOST = re.compile(r"(?:\d{4}年?)?“")
_HOSTS = frozenset({"Organization", "GovernmentBody", "Enterprise"})
_NAMED_BY = ("department.", "known.", "gazetteer.", "crf")  # a body's own name (not 高校博物馆“京彩”…: a kind, part of the event's name)


def hosts_shed(mentions: list[Mention], text: str) -> list[Mention]:
    """An event named by its host and then a quoted name (总台“何以文明”数字艺术大展, 全国关工委2024年“青少年党史学习月”活动)
    is named from the quote (or the year before it): the dev parts' readers name all 5 such events so; the host, nested in
    the event's name, is a mention of its own."""
    hosts = {(m.start, m.end): m for m in mentions if m.nested and m.type in _HOSTS and m.rule.startswith(_NAMED_BY)}
    if not hosts:
        return mentions
    cut: dict[int, int] = {}  # id of the event -> where its name starts
    freed: set[int] = set()
    for m in mentions:
        if m.type == "Event" and not m.nested:
            host = max((h for (a, b), h in hosts.items() if a == m.start and b < m.end and _QUOTED_AFTER_HOST.match(text, b)), key=lambda h: h.end, default=None)
            if host is not None:
                cut[id(m)] = host.end
                freed.add(id(host))
    if not cut:
        return mentions
    return [replace(m, start=cut[id(m)], text=text[cut[id(m)] : m.end]) if id(m) in cut else replace(m, nested=False) if id(m) in freed else m
            for m in mentions]


_THIS_EDITION = ("本届", "此届", "该届", "这届", "本次")
_OTHER_EDITION = ("下一站", "下一届", "上一届", "上一站")


def other_sittings_shed(mentions: list[Mention], text: str) -> list[Mention]:
    """An event named after the next or last sitting (下一站[中华龙舟大赛]) is named without it: which sitting, no part of the name."""
    return [replace(m, start=m.start + 3, text=m.text[3:]) if m.type == "Event" and not m.nested and m.text.startswith(_OTHER_EDITION) and len(m.text) >= 7
            else m for m in mentions]


def this_edition(mentions: list[Mention], text: str) -> list[Mention]:
    """A recurring event's short name right after 本届 (this edition) when the text has named an event before it in full
    (第二十一届中国（深圳）国际文化产业博览交易会…本届[文博会]): it points back to that one and names none of its own (`generic`);
    the dev parts' readers list the full names."""
    out, named = [], False
    for m in mentions:
        if m.type == "Event" and not m.nested and m.rule == "event.known" and named and text.endswith(_THIS_EDITION, 0, m.start):
            m = replace(m, generic=True)
        elif m.type == "Event" and not m.nested and not m.generic and (len(m.text) >= 6 or m.rule != "event.known"):
            named = True
        out.append(m)
    return out
