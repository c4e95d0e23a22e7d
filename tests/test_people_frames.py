"""Persons read by what is said around them (own example sentences, papers of Liaoning, Zhejiang, Hainan, Fujian, Guangxi, Henan)."""
from __future__ import annotations

from kg.types import Locale

from .conftest import people_in

LIAONING = Locale(province="辽宁省", city="大连市")
ZHEJIANG = Locale(province="浙江省", city="杭州市")


def _people(pipeline, text: str, locale: Locale) -> list[str]:
    return people_in(pipeline, text, locale)


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


def test_a_name_before_a_society_the_aspect_particle_follows_is_who_learned(pipeline):
    # own sentences, Guangdong: 学会|了 is a verb (learned), no society named 卡纳瓦罗学会; 学会|了解 still ends a society's name
    guangdong = Locale(province="广东省", city="广州市")
    assert _people(pipeline, "执教广州队的那些年里，卡纳瓦罗学会了用中文和球员交流。", guangdong) == ["卡纳瓦罗"]
    assert _people(pipeline, "来到湛江后，林晓峰学会了养殖对虾。", guangdong) == ["林晓峰"]
    got = [(m.text, m.type) for m in pipeline.recognizer("d", "广东省营养学会了解到，今年的活动将于五月举行。", guangdong) if not m.nested]
    assert ("广东省营养学会", "Organization") in got


def test_an_all_capital_latin_word_that_reads_as_a_word_is_a_players_name_an_acronym_is_not(pipeline):
    # own sentences, Jiangsu: SWAN, KAIYA read as words (a player's handle); NBA, CGTN do not (acronyms, kg.people.acronym)
    from kg.people import acronym

    jiangsu = Locale(province="江苏省", city="苏州市")
    assert _people(pipeline, "在苏州举行的电竞邀请赛上，SWAN以2比0击败了对手。", jiangsu) == ["SWAN"]
    assert _people(pipeline, "在苏州举行的电竞邀请赛上，KAIYA以2比0击败了对手。", jiangsu) == ["KAIYA"]
    assert _people(pipeline, "NBA中国赛在南京举行。", jiangsu) == []
    assert [w for w in "NBA CGTN CCTV WTO IMF BBC EA SWAN KAIYA GRUBBY SKY".split() if acronym(w)] == "NBA CGTN CCTV WTO IMF BBC EA".split()


def test_a_transliterated_name_before_brothers_or_a_couple_is_a_person(pipeline):
    # own sentence, Yunnan: the model reads 巴斯克斯 as a body; a body has no brothers (rule of kg.recognize.foreigners.player)
    yunnan = Locale(province="云南省", city="昆明市")
    assert _people(pipeline, "云南警方抓获了巴斯克斯兄弟。", yunnan) == ["巴斯克斯"]


def test_a_name_in_a_list_of_cities_or_where_a_trip_starts_is_a_place_not_a_person(pipeline):
    # own sentences, Fujian and Guangxi: the model reads 马卡斯, 拉普拉塔 as people; 等沿海城市 closes a list of places,
    # 从…出发 is where a trip starts (kg.recognize.model._person)
    fujian, guangxi = Locale(province="福建省", city="福州市"), Locale(province="广西壮族自治区", city="南宁市")
    got = [(m.text, m.type) for m in pipeline.recognizer("d", "台风已影响到马卡斯、拉普拉塔等沿海城市，福建的船队已返港。", fujian) if not m.nested]
    assert ("马卡斯", "Place") in got and ("拉普拉塔", "Place") in got
    assert _people(pipeline, "广西自驾团从马卡斯出发，沿途游览了三个国家公园。", guangxi) == []
    assert _people(pipeline, "福建渔船从卡洛斯出发，驶向公海。", fujian) == []


def test_a_name_jieba_tags_a_rare_adverb_or_verb_is_still_a_name(pipeline):
    # own sentence, Zhejiang: jieba holds 莫奈 as an adverb seen 11 times; only frequent predicates (严肃, 积极) are words, no names
    assert "莫奈" in _people(pipeline, "浙江美术馆这次展出了莫奈的《睡莲》和梵高的素描。", ZHEJIANG)


def test_names_in_a_list_of_new_districts_are_no_people(pipeline):
    # own sentence, Henan: 等新建片区 closes a list of districts (郑西, 郑南 read as people)
    henan = Locale(province="河南省", city="郑州市")
    assert _people(pipeline, "在郑东、郑西、郑南等新建片区，两万人迁入新居。", henan) == []


def test_the_writer_of_a_lottery_column_is_named_before_its_kind_and_a_colon(pipeline):
    # own headings, a Henan sports paper: the writer, the competition, the kind of column, a colon (rule person.column);
    # the model reads neither writer
    henan = Locale(province="河南省", city="郑州市")
    assert "许安然" in people_in(pipeline, "许安然联盟杯解盘：乌迪内可作胆", henan)
    assert "高远" in people_in(pipeline, "高远必发火线：国米客场防平", henan)
    # a word of the language before a recommendation is no writer
    assert people_in(pipeline, "线路推荐：西交民巷、大栅栏", henan) == []
