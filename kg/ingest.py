"""Read files into Documents: decode, repair newspaper layout, split articles.

Newspaper pages arrive as column text (a line break every ~16 characters, in
the middle of words and names, with stray blank lines) or as one paragraph per
line.  `unwrap` restores paragraphs without splitting any word; `split_articles`
cuts a page at its datelines (本报太原8月14日讯, 本报讯, 新华社…电).
"""
from __future__ import annotations

import glob
import hashlib
import json
import re
import statistics
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import DecodeError, InputError
from .types import Document, Locale

TEXT_SUFFIXES = (".txt", ".md", ".text")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
_TERMINAL = "。！？!?…；;：:"
_CLOSERS = "”’」』）)】》"

_DATELINE = re.compile(
    r"(?:本报(?P<place>[\u4e00-\u9fff]{2,4})?\s*(?:(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日)?\s*(?:电|讯)"
    r"|新华社(?P<xplace>[\u4e00-\u9fff]{2,4})\s*(?P<xmonth>\d{1,2})\s*月\s*(?P<xday>\d{1,2})\s*日\s*电"
    r"|据新华社[\u4e00-\u9fff]{0,4}电)"
)
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)\s*年")
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file that was not read, and why (reported, never silently dropped)."""

    path: str
    reason: str


def decode(data: bytes, name: str = "<bytes>") -> str:
    """Decode UTF-8 (with or without BOM), else GB18030 (a superset of GBK/GB2312).

    GB18030 accepts almost any byte string, so its result is only taken when it
    reads as Chinese text; anything else raises DecodeError naming the file.
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as e:
        raise DecodeError(
            f"{name}: not UTF-8 and not GB18030/GBK text (byte {e.start}); "
            "convert it to UTF-8 (e.g. `iconv -f BIG5 -t UTF-8`) and try again"
        ) from e
    if not _looks_like_text(text):
        raise DecodeError(
            f"{name}: bytes are neither UTF-8 nor plausible GB18030/GBK Chinese text; "
            "is it a binary file? Convert it to UTF-8 text and try again"
        )
    return text


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\r\n\t\f")
    cjk = len(_CJK.findall(text))
    ascii_ = sum(1 for c in text if 32 <= ord(c) < 127 or c in "\r\n\t")
    common = cjk + ascii_ + sum(1 for c in text if "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef")
    return controls / len(text) < 0.01 and common / len(text) > 0.9 and cjk > 0


# ---------------------------------------------------------------- layout


def _clean_line(line: str) -> str:
    line = line.replace("\u3000", " ").replace("\xa0", " ").rstrip()
    # spaces inside Chinese text are layout artefacts (justification), not word breaks
    line = re.sub(r"(?<=[\u4e00-\u9fff，。、；：“”（）])\s+(?=[\u4e00-\u9fff，。、；：“”（）])", "", line)
    return line.strip()


_BYLINE = re.compile(r"[(（][^()（）]{1,16}[)）]$")


def _ends_sentence(line: str) -> bool:
    if _BYLINE.search(line):  # "…竞争力。(李静)": a byline closes the article
        head = _BYLINE.sub("", line)
        return not head or head.rstrip(_CLOSERS)[-1:] in tuple(_TERMINAL) or len(line) < 20
    s = line.rstrip(_CLOSERS)
    return bool(s) and s[-1] in _TERMINAL


def unwrap(text: str) -> str:
    """Rejoin lines wrapped by the page layout; keep real paragraph breaks.

    A line that does not end a sentence and is about as long as the page's
    usual line is a wrapped line: it is joined to the next non-blank line, even
    across a stray blank line.  Short lines without closing punctuation are
    headlines and stay on their own.  Returns paragraphs separated by "\\n".
    """
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = [_clean_line(x) for x in raw]
    indented = [bool(re.match(r"[ \u3000\t]", x)) for x in raw]
    lengths = [len(x) for x in lines if x]
    if not lengths:
        return ""
    column = statistics.median(lengths) <= 30
    # column text: the typical (full) line; paragraph text: a long line
    width = _quantile(lengths, 0.6 if column else 0.9)
    paragraphs: list[str] = []
    current = ""
    for i, line in enumerate(lines):
        if not line:
            continue
        nxt = next((x for x in lines[i + 1 :] if x), None)
        blank_follows = i + 1 < len(lines) and not lines[i + 1]
        if column and not current and _headline(line, i, lines, indented):
            paragraphs.append(line)
            continue
        current += line
        if nxt is None:
            break
        if _ends_sentence(line):
            end = (not column) or blank_follows or len(line) < 0.85 * width
        else:
            end = len(line) < 0.7 * width and not (column and _continues(line, nxt))
        if end:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n".join(paragraphs)


def _headline(line: str, i: int, lines: list[str], indented: list[bool]) -> bool:
    """In column text, a line standing alone between paragraphs, with no sentence
    punctuation, is a headline (大力提升中小企业竞争力和高质量发展水平)."""
    if len(line) > 32 or re.search(r"[，。；！？、：,;!?]", line):
        return False
    blank_before = i == 0 or not lines[i - 1]
    after = i + 1 < len(lines)
    blank_after = not after or not lines[i + 1]
    return blank_before and (blank_after or (after and indented[i + 1]))


def _continues(line: str, nxt: str) -> bool:
    # an open quote or bracket in a short column line means the sentence goes on
    return line.count("“") > line.count("”") or line.count("（") > line.count("）") or line[-1] in "，、"


def _quantile(values: list[int], q: float) -> float:
    ordered = sorted(values)
    return float(ordered[min(len(ordered) - 1, int(q * len(ordered)))])


# ---------------------------------------------------------------- articles


@dataclass(frozen=True, slots=True)
class _Piece:
    text: str
    dateline: str | None
    month: int | None
    day: int | None
    title: str | None


def _is_heading(paragraph: str) -> bool:
    p = paragraph.strip()
    return 0 < len(p) <= 40 and not any(c in p for c in "。！？；") and not p.startswith(("(", "（"))


def split_articles(page: str) -> list[_Piece]:
    """Cut an unwrapped page into articles at its datelines.

    Short heading paragraphs just before a dateline become the title of the
    article that follows it (the usual layout); text before the first dateline
    is an article of its own when it has body text.
    """
    paragraphs = page.split("\n")
    # offsets of dateline starts within paragraphs
    starts: list[tuple[int, int, re.Match[str]]] = []
    for pi, para in enumerate(paragraphs):
        for hit in _DATELINE.finditer(para):
            starts.append((pi, hit.start(), hit))
    if not starts:
        return [_piece_from(paragraphs, None)] if page.strip() else []
    chunks: list[list[str]] = []
    matches: list[re.Match[str] | None] = []
    prev_p, prev_c = 0, 0
    cur_match: re.Match[str] | None = None
    for pi, ci, m in starts:
        chunk = _slice(paragraphs, prev_p, prev_c, pi, ci)
        chunks.append(chunk)
        matches.append(cur_match)
        prev_p, prev_c, cur_match = pi, ci, m
    chunks.append(_slice(paragraphs, prev_p, prev_c, len(paragraphs), 0))
    matches.append(cur_match)
    titles: list[list[str]]
    # Some pages print a headline after its article's body (the page opens with a
    # dateline and closes with headings); most print it before.  Trailing headings
    # of a chunk go to the article before or after accordingly.
    # A page that opens straight with a dateline (at most a column label such as
    # 记者观察 before it) prints headlines after their articles.
    head = [p for p in chunks[0] if p.strip()]
    after = all(_is_heading(p) for p in head) and sum(len(p) for p in head) < 8
    if after:
        chunks[0] = []  # a column label (记者观察), not an article
    titles = [[] for _ in chunks]
    if after:  # a heading run inside a chunk ends the article before it (bylined wire copy has no dateline)
        split_chunks: list[list[str]] = []
        split_matches: list[re.Match[str] | None] = []
        for chunk, m in zip(chunks, matches):
            for j, part in enumerate(_split_after_headings(chunk)):
                split_chunks.append(part)
                split_matches.append(m if j == 0 else None)
        chunks, matches = split_chunks, split_matches
        titles = [[] for _ in chunks]
    for k in range(len(chunks) - (0 if after else 1)):
        body = chunks[k]
        moved: list[str] = []
        while body and _is_heading(body[-1]) and len(body) > 1 or (body and not body[-1].strip()):
            moved.insert(0, body.pop())
        if after:
            titles[k].extend(moved)
        else:
            titles[k + 1][:0] = moved
        if k == 0 and not after and body and all(_is_heading(p) for p in body):
            titles[1] = body + titles[1]
            chunks[0] = []
    pieces = []
    for chunk, m, title in zip(chunks, matches, titles):
        if not any(p.strip() for p in chunk):
            continue
        piece = _piece_from(chunk, m)
        t = " ".join(x.strip() for x in title if x.strip()) or piece.title
        pieces.append(replace(piece, title=t or None))
    return pieces


_CAPTION = re.compile(r"摄$|摄影")


def _trailing_headings(chunk: list[str]) -> int:
    """How many heading paragraphs end the chunk (photo captions and credits skipped)."""
    paras = [p for p in chunk if p.strip()]
    while paras and _CAPTION.search(paras[-1].strip()):
        paras.pop()
    n = 0
    for p in reversed(paras):
        if not _is_heading(p):
            break
        n += 1
    return n if n < len(paras) else 0


def _split_after_headings(chunk: list[str]) -> list[list[str]]:
    parts: list[list[str]] = [[]]
    for i, p in enumerate(chunk):
        parts[-1].append(p)
        nxt = chunk[i + 1] if i + 1 < len(chunk) else None
        if _is_heading(p) and nxt is not None and not _is_heading(nxt) and len(nxt) > 60 and any(not _is_heading(x) for x in parts[-1]):
            parts.append([])
    return [x for x in parts if x]


def _slice(paragraphs: list[str], p0: int, c0: int, p1: int, c1: int) -> list[str]:
    if p0 == p1:
        return [paragraphs[p0][c0:c1]]
    out = [paragraphs[p0][c0:]] + paragraphs[p0 + 1 : p1]
    if p1 < len(paragraphs) and c1 > 0:
        out.append(paragraphs[p1][:c1])
    return [p for p in out if p.strip()]


def _piece_from(chunk: list[str], m: re.Match[str] | None) -> _Piece:
    place = month = day = None
    if m is not None:
        place = m.group("place") or m.group("xplace")
        mo, d = m.group("month") or m.group("xmonth"), m.group("day") or m.group("xday")
        month, day = (int(mo), int(d)) if mo and d else (None, None)
    title = None
    body = [p for p in chunk if p.strip()]
    if m is None and len(body) > 1 and _is_heading(body[0]):
        title = body[0].strip()
    return _Piece("\n".join(p.strip() for p in body), place, month, day, title)


def infer_year(page: str) -> int | None:
    """The latest year a page mentions (papers talk about this year and earlier ones)."""
    years = [int(y) for y in _YEAR.findall(page)]
    return max(years) if years else None


# ---------------------------------------------------------------- files


def expand_paths(paths: Iterable[str | Path]) -> tuple[list[Path], list[Skipped]]:
    """Files named by paths, folders (recursively) and glob patterns, sorted, de-duplicated."""
    found: list[Path] = []
    skipped: list[Skipped] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found.extend(
                f for f in sorted(p.rglob("*")) if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES + JSONL_SUFFIXES
            )
        elif p.is_file():
            found.append(p)
        elif any(ch in str(raw) for ch in "*?["):
            hits = sorted(Path(x) for x in glob.glob(str(raw), recursive=True))
            if not hits:
                skipped.append(Skipped(str(raw), "the pattern matches no file"))
            found.extend(h for h in hits if h.is_file())
        else:
            raise InputError(f"{raw}: no such file or folder (expected .txt/.md/.jsonl files or folders of them)")
    seen: set[Path] = set()
    unique = []
    for f in found:
        r = f.resolve()
        if r not in seen:
            seen.add(r)
            unique.append(f)
    return unique, skipped


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
    for n, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"{path}:{n}: not a JSON object ({e.msg}); expected one JSON object per line") from e
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            raise InputError(f'{path}:{n}: expected {{"id", "title", "date", "source", "text"}} with a "text" string')
        rid = str(rec.get("id") or f"{path.stem}-{n}")
        source = str(rec.get("source") or path)
        for doc in read_page(rec["text"], source, date=_iso_date(rec.get("date"))):
            yield replace(
                doc,
                id=_safe_id(rid) + (f"-{doc.position:03d}" if doc.position else ""),
                title=doc.title if doc.position else (rec.get("title") or doc.title),
            )


def _iso_date(value: object) -> str | None:
    if not value:
        return None
    m = re.match(r"(\d{4})\D?(\d{1,2})\D?(\d{1,2})", str(value))
    return f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}" if m else None


def _safe_id(raw: str) -> str:
    return re.sub(r"[^\w.-]", "_", raw)[:80]


def read_documents(paths: Iterable[str | Path], skipped: list[Skipped] | None = None) -> Iterator[Document]:
    """All articles in the given files/folders/globs, in a stable order.

    Files that cannot be decoded are appended to `skipped` (when given) and
    not read; they are never silently mangled.
    """
    files, missing = expand_paths(paths)
    if skipped is not None:
        skipped.extend(missing)
    for f in files:
        try:
            data = decode(f.read_bytes(), str(f))
        except DecodeError as e:
            if skipped is None:
                raise
            skipped.append(Skipped(str(f), str(e)))
            continue
        if f.suffix.lower() in JSONL_SUFFIXES:
            yield from read_jsonl(f, data)
        else:
            yield from read_page(data, str(f))
