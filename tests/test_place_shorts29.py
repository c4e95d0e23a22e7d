"""Short forms of prefecture-level divisions that are common words (kg/data/word_shorts.txt: 来宾 guests, 白银 silver) stand
alone as the paper's own division only when the text names another place of the province, not when the word alone made the
text's locale; a county's short form that the segmenter tags as a person's name before 人 is the county (its people).
Sentences written as if from other provinces' papers (Guangxi, Gansu, Guizhou), each failing before."""
from __future__ import annotations

import pytest

from kg.link import infer_locale
from kg.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _places(pipe: Pipeline, text: str) -> list[str]:
    return [m.text for m in pipe.recognizer("t", text, infer_locale([(text, None)], pipe.lexicon)) if m.type == "Place"]


def test_guests_are_no_city(pipe: Pipeline) -> None:
    # (Guangxi) 来宾: the guests of a ceremony; the text names no other place of Guangxi
    assert "来宾" not in _places(pipe, "各位来宾、各位朋友，欢迎来到开幕式现场。")


def test_silver_is_no_city(pipe: Pipeline) -> None:
    # (Gansu) 白银: the metal on the futures market
    assert "白银" not in _places(pipe, "近期白银期货价格表现抢眼。")


def test_the_city_when_the_province_is_named(pipe: Pipeline) -> None:
    # another place of Guangxi named: 来宾 is the city
    assert "来宾" in _places(pipe, "在广西柳州、来宾，甘蔗喜获丰收。")


def test_a_county_before_its_people(pipe: Pipeline) -> None:
    # (Guizhou) 仁怀人: the people of 仁怀 (仁怀/nr to the segmenter)
    assert "仁怀" in _places(pipe, "说起白酒，仁怀人都很自信。")
