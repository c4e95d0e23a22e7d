"""Time every named query on a large graph, embedded (the `kg query` path) and on `kg serve`.

    python bench/query_graph.py --source DIR --copies 11 --output g1m.nq     # ~1 M quads
    python bench/query_bench.py --graph g1m.nq --work /tmp/q1m --embedded --limit 0.5
    python bench/query_graph.py --source DIR --copies 106 --output g10m.nq   # ~10 M quads (loads in ~3 min)
    python bench/query_bench.py --graph g10m.nq --work /tmp/q10m --server --limit 2

The graph is bulk-loaded once into WORK/store (reused by later runs with the same WORK).
Parameters are realistic and the hardest ones: the most frequent names in the graph (the entity
with the most statements, the place with the most things located in or under it …), picked by
SPARQL on the graph itself and kept in WORK/picks.json for later runs.  Embedded: `sparql.run_named` plus `sparql.format_result` on the
store opened read-only as `kg query` does, process start-up excluded.  Server: the same query
through `kg serve` (Oxigraph server behind the timeout proxy) with `sparql.run(URL, …)`.
Each query runs --repeat times; the table shows the median and the slowest run (wall clock) and
the median CPU time (of the query process embedded, of the Oxigraph server process on kg serve):
on a shared machine wall time measures the neighbours too, CPU time what the query costs.
A query counts as over --limit when both its median wall and CPU times are.  A query that
takes longer than --budget seconds is not repeated.  `--queries DIR` times the .rq files of
another folder instead (e.g. the queries of an older commit, for before/after tables).
Exit status 1 when a query is slower than --limit.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox

from kg import sparql
from kg.errors import KGError

# (query, parameter) -> SPARQL picking the most frequent value, tried in order until one answers
_ATTRS = "kg:investment kg:registeredCapital kg:outputValue kg:capacity kg:count kg:date"
_PLACE = "SELECT ?v (COUNT(*) AS ?n) WHERE { ?e kg:locatedIn ?w . ?w kg:locatedIn? ?p . ?p a kg:Place ; rdfs:label ?v } GROUP BY ?v ORDER BY DESC(?n) ?v LIMIT 1"
PICKS: dict[str, list[str]] = {
    "name@evidence": ["SELECT ?v (COUNT(*) AS ?n) WHERE { ?st rdf:subject|rdf:object ?x . ?x rdfs:label ?v } GROUP BY ?v ORDER BY DESC(?n) ?v LIMIT 1"],
    "name@entity-attributes": [f"SELECT ?v (COUNT(*) AS ?n) WHERE {{ VALUES ?p {{ {_ATTRS} }} ?st rdf:predicate ?p ; rdf:subject ?x . ?x rdfs:label ?v }} GROUP BY ?v ORDER BY DESC(?n) ?v LIMIT 1"],
    "party": ["SELECT ?v (COUNT(*) AS ?n) WHERE { VALUES ?p { kg:signsWith kg:cooperatesWith } ?st rdf:predicate ?p ; rdf:subject|rdf:object ?x . ?x rdfs:label ?v } GROUP BY ?v ORDER BY DESC(?n) ?v LIMIT 1"],
    "headline": ["SELECT ?v (COUNT(*) AS ?n) WHERE { ?x a kg:Project ; kg:mentionedIn ?a . ?a schema:headline ?v } GROUP BY ?v ORDER BY DESC(?n) ?v LIMIT 1"],
    "place": [_PLACE],
    "event": [
        "SELECT ?v (COUNT(*) AS ?n) WHERE { ?st rdf:predicate kg:organizes ; rdf:object ?e . ?e rdfs:label ?v } GROUP BY ?v ORDER BY DESC(?n) ?v LIMIT 1",
        "SELECT ?v (COUNT(*) AS ?n) WHERE { ?e a kg:Event ; kg:mentionedIn ?a ; rdfs:label ?v } GROUP BY ?v ORDER BY DESC(?n) ?v LIMIT 1",
    ],
    "investor": [
        "SELECT ?v (COUNT(*) AS ?n) WHERE { ?st rdf:predicate kg:invests ; rdf:subject ?i . ?i rdfs:label ?v } GROUP BY ?v ORDER BY DESC(?n) ?v LIMIT 1",
    ],
    "person": ["SELECT ?v (COUNT(*) AS ?n) WHERE { ?m org:member ?x . ?x rdfs:label ?v } GROUP BY ?v ORDER BY DESC(?n) ?v LIMIT 1"],
    "project": [
        "SELECT ?v (COUNT(*) AS ?n) WHERE { ?st rdf:predicate kg:contractorOf ; rdf:object ?x . ?x rdfs:label ?v } GROUP BY ?v ORDER BY DESC(?n) ?v LIMIT 1",
        "SELECT ?v (COUNT(*) AS ?n) WHERE { ?x a kg:Project ; kg:mentionedIn ?a ; rdfs:label ?v } GROUP BY ?v ORDER BY DESC(?n) ?v LIMIT 1",
    ],
}


def load(graph: Path, work: Path) -> Path:
    """WORK/store with the graph bulk-loaded (once; reused when it is already there)."""
    store_dir = work / "store"
    if not (store_dir / "CURRENT").exists():
        work.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        st = ox.Store(str(store_dir))
        st.bulk_load(path=str(graph), format=ox.RdfFormat.N_QUADS)
        st.flush()
        st.optimize()
        print(f"loaded {graph} into {store_dir} in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
        del st
    return store_dir


def pick(target: ox.Store | str, query: str, param: str, cache: dict[str, str]) -> str:
    """The most frequent value of a parameter in this graph (cached in WORK/picks.json: slow at 10 M)."""
    key = f"{param}@{query}" if f"{param}@{query}" in PICKS else param
    if key not in cache:
        for q in PICKS.get(key, []):
            res = sparql.run(target, q)
            if isinstance(res, sparql.Table) and res.rows and res.rows[0][0] is not None:
                cache[key] = sparql._text(res.rows[0][0])
                break
        else:
            raise SystemExit(f"no value for parameter {param!r} of {query!r} in this graph")
    return cache[key]


def queries(folder: Path | None) -> dict[str, sparql.NamedQuery]:
    if folder is None:
        return sparql.named_queries()
    return {f.stem: sparql.parse_named(f.stem, f.read_text(encoding="utf-8")) for f in sorted(folder.glob("*.rq"))}


Timing = tuple[list[float], list[float], "int | str"]  # wall times, CPU times, rows (or "timeout"/error)


def time_one(target: ox.Store | str, q: sparql.NamedQuery, params: dict[str, str], repeat: int, budget: float, cpu: Callable[[], float] = time.process_time) -> Timing:
    """Wall and CPU seconds of each run.  CPU time is the better figure on a shared machine: the
    engine evaluates a query on one thread, so on an idle core wall time ≈ CPU time."""
    times: list[float] = []
    cpus: list[float] = []
    rows: int | str = 0
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), cpu()
        try:
            res = sparql.run(target, q.text, params, q.languages)
            sparql.format_result(res)
        except KGError as e:
            times.append(time.perf_counter() - t0)
            cpus.append(_spent(c0, cpu()))
            return times, cpus, "timeout" if " 503" in str(e) else f"error: {str(e)[:80]}"
        times.append(time.perf_counter() - t0)
        cpus.append(_spent(c0, cpu()))
        rows = len(res.rows) if isinstance(res, sparql.Table) else 0
        if times[-1] > budget:
            break
    return times, cpus, rows


def _spent(before: float, after: float) -> float:
    """CPU seconds between two readings; a server restarted in between (after a timeout) counts from zero."""
    return after - before if after >= before else after


def engine_cpu(serve_pid: int) -> float:
    """CPU seconds used so far by the Oxigraph server under `kg serve` (its child), from /proc."""
    total = 0.0
    for child in Path(f"/proc/{serve_pid}/task/{serve_pid}/children").read_text().split():
        fields = Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _worker(store_dir: str, q: sparql.NamedQuery, params: dict[str, str], repeat: int, budget: float, conn: Connection) -> None:
    conn.send(time_one(ox.Store.read_only(store_dir), q, params, repeat, budget))


def time_embedded(store_dir: Path, q: sparql.NamedQuery, params: dict[str, str], repeat: int, budget: float, timeout: float) -> Timing:
    """time_one in a child process (the store opened before the clock starts), stopped after `timeout` s."""
    parent, child = mp.Pipe(duplex=False)
    proc = mp.get_context("fork").Process(target=_worker, args=(str(store_dir), q, params, repeat, budget, child))
    proc.start()
    if parent.poll(timeout):
        out = parent.recv()
        proc.join()
        return out  # type: ignore[no-any-return]
    proc.terminate()
    proc.join()
    return [timeout], [timeout], "timeout"


def bench(target: Path | str, qs: dict[str, sparql.NamedQuery], picks_target: ox.Store, a: argparse.Namespace, label: str, cpu: Callable[[], float] = time.process_time) -> bool:
    """Target: the store folder (embedded, each query in a child process) or an endpoint URL."""
    print(f"\n{label}\n\n| query | parameters | rows | median s | slowest s | median CPU s |\n|---|---|---|---|---|---|")
    worst, ok = ("", 0.0), True
    cache_file = a.work / "picks.json"
    cache = json.loads(cache_file.read_text(encoding="utf-8")) if cache_file.exists() else {}
    for name, q in qs.items():
        params = {p: pick(picks_target, name, p, cache) for p, _ in q.params}
        cache_file.write_text(json.dumps(cache, ensure_ascii=False, indent=1), encoding="utf-8")
        if isinstance(target, Path):
            times, cpus, rows = time_embedded(target, q, params, a.repeat, a.budget, a.timeout)
        else:
            times, cpus, rows = time_one(target, q, params, a.repeat, a.budget, cpu)
        med, top, med_cpu = statistics.median(times), max(times), statistics.median(cpus)
        flag = " **over**" if min(med, med_cpu) > a.limit else ""
        if rows == "timeout":
            med, top, flag = a.timeout, a.timeout, " **over**"
        ok &= not flag and not isinstance(rows, str)
        shown = ", ".join(f"{k}={v}" for k, v in params.items())
        cell = f"> {a.timeout:g}" if rows == "timeout" else f"{med:.3f}"
        print(f"| {name} | {shown} | {rows} | {cell}{flag} | {top:.3f} | {med_cpu:.3f} |", flush=True)
        worst = max(worst, (name, min(med, med_cpu)), key=lambda x: x[1])
    print(f"\nslowest: {worst[0]} {worst[1]:.3f} s (the lesser of wall and CPU time; limit {a.limit} s)")
    return ok


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--graph", type=Path, required=True, help="N-Quads file (bench/query_graph.py)")
    ap.add_argument("--work", type=Path, required=True, help="folder for the loaded store (reused)")
    ap.add_argument("--embedded", action="store_true", help="time the kg query path")
    ap.add_argument("--server", action="store_true", help="time the queries through kg serve")
    ap.add_argument("--queries", type=Path, help="folder of .rq files to time instead of the shipped ones")
    ap.add_argument("--only", help="comma-separated query names to time (default: all)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--budget", type=float, default=5.0, help="do not repeat a query slower than this")
    ap.add_argument("--timeout", type=float, default=120.0, help="stop a query after this many seconds (reported as > TIMEOUT)")
    ap.add_argument("--limit", type=float, default=0.5, help="seconds a query may take")
    a = ap.parse_args()
    store_dir = load(a.graph, a.work)
    qs = queries(a.queries)
    if a.only:
        qs = {k: v for k, v in qs.items() if k in a.only.split(",")}
    ok = True
    store = ox.Store.read_only(str(store_dir))
    n = len(store)
    if a.embedded:
        ok &= bench(store_dir, qs, store, a, f"embedded, {n:,} quads ({a.graph.name})")
    if a.server:
        ok &= serve_bench(a, qs, store, n)
    sys.exit(0 if ok else 1)


def serve_bench(a: argparse.Namespace, qs: dict[str, sparql.NamedQuery], store: ox.Store, n: int) -> bool:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--out", str(a.work), "--port", str(port), "--timeout", str(a.timeout)], stderr=subprocess.PIPE, text=True)
    try:
        url = f"http://127.0.0.1:{port}/query"
        line = proc.stderr.readline() if proc.stderr else ""  # "serving … at URL"
        if "serving" not in line:
            raise SystemExit(f"kg serve did not start: {line}")
        return bench(url, qs, store, a, cpu=lambda: engine_cpu(proc.pid), label=f"kg serve (Oxigraph server), {n:,} quads ({a.graph.name})")
    finally:
        proc.terminate()
        proc.wait(30)


if __name__ == "__main__":
    main()
