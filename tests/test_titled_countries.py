"""Places in People's Daily-style text (issue 13): a country by its one-character name before a post of its state
(叙总统, 埃外长), as world news writes it: the segmenter reads the character as a place or an abbreviation of its own
(ns, j), and it stands for one country (kg.recognize.abbreviations.titled_countries).

Every sentence here is written for these tests in the style of a paper of another province than the seeds'; none is
copied from the news articles, the seeds or the corpora.
"""
from __future__ import annotations

from kg.types import Locale

from .conftest import top_spans

NOWHERE = Locale()


def test_a_country_by_its_letter_before_a_post_of_its_state(pipeline):
    # a Hubei paper's world page: 叙 (Syria, the only country of the world list starting so) and 埃 (Egypt)
    got = top_spans(pipeline, "叙总统在大马士革会见了来访的埃外长。", NOWHERE)
    assert ("叙", "Place") in got, got
    assert ("埃", "Place") in got, got


def test_the_country_the_text_names_is_the_one_meant(pipeline):
    # a Henan paper: 巴 after 巴西 is Brazil, not Pakistan (the letter's usual country)
    from kg.recognize.abbreviations import _one_country

    text = "巴西总统府发表声明，巴外长将于下周访华。"
    assert _one_country(text, "巴") == "巴西"
    assert ("巴", "Place") in top_spans(pipeline, text, NOWHERE)


def test_an_adjective_or_an_unknown_letter_before_a_post_is_no_country(pipeline):
    # a Jiangsu paper: 新总统, the new president (not 新加坡, 新西兰); 南 may be 南非 or 南苏丹: none
    got = top_spans(pipeline, "新总统就职后首次出访。", NOWHERE)
    assert not any(n == "新" for n, _ in got), got
    from kg.recognize.abbreviations import _one_country

    assert _one_country("南总统表示", "南") is None
