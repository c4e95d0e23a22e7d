"""Companies by their short names in the trades of finance (期货, 信托, 资讯 …): a brand and the trade (own example
sentences, Guangdong), and the words of the language that end so and name no company."""
from __future__ import annotations

from kg.types import Locale

GUANGDONG = Locale(province="广东省", city="广州市")


def _typed(pipeline, text):
    return [(m.text, m.type) for m in pipeline.recognizer("d", text, GUANGDONG) if not m.nested]


def test_a_brand_and_a_trade_of_finance_is_a_company(pipeline):
    assert ("粤丰期货", "Enterprise") in _typed(pipeline, "记者昨日从粤丰期货了解到，本周豆粕库存下降。")
    assert ("羊城信托", "Enterprise") in _typed(pipeline, "截至发稿，羊城信托暂未回应。")


def test_a_total_or_a_kind_of_investment_is_no_company(pipeline):
    got = _typed(pipeline, "项目总投资12亿元，其中外商投资占三成，股指期货波动加大。")
    assert not any(t == "Enterprise" for _, t in got), got
