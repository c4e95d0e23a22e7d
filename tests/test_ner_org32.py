"""Organisations (own example sentences, as a Sichuan, Hubei or Jiangsu paper's esports and sports pages would write them):
an esports team named by its Latin handle and 战队 is one Organization (XQ战队, Hydra战队), not a game's kind of team
(国内Dota战队); a club (俱乐部) is an Organization, not the government body the model may read (江苏苏州马术俱乐部)."""
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
