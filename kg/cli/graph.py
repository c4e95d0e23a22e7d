"""Commands that build a graph and read it whole: build, backfill, export, validate, stats, viz."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import click

from ..errors import KGError
from ..types import EntityType
from .common import OUT, fail, main

NODE_TYPES = tuple(str(t) for t in EntityType)  # what the graph browser can filter on


@main.command()
@click.argument("paths", nargs=-1, required=True)
@OUT
@click.option("--region", help="Locale of the papers (山西省, 太原市, 山西省太原市): what 我省/我市/省X厅/市X局 mean. Default: inferred per page from datelines and place names.")
@click.option("--base", default=None, help="Base IRI for entities (default https://w3id.org/kg-news/id/).")
@click.option("--no-html", is_flag=True, help="Skip graph.html.")
@click.option("--update", is_flag=True, help="Keep the graph in --out and process only new or changed files and records (its --base and --region are kept).")
@click.option("--prune", is_flag=True, help="With --update: drop the articles of the files and records not given this time.")
@click.option("--watch", type=click.FloatRange(min=0), metavar="SECONDS", help="With --update: keep running, and update every SECONDS with the model loaded once (until Ctrl-C).")
@click.option("--jobs", "-j", type=int, default=0, show_default=True, metavar="N",
              help="Worker processes for the articles: 0 = one per core. Under ~40,000 characters to process (a small input, an update that changes little) stay in one process. The graph is the same whatever N is.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--accurate", is_flag=True, help="Also Baidu's LAC's names (pip install 'kg[accurate]'): more people found, several times slower; an update keeps it.")
def build(paths: tuple[str, ...], out: str, region: str | None, base: str | None, no_html: bool, update: bool, prune: bool, watch: float | None, quiet: bool,
          accurate: bool, jobs: int) -> None:
    """Read PATHS (files, folders, globs: .txt, .md, .jsonl) and build the graph in --out.

    JSONL records are {"id", "title", "date", "source", "text"}.  A daily paper is
    followed with `kg build --update papers/ -o DIR`: files and records already
    in the graph and unchanged are not processed again, and the result equals a
    full build of the same inputs.  Files that are
    not UTF-8, UTF-16 or GB18030 text, unreadable files and bad JSONL records are
    reported on stderr and skipped, and the rest is built (exit status 1).  The
    previous graph in --out stays whole until the new one is complete; when no
    article could be read it is left as it was (exit status 2).  kg only replaces
    files it wrote; a second build into the same --out fails at once.
    """
    import kg

    if watch is not None:
        _watch(list(paths), out, watch, update, html=not no_html, prune=prune, accurate=accurate, jobs=jobs)
        return
    t0 = time.perf_counter()
    tty = sys.stderr.isatty()
    seen = {"articles": 0, "chars": 0}

    def progress(r: Any) -> None:
        seen["articles"] += 1
        seen["chars"] += len(r.doc.text)
        n = seen["articles"]
        if quiet or (not tty and n % 1000):
            return
        rate = seen["chars"] / max(time.perf_counter() - t0, 1e-9)
        lead = "\r" if tty else ""
        click.echo(f"{lead}  {n} articles, {seen['chars']:,} chars, {rate:,.0f} chars/s", err=True, nl=not tty)

    try:
        result = kg.build(list(paths), out, region=region, base=base, html=not no_html, progress=progress, update=update, prune=prune,
                          accurate=accurate, jobs=jobs)
    except KGError as e:
        if tty and not quiet and seen["articles"]:
            click.echo("", err=True)
        fail(e)
        return
    if tty and not quiet:
        click.echo("", err=True)
    click.echo(f"articles: {result.articles}  characters: {result.chars}  time: {time.perf_counter() - t0:.2f}s")
    if update:
        click.echo(f"pages processed: {result.processed}, unchanged: {len(result.spool) - result.processed}, dropped: {result.dropped}")
    _report(result, out, no_html)


def _watch(paths: list[str], out: str, every: float, update: bool, **kw: Any) -> None:
    """`kg build --update --watch SECONDS`: one line per round that changed something, errors on stderr."""
    from .. import builder

    if not update:
        raise click.UsageError("--watch keeps the graph in --out up to date: it goes with --update")
    for r in builder.follow(paths, out, every, **kw):
        if isinstance(r, KGError):
            click.echo(f"error: {r}", err=True)
        elif r.processed or r.dropped:
            click.echo(f"{time.strftime('%H:%M:%S')} pages processed: {r.processed}, dropped: {r.dropped}; articles: {r.articles}")
        for s in getattr(r, "skipped", []):
            click.echo(f"skipped {s.path}: {s.reason}", err=True)


def _report(result: Any, out: str, no_html: bool) -> None:
    """What a build wrote (counts, files) on stdout; skipped inputs on stderr, then exit 1."""
    counts = result.counts()
    click.echo("entities: " + ", ".join(f"{k} {v}" for k, v in sorted(counts["entities"].items())) + f"  (total {sum(counts['entities'].values())})")
    click.echo("relations: " + ", ".join(f"{k} {v}" for k, v in sorted(counts["relations"].items())))
    outs = ["kg.ttl", "kg.trig", "store/"] + ([] if no_html else ["graph.html"])
    click.echo(f"wrote {', '.join(str(Path(out) / o) for o in outs)}")
    for s in result.skipped:
        click.echo(f"skipped {s.path}: {s.reason}", err=True)
    if result.skipped:
        click.echo(f"error: {len(result.skipped)} input{'s were' if len(result.skipped) > 1 else ' was'} skipped (listed above); the graph holds the rest", err=True)
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@OUT
@click.option("--scheduler", metavar="ADDRESS", help="A running Dask scheduler (tcp://HOST:8786) whose workers process the pages. Default: a cluster of worker processes on this machine.")
@click.option("--workers", "-w", type=int, help="Worker processes of the cluster on this machine (default: one per core); with --scheduler, how many workers to wait for (default 1).")
@click.option("--region", help="Locale of the papers, as for kg build.")
@click.option("--base", default=None, help="Base IRI for entities (default https://w3id.org/kg-news/id/).")
@click.option("--no-html", is_flag=True, help="Skip graph.html.")
@click.option("--quiet", "-q", is_flag=True, help="No progress.")
def backfill(paths: tuple[str, ...], out: str, scheduler: str | None, workers: int | None, region: str | None, base: str | None, no_html: bool, quiet: bool) -> None:
    """Build the graph of PATHS in --out on a Dask cluster: the same graph, files and spool as
    `kg build PATHS` (and `kg build --update` continues from it), with the articles processed
    by the cluster's workers.  Needs `pip install 'kg[cluster]'` here and on every worker.

    \b
    kg backfill papers/ -o DIR --workers 2                   worker processes on this machine
    kg backfill papers/ -o DIR --scheduler tcp://HOST:8786   a running scheduler's workers

    Exit status as for kg build.
    """
    from .. import backfill as bf

    t0 = time.perf_counter()
    tty = sys.stderr.isatty()

    def progress(articles: int, chars: int) -> None:  # once a partition is back
        if not quiet:
            rate = chars / max(time.perf_counter() - t0, 1e-9)
            lead = "\r" if tty else ""
            click.echo(f"{lead}  {articles} articles, {chars:,} chars, {rate:,.0f} chars/s", err=True, nl=not tty)

    try:
        result = bf.backfill(list(paths), out, scheduler=scheduler, workers=workers, region=region, base=base, html=not no_html, progress=progress)
    except KGError as e:
        fail(e)
        return
    finally:
        if tty and not quiet:
            click.echo("", err=True)
    click.echo(f"articles: {result.articles}  characters: {result.chars}  time: {time.perf_counter() - t0:.2f}s")
    _report(result, out, no_html)



@main.command()
@click.option("--format", "fmt", type=click.Choice(["ttl", "trig", "nt", "nq", "jsonld", "rdfxml", "graphml"]), default="ttl", show_default=True)
@click.option("--output", "dest", type=click.Path(dir_okay=False), help="File to write (default: stdout).")
@click.option("--cooccurrence", is_flag=True, help="Include the co-occurrence layer in triple formats.")
@OUT
def export(fmt: str, dest: str | None, cooccurrence: bool, out: str) -> None:
    """Export the graph: RDF formats, or GraphML (entities and typed relations) for Gephi/yEd.

    Prefixes follow the base IRI the graph was built with (--out's build.json)."""
    from .. import settings, store

    try:
        st = store.open_store(out)
        if fmt == "graphml":
            import networkx as nx

            from .. import analyze

            g = analyze.to_networkx(st, include_cooccurrence=cooccurrence)
            nx.write_graphml(g, dest or sys.stdout.buffer)
            return
        data = store.export(st, dest, fmt, base=settings.base_of(out), include_cooccurrence=cooccurrence)
        if data is not None:
            sys.stdout.buffer.write(data)
    except KGError as e:
        fail(e)


@main.command()
@OUT
@click.option("--output", "dest", default=None, type=click.Path(dir_okay=False), help="HTML file (default: <out>/graph.html).")
@click.option("--max-nodes", default=10000, show_default=True, help="Draw at most this many entities (nearest the focus, then most typed relations, first).")
@click.option("--focus", multiple=True, help="Draw the neighbourhood of this entity (name or alias; repeatable), e.g. --focus 太原市.")
@click.option("--hops", default=2, show_default=True, help="Size of the --focus neighbourhood, in relations.")
@click.option("--type", "types", multiple=True, type=click.Choice(NODE_TYPES), help="Keep only these entity types (repeatable).")
@click.option("--since", default="", metavar="DATE", help="Only relations stated in articles of this date or later (2020, 2020-05, 2020-05-01).")
@click.option("--until", default="", metavar="DATE", help="Only relations stated in articles of this date or earlier.")
@click.option("--isolated", is_flag=True, help="Also draw entities with no typed relation.")
@click.option("--title", default=None, help="Page title (default: article count and dates).")
@click.option("--renderer", default="sigma", show_default=True, type=click.Choice(["sigma", "pyvis"]), help="sigma: WebGL, any size; pyvis: vis-network, at most 1,500 entities.")
def viz(out: str, dest: str | None, max_nodes: int, focus: tuple[str, ...], hops: int, types: tuple[str, ...], since: str, until: str, isolated: bool, title: str | None, renderer: str) -> None:
    """Write the graph browser: one offline HTML file with search, evidence, filters and deep links (#node=NAME)."""
    from .. import store
    from .. import viz as v

    try:
        sel = v.Selection(max_nodes=max_nodes, focus=focus, hops=hops, types=types, since=since, until=until, isolated=isolated)
        target = dest or str(Path(out) / "graph.html")
        if dest is None:  # the graph's own page: written as a build writes it (locked, swapped in whole)
            from ..builder import write_page

            n = write_page(out, sel, title=title, renderer=renderer)
        else:
            n = v.render(store.open_store(out), target, sel, title=title, renderer=renderer)
        click.echo(f"wrote {target} ({n['nodes']} nodes, {n['edges']} relations, {n['cooccurrence']} co-occurrence pairs)")
    except KGError as e:
        fail(e)


@main.command()
@OUT
@click.option("--top", default=10, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def stats(out: str, top: int, as_json: bool) -> None:
    """Counts by type, and the top entities by degree and PageRank."""
    from .. import analyze, store

    try:
        s = analyze.stats(store.open_store(out), top=top)
    except KGError as e:
        fail(e)
        return
    if as_json:
        click.echo(json.dumps(s.__dict__, ensure_ascii=False, indent=1))
        return
    click.echo(f"triples: {s.triples}  articles: {s.articles}")
    click.echo("entities: " + ", ".join(f"{k} {v}" for k, v in s.entities.items()))
    click.echo("relations: " + ", ".join(f"{k} {v}" for k, v in s.relations.items()))
    click.echo("top by degree:")
    for label, typ, d in s.top_degree:
        click.echo(f"  {d:5d}  {label} ({typ})")
    click.echo("top by PageRank:")
    for label, typ, v in s.top_pagerank:
        click.echo(f"  {v:.4f}  {label} ({typ})")


@main.command()
@OUT
def validate(out: str) -> None:
    """Check the graph against the SHACL shapes in schema/; exit 1 when it does not conform."""
    from .. import settings, shacl, store

    try:
        ok, report = shacl.validate(store.open_store(out), base=settings.base_of(out))
    except KGError as e:
        fail(e)
        return
    click.echo(report)
    sys.exit(0 if ok else 1)

