"""When a name ending in 项目, 工程, 基地 … names one project and when it names a kind.

Papers talk about kinds of project as often as about projects: 11个招商引资项目,
特色公益品牌项目, 共同开发风电产业项目, 某新城重要配套工程.  Such a phrase is
made of words that classify projects (sector, purpose, standing) and nothing
that singles one out (a place, a company, a brand, a quoted name).  It is no
graph node: every article's 招商引资项目 would otherwise become one entity.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Container, Sequence

# words that say how important a project is: a name does not praise what it names
# (大孟产业新城[重要]配套工程 describes the project, 国家[重点]工程 classifies it)
STANDING = frozenset("重要 重大 重点 关键 主要 核心 标志性 优质 优秀 最大 最长 最高 首个 首座 首条 单体".split())
# words that classify projects by purpose, stage or funding, beyond the generic
# modifiers and sectors the recogniser already knows
QUALIFIERS = STANDING | frozenset(
    """示范 标杆 样板 骨干 龙头 特色 公益 品牌 配套 基础 基础设施 民生 惠民 便民 招商 引资 招商引资 签约 在建 新建 续建 拟建 储备 前期 开工 竣工 投产
    合作 产业 产业链 产业化 实体 工业 重点产业 新兴 战略性 转型 升级 技改 改造 提升 培育 帮扶 援建 扶贫 乡村振兴 文旅 旅游 文化
    政府 社会 市场 民间 外资 内资 省级 市级 县级 国家级 一批 批 类 个 项 大 中 小
    研究 研发 攻关 开发 生产 发展 新开工 高新技术 高科技 基础研究 科研 科技 创新 智能化 数字化 一体化 绿色化 世界级 全国 全省
    水利 水利枢纽 枢纽 重大项目 两重 试点 专项 高速 城际 普速 货运 客运 地方 专用 采购 政府采购 供水 供电 供热 排水 污水 农村
    城乡 安置 保障性 平价 海上 陆上 分布式 集中式 全线 沿线 控制性 节点 不通 北端 南端 东端 西端
    抽水 蓄能 抽水蓄能 储能 新型储能 百万千瓦级 千万千瓦级 吉瓦级""".split()
)
# a programme's numbered slogan in quotes (“两重”, “两新”, “十四五”): “两重”项目 are the projects of a
# national programme, a kind; the programme's own works keep their names (“三北”工程)
QUOTED_SLOGAN = re.compile(r"[“\"][一二两三四五六七八九十百千]+[\u4e00-\u9fff]{0,3}[”\"]")
# a count of kinds (十大工程, 五大项目): which ones, not one
_COUNTED_KINDS = re.compile(r"^[一二两三四五六七八九十百千]+大")
# what a physical work (a base, a line) needs to be one: a word that singles it out
_PROPER_POS = frozenset({"ns", "nz", "nt", "nr", "nrt", "nrfg", "j", "eng"})
# a numbered slogan names a programme (百县千镇万村, 千村示范万村整治)
_SLOGAN = re.compile(r"[一二三四五六七八九十百千万]+[\u4e00-\u9fff][一二三四五六七八九十百千万]+[\u4e00-\u9fff]")
# the capacity of a plant, line or base, part of its name (100万千瓦牧光互补项目, 年产5万吨X生产线, 2×350兆瓦)
CAPACITY = re.compile(
    r"(?:年产)?(?:\d+(?:\.\d+)?(?:\s*[×xX]\s*\d+(?:\.\d+)?)?\s*(?:万|千|百万|千万|亿)?|千万|百万|万|百|千)\s*"
    r"(?:千瓦时|万千瓦|千瓦|兆瓦|吉瓦|万吨|吨|千伏|标箱|立方米)(?:/(?:年|日|天|小时)|级)?"
)
_MARKS = re.compile(r"[“”\"《》A-Za-z0-9]")


def kind_of_project(core: str, cut: Callable[[str], list[str]], generic: Container[str]) -> bool:
    """`core`, a project name less its suffix (特色公益品牌 of 特色公益品牌项目), only
    classifies: all its words are qualifiers or `generic` ones (the recogniser's generic
    words, modifiers and sectors), or a word of standing is followed only by such words
    (大孟产业新城重要配套: whose important project, not which)."""
    parts = [w for w in cut(core) if w.strip()]
    if not parts:
        return False
    if _COUNTED_KINDS.match(core):
        return True
    classifying = [w in QUALIFIERS or w in generic or len(w) >= 4 and _made_of(w, QUALIFIERS, generic) for w in parts]
    if all(classifying):
        return True
    last_proper = max(i for i, ok in enumerate(classifying) if not ok)
    return any(w in STANDING for w in parts[last_proper + 1 :])


def singled_out(core: str, pos: Sequence[tuple[str, str]], generic: Container[str], placed: bool, described: bool = True) -> bool:
    """`core`, the name of a physical work less its head (钾肥生产 of 钾肥生产基地), singles one
    out: a place (`placed`), a proper word that is no sector or qualifier (pos: its (word, tag)
    pairs), a quoted or Latin or numbered part (a capacity: 100万千瓦), a numbered slogan, or
    (`described`) a description long enough to name one undertaking.
    钾肥生产基地, 智能化生产线 name kinds of base and line; 宁东200万千瓦复合光伏基地 one."""
    if placed or _MARKS.search(core) or _SLOGAN.search(core):
        return True
    if any(tag in _PROPER_POS and w not in generic and w not in QUALIFIERS for w, tag in pos):
        return True
    # a long description of one undertaking (大钢中厚板生产线智能化升级): several words no kind is made of
    specific = [w for w, _ in pos if len(w) >= 2 and w not in generic and w not in QUALIFIERS]
    return described and len(core) >= 7 and len(specific) >= 2


def _made_of(word: str, *vocabularies: Container[str]) -> bool:
    """word is several words of the vocabularies written together (战略性新兴产业)."""
    ok = [True] + [False] * len(word)
    for i in range(1, len(word) + 1):
        ok[i] = any(ok[j] and any(word[j:i] in v for v in vocabularies) for j in range(max(0, i - 6), i))
    return ok[-1]
