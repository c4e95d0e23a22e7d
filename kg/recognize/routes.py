"""Routes named by their two ends: lines, roads, flights, trains and power lines (池州至黄山高铁,
西安—大阪全货运航线, 哈密至重庆±800千伏特高压直流输电线路, 兰张高铁兰州至武威段).

The suffix walk stops at 至 and at the dash, so it keeps only the last end (黄山高铁). Here the
joint says where the name turns back: a place right before it, a place or a short name right after
it, then the words up to a route's head. The heads are the kinds of line news names this way
(railway, road, air-route, train and grid vocabulary); what the second gold calls such routes
(bench/NEWS_GOLD2.md in the annot worktree: "air/rail routes named by endpoints") is a Project.
"""
from __future__ import annotations

import re

from ..words import common_words
from .base import Candidate, Resources, Scan, proposer
from .context import STOP_WORDS

# the heads of route names, longest first
_HEADS = sorted(
    """高速铁路 城际铁路 铁路 高铁 客专 城际 动车 高速公路 高速 公路 国道 快速路 航线 全货运航线 货运航线 客运航线 国际航线
    旅客列车 国际旅客列车 货运列车 列车 班列 专列 输电线路 直流输电线路 输电通道 特高压工程 输电工程 输气管道 输油管道 管道 运河 段 线
    通道 直流工程""".split(),
    key=len,
    reverse=True,
)
_JOINTS = "至到—－-"
_JOINT = re.compile(f"[{_JOINTS}]")
_CJK_WORD = re.compile("[\u4e00-\u9fff]+")
# after the joint: the second end (a place the gazetteer holds, or two to six characters), then what
# the route is (±800千伏特高压直流, 国际旅客, 全货运) up to its head; no 的, no clause break
_AFTER = re.compile(
    "([\u4e00-\u9fff]{2,6}?)([\u4e00-\u9fffA-Za-z0-9±×.]{0,14}?)(" + "|".join(map(re.escape, _HEADS)) + ")"
)
# what a route's name does not hold: 的, a list (等, 、), a count of runs or of lines (首次, 首条, 两对),
# a rank or a stretch ending in 线 (一线城市, 沿线, 全线)
_NOT_INSIDE = re.compile("[的、，]|等(?!级)|首次|首条|首趟|[一二两三四五六七八九十\\d]+[对条]|[一二两三四五六七八九十沿全支干前]线$")
# times and the verbs of running a line make the words after the joint a clause (今起开行, 每日运行)
_RUNS = frozenset("开行 开通 运行 通车 开工 投运 首开 今起 起 每日 每天 每周".split())
# a line named before the section of it (兰张高铁兰州至武威段, 京沪高铁北京至天津段)
_LINE_BEFORE = re.compile("[\u4e00-\u9fff]{2}(?:高速铁路|高铁|铁路|高速公路|高速|客专)$")


@proposer("routes")
def routes(res: Resources, scan: Scan) -> list[Candidate]:
    """A route named by its ends, from the first end through the head (rule `route.ends`)."""
    ctx = scan.ctx
    text = ctx.text
    if _JOINT.search(text) is None:
        return _short_lines(res, scan)  # (no joint, no line by its ends: most texts)
    starts = {c.start for c in scan.places}
    out = []
    # a joint right after a place, in text order (the places' ends, not every character, are looked at)
    for j in sorted(k for k in scan.place_end if 0 < k < len(text) and text[k] in _JOINTS):
        first = scan.place_end[j]
        m = _AFTER.match(text, j + 1)
        if m is None or not ctx.is_end(m.end()) or _NOT_INSIDE.search(m.group(0)):
            continue
        if j + 1 not in starts and not ctx.is_start(j + 1):
            continue  # the second end starts inside a word
        if any(t.pos in ("t", "tg") or t.text in _RUNS for t in ctx.within(j + 1, m.end())):
            continue  # 固安至北京丰台今起开行直达通勤列车: a clause, not a name
        start = first.start
        while text[start - 1 : start] in _JOINTS and (before := scan.place_end.get(start - 1)) is not None:
            start = before.start  # 中国－吉尔吉斯斯坦－乌兹别克斯坦铁路, 大同—怀来—天津南特高压工程
        line = _LINE_BEFORE.search(text, max(0, start - 6), start)
        if line is not None and m.group(3) == "段":
            start = line.start()
        elif m.group(3) == "段":
            continue  # 北京至天津段 alone: a section of an unnamed line
        out.append(Candidate(start, m.end(), "Project", "route.ends", 3))
    return out + _unplaced_first_ends(scan) + _short_lines(res, scan)


# what the word before 至 is when it is no end of a line: a verb, a time, a count, a function word
_NOT_AN_END_POS = frozenset("v vd vn p c d m mq q t tg r f u uj x a ad".split())


def _unplaced_first_ends(scan: Scan) -> list[Candidate]:
    """A line whose first end is a town the gazetteer does not hold and whose second end it holds
    (推动[黄桶至百色铁路]开工, [磨憨至万象铁路]): the word before 至 is the first end when it is a
    noun of two to four characters, and the head is a line's (rule `route.ends`)."""
    ctx, text = scan.ctx, scan.ctx.text
    out = []
    for c in scan.places:
        j = c.start - 1
        if j < 2 or text[j] not in "至到" or j in scan.place_end or not ctx.is_start(c.start):
            continue
        first = ctx.ending_by(j, 1)
        if not first or not 2 <= len(first[0].text) <= 4 or not _CJK_WORD.fullmatch(first[0].text):
            continue
        tok = first[0]
        if tok.pos in _NOT_AN_END_POS or tok.text in STOP_WORDS:
            continue
        m = _AFTER.match(text, j + 1)
        if m is None or m.group(3) == "段" or not ctx.is_end(m.end()) or _NOT_INSIDE.search(m.group(0)):
            continue
        if any(t.pos in ("t", "tg") or t.text in _RUNS for t in ctx.within(j + 1, m.end())):
            continue
        out.append(Candidate(tok.start, m.end(), "Project", "route.ends", 3))
    return out


# a line named by one character of each end (深中通道, 乌尉高速, 西康高铁, 京沪高铁, 坦赞铁路): two
# characters, each the first of a division's or a country's name (深圳, 中山; 坦桑尼亚, 赞比亚) or a
# province's one-character short form (沪, 藏: kg/data/province_abbr.tsv), or one place (若羌), that make
# no common word, then a line's head; the suffix walk rejects such a name, its two characters being
# unknown to the dictionary or read as a place word (深中|s)
_SHORT_LINE = re.compile("([\u4e00-\u9fff]{2})(高速铁路|高速公路|城际铁路|高铁|铁路|高速|通道|城际|经济走廊)")
_LINE_WORDS = ("高速", "铁路", "高铁", "通道", "城际", "走廊")  # one is in every head above: a text without any has no such line
_LINE_GATE = re.compile("|".join(_LINE_WORDS))  # the gate as one search (~5x cheaper than a test per word)
# China and a neighbour by one character each (中老铁路, 中巴经济走廊): 老 is Laos there, not "old"
_WITH_CHINA = frozenset("老巴哈吉塔蒙俄越缅泰尼")
# what neither character of such a name is: a pointer, a count, an age (这条高铁, 新建铁路, 全线高速) or a
# function word joining a clause to the head (有了高速公路, 已由高速)
_NOT_LINE_END = frozenset("这那该本此各每全新老原旧一二两三四五六七八九十几多首条座年月日是为在和与及的了已由无从有把被将可")


_FIRSTS: dict[int, frozenset[str]] = {}


def _first_chars(res: Resources) -> frozenset[str]:
    """The first characters of the gazetteer's and the world's names and the provinces' short forms,
    computed once per lexicon (building them took 3 ms a text: 6 % of recognition)."""
    key = id(res.lex)
    if key not in _FIRSTS:
        names = set(res.lex.by_name) | set(res.world)
        _FIRSTS.clear()
        _FIRSTS[key] = frozenset(n[0] for n in names if len(n) >= 2) | frozenset(res.lex.province_abbr)
    return _FIRSTS[key]


def _short_lines(res: Resources, scan: Scan) -> list[Candidate]:
    """Lines named by two one-character ends (rule `route.short`)."""
    ctx, text = scan.ctx, scan.ctx.text
    firsts = _first_chars(res)
    out = []
    for m in _SHORT_LINE.finditer(text) if _LINE_GATE.search(text) else ():
        s, e = m.span()
        ends = m.group(1)
        with_china = ends[0] == "中" and ends[1] in _WITH_CHINA  # 中巴 (also a minibus) is China and Pakistan here
        if not ctx.is_start(s) or not ctx.is_end(e) or any(ch in _NOT_LINE_END for ch in ends) and not with_china:
            continue
        if ends not in res.lex.by_name and any(ch not in firsts for ch in ends):
            continue  # 外送通道, 市域铁路, 过江通道: a kind of line, not its two ends
        if ends in common_words() and not with_china:
            continue  # 修建铁路: a verb before the head
        out.append(Candidate(s, e, "Project", "route.short", 3))
    return out
