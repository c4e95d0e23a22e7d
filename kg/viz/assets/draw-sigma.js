/* kg graph page drawn by sigma.js (WebGL) over a graphology graph: the view of browser.js.
 * Nodes sit where Python put them; reducers dim, hide and label from the browser's state. */
(function () {
  "use strict";
  kgBrowser(function (K) {
    var D = K.D, T = K.T, P = K.P, N = K.N, E = K.E, S = K.S, adj = K.adj, lit = K.lit, DIM = K.DIM;
    var nodeVisible = K.nodeVisible, edgeVisible = K.edgeVisible;
    var graph = new graphology.MultiDirectedGraph();
    for (var i = 0; i < N; i++) {
      var n = D.nodes[i];
      var size = Math.min(3 + 1.6 * Math.sqrt(n[6]), 18); // hubs on top: a click on a hub picks the hub, not a leaf drawn over it
      graph.addNode(i, { x: n[4], y: n[5], size: size, zIndex: size, label: n[1], color: T[n[2]][3] });
    }
    D.edges.forEach(function (e, j) {
      var p = P[e[2]];
      graph.addDirectedEdgeWithKey("e" + j, e[0], e[1], { size: 1.2, color: p[3], type: p[4] ? "line" : "arrow", label: p[1] });
    });
    var coocAdded = false;
    function addCooc() {
      if (coocAdded) return; coocAdded = true;
      D.cooc.forEach(function (c, k) { graph.addDirectedEdgeWithKey("c" + k, c[0], c[1], { size: 0.6, color: "#d0d0d0", type: "line", cooc: true }); });
    }
    var settings = {
      labelFont: K.FONT, edgeLabelFont: K.FONT, labelSize: 13, labelWeight: "500", labelDensity: 0.8, labelGridCellSize: 80,
      labelRenderedSizeThreshold: 5, renderEdgeLabels: true, enableEdgeEvents: true, zIndex: true, hideEdgesOnMove: E > 5000,
      defaultEdgeType: "arrow", minCameraRatio: 0.005, maxCameraRatio: 4, stagePadding: 40,
      nodeReducer: function (key, a) {
        var i = +key;
        if (!nodeVisible[i]) return Object.assign({}, a, { hidden: true });
        var r = Object.assign({}, a);
        if (!lit(i)) { r.color = DIM; r.label = ""; } // keeps its zIndex: hubs stay clickable among dimmed leaves
        else if (S.ego || S.focusSet) { r.zIndex = a.zIndex + 100; r.forceLabel = (S.ego || S.focusSet).size <= 40; }
        if (i === S.selected) { r.highlighted = true; r.forceLabel = true; r.zIndex = 1000; }
        return r;
      },
      edgeReducer: function (key, a) {
        var s = +graph.source(key), t = +graph.target(key);
        if (a.cooc) return S.cooc && nodeVisible[s] && nodeVisible[t] && lit(s) && lit(t) ? Object.assign({}, a, { label: "" }) : Object.assign({}, a, { hidden: true });
        var j = +key.slice(1);
        if (!edgeVisible[j]) return Object.assign({}, a, { hidden: true });
        var on = lit(s) && lit(t), near = S.selected !== null && (s === S.selected || t === S.selected);
        // relation names on the selection's own edges, unless there are too many to read
        var r = Object.assign({}, a, { label: (near && adj[S.selected].length <= 15) || j === S.selectedEdge ? a.label : "" });
        if (!on) { r.color = DIM; r.zIndex = 0; } else r.zIndex = 1;
        if (near || j === S.selectedEdge) { r.size = 2.5; r.zIndex = 2; }
        return r;
      },
    };

    var stats = { start: performance.now(), firstDraw: null, renders: 0, lastRender: null, firstFrame: null };
    var renderer = new Sigma(graph, document.getElementById("kg-graph"), settings);
    renderer.on("afterRender", function () {
      var t = performance.now(); stats.renders++; stats.lastRender = t; if (stats.firstDraw === null) stats.firstDraw = t;
    });
    renderer.on("clickNode", function (e) { K.select(+e.node, false); });
    renderer.on("clickEdge", function (e) { if (e.edge[0] === "e") K.selectEdge(+e.edge.slice(1)); });
    renderer.on("doubleClickNode", function (e) { e.preventSigmaDefault(); K.ego(+e.node); });
    renderer.on("clickStage", K.unselect);
    renderer.refresh();
    stats.scriptEnd = performance.now();
    requestAnimationFrame(function () { setTimeout(function () { stats.firstFrame = performance.now(); }, 0); });

    function refresh() { renderer.refresh({ skipIndexation: true }); }
    // the graph's highlight one frame after the panel: a 10,000-node frame in software WebGL can take a second
    var redrawPending = false;
    function refreshSoon() {
      if (redrawPending) return;
      redrawPending = true;
      requestAnimationFrame(function () { setTimeout(function () { redrawPending = false; refresh(); }, 0); });
    }
    function fit(nodes, duration) {
      var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      nodes.forEach(function (k) { var d = renderer.getNodeDisplayData(String(k)); if (!d) return; x0 = Math.min(x0, d.x); x1 = Math.max(x1, d.x); y0 = Math.min(y0, d.y); y1 = Math.max(y1, d.y); });
      if (x0 === Infinity) return;
      var ratio = Math.max(x1 - x0, y1 - y0, 0.04) * 1.25;
      renderer.getCamera().animate({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio: Math.min(ratio, 1.2), angle: 0 }, { duration: duration == null ? 300 : duration });
    }
    function centreOn(i) {
      var d = renderer.getNodeDisplayData(String(i)); if (!d) return;
      var cam = renderer.getCamera();
      cam.animate({ x: d.x, y: d.y, ratio: Math.min(cam.getState().ratio, 0.25) }, { duration: 300 });
    }
    function zoom(dir) { var cam = renderer.getCamera(); if (dir > 0) cam.animatedZoom({ duration: 150 }); else cam.animatedUnzoom({ duration: 150 }); }
    function pan(dx, dy) { var cam = renderer.getCamera(), st = cam.getState(), step = 0.1 * st.ratio; cam.setState({ x: st.x + dx * step, y: st.y + dy * step }); }
    function showCooc(on) { if (on) addCooc(); renderer.refresh(); }

    // for tests and benchmarks: what is drawn, and when the page drew
    window.kgPage = {
      stats: stats, graph: graph, renderer: renderer, select: function (name) { var m = K.matches(name, 1)[0]; if (m) K.select(m[0], true); return !!m; },
      drawn: function () {
        var n = 0, e = 0; graph.forEachNode(function (k) { if (!renderer.getNodeDisplayData(k).hidden) n++; });
        graph.forEachEdge(function (k) { var d = renderer.getEdgeDisplayData(k); if (d && !d.hidden) e++; });
        return { nodes: n, edges: e };
      },
      targets: function (n) { // [label, x, y in #kg-graph] of the n largest nodes
        var ks = graph.nodes().slice();
        ks.sort(function (a, b) { return graph.getNodeAttribute(b, "size") - graph.getNodeAttribute(a, "size"); });
        return ks.slice(0, n).map(function (k) { var p = renderer.framedGraphToViewport(renderer.getNodeDisplayData(k)); return [graph.getNodeAttribute(k, "label"), p.x, p.y]; });
      },
      resetView: function () { renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }); },
      zoomBy: function (f, ms) { var c = renderer.getCamera(); c.animate({ ratio: c.getState().ratio / f }, { duration: ms, easing: "linear" }); },
      isolatedDrawn: function () { // drawn nodes with no drawn edge
        var c = 0; graph.forEachNode(function (k) {
          if (renderer.getNodeDisplayData(k).hidden) return;
          var any = graph.edges(k).some(function (x) { var d = renderer.getEdgeDisplayData(x); return d && !d.hidden; });
          if (!any) c++;
        }); return c;
      },
    };
    return { refresh: refresh, refreshSoon: refreshSoon, fit: fit, centreOn: centreOn, zoom: zoom, pan: pan, showCooc: showCooc };
  });
})();
