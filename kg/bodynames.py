"""The full names of bodies written relative to the paper's place: 省工信厅 -> 山西省工业和信息化厅, 市委宣传部 ->
中共太原市委宣传部, 自治区党委 -> 中共新疆维吾尔自治区委员会, 市总工会 -> 太原市总工会 (the departments' surfaces of
kg/data/departments.tsv, the prefixes' divisions by `kg.locales.jurisdiction`)."""
from __future__ import annotations

from dataclasses import dataclass

from .lexicon import Department, Lexicon
from .locales import jurisdiction, party_committee
from .types import Locale

_CUSTOMS_STYLE = ("海关",)  # official names keep the short city name: 晋城海关, not 晋城市海关
_CPPCC = "政治协商会议委员会"  # a local CPPCC (departments.tsv), officially 中国人民政治协商会议<place>委员会
_ONE_CHAR_PREFIXES = frozenset("省市县区州盟")  # of relative names (省委, 市总工会, 州委)
# what a body's name may open with for the division the paper is about (kg.locales.jurisdiction): 省政府, 自治区党委宣传部, 州委
_PREFIXES = frozenset({"省", "市", "县", "区", "州", "旗", "自治区", "自治州", "盟"})
_NOT_PREFIXES = frozenset("市场 市民 市区 市级 市属 市直 市内 市外 市县 省内 省外 省级 省属 省直 省市 省会 省城 县城 县域 县级 县区 县乡 区域 区级 区县".split())


@dataclass
class BodyNames:
    """Expands the relative names of bodies against a paper's locale."""

    lexicon: Lexicon

    def expand(self, text: str, locale: Locale, departments: bool = True) -> tuple[str, bool]:
        """(the full name, absolute?): a department after its place's prefix (`departments`: not for a company), else a body
        after a jurisdiction's prefix; a name no prefix of the locale expands is relative (absolute False) or kept as written."""
        if text.startswith("区党委") and jurisdiction(locale, "自治区"):
            text = "自治区" + text[1:]  # 区党委(宣传部) in a paper of Guangxi or Ningxia: the region's (a district's is 区委)
        name, absolute = self.expand_body(text, locale) if departments else (text, True)
        return self._expand_relative(text, locale) if name == text else (name, absolute)

    def department(self, text: str) -> tuple[Department, str] | None:
        """The longest known department surface that ends text, and what is written before it."""
        for n in range(min(len(text), 16), 1, -1):
            deps = self.lexicon.dept_by_surface.get(text[-n:])
            if deps:
                return deps[0], text[:-n]
        return None

    def expand_body(self, text: str, locale: Locale) -> tuple[str, bool]:
        """省工信厅 -> 山西省工业和信息化厅; 市委宣传部 -> 中共太原市委宣传部.  (name, absolute?)"""
        lex = self.lexicon
        found = self.department(text)
        if found is None:
            return text, True
        dept, head = found
        dept_full = dept.name
        if not head or dept.style == "standalone" and head in ("中国", "我国", "中华人民共和国", "国家"):
            return dept_full, dept.style == "standalone"  # 中国商务部 is 商务部
        party = head.endswith("委") and dept.style in ("party", "party-root")
        if party:
            head = head[:-1]
        place_name, absolute = self._expand_place_prefix(head, locale)
        if place_name is None or dept.style == "standalone" and dept_full not in _CUSTOMS_STYLE:
            return text, True  # a prefix we do not understand, or a place's own body (香港证监会 is no 中国证监会)
        if dept_full in _CUSTOMS_STYLE:
            d = lex.place(place_name, locale)
            short = d.short[0] if d and d.short else place_name
            return short + dept_full, absolute
        if party:
            return f"中共{place_name}委{dept_full}", absolute
        if dept_full == _CPPCC:
            return f"中国人民政治协商会议{place_name}委员会", absolute  # 江西省政协: the place inside the official name
        return place_name + dept_full, absolute

    def _expand_relative(self, text: str, locale: Locale) -> tuple[str, bool]:
        """省医师协会 -> 山西省医师协会, 市总工会 -> 太原市总工会, 省委 -> 中共山西省委.  (name, absolute?)

        Only a one-character jurisdiction prefix is read; 市场…, 省内…, 县城… are words, not prefixes.
        """
        if text.startswith("自治区") and len(text) >= 5:  # 自治区党委, 自治区文联: the region of an autonomous region's paper
            place, rest = jurisdiction(locale, "自治区"), text[3:]
            if rest in ("委", "党委"):
                return (party_committee(place), True) if place else (text, False)
            return (place + rest, True) if place else (text, False)
        if len(text) < 2 or text[0] not in _ONE_CHAR_PREFIXES or text[:2] in _NOT_PREFIXES:
            return text, True
        place = jurisdiction(locale, text[0])
        if text[1:] == "委":  # the party committee itself
            return (party_committee(place), True) if place else (text, False)
        if len(text) < 4:
            return text, True
        return (place + text[1:], True) if place else (text, False)

    def _expand_place_prefix(self, head: str, locale: Locale) -> tuple[str | None, bool]:
        if head in _PREFIXES:
            name = jurisdiction(locale, head)
            return (name, True) if name else (head, False)
        d = self.lexicon.place(head, locale) or self.lexicon.address_end(head, locale)
        if d is not None:
            return d.name, True
        # a chained body: 省政府 + 新闻办 — expand the inner body
        inner, absolute = self.expand_body(head, locale)
        return (inner, absolute) if inner != head else (None, True)
