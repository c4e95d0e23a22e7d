"""Government bodies (issue 13): a police station named after the street, road, village or subdistrict it serves is one
body with that name, and a circuit court is named by its number, with the country or the supreme court written before it.

Every sentence here is written for these tests in the style of a paper of another province than the seeds'; none is
copied from the news articles, the seeds or the corpora.
"""
from __future__ import annotations

from kg.types import Locale

from .conftest import top_spans

NOWHERE = Locale()


def test_a_police_station_is_named_after_its_subdistrict(pipeline):
    # a Beijing paper: the subdistrict and the bare station were two mentions
    got = top_spans(pipeline, "五里桥街道派出所民警赶到现场。", NOWHERE)
    assert ("五里桥街道派出所", "GovernmentBody") in got
    assert ("派出所", "GovernmentBody") not in got


def test_a_station_with_no_name_before_it_stays_bare(pipeline):
    # a Fujian paper: 当地 says whose, it names nothing
    got = top_spans(pipeline, "当地派出所民警赶到。", NOWHERE)
    assert ("派出所", "GovernmentBody") in got


def test_a_circuit_court_is_named_by_its_number(pipeline):
    # a Shaanxi paper on a foreign case, and on China's supreme court's circuit court in Xi'an
    assert ("第二巡回法庭", "GovernmentBody") in top_spans(pipeline, "案件随后移交第二巡回法庭审理。", NOWHERE)
    assert ("第十一巡回上诉法院", "GovernmentBody") in top_spans(pipeline, "第十一巡回上诉法院维持原判。", NOWHERE)
    got = top_spans(pipeline, "此案由最高法第一巡回法庭审理。", NOWHERE)
    assert ("最高法第一巡回法庭", "GovernmentBody") in got
