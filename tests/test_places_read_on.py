"""Places in People's Daily-style text (issue 13): a model place without what it read in around the place's name (who
arrives and the verb, a direction off it, the doubled level before a word of its people), a province named by its natives
(江西籍), and one-character names of countries after a verb of visiting that jieba glues to a word (对华|政策) or that ends
another word (母亲|日: no 亲日).

Every sentence here is written for these tests in the style of a paper of another province than the seeds'; none is
copied from the news articles, the seeds or the corpora.
"""
from __future__ import annotations

from kg.types import Locale

from .conftest import top_spans

NOWHERE = Locale()


def test_a_place_is_read_after_who_arrives_and_the_verb(pipeline):
    # a Heilongjiang paper: the model read the visitor, 抵 and the city as one place
    got = top_spans(pipeline, "普京抵符拉迪沃斯托克后出席论坛。", NOWHERE)
    assert ("符拉迪沃斯托克", "Place") in got
    assert not any("抵" in n for n, _ in got), got


def test_a_direction_off_a_place_is_no_part_of_it(pipeline):
    # a Hubei paper's weather report: the place is 长江 (中下游), not what lies north of it
    got = top_spans(pipeline, "受冷空气影响，长江中下游以北地区气温明显下降。", NOWHERE)
    assert not any("以北" in n for n, _ in got), got
    assert any(n.startswith("长江") and t == "Place" for n, t in got), got


def test_the_doubled_level_before_a_word_of_its_people_is_the_word(pipeline):
    # a Hunan paper: 桃源镇|镇干部, the town's cadres (jieba: 镇镇)
    got = top_spans(pipeline, "会上，桃源镇镇干部作了发言。", NOWHERE)
    assert ("桃源镇", "Place") in got
    assert ("桃源镇镇", "Place") not in got


def test_a_province_before_its_natives_is_named(pipeline):
    # a Sichuan paper: jieba reads 四川籍 as one word
    got = top_spans(pipeline, "这位四川籍运动员在比赛中夺得金牌。", NOWHERE)
    assert ("四川", "Place") in got


def test_a_visit_verb_glued_to_a_country_and_a_word_names_the_country(pipeline):
    # a Yunnan paper: jieba reads 对华政策 as one word
    got = {(n, t) for n, t in top_spans(pipeline, "新政府表示将延续对华政策，推进两国合作。", NOWHERE)}
    assert ("华", "Place") in got


def test_a_visit_verb_that_ends_another_word_visits_nothing(pipeline):
    # a Guangdong paper: 母亲|日, a mother's day, not 亲日 (pro-Japan)
    got = top_spans(pipeline, "“关爱母亲日”前后，深圳各社区开展义诊活动。", NOWHERE)
    assert ("日", "Place") not in got


def test_a_part_of_a_country_before_its_province_is_no_part_of_the_name(pipeline):
    # a Gansu paper's world page: the model read the part of the country into the province's name
    got = top_spans(pipeline, "阿富汗北部巴尔赫省发生地震。", NOWHERE)
    assert ("巴尔赫省", "Place") in got
    assert ("北部巴尔赫省", "Place") not in got
    got = top_spans(pipeline, "强震发生在土东南部卡赫拉曼马拉什省。", NOWHERE)
    assert ("卡赫拉曼马拉什省", "Place") in got
