"""Typed relations and attributes from sentences, each with its evidence.

Rules are small functions over a `Clause` (one sentence and the mentions in
it); each returns Facts carrying the sentence offsets and the rule id.  Add a
rule by writing a function and listing it in `RULES`.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from .lexicon import Lexicon
from .types import ORG_TYPES, Fact, Mention, Sentence

ACTORS = ORG_TYPES | {"Person"}
_LIST_SEP = re.compile(r"^[、，,和与及以及]+$|^(和|与|及|以及|、|，)$")
_AMOUNT = re.compile(r"(\d+(?:\.\d+)?)\s*(万亿|千亿|百亿|亿|千万|百万|万)?\s*(元|美元|欧元|港元)")
_MULT = {None: 1, "万": 10**4, "百万": 10**6, "千万": 10**7, "亿": 10**8, "百亿": 10**10, "千亿": 10**11, "万亿": 10**12}
_CURRENCY = {"元": "CNY", "美元": "USD", "欧元": "EUR", "港元": "HKD"}


@dataclass(frozen=True, slots=True)
class Clause:
    """A sentence, its text, and its (top-level and nested) mentions in order."""

    sentence: Sentence
    mentions: tuple[Mention, ...]
    nested: tuple[Mention, ...]

    @property
    def text(self) -> str:
        return self.sentence.text

    def between(self, a: Mention, b: Mention) -> str:
        s = self.sentence
        return s.text[a.end - s.start : b.start - s.start]

    def before(self, m: Mention, n: int) -> str:
        s = self.sentence
        i = m.start - s.start
        return s.text[max(0, i - n) : i]

    def after(self, m: Mention, n: int) -> str:
        s = self.sentence
        i = m.end - s.start
        return s.text[i : i + n]


def parse_amount(number: str, scale: str | None, currency: str) -> tuple[str, str]:
    """'24.7', '亿', '元' -> ('2470000000', 'CNY'): exact decimal, no float rounding."""
    value = Decimal(number) * _MULT[scale]
    return format(value.normalize(), "f"), _CURRENCY[currency]


def _fact(c: Clause, s: Mention, p: str, o: Mention, rule: str, conf: float, **kw: str | None) -> Fact:
    assert s.key and o.key  # the linker sets keys before relations run
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
        **kw,  # type: ignore[arg-type]
    )


def _group_before(c: Clause, i: int, types: frozenset[str] | set[str]) -> list[Mention]:
    """The list of mentions ending at index i (X、Y和Z), nearest last."""
    ms = c.mentions
    group = [ms[i]] if ms[i].type in types else []
    j = i
    while group and j > 0 and ms[j - 1].type in types and _LIST_SEP.match(c.between(ms[j - 1], ms[j]) or "x"):
        j -= 1
        group.insert(0, ms[j])
    return group


# ------------------------------------------------------------------ rules

_ORGANIZE = re.compile(r"^(?:共同|联合)?(主办|承办|协办|举办|组织|指导|支持)")


def organizes(c: Clause) -> Iterable[Fact]:
    """由X主办的Y / X、Y共同承办 … Y: organisations -> the next event in the sentence."""
    ms = c.mentions
    for i, m in enumerate(ms):
        if m.type not in ORG_TYPES:
            continue
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        gap = c.after(m, 8) if nxt is None else c.between(m, nxt)
        hit = _ORGANIZE.match(gap)
        if not hit or hit.group(1) == "支持":
            continue
        event = next((x for x in ms[i + 1 :] if x.type == "Event"), None)
        if event is None:
            continue
        for org in _group_before(c, i, ORG_TYPES):
            yield _fact(c, org, "organizes", event, "rel.organizes.trigger", 0.85, role=hit.group(1))


_AT_PLACE = re.compile(r"在$")
_HELD = re.compile(r"^(?:举办|举行|召开|开幕|启动|开展|进行)")


def held_in(c: Clause) -> Iterable[Fact]:
    """在X举办/举行: the sentence's event took place in X."""
    ms = c.mentions
    for i, m in enumerate(ms):
        if m.type != "Place" or not _AT_PLACE.search(c.before(m, 1)) or not _HELD.match(c.after(m, 3)):
            continue
        events = [x for x in ms if x.type == "Event"]
        if events:
            ev = min(events, key=lambda x: abs(x.start - m.start))
            yield _fact(c, ev, "locatedIn", m, "rel.locatedIn.held-in", 0.8)


_LOCATED = re.compile(r"(?:位于|地处|坐落于|坐落在|落户|落户于|落地|入驻|总部位于|总部在|总部设在)$")


def located(c: Clause) -> Iterable[Fact]:
    """X位于/落户/入驻Y: Y is a place or a park."""
    ms = c.mentions
    for i, o in enumerate(ms):
        if o.type not in ("Place",) and not (o.type in ORG_TYPES and "入驻" in c.before(o, 2)):
            continue
        trigger = _LOCATED.search(c.before(o, 4))
        if not trigger:
            continue
        subj = next((x for x in reversed(ms[:i]) if x.type != "Place" or x.end <= o.start - 12), None)
        if subj is None or o.start - subj.end > 24 or subj.type == "Person":
            continue
        yield _fact(c, subj, "locatedIn", o, "rel.locatedIn.trigger", 0.8)


def member_of(c: Clause) -> Iterable[Fact]:
    """ORG + post(s) + PERSON: 省工信厅副厅长、新闻发言人刘勇 -> 刘勇 memberOf 省工信厅 (副厅长、新闻发言人)."""
    ms = c.mentions
    for i, p in enumerate(ms):
        if p.type != "Person" or i == 0:
            continue
        org = ms[i - 1]
        if org.type not in ORG_TYPES:
            continue
        post = c.between(org, p).strip()
        if not post or len(post) > 16 or not re.fullmatch(r"[\u4e00-\u9fff、]+", post):
            continue
        yield _fact(c, p, "memberOf", org, "rel.memberOf.org-post-name", 0.85, post=post.strip("、"))


_CONTRACT = re.compile(r"^(?:负责)?(?:承建|施工|建设实施|总承包)")


def contractor(c: Clause) -> Iterable[Fact]:
    """X承建 … Y项目 / 由X承建的Y."""
    ms = c.mentions
    for i, m in enumerate(ms):
        if m.type not in ORG_TYPES:
            continue
        if not _CONTRACT.match(c.after(m, 6)):
            continue
        proj = next((x for x in ms[i + 1 :] if x.type == "Project"), None) or next(
            (x for x in reversed(ms[:i]) if x.type == "Project"), None
        )
        if proj is not None:
            yield _fact(c, m, "contractorOf", proj, "rel.contractorOf.trigger", 0.8)


_INVEST = re.compile(r"^(?:在[^，。]{0,12})?(?:投资|出资|援建|斥资|投入)")


def invests(c: Clause) -> Iterable[Fact]:
    """X(在Z)投资N元(建设)Y: amount from the same clause."""
    ms = c.mentions
    for i, m in enumerate(ms):
        if m.type not in ORG_TYPES:
            continue
        tail = c.text[m.end - c.sentence.start :]
        if not _INVEST.match(tail):
            continue
        clause_end = re.search(r"[；。]", tail)
        window_end = m.end + (clause_end.start() if clause_end else len(tail))
        target = next((x for x in ms[i + 1 :] if x.type in ("Project", "Enterprise", "Organization") and x.start < window_end), None)
        if target is None:
            continue
        amt = _AMOUNT.search(c.text[m.end - c.sentence.start : target.start - c.sentence.start])
        amount = unit = None
        if amt:
            amount, unit = parse_amount(amt.group(1), amt.group(2), amt.group(3))
        yield _fact(c, m, "invests", target, "rel.invests.trigger", 0.75, amount=amount, unit=unit)


_SIGN = re.compile(r"^(?:就[^，。；]{1,40}?)?(?:签约|签署|签订|达成|合作|携手)")


def cooperates(c: Clause) -> Iterable[Fact]:
    """X与/和Y(就Z)签约/合作: symmetric; 签约 etc. give signsWith."""
    ms = c.mentions
    for i in range(len(ms) - 1):
        a, b = ms[i], ms[i + 1]
        if a.type not in ACTORS - {"Person"} or b.type not in ACTORS - {"Person"}:
            continue
        if c.between(a, b) not in ("与", "和", "同", "跟"):
            continue
        hit = _SIGN.match(c.after(b, 48))
        if not hit:
            continue
        pred = "cooperatesWith" if hit.group().endswith(("合作", "携手")) else "signsWith"
        yield _fact(c, a, pred, b, f"rel.{pred}.trigger", 0.8)


RULES: tuple[Callable[[Clause], Iterable[Fact]], ...] = (organizes, held_in, located, member_of, contractor, invests, cooperates)


def from_names(mentions: Iterable[Mention], doc_id: str, lexicon: Lexicon, place_key: Callable[[str], str | None]) -> list[Fact]:
    """Relations read off names: the place an organisation's name starts with; nested places."""
    out = []
    for m in mentions:
        if m.nested or m.type == "Person" or not m.canonical or not m.key:
            continue
        name = m.canonical.removeprefix("中共")
        for n in range(min(len(name) - 1, 12), 1, -1):
            key = place_key(name[:n])
            if key and key != m.key:
                out.append(
                    Fact(m.key, "locatedIn", key, doc_id, m.start, m.end, "name.place-prefix", 0.9, s_text=m.text, o_text=name[:n], evidence=m.text)
                )
                break
    return out


def cooccurrence(c: Clause) -> Iterable[Fact]:
    """Entities named in one sentence: the low-confidence co-occurrence layer."""
    ms = [m for m in c.mentions if m.key]
    for i, a in enumerate(ms):
        for b in ms[i + 1 :]:
            if a.key != b.key:
                s, o = sorted((a, b), key=lambda x: x.key or "")
                yield _fact(c, s, "coOccursWith", o, "cooc.sentence", 0.3)


def extract(clauses: Iterable[Clause], with_cooccurrence: bool = True) -> list[Fact]:
    facts: list[Fact] = []
    for c in clauses:
        for rule in RULES:
            facts.extend(rule(c))
        if with_cooccurrence:
            facts.extend(cooccurrence(c))
    return facts
