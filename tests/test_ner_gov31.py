"""Government bodies (own example sentences, Zhejiang, Hebei, Fujian): a foreign country's forces named as a whole
(以色列军方, 乌克兰武装力量) are one state organ with the country, as its ministries and services are
(`kg.recognize.world._ORGAN`); an organ named by a short word that alone is no body (看守所, 车管所, 交警) is one after the
place that owns it (`kg.recognize.departments._PLACED_ORGANS`); the bureaus two fields named before the 2018 reform
(规划和国土资源管理局, 规土局) are in kg/data/departments.tsv; 警署 and 警局 are organs by their kind, as 警方 is."""
from __future__ import annotations

from kg.types import Locale

from .conftest import listed

ZHEJIANG = Locale(province="浙江省", city="杭州市")
HEBEI = Locale(province="河北省", city="石家庄市")
FUJIAN = Locale(province="福建省", city="福州市")


def test_a_foreign_countrys_forces_as_a_whole_are_one_state_organ(pipeline):
    got = listed(pipeline, "以色列军方发言人说，行动已经结束。", ZHEJIANG)
    assert ("以色列军方", "GovernmentBody") in got, got
    got = listed(pipeline, "乌克兰武装力量总司令称，前线局势稳定。", ZHEJIANG)
    assert ("乌克兰武装力量", "GovernmentBody") in got, got
    got = listed(pipeline, "另据报道，俄罗斯武装力量总参谋长格拉西莫夫表示，演习按计划进行。", ZHEJIANG)
    assert ("俄罗斯武装力量", "GovernmentBody") in got, got


def test_an_organ_by_its_short_word_is_one_after_its_place(pipeline):
    got = listed(pipeline, "嫌疑人已被送往石家庄看守所羁押。", HEBEI)
    assert ("石家庄看守所", "GovernmentBody") in got, got
    got = listed(pipeline, "记者从保定车管所获悉，新规下月实施。", HEBEI)
    assert ("保定车管所", "GovernmentBody") in got, got
    got = listed(pipeline, "两名交警在路口执勤。", HEBEI)  # a traffic policeman: no body
    assert not [t for t, _ in got if "交警" in t], got


def test_a_bureau_of_two_fields_named_before_the_reform_is_listed(pipeline):
    got = listed(pipeline, "记者致电市规土局，对方表示方案仍在审批。", FUJIAN)
    assert ("市规土局", "GovernmentBody") in got, got


def test_a_police_station_by_its_kind_is_an_organ(pipeline):
    got = listed(pipeline, "事后两人一同前往警署报案。", FUJIAN)
    assert ("警署", "GovernmentBody") in got, got
