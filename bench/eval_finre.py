"""Business relations of `kg.extract` on FinRE, public financial-news sentences nobody here wrote.

    python bench/eval_finre.py [--split dev|held|both] [--errors] [--names] [--limit N] [--data ../shared/data/finre]

`../shared/data/finre` (read its README) holds labelled company pairs of Sina Finance sentences:
`e1 TAB e2 TAB label TAB sentence`, each pair in both directions (持股 / 被持股).  `train.txt` is
our dev split (tune on it, `--errors` prints its misses and wrong relations); `valid.txt` is held
out: never tuned on, and its errors are never printed (`--errors` refuses it).

Label mapping (the README's): 合作 and 签约 → cooperatesWith + signsWith (one class, symmetric);
持股, 入股, 注资, 增持 → invests (e1 invests e2); 拥有 → subOrganizationOf (e2 subOrganizationOf e1).
Labels of the passive direction (被持股 …) are the same facts and are not counted twice.

Scoring is by pair: for each sentence, the pairs the annotators labelled (any label, `unknown`
too) are the pairs we can judge.  A predicted relation of one of the three classes whose two
ends match the two names of a labelled pair (the same direction for invests and
subOrganizationOf, either for the symmetric class) is right when that pair carries the class's
label and wrong otherwise; relations between names the annotators did not pair are not judged.
Recall is over the labelled pairs of the class.  A name matches an entity or a relation end when
one contains the other (工行 ~ 中国工商银行 does not match: no alias table here).

FinRE masks numbers as `<N>`; they are read as the digit 5 (in sentences and names alike), so that
amounts and shares (<N>亿元, <N>%的股权) read as numbers do.

Relations are those `kg extract` gives (stated by sentences); `--names` adds those read off names
(兴业银行上海徐汇支行 subOrganizationOf 兴业银行), which `kg build` keeps.

Because a relation needs both ends recognised first, each class also reports how many gold
pairs had both names among the sentence's entities ("both names") and the recall among those.
The README warns that some labels come from what the annotators knew, not from the sentence
(阿里巴巴 拥有 蚂蚁金服 from a sentence that only names both): full recall is out of reach for an
extractor that reports stated facts only.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "finre"
SPLITS = {"dev": "train.txt", "held": "valid.txt"}
COOP = "cooperatesWith+signsWith"
CLASSES = ("invests", "subOrganizationOf", COOP)
# label -> (class, True when e1 is the subject of our predicate)
LABELS = {"合作": (COOP, True), "签约": (COOP, True), "持股": ("invests", True), "入股": ("invests", True),
          "注资": ("invests", True), "增持": ("invests", True), "拥有": ("subOrganizationOf", False)}
PREDICATES = {"invests": "invests", "subOrganizationOf": "subOrganizationOf", "cooperatesWith": COOP, "signsWith": COOP}


@dataclass
class Sentence:
    text: str
    pairs: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))  # (s, o) -> classes
    labels: dict[frozenset[str], set[str]] = field(default_factory=lambda: defaultdict(set))  # {e1, e2} -> FinRE labels

    def gold(self, cls: str) -> set[tuple[str, str]]:
        return {p for p, cs in self.pairs.items() if cls in cs}


def read(path: Path) -> list[Sentence]:
    """The sentences of a FinRE file with, for each labelled pair (subject first, in our
    predicate's direction), the classes it carries (empty: labelled, but none of ours)."""
    by_text: dict[str, Sentence] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 4:
            continue
        e1, e2, label, text = (x.replace("<N>", "5") for x in parts)
        s = by_text.setdefault(text, Sentence(text))
        if label != "unknown":
            s.labels[frozenset((e1, e2))].add(label.removeprefix("被"))
        cls = LABELS.get(label)
        if cls is None:
            s.pairs.setdefault((e1, e2), set())  # a pair the annotators judged, not of our classes
            continue
        subj, obj = (e1, e2) if cls[1] else (e2, e1)
        if cls[0] == COOP:  # symmetric: one pair, whichever direction it was labelled in
            subj, obj = sorted((subj, obj))
        s.pairs[(subj, obj)].add(cls[0])
    return list(by_text.values())


def same(name: str, strings: Iterable[str | None]) -> bool:
    return any(x and (name in x or x in name) and min(len(x), len(name)) >= 2 for x in strings)


def _ends(rel: dict) -> tuple[tuple[str | None, str | None], tuple[str | None, str | None]]:
    return (rel.get("s"), rel.get("s_canonical")), (rel.get("o"), rel.get("o_canonical"))


def judge(s: Sentence, result: dict) -> tuple[dict[str, list], dict[str, list], dict[str, set[tuple[str, str]]]]:
    """(right, wrong, both-names-recognised count) by class for one sentence; right and wrong are
    lists of (relation, pair) for the error listing."""
    right: dict[str, list] = defaultdict(list)
    wrong: dict[str, list] = defaultdict(list)
    names = [(e.get("text"), e.get("canonical")) for e in result["entities"]]
    both: dict[str, set[tuple[str, str]]] = defaultdict(set)  # the gold pairs whose two names are entities
    for cls in CLASSES:
        for a, b in s.gold(cls):
            if any(same(a, n) for n in names) and any(same(b, n) for n in names):
                both[cls].add((a, b))
    for rel in result["relations"]:
        cls = PREDICATES.get(rel["p"])
        if cls is None:
            continue
        (ss, so) = _ends(rel)
        hits = [(a, b) for (a, b) in s.pairs if same(a, ss) and same(b, so) or cls == COOP and same(a, so) and same(b, ss)]
        if not hits:
            continue  # a pair the annotators did not label: not judged
        good = [p for p in hits if cls in s.pairs[p]]
        if good:
            right[cls].append((rel, good[0]))
        else:
            wrong[cls].append((rel, hits[0]))
    return right, wrong, both


def evaluate(sentences: list[Sentence], results: list[dict], errors: bool) -> None:
    gold = {c: sum(len(s.gold(c)) for s in sentences) for c in CLASSES}
    tp: dict[str, set] = defaultdict(set)
    n_right: dict[str, int] = defaultdict(int)
    n_wrong: dict[str, int] = defaultdict(int)
    both: dict[str, int] = defaultdict(int)
    found_both: dict[str, int] = defaultdict(int)
    lines = []
    wrong_labels: dict[str, Counter[str]] = defaultdict(Counter)  # what the pairs we got wrong are labelled
    for i, (s, r) in enumerate(zip(sentences, results)):
        right, wrong, b = judge(s, r)
        for c in CLASSES:
            both[c] += len(b[c])
            n_right[c] += len(right[c])
            n_wrong[c] += len(wrong[c])
            pairs = {p for _, p in right[c]}
            tp[c] |= {(i, p) for p in pairs}
            found_both[c] += len(pairs)
            for _, p in wrong[c]:
                wrong_labels[c]["/".join(sorted(s.labels.get(frozenset(p), ()))) or "unknown"] += 1
            if errors:
                lines += [f"wrong {c}\t{rel['s']} → {rel['o']}\t({rel['rule']}; pair labelled {sorted(s.pairs[p]) or 'other'})\t{s.text}"
                          for rel, p in wrong[c]]
                lines += [f"missed {c}{' (both names are entities)' if (a, b_) in b[c] else ''}\t{a} → {b_}\t{s.text}"
                          for a, b_ in s.gold(c) - pairs]
    print(f"{'class':<26}{'gold':>6}{'both names':>11}{'pred':>6}{'right':>6}{'P':>7}{'R':>7}{'F1':>7}{'R|names':>9}")
    for c in CLASSES:
        t = len(tp[c])
        pred = n_right[c] + n_wrong[c]
        p = n_right[c] / pred if pred else 0.0
        rec = t / gold[c] if gold[c] else 0.0
        f = 2 * p * rec / (p + rec) if p + rec else 0.0
        rb = t / both[c] if both[c] else 0.0
        print(f"{c:<26}{gold[c]:>6}{both[c]:>11}{pred:>6}{n_right[c]:>6}{p:>7.3f}{rec:>7.3f}{f:>7.3f}{rb:>9.3f}")
    for c in CLASSES if errors else ():  # the held split shows its figures only
        print(f"  wrong {c}: FinRE labels of the pairs: " + ", ".join(f"{k} {v}" for k, v in wrong_labels[c].most_common(8)))
    if lines:
        print("\n".join(lines))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("dev", "held", "both"), default="both")
    ap.add_argument("--errors", action="store_true", help="print wrong and missed pairs and the labels of the wrong ones (dev split only)")
    ap.add_argument("--names", action="store_true", help="add the relations read off names (rules name.*, as `kg build` keeps them)")
    ap.add_argument("--limit", type=int, help="the first N sentences of each split (a quick look)")
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args()
    if args.errors and args.split != "dev":
        sys.exit("--errors prints the dev split only: add --split dev (valid.txt is held out)")
    from kg.extract import extract_many

    for split in ("dev", "held") if args.split == "both" else (args.split,):
        t0 = time.time()
        sentences = read(args.data / SPLITS[split])[: args.limit]
        results = []
        for i in range(0, len(sentences), 500):
            results += extract_many([{"id": str(j), "text": s.text} for j, s in enumerate(sentences[i : i + 500], i)], names=args.names)
        print(f"== {split} ({SPLITS[split]}): {len(sentences)} sentences, {time.time() - t0:.0f} s")
        evaluate(sentences, results, args.errors and split == "dev")
        print()


if __name__ == "__main__":
    main()
