"""What the page shows, read from the store: entities, typed relations with their statements, articles.

The networkx view (`kg.analyze.to_networkx`) gives the entities and relations;
the statements (evidence sentence, rule, confidence, post/role/amount/date) and
the articles that state them are read here with flat SPARQL queries (one row
per property, grouped in Python: joins with OPTIONALs are slow in Oxigraph).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import networkx as nx
import pyoxigraph as ox

from .. import analyze
from ..vocab import ONTOLOGY, PREFIXES

COOCCURRENCE = "coOccursWith"
_RDF = PREFIXES["rdf"]
_SCHEMA = PREFIXES["schema"]
_PROV = PREFIXES["prov"]
# statement properties kept for the page (local name -> payload key)
_QUALIFIERS = ("post", "role", "amount", "unit", "date", "topic")


@dataclass
class Statement:
    """One sentence stating one relation (or one attribute when `literal`)."""

    subject: str
    predicate: str
    object: str
    literal: bool = False
    evidence: str = ""
    rule: str = ""
    confidence: float = 1.0
    article: str = ""
    qualifiers: dict[str, str] = field(default_factory=dict)


@dataclass
class Article:
    headline: str = ""
    date: str = ""
    source: str = ""


@dataclass
class GraphData:
    """Entities and relations of a built graph, with the statements behind each relation."""

    graph: nx.MultiDiGraph  # entities; edges keyed by relation local name, co-occurrence included
    statements: dict[tuple[str, str, str], list[Statement]]  # (s, p, o) -> statements
    attributes: dict[str, list[Statement]]  # entity IRI -> literal-valued statements
    articles: dict[str, Article]
    codes: dict[str, str]  # entity IRI -> kg:adminCode


def _rows(store: ox.Store, query: str) -> ox.QuerySolutions:
    res = store.query(query, use_default_graph_as_union=True)
    if not isinstance(res, ox.QuerySolutions):  # pragma: no cover - our own SELECTs
        raise TypeError("expected SELECT results")
    return res


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def read_statements(store: ox.Store) -> list[Statement]:
    """Every kg:Statement of the store (all article graphs), with its evidence and qualifiers."""
    by_id: dict[str, Statement] = {}
    q = f"SELECT ?st ?p ?v WHERE {{ ?st a <{ONTOLOGY}Statement> ; ?p ?v }}"
    for row in _rows(store, q):
        st = by_id.setdefault(row["st"].value, Statement("", "", ""))
        p, v = row["p"].value, row["v"]
        if p == _RDF + "subject":
            st.subject = v.value
        elif p == _RDF + "predicate":
            st.predicate = v.value.removeprefix(ONTOLOGY)
        elif p == _RDF + "object":
            st.object, st.literal = v.value, isinstance(v, ox.Literal)
        elif p == _PROV + "wasDerivedFrom":
            st.article = v.value
        elif p.startswith(ONTOLOGY):
            _set(st, p.removeprefix(ONTOLOGY), v.value)
    return list(by_id.values())


def _set(st: Statement, name: str, value: str) -> None:
    if name == "evidence":
        st.evidence = value
    elif name == "rule":
        st.rule = value
    elif name == "confidence":
        st.confidence = float(value)
    elif name in _QUALIFIERS:
        st.qualifiers[name] = value


def read_articles(store: ox.Store) -> dict[str, Article]:
    arts: dict[str, Article] = defaultdict(Article)
    q = (
        f"SELECT ?a ?p ?v WHERE {{ ?a a <{ONTOLOGY}Article> ; ?p ?v "
        f"FILTER(?p IN (<{_SCHEMA}headline>, <{_SCHEMA}datePublished>, <{ONTOLOGY}sourceFile>)) }}"
    )
    for row in _rows(store, q):
        a, p, v = arts[row["a"].value], row["p"].value, row["v"].value
        if p.endswith("headline"):
            a.headline = v
        elif p.endswith("datePublished"):
            a.date = v
        else:
            a.source = v
    return dict(arts)


def read_codes(store: ox.Store) -> dict[str, str]:
    q = f"SELECT ?e ?c WHERE {{ ?e <{ONTOLOGY}adminCode> ?c }}"
    return {row["e"].value: row["c"].value for row in _rows(store, q)}


def load(store: ox.Store) -> GraphData:
    """Everything the page can show about the graph in `store`."""
    g = analyze.to_networkx(store, include_cooccurrence=True)
    statements: dict[tuple[str, str, str], list[Statement]] = defaultdict(list)
    attributes: dict[str, list[Statement]] = defaultdict(list)
    for st in read_statements(store):
        if st.literal:
            attributes[st.subject].append(st)
        else:
            statements[(st.subject, st.predicate, st.object)].append(st)
    return GraphData(g, dict(statements), dict(attributes), read_articles(store), read_codes(store))


@lru_cache(maxsize=1)
def term_labels() -> dict[str, tuple[str, str]]:
    """Local name -> (zh, en) label of every class and property of the ontology (schema/kg.ttl)."""
    ttl = (resources.files("kg") / "schema" / "kg.ttl").read_bytes()
    labels: dict[str, dict[str, str]] = defaultdict(dict)
    for t in ox.parse(ttl, ox.RdfFormat.TURTLE):
        if t.predicate.value == PREFIXES["rdfs"] + "label" and t.subject.value.startswith(ONTOLOGY):
            lit = t.object
            if isinstance(lit, ox.Literal) and lit.language in ("zh", "en"):
                labels[t.subject.value.removeprefix(ONTOLOGY)][lit.language] = lit.value
    return {k: (v.get("zh", k), v.get("en", k)) for k, v in labels.items()}
