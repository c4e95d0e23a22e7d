"""Names that start inside a token of the segmenter (issues 10 and 13): a model name that begins on the second character of a
proper noun of the dictionary takes the whole token, and a suffix walk stops after a modal and a preposition glued to a
name's first character.

Every sentence here is written for these tests in the style of a paper of another province than the seeds'; none is
copied from the news articles or the seeds.
"""
from __future__ import annotations

from kg import edges
from kg.types import Locale

from .conftest import top_spans

NOWHERE = Locale()


def test_a_modal_and_a_preposition_glued_to_a_name_open_no_name(pipeline):
    # a Guangdong paper: jieba reads 可经港 as one word, the modal and the preposition glued to 港 of 港珠澳大桥
    got = top_spans(pipeline, "内地旅行团可经港珠澳大桥香港口岸赴港旅游。", NOWHERE)
    assert ("港珠澳大桥香港口岸", "Place") in got
    assert not any(n.startswith(("内地", "可经")) for n, _ in got), got


def test_glued_length_counts_the_modal_too():
    assert edges.glued_length("可经港", lambda: False) == 2
    assert edges.glued_length("经港", lambda: False) == 1
    assert edges.glued_length("可经港", lambda: True) == 0  # a word of the dictionary is whole
    assert edges.glued_length("可爱", lambda: False) == 0


def test_a_model_place_starting_inside_a_dictionary_place_takes_it_whole(pipeline):
    # a Henan paper: the dictionary's 黄淮海平原 is one token; the model read from its second character
    got = top_spans(pipeline, "黄淮海平原小麦陆续进入灌浆期。", NOWHERE)
    assert ("黄淮海平原", "Place") in got
    assert ("淮海平原", "Place") not in got


def test_following_glued_to_a_work_in_the_frame_of_sequence_opens_no_name(pipeline):
    # a Jiangsu paper: jieba reads 继沪苏通 as one word; 继…后 says what came before, the bridge is 沪苏通长江公铁大桥
    got = top_spans(pipeline, "继沪苏通长江公铁大桥后，又一座公铁两用桥开工。", NOWHERE)
    assert ("沪苏通长江公铁大桥", "Project") in got
    assert not any(n.startswith("继") for n, _ in got), got


def test_following_opens_a_name_outside_the_frame():
    assert edges.glued_length("继沪苏通", lambda: False, "大桥后，又一座") == 1
    assert edges.glued_length("继峰", lambda: False, "股份发布公告后") == 0  # 继峰股份, a company: no 后 after the name


def test_following_in_the_frame_of_sequence_is_no_part_of_the_models_name(pipeline):
    # a Guangdong paper: the model read 继 with the bridge (是继[港珠澳大桥]、深中通道后…); a company whose name opens with 继, the
    # model running past it, keeps it (继峰股份发布公告后)
    got = top_spans(pipeline, "黄茅海跨海通道是继港珠澳大桥、深中通道后，大湾区又一跨海工程。", NOWHERE)
    assert not any(n.startswith("继") for n, _ in got), got
    got = top_spans(pipeline, "继峰股份发布公告后股价上涨。", NOWHERE)
    assert ("继峰股份", "Enterprise") in got, got
