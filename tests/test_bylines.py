"""kg.bylines: reporters and photographers named after an item (own example sentences, Zhejiang and Guangdong)."""
from __future__ import annotations

from kg import bylines
from kg.types import Locale

from .conftest import people_in

ZHEJIANG = Locale(province="浙江省", city="宁波市")
SURNAMES = frozenset("何 钱 欧阳 蔡 林".split())


def _people(pipeline, text: str) -> list[str]:
    return people_in(pipeline, text, ZHEJIANG)


def test_names_in_brackets_closing_an_item_are_its_writers(pipeline):
    text = "宁波市举办首届港口物流博览会，吸引了300多家企业参展。\n(钱晓宇、蔡明远)\n本报讯 近日，镇海区启动了新一轮旧村改造。(林一帆)"
    assert _people(pipeline, text) == ["钱晓宇", "蔡明远", "林一帆"]


def test_a_photo_credit_names_its_photographer(pipeline):
    text = "工人们在宁波舟山港吊装集装箱。 钱晓宇 摄\n港口吞吐量再创新高。"
    assert "钱晓宇" in _people(pipeline, text)


def test_brackets_inside_a_sentence_or_holding_places_or_words_are_no_byline():
    place = {"余姚": "330281"}.get
    text = "海峡两岸(余姚)产业园开园。\n管理办法(试行)\n有关情况见附件。(余姚)"
    assert list(bylines.spans(text, SURNAMES, place)) == []
    # one part that is no name makes the whole bracket no byline
    assert list(bylines.spans("会议结束。(何立新、见附件)", SURNAMES, place)) == []
    assert list(bylines.spans("会议结束。(何立新、欧阳明德)", SURNAMES, place)) == [(6, 9), (10, 14)]
