"""Bodies' names (own example sentences, Zhejiang, Liaoning, Guangdong, Jiangxi, Hubei, Henan, Hebei, Sichuan, Yunnan):
a name the dictionary holds whole after ordinary words starts at the name, a foreign city before a club's head is the club, a
body a rule read that fills a work's title marks is the work as a game's or film's known title is (英雄联盟), a word of time
that points (当时, 此前) or a numbered point's marker (一是, 二是) opens no name, nor does one or a number of a kind counted
before a bare suffix (上海一银行, 数十家煤焦厂)."""
from __future__ import annotations

from kg.types import Locale

from .conftest import listed

ZHEJIANG = Locale(province="浙江省", city="杭州市")


def _typed(pipeline, text):
    return listed(pipeline, text, ZHEJIANG)  # as `kg ner` lists them


def test_a_name_the_dictionary_holds_whole_starts_at_the_name_after_ordinary_words(pipeline):
    got = _typed(pipeline, "杭州市民陈女士上月通过电话升级中国光大银行的信用卡，年费随之上涨。")
    assert ("中国光大银行", "Enterprise") in got, got
    got = _typed(pipeline, "温州当地的内外资银行都在争夺小微企业客户。")  # 内|外资银行: a kind, no name
    assert not any(t == "Enterprise" for n, t in got), got


def test_a_foreign_city_before_a_clubs_head_is_the_club(pipeline):
    got = _typed(pipeline, "辽宁球迷熬夜观看欧冠，基辅迪那摩主场迎战萨格勒布迪纳摩。")
    assert {("基辅迪那摩", "Organization"), ("萨格勒布迪纳摩", "Organization")} <= set(got), got
    got = _typed(pipeline, "沈阳队上周出访，与莫斯科斯巴达进行了一场热身赛。")
    assert ("莫斯科斯巴达", "Organization") in got, got


def test_a_body_a_rule_reads_that_fills_a_works_title_is_the_work(pipeline):
    got = _typed(pipeline, "广州玩家期待的射击游戏《美国陆军3》将于明年上市。")
    assert not any(n.startswith("美国陆军") for n, t in got), got
    got = _typed(pipeline, "南昌一家影院重映动画电影《怪物公司》。")
    assert not any(t == "Enterprise" for n, t in got), got
    got = _typed(pipeline, "《江西日报》报道，南昌海关推出便利措施。")  # a publication is named by its title
    assert ("江西日报", "Organization") in got, got


def test_a_word_of_time_that_points_ends_the_walk_to_a_names_start(pipeline):
    got = _typed(pipeline, "当时兴山县香溪中学只有两栋教学楼。")  # (Hubei)
    assert ("兴山县香溪中学", "Organization") in got, got
    got = _typed(pipeline, "此前汉川经济开发区引进了一批项目。")
    assert ("汉川经济开发区", "Place") in got, got


def test_one_of_a_kind_counted_before_a_bare_suffix_is_no_name(pipeline):
    got = _typed(pipeline, "郑州一银行工作人员介绍，洛阳另一家银行也推出了类似产品。")  # (Henan)
    assert not any(t == "Enterprise" for n, t in got) and ("郑州", "Place") in got, got
    got = _typed(pipeline, "沧州数十家铸件厂订单饱满，邢台数十家煤焦厂完成了改造。")  # (Hebei) how many of a kind
    assert not any(t == "Enterprise" for n, t in got) and {("沧州", "Place"), ("邢台", "Place")} <= set(got), got
    got = _typed(pipeline, "他在中国一汽集团公司工作了十年。")  # 一汽: a name's word, no count
    assert ("中国一汽集团公司", "Enterprise") in got, got


def test_a_game_or_film_whose_title_ends_as_a_bodys_is_no_body(pipeline):
    got = _typed(pipeline, "成都不少大学生周末组队玩英雄联盟，也有人去看复仇者联盟。")  # (Sichuan)
    assert not any(n.endswith("联盟") for n, t in got), got


def test_the_markers_of_a_numbered_point_open_no_name(pipeline):
    got = _typed(pipeline, "云南省提出两点要求：一是协会要加强行业自律，二是学会要搭建交流平台。")  # (Yunnan)
    assert not any(n.startswith(("一是", "二是")) for n, t in got), got
