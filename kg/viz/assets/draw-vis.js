/* kg graph page drawn by vis-network, with the nodes, edges and options pyvis built
 * (#kg-vis): the view of browser.js. Physics is off, so nodes stay where Python put them
 * and the page is idle once drawn; filters, dimming and relation labels are DataSet
 * updates of only what changed. Node ids are "n<i>" for node number i (not bare numbers: vis-network
 * keeps nodes in an object, where integer keys lose the order that puts hubs on top); edge ids "e<j>". */
(function () {
  "use strict";
  kgBrowser(function (K) {
    var V = JSON.parse(document.getElementById("kg-vis").textContent);
    var D = K.D, P = K.P, N = K.N, E = K.E, S = K.S, DIM = K.DIM, box = document.getElementById("kg-graph");
    V.options.nodes.font.face = K.FONT; V.options.edges.font.face = K.FONT;
    var id = function (i) { return "n" + i; }, num = function (x) { return +String(x).slice(1); };
    var base = [], baseE = V.edges; // by node number (nodes come smallest first, so hubs are drawn on top); baseE[j].id === "e" + j
    V.nodes.forEach(function (n) { base[num(n.id)] = n; });
    var nodes = new vis.DataSet(V.nodes), edges = new vis.DataSet(V.edges);
    var stats = { start: performance.now(), firstDraw: null, renders: 0, lastRender: null, firstFrame: null }, home = null;
    var network = new vis.Network(box, { nodes: nodes, edges: edges }, V.options);
    network.on("afterDrawing", function () {
      var t = performance.now(); stats.renders++; stats.lastRender = t;
      if (stats.firstDraw === null) { stats.firstDraw = t; home = { position: network.getViewPosition(), scale: network.getScale() }; }
    });
    network.on("click", function (p) {
      if (p.nodes.length) K.select(num(p.nodes[0]), false);
      else if (p.edges.length && String(p.edges[0])[0] === "e") K.selectEdge(+String(p.edges[0]).slice(1));
      else K.unselect();
    });
    network.on("doubleClick", function (p) { if (p.nodes.length) K.ego(num(p.nodes[0])); });

    // ---- what each node and edge looks like now: hidden, dimmed, normal, next to the selection
    var shownN = new Array(N).fill("o"), shownE = new Array(E).fill("o"), coocAdded = false, shownC = [], shownSel = "";
    function nodeState(i) { return !K.nodeVisible[i] ? "h" : !K.lit(i) ? "d" : "o"; }
    function nodePatch(i, s) {
      if (s === "h") return { id: id(i), hidden: true };
      if (s === "d") return { id: id(i), hidden: false, color: DIM, label: "" };
      return { id: id(i), hidden: false, color: base[i].color, label: base[i].label };
    }
    function edgeState(j) {
      if (!K.edgeVisible[j]) return "h";
      var e = D.edges[j], s = e[0], t = e[1];
      if (!(K.lit(s) && K.lit(t))) return "d";
      if (j === S.selectedEdge) return "l";
      if (S.selected !== null && (s === S.selected || t === S.selected)) return K.adj[S.selected].length <= 15 ? "l" : "n";
      return "o";
    }
    function edgePatch(j, s) { // "l": near the selection, with its relation name; "n": near, unnamed
      var e = "e" + j;
      if (s === "h") return { id: e, hidden: true };
      if (s === "d") return { id: e, hidden: false, color: { color: DIM, highlight: DIM }, width: 1, label: "" };
      var near = s === "l" || s === "n";
      return { id: e, hidden: false, color: baseE[j].color, width: near ? 2.5 : 1.2, label: s === "l" ? P[D.edges[j][2]][1] : "" };
    }
    function coocState(k) {
      var c = D.cooc[k];
      return S.cooc && K.nodeVisible[c[0]] && K.nodeVisible[c[1]] && K.lit(c[0]) && K.lit(c[1]) ? "o" : "h";
    }
    function refresh() {
      var nu = [], eu = [], i, s;
      for (i = 0; i < N; i++) { s = nodeState(i); if (s !== shownN[i]) { shownN[i] = s; nu.push(nodePatch(i, s)); } }
      for (i = 0; i < E; i++) { s = edgeState(i); if (s !== shownE[i]) { shownE[i] = s; eu.push(edgePatch(i, s)); } }
      if (coocAdded) {
        for (i = 0; i < D.cooc.length; i++) { s = coocState(i); if (s !== shownC[i]) { shownC[i] = s; eu.push({ id: "c" + i, hidden: s === "h" }); } }
      }
      if (nu.length) nodes.update(nu);
      if (eu.length) edges.update(eu);
      var sel = S.selected !== null ? "n" + S.selected : S.selectedEdge !== null ? "e" + S.selectedEdge : "";
      if (sel === shownSel) return;
      shownSel = sel;
      if (S.selected !== null) network.selectNodes([id(S.selected)], false);
      else if (S.selectedEdge !== null) network.selectEdges(["e" + S.selectedEdge]);
      else network.unselectAll();
    }
    // the panel first, the graph's highlight a frame later (as the sigma view does)
    var pending = false;
    function refreshSoon() {
      if (pending) return;
      pending = true;
      requestAnimationFrame(function () { setTimeout(function () { pending = false; refresh(); }, 0); });
    }
    var ANIM = { duration: 300, easingFunction: "easeInOutQuad" };
    function fit(ns) { if (ns.length) network.fit({ nodes: ns.map(id), maxZoomLevel: 1.5, animation: ANIM }); }
    function centreOn(i) { // after the panel is on screen: each frame of the animation redraws the whole canvas
      requestAnimationFrame(function () { setTimeout(function () { network.focus(id(i), { scale: Math.max(network.getScale(), 1), animation: ANIM }); }, 0); });
    }
    function zoom(dir) { network.moveTo({ scale: network.getScale() * (dir > 0 ? 1.5 : 1 / 1.5), animation: { duration: 150 } }); }
    function pan(dx, dy) {
      var p = network.getViewPosition(), sc = network.getScale();
      network.moveTo({ position: { x: p.x + dx * 0.1 * box.clientWidth / sc, y: p.y - dy * 0.1 * box.clientHeight / sc } });
    }
    function showCooc(on) {
      if (on && !coocAdded) {
        coocAdded = true;
        edges.add(D.cooc.map(function (c, k) {
          shownC[k] = "h";
          return { id: "c" + k, from: id(c[0]), to: id(c[1]), hidden: true, arrows: "", width: 0.6, color: { color: "#d0d0d0", highlight: "#d0d0d0" } };
        }));
      }
      refresh();
    }
    refresh();
    requestAnimationFrame(function () { setTimeout(function () { stats.firstFrame = performance.now(); }, 0); });

    // for tests and benchmarks: what is drawn, where, and when the page drew
    window.kgPage = {
      stats: stats, network: network, nodes: nodes, edges: edges,
      select: function (name) { var m = K.matches(name, 1)[0]; if (m) K.select(m[0], true); return !!m; },
      drawn: function () {
        var n = 0, e = 0;
        nodes.forEach(function (x) { if (!x.hidden) n++; });
        edges.forEach(function (x) { if (!x.hidden && String(x.id)[0] === "e") e++; });
        return { nodes: n, edges: e };
      },
      isolatedDrawn: function () { // drawn nodes with no drawn edge
        var has = new Uint8Array(N), c = 0;
        edges.forEach(function (x) { if (!x.hidden && String(x.id)[0] === "e") { has[num(x.from)] = 1; has[num(x.to)] = 1; } });
        nodes.forEach(function (x) { if (!x.hidden && !has[num(x.id)]) c++; });
        return c;
      },
      onScreen: function (i) { return network.canvasToDOM(network.getPositions([id(i)])[id(i)]); }, // x, y in #kg-graph
      at: function (x, y) { var n = network.getNodeAt({ x: x, y: y }); return n === undefined ? null : num(n); }, // node number under a point of #kg-graph
      label: function (i) { return D.nodes[i][1]; },
      targets: function (n) { // [label, x, y in #kg-graph] of the n largest nodes
        return nodes.get({ order: function (a, b) { return b.size - a.size; } }).slice(0, n).map(function (x) {
          var p = network.canvasToDOM({ x: x.x, y: x.y }); return [D.nodes[num(x.id)][1], p.x, p.y];
        });
      },
      resetView: function () { network.moveTo(home); }, // the camera of the first drawing
      zoomBy: function (f, ms) { network.moveTo({ scale: network.getScale() * f, animation: { duration: ms, easingFunction: "linear" } }); },
    };
    return { refresh: refresh, refreshSoon: refreshSoon, fit: fit, centreOn: centreOn, zoom: zoom, pan: pan, showCooc: showCooc };
  });
})();
