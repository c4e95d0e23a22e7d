"""kg.edges: where a name walked left from its suffix begins (own example sentences: Guangdong, Sichuan)."""
from __future__ import annotations

from kg import edges
from kg.types import Locale

from .conftest import top_spans

GUANGDONG = Locale(province="广东省", city="东莞市")


def names(pipeline, text, locale=GUANGDONG):
    return top_spans(pipeline, text, locale)


def test_a_determiner_ends_the_walk(pipeline):
    got = names(pipeline, "作为整个南沙新区交通枢纽工程，该项目由中铁建承建。")
    assert ("南沙新区交通枢纽工程", "Project") in got
    assert not any(t.startswith("整个") for t, _ in got), got


def test_an_adverb_verb_compound_ends_the_walk(pipeline):
    # jieba's dictionary calls 充分发挥 a noun: the walk took it into the name
    got = names(pipeline, "各地要充分发挥爱国主义教育基地作用。")
    assert not any(t.startswith("充分发挥") for t, _ in got), got
    assert edges.adverbial_verb("充分发挥") and edges.adverbial_verb("共同开发")
    assert not edges.adverbial_verb("共同体") and not edges.adverbial_verb("开发投资")


def test_a_verb_glued_to_an_unknown_name_is_not_the_name(pipeline):
    # jieba reads 属大朗 (属 + 大朗, a town of Dongguan) as one word
    got = names(pipeline, "该项目属大朗产业新城消防枢纽工程。")
    assert ("大朗产业新城消防枢纽工程", "Project") in got
    assert not any(t.startswith("属") for t, _ in got), got
    # a known word or place keeps its first character (将乐县, 向阳)
    assert not edges.glued_head("将乐县", known=lambda: True)
    assert edges.glued_head("属大朗", known=lambda: False)


def test_a_model_name_ends_before_the_verb_it_runs_into(pipeline):
    from kg.recognize import NAME_VERBS, STOP_WORDS

    text = "江苏国信集团成立苏信资本"  # own example (Jiangsu): two names and the verb between them
    toks = pipeline.segmenter.tokens(text)
    governs = lambda t: t.pos == "v" and t.text in STOP_WORDS and t.text not in NAME_VERBS  # noqa: E731
    assert text[: edges.before_verb(toks, len(text), governs)] == "江苏国信集团"
    # a verb inside a name is no verb of the clause (供应链管理, 发展促进)
    name = "宁波市小企业发展促进中心"
    assert edges.before_verb(pipeline.segmenter.tokens(name), len(name), governs) == len(name)


def test_a_model_name_does_not_end_on_the_first_character_of_a_noun(pipeline):
    # 党参 (a medicinal root) after a county: the model read 浙江省磐安县党 as a party body
    got = names(pipeline, "浙江省磐安县党参种植户陈华说，今年收成好。", Locale(province="浙江省", city="金华市"))
    assert not any(t.endswith("党") for t, _ in got), got
    assert ("陈华", "Person") in got


def test_a_numeral_word_starts_a_registered_company_name(pipeline):
    # jieba tags 万户 and 万家 numerals; before a legal form they are the company's name
    yunnan = Locale(province="云南省", city="昆明市")
    got = names(pipeline, "近日，由万户企业发展有限公司出资援建的乡村书屋在昆明市落成。", yunnan)
    assert ("万户企业发展有限公司", "Enterprise") in got
    assert ("万家商贸有限公司", "Enterprise") in names(pipeline, "万家商贸有限公司在昆明市开业。", yunnan)
    # a count of companies is no name
    got = names(pipeline, "三家企业集团有限公司和两家有限公司参加了签约。", yunnan)
    assert not any(t.endswith("有限公司") for t, _ in got), got


def test_brand_numeral_needs_a_legal_form_and_no_count():
    assert edges.brand_numeral("万家", "万家企业集团有限公司", 4)
    assert not edges.brand_numeral("万家", "万家企业集团", 4)  # no legal form: 万家 may count homes
    assert not edges.brand_numeral("三家", "三家有限公司", 2)
    assert not edges.brand_numeral("3家", "3家有限公司", 2)


def test_former_is_the_time_of_a_post_not_part_of_a_name(pipeline):
    # a Guangxi discipline bulletin: 原 before a company (former) and before a post after a bank's branch
    text = "通报涉及原广西北部湾国际港务集团公司党委委员、副总经理张某，桂林银行柳州分行原党委书记、行长李某。"
    got = names(pipeline, text, Locale(province="广西壮族自治区"))
    assert ("广西北部湾国际港务集团公司", "Enterprise") in got, got
    assert ("桂林银行柳州分行", "Enterprise") in got, got
    assert not any(t.startswith("原") or t.endswith("原") for t, _ in got), got


def test_a_zone_short_name_before_its_party_working_committee(pipeline):
    # 党工委: the party working committee of a development zone (Sichuan); 经开区 starts with 经
    # but is a zone's short name, not the verb 经 glued to a name
    got = names(pipeline, "市委常委、经开区党工委书记赵某，天府新区党工委副书记钱某出席。", Locale(province="四川省", city="成都市"))
    assert ("经开区党工委", "GovernmentBody") in got, got
    assert ("天府新区党工委", "GovernmentBody") in got, got


def test_a_verb_of_the_news_before_a_work_is_not_its_name(pipeline):
    # 新开工 and 现有 say what is done with the work, 优化 before a river is the clause's verb (papers of Hubei and Chongqing)
    got = names(pipeline, "今年湖北新开工汉江上游水电站3座。")
    assert ("汉江上游水电站", "Project") in got, got
    got = names(pipeline, "重庆将优化长江干线过江通道布局，现有渝万高铁将提速。")
    assert ("长江干线过江通道", "Project") in got and not any(t.startswith(("优化", "现有")) for t, _ in got), got


def test_a_model_span_that_starts_inside_an_ordinary_word_is_no_name(pipeline):
    # 从严治党 is one word of the dictionary; the model read 严治党 as an organisation (a paper of Hunan)
    got = names(pipeline, "湖南省委常委会强调，要以永远在路上的坚韧和执着推进全面从严治党，巩固拓展主题教育成果。")
    assert not any(t.endswith("治党") for t, _ in got), got


def test_the_dual_carbon_goals_are_no_place(pipeline):
    # 碳达峰 read by the model as a place (峰 ends mountains' names): a policy goal, a set phrase, no node (a paper of Yunnan)
    got = {(m.text, m.generic) for m in pipeline.recognizer("d", "云南将加快能源结构调整，助力碳达峰、碳中和目标实现。", None) if not m.nested}
    assert all(generic for t, generic in got if t.startswith("碳")), got


def test_a_place_s_sector_is_no_company(pipeline):
    # 湖南|文旅产业: the province's sector, which the model read as a company (a paper of Hunan)
    got = names(pipeline, "这里为湖南文旅产业、农牧业、智能工厂提供算力支撑。")
    assert not any(t.endswith("产业") for t, _ in got), got


def test_a_long_quoted_exhibition_title_with_a_dash_is_an_event(pipeline):
    # a title of forty characters with a dash inside its quotes, after the verb that holds it (a paper of Hubei)
    title = "“江山如画——湖北省庆祝中华人民共和国成立75周年暨湖北美术馆建馆十五周年美术作品展”"
    got = names(pipeline, f"由湖北省文联主办的{title}今天在湖北美术馆开幕。")
    assert (title, "Event") in got, got


def test_a_contingent_named_by_its_serial_is_one_organisation(pipeline):
    # medical teams, peacekeepers and expeditions sent batch after batch (papers of Hunan and Zhejiang)
    got = names(pipeline, "湖南省第24批援塞拉利昂医疗队今天出征，中国第21批赴黎巴嫩维和部队也已出发。")
    assert ("湖南省第24批援塞拉利昂医疗队", "Organization") in got, got
    assert ("中国第21批赴黎巴嫩维和部队", "Organization") in got, got
    assert not any(t.endswith("考察队") for t, _ in names(pipeline, "这是浙江第3次考察队员到达。"))


def test_an_offshore_field_by_its_area_and_block_is_a_work(pipeline):
    # 陵水17-2气田, 垦利6-1油田: fields named by their number (papers of Hainan and Shandong)
    got = names(pipeline, "陵水17-2气田今年累计生产天然气超过30亿立方米，垦利6-1油田开发项目全部完成。")
    assert ("陵水17-2气田", "Project") in got and ("垦利6-1油田开发项目", "Project") in got, got


def test_an_event_after_a_verb_of_attending_may_join_two_fields(pipeline):
    # 出席A与B论坛: one forum on two fields; not two events joined (欢迎宴会和双边活动) (papers of Guizhou and Fujian)
    got = names(pipeline, "省长李炳军出席大数据与实体经济深度融合发展论坛。")
    assert ("大数据与实体经济深度融合发展论坛", "Event") in got, got
    got = names(pipeline, "代表团将出席欢迎宴会和双边活动。")
    assert not any(t.startswith("欢迎宴会") for t, _ in got), got
