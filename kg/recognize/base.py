"""What the proposers share: a candidate span, the text being scanned, the loaded resources,
and the registry of proposers by name (spaCy's component registry is the model).

A proposer is a function (Resources, Scan) -> list[Candidate]; it is registered with
`@proposer("name")` and the recogniser runs the registered ones in `DEFAULT_PROPOSERS` order
after the gazetteer places (which every other proposer may read from `Scan.place_end`).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, TypeVar

from ..lexicon import Lexicon
from ..segment import Segmenter, Token
from ..types import Locale, quick_init
from ..words import OrdinaryWords
from ..zones import ZoneNames
from .context import Context  # imported, not only for mypy: a compiled (mypyc) dataclass needs its fields' classes

_CJK = re.compile(r"[\u4e00-\u9fff]")
Hit = tuple[int, int, str, str]  # (start, end, kind, key): a gazetteer match, kind place|dept|suffix|post|world|intl
T = TypeVar("T")


@quick_init
@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    type: str
    rule: str
    priority: int  # higher wins among equal spans
    standalone: bool = True  # False: only usable as a prefix of a longer name
    margin: float = 99.0  # the model's confidence (Tagger.many_scored); rules are sure
    canonical: str | None = None  # the full name when the text abbreviates it (中美 -> 中国, 美国)


@dataclass(frozen=True)
class Resources:
    """What the proposers read, loaded once per recogniser."""

    lex: Lexicon
    seg: Segmenter
    world: dict[str, str]  # foreign places and international bodies: name -> type
    suffix: dict[str, tuple[str, int]]  # name suffix -> (type, longest name)
    suffix_types: dict[str, str]
    words: OrdinaryWords
    zones: ZoneNames
    _derived: dict[Callable[..., Any], Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def derived(self, make: Callable[[Resources], T]) -> T:
        """make(self), made on the first call only: what a proposer derives from the resources (the
        heads of a kind among the suffixes) is the same for every text, and took a pass over them each."""
        try:
            return self._derived[make]  # type: ignore[no-any-return]
        except KeyError:
            got = self._derived[make] = make(self)
            return got


@dataclass
class Scan:
    """One text being recognised: its tokens, its gazetteer hits, its locale, and the places found first."""

    ctx: Context
    hits: list[Hit]
    locale: Locale | None
    home: str | None  # the first two digits of the paper's province code
    places: list[Candidate] = field(default_factory=list)
    place_end: dict[int, Candidate] = field(default_factory=dict)  # the longest place ending at each offset
    _by_kind: dict[str, tuple[list[int], list[Hit]]] = field(default_factory=dict, repr=False, compare=False)
    _poses: tuple[str, ...] | None = field(default=None, repr=False, compare=False)

    def hits_of(self, kind: str) -> tuple[list[int], list[Hit]]:
        """The hits of one kind in text order of their ends, and those ends (for `bisect`: a
        span's hits without a scan of the whole text's, which made long articles quadratic)."""
        if kind not in self._by_kind:
            of_kind = sorted((h for h in self.hits if h[2] == kind), key=lambda h: h[1])
            self._by_kind[kind] = ([h[1] for h in of_kind], of_kind)
        return self._by_kind[kind]


    def tagged(self, pos: str, words: frozenset[str] = frozenset()) -> list[tuple[int, Token]]:
        """(index, token) of the tokens the segmenter tagged `pos` or written as one of `words`, in order (found by
        tuple.index and a set test, at C speed: a proposer that reads only names passes over those, not every token)."""
        tokens = self.ctx.tokens
        if self._poses is None:
            self._poses = tuple(map(itemgetter(3), tokens))
        poses, found, k = self._poses, [], -1
        for _ in range(poses.count(pos)):
            k = poses.index(pos, k + 1)
            found.append(k)
        if words and not words.isdisjoint(map(itemgetter(2), tokens)):
            found = sorted({*found, *(i for i, t in enumerate(tokens) if t.text in words)})
        return [(i, tokens[i]) for i in found]


Proposer = Callable[[Resources, Scan], list[Candidate]]
PROPOSERS: dict[str, Proposer] = {}


def proposer(name: str) -> Callable[[Proposer], Proposer]:
    """Register a proposer under `name` (a recogniser may be built with a chosen subset)."""

    def register(fn: Proposer) -> Proposer:
        PROPOSERS[name] = fn
        return fn

    return register
