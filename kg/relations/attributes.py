"""Attributes stated of a name, as typed literals: investment, registered capital, output value,
capacity, counts (decimals with a unit on the statement) and an event's date (resolved).

总投资24.7亿元的Y / Y计划投资10.8亿元 / X注册资本1188万元 / 年产2万吨Y / 具备年产…70万吨能力 /
Y将于8月18日在太原举办 / Y共有11个项目签约.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from .. import quantities
from ..types import Fact, Mention
from .clause import Clause, attribute_fact, fact, is_division, placelike

_EVENT_VERB = re.compile(r"(?:隆重|正式|成功|顺利|盛大)?(?:举办|举行|召开|开幕|启动|揭幕|拉开帷幕)")

_A = r"(?:约|达|达到|为|超过|超|逾|近|高达|共计|合计|累计)?\s*"
_INVEST_BEFORE = re.compile(r"(?:总投资|计划投资|投资总额|总投资额|估算总投资|预计总投资|拟投资|计划总投资)(?:额)?" + _A + quantities.AMOUNT.pattern + r"(?:的|，|,)?\s*$")
_INVEST_AFTER = re.compile(r"(?:项目)?[，,]?\s*(?:总投资|计划投资|投资总额|总投资额|估算总投资|预计总投资|拟投资|计划总投资|总投入|投资)(?:额)?" + _A)
_CAPITAL_AFTER = re.compile(r"(?:的)?[，,]?\s*(?:注册资本|注册资金)(?:金)?" + _A)
_CAPITAL_BEFORE = re.compile(r"(?:注册资本|注册资金)" + _A + quantities.AMOUNT.pattern + r"(?:的)\s*$")
_OUTPUT_AFTER = re.compile(r"(?:的)?[，,]?\s*(?:去年|今年|全年|上半年|当年)?(?:实现|完成|预计)?(?:年)?(?:工业)?(?:总)?产值" + _A)
_CAP_AFTER = re.compile(r"(?:项目)?[，,]?\s*(?:设计)?(?:年产能|年产|产能|装机容量|总装机|装机规模|建设规模|规模)" + _A)
_CAP_BEFORE = re.compile(r"(?:年产(?:能)?|装机容量|装机)[^\d，。；]{0,8}?" + quantities.CAPACITY.pattern + r"(?:的)?\s*$")
_CAPACITY_OF_SUBJECT = re.compile(
    r"(?:具备|形成|达到|具有|新增)(?:年产|年生产|年加工|年处理|年产能)[^，。；\d]{0,10}?" + quantities.CAPACITY.pattern + r"(?:的)?(?:生产)?(?:能力|产能|规模)"
    r"|(?:总建筑面积|建筑面积|占地面积|占地)(?:约|达|为|超过)?\s*" + quantities.CAPACITY.pattern
)
_COUNT_AT = re.compile(
    r"(?:共有|共|有|吸引)?(?P<n>\d+|[一二两三四五六七八九十百千]+)(?:个|项|家|名)(?:[\u4e00-\u9fff]{0,6}?)(?P<what>项目|企业|单位|机构)"
    r"(?:成功|现场|集中)?(?:签约|参展|参会|参赛|落地|入驻|开工|揭牌)"
)
_COUNT_UNIT = {"项目": "project", "企业": "enterprise", "单位": "organization", "机构": "organization"}
_COUNTED = re.compile(r"(?:\d+|[一二两三四五六七八九十百千]+|多|数|几|若干|这些|一批|一系列|首批)(?:个|项|家|批|条|座|所)$")
_DATE_HELD = re.compile(r"[，,]?\s*(?:将|已|定|拟)?于?\s*")
_ATTR_TYPES = frozenset({"Project", "Enterprise", "Organization", "Place", "Event"})


def attributes(c: Clause) -> Iterable[Fact]:
    """Amounts and capacities stated of a name: 总投资24.7亿元的Y / Y计划投资10.8亿元 / X注册资本1188万元 /
    Y年产…70万吨 / Y建筑面积5580平方米; and an event's date (Y将于8月18日在太原举办)."""
    text = c.text
    for m in c.mentions:
        if m.type not in _ATTR_TYPES or is_division(m) or _COUNTED.search(c.before(m, 4)):
            continue
        s, e = c.loc(m.start), c.loc(m.end)
        # (each pattern is tried only where a word every match of it holds is written: 投资, 注册资, 产值, 年产 or 装机 …)
        lo = max(0, s - 30)
        if m.type in ("Project", "Place", "Enterprise") and not (m.type == "Place" and (c.before(m, 1) in ("在", "于") or not placelike(m))):
            hit = _INVEST_BEFORE.search(text, lo, s) if text.find("投资", lo, s) >= 0 else None
            # X公司投资N元 is an investment the company makes (invests), not its size
            q = quantities.amount(text, hit.start(), s) if hit else None if m.type == "Enterprise" else _after_amount(_INVEST_AFTER, text, e, "投")
            if q:
                yield attribute_fact(c, m, "investment", q, "attr.investment", 0.85)
        if m.type in ("Enterprise", "Organization"):
            hit = _CAPITAL_BEFORE.search(text, lo, s) if text.find("注册资", lo, s) >= 0 else None
            q = quantities.amount(text, hit.start(), s) if hit else _after_amount(_CAPITAL_AFTER, text, e, "注册资")
            if q:
                yield attribute_fact(c, m, "registeredCapital", q, "attr.registeredCapital", 0.9)
        if m.type in ("Project", "Enterprise", "Place"):
            q = _after_amount(_OUTPUT_AFTER, text, e, "产值")
            if q:
                yield attribute_fact(c, m, "outputValue", q, "attr.outputValue", 0.8)
            hit = _CAP_BEFORE.search(text, lo, s) if text.find("年产", lo, s) >= 0 or text.find("装机", lo, s) >= 0 else None
            cap = quantities.capacity(text, hit.start(), s) if hit else None
            if cap is None:
                a = _CAP_AFTER.match(text, e) if text.find("产", e) >= 0 or text.find("规模", e) >= 0 or text.find("装机", e) >= 0 else None
                cap = quantities.capacity(text, a.end(), a.end() + 16) if a else None
                if cap is not None and cap.start != a.end():  # type: ignore[union-attr]
                    cap = None
            if cap:
                yield attribute_fact(c, m, "capacity", cap, "attr.capacity", 0.8)
        if m.type == "Event":
            yield from _event_date(c, m)
            n = _COUNT_AT.search(text, e)
            if n and "。" not in text[e : n.start()] and n.start() - e <= 40:
                value = quantities.count(n.group("n"))
                if value is not None:
                    q = quantities.Quantity(str(value), _COUNT_UNIT[n.group("what")], n.start(), n.end())
                    yield attribute_fact(c, m, "count", q, "attr.count", 0.7)
    said = _CAPACITY_OF_SUBJECT.search(text) if "年" in text or "面积" in text or "占地" in text else None
    if said:
        subject = next((m for m in c.mentions if m.type != "Place"), None)
        if subject is not None and subject.type == "Project" and c.loc(subject.end) <= said.start():
            q = quantities.capacity(text, said.start(), said.end())
            if q is not None:
                yield attribute_fact(c, subject, "capacity", q, "attr.capacity.subject", 0.75)


def _after_amount(pattern: re.Pattern[str], text: str, e: int, word: str) -> quantities.Quantity | None:
    """The amount pattern's words state right at e (`word`: what each of its matches holds, looked for first)."""
    a = pattern.match(text, e) if text.find(word, e) >= 0 else None
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
        f = fact(c, m, "date", m, "attr.date", 0.8)
        yield replace(f, object=when.value, obj_is_literal=True, o_text=text[when.start : when.end] or when.value)
