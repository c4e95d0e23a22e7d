"""Persons named by a reporter's byline and transliterated names of the Russian table (own example sentences, papers of
Fujian, Zhejiang, Heilongjiang)."""
from __future__ import annotations

from kg.types import Locale

from .conftest import people_in

FUJIAN = Locale(province="福建省", city="福州市")
ZHEJIANG = Locale(province="浙江省", city="杭州市")
HEILONGJIANG = Locale(province="黑龙江省", city="哈尔滨市")


def _people(pipeline, text: str, locale: Locale) -> list[str]:
    return people_in(pipeline, text, locale)


def test_a_reporters_byline_names_its_reporters_even_when_they_are_words(pipeline):
    # own sentences, Fujian and Zhejiang: (记者X通讯员Y), 本报记者XY杭州报道 (rule person.byline, kg.bylines.reporters)
    got = _people(pipeline, "本报讯（记者高山通讯员林海）福州市鼓楼区昨日启动老旧小区改造。", FUJIAN)
    assert "高山" in got and "林海" in got
    got = _people(pipeline, "本报记者周明远王海燕杭州报道", ZHEJIANG)
    assert "周明远" in got and "王海燕" in got
    # a dateline's place is no reporter nor part of one (温州报道, not 周明远温|州报道), nor is 摄; a reporter who learns
    # something is no byline
    assert _people(pipeline, "本报记者杭州报道", ZHEJIANG) == []
    assert _people(pipeline, "本报记者郑雁温州报道", ZHEJIANG) == ["郑雁"]
    assert _people(pipeline, "（通讯员林海记者高山）", FUJIAN) == ["林海", "高山"]
    assert _people(pipeline, "记者从浙江省交通运输厅获悉，全省今年新开通公交线路十条。", ZHEJIANG) == []


def test_russian_names_written_with_the_tables_le_and_v_are_transliterations(pipeline):
    # own sentences, Heilongjiang: 列 (le) and 夫 (-v) of the Russian transliteration table, so that the name after a post
    # reads as a transliteration (rule person.role-foreign)
    assert "切列夫科" in _people(pipeline, "俄罗斯国家杜马代表团团长切列夫科率团抵达哈尔滨。", HEILONGJIANG)
    assert "科列斯尼科夫" in _people(pipeline, "哈尔滨队本场作客长春，主力前锋科列斯尼科夫因伤缺阵。", HEILONGJIANG)


def test_a_model_person_that_starts_inside_a_role_begins_after_it(pipeline):
    # own sentence, Shandong: the segmenter reads 海军上尉 whole; a model span starting on its last character (尉纳特…)
    # begins after the role (kg.recognize.model._person, foreigners.ROLE_WORDS)
    from kg.recognize.base import Scan
    from kg.recognize.context import Context
    from kg.recognize.model import tagged

    rec, text = pipeline.recognizer, "青岛港迎来舰艇编队，海军上尉纳特·霍夫曼说，此行是友好访问。"
    scan = Scan(Context(text, rec.seg.tokens(text)), rec.hits(text), None, None)
    s = text.index("尉纳特")
    got = [text[c.start : c.end] for c in tagged(rec.res, scan, [(s, s + 8, "Person", 20.0)]) if c.type == "Person"]
    assert got == ["纳特·霍夫曼"]


def test_bylines_list_glue_and_sign_their_reporters_and_writers(pipeline):
    # own sentences, Hunan and Guangxi (rule person.byline, kg.bylines): reporters listed with 、, five characters glued
    # (2+3: the only cut leaving two surnames), a photographer's role, 文/摄 and 发自 after the name, a newspaper's name
    # before the role, writers signed 文/X and X/文, a news agency's dateline
    hunan, guangxi = Locale(province="湖南省", city="长沙市"), Locale(province="广西壮族自治区", city="南宁市")
    assert _people(pipeline, "本报讯（记者张明远、刘芳）长沙市昨日开通十条公交线路。", hunan) == ["张明远", "刘芳"]
    assert _people(pipeline, "本报记者谭凯罗建国", hunan) == ["谭凯", "罗建国"]
    assert _people(pipeline, "本报记者陈晓峰文/摄", hunan) == ["陈晓峰"]
    assert _people(pipeline, "潇湘晨报记者邓伟华摄影刘永", hunan) == ["邓伟华", "刘永"]
    assert _people(pipeline, "南国早报记者韦海燕发自北海", guangxi) == ["韦海燕"]
    assert _people(pipeline, "文/覃秀英", guangxi) == ["覃秀英"]
    assert _people(pipeline, "三江侗族自治县的木构建筑已有数百年历史。（黄丽娟/文）", guangxi) == ["黄丽娟"]
    assert "蓝海波" in _people(pipeline, "新华社南宁3月5日电（蓝海波）广西今年将新建农村公路一万公里。", guangxi)
    # a slash between words is no byline: 图/文 alone names nobody
    assert _people(pipeline, "图/文", guangxi) == []
