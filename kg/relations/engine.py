"""One engine for every declared frame (`kg.relations.frames`): find each trigger of a clause,
read its arguments in the orders the frame allows, and build the facts.

Arguments are mentions; a list (A、B和C) on either side gives one fact per member.  Between an
agent and its verb only adverbials may stand (共同, 正式, 将, 于2020年, 在太原 …); between a verb
and its patient only what introduces an object (了, an amount, 建设, 的 …).  A place named after
在 in either gap is where the patient is (X在Z投资建设Y: Y locatedIn Z), when the frame says so.
Rule ids are `rel.<predicate>.<frame>-<order>`; the confidence is the frame's, less what the
order costs in precision (see ORDER_COST; `tools/calibrate.py` measures both).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..rescan import alternation
from ..types import EntityType, Fact, Mention, Predicate
from .arguments import (
    ADV,
    ANNOUNCED,
    ATTRIBUTIVE_GAP,
    COPULA,
    DOCUMENT,
    EDITION,
    NEAR,
    OBJ,
    SIGNINGS,
    TOPIC,
    act_amount,
    attributive_later,
    bought,
    fits,
    gap_without,
    lead_words,
    left,
    most_specific,
    party_before,
    passive_patient,
    right,
    segment_end,
    sentence_event,
    subject_topic,
    topic_of,
    with_at,
)
from .clause import (
    Clause,
    fact,
    group_after,
    group_before,
    index_of,
    is_division,
    places_after_zai,
    says_whose,
    segment_start,
)
from .frames import FRAMES, Frame, roles, verbs

_VERBS, _ROLES = verbs(), roles()
_TRIGGER = re.compile(alternation(set(_VERBS) | set(_ROLES)))  # (longest first, grouped by first character: kg.rescan)
_QUICK = frozenset(w[0] for w in set(_VERBS) | set(_ROLES))
# a verb followed by one of these is a noun (投资额, 投资者, 合作社, 举办地)
_NOUN_AFTER = frozenset("额者人商率社地")
_WITH = frozenset("与和同跟")
_JOINTLY = re.compile("共同|联合|携手|合作|一起|合资")
_FOUNDS = frozenset({"成立", "组建", "设立"})
# a verb of joining that lists one more party of the act after it (A携手B、C联合举办X, 总台联合A、B共同邀请…)
_LINKS = frozenset({"携手", "联合", "会同"})
_LINKED_ACT = re.compile(r"(?:联合|共同)?(?:举办|主办|承办|举行|摄制|制作|出品|邀请)")
# what bodies make together that no other frame reads (由A和B联合摄制的X: made together, not invested in)
_MADE_TOGETHER = frozenset({"摄制", "制作", "出品", "邀请", "研制", "组建"})  # (由A、B联合组建的X: the two cooperate, whatever X is)
_AGREEMENT = re.compile(r"(?:框架|战略)?(?:协议|合同|备忘录|意向书)")
_SIGN = next(f for f in FRAMES if f.predicate is Predicate.SIGNS_WITH)
_APPOSED = ("", "——", "—", "：", ":")
_ROLE_IS = re.compile(r"\s*(?:分别为|分别是|包括|依次为|是|为|：|:|系|有)\s*")  # (B的前三大股东分别为A1、A2和A3, B的股东包括A1、A2)
# what an order costs in precision against the frame's own (an active clause is the surest reading)
ORDER_COST = {"under": 0.0, "active": 0.0, "attributive": 0.0, "passive": 0.0, "comitative": 0.0, "role-is": 0.05, "holder-is": 0.0,
              "appositive": 0.05, "prep-object": 0.05, "joint": 0.0, "topic": 0.15, "sentence": 0.15, "pre-attributive": 0.0, "recipient": 0.0}


def apply(c: Clause) -> Iterator[Fact]:
    """The facts every frame reads in one clause."""
    text = c.text
    if not c.mentions or _QUICK.isdisjoint(text):  # (no trigger's first character: one set test at C speed)
        return
    spans = [(c.loc(m.start), c.loc(m.end)) for m in c.mentions]
    seen: set[tuple[object, ...]] = set()
    for hit in _TRIGGER.finditer(text):
        ts, te = hit.span()
        if any(s < te and ts < e for s, e in spans):
            continue  # a trigger inside a name (山西建设投资集团)
        word = hit.group()
        for fr in _VERBS.get(word, ()):
            if te < len(text) and text[te] in _NOUN_AFTER:
                continue
            for f in _verb(c, fr, word, ts, te):
                k = (f.subject, f.predicate, f.object)
                if k not in seen:
                    seen.add(k)
                    yield f
        for fr in _ROLES.get(word, ()):
            for f in _role(c, fr, word, ts, te):
                k = (f.subject, f.predicate, f.object)
                if k not in seen:
                    seen.add(k)
                    yield f


# ------------------------------------------------------------------ arguments


# ------------------------------------------------------------------ verbs


_STAKE = re.compile(r"股(?!东)|权益|出资额")  # not 获得5.5%的份额 (a market share)


def _verb(c: Clause, fr: Frame, word: str, ts: int, te: int) -> Iterator[Fact]:
    if fr.recipient:
        yield from _recipient(c, fr, word, ts, te)
        return
    if fr.stake and not _STAKE.search(c.text, te, segment_end(c.text, te)):
        return  # 持有X: a stake only when a share is named (持有X 5%的股份), not 持有证书
    if fr.under and c.text[te : te + 1] == "下":
        yield from _under(c, fr, word, ts, te)
        return
    if word.endswith("发布") and DOCUMENT.match(c.text, te):
        return  # 国家卫生健康委、中国残联联合发布《关于…的通知》: issuing a document together is no cooperation a reader lists
    if word in _LINKS and _LINKED_ACT.search(c.text, te, segment_end(c.text, te)):
        return  # A携手B、C联合举办的X: the parties of the act after it (organizes, made together), no cooperation of their own
    verb_at = ts
    if fr.comitative and (j := c.text.rfind("就", segment_start(c.text, ts), ts)) >= 0:
        ts = j  # A与B就[C景区品牌创建]事宜签约: the parties stand before the topic
    agents, patients, order, where = _agents(c, fr, ts, te)
    if not agents:
        return
    first = agents[0]
    if fr.joint:  # A、B等共同出资…: not 由A、B共同出资 (the passive reads the investment)
        if len(agents) >= 2 and (c.before(first, 1) not in ("由", "被", "经") or word in _MADE_TOGETHER) and (_JOINTLY.search(c.text, c.loc(agents[-1].end), ts) or word == "合资"):
            yield from _together(c, fr, word, agents, ts, te)
        return
    if fr.symmetric and len(agents) >= 2 and not patients:
        yield from _together(c, fr, word, agents, ts, te)
        return
    if not patients:
        patients, order, where = _patients(c, fr, agents, te, order, where)
    if fr.predicate is Predicate.SUB_ORGANIZATION_OF and word in _FOUNDS and (
        order in ("topic", "sentence") or _JOINTLY.search(c.text, c.loc(agents[-1].end), verb_at)
    ):
        return  # 就组建X作出指示 / 与A、B共同成立X: no parent stated
    if patients:
        yield from _facts(c, fr, word, agents, patients, order, verb_at, te, where)


_HANDED = re.compile(r"^(?:的)?(?:[\d.,]+\s*(?:%|％|万股|亿股|股)|全部|部分|所有)?(?:的)?(?:国有)?(?:股权|股份|产权|权益)"
                     r"(?:及[^，。；,;]{1,12}?)?(?:以[^，。；,;]{1,16}?)?(?:全部|无偿|有偿|协议|分别|一并)*$")


def _recipient(c: Clause, fr: Frame, word: str, ts: int, te: int) -> Iterator[Fact]:
    """将(所持)B 5%的股权转让给A / B的国有产权无偿划转至A: A, right after the verb, comes to hold B."""
    ms = c.mentions
    after = [m for m in ms if c.loc(m.start) == te and fits(fr, m, True)]
    before = [m for m in ms if c.loc(m.end) <= ts and c.loc(m.start) >= segment_start(c.text, ts)]
    if not after or not before or not fits(fr, before[-1], False) or not _HANDED.match(c.text[c.loc(before[-1].end) : ts]):
        return
    agents = group_after(c, index_of(c, after[0]), fr.agent)
    yield from _facts(c, fr, word, agents, [before[-1]], "recipient", ts, te, None)


def _agents(c: Clause, fr: Frame, ts: int, te: int) -> tuple[list[Mention], list[Mention], str, Mention | None]:
    """(agents, patients known, order, place adjunct) of the verb at ts: A、B共同主办, A与B (comitative), A对B, or the topic."""
    ms = c.mentions
    li, where = left(c, fr, ts)
    if li >= 0:
        m = ms[li]
        gap = gap_without(c, c.loc(m.end), ts, where)
        if fr.comitative and (org := _represented(c, fr, li)) is not None:
            li, m = org, ms[org]  # 与国际奥委会主席考文垂签署: the body its head speaks for
        if fr.comitative and fits(fr, m, False) and (w := with_at(c, m)) >= 0 and li > 0 and (ADV.match(ANNOUNCED.sub("", gap)) or TOPIC.search(gap)):
            head = party_before(c, li)  # A与B(就X)签约: the parties either side of 与
            if head > 0 and c.before(ms[head], 1) in ("与", "同", "跟") and c.before(m, 1) == "和":
                return _counterparts(c, fr, [ms[head], m], where)  # A相继与B和C展开合作: B and C are A's counterparts
            lead_gap = lead_words(c.text[c.loc(ms[head].end) : w])  # (A还宣布与B达成战略合作, A今日公告，拟与B开展合作)
            if fits(fr, ms[head], True) and (lead_gap == "" or ADV.match(lead_gap)):
                return group_before(c, head, fr.agent), group_after(c, li, fr.patient), "comitative", where
            return [], [], "comitative", where
        if fits(fr, m, False) and c.before(m, 1) in fr.preps and ADV.match(gap) and li > 0 and c.text[te : te + 1] != "的":
            a = ms[li - 1]  # A对B进行投资 / A向B注资 (not A向B控股的C注资: B控股 is C's attribute)
            if fits(fr, a, True) and ADV.match(c.text[c.loc(a.end) : c.loc(m.start) - 1]):
                return group_before(c, li - 1, fr.agent), [m], "prep-object", where
        elif fits(fr, m, True) and ADV.match(gap):
            group = _linked(c, fr, group_before(c, li, fr.agent))
            if fr.symmetric:
                group = _parties(c, group)
            # A与B、C签约: B and C are A's counterparts (not A与B、C共同投资, where all act together)
            cut = [i for i, x in enumerate(group) if c.before(x, 1) in ("与", "同", "跟")] if fr.symmetric and not fr.joint else []
            if cut and cut[0] == 0:
                return _counterparts(c, fr, group, where)
            if cut and len(group) - cut[0] >= 2:  # A与B、C签约: A and each of B, C
                return group[: cut[0]], group[cut[0] :], "comitative", where
            return group, [], "active", where
    topic = subject_topic(c, fr, ts)
    if topic and where is None and fr.located:  # 宁德时代在福建宁德投资100亿元，建设X: where the subject acts, X is
        where = _where_acted(c, topic[0], segment_start(c.text, ts))
    return topic, [], "topic", where


def _linked(c: Clause, fr: Frame, group: list[Mention]) -> list[Mention]:
    """The agents with those a verb of joining puts before them (A携手|B、C联合举办: A, B and C)."""
    j = index_of(c, group[0]) if group else 0
    while j > 0 and fits(fr, c.mentions[j - 1], True) and c.between(c.mentions[j - 1], c.mentions[j]) in _LINKS:
        group = group_before(c, j - 1, fr.agent) + group
        j = index_of(c, group[0])
    return group


def _where_acted(c: Clause, subject: Mention, before: int) -> Mention | None:
    """The last division of the address after 在 between the subject and sentence-local offset `before`."""
    ms = c.mentions
    for i, j in places_after_zai(c):
        if c.before(ms[i], 1) == "在" and ms[i].start >= subject.end and c.loc(ms[i].end) <= before and is_division(ms[i]):
            while i < j and is_division(ms[i + 1]) and c.loc(ms[i + 1].end) <= before:
                i += 1  # 在[福建][宁德]: the most specific
            return ms[i]
    return None


_TITLE = re.compile(r"^[\u4e00-\u9fff]{1,6}$")


def _represented(c: Clause, fr: Frame, li: int) -> int | None:
    """The index of the organisation a person at li heads (与<组织>主席<人>), when li is such a person."""
    ms = c.mentions
    if li < 1 or ms[li].type != EntityType.PERSON or not fits(fr, ms[li - 1], False) or c.before(ms[li - 1], 1) not in _WITH:
        return None
    return li - 1 if _TITLE.match(c.text[c.loc(ms[li - 1].end) : c.loc(ms[li].start)]) else None


def _parties(c: Clause, group: list[Mention]) -> list[Mention]:
    """The parties of a symmetric act listed before its verb: of its segment, no scene (在甘肃民勤县，内蒙古、甘肃联手; 在苏州，X签约)."""
    k = len(group) - 1
    while k > 0 and c.between(group[k - 1], group[k]) not in ("，", ","):
        k -= 1
    return [m for m in group[k:] if not (m.type == EntityType.PLACE and c.before(m, 1) in ("在", "于"))]


def _counterparts(c: Clause, fr: Frame, group: list[Mention], where: Mention | None
                  ) -> tuple[list[Mention], list[Mention], str, Mention | None]:
    """A分别与B、C签约 / 与B、C等企业合作: the list after 与 are A's counterparts, not each other's; A is the one before 与."""
    if (k := index_of(c, group[0])) > 0:
        head = c.mentions[h := party_before(c, k)]
        lead_gap = lead_words(c.text[c.loc(head.end) : c.loc(group[0].start) - 1])
        if fits(fr, head, True) and (lead_gap == "" or ADV.match(lead_gap)):
            return group_before(c, h, fr.agent), group, "comitative", where
    return [], [], "comitative", where


def _patients(c: Clause, fr: Frame, agents: list[Mention], te: int, order: str, where: Mention | None
              ) -> tuple[list[Mention], str, Mention | None]:
    """(patients, order, place adjunct) of a verb: before 由 (passive), after the verb (active,
    attributive), after a list of other parties' verbs and 的, or the sentence's one event."""
    ms = c.mentions
    passive = fr.passive and c.before(agents[0], 1) in ("由", "被", "经")
    if passive and (before := passive_patient(c, fr, agents[0])):
        return before, "passive", where
    ri, where_r = right(c, fr, te)
    where = where or where_r
    if ri >= 0 and fits(fr, ms[ri], False) and not (ms[ri].type == EntityType.PLACE and says_whose(c, ms[ri])):
        gap = EDITION.sub("", gap_without(c, te, c.loc(ms[ri].start), where))
        if OBJ.match(gap):
            patients, attributive = [most_specific(c, p) for p in group_after(c, ri, fr.patient)], ATTRIBUTIVE_GAP.search(gap) is not None
            if attributive:  # 由A控股的B与C合作设立: C, after 与, is B's counterpart, not what A holds
                patients = patients[: next((k for k in range(1, len(patients)) if c.between(patients[k - 1], patients[k]) == "与"), None)]
            return patients, "attributive" if attributive else ("passive" if passive else order), where
    if later := attributive_later(c, fr, te):
        return later, "attributive", where
    if fr.predicate is Predicate.ORGANIZES:
        return sentence_event(c, fr, agents, te), "sentence", where
    return [], order, where


_UNDER_WORDS = re.compile(r"的(?:大力|积极|精心|悉心|鼎力|技术|资金|政策|全力|对口|倾力|无私|帮扶|支持|帮助|指导|关心|扶持|推动|资助|和|与|、)*$")


def _under(c: Clause, fr: Frame, word: str, ts: int, te: int) -> Iterator[Fact]:
    """在A(、B)的(大力)支持下，C…: A acts for the first argument after the clause."""
    lead = _UNDER_WORDS.search(c.text, 0, ts)
    ends = [i for i, m in enumerate(c.mentions) if lead is not None and c.loc(m.end) == lead.start() and fits(fr, m, True)]
    if not ends:
        return
    agents = group_before(c, ends[0], fr.agent)
    if c.before(agents[0], 1) != "在":
        return
    after = [m for m in c.mentions if c.loc(m.start) > te and c.loc(m.start) - te <= 3 and (fits(fr, m, False) or is_division(m))]
    if after:
        yield from _facts(c, fr, word, agents, [most_specific(c, after[0])], "under", ts, te, None)


def _together(c: Clause, fr: Frame, word: str, agents: list[Mention], ts: int, te: int) -> Iterator[Fact]:
    """A、B(等)联合投资… / A和B签约: each pair of the parties."""
    if len(agents) < 2:
        return
    end = re.search(r"[，。；！？,;]", c.text[te:])
    jointly = _JOINTLY.search(c.text, c.loc(agents[-1].end), ts)
    lead = c.text[jointly.start() : ts] if jointly else ""
    topic = (lead + word + c.text[te : te + (end.start() if end else 20)])[:24] if fr.joint else None
    order = "joint" if fr.joint else "comitative"
    star = c.between(agents[0], agents[1]) in _LINKS  # A联合B、C共同邀请: A with each, as readers list them
    for i, a in enumerate(agents[: 1 if star else None]):
        for b in agents[i + 1 :]:
            if a.key != b.key and not (a.type == b.type == EntityType.PLACE and not fr.symmetric):
                yield fact(c, a, fr.predicate, b, _rule(fr, order), _conf(fr, order), topic=topic)


def _facts(c: Clause, fr: Frame, word: str, agents: list[Mention], patients: list[Mention], order: str, ts: int, te: int,
           where: Mention | None) -> Iterator[Fact]:
    amount = unit = None
    if fr.carries == "amount":
        q = act_amount(c, agents, patients, te)
        if q is not None:
            amount, unit = q.value, q.unit
        elif fr.needs_amount:
            return
    role = fr.role_of.get(word, word) if fr.carries == "role" else None
    topic = topic_of(c, agents, ts) if fr.carries == "topic" else None
    conf = _conf(fr, order)
    if fr.predicate is Predicate.COOPERATES_WITH and (_AGREEMENT.match(c.text, te) or "签" in c.text[c.loc(agents[-1].end) : ts]):
        fr = _SIGN  # 达成合作协议, 签署合作备忘录: an agreement signed
    if fr.predicate is Predicate.INVESTS:  # 收购/受让A所持的B股权: A sells, B is what is bought
        patients = bought(c, fr, patients)
    if fr.predicate is Predicate.ORGANIZES and len(agents) >= 2 and all(p.text.endswith(SIGNINGS) for p in patients):
        yield from _together(c, _SIGN, word, agents, ts, te)  # A与B举行…签约仪式: the parties sign, no one organises (readers list signsWith)
        return
    for a in agents:
        for p in patients:
            if a.key == p.key or a.type == p.type == EntityType.PLACE and fr.predicate is not Predicate.LOCATED_IN and not fr.symmetric:
                continue
            s, o = (a, p) if fr.agent_is_subject else (p, a)
            f = fact(c, s, fr.predicate, o, _rule(fr, order), conf, role=role, amount=amount, unit=unit, topic=topic)
            if a.type == EntityType.PLACE and fr.predicate is Predicate.ORGANIZES and (
                not is_division(a) and not any(is_division(x) for x in agents) or c.before(agents[0], 1) in ("在", "于")
            ):
                continue  # 在上海举办: a venue, not an organiser (北京市、河北省以及雄安新区共同举办: the places, as written)
            yield f
    if fr.located and where is not None:
        for p in patients:
            if p.type in (EntityType.PROJECT, EntityType.EVENT) or p.type == EntityType.PLACE and not is_division(p):
                if p.key != where.key:
                    yield fact(c, p, Predicate.LOCATED_IN, where, f"rel.locatedIn.{fr.predicate}-at", _conf(fr, order) - 0.05)


# ------------------------------------------------------------------ role nouns


def _role(c: Clause, fr: Frame, word: str, rs: int, re_: int) -> Iterator[Fact]:
    """B的主办单位是A / A是B的子公司 / B的子公司A: the role holder A is the agent."""
    ms = c.mentions
    before = [i for i, m in enumerate(ms) if c.loc(m.end) <= rs]
    if len(before) >= 2 and ms[before[-1]].type == EntityType.PLACE and c.before(ms[before[-1]], 1) == "在":
        before.pop()  # B利用其在[香港]的全资子公司A: where the unit is, inside what comes between B and the role
    target = ms[before[-1]] if before else None
    near = target is not None and NEAR.match(c.text[c.loc(target.end) : rs]) is not None
    holders: list[Mention] = []
    order = ""
    is_ = _ROLE_IS.match(c.text, re_)
    after = [i for i, m in enumerate(ms) if c.loc(m.start) >= re_]
    if is_ and after and c.loc(ms[after[0]].start) == is_.end() and fits(fr, ms[after[0]], True):
        holders, order = group_after(c, after[0], fr.agent), "role-is"
        if not (near and target is not None and fits(fr, target, False)):
            lead = ms[0]
            generic = c.text[rs - 1 : rs] == "的"  # 公司的控股股东是A: the owner is a word, not the sentence's subject
            target = lead if c.loc(lead.start) <= 2 and fits(fr, lead, False) and lead not in holders and not generic else None
    elif near and target is not None and len(before) >= 2 and fits(fr, target, False):
        holder = ms[before[-2]]
        copula = COPULA.search(c.text, c.loc(holder.end), c.loc(target.start))
        if copula and copula.start() == c.loc(holder.end) and fits(fr, holder, True):
            holders, order = [holder], "holder-is"  # A是B的子公司
    if not holders and near and target is not None and after and c.text[re_ : c.loc(ms[after[0]].start)] in _APPOSED and fits(fr, ms[after[0]], True):
        holders, order = group_after(c, after[0], fr.agent), "appositive"  # B的子公司A, B的下属企业——A
        holders = holders[: next((k for k in range(1, len(holders)) if c.between(holders[k - 1], holders[k]) == "与"), len(holders))]  # (A与C签署: C, the counterpart)
    if not holders or target is None or not fits(fr, target, False):
        return
    yield from _facts(c, fr, word, holders, [target], order, rs, re_, None)


# ------------------------------------------------------------------ rule ids and confidences


def _rule(fr: Frame, order: str) -> str:
    return f"rel.{fr.predicate}.{fr.name}-{order}"


def _conf(fr: Frame, order: str) -> float:
    return round(fr.confidence - ORDER_COST.get(order, 0.1), 2)


__all__ = ["apply", "fits", "FRAMES"]
