"""kg.words: model names that are words of the language (own example sentences: Jiangxi, Shandong, Zhejiang)."""
from __future__ import annotations

from kg import words
from kg.types import Locale


def people(pipeline, text, locale):
    return [m.text for m in pipeline.recognizer("d", text, locale) if m.type == "Person"]


def test_a_thing_listed_with_things_is_no_person(pipeline):
    jiangxi = Locale(province="江西省", city="景德镇市")
    assert people(pipeline, "当地盛产瓷土、石英砂、长石等原料。", jiangxi) == []  # the model read 石英砂 as a name
    assert people(pipeline, "公司主要生产石英砂、长石粉等矿产品。", jiangxi) == []
    # people are listed with people, and after posts
    assert people(pipeline, "主持人张晓燕、李思思与嘉宾互动。", jiangxi) == ["张晓燕", "李思思"]


def test_a_list_item_is_the_whole_item(pipeline):
    tok = pipeline.segmenter.tokens
    text = "坚持以马列主义、毛泽东思想为指导。"
    assert not words.listed_with_nouns(tok(text), 8, 11, pipeline.recognizer.res.words.is_thing)  # 毛泽东 heads 毛泽东思想
    text = "当地盛产瓷土、石英砂、长石等原料。"
    assert words.listed_with_nouns(tok(text), 7, 10, pipeline.recognizer.res.words.is_thing)


def test_a_provinces_merchants_are_no_person(pipeline):
    assert people(pipeline, "鲁商发展大会在济南举行。", Locale(province="山东省", city="济南市")) == []


def test_abstract_nouns_and_frequent_words_name_no_one(pipeline):
    check = pipeline.recognizer.res.words
    text = "专家介绍了蚊虫对杀虫剂的耐药性情况。"
    near = pipeline.segmenter.tokens(text)
    assert check(text, near, 12, 15, "Enterprise")  # 耐药性
    text = "规范办事程序，提高效率。"
    assert check(text, pipeline.segmenter.tokens(text), 4, 6, "Person")  # 程序: a word of jieba frequency 5610
    text = "浙江省省长王浩说。"
    assert not check(text, pipeline.segmenter.tokens(text), 5, 7, "Person")
