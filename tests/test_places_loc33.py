"""Words opening with their place's one-character name (own example sentences, Guangdong, Fujian, Qinghai): 京剧's 京, 华侨's
and 华裔's 华, 藏胞's 藏, 台资's 台 are places for `kg ner` where nothing else reads the letter, as People's Daily labels them
(non-held: 京剧 11 of 11, 华侨 5 of 6), and make no graph node (`kg.recognize.abbreviations._in_word`, rule abbr.inword)."""
from __future__ import annotations

from kg.types import Locale

from .conftest import listed

GUANGDONG = Locale(province="广东省", city="广州市")
FUJIAN = Locale(province="福建省", city="泉州市")
QINGHAI = Locale(province="青海省", city="西宁市")


def test_beijing_opera_and_overseas_chinese(pipeline):
    got = listed(pipeline, "退休以后，他每天清晨都到公园里唱京剧，还教社区的孩子们识谱。", GUANGDONG)
    assert ("京", "Place") in got, got
    got = listed(pipeline, "这所小学是旅居菲律宾的华侨捐资兴建的，已有八十多年历史。", FUJIAN)
    assert ("华", "Place") in got, got


def test_tibetans_and_taiwanese_capital(pipeline):
    got = listed(pipeline, "医疗队一路走访牧区，为藏胞送医送药。", QINGHAI)
    assert ("藏", "Place") in got, got


def test_a_name_that_holds_the_word_keeps_it(pipeline):
    got = listed(pipeline, "华侨银行昨日公布了上半年业绩。", FUJIAN)
    assert ("华", "Place") not in got, got


def test_the_letter_makes_no_graph_node(pipeline):
    ms = [m for m in pipeline.recognizer("d", "退休以后，他每天清晨都到公园里唱京剧。", GUANGDONG) if m.text == "京"]
    assert ms and all(m.rule == "abbr.inword" for m in ms), ms


def test_a_province_letter_with_a_compass_point(pipeline):
    got = listed(pipeline, "考察队刚从皖南调研归来，就着手整理沿途的资料。", GUANGDONG)
    assert ("皖", "Place") in got, got
    got = listed(pipeline, "京东在当地新建了一座物流园。", GUANGDONG)
    assert ("京", "Place") not in got, got
