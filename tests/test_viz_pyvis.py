"""The graph page drawn by pyvis (vis-network): the written HTML, then the page in a real browser.

The browser half drives Debian's chromium with the helpers of tests/conftest.py, as
tests/test_viz_browser.py does, and is skipped with the same loud reason where chromium cannot be had.
"""
from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from kg import store, viz
from kg.cli import main
from kg.viz import pyvis_page
from kg.viz.select import Selection, SelectionError

from .conftest import assert_idle_offline_seed_page, assert_markup_stays_text, details, search_and_enter, wait_for
from .conftest import open_page as open_any_page
from .test_viz import HOSTILE, _data_of, hostile_store


def _vis_of(html: str) -> dict:
    block = re.search(r'<script type="application/json" id="kg-vis">(.*?)</script>', html, re.S)
    assert block, "no kg-vis block"
    return json.loads(block.group(1))


@pytest.fixture(scope="module")
def pages(built, tmp_path_factory):
    """The seed graph drawn by both renderers with the same selection."""
    out, _ = built
    d = tmp_path_factory.mktemp("pyvis")
    st = store.open_store(out)
    counts = viz.render(st, d / "pyvis.html", renderer="pyvis")
    viz.render(st, d / "sigma.html")
    return d, counts


def test_page_is_offline_titled_and_draws_every_selected_node(pages):
    d, counts = pages
    html = (d / "pyvis.html").read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html, re.I)
    assert "bootstrap" not in html and "cdn.jsdelivr" not in html and "cdnjs" not in html  # pyvis's template links them
    assert "sourceMappingURL" not in html and "@import" not in html
    assert re.search(r"<title>[^<]*45 篇报道", html) and "Noto Sans CJK SC" in html
    vis = _vis_of(html)
    assert counts["nodes"] > 100 and len(vis["nodes"]) == counts["nodes"] and len(vis["edges"]) == counts["edges"]
    assert sorted(int(n["id"][1:]) for n in vis["nodes"]) == list(range(counts["nodes"]))
    sizes = [n["size"] for n in vis["nodes"]]
    assert sizes == sorted(sizes)  # hubs drawn last, on top, where a click finds them
    assert vis["options"]["physics"]["enabled"] is False  # idle once drawn: positions are precomputed
    assert html.count("</script>") == 4  # kg-data, kg-vis, vis-network, kg's browser + view


def test_same_data_selection_and_layout_as_the_sigma_page(pages):
    d, _ = pages
    body = _data_of((d / "pyvis.html").read_text(encoding="utf-8"))
    assert body == _data_of((d / "sigma.html").read_text(encoding="utf-8"))
    vis = _vis_of((d / "pyvis.html").read_text(encoding="utf-8"))
    for n, v in zip(body["nodes"], sorted(vis["nodes"], key=lambda v: int(v["id"][1:]))):
        assert v["label"] == n[1] and v["x"] == pytest.approx(n[4] * pyvis_page.SCALE, abs=0.1)
        assert v["y"] == pytest.approx(-n[5] * pyvis_page.SCALE, abs=0.1)
        assert v["color"]["background"] == body["types"][n[2]][3]
    assert [(e["from"], e["to"]) for e in vis["edges"]] == [(f"n{e[0]}", f"n{e[1]}") for e in body["edges"]]


def test_strings_from_articles_cannot_become_markup(tmp_path):
    path = tmp_path / "g.html"
    assert viz.render(hostile_store(), path, renderer="pyvis") == {"nodes": 2, "edges": 1, "cooccurrence": 0}
    html = path.read_text(encoding="utf-8")
    assert "<img" not in html and "<b>别名" not in html and "<i>标题" not in html and "<u>董事长" not in html
    assert html.count("</script>") == 4
    assert HOSTILE in [n["label"] for n in _vis_of(html)["nodes"]]
    assert _data_of(html)["stmts"][0][0].startswith(HOSTILE)


def test_refuses_a_selection_too_large_and_keeps_the_old_page(built, tmp_path, monkeypatch):
    out, _ = built
    target = tmp_path / "graph.html"
    target.write_text("old", encoding="utf-8")
    monkeypatch.setattr(pyvis_page, "MAX_NODES", 50)
    with pytest.raises(SelectionError, match=r"--renderer pyvis: the selection has \d+ entities.*--renderer sigma.*--max-nodes 50"):
        viz.render(store.open_store(out), target, renderer="pyvis")
    assert target.read_text(encoding="utf-8") == "old" and [p.name for p in tmp_path.iterdir()] == ["graph.html"]
    counts = viz.render(store.open_store(out), target, Selection(max_nodes=50), renderer="pyvis")
    assert 0 < counts["nodes"] <= 50
    with pytest.raises(SelectionError, match="expected one of sigma, pyvis"):
        viz.render(store.open_store(out), target, renderer="d3")


def test_cli_renderer_option(built, tmp_path, monkeypatch):
    out, _ = built
    runner = CliRunner()
    dest = tmp_path / "p.html"
    r = runner.invoke(main, ["viz", "--out", str(out), "--output", str(dest), "--renderer", "pyvis", "--focus", "太原市", "--hops", "1"])
    assert r.exit_code == 0, r.output
    assert re.match(r"wrote .*p.html \(\d+ nodes, \d+ relations, \d+ co-occurrence pairs\)", r.output)
    assert "vis.Network" in dest.read_text(encoding="utf-8")
    monkeypatch.setattr(pyvis_page, "MAX_NODES", 5)
    r = runner.invoke(main, ["viz", "--out", str(out), "--output", str(dest), "--renderer", "pyvis"])
    assert r.exit_code == 2 and "--renderer sigma" in r.output
    r = runner.invoke(main, ["viz", "--out", str(out), "--output", str(dest), "--renderer", "d3"])
    assert r.exit_code == 2 and "sigma" in r.output and "pyvis" in r.output


# ---- in a real browser --------------------------------------------------------------------------


def open_page(d, path, fragment: str = "") -> None:  # type: ignore[no-untyped-def]
    open_any_page(d, path, fragment, ready="kgPage.network")


def test_seed_page_draws_once_without_requests(browser, pages):
    d, counts = pages
    browser.get_log("performance")
    open_page(browser, d / "pyvis.html")
    drawn = browser.execute_script("return kgPage.drawn()")
    assert drawn == {"nodes": counts["nodes"], "edges": counts["edges"]}
    assert_idle_offline_seed_page(browser)


def test_search_and_enter_show_the_evidence(browser, pages):
    d, _ = pages
    open_page(browser, d / "pyvis.html")
    search_and_enter(browser)
    wait_for(browser, "return kgPage.network.getSelectedNodes().length === 1")  # the graph shows the selection too


def test_click_on_a_node_opens_its_details_and_dims_the_rest(browser, pages):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    d, _ = pages
    open_page(browser, d / "pyvis.html")
    hub = browser.execute_script("var best = null; kgPage.nodes.forEach(function (n) { if (!best || n.size > best.size) best = n; }); return +best.id.slice(1);")
    p = browser.execute_script("return kgPage.onScreen(arguments[0])", hub)
    pane = browser.find_element(By.ID, "kg-graph")
    ActionChains(browser).move_to_element_with_offset(pane, int(p["x"] - pane.size["width"] / 2), int(p["y"] - pane.size["height"] / 2)).click().perform()
    wait_for(browser, "return document.querySelector('#kg-details h2') !== null")
    assert details(browser).find_element(By.TAG_NAME, "h2").text == browser.execute_script("return kgPage.label(arguments[0])", hub)
    wait_for(browser, "var c = 0; kgPage.nodes.forEach(function (n) { if (n.color === '#e4e4e4') c++; }); return c > 0;")
    browser.execute_script("kgPage.resetView()")
    for label, x, y in browser.execute_script("return kgPage.targets(10)"):  # what is drawn at a hub's centre is that hub
        assert browser.execute_script("var n = kgPage.at(arguments[0], arguments[1]); return n === null ? null : kgPage.label(n)", x, y) == label


def test_legend_filter_and_deep_link(browser, pages):
    from selenium.webdriver.common.by import By

    d, _ = pages
    open_page(browser, d / "pyvis.html", "#node=太原市")
    wait_for(browser, "return document.querySelector('#kg-details h2') !== null")
    assert details(browser).find_element(By.TAG_NAME, "h2").text == "太原市"
    assert details(browser).find_elements(By.CSS_SELECTOR, "blockquote.kg-evidence")
    before = browser.execute_script("return kgPage.drawn()")
    browser.find_element(By.CSS_SELECTOR, '#kg-types [data-type="Place"]').click()
    after = browser.execute_script("return kgPage.drawn()")
    assert after["nodes"] < before["nodes"] and after["edges"] < before["edges"]
    assert browser.execute_script("return kgPage.isolatedDrawn()") == 0


def test_markup_in_names_and_evidence_stays_text(browser, tmp_path):
    path = tmp_path / "hostile.html"
    viz.render(hostile_store(), path, renderer="pyvis")
    open_page(browser, path)
    assert_markup_stays_text(browser, HOSTILE)
