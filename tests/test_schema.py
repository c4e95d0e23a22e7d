"""The ontology (schema/kg.ttl) and SHACL shapes (schema/shapes.ttl)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace
from rdflib.namespace import OWL, RDF, RDFS

pyshacl = pytest.importorskip("pyshacl")

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schema"
KG = Namespace("https://w3id.org/kg-news/ontology#")

PREFIXES = """
@prefix kg:     <https://w3id.org/kg-news/ontology#> .
@prefix id:     <https://w3id.org/kg-news/id/> .
@prefix rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs:   <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .
@prefix skos:   <http://www.w3.org/2004/02/skos/core#> .
@prefix prov:   <http://www.w3.org/ns/prov#> .
@prefix schema: <https://schema.org/> .
@prefix org:    <http://www.w3.org/ns/org#> .
"""

ARTICLE = """
<https://w3id.org/kg-news/id/article/a1> a kg:Article ;
    kg:sourceFile "data/2024-05-01/p01.txt" ;
    kg:position 0 ;
    kg:dateline "本报讯" ;
    kg:region <https://w3id.org/kg-news/id/place/320500> ;
    schema:datePublished "2024-05-01"^^xsd:date .
"""

VALID = PREFIXES + ARTICLE + """
<https://w3id.org/kg-news/id/place/320000> a kg:Place ;
    rdfs:label "江苏省"@zh ;
    kg:adminCode "320000" ; kg:adminLevel "province" .

<https://w3id.org/kg-news/id/place/320500> a kg:Place ;
    rdfs:label "苏州市"@zh , "Suzhou"@en ;
    skos:altLabel "苏州"@zh ;
    kg:adminCode "320500" ; kg:adminLevel "city" ;
    kg:locatedIn <https://w3id.org/kg-news/id/place/320000> ;
    schema:latitude 31.30 ; schema:longitude 120.58 .

<https://w3id.org/kg-news/id/enterprise/e1> a kg:Enterprise ;
    rdfs:label "苏州某某科技有限公司"@zh ;
    skos:altLabel "某某科技"@zh ;
    kg:locatedIn <https://w3id.org/kg-news/id/place/320500> ;
    kg:invests <https://w3id.org/kg-news/id/project/p1> ;
    kg:chainLeaderOf <https://w3id.org/kg-news/id/chain/c1> ;
    kg:mentionedIn <https://w3id.org/kg-news/id/article/a1> .

<https://w3id.org/kg-news/id/government/g1> a kg:GovernmentBody ;
    rdfs:label "苏州市人民政府"@zh ;
    kg:organizes <https://w3id.org/kg-news/id/event/v1> ;
    kg:signsWith <https://w3id.org/kg-news/id/enterprise/e1> .

<https://w3id.org/kg-news/id/organization/o1> a kg:Organization ;
    rdfs:label "苏州大学"@zh ;
    kg:subOrganizationOf <https://w3id.org/kg-news/id/government/g1> .

<https://w3id.org/kg-news/id/project/p1> a kg:Project ;
    rdfs:label "新能源电池项目"@zh .

<https://w3id.org/kg-news/id/event/v1> a kg:Event ;
    rdfs:label "苏州投资洽谈会"@zh .

<https://w3id.org/kg-news/id/chain/c1> a kg:IndustryChain ;
    rdfs:label "新能源产业链"@zh .

<https://w3id.org/kg-news/id/person/x1> a kg:Person ;
    rdfs:label "张三"@zh ;
    kg:memberOf <https://w3id.org/kg-news/id/enterprise/e1> .

<https://w3id.org/kg-news/id/membership/m1> a kg:Membership ;
    org:member <https://w3id.org/kg-news/id/person/x1> ;
    org:organization <https://w3id.org/kg-news/id/enterprise/e1> ;
    kg:post "董事长" .

<https://w3id.org/kg-news/id/statement/s1> a kg:Statement ;
    rdf:subject <https://w3id.org/kg-news/id/enterprise/e1> ;
    rdf:predicate kg:invests ;
    rdf:object <https://w3id.org/kg-news/id/project/p1> ;
    kg:rule "invest.v1" ;
    kg:confidence 0.9 ;
    kg:amount "500000000"^^xsd:decimal ;
    kg:unit "CNY" ;
    kg:evidence "某某科技投资5亿元建设新能源电池项目。" ;
    kg:start 12 ; kg:end 30 ;
    prov:wasDerivedFrom <https://w3id.org/kg-news/id/article/a1> .

<https://w3id.org/kg-news/id/statement/s2> a kg:Statement ;
    rdf:subject <https://w3id.org/kg-news/id/government/g1> ;
    rdf:predicate kg:organizes ;
    rdf:object <https://w3id.org/kg-news/id/event/v1> ;
    kg:rule "organize.v1" ;
    kg:role "主办" ;
    kg:confidence 1.0 ;
    kg:evidence "苏州市人民政府主办苏州投资洽谈会。" ;
    kg:start 0 ; kg:end 17 ;
    prov:wasDerivedFrom <https://w3id.org/kg-news/id/article/a1> .
"""

STATEMENT_WITHOUT_RULE = PREFIXES + ARTICLE + """
<https://w3id.org/kg-news/id/place/320500> a kg:Place ; rdfs:label "苏州市"@zh .

<https://w3id.org/kg-news/id/statement/s1> a kg:Statement ;
    rdf:subject <https://w3id.org/kg-news/id/place/320500> ;
    rdf:predicate kg:mentionedIn ;
    rdf:object <https://w3id.org/kg-news/id/article/a1> ;
    kg:confidence 0.5 ;
    kg:evidence "苏州市" ;
    kg:start 0 ; kg:end 3 ;
    prov:wasDerivedFrom <https://w3id.org/kg-news/id/article/a1> .
"""

ENTERPRISE_WITHOUT_ZH_LABEL = PREFIXES + """
<https://w3id.org/kg-news/id/enterprise/e1> a kg:Enterprise ;
    rdfs:label "Some Tech Co."@en .
"""


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(SCHEMA_DIR / "kg.ttl", format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SCHEMA_DIR / "shapes.ttl", format="turtle")


def _validate(data: str, ontology: Graph, shapes: Graph) -> tuple[bool, str]:
    graph = Graph().parse(data=data, format="turtle")
    conforms, _, text = pyshacl.validate(
        graph,
        shacl_graph=shapes,
        ont_graph=ontology,
        inference="none",
        advanced=False,
    )
    return conforms, text


def test_files_parse(ontology: Graph, shapes: Graph) -> None:
    assert len(ontology) > 100
    assert len(shapes) > 50
    assert (KG[""], RDF.type, OWL.Ontology) in ontology


def _terms(ontology: Graph) -> set:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    return {
        s
        for kind in kinds
        for s in ontology.subjects(RDF.type, kind)
        if str(s).startswith(str(KG)) and str(s) != str(KG)
    }


def test_every_term_has_zh_and_en_labels(ontology: Graph) -> None:
    terms = _terms(ontology)
    assert KG.Enterprise in terms and KG.locatedIn in terms and KG.confidence in terms
    for term in terms:
        for pred in (RDFS.label, RDFS.comment):
            langs = {o.language for o in ontology.objects(term, pred) if isinstance(o, Literal)}
            assert {"zh", "en"} <= langs, f"{term} {pred} languages: {langs}"


def test_every_kg_term_is_declared(ontology: Graph) -> None:
    """Every kg: IRI used anywhere in the ontology is declared as a class or property."""
    declared = _terms(ontology)
    used = {
        node
        for triple in ontology
        for node in triple
        if str(node).startswith(str(KG)) and str(node) != str(KG)
    }
    assert used <= declared, used - declared


def test_valid_graph_conforms(ontology: Graph, shapes: Graph) -> None:
    conforms, text = _validate(VALID, ontology, shapes)
    assert conforms, text


@pytest.mark.parametrize(
    ("data", "path"),
    [(STATEMENT_WITHOUT_RULE, "kg:rule"), (ENTERPRISE_WITHOUT_ZH_LABEL, "rdfs:label")],
    ids=["statement-without-rule", "enterprise-without-zh-label"],
)
def test_invalid_graphs_do_not_conform(
    data: str, path: str, ontology: Graph, shapes: Graph
) -> None:
    conforms, text = _validate(data, ontology, shapes)
    assert not conforms, text
    assert f"Result Path: {path}" in text, text
