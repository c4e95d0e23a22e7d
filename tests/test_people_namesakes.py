"""People the model reads as something else, and a name the model reads that is none (own example sentences, papers of
other provinces): the person a trophy is named after, as People's Daily labels them (rule person.trophy,
kg.people.trophy_namesakes: 汤 of 汤杯, 尤伯 of 尤伯杯, both of 汤尤杯; no graph node); a surname and 军 before a post; a
work's title in its own language in brackets after the Chinese one; a currency after an amount."""
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
    # an event named after the trophy stays whole (the 1,200 articles' 2023年苏迪曼杯世界羽毛球混合团体锦标赛)
    text = "中国队夺得2023年苏迪曼杯世界羽毛球混合团体锦标赛冠军。"
    assert "苏迪曼" not in people_in(pipeline, text, GUANGXI)
    # a soup's cup, in no text about a match: no one
    assert "汤" not in people_in(pipeline, "她把汤杯放在桌上。", GUANGXI)


def test_the_namesake_makes_no_graph_node(pipeline):
    ms = pipeline.recognizer("t", "中国女队将在尤伯杯决赛中迎战日本女队。", GUANGXI)
    assert [m.generic for m in ms if m.text == "尤伯"] == [True]


def test_a_surname_and_jun_before_a_post_is_a_person(pipeline):
    # own sentences, papers of Hunan and Jilin: a surname and 军, which the model reads as an army, then a post the person holds
    hunan, jilin = Locale(province="湖南省", city="长沙市"), Locale(province="吉林省", city="长春市")
    assert "罗军" in people_in(pipeline, "对此，罗军副校长回应称将加强管理。", hunan)
    assert "宋军" in people_in(pipeline, "据宋军副局长介绍，今年全市新增绿地两百公顷。", jilin)
    # a service of the armed forces before its post stays the service (陆军 is a word of the language)
    assert "陆军" not in people_in(pipeline, "陆军司令员出席了仪式。", jilin)


def test_a_works_title_in_its_own_language_is_no_person(pipeline):
    # own sentences, papers of Hunan and Yunnan: the Latin title in brackets after a work's Chinese title (the model read a name)
    hunan, yunnan = Locale(province="湖南省", city="长沙市"), Locale(province="云南省", city="昆明市")
    assert people_in(pipeline, "改编自同名小说的《追风筝的人》（thekiterunner）将于下月在省城各影院上映。", hunan) == []
    assert people_in(pipeline, "话剧《推销员之死》（deathofasalesman）昨晚在省大剧院首演。", yunnan) == []


def test_a_currency_after_an_amount_is_no_person(pipeline):
    # own sentence, a Hainan paper; the shipped model reads no person here, a model trained on less did (卢比 as a name): the
    # check every model person passes (persons.person_like) says no
    from kg.recognize.context import Context
    from kg.recognize.persons import person_like

    text = "斯里兰卡政府宣布，面粉每公斤提价2．5卢比改为提价1卢比。"
    ctx = Context(text, pipeline.segmenter.tokens(text))
    k = text.rindex("卢比")
    assert not person_like(ctx, k, k + 2)
    text = "马克说，这次提价不会影响出口。"  # a name, no amount before it
    assert person_like(Context(text, pipeline.segmenter.tokens(text)), 0, 2)
