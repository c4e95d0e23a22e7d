"""Addresses written before a name, and descriptions written before a name (issue 10).

Every sentence is written for these tests in the style of a paper of another province than the
seeds'; none is copied from the gold articles or the seeds.
"""
from __future__ import annotations

import kg.extract as ex
from kg.recognize.base import Scan
from kg.recognize.context import Context
from kg.recognize.venues import venues
from kg.types import Locale, Mention

from .conftest import top_spans

NOWHERE = Locale()


def _rels(text: str) -> set[tuple[str, str, str]]:
    return {(r["s"], r["p"], r["o_canonical"] or r["o"]) for r in ex.extract(text)["relations"]}


def _scanned(pipeline, text):
    """The recogniser's resources and a scan of `text` (its tokens and gazetteer hits), as venues reads them."""
    rec = pipeline.recognizer
    return rec.res, Scan(Context(text, rec.seg.tokens(text)), rec.hits(text), None, None)


def test_a_landmark_is_named_without_the_city_before_it(pipeline):
    got = top_spans(pipeline, "首届长江文化论坛在武汉东湖宾馆开幕，市民在成都天府广场观看演出。", NOWHERE)
    assert {("武汉", "Place"), ("东湖宾馆", "Place"), ("成都", "Place"), ("天府广场", "Place")} <= got, got
    assert ("人民大会堂", "Place") in top_spans(pipeline, "表彰大会在北京人民大会堂隆重举行。", NOWHERE)
    assert ("天府广场", "Place", "成都市") in {(r["s"], "Place", r["o_canonical"]) for r in ex.extract(
        "市民在成都天府广场观看演出。")["relations"] if r["p"] == "locatedIn"}


def test_a_body_keeps_its_division_and_a_bodys_square_is_no_landmark(pipeline):
    got = top_spans(pipeline, "湖南省博物馆今天开馆。", NOWHERE)
    assert ("湖南省博物馆", "Organization") in got, got
    square = Mention("d", 0, 14, "长沙湘雅医院门诊楼前广场", "Place", "crf")
    assert venues([square], *_scanned(pipeline, square.text)) == [square]
    park = Mention("d", 0, 7, "长沙橘子洲公园", "Place", "crf")
    assert [(m.text, m.canonical) for m in venues([park], *_scanned(pipeline, park.text))] == [("长沙", "长沙市"), ("橘子洲公园", None)]


def test_a_far_countys_short_form_before_a_park_is_the_parks_own_name(pipeline):
    # a Fujian paper: a park on Fuzhou's 福山; 福山 is also the short form of Shandong's 福山区
    res, scan = _scanned(pipeline, "周末，市民在福山森林步道公园健步走。")
    park = Mention("d", 6, 14, "福山森林步道公园", "Place", "crf")
    assert venues([park], res, Scan(scan.ctx, scan.hits, None, "35")) == [park]
    # in a Shandong paper the county is the paper's own: an address, then the park
    got = venues([park], res, Scan(scan.ctx, scan.hits, None, "37"))
    assert [(m.text, m.canonical) for m in got] == [("福山", "福山区"), ("森林步道公园", None)], got


def test_a_zone_after_its_province_is_the_zone_and_what_is_built_there_is_in_it(pipeline):
    got = top_spans(pipeline, "在甘肃兰州新区，两座水库开工建设。", NOWHERE)
    assert {("甘肃", "Place"), ("兰州新区", "Place")} <= got, got
    rels = _rels("在甘肃兰州新区，黄河水厂扩建工程开工建设。")
    assert ("黄河水厂扩建工程", "locatedIn", "兰州新区") in rels, rels
    assert ("黄河水厂扩建工程", "locatedIn", "甘肃省") not in rels, rels


def test_a_province_and_its_city_the_segmenter_cut_across(pipeline):
    # jieba: 湖|南岳|阳 (南岳 is a district of Hengyang)
    got = top_spans(pipeline, "在湖南岳阳，一批化工企业完成搬迁改造。", NOWHERE)
    assert {("湖南", "Place"), ("岳阳", "Place")} <= got, got
    assert ("南岳", "Place") not in got


def test_a_description_before_a_dash_is_no_name(pipeline):
    got = top_spans(pipeline, "今天，西南地区重要的水运工程——乌江白马航电枢纽工程下闸蓄水。", NOWHERE)
    ms = {(m.text, m.generic) for m in pipeline.recognizer("d", "今天，西南地区重要的水运工程——乌江白马航电枢纽工程下闸蓄水。", NOWHERE)}
    assert ("乌江白马航电枢纽工程", False) in ms, ms
    assert not any(n.endswith("水运工程") for n, _ in got if (n, False) in ms), ms
    rels = _rels("在重庆武隆，长江上游重要的配套工程——白马航电枢纽工程下闸蓄水。")
    assert ("白马航电枢纽工程", "locatedIn", "武隆区") in rels, rels
    assert not any(s.endswith("配套工程") for s, _, _ in rels), rels


def test_a_capacity_per_year_is_part_of_a_works_name(pipeline):
    got = top_spans(pipeline, "浙江石化140万吨/年乙烯项目顺利投产。", NOWHERE)
    assert any(n.endswith("140万吨/年乙烯项目") and t == "Project" for n, t in got), got


def test_a_works_head_glued_to_building_still_ends_its_name(pipeline):
    # jieba: 水利枢纽|工程建设 (one word of 工程 and 建设)
    got = top_spans(pipeline, "青海玛尔挡水电站工程建设进入冲刺阶段。", NOWHERE)
    assert any(n.endswith("玛尔挡水电站工程") and t == "Project" for n, t in got), got


def test_a_named_campaign_is_a_programme(pipeline):
    got = top_spans(pipeline, "内蒙古全力打好“三北”工程攻坚战，宁夏推进黄河“几字弯”攻坚战。", NOWHERE)
    assert {("“三北”工程攻坚战", "Project"), ("黄河“几字弯”攻坚战", "Project")} <= got, got
    assert not any(t == "Project" for _, t in top_spans(pipeline, "各地要全力打好攻坚战。", NOWHERE))


def test_a_government_named_with_its_whole_address_is_the_citys():
    got = {(r["s"], r["o_canonical"] or r["o"]) for r in ex.extract("广东省深圳市政府副市长张华出席开幕式。")["relations"] if r["p"] == "memberOf"}
    assert ("张华", "深圳市人民政府") in got, got


def test_a_point_where_two_rivers_meet_is_in_neither():
    rels = _rels("滨河湿地公园位于浑河和蒲河交汇处东侧，这里已成为市民休闲的好去处。")
    assert not any(p == "locatedIn" and o in ("浑河", "蒲河") for _, p, o in rels), rels
    assert ("滨河湿地公园", "locatedIn", "辽中区") in _rels("滨河湿地公园位于沈阳市辽中区。")


def test_a_street_after_its_county_is_the_street(pipeline):
    got = top_spans(pipeline, "位于江西省婺源县天佑街的一家茶叶店开门迎客。", NOWHERE)
    assert ("天佑街", "Place") in got and not any(n.endswith("县天佑街") for n, _ in got), got


def test_a_studio_is_a_body_and_counted_studios_a_kind(pipeline):
    got = top_spans(pipeline, "湘绣艺人李秀芬的秀芬湘绣工作室今年接待游客上万人次。", NOWHERE)
    assert any(n.endswith("湘绣工作室") and t == "Organization" for n, t in got), got
    ms = pipeline.recognizer("d", "全省已建成劳模创新工作室120个。", NOWHERE)
    assert all(m.generic for m in ms if m.text.endswith("工作室")), ms


def test_a_zone_after_its_province_and_county_short_form_keeps_its_name(pipeline):
    # 河北|乐亭 would leave 经济开发区; the zone's own name is 乐亭经济开发区
    got = top_spans(pipeline, "在河北乐亭经济开发区，一批钢铁企业扩产。", NOWHERE)
    assert ("乐亭经济开发区", "Place") in got, got


def test_who_built_a_thing_is_not_at_the_scene():
    rels = _rels("在浙江嘉兴，由清华大学与嘉兴市共建的长三角研究院投入使用。")
    assert ("长三角研究院", "locatedIn", "嘉兴市") in rels, rels
    assert not any(s == "清华大学" and p == "locatedIn" for s, p, _ in rels), rels


def test_a_county_whose_short_form_is_a_word_is_read_after_its_province(pipeline):
    # 无为, 公安, 会同 are words first; right after their province, closing the address, they are counties
    got = top_spans(pipeline, "在安徽无为，新建泵站投入运行；在湖南会同、靖州等地，新项目开工。", NOWHERE)
    assert ("无为", "Place") in got and ("会同", "Place") in got, got
    got = top_spans(pipeline, "湖北公安厅发布通知，湖北公安机关破获一批案件。", NOWHERE)
    assert ("公安", "Place") not in got, got
    assert ("凤凰颈泵站改造工程", "locatedIn", "无为市") in _rels("在安徽无为，凤凰颈泵站改造工程进入收尾阶段。")


def test_a_designated_area_is_named_after_its_place(pipeline):
    # 国家森林公园, 国家湿地公园, 省级自然保护区 are kinds: the park is named after the place before the designation
    got = top_spans(pipeline, "游客来到张家界国家森林公园，广州海珠国家湿地公园也吸引了游客。", NOWHERE)
    assert ("张家界国家森林公园", "Place") in got and ("海珠国家湿地公园", "Place") in got, got
    assert ("国家湿地公园", "Place") not in got and ("国家森林公园", "Place") not in got, got
    got = top_spans(pipeline, "甘肃子午岭省级自然保护区加强巡护，武夷山国家公园发现新物种。", NOWHERE)
    assert any(n.endswith("子午岭省级自然保护区") for n, _ in got) and ("武夷山国家公园", "Place") in got, got


def test_a_count_or_length_after_a_place_is_no_part_of_its_name(pipeline):
    got = top_spans(pipeline, "四川雅砻江两河口水电站6台机组全部投产，贵州新建高铁全长318公里。", NOWHERE)
    assert not any(n.endswith(("6台", "公里")) for n, _ in got), got


def test_two_provinces_written_together_are_two_places(pipeline):
    got = top_spans(pipeline, "来自福建广东的客商和西藏青海的游客参加了活动。", NOWHERE)
    assert {("福建", "Place"), ("广东", "Place"), ("西藏", "Place"), ("青海", "Place")} <= set(got), got


def test_a_slogan_s_projects_and_a_province_s_whole_stock_are_kinds(pipeline):
    ms = pipeline.recognizer("d", "四川推进“两重”建设项目和“智改数转”项目，河南全省高速公路通车里程突破万公里。", NOWHERE)
    assert not [m.text for m in ms if m.type == "Project" and not m.generic and not m.nested], [m.text for m in ms]
    assert any(m.text == "“疆电入渝”建设项目" and not m.generic for m in pipeline.recognizer("d", "重庆“疆电入渝”建设项目加快推进。", NOWHERE))


def test_a_town_and_its_village_are_two_places_and_a_kind_of_village_keeps_its_name(pipeline):
    got = top_spans(pipeline, "记者来到甘肃陇南市康县三岔河乡三河村，又到江西婺源县王村石门自然村。", NOWHERE)
    assert ("三岔河乡", "Place") in got and ("三河村", "Place") in got, got
    assert ("石门自然村", "Place") in got and ("自然村", "Place") not in got, got
    got = top_spans(pipeline, "候鸟栖息在江西饶河源国家湿地公园。", NOWHERE)
    assert ("饶河源国家湿地公园", "Place") in got, got


def test_no_town_ends_inside_a_word_and_a_hyphen_opens_no_name(pipeline):
    got = top_spans(pipeline, "战旗村是四川省成都市乡村振兴示范村，天津滨海-中关村科技园注册企业增加。", NOWHERE)
    assert ("成都市乡", "Place") not in got and ("成都市", "Place") in got, got
    assert not any(n.startswith("-") for n, _ in got), got


def test_the_corps_divisions_and_regiments_are_places_one_inside_another(pipeline):
    # a Xinjiang paper: the corps, a division, its city, its regiments listed
    got = top_spans(pipeline, "兵团第一师阿拉尔市十团、十二团的红枣喜获丰收，新疆生产建设兵团第七师奎东农场开始秋收。", NOWHERE)
    assert {("第一师", "Place"), ("十团", "Place"), ("十二团", "Place"), ("第七师", "Place"), ("奎东农场", "Place")} <= got, got
    rels = _rels("新疆生产建设兵团第二师二十一团、二十二团今年扩种棉花。")
    assert {("第二师", "locatedIn", "新疆生产建设兵团"), ("二十一团", "locatedIn", "第二师"), ("二十二团", "locatedIn", "第二师")} <= rels, rels
    # an army's division, in a text that never names the corps, is no such place
    assert not any(n == "第四师" for n, _ in top_spans(pipeline, "陆军第七十四集团军第四师开展训练。", NOWHERE))


def test_a_word_jieba_guessed_a_verb_after_a_place_it_tagged_a_noun_is_the_names(pipeline):
    # a Sichuan paper: 双流 (a district jieba tags n), then a town's name it guesses is a verb (堆纳/v)
    got = top_spans(pipeline, "考察组来到双流堆纳国家现代农业示范区。", NOWHERE)
    assert ("双流堆纳国家现代农业示范区", "Place") in got, got


def test_a_word_before_a_zone_head_is_no_zone_contracted(pipeline):
    # an Anhui paper: 集中区 is no contraction of the province's 池州承接产业转移集中示范园区
    from kg.types import Document
    r = pipeline.process(Document("t", "在合肥，量子装置集中区建设有序推进。", "t.txt"), Locale(province="安徽省", city="合肥市"))
    assert not any(m.rule == "zone.short" for m in r.mentions), r.mentions


def test_an_area_between_a_town_and_its_village_and_an_area_for_the_town(pipeline):
    # a Sichuan and a Hebei paper: each level is a place of its own, as readers list them
    got = top_spans(pipeline, "在柳江镇东风片区红星村，村民们正在忙着春耕。", NOWHERE)
    assert {("柳江镇", "Place"), ("红星村", "Place")} <= got and not any(n.endswith("红星村") and n != "红星村" for n, _ in got), got
    got = top_spans(pipeline, "容西片区北河营社区安置了回迁群众三千多人。", NOWHERE)
    assert {("容西片区", "Place"), ("北河营社区", "Place")} <= got, got


def test_a_foreign_place_written_after_its_country_is_a_place_of_its_own(pipeline):
    # a national paper's reports from abroad: 印度尼西亚|巴厘岛, 荷兰|蒂尔堡; China opens many a name (中国古动物馆)
    got = top_spans(pipeline, "国家主席赴印度尼西亚巴厘岛出席峰会，中欧班列抵达荷兰蒂尔堡。", NOWHERE)
    assert {("印度尼西亚", "Place"), ("巴厘岛", "Place"), ("荷兰", "Place"), ("蒂尔堡", "Place")} <= got, got


def test_a_line_from_a_province_keeps_the_province_in_its_name():
    # a Gansu paper: 甘肃至浙江…工程 is a line from the province, not 至浙江… in it
    from kg import lexicon
    from kg.prefixes import without_province

    lex = lexicon.load()
    assert without_province("甘肃至浙江±800千伏特高压直流输电工程", lex) == "甘肃至浙江±800千伏特高压直流输电工程"
    assert without_province("甘肃黄河黑山峡水利枢纽工程", lex) == "黄河黑山峡水利枢纽工程"
