"""The named queries shipped in kg/queries, end to end over the graph built from seeds/.

Each test asks one of the questions users bring (who organised an event, who
built a project, what an investor invested in, which posts a person holds …)
and checks the answer the seed pages support.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg import sparql, store

BEFORE = Path(__file__).parent / "queries_before"  # the named queries as of 426ad74, before the rewrite for speed


@pytest.fixture(scope="module")
def graph(built):
    out, _ = built
    return store.open_store(out)


def _rows(graph, query, **params):
    table = sparql.run_named(graph, query, params)
    assert isinstance(table, sparql.Table)
    return [dict(zip(table.columns, (sparql._text(t) for t in row))) for row in table.rows]


def test_every_named_query_parses_and_runs(graph):
    for name, q in sparql.named_queries().items():
        params = {p: "太原市" for p, _ in q.params}
        sparql.run_named(graph, name, params)


def test_who_organised_the_makers_carnival_and_where(graph):
    rows = _rows(graph, "event-organizers", event="2020年山西省“创客嘉年华”活动")
    assert {(r["organizer"], r["role"]) for r in rows} == {("山西省小企业发展促进局", "主办")}
    assert {r["place"] for r in rows} == {"太原市"}
    assert {r["date"] for r in rows} == {"2020-08-18"}


def test_events_list_their_organisers(graph):
    rows = _rows(graph, "organized-by")
    assert ("2024年山西商会节", "山西省投资促进局", "主办") in {(r["event"], r["organizer"], r["role"]) for r in rows}


def test_who_built_the_fire_station_and_where_it_is(graph):
    rows = _rows(graph, "project-contractors", project="大孟特勤消防站综合楼项目")
    assert {r["contractor"] for r in rows} == {"山西建投五建集团"}
    assert "太忻一体化经济区大孟产业新城" in {r["place"] for r in rows}


def test_what_taiyuan_heavy_industry_invested_in(graph):
    rows = _rows(graph, "investments-of", investor="太重集团")
    hit = next(r for r in rows if r["target"].startswith("高端液控挖掘机产业园"))
    assert (hit["amount"], hit["unit"]) == ("4000000000", "CNY")


def test_projects_of_the_industry_chain_article_with_investment(graph):
    rows = _rows(graph, "article-projects", headline="太原工业“链”接未来")
    amounts = {r["project"]: r["investment"] for r in rows if r["investment"]}
    assert amounts["大钢中厚板生产线智能化升级项目"] == "2470000000"
    assert amounts["源瀚战略性新兴产业产业园项目"] == "1080000000"
    assert amounts["三强煤基新材料项目"] == "711000000"


def test_project_investments_are_decimals_in_cny(graph):
    rows = _rows(graph, "project-investments")
    assert {"2470000000", "1080000000", "711000000"} <= {r["investment"] for r in rows}
    assert {r["unit"] for r in rows} == {"CNY"}


def test_posts_of_mu_yingjiang(graph):
    rows = _rows(graph, "person-posts", person="穆映江")
    assert {(r["post"], r["organization"]) for r in rows} >= {("会长", "山西省青商会"), ("董事长", "黄河山西实业有限公司")}


def test_people_posts(graph):
    rows = _rows(graph, "people-posts")
    assert ("刘勇", "副厅长、新闻发言人", "山西省工业和信息化厅") in {(r["person"], r["post"], r["organization"]) for r in rows}


def test_chain_leaders(graph):
    rows = _rows(graph, "chain-leaders")
    got = {(r["chain"], r["leader"]) for r in rows}
    assert {("高端装备制造产业链", "太重集团"), ("风电装备产业链", "太重集团")} <= got


def test_sub_organizations(graph):
    got = {(r["unit"], r["parent"]) for r in _rows(graph, "sub-organizations")}
    assert ("民生银行太原分行", "民生银行") in got
    assert ("山西省商务厅", "山西省人民政府") in got
    assert ("中共山西省委统一战线工作部", "中共山西省委员会") in got


def test_enterprises_in_a_place_follow_the_hierarchy(graph):
    names = {r["name"] for r in _rows(graph, "enterprises-in-place", place="山西省")}
    assert {"太重集团", "山西美锦能源股份有限公司"} <= names


def test_evidence_of_an_entity(graph):
    rows = _rows(graph, "evidence", name="太重集团")
    assert {"invests", "chainLeaderOf", "locatedIn"} <= {r["relation"] for r in rows}
    assert all(r["evidence"] and r["source"].endswith(".txt") for r in rows)


def test_entity_attributes(graph):
    rows = _rows(graph, "entity-attributes", name="三强煤基新材料项目")
    assert ("investment", "711000000", "CNY") in {(r["attribute"], r["value"], r["unit"]) for r in rows}


def test_parameters_are_bound_as_terms_not_text(graph):
    assert _rows(graph, "person-posts", person='穆映江" } UNION { ?x ?y ?z') == []


def test_awards(graph):
    got = {(r["award"], r["recipient"]) for r in _rows(graph, "awards")}
    assert ("2025年山西省新质生产力奖", "太原工业学院") in got  # the award keeps its year, as the seed reader lists it


def _frequent(graph, query, n=8):
    table = sparql.run(graph, query + f" LIMIT {n}")
    return [sparql._text(row[0]) for row in table.rows]


@pytest.fixture(scope="module")
def candidates(graph):
    """Parameter values: the frequent names of the seed graph, of each kind a query takes."""
    common = "GROUP BY ?v ORDER BY DESC(COUNT(*)) ?v"
    return sorted(set(
        _frequent(graph, f"SELECT ?v WHERE {{ ?st rdf:subject|rdf:object ?x . ?x rdfs:label|skos:altLabel ?v }} {common}", 12)
        + _frequent(graph, f"SELECT ?v WHERE {{ ?e kg:locatedIn ?p . ?p rdfs:label|skos:altLabel ?v }} {common}")
        + _frequent(graph, f"SELECT ?v WHERE {{ ?x kg:mentionedIn ?a . ?a schema:headline ?v }} {common}")
        + _frequent(graph, f"SELECT ?v WHERE {{ ?x a kg:Project ; rdfs:label ?v ; kg:mentionedIn ?a }} {common}")
        + _frequent(graph, f"SELECT ?v WHERE {{ ?x a kg:Event ; rdfs:label ?v ; kg:mentionedIn ?a }} {common}")
        + _frequent(graph, f"SELECT ?v WHERE {{ ?m org:member ?x . ?x rdfs:label ?v }} {common}")
    ))


def _answer(graph, q, params):
    table = sparql.run(graph, q.text, params, q.languages)
    return sorted(tuple(str(t) for t in row) for row in table.rows)


@pytest.mark.parametrize("name", sorted(p.stem for p in BEFORE.glob("*.rq")))
def test_rewritten_query_answers_as_before(graph, candidates, name):
    """The forms that answer fast at 10 M triples (bench/query_bench.py) answer what the old forms
    answered on the seed graph, for the examples in their help and the graph's frequent names."""
    new = sparql.named_queries()[name]
    old = sparql.parse_named(name, (BEFORE / f"{name}.rq").read_text(encoding="utf-8"))
    assert [p for p, _ in new.params] == [p for p, _ in old.params]
    examples = [v for _, d in new.params for v in re.findall(r"[^\s,，、]+", d.split("e.g.", 1)[-1]) if "e.g." in d and v != "or"]
    values = (examples + candidates) if new.params else [None]
    answered = 0
    for v in values:
        params = {p: v for p, _ in new.params} if v else {}
        before = _answer(graph, old, params)
        assert _answer(graph, new, params) == before, (name, params)
        answered += bool(before)
    assert answered, f"{name}: no parameter value gave rows, the comparison proves nothing"


def test_label_parameters_are_bound_as_chinese_literals():
    q = sparql.named_queries()["evidence"]
    assert q.params[0][0] == "name" and q.languages == {"name": "zh"}
    assert '"太重集团"@zh' in sparql.prepare(q.text, {"name": "太重集团"}, q.languages)


def _order_keys(text: str) -> list[str] | None:
    """The variables an ORDER BY sorts on, when it sorts on plain (ascending) variables only."""
    m = re.search(r"ORDER BY((?:\s+\?\w+)+)\s*$", text.strip())
    return re.findall(r"\?(\w+)", m[1]) if m else None


@pytest.mark.parametrize("name", sorted(p.stem for p in BEFORE.glob("*.rq") if _order_keys(p.read_text(encoding="utf-8"))))
def test_rewritten_query_orders_as_before(graph, name):
    """Rewritten forms may sort on a cheaper key first (a label's first characters): the rows still
    come in the order the old form's ORDER BY asks for."""
    new = sparql.named_queries()[name]
    old_text = (BEFORE / f"{name}.rq").read_text(encoding="utf-8")
    keys = _order_keys(old_text)
    assert keys
    params = {p: "太原市" for p, _ in new.params}
    for q in (new, sparql.parse_named(name, old_text)):
        table = sparql.run(graph, q.text, params, q.languages)
        at = [table.columns.index(k) for k in keys]
        seq = [tuple(sparql._text(row[i]) if row[i] is not None else "" for i in at) for row in table.rows]
        assert seq == sorted(seq), (name, "new" if q is new else "old")
