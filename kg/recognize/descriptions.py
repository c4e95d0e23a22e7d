"""Names that describe the name written after them (apposition): a kind, then which one (国家水网重要结点工程——[大藤峡水利枢纽工程]),
a programme's rank before a work's name (“十五五”重大工程温福高铁福建段), a description and the name sharing its head; and a body's
name the model cut before its office (办)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .. import words
from ..types import replace
from .generic import _MARKED, ranked

if TYPE_CHECKING:
    from ..types import Mention


# what a description set before the name it describes may be: 国家水网重要结点工程——[大藤峡水利枢纽工程],
# 东北地区规模最大的跨海大桥工程——[长海大桥项目], 平陆运河配套工程——[子材大桥]
_DESCRIBED = {"Project": ("Project", "Place"), "Organization": ("Organization",), "Enterprise": ("Enterprise",), "Event": ("Event",)}
_DASHES = ("——", "—", "－－", "--")


def described(mentions: Sequence[Mention], text: str) -> set[tuple[int, int]]:
    """Spans of names that only describe the name after a dash (apposition: a work or body of what
    kind, then which one): news sets the description first, so the one before the dash is no name."""
    starts = {m.start: m for m in mentions if not m.nested and not m.generic}
    out = set()
    for m in mentions:
        if m.nested or m.type not in _DESCRIBED:
            continue
        dash = next((d for d in _DASHES if text.startswith(d, m.end)), None) if text.startswith(_DASHES, m.end) else None
        named = starts.get(m.end + len(dash)) if dash else None
        if named is not None and named.type in _DESCRIBED[m.type] and _MARKED.search(m.text) is None:
            out.add((m.start, m.end))
    return out


# a programme's rank said before a work's name, written together with it (“十五五”重大工程温福高铁福建段)
# (湖南省重大水利工程金塘冲水库, 河南省重点项目郑州航空港…: a division's rank and a field between)
DESIGNATED = re.compile(r"(?:“[^”]{1,8}”)?(?:国家|[\u4e00-\u9fff]{0,6}[省市])?(?:重大|重点|骨干|标志性|控制性)[\u4e00-\u9fff]{0,4}?(?:工程|项目)(?=[\u4e00-\u9fff“])")


# heads a description and the name after it share (首个量子人工智能计算中心|太湖量子智算中心: no dash between)
_SHARED_HEADS = ("中心", "基地", "工程", "项目", "产业园", "实验室")


def redescribed(m: Mention, text: str) -> Mention:
    """A name that holds its head twice after a rank is a description and the name it describes, written
    together (国内首个[量子人工智能计算中心][太湖量子智算中心]): the name is what follows the first head
    (not 中线工程配套工程: no rank, a work of another)."""
    if m.type in ("Project", "Place") and not m.nested and (d := DESIGNATED.match(m.text)) is not None and len(m.text) - d.end() >= 4:
        return replace(m, start=m.start + d.end(), text=m.text[d.end() :])  # “十五五”重大工程[温福高铁福建段]: its rank, then its name
    head = next((h for h in _SHARED_HEADS if m.text.endswith(h)), None) if m.text.endswith(_SHARED_HEADS) else None
    if head is None or m.nested or m.type == "Person":
        return m
    k = m.text.find(head)
    rest = m.text[k + len(head) :]
    if k < 2 or k + len(head) == len(m.text) or len(rest) < len(head) + 2 or _MARKED.search(m.text[:k]) or "、" in m.text:
        return m
    if not ranked(text[max(0, m.start - 4) : m.start + k + len(head)]):
        return m
    return replace(m, start=m.start + k + len(head), text=rest)


def office_glued(m: Mention, text: str) -> Mention:
    """A body's name the model cut before 办 (its office: 国务院妇儿工委|办 is 国务院妇女儿童工作委员会办公室)
    runs through it, unless 办 opens a word (妇儿工委办理…, 办公, 办好)."""
    if m.type != "GovernmentBody" or m.nested or not text.startswith("办", m.end) or not m.text.endswith(("委", "组", "府")):
        return m
    if words.common_words().get(text[m.end : m.end + 2]) is not None:
        return m
    return replace(m, end=m.end + 1, text=m.text + "办")
