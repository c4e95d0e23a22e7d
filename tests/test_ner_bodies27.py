"""Bodies, clubs and cities (own example sentences, Guangdong, Henan, Sichuan, Fujian): two clubs the model read as one
name across a match report's verdict or line (卡利亚里[力擒]萨索洛) are two clubs; 前, 现, 原 (former, present) before a body's
name are no word of it; large foreign cities are places."""
from __future__ import annotations

from kg.types import Locale

from .conftest import listed

GUANGDONG = Locale(province="广东省", city="广州市")
HENAN = Locale(province="河南省", city="郑州市")


def _typed(pipeline, text, locale=GUANGDONG):
    return listed(pipeline, text, locale)  # as `kg ner` lists them


def test_two_clubs_across_a_verdict_of_the_lottery_pages_are_two_clubs(pipeline):
    got = _typed(pipeline, "竞彩推荐：主场作战的卡利亚里力擒萨索洛客场防平")
    assert {("卡利亚里", "Organization"), ("萨索洛", "Organization")} <= set(got), got


def test_former_or_present_before_a_body_is_no_word_of_its_name(pipeline):
    got = _typed(pipeline, "在郑州举行的论坛上，现美国智库传统基金会亚洲研究中心主任成斌表示", HENAN)
    assert ("美国智库传统基金会亚洲研究中心", "Organization") in got, got
    got = _typed(pipeline, "郑州市前十个月铁路固定资产投资同比增长。", HENAN)  # 前十个月: the first ten months
    assert not any(n.startswith("十个月") for n, t in got), got


def test_large_foreign_cities_of_the_world_list_are_places(pipeline):
    sichuan = Locale(province="四川省", city="成都市")
    got = _typed(pipeline, "四川文旅代表团近日抵达泰国清迈，举办旅游推介会。", sichuan)
    assert ("清迈", "Place") in got, got
    got = _typed(pipeline, "福建省一家企业在日本福冈设立了办事处。", Locale(province="福建省", city="福州市"))
    assert ("福冈", "Place") in got, got
