"""A fixed-seed random sample of relation instances from a built graph, for judging precision by eye.

    kg build seeds/ && python bench/relation_sample.py [--n 40] [--seed 7] [--out output] [--rule PREFIX]

Prints counts by relation and by rule, then each sampled statement (typed
relations and attributes; not the co-occurrence layer, not the gazetteer's
hierarchy) with its qualifiers, rule, confidence and evidence sentence.  Mark
each line right or wrong; precision is the share marked right.
"""
from __future__ import annotations

import argparse
import random

from kg import sparql, store

STATEMENTS = """SELECT ?st ?s ?p ?o ?rule ?conf ?evidence
  (SAMPLE(?role) AS ?r) (SAMPLE(?post) AS ?po) (SAMPLE(?amount) AS ?am) (SAMPLE(?unit) AS ?un)
  (SAMPLE(?topic) AS ?to) (SAMPLE(?date) AS ?da) WHERE {
  ?st a kg:Statement ; rdf:subject ?sx ; rdf:predicate ?px ; rdf:object ?ox ; kg:rule ?rule ; kg:confidence ?conf ; kg:evidence ?evidence .
  ?sx rdfs:label ?s .
  OPTIONAL { ?ox rdfs:label ?ol }
  BIND(COALESCE(?ol, ?ox) AS ?o)
  BIND(REPLACE(STR(?px), "^.*#", "") AS ?p)
  OPTIONAL { ?st kg:role ?role } OPTIONAL { ?st kg:post ?post } OPTIONAL { ?st kg:amount ?amount }
  OPTIONAL { ?st kg:unit ?unit } OPTIONAL { ?st kg:topic ?topic } OPTIONAL { ?st kg:date ?date }
} GROUP BY ?st ?s ?p ?o ?rule ?conf ?evidence ORDER BY ?st"""


def _v(t: object) -> str:
    return sparql._text(t)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default="output")
    ap.add_argument("--rule", default="", help="only statements whose rule id starts with this")
    a = ap.parse_args()
    table = sparql.run(store.open_store(a.out), STATEMENTS)
    assert isinstance(table, sparql.Table)
    rows = [dict(zip(table.columns, map(_v, r))) for r in table.rows]
    rows = [r for r in rows if r["rule"].startswith(a.rule)]
    by_p: dict[str, int] = {}
    by_rule: dict[str, int] = {}
    for r in rows:
        by_p[r["p"]] = by_p.get(r["p"], 0) + 1
        by_rule[r["rule"]] = by_rule.get(r["rule"], 0) + 1
    print(f"{len(rows)} statements")
    print("by relation: " + ", ".join(f"{k} {v}" for k, v in sorted(by_p.items(), key=lambda x: -x[1])))
    print("by rule:     " + ", ".join(f"{k} {v}" for k, v in sorted(by_rule.items(), key=lambda x: -x[1])))
    print()
    sample = random.Random(a.seed).sample(rows, min(a.n, len(rows)))
    for i, r in enumerate(sample, 1):
        qual = [f"{k}={r[c]}" for k, c in (("role", "r"), ("post", "po"), ("amount", "am"), ("unit", "un"), ("topic", "to"), ("date", "da")) if r[c]]
        print(f"{i:2d}. {r['s']} —{r['p']}→ {r['o']}" + (f"  [{', '.join(qual)}]" if qual else ""))
        print(f"      rule {r['rule']}  confidence {r['conf']}")
        print(f"      {r['evidence'][:160]}")


if __name__ == "__main__":
    main()
