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


def names(pipeline, text, locale):
    return [(m.text, m.type) for m in pipeline.recognizer("d", text, locale) if not m.generic]


def test_words_jieba_tags_as_names_but_lac_reads_as_words_name_nothing(pipeline):
    # kg/data/ordinary.tsv: jieba's 尼龙/nr, 权威/nr, 孔径/nr, 太阳/ns are LAC's nouns
    fujian = Locale(province="福建省", city="泉州市")
    assert names(pipeline, "该企业主要生产尼龙、聚酯等化纤产品，年产值超过十亿元。", fujian) == []
    guizhou = Locale(province="贵州省", city="黔南布依族苗族自治州")
    assert names(pipeline, "权威人士表示，孔径更大的望远镜正在建设。", guizhou) == []
    assert names(pipeline, "屋顶安装的太阳能板把太阳光线转化为电能。", Locale(province="江苏省", city="常州市")) == []
    assert "尼龙" in words.relabelled() and "周恩来" not in words.relabelled() and "长江" not in words.relabelled()


def test_a_feature_head_keeps_an_ordinary_word_a_name(pipeline):
    # 太行 and 白马 are LAC's nouns, 太行山 and 白马寺 names of a mountain range and a temple
    henan = Locale(province="河南省", city="洛阳市")
    assert names(pipeline, "游客在太行山下的白马寺附近参观。", henan) == [("太行山", "Place"), ("白马寺", "Place")]
