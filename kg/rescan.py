"""pattern.finditer(text), faster for a pattern the regex engine cannot skip ahead in.

Python's re only skips to a likely start when a pattern opens with a literal or a plain set of
characters; one that opens with an optional group (an edition before an event name:
`(?:第七届)?(?:进博会|…)`) or an alternation of groups is tried at every offset of the text.
`finditer` here works out from the parsed pattern the characters a match can start with, lets
a character-set search find those offsets, and tries the pattern only there: the same matches,
in the same order, as pattern.finditer.  A pattern it cannot work out (one that can match the
empty string, ignores case, opens with `.`, a negated set, a back-reference, or a category such
as `\\d` under re.ASCII) is left to pattern.finditer.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from re import _parser  # type: ignore[attr-defined]
from typing import Any

# by the pattern's id, the pattern kept beside (a Pattern's hash and equality read its whole
# compiled program: ~1.7 µs a lookup for an alternation of 800 characters, several per call)
_CACHE: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}
_REPEATS = {_parser.MAX_REPEAT, _parser.MIN_REPEAT, getattr(_parser, "POSSESSIVE_REPEAT", _parser.MAX_REPEAT)}
_ZERO_WIDTH = {_parser.AT, _parser.ASSERT, _parser.ASSERT_NOT}
_CATEGORIES = {getattr(_parser, f"CATEGORY_{name}"): esc for name, esc in
               (("DIGIT", r"\d"), ("NOT_DIGIT", r"\D"), ("SPACE", r"\s"), ("NOT_SPACE", r"\S"), ("WORD", r"\w"), ("NOT_WORD", r"\W"))}


class _Unknown(Exception):
    """A construct whose first characters are not worked out."""


def prepare(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """Work out (once) the characters a match of pattern can start with: what `finditer` tries first (None: unknown)."""
    known = _CACHE.get(id(pattern))
    if known is None or known[0] is not pattern:
        known = _CACHE[id(pattern)] = (pattern, _starts(pattern))
    return known[1]


def finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of pattern.finditer(text), trying the pattern only where a match can start."""
    starts = prepare(pattern)
    if starts is None:
        yield from pattern.finditer(text)
        return
    end = 0
    match = pattern.match
    for s in starts.finditer(text):
        p = s.start()
        if p < end:
            continue
        m = match(text, p)
        if m is not None:  # never empty (_starts refuses a pattern that can match nothing)
            end = m.end()
            yield m


def alternation(words: Iterable[str]) -> str:
    """The words as one alternation, longest first, grouped by their first character (中(?:国石化|石油)|国(?:网|…)):
    the same matches, in the same order, as "|".join(the escaped words longest first) (at an offset only
    the words opening with its character can match, and they keep their order), but the regex engine
    tries those words alone, not all of them one after another (half the time for ~500 names).
    Words of one length are in the order of their characters: the same pattern from a set in every process (their
    order does not change what matches; a set's does with the hash seed, and a pattern that differs at each start is
    compiled anew by Python at each start and added to kg.regexes' cache, which grew ~28 KB a start with clubs._cuts')."""
    groups: dict[str, list[str]] = {}
    for w in sorted(sorted(set(words)), key=len, reverse=True):  # (two sorts without a Python key: cheaper than (-len, w))
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(re.escape(ch) + "(?:" + "|".join(map(re.escape, rests)) + ")" for ch, rests in groups.items())


def _starts(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern of one character: those a match of pattern can start with; None when unknown."""
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    try:
        ranges, nullable = _first(_parser.parse(pattern.pattern, pattern.flags))
    except (_Unknown, re.error, AttributeError, TypeError, ValueError):
        return None
    if nullable or not ranges or pattern.flags & re.ASCII and any(a < 0 for a, _ in ranges):
        return None  # (\\D under re.ASCII matches digits that Unicode's \\D does not)
    cls = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in sorted(r for r in ranges if r[0] >= 0))
    cls += "".join(sorted(_CATEGORIES[c] for a, c in ranges if a < 0))  # \d, \s, \w … as they are
    return re.compile(f"[{cls}]")


def _first(seq: Any) -> tuple[set[tuple[int, int]], bool]:
    """The (low, high) code point ranges a match of the sequence can start with, and whether it
    can match the empty string."""
    out: set[tuple[int, int]] = set()
    for op, av in seq:
        ranges, nullable = _first_item(op, av)
        out |= ranges
        if not nullable:
            return out, False
    return out, True


def _first_item(op: Any, av: Any) -> tuple[set[tuple[int, int]], bool]:
    if op is _parser.LITERAL:
        return {(av, av)}, False
    if op is _parser.IN:
        return _first_in(av), False
    if op is _parser.SUBPATTERN:
        _, add_flags, _, sub = av
        if add_flags & re.IGNORECASE:
            raise _Unknown(op)
        return _first(sub)
    if op is getattr(_parser, "ATOMIC_GROUP", None):
        return _first(av)
    if op is _parser.BRANCH:
        out: set[tuple[int, int]] = set()
        nullable = False
        for sub in av[1]:
            ranges, n = _first(sub)
            out |= ranges
            nullable = nullable or n
        return out, nullable
    if op in _REPEATS:
        lo, _, sub = av
        ranges, n = _first(sub)
        return ranges, n or lo == 0
    if op in _ZERO_WIDTH:  # anchors and look-arounds consume nothing: the next item starts the match
        return set(), True
    raise _Unknown(op)


def _first_in(items: Any) -> set[tuple[int, int]]:
    """The ranges of a character set; a category (\\d …) as (-1, its code), which `_starts` writes as it is
    (Unicode's digits, spaces, word characters: what the pattern's own category matches without re.ASCII)."""
    out: set[tuple[int, int]] = set()
    for op, av in items:
        if op is _parser.LITERAL:
            out.add((av, av))
        elif op is _parser.RANGE:
            out.add((av[0], av[1]))
        elif op is _parser.CATEGORY and av in _CATEGORIES:
            out.add((-1, av))
        else:  # NEGATE, a case-folded range
            raise _Unknown(op)
    return out
