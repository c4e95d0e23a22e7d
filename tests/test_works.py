"""Works named with their section, phase or kind of works, and lines named by their two ends.

Every sentence is written for these tests in the style of a provincial paper (Guizhou, Hunan,
Fujian, Gansu, Heilongjiang, Yunnan); none is copied from the gold articles or the seeds.
"""
from __future__ import annotations

from kg.types import Locale

NOWHERE = Locale()


def named(pipeline, text, typ):
    """The names of type typ that make graph nodes (generic mentions, kinds of project, left out)."""
    return {m.text for m in pipeline.recognizer("d", text, NOWHERE) if m.type == typ and not m.nested and not m.generic}


def projects(pipeline, text):
    return named(pipeline, text, "Project")


def test_a_section_phase_or_kind_of_works_is_part_of_the_project(pipeline):
    got = projects(pipeline, "贵南高铁贵州段扩能改造工程和长沙黄花国际机场改扩建工程同日开工。")
    assert "贵南高铁贵州段扩能改造工程" in got, got
    assert "长沙黄花国际机场改扩建工程" in got, got
    got = projects(pipeline, "福州长乐国际机场二期扩建工程进入收尾，宝兰铁路复线开始铺轨。")
    assert "福州长乐国际机场二期扩建工程" in got, got
    assert "宝兰铁路复线" in got, got


def test_a_stretch_of_time_or_a_count_of_sections_is_no_section(pipeline):
    got = projects(pipeline, "兰州至合作铁路进入阶段性验收，甘肃境内高速公路其他标段正在施工。")
    assert not any(n.endswith(("阶段", "标段")) for n in got), got


def test_a_line_named_by_its_two_ends(pipeline):
    got = projects(pipeline, "黑龙江哈伊高铁和云南弥蒙高铁加快建设，湘桂两地的梧柳高速全线通车。")
    assert {"哈伊高铁", "弥蒙高铁", "梧柳高速"} <= got, got


def test_a_kind_of_line_is_no_line(pipeline):
    got = projects(pipeline, "湖南将建设一批过江通道、市域铁路和电力外送通道，这条高铁已由高速公路接驳。")
    assert not got, got


def events(pipeline, text):
    return named(pipeline, text, "Event")


def test_a_headline_opening_with_an_event_names_it(pipeline):
    got = events(pipeline, "2024四川国际茶业博览会在成都开幕\n第五届黔货出山成果展在贵阳举行。")
    assert "2024四川国际茶业博览会" in got, got
    assert "第五届黔货出山成果展" in got, got
    assert not events(pipeline, "湖南省委书记出席大会开幕。"), "a clause about a meeting names none"


def test_a_meeting_attended_is_named(pipeline):
    got = events(pipeline, "省长在长沙出席湘商企业家座谈会并讲话，还参加了“湘约非洲”中外记者见面会。")
    assert "湘商企业家座谈会" in got, got
    assert "“湘约非洲”中外记者见面会" in got, got


def test_a_dash_after_a_kind_of_work_opens_the_work_s_name(pipeline):
    got = projects(pipeline, "云南省重点水利工程——滇西北引洱入宾灌区工程开工，贵黄高速控制性工程——乌江特大桥顺利合龙。")
    assert "滇西北引洱入宾灌区工程" in got, got
    assert "乌江特大桥" in got, got
    rules = {m.rule for m in pipeline.recognizer("d", "省重点工程——昆明配套工程加快建设。", NOWHERE)}
    assert "project.dashed" not in rules, "a part of a work, described (配套工程), is named by no dash"


def orgs(pipeline, text):
    return {m.text for m in pipeline.recognizer("d", text, NOWHERE) if m.type == "Organization" and not m.nested and not m.generic}


def test_a_body_founded_or_quoted_whole_is_named(pipeline):
    got = orgs(pipeline, "两省共建川渝氢能装备联合检测中心、成渝中医药创新合作中心，并设立“丝路电商人才培训学院”。")
    assert {"川渝氢能装备联合检测中心", "成渝中医药创新合作中心", "丝路电商人才培训学院"} <= got, got


def test_a_count_or_a_kind_of_body_founded_is_no_name(pipeline):
    got = orgs(pipeline, "福建将建设国际科技创新中心，成立产业创新中心，设立20家专精特新服务站。")
    assert not got, got


def test_a_river_named_by_its_basin_or_banks_is_a_place(pipeline):
    places = {n for n, t in {(m.text, m.type) for m in pipeline.recognizer("d", "湖南沿沅江建设生态廊道，资水流域水质持续向好。", NOWHERE)} if t == "Place"}
    assert {"沅江", "资水"} & places and "沅江" in places, places
    got = {m.text for m in pipeline.recognizer("d", "祖国山河两岸的银河流域。", NOWHERE) if m.rule == "place.feature"}
    assert not got, got


def test_works_of_upgrading_after_a_hub(pipeline):
    from kg.types import Locale

    got = {(m.text, m.type) for m in pipeline.recognizer("d", "重点推进合肥铁路枢纽改造提升工程等在建项目。", Locale()) if not m.nested}
    assert ("合肥铁路枢纽改造提升工程", "Project") in got, got


def test_a_line_named_by_its_ends_and_xian(pipeline):
    # a Guangdong paper: 广州至湛江线 is a line; 一线城市 after two places is a rank, no line
    got = projects(pipeline, "广州至湛江线全线贯通，北京至上海一线城市房价回落。")
    assert "广州至湛江线" in got, got
    assert not any(t.endswith("一线") for t in got), got


def test_a_clan_place_starting_with_a_preposition_character_is_whole(pipeline):
    # a Sichuan sentence: 向家坝 (向 a surname, not "towards") names the dam and its irrigation district
    got = {(m.text, m.type) for m in pipeline.recognizer("d", "今年，向家坝灌区二期工程加快建设。", Locale()) if not m.nested}
    assert any(n.startswith("向家坝") and t == "Project" for n, t in got), got


def test_a_programmes_rank_before_a_works_name_and_waterways(pipeline):
    # a Fujian and a Guangxi sentence: “十五五”重大工程 says the rank, 温福高铁福建段 the work; 航道 heads a waterway
    got = {(m.text, m.type) for m in pipeline.recognizer("d", "在“十四五”重大工程福厦高铁泉州段，建设者坚守一线。", Locale()) if not m.nested}
    assert any(n.startswith("福厦高铁") and t == "Project" for n, t in got), got
    got = {(m.text, m.type) for m in pipeline.recognizer("d", "西江航道扩能升级后，通航能力大幅提升。", Locale()) if not m.nested}
    assert ("西江航道", "Project") in got, got


def test_a_bilateral_works_name_starts_at_china(pipeline):
    # a Fujian and a Jiangsu sentence: 中国-X + the work's name, the walk stopped at the dash
    got = {(m.text, m.type) for m in pipeline.recognizer("d", "中国-沙特古雷乙烯项目建设顺利。", Locale()) if not m.nested}
    assert ("中国-沙特古雷乙烯项目", "Project") in got, got
    got = {(m.text, m.type) for m in pipeline.recognizer("d", "中国—新加坡苏州工业园区合作项目启动。", Locale()) if not m.nested}
    assert any(n.startswith("中国—新加坡") and t == "Project" for n, t in got), got


def test_a_word_jieba_guessed_a_verb_inside_a_work_s_name_is_the_name_s(pipeline):
    # 散裂 is no word of jieba's dictionary: its guess (v) must not cut the name after 中国
    assert "中国散裂中子源二期工程" in projects(pipeline, "广东正加快建设中国散裂中子源二期工程等大科学装置。")
    # a kind of water works is named by its verb, as 引水工程 and 调水工程 are
    assert any(p.endswith("景泰川电力提水工程") for p in projects(pipeline, "甘肃景泰川电力提水工程惠及百万群众。"))
    # what was done to a body is no work of its name
    assert not any("混改" in p for p in projects(pipeline, "国资委混改项目稳步推进。"))


def test_parts_of_one_work_listed_in_its_name_stay_in_the_name(pipeline):
    # a route or phase on either side of 、 (东、中线, 二、三期) belongs to the one work the name ends with
    assert "南水北调东、中线一期工程" in projects(pipeline, "河南段南水北调东、中线一期工程累计调水超过百亿立方米。")
    assert any(p.endswith("航道二、三期工程") for p in projects(pipeline, "广西防城港30万吨级航道二、三期工程开工。"))
    # a list of two works is two
    assert not any("、" in p for p in projects(pipeline, "引江济淮工程、南水北调中线工程加快建设。"))


def test_events_listed_and_held_together_are_each_named(pipeline):
    got = events(pipeline, "入冬以来，哈尔滨冰雪大世界冰雪节、亚布力滑雪旅游节等相继举办。")
    assert {"哈尔滨冰雪大世界冰雪节", "亚布力滑雪旅游节"} <= got, got


def test_an_occasion_named_with_a_conjunction_is_one_event(pipeline):
    got = events(pipeline, "会议传达了领导在推进长江经济带生态保护和绿色发展座谈会上的讲话。")
    assert "推进长江经济带生态保护和绿色发展座谈会" in got, got


def test_two_fields_joined_in_one_base_s_name_and_two_works_joined_by_he(pipeline):
    # 与[沙|产业]: the segmenter split the compound after the conjunction; the base is still one name
    assert any(p.endswith("沙漠绿化与沙产业发展基地") for p in projects(pipeline, "新疆沙漠绿化与沙产业发展基地吸引游客。"))
    got = projects(pipeline, "引黄入晋工程南干线工程和北干线工程相继完工。")
    assert not any("和" in p for p in got), got


def test_who_attended_is_no_part_of_a_meeting_s_name(pipeline):
    got = events(pipeline, "论坛在湖北武汉举行，约300名中外代表出席会议。")
    assert not any("代表" in e for e in got), got


def test_an_event_a_sentence_opens_with_after_its_dateline_is_named(pipeline):
    got = events(pipeline, "昨天（5月12日），2024世界物联网博览会在江苏无锡开幕。")
    assert "2024世界物联网博览会" in got, got


def test_one_after_another_of_a_kind_is_no_name(pipeline):
    assert not projects(pipeline, "近年来，当地建成一个个民生工程，群众生活明显改善。")


def test_works_joined_by_ji_to_a_built_work_are_one_project(pipeline):
    # a Yunnan and a Hubei sentence: 水利枢纽及配套工程, 机场扩建及配套工程 (not 以及, which lists another project)
    got = projects(pipeline, "云南阿岗水库及配套灌区工程和鄂州花湖机场扩建及配套工程同日开工。")
    assert {"云南阿岗水库及配套灌区工程", "鄂州花湖机场扩建及配套工程"} <= got, got
    got = projects(pipeline, "湖北加快推进武汉天河机场以及重大民生项目建设。")
    assert not any("以及" in n for n in got), got


def test_a_line_named_by_its_ends_takes_the_project_word_after_it(pipeline):
    # a Qinghai and a Hubei sentence: [西宁至成都铁路]项目, [潜江至韶关输气管道]工程: the project is the line's
    got = projects(pipeline, "西宁至成都铁路项目加快建设，湖北潜江至广东韶关输气管道工程日前投产。")
    assert {"西宁至成都铁路项目", "潜江至广东韶关输气管道工程"} <= got, got


def test_a_heritage_or_a_list_of_projects_names_no_project(pipeline):
    # a Sichuan and a Jiangsu sentence: 世界灌溉工程|遗产 (a heritage), 实事项目|清单 (a list): no work is named
    got = projects(pipeline, "四川再添两处世界灌溉工程遗产，2025年世界灌溉工程遗产名录今天公布；浙江省重大民生实事项目清单发布。")
    assert not any(n.endswith(("灌溉工程", "实事项目")) for n in got), got
