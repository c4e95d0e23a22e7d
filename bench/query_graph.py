"""Large graphs for the query benchmark (and for backfill tests): a built graph replicated N times.

Building real text at ten million triples would take hours on a 2-core machine, so we build a real
corpus once (`kg build /work/shared/data/news/articles.jsonl -o DIR`: 1,200 articles, ~92 k quads)
and write its dataset N times as N-Quads, each copy as if it were another run of papers:

- every article, its named graph, its kg:Statements and org:Memberships get new IRIs per copy
  (suffix `~cK`), so statements never collide and each copy adds its own article graphs;
- places, government bodies, industry chains and awards are shared by all copies (the gazetteer and
  the state do not change from one year of papers to the next);
- enterprises, organisations and people are renamed per copy except a fixed share of them (by a
  hash of the IRI, 1 in 4 by default) that recurs in every copy, as big companies and officials
  recur in the news; projects and events are always new per copy;
- a renamed entity's labels, and every headline, get the suffix `·K`, so names stay unique per
  copy and the frequent (shared) names accumulate statements across copies;
- stated amounts (xsd:decimal objects other than confidences and coordinates) are scaled by
  (100 + K) / 100 in copy K, in the direct triple and its statement alike.

Copy 0 is the source graph unchanged, so selectivities and joins stay those of real text.  From
the news build (115,470 quads on 2026-12-02) each further copy adds ~94 k distinct quads (shared
entities are described once, and co-occurrences between shared entities repeat): 11 copies give
1.06 M quads, 106 give 10.0 M (the counts move with the build: check `len(store)`).

    python bench/query_graph.py --source DIR --copies 11 --output big.nq              # ~1.0 M quads
    python bench/query_graph.py --source DIR --copies 10 --first 106 --output more.nq # copies 106–115
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox

from kg.vocab import DEFAULT_BASE as BASE
from kg.vocab import ONTOLOGY, PREFIXES

PER_COPY = {"article", "statement", "membership", "project", "event"}
SHARED = {"place", "government-body", "industry-chain", "award"}
SOMETIMES_SHARED = {"enterprise", "organization", "person"}
HEADLINE = PREFIXES["schema"] + "headline"
LABELS = {PREFIXES["rdfs"] + "label", PREFIXES["skos"] + "altLabel", HEADLINE}
UNSCALED = {ONTOLOGY + "confidence", PREFIXES["schema"] + "latitude", PREFIXES["schema"] + "longitude"}
DECIMAL = PREFIXES["xsd"] + "decimal"
IRI_MARK, LABEL_MARK, NUMBER_MARK = "\x00", "\x01", "\x02"


@dataclass(frozen=True, slots=True)
class Template:
    """One source quad as an N-Quads line with marks where a copy differs."""

    line: str
    once: bool  # describes only shared terms in the default graph: written in copy 0 alone
    number: Decimal | None = None


class Renamer:
    def __init__(self, base: str = BASE, share: int = 4) -> None:
        self.base, self.share = base, share

    def renamed(self, iri: str) -> bool:
        if not iri.startswith(self.base):
            return False
        segment = iri[len(self.base):].split("/", 1)[0]
        if segment in PER_COPY:
            return True
        if segment in SOMETIMES_SHARED:
            return self.share <= 0 or int(hashlib.sha1(iri.encode("utf-8")).hexdigest()[:8], 16) % self.share != 0
        return False

    def term(self, t: object) -> tuple[str, bool]:
        """The term in N-Triples with the IRI mark when it is renamed per copy."""
        if isinstance(t, ox.NamedNode) and self.renamed(t.value):
            return f"<{t.value}{IRI_MARK}>", True
        return str(t), False


def templates(quads: Iterator[ox.Quad], renamer: Renamer) -> list[Template]:
    out = []
    for q in quads:
        s, s_new = renamer.term(q.subject)
        p = str(q.predicate)
        o, o_new = renamer.term(q.object)
        number = None
        lit = q.object
        if isinstance(lit, ox.Literal):
            if q.predicate.value in LABELS and (s_new or q.predicate.value == HEADLINE):
                o = o[: o.rindex('"')] + LABEL_MARK + o[o.rindex('"'):]
            elif lit.datatype.value == DECIMAL and q.predicate.value not in UNSCALED:
                number, o = Decimal(lit.value), f'"{NUMBER_MARK}"^^<{DECIMAL}>'
        default = isinstance(q.graph_name, ox.DefaultGraph)
        g, _ = ("", False) if default else renamer.term(q.graph_name)
        line = f"{s} {p} {o} {g} .\n" if g else f"{s} {p} {o} .\n"
        out.append(Template(line, once=default and not (s_new or o_new), number=number))
    return out


def _scaled(v: Decimal, k: int) -> str:
    return format((v * (100 + k) / 100).normalize(), "f")


def copy_lines(ts: list[Template], k: int) -> Iterator[str]:
    """Copy k of the dataset as N-Quads lines (copy 0 is the source itself)."""
    iri_sfx, label_sfx = (f"~c{k}", f"·{k}") if k else ("", "")
    for t in ts:
        if t.once and k:
            continue
        line = t.line.replace(IRI_MARK, iri_sfx).replace(LABEL_MARK, label_sfx)
        if t.number is not None:
            line = line.replace(NUMBER_MARK, _scaled(t.number, k))
        yield line


def source_quads(source: Path) -> Iterator[ox.Quad]:
    """The quads of a built graph: DIR/store (from `kg build`) or an N-Quads/TriG file."""
    if source.is_dir():
        store = ox.Store.read_only(str(source / "store"))
        yield from store.quads_for_pattern(None, None, None, None)
        return
    fmt = ox.RdfFormat.TRIG if source.suffix == ".trig" else ox.RdfFormat.N_QUADS
    yield from ox.parse(path=str(source), format=fmt)  # type: ignore[misc]


def write(source: Path, copies: int, output: Path, share: int = 4, base: str = BASE, first: int = 0) -> int:
    """Write copies first … first+copies-1 of the source dataset to `output` (N-Quads); returns the lines written."""
    ts = templates(source_quads(source), Renamer(base, share))
    n = 0
    tmp = output.with_name(output.name + ".part")
    with tmp.open("w", encoding="utf-8") as f:
        for k in range(first, first + copies):
            lines = list(copy_lines(ts, k))
            f.writelines(lines)
            n += len(lines)
    tmp.replace(output)
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--source", type=Path, required=True, help="a `kg build` output folder, or an .nq/.trig file")
    ap.add_argument("--copies", type=int, required=True)
    ap.add_argument("--output", type=Path, required=True, help="N-Quads file to write")
    ap.add_argument("--share", type=int, default=4, help="1 in SHARE enterprises/organisations/people recur in every copy (0: none)")
    ap.add_argument("--base", default=BASE, help="base IRI the graph was built with")
    ap.add_argument("--first", type=int, default=0, help="number of the first copy (to add copies to a graph already loaded)")
    a = ap.parse_args()
    n = write(a.source, a.copies, a.output, a.share, a.base, a.first)
    print(f"wrote {a.output}: {n:,} quad lines (copies {a.first}–{a.first + a.copies - 1})", file=sys.stderr)


if __name__ == "__main__":
    main()
