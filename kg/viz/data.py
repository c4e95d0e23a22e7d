"""What the page shows, read from the store: entities, typed relations with their statements, articles.

Entities and relations are read as `kg.analyze.to_networkx` reads them, and the
statements (evidence sentence, rule, confidence, post/role/amount/date) and the
articles that state them with them, all by scanning the quads of the few
predicates the page needs (no SPARQL joins: they cost 12 s of a 10,000-node page).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import networkx as nx
import pyoxigraph as ox

from ..vocab import ONTOLOGY, PREFIXES

COOCCURRENCE = "coOccursWith"
ENTITY_CLASSES = ("Enterprise", "GovernmentBody", "Organization", "Project", "Event", "Place", "Person", "IndustryChain", "Award")
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


def _quads(store: ox.Store, predicate: str, graph: ox.DefaultGraph | None = None) -> Iterator[Any]:
    """Quads of one predicate (in every graph unless `graph`): a pattern scan, no SPARQL join.
    (Typed Any: the graph holds no RDF-star triples, so every term has a `.value`.)

    At 460k quads the SPARQL views (analyze.to_networkx: `?s ?p ?o` filtered, then grouped)
    took 12 s; scanning the few predicates the page needs takes a fraction of that.
    """
    return store.quads_for_pattern(None, ox.NamedNode(predicate), None, graph)  # type: ignore[arg-type]


def read_graph(store: ox.Store) -> nx.MultiDiGraph:
    """Entities (`label`, `type`, `aliases`) and relations keyed by local name, `weight` = graphs stating it.

    The same graph as `kg.analyze.to_networkx(store, include_cooccurrence=True)`.
    """
    classes = {ONTOLOGY + t: t for t in ENTITY_CLASSES}
    types = {q.subject.value: classes[q.object.value] for q in _quads(store, _RDF + "type", ox.DefaultGraph()) if q.object.value in classes}
    labels = {q.subject.value: q.object.value for q in _quads(store, PREFIXES["rdfs"] + "label", ox.DefaultGraph()) if q.subject.value in types}
    aliases: dict[str, set[str]] = defaultdict(set)
    for q in _quads(store, PREFIXES["skos"] + "altLabel", ox.DefaultGraph()):
        aliases[q.subject.value].add(q.object.value)
    g = nx.MultiDiGraph()
    for e, label in labels.items():
        g.add_node(e, label=label, type=types[e], aliases="、".join(sorted(aliases.get(e, ()))))
    for p in relation_names():
        weight: Counter[tuple[str, str]] = Counter()
        for q in _quads(store, ONTOLOGY + p):
            s, o = q.subject.value, q.object.value
            if s in labels and o in labels:
                weight[(s, o)] += 1
        for (s, o), n in weight.items():
            g.add_edge(s, o, key=p, relation=p, weight=n)
    return g


_STATEMENT_PROPS = {_RDF + "subject", _RDF + "predicate", _RDF + "object", _PROV + "wasDerivedFrom"} | {
    ONTOLOGY + p for p in ("evidence", "rule", "confidence", *_QUALIFIERS)
}


def read_statements(store: ox.Store) -> list[Statement]:
    """Every kg:Statement of the store (all article graphs), with its evidence and qualifiers."""
    by_id: dict[str, Statement] = {}
    for prop in sorted(_STATEMENT_PROPS):
        for q in _quads(store, prop):
            st = by_id.get(q.subject.value)
            if st is None:
                st = by_id[q.subject.value] = Statement("", "", "")
            v = q.object
            if prop == _RDF + "subject":
                st.subject = v.value
            elif prop == _RDF + "predicate":
                st.predicate = v.value.removeprefix(ONTOLOGY)
            elif prop == _RDF + "object":
                st.object, st.literal = v.value, isinstance(v, ox.Literal)
            elif prop == _PROV + "wasDerivedFrom":
                st.article = v.value
            else:
                _set(st, prop.removeprefix(ONTOLOGY), v.value)
    return [st for st in by_id.values() if st.subject and st.predicate]


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
    for q in _quads(store, _SCHEMA + "headline"):
        arts[q.subject.value].headline = q.object.value
    for q in _quads(store, _SCHEMA + "datePublished"):
        arts[q.subject.value].date = q.object.value
    for q in _quads(store, ONTOLOGY + "sourceFile"):
        arts[q.subject.value].source = q.object.value
    return dict(arts)


def read_codes(store: ox.Store) -> dict[str, str]:
    return {q.subject.value: q.object.value for q in _quads(store, ONTOLOGY + "adminCode", ox.DefaultGraph())}


def load(store: ox.Store) -> GraphData:
    """Everything the page can show about the graph in `store`."""
    g = read_graph(store)
    statements: dict[tuple[str, str, str], list[Statement]] = defaultdict(list)
    attributes: dict[str, list[Statement]] = defaultdict(list)
    for st in read_statements(store):
        if st.literal:
            attributes[st.subject].append(st)
        else:
            statements[(st.subject, st.predicate, st.object)].append(st)
    return GraphData(g, dict(statements), dict(attributes), read_articles(store), read_codes(store))


@lru_cache(maxsize=1)
def _schema() -> list[Any]:  # the schema's triples (no RDF-star: every term has a .value)
    return list(ox.parse((resources.files("kg") / "schema" / "kg.ttl").read_bytes(), ox.RdfFormat.TURTLE))  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def term_labels() -> dict[str, tuple[str, str]]:
    """Local name -> (zh, en) label of every class and property of the ontology (schema/kg.ttl)."""
    labels: dict[str, dict[str, str]] = defaultdict(dict)
    for t in _schema():
        if t.predicate.value == PREFIXES["rdfs"] + "label" and t.subject.value.startswith(ONTOLOGY):
            lit = t.object
            if isinstance(lit, ox.Literal) and lit.language in ("zh", "en"):
                labels[t.subject.value.removeprefix(ONTOLOGY)][lit.language] = lit.value
    return {k: (v.get("zh", k), v.get("en", k)) for k, v in labels.items()}


@lru_cache(maxsize=1)
def relation_names() -> tuple[str, ...]:
    """The ontology's object properties between entities (not mentionedIn/region, which point at articles and places of papers)."""
    obj = PREFIXES["owl"] + "ObjectProperty"
    names = {t.subject.value.removeprefix(ONTOLOGY) for t in _schema() if t.predicate.value == _RDF + "type" and t.object.value == obj}
    return tuple(sorted(names - {"mentionedIn", "region"}))
