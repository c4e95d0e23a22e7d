"""The `kg` command line: each command parses, calls one library function, maps errors."""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import click

from .errors import KGError
from .types import EntityType

NODE_TYPES = tuple(str(t) for t in EntityType)  # what the graph browser can filter on

OUT = click.option("--out", "-o", default="output", show_default=True, type=click.Path(file_okay=False), help="Folder of the built graph.")


def _fail(e: Exception) -> None:
    click.echo(f"error: {e}", err=True)
    sys.exit(2)


class _Group(click.Group):
    """Errors that escape a command are one line on stderr, never a traceback (KG_DEBUG=1 shows it)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            click.echo("error: interrupted; a graph being built in --out was left as it was", err=True)
            sys.exit(130)
        except BrokenPipeError:  # `kg extract … | head`: the reader has what it wanted
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(141)
        except Exception as e:
            if os.environ.get("KG_DEBUG"):
                raise
            click.echo(f"error: {type(e).__name__}: {e} (KG_DEBUG=1 shows where)", err=True)
            sys.exit(2)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def main() -> None:
    """Build a knowledge graph from Chinese news text and query, export and browse it.

    \b
    kg build seeds/                 build output/kg.ttl, kg.trig, graph.html, store/
    kg query --list                 the shipped named queries
    kg query -n people-posts        run one
    kg query 'SELECT …'             run your own SPARQL (kg:, rdfs:, skos:, prov: predeclared)
    kg stats / kg validate / kg export --format jsonld / kg viz

    \b
    Exit status: 0 done; 1 done, but some input was skipped or some records
    failed (each named on stderr); 2 usage or fatal error: nothing was written,
    a previous graph in --out is left as it was.
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@OUT
@click.option("--region", help="Locale of the papers (山西省, 太原市, 山西省太原市): what 我省/我市/省X厅/市X局 mean. Default: inferred per page from datelines and place names.")
@click.option("--base", default=None, help="Base IRI for entities (default https://w3id.org/kg-news/id/).")
@click.option("--no-html", is_flag=True, help="Skip graph.html.")
@click.option("--update", is_flag=True, help="Keep the graph in --out and process only new or changed files and records (its --base and --region are kept).")
@click.option("--prune", is_flag=True, help="With --update: drop the articles of the files and records not given this time.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def build(paths: tuple[str, ...], out: str, region: str | None, base: str | None, no_html: bool, update: bool, prune: bool, quiet: bool) -> None:
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
        result = kg.build(list(paths), out, region=region, base=base, html=not no_html, progress=progress, update=update, prune=prune)
    except KGError as e:
        if tty and not quiet and seen["articles"]:
            click.echo("", err=True)
        _fail(e)
        return
    if tty and not quiet:
        click.echo("", err=True)
    click.echo(f"articles: {len(result.documents)}  characters: {result.chars}  time: {time.perf_counter() - t0:.2f}s")
    if update:
        click.echo(f"pages processed: {result.processed}, unchanged: {len(result.spool) - result.processed}, dropped: {result.dropped}")
    _report(result, out, no_html)


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
    from . import backfill as bf

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
        _fail(e)
        return
    finally:
        if tty and not quiet:
            click.echo("", err=True)
    click.echo(f"articles: {len(result.documents)}  characters: {result.chars}  time: {time.perf_counter() - t0:.2f}s")
    _report(result, out, no_html)


@main.command()
@click.argument("sparql", required=False)
@click.option("--file", "-f", "file_", type=click.Path(exists=True, dir_okay=False), help="Read the query from a .rq file.")
@click.option("--name", "-n", help="Run a named query (see --list).")
@click.option("--param", "-p", multiple=True, help="NAME=VALUE for a named query's parameter (bound safely, never spliced).")
@click.option("--list", "list_", is_flag=True, help="List the named queries and their parameters.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--endpoint", help="Query a SPARQL server instead of --out (e.g. http://127.0.0.1:7878/query; run it with --union-default-graph).")
@OUT
def query(sparql: str | None, file_: str | None, name: str | None, param: tuple[str, ...], list_: bool, fmt: str, endpoint: str | None, out: str) -> None:
    """Run SPARQL over the built graph (all named graphs are queried as one).

    Prefixes kg:, rdf:, rdfs:, xsd:, skos:, prov:, org:, schema:, owl: are
    declared for you.  CONSTRUCT/DESCRIBE results print as Turtle.
    """
    from . import sparql as q
    from . import store

    try:
        if list_:
            for nq in q.named_queries().values():
                ps = " ".join(f"--param {p}=…" for p, _ in nq.params)
                click.echo(f"{nq.name:28} {nq.title}" + (f"\n{'':28} {ps}" if ps else ""))
            return
        params = {}
        for p in param:
            k, sep, v = p.partition("=")
            if not sep:
                raise click.BadParameter(f"{p!r}: expected NAME=VALUE", param_hint="--param")
            params[k] = v
        st = endpoint or store.open_store(out)
        if name:
            res = q.run_named(st, name, params)
        else:
            text = q.read_query_file(file_) if file_ else sparql
            if not text:
                raise click.UsageError("give a SPARQL query, --file FILE, --name NAME or --list")
            res = q.run(st, text, params)
        click.echo(q.format_result(res, fmt))
    except KGError as e:
        _fail(e)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["ttl", "trig", "nt", "nq", "jsonld", "rdfxml", "graphml"]), default="ttl", show_default=True)
@click.option("--output", "dest", type=click.Path(dir_okay=False), help="File to write (default: stdout).")
@click.option("--cooccurrence", is_flag=True, help="Include the co-occurrence layer in triple formats.")
@OUT
def export(fmt: str, dest: str | None, cooccurrence: bool, out: str) -> None:
    """Export the graph: RDF formats, or GraphML (entities and typed relations) for Gephi/yEd.

    Prefixes follow the base IRI the graph was built with (--out's build.json)."""
    from . import settings, store

    try:
        st = store.open_store(out)
        if fmt == "graphml":
            import networkx as nx

            from . import analyze

            g = analyze.to_networkx(st, include_cooccurrence=cooccurrence)
            nx.write_graphml(g, dest or sys.stdout.buffer)
            return
        data = store.export(st, dest, fmt, base=settings.base_of(out), include_cooccurrence=cooccurrence)
        if data is not None:
            sys.stdout.buffer.write(data)
    except KGError as e:
        _fail(e)


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
    from . import store
    from . import viz as v

    try:
        sel = v.Selection(max_nodes=max_nodes, focus=focus, hops=hops, types=types, since=since, until=until, isolated=isolated)
        target = dest or str(Path(out) / "graph.html")
        if dest is None:  # the graph's own page: written as a build writes it (locked, swapped in whole)
            from .builder import write_page

            n = write_page(out, sel, title=title, renderer=renderer)
        else:
            n = v.render(store.open_store(out), target, sel, title=title, renderer=renderer)
        click.echo(f"wrote {target} ({n['nodes']} nodes, {n['edges']} relations, {n['cooccurrence']} co-occurrence pairs)")
    except KGError as e:
        _fail(e)


@main.command()
@OUT
@click.option("--top", default=10, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def stats(out: str, top: int, as_json: bool) -> None:
    """Counts by type, and the top entities by degree and PageRank."""
    from . import analyze, store

    try:
        s = analyze.stats(store.open_store(out), top=top)
    except KGError as e:
        _fail(e)
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
    from . import settings, shacl, store

    try:
        ok, report = shacl.validate(store.open_store(out), base=settings.base_of(out))
    except KGError as e:
        _fail(e)
        return
    click.echo(report)
    sys.exit(0 if ok else 1)


@main.command()
@click.argument("file", type=click.File("rb"), default="-")
@click.option("--output", "dest", type=click.File("w", encoding="utf-8"), default="-", help="Where to write JSON lines (default: stdout).")
@click.option("--region", help="Default locale for records without a \"region\" field (山西省, 太原市 …). Default: inferred per record.")
@click.option("--nested", is_flag=True, help="Also list mentions nested inside others (太原市 in 太原市公安局).")
@click.option("--cooccurrence", is_flag=True, help="Also emit same-sentence co-occurrence pairs (low confidence; each pair once, with the first sentence that names both).")
@click.option("--name-relations", "names", is_flag=True,
              help="Also emit relations read off names (深圳市X公司 locatedIn 深圳市, 省商务厅 subOrganizationOf 省政府).")
@click.option("--jobs", "-j", default=1, show_default=True, help="Worker processes (each loads the model once).")
@click.option("--min-confidence", default=0.0, show_default=True, type=click.FloatRange(0, 1),
              help="Only relations whose rule's measured confidence (the share of its facts a careful reader lists) is at least this.")
def extract(file: object, dest: object, region: str | None, nested: bool, cooccurrence: bool, names: bool, jobs: int,
            min_confidence: float) -> None:
    """Entities and relations of JSON-lines records, streamed.

    \b
    In:  {"id": "1", "text": "…", "date": "2020-08-14", "source": "…", "region": "山西省"}
    Out: {"id": "1", "entities": [{"start", "end", "type", "text", "canonical"}],
          "relations": [{"s", "p", "o", "s_canonical", "o_canonical", "role", "post",
                         "amount", "unit", "date", "topic", "start", "end", "rule", "confidence"}]}

    Offsets index the record's text as given, end exclusive.  Every record is
    answered, in order: one that cannot be processed (not UTF-8, not JSON, a field
    of the wrong type, an id already used) gets {"id": …, "error": "…"} in its
    place and a line on stderr; the exit status is then 1.
    """
    from . import extract as ex

    _answer(ex.run_stream(ex.iter_records(file), region=region, nested=nested, cooccurrence=cooccurrence, jobs=jobs,  # type: ignore[arg-type]
                          names=names, min_confidence=min_confidence), dest)


@main.command()
@click.argument("file", type=click.File("rb"), default="-")
@click.option("--output", "dest", type=click.File("w", encoding="utf-8"), default="-", help="Where to write JSON lines (default: stdout).")
@click.option("--region", help="Default locale for records without a \"region\" field (山西省, 太原市 …). Default: inferred per record.")
@click.option("--nested", is_flag=True, help="Also list mentions nested inside others (太原市 in 太原市公安局), marked \"nested\": true.")
@click.option("--jobs", "-j", default=1, show_default=True, help="Worker processes (each loads the model once).")
def ner(file: object, dest: object, region: str | None, nested: bool, jobs: int) -> None:
    """Named entities of JSON-lines records (FILE or stdin), streamed in one process.

    \b
    In:  {"id": "1", "text": "…", "region": "山西省"}   (region optional)
    Out: {"id": "1", "entities": [{"start", "end", "type", "text", "canonical"}]}

    Types: Enterprise, GovernmentBody, Organization, Project, Event, Place, Person.
    Offsets index the record's text as given, end exclusive.  Every record is
    answered, in order: one that cannot be processed (not UTF-8, not JSON, a field
    of the wrong type, an id already used) gets {"id": …, "error": "…"} in its
    place and a line on stderr; the exit status is then 1.
    """
    from . import extract as ex

    _answer(ex.run_stream(ex.iter_records(file), region=region, nested=nested, jobs=jobs, mode="ner"), dest)  # type: ignore[arg-type]


def _answer(results: Any, dest: Any) -> None:
    """Write one JSON line per record, in order; a failed record gets {"id", "error"} in its place
    and a line on stderr; exit 1 when any failed."""
    from . import extract as ex

    bad = 0
    try:
        for res in results:
            if isinstance(res, ex.BadRecord):
                bad += 1
                click.echo(f"error: {res.reason}", err=True)
                res = res.answer()
            dest.write(json.dumps(res, ensure_ascii=False) + "\n")
    except KGError as e:
        _fail(e)
    if bad:
        click.echo(f"error: {bad} record{'s' if bad > 1 else ''} failed (answered with an \"error\" in place)", err=True)
        sys.exit(1)


@main.command()
@click.argument("endpoint")
@OUT
@click.option("--timeout", default=600.0, show_default=True, help="Seconds the whole push may take.")
@click.option("--full", is_flag=True, help="Send every graph, not only those changed since the last push to ENDPOINT.")
def push(endpoint: str, out: str, timeout: float, full: bool) -> None:
    """Sync a SPARQL server with the graph: its SPARQL Update URL (Oxigraph: http://127.0.0.1:7878/update,
    its /store is read as /update; Fuseki: http://HOST:3030/DATASET/update).

    Graphs changed since the last push to ENDPOINT replace theirs, graphs gone are dropped,
    many per request, each article whole or not at all; failed requests are retried with
    back-off.  Exit 2 when the server is down or refuses, or --timeout passes: what was
    sent is recorded, and pushing again sends the rest.
    """
    from . import push as p
    from . import store

    def progress(done: int, total: int) -> None:
        click.echo(f"\r  {done}/{total} graphs", err=True, nl=done == total)

    try:
        r = p.push(store.open_store(out), endpoint, out, timeout=timeout, full=full, progress=progress)
    except KGError as e:
        _fail(e)
        return
    click.echo(f"pushed to {p.update_url(endpoint)}: {r.sent} graphs replaced, {r.dropped} dropped, {r.unchanged} unchanged ({r.requests} requests)")


@main.command()
@OUT
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on (0: any free port).")
@click.option("--bind", default="127.0.0.1", show_default=True, help="Address to listen on; loopback keeps the graph on this machine.")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(min=0, min_open=True), help="Seconds a query may run before it is stopped (HTTP 503).")
def serve(out: str, port: int, bind: str, timeout: float) -> None:
    """Serve the built graph as a read-only SPARQL 1.1 endpoint at http://BIND:PORT/query.

    \b
    Any SPARQL client works (SPARQLWrapper, YASGUI, rdflib, kg query --endpoint).
    The default graph is the union of the article graphs.  UPDATE is refused.
    Needs the Oxigraph server: pip install 'kg[server]'.  Ctrl-C stops it.
    """
    from . import serve as sv

    def ready(url: str) -> None:
        click.echo(f"serving {out} at {url} (read-only, timeout {timeout:g} s); Ctrl-C stops", err=True)
        if bind not in ("127.0.0.1", "localhost", "::1"):
            click.echo(f"warning: listening on {bind}: other machines can query this graph", err=True)

    try:
        sv.Server(out, bind=bind, port=port, timeout=timeout).run(ready)
    except KGError as e:
        _fail(e)


if __name__ == "__main__":
    main()
