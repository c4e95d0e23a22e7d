"""Companies written as the stock market writes them: a place and one word (上海医药, 廊坊发展, 抚顺高科,
长江基建), read as a company only where nothing but a company stands.

Most short names of listed companies (证券简称) are four characters, and many are a place and a word:
alone, 河北钢铁 or 浦东建设 may as well be an industry of a province or the building of a district.
What decides is what the sentence says of the name: the words only a listed company is the subject
or owner of (X公告, X董事长, X股价, X旗下, X第一大股东) right after it, or a stake taken in it (持有X 5%
的股权, 举牌X, 增持X股份).  The cue words are the financial press's own (the FinRE relation labels
持股 增持 入股 and the announcement vocabulary of listed companies: ../shared/data/finre/README.md).
"""
from __future__ import annotations

import re

from ..posts import POSTS
from ..words import common_words
from .base import Candidate, Resources, Scan, proposer
from .context import STOP_WORDS, Context
from .generic import GENERIC, INDUSTRY, SECTORS

# what is said only of a company, right after its name (longest first where one opens another)
_CUES_AFTER = (
    "公告", "股价", "停牌", "复牌", "涨停", "跌停", "董事长", "董事会", "董秘", "总裁", "总经理", "首席执行官", "CEO", "旗下",
    "控股股东", "大股东", "第一大股东", "第二大股东", "股东大会", "年报", "半年报", "季报",
    # a stake it holds or takes, its listing (an industry of a province holds no shares: 河北钢铁持有…, 青岛啤酒上市) (FinRE train)
    "持有", "所持", "持股", "增持", "减持", "入股", "参股", "首发",
)
# its shares, after its name: a cue only after a word that is no verb (浙江发展|股权投资: to develop)
_SHARES_AFTER = ("股票", "股权", "股份", "总股本", "市值", "A股", "B股", "H股")
# a stake taken in a company, right before its name (持有[抚顺高科]5%的股权, 举牌[廊坊发展])
_STAKE_BEFORE = re.compile(r"(?:持有|持股|举牌|增持|减持|入股|参股|控股|买入|认购|受让|注资|增资|收购)了?$")
# a company's units and holders named by their role right before them (光耀集团子公司[珠海中融], 旗下[长城汽车]): a company, whatever follows
_UNIT_BEFORE = re.compile(r"(?:子公司|孙公司|旗下|旗下的|下属企业|下属公司|参股公司|控股股东|大股东|第一大股东)$")
# what may follow the name of a company a stake is taken in: an amount, the shares, a pause
_AFTER_STAKE = re.compile(r"[0-9０-９一二三四五六七八九十百千万亿.%,，、。；;）)]|的?(?:股|股份|股权|股票)")
# characters no second word of such a name opens with (a division's ending, a function word) or ends with (a count's unit)
_NOT_OPENING = frozenset("的了和与及等在是为将对向从把被也都又还就省市县区镇乡村州盟旗路街号第")
# a sector, no company (中国企业市值; the industry words 化工, 汽车 do name companies)
_SECTORS = SECTORS - frozenset(INDUSTRY)
_NOT_ENDING = frozenset("家个项名位条座所批次届期亿万年月日天号人户的了着过")
# how much of a stake, no name (收购南通太平洋[全部]股权)
_QUANTIFIERS = frozenset("全部 部分 所有 其他 其余 相关 全资 剩余".split())
_VERBS = frozenset({"v", "vd", "t", "c", "p", "d", "r"})  # (宝安|披露: a verb after a place; 香港|此前, 长安|以其: a time, a preposition; 浙江|发展 vn: a company before a post, no company before 股权)
_POSTS = frozenset(POSTS)


@proposer("securities")
def listed_short_names(res: Resources, scan: Scan) -> list[Candidate]:
    """A place's name and the one word after it, as a company, where a company's cue follows or a stake
    verb precedes it (above).  The word is no place, post or stop word and starts no division's ending."""
    ctx, text = scan.ctx, scan.ctx.text
    out = []
    for p_end, place in scan.place_end.items():
        e = p_end + 2
        word = text[p_end:e]
        if place.type != "Place" or e > len(text) or not ctx.is_start(p_end) or not ctx.is_end(e) or not _cjk(word):
            continue
        tok = ctx.token_at(p_end)
        if tok is not None and tok.pos in _VERBS:
            continue
        if not (text.startswith(_CUES_AFTER, e) or not (tok is not None and tok.pos == "vn") and text.startswith(_SHARES_AFTER, e)
                or _STAKE_BEFORE.search(text, max(0, place.start - 3), place.start) and _AFTER_STAKE.match(text, e)
                or _UNIT_BEFORE.search(text, max(0, place.start - 5), place.start) and _name_ends(ctx, e)):
            continue  # (the cues first: most places have none after them, and the word's checks below cost lookups)
        if word[0] in _NOT_OPENING or word[1] in _NOT_ENDING or word in STOP_WORDS or word in _POSTS or word in _QUANTIFIERS or word in GENERIC or word in _SECTORS or e in scan.place_end:
            continue
        if res.lex.place(word) is not None or res.suffix.get(word, ("Enterprise",))[0] != "Enterprise" or _foreign(res, text[place.start : p_end]):
            continue  # (江苏|大学: a university's name; 日本|软银: a foreign company after its country, named alone)
        out.append(Candidate(place.start, e, "Enterprise", "securities.enterprise", 2))
    return out


@proposer("dictionary-companies")
def dictionary_companies(res: Resources, scan: Scan) -> list[Candidate]:
    """A company the segmenter's dictionary knows as an organisation's name (jieba's nt) written as a province's or a city's
    name and a word (四川长虹, 上海大众, 河北宣工): one word to the segmenter, so the place-and-word reading above never
    splits it; not a division, a zone, a venue or a body another rule types (北京市工商局, 深圳经济特区, 北京人民大会堂)."""
    out = []
    for _, tok in scan.tagged("nt"):  # (jieba's nt tokens alone)
        if tok.pos != "nt" or len(tok.text) < 4 or not _cjk_all(tok.text):
            continue
        n = next((n for n in (3, 2) if (d := res.lex.place(tok.text[:n])) is not None and d.level in ("province", "city")), 0)
        rest = tok.text[n:]
        if not n or len(rest) < 2 or rest[0] in _NOT_OPENING or rest in STOP_WORDS or rest in GENERIC or rest in _SECTORS or rest in _POSTS:
            continue
        if res.lex.place(rest) is not None or rest in res.world or rest.endswith(("区", "馆", "堂", "场", "会", "运", "体")) or any(
                res.suffix.get(rest[-k:], ("Enterprise",))[0] != "Enterprise" for k in range(1, len(rest) + 1)):
            continue  # (香港贸易发展局: a body by its suffix; 北京奥运, 香港媒体: an event, a kind)
        out.append(Candidate(tok.start, tok.end, "Enterprise", "securities.dictionary", 0))  # (the model's or a rule's type wins)
    return out


_STAKE_VERB = re.compile(r"(?:入股|参股|控股|增持|减持|举牌|收购|并购|注资)了?")
_NAME_POS = frozenset({"nr", "nrt", "nrfg", "nz"})
_AFTER_HELD = re.compile(r"[，。、；,;]|股份|股权|股票|\d")  # (not 收购了王建国的股份: a person's shares)


@proposer("stakes")
def held_companies(res: Resources, scan: Scan) -> list[Candidate]:
    """What a stake is taken in is a company, whatever its name looks like (吉利以90亿美元入股[戴姆勒]，: not a person): a
    proper name to the segmenter and no word of the language (收购高峰: the buying season's peak) right after a verb of taking
    a stake, ending at a pause, its shares or an amount."""
    ctx, text = scan.ctx, scan.ctx.text
    out = []
    for m in _STAKE_VERB.finditer(text) if "股" in text or "购" in text or "注资" in text else ():
        tok = ctx.token_at(m.end())
        if tok is not None and tok.start == m.end() and tok.pos in _NAME_POS and len(tok.text) >= 2 and _cjk_all(tok.text) and tok.text not in common_words() and _AFTER_HELD.match(text, tok.end):
            out.append(Candidate(tok.start, tok.end, "Enterprise", "stake.enterprise", 2))
    return out


def _name_ends(ctx: Context, e: int) -> bool:
    """No noun continues the name at e (珠海中融|曾, not 北京中地|房地产开发有限公司 nor 苏州中材|建设: a longer name's head)."""
    tok = ctx.token_at(e)
    return tok is None or tok.start != e or not (tok.pos.startswith("n") or tok.pos in ("vn", "j"))


def _cjk_all(word: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in word)


def _cjk(word: str) -> bool:
    return len(word) == 2 and _cjk_all(word)


def _foreign(res: Resources, place: str) -> bool:
    """place is a foreign country or region (日本, 亚洲), not China or a division of it (中国南车, 廊坊发展)."""
    return place in res.world and place != "中国" and res.lex.place(place) is None
