"""Persons read by what is said around them (own example sentences, papers of Liaoning, Zhejiang, Hainan, Fujian)."""
from __future__ import annotations

from kg.types import Locale

LIAONING = Locale(province="辽宁省", city="大连市")
ZHEJIANG = Locale(province="浙江省", city="杭州市")


def _people(pipeline, text: str, locale: Locale) -> list[str]:
    return [m.text for m in pipeline.recognizer("d", text, locale) if m.type == "Person" and not m.nested]


def test_a_transliterated_name_that_is_hurt_banned_or_back_is_a_player_not_a_club(pipeline):
    # own sentences, Liaoning and Zhejiang: the model reads 奥斯卡, 莱昂纳多 as clubs; clubs are not 伤愈, 停赛 (rule person.player)
    assert "奥斯卡" in _people(pipeline, "大连英博主场迎战沧州雄狮，奥斯卡已经伤愈复出。", LIAONING)
    assert "莱昂纳多" in _people(pipeline, "浙江队主场迎战青岛海牛，弗兰克已经伤愈，莱昂纳多则继续停赛。", ZHEJIANG)
    # a club that hosts the match is no player
    assert "卡坦尼亚" not in _people(pipeline, "对于都灵的客场不胜，卡坦尼亚坐镇主场更是信心十足。", ZHEJIANG)


def test_a_name_a_court_sentences_or_finds_guilty(pipeline):
    # own sentences, Fujian and Hainan: 判处X有期徒刑, 认定X犯…罪 (rule person.sentenced; the characters' odds are too low)
    fujian, hainan = Locale(province="福建省", city="福州市"), Locale(province="海南省", city="海口市")
    assert "辛业泉" in _people(pipeline, "此案经三明市中级人民法院一审，以受贿罪判处辛业泉有期徒刑八年，并处罚金。", fujian)
    assert "邱进" in _people(pipeline, "海口市中级人民法院经审理认定邱进犯挪用公款罪，判处其有期徒刑五年。", hainan)
    assert _people(pipeline, "法院认定被告人陈某犯盗窃罪。", hainan) == []  # 陈某: no name
