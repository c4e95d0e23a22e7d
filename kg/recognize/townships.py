"""Towns and villages, the divisions below the county that the gazetteer does not hold: a model
place that is divisions and then a town or a village (梅州市雁洋镇), and a rule's place that is a town
and a village in it (辛口镇第六埠村)."""
from __future__ import annotations

import re
from collections.abc import Callable

from .. import words
from ..types import Mention, replace
from .base import Candidate, Resources
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


