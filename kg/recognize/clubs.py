"""European football clubs by the names Chinese sports pages give them (霍芬海姆, 帕纳辛奈科斯, 门兴格拉德巴赫).

The model reads a club's transliterated name as a person's (or a small city's as a place) where nothing around it says
otherwise; a person so named is the club, and so is a place in a sentence about a match. Written from general knowledge of the clubs of
the European leagues and cups, as Xinhua's and the sports pages' Chinese names them; not the clubs named by their city
alone (罗马, 米兰, 利物浦: `kg.recognize.world.teams` reads those as sides; those the world list lacks are `CITY_CLUBS`, clubs
only where nothing else was read), nor names that are also people's, towns' or words (博尔顿, John Bolton; 维拉; 雷丁; 布鲁日; 流浪者).
A club nothing read in a sentence about a match is named (`unread_clubs`); a run of sides read as one name is each side (`club_runs`).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable

from ..rescan import alternation
from ..types import Mention, replace

CLUBS = frozenset("""
曼联 曼城 阿森纳 切尔西 热刺 托特纳姆热刺 埃弗顿 纽卡斯尔联 纽卡 阿斯顿维拉 西汉姆联 西汉姆 富勒姆 布莱克本 桑德兰 朴茨茅斯
米德尔斯堡 米堡 维冈 斯托克城 赫尔城 西布朗 伯恩利 女王公园巡游者 莱斯特城 利兹联 诺维奇
尤文图斯 尤文 国际米兰 国米 拉齐奥 桑普多利亚 乌迪内斯 切沃 雷吉纳 恩波利 利沃诺 亚特兰大
皇马 皇家马德里 巴萨 马竞 马德里竞技 比利亚雷亚尔 维拉利尔 拉科鲁尼亚 毕尔巴鄂竞技 桑坦德竞技 马洛卡 马略卡 贝蒂斯 皇家贝蒂斯
奥萨苏纳 赫塔费 巴拉多利德 瓦拉多利德 阿尔梅利亚 努曼西亚 韦尔瓦 希洪竞技
拜仁 拜仁慕尼黑 沙尔克 沙尔克04 云达不来梅 霍芬海姆 门兴格拉德巴赫 门兴 柏林赫塔 科特布斯 卡尔斯鲁厄 汉诺威96 波鸿 比勒费尔德
巴黎圣日耳曼 大巴黎 圣埃蒂安 南锡 欧塞尔 索肖
阿贾克斯 埃因霍温 费耶诺德 阿尔克马尔 特温特 尼美根 海伦芬
本菲卡 里斯本竞技 布拉加 加拉塔萨雷 费内巴切 贝西克塔斯 凯尔特人 奥林匹亚科斯 帕纳辛奈科斯 泽尼特 安德莱赫特 巴塞尔
""".split())


def club_names(mentions: list[Mention], in_match: list[tuple[int, int]]) -> list[Mention]:
    """A person the model read whose name is a club's (`CLUBS`), or a place so named inside a sentence about a match
    (`in_match`: its offsets; 亚特兰大 is a city too), is the club: an Organization (rule `team.name`). A club's name and 联赛
    read as one name is the club (奥萨苏纳|联赛依然未胜: its league games, not a league)."""
    return [replace(m, type="Organization", rule="team.name", canonical=None)
            if not m.nested and m.text in CLUBS and (m.type == "Person" or m.type == "Place" and any(s <= m.start and m.end <= e for s, e in in_match))
            else replace(m, end=m.end - 2, text=m.text[:-2], canonical=None) if m.type == "Organization" and m.text.endswith("联赛") and m.text[:-2] in CLUBS
            else m for m in mentions]


# clubs the sports pages name by their city alone, cities kg/data/world.tsv does not hold (so no side of `kg.recognize.world.teams`),
# from general knowledge of the European leagues: a club only where the model read nothing in a sentence about a match, and
# not where a match is played (在都灵, 前往不来梅: `kg.recognize.world._side`)
CITY_CLUBS = frozenset("""
都灵 热那亚 那不勒斯 巴勒莫 卡塔尼亚 锡耶纳 帕尔马 卡利亚里 博洛尼亚 莱切 维罗纳 布雷西亚 佩鲁贾
不来梅 斯图加特 多特蒙德 勒沃库森 沃尔夫斯堡 汉诺威 科隆 美因茨 弗赖堡 纽伦堡 比勒菲尔德 凯泽斯劳滕
波尔多 里尔 雷恩 朗斯 南特 图卢兹 勒芒
瓦伦西亚 塞维利亚 桑坦德 希洪 赫塔菲 韦尔瓦 萨拉戈萨
斯托克 南安普顿 博恩茅斯 德比郡 伯明翰 沃特福德
波尔图 特文特 格罗宁根 乌德勒支 奈梅亨
""".split())


@functools.cache
def _pattern(names: frozenset[str]) -> re.Pattern[str]:
    """The names as one pattern, longest first (`kg.rescan.alternation`): CLUBS, CITY_CLUBS."""
    return re.compile(alternation(names))


def unread_clubs(mentions: list[Mention], text: str, in_match: list[tuple[int, int]], doc_id: str, side: Callable[[str, int, int], bool]) -> list[Mention]:
    """A club of `CLUBS` named inside a sentence about a match (`in_match`) where nothing was read is the club, an
    Organization (rule `team.unread`), named with 队 when written with it (热刺|客场, 本菲卡|客战, 尼美根队vs…: the model reads
    a club in a line of odds as nothing at all; CLUENER's four non-held folds: 23 such clubs labelled, 1 read as part of a
    longer club, none unlabelled); so is a club of `CITY_CLUBS` where its city is no venue (`side`; the folds: 11 labelled,
    none unlabelled)."""
    if not in_match:
        return mentions
    added: list[Mention] = []
    for s, e in in_match:
        found = [(m, True) for m in _pattern(CLUBS).finditer(text, s, e)] + [(m, False) for m in _pattern(CITY_CLUBS).finditer(text, s, e)]
        for m, named in found:
            end = m.end() + (text.startswith("队", m.end()))
            if (named or side(text, m.start(), m.end())) and not any(x.start < end and m.start() < x.end for x in (*mentions, *added)):
                added.append(Mention(doc_id, m.start(), end, text[m.start() : end], "Organization", "team.unread"))
    return mentions + added


# the top divisions and the European cup the lottery pages name beside the clubs (拉齐奥|意甲进球最多), from general knowledge
LEAGUES = frozenset("英超 英冠 意甲 西甲 德甲 法甲 荷甲 葡超 俄超 苏超 土超 欧冠".split())
_JOINS = ("和", "及", "与")  # (加拉塔萨雷|及|汉堡主场输球)


def _joined(name: str, at: int) -> int:
    """Where the next side starts after one ending at `at`: past a join (和, 及, 与) that has more after it."""
    return at + 1 if name.startswith(_JOINS, at) and at < len(name) - 1 else at


def _run(name: str, sides: frozenset[str], at: int = 0) -> list[tuple[int, int]] | None:
    """The sides (`sides`) `name[at:]` is written as, one after another (a join between two), or None."""
    if at == len(name):
        return []
    for k in range(len(name), at + 1, -1):
        if name[at:k] in sides and (rest := _run(name, sides, _joined(name, k))) is not None:
            return [(at, k), *rest]
    return None


@functools.cache
def _run_sides(places: frozenset[str]) -> frozenset[str]:
    """What a run of sides is made of: the clubs, those named by their city, `places` and the leagues (made once: a union of
    the world list's places at each call was ~30 µs, in 13 % of CLUENER's sentences)."""
    return CLUBS | CITY_CLUBS | places | LEAGUES


def club_runs(mentions: list[Mention], in_match: list[tuple[int, int]], places: frozenset[str]) -> list[Mention]:
    """An Organization read in a sentence about a match (`in_match`) that opens with a club of `CLUBS` and goes on with
    more sides (clubs, `CITY_CLUBS`, foreign cities and countries, `LEAGUES`), one after another or joined by 和/及/与, is those sides, each
    named (rule `team.run`; 巴萨曼联, 国米利物浦皇马, 维冈霍芬海姆: a headline of tips runs them together); what was read
    inside it goes. Not a club's longer name (纽卡斯尔, 西布朗维奇, 维冈竞技: what follows is no side)."""
    if not in_match:
        return mentions
    sides = _run_sides(places)
    runs: list[tuple[Mention, list[tuple[int, int]]]] = []
    for m in mentions:
        if m.type == "Organization" and not m.nested and m.text not in sides and any(s <= m.start and m.end <= e for s, e in in_match):
            first = next((k for k in range(len(m.text) - 2, 1, -1) if m.text[:k] in CLUBS), 0)
            parts = _run(m.text, sides, _joined(m.text, first)) if first else None
            if parts:
                runs.append((m, [(0, first), *parts]))
    if not runs:
        return mentions
    spans = [(m.start, m.end) for m, _ in runs]
    out = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in spans)]
    for m, parts in runs:
        out.extend(replace(m, start=m.start + a, end=m.start + b, text=m.text[a:b], rule="team.run", canonical=None) for a, b in parts)
    return out


# a side's name cut short is this long at least, out of a name one longer at least (那不勒 of 那不勒斯, 斯图加 of 斯图加特)
_CUT = 3


@functools.cache
def _cuts(names: frozenset[str]) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """The names cut short (`_CUT` characters or more, one fewer than the name at most, not a name themselves) as one
    pattern, longest first, and the names each is cut from."""
    full: dict[str, list[str]] = {}
    for n in names:
        for k in range(_CUT, len(n)):
            if n[:k] not in names:
                full.setdefault(n[:k], []).append(n)
    return re.compile(alternation(frozenset(full))), {k: tuple(v) for k, v in full.items()}


def cut_clubs(mentions: list[Mention], text: str, in_match: list[tuple[int, int]], sides: frozenset[str], doc_id: str) -> list[Mention]:
    """A side's name (`sides`: clubs, foreign countries and cities) cut short, as the lottery pages' columns write them
    (那不勒 for 那不勒斯, 斯图加 for 斯图加特, 瓦伦西 for 瓦伦西亚), inside a sentence about a match (`in_match`) where nothing
    was read or the model read a person or a place just there, is the side: an Organization (rule `team.cut`). Not where
    the whole name is written. CLUENER's four non-held folds: 13 such sides labelled, 1 not (布加勒索, a spelling of 布加勒斯特)."""
    pattern, full = _cuts(sides)
    added: list[Mention] = []
    retyped: set[tuple[int, int]] = set()
    for s, e in in_match:
        for m in pattern.finditer(text, s, e):
            a, b = m.span()
            if any(text.startswith(n, a) for n in full[m.group()]):
                continue
            over = [x for x in mentions if x.start < b and a < x.end]
            if not over:
                added.append(Mention(doc_id, a, b, m.group(), "Organization", "team.cut"))
            elif len(over) == 1 and (over[0].start, over[0].end) == (a, b) and over[0].type in ("Person", "Place"):
                retyped.add((a, b))
    if not added and not retyped:
        return mentions
    return [replace(x, type="Organization", rule="team.cut", canonical=None) if (x.start, x.end) in retyped else x for x in mentions] + added
