"""Bodies named when they are set up (共建空间碎片联合观测中心、北斗应用合作发展中心, 建设具身智能机器人创新中心)
and bodies named whole in quotes (共建“新时代国际传播研究院”, 设立“全球文明倡议中国—阿拉伯中心”).

The suffix walk rejects a name made of words that classify (观测, 合作, 发展, 创新 …: a kind of centre,
as in 各地的创新中心). A verb of founding says its object is one body, so the words up to an
Organization suffix of kg/data/suffixes.tsv are its name; a list after it (、) names more. Quotes
around a phrase ending with such a suffix mark a whole name, which the walk cuts at the dash or
reads on from (人民大学共建“新时代…).
"""
from __future__ import annotations

import functools
import re

from ..rescan import alternation
from .base import Candidate, Resources, Scan, proposer

# verbs that set a body up or give it its plaque: what follows is the body founded
# (not 建设, 建成: 建设国际科技创新中心 builds a city into a hub, it founds no body)
_FOUNDS = "共建|组建|筹建|设立|成立|揭牌|授牌|挂牌"
_FOUNDING = re.compile(_FOUNDS)
# what may stand inside such a name: CJK, Latin, digits, a dash or a middle dot (中国—阿拉伯)
_NAME = "[\u4e00-\u9fffA-Za-z0-9—·]"
# what ends the name's stretch: punctuation, a list word, a conjunction, 等
_END = "(?=[、，。；：）)”\\s]|等|和|及|与|并|$)"
# the suffixes a founded body's name ends with: kinds of centre, laboratory, institute, alliance
_HEAD_TYPES = ("Organization",)
# suffixes too short or too generic to end a founded name (队 of 施工队, 党, 频道, 日报)
_NOT_HEADS = frozenset("队 男队 女队 党 频道 日报 晚报 代表团 合唱团".split())


@functools.lru_cache(maxsize=4)
def _patterns(heads: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    alts = alternation(heads)  # longest first
    founded = re.compile(rf"(?:{_FOUNDS})(?:了|的)?({_NAME}{{3,20}}?(?:{alts})){_END}")
    item = re.compile(rf"、({_NAME}{{3,20}}?(?:{alts})){_END}")
    quoted = re.compile(rf"[“\"]({_NAME}{{3,24}}?(?:{alts}))[”\"]")
    return founded, item, quoted


def _founding_patterns(res: Resources) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return _patterns(tuple(sorted(k for k, t in res.suffix_types.items() if t in _HEAD_TYPES and k not in _NOT_HEADS)))


@proposer("founded")
def founded(res: Resources, scan: Scan) -> list[Candidate]:
    """Bodies a verb of founding names, with the list items after them (rule `org.founded`), and
    bodies named whole in quotes (rule `org.quoted`)."""
    text, ctx = scan.ctx.text, scan.ctx
    if _FOUNDING.search(text) is None and "“" not in text and '"' not in text:
        return []  # (no verb of founding and no quotes: most texts)
    founded_rx, item_rx, quoted_rx = res.derived(_founding_patterns)
    out = []
    for m in founded_rx.finditer(text):
        s, e = m.span(1)
        while _named(text, s, e) and not re.match(_FOUNDS, text[s:e]) and ctx.is_start(s) and _singled_out(scan, s, e):
            out.append(Candidate(s, e, "Organization", "org.founded", 3))
            nxt = item_rx.match(text, e)
            if nxt is None:
                break
            s, e = nxt.span(1)
    for m in quoted_rx.finditer(text):
        s, e = m.span(1)
        if _named(text, s, e) and not re.match(_FOUNDS, text[s:e]):
            out.append(Candidate(s, e, "Organization", "org.quoted", 3))
    return out


# what makes the stretch a clause or a count, not one body's name (一批创新中心, 多个实验室, 的)
_NOT_IN_NAME = re.compile("[的个批和及]|^[了为好以在]|一批|多个|若干|各类|各种|一系列|更多|首个|首批|[\\d一二两三四五六七八九十百]+[家所座]")
# jieba's tags of proper words: a founded body whose name holds one (北斗, 中非, 上合组织) is singled out
_PROPER = frozenset({"ns", "nz", "nt", "nr", "nrt", "j", "eng"})


def _singled_out(scan: Scan, s: int, e: int) -> bool:
    """text[s:e], a founded body, is one body: its name holds a place or a proper word (中非医院联盟,
    北斗应用合作发展中心), or is long enough to describe one (空间碎片联合观测中心); 产业创新中心,
    联合科研实验室 are kinds of body."""
    if e - s >= 9 or any(p.start >= s and p.end <= e for p in scan.places):
        return True
    return any(t.pos in _PROPER and len(t.text) >= 2 for t in scan.ctx.within(s, e))


def _named(text: str, s: int, e: int) -> bool:
    """text[s:e] names one body: no count, no 的, at least two characters before its head."""
    return not _NOT_IN_NAME.search(text, s, e) and e - s >= 5


def quotes_kept(cands: list[Candidate]) -> list[Candidate]:
    """Without the model's spans that run into a quoted name from before its opening mark
    (人民大学共建“新时代国际传播研究院): the quotes say where the name starts."""
    quoted = [(c.start, c.end) for c in cands if c.rule == "org.quoted"]
    if not quoted:
        return cands
    return [c for c in cands if not (c.rule == "crf" and any(c.start < s - 1 and s < c.end <= e + 1 for s, e in quoted))]
