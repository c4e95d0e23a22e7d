"""Typed relations and attributes from sentences, each with its evidence.

Rules are small functions over a `Clause` (one sentence, the mentions in it and
what the document around it resolves: 该公司, 我市, the sentence's date); each
returns Facts carrying the sentence offsets and a rule id `rel.<predicate>.<how>`.
Add a rule by writing a function and listing it in `RULES`.

Direction of every relation is the ontology's (schema/kg.ttl): the subject is
the member, the branch, the investor, the contractor, the operator, the
organiser, the supporter, the chain leader, the located thing; signsWith and
cooperatesWith are symmetric.  Posts live in `kg.members`, attributes (amounts,
capacities, counts, dates) in `kg.attributes`, relations read off the structure
of names in `kg.names`; `kg.clause` is what they share.

The document pass (`extract`) resolves 该公司 / 该项目 / 其 / 我市 to mentions of
their antecedent (rule id `anaphora`), dates each sentence by the time it opens
with, and carries the previous sentence's topic for sentences without a subject.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from .. import quantities
from ..types import EntityType, Fact, Mention
from . import engine
from .attributes import attributes
from .clause import (
    LIST_JOIN,
    ORGS,
    SEGMENT_END,
    Clause,
    fact,
    group_after,
    group_before,
    index_of,
    is_division,
    key_fact,
    placelike,
    segment_start,
    topic_fact,
)
from .members import member_by_verb, member_of
from .names import chain_name

# ------------------------------------------------------------------ held in

_HELD = re.compile(r"(?:隆重|正式|成功|顺利|盛大)?(?:举办|举行|召开|开幕|开展|启动|揭幕|拉开帷幕|落幕|闭幕|办(?![理公事法]))")


def _places_after_zai(c: Clause) -> Iterator[tuple[int, int]]:
    """(first, last) indexes of each run of adjacent places right after 在; the last is the
    most specific (在[山西省][太原市]举办)."""
    ms = c.mentions
    for i, p in enumerate(ms):
        if p.type != "Place" or c.before(p, 1) != "在":
            continue
        j = i
        while j + 1 < len(ms) and ms[j + 1].type == "Place" and c.between(ms[j], ms[j + 1]) == "":
            j += 1
        yield i, j


def held_in(c: Clause) -> Iterable[Fact]:
    """Y在X举办 / 在X举办Y: the event took place in X."""
    ms = c.mentions
    for i, j in _places_after_zai(c):
        p, place = ms[i], ms[j]
        hit = _HELD.match(c.text, c.loc(place.end))
        if not hit:
            continue
        event = None
        if j + 1 < len(ms) and ms[j + 1].type == "Event" and c.loc(ms[j + 1].start) - hit.end() <= 1:
            event = ms[j + 1]  # 在X举办Y
        else:
            prev = [x for x in ms[:i] if x.type in ("Event", "Project")]
            if prev and prev[-1].type == "Event":
                gap = c.text[c.loc(prev[-1].end) : c.loc(p.start) - 1]
                if len(gap) <= 30 and not re.search(r"[。；;]", gap):
                    event = prev[-1]  # Y(将于…)在X举办
        if event is not None:
            yield fact(c, event, "locatedIn", place, "rel.locatedIn.held-in", 0.85)


# ------------------------------------------------------------------ located in

_LOCATED = re.compile(
    r"(?P<seat>(?:总部|注册地址|注册地|住所|办公地址|地址|总部基地|生产基地)(?:设在|设于|位于|坐落于|坐落在|在|为|是|：|:)|注册于|总部)"
    r"|(?:位于|地处|坐落于|坐落在|落户于|落户|落地于|入驻|迁入|设在|设于|选址于|选址在|扎根于|立足于)"
)
_IS_A = re.compile(r"(?:是|为|系)(?:一家|一所|一座|一个|一间|家|所|我国|国内|全国)?[^，。；,;]{0,4}?(?:总部)?$")
# X的总部/注册地址/研发中心位于Y: the thing whose seat it is
_SEAT_OF = re.compile(r"的(?:总部|注册地址|注册地|住所|办公地址|地址|研发中心|研究院|生产基地|制造基地|工厂|厂区|校区|园区|新址|基地|分部|项目)$")
# 在Y设立/成立Z, X于2000年在Y创立
_SET_UP = re.compile(r"(?:注册)?(?:设立|成立|组建|建立|创立|创办|开设|注册成立|投资设立|投资成立)(?:了)?(?:全资|控股)?(?P<child>子公司|分公司|孙公司)?")
_LIST_HEAD = re.compile(r"[^，。；]{0,10}?(?:还有|有|包括|是|为)")


def located(c: Clause) -> Iterable[Fact]:
    """X位于/落户/入驻/总部在Y, 位于Y的X: Y is a place (a division, a park, a zone)."""
    text = c.text
    ms = c.mentions
    for hit in _LOCATED.finditer(text):
        a, b = hit.span()
        objs = [x for x in ms if b <= c.loc(x.start) <= b + 2 and x.type == "Place"]
        if not objs:
            continue
        k = index_of(c, objs[0])
        while k + 1 < len(ms) and ms[k + 1].type == "Place" and c.between(ms[k], ms[k + 1]) == "":
            k += 1
        place = ms[k]
        subjects: list[Mention] = []
        if c.after(place, 1) == "的":  # 位于Y的X / 位于Y的链主还有A、B
            rest = list(ms[k + 1 :])
            if rest and c.loc(rest[0].start) == c.loc(place.end) + 1:
                subjects = [rest[0]]
            elif rest and _LIST_HEAD.match(text, c.loc(place.end) + 1) and c.loc(rest[0].start) <= c.loc(place.end) + 14:
                subjects = group_after(c, index_of(c, rest[0]), ORGS)
            elif (kind := _IS_A.search(text, 0, a)) is not None:  # X是一家(总部)位于Y的企业
                s = _subject_left(c, kind.start()) or _sentence_subject(c, kind.start())
                subjects = [s] if s is not None else []
        else:
            s = _subject_left(c, a)
            if s is None and (hit.group("seat") or _opens_segment(text, a)):
                s = _sentence_subject(c, a)  # X是…，总部位于Y / X成立于2011年，注册地位于Y
            subjects = [s] if s is not None else []
        for s in subjects:
            if s.type != "Person" and not (is_division(s) and is_division(place)) and s.key != place.key:
                yield fact(c, s, "locatedIn", place, "rel.locatedIn.trigger", 0.8)


def _opens_segment(text: str, a: int) -> bool:
    return a == segment_start(text, a) and a > 0


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
    for i, k in _places_after_zai(c):
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
                hit.group("child") or _BRANCH_TAIL.search(nxt.text) or re.search(r"(?:研发中心|研究院|总部)$", nxt.text)
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
        return free[0]
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


def _free(c: Clause, m: Mention, upto: int) -> bool:
    """m can be a subject: not inside 由X / 在X / 与X, not a modifier (X的…) before `upto`."""
    if c.before(m, 1) in ("由", "在", "与", "和", "同", "对", "向", "从", "被", "给", "据"):
        return False
    return "的" not in c.text[c.loc(m.end) : upto] and m.type != "Person"


def place_of(c: Clause) -> Iterable[Fact]:
    """Y的X / 来自Y的X (a named organisation, project or park right after 的); adjacent
    [place][place or name] where the second is not a division (中北高新区不锈钢专业镇); and an
    address written out, a division right after one that contains it (安徽庐江县, 湖南长沙浏阳市)."""
    ms = c.mentions
    for i, p in enumerate(ms[:-1]):
        if p.type != "Place" or len(p.text) < 2 or not (is_division(p) or placelike(p)):
            continue  # not 晋 of 晋台, nor a name that is no place name
        x = ms[i + 1]
        gap = c.between(p, x)
        if gap == "" and is_division(p) and is_division(x) and _contains(c, p, x):
            yield fact(c, x, "locatedIn", p, "name.address", 0.85)  # an address written out: read off the compound name
            continue
        if len(x.text) < 2 or x.type == "Place" and not placelike(x):
            continue
        if gap == "的" and (x.type in ORGS | {"Project"} or x.type == "Place" and not is_division(x)) and c.before(p, 2) not in ("位于", "地处"):
            yield fact(c, x, "locatedIn", p, "rel.locatedIn.of", 0.7)
        elif gap == "" and x.type in ORGS | {"Project", "Place", "Event"} and not is_division(x) and x.key != p.key:
            yield fact(c, x, "locatedIn", p, "rel.locatedIn.adjacent", 0.75)


def _contains(c: Clause, outer: Mention, inner: Mention) -> bool:
    """The gazetteer puts inner (a division) inside outer."""
    if c.names is None or outer.key is None or inner.key is None or outer.key == inner.key:
        return False
    return outer.key.name in {a.code for a in c.names.lex.ancestors(inner.key.name)}


_SCENE_LEAD = re.compile(r"(?:[^，。；！？]{0,20}[，,])?在$")
_SCENE_TYPES = frozenset({"Enterprise", "Organization", "Project", "Event", "Place"})


def scene(c: Clause) -> Iterable[Fact]:
    """在潍坊，李强来到歌尔集团、潍柴集团 / 在马鞍山，新特钢项目建成投产: a sentence that opens
    with a place sets the scene; the companies, projects, parks and events it names are there.
    Not people, bodies of government or divisions; not a name another place qualifies (深圳的X)."""
    ms = c.mentions
    if not ms or ms[0].type != "Place" or not is_division(ms[0]) or not _SCENE_LEAD.fullmatch(c.text, 0, c.loc(ms[0].start)):
        return
    k = 0
    while k + 1 < len(ms) and ms[k + 1].type == "Place" and c.between(ms[k], ms[k + 1]) == "":
        k += 1
    place = ms[k]
    close = re.match(r"(?:内|里|境内|期间)?[，,]", c.after(place, 4))
    if close is None:
        return
    start = c.loc(place.end) + close.end()
    for i, m in enumerate(ms[k + 1 :], k + 1):
        if c.loc(m.start) < start or m.type not in _SCENE_TYPES or is_division(m) or m.key == place.key:
            continue
        if m.type == "Place" and not placelike(m):
            continue
        prev = ms[i - 1]
        if prev.type == "Place" and c.loc(m.start) - c.loc(prev.end) <= 1 and prev is not place:
            continue  # 深圳的X, 上海X: another place says where X is
        yield fact(c, m, "locatedIn", place, "rel.locatedIn.scene", 0.7)


# ------------------------------------------------------------------ awards

_AWARD_BY = re.compile(r"(?:授予|评为|命名为|认定为|评选为|表彰为|授牌为)(?P<title>“[^”]{1,30}”|[^，。；]{1,24})")


def awarded(c: Clause) -> Iterable[Fact]:
    """A被B授予/命名为/评为“称号”: B awardedTo A, with the title as the topic."""
    ms = c.mentions
    for i, b in enumerate(ms):
        if b.type not in ORGS or i == 0 or c.before(b, 1) != "被":
            continue
        a = ms[i - 1]
        if c.loc(b.start) - 1 != c.loc(a.end):
            continue
        end = c.loc(b.end)
        hit = _AWARD_BY.match(c.text, end)
        if hit:
            yield fact(c, b, "awardedTo", a, "rel.awardedTo.by", 0.75, topic=hit.group("title").strip("“”"))


_WINS = re.compile(r"(?:荣获|获得|获评|摘得|斩获|喜获|捧得|夺得|荣膺)")
_AWARD_NAME = re.compile(r"“?([^，,。；;、“”《》]{2,30}?(?:奖项|奖章|奖状|奖杯|奖|荣誉称号|称号))”?")
_AWARD_FRAME = re.compile(r"在([^，,。；;、“”]{2,30}?奖)(?:的)?(?:评选|评审|评比|表彰|颁奖)(?:活动|大会|会)?中[，,]?$")
_GRADE_ONLY = re.compile(r"^(?:[一二三]等奖|特等奖|金奖|银奖|铜奖|优秀奖|优胜奖|提名奖|大奖)$")


def wins(c: Clause) -> Iterable[Fact]:
    """X荣获Y奖 / X在Y奖的评选中荣获一等奖: the award (kg:Award) awardedTo X, the grade as the topic."""
    text = c.text
    if not _WINS.search(text):
        return
    for hit in _WINS.finditer(text):
        # the recipient is a subject: a mention opening its segment (X…，在Y奖的评选中荣获…)
        recipients = [m for m in c.mentions if m.type in ORGS | {"Person"} and c.loc(m.end) <= hit.start()
                      and c.loc(m.start) - segment_start(text, c.loc(m.start)) <= 2]
        if not recipients:
            continue
        frame = _AWARD_FRAME.search(text, 0, hit.start())
        won = _AWARD_NAME.match(text, hit.end())
        if frame:
            end = SEGMENT_END.search(text, hit.end())
            name, grade = frame.group(1), text[hit.end() : end.start() if end else len(text)] or None
        elif won and not _GRADE_ONLY.match(won.group(1)) and not re.match(r"(?:以上|以下)?的", text[won.end() :]):
            name, grade = won.group(1), None
        else:
            continue
        name = re.sub(r"^(?:\d{4}年度?|第[一二三四五六七八九十\d]+届)", "", name) if len(name) > 6 else name
        r = recipients[0]
        f = fact(c, r, "awardedTo", r, "rel.awardedTo.wins", 0.75, topic=grade)
        yield replace(f, subject=c.implied(EntityType.AWARD, name), s_text=name)


_SELECTED = re.compile(r"(?:成功|正式)?(?:入选|入围|获评|被评为|被认定为|被命名为|获批|荣膺)(?:为)?")
_TITLE = re.compile(r"“?([^，,。；;、“”《》\s]{3,30}?)”?(?:名单|榜单|称号)?(?=[，,。；;]|$)")


def selected(c: Clause) -> Iterator[Fact]:
    """X、Y入选国家能效领跑者 / X被评为“全国文明单位”: the title (kg:Award) awardedTo each of a list
    of organisations that opens its segment."""
    text = c.text
    for hit in _SELECTED.finditer(text):
        before = [i for i, m in enumerate(c.mentions) if c.loc(m.end) <= hit.start()]
        if not before or c.loc(c.mentions[before[-1]].end) != hit.start():
            continue
        group = group_before(c, before[-1], ORGS | {"Project"})
        if not group or c.loc(group[0].start) - segment_start(text, c.loc(group[0].start)) > 2:
            continue
        title = _TITLE.match(text, hit.end())
        if title is None or title.group(1).endswith(("之一", "行列")) or quantities.amount(title.group(1)):
            continue
        award = c.implied(EntityType.AWARD, title.group(1))
        for m in group:
            yield replace(fact(c, m, "awardedTo", m, "rel.awardedTo.selected", 0.75), subject=award, s_text=title.group(1))


# ------------------------------------------------------------------ industry chains

_CHAIN = re.compile(r"([\u4e00-\u9fff]{2,14}?)产业链")
_CHAIN_STOP = re.compile(
    r"^.*(?:的|和|与|及|、|为|是|成为|作为|担任|打造|发展|领衔|推进|建设|培育|实施|延伸|壮大|做强|带动|牵头|聚焦|围绕|"
    r"发挥|完善|补齐|构建|形成|拓展|提升|优化|强化|延长|打通|"
    r"重点|优势|全|各|这|该|其|条|大|千亿级|百亿级|万亿级|现代|主导|特色|传统|新兴|上下游|上中下游)"
)
_GENERIC_CHAIN = frozenset({"", "重点", "全", "各", "这两条", "两条", "产业", "整个", "相关", "上下游"})
_CHAIN_COUNT = re.compile(r"(?:这|该)?(两|三|四|五|六|2|3|4|5|6)条[^，。；]{0,6}?产业链")
_FIELDS = re.compile(r"在([\u4e00-\u9fff、和与及]{4,40}?)(?:领域|行业|方面)")
_COUNTS = {"两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}
_LEADER = re.compile(r"链主|领衔")


def chain_leader(c: Clause) -> Iterable[Fact]:
    """ORG成为/作为X产业链(的)链主(企业) / 作为X产业链的链主，ORG… / X产业链链主ORG / ORG领衔打造X产业链;
    'ORG成为这两条产业链链主' takes the chains from 在A和B领域 of the same sentence."""
    text = c.text
    if not _LEADER.search(text):
        return
    chains = _chains(text)
    spans = [(a, a + len(name)) for a, name in chains]  # 山西特钢材料产业链: no 山西特钢 as a leader
    orgs = [m for m in c.mentions if m.type in ("Enterprise", "Organization")
            and not any(a <= c.loc(m.start) < b for a, b in spans)]
    if not chains:
        n = _CHAIN_COUNT.search(text)
        fields = _FIELDS.search(text)
        if n and fields:
            items = [x for x in re.split(r"[、和与及]", fields.group(1)) if len(x) >= 2]
            if len(items) == _COUNTS[n.group(1)]:
                chains = [(n.start(), f"{x}产业链") for x in items]
    if not chains:
        return
    leaders = orgs or ([c.topic] if c.topic is not None and c.topic.type in ("Enterprise", "Organization") and "领衔" in text else [])
    if not leaders:
        return
    # one leader per sentence: the subject (first organisation), or the one right after 链主
    after_leader = [m for m in orgs if c.before(m, 4).endswith(("链主", "链主企业", "链主企业为", "链主为"))]
    first_hit = _LEADER.search(text)
    as_leader = first_hit is not None and text.startswith("作为", segment_start(text, first_hit.start()))
    before = [m for m in leaders if first_hit is None or c.loc(m.end) <= first_hit.start() or m is c.topic
              or as_leader and c.loc(m.start) - segment_start(text, c.loc(m.start)) <= 1]  # 作为X产业链的链主，ORG…
    subjects = after_leader or before[:1]  # not 中国氢能联盟 of 作为链主企业，牵头组建中国氢能联盟
    for s in subjects:
        for _, name in chains:
            label = chain_name(name, lambda x: bool(c.place_key and c.place_key(x)))
            key = c.implied(EntityType.INDUSTRY_CHAIN, label)
            if s is c.topic and s not in c.mentions:
                yield topic_fact(c, s, key_fact(c, s, "chainLeaderOf", key, label, "rel.chainLeaderOf.topic", 0.65))
            else:
                yield key_fact(c, s, "chainLeaderOf", key, label, "rel.chainLeaderOf.trigger", 0.8)


def _chains(text: str) -> list[tuple[int, str]]:
    """(sentence-local start, name) of each industry chain named in text."""
    out = []
    for m in _CHAIN.finditer(text):
        name = _CHAIN_STOP.sub("", m.group(1))
        if name in _GENERIC_CHAIN or len(name) < 2:
            continue
        out.append((m.end(1) - len(name), name + "产业链"))
    return out


# ------------------------------------------------------------------ sub-organisations

_UNDER = re.compile(r"^(?:旗下|下属|所属)(?:的)?(?:全资|控股)?(?:子公司|企业|公司|单位|机构|分支机构)?(?:的)?$")
_IS = re.compile(r"^(?:是|为|系|成为|作为|隶属于?|归属于?|后来成为|现为|已成为)$")
_CHILD = re.compile(r"^(?:的)?(?:全资|控股|直属|二级|三级)?(?:子公司|孙公司|分公司|下属企业|下属单位|下属公司|成员企业|旗下企业|企业|成员单位|分支机构|直属单位|直属企业|一员)")
_BRANCH_TAIL = re.compile(r"(?:分公司|分行|支行|分局|分所|营业部|分厂|分院|分中心|办事处|分会|专委会|专业委员会|工会|党委|团委)$")


_HELD_BY = re.compile(r"(?:所属|直属|下属|旗下)的")


def sub_organization(c: Clause) -> Iterable[Fact]:
    """[A][B分行] adjacent, a sibling branch named without its parent, X…，是Z直属的…
    (旗下, 隶属于, 是…的子公司 are frames: kg.relations.frames)."""
    ms = c.mentions
    for i in range(len(ms) - 1):
        a, b = ms[i], ms[i + 1]
        if a.type not in ORGS or b.type not in ORGS or a.key == b.key:
            continue
        gap = c.between(a, b)
        if gap == "" and _BRANCH_TAIL.search(b.text):
            yield fact(c, b, "subOrganizationOf", a, "rel.subOrganizationOf.adjacent", 0.8)
        elif gap in LIST_JOIN and c.names is not None and a.canonical and b.canonical:
            # [X分行甲支行]和[乙支行]: a sibling named without its parent has the same parent
            tail = _BRANCH_TAIL.search(b.canonical)
            parent = c.names.parent(a.canonical, a.type) if tail and a.canonical.endswith(tail.group()) else None
            if parent and c.names.parent(b.canonical, b.type) is None and not b.canonical.startswith(parent[1]):
                yield key_fact(c, b, "subOrganizationOf", c.implied(*parent), parent[1], "rel.subOrganizationOf.sibling", 0.7)
    # X位于Y，是Z直属的全国重点大学 / X成立于…，是Z所属的…: the sentence's subject under Z
    lead = ms[0] if ms else None
    if lead is not None and lead.type in ORGS and c.loc(lead.start) <= 2:
        a = lead
        for b in ms[1:]:
            if b.type in ORGS and b.key != a.key and c.before(b, 2) in ("，是", "，为", "，系", ",是") and _HELD_BY.match(c.after(b, 3)):
                yield fact(c, a, "subOrganizationOf", b, "rel.subOrganizationOf.is-held-by", 0.75)


# ------------------------------------------------------------------ all of them, in order

RULES: tuple[Callable[[Clause], Iterable[Fact]], ...] = (
    engine.apply, held_in, located, set_up_in, place_of, scene, member_of, member_by_verb, awarded, wins, selected, chain_leader,
    sub_organization,
    attributes,
)
