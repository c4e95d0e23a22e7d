"""Aho-Corasick automata (pyahocorasick) for Chinese text: the same matches as a plain one, found faster.

pyahocorasick finds a trie node's child by a linear scan of its children, in the order they
were added. A gazetteer's root has over a thousand children (the first characters of its
names), and each character of the text that continues no match is looked up among them: one
that starts no name scanned them all. `Automaton` gives the root a child for every character
of its names (a pad: the key of that character and `PAD`, which never matches) and one for
`OTHER`, and adds them and the names in the order of their characters' frequency in Chinese text
(kg/data/char_order.txt), OTHER first. A text is scanned with every character that is in no name
(and PAD) read as OTHER (the same length and offsets): each character of it is then found among
the root's children, the frequent ones early, and the matches of the names are those of a plain
automaton, since no name holds a character that was replaced.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import Any

import ahocorasick
import numpy as np

from .lexicon import _data_path

PAD = "\uffff"  # a noncharacter: what ends a pad key (no scanned text holds it)
OTHER = "\ufffe"  # another: what a scanned text holds for a character in no name
_SURROGATES = (chr(0xD800), chr(0xDFFF))  # the lone surrogates, first and last (chr: mypyc takes no surrogate in a literal)
# texts shorter than this are scanned as they are (PAD replaced): numpy's per-call cost (~3 µs)
# would exceed what reading the other characters as OTHER spares (~0.2 µs a character of Chinese
# text with a gazetteer's root: even at 16 characters; 64 before 2026-12-05 cost one-sentence
# records of `kg ner` ~4 µs a scan)
_MAP_MIN = 16


@functools.lru_cache(maxsize=1)
def char_rank() -> dict[str, int]:
    """{character: rank} of kg/data/char_order.txt (0 the most frequent); a line break first."""
    lines = _data_path("char_order.txt", None).read_text(encoding="utf-8").splitlines()
    order = "\n" + "".join(line for line in lines if not line.startswith("#"))
    return {c: i for i, c in enumerate(dict.fromkeys(order))}


class Automaton:
    """An automaton of (key, value) entries (the last value of a key kept, as add_word does);
    `iter` and `iter_long` find what pyahocorasick's do."""

    def __init__(self, entries: Iterable[tuple[str, Any]], pad_value: Any = None) -> None:
        values = dict(entries)
        rank = char_rank()
        last = len(rank)
        keys = list(values)
        alphabet = set("".join(keys))
        # pads only where no key holds PAD, OTHER or a lone surrogate (else the text is scanned as it is)
        self._padded = PAD not in alphabet and OTHER not in alphabet and not any(_SURROGATES[0] <= c <= _SURROGATES[1] for c in alphabet)
        if self._padded:
            firsts = {k[0] for k in keys if k}
            keys += [c + PAD for c in alphabet - firsts] + [OTHER + PAD]
        # each key sorted as the string of its characters' ranks (OTHER first, PAD last: str.translate, at C speed)
        order = {ord(c): chr(2 + rank.get(c, last)) for c in alphabet} | {ord(OTHER): chr(1), ord(PAD): chr(3 + last)}
        self._auto = ahocorasick.Automaton()
        for k in sorted(keys, key=lambda k: k.translate(order)):
            self._auto.add_word(k, values.get(k, pad_value))
        self._auto.make_automaton()
        self._size = len(values)
        # each code point of the basic plane as scanned: itself if a name holds it, else OTHER
        self._table = np.full(0x10000, ord(OTHER), dtype=np.uint32)
        self._table[[ord(c) for c in alphabet if ord(c) < 0x10000]] = [ord(c) for c in alphabet if ord(c) < 0x10000]
        self._table16 = self._table.astype(np.uint16)  # the same, for a text of the basic plane read as UTF-16
        self._astral = np.array(sorted(ord(c) for c in alphabet if ord(c) >= 0x10000), dtype=np.uint32)

    def __len__(self) -> int:
        return self._size

    def iter(self, text: str) -> Iterator[tuple[int, Any]]:
        """(end index, value) of every key in text, as ahocorasick.Automaton.iter."""
        return self._auto.iter(self._scannable(text))  # type: ignore[no-any-return]

    def iter_long(self, text: str) -> Iterator[tuple[int, Any]]:
        """(end index, value) of the leftmost-longest keys in text, not overlapping, as ahocorasick.Automaton.iter_long."""
        return self._auto.iter_long(self._scannable(text))  # type: ignore[no-any-return]

    def _scannable(self, text: str) -> str:
        """text as scanned (the same length and offsets): no pad matches in it."""
        if not self._padded:
            return text
        if len(text) < _MAP_MIN:
            return text.replace(PAD, OTHER) if PAD in text else text
        units = text.encode("utf-16-le", "surrogatepass")
        if len(units) == 2 * len(text):  # one unit a character: no character beyond the basic plane
            return self._table16.take(np.frombuffer(units, dtype=np.uint16)).tobytes().decode("utf-16-le", "surrogatepass")  # type: ignore[no-any-return]
        cp = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        out = self._table[np.minimum(cp, 0xFFFF)]
        astral = cp > 0xFFFF
        if astral.any():
            out[astral] = np.where(np.isin(cp[astral], self._astral), cp[astral], ord(OTHER))
        return out.tobytes().decode("utf-32-le", "surrogatepass")  # type: ignore[no-any-return]
