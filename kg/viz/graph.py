"""The graph a page draws, without networkx: entities and typed relations as a dict and a list,
with the few `networkx.MultiDiGraph` methods that `layout.positions` and `payload` call.

Importing networkx costs ~0.2 s of CPU, more than drawing the page of a build of a few thousand
entities, and its graph objects cost again per node and edge. The page's selection without a
focus (`select.drawn`) needs none of its algorithms; `select.select`, `data.read_graph` and
`GraphData.graph` still give networkx graphs to whoever asks for one.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

Edge = tuple[str, str, str, dict[str, Any]]  # subject, object, key (the relation), attributes


class Drawn:
    """Nodes (entity IRI -> attributes) and multi-edges keyed by relation, as networkx's
    MultiDiGraph has them: an edge (s, o, key) at most once, a self-loop counting twice in
    the degree of its node."""

    def __init__(self, nodes: dict[str, dict[str, Any]], edges: list[Edge]) -> None:
        self.nodes = nodes
        self._edges = edges

    def __iter__(self) -> Iterator[str]:
        return iter(self.nodes)

    def __len__(self) -> int:
        return len(self.nodes)

    def __contains__(self, node: object) -> bool:
        return node in self.nodes

    def number_of_nodes(self) -> int:
        return len(self.nodes)

    def number_of_edges(self) -> int:
        return len(self._edges)

    def edges(self, keys: bool = False, data: bool = False) -> Iterator[tuple[Any, ...]]:
        for s, o, k, d in self._edges:
            yield (s, o) + ((k,) if keys else ()) + ((d,) if data else ())

    def degree(self) -> Iterable[tuple[str, int]]:
        """(node, in-degree + out-degree) of every node."""
        deg: Counter[str] = Counter()
        for s, o, _, _ in self._edges:
            deg[s] += 1
            deg[o] += 1
        return [(n, deg[n]) for n in self.nodes]

    def subgraph(self, nodes: Iterable[str]) -> Drawn:
        keep = set(nodes)
        return Drawn({n: d for n, d in self.nodes.items() if n in keep}, [e for e in self._edges if e[0] in keep and e[1] in keep])

    def without_isolated(self) -> Drawn:
        """The graph less its nodes of degree 0."""
        linked = {n for s, o, _, _ in self._edges for n in (s, o)}
        return Drawn({n: d for n, d in self.nodes.items() if n in linked}, self._edges)
