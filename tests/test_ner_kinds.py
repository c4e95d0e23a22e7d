"""Bodies' names and types: kinds of company described in words before a bare suffix are no names, the words before a
name that introduce it are no part of it, a ministry's bureau is its unit, countries in a tournament's groups are teams
(own example sentences, Hunan, Sichuan, Fujian)."""
from __future__ import annotations

from kg.types import Locale

HUNAN = Locale(province="湖南省", city="长沙市")


def _typed(pipeline, text):
    return [(m.text, m.type) for m in pipeline.recognizer("d", text, HUNAN) if not m.nested]


def test_a_kind_of_company_described_in_words_is_no_name(pipeline):
    got = _typed(pipeline, "国庆假期，张家界景区周边的主题特色酒店一房难求。")
    assert not any(t == "Enterprise" and n.endswith("酒店") for n, t in got), got
    got = _typed(pipeline, "持卡人对账单有疑问的，可就相关问题咨询银行。")
    assert not any(t == "Enterprise" for n, t in got), got
    got = _typed(pipeline, "省内已有三家外资法人银行设立分支机构。")
    assert not any(t == "Enterprise" and n.endswith("法人银行") for n, t in got), got


def test_names_before_a_bare_suffix_stay_names(pipeline):
    got = _typed(pipeline, "长沙银行和国家开发银行湖南省分行签署合作协议。")  # a place and a bare suffix; a name jieba holds whole
    assert ("长沙银行", "Enterprise") in got and any(n.startswith("国家开发银行") for n, t in got), got
    got = _typed(pipeline, "会议在华天大酒店举行，湖南出版社和平安银行派员出席。")  # one word before the suffix
    assert {("华天大酒店", "Enterprise"), ("湖南出版社", "Enterprise"), ("平安银行", "Enterprise")} <= set(got), got


def test_a_party_to_a_suit_or_an_example_word_opens_no_name(pipeline):
    got = _typed(pipeline, "不少机构推出了类似服务，如四川天府银行成都分行，已开通线上办理。")
    assert ("四川天府银行成都分行", "Enterprise") in got, got
    got = _typed(pipeline, "申请人重庆农村商业银行股份有限公司请求法院判令被申请人还款。")
    assert ("重庆农村商业银行股份有限公司", "Enterprise") in got, got


def test_a_ministrys_bureau_the_segmenter_holds_whole_is_its_unit(pipeline):
    got = _typed(pipeline, "外交部礼宾司负责人介绍了福建代表团的日程。")
    assert ("外交部礼宾司", "GovernmentBody") in got, got


def test_countries_listed_by_a_tournaments_group_or_stage_are_its_teams(pipeline):
    got = _typed(pipeline, "世界女排锦标赛复赛结束，八强已经产生：a组的意大利、荷兰，b组的巴西、日本。")
    assert {("意大利", "Organization"), ("荷兰", "Organization"), ("巴西", "Organization"), ("日本", "Organization")} <= set(got), got
    got = _typed(pipeline, "在厦门进行的半决赛中，福建选手战胜挪威组合，由德国裁判执法。")  # a pair's, a referee's country
    assert ("挪威", "Place") in got and ("德国", "Place") in got, got
    got = _typed(pipeline, "正在韩国首尔举行的亚洲杯，昨天迎来半决赛。")  # where it is held
    assert ("首尔", "Place") in got, got


def test_a_body_whose_first_character_the_segmenter_glued_to_a_word_of_no_dictionary(pipeline):
    got = _typed(pipeline, "浙江队上轮客场打热刺，这周回到杭州主场。")  # 打热|刺
    assert ("热刺", "Organization") in got, got
    got = _typed(pipeline, "本周欧冠小组赛低水热刺依旧被看好。")  # 低水热|刺
    assert ("热刺", "Organization") in got, got


def test_a_sure_model_name_right_after_a_kind_the_suffix_walk_read_sets_the_left_edge(pipeline):
    got = _typed(pipeline, "美国第二大投资银行摩根士丹利公司宣布裁员，广东分支机构不受影响。")  # 投资银行: a kind, then the name
    assert ("摩根士丹利公司", "Enterprise") in got, got


def test_a_suffix_followed_by_a_particle_of_aspect_is_a_verb(pipeline):
    got = _typed(pipeline, "贵州黔东南的村民王建国学会了网上直播带货。")  # 学会了: learned
    assert not any(t == "Organization" for n, t in got), got
    assert ("湖南省化学会", "Organization") in _typed(pipeline, "湖南省化学会成立于1980年。")
