"""Typed relations and attributes from sentences, each with its evidence.

Rules are small functions over a `Clause` (one sentence, the mentions in it and
what the document around it resolves: 该公司, 我市, the sentence's date); each
returns Facts carrying the sentence offsets and a rule id `rel.<predicate>.<how>`.
Add a rule by writing a function and listing it in `RULES`.

Direction of every relation is the ontology's (schema/kg.ttl): the subject is
the member, the branch, the investor, the contractor, the organiser, the
supporter, the located thing; signsWith and cooperatesWith are symmetric.
Relations read off the structure of names live in `kg.names`.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace

from . import quantities
from .names import NameRelations, chain_key, from_names, government_key, minted_entities  # noqa: F401  (re-exported)
from .quantities import parse_amount  # noqa: F401  (re-exported)
from .types import ORG_TYPES, Fact, Locale, Mention, Sentence

ORGS = ORG_TYPES
PARTIES = ORG_TYPES | {"Place"}  # a county or a city signs through its government
_SEP = frozenset({"、", "，", ",", "和", "与", "及", "以及", "同", "跟", "或"})
_LIST_JOIN = frozenset({"、", "和", "与", "及", "以及", "，", ",", "、以及"})


@dataclass(frozen=True, slots=True)
class Clause:
    """A sentence, its mentions in order (top-level, then nested places), and document context."""

    sentence: Sentence
    mentions: tuple[Mention, ...]
    nested: tuple[Mention, ...] = ()
    date: str | None = None  # the time the sentence opens with, resolved (2020-05)
    published: str | None = None  # the article's date
    locale: Locale | None = None
    topic: Mention | None = None  # the organisation the previous sentence was about
    place_key: Callable[[str], str | None] | None = None  # place name -> entity key, in the paper's locale

    @property
    def text(self) -> str:
        return self.sentence.text

    def loc(self, pos: int) -> int:
        """Sentence-local index of an article offset."""
        return pos - self.sentence.start

    def between(self, a: Mention, b: Mention) -> str:
        s = self.sentence
        return s.text[a.end - s.start : b.start - s.start]

    def before(self, m: Mention, n: int) -> str:
        i = m.start - self.sentence.start
        return self.sentence.text[max(0, i - n) : i]

    def after(self, m: Mention, n: int) -> str:
        i = m.end - self.sentence.start
        return self.sentence.text[i : i + n]


@dataclass
class Context:
    """What a document tells the rules beyond one sentence."""

    published: str | None = None
    locale: Locale | None = None
    place_key: Callable[[str], str | None] | None = None  # place name -> entity key, in the paper's locale
    names: NameRelations | None = None  # relations read off names (kg.names)
    recent: list[Mention] = field(default_factory=list)  # antecedents for 该公司 / 该局 …
    seen: set[tuple[str, str, str]] = field(default_factory=set)  # name facts already stated in this document


def _fact(c: Clause, s: Mention, p: str, o: Mention, rule: str, conf: float, **kw: str | None) -> Fact:
    if not (s.key and o.key):  # the linker sets keys before relations run
        raise ValueError(f"mention without an entity key: {s.text!r} / {o.text!r}; link mentions before extracting relations")
    return Fact(
        subject=s.key,
        predicate=p,
        object=o.key,
        doc_id=c.sentence.doc_id,
        start=c.sentence.start,
        end=c.sentence.end,
        rule=rule,
        confidence=conf,
        s_text=s.text,
        o_text=o.text,
        evidence=c.sentence.text,
        date=c.date,
        **kw,  # type: ignore[arg-type]
    )


def _key_fact(c: Clause, s: Mention, p: str, key: str, o_text: str, rule: str, conf: float, **kw: str | None) -> Fact:
    """A fact whose object is an entity the text implies but does not mention (山西省人民政府 for 副省长)."""
    return replace(_fact(c, s, p, s, rule, conf, **kw), object=key, o_text=o_text)


def _attribute(c: Clause, s: Mention, p: str, q: quantities.Quantity, rule: str, conf: float) -> Fact:
    f = _fact(c, s, p, s, rule, conf, amount=q.value, unit=q.unit)
    return replace(f, object=q.value, obj_is_literal=True, o_text=c.text[q.start : q.end])


def _group_before(c: Clause, i: int, types: frozenset[str] | set[str]) -> list[Mention]:
    """The list of mentions ending at index i (X、Y和Z), nearest last."""
    ms = c.mentions
    group = [ms[i]] if ms[i].type in types else []
    j = i
    while group and j > 0 and ms[j - 1].type in types and c.between(ms[j - 1], ms[j]) in _LIST_JOIN:
        j -= 1
        group.insert(0, ms[j])
    return group


def _group_after(c: Clause, i: int, types: frozenset[str] | set[str]) -> list[Mention]:
    """The list of mentions starting at index i (X、Y和Z)."""
    ms = c.mentions
    group = [ms[i]] if ms[i].type in types else []
    j = i
    while group and j + 1 < len(ms) and ms[j + 1].type in types and c.between(ms[j], ms[j + 1]) in _LIST_JOIN:
        j += 1
        group.append(ms[j])
    return group


def _index(c: Clause, m: Mention) -> int:
    return c.mentions.index(m)


def _is_division(m: Mention) -> bool:
    return m.type == "Place" and bool(m.key) and (m.key or "")[6:].isdigit()


_SEGMENT_END = re.compile(r"[，,；;：:。！？!?]")


def _segment_start(text: str, i: int) -> int:
    """Start of the comma-delimited segment that holds sentence-local index i."""
    j = i
    while j > 0 and text[j - 1] not in "，,；;：:。！？!?":
        j -= 1
    return j


# ------------------------------------------------------------------ organises, held in

_ORGANIZE = re.compile(r"(?:共同|联合|负责|牵头)?(主办|承办|协办|举办|组织|举行|召开)")
_ROLE = {"举行": "举办", "召开": "举办"}


def organizes(c: Clause) -> Iterable[Fact]:
    """由X主办的Y / X、Y共同承办Y / Y由X主办 / X举办Y: organisations -> the event."""
    ms = c.mentions
    for i, m in enumerate(ms):
        if m.type not in ORGS:
            continue
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if nxt is not None and nxt.type in ORGS and c.between(m, nxt) in _LIST_JOIN:
            continue  # not the last of a list: the list is handled at its end
        hit = _ORGANIZE.match(c.text, c.loc(m.end))
        if not hit:
            continue
        role = _ROLE.get(hit.group(1), hit.group(1))
        group = _group_before(c, i, ORGS)
        event = _organized_event(c, group[0], hit.end())
        if event is None:
            continue
        for org in group:
            yield _fact(c, org, "organizes", event, "rel.organizes.trigger", 0.85, role=role)


def _organized_event(c: Clause, head: Mention, trigger_end: int) -> Mention | None:
    ms = c.mentions
    passive = c.before(head, 1) == "由"
    if passive:
        before = [x for x in ms if x.end <= head.start - 1 and x.type == "Event"]
        if before and c.loc(head.start) - 1 - c.loc(before[-1].end) <= 1:
            return before[-1]  # Y由X主办
    for x in ms:
        if x.start < c.sentence.start + trigger_end:
            continue
        if x.type != "Event":
            continue
        gap = c.text[trigger_end : c.loc(x.start)]
        if gap.strip() in ("", "了") or (gap.endswith(("的", "的 ")) and len(gap) <= 60 and not re.search(r"[。；;]", gap)):
            return x
        return None
    return None


_HELD = re.compile(r"(?:隆重|正式|成功|顺利|盛大)?(?:举办|举行|召开|开幕|开展|启动|揭幕|拉开帷幕|落幕|闭幕|办)")
_EVENT_VERB = re.compile(r"(?:隆重|正式|成功|顺利|盛大)?(?:举办|举行|召开|开幕|启动|揭幕|拉开帷幕)")


def held_in(c: Clause) -> Iterable[Fact]:
    """Y在X举办 / 在X举办Y: the event took place in X."""
    ms = c.mentions
    for i, p in enumerate(ms):
        if p.type != "Place" or c.before(p, 1) != "在":
            continue
        j = i
        while j + 1 < len(ms) and ms[j + 1].type == "Place" and c.between(ms[j], ms[j + 1]) == "":
            j += 1  # 在[山西省][太原市]举办: the most specific place
        place = ms[j]
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
            yield _fact(c, event, "locatedIn", place, "rel.locatedIn.held-in", 0.85)


# ------------------------------------------------------------------ located in

_LOCATED = re.compile(r"(?:总部|注册地)?(?:位于|地处|坐落于|坐落在|落户于|落户|落地于|入驻|迁入|设在|设于|选址于|选址在|总部在|扎根于)")
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
        k = _index(c, objs[0])
        while k + 1 < len(ms) and ms[k + 1].type == "Place" and c.between(ms[k], ms[k + 1]) == "":
            k += 1
        place = ms[k]
        subjects: list[Mention] = []
        if c.after(place, 1) == "的":  # 位于Y的X / 位于Y的链主还有A、B
            rest = [x for x in ms[k + 1 :] if x.type != "Place" or not _is_division(x)]
            if rest and c.loc(rest[0].start) == c.loc(place.end) + 1:
                subjects = [rest[0]]
            elif rest and _LIST_HEAD.match(text, c.loc(place.end) + 1) and c.loc(rest[0].start) <= c.loc(place.end) + 14:
                subjects = _group_after(c, _index(c, rest[0]), ORGS)
        else:
            s = _subject_left(c, a)
            subjects = [s] if s is not None else []
        for s in subjects:
            if s.type != "Person" and not _is_division(s) and s.key != place.key:
                yield _fact(c, s, "locatedIn", place, "rel.locatedIn.trigger", 0.8)


def _subject_left(c: Clause, a: int) -> Mention | None:
    """The subject of a predicate starting at sentence-local index a: the first free mention of its
    segment, or of the previous segment when the predicate opens its own (X当机立断，入驻Y)."""
    text = c.text
    seg = _segment_start(text, a)
    cands = [x for x in c.mentions if seg <= c.loc(x.start) and c.loc(x.end) <= a]
    free = [x for x in cands if _free(c, x, a)]
    if free:
        return free[0]
    if cands or seg == 0 or a - seg > 6:
        return None
    prev = _segment_start(text, seg - 1)
    cands = [x for x in c.mentions if prev <= c.loc(x.start) and c.loc(x.end) <= seg - 1]
    free = [x for x in cands if _free(c, x, seg - 1)]
    return free[0] if free and c.loc(free[0].start) - prev <= 4 else None


def _free(c: Clause, m: Mention, upto: int) -> bool:
    """m can be a subject: not inside 由X / 在X / 与X, not a modifier (X的…) before `upto`."""
    if c.before(m, 1) in ("由", "在", "与", "和", "同", "对", "向", "从", "被", "给", "据"):
        return False
    return "的" not in c.text[c.loc(m.end) : upto] and m.type != "Person"


def place_of(c: Clause) -> Iterable[Fact]:
    """Y的X / 来自Y的X (a named organisation or project right after 的), and
    adjacent [place][place or name] where the second is not a division (中北高新区不锈钢专业镇)."""
    ms = c.mentions
    for i, p in enumerate(ms[:-1]):
        if p.type != "Place":
            continue
        x = ms[i + 1]
        gap = c.between(p, x)
        if gap == "的" and x.type in ORGS | {"Project"} and c.before(p, 2) not in ("位于", "地处"):
            yield _fact(c, x, "locatedIn", p, "rel.locatedIn.of", 0.7)
        elif gap == "" and x.type in ORGS | {"Project", "Place", "Event"} and not _is_division(x) and x.key != p.key:
            yield _fact(c, x, "locatedIn", p, "rel.locatedIn.adjacent", 0.75)


# ------------------------------------------------------------------ members and posts

_POST_END = (
    "董事长 总经理 经理 总裁 首席执行官 执行董事 董事 监事长 监事 总工程师 总会计师 总经济师 总监 部长 厂长 矿长 站长 所长 行长 "
    "创始人 法定代表人 负责人 合伙人 书记 省长 市长 县长 区长 州长 旗长 镇长 乡长 村长 主任 厅长 局长 处长 科长 司长 关长 "
    "检察长 院长 校长 会长 理事长 秘书长 主席 委员 常委 代表 教授 研究员 科学家 专家 医师 队长 政委 发言人 主持人 组长 团长 "
    "社长 总编辑 主编 馆长 园长 指导员 顾问 董秘 院士 工程师 律师 干事 首席 掌门人 带头人 当家人"
).split()
_POST_RE = re.compile("(?:" + "|".join(sorted(map(re.escape, _POST_END), key=len, reverse=True)) + r")$")
_ORG_START = re.compile(r"^(?:省|市|县|区|州|中共|全国|国家|中国|中央)")
# a post may name the unit inside the organisation (第八检察部主任, 研发部部长) and the body within it
# (党组书记, 董事会秘书); a unit ending like an organisation of its own (…联, …协会) is another organisation
_POST_CORE = re.compile(
    r"(?:党委|党组|纪委|团委|工会|董事会|监事会|理事会|常委会|常务|执行|名誉|专职|首席|退休|原|前|副|总)*(?:"
    + "|".join(sorted(map(re.escape, _POST_END), key=len, reverse=True))
    + r")$"
)
_ORG_TAIL = ("联", "会", "公司", "集团", "厅", "局", "委", "体", "社", "银行", "大学", "署", "政府")
_NAME_CHARS = re.compile(r"^[\u4e00-\u9fff]+$")
_GOV_POST = {"省长": "province", "副省长": "province", "市长": "city", "副市长": "city", "县长": "county", "副县长": "county",
             "区长": "county", "副区长": "county", "州长": "city", "副州长": "city", "旗长": "county", "副旗长": "county"}


def _posts(text: str) -> list[str] | None:
    """'副厅长、新闻发言人' -> ['副厅长', '新闻发言人']; None when a part is not a post.  A part that names
    another organisation (省工商联党组书记, 某某协会会长) ends the list: it belongs to a name not recognised."""
    text = text.replace(" ", "").removeprefix("的")
    if not text or len(text) > 28:
        return None
    out = []
    for part in text.split("、"):
        if not part or len(part) > 14 or not _NAME_CHARS.match(part):
            return None
        core = _POST_CORE.search(part)
        if core is None:
            return None
        unit = part[: core.start()]
        if unit and (_ORG_START.match(unit) or unit.endswith(_ORG_TAIL)):
            break  # another organisation's post
        out.append(part)
    return out or None


def member_of(c: Clause) -> Iterable[Fact]:
    """ORG + post(s) + PERSON, chained (A会长、B董事长穆映江), and PERSON（ORG POST）."""
    ms = c.mentions
    for i, p in enumerate(ms):
        if p.type != "Person":
            continue
        # backwards: [ORG][posts][PERSON], [ORG][posts、][ORG][posts][PERSON] …
        right = p
        j = i - 1
        first = True
        while j >= 0 and ms[j].type in ORGS | {"Place"}:
            org = ms[j]
            gap = c.between(org, right)
            if not first:
                if not gap.endswith("、"):
                    break
                gap = gap[:-1]
            posts = _posts(gap)
            if not posts:
                break
            yield from _memberships(c, p, org, posts, "rel.memberOf.org-post-name", 0.85)
            right, j, first = org, j - 1, False
        # PERSON（ORG POST） / PERSON，ORG POST，
        if i + 1 < len(ms) and ms[i + 1].type in ORGS and c.between(p, ms[i + 1]) in ("（", "("):
            m = re.match(r"([^（）()]{1,16})[）)]", c.after(ms[i + 1], 18))
            posts = _posts(m.group(1)) if m else None
            if posts:
                yield from _memberships(c, p, ms[i + 1], posts, "rel.memberOf.name-paren", 0.8)
        # 副省长汤志平: a government post with no organisation named
        yield from _government_post(c, p, i)


def _memberships(c: Clause, p: Mention, org: Mention, posts: list[str], rule: str, conf: float) -> Iterator[Fact]:
    if org.type == "Place":
        # [太原市]市长张三: the place's government
        for post in posts:
            gov = government_key(org.canonical or org.text, post)
            if gov:
                yield _key_fact(c, p, "memberOf", gov[0], gov[1], rule.replace("org-", "place-"), conf - 0.1, post=post)
        return
    yield _fact(c, p, "memberOf", org, rule, conf, post="、".join(posts))


def _government_post(c: Clause, p: Mention, i: int) -> Iterator[Fact]:
    loc = c.locale
    if loc is None:
        return
    head = c.text[max(0, c.loc(p.start) - 4) : c.loc(p.start)]
    for post, level in sorted(_GOV_POST.items(), key=lambda x: -len(x[0])):
        if head.endswith(post) and not head.endswith("委" + post):
            place = {"province": loc.province, "city": loc.city, "county": loc.county}[level]
            if i > 0 and c.loc(p.start) - len(post) - c.loc(c.mentions[i - 1].end) < 2:
                return  # an organisation or place is named right before: handled above
            gov = government_key(place, post) if place else None
            if gov:
                yield _key_fact(c, p, "memberOf", gov[0], gov[1], "rel.memberOf.government-post", 0.7, post=post)
            return


_TAKES_POST = re.compile(r"^(?:担任|出任|任|兼任|当选为|当选|被任命为|任命为|被聘为|受聘为|履新|调任)$")
_POST_BY = re.compile(r"([\u4e00-\u9fff]{1,10}?)(?:一职|职务)?由$")


def member_by_verb(c: Clause) -> Iterable[Fact]:
    """PERSON担任ORG POST / (ORG)POST由PERSON担任."""
    ms = c.mentions
    for i, p in enumerate(ms):
        if p.type != "Person":
            continue
        if i + 1 < len(ms) and ms[i + 1].type in ORGS and _TAKES_POST.match(c.between(p, ms[i + 1]).strip()):
            m = re.match(r"(?:的)?([\u4e00-\u9fff、]{1,20}?)(?:一职|职务)?(?=[，。；,、]|$|并|兼)", c.after(ms[i + 1], 22))
            posts = _posts(m.group(1)) if m else None
            if posts:
                yield from _memberships(c, p, ms[i + 1], posts, "rel.memberOf.takes-post", 0.8)
        if re.match(r"(?:担任|出任)", c.after(p, 2)):
            m = _POST_BY.search(c.before(p, 14))
            if not m:
                continue
            head = m.group(1)
            orgs = [x for x in ms[:i] if x.type in ORGS and c.loc(x.end) <= c.loc(p.start) - len(m.group())]
            org = orgs[-1] if orgs else None
            if org is not None and c.loc(org.end) == c.loc(p.start) - len(m.group()):
                posts = _posts(head)
            else:
                posts = _posts(_POST_RE.search(head).group() if _POST_RE.search(head) else "")
                org = org or c.topic
            if org is not None and posts:
                yield from _memberships(c, p, org, posts, "rel.memberOf.post-by", 0.75)


# ------------------------------------------------------------------ contractors, investors

_CONTRACT = re.compile(r"(?:负责|作为)?(?:总承包|承建|施工|建设施工|中标)")
_CONTRACT_UNIT = re.compile(r"^(?:的)?(?:承建|施工|总承包|建设)单位(?:为|是)")


def contractor(c: Clause) -> Iterable[Fact]:
    """Y由X承建 / X承建(了)Y / X中标Y / Y的施工单位为X."""
    ms = c.mentions
    for i, m in enumerate(ms):
        if m.type == "Project" and i + 1 < len(ms) and ms[i + 1].type in ORGS and _CONTRACT_UNIT.match(c.between(m, ms[i + 1])):
            for org in _group_after(c, i + 1, ORGS):
                yield _fact(c, org, "contractorOf", m, "rel.contractorOf.unit", 0.8)
            continue
        if m.type not in ORGS:
            continue
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if nxt is not None and nxt.type in ORGS and c.between(m, nxt) in _LIST_JOIN:
            continue
        hit = _CONTRACT.match(c.text, c.loc(m.end))
        if not hit:
            continue
        group = _group_before(c, i, ORGS)
        proj = None
        if c.before(group[0], 1) == "由":
            prev = [x for x in ms if x.end <= group[0].start - 1]
            if prev and prev[-1].type == "Project" and c.loc(group[0].start) - 1 - c.loc(prev[-1].end) <= 1:
                proj = prev[-1]
        if proj is None:
            later = [x for x in ms[i + 1 :] if x.type == "Project"]
            if later:
                gap = c.text[hit.end() : c.loc(later[0].start)]
                if gap in ("", "了", "的") or (gap.endswith("的") and len(gap) <= 40 and not re.search(r"[。；;]", gap)):
                    proj = later[0]
        if proj is not None:
            for org in group:
                yield _fact(c, org, "contractorOf", proj, "rel.contractorOf.trigger", 0.85)


_INVEST = re.compile(
    r"(?:在(?P<where>[^，。；、]{1,14}?))?(?:计划|拟|将|共|累计|先后|已|再|追加|总)?"
    r"(?P<verb>投资|出资|斥资|投入|援建|注资|增资|入股|参股|控股|收购|捐建)"
)
_INVEST_GAP = re.compile(
    r"^(?:约|超过|逾|近|达|了)?\s*(?:[\d.,\s]+(?:万亿|千亿|百亿|十亿|亿|千万|百万|万)?(?:元|美元|欧元|港元)(?:人民币)?)?(?:，|,)?"
    r"(?:用于|主要用于|在[^，。；]{1,12})?(?:援建|建设|新建|兴建|打造|建成|实施|布局|设立|成立|参股|控股|收购|入股)?(?:了|的)?$"
)


def invests(c: Clause) -> Iterable[Fact]:
    """X(在Z)投资N元(，)建设Y / X投资的Y / Y由X投资: amount from between; Y located in Z when named."""
    ms = c.mentions
    for i, m in enumerate(ms):
        if m.type not in ORGS:
            continue
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if nxt is not None and nxt.type in ORGS and c.between(m, nxt) in _LIST_JOIN:
            continue
        hit = _INVEST.match(c.text, c.loc(m.end))
        if not hit:
            continue
        group = _group_before(c, i, ORGS)
        target = None
        if c.before(group[0], 1) == "由":
            prev = [x for x in ms if x.end <= group[0].start - 1]
            if prev and prev[-1].type in ("Project", "Enterprise", "Organization", "Place") and c.loc(group[0].start) - 1 - c.loc(prev[-1].end) <= 1:
                target = prev[-1]
        after = [x for x in ms[i + 1 :] if c.loc(x.start) >= hit.end()]
        if target is None and after:
            x = after[0]
            gap = c.text[hit.end() : c.loc(x.start)]
            if x.type in ("Project", "Enterprise", "Organization", "Place") and _INVEST_GAP.match(gap):
                target = x
                k = _index(c, x)
                while k + 1 < len(ms) and ms[k + 1].type == "Place" and c.between(ms[k], ms[k + 1]) == "":
                    k += 1  # 投资[山西][太原]: the most specific
                    target = ms[k]
        if target is None or target.key == m.key:
            continue
        q = quantities.amount(c.text, c.loc(m.end), c.loc(target.start)) if target.start > m.end else None
        if q is None and target.end <= m.start:
            q = quantities.amount(c.text, hit.end(), min(len(c.text), hit.end() + 16))
        amount, unit = (q.value, q.unit) if q else (None, None)
        for org in group:
            yield _fact(c, org, "invests", target, "rel.invests.trigger", 0.8, amount=amount, unit=unit)
        where = hit.group("where")
        if where and target.type in ("Project", "Place") and not _is_division(target):
            places = [x for x in ms if x.type == "Place" and c.loc(x.start) >= c.loc(m.end) + 1 and c.loc(x.end) <= hit.start("where") + len(where)]
            if places:
                yield _fact(c, target, "locatedIn", places[-1], "rel.locatedIn.invest-in", 0.75)


# ------------------------------------------------------------------ agreements, cooperation, support

_COOP = re.compile(
    r"(?:就(?P<topic>[^，。；]{1,48}?)|在(?P<field>[^，。；]{1,16}?))?"
    r"(?:正式|成功|顺利|现场|再次|共同|进一步|深入|签署了|签订了)*"
    r"(?P<kind>签约|签署|签订|签下|达成|开展|进行|深化|加强|建立|展开|携手|联手|牵手|合作|结对|缔结)"
)
_SIGN_KINDS = frozenset({"签约", "签署", "签订", "签下", "缔结"})
_COOP_NEEDS = {"达成": re.compile(r"[^，。；]{0,8}(?:协议|共识|合作|意向)"), "开展": re.compile(r"[^，。；]{0,6}合作"),
               "进行": re.compile(r"[^，。；]{0,6}合作"), "深化": re.compile(r"[^，。；]{0,6}合作"),
               "加强": re.compile(r"[^，。；]{0,6}合作"), "建立": re.compile(r"[^，。；]{0,8}(?:合作|伙伴)"),
               "展开": re.compile(r"[^，。；]{0,6}合作")}
_WITH = frozenset({"与", "和", "同", "跟"})


def cooperates(c: Clause) -> Iterable[Fact]:
    """A与B(就Z)签约 / A和B达成合作协议 / A携手B: symmetric; 签约/签署/协议 give signsWith, with the topic."""
    ms = c.mentions
    for j, b in enumerate(ms):
        if b.type not in PARTIES or j == 0 and c.before(b, 1) not in _WITH:
            continue
        joint = c.between(ms[j - 1], b) if j > 0 else None
        if joint is not None and joint in _LIST_JOIN - _WITH:
            continue  # inside the B list: handled from its head
        heads: list[Mention]
        if joint in _WITH and ms[j - 1].type in PARTIES:
            heads = _group_before(c, j - 1, PARTIES)
            conf = 0.8
        elif c.before(b, 1) in _WITH:
            start = [x for x in ms[:j] if x.type in ORGS and c.loc(x.start) <= 2]
            heads = start[:1]  # the sentence's subject: X…，与B签约
            conf = 0.65
        else:
            continue
        group = _group_after(c, j, PARTIES)
        hit = _COOP.match(c.text, c.loc(group[-1].end))
        if not hit or not heads:
            continue
        kind = hit.group("kind")
        need = _COOP_NEEDS.get(kind)
        if need is not None and not need.match(c.text, hit.end()):
            continue
        rest = c.text[hit.end() : hit.end() + 12]
        signs = kind in _SIGN_KINDS or (kind == "达成" and "协议" in rest.split("，")[0])
        pred = "signsWith" if signs else "cooperatesWith"
        topic = hit.group("topic") or hit.group("field")
        if topic:
            topic = re.sub(r"(?:事宜|事项|方面|领域)?(?:达成|进行|开展)?$", "", topic) or None
        for a in heads:
            for o in group:
                if a.key != o.key and not (a.type == "Place" and o.type == "Place"):
                    yield _fact(c, a, pred, o, f"rel.{pred}.trigger", conf, topic=topic)


_SUPPORT_UNDER = re.compile(r"的?(?:大力|积极|精心|悉心|鼎力)?(?:帮扶|支持|帮助|指导|关心|扶持|推动|资助)(?:和|与|、)?(?:帮扶|支持|帮助|指导|关心|扶持|推动)?下[，,]?")
_SUPPORT_VERB = re.compile(r"^(?:大力|积极|全力|持续|重点|对口|定点|精准)?(?:支持|帮扶|扶持|资助|援助|助力|结对帮扶)(?:了)?$")


def supports(c: Clause) -> Iterable[Fact]:
    """在A、B的帮扶支持下，C… / A(对口)帮扶B / A助力B."""
    ms = c.mentions
    for i, a in enumerate(ms):
        if a.type not in ORGS:
            continue
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if nxt is not None and nxt.type in ORGS and c.between(a, nxt) in _LIST_JOIN:
            continue
        under = _SUPPORT_UNDER.match(c.text, c.loc(a.end))
        if under and nxt is not None:
            if c.loc(nxt.start) - under.end() <= 2:
                for s in _group_before(c, i, ORGS):
                    yield _fact(c, s, "supports", nxt, "rel.supports.under", 0.8)
            continue
        if nxt is not None and nxt.type != "Person" and _SUPPORT_VERB.match(c.between(a, nxt)):
            for s in _group_before(c, i, ORGS):
                yield _fact(c, s, "supports", nxt, "rel.supports.verb", 0.7)


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
            yield _fact(c, b, "awardedTo", a, "rel.awardedTo.by", 0.75, topic=hit.group("title").strip("“”"))


# ------------------------------------------------------------------ industry chains

_CHAIN = re.compile(r"([\u4e00-\u9fff]{2,14}?)产业链")
_CHAIN_STOP = re.compile(
    r"^.*(?:的|和|与|及|、|为|是|成为|作为|担任|打造|发展|领衔|推进|建设|培育|实施|延伸|壮大|做强|带动|牵头|聚焦|围绕|"
    r"重点|优势|全|各|这|该|其|条|大|新|千亿级|百亿级|万亿级|现代|主导|特色|传统|新兴|上下游|上中下游)"
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
    orgs = [m for m in c.mentions if m.type in ("Enterprise", "Organization")]
    chains = _chains(text)
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
    subjects = after_leader or leaders[:1]
    for s in subjects:
        for _, name in chains:
            key, label = chain_key(name, lambda x: bool(c.place_key and c.place_key(x)))
            yield _key_fact(c, s, "chainLeaderOf", key, label, "rel.chainLeaderOf.trigger", 0.8)


def _chains(text: str) -> list[tuple[int, str]]:
    out = []
    for m in _CHAIN.finditer(text):
        name = _CHAIN_STOP.sub("", m.group(1))
        if name in _GENERIC_CHAIN or len(name) < 2:
            continue
        out.append((m.start(), name + "产业链"))
    return out


# ------------------------------------------------------------------ sub-organisations

_UNDER = re.compile(r"^(?:旗下|下属|所属)(?:的)?(?:全资|控股)?(?:子公司|企业|公司|单位|机构|分支机构)?(?:的)?$")
_IS = re.compile(r"^(?:是|为|系|成为|作为|隶属于?|归属于?|后来成为|现为|已成为)$")
_CHILD = re.compile(r"^(?:的)?(?:全资|控股|直属|二级|三级)?(?:子公司|孙公司|分公司|下属企业|下属单位|下属公司|成员企业|旗下企业|企业|成员单位|分支机构|直属单位|直属企业|一员)")
_BRANCH_TAIL = re.compile(r"(?:分公司|分行|支行|分局|分所|营业部|分厂|分院|分中心|办事处|分会|专委会|专业委员会|工会|党委|团委)$")


def sub_organization(c: Clause) -> Iterable[Fact]:
    """A旗下/下属B, B是A的子公司/成员企业, B隶属于A, [A][B分行] adjacent."""
    ms = c.mentions
    for i in range(len(ms) - 1):
        a, b = ms[i], ms[i + 1]
        if a.type not in ORGS or b.type not in ORGS or a.key == b.key:
            continue
        gap = c.between(a, b)
        if _UNDER.match(gap):
            yield _fact(c, b, "subOrganizationOf", a, "rel.subOrganizationOf.under", 0.8)
        elif _IS.match(gap) and (_CHILD.match(c.after(b, 8)) or gap.startswith(("隶属", "归属"))):
            yield _fact(c, a, "subOrganizationOf", b, "rel.subOrganizationOf.is", 0.8)
        elif gap == "" and _BRANCH_TAIL.search(b.text):
            yield _fact(c, b, "subOrganizationOf", a, "rel.subOrganizationOf.adjacent", 0.8)


# ------------------------------------------------------------------ attributes

_A = r"(?:约|达|达到|为|超过|超|逾|近|高达|共计|合计|累计)?\s*"
_INVEST_BEFORE = re.compile(r"(?:总投资|计划投资|投资总额|总投资额|估算总投资|预计总投资|拟投资|计划总投资)(?:额)?" + _A + quantities.AMOUNT.pattern + r"(?:的|，|,)?\s*$")
_INVEST_AFTER = re.compile(r"(?:项目)?[，,]?\s*(?:总投资|计划投资|投资总额|总投资额|估算总投资|预计总投资|拟投资|计划总投资|总投入|投资)(?:额)?" + _A)
_CAPITAL_AFTER = re.compile(r"(?:的)?[，,]?\s*(?:注册资本|注册资金)(?:金)?" + _A)
_CAPITAL_BEFORE = re.compile(r"(?:注册资本|注册资金)" + _A + quantities.AMOUNT.pattern + r"(?:的)\s*$")
_OUTPUT_AFTER = re.compile(r"(?:的)?[，,]?\s*(?:去年|今年|全年|上半年|当年)?(?:实现|完成|预计)?(?:年)?(?:工业)?(?:总)?产值" + _A)
_CAP_AFTER = re.compile(r"(?:项目)?[，,]?\s*(?:设计)?(?:年产能|年产|产能|装机容量|总装机|装机规模|建设规模|规模|建筑面积|占地面积|占地)" + _A)
_CAP_BEFORE = re.compile(r"(?:年产(?:能)?|装机容量|装机)[^\d，。；]{0,8}?" + quantities.CAPACITY.pattern + r"(?:的)?\s*$")
_COUNTED = re.compile(r"(?:\d+|[一二两三四五六七八九十百千]+|多|数|几|若干|这些|一批|一系列|首批)(?:个|项|家|批|条|座|所)$")
_DATE_HELD = re.compile(r"[，,]?\s*(?:将|已|定|拟)?于?\s*")
_ATTR_TYPES = frozenset({"Project", "Enterprise", "Organization", "Place", "Event"})


def attributes(c: Clause) -> Iterable[Fact]:
    """Amounts and capacities stated of a name: 总投资24.7亿元的Y / Y计划投资10.8亿元 / X注册资本1188万元 /
    Y年产…70万吨 / Y建筑面积5580平方米; and an event's date (Y将于8月18日在太原举办)."""
    text = c.text
    for m in c.mentions:
        if m.type not in _ATTR_TYPES or _is_division(m) or _COUNTED.search(c.before(m, 4)):
            continue
        s, e = c.loc(m.start), c.loc(m.end)
        if m.type in ("Project", "Place", "Enterprise"):
            hit = _INVEST_BEFORE.search(text, max(0, s - 30), s)
            q = quantities.amount(text, hit.start(), s) if hit else _after_amount(_INVEST_AFTER, text, e)
            if q:
                yield _attribute(c, m, "investment", q, "attr.investment", 0.85)
        if m.type in ("Enterprise", "Organization"):
            hit = _CAPITAL_BEFORE.search(text, max(0, s - 30), s)
            q = quantities.amount(text, hit.start(), s) if hit else _after_amount(_CAPITAL_AFTER, text, e)
            if q:
                yield _attribute(c, m, "registeredCapital", q, "attr.registeredCapital", 0.9)
        if m.type in ("Project", "Enterprise", "Place"):
            q = _after_amount(_OUTPUT_AFTER, text, e)
            if q:
                yield _attribute(c, m, "outputValue", q, "attr.outputValue", 0.8)
            hit = _CAP_BEFORE.search(text, max(0, s - 30), s)
            cap = quantities.capacity(text, hit.start(), s) if hit else None
            if cap is None:
                a = _CAP_AFTER.match(text, e)
                cap = quantities.capacity(text, a.end(), a.end() + 16) if a else None
                if cap is not None and cap.start != a.end():  # type: ignore[union-attr]
                    cap = None
            if cap:
                yield _attribute(c, m, "capacity", cap, "attr.capacity", 0.8)
        if m.type == "Event":
            yield from _event_date(c, m)


def _after_amount(pattern: re.Pattern[str], text: str, e: int) -> quantities.Quantity | None:
    a = pattern.match(text, e)
    if not a:
        return None
    q = quantities.amount(text, a.end(), a.end() + 20)
    return q if q is not None and q.start == a.end() else None


def _event_date(c: Clause, m: Mention) -> Iterator[Fact]:
    text = c.text
    e = c.loc(m.end)
    lead = _DATE_HELD.match(text, e)
    when = None
    pos = lead.end() if lead else e
    ds = quantities.dates(text, c.published, pos, min(len(text), pos + 16))
    if ds and ds[0].start == pos and len(ds[0].value) == 10:
        rest = text[ds[0].end : ds[0].end + 24]
        if _EVENT_VERB.search(rest.split("，")[0].split("。")[0]):
            when = ds[0]
    if when is None and c.date and len(c.date) == 10 and _EVENT_VERB.match(re.sub(r"^[^，。；]{0,12}?在[^，。；]{1,12}?(?=举|召|开|启|揭|拉)", "", text[e : e + 30])):
        when = quantities.When(c.date, 0, 0)
    if when is not None:
        f = _fact(c, m, "date", m, "attr.date", 0.8)
        yield replace(f, object=when.value, obj_is_literal=True, o_text=text[when.start : when.end] or when.value)


# ------------------------------------------------------------------ the document pass

RULES: tuple[Callable[[Clause], Iterable[Fact]], ...] = (
    organizes, held_in, located, place_of, member_of, member_by_verb, contractor, invests, cooperates,
    supports, awarded, chain_leader, sub_organization, attributes,
)

_ANAPHOR = re.compile(r"该(公司|企业|集团|行|厅|局|委|院|校|会|中心|关|县|市|区|镇|乡|村)|我(省|市|县|区)|本(省|市)")
_ANAPHOR_TYPE = {"公司": "Enterprise", "企业": "Enterprise", "集团": "Enterprise", "行": "Enterprise", "厅": "GovernmentBody",
                 "局": "GovernmentBody", "委": "GovernmentBody", "关": "GovernmentBody", "院": None, "校": "Organization",
                 "会": "Organization", "中心": None, "县": "Place", "市": "Place", "区": "Place", "镇": "Place", "乡": "Place", "村": "Place"}
_ANAPHOR_END = {"行": ("行",), "厅": ("厅",), "局": ("局",), "委": ("委", "委员会"), "关": ("关",), "院": ("院",),
                "校": ("校", "学", "学院"), "会": ("会",), "中心": ("中心",), "县": ("县",), "市": ("市",), "区": ("区",),
                "镇": ("镇",), "乡": ("乡",), "村": ("村",)}
_DATELINE = re.compile(r"^(?:本报|新华社|人民网|中新网)[^，。；]{0,16}?讯(?:[（(][^）)]{0,30}[）)])?\s*")


def _resolve_anaphora(c: Clause, ctx: Context) -> tuple[Mention, ...]:
    """Mentions for 该公司 / 该局 / 我市 … pointing at their antecedent (rule id `anaphora`)."""
    if "该" not in c.text and "我" not in c.text and "本" not in c.text:
        return c.mentions
    extra = []
    taken = [(c.loc(m.start), c.loc(m.end)) for m in c.mentions]
    for hit in _ANAPHOR.finditer(c.text):
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
    if word is None:  # 我省 / 我市 / 本市: the paper's own place
        level = hit.group(2) or hit.group(3)
        loc = ctx.locale
        name = None if loc is None else {"省": loc.province, "市": loc.city, "县": loc.county, "区": loc.county}[level]
        key = ctx.place_key(name) if name and ctx.place_key else None
        return Mention(c.sentence.doc_id, 0, 0, hit.group(), "Place", "anaphora", name, key) if key else None
    typ = _ANAPHOR_TYPE[word]
    ends = _ANAPHOR_END.get(word, ())
    here = [m for m in c.mentions if c.loc(m.end) <= a]
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


def _sentence_date(c: Clause) -> str | None:
    text = c.text
    lead = _DATELINE.match(text)
    pos = lead.end() if lead else 0
    comma = _SEGMENT_END.search(text, pos)
    end = comma.start() if comma else min(len(text), pos + 16)
    if end - pos > 16:
        return None
    ds = quantities.dates(text, c.published, pos, end)
    return ds[0].value if ds else None


def prepare(clauses: Iterable[Clause], ctx: Context) -> Iterator[Clause]:
    """Clauses with their date, 该X / 我市 resolved, and the previous sentence's topic."""
    topic: Mention | None = None
    for c in clauses:
        c = Clause(c.sentence, c.mentions, c.nested, None, ctx.published, ctx.locale, topic, ctx.place_key)
        c = Clause(c.sentence, _resolve_anaphora(c, ctx), c.nested, _sentence_date(c), ctx.published, ctx.locale, topic, ctx.place_key)
        first = c.mentions[0] if c.mentions else None
        topic = first if first is not None and first.type in ORGS and c.loc(first.start) <= 2 else None
        ctx.recent.extend(m for m in c.mentions if m.rule != "anaphora")
        del ctx.recent[:-60]
        yield c


def cooccurrence(c: Clause) -> Iterable[Fact]:
    """Entities named in one sentence: the low-confidence co-occurrence layer."""
    ms = [m for m in c.mentions if m.key and m.rule != "anaphora"]
    sent = c.sentence
    for i, a in enumerate(ms):
        for b in ms[i + 1 :]:
            if a.key != b.key:
                s, o = (a, b) if (a.key or "") < (b.key or "") else (b, a)
                yield Fact(s.key or "", "coOccursWith", o.key or "", sent.doc_id, sent.start, sent.end, "cooc.sentence", 0.3,
                           s_text=s.text, o_text=o.text, evidence=sent.text)


def extract(clauses: Iterable[Clause], with_cooccurrence: bool = True, context: Context | None = None) -> list[Fact]:
    """Typed relations and attributes of a document's clauses (in order), plus co-occurrence if asked."""
    ctx = context or Context()
    facts: list[Fact] = []
    for c in prepare(clauses, ctx):
        for rule in RULES:
            facts.extend(rule(c))
        if ctx.names is not None:
            s = c.sentence
            for m in c.mentions:
                facts.extend(ctx.names.facts(m, s.doc_id, s.start, s.end, s.text, ctx.seen))
        if with_cooccurrence:
            facts.extend(cooccurrence(c))
    return facts
