"""`kg push`: make a SPARQL server hold the graph of an output folder, and only that.

Each graph (one per article, the default graph of entities, the co-occurrence layer) is
sent as `DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { … } }` inside a SPARQL Update
request that carries many graphs: the server applies a request whole or not at all, so an
article is never half pushed. What was pushed to an endpoint (each graph's digest) is kept
in `DIR/.kg/push-<endpoint hash>.json`: the next push sends only the graphs that changed
and drops those that are gone (articles removed by `kg build --update --prune`, or whose
page changed and got new ids). Requests are retried with back-off on connection errors
and 5xx answers (urllib3's Retry); the whole push has a deadline.
"""
from __future__ import annotations

import hashlib
import itertools
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import urllib3

from . import output
from .errors import StoreError
from .serialize import GraphLines, chunks
from .sparql import gist

BATCH_BYTES = 4 << 20  # one request: graphs up to ~4 MB of N-Triples (an article graph is a few kB)
_DEFAULT = "DEFAULT"


@dataclass
class PushReport:
    sent: int  # graphs replaced on the server
    dropped: int  # graphs removed from the server
    unchanged: int
    requests: int


def update_url(endpoint: str) -> str:
    """The SPARQL Update URL: given as is, or Oxigraph's /store read as its /update."""
    return endpoint[: -len("/store")] + "/update" if endpoint.rstrip("/").endswith("/store") else endpoint


def push(
    store: ox.Store,
    endpoint: str,
    out: str | Path,
    *,
    timeout: float = 600.0,
    request_timeout: float = 60.0,
    retries: int = 4,
    full: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> PushReport:
    """Sync the server at `endpoint` (SPARQL Update URL) with the graph in `out`.

    `full` sends every graph whatever was pushed before. Raises StoreError when the server
    is unreachable or refuses a request (after `retries`), or when `timeout` seconds pass;
    the graphs sent until then are recorded, so the next push sends only the rest.
    """
    url = update_url(endpoint)
    state_path = Path(out) / output.STATE / f"push-{hashlib.sha1(url.encode()).hexdigest()[:12]}.json"
    last = _load(state_path)
    http = _pool(retries, request_timeout)
    deadline = time.monotonic() + timeout
    now: dict[str, str] = {}
    pushed = dict(last)
    report = PushReport(0, 0, 0, 0)
    lines = GraphLines(ox.NamedNode("urn:kg:none"), include_cooccurrence=True)
    try:
        for chunk in chunks(store):  # type: ignore[arg-type]
            lines.add(chunk)
        todo = [(g, d, body) for g, d, body in _graphs(lines, now) if full or last.get(g) != d]
        gone = sorted(set(last) - set(now))
        report.unchanged = len(now) - len(todo)
        total = len(todo) + len(gone)
        for batch in _batches(todo, gone):
            if time.monotonic() > deadline:
                raise StoreError(f"kg push stopped after {timeout:.0f} s (--timeout): {report.sent + report.dropped} of {total} graphs sent; run it again to send the rest")
            _send(http, url, batch)
            _record(batch, pushed, report)
            if progress:
                progress(report.sent + report.dropped, total)
    finally:
        lines.close()
        state_path.parent.mkdir(parents=True, exist_ok=True)
        output.write_atomic(state_path, json.dumps(pushed, sort_keys=True).encode("utf-8"))
    return report


def _pool(retries: int, request_timeout: float) -> urllib3.PoolManager:
    """Connections that retry with back-off on connection errors and 5xx answers."""
    return urllib3.PoolManager(
        retries=urllib3.Retry(total=retries, backoff_factor=0.5, status_forcelist=(500, 502, 503, 504), allowed_methods=None, raise_on_status=False),
        timeout=urllib3.Timeout(connect=min(10.0, request_timeout), read=request_timeout),
    )


def _record(batch: list[tuple[str, str | None, bytes]], pushed: dict[str, str], report: PushReport) -> None:
    """Note a request the server applied: its graphs replaced (digest) or dropped (None)."""
    report.requests += 1
    for g, d, _ in batch:
        if d is None:
            pushed.pop(g, None)
            report.dropped += 1
        else:
            pushed[g] = d
            report.sent += 1


def _load(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {str(k): str(v) for k, v in data.items()}
    except (FileNotFoundError, ValueError, AttributeError):
        return {}


def _graphs(lines: GraphLines, now: dict[str, str]) -> Iterator[tuple[str, str, bytes]]:
    """(graph, digest, N-Triples) of each graph, in order; fills `now` with every graph's digest."""
    for key, records in itertools.groupby(lines.quads, key=lambda r: r.partition(b"\x00")[0]):
        body = b"".join(r.partition(b"\x00")[2] + b"\n" for r in records)
        g = key.decode("utf-8")[1:-1] if key else _DEFAULT
        d = hashlib.sha1(body).hexdigest()
        now[g] = d
        yield g, d, body


def _batches(todo: list[tuple[str, str, bytes]], gone: list[str]) -> Iterator[list[tuple[str, str | None, bytes]]]:
    batch: list[tuple[str, str | None, bytes]] = []
    size = 0
    for g, d, body in itertools.chain(todo, ((g, None, b"") for g in gone)):
        if batch and size + len(body) > BATCH_BYTES:
            yield batch
            batch, size = [], 0
        batch.append((g, d, body))
        size += len(body) + 100
    if batch:
        yield batch


def _send(http: urllib3.PoolManager, url: str, batch: list[tuple[str, str | None, bytes]]) -> None:
    parts = []
    for g, d, body in batch:
        target = "DEFAULT" if g == _DEFAULT else f"GRAPH <{g}>"
        parts.append(f"DROP SILENT {target}".encode())
        if d is not None:
            parts.append(b"INSERT DATA { " + (b"" if g == _DEFAULT else f"GRAPH <{g}> {{ ".encode()) + body + (b" }" if g != _DEFAULT else b"") + b" }")
    try:
        resp = http.request("POST", url, body=b" ;\n".join(parts), headers={"Content-Type": "application/sparql-update; charset=utf-8"})
    except urllib3.exceptions.HTTPError as e:
        raise StoreError(f"cannot push to {url}: {e}; is the SPARQL server running (e.g. `oxigraph serve --location DIR`)?") from e
    if resp.status >= 300:
        raise StoreError(f"{url} answered {resp.status} to a SPARQL Update ({gist(resp.data[:2000])}); expected 2xx: is it the server's update endpoint (Oxigraph: /update, Fuseki: /DATASET/update)?")
