"""Commands that ask a graph or a SPARQL server: query, push, serve."""
from __future__ import annotations

import click

from ..errors import KGError
from .common import OUT, fail, main


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
    from .. import sparql as q
    from .. import store

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
        fail(e)



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
    from .. import push as p
    from .. import store

    def progress(done: int, total: int) -> None:
        click.echo(f"\r  {done}/{total} graphs", err=True, nl=done == total)

    try:
        r = p.push(store.open_store(out), endpoint, out, timeout=timeout, full=full, progress=progress)
    except KGError as e:
        fail(e)
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
    from .. import serve as sv

    def ready(url: str) -> None:
        click.echo(f"serving {out} at {url} (read-only, timeout {timeout:g} s); Ctrl-C stops", err=True)
        if bind not in ("127.0.0.1", "localhost", "::1"):
            click.echo(f"warning: listening on {bind}: other machines can query this graph", err=True)

    try:
        sv.Server(out, bind=bind, port=port, timeout=timeout).run(ready)
    except KGError as e:
        fail(e)

