"""kg push syncs a real Oxigraph server with the graph: changed graphs replaced, gone ones dropped (issue 11 case 7)."""
from __future__ import annotations

import http.server
import shutil
import threading
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import kg
from kg import push
from kg.cli import main
from kg.errors import StoreError

from .conftest import SEEDS, free_port, oxigraph_server

FILES = sorted(SEEDS.glob("*.txt"))


@pytest.fixture
def server(tmp_path):
    yield from oxigraph_server(tmp_path)


def _server_quads(url: str) -> set[bytes]:
    req = urllib.request.Request(url + "/store", headers={"Accept": "application/n-quads"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        return set(resp.read().splitlines())


def _local_quads(out: Path) -> set[bytes]:
    return set((ox.Store.read_only(str(out / "store")).dump(None, ox.RdfFormat.N_QUADS) or b"").splitlines())


def test_push_syncs_changes_and_drops_what_is_gone(tmp_path, server):
    src = tmp_path / "papers"
    src.mkdir()
    for f in FILES[2:4]:
        shutil.copy(f, src / f.name)
    out = tmp_path / "out"
    kg.build([str(src)], out=out, html=False)
    r = CliRunner().invoke(main, ["push", server + "/update", "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert _server_quads(server) == _local_quads(out)
    # the paper edits a page (its articles get new ids: the old graphs must go) and adds one
    page = src / FILES[2].name
    page.write_text(page.read_text(encoding="utf-8").replace("山西", "山西省", 1) + "\n本报讯 太原市公安局发布通告。\n", encoding="utf-8")
    shutil.copy(FILES[4], src / FILES[4].name)
    kg.build([str(src)], out=out, html=False, update=True)
    report = push.push(ox.Store.read_only(str(out / "store")), server + "/store", out)  # /store is read as /update
    assert report.dropped > 0 and report.unchanged > 0 and report.requests <= 2
    assert _server_quads(server) == _local_quads(out)
    again = push.push(ox.Store.read_only(str(out / "store")), server + "/update", out)
    assert (again.sent, again.dropped, again.requests) == (0, 0, 0)


def test_a_server_that_is_down_is_a_clear_error(tmp_path, built):
    out, _ = built
    url = f"http://127.0.0.1:{free_port()}/update"
    with pytest.raises(StoreError, match="cannot push to .* is the SPARQL server running"):
        push.push(ox.Store.read_only(str(out / "store")), url, tmp_path, retries=1)


class _Failing(http.server.BaseHTTPRequestHandler):
    calls = 0

    def do_POST(self) -> None:  # noqa: N802
        _Failing.calls += 1
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(503)
        self.end_headers()
        self.wfile.write(b"<html>busy</html>")

    def log_message(self, *args: object) -> None:
        pass


def test_5xx_is_retried_then_a_clear_error(tmp_path, built):
    out, _ = built
    srv = http.server.HTTPServer(("127.0.0.1", 0), _Failing)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{srv.server_address[1]}/update"
        with pytest.raises(StoreError, match="answered 503"):
            push.push(ox.Store.read_only(str(out / "store")), url, tmp_path, retries=2)
        assert _Failing.calls == 3
        r = CliRunner().invoke(main, ["push", url, "-o", str(out), "--timeout", "0"])
        assert r.exit_code == 2 and "stopped after 0 s" in r.output
    finally:
        srv.shutdown()
