"""Government bodies (own example sentences, Zhejiang, Hebei, Fujian): a foreign country's forces named as a whole
(以色列军方, 乌克兰武装力量) are one state organ with the country, as its ministries and services are
(`kg.recognize.world._ORGAN`)."""
from __future__ import annotations

from kg.types import Locale

from .conftest import listed

ZHEJIANG = Locale(province="浙江省", city="杭州市")


def test_a_foreign_countrys_forces_as_a_whole_are_one_state_organ(pipeline):
    got = listed(pipeline, "以色列军方发言人说，行动已经结束。", ZHEJIANG)
    assert ("以色列军方", "GovernmentBody") in got, got
    got = listed(pipeline, "乌克兰武装力量总司令称，前线局势稳定。", ZHEJIANG)
    assert ("乌克兰武装力量", "GovernmentBody") in got, got
    got = listed(pipeline, "另据报道，俄罗斯武装力量总参谋长格拉西莫夫表示，演习按计划进行。", ZHEJIANG)
    assert ("俄罗斯武装力量", "GovernmentBody") in got, got
