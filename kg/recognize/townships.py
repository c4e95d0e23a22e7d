"""Towns and villages, the divisions below the county that the gazetteer does not hold: a model
place that is divisions and then a town or a village (梅州市雁洋镇), and a rule's place that is a town
and a village in it (辛口镇第六埠村)."""
from __future__ import annotations

import re
from collections.abc import Callable

from .. import words
from ..types import Mention, replace
from .base import Candidate, Resources, Scan, proposer
from .context import Context
from .generic import kind_of_place

# places.chain: the gazetteer places tiling a span, each inside the one before
Chain = Callable[[Resources, str, dict[int, list[tuple[int, str, str]]], int, int, "tuple[str, ...] | None"], "list[tuple[int, int, str | None]] | None"]


# a town or an area and a village or community in it, maybe an area between (亚尔镇|新城片区|新城西门村, 容东片区|南文营社区)
_TOWN_VILLAGE = re.compile(r"([\u4e00-\u9fff]{2,4}(?<!城)(?:镇|乡|街道|片区))([\u4e00-\u9fff]{2,4}片区)?([\u4e00-\u9fff]{2,5}(?:村|社区))")
_VILLAGE_KINDS = frozenset("自然村 行政村 中心村 贫困村 示范村 特色村".split())  # 石门[自然村]: the village's own name is before
_TOWNSHIP_HEADS = ("镇", "乡", "街道", "村", "社区")


def township(res: Resources, ctx: Context, starts: dict[int, list[tuple[int, str, str]]], c: Candidate, chain: Chain) -> list[Candidate]:
    """A model place that is divisions and then a town or village the gazetteer does not hold
    (梅州市雁洋镇) is those divisions and the town; any other model span is kept as it is. The town
    starts where a word does (not 昆明市乡|村振兴示范村: 乡村 is one word)."""
    text = ctx.text
    if c.type == "Place" and text.endswith(_TOWNSHIP_HEADS, c.start, c.end):
        for k in range(c.end - 2, c.start + 1, -1):
            if not ctx.is_start(k):
                continue
            parts = chain(res, text, starts, c.start, k, None)
            rest = _VILLAGE.match(text, k, c.end)
            if rest and rest.group(1) and (tok := ctx.token_at(rest.end(1) - 1)) is not None and tok.end > rest.end(1) and words.is_common_word(tok.text, words.NAME_MIN_FREQ):
                continue  # 成都市[乡|村]振兴示范村: 乡村 is a word, no town ends inside it (谢家铺[镇|港]中坪村: 镇港 is none)
            if parts and rest and (rest.group(1) or rest.group(2)) and text[k : c.end] not in _VILLAGE_KINDS:
                out = [Candidate(a, b, "Place", "gazetteer.chain", 3, canonical=full) for a, b, full in parts]
                return out + [replace(c, start=a, end=b) for a, b in (rest.span(1), rest.span(2)) if b > a]
        for k in range(c.end - 3, c.start + 1, -1):  # 昆明市|乡村振兴示范村: the divisions, then a kind of village
            if ctx.is_start(k) and (parts := chain(res, text, starts, c.start, k, None)) and kind_of_place(text[k : c.end], res.seg.cut):
                return [Candidate(a, b, "Place", "gazetteer.chain", 3, canonical=full) for a, b, full in parts] + [replace(c, start=k)]
    return [c]


# a town and maybe a village in it, as the model read them after the divisions (雁洋镇, 侯村乡店子底村):
# short names, not designations (清徐[精细化工材料专业镇] is one name)
_VILLAGE = re.compile(r"([\u4e00-\u9fff]{1,4}(?:镇|乡|街道))?([\u4e00-\u9fff]{1,5}(?:村|社区))?$")


def town_and_village(text: str, c: Candidate) -> list[Candidate]:
    """A rule's place that is a town and a village in it (辛口镇第六埠村, 三岔河乡三河村), maybe with an area
    between or for the town (容东片区南文营社区): a place for each."""
    if c.type == "Place" and c.rule in ("suffix.place", "opened.place") and (tv := _TOWN_VILLAGE.fullmatch(text, c.start, c.end)):
        return [replace(c, start=a, end=b) for a, b in tv.regs[1:] if b > a]
    return [c]


def levels(text: str, m: Mention) -> list[Mention]:
    """A model place, as it won among the candidates, that is a town or an area and a village in it
    (亚尔镇新城片区新城西门村): a place for each (split after the choice, so that no shorter name
    ending inside the village wins in its stead)."""
    if m.type == "Place" and m.rule == "crf" and not m.nested and (tv := _TOWN_VILLAGE.fullmatch(text, m.start, m.end)):
        return [replace(m, start=a, end=b, text=text[a:b]) for a, b in tv.regs[1:] if b > a]
    return [m]




# a town's, a township's or a village's name as one word of the segmenter's ending with its level (耿镇, 高升镇, 东乡): no common
# word of jieba's dictionary (小镇, 故乡, 农村, 度假村), nor a common word and the level (示范村, 团结村, 画家村: kinds, or a
# name the model reads whole), nor opening with a word that counts or points (全村, 驻村, 该镇, 千镇)
_TOWN_HEAD = re.compile("[镇乡村]")
_NOT_TOWN_FIRST = frozenset("全本该各每同驻个整邻乡村镇城小大新老古这那此某其第一两二三四五六七八九十百千万")
# what opens no two-character town: a verb or a preposition glued to the level (任乡党委书记, 推选为村党支部书记, 回村), or a
# people's one-character name (侗乡, 苗乡, 壮乡: its homeland, no township)
_NOT_SHORT_TOWN_FIRST = frozenset("任到在回返离进出赴去来从至往入为") | frozenset("壮苗彝藏侗瑶傣黎畲羌佤维蒙满")
_TOWN_POS = frozenset({"nr", "ns", "nrt", "nz", "j", "n"})
_SHORT_TOWN_POS = frozenset({"nr", "ns", "nrt", "nz", "j"})
# what a two-character town's name may follow: a mark, a word of function or a verb (到耿镇, “东乡才子”), not a word it may
# end (十八|洞村, 祝家|沟村: the segmenter's cut inside a longer name)
_BEFORE_SHORT_TOWN = frozenset("x p v vn uj ul c d r f t".split())


@proposer("towns")
def towns(res: Resources, scan: Scan) -> list[Candidate]:
    """Towns, townships and villages by their one word (耿镇, 高升镇, 东乡), outside a title's marks (《芙蓉镇》 is a film)."""
    ctx = scan.ctx
    text = ctx.text
    out = []
    for m in _TOWN_HEAD.finditer(text) if ("镇" in text or "乡" in text or "村" in text) else ():
        tok = ctx.token_at(m.start())
        if tok is None or tok.end != m.end() or not 2 <= tok.end - tok.start <= 4 or tok.pos not in _TOWN_POS or tok.text[0] in _NOT_TOWN_FIRST:
            continue
        if tok.end - tok.start == 4 and tok.text[0] in "上下":
            continue  # 上山下乡: a movement, no township (下叔村 is a village)
        if tok.end - tok.start >= 3 and tok.pos == "ns":
            continue  # 中关村, 亚运村, 乌镇: a place jieba's dictionary knows, the model's to read (its tag is a feature of the model's)
        if tok.text in words.common_words() or tok.text[:-1] in words.common_words() or text.rfind("《", 0, tok.start) > text.rfind("》", 0, tok.start):
            continue
        if text[tok.end : tok.end + 1] in ("镇", "乡", "村"):
            continue  # 侯村|乡: the start of a longer name
        start = tok.start
        before = ctx.token_at(tok.start - 1) if tok.start > 0 else None
        if tok.end - tok.start == 2 and (tok.text[0] in _NOT_SHORT_TOWN_FIRST or tok.pos not in _SHORT_TOWN_POS):
            continue
        if before is not None and before.text in _COMPASS and before.end == tok.start:
            start = before.start  # 西|辛庄村, 西|彭镇: the name opens with its side
        elif tok.end - tok.start == 2:
            if before is not None and before.end - before.start == 1 and "\u4e00" <= before.text <= "\u9fff" and before.pos not in _FUNCTION_POS and before.text not in _NOT_TOWN_FIRST:
                start = before.start  # 红|庄乡, 汤|口镇: a name the segmenter cut, whose first character it left alone
            elif before is not None and before.pos not in _BEFORE_SHORT_TOWN:
                continue  # (万全|庄村, 龙门|河村: nor a place's short form, the start of a village's name)
        out.append(Candidate(start, tok.end, "Place", "place.town", 2))
    return out


_FUNCTION_POS = frozenset("p c d u uj ul uz ud ug uv v r m q f t x zg".split())
_COMPASS = frozenset("东西南北")
