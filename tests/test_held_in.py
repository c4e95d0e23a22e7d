"""Events held in a place and things located in one: the venue's words, a capital after its country, a meeting
chaired in a place, a part of a place after 的, and the division a river is named in (sentences written for the
purpose, of papers from Hunan, Hubei, Sichuan, Jiangxi)."""
from __future__ import annotations

from kg.relations import held, places
from tests.test_frames import T, place_facts


def test_the_venue_words_between_the_place_and_the_verb():
    got = place_facts(held.held_in, "2024湖南旅游发展大会在张家界主会场开幕。",
                      ("2024湖南旅游发展大会", T.EVENT), ("张家界", T.PLACE, "430800"))
    assert got == {("2024湖南旅游发展大会", "430800")}
    got = place_facts(held.held_in, "在武汉、宜昌等赛区举办的第二届湖北省运动会吸引了上万名运动员。",
                      ("武汉", T.PLACE, "420100"), ("宜昌", T.PLACE, "420500"), ("第二届湖北省运动会", T.EVENT))
    assert got == {("第二届湖北省运动会", "420100"), ("第二届湖北省运动会", "420500")}
    got = place_facts(held.held_in, "第三届湘菜美食文化节在长沙开启。", ("第三届湘菜美食文化节", T.EVENT), ("长沙", T.PLACE, "430100"))
    assert got == {("第三届湘菜美食文化节", "430100")}


def test_a_meeting_chaired_in_a_place_and_a_capital_after_its_country():
    got = place_facts(held.held_in, "省委书记王晓晖在成都主持召开全省民营经济发展座谈会。",
                      ("王晓晖", T.PERSON), ("成都", T.PLACE, "510100"), ("全省民营经济发展座谈会", T.EVENT))
    assert got == {("全省民营经济发展座谈会", "510100")}
    got = place_facts(held.held_in, "第三届中国—中亚商品博览会4日在哈萨克斯坦首都阿斯塔纳开幕。",
                      ("第三届中国—中亚商品博览会", T.EVENT), ("哈萨克斯坦", T.PLACE), ("阿斯塔纳", T.PLACE))
    assert got == {("第三届中国—中亚商品博览会", "阿斯塔纳")}


def test_a_part_of_a_place_after_de_and_the_division_a_river_is_named_in():
    got = place_facts(places.located, "梅岭村位于赣南赣州的大山深处，交通十分不便。", ("梅岭村", T.PLACE), ("赣州", T.PLACE, "360700"))
    assert got == {("梅岭村", "360700")}
    got = place_facts(places.located, "位于湖北宜昌长江上的秭归长江大桥昨天合龙。",
                      ("湖北", T.PLACE, "420000"), ("宜昌", T.PLACE, "420500"), ("长江", T.PLACE), ("秭归长江大桥", T.PROJECT))
    assert got == {("秭归长江大桥", "长江"), ("秭归长江大桥", "420500")}


def test_events_joined_by_a_conjunction_a_scene_after_a_time_word_upstream_and_a_centre_founded_by_investing():
    from kg.relations import scenes

    got = place_facts(held.held_in, "第五届中国—南亚博览会和第二十五届中国昆明进出口商品交易会今天在云南昆明开幕。",
                      ("第五届中国—南亚博览会", T.EVENT), ("第二十五届中国昆明进出口商品交易会", T.EVENT),
                      ("云南", T.PLACE, "530000"), ("昆明", T.PLACE, "530100"))
    assert got == {("第五届中国—南亚博览会", "530100"), ("第二十五届中国昆明进出口商品交易会", "530100")}
    got = place_facts(scenes.scene, "这几天在广西柳州，上汽通用五菱新能源工厂生产线上一派繁忙。",
                      ("广西", T.PLACE, "450000"), ("柳州", T.PLACE, "450200"), ("上汽通用五菱新能源工厂", T.PROJECT))
    assert got == {("上汽通用五菱新能源工厂", "450200")}
    got = place_facts(places.located, "地处长江上游的三峡水库昨天开始蓄水。", ("长江", T.PLACE), ("三峡水库", T.PLACE))
    assert got == {("三峡水库", "长江")}
    got = place_facts(places.set_up_in, "宝洁公司宣布在广州投资创立全球创新中心。",
                      ("宝洁公司", T.ENTERPRISE), ("广州", T.PLACE, "440100"), ("全球创新中心", T.ORGANIZATION))
    assert ("全球创新中心", "440100") in got


def test_parties_that_run_or_found_something_together_cooperate():
    from tests.test_frames import facts

    got = facts("一趟由义乌国际陆港与宁波舟山港联合开行的海铁联运班列今天发车。",
                ("义乌国际陆港", T.ORGANIZATION), ("宁波舟山港", T.ENTERPRISE), ("海铁联运班列", T.PROJECT))
    assert ("义乌国际陆港", "cooperatesWith", "宁波舟山港") in {(s, p, o) for s, p, o, _ in got}
    got = facts("该实验室由浙江大学与香港大学于2019年共同建立。", ("浙江大学", T.ORGANIZATION), ("香港大学", T.ORGANIZATION))
    assert ("浙江大学", "cooperatesWith", "香港大学") in {(s, p, o) for s, p, o, _ in got}


def test_a_scene_after_a_region_and_a_zone_as_a_scene():
    from kg.relations import scenes

    got = place_facts(scenes.scene, "在皖北宿州，高标准农田建设项目正在加紧施工。",
                      ("皖北", T.PLACE), ("宿州", T.PLACE, "341300"), ("高标准农田建设项目", T.PROJECT))
    assert got == {("高标准农田建设项目", "341300")}
    got = place_facts(scenes.scene, "在武汉东湖高新区，长江存储二期项目正在加紧建设。",
                      ("武汉东湖高新区", T.PLACE), ("长江存储二期项目", T.PROJECT))
    assert got == {("长江存储二期项目", "武汉东湖高新区")}


def test_a_name_that_modifies_a_longer_base_is_not_what_is_located():
    # 位于Y的X|产业数字化赋能基地: the base is located there, X only names what it is for (a paper of Shaanxi)
    got = place_facts(places.located, "近日，位于西安高新区的秦创原产业数字化赋能基地建成投用。",
                      ("西安高新区", T.PLACE), ("秦创原", T.PROJECT))
    assert not got


def test_the_seat_of_a_longer_name_is_not_the_company_s():
    # X[电气产品中国及东亚]总部在Y: the headquarters of a line of X's is there, not X (a paper of Jiangsu)
    got = place_facts(places.located, "在江苏，博世汽车电子中国区总部在无锡正式揭牌。",
                      ("江苏", T.PLACE, "320000"), ("博世", T.ENTERPRISE), ("无锡", T.PLACE, "320200"))
    assert not got
    got = place_facts(places.located, "博世的总部在斯图加特。", ("博世", T.ENTERPRISE), ("斯图加特", T.PLACE))
    assert got == {("博世", "斯图加特")}


def test_an_institute_named_after_an_international_organisation_is_its_unit():
    # 联合国教科文组织|国际STEM教育研究所 (a centre in Shanghai): the organisation's name, then its unit's
    from kg import lexicon
    from kg.relations.parents import Parents

    got = Parents(lexicon.load()).parent("联合国教科文组织国际STEM教育研究所", "Organization")
    assert got is not None and got[1] == "联合国教科文组织"


def test_a_company_s_field_named_right_after_it_is_its_unit():
    from kg.relations import rules
    from tests.test_frames import clause

    # 中国石化|胜利油田 (a paper of Shandong): the field is the company's
    c = clause("中国石化胜利油田今年原油产量保持稳定。", ("中国石化", T.ENTERPRISE), ("胜利油田", T.ENTERPRISE))
    assert {(f.subject.name, f.object.name) for f in rules.sub_organization(c)} == {("胜利油田", "中国石化")}


def test_near_a_place_is_not_in_it():
    # 位于Y附近的X: X is near Y; nor is the body whose news it is (据…消息，) in Y (a paper of Tibet)
    got = place_facts(places.located, "据西藏登山队消息，位于珠峰大本营附近的绒布冰川今年明显消融。",
                      ("西藏登山队", T.ORGANIZATION), ("珠峰大本营", T.PLACE), ("绒布冰川", T.PLACE))
    assert not got


def test_a_place_after_a_country_s_capital_word_is_in_that_country():
    # a Yunnan paper: X首都Y, whether or not the world list knows Y
    got = place_facts(places.place_of, "云南的援外医疗队昨天飞赴老挝首都万象，执行为期一年的任务。", ("云南", T.PLACE, "530000"), ("老挝", T.PLACE), ("万象", T.PLACE))
    assert got == {("万象", "老挝")}
    got = place_facts(places.place_of, "考察团抵达布隆迪首都基特加。", ("布隆迪", T.PLACE), ("基特加", T.PLACE))
    assert got == {("基特加", "布隆迪")}


def test_a_group_named_in_brackets_is_the_company_itself_not_its_parent():
    # X（集团）有限责任公司 (a paper of Jiangxi): the bracket says the company is the group, no parent named 昌河飞机工业（集团
    from kg import lexicon
    from kg.relations.parents import Parents

    parents = Parents(lexicon.load())
    assert parents.parent("江西洪都航空工业（集团）有限责任公司", "Enterprise") is None
    assert parents.parent("东方电气集团东方电机有限公司", "Enterprise") == ("Enterprise", "东方电气集团")


def test_a_body_managed_from_above_is_not_under_its_place_s_government():
    # 垂直管理 (a paper of Guangdong): 深圳证监局 answers to 证监会, 皇岗边检站 to 国家移民管理局, not to 深圳市人民政府
    from kg import lexicon
    from kg.relations.parents import Parents

    parents = Parents(lexicon.load())
    assert parents.parent("深圳市证券监督管理局", "GovernmentBody") is None
    assert parents.parent("深圳市市场监督管理局", "GovernmentBody") == ("GovernmentBody", "深圳市人民政府")


def test_a_place_the_recogniser_read_right_after_a_country_is_in_it():
    # a Chongqing paper: 德国杜伊斯堡 (no city of the world list): an address abroad; not a number or a country after it
    got = place_facts(places.place_of, "中欧班列今天从重庆开往德国杜伊斯堡。", ("中欧班列", T.PROJECT), ("重庆", T.PLACE, "500000"), ("德国", T.PLACE), ("杜伊斯堡", T.PLACE))
    assert got == {("杜伊斯堡", "德国")}
    got = place_facts(places.place_of, "中国与德国法国开展合作。", ("中国", T.PLACE), ("德国", T.PLACE), ("法国", T.PLACE))
    assert not got


def test_a_place_visited_later_in_the_scene_s_sentence_is_there():
    # a Hubei paper: 在武汉，X来到A，听取…，前往B: B is in the scene too, as A is
    from kg.relations import scenes

    got = place_facts(scenes.scene, "在武汉，省委书记来到光谷科学岛，听取园区建设汇报，前往湖北实验室，详细了解科研进展。",
                      ("武汉", T.PLACE, "420100"), ("光谷科学岛", T.PLACE), ("湖北实验室", T.ORGANIZATION))
    assert got == {("光谷科学岛", "420100"), ("湖北实验室", "420100")}
    got = place_facts(scenes.scene, "在宜昌，调研组来到三峡大学，听取汇报，到宜化集团、兴发集团调研。",
                      ("宜昌", T.PLACE, "420500"), ("三峡大学", T.ORGANIZATION), ("宜化集团", T.ENTERPRISE), ("兴发集团", T.ENTERPRISE))
    assert got == {("三峡大学", "420500"), ("宜化集团", "420500"), ("兴发集团", "420500")}


def test_a_region_sets_a_scene():
    # a Heilongjiang paper: 在东北，X…: the region of kg/data/world.tsv is where the works it names are
    from kg.relations import scenes

    got = place_facts(scenes.scene, "在东北，全长300公里的哈伊高铁正在加紧施工。", ("东北", T.PLACE), ("哈伊高铁", T.PROJECT))
    assert got == {("哈伊高铁", "东北")}


def test_the_centre_of_a_place_after_de_is_a_part_of_it():
    # a Jiangxi paper: 位于Y的中心区: the village is in Y
    got = place_facts(places.located, "篁岭村位于婺源国家森林公园的中心区。", ("篁岭村", T.PLACE), ("婺源国家森林公园", T.PLACE))
    assert got == {("篁岭村", "婺源国家森林公园")}


def test_places_listed_before_an_event_they_hold_with_deng_di():
    from tests.test_frames import facts

    # a Fujian paper: A、B、C等地举办X: each place holds the event (等地 closes the list, as 等单位 does)
    got = facts("厦门、漳州、龙岩等地举办民营企业家座谈会。", ("厦门", T.PLACE, "350200"), ("漳州", T.PLACE, "350600"), ("龙岩", T.PLACE, "350800"), ("民营企业家座谈会", T.EVENT))
    assert {(s, p, o) for s, p, o, _ in got if p == "organizes"} == {(x, "organizes", "民营企业家座谈会") for x in ("350200", "350600", "350800")}


def test_a_kind_named_after_regions_by_their_letters_is_no_parent():
    # a Fujian paper: 台港澳银行 (the banks of Taiwan, Hong Kong and Macao) is a kind, no bank whose branch is named
    from kg import lexicon
    from kg.relations.parents import Parents

    parents = Parents(lexicon.load())
    assert parents.parent("台港澳银行内地分行", "Enterprise") is None
    assert parents.parent("兴业银行福州分行", "Enterprise") == ("Enterprise", "兴业银行")


def test_an_agency_of_an_international_body_and_a_central_bodys_general_office_are_its_units():
    # 联合国|开发计划署 (a Yunnan paper on a poverty project), 中央纪委|办公厅 (a Guangxi paper's notice): the body, then its unit's own name
    from kg import lexicon
    from kg.relations.parents import Parents

    parents = Parents(lexicon.load())
    assert parents.parent("联合国开发计划署", "Organization") == (T.ORGANIZATION, "联合国")
    got = parents.parent("中央纪委办公厅", "GovernmentBody")
    assert got is not None and got[1] == "中共中央纪律检查委员会", got



def test_a_unit_named_inside_a_works_name_has_its_parent(tmp_path):
    # a Sichuan paper: [中国电建集团成都勘测设计研究院]雅安科技园项目: the institute, a node of its own inside the work's name, is the group's
    from kg.pipeline import Pipeline

    src = tmp_path / "a.txt"
    src.write_text("中国电建集团成都勘测设计研究院雅安科技园项目今天开工。", encoding="utf-8")
    result = Pipeline().build([src])
    names = {k: e.name for k, e in result.entities.items()}
    got = {(names.get(f.subject), names.get(f.object)) for f in result.facts if f.rule == "name.parent"}
    assert ("中国电建集团成都勘测设计研究院", "中国电建集团") in got, got


def test_an_ad_hoc_group_named_after_a_central_body_is_its_unit():
    # a Henan paper: 国务院|事故调查组, 应急管理部|工作组: the group the body sets up, its unit
    from kg import lexicon
    from kg.relations.parents import Parents

    parents = Parents(lexicon.load())
    for name, body in (("国务院事故调查组", "国务院"), ("应急管理部工作组", "应急管理部")):
        got = parents.parent(name, "Organization")
        assert got is not None and got[1] == body, (name, got)


def test_a_natural_feature_sets_a_scene():
    # 在<沙漠/流域/湖/草原>，X: the feature is where the work is, as a region is (papers of Xinjiang and Inner Mongolia)
    from kg.relations import scenes

    got = place_facts(scenes.scene, "在塔克拉玛干沙漠，和若铁路防沙治沙工程正在加紧施工。",
                      ("塔克拉玛干沙漠", T.PLACE), ("和若铁路防沙治沙工程", T.PROJECT))
    assert got == {("和若铁路防沙治沙工程", "塔克拉玛干沙漠")}
    got = place_facts(scenes.scene, "在呼伦贝尔草原，某风电项目首批机组并网发电。",
                      ("呼伦贝尔草原", T.PLACE), ("某风电项目", T.PROJECT))
    assert got == {("某风电项目", "呼伦贝尔草原")}


def test_a_work_or_a_village_said_to_be_of_its_kind_in_a_place():
    # X村是Y…示范村, X水电站是Y上游…水电站: the complement names X's kind again, so Y is where X is (papers of Jiangxi and
    # Yunnan); not a line said to run from one place to another
    got = place_facts(places.copular, "花桥村是江西省上饶市美丽乡村示范村。",
                      ("花桥村", T.PLACE), ("江西省", T.PLACE, "360000"), ("上饶市", T.PLACE, "361100"))
    assert got == {("花桥村", "361100")}
    got = place_facts(places.copular, "乌东德水电站是金沙江下游在建装机规模最大的水电站。", ("乌东德水电站", T.PROJECT), ("金沙江", T.PLACE))
    assert got == {("乌东德水电站", "金沙江")}
    got = place_facts(places.copular, "弥蒙铁路是弥勒至蒙自的铁路线路。", ("弥蒙铁路", T.PROJECT), ("弥勒", T.PLACE, "532504"), ("蒙自", T.PLACE, "532503"))
    assert not got


def test_the_works_within_a_province():
    # Y境内的X、Z等…: each work of the list is in Y (a paper of Hunan)
    got = place_facts(places.place_of, "湖南省境内的平益高速、安慈高速等5条高速公路今天通车。",
                      ("湖南省", T.PLACE, "430000"), ("平益高速", T.PROJECT), ("安慈高速", T.PROJECT))
    assert got == {("平益高速", "430000"), ("安慈高速", "430000")}
