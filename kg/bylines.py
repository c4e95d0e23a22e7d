"""Bylines: the reporters' and photographers' names a newspaper prints after an item.

Short items end with their writers in brackets, a paragraph of its own or the
last thing on its line (…激发企业活力。(何宝国), (任晓明、常兴隆)), and photos with
their photographers before 摄 (…吊装电力机车顶盖。 米国伟 摄).  Nothing in
running text tells the model these are people, and the names are mostly unknown
words; the position does.  A name here is two or three characters (four with a
two-character surname) starting with a surname, and neither a place nor a word.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterator

from . import words

# (何宝国), （李杰华、赵国华）, (申波，王清茗): one to four names closing a paragraph
_BRACKETED = re.compile(r"[(（]([\u4e00-\u9fff]{2,4}(?:[、，,\s][\u4e00-\u9fff]{2,4}){0,3})[)）](?=\s*(?:\n|$))")
# a photo credit closing a paragraph: names before 摄, after a sentence end or a line start
_CREDIT = re.compile(r"(?:(?<=^)|(?<=[。！？”\n]))\s*([\u4e00-\u9fff]{2,4}(?:[、\s][\u4e00-\u9fff]{2,4}){0,2})\s*摄(?=\s*(?:\n|$))")
_SEPARATORS = re.compile(r"[、，,\s]+")
# what may stand before a bracketed byline: the end of a sentence, or a line start
_BEFORE = frozenset("。！？!?”」）)…\n")


def spans(text: str, surnames: Container[str], place: Callable[[str], object]) -> Iterator[tuple[int, int]]:
    """(start, end) of each person named in a byline of text (and a reporter's: `reporters`).  `place(s)` is not None for a
    place name: brackets at a paragraph end may hold a place (高平) or a word (试行) instead."""
    def not_name(w: str) -> bool:
        return place(w) is not None or w in words.common_words()

    for m in _BRACKETED.finditer(text) if ")" in text or "）" in text else ():  # (most texts: no closing bracket)
        before = text[: m.start()].rstrip(" \t")
        if before and before[-1] not in _BEFORE:
            continue  # 海峡两岸（高平）产业园: a bracket inside a name or a sentence
        yield from _names(text, m.start(1), m.end(1), surnames, not_name)
    for m in _CREDIT.finditer(text) if "摄" in text else ():  # (tried at every offset: a substring test spares the scan)
        yield from _names(text, m.start(1), m.end(1), surnames, not_name)
    yield from reporters(text, surnames, place)
    for m in _WRITERS.finditer(text) if "/" in text or "／" in text or "日电" in text or "作者" in text else ():
        part = next(g for g in m.groups() if g is not None)
        names = None if part.startswith(("记者", "通讯员", "实习生")) else _listed_names(part, surnames, place)
        at = m.start(m.lastindex or 1)
        yield from ((at + a, at + b) for a, b in names or ())


# who wrote an item, where no role is named: 文/于建春, 于建春/文 (at a line's start or end or in brackets: （俐俐/文）), a
# news agency's dateline (…11月20日电（艾启平余立鹏）), 作者：夏林杰严钧花 closing a line
_WRITERS = re.compile(
    r"(?:^|(?<=[\s（(]))文[/／]([\u4e00-\u9fff、]{2,9})(?=[\s)）]|$)"
    r"|(?:^|(?<=[\s（(。]))([\u4e00-\u9fff、]{2,9})[/／]文(?=[\s)）]|$)"
    r"|日电[（(]([\u4e00-\u9fff、]{2,12})[)）]"
    r"|(?:^|(?<=[\s。]))作者[：:]([\u4e00-\u9fff、]{2,9})(?=\s|$)"
)


# a reporter's byline (rule person.byline too): (记者马力), (记者马力通讯员于士瑞), ⊙本报记者但有为, 本报记者陈昆才李伊琳上海报道,
# 每经记者印峥嵘发自上海, 本报记者梅建明文/摄, 理财周报记者施维/文: the roles, each before one or more names glued or listed,
# then the byline's end (a bracket, a space, a slash, the line's end), the last name perhaps followed by a dateline's place and
# 报道, by 发自 and the place, or by 摄 or 文 (text, before a slash: 文/摄, 文/图); a newspaper's name (本报, 每经, 新快报,
# 新华社) may stand before the first role
_REPORTER = re.compile(
    r"(?:(?<=[(（⊙□■])|(?<=报)|(?<=经)|(?<=社)|(?<=^))(?=记者|通讯员|实习生)([\u4e00-\u9fff、]{4,24})(?=[)）\s/／]|$)"
)
_ROLES = re.compile("记者|通讯员|实习生|摄影")
_CLOSE = re.compile("(?:报道|摄|发自[\u4e00-\u9fff]{2,3})$")


def reporters(text: str, surnames: Container[str], place: Callable[[str], object]) -> Iterator[tuple[int, int]]:
    """(start, end) of each reporter named in a byline (`_REPORTER`): the frame tells a name even when it is a word
    (记者马力), so only a place (记者[北京]报道) or no surname makes none, and one part that is no name makes no byline.
    Names glued are cut where each half opens with a surname (`_glued`: 陈昆才|李伊琳, 康淼|沈汝发)."""
    for m in _REPORTER.finditer(text) if "记者" in text or "通讯员" in text or "实习生" in text else ():
        byline, at = m.group(1), m.start(1)
        if byline.endswith("文") and text[m.end(1) : m.end(1) + 1] in ("/", "／"):
            byline = byline[:-1]  # 梅建明[文]/摄: text and photo by
        if (close := _CLOSE.search(byline)) is not None:
            byline = byline[: close.start()]
            for k in (3, 2):  # a dateline's place before 报道 (上海报道, 长沙报道)
                if close.group() == "报道" and len(byline) > k + 1 and place(byline[-k:]) is not None:
                    byline = byline[:-k]
                    break
        found: list[tuple[int, int]] = []
        roles = list(_ROLES.finditer(byline))
        for role, nxt in zip(roles, roles[1:] + [None]):
            s, e = at + role.end(), at + (nxt.start() if nxt is not None else len(byline))
            names = _listed_names(text[s:e], surnames, place)
            if names is None:
                break
            found += [(s + a, s + b) for a, b in names]
        else:
            yield from found


def _listed_names(part: str, surnames: Container[str], place: Callable[[str], object]) -> list[tuple[int, int]] | None:
    """The names of one role's part of a byline, listed with 、 (记者刘诗平、白洁纯) or glued (offsets in it), or None when
    one item holds none."""
    out, at = [], 0
    for item in part.split("、"):
        names = _reporter_names(item, surnames, place)
        if names is None:
            return None
        out += [(at + a, at + b) for a, b in names]
        at += len(item) + 1
    return out


def _reporter_names(part: str, surnames: Container[str], place: Callable[[str], object]) -> list[tuple[int, int]] | None:
    """The names of one item of a byline (offsets in it), or None when it holds none."""
    if len(part) < 2 or place(part) is not None:
        return None
    if _person(part, surnames):
        return [(0, len(part))]
    cut = _glued(part, surnames)
    return None if cut is None else [(0, cut), (cut, len(part))]


def _glued(part: str, surnames: Container[str]) -> int | None:
    """Where two names glued in a byline part: four characters 2+2, six 3+3, both halves opening with a surname
    (陈昆才|李伊琳); five where one cut alone, 2+3 or 3+2, leaves two halves each opening with a surname and no word
    (康淼|沈汝发, 杨晴川|王薇; not 杨晴|川王薇, whose second half opens with no surname)."""
    if part[:2] in surnames:
        return None
    if len(part) in (4, 6):
        half = len(part) // 2
        return half if part[0] in surnames and part[half] in surnames else None
    if len(part) != 5 or part[0] not in surnames:
        return None
    cuts = [k for k in (2, 3) if part[k] in surnames and not words.is_common_word(part[:k], 1) and not words.is_common_word(part[k:], 1)]
    return cuts[0] if len(cuts) == 1 else None


def _names(text: str, start: int, end: int, surnames: Container[str], not_name: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """The names of one byline, all or none: one part that is no name makes it no byline."""
    found: list[tuple[int, int]] = []
    pos = start
    for part in _SEPARATORS.split(text[start:end]):
        s = text.index(part, pos)
        pos = s + len(part)
        if not _person(part, surnames) or not_name(part):
            return
        found.append((s, pos))
    yield from found


def _person(name: str, surnames: Container[str]) -> bool:
    if name[:2] in surnames and len(name) in (3, 4):
        return True
    return name[0] in surnames and len(name) in (2, 3)
