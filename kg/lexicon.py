"""The gazetteers and word lists under kg/data/, loaded once into lookups.

Sources are recorded in kg/data/README.md.  Nothing here is specific to one
province: the division gazetteer covers all of China and the locale of a paper
decides how short forms (省工信厅, 市公安局) are read.
"""
from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .errors import RegionError
from .types import Locale

LEVELS = ("province", "city", "county")  # administrative levels of divisions.tsv
# the short forms every paper uses for the national kinds of zone (a zone without jionlp's short form)
KIND_SHORTS = (("经济技术开发区", "经开区"), ("高新技术产业开发区", "高新区"), ("综合保税区", "综保区"))
ZONE = "zone"  # the level of a development zone or park (zones.tsv): a place with a parent, not a division
_RANK = {**{level: i for i, level in enumerate(LEVELS)}, ZONE: len(LEVELS)}
_PROVINCE_SUFFIXES = ("省", "市", "自治区", "特别行政区")


@dataclass(frozen=True, slots=True)
class Division:
    """A place of the gazetteer: a division (level province/city/county) or a zone (level ZONE).

    `code` is its id in `Lexicon.divisions`: the division code, or for a zone
    `<parent code>-<name>`; `admin_code` is the statistical code when it has one
    (every division; county-level zones such as 140171 山西转型综合改革示范区).
    """

    code: str
    name: str
    short: tuple[str, ...]
    level: str
    parent: str | None
    lon: float | None
    lat: float | None
    admin_code: str | None = None


@dataclass(frozen=True, slots=True)
class Department:
    name: str
    aliases: tuple[str, ...]
    levels: tuple[str, ...]
    style: str  # place | party | party-root | standalone
    type: str


def _data_path(name: str, data_dir: Path | None) -> Path:
    if data_dir is not None:
        return data_dir / name
    return Path(str(resources.files("kg") / "data" / name))


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def _read_words(path: Path) -> list[str]:
    words: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            words.extend(line.split())
    return words


def _split_list(cell: str | None) -> tuple[str, ...]:
    """The items of a comma-separated cell (empty or absent: none)."""
    return tuple(x for x in (cell or "").split(",") if x)


_LEVEL_TAIL = re.compile(r"(?:自治县|自治旗|自治州|林区|特区|地区|县|区|市|旗|盟)$")


class Lexicon:
    """Divisions and zones, departments, surnames, posts and name suffixes."""

    def __init__(self, data_dir: Path | None = None) -> None:
        self.divisions: dict[str, Division] = {}
        self.by_name: dict[str, list[str]] = {}
        self._load_divisions(data_dir)
        self.guarded = self._guarded_stems()
        # zones share the gazetteer (their full names are places, their parents divisions);
        # their short forms (经开区) are relative names, kept apart for kg.zones
        self.zone_shorts: dict[str, tuple[str, ...]] = {}
        self._load_zones(data_dir)
        self.province_abbr: dict[str, str] = {}
        abbr_path = _data_path("province_abbr.tsv", data_dir)
        if abbr_path.exists():
            for row in _read_tsv(abbr_path):
                self.province_abbr[row["abbr"]] = row["code"]
        self.departments: list[Department] = []
        self.dept_by_surface: dict[str, list[Department]] = {}
        self._load_departments(data_dir)
        self.surnames = frozenset(_read_words(_data_path("surnames.txt", data_dir)))
        self.posts = frozenset(_read_words(_data_path("posts.txt", data_dir)))
        shorts_path = _data_path("word_shorts.txt", data_dir)
        # short forms that are common words (朝阳): they need a place context to name a division
        self.word_shorts = frozenset(_read_words(shorts_path)) if shorts_path.exists() else frozenset()
        industries_path = _data_path("industries.txt", data_dir)  # kinds of activity policy news lists (集成电路, 人工智能)
        self.industries = frozenset(_read_words(industries_path)) if industries_path.exists() else frozenset()
        self.suffixes: list[tuple[str, str, int]] = [
            (r["suffix"], r["type"], int(r["max_len"])) for r in _read_tsv(_data_path("suffixes.tsv", data_dir))
        ]

    def _load_divisions(self, data_dir: Path | None) -> None:
        """divisions.tsv into `divisions` and `by_name` (full names and short forms)."""
        for row in _read_tsv(_data_path("divisions.tsv", data_dir)):
            d = Division(
                code=row["code"],
                name=row["name"],
                short=_split_list(row.get("short")),
                level=row["level"],
                parent=row.get("parent") or None,
                lon=float(row["lon"]) if row.get("lon") else None,
                lat=float(row["lat"]) if row.get("lat") else None,
                admin_code=row["code"],
            )
            self.divisions[d.code] = d
            for surface in (d.name, *d.short):
                self.by_name.setdefault(surface, []).append(d.code)

    def _guarded_stems(self) -> dict[str, list[str]]:
        """{stem: codes} of the cities and counties given no short form because the stem is a word
        (无为县, 公安县, 会同县, 光泽县: tools/build_divisions.py's COMMON_WORDS) or is shared; such a stem
        names the division only right after a place it lies in, as an address (在安徽无为，)."""
        out: dict[str, list[str]] = {}
        for d in self.divisions.values():
            if d.short or d.level not in ("city", "county"):
                continue
            m = _LEVEL_TAIL.search(d.name)
            stem = d.name[: m.start()] if m else ""
            if len(stem) >= 2 and stem not in self.by_name:
                out.setdefault(stem, []).append(d.code)
        return out

    def _load_zones(self, data_dir: Path | None) -> None:
        """zones.tsv (when present) into `divisions` and `by_name` (full names), `zone_shorts`;
        a zone whose parent is no division is left out."""
        zones_path = _data_path("zones.tsv", data_dir)
        provinces = sorted((s for d in self.divisions.values() if d.level == "province" for s in (d.name, *d.short)), key=len, reverse=True)
        for row in _read_tsv(zones_path) if zones_path.exists() else []:
            if row["parent"] not in self.divisions:
                continue
            full = row["name"]  # 河北鹿泉经济开发区: goes by 鹿泉经济开发区, as the works named after a province do
            name = next((full[len(p):] for p in provinces if full.startswith(p) and self._division_first(full[len(p):], row["parent"])), full)
            z = Division(
                code=f"{row['parent']}-{name}", name=name, short=(), level=ZONE,
                parent=row["parent"], lon=None, lat=None, admin_code=row.get("code") or None,
            )
            self.divisions[z.code] = z
            for surface in dict.fromkeys((name, full)):
                self.by_name.setdefault(surface, []).append(z.code)
            shorts = _split_list(row.get("short")) or tuple(short for kind, short in KIND_SHORTS if name.endswith(kind))
            if shorts:
                self.zone_shorts[z.code] = shorts

    def _division_first(self, rest: str, parent: str) -> bool:
        """rest, a zone's name after its province, opens with the short form of a division of that province
        (鹿泉 of 鹿泉经济开发区), not with a kind of zone (吉林[经济开发区] is the city's)."""
        return len(rest) >= 5 and any(
            code[:2] == parent[:2] for k in (2, 3) for code in self.by_name.get(rest[:k], ()) if self.divisions[code].level != ZONE
        )

    def _load_departments(self, data_dir: Path | None) -> None:
        """departments.tsv into `departments` and `dept_by_surface` (names and aliases)."""
        for row in _read_tsv(_data_path("departments.tsv", data_dir)):
            dep = Department(
                name=row["name"],
                aliases=_split_list(row.get("aliases")),
                levels=_split_list(row.get("levels")),
                style=row["style"],
                type=row.get("type") or "GovernmentBody",
            )
            self.departments.append(dep)
            for surface in (dep.name, *dep.aliases):
                self.dept_by_surface.setdefault(surface, []).append(dep)

    # ------------------------------------------------------------ places

    def place(self, surface: str, locale: Locale | None = None) -> Division | None:
        """The division a surface form names, preferring the paper's own province.

        Ties (朝阳区 in Beijing, 朝阳市 in Liaoning) go to the division inside
        the locale, then to the higher level, then to the lower code.
        """
        codes = self.by_name.get(surface)
        if not codes:
            return None
        if len(codes) == 1:
            return self.divisions[codes[0]]
        home = self._province_code(locale)

        def rank(code: str) -> tuple[int, int, int, str]:
            d = self.divisions[code]
            exact = 0 if d.name == surface else 1
            inside = 0 if home and code[:2] == home[:2] else 1
            return (inside, exact, _RANK[d.level], code)

        return self.divisions[min(codes, key=rank)]

    def _province_code(self, locale: Locale | None) -> str | None:
        if locale and locale.province:
            codes = [c for c in self.by_name.get(locale.province, []) if self.divisions[c].level == "province"]
            return codes[0] if codes else None
        return None

    def ancestors(self, code: str) -> list[Division]:
        """Parents up to the province: 沁源县 -> [长治市, 山西省]."""
        out = []
        seen = {code}
        parent = self.divisions[code].parent
        while parent and parent in self.divisions and parent not in seen:
            seen.add(parent)
            out.append(self.divisions[parent])
            parent = self.divisions[parent].parent
        return out

    def address_end(self, text: str, locale: Locale | None = None) -> Division | None:
        """The last division of an address written out (内蒙古自治区呼和浩特市, 山西省太原市小店区): each inside the one before."""
        for k in range(2, len(text) - 1):
            outer = self.place(text[:k], locale)
            if outer is None:
                continue
            inner = self.place(text[k:], locale) or self.address_end(text[k:], locale)
            if inner is not None and outer.code in {a.code for a in self.ancestors(inner.code)}:
                return inner
        return None

    def province_of(self, code: str) -> Division | None:
        d = self.divisions.get(code)
        if d is None:
            return None
        return d if d.level == "province" else next((a for a in self.ancestors(code) if a.level == "province"), None)

    def parse_region(self, text: str) -> Locale:
        """Read a --region value: '山西', '山西省太原市', '太原', '山西省/太原市'."""
        rest = text.strip().replace("/", "").replace(" ", "")
        if not rest:
            raise RegionError("empty --region; expected a province and/or city name such as 山西省 or 太原市")
        province = city = county = None
        while rest:
            for n in range(min(len(rest), 12), 1, -1):
                d = self.place(rest[:n], Locale(province=province))
                if d is not None and d.level != ZONE:  # a zone is no locale (市公安局 is its city's)
                    break
            else:
                raise RegionError(
                    f"--region {text!r}: {rest!r} is not a province, city or county name; "
                    "expected e.g. 山西省, 太原市, or 山西省太原市"
                )
            if d.level == "province":
                province = d.name
            elif d.level == "city":
                city = d.name
            else:
                county = d.name
            rest = rest[n:]
            top = self.province_of(d.code)
            if top and not province:
                province = top.name
            if d.level == "county" and not city:
                parent = self.divisions.get(d.parent or "")
                if parent and parent.level == "city":
                    city = parent.name
        return Locale(province=province, city=city, county=county, source="given")


@functools.lru_cache(maxsize=4)
def load(data_dir: str | None = None) -> Lexicon:
    """The lexicon, loaded once per process (and per data folder)."""
    return Lexicon(Path(data_dir) if data_dir else None)
