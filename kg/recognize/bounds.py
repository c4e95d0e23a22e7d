"""Where a body's name ends: before the post of the person the text names next.

Titles run a body and a post together (中共中央政治局常委、国务院总理李强; 西咸新区管委会主任王建军率…):
the model and the suffix walk read the post as part of the body's name.  A post is no part of
a name (the reader lists 中共中央政治局, and 李强 as its 常委), unless the name goes on after
it (委员会, 书记处, 主席团).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..people import foreign_name
from ..types import replace
from ..words import common_words
from .base import Candidate, Scan

_BODY_TYPES = frozenset({"GovernmentBody", "Organization", "Enterprise"})
# a post word followed by one of these is the start of a body's own name (委员会, 书记处, 主席团, 院长办公会)
_NAME_GOES_ON = frozenset("会处团组室部办厅局院所队站社班")
# how the name of a body ends (those ending >= 3 names of the department list and of the model's
# bodies): what is left once the post is taken off must end like one
_BODY_LAST = frozenset("局院委部会府厅办司署行社团所校学队党联台组处室馆心站军关盟厂协")
_BODY_ENDS = ("组织", "集团", "公司", "银行", "基金")  # bodies' ends beyond _BODY_LAST (世贸组织总干事伊维拉)


def shed_posts(cands: list[Candidate], scan: Scan, surnames: frozenset[str]) -> list[Candidate]:
    """Body candidates with a post at their end (中共中央政治局[常委]) or a post and a person's name
    inside (管委会[主任王建军率…]) cut before the post; one that starts with the verb after a
    person's name (王建军[率]西咸新区代表团) starts after it."""
    posts: dict[int, int] = {}
    for s, e, kind, _ in scan.hits:
        if kind == "post":
            posts[s] = max(posts.get(s, 0), e)
    text = scan.ctx.text
    person_ends = {c.end for c in cands if c.type == "Person"}
    out = []
    for c in cands:
        if c.rule == "crf" and holds_count(text, c.start, c.end):
            continue  # 新疆[15个]口岸: a count of things, no name
        if c.rule == "crf" and c.type in _BODY_TYPES and (text.endswith(_ABSTRACT, c.start, c.end) or _idiom(scan, c)):
            continue  # 服务管理体系, 农村居民人均, 国泰民安: what a body does or has, a saying, no body
        if c.rule == "crf" and c.type in _BODY_TYPES and text.endswith(_SHOWS, c.start, c.end):
            c = replace(c, type="Event")  # 哈尔滨之夏音乐会: held, not a body
        if c.type == "GovernmentBody" and text.endswith(_AD_HOC, c.start, c.end):
            c = replace(c, type="Organization")  # 国务院事故调查组: an ad-hoc body, not an organ of state
        if c.type in _BODY_TYPES:
            if posts and (cut := _cut(c, posts, text, surnames)) is None:
                continue  # 土耳其总统夫人埃米奈: a country, a post and a person, no body
            c = cut if posts and cut is not None else c
            if c.start in person_ends and text[c.start] in _AFTER_PERSON and c.end - c.start > 3:
                c = replace(c, start=c.start + 1)  # 王建军[率]西咸新区代表团
        out.append(c)
    return out


def _cut(c: Candidate, posts: dict[int, int], text: str, surnames: frozenset[str]) -> Candidate | None:
    for k in range(c.start + 2, c.end):
        pe = posts.get(k)
        if pe is None:
            continue
        if text.startswith("夫人", pe):
            pe += 2  # 土耳其总统[夫人]埃米奈: the spouse of the post's holder
        foreign = c.rule == "crf" and c.end - pe >= 2 and foreign_name(text[pe : c.end])  # 世贸组织总干事|伊维拉: the model ran on into a person
        if text[k - 1] not in _BODY_LAST and not (text[k - 1] == "原" and text[k - 2] in _BODY_LAST) and not foreign:
            continue
        if pe > c.end:  # …委员会原[党组]|副书记: the span took the head of a post
            if c.rule != "crf" or c.type not in _BODY_TYPES:
                continue
            pe = c.end
        if pe < len(text) and text[pe] in _NAME_GOES_ON:
            continue  # 委员会, 书记处
        if pe == c.end or text[pe] in surnames or text[pe] in "、，" or foreign:
            if text[k - 1] == "原" and k - 2 > c.start and text[k - 2] in _BODY_LAST:
                k -= 1  # …全国委员会[原]党组副书记: a former post
            return replace(c, end=k) if text[k - 1] in _BODY_LAST or text[c.start : k].endswith(_BODY_ENDS) else None
    return c


# a count of things (15个口岸, 三家企业): no name holds one
_COUNT = re.compile(r"(?:\d+|[一两二三四五六七八九十几数多]+)[个家座条项批所]")


def holds_count(text: str, start: int, end: int) -> bool:
    """text[start:end] holds a count of things (新疆[15个]口岸, [三家]企业), which no name does."""
    return _COUNT.search(text, start, end) is not None


_COMPANY_ENDS = ("集团", "公司")
# what is staged, never a body (the model types 博览会, 大会 … itself; 论坛 may be either: 世界经济论坛)
_SHOWS = ("音乐会", "演唱会", "晚会", "仪式", "典礼", "开幕式", "闭幕式", "文化节", "旅游节", "艺术节", "电影节", "马拉松")
# abstract nouns no body's name ends with: systems, policies, measures of what bodies do
_ABSTRACT = tuple("体系 机制 制度 模式 格局 战略 政策 方案 理念 精神 思想 人均 能力 水平 环境 质量 效率 意识 作用 优势".split())
# ad-hoc bodies a government sets up (国务院事故调查组, 省委巡视组): organisations of their own
_AD_HOC = ("调查组", "工作组", "督查组", "检查组", "巡视组", "专班")
_PERSON_POS = frozenset({"nr", "nrfg", "nrt"})
# one-character verbs and prepositions between a person and the name that follows (王建军率西咸新区代表团)
_AFTER_PERSON = frozenset("率在与和及赴到向从携")


def after_post_and_person(scan: Scan, start: int, end: int) -> int:
    """Where a name walked left to `start` really starts when a post and a person's name lie
    inside it (管委会主任王建军率[西咸新区代表团]): after the person and the verb after them."""
    ctx = scan.ctx
    ends, posts = scan.hits_of("post")
    for s, e, _, _ in posts[bisect_right(ends, start) : bisect_left(ends, end)]:  # start < e < end
        if s < start:
            continue
        tok = ctx.token_at(e)
        if tok is None or tok.start != e or tok.pos not in _PERSON_POS or tok.end >= end:
            continue
        start = tok.end
        if ctx.text[start] in _AFTER_PERSON:
            start += 1
    return start


_PLANT_HEADS = ("工厂", "厂区")
# a plant that a company's name and no name of its own make (X有限公司新工厂, X集团二期厂区)
_UNNAMED_PLANT = re.compile("(?:新|一期|二期|三期)?(?:工厂|厂区)$")


def plants(cands: list[Candidate], text: str) -> list[Candidate]:
    """A plant named after the company that owns it (传化集团高端智能制造工厂) is a project, not a
    company: the suffix walk typed it Enterprise by its 工厂.  The company's own name, a
    candidate starting with it and ending with 集团 or 公司 well inside it, becomes a mention
    nested in the project (kg.recognize.resolve)."""
    companies = {(c.start, c.end) for c in cands if c.type == "Enterprise" and text.endswith(_COMPANY_ENDS, c.start, c.end)}
    if not companies:
        return cands
    out = []
    for c in cands:
        if c.type == "Enterprise" and text.endswith(_PLANT_HEADS, c.start, c.end) and (
            cut := _UNNAMED_PLANT.search(text, c.start, c.end)) and (cut.start(), c.start) in {(e, s) for s, e in companies}:
            c = replace(c, end=cut.start())  # 西门子数控南京有限公司[新工厂]: the company's plant, unnamed: the company
        elif c.type == "Enterprise" and c.rule.startswith(("suffix.", "opened.")) and text.endswith(_PLANT_HEADS, c.start, c.end) and any(
            s == c.start and e <= c.end - 4 for s, e in companies
        ):
            c = replace(c, type="Project", rule="suffix.project")
        out.append(c)
    return out


def _idiom(scan: Scan, c: Candidate) -> bool:
    """The span is one token the segmenter's dictionary holds as an idiom (国泰民安)."""
    tok = scan.ctx.token_at(c.start)
    return tok is not None and (tok.start, tok.end) == (c.start, c.end) and tok.pos == "i"


_LATIN_GLOSS = re.compile(r"[（(]([A-Za-z][A-Za-z .,'&\-]*)[）)]")


def glosses_dropped(cands: list[Candidate], text: str) -> list[Candidate]:
    """No name out of the English a name is glossed with in brackets (北京大学（[Peking] [University]）, 华为（Huawei
    Technologies）): the words of the name before, in another script; an acronym is a name of its own (（NBA）, （CGTN）)."""
    spans = [m.span(1) for m in _LATIN_GLOSS.finditer(text) if m.start() > 0 and "\u4e00" <= text[m.start() - 1] <= "\u9fff" and re.search("[a-z]", m.group(1))]
    if not spans:
        return cands
    return [c for c in cands if not any(s <= c.start and c.end <= e for s, e in spans)]


_BOARDS = re.compile("(?:董事局|董事会|监事会|(?:发布|披露|发出)(?:公告?)?|公告)$")  # (华谊兄弟[发布公]告称: the model stops inside the word)


def boards_shed(cands: list[Candidate], text: str) -> list[Candidate]:
    """A company's name without its board or the announcement it makes, which the model reads on to (阿里巴巴集团[董事局]主席,
    华谊兄弟[发布公告]称): the board is where a post is held, as in 腾讯公司董事会主席; the post is read from it by the memberOf rules."""
    out = []
    for c in cands:
        tail = _BOARDS.search(text, c.start, c.end) if c.type == "Enterprise" else None
        out.append(replace(c, end=tail.start()) if tail and tail.start() - c.start >= 2 else c)
    return out


_JOINS = "与和及、向对给同跟"  # (…有限公司向…有限公司增资: a preposition and its object, after a company's name)
_JOIN_CHARS = frozenset(_JOINS)


def pairs_split(cands: list[Candidate], text: str, suffix_types: dict[str, str]) -> list[Candidate]:
    """Two companies a conjunction joins, read as one name (康师傅控股与百事公司, 国元证券和国金证券, 广药集团与鸿道集团), are
    two: the part before the conjunction is a company's name when it ends as one does (…集团, …证券, …控股) or another
    rule names it alone; the part after, when it is more than a legal form (红宝丽及[子公司], …有限公司及[发展有限公司]).
    A name with a conjunction of its own (长城计算机软件与系统有限公司, 中国物流与采购联合会) is no company before it."""
    named = {(c.start, c.end) for c in cands if c.type == "Enterprise"}
    out = []
    for c in cands:
        k = next((i for i in range(c.start + 2, c.end - 2) if text[i] in _JOINS), -1) if c.type == "Enterprise" and c.end - c.start >= 6 and not _JOIN_CHARS.isdisjoint(text[c.start + 2 : c.end - 2]) else -1
        if k < 0 or not ((c.start, k) in named or _ends_as_company(text[c.start : k], suffix_types)):
            out.append(c)
            continue
        out.append(replace(c, end=k))
        if not _bare_form(text[k + 1 : c.end]):
            out.append(replace(c, start=k + 1))
    return out


_COPULAS = frozenset("为是")


def copula_split(cands: list[Candidate], scan: Scan, suffix_types: dict[str, str]) -> list[Candidate]:
    """A copula read inside a body's name (华立科泰[为]华立药业控股子公司, 股权格局[为]华鑫证券持股, 薛健[为]日照钢铁有限公司的法定代表人):
    the name is what follows it; what precedes it is one too where another rule names it or it ends as a company does. The copula is
    no part of a word (not 为 of 华为, 行为, 作为, 为民: no dictionary word holds it, and the segmenter's word opens with it)."""
    named, text, words = {(c.start, c.end) for c in cands}, scan.ctx.text, common_words()
    out = []
    for c in cands:
        k = next((i for i in range(c.start + 2, c.end - 2) if text[i] in "为是" and text[i - 1 : i + 1] not in words and text[i - 2 : i + 1] not in words
                  and text[i : i + 2] not in words and _word_opens(scan, i)), -1) if c.type in _BODY_TYPES and not _COPULAS.isdisjoint(text[c.start + 2 : c.end - 2]) else -1
        if k < 0:
            out.append(c)
            continue
        out.append(replace(c, start=k + 1))
        if (c.start, k) in named or _ends_as_company(text[c.start : k], suffix_types):
            out.append(replace(c, end=k))
    return out


def _word_opens(scan: Scan, i: int) -> bool:
    """The segmenter's word holding offset i starts there (为|华立, not 华为)."""
    t = scan.ctx.token_at(i)
    return t is None or t.start == i


def _ends_as_company(name: str, suffix_types: dict[str, str]) -> bool:
    return any(name.endswith(s) and len(name) > len(s) for s in _COMPANY_LAST) or any(
        suffix_types.get(name[-n:]) == "Enterprise" and len(name) > n for n in (2, 3, 4))


def _bare_form(name: str) -> bool:
    """子公司, 分公司, 发展有限公司: a kind of company or a legal form with a common word, no name."""
    return len(name) < 2 or name in ("子公司", "分公司", "母公司", "公司") or any(
        name.endswith(f) and len(name) - len(f) <= 2 for f in ("有限公司", "股份有限公司", "有限责任公司"))


_COMPANY_LAST = ("控股", "股份", "证券", "期货", "信托", "基金", "药业", "实业", "百货")
