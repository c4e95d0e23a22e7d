"""Sentences and tokens with character offsets.

Owns a private segmenter instance (no global jieba state): rjieba, the jieba-rs
binding with jieba's own dictionary (~5 M chars/s with POS tags, against 44 k
for jieba.posseg), or, with backend="jieba", a private `jieba.Tokenizer`.
"""
from __future__ import annotations

import contextlib
import functools
import importlib.machinery
import importlib.util
import itertools
import re
import sys
import tempfile
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

from .rescan import finditer
from .types import Sentence

_SENT_END = re.compile(r"[。！？!?；;]+[”’」』）)]*|\n+")


class Token(NamedTuple):
    """A word with offsets (a NamedTuple: built ~10^5 times per MB, 3x cheaper than a frozen dataclass)."""

    start: int
    end: int
    text: str
    pos: str


def sentences(doc_id: str, text: str) -> list[Sentence]:
    """Split text into sentences at 。！？； and paragraph breaks; offsets index `text`."""
    out: list[Sentence] = []
    start = 0
    for m in finditer(_SENT_END, text):  # (kg.rescan: the same matches, tried only at the marks)
        end = m.end() if m.group()[0] != "\n" else m.start()
        _add(out, doc_id, text, start, end)
        start = m.end()
    _add(out, doc_id, text, start, len(text))
    return out


def _add(out: list[Sentence], doc_id: str, text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(doc_id, len(out), start, end, text[start:end]))


def _rjieba_class() -> Any:
    """rjieba's Jieba class. Its package builds a default instance on import (0.1 s of CPU and
    a dictionary kg never uses: a tenth of the start-up of `kg build --update`), so the
    extension module is loaded alone when it can be, and registered under its own name (a
    later `import rjieba` reuses it: PyO3 modules load once per process)."""
    if "rjieba.rjieba" in sys.modules:
        return sys.modules["rjieba.rjieba"].Jieba
    try:
        spec = importlib.util.find_spec("rjieba")
        folder = Path(next(iter(spec.submodule_search_locations or ()))) if spec else None
        ext = next((p for p in folder.iterdir() if p.name.startswith("rjieba.") and p.suffix in (".so", ".pyd")), None) if folder else None
    except (ImportError, OSError, StopIteration):
        ext = None
    if ext is None:
        import rjieba

        return rjieba.Jieba
    loader = importlib.machinery.ExtensionFileLoader("rjieba.rjieba", str(ext))
    try:
        module = importlib.util.module_from_spec(importlib.util.spec_from_file_location("rjieba.rjieba", ext, loader=loader))  # type: ignore[arg-type]
        sys.modules["rjieba.rjieba"] = module
        loader.exec_module(module)
        return module.Jieba
    except Exception:  # an unusual build of rjieba: imported as its package says
        sys.modules.pop("rjieba.rjieba", None)
        import rjieba

        return rjieba.Jieba


class Dictionary:
    """rjieba's dictionary, made in a thread: rjieba lets go of the GIL while it makes it (~0.1 s
    of CPU), so that the rest of the model loads meanwhile on another core (`Segmenter(made=)`)."""

    def __init__(self) -> None:
        self._made: list[Any] = []
        self._maker = threading.Thread(target=self._make, args=(_rjieba_class(),), name="kg-dictionary", daemon=True)
        self._maker.start()

    def _make(self, jieba: Any) -> None:
        with contextlib.suppress(Exception):  # (then `get` makes it, and raises what it raises)
            self._made.append(jieba())

    def get(self) -> Any:
        self._maker.join()
        return self._made[0] if self._made else _rjieba_class()()


class Segmenter:
    """Word segmentation with POS tags, offsets, and a user dictionary."""

    def __init__(self, words: Iterable[tuple[str, str]] = (), backend: str = "rjieba", made: Dictionary | None = None) -> None:
        """`made`: rjieba's dictionary, being made meanwhile (`Dictionary`)."""
        self.backend = backend
        if backend == "rjieba":
            self._rj = made.get() if made is not None else _rjieba_class()()
        elif backend == "jieba":
            import jieba
            import jieba.posseg

            tk = jieba.Tokenizer()
            tk.tmp_dir = tempfile.gettempdir()
            tk.cache_file = None  # a private cache name per dictionary; never the shared default
            self._tk = tk
            self._pos = jieba.posseg.POSTokenizer(tk)
        else:
            raise ValueError(f"unknown segmenter backend {backend!r}; expected 'rjieba' or 'jieba'")
        # the rules cut the same short strings again and again (a name, its head): answers are kept,
        # and forgotten when a word is added
        self._cut = functools.lru_cache(maxsize=8192)(self._cut_uncached)
        self._in_dictionary = functools.lru_cache(maxsize=8192)(self._in_dictionary_uncached)
        for word, tag in words:
            self.add_word(word, tag)

    def add_word(self, word: str, tag: str = "nz", freq: int | None = None) -> None:
        if self.backend == "rjieba":
            self._rj.add_word(word, freq, tag)
        else:
            self._tk.add_word(word, freq, tag)
        self._cut.cache_clear()
        self._in_dictionary.cache_clear()

    def cut(self, text: str) -> list[str]:
        return list(self._cut(text))

    def _cut_uncached(self, text: str) -> tuple[str, ...]:
        if self.backend == "rjieba":
            return tuple(self._rj.cut(text, True))
        return tuple(self._tk.lcut(text))

    def in_dictionary(self, word: str) -> bool:
        """word is one word of the dictionary, not one the HMM put together from characters (属大孟)."""
        return self._in_dictionary(word)

    def _in_dictionary_uncached(self, word: str) -> bool:
        if self.backend == "rjieba":
            return len(self._rj.cut(word, False)) == 1
        return len(self._tk.lcut(word, HMM=False)) == 1

    def tokens(self, text: str, offset: int = 0) -> list[Token]:
        """Tokens with POS tags; `start`/`end` are offsets into the caller's text (+offset)."""
        pairs: list[tuple[str, str]]
        if self.backend == "rjieba":
            pairs = self._rj.tag(text, True)
        else:
            pairs = [(p.word, p.flag) for p in self._pos.lcut(text)]
        if not pairs:
            return []
        words, tags = zip(*pairs)
        ends = list(itertools.accumulate(map(len, words), initial=offset))
        # built by tuple.__new__ over zipped columns: no Python frame per token (3x faster); zip stops at the last end
        return list(map(tuple.__new__, itertools.repeat(Token), zip(ends, ends[1:], words, tags)))
