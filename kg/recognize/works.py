"""Works named with their stage, section or kind of works after the name of what is built:
格库铁路新疆段扩能改造工程, 京杭大运河苏南段航道扩容改造工程, 成昆铁路复线, 淮河入海水道二期工程.

The suffix walk stops at verbs (扩容, 改造) and at a token the segmenter glues (二期工程), so such a
name is cut to the line or the waterway it works on, or read as a place (格库铁路新疆). A reader
lists the works as one Project (bench/news_gold2_dev.jsonl; NEWS_GOLD2.md of the annot worktree:
"a named section or phase of a work is the project"). Here a candidate that names a line, a
waterway, a plant or a project (its text holds one of the heads below, which are the built-work
heads of kg/data/suffixes.tsv and of the route rule, plus 航道, 船闸, 机场) is carried over what
follows it when that is a section (新疆段, 标段), a phase (二期), a kind of works (扩能改造, 复线,
改扩建) and at most the suffix 工程 or 项目, ending a word.
"""
from __future__ import annotations

import re

from ..projects import STANDING
from ..types import replace
from .base import Candidate, Resources, Scan, proposer

# what names a built work: the Project suffixes of kg/data/suffixes.tsv that name a physical work,
# the route heads of kg/recognize/routes.py, and waterways, locks and airports
_WORK_HEADS = re.compile("铁路|高铁|高速|公路|航道|船闸|运河|水道|通道|隧道|大桥|电站|枢纽|水库|机场|管道|输电线路|工程|项目")
# a section of a line (新疆段, 苏南段, 望江标段): at most four characters and 段, or 标段
_SECTION = r"(?:[\u4e00-\u9fff]{0,4}?(?:标段|段))"
# a phase: 二期, 一期, 3期
_PHASE = r"(?:[一二三四五六七八九十\d]+期)"
# the kinds of works done on a line or a plant (what the gold's names end with before 工程)
_WORKS = r"(?:扩容改造提升|改造提升|提升改造|扩容改造|扩能改造|升级改造|提质改造|改扩建|扩建|改建|复线|迁改|电力迁改|续建)"
# what makes a section a count or a pointer (其他标段, 多个标段, 最后一段, 首段, 各段)
_NOT_IN_SECTION = re.compile("[的个各每首最该本这那其全部多一幅拱墩塔梁]")  # (and a bridge's parts: 右幅中拱段)
_TAIL = re.compile(rf"({_SECTION})?({_PHASE})?({_WORKS})?(工程|项目)?")
# what a section or phase is not: a stretch of time or text (阶段, 时期), a paragraph
_NOT_SECTION = ("阶段", "手段", "地段", "路段", "片段", "时段", "时期", "后期", "前期", "初期", "中期", "工期", "同期", "近期", "长期", "短期", "定期", "到期", "预期", "如期", "分期")


# the works joined to a built work by 及 (夹岩水利枢纽[及黔西北供水工程], 水利枢纽[输水及灌溉工程], 机场[扩建及配套工程]):
# one project named for both (not 以及, which lists another project)
_JOINED_WORKS = re.compile(r"[\u4e00-\u9fff]{0,4}(?<!以)及[\u4e00-\u9fff]{1,8}?(?:工程|项目)")
_BUILT_END = re.compile("(?:铁路|高铁|高速|公路|航道|船闸|运河|通道|隧道|大桥|电站|枢纽|水库|机场|管道|扩建|改建|改扩建)$")


def staged(cands: list[Candidate], scan: Scan) -> list[Candidate]:
    """Candidates plus, for each Place or Project naming a work and followed by its section,
    phase or kind of works, or by works joined to it with 及, the longer Project (rule `project.staged`)."""
    text = scan.ctx.text
    out = list(cands)
    for c in cands:
        if c.type not in ("Place", "Project") or not _WORK_HEADS.search(text, c.start, c.end):
            continue
        joined = _JOINED_WORKS.match(text, c.end) if _BUILT_END.search(text, c.start, c.end) else None
        if joined is not None and scan.ctx.is_end(joined.end()):
            out.append(Candidate(c.start, joined.end(), "Project", "project.staged", 4))
            continue
        m = _TAIL.match(text, c.end)
        if m is None or not (m.group(1) or m.group(2) or m.group(3) or m.group(4) and c.rule == "route.ends") or not scan.ctx.is_end(m.end()):
            continue
        if any(text.startswith(w, c.end + k) for w in _NOT_SECTION for k in range(0, max(1, m.end() - c.end))):
            continue
        if m.group(1) and _NOT_IN_SECTION.search(m.group(1)):
            continue  # 其他标段, 多个标段, 的最后一段, 首段: which sections, not one
        if m.group(1) and not (m.group(2) or m.group(3) or m.group(4)) and m.end() - c.end > 1 and c.type == "Place":
            continue  # 黄河[兰州段]: a stretch of a river, no works
        out.append(Candidate(c.start, _closed(text, c.start, m.end()), "Project", "project.staged", 4))
    return out


# a part of a work named after the work (川青铁路[全线重难点控制性工程], 玛尔挡水电站[主厂房土建主体工程],
# 大藤峡水利枢纽工程[主体工程]): the reader lists the work, whose name ends with one of its heads
_PART = re.compile(r"(?:全线)?(?:重难点)?(?:控制性|主体|土建|主厂房)+(?:枢纽(?:工程|项目)?|工程|项目)$|(?<=大桥)[东南西北](?:航道|汊)桥?$")  # (张靖皋长江大桥[北航道])
_BASE_HEAD = re.compile("(?:铁路|高铁|高速|公路|航道|船闸|运河|水道|隧道|大桥|电站|枢纽工程|水库|机场|管道|输电线路)$")


def parts_shed(cands: list[Candidate], scan: Scan) -> list[Candidate]:
    """A Project named as a part of a work after the work's name is the work (rule kept): cut back to
    where the work's name ends, when that is a built work's head."""
    text = scan.ctx.text
    out = []
    for c in cands:
        m = _PART.search(text, c.start, c.end) if c.type == "Project" else None
        if m is not None and m.end() == c.end and m.start() - c.start >= 4 and _BASE_HEAD.search(text, c.start, m.start()):
            c = replace(c, end=m.start())
        out.append(c)
    return out


def _closed(text: str, start: int, end: int) -> int:
    """end, or past the closing bracket of a section named in brackets (白沟河治理工程（涿州段）)."""
    opened = text.count("（", start, end) + text.count("(", start, end)
    closed = text.count("）", start, end) + text.count(")", start, end)
    return end + 1 if opened > closed and text[end : end + 1] in ("）", ")") else end


def short_lines_unplaced(cands: list[Candidate], scan: Scan) -> list[Candidate]:
    """A line named by its two ends (rule `route.short`: 哈伊高铁) is the name; the place written
    before it (黑龙江哈伊高铁, 陕西西康高铁) says where it runs: a longer Project candidate made of
    a place and that line (a Project or the model's Place) is dropped, so the place stays a mention of its own."""
    lines = {(c.start, c.end) for c in cands if c.rule == "route.short"}
    if not lines:
        return cands
    ends = {e: s for s, e in lines}
    placed = {
        (p.start, s) for e, s in ends.items() if (p := scan.place_end.get(s)) is not None
    }
    return [c for c in cands if not (not c.rule.startswith("gazetteer") and c.end in ends and (c.start, ends[c.end]) in placed)]



def parts_after_lines(cands: list[Candidate]) -> list[Candidate]:
    """A work named after the line it is part of, written right after the line's two ends (西宁至成都铁路|东祁连山隧道):
    the suffix walk from the part's head ran back into the line's name (成都铁路东祁连山隧道); the part starts where
    the line (rule `route.ends`) ends."""
    lines = [c for c in cands if c.rule == "route.ends"]
    if not lines:
        return cands
    out = []
    for c in cands:
        line = next((r for r in lines if r.start < c.start < r.end <= c.end - 4), None) if c.type == "Project" and c.rule != "route.ends" else None
        out.append(c if line is None else replace(c, start=line.end))
    return out


# a kind of work, then a dash, then the work's name (国家重点水利工程——环北部湾广西水资源配置工程,
# 川青铁路重难点控制性工程——尖扎黄河特大桥): the dash opens the name the kind before it introduces
_KIND_BEFORE_DASH = re.compile("(?:工程|项目|设施|枢纽|通道|铁路|大桥|电站|基地)——$")
_NAME_CHAR = re.compile("[\u4e00-\u9fffA-Za-z0-9±×.“”]")
_DASHES = re.compile("(?=——)")  # where each ——  starts (overlapping: ——— has two)
# heads a dashed work's name ends with beyond the Project suffixes of kg/data/suffixes.tsv
_MORE_WORK_HEADS = ("特大桥", "标段", "水利枢纽")
# words that describe a part of a work rather than name one (控制性工程, 配套工程, 首个…): kg.projects.STANDING and these
_PART_WORDS = STANDING | {"控制性", "配套", "重难点"}


def _dashed_heads(res: Resources) -> tuple[str, ...]:
    return tuple(sorted([k for k, t in res.suffix_types.items() if t == "Project"] + list(_MORE_WORK_HEADS), key=len, reverse=True))


@proposer("works")
def dashed(res: Resources, scan: Scan) -> list[Candidate]:
    """The name of a work right after a dash that follows its kind (rule `project.dashed`): from
    the dash to the first Project head (工程, 项目, 大桥 …) that ends a word, with no 的 in between."""
    text, ctx = scan.ctx.text, scan.ctx
    if "——" not in text:
        return []  # (no dash: _DASHES, a look-ahead, would be tried at every offset)
    heads = res.derived(_dashed_heads)
    out = []
    for j in (k for k in (m.start() + 2 for m in _DASHES.finditer(text)) if k < len(text) and _KIND_BEFORE_DASH.search(text, max(0, k - 6), k)):
        end = next((k for k in range(j + 2, min(len(text), j + 26) + 1)
                    if text.endswith(heads, j, k) and ctx.is_end(k)), None)
        if end is None or "的" in text[j:end] or not all(_NAME_CHAR.match(ch) for ch in text[j:end]):
            continue
        if (more := next((h for h in heads if text.startswith(h, end) and len(h) >= 2 and ctx.is_end(end + len(h))), None)) is not None:
            end += len(more)  # 铁力呼兰河铁路[特大桥]: the line's bridge
        if any(w in text[j:end] for w in _PART_WORDS):
            continue  # 深圳配套工程, 藻渡水库首个控制性工程: a part of the work, described
        out.append(Candidate(j, end, "Project", "project.dashed", 4))
    return out
