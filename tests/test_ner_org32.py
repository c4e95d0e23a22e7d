"""Organisations (own example sentences, as papers of Sichuan, Hubei, Jiangsu, Shanxi, Hunan, Guizhou and Yunnan esports, sports and foreign news pages would write them):
an esports team named by its Latin handle and 战队 is one Organization (XQ战队, Hydra战队), not a game's kind of team
(国内Dota战队); a club (俱乐部) is an Organization, not the government body the model may read (江苏苏州马术俱乐部); in a
match report, the sentence next to one about a match is about it too, 本场/此役/对战 say a sentence is about one, the home
nations play as teams, and a side's name cut short (勒沃库, 卡塔尼) is the side; a foreign news agency (时事社, 德新社) is an
Organization."""
from __future__ import annotations

from kg.types import Locale

from .conftest import listed

SICHUAN = Locale(province="四川省", city="成都市")
HUBEI = Locale(province="湖北省", city="武汉市")


def test_an_esports_team_by_its_handle_is_one_organization(pipeline):
    got = listed(pipeline, "上周的线下赛中，XQ战队的替补选手临时上场，帮助队伍拿下了关键一局。", SICHUAN)
    assert ("XQ战队", "Organization") in got, got
    got = listed(pipeline, "据悉，刚刚组建不久的Hydra战队将在下个月赴韩国参加邀请赛。", HUBEI)
    assert ("Hydra战队", "Organization") in got, got


def test_a_games_kind_of_team_is_no_name(pipeline):
    got = listed(pipeline, "考虑到目前国内Dota战队的不稳定性，主办方只安排了少量场次。", HUBEI)
    assert not any(name.endswith("战队") for name, _ in got), got


JIANGSU = Locale(province="江苏省", city="南京市")


def test_a_club_is_an_organization_whatever_the_model_typed_it(pipeline):
    got = listed(pipeline, "江苏苏州马术俱乐部负责人周平这样说道。", JIANGSU)
    assert ("江苏苏州马术俱乐部", "Organization") in got, got


SHANXI = Locale(province="山西省", city="太原市")


def test_a_side_named_in_the_sentence_next_to_a_match_report_is_the_team(pipeline):
    got = listed(pipeline, "上轮客场，佛罗伦萨意外输球。不过波尔图此前的状态还算稳定，值得信赖。", SHANXI)
    assert ("波尔图", "Organization") in got, got
    got = listed(pipeline, "山西彩民老张说：马耳他近来的表现实在让人失望。最近3场预选赛，马耳他3战皆负。", SHANXI)
    assert [t for n, t in got if n == "马耳他"] == ["Organization", "Organization"], got


def test_a_city_two_sentences_after_a_match_is_a_place(pipeline):
    got = listed(pipeline, "本轮客场输球。大家随后返回驻地。第二天，维也纳下起了大雪。", SHANXI)
    assert ("维也纳", "Place") in got, got


HUNAN = Locale(province="湖南省", city="长沙市")


def test_words_of_a_match_say_a_sentence_is_about_one(pipeline):
    got = listed(pipeline, "荷兰将在下月先后对战比利时与苏格兰。", HUNAN)  # (对战; a home nation plays as a team of its own)
    assert ("比利时", "Organization") in got and ("苏格兰", "Organization") in got, got
    got = listed(pipeline, "湖南彩民老李认为，葡萄牙本场的问题还是出在防守上。", HUNAN)  # (本场)
    assert ("葡萄牙", "Organization") in got, got


GUIZHOU = Locale(province="贵州省", city="贵阳市")


def test_a_side_cut_short_in_a_match_report_is_the_side(pipeline):
    got = listed(pipeline, "贵州彩民推荐：主场力挺门兴，客场防冷勒沃库。", GUIZHOU)  # (勒沃库 of 勒沃库森)
    assert ("勒沃库", "Organization") in got, got
    got = listed(pipeline, "从过往交锋看，佛罗伦对卡塔尼4胜2平1负，占据上风。", GUIZHOU)  # (卡塔尼 of 卡塔尼亚)
    assert ("卡塔尼", "Organization") in got, got


def test_a_sides_whole_name_is_not_cut(pipeline):
    got = listed(pipeline, "本轮勒沃库森主场迎战汉堡。", GUIZHOU)
    assert ("勒沃库", "Organization") not in got, got


YUNNAN = Locale(province="云南省", city="昆明市")


def test_a_foreign_news_agency_is_an_organization(pipeline):
    got = listed(pipeline, "据时事社报道，日本政府将派团访问云南。", YUNNAN)
    assert ("时事社", "Organization") in got, got
    got = listed(pipeline, "德新社援引消息人士的话说，谈判仍在进行。", YUNNAN)  # (an agency, no government body)
    assert ("德新社", "Organization") in got, got


def test_a_record_or_points_say_a_sentence_is_about_a_match(pipeline):
    got = listed(pipeline, "本组形势：巴塞尔两战两胜积6分，暂列第一。", YUNNAN)  # (积6分)
    assert ("巴塞尔", "Organization") in got, got
    got = listed(pipeline, "卡塔尼1平5负，仍未尝胜果。", YUNNAN)  # (1平5负: no win; 卡塔尼 of 卡塔尼亚)
    assert ("卡塔尼", "Organization") in got, got
