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

from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from .segment import Token

#: types the model is trained to tag (Project and Event come from rules only)
TAGGED_TYPES: tuple[str, ...] = ("Enterprise", "GovernmentBody", "Organization", "Place", "Person")
MODEL_NAME = "ner.crfsuite"

# a gazetteer hit as the recogniser's automaton reports it: (start, end, kind, key);
# kind is place | world | dept | suffix | post, and `suffix_types` maps a suffix to its type
Hit = tuple[int, int, str, str]
_KIND_CODE = {"place": "P", "world": "P", "dept": "D", "post": "O"}
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
    """Per character: the BIES tag + kind of the longest gazetteer hit over it, and
    the type of the nearest suffix starting within _AHEAD characters to the right."""
    gaz = ["-"] * n
    glen = [0] * n
    ahead = ["-"] * n
    for s, e, kind, key in hits:
        code = _TYPE_CODE[suffix_types[key]] if kind == "suffix" else _KIND_CODE[kind]
        ln = e - s
        if ln == 1:
            if glen[s] < 1:
                gaz[s], glen[s] = "S" + code, 1
        else:
            for k in range(s, e):
                if glen[k] < ln:
                    glen[k] = ln
                    gaz[k] = ("B" if k == s else "E" if k == e - 1 else "M") + code
        if kind == "suffix":
            k = s - 1
            floor = max(0, s - _AHEAD)
            while k >= floor and ahead[k] == "-":
                ahead[k] = code
                k -= 1
    return gaz, ahead


def features(
    text: str, tokens: Sequence[Token], hits: Sequence[Hit], suffix_types: dict[str, str], surnames: frozenset[str]
) -> list[tuple[str, ...]]:
    """The feature strings of each character of `text` (deterministic).

    Built column by column (one comprehension per feature over the whole text,
    then zipped): about four times faster than a list per character.
    """
    n = len(text)
    if n == 0:
        return []
    chars = list(text)
    pad = ["^", "^", *chars, "$", "$"]
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
    gaz, ahead = _gazetteer(n, hits, suffix_types)
    gpad = ["^", *gaz, "$"]
    cols = [
        ["c-2=" + c for c in pad[:n]],
        ["c-1=" + c for c in pad[1 : n + 1]],
        ["c0=" + c for c in chars],
        ["c1=" + c for c in pad[3 : n + 3]],
        ["c2=" + c for c in pad[4 : n + 4]],
        ["b-1=" + a + b for a, b in zip(pad[1 : n + 1], chars)],
        ["b0=" + a + b for a, b in zip(chars, pad[3 : n + 3])],
        ["w=" + w for w in wtag],
        ["wd=" + w for w in word],
        ["g=" + a + b + c for a, b, c in zip(gpad[:n], gaz, gpad[2:])],
        ["a=" + ("-" if c in _STOP_AHEAD else a) for a, c in zip(ahead, chars)],
        ["k=" + (_CLASS.get(c) or _char_class(c)) + ("1" if c in surnames else "0") for c in chars],
    ]
    return list(zip(*cols))


def spans(labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) runs of BIO labels; an I- without its B- starts a run."""
    out: list[tuple[int, int, str]] = []
    start, typ = -1, ""
    for i, lab in enumerate(labels):
        if lab == "O" or lab[0] == "B" or lab[2:] != typ:
            if start >= 0:
                out.append((start, i, typ))
                start = -1
            if lab != "O":
                start, typ = i, lab[2:]
    if start >= 0:
        out.append((start, len(labels), typ))
    return out


def bio(n: int, entities: Sequence[tuple[int, int, str]]) -> list[str]:
    """BIO labels for spans (start, end exclusive, type); the first span wins an overlap."""
    labels = ["O"] * n
    for s, e, t in entities:
        if any(lab != "O" for lab in labels[s:e]):
            continue
        labels[s] = "B-" + t
        for k in range(s + 1, e):
            labels[k] = "I-" + t
    return labels


def model_path() -> Path:
    return Path(str(resources.files("kg") / "data" / MODEL_NAME))


class Tagger:
    """The trained CRF; `__call__` gives (start, end, type) spans of a text."""

    def __init__(self, suffix_types: dict[str, str], surnames: frozenset[str], path: str | Path | None = None) -> None:
        import pycrfsuite

        self.path = Path(path) if path is not None else model_path()
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(self.path))
        except (OSError, ValueError) as e:
            from .errors import KGError

            raise KGError(
                f"cannot open the NER model {self.path}: {e}; expected a python-crfsuite model "
                "(reinstall kg, or train one with `python tools/train_tagger.py`)"
            ) from e
        self.suffix_types = suffix_types
        self.surnames = surnames

    def labels(self, text: str, tokens: Sequence[Token], hits: Sequence[Hit]) -> list[str]:
        if not text:
            return []
        return list(self._tagger.tag(features(text, tokens, hits, self.suffix_types, self.surnames)))

    def __call__(self, text: str, tokens: Sequence[Token], hits: Sequence[Hit]) -> list[tuple[int, int, str]]:
        return spans(self.labels(text, tokens, hits))


# ------------------------------------------------------------------ corpora
# Readers for the public corpora in ../shared/data, shared by tools/train_tagger.py
# and bench/eval_ner.py so that both use the same split and label mapping.

CLUENER_TYPES = {
    "company": "Enterprise",
    "government": "GovernmentBody",
    "organization": "Organization",
    "address": "Place",
    "scene": "Place",
    "name": "Person",
}
PD98_TYPES = {"ORG": "ORG", "LOC": "Place", "PER": "Person"}  # ORG: any of the three organisation types
HOLDOUT_PERCENT = 15

Example = tuple[str, list[tuple[int, int, str]]]


def held_out(text: str) -> bool:
    """The fixed evaluation split: 15 % of CLUENER by a hash of the sentence text."""
    import hashlib

    return int(hashlib.md5(text.encode("utf-8")).hexdigest()[:8], 16) % 100 < HOLDOUT_PERCENT


def read_cluener(path: str | Path) -> list[Example]:
    """CLUENER train.json -> (text, [(start, end exclusive, project type)]); unmapped labels dropped."""
    import json

    out: list[Example] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            ents = [
                (s, e + 1, CLUENER_TYPES[lab])
                for lab, surfaces in rec.get("label", {}).items()
                if lab in CLUENER_TYPES
                for spans_ in surfaces.values()
                for s, e in spans_
            ]
            out.append((rec["text"], sorted(ents)))
    return out


def read_pd98(path: str | Path) -> list[Example]:
    """People's Daily char/BIO file -> (text, [(start, end exclusive, ORG|Place|Person)])."""
    out: list[Example] = []
    chars: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if chars:
            labs = [t if t == "O" else t[:2] + PD98_TYPES.get(t[2:], t[2:]) for t in tags]
            out.append(("".join(chars), spans(labs)))
            chars.clear()
            tags.clear()

    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                flush()
                continue
            if len(parts) == 1:  # a space character: the tag alone is left after split()
                chars.append(" ")
                tags.append(parts[0])
            else:
                chars.append(parts[0])
                tags.append(parts[-1])
    flush()
    return out
