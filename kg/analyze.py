"""A networkx view of the graph: typed entities as nodes, typed relations as edges."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import networkx as nx
import pyoxigraph as ox

from .vocab import ONTOLOGY, PREFIXES

_ENTITY_TYPES = ("Enterprise", "GovernmentBody", "Organization", "Project", "Event", "Place", "Person", "IndustryChain", "Award")
_NODES = f"""
SELECT ?e ?type ?label (GROUP_CONCAT(DISTINCT ?alt; separator="、") AS ?aliases) WHERE {{
  ?e a ?type ; <{PREFIXES['rdfs']}label> ?label .
  VALUES ?type {{ {' '.join(f'<{ONTOLOGY}{t}>' for t in _ENTITY_TYPES)} }}
  OPTIONAL {{ ?e <{PREFIXES['skos']}altLabel> ?alt }}
}} GROUP BY ?e ?type ?label
"""
_EDGES = f"""
SELECT ?s ?p ?o (COUNT(*) AS ?n) WHERE {{
  ?s ?p ?o .
  FILTER(STRSTARTS(STR(?p), "{ONTOLOGY}") && ?p != <{ONTOLOGY}mentionedIn> && ?p != <{ONTOLOGY}region> && isIRI(?o))
  ?o a ?t .
}} GROUP BY ?s ?p ?o
"""


def _select(store: ox.Store, query: str) -> ox.QuerySolutions:
    res = store.query(query, use_default_graph_as_union=True)
    assert isinstance(res, ox.QuerySolutions)  # our own SELECT queries
    return res


def to_networkx(store: ox.Store, include_cooccurrence: bool = False) -> nx.MultiDiGraph:
    """Nodes: entity IRIs with `label`, `type`, `aliases`; edges keyed by relation local name."""
    g = nx.MultiDiGraph()
    for sol in _select(store, _NODES):
        g.add_node(
            sol["e"].value,
            label=sol["label"].value,
            type=sol["type"].value.removeprefix(ONTOLOGY),
            aliases=sol["aliases"].value if sol["aliases"] else "",
        )
    for sol in _select(store, _EDGES):
        p = sol["p"].value.removeprefix(ONTOLOGY)
        if p == "coOccursWith" and not include_cooccurrence:
            continue
        s, o = sol["s"].value, sol["o"].value
        if s in g and o in g:
            g.add_edge(s, o, key=p, relation=p, weight=int(sol["n"].value))
    return g


@dataclass(frozen=True)
class Stats:
    entities: dict[str, int]
    relations: dict[str, int]
    triples: int
    articles: int
    top_degree: list[tuple[str, str, int]]
    top_pagerank: list[tuple[str, str, float]]


def stats(store: ox.Store, top: int = 10) -> Stats:
    g = to_networkx(store)
    ents = Counter(d["type"] for _, d in g.nodes(data=True))
    rels = Counter(k for _, _, k in g.edges(keys=True))
    triples = len(store)
    articles = next(iter(_select(store, f"SELECT (COUNT(?a) AS ?n) WHERE {{ ?a a <{ONTOLOGY}Article> }}")))["n"].value
    simple = nx.Graph(g.to_undirected())
    deg = sorted(simple.degree, key=lambda x: (-x[1], x[0]))[:top]
    pr: dict[str, float] = nx.pagerank(simple) if simple.number_of_edges() else {}
    top_pr = sorted(pr.items(), key=lambda x: (-x[1], x[0]))[:top]
    return Stats(
        entities=dict(ents.most_common()),
        relations=dict(rels.most_common()),
        triples=triples,
        articles=int(articles),
        top_degree=[(g.nodes[n]["label"], g.nodes[n]["type"], d) for n, d in deg],
        top_pagerank=[(g.nodes[n]["label"], g.nodes[n]["type"], round(v, 4)) for n, v in top_pr],
    )
