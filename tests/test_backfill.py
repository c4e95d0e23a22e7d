"""kg backfill: a Dask cluster's build gives the same graph, files and spool as kg build (issue 15).

One LocalCluster of two single-threaded worker processes serves the module, reached through its
scheduler address as a real cluster would be. Inputs: the first 40 articles of the news corpus
(../shared/data/news, JSONL records) and the seed pages (text files of several articles each).
"""
from __future__ import annotations

import json
import pickle
import sqlite3
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from distributed import Client, LocalCluster

import kg
from kg import backfill as bf
from kg import fragments
from kg.cli import main
from kg.errors import ClusterError, RegionError
from kg.ingest import read_pages

from .conftest import ROOT, SEEDS
from .test_update import _same_graph

NEWS = ROOT.parent / "shared" / "data" / "news" / "articles.jsonl"


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c, Client(c) as client:
        yield c.scheduler_address, client


@pytest.fixture(scope="module")
def news40(tmp_path_factory):
    if not NEWS.exists():
        pytest.skip(f"needs the news corpus at {NEWS}")
    path = tmp_path_factory.mktemp("news") / "news40.jsonl"
    with NEWS.open(encoding="utf-8") as f:
        path.write_text("".join(next(f) for _ in range(40)), encoding="utf-8")
    return path


def _quads(out: Path) -> set[ox.Quad]:
    st = ox.Store.read_only(str(out / "store"))
    return set(st)


def _spool_rows(out: Path) -> list[tuple]:
    """The spool's pages, decoded (pickles of equal values may differ in their bytes)."""
    db = sqlite3.connect(out / "spool")
    try:
        rows = db.execute("SELECT key, seq, digest, chars, table_part, results FROM pages ORDER BY seq").fetchall()
    finally:
        db.close()
    return [(*row[:4], pickle.loads(row[4]), pickle.loads(row[5])) for row in rows]


def test_news_backfill_on_two_workers_equals_kg_build(cluster, news40, tmp_path, monkeypatch):
    address, client = cluster
    monkeypatch.setattr(fragments, "SIZE", 400)  # kg.trig and kg.ttl in many pieces, named graphs cut between them
    ref = tmp_path / "ref"
    built = kg.build([str(news40)], out=ref, html=False)
    out = tmp_path / "out"
    seen: list[tuple[int, int]] = []
    r = bf.backfill([str(news40)], out, scheduler=address, html=False, partition_chars=3000, progress=lambda a, c: seen.append((a, c)))
    assert len(seen) > 4 and seen[-1] == (40, built.chars)  # many partitions, every article back
    assert sorted(client.run(lambda: len(__import__("kg.backfill").backfill._PIPELINES)).values()) == [1, 1]  # both workers worked
    _same_graph(out, ref)  # kg.trig and kg.ttl byte for byte, and isomorphic graph by graph
    assert _quads(out) == _quads(ref)  # the stores hold the same quads
    assert _spool_rows(out) == _spool_rows(ref)  # kg build --update reads the same spool
    assert r.entities == built.entities and r.moved == built.moved and r.chars == built.chars
    assert json.loads((out / "build.json").read_text()) == json.loads((ref / "build.json").read_text())


def test_seeds_backfill_from_the_cli_then_update(cluster, built, tmp_path):
    address, _ = cluster
    ref, _ = built  # kg.build of the seeds, with graph.html
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["backfill", str(SEEDS), "-o", str(out), "--scheduler", address, "--workers", "2", "-q"])
    assert r.exit_code == 0, r.output
    assert "articles: 45" in r.output and "wrote" in r.output
    _same_graph(out, ref)
    assert (out / "graph.html").read_bytes() == (ref / "graph.html").read_bytes()
    r = CliRunner().invoke(main, ["build", "--update", str(SEEDS), "-o", str(out), "-q", "--no-html"])
    assert r.exit_code == 0 and "pages processed: 0, unchanged: 5" in r.output, r.output


def test_a_worker_error_leaves_the_graph_as_it_was(cluster, tmp_path):
    address, _ = cluster
    out, rec = tmp_path / "out", tmp_path / "one.jsonl"
    rec.write_text(json.dumps({"id": "1", "text": "本报讯 太钢集团董事长高祥明表示，将加大投入。"}, ensure_ascii=False) + "\n", encoding="utf-8")
    kg.build([str(rec)], out=out, html=False)
    before = (out / "kg.trig").read_bytes()
    with pytest.raises(RegionError):
        bf.backfill([str(SEEDS)], out, scheduler=address, region="不存在省")
    assert (out / "kg.trig").read_bytes() == before and not (out / ".kg" / "new").exists()


def test_unreachable_scheduler_is_one_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(bf, "JOIN_TIMEOUT", 1.0)
    r = CliRunner().invoke(main, ["backfill", str(SEEDS), "-o", str(tmp_path / "out"), "--scheduler", "tcp://127.0.0.1:9", "-q"])
    assert r.exit_code == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in r.output and "dask scheduler" in r.output
    assert not (tmp_path / "out" / "kg.ttl").exists()


def test_without_dask_the_error_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    with pytest.raises(ClusterError, match=r"pip install 'kg\[cluster\]'"):
        bf.backfill([str(SEEDS)], tmp_path / "out")
    assert not (tmp_path / "out" / "kg.ttl").exists()


def test_partitions_keep_pages_whole_and_in_order():
    pages = list(read_pages([str(SEEDS)], []))
    sizes = [sum(len(d.text) for d in p.docs) for p in pages]
    parts = list(bf.partitions(iter(pages), chars=min(sizes) + 1))
    assert [p for part in parts for p in part] == pages
    assert all(sum(sizes[pages.index(p)] for p in part[:-1]) < min(sizes) + 1 for part in parts)
    assert list(bf.partitions(iter(pages), chars=10**9)) == [pages]
    assert list(bf.partitions(iter([]))) == []


def test_the_last_partitions_are_smaller_so_workers_finish_together():
    pages = list(read_pages([str(SEEDS)], [])) * 8
    sizes = [sum(len(d.text) for d in p.docs) for p in pages]
    chars = sum(sizes) // 6
    parts = list(bf.partitions(iter(pages), chars=chars, ahead=2 * chars))
    assert [p for part in parts for p in part] == pages
    lengths = [sum(len(d.text) for p in part for d in p.docs) for part in parts]
    assert min(lengths[:3]) >= chars  # full partitions while the input lasts
    assert len(lengths) > 6 and max(lengths[-4:]) < chars  # then quarters: the tail is short
