"""Person names: what a transliterated foreign name looks like, and, across one document,
a name cut short where it recurs completed.

The segmenter often splits an unknown three-character name after its second
character (王素/环说), and the model follows the split; elsewhere in the same
article the whole name is read (王素环回忆道).  A person name that is a strict
prefix of another person name of the document, at an occurrence where the text
goes on with the longer name, is that longer name.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .types import Mention

# a byline after a name is no part of it: 孟涛文/摄 is 孟涛, text and photo
_BYLINE = ("文/", "文／", "图/", "图／")

# transliterated names run longer than Chinese ones (希策尔斯佩格, 巴托洛梅-马克斯): taken when the model is sure
_FOREIGN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:[-－·•．][\u4e00-\u9fff]{1,10}){0,3}$")
# characters of the standard transliteration of foreign names (Xinhua's table): most of a foreign name's
_TRANSLIT = frozenset(
    "阿埃艾安昂奥巴拜班邦贝本比彼毕宾波伯博布查达戴丹道德登邓迪蒂丁东杜多厄恩法范菲芬弗福夫盖甘冈戈格古哈海汉豪赫亨"
    "胡华霍基吉加贾杰金卡凯坎康考科克肯库奎拉莱赖兰朗劳勒雷里利连林琳卢鲁伦罗洛马迈麦曼芒梅门蒙米明莫姆穆纳奈南内尼宁"
    "努诺欧帕潘佩彭皮平珀普齐奇乔切琼萨塞赛桑瑟森沙莎舍申什施史斯松苏索塔泰坦汤唐特提图托瓦旺威韦维温沃乌西希锡谢辛"
    "休许雅亚扬耶伊因英尤于约泽扎詹兹佐尔娜丽娅妮蒂"
)


def foreign_name(name: str) -> bool:
    """A transliterated name: mostly transliteration characters, not said twice (郝薇郝薇), no byline (摄)."""
    core = [c for c in name if "\u4e00" <= c <= "\u9fff"]
    if not _FOREIGN_NAME.match(name) or name.endswith("摄") or not core:
        return False
    half = len(name) // 2
    if len(name) % 2 == 0 and name[:half] == name[half:]:
        return False
    return sum(c in _TRANSLIT for c in core) >= 0.7 * len(core)


def complete_truncated_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions, with each person name that a longer person name of the same text
    continues at its occurrence replaced by that longer name (rule `person.completed`).
    Only when one longest name fits and the longer span overlaps no other mention."""
    mentions = [_without_byline(text, m) for m in mentions]
    names = sorted({m.text for m in mentions if m.type == "Person" and not m.nested}, key=len, reverse=True)
    if len(names) < 2:
        return mentions
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        if m.type == "Person" and not m.nested:
            longer = _completion(text, m, names)
            if longer is not None and not _overlaps(mentions, i, m.start, m.start + len(longer)):
                m = replace(m, end=m.start + len(longer), text=longer, rule="person.completed")
        out.append(m)
    return out


def _without_byline(text: str, m: Mention) -> Mention:
    """A three-character name that the post rule read (it takes three characters when it can)
    whose last character starts a byline (通讯员孟涛文/摄: text and photo by 孟涛) without it;
    the model's own names are left as read (梁丹文/摄 may be a photo by 梁丹文)."""
    if m.rule == "person.post" and len(m.text) == 3 and text.startswith(_BYLINE, m.end - 1):
        return replace(m, end=m.end - 1, text=m.text[:-1])
    return m


def _completion(text: str, m: Mention, names: list[str]) -> str | None:
    for name in names:  # longest first
        if len(name) > len(m.text) and name.startswith(m.text) and text.startswith(name, m.start):
            if text.startswith(_BYLINE, m.start + len(name) - 1):
                continue  # the longer "name" took the byline's 文 (孟涛文/摄)
            return name
    return None


def _overlaps(mentions: list[Mention], i: int, start: int, end: int) -> bool:
    return any(j != i and not o.nested and o.start < end and start < o.end for j, o in enumerate(mentions))
