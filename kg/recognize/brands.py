"""The short names companies go by: a brand and an industry word (格力电器, 中来光能, 上海锦江旅游)."""
from __future__ import annotations

import functools
import re

from ..edges import GLUED_HEADS, TRADE_ROLES
from ..lexicon import _data_path
from ..posts import POSTS
from ..rescan import alternation
from ..types import Mention
from ..words import common_words, noun_tagged_verbs
from .base import Candidate, Resources, Scan, proposer
from .context import POLICY_VERBS, STOP_WORDS, Context
from .generic import GENERIC, INDUSTRY, NOT_BRANDS, SECTORS
from .places import _PLACE_ENDS
from .resolve import grown_left

# the trades of finance and film that end the short names of their firms (天琪期货, 甘肃信托, 索尼影业, 人保财险; CLUENER's
# non-held sentences label 22 of the 24 names ending with 信托 and all with 期货 or 影业 Enterprise): read by this proposer
# alone (not the industries of `kg.recognize.generic`, which policy news lists), each a word of its own after no word of the
# language (原油|期货, 股指|期货: what the futures are of), two characters (not 碳酸锂|期货). Tried and left out: 投资 (对华投资,
# 两国投资, 广东湛江投资 in the 1,200 articles), 电影, 游戏 (周迅电影, 三国游戏: kinds of films and games), 顾问 (首席顾问: a
# post), and 咨询, 资讯, 经纪, 娱乐 (no name gained on the folds, +1.7 % instructions per character: common words of news)
_TRADES = frozenset("期货 信托 影业 财险".split())
_INDUSTRY_RE = re.compile(alternation((*INDUSTRY, *_TRADES)))  # longest first
_CJK_ONLY = re.compile("^[\u4e00-\u9fff]+$")
_NOUN_AFTER = frozenset({"n", "nz", "j", "ng"})  # (not vn: 中来光能|投产; not l: 许继电气|顺利完成)
_POST_OPENINGS = (*POSTS, "副", "党委", "党组", "首席", "常务")
_POSTS_BEFORE = tuple(p for p in POSTS if len(p) >= 2)  # (not 委: 中央军委|…)
# what only a company has, said right after its name (广济药业|高管, 咏宁水泥|股权, X|股东大会): the listed companies' vocabulary
COMPANY_WORDS = frozenset("高管 股东 大股东 股东大会 股价 股票 股权 公告 董事 董事会 员工 年报 市值 总股本".split())


def _after_name(word: str, text: str, e: int) -> bool:
    """word, a noun to the segmenter right after a brand and an industry word, may follow a company's name: another
    industry word (华昱能源|化工), a post (中来光能|董事长) or a verb the dictionary tags a noun (美锦能源|利用)."""
    return word in INDUSTRY or text.startswith(_POST_OPENINGS, e) or word in noun_tagged_verbs() or word in COMPANY_WORDS


_NAME_CONTINUES = frozenset("公司集团厂产业行业企业板块领域项目技术设备材料园区基地中心局厅委部博展会论峰赛节")  # …科技[博览会]: an event
# (s, h: 海上智能, 非化石能源 are a place word, a prefix before an industry)
# industry words only companies are named with: a word of the language before one is a brand (光明乳业, 华润置地, 长城实业)
_RARE_NOUN = 200  # a dictionary frequency below which a noun may be a brand (神火 36, 交运 12; 部分 27,619, 国有 3,482)
_FIRMS_ONLY = frozenset("乳业 药业 置地 煤业 酒业 锂业 铝业 铜业 纸业 种业 实业 重工 特钢".split())  # (not 置业: to buy a home; 牧业: 畜牧业)
_NOT_BRAND_POS = frozenset({"m", "mq", "q", "p", "c", "r", "d", "u", "uj", "ul", "uz", "ug", "ud", "uv", "x", "f", "y", "e", "o", "zg", "s", "h"})


@proposer("brands")
def brand_names(res: Resources, scan: Scan) -> list[Candidate]:
    """The short names listed companies go by: a brand and an industry word, after a
    place or not (中来光能, 凯信节能, 上海锦江旅游, 格力电器, 蒙牛乳业).  The brand is
    no place (unless a place precedes it), no common word and no generic modifier
    (山西能源, 清洁能源, 新兴产业)."""
    ctx, place_end = scan.ctx, scan.place_end
    out = []
    text = ctx.text
    for m in _INDUSTRY_RE.finditer(text):
        ind, e = m.start(), m.end()
        if not ctx.is_end(e) or e < len(text) and text[e] in _NAME_CONTINUES or m.group() in _TRADES and not _trade_alone(ctx, ind):
            continue
        if (nxt := ctx.token_at(e)) is not None and nxt.start == e and nxt.pos in _NOUN_AFTER and not _after_name(nxt.text, text, e):
            continue  # 卫星通信|装备, 锂离子电池|储能, 观光旅游|列车: a kind of thing the noun after it is, no company
        for bs in (ind - 2, ind - 3):
            if bs < 0 or not (ctx.is_start(bs) or bs == ind - 2 and _glued_before(ctx, bs, ind)):
                continue
            brand = text[bs:ind]
            place = place_end.get(bs)
            placed = place is not None and place.type == "Place"
            if not _CJK_ONLY.match(brand) or brand in NOT_BRANDS or brand in GENERIC or brand.endswith("化") or _not_a_brand(res, ctx, bs, ind, brand, placed):
                continue
            if not placed and (res.lex.place(brand) is not None or brand in res.world):
                continue
            if bs == ind - 3 and m.group() in _TRADES:
                continue  # a trade's brand is two characters (碳酸锂|期货: a commodity; 据粤丰|期货: a preposition glued to the brand)
            if brand[-1] in "委局部厅会院所办处" or brand[0] in "为是" and bs > 0 and _CJK_ONLY.match(text[bs - 1]) or brand[0] in "由被" and len(brand) >= 3:
                continue  # 奥组委环保: a body, then a topic; 华立科泰[为华立药业]: a copula and the name after it; [由央企]控股: by whom
            if _brand_words(ctx, bs, ind, e, brand):
                out.append(Candidate(place.start if placed and place is not None else bs, e, "Enterprise", "brand.enterprise", 2))
                break
    return out


def _brand_words(ctx: Context, bs: int, ind: int, e: int, brand: str) -> bool:
    """The words of the brand `text[bs:ind]` before its industry word (ending at `e`) make a proper name: one word the
    dictionary tags a name, the rest of a glued word, or words none of which is a verb, a time or a word of the language."""
    text = ctx.text
    whole = ctx.token_at(bs)
    if whole is not None and whole.start == bs and whole.end == e:  # 格力电器: one word, a proper name
        ok = whole.pos in ("nz", "nt")
    elif whole is not None and whole.start == bs - 1:  # 致使[对瑞福]锂业: the rest of a glued word, no dictionary word
        ok = whole.pos in ("nr", "ns", "nz", "x") and brand not in common_words()
    else:
        toks = ctx.within(bs, ind)
        ok = bool(toks) and not any(
            t.pos in _NOT_BRAND_POS and not (t.pos == "x" and _CJK_ONLY.match(t.text))  # 潍柴: unknown to jieba
            or t.pos in ("v", "vn", "a", "ad") and len(toks) > 1
            or t.pos == "t" and t.text in common_words()  # 今夏能源: a time (not 中来光能, unknown to the dictionary)
            for t in toks
        ) and (text[ind:e] in _FIRMS_ONLY and len(toks) == 1 and toks[0].pos in ("n", "a", "an", "b", "nz", "j", "z") or not (
            len(toks) == 1 and toks[0].pos in ("n", "vn", "v", "a", "b", "an")  # 科技创新能源: words, not a brand
        ) and brand not in common_words())  # 医保|电子, 仓储|物流, 最佳|旅游: a word of the language (jieba: j, z), no brand
        # a rare noun before 股份 (神火股份, 交运股份; not 部分股份, 国有股份: words of the language): the stock market's way of
        # naming a company (FinRE train)
        ok = ok or len(toks) == 1 and text[ind:e] == "股份" and toks[0].pos in ("n", "nz", "j", "nr", "ns") and (
            0 < common_words().get(brand, (0, ""))[0] < _RARE_NOUN) and brand[-1] not in "人方者"  # (发行人股份: a party's shares)
    return ok


# modifiers that open phrases, not names (高水平科技自立自强, 新一轮科技革命, 新时代文化)
_MODIFIERS = frozenset("高水平 高质量 高层次 高标准 高起点 新一轮 新一代 新时代 新阶段 全方位 全链条 全产业 多层次 一流 世界级 国际化".split())
# what ends an adjective (轻量型, 颠覆性, 开放式, 国家级) or a place word (区域内, 境外): no brand ends so
_NO_BRAND_ENDS = ("型", "性", "式", "级", "内", "外")
_LONG_INDUSTRY = tuple(w for w in INDUSTRY if len(w) >= 2)
_STOP_OPENINGS = tuple(w for w in STOP_WORDS if len(w) >= 2)  # one startswith call, not one per word
_POLICY_OPENINGS = tuple(POLICY_VERBS)  # 深化物流和金融合作


def _not_a_brand(res: Resources, ctx: Context, start: int, end: int, brand: str, placed: bool) -> bool:
    """brand, the characters before an industry word, cannot be a company's short name: it holds
    a name suffix (集团草[种业]) or an industry word (光电[生物], 煤电煤[化工]), is a modifier (高水平[科技]),
    ends as adjectives and place words end (轻量型[智能], 颠覆性[科技], 区域内[新能源]), or starts with a
    modifier or a verb that governs names (现代煤[化工], 打造出[新能源])."""
    if "集团" in brand or "公司" in brand or brand in SECTORS or brand in _MODIFIERS or brand.endswith(_NO_BRAND_ENDS):
        return True
    if any(w in brand for w in _LONG_INDUSTRY):  # 煤电煤[化工]: an industry listed before another
        return True
    if not placed and len(brand) >= 3 and brand[-1] in _PLACE_ENDS and res.lex.place(brand[:-1]) is not None:
        return True  # 上海港[新能源]汽车: a place (a port), then the industry
    first = next(iter(ctx.within(start, end)), None)
    return first is not None and first.start == start and first.end < end and (first.text in NOT_BRANDS or first.text in STOP_WORDS) or brand.startswith(_STOP_OPENINGS) or brand.startswith(_POLICY_OPENINGS)


def _trade_alone(ctx: Context, ind: int) -> bool:
    """A trade word at ind is a word of its own, not modified by the one character before it (项目|总|投资: a total) nor
    after a common noun (碳酸锂|期货, 股指|期货: what the futures are of)."""
    before = ctx.token_at(ind - 1) if ind else None
    return ctx.is_start(ind) and not (before is not None and (
        len(before.text) == 1 and before.pos in ("b", "a", "d") or before.pos == "n" and before.text in common_words()))


@functools.lru_cache(maxsize=1)
def known_companies() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """Companies news names without a legal suffix (kg/data/companies.txt): a pattern of every name,
    longest first, and each name's label (the first name of its line)."""
    label: dict[str, str] = {}
    for line in _data_path("companies.txt", None).read_text(encoding="utf-8").splitlines():
        names = line.split("#", 1)[0].split()
        for n in names:
            label.setdefault(n, names[0])
    pattern = re.compile(alternation(label)) if label else None  # (longest first: kg.rescan.alternation)
    return pattern, label


@proposer("companies")
def companies(res: Resources, scan: Scan) -> list[Candidate]:
    """Known companies by the names they go by (国家电网, 中国石化, 中国中车), on word boundaries,
    labelled by their first name (国网 -> 国家电网)."""
    pattern, label = known_companies()
    out = _bureaus(scan) + _after_trade(scan)
    if pattern is None:
        return out
    ctx = scan.ctx
    for m in pattern.finditer(ctx.text):
        if not (ctx.is_start(m.start()) or _glued_head(ctx, m.start(), m.end())) or not ctx.is_end(m.end()) or m.group().endswith("航") and ctx.text.startswith(("道", "线"), m.end()):
            continue  # (大桥南|航道: a channel, not China Southern's 南航)
        if ctx.text.endswith(_POSTS_BEFORE, 0, m.start()) and len(m.group()) <= 3:
            continue  # 央行副行长[苏宁]: a post's holder, named as a company is (person.post reads him)
        end = m.end()
        if (tail := _GROUP_TAIL.match(ctx.text, end)) is not None and ctx.is_end(tail.end()):
            end = tail.end()  # 大连万达[集团]: the name and its legal form, one company
        if (unit := _NUMBERED_UNIT.match(ctx.text, end)) is not None:
            end = unit.end()  # 航天科技集团[六院], 中国电科[十四所]: a numbered institute of the group, named with it
        canonical = label[m.group()] if label[m.group()] != m.group() or end > m.end() else None
        out.append(Candidate(m.start(), end, "Enterprise", "known.enterprise", 3, canonical=canonical))
    return out


def _glued_before(ctx: Context, s: int, e: int) -> bool:
    """The segmenter glued a preposition to the brand in one word of no dictionary (股份占[对瑞福]锂业: 对瑞福)."""
    return _glued_head(ctx, s, e) and s >= 2 and _CJK_ONLY.match(ctx.text[s - 2]) is not None  # (、和睦家医疗: after a pause 和 opens the name)


def _glued_head(ctx: Context, s: int, e: int) -> bool:
    """The segmenter glued a preposition or a copula to the name in one word of no dictionary (股东为力拓。: 为力拓)."""
    tok = ctx.token_at(s)
    return tok is not None and tok.start == s - 1 and tok.end == e and ctx.text[s - 1] in GLUED_HEADS and tok.text not in common_words()


_NUMBERED_UNIT = re.compile(r"[一二三四五六七八九十]{1,3}[院所]|\d{1,3}所")
_GROUP_TAIL = re.compile("集团股份有限公司|集团有限公司|股份有限公司|有限责任公司|有限公司|集团公司|集团|公司")


# the engineering bureaus of the central construction groups are companies (中建三局, 中铁十一局集团, 中交二航局):
# numbered, they are no government's bureaus
BUREAU = re.compile(r"(?:中建|中铁|中交|中冶|中铁建|中国电建|中国水电|水电)[一二三四五六七八九十\d]{1,3}[航公]?局(?:集团)?(?:有限公司|公司)?")


def _bureaus(scan: Scan) -> list[Candidate]:
    """Construction groups' numbered bureaus as Enterprise names (rule `known.bureau`)."""
    ctx = scan.ctx
    return [Candidate(m.start(), m.end(), "Enterprise", "known.bureau", 3) for m in BUREAU.finditer(ctx.text) if ctx.is_end(m.end()) or ctx.text[m.end() : m.end() + 1] in "，。、；和与及承负中"]


# a company's name in Latin letters right after the trade it plies (游戏开发商Ascaron, 发行商Stardock, 出版商DelRey): CLUENER's
# non-held training sentences label 9 of the 10 such names Enterprise; not a post's letters (开发商CEO)
_AFTER_TRADE = re.compile(rf"(?:{'|'.join((*TRADE_ROLES, '制作商'))})([A-Za-z][A-Za-z0-9&'’-]*[A-Za-z0-9])")  # (no lookbehind: the
# pattern's first characters let the engine skip the text's other offsets)
_NOT_FIRMS = frozenset("CEO CFO COO CTO VP".split())
# and the maker of a game or a film named in Latin letters (由Relic开发的…, 由CAPCOM与GRIN共同开发, 由ParadoxInteractive负责发行):
# CLUENER's non-held training sentences label 8 of the 9 such names Enterprise, none a person
_LATIN = r"[A-Za-z][A-Za-z0-9&'’.-]*[A-Za-z0-9]"
_ANY_LATIN = re.compile("[A-Za-z]")
_MADE_BY = re.compile(rf"由({_LATIN})(?:[与和]({_LATIN}))?(?:公司)?(?:联合|共同|自主|负责|独立)?(?:开发|研发|制作|发行|代理|运营|出品)")


def _after_trade(scan: Scan) -> list[Candidate]:
    """Companies named in Latin letters after their trade or as a work's makers, as Enterprise names (rules `trade.latin`,
    `maker.latin`)."""
    text = scan.ctx.text
    if _ANY_LATIN.search(text) is None:
        return []  # (most sentences of news: no Latin letter to name a maker)
    out = [Candidate(m.start(1), m.end(1), "Enterprise", "trade.latin", 3) for m in _AFTER_TRADE.finditer(text)
           if m.group(1).upper() not in _NOT_FIRMS] if "商" in text else []
    if "由" in text:
        out += [Candidate(m.start(k), m.end(k), "Enterprise", "maker.latin", 3) for m in _MADE_BY.finditer(text) for k in (1, 2) if m.group(k)]
    return out


def owned_works(mentions: list[Mention], text: str) -> list[Mention]:
    """A work named right after a known company, with nothing between, is named with it (国家电网|甘肃至浙江…特高压直流
    输电工程, 中广核|汕尾甲子…海上风电场: its owner, as readers name it); the company is nested in it."""
    heads = {m.end: m for m in mentions if m.rule == "known.enterprise" and not m.nested}
    return grown_left(mentions, heads, lambda _, m: m.type == "Project" and text[m.start - 1 : m.start] not in "、，。；", text)
