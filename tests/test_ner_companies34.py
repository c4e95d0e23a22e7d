"""Where a company's name starts and what names none: the trade it plies written before its name (芯片制造商, 开发商),
someone's own bank or unit (所在银行), a verb before a suffix (利用银行); auction houses and law firms by their heads
(拍卖行, 律师事务所); a name in Latin letters after its trade (发行商Paradox) or as a work's maker (由Klei…开发); a company's
name after a post, its holder's (副行长苏宁) (own example sentences, Hunan, Zhejiang, Fujian, Liaoning)."""
from __future__ import annotations

from kg.extract import labelled
from kg.types import Locale

HUNAN = Locale(province="湖南省", city="长沙市")
ZHEJIANG = Locale(province="浙江省", city="杭州市")


def _typed(pipeline, text, locale=HUNAN):
    return [(m.text, m.type) for m in pipeline.recognizer("d", text, locale) if not m.nested]


def test_a_trade_before_a_company_is_no_part_of_its_name(pipeline):
    got = _typed(pipeline, "记者了解到，装备生产商中联重科股份有限公司已与对方签约。")
    assert ("中联重科股份有限公司", "Enterprise") in got, got
    got = _typed(pipeline, "据介绍，零部件供应商万向钱潮股份有限公司今年订单充足。", ZHEJIANG)
    assert ("万向钱潮股份有限公司", "Enterprise") in got, got
    got = _typed(pipeline, "当年，飞机的制造商波音公司就派人到场调查。")
    assert ("波音公司", "Enterprise") in got, got


def test_someones_own_bank_or_a_verb_and_its_object_names_none(pipeline):
    got = _typed(pipeline, "刘明所在银行给他下达了揽储任务。")
    assert not any(t == "Enterprise" for _, t in got), got
    got = _typed(pipeline, "一些中介利用银行推出的分期业务牟利。", ZHEJIANG)
    assert not any(t == "Enterprise" for _, t in got), got


def test_auction_houses_and_law_firms_are_companies(pipeline):
    fujian = Locale(province="福建省", city="厦门市")
    assert ("厦门华辉拍卖行", "Enterprise") in _typed(pipeline, "记者从厦门华辉拍卖行了解到，本次拍品共三百件。", fujian)
    assert ("福建天衡律师事务所", "Enterprise") in _typed(pipeline, "福建天衡律师事务所的律师认为，合同有效。", fujian)
    got = [m.text for m in pipeline.recognizer("d", "不少拍卖行和律师事务所都参与了这次活动。", fujian) if labelled(m)]
    assert got == [], got  # kinds, which `kg ner` does not list


def test_a_latin_name_after_its_trade_is_a_company(pipeline):
    got = _typed(pipeline, "据悉，游戏发行商Paradox已与杭州一家公司签约。", ZHEJIANG)
    assert ("Paradox", "Enterprise") in got, got
    got = _typed(pipeline, "芯片供应商Qualcomm表示，新品将于明年上市。", ZHEJIANG)
    assert ("Qualcomm", "Enterprise") in got, got
    assert not any(t == "Enterprise" for _, t in _typed(pipeline, "游戏开发商CEO表示，新作将于明年上市。", ZHEJIANG))


def test_a_latin_name_that_makes_a_work_is_a_company(pipeline):
    got = _typed(pipeline, "这款由Klei与Mojang共同开发的游戏将在杭州首发。", ZHEJIANG)
    assert {("Klei", "Enterprise"), ("Mojang", "Enterprise")} <= set(got), got


def test_a_companys_name_after_a_post_is_its_holder(pipeline):
    liaoning = Locale(province="辽宁省", city="沈阳市")
    got = _typed(pipeline, "人民银行副行长苏宁在沈阳调研时表示，要做好反假货币工作。", liaoning)
    assert ("苏宁", "Person") in got and ("苏宁", "Enterprise") not in got, got
    assert ("苏宁", "Enterprise") in _typed(pipeline, "记者从苏宁了解到，沈阳门店将延长营业时间。", liaoning)
