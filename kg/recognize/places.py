"""Places: divisions of the gazetteer (full names and short forms), addresses written out, and the
short names of the paper's development zones (foreign places and international bodies: kg.recognize.world)."""
from __future__ import annotations

import re

from ..lexicon import ZONE
from ..types import replace
from ..words import CAPITAL_WORDS
from ..zones import HEADS as ZONE_HEADS
from ..zones import KIND_WORDS as ZONE_KINDS
from ..zones import specific as zone_specific
from .abbreviations import world_countries
from .base import Candidate, Resources, Scan, proposer
from .context import Context
from .features import named_feature
from .generic import _PROJECT_GENERIC, PLACE_KIND_WORDS, kind_of_place
from .townships import town_and_village, township

_BAD_PLACE_NAMES = frozenset({"城区", "郊区", "矿区", "新区", "市辖区", "开发区", "高新区"})
# how a place's name ends when it is not a gazetteer name itself
_PLACE_ENDS = frozenset("省市县区旗盟州镇乡村屯庄街道路巷里弄号楼园城寨山峰岭河江湖海湾岛港峡谷洞泉池溪川原坝渠林场站馆寺庙宫塔桥门关口滩坊院厦墓陵府居堂亭阁台苑境库")

# words before a place (在朝阳, 赴大同, 来自开封) and after one (朝阳人, 朝阳境内)
_PLACE_BEFORE = frozenset("在 到 赴 去 来 从 至 往 抵 抵达 前往 来自 回到 返回 位于 落户 途经 飞往 驻 于 地处".split())
_PLACE_AFTER = frozenset("人 籍 市民 境内 地区 一带 当地 方面 市委 市政府 考察 调研 举行 召开".split())


# what jieba calls a county's short form when it is one (凯里 nrt, 锦江 ns): not a plain person name (nr)
_SHORT_PLACE_POS = frozenset({"ns", "nrt", "nz", "j"})
# what the names of sights and sites end with besides the place ends (壶口瀑布, 鼓浪屿, 九寨沟, 莫高窟, 小西天)
_LANDMARK_ENDS = _PLACE_ENDS | frozenset("屿沟界坛窟佛布洲坪垸堡岗坡涧滨泊淀荡甸营集铺店厂矿井田天")
_CJK_TAIL = re.compile(r"[\u4e00-\u9fff]+")  # a tail of Latin letters or digits (北京CBD, 上海G60) is no word of Chinese
_DIRECTIONS = frozenset("东部 西部 南部 北部 中部 东南 西南 东北 西北 以东 以西 以南 以北 境内 一带 地区 沿海 沿岸 周边 附近 郊区 城区 市区".split())


_CONJUNCTIONS = frozenset("和与及同")
_LEVEL_LISTS = ("县市区", "县区", "县乡", "县级", "县域", "县市")


def gazetteer(res: Resources, scan: Scan) -> list[Candidate]:
    """Division names: full names anywhere a place may start, short forms where the text makes them places."""
    ctx, hits, home = scan.ctx, scan.hits, scan.home
    edges = _place_edges(hits)
    out = []
    sure: set[str] = set()  # short forms that stand alone somewhere in the text
    ends = place_ends(res, scan)
    for s, e, kind, key in hits:
        if kind != "place":
            continue
        if key[0] in _CONJUNCTIONS and ctx.text.startswith(_LEVEL_LISTS, e - 1):
            continue  # 班子[和][县市区]: a conjunction before a list of levels, not the county 和县
        codes = res.lex.by_name[key]
        full = any(res.lex.divisions[c].name == key for c in codes)
        levels = {res.lex.divisions[c].level for c in codes}
        if not ctx.is_start(s):
            # 沁源县箭杆村, 中共湖南省委: a full name may start inside a token, but not across the end of a
            # word it starts inside (沿海|城市群: no 海城市)
            if not full or s not in ends and (tok0 := ctx.token_at(s)) is not None and s < tok0.end < e:
                continue
        if full:
            out.append(Candidate(s, e, "Place", "gazetteer.division", 3))
            continue
        tok = ctx.token_at(s)
        aligned = ctx.is_end(e) or tok is not None and (tok.start, tok.end) == (s, e + 1) and ctx.text[e] == "籍"  # 江西籍: a native of it
        if aligned and _after_ancestor(res, s, codes, ends):
            out.append(Candidate(s, e, "Place", "gazetteer.short", 2))  # 贵州修文, 河北正定: its province says what it is
            sure.add(key)
            continue
        # a county's short form (锦江, 尖山) is a common word or a brand more often than
        # not; it stands alone only for counties of the paper's own province
        local = home is not None and any(c[:2] == home for c in codes) and (key not in res.lex.word_shorts or tok is not None and tok.pos == "ns" or _home_named(res, hits, home, key))
        strong = aligned and (
            bool(levels & {"province", "city"}) or local and bool(tok and tok.pos in {"ns", "nz", "nt", "j", "n"})
        )
        if strong and key in res.lex.word_shorts and not local:
            strong = _place_context(ctx, s, e, edges)  # 迎着朝阳: the morning sun, not 朝阳市
        elif not strong and aligned and tok is not None and (tok.pos in _SHORT_PLACE_POS and _place_context(ctx, s, e, edges) or tok.pos == "nr" and ctx.text[e : e + 1] == "人" and ctx.is_end(e + 1)):
            strong = True  # 到凯里, 在凯里: another province's county, where the text says it is a place; 寿光人, its people
        out.append(Candidate(s, e, "Place", "gazetteer.short", 2, standalone=bool(strong)))
        if strong:
            sure.add(key)
    out += _glued_addresses(res, scan)
    out += [Candidate(a, b, "Place", "gazetteer.chain", 3, canonical=full) for a, b, full in guarded(res, ctx.text, ends)]
    # one sense per text: a short form the text once shows to be a place is that place
    # wherever it stands alone as a word (先到凯里 … 凯里坐车)
    return [replace(c, standalone=True) if not c.standalone and c.rule == "gazetteer.short" and ctx.text[c.start : c.end] in sure
            and ctx.is_start(c.start) and ctx.is_end(c.end) else c for c in out]


def _home_named(res: Resources, hits: list[tuple[int, int, str, str]], home: str, key: str) -> bool:
    """A place of the home province other than `key` is named: a short form that is a word (来宾 guests, 白银 silver) and that the
    segmenter does not read as a place (普洱/ns) is the home's division only then, not when it alone made the text's locale."""
    return any(kind == "place" and k != key and any(c[:2] == home for c in res.lex.by_name[k]) for _, _, kind, k in hits)


def place_ends(res: Resources, scan: Scan) -> dict[int, list[str]]:
    """The division codes each place hit ending at an offset may name."""
    ends: dict[int, list[str]] = {}
    for _s, e, kind, key in scan.hits:
        if kind == "place":
            ends.setdefault(e, []).extend(res.lex.by_name[key])
    return ends


def guarded(res: Resources, text: str, ends: dict[int, list[str]]) -> list[tuple[int, int, str]]:
    """(start, end, full name) of the counties whose short form is a word (无为, 公安, 会同; Lexicon.guarded)
    named right after a place they lie in, closing the address (在安徽无为，…): the county, not the word.
    `ends`: the division codes of the place hits ending at each offset."""
    out = []
    for e, before in ends.items():
        for k in (2, 3, 4):
            codes = res.lex.guarded.get(text[e : e + k])
            if not codes or e + k < len(text) and text[e + k] not in _ADDRESS_CLOSE:
                continue
            inside = [c for c in codes if any(a.code in before for a in res.lex.ancestors(c))]
            if inside and len({res.lex.divisions[c].parent for c in inside}) == 1:  # 河北桥西: two cities have one
                out.append((e, e + k, res.lex.divisions[max(inside)].name))  # 无为县 became 无为市: the newer code
    return out


# what may close an address whose last part is a guarded short form
_ADDRESS_CLOSE = frozenset("，、。；：,")


def hits_by_start(scan: Scan, kinds: tuple[str, ...]) -> dict[int, list[tuple[int, str, str]]]:
    """The gazetteer's hits of `kinds` by where they start: start -> [(end, kind, key)] (what `chain` walks)."""
    starts: dict[int, list[tuple[int, str, str]]] = {}
    for s, e, kind, key in scan.hits:
        if kind in kinds:
            starts.setdefault(s, []).append((e, kind, key))
    return starts


def _glued_addresses(res: Resources, scan: Scan) -> list[Candidate]:
    """An address the segmenter reads as one word (广西南宁, 河南郑州: jieba holds many province +
    city pairs): its divisions, each inside the one before, as places of their own."""
    ctx = scan.ctx
    starts = hits_by_start(scan, ("place",))
    out: list[Candidate] = []
    for s in starts:
        tok = ctx.token_at(s)
        if tok is None or tok.start != s:
            continue
        if tok.end - s >= 4 and not any(e == tok.end for e, _, _ in starts[s]):  # not a division's own name
            parts = chain(res, ctx.text, starts, s, tok.end, None)
        elif not ctx.is_end(max(e for e, _, _ in starts[s])):
            parts = _misread(res, ctx, starts, s)
        else:
            continue
        if parts and len(parts) >= 2:
            out.extend(Candidate(a, b, "Place", "gazetteer.chain", 3, canonical=full) for a, b, full in parts)
    return out


def _misread(res: Resources, ctx: Context, starts: dict[int, list[tuple[int, str, str]]], s: int) -> list[tuple[int, int, str | None]] | None:
    """Divisions each inside the one before that the segmenter cut across (湖|南岳|阳 for 湖南岳阳):
    the chain, when it ends where a word ends and the words do not end where its first place does."""
    for tok in ctx.tokens_from(s, 3):
        parts = chain(res, ctx.text, starts, s, tok.end, None) if tok.end - s >= 4 else None
        if parts and len(parts) >= 2:
            return parts
    return None


@proposer("zones")
def zones(res: Resources, scan: Scan) -> list[Candidate]:
    """The paper's development zones by their short names (经开区, 综改区)."""
    ctx = scan.ctx
    return [Candidate(s, e, "Place", "zone.short", 2) for s, e in res.zones.spans(ctx.text, ctx.is_start, ctx.is_end, scan.locale)]


def _place_context(ctx: Context, s: int, e: int, edges: tuple[set[int], set[int]]) -> bool:
    """Text around [s, e) that makes a place of it: a word of motion or location before, a
    word for its people or territory after, or another division listed next to it (朝阳、锦州)."""
    before, after = ctx.token_at(s - 1), ctx.token_at(e)
    if before is not None and before.end == s and before.text in _PLACE_BEFORE:
        return True
    if after is not None and after.start == e and after.text in _PLACE_AFTER:
        return True
    # another place ends right before a list mark before [s, e), or starts right after one after it
    return (s - 1 in edges[0] and ctx.text[s - 1] in "、和与及") or (e + 1 in edges[1] and e < len(ctx.text) and ctx.text[e] in "、和与及")


def _place_edges(hits: list[tuple[int, int, str, str]]) -> tuple[set[int], set[int]]:
    """(ends, starts) of the gazetteer's place hits: indexed once per text, so that a text's
    short forms cost time in proportion to the text, not to the text times its places."""
    return {b for _, b, kind, _ in hits if kind == "place"}, {a for a, _, kind, _ in hits if kind == "place"}


def place_shaped(text: str, s: int, e: int, gazetteer: dict[int, list[int]], by_end: dict[int, list[int]] | None = None) -> bool:
    """A model place that is a gazetteer place and a short tail reads as a place when
    the tail is a place word (山西农展馆, 太原东站, 俄罗斯南部), not when it is the start
    of another word (山西文[旅], 太原公安, 山西特钢).  `gazetteer`: start -> ends of its places;
    `by_end`: end -> starts of the same places."""
    ends = [b for b in gazetteer.get(s, ()) if b < e]
    if not ends:
        # 大唐[哈尔滨], 开滦[唐山], 新时代[东北]: a name of no place before a gazetteer place that ends the span
        # is the word before the place (a company's, a slogan's), read on by the model
        last = [a for a in (by_end or {}).get(e, ()) if s + 2 <= a]
        return not last or bool(_LEVEL_CHARS & set(text[s : min(last)]))
    tail = text[max(ends) : e]
    if tail in _DIRECTIONS or tail.endswith(tuple(_DIRECTIONS)) or e in gazetteer.get(max(ends), ()):
        return True  # 俄罗斯南部; 中国霍尔果斯: a place inside the one before (kg.recognize.places.chains splits it)
    # a longer tail names a place when it ends as places do (山西白求恩医院门诊楼前广场, 河南郑州铁路口岸),
    # not when the model read on into the words after the place (江苏[广大干部], 新疆[西气东]输) or the place whole (海南[全岛])
    return not tail.startswith("全") and tail[-1] in _LANDMARK_ENDS or len(tail) > 2 and not _CJK_TAIL.fullmatch(tail)


def _after_ancestor(res: Resources, s: int, codes: list[str], ends: dict[int, list[str]]) -> bool:
    """A division named right after one it lies in (贵州[修文], 河北[正定], 安徽[庐江])."""
    before = ends.get(s)
    if not before:
        return False
    return any(b in {a.code for a in res.lex.ancestors(c)} for c in codes for b in before)



# what a place's name may end with that only says where in it (合肥[市区], 滹沱河[畔], 库布其沙漠[北缘])
POSITION_TAILS = tuple(
    """市区 城区 县城 郊区 北郊 南郊 东郊 西郊 近郊 远郊 境内 一带 沿岸 沿线 周边 北缘 南缘 东缘 西缘 北麓 南麓 东麓 西麓
    北岸 南岸 东岸 西岸 畔 岸边 之滨 出口 入口 坝址 工地 库区 基础""".split()  # (在中国—东盟自贸区[基础]上)
)


_LEVEL_CHARS = frozenset("省市县区旗州盟")


def chains(res: Resources, scan: Scan, cands: list[Candidate]) -> list[Candidate]:
    """Model place names that are a run of gazetteer places, each inside the one before
    (黑龙江佳木斯, 安徽庐江县, 中国二连浩特, 蒙古国乌兰巴托), become those places; a model
    place name ending with a word of position (合肥市区, 滹沱河畔) loses it."""
    if not any(c.rule == "crf" and c.type in ("Place", "Organization") for c in cands):
        return list(cands)  # nothing to split: the gazetteer's starts are not gathered
    starts = hits_by_start(scan, ("place", "world"))
    for a, b, full in guarded(res, scan.ctx.text, place_ends(res, scan)):
        starts.setdefault(a, []).append((b, "place", full))
    out = []
    for c in cands:
        if c.rule != "crf" or c.type not in ("Place", "Organization"):
            out.append(c)
            continue
        text = scan.ctx.text
        tail = next((t for t in POSITION_TAILS if text.endswith(t, c.start, c.end)), None) if text.endswith(POSITION_TAILS, c.start, c.end) else None
        if c.type == "Place" and tail and c.end - c.start - len(tail) >= 2 and c.end not in scan.place_end:
            cut = c.end - len(tail)
            if text[cut - 1] in _PLACE_ENDS or cut in scan.place_end:  # not 太原市六[城区], 新[市区]
                c = replace(c, end=cut)
        if c.type == "Place" and (count := _COUNT_TAIL.search(text, c.start, c.end)) is not None:
            if count.start() - c.start < 2:
                continue
            c = replace(c, end=count.start())  # 白鹤滩水电站[16台], 主桥[长1768米]: how many or how long, no part of the name
        parts = chain(res, text, starts, c.start, c.end, None)
        if parts is not None and len(parts) >= 2 and not _zone(res, text[parts[-1][0] : parts[-1][1]]):
            out.extend(Candidate(a, b, "Place", "gazetteer.chain", 3, canonical=full) for a, b, full in parts)
            continue
        if c.type == "Place" and (pair := _two_provinces(res, text, c.start, c.end)) is not None:
            out.extend(Candidate(a, b, "Place", "gazetteer.chain", 3) for a, b in pair)  # 西藏|青海, 香港|澳门: two, side by side
            continue
        split = _country_split(res, text, starts, c)
        out.extend(split if split and scan.ctx.is_start(split[-1].start) else township(res, scan.ctx, starts, c, chain))
    return out


def _country_split(res: Resources, text: str, starts: dict[int, list[tuple[int, str, str]]], c: Candidate) -> list[Candidate] | None:
    """A model place that opens with a country's name, maybe the divisions after it, then a name of its own
    (印度尼西亚|巴厘岛, 德国|杜伊斯堡): the country and divisions as places, then the place without them."""
    if c.type != "Place" or text[c.start] in "中华" or text[c.start - 1 : c.start] in ("—", "－", "-") or not any(
            text.startswith(n, c.start) for n in world_countries().get(text[c.start], ())):
        return None  # (中国古动物馆: China opens many a name; 中国—印尼综合园区: a joined name)
    for k in range(c.end - 2, c.start + 1, -1):
        parts = chain(res, text, starts, c.start, k, None)
        if parts and any(text[parts[0][0] : parts[0][1]] == n for n in world_countries().get(text[c.start], ())):
            return [Candidate(a, b, "Place", "gazetteer.chain", 3, canonical=full) for a, b, full in parts] + [replace(c, start=k)]
    return None


def _two_provinces(res: Resources, text: str, s: int, e: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A model place that is two provinces written together (福建广东): their spans."""
    for k in range(s + 2, e - 1):
        if all(any(res.lex.divisions[c].level == "province" for c in res.lex.by_name.get(text[a:b], ())) for a, b in ((s, k), (k, e))):
            return (s, k), (k, e)
    return None


# a count or a length a model place runs on into (16台, 487基, 10号, 全长318公里)
_COUNT_TAIL = re.compile(r"(?:全长|总长|长|宽|高)?\d+(?:\.\d+)?(?:台|基|号|米|公里|千米)$")


def chain(
    res: Resources, text: str, starts: dict[int, list[tuple[int, str, str]]], s: int, end: int, outer: tuple[str, ...] | None
) -> list[tuple[int, int, str | None]] | None:
    """[(start, end, full name)] of places tiling [s, end), each inside the one before, maybe
    joined by 省会/首府/首都 (河北省会石家庄); None if none do."""
    if s == end:
        return []
    for e, kind, key in sorted(starts.get(s, ()), reverse=True):
        if e > end:
            continue
        if kind == "world":
            codes: tuple[str, ...] = ()
            if outer:  # a foreign place after a division (山西乌兰巴托) is no chain
                continue
        else:
            codes = tuple(res.lex.by_name[key])
            if outer:
                codes = tuple(c for c in codes if any(a.code in outer for a in res.lex.ancestors(c)))
                if not codes:
                    continue  # 河北[太原]: not inside the place before
        if len(codes) == 1 and e < end and text[e] == res.lex.divisions[codes[0]].name[-1] and text[e] in _LEVEL_CHARS and not text.startswith(CAPITAL_WORDS, e):
            e += 1  # 寻甸县: a short form and its level, the full name being 寻甸回族彝族自治县
        glue = next((g for g in CAPITAL_WORDS if text.startswith(g, e) and e + len(g) < end), "") if text.startswith(CAPITAL_WORDS, e) else ""
        rest = chain(res, text, starts, e + len(glue), end, codes)
        if rest is not None:
            full = res.lex.divisions[codes[0]].name if len(codes) == 1 else None
            return [(s, e, full), *rest]
    return None


def _zone(res: Resources, name: str) -> bool:
    """A zone's full name: after its division it is one name (上海张江高科技园区, kg.zones)."""
    return any(res.lex.divisions[c].level == ZONE for c in res.lex.by_name.get(name, ()))


# POS of a first word that only describes (大型, 首个, 新建, 先行): no name of its own starts so
_DESCRIBING_POS = frozenset({"a", "ad", "an", "b", "d", "m", "mq", "q", "r", "v", "vn", "t", "f", "p", "c", "u"})
_PROPER_POS = frozenset({"ns", "nz", "nt", "nr", "nrt", "j"})
_ADDRESSED = ("Place", "Project")


def addresses(res: Resources, scan: Scan, cands: list[Candidate]) -> list[Candidate]:
    """A place or project name that opens with divisions and goes on with a name of its own
    (山西“一泓清水入黄河”工程, 北京钓鱼台国宾馆, 沁源县箭杆村) is an address and that name: the
    divisions become places of their own, the name keeps the rest. A name whose words after the
    divisions only classify (庐江高新技术产业开发区, 正定古城, 深圳先行示范区) is one name."""
    starts = hits_by_start(scan, ("place",))
    out: list[Candidate] = []
    for c in cands:
        split = _address(res, scan, starts, c) if c.type in _ADDRESSED and not c.rule.startswith("gazetteer") else None
        if split is None:
            out.append(c)
            continue
        k, parts = split
        out.extend(Candidate(a, b, "Place", "gazetteer.chain", 3, canonical=full) for a, b, full in parts)
        out.append(replace(c, start=k + (scan.ctx.text[k] in "-－")))  # 天津滨海-|中关村科技园: the hyphen is the address's
    return [y for c in out for y in town_and_village(scan.ctx.text, c)]


def _address(
    res: Resources, scan: Scan, starts: dict[int, list[tuple[int, str, str]]], c: Candidate
) -> tuple[int, list[tuple[int, int, str | None]]] | None:
    """(where the name's own part starts, the divisions before it), if the name is addressed: the
    divisions end on a word boundary, and either a quoted name follows them or the last of them is
    written in full (沁源县箭杆村; not 山西农展馆, 上海洋山港: a short form leads many a name)."""
    ctx = scan.ctx
    text = ctx.text
    if c.start not in starts or _zone(res, text[c.start : c.end]):
        return None
    for k in range(c.end - 2, c.start + 1, -1):
        parts = chain(res, text, starts, c.start, k, None)
        if not parts:
            continue
        quoted = text[k] in "“\"《"
        a, b, full = parts[-1]
        if quoted:
            return k, parts
        rest = text[k : c.end]
        if c.type == "Place" and ctx.is_start(k) and (len(parts) >= 2 and text[k] not in _LEVEL_CHARS and _own_name(res, rest) and (not rest.endswith(ZONE_HEADS) or zone_specific(rest)) or named_feature(res, rest)):
            return k, parts  # 北京石景山首钢园, 西安西咸新区空港新城: two places, each inside the one before, are an address; so is one before a river's (山东|东平湖)
        if c.type != "Place" or rest.endswith(ZONE_HEADS) or any(_zone(res, text[a2:b2]) for a2, b2, _ in parts):
            return None  # 武汉市东湖新技术开发区: a zone after its division is one name (kg.zones); projects need quotes
        if ctx.is_start(k) and full == text[a:b] and _own_name(res, rest):
            return k, parts
        return None
    return None


def _own_name(res: Resources, rest: str) -> bool:
    """rest, what follows an address, is a name of its own: a first word that neither describes
    nor classifies, and more than a kind (古城, 高新区, 水利工程 are kinds)."""

    if rest in _BAD_PLACE_NAMES or rest in ZONE_KINDS or len(rest) < 3:
        return False
    toks = [t for t in res.seg.tokens(rest) if t.text.strip()]
    if len(toks) == 1:
        return toks[0].pos in _PROPER_POS  # a name jieba's dictionary holds
    if not toks or toks[0].pos in _DESCRIBING_POS or toks[0].pos.startswith("u") or toks[0].text in PLACE_KIND_WORDS or toks[0].text in _PROJECT_GENERIC:
        return False
    return not kind_of_place(rest, res.seg.cut)
