"""When a model place is a clause or words of the language, not a name: 运河沟通南北, 鸟语花香, 阿方弘扬中阿,
在[沈阳专门]为民营企业搭建; when a model body after its place is a name whatever its words' tags (英国必发公司); and when a model
name that starts inside a word cut it (优[秀服务机构]) or only the segmenter's gluing (但|费耶诺德), and when it takes the whole
token it started inside (据拱|北海关 -> 拱北海关: `whole_token`)."""
from __future__ import annotations

from collections.abc import Callable, Container, Mapping

from .. import words
from ..edges import GLUED_HEADS
from ..people import foreign_name
from ..segment import Token
from .abbreviations import COUNTRY_CHARS
from .context import KIND_OF_COMPANY, NAME_VERBS, Context
from .places import _LANDMARK_ENDS, _PLACE_ENDS, POSITION_TAILS


def clause_or_words(
    ctx: Context, s: int, e: int, inner: list[Token], places: Container[int], named_ends: Container[int], suffixes: Container[str]
) -> bool:
    """A model place that is a clause (a preposition, 的, a verb names do not hold, a conjunction inside) or
    words of the language (`_phrase`, `_place_then_word`)."""
    return (any(tok.pos in ("uj", "p") or e not in named_ends and _clause_word(tok, places) for tok in inner[1:-1])
            or any(tok.pos == "c" and tok.text != "、" for tok in inner[1:]) or _phrase(ctx, s, e, inner, places)
            or _place_then_word(ctx, inner, suffixes) or _listed_among_words(ctx, s, e))


def _phrase(ctx: Context, s: int, e: int, inner: list[Token], places: Container[int]) -> bool:
    """A model place that holds no gazetteer place, does not end as places end, is no transliteration, and holds a
    word of the language that is no name (鸟语花香, 阿方弘扬中阿, 棚户区连; not 约翰内斯堡, 布达佩斯)."""
    name = ctx.text[s:e]
    if name.endswith(POSITION_TAILS):  # (a C test first: most names end with none)
        name = next((name[: -len(t)] for t in POSITION_TAILS if name.endswith(t) and len(name) > len(t) + 1), name)  # 琼州海峡[北岸]
    if any(k in places for k in range(s, e)) or name[-1] in _LANDMARK_ENDS or name.endswith(_MORE_PLACE_TAILS) or foreign_name(name):
        return False
    common = words.common_words()
    parts = [w for tok in inner for w in ((tok.text[:2], tok.text[2:]) if len(tok.text) == 4 and tok.text not in common else (tok.text,))]  # 积极|探索
    return len(name) >= 4 and any(len(w) >= 2 and (c := common.get(w)) is not None and c[1] in _PHRASE_TAGS for w in parts)


def _place_then_word(ctx: Context, inner: list[Token], suffixes: Container[str]) -> bool:
    """A model place that is a gazetteer place and one frequent word that is no name and does not end
    as places end, nor a name suffix (沈阳|专门, 新疆|铁路; not 北京|大兴, 金华|双龙洞, 厦门|机场)."""
    if len(inner) < 2 or (inner[0].start, inner[-2].end) not in ctx.places or inner[-1].pos in _PROPER_TAGS or inner[-1].text in suffixes:
        return False
    last = inner[-1].text
    ends_as_places = last[-1] in _PLACE_ENDS or last.endswith(_MORE_PLACE_TAILS)  # (门 of 天安门; 专门 is a word first)
    return words.is_common_word(last, _WORD_FIRST_FREQ) or not ends_as_places and words.is_common_word(last, words.NAME_MIN_FREQ)


_WORD_FIRST_FREQ = 3000  # a word this frequent in jieba's dictionary is read as the word, whatever it ends with
_PROPER_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nt", "nz", "j", "eng"})
def _listed_among_words(ctx: Context, s: int, e: int) -> bool:
    """A model place, not ending as places end, listed (、) beside items that are each one frequent word of the
    dictionary naming no place (和平、[安宁]、繁荣, 开放、[惠民]; not 正殿、[春秋楼]): an item of a list of qualities."""
    text = ctx.text
    before = ctx.token_at(s - 2) if s >= 2 and text[s - 1] == "、" else None
    after = ctx.token_at(e + 1) if text[e : e + 1] == "、" else None
    items = [t for t in (before, after) if t is not None and _one_word_item(ctx, t)]
    return text[e - 1] not in _PLACE_ENDS and bool(items) and all(
        (c := words.common_words().get(t.text)) is not None and c[1] in _QUALITY_TAGS and c[0] >= words.NAME_MIN_FREQ
        and t.text[-1] not in _PLACE_ENDS for t in items)


_ITEM_MARKS = frozenset("、，。；：“”（）等和及的")


def _one_word_item(ctx: Context, t: Token) -> bool:
    """t is a whole item of a list: list marks (or the text's edge) on both sides."""
    return (t.start == 0 or ctx.text[t.start - 1] in _ITEM_MARKS) and ctx.text[t.end : t.end + 1] in _ITEM_MARKS
_QUALITY_TAGS = frozenset({"a", "ad", "an", "v", "vn", "n"})
_PHRASE_TAGS = frozenset({"v", "vn", "vd", "a", "ad", "an", "d", "i", "l"})  # a clause's or an idiom's words, not a noun's
# ends of places' names besides kg.recognize.places' (琼州海峡, 松辽流域, 长株潭都市圈, 鸟巢, 洋浦国际集装箱码头, 国道318线)
_MORE_PLACE_TAILS = ("峡", "域", "圈", "巢", "码头", "线", "枢纽", "基地", "土地", "堤", "坝")


def _clause_word(tok: Token, places: Container[int]) -> bool:
    """Inside a model place name, a word that makes it a clause: 的, a verb of two characters that
    names do not hold (沟通, 跨越), or a one-character verb between two places (宁夏[送]湖南; not 紫坪[铺]水库)."""
    if tok.pos in ("uj", "p"):
        return True  # 北京大兴[的]南航航班, 坝河[经]温榆河
    if tok.pos != "v" or tok.text in NAME_VERBS:
        return False
    return len(tok.text) >= 2 or tok.end in places


def words_only(ctx: Context, inner: list[Token], s: int, e: int, suffixes: Container[str]) -> bool:
    """A model body that is words of the language, two or more, ending with no name suffix (民生|福祉, 交通|基础设施,
    京津冀|产业|协同|发展; not 国家|粮食局, 国际|铁路|联盟, whose heads name bodies)."""
    if len(inner) < 2 or inner[0].start != s or inner[-1].end != e or ctx.text[e - 1] in _BODY_LAST or any(ctx.text[k:e] in suffixes for k in range(max(s, e - 5), e)):
        return False
    common = words.common_words()
    return all(tok.text in common for tok in inner)


def kind_described(ctx: Context, s: int, e: int) -> int | None:
    """Where a company's name starts inside a model span that first says what kind of company it is (光伏龙头企业|隆基绿能…,
    乳制品生产基地|伊利集团, 装备制造基地|东方电气集团; not 南京基地|建设有限公司, a verb after 基地), or None."""
    toks = ctx.within(s, e)
    for j in range(len(toks) - 2, -1, -1):
        tok = toks[j]
        if e - tok.end >= 2 and (tok.text in KIND_OF_COMPANY or tok.text == "基地" and toks[j + 1].pos not in _VERBAL and ctx.text.endswith(("集团", "公司"), s, e)):
            return tok.end
    return None


_VERBAL = frozenset({"v", "vn", "vd", "a", "ad"})
_BODY_LAST = frozenset("会局委办院所部厅署处司社团队盟网行")  # how bodies' names end (委员会, 理事会, 电网: no suffix of suffixes.tsv)


def places_only(ctx: Context, s: int, e: int) -> bool:
    """text[s:e] is gazetteer places written one after another (湖北|天门): an address, no body's name."""
    k = s
    while k < e:
        k = max((b for a, b in ctx.places if a == k), default=-1)
        if k < 0:
            return False
    return k == e


# the types of bodies; the heads of their names (局, 署, 拍卖行, 事务所, 委员会 …) a model name may end with when no suffix of the list does
BODY_TYPES = frozenset({"Enterprise", "Organization", "GovernmentBody"})
_BODY_HEADS = (*"局署司行所部会社院厅处", "组织")  # (印度国防研发组织: 组织/v to the segmenter)


def placed_body(ctx: Context, s: int, e: int, named_ends: Container[int], world: Mapping[str, str]) -> bool:
    """A model body of five characters or more that opens with a place the gazetteers know (a division, a foreign
    country or city) and ends with a body's head: the name of a company or organ of that place, its inner words
    (必发, 纵横天正, 导弹防御, 联达四方) a name's, however the segmenter tags them (adverbs, verbs, counts)."""
    if e - s < 5 or not (e in named_ends or ctx.text.endswith(_BODY_HEADS, s, e)) or any(world.get(ctx.text[k:e], "Place") != "Place" for k in range(s + 2, e - 1)):
        return False  # (中国—[上海合作组织]: a body of the world list ends the span, two names)
    first = ctx.token_at(s)
    return first is not None and first.start == s and first.end <= e - 3 and ((first.start, first.end) in ctx.places or world.get(first.text) == "Place")


def after_places(ctx: Context, inner: list[Token], world: Mapping[str, str]) -> list[Token]:
    """The tokens of a span after the places it opens with (浙江|温州|设立…: 设立…), its first token at least."""
    k = 0
    while k < len(inner) and ((inner[k].start, inner[k].end) in ctx.places or world.get(inner[k].text) == "Place"):
        k += 1
    return inner[max(k, 1) :]


# what jieba glues to the first character of a name it does not know (但|费耶诺德 -> 但费, 而|加拉塔萨雷 -> 而加): conjunctions,
# prepositions and one-character verbs, which open no word of the dictionary with it
_GLUED_BEFORE = GLUED_HEADS | frozenset("但而并且又")


def cut_at_start(ctx: Context, s: int, in_dictionary: Callable[[str], bool], body: bool = False) -> bool:
    """The model's name starts inside a word: an adjective, adverb, verb, count or common noun the name cuts (优[秀服务机构]),
    not a word of no dictionary that a conjunction or preposition makes with the name's first character (但费|耶诺德), nor,
    for a body, that any word makes with it (打热|刺, 低水热|刺: the segmenter's guess, not a word the name cuts)."""
    tok = ctx.token_at(s)
    if tok is None or tok.start >= s or not (tok.pos in ("a", "ad", "d", "v", "vn", "l", "m") or words.is_common_noun(tok.text)):
        return False
    return not (tok.start == s - 1 and ctx.text[tok.start] in _GLUED_BEFORE or body and tok.end <= s + 1) or in_dictionary(tok.text)


def cuts_word(ctx: Context, s: int, e: int) -> bool:
    """The span starts two or more characters inside an ordinary word of the dictionary (推进全面[从|严治党]): it cuts the word."""
    tok = ctx.token_at(s)
    return tok is not None and tok.start < s < tok.end - 1 and tok.end <= e and tok.text in words.common_words()



def whole_token(ctx: Context, s: int, t: str, in_dictionary: Callable[[str], bool]) -> int:
    """Where a model body or place that starts on a token's second character starts: at the token's start when the token is a
    proper noun of the segmenter's dictionary and no word of the language (据拱|北海关 -> 拱北海关, the dictionary's place 拱北;
    泛|珠三角, 黄|淮海), else at s: a word the name cuts is `cut_at_start`'s and `cuts_word`'s to judge; the segmenter's guess
    glues a verb or adverb to a name it does not know (有立|博, 好罗|威纳); a preposition or conjunction glued to the name's
    first character (同谷|文昌…) opens no name, nor does one country's side before another's (中|非, 中|德)."""
    tok = ctx.token_at(s)
    if t == "Person" or tok is None or tok.start != s - 1 or tok.end == s or tok.pos not in _PROPER_TAGS or tok.text in words.common_words():
        return s  # (东北地|区…: the model read a place in the token, then started anew)
    head = ctx.text[tok.start]
    rest_a_word = tok.text[1:] in words.common_words()  # 新|开工: a modifier and a word, no name the model cut
    if rest_a_word or head in _GLUED_BEFORE or head in COUNTRY_CHARS and ctx.text[s] in COUNTRY_CHARS:
        return s
    return tok.start if in_dictionary(tok.text) else s


# the bare suffixes a kind of company ends with (CLUENER's and the news's kinds: 外资法人|银行, 商务型|酒店, 比赛中博彩|公司)
KIND_SUFFIXES = frozenset(("银行", "公司", "酒店", "分行", "出版社"))
_KIND_FILLERS = frozenset({"f", "k", "p", "d", "uj", "ul"})  # one-character words a description holds (中, 内, 型, 向)


def kind_in_words(ctx: Context, start: int, s: int) -> bool:
    """The words before a bare suffix (text[start:s]) describe a kind of company, no name: two or more words of the
    language, the segmenter leaving the suffix on its own (问题|咨询|银行, 外资|法人|银行, 主题|特色|酒店, 比赛|中|博彩|公司;
    not 中|天|拍卖|公司, two characters of a name it split, nor 国家开发银行, a name it holds whole, nor 北京|银行, 平安|银行:
    a place, one word)."""
    before = ctx.within(start, s)
    if not ctx.is_start(s) or len(before) < 2 or before[0].start != start or before[-1].end != s:
        return False
    common = words.common_words()
    return len(before[0].text) >= 2 and all(  # (前|国家|银行: the former one, a name)
        tok.text in common if len(tok.text) >= 2 else tok.pos in _KIND_FILLERS for tok in before)
