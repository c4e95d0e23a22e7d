from __future__ import annotations

from kg.relations import parse_amount
from kg.types import Document, Locale


def test_parse_amount_is_exact():
    assert parse_amount("24.7", "亿", "元") == ("2470000000", "CNY")
    assert parse_amount("1188", "万", "元") == ("11880000", "CNY")


def _facts(pipeline, text, locale=Locale("山西省", "太原市")):
    r = pipeline.process(Document("t", text, "t.txt"), locale)
    return {(f.s_text, f.predicate, f.o_text, f.role or f.post or "") for f in r.facts if f.predicate != "coOccursWith"}


def test_organizes_with_role(pipeline):
    got = _facts(pipeline, "由省小企业发展促进局主办的2020年山西省“创客嘉年华”活动，将于8月18日在太原举办。")
    assert ("省小企业发展促进局", "organizes", "2020年山西省“创客嘉年华”活动", "主办") in got
    assert ("2020年山西省“创客嘉年华”活动", "locatedIn", "太原", "") in got


def test_member_of_with_post(pipeline):
    got = _facts(pipeline, "省工信厅副厅长、新闻发言人刘勇表示，该厅将推进新型工业化。")
    assert ("刘勇", "memberOf", "省工信厅", "副厅长、新闻发言人") in got


def test_place_prefix_of_a_name(pipeline):
    got = _facts(pipeline, "晋城海关积极推动外贸发展。")
    assert ("晋城海关", "locatedIn", "晋城", "") in got
