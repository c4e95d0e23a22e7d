"""kg.trig and kg.ttl assembled from blocks serialized page by page, so that an update
serializes again only the pages it changed.

When a page is saved, each of its named graphs is serialized as a TriG block (`<g> {` … `}`)
and each subject of its triples (co-occurrence left out) as a Turtle block; the spool keeps
the blocks (`Spool.put_blocks`), ordered by the graph's key and the subject's N-Triples term,
which is the order of the files' sorted lines. Oxigraph's serializers stream
and nothing carries from one graph or one subject to the next (see kg.fragments), so the files
are the @prefix lines and the blocks in that order. A graph or a subject stated by more than
one source (the co-occurrence graph, the default graph, an entity named by the entity table
and by articles, two pages sharing an IRI) is serialized again from the union of its lines,
as one serialization of the whole graph sees it; the lines are read back from the blocks
(`block_lines`, `block_records`: Oxigraph parses what it wrote term for term), and kept only
for the default and co-occurrence graphs, which have no block. The files are streamed from the spool:
memory holds the entity table's lines and one graph or subject at a time.
tests/test_update.py checks the bytes against one serialization of the whole graph.
"""
from __future__ import annotations

import bisect
import heapq
import itertools
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from .fragments import FORMATS, SIZE, FragmentError, Joined, cut, header, piece
from .serialize import SortedLines, graph_of, joined
from .splice import Index, splice

_SEP = b"\x00"  # a record's graph key, NUL, its N-Triples line (serialize.records)
_SUBJECT_START = re.compile(rb"\n(?!\t)")  # a Turtle line that is not a continuation starts a subject


def subject_key(line: bytes) -> bytes:
    """The sort key of an N-Triples line's subject: its term and the space after it."""
    return line[: line.index(b" ") + 1]


Terms = dict[bytes, dict[bytes, ox.Quad]]  # graph key (serialize.graph_of) -> {N-Triples line: its quad}


def terms_of(quads: Iterable[ox.Quad]) -> Terms:
    """Quads by graph key, each under its N-Triples line (each once: the records of
    `serialize.records`, by graph), so that blocks are serialized from the quads."""
    by_graph: dict[ox.NamedNode | ox.DefaultGraph, list[ox.Quad]] = {}
    for q in quads:
        by_graph.setdefault(q.graph_name, []).append(q)  # type: ignore[arg-type]
    out = {}
    for g, qs in by_graph.items():
        lines = (ox.serialize([q.triple for q in qs], None, ox.RdfFormat.N_TRIPLES) or b"").splitlines()
        if len(lines) != len(qs):
            raise FragmentError(f"{len(qs)} triples serialized as {len(lines)} N-Triples lines")
        out[b"" if isinstance(g, ox.DefaultGraph) else str(g).encode("utf-8")] = dict(zip(lines, qs))
    return out


def page_blocks(terms: Terms, cooc: bytes, prefixes: dict[str, str]) -> tuple[list[tuple[bytes, bytes, bytes]], list[tuple[bytes, bytes, bytes]]]:
    """A page's quads (`terms_of`) as (TriG rows, Turtle rows): (graph key, records, block) per
    graph and (subject key, b"", block) per subject, in the order of their sorted lines. The
    default and co-occurrence graphs get no block (they are always merged with other sources)
    but their records (`serialize.joined`); the others no records (`block_records` reads them
    back). Each block is serialized from the quads in their lines' order, which is what
    serializing the parsed lines gives (without parsing them: half of the time)."""
    trig, union = [], {}
    for g in sorted(terms):
        quads = terms[g]
        order = sorted(quads)
        if g in (b"", cooc):
            trig.append((g, joined(g, order), b""))
        else:
            trig.append((g, b"", _serialized([quads[k] for k in order], "trig", prefixes)))
        if g != cooc:
            union.update(quads)
    if not union:
        return trig, []
    order = sorted(union)
    subjects = sorted({line[: line.index(b" ") + 1] for line in union})  # subject_key of each, in the lines' order
    blocks = _subject_blocks(_serialized([union[k].triple for k in order], "ttl", prefixes))
    if len(blocks) != len(subjects):
        raise FragmentError(f"{len(subjects)} subjects serialized as {len(blocks)} Turtle blocks")
    return trig, [(s, b"", b) for s, b in zip(subjects, blocks)]


def _serialized(items: list[ox.Quad] | list[ox.Triple], fmt: str, prefixes: dict[str, str]) -> bytes:
    """`items` in `fmt` ("trig", "ttl"), without the @prefix lines (`fragments.piece`)."""
    out = ox.serialize(items, None, FORMATS[fmt], prefixes=prefixes) or b""
    head = header(fmt, tuple(prefixes.items()))
    if not out.startswith(head):
        raise FragmentError(f"a block of {fmt} does not begin with the @prefix lines {head[:80]!r}…: {out[:80]!r}")
    return out[len(head) :]


def block_lines(blocks: list[bytes], prefixes: dict[str, str]) -> list[bytes]:
    """The N-Triples lines the Turtle blocks of `page_blocks` were serialized from, sorted, each
    once: the spool keeps the blocks only. Oxigraph's Turtle parser reads back every term its
    serializer wrote (kg mints IRIs: the graph has no blank node to rename), so these are the
    bytes the page's lines had."""
    data = b"".join(blocks)
    if not data:
        return []
    doc = header("ttl", tuple(prefixes.items())) + data
    return sorted(set((ox.serialize(ox.parse(doc, format=ox.RdfFormat.TURTLE), None, ox.RdfFormat.N_TRIPLES) or b"").splitlines()))


def block_records(key: bytes, block: bytes, prefixes: dict[str, str]) -> bytes:
    """A named graph's records (`serialize.joined`) read back from its TriG block (`page_blocks`)."""
    doc = header("trig", tuple(prefixes.items())) + block
    tail = len(key) + 3  # " <g> ." after the triple's terms
    nq = (ox.serialize(ox.parse(doc, format=ox.RdfFormat.TRIG), None, ox.RdfFormat.N_QUADS) or b"").splitlines()
    return joined(key, sorted({line[:-tail] + b" ." for line in nq}))


def _subject_blocks(text: bytes) -> list[bytes]:
    parts = _SUBJECT_START.split(text)
    if parts and parts[-1] == b"":
        parts.pop()
    return [p + b"\n" for p in parts]


Row = tuple[bytes, str, bytes, bytes]  # (graph or subject key, page, lines, block)


def write_trig(path: str | Path, table: list[bytes], rows: Iterable[Row], cooc: bytes, prefixes: dict[str, str]) -> bytes:
    """kg.trig from the entity table's records (the default graph) and the pages' TriG rows,
    ordered by graph key (`Spool.trig_rows`). A graph of several rows is merged through an
    external sort and serialized in pieces (the co-occurrence graph grows with the corpus).
    Returns the file's index (`Index`, for `splice_trig`): the default graph's subjects (their
    keys after a NUL, as `default_key` makes them), then each named graph (its key)."""
    out, index = Joined(path, "trig", prefixes), Index()
    try:
        groups = itertools.groupby(rows, lambda r: r[0])
        first = next(groups, None)
        merged = [list(first[1])] if first is not None and first[0] == b"" else []
        _merged(out, "trig", prefixes, table, merged, index)
        for g, group in itertools.chain([first] if first and not merged else [], groups):
            here, start = list(group), _position(out)
            if len(here) == 1 and g != cooc:
                out.add(here[0][3], g, g)
            else:
                _merged(out, "trig", prefixes, [], [here])
            index.add(g, _position(out) - start)
    finally:
        out.close()
    return index.done()


def default_key(subject: bytes) -> bytes:
    """A default-graph subject's key in kg.trig's index (before every graph key)."""
    return _SEP + subject


def _position(out: Joined) -> int:
    """How far `out` has written, counting the piece it holds back (a graph's last piece: the
    next graph's first one does not change it)."""
    return len(out.head) if out.held is None else out.file.tell() + len(out.held)


def _merged(out: Joined, fmt: str, prefixes: dict[str, str], lines: list[bytes], groups: list[list[Row]], index: Index | None = None) -> None:
    """The union of `lines` and the rows' lines, sorted once each (bounded memory), serialized
    in pieces; `index`, when given, gets each default-graph subject's block."""
    union = SortedLines()
    try:
        union.add(lines)
        for here in groups:
            for r in here:
                recs = block_records(r[0], r[3], prefixes) if r[3] and not r[2] else r[2]
                union.add(recs.split(b"\n"))
        key = graph_of if fmt == "trig" else (lambda _: b"")
        for run in cut(union):
            data = piece(b"\n".join(run), fmt, prefixes)
            if index is not None:
                keys = [default_key(k) for k, _ in itertools.groupby(run, lambda r: subject_key(r.partition(_SEP)[2]))]
                for k, n in _lengths(data, keys):
                    index.add(k, n)
            out.add(data, key(run[0]), key(run[-1]))
    finally:
        union.close()


def write_ttl(path: str | Path, table: list[bytes], rows: Iterable[Row], prefixes: dict[str, str]) -> bytes:
    """kg.ttl from the entity table's records and the pages' Turtle rows, ordered by subject
    (`Spool.ttl_rows`): a subject of one page alone is its block; the others (and runs of
    them, up to SIZE lines) are serialized again from the union of their lines. Returns the
    file's subjects and the lengths of their blocks (`Index.done`, for `splice_ttl`)."""
    table_lines = sorted({r.partition(_SEP)[2] for r in table})
    mine = ((s, "", b"\n".join(g), b"") for s, g in itertools.groupby(table_lines, subject_key))
    out = Joined(path, "ttl", prefixes)
    lines: list[bytes] = []  # a run of subjects to serialize again: the table's lines, the pages' blocks
    blocks: list[bytes] = []
    index = Index()
    size = 0

    def flush() -> None:
        nonlocal size
        if lines or blocks:
            # one sort of the run: a subject's lines start with its key, and the keys are in order
            run = sorted(set(lines).union(block_lines(blocks, prefixes))) if blocks else sorted(set(lines))
            data = piece(b"\n".join(run), "ttl", prefixes)
            for k, n in _lengths(data, [k for k, _ in itertools.groupby(run, subject_key)]):
                index.add(k, n)
            out.add(data, b"", b"")
            lines.clear()
            blocks.clear()
            size = 0

    try:
        for key, group in itertools.groupby(heapq.merge(mine, rows, key=lambda r: r[0]), lambda r: r[0]):
            here = list(group)
            if len(here) == 1 and here[0][1]:
                flush()
                out.add(here[0][3], b"", b"")
                index.add(key, len(here[0][3]))
                continue
            for r in here:
                if r[1]:
                    blocks.append(r[3])
                    size += r[3].count(b"\n")
                else:
                    mine_lines = r[2].split(b"\n")
                    lines.extend(mine_lines)
                    size += len(mine_lines)
            if size >= SIZE:
                flush()
        flush()
    finally:
        out.close()
    return index.done()


def _lengths(data: bytes, subjects: list[bytes]) -> list[tuple[bytes, int]]:
    """The subjects of a serialized run (in order) with the lengths of their blocks in `data`."""
    parts = _subject_blocks(data)
    if len(parts) != len(subjects):
        raise FragmentError(f"{len(subjects)} subjects serialized as {len(parts)} Turtle blocks")
    return [(k, len(b)) for k, b in zip(subjects, parts)]


def splice_ttl(
    path: str | Path, old: Path, index: bytes, changed: set[bytes], table: list[bytes], rows: Iterable[Row], prefixes: dict[str, str]
) -> bytes:
    """kg.ttl as `write_ttl` writes it (and its index), from the previous file `old` and its
    `index`: a block is the same bytes whatever is serialized beside it, so a subject not in
    `changed` is copied, a changed one serialized again from its lines in the sorted table
    records `table` and its `rows` (`Spool.ttl_rows_of`)."""
    mine = _by_key(rows)
    return splice(path, old, index, changed, header("ttl", tuple(prefixes.items())), lambda key: _subject(key, table, mine.get(key, []), prefixes))


def splice_trig(
    path: str | Path, old: Path, index: bytes, changed: set[bytes], table: list[bytes], rows: Iterable[Row], cooc: bytes, prefixes: dict[str, str]
) -> bytes:
    """kg.trig as `write_trig` writes it (and its index), from the previous file `old` and its
    `index`, as `splice_ttl` does kg.ttl: the units in `changed` (default-graph subjects by
    `default_key`, named graphs by key) serialized again from the table records `table` and
    the named graphs' `rows` (`Spool.trig_rows_of`), the others copied. The pages must have
    no default-graph row (`write_trig` merges them with the table)."""
    mine = _by_key(rows)

    def render(key: bytes) -> bytes:
        if key.startswith(_SEP):
            lo = bisect.bisect_left(table, key)
            lines = list(itertools.takewhile(lambda r: r.startswith(key), itertools.islice(table, lo, None)))
            return piece(b"\n".join(lines), "trig", prefixes) if lines else b""
        here = mine.get(key, [])
        if len(here) == 1 and key != cooc:
            return here[0][3]
        return _one_graph([piece(b"\n".join(run), "trig", prefixes) for run in _runs(here, prefixes)])

    return splice(path, old, index, changed, header("trig", tuple(prefixes.items())), render)


def _runs(rows: list[Row], prefixes: dict[str, str]) -> Iterator[list[bytes]]:
    union = SortedLines()
    try:
        for r in rows:
            union.add((block_records(r[0], r[3], prefixes) if r[3] and not r[2] else r[2]).split(b"\n"))
        yield from cut(union)
    finally:
        union.close()


def _one_graph(pieces: list[bytes]) -> bytes:
    """The pieces of one named graph joined as `Joined` joins them: left open by each but the
    last (its closing "}" dropped), not reopened by each but the first (its opening line dropped)."""
    last = len(pieces) - 1
    return b"".join(p[(p.find(b" {\n") + 3 if i else 0) : (len(p) if i == last else -2)] for i, p in enumerate(pieces))


def _by_key(rows: Iterable[Row]) -> dict[bytes, list[Row]]:
    mine: dict[bytes, list[Row]] = {}
    for r in rows:
        mine.setdefault(r[0], []).append(r)
    return mine


def _subject(key: bytes, table: list[bytes], rows: list[Row], prefixes: dict[str, str]) -> bytes:
    """One subject's block, as `write_ttl` serializes it: its one page's block, or its lines in
    the table records and in the rows' blocks serialized together (b"": the subject is gone)."""
    prefix = _SEP + key  # the default graph's records of the subject (the table's graph key is b"")
    lo = bisect.bisect_left(table, prefix)
    lines = list(itertools.takewhile(lambda r: r.startswith(prefix), itertools.islice(table, lo, None)))
    if len(rows) == 1 and not lines:
        return rows[0][3]
    if not rows and not lines:
        return b""
    run = sorted({r[1:] for r in lines}.union(block_lines([r[3] for r in rows], prefixes)))
    return piece(b"\n".join(run), "ttl", prefixes)
