"""Which body a body's name says it belongs to: a branch and its parent (民生银行太原分行 -> 民生银行), a unit
named after its group (东方电气集团东方电机有限公司 -> 东方电气集团) or after a central body or academy (中国科学院国家天文台
-> 中国科学院), a union and its enterprise (太钢工会 -> 太钢), a central body's local office, a government's
department and its government (山西省商务厅 -> 山西省人民政府), an international body's organ (联合国安理会 -> 联合国).
`kg.relations.names` states them (rule name.parent).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable

from ..edges import unbalanced
from ..lexicon import ZONE, Lexicon
from ..locales import party_committee
from ..recognize.brands import known_companies
from ..recognize.generic import INDUSTRY
from ..types import EntityType

_E, _O = EntityType.ENTERPRISE, EntityType.ORGANIZATION
# a company's legal forms, what follows its own name
LEGAL = ("集团股份有限公司", "集团有限责任公司", "集团有限公司", "股份有限公司", "有限责任公司", "有限公司", "股份公司", "公司", "控股")
_PARENT_SUFFIX = (
    ("分公司", _E), ("分行", _E), ("股份有限公司", _E), ("有限责任公司", _E), ("有限公司", _E), ("集团公司", _E),
    ("公司", _E), ("集团", _E), ("银行", _E), ("大学", _O), ("学院", _O), ("医院", _O), ("研究院", _O), ("科学院", _O),
    ("协会", _O), ("学会", _O), ("商会", _O), ("联合会", _O),
)
_PARENT_ENDS = tuple(s for s, _ in _PARENT_SUFFIX)
_BRANCH_SUFFIX = (
    "分公司", "分行", "支行", "分局", "分所", "研究所", "研究院", "分院", "分厂", "分中心", "营业部", "事业部", "办事处",
    "分会", "专业委员会", "专委会", "工会", "党委", "团委", "合唱团", "附属医院", "附属中学", "附属小学", "实验室",
)
_INSTITUTE = re.compile(r"^(.{0,6}?(?:科学院|科院))[\u4e00-\u9fff]{1,10}所$")
_UNIVERSITY_BRANCH = ("医院", "学院", "中学", "小学", "幼儿园", "研究中心")
_NOT_UNION_OWNER = ("总", "企业", "职工", "单位", "机关", "行业", "基层", "公司各", "各级")
# bodies that are not departments of the government of their place: organs of state of their own,
# and vertically managed services (customs, tax, fire and rescue, weather, post, tobacco)
_NOT_GOVERNMENT_DEPT = frozenset(
    """人民政府 人民代表大会 人民代表大会常务委员会 政治协商会议委员会 纪律检查委员会 监察委员会 高级人民法院 中级人民法院
    人民法院 人民检察院 海关 税务局 消防救援总队 消防救援支队 消防救援大队 气象局 地震局 邮政管理局 烟草专卖局
    证券监督管理局 出入境边防检查站""".split()
)  # (the last two managed from above, 垂直管理: a 证监局 answers to 证监会, a 边检站 to 国家移民管理局)
# a body's full name ends so (the first such end is the parent: 中国科学院|天津…研究所), and a unit of it so
_BODY_HEAD = re.compile(r"(?:公安局|局|指挥部|委员会|管理中心|服务中心|中心|科学院|研究院|学院|大学|组织)")  # (联合国教科文组织|国际STEM教育研究所)
_UNIT_OF = re.compile(r"(?:办公室|支队|大队|中队|分局|派出所|研究所|运行所|管理所|服务所|实验室|工作站|检测站)$")
_INDUSTRY = tuple(INDUSTRY)  # 能源, 电力: what a company's short name ends with (沁新能源)
LIAISON = re.compile(r"^(.{2,10}?政府)驻[\u4e00-\u9fff]{1,6}?(?:办事处|联络处|联络办|办)$")  # 湖北省人民政府驻北京办事处
_GROUP_HEAD = re.compile(r"(?:集团公司|集团|总公司)")
# (and the ad-hoc groups a body sets up, named after it: 国务院|事故调查组, 应急管理部|工作组, as kg.recognize.departments reads them)
_DEPT_UNIT_TAIL = re.compile(r"(?:委员会|研究院|研究所|研究中心|中心|局|司|办公室|办公厅|学院|党校|署|天文台|气象台|频道|实验室|基地|总站"
                             r"|调查组|工作组|督查组|督导组|检查组|巡视组|指导组|专班)$")
# what the name of a group's unit ends with: a company, a plant, an institute (一院), a mine …
_UNIT_TAIL = re.compile(r"(?:公司|厂|院|所|研究院|中心|矿|站|基地|局|处|部)$")


def government_of(place: str) -> str:
    """The name of a division's government: 阳曲县 -> 阳曲县人民政府."""
    return f"{place}人民政府"


class Parents:
    """The parent a body's name gives; `cut` (word segmentation) says where a short name may end."""

    def __init__(self, lexicon: Lexicon, cut: Callable[[str], list[str]] | None = None) -> None:
        self.lex = lexicon
        self.cut = cut

    def word_end(self, name: str, n: int) -> bool:
        return self.cut is None or n in boundaries(self.cut(name))

    def parent(self, name: str, typ: str) -> tuple[EntityType, str] | None:
        """(parent type, parent name) for a branch, a union, a unit named after its group
        (东方电气集团东方电机有限公司), a central body's local office or a government department; none
        cut inside brackets (昌河飞机工业（集团）有限责任公司 is the group itself)."""
        got = self._parent(name, typ)
        return got if got is None or not unbalanced(got[1]) else None

    def _parent(self, name: str, typ: str) -> tuple[EntityType, str] | None:
        if typ == "GovernmentBody":
            return self._liaison(name) or self._central(name) or self._government(name) or self._unit(name, typ) or _organ(name) or self._department_unit(name)
        group = self._group(name) or self._known(name) or self._unit(name, typ) or self._central_committee(name) or _organ(name) or self._department_unit(name)
        if group is not None:
            return group
        if (m := _INSTITUTE.match(name)) is not None:
            return EntityType.ORGANIZATION, m.group(1)  # 中科院长春光机所, 中国农科院作物所: an academy's institute by its short name
        if not name.endswith(_BRANCH_SUFFIX + _UNIVERSITY_BRANCH):
            return self._branch(name) if typ == "Enterprise" else None
        for n in range(len(name) - 2, 1, -1):
            head, rest = name[:n], name[n:]
            if not head.endswith(_PARENT_ENDS):
                continue  # (most cuts: no suffix of a parent, one C call, not eighteen)
            for suffix, ptype in _PARENT_SUFFIX:
                if not head.endswith(suffix) or len(head) <= len(suffix) or self._places_only(head[: -len(suffix)]):
                    continue  # (港澳|银行内地分行: the banks of Hong Kong and Macao, a kind, no parent)
                if rest.endswith(_BRANCH_SUFFIX) or (suffix in ("大学", "学院") and rest.endswith(_UNIVERSITY_BRANCH)):
                    return ptype, head
        if typ == "Enterprise" and (branch := self._branch(name)) is not None:
            return branch
        if name.endswith("工会") and not name.endswith(("总工会", "联合会")):
            owner = name[:-2]
            if len(owner) >= 2 and not owner.endswith(_NOT_UNION_OWNER) and self.lex.place(owner) is None:
                return EntityType.ENTERPRISE, owner
        return None

    def _places_only(self, stem: str) -> bool:
        """stem is one-character names of provinces or regions only (港澳, 京津冀): what a kind of body is named after."""
        return len(stem) <= 3 and all(ch in self.lex.province_abbr for ch in stem)

    def _group(self, name: str) -> tuple[EntityType, str] | None:
        """东方电气集团东方电机有限公司 -> 东方电气集团, 航天科技集团一院 -> 航天科技集团: a group's name
        and, after it, a unit's own name (not only a legal suffix: 太钢集团有限公司 is one name)."""
        for head in _GROUP_HEAD.finditer(name):
            rest = name[head.end() :]
            if head.end() >= 4 and len(rest) >= 2 and rest not in LEGAL and _UNIT_TAIL.search(rest) and not rest.startswith(LEGAL):
                return EntityType.ENTERPRISE, name[: head.end()]
        return None

    def _branch(self, name: str) -> tuple[EntityType, str] | None:
        """华润电力湖北公司 -> 华润电力, 冀东海天水泥闻喜公司 -> 冀东海天水泥: a company's name, then the place of its
        branch; 沁新能源特种焦制备分公司 -> 沁新能源: a short name that ends with its industry, then a branch's own."""
        core = name.removesuffix("分公司") if name.endswith("分公司") else name.removesuffix("公司")
        if core == name:
            return None
        for k in range(3, len(core) - 1):
            if len(core) - k <= 4 and self.lex.place(core[k:]) is not None and self.lex.place(core[:k]) is None and self.word_end(name, k):
                return EntityType.ENTERPRISE, core[:k]
        if name.endswith("分公司"):
            for k in range(4, len(core) - 1):
                if core[:k].endswith(_INDUSTRY) and not any(w in core[k:] for w in ("集团", "公司")) and self.word_end(name, k):
                    return EntityType.ENTERPRISE, core[:k]
        return None

    def _known(self, name: str) -> tuple[EntityType, str] | None:
        """国家电投氢能公司 -> 国家电投, 中国石化北京石油分公司 -> 中国石化: a company news names by its short
        name (kg/data/companies.txt), then a unit's own name."""
        pattern, label = known_companies()
        head = pattern.match(name) if pattern is not None else None
        if head is None:
            return None
        rest = name[head.end() :]
        if len(rest) >= 3 and rest not in LEGAL and not rest.startswith(LEGAL) and _UNIT_TAIL.search(rest):
            return EntityType.ENTERPRISE, label[head.group()]
        return None

    def _unit(self, name: str, typ: str) -> tuple[EntityType, str] | None:
        """太原市公安局行政审批支队 -> 太原市公安局, 中国科学院天津工业生物技术研究所 -> 中国科学院,
        X指挥部办公室 -> X指挥部: a body's full name, then one of its units (an office, a squad, an institute)."""
        hit = _UNIT_OF.search(name)
        if hit is None:
            return None
        for head in _BODY_HEAD.finditer(name, 0, hit.start()):
            parent, rest = name[: head.end()], name[head.end() :]
            if len(parent) >= 4 and len(rest) >= 3 and self.lex.place(rest) is None and not rest.startswith(("和", "与", "及")):
                kind = EntityType.GOVERNMENT_BODY if parent.endswith(("局", "指挥部", "委员会", "厅", "部", "办")) and typ == "GovernmentBody" else EntityType(typ)
                return kind, parent
        return None

    def _department_unit(self, name: str) -> tuple[EntityType, str] | None:
        """商务部研究院 -> 商务部, 水利部长江水利委员会 -> 水利部, 国务院关税税则委员会 -> 国务院: a central body by its
        name of the department list, then a unit's own name ending as bodies end."""
        listed = name in self.lex.dept_by_surface  # 中共中央政治局, 国务院新闻办公室: whose parent the department list does not give
        for n in range(min(len(name) - 3, 12), 1, -1):
            deps = self.lex.dept_by_surface.get(name[:n])
            academy = deps and deps[0].type == "Organization"  # (中国科学院国家天文台, 上海天文台: an academy's units, listed or not)
            if deps and deps[0].style == "standalone" and _DEPT_UNIT_TAIL.search(name, n) and (academy or not listed and self.lex.place(name[n : n + 2]) is None):
                return EntityType(deps[0].type), deps[0].name
        return None

    def _central_committee(self, name: str) -> tuple[EntityType, str] | None:
        """中国民主同盟中央委员会 -> 中国民主同盟: a party's or a league's central committee is the party's."""
        head = name.removesuffix("中央委员会")
        deps = self.lex.dept_by_surface.get(head) if head != name else None
        return (EntityType(deps[0].type), head) if deps and deps[0].name == head and deps[0].style == "standalone" else None

    def _liaison(self, name: str) -> tuple[EntityType, str] | None:
        """山西省政府驻上海办事处 -> 山西省人民政府: a government's office in another city is the government's."""
        m = LIAISON.match(name)
        if m is None:
            return None
        head = m.group(1)
        place = head.removesuffix("人民政府").removesuffix("政府")
        d = self.lex.place(place)
        return (EntityType.GOVERNMENT_BODY, government_of(place)) if d is not None and d.name == place else None

    def _central(self, name: str) -> tuple[EntityType, str] | None:
        """国家税务总局天津市河北区税务局 -> 国家税务总局: a central body's name, then a place's office of it."""
        for n in range(min(len(name) - 4, 12), 3, -1):
            deps = self.lex.dept_by_surface.get(name[:n])
            if deps and deps[0].style == "standalone" and deps[0].name == name[:n] and self.lex.place(name[n : n + 2]) is not None:
                return EntityType.GOVERNMENT_BODY, name[:n]
        return None

    def _government(self, name: str) -> tuple[EntityType, str] | None:
        party = name.startswith("中共")
        for n in range(min(len(name) - 2, 16), 1, -1):
            deps = self.lex.dept_by_surface.get(name[-n:])
            if not deps:
                continue
            dep = deps[0]
            head = name[:-n]
            if dep.name != name[-n:]:
                continue
            if party and dep.style == "party" and head.endswith("委"):
                place = head[2:-1]
                d = self.lex.place(place)
                if d is not None and d.name == place:
                    return EntityType.GOVERNMENT_BODY, party_committee(place)  # 中共湖南省委[宣传部] -> 中共湖南省委员会
                return None
            if dep.style != "place" or dep.name in _NOT_GOVERNMENT_DEPT:
                return None
            d = self.lex.place(head)
            if d is None or d.name != head or d.level == ZONE:
                return None  # a zone's departments answer to its 管委会, not to a 人民政府
            return EntityType.GOVERNMENT_BODY, government_of(head)
        return None


_ORGANS = ("委员会", "理事会", "秘书处", "安理会", "执行局", "议会", "大会")
# what the name of an international body's agency or office ends with, after the body's name and its own (联合国|人居署,
# 联合国|开发计划署, 联合国|驻华协调员办事处, 联合国|儿童基金会): an agency of the body by its name
_AGENCIES = ("署", "办事处", "基金会", "委员会", "理事会", "秘书处")


def _organ(name: str) -> tuple[EntityType, str] | None:
    """非盟委员会 -> 非盟, 联合国安理会 -> 联合国: an organ of an international body (kg/data/world.tsv) named after it;
    联合国人居署 -> 联合国: an agency with a name of its own between the body's and its head."""
    if not name.endswith(_ORGANS + _AGENCIES):
        return None  # (most names: one C call)
    bodies = _world_bodies()
    organ = next(((EntityType.ORGANIZATION, name[: -len(o)]) for o in _ORGANS if name.endswith(o) and name[: -len(o)] in bodies), None)
    if organ is not None or not name.endswith(_AGENCIES):
        return organ
    return next(((EntityType.ORGANIZATION, name[:n]) for n in range(min(len(name) - 3, 10), 1, -1) if name[:n] in bodies), None)


def intl(name: str) -> bool:  # an international body of the world list or its organ (上海合作组织秘书处): no city's
    return name in _world_bodies() or _organ(name) is not None


@functools.lru_cache(maxsize=1)
def _world_bodies() -> frozenset[str]:
    from ..recognize.world import world_names

    return frozenset(n for n, typ in world_names().items() if typ == "Organization")


def boundaries(words: list[str]) -> set[int]:
    out, i = set(), 0
    for w in words:
        i += len(w)
        out.add(i)
    return out
