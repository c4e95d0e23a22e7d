"""Names of minority nationalities, which have no surname to open with (own example sentences, written as in the papers of
Tibet, Xinjiang, Inner Mongolia and Qinghai): kg.recognize.minorities."""
from __future__ import annotations

from kg.types import Locale

from .conftest import people_in

TIBET = Locale(province="西藏自治区", city="拉萨市")
XINJIANG = Locale(province="新疆维吾尔自治区", city="乌鲁木齐市")
INNER_MONGOLIA = Locale(province="内蒙古自治区", city="呼和浩特市")
QINGHAI = Locale(province="青海省", city="西宁市")


def test_a_tibetan_name_after_a_post(pipeline):
    # one element (次仁) or two (尼玛次仁, 达瓦次仁: the segmenter glues 仁到), after a post, 市委书记 one word, or a
    # prefecture's 行署专员, which the post list leaves out (rule person.minority-post)
    assert people_in(pipeline, "西藏自治区人民政府副主席次仁在拉萨出席签约仪式。", TIBET) == ["次仁"]
    assert people_in(pipeline, "那曲市委书记尼玛次仁在色尼区调研。", TIBET) == ["尼玛次仁"]
    assert people_in(pipeline, "阿里地区行署专员达瓦次仁到普兰县检查工作。", TIBET) == ["达瓦次仁"]
    assert people_in(pipeline, "全国政协副主席洛桑江村出席开幕式。", TIBET) == ["洛桑江村"]  # (not 洛桑, Lausanne)


def test_a_mongolian_name_after_a_role(pipeline):
    # a gacha's party secretary, a herdsman before his home (rule person.minority-post)
    assert people_in(pipeline, "嘎查党支部书记其其格带领牧民发展合作社。", INNER_MONGOLIA) == ["其其格"]
    assert people_in(pipeline, "牧民那仁格日勒家里有500只羊。", INNER_MONGOLIA) == ["那仁格日勒"]


def test_a_uyghur_name_with_or_without_its_dot(pipeline):
    # a given name and a patronymic (rule person.minority; after a post person.minority-post)
    assert people_in(pipeline, "吾守尔·买买提是和田县的一名果农。", XINJIANG) == ["吾守尔·买买提"]
    assert people_in(pipeline, "古丽娜尔·阿不都拉在喀什市参加培训。", XINJIANG) == ["古丽娜尔·阿不都拉"]
    assert people_in(pipeline, "自治区政府副主席阿不都热依木出席活动。", XINJIANG) == ["阿不都热依木"]


def test_a_name_of_two_elements_before_a_home(pipeline):
    # 到了[达瓦坚参]家里: a home is a person's wherever the name stands (rule person.minority)
    assert people_in(pipeline, "调研组走进林芝市，还到了达瓦坚参家里做客。", TIBET) == ["达瓦坚参"]


def test_elements_inside_places_and_words_make_no_name(pipeline):
    # 尼玛县 is a county, 罗布泊 a lake, 洛桑 Lausanne, 集群培育 words; 乌兰察布 a city
    assert people_in(pipeline, "尼玛县县长扎西在会上说，要抓好牧区冬春保畜。", TIBET) == ["扎西"]
    assert people_in(pipeline, "新疆罗布泊地区的钾盐产量再创新高。", XINJIANG) == []
    assert people_in(pipeline, "青海代表团在瑞士洛桑参加签约仪式。", QINGHAI) == []
    assert people_in(pipeline, "海东市加快产业集群培育，推动经济高质量发展。", QINGHAI) == []
    assert people_in(pipeline, "乌兰察布市今年新建光伏电站三座。", INNER_MONGOLIA) == []


def test_a_name_before_a_title_or_its_nationality(pipeline):
    # 次仁书记, 巴特尔（蒙古族）: a title or the nationality in brackets after the name (rule person.minority)
    assert people_in(pipeline, "会上，次仁书记强调，要做好冬春保畜工作。", TIBET) == ["次仁"]
    assert "巴特尔" in people_in(pipeline, "人大代表白玛（藏族）、巴特尔（蒙古族）发言。", INNER_MONGOLIA)


def test_a_name_the_model_read_on_into_a_place(pipeline):
    # [牧民扎西多吉]一家 and [罗布次仁夫妇俩]: a role or a couple read on into a place (kg.recognize.minorities.overread)
    assert people_in(pipeline, "记者看到牧民扎西多吉一家住进了新房。", QINGHAI) == ["扎西多吉"]
    assert people_in(pipeline, "罗布次仁夫妇俩都是返乡创业的大学生。", TIBET) == ["罗布次仁"]
