"""Two-character names before a verb of saying or feeling (own example sentences, papers of Jiangxi)."""
from __future__ import annotations

from kg.types import Locale

from .conftest import people_in

JIANGXI = Locale(province="江西省", city="南昌市")


def _people(pipeline, text: str) -> list[str]:
    return people_in(pipeline, text, JIANGXI)


def test_a_surname_and_a_given_character_before_a_verb_of_saying_is_a_person(pipeline):
    # own sentences, Jiangxi: 包|威 (威: log odds 0.7 of a given name) before 告诉 opens a clause (rule person.chars)
    assert _people(pipeline, "产品研发成功了。包威告诉记者，企业正在申请专利。") == ["包威"]
    # a surname read as an adverb, a word, a character names seldom give: no person
    assert _people(pipeline, "赣州市民都说这里的脐橙好吃。") == []
    assert _people(pipeline, "网友们都是这么认为的。") == []
    assert _people(pipeline, "游戏官网透露，新版本将于下月上线。") == []
