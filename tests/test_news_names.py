"""Names a reader would list, on news from every province (issue 10).

Every sentence here is written for these tests in the style of a national or provincial paper
of another province than the seeds'; none is copied from the gold articles or the seeds.
"""
from __future__ import annotations

from kg.types import Locale

from .conftest import top_spans

NOWHERE = Locale()


def spans(pipeline, text, locale=NOWHERE):
    return top_spans(pipeline, text, locale)


def test_a_post_is_no_part_of_the_body_before_it(pipeline):
    got = spans(pipeline, "中共中央政治局常委、全国政协主席王沪宁出席会议并讲话。")
    assert ("中共中央政治局", "GovernmentBody") in got
    assert ("中共中央政治局常委", "GovernmentBody") not in got
    assert ("王沪宁", "Person") in got


def test_a_body_name_stops_before_a_post_and_the_person_holding_it(pipeline):
    got = spans(pipeline, "西咸新区管委会主任王建军率西咸新区代表团赴深圳考察。")
    assert ("西咸新区管委会", "GovernmentBody") in got
    assert ("王建军", "Person") in got
    assert ("西咸新区代表团", "Organization") in got
    assert not any("王建军" in n and t != "Person" for n, t in got), got


def test_a_verb_glued_to_meeting_makes_no_event(pipeline):
    got = spans(pipeline, "广西壮族自治区党委常委、南宁市委书记农生文主持会议，自治区有关部门负责同志出席会议。")
    assert not any(t == "Event" for _, t in got), got
    assert ("南宁市委", "GovernmentBody") in got
