"""Rivers, lakes and mountains named by the frame of their basin or banks (汾河流域, 温榆河畔, 沿坝河,
秦岭山区): the hand-typed list of kg/data/world.tsv holds only the great ones.

A word ending with 河, 江, 湖 or 山 right before a word of a river's or a mountain's parts (流域,
两岸, 上游 …), or right after 沿, is the feature's name: the frame says what it is. The word is the
segmenter's token (two to four characters), so 黄河流域 gives 黄河 and not 河流域.
"""
from __future__ import annotations

import re

from ..segment import Token
from .base import Candidate, Resources, Scan, proposer
from .context import Context

# the parts of a river, lake or mountain that news locates things in
_PARTS = re.compile("流域|两岸|沿岸|沿线|干流|支流|水系|上游|中游|下游|河畔|湖畔|江畔|畔|河口|入海口|湖区|山区|山脉|山麓|山脚")
_FEATURE_END = ("河", "江", "湖", "山")
# tokens ending so that are no features' names (银河 the galaxy, 山河 the land, 江山, 河山, 冰山)
_NOT_FEATURES = frozenset("银河 山河 江河 河湖 江湖 冰山 火山 深山 大山 高山 群山 青山 名山 靠山 江山 运河 内河 界河 母亲河 护城河".split())


@proposer("features")
def features(res: Resources, scan: Scan) -> list[Candidate]:
    """Rivers, lakes and mountains named before their parts or after 沿 (rule `place.feature`)."""
    ctx = scan.ctx
    out = _basin_words(ctx, {h[0] for h in scan.hits if h[2] in ("world", "place")}) if "流域" in ctx.text else []
    for t in _ending_so(ctx):
        if not 2 <= len(t.text) <= 4 or not (t.text.endswith(_FEATURE_END) or t.text.endswith("水") and t.pos == "ns") or t.text in _NOT_FEATURES:
            continue
        framed = _PARTS.match(ctx.text, t.end) is not None or ctx.text[t.start - 1 : t.start] == "沿"
        if framed and t.pos in ("ns", "nz", "n", "nr", "j") and not _PARTS.fullmatch(t.text):
            basin = ctx.text.startswith("流域", t.end) and ctx.is_end(t.end + 2)  # 汾河流域: the river, written with its basin
            out.append(Candidate(t.start, t.end + 2 * basin, "Place", "place.feature", 2, canonical=t.text if basin else None))
    return out


def _basin_words(ctx: Context, named: set[int]) -> list[Candidate]:
    """A river and its basin the segmenter holds as one word (汉水流域/ns, 湟水流域): the river, unless the gazetteers name it
    (`named`: where their names start; 黄河流域 is a region of the world list)."""
    out = []
    for m in re.finditer("流域", ctx.text):
        tok = ctx.token_at(m.start())
        river = tok.text[:-2] if tok is not None and tok.end == m.end() and tok.pos == "ns" else ""
        if 2 <= len(river) <= 4 and river.endswith((*_FEATURE_END, "水")) and river not in _NOT_FEATURES and tok is not None and tok.start not in named:
            out.append(Candidate(tok.start, tok.end - 2, "Place", "place.feature", 2))
    return out


_END_CHARS = re.compile("[" + "".join(_FEATURE_END) + "水]")  # (水: a river's old name, 汉水, 渭水, when the segmenter reads a place)


def _ending_so(ctx: Context) -> list[Token]:
    """The tokens that end with a character of _FEATURE_END, in order (found by the characters,
    not by a pass over every token)."""
    out = []
    for m in _END_CHARS.finditer(ctx.text):
        e = m.end()
        if ctx.is_end(e) and (t := ctx.ending_by(e, 1)) and t[0].end == e:
            out.append(t[0])
    return out


# what a natural feature's or a port's name ends with, written after the division it is in (山东|东平湖, 湖北省|长江, 上海|洋山港)
_NAMED_FEATURE_END = ("河", "江", "湖", "溪", "淀", "山", "岛", "港", "峡")
_PROPER = frozenset(("ns", "nz", "nr", "nrt", "j"))


def named_feature(res: Resources, rest: str) -> bool:
    """rest, a model place's words after the divisions it opens with, is a river's, lake's, mountain's, island's or port's own
    name (one word the segmenter's dictionary holds as a name: 东平湖, 长江, 洋山港), not a word of the language (运河, 江湖)."""
    if not 2 <= len(rest) <= 6 or not rest.endswith(_NAMED_FEATURE_END) or rest in _NOT_FEATURES:
        return False
    toks = res.seg.tokens(rest)
    return len(toks) == 1 and toks[0].pos in _PROPER
