"""Development zones and parks by the short names papers use (经开区, 综改区).

A zone's full name (长春经济技术开发区, 张江高科技园区) is a place of the gazetteer
(kg/data/zones.tsv, loaded by `Lexicon`).  Papers mostly write it short, two ways:

* relative short forms, as the source gives them (经开区, 高新区, 示范区): like 市公安局
  they name a zone only in a paper whose city has exactly one zone with that short form;
* contracted forms (山西综改示范区, 综改区): a zone head (区, 示范区, 开发区, 园区) after
  characters taken in order from the full name; one names the only zone of the paper's
  province whose name holds those characters (at least two that are not generic zone
  words) and ends with the same head.  Two zones that fit: no link (a part named after
  its zone, 山西转型综合改革示范区晋中开发区, is no second zone).

A zone's full name after a division it lies in (上海张江高科技园区) is the zone too.
"""
from __future__ import annotations

import re
import weakref
from collections.abc import Callable

from . import words
from .lexicon import ZONE, Division, Lexicon
from .rescan import alternation
from .types import Locale

HEADS = ("示范区", "开发区", "园区", "区")  # the heads a contracted form ends with, longest first
MIN_CHARS = 2  # characters besides the head that must be found in the full name
MAX_CHARS = 8
# what kind of zone, not which one: a contracted form must have two characters besides these
KIND_WORDS: list[str] = """经济技术 高新技术 经济 技术 经开 高新 高科技 科技 工业 产业 现代 农业 物流 保税 综合 化工 化学 开发
    示范 试验 实验 合作 国家级 国家 省级 核心 重点 先行 功能 新兴 生态 旅游 文化 创意 休闲 商务 商贸 工贸 贸易 电子商务
    空港 临空 临港 港口 沿海 滨海 滨江 沿江 海洋 边境 出口加工 加工 循环 资源 能源 新能源 新材料 汽车 航空 冶金 医药
    生物 健康 装备 制造 食品 软件 信息 数字 东部 西部 南部 北部 中部 城东 城南 城西 城北 新 园 城 市 县 省 片""".split()
_GENERIC = re.compile(alternation(KIND_WORDS))  # longest first
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _in_order(chars: str, name: str) -> bool:
    """Every character of `chars` occurs in `name`, in that order (综改 in 山西转型综合改革)."""
    it = iter(name)
    return all(c in it for c in chars)


def specific(chars: str) -> bool:
    """chars hold two characters besides the words of a zone's kind (杭州湾新区; not 经开区, 老城区)."""
    return len(_GENERIC.sub("", chars)) >= MIN_CHARS


class ZoneNames:
    """Resolves the short names of zones against a paper's locale."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        zones = [d for d in lexicon.divisions.values() if d.level == ZONE]
        self._by_province: dict[str, list[Division]] = {}
        for z in zones:
            self._by_province.setdefault(z.code[:2], []).append(z)
        # the characters of each province's zone names: most text before a 区 has one outside them
        self._chars = {prov: frozenset("".join(z.name for z in zs)) for prov, zs in self._by_province.items()}
        # (city code, short form) -> zones; the city of a municipality's zone is the municipality
        self._relative: dict[tuple[str, str], list[Division]] = {}
        for code, shorts in lexicon.zone_shorts.items():
            z = lexicon.divisions[code]
            for short in shorts:
                self._relative.setdefault((self._city(z), short), []).append(z)
        self.shorts = frozenset(short for _, short in self._relative)
        self._short_tails = tuple(self.shorts)  # (one C test of a text's end against them all)
        self._by_short: dict[str, list[Division]] = {}
        for code, shorts in lexicon.zone_shorts.items():
            for short in shorts:
                self._by_short.setdefault(short, []).append(lexicon.divisions[code])
        self._with_cities = {d.parent for d in lexicon.divisions.values() if d.level == "city"}

    def _city(self, d: Division) -> str:
        chain = [d, *self.lex.ancestors(d.code)]
        return next((a.code for a in chain if a.level == "city"), chain[-1].code)

    def _home_city(self, locale: Locale | None) -> str | None:
        if locale is None:
            return None
        name = locale.city or locale.province
        d = self.lex.place(name, locale) if name else None
        if d is None or d.level == ZONE:
            return None
        if d.level == "province" and d.code in self._with_cities:
            return None  # a province paper: 经开区 of which city?
        return d.code

    def relative(self, text: str, locale: Locale | None) -> Division | None:
        """经开区 in a paper from 长春 -> 长春经济技术开发区 (the city's only 经开区). A short form that is a noun of
        the language (产业园, 工业园, 保税区, 示范区: jieba's dictionary) names any park where it stands alone (在…建设产业园,
        电商产业园): it names the zone only after a division's name (`prefixed`: 焦作示范区)."""
        city = self._home_city(locale) if text in self.shorts and not words.is_common_noun(text) else None
        found = self._relative.get((city, text), []) if city else []
        return found[0] if len(found) == 1 else None

    def contracted(self, text: str, locale: Locale | None) -> list[Division]:
        """The zones of the paper's province a contracted form fits (山西综改示范区 ->
        [山西转型综合改革示范区]); relative short forms and generic words fit none."""
        head = next((h for h in HEADS if text.endswith(h)), None) if text.endswith("区") else None  # (every head ends so)
        home = self.lex._province_code(locale)
        if head is None or home is None or text in self.shorts or text in self.lex.by_name:
            return []  # 福田区, 滨海新区 are divisions; 嘉定工业区 is a full name
        chars = text[: -len(head)]
        if len(chars) > MAX_CHARS or "区" in chars or not specific(chars):
            return []  # 区 is a head, not a character taken from a name (山区区域 is no zone)
        fits = [z for z in self._by_province.get(home[:2], []) if z.name.endswith(head) and _in_order(chars, z.name[: -len(head)])]
        # a part named after its zone (山西转型综合改革示范区晋中开发区) is no second zone for 综改区
        return [z for z in fits if not any(o is not z and z.name.startswith(o.name) for o in fits)]

    def prefixed(self, text: str, locale: Locale | None) -> tuple[Division, str] | None:
        """A relative short form after a division's name (合肥高新区, 乌鲁木齐市经开区): the only zone
        with that short form inside the division, wherever the paper is from."""
        if not text.endswith(self._short_tails):
            return None  # (most texts: no short form ends them)
        for short in (s for s in self.shorts if text.endswith(s) and len(text) > len(s) + 1):
            head = text[: -len(short)]  # the last division of an address (新疆维吾尔自治区乌鲁木齐市|高新区)
            where = next((d for n in range(len(head) - 1) if (d := self.lex.place(head[n:], locale)) is not None), None)
            if where is None or where.level == ZONE:
                continue
            fits = [z for z in self._by_short[short] if where.code in {a.code for a in self.lex.ancestors(z.code)}]
            if len(fits) == 1:
                return fits[0], where.name
        return None

    def placed(self, text: str, locale: Locale | None) -> Division | None:
        """A zone's full name after a division it lies in (上海张江高科技园区, 吉林省长春经济技术开发区)."""
        for n in range(2, len(text) - 3):
            zone = self.lex.place(text[n:], locale)
            if zone is None or zone.level != ZONE or zone.name != text[n:]:
                continue
            where = self.lex.place(text[:n], locale)
            if where is not None and where.code in {a.code for a in self.lex.ancestors(zone.code)}:
                return zone
        return None

    def resolve(self, text: str, locale: Locale | None) -> tuple[Division, str] | None:
        """(zone, why) for a short name of a zone, or None."""
        z = self.relative(text, locale)
        if z is not None:
            return z, f"{text} is the short name of {z.name}, the only one in the paper's city"
        fits = self.contracted(text, locale)
        if len(fits) == 1:
            return fits[0], f"{text} is a contracted form of {fits[0].name}, the only zone of the paper's province it fits"
        z = self.placed(text, locale)
        if z is not None:
            return z, f"{text} is {z.name} after the name of a division it lies in"
        found = self.prefixed(text, locale)
        if found is not None:
            return found[0], f"{text} is the short name of {found[0].name}, the only one in {found[1]}"
        return None

    def spans(
        self, text: str, is_start: Callable[[int], bool], is_end: Callable[[int], bool], locale: Locale | None
    ) -> list[tuple[int, int]]:
        """Spans of text that `resolve` reads as a zone: relative short forms starting a word, and
        contracted forms that are words (not 西南[地区], 山区[区域]): for each zone head the longest."""
        if locale is None or not locale.province or ("区" not in text and "园" not in text):
            return []  # every head and relative short form ends in 区 or 园: most sentences have neither
        out = []
        for short in (x for x in self.shorts if x in text):
            for m in re.finditer(re.escape(short), text):
                if is_start(m.start()) and self.relative(short, locale) is not None:
                    out.append((m.start(), m.end()))
        for i, h in enumerate(HEADS):
            for m in re.finditer(h, text):
                end = m.end()
                if text.endswith(HEADS[:i], 0, end):
                    continue  # 示范区 is read as 示范区, not as 区 (HEADS[:i]: the longer heads)
                if is_end(end):
                    out.extend(self._contracted_span(text, m.start(), end, is_start, locale))
        return sorted(set(out))

    def _contracted_span(
        self, text: str, head_start: int, end: int, is_start: Callable[[int], bool], locale: Locale
    ) -> list[tuple[int, int]]:
        # extend left while the characters still occur in order in some zone of the province;
        # the longest form that starts a word and fits decides (it fits no more zones than a shorter one)
        prov = (self.lex._province_code(locale) or "")[:2]
        zones = self._by_province.get(prov, [])
        chars = self._chars.get(prov, frozenset())
        best: tuple[int, int] | None = None
        if any(c not in chars for c in text[head_start - MIN_CHARS : head_start]):
            return []  # the shortest form already fits no zone
        for start in range(head_start - MIN_CHARS, max(head_start - MAX_CHARS, 0) - 1, -1):
            if text[start] not in chars or not _CJK.match(text[start]) or not any(_in_order(text[start:head_start], z.name) for z in zones):
                break
            fits = self.contracted(text[start:end], locale)
            if fits and is_start(start):
                best = (start, len(fits))
        if best is None or best[1] != 1 or words.is_common_word(text[best[0] : head_start], words.NAME_MIN_FREQ):
            return []  # (大科学装置[集中]区: a word of the language, not a zone's name contracted)
        return [(best[0], end)]


_BY_LEXICON: weakref.WeakKeyDictionary[Lexicon, ZoneNames] = weakref.WeakKeyDictionary()


def zone_names(lexicon: Lexicon) -> ZoneNames:
    """The one ZoneNames of a lexicon, shared by the recogniser and every Linker (kg extract
    makes a Linker per record)."""
    z = _BY_LEXICON.get(lexicon)
    if z is None:
        z = _BY_LEXICON[lexicon] = ZoneNames(lexicon)
    return z
