"""The output folder: a build replaces the previous graph whole or not at all (issue 11, cases 1, 2, 3, 6)."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner

from kg import output
from kg.cli import main
from kg.errors import OutputError

from .conftest import SEEDS

ONE = SEEDS / "002_84de4a8c943e4a98.txt"
OTHER = SEEDS / "004_81f6dff01a94b457.txt"


def _triples(out: Path) -> int:
    from kg.store import open_store

    return len(open_store(out))  # as every reader does: finishes a swap a killed build left


def _graph_state(out: Path) -> tuple[int, bytes]:
    """The store's size and kg.ttl; both must open and parse."""
    rdflib.Graph().parse(out / "kg.ttl", format="turtle")
    return _triples(out), (out / "kg.ttl").read_bytes()


@pytest.fixture(scope="module")
def one(tmp_path_factory):
    """A folder holding the graph of one seed file, built by the CLI."""
    out = tmp_path_factory.mktemp("one")
    r = CliRunner().invoke(main, ["build", str(ONE), "-o", str(out), "-q", "--no-html"])
    assert r.exit_code == 0, r.output
    return out


def test_commit_replaces_only_what_kg_wrote(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with output.Output(tmp_path) as o:
        (o.new / "kg.ttl").write_text("one")
        o.commit(["kg.ttl", "graph.html"])
    with output.Output(tmp_path) as o:
        (o.new / "kg.ttl").write_text("two")
        (o.new / "graph.html").write_text("page")
        o.commit(["kg.ttl", "graph.html"])
    with output.Output(tmp_path) as o:  # a build without the page removes the stale one kg wrote
        (o.new / "kg.ttl").write_text("three")
        o.commit(["kg.ttl", "graph.html"])
    assert (tmp_path / "kg.ttl").read_text() == "three" and not (tmp_path / "graph.html").exists()
    assert (tmp_path / "notes.txt").read_text() == "mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".kg", "kg.ttl", "notes.txt"]


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="names fds through /proc")
def test_files_written_back_early_commit_as_the_others(tmp_path, monkeypatch):
    synced = []
    real = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(os.readlink(f"/proc/self/fd/{fd}")), real(fd)))
    with output.Output(tmp_path) as o:
        (o.new / "kg.ttl").write_text("one")
        o.write_back(["kg.ttl", "graph.html"])  # (no graph.html: nothing to write back)
        (o.new / "build.json").write_text("{}")
        o.commit()
        assert not o._writing  # joined before the commit
    assert (tmp_path / "kg.ttl").read_text() == "one" and (tmp_path / "build.json").read_text() == "{}"
    assert sum(p.endswith("kg.ttl") for p in synced) == 2  # early, then by the commit (which finds it written)


def test_an_unfinished_build_changes_nothing(tmp_path):
    with output.Output(tmp_path) as o:
        (o.new / "kg.ttl").write_text("old")
        o.commit()
    with pytest.raises(RuntimeError), output.Output(tmp_path) as o:
        (o.new / "kg.ttl").write_text("half")
        raise RuntimeError("killed")
    assert (tmp_path / "kg.ttl").read_text() == "old" and not (tmp_path / ".kg" / "new").exists()


def test_files_kg_did_not_write_are_never_replaced(tmp_path):
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "thesis.docx").write_text("years of work")
    r = CliRunner().invoke(main, ["build", str(ONE), "-o", str(tmp_path), "-q"])
    assert r.exit_code == 2 and "kg did not write it" in r.output and "move them away" in r.output
    assert (tmp_path / "store" / "thesis.docx").read_text() == "years of work"
    assert not (tmp_path / "kg.ttl").exists()


def test_a_second_writer_fails_at_once(tmp_path):
    with output.Output(tmp_path):
        with pytest.raises(OutputError, match="being written by another kg process"):
            with output.Output(tmp_path):
                pass
    with output.Output(tmp_path):  # released
        pass


@pytest.mark.parametrize(
    "make",
    [
        lambda d: (d / "empty.txt").write_bytes(b""),
        lambda d: (d / "blank.txt").write_text("\n  \n"),
        lambda d: (d / "folder").mkdir(),
        lambda d: (d / "bin.txt").write_bytes(bytes(range(256)) * 40),
        lambda d: (d / "bad.txt").write_bytes("太原市公安局发布消息。".encode() * 20 + b"\xff\xfe" + "结束。".encode()),
        lambda d: (d / "recs.jsonl").write_text('{"id": "1", "title": 123, "text": "本报讯 太原市公安局发布消息。"}\nnot json\n'),
    ],
    ids=["empty", "blank", "empty-folder", "binary", "utf8-bad-bytes", "bad-jsonl"],
)
def test_a_build_that_reads_nothing_replaces_nothing(one, tmp_path, make):
    before = _graph_state(one)
    make(tmp_path)
    target = next(iter(tmp_path.iterdir()))
    r = CliRunner().invoke(main, ["build", str(target), "-o", str(one), "-q"])
    assert r.exit_code == 2, r.output
    assert "read no article" in r.output and target.name in r.output and "left as it was" in r.output
    assert _graph_state(one) == before


def test_a_pattern_that_matches_nothing_replaces_nothing(one, tmp_path):
    before = _graph_state(one)
    r = CliRunner().invoke(main, ["build", str(tmp_path / "*.txt"), "-o", str(one), "-q"])
    assert r.exit_code == 2 and "matches no file" in r.output
    assert _graph_state(one) == before


def test_bad_base_fails_before_anything(one):
    before = _graph_state(one)
    r = CliRunner().invoke(main, ["build", str(ONE), "--base", "foo", "-o", str(one), "-q"])
    assert r.exit_code == 2 and "not an absolute IRI" in r.output
    assert _graph_state(one) == before


def test_skipped_inputs_are_named_and_the_rest_is_built(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_bytes(ONE.read_bytes())
    (src / "b.txt").write_bytes(bytes(range(256)) * 40)
    (src / "c.jsonl").write_text('{"id": "r1", "title": 123, "text": "x"}\n{"id": "r2", "text": "本报讯 太原市公安局发布消息。"}\n{"id": "r2", "text": "又一条。"}\n')
    unreadable = src / "d.txt"
    unreadable.write_text("本报讯 太原市公安局发布消息。")
    unreadable.chmod(0)
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["build", str(src), "-o", str(out), "-q", "--no-html"])
    assert r.exit_code == 1, r.output
    assert "skipped in/b.txt: not UTF-8" in r.output
    assert 'skipped in/c.jsonl:1: "title" is 123; expected a string' in r.output
    assert "skipped in/c.jsonl:3: id 'r2' is taken by in/c.jsonl:2" in r.output
    if os.getuid() != 0:  # root reads any file
        assert "skipped in/d.txt: cannot be read" in r.output
    g = rdflib.Dataset().parse(out / "kg.trig", format="trig")
    sources = {str(o) for _, _, o, _ in g.quads((None, rdflib.URIRef("https://w3id.org/kg-news/ontology#sourceFile"), None, None))}
    assert {"in/a.txt", "in/c.jsonl"} <= sources


def test_source_names_do_not_depend_on_how_the_path_was_typed(tmp_path, monkeypatch):
    from kg.ingest import read_documents

    monkeypatch.chdir(SEEDS.parent)
    rel = {d.source for d in read_documents(["seeds/"])}
    absolute = {d.source for d in read_documents([str(SEEDS) + "/"])}
    globbed = {d.source for d in read_documents([str(SEEDS / "*.txt")])}
    assert rel == absolute == globbed and "seeds/000_1be23f053868af33.txt" in rel


# ---------------------------------------------------------------- real processes

_KILLER = textwrap.dedent(
    """
    import os, signal, sys
    import kg, kg.blocks
    point, n = sys.argv[1], int(sys.argv[2])
    calls = [0]
    def die(real):
        def wrapped(*a, **k):
            calls[0] += 1
            if calls[0] == n:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(*a, **k)
        return wrapped
    if point == "replace":
        os.replace = die(os.replace)
    else:
        kg.blocks.write_trig = die(kg.blocks.write_trig)  # while kg.trig is written
    kg.build([sys.argv[3]], out=sys.argv[4], html=False)
    """
)


@pytest.fixture(scope="module")
def other(tmp_path_factory):
    out = tmp_path_factory.mktemp("other")
    assert CliRunner().invoke(main, ["build", str(OTHER), "-o", str(out), "-q", "--no-html"]).exit_code == 0
    return _graph_state(out)


# the kill comes while the files are written (save), or at the n-th rename: the first
# writes COMMIT (not yet committed: the old graph stays), the next ones move the new graph in
@pytest.mark.parametrize("point,n", [("save", 1), ("replace", 1), ("replace", 3)])
def test_sigkill_during_save_leaves_a_graph_that_opens(one, other, tmp_path, point, n):
    out = tmp_path / "out"
    shutil.copytree(one, out)
    old = _graph_state(out)
    p = subprocess.run([sys.executable, "-c", _KILLER, point, str(n), str(OTHER), str(out)], capture_output=True, timeout=300)
    assert p.returncode == -signal.SIGKILL, p.stderr.decode()
    now = _graph_state(out)  # opening the store finishes a swap the kill interrupted
    assert now == (old if point == "save" or n == 1 else other)
    with output.Output(out):  # the next build starts clean
        assert not (out / ".kg" / "old").exists()


def test_two_builds_into_one_folder(tmp_path):
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "kg.cli", "build", "-q", "--no-html", "-o", str(out)]
    first = subprocess.Popen(cmd + [str(ONE)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.time() + 60
    while not (out / ".kg" / "new").exists() and time.time() < deadline:
        time.sleep(0.05)
    second = subprocess.run(cmd + [str(OTHER)], capture_output=True, text=True, timeout=300)
    assert first.wait(timeout=300) == 0, first.stderr.read()
    assert second.returncode == 2 and "being written by another kg process" in second.stderr
    _graph_state(out)
    r = CliRunner().invoke(main, ["stats", "-o", str(out)])
    assert r.exit_code == 0 and "triples:" in r.output


def test_a_damaged_store_is_a_clear_error(one, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(one, out)
    for f in (out / "store").glob("MANIFEST*"):
        f.write_bytes(b"\0" * 64)
    r = CliRunner().invoke(main, ["stats", "-o", str(out)])
    assert r.exit_code == 2 and r.output.startswith("error: cannot open the graph store") and "kg build" in r.output


def test_unexpected_errors_are_one_line(one):
    r = CliRunner().invoke(main, ["query", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "-o", str(one)])
    assert r.exit_code == 2 and r.output.startswith("error: ") and "Traceback" not in r.output


def test_kg_viz_writes_the_page_as_a_build_does(tmp_path):
    """kg build --no-html, then kg viz, then kg build: the page kg viz wrote is kg's (in the manifest),
    so the next build replaces it instead of refusing it."""
    from click.testing import CliRunner

    from kg.cli import main

    out = tmp_path / "out"
    r = CliRunner()
    assert r.invoke(main, ["build", str(SEEDS / "000_1be23f053868af33.txt"), "-o", str(out), "--no-html", "-q"]).exit_code == 0
    assert r.invoke(main, ["viz", "-o", str(out)]).exit_code == 0
    assert "graph.html" in json.loads((out / ".kg" / "manifest.json").read_text(encoding="utf-8"))["names"]
    res = r.invoke(main, ["build", str(SEEDS / "000_1be23f053868af33.txt"), "-o", str(out), "-q"])
    assert res.exit_code == 0, res.output
