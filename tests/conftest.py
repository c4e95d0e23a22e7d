from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
OXIGRAPH = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")


@pytest.fixture(scope="session")
def pipeline():
    from kg.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """The seeds built once through the real CLI code path (store, Turtle, TriG, HTML)."""
    import kg

    out = tmp_path_factory.mktemp("out")
    result = kg.build([str(SEEDS)], out=out)
    return out, result


def top_spans(pipeline, text, locale):
    """(text, type) of the top-level mentions the recogniser finds in `text`."""
    return {(m.text, m.type) for m in pipeline.recognizer("d", text, locale) if not m.nested}


def people_in(pipeline, text, locale):
    """The top-level people the recogniser finds in `text`."""
    return [m.text for m in pipeline.recognizer("d", text, locale) if m.type == "Person" and not m.nested]


def listed(pipeline, text, locale):
    """(text, type) of the mentions `kg ner` lists for `text` (top-level and labelled)."""
    from kg.extract import labelled

    return [(m.text, m.type) for m in pipeline.recognizer("d", text, locale) if not m.nested and labelled(m)]


def free_port() -> int:
    """A local TCP port nothing listens on (now)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def oxigraph_server(folder: Path, *options: str) -> Iterator[str]:
    """For a fixture to `yield from`: a real Oxigraph server (`oxigraph serve` with `options`)
    over a new store in `folder`, on a free local port, answering: its base URL. Stopped after
    the test; the test skips when the binary is not installed."""
    if not Path(OXIGRAPH).exists():
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    port = free_port()
    cmd = [OXIGRAPH, "serve", "--location", str(folder / "db"), "--bind", f"127.0.0.1:{port}", *options]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    yield url
    proc.terminate()
    proc.wait(10)


# ---- the graph page in a real browser (Debian's chromium + chromedriver, driven by Selenium) ----

CHROMEDRIVER = "/usr/bin/chromedriver"
BROWSER_ARGS = ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1600,1000", "--enable-unsafe-swiftshader"]


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
        for a in BROWSER_ARGS:
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


def open_page(d: Any, path: Path, fragment: str = "", ready: str = "true") -> None:
    """Load a graph page and wait for its first drawing (and for `ready`, a script condition)."""
    d.get(path.resolve().as_uri() + fragment)
    wait_for(d, f"return !!(window.kgPage && {ready} && kgPage.stats.firstDraw !== null)")


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


def assert_idle_offline_seed_page(d: Any) -> None:
    """The open seed page does not redraw while idle, draws no node without an edge, asked
    for nothing over the network (since the performance log was last read), logged no error."""
    renders = d.execute_script("return kgPage.stats.renders")
    time.sleep(1.0)
    assert d.execute_script("return kgPage.stats.renders") == renders, "the page keeps redrawing while idle"
    assert d.execute_script("return kgPage.isolatedDrawn()") == 0
    assert network_requests(d) == [] and page_errors(d) == []
    assert "45 篇报道" in d.title


def search_and_enter(d: Any) -> Any:
    """Search the open seed page for 小企业发展促进 and press Enter: the details panel, checked
    to show 山西省小企业发展促进局 with the name marked in its evidence and in the URL."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    box = d.find_element(By.ID, "kg-search")
    box.send_keys("小企业发展促进")
    wait_for(d, "return !document.getElementById('kg-suggest').hidden")
    assert "山西省小企业发展促进局" in d.find_element(By.ID, "kg-suggest").text
    box.send_keys(Keys.ENTER)
    panel = details(d)
    assert panel.find_element(By.TAG_NAME, "h2").text == "山西省小企业发展促进局"
    evidence = panel.find_elements(By.CSS_SELECTOR, "blockquote.kg-evidence")
    assert evidence and any("小企业发展促进局" in m.text for e in evidence for m in e.find_elements(By.TAG_NAME, "mark"))
    assert "#node=" in d.current_url
    return panel


def assert_markup_stays_text(d: Any, hostile: str) -> None:
    """On the open page of tests.test_viz.hostile_store: the name `hostile` (markup and a
    script) is found, shown and quoted as text; nothing of it runs or becomes an element."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    d.find_element(By.ID, "kg-search").send_keys("onerror", Keys.ENTER)
    panel = details(d)
    assert panel.find_element(By.TAG_NAME, "h2").text == hostile
    assert hostile in panel.find_element(By.CSS_SELECTOR, "blockquote.kg-evidence").text
    assert d.execute_script("return window.pwned === undefined && document.querySelectorAll('img, b, i, u').length === 0")
