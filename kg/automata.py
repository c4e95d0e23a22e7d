"""Aho-Corasick automata (pyahocorasick) for Chinese text: the same matches as a plain one, found faster.

pyahocorasick finds a trie node's child by a linear scan of its children, in the order they
were added. A gazetteer's root has over a thousand children (the first characters of its
names), and each character of the text that continues no match is looked up among them: one
that starts no name scans them all. `Automaton` adds the names in the order of their characters'
frequency in Chinese text (kg/data/char_order.txt), so that common characters come early among
every node's children, and gives the root a child for each of the most frequent characters that starts no name
(the key of that character and `PAD`): such a character is found early too, not after every
child. A pad key matches only where the text holds PAD, which a text scanned has replaced by another
character that no key holds: the matches of the names are those of a plain automaton.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import Any

import ahocorasick

from .lexicon import _data_path

PAD = "\uffff"  # a noncharacter: in no name
_NOT_PAD = "\ufffe"  # what stands for PAD in a text scanned (another noncharacter, in no name either)
# the characters given a pad: pads for rarer ones cost more, where they stand before names'
# first characters, than the scans they spare (the news records: 300-1000 do best)
PADDED = 500


@functools.lru_cache(maxsize=1)
def char_rank() -> dict[str, int]:
    """{character: rank} of kg/data/char_order.txt (0 the most frequent); a line break first."""
    lines = _data_path("char_order.txt", None).read_text(encoding="utf-8").splitlines()
    order = "\n" + "".join(line for line in lines if not line.startswith("#"))
    return {c: i for i, c in enumerate(dict.fromkeys(order))}


class Automaton:
    """An automaton of (key, value) entries (the last value of a key kept, as add_word does), its
    nodes' children in the order of char_rank; `iter` and `iter_long` as pyahocorasick's."""

    def __init__(self, entries: Iterable[tuple[str, Any]], pad_value: Any = None) -> None:
        values = dict(entries)
        rank = char_rank()
        last = len(rank)
        keys = list(values)
        # pads only where no key holds PAD or what stands for it in a text scanned
        self._padded = not any(PAD in k or _NOT_PAD in k for k in keys)
        if self._padded:  # a pad for each of the PADDED most frequent characters that starts no key
            firsts = {k[0] for k in keys if k}
            keys += [c + PAD for c in list(rank)[:PADDED] if c not in firsts]
        self._auto = ahocorasick.Automaton()
        for k in sorted(keys, key=lambda k: [rank.get(c, last) for c in k]):
            self._auto.add_word(k, values[k] if k in values else pad_value)
        self._auto.make_automaton()
        self._size = len(values)

    def __len__(self) -> int:
        return self._size

    def iter(self, text: str) -> Iterator[tuple[int, Any]]:
        """(end index, value) of every key in text, as ahocorasick.Automaton.iter."""
        return self._auto.iter(self._scannable(text))  # type: ignore[no-any-return]

    def iter_long(self, text: str) -> Iterator[tuple[int, Any]]:
        """(end index, value) of the leftmost-longest keys in text, not overlapping, as ahocorasick.Automaton.iter_long."""
        return self._auto.iter_long(self._scannable(text))  # type: ignore[no-any-return]

    def _scannable(self, text: str) -> str:
        """text with PAD replaced (the same length and offsets): no pad matches in it."""
        return text.replace(PAD, _NOT_PAD) if self._padded and PAD in text else text
