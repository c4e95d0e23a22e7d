"""The graph browser drawn by vis-network through pyvis: `kg viz --renderer pyvis`.

The page is the sigma page with another drawing: the same data (`kg.viz.payload`), the
same selection and positions, and the same browser script (assets/browser.js: search,
details with every evidence sentence, legend and filters, neighbourhoods, deep links).
pyvis builds the vis-network nodes, edges and options, and ships the vis-network script,
inlined from the installed package. Physics is off: nodes stay where `kg.viz.layout` put
them, so the page is idle as soon as it has drawn.

pyvis's own HTML template is not used: it links bootstrap from a CDN (a request that
leaves the page, and a page that breaks offline), draws into a fixed 600 px box, and has
no <title> and no room for the evidence panel. This is the only module that imports pyvis.
"""
from __future__ import annotations

import json
import math
import re
from importlib import resources
from typing import Any

from ..errors import KGError
from . import page
from .select import SelectionError

# vis-network redraws the whole 2D canvas on every selection and camera move. Headless Chromium,
# 2 cores at load 10-12 (bench/viz_bench.py --renderer pyvis --nodes N): 1,441 nodes: first frame
# 2.2-2.9 s, click to panel 255-384 ms (median), 6 frames in a 1 s zoom; 2,882 nodes: 3.2 s,
# 385 ms (max 0.97 s), 3 frames; sigma at 2,882 nodes in the same conditions: 4.2 s, 230 ms, 3 frames.
MAX_NODES = 1500
SCALE = 40.0  # layout units (an edge is about 1) to vis-network canvas pixels
OPTIONS: dict[str, Any] = {  # one set_options call: pyvis replaces every option set before it
    "physics": {"enabled": False},  # positions are kg.viz.layout's; a simulation would move them and redraw for minutes
    "layout": {"improvedLayout": False},  # its Kamada-Kawai pass is for nodes without positions
    "nodes": {
        "shape": "dot",
        "borderWidth": 1,
        "font": {"size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"},
        # a name drawn smaller than 8 px is not drawn: leaves' names appear as one zooms in, hubs' at once
        "scaling": {"label": {"drawThreshold": 9, "maxVisible": 28}},
    },
    "edges": {
        "smooth": False,  # straight lines: curved ones cost a support point each
        "width": 1.2,
        "selectionWidth": 1,
        "arrows": {"to": {"scaleFactor": 0.5}},
        "font": {"size": 11, "strokeWidth": 3, "align": "middle"},
    },
    "interaction": {"hover": False, "keyboard": False, "selectConnectedEdges": False, "multiselect": False, "zoomSpeed": 0.7},
}


def check_size(nodes: int) -> None:
    """Refuse before any work when `nodes` is more than vis-network can draw usably."""
    if nodes > MAX_NODES:
        raise SelectionError(
            f"--renderer pyvis: the selection has {nodes:,} entities, and vis-network stays usable up to {MAX_NODES:,} "
            f"(it redraws its whole canvas on every click and camera move); use the default renderer "
            f"(--renderer sigma, WebGL, 10,000+ entities) or draw fewer: --max-nodes {MAX_NODES}, --focus NAME, --type TYPE"
        )


def node_size(degree: int) -> float:
    """Radius in canvas pixels: hubs stand out, leaves stay clickable."""
    return round(min(6 + 3 * math.sqrt(degree), 36), 1)


def network(body: dict[str, Any]) -> Any:
    """The pyvis Network of a page's data: node 'n<i>' is body['nodes'][i], edge 'e<j>' is body['edges'][j]."""
    from pyvis.network import Network  # type: ignore[import-untyped]

    net = Network(directed=True, cdn_resources="in_line")
    # vis-network draws, and hit-tests, later nodes on top: hubs last, so a click on a hub picks the hub
    order = sorted(range(len(body["nodes"])), key=lambda i: (body["nodes"][i][6], i))
    for i in order:
        n = body["nodes"][i]
        colour, size = body["types"][n[2]][3], node_size(n[6])
        net.add_node(
            f"n{i}",  # not a bare number: vis-network keeps nodes in an object, where integer keys lose this order
            label=n[1],
            x=round(n[4] * SCALE, 1),
            y=round(-n[5] * SCALE, 1),  # the layout's y grows upwards, the canvas's downwards
            size=size,
            color={"background": colour, "border": colour, "highlight": {"background": colour, "border": "#111111"}},
            font={"size": round(14 + (size - 9) * 0.9)},  # hub names stay readable when the whole graph is in view
        )
    for j, e in enumerate(body["edges"]):
        p = body["preds"][e[2]]
        net.add_edge(f"n{e[0]}", f"n{e[1]}", id=f"e{j}", color={"color": p[3], "highlight": p[3]}, arrows="" if p[4] else "to")
    net.set_options(json.dumps(OPTIONS))
    return net


def vis_script() -> str:
    """vis-network's standalone script as pyvis ships it (the newest of its templates/lib/vis-*)."""
    lib = resources.files("pyvis") / "templates" / "lib"
    found = sorted(
        (d for d in lib.iterdir() if d.name.startswith("vis-") and (d / "vis-network.min.js").is_file()),
        key=lambda d: [int(x) for x in re.findall(r"\d+", d.name)],
    )
    if not found:
        raise KGError(f"pyvis has no vis-network.min.js under {lib}/vis-*: expected pyvis 0.3.2 or later; reinstall it (pip install 'pyvis>=0.3.2')")
    return (found[-1] / "vis-network.min.js").read_text(encoding="utf-8")


def html_page(body: dict[str, Any], title: str, version: str) -> str:
    """The whole page: kg's template and browser, pyvis's nodes, edges, options and vis-network."""
    nodes, edges, _heading, _height, _width, options = network(body).get_network_data()
    return page.html_page(
        body,
        title,
        version,
        libs=[vis_script()],
        view="draw-vis.js",
        blocks={"kg-vis": {"nodes": nodes, "edges": edges, "options": json.loads(options)}},
    )
