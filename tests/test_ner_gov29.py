"""Government bodies (own example sentences, Hunan, Guangdong, Jiangxi, Sichuan): a body named after a district written
with its city before it is named with the city (长沙市岳麓区人民法院); a special region's own body with
the region (香港证监会); a union's central bank is a government body (欧洲中央银行); a place the model
read that ends with a state organ's head is that organ (人民路派出所, 东部军区); a football club's name the
model read as a person's is the club (贝西克塔斯)."""
from __future__ import annotations

from kg.types import Locale

from .conftest import listed

HUNAN = Locale(province="湖南省", city="长沙市")
GUANGDONG = Locale(province="广东省", city="广州市")


def _typed(pipeline, text, locale=HUNAN):
    return listed(pipeline, text, locale)  # as `kg ner` lists them


def test_a_district_body_is_named_with_the_city_written_before_it(pipeline):
    got = _typed(pipeline, "原告向长沙市岳麓区人民法院提起诉讼，法院已受理。")
    assert ("长沙市岳麓区人民法院", "GovernmentBody") in got, got
    got = _typed(pipeline, "广州市天河区人民政府昨日发布通告。", GUANGDONG)
    assert ("广州市天河区人民政府", "GovernmentBody") in got, got
    got = _typed(pipeline, "据广州市天河区警方通报，嫌疑人已落网。", GUANGDONG)  # an organ by its kind: named whole, no node
    assert ("广州市天河区警方", "GovernmentBody") in got, got


def test_a_city_holding_no_such_district_stays_a_place_of_its_own(pipeline):
    got = _typed(pipeline, "长沙市天河区人民政府", HUNAN)  # (no 天河区 in 长沙市)
    assert ("长沙市天河区人民政府", "GovernmentBody") not in got, got


def test_a_special_regions_own_body_is_named_with_the_region(pipeline):
    got = _typed(pipeline, "广州一家银行已与香港证监会达成协议，赔偿客户损失。", GUANGDONG)
    assert ("香港证监会", "GovernmentBody") in got, got
    assert ("香港", "Place") not in got, got


def test_a_unions_central_bank_is_a_government_body(pipeline):
    jiangxi = Locale(province="江西省", city="南昌市")
    got = _typed(pipeline, "欧洲中央银行宣布降息，江西外贸企业密切关注汇率变化。", jiangxi)
    assert ("欧洲中央银行", "GovernmentBody") in got, got


def test_a_model_place_named_by_a_state_organs_head_is_a_government_body(pipeline):
    sichuan = Locale(province="四川省", city="成都市")
    got = _typed(pipeline, "男子被带往辖区人民路派出所接受处理。", sichuan)
    assert ("人民路派出所", "GovernmentBody") in got, got
    got = _typed(pipeline, "东部军区与南部军区将合并。", sichuan)
    assert ("东部军区", "GovernmentBody") in got, got


def test_a_clubs_name_the_model_read_as_a_person_is_the_club(pipeline):
    sichuan = Locale(province="四川省", city="成都市")
    got = _typed(pipeline, "贝西克塔斯宣布签下一名四川籍球员。", sichuan)
    assert ("贝西克塔斯", "Organization") in got, got
    got = _typed(pipeline, "圣埃蒂安和费内巴切都已出线。", sichuan)
    assert ("圣埃蒂安", "Organization") in got, got
    got = _typed(pipeline, "埃弗顿联赛三连胜，状态正佳。", sichuan)  # (its league games: the club, not a league)
    assert ("埃弗顿", "Organization") in got, got
