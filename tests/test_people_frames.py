"""Persons read by what is said around them (own example sentences, papers of Liaoning, Zhejiang, Hainan, Fujian)."""
from __future__ import annotations

from kg.types import Locale

LIAONING = Locale(province="辽宁省", city="大连市")
ZHEJIANG = Locale(province="浙江省", city="杭州市")


def _people(pipeline, text: str, locale: Locale) -> list[str]:
    return [m.text for m in pipeline.recognizer("d", text, locale) if m.type == "Person" and not m.nested]


def test_a_transliterated_name_that_is_hurt_banned_or_back_is_a_player_not_a_club(pipeline):
    # own sentences, Liaoning and Zhejiang: the model reads 奥斯卡, 莱昂纳多 as clubs; clubs are not 伤愈, 停赛 (rule person.player)
    assert "奥斯卡" in _people(pipeline, "大连英博主场迎战沧州雄狮，奥斯卡已经伤愈复出。", LIAONING)
    assert "莱昂纳多" in _people(pipeline, "浙江队主场迎战青岛海牛，弗兰克已经伤愈，莱昂纳多则继续停赛。", ZHEJIANG)
    # a club that hosts the match is no player
    assert "卡坦尼亚" not in _people(pipeline, "对于都灵的客场不胜，卡坦尼亚坐镇主场更是信心十足。", ZHEJIANG)
