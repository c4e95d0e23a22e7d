#!/usr/bin/env python3
"""Build kg/data/char_order.txt: the characters of Chinese text, most frequent first (kg.automata).

    python tools/build_char_order.py [--out kg/data/char_order.txt] [--top 4000]

The order only makes kg's gazetteer scans faster (see kg/automata.py); no result depends on it.
Characters are ranked by their frequency in jieba's dictionary (jieba/dict.txt, the one kg
segments with: each word's frequency counted for each of its characters), after the punctuation,
digits and spaces of news text, which the dictionary does not hold. Deterministic for one jieba.
"""
from __future__ import annotations

import argparse
import collections
import importlib.util
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# punctuation, digits and spaces of Chinese news text, roughly most frequent first
PUNCTUATION = "，。、“”：；（）《》！？—…·%.0123456789 \n-/"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=ROOT / "kg" / "data" / "char_order.txt")
    ap.add_argument("--top", type=int, default=4000, help="characters of the dictionary kept (default 4000)")
    a = ap.parse_args()
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("jieba is not installed")
    path = os.path.join(list(spec.submodule_search_locations)[0], "dict.txt")
    freq: collections.Counter[str] = collections.Counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                for c in parts[0]:
                    freq[c] += int(parts[1])
    chars = [c for c in PUNCTUATION if c != "\n"]
    chars += [c for c, _ in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])) if c not in PUNCTUATION and not c.isspace()][: a.top]
    lines = ["# characters of Chinese text, most frequent first (tools/build_char_order.py), 60 a line; kg.automata ranks the line break first"]
    lines += ["".join(chars[i : i + 60]) for i in range(0, len(chars), 60)]
    a.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(chars)} characters -> {a.out}")


if __name__ == "__main__":
    main()
