"""What the page shows, read from the store: entities, typed relations with their statements, articles.

Entities and relations are read as `kg.analyze.to_networkx` reads them, and the
statements (evidence sentence, rule, confidence, post/role/amount/date) and the
articles that state them with them, all by scanning the quads of the few
predicates the page needs (no SPARQL joins: they cost 12 s of a 10,000-node page).
The quads are gathered as a `Part` of sets, which a build also keeps per page in its spool
and joins (`join`) for graph.html: the same page, without reading the store again.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from ..vocab import ONTOLOGY, PREFIXES

if TYPE_CHECKING:
    import networkx as nx  # imported where a networkx graph is asked for (GraphData.graph, select): a build does without it

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

    nodes: dict[str, dict[str, Any]]  # entity IRI -> label, type, aliases (in IRI order)
    edges: list[tuple[str, str, str, dict[str, Any]]]  # (s, o, relation local name, relation and weight), co-occurrence included
    statements: dict[tuple[str, str, str], list[Statement]]  # (s, p, o) -> statements
    attributes: dict[str, list[Statement]]  # entity IRI -> literal-valued statements
    articles: dict[str, Article]
    codes: dict[str, str]  # entity IRI -> kg:adminCode

    @cached_property
    def graph(self) -> nx.MultiDiGraph:
        """The entities and relations as a networkx graph, made when first asked for (a build's
        page does without networkx: `kg.viz.graph`)."""
        import networkx as nx

        g = nx.MultiDiGraph()
        g.add_nodes_from(self.nodes.items())
        g.add_edges_from(self.edges)
        return g


def _quads(store: ox.Store, predicate: str, graph: ox.DefaultGraph | None = None) -> Iterator[Any]:
    """Quads of one predicate (in every graph unless `graph`): a pattern scan, no SPARQL join.
    (Typed Any: the graph holds no RDF-star triples, so every term has a `.value`.)

    At 460k quads the SPARQL views (analyze.to_networkx: `?s ?p ?o` filtered, then grouped)
    took 12 s; scanning the few predicates the page needs takes a fraction of that.
    """
    return store.quads_for_pattern(None, ox.NamedNode(predicate), None, graph)  # type: ignore[arg-type]


_ENTITY_PROPS = {_RDF + "type": "types", PREFIXES["rdfs"] + "label": "labels", PREFIXES["skos"] + "altLabel": "aliases", ONTOLOGY + "adminCode": "codes"}
_STATEMENT_PROPS = {_RDF + "subject", _RDF + "predicate", _RDF + "object", _PROV + "wasDerivedFrom"} | {
    ONTOLOGY + p for p in ("evidence", "rule", "confidence", *_QUALIFIERS)
}
_ARTICLE_PROPS = {_SCHEMA + "headline": 0, _SCHEMA + "datePublished": 1, ONTOLOGY + "sourceFile": 2}


@dataclass
class Part:
    """What the page needs of some quads (a whole store's, one page's, the entity table's), as
    sets, so that parts join into what one read of all their quads gives (`join`), and the
    graph the page draws does not depend on the order the quads came in (`frozen`, `join`).

    A build keeps each page's part in its spool (kg.patch), so that graph.html of an update
    joins the parts instead of reading the whole store again."""

    entity: dict[str, dict[str, set[str]]] = field(default_factory=lambda: {k: {} for k in ("types", "labels", "aliases", "codes")})  # default graph
    relations: set[tuple[str, str, str, str]] = field(default_factory=set)  # (s, relation, o, graph)
    statements: dict[str, list[tuple[str, str, bool]]] = field(default_factory=dict)  # IRI -> (property, value, literal)
    articles: dict[str, tuple[set[str], set[str], set[str]]] = field(default_factory=dict)  # IRI -> headlines, dates, sources

    def add(self, quads: Iterable[Any]) -> Part:
        """Take in the quads the page needs (any others are passed over)."""
        kinds = _kinds()
        relations, statements, articles, literal, default = self.relations.add, self.statements, self.articles, ox.Literal, ox.DefaultGraph
        for q in quads:
            kind = kinds.get(q.predicate.value)
            if kind is None:
                continue
            what, arg = kind
            if what == _STATEMENT:
                o = q.object
                statements.setdefault(q.subject.value, []).append((arg, o.value, isinstance(o, literal)))
            elif what == _RELATION:
                relations((q.subject.value, arg, q.object.value, _graph(q.graph_name)))
            elif what == _ARTICLE:
                articles.setdefault(q.subject.value, (set(), set(), set()))[arg].add(q.object.value)
            elif isinstance(q.graph_name, default):
                self.entity[arg].setdefault(q.subject.value, set()).add(q.object.value)
        return self

    def frozen(self) -> tuple[Any, ...]:
        """The part as plain tuples, dicts and sets (what a spool pickles): the entities and
        relations as sets, to be joined with other parts'; each statement and article resolved
        (`_statement`: its quads are in its article's graph, one part's)."""
        statements = {iri: _row(st) for iri, st in ((iri, _statement(props)) for iri, props in self.statements.items()) if st.subject and st.predicate}
        articles = {a: tuple(min(v) if v else "" for v in vs) for a, vs in self.articles.items()}
        return (self.entity, self.relations, statements, articles)


_STATEMENT, _RELATION, _ARTICLE, _ENTITY = range(4)


@lru_cache(maxsize=1)
def _kinds() -> dict[str, tuple[int, Any]]:
    """Predicate IRI -> what `Part.add` does with its quads, and with what."""
    kinds: dict[str, tuple[int, Any]] = {p: (_ENTITY, name) for p, name in _ENTITY_PROPS.items()}
    kinds.update({p: (_ARTICLE, i) for p, i in _ARTICLE_PROPS.items()})
    kinds.update({ONTOLOGY + p: (_RELATION, p) for p in relation_names()})
    kinds.update({p: (_STATEMENT, p) for p in _STATEMENT_PROPS})
    return kinds


def _row(st: Statement) -> tuple[Any, ...]:
    return (st.subject, st.predicate, st.object, st.literal, st.evidence, st.rule, st.confidence, st.article, st.qualifiers)


def _graph(g: Any) -> str:
    return "" if isinstance(g, ox.DefaultGraph) else str(g.value)


def join(parts: Iterable[tuple[Any, ...]]) -> GraphData | None:
    """The page's data of the quads of all `parts` (`Part.frozen`), as `load` reads it from a
    store holding exactly those quads; None when two parts describe one statement or one
    article (pages sharing an article IRI): read the store then."""
    entity: dict[str, dict[str, set[str]]] = {k: {} for k in ("types", "labels", "aliases", "codes")}
    relations: set[tuple[str, str, str, str]] = set()
    statements: dict[str, tuple[Any, ...]] = {}
    articles: dict[str, tuple[str, str, str]] = {}
    n_statements = n_articles = 0
    for ent, rels, sts, arts in parts:
        for name, values in ent.items():
            mine = entity[name]
            for k, v in values.items():
                mine.setdefault(k, set()).update(v)
        relations |= rels
        statements.update(sts)
        articles.update(arts)
        n_statements += len(sts)
        n_articles += len(arts)
    if len(statements) != n_statements or len(articles) != n_articles:
        return None
    return _resolve(entity, relations, statements.values(), articles)


def _resolve(entity: dict[str, dict[str, set[str]]], relations: set[tuple[str, str, str, str]], statements: Iterable[tuple[Any, ...]], articles: dict[str, tuple[str, str, str]]) -> GraphData:
    """GraphData from joined parts: a property stated twice takes its least value (a graph read
    in any order gives one page); relations weigh the graphs stating them."""
    classes = {ONTOLOGY + t: t for t in ENTITY_CLASSES}
    types = {s: classes[min(ts & classes.keys())] for s, ts in entity["types"].items() if ts & classes.keys()}
    labels = {s: min(ls) for s, ls in entity["labels"].items() if s in types}
    aliases = entity["aliases"]
    nodes = {e: {"label": labels[e], "type": types[e], "aliases": "、".join(sorted(aliases.get(e, ())))} for e in sorted(labels)}
    weight: Counter[tuple[str, str, str]] = Counter((s, p, o) for s, p, o, _ in relations if s in labels and o in labels)
    edges = [(s, o, p, {"relation": p, "weight": n}) for (s, p, o), n in sorted(weight.items())]
    by_relation: dict[tuple[str, str, str], list[Statement]] = defaultdict(list)
    attributes: dict[str, list[Statement]] = defaultdict(list)
    for row in statements:
        st = Statement(*row)
        if st.literal:
            attributes[st.subject].append(st)
        else:
            by_relation[(st.subject, st.predicate, st.object)].append(st)
    arts = {a: Article(*v) for a, v in articles.items()}
    codes = {s: min(cs) for s, cs in entity["codes"].items()}
    return GraphData(nodes, edges, dict(by_relation), dict(attributes), arts, codes)


def _statement(props: list[tuple[str, str, bool]]) -> Statement:
    least: dict[str, tuple[str, bool]] = {}
    for prop, value, literal in props:
        if prop not in least or (value, literal) < least[prop]:
            least[prop] = (value, literal)
    st = Statement("", "", "")
    for prop in sorted(least):  # qualifiers in one order, however the quads came
        value, literal = least[prop]
        if prop == _RDF + "subject":
            st.subject = value
        elif prop == _RDF + "predicate":
            st.predicate = value.removeprefix(ONTOLOGY)
        elif prop == _RDF + "object":
            st.object, st.literal = value, literal
        elif prop == _PROV + "wasDerivedFrom":
            st.article = value
        else:
            _set(st, prop.removeprefix(ONTOLOGY), value)
    return st


def _set(st: Statement, name: str, value: str) -> None:
    if name == "evidence":
        st.evidence = value
    elif name == "rule":
        st.rule = value
    elif name == "confidence":
        st.confidence = float(value)
    elif name in _QUALIFIERS:
        st.qualifiers[name] = value


def read(store: ox.Store) -> Part:
    """The part of every quad of `store` (a scan per predicate the page needs: no SPARQL join)."""
    part = Part()
    for p in _ENTITY_PROPS:
        part.add(_quads(store, p, ox.DefaultGraph()))
    for p in [*(ONTOLOGY + r for r in relation_names()), *sorted(_STATEMENT_PROPS), *_ARTICLE_PROPS]:
        part.add(_quads(store, p))
    return part


def read_graph(store: ox.Store) -> nx.MultiDiGraph:
    """Entities (`label`, `type`, `aliases`) and relations keyed by local name, `weight` = graphs stating it.

    The same graph as `kg.analyze.to_networkx(store, include_cooccurrence=True)`.
    """
    return load(store).graph


def load(store: ox.Store) -> GraphData:
    """Everything the page can show about the graph in `store`."""
    data = join([read(store).frozen()])
    assert data is not None  # one part
    return data


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
