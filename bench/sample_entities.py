"""A fixed-seed random sample of entities from a built graph, for judging precision by eye.

    kg build seeds/ && python bench/sample_entities.py [--n 30] [--seed 7] [--out output]

Prints counts by type, then each sampled entity with its type, aliases and the
first sentence of an article that mentions it (so a reader can judge it).
"""
from __future__ import annotations

import argparse
import random

from kg import sparql, store

COUNTS = "SELECT ?t (COUNT(?e) AS ?n) WHERE { ?e a ?t . FILTER(?t IN (kg:Enterprise, kg:GovernmentBody, kg:Organization, kg:Project, kg:Event, kg:Place, kg:Person)) } GROUP BY ?t ORDER BY DESC(?n)"
ENTITIES = """SELECT ?e ?t ?label (GROUP_CONCAT(DISTINCT ?alt; separator="、") AS ?aliases) WHERE {
  ?e a ?t ; rdfs:label ?label ; kg:mentionedIn ?a .
  FILTER(?t IN (kg:Enterprise, kg:GovernmentBody, kg:Organization, kg:Project, kg:Event, kg:Place, kg:Person))
  OPTIONAL { ?e skos:altLabel ?alt }
} GROUP BY ?e ?t ?label ORDER BY ?e"""
EVIDENCE = """SELECT ?ev WHERE { ?st rdf:subject|rdf:object ?e ; kg:evidence ?ev ; kg:rule ?r . FILTER(?r != "name.place-prefix") } LIMIT 1"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default="output")
    a = ap.parse_args()
    st = store.open_store(a.out)
    counts = sparql.run(st, COUNTS)
    print(sparql.format_result(counts))
    table = sparql.run(st, ENTITIES)
    assert isinstance(table, sparql.Table)
    rows = random.Random(a.seed).sample(table.rows, min(a.n, len(table.rows)))
    for i, (e, t, label, aliases) in enumerate(rows, 1):
        ev = sparql.run(st, EVIDENCE, {"e": f"<{e.value}>"})
        evidence = ev.rows[0][0].value if isinstance(ev, sparql.Table) and ev.rows else ""
        alias = f" (别名 {aliases.value})" if aliases and aliases.value else ""
        print(f"{i:2d}. [{t.value.rsplit('#', 1)[-1]}] {label.value}{alias}")
        if evidence:
            print(f"      {evidence[:120]}")


if __name__ == "__main__":
    main()
