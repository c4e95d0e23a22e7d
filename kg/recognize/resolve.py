"""Candidates -> Mentions: the longest spans win, places inside kept names become nested mentions."""
from __future__ import annotations

from collections.abc import Callable, Iterable

from ..types import Mention, replace
from .base import Candidate

_OWNERS = frozenset({"Enterprise", "Organization"})


def resolve(doc_id: str, text: str, cands: Iterable[Candidate]) -> list[Mention]:
    """Longest spans win (then priority); places inside kept names, and the company or body a
    project or event name starts with, become nested mentions."""
    ordered = sorted(
        (c for c in cands if c.end > c.start), key=lambda c: (-(c.end - c.start), -c.priority, c.start)
    )
    taken = bytearray(len(text) + 1)
    leads: dict[int, str] = {}  # start -> type of the kept project or event starting there
    division = bytearray(len(text) + 1)  # offsets inside a kept division's name (安吉县 holds no 吉县)
    kept: list[Candidate] = []
    nested: list[Candidate] = []
    for c in ordered:
        if not c.standalone:
            continue
        if taken.find(1, c.start, c.end) >= 0:  # (any taken: bytearray.find, no slice made; all taken: no 0 found)
            if c.type == "Place" and c.rule != "crf" and taken.find(0, c.start, c.end) < 0 and division.find(1, c.start, c.end) < 0:
                nested.append(c)
            elif (c.type in _OWNERS and leads.get(c.start) in ("Project", "Event") or c.rule.startswith("department.") and c.start in leads) and taken.find(0, c.start, c.end) < 0:
                nested.append(c)  # [国能宁煤公司]煤制油项目: the company the project is named after; [自然资源部]第三海洋研究所
            continue
        kept.append(c)
        if c.type in ("Project", "Event", "Organization"):
            leads[c.start] = c.type
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        if c.rule in ("gazetteer.division", "gazetteer.chain"):
            division[c.start : c.end] = b"\x01" * (c.end - c.start)
    out = [Mention(doc_id, c.start, c.end, text[c.start : c.end], c.type, c.rule, canonical=c.canonical) for c in kept]
    seen = {(c.start, c.end) for c in kept}
    for c in nested:
        if (c.start, c.end) not in seen:
            seen.add((c.start, c.end))
            out.append(Mention(doc_id, c.start, c.end, text[c.start : c.end], c.type, c.rule, canonical=c.canonical, nested=True))
    out.sort(key=lambda m: (m.start, -m.end))
    return out


def carried_over(cands: list[Candidate]) -> list[Candidate]:
    """A suffix rule's event or project whose walk stopped inside an international body's name (中国－拉美|和|加勒比
    国家共同体论坛第四届部长级会议: the walk stops at 和) is also proposed from the body's start: the body is its host."""
    bodies = [c for c in cands if c.rule == "gazetteer.world" and c.type == "Organization"]
    if not bodies:
        return cands
    return cands + [replace(c, start=b.start) for c in cands if c.type in ("Event", "Project") and c.rule.startswith("suffix.")
                    for b in bodies if b.start < c.start < b.end < c.end]


def unnested_in_kinds(mentions: list[Mention]) -> list[Mention]:
    """A place inside a span that names a kind (generic: no node) is a name of its own: [粤港澳大湾区]重点交通工程,
    [河北]政府部门; so is one left inside no span at all, when the name it was read inside was cut after ([河南省]重点项目|郑州枢纽:
    the description shed) when it is a division of the gazetteers. The longest of those, outside every name kept, lose `nested`."""
    if not any(m.nested for m in mentions):
        return mentions
    names = [(m.start, m.end) for m in mentions if not m.generic and not m.nested]
    kinds = [(m.start, m.end) for m in mentions if m.generic and not m.nested]
    free: list[Mention] = []
    for m in sorted((m for m in mentions if m.nested and not m.generic and m.type == "Place"), key=lambda m: (m.start, -m.end)):
        if any(a <= m.start and m.end <= b for a, b in names) or not m.rule.startswith("gazetteer.") and not any(a <= m.start and m.end <= b for a, b in kinds):
            continue  # (a span the walk read, 重大水利工程|金塘冲水库, is left inside no span when its work was cut: no name of its own)
        if not any(f.start < m.end and m.start < f.end for f in free):
            free.append(m)
    ids = {id(m) for m in free}
    return [replace(m, nested=False) if id(m) in ids else m for m in mentions]


def grown_left(mentions: list[Mention], heads: dict[int, Mention], joins: Callable[[Mention, Mention], bool], text: str) -> list[Mention]:
    """Each mention that `joins` the head expected where it starts (`heads`: start -> head) is named from the head's
    start, the head nested in it (中国—|东盟自由贸易区, 国家电网|甘肃至浙江…输电工程)."""
    if not heads:
        return mentions
    out, nested = [], set()
    for m in mentions:
        head = heads.get(m.start)
        if head is not None and not m.nested and joins(head, m):
            nested.add(id(head))
            m = replace(m, start=head.start, text=text[head.start : m.end])
        out.append(m)
    return [replace(m, nested=True) if id(m) in nested else m for m in out]


def world_uncrossed(cands: list[Candidate]) -> list[Candidate]:
    """A suffix rule's name that ends inside a name of the world list starting inside it (安然[联盟]杯, 上季[联盟]杯: the walk
    stopped at 联盟 of 联盟杯) is no name: the world list's name is."""
    starts = {c.start: c.end for c in cands if c.rule == "gazetteer.world"}
    if not starts:
        return cands
    return [c for c in cands if not (c.rule.startswith(("suffix.", "opened.")) and any(c.start < k < c.end < e for k, e in starts.items()))]
