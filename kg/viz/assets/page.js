/* kg graph page: search, details with evidence, filters, neighbourhoods, deep links.
 * Positions come precomputed from Python; nothing here moves nodes, so the page
 * draws once and stays idle until the user acts. Every string from articles is
 * put into the DOM as text (textContent / text nodes), never as HTML. */
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("kg-data").textContent);
  var $ = function (id) { return document.getElementById(id); };
  var FONT = getComputedStyle(document.body).getPropertyValue("--kg-font").trim() || "sans-serif";
  var N = D.nodes.length, E = D.edges.length;
  var T = D.types, P = D.preds;
  var node = function (i) { var n = D.nodes[i]; return { iri: n[0], label: n[1], type: n[2], aliases: n[3], x: n[4], y: n[5], degree: n[6], code: n[7] }; };

  // ---- derived tables -------------------------------------------------------------------------
  var adj = [], attrs = [], edgeConf = new Float32Array(E), edgeDates = [];
  for (var i = 0; i < N; i++) { adj.push([]); attrs.push([]); }
  D.edges.forEach(function (e, j) {
    adj[e[0]].push(j); if (e[1] !== e[0]) adj[e[1]].push(j);
    var c = e[3].length ? 0 : 1, ds = [];
    e[3].forEach(function (s) { var st = D.stmts[s]; c = Math.max(c, st[2]); var a = D.arts[st[1]]; if (a && a[1]) ds.push(a[1]); });
    edgeConf[j] = c; edgeDates.push(ds);
  });
  D.attrs.forEach(function (a) { attrs[a[0]].push(a); });
  var names = []; // [lower-case name, node, is alias]
  D.nodes.forEach(function (n, i) {
    names.push([n[1].toLowerCase(), i, false]);
    if (n[3]) n[3].split("、").forEach(function (a) { if (a) names.push([a.toLowerCase(), i, true]); });
  });

  // ---- state ----------------------------------------------------------------------------------
  var S = {
    typeOn: T.map(function () { return true; }), predOn: P.map(function () { return true; }),
    minConf: 0, since: "", until: "", cooc: false,
    selected: null, selectedEdge: null, ego: null, focusSet: null,
  };
  var nodeVisible = new Uint8Array(N), edgeVisible = new Uint8Array(E);

  function dateOk(j) {
    if (!S.since && !S.until) return true;
    return edgeDates[j].some(function (d) { return (!S.since || d >= S.since) && (!S.until || d <= S.until); });
  }
  function recompute() {
    var hasEdge = new Uint8Array(N), e, j;
    for (j = 0; j < E; j++) {
      e = D.edges[j];
      edgeVisible[j] = S.predOn[e[2]] && S.typeOn[D.nodes[e[0]][2]] && S.typeOn[D.nodes[e[1]][2]] &&
        edgeConf[j] >= S.minConf && dateOk(j) ? 1 : 0;
      if (edgeVisible[j]) { hasEdge[e[0]] = 1; hasEdge[e[1]] = 1; }
    }
    var shown = 0, lines = 0;
    for (var i = 0; i < N; i++) {
      nodeVisible[i] = S.typeOn[D.nodes[i][2]] && (hasEdge[i] || !adj[i].length) ? 1 : 0;
      shown += nodeVisible[i];
    }
    for (j = 0; j < E; j++) lines += edgeVisible[j];
    $("kg-count").textContent = shown + " 节点 nodes · " + lines + " 关系 relations";
    if (renderer) renderer.refresh({ skipIndexation: true });
  }

  // ---- graph and renderer ---------------------------------------------------------------------
  var graph = new graphology.MultiDirectedGraph();
  for (i = 0; i < N; i++) {
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
  var DIM = "#e4e4e4";
  function lit(i) { // highlighted: the selection and its neighbours, or the ego network
    if (S.ego) return S.ego.has(i);
    if (S.focusSet) return S.focusSet.has(i);
    return true;
  }
  var renderer = null;
  var settings = {
    labelFont: FONT, edgeLabelFont: FONT, labelSize: 13, labelWeight: "500", labelDensity: 0.8, labelGridCellSize: 80,
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

  // ---- text helpers (DOM only, never innerHTML) --------------------------------------------------
  function el(tag, cls, text) { var x = document.createElement(tag); if (cls) x.className = cls; if (text != null) x.textContent = text; return x; }
  function namesOf(i) { var n = D.nodes[i]; return [n[1]].concat(n[3] ? n[3].split("、") : []).filter(Boolean); }
  function highlight(text, mine, other) {
    var f = document.createDocumentFragment(), marks = [];
    [[mine, ""], [other, "kg-other"]].forEach(function (pair) {
      pair[0].forEach(function (w) {
        for (var k = text.indexOf(w); k >= 0; k = text.indexOf(w, k + w.length)) marks.push([k, k + w.length, pair[1]]);
      });
    });
    marks.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var at = 0;
    marks.forEach(function (m) {
      if (m[0] < at) return;
      f.appendChild(document.createTextNode(text.slice(at, m[0])));
      f.appendChild(el("mark", m[2], text.slice(m[0], m[1]))); at = m[1];
    });
    f.appendChild(document.createTextNode(text.slice(at)));
    return f;
  }
  function nodeLink(i) {
    var b = el("button", "kg-link", D.nodes[i][1]); b.type = "button";
    b.addEventListener("click", function () { select(i, true); });
    return b;
  }
  function typeChip(t) { var s = el("span", "kg-type", T[t][1] + " · " + T[t][2]); s.style.background = T[t][3]; return s; }
  var QNAMES = { post: "职务 post", role: "角色 role", amount: "金额 amount", unit: "单位 unit", date: "日期 date", topic: "事由 topic" };
  function statementBlock(s, mine, other) {
    var st = D.stmts[s], box = el("div"), q = st[4], parts = [];
    Object.keys(q).forEach(function (k) { parts.push((QNAMES[k] || k) + ": " + q[k]); });
    if (parts.length) box.appendChild(el("div", "kg-q", parts.join(" · ")));
    if (st[0]) { var b = el("blockquote", "kg-evidence"); b.appendChild(highlight(st[0], mine, other)); box.appendChild(b); }
    var a = D.arts[st[1]] || ["", "", ""];
    box.appendChild(el("div", "kg-src", [a[0] || a[2], a[1], "置信度 confidence " + st[2], st[3]].filter(Boolean).join(" · ")));
    return box;
  }
  function relationItem(j, from) {
    var e = D.edges[j], li = el("div", "kg-rel"), out = e[0] === from, o = out ? e[1] : e[0];
    var head = el("div"); head.appendChild(document.createTextNode(out ? "→ " : "← ")); head.appendChild(nodeLink(o));
    if (!edgeVisible[j]) head.appendChild(el("span", "kg-q", "  (已筛除 filtered out)"));
    li.appendChild(head);
    if (!e[3].length) li.appendChild(el("div", "kg-src", "行政区划 / 名称推断，无报道原文 Gazetteer or name-derived, no article sentence"));
    e[3].forEach(function (s) { li.appendChild(statementBlock(s, namesOf(from), namesOf(o))); });
    return li;
  }

  // ---- details panel ----------------------------------------------------------------------------
  function showNode(i) {
    var n = node(i), box = $("kg-details");
    box.textContent = "";
    box.appendChild(el("h2", null, n.label));
    box.appendChild(typeChip(n.type));
    box.appendChild(el("div", "kg-iri", n.iri));
    var dl = el("dl");
    function row(k, v) { dl.appendChild(el("dt", null, k)); var d = el("dd"); if (typeof v === "string") d.textContent = v; else d.appendChild(v); dl.appendChild(d); }
    if (n.aliases) row("别名 aliases", n.aliases);
    if (n.code) row("区划代码 code", n.code);
    row("关系 relations", String(adj[i].length));
    attrs[i].forEach(function (a) { row(P[a[1]][1] + " " + P[a[1]][2], a[2]); });
    box.appendChild(dl);
    attrs[i].forEach(function (a) { if (a[3] >= 0) box.appendChild(statementBlock(a[3], namesOf(i), [])); });
    var groups = {};
    adj[i].forEach(function (j) { (groups[D.edges[j][2]] = groups[D.edges[j][2]] || []).push(j); });
    Object.keys(groups).sort(function (a, b) { return groups[b].length - groups[a].length; }).forEach(function (p) {
      box.appendChild(el("h3", null, P[p][1] + " · " + P[p][2] + " (" + groups[p].length + ")"));
      groups[p].forEach(function (j) { box.appendChild(relationItem(j, i)); });
    });
  }
  function showEdge(j) {
    var e = D.edges[j], box = $("kg-details"), p = P[e[2]];
    box.textContent = "";
    box.appendChild(el("h2", null, p[1] + " · " + p[2]));
    var head = el("div"); head.appendChild(nodeLink(e[0])); head.appendChild(document.createTextNode(p[4] ? " — " : " → ")); head.appendChild(nodeLink(e[1]));
    box.appendChild(head);
    if (!e[3].length) box.appendChild(el("div", "kg-src", "行政区划 / 名称推断，无报道原文 Gazetteer or name-derived, no article sentence"));
    e[3].forEach(function (s) { box.appendChild(statementBlock(s, namesOf(e[0]), namesOf(e[1]))); });
  }

  // ---- selection, neighbourhood, camera ---------------------------------------------------------
  function neighbours(i, hops) {
    var seen = new Set([i]), frontier = [i];
    for (var h = 0; h < hops; h++) {
      var next = [];
      frontier.forEach(function (v) {
        adj[v].forEach(function (j) {
          if (!edgeVisible[j]) return;
          var e = D.edges[j], o = e[0] === v ? e[1] : e[0];
          if (!seen.has(o)) { seen.add(o); next.push(o); }
        });
      });
      frontier = next;
    }
    return seen;
  }
  function fitTo(keys, duration) {
    if (!renderer || !keys.length) return;
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    keys.forEach(function (k) { var d = renderer.getNodeDisplayData(k); if (!d) return; x0 = Math.min(x0, d.x); x1 = Math.max(x1, d.x); y0 = Math.min(y0, d.y); y1 = Math.max(y1, d.y); });
    if (x0 === Infinity) return;
    var ratio = Math.max(x1 - x0, y1 - y0, 0.04) * 1.25;
    renderer.getCamera().animate({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio: Math.min(ratio, 1.2), angle: 0 }, { duration: duration == null ? 300 : duration });
  }
  function visibleKeys() { var ks = []; for (var i = 0; i < N; i++) if (nodeVisible[i]) ks.push(String(i)); return ks; }
  function centreOn(i) {
    var d = renderer && renderer.getNodeDisplayData(String(i)); if (!d) return;
    var cam = renderer.getCamera();
    cam.animate({ x: d.x, y: d.y, ratio: Math.min(cam.getState().ratio, 0.25) }, { duration: 300 });
  }
  function setHash(i) {
    var h = "#node=" + encodeURIComponent(D.nodes[i][1]);
    if (location.hash !== h) history.replaceState(null, "", h);
  }
  // The panel first, the graph's highlight one frame later: with a software WebGL a
  // 10,000-node frame can take a second, and the panel must not wait for it.
  var redrawPending = false;
  function redrawSoon() {
    if (redrawPending || !renderer) return;
    redrawPending = true;
    requestAnimationFrame(function () { setTimeout(function () { redrawPending = false; renderer.refresh({ skipIndexation: true }); }, 0); });
  }
  function select(i, centre) {
    S.selected = i; S.selectedEdge = null;
    if (!S.ego) S.focusSet = neighbours(i, 1);
    $("kg-ego").disabled = false;
    showNode(i); setHash(i);
    if (centre) centreOn(i);
    redrawSoon();
  }
  function selectEdge(j) {
    S.selected = null; S.selectedEdge = j;
    var e = D.edges[j];
    if (!S.ego) S.focusSet = new Set([e[0], e[1]]);
    showEdge(j);
    redrawSoon();
  }
  function ego(i) {
    if (i == null) return;
    S.ego = neighbours(i, +$("kg-hops").value); S.focusSet = null;
    select(i, false);
    fitTo(Array.from(S.ego, String));
  }
  function whole() {
    S.ego = null; S.focusSet = null; S.selected = null; S.selectedEdge = null;
    $("kg-ego").disabled = true;
    if (location.hash) history.replaceState(null, "", location.pathname + location.search);
    renderer.refresh({ skipIndexation: true });
    fitTo(visibleKeys());
  }

  // ---- search -----------------------------------------------------------------------------------
  function matches(q, limit) {
    q = q.trim().toLowerCase(); if (!q) return [];
    var best = new Map();
    names.forEach(function (nm) {
      var k = nm[0].indexOf(q); if (k < 0) return;
      var score = (nm[0] === q ? 0 : k === 0 ? 1 : 2) + (nm[2] ? 0.5 : 0);
      var prev = best.get(nm[1]);
      if (!prev || score < prev[0]) best.set(nm[1], [score, nm[2] ? nm[0] : ""]);
    });
    return Array.from(best.entries()).sort(function (a, b) {
      return a[1][0] - b[1][0] || D.nodes[b[0]][6] - D.nodes[a[0]][6] || D.nodes[a[0]][1].length - D.nodes[b[0]][1].length;
    }).slice(0, limit);
  }
  var sugg = [], active = -1;
  function showSuggestions() {
    var ul = $("kg-suggest"); ul.textContent = "";
    sugg = matches($("kg-search").value, 12); active = sugg.length ? 0 : -1;
    sugg.forEach(function (m, k) {
      var li = el("li"), n = D.nodes[m[0]];
      li.setAttribute("role", "option"); li.setAttribute("aria-selected", k === active ? "true" : "false");
      var sw = el("span", "kg-sw"); sw.style.background = T[n[2]][3]; li.appendChild(sw);
      li.appendChild(el("span", null, n[1]));
      li.appendChild(el("span", "kg-alias", T[n[2]][1] + (m[1][1] ? " · 别名 " + m[1][1] : "")));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(k); });
      ul.appendChild(li);
    });
    ul.hidden = !sugg.length;
  }
  function choose(k) {
    var m = sugg[k] || matches($("kg-search").value, 1)[0];
    $("kg-suggest").hidden = true;
    if (!m) { $("kg-details").textContent = ""; $("kg-details").appendChild(el("p", "kg-help", "没有匹配 No match: " + $("kg-search").value)); return; }
    $("kg-search").value = D.nodes[m[0]][1];
    select(m[0], true);
  }
  $("kg-search").addEventListener("input", showSuggestions);
  $("kg-search").addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { ev.preventDefault(); choose(active); }
    else if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault(); if (!sugg.length) return;
      active = (active + (ev.key === "ArrowDown" ? 1 : sugg.length - 1)) % sugg.length;
      Array.prototype.forEach.call($("kg-suggest").children, function (li, k) { li.setAttribute("aria-selected", k === active ? "true" : "false"); });
    } else if (ev.key === "Escape") { $("kg-suggest").hidden = true; $("kg-search").blur(); }
  });
  $("kg-search").addEventListener("blur", function () { $("kg-suggest").hidden = true; });

  // ---- filters ----------------------------------------------------------------------------------
  function countBy(list, f) { var c = {}; list.forEach(function (x) { var k = f(x); c[k] = (c[k] || 0) + 1; }); return c; }
  function chip(label, count, swatch, cls, on, toggle) {
    var b = el("button", "kg-chip"); b.type = "button"; b.setAttribute("aria-pressed", on ? "true" : "false");
    var sw = el("span", cls); sw.style.background = swatch; b.appendChild(sw);
    b.appendChild(el("span", null, label)); b.appendChild(el("span", "kg-n", String(count || 0)));
    b.addEventListener("click", function () { var v = toggle(); b.setAttribute("aria-pressed", v ? "true" : "false"); recompute(); });
    return b;
  }
  var typeCount = countBy(D.nodes, function (n) { return n[2]; });
  T.forEach(function (t, k) {
    if (!typeCount[k]) return;
    var b = chip(t[1] + " " + t[2], typeCount[k], t[3], "kg-sw", true, function () { return (S.typeOn[k] = !S.typeOn[k]); });
    b.dataset.type = t[0]; $("kg-types").appendChild(b);
  });
  var predCount = countBy(D.edges, function (e) { return e[2]; });
  P.forEach(function (p, k) {
    if (!predCount[k]) return;
    var b = chip(p[1] + " " + p[2], predCount[k], p[3], "kg-line", true, function () { return (S.predOn[k] = !S.predOn[k]); });
    b.dataset.pred = p[0]; $("kg-preds").appendChild(b);
  });
  $("kg-conf").addEventListener("input", function () { S.minConf = +this.value; $("kg-conf-out").textContent = this.value; recompute(); });
  var allDates = [].concat.apply([], edgeDates).sort();
  if (allDates.length) { $("kg-since").placeholder = $("kg-since").min = $("kg-until").min = allDates[0]; $("kg-until").placeholder = $("kg-since").max = $("kg-until").max = allDates[allDates.length - 1]; }
  ["kg-since", "kg-until"].forEach(function (id) {
    $(id).addEventListener("change", function () { S[id === "kg-since" ? "since" : "until"] = this.value; recompute(); });
  });
  $("kg-cooc-n").textContent = "(" + D.cooc.length + ")";
  $("kg-cooc").disabled = !D.cooc.length;
  $("kg-cooc").addEventListener("change", function () { S.cooc = this.checked; if (S.cooc) addCooc(); renderer.refresh(); });
  $("kg-ego").addEventListener("click", function () { ego(S.selected); });
  $("kg-whole").addEventListener("click", whole);
  $("kg-fit").addEventListener("click", function () { fitTo(S.ego ? Array.from(S.ego, String) : visibleKeys()); });

  // ---- keyboard ---------------------------------------------------------------------------------
  document.addEventListener("keydown", function (ev) {
    var tag = (ev.target && ev.target.tagName) || "";
    if (tag === "INPUT" || tag === "SELECT" || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var cam = renderer.getCamera(), st = cam.getState(), step = 0.1 * st.ratio;
    var keys = {
      "/": function () { $("kg-search").focus(); }, "Escape": whole, "f": function () { $("kg-fit").click(); },
      "n": function () { ego(S.selected); }, "+": function () { cam.animatedZoom({ duration: 150 }); }, "=": function () { cam.animatedZoom({ duration: 150 }); },
      "-": function () { cam.animatedUnzoom({ duration: 150 }); },
      "ArrowLeft": function () { cam.setState({ x: st.x - step }); }, "ArrowRight": function () { cam.setState({ x: st.x + step }); },
      "ArrowUp": function () { cam.setState({ y: st.y + step }); }, "ArrowDown": function () { cam.setState({ y: st.y - step }); },
    };
    if (keys[ev.key]) { ev.preventDefault(); keys[ev.key](); }
  });

  // ---- deep links -------------------------------------------------------------------------------
  function fromHash() {
    var m = /(?:^#|&)node=([^&]*)/.exec(location.hash); if (!m) return;
    var name = decodeURIComponent(m[1]), hit = matches(name, 1)[0];
    if (hit && (D.nodes[hit[0]][1].toLowerCase() === name.toLowerCase() || hit[1][0] < 1)) select(hit[0], true);
    else { $("kg-details").textContent = ""; $("kg-details").appendChild(el("p", "kg-help", "链接中的节点不在此图中 Not in this graph: " + name)); }
  }
  window.addEventListener("hashchange", fromHash);

  // ---- start ------------------------------------------------------------------------------------
  var stats = { start: performance.now(), firstDraw: null, renders: 0, lastRender: null, firstFrame: null };
  recompute();
  renderer = new Sigma(graph, $("kg-graph"), settings);
  renderer.on("afterRender", function () {
    var t = performance.now(); stats.renders++; stats.lastRender = t; if (stats.firstDraw === null) stats.firstDraw = t;
  });
  renderer.on("clickNode", function (e) { select(+e.node, false); });
  renderer.on("clickEdge", function (e) { if (e.edge[0] === "e") selectEdge(+e.edge.slice(1)); });
  renderer.on("doubleClickNode", function (e) { e.preventSigmaDefault(); ego(+e.node); });
  renderer.on("clickStage", function () { if (S.selected !== null || S.selectedEdge !== null) { S.selected = null; S.selectedEdge = null; if (!S.ego) S.focusSet = null; renderer.refresh({ skipIndexation: true }); } });
  renderer.refresh();
  stats.scriptEnd = performance.now();
  requestAnimationFrame(function () { setTimeout(function () { stats.firstFrame = performance.now(); }, 0); });
  fromHash();
  // for tests and benchmarks: what is drawn, and when the page drew
  window.kgPage = {
    stats: stats, graph: graph, renderer: renderer, select: function (name) { var m = matches(name, 1)[0]; if (m) select(m[0], true); return !!m; },
    drawn: function () {
      var n = 0, e = 0; graph.forEachNode(function (k, a) { if (!renderer.getNodeDisplayData(k).hidden) n++; });
      graph.forEachEdge(function (k) { var d = renderer.getEdgeDisplayData(k); if (d && !d.hidden) e++; });
      return { nodes: n, edges: e };
    },
    isolatedDrawn: function () { // drawn nodes with no drawn edge
      var c = 0; graph.forEachNode(function (k) {
        if (renderer.getNodeDisplayData(k).hidden) return;
        var any = graph.edges(k).some(function (x) { var d = renderer.getEdgeDisplayData(x); return d && !d.hidden; });
        if (!any) c++;
      }); return c;
    },
  };
})();
