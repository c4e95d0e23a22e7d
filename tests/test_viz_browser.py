"""The graph page in a real browser (Debian's chromium + chromedriver, driven by Selenium).

`.ci/run` installs them; where they cannot be had these tests are skipped with a
loud reason (never passed), shown in pytest's summary.
"""
from __future__ import annotations

from kg import viz

from .conftest import assert_idle_offline_seed_page, assert_markup_stays_text, details, open_page, search_and_enter, wait_for
from .test_viz import HOSTILE, hostile_store


def test_seed_page_draws_once_without_requests_and_every_node_has_an_edge(browser, built):
    out, _ = built
    browser.get_log("performance")
    open_page(browser, out / "graph.html")
    drawn = browser.execute_script("return kgPage.drawn()")
    assert drawn["nodes"] > 100 and drawn["edges"] > 100
    assert_idle_offline_seed_page(browser)


def test_search_and_enter_show_the_evidence(browser, built):
    out, _ = built
    open_page(browser, out / "graph.html")
    assert "主办 · organizes" in search_and_enter(browser).text


def test_click_on_a_node_opens_its_details(browser, built):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    out, _ = built
    open_page(browser, out / "graph.html")
    key, x, y = browser.execute_script(
        "var r = kgPage.renderer, best = null;"
        "kgPage.graph.forEachNode(function (k, a) { if (!best || a.size > best[1]) best = [k, a.size]; });"
        "var p = r.framedGraphToViewport(r.getNodeDisplayData(best[0])); return [best[0], p.x, p.y];"
    )
    label = browser.execute_script("return kgPage.graph.getNodeAttribute(arguments[0], 'label')", key)
    pane = browser.find_element(By.ID, "kg-graph")
    ActionChains(browser).move_to_element_with_offset(pane, int(x - pane.size["width"] / 2), int(y - pane.size["height"] / 2)).click().perform()
    wait_for(browser, "return document.querySelector('#kg-details h2') !== null")
    assert details(browser).find_element(By.TAG_NAME, "h2").text == label


def test_type_legend_filters_what_is_drawn(browser, built):
    from selenium.webdriver.common.by import By

    out, _ = built
    open_page(browser, out / "graph.html")
    before = browser.execute_script("return kgPage.drawn()")
    place = browser.find_element(By.CSS_SELECTOR, '#kg-types [data-type="Place"]')
    place.click()
    assert place.get_attribute("aria-pressed") == "false"
    after = browser.execute_script("return kgPage.drawn()")
    assert after["nodes"] < before["nodes"] and after["edges"] < before["edges"]
    places_drawn = browser.execute_script(
        "var c = 0; kgPage.graph.forEachNode(function (k, a) {"
        " if (!kgPage.renderer.getNodeDisplayData(k).hidden && a.color === '#8c8c8c') c++; }); return c;"
    )
    assert places_drawn == 0 and browser.execute_script("return kgPage.isolatedDrawn()") == 0
    place.click()
    assert browser.execute_script("return kgPage.drawn()") == before


def test_deep_link_opens_with_the_node_selected(browser, built):
    from selenium.webdriver.common.by import By

    out, _ = built
    open_page(browser, out / "graph.html", "#node=太原市")
    wait_for(browser, "return document.querySelector('#kg-details h2') !== null")
    panel = details(browser)
    assert panel.find_element(By.TAG_NAME, "h2").text == "太原市"
    assert panel.find_elements(By.CSS_SELECTOR, "blockquote.kg-evidence")


def test_neighbourhood_key_and_escape(browser, built):
    from selenium.webdriver.common.by import By

    out, _ = built
    open_page(browser, out / "graph.html", "#node=太原市")
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys("n")
    dim = "var c = 0; kgPage.graph.forEachNode(function (k) { var d = kgPage.renderer.getNodeDisplayData(k); if (!d.hidden && d.color === '#e4e4e4') c++; }); return c;"
    wait_for(browser, dim.replace("return c;", "return c > 0;"))  # everything outside 2 hops of 太原市 is dimmed
    body.send_keys("\ue00c")  # Escape: back to the whole graph
    wait_for(browser, dim.replace("return c;", "return c === 0;"))
    assert "#node" not in browser.current_url


def test_markup_in_names_and_evidence_stays_text(browser, tmp_path):
    path = tmp_path / "hostile.html"
    viz.render(hostile_store(), path)
    open_page(browser, path)
    assert_markup_stays_text(browser, HOSTILE)
