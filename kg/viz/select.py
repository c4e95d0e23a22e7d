"""Which entities a page draws: by type, by date, around a focus, and the best-connected first.

Only typed relations count here (co-occurrence is a layer the page can show,
never a reason to draw a node), so every drawn node has a visible edge unless
isolated nodes are asked for.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import KGError
from .data import COOCCURRENCE, GraphData
from .graph import Drawn

if TYPE_CHECKING:
    import networkx as nx


class SelectionError(KGError):
    """A --focus name that names no entity, or options that select nothing sensible."""


@dataclass(frozen=True)
class Selection:
    """What to draw; the defaults draw the whole typed graph up to `max_nodes`."""

    max_nodes: int = 10000
    focus: tuple[str, ...] = ()  # names or aliases: draw their neighbourhood
    hops: int = 2
    types: tuple[str, ...] = ()  # entity types to keep (local names: Enterprise, Place, …); empty keeps all
    since: str = ""  # article dates (2020, 2020-05 or 2020-05-01): relations stated in [since, until]
    until: str = ""
    isolated: bool = False  # also draw entities with no typed relation


def typed_graph(data: GraphData, sel: Selection) -> nx.MultiDiGraph:
    """Entities (all of them) and the typed relations that pass the type and date filters."""
    import networkx as nx

    g = nx.MultiDiGraph()
    keep_type = set(sel.types)
    g.add_nodes_from((n, d) for n, d in data.graph.nodes(data=True) if not keep_type or d.get("type") in keep_type)
    for s, o, k, d in data.graph.edges(keys=True, data=True):
        if k == COOCCURRENCE or s not in g or o not in g:
            continue
        if (sel.since or sel.until) and not _stated_between(data, (s, k, o), sel.since, sel.until):
            continue
        g.add_edge(s, o, key=k, **d)
    return g


def _stated_between(data: GraphData, key: tuple[str, str, str], since: str, until: str) -> bool:
    for st in data.statements.get(key, ()):
        date = data.articles[st.article].date if st.article in data.articles else ""
        if date and (not since or date >= since) and (not until or date[: len(until)] <= until):
            return True
    return False


def find(g: nx.MultiDiGraph, name: str) -> list[str]:
    """Entities whose canonical name is `name`, else those with `name` among their aliases."""
    exact = [n for n, d in g.nodes(data=True) if d.get("label") == name]
    if exact:
        return exact
    return [n for n, d in g.nodes(data=True) if name in (d.get("aliases") or "").split("、")]


def _focus(g: nx.MultiDiGraph, names: tuple[str, ...], hops: int) -> dict[str, int]:
    """Distance (in typed-relation hops) of every node within `hops` of a focus entity."""
    from networkx import single_source_shortest_path_length as shortest

    u = g.to_undirected(as_view=True)
    dist: dict[str, int] = {}
    for name in names:
        found = find(g, name)
        if not found:
            labels = sorted({d.get("label", "") for _, d in g.nodes(data=True)})
            near = [x for x in labels if name in x][:3] or difflib.get_close_matches(name, labels, n=3, cutoff=0.5)
            hint = f"; did you mean {', '.join(near)}?" if near else "; check the spelling, or run `kg query` to list names"
            raise SelectionError(f"--focus {name!r}: no entity has this name or alias{hint}")
        for n in found:
            for m, k in shortest(u, n, cutoff=hops).items():
                dist[m] = min(k, dist.get(m, k))
    return dist


def select(data: GraphData, sel: Selection) -> nx.MultiDiGraph:
    """The typed subgraph to draw: at most `sel.max_nodes` nodes, nearest the focus and best connected first."""
    _check(sel)
    g = typed_graph(data, sel)
    dist = _focus(g, sel.focus, sel.hops) if sel.focus else {}
    if sel.focus:
        g = g.subgraph(dist).copy()
    if not sel.isolated:
        g.remove_nodes_from([n for n in list(g) if g.degree(n) == 0])
    if g.number_of_nodes() > sel.max_nodes:
        deg = dict(g.degree())
        ranked = sorted(g, key=lambda n: (dist.get(n, 0), -deg[n], g.nodes[n].get("label", n), n))
        g = g.subgraph(ranked[: sel.max_nodes]).copy()
        if not sel.isolated:  # a leaf whose only neighbour was cut
            g.remove_nodes_from([n for n in list(g) if g.degree(n) == 0])
    return g


def _check(sel: Selection) -> None:
    if sel.max_nodes < 1:
        raise SelectionError(f"--max-nodes {sel.max_nodes}: expected a positive number of nodes to draw")


def drawn(data: GraphData, sel: Selection) -> Drawn | None:
    """What `select` draws, without networkx (`kg.viz.graph`), for a selection without a focus;
    None for one with a focus (`select` then)."""
    if sel.focus:
        return None
    _check(sel)
    keep_type = set(sel.types)
    nodes = {n: d for n, d in data.nodes.items() if not keep_type or d.get("type") in keep_type}
    dated = bool(sel.since or sel.until)
    edges = [
        e for e in data.edges
        if e[2] != COOCCURRENCE and e[0] in nodes and e[1] in nodes and (not dated or _stated_between(data, (e[0], e[2], e[1]), sel.since, sel.until))
    ]
    g = Drawn(nodes, edges)
    if not sel.isolated:
        g = g.without_isolated()
    if g.number_of_nodes() > sel.max_nodes:
        deg = dict(g.degree())
        ranked = sorted(g, key=lambda n: (-deg[n], g.nodes[n].get("label", n), n))
        g = g.subgraph(ranked[: sel.max_nodes])
        if not sel.isolated:  # a leaf whose only neighbour was cut
            g = g.without_isolated()
    return g
