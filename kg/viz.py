"""The interactive HTML network (the only module that imports pyvis).

The file works offline: vis-network is inlined by pyvis and the template's CDN
links (bootstrap) are removed.  Past ~1,000 nodes positions are precomputed
with networkx and physics is off (a force layout of that size never settles in
a browser); past `max_nodes` the graph is cut to the highest-degree nodes.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

import networkx as nx

COLOURS = {
    "Enterprise": "#e6550d",
    "GovernmentBody": "#3182bd",
    "Organization": "#31a354",
    "Project": "#756bb1",
    "Event": "#d6616b",
    "Place": "#969696",
    "Person": "#e7ba52",
    "IndustryChain": "#8c6d31",
    "Award": "#bcbd22",
}
NAMES_ZH = {
    "Enterprise": "企业",
    "GovernmentBody": "政府机构",
    "Organization": "组织",
    "Project": "项目",
    "Event": "活动",
    "Place": "地点",
    "Person": "人物",
    "IndustryChain": "产业链",
    "Award": "奖项",
}
_CDN = re.compile(r'<(?:link|script)[^>]+(?:href|src)="https?://[^"]+"[^>]*>(?:\s*</script>)?', re.I)


def render(
    g: nx.MultiDiGraph, path: str | Path, max_nodes: int = 2000, title: str = "kg", isolated: bool = False
) -> dict[str, int]:
    """Write an offline HTML network; returns {'nodes': n, 'edges': m} actually drawn.

    Entities with no relation at all (not even co-occurrence) are left out
    unless `isolated`: they carry nothing to browse.
    """
    from pyvis.network import Network

    if not isolated:
        g = g.copy()
        g.remove_nodes_from([n for n in g.nodes if g.degree(n) == 0])
    if g.number_of_nodes() > max_nodes:
        keep = sorted(g.nodes, key=lambda n: (-g.degree(n), n))[:max_nodes]
        g = g.subgraph(keep).copy()
    big = g.number_of_nodes() > 1000
    net = Network(height="900px", width="100%", directed=True, cdn_resources="in_line", bgcolor="#ffffff")
    degree = dict(g.degree())
    pos = nx.spring_layout(nx.Graph(g), seed=1, iterations=50) if big else {}
    for n, d in g.nodes(data=True):
        typ = d.get("type", "")
        tip = f"{d.get('label', n)}\n{NAMES_ZH.get(typ, typ)} ({typ})"
        if d.get("aliases"):
            tip += f"\n别名: {d['aliases']}"
        kw = {}
        if big:
            x, y = pos[n]
            kw = {"x": float(x) * 3000, "y": float(y) * 3000, "physics": False}
        net.add_node(
            n,
            label=d.get("label", n),
            title=tip,
            color=COLOURS.get(typ, "#cccccc"),
            size=8 + 4 * min(degree.get(n, 0), 12) ** 0.8,
            font={"size": 22, "strokeWidth": 3, "strokeColor": "#ffffff"},
            **kw,
        )
    for s, o, k, d in g.edges(keys=True, data=True):
        cooc = k == "coOccursWith"
        net.add_edge(s, o, title=k, label="" if cooc else k, hidden=cooc, dashes=cooc, color="#dddddd" if cooc else "#888888", arrows="" if cooc else "to", font={"size": 10})
    if big:
        net.toggle_physics(False)
    else:
        net.barnes_hut(gravity=-4000, spring_length=120)
    # labels stay readable when the whole graph is in view (vis hides text below ~5px)
    net.set_options('{"nodes": {"scaling": {"label": {"enabled": false, "drawThreshold": 2}}}, "interaction": {"hover": true, "navigationButtons": false}, "physics": {"stabilization": {"iterations": 400}}}') if not big else None
    page = net.generate_html(notebook=False)
    page = _CDN.sub("", page)
    page = page.replace("<body>", "<body>" + _legend(title), 1)
    Path(path).write_text(page, encoding="utf-8")
    return {"nodes": g.number_of_nodes(), "edges": g.number_of_edges()}


def _legend(title: str) -> str:
    items = "".join(
        f'<span style="margin-right:12px"><span style="display:inline-block;width:12px;height:12px;border-radius:6px;background:{c}"></span> {NAMES_ZH[t]} {t}</span>'
        for t, c in COLOURS.items()
    )
    toggle = (
        '<label style="margin-left:12px"><input type="checkbox" onchange="'
        "var on=this.checked;edges.update(edges.get({filter:function(e){return e.title==='coOccursWith'}}).map(function(e){return {id:e.id,hidden:!on}}));"
        '"> 显示共现 co-occurrence</label>'
    )
    return f'<div style="font:14px sans-serif;padding:6px"><b>{html.escape(title)}</b> &nbsp; {items}{toggle}</div>'
