"""Words jieba tags as names and LAC reads alone as people, but as the words they are in a sentence, are no people
(own example sentences, papers of Hunan)."""
from __future__ import annotations

from kg.types import Locale

from .conftest import people_in

HUNAN = Locale(province="湖南省", city="长沙市")


def _people(pipeline, text: str) -> list[str]:
    return people_in(pipeline, text, HUNAN)


def test_a_word_lac_reads_as_a_word_in_a_sentence_is_no_person(pipeline):
    # own sentences, Hunan: 张开/nr, 张榜/nr in jieba's dictionary, PER to LAC alone, v in 他说张开。 and 关于张开的问题
    # (kg/data/ordinary.tsv, tools/build_ordinary.py's carriers)
    assert _people(pipeline, "株洲队张开双臂迎接新球员。") == []
    assert _people(pipeline, "湘潭市面向全国高校张榜招贤，引进急需人才。") == []
    # a name stays a name (LAC reads 王建国 as a person in the carriers too)
    assert _people(pipeline, "湘潭市副市长王建国表示，引进人才是头等大事。") == ["王建国"]
