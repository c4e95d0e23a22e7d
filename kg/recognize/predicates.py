"""Verbs in running text: the verbs names hold (NAME_VERBS) and a clause's verb (`predicate_verb`), by jieba's dictionary."""
from __future__ import annotations

from .. import words

# verbs that occur inside names (供应链管理有限公司, 小企业发展促进局); any other verb ends a name
NAME_VERBS = frozenset(
    """自主 配置 引水 调水 输水 灌溉 防洪 计算 互补 复合 联产 耦合 发展 促进 管理 建设 投资 开发 服务 制造 供应 供热 供水 供电 供气 交易 研究 设计 检测 检验 运营 保障 监督 转型 创新
    创业 孵化 培训 咨询 保护 合作 交流 生产 加工 经营 控股 租赁 融资 担保 评估 规划 勘察 施工 安装 运输 贸易 印刷 出版
    推广 振兴 改革 示范 实验 试验 养殖 种植 销售 物流 装备 装配 冶炼 铸造 锻造 发电 储能 采购 救援 执法 审批 治理 防治
    防控 监测 监管 指挥 抗旱 防汛 排水 环卫 教育 培养 孵育 集成 应用 测试 认证 传播 营销 仓储 配送 批发 零售 维修 回收
    利用 处理 净化 节能 节水 环保 招商 引资 联合 合成 提升 改造 升级 智造 传承 保税 综改 发行 结算 清算 委托 托管 驻
    抽水 蓄能 联 提水 补水 排涝 制备 制作 制药 研发 研制 开采 勘探 炼化 互鉴 互学 互通
    拦截 修复 疏浚 清淤 整治 防沙 治沙 固沙 复航 通航 后续 商用 拍卖 典当 代理 策划 装饰 监理 测绘 包装 招标""".split()
)
# a verb jieba's dictionary tags v or vd and saw at least this often is the language's, not a
# brand's (加快 3480, 继续 14690, 覆盖 2078; not 跨越 573, 联通): inside a name it makes a clause
_PREDICATE_FREQ = 1000


def predicate_verb(word: str) -> bool:
    """A common verb of the language (jieba's dictionary: v or vd, seen >= _PREDICATE_FREQ times)
    other than those names hold (NAME_VERBS), alone or opening a word the segmenter glued to what
    follows (覆盖全国, 继续加强): in running text, the verb of a clause."""
    common = words.common_words()
    return _common_verb(common, word) or len(word) >= 3 and word not in common and not _headed(word) and _common_verb(common, word[:2])


# the one-character heads of places, bodies and works (区 市 局 港 段 …) and 中心: a verb glued to one of them names a thing;
# not 线 (其延伸线|拉日铁路: a description before the name)
# (聚集区, 开封市, 统计局, 组合港, 延伸段, 观察点, 展示中心: 1,200 articles' tokens), no clause's verb with its object
_HEAD_CHARS = frozenset("区市县局港段园城站厂所院馆塔点网团")


def _headed(word: str) -> bool:
    return word[-1] in _HEAD_CHARS or word.endswith("中心")


def _common_verb(common: dict[str, tuple[int, str]], w: str) -> bool:
    """w is a verb of `common` (jieba's dictionary) seen >= _PREDICATE_FREQ times, other than those names hold (`predicate_verb`)."""
    return (entry := common.get(w)) is not None and entry[1] in ("v", "vd") and entry[0] >= _PREDICATE_FREQ and w not in NAME_VERBS
