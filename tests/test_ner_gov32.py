"""Government bodies (own example sentences, Guangdong, Jiangsu): a court by its level after the place it sits for
(纽约南区联邦法院, 利物浦当地法庭) is one body with the place (`kg.recognize.departments._courts`)."""
from __future__ import annotations

from kg.types import Locale

from .conftest import listed

GUANGDONG = Locale(province="广东省", city="广州市")
JIANGSU = Locale(province="江苏省", city="南京市")


def test_a_court_by_its_level_is_named_with_its_place(pipeline):
    got = listed(pipeline, "该案由纽约南区联邦法院审理，判决将于下月宣布。", GUANGDONG)
    assert ("纽约南区联邦法院", "GovernmentBody") in got, got
    got = listed(pipeline, "涉案男子上周在利物浦当地法庭受审。", JIANGSU)
    assert ("利物浦当地法庭", "GovernmentBody") in got, got
    got = listed(pipeline, "该男子将于下周在爱丁堡地方法院受审。", JIANGSU)
    assert ("爱丁堡地方法院", "GovernmentBody") in got, got


def test_a_court_after_a_verb_names_no_place(pipeline):
    got = listed(pipeline, "他表示将就此上诉法院。", JIANGSU)
    assert not [t for t, _ in got if t.endswith("上诉法院")], got
