"""Development zones and parks (kg/data/zones.tsv, kg.zones): full names, relative short
forms, contracted forms, and their place in the graph.

Sentences are written for these tests in the style of provincial dailies of Jilin,
Shanghai, Shandong and Hebei (not from the seeds, which are Shanxi pages).
"""
from __future__ import annotations

import pytest

from kg.errors import RegionError
from kg.lexicon import LEVELS, ZONE
from kg.link import Linker
from kg.types import Document, Locale, Mention

CHANGCHUN = Locale("吉林省", "长春市")
JILIN_CITY = Locale("吉林省", "吉林市")
SHANGHAI = Locale("上海市")

JILIN_TEXT = (
    "记者从长春经济技术开发区获悉，今年上半年，经开区新签约项目32个，总投资120亿元。"
    "目前，经开区已集聚汽车零部件企业200余家。"
)
SHANGHAI_TEXT = "上海张江高科技园区内，多家生物医药企业落户。嘉定工业区今年新引进企业40家。"


def _places(pipeline, text, locale):
    """{mention text: (canonical, key)} of the top-level places, linked by a fresh Linker; and the linker."""
    lk = Linker(pipeline.lexicon)
    doc = Document("d", text, "t.txt")
    r = pipeline.process(doc, locale, linker=lk)
    return {m.text: (m.canonical, str(m.key)) for m in r.mentions if m.type == "Place" and not m.nested}, lk


def test_zones_are_places_of_the_gazetteer_but_not_divisions(pipeline):
    lex = pipeline.lexicon
    zj = lex.place("张江高科技园区", SHANGHAI)
    assert zj is not None and zj.level == ZONE and zj.level not in LEVELS
    assert zj.admin_code is None and [a.name for a in lex.ancestors(zj.code)] == ["浦东新区", "上海市"]
    cc = lex.place("长春经济技术开发区")
    assert cc.admin_code == "220171" and cc.parent == "220100"
    assert lex.province_of(cc.code).name == "吉林省"
    # the same name in two provinces: the paper's own wins
    assert lex.place("金桥经济技术开发区", SHANGHAI).parent == "310115"
    assert lex.place("金桥经济技术开发区", Locale("内蒙古自治区")).parent[:4] == "1501"
    # a zone is no --region (a locale is a province, city or county)
    assert lex.parse_region("吉林省长春市").city == "长春市"
    with pytest.raises(RegionError):
        lex.parse_region("张江高科技园区")


def test_relative_short_form_names_the_only_zone_of_the_papers_city(pipeline):
    got, lk = _places(pipeline, JILIN_TEXT, CHANGCHUN)
    zone_key = "Place/220100-长春经济技术开发区"
    assert got["长春经济技术开发区"] == ("长春经济技术开发区", zone_key)
    assert got["经开区"] == ("长春经济技术开发区", zone_key)
    e = {str(k): v for k, v in lk.result().items()}[zone_key]
    assert e.code == "220171" and "经开区" in e.aliases
    assert any("经开区" in why and "city" in why for why in e.merges)


def test_relative_short_form_depends_on_the_city_and_needs_one(pipeline):
    got, _ = _places(pipeline, "目前，经开区已集聚企业200余家。", JILIN_CITY)
    assert got["经开区"][0] == "吉林经济开发区"  # 吉林市's own 经开区, not 长春's
    got, _ = _places(pipeline, "目前，经开区已集聚企业200余家。", Locale("吉林省"))
    assert "经开区" not in got or got["经开区"][0] == "经开区"  # a province paper: which city's?


def test_full_name_after_its_division_and_township_level_parks(pipeline):
    got, lk = _places(pipeline, SHANGHAI_TEXT, SHANGHAI)
    # the division before a zone's full name is its address, a place of its own (as 甘肃 of 甘肃兰州新区)
    assert got["张江高科技园区"] == ("张江高科技园区", "Place/310115-张江高科技园区")
    assert got["上海"] == ("上海市", "Place/310000")
    assert got["嘉定工业区"] == ("嘉定工业区", "Place/310114-嘉定工业区")
    e = {str(k): v for k, v in lk.result().items()}["Place/310115-张江高科技园区"]
    assert e.code is None  # no statistical code: no kg:adminCode


@pytest.mark.parametrize(
    "text, locale, expected",
    [
        ("济南高新区", Locale("山东省", "济南市"), "济南高新技术产业开发区"),
        ("漕河泾开发区", SHANGHAI, "漕河泾新兴技术开发区"),
        ("张江园区", SHANGHAI, "张江高科技园区"),
        # both contract 长春经济技术开发区 and 长春汽车经济技术开发区, but the city's short form 经开区 is the first's
        # (the second goes by 汽开区): kg.zones.prefixed, as 合肥高新区 (合肥新站… goes by 新站区)
        ("长春经开区", CHANGCHUN, "长春经济技术开发区"),
        ("合肥高新区", Locale("安徽省"), "合肥高新技术产业开发区"),
        ("先行示范区", Locale("山东省"), None),  # generic words only
        ("工业园区", SHANGHAI, None),
        ("商务区", Locale("河北省"), None),  # 固安温泉休闲商务产业园区 holds 商务, a kind of zone
        ("济南高新区", Locale("吉林省"), "济南高新技术产业开发区"),  # by the city's short form; contraction: only the paper's province
        ("济南综改区", Locale("吉林省"), None),
        ("高新区", Locale("山东省"), None),  # a relative short form, no contraction
    ],
)
def test_contracted_forms(pipeline, text, locale, expected):
    lk = Linker(pipeline.lexicon)
    (m,) = lk.link(Document("d", text, "t.txt"), [Mention("d", 0, len(text), text, "Place", "test")], locale)
    if expected is None:
        assert str(m.key) == f"Place/{text}"
    else:
        assert m.canonical == expected
        assert any("contracted" in why or "short name" in why for why in lk.result()[m.key].merges)


def test_contracted_form_in_running_text_is_found(pipeline):
    got, _ = _places(pipeline, "记者从山东省科技厅获悉，济南高新区今年新增高新技术企业300家。", Locale("山东省", "济南市"))
    assert got["济南高新区"][0] == "济南高新技术产业开发区"


def test_zones_in_the_graph(tmp_path):
    import kg

    src = tmp_path / "in"
    src.mkdir()
    (src / "jilin.txt").write_text("本报长春8月3日讯（记者 王明）" + JILIN_TEXT + "\n", encoding="utf-8")
    (src / "shanghai.txt").write_text("本报上海5月6日讯 " + SHANGHAI_TEXT + "\n", encoding="utf-8")
    result = kg.build([str(src)], out=tmp_path / "out", html=False)
    up = {(str(f.subject), str(f.object)) for f in result.facts if f.predicate == "locatedIn" and f.rule == "gazetteer.parent"}
    assert ("Place/220100-长春经济技术开发区", "Place/220100") in up
    assert ("Place/310115-张江高科技园区", "Place/310115") in up
    assert ("Place/310114-嘉定工业区", "Place/310114") in up
    table = kg.query(
        'SELECT ?code ?parent WHERE { ?z rdfs:label "长春经济技术开发区"@zh ; kg:adminCode ?code ; kg:locatedIn ?p . ?p rdfs:label ?parent }',
        out=tmp_path / "out",
    )
    assert [[cell.value for cell in row] for row in table.rows] == [["220171", "长春市"]]


def test_contracted_forms_are_words_and_divisions_stay_divisions(pipeline):
    got, _ = _places(pipeline, "东北和西南地区的企业，山区区域协调发展。", Locale("辽宁省", "沈阳市"))
    assert not any(key and "-" in key for _, key in got.values())  # 南票飞地经济区 holds 南, 地
    got, _ = _places(pipeline, "深圳市福田区保税区企业", Locale("广东省", "深圳市"))
    assert not any("福田保税区" in (key or "") for _, key in got.values())  # 福田区 is the district


def test_every_head_and_short_form_ends_in_qu_or_yuan():
    # ZoneNames.spans skips texts with neither character: this keeps that exact
    from kg.lexicon import Lexicon
    from kg.zones import HEADS, ZoneNames

    assert all(h.endswith("区") for h in HEADS)
    assert all(s[-1] in "区园" for s in ZoneNames(Lexicon()).shorts)


def test_a_zone_named_after_its_province_goes_by_the_rest(pipeline):
    # zones.tsv writes 河北沧州经济开发区; readers list 沧州经济开发区 (and 吉林经济开发区 is the city's own)
    lex = pipeline.lexicon
    d = lex.place("河北沧州经济开发区")
    assert d is not None and d.name == "沧州经济开发区" and lex.place("沧州经济开发区") == d
    assert lex.place("吉林经济开发区").name == "吉林经济开发区"


@pytest.mark.parametrize("text, expected", [
    # a Hefei city's zone in a Zhejiang paper, a Xinjiang zone after its whole address in a Guangdong one
    ("合肥高新区今年新落户企业120家。", ("合肥高新区", "合肥高新技术产业开发区")),
    ("新疆维吾尔自治区乌鲁木齐市高新区、水磨沟区列为中风险区。", ("新疆维吾尔自治区乌鲁木齐市高新区", "乌鲁木齐高新技术产业开发区")),
    # jionlp gives 北京经济技术开发区 no short form: the national kinds' short forms are every paper's
    ("在北京经开区，一批生物医药企业加快发展。", ("北京经开区", "北京经济技术开发区")),
])
def test_relative_short_form_after_a_division_names_its_only_zone(pipeline, text, expected):
    places, _ = _places(pipeline, text, Locale("浙江省", "杭州市"))
    assert places[expected[0]][0] == expected[1]


def test_short_form_after_a_division_with_several_zones_of_that_kind_stays_a_name(pipeline):
    # Tianjin city holds three 经济技术开发区 (天津, 武清, 东丽区): 天津市经开区 is not resolved by its city
    zones = [z for z in pipeline.lexicon.divisions.values() if z.level == ZONE and z.name.endswith("经济技术开发区") and z.code.startswith("12")]
    assert len(zones) >= 2
    from kg.zones import zone_names
    assert zone_names(pipeline.lexicon).prefixed("天津市经开区", None) is None


def test_economic_zones_by_their_head(pipeline):
    # a Jiangxi and a Guangxi paper: 经济区 heads a zone's name as 开发区 does
    got, _ = _places(pipeline, "鄱阳湖生态经济区建设取得新进展。", Locale("江西省"))
    assert "鄱阳湖生态经济区" in got
    got, _ = _places(pipeline, "广西北部湾经济区开放开发取得新进展。", Locale("广西壮族自治区"))
    assert any(k.endswith("北部湾经济区") for k in got)


def test_a_short_form_that_is_a_noun_of_the_language_names_no_zone_alone(pipeline):
    # zones.tsv gives 产业园 as the short form of 宿州马鞍山现代产业园区 (jionlp); in an Anhui paper 产业园 alone is any park
    # built, not that zone; after its division's name it still is (prefixed)
    suzhou = Locale("安徽省", "宿州市")
    got, _ = _places(pipeline, "宿州市今年将在砀山县建设产业园，新建标准化厂房。", suzhou)
    assert "产业园" not in got and "砀山县" in got
    from kg.zones import zone_names

    zones, zone = zone_names(pipeline.lexicon), pipeline.lexicon.place("宿州马鞍山现代产业园区")
    assert zone is not None and zones.relative("产业园", suzhou) is None and zones.relative("经开区", Locale("吉林省", "长春市")) is not None
    assert zones.prefixed("宿州产业园", suzhou) == (zone, "宿州市")
