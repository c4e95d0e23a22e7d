"""When a name ending in 项目, 工程, 基地 … names one project and when it names a kind.

Papers talk about kinds of project as often as about projects: 11个招商引资项目,
特色公益品牌项目, 共同开发风电产业项目, 某新城重要配套工程.  Such a phrase is
made of words that classify projects (sector, purpose, standing) and nothing
that singles one out (a place, a company, a brand, a quoted name).  It is no
graph node: every article's 招商引资项目 would otherwise become one entity.
"""
from __future__ import annotations

from collections.abc import Callable, Container

# words that say how important a project is: a name does not praise what it names
# (大孟产业新城[重要]配套工程 describes the project, 国家[重点]工程 classifies it)
STANDING = frozenset("重要 重大 重点 关键 主要 核心 标志性 优质 优秀".split())
# words that classify projects by purpose, stage or funding, beyond the generic
# modifiers and sectors the recogniser already knows
QUALIFIERS = STANDING | frozenset(
    """示范 标杆 样板 骨干 龙头 特色 公益 品牌 配套 基础 基础设施 民生 惠民 便民 招商 引资 招商引资 签约 在建 新建 续建 拟建 储备 前期 开工 竣工 投产
    合作 产业 产业链 产业化 实体 工业 重点产业 新兴 战略性 转型 升级 技改 改造 提升 培育 帮扶 援建 扶贫 乡村振兴 文旅 旅游 文化
    政府 社会 市场 民间 外资 内资 省级 市级 县级 国家级 一批 批 类 个 项 大 中 小""".split()
)


def kind_of_project(core: str, cut: Callable[[str], list[str]], generic: Container[str]) -> bool:
    """`core`, a project name less its suffix (特色公益品牌 of 特色公益品牌项目), only
    classifies: all its words are qualifiers or `generic` ones (the recogniser's generic
    words, modifiers and sectors), or a word of standing is followed only by such words
    (大孟产业新城重要配套: whose important project, not which)."""
    parts = [w for w in cut(core) if w.strip()]
    if not parts:
        return False
    classifying = [w in QUALIFIERS or w in generic for w in parts]
    if all(classifying):
        return True
    last_proper = max(i for i, ok in enumerate(classifying) if not ok)
    return any(w in STANDING for w in parts[last_proper + 1 :])
