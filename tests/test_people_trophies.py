"""The person a trophy is named after, as People's Daily labels them (own example sentences, papers of Sichuan and
Guangxi; rule person.trophy, kg.people.trophy_namesakes): 汤 of 汤杯, 尤伯 of 尤伯杯, both of 汤尤杯; no graph node."""
from __future__ import annotations

from kg.types import Locale

from .conftest import people_in

SICHUAN = Locale(province="四川省", city="成都市")
GUANGXI = Locale(province="广西壮族自治区", city="南宁市")


def test_the_namesake_of_a_trophy_is_a_person(pipeline):
    assert "汤" in people_in(pipeline, "在昨晚结束的汤杯半决赛中，中国男队以三比二战胜丹麦队。", SICHUAN)
    assert "尤伯" in people_in(pipeline, "中国女队将在尤伯杯决赛中迎战日本女队。", GUANGXI)
    text = "本届汤尤杯赛将于下月在成都开赛。"
    assert {"汤", "尤"} <= set(people_in(pipeline, text, SICHUAN))
    # a soup's cup, in no text about a match: no one
    assert "汤" not in people_in(pipeline, "她把汤杯放在桌上。", GUANGXI)


def test_the_namesake_makes_no_graph_node(pipeline):
    ms = pipeline.recognizer("t", "中国女队将在尤伯杯决赛中迎战日本女队。", GUANGXI)
    assert [m.generic for m in ms if m.text == "尤伯"] == [True]
