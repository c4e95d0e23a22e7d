"""Business relations the sentence states in shapes FinRE's dev split (train.txt) showed missed with
both names found: an act's cost said with 以 before the verb, a company's announcement before the
与 of its act, and the parties of a signing ceremony they hold.  Each on a sentence written for the
test in the style of a paper of another province (Guangdong, Hunan, Zhejiang), on hand-built
clauses so that recognition never moves them."""
from __future__ import annotations

from tests.test_frames import T, facts

E = T.ENTERPRISE


def _pairs(got: set[tuple[str, str, str, str]], p: str) -> set[tuple[str, str]]:
    return {(s, o) for s, q, o, _ in got if q == p}


def test_what_the_act_costs_stands_between_the_buyer_and_its_verb():
    got = facts("广晟有色以2.8亿元收购韶关冶炼厂30%的股权。", ("广晟有色", E), ("韶关冶炼厂", E))
    assert ("广晟有色", "韶关冶炼厂") in _pairs(got, "invests")
    got = facts("浙江东方拟以不超过3亿元自有资金认购浙商金汇信托5%的股份。", ("浙江东方", E), ("浙商金汇信托", E))
    assert ("浙江东方", "浙商金汇信托") in _pairs(got, "invests")


def test_an_announcement_before_the_with_of_the_act():
    got = facts("粤高速今日公告，拟与广东交通集团开展合作，共同开发沿线土地。", ("粤高速", E), ("广东交通集团", E))
    assert {("粤高速", "广东交通集团"), ("广东交通集团", "粤高速")} & _pairs(got, "cooperatesWith")
    got = facts("湖南黄金公告称，公司与湖南有色集团签署了战略合作协议。", ("湖南黄金", E), ("湖南有色集团", E))
    assert {("湖南黄金", "湖南有色集团"), ("湖南有色集团", "湖南黄金")} & _pairs(got, "signsWith")


def test_an_announcement_does_not_make_a_third_party_sign():
    got = facts("湘电股份公告称，湘电集团与中车株洲所签署了合作协议。", ("湘电股份", E), ("湘电集团", E), ("中车株洲所", E))
    assert {("湘电集团", "中车株洲所"), ("中车株洲所", "湘电集团")} & _pairs(got, "signsWith")
    assert not {p for p in _pairs(got, "signsWith") if "湘电股份" in p}


def test_the_parties_of_a_signing_ceremony_they_hold_sign():
    got = facts("湖南省人民政府与中国建筑集团日前举行战略合作协议签约仪式。",
                ("湖南省人民政府", T.GOVERNMENT_BODY), ("中国建筑集团", E), ("战略合作协议签约仪式", T.EVENT))
    assert {("湖南省人民政府", "中国建筑集团"), ("中国建筑集团", "湖南省人民政府")} & _pairs(got, "signsWith")
    assert not _pairs(got, "organizes")
