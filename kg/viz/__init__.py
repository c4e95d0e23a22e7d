"""The graph browser: one offline HTML file, drawn with WebGL, for 50 to 10,000+ nodes.

    from kg import store, viz
    viz.render(store.open_store("output"), "output/graph.html", viz.Selection(focus=("太原市",), hops=2))

One page design for every size: sigma.js + graphology (vendored in assets/,
inlined) draw what `select` chooses at the positions `layout` computed, so the
page is idle as soon as it has drawn. The page offers search, a details panel
with every relation's evidence sentence and article, filters by entity type,
relation, confidence and date, the co-occurrence layer on demand,
neighbourhoods, and deep links (graph.html#node=太原市). `renderer="pyvis"`
draws the same page with vis-network through pyvis (`pyvis_page`, up to 1,500 nodes).
"""
from __future__ import annotations

from collections.abc import MutableMapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from . import data as gd
from . import layout, page
from .graph import Drawn
from .select import Selection, SelectionError, drawn, select

if TYPE_CHECKING:
    import networkx as nx

TYPE_COLOURS = {  # legend order
    "Enterprise": "#e6550d",
    "GovernmentBody": "#3182bd",
    "Organization": "#31a354",
    "Project": "#756bb1",
    "Event": "#d6616b",
    "Place": "#8c8c8c",
    "Person": "#d4a017",
    "IndustryChain": "#8c6d31",
    "Award": "#17becf",
}
_PRED_PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939", "#843c39", "#7b4173"]
SYMMETRIC = {"signsWith", "cooperatesWith"}
COOCCURRENCE_LIMIT = 50_000  # strongest pairs kept for the optional layer


class _Index:
    """Values numbered in first-seen order (the page refers to them by number)."""

    def __init__(self) -> None:
        self.ids: dict[Any, int] = {}

    def __call__(self, key: Any) -> int:
        return self.ids.setdefault(key, len(self.ids))


def _amount(value: str, unit: str) -> str:
    try:
        v = float(value)
    except ValueError:
        return f"{value} {unit}".strip()
    if unit == "CNY" and v >= 1e8:
        return f"{v / 1e8:g} 亿元 ({value} CNY)"
    if unit == "CNY" and v >= 1e4:
        return f"{v / 1e4:g} 万元 ({value} CNY)"
    return f"{value} {unit}".strip()


def _tie(st: gd.Statement) -> tuple[Any, ...]:
    """The rest of a statement's sort key: statements that tie on it show the same, so the page
    does not depend on the order a store or a spool gave them in."""
    return st.evidence, st.article, st.rule, st.confidence, sorted(st.qualifiers.items()), st.object


def payload(data: gd.GraphData, g: nx.MultiDiGraph | Drawn, pos: dict[str, layout.Point], cooccurrence_limit: int = COOCCURRENCE_LIMIT) -> dict[str, Any]:
    """The page's data: numbered nodes, relations, statements and articles (see assets/browser.js)."""
    labels = gd.term_labels()
    types = _Index()
    for t in TYPE_COLOURS:
        types(t)
    preds, arts, stmts_out = _Index(), _Index(), []
    nodes = sorted(g, key=lambda n: (g.nodes[n].get("label", ""), n))
    index = {n: i for i, n in enumerate(nodes)}
    deg = dict(g.degree())

    def stmt(st: gd.Statement) -> int:
        stmts_out.append([st.evidence, arts(st.article), round(st.confidence, 3), st.rule, st.qualifiers])
        return len(stmts_out) - 1

    out_nodes = []
    for n in nodes:
        d, (x, y) = g.nodes[n], pos[n]
        out_nodes.append([n, d.get("label", n), types(d.get("type", "")), d.get("aliases", ""), round(x, 2), round(y, 2), deg[n], data.codes.get(n, "")])
    edges = []
    for s, o, k in sorted(g.edges(keys=True), key=lambda e: (index[e[0]], index[e[1]], e[2])):
        sts = sorted(data.statements.get((s, k, o), []), key=lambda st: (data.articles.get(st.article, gd.Article()).date, *_tie(st)))
        edges.append([index[s], index[o], preds(k), [stmt(st) for st in sts]])
    attrs = []
    for n in nodes:
        for st in sorted(data.attributes.get(n, []), key=lambda st: (st.predicate, st.object, *_tie(st))):
            value = _amount(st.object, st.qualifiers.get("unit", "")) if "amount" in st.qualifiers else st.object
            attrs.append([index[n], preds(st.predicate), value, stmt(st)])
    cooc = sorted(
        ((-d.get("weight", 1), index[s], index[o]) for s, o, k, d in data.edges if k == gd.COOCCURRENCE and s in index and o in index),
    )[:cooccurrence_limit]
    return {
        "types": [[t, *labels.get(t, (t, t)), TYPE_COLOURS.get(t, "#cccccc")] for t in types.ids],
        "preds": [[p, *labels.get(p, (p, p)), _PRED_PALETTE[i % len(_PRED_PALETTE)], p in SYMMETRIC] for i, p in enumerate(preds.ids)],
        "nodes": out_nodes,
        "edges": edges,
        "attrs": attrs,
        "stmts": stmts_out,
        "arts": [[a.headline, a.date, a.source] for a in (data.articles.get(iri, gd.Article()) for iri in arts.ids)],
        "cooc": [[s, o, -w] for w, s, o in cooc],
    }


def default_title(data: gd.GraphData) -> str:
    """知识图谱 · N 篇报道 · first date – last date (from the articles of the graph)."""
    dates = sorted(a.date for a in data.articles.values() if a.date)
    span = f" · {dates[0]} – {dates[-1]}" if dates else ""
    return f"知识图谱 Knowledge graph · {len(data.articles)} 篇报道 articles{span}"


RENDERERS = ("sigma", "pyvis")  # sigma.js (WebGL, the default, 10,000+ nodes); pyvis (vis-network, up to pyvis_page.MAX_NODES)


def render(
    store: ox.Store | None,
    path: str | Path,
    selection: Selection | None = None,
    *,
    title: str | None = None,
    renderer: str = "sigma",
    layouts: MutableMapping[str, layout.Shape] | None = None,
    data: gd.GraphData | None = None,
) -> dict[str, int]:
    """Write the page for the graph in `store` to `path` (atomically); returns what it draws.

    {'nodes': n, 'edges': typed relations, 'cooccurrence': pairs in the optional layer}.
    `renderer` draws it: "sigma" (any size) or "pyvis" (refused above pyvis_page.MAX_NODES).
    Raises SelectionError (a KGError) for a --focus name that is not in the graph, or a
    selection too large for the renderer; the page at `path` is then left as it was.
    `layouts` keeps the layouts of its components (`layout.positions`: a build's spool keeps them for the next update).
    `data`, when given, is what `data.load(store)` would read (a build joins it from the parts its spool keeps);
    `store` may then be None.
    """
    from .. import __version__

    if renderer not in RENDERERS:
        raise SelectionError(f"renderer {renderer!r}: expected one of {', '.join(RENDERERS)}")
    if data is None:
        if store is None:
            raise ValueError("render: neither a store nor the data to draw")
        data = gd.load(store)
    sel = selection or Selection()
    drawn_graph = drawn(data, sel)  # without networkx, unless there is a focus
    g = select(data, sel) if drawn_graph is None else drawn_graph
    if renderer == "pyvis":
        from . import pyvis_page

        pyvis_page.check_size(g.number_of_nodes())
    pos = layout.positions(g, memo=layouts)
    body = payload(data, g, pos)
    head = title or default_title(data)
    if renderer == "pyvis":
        text = pyvis_page.html_page(body, head, __version__)
    else:
        text = page.html_page(body, head, __version__)
    page.write_atomic(path, text)
    return {"nodes": len(body["nodes"]), "edges": len(body["edges"]), "cooccurrence": len(body["cooc"])}


__all__ = ["render", "payload", "Selection", "SelectionError", "TYPE_COLOURS", "RENDERERS"]
