"""kg.people: person names completed across one document (own example sentences, Henan)."""
from __future__ import annotations

from kg.people import complete_truncated_people
from kg.types import Locale, Mention

from .conftest import people_in

HENAN = Locale(province="河南省", city="郑州市")


def test_a_name_cut_short_where_it_recurs_is_the_whole_name(pipeline):
    text = "位于新郑市的李素环工作室准时开门。44岁的李素环认真地整理着订单。“这是我的心愿。”李素环回忆道。自那以后，李素环积极拜访老兵。"
    people = [m.text for m in pipeline.recognizer("d", text, HENAN) if m.type == "Person"]
    assert people == ["李素环"] * 3  # jieba reads 李素/环: the model cut two of them short
    assert any(m.text == "李素环工作室" and m.type != "Person" for m in pipeline.recognizer("d", text, HENAN))  # the studio named after her


def test_completion_needs_the_longer_name_at_that_occurrence():
    text = "王建说，王建国来了。"
    ms = [Mention("d", 0, 2, "王建", "Person", "crf"), Mention("d", 4, 7, "王建国", "Person", "crf")]
    assert [m.text for m in complete_truncated_people(text, ms)] == ["王建", "王建国"]  # two people
    text = "王建国说，王建国来了。"
    ms = [Mention("d", 0, 2, "王建", "Person", "crf"), Mention("d", 5, 8, "王建国", "Person", "crf")]
    out = complete_truncated_people(text, ms)
    assert [(m.text, m.end, m.rule) for m in out] == [("王建国", 3, "person.completed"), ("王建国", 8, "crf")]
    assert all(text[m.start : m.end] == m.text for m in out)


def test_a_completion_never_overlaps_another_mention():
    text = "周明华中心发布，周明华说。"
    ms = [Mention("d", 0, 2, "周明", "Person", "crf"), Mention("d", 2, 5, "华中心", "Organization", "crf"), Mention("d", 8, 11, "周明华", "Person", "crf")]
    assert complete_truncated_people(text, ms)[0].text == "周明"


def test_a_byline_is_no_part_of_a_name(pipeline):
    got = [m.text for m in pipeline.recognizer("d", "郑州市举行活动。（通讯员李涛文/摄）", HENAN) if m.type == "Person"]
    assert got == ["李涛"]  # 文/摄: text and photo by 李涛


def test_a_name_read_one_character_into_the_next_word_is_cut_back(pipeline):
    from kg.types import Locale
    # written for this test in the style of national TV news from Hunan (the model reads 李强充 here)
    text = "李强在湖南长沙调研。李强充分肯定湖南经济社会发展取得的成绩。"
    people = [m.text for m in pipeline.recognizer("d", text, Locale()) if m.type == "Person"]
    assert people == ["李强", "李强"]


def test_a_word_of_the_language_after_a_post_is_no_name(pipeline):
    from kg.types import Locale
    # written for this test in the style of national TV news about Guizhou
    text = "在贵州考察时，总书记强调，要守好发展和生态两条底线。省委书记徐麟表示，将认真落实。"
    people = [m.text for m in pipeline.recognizer("d", text, Locale()) if m.type == "Person"]
    assert "强调" not in people and "徐麟" in people


def test_a_name_after_a_post_stops_before_deng(pipeline):
    from kg.types import Locale
    text = "浙江吉利控股集团董事长李书福等8位企业家代表发言。"
    people = [m.text for m in pipeline.recognizer("d", text, Locale()) if m.type == "Person"]
    assert people == ["李书福"], people


def test_a_preposition_frame_is_no_part_of_the_name_before_it(pipeline):
    """韩正以视频方式出席 (Beijing), 王宁以…身份 (Yunnan), 李明就…答记者问: the model read the
    preposition on; a given name with 以 in it (张以成) keeps it."""
    from kg.types import Locale

    def people(text: str) -> list[str]:
        return [m.text for m in pipeline.recognizer("d", text, Locale()) if m.type == "Person"]

    assert people("中共中央政治局常委、国务院副总理韩正以视频方式出席论坛并致辞。") == ["韩正"]
    assert people("省委书记王宁以视频方式出席活动。") == ["王宁"]
    assert people("市长李明就群众关心的问题答记者问。") == ["李明"]
    assert people("董事长张以成出席会议。") == ["张以成"]


def test_a_foreign_name_whose_first_character_was_glued_on_is_completed(pipeline):
    # a Heilongjiang paper: 同曼 is one word to the segmenter, so the model read 图罗夫; the article names 曼图罗夫
    from kg.types import Locale

    ms = pipeline.recognizer("d", "俄罗斯第一副总理曼图罗夫出席会议。会后，双方同曼图罗夫签署会议纪要。", Locale(province="黑龙江省"))
    assert [m.text for m in ms if m.type == "Person"] == ["曼图罗夫", "曼图罗夫"], ms



def test_a_verb_of_saying_that_closes_the_clause_is_no_part_of_a_name(pipeline):
    from kg.types import Locale
    # written for this test (a Hunan and a Guangdong paper): the post rule and the model took 说 or 称 into the name
    text = "湖南省商务厅副厅长李强称，今年将扩大开放。广东某银行前董事长张复说，改革势在必行。“大多数是男士。”郭菲称。"
    people = [m.text for m in pipeline.recognizer("d", text, Locale()) if m.type == "Person"]
    assert people == ["李强", "张复", "郭菲"], people
    text = "福建省省长王宁说出了心里话。"  # 说出: a word after the name, no end of the clause
    assert [m.text for m in pipeline.recognizer("d", text, Locale()) if m.type == "Person"] == ["王宁"]


def test_the_body_before_a_title_is_no_person(pipeline):
    from kg.types import Locale
    # written for this test: the segmenter tags 银监会 as a name before 主席
    ms = pipeline.recognizer("d", "今日下午，银监会主席刘明康在成都介绍四川银行业改革情况。", Locale())
    assert [m.text for m in ms if m.type == "Person"] == ["刘明康"]


def test_the_last_name_of_a_list_of_people_before_a_comma(pipeline):
    from kg.types import Locale
    # written for this test (a Hubei paper): the list's last item closes with a comma, not with 、
    text = "湖北省政协副主席王建国、刘小东、钱无忌、孙大海、周晓明，秘书长李平出席会议。"
    people = [m.text for m in pipeline.recognizer("d", text, Locale()) if m.type == "Person"]
    assert people == ["王建国", "刘小东", "钱无忌", "孙大海", "周晓明", "李平"], people


def test_a_foreign_name_after_a_post_stops_at_a_link_or_a_time(pipeline):
    from kg.types import Locale
    # written for this test in the style of international news: 为 and 时 join the name to the rest of the clause
    text = "伊朗总统任命内政部长努里为副总统。非洲开发银行行长卡巴杰时都强调合作。"
    people = [m.text for m in pipeline.recognizer("d", text, Locale()) if m.type == "Person"]
    assert "努里" in people and "卡巴杰" in people and not any(len(p) > 3 for p in people), people


def test_a_link_before_a_title_is_no_part_of_a_name(pipeline):
    from kg.types import Locale
    # written for this test (a Jiangxi school): 是 joins the subject to the title; 高帽 is no name either
    people = [m.text for m in pipeline.recognizer("d", "高帽是校长专用的，上课时校长就戴着它。", Locale()) if m.type == "Person"]
    assert people == [], people


def test_a_foreign_name_the_model_typed_a_place_listed_next_to_a_person_is_a_person():
    from kg.people_lists import foreign_listed
    # written for this test (a Guangdong football report): the model read 克莱尔 as a place and 赫苏斯 as a body
    text = "伤病困扰下，雷维埃、克莱尔和赫苏斯等人缺阵，广州、深圳的球迷很失望。"
    ms = [
        Mention("d", 6, 9, "雷维埃", "Person", "crf"),
        Mention("d", 10, 13, "克莱尔", "Place", "crf"),
        Mention("d", 14, 17, "赫苏斯", "Organization", "crf"),
        Mention("d", 22, 24, "广州", "Place", "gazetteer.short"),
        Mention("d", 25, 27, "深圳", "Place", "crf"),
    ]
    assert all(text[m.start : m.end] == m.text for m in ms)
    out = foreign_listed(text, ms)
    assert [(m.text, m.type) for m in out] == [
        ("雷维埃", "Person"), ("克莱尔", "Person"), ("赫苏斯", "Person"), ("广州", "Place"), ("深圳", "Place")
    ]
    assert foreign_listed(text, [m for m in ms if m.text != "雷维埃"]) == [m for m in ms if m.text != "雷维埃"]  # no person: nothing to follow
    # a country the world list knows, and a name that is only the start of its list item, stay as typed
    text = "翁赛维索、马来西亚副总理出席；雷维埃、克莱尔队长出席。"
    ms = [Mention("d", 0, 4, "翁赛维索", "Person", "crf"), Mention("d", 5, 9, "马来西亚", "Place", "crf"),
          Mention("d", 15, 18, "雷维埃", "Person", "crf"), Mention("d", 19, 22, "克莱尔", "Place", "crf")]
    assert all(text[m.start : m.end] == m.text for m in ms)
    assert foreign_listed(text, ms) == ms


def test_a_name_after_a_role_that_is_no_post(pipeline):
    from kg.people import people_after_posts
    from kg.types import Locale
    # written for this test (a Guangdong sports page, a Hubei bank): roles people are named by; a surname
    # and an honorific is no name
    text = "荣获冠军的广东名将付家峻；湖北某银行营业员陈女士为其开票。"
    out = people_after_posts("d", text, [], pipeline.lexicon.surnames, pipeline.segmenter.cut)
    assert [(m.text, m.rule) for m in out] == [("付家峻", "person.after-post")]
    people = [m.text for m in pipeline.recognizer("d", text, Locale()) if m.type == "Person"]
    assert "付家峻" in people and not any("女士" in p for p in people), people


def test_words_after_a_post_or_a_role_are_no_name(pipeline):
    from kg.people import people_after_posts
    # written for this test (a Shaanxi university, a Jilin bank): a surname-like first character, then words
    text = "西北大学暂停办理学生信用卡，延长学生毕业后的实习期；吉林银行首席经济学家、博士曾表示：要稳健。"
    out = people_after_posts("d", text, [], pipeline.lexicon.surnames, pipeline.segmenter.cut)
    assert out == [], [m.text for m in out]
    out = people_after_posts("d", "广东队的球员都曾在场上得分。", [], pipeline.lexicon.surnames, pipeline.segmenter.cut)
    assert out == [], [m.text for m in out]  # 都: all of them, no surname here


def test_the_home_country_before_a_post_makes_no_foreign_name(pipeline):
    from kg.types import Locale
    # written for this test (a Shanghai bank): 中国 in the bank's name is no foreign country whose official
    # would be named by a transliterated name running on to 则
    text = "花旗中国执行副行长石安楠则强调了风险控制。"
    people = [m.text for m in pipeline.recognizer("d", text, Locale()) if m.type == "Person"]
    assert not any(p.endswith("则") for p in people), people


def test_a_name_the_segmenter_made_up_and_tagged_a_verb_is_still_a_name(pipeline):
    from kg.recognize.context import Context
    from kg.recognize.persons import person_like
    # written for this test (a Yunnan paper on Thai politics): rjieba reads 差瓦立 as one unknown word
    # and tags it v; only a dictionary word of that tag (严肃) is a word and no name
    text = "泰国前总理差瓦立访问昆明，他严肃指出。"
    ctx = Context(text, pipeline.segmenter.tokens(text))
    tok = ctx.token_at(5)
    assert tok is not None and (tok.text, tok.pos) == ("差瓦立", "v")
    assert person_like(ctx, 5, 8)
    s = text.index("严肃")
    assert ctx.token_at(s).text == "严肃" and not person_like(ctx, s, s + 2)


def test_a_foreign_name_after_a_post_stops_at_a_date_at_de_and_at_a_word(pipeline):
    from kg.types import Locale
    # written for this test in the style of international news in a Sichuan paper
    text = "埃及住房部长瓦利六日宣布扩建计划。议会通过了弹劾内政部长努里的议案。美国总统奥巴马最初的方案被否决。"
    people = [m.text for m in pipeline.recognizer("d", text, Locale()) if m.type == "Person"]
    assert people == ["瓦利", "努里", "奥巴马"], people


def test_the_surname_said_again_with_an_honorific_is_no_part_of_the_name(pipeline):
    from kg.types import Locale
    # written for this test (a Zhejiang and a Fujian paper): the full name, then 孙女士 / 李先生
    for text, name in (("杭州留学中心总监孙晶孙女士。", "孙晶"), ("厦门某公司负责人李明李先生介绍了情况。", "李明")):
        people = [m.text for m in pipeline.recognizer("d", text, Locale()) if m.type == "Person"]
        assert people == [name], people


def test_times_words_and_posts_inside_words_make_no_names(pipeline):
    from kg.types import Locale
    # written for this test (a Jiangsu paper's world and local pages): a weekday, a verb, a press
    # conference, a field of study, a small town, a boss by his surname, 常委 inside 委员会
    text = ("法国总理周二晚表示支持。有专家计算出这样的几率很低。联合国禁毒署署长在记者招待会上表示关切。"
            "美国一所大学的皮肤学教授出席。格拉斯小镇市长来访。苏州某集团副总经理方总，"
            "他们成立了“临时非常委员会”。")
    people = [m.text for m in pipeline.recognizer("d", text, Locale()) if m.type == "Person"]
    assert people == [], people
    people = [m.text for m in pipeline.recognizer("d", "江苏省省长周海兵表示，", Locale()) if m.type == "Person"]
    assert people == ["周海兵"], people


def test_titles_of_foreign_kings_and_ministers_name_the_holder(pipeline):
    from kg.types import Locale
    # written for this test in the style of national TV news (a summit in Hainan): 国王 and 大臣 are no
    # posts of the post list; 国王 inside 苏丹国王宫 is no title
    text = "巴林国王哈马德、埃及总统塞西出席。柬埔寨副首相兼内阁办公厅大臣翁赛维索在海口发言。这里的苏丹国王宫很美。"
    people = [m.text for m in pipeline.recognizer("d", text, Locale()) if m.type == "Person"]
    assert people == ["哈马德", "塞西", "翁赛维索"], people


def test_kinds_of_people_and_pairs_of_countries_are_no_person(pipeline):
    from kg.types import Locale
    # written for this test (an Inner Mongolia and a Liaoning story)
    text = "要培养更多懂科技、会管理的新型职业农牧民。辽宁成为除日韩以外第三个实现量产的地区。晋沪两地携手合作。"
    people = [m.text for m in pipeline.recognizer("d", text, Locale()) if m.type == "Person"]
    assert people == [], people


def test_two_provinces_are_no_person_however_unsure_the_model_may_be(pipeline):
    from kg.recognize import Recognizer
    from kg.types import Locale
    rec = Recognizer(pipeline.lexicon, pipeline.segmenter)
    rec.min_margin_person = 0.0  # every name the model finds, however unsure
    people = [m.text for m in rec("d", "晋沪两地携手合作，川渝两地共建经济圈。", Locale()) if m.type == "Person"]
    assert people == [], people


def test_two_people_joined_by_with_are_two_people(pipeline):
    # jieba glues 同 to the first name (王毅同|拉夫罗夫) or the first character of the second to 同 (同曼|图罗夫)
    got = {(m.text, m.type) for m in pipeline.recognizer("d", "昨天，王毅同拉夫罗夫在莫斯科举行会谈。", Locale()) if not m.nested}
    assert {("王毅", "Person"), ("拉夫罗夫", "Person")} <= got, got
    got = {(m.text, m.type) for m in pipeline.recognizer("d", "国务院副总理何立峰同曼德拉基签署会议纪要。", Locale()) if not m.nested}
    assert ("何立峰", "Person") in got and not any(n.endswith("同") for n, _ in got), got


def test_a_name_after_an_assistant_s_post_is_a_person(pipeline):
    # 助理: 部长助理, 总经理助理, 队长助理 are posts as 部长 and 队长 are
    got = {m.text for m in pipeline.recognizer("d", "湖南某煤矿运输队队长助理覃建勋介绍，商务部部长助理凌激出席。") if m.type == "Person" and not m.nested}
    assert {"覃建勋", "凌激"} <= got, got


def test_an_idiom_or_two_words_is_no_four_character_name(pipeline):
    ms = pipeline.recognizer("d", "专家表示，展望未来，这片沃野千里的土地将焕发新活力；欧阳夏丹、托卡耶夫出席。")
    people = {m.text for m in ms if m.type == "Person" and not m.nested}
    assert not people & {"展望未来", "沃野千里"}, people
    assert "托卡耶夫" in people, people


def test_a_preposition_glued_after_a_three_character_name_before_a_title_is_cut(pipeline):
    got = {m.text for m in pipeline.recognizer("d", "来自湖南大学的全国人大代表刘建国向总书记汇报了学校情况。") if m.type == "Person" and not m.nested}
    assert "刘建国" in got and "刘建国向" not in got, got


def test_a_clause_opened_by_who_acted_names_a_person(pipeline):
    got = {m.text for m in pipeline.recognizer("d", "活动在成都举行。谌贻琴出席上述活动。") if m.type == "Person" and not m.nested}
    assert "谌贻琴" in got, got


def test_a_port_or_a_county_read_as_a_person_is_none(pipeline):
    ms = pipeline.recognizer("d", "中远海运在希腊比雷埃夫斯港投资建设码头，当地边境县也受益。")
    assert not [m.text for m in ms if m.type == "Person" and not m.generic], [(m.text, m.type) for m in ms]


def test_a_link_glued_after_a_name_is_cut(pipeline):
    got = {m.text for m in pipeline.recognizer("d", "应葡萄牙政府邀请，国家副主席韩正于当地时间5月7日访问葡萄牙。") if m.type == "Person" and not m.nested}
    assert "韩正" in got and "韩正于" not in got, got


def test_a_surname_and_jun_the_model_read_as_an_army_is_a_person(pipeline):
    # a Guangdong paper: 周军 (a name to the dictionary); 海军, 陆军 stay what they are
    ms = pipeline.recognizer("d", "雷军是小米集团的创始人。海军和陆军联合演习。")
    assert any(m.type == "Person" and m.text == "雷军" for m in ms), ms
    assert not any(m.type == "Person" and m.text in ("海军", "陆军") for m in ms), ms


def test_what_follows_a_title_after_a_name_is_no_name(pipeline):
    # a Hunan paper: 总书记 after 习近平 is his title; 贺信, jieba's "name", is the letter read out
    got = {(m.text, m.type) for m in pipeline.recognizer("d", "省委书记出席，宣读习近平总书记贺信并致辞。") if not m.nested}
    assert ("习近平", "Person") in got and not any(t == "Person" and n.startswith("贺信") for n, t in got)


def test_a_place_named_after_a_person_or_a_river_is_no_person(pipeline):
    # a Shanghai and a Zhejiang paper: the model read a surname at the start of a place's name
    got = {(m.text, m.type) for m in pipeline.recognizer("d", "船只驶过吴淞口进入长江。记者走进鲁迅故居。") if not m.nested}
    assert ("吴淞口", "Place") in got and ("鲁迅故居", "Place") in got


def test_a_noun_of_the_dictionary_seen_often_is_no_name(pipeline):
    # a Jiangxi paper: 石英砂 (quartz sand)
    for text in ("江西当地盛产石英砂等矿产资源。",):
        assert not [m.text for m in pipeline.recognizer("d", text) if m.type == "Person"], text


def test_a_name_glued_to_the_word_after_it_and_its_recurrences(pipeline):
    # a Chongqing paper: 副总理韩|正在重庆出席 (正在: "is"), then 韩正表示 on a line of its own
    text = "5月20日，国务院副总理韩正在重庆出席博览会开幕式并致辞。\n韩正表示，要深化务实合作。\n韩正指出，要扩大开放。"
    got = [(m.start, m.text) for m in pipeline.recognizer("d", text) if m.type == "Person"]
    assert [n for _, n in got] == ["韩正", "韩正", "韩正"], got


def test_a_word_and_one_character_more_is_no_name(pipeline):
    # a Guizhou paper and a Fujian one: 幸福|感 and 高峰|日 are a dictionary word and one character, not a surname's name
    for text, word in [("贵州黔东南州着力提升群众的获得感、幸福感和安全感。", "幸福感"), ("10月3日为返程高峰日，当天客流量将突破百万人次。", "高峰日")]:
        got = [m.text for m in pipeline.recognizer("d", text) if m.type == "Person"]
        assert word not in got, got
    got = [m.text for m in pipeline.recognizer("d", "福建省委书记周祖翼在宁德调研。") if m.type == "Person"]
    assert got == ["周祖翼"], got


def test_a_frequent_word_that_reads_like_a_transliteration_is_no_person(pipeline):
    # a Shandong paper: 科普 (popular science; jieba: nrt, LAC: n, 297 times in the dictionary) looks like a transliterated name
    ms = pipeline.recognizer("d", "山东科技馆设置了战略科技、科学教育、科普文创等多个展区，警方已查明案情。")
    assert not [m.text for m in ms if m.type == "Person"], [(m.text, m.type) for m in ms]


def test_an_idiom_the_dictionary_tags_as_a_name_is_no_one(pipeline):
    # a Fujian paper: jieba's dictionary holds 伏季休渔 and 历久弥坚 as names (nr, frequency 3), as it holds 5,378 idioms
    ms = pipeline.recognizer("d", "为期三个半月的伏季休渔期结束，福建渔船陆续出海。两岸同胞情谊历久弥坚。")
    assert not [m.text for m in ms if not m.generic and m.text in ("伏季休渔", "历久弥坚")], [(m.text, m.type) for m in ms]


def test_no_person_where_a_bodys_name_goes_on_after_a_post_word(pipeline):
    ms = pipeline.recognizer("d", "记者今天从水利部长江水利委员会了解到，丹江口水库水位持续上涨。", Locale())
    assert not any(m.type == "Person" for m in ms), [(m.text, m.type) for m in ms]  # 水利部长: no minister, 江水利: no one


def test_now_or_once_before_the_verb_of_a_post_is_no_part_of_the_name(pipeline):
    ms = pipeline.recognizer("d", "刘明现担任西安交通大学校长。", Locale())
    assert ("刘明", "Person") in {(m.text, m.type) for m in ms}, [(m.text, m.type) for m in ms]


def test_a_name_after_a_post_may_open_with_a_surname_read_as_a_preposition(pipeline):
    ms = pipeline.recognizer("d", "湖南三一重工股份有限公司董事长向文波表示，公司将加大研发投入。", Locale())
    assert ("向文波", "Person") in {(m.text, m.type) for m in ms}, [(m.text, m.type) for m in ms]


def test_a_speaker_before_a_colon_opening_a_turn_is_a_person(pipeline):
    from kg.types import Locale

    zhejiang = Locale(province="浙江省", city="杭州市")
    text = "方舟行：这次茶博会上，我们带来了新茶。金石开：本轮宁波主队状态回升，值得关注。"
    people = [m.text for m in pipeline.recognizer("d", text, zhejiang) if m.type == "Person"]
    assert people == ["方舟行", "金石开"]  # names made of words (方舟, 金石), which the model misses
    assert not [m for m in pipeline.recognizer("d", "主持人：欢迎收看。原作品：《西湖游记》", zhejiang) if m.type == "Person"]  # a role, a word


def test_a_latin_given_name_and_surname_in_one_word_is_a_person(pipeline):
    from kg.types import Locale

    fujian = Locale(province="福建省", city="厦门市")
    text = "本作由GrahamMcTavish配音，GameStop独家销售，厦门的玩家见到了ToddHoward，SecondLife也将展出。"
    got = {m.text: m.type for m in pipeline.recognizer("d", text, fujian)}
    assert got.get("GrahamMcTavish") == "Person" and got.get("ToddHoward") == "Person"  # the model: an enterprise, a place
    assert got.get("GameStop") != "Person" and got.get("SecondLife") != "Person"  # no given name opens them


def test_a_founder_read_with_the_preposition_before_him(pipeline):
    # a Guangdong encyclopedia-style sentence: 由[雷军]于…在北京创立 (the model read 由雷军 as an army's body)
    got = {(m.text, m.type) for m in pipeline.recognizer("d", "小米科技有限责任公司由雷军于2010年4月在北京创立。", None) if not m.nested}
    assert ("雷军", "Person") in got and not any(t == "GovernmentBody" for _, t in got), got


def test_a_sentence_opening_with_a_name_and_the_post_it_holds(pipeline):
    # encyclopedia style, a Zhejiang and a Guangdong subject: 姓名，<body><post>
    got = {(m.text, m.type) for m in pipeline.recognizer("d", "任正非，华为技术有限公司主要创始人兼总裁。", None) if not m.nested}
    assert ("任正非", "Person") in got, got
    got = {(m.text, m.type) for m in pipeline.recognizer("d", "海南，我国最大的经济特区。", None) if not m.nested}
    assert not any(t == "Person" for _, t in got), got


def test_louis_is_transliterated_as_a_name_is(pipeline):
    # 路易 (Louis, Luigi) is how the transliteration tables render the name: no word of the language
    got = [(m.text, m.type) for m in pipeline.recognizer("d", "据当地媒体报道，路易斯和马科斯两兄弟经营着一家咖啡农场。", HENAN) if not m.nested]
    assert ("路易斯", "Person") in got and ("马科斯", "Person") in got


def test_a_name_whose_last_character_jieba_glues_to_the_verb(pipeline):
    # an encyclopedia-style subject: 刘强|东是 (a rare dictionary word), the name is 刘强东
    got = {(m.text, m.type) for m in pipeline.recognizer("d", "刘强东是京东集团创始人。", None) if not m.nested}
    assert ("刘强东", "Person") in got, got


def test_a_transliterated_name_after_a_role_is_a_person(pipeline):
    # own sentences, Guangdong: a foreigner after a role the news gives him (彩民, 主教练, 外援), no surname to start from
    gd = Locale(province="广东省", city="东莞市")
    got = {(m.text, m.type) for m in pipeline.recognizer("d", "东莞一名彩民比约恩在当地购买彩票中了大奖。", gd) if not m.nested}
    assert ("比约恩", "Person") in got, got
    got = {(m.text, m.type) for m in pipeline.recognizer("d", "深圳队主教练雷德克纳普拖着行李走出机场，球员马上跟了出来。", gd) if not m.nested}
    assert ("雷德克纳普", "Person") in got and not any(t.startswith("马") for t, _ in got), got  # 马上: a word after the role


def test_a_name_the_segmenter_reads_whole_after_a_role_whatever_follows(pipeline):
    # own sentences, Zhejiang: 市民|俞泉根|成为, 刑警|林济舟|提醒 (verbs no list of what follows a name holds)
    zj = Locale(province="浙江省", city="宁波市")
    got = {(m.text, m.type) for m in pipeline.recognizer("d", "宁波市民俞泉根成为首位买到投资金条的投资者。", zj) if not m.nested}
    assert ("俞泉根", "Person") in got, got
    got = {(m.text, m.type) for m in pipeline.recognizer("d", "温州刑警林济舟提醒市民保管好身份证。", zj) if not m.nested}
    assert ("林济舟", "Person") in got, got


def test_a_model_person_ending_with_a_place_head_is_no_person(pipeline):
    # own sentence, Zhejiang: 钱[王祠] (a shrine); no given name ends with 祠, 寨, 县, 村 …
    zj = Locale(province="浙江省", city="杭州市")
    got = {(m.text, m.type) for m in pipeline.recognizer("d", "游客顺着湖边一路走，会经过钱王祠和西湖博物馆。", zj) if not m.nested}
    assert not any(t == "Person" for _, t in got), got


def test_people_are_listed_with_people_after_a_join_and_before_a_person(pipeline):
    from kg.people_lists import people_in_lists

    # own sentence with the names of a Henan meeting's speakers: the first item of a list before people (jieba: 马|依彤)
    got = {(m.text, m.type) for m in pipeline.recognizer("d", "会上，马依彤、邓景辉、刘中民分别发言。", HENAN) if not m.nested}
    assert ("马依彤", "Person") in got, got
    surnames = pipeline.lexicon.surnames

    def listed(text: str, *names: str) -> list[str]:
        ms = [Mention("d", text.index(n), text.index(n) + len(n), n, "Person", "crf") for n in names]
        return [m.text for m in people_in_lists("d", text, ms, surnames) if m.rule == "person.listed"]

    assert listed("在郑州，林志强和裘暖等人考察了码头。", "林志强") == ["裘暖"]  # after 和, as after 、
    assert listed("决赛对阵：许银川、邵依屏对单霞丽。", "许银川", "单霞丽") == ["邵依屏"]  # a pair of players: 对
    assert listed("决赛对阵：许银川、邵依屏对单霞丽、黄薇。", "许银川") == ["邵依屏", "单霞丽", "黄薇"]  # and after 对, and on
    assert listed("画中体现了透纳对于光与空气的敏感。", "透纳") == []  # 对于: the join opens a word
    assert listed("伤病困扰，雷维埃、克莱尔都将缺阵。", "克莱尔") == ["雷维埃"]  # a transliterated name before a person
    assert listed("他出了不少力，应该是和刘备年纪差不多。", "刘备") == []  # words of the clause before 和


def test_a_transliterated_name_after_a_post_whatever_follows(pipeline):
    # own sentences: a head of state before 独家专访 (no list mark or link after the name); a Chinese academician stays the post rule's (院士 is in posts.txt)
    got = {(m.text, m.type) for m in pipeline.recognizer("d", "今晚播出塞舌尔总统拉姆卡拉旺独家专访。", None) if not m.nested}
    assert ("拉姆卡拉旺", "Person") in got, got
    got = {(m.text, m.rule) for m in pipeline.recognizer("d", "中科院院士谢华安在福建的田间细心观察着稻穗。", None) if not m.nested}
    assert ("谢华安", "person.post") in got, got


def test_a_transliterated_name_after_a_foreign_post(pipeline):
    # own sentence: 参议员, a post China's bodies do not give (kg.recognize.foreigners.FOREIGN_POSTS)
    got = {(m.text, m.rule) for m in pipeline.recognizer("d", "执政党候选人、参议员亚罗约当选下届副总统。", None) if not m.nested}
    assert ("亚罗约", "person.role-foreign") in got, got


def test_a_surname_and_xing_is_no_name(pipeline):
    # own sentence, Anhui: 王姓家族 (the clan surnamed Wang)
    got = {(m.text, m.type) for m in pipeline.recognizer("d", "该村为王姓家族聚集地，与周边村落大同小异。", Locale(province="安徽省", city="黄山市")) if not m.nested}
    assert not any(t == "Person" for _, t in got), got


HUNAN = Locale(province="湖南省", city="长沙市")


def _people(pipeline, text: str) -> list[str]:
    return people_in(pipeline, text, HUNAN)


def test_an_unknown_name_read_by_its_characters(pipeline):
    # own sentences, Hunan: names the segmenter splits (邝|秋菊, 文|馨悦) before or after words only people have around them
    assert _people(pipeline, "邝秋菊的家乡在湖南省炎陵县。") == ["邝秋菊"]
    assert _people(pipeline, "据了解，醴陵瓷器厂厂长的女儿文馨悦告诉记者，她要回乡创业。") == ["文馨悦"]
    # no name: a transliteration (a club), a title's words, how one is addressed
    assert _people(pipeline, "火线：长沙首选平局富勒姆建议走两头。") == []
    assert _people(pipeline, "湖南卫视将播出《史密斯夫妇》。") == []


def test_name_odds_tell_names_from_words():
    from kg.recognize.namechars import name_odds

    assert name_odds("邝秋菊") > 4 > name_odds("和平时")  # 和 opens few names, 时 ends few
    assert name_odds("张女士") < name_odds("张秀英")


def test_a_surname_and_how_one_is_addressed_is_no_name(pipeline):
    # own sentences, Hunan: 刘小姐 after a post, 陈女士 before 表示 (neither corpus labels such a person; the graph cannot tell who)
    assert _people(pipeline, "益阳一家银行的客户经理刘小姐介绍，该产品已经售罄。") == []
    assert _people(pipeline, "岳阳市民政局工作人员陈女士表示，补贴将按月发放。") == []


def test_a_transliterated_name_before_a_landmark_is_the_place(pipeline):
    # own sentence, Hunan: the model's person 罗斯 before 小镇 is the town's name
    from kg.recognize.base import Scan
    from kg.recognize.context import Context
    from kg.recognize.model import tagged

    rec, text = pipeline.recognizer, "湖南籍游客一行参观了罗斯小镇。"
    scan = Scan(Context(text, rec.seg.tokens(text)), rec.hits(text), None, None)
    s = text.index("罗斯")
    assert not [c for c in tagged(rec.res, scan, [(s, s + 2, "Person", 20.0)]) if c.type == "Person"]


def test_two_transliterated_names_joined_and_a_word_read_on_into_one():
    from kg.people import paired
    from kg.recognize.persons import foreign_tail

    text = "长沙队的外援中，马图扎伦和菲尔马尼都已伤愈。"
    s, e = text.index("马图扎伦"), text.index("都")
    assert [text[a:b] for a, b in paired(text, s, e, frozenset("马"))] == ["马图扎伦", "菲尔马尼"]
    text = "上赛季，德尔维齐奥共打入11球；由于卡鲁背部受伤，湘涛队调整了阵型。"
    s = text.index("德尔")
    assert text[s : foreign_tail(text, s, s + 6, lambda i: True)] == "德尔维齐奥"  # 共: an adverb
    s = text.index("卡鲁")
    assert text[s : foreign_tail(text, s, s + 4, lambda i: True)] == "卡鲁"  # 背部: a word of the language
    assert foreign_tail(text, s, s + 2, lambda i: True) == s + 2


def test_a_verdicts_crime_and_a_foreign_province_are_no_part_of_a_name(pipeline):
    # own sentences, Hunan: the model's 覃永桂犯 (犯 of the verdict glued on) and a foreign province typed a person
    from kg.recognize.base import Scan
    from kg.recognize.context import Context
    from kg.recognize.model import tagged

    rec = pipeline.recognizer

    def checked(text: str, name: str) -> list[tuple[str, str]]:
        scan = Scan(Context(text, rec.seg.tokens(text)), rec.hits(text), None, None)
        s = text.index(name)
        return [(text[c.start : c.end], c.type) for c in tagged(rec.res, scan, [(s, s + len(name), "Person", 20.0)])]

    assert checked("娄底市中级人民法院认定覃永桂犯开设赌场罪，判处有期徒刑三年。", "覃永桂犯") == [("覃永桂", "Person")]
    assert checked("湖南援外医疗队抵达南部的丘布特省。", "丘布特省") == [("丘布特省", "Place")]


def test_a_names_last_character_the_segmenter_glued_or_read_alone(pipeline):
    # own sentences, Hunan: 周立|凡/d说 (the last character read as an adverb), 龙安|楠则 (glued to the adverb after it)
    assert _people(pipeline, "对此，湘西州的游客周立凡说，景区服务比去年好。") == ["周立凡"]
    assert _people(pipeline, "湘潭市文旅局副局长龙安楠则强调，要做好景区安全工作。") == ["龙安楠"]


def test_a_name_opening_a_clause_before_an_adverb(pipeline):
    # own sentences, Hunan: 娄|德顺 opens the clause, 又 after it; a place that opens one is no name (白鹤滩: 滩)
    assert _people(pipeline, "经过走访，娄德顺又安排村里为困难户解决了贷款。") == ["娄德顺"]
    assert _people(pipeline, "截至目前，白鹤滩已投产的机组运行平稳。") == []


def test_an_adverb_after_a_name_is_no_last_character(pipeline):
    # own sentence, Hunan: 罗勇|则/d认为 (则 stands between the name and its verb; not 易飞|凡/d表示)
    assert _people(pipeline, "湘财证券分析师罗勇则认为，板块估值仍然偏低。") == ["罗勇"]
