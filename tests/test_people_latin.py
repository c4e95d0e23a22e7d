"""People named in Latin letters: handles and foreign names after a role, and in a list with another such person
(kg.recognize.foreigners.framed_latin_names, kg.people_lists.latin_listed; own example sentences, papers of Zhejiang
and Fujian)."""
from __future__ import annotations

from kg.types import Locale

from .conftest import people_in

ZHEJIANG = Locale(province="浙江省", city="杭州市")
FUJIAN = Locale(province="福建省", city="福州市")


def test_a_latin_name_right_after_a_role_is_a_person(pipeline):
    # own sentences, Zhejiang: a player's handle after 领队, which the model reads as nothing here (rule person.role-latin)
    assert people_in(pipeline, "杭州战队领队xiaoyu透露，队伍下周出发。", ZHEJIANG) == ["xiaoyu"]
    assert people_in(pipeline, "这批椅子出自设计师ronan之手。", ZHEJIANG) == ["ronan"]
    # a word of a role's kind after it names no one
    assert "CEO" not in people_in(pipeline, "公司总裁CEO一职暂时空缺。", ZHEJIANG)


def test_a_latin_word_listed_with_a_latin_person_is_a_person(pipeline):
    # own sentence, Fujian: Rocky is found after 选手; Zeal, joined to it by 与, is a player too (rule person.listed)
    assert people_in(pipeline, "本届比赛中，选手Rocky与Zeal分获冠亚军。", FUJIAN) == ["Rocky", "Zeal"]
    # a team's name joined to a player's is no person
    assert "FZ" not in people_in(pipeline, "选手Rocky和FZ战队的队员一起训练。", FUJIAN)


def test_a_capitalised_latin_name_before_a_verb_of_saying_is_a_person(pipeline):
    # own sentences, Zhejiang (a games page and a sports page): Duval and Okafor, before 证实 and 坦言, are people the model
    # reads as nothing, Wenzel one it reads as a body (rule person.latin-says)
    assert people_in(pipeline, "在发布会上展示了全新的地图后，Duval证实“新版本将在夏天上线”。", ZHEJIANG) == ["Duval"]
    assert people_in(pipeline, "Okafor坦言，比赛的节奏太快。", ZHEJIANG) == ["Okafor"]
    assert people_in(pipeline, "Wenzel回忆，当年的训练非常艰苦。", ZHEJIANG) == ["Wenzel"]
    # a capitalised word for a post is no one
    assert people_in(pipeline, "会上，CEO表示公司将扩大投资。", ZHEJIANG) == []
