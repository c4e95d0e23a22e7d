"""Business relations grown from the dev split of FinRE (train.txt) in round 5: stakes held and
handed on, shareholders and parents named by a role after a copula with adverbs, adverbials of
means, acquisitions of a stake (not of a whole company), cooperation partners.  Each on a
sentence written for the test in the style of a paper of another province (Sichuan, Hubei,
Zhejiang, Jiangsu, Fujian, Anhui, Guangdong, Chongqing, Yunnan, Shandong), on hand-built clauses
so that recognition never moves them."""
from __future__ import annotations

from tests.test_frames import T, facts

E = T.ENTERPRISE


def _pairs(got: set[tuple[str, str, str, str]], p: str) -> set[tuple[str, str]]:
    return {(s, o) for s, q, o, _ in got if q == p}


def test_a_stake_held_and_handed_on():
    got = facts("四川长虹将所持华意压缩12%的股份转让给长虹集团。", ("四川长虹", E), ("华意压缩", E), ("长虹集团", E))
    assert ("四川长虹", "华意压缩") in _pairs(got, "invests")  # it held them
    assert ("长虹集团", "华意压缩") in _pairs(got, "invests")  # it holds them now
    got = facts("湖北省国资委将所持有的三环集团的国有产权无偿划转至长江产业投资集团。",
                ("湖北省国资委", T.GOVERNMENT_BODY), ("三环集团", E), ("长江产业投资集团", E))
    assert ("长江产业投资集团", "三环集团") in _pairs(got, "invests")


def test_handing_on_what_is_no_stake_is_no_investment():
    got = facts("深圳华侨城将华侨城酒店的经营权转让给锦江集团。", ("深圳华侨城", E), ("华侨城酒店", E), ("锦江集团", E))
    assert ("锦江集团", "华侨城酒店") not in _pairs(got, "invests")


def test_shareholder_and_parent_after_a_copula_with_adverbs():
    got = facts("浙江交投集团仍然是浙江沪杭甬的控股股东。", ("浙江交投集团", E), ("浙江沪杭甬", E))
    assert ("浙江交投集团", "浙江沪杭甬") in _pairs(got, "invests")
    got = facts("杭银理财将成为杭州银行的全资子公司。", ("杭银理财", E), ("杭州银行", E))
    assert ("杭银理财", "杭州银行") in _pairs(got, "subOrganizationOf")
    got = facts("江苏国信集团成为江苏舜天的实际控制人。", ("江苏国信集团", E), ("江苏舜天", E))
    assert ("江苏舜天", "江苏国信集团") in _pairs(got, "subOrganizationOf")  # the controller is the parent
    got = facts("国元证券目前为安徽国元信托第五大股东。", ("国元证券", E), ("安徽国元信托", E))
    assert ("国元证券", "安徽国元信托") in _pairs(got, "invests")
    got = facts("长江电力自去年成为川投能源第二大股东后，双方合作加深。", ("长江电力", E), ("川投能源", E))
    assert ("长江电力", "川投能源") in _pairs(got, "invests")  # (自去年, 此前, 多次 before the copula: FinRE train)


def test_a_stake_bought_from_its_holder_is_in_the_company_it_is_a_stake_of():
    got = facts("湖南华菱集团拟通过产权交易方式受让湘潭钢铁集团公司持有的阳春新钢铁公司35%的股权。",
                ("湖南华菱集团", E), ("湘潭钢铁集团公司", E), ("阳春新钢铁公司", E))
    assert ("湖南华菱集团", "阳春新钢铁公司") in _pairs(got, "invests")
    assert ("湖南华菱集团", "湘潭钢铁集团公司") not in _pairs(got, "invests")  # the seller, not what is bought


def test_a_controlling_shareholder_holds_and_owns_the_company():
    got = facts("湘电股份的控股股东湘电集团拟增持公司股份。", ("湘电股份", E), ("湘电集团", E))
    assert ("湘电集团", "湘电股份") in _pairs(got, "invests")
    assert ("湘电股份", "湘电集团") in _pairs(got, "subOrganizationOf")  # (as 湘电集团控股湘电股份 says; FinRE: 拥有)


def test_a_strategic_investor_brought_in():
    got = facts("重庆三峡银行引进战略投资者重庆渝富集团。", ("重庆三峡银行", E), ("重庆渝富集团", E))
    assert ("重庆渝富集团", "重庆三峡银行") in _pairs(got, "invests")


def test_adverbials_of_means_and_degree():
    got = facts("福建能源集团将以增资扩股方式对福建海峡银行进行出资。", ("福建能源集团", E), ("福建海峡银行", E))
    assert ("福建能源集团", "福建海峡银行") in _pairs(got, "invests")
    got = facts("安徽交控集团将直接持有皖通高速30%的股份。", ("安徽交控集团", E), ("皖通高速", E))
    assert ("安徽交控集团", "皖通高速") in _pairs(got, "invests")
    got = facts("交易完成后，湖南华菱集团将最终持有湘潭电机25%的股份。", ("湖南华菱集团", E), ("湘潭电机", E))
    assert ("湖南华菱集团", "湘潭电机") in _pairs(got, "invests")  # (最终, 此前, 共计: FinRE train)
    got = facts("江淮汽车与蔚来汽车已经有多年的合作基础。", ("江淮汽车", E), ("蔚来汽车", E))
    assert _pairs(got, "cooperatesWith") & {("江淮汽车", "蔚来汽车"), ("蔚来汽车", "江淮汽车")}
    got = facts("云南白药与阿里健康达成全面、深度的战略合作。", ("云南白药", E), ("阿里健康", E))
    assert _pairs(got, "cooperatesWith") & {("云南白药", "阿里健康"), ("阿里健康", "云南白药")}


def test_buying_a_stake_is_an_investment_buying_a_company_is_not():
    got = facts("海尔智家收购青岛银行5%的股权。", ("海尔智家", E), ("青岛银行", E))
    assert ("海尔智家", "青岛银行") in _pairs(got, "invests")
    assert not _pairs(facts("海尔智家收购斐雪派克。", ("海尔智家", E), ("斐雪派克", E)), "invests")
    got = facts("广东粤海控股获得珠江啤酒10%股权。", ("广东粤海控股", E), ("珠江啤酒", E))
    assert ("广东粤海控股", "珠江啤酒") in _pairs(got, "invests")


def test_a_cooperation_partner_is_a_role():
    got = facts("鲁商集团是山东高速集团的战略合作伙伴。", ("鲁商集团", E), ("山东高速集团", E))
    assert _pairs(got, "cooperatesWith") & {("鲁商集团", "山东高速集团"), ("山东高速集团", "鲁商集团")}


def test_taking_control_is_an_investment():
    got = facts("广新集团入主佛山塑料集团后，将对其业务进行整合。", ("广新集团", E), ("佛山塑料集团", E))
    assert ("广新集团", "佛山塑料集团") in _pairs(got, "invests")


def test_a_joint_venture_is_invested_by_each_party():
    got = facts("东风汽车与日产汽车合资设立东风日产乘用车公司。", ("东风汽车", E), ("日产汽车", E), ("东风日产乘用车公司", E))
    assert {("东风汽车", "东风日产乘用车公司"), ("日产汽车", "东风日产乘用车公司")} <= _pairs(got, "invests")


def test_counterparts_named_with_their_kind_after_deng():
    got = facts("五粮液先后与天猫、京东等电商平台建立了深度合作关系。", ("五粮液", E), ("天猫", E), ("京东", E))
    assert {("五粮液", "天猫"), ("五粮液", "京东")} <= _pairs(got, "cooperatesWith")
    assert ("天猫", "京东") not in _pairs(got, "cooperatesWith")


def test_a_subsidiary_named_with_its_kind_or_after_a_dash():
    got = facts("山东钢铁集团也通过旗下子公司莱芜钢铁提交了申请。", ("山东钢铁集团", E), ("莱芜钢铁", E))
    assert ("莱芜钢铁", "山东钢铁集团") in _pairs(got, "subOrganizationOf")
    got = facts("记者走访了广州医药集团的下属企业——广州白云山制药。", ("广州医药集团", E), ("广州白云山制药", E))
    assert ("广州白云山制药", "广州医药集团") in _pairs(got, "subOrganizationOf")


def test_a_holder_before_kong_gu_de_is_the_parent_not_the_object_of_xiang():
    got = facts("香港华润将通过向华润三九控股的三九医药注资的方式与其合作。", ("香港华润", E), ("华润三九", E), ("三九医药", E))
    assert ("华润三九", "香港华润") not in _pairs(got, "subOrganizationOf")
    assert ("三九医药", "华润三九") in _pairs(got, "subOrganizationOf")


def test_what_a_company_settles_somewhere_is_located_there_not_the_company():
    from kg.relations import places
    from tests.test_frames import place_facts

    got = place_facts(places.located, "比亚迪首个新能源商用车项目落户长沙经开区。",
                      ("比亚迪", E), ("新能源商用车项目", T.PROJECT), ("长沙经开区", T.PLACE))
    assert ("新能源商用车项目", "长沙经开区") in got and ("比亚迪", "长沙经开区") not in got
    got = place_facts(places.located, "比亚迪落户长沙经开区。", ("比亚迪", E), ("长沙经开区", T.PLACE))
    assert ("比亚迪", "长沙经开区") in got


def test_a_holding_in_a_company_and_a_stake_held_in_the_passive():
    got = facts("交易完成后，湖北交投在楚天高速的持股比例将升至30%。", ("湖北交投", E), ("楚天高速", E))
    assert ("湖北交投", "楚天高速") in _pairs(got, "invests")
    got = facts("重组完成后，安徽建工将由安徽省投资集团持有40%股份。", ("安徽建工", E), ("安徽省投资集团", E))
    assert ("安徽省投资集团", "安徽建工") in _pairs(got, "invests")


def test_a_market_share_is_no_stake():
    got = facts("蒙牛在华南冰淇淋市场获得15%的份额，仅次于伊利。", ("蒙牛", E), ("伊利", E))
    assert not _pairs(got, "invests")


def test_a_subsidiary_named_after_its_role_is_a_name_of_its_own(pipeline):
    # a Henan and a Shenzhen paper: the role (控股子公司, 附属公司) is no part of the subsidiary's name
    from kg.types import Locale

    from .conftest import top_spans

    got = top_spans(pipeline, "羚锐制药公告，控股子公司河南羚锐保健品股份有限公司拟投资。深投控附属公司深圳投控商用置业有限公司成立。", Locale(province="河南省"))
    assert ("河南羚锐保健品股份有限公司", "Enterprise") in got, got
    assert ("深圳投控商用置业有限公司", "Enterprise") in got, got
