"""A name after a post ends before a word of time (kg.people.people_after_posts), a foreign name with a middle initial is
one name (kg.people.foreign_name); own example sentences, papers of Hunan and Jiangxi."""
from __future__ import annotations

from kg.types import Locale

from .conftest import people_in

HUNAN = Locale(province="湖南省", city="长沙市")


JIANGXI = Locale(province="江西省", city="南昌市")


def test_a_name_after_a_post_ends_before_a_word_of_time(pipeline):
    # own sentences, Jiangxi: the name after the post runs up to 昨日 / 今天, which begin no name (rule person.after-post)
    assert people_in(pipeline, "江西财经大学教授卢胜利昨日表示，消费将回暖。", JIANGXI) == ["卢胜利"]
    assert people_in(pipeline, "省农科院研究员万红旗今天在田间指导农户。", JIANGXI) == ["万红旗"]


def test_a_foreign_name_with_a_middle_initial_is_one_person(pipeline):
    # own sentences, Hunan (a film page) and Jiangxi: the model reads the whole name; a Latin initial between dots is part
    # of a transliterated name (kg.people.foreign_name), which the checks of model names kept out before
    assert people_in(pipeline, "这部影片由美国导演约翰·C·戴维斯执导，下月在长沙上映。", HUNAN) == ["约翰·C·戴维斯"]
    assert people_in(pipeline, "获奖者之一、物理学家詹姆斯·E·皮布尔斯在视频中致辞。", JIANGXI) == ["詹姆斯·E·皮布尔斯"]
