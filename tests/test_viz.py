"""The graph page without a browser: what it selects, lays out, escapes and writes."""
from __future__ import annotations

import json
import re

import networkx as nx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg import rdf, store, viz
from kg.cli import main
from kg.types import Document, Entity, EntityType, Fact, Key
from kg.viz import data as gd
from kg.viz import layout, page
from kg.viz.select import Selection, SelectionError, select

HOSTILE = '</script><img src=x onerror="window.pwned=1">&amp;'


@pytest.fixture(scope="module")
def seed_data(built):
    out, _ = built
    return gd.load(store.open_store(out))


@pytest.mark.parametrize("sel", [
    Selection(), Selection(isolated=True), Selection(max_nodes=20), Selection(max_nodes=20, isolated=True),
    Selection(types=("Place",), isolated=True), Selection(types=("GovernmentBody", "Place"), max_nodes=50),
    Selection(since="2020-08-14", until="2020-08-14"),
])
def test_the_page_draws_without_networkx_what_select_draws(seed_data, sel):
    """A page without a focus is drawn from `select.drawn` (no networkx): the same nodes,
    degrees, layout and page data as `select` gives."""
    from kg.viz.select import drawn

    a, b = select(seed_data, sel), drawn(seed_data, sel)
    assert b is not None and set(a) == set(b) and dict(a.degree()) == dict(b.degree()) and a.number_of_edges() == b.number_of_edges()
    pa, pb = layout.positions(a), layout.positions(b)
    assert pa == pb and viz.payload(seed_data, a, pa) == viz.payload(seed_data, b, pb)
    assert drawn(seed_data, Selection(focus=("太原市",))) is None


def test_a_build_draws_its_page_without_importing_networkx(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    seeds = Path(__file__).resolve().parents[1] / "seeds"
    code = "import kg, sys; kg.build([sys.argv[1]], out=sys.argv[2], html=True); print('networkx' in sys.modules)"
    res = subprocess.run([sys.executable, "-c", code, str(seeds), str(tmp_path / "out")], capture_output=True, text=True, check=True)
    assert res.stdout.strip() == "False" and (tmp_path / "out" / "graph.html").exists()


def _data_of(html: str) -> dict:
    block = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert block, "no data block"
    return json.loads(block.group(1))


def hostile_store() -> ox.Store:
    """Two entities whose names and evidence are markup, one relation with its statement."""
    mint, st = rdf.Minter(), ox.Store()
    a = Entity(Key(EntityType.ENTERPRISE, HOSTILE), "Enterprise", HOSTILE, aliases=("<b>别名</b>",))
    b = Entity(Key(EntityType.PLACE, "太原市"), "Place", "太原市")
    doc = Document("d1", "x", "hostile.txt", title="<i>标题</i>", date="2024-05-01")
    f = Fact(a.key, "locatedIn", b.key, "d1", 0, 10, "rel.test", evidence=HOSTILE + "位于太原市", post="<u>董事长</u>")
    quads = [*rdf.entity_quads(a, mint), *rdf.entity_quads(b, mint), *rdf.article_quads(doc, mint), *rdf.fact_quads(f, mint)]
    st.extend(quads)
    return st


def test_seed_page_draws_only_nodes_with_a_typed_relation(seed_data):
    g = select(seed_data, Selection())
    assert g.number_of_nodes() > 100
    assert all(g.degree(n) > 0 for n in g)
    assert all(k != gd.COOCCURRENCE for _, _, k in g.edges(keys=True))
    with_isolated = select(seed_data, Selection(isolated=True))
    assert with_isolated.number_of_nodes() == seed_data.graph.number_of_nodes() > g.number_of_nodes()


def test_focus_draws_the_neighbourhood_in_typed_hops(seed_data):
    g = select(seed_data, Selection(focus=("太原市",), hops=1))
    typed = nx.MultiDiGraph((s, o) for s, o, k in seed_data.graph.edges(keys=True) if k != gd.COOCCURRENCE)
    (centre,) = [n for n, d in seed_data.graph.nodes(data=True) if d["label"] == "太原市"]
    assert set(g) == {centre} | set(typed.to_undirected().neighbors(centre))
    assert set(select(seed_data, Selection(focus=("太原",), hops=1))) == set(g)  # an alias finds it too
    with pytest.raises(SelectionError, match="did you mean 太原市"):
        select(seed_data, Selection(focus=("太原市x",)))


def test_type_date_and_size_filters(seed_data):
    g = select(seed_data, Selection(types=("Person", "Enterprise", "Organization", "GovernmentBody")))
    assert g.number_of_nodes() and {d["type"] for _, d in g.nodes(data=True)} <= {"Person", "Enterprise", "Organization", "GovernmentBody"}
    dated = select(seed_data, Selection(since="2020-08-14", until="2020-08-14"))
    for s, o, k in dated.edges(keys=True):
        dates = {seed_data.articles[st.article].date for st in seed_data.statements[(s, k, o)]}
        assert "2020-08-14" in dates
    assert 0 < dated.number_of_edges() < select(seed_data, Selection()).number_of_edges()
    small = select(seed_data, Selection(max_nodes=20))
    assert 0 < small.number_of_nodes() <= 20 and all(small.degree(n) for n in small)
    assert max(d["label"] == "山西省" for _, d in small.nodes(data=True))  # the best connected stay


def test_payload_carries_evidence_and_bilingual_relation_names(seed_data):
    g = select(seed_data, Selection())
    body = viz.payload(seed_data, g, layout.positions(g))
    preds = {p[0]: p for p in body["preds"]}
    assert preds["locatedIn"][1:3] == ["所在地", "located in"] and preds["memberOf"][1] == "任职于"
    evidence = [s[0] for s in body["stmts"]]
    assert any("山西省小企业发展促进局" in e for e in evidence)
    assert len(body["nodes"]) == g.number_of_nodes() and len(body["edges"]) == g.number_of_edges()
    used = {e[0] for e in body["edges"]} | {e[1] for e in body["edges"]}
    assert used == set(range(len(body["nodes"])))
    assert all(0 <= s < len(body["stmts"]) for e in body["edges"] for s in e[3])


def test_layout_is_deterministic_and_components_do_not_overlap(seed_data):
    g = select(seed_data, Selection())
    pos = layout.positions(g)
    assert pos == layout.positions(g) and set(pos) == set(g)
    boxes = []
    for comp in nx.connected_components(g.to_undirected()):
        xs, ys = [pos[n][0] for n in comp], [pos[n][1] for n in comp]
        boxes.append((min(xs), min(ys), max(xs), max(ys)))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1], (a, b)


def _shifted(pos, names):
    """The positions of `names` relative to the first of them (a component's shape, wherever packed)."""
    x0, y0 = pos[names[0]]
    return [(round(pos[n][0] - x0, 6), round(pos[n][1] - y0, 6)) for n in names]


def test_an_update_keeps_the_positions_the_last_page_drew():
    """`memo` (the last page's layout): an unchanged component keeps its shape; a changed one
    starts from where its nodes were drawn, so its old nodes hardly move and a new node lands
    beside its neighbour; laid out afresh (no memo), the same graph looks otherwise. Without a
    memo the layout is the full build's, and with one it is deterministic."""
    import random
    from math import dist
    from statistics import median

    from kg.viz.graph import Drawn

    rnd = random.Random(7)
    tree = [(f"粤{i}", f"粤{rnd.randrange(i)}") for i in range(1, 120)]  # a component like a news graph's largest
    small = [("滇甲", "滇乙"), ("滇乙", "滇丙"), ("滇丙", "滇丁")]

    def graph(edges):
        return Drawn({n: {} for e in edges for n in e}, [(s, o, "locatedIn", {}) for s, o in edges])

    before, after = graph(tree + small), graph(tree + small + [("粤新", "粤5"), ("粤7", "粤90")])
    memo: dict = {}
    old = layout.positions(before, memo=memo)
    assert old == layout.positions(before) and memo  # the full build's layout; kept
    kept = dict(memo)
    new = layout.positions(after, memo=memo)
    assert new == layout.positions(after, memo=dict(kept))  # deterministic
    fresh = layout.positions(after)
    assert new != fresh and fresh == layout.positions(after, memo={})
    smalls = ["滇丁", "滇丙", "滇乙", "滇甲"]
    assert _shifted(new, smalls) == _shifted(old, smalls)  # its shape as it was
    names = sorted(n for n in old if n.startswith("粤"))
    dx = median(new[n][0] - old[n][0] for n in names)
    dy = median(new[n][1] - old[n][1] for n in names)  # the component may be packed elsewhere
    moved = [dist((old[n][0] + dx, old[n][1] + dy), new[n]) for n in names]
    afresh = [dist(old[n], fresh[n]) for n in names]
    edge = median(dist(old[s], old[o]) for s, o in tree)
    assert median(afresh) > 3 * edge  # what a reader following the graph would see otherwise
    assert median(moved) < 0.5 * edge and max(moved) < median(afresh), (median(moved), max(moved), edge, median(afresh))
    assert dist(new["粤新"], new["粤5"]) < 2 * edge


def test_strings_from_articles_cannot_become_markup(tmp_path):
    path = tmp_path / "g.html"
    counts = viz.render(hostile_store(), path)
    assert counts == {"nodes": 2, "edges": 1, "cooccurrence": 0}
    html = path.read_text(encoding="utf-8")
    assert "<img" not in html and "<b>别名" not in html and "<i>标题" not in html
    assert html.count("</script>") == 4  # data, graphology, sigma, kg: nothing from the data closed one early
    body = _data_of(html)
    assert HOSTILE in [n[1] for n in body["nodes"]] and body["stmts"][0][0].startswith(HOSTILE)
    assert json.loads(page.script_json({"a": "</script>\u2028"})) == {"a": "</script>\u2028"}


def test_page_is_one_offline_file(built):
    out, _ = built
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert re.search(r"<title>[^<]*45 篇报道", html)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html, re.I)
    assert "@import" not in html and "url(" not in html and "sourceMappingURL" not in html
    for name in ("page.html", "page.css", "browser.js", "draw-sigma.js", "graphology.umd.min.js", "sigma.min.js"):
        assert not re.search(r"https?://", page.asset(name)), f"{name} names a URL"
    assert "Noto Sans CJK SC" in html


def test_write_is_atomic_and_keeps_the_old_page_on_error(tmp_path, built):
    out, _ = built
    target = tmp_path / "graph.html"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(SelectionError):
        viz.render(store.open_store(out), target, Selection(focus=("没有这个名字",)))
    assert target.read_text(encoding="utf-8") == "old" and [p.name for p in tmp_path.iterdir()] == ["graph.html"]


def test_cli_viz_options(built, tmp_path):
    out, _ = built
    runner = CliRunner()
    dest = tmp_path / "taiyuan.html"
    r = runner.invoke(main, ["viz", "--out", str(out), "--output", str(dest), "--focus", "太原市", "--hops", "1", "--title", "太原"])
    assert r.exit_code == 0, r.output
    assert re.match(r"wrote .*taiyuan.html \(\d+ nodes, \d+ relations, \d+ co-occurrence pairs\)", r.output)
    assert "<title>太原</title>" in dest.read_text(encoding="utf-8")
    r = runner.invoke(main, ["viz", "--out", str(out), "--output", str(dest), "--focus", "不存在的机构"])
    assert r.exit_code == 2 and "no entity has this name" in r.output
    r = runner.invoke(main, ["viz", "--out", str(out), "--output", str(dest), "--type", "Company"])
    assert r.exit_code == 2 and "Enterprise" in r.output
    people_and_bodies = ["--type", "Person", "--type", "GovernmentBody", "--type", "Enterprise", "--type", "Organization"]
    r = runner.invoke(main, ["viz", "--out", str(out), "--output", str(dest), *people_and_bodies, "--since", "2020-08-01"])
    assert r.exit_code == 0, r.output
    body = _data_of(dest.read_text(encoding="utf-8"))
    assert {body["types"][n[2]][0] for n in body["nodes"]} == {"Person", "GovernmentBody", "Enterprise", "Organization"}


def test_the_page_reads_the_same_graph_as_analyze(built):
    from kg import analyze

    out, _ = built
    st = store.open_store(out)
    a, b = analyze.to_networkx(st, include_cooccurrence=True), gd.read_graph(st)

    def nodes(g: nx.MultiDiGraph) -> dict:
        return {n: (d["label"], d["type"], set(d["aliases"].split("、")) - {""}) for n, d in g.nodes(data=True)}

    assert nodes(a) == nodes(b)
    assert {(s, o, k, d["weight"]) for s, o, k, d in a.edges(keys=True, data=True)} == {(s, o, k, d["weight"]) for s, o, k, d in b.edges(keys=True, data=True)}
