"""Repair newspaper layout and cut pages into articles.

Newspaper pages arrive as column text (a line break every ~16 characters, in
the middle of words and names, with stray blank lines) or as one paragraph per
line.  `unwrap` restores paragraphs without splitting any word; `split_articles`
cuts a page at its datelines (本报太原8月14日讯, 本报讯, 新华社…电).
"""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, replace

_TERMINAL = "。！？!?…；;：:"
_CLOSERS = "”’」』）)】》"

_DATELINE = re.compile(
    r"(?:本报(?P<place>[\u4e00-\u9fff]{2,4})?\s*(?:(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日)?\s*(?:电|讯)"
    r"|新华社(?P<xplace>[\u4e00-\u9fff]{2,4})\s*(?P<xmonth>\d{1,2})\s*月\s*(?P<xday>\d{1,2})\s*日\s*电"
    r"|据新华社[\u4e00-\u9fff]{0,4}电)"
)
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)\s*年")


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
    following: list[str | None] = [None] * len(lines)  # the next non-blank line after each (a scan per line was quadratic)
    for i in range(len(lines) - 1, 0, -1):
        following[i - 1] = lines[i] or following[i]
    for i, line in enumerate(lines):
        if not line:
            continue
        nxt = following[i]
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
    starts = [(pi, hit.start(), hit) for pi, para in enumerate(paragraphs) for hit in _DATELINE.finditer(para)]
    if not starts:
        return [_piece_from(paragraphs, None)] if page.strip() else []
    chunks, matches = _chunks(paragraphs, starts)
    # Some pages print a headline after its article's body (the page opens with a
    # dateline and closes with headings); most print it before.  Trailing headings
    # of a chunk go to the article before or after accordingly.
    # A page that opens straight with a dateline (at most a column label such as
    # 记者观察 before it) prints headlines after their articles.
    head = [p for p in chunks[0] if p.strip()]
    after = all(_is_heading(p) for p in head) and sum(len(p) for p in head) < 8
    if after:
        chunks[0] = []  # a column label (记者观察), not an article
        chunks, matches = _split_at_heading_runs(chunks, matches)
    titles = _move_headings(chunks, after)
    pieces = []
    for chunk, found, title in zip(chunks, matches, titles):
        if not any(p.strip() for p in chunk):
            continue
        piece = _piece_from(chunk, found)
        t = " ".join(x.strip() for x in title if x.strip()) or piece.title
        pieces.append(replace(piece, title=t or None))
    return pieces


def _chunks(paragraphs: list[str], starts: list[tuple[int, int, re.Match[str]]]) -> tuple[list[list[str]], list[re.Match[str] | None]]:
    """The page cut at each dateline start (paragraph, offset, match): the chunks, and the
    dateline that opens each (None for the text before the first)."""
    chunks: list[list[str]] = []
    matches: list[re.Match[str] | None] = []
    prev_p, prev_c = 0, 0
    cur_match: re.Match[str] | None = None
    for pi, ci, m in starts:
        chunks.append(_slice(paragraphs, prev_p, prev_c, pi, ci))
        matches.append(cur_match)
        prev_p, prev_c, cur_match = pi, ci, m
    chunks.append(_slice(paragraphs, prev_p, prev_c, len(paragraphs), 0))
    matches.append(cur_match)
    return chunks, matches


def _split_at_heading_runs(
    chunks: list[list[str]], matches: list[re.Match[str] | None]
) -> tuple[list[list[str]], list[re.Match[str] | None]]:
    """On a page that prints headlines after their articles, a heading run inside a chunk
    ends the article before it (bylined wire copy has no dateline): the chunks cut there."""
    split_chunks: list[list[str]] = []
    split_matches: list[re.Match[str] | None] = []
    for chunk, found in zip(chunks, matches):
        for j, part in enumerate(_split_after_headings(chunk)):
            split_chunks.append(part)
            split_matches.append(found if j == 0 else None)
    return split_chunks, split_matches


def _move_headings(chunks: list[list[str]], after: bool) -> list[list[str]]:
    """The titles of the chunks: the headings that end each chunk (taken off it, in place) go
    to its own title when headlines follow their articles (`after`), else to the next chunk's.
    A first chunk of headings alone is the next article's title, not an article."""
    titles: list[list[str]] = [[] for _ in chunks]
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
    return titles


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
