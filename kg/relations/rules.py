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
from ..rescan import finditer
from ..types import EntityType, Fact
from . import addresses, engine, firsts, held, places, scenes
from .arguments import ADV
from .attributes import attributes
from .careers import member_by_verb
from .clause import (
    BRANCH_TAIL,
    LIST_JOIN,
    ORGS,
    SEGMENT_END,
    Clause,
    fact,
    group_before,
    key_fact,
    segment_start,
    topic_fact,
)
from .members import member_of
from .names import chain_name

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
            title = hit.group("title").strip("“”")
            yield fact(c, b, "awardedTo", a, "rel.awardedTo.by", 0.75, topic=title)
            if hit.group("title").startswith("“"):  # 被X命名为“太原市廉政教育基地”: the title, awarded
                yield replace(fact(c, a, "awardedTo", a, "rel.awardedTo.by", 0.75), subject=c.implied(EntityType.AWARD, title), s_text=title)


_WINS = re.compile(r"(?:荣获|获得|获评|摘得|斩获|喜获|捧得|夺得|荣膺)了?")  # (获得了X奖)
_NO_SUBJECT = re.compile(r"(?:并|还|也|又|曾|先后|多次|分别|均|都|已|今年|去年|近日|日前)*")  # the verb's segment names no winner of its own
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
        own = segment_start(text, hit.start())
        if not recipients:
            continue
        frame = _AWARD_FRAME.search(text, 0, hit.start())
        if not any(c.loc(m.start) >= own for m in recipients) and not frame and not _NO_SUBJECT.fullmatch(text, own, hit.start()):
            continue  # 中国工程院…颁发X奖，…39位科技工作者获得了X奖: the verb's own segment names who won, not a body named before
        won = _AWARD_NAME.match(text, hit.end())
        if frame:
            end = SEGMENT_END.search(text, hit.end())
            name, grade = frame.group(1), text[hit.end() : end.start() if end else len(text)] or None
        elif won and not _GRADE_ONLY.match(won.group(1)) and not re.match(r"(?:以上|以下)?的", text[won.end() :]):
            name, grade = won.group(1), None
        else:
            continue
        r = next((m for m in recipients if c.loc(m.start) >= own), recipients[0])  # the winner its own segment names first
        f = fact(c, r, "awardedTo", r, "rel.awardedTo.wins", 0.75, topic=grade)
        yield replace(f, subject=c.implied(EntityType.AWARD, name), s_text=name)


_SELECTED = re.compile(r"(?:成功|正式)?(?:入选|入围|获评|被评为|被认定为|被命名为|获批|荣膺)(?:为)?")
_PLACE_TITLE = ("城市", "县", "示范市", "示范县", "示范区", "试点城市", "名城", "名镇", "名村", "强县", "强市", "百强县")
_TITLE = re.compile(r"“?([^，,。；;、“”《》\s]{3,30}?)”?(?:名单|榜单|称号)?(?=[，,。；;]|$)")


def selected(c: Clause) -> Iterator[Fact]:
    """X、Y入选国家能效领跑者 / X被评为“全国文明单位”: the title (kg:Award) awardedTo each of a list
    of organisations that opens its segment."""
    text = c.text
    for hit in finditer(_SELECTED, text):
        before = [i for i, m in enumerate(c.mentions) if c.loc(m.end) <= hit.start()]
        if not before or not ADV.match(c.text[c.loc(c.mentions[before[-1]].end) : hit.start()]):
            continue  # X入选 / X在2023年成功入选
        title = _TITLE.match(text, hit.end())
        cities = title is not None and title.group(1).endswith(_PLACE_TITLE)  # 太原入选…数字化转型城市
        group = group_before(c, before[-1], ORGS | {"Project"} | ({"Place"} if cities else set()))
        if not group or c.loc(group[0].start) - segment_start(text, c.loc(group[0].start)) > 2:
            continue
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



_PLANT_TAIL = re.compile(r"(?:油田|气田|油气田|炼化|石化|炼油厂|煤矿|电厂|发电厂|钢厂)$")  # a company's field or plant named right after it
_HELD_BY = re.compile(r"(?:所属|直属|下属|旗下)(?:的|[^，。；]{0,6}?(?:大学|高校|院校|学院|企业|公司|单位|机构|医院))|(?:依法|批准|正式)?(?:设立|成立|组建)的")  # (直属重点大学)


def sub_organization(c: Clause) -> Iterable[Fact]:
    """[A][B分行] adjacent, a sibling branch named without its parent, X…，是Z直属的…
    (旗下, 隶属于, 是…的子公司 are frames: kg.relations.frames)."""
    ms = c.mentions
    for i in range(len(ms) - 1):
        a, b = ms[i], ms[i + 1]
        if a.type not in ORGS or b.type not in ORGS or a.key == b.key:
            continue
        gap = c.between(a, b)
        if gap == "" and (BRANCH_TAIL.search(b.text) or a.type == b.type == "Enterprise" and _PLANT_TAIL.search(b.text)):  # 中国石油|长庆油田
            yield fact(c, b, "subOrganizationOf", a, "rel.subOrganizationOf.adjacent", 0.8)
        elif gap in LIST_JOIN and c.names is not None and a.canonical and b.canonical:
            # [X分行甲支行]和[乙支行]: a sibling named without its parent has the same parent
            tail = BRANCH_TAIL.search(b.canonical)
            parent = c.names.parent(a.canonical, a.type) if tail and a.canonical.endswith(tail.group()) else None
            if parent and c.names.parent(b.canonical, b.type) is None and not b.canonical.startswith(parent[1]):
                yield key_fact(c, b, "subOrganizationOf", c.implied(*parent), parent[1], "rel.subOrganizationOf.sibling", 0.7)
    # X位于Y，是Z直属的全国重点大学 / X成立于…，是Z所属的… / X是Z旗下的核心企业: the sentence's subject under Z
    lead = ms[0] if ms else None
    if lead is not None and lead.type in ORGS and c.loc(lead.start) <= 2:
        a = lead
        for b in ms[1:]:
            if b.type in ORGS and b.key != a.key and (c.before(b, 2) in ("，是", "，为", "，系", ",是") or c.between(a, b) in ("是", "为", "系")) and _HELD_BY.match(c.after(b, 12)):
                yield fact(c, a, "subOrganizationOf", b, "rel.subOrganizationOf.is-held-by", 0.75)


# ------------------------------------------------------------------ organised under someone's care

# 在A、B的(精心)组织下，Y…: A and B organise the event the clause then names
_UNDER = re.compile(r"在([^，。；在]{2,60}?)的(?:精心|大力|共同|周密)?(组织|主办|筹办|承办|组织实施)下[，,]?")


def organized_under(c: Clause) -> Iterator[Fact]:
    """在A、B的精心组织下，Y举行: A and B organizes Y (role 组织), Y the first event after the phrase."""
    hit = _UNDER.search(c.text)
    if hit is None:
        return
    a, b = hit.span(1)
    bodies = [m for m in c.mentions if a <= c.loc(m.start) and c.loc(m.end) <= b and m.type in ORGS]
    event = next((m for m in c.mentions if c.loc(m.start) >= hit.end() and m.type == EntityType.EVENT), None)
    if not bodies or event is None or SEGMENT_END.search(c.text, hit.end(), c.loc(event.start)) and c.loc(event.start) - hit.end() > 12:
        return
    for m in bodies:
        yield fact(c, m, "organizes", event, "rel.organizes.under", 0.8, role=hit.group(2))


# A获得(来自)B(的)(N元)(战略)投资: B invests in A (蔚来汽车获得合肥市政府70亿元投资, 公司获得来自新闻集团的战略投资)
_RECEIVES = re.compile(r"(?:获得|得到|引入|迎来|接受)了?(?:来自)?$")
_RECEIVED = re.compile(r"的?\s*(?P<amount>[\d.,]+\s*(?:万亿|千亿|百亿|亿|千万|百万|万)?(?:元|美元|欧元|港元))?的?(?:战略|股权|联合)?(?:投资|注资|入股|增资)(?!者|人|方|额)")


def received_investment(c: Clause) -> Iterator[Fact]:
    """A获得B N元投资: the company a body's investment goes to, said from its side (invests, B -> A)."""
    ms = c.mentions
    for a, b in zip(ms, ms[1:]):
        if a.type not in ORGS or b.type not in ORGS or (hit := _RECEIVES.search(c.between(a, b))) is None or not ADV.match(c.between(a, b)[: hit.start()]):
            continue
        if (got := _RECEIVED.match(c.text, c.loc(b.end))) is not None:
            q = quantities.amount(c.text, *got.span("amount")) if got.group("amount") else None
            yield fact(c, b, "invests", a, "rel.invests.received", 0.75, amount=None if q is None else q.value, unit=None if q is None else q.unit)


# ------------------------------------------------------------------ all of them, in order

RULES: tuple[Callable[[Clause], Iterable[Fact]], ...] = (
    engine.apply, held.held_in, places.located, places.set_up_in, places.place_of, addresses.nested, addresses.governed, places.copular, firsts.superlative, scenes.scene, member_of, member_by_verb, awarded, wins, selected, chain_leader,
    sub_organization, organized_under, received_investment,
    attributes,
)
