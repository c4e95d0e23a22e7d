"""Mentions -> Entities: canonical names, locale expansion, alias merging, stable keys.

A key is the entity's identity: `<Type>/<canonical>` when the canonical name is
absolute (山西省工业和信息化厅, 太钢集团), or scoped to the page it came from
when the text is relative and the paper's locale is unknown (市公安局 in a paper
from an unknown city), so that two papers' 市公安局 never merge by accident.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import prefixes, shortforms
from .bodynames import BodyNames
from .lexicon import Division, Lexicon
from .locales import COMMITTEE, COMMITTEE_FULL, article_locale, infer_locale, jurisdiction, page_scope, party_committee, under_committee  # noqa: F401  (re-exported)
from .rescan import finditer
from .types import ORG_TYPES, Document, Entity, EntityType, Key, Locale, Mention, replace
from .words import PLACE_TAILS
from .zones import ZoneNames, zone_names

# X（以下简称“Y”）, X，简称“Y”， and either after an English gloss in brackets (北京大学（Peking University），简称“北大”)
_ABBREV = re.compile(r"(?:[（(][A-Za-z][^（）()\n]{0,40}[)）])?(?:[（(]|[，,](?=(?:以下)?(?:简称|下称)[^，,。；）)]{2,14}[，,。；]))"
                     r"(?:以下)?(?:简称|下称)[“\"「]?([\u4e00-\u9fffA-Za-z0-9]{2,12})[”\"」]?(?:[)）]|(?=[，,。；]))")
# kinds whose name may carry the division they are in before it (the address), as they are named in news
_ADDRESSED = frozenset({"Place", "Project"})
_WRITTEN_AFTER_ADDRESS = _ADDRESSED | {"Event"}  # (陕西商洛“7·19”高速公路桥梁垮塌灾害: an event too goes by the name with its address)
_CEREMONY = re.compile("开幕式|闭幕式|开幕仪式|开工仪式|签约仪式|启动仪式|颁奖典礼|颁奖仪式")  # an event's ceremony, which readers may list for it
# an activity named in quotes, then only kind words (第四届“央企消费帮扶兴农周”活动, 首届“艺文香港”文化活动)
_QUOTED_ACTIVITY = re.compile(r"(.{0,8}“[^“”]{2,}”)(?:系列|主题|专场|文化|宣传|推介|推广|集中|重点|公益|特别)*活动")
_TYPES = {t.value: t for t in EntityType}


def _division_key(d: Division) -> Key:
    return Key(EntityType.PLACE, d.code)


def _address_starts(division_at: dict[int, int], start: int) -> list[int]:
    """Where the divisions written right before a name start ([内蒙古][阿拉善左旗]通勤机场: both), innermost first."""
    out: list[int] = []
    while start in division_at and len(out) < 4:
        start = division_at[start]
        out.append(start)
    return out


@dataclass
class Linker:
    """Assigns canonical names and keys; accumulates entities across documents."""

    lexicon: Lexicon
    entities: dict[Key, Entity] = field(default_factory=dict)
    _aliases: dict[Key, set[str]] = field(default_factory=dict)
    _why: dict[Key, list[str]] = field(default_factory=dict)
    _event_pages: dict[Key, set[int]] = field(default_factory=dict)  # the pages (parts absorbed) each event is on
    _parts: int = 0
    zones: ZoneNames = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.zones = zone_names(self.lexicon)
        self._bodies = BodyNames(self.lexicon)

    def link(self, doc: Document, mentions: list[Mention], locale: Locale, page: str = "") -> list[Mention]:
        """Mentions with `canonical` and `key` set; their entities are recorded.

        `page` names the page the document came from (`page_scope`): relative names whose
        place is unknown (市公安局 in a paper of an unknown city) hold only there.
        Short names the text declares (X（以下简称“Y”）) link to X wherever Y
        recurs in the document, and those recurrences become mentions too.
        """
        page = page or page_scope([doc.text])
        out = []
        ends: dict[int, Division] = {}  # divisions by the offset where their mention ends
        divisions: list[Division | None] = []
        named: dict[str, Division] = {}  # the last division named, by the last character of its name (市, 县 …)
        committee = ("", 0)  # the last party committee named and where it ends (河南省委原常委、[政法委]原书记)
        for m in mentions:
            canonical, key, division = self._canonical(m, locale, page, ends.get(m.start))
            if division is not None and not m.nested:
                ends[m.end] = division
                named[division.name[-1]] = division
            canonical, key = self._in_context(m, doc.text, (canonical, key), named, committee, locale)
            committee = (canonical, m.end) if COMMITTEE_FULL.fullmatch(canonical) and not m.nested else committee
            divisions.append(division)
            out.append(replace(m, canonical=canonical, key=key))
        out = self._addressed(out, divisions, locale)
        declared = self._declared(doc, out)
        linked = []
        for m, division in zip(out, divisions):
            full = declared.get(m.text)
            if full is not None and full.key is not None and full.key != m.key:
                m = replace(m, canonical=full.canonical, key=full.key)  # (before it is recorded: no entity of its own)
                self._aliases.setdefault(full.key, set()).add(m.text)
            assert m.canonical is not None and m.key is not None
            self._add(m.key, m, m.canonical, division)
            linked.append(m)
        self._written_with_address(doc.text, linked, divisions)
        if not declared:
            return linked
        taken = bytearray(len(doc.text) + 1)
        for m in linked:
            if not m.nested:
                taken[m.start : m.end] = b"\x01" * (m.end - m.start)
        for short, full in declared.items():
            for hit in re.finditer(re.escape(short), doc.text):
                a, b = hit.span()
                if any(taken[a:b]):
                    continue
                taken[a:b] = b"\x01" * (b - a)
                linked.append(Mention(doc.id, a, b, short, full.type, "alias.declared", full.canonical, full.key))
        linked.sort(key=lambda m: (m.start, -m.end))
        return linked

    def _written_with_address(self, text: str, linked: list[Mention], divisions: list[Division | None]) -> None:
        """A place, work or event written right after the divisions it is in ([湖南][张家界][大峡谷玻璃桥景区]), and an event right after the body that
        holds it ([全国台联][第28届台胞青年冬令营]), go by the whole written name too, as readers name them: aliases (a place's only when its name ends as a
        place's does; not a standing event's: 总台|冬奥会). An activity whose name is quoted goes by the quoted name without 活动 too (首届“艺文香港”文化活动),
        events joined by 暨 by the joint name as well (A暨B: readers list either), the first of its kind as written (首个X), an event by its ceremony (X开幕式)."""
        division_at: dict[int, int] = {}  # where a top-level division's name ends -> where it starts
        body_at: dict[int, int] = {}  # the same of an organisation's name
        event_at: dict[int, tuple[int, Key]] = {}  # an event's start and key by where it ends
        for m, division in zip(linked, divisions):
            if m.nested or m.key is None:
                continue
            if m.type in ORG_TYPES:
                body_at[m.end] = m.start
            if m.type == EntityType.EVENT:
                aliases = self._aliases.setdefault(m.key, set())
                if m.start in body_at and m.rule != "event.known":  # (not 总台|冬奥会)
                    aliases.add(text[body_at[m.start] : m.end])  # [全国台联][第28届台胞青年冬令营]
                if (q := _QUOTED_ACTIVITY.fullmatch(m.text)) is not None:
                    aliases.add(q.group(1))  # 第四届“央企消费帮扶兴农周”[活动]: by its quoted name
                if text.endswith("首个", 0, m.start):
                    aliases.add(text[m.start - 2 : m.end])  # 首个[全国生态日主场活动]: as the headline writes it
                if (rite := _CEREMONY.match(text, m.end)) is not None:  # [第八届中非企业家大会]开幕式: the dev readers list the ceremony 9 times, the event 24
                    aliases.add(text[m.start : rite.end()])
                if (first := event_at.get(m.start - 1)) is not None and text[m.start - 1] == "暨":
                    for key in (first[1], m.key):  # [2022中国航空产业大会]暨[南昌飞行大会]: each goes by the joint event's name
                        self._aliases.setdefault(key, set()).add(text[first[0] : m.end])
                event_at[m.end] = (m.start, m.key)
            if division is not None:
                division_at[m.end] = m.start
            elif m.type in _WRITTEN_AFTER_ADDRESS and m.start in division_at and (m.type != "Place" or (m.canonical or "").endswith(PLACE_TAILS)):
                self._aliases.setdefault(m.key, set()).update(text[a : m.end] for a in _address_starts(division_at, m.start))

    def _in_context(self, m: Mention, text: str, linked: tuple[str, Key], named: dict[str, Division], committee: tuple[str, int], locale: Locale) -> tuple[str, Key]:
        """A body named after what the text said before it: 该市X after a city, a party department right after its committee's post."""
        if m.type != EntityType.GOVERNMENT_BODY or m.nested:
            return linked
        said = named.get(text[m.start - 1]) if m.start >= 2 and text[m.start - 2] == "该" else None
        if said is not None:
            return self._that_division(m.text, said, locale) or linked
        full = under_committee(committee[0], text[committee[1] : m.start], m.text, self.lexicon.dept_by_surface) if committee[0] else None
        return (full, Key(EntityType.GOVERNMENT_BODY, full)) if full else linked

    def _that_division(self, text: str, d: Division, locale: Locale) -> tuple[str, Key] | None:
        """该市退役军人事务局 after 古交市 is 古交市退役军人事务局: 该市/该县/该区 refers to the division of
        that kind named last before it; only a department's name is expanded."""
        if self._bodies.department(text) is None:
            return None
        name, absolute = self._bodies.expand_body(d.name + text, locale)
        return (name, Key(EntityType.GOVERNMENT_BODY, name)) if absolute and name.startswith((d.name, "中共" + d.name)) else None

    def _addressed(self, out: list[Mention], divisions: list[Division | None], locale: Locale) -> list[Mention]:
        """忻州五台山 and 五台山, 广西大藤峡水利枢纽工程 and 大藤峡水利枢纽工程 in one document: a place or
        work named with the division it is in written before it is the one the document also names
        without it (the division is its address, read off the name as locatedIn), not another."""
        bare = {m.text: m for m, d in zip(out, divisions) if not m.nested and d is None and m.type in _ADDRESSED}
        for i, (m, d) in enumerate(zip(out, divisions)):
            if m.nested or d is not None or m.type not in _ADDRESSED:
                continue
            for n in range(2, len(m.text) - 2):
                rest = bare.get(m.text[n:])
                if rest is None or rest.type != m.type or m.text[n:].startswith(prefixes.COMMON_HEADS):
                    continue
                d = self.lexicon.place(m.text[:n], locale)
                if d is not None and not self._foreign_short_county(m.text[:n], d, locale):
                    out[i] = replace(m, canonical=rest.canonical, key=rest.key)  # not 平陆运河 (平陆县 is in Shanxi)
                    break
        return out

    def _declared(self, doc: Document, mentions: list[Mention]) -> dict[str, Mention]:
        """{short name: the mention it abbreviates} from 简称 declarations in the text."""
        ends = {m.end: m for m in mentions if not m.nested and m.type != "Place"}
        out: dict[str, Mention] = {}
        for m in finditer(_ABBREV, doc.text) if "称" in doc.text else ():  # (简称, 下称 in every declaration; kg.rescan: tried where one can start)
            full = ends.get(m.start())
            if full is not None and full.key:
                out[m.group(1)] = full
                self._aliases.setdefault(full.key, set()).add(m.group(1))
                self._why.setdefault(full.key, []).append(f"{m.group(1)} is declared as its short name ({m.group()})")
        return out

    # ------------------------------------------------------------ canonical names
    def _canonical(self, m: Mention, locale: Locale, page: str, before: Division | None = None) -> tuple[str, Key, Division | None]:
        """`before`: the division whose name is written right before the mention (山东|昌邑)."""
        text = m.text
        typ = _TYPES.get(m.type) or EntityType(m.type)  # (the enum's own lookup by value: ~1 µs a mention)
        if typ is EntityType.PLACE:
            d = self.lexicon.place(text, prefixes.address_locale(before, self.lexicon) or locale)
            if d is not None and not self._foreign_short_county(text, d, locale, before):
                return d.name, _division_key(d), d
            zone = self.zones.resolve(text, locale) if d is None else None
            if zone is not None:  # 经开区 in a 长春 paper, 综改区 in a Shanxi one
                d, why = zone
                key = _division_key(d)
                if why not in self._why.setdefault(key, []):
                    self._why[key].append(why)
                return d.name, key, d
            if m.canonical:  # an abbreviation the recogniser resolved (中美 -> 美国, 晋 -> 山西省)
                d = self.lexicon.place(m.canonical, locale)
                if d is not None:
                    return d.name, _division_key(d), d
                return m.canonical, Key(typ, m.canonical), None
            text = prefixes.own_name(text, m.type, self.lexicon)  # 广东汕尾海洋工业园区 -> 汕尾海洋工业园区
            return text, Key(typ, text), None
        if typ is EntityType.ENTERPRISE and m.rule == "list.bank" and m.canonical:
            return m.canonical, Key(typ, m.canonical), None  # 工、农、中、建等银行: each bank by its one character
        if typ in ORG_TYPES:
            name, absolute = self._bodies.expand(text, locale, typ is not EntityType.ENTERPRISE)
            if typ is EntityType.GOVERNMENT_BODY and (committee := COMMITTEE.match(name)) is not None:
                d = self.lexicon.place(committee.group(1), locale) or self.lexicon.address_end(committee.group(1), locale)
                if d is not None and committee.group(1).endswith(d.name):  # (来宾市兴宾区委: the county's, its city written before it)
                    name = party_committee(d.name, next((a.name for a in self.lexicon.ancestors(d.code) if a.level == "city"), None))  # 河南省委 -> 中共河南省委员会
            name = prefixes.own_name(name, m.type, self.lexicon)  # 云南滇中新区党工委 -> 滇中新区党工委
            return name, Key(typ, name, "" if absolute else page), None
        if typ is EntityType.PERSON:
            return text, self.person_key(text, locale, page), None
        text = prefixes.own_name(text, m.type, self.lexicon)  # 青海玛尔挡水电站 -> 玛尔挡水电站
        return text, Key(typ, text), None

    @staticmethod
    def person_key(name: str, locale: Locale, page: str) -> Key:
        """A name alone does not identify a person: 刘勇 of a Shanxi paper and 刘勇 of a Zhejiang
        paper are kept apart (the same name within one province is merged; a paper whose province
        is unknown keeps its people to its page)."""
        return Key(EntityType.PERSON, name, locale.province or page)

    def _foreign_short_county(self, text: str, d: Division, locale: Locale, before: Division | None = None) -> bool:
        """A county's short form from another province (龙城 in a Taiyuan paper is the
        city's nickname, not 龙城区 of Liaoning; 蒙山 a mountain, not 蒙山县 of Guangxi)
        names no division: it stays a place of its own name, unless its own province or city
        is written right before it (山东昌邑, 重庆云阳: an address)."""
        if d.level != "county" or text == d.name or not locale.province:
            return False
        if before is not None and before.level in ("province", "city") and d.code.startswith(before.code[:4] if before.level == "city" else before.code[:2]):
            return False
        home = self.lexicon._province_code(locale)
        return home is not None and d.code[:2] != home[:2]

    # ------------------------------------------------------------ entities

    def _add(self, key: Key, m: Mention, canonical: str, division: Division | None) -> None:
        e = self.entities.get(key)
        if e is None:
            self.entities[key] = Entity(
                key=key,
                type=key.type,
                name=canonical,
                code=division.admin_code if division else None,
                lat=division.lat if division else None,
                lon=division.lon if division else None,
            )
        if m.text != canonical:
            self._aliases.setdefault(key, set()).add(m.text)

    def place_entity(self, d: Division) -> Key:
        """The key of a division (adding it), for hierarchy facts."""
        key = _division_key(d)
        if key not in self.entities:
            self.entities[key] = Entity(key=key, type=EntityType.PLACE, name=d.name, code=d.admin_code, lat=d.lat, lon=d.lon)
        return key

    def implied(self, typ: EntityType, name: str, written: str | None = None) -> Key:
        """The key of an entity the text implies without naming it (山西省人民政府 for 副省长, 民生银行 for
        民生银行太原分行; 中国科学院 for the short 中科院 of departments.tsv), adding the entity: relation rules ask here.
        `written`: the form the text writes it in, inside another name (一汽 of 一汽新能源智能工厂 for 中国一汽), an alias."""
        if written is not None and written != name:
            self._aliases.setdefault(Key(typ, name), set()).add(written)
        dep = next(iter(self.lexicon.dept_by_surface.get(name, ())), None)
        if dep is not None and dep.style == "standalone" and dep.type == typ.value and dep.name != name:
            self._aliases.setdefault(Key(typ, dep.name), set()).add(name)
            name = dep.name
        key = Key(typ, name)
        if key not in self.entities:
            self.entities[key] = Entity(key=key, type=typ, name=name)
        return key

    def division(self, key: Key) -> Division | None:
        """The gazetteer division (or zone) a key names, if it names one."""
        return self.lexicon.divisions.get(key.name) if key.type is EntityType.PLACE else None

    def part(self) -> tuple[dict[Key, Entity], dict[Key, set[str]], dict[Key, list[str]]]:
        """What this linker holds (entities, aliases, reasons for merges): one page's contribution
        to a corpus's entity table (`absorb`)."""
        return self.entities, self._aliases, self._why

    def absorb(self, entities: dict[Key, Entity], aliases: dict[Key, set[str]], why: dict[Key, list[str]]) -> None:
        """Add a page's contribution (`part`) to this corpus table.  An entity's value depends only
        on its key, so the table is the union of the pages' parts whatever their order: what makes
        an update, or a backfill on a cluster, equal a full build."""
        self._parts += 1
        for k, e in entities.items():
            self.entities.setdefault(k, e)
            if e.type == "Event":
                self._event_pages.setdefault(k, set()).add(self._parts)
        for k, names in aliases.items():
            self._aliases.setdefault(k, set()).update(names)
        for k, reasons in why.items():
            have = self._why.setdefault(k, [])
            have.extend(w for w in reasons if w not in have)

    def merge_aliases(self) -> dict[Key, Key]:
        """Merge short forms into the full names they abbreviate; returns {old key: new key}.

        美锦能源 -> 山西美锦能源股份有限公司 and 太钢 -> 太钢集团 when exactly one
        full name of the same type reduces to the short form; ambiguous short
        forms stay separate; an event's short form only into an edition named on
        one of its pages (`kg.shortforms.merged`).
        """
        moved = shortforms.merged(self.entities, self.lexicon, self._event_pages)
        for key, target in moved.items():
            src = self.entities.pop(key)
            self._aliases.setdefault(target, set()).update({src.name} | self._aliases.pop(key, set()))
            self._why.setdefault(target, []).append(f"{src.name} is a short form of {self.entities[target].name}")
        return moved

    def result(self) -> dict[Key, Entity]:
        out = {}
        for key, e in self.entities.items():
            names = self._aliases.get(key, set())
            names = names | prefixes.own_names(e.name, e.type) | prefixes.city_names(names, e.type, self.lexicon)
            names = names | prefixes.village_names(names | {e.name}, e.type, self.lexicon) | prefixes.address_names(names | {e.name}, e.type, self.lexicon)
            names = names | prefixes.owner_names(names | {e.name}, e.type)
            aliases = tuple(sorted(names - {e.name}))
            out[key] = replace(e, aliases=aliases, merges=tuple(self._why.get(key, ())))
        return out
