"""Organisations (own example sentences, Zhejiang, Shandong, Guangdong, Shaanxi): a football club of
`kg.recognize.clubs.CLUBS` named in a sentence about a match where the model read nothing is the club (热刺, 本菲卡, 门兴),
named with 队 when written so, and so is a club named by its city alone (科隆); a run of clubs read as one name is each club (尤文|国米, 拜仁|米兰); words of the
lottery pages' tips and of a tournament's groups say a sentence is about a match (防冷, 小组赛); a tip between two clubs
read as one name parts them (切沃|专克|恩波利)."""
from __future__ import annotations

from kg.types import Locale

from .conftest import listed

ZHEJIANG = Locale(province="浙江省", city="杭州市")
SHANDONG = Locale(province="山东省", city="济南市")


def test_a_club_nothing_read_in_a_match_report_is_the_club(pipeline):
    got = listed(pipeline, "本周足彩第5场，热刺客场依然能让对手平半，门兴主场对科特布斯选择独0。", ZHEJIANG)
    assert ("热刺", "Organization") in got, got
    assert ("门兴", "Organization") in got, got
    got = listed(pipeline, "受注盘本菲卡让出平/半中水，看好主队取胜。", SHANDONG)
    assert ("本菲卡", "Organization") in got, got


def test_a_club_written_with_its_side_word_is_named_with_it(pipeline):
    got = listed(pipeline, "尼美根队vs托特纳姆队两队在欧洲三大杯历史上没有交锋战绩。", SHANDONG)
    assert ("尼美根队", "Organization") in got, got



GUANGDONG = Locale(province="广东省", city="广州市")
SHAANXI = Locale(province="陕西省", city="西安市")


def test_a_run_of_clubs_read_as_one_name_is_each_club(pipeline):
    got = listed(pipeline, "广东足彩推荐：尤文国米客场防冷", GUANGDONG)
    assert ("尤文", "Organization") in got and ("国米", "Organization") in got, got
    got = listed(pipeline, "陕西胜负彩：拜仁米兰主场作胆", SHAANXI)  # a club, then a club named by its city
    assert ("拜仁", "Organization") in got and ("米兰", "Organization") in got, got
    assert ("拜仁米兰", "Organization") not in got, got


def test_a_clubs_longer_name_is_no_run(pipeline):
    got = listed(pipeline, "从过往交锋看，米德尔对纽卡斯尔1胜6平3负，处于劣势。", SHAANXI)
    assert ("纽卡", "Organization") not in got, got


JIANGSU = Locale(province="江苏省", city="南京市")


def test_words_of_tips_and_of_a_tournaments_groups_say_a_sentence_is_about_a_match(pipeline):
    got = listed(pipeline, "江苏彩民任九推荐：皇马罗马巴萨防冷", JIANGSU)
    assert ("罗马", "Organization") in got, got
    got = listed(pipeline, "本届杯赛小组赛，罗马与巴塞罗那同组", JIANGSU)
    assert ("罗马", "Organization") in got and ("巴塞罗那", "Organization") in got, got


def test_a_war_won_is_no_match(pipeline):
    got = listed(pipeline, "今年是中国人民抗日战争和苏联伟大卫国战争胜利80周年。", JIANGSU)  # (战争胜利: no 争胜 of a side)
    assert ("苏联", "Organization") not in got, got


def test_a_club_named_by_its_city_alone_nothing_read_in_a_match_report_is_the_club(pipeline):
    got = listed(pipeline, "上轮联赛科隆客场不敌对手，本轮回到主场", JIANGSU)
    assert ("科隆", "Organization") in got, got


def test_a_tip_between_two_clubs_parts_them(pipeline):
    got = listed(pipeline, "本轮推荐：切沃专克恩波利", JIANGSU)  # (专克: beats that side every time)
    assert ("切沃", "Organization") in got and ("恩波利", "Organization") in got, got
