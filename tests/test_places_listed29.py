"""Places named in a list that a kind of division closes, whatever the model typed them (kg.recognize.model._place_listed), and a
country's people written as one word (瑞典人). Sentences written as if from other provinces' papers (Zhejiang, Yunnan), failing before."""
from __future__ import annotations

import pytest

from kg.link import infer_locale
from kg.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _places(pipe: Pipeline, text: str) -> list[str]:
    return [m.text for m in pipe.recognizer("t", text, infer_locale([(text, None)], pipe.lexicon)) if m.type == "Place" and not m.nested]


def test_the_first_item_of_a_list_of_cities(pipe: Pipeline) -> None:
    # (Zhejiang) two foreign cities the model reads as people: the list closes with 等大、中城市
    places = _places(pipe, "暴雨已波及马拉开波、巴基西梅托等大、中城市。")
    assert "马拉开波" in places and "巴基西梅托" in places


def test_a_country_before_its_people_in_one_word(pipe: Pipeline) -> None:
    # (Yunnan) 瑞士人: one word the segmenter tags as a transliterated name; the country, as 美国人 gives 美国
    assert "瑞士" in _places(pipe, "当地的瑞士人大多会说三种语言。")
