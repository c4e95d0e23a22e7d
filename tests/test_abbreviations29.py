"""One-character names of countries and provinces listed with marks between them before a word of relation (中、俄两国), and a
suffix walk that read on from countries counted (美日两国中央银行) giving the countries back. Sentences written as if from other
provinces' papers (Heilongjiang, Hebei, Anhui), each failing before."""
from __future__ import annotations

import pytest

from kg.link import infer_locale
from kg.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _top(pipe: Pipeline, text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.type, m.canonical) for m in pipe.recognizer("t", text, infer_locale([(text, None)], pipe.lexicon)) if not m.nested]


def test_letters_listed_before_a_relation(pipe: Pipeline) -> None:
    # (Heilongjiang) 中、俄两国: China and Russia, each a place
    top = _top(pipe, "中、俄两国在能源领域的合作不断深化。")
    assert ("中", "Place", "中国") in top and ("俄", "Place", "俄罗斯") in top


def test_provinces_listed_before_a_count(pipe: Pipeline) -> None:
    # (Hebei) 京、津、冀三地: the three provinces
    top = _top(pipe, "京、津、冀三地将共建协同创新共同体。")
    assert {t for t, ty, _ in top if ty == "Place"} == {"京", "津", "冀"}


def test_countries_counted_open_no_body(pipe: Pipeline) -> None:
    # (Anhui) 美日两国中央银行: the two countries' central banks, no body named so; the countries are places
    top = _top(pipe, "美日两国中央银行昨天再次入市干预。")
    assert not any(t.startswith("美日") for t, _, _ in top) and ("美", "Place", "美国") in top and ("日", "Place", "日本") in top
