"""A page as a save writes it: its quads as N-Quads for the store, its TriG and Turtle blocks and its
graph.html part, with what the spool keeps of it for an update (`kg.patch`).

A page's save is a function of its results in the spool and of the build's alias merges alone,
so once the merges are known (the reduce) a big build renders its pages in worker processes
(`pages`: forked from the build's process, as for the map, `kg.parallel.mapped`), and the build's
process only puts what they return into the spool and the store's loader, in input order: the
same spool rows, store and files as rendering them in one process.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

import pyoxigraph as ox

from . import blocks, parallel, rdf
from .aliased import merged
from .spool import DocOut, Packer, Rendered, Spool, decode_results, page_counts, pickled
from .store import page_quads
from .types import Key
from .viz import data as gd


class PageSave(NamedTuple):
    """What a save writes of one page (`keep` puts it in the spool; `nquads` go to the store)."""

    rendered: Rendered
    trig: list[tuple[bytes, bytes, bytes]]  # kg.blocks.page_blocks' TriG rows, their records packed (Spool.put_blocks)
    ttl: list[tuple[bytes, bytes, bytes]]  # its Turtle rows
    viz: bytes  # its graph.html part (kg.viz.data.Part.frozen), pickled
    nquads: bytes  # its quads, each once, as N-Quads text, but those of the co-occurrence graph
    quads: int
    cooc: list[bytes]  # its co-occurrence graph's N-Triples lines: the store loads each edge once (pages repeat them)


class Renderer:
    """Pages rendered under one build's base IRI and alias merges (`BuildResult.moved`)."""

    def __init__(self, base: str, moved: dict[Key, Key]) -> None:
        self.mint = rdf.Minter(base)
        self.moved = moved
        self.prefixes = rdf.prefixes(base)
        self.cooc = str(self.mint.cooccurrence_graph).encode("utf-8")
        self.pack = Packer()

    def page(self, key: str, digest: str, results: bytes) -> PageSave:
        """The save of the page whose results the spool holds as `results` (`spool.encode`)."""
        raw = decode_results(results)
        page = merged(raw, self.moved)
        qs = list(page_quads(page, self.mint))
        return self.of_quads(key, digest, raw, page, qs, blocks.terms_of(qs))

    def of_quads(self, key: str, digest: str, raw: list[DocOut], page: list[DocOut], qs: list[ox.Quad], terms: blocks.Terms) -> PageSave:
        """The save of a page whose articles are `raw` as spooled and `page` merged, its quads
        `qs` (`store.page_quads`) and `terms` (`blocks.terms_of`)."""
        keys = {k for d in raw for k in _keys(d)}
        rendered = Rendered(key, digest, pickled(keys), {g.decode("utf-8") for g in terms}, page_counts(page))
        trig, ttl = blocks.page_blocks(terms, self.cooc, self.prefixes)
        packed = [(g, b"" if b else self.pack(r), b) for g, r, b in trig]
        cooc = list(terms.get(self.cooc, ()))
        nquads = _nquads({g: lines for g, lines in terms.items() if g != self.cooc})
        return PageSave(rendered, packed, ttl, pickled(gd.Part().add(qs).frozen()), nquads, sum(map(len, terms.values())) - len(cooc), cooc)


def pages(spool: Spool, renderer: Renderer, jobs: int = 1) -> Iterator[PageSave]:
    """The save of every page of `spool`, in input order: by `jobs` worker processes when the
    pages are enough to pay for them (`parallel.split`), else in this process."""
    chunks, jobs, rows = parallel.split(spool.keyed_encoded(), jobs, _chars)
    if chunks is None:
        for key, digest, _, results in rows:
            yield renderer.page(key, digest, results)
        return
    for _, saves in parallel.mapped(_render, chunks, jobs, _init, (renderer,)):
        yield from saves


def keep(spool: Spool, save: PageSave) -> None:
    """What the spool keeps of a saved page (for an update's `kg.patch.patch` and graph.html)."""
    key = save.rendered.key
    spool.put_rendered(save.rendered)
    spool.put_blocks(key, save.trig, save.ttl, packed=True)
    spool.put_viz(key, save.viz)


_RENDERER: list[Renderer] = []  # a worker's Renderer (inherited from the build's process)


def _init(renderer: Renderer) -> None:
    _RENDERER[:] = [renderer]


def _render(rows: list[tuple[str, str, int, bytes]]) -> list[PageSave]:
    """A worker's chunk of pages (`Spool.keyed_encoded` rows)."""
    r = _RENDERER[0]
    return [r.page(key, digest, results) for key, digest, _, results in rows]


def _chars(row: tuple[str, str, int, bytes]) -> int:
    return row[2]


def _nquads(terms: blocks.Terms) -> bytes:
    """A page's quads (`blocks.terms_of`) as N-Quads text: each graph's N-Triples lines with
    the graph before their final " ." (N-Triples escapes every newline inside a term)."""
    out = []
    for g, lines in terms.items():
        nt = b"\n".join(lines) + b"\n"
        out.append(nt.replace(b" .\n", b" " + g + b" .\n") if g else nt)
    return b"".join(out)


def _keys(d: DocOut) -> Iterator[Any]:
    """The entity keys an article's results name (what alias merging may move)."""
    yield from d.mentions
    if d.region is not None:
        yield d.region
    for f in d.facts:
        yield f.subject
        if not isinstance(f.object, str):
            yield f.object
