"""Events held in a place (Y在X举办, 在X召开的Y) and things opened there (X在Y开工/揭牌/启用)."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..types import Fact, Mention
from .arguments import ADV
from .clause import ORGS, Clause, continued, fact, index_of, is_division, places_after_zai
from .places import more_places

_HELD = re.compile(r"(?:以[^，。；]{1,8}?(?:形式|方式))?(?:同步|同时|分别)?(?:隆重|正式|成功|顺利|盛大)?(?:举办|举行|召开|开幕|开展|启动|揭幕|拉开帷幕|落下帷幕|落幕|闭幕|揭晓|开赛|开启|颁发|颁奖|(?:紧张|加紧)?筹备|进行(?=[，。；,;]|$)|鸣枪|开跑|上演|开营|办(?![理公事法]))"
                   r"|(?P<attend>(?:(?:同|与|和)[^，。；]{1,24}?)?(?:共同|一起|联合)?(?:出席|参加|主持(?:召开)?|参观))")  # 在X(同Z共同)主持(召开)Y: Y is in X
# the venue's words between the place and the verb: 在雄安新区[主会场]开幕, 在广州、深圳[等赛区]举办, 在国家跳台滑雪中心[“雪如意”]开幕
_VENUE = re.compile(r"(?:等?(?:主会场|分会场|会场|赛区|主赛场|赛场|展区)|等地|“[^”，。；]{1,12}”)?")
_EVENT_AFTER = ("", "“", "《", "了", "的", "了“", "的“")  # 在X举办“Y” / 在X召开的Y上


def held_in(c: Clause) -> Iterable[Fact]:
    """Y在X举办 / 在X举办Y: the event took place in X."""
    ms = c.mentions
    for i, j in places_after_zai(c):
        p, listed = ms[i], [ms[j], *more_places(c, j)]  # 在北京和湖北举行, 在香港、澳门、广州同步举行: each place of the list
        place = listed[-1]
        listed = listed if not c.text.endswith("分别", 0, c.loc(p.start) - 1) else listed[:1]  # (A、B分别在X、Y举行: not paired)
        venue = _VENUE.match(c.text, c.loc(place.end))  # (all optional: it always matches)
        hit = _HELD.match(c.text, venue.end() if venue else c.loc(place.end))
        if not hit:
            continue
        event = None
        nxt = next((m for m in ms[j + 1 :] if c.loc(m.start) >= hit.end()), None)  # (在北京同…曼图罗夫共同主持Y: past the people)
        if nxt is not None and nxt.type == "Event" and c.text[hit.end() : c.loc(nxt.start)] in _EVENT_AFTER:
            event = nxt  # 在X举办Y (not 在X开幕，Y将同期举行)
        elif hit.group("attend"):
            continue
        else:
            prev = [x for x in ms[:i] if x.type in ("Event", "Project")]
            if prev and prev[-1].type == "Event" and not continued(c, prev[-1]):  # not Y of Y火炬传递仪式在X举行
                gap = c.text[c.loc(prev[-1].end) : c.loc(p.start) - 1]
                if len(gap) <= 30 and not re.search(r"[。；;]", gap):
                    event = prev[-1]  # Y(将于…)在X举办
        for e in _joined_events(c, event) if event is not None else ():
            for where in listed:
                yield fact(c, e, "locatedIn", where, "rel.locatedIn.held-in", 0.85)
    yield from _opened_in(c)


_LISTED = frozenset("、和及与")  # (the conjunctions of a list; with 暨, of joined events too)
_JOINED = _LISTED | {"暨", "以及"}


def _joined_events(c: Clause, event: Mention) -> list[Mention]:
    """The event and those joined to it by 暨 or a conjunction (A暨B在韶关开幕, A和B在南宁开幕: both are held there)."""
    ms = c.mentions
    k = index_of(c, event)
    group = [event]
    for step in (-1, 1):
        j = k
        while 0 <= j + step < len(ms) and ms[j + step].type == "Event" and c.between(*sorted((ms[j], ms[j + step]), key=lambda m: m.start)) in _JOINED:
            j += step
            group.append(ms[j])
    return group


# X(…)在Y启用/开工/投产/揭牌: a project, park or body that opens, starts or is set up in Y
_OPENS = re.compile(r"(?:正式|顺利|成功|隆重|全面|率先|落地)?(?:启用|启动|开工|投产|揭牌|落成|开业|开园|竣工|投运|建成|开通|通车|动工|奠基|挂牌|成立|开馆|运营|展开)")
# 在湛江、茂名、阳江[三地]开工: the places of a list (`_LISTED`), and how many they are
_COUNT_OF_PLACES = re.compile(r"(?:[两二三四五六七八九十]地|等地)?")
_BODY_OPENS = ("揭牌", "挂牌", "成立", "开业", "建成", "落成", "启用", "投用", "开工", "奠基")  # (a centre built: a facility)
# 在吉林省东丰县[金牛支洞施工现场]开工: a work site, read as a place (or its words after it), after its division
_SITE, _SITE_AFTER = ("现场", "工地"), re.compile("(?:施工|建设)?(?:现场|工地)")


def _opened_in(c: Clause) -> Iterator[Fact]:
    ms = c.mentions
    for i, j in places_after_zai(c):
        place = ms[j]
        k = j
        while k + 1 < len(ms) and ms[k + 1].type == "Place" and c.between(ms[k], ms[k + 1]) in _LISTED:
            k += 1  # 在湛江、茂名、阳江三地展开: each place of the list
        if k > j and c.text.endswith("分别", 0, c.loc(ms[i].start) - 1):
            k = j  # 分别在北京、天津、西安揭牌: each in one of them, which the clause does not pair
        after = c.loc(ms[k].end)
        if k > j and (count := _COUNT_OF_PLACES.match(c.text, after)) is not None:
            after = count.end()
        site = _SITE_AFTER.match(c.text, after)  # 在周至县黄池沟[施工现场]开工: the site's words follow its name
        hit = _OPENS.match(c.text, site.end() if site else after)
        if j > i and (site or place.text.endswith(_SITE)) and is_division(ms[j - 1]):
            place = ms[j - 1]  # where the site is: the division, not the site's own name
        if not hit or i == 0:
            continue
        x = ms[i - 1]  # the subject: the mention right before 在, in its segment or the one before
        gap = re.sub(r"[（(][^）)]{0,12}[）)]", "", c.text[c.loc(x.end) : c.loc(ms[i].start) - 1])  # 今天（5月30日）
        if not ADV.match(gap.strip("，,")) or c.before(x, 1) in ("由", "与", "和", "在", "同", "对", "向", "被"):
            continue
        body = x.type in ORGS and hit.group().endswith(_BODY_OPENS)
        if x.type == "Project" or x.type == "Place" and not is_division(x) or body:
            for where in (place, *ms[j + 1 : k + 1]):
                if x.key != where.key:
                    yield fact(c, x, "locatedIn", where, "rel.locatedIn.opened-in", 0.75)
