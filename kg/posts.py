"""Words for posts people hold (董事长, 副省长, 法定代表人 …): what recognition reads a name after
and what the memberOf rules read between an organisation and a person.

`POSTS` is the lexicon's `kg/data/posts.txt` (national, provincial and company posts: 总理, 委员长,
董事长 …) and the company officers and party and army posts of general news below;
`kg.relations.members` builds its post grammar on it, `kg.people` finds the names after it.
"""
from __future__ import annotations

from .lexicon import _data_path, _read_words

_EXTRA: tuple[str, ...] = tuple(
    "董事长 总经理 经理 总裁 首席执行官 执行董事 董事 监事长 监事 总工程师 总会计师 总经济师 总监 部长 厂长 矿长 站长 所长 行长 "
    "创始人 法定代表人 负责人 合伙人 书记 省长 市长 县长 区长 州长 旗长 镇长 乡长 村长 主任 厅长 局长 处长 科长 司长 关长 "
    "检察长 院长 校长 会长 理事长 秘书长 主席 委员 常委 代表 教授 研究员 科学家 专家 医师 队长 政委 发言人 主持人 组长 团长 "
    "社长 总编辑 主编 馆长 园长 指导员 顾问 董秘 院士 工程师 律师 干事 首席 掌门人 带头人 当家人 "
    # beyond kg/data/posts.txt (owned by the lexicon): company officers and party/army posts of general news
    "董事局主席 董事会主席 首席财务官 首席技术官 首席运营官 首席信息官 首席营销官 首席战略官 首席科学家 首席经济学家 "
    "CEO CFO COO CTO 总裁 政治委员 创办人 主任委员 总干事 总指挥 总设计师 总经济师 总规划师 秘书 特别助理 总裁助理 "
    "行政长官 盟长"  # (the head of a special administrative region's government; of an Inner Mongolian league's)
    .split()
)
# reporters are named after their title, but a reporter's outlet is named as a byline, not a post
_NOT_POSTS = frozenset({"记者", "首席记者", "通讯员", "见习记者"})
POSTS: tuple[str, ...] = tuple(
    p for p in dict.fromkeys([*_read_words(_data_path("posts.txt", None)), *_EXTRA]) if p not in _NOT_POSTS
)
# the verbs of holding a post (X现任Y董事长, X担任…): no body's name holds one, a person's name may come right before one
HOLDING_VERBS: tuple[str, ...] = ("现任", "担任", "出任", "曾任", "兼任")
