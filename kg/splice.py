"""A file rewritten from the previous one: the units an update left as they were copied, the
others rendered again (`kg.blocks.splice_ttl`, `splice_trig`).

A file of kg.blocks is its @prefix lines, then units (a subject's block, a named graph) in
the order of their keys, each the same bytes whatever is beside it. `Index` keeps each unit's
key and length, in order, so that the next update can copy the bytes of the units it did not
change from the previous file (`splice`) instead of serializing them again.
"""
from __future__ import annotations

import itertools
import shutil
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO


class Index:
    """A file's units (subjects, graphs), each with the length of its bytes, in the file's
    order: kept compressed as it is written (memory grows by ~10 bytes a unit, not ~150: a
    corpus has millions), read back as a stream of runs of lines (`runs`)."""

    RUN = 256  # lines of a run: `splice` copies a run that holds no changed unit as it is

    def __init__(self) -> None:
        self._z = zlib.compressobj(1)
        self._parts: list[bytes] = []
        self._lines: list[bytes] = []
        self.blob: bytes | None = None

    def add(self, key: bytes, n: int) -> None:
        self._lines.append(b"%s\t%d\n" % (key, n))
        if len(self._lines) >= 4096:
            self._flush()

    def add_lines(self, lines: list[bytes]) -> None:
        """Entries as `runs` gives them (lines without their newline)."""
        self._flush()
        self._parts.append(self._z.compress(b"\n".join(lines) + b"\n"))

    def _flush(self) -> None:
        if self._lines:
            self._parts.append(self._z.compress(b"".join(self._lines)))
            self._lines = []

    def done(self) -> bytes:
        """The index as bytes (zlib: key, tab, length, newline)."""
        if self.blob is None:
            self._flush()
            self._parts.append(self._z.flush())
            self.blob, self._parts = b"".join(self._parts), []
        return self.blob

    @classmethod
    def runs(cls, blob: bytes) -> Iterator[list[bytes]]:
        """The entries of `blob` as lines (key, tab, length), RUN at a time."""
        z, rest = zlib.decompressobj(), b""
        pieces = (z.decompress(blob[i : i + (1 << 16)]) for i in range(0, len(blob), 1 << 16))
        for data in itertools.chain(pieces, [z.flush()]):
            lines = (rest + data).split(b"\n")
            rest = lines.pop()  # every entry ends with a newline: the start of the next piece's first line
            for j in range(0, len(lines), cls.RUN):
                yield lines[j : j + cls.RUN]

    @classmethod
    def entries(cls, blob: bytes) -> Iterator[tuple[bytes, int]]:
        for run in cls.runs(blob):
            for line in run:
                key, _, n = line.rpartition(b"\t")
                yield key, int(n)


def splice(path: str | Path, old: Path, index: bytes, changed: set[bytes], head: bytes, render: Callable[[bytes], bytes]) -> bytes:
    """A file of units in key order (`Index`), copied from `old` but for the units in `changed`,
    rendered again (b"": gone); returns its index."""
    out = Index()
    with open(old, "rb") as src, open(path, "wb") as dst:
        dst.write(head)
        at = start = end = len(head)  # the old file's offset; the range of it to copy next

        def copy() -> None:
            if end > start:
                src.seek(start)
                shutil.copyfileobj(_Range(src, end - start), dst)

        def fresh(key: bytes) -> None:
            data = render(key)
            if data:
                dst.write(data)
                out.add(key, len(data))

        added = iter(sorted(changed))
        following = next(added, None)
        for run in Index.runs(index):
            if following is None or following > run[-1].rpartition(b"\t")[0]:  # no changed unit in the run, none to add before it
                n = sum(int(line.rpartition(b"\t")[2]) for line in run)
                end, at = end + n, at + n
                out.add_lines(run)
                continue
            for key, n in _entries(run):
                while following is not None and following < key:
                    copy()
                    start = end = at
                    fresh(following)
                    following = next(added, None)
                if following == key:
                    following = next(added, None)
                if key in changed:
                    copy()
                    start = end = at + n
                    fresh(key)
                else:
                    end += n
                    out.add(key, n)
                at += n
        copy()
        for key in itertools.chain([following] if following is not None else [], added):
            fresh(key)
        if dst.tell() == len(head):
            dst.truncate(0)  # no unit: an empty file, as Joined leaves it
    return out.done()


def _entries(run: list[bytes]) -> Iterator[tuple[bytes, int]]:
    for line in run:
        key, _, n = line.rpartition(b"\t")
        yield key, int(n)


class _Range:
    """The next `n` bytes of a file, read in pieces (shutil.copyfileobj)."""

    def __init__(self, f: BinaryIO, n: int) -> None:
        self.f, self.n = f, n

    def read(self, size: int = -1) -> bytes:
        data = self.f.read(self.n if size < 0 else min(size, self.n))
        self.n -= len(data)
        return data
