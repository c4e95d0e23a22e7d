"""Node positions computed before the page opens, so that the page draws once and is idle.

Fruchterman-Reingold with igraph's grid approximation (C, near-linear: 10,000
nodes in about a second, where networkx's ForceAtlas2 is quadratic: 47 s for
2,400 nodes) over typed relations only, each connected component on its own; then
the components are packed into rows, largest first, so that the many small components of a news
graph (a person and an employer, a firm and its town) sit in a tidy grid
instead of a ring flung around the giant component.

Positions are kept across updates (`memo`, the layout the last build drew): a component
that did not change keeps its shape; one that changed starts from where its nodes were
drawn, its new nodes beside their neighbours, and is refined by a few cool rounds
(`REFINE_ROUNDS`) instead of being laid out afresh, so that a reader following a paper
finds the graph where it was. The page of an update is therefore the page of a full build
of the same inputs in everything but the positions of the changed components' nodes
(tests/test_update.py checks both).
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
Shape = tuple[tuple[str, ...], list[Point]]  # a component's nodes (sorted) and their positions, unpacked
_GAP = 2.0  # layout units between packed components (an edge is about 1 unit long)
ROUNDS = 500  # Fruchterman-Reingold rounds of a component laid out afresh
REFINE_ROUNDS = 30  # rounds of a changed component that starts from its drawn positions
REFINE_TEMP = 0.25  # their start temperature: the most a node moves along an axis in a round (cools to 0)


def positions(g: nx.MultiDiGraph | Drawn, seed: int = 1, memo: MutableMapping[str, Shape] | None = None) -> dict[str, Point]:
    """x, y of every node of `g` (deterministic for a given graph, seed and `memo`).

    Each connected component is laid out on its own (its shape depends only on its nodes
    and the pairs an edge joins, on `seed`, and on where `memo` drew its nodes), then the
    components are packed. `memo` keeps the components' layouts by that signature (the
    last page's): an update that leaves a component as it was gets its shape again, and one
    that changed is refined from the positions its nodes had (see the module's docstring).
    Without `memo` (or with an empty one) every component is laid out afresh.
    """
    nodes = sorted(g)
    if not nodes:
        return {}
    index = {n: i for i, n in enumerate(nodes)}
    pairs = sorted({(min(index[s], index[o]), max(index[s], index[o])) for s, o in g.edges() if s != o})
    comps = _components(len(nodes), pairs)
    known = {k: v for k, v in (memo or {}).items() if isinstance(v, tuple)}  # a memo of before 2026-12-04 (points only) is not used
    drawn: dict[str, Point] | None = None
    shapes: list[tuple[str, Shape]] = []
    for comp, local in comps:
        names = tuple(nodes[i] for i in comp)
        sig = hashlib.sha1(json.dumps([seed, names, local], ensure_ascii=False).encode("utf-8")).hexdigest()
        if sig not in known:
            if drawn is None:
                drawn = _drawn(list(known.values()))
            known[sig] = (names, _layout(len(comp), local, seed, [drawn.get(n) for n in names]))
        shapes.append((sig, known[sig]))
    if memo is not None:
        memo.clear()
        memo.update(shapes)
    placed = _pack([shape[1] for _, shape in shapes])
    return {nodes[i]: p for (c, _), pts in zip(comps, placed) for i, p in zip(c, pts)}


def _drawn(shapes: list[Shape]) -> dict[str, Point]:
    """Where the page of `shapes` (a memo's, in its order) drew each node, with y pointing up
    as in the shapes (the page draws rows down the screen)."""
    placed = _pack([pts for _, pts in shapes]) if shapes else []
    return {n: (x, -y) for (names, _), pts in zip(shapes, placed) for n, (x, y) in zip(names, pts)}


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


def _layout(n: int, pairs: list[tuple[int, int]], seed: int, start: Sequence[Point | None] = ()) -> list[Point]:
    """Fruchterman-Reingold positions of a connected graph of `n` nodes: afresh from random
    positions, or, when some nodes have a `start` (where they were drawn), refined from it."""
    if n == 1:
        return [(0.0, 0.0)]
    import igraph

    ig = igraph.Graph(n=n, edges=pairs)
    rnd = random.Random(seed)
    kept = any(p is not None for p in start)
    if kept:
        begin = _beside(n, pairs, start, rnd)
        options: dict[str, object] = {"niter": REFINE_ROUNDS, "start_temp": REFINE_TEMP}
    else:
        begin = [[rnd.uniform(-1, 1) * math.sqrt(n), rnd.uniform(-1, 1) * math.sqrt(n)] for _ in range(n)]
        options = {"niter": ROUNDS}
    igraph.set_random_number_generator(rnd)  # FR draws random moves too: same graph, same page
    try:
        coords = ig.layout_fruchterman_reingold(seed=begin, grid=n > 1000, **options).coords
    finally:
        igraph.set_random_number_generator(random)  # igraph's default generator
    out = [(float(x), float(y)) for x, y in coords]
    return _aligned(out, start) if kept else out


def _aligned(pts: list[Point], start: Sequence[Point | None]) -> list[Point]:
    """`pts` turned, mirrored if need be, and moved onto the `start` positions they have
    (least squares): igraph returns its layouts turned to their principal axes."""
    both = [(p, q) for p, q in zip(pts, start) if q is not None]
    px, py = (sum(p[k] for p, _ in both) / len(both) for k in (0, 1))
    qx, qy = (sum(q[k] for _, q in both) / len(both) for k in (0, 1))
    best = (-1.0, 1.0, 0.0)  # (fit, mirror, angle)
    for m in (1.0, -1.0):
        a = sum(m * (p[0] - px) * (q[0] - qx) + (p[1] - py) * (q[1] - qy) for p, q in both)
        b = sum(m * (p[0] - px) * (q[1] - qy) - (p[1] - py) * (q[0] - qx) for p, q in both)
        best = max(best, (math.hypot(a, b), m, math.atan2(b, a)))
    _, m, t = best
    c, s = math.cos(t), math.sin(t)
    return [(c * m * (x - px) - s * (y - py) + qx, s * m * (x - px) + c * (y - py) + qy) for x, y in pts]


def _beside(n: int, pairs: list[tuple[int, int]], start: Sequence[Point | None], rnd: random.Random) -> list[list[float]]:
    """Start positions: a node's `start` where it has one; a new node beside the placed
    neighbours it has (their mean, moved a little at random), placed breadth first."""
    near: list[list[int]] = [[] for _ in range(n)]
    for a, b in pairs:
        near[a].append(b)
        near[b].append(a)
    at: list[list[float] | None] = [None if p is None else [p[0], p[1]] for p in start]
    todo = [i for i in range(n) if at[i] is not None]
    while todo:
        nxt = []
        for i in todo:
            for j in near[i]:
                if at[j] is None:
                    placed = [p for k in near[j] if (p := at[k]) is not None]
                    at[j] = [sum(p[0] for p in placed) / len(placed) + rnd.uniform(-0.5, 0.5), sum(p[1] for p in placed) / len(placed) + rnd.uniform(-0.5, 0.5)]
                    nxt.append(j)
        todo = nxt
    return [p if p is not None else [0.0, 0.0] for p in at]  # a connected component: every node is reached


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
