"""The trained CRF at run time: load it, score texts with its weights, decode names."""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import cache
from ..segment import Token
from .features import Hit

if TYPE_CHECKING:
    from .weights import Weights

#: types the model is trained to tag (Project and Event come from rules only)
TAGGED_TYPES: tuple[str, ...] = ("Enterprise", "GovernmentBody", "Organization", "Place", "Person")
MODEL_NAME = "ner.crfsuite"

Item = tuple[str, Sequence[Token], Sequence[Hit]]


def model_path() -> Path:
    return Path(str(resources.files("kg") / "data" / MODEL_NAME))


class Tagger:
    """The trained CRF; `__call__` gives (start, end, type) spans of a text.

    The crfsuite model is read once and turned into numpy weight tables (`Weights`,
    kept in the user's cache folder: parsing the model dump takes most of a second);
    decoding is Viterbi over clauses in lockstep (`viterbi`).  Labels match crfsuite's
    own tagger except where it would put a name across a clause cut (，。；…), which
    the training data never does.
    """

    def __init__(self, suffix_types: dict[str, str], surnames: frozenset[str], path: str | Path | None = None) -> None:
        import numpy as np  # numpy and the tables load with the model, not with kg
        import pycrfsuite  # type: ignore[import-untyped]

        from .weights import Weights

        self.path = Path(path) if path is not None else model_path()
        crf = pycrfsuite.Tagger()
        try:
            crf.open(str(self.path))
        except (OSError, ValueError) as e:
            from ..errors import KGError

            raise KGError(
                f"cannot open the NER model {self.path}: {e}; expected a python-crfsuite model "
                "(reinstall kg, or train one with `python tools/train_tagger.py`)"
            ) from e
        self.crf = crf  # the reference implementation, for tests and checks
        self._np: Any = np  # (typed: a module is no attribute type for mypyc)
        self.margin = 8.0  # see label_ids: from 8 on, labels differ from crfsuite only across clause cuts
        self.batch_chars = 12000  # texts decoded together (label_ids_many), in characters: a chunk of 256 sentences in one group
        key = self._cache_key(suffix_types, surnames)
        weights = cache.load("tagger", key)
        if not isinstance(weights, Weights):
            weights = Weights(list(crf.labels()), crf.info(), suffix_types, surnames)
            cache.save("tagger", key, weights)
        self.weights: Weights = weights

    def _cache_key(self, suffix_types: dict[str, str], surnames: frozenset[str]) -> str:
        """What the weight tables depend on: the model, this package's code and the word lists."""
        import hashlib

        h = hashlib.sha256(self.path.read_bytes())
        for code in sorted(Path(__file__).parent.glob("*.py")):
            h.update(code.read_bytes())
        h.update("\n".join(sorted(surnames)).encode("utf-8"))
        h.update("\n".join(f"{k}\t{v}" for k, v in sorted(suffix_types.items())).encode("utf-8"))
        return h.hexdigest()[:32]

    @property
    def label_names(self) -> list[str]:
        return self.weights.label_names

    def scores(self, text: str, tokens: Sequence[Token], hits: Sequence[Hit]) -> Any:
        """The state score of each label at each character: an (n, labels) array."""
        return self.weights.scores_many([(text, tokens, hits)])

    def scores_many(self, items: Sequence[Item]) -> Any:
        """`scores` of several texts, stacked in order: an (total length, labels) array."""
        return self.weights.scores_many(items)

    def label_ids(self, text: str, tokens: Sequence[Token], hits: Sequence[Hit]) -> Any:
        """The best label of each character: an int array of indexes into `label_names`."""
        return self.label_ids_many([(text, tokens, hits)])[0]

    def label_ids_many(self, items: Sequence[Item], with_margins: bool = False) -> list[Any]:
        """`label_ids` of several texts, decoded together (one Viterbi pass for all
        their runs: the per-step cost is numpy's call overhead, so batching is cheaper)."""
        out: list[Any] = []
        for labels, margins, offsets in self._groups(items, with_margins):
            cuts = list(zip(offsets[:-1].tolist(), offsets[1:].tolist()))
            out.extend((labels[a:b], margins[a:b]) if margins is not None else labels[a:b] for a, b in cuts)
        return out

    def _groups(self, items: Sequence[Item], with_margins: bool) -> Iterator[tuple[Any, Any, Any]]:
        """(labels, margins or None, offsets) of each group of about `batch_chars` characters of the
        texts laid end to end (enough runs per Viterbi step, bounded memory)."""
        group: list[Item] = []
        size = 0
        for it in items:
            group.append(it)
            size += len(it[0])
            if size >= self.batch_chars:
                yield self._decode_group(group, with_margins)
                group, size = [], 0
        if group:
            yield self._decode_group(group, with_margins)

    def _decode_group(self, items: Sequence[Item], with_margins: bool) -> tuple[Any, Any, Any]:
        from .viterbi import decode

        np = self._np
        texts = [t for t, _, _ in items]
        offsets = np.cumsum([0, *map(len, texts)])
        total = int(offsets[-1])
        w = self.weights
        labels = np.full(total, w.o, dtype=np.intp)
        margins = np.zeros(total) if with_margins else None
        if total:
            decode(w.scores_many(items), "".join(texts), offsets, labels, w.o, w.trans, self.margin, margins)
        return labels, margins, offsets

    def labels(self, text: str, tokens: Sequence[Token], hits: Sequence[Hit]) -> list[str]:
        names = self.label_names
        return [names[i] for i in self.label_ids(text, tokens, hits).tolist()]

    def __call__(self, text: str, tokens: Sequence[Token], hits: Sequence[Hit]) -> list[tuple[int, int, str]]:
        """(start, end, type) of each name the model finds; an I- without its B- starts a name."""
        return self.spans_of(self.label_ids(text, tokens, hits))

    def many(self, items: Sequence[Item]) -> list[list[tuple[int, int, str]]]:
        """`self(text, tokens, hits)` for each item, decoded in one batch."""
        return [self.spans_of(ids) for ids in self.label_ids_many(items)]

    def many_scored(self, items: Sequence[Item]) -> list[list[tuple[int, int, str, float]]]:
        """`many`, each name with its margin: how much worse the best labelling is
        without it (0: a toss-up; 10: sure)."""
        np = self._np
        out = []
        for labels, margins, offsets in self._groups(items, True):
            # the names of all the group's texts at once (numpy's cost per call paid per group, not per text)
            at = np.flatnonzero(labels != self.weights.o)
            firsts = np.searchsorted(at, offsets).tolist()  # where each text's named characters start in `at`
            ys, at_ = labels[at].tolist(), at.tolist()
            m = margins.tolist() if len(at_) else []  # (Python floats: the same values, without numpy's cost per call)
            for k, base in enumerate(offsets[:-1].tolist()):
                spans = self._runs_of([i - base for i in at_[firsts[k] : firsts[k + 1]]], ys[firsts[k] : firsts[k + 1]])
                out.append([(s, e, t, min(m[base + s : base + e])) for s, e, t in spans])
        return out

    def spans_of(self, ids: Any) -> list[tuple[int, int, str]]:
        """(start, end, type) runs of label ids; an I- without its B- starts a name."""
        nz = self._np.flatnonzero(ids != self.weights.o)
        return self._runs_of(nz.tolist(), ids[nz].tolist())

    def _runs_of(self, at: list[int], ys: list[int]) -> list[tuple[int, int, str]]:
        """`spans_of` given the offsets `at` of the labels other than O, in order, and those labels `ys`."""
        types, begin = self.weights.types, self.weights.begin
        out: list[tuple[int, int, str]] = []
        start, typ, last = -1, "", -2
        for i, y in zip(at, ys):
            if start >= 0 and (i != last + 1 or begin[y] or types[y] != typ):
                out.append((start, last + 1, typ))
                start = -1
            if start < 0:
                start, typ = i, types[y]
            last = i
        if start >= 0:
            out.append((start, last + 1, typ))
        return out
