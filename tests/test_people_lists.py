"""People listed with people (kg.people_lists; own example sentences, papers of Hunan and Guizhou)."""
from __future__ import annotations

from kg.types import Locale

HUNAN = Locale(province="湖南省", city="长沙市")


def _people(pipeline, text: str, locale: Locale) -> list[str]:
    return [m.text for m in pipeline.recognizer("d", text, locale) if m.type == "Person" and not m.nested]


def test_an_item_between_two_people_in_a_list_is_a_person_even_when_it_is_a_word(pipeline):
    # own sentence, Hunan: 展望 is a word (to look ahead), but listed with 、 between two people's names it names one (rule person.listed)
    assert _people(pipeline, "湖南省文联副主席王跃文、展望、刘建勇参加了座谈。", HUNAN) == ["王跃文", "展望", "刘建勇"]
    # a word after one person only, closing the list, stays a word
    assert "展望" not in _people(pipeline, "湖南省文联副主席王跃文、刘建勇、展望未来。", HUNAN)
