"""A resident whose home is visited, named before 家 (own example sentences, papers of Gansu and Jiangxi; rule
person.home, kg.people.people_at_home), and foreign names after foreign posts whatever the segmenter's tags (rule
person.post-foreign)."""
from __future__ import annotations

from kg.types import Locale

from .conftest import people_in

GANSU = Locale(province="甘肃省", city="兰州市")
JIANGXI = Locale(province="江西省", city="南昌市")


def _people(pipeline, text: str, locale: Locale) -> list[str]:
    return people_in(pipeline, text, locale)


def test_a_resident_visited_at_home_is_named_up_to_home(pipeline):
    # the segmenter glues the name's last character to 家 (芦永|刚家) or reads 和 as a conjunction (何秀|和家中)
    assert "芦永刚" in _people(pipeline, "省长走进村民芦永刚家，察看房屋重建和过冬准备情况。", GANSU)
    assert "何秀和" in _people(pipeline, "市委书记来到居民何秀和家中看望，详细询问家电更新补贴情况。", JIANGXI)
    assert "饶彩英" in _people(pipeline, "调研组走进脱贫户饶彩英家看望慰问。", JIANGXI)
    # 和家人: the resident and the family, not a name ending in 和
    assert "王柏和" not in _people(pipeline, "村民王柏和家人一起采茶。", JIANGXI)


def test_a_foreign_name_after_a_foreign_post_is_read_whatever_its_tags(pipeline):
    # own sentences, Inner Mongolia, Yunnan and Shaanxi (rule person.post-foreign): the segmenter reads a Mongolian name
    # as two names (呼日勒|苏赫: the Chinese post rule took the first), a transliteration as a localizer (泽内/f) or a verb
    # and a name (扎/v|赫拉: a body, as the model read it)
    inner_mongolia = Locale(province="内蒙古自治区", city="呼和浩特市")
    yunnan, shaanxi = Locale(province="云南省", city="昆明市"), Locale(province="陕西省", city="西安市")
    assert "呼日勒苏赫" in _people(pipeline, "内蒙古自治区主席在呼和浩特会见蒙古国总统呼日勒苏赫率领的代表团。", inner_mongolia)
    assert "泽内" in _people(pipeline, "云南省领导会见了来访的尼日尔总理泽内一行。", yunnan)
    assert "扎赫拉" in _people(pipeline, "伊朗总统女儿扎赫拉参观了西安碑林。", shaanxi)
    # a Chinese name after a post stays the post rule's (石安楠 of 花旗中国: the home country is no foreign place)
    assert "李强" in _people(pipeline, "国务院总理李强出席开幕式。", shaanxi)


def test_people_listed_before_a_verb_and_after_more_roles(pipeline):
    # own sentences, Hebei and Fujian (rules person.listed and person.after-post): a list of people goes on to a verb of a
    # match (甲和[乙]出战: 马龙 is also a county); a young man and a teacher named after what they are, the name ending
    # before a year; a name withheld (职工王某) is none
    hebei, fujian = Locale(province="河北省", city="石家庄市"), Locale(province="福建省", city="福州市")
    assert "马龙" in _people(pipeline, "男子双打决赛由马琳和马龙出战。", fujian)
    assert "陈琍" in _people(pipeline, "台湾青年陈琍2019年来到福州创业。", fujian)
    assert "邓琍琳" in _people(pipeline, "优秀教师代表、特教老师邓琍琳、乡村医生黄大发出席表彰会。", hebei)
    assert _people(pipeline, "昨日，火车站职工王某在候车室晕倒。", hebei) == []


def test_a_foreign_name_after_a_foreign_post_the_post_list_lacks(pipeline):
    # own sentences, Hainan (rule person.role-foreign, foreigners.FOREIGN_POSTS): 国务卿, 司令 are no posts of China's
    # bodies; the name after one is read without the model (which a model trained without such sentences misses)
    from kg.recognize.base import Scan
    from kg.recognize.context import Context
    from kg.recognize.foreigners import after_roles

    rec = pipeline.recognizer
    for text, name in (("美国国务卿布林肯21日抵达北京。", "布林肯"), ("美军太平洋司令帕帕罗抵达马尼拉。", "帕帕罗")):
        scan = Scan(Context(text, rec.seg.tokens(text)), rec.hits(text), None, None)
        assert name in [text[c.start : c.end] for c in after_roles(rec.res, scan, set())]


def test_a_writer_before_the_title_of_a_work_is_a_person(pipeline):
    # own sentence, Shanxi (rule person.chars): a surname and two likely given-name characters before 《 (a book's title)
    # are read without the model (which a model trained without such sentences misses); not a word's (水平《…》)
    from kg.recognize.base import Scan
    from kg.recognize.context import Context
    from kg.recognize.namechars import named_by_chars

    rec, text = pipeline.recognizer, "本届书展上，李骏虎《众生之路》与葛珂颖的《黄河谣》同获好评，整体水平《文艺报》也予肯定。"
    scan = Scan(Context(text, rec.seg.tokens(text)), rec.hits(text), None, None)
    assert [text[c.start : c.end] for c in named_by_chars(rec.res, scan)] == ["李骏虎", "葛珂颖"]


def test_a_name_someone_is_called_is_a_person(pipeline):
    # own sentences, Chongqing (rule person.chars): a name after 一个叫, 名叫, 她叫 or before （化名）, read without the model
    # (which a model trained without such sentences misses), whatever its characters' odds; not how one is addressed
    from kg.recognize.base import Scan
    from kg.recognize.context import Context
    from kg.recognize.namechars import named_by_chars

    rec = pipeline.recognizer
    for text, want in (("提出这个方案的是一个叫冉涛的工程师，", ["冉涛"]), ("渝中区一家公司的向明亮（化名）每天凌晨上班。", ["向明亮"]),
                       ("银行的客户李先生（化名）表示，", [])):
        scan = Scan(Context(text, rec.seg.tokens(text)), rec.hits(text), None, None)
        assert [text[c.start : c.end] for c in named_by_chars(rec.res, scan)] == want
