"""The CRF's weights as numpy tables, and the state scores they give a batch of texts.

crfsuite's dump of the model (`Tagger.info()`) becomes one table per feature group
with a row per feature value (row 0: a value the model never saw), and arrays that
map code points straight to rows; scoring a batch gathers each table once for all of
its characters.  The scores equal crfsuite's own state scores for `features.features`.
"""
from __future__ import annotations

import itertools
import operator
from collections.abc import Sequence
from typing import Any

import numpy as np

from ..segment import Token
from .features import AHEAD, BIGRAMS, OTHERS, STOP_AHEAD, UNIGRAMS, Hit, char_class, gazetteer_tags, suffix_starts

Item = tuple[str, Sequence[Token], Sequence[Hit]]
_UNTILED = 0  # the row of _pos_table for text whose tokens do not tile it


class Weights:
    """The labels, transitions and state weights of a model, and `scores_many`.

    label_names: the model's labels; o: the index of O; types, begin: per label its type
    and whether it begins a name; trans: (from, to) transition weights.
    """

    def __init__(self, label_names: list[str], info: Any, suffix_types: dict[str, str], surnames: frozenset[str]) -> None:
        self.suffix_types = suffix_types
        self.surnames = surnames
        self.label_names = label_names
        self.o = label_names.index("O")
        self.types = [name[2:] for name in label_names]
        self.begin = [name.startswith("B-") for name in label_names]
        # per POS tag an index into _pos_table, whose rows are the table rows of S, B, M, E + tag;
        # row _UNTILED: the characters of a text whose tokens do not tile it (no word features)
        self._pos_index: dict[str, int] = {}
        self._pos_list: list[tuple[int, int, int, int]] = []
        self._pos_table = np.zeros((0, 4), dtype=np.intp)
        self._load(info)
        self._prepare_tables()
        self._pos_list.append((self._ids["w"].get("", 0),) * 4)  # _UNTILED

    def _load(self, info: Any) -> None:
        """The transitions and state weights as numpy tables (one row per feature value)."""
        lab = {name: i for i, name in enumerate(self.label_names)}
        nl = len(lab)
        self.trans = np.zeros((nl, nl))
        for (a, b), w in info.transitions.items():
            self.trans[lab[a], lab[b]] = w
        groups = {name: k for k, name in enumerate(UNIGRAMS)} | {name: k for k, name in enumerate(BIGRAMS)}
        tables: dict[str, dict[str, int]] = {"uni": {}, "bi": {}, **{name: {} for name in OTHERS}}
        entries: list[tuple[str, int, int, int, float]] = []
        for (attr, label), w in info.state_features.items():
            name, _, value = attr.partition("=")
            table = "uni" if name in UNIGRAMS else "bi" if name in BIGRAMS else name
            if table not in tables:
                continue
            row = tables[table].setdefault(value, len(tables[table]) + 1)  # row 0: unseen value
            entries.append((table, row, groups.get(name, 0), lab[label], w))
        self._ids = tables
        w3 = {t: np.zeros((len(ids) + 1, len(UNIGRAMS) if t == "uni" else len(BIGRAMS) if t == "bi" else 1, nl)) for t, ids in tables.items()}
        for table, row, k, y, w in entries:
            w3[table][row, k, y] = w
        # each (table, window offset) as its own contiguous (rows, labels) array:
        # np.take along rows of a 2-D table is several times faster than fancy indexing
        self._w2 = {(t, k): np.ascontiguousarray(w[:, k, :]) for t, w in w3.items() for k in range(w.shape[1])}

    def _prepare_tables(self) -> None:
        """Arrays that map code points straight to table rows (no per-character dicts)."""
        uni = self._ids["uni"]
        self._uni_table = np.zeros(0x10000, dtype=np.intp)
        self._astral: dict[str, int] = {}
        for ch, row in uni.items():
            if len(ch) == 1 and ord(ch) < 0x10000:
                self._uni_table[ord(ch)] = row
            else:
                self._astral[ch] = row
        keys, rows = [], []
        for bg, row in self._ids["bi"].items():
            if len(bg) == 2:
                keys.append((ord(bg[0]) << 32) | ord(bg[1]))
                rows.append(row)
        order = np.argsort(np.array(keys, dtype=np.uint64)) if keys else np.zeros(0, dtype=np.intp)
        self._bi_keys = np.array(keys, dtype=np.uint64)[order]
        self._bi_rows = np.array(rows, dtype=np.intp)[order]
        kget = self._ids["k"].get
        self._k_table = np.array(
            [kget(char_class(chr(c)) + ("1" if chr(c) in self.surnames else "0"), 0) if not 0xD800 <= c < 0xE000 else 0 for c in range(0x10000)],
            dtype=np.intp,
        )
        self._stop = np.zeros(0x10000, dtype=bool)
        for c in STOP_AHEAD:
            self._stop[ord(c)] = True

    def scores_many(self, items: Sequence[Item]) -> Any:
        """The state score of each label at each character of several texts, stacked in
        order: a (total length, labels) array.

        The texts are laid out as "^^text$$" one after another, so that every
        character window sees its own text's padding, and each weight table is
        gathered once for all of them.
        """
        lens = np.array([len(t) for t, _, _ in items], dtype=np.intp)
        total = int(lens.sum())
        padded = "".join("^^" + t + "$$" for t, _, _ in items)
        cp = np.frombuffer(padded.encode("utf-32-le"), dtype=np.uint32).astype(np.intp)
        # where each text's characters sit in `padded`
        idx = np.arange(total) + np.repeat(2 + 4 * np.arange(len(items)), lens)
        astral = cp > 0xFFFF  # beyond the tables' code points: looked up one by one
        cpb = np.where(astral, 0, cp)
        s = self._window_scores(cp, cpb, astral, idx, total)
        self._add_context_scores(s, items, cp, cpb[idx], astral, idx)
        return s

    def _window_scores(self, cp: Any, cpb: Any, astral: Any, idx: Any, total: int) -> Any:
        """The scores of the characters in a ±2 window and of the bigrams (previous, this), (this, next)."""
        urow = self._uni_table[cpb]
        if astral.any():
            for j in np.flatnonzero(astral):
                urow[j] = self._astral.get(chr(cp[j]), 0)
        w = self._w2
        s = np.take(w["uni", 0], urow[idx - 2], axis=0)
        buf = np.empty_like(s)
        for k in range(1, len(UNIGRAMS)):
            _add_rows(s, w["uni", k], urow[idx - 2 + k], buf)
        keys = self._bi_keys
        if len(keys) and total:
            key = (cp[:-1].astype(np.uint64) << np.uint64(32)) | cp[1:].astype(np.uint64)
            at = np.minimum(np.searchsorted(keys, key), len(keys) - 1)
            brow = np.where(keys[at] == key, self._bi_rows[at], 0)
            _add_rows(s, w["bi", 0], brow[idx - 1], buf)
            _add_rows(s, w["bi", 1], brow[idx], buf)
        return s

    def _add_context_scores(self, s: Any, items: Sequence[Item], cp: Any, chars: Any, astral: Any, idx: Any) -> None:
        """Add to `s` the scores of the words, the gazetteer context, the suffix ahead, and the
        character class and surname of each character (`chars`: their code points, 0 if astral)."""
        w = self._w2
        buf = np.empty_like(s)
        # per-text rows (Python lists, one array each at the end): gazetteer, suffix ahead; words
        g: list[int] = []
        a: list[int] = []
        for text, _, hits in items:
            self._gazetteer_rows(len(text), hits, g, a)
        wt, wd = self._word_rows(items)
        _add_rows(s, w["w", 0], wt, buf)
        _add_rows(s, w["wd", 0], wd, buf)
        _add_rows(s, w["g", 0], np.array(g, dtype=np.intp), buf)
        arow = np.array(a, dtype=np.intp)
        arow[self._stop[chars]] = self._ids["a"].get("-", 0)
        _add_rows(s, w["a", 0], arow, buf)
        krow = self._k_table[chars]
        if astral.any():
            for k in np.flatnonzero(astral[idx]):
                c = chr(cp[idx[k]])
                krow[k] = self._ids["k"].get(char_class(c) + ("1" if c in self.surnames else "0"), 0)
        _add_rows(s, w["k", 0], krow, buf)

    def _word_rows(self, items: Sequence[Item]) -> tuple[Any, Any]:
        """The rows of each character's word tag (BIES + POS) and word, for the texts laid
        end to end: one numpy pass over all their tokens (Python only transposes the tokens
        and looks their words up, in C-level maps)."""
        dget = self._ids["wd"].get
        pos_index = self._pos_index
        empty = dget("", 0)
        lens: list[int] = []
        texts: list[str] = []
        poss: list[int] = []
        for text, tokens, _ in items:
            if tokens:
                starts, ends, words, tags = zip(*tokens)
                size = sum(ends) - sum(starts)
            else:
                size = 0
            if size != len(text):  # tokens that do not tile the text: no word features
                lens.extend([1] * len(text))
                texts.extend([""] * len(text))
                poss.extend([_UNTILED] * len(text))
                continue
            if not tokens:
                continue
            for tag in set(tags).difference(pos_index):
                self._add_pos(tag)
            lens.extend(map(operator.sub, ends, starts))
            texts.extend(words)
            poss.extend(map(pos_index.__getitem__, tags))
        if not lens:
            return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp)
        ln_ = np.array(lens, dtype=np.intp)
        wd = np.array(list(map(dget, texts, itertools.repeat(0))), dtype=np.intp)
        wd[(ln_ < 2) | (ln_ > 7)] = empty  # words of 2 to 7 characters
        tok = np.repeat(np.arange(len(lens)), ln_)
        at = np.arange(len(tok)) - (np.cumsum(ln_) - ln_)[tok]  # position inside the token
        size_ = ln_[tok]
        col = np.where(size_ == 1, 0, np.where(at == 0, 1, np.where(at == size_ - 1, 3, 2)))
        if len(self._pos_table) != len(self._pos_list):
            self._pos_table = np.array(self._pos_list, dtype=np.intp)
        return self._pos_table[np.array(poss, dtype=np.intp)[tok], col], wd[tok]

    def _add_pos(self, pos: str) -> None:
        """Give a POS tag its row of `_pos_table`: the table rows of S, B, M, E + the tag."""
        tget = self._ids["w"].get
        self._pos_index[pos] = len(self._pos_list)
        self._pos_list.append((tget("S" + pos, 0), tget("B" + pos, 0), tget("M" + pos, 0), tget("E" + pos, 0)))

    def _gazetteer_rows(self, n: int, hits: Sequence[Hit], g: list[int], a: list[int]) -> None:
        """Append the rows of the gazetteer context (previous, this, next) and of the
        suffix ahead of each character to `g` and `a` (the stop characters are reset later)."""
        if not n:
            return
        gget, aget = self._ids["g"].get, self._ids["a"].get
        grow = [gget("---", 0)] * n
        arow = [aget("-", 0)] * n
        if not hits:  # (no gazetteer name: "-" at every character, the text's edges padded; what the general case below gives)
            grow[0] = gget("^-$" if n == 1 else "^--", 0)
            grow[-1] = gget("^-$" if n == 1 else "--$", 0)
            g.extend(grow)
            a.extend(arow)
            return
        gaz = gazetteer_tags(n, hits, self.suffix_types)
        near = {0, n - 1}
        for h in hits:
            near.update(range(max(0, h[0] - 1), min(n, h[1] + 1)))
        gpad = ["^", *gaz, "$"]
        for k in near:
            grow[k] = gget(gpad[k] + gaz[k] + gpad[k + 2], 0)
        for st, code in suffix_starts(hits, self.suffix_types):
            lo = max(0, st - AHEAD)
            arow[lo:st] = [aget(code, 0)] * (st - lo)
        g.extend(grow)
        a.extend(arow)


def _add_rows(s: Any, table: Any, rows: Any, buf: Any) -> None:
    """s += table[rows], through `buf` (no new array per table; the rows are the table's own)."""
    np.take(table, rows, axis=0, out=buf, mode="clip")
    s += buf
