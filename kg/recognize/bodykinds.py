"""Mentions that name no one body, though a suffix rule or the model reads them as one: kinds of organisation (行业协会,
农民专业合作社, 专题博物馆) and what a place or a field does (天津投资, 新兴产业培育发展).  They stay `kg ner` mentions, marked
generic: no graph node."""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from .. import words
from ..rescan import alternation
from ..words import COMPANY_KINDS
from .brands import COMPANY_WORDS
from .generic import _CJK, GENERIC_HEADS, GENERIC_MODIFIERS

if TYPE_CHECKING:
    from ..segment import Token


# words that make a body of common words one body: the state's, the nation's or the world's (国家博物馆, 中央美术学院, 世界剧院联盟)
_NATIONAL = frozenset("国家 中央 全国 中华 人民 中共 首都 国际 世界 全球 亚洲 亚太".split())
# the heads of bodies the news also names kinds by (行业协会, 农民合作社, 专题博物馆, 大学生体育代表团); not 中心, 大学, 频道, 实验室,
# which open words name one of (北方水稻研究中心, 交通大学, 新闻频道)
_BODY_KIND_HEADS = frozenset("学院 学校 中学 小学 幼儿园 医院 卫生院 研究院 协会 学会 商会 联合会 促进会 合作社 联盟 服务站 博物馆 纪念馆 图书馆 "
                        "美术馆 科技馆 文化馆 展览馆 代表团 工作室 合唱团".split())
# one word that says which kind of body: by who owns or runs it, its level or its members (公立医院, 民办学校, 行业协会, 高等学校)
_KIND_QUALIFIERS = frozenset("行业 公立 民办 私立 公办 高等 专题 校内 农民 实体 乡镇 社区 农村 基层 外方 寄宿制".split())


def no_node(
    typ: str, rule: str, name: str, text: str, end: int, tokens: Callable[[str], Sequence[Token]], place: Callable[[str], object], suffixes: Mapping[str, str]
) -> bool:
    """A mention that names no one body: a kind of organisation (`kind_of_organization`; not one an acronym glosses, 女子网球协会
    （WTA）), the model's company that is one noun of the language, or its company or organisation ending with a verb of the
    language (`_activity_read`) where no name's head follows (not 欧洲安全与合作|组织: a name the model cut before its head)."""
    if typ == "Organization" and rule.startswith(("suffix.", "opened.")):
        return kind_of_organization(name, tokens, place) and _LATIN_GLOSS.match(text, end) is None
    if rule == "crf" and _COMPANY_AFTER.match(text, end) is not None:
        return False  # 天士力今日公告称, 北京旅游控股子公司: what only a company has follows (a brand jieba holds as a noun: 天士力/n)
    if rule == "crf" and typ == "Enterprise" and words.is_common_noun(name) and name[-1] not in _ORGAN_LAST and not name.endswith(COMPANY_KINDS):
        return True  # 暴雪, 新线, 交通网, 交易额: one noun of the language, however rare (not 招商局: an organ's head; 水泥厂: `COMPANY_KINDS`)
    return rule == "crf" and typ in ("Enterprise", "Organization") and _activity_read(tokens(name)) and not any(text[end : end + k] in suffixes for k in (2, 3, 4))


# what only a listed company has or does, said right after its name (FinRE's dev sentences: 天士力今日公告称, 北京旅游控股子公司)
_COMPANY_AFTER = re.compile(rf"(?:今日|昨日|今天|昨天|日前|近日|今晚|昨晚)?(?:发布|披露)?(?:{alternation((*COMPANY_WORDS, '控股', '子公司', '旗下'))})")
_ORGAN_LAST = frozenset("局署司部委办厅处院所会")  # the heads of organs' names, which a noun of the language may be (招商局, 研究所)
_LATIN_GLOSS = re.compile(r"[（(][A-Za-z]{2,}[）)]")  # （WTA）: an acronym after a body glosses its name


# how often jieba's corpus has a verb that ends no body's name (发展 68,664, 建设, 研究, 投资 13,943, 服务 13,036; not 联赛 2,113, 分行 437,
# 游击 377: heads of teams' and banks' names, 韩国星际联赛, 香港招行分行, 贝尔格莱德游击)
_FREQUENT_VERB = 5000


def _activity_read(toks: Sequence[Token]) -> bool:
    """The words end with a frequent verb or verbal noun of the language, no name's head (天津|投资, 新兴产业|培育|发展, 海南|琼崖|
    革命, 农村居民…医疗卫生|服务; not 欧洲安全与合作|组织, a head): what a place or a field does, read by the model as a body."""
    last = toks[-1].text
    return len(toks) >= 2 and len(last) >= 2 and toks[-1].pos in ("v", "vn") and last not in GENERIC_HEADS and words.is_common_word(last, _FREQUENT_VERB)


def kind_of_organization(name: str, tokens: Callable[[str], Sequence[Token]], place: Callable[[str], object]) -> bool:
    """name is an organisation's head (`_BODY_KIND_HEADS`) after words of the language only, two of them or one that says which
    kind (行业协会, 农民专业合作社, 专题博物馆, 大学生体育代表团): a kind of body, no name; not one a name, a place, a country's
    letter or the nation opens (鲁迅美术学院, 西藏博物馆, 中非农业科技创新联盟, 国家博物馆), nor one word and a head (军事博物馆), nor one numbered
    (第四实验小学)."""
    k = next((k for k in (3, 2) if name[-k:] in _BODY_KIND_HEADS and len(name) - k >= 2), 0)
    if not k:
        return False
    toks = tokens(name[:-k])
    common = words.common_words()
    if len(toks[0].text) < 2 or not (len(toks) >= 2 or toks[0].text in _KIND_QUALIFIERS or toks[0].text in GENERIC_MODIFIERS):
        return False
    return all((t.text in common if len(t.text) >= 2 else _CJK.match(t.text) is not None) and t.pos not in words.NAME_POS and t.pos not in ("m", "mq")
               and t.text not in _NATIONAL and place(t.text) is None for t in toks)


# what a company does, said before a bare 公司 to say what kind of company (贷款公司, 猎头公司, 寿险公司): the business pages' kinds, from
# general knowledge of the trades; not 博彩公司 nor 小额贷款公司, which CLUENER labels as names (18 of 20, 2 of 3: bookmakers, lenders of a
# kind the law names)
_LINES_OF_BUSINESS = frozenset("贷款 猎头 中介 寿险 财险 产险 再保险 游戏 电影 唱片 彩票 广告 公关 评级 审计 会计 典当 快递 本土 外国".split())
# what a bank does for its customers, or where it is from, said before 银行 (发卡银行, 网上银行, 投资银行, 外国银行): a kind of bank
_BANK_KINDS = frozenset("发卡 收单 代理 托管 结算 清算 开户 贷款 放贷 网上 网络 电子 私人 投资 外国 地方性 区域性 全国性 民营".split())


def listed_kind(name: str) -> bool:
    """name is a bare 公司 after a line of business or a bank by what it does (`_LINES_OF_BUSINESS`, `_BANK_KINDS`)."""
    return name.endswith("公司") and name[:-2] in _LINES_OF_BUSINESS or name.endswith("银行") and name[:-2] in _BANK_KINDS
