from __future__ import annotations

import subprocess
import sys

import rdflib
from click.testing import CliRunner

from kg.cli import main

from .conftest import SEEDS


def test_build_writes_parseable_graph(built):
    out, result = built
    g = rdflib.Graph().parse(out / "kg.ttl", format="turtle")
    assert len(g) > 1000
    ds = rdflib.Dataset().parse(out / "kg.trig", format="trig")
    assert len(list(ds.graphs())) > 30  # one named graph per article
    names = {str(o) for o in g.objects(None, rdflib.RDFS.label)}
    for expected in ["山西省小企业发展促进局", "晋城海关", "山西海量晶芯供应链管理有限公司", "大孟特勤消防站综合楼项目", "沁源县", "太钢集团"]:
        assert expected in names, expected


def test_html_is_offline_and_has_the_nodes(built):
    out, _ = built
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert "晋城海关" in page and "new Sigma(" in page
    assert "https://cdn" not in page and 'src="http' not in page


def test_validate_conforms(built):
    out, _ = built
    r = CliRunner().invoke(main, ["validate", "--out", str(out)])
    assert r.exit_code == 0, r.output


def test_named_queries_and_formats(built):
    out, _ = built
    runner = CliRunner()
    r = runner.invoke(main, ["query", "--list", "--out", str(out)])
    assert "people-posts" in r.output
    r = runner.invoke(main, ["query", "-n", "people-posts", "--format", "csv", "--out", str(out)])
    assert r.exit_code == 0 and "刘勇,副厅长、新闻发言人,山西省工业和信息化厅" in r.output
    r = runner.invoke(main, ["query", "-n", "enterprises-in-place", "-p", "place=晋城市", "--out", str(out)])
    assert r.exit_code == 0, r.output
    r = runner.invoke(main, ["query", "SELEC nonsense", "--out", str(out)])
    assert r.exit_code == 2 and "does not parse" in r.output


def test_query_without_build_says_what_to_do(tmp_path):
    r = CliRunner().invoke(main, ["query", "-n", "people-posts", "--out", str(tmp_path)])
    assert r.exit_code == 2 and "kg build" in r.output


def test_export_and_stats(built):
    out, _ = built
    runner = CliRunner()
    r = runner.invoke(main, ["export", "--format", "jsonld", "--out", str(out)])
    assert r.exit_code == 0 and '"@context"' in r.output
    nq = runner.invoke(main, ["export", "--format", "nq", "--out", str(out)])
    from_jsonld = rdflib.Dataset().parse(data=r.output, format="json-ld")
    from_nq = rdflib.Dataset().parse(data=nq.output, format="nquads")
    assert len(from_jsonld) == len(from_nq) > 1000
    r = runner.invoke(main, ["export", "--format", "graphml", "--out", str(out)])
    assert r.exit_code == 0 and "<graphml" in r.output
    r = runner.invoke(main, ["stats", "--out", str(out)])
    assert r.exit_code == 0 and "PageRank" in r.output


def test_cli_runs_as_a_real_process(tmp_path):
    r = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(SEEDS / "002_84de4a8c943e4a98.txt"), "--out", str(tmp_path), "-q"], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "entities:" in r.stdout and (tmp_path / "kg.ttl").exists()
    h = subprocess.run([sys.executable, "-m", "kg.cli", "--help"], capture_output=True, text=True)
    assert "build" in h.stdout and "query" in h.stdout
