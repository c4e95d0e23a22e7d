"""Countries by their letters (own example sentences, Heilongjiang, Yunnan, Sichuan): two countries' letters read as
words of their own are the two countries whatever follows (中俄在跨境电商方面…), and 俄, 柬, 缅, letters that stand only for
their country, alone as a word (柬将…, 与缅…): `kg.recognize.abbreviations._paired`, `_alone`. Both are places for `kg ner`
and make no graph node (the news readers list none of 中美直飞, 日韩等市场)."""
from __future__ import annotations

from kg.types import Locale

from .conftest import listed

HEILONGJIANG = Locale(province="黑龙江省", city="哈尔滨市")
YUNNAN = Locale(province="云南省", city="昆明市")
SICHUAN = Locale(province="四川省", city="成都市")


def test_two_countries_letters_whatever_follows(pipeline):
    got = listed(pipeline, "黑龙江省商务厅负责人介绍，中俄在跨境电商方面的往来日益密切。", HEILONGJIANG)
    assert ("中", "Place") in got and ("俄", "Place") in got, got


def test_a_letter_that_stands_only_for_its_country(pipeline):
    got = listed(pipeline, "据悉，柬将在明年举行大选。", YUNNAN)
    assert ("柬", "Place") in got, got
    got = listed(pipeline, "云南边境的瑞丽口岸与缅多个口岸相连，双方贸易往来频繁。", YUNNAN)
    assert ("缅", "Place") in got, got


def test_letters_that_end_a_word_or_name_a_city_are_no_countries(pipeline):
    got = listed(pipeline, "弘扬敬老美德，共建和谐社区。", SICHUAN)
    assert not [t for t, _ in got if t in ("美", "德")], got
    got = listed(pipeline, "通车后，巴中至成都的时间大大缩短。", SICHUAN)
    assert ("巴中", "Place") in got, got


def test_the_letters_make_no_node(pipeline):
    ms = [m for m in pipeline.recognizer("d", "中俄在跨境电商方面的往来日益密切，柬将扩大大米出口。", HEILONGJIANG) if m.text in ("中", "俄", "柬")]
    assert ("柬", True) in [(m.text, m.generic) for m in ms], ms
    assert all(m.generic for m in ms if m.rule in ("abbr.paired", "abbr.alone")), ms  # (a letter the model reads keeps its node)


def test_a_places_companies_are_the_place(pipeline):
    got = listed(pipeline, "调查显示，日本公司普遍上调了今年的工资标准。", SICHUAN)
    assert ("日本", "Place") in got and not [t for t, _ in got if t.endswith("公司")], got
    got = listed(pipeline, "这部电影在甘肃工厂、农村巡回放映。", SICHUAN)
    assert ("甘肃", "Place") in got and not [t for t, _ in got if t.endswith("工厂")], got
    got = listed(pipeline, "国网四川公司今年完成投资120亿元。", SICHUAN)  # a company named with its place stays
    assert ("国网四川公司", "Enterprise") in got, got
