"""Backfills on a Dask cluster: the same graph as `kg build`, its pages processed by workers.

A build is a map over pages (each page is processed alone, with its own Linker: `Pipeline.page_part`),
a reduce by key (the entity table is the union of the pages' parts, aliases merge once:
`Pipeline.reduce`), and a second map that turns each page's facts, under the merged keys, into
quads. Here the maps run on Dask workers and the reduce on the client, which keeps for itself
only what cannot move (the spool, the store, the files) and touches the lines of the graph as
little as it can (on a machine whose cores run the workers, its CPU is taken from them):

    client                                   workers (one Pipeline per process, loaded once)
    read the inputs, cut them into
    partitions of ~PARTITION_CHARS  ──────►  map 1: page_part for each page of a partition
    spool the results, in input order ◄────  (results also kept on the worker, as a future)
    reduce: entity table, alias merge
    broadcast the key map            ──────►  map 2: the partition's quads, keys remapped, as
    merge the sorted records; bulk-  ◄────   sorted records (serialize.records) and N-Quads
    load the N-Quads into store/ (a thread)
    cut the merged lines into pieces ──────►  map 3: each piece as TriG / Turtle (kg.fragments)
    join them into kg.trig, kg.ttl   ◄────
    graph.html, build.json (kg.builder: the same transaction and files as kg build)

Dask is chosen, not a queue of our own: it places the tasks, moves the data, retries a partition
whose worker died, and runs the same code on a LocalCluster or on a scheduler's workers.
Futures (`Client.submit`), not dask.bag: partitions are submitted as the reader makes them, with
a bounded number in flight, so the client never holds the corpus; the map-1 results stay on
the worker that made them and map 2 runs there, while the client keeps a copy in the spool.

Dask is imported only here (`pip install 'kg[cluster]'`).
"""
from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from . import builder, fragments, rdf, settings, store
from .aliased import merged
from .batches import page_docs, recognize_pages
from .errors import ClusterError, KGError
from .ingest import Page
from .pipeline import BuildResult, Pipeline
from .serialize import GraphLines, chunks, records
from .spool import Spool, decode_results, encode
from .types import Key

log = logging.getLogger(__name__)  # phase times at INFO (bench/backfill_bench.py prints them)
PARTITION_CHARS = 50_000  # ~0.3 s of one core per partition: enough tasks to balance, few enough to cost nothing
WINDOW = 4  # partitions in flight per worker thread: the client holds no more text than that
JOIN_TIMEOUT = 60.0  # seconds to wait for the workers of a scheduler to join
# Dask's own monitoring, slowed down: its 20 ms event-loop tick, 100 ms memory checks and 0.5 s
# system monitor cost the client (which hosts a LocalCluster's scheduler and nannies) 0.05 s of CPU
# per second and each worker 0.024 when idle (0.009 and 0.004 with these settings; 10 s idle on a
# LocalCluster of 2 workers), and more when busy: in a 2-worker backfill of the news corpus the
# client's CPU during map 1 fell from 1.6-1.8 s to 0.8 s. On a machine whose cores run the workers,
# that CPU is the workers'. Work stealing keeps its 100 ms (it balances the partitions). The
# profiler's sampling costs ~5 % of a page's time.
DASK_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}

Row = tuple[str, str, int, bytes, bytes]  # a page as the spool keeps it: key, digest, chars, encoded part and results
Progress = Callable[[int, int], None]  # (articles, characters) processed so far


def backfill(
    paths: list[str] | list[Path],
    out: str | Path,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    region: str | None = None,
    base: str | None = None,
    html: bool = True,
    partition_chars: int = PARTITION_CHARS,
    progress: Progress | None = None,
) -> BuildResult:
    """Build the graph of `paths` into `out` as `kg.build` does (same files, same graph, same
    spool: `kg build --update` continues from it), with the pages processed on Dask workers:
    a running scheduler (`scheduler`, tcp://HOST:8786; waits for `workers` of them, default 1)
    or a LocalCluster of `workers` processes (default: one per core)."""
    distributed = _distributed()
    t0, c0 = time.perf_counter(), time.process_time()
    with builder.staged(paths, out, region=region, base=base) as b, _client(distributed, scheduler, workers) as client:
        _same_kg(client)
        t1, c1 = time.perf_counter(), time.process_time()
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            reducer = pool.submit(_reducer)  # the client's lexicon loads while the workers run
            done = _map_pages(client, b.pages, b.spool, b.conf.region, partition_chars, progress)
            t2, c2 = time.perf_counter(), time.process_time()
            result = reducer.result().reduce(b.spool, b.skipped, processed=len(b.spool))
        t3, c3 = time.perf_counter(), time.process_time()
        [moved] = client.scatter([result.moved], broadcast=True)
        parts = collections.deque(client.submit(_records, f, moved, b.conf.base, pure=False) for f in done)
        log.info("start %.2f s; map 1: %d partitions, %d pages, %.2f s (client CPU %.2f s); reduce %.2f s", t1 - t0, len(done), len(b.spool), t2 - t1, c2 - c1, t3 - t2)
        del done  # the workers drop each map-1 result once map 2 has read it
        lines, loader = _lines(result, parts, b.conf.base, b.out.new)
        log.info("map 2 (quads): %.2f s (client CPU %.2f s)", time.perf_counter() - t3, time.process_time() - c3)
        log.info("client CPU before the files: %.2f s (of which start %.2f s)", time.process_time() - c0, c1 - c0)
        try:
            builder.write(b, _save(client, lines, loader, b.out.new, b.conf.base), html=html)  # the store closes in write, before its folder moves
        finally:
            lines.close()
    result.seconds = time.perf_counter() - t0
    return result


# ------------------------------------------------------------------ client side


def _reducer() -> Pipeline:
    """A Pipeline for `Pipeline.reduce` alone: it reads the lexicon and the entity table; the
    segmenter and the recogniser load only when first used, so the client never builds them
    (0.35 s of CPU that, on a machine whose cores run the workers, would be taken from them)."""
    return Pipeline()


def _distributed() -> Any:
    try:
        import distributed
    except ImportError as e:
        raise ClusterError(f"kg backfill runs on Dask, which is not installed here ({e}); install it with: pip install 'kg[cluster]'") from e
    return distributed


@contextlib.contextmanager
def _client(distributed: Any, scheduler: str | None, workers: int | None) -> Iterator[Any]:
    """A client of the scheduler at `scheduler` once `workers` (default 1) have joined, or of a
    LocalCluster of `workers` single-threaded processes (a Pipeline is pure Python: threads
    would share one core's worth of GIL)."""
    if workers is not None and workers < 1:
        raise ClusterError(f"--workers {workers}: expected a number of worker processes, 1 or more")
    import dask

    if scheduler is None:
        with dask.config.set(DASK_CONFIG), distributed.LocalCluster(  # the worker processes take the config with them
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR
        ) as cluster, distributed.Client(cluster) as client:
            yield client
        return
    try:
        with dask.config.set(DASK_CONFIG):  # the client's own loop (a scheduler's and its workers' have their own config)
            client = distributed.Client(scheduler, timeout=JOIN_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as e:
        raise ClusterError(
            f"cannot reach the Dask scheduler at {scheduler} ({e}); expected the address a running "
            "`dask scheduler` prints (tcp://HOST:8786), or leave --scheduler out for a cluster on this machine"
        ) from e
    with client:
        try:
            client.wait_for_workers(workers or 1, timeout=JOIN_TIMEOUT)
        except TimeoutError as e:
            have = len(client.scheduler_info()["workers"])
            raise ClusterError(
                f"{have} worker(s) joined the scheduler at {scheduler} within {JOIN_TIMEOUT:.0f} s, {workers or 1} expected; "
                f"start them with `dask worker {scheduler} --nworkers N --nthreads 1`"
            ) from e
        yield client


def _same_kg(client: Any) -> None:
    """Refuse workers that run another kg (code or model): their pages would not fit this graph."""
    mine = _fingerprint()
    for worker, theirs in sorted(client.run(_fingerprint).items()):
        if theirs != mine:
            raise ClusterError(
                f"worker {worker} runs kg {theirs[0]} (code {theirs[1]}, data {theirs[2]}), this client kg {mine[0]} "
                f"(code {mine[1]}, data {mine[2]}); install the same kg on every worker: pip install 'kg[cluster]'"
            )


def _map_pages(client: Any, pages: Iterable[Page], spool: Spool, region: str | None, chars: int, progress: Progress | None) -> list[Any]:
    """Map 1: submit the partitions as the reader makes them (at most WINDOW per worker thread in
    flight) and put their results into the spool in input order; returns the result futures."""
    window = WINDOW * max(1, sum(client.nthreads().values()))
    pending: collections.deque[tuple[Any, list[Page]]] = collections.deque()
    done: list[Any] = []
    seen = [0, 0]

    def collect() -> None:
        future, batch = pending.popleft()
        for row in _result(future, f"the partition of {len(batch)} page(s) {batch[0].key} … {batch[-1].key}"):
            spool.put_encoded(*row)
            seen[1] += row[2]
        seen[0] += sum(len(p.docs) for p in batch)
        done.append(future)
        if progress:
            progress(seen[0], seen[1])

    for batch in partitions(pages, chars, ahead=chars * max(1, sum(client.nthreads().values()))):
        pending.append((client.submit(_process, batch, region, pure=False), batch))
        if len(pending) >= window:
            collect()
    while pending:
        collect()
    return done


def _result(future: Any, what: str) -> Any:
    """A task's result; a KGError raised on a worker (a bad --region) as it is, anything else
    (a worker killed, the scheduler lost) as a ClusterError saying what failed."""
    try:
        return future.result()
    except KGError:
        raise
    except Exception as e:
        raise ClusterError(
            f"the cluster failed on {what}: {type(e).__name__}: {e}; "
            "nothing was written (a worker that ran out of memory needs more: dask worker --memory-limit)"
        ) from e


def _lines(result: BuildResult, parts: collections.deque[Any], base: str, new: Path) -> tuple[GraphLines, _Loader]:
    """The graph as the sorted lines of its files, and the store loading the same quads: the
    entity table's from the client, the pages' from map 2 (each partition's records released
    once read)."""
    lines = GraphLines(rdf.Minter(base).cooccurrence_graph, tmp_dir=new)
    loader = _Loader(new)
    try:
        for chunk in chunks(store.table_quads(result, rdf.Minter(base))):
            recs = list(records(chunk))
            lines.add_records(recs)
            loader.add(b"".join(fragments.nquad(r) for r in recs))
        n = 0
        while parts:
            n += 1
            blob, nquads = _result(parts.popleft(), f"the quads of partition {n}")
            lines.add_records(blob.split(b"\n") if blob else [])
            loader.add(nquads, last=not parts)  # the rest loads while kg.trig and kg.ttl are written
    except BaseException:
        loader.close()
        lines.close()
        raise
    return lines, loader


class _Loader:
    """The new store, bulk-loaded in a thread as map 2's N-Quads come in (Oxigraph's loader runs
    without the GIL), instead of from the whole dataset once the last partition is in: only the
    last batch's load is left when kg.trig and kg.ttl are written, beside it. N-Quads are loaded
    in batches of BATCH quads: each bulk load has a fixed cost (23 loads of 5,000 quads took 40 %
    more CPU than one of 115,000)."""

    BATCH = 40_000

    def __init__(self, new: Path) -> None:
        self.store = ox.Store(str(new / store.STORE_DIR))
        self.pool = concurrent.futures.ThreadPoolExecutor(1)
        self.loads: list[concurrent.futures.Future[None]] = []
        self.held: list[bytes] = []
        self.count = 0

    def add(self, nquads: bytes, last: bool = False) -> None:
        """Load N-Quads lines (made by the workers: the client does not touch them one by one)."""
        self.held.append(nquads)
        self.count += nquads.count(b"\n")
        if self.count >= self.BATCH or (last and self.count):
            data, self.held, self.count = b"".join(self.held), [], 0
            self.loads.append(self.pool.submit(self.store.bulk_load, data, ox.RdfFormat.N_QUADS))

    def finish(self) -> ox.Store:
        self.add(b"", last=True)
        for f in self.loads:
            f.result()
        self.pool.shutdown()
        self.store.flush()
        self.store.optimize()  # compacted once, as kg build's store
        return self.store

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)


def _save(client: Any, lines: GraphLines, loader: _Loader, new: Path, base: str) -> ox.Store:
    """kg.trig and kg.ttl from the sorted lines, serialized in pieces by the workers (map 3:
    `fragments`), while the loader finishes the store: the client only merges the sorted lines
    and writes bytes."""
    t0, c0 = time.perf_counter(), time.process_time()
    try:
        prefixes = rdf.prefixes(base)
        trig, ttl = fragments.Joined(new / "kg.trig", "trig", prefixes), fragments.Joined(new / "kg.ttl", "ttl", prefixes)
        try:
            for joined, data, first, last in _pieces(client, [(trig, lines.quads), (ttl, lines.union)], prefixes):
                joined.add(data, first, last)
        finally:
            trig.close()
            ttl.close()
        t1 = time.perf_counter()
        st = loader.finish()
    except BaseException:
        loader.close()
        raise
    log.info("store, kg.ttl, kg.trig: %.2f s (the files %.2f s, then the store %.2f s; client CPU %.2f s)", time.perf_counter() - t0, t1 - t0, time.perf_counter() - t1, time.process_time() - c0)
    return st


def _pieces(client: Any, files: list[tuple[fragments.Joined, Iterable[bytes]]], prefixes: dict[str, str]) -> Iterator[tuple[fragments.Joined, bytes, bytes, bytes]]:
    """Map 3: each file's sorted lines cut into pieces, serialized on the workers (at most WINDOW
    per worker thread in flight, the files one after the other in one stream: kg.ttl's lines are
    merged while kg.trig's pieces are made); yields, in order, each piece's file, its bytes and
    the graph keys of its first and last line (`fragments.Joined.add`)."""
    window = WINDOW * max(1, sum(client.nthreads().values()))
    pending: collections.deque[tuple[fragments.Joined, Any, bytes, bytes]] = collections.deque()
    done = [0]

    def take() -> tuple[fragments.Joined, bytes, bytes, bytes]:
        joined, future, first, last = pending.popleft()
        done[0] += 1
        return joined, _result(future, f"piece {done[0]} of the graph's files"), first, last

    for joined, lines in files:
        graph = fragments.graph_of if joined.fmt == "trig" else (lambda _: b"")
        for run in fragments.cut(lines):
            pending.append((joined, client.submit(fragments.piece, b"\n".join(run), joined.fmt, prefixes, pure=False), graph(run[0]), graph(run[-1])))
            if len(pending) >= window:
                yield take()
    while pending:
        yield take()


def partitions(pages: Iterable[Page], chars: int = PARTITION_CHARS, ahead: int = 0) -> Iterator[list[Page]]:
    """Consecutive pages in groups of about `chars` characters (a page is never split).

    With `ahead`, the reader stays that many characters ahead of the partitions it hands out, so
    that when the input ends the last `chars + ahead` characters (known only then) go out in
    partitions of a quarter the size: the workers finish together instead of one of them working
    alone through the last full partition (17 partitions for 2 workers left a tail of ~0.5 s)."""
    held: collections.deque[tuple[Page, int]] = collections.deque()
    size = 0

    def cut(target: int) -> list[Page]:
        nonlocal size
        batch, got = [], 0
        while held and got < target:
            page, n = held.popleft()
            batch.append(page)
            got += n
        size -= got
        return batch

    for page in pages:
        held.append((page, sum(len(d.text) for d in page.docs)))
        size += held[-1][1]
        while size >= chars + ahead:
            yield cut(chars)
    while held:
        yield cut(chars if not ahead else max(1, chars // 4))


# ------------------------------------------------------------------ worker side

_PIPELINES: dict[str | None, Pipeline] = {}
_LOCK = threading.Lock()  # a Pipeline swaps its Linker per page: one task at a time per process


def _fingerprint() -> tuple[str, str, str]:
    from . import __version__

    return (__version__, *settings.fingerprints())


def _process(batch: list[Page], region: str | None) -> list[Row]:
    """Map 1 (on a worker): each page's spool row, encoded here, from the worker's Pipeline
    (loaded once)."""
    with _LOCK:
        pipe = _PIPELINES.get(region)
        if pipe is None:
            pipe = _PIPELINES[region] = Pipeline(region)
        # the pages recognised a tagger batch at a time (a JSONL page is one short article)
        return [(p.key, p.digest, sum(len(d.text) for d in p.docs), *encode(*pipe.page_part(p, recognized=r)))
                for p, r in recognize_pages(pipe, batch, page_docs)]


def _records(rows: list[Row], moved: dict[Key, Key], base: str) -> tuple[bytes, bytes]:
    """Map 2 (on a worker): the quads of a partition's pages, keys merged, as the sorted records
    of the graph's files (`serialize.records`), one a line, and as N-Quads for the store."""
    mint = rdf.Minter(base)
    quads = (q for row in rows for q in store.page_quads(merged(decode_results(row[4]), moved), mint))
    recs = sorted(set(records(quads)))
    return b"\n".join(recs), b"".join(fragments.nquad(r) for r in recs)
