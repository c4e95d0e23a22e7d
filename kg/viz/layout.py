"""Node positions computed before the page opens, so that the page draws once and is idle.

Fruchterman-Reingold with igraph's grid approximation (C, near-linear: 10,000
nodes in about a second, where networkx's ForceAtlas2 is quadratic: 47 s for
2,400 nodes) over typed relations only, each connected component on its own; then
the components are packed into rows, largest first, so that the many small components of a news
graph (a person and an employer, a firm and its town) sit in a tidy grid
instead of a ring flung around the giant component.
"""
from __future__ import annotations

import hashlib
import json
import math
import random
from collections.abc import MutableMapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx

    from .graph import Drawn

Point = tuple[float, float]
_GAP = 2.0  # layout units between packed components (an edge is about 1 unit long)


def positions(g: nx.MultiDiGraph | Drawn, seed: int = 1, memo: MutableMapping[str, list[Point]] | None = None) -> dict[str, Point]:
    """x, y of every node of `g` (deterministic for a given graph and seed).

    Each connected component is laid out on its own (its shape depends only on its nodes
    and the pairs an edge joins, and on `seed`), then the components are packed. `memo`
    keeps the components' layouts by that signature: an update that leaves a component as
    it was gets its shape again, the same as computed, and lays out only the others.
    """
    nodes = sorted(g)
    if not nodes:
        return {}
    index = {n: i for i, n in enumerate(nodes)}
    pairs = sorted({(min(index[s], index[o]), max(index[s], index[o])) for s, o in g.edges() if s != o})
    comps = _components(len(nodes), pairs)
    known = dict(memo or {})
    shapes = []
    for comp, local in comps:
        names = [nodes[i] for i in comp]
        sig = hashlib.sha1(json.dumps([seed, names, local], ensure_ascii=False).encode("utf-8")).hexdigest()
        if sig not in known:
            known[sig] = _layout(len(comp), local, seed)
        shapes.append((sig, known[sig]))
    if memo is not None:
        memo.clear()
        memo.update(shapes)
    placed = _pack([shape for _, shape in shapes])
    return {nodes[i]: p for (c, _), pts in zip(comps, placed) for i, p in zip(c, pts)}


def _components(n: int, pairs: list[tuple[int, int]]) -> list[tuple[list[int], list[tuple[int, int]]]]:
    """The connected components (node indices, sorted) with their pairs renumbered from 0,
    largest first (then by first node)."""
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in pairs:
        parent[root(a)] = root(b)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(root(i), []).append(i)
    comps = sorted(groups.values(), key=lambda c: (-len(c), c[0]))
    where = {i: (k, j) for k, c in enumerate(comps) for j, i in enumerate(c)}
    local: list[list[tuple[int, int]]] = [[] for _ in comps]
    for a, b in pairs:
        k, ja = where[a]
        local[k].append((ja, where[b][1]))
    return list(zip(comps, local))


def _layout(n: int, pairs: list[tuple[int, int]], seed: int) -> list[Point]:
    """Fruchterman-Reingold positions of a connected graph of `n` nodes."""
    if n == 1:
        return [(0.0, 0.0)]
    import igraph

    ig = igraph.Graph(n=n, edges=pairs)
    rnd = random.Random(seed)
    start = [[rnd.uniform(-1, 1) * math.sqrt(n), rnd.uniform(-1, 1) * math.sqrt(n)] for _ in range(n)]
    igraph.set_random_number_generator(rnd)  # FR draws random moves too: same graph, same page
    try:
        coords = ig.layout_fruchterman_reingold(seed=start, niter=500, grid=n > 1000).coords
    finally:
        igraph.set_random_number_generator(random)  # igraph's default generator
    return [(float(x), float(y)) for x, y in coords]


def _pack(groups: Sequence[Sequence[Sequence[float]]]) -> list[list[Point]]:
    """Translate each group of points so that their bounding boxes fill rows, in the order given."""
    boxes = []
    for pts in groups:
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        boxes.append((min(xs), min(ys), max(xs) - min(xs) + _GAP, max(ys) - min(ys) + _GAP))
    width = max(max(b[2] for b in boxes), math.sqrt(sum(b[2] * b[3] for b in boxes)) * 1.2)
    out: list[list[Point]] = []
    x = y = row = 0.0
    for pts, (x0, y0, w, h) in zip(groups, boxes):
        if x > 0 and x + w > width:
            x, y, row = 0.0, y + row, 0.0
        out.append([(p[0] - x0 + x, -(p[1] - y0 + y)) for p in pts])  # rows go down the screen
        x, row = x + w, max(row, h)
    return out
