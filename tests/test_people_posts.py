"""Names after posts and roles and before titles, and the words that are none (own example sentences, papers of
Zhejiang, Fujian, Guangdong, Yunnan and Hainan)."""
from __future__ import annotations

from kg.types import Locale

from .conftest import people_in


def _people(pipeline, text: str, locale: Locale) -> list[str]:
    return people_in(pipeline, text, locale)


def test_a_verb_opening_the_words_after_a_kind_of_people_makes_no_name(pipeline):
    # own sentences, Zhejiang and Fujian: 解|难题, 来|实习, 丰收|节 open with a verb to the segmenter (rule person.after-post)
    zhejiang, fujian = Locale(province="浙江省", city="杭州市"), Locale(province="福建省", city="福州市")
    assert _people(pipeline, "杭州出台十条措施，帮助本地企业家解难题、渡难关。", zhejiang) == []
    assert _people(pipeline, "宁波鼓励高校大学生来实习就业，并提供住房补贴。", zhejiang) == []
    assert _people(pipeline, "福建各地以丰富多彩的活动庆祝中国农民丰收节。", fujian) == []
    assert _people(pipeline, "福州市民营企业家陈建华表示，订单已排到明年。", fujian) == ["陈建华"]


def test_one_character_and_a_verb_of_saying_after_a_post_is_no_name(pipeline):
    # own sentence, Guangdong: 代表[时|强调] is "when" and the verb, no surname and given name
    guangdong = Locale(province="广东省", city="广州市")
    assert _people(pipeline, "省长在会见外国商会代表时强调，广东将继续扩大开放。", guangdong) == []


def test_a_place_before_a_title_is_the_place_the_title_is_of(pipeline):
    # own sentences, Yunnan and Hainan: 南|苏丹总统, 巴厘省|省长 (rule person.title read the place as a name)
    yunnan, hainan = Locale(province="云南省", city="昆明市"), Locale(province="海南省", city="海口市")
    got = [(m.text, m.type) for m in pipeline.recognizer("d", "云南省代表团拜会了南苏丹总统基尔。", yunnan) if not m.nested]
    assert ("南苏丹", "Place") in got and ("南苏丹", "Person") not in got
    got = [(m.text, m.type) for m in pipeline.recognizer("d", "印尼巴厘省省长科斯特会见了海南省代表团。", hainan) if not m.nested]
    assert ("巴厘省", "Person") not in got and ("科斯特", "Person") in got


def test_a_title_after_a_name_has_no_foreign_name_after_it(pipeline):
    # own sentence, Hainan: 主席 is the title of the name before it, so 主旨 is no foreign official's name (person.post-foreign)
    hainan = Locale(province="海南省", city="海口市")
    assert "主旨" not in _people(pipeline, "出席博鳌论坛的泰国代表高度评价习近平主席主旨演讲。", hainan)


def test_a_name_before_a_companys_head_word_is_the_company_not_a_person(pipeline):
    # own sentence, Guangdong: 罗兰[咨询] is a consultancy by its short name; the analyst after it is the person
    guangdong = Locale(province="广东省", city="广州市")
    assert _people(pipeline, "广州的罗兰咨询分析师陈立明认为，消费正在回暖。", guangdong) == ["陈立明"]


def test_a_foreign_provinces_governor_is_no_member_of_a_peoples_government(pipeline):
    # own sentences, Hainan: 巴厘省 is a place now, but a foreign province has no 人民政府; 海南省省长 is in 海南省人民政府
    import kg.extract as ex

    def members(text: str) -> set[tuple[str, str]]:
        return {(r["s"], r["o"]) for r in ex.extract(text)["relations"] if r["p"] == "memberOf"}

    assert not any(o.endswith("人民政府") for _s, o in members("印尼巴厘省省长科斯特会见了海南省代表团。"))
    assert ("刘小明", "海南省人民政府") in members("海南省省长刘小明会见了印尼代表团。")


def test_a_foreign_heads_wife_or_daughter_is_named_after_the_post(pipeline):
    # own sentence, Guangxi: 总统夫人, 总理女儿 are titles a foreign name follows (rule person.post-foreign)
    guangxi = Locale(province="广西壮族自治区", city="南宁市")
    people = _people(pipeline, "越南总理女儿阮芳娥、泰国总理夫人宋荷拉出席了在南宁举行的开幕式。", guangxi)
    assert "阮芳娥" in people and "宋荷拉" in people
    got = [(m.text, m.rule) for m in pipeline.recognizer("d", "在南宁举行的活动上，老挝国家主席夫人娜丽、柬埔寨首相夫人比查蒂参观了广西博物馆。", guangxi)]
    assert ("娜丽", "person.post-foreign") in got


def test_a_share_after_the_words_makes_no_name(pipeline):
    # own sentence, Zhejiang: 占比超91% is a measure; the model read 比超 as a person (kg.recognize.model._PERCENT)
    assert _people(pipeline, "浙江的民营企业数量持续增长，占比超91%。", Locale(province="浙江省", city="杭州市")) == []


def test_the_second_half_of_a_pair_of_words_sharing_a_character_is_no_name(pipeline):
    # own sentence, Hunan: 尊师|惠师 (respect and benefit teachers) pairs two words ending alike; 惠师 is no one's name
    assert _people(pipeline, "《湖南省关于加强尊师惠师工作的通知》印发。", Locale(province="湖南省", city="长沙市")) == []


def test_a_name_after_a_role_the_training_sentences_put_before_people(pipeline):
    # own sentence, Shandong: 主帅 (a side's manager) stands before a named person in 12 of its 14 training occurrences;
    # 常|胜利 is a surname and a word to the segmenter, which the model alone misses (rule person.after-post)
    shandong = Locale(province="山东省", city="青岛市")
    assert _people(pipeline, "青岛海牛队主帅常胜利表示，球队将全力备战。", shandong) == ["常胜利"]
