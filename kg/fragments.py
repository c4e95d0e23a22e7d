"""kg.trig and kg.ttl serialized in pieces (on a backfill's workers) and joined into the bytes of one serialization.

The sorted lines of the graph's files (`serialize.GraphLines`: records for kg.trig, N-Triples
lines for kg.ttl) are cut where a subject ends (`cut`); each piece is serialized alone
(`piece`, anywhere: `kg.backfill` runs it on the Dask workers), and `write` joins the pieces.
Oxigraph's TriG and Turtle serializers stream: a subject's triples are grouped with `;` and `,`
and a named graph's inside `<g> {` … `}`, and nothing else carries from one subject to the next.
So a piece serializes as the whole would at that point except for two things, which `write`
undoes: every piece repeats the @prefix lines (kept once, at the top), and a named graph cut
between two pieces is closed by the first and reopened by the second (both dropped).
tests/test_fragments.py checks the joined bytes against one serialization, cut everywhere.
"""
from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from .errors import KGError

SIZE = 20_000  # lines per piece: ~0.05 s of a worker's time, ~2 MB to move
FORMATS = {"trig": ox.RdfFormat.TRIG, "ttl": ox.RdfFormat.TURTLE}  # by name: a piece's task is sent to the workers pickled
_SEP = b"\x00"  # between a record's graph key and its line (serialize.records)


class FragmentError(KGError):
    """A piece's serialization did not have the shape `write` relies on (another Oxigraph?)."""


def nquad(record: bytes) -> bytes:
    """A record (`serialize.records`: graph key, NUL, N-Triples line) as an N-Quads line."""
    key, _, line = record.partition(_SEP)
    return line + b"\n" if not key else line[:-2] + b" " + key + b" .\n"


def graph_of(record: bytes) -> bytes:
    """The graph key of a record (b"" for the default graph)."""
    return record.partition(_SEP)[0]


def cut(lines: Iterable[bytes], size: int | None = None) -> Iterator[list[bytes]]:
    """Sorted records or N-Triples lines in runs of about `size` (default SIZE), each ending where
    a subject (in its graph) ends: the text before a line's first space is the graph key and the
    subject. Runs are taken `size` lines at a time (islice: the client does not look at each line)."""
    size = size or SIZE
    it = iter(lines)
    run = list(itertools.islice(it, size))
    while run:
        head = run[-1][: run[-1].index(b" ")]
        for line in it:
            if not line.startswith(head) or line[len(head) : len(head) + 1] != b" ":
                yield run
                run = [line]
                break
            run.append(line)
        else:
            yield run
            return
        run.extend(itertools.islice(it, size - 1))


def piece(blob: bytes, fmt: str, prefixes: dict[str, str]) -> bytes:
    """A run of `cut` (its lines joined by newlines) in `fmt` ("trig" from records, "ttl" from
    N-Triples lines), without the @prefix lines."""
    if fmt == "trig":
        data, src = b"".join(nquad(r) for r in blob.split(b"\n")), ox.RdfFormat.N_QUADS
    else:
        data, src = blob + b"\n", ox.RdfFormat.N_TRIPLES
    out = ox.serialize(ox.parse(data, format=src), None, FORMATS[fmt], prefixes=prefixes) or b""
    head = header(fmt, tuple(prefixes.items()))
    if not out.startswith(head):
        raise FragmentError(f"a piece of {fmt} does not begin with the @prefix lines {head[:80]!r}…: {out[:80]!r}")
    return out[len(head) :]


@functools.lru_cache(maxsize=8)
def header(fmt: str, prefixes: tuple[tuple[str, str], ...]) -> bytes:
    """The @prefix lines the serializer writes before the first triple."""
    s, p, o = (ox.NamedNode(f"urn:kg-fragments:{x}") for x in "spo")
    out = ox.serialize([ox.Quad(s, p, o)], None, FORMATS[fmt], prefixes=dict(prefixes)) or b""
    return out[: out.index(b"<urn:kg-fragments:s>")]


class Joined:
    """A file written from its pieces (`piece`), added in order with the graph keys of each one's
    first and last line (b"" for kg.ttl): the @prefix lines once, and a named graph cut between
    two pieces left open by the first and not reopened by the second."""

    def __init__(self, path: str | Path, fmt: str, prefixes: dict[str, str]) -> None:
        self.fmt = fmt
        self.head = header(fmt, tuple(prefixes.items()))
        self.file = open(path, "wb")  # closed by close()
        self.held: bytes | None = None  # the previous piece, written once the next one shows whether its last graph goes on
        self.last = b""

    def add(self, data: bytes, first: bytes, last: bytes) -> None:
        if self.held is None:
            self.file.write(self.head if data else b"")
        elif self.last and self.last == first:
            self.held, data = _unclosed(self.held), _unopened(data)
        if self.held is not None:
            self.file.write(self.held)
        self.held, self.last = data, last

    def close(self) -> None:
        if self.held is not None:
            self.file.write(self.held)
            self.held = None
        self.file.close()


def write(path: str | Path, fmt: str, prefixes: dict[str, str], pieces: Iterable[tuple[bytes, bytes, bytes]]) -> None:
    """`path` from its pieces, in order (`Joined`)."""
    joined = Joined(path, fmt, prefixes)
    try:
        for data, first, last in pieces:
            joined.add(data, first, last)
    finally:
        joined.close()


def _unclosed(data: bytes) -> bytes:
    if not data.endswith(b"}\n"):
        raise FragmentError(f"a piece of TriG that ends inside a named graph does not end with '}}': {data[-80:]!r}")
    return data[:-2]


def _unopened(data: bytes) -> bytes:
    end = data.find(b" {\n")
    if end < 0 or b"\n" in data[:end]:
        raise FragmentError(f"a piece of TriG that begins inside a named graph does not open it on its first line: {data[:80]!r}")
    return data[end + 3 :]
