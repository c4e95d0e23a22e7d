"""`kg serve` as a user runs it: a real `kg serve` process, a real Oxigraph server, SPARQLWrapper as the client."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg import serve

from .conftest import free_port

SPARQLWrapper = pytest.importorskip("SPARQLWrapper")
try:
    serve.oxigraph_binary()
except serve.ServeError:
    pytest.skip("the oxigraph server binary is not installed (pip install 'kg[server]')", allow_module_level=True)

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # a three-way cross product: hours


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False


@pytest.fixture
def endpoint(built):
    out, _ = built
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--out", str(out), "--port", str(port), "--timeout", "2"], stderr=subprocess.PIPE, text=True)
    line = proc.stderr.readline() if proc.stderr else ""
    assert f"http://127.0.0.1:{port}/query" in line, line
    yield proc, f"http://127.0.0.1:{port}/query", out
    if proc.poll() is None:
        proc.terminate()
        proc.wait(20)


def _client(url: str, query: str, method: str = "GET") -> SPARQLWrapper.SPARQLWrapper:
    c = SPARQLWrapper.SPARQLWrapper(url)
    c.setQuery(query)
    c.setReturnFormat(SPARQLWrapper.JSON)
    c.setMethod(SPARQLWrapper.POST if method == "POST" else SPARQLWrapper.GET)
    c.setTimeout(60)
    return c


def test_select_over_the_union_of_article_graphs_with_chinese_literals(endpoint):
    _, url, _ = endpoint
    # kg:, rdf:, rdfs: … predeclared as in `kg query`; the Statements live in the article graphs
    q = 'SELECT ?l ?ev WHERE { ?x rdfs:label ?l . FILTER(?l = "太重集团"@zh) ?st rdf:subject ?x ; kg:evidence ?ev } LIMIT 3'
    for method in ("GET", "POST"):
        rows = _client(url, q, method).queryAndConvert()["results"]["bindings"]
        assert rows and rows[0]["l"] == {"type": "literal", "value": "太重集团", "xml:lang": "zh"}
        assert "太重" in rows[0]["ev"]["value"] and rows[0]["ev"]["xml:lang"] == "zh"


def test_update_is_refused_and_changes_nothing(endpoint):
    _, url, _ = endpoint
    for target in (url.replace("/query", "/update"), url):
        c = SPARQLWrapper.SPARQLWrapper(target)
        c.setQuery('INSERT DATA { <urn:x> <urn:y> "z" }')
        c.setMethod(SPARQLWrapper.POST)
        with pytest.raises(Exception) as e:  # SPARQLWrapper raises its own error types for HTTP 4xx
            c.query()
        assert any(code in str(e.value) for code in ("403", "400", "read-only", "Bad Request")), e.value
    ask = _client(url, "ASK { <urn:x> ?p ?o }").queryAndConvert()
    assert ask["boolean"] is False


def test_a_query_past_the_timeout_gets_an_error_and_the_next_query_an_answer(endpoint):
    _, url, _ = endpoint
    t0 = time.monotonic()
    with pytest.raises(Exception) as e:
        _client(url, SLOW).queryAndConvert()
    assert "503" in str(e.value) or "timeout" in str(e.value).lower()
    assert time.monotonic() - t0 < 15
    assert _client(url, "ASK { ?s a kg:Enterprise }").queryAndConvert()["boolean"] is True


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_stops_the_server_its_engine_and_its_snapshot(endpoint, sig):
    proc, url, out = endpoint
    engines = _children(proc.pid)
    assert engines and all(_alive(p) for p in engines)
    assert list(Path(out).glob(".serve-*"))
    proc.send_signal(sig)
    assert proc.wait(20) == 0
    time.sleep(0.2)
    assert not any(_alive(p) for p in engines)
    assert not list(Path(out).glob(".serve-*"))


def test_a_killed_server_leaves_no_engine_running(endpoint):
    proc, _, _ = endpoint
    engines = _children(proc.pid)
    proc.kill()  # no cleanup runs: the engine's parent-death signal stops it
    proc.wait(10)
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in engines) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(p) for p in engines)


def test_no_graph_and_busy_port_are_clear_errors(tmp_path, built):
    r = subprocess.run([sys.executable, "-m", "kg.cli", "serve", "--out", str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "kg build" in r.stderr
    out, _ = built
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        busy = s.getsockname()[1]
        r = subprocess.run([sys.executable, "-m", "kg.cli", "serve", "--out", str(out), "--port", str(busy)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "--port" in r.stderr
    assert not list(Path(out).glob(".serve-*"))


def test_missing_binary_tells_how_to_install(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(serve.ServeError, match=r"pip install 'kg\[server\]'"):
        serve.oxigraph_binary()
    assert os.environ["PATH"] == str(tmp_path)
