"""The CRF's features: what each character of a text shows the model.

Per character: the characters and bigrams in a ±2 window, character classes,
the rjieba word it sits in (BIES + POS, and the word itself), the gazetteer
matches over it and its neighbours (places, departments, name suffixes, posts:
BIES + kind) and the type of the nearest name suffix ahead.  They are built
with list comprehensions over a whole text, because per-character Python is the
cost.  `features` spells them as crfsuite's strings (training, checks);
`weights.Weights` maps the same values straight to weight rows.
"""
from __future__ import annotations

import operator
from collections.abc import Sequence

from ..segment import Token

# a gazetteer hit as the recogniser's automaton reports it: (start, end, kind, key);
# kind is place | world | intl | work | dept | suffix | post, and `suffix_types` maps a suffix to its type
Hit = tuple[int, int, str, str]
_KIND_CODE = {"place": "P", "world": "P", "intl": "I", "dept": "D", "post": "O"}
_TYPE_CODE = {"Enterprise": "E", "GovernmentBody": "G", "Organization": "R", "Place": "L", "Project": "J", "Event": "V", "Person": "N"}
AHEAD = 12  # how far (in characters) a name suffix ahead is visible
STOP_AHEAD = frozenset("，。、；：！？,.;:!?（）()《》“”\"\n ")

UNIGRAMS = ("c-2", "c-1", "c0", "c1", "c2")  # offsets 0..4 into the padded characters
BIGRAMS = ("b-1", "b0")  # offsets 0..1 into the bigrams of the padded characters
OTHERS = ("w", "wd", "g", "a", "k")

_CLASS: dict[str, str] = {}  # memo of char_class


def char_class(c: str) -> str:
    """h: CJK, d: digit, a: Latin letter, s: space, p: anything else."""
    k = "h" if "\u4e00" <= c <= "\u9fff" else "d" if c.isdigit() else "a" if c.isascii() and c.isalpha() else "s" if c.isspace() else "p"
    if len(_CLASS) < 65536:
        _CLASS[c] = k
    return k


def gazetteer(n: int, hits: Sequence[Hit], suffix_types: dict[str, str]) -> tuple[list[str], list[str]]:
    """Per character: the BIES tag + kind of the longest gazetteer hit over it
    (the first one on ties), and the type code of the nearest name suffix that
    starts within AHEAD characters to its right ("-" for none)."""
    ahead = ["-"] * n
    for s, code in suffix_starts(hits, suffix_types):
        lo = max(0, s - AHEAD)
        ahead[lo:s] = [code] * (s - lo)
    return gazetteer_tags(n, hits, suffix_types), ahead


def gazetteer_tags(n: int, hits: Sequence[Hit], suffix_types: dict[str, str]) -> list[str]:
    """The first half of `gazetteer`: per character the BIES tag + kind of the longest hit over it."""
    gaz = ["-"] * n
    glen = [0] * n
    for s, e, kind, key in hits:
        code = _TYPE_CODE[suffix_types[key]] if kind == "suffix" else _KIND_CODE.get(kind)
        if code is None:
            continue  # (a national work of the world list, 南水北调: no kind the model was trained with)
        ln = e - s
        if ln == 1:
            if glen[s] < 1:
                gaz[s], glen[s] = "S" + code, 1
            continue
        for k in range(s, e):
            if glen[k] < ln:
                glen[k] = ln
                gaz[k] = ("B" if k == s else "E" if k == e - 1 else "M") + code
    return gaz


def suffix_starts(hits: Sequence[Hit], suffix_types: dict[str, str]) -> list[tuple[int, str]]:
    """(start, type code) of the suffix hits, farthest first (nearer ones overwrite)."""
    found = [(s, i, _TYPE_CODE[suffix_types[key]]) for i, (s, _, kind, key) in enumerate(hits) if kind == "suffix"]
    found.sort(key=lambda x: (-x[0], x[1]))
    return [(s, code) for s, _, code in found]


def _words(n: int, tokens: Sequence[Token]) -> tuple[list[str], list[str]]:
    """Per character: the BIES tag + POS of its word, and the word (words of 2 to 7 characters);
    empty when the tokens do not tile the text."""
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
        return [""] * n, [""] * n
    return wtag, word


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
    wtag, word = _words(n, tokens)
    gaz, ahead = gazetteer(n, hits, suffix_types)
    gpad = ["^", *gaz, "$"]
    cls = _CLASS
    others = [
        wtag,
        word,
        list(map("".join, zip(gpad[:n], gaz, gpad[2:]))),
        ["-" if c in STOP_AHEAD else a for a, c in zip(ahead, chars)],
        [(cls.get(c) or char_class(c)) + ("1" if c in surnames else "0") for c in chars],
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
