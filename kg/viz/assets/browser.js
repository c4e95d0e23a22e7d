/* kg graph browser, shared by both renderers: search, details with evidence, filters,
 * neighbourhoods, keyboard, deep links. The drawing is a view that the renderer's script
 * supplies (draw-sigma.js, draw-vis.js): kgBrowser(makeView) builds everything here, then
 * makeView(K) draws the graph and returns {refresh, refreshSoon, centreOn, fit, zoom, pan,
 * showCooc}. Positions come precomputed from Python; no view moves nodes, so the page draws
 * once and stays idle until the user acts. Every string from articles is put into the DOM
 * as text (textContent / text nodes), never as HTML. */
window.kgBrowser = function (makeView) {
  "use strict";
  var D = JSON.parse(document.getElementById("kg-data").textContent);
  var $ = function (id) { return document.getElementById(id); };
  var FONT = getComputedStyle(document.body).getPropertyValue("--kg-font").trim() || "sans-serif";
  var N = D.nodes.length, E = D.edges.length;
  var T = D.types, P = D.preds;
  var node = function (i) { var n = D.nodes[i]; return { iri: n[0], label: n[1], type: n[2], aliases: n[3], x: n[4], y: n[5], degree: n[6], code: n[7] }; };
  var view = null;

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
    if (view) view.refresh();
  }
  function lit(i) { // highlighted: the selection and its neighbours, or the ego network
    if (S.ego) return S.ego.has(i);
    if (S.focusSet) return S.focusSet.has(i);
    return true;
  }

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

  // ---- selection, neighbourhood -----------------------------------------------------------------
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
  function visible() { var ks = []; for (var i = 0; i < N; i++) if (nodeVisible[i]) ks.push(i); return ks; }
  function setHash(i) {
    var h = "#node=" + encodeURIComponent(D.nodes[i][1]);
    if (location.hash !== h) history.replaceState(null, "", h);
  }
  // The panel first, the graph's highlight after it (view.refreshSoon): with a software
  // renderer a large frame can take a second, and the panel must not wait for it.
  function select(i, centre) {
    S.selected = i; S.selectedEdge = null;
    if (!S.ego) S.focusSet = neighbours(i, 1);
    $("kg-ego").disabled = false;
    showNode(i); setHash(i);
    if (centre) view.centreOn(i);
    view.refreshSoon();
  }
  function selectEdge(j) {
    S.selected = null; S.selectedEdge = j;
    var e = D.edges[j];
    if (!S.ego) S.focusSet = new Set([e[0], e[1]]);
    showEdge(j);
    view.refreshSoon();
  }
  function ego(i) {
    if (i == null) return;
    S.ego = neighbours(i, +$("kg-hops").value); S.focusSet = null;
    select(i, false);
    view.fit(Array.from(S.ego));
  }
  function whole() {
    S.ego = null; S.focusSet = null; S.selected = null; S.selectedEdge = null;
    $("kg-ego").disabled = true;
    if (location.hash) history.replaceState(null, "", location.pathname + location.search);
    view.refresh();
    view.fit(visible());
  }
  function unselect() { // a click on the empty stage
    if (S.selected === null && S.selectedEdge === null) return;
    S.selected = null; S.selectedEdge = null; if (!S.ego) S.focusSet = null;
    view.refresh();
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
  $("kg-cooc").addEventListener("change", function () { S.cooc = this.checked; view.showCooc(S.cooc); });
  $("kg-ego").addEventListener("click", function () { ego(S.selected); });
  $("kg-whole").addEventListener("click", whole);
  $("kg-fit").addEventListener("click", function () { view.fit(S.ego ? Array.from(S.ego) : visible()); });

  // ---- keyboard ---------------------------------------------------------------------------------
  document.addEventListener("keydown", function (ev) {
    var tag = (ev.target && ev.target.tagName) || "";
    if (tag === "INPUT" || tag === "SELECT" || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var keys = {
      "/": function () { $("kg-search").focus(); }, "Escape": whole, "f": function () { $("kg-fit").click(); },
      "n": function () { ego(S.selected); }, "+": function () { view.zoom(1); }, "=": function () { view.zoom(1); },
      "-": function () { view.zoom(-1); },
      "ArrowLeft": function () { view.pan(-1, 0); }, "ArrowRight": function () { view.pan(1, 0); },
      "ArrowUp": function () { view.pan(0, 1); }, "ArrowDown": function () { view.pan(0, -1); },
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
  var K = {
    D: D, T: T, P: P, N: N, E: E, FONT: FONT, DIM: "#e4e4e4", S: S, adj: adj,
    nodeVisible: nodeVisible, edgeVisible: edgeVisible, lit: lit,
    select: select, selectEdge: selectEdge, ego: ego, unselect: unselect, matches: matches,
  };
  recompute();
  view = makeView(K);
  fromHash();
  return K;
};
