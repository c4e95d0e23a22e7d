"""Government bodies (own example sentences, Guangdong, Jiangsu): a court by its level after the place it sits for
(纽约南区联邦法院, 利物浦当地法庭) is one body with the place (`kg.recognize.departments._courts`); a foreign state's
agency by its field after the country (日本气象厅, 澳大利亚竞争与消费者委员会, 韩国网络作战司令部) is a state organ
(`kg.recognize.world._agency_after`); a district's body after its city's short name is named with it (南京鼓楼区政府:
`kg.recognize.departments.address_start`); a country's service by its one character (日海军) and China's forces (中国军队)
are organs (`kg.recognize.world`); a government named after its leader (拜登政府) is one body
(`kg.recognize.departments._administrations`); 监管机构 and 中央财政 are organs by their kind (`_BARE_ORGANS`)."""
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


def test_a_foreign_agency_by_its_field_is_a_state_organ(pipeline):
    got = listed(pipeline, "澳大利亚竞争与消费者委员会近日对两家超市展开调查。", GUANGDONG)
    assert ("澳大利亚竞争与消费者委员会", "GovernmentBody") in got, got
    got = listed(pipeline, "日本气象厅当天上午发布海啸预警。", JIANGSU)
    assert ("日本气象厅", "GovernmentBody") in got, got
    got = listed(pipeline, "韩国网络作战司令部昨日确认遭到攻击。", GUANGDONG)
    assert ("韩国网络作战司令部", "GovernmentBody") in got, got
    got = listed(pipeline, "南非电力龙头签署了新的供电协议。", JIANGSU)  # a verb ends the clause: no agency
    assert not [t for t, ty in got if ty == "GovernmentBody"], got


def test_a_district_body_after_its_citys_short_name_is_named_with_it(pipeline):
    got = listed(pipeline, "南京鼓楼区政府近日发布通知。", GUANGDONG)
    assert ("南京鼓楼区政府", "GovernmentBody") in got, got


def test_a_countrys_service_by_its_one_character_is_one_organ(pipeline):
    got = listed(pipeline, "据报道，日海军两艘护卫舰昨日抵达。", JIANGSU)
    assert ("日海军", "GovernmentBody") in got, got
    got = listed(pipeline, "演习以海军为主，空军配合。", JIANGSU)  # 以: a preposition here
    assert not [t for t, _ in got if t.startswith("以")], got


def test_chinas_forces_are_one_organ_and_its_government_the_state(pipeline):
    from kg.recognize import Recognizer

    rules = Recognizer(pipeline.lexicon, pipeline.segmenter, model=None)  # the rule itself, as where the model has nothing (the shipped model learnt these)
    got = [(m.text, m.type) for m in rules("d", "在滇西战场上，中国军队与日军激战数月。", JIANGSU) if not m.nested]
    assert ("中国军队", "GovernmentBody") in got, got
    got = [(m.text, m.type) for m in rules("d", "新中国空军组建之初，飞行员仅有数百人。", JIANGSU) if not m.nested]
    assert ("中国空军", "GovernmentBody") in got, got
    got = [(m.text, m.type) for m in rules("d", "中国政府鼓励企业到海外投资。", JIANGSU) if not m.nested]
    assert not [t for t, ty in got if ty == "GovernmentBody"], got


def test_a_government_named_after_its_leader_is_one_body(pipeline):
    got = listed(pipeline, "据悉拜登政府将调整相关关税。", GUANGDONG)
    assert ("拜登政府", "GovernmentBody") in got, got
    got = listed(pipeline, "会谈后，三国政府发表联合声明。", GUANGDONG)  # several countries' governments: no name
    assert not [t for t, _ in got if "三国" in t], got


def test_the_states_purse_and_its_regulators_by_their_kind_are_organs(pipeline):
    got = listed(pipeline, "投资者呼吁监管机构尽快介入调查。", GUANGDONG)
    assert ("监管机构", "GovernmentBody") in got, got
