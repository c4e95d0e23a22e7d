"""Read files into Documents: decode, split into pages and articles, check records.

A text file is one page (its articles cut by `kg.layout`); a JSONL line is one record
(one page). Files and records that cannot be read are reported and skipped.
"""
from __future__ import annotations

import codecs
import datetime
import glob
import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import astuple, dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any, Protocol

from .errors import DecodeError, InputError
from .layout import infer_year, split_articles, unwrap  # split_articles, unwrap: re-exported (kg.ingest.unwrap)
from .types import Document, Locale

TEXT_SUFFIXES = (".txt", ".md", ".text")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file that was not read, and why (reported, never silently dropped)."""

    path: str
    reason: str


def decode(data: bytes, name: str = "<bytes>") -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 with a BOM, else GB18030 (a superset of GBK/GB2312).

    GB18030 accepts almost any byte string, so its result is only taken when it reads
    as Chinese text and the bytes are not UTF-8 with a few bad bytes (which GB18030
    would turn into plausible nonsense); anything else raises DecodeError naming the
    file and the first byte that is not UTF-8.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise DecodeError(f"{name}: starts like UTF-16 text but byte {e.start} is not UTF-16; re-save it as UTF-8 and try again") from e
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        bad = e.start + (3 if data.startswith(codecs.BOM_UTF8) else 0)
    line = data.count(b"\n", 0, bad) + 1
    where = f"byte {bad}, line {line}"
    if _mostly_utf8(data):
        raise DecodeError(
            f"{name}: UTF-8 text with bytes that are not UTF-8 (the first at {where}); "
            "repair the file or drop the bad bytes (`iconv -f UTF-8 -t UTF-8 -c`) and try again"
        )
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as e:
        raise DecodeError(
            f"{name}: not UTF-8 (at {where}) and not GB18030/GBK text; "
            "convert it to UTF-8 (e.g. `iconv -f BIG5 -t UTF-8`) and try again"
        ) from e
    if not _looks_like_text(text):
        raise DecodeError(
            f"{name}: not UTF-8 (at {where}) and not plausible GB18030/GBK Chinese text; "
            "is it a binary file? Convert it to UTF-8 text and try again"
        )
    return text


def _mostly_utf8(data: bytes) -> bool:
    """Most non-ASCII bytes form UTF-8 characters (GBK text read as UTF-8 forms almost none)."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    wide = len(text) - len(text.encode("ascii", "ignore")) - bad
    return wide > 4 * bad


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\r\n\t\f")
    cjk = len(_CJK.findall(text))
    ascii_ = sum(1 for c in text if 32 <= ord(c) < 127 or c in "\r\n\t")
    common = cjk + ascii_ + sum(1 for c in text if "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef")
    return controls / len(text) < 0.01 and common / len(text) > 0.9 and cjk > 0


# ---------------------------------------------------------------- files


@dataclass(frozen=True, slots=True)
class Page:
    """A unit of input: the articles of one text file, or of one JSONL record.

    `key` names the unit across builds (the file's path as given under its folder, or
    the record's id): `kg build --update` replaces the unit with the same key. `digest`
    changes whenever anything kg reads from the unit changes.
    """

    key: str
    docs: tuple[Document, ...]
    digest: str


def _digest(docs: Iterable[Document]) -> str:
    fields = [[d.id, d.text, d.source, d.position, d.title, d.date, d.dateline, astuple(d.locale)] for d in docs]
    return hashlib.sha1(json.dumps(fields, ensure_ascii=False).encode("utf-8")).hexdigest()


def expand_paths(paths: Iterable[str | Path], skipped: list[Skipped] | None = None) -> list[tuple[Path, str]]:
    """(file, source name) for the files named by paths, folders (recursively) and glob
    patterns, sorted, each once. The source name is the file's path relative to the
    parent of the argument it was found under, with / separators: `seeds/` and
    `/abs/seeds/` both give `seeds/a.txt`, so names never depend on how a path was typed.

    A path that names nothing is appended to `skipped` (raises InputError without it).
    """
    found: list[tuple[Path, str]] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            named = [f for f in sorted(p.rglob("*")) if f.suffix.lower() in TEXT_SUFFIXES + JSONL_SUFFIXES and not f.is_dir()]
            files = [f for f in named if f.is_file()]
            found.extend((f, _source(f, p)) for f in files)
            for f in named:  # a link whose file is gone is an input that cannot be read, not nothing
                if skipped is not None and f.is_symlink() and not f.exists():
                    skipped.append(Skipped(_source(f, p), f"cannot be read (a link to {os.readlink(f)}, which does not exist)"))
            if not named and skipped is not None:
                skipped.append(Skipped(str(raw), f"the folder holds no {'/'.join(TEXT_SUFFIXES + JSONL_SUFFIXES)} file"))
        elif p.is_file():
            found.append((p, _source(p, p)))
        elif any(ch in str(raw) for ch in "*?["):
            hits = sorted(Path(x) for x in glob.glob(str(raw), recursive=True))
            base = Path(re.split(r"[*?\[]", str(raw), maxsplit=1)[0] + "_").parent  # the folder the pattern walks
            found.extend((h, _source(h, base)) for h in hits if h.is_file())
            if not any(h.is_file() for h in hits):
                _skip(skipped, str(raw), "the pattern matches no file")
        else:
            _skip(skipped, str(raw), "no such file or folder (expected .txt/.md/.jsonl files or folders of them)")
    seen: set[Path] = set()
    unique = []
    for f, source in found:
        r = f.resolve()
        if r not in seen:
            seen.add(r)
            unique.append((f, source))
    return unique


def _source(f: Path, arg: Path) -> str:
    parent = Path(os.path.abspath(arg)).parent
    return Path(os.path.relpath(os.path.abspath(f), parent)).as_posix()


def _skip(skipped: list[Skipped] | None, path: str, reason: str) -> None:
    if skipped is None:
        raise InputError(f"{path}: {reason}")
    skipped.append(Skipped(path, reason))


def read_page(text: str, source: str, *, date: str | None = None, locale: Locale | None = None) -> list[Document]:
    """Turn one page of text into its articles."""
    page = unwrap(text)
    digest = hashlib.sha1(page.encode("utf-8")).hexdigest()[:12]
    year = int(date[:4]) if date else infer_year(page)
    docs = []
    for pos, piece in enumerate(split_articles(page)):
        d = date
        if piece.month and piece.day and year:
            d = f"{year:04d}-{piece.month:02d}-{piece.day:02d}"
        docs.append(
            Document(
                id=f"{digest}-{pos:03d}",
                text=piece.text,
                source=source,
                position=pos,
                title=piece.title,
                date=d,
                dateline=piece.dateline,
                locale=locale or Locale(),
            )
        )
    return docs


def read_jsonl(path: Path, data: str) -> Iterator[Document]:
    """The articles of a JSONL text (raises InputError at the first bad line; `read_pages` skips it)."""
    for page in _jsonl_pages(str(path), iter(data.encode("utf-8").splitlines()), None, {}):
        yield from page.docs


_FIELDS = {"id": (str, int), "title": (str,), "date": (str, int), "source": (str,), "region": (str,), "text": (str,)}


def parse_record(line: bytes | str, where: str) -> dict[str, Any]:
    """One JSON line as a checked record {"text", and optional "id", "title", "date",
    "source", "region"}; InputError (prefixed by `where`) says what is wrong with it.
    A "date" comes back as YYYY-MM-DD."""
    try:
        rec = json.loads(decode(line, where) if isinstance(line, bytes) else line)
    except json.JSONDecodeError as e:
        raise InputError(f"{where}: not JSON ({e.msg} at column {e.colno}); expected one JSON object per line") from e
    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
        raise InputError(f'{where}: expected an object {{"id", "title", "date", "source", "text"}} with a "text" string')
    for k, types in _FIELDS.items():
        v = rec.get(k)
        if v is not None and (not isinstance(v, types) or isinstance(v, bool)):
            want = " or ".join("a string" if t is str else "a number" for t in types)
            raise InputError(f"{where}: \"{k}\" is {json.dumps(v, ensure_ascii=False)[:40]}; expected {want}")
        if isinstance(v, str):
            try:
                v.encode("utf-8")
            except UnicodeEncodeError as e:
                raise InputError(f"{where}: \"{k}\" holds a lone surrogate (\\u{ord(v[e.start]):04x} at character {e.start}), which is not text") from e
    if rec.get("date") not in (None, ""):
        iso = _iso_date(rec["date"])
        if iso is None:
            raise InputError(f"{where}: \"date\" is {json.dumps(rec['date'], ensure_ascii=False)[:40]}; expected YYYY-MM-DD (or YYYYMMDD)")
        rec["date"] = iso
    return rec


class Memo(Protocol):
    """What an update remembers of the inputs it read: a unit's bytes (by a digest of them, its
    source name and its line) -> the page they gave, while the spool holds that page as it was."""

    def recall(self, fingerprint: bytes) -> tuple[str, str, list[str]] | None:
        """(page key, page digest, article ids) of a unit read before, or None."""

    def remember(self, fingerprint: bytes, page: Page) -> None: ...


UNIT_CHARS = 200_000  # a page longer than this (a file holding many pages) is processed as units of whole articles


def units(key: str, docs: list[Document]) -> list[Page]:
    """The articles of one file or record as units of work: one unit (keyed `key`), or, past
    UNIT_CHARS characters, consecutive articles of at most that many (keyed `key#i/n`; an
    article is never cut), so that memory per unit stays bounded and workers share a big file."""
    groups: list[list[Document]] = [[]]
    size = 0
    for d in docs:
        if groups[-1] and size + len(d.text) > UNIT_CHARS:
            groups.append([])
            size = 0
        groups[-1].append(d)
        size += len(d.text)
    if len(groups) == 1:
        return [Page(key, tuple(docs), _digest(docs))]
    return [Page(f"{key}#{i}/{len(groups)}", tuple(g), _digest(g)) for i, g in enumerate(groups, 1)]


def _fingerprint(source: str, where: int, data: bytes, unit: int = 0) -> bytes:
    name = source + (f"#{unit}" if unit else "")  # the first unit's is the whole page's
    return hashlib.sha1(b"%s\x00%d\x00%s" % (name.encode("utf-8"), where, data)).digest()


def _recalled(memo: Memo | None, fp: Callable[[int], bytes], ids: dict[str, str], where: str) -> list[Page] | None:
    """The units read before from the same bytes (`fp(i)` fingerprints the i-th; their docs left
    unread: the spool holds their results), unless one is missing or one of their article ids is
    taken by a unit read earlier in this build."""
    hits: list[tuple[str, str, list[str]]] = []
    count = 1
    while memo is not None and len(hits) < count:
        hit = memo.recall(fp(len(hits)))
        if hit is None:
            return None
        hits.append(hit)
        m = re.search(r"#\d+/(\d+)$", hit[0])
        count = int(m[1]) if m else 1
    if not hits or any(i in ids for h in hits for i in h[2]):
        return None  # read it: the usual checks report the clash
    ids.update((i, where) for h in hits for i in h[2])
    return [Page(key, (), digest) for key, digest, _ in hits]


def _jsonl_pages(name: str, lines: Iterable[bytes], skipped: list[Skipped] | None, ids: dict[str, str], memo: Memo | None = None) -> Iterator[Page]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        known = _recalled(memo, partial(_fingerprint, name, n, line), ids, f"{name}:{n}")
        if known is not None:
            yield from known
            continue
        try:
            rec = parse_record(line, f"{name}:{n}")
            rid = _safe_id(str(rec.get("id") or f"{Path(name).stem}-{n}"))
            if rid in ids:
                raise InputError(f"{name}:{n}: id {rid!r} is taken by {ids[rid]}; ids name articles, so each must be unique (the later record is skipped)")
            docs = list(_record_docs(rec, rid, name))
            if not docs:
                raise InputError(f'{name}:{n}: "text" holds no text')
        except InputError as e:
            _skip(skipped, f"{name}:{n}", str(e).removeprefix(f"{name}:{n}: "))
            continue
        ids[rid] = f"{name}:{n}"
        for i, page in enumerate(units(rid, docs)):
            if memo is not None:
                memo.remember(_fingerprint(name, n, line, i), page)
            yield page


def _record_docs(rec: dict[str, object], rid: str, name: str) -> Iterator[Document]:
    source = str(rec.get("source") or name)
    title = rec.get("title")
    date = rec.get("date")
    for doc in read_page(str(rec["text"]), source, date=str(date) if date else None):
        yield replace(
            doc,
            id=rid + (f"-{doc.position:03d}" if doc.position else ""),
            title=doc.title if doc.position else (str(title) if title else doc.title),
        )


def _iso_date(value: object) -> str | None:
    """YYYY-MM-DD of 2020-08-14, 2020/8/14, 20200814 (a real calendar date), else None."""
    if not value:
        return None
    m = re.match(r"(\d{4})\D?(\d{1,2})\D?(\d{1,2})(?!\d)", str(value))
    try:
        return datetime.date(int(m[1]), int(m[2]), int(m[3])).isoformat() if m else None
    except ValueError:
        return None


def _safe_id(raw: str) -> str:
    return re.sub(r"[^\w.-]", "_", raw)[:80]


def read_pages(paths: Iterable[str | Path], skipped: list[Skipped] | None = None, memo: Memo | None = None) -> Iterator[Page]:
    """Every unit of input (a text file, a JSONL record) in the given files/folders/globs,
    in a stable order, read one at a time.

    Files or records that cannot be read (missing, unreadable, undecodable, empty, bad
    JSON, a duplicate id) are appended to `skipped` and the rest is read; without
    `skipped` the first one raises InputError. Nothing is silently mangled. With `memo`
    (an update), a unit whose bytes it recalls is not decoded again: its page comes back
    with its key and digest and no docs (the spool holds its results).
    """
    ids: dict[str, str] = {}  # article id -> where it was read
    for f, source in expand_paths(paths, skipped):
        try:
            if f.suffix.lower() in JSONL_SUFFIXES:
                with open(f, "rb") as stream:
                    yield from _jsonl_pages(source, stream, skipped, ids, memo)
                continue
            data = f.read_bytes()
            known = _recalled(memo, partial(_fingerprint, source, 0, data), ids, source)
            if known is not None:
                yield from known
                continue
            docs = read_page(decode(data, source), source)
        except OSError as e:
            _skip(skipped, source, f"cannot be read ({e.strerror})")
            continue
        except InputError as e:
            _skip(skipped, source, str(e).removeprefix(f"{source}: "))
            continue
        if not docs:
            _skip(skipped, source, "holds no text (empty, or only blank lines)")
            continue
        if docs[0].id in ids:
            _skip(skipped, source, f"holds the same text as {ids[docs[0].id]} (read once)")
            continue
        ids.update((d.id, source) for d in docs)
        for i, page in enumerate(units(source, docs)):
            if memo is not None:
                memo.remember(_fingerprint(source, 0, data, i), page)
            yield page


def read_documents(paths: Iterable[str | Path], skipped: list[Skipped] | None = None) -> Iterator[Document]:
    """The articles of `read_pages`, one after another."""
    for page in read_pages(paths, skipped):
        yield from page.docs
