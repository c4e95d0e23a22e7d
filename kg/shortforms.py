"""Which names are short forms of which (美锦能源 of 山西美锦能源股份有限公司, 太钢 of 太钢集团, 进博会年会
of 2024年进博会年会): the alias merges of a build's reduce step (`kg.link.Linker.merge_aliases`)."""
from __future__ import annotations

import re

from .lexicon import Lexicon
from .types import Entity, Key

LEGAL_SUFFIXES = ("集团股份有限公司", "集团有限责任公司", "集团有限公司", "股份有限公司", "有限责任公司", "有限公司", "股份公司", "公司")
_MERGED_TYPES = ("Enterprise", "Organization", "Event")


def merged(entities: dict[Key, Entity], lexicon: Lexicon, event_pages: dict[Key, set[int]]) -> dict[Key, Key]:
    """{short form's key: full name's key} over a corpus's entities, chains followed (太钢 -> 太钢集团 ->
    太原钢铁集团有限公司): a short form merges when exactly one full name of its type reduces to it. An event
    without its year or edition names a different edition on each page that names it (a yearly forum), so it
    merges only into the edition named on one of its own pages (`event_pages`: key -> the pages it is on)."""
    by_core: dict[tuple[str, str], set[Key]] = {}
    for key, e in entities.items():
        if e.type in _MERGED_TYPES:
            for core in (_event_cores(e.name, lexicon) if e.type == "Event" else _cores(e.name, lexicon)):
                if core != e.name:
                    by_core.setdefault((e.type, core), set()).add(key)
    moved: dict[Key, Key] = {}
    for key, e in entities.items():
        if e.type not in _MERGED_TYPES:
            continue
        targets = by_core.get((e.type, e.name), set()) - {key}
        if e.type == "Event" and event_pages:  # (a linker fed documents directly holds one page)
            pages = event_pages.get(key, set())
            targets = {t for t in targets if not pages.isdisjoint(event_pages.get(t, ()))}
        if len(targets) == 1:
            moved[key] = next(iter(targets))
    for key in list(moved):
        seen = {key}
        t = moved[key]
        while t in moved and t not in seen:
            seen.add(t)
            t = moved[t]
        moved[key] = t
    return moved


_EVENT_LEAD = re.compile(r"^(?:(?:19|20)\d\d年(?:度)?|第[一二三四五六七八九十百\d]+(?:届|次|期)|首届|首场)")


def _event_cores(name: str, lexicon: Lexicon) -> set[str]:
    """Short forms of an event's name: without its year, edition and place
    (2020年山西省“创客嘉年华”活动 -> “创客嘉年华”活动)."""
    cores = {name}
    stem = name
    while True:
        m = _EVENT_LEAD.match(stem)
        if m:
            stem = stem[m.end() :]
            cores.add(stem)
            continue
        for n in range(min(len(stem) - 2, 9), 1, -1):
            if stem[:n] in lexicon.by_name:
                stem = stem[n:]
                cores.add(stem)
                break
        else:
            break
    return {c for c in cores if len(c) >= 4}


def _cores(name: str, lexicon: Lexicon) -> set[str]:
    """Short forms a paper may use for a full enterprise name."""
    cores = {name}
    stem = name
    for suf in LEGAL_SUFFIXES:
        if stem.endswith(suf) and len(stem) > len(suf) + 1:
            stem = stem[: -len(suf)]
            cores.update((stem, stem + "集团") if not stem.endswith("集团") else (stem,))
            break
    if stem.endswith("集团") and len(stem) > 3:
        cores.add(stem[:-2])
    for n in range(min(len(stem) - 2, 9), 1, -1):
        d = lexicon.by_name.get(stem[:n])
        if d:
            rest = stem[n:]
            if len(rest) >= 2:
                cores.add(rest)
                cores.add(name[n:])
            break
    return cores
