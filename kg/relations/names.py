"""Relations read off the structure of names, and the entities such names imply.

- the place a name starts with: 晋城海关 -> 晋城市, 沁源县箭杆村 -> 沁源县;
- a branch and its parent: 民生银行太原分行 -> 民生银行, 太原市热力集团有限责任公司晋源供热分公司 -> 太原市热力集团有限责任公司;
- a union and its enterprise: 太钢工会 -> 太钢; the company a work is named after, its operator: 一汽新能源智能工厂 -> 中国一汽;
- a government department and its government: 山西省商务厅 -> 山西省人民政府, 中共太原市委宣传部 -> 中共太原市委.
A parent that is only named inside another name becomes an entity of its own: the linker gives its key (`implied`).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable

from .. import prefixes
from ..lexicon import ZONE, Lexicon
from ..locales import party_committee
from ..recognize.brands import known_companies
from ..recognize.generic import INDUSTRY
from ..types import ORG_TYPES, EntityType, Fact, Key, Locale, Mention, Predicate

_E, _O = EntityType.ENTERPRISE, EntityType.ORGANIZATION
_PARENT_SUFFIX = (
    ("分公司", _E), ("分行", _E), ("股份有限公司", _E), ("有限责任公司", _E), ("有限公司", _E), ("集团公司", _E),
    ("公司", _E), ("集团", _E), ("银行", _E), ("大学", _O), ("学院", _O), ("医院", _O), ("研究院", _O), ("科学院", _O),
    ("协会", _O), ("学会", _O), ("商会", _O), ("联合会", _O),
)
_BRANCH_SUFFIX = (
    "分公司", "分行", "支行", "分局", "分所", "研究所", "研究院", "分院", "分厂", "分中心", "营业部", "事业部", "办事处",
    "分会", "专业委员会", "专委会", "工会", "党委", "团委", "合唱团", "附属医院", "附属中学", "附属小学", "实验室",
)
# what the name of a place that is not a division ends with (parks, zones, villages, venues …)
PLACE_TAILS = tuple(
    """村 镇 乡 街道 街 路 巷 社区 园 园区 区 开发区 新城 小镇 馆 场 广场 中心 基地 山 湖 河 瀑布 峡 景区 公园 寺 塔 楼 城
    古城 港 站 机场 码头 大厦 会场 分会场 酒店 宾馆 剧院 大剧院 礼堂 堂 农场 林场 矿 井 团 师 厂 电厂
    水库 湿地 盆地 沙漠 草原 灌区 保护区 片区 港区 口岸 岛 湾 溪 遗址 墓地 墓葬群 古墓群""".split()
)
# an academy (中国科学院, 中科院, 中国农科院, 社科院) and one of its institutes named short (光机所, 高能所, 作物所)
_INSTITUTE = re.compile(r"^(.{0,6}?(?:科学院|科院))[\u4e00-\u9fff]{1,10}所$")
_UNIVERSITY_BRANCH = ("医院", "学院", "中学", "小学", "幼儿园", "研究中心")
_NOT_UNION_OWNER = ("总", "企业", "职工", "单位", "机关", "行业", "基层", "公司各", "各级")
# bodies that are not departments of the government of their place: organs of state of their own,
# and vertically managed services (customs, tax, fire and rescue, weather, post, tobacco)
_NOT_GOVERNMENT_DEPT = frozenset(
    """人民政府 人民代表大会 人民代表大会常务委员会 政治协商会议委员会 纪律检查委员会 监察委员会 高级人民法院 中级人民法院
    人民法院 人民检察院 海关 税务局 消防救援总队 消防救援支队 消防救援大队 气象局 地震局 邮政管理局 烟草专卖局""".split()
)
# a body's full name ends so (the first such end is the parent: 中国科学院|天津…研究所), and a unit of it so
_BODY_HEAD = re.compile(r"(?:公安局|局|指挥部|委员会|管理中心|服务中心|中心|科学院|研究院|学院|大学)")
_UNIT_OF = re.compile(r"(?:办公室|支队|大队|中队|分局|派出所|研究所|运行所|管理所|服务所|实验室|工作站|检测站)$")
_INDUSTRY = tuple(INDUSTRY)  # 能源, 电力: what a company's short name ends with (沁新能源)
_LIAISON = re.compile(r"^(.{2,10}?政府)驻[\u4e00-\u9fff]{1,6}?(?:办事处|联络处|联络办|办)$")  # 湖北省人民政府驻北京办事处
_GROUP_HEAD = re.compile(r"(?:集团公司|集团|总公司)")
# a line between two places (南宁至凭祥高铁, 聊城到泰安铁路, 西安—大阪全货运航线): in neither alone
_LINE_SEPARATOR = re.compile("[至到]|[—－-]+")
_BETWEEN = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:[至到]|[—－-]+)[\u4e00-\u9fff]{2}")
_LEGAL = ("集团股份有限公司", "集团有限责任公司", "集团有限公司", "股份有限公司", "有限责任公司", "有限公司", "股份公司", "公司", "控股")
# what the name of a group's unit ends with: a company, a plant, an institute (一院), a mine …
# a company's name (at least two characters before 公司 or 集团), then a project's own name of four or more
_OWNED_PLACES = ("产业园", "工业园", "科技园", "园区", "基地", "工厂", "中心")  # parks a company's name opens (星巴克…产业园)
_OWNER = re.compile(r"^([\u4e00-\u9fff]{2,12}?(?:集团公司|集团|公司))([\u4e00-\u9fffA-Za-z0-9]{4,})$")
_DEPT_UNIT_TAIL = re.compile(r"(?:委员会|研究院|研究所|研究中心|中心|局|司|办公室|学院|党校|署)$")
_UNIT_TAIL = re.compile(r"(?:公司|厂|院|所|研究院|中心|矿|站|基地|局|处|部)$")
_GOV_POSTS = {"省长": ("省", "自治区"), "市长": ("市",), "县长": ("县",), "区长": ("区",), "州长": ("州",), "旗长": ("旗",),
              "自治区主席": ("自治区",), "自治州州长": ("州",)}  # 新疆维吾尔自治区党委副书记、自治区主席X
_PARTY_POSTS = ("省委", "市委", "县委", "区委", "州委", "旗委")


def government_name(place: str | None, post: str) -> str | None:
    """The body a place-level post belongs to: (山西省, 副省长) -> 山西省人民政府, (沁源县, 县委书记) -> 中共沁源县委."""
    if not place:
        return None
    core = post.replace("常务", "", 1).replace("副", "", 1)  # 常务副省长, 自治区副主席
    if core in _GOV_POSTS and place.endswith(_GOV_POSTS[core]):
        return place + "人民政府"
    if post.startswith(_PARTY_POSTS) and place.endswith(post[0]):
        return party_committee(place)
    return None


def government_of(place: str) -> str:
    """The name of a division's government: 阳曲县 -> 阳曲县人民政府."""
    return f"{place}人民政府"


def chain_name(name: str, is_place: Callable[[str], bool] | None = None) -> str:
    """An industry chain's name; a leading place name is dropped (山西光伏产业链 -> 光伏产业链)."""
    if is_place is not None:
        for n in range(min(len(name) - 5, 8), 1, -1):
            if is_place(name[:n]):
                return name[n:]
    return name


class NameRelations:
    """Reads relations off the names of one document's mentions."""

    def __init__(
        self,
        lexicon: Lexicon,
        place_key: Callable[[str], Key | None],
        implied: Callable[..., Key],
        locale: Locale | None = None,
        cut: Callable[[str], list[str]] | None = None,
    ) -> None:
        self.lex = lexicon
        self.place_key = place_key
        self.implied = implied  # the linker's key for an entity named inside a name
        self.cut = cut  # word segmentation: a short place form must end on a word boundary
        self.locale = locale
        self.home = lexicon._province_code(locale) if locale else None

    def place_prefix(self, name: str) -> tuple[Key, str] | None:
        """(place key, prefix) of the longest division name a name starts with; short forms of
        counties only for the paper's own province (蒙山景区 is not in 蒙山县, Guangxi)."""
        name = name.removeprefix("中共")
        for n in range(min(len(name) - 1, 12), 1, -1):
            surface = name[:n]
            d = self.lex.place(surface, self.locale)
            if d is None:
                continue
            if len(d.name) > len(name) and d.name.startswith(name):
                return None  # 广西壮族自治: a division's name cut short, not a name of its own
            home = self.home is not None and d.code[:2] == self.home[:2]
            if d.level == "county" and not home and d.name == surface and len(self.lex.by_name.get(surface, ())) > 1:
                continue  # 城区, 郊区, 朝阳区: a county's name several cities have, none of them the paper's own
            if d.name != surface:
                if d.level == "county" and not home:
                    continue
                if self.cut is not None and n not in _boundaries(self.cut(name)) and not self._two_divisions(name, n):
                    continue  # 阿里巴巴集团 does not start with 阿里 (地区) (辽宁沈阳|中德产业园 does: one token, two divisions)
            key = self.place_key(surface)
            if key:
                deeper = self._inner(name, n, d.code)
                return deeper or (key, surface)
        return None

    def province_written(self, m: Mention) -> tuple[Key, str] | None:
        """青海玛尔挡水电站, 安徽芜湖航空产业园: the province written before a work or a park named without it (kg.prefixes), not a
        municipality's (北京大兴国际机场) nor the province's own (海南自由贸易港); dev readers list 201 of 219 such."""
        if m.type not in (EntityType.PROJECT, EntityType.PLACE) or len(m.text) < 5:
            return None
        n, d = next(((n, d) for n in range(8, 1, -1) if (d := self.lex.place(m.text[:n])) is not None and d.level == "province"), (0, None))
        if d is None or d.code[:2] in ("11", "12", "31", "50") or (m.canonical or m.text).startswith(m.text[:n]) and not prefixes.address_names({m.text}, m.type, self.lex):
            return None
        for sep in _LINE_SEPARATOR.finditer(m.text, n):  # 湖北潜江至广东韶关输气管道工程, 广西钦州港—广州南沙港: a line out of it
            far = next((e for k in range(6, 1, -1) if (e := self.lex.place(m.text[sep.end() : sep.end() + k])) is not None), None)
            if far is not None and far.code[:2] != d.code[:2]:
                return None
        key = self.place_key(d.name)
        return (key, d.name) if key else None

    def _two_divisions(self, name: str, n: int) -> bool:
        """The segmenter's word holding offset n is a division and a division inside it (辽宁沈阳)."""
        end = next((b for b in sorted(_boundaries(self.cut(name) if self.cut else [])) if b > n), n)
        inner, outer = self.lex.place(name[n:end], self.locale), self.lex.place(name[:n], self.locale)
        return inner is not None and outer is not None and outer.code in (a.code for a in self.lex.ancestors(inner.code))

    def _inner(self, name: str, n: int, code: str) -> tuple[Key, str] | None:
        """A division named right after its parent (杭州市余杭区…, 山西省太原市…): the innermost, by full names."""
        found = None
        while True:
            for m in range(min(len(name) - n - 1, 10), 1, -1):
                d = self.lex.place(name[n : n + m], self.locale)
                # a full name, or a short form of a division inside the one before (湖南长沙浏阳市)
                if d is not None and code in (a.code for a in self.lex.ancestors(d.code)) and (
                    d.name == name[n : n + m] or d.level != ZONE and self._word_end(name, n + m)
                ):
                    key = self.place_key(name[: n + m])
                    key = key if key and key.name == d.code else self.place_key(d.name)
                    if not key:
                        return found
                    found, n, code = (key, name[: n + m]), n + m, d.code
                    break
            else:
                return found

    def _word_end(self, name: str, n: int) -> bool:
        return self.cut is None or n in _boundaries(self.cut(name))

    def parent(self, name: str, typ: str) -> tuple[EntityType, str] | None:
        """(parent type, parent name) for a branch, a union, a unit named after its group
        (东方电气集团东方电机有限公司), a central body's local office or a government department."""
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
            for suffix, ptype in _PARENT_SUFFIX:
                if not head.endswith(suffix) or len(head) <= len(suffix):
                    continue
                if rest.endswith(_BRANCH_SUFFIX) or (suffix in ("大学", "学院") and rest.endswith(_UNIVERSITY_BRANCH)):
                    return ptype, head
        if typ == "Enterprise" and (branch := self._branch(name)) is not None:
            return branch
        if name.endswith("工会") and not name.endswith(("总工会", "联合会")):
            owner = name[:-2]
            if len(owner) >= 2 and not owner.endswith(_NOT_UNION_OWNER) and self.lex.place(owner) is None:
                return EntityType.ENTERPRISE, owner
        return None

    def owner(self, name: str) -> tuple[str, str] | None:
        """The company a project is named after and how it is written there (国能宁煤公司煤制油项目, 一汽新能源智能工厂 ->
        中国一汽 as 一汽: kg/data/companies.txt, maybe after its division: 苏州博世…基地), its operator to the guidelines."""
        pattern, label = known_companies()
        hit = self.place_prefix(name)
        for at in (0, len(hit[1]) if hit is not None else 0):
            head = pattern.match(name, at) if pattern is not None else None
            if head is not None and len(name) - head.end() >= 4:
                return label[head.group()], head.group()
        m = _OWNER.match(name)
        return (m.group(1), m.group(1)) if m is not None and not m.group(2).startswith(_LEGAL) else None

    def _group(self, name: str) -> tuple[EntityType, str] | None:
        """东方电气集团东方电机有限公司 -> 东方电气集团, 航天科技集团一院 -> 航天科技集团: a group's name
        and, after it, a unit's own name (not only a legal suffix: 太钢集团有限公司 is one name)."""
        for head in _GROUP_HEAD.finditer(name):
            rest = name[head.end() :]
            if head.end() >= 4 and len(rest) >= 2 and rest not in _LEGAL and _UNIT_TAIL.search(rest) and not rest.startswith(_LEGAL):
                return EntityType.ENTERPRISE, name[: head.end()]
        return None

    def _branch(self, name: str) -> tuple[EntityType, str] | None:
        """华润电力湖北公司 -> 华润电力, 冀东海天水泥闻喜公司 -> 冀东海天水泥: a company's name, then the place of its
        branch; 沁新能源特种焦制备分公司 -> 沁新能源: a short name that ends with its industry, then a branch's own."""
        core = name.removesuffix("分公司") if name.endswith("分公司") else name.removesuffix("公司")
        if core == name:
            return None
        for k in range(3, len(core) - 1):
            if len(core) - k <= 4 and self.lex.place(core[k:]) is not None and self.lex.place(core[:k]) is None and self._word_end(name, k):
                return EntityType.ENTERPRISE, core[:k]
        if name.endswith("分公司"):
            for k in range(4, len(core) - 1):
                if core[:k].endswith(_INDUSTRY) and not any(w in core[k:] for w in ("集团", "公司")) and self._word_end(name, k):
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
        if len(rest) >= 3 and rest not in _LEGAL and not rest.startswith(_LEGAL) and _UNIT_TAIL.search(rest):
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
        if name in self.lex.dept_by_surface:
            return None  # 中共中央政治局, 国务院新闻办公室: a body of the department list, whose parent the list does not give
        for n in range(min(len(name) - 3, 12), 1, -1):
            deps = self.lex.dept_by_surface.get(name[:n])
            if deps and deps[0].style == "standalone" and _DEPT_UNIT_TAIL.search(name, n) and self.lex.place(name[n : n + 2]) is None:
                return EntityType(deps[0].type), deps[0].name
        return None

    def _central_committee(self, name: str) -> tuple[EntityType, str] | None:
        """中国民主同盟中央委员会 -> 中国民主同盟: a party's or a league's central committee is the party's."""
        head = name.removesuffix("中央委员会")
        deps = self.lex.dept_by_surface.get(head) if head != name else None
        return (EntityType(deps[0].type), head) if deps and deps[0].name == head and deps[0].style == "standalone" else None

    def _liaison(self, name: str) -> tuple[EntityType, str] | None:
        """山西省政府驻上海办事处 -> 山西省人民政府: a government's office in another city is the government's."""
        m = _LIAISON.match(name)
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


    def facts(self, m: Mention, doc_id: str, start: int, end: int, evidence: str, seen: set[tuple[Key, str, Key]]) -> list[Fact]:
        """locatedIn and subOrganizationOf read off one mention's name; `seen` keeps one fact per
        (subject, relation, object) per document.  The evidence is the sentence [start, end)."""
        if m.nested or m.type == EntityType.PERSON or not m.canonical or not m.key or m.rule == "anaphora":
            return []
        if _unbalanced(m.canonical):
            return []  # 乌鲁木齐市高新区(新市区: a name cut in the middle
        if m.type == EntityType.PLACE and (m.key.name in self.lex.divisions or not m.canonical.endswith(PLACE_TAILS)):
            return []  # a division or zone (its parent comes from the gazetteer), or a name that is no place name
        out: list[Fact] = []

        def add(s_key: Key, s_text: str, pred: str, key: Key, o_text: str, rule: str, conf: float) -> None:
            k = (s_key, pred, key)
            if k in seen or key == s_key:
                return
            seen.add(k)
            out.append(Fact(s_key, pred, key, doc_id, start, end, rule, conf, s_text=s_text, o_text=o_text, evidence=evidence))

        elsewhere = m.type in (EntityType.PROJECT, EntityType.PLACE) and _BETWEEN.match(m.canonical) or _LIAISON.match(m.canonical) or _intl(m.canonical)
        hit = self.place_prefix(m.canonical) if not elsewhere else None  # (a line between two places; an office in another city; 上海合作组织)
        if hit is None and m.text != m.canonical and m.text.endswith(m.canonical):
            hit = self.place_prefix(m.text)  # [忻州]五台山: written with the division it is in (the linker's address)
        if hit:
            add(m.key, m.text, Predicate.LOCATED_IN, hit[0], hit[1], "name.place-prefix", 0.9)
        if (written := self.province_written(m)) is not None:
            add(m.key, m.text, Predicate.LOCATED_IN, written[0], written[1], "name.province-written", 0.6)
        owner = self.owner(m.canonical) if m.type == EntityType.PROJECT or m.type == EntityType.PLACE and m.canonical.endswith(_OWNED_PLACES) else None
        if owner:
            add(self.implied(EntityType.ENTERPRISE, *owner), owner[0], Predicate.OPERATES, m.key, m.text, "name.owner", 0.5)
        if m.type in ORG_TYPES and m.key.absolute:
            parent = self.parent(m.canonical, m.type)
            if parent:
                parent_key = self.implied(*parent)
                add(m.key, m.text, Predicate.SUB_ORGANIZATION_OF, parent_key, parent[1], "name.parent", 0.85)
                where = self.place_prefix(parent[1]) if parent[1] in m.text and not _intl(parent[1]) else None  # not 山西省人民政府 for 省商务厅
                if where:
                    add(parent_key, parent[1], Predicate.LOCATED_IN, where[0], where[1], "name.place-prefix", 0.9)
        return out


_ORGANS = ("委员会", "理事会", "秘书处", "安理会", "执行局", "议会", "大会")


def _organ(name: str) -> tuple[EntityType, str] | None:
    """非盟委员会 -> 非盟, 联合国安理会 -> 联合国: an organ of an international body (kg/data/world.tsv) named after it."""
    bodies = _world_bodies()
    return next(((EntityType.ORGANIZATION, name[: -len(o)]) for o in _ORGANS if name.endswith(o) and name[: -len(o)] in bodies), None)


def _intl(name: str) -> bool:  # an international body of the world list or its organ (上海合作组织秘书处): no city's
    return name in _world_bodies() or _organ(name) is not None


@functools.lru_cache(maxsize=1)
def _world_bodies() -> frozenset[str]:
    from ..recognize.world import world_names

    return frozenset(n for n, typ in world_names().items() if typ == "Organization")


def _unbalanced(name: str) -> bool:
    return name.count("(") + name.count("（") != name.count(")") + name.count("）") or name.count("“") != name.count("”")


def _boundaries(words: list[str]) -> set[int]:
    out, i = set(), 0
    for w in words:
        i += len(w)
        out.add(i)
    return out

