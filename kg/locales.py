"""Where a page and each of its articles are from: what 我市, 市委, 省工信厅 and 县交通局 mean in them.

A page's locale is a vote over its datelines and the divisions its articles name (`infer_locale`):
the paper's province and city.  An article's own locale (`article_locale`) starts from the page's
and lets the article's own places win where they say more than a mention: its dateline, its title,
its opening sentence, and the places it keeps coming back to.  A city merely mentioned (a company's
home town, a visitor's origin) does not move it; the paper's city is a prior the article must beat.

An article about one county-level city (浏阳市, 义乌市) sets `Locale.county`; 市委 and 市交通局 in it
are that city's, not the prefecture's.  CCTV transcripts have no dateline: their title and first
sentence say what they are about.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .lexicon import Division, Lexicon
from .types import Document, Locale

# what each place of an article counts for, in half votes (a county's city gets half of its votes; ints, as
# Counter's are: code compiled by mypyc checks them): its dateline decides the city outright
W_TITLE, W_LEAD, W_BODY, W_DATELINE = 6, 4, 2, 10  # 3, 2, 1 and 5 votes
PAGE_PRIOR = 6  # the page's (the paper's) province and city, in votes an article must beat (3)
COUNTY_MIN = 8  # an article is about a county when it names it this much (4 votes: title + once, or four times)
_LEAD_ENDS = "。！？\n"
_OWN_REPORT = ("本报讯", "本报记者", "本报综合")  # the paper's own report: the paper's place


@dataclass
class Votes:
    """Weighted mentions of provinces, cities and counties (by canonical name)."""

    prov: Counter[str] = field(default_factory=Counter)
    city: Counter[str] = field(default_factory=Counter)
    county: Counter[str] = field(default_factory=Counter)

    def add(self, lexicon: Lexicon, d: Division, weight: int, times: int = 1) -> None:
        top = lexicon.province_of(d.code)
        if top is not None:
            self.prov[top.name] += weight * times
        parent = lexicon.divisions.get(d.parent or "")
        if d.level == "city":
            self.city[d.name] += weight * times
        elif d.level == "county":
            self.county[d.name] += weight * times
            if parent is not None and parent.level == "city":
                self.city[parent.name] += weight // 2 * times

    def text(self, lexicon: Lexicon, text: str, weight: int) -> None:
        self.names(lexicon, _division_names(text, lexicon), weight)

    def names(self, lexicon: Lexicon, names: Iterable[str], weight: int) -> None:
        # each name once, times its count, in the order of its first mention (the counters' keys are made in the
        # order one at a time would make them: ties of `most_common` go the same way)
        for surface, times in Counter(names).items():
            d = lexicon.place(surface)
            if d is not None:
                self.add(lexicon, d, weight, times)


def lead(text: str) -> str:
    """The opening sentence of a text."""
    ends = [i for i in (text.find(c) for c in _LEAD_ENDS) if i >= 0]
    return text[: min(ends) + 1] if ends else text


def article_votes(text: str, dateline: str | None, lexicon: Lexicon, title: str | None = None) -> tuple[Votes, Votes]:
    """What the article's dateline, title, opening sentence and body say about where it is from:
    (all of them, the dateline, title and opening alone)."""
    head = Votes()
    if dateline:
        d = lexicon.place(dateline)
        if d is not None:
            head.add(lexicon, d, W_DATELINE)
    if title:
        head.text(lexicon, title, W_TITLE)
    first = lead(text)
    found = _division_hits(text, lexicon)  # one scan of the text for its opening and its body (no name holds a lead's end)
    head.names(lexicon, (n for k, n in found if k + len(n) <= len(first)), W_LEAD)
    body = _body_votes(text, len(first), lexicon, found)
    if not (body.prov or body.city or body.county):
        return head, head  # a body that names no division (a one-sentence record has none): the same counts (callers only read them)
    return Votes(head.prov + body.prov, head.city + body.city, head.county + body.county), head


_LAST_BODY: list[tuple[str, int, int, Votes]] = []


def _body_votes(text: str, start: int, lexicon: Lexicon, found: list[tuple[int, str]]) -> Votes:
    """The votes of text[start:], the body (`found`: the text's `_division_hits`); the last one is kept, since a page's
    locale and then its article's read the same body."""
    last = _LAST_BODY[0] if _LAST_BODY else None
    if last is not None and last[0] is text and last[1:3] == (start, id(lexicon)):
        return last[3]  # (never changed: article_votes adds it into new counters)
    body = Votes()
    body.names(lexicon, (n for k, n in found if k >= start), W_BODY)
    _LAST_BODY[:] = [(text, start, id(lexicon), body)]
    return body


def infer_locale(texts: Any, lexicon: Lexicon) -> Locale:
    """The province and city a page is from, by vote over datelines and place mentions.

    `texts` are (article text, dateline place) pairs of one page.  Datelines count most, opening
    sentences more than the rest; a province is only chosen when the page names it."""
    v = None  # (made at the first vote)
    _DIV_NAMES.clear()  # a new page: the names of its texts are kept while its articles' locales are read
    for text, dateline in texts:
        if dateline is None and not _division_names(text, lexicon):
            continue  # no division in the whole text, so none in its opening or body: no votes (most one-sentence records)
        part, _ = article_votes(text, dateline, lexicon)
        v = v or Votes()
        v.prov.update(part.prov)
        v.city.update(part.city)
    if v is None or not v.prov:
        return Locale()
    province = v.prov.most_common(1)[0][0]
    return Locale(province=province, city=_top_inside(v.city, province, lexicon))


def article_locale(doc: Document, page: Locale, lexicon: Lexicon) -> Locale:
    """The article's own locale: the page's, unless the article's dateline, title or opening name
    another province or city and its mentions bear them out; the county-level place it is about.

    Places only mentioned in the body (a list of risk areas, a company's home town) never move
    it; nor does anything in the paper's own report (本报讯) without a dateline of its own, or in
    an article that speaks of 我市 (the city) or 我省 (the province) as its own."""
    if page.source == "given":
        return page
    v, head = article_votes(doc.text, doc.dateline, lexicon, doc.title)
    own_report = doc.text.lstrip().startswith(_OWN_REPORT) and not doc.dateline
    own_city = own_report or any(w in doc.text for w in ("我市", "本市"))  # the paper's city speaks
    own_report = own_report or any(w in doc.text for w in ("我省", "本省"))
    province = page.province
    top = v.prov.most_common(1)[0] if v.prov else None
    if top is not None and (province is None or not own_report and top[0] != province and head.prov[top[0]]
                            and top[1] > v.prov[province] + PAGE_PRIOR):
        province = top[0]
    if province is None:
        return page
    city = page.city if province == page.province else None
    best = _top_inside(v.city, province, lexicon)
    dated = lexicon.place(doc.dateline, page) if doc.dateline else None
    if dated is not None and dated.level == "city" and _inside(dated, province, lexicon):
        city = dated.name  # the dateline says where the article was written
    elif best is not None and (city is None or not own_city and best != city and head.city[best] and v.city[best] > v.city[city] + PAGE_PRIOR):
        city = best
    return Locale(province=province, city=city, county=_county(v, head, province, city, lexicon), source=page.source)


def _county(v: Votes, head: Votes, province: str, city: str | None, lexicon: Lexicon) -> str | None:
    """The county the article is about: named in its dateline, title or opening, at least
    COUNTY_MIN in all, twice as much as any other."""
    ranked = [(n, s) for n, s in v.county.most_common() if _inside(lexicon.place(n), city or province, lexicon)]
    if not ranked or len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    top = ranked[0][0]
    # a county-level city the opening alone names (义乌市委召开…, then 市经信委, 市交通局) is the 市 of the article
    only_city_in_head = top.endswith("市") and head.county[top] >= W_LEAD and len([n for n in head.county if head.county[n]]) == 1
    if ranked[0][1] < COUNTY_MIN and not only_city_in_head:
        return None
    return top if head.county[top] else None


def _inside(d: Division | None, name: str, lexicon: Lexicon) -> bool:
    return d is not None and (d.name == name or name in {a.name for a in lexicon.ancestors(d.code)})


def _top_inside(votes: Counter[str], province: str, lexicon: Lexicon) -> str | None:
    return next((n for n, _ in votes.most_common() if _inside(lexicon.place(n), province, lexicon)), None)


# a party committee by name: 中共河南省委, 长沙市委, 中共浏阳市委员会 (group 1: the place, written in full)
COMMITTEE = re.compile(r"^(?:中共)?(.{2,12}?(?:省|市|县|区|州|旗|盟|自治区|地区))委(?:员会)?$")
COMMITTEE_FULL = re.compile(r"中共.{2,12}?委员会")  # a committee's canonical name (party_committee)


def page_scope(texts: Iterable[str]) -> str:
    """The scope of a page's relative names: a hash of its text, so that the same page gets the
    same IRIs however its path was typed, and two pages' 市公安局 stay apart."""
    h = hashlib.sha1()
    for t in texts:
        h.update(t.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()[:16]


# what stands between a party committee and one of its departments in one title (河南省委原常委、[政法委]原书记)
_UNDER_COMMITTEE = re.compile(r"(?:原)?(?:常委|委员|副书记|书记)?、(?:原)?")


def under_committee(committee: str, between: str, text: str, departments: dict[str, list[Any]]) -> str | None:
    """The full name of a party department named bare right after its committee's post in a title:
    中共河南省委员会 + 原常委、 + 政法委 -> 中共河南省委政法委员会; None otherwise."""
    m = re.fullmatch(r"中共(.+)委员会", committee)
    dept = next((d for d in departments.get(text, ()) if d.style == "party"), None) if m and _UNDER_COMMITTEE.fullmatch(between) else None
    return f"中共{m.group(1)}委{dept.name}" if m and dept else None


def party_committee(place: str, city: str | None = None) -> str:
    """The full name of a division's party committee, as the Party writes it and readers list it:
    湖南省 -> 中共湖南省委员会 (written 湖南省委, 中共湖南省委; its departments keep the short
    form: 中共湖南省委宣传部); a city's district with its city (兴宾区 of 来宾市 -> 中共来宾市兴宾区委员会)."""
    return f"中共{city}{place}委员会" if city and place.endswith("区") else f"中共{place}委员会"


def jurisdiction(locale: Locale, prefix: str) -> str | None:
    """The division a prefix names in an article of `locale`: 省 its province, 市 its city, or the
    county-level city it is about (浏阳市: 市委 is 中共浏阳市委), 县/区/旗 its county; in the five
    autonomous regions 自治区 the region (自治区党委, 自治区发展改革委), 州/自治州 an autonomous prefecture
    and 盟 a league of Inner Mongolia, each only where the locale's division is one."""
    county = locale.county or ""
    if prefix == "省":
        return locale.province
    if prefix == "自治区":
        return locale.province if (locale.province or "").endswith("自治区") else None
    if prefix in ("州", "自治州", "盟"):
        city = locale.city or ""
        return city if city.endswith("盟" if prefix == "盟" else "州") else None
    if prefix == "市":
        return county if county.endswith("市") else locale.city
    if prefix in ("县", "旗"):
        return county if county.endswith(("县", "旗")) else None
    if prefix == "区":
        return county if county.endswith("区") else None
    return None


_DIV_AUTO_CACHE: dict[int, tuple[Any, frozenset[str]]] = {}
_DIV_NAMES: dict[tuple[int, str], list[tuple[int, str]]] = {}


def division_keys(lexicon: Lexicon) -> frozenset[str]:
    """The names the votes read (`_division_names`): provinces and cities (and their short forms), full names of counties."""
    return _division_automaton(lexicon)[1]


def _division_automaton(lexicon: Lexicon) -> tuple[Any, frozenset[str]]:
    key = id(lexicon)
    got = _DIV_AUTO_CACHE.get(key)
    if got is None:
        from .automata import Automaton

        names = []
        for n, codes in lexicon.by_name.items():
            levels = {lexicon.divisions[c].level for c in codes}
            full_county = "county" in levels and any(lexicon.divisions[c].name == n for c in codes) and len(n) >= 3
            if len(n) >= 2 and (levels & {"province", "city"} or full_county):
                names.append((n, n))
        got = _DIV_AUTO_CACHE[key] = (Automaton(names), frozenset(n for n, _ in names))
    return got


def _division_names(text: str, lexicon: Lexicon) -> list[str]:
    """Names of provinces and cities (and their short forms) and full names of counties in text,
    leftmost-longest, not overlapping."""
    return [n for _, n in _division_hits(text, lexicon)]


def _division_hits(text: str, lexicon: Lexicon) -> list[tuple[int, str]]:
    """(start, name) of `_division_names`. No name holds a character of `_LEAD_ENDS`, so those of a text's opening
    and of its body are those of the whole text before and after the opening's end (one scan, not two)."""
    key = id(lexicon)
    auto = _division_automaton(lexicon)[0]
    if not len(auto):
        return []
    # a page's locale and then each of its articles' read the same texts: the names of the texts of
    # the page at hand are kept (cleared by infer_locale, or past 256 texts)
    got = _DIV_NAMES.get((key, text))
    if got is None:
        if len(_DIV_NAMES) > 256:
            _DIV_NAMES.clear()
        got = _DIV_NAMES[key, text] = [(e + 1 - len(n), n) for e, n in auto.iter_long(text)]
    return got
