"""CLUENER's conventions the recogniser follows where they read as general rules (own example sentences, Guangdong)."""
from __future__ import annotations

from kg.types import Locale

from .conftest import listed

GUANGDONG = Locale(province="广东省", city="广州市")


def _typed(pipeline, text):
    return [(m.text, m.type) for m in pipeline.recognizer("d", text, GUANGDONG) if not m.nested]


def test_a_foreign_city_that_plays_a_match_is_its_team(pipeline):
    got = _typed(pipeline, "欧冠小组赛第五轮，马德里竞技主场迎战利物浦，赛前利物浦客场战绩不佳。")
    assert ("利物浦", "Organization") in got and ("利物浦", "Place") not in got
    got = _typed(pipeline, "本轮荷兰主场迎战挪威，两队上次交手战成平局。")
    assert ("荷兰", "Organization") in got and ("挪威", "Organization") in got
    assert ("里昂", "Organization") in _typed(pipeline, "里昂本赛季伤病不断，主帅已无人可用。")  # a season, injuries, a manager


def test_a_lottery_pages_words_of_rounds_suspensions_and_records_make_a_match_report(pipeline):
    got = _typed(pipeline, "上轮爆冷不敌萨格勒布之后，里昂本轮射手回归。")
    assert ("萨格勒布", "Organization") in got and ("里昂", "Organization") in got, got
    got = _typed(pipeline, "历史上佛罗伦萨对都灵3胜1平2负稍占上风。")
    assert ("佛罗伦萨", "Organization") in got, got
    assert ("佛罗伦萨", "Place") in _typed(pipeline, "本轮调研中，考察团抵达佛罗伦萨。")  # where a round is held stays a place


def test_where_a_match_is_played_stays_a_place(pipeline):
    assert ("利物浦", "Place") in _typed(pipeline, "球队周二晚抵达利物浦，下榻市中心酒店。")
    assert ("曼彻斯特", "Place") in _typed(pipeline, "两队首回合在曼彻斯特互交白卷，本场主队只需取胜。")
    assert ("罗马", "Place") in _typed(pipeline, "上轮罗马德比中，主队控球占优。")
    assert ("乌拉圭", "Place") in _typed(pipeline, "主队头号射手与乌拉圭主力中卫均已伤愈。")  # a player's country


def test_kg_ner_lists_no_kind_of_company(pipeline):
    from kg.extract import ner

    text = "今年以来，深圳已有多家外资银行和信托公司下调房贷利率，市公安机关提醒市民防范诈骗。"
    got = [(e["text"], e["type"]) for e in ner(text, pipeline=pipeline)["entities"]]
    assert not any(t in ("外资银行", "信托公司") for t, _ in got)  # kinds of companies, no names: no corpus labels them
    assert ("市公安机关", "GovernmentBody") in got  # a kind of body the corpora do label stays
    assert any(m.text == "外资银行" and m.generic for m in pipeline.recognizer("d", text, GUANGDONG))  # the recogniser's reading is unchanged


def test_kg_ner_lists_no_bank_by_what_it_does_nor_company_by_its_line_of_business(pipeline):
    from kg.extract import ner

    text = "成都市民如发现异常，应及时拨打发卡银行客服电话，不要轻信所谓猎头公司或中介公司的说法，招商银行已发布提示。"
    got = [(e["text"], e["type"]) for e in ner(text, pipeline=pipeline)["entities"]]
    assert not any(t in ("发卡银行", "猎头公司", "中介公司") for t, _ in got), got  # kinds: no name, no node
    assert ("招商银行", "Enterprise") in got  # a bank named with words of the language is a name


def test_a_foreign_countrys_ministry_mission_and_court_are_its_government_bodies(pipeline):
    text = "据悉，斯里兰卡外务省表示欢迎。他说，加纳驻华使馆将协助办理，老挝最高法院已受理此案。"
    got = _typed(pipeline, text)
    assert ("斯里兰卡外务省", "GovernmentBody") in got and ("加纳驻华使馆", "GovernmentBody") in got
    assert ("老挝最高法院", "GovernmentBody") in got


def test_the_big_state_banks_listed_by_one_character_are_each_a_bank(pipeline):
    from kg.extract import ner

    text = "记者走访了工、农、中、建、交5家国有银行在广州的网点，食品加工、农业贷款均有增长。"
    got = [(e["text"], e["canonical"]) for e in ner(text, pipeline=pipeline)["entities"] if e["type"] == "Enterprise"]
    assert got == [("工", "中国工商银行"), ("农", "中国农业银行"), ("中", "中国银行"), ("建", "中国建设银行"), ("交", "交通银行")]


def test_a_research_society_is_named_by_its_suffix(pipeline):
    got = _typed(pipeline, "中国客家文化研究会副会长在梅州表示，将继续开展田野调查。")
    assert ("中国客家文化研究会", "Organization") in got


def test_a_football_league_is_an_organisation(pipeline):
    got = _typed(pipeline, "寻找冷门：主抓德甲，俄超球队客场难胜。")
    assert ("德甲", "Organization") in got and ("俄超", "Organization") in got


def test_an_organ_of_the_state_named_by_its_kind_is_listed_but_makes_no_node(pipeline):
    from kg.extract import ner

    text = "嫌疑人随后被公安机关刑事拘留，法院审理后认为，江门市中级人民法院的判决并无不当。"
    got = [(e["text"], e["type"]) for e in ner(text, pipeline=pipeline)["entities"]]
    assert ("公安机关", "GovernmentBody") in got and ("法院", "GovernmentBody") in got
    assert ("江门市中级人民法院", "GovernmentBody") in got  # a longer name around one wins
    got = [(e["text"], e["type"]) for e in ner("据派出所民警介绍，税务部门已介入调查，地方政府更应抓紧落实。", pipeline=pipeline)["entities"]]
    assert got == [("派出所", "GovernmentBody"), ("税务部门", "GovernmentBody"), ("地方政府", "GovernmentBody")]
    got = [(e["text"], e["type"]) for e in ner("记者从民政部门获悉，住保部门将于下周公示名单。", pipeline=pipeline)["entities"]]
    assert got == [("民政部门", "GovernmentBody"), ("住保部门", "GovernmentBody")]  # the department of a field
    assert all(m.generic for m in pipeline.recognizer("d", text, GUANGDONG) if m.text in ("公安机关", "法院"))


def test_a_countrys_army_by_its_one_character_is_a_government_body(pipeline):
    got = _typed(pipeline, "边境一线，印军近日增派兵力。韩军称，越军当天举行了演习。")
    assert [t for t, typ in got if typ == "GovernmentBody"] == ["印军", "韩军", "越军"]  # (韩军称: no person who speaks)
    assert not any(t == "美军" for t, _ in _typed(pipeline, "分析人士认为，韩美军演很可能如期举行。"))  # 军演, a word
    army = [m for m in pipeline.recognizer("d", "展现日军侵华暴行。", GUANGDONG) if m.text == "日军"]
    assert army and all(m.generic and m.type == "GovernmentBody" for m in army)  # a kg ner mention, no node: no news reader lists it


def test_foreign_banks_and_auction_houses_by_their_short_names_are_companies(pipeline):
    got = _typed(pipeline, "近日，新韩、法兴等外资行下调了房贷利率；苏富比今秋在香港的拍卖也引人关注。")
    assert {("新韩", "Enterprise"), ("法兴", "Enterprise"), ("苏富比", "Enterprise")} <= set(got)


def test_steel_groups_and_banks_by_their_short_names_are_companies_even_glued_to_a_preposition(pipeline):
    got = _typed(pipeline, "据河北媒体报道，唐钢与邯钢近日联合发布新品，马钢也在安徽推出了同类产品。")
    assert {("唐钢", "Enterprise"), ("邯钢", "Enterprise"), ("马钢", "Enterprise")} <= set(got), got
    got = _typed(pipeline, "该铁矿项目位于西澳，另一股东为力拓。除招商银行和平安银行外，多数银行未跟进。")
    assert {("力拓", "Enterprise"), ("平安银行", "Enterprise")} <= set(got), got  # (为力拓: one word to the segmenter)


def test_a_players_country_is_no_team_and_a_squad_is_named_with_its_country(pipeline):
    got = _typed(pipeline, "女子单打决赛中，中国选手王曼昱2比1战胜日本选手早田希娜，获得冠军。")
    assert ("日本", "Place") in got, got
    got = _typed(pipeline, "本轮比赛中，主场作战的泰国女足战胜客场的韩国女足。")
    assert ("韩国女足", "Organization") in got, got


def test_a_country_named_in_full_then_by_its_first_character_is_that_country(pipeline):
    def short(text):
        return [(m.text, m.canonical) for m in pipeline.recognizer("d", text, Locale(province="新疆维吾尔自治区")) if m.rule == "abbr.named"]

    assert ("哈", "哈萨克斯坦") in short("哈萨克斯坦总理在阿斯塔纳会见新疆代表团，介绍了哈农业发展情况。")
    assert ("土", "土耳其") in short("土耳其央行周四宣布加息，土通胀率已连续三个月上升。")
    # the last word opening with the character is another name's (阿拉伯国家), the character opens a country (赴南苏丹),
    # follows a numeral (日本…28日) or stands in brackets (刚果（布）): no short name
    assert not short("阿联酋代表出席了论坛。阿拉伯国家代表表示，中阿合作前景广阔。")
    assert not short("南非总统会见了维和部队代表，部队下月赴南苏丹执行任务。")
    assert not short("布隆迪总统和日本首相28日会见了刚果（布）总统。")


def test_a_bare_service_of_the_armed_forces_is_listed_but_makes_no_node_and_chinas_armies_are_bodies(pipeline):
    ms = [m for m in pipeline.recognizer("d", "老兵退役后一直关心空军建设，也关注陆军发展。当年新四军在这里建立了根据地。", GUANGDONG) if not m.nested]
    got = {(m.text, m.type): m.generic for m in ms}
    assert got.get(("空军", "GovernmentBody")) is True and got.get(("陆军", "GovernmentBody")) is True  # whose service: no node
    assert got.get(("新四军", "GovernmentBody")) is False  # a body by its name
    # a given name the segmenter cuts from its surname (授予马|海军) is a person's, no service
    assert ("海军", "GovernmentBody") not in _typed(pipeline, "省总工会授予马海军“浙江工匠”称号。")


def test_a_companys_unit_written_after_its_name_is_the_company_s_named_whole(pipeline):
    got = _typed(pipeline, "市民可向招行、建行宁波分行咨询办理。记者从浦发银行信用卡中心获悉，这件瓷器将由佳士得拍卖行在香港上拍。")
    assert {("建行宁波分行", "Enterprise"), ("浦发银行信用卡中心", "Enterprise"), ("佳士得拍卖行", "Enterprise")} <= set(got)
    assert ("宁波分行", "Enterprise") not in got and ("建行", "Enterprise") not in got
    # a ministry's data centre stays the organisation the news readers list
    assert ("文化和旅游部数据中心", "Organization") in _typed(pipeline, "文化和旅游部数据中心发布的数据显示，假期出游人数增长。")


def test_a_companys_arm_in_a_region_written_in_brackets_after_its_name_is_one_company(pipeline):
    got = _typed(pipeline, "记者从汇丰银行（中国）获悉，该行将在成都新设两家支行。")
    assert ("汇丰银行（中国）", "Enterprise") in got and ("中国", "Place") not in got, got
    got = _typed(pipeline, "东亚银行（中国）有限公司成都分行昨日开业。")  # the legal name, read whole by the suffix rule
    assert ("东亚银行（中国）有限公司成都分行", "Enterprise") in got, got


def test_a_suffix_name_ending_inside_a_world_list_name_gives_way_to_it(pipeline):
    got = _typed(pipeline, "竞彩前瞻：受周中联盟杯影响，本轮多支球队轮换，上季联盟杯冠军客场作战。")
    assert ("联盟杯", "Organization") in got and not any(t.endswith("联盟") for t, _ in got)


def test_a_rare_verb_before_a_known_name_is_no_part_of_it(pipeline):
    got = _typed(pipeline, "另有交通银行参与竞购，最终由浙商银行胜出。")
    assert ("交通银行", "Enterprise") in got and not any(t.startswith("另有") for t, _ in got)


def test_a_departments_unit_written_after_it_is_one_government_body(pipeline):
    got = _typed(pipeline, "广州市公安局刑警支队民警介绍，嫌疑人已被刑拘。商务部外资司负责人表示，政策将延续。")
    assert ("广州市公安局刑警支队", "GovernmentBody") in got and ("商务部外资司", "GovernmentBody") in got
    # a word ending with the head is no unit (全局, 布局)
    assert ("农业农村部", "GovernmentBody") in _typed(pipeline, "农业农村部优化建设布局，党中央立足全局作出部署。")


def test_a_foreign_ministry_of_any_field_is_its_government_body_before_the_ministers_post(pipeline):
    got = _typed(pipeline, "挪威渔业部长表示，将调整捕捞配额。据悉，肯尼亚旅游部已开放签证申请。")
    assert ("挪威渔业部", "GovernmentBody") in got and ("肯尼亚旅游部", "GovernmentBody") in got


def test_an_autonomous_regions_level_is_written_whole_before_its_organs(pipeline):
    from kg.recognize import Recognizer

    rules = Recognizer(pipeline.lexicon, pipeline.segmenter, model=None)  # the department rule itself, as where the model is unsure
    got = {(m.text, m.type) for m in rules("d", "会议传达了自治区党委的部署，经自治州政府批准，项目正式开工。", GUANGDONG) if not m.nested}
    assert ("自治区党委", "GovernmentBody") in got and ("自治州政府", "GovernmentBody") in got


def test_local_departments_by_their_names_before_the_2018_reform_are_government_bodies(pipeline):
    from kg.recognize import Recognizer

    rules = Recognizer(pipeline.lexicon, pipeline.segmenter, model=None)  # the department list itself (the shipped model learnt some)
    text = "记者从四川保监局获悉，新规下月实施。此前，市建委已会同市房管局完成摸底，县人事局也已报送名单。"
    got = {(m.text, m.type) for m in rules("d", text, GUANGDONG) if not m.nested}
    assert {("四川保监局", "GovernmentBody"), ("市建委", "GovernmentBody"), ("市房管局", "GovernmentBody"), ("县人事局", "GovernmentBody")} <= got


def test_an_armed_forces_name_is_a_government_body_whatever_the_model_types_it(pipeline):
    got = _typed(pipeline, "记者从海南三亚获悉，南海舰队某驱逐舰支队近日开展远海训练。")
    assert ("南海舰队", "GovernmentBody") in got, got  # (the model: an Organization)
    got = _typed(pipeline, "本轮主场迎战红军，主队伤兵满营。")  # a club's nickname ends with no head of an armed force's name
    assert ("红军", "GovernmentBody") not in got


def test_a_central_bank_is_a_government_body_as_the_peoples_bank_is(pipeline):
    got = _typed(pipeline, "据深圳媒体报道，中国人民银行与巴西中央银行签署了双边本币互换协议。")
    assert ("巴西中央银行", "GovernmentBody") in got and ("中国人民银行", "GovernmentBody") in got, got
    assert ("中央银行", "GovernmentBody") in _typed(pipeline, "去年以来，中央银行两次下调存款准备金率。")


def test_a_foreign_state_organ_whose_last_character_the_segmenter_glued_to_the_next(pipeline):
    got = _typed(pipeline, "据广州媒体援引外电报道，日本防卫省要在冲绳增建雷达站。")  # 防卫|省要|在
    assert ("日本防卫省", "GovernmentBody") in got, got


def test_an_organ_of_the_state_by_its_kind_is_named_with_the_place_written_before_it(pipeline):
    from kg.extract import ner
    from kg.recognize import Recognizer

    text = "在省公安厅指挥部署下，普洱公安机关积极与老挝警方开展执法合作。"
    got = [(e["text"], e["type"]) for e in ner(text, pipeline=pipeline)["entities"]]
    assert ("普洱公安机关", "GovernmentBody") in got and ("普洱", "Place") in got, got  # (the place stays a name of its own)
    rules = Recognizer(pipeline.lexicon, pipeline.segmenter, model=None)  # the rule itself, as where the model has nothing
    ms = [m for m in rules("d", "记者随即拨打了长沙警方的电话，申请人须到区民政部门补交材料，全市公安机关也已介入。", GUANGDONG) if not m.nested]
    got = {(m.text, m.type): m.generic for m in ms}
    assert got.get(("长沙警方", "GovernmentBody")) is True and got.get(("长沙", "Place")) is False  # no node; the place stays one
    assert ("区民政部门", "GovernmentBody") in got and ("全市公安机关", "GovernmentBody") not in got and ("公安机关", "GovernmentBody") in got
    got = [(m.text, m.type) for m in rules("d", "中国公安机关与老挝警方开展执法合作。", GUANGDONG) if not m.nested]
    assert ("公安机关", "GovernmentBody") in got and ("中国公安机关", "GovernmentBody") not in got  # the home country's, as 中国政府


def test_a_body_named_after_its_place_keeps_words_the_segmenter_tags_as_adverbs_verbs_or_counts(pipeline):
    got = _typed(pipeline, "据英国边境防御局介绍，湖北联达四方房地产经纪公司的一位经理说，成交量回升。")
    assert ("英国边境防御局", "GovernmentBody") in got, got  # 防御/v inside an organ's name, not a clause's verb
    assert ("湖北联达四方房地产经纪公司", "Enterprise") in got, got  # 四方 is no count here
    got = _typed(pipeline, "首尔拍卖行本月推出专场，香港拍卖行也将跟进。")
    assert ("首尔拍卖行", "Enterprise") in got, got  # 首尔/d, 拍卖行/v to the segmenter
    got = _typed(pipeline, "据印度空间研究组织表示，卫星已进入预定轨道。")
    assert ("印度空间研究组织", "GovernmentBody") in got, got  # 组织/v: a body's head all the same
    got = _typed(pipeline, "浙江温州设立海外投资与贸易咨询服务中心，河北组成海关、税务等部门专班。")
    assert not any(t.startswith(("浙江", "河北")) and len(t) > 4 for t, _ in got), got  # a place and its verb: a clause


def test_a_companys_arm_in_a_region_named_by_its_short_name_and_the_region(pipeline):
    got = _typed(pipeline, "宜家中国将在长沙开设第二家门店，佳士得香港秋拍成交额创新高。")
    assert ("宜家中国", "Enterprise") in got and ("佳士得香港", "Enterprise") in got, got  # as 渣打银行（中国）
    got = _typed(pipeline, "华为中国区总裁表示，工行香港分行将于下月开业。")
    assert ("华为", "Enterprise") in got and not any(t.startswith("华为中国") for t, _ in got), got  # the region's area, no arm


def test_an_organ_ending_in_a_char_the_model_list_lacked_or_glued_to_the_next_word(pipeline):
    assert ("美联储", "GovernmentBody") in _typed(pipeline, "分析人士认为，美联储将在年内再次加息。")  # 储: a central bank
    assert ("广州地税", "GovernmentBody") in _typed(pipeline, "广州地税的相关负责人表示，新政将于下月实施。")  # 税: the tax office
    got = _typed(pipeline, "英国边境局将收紧签证审查，澳大利亚移民局称新规下月生效。")
    assert ("英国边境局", "GovernmentBody") in got, got  # 边境|局将: the segmenter glued the head to the next character


def test_a_citys_housing_security_office_by_its_short_name(pipeline):
    assert ("市住保办", "GovernmentBody") in _typed(pipeline, "市住保办近日发布通知，公租房申请将全面实行网上办理。")  # 住房保障办公室
    assert ("县住保办", "GovernmentBody") in _typed(pipeline, "据县住保办统计，今年共发放租赁补贴三百余户。")


def test_a_kind_of_bank_with_its_modifier_shed_leaves_no_one_character_name(pipeline):
    got = _typed(pipeline, "业内人士表示，很多中资企业已把存款从外资行转回中资行，外资行在人民币业务上仍处劣势。")
    assert not any(len(t) == 1 for t, _ in got), got  # 外资[行]: a kind, no bank named 行


def test_a_name_whose_first_character_the_segmenter_glued_to_a_conjunction(pipeline):
    assert ("加拉塔萨雷", "Organization") in _typed(pipeline, "本轮主队状态低迷，而加拉塔萨雷连胜势头正劲。")  # 而加|拉塔…
    assert ("大哈尔腾河", "Place") in _typed(pipeline, "工程从大哈尔腾河修建引水枢纽，引水至阿克塞县城。")  # 从大|哈尔腾河 (Gansu)


def test_the_central_banks_branches_are_government_bodies_as_the_bank_is(pipeline):
    got = _typed(pipeline, "据人民银行长沙中心支行统计，湖南省一季度新增贷款两千亿元。")
    assert ("人民银行长沙中心支行", "GovernmentBody") in got, got  # not an Enterprise by its 支行


def test_banks_by_short_names_that_are_no_words(pipeline):
    assert ("中行", "Enterprise") in _typed(pipeline, "口碑调查显示：招行最好中行最差。"), "companies.txt round 10"
    assert ("深发展", "Enterprise") in _typed(pipeline, "记者走访长沙多家银行发现，深发展日前下调了理财产品收益率。")


def test_a_departments_office_written_after_it_is_one_body(pipeline):
    sichuan = Locale(province="四川省", city="成都市")
    got = listed(pipeline, "成都市人民检察院公诉处处长李明介绍，该案已移送审查起诉。", sichuan)
    assert ("成都市人民检察院公诉处", "GovernmentBody") in got  # (公诉|处处长: the office's head opens its chief's post)
    got = listed(pipeline, "记者从绵阳市卫生局医政科了解到，两家医院已整改。", sichuan)
    assert ("绵阳市卫生局医政科", "GovernmentBody") in got
    got = listed(pipeline, "市环保局副局长兼处长王强出席会议。", sichuan)
    assert not any(t.startswith("市环保局副") for t, _ in got)  # (posts, no office)


def test_a_societys_department_written_after_its_name_is_one_organisation(pipeline):
    hubei = Locale(province="湖北省", city="武汉市")
    got = listed(pipeline, "湖北省消费者协会投诉部副主任王芳提醒，购买预付卡要谨慎。", hubei)
    assert ("湖北省消费者协会投诉部", "Organization") in got  # (投诉|部副|主任: the segmenter glues 部副)
    got = listed(pipeline, "武汉市律师协会维权部负责人表示，将依法处理。", hubei)
    assert ("武汉市律师协会维权部", "Organization") in got
    got = listed(pipeline, "市足球协会全体干部参加了会议。", hubei)
    assert not any(t.endswith("干部") for t, _ in got)  # (干部: cadres, no department)
