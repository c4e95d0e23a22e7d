"""People listed with people (kg.people_lists; own example sentences, papers of Hunan, Hubei and Guizhou)."""
from __future__ import annotations

from kg.types import Locale

from .conftest import people_in

HUNAN = Locale(province="湖南省", city="长沙市")


def _people(pipeline, text: str, locale: Locale) -> list[str]:
    return people_in(pipeline, text, locale)


def test_an_item_between_two_people_in_a_list_is_a_person_even_when_it_is_a_word(pipeline):
    # own sentence, Hunan: 展望 is a word (to look ahead), but listed with 、 between two people's names it names one (rule person.listed)
    assert _people(pipeline, "湖南省文联副主席王跃文、展望、刘建勇参加了座谈。", HUNAN) == ["王跃文", "展望", "刘建勇"]
    # a word after one person only, closing the list, stays a word
    assert "展望" not in _people(pipeline, "湖南省文联副主席王跃文、刘建勇、展望未来。", HUNAN)



def test_an_item_joined_by_he_between_two_people_is_a_person_even_when_it_is_a_word(pipeline):
    # own sentence, Jiangxi: 文花枝 is a word of jieba's dictionary (n); after 和 with a person before it and 、 with a
    # person after it, it names one as between two 、 (rule person.listed)
    jiangxi = Locale(province="江西省", city="南昌市")
    assert _people(pipeline, "会上，县委书记陈建国和文花枝、李卫东分别作了发言。", jiangxi) == ["陈建国", "文花枝", "李卫东"]


def test_a_name_after_a_person_and_a_list_mark_is_a_person_whatever_follows(pipeline):
    # own sentence, Sichuan: 米芾 follows 、 and a person's name and precedes 的, which ends no list item the list rule
    # knew; the particle the segmenter may glue to the name is left out (kg.people_lists._after_mark, rule person.listed)
    sichuan = Locale(province="四川省", city="眉山市")
    assert _people(pipeline, "眉山的展厅里有黄庭坚、米芾的手迹。", sichuan) == ["黄庭坚", "米芾"]

def test_a_persons_partner_across_a_slash_is_a_person(pipeline):
    # own sentences, Hubei: doubles and pairs are written with a slash; the partner the model misses is a person
    # (kg.people_lists._partners), left or right of it; units across a slash are no names
    hubei = Locale(province="湖北省", city="武汉市")
    assert _people(pipeline, "最后一项比赛中，李国强/龙道明夺得男子双人三米板冠军。", hubei) == ["李国强", "龙道明"]
    assert "孙思远" in _people(pipeline, "在武汉进行的混双决赛中，湖北选手凭借混双孙思远/刘丽娜，赢得了比赛。", hubei)
    assert _people(pipeline, "武汉的细颗粒物浓度为30微克/立方米，同比下降。", hubei) == []


def test_names_in_a_list_that_a_kind_of_thing_closes_are_no_people(pipeline):
    # own sentences, Hunan: 苗鼓 (a Miao drum) read as a person; 等苗族非遗 closes a list of things (kg.recognize.model)
    assert _people(pipeline, "湘西积极推广苗绣、苗鼓等苗族非遗。", HUNAN) == []
    # own sentence, Guizhou: 三条高速 closes a list of expressways (余安, 德习 read as people)
    assert _people(pipeline, "贵州的余安、德习、黔大三条高速今天通车。", Locale(province="贵州省", city="贵阳市")) == []
    # people listed before 等 and what they do stay people
    assert _people(pipeline, "王跃文、刘建勇等出席了湘西非遗展。", HUNAN) == ["王跃文", "刘建勇"]
