"""The graph saved page by page, so that an update rewrites only what changed.

A full `save` writes the store and the files from the spool, and keeps in the spool what it
wrote of each page (its quads as sorted records, the entity keys and named graphs they
depend on, its counts), of the entity table (the default graph) and the alias merges it
applied. An update's `patch` then copies the previous store (a checkpoint: hard links),
drops the named graphs of the stale pages, inserts their new quads, patches the default and
co-occurrence graphs by their difference, and writes kg.ttl and kg.trig from the kept
records, spliced from the previous files where it changed nothing (kg.splice): the same
quads and the same bytes as a full save, for a fraction of the work.

A page is stale when it was processed or dropped since the save, or when it names an
entity key that alias merging now moves elsewhere (or no longer moves): its quads are a
function of its results and of the merges of the keys it names, and of nothing else.
"""
from __future__ import annotations

import concurrent.futures
import hashlib
import os
import pickle
import shutil
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from . import blocks, rdf, render
from .aliased import merged
from .errors import StoreError
from .pipeline import BuildResult
from .serialize import chunks, joined, nquad_lines, records
from .spool import Spool
from .store import STORE_DIR, new_store, page_quads, table_quads
from .viz import data as gd

SPARE = "store.next"  # a checkpoint of store/ for the next update (keep_spare)
TTL_INDEX, TRIG_INDEX = "ttl-index", "trig-index"  # the saved files' size, SHA-1 and units (kg.splice.Index): an update splices them


def save(result: BuildResult, out_dir: str | Path, base: str, meanwhile: Callable[[], object] | None = None, jobs: int = 1) -> ox.Store:
    """`kg.store.save`: everything written, and kept in the spool for `patch`. The pages are
    rendered by `jobs` worker processes when they are many (`kg.render.pages`); the store loads
    in a thread (`_Loader`) while they are, and is compacted there while kg.trig and kg.ttl are
    written and `meanwhile` runs (graph.html, drawn from the spool), if given."""
    out, spool, mint = Path(out_dir), result.spool, rdf.Minter(base)
    spool.forget_rendered()
    st = new_store(out)
    try:
        with _Loader(st) as load:
            counts = []
            cooc, graph = set[bytes](), b" " + _cooc_key(mint) + b" .\n"
            with spool.bulk_blocks():
                for page in render.pages(spool, render.Renderer(base, result.moved), jobs):
                    load.add(page.nquads, page.quads)
                    fresh = [line for line in page.cooc if line not in cooc]  # (seeds x22: 20,658 lines, 934 edges)
                    cooc.update(fresh)
                    load.add(b"".join(line[:-2] + graph for line in fresh), len(fresh))
                    render.keep(spool, page)
                    counts.append(page.rendered.counts)
            result.count(counts)
            table: set[bytes] = set()
            viz = gd.Part()
            for chunk in chunks(table_quads(result, mint)):
                recs = list(records(chunk))
                table.update(recs)
                viz.add(chunk)
                load.add(b"".join(line + b"\n" for line in nquad_lines(recs)), len(recs))
            spool.set_saved("table", table)
            spool.set_saved("viz-table", viz.frozen())
            spool.set_saved("moved", result.moved)
            load.finish()
            _write_files(spool, table, mint, out, base)
            if meanwhile is not None:
                meanwhile()
    except BaseException:
        del st  # closed now (Oxigraph closes a store with its last reference), not kept open by the traceback: a retry in this process opens the folder again
        raise
    return st


class _Loader:
    """The store's bulk loads, run in threads: Oxigraph's loader parses N-Quads text without the
    GIL, so the store fills on other cores while kg serializes (bulk_extend of Quad objects held the
    GIL: ~0.3 s of a 1 MB build's main thread), and a load spends much of its time waiting for its
    files' fsyncs, so THREADS loads run at once (the same quads; four loads of seeds x22: 0.50-0.53
    s against 0.96-1.03 s one after the other). Quads are loaded CHUNK at a time (a load costs ~30
    ms of CPU however small, and holds its quads: ~1 kB each), or as soon as SOON have been added
    while fewer than THREADS loads are under way: the loads keep up with the pages rendered, and
    what is left after the last page (a load, then the compaction: the save's last wait) is
    small. Up to AHEAD chunks (~11 MB of text each) wait while others load and the next is
    gathered, so that the build's thread goes on when the loads fall behind (they share the
    cores with the workers)."""

    CHUNK = 50_000
    SOON = 20_000
    THREADS = 2
    AHEAD = 3

    def __init__(self, st: ox.Store) -> None:
        self.st = st
        self.pool = concurrent.futures.ThreadPoolExecutor(self.THREADS, thread_name_prefix="kg-load")
        self.pending: deque[concurrent.futures.Future[None]] = deque()
        self.texts: list[bytes] = []
        self.n = 0

    def add(self, nquads: bytes, n: int) -> None:
        """N-Quads text of `n` quads."""
        self.texts.append(nquads)
        self.n += n
        if self.n >= self.CHUNK or self.n >= self.SOON and sum(not f.done() for f in self.pending) < self.THREADS:
            self.start()

    def start(self) -> None:
        """Load what was added so far (after the loads before it)."""
        if self.texts:
            data, self.texts, self.n = b"".join(self.texts), [], 0
            self._submit(self._load, data)

    def finish(self) -> None:
        """Load what is left, then flush and compact the store (once: at 10 M triples
        article-projects fell from 4.9 to 0.8 s of CPU), in the thread (Oxigraph does both
        without the GIL) while this one goes on."""
        self.start()
        self.pending.append(self.pool.submit(self._compact, list(self.pending)))  # holds no data: queued without waiting

    def _load(self, data: bytes) -> None:
        """N-Quads that kg wrote from Oxigraph's own terms (`kg.render`), so valid: loaded without
        checking every IRI again (lenient; ~17 % less of the loads' CPU, the same quads)."""
        self.st.bulk_load(data, ox.RdfFormat.N_QUADS, lenient=True)

    def _compact(self, loads: list[concurrent.futures.Future[None]]) -> None:
        for f in loads:  # (a load in the other thread: the compaction comes after them all; a failed one stops it)
            f.result()
        self.st.flush()
        self.st.optimize()

    def _submit(self, fn: Callable[..., None], *args: Any) -> None:
        while len(self.pending) > self.AHEAD:  # one chunk loading, AHEAD queued: the next waits
            self.pending.popleft().result()
        self.pending.append(self.pool.submit(fn, *args))

    def __enter__(self) -> _Loader:
        return self

    def __exit__(self, kind: object, *_: object) -> None:
        try:
            if kind is None:
                self.start()
            else:  # what is queued is dropped; the load under way is waited for (the store then left alone)
                for f in self.pending:
                    f.cancel()
            while self.pending:
                f = self.pending.popleft()
                if kind is None:
                    f.result()  # re-raises a failed load
                elif not f.cancelled():
                    f.exception()  # waits, and leaves the error that stopped the save to be raised
        finally:
            self.pool.shutdown()
            if kind is not None:
                del self.st  # the failed save's store is closed when `save` lets go of it


def page_data(spool: Spool) -> gd.GraphData | None:
    """What graph.html shows of the saved graph, joined from the parts the save kept of the
    entity table and of each page (`kg.viz.data.join`); None when the spool lacks one (a
    backfill's) or two pages share an article: read the store then."""
    table, parts = spool.saved("viz-table"), spool.viz_parts()
    return None if table is None or parts is None else gd.join([table, *parts])


def _cooc_key(mint: rdf.Minter) -> bytes:
    return str(mint.cooccurrence_graph).encode("utf-8")


@dataclass
class Changed:
    """What an update changed of kg.trig and kg.ttl since the previous graph (in `folder`):
    kg.ttl's subjects the stale pages had or have, their named graphs, and the subjects whose
    entity-table records changed (`_patch_rest`)."""

    folder: Path
    subjects: set[bytes]
    graphs: set[bytes]
    table: set[bytes] = field(default_factory=set)


def _write_files(spool: Spool, table: set[bytes], mint: rdf.Minter, out: Path, base: str, changed: Changed | None = None) -> None:
    """kg.trig and kg.ttl from the table's records and the pages' blocks (kg.blocks): spliced
    from the previous files when an update says what `changed` and the spool's indexes
    describe them (`blocks.splice_trig`, `splice_ttl`), else written whole."""
    prefixes, recs, cooc = rdf.prefixes(base), sorted(table), _cooc_key(mint)
    trig, ttl = out / "kg.trig", out / "kg.ttl"
    old = _index(spool, TRIG_INDEX, changed.folder / trig.name) if changed and not spool.has_graph_rows(b"") else None
    if changed and old is not None:
        units = {blocks.default_key(s) for s in changed.table} | changed.graphs
        index = blocks.splice_trig(trig, changed.folder / trig.name, old, units, recs, spool.trig_rows_of(changed.graphs), cooc, prefixes)
    else:
        index = blocks.write_trig(trig, recs, spool.trig_rows(), cooc, prefixes)
    _keep_index(spool, TRIG_INDEX, trig, index)
    old = _index(spool, TTL_INDEX, changed.folder / ttl.name) if changed else None
    if changed and old is not None:
        subjects = changed.subjects | changed.table
        index = blocks.splice_ttl(ttl, changed.folder / ttl.name, old, subjects, recs, spool.ttl_rows_of(subjects), prefixes)
    else:
        index = blocks.write_ttl(ttl, recs, spool.ttl_rows(), prefixes)
    _keep_index(spool, TTL_INDEX, ttl, index)


def _keep_index(spool: Spool, name: str, path: Path, index: bytes) -> None:
    with open(path, "rb") as f:
        spool.set_saved(name, (os.fstat(f.fileno()).st_size, hashlib.file_digest(f, "sha1").hexdigest(), index))


def _index(spool: Spool, name: str, path: Path) -> bytes | None:
    """The saved index `name` of a file (kg.blocks.Index), if `path` is the file it describes."""
    saved = spool.saved(name)
    try:
        with open(path, "rb") as f:
            if saved is None or os.fstat(f.fileno()).st_size != saved[0] or hashlib.file_digest(f, "sha1").hexdigest() != saved[1]:
                return None
    except OSError:
        return None
    index: bytes = saved[2]
    return index


def _records(terms: blocks.Terms) -> list[bytes]:
    """The page's records (= sorted(set(serialize.records(its quads))))."""
    return b"\n".join(joined(g, sorted(terms[g])) for g in sorted(terms)).split(b"\n") if terms else []


def patch(result: BuildResult, previous: Path, out_dir: str | Path, base: str, spare: Path | None = None) -> ox.Store | None:
    """`save` for an update, by difference from the graph whose store is `previous` (see the
    module's docstring). Returns None when the spool does not say what the previous save
    wrote (a backfill's) or two pages share a named graph (two ids, one IRI): `save` then."""
    spool, mint = result.spool, rdf.Minter(base)
    stale = _stale(spool, result.moved)
    if stale is None:
        return None
    pages, renderer = spool.digests(), render.Renderer(base, result.moved)
    fresh = []
    for key in sorted(stale & pages.keys()):
        raw = spool.page_results(key)
        page = merged(raw, result.moved)
        qs = list(page_quads(page, mint))
        terms = blocks.terms_of(qs)
        fresh.append((renderer.of_quads(key, pages[key], raw, page, qs, terms), terms, qs))
    cooc = str(mint.cooccurrence_graph)
    graphs = dict(spool.rendered_graphs())
    kept = {g for k, gs in graphs.items() if k not in stale for g in gs} - {cooc}
    gone = {g for k in stale & graphs.keys() for g in graphs[k]} - {cooc}
    if kept & (gone | {g for r, _, _ in fresh for g in r.rendered.graphs}):
        return None
    was = {x for k in stale & graphs.keys() for x in spool.page_records(k, _cooc_key(mint))}
    changed = Changed(previous.parent, spool.ttl_subjects(stale & graphs.keys()), {g.encode("utf-8") for k in stale & graphs.keys() for g in graphs[k]})
    out = Path(out_dir)
    st = _copy_store(previous, out, spare)
    for g in sorted(gone):
        st.remove_graph(ox.NamedNode(g[1:-1]))
    spool.forget_rendered(stale)
    for r, terms, qs in fresh:
        render.keep(spool, r)
        st.extend(qs)  # co-occurrence pairs too: a pair already there stays once
        was.difference_update(_records(terms))
    spool.set_saved("moved", result.moved)
    changed.subjects |= spool.ttl_subjects(r.rendered.key for r, _, _ in fresh)  # and the subjects and graphs they have now
    changed.graphs |= {g.encode("utf-8") for r, _, _ in fresh for g in r.rendered.graphs}
    _patch_rest(result, st, mint, was, out, base, changed)
    st.flush()  # a checkpoint of a store opened read-only leaves out what is only in its log: the next update copies this one
    return st


def _stale(spool: Spool, moved: dict[Any, Any]) -> set[str] | None:
    """The pages whose quads differ from what the last save wrote of them (None: unknown)."""
    old = spool.saved("moved")
    if old is None or not spool.has_saved("table"):
        return None
    changed = {k for k in old.keys() | moved.keys() if old.get(k) != moved.get(k)}
    pages = spool.digests()
    saved = spool.rendered_state()
    stale = {k for k, (digest, keys) in saved.items() if pages.get(k) != digest or changed and not changed.isdisjoint(pickle.loads(keys))}
    return stale | (pages.keys() - saved.keys())


def _patch_rest(result: BuildResult, st: ox.Store, mint: rdf.Minter, was: set[bytes], out: Path, base: str, changed: Changed) -> None:
    """Patch the default graph by difference with the table the last save wrote; remove the
    co-occurrence pairs `was` (the stale pages' old ones) that no page has now; write kg.ttl
    and kg.trig from the new table and the blocks the spool keeps, spliced from the previous
    ones where the stale pages (`changed`) and the table did not change them."""
    spool = result.spool
    tq = list(table_quads(result, mint))
    table = set(records(tq))
    spool.set_saved("viz-table", gd.Part().add(tq).frozen())
    old: set[bytes] = spool.saved("table")
    for q in _quads_of(old - table):
        st.remove(q)
    st.extend(_quads_of(table - old))
    changed.table = {blocks.subject_key(r.partition(b"\0")[2]) for r in old ^ table}
    spool.set_saved("table", table)
    pairs = spool.graph_records(_cooc_key(mint))
    was.difference_update(pairs)
    for q in _quads_of(was):
        st.remove(q)
    if not pairs and was:
        st.remove_graph(mint.cooccurrence_graph)  # as a full save would not name it
    result.count(spool.rendered_counts())
    _write_files(spool, table, mint, out, base, changed)


def _copy_store(previous: Path, out: Path, spare: Path | None = None) -> ox.Store:
    """A copy of the store at `previous` as `out`/store: the `spare` checkpoint the last build
    left beside it (`keep_spare`), moved in, or else a checkpoint made now (hard links where it can)."""
    path = out / STORE_DIR
    if path.exists():
        raise StoreError(f"{path} exists; a graph is saved into an empty folder (kg.output.Output.new)")
    if spare is not None:
        try:
            os.replace(spare, path)  # taken: a failed update leaves none, and the next one checkpoints
            return ox.Store(str(path))
        except (OSError, RuntimeError):
            shutil.rmtree(path, ignore_errors=True)
    try:
        ox.Store.read_only(str(previous)).backup(str(path))
        return ox.Store(str(path))
    except (OSError, RuntimeError) as e:
        raise StoreError(f"cannot copy the graph store at {previous}: {e}; rebuild it from all inputs (kg build PATHS --out DIR)") from e


def keep_spare(st: ox.Store, out: Path) -> None:
    """A checkpoint of the saved store (hard links: Oxigraph's `backup` on one file system) as
    `out`/SPARE, committed with it: the next update takes it instead of opening the previous
    store to copy it (a RocksDB open is ~15 ms of CPU, a tenth of an update of one article)."""
    st.backup(str(out / SPARE))


def _quads_of(recs: Iterable[bytes]) -> list[ox.Quad]:
    """Records (`serialize.records`) back to quads."""
    nq = b"".join(line + b"\n" for line in nquad_lines(recs))
    return list(ox.parse(nq, ox.RdfFormat.N_QUADS)) if nq else []


__all__ = ["save", "patch", "keep_spare", "page_data", "SPARE"]
