"""A sentence that opens with 在<place>， (在潍坊，李强来到歌尔集团): the scene of the things it names."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from ..types import Fact, Mention
from ..words import common_words
from .arguments import segment_end
from .clause import ORGS, Clause, continued, fact, in_quoted_term, is_division, opening_scene, placelike, segment_start
from .places import _BASE_TAIL, _SPAN_VERB, _governs, _joined, _modifier, _spans, national_work

_BOUND_FOR = ("到达", "通往", "直达", "开往", "驶往", "飞往")  # where a trip ends, not where the scene is (前往X: a visit there)
# what an organisation in a scene does that makes it the actor of what is there, not a thing there (X签约落户: X settles there)
_ACTS = re.compile(r"等?(?:在(?!建)|(?:[将已正拟]|正在)?(?:投资|投建|出资|注资|签约(?!落户|入驻|落地)|携手|联合|牵头|与|同|宣布))")
_SCENE_TYPES = frozenset({"Enterprise", "Organization", "Project", "Event", "Place"})
# a visit's verb opening a later segment of the scene's sentence (在杭州，李强来到X，听取…，前往[之江实验室]): what it names is there too
_VISITED = re.compile(r"(?:随后|之后|接着|还|又|并)?(?:来到|前往|走进|走访|到|考察了?|调研了?|察看了?|参观了?)")


def _named_inside(c: Clause, m: Mention, place: Mention) -> bool:
    """[镇江市]政协, [江苏省]政协 in a scene in 江苏: a council named after the scene's place or a place inside it, whose
    place is its jurisdiction (read off its name), not where the scene is (not 无锡市青山高级中学, a school there, nor
    安徽叉车集团 in a scene in 合肥)."""
    if c.names is None or place.key is None or not _governs(m) or (pre := c.names.place_prefix(m.canonical or m.text)) is None:
        return False
    return pre[0] == place.key or place.key.name in {d.code for d in c.names.lex.ancestors(pre[0].name)}


def scene(c: Clause) -> Iterable[Fact]:
    """在潍坊，李强来到歌尔集团、潍柴集团 / 在马鞍山，新特钢项目建成投产: a sentence that opens
    with a place sets the scene; the companies, projects, parks and events it names are there, and
    those of the next clause when a ； joins them (在河南郑州，…；到郑州煤矿机械集团、超聚变…).
    Not people, bodies of government or divisions; not a name another place qualifies (深圳的X)."""
    ms = c.mentions
    opened = opening_scene(c)
    if opened is not None:
        k, start = opened
        place = ms[k]
    elif c.scene is not None and ms and not any(is_division(m) for m in ms):
        k, start, place = -1, 0, c.scene  # a clause of the same scene, naming no division of its own
    else:
        return
    # 在青海海南州千万千瓦级新能源基地内，X…: X is in the base and in the division that holds it (not in 甘肃 of 甘肃[兰州新区], a zone)
    base = not is_division(place) and not (place.key and place.key.name[:6].isdigit()) and (place.canonical or place.text).endswith(_BASE_TAIL)
    listed = _listed_before(c, k) if opened is not None else []
    wheres = [place] + [x for x in ms[:k][::-1] if is_division(x)][:1] if base and k > 0 else [place, *listed]
    for f in _in_scene(c, k, start, place, wheres):
        if listed and f.subject.type != "Project":
            continue  # 在鄂尔多斯、呼和浩特，…伊利: a company is in one of them, which the scene does not say (a work spans them)
        if k >= 0 or c.previous is None or c.doc_text is None:
            yield f
        else:  # the evidence spans the clause that set the scene
            yield replace(f, rule="rel.locatedIn.scene-carried", confidence=0.65, start=c.previous.start,
                          evidence=c.doc_text[c.previous.start : c.sentence.end])


_MODIFIED = frozenset({"n", "ng", "a", "b", "an"})  # what a noun phrase opens with (not vn: 建设, 投资; not v)


def _owner(after: str) -> bool:
    """An organisation right before a noun or an adjective, with no 的 (施耐德电气[全新]柔性生产线启用, 无锡物联网[集群]聚集):
    it says whose the thing is that the clause is about, not what is in the scene."""
    words = common_words()
    w = next((after[:k] for k in (4, 3, 2) if after[:k] in words), None)
    return w is not None and words[w][1] in _MODIFIED


def _listed_before(c: Clause, k: int) -> list[Mention]:
    """The divisions listed with the scene's place, before it (在江苏[淮安]、盐城，): scenes too."""
    out, ms = [], c.mentions
    while k > 0 and c.between(ms[k - 1], ms[k]) == "、":
        k -= 1
        out.append(ms[k])
    return out


def _in_scene(c: Clause, k: int, start: int, place: Mention, wheres: list[Mention]) -> Iterator[Fact]:
    """The things named after the scene's place (index k, -1 when carried from the clause before)."""
    ms = c.mentions
    first = segment_end(c.text, start) if k >= 0 else len(c.text)
    skipped = 0  # 在安徽当涂县，为解决…灾害，[包子山提水工程]正在…: segments that name nothing, then the things there (only works after two)
    while k >= 0 and first < len(c.text) and not any(start <= c.loc(m.start) < first for m in ms[k + 1 :]):
        first, skipped = segment_end(c.text, first + 1), skipped + 1
    for i, m in enumerate(ms[k + 1 :], k + 1):
        if c.loc(m.start) >= first and not (k >= 0 and _visited(c, m)):
            continue  # 在甘肃，X进入安装阶段，这项技术可存储[新能源]: what later segments name is not said to be there (but where one goes: 前往之江实验室)
        if c.loc(m.start) < start or m.type not in _SCENE_TYPES or skipped > 1 and m.type != "Project" or is_division(m) or m.key == place.key or continued(c, m) or m.rule.startswith("craft.") or national_work(m):
            continue  # not 平陆运河 of 平陆运河控制性枢纽工程: what is there is the works named after it; a craft moves (嫦娥七号); 西电东送 spans provinces
        if m.type == "Place" and (not placelike(m) or m.text.endswith("地区")) or _modifier(c, m) or _joined(c, m) or c.before(m, 1) in ("与", "同", "跟", "向", "对", "从", "由"):
            continue  # not 西部地区与东盟 (a counterpart), 由X共建的Y (who built it), 东北地区规模最大的… (a scope): not a thing there
        if in_quoted_term(c, m) or c.after(m, 1) in ("到", "至"):
            continue  # “东盟快班”物流模式: a word of a quoted term; 北京大兴国际机场到雄安新区的…: a route's end, not a thing there
        if m.type in ORGS and (c.after(m, 1) == "的" or _ACTS.match(c.after(m, 4)) or _owner(c.after(m, 4))) or _named_inside(c, m, place):
            continue  # 依托北大荒集团的平台, X全新生产线启用: the owner of what is there; 中国中化投资…的项目: the investor
        before = c.text[segment_start(c.text, c.loc(m.start)) : c.loc(m.start)]
        if "听取" in before or m.type in ORGS and "是" in before or m.type == "Place" and _SPAN_VERB.search(before) or before.endswith(_BOUND_FOR):
            continue  # 听取X建设等介绍 (what a report was about), 是空客公司在…布局的首个项目, 连通新安、东山, 30分钟到达X: not there
        if before.endswith(("我国", "全国")):
            continue  # 作为我国“八纵八横”高速铁路网重要组成部分: the country's, not a thing in the scene
        if (nearer := _placed_after(c, ms, i)) is not None:
            yield fact(c, m, "locatedIn", nearer, "rel.locatedIn.scene", 0.7)
            continue  # 在辽宁，X项目——里达工厂在沈阳开业: the clause says where X is, nearer than the scene
        prev = ms[i - 1] if i > 0 else place
        gap = c.text[c.loc(prev.end) : c.loc(m.start)] if i > 0 else ""
        if prev.type == "Place" and gap in ("", "的", "—", "-", "－", "至", "到") and prev is not place and not _spans(c, i - 1):
            continue  # 深圳的X, 上海X, 西安至延安高铁: another place says where X is
        if m.type == "Place" and is_division(prev) and gap in ("、", "和", "及"):
            continue  # 保障江津、璧山等地: a list of areas, not things in the scene
        for where in wheres:
            yield fact(c, m, "locatedIn", where, "rel.locatedIn.scene", 0.7)


def _visited(c: Clause, m: Mention) -> bool:
    """m opens a segment after a visit's verb, or follows names listed after one (到大连船舶重工集团、[洺源科技公司]、[遨海科技公司])."""
    at = c.loc(m.start)
    verb = _VISITED.match(c.text, segment_start(c.text, at), at)
    if verb is None:
        return False
    listed = [n for n in c.mentions if verb.end() <= c.loc(n.start) and c.loc(n.end) <= at]
    gap = c.text[verb.end() : at]
    for n in listed:
        gap = gap.replace(n.text, "", 1)
    return all(ch in "、和及与" for ch in gap)


def _placed_after(c: Clause, ms: Sequence[Mention], i: int) -> Mention | None:
    """The division of 在<division> after ms[i] in its segment (X项目在成都动工, X——里达工厂在沈阳正式开业)."""
    end = c.loc(ms[i].end)
    stop = segment_end(c.text, end)
    return next((x for x in ms[i + 1 :] if end <= c.loc(x.start) < stop and is_division(x) and c.before(x, 1) == "在"), None)

