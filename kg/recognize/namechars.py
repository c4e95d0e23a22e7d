"""Chinese names nobody has heard of, read by their characters: a surname and two characters that names give far
more often than running text does (尹中立, 邝秋菊), where words that only people have around them follow or precede
(尹中立称, 邝秋菊的家乡, 女儿文馨悦) or opening a clause before an adverb (，祝国光还发现).  The segmenter splits such names (尹|中立), so jieba calls them no name and the model,
which leans on its words, misses many; no post before them is needed.  The characters' odds: kg/data/name_chars.tsv
(`tools/name_chars.py`: the training sentences' names and jieba's nr words against the training sentences' text)."""
from __future__ import annotations

import functools
import re
from pathlib import Path

from ..people import transliterated
from ..words import is_common_word
from .base import Candidate, Resources, Scan, proposer
from .context import Context
from .persons import _namelike, addressed

# what follows a person and hardly anything else: verbs of saying, thinking and feeling (尹中立称, 李云飞告诉办案民警,
# 于澄感到…), of answering (予以否认), a crime (犯受贿罪), who they are with (等人, 夫妇), their family (的家乡, 的女儿, 之子) and
# the title of their work (张新颖《沈从文的前半生》, 贾平凹《山本》: a company's or a body's name fails the odds)
_CUES = tuple(
    "说 称 表示 认为 介绍 告诉 指出 透露 坦言 强调 回忆 感到 感慨 解释 说道 笑称 直言 坦承 承认 否认 予以 回应 呼吁 "
    "犯 等人 二人 两人 夫妇 一家 本人 同志 的家乡 的父亲 的母亲 的妻子 的丈夫 的儿子 的女儿 之子 之女 《 的《".split()
)
# what precedes a person and hardly anything else: a sentence passed on them (判处辛业江…), who they are in a case or a family
_BEFORE = tuple("判处 被告人 嫌疑人 名叫 妻子 丈夫 儿子 女儿 父亲 母亲".split())
# the sum of the surname's and the two given characters' log odds a name needs (chosen on the training sentences:
# at 4, 40 of the 45 unknown words the segmenter left unnamed before a verb of saying were the gold's people)
_MIN_ODDS = 4.0
# a character no name table row has: as unlikely as the table's least likely (the table leaves such characters out)
_UNSEEN = -9.9
# a given name that is a word this frequent is the word, not a name (王|老师说, 李|先生称, 张|女士表示)
_GIVEN_WORD_MIN_FREQ = 2000


@functools.cache
def odds() -> tuple[dict[str, float], dict[str, float]]:
    """kg/data/name_chars.tsv as (surname log odds, given-name log odds) by character."""
    sur: dict[str, float] = {}
    given: dict[str, float] = {}
    path = Path(__file__).resolve().parents[1] / "data" / "name_chars.tsv"
    for line in path.read_text(encoding="utf-8").splitlines()[3:]:
        c, s, g = line.split("\t")
        sur[c], given[c] = float(s), float(g)
    return sur, given


# the cues alone (a plain alternation the regex engine skips ahead in; a name three characters before or after each is read)
_CUE = re.compile("|".join(sorted((*_CUES, *_BEFORE), key=len, reverse=True)))
_AFTER = frozenset(_CUES)
_NAME = re.compile("[\u4e00-\u9fff]{3}")
# the last characters of places named like people (马家坡, 白鹤滩): no given name ends so
_PLACE_LAST = frozenset("坡岭村镇乡庄屯寨沟湾港岛滩坝峡县市省区")
# a clause opened by a name and an adverb (，祝国光还发现, 郑全军又安排): who the clause is about
_OPENING = re.compile("(?:^|(?<=[，。；：！？\n]))([\u4e00-\u9fff]{3})(?=[还又也就已曾正都再])")


def likely_name(name: str) -> bool:
    """A surname and two characters whose odds make a name (`name_odds` at least `_MIN_ODDS`)."""
    return len(name) == 3 and name_odds(name) >= _MIN_ODDS


def name_odds(name: str) -> float:
    """The summed log odds that a three-character span is a surname and a given name (kg/data/name_chars.tsv)."""
    sur, given = odds()
    return sur.get(name[0], _UNSEEN) + given.get(name[1], _UNSEEN) + given.get(name[2], _UNSEEN)


@proposer("name-chars")
def named_by_chars(res: Resources, scan: Scan) -> list[Candidate]:
    """A surname and two likely given-name characters before or after a cue (`_CUES`, `_BEFORE`) or opening a clause
    before an adverb (`_OPENING`; rule `person.chars`), where the span is a run of the segmenter's words, no word of the
    language, place, title or way of addressing."""
    ctx, text, out = scan.ctx, scan.ctx.text, []
    surnames = res.lex.surnames
    for m in [*_CUE.finditer(text), *_OPENING.finditer(text)]:
        s = m.start(1) if m.re is _OPENING else m.start() - 3 if m.group() in _AFTER else m.end()
        e = s + 3
        name = text[s:e] if s >= 0 else ""
        if not _NAME.fullmatch(name) or name[0] not in surnames:
            continue
        if not likely_name(name) or not ctx.is_start(s) or not ctx.is_end(e) or is_common_word(name[1:], _GIVEN_WORD_MIN_FREQ):
            continue
        if addressed(name, surnames) or name[-1] in _PLACE_LAST or all(transliterated(c) for c in name) or name in res.world or res.lex.place(name) is not None:
            continue  # 张女士介绍: how one is addressed; 马家坡: a place; 富勒姆建议: a transliteration (a club), not a surname and a given name
        if text.rfind("《", 0, s) > text.rfind("》", 0, s) or not (_namelike(ctx, s, e) or _last_read_alone(ctx, s, e)):
            continue  # 《史密斯夫妇》: a work's title
        out.append(Candidate(s, e, "Person", "person.chars", 2))
    out += _two_before_saying(res, scan)
    out += _called(res, scan) if "叫" in text or "化名" in text else []
    return out + _sentenced(res, scan) if "罪" in text or "刑" in text else out


# a name the text says someone is called by (一个叫[张展]的理学家, 她叫[海菱]，) or says is not their own (宝钢集团的[钱海洋]（化名）)
_CALLED = re.compile("(?:(?<=名叫)|(?<=叫做)|(?<=一位叫)|(?<=一个叫)|(?<=名字叫)|(?<=她叫)|(?<=他叫))([\u4e00-\u9fff]{2,3}?)(?=[（(，。、；的])"
                     "|([\u4e00-\u9fff]{2,3})(?=[（(]化名[）)])")


def _called(res: Resources, scan: Scan) -> list[Candidate]:
    """A surname and one or two characters the text says someone is called (`_CALLED`), whatever their odds: on the
    segmenter's word boundaries, no word of the language, no way of addressing (李先生（化名）), no place.  Rule id
    `person.chars`."""
    ctx, out = scan.ctx, []
    for m in _CALLED.finditer(ctx.text):
        k = m.lastindex or 1
        s, e = m.span(k)
        name = m.group(k)
        if k == 2 and len(name) == 3 and not ctx.is_start(s) and ctx.is_start(s + 1):
            s, name = s + 1, name[1:]  # 的[钱海洋]（化名）: the two characters after a particle
        if name[0] not in res.lex.surnames or not ctx.is_start(s) or not ctx.is_end(e) or is_common_word(name, 1):
            continue
        if addressed(name, res.lex.surnames) or name in res.world or res.lex.place(name) is not None:
            continue
        out.append(Candidate(s, e, "Person", "person.chars", 2))
    return out


# verbs of saying and feeling only a person does (of `_CUES`: not 等人, 一家, 本人 …, which follow kinds and families too)
_SAYING = re.compile("|".join(sorted(_CUES[: _CUES.index("犯")], key=len, reverse=True)))
# what may stand before a two-character name that opens what is said: a clause's start, 的 (…的于澄感到), a join
_BEFORE_TWO = frozenset("，。；：！？、“”（）《》…\n 的和与及")


def _two_before_saying(res: Resources, scan: Scan) -> list[Candidate]:
    """A surname and one character names give more often than text does (log odds above 0: 澄 3.0, 威 0.7; not 网 −0.8,
    是 −4.5) right before a verb of saying or feeling (`_SAYING`: 的于澄感到, 修威告诉), opening a clause or after 的 or a
    join, on the segmenter's word boundaries: no word of the language (jieba's, any frequency), no way of
    addressing (胡老说), no transliteration (米勒表示: the model's), place or world name, and no character the segmenter reads
    as a word of its own (张|也说).  Rule id `person.chars`."""
    ctx, text, out = scan.ctx, scan.ctx.text, []
    for m in _SAYING.finditer(text):
        s, e = m.start() - 2, m.start()
        name = text[s:e] if s >= 0 else ""
        if len(name) != 2 or name[0] not in res.lex.surnames or not _CJK2.fullmatch(name) or s > 0 and text[s - 1] not in _BEFORE_TWO:
            continue
        if odds()[1].get(name[1], _UNSEEN) <= 0 or not ctx.is_start(s) or not ctx.is_end(e) or is_common_word(name, 1) or addressed(name, res.lex.surnames) or all(transliterated(c) for c in name):
            continue
        if name in res.world or res.lex.place(name) is not None or (last := ctx.token_at(e - 1)) is not None and last.start == e - 1 and last.pos in _LINK_POS:
            continue  # 张|也/d说: a word of the clause (not `_namelike`, which reads a two-character word at a name's start as a word: 尚进/v, 于/p|澄)
        out.append(Candidate(s, e, "Person", "person.chars", 2))
    return out


_CJK2 = re.compile("[\u4e00-\u9fff]{2}")
_LINK_POS = frozenset({"d", "p", "c", "r", "u", "ul", "uj", "uz", "ug", "uv", "y", "m", "q", "f"})


# a name between a court's words and its verdict: 判处[辛业江]有期徒刑, 认定[王益]犯受贿罪, 被告人[覃永桂]犯…罪 (whatever the
# characters' odds: only a person is sentenced or found guilty)
_SENTENCED = re.compile(
    "(?:判处|判决|认定|被告人|被告|罪犯)([\u4e00-\u9fff]{2,3}?)(?=有期徒刑|无期徒刑|死刑|死缓|拘役|管制|犯[\u4e00-\u9fff]{1,10}?罪)"
)


def _sentenced(res: Resources, scan: Scan) -> list[Candidate]:
    """A surname and one or two characters a court sentences or finds guilty (`_SENTENCED`), on the segmenter's word
    boundaries (or the last glued to 犯: 邱|进犯) and no word of the language.  Rule id `person.sentenced`."""
    ctx, out = scan.ctx, []
    for m in _SENTENCED.finditer(ctx.text):
        s, e = m.span(1)
        name = m.group(1)
        if name[0] in res.lex.surnames and ctx.is_start(s) and (ctx.is_end(e) or ctx.text[e] == "犯") and not is_common_word(name, _GIVEN_WORD_MIN_FREQ) and not addressed(name, res.lex.surnames):
            out.append(Candidate(s, e, "Person", "person.sentenced", 2))
    return out


def _last_read_alone(ctx: Context, s: int, e: int) -> bool:
    """A name whose last character the segmenter read as a word of its own, an adverb or a link (易飞|凡/d表示), after a
    surname and a character it read as a name: before a cue, the character ends the name."""
    last = ctx.token_at(e - 1)
    return last is not None and last.start == e - 1 and last.end == e and ctx.text[e - 1] not in _ADVERBS and _namelike(ctx, s, e - 1)


# adverbs and links that stand between a name and its verb (分析师赵勇[则]认为): no name's last character
_ADVERBS = frozenset("则就也还都又才曾已却亦均便再正将在是对向为")
