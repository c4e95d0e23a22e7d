"""A character CRF that proposes entity spans (python-crfsuite).

Features per character: the characters and bigrams in a ±2 window, character
classes, the rjieba word it sits in (BIES + POS, and the word itself), the
gazetteer matches over it and its neighbours (places, departments, name
suffixes, posts: BIES + kind) and the type of the nearest name suffix ahead.
They are built with list comprehensions over a whole text, because per-character
Python is the cost (crfsuite's Viterbi is C).

The model ships as kg/data/ner.crfsuite; `tools/train_tagger.py` trains it from
the public corpora in ../shared/data (CLUENER train, 85 % split).  Labels are
BIO over the project's types; the tagger never sees the corpora at run time.
"""
from __future__ import annotations

import operator
import re
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from . import cache
from .segment import Token

#: types the model is trained to tag (Project and Event come from rules only)
TAGGED_TYPES: tuple[str, ...] = ("Enterprise", "GovernmentBody", "Organization", "Place", "Person")
MODEL_NAME = "ner.crfsuite"

# a gazetteer hit as the recogniser's automaton reports it: (start, end, kind, key);
# kind is place | world | intl | dept | suffix | post, and `suffix_types` maps a suffix to its type
Hit = tuple[int, int, str, str]
_KIND_CODE = {"place": "P", "world": "P", "intl": "I", "dept": "D", "post": "O"}
_TYPE_CODE = {"Enterprise": "E", "GovernmentBody": "G", "Organization": "R", "Place": "L", "Project": "J", "Event": "V", "Person": "N"}
_AHEAD = 12  # how far (in characters) a name suffix ahead is visible
_STOP_AHEAD = frozenset("，。、；：！？,.;:!?（）()《》“”\"\n ")


_CLASS: dict[str, str] = {}  # memo of _char_class


def _char_class(c: str) -> str:
    """h: CJK, d: digit, a: Latin letter, s: space, p: anything else."""
    k = "h" if "\u4e00" <= c <= "\u9fff" else "d" if c.isdigit() else "a" if c.isascii() and c.isalpha() else "s" if c.isspace() else "p"
    if len(_CLASS) < 65536:
        _CLASS[c] = k
    return k


def _gazetteer(n: int, hits: Sequence[Hit], suffix_types: dict[str, str]) -> tuple[list[str], list[str]]:
    """Per character: the BIES tag + kind of the longest gazetteer hit over it
    (the first one on ties), and the type code of the nearest name suffix that
    starts within _AHEAD characters to its right ("-" for none)."""
    gaz = ["-"] * n
    glen = [0] * n
    for s, e, kind, key in hits:
        code = _TYPE_CODE[suffix_types[key]] if kind == "suffix" else _KIND_CODE[kind]
        ln = e - s
        if ln == 1:
            if glen[s] < 1:
                gaz[s], glen[s] = "S" + code, 1
            continue
        for k in range(s, e):
            if glen[k] < ln:
                glen[k] = ln
                gaz[k] = ("B" if k == s else "E" if k == e - 1 else "M") + code
    ahead = ["-"] * n
    for s, code in _suffix_starts(hits, suffix_types):
        lo = max(0, s - _AHEAD)
        ahead[lo:s] = [code] * (s - lo)
    return gaz, ahead


def _suffix_starts(hits: Sequence[Hit], suffix_types: dict[str, str]) -> list[tuple[int, str]]:
    """(start, type code) of the suffix hits, farthest first (nearer ones overwrite)."""
    found = [(s, i, _TYPE_CODE[suffix_types[key]]) for i, (s, _, kind, key) in enumerate(hits) if kind == "suffix"]
    found.sort(key=lambda x: (-x[0], x[1]))
    return [(s, code) for s, _, code in found]


UNIGRAMS = ("c-2", "c-1", "c0", "c1", "c2")  # offsets 0..4 into the padded characters
BIGRAMS = ("b-1", "b0")  # offsets 0..1 into the bigrams of the padded characters
OTHERS = ("w", "wd", "g", "a", "k")


def _values(
    text: str, tokens: Sequence[Token], hits: Sequence[Hit], suffix_types: dict[str, str], surnames: frozenset[str]
) -> tuple[list[str], list[str], list[list[str]]]:
    """(padded characters, their bigrams, the per-character values of OTHERS).

    pad[i + k] is the value of UNIGRAMS[k] at character i and bigrams[i + k]
    that of BIGRAMS[k]; features are "name=value" strings.
    """
    n = len(text)
    chars = list(text)
    pad = ["^", "^", *chars, "$", "$"]
    bigrams = list(map(operator.add, pad[1 : n + 2], pad[2 : n + 3]))
    wtag: list[str] = []
    word: list[str] = []
    for t in tokens:
        ln = t.end - t.start
        if ln == 1:
            wtag.append("S" + t.pos)
            word.append("")
            continue
        wtag.append("B" + t.pos)
        wtag.extend(["M" + t.pos] * (ln - 2))
        wtag.append("E" + t.pos)
        word.extend([t.text if ln < 8 else ""] * ln)
    if len(wtag) != n:  # tokens that do not tile the text: no word features
        wtag, word = [""] * n, [""] * n
    gaz, ahead = _gazetteer(n, hits, suffix_types)
    gpad = ["^", *gaz, "$"]
    cls = _CLASS
    others = [
        wtag,
        word,
        list(map("".join, zip(gpad[:n], gaz, gpad[2:]))),
        ["-" if c in _STOP_AHEAD else a for a, c in zip(ahead, chars)],
        [(cls.get(c) or _char_class(c)) + ("1" if c in surnames else "0") for c in chars],
    ]
    return pad, bigrams, others


def features(
    text: str, tokens: Sequence[Token], hits: Sequence[Hit], suffix_types: dict[str, str], surnames: frozenset[str]
) -> list[tuple[str, ...]]:
    """The feature strings ("name=value") of each character of `text` (deterministic);
    what the model is trained on.  `Tagger` scores the same values without building them."""
    n = len(text)
    if n == 0:
        return []
    pad, bigrams, others = _values(text, tokens, hits, suffix_types, surnames)
    cols = [[f"{name}={v}" for v in pad[k : k + n]] for k, name in enumerate(UNIGRAMS)]
    cols += [[f"{name}={v}" for v in bigrams[k : k + n]] for k, name in enumerate(BIGRAMS)]
    cols += [[f"{name}={v}" for v in vals] for name, vals in zip(OTHERS, others)]
    return list(zip(*cols))


# clause punctuation, labelled O in practice: decoding is cut there
_CUT_RE = re.compile("[。！？；，!?;,\n]")


def model_path() -> Path:
    return Path(str(resources.files("kg") / "data" / MODEL_NAME))


# ------------------------------------------------------------------ table cache
# Parsing the crfsuite model dump into tables takes most of a second; the tables
# are kept in the user's cache folder (kg.cache), keyed by a hash of the model,
# this module and the word lists, so a stale cache never loads.

_NOT_CACHED = frozenset({"path", "crf", "suffix_types", "surnames", "_np", "margin", "batch_chars", "_pos_rows"})


class Tagger:
    """The trained CRF; `__call__` gives (start, end, type) spans of a text.

    The crfsuite model is read once and turned into numpy weight tables (one row
    per feature value); decoding is Viterbi over clauses in lockstep.  Labels
    match crfsuite's own tagger except where it would put a name across a
    clause cut (，。；…), which the training data never does.
    """

    def __init__(self, suffix_types: dict[str, str], surnames: frozenset[str], path: str | Path | None = None) -> None:
        import numpy as np
        import pycrfsuite  # type: ignore[import-untyped]

        self.path = Path(path) if path is not None else model_path()
        crf = pycrfsuite.Tagger()
        try:
            crf.open(str(self.path))
        except (OSError, ValueError) as e:
            from .errors import KGError

            raise KGError(
                f"cannot open the NER model {self.path}: {e}; expected a python-crfsuite model "
                "(reinstall kg, or train one with `python tools/train_tagger.py`)"
            ) from e
        self.suffix_types = suffix_types
        self.surnames = surnames
        self.crf = crf  # the reference implementation, for tests and checks
        self._np = np
        self.margin = 8.0  # see label_ids: from 8 on, labels differ from crfsuite only across clause cuts
        self.batch_chars = 6000  # texts decoded together (label_ids_many), in characters
        self._pos_rows: dict[str, tuple[int, int, int, int]] = {}
        key = self._cache_key()
        tables = cache.load("tagger", key)
        if not isinstance(tables, dict):
            self._load_model(crf.info())
            self._prepare_tables()
            tables = {k: v for k, v in vars(self).items() if k not in _NOT_CACHED}
            cache.save("tagger", key, tables)
        vars(self).update(tables)

    def _cache_key(self) -> str:
        """What the weight tables depend on: the model, this module's code and the word lists."""
        import hashlib

        h = hashlib.sha256(self.path.read_bytes())
        h.update(Path(__file__).read_bytes())
        h.update("\n".join(sorted(self.surnames)).encode("utf-8"))
        h.update("\n".join(f"{k}\t{v}" for k, v in sorted(self.suffix_types.items())).encode("utf-8"))
        return h.hexdigest()[:32]

    def _load_model(self, info: Any) -> None:
        """The model's labels, transitions and state weights as numpy tables (one row per feature value)."""
        np = self._np
        self.label_names: list[str] = list(self.crf.labels())
        lab = {name: i for i, name in enumerate(self.label_names)}
        nl = len(lab)
        self._o = lab["O"]
        # per label: its type, and whether it begins a name
        self._type = [name[2:] for name in self.label_names]
        self._begin = [name.startswith("B-") for name in self.label_names]
        self._trans = np.zeros((nl, nl))
        for (a, b), w in info.transitions.items():
            self._trans[lab[a], lab[b]] = w
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
        self._w = {
            t: np.zeros((len(ids) + 1, len(UNIGRAMS) if t == "uni" else len(BIGRAMS) if t == "bi" else 1, nl))
            for t, ids in tables.items()
        }
        for table, row, k, y, w in entries:
            self._w[table][row, k, y] = w


    def _prepare_tables(self) -> None:
        """Arrays that map code points straight to table rows (no per-character dicts),
        and each (table, window offset) as its own contiguous (rows, labels) array:
        np.take along rows of a 2-D table is several times faster than fancy indexing."""
        np = self._np
        self._w2 = {(t, k): np.ascontiguousarray(w[:, k, :]) for t, w in self._w.items() for k in range(w.shape[1])}
        del self._w  # the 3-D tables were only the loading format
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
            [kget(_char_class(chr(c)) + ("1" if chr(c) in self.surnames else "0"), 0) if not 0xD800 <= c < 0xE000 else 0 for c in range(0x10000)],
            dtype=np.intp,
        )
        self._stop = np.zeros(0x10000, dtype=bool)
        for c in _STOP_AHEAD:
            self._stop[ord(c)] = True

    def scores(self, text: str, tokens: Sequence[Token], hits: Sequence[Hit]) -> Any:
        """The state score of each label at each character: an (n, labels) array."""
        return self.scores_many([(text, tokens, hits)])

    def scores_many(self, items: Sequence[tuple[str, Sequence[Token], Sequence[Hit]]]) -> Any:
        """`scores` of several texts, stacked in order: an (total length, labels) array.

        The texts are laid out as "^^text$$" one after another, so that every
        character window sees its own text's padding, and each weight table is
        gathered once for all of them.
        """
        np = self._np
        lens = np.array([len(t) for t, _, _ in items], dtype=np.intp)
        total = int(lens.sum())
        padded = "".join("^^" + t + "$$" for t, _, _ in items)
        cp = np.frombuffer(padded.encode("utf-32-le"), dtype=np.uint32).astype(np.intp)
        # where each text's characters sit in `padded`
        idx = np.arange(total) + np.repeat(2 + 4 * np.arange(len(items)), lens)
        astral = cp > 0xFFFF
        cpb = np.where(astral, 0, cp)
        # characters in a ±2 window
        urow = self._uni_table[cpb]
        if astral.any():
            for k in np.flatnonzero(astral):
                urow[k] = self._astral.get(chr(cp[k]), 0)
        take, w = np.take, self._w2
        s = take(w["uni", 0], urow[idx - 2], axis=0)
        for k in range(1, len(UNIGRAMS)):
            s += take(w["uni", k], urow[idx - 2 + k], axis=0)
        # bigrams: (previous, this) and (this, next)
        keys = self._bi_keys
        if len(keys) and total:
            key = (cp[:-1].astype(np.uint64) << np.uint64(32)) | cp[1:].astype(np.uint64)
            at = np.minimum(np.searchsorted(keys, key), len(keys) - 1)
            brow = np.where(keys[at] == key, self._bi_rows[at], 0)
            s += take(w["bi", 0], brow[idx - 1], axis=0)
            s += take(w["bi", 1], brow[idx], axis=0)
        # per-text rows (Python lists, one array each at the end): gazetteer, suffix ahead; words
        g: list[int] = []
        a: list[int] = []
        for text, _, hits in items:
            self._gazetteer_rows(len(text), hits, g, a)
        wt, wd = self._word_rows(items)
        s += take(w["w", 0], wt, axis=0)
        s += take(w["wd", 0], wd, axis=0)
        s += take(w["g", 0], np.array(g, dtype=np.intp), axis=0)
        chars = cpb[idx]
        arow = np.array(a, dtype=np.intp)
        arow[self._stop[chars]] = self._ids["a"].get("-", 0)
        s += take(w["a", 0], arow, axis=0)
        # character class and surname
        krow = self._k_table[chars]
        if astral.any():
            for k in np.flatnonzero(astral[idx]):
                c = chr(cp[idx[k]])
                krow[k] = self._ids["k"].get(_char_class(c) + ("1" if c in self.surnames else "0"), 0)
        s += take(w["k", 0], krow, axis=0)
        return s

    def _word_rows(self, items: Sequence[tuple[str, Sequence[Token], Sequence[Hit]]]) -> tuple[Any, Any]:
        """The rows of each character's word tag (BIES + POS) and word, for the texts laid
        end to end: one numpy pass over all their tokens (per token, Python does two lookups)."""
        np = self._np
        tget, dget = self._ids["w"].get, self._ids["wd"].get
        rows = self._pos_rows
        empty = dget("", 0)
        untiled = (tget("", 0),) * 4  # a text whose tokens do not tile it: no word features
        r: list[tuple[int, int, int, int]] = []
        d: list[int] = []
        lens: list[int] = []
        for text, tokens, _ in items:
            if sum(t.end - t.start for t in tokens) != len(text):
                r.extend([untiled] * len(text))
                d.extend([empty] * len(text))
                lens.extend([1] * len(text))
                continue
            for t in tokens:
                row = rows.get(t.pos)
                if row is None:
                    row = rows[t.pos] = (tget("S" + t.pos, 0), tget("B" + t.pos, 0), tget("M" + t.pos, 0), tget("E" + t.pos, 0))
                r.append(row)
                ln = t.end - t.start
                d.append(dget(t.text, 0) if 1 < ln < 8 else empty)
                lens.append(ln)
        if not lens:
            return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp)
        ln_ = np.array(lens, dtype=np.intp)
        tok = np.repeat(np.arange(len(lens)), ln_)
        at = np.arange(len(tok)) - (np.cumsum(ln_) - ln_)[tok]  # position inside the token
        ln = ln_[tok]
        col = np.where(ln == 1, 0, np.where(at == 0, 1, np.where(at == ln - 1, 3, 2)))
        return np.array(r, dtype=np.intp)[tok, col], np.array(d, dtype=np.intp)[tok]

    def _gazetteer_rows(self, n: int, hits: Sequence[Hit], g: list[int], a: list[int]) -> None:
        """Append the rows of the gazetteer context (previous, this, next) and of the
        suffix ahead of each character to `g` and `a` (the stop characters are reset later)."""
        if not n:
            return
        gget, aget = self._ids["g"].get, self._ids["a"].get
        grow = [gget("---", 0)] * n
        arow = [aget("-", 0)] * n
        gaz, _ = _gazetteer(n, hits, self.suffix_types)
        near = {0, n - 1}
        for h in hits:
            near.update(range(max(0, h[0] - 1), min(n, h[1] + 1)))
        gpad = ["^", *gaz, "$"]
        for k in near:
            grow[k] = gget(gpad[k] + gaz[k] + gpad[k + 2], 0)
        for st, code in _suffix_starts(hits, self.suffix_types):
            lo = max(0, st - _AHEAD)
            arow[lo:st] = [aget(code, 0)] * (st - lo)
        g.extend(grow)
        a.extend(arow)

    def label_ids(self, text: str, tokens: Sequence[Token], hits: Sequence[Hit]) -> Any:
        """The best label of each character: an int array of indexes into `label_names`."""
        return self.label_ids_many([(text, tokens, hits)])[0]

    def label_ids_many(self, items: Sequence[tuple[str, Sequence[Token], Sequence[Hit]]], with_margins: bool = False) -> list[Any]:
        """`label_ids` of several texts, decoded together (one Viterbi pass for all
        their runs: the per-step cost is numpy's call overhead, so batching is cheaper)."""
        out: list[Any] = []
        group: list[tuple[str, Sequence[Token], Sequence[Hit]]] = []
        size = 0
        for it in items:  # groups of about BATCH_CHARS: enough runs per step, bounded memory
            group.append(it)
            size += len(it[0])
            if size >= self.batch_chars:
                out.extend(self._label_ids_group(group, with_margins))
                group, size = [], 0
        if group:
            out.extend(self._label_ids_group(group, with_margins))
        return out

    def _label_ids_group(self, items: Sequence[tuple[str, Sequence[Token], Sequence[Hit]]], with_margins: bool = False) -> list[Any]:
        np = self._np
        texts = [t for t, _, _ in items]
        lens_ = [len(t) for t in texts]
        offsets = np.cumsum([0, *lens_])
        total = int(offsets[-1])
        o = self._o
        labels = np.full(total, o, dtype=np.intp)
        margins = np.zeros(total) if with_margins else None
        if total:
            self._decode(self.scores_many(items), "".join(texts), offsets, labels, margins)
        if margins is not None:
            return [(labels[offsets[i] : offsets[i + 1]], margins[offsets[i] : offsets[i + 1]]) for i in range(len(items))]
        return [labels[offsets[i] : offsets[i + 1]] for i in range(len(items))]

    def _decode(self, s: Any, text: str, offsets: Any, labels: Any, margins: Any = None) -> None:
        """Viterbi over the texts laid end to end (`offsets`: where each starts, and the end),
        writing the best labels into `labels`.

        Characters whose O score beats every other label by a wide margin are O on any
        good path, and clause punctuation is O: the texts are cut there into short runs,
        decoded side by side; each run begins and ends within one text.
        """
        np = self._np
        n = len(text)
        o = self._o
        others = s.copy()
        others[:, o] = -np.inf
        sure = s[:, o] - others.max(axis=1) > self.margin
        sure[[m.start() for m in _CUT_RE.finditer(text)]] = True
        bounds = np.zeros(n + 1, dtype=np.int8)  # 1 where a text begins (and at the end)
        bounds[offsets] = 1
        # a run starts where a character is unsure and its predecessor is sure or in another text
        unsure = ~sure
        begins = unsure & ((np.concatenate(([True], sure[:-1]))) | (bounds[:-1] == 1))
        ends = unsure & ((np.concatenate((sure[1:], [True]))) | (bounds[1:] == 1))
        run_starts, run_ends = np.flatnonzero(begins), np.flatnonzero(ends) + 1
        if not len(run_starts):
            return
        order = np.argsort(run_starts - run_ends, kind="stable")  # longest first
        starts, lens = run_starts[order], (run_ends - run_starts)[order]
        trans = self._trans
        # the scores with the steps in and out of each run folded in (runs never overlap):
        x = s.copy()
        x[starts[bounds[starts] == 0]] += trans[o]  # a run follows an O, unless it opens its text
        stop = starts + lens
        x[stop[bounds[stop] == 0] - 1] += trans[:, o]  # and is followed by one, unless it closes its text
        # runs are independent: a long text's are decoded RUNS at a time, so that the back
        # pointers (longest run x runs x labels) stay small (one 1M-character article: 1.2 GB)
        for a in range(0, len(starts), self.RUNS):
            self._viterbi(x, starts[a : a + self.RUNS], lens[a : a + self.RUNS], labels, margins)

    RUNS = 2048

    def _viterbi(self, x: Any, starts: Any, lens: Any, labels: Any, margins: Any) -> None:
        """Decode the runs at `starts` (longest first) over the scores x into `labels`."""
        np = self._np
        trans = self._trans
        nc, m, nl = len(starts), int(lens[0]), len(self.label_names)
        active = np.searchsorted(-lens, -np.arange(m), side="left").tolist()  # runs longer than t
        delta = x[starts]
        back = np.empty((m, nc, nl), dtype=np.intp)
        # candidates laid out (from, run, to): the reductions over `from` are elementwise
        # over contiguous blocks, twice as fast as reducing a short inner axis
        buf = np.empty((nl, nc, nl))
        trans_from = trans[:, None, :]
        keep = margins is not None
        if keep:
            hist = np.empty((m, nc, nl))
            hist[0] = delta
        for t in range(1, m):
            k = active[t]
            cand = buf[:, :k]
            np.add(delta[:k].T[:, :, None], trans_from, out=cand)
            back[t, :k] = cand.argmax(axis=0)
            delta[:k] = cand.max(axis=0) + x[starts[:k] + t]
            if keep:
                hist[t, :k] = delta[:k]
        final = delta.argmax(axis=1)
        out = np.empty((nc, m), dtype=np.intp)
        cur = np.zeros(nc, dtype=np.intp)
        ar = np.arange(nc)
        for t in range(m - 1, -1, -1):
            k = active[t]
            ending = lens[:k] == t + 1
            cur[:k] = np.where(ending, final[:k], cur[:k])
            out[:k, t] = cur[:k]
            if t:
                cur[:k] = back[t, ar[:k], cur[:k]]
        inside = np.arange(m) < lens[:, None]
        labels[(starts[:, None] + np.arange(m))[inside]] = out[inside]
        if keep:
            self._margins(x, hist, out, lens, starts, margins)

    def _margins(self, x: Any, hist: Any, out: Any, lens: Any, starts: Any, margins: Any) -> None:
        """For each name in the decoded runs: how much the best path's score drops when the
        name's characters are forced to O (max-marginal margin, 0 = a tie): its confidence."""
        np = self._np
        o, trans = self._o, self._trans
        nl = x.shape[1]
        named_runs = np.flatnonzero(((out != o) & (np.arange(out.shape[1]) < lens[:, None])).any(axis=1))
        if not len(named_runs):
            return
        # only the runs with a name, still longest first
        hist, out, lens, starts = hist[:, named_runs], out[named_runs], lens[named_runs], starts[named_runs]
        nc, m = len(named_runs), int(lens[0])
        active = np.searchsorted(-lens, -np.arange(m + 1), side="left").tolist()
        # backward: best score of a run's rest after t given the label at t
        after = np.zeros((m, nc, nl))
        buf = np.empty((nl, nc, nl))
        trans_to = trans.T[:, None, :]  # [to, ., from]
        for t in range(m - 2, -1, -1):
            k = active[t + 1]  # runs longer than t + 1
            v = x[starts[:k] + t + 1] + after[t + 1, :k]
            cand = buf[:, :k]
            np.add(v.T[:, :, None], trans_to, out=cand)
            after[t, :k] = cand.max(axis=0)
        for r in range(nc):
            ln = int(lens[r])
            row = out[r, :ln].tolist()
            best = float(hist[ln - 1, r].max())
            a = 0
            while a < ln:
                if row[a] == o:
                    a += 1
                    continue
                b = a
                while b < ln and row[b] != o:
                    b += 1
                pre = float((hist[a - 1, r] + trans[:, o]).max()) if a else 0.0
                st = int(starts[r])
                mid = float(x[st + a : st + b, o].sum()) + (b - a - 1) * float(trans[o, o])
                post = float((trans[o] + x[st + b] + after[b, r]).max()) if b < ln else 0.0
                margins[int(starts[r]) + a : int(starts[r]) + b] = best - (pre + mid + post)
                a = b

    def labels(self, text: str, tokens: Sequence[Token], hits: Sequence[Hit]) -> list[str]:
        names = self.label_names
        return [names[i] for i in self.label_ids(text, tokens, hits).tolist()]

    def __call__(self, text: str, tokens: Sequence[Token], hits: Sequence[Hit]) -> list[tuple[int, int, str]]:
        """(start, end, type) of each name the model finds; an I- without its B- starts a name."""
        return self.spans_of(self.label_ids(text, tokens, hits))

    def many(self, items: Sequence[tuple[str, Sequence[Token], Sequence[Hit]]]) -> list[list[tuple[int, int, str]]]:
        """`self(text, tokens, hits)` for each item, decoded in one batch."""
        return [self.spans_of(ids) for ids in self.label_ids_many(items)]

    def many_scored(self, items: Sequence[tuple[str, Sequence[Token], Sequence[Hit]]]) -> list[list[tuple[int, int, str, float]]]:
        """`many`, each name with its margin: how much worse the best labelling is
        without it (0: a toss-up; 10: sure)."""
        out = []
        for ids, margins in self.label_ids_many(items, with_margins=True):
            out.append([(s, e, t, float(margins[s:e].min())) for s, e, t in self.spans_of(ids)])
        return out

    def spans_of(self, ids: Any) -> list[tuple[int, int, str]]:
        """(start, end, type) runs of label ids; an I- without its B- starts a name."""
        types, begin = self._type, self._begin
        out: list[tuple[int, int, str]] = []
        start, typ, last = -1, "", -2
        nz = self._np.flatnonzero(ids != self._o).tolist()
        for i, y in zip(nz, ids[nz].tolist()):
            if start >= 0 and (i != last + 1 or begin[y] or types[y] != typ):
                out.append((start, last + 1, typ))
                start = -1
            if start < 0:
                start, typ = i, types[y]
            last = i
        if start >= 0:
            out.append((start, last + 1, typ))
        return out
