"""kg.projects: kinds of project are no projects (own example sentences: Guangdong, Hubei, Zhejiang)."""
from __future__ import annotations

from kg import projects
from kg.types import Locale

HUBEI = Locale(province="湖北省", city="武汉市")


def project_names(pipeline, text, locale=HUBEI):
    return [m.text for m in pipeline.recognizer("d", text, locale) if m.type == "Project" and not m.nested]


def test_a_kind_of_project_is_no_project(pipeline):
    assert project_names(pipeline, "会上共有15个招商引资项目集中签约。") == []
    assert project_names(pipeline, "这是团省委推出的特色公益品牌项目。") == []
    assert project_names(pipeline, "双方将共同开发风电产业项目。") == []
    # praised, not named: whose important project, not which
    assert project_names(pipeline, "该项目属光谷科学岛重要配套工程。") == []


def test_a_named_project_stays(pipeline):
    got = project_names(pipeline, "武汉长江新区起步区综合管廊工程和东风汽车武汉新能源项目同日开工。")
    assert "东风汽车武汉新能源项目" in got or any("东风" in n for n in got), got
    assert any("综合管廊工程" in n for n in got), got
    zhejiang = Locale(province="浙江省", city="杭州市")
    assert project_names(pipeline, "浙江实施“千村示范、万村整治”工程。", zhejiang) == ["“千村示范、万村整治”工程"]


def test_kind_of_project_reads_the_words():
    def cut(s):
        return {"特色公益品牌": ["特色", "公益", "品牌"], "光谷科学岛重要配套": ["光谷", "科学岛", "重要", "配套"],
                "光谷科学岛消防": ["光谷", "科学岛", "消防"]}[s]
    assert projects.kind_of_project("特色公益品牌", cut, ())
    assert projects.kind_of_project("光谷科学岛重要配套", cut, ())
    assert not projects.kind_of_project("光谷科学岛消防", cut, ())


def test_the_projects_of_a_programme_named_by_a_quoted_slogan_are_a_kind(pipeline):
    # a Henan and a Gansu paper: “两重”项目 are projects of a national programme; “三北”工程 is one work
    from kg.types import Locale

    from .conftest import top_spans

    got = top_spans(pipeline, "郑州加快推进“两重”项目建设。“三北”工程攻坚战取得新进展。", Locale(province="河南省"))
    assert not any("两重" in t for t, _ in got), got
    assert ("“三北”工程攻坚战", "Project") in got, got  # the campaign, a programme of its own


def test_a_base_or_corridor_needs_more_than_a_description(pipeline):
    # a Xinjiang and a Guangxi paper: what a base or corridor is for names a kind; a place or a capacity names one
    from kg.types import Locale

    from .conftest import top_spans

    got = top_spans(pipeline, "新疆打造全国能源资源战略保障基地，构建全球航空物流大通道，建成高世代基板玻璃生产线。宁东200万千瓦复合光伏基地开工。",
                    Locale(province="新疆维吾尔自治区"))
    assert not any(t.endswith(("保障基地", "大通道", "玻璃生产线")) for t, typ in got if typ == "Project"), got
    assert ("宁东200万千瓦复合光伏基地", "Project") in got, got


def test_a_capacity_in_round_hundreds_names_a_work_with_the_name_before_it(pipeline):
    # a Tibet paper: 百兆瓦 is a capacity as 100兆瓦 is; the place name before it opens the project's name
    got = {(m.text, m.type) for m in pipeline.recognizer("d", "在那曲，吉措百兆瓦风电储能一体化项目开工建设。") if not m.nested and not m.generic}
    assert ("吉措百兆瓦风电储能一体化项目", "Project") in got


def test_what_is_done_to_the_land_or_water_belongs_to_a_works_name(pipeline):
    # a Jiangsu paper: 拦截 is part of the works' name; a Shanxi county's 生态修复工程 is a kind of works
    def nodes(text):
        return {(m.text, m.type) for m in pipeline.recognizer("d", text) if not m.nested and not m.generic}

    assert ("环太湖农业面源污染拦截工程", "Project") in nodes("在江苏太湖西岸，环太湖农业面源污染拦截工程近日开工。")
    assert ("内蒙古乌梁素海流域生态修复工程", "Project") in nodes("内蒙古乌梁素海流域生态修复工程通过验收。")
    assert not any(n == "生态修复工程" for n, _ in nodes("甘肃古浪县今年要完成生态修复工程5万亩。"))


def test_the_line_of_a_factory_named_before_it_is_the_factorys(pipeline):
    # a Jilin paper: 生产线上 is where the work goes on; the factory is the name a reader lists
    got = {(m.text, m.type) for m in pipeline.recognizer("d", "在吉林长春，一汽新能源智能工厂生产线上一派繁忙。") if not m.nested and not m.generic}
    assert ("一汽新能源智能工厂", "Project") in got


def _typed(pipeline, text, locale=HUBEI):
    return {(m.text, m.type) for m in pipeline.recognizer("d", text, locale) if not m.nested and not m.generic}


def test_stations_are_places_and_projects_while_they_are_built(pipeline):
    # a Hubei and a Guangdong paper; the walk stops at a verb ending with 于 (起于|合肥南站)
    assert ("襄阳东站", "Project") in {(n[-4:], t) for n, t in _typed(pipeline, "湖北襄阳东站站房主体结构封顶。")}
    assert ("广州南站", "Place") in _typed(pipeline, "旅客从广州南站出发前往深圳。")
    # a Shaanxi and a Guizhou paper: 在建 (being built), 浇筑, 蓄水 are said of works being built too
    assert ("汉中东站", "Project") in _typed(pipeline, "汉中东站是在建的西安至十堰高铁的重要车站。")
    assert ("夹岩水库", "Project") in _typed(pipeline, "夹岩水库今天下闸蓄水。")
    got = _typed(pipeline, "线路起于合肥南站，止于安庆西站。")
    assert {("合肥南站", "Place"), ("安庆西站", "Place")} <= got, got


def test_works_by_their_heads_and_verbs(pipeline):
    # Zhejiang, Jiangxi, Hunan and Jiangsu papers: a city's express line, a river's works to navigate again,
    # the works that follow a work (but no name opens with 后续), a crossing of the river
    assert ("宁波滨江快线", "Project") in _typed(pipeline, "宁波滨江快线提速建设。")
    assert ("江西赣江复航工程", "Project") in _typed(pipeline, "江西赣江复航工程进入收尾阶段。")
    assert ("环洞庭湖大堤后续工程", "Project") in _typed(pipeline, "环洞庭湖大堤后续工程开工。")
    assert project_names(pipeline, "为后续主体工程施工奠定基础。") == []
    assert ("江靖过江通道", "Project") in _typed(pipeline, "连接江阴与靖江的江靖过江通道正在建设。")


def test_national_works_known_by_their_standing_names(pipeline):
    # kg/data/world.tsv: named without a head; their head, when written, ends the name
    assert ("南水北调东线", "Project") in _typed(pipeline, "南水北调东线供水能力大幅提升。")
    # (a province before the work is its address, which an alias without it drops: kg.prefixes.address_names)
    assert _typed(pipeline, "贵州西电东送通道能力提升。") & {("西电东送", "Project"), ("西电东送通道", "Project"), ("贵州西电东送通道", "Project")}
    assert ("南水北调工程", "Project") in _typed(pipeline, "南水北调工程通水十周年。")
    assert ("南水北调后续工程", "Project") in _typed(pipeline, "南水北调后续工程首个重大项目正在施工。")


def test_a_bridges_parts_and_a_word_cut_before_the_name_are_no_works(pipeline):
    # a Jiangsu, a Guangxi and a Fujian paper: the bridge is the work, not its channel's span, its anchorage or its right
    # half's arch; 漂浮|式: a name opens with no bound ending of the word before it
    got = _typed(pipeline, "连接常州、泰州两地的常泰长江大桥南航道桥北锚碇已完成封底。")
    assert any(n.endswith("常泰长江大桥") for n, _ in got) and not any("锚碇" in n or n == "南航" for n, _ in got), got
    got = _typed(pipeline, "在广西，平陆运河沙坪大桥右幅中拱段整体提升顺利完成。")
    assert not any("右幅" in n for n, _ in got), got
    # (the first of a kind before a dash is a description, no node: its span is checked, generic or not)
    got = {(m.text, m.type) for m in pipeline.recognizer("d", "在福建平潭，全球首台18兆瓦漂浮式海上风电示范应用工程项目——“平潭领航号”完成安装。", HUBEI) if not m.nested}
    assert any(n.startswith("漂浮式") for n, _ in got) and not any(n.startswith("式") for n, _ in got), got


def test_a_works_part_written_after_its_line_and_a_rank_before_a_work(pipeline):
    # a Gansu paper: the tunnel of the line named by its two ends is a work of its own, after the line
    got = _typed(pipeline, "兰州至合作铁路尕海隧道顺利贯通。")
    assert ("兰州至合作铁路", "Project") in got and ("尕海隧道", "Project") in got, got
    # a Jiangxi paper: a province's rank of a work and its field before the name are no part of it
    got = _typed(pipeline, "位于江西吉安的江西省重大水利工程白云山水库今天开工建设。")
    assert ("白云山水库", "Project") in got and not any(n.startswith("江西省重大") for n, _ in got), got


def test_a_work_placed_in_its_clause_is_there_rather_than_in_the_scene():
    # a Hunan paper: 在湖南，X在衡阳开业 / X——Y在衡阳: the clause says where, nearer than the scene's province
    from kg.extract import extract
    rels = {(r["s"], r["p"], r["o"]) for r in extract("在湖南，投资50亿元的衡阳智能制造产业园项目——一期工厂在衡阳正式投产。")["relations"]}
    assert ("衡阳智能制造产业园项目", "locatedIn", "衡阳") in rels and ("衡阳智能制造产业园项目", "locatedIn", "湖南") not in rels, rels


def test_the_national_rail_network_and_the_china_europe_trains_are_works(pipeline):
    # a Hunan paper: 高铁网/高速铁路网 end the network's name (not cut at 高铁); 中欧班列 is a national work (world.tsv)
    got = _typed(pipeline, "湖南加快融入“八纵八横”高铁网，长沙中欧班列今年开行超过千列。")
    assert ("“八纵八横”高铁网", "Project") in got and ("中欧班列", "Project") in got, got


def test_a_satellite_is_named_with_its_serial_and_the_rocket_is_no_project(pipeline):
    # a Gansu paper: the readers list the satellites launched, never the launch vehicle (0 of 16 dev articles)
    ms = pipeline.recognizer("d", "酒泉卫星发射中心使用长征二号丁运载火箭成功发射高分十一号04星和四维高景一号03、04星。", Locale())
    named = {m.text for m in ms if m.type == "Project" and not m.generic and not m.nested}
    assert {"高分十一号04星", "四维高景一号03、04星"} <= named, named
    assert not any("火箭" in n for n in named), named


def test_a_line_s_serial_is_part_of_the_work_s_name(pipeline):
    # a Liaoning paper: 沈阳地铁[6]号线: the number before 号 is the line's serial, not a count that ends the walk
    got = _typed(pipeline, "在沈阳地铁6号线工程建设中，施工单位创新采用盾构新工艺。")
    assert ("沈阳地铁6号线工程", "Project") in got, got


def test_a_scene_holds_the_works_after_segments_that_name_nothing():
    # a Yunnan paper: 在云南，<money>，<fields>，X、Y…: the works named after two segments that name nothing are in the scene
    from kg.relations import scenes
    from tests.test_frames import T, place_facts

    got = place_facts(scenes.scene, "在云南，今年前三季度共发行专项债券500亿元，重点支持交通、水利等领域，滇中引水二期工程、渝昆高铁加快建设。",
                      ("云南", T.PLACE, "530000"), ("滇中引水二期工程", T.PROJECT), ("渝昆高铁", T.PROJECT))
    assert got == {("滇中引水二期工程", "530000"), ("渝昆高铁", "530000")}


def test_a_main_bridge_named_after_its_channel_is_a_description_before_the_bridge_s_name(pipeline):
    # a Guangdong paper: X通道主桥Y大桥: the main bridge of the channel, named Y大桥 (主桥, 引桥: descriptions)
    got = _typed(pipeline, "黄茅海跨海通道主桥高栏港大桥今天合龙。")
    assert ("高栏港大桥", "Project") in got, got


def test_a_superlative_description_is_no_part_of_the_work_named_after_it(pipeline):
    # a Heilongjiang paper: 最[东端高铁]|牡佳高铁: what it is, then its name
    got = _typed(pipeline, "我国最东端高铁牡佳高铁今天开通运营。")
    assert ("牡佳高铁", "Project") in got and not any(n.endswith("高铁牡佳高铁") for n, _ in got), got
