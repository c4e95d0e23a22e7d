"""Place names the words around them take back (kg.recognize.notplaces): a standard time named by its city, a currency
by its country after an amount, a two-character county hidden in a post or a word. Sentences written as if from other
provinces' papers (Sichuan, Fujian, Shaanxi, Guizhou), each failing before the rule."""
from __future__ import annotations

import pytest

from kg.link import infer_locale
from kg.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _places(pipe: Pipeline, text: str) -> list[str]:
    return [m.text for m in pipe.recognizer("t", text, infer_locale([(text, None)], pipe.lexicon)) if m.type == "Place"]


def test_a_standard_time_names_no_place(pipe: Pipeline) -> None:
    # (Sichuan) Beijing time: the clock, not the city; the place of the quake stays
    places = _places(pipe, "据中国地震台网测定，北京时间3月5日10时12分，在四川甘孜州发生4.5级地震。")
    assert "北京" not in places and "四川" in places


def test_a_currency_after_an_amount_names_no_country(pipe: Pipeline) -> None:
    # (Fujian) 30亿挪威克朗: a sum of money; the country named elsewhere stays
    places = _places(pipe, "挪威政府今年将削减30亿挪威克朗的开支。")
    assert places.count("挪威") <= 1 and not any(m for m in places if m == "挪威克朗")
    assert "挪威" not in _places(pipe, "这辆车售价150万挪威克朗。")


def test_an_acting_county_head_is_no_county(pipe: Pipeline) -> None:
    # (Shaanxi) 代县长: acting county head, not 代县 of Shanxi
    assert "代县" not in _places(pipe, "1998年任蓝田县委副书记、代县长、县长。")


def test_a_model_county_is_no_county_named_inside_it(pipe: Pipeline) -> None:
    # (Guizhou) 示范县: a model county, no 范县 of Henan inside the word
    assert "范县" not in _places(pipe, "该县被评为全国休闲农业示范县。")


def test_a_ship_named_after_a_city_is_no_place(pipe: Pipeline) -> None:
    # (Liaoning) “青岛”号: a destroyer
    assert "青岛" not in _places(pipe, "由“青岛”号导弹驱逐舰和“世昌”号综合训练舰组成的舰艇编队今天抵达。")


def test_chinas_government_is_the_country(pipe: Pipeline) -> None:
    # (Xinjiang) 中国政府 as China's own news names the state: the country, no body; a foreign government stays a body
    text = "近年来，中国政府持续加大对新疆的投入，美国政府对此表示关注。"
    top = [(m.text, m.type) for m in pipe.recognizer("t", text, infer_locale([(text, None)], pipe.lexicon)) if not m.nested]
    assert ("中国", "Place") in top and not any(t == "中国政府" for t, _ in top) and ("美国政府", "GovernmentBody") in top
