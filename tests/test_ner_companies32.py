"""Companies by their short names: a brand and a trade of finance (期货, 信托, 资讯 …), and the words of the language
that end so and name no company; foreign makers by short name; the items of a list of township enterprises (own example
sentences, Guangdong, Sichuan, Jiangsu)."""
from __future__ import annotations

from kg.types import Locale

GUANGDONG = Locale(province="广东省", city="广州市")
SICHUAN = Locale(province="四川省", city="成都市")
JIANGSU = Locale(province="江苏省", city="无锡市")


def _typed(pipeline, text, locale=GUANGDONG):
    return [(m.text, m.type) for m in pipeline.recognizer("d", text, locale) if not m.nested]


def test_a_brand_and_a_trade_of_finance_is_a_company(pipeline):
    assert ("粤丰期货", "Enterprise") in _typed(pipeline, "记者昨日从粤丰期货了解到，本周豆粕库存下降。")
    assert ("羊城信托", "Enterprise") in _typed(pipeline, "截至发稿，羊城信托暂未回应。")


def test_a_total_or_a_kind_of_investment_is_no_company(pipeline):
    got = _typed(pipeline, "项目总投资12亿元，其中外商投资占三成，股指期货波动加大。")
    assert not any(t == "Enterprise" for _, t in got), got
    got = _typed(pipeline, "今年以来，外资对粤投资持续增长，碳酸锂期货价格回落。")
    assert not any(t == "Enterprise" for _, t in got), got


def test_foreign_makers_by_short_name_are_companies(pipeline):
    assert ("摩托罗拉", "Enterprise") in _typed(pipeline, "记者获悉，摩托罗拉将在蓉扩建研发中心。", SICHUAN)
    assert ("劳斯莱斯", "Enterprise") in _typed(pipeline, "当年，劳斯莱斯向这家工厂订购了一批发动机部件。", SICHUAN)
    assert ("雅马哈", "Enterprise") in _typed(pipeline, "雅马哈与本地经销商签约。", SICHUAN)


def test_a_list_of_township_enterprises_names_companies(pipeline):
    got = _typed(pipeline, "改革开放以来，红豆、海澜、远东等一大批乡镇企业迅速成长。", JIANGSU)
    assert {("红豆", "Enterprise"), ("海澜", "Enterprise"), ("远东", "Enterprise")} <= set(got), got


def test_joint_stock_banks_listed_with_banks_by_short_name(pipeline):
    got = _typed(pipeline, "持卡人可在招行、光大、兴业的自助设备上还款。")
    assert {("光大", "Enterprise"), ("兴业", "Enterprise")} <= set(got), got
    assert not any(t == "Enterprise" for _, t in _typed(pipeline, "要统筹发展和民生、教育、就业。"))
    banks = {m.text: m.canonical for m in pipeline.recognizer("d", "持卡人可在招行、光大、兴业的自助设备上还款。", GUANGDONG)}
    assert banks.get("光大") == "中国光大银行", banks
