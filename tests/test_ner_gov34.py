"""Government bodies (own example sentences, Zhejiang, Sichuan): a state's legislature or cabinet named by its kind alone
(国家杜马, 国民议会, 议会上院, 参议院, 内阁) is an organ, as 国会 is (`kg.recognize.departments._BARE_ORGANS`; People's
Daily's non-held sentences label 国家杜马 4 of 4, 国民议会, 议会上院 and 议会下院 each 1 of 1, 内阁 2 of 2; CLUENER's 参议院 1 of 1):
a mention with no node of its own, the country before it named with it (俄罗斯国家杜马)."""
from __future__ import annotations

from kg.types import Locale

from .conftest import listed

ZHEJIANG = Locale(province="浙江省", city="杭州市")
SICHUAN = Locale(province="四川省", city="成都市")


def test_a_legislature_by_its_kind_is_an_organ(pipeline):
    got = listed(pipeline, "据外电报道，国家杜马当天以多数票否决了这项预算修正案。", ZHEJIANG)
    assert ("国家杜马", "GovernmentBody") in got, got
    got = listed(pipeline, "该法案尚需提交议会上院审议，反对派已表示将投反对票。", SICHUAN)
    assert ("议会上院", "GovernmentBody") in got, got
    got = listed(pipeline, "新总理人选须经国民议会表决通过。", SICHUAN)
    assert ("国民议会", "GovernmentBody") in got, got


def test_a_cabinet_by_its_kind_is_an_organ(pipeline):
    got = listed(pipeline, "执政联盟中的小党对内阁决定公开表示不满。", ZHEJIANG)
    assert ("内阁", "GovernmentBody") in got, got


def test_a_legislature_makes_no_node_and_its_country_stays_a_place(pipeline):
    from kg.recognize import Recognizer

    rules = Recognizer(pipeline.lexicon, pipeline.segmenter, model=None)
    ms = [m for m in rules("d", "俄罗斯国家杜马在当天的表决中通过了总理提名。", SICHUAN)]
    assert any(m.text == "俄罗斯国家杜马" and m.type == "GovernmentBody" and m.generic for m in ms), [(m.text, m.type, m.generic) for m in ms]


def test_a_word_holding_the_kind_is_no_organ(pipeline):
    got = listed(pipeline, "双方签署了合作协议会后举行了记者招待会。", ZHEJIANG)
    assert not [t for t, ty in got if ty == "GovernmentBody"], got
