"""Where the graph lives: an embedded Oxigraph store on disk, and its exports.

`kg build` writes `<out>/store/` (Oxigraph's RocksDB folder) plus Turtle and
TriG files; `kg query`, `kg export`, `kg stats` and `kg viz` read the store.
For a graph that outgrows one machine, `push` sends it to a SPARQL server's
Graph Store Protocol endpoint (Oxigraph server, Fuseki, …).
"""
from __future__ import annotations

import contextlib
import os
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from . import rdf
from .errors import StoreError
from .pipeline import BuildResult
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
    """Every quad of the built graph, in a deterministic order."""
    mint = rdf.Minter(base)
    for key in sorted(result.entities):
        yield from rdf.entity_quads(result.entities[key], mint)
    for doc in result.documents:
        yield from rdf.article_quads(doc, mint, result.regions.get(doc.id))
        yield from rdf.mention_quads(doc.id, result.mentions.get(doc.id, ()), mint)
    for f in result.facts:
        if f.doc_id:
            yield from rdf.fact_quads(f, mint)
        elif not isinstance(f.object, str):  # gazetteer facts: not stated by an article, kept in the default graph
            yield ox.Quad(mint.entity(f.subject), rdf.term(f.predicate), mint.entity(f.object), ox.DefaultGraph())


Graph = ox.NamedNode | ox.DefaultGraph
GraphLines = dict[Graph, list[bytes]]  # graph -> its sorted N-Triples lines, without the newline


def check_base(base: str) -> str:
    """The base IRI, checked: an absolute IRI (https://example.org/id/), or StoreError."""
    try:
        ox.NamedNode(base + "x")
    except ValueError as e:
        raise StoreError(f"--base {base!r} is not an absolute IRI ({e}); expected e.g. https://example.org/kg/id/") from e
    return base


def save(result: BuildResult, out_dir: str | Path, base: str = DEFAULT_BASE) -> ox.Store:
    """Write <out>/store, <out>/kg.ttl and <out>/kg.trig from a build into a folder that
    holds none of them (`output.Output.new`); returns the open store.

    The files are written from the quads in memory (reading them back out of the
    store would cost as much again as loading it).
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / STORE_DIR
    if path.exists():
        raise StoreError(f"{path} exists; a graph is saved into an empty folder (kg.output.Output.new)")
    store = ox.Store(str(path))
    qs = list(quads(result, base))
    store.bulk_extend(qs)
    store.flush()
    by_graph: dict[Graph, list[ox.Triple]] = {}
    for q in qs:
        by_graph.setdefault(q.graph_name, []).append(q.triple)
    del qs
    lines: GraphLines = {}
    while by_graph:  # each graph's triples freed as soon as they are lines
        g, ts = by_graph.popitem()
        lines[g] = _sorted_lines(ox.serialize(ts, None, ox.RdfFormat.N_TRIPLES) or b"")
    export_lines(lines, out / "kg.ttl", "ttl", base=base)
    export_lines(lines, out / "kg.trig", "trig", base=base)
    return store


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


def _sorted_lines(ntriples: bytes) -> list[bytes]:
    # N-Triples lines start with their subject: sorting the bytes groups subjects
    return sorted(set(ntriples.splitlines()))


def graph_lines(store: ox.Store) -> GraphLines:
    """Every graph of the store (the default graph too) with its sorted N-Triples lines."""
    graphs: list[Graph] = [ox.DefaultGraph(), *store.named_graphs()]
    return {g: _sorted_lines(store.dump(None, ox.RdfFormat.N_TRIPLES, from_graph=g) or b"") for g in graphs}


def _ordered(lines: GraphLines, include_cooccurrence: bool, base: str) -> list[Graph]:
    """The default graph first, then named graphs by IRI; the co-occurrence layer only when asked."""
    cooc = rdf.Minter(base).cooccurrence_graph
    named = sorted((g for g in lines if isinstance(g, ox.NamedNode) and (include_cooccurrence or g != cooc)), key=str)
    return [ox.DefaultGraph(), *named]


def union_ntriples(lines: GraphLines, include_cooccurrence: bool = False, base: str = DEFAULT_BASE) -> bytes:
    """All triples of all graphs, each once, sorted, as N-Triples (the dataset seen as one graph)."""
    union: set[bytes] = set()
    for g in _ordered(lines, include_cooccurrence, base):
        union.update(lines.get(g, ()))
    return b"".join(x + b"\n" for x in sorted(union))


def union_triples(store: ox.Store, include_cooccurrence: bool = False, base: str = DEFAULT_BASE) -> Iterator[ox.Triple]:
    """All triples of all graphs, each once (the dataset seen as one graph)."""
    for t in ox.parse(union_ntriples(graph_lines(store), include_cooccurrence, base), ox.RdfFormat.N_TRIPLES):
        yield t  # type: ignore[misc]


def sorted_nquads(lines: GraphLines, base: str = DEFAULT_BASE) -> bytes:
    """The dataset as N-Quads, graph by graph, subjects grouped: stable from run to run."""
    out: list[bytes] = []
    for g in _ordered(lines, True, base):
        suffix = b" ." if isinstance(g, ox.DefaultGraph) else b" " + str(g).encode("utf-8") + b" ."
        out.extend(line[:-2] + suffix + b"\n" for line in lines.get(g, ()))
    return b"".join(out)


def export(store: ox.Store, path: str | Path | None, fmt: str, base: str = DEFAULT_BASE, include_cooccurrence: bool = False) -> bytes | None:
    """Serialise the graph; triple formats get the union of all graphs (without co-occurrence unless asked).

    Output is sorted (subjects grouped, files stable from run to run, diffable).
    """
    if fmt not in FORMATS:
        raise StoreError(f"unknown format {fmt!r}; expected one of {', '.join(sorted(FORMATS))} (or graphml via `kg export`)")
    if path is None:
        if fmt == "jsonld":
            return _jsonld(store, None, rdf.prefixes(base))
        return export_lines(graph_lines(store), None, fmt, base, include_cooccurrence)
    with atomic_path(path) as tmp:  # an interrupted export leaves the previous file as it was
        if fmt == "jsonld":
            _jsonld(store, str(tmp), rdf.prefixes(base))
        else:
            export_lines(graph_lines(store), tmp, fmt, base, include_cooccurrence)
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


def export_lines(lines: GraphLines, path: str | Path | None, fmt: str, base: str = DEFAULT_BASE, include_cooccurrence: bool = False) -> bytes | None:
    """`export` from graph lines already in memory (every format but jsonld)."""
    prefixes = rdf.prefixes(base)
    target = str(path) if path is not None else None
    if fmt in QUAD_FORMATS:
        data = sorted_nquads(lines, base)
        if fmt == "nq":
            return _write(data, target)
        return ox.serialize(ox.parse(data, ox.RdfFormat.N_QUADS), target, FORMATS[fmt], prefixes=prefixes)
    data = union_ntriples(lines, include_cooccurrence, base)
    if fmt == "nt":
        return _write(data, target)
    return ox.serialize(ox.parse(data, ox.RdfFormat.N_TRIPLES), target, FORMATS[fmt], prefixes=prefixes if fmt == "ttl" else None)


def _write(data: bytes, target: str | None) -> bytes | None:
    if target is None:
        return data
    Path(target).write_bytes(data)
    return None


def push(store: ox.Store, endpoint: str, timeout: float = 60.0) -> int:
    """PUT every named graph (and the default graph) to a Graph Store Protocol endpoint.

    `endpoint` is the server's store URL, e.g. http://127.0.0.1:7878/store.
    Returns the number of graphs sent.
    """
    graphs: list[ox.NamedNode | ox.DefaultGraph] = [ox.DefaultGraph(), *store.named_graphs()]  # type: ignore[list-item]
    for g in graphs:
        body = store.dump(None, ox.RdfFormat.N_TRIPLES, from_graph=g)
        target = endpoint + ("?default" if isinstance(g, ox.DefaultGraph) else "?graph=" + urllib.parse.quote(g.value, safe=""))
        req = urllib.request.Request(target, data=body, method="PUT", headers={"Content-Type": "application/n-triples"})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                if resp.status >= 300:
                    raise StoreError(f"{endpoint} answered {resp.status} for graph {g}")
        except OSError as e:
            raise StoreError(f"cannot push to {endpoint}: {e}; is the SPARQL server running?") from e
    return len(graphs)


def _jsonld(store: ox.Store, target: str | None, prefixes: dict[str, str]) -> bytes | None:
    """Compact JSON-LD with an @context of our prefixes (rdflib; Oxigraph writes expanded form only)."""
    import rdflib

    nq = store.dump(None, ox.RdfFormat.N_QUADS) or b""
    ds = rdflib.Dataset()
    ds.parse(data=nq.decode("utf-8"), format="nquads")
    return _write(ds.serialize(format="json-ld", context=prefixes, auto_compact=True, ensure_ascii=False).encode("utf-8"), target)
