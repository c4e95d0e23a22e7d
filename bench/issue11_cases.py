"""Replay every numbered case of issue 11 ("never lose a graph") as a new user would, and print
a Markdown table: case, what was done, exit code, message (first line), previous graph.

    python bench/issue11_cases.py                 # all cases (~5-10 min on 2 cores)
    python bench/issue11_cases.py --only 1,2,3    # some of them
    python bench/issue11_cases.py --mb8 5         # a smaller case 8 (one file of 20 MB by default)

Every case runs `kg` as a subprocess (the `kg` script beside this Python, i.e. the venv's) in a
fresh temporary folder. A case that may touch a graph runs against a copy of a graph built from
the seed pages, and "previous graph" reports what a user would find afterwards: `kg stats`
opens the store (its triple count), kg.ttl parses (rdflib; its triple count), and whether the
store's count and kg.ttl's bytes are those of before. The last column says whether the case
behaved as issue 11 asks (exit code and message as documented, no graph lost). Case 7 pushes
to a real Oxigraph server started here (`oxigraph` beside this Python: pip install 'kg[server]').
Exit status: 0 when every case behaved, 1 otherwise.
"""
from __future__ import annotations

import argparse
import hashlib
import http.server
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
BIN = Path(sys.executable).parent
KG = str(BIN / "kg")
OXIGRAPH = BIN / "oxigraph"
PAGES = sorted(SEEDS.glob("*.txt"))
SOURCE_FILE = "https://w3id.org/kg-news/ontology#sourceFile"


@dataclass
class Run:
    code: int
    out: str
    err: str
    seconds: float

    def first(self) -> str:
        """The first line a user reads: stderr's first line, else stdout's."""
        for text in (self.err, self.out):
            for line in text.splitlines():
                line = line.strip().lstrip("\r")
                if line and not re.fullmatch(r"\d+/\d+ graphs", line):
                    return line
        return ""


@dataclass
class Row:
    case: str
    did: str
    code: str
    message: str
    graph: str
    ok: bool
    notes: list[str] = field(default_factory=list)


ROWS: list[Row] = []


# root reads files of mode 000: drop that power (what a user who is not root has) when root runs this
UNPRIVILEGED = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"] if os.getuid() == 0 and shutil.which("setpriv") else []


def kg(*args: str, cwd: Path | None = None, stdin: bytes | None = None, unprivileged: bool = False, timeout: float = 900) -> Run:
    """`kg ARGS` as a subprocess; `unprivileged`: without root's power to read any file."""
    t0 = time.perf_counter()
    p = subprocess.run([*(UNPRIVILEGED if unprivileged else []), KG, *args], cwd=cwd, input=stdin, capture_output=True, timeout=timeout)
    return Run(p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), time.perf_counter() - t0)


# ---------------------------------------------------------------- the state of a graph

@dataclass(frozen=True)
class State:
    opens: bool
    store: int  # triples `kg stats` counts (-1: the store did not open)
    parses: bool
    ttl: int  # triples in kg.ttl (-1: it does not parse or is missing)
    digest: str  # of kg.ttl and kg.trig

    def same(self, other: State) -> bool:
        return self.opens and self.parses and (self.store, self.ttl, self.digest) == (other.store, other.ttl, other.digest)


def state(out: Path) -> State:
    """What a user finds in `out`: does the store open (`kg stats`), does kg.ttl parse (rdflib)."""
    import rdflib

    r = kg("stats", "-o", str(out))
    m = re.search(r"triples: (\d+)", r.out)
    store = int(m.group(1)) if r.code == 0 and m else -1
    try:
        ttl = len(rdflib.Graph().parse(out / "kg.ttl", format="turtle"))
    except Exception:  # noqa: BLE001  (any failure to parse is what is being checked)
        ttl = -1
    h = hashlib.sha1()
    for name in ("kg.ttl", "kg.trig"):
        p = out / name
        h.update(p.read_bytes() if p.exists() else b"-")
    return State(store >= 0, store, ttl >= 0, ttl, h.hexdigest()[:12])


def describe(now: State, before: State | None, after: State | None = None) -> tuple[str, bool]:
    """The 'previous graph' column and whether no graph was lost: `before` is the graph that was
    there, `after` (when given) the graph the command was expected to write instead."""
    health = (f"store opens ({now.store:,} triples), " if now.opens else "STORE DOES NOT OPEN, ") + (
        f"kg.ttl parses ({now.ttl:,})" if now.parses else "KG.TTL DOES NOT PARSE")
    if before is not None and now.same(before):
        return f"intact: {health}, unchanged", True
    if after is not None and now.same(after):
        return f"replaced whole by the new graph: {health}", True
    return f"CHANGED: {health}", False


def add(case: str, did: str, run: Run | None, graph: str, ok: bool, code: str | None = None) -> None:
    msg = run.first() if run is not None else ""
    ROWS.append(Row(case, did, code if code is not None else (str(run.code) if run else ""), msg, graph, ok))
    print(f"  case {case}: {did} -> {ROWS[-1].code} {'ok' if ok else 'NOT OK'}", file=sys.stderr, flush=True)


class Lab:
    """A temporary folder with the reference graphs every case starts from."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.seeds = tmp / "seeds"
        shutil.copytree(SEEDS, self.seeds)
        self.base = tmp / "base"  # the graph of the 45 seed articles
        r = kg("build", str(self.seeds), "-o", str(self.base), "-q")
        if r.code != 0:
            raise SystemExit(f"kg build seeds/ failed ({r.code}): {r.err}")
        self.base_state = state(self.base)
        self.n = 0

    def folder(self, name: str) -> Path:
        self.n += 1
        p = self.tmp / f"{self.n:02d}-{name}"
        p.mkdir()
        return p

    def graph(self, name: str) -> Path:
        """A fresh copy of the seeds' graph: the 'previous graph' a case must not lose."""
        self.n += 1
        p = self.tmp / f"{self.n:02d}-{name}"
        shutil.copytree(self.base, p, symlinks=True)
        return p

    def build_over(self, case: str, did: str, inputs: Callable[[Path], list[str]], want: int, want_msg: str, extra: tuple[str, ...] = (),
                   expect_new: bool = False) -> Run:
        """`kg build INPUTS -o GRAPH` over a copy of the seeds' graph; checks exit code, message and graph."""
        out = self.graph(case.replace(" ", ""))
        work = self.folder(f"in{case}")
        args = inputs(work)
        r = kg("build", *args, "-o", str(out), "-q", *extra, cwd=work)
        now = state(out)
        graph, kept = describe(now, self.base_state)
        if expect_new:
            kept = now.opens and now.parses and r.code == want
            graph = graph if not kept else f"replaced whole by the new graph: store opens ({now.store:,}), kg.ttl parses ({now.ttl:,})"
        add(case, did, r, graph, kept and r.code == want and want_msg in r.err + r.out)
        return r


# ---------------------------------------------------------------- case 1: nothing read

def case1(lab: Lab) -> None:
    text = "本报讯 近日，江西省南昌市人民政府与江铃汽车集团有限公司签署战略合作协议。\n"

    def write(name: str, data: bytes) -> Callable[[Path], list[str]]:
        def make(d: Path) -> list[str]:
            (d / name).write_bytes(data)
            return [name]
        return make

    def binaries(d: Path) -> list[str]:
        (d / "bin").mkdir()
        for i in range(3):
            (d / "bin" / f"scan{i}.txt").write_bytes(bytes(range(256)) * 50)
        return ["bin"]

    def empty_folder(d: Path) -> list[str]:
        (d / "empty").mkdir()
        return ["empty"]

    bad = (text * 20).encode() + b"\xff\xfe" + "结束。".encode()
    lab.build_over("1", "`: > e.txt; kg build e.txt -o G` (G holds the seeds' graph)", write("e.txt", b""), 2, "read no article")
    lab.build_over("1", "`kg build empty/ -o G` (an empty folder)", empty_folder, 2, "read no article")
    lab.build_over("1", "`kg build 'nomatch*.txt' -o G` (a glob matching no file)", lambda d: ["nomatch*.txt"], 2, "matches no file")
    lab.build_over("1", "`kg build u16.txt -o G`, UTF-16 with BOM (a real article)", write("u16.txt", text.encode("utf-16")), 0, "", expect_new=True)
    lab.build_over("1", "`kg build u16le.txt -o G`, UTF-16LE without BOM", write("u16le.txt", text.encode("utf-16-le")), 2, "read no article")
    lab.build_over("1", "`kg build bin/ -o G`, a folder of binary files", binaries, 2, "read no article")
    lab.build_over("1", "`kg build bad.txt -o G`, UTF-8 with 2 bad bytes", write("bad.txt", bad), 2, f"at byte {len((text * 20).encode())}")


# ---------------------------------------------------------------- case 2: crashes while saving

def case2(lab: Lab) -> None:
    rec = json.dumps({"id": "r1", "title": 123, "text": "本报讯 福建省厦门市人民政府召开常务会议。"}, ensure_ascii=False)
    lab.build_over("2", '`kg build r.jsonl -o G`, its only record has `"title": 123`',
                   lambda d: [(d / "r.jsonl").write_text(rec + "\n", encoding="utf-8") and "r.jsonl"], 2, '"title" is 123')
    lab.build_over("2", "`kg build seeds/ --base foo -o G`", lambda d: [str(lab.seeds)], 2, "not an absolute IRI", extra=("--base", "foo"))
    new = lab.tmp / "new-graph"  # what `kg build PAGE -o G` writes when it is not killed
    assert_ok(kg("build", str(PAGES[2]), "-o", str(new), "-q"))
    new_state = state(new)
    for point in ("new/store", "new/kg.trig", "new/kg.ttl", "new/graph.html", "new/COMMIT", "old"):
        kill_at(lab, point, signal.SIGKILL, new_state)
    kill_at(lab, "new/kg.trig", signal.SIGINT, new_state)


def assert_ok(r: Run) -> None:
    if r.code != 0:
        raise SystemExit(f"a build the cases need failed ({r.code}): {r.err}")


def kill_at(lab: Lab, point: str, sig: int, new_state: State) -> None:
    """`kg build PAGE -o G` over the seeds' graph, sent `sig` as soon as G/.kg/POINT exists."""
    out = lab.graph("kill")
    target = out / ".kg" / point
    p = subprocess.Popen([KG, "build", str(PAGES[2]), "-o", str(out), "-q"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    seen = False
    while p.poll() is None:
        if target.exists():
            os.killpg(p.pid, sig)
            seen = True
            break
        time.sleep(0.001)
    _, err = p.communicate(timeout=300)
    run = Run(p.returncode, "", err.decode("utf-8", "replace"), 0)
    now = state(out)
    graph, kept = describe(now, lab.base_state, new_state)
    name = "SIGKILL" if sig == signal.SIGKILL else "SIGINT (Ctrl-C)"
    did = f"{name} to `kg build PAGE -o G` when G/.kg/{point} appears" + ("" if seen else " (not seen: the build ended first)")
    code = str(run.code) if run.code >= 0 else f"killed ({signal.Signals(-run.code).name})"
    want = {signal.SIGKILL: -signal.SIGKILL, signal.SIGINT: 130}[sig] if seen else 0
    add("2", did, run, graph, kept and run.code == want, code=code)


# ---------------------------------------------------------------- case 3: two writers

def case3(lab: Lab, trials: int = 3) -> None:
    for t in range(trials):
        out = lab.folder(f"two-{t}")
        cmd = [KG, "build", "-q", "-o", str(out)]
        a = subprocess.Popen([*cmd, str(PAGES[1])], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        b = subprocess.Popen([*cmd, str(PAGES[3])], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        runs = []
        for p in (a, b):
            o, e = p.communicate(timeout=600)
            runs.append(Run(p.returncode, o.decode(), e.decode(), 0))
        codes = sorted(r.code for r in runs)
        loser = next((r for r in runs if r.code != 0), runs[1])
        now = state(out)
        ok = codes == [0, 2] and "being written by another kg process" in loser.err and now.opens and now.parses
        graph = f"the winner's graph: store opens ({now.store:,}), kg.ttl parses ({now.ttl:,})" if now.opens and now.parses else describe(now, None)[0]
        add("3", f"two `kg build PAGE -o G` started together into an empty G (trial {t + 1})", loser, graph, ok, code=" and ".join(str(r.code) for r in runs))
        if now.opens:
            r = kg("stats", "-o", str(out))
            ROWS[-1].notes.append(f"kg stats exit {r.code}")


# ---------------------------------------------------------------- case 4: time and length

def case4(lab: Lab) -> None:
    news = ROOT.parent / "shared" / "data" / "news" / "articles.jsonl"
    texts = [json.loads(x)["text"] for x in news.read_text(encoding="utf-8").splitlines() if x.strip()] if news.exists() else \
        [p.read_text(encoding="utf-8") for p in PAGES]
    joined = "\n".join(texts)
    while len(joined) < 350_000:
        joined += "\n" + joined
    d = lab.folder("long")
    one = d / "one.jsonl"
    one.write_text(json.dumps({"id": "long", "date": "2024-01-01", "text": joined[:100_000]}, ensure_ascii=False) + "\n", encoding="utf-8")
    many = d / "many.jsonl"
    many.write_text("".join(json.dumps({"id": f"p{i}", "date": "2024-01-01", "text": joined[i * 1000:(i + 1) * 1000]}, ensure_ascii=False) + "\n"
                            for i in range(100)), encoding="utf-8")
    big = d / "big.jsonl"
    big.write_text(json.dumps({"id": "big", "date": "2024-01-01", "text": joined[:350_000]}, ensure_ascii=False) + "\n", encoding="utf-8")
    r1 = kg("build", str(one), "-o", str(d / "o1"), "-q", "--no-html")
    r2 = kg("build", str(many), "-o", str(d / "o2"), "-q", "--no-html")
    r3 = kg("build", str(big), "-o", str(d / "o3"), "-q", "--no-html")
    add("4", f"one 100,000-character record: {r1.seconds:.1f} s wall; the same text as 100 records: {r2.seconds:.1f} s", r1,
        "new folder", r1.code == 0 and r2.code == 0 and r1.seconds <= 2.0 * r2.seconds, code=f"{r1.code}, {r2.code}")
    add("4", f"one 350,000-character record: {r3.seconds:.1f} s wall (1 M characters: bench/scaling.py)", r3, "new folder",
        r3.code == 0 and r3.seconds <= 20, code=str(r3.code))


# ---------------------------------------------------------------- case 5: streams with bad records

def case5(lab: Lab) -> None:
    d = lab.folder("streams")
    lines = [
        json.dumps({"id": "1", "text": "浙江省杭州市人民政府与阿里巴巴集团签署合作协议。"}, ensure_ascii=False),
        '{"id": "2", "text": "a\\ud800b"}',
        json.dumps({"id": "3", "text": "广东省人民政府召开常务会议。", "region": 123}, ensure_ascii=False),
        json.dumps({"id": "4", "text": "广东省人民政府召开常务会议。", "date": 12345}, ensure_ascii=False),
        json.dumps({"id": "5", "text": "湖南省长沙市人民政府召开会议。"}, ensure_ascii=False),
    ]
    bad = d / "bad.jsonl"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    gbk = d / "gbk.jsonl"
    gbk.write_bytes((json.dumps({"id": "g1", "text": "四川省成都市人民政府召开常务会议。"}, ensure_ascii=False) + "\n").encode("gbk"))
    for cmd in ("extract", "ner"):
        r = kg(cmd, str(bad))
        answers = [json.loads(x) for x in r.out.splitlines() if x.strip()]
        ids = [a.get("id") for a in answers]
        errs = [a["id"] for a in answers if "error" in a]
        ok = r.code == 1 and ids == ["1", "2", "3", "4", "5"] and errs == ["2", "3", "4"] and "entities" in answers[4]
        add("5", f"`kg {cmd}` of 5 records: a lone surrogate, `\"region\": 123`, `\"date\": 12345` in records 2-4; "
            f"{len(answers)} answers, errors for {errs}", r, "no graph", ok)
        g = kg(cmd, str(gbk))
        ga = [json.loads(x) for x in g.out.splitlines() if x.strip()]
        add("5", f"`kg {cmd}` of a GBK-encoded JSONL file: {len(ga)} answer, {len(ga[0].get('entities', [])) if ga else 0} entities", g,
            "no graph", g.code == 0 and len(ga) == 1 and bool(ga[0].get("entities")))


# ---------------------------------------------------------------- case 6: other people's files

def case6(lab: Lab) -> None:
    d = lab.folder("mine")
    (d / "store").mkdir()
    (d / "store" / "thesis.docx").write_text("years of work")
    (d / "notes.txt").write_text("mine")
    r = kg("build", str(PAGES[0]), "-o", str(d), "-q")
    kept = (d / "store" / "thesis.docx").read_text() == "years of work" and (d / "notes.txt").read_text() == "mine"
    add("6", "`kg build PAGE -o DIR`, DIR/store/ holds the user's thesis.docx", r,
        "the user's files untouched" if kept else "USER FILES CHANGED", kept and r.code == 2 and "kg did not write it" in r.err)
    (d / "store" / "thesis.docx").rename(d / "thesis.docx")
    (d / "store").rmdir()
    r = kg("build", str(PAGES[0]), "-o", str(d), "-q")
    kept = (d / "thesis.docx").exists() and (d / "notes.txt").read_text() == "mine"
    now = state(d)
    add("6", "the same once store/ is moved away (DIR still holds the user's two files)", r,
        f"new graph (store opens, {now.store:,}); the user's files untouched" if kept else "USER FILES CHANGED", kept and r.code == 0 and now.opens)


# ---------------------------------------------------------------- case 7: push

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def oxigraph(folder: Path) -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen([str(OXIGRAPH), "serve", "--location", str(folder / "db"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


def server_quads(url: str) -> set[bytes]:
    req = urllib.request.Request(url + "/store", headers={"Accept": "application/n-quads"})
    with urllib.request.urlopen(req, timeout=60) as resp:
        return set(resp.read().splitlines())


def local_quads(out: Path) -> set[bytes]:
    r = subprocess.run([sys.executable, "-c", "import sys, pyoxigraph as ox; sys.stdout.buffer.write("
                        "ox.Store.read_only(sys.argv[1]).dump(None, ox.RdfFormat.N_QUADS) or b'')", str(out / "store")],
                       capture_output=True, check=True)
    return set(r.stdout.splitlines())


class _Busy(http.server.BaseHTTPRequestHandler):
    def do_POST(self) -> None:  # noqa: N802
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(503)
        self.end_headers()
        self.wfile.write(b"<html><body>busy</body></html>")

    def log_message(self, *args: object) -> None:
        pass


def case7(lab: Lab) -> None:
    if not OXIGRAPH.exists():
        add("7", "kg push: skipped, the Oxigraph server is not installed (pip install 'kg[server]')", None, "", False, code="-")
        return
    d = lab.folder("push")
    src = d / "papers"
    src.mkdir()
    for f in PAGES[1:3]:
        shutil.copy(f, src / f.name)
    out = d / "out"
    assert_ok(kg("build", str(src), "-o", str(out), "-q", "--no-html"))
    with oxigraph(d) as url:
        r = kg("push", url + "/update", "-o", str(out))
        same = server_quads(url) == local_quads(out)
        add("7", f"`kg push {url}/update` of 2 pages to a new Oxigraph server", r, "server = local store" if same else "SERVER DIFFERS",
            r.code == 0 and same and "graphs" in r.err)
        page = src / PAGES[1].name  # the paper edits a page (its articles get new ids: the old graphs must go) and drops another
        page.write_text(page.read_text(encoding="utf-8").replace("山西", "山西省", 1) + "\n本报讯 太原市公安局发布通告。\n", encoding="utf-8")
        (src / PAGES[2].name).unlink()
        shutil.copy(PAGES[3], src / PAGES[3].name)
        assert_ok(kg("build", "--update", "--prune", str(src), "-o", str(out), "-q", "--no-html"))
        r = kg("push", url + "/store", "-o", str(out))
        same = server_quads(url) == local_quads(out)
        add("7", "page edited, one dropped (--prune), one added; `kg build --update`, `kg push` again", r,
            "server = local store (old graphs gone)" if same else "SERVER DIFFERS", r.code == 0 and same and "dropped" in r.out)
        r = kg("push", url + "/update", "-o", str(out))
        add("7", "`kg push` again, nothing changed", r, "", r.code == 0 and "0 graphs replaced, 0 dropped" in r.out)
    r = kg("push", f"http://127.0.0.1:{free_port()}/update", "-o", str(out), "--full")
    add("7", "`kg push` to a server that is down", r, "", r.code == 2 and r.first().startswith("error:"))
    srv = http.server.HTTPServer(("127.0.0.1", 0), _Busy)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        r = kg("push", f"http://127.0.0.1:{srv.server_address[1]}/update", "-o", str(out), "--full", "--timeout", "20")
        add("7", "`kg push --timeout 20` to a server answering 503 (retried with back-off)", r, "", r.code == 2 and r.first().startswith("error:"))
    finally:
        srv.shutdown()


# ---------------------------------------------------------------- case 8: memory

def case8(lab: Lab, mb: float) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from scaling import LAST_TREE, TreeMemory  # noqa: F401  (the same sampler as the scaling benchmark)

    d = lab.folder("big")
    text = "\n".join(p.read_text(encoding="utf-8") for p in PAGES)
    with open(d / "paper.txt", "w", encoding="utf-8") as f:
        size = 0
        while size < mb * 1_000_000:
            f.write(text + "\n")
            size += len(text.encode("utf-8")) + 1
    t0 = time.perf_counter()
    p = subprocess.Popen([KG, "build", str(d / "paper.txt"), "-o", str(d / "out"), "-q", "--no-html"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    tree = TreeMemory(p.pid)
    o, e = p.communicate(timeout=3600)
    tree.stop()
    r = Run(p.returncode, o.decode(), e.decode(), time.perf_counter() - t0)
    store = (d / "out" / "store")
    size_mb = sum(f.stat().st_size for f in store.rglob("*") if f.is_file()) >> 20 if store.exists() else 0
    did = (f"`kg build FILE --no-html`, one {size / 1e6:.0f} MB .txt of seed pages: {r.seconds:.0f} s wall, peak {tree.rss // 1024:,} MB RSS / "
           f"{tree.pss // 1024:,} MB PSS in {tree.procs} processes, store {size_mb} MB")
    add("8", did, r, "new folder", r.code == 0 and tree.pss < 1.5 * 1024 * 1024)


# ---------------------------------------------------------------- case 9: unreadable files

def case9(lab: Lab) -> None:
    d = lab.folder("unreadable")
    src = d / "papers"
    src.mkdir()
    shutil.copy(PAGES[0], src / "a.txt")
    shutil.copy(PAGES[4], src / "c.txt")
    (src / "b.txt").write_text("本报讯 湖北省武汉市人民政府召开会议。", encoding="utf-8")
    (src / "b.txt").chmod(0)
    (src / "d.txt").symlink_to(d / "gone.txt")  # a link whose file was deleted
    out = d / "out"
    r = kg("build", "papers", "-o", str(out), "-q", "--no-html", cwd=d, unprivileged=True)
    sources = set()
    if (out / "kg.ttl").exists():
        sources = set(re.findall(r'"(papers/[a-z]\.txt)"', (out / "kg.ttl").read_text(encoding="utf-8")))
    now = state(out) if out.exists() else None
    root = os.getuid() == 0 and not UNPRIVILEGED  # then b.txt is read: only the link can fail
    ok = r.code == 1 and (root or "skipped papers/b.txt: cannot be read" in r.err) and "papers/d.txt" in r.err and \
        sources == {"papers/a.txt", "papers/c.txt"} | ({"papers/b.txt"} if root else set())
    graph = f"built from {sorted(sources)}: store opens ({now.store:,})" if now and now.opens else "NO GRAPH"
    who = " (run without root's power to read any file)" if UNPRIVILEGED else ""
    add("9", f"`kg build papers/`{who}: a.txt, c.txt readable, b.txt mode 000, d.txt a dangling link", r, graph, ok)


# ---------------------------------------------------------------- case 10: tracebacks and small lies

class _Html(http.server.BaseHTTPRequestHandler):
    def _answer(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = b"<!DOCTYPE html>\n<html><head><title>Welcome</title></head>\n<body><h1>It works</h1></body></html>\n"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, *args: object) -> None:
        pass


def _one_line_error(r: Run) -> bool:
    return r.code == 2 and r.first().startswith("error:") and "Traceback" not in r.err and len(r.err.strip().splitlines()) == 1


def case10(lab: Lab) -> None:
    g = lab.graph("queries")
    for value in ("<http://example.org/place>", "http://example.org/place"):
        r = kg("query", "-n", "enterprises-in-place", "-p", f"place={value}", "-o", str(g))
        add("10", f"`kg query -n enterprises-in-place -p 'place={value}'`", r, "", r.code == 0 and "Traceback" not in r.err)
    html = http.server.HTTPServer(("127.0.0.1", 0), _Html)
    threading.Thread(target=html.serve_forever, daemon=True).start()
    web = lab.folder("web")
    (web / "index.html").write_text("<html><body>a web site</body></html>")
    site = subprocess.Popen([sys.executable, "-m", "http.server", str(port := free_port()), "--bind", "127.0.0.1", "--directory", str(web)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(1)
        url = f"http://127.0.0.1:{html.server_address[1]}/query"
        r = kg("query", "-n", "people-posts", "--endpoint", url)
        add("10", "`kg query --endpoint URL`, URL answers 200 with an HTML page", r, "", _one_line_error(r) and "HTML" in r.err)
        r = kg("query", "-n", "people-posts", "--endpoint", f"http://127.0.0.1:{port}/")
        add("10", "`kg query --endpoint URL`, URL is a static web site (`python -m http.server`: 501 and an HTML page)", r, "", _one_line_error(r))
        for target in ("http://127.0.0.1:9/sparql", url):
            r = kg("query", f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}", "-o", str(g))
            add("10", f"`kg query 'SELECT … SERVICE <{target}> …'`", r, "", _one_line_error(r) and "KG_DEBUG" not in r.err)
    finally:
        html.shutdown()
        site.terminate()
        site.wait(10)
    bad = lab.graph("corrupt")
    for f in (bad / "store").glob("MANIFEST*"):
        f.write_bytes(b"\0" * 64)
    r = kg("stats", "-o", str(bad))
    add("10", "`kg stats` on a store whose MANIFEST files were overwritten with zeros", r, "", _one_line_error(r) and "cannot open the graph store" in r.err)
    recs = [json.dumps({"id": "a", "text": "本报讯 河南省郑州市人民政府召开常务会议。"}, ensure_ascii=False),
            json.dumps({"id": "a", "text": "本报讯 河北省石家庄市人民政府召开常务会议。"}, ensure_ascii=False),
            "{not json",
            json.dumps({"id": "c", "text": "本报讯 云南省昆明市人民政府召开常务会议。"}, ensure_ascii=False)]

    def jsonl(d: Path) -> list[str]:
        (d / "r.jsonl").write_text("\n".join(recs) + "\n", encoding="utf-8")
        return ["r.jsonl"]

    r = lab.build_over("10", "`kg build r.jsonl -o G`: 4 records, the 2nd repeats id 'a', the 3rd is not JSON", jsonl, 1, "id 'a' is taken by r.jsonl:1",
                       expect_new=True)
    ROWS[-1].ok = ROWS[-1].ok and "r.jsonl:3" in r.err
    head = ("本报讯 贵州省贵阳市人民政府召开常务会议。\n" * 30 + "会议").encode()
    offset = len(head)  # counted from 0, as `xxd` and `cmp -l` minus one count

    def badbyte(d: Path) -> list[str]:
        (d / "p.txt").write_bytes(head + b"\xff" + "指出。".encode())
        return ["p.txt"]

    r = lab.build_over("10", f"`kg build p.txt -o G`, one bad byte at byte {offset} (line 31)", badbyte, 2, f"at byte {offset}, line 31")


# ---------------------------------------------------------------- case 11: names and settings

def case11(lab: Lab) -> None:
    d = lab.folder("paths")
    shutil.copytree(SEEDS, d / "seeds")
    a = kg("build", "seeds/", "-o", "rel", "-q", "--no-html", cwd=d)
    b = kg("build", str(d / "seeds") + "/", "-o", "abs", "-q", "--no-html", cwd=d)
    same = (d / "rel" / "kg.ttl").read_bytes() == (d / "abs" / "kg.ttl").read_bytes() and \
        (d / "rel" / "kg.trig").read_bytes() == (d / "abs" / "kg.trig").read_bytes()
    add("11", "`kg build seeds/` and `kg build $PWD/seeds/`", b, "kg.ttl and kg.trig identical" if same else "THEY DIFFER",
        a.code == 0 and b.code == 0 and same, code=f"{a.code}, {b.code}")
    base = "https://example.org/news/id/"
    r = kg("build", "seeds/", "--base", base, "-o", "based", "-q", "--no-html", cwd=d)
    e = kg("export", "-o", "based", cwd=d)
    default_base = "https://w3id.org/kg-news/id/"
    ok = r.code == 0 and e.code == 0 and base in e.out and default_base not in e.out and "cooccur" not in e.out.lower()
    add("11", f"`kg build --base {base}`, then `kg export`", e, f"export uses the base ({e.out.count(base):,} uses), no default base, no co-occurrence",
        ok, code=f"{r.code}, {e.code}")
    v = kg("validate", "-o", "based", cwd=d)
    add("11", "`kg validate` of that graph", v, "", v.code == 0 and "Conforms: True" in v.out)
    (d / "seeds" / "zz.txt").write_text("本报讯 陕西省西安市人民政府与陕西汽车控股集团有限公司签署合作协议。\n", encoding="utf-8")
    u = kg("build", "--update", "seeds/", "-o", "based", "-q", "--no-html", cwd=d)
    ttl = (d / "based" / "kg.ttl").read_text(encoding="utf-8")
    add("11", "`kg build --update seeds/ -o` that graph, a page added (no --base given)", u,
        "base kept" if default_base not in ttl and base in ttl else "BASE LOST", u.code == 0 and default_base not in ttl and base in ttl)


# ---------------------------------------------------------------- the table

CASES: dict[str, Callable[..., None]] = {"1": case1, "2": case2, "3": case3, "4": case4, "5": case5, "6": case6, "7": case7,
                                         "8": case8, "9": case9, "10": case10, "11": case11}


def table() -> str:
    def cell(s: str) -> str:
        s = s.replace("|", "\\|").replace("\n", " ")
        return s if len(s) <= 160 else s[:157] + "…"

    lines = ["| case | what was done | exit | message (first line) | previous graph | as issue 11 asks |", "|---|---|---|---|---|---|"]
    for r in ROWS:
        graph = "; ".join([r.graph, *r.notes]) if r.graph else "; ".join(r.notes) or "-"
        lines.append(f"| {r.case} | {cell(r.did)} | {r.code} | {cell(r.message) or '-'} | {cell(graph)} | {'yes' if r.ok else '**no**'} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", default=",".join(CASES), help="cases to run (comma-separated numbers)")
    ap.add_argument("--mb8", type=float, default=20.0, help="size in MB of case 8's one-file build (the issue's was 20 MB)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder (its path goes to stderr)")
    a = ap.parse_args()
    if not Path(KG).exists():
        raise SystemExit(f"{KG} not found: run this with the Python of a venv where kg is installed (pip install -e '.[test,server]')")
    tmp = Path(tempfile.mkdtemp(prefix="kg-issue11-"))
    print(f"{KG} {kg('--version').out.strip()}; working in {tmp}", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    try:
        lab = Lab(tmp)
        for name in a.only.split(","):
            if name == "8":
                case8(lab, a.mb8)
            else:
                CASES[name](lab)
    finally:
        if not a.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    print(table())
    bad = [r for r in ROWS if not r.ok]
    print(f"\n{len(ROWS) - len(bad)} of {len(ROWS)} rows as issue 11 asks ({time.perf_counter() - t0:.0f} s)")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
