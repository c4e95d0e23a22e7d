"""Write kg/data/name_chars.tsv: how much more often each character opens or ends a Chinese personal name than it
occurs in running text (the person-name proposer of kg/recognize/namechars.py reads it).

    python tools/name_chars.py [--data ../shared/data] [--out kg/data/name_chars.tsv]

Names: the Person spans of the training sentences of CLUENER and People's Daily (never the held-out 15 %
of `tools.corpora.held_out`, nor the dev part of `tools.train_tagger.dev_part`, so that the dev part still
measures the proposer) that open with a surname of kg/data/surnames.txt, and the three-character words jieba's
dictionary tags nr that open with one (60 k: the corpora alone hold 3 k given-name characters, too few).
Running text: every character of those same training sentences.  Per character, log of
P(character | surname) / P(character | text) and P(character | given name) / P(character | text), add-half
smoothed; a character seen in no name is left out (the proposer reads it as no name's).
Deterministic: the same data and dictionary give the same table.
"""
from __future__ import annotations

import argparse
import math
import os
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # `tools` and `kg` from this checkout

_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--out", default=str(ROOT / "kg" / "data" / "name_chars.tsv"))
    a = ap.parse_args()

    import jieba  # type: ignore[import-untyped]

    from tools import corpora
    from tools.train_tagger import dev_part

    surnames = frozenset(w for line in (ROOT / "kg" / "data" / "surnames.txt").read_text(encoding="utf-8").splitlines()
                         if not line.startswith("#") for w in line.split())
    data = Path(a.data)
    examples = corpora.read_cluener(data / "cluener" / "train.json") + corpora.read_pd98(data / "pd98" / "example.dev")
    train = [ex for ex in examples if not corpora.held_out(ex[0]) and not dev_part(ex[0])]
    text, sur, given = Counter(), Counter(), Counter()
    names = []
    for t, ents in train:
        text.update(c for c in t if "\u4e00" <= c <= "\u9fff")
        names += [t[s:e] for s, e, typ in ents if typ == "Person"]
    for line in open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8"):
        w, _f, tag = line.split()
        if tag == "nr" and len(w) == 3:
            names.append(w)
    for n in names:
        k = 2 if len(n) >= 3 and n[:2] in surnames else 1
        if not _NAME.match(n) or n[:k] not in surnames or not 1 <= len(n) - k <= 2:
            continue
        sur[n[:k]] += 1
        given.update(n[k:])
    n_text, n_sur, n_given = sum(text.values()), sum(sur.values()), sum(given.values())

    def ratio(c: str, counts: Counter[str], total: int) -> float:
        return math.log((counts[c] + 0.5) / total / ((text[c] + 1) / n_text)) if counts[c] else -9.9

    rows = sorted(set(sur) | set(given))
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("# how much more often a character is a surname or a given name's than a character of running text: log ratios; written by\n")
        f.write(f"# tools/name_chars.py from the training sentences of CLUENER and People's Daily (not held out, not dev) and jieba's nr words; {len(rows)} characters\n")
        f.write("char\tsurname\tgiven\n")
        for c in rows:
            f.write(f"{c}\t{ratio(c, sur, n_sur):.1f}\t{ratio(c, given, n_given):.1f}\n")
    print(f"{len(rows)} characters from {sum(sur.values())} names, {n_text} characters of text: {a.out}")


if __name__ == "__main__":
    main()
