"""The sentence statements (rel.*) a build of the 1,200 news articles makes that a build by another checkout of kg
does not, and a fixed-seed sample of them to judge by eye: what a session's rules added, judged on their own.

    python bench/new_statements.py --ref-tree <checkout of the earlier kg> [--n 30] [--seed 1210] [--articles PATH] [--rules rel.,name.]

Each checkout builds the articles in a process of its own (PYTHONPATH=<tree>); a statement is (article, subject,
predicate, object, rule). Prints the counts of added and dropped statements by rule, then the sample with evidence.
"""
from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT.parent / "shared" / "data" / "news" / "articles.jsonl"


def _dump(articles: str, out: str, rules: str = "rel.") -> None:
    """Write the statements of a build of `articles` whose rule starts with one of the comma-separated `rules` (run
    with the kg under test on sys.path)."""
    from kg.pipeline import Pipeline

    result = Pipeline().build([Path(articles)])
    names = {k: e.name for k, e in result.entities.items()}
    with open(out, "w", encoding="utf-8") as f:
        for fact in result.facts:
            if fact.rule.startswith(tuple(rules.split(","))) and not fact.obj_is_literal:
                row = [fact.doc_id, names.get(fact.subject, str(fact.subject)), str(fact.predicate),
                       names.get(fact.object, str(fact.object)), fact.rule, (fact.evidence or "")[:160]]
                f.write("\t".join(row) + "\n")


def _statements(tree: str, articles: str, tmp: str, rules: str) -> dict[tuple[str, ...], str]:
    out = os.path.join(tmp, f"{abs(hash(tree))}.tsv")
    env = dict(os.environ, PYTHONPATH=tree)
    subprocess.run([sys.executable, __file__, "--dump", articles, out, rules], env=env, check=True)
    rows = (line.rstrip("\n").split("\t") for line in open(out, encoding="utf-8"))
    return {tuple(r[:5]): r[5] for r in rows}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ref-tree", help="the checkout of kg to compare with")
    ap.add_argument("--articles", default=str(ARTICLES))
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--seed", type=int, default=1210)
    ap.add_argument("--rules", default="rel.", help="the rule families compared, comma-separated prefixes (rel.,name.: inferences too)")
    ap.add_argument("--dump", nargs=3, metavar=("ARTICLES", "OUT", "RULES"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.dump:
        _dump(*a.dump)
        return
    if not a.ref_tree:
        ap.error("--ref-tree is required")
    if not Path(a.articles).is_file():
        ap.error(f"no articles at {a.articles}: give --articles PATH (from a worktree, ../shared/data is not beside it)")
    with tempfile.TemporaryDirectory() as tmp:
        before = _statements(a.ref_tree, a.articles, tmp, a.rules)
        after = _statements(str(ROOT), a.articles, tmp, a.rules)
    added = [k for k in after if k not in before]
    dropped = [k for k in before if k not in after]
    print(f"{len(added)} added, {len(dropped)} dropped ({len(before)} -> {len(after)} statements)")
    print("added by rule:", Counter(k[4] for k in added).most_common())
    print("dropped by rule:", Counter(k[4] for k in dropped).most_common())
    for i, k in enumerate(random.Random(a.seed).sample(added, min(a.n, len(added))), 1):
        print(f"{i}\t" + "\t".join(k) + f"\t{after[k]}")
    for i, k in enumerate(random.Random(a.seed).sample(dropped, min(a.n, len(dropped))), 1):
        print(f"-{i}\t" + "\t".join(k) + f"\t{before[k]}")  # a sample of the dropped, with the evidence the ref tree gave


if __name__ == "__main__":
    main()
