"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over a built graph.

The engine is the Oxigraph server binary from PyPI (`pip install 'kg[server]'`), run as a child
process in read-only mode with the union of the article graphs as its default graph.  In front of
it, on the address the user asked for, a small proxy (stdlib http.server) does what the binary
cannot do alone:

- the query timeout: Oxigraph's own `--timeout-s` lets some queries run on (a COUNT over a
  three-way join ran past 10 minutes with `--timeout-s 2`), so the proxy answers 503 when a query
  is not done in time and restarts the child, which ends the runaway query (a read-only start
  takes ~0.05 s; other queries in flight at that moment get a 502 and can be sent again);
- read-only on every path: only GET/HEAD and POST /query reach the engine; UPDATE and Graph Store
  writes get 403.

The child serves a snapshot of `<out>/store` (a RocksDB checkpoint: hard links in `<out>`, so no
copy of the data on the same file system), not the store itself: `kg build` deletes and rewrites
`<out>/store`, and Oxigraph documents reading a store that another process writes as undefined
behaviour.  A rebuilt graph is served after `kg serve` restarts.
"""
from __future__ import annotations

import http.client
import http.server
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path

from .errors import KGError, StoreError
from .sparql import prepare
from .store import open_store

SNAPSHOT_PREFIX = ".serve-"
QUERY_PATHS = ("/query",)
READ_PATHS = ("/", "/query", "/store")


class ServeError(KGError):
    pass


def oxigraph_binary() -> str:
    """The `oxigraph` executable next to this Python (a venv) or on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        raise ServeError("kg serve needs the Oxigraph server binary, which was not found next to this Python or on PATH; install it with: pip install 'kg[server]'  (or: pip install oxigraph)")
    return found


def snapshot(out_dir: str | Path) -> Path:
    """A read-only checkpoint of <out>/store to serve; removes snapshots left by killed servers."""
    out = Path(out_dir)
    store = open_store(out)  # the clear error when there is no graph yet
    for old in out.glob(SNAPSHOT_PREFIX + "*"):
        pid = old.name[len(SNAPSHOT_PREFIX):].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(old, ignore_errors=True)
    try:
        parent = Path(tempfile.mkdtemp(prefix=f"{SNAPSHOT_PREFIX}{os.getpid()}-", dir=out))
    except OSError:  # a read-only <out>: a full copy in the temp folder
        parent = Path(tempfile.mkdtemp(prefix=f"kg{SNAPSHOT_PREFIX}"))
    target = parent / "store"
    try:
        store.backup(str(target))
    except OSError as e:
        shutil.rmtree(parent, ignore_errors=True)
        raise StoreError(f"cannot snapshot the graph store in {out} to serve it: {e}") from e
    return target


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _libc() -> object | None:
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True) if sys.platform.startswith("linux") else None
    except OSError:
        return None


_LIBC = _libc()


def _die_with_parent() -> None:
    """In the child before exec: SIGTERM when the thread that started it ends (Linux), so that a
    killed `kg serve` leaves no orphan server behind."""
    if _LIBC is not None:
        _LIBC.prctl(1, signal.SIGTERM)  # type: ignore[attr-defined]  # PR_SET_PDEATHSIG


class Engine:
    """The Oxigraph server child on a private loopback port; restartable (from the thread that owns it)."""

    def __init__(self, location: Path) -> None:
        self.location, self.binary = location, oxigraph_binary()
        self.proc: subprocess.Popen[bytes] | None = None
        self.port = 0
        self.generation = 0

    def start(self) -> None:
        port = _free_port()
        cmd = [self.binary, "serve-read-only", "--location", str(self.location), "--bind", f"127.0.0.1:{port}", "--union-default-graph"]
        log = self.location.parent / "oxigraph.log"
        with log.open("wb") as err:  # a file, not a pipe: a pipe nobody reads would block the server
            self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True, preexec_fn=_die_with_parent)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                tail = log.read_text(encoding="utf-8", errors="replace").strip()[-300:]
                raise ServeError(f"the Oxigraph server exited at start (status {self.proc.returncode}): {tail}")
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=1).close()
            except OSError:
                time.sleep(0.02)
                continue
            self.port, self.generation = port, self.generation + 1
            return
        self.stop()
        raise ServeError("the Oxigraph server did not answer within 30 s of starting")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None


class Proxy(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], engine: Engine, timeout: float, restart: Callable[[int], None], ready: threading.Event) -> None:
        super().__init__(address, Handler)
        self.engine, self.query_timeout, self.restart, self.ready = engine, timeout, restart, ready


class Handler(http.server.BaseHTTPRequestHandler):
    server: Proxy
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet by default
        pass

    def do_GET(self) -> None:  # noqa: N802
        self._forward(self.path.split("?", 1)[0] in READ_PATHS)

    def do_HEAD(self) -> None:  # noqa: N802
        self._forward(self.path.split("?", 1)[0] in READ_PATHS)

    def do_POST(self) -> None:  # noqa: N802
        self._forward(self.path.split("?", 1)[0] in QUERY_PATHS)

    def do_PUT(self) -> None:  # noqa: N802
        self._forward(False)

    def do_DELETE(self) -> None:  # noqa: N802
        self._forward(False)

    def do_PATCH(self) -> None:  # noqa: N802
        self._forward(False)

    def _reply(self, code: int, text: str) -> None:
        body = (text + "\n").encode("utf-8")
        self.send_response(code)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _forward(self, allowed: bool) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        if not allowed or _is_update(self.headers.get("Content-Type", ""), body):
            self._reply(403, f"this endpoint is read-only: {self.command} {self.path.split('?', 1)[0]} is refused (SPARQL UPDATE and Graph Store writes are not served by kg serve)")
            return
        path, body = _with_prefixes(self.path, body, self.headers.get("Content-Type", ""))
        headers = {k: v for k, v in self.headers.items() if k.lower() in ("accept", "content-type")}
        if body is not None:
            headers["Content-Length"] = str(len(body))
        server, deadline = self.server, time.monotonic() + self.server.query_timeout
        generation = None
        for attempt in (1, 2):  # once more when the engine restarted under this query (another query's timeout)
            if not server.ready.wait(max(deadline - time.monotonic(), 0)):
                break
            generation = server.engine.generation
            try:
                status, rheaders, data = _fetch(server.engine.port, self.command, path, body, headers, deadline)
            except TimeoutError:
                break
            except (OSError, http.client.HTTPException) as e:
                if attempt == 2 or server.engine.generation == generation and server.ready.is_set():
                    self._reply(502, f"the SPARQL engine failed on this query ({e.__class__.__name__}: {e}); send it again")
                    return
                continue
            self.send_response(status)
            for k, v in rheaders:
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)
            return
        if generation is not None:
            server.restart(generation)
        self._reply(503, f"the query did not finish within the {server.query_timeout:g} s timeout and was stopped; narrow it (LIMIT, a selective pattern first) or restart kg serve with a larger --timeout")


def _fetch(port: int, method: str, path: str, body: bytes | None, headers: dict[str, str], deadline: float) -> tuple[int, list[tuple[str, str]], bytes]:
    """One request to the engine, the whole answer read before `deadline` (TimeoutError otherwise)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=max(deadline - time.monotonic(), 0.001))
    try:
        conn.request(method, path, body=body, headers=headers)
        resp = conn.getresponse()
        chunks = []
        while method != "HEAD":
            conn.sock.settimeout(max(deadline - time.monotonic(), 0.001))  # type: ignore[union-attr]
            chunk = resp.read1(1 << 16)
            if not chunk:
                break
            chunks.append(chunk)
            if time.monotonic() > deadline:
                raise TimeoutError
        kept = [(k, v) for k, v in resp.getheaders() if k.lower() in ("content-type", "content-disposition", "vary")]
        return resp.status, kept, b"".join(chunks)
    finally:
        conn.close()


def _is_update(ctype: str, body: bytes | None) -> bool:
    if "sparql-update" in ctype:
        return True
    form = body.decode("utf-8", "replace") if body and "x-www-form-urlencoded" in ctype else ""
    return any(k == "update" for k, _ in urllib.parse.parse_qsl(form))


def _with_prefixes(path: str, body: bytes | None, ctype: str) -> tuple[str, bytes | None]:
    """The query with kg:, rdfs:, skos:, prov:, org:, schema: … declared when it declares no prefix (as `kg query` does)."""
    base, _, qs = path.partition("?")
    if base != "/query":
        return path, body
    if body is not None and "application/sparql-query" in ctype:
        return path, prepare(body.decode("utf-8", "replace")).encode("utf-8")
    if body is not None and "x-www-form-urlencoded" in ctype:
        return path, _prepared_form(body.decode("utf-8", "replace")).encode("utf-8")
    return (base + "?" + _prepared_form(qs) if qs else path), body


def _prepared_form(form: str) -> str:
    pairs = urllib.parse.parse_qsl(form, keep_blank_values=True)
    return urllib.parse.urlencode([(k, prepare(v) if k == "query" else v) for k, v in pairs])


class Server:
    """The endpoint: snapshot, engine and proxy; `run()` supervises until SIGINT/SIGTERM."""

    def __init__(self, out_dir: str | Path, bind: str = "127.0.0.1", port: int = 7878, timeout: float = 30.0) -> None:
        if timeout <= 0:
            raise ServeError(f"--timeout must be a positive number of seconds, got {timeout}")
        self.out_dir, self.bind, self.port, self.timeout = Path(out_dir), bind, port, timeout
        self._restart_from = 0
        self._wake = threading.Event()
        self._ready = threading.Event()  # clear while the engine restarts: requests wait instead of failing
        self._stopping = False

    def request_restart(self, generation: int) -> None:
        """Called by a request thread whose query timed out; the supervising thread restarts the engine."""
        self._restart_from = max(self._restart_from, generation)
        self._ready.clear()
        self._wake.set()

    def run(self, ready: Callable[[str], None] = lambda url: None) -> None:
        """Serve until SIGINT or SIGTERM; must run in the main thread (signals, and the engine's
        parent-death signal is tied to the thread that starts it)."""
        location = snapshot(self.out_dir)
        engine = Engine(location)
        proxy: Proxy | None = None
        previous = {s: signal.signal(s, self._on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
        try:
            engine.start()
            self._ready.set()
            try:
                proxy = Proxy((self.bind, self.port), engine, self.timeout, self.request_restart, self._ready)
            except OSError as e:
                raise ServeError(f"cannot listen on {self.bind}:{self.port}: {e.strerror}; choose another --port or --bind") from e
            threading.Thread(target=proxy.serve_forever, name="kg-serve-proxy", daemon=True).start()
            ready(f"http://{self.bind}:{proxy.server_address[1]}/query")
            self._supervise(engine)
        finally:
            if proxy is not None:
                proxy.shutdown()
                proxy.server_close()
            engine.stop()
            for s, h in previous.items():
                signal.signal(s, h)
            shutil.rmtree(location.parent, ignore_errors=True)

    def _supervise(self, engine: Engine) -> None:
        while not self._stopping:
            self._wake.wait(0.5)
            self._wake.clear()
            if self._stopping:
                return
            if self._restart_from >= engine.generation or not engine.alive():
                self._ready.clear()
                engine.stop()
                engine.start()
            self._ready.set()

    def _on_signal(self, signum: int, frame: object) -> None:
        self._stopping = True
        self._wake.set()
