"""Where the graph lives: an embedded Oxigraph store on disk, and its exports.

`kg build` writes `<out>/store/` (Oxigraph's RocksDB folder) plus Turtle and
TriG files; `kg query`, `kg export`, `kg stats` and `kg viz` read the store.
For a graph that outgrows one machine, `kg.push` syncs it to a SPARQL server.
"""
from __future__ import annotations

import concurrent.futures
import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pyoxigraph as ox

from . import rdf
from .errors import StoreError
from .pipeline import BuildResult
from .serialize import GraphLines, chunks
from .spool import DocOut
from .vocab import DEFAULT_BASE

STORE_DIR = "store"
FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
QUAD_FORMATS = {"trig", "nq", "jsonld"}


def quads(result: BuildResult, base: str = DEFAULT_BASE) -> Iterator[ox.Quad]:
    """Every quad of the built graph, streamed from the spool one page at a time."""
    mint = rdf.Minter(base)
    yield from table_quads(result, mint)
    for page in result.pages():
        yield from page_quads(page, mint)


def table_quads(result: BuildResult, mint: rdf.Minter) -> Iterator[ox.Quad]:
    """The quads of the entity table and of the gazetteer's hierarchy (the default graph)."""
    for key in sorted(result.entities):
        yield from rdf.entity_quads(result.entities[key], mint)
    for f in result.hierarchy:  # gazetteer facts: not stated by an article, kept in the default graph
        if not isinstance(f.object, str):
            yield ox.Quad(mint.entity(f.subject), rdf.term(f.predicate), mint.entity(f.object), ox.DefaultGraph())


def page_quads(page: list[DocOut], mint: rdf.Minter) -> Iterator[ox.Quad]:
    """The quads of one page's articles (keys already merged: `BuildResult.pages`, `aliased.merged`)."""
    for d in page:
        yield from rdf.article_quads(d.doc, mint, d.region)
        yield from rdf.mention_quads(d.doc.id, d.mentions, mint)
        for f in d.facts:
            yield from rdf.fact_quads(f, mint)


Graph = ox.NamedNode | ox.DefaultGraph


def check_base(base: str) -> str:
    """The base IRI, checked: an absolute IRI (https://example.org/id/), or StoreError."""
    try:
        ox.NamedNode(base + "x")
    except ValueError as e:
        raise StoreError(f"--base {base!r} is not an absolute IRI ({e}); expected e.g. https://example.org/kg/id/") from e
    return base


def save(result: BuildResult, out_dir: str | Path, base: str = DEFAULT_BASE, meanwhile: Callable[[], object] | None = None, jobs: int = 1) -> ox.Store:
    """Write <out>/store, <out>/kg.ttl and <out>/kg.trig from a build into a folder that
    holds none of them (`output.Output.new`); returns the open store. What it wrote of each
    page is kept in the build's spool for the next update (`kg.patch`); the pages are rendered
    by `jobs` worker processes when they are many (`kg.render`). `meanwhile` runs while the
    store loads (in a thread); it must not touch the store."""
    from . import patch

    return patch.save(result, out_dir, base, meanwhile, jobs)


def save_lines(lines: GraphLines, out_dir: str | Path, base: str = DEFAULT_BASE) -> ox.Store:
    """`save_quads` for a graph already gathered as sorted lines (`GraphLines.add_records`: the
    workers of a backfill made them). The dataset is written once as N-Quads; the store loads
    from it in a thread (Oxigraph's loader runs without the GIL) while kg.trig and kg.ttl are
    written."""
    out = Path(out_dir)
    store = new_store(out)
    fd, nq = tempfile.mkstemp(prefix=".kg-dataset-", suffix=".nq", dir=out)
    os.close(fd)
    try:
        lines.write(nq, ox.RdfFormat.N_QUADS)
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            loading = pool.submit(_load, store, nq)
            prefixes = rdf.prefixes(base)
            ox.serialize(ox.parse(path=nq, format=ox.RdfFormat.N_QUADS), str(out / "kg.trig"), ox.RdfFormat.TRIG, prefixes=prefixes)
            lines.write(out / "kg.ttl", ox.RdfFormat.TURTLE, prefixes)
            loading.result()
    finally:
        os.unlink(nq)
    store.flush()
    store.optimize()
    return store


def _load(store: ox.Store, nq: str) -> None:
    with open(nq, "rb") as f:
        for chunk in chunks(f):  # one loader per chunk, as in save_quads
            store.bulk_load(b"".join(chunk), ox.RdfFormat.N_QUADS)


def new_store(out: Path) -> ox.Store:
    out.mkdir(parents=True, exist_ok=True)
    path = out / STORE_DIR
    if path.exists():
        raise StoreError(f"{path} exists; a graph is saved into an empty folder (kg.output.Output.new)")
    return ox.Store(str(path))


def write_files(lines: GraphLines, out: Path, base: str) -> None:
    prefixes = rdf.prefixes(base)
    lines.write(out / "kg.ttl", ox.RdfFormat.TURTLE, prefixes)
    lines.write(out / "kg.trig", ox.RdfFormat.TRIG, prefixes)


def open_store(out_dir: str | Path, read_only: bool = True) -> ox.Store:
    from .output import recover_if_idle

    recover_if_idle(out_dir)
    path = Path(out_dir) / STORE_DIR
    if not path.is_dir():
        raise StoreError(f"no graph in {out_dir}: {path} does not exist; run `kg build PATH --out {out_dir}` first")
    try:
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except (OSError, RuntimeError) as e:  # pyoxigraph reports a damaged store as RuntimeError("Corruption: …")
        raise StoreError(f"cannot open the graph store at {path}: {e}; rebuild it with `kg build PATHS --out {out_dir}`") from e


def lines_of(store: ox.Store, base: str = DEFAULT_BASE, include_cooccurrence: bool = False, tmp_dir: str | Path | None = None) -> GraphLines:
    """Every quad of the store, gathered as the sorted lines of the files (bounded memory)."""
    lines = GraphLines(rdf.Minter(base).cooccurrence_graph, tmp_dir=tmp_dir, include_cooccurrence=include_cooccurrence)
    for chunk in chunks(store):  # type: ignore[arg-type]
        lines.add(chunk)
    return lines


def union_triples(store: ox.Store, include_cooccurrence: bool = False, base: str = DEFAULT_BASE) -> Iterator[ox.Triple]:
    """All triples of all graphs, each once (the dataset seen as one graph)."""
    lines = lines_of(store, base, include_cooccurrence)
    try:
        yield from ox.parse(b"".join(lines.ntriples()), ox.RdfFormat.N_TRIPLES)  # type: ignore[misc]
    finally:
        lines.close()


def export(store: ox.Store, path: str | Path | None, fmt: str, base: str = DEFAULT_BASE, include_cooccurrence: bool = False) -> bytes | None:
    """Serialise the graph; triple formats get the union of all graphs (without co-occurrence unless asked).

    Output is sorted (subjects grouped, files stable from run to run, diffable); a file is
    replaced only once it is complete. Without `path`, returns the bytes.
    """
    if fmt not in FORMATS:
        raise StoreError(f"unknown format {fmt!r}; expected one of {', '.join(sorted(FORMATS))} (or graphml via `kg export`)")
    if path is None:
        with tempfile.TemporaryDirectory(prefix="kg-export-") as tmp:
            target = Path(tmp) / f"graph.{fmt}"
            export(store, target, fmt, base, include_cooccurrence)
            return target.read_bytes()
    with atomic_path(path) as tmp:  # an interrupted export leaves the previous file as it was
        if fmt == "jsonld":
            _jsonld(store, str(tmp), rdf.prefixes(base))
            return None
        lines = lines_of(store, base, include_cooccurrence, tmp_dir=tmp.parent)
        try:
            lines.write(tmp, FORMATS[fmt], rdf.prefixes(base) if fmt in ("ttl", "trig") else None)
        finally:
            lines.close()
    return None


@contextlib.contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """A temporary sibling of `path` to write; moved onto `path` when the block succeeds."""
    target = Path(path)
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    try:
        yield tmp
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def _jsonld(store: ox.Store, target: str, prefixes: dict[str, str]) -> None:
    """Compact JSON-LD with an @context of our prefixes (rdflib; Oxigraph writes expanded form only)."""
    import rdflib

    nq = store.dump(None, ox.RdfFormat.N_QUADS) or b""
    ds = rdflib.Dataset()
    ds.parse(data=nq.decode("utf-8"), format="nquads")
    Path(target).write_bytes(ds.serialize(format="json-ld", context=prefixes, auto_compact=True, ensure_ascii=False).encode("utf-8"))
