"""People listed with people: the names in a list of names that no proposer read (丁薛祥、[蔡奇]、何立峰出席), the first
item of a list right before a person's name (，[雷维埃]、克莱尔), and a transliterated name the model typed a place or a body
listed next to a person."""
from __future__ import annotations

import functools
import re
from collections.abc import Callable

from .people import foreign_name, words_in_name
from .types import EntityType, Mention, replace
from .words import common_words, is_common_word

# an item of a list of people: two or three characters between list marks (丁薛祥、[蔡奇]、何立峰出席)
_LISTED = re.compile(
    r"(?<=[、和与及／对])([\u4e00-\u9fff]{2,3})(?=、|和|与|及|等|对|／|二人|两人|出席|参加|陪同|会见|表示|[，。；]"
    r"|被|均|都|分别|共同|一起|先后|也|出战|出场|参赛|夺得|获得|组成|联手|搭档)"  # (王玉梅、黄蜀芹、[王好为]被授予, 樊振东和[马龙]出战)
)
# an item that opens a list or a clause, right before a person's name (，[雷维埃]、克莱尔、…): people are listed with people
_LISTED_BEFORE = re.compile(r"(?:^|(?<=[，。；：、\n]))([\u4e00-\u9fff]{2,3})(?=[、和与及／])")


def people_in_lists(doc_id: str, text: str, mentions: list[Mention], surnames: frozenset[str],
                    cut: Callable[[str], list[str]] | None = None) -> list[Mention]:
    """`mentions` plus the names listed right after a person's name (丁薛祥、蔡奇、何立峰出席, 夏曦和[关向应]、贺龙,
    许银川、[高懿屏]对单霞丽: people are listed with people) that open with a surname, are no word of the language
    and no other mention (between two people's names in a list of 、 any surname and any word: 童傅、[厉无畏]、钮小明), and a transliterated name or one opening with a surname right before a person's (`_before`);
    after 、 and a person's name, a name whatever follows it (黄庭坚、[米芾]的: `_after_mark`).
    A pair's partner across a slash too (`_partners`, given the segmenter's `cut`).  Rule id `person.listed`."""
    if not any(j in text for j in "、和与及／/"):
        return mentions
    top = [m for m in mentions if not m.nested]
    people_end = {m.end for m in top if m.type == EntityType.PERSON}
    people_start = {m.start for m in top if m.type == EntityType.PERSON}
    taken = bytearray(len(text) + 8)
    for m in top:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    # the model's guess of a place for a name listed with people (王晨、[何立峰]、谌贻琴): a person
    guessed = {(m.start, m.end): m for m in top if m.type == EntityType.PLACE and m.rule == "crf"}
    extra: list[Mention] = []
    for hit in _LISTED.finditer(text) if people_end else ():  # (an item right after a person's name, or none)
        a, b = hit.span(1)
        name = hit.group(1)
        if (a, b) in guessed and a - 1 in people_end and name[0] in surnames:
            mentions = [replace(m, type=EntityType.PERSON, rule="person.listed") if m is guessed[(a, b)] else m for m in mentions]
            people_end.add(b)
            continue
        if a - 1 not in people_end or any(taken[a:b]):
            continue
        flanked = text[a - 1] in _JOINS and text[b : b + 1] in _JOINS and b + 1 in people_start  # 童傅、[厉无畏]、钮小明, 夏曦和[关向应]、贺龙: a person on each side
        if not flanked and (name[0] not in surnames or name in common_words()) or name[-1] == "们":  # (彭丽媛和[来宾们]共同: a kind of people)
            continue
        if text[a - 1] != "、" and (len(name) == 3 and words_in_name(name) or is_common_word(text[a - 1 : a + 1], 100)):
            continue  # 张三和[应该是]…, 透纳对[于光]与…: words after a join that is no list mark, or the join opening a word (对于)
        extra.append(Mention(doc_id, a, b, name, EntityType.PERSON, "person.listed", name))
        taken[a:b] = b"\x01" * (b - a)
        people_end.add(b)  # the next item of the same list may follow this one
    if cut is not None and "、" in text:
        extra += _after_mark(doc_id, text, [m for m in mentions + extra if not m.nested], taken, surnames, cut)
    mentions = foreign_listed(text, mentions)
    extra += _before(doc_id, text, [m for m in mentions + extra if not m.nested], taken, surnames)
    if cut is not None and ("/" in text or "／" in text):
        extra += _partners(doc_id, text, [m for m in mentions + extra if not m.nested], taken, surnames, cut)
    mentions, extra = latin_listed(doc_id, text, mentions, extra)
    return sorted(mentions + extra, key=lambda m: (m.start, -m.end)) if extra else mentions


def _before(doc_id: str, text: str, top: list[Mention], taken: bytearray, surnames: frozenset[str]) -> list[Mention]:
    """The first item of a list, right before a person's name (，[雷维埃]、克莱尔): a name opening with a surname that
    is no word of the language, or a transliterated one of three characters, and no other mention."""
    people_start = {m.start for m in top if m.type == EntityType.PERSON}
    out = []
    for hit in _LISTED_BEFORE.finditer(text) if people_start else ():  # (an item right before a person's name, or none)
        a, b = hit.span(1)
        name = hit.group(1)
        if b + 1 not in people_start or any(taken[a:b]) or name in common_words() or len(name) == 3 and words_in_name(name):
            continue  # ，[应该是]和刘备…: words of the clause
        if name[0] in surnames or len(name) == 3 and foreign_name(name) and name not in _world():
            out.append(Mention(doc_id, a, b, name, EntityType.PERSON, "person.listed", name))
    return out


# a slash between two names: a pair of partners (混双郑思维/黄雅琼, 王宗源/龙道一夺得, 葛菲／顾俊还是)
_SLASH = re.compile(r"(?<=[\u4e00-\u9fff])[/／](?=[\u4e00-\u9fff])")


def _partners(doc_id: str, text: str, top: list[Mention], taken: bytearray, surnames: frozenset[str], cut: Callable[[str], list[str]]) -> list[Mention]:
    """A person's partner across a slash (doubles, pairs: 王宗源/[龙道一]夺得, 混双[郑思维]/黄雅琼): a surname and one or two
    characters on the segmenter's word boundaries, no word of the language and no other mention."""
    starts = {m.start for m in top if m.type == EntityType.PERSON}
    ends = {m.end for m in top if m.type == EntityType.PERSON}
    out = []
    for hit in _SLASH.finditer(text):
        k = hit.start()
        for n in (3, 2):
            a, b = (k + 1, k + 1 + n) if k in ends else (k - n, k) if k + 1 in starts else (0, 0)
            if a >= 0 and b - a == n and _name_at(text, a, n, taken, surnames, cut):
                out.append(_taken(doc_id, text, a, b, taken))
                break
    return out


_NO_LAST = frozenset("的了着过地得等们和与及说是在")


def _taken(doc_id: str, text: str, a: int, b: int, taken: bytearray) -> Mention:
    """The person listed at a..b (`person.listed`), its characters marked taken for the names read after it."""
    taken[a:b] = b"\x01" * (b - a)
    return Mention(doc_id, a, b, text[a:b], EntityType.PERSON, "person.listed", text[a:b])


def _name_at(text: str, a: int, n: int, taken: bytearray, surnames: frozenset[str], cut: Callable[[str], list[str]]) -> bool:
    """Whether the n characters at a read as a Chinese name no other mention holds: a surname first, on the segmenter's
    word boundaries, no word of the language, no particle last (苏洵、[苏辙]的: a particle the segmenter glued to it is no part)."""
    name = text[a : a + n]
    if len(name) != n or any(taken[a : a + n]) or name[0] not in surnames or not all("\u4e00" <= c <= "\u9fff" for c in name):
        return False
    return not (name[-1] in _NO_LAST or name in common_words() or n == 3 and words_in_name(name)
                or not _on_words(cut(text[max(0, a - 4) : a + n + 4]), a - max(0, a - 4), n))


def _on_words(words: list[str], start: int, n: int) -> bool:
    """The segmenter's words of a snippet start at `start` and end n characters later."""
    bounds, i = {0}, 0
    for w in words:
        i += len(w)
        bounds.add(i)
    return start in bounds and start + n in bounds


@functools.lru_cache(maxsize=1)
def _world() -> frozenset[str]:
    """The names of the world list (kg/data/world.tsv): countries, foreign places, international bodies."""
    from .recognize.world import world_names

    return frozenset(world_names())


_JOINS = frozenset("、和与及")
_ITEM_END = frozenset(("", *"、和与及等，。；！？"))


def foreign_listed(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions`, with each transliterated name the model typed a place or a body that is listed
    (、 和 与 及) right next to a person a person too (雷维埃、[克莱尔]、法比奥·桑托斯, 路易斯和[赫苏斯]);
    the list is followed both ways, item by item.  Rule id `person.listed`."""
    top = [m for m in mentions if not m.nested]
    starts = {m.start for m in top if m.type == EntityType.PERSON}
    ends = {m.end for m in top if m.type == EntityType.PERSON}
    # a whole list item (not 马来西亚 of 马来西亚副总理) and no country or body the world list knows
    guessed = [m for m in top if m.rule == "crf" and m.type in (EntityType.PLACE, EntityType.ORGANIZATION, EntityType.ENTERPRISE)
               and text[m.end : m.end + 1] in _ITEM_END and foreign_name(m.text)]
    if not guessed:
        return mentions
    guessed = [m for m in guessed if m.text not in _world()]
    retyped: set[int] = set()
    changed = True
    while changed:
        changed = False
        for m in guessed:
            if id(m) in retyped:
                continue
            left = m.start > 0 and text[m.start - 1] in _JOINS and m.start - 1 in ends
            right = text[m.end : m.end + 1] in _JOINS and m.end + 1 in starts
            if left or right:
                retyped.add(id(m))
                starts.add(m.start)
                ends.add(m.end)
                changed = True
    if not retyped:
        return mentions
    return [replace(m, type=EntityType.PERSON, rule="person.listed") if id(m) in retyped else m for m in mentions]


# a name or a handle in Latin letters: a player's (Moon, TH000, xigua), a foreigner's (Guinsoo)
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_'’-]*")
_LATIN_JOINS = frozenset("、和与")
_TEAM = re.compile("战队|车队|俱乐部|公司|集团|工作室|队")


def latin_listed(doc_id: str, text: str, mentions: list[Mention], extra: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """A Latin word joined by 、, 和 or 与 to a person's name in Latin letters is a person (Moon和[Lyn], [TH000]与xigua,
    Grubby、[Moon]; the non-held CLUENER sentences: 10 such pairs, both people in all 10), whatever body the model
    typed it; the list followed both ways, item by item.  Rule id `person.listed`."""
    people = [m for m in mentions + extra if not m.nested and m.type == EntityType.PERSON and _LATIN_WORD.fullmatch(m.text)]
    if not people:
        return mentions, extra
    words = {m.span(): m.group() for m in _LATIN_WORD.finditer(text)}
    by_start = {w[0]: w for w in words}
    by_end = {w[1]: w for w in words}
    held = {(m.start, m.end): m for m in mentions if not m.nested}
    found: set[tuple[int, int]] = set()
    todo = [(m.start, m.end) for m in people]
    while todo:
        s, e = todo.pop()
        for w in (by_start.get(e + 1) if text[e : e + 1] in _LATIN_JOINS else None, by_end.get(s - 1) if s > 0 and text[s - 1] in _LATIN_JOINS else None):
            if w is None or w in found or any(m.start < w[1] and w[0] < m.end for m in people) or not _LATIN_WORD.fullmatch(text[w[0] : w[1]]):
                continue
            if any(m.start < w[1] and w[0] < m.end and ((m.start, m.end) != w or m.type == EntityType.PLACE) for m in held.values()):
                continue  # a longer name holds it, or a place (pinklakerd和…: a road)
            if _TEAM.match(text, w[1]):
                continue  # MYM和[EG]战队: a team's name
            found.add(w)
            todo.append(w)
    if not found:
        return mentions, extra
    retyped = [replace(m, type=EntityType.PERSON, rule="person.listed") if (m.start, m.end) in found and not m.nested else m for m in mentions]
    extra += [Mention(doc_id, s, e, text[s:e], EntityType.PERSON, "person.listed", text[s:e]) for s, e in sorted(found - held.keys())]
    return retyped, extra


def _after_mark(doc_id: str, text: str, top: list[Mention], taken: bytearray, surnames: frozenset[str], cut: Callable[[str], list[str]]) -> list[Mention]:
    """A name right after 、 and a person's name, whatever follows it (张捷、[郭建设]心急火燎地): a surname and one or two
    characters on the segmenter's word boundaries, no word of the language and no other mention."""
    ends = [m.end for m in top if m.type == EntityType.PERSON and text[m.end : m.end + 1] == "、"]
    out = []
    for k in ends:  # (a person's name right before 、: few, no scan of the text)
        for n in (3, 2):
            if _name_at(text, k + 1, n, taken, surnames, cut):
                out.append(_taken(doc_id, text, k + 1, k + 1 + n, taken))
                break
    return out


