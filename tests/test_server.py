"""The graph pushed to a real Oxigraph server answers the same queries as the embedded store."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from kg.cli import main

from .conftest import oxigraph_server


@pytest.fixture
def server(tmp_path):
    yield from oxigraph_server(tmp_path, "--union-default-graph")


def test_push_then_query_the_server(built, server):
    out, _ = built
    runner = CliRunner()
    r = runner.invoke(main, ["push", server + "/store", "--out", str(out)])
    assert r.exit_code == 0, r.output
    local = runner.invoke(main, ["query", "-n", "people-posts", "--format", "csv", "--out", str(out)])
    remote = runner.invoke(main, ["query", "-n", "people-posts", "--format", "csv", "--endpoint", server + "/query"])
    assert remote.exit_code == 0, remote.output
    assert sorted(remote.output.splitlines()) == sorted(local.output.splitlines())
    assert "刘勇" in remote.output
