"""A resident whose home is visited, named before 家 (own example sentences, papers of Gansu and Jiangxi; rule
person.home, kg.people.people_at_home)."""
from __future__ import annotations

from kg.types import Locale

GANSU = Locale(province="甘肃省", city="兰州市")
JIANGXI = Locale(province="江西省", city="南昌市")


def _people(pipeline, text: str, locale: Locale) -> list[str]:
    return [m.text for m in pipeline.recognizer("d", text, locale) if m.type == "Person" and not m.nested]


def test_a_resident_visited_at_home_is_named_up_to_home(pipeline):
    # the segmenter glues the name's last character to 家 (芦永|刚家) or reads 和 as a conjunction (何秀|和家中)
    assert "芦永刚" in _people(pipeline, "省长走进村民芦永刚家，察看房屋重建和过冬准备情况。", GANSU)
    assert "何秀和" in _people(pipeline, "市委书记来到居民何秀和家中看望，详细询问家电更新补贴情况。", JIANGXI)
    assert "饶彩英" in _people(pipeline, "调研组走进脱贫户饶彩英家看望慰问。", JIANGXI)
    # 和家人: the resident and the family, not a name ending in 和
    assert "王柏和" not in _people(pipeline, "村民王柏和家人一起采茶。", JIANGXI)
