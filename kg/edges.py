"""Where a name begins: the words that end a walk left from a name suffix.

jieba's POS tags are a weak guide here: its dictionary calls 充分发挥 a noun and
盖章 a name, and it glues a one-character verb to an unknown word (属大孟, j), so
walking left from 工程 or 项目 over "noun-like" tokens ran into the clause's verb.
These checks read a token by the dictionary words it is made of instead.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable, Container, Sequence

from . import words
from .segment import Token
from .zones import HEADS, KIND_WORDS

# words that pick out which or how many of a thing, never part of its name
# (整个大孟产业新城…, 每个乡镇…); jieba tags several of them b or n, not r
DETERMINERS = frozenset(
    "整个 整座 整条 整片 整体 全体 全部 每个 每一 每座 每家 各个 个别 大部分 多数 少数 其余 其他 另一 另外 同一 任何 任一".split()
)
# "former" before a body's name or a post (原中国国电集团公司党组成员, 中信银行广州分行原党委书记,
# 前任董事长): the time of the post, never the first word of the name
FORMER = frozenset("原 前任 时任".split())
_ADVERB_POS = frozenset({"d", "ad"})
_VERB_POS = frozenset({"v", "vd", "vi"})
# one-character verbs and prepositions that jieba glues to an unknown word after them
# (属大孟 = 属 + 大孟, 由省 = 由 + 省); no name starts with one unless the word is a known one
GLUED_HEADS = frozenset("属系在于由与和及向从对为是被将把经据至到同跟给让含")


# registered company forms: what follows a company's full name, never a count of companies
LEGAL_FORMS = ("有限公司", "有限责任公司", "股份有限公司", "集团有限公司", "集团股份有限公司")
# first characters of a count (三家, 一万家, 十几个, 数百家, 多家, 每家)
_COUNT_HEADS = frozenset("一二两三四五六七八九十百几数多每近上余")


def brand_numeral(word: str, text: str, suffix_start: int) -> bool:
    """word, which jieba tags a numeral (万家), starts the registered name of a company whose
    legal form begins at suffix_start (万家企业集团有限公司): no count is followed by one
    (三家有限公司 reads as a count and stays one)."""
    return text.startswith(LEGAL_FORMS, suffix_start) and not any(c.isdigit() for c in word) and word[:1] not in _COUNT_HEADS


# the trade a company plies, written right before its name as the kind it is (芯片制造商[台积电公司], 开发商[碧桂园集团]):
# the nouns in 商 that CLUENER's training sentences put before a company's name (开发商 4, 发行商 3, 生产商, 制造商, 出版商)
# and the 1,200 articles use (供应商 13, 出口商 8, 服务商 7, 进口商 3), with the other trades of the same form
TRADE_ROLES = ("生产商", "制造商", "开发商", "发行商", "出版商", "供应商", "服务商", "运营商", "承包商", "经销商",
               "代理商", "分销商", "批发商", "零售商", "进口商", "出口商", "赞助商")
# roles a company holds towards another, written right before its name (of kg.relations.frames' role nouns)
_ROLES_BEFORE = ("控股股东", "第一大股东", "第二大股东", "第三大股东", "大股东", "股东", "全资子公司", "控股子公司", "子公司", "母公司",
                 "战略投资者", "投资方", "实际控制人", *TRADE_ROLES)


def past_role(text: str, start: int, end: int) -> int:
    """Where a name begins that a walk or the model started at the role its holder has (其控股股东[华润集团], 的大股东[汇金公司]),
    when at least two characters are left before end (股东大会 stays)."""
    if not text.startswith(_ROLES_BEFORE, start):
        return start  # (most spans: one C call, not a generator over the thirteen roles)
    role = next((r for r in _ROLES_BEFORE if text.startswith(r, start)), None)
    return start + len(role) if role is not None and end - start - len(role) >= 2 else start


_INNER_ROLES = (*_ROLES_BEFORE, "巨头")  # (国际汽车巨头[丰田汽车公司]: a kind said of it)
_INNER_ROLE_LAST = frozenset(r[-1] for r in _INNER_ROLES)


_INNER_ROLE_SET = frozenset(_INNER_ROLES)
_INNER_ROLE_LENGTHS = sorted({len(r) for r in _INNER_ROLES})


def past_inner_role(text: str, start: int, end: int, is_start: Callable[[int], bool]) -> int:
    """Where a name begins that a walk started at its holder's company and role (通葡股份大股东[新华联控股]有限公司): past
    the last role on word edges inside [start, end), when at least two characters are left before end."""
    if _INNER_ROLE_LAST.isdisjoint(text[start + 1 : end - 2]):
        return start  # (most spans: no role's last character where one could end, one C call)
    for e in range(end - 2, start + 1, -1):  # the role's end, the last first (商 of 商务, 东 of 广东: look up only what ends there)
        if text[e - 1] in _INNER_ROLE_LAST and is_start(e):
            for n in _INNER_ROLE_LENGTHS:
                if e - n > start and text[e - n : e] in _INNER_ROLE_SET and is_start(e - n):
                    return e
    return start


def role_before(text: str, start: int, end: int) -> int:
    """Where a name ends that a span reads on into the role its holder has (锦龙股份[控股股东]), when at least two
    characters are left."""
    if not text.endswith(_ROLES_BEFORE, start, end):
        return end
    role = next((r for r in _ROLES_BEFORE if text.endswith(r, start, end)), None)
    return end - len(role) if role is not None and end - start - len(role) >= 2 else end


_CONJUNCTIONS = frozenset("和 与 及 以及 、 同".split())


def joins_names(tokens: Sequence[Token], named_ends: Container[int]) -> bool:
    """A span over `tokens` holds a conjunction right after a name suffix or department
    name ends (武汉市网信办和武汉市城市客运办): two names and the word joining them, not one.
    Conjunctions inside names follow ordinary words (文化和旅游厅, 发展和改革委员会)."""
    return any(t.text in _CONJUNCTIONS and t.start in named_ends for t in tokens[1:-1])


def adverbial_verb(word: str) -> bool:
    """word is an adverb and a verb written as one token (充分发挥, 共同开发, 积极参与):
    a verb phrase, whatever tag jieba's dictionary gives the compound."""
    if len(word) < 4:
        return False
    head, rest = words.common_words().get(word[:2]), words.common_words().get(word[2:])
    if word[:2] in _DEGREE and rest is not None and len(word) == 4:
        return True  # 高度评价, 大力支持, 衷心感谢: jieba tags the adverb (高度, 大力) and the verb (评价) nouns
    return head is not None and head[1] in _ADVERB_POS and rest is not None and rest[1] in _VERB_POS


# adverbs of degree of official prose, which the dictionary tags otherwise (高度: n, 大力: n)
_DEGREE = frozenset("高度 大力 深切 热烈 亲切 严厉 衷心 充分 积极 全面 认真".split())


def ends_name(word: str) -> bool:
    """A token a name cannot extend left across: a determiner, "former", an adverb-verb phrase or one of the idioms
    jieba tags as names (建立健全|项目: kg/data/ordinary.tsv, tag i)."""
    return word in DETERMINERS or word in FORMER or adverbial_verb(word) or len(word) == 4 and words.relabelled().get(word, (0, ""))[1] == "i"


# former, present: a token of its own before a body's name when a person held a post there (前|美国在台协会理事主席, 现|华府智库…
# 研究所主任); CLUENER's and People's Daily's non-held bodies leave it out 47 times and hold it 3 (前苏联 is a word of its own)
_THEN = frozenset("前现")
_NUMERAL_CHARS = frozenset("0123456789一二三四五六七八九十两百千几")


def then_before(word: str, following: str) -> bool:
    """word is 前 or 现 (former, present) before a word of two characters or more that is no count (not 前|海 of 前海, 前|十个月)."""
    return word in _THEN and len(following) >= 2 and following[0] not in _NUMERAL_CHARS


def glued_head(word: str, known: Callable[[], bool]) -> bool:
    """word (a token that is no dictionary word or place: `known()` False) starts with a
    one-character verb or preposition glued to the name after it (属[大孟]产业新城, 经[港]珠澳大桥…口岸, 含[西]咸新区).
    A zone's short form (经开区: kinds of zone and a zone head, kg.zones) is whole. (`known` is asked
    last: most words open with no such character, and the callers' lookups cost more than the tests.)"""
    if len(word) == 3 and word[1] == "家" and word[2] in _CLAN_PLACE_ENDS:
        return False  # 向家坝, 于家堡, 和家村: a clan's place (向 and 于 are surnames), no preposition
    return len(word) >= 2 and word[0] in GLUED_HEADS and not (word.endswith(HEADS) and word[:-1] in KIND_WORDS) and not known()


_CLAN_PLACE_ENDS = frozenset("坝村庄湾沟堡河岭山坪营店寨峪屯洼窑嘴桥")
# modal verbs and adverbs jieba glues, with the preposition after them, to a name's first character (可经|港珠澳大桥, 均在|京…)
_MODALS = frozenset("可能均都也还已再又")


# 继 (following) before a name and its suffix, maybe others listed with it, then (之)后: the frame 继…(之)后 (是继[港]珠澳大桥、深中通道后…)
# SEQUENCE_CLOSE: the frame's end right after a name (a list of others, then 后), as the model's path reads it
_LISTED_THEN_AFTER = r"(?:、[^，。；、\s]{2,12})*之?后"
SEQUENCE_CLOSE = re.compile(_LISTED_THEN_AFTER)
_SEQUENCE_AFTER = re.compile(r"[^，。；、\s]{1,4}" + _LISTED_THEN_AFTER)


def sequence_head(word: str, known: Callable[[], bool], after: str) -> bool:
    """word (a token that is no word: `known()` False) opens with 继 glued to a name in the frame 继…(之)后, `after` the text
    from the name's last characters on (是[继港]珠澳大桥、深中通道后…; not 继峰股份发布公告后, no 后 right after the name)."""
    return len(word) >= 2 and word[0] == "继" and _SEQUENCE_AFTER.match(after) is not None and not known()


def glued_length(word: str, known: Callable[[], bool], after: str = "") -> int:
    """How many characters of word (a token, `glued_head`) are a preposition or verb glued before a name: 1 for
    `glued_head` (经港) and for 继 in the frame 继…(之)后 (继港, `after`: the text from the name's suffix on), 2 for a
    modal or adverb then a preposition (可经港: 车主[可经]港珠澳大桥…口岸), else 0."""
    if glued_head(word, known) or sequence_head(word, known, after):
        return 1
    return 2 if len(word) >= 3 and word[0] in _MODALS and glued_head(word[1:], known) else 0


def before_verb(tokens: Sequence[Token], end: int, governs: Callable[[Token], bool]) -> int:
    """Where a model name [.., end) over `tokens` should end: before the first inner token
    that `governs` (a verb that takes a name as object: 依托, 成立, 支持), else at end.
    A name runs up to the clause's verb, not across it (湖北国投成立交银信托 -> 湖北国投)."""
    return next((t.start for t in tokens[1:-1] if governs(t)), end)


def name_like(tokens: Sequence[Token], verbs: Container[str], suffixes: Container[str] = (), named_end: bool = False) -> bool:
    """A model span over `tokens` reads as a name: it does not begin or end on a verb other
    than `verbs`, those inside names (扎根泥土, 红利惠及), and holds no adverb or pronoun
    (兰花保税物流中心充分发挥保税仓储). jieba tags many names as verbs (招行), so one word alone passes."""
    if tokens and tokens[0].text in FORMER:
        return False  # [原党委]书记: "former" and a post's first word
    if len(tokens) < 2:
        return True
    if any(t.pos in ("d", "ad", "r", "y", "e", "o") for t in tokens):
        return False
    first, last = tokens[0], tokens[-1]
    if first.pos in ("v", "ad", "d") and len(first.text) >= 2 and first.text not in verbs:
        return False
    # 分行, 支行 are verbs to jieba: a name suffix ends a name whatever its tag
    # named_end: a department or name suffix ends the span (丰台区住保办: jieba reads 保办 as a verb)
    return named_end or not (last.pos in ("v", "a") and len(last.text) >= 2 and last.text not in verbs and last.text not in suffixes)


# schools and hospitals a town numbers (第四实验小学, 第二中学, 第一人民医院), not a count (第一所中学)
_ORDINAL = re.compile(r"第[一二三四五六七八九十\d]+(?![\d一二三四五六七八九十所个批家座间])")
_NUMBERED_HEADS = ("小学", "中学", "学校", "幼儿园", "医院")


def numbered_school(name: str, text: str, end: int) -> bool:
    """name, before a school's or hospital's head at end, opens with the ordinal that names it."""
    return _ORDINAL.match(name) is not None and text.startswith(_NUMBERED_HEADS, end)


@functools.lru_cache(maxsize=1)
def _field_pairs() -> frozenset[tuple[str, str]]:
    """The two characters each side of 和 in the departments' names (粮食|物资, 文化|旅游, 工业|信息: kg/data/departments.tsv)."""
    from .lexicon import _data_path

    out = set()
    for line in _data_path("departments.tsv", None).read_text(encoding="utf-8").splitlines()[1:]:
        name = line.partition("\t")[0]
        for k in (i for i, ch in enumerate(name) if ch == "和" and i >= 2):
            out.add((name[k - 2 : k], name[k + 1 : k + 3]))
    return frozenset(out)


def field_pair(text: str, start: int, end: int) -> bool:
    """text[start:end], a 和, joins the two fields of a department's name (全国粮食[和]物资储备科技活动周): no list."""
    return text[start:end] == "和" and (text[max(0, start - 2) : start], text[end : end + 2]) in _field_pairs()


# the pairs of marks a name holds both of, or neither (雄商高铁（[河北段）桥梁], 台江县[“村]BA”, 昌河飞机工业（集团: cut inside)
_QUOTES = (("“", "”"), ("‘", "’"), ("《", "》"), ("「", "」"), ("（", "）"), ("(", ")"))
_QUOTE_CHARS = frozenset("".join(a + b for a, b in _QUOTES))  # a name without any is balanced (one test, not twelve counts)


def unbalanced(name: str) -> bool:
    """name holds one mark of a pair of quotes or brackets without the other: a span cut inside them."""
    return not _QUOTE_CHARS.isdisjoint(name) and any(name.count(a) != name.count(b) for a, b in _QUOTES)
