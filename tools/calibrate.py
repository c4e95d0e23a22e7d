"""Measure what fraction of each relation rule's facts a careful reader lists, and write it as
the rule's confidence (kg/data/confidence.tsv), so that `--min-confidence` trades recall for
precision predictably.

    python tools/calibrate.py [--out kg/data/confidence.tsv]

Annotated text used (never the held-out parts, which report the curve):
- the dev split of the news gold (../shared/data/news, bench/eval_news.py's frozen split);
- the seed pages' reader gold (bench/seeds_gold.jsonl);
- the dev parts of the later news golds (bench/news_gold2_dev.jsonl, news_gold3_dev.jsonl … as many as
  there are; each described by its bench/NEWS_GOLDk.md);
- the dev split of bench/relations_dev.jsonl (through `kg extract`, relaxed match).
A prediction is right when it matches a relation the reader listed (bench scripts' matching).
A rule's confidence is an m-estimate of its precision: (right + m * p_family) / (n + m), m = 4,
where p_family is the (Laplace-smoothed) precision of the rules of the same predicate and kind
(rel.<predicate> or name.<rule>), so a rule seen a few times leans on its family.  Rules never
seen keep the confidence their code declares.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "news"
M = 4.0


def _bench(name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules[name] = mod
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def outcomes() -> list[tuple[str, bool]]:
    """(rule, right) of every prediction on the calibration texts."""
    en, er = _bench("eval_news"), _bench("eval_relations")
    out: list[tuple[str, bool]] = []
    sets = []
    if (NEWS / "gold.jsonl").exists():
        gold = [g for g in en.load_gold(NEWS) if not en.held_out(g["id"])]
        sets.append((gold, [NEWS / "articles.jsonl"]))
    sets.append((en.load_gold(ROOT / "bench" / "seeds_gold.jsonl"), [ROOT / "seeds"]))
    if (NEWS / "articles.jsonl").exists():
        for k in range(2, 100):  # the dev parts of the later news golds, as many as there are
            if not (ROOT / "bench" / f"news_gold{k}_dev.jsonl").exists():
                break
            sets.append((en.load_gold(ROOT / "bench" / f"news_gold{k}_dev.jsonl"), [NEWS / "articles.jsonl"]))
    for gold, paths in sets:
        articles, pages = en.load_articles(paths, {g["id"] for g in gold})
        pred = en.predict(articles, pages)
        sc = en.score(gold, pred, {a["id"]: a["text"] for a in articles}, keep_errors=False)
        out.extend((rule, right) for rule, _, right in sc.curve)
    from kg.extract import _default_pipeline, extract

    records = [json.loads(x) for x in (ROOT / "bench" / "relations_dev.jsonl").open(encoding="utf-8") if x.strip()]
    dev = [r for r in records if not er.held_out(r["id"])]
    pipe = _default_pipeline()
    preds = {r["id"]: [x for x in map(er.predicted, extract(r["text"], id=r["id"], pipeline=pipe)["relations"]) if x] for r in dev}
    out.extend((rule, right) for rule, _, right in er.score(dev, preds)[5])
    return out


def family(rule: str) -> str:
    parts = rule.split(".")
    return ".".join(parts[:2]) if parts[0] == "rel" else ".".join(parts[:2])


def calibrate(seen: list[tuple[str, bool]]) -> dict[str, tuple[int, int, float]]:
    """rule -> (n, right, confidence)."""
    by_rule: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_family: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for rule, right in seen:
        for table, key in ((by_rule, rule), (by_family, family(rule))):
            table[key][0] += 1
            table[key][1] += right
    out = {}
    for rule, (n, k) in sorted(by_rule.items()):
        fn, fk = by_family[family(rule)]
        prior = (fk + 1) / (fn + 2)
        out[rule] = (n, k, round((k + M * prior) / (n + M), 2))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=ROOT / "kg" / "data" / "confidence.tsv")
    a = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    table = calibrate(outcomes())
    lines = ["# rule\tpredictions\tlisted by the reader\tconfidence  (written by tools/calibrate.py; see its docstring)"]
    lines += [f"{r}\t{n}\t{k}\t{c:.2f}" for r, (n, k, c) in table.items()]
    a.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for r, (n, k, c) in sorted(table.items(), key=lambda x: -x[1][0]):
        print(f"{c:.2f}  {k:4d}/{n:<4d}  {r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
