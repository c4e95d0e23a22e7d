"""Relations read off the structure of names, and the entities such names imply.

- the place a name starts with: 晋城海关 -> 晋城市, 沁源县箭杆村 -> 沁源县;
- a branch and its parent: 民生银行太原分行 -> 民生银行, 太原市热力集团有限责任公司晋源供热分公司 -> 太原市热力集团有限责任公司;
- a union and its enterprise: 太钢工会 -> 太钢; the company a work is named after, its operator: 一汽新能源智能工厂 -> 中国一汽;
- a government department and its government: 山西省商务厅 -> 山西省人民政府, 中共太原市委宣传部 -> 中共太原市委.
A parent that is only named inside another name becomes an entity of its own: the linker gives its key (`implied`).
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .. import prefixes
from ..edges import unbalanced
from ..lexicon import ZONE, Lexicon
from ..locales import party_committee
from ..recognize.abbreviations import world_countries
from ..recognize.brands import known_companies
from ..types import ORG_TYPES, EntityType, Fact, Key, Locale, Mention, Predicate
from ..words import PLACE_TAILS
from .parents import LEGAL, LIAISON, Parents, boundaries, intl

_E, _O = EntityType.ENTERPRISE, EntityType.ORGANIZATION
# an academy (中国科学院, 中科院, 中国农科院, 社科院) and one of its institutes named short (光机所, 高能所, 作物所)
# a line between two places (南宁至凭祥高铁, 聊城到泰安铁路, 西安—大阪全货运航线): in neither alone
_LINE_SEPARATOR = re.compile("[至到]|[—－-]+")
_BETWEEN = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:[至到]|[—－-]+)[\u4e00-\u9fff]{2}")
# a company's name (at least two characters before 公司 or 集团), then a project's own name of four or more
_OWNED_PLACES = ("产业园", "工业园", "科技园", "园区", "基地", "工厂", "中心")  # parks a company's name opens (星巴克…产业园)
_OWNER = re.compile(r"^([\u4e00-\u9fff]{2,12}?(?:集团公司|集团|公司))([\u4e00-\u9fffA-Za-z0-9]{4,})$")
_GOV_POSTS = {"省长": ("省", "自治区"), "市长": ("市",), "县长": ("县",), "区长": ("区",), "州长": ("州",), "旗长": ("旗",),
              "自治区主席": ("自治区",), "主席": ("自治区",), "自治州州长": ("州",), "盟长": ("盟",)}  # 新疆维吾尔自治区党委副书记、自治区主席X; 西藏自治区副主席X; 锡林郭勒盟盟长X
_PARTY_POSTS = ("省委", "市委", "县委", "区委", "州委", "旗委")


def government_name(place: str | None, post: str) -> str | None:
    """The body a place-level post belongs to: (山西省, 副省长) -> 山西省人民政府, (沁源县, 县委书记) -> 中共沁源县委."""
    if not place:
        return None
    core = post.replace("常务", "", 1).replace("副", "", 1)  # 常务副省长, 自治区副主席
    if core in _GOV_POSTS and place.endswith(_GOV_POSTS[core]):
        return place + "人民政府"
    if core == "行政长官" and place.endswith("特别行政区"):
        return place + "政府"  # 香港特别行政区政府: a region's government has no 人民
    if post.startswith(_PARTY_POSTS) and place.endswith(post[0]):
        return party_committee(place)
    return None


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
        self._parents = Parents(lexicon, cut)
        self.parent = self._parents.parent  # (type, name) of the body a body's name says it belongs to

    def place_prefix(self, name: str) -> tuple[Key, str] | None:
        """(place key, prefix) of the longest division name a name starts with; short forms of
        counties only for the paper's own province (蒙山景区 is not in 蒙山县, Guangxi)."""
        name = name.removeprefix("中共").removeprefix("中国人民政治协商会议")  # (中国人民政治协商会议江西省委员会)
        by_name = self.lex.by_name
        for n in range(min(len(name) - 1, 12), 1, -1):
            surface = name[:n]
            if not by_name.get(surface):
                continue  # (no division's name: what `Lexicon.place` would say, without the call)
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
                if self.cut is not None and n not in boundaries(self.cut(name)) and not self._two_divisions(name, n):
                    continue  # 阿里巴巴集团 does not start with 阿里 (地区) (辽宁沈阳|中德产业园 does: one token, two divisions)
            key = self.place_key(surface)
            if key:
                deeper = self._inner(name, n, d.code)
                return deeper or (key, surface)
        return None

    def province_written(self, m: Mention) -> tuple[Key, str] | None:
        """青海玛尔挡水电站, 安徽芜湖航空产业园: the province written before a work or a park named without it (kg.prefixes), not a
        municipality's (北京大兴国际机场) nor the province's own (海南自由贸易港); dev readers list 201 of 219 such. And the province
        written before a city's or county's body (河北省邯郸市政府, 湖南省常德市人大常委会: 8 of the dev readers' 10 bodies placed)."""
        if m.type not in (EntityType.PROJECT, EntityType.PLACE, EntityType.GOVERNMENT_BODY) or len(m.text) < 5:
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
        end = next((b for b in sorted(boundaries(self.cut(name) if self.cut else [])) if b > n), n)
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
                    d.name == name[n : n + m] or d.level != ZONE and self._parents.word_end(name, n + m)
                ):
                    key = self.place_key(name[: n + m])
                    key = key if key and key.name == d.code else self.place_key(d.name)
                    if not key:
                        return found
                    found, n, code = (key, name[: n + m]), n + m, d.code
                    break
            else:
                return found

    def owner(self, name: str) -> tuple[str, str] | None:
        """The company a project is named after and how it is written there (国能宁煤公司煤制油项目, 一汽新能源智能工厂 ->
        中国一汽 as 一汽: kg/data/companies.txt, maybe after its division: 苏州博世…基地), its operator to the guidelines."""
        pattern, label = known_companies()
        head = pattern.match(name) if pattern is not None else None
        if pattern is not None and (head is None or len(name) - head.end() < 4) and (hit := self.place_prefix(name)) is not None:
            head = pattern.match(name, len(hit[1]))  # (the division's prefix looked up only when no company opens the name)
        if head is not None and len(name) - head.end() >= 4:
            return label[head.group()], head.group()
        m = _OWNER.match(name)
        return (m.group(1), m.group(1)) if m is not None and not m.group(2).startswith(LEGAL) else None

    def facts(self, m: Mention, doc_id: str, start: int, end: int, evidence: str, seen: set[tuple[Key, str, Key]], parents_only: bool = False) -> list[Fact]:
        """locatedIn and subOrganizationOf read off one mention's name; `seen` keeps one fact per
        (subject, relation, object) per document.  The evidence is the sentence [start, end).  `parents_only`: the
        body's parent alone (a body named inside another name: [航天科技集团一院]天津…基地)."""
        if m.nested or m.type == EntityType.PERSON or not m.canonical or not m.key or m.rule == "anaphora":
            return []
        if unbalanced(m.canonical):
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

        if parents_only:
            self._parent_facts(m, add, where=False)
            return out
        elsewhere = m.type in (EntityType.PROJECT, EntityType.PLACE) and _BETWEEN.match(m.canonical) or LIAISON.match(m.canonical) or intl(m.canonical)
        hit = self.place_prefix(m.canonical) if not elsewhere else None  # (a line between two places; an office in another city; 上海合作组织)
        if hit is None and m.text != m.canonical and m.text.endswith(m.canonical):
            hit = self.place_prefix(m.text)  # [忻州]五台山: written with the division it is in (the linker's address)
        if hit is None and m.type in (EntityType.ENTERPRISE, EntityType.ORGANIZATION, EntityType.GOVERNMENT_BODY) and (country := _country_opening(m.canonical)):
            hit = self.implied(EntityType.PLACE, country), country  # 德国巴斯夫集团, 越南越捷航空: its country
        if hit:
            add(m.key, m.text, Predicate.LOCATED_IN, hit[0], hit[1], "name.place-prefix", 0.9)
        if (written := self.province_written(m)) is not None:
            add(m.key, m.text, Predicate.LOCATED_IN, written[0], written[1], "name.province-written", 0.6)
        owner = self.owner(m.canonical) if m.type == EntityType.PROJECT or m.type == EntityType.PLACE and m.canonical.endswith(_OWNED_PLACES) else None
        if owner:
            add(self.implied(EntityType.ENTERPRISE, *owner), owner[0], Predicate.OPERATES, m.key, m.text, "name.owner", 0.5)
        self._parent_facts(m, add, where=True)
        return out

    def _parent_facts(self, m: Mention, add: Callable[[Key, str, str, Key, str, str, float], None], where: bool) -> None:
        """The body's parent its name gives, through `add` (whose list the caller returns), and with `where` the place the
        parent's name says it is in."""
        if m.type not in ORG_TYPES or not m.key or not m.key.absolute or (parent := self.parent(m.canonical or "", m.type)) is None:
            return
        parent_key = self.implied(*parent, _written(m.canonical or "", parent[1]))
        add(m.key, m.text, Predicate.SUB_ORGANIZATION_OF, parent_key, parent[1], "name.parent", 0.85)
        at = self.place_prefix(parent[1]) if where and parent[1] in m.text and not intl(parent[1]) else None  # not 山西省人民政府 for 省商务厅
        if at:
            add(parent_key, parent[1], Predicate.LOCATED_IN, at[0], at[1], "name.place-prefix", 0.9)


def _country_opening(name: str) -> str | None:
    """The foreign country a company's, an organisation's or a state organ's name opens with, two characters or more of its
    own after it (德国巴斯夫集团, 美国哈佛大学, 英国政府; not 中国…, nor 德国博世（中国）投资有限公司: a subsidiary where the bracket
    says, nor 朝鲜驻华使馆: stationed elsewhere)."""
    if "（" in name or "(" in name or "驻" in name:
        return None
    c = next((c for c in world_countries().get(name[:1], ()) if name.startswith(c) and len(name) - len(c) >= 2), None)
    return c if c is not None and c not in ("中国", "中华") else None


def _written(name: str, parent: str) -> str | None:  # 华电 of 华电石家庄鹿华热电公司 for 中国华电: how a name writes its parent's
    pattern, _ = known_companies()
    head = pattern.match(name) if pattern is not None and parent not in name else None
    return head.group() if head is not None else None

