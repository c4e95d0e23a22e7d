"""kg.edges: where a name walked left from its suffix begins (own example sentences: Guangdong, Sichuan)."""
from __future__ import annotations

from kg import edges
from kg.types import Locale

GUANGDONG = Locale(province="广东省", city="东莞市")


def names(pipeline, text, locale=GUANGDONG):
    return {(m.text, m.type) for m in pipeline.recognizer("d", text, locale) if not m.nested}


def test_a_determiner_ends_the_walk(pipeline):
    got = names(pipeline, "作为整个南沙新区交通枢纽工程，该项目由中铁建承建。")
    assert ("南沙新区交通枢纽工程", "Project") in got
    assert not any(t.startswith("整个") for t, _ in got), got


def test_an_adverb_verb_compound_ends_the_walk(pipeline):
    # jieba's dictionary calls 充分发挥 a noun: the walk took it into the name
    got = names(pipeline, "各地要充分发挥爱国主义教育基地作用。")
    assert not any(t.startswith("充分发挥") for t, _ in got), got
    assert edges.adverbial_verb("充分发挥") and edges.adverbial_verb("共同开发")
    assert not edges.adverbial_verb("共同体") and not edges.adverbial_verb("开发投资")


def test_a_verb_glued_to_an_unknown_name_is_not_the_name(pipeline):
    # jieba reads 属大朗 (属 + 大朗, a town of Dongguan) as one word
    got = names(pipeline, "该项目属大朗产业新城消防枢纽工程。")
    assert ("大朗产业新城消防枢纽工程", "Project") in got
    assert not any(t.startswith("属") for t, _ in got), got
    # a known word or place keeps its first character (将乐县, 向阳)
    assert not edges.glued_head("将乐县", known=True)
    assert edges.glued_head("属大朗", known=False)
