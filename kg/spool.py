"""The spool: each page's results on disk, so that a build keeps only the entity table in memory.

A build processes pages (a text file's articles, a JSONL record's) one at a time and puts
each page's results here: its documents (without their text), its facts and the entity
keys its articles mention, all with the keys the linker gave them before alias merging,
and its contribution to the entity table (the entities, aliases and reasons its page
added). Alias merging runs once over the table at the end; the store and the files are
then written by streaming the spool through the merge's key remapping.

The spool is kept beside the graph (`DIR/spool`, one SQLite file): an update re-processes
only the pages whose digest changed and rebuilds the table from the stored contributions,
which gives the same graph as a full build of the same inputs.

Rows are pickled: keys are the linker's opaque values, and the spool is only read by the
kg that wrote it (the stamp says which; see `Spool.stamp`).
"""
from __future__ import annotations

import contextlib
import dataclasses
import operator
import pickle
import shutil
import sqlite3
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import StoreError
from .ingest import Page
from .types import Document, Entity, Fact

FILE = "spool"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pages (
    key TEXT PRIMARY KEY,         -- the page's name across builds (ingest.Page.key)
    seq INTEGER NOT NULL,         -- input order
    digest TEXT NOT NULL,         -- ingest.Page.digest: unchanged pages are not processed again
    chars INTEGER NOT NULL,
    table_part BLOB NOT NULL,     -- pickled EntityPart
    results BLOB NOT NULL         -- pickled list[DocOut]
);
CREATE INDEX IF NOT EXISTS pages_seq ON pages (seq);
CREATE TABLE IF NOT EXISTS rendered (
    key TEXT PRIMARY KEY,         -- the page (pages.key) whose quads these are, in the saved graph
    digest TEXT NOT NULL,         -- the page's digest then: a page processed since is stale
    keys BLOB NOT NULL,           -- pickled: the entity keys its results name (before merging)
    graphs BLOB NOT NULL,         -- pickled: the named graphs its quads are in
    counts BLOB NOT NULL,         -- pickled: (articles, Counter of relations) after merging
    records BLOB NOT NULL         -- empty: its quads are kept once, serialized by graph and subject, in trig_blocks and ttl_blocks
);
CREATE TABLE IF NOT EXISTS saved (name TEXT PRIMARY KEY, value BLOB NOT NULL);  -- the saved graph's merge and table
CREATE TABLE IF NOT EXISTS inputs (  -- the bytes each page was read from (ingest.Memo): an update skips decoding them
    fingerprint BLOB PRIMARY KEY, page TEXT NOT NULL, digest TEXT NOT NULL, ids BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS trig_blocks (  -- kg.blocks: each rendered page's graphs, serialized (records: only
    graph BLOB NOT NULL, page TEXT NOT NULL, records BLOB NOT NULL, block BLOB NOT NULL,  -- of a graph without a block)
    PRIMARY KEY (graph, page));
CREATE INDEX IF NOT EXISTS trig_blocks_page ON trig_blocks (page);
CREATE TABLE IF NOT EXISTS ttl_blocks (  -- kg.blocks: each rendered page's subjects, serialized (lines: empty,
    subject BLOB NOT NULL, page TEXT NOT NULL, lines BLOB NOT NULL, block BLOB NOT NULL,  -- read from the block)
    PRIMARY KEY (subject, page));
CREATE INDEX IF NOT EXISTS ttl_blocks_page ON ttl_blocks (page);
CREATE TABLE IF NOT EXISTS viz_parts (  -- kg.viz.data.Part of each rendered page: graph.html without reading the store
    page TEXT PRIMARY KEY, part BLOB NOT NULL);
"""


@dataclass
class DocOut:
    """What the graph keeps of one article: its metadata, the keys it mentions, its region, its facts."""

    doc: Document  # text emptied: the graph keeps evidence sentences, not whole texts
    mentions: list[Any]
    region: Any
    facts: list[Fact]


@dataclass
class EntityPart:
    """A page's contribution to the entity table (see `Linker.absorb`)."""

    entities: dict[Any, Entity] = field(default_factory=dict)
    aliases: dict[Any, set[str]] = field(default_factory=dict)
    why: dict[Any, list[str]] = field(default_factory=dict)


class Spool:
    """Page results in one SQLite file (`path`), or in memory (`path` None)."""

    def __init__(self, path: str | Path | None = None, synced: bool = True) -> None:
        """`synced` False: SQLite does not fsync the file at each commit (a spool in a build's staging
        folder: it is dropped unless the build commits, and `Output.commit` fsyncs it before then;
        creating its tables alone made ~44 fsyncs, 0.03-0.25 s of a build's serial start)."""
        self.path = Path(path) if path is not None else None
        try:
            self.db = sqlite3.connect(str(path) if path is not None else ":memory:")
            if not synced:
                self.db.execute("PRAGMA synchronous = OFF")
            self.db.executescript(_SCHEMA)
        except sqlite3.DatabaseError as e:
            raise StoreError(f"cannot read the spool {path}: {e}; rebuild the graph from all its inputs (kg build PATHS --out DIR)") from e
        self._seq = self.db.execute("SELECT COALESCE(MAX(seq), -1) + 1 FROM pages").fetchone()[0]
        self._pack = Packer()

    def close(self) -> None:
        self.db.commit()
        self.db.close()

    # ------------------------------------------------------------ stamp

    def stamp(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT name, value FROM meta").fetchall())

    def set_stamp(self, values: dict[str, str]) -> None:
        self.db.execute("DELETE FROM meta")
        self.db.executemany("INSERT INTO meta VALUES (?, ?)", sorted(values.items()))

    # ------------------------------------------------------------ pages

    def put(self, key: str, digest: str, chars: int, part: EntityPart, results: list[DocOut]) -> None:
        """Store (or replace) a page's results; a replaced page keeps its place in the order."""
        self.put_encoded(key, digest, chars, *encode(part, results))

    def put_encoded(self, key: str, digest: str, chars: int, part: bytes, results: bytes) -> None:
        """`put`, with the part and results already encoded (`encode`: where the page was processed)."""
        blobs = (part, results)
        row = self.db.execute("SELECT seq FROM pages WHERE key = ?", (key,)).fetchone()
        seq = row[0] if row else self._seq
        self._seq += 0 if row else 1
        self.db.execute("INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?, ?, ?)", (key, seq, digest, chars, *blobs))

    def recall(self, fingerprint: bytes) -> tuple[str, str, list[str]] | None:
        """`ingest.Memo`: the page read from these bytes, if the spool holds it with the digest it had then."""
        row = self.db.execute(
            "SELECT i.page, i.digest, i.ids FROM inputs i JOIN pages p ON p.key = i.page AND p.digest = i.digest WHERE i.fingerprint = ?",
            (fingerprint,),
        ).fetchone()
        return None if row is None else (row[0], row[1], pickle.loads(row[2]))

    def remember(self, fingerprint: bytes, page: Page) -> None:
        """`ingest.Memo`: the page these bytes gave."""
        ids = _dumps([d.id for d in page.docs])
        self.db.execute("INSERT OR REPLACE INTO inputs VALUES (?, ?, ?, ?)", (fingerprint, page.key, page.digest, ids))

    def digests(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT key, digest FROM pages").fetchall())

    def keyed_results(self) -> Iterator[tuple[str, str, list[DocOut]]]:
        """(key, digest, articles) of every page, in input order, one page in memory at a time."""
        for key, digest, blob in self.db.execute("SELECT key, digest, results FROM pages ORDER BY seq"):
            yield key, digest, decode_results(blob)

    def page_results(self, key: str) -> list[DocOut]:
        (blob,) = self.db.execute("SELECT results FROM pages WHERE key = ?", (key,)).fetchone()
        return decode_results(blob)

    def drop(self, keys: Iterable[str]) -> int:
        cur = self.db.executemany("DELETE FROM pages WHERE key = ?", ((k,) for k in keys))
        return cur.rowcount

    def __len__(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM pages").fetchone()[0])

    def chars(self) -> int:
        return int(self.db.execute("SELECT COALESCE(SUM(chars), 0) FROM pages").fetchone()[0])

    def parts(self) -> Iterator[EntityPart]:
        """Every page's contribution to the entity table, in input order."""
        for (blob,) in self.db.execute("SELECT table_part FROM pages ORDER BY seq"):
            yield _unpack_part(pickle.loads(blob))

    def keyed_encoded(self) -> Iterator[tuple[str, str, int, bytes]]:
        """(key, digest, characters, results as `encode` made them) of every page, in input order."""
        yield from self.db.execute("SELECT key, digest, chars, results FROM pages ORDER BY seq")

    def results(self) -> Iterator[list[DocOut]]:
        """Every page's articles, in input order, one page in memory at a time."""
        for (blob,) in self.db.execute("SELECT results FROM pages ORDER BY seq"):
            yield decode_results(blob)

    # ------------------------------------------------------------ the saved graph, page by page
    # What the last save wrote of each page, so that an update rewrites only the pages whose
    # quads changed (kg.store.patch): their records, the keys and graphs they depend on.

    def put_rendered(self, page: Rendered) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO rendered VALUES (?, ?, ?, ?, ?, ?)",
            (page.key, page.digest, page.keys, _dumps(page.graphs), _dumps(page.counts), b""),
        )

    def rendered_state(self) -> dict[str, tuple[str, bytes]]:
        """page key -> (digest, pickled keys) of every rendered page."""
        return {k: (d, keys) for k, d, keys in self.db.execute("SELECT key, digest, keys FROM rendered")}

    def rendered_graphs(self) -> Iterator[tuple[str, set[str]]]:
        for key, graphs in self.db.execute("SELECT key, graphs FROM rendered"):
            yield key, pickle.loads(graphs)

    def page_records(self, key: str, graph: bytes) -> list[bytes]:
        """The records a rendered page has in one graph (its key: serialize.graph_of)."""
        row = self.db.execute("SELECT records FROM trig_blocks WHERE page = ? AND graph = ?", (key, graph)).fetchone()
        return _records(row[0]) if row else []

    def rendered_counts(self) -> Iterator[tuple[int, Counter[str]]]:
        for (blob,) in self.db.execute("SELECT counts FROM rendered"):
            yield pickle.loads(blob)

    def forget_rendered(self, keys: Iterable[str] | None = None) -> None:
        """Forget what was saved of `keys` (of every page: None)."""
        if keys is None:
            for table in ("rendered", "saved", "trig_blocks", "ttl_blocks", "viz_parts"):
                self.db.execute(f"DELETE FROM {table}")
        else:
            keys = list(keys)
            self.db.executemany("DELETE FROM rendered WHERE key = ?", ((k,) for k in keys))
            self.db.executemany("DELETE FROM trig_blocks WHERE page = ?", ((k,) for k in keys))
            self.db.executemany("DELETE FROM ttl_blocks WHERE page = ?", ((k,) for k in keys))
            self.db.executemany("DELETE FROM viz_parts WHERE page = ?", ((k,) for k in keys))

    def put_blocks(self, key: str, trig: list[tuple[bytes, bytes, bytes]], ttl: list[tuple[bytes, bytes, bytes]], packed: bool = False) -> None:
        """A rendered page's serialized graphs and subjects (`kg.blocks.page_blocks`). The lines
        are kept only where there is no block to read them from (`kg.blocks.block_lines`): the
        default and co-occurrence graphs' records, compressed (full IRIs shrink ~8x; `packed`: the
        TriG rows' records are compressed already, by a `Packer` where the page was rendered).
        Compressing every line cost ~10 % of a build (kept before 2026-12-04)."""
        z = (lambda r: r) if packed else self._pack
        self.db.executemany("INSERT INTO trig_blocks VALUES (?, ?, ?, ?)", ((g, key, b"" if b else z(r), b) for g, r, b in trig))
        self.db.executemany("INSERT INTO ttl_blocks VALUES (?, ?, ?, ?)", ((s, key, b"", b) for s, _, b in ttl))

    @contextlib.contextmanager
    def bulk_blocks(self) -> Iterator[None]:
        """Blocks put by a full save: the tables' page indexes dropped meanwhile and built once
        after (a sort; kept up to date row by row they cost ~20 % of the inserts). A save that fails
        leaves them out of a spool its staging folder drops (a spool opened again has them: _SCHEMA)."""
        for table in ("trig_blocks", "ttl_blocks"):
            self.db.execute(f"DROP INDEX IF EXISTS {table}_page")
        yield
        for table in ("trig_blocks", "ttl_blocks"):
            self.db.execute(f"CREATE INDEX IF NOT EXISTS {table}_page ON {table} (page)")

    def put_viz(self, key: str, part: bytes) -> None:
        """What graph.html needs of a rendered page's quads (`kg.viz.data.Part.frozen`), pickled (`pickled`)."""
        self.db.execute("INSERT OR REPLACE INTO viz_parts VALUES (?, ?)", (key, part))

    def viz_parts(self) -> list[Any] | None:
        """Every rendered page's `put_viz` part; None when a rendered page has none."""
        parts = [pickle.loads(blob) for (blob,) in self.db.execute("SELECT part FROM viz_parts")]
        n = self.db.execute("SELECT COUNT(*) FROM rendered").fetchone()[0]
        return parts if len(parts) == n else None

    def trig_rows(self) -> Iterator[tuple[bytes, str, bytes, bytes]]:
        """(graph key, page, records, block) of every rendered page, by graph key (kg.trig's order);
        the records are empty where there is a block (`kg.blocks.block_records`)."""
        for g, page, recs, block in self.db.execute("SELECT graph, page, records, block FROM trig_blocks ORDER BY graph, page"):
            yield g, page, _unpack(recs) if recs else b"", block

    def graph_records(self, graph: bytes) -> set[bytes]:
        """The records of one graph (its key: serialize.graph_of) over every rendered page."""
        return {x for (blob,) in self.db.execute("SELECT records FROM trig_blocks WHERE graph = ?", (graph,)) for x in _unpack(blob).split(b"\n")}

    def ttl_rows(self) -> Iterator[tuple[bytes, str, bytes, bytes]]:
        """(subject key, page, b"", block) of every rendered page, by subject (kg.ttl's order): the
        lines are read from the block where needed (`kg.blocks.block_lines`)."""
        for subject, page, block in self.db.execute("SELECT subject, page, block FROM ttl_blocks ORDER BY subject, page"):
            yield subject, page, b"", block

    def ttl_subjects(self, pages: Iterable[str]) -> set[bytes]:
        """The subjects (keys of `ttl_rows`) that rendered `pages` have."""
        keys = list(pages)
        return {s for i in range(0, len(keys), 500) for (s,) in self.db.execute(
            f"SELECT subject FROM ttl_blocks WHERE page IN ({','.join('?' * len(keys[i : i + 500]))})", keys[i : i + 500])}

    def ttl_rows_of(self, subjects: Iterable[bytes]) -> Iterator[tuple[bytes, str, bytes, bytes]]:
        """`ttl_rows` of these subjects only (by subject, in no order)."""
        keys = list(subjects)
        for i in range(0, len(keys), 500):
            part = keys[i : i + 500]
            for subject, page, block in self.db.execute(f"SELECT subject, page, block FROM ttl_blocks WHERE subject IN ({','.join('?' * len(part))}) ORDER BY subject, page", part):
                yield subject, page, b"", block

    def trig_rows_of(self, graphs: Iterable[bytes]) -> Iterator[tuple[bytes, str, bytes, bytes]]:
        """`trig_rows` of these graphs only (by graph, in no order)."""
        keys = list(graphs)
        for i in range(0, len(keys), 500):
            part = keys[i : i + 500]
            for g, page, recs, block in self.db.execute(f"SELECT graph, page, records, block FROM trig_blocks WHERE graph IN ({','.join('?' * len(part))}) ORDER BY graph, page", part):
                yield g, page, _unpack(recs) if recs else b"", block

    def has_graph_rows(self, graph: bytes) -> bool:
        """Whether a rendered page has quads in `graph` (its key: serialize.graph_of)."""
        return self.db.execute("SELECT 1 FROM trig_blocks WHERE graph = ? LIMIT 1", (graph,)).fetchone() is not None

    def saved(self, name: str) -> Any:
        row = self.db.execute("SELECT value FROM saved WHERE name = ?", (name,)).fetchone()
        return None if row is None else pickle.loads(zlib.decompress(row[0]))

    def has_saved(self, name: str) -> bool:
        return self.db.execute("SELECT 1 FROM saved WHERE name = ?", (name,)).fetchone() is not None

    def set_saved(self, name: str, value: object) -> None:
        self.db.execute("INSERT OR REPLACE INTO saved VALUES (?, ?)", (name, zlib.compress(_dumps(value), 1)))

    def copy_to(self, path: str | Path, synced: bool = True) -> Spool:
        """A copy of this spool at `path` (the next build's, in its staging folder): the file's
        bytes when it is committed and has no journal beside it (a kernel copy, no CPU to speak
        of), else through SQLite's backup; opened `synced` or not (`Spool`)."""
        self.db.commit()
        journal = self.path is not None and any(Path(f"{self.path}{x}").exists() for x in ("-journal", "-wal"))
        if self.path is not None and not journal and not self.db.in_transaction:
            shutil.copyfile(self.path, path)
            return Spool(path, synced)
        dest = sqlite3.connect(str(path))
        with dest:
            self.db.backup(dest)
        dest.close()
        return Spool(path, synced)


@dataclass
class Rendered:
    """What a save wrote of one page (see `Spool.put_rendered`)."""

    key: str
    digest: str
    keys: bytes  # the entity keys named by its results before merging, pickled (where the page is rendered): a merge that moves one changes its quads
    graphs: set[str]  # the named graphs (records' graph keys) its quads are in
    counts: tuple[int, Counter[str]]  # its articles, and its relations by predicate, after merging


def page_counts(page: list[DocOut]) -> tuple[int, Counter[str]]:
    """A merged page's articles, and its relations by predicate (co-occurrence left out)."""
    return len(page), Counter(f.predicate for d in page for f in d.facts if f.predicate != "coOccursWith")


def _records(blob: bytes) -> list[bytes]:
    data = _unpack(blob)
    return data.split(b"\n") if data else []


class Packer:
    """Blobs compressed by one zlib compressor (raw deflate), each ended by a full flush so that
    it decompresses alone (`_unpack`): a page keeps hundreds of small blobs, and `zlib.compress`
    sets a compressor up for each (~0.1 ms, most of `put_blocks`' time)."""

    def __init__(self) -> None:
        self._z = zlib.compressobj(1, zlib.DEFLATED, -15)

    def __call__(self, data: bytes) -> bytes:
        return self._z.compress(data) + self._z.flush(zlib.Z_FULL_FLUSH)


def _unpack(blob: bytes) -> bytes:
    """A `Packer` blob's bytes."""
    return zlib.decompressobj(-15).decompress(blob)


# Frozen dataclasses with slots unpickle slowly (dataclasses' __setstate__ walks fields() per
# object: half the time of a 1M-character build's save); rows hold their field values instead.
_FACT_FIELDS = operator.attrgetter(*(f.name for f in dataclasses.fields(Fact)))
_ENTITY_FIELDS = operator.attrgetter(*(f.name for f in dataclasses.fields(Entity)))


def _dumps(value: object) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


pickled = _dumps  # a value as the spool pickles it (`Spool.put_viz`, where the page is rendered)


def _pack_doc(d: DocOut) -> tuple[Any, ...]:
    return (d.doc, d.mentions, d.region, [_FACT_FIELDS(f) for f in d.facts])


def _unpack_doc(row: tuple[Any, ...]) -> DocOut:
    doc, mentions, region, facts = row
    return DocOut(doc, mentions, region, [Fact(*f) for f in facts])


def _pack_part(p: EntityPart) -> tuple[Any, ...]:
    return ({k: _ENTITY_FIELDS(e) for k, e in p.entities.items()}, p.aliases, p.why)


def _unpack_part(row: tuple[Any, ...]) -> EntityPart:
    entities, aliases, why = row
    return EntityPart({k: Entity(*e) for k, e in entities.items()}, aliases, why)


def encode(part: EntityPart, results: list[DocOut]) -> tuple[bytes, bytes]:
    """A page's table part and results as the spool stores them (anywhere: a backfill's workers
    encode the pages they processed)."""
    return _dumps(_pack_part(part)), _dumps([_pack_doc(d) for d in results])


def decode_results(blob: bytes) -> list[DocOut]:
    """A page's results from their stored form (`encode`)."""
    return [_unpack_doc(row) for row in pickle.loads(blob)]
