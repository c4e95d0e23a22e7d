"""kg.trig and kg.ttl assembled from blocks serialized page by page, so that an update
serializes again only the pages it changed.

When a page is saved, each of its named graphs is serialized as a TriG block (`<g> {` … `}`)
and each subject of its triples (co-occurrence left out) as a Turtle block; the spool keeps
the blocks with their lines (`Spool.put_blocks`), ordered by the graph's key and the subject's
N-Triples term, which is the order of the files' sorted lines. Oxigraph's serializers stream
and nothing carries from one graph or one subject to the next (see kg.fragments), so the files
are the @prefix lines and the blocks in that order. A graph or a subject stated by more than
one source (the co-occurrence graph, the default graph, an entity named by the entity table
and by articles, two pages sharing an IRI) is serialized again from the union of its lines,
as one serialization of the whole graph sees it. The files are streamed from the spool:
memory holds the entity table's lines and one graph or subject at a time.
tests/test_update.py checks the bytes against one serialization of the whole graph.
"""
from __future__ import annotations

import heapq
import itertools
import re
from collections.abc import Iterable
from pathlib import Path

from .fragments import SIZE, FragmentError, Joined, cut, graph_piece, piece
from .serialize import SortedLines, graph_of, joined

_SEP = b"\x00"  # a record's graph key, NUL, its N-Triples line (serialize.records)
_SUBJECT_START = re.compile(rb"\n(?!\t)")  # a Turtle line that is not a continuation starts a subject


def subject_key(line: bytes) -> bytes:
    """The sort key of an N-Triples line's subject: its term and the space after it."""
    return line[: line.index(b" ") + 1]


def page_blocks(
    recs: list[bytes], cooc: bytes, prefixes: dict[str, str], groups: dict[bytes, list[bytes]] | None = None
) -> tuple[list[tuple[bytes, bytes, bytes]], list[tuple[bytes, bytes, bytes]]]:
    """A page's sorted records (`serialize.records`) as (TriG rows, Turtle rows): (graph key,
    records, block) per graph and (subject key, N-Triples lines, block) per subject. The
    default and co-occurrence graphs get no block: they are always merged with other sources.
    `groups`: the same records by graph (`serialize.grouped`), when the caller has them."""
    if groups is None:
        groups = {g: [r.partition(_SEP)[2] for r in group] for g, group in itertools.groupby(recs, graph_of)}
    trig = []
    for g in sorted(groups):
        trig.append((g, joined(g, groups[g]), b"" if g in (b"", cooc) else graph_piece(g, groups[g], prefixes)))
    lines = sorted({line for g, ls in groups.items() if g != cooc for line in ls})
    if not lines:
        return trig, []
    subjects = [(s, b"\n".join(group)) for s, group in itertools.groupby(lines, subject_key)]
    blocks = _subject_blocks(piece(b"\n".join(lines), "ttl", prefixes))
    if len(blocks) != len(subjects):
        raise FragmentError(f"{len(subjects)} subjects serialized as {len(blocks)} Turtle blocks")
    return trig, [(s, ls, b) for (s, ls), b in zip(subjects, blocks)]


def _subject_blocks(text: bytes) -> list[bytes]:
    parts = _SUBJECT_START.split(text)
    if parts and parts[-1] == b"":
        parts.pop()
    return [p + b"\n" for p in parts]


Row = tuple[bytes, str, bytes, bytes]  # (graph or subject key, page, lines, block)


def write_trig(path: str | Path, table: list[bytes], rows: Iterable[Row], cooc: bytes, prefixes: dict[str, str]) -> None:
    """kg.trig from the entity table's records (the default graph) and the pages' TriG rows,
    ordered by graph key (`Spool.trig_rows`). A graph of several rows is merged through an
    external sort and serialized in pieces (the co-occurrence graph grows with the corpus)."""
    out = Joined(path, "trig", prefixes)
    try:
        groups = itertools.groupby(rows, lambda r: r[0])
        first = next(groups, None)
        merged = [list(first[1])] if first is not None and first[0] == b"" else []
        _merged(out, "trig", prefixes, table, merged)
        for g, group in itertools.chain([first] if first and not merged else [], groups):
            here = list(group)
            if len(here) == 1 and g != cooc:
                out.add(here[0][3], g, g)
            else:
                _merged(out, "trig", prefixes, [], [here])
    finally:
        out.close()


def _merged(out: Joined, fmt: str, prefixes: dict[str, str], lines: list[bytes], groups: list[list[Row]]) -> None:
    """The union of `lines` and the rows' lines, sorted once each (bounded memory), serialized in pieces."""
    union = SortedLines()
    try:
        union.add(lines)
        for here in groups:
            for r in here:
                union.add(r[2].split(b"\n"))
        key = graph_of if fmt == "trig" else (lambda _: b"")
        for run in cut(union):
            out.add(piece(b"\n".join(run), fmt, prefixes), key(run[0]), key(run[-1]))
    finally:
        union.close()


def write_ttl(path: str | Path, table: list[bytes], rows: Iterable[Row], prefixes: dict[str, str]) -> None:
    """kg.ttl from the entity table's records and the pages' Turtle rows, ordered by subject
    (`Spool.ttl_rows`): a subject of one page alone is its block; the others (and runs of
    them, up to SIZE lines) are serialized again from the union of their lines."""
    table_lines = sorted({r.partition(_SEP)[2] for r in table})
    mine = ((s, "", b"\n".join(g), b"") for s, g in itertools.groupby(table_lines, subject_key))
    out = Joined(path, "ttl", prefixes)
    pending: list[bytes] = []

    def flush() -> None:
        if pending:
            out.add(piece(b"\n".join(pending), "ttl", prefixes), b"", b"")
            pending.clear()

    try:
        for _, group in itertools.groupby(heapq.merge(mine, rows, key=lambda r: r[0]), lambda r: r[0]):
            here = list(group)
            if len(here) == 1 and here[0][1]:
                flush()
                out.add(here[0][3], b"", b"")
            else:
                pending.extend(sorted({x for r in here for x in r[2].split(b"\n")}))
                if len(pending) >= SIZE:
                    flush()
        flush()
    finally:
        out.close()
