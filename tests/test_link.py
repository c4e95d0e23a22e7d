from __future__ import annotations

from kg.link import Linker, infer_locale
from kg.types import Document, Locale, Mention


def _m(text, typ):
    return Mention("d", 0, len(text), text, typ, "test")


def test_short_department_names_expand_with_the_locale(pipeline):
    lk = Linker(pipeline.lexicon)
    doc = Document("d", "", "a.txt")
    got = lk.link(doc, [_m("省工信厅", "GovernmentBody"), _m("市委宣传部", "GovernmentBody"), _m("晋城海关", "GovernmentBody")], Locale("山西省", "太原市"))
    assert [m.canonical for m in got] == ["山西省工业和信息化厅", "中共太原市委宣传部", "晋城海关"]


def test_same_short_name_in_two_cities_stays_two_entities(pipeline):
    lk = Linker(pipeline.lexicon)
    a = lk.link(Document("a", "", "a.txt"), [_m("市公安局", "GovernmentBody")], Locale("山西省", "太原市"))
    b = lk.link(Document("b", "", "b.txt"), [_m("市公安局", "GovernmentBody")], Locale("浙江省", "杭州市"))
    c = lk.link(Document("c", "", "c.txt"), [_m("市公安局", "GovernmentBody")], Locale())
    d = lk.link(Document("d", "", "d.txt"), [_m("市公安局", "GovernmentBody")], Locale())
    assert a[0].canonical == "太原市公安局" and b[0].canonical == "杭州市公安局"
    assert len({a[0].key, b[0].key, c[0].key, d[0].key}) == 4


def test_enterprise_short_forms_merge_into_the_full_name(pipeline):
    lk = Linker(pipeline.lexicon)
    doc = Document("d", "", "a.txt")
    lk.link(doc, [_m("山西美锦能源股份有限公司", "Enterprise"), _m("美锦能源", "Enterprise"), _m("太钢集团", "Enterprise"), _m("太钢", "Enterprise")], Locale("山西省"))
    moved = lk.merge_aliases()
    ents = lk.result()
    assert moved["Enterprise/美锦能源"] == "Enterprise/山西美锦能源股份有限公司"
    assert "美锦能源" in ents["Enterprise/山西美锦能源股份有限公司"].aliases
    assert ents["Enterprise/山西美锦能源股份有限公司"].merges


def test_infer_locale_from_datelines(pipeline):
    loc = infer_locale([("晋城海关帮扶企业。", "晋城"), ("太原市启用系统。", "太原"), ("山西省沁源县。", "太原")], pipeline.lexicon)
    assert loc.province == "山西省" and loc.city == "太原市"


def test_parse_region(pipeline):
    assert pipeline.lexicon.parse_region("山西省太原市") == Locale("山西省", "太原市", None, "given")
    assert pipeline.lexicon.parse_region("杭州").province == "浙江省"
