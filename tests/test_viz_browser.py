"""The graph page in a real browser (Debian's chromium + chromedriver, driven by Selenium).

`.ci/run` installs them; where they cannot be had these tests are skipped with a
loud reason (never passed), shown in pytest's summary.
"""
from __future__ import annotations

import json
import shutil
import time
import warnings
from pathlib import Path
from typing import Any

import pytest

from kg import viz

from .test_viz import HOSTILE, hostile_store

CHROMEDRIVER = "/usr/bin/chromedriver"
ARGS = ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1600,1000", "--enable-unsafe-swiftshader"]


def start_browser() -> Any:
    """A headless Chromium (software WebGL), or a skip that says why and how to fix it."""
    why = ""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        why = "selenium is not installed (pip install -e '.[test]')"
    if not why and not (Path(CHROMEDRIVER).exists() and shutil.which("chromium")):
        why = "chromium / chromium-driver are not installed (apt-get install -y chromium chromium-driver fonts-noto-cjk; .ci/run does it)"
    if not why:
        opts = webdriver.ChromeOptions()
        for a in ARGS:
            opts.add_argument(a)
        opts.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
        try:
            return webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
        except Exception as e:  # noqa: BLE001 - any failure to start means: no browser here
            why = f"chromium did not start: {e}".splitlines()[0]
    msg = f"BROWSER TESTS SKIPPED, the graph page is NOT tested: {why}"
    warnings.warn(msg, stacklevel=1)
    pytest.skip(msg)


@pytest.fixture(scope="module")
def browser():
    d = start_browser()
    yield d
    d.quit()


def open_page(d: Any, path: Path, fragment: str = "") -> None:
    d.get(path.resolve().as_uri() + fragment)
    wait_for(d, "return !!(window.kgPage && kgPage.stats.firstDraw !== null)")


def wait_for(d: Any, script: str, timeout: float = 15.0) -> Any:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = d.execute_script(script)
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for: {script}")


def network_requests(d: Any) -> list[str]:
    """Network URLs the page asked for since the last call, from Chrome's performance log (file: and data: are local)."""
    urls = []
    for entry in d.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg["method"] == "Network.requestWillBeSent":
            urls.append(msg["params"]["request"]["url"])
    return [u for u in urls if not u.startswith(("file:", "data:"))]


def page_errors(d: Any) -> list[str]:
    return [e["message"] for e in d.get_log("browser") if e["level"] == "SEVERE"]


def details(d: Any) -> Any:
    from selenium.webdriver.common.by import By

    return d.find_element(By.ID, "kg-details")


def test_seed_page_draws_once_without_requests_and_every_node_has_an_edge(browser, built):
    out, _ = built
    browser.get_log("performance")
    open_page(browser, out / "graph.html")
    renders = browser.execute_script("return kgPage.stats.renders")
    time.sleep(1.0)
    assert browser.execute_script("return kgPage.stats.renders") == renders, "the page keeps redrawing while idle"
    drawn = browser.execute_script("return kgPage.drawn()")
    assert drawn["nodes"] > 100 and drawn["edges"] > 100
    assert browser.execute_script("return kgPage.isolatedDrawn()") == 0
    assert network_requests(browser) == [] and page_errors(browser) == []
    assert "45 篇报道" in browser.title


def test_search_and_enter_show_the_evidence(browser, built):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    out, _ = built
    open_page(browser, out / "graph.html")
    box = browser.find_element(By.ID, "kg-search")
    box.send_keys("小企业发展促进")
    wait_for(browser, "return !document.getElementById('kg-suggest').hidden")
    assert "山西省小企业发展促进局" in browser.find_element(By.ID, "kg-suggest").text
    box.send_keys(Keys.ENTER)
    panel = details(browser)
    assert panel.find_element(By.TAG_NAME, "h2").text == "山西省小企业发展促进局"
    evidence = panel.find_elements(By.CSS_SELECTOR, "blockquote.kg-evidence")
    assert evidence and any("小企业发展促进局" in m.text for e in evidence for m in e.find_elements(By.TAG_NAME, "mark"))
    assert "主办 · organizes" in panel.text
    assert "#node=" in browser.current_url


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
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    path = tmp_path / "hostile.html"
    viz.render(hostile_store(), path)
    open_page(browser, path)
    browser.find_element(By.ID, "kg-search").send_keys("onerror", Keys.ENTER)
    panel = details(browser)
    assert panel.find_element(By.TAG_NAME, "h2").text == HOSTILE
    assert HOSTILE in panel.find_element(By.CSS_SELECTOR, "blockquote.kg-evidence").text
    assert browser.execute_script("return window.pwned === undefined && document.querySelectorAll('img, b, i, u').length === 0")
