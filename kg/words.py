"""Ordinary words: jieba's own dictionary (jieba/dict.txt: word, frequency, POS), read as
evidence that a span the model calls a name is a word of the language.

The tagger reads characters and jieba's segmentation; it still calls common
words people (科普, 高岭土, 程序), most often where the word stands in a list of
other things (文化、历史、科普等书籍).  jieba's POS tags are no help for rarer
words: it tags 科普 nrt and 高岭土 nr, and 周恩来 t, 桥本 n.
Only what these checks need is kept in memory: the common nouns and their POS
and frequency (about 60 k words), not the whole 350 k-line dictionary.
"""
from __future__ import annotations

import functools
import os
from collections.abc import Callable, Container, Iterable, Sequence

from .segment import Token

# what the name of a place that is not a division ends with (parks, zones, villages, venues …)
PLACE_TAILS = tuple(
    """村 镇 乡 街道 街 路 巷 社区 园 园区 区 开发区 新城 小镇 馆 场 广场 中心 基地 山 湖 河 瀑布 峡 景区 公园 寺 塔 楼 城
    古城 港 站 机场 码头 大厦 会场 分会场 酒店 宾馆 剧院 大剧院 礼堂 堂 农场 林场 矿 井 团 师 厂 电厂
    水库 湿地 盆地 沙漠 草原 灌区 保护区 片区 港区 口岸 岛 湾 溪 遗址 墓地 墓葬群 古墓群""".split()
)
# the words that join a country or province to its capital (河北省会石家庄, 乌兹别克斯坦首都塔什干)
CAPITAL_WORDS = ("省会", "首府", "首都")
# nouns of position within a place (the 方位词 and position nouns of Chinese grammars): 西南地区[内陆],
# 太岳山[腹地]; no part of the place's name
POSITIONS = ("内陆", "腹地", "深处", "一带", "周边", "境内", "沿线", "沿岸", "中部", "南部", "北部", "东部", "西部", "边缘")

# jieba's tags for names: people (nr, nrfg, nrt), places (ns), organisations (nt), other proper names (nz),
# abbreviations (j), foreign words (eng); a word with any other tag is an ordinary word
NAME_POS = frozenset({"nr", "nrfg", "nrt", "nrf", "ns", "nt", "nz", "j", "eng"})
# the tags of words that are listed alongside a noun (文化、历史、科普): nouns, verbal and adjectival nouns
NOUN_POS = frozenset({"n", "vn", "an", "ng"})
# a person's name that is also a word this frequent in jieba's corpus (程序, 5610) is the word;
# below it jieba tags too many real names as words (周恩来/t 3067, 桥本/n 131, 温格/n 71)
PERSON_MIN_FREQ = 5000
# a model name of another type that is a noun this frequent (地球 4590, 邮政 873, 医院 7376) is the noun;
# the rarer nouns jieba holds include names (悬空寺/n 42, 京津冀/n 36)
NAME_MIN_FREQ = 300
# the heads of kinds of companies (外资银行, 信托公司, 保险公司, 养老保险, 律师事务所): generic mentions neither corpus labels, which
# `kg ner` leaves out (kg.extract.labelled; CLUENER's non-held sentences: 73 of 118 such mentions no name, 10 of the rest ending
# so; People's Daily 26 of 28)
COMPANY_KINDS = ("公司", "银行", "保险", "厂", "事务所", "拍卖行")
_RELABELLED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "ordinary.tsv")
MIN_FREQ = 10  # rarer entries are mostly compounds jieba's authors added once (freq 3)

# what may follow the last item of a list
_ITEM_ENDS = frozenset("、 ， , 。 ； ; ： 等 等等 和 及 以及 与 ） ) ” 》".split())


@functools.lru_cache(maxsize=1)
def common_words() -> dict[str, tuple[int, str]]:
    """{word: (frequency, POS)} of jieba's dictionary words of 2-4 characters with a
    non-name tag and a frequency of at least MIN_FREQ, and those it tags as names that LAC
    reads as ordinary words (`relabelled`: 尼龙, 太阳, 石化, with LAC's tag).  Parsing the 350 k lines takes
    half a second; the result is cached (kg.cache) under a hash of the file."""
    import hashlib
    import importlib.util

    from . import cache

    # jieba's dictionary (a dependency already: the one rjieba segments with), found
    # without importing jieba (0.15 s)
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = os.path.join(list(spec.submodule_search_locations)[0], "dict.txt")
    st = os.stat(path)
    fixes = os.stat(_RELABELLED)
    key = f"{path} {st.st_size} {st.st_mtime_ns} {MIN_FREQ} {sorted(NAME_POS)} {fixes.st_size} {fixes.st_mtime_ns}"
    key = hashlib.sha256(key.encode()).hexdigest()[:32]
    cached = cache.load("words", key)
    if isinstance(cached, dict):
        return cached
    out: dict[str, tuple[int, str]] = {}
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    for line in lines:
        parts = line.split()
        if len(parts) != 3 or not 2 <= len(parts[0]) <= 4 or parts[2] in NAME_POS:
            continue
        freq = int(parts[1])
        if freq >= MIN_FREQ:
            out[parts[0]] = (freq, parts[2])
    out.update(relabelled())
    cache.save("words", key, out, keep=1)
    return out


@functools.lru_cache(maxsize=1)
def relabelled() -> dict[str, tuple[int, str]]:
    """{word: (jieba's frequency, LAC's tag)} of the dictionary words jieba tags as names that Baidu's
    LAC reads alone as one ordinary word (尼龙/nr -> n, 太阳/ns -> n, 腾飞/nr -> v): kg/data/ordinary.tsv,
    built by tools/build_ordinary.py."""
    out: dict[str, tuple[int, str]] = {}
    with open(_RELABELLED, encoding="utf-8") as f:
        next(f)
        for line in f:
            word, freq, _, tag = line.rstrip("\n").split("\t")
            out[word] = (int(freq), tag)
    return out


@functools.lru_cache(maxsize=1)
def noun_tagged_verbs() -> frozenset[str]:
    """The dictionary words jieba tags n that Baidu's LAC reads alone as verbs (指导, 利用, 参观, 亮相):
    kg/data/verbs.tsv, built by tools/build_verbs.py."""
    with open(os.path.join(os.path.dirname(_RELABELLED), "verbs.tsv"), encoding="utf-8") as f:
        next(f)
        return frozenset(line.split("\t", 1)[0] for line in f)


def is_common_noun(word: str) -> bool:
    """A dictionary noun (历史, 矿棉, 碳纤维), not a name."""
    entry = common_words().get(word)
    return entry is not None and entry[1] in NOUN_POS


def is_common_word(word: str, min_freq: int) -> bool:
    """A dictionary word with a non-name tag seen at least min_freq times in jieba's corpus (程序, 智库)."""
    entry = common_words().get(word)
    return entry is not None and entry[0] >= min_freq



def listed_with_nouns(tokens: Sequence[Token], start: int, end: int, is_thing: Callable[[Token], bool]) -> bool:
    """The span stands in a list (、) next to a thing (`is_thing`): 文化、历史、[科普]等书籍,
    超细[高岭土]、矿棉: things are listed with things, people with people."""
    before = [t for t in tokens if t.end <= start][-2:]
    after = [t for t in tokens if t.start >= end][:2]
    # the span must be the whole list item, not part of one (马列主义、[毛泽东]思想, 女人之魅、[郭在容]的男女之情)
    whole_item = bool(after) and after[0].start == end and after[0].text in _ITEM_ENDS
    if whole_item and len(before) == 2 and before[1].text == "、" and before[1].end == start and is_thing(before[0]):
        return True
    return len(after) == 2 and after[0].text == "、" and after[0].start == end and is_thing(after[1])


_THING_TAGS = frozenset({"n", "v", "vn", "a", "an", "ad", "d", "l", "i"})
THING_MIN_FREQ = 300  # (jieba's dictionary tags the words that are also given names nr: 建国, 国庆)


WORD_AND_CHAR_MIN_FREQ = 100  # (温家|宝 56, 路易|斯 156: at 100 the latter is lost)


def _thing_word(name: str, min_freq: int = THING_MIN_FREQ) -> bool:
    entry = common_words().get(name)
    return entry is not None and entry[1] in _THING_TAGS and entry[0] >= min_freq


def _thing_word_token(tok: Token) -> bool:
    return _thing_word(tok.text)


def common_verb(word: str) -> bool:
    """word is a verb of jieba's dictionary (串联, 扎根, 开工), two characters or more."""
    entry = common_words().get(word)
    return len(word) >= 2 and entry is not None and entry[1] in ("v", "vd", "vi")


_FREQUENT = 200  # a relabelled word seen this often in jieba's dictionary is a word even if it reads as a transliteration (门罗: 47)


class OrdinaryWords:
    """Tells whether a model Person or Enterprise name is a word of the language."""

    def __init__(self, province_abbr: Container[str], surnames: Container[str], posts: Iterable[str], foreign: Callable[[str], bool]) -> None:
        self.province_abbr = province_abbr
        self.surnames = surnames
        self.post_tails = tuple(posts)
        self.foreign = foreign  # a transliterated foreign name: jieba's dictionary holds many

    def __call__(self, text: str, near: Sequence[Token], start: int, end: int, typ: str) -> bool:
        """text[start:end], a model name of type typ, is a word; `near` are the tokens it
        touches and two on either side."""
        name = text[start:end]
        if len(name) >= 3 and name.endswith("性") and any((t.start, t.end) == (start, end) for t in near):
            return True  # 抗药性, 积极性: abstract nouns name no one
        if typ != "Person":
            # 种植、养殖、[光伏]等产业: an industry among activities (a short name: full names, 大连商品交易所, are listed with anything)
            return len(name) <= 4 and listed_with_nouns(near, start, end, _thing_word_token)

        if len(name) == 2 and name[1] == "商" and name[0] in self.province_abbr:
            return True  # 晋商, 鲁商, 徽商: a province's merchants
        if (is_common_word(name, PERSON_MIN_FREQ) or _thing_word(name)) and not self.foreign(name):
            return True  # 程序; 石英砂, 查明: a noun or verb of the dictionary, seen 300 times, is no one's name (at 100, People's Daily names were lost)
        if len(name) == 3 and _thing_word(name[:2], WORD_AND_CHAR_MIN_FREQ) and name[:2] not in self.surnames and not self.foreign(name):
            return True  # 幸福|感, 田野|里, 高峰|日: a word of the language and one character more (10 of 534 three-character people of People's Daily)
        if name in relabelled() and not (len(name) == 3 and name[0] in self.surnames) and (not self.foreign(name) or relabelled()[name][0] >= _FREQUENT):
            return True  # 尼龙, 孔径, 权威: jieba's nr, LAC's nouns (not 钱三强, a surname and two characters; 科普, 纳米: seen too often for a name)
        return listed_with_nouns(near, start, end, self.is_thing)  # 文化、历史、科普等书籍

    def is_thing(self, tok: Token) -> bool:
        """A word for a thing, not a person: a dictionary noun, or a noun to the segmenter that
        starts with no surname (矿棉); never a post (本报记者, 主持人), which people are listed with."""
        w = tok.text
        if len(w) < 2 or w.endswith(self.post_tails):
            return False
        return is_common_noun(w) or tok.pos in NOUN_POS and w[0] not in self.surnames
