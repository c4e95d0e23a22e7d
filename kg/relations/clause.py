"""A sentence as the relation rules see it, and the Facts they build from it.

`Clause` holds one sentence, its mentions in order and what the document
around it resolves (该公司, 我市, the date the sentence opens with, the previous
sentence's topic); the helpers here build Facts that cite the sentence by its
offsets, and read lists and places off the mentions.  `prepare` turns a
document's clauses, in order, into such resolved clauses.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .. import quantities
from ..recognize.abbreviations import world_regions
from ..types import ORG_TYPES, EntityType, Fact, Key, Locale, Mention, Sentence, quick_init, replace
from ..words import CAPITAL_WORDS, PLACE_TAILS
from .anaphora import resolve_anaphora
from .names import NameRelations

ORGS = ORG_TYPES
PARTIES = ORG_TYPES | {EntityType.PLACE}  # a county or a city signs through its government
# what the name of a branch or unit ends with (…分行, …支行, …专委会): it is under the name before it
BRANCH_TAIL = re.compile(r"(?:分公司|分行|支行|分局|分所|营业部|分厂|分院|分中心|办事处|分会|专委会|专业委员会|工会|党委|团委|频道)$")
LIST_JOIN = frozenset({"、", "和", "与", "及", "以及", "，", ",", "、以及"})


@quick_init
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
    place_key: Callable[[str], Key | None] | None = None  # place name -> entity key, in the paper's locale
    previous: Sentence | None = None  # the sentence before, where `topic` was named
    doc_text: str | None = None  # the article's text, for evidence spanning two sentences
    names: NameRelations | None = None  # what names say (branch -> parent)
    entities: Callable[[EntityType, str], Key] | None = None  # the linker's `implied`
    scene: Mention | None = None  # the place set by 在X， in the clause before, when that clause ended with ；

    def implied(self, typ: EntityType, name: str) -> Key:
        """The key of an entity the sentence implies without naming it (a place's government, an award)."""
        if self.entities is None:
            raise ValueError(f"no linker to key {typ} {name!r}: give Context(entities=linker.implied)")
        return self.entities(typ, name)

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
    place_key: Callable[[str], Key | None] | None = None  # place name -> entity key, in the paper's locale
    text: str | None = None  # the article's text
    names: NameRelations | None = None  # relations read off names (kg.names)
    entities: Callable[[EntityType, str], Key] | None = None  # the linker's `implied`
    recent: list[Mention] = field(default_factory=list)  # antecedents for 该公司 / 该局 …
    seen: set[tuple[Key, str, Key]] = field(default_factory=set)  # name facts already stated in this document


def fact(c: Clause, s: Mention, p: str, o: Mention, rule: str, conf: float, **kw: str | None) -> Fact:
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


def topic_fact(c: Clause, s: Mention, f: Fact) -> Fact:
    """A fact whose subject was named in the previous sentence: its evidence spans both sentences."""
    prev = c.previous
    if prev is None or c.doc_text is None or not (prev.start <= s.start < prev.end):
        return f
    return replace(f, start=prev.start, evidence=c.doc_text[prev.start : c.sentence.end])


def key_fact(c: Clause, s: Mention, p: str, key: Key, o_text: str, rule: str, conf: float, **kw: str | None) -> Fact:
    """A fact whose object is an entity the text implies but does not mention (山西省人民政府 for 副省长)."""
    return replace(fact(c, s, p, s, rule, conf, **kw), object=key, o_text=o_text)


def attribute_fact(c: Clause, s: Mention, p: str, q: quantities.Quantity, rule: str, conf: float) -> Fact:
    f = fact(c, s, p, s, rule, conf, amount=q.value, unit=q.unit)
    return replace(f, object=q.value, obj_is_literal=True, o_text=c.text[q.start : q.end])


def group_before(c: Clause, i: int, types: frozenset[str] | set[str]) -> list[Mention]:
    """The list of mentions ending at index i (X、Y和Z), nearest last."""
    ms = c.mentions
    group = [ms[i]] if ms[i].type in types else []
    j = i
    while group and j > 0 and ms[j - 1].type in types and c.between(ms[j - 1], ms[j]) in LIST_JOIN:
        j -= 1
        group.insert(0, ms[j])
    return group


def group_after(c: Clause, i: int, types: frozenset[str] | set[str]) -> list[Mention]:
    """The list of mentions starting at index i (X、Y和Z)."""
    ms = c.mentions
    group = [ms[i]] if ms[i].type in types else []
    j = i
    while group and j + 1 < len(ms) and ms[j + 1].type in types and c.between(ms[j], ms[j + 1]) in LIST_JOIN:
        j += 1
        group.append(ms[j])
    return group


def index_of(c: Clause, m: Mention) -> int:
    return c.mentions.index(m)


def is_division(m: Mention) -> bool:
    """A place of the division gazetteer (not a zone, not a place known by name only)."""
    return m.type == EntityType.PLACE and m.key is not None and m.key.name.isdigit()


def placelike(m: Mention) -> bool:
    return m.rule == "anaphora" or (m.canonical or m.text).endswith(PLACE_TAILS)


SEGMENT_END = re.compile(r"[，,；;：:。！？!?]")


def segment_start(text: str, i: int) -> int:
    """Start of the comma-delimited segment that holds sentence-local index i."""
    j = i
    while j > 0 and text[j - 1] not in "，,；;：:。！？!?":
        j -= 1
    return j


# ------------------------------------------------------------------ a document's clauses

_DATELINE = re.compile(r"^(?:本报|新华社|人民网|中新网)[^，。；]{0,16}?讯(?:[（(][^）)]{0,30}[）)])?\s*")



_REPORTING = re.compile(r"\s*(?:记者|本报记者|据|从|笔者)")


def _sentence_date(c: Clause) -> str | None:
    text = c.text
    lead = _DATELINE.match(text)
    pos = lead.end() if lead else 0
    comma = SEGMENT_END.search(text, pos)
    end = comma.start() if comma else min(len(text), pos + 16)
    if end - pos > 16:
        return None
    ds = quantities.dates(text, c.published, pos, end)
    # the sentence must open with the time (今年5月，… / 8月11日，…), not merely mention one (成立于1987年);
    # 8月14日，记者从…了解到 dates the reporting, not what is reported
    if not ds or text[pos : ds[0].start].strip() or _REPORTING.match(text, end + 1):
        return None
    return ds[0].value


_CAPITAL_OF = ("", *CAPITAL_WORDS)


def places_after_zai(c: Clause) -> Iterator[tuple[int, int]]:
    """(first, last) indexes of each run of adjacent places right after 在 (or 赴: 赴沙特利雅得出席…);
    the last is the most specific (在[山西省][太原市]举办)."""
    ms = c.mentions
    if "在" not in c.text and "赴" not in c.text:
        return  # (most clauses: neither)
    for i, p in enumerate(ms):
        if p.type != "Place" or c.before(p, 1) not in ("在", "赴"):
            continue
        j = i
        while j + 1 < len(ms) and ms[j + 1].type == "Place" and c.between(ms[j], ms[j + 1]) in _CAPITAL_OF:
            j += 1  # (在乌兹别克斯坦首都塔什干: the capital)
        yield i, j


SCENE_LEAD = re.compile(r"(?:[^，。；！？]{0,20}[，,])?(?:这两天|这几天|近日|日前|眼下|目前|当下|如今|今年|今天|近年来|连日来)?在$")  # (这两天在吉林长春，)


# a natural feature's name (在库布齐沙漠，…项目; 在黄河流域，…水电站): a scene as a region is
_FEATURE_TAILS = ("沙漠", "流域", "湖", "河", "江", "海域", "草原", "高原", "盆地", "戈壁", "湿地", "湾", "峡谷", "山", "山区", "林区", "灌区", "平原")
_ZONE_TAILS = ("新区", "科学城", "科技城", "开发区", "高新区", "经开区", "工业园区", "产业园区", "自贸区", "自由贸易试验区", "保税区", "综合保税区", "示范区", "合作区")


def opening_scene(c: Clause) -> tuple[int, int] | None:
    """(index of the place, sentence-local start of what follows) of a clause that opens with
    在<place>， (在河南郑州，… / 在青海海南州…基地内，…): the last of the adjacent places."""
    ms = c.mentions
    # the place may follow a short clause that names places of its own (广东加速…建设，在东莞，…)
    text = c.text  # (SCENE_LEAD ends with 在: a test of that character first, at C speed)
    k = next((i for i, m in enumerate(ms) if text.endswith("在", 0, c.loc(m.start)) and SCENE_LEAD.fullmatch(text, 0, c.loc(m.start))), -1) if "在" in text else -1
    if k >= 0 and not is_division(ms[k]) and k + 1 < len(ms) and is_division(ms[k + 1]) and c.between(ms[k], ms[k + 1]) == "":
        k += 1  # 在[南疆]阿克苏，: a region before the division
    if k < 0 or not (is_division(ms[k]) or ms[k].type == EntityType.PLACE and ((ms[k].canonical or ms[k].text).endswith(_ZONE_TAILS + _FEATURE_TAILS) or ms[k].text in world_regions())):
        return None  # (在西部（重庆）科学城，: a zone is a scene too; 在东北，在东南亚，: a region of kg/data/world.tsv)
    while k + 1 < len(ms) and ms[k + 1].type == EntityType.PLACE and c.between(ms[k], ms[k + 1]) in ("", "、" if is_division(ms[k]) and is_division(ms[k + 1]) else ""):
        k += 1  # (在江苏淮安、盐城，: a list of divisions, the scene of what follows: kg.relations.scenes)
    close = re.match(r"(?:内|里|境内|期间)?[，,]", c.after(ms[k], 4))
    return (k, c.loc(ms[k].end) + close.end()) if close else None


# the head of a longer name a mention runs into (平陆运河|控制性枢纽工程, 亭子口灌区|一期工程, 第31届世界大学生夏季运动会|
# 火炬传递启航仪式, 农业银行|格当支行): the words between are modifiers, no verb, adverb or preposition, and no 等
# that closes a list (A、B|等重点水利工程: the items are the works)
_CONTINUED = re.compile(r"(?:(?![在于将已正并和与及的是为从到向对把被让也还都又再来去进加推开建完实总首全预计累等举召])"
                        r"[\u4e00-\u9fffA-Za-z0-9·“”]){0,10}?(?:工程|项目|仪式|典礼|开幕式|闭幕式|启动式|发布会|晚会|活动|分行|支行|分公司|分院|基地|研发中心|创新中心|产业园|实验室)")


def continued(c: Clause, m: Mention) -> bool:
    """m is the modifier of a longer name of a project, event or branch right after it; what a sentence says is of that
    longer thing, not of m (but what it says of an event's opening or closing ceremony is of the event: X|开幕式在Y举行)."""
    return _CONTINUED.match(c.text, c.loc(m.end)) is not None and not (m.type == EntityType.EVENT and c.text.startswith(("开幕式", "闭幕式"), c.loc(m.end)))


# a span with 的 after two words' characters, outside quotes and 党的 (小小的汽车 of 小小的汽车零配件), or opening with
# where in a place it is (境内渡口镇 of 磴口县境内渡口镇), is a phrase the recogniser read as a name (not 美的集团,
# 标的公司, 党的二十大, 《我们的新时代》)
_PHRASE_OPENINGS = ("境内", "境外", "辖区内", "腹地", "深处", "周边")
_PHRASE = re.compile(r"^[^“《‘]*[\u4e00-\u9fff]{2}(?<!党)的|^(?:" + "|".join(_PHRASE_OPENINGS) + ")")  # (tried on a name holding 的 or opening so)


_EDITION_YEAR = re.compile(r"(?:19|20)\d\d\s*(?:年度?)?$")  # _glued's patterns, compiled once (two calls per mention)
_ONE_DASH = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]—")
_GLUE = re.compile(r"[A-Za-z0-9０-９\-－·]")
_ALNUM = re.compile(r"[A-Za-z0-9０-９]")


def _glued(c: Clause, m: Mention) -> bool:
    """A mention a letter, a digit, a hyphen or a name's middle dot joins on the left (俄罗斯-|塔吉克大学…,
    G20|杭州峰会, 3|号线): the end of a longer name the recogniser cut, of which no rule may state a fact.
    A year before an event is its edition (2025|浙江进口博览会, read by the frames)."""
    if m.type == EntityType.EVENT and _EDITION_YEAR.search(c.before(m, 6)):
        return False
    if (two := c.before(m, 2)).endswith("—") and _ONE_DASH.fullmatch(two):
        return True  # 中国—|上海合作组织地方经贸合作示范区: one dash joins a name (two, ——, set off an apposition)
    return _GLUE.match(c.before(m, 1)) is not None and not _ALNUM.match(m.text)


def prepare(clauses: Iterable[Clause], ctx: Context) -> Iterator[Clause]:
    """Clauses with their date, 该X / 我市 resolved, the previous sentence's topic, and the scene a
    clause ending with ； sets for the next (在河南郑州，A前往X；到Y…: Y is in 郑州 too)."""
    topic: Mention | None = None
    previous: Sentence | None = None
    scene: Mention | None = None
    for c in clauses:
        names = tuple(m for m in c.mentions if not _glued(c, m) and not (("的" in m.text or m.text.startswith(_PHRASE_OPENINGS)) and _PHRASE.search(m.text)))
        c = Clause(c.sentence, names, c.nested, None, ctx.published, ctx.locale, topic, ctx.place_key, previous, ctx.text, ctx.names,
                   ctx.entities, None if c.sentence.text.startswith("在") else scene)
        mentions, date = resolve_anaphora(c, ctx), _sentence_date(c)
        c = replace(c, mentions=mentions, date=date) if mentions is not c.mentions or date is not None else c  # (an equal clause: not built again)
        opened = opening_scene(c)
        scene = c.mentions[opened[0]] if opened else c.scene
        if not c.text.rstrip().endswith(("；", ";")):
            scene = None
        first = c.mentions[0] if c.mentions else None
        topic = first if first is not None and first.type in ORGS and c.loc(first.start) <= 2 else None
        previous = c.sentence
        ctx.recent.extend(sorted((m for m in c.mentions + c.nested if m.rule != "anaphora"), key=lambda m: m.start))
        del ctx.recent[:-60]
        yield c


def in_quoted_term(c: Clause, m: Mention) -> bool:
    """m stands inside quotation marks that hold more than m (“东盟快班”, “一带一路”倡议)."""
    a, b = c.loc(m.start), c.loc(m.end)
    opened, closed = c.text.rfind("“", 0, a), c.text.rfind("”", 0, a)
    end = c.text.find("”", b)
    return opened > closed and end >= 0 and (opened + 1, end) != (a, b)


# what a place names the owners or origin of (签约[北京]项目465个, 入驻[新加坡]企业, 北京籍): no party, no location
_WHOSE = re.compile(r"(?:项目|企业|公司|客商|资金|商户|籍)")


def says_whose(c: Clause, m: Mention) -> bool:
    """m, a place, only says whose the things written right after it are."""
    return _WHOSE.match(c.after(m, 2)) is not None
