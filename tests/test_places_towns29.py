"""Towns, townships and villages named by one word of the segmenter's ending with their level (kg.recognize.townships.towns), and
rivers by their old names in 水 before their parts (kg.recognize.features):
sentences written as if from other provinces' papers (Shaanxi, Hunan, Sichuan, Hubei, Qinghai), each failing before the rule."""
from __future__ import annotations

import pytest

from kg.link import infer_locale
from kg.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _places(pipe: Pipeline, text: str) -> list[str]:
    return [m.text for m in pipe.recognizer("t", text, infer_locale([(text, None)], pipe.lexicon)) if m.type == "Place" and not m.nested]


def test_a_town_of_one_word_listed_with_a_township(pipe: Pipeline) -> None:
    # (Shaanxi) 耿镇: jieba's one word, tagged as a person's name; the model reads only the township after it
    assert "耿镇" in _places(pipe, "上午，记者骑车赶到耿镇、白沙乡一带查看灾情。")


def test_a_township_in_quotes(pipe: Pipeline) -> None:
    # (Hunan) 东乡 in a nickname: the township, whatever the marks around it
    assert "东乡" in _places(pipe, "少年时代，他被乡亲们称为“东乡才子”。")


def test_a_village_opening_a_clause(pipe: Pipeline) -> None:
    # (Sichuan) 段村 opening a clause, nothing else around it to say it is a place
    assert "段村" in _places(pipe, "这两年，段村多方发展富民产业。")


def test_no_town_from_a_kind_a_verb_or_a_title(pipe: Pipeline) -> None:
    # 示范村 a kind, 任乡党委书记 a post taken, 《芙蓉镇》 a film, 侗乡 a people's homeland
    for text, word in (("全省评出乡村振兴示范村1000个。", "示范村"), ("他从条件较好的乡镇调到这里任乡党委书记。", "任乡"),
                       ("影片《芙蓉镇》在县城放映。", "芙蓉镇"), ("这里被誉为“侗乡第一寨”。", "侗乡")):
        assert word not in _places(pipe, text)


def test_a_river_by_its_old_name_before_its_parts(pipe: Pipeline) -> None:
    # (Hubei) 汉水流域, one word to the segmenter: the river; (Qinghai) 湟水两岸: the river by its banks
    assert "汉水" in _places(pipe, "受暖湿气流影响，汉水流域将有中到大雨。")
    assert "湟水" in _places(pipe, "湟水两岸，麦浪翻滚。")
