"""The `kg` group and what its commands share: the --out option and errors as one `error:` line with an exit code."""
from __future__ import annotations

import os
import sys
from typing import Any

import click

OUT = click.option("--out", "-o", default="output", show_default=True, type=click.Path(file_okay=False), help="Folder of the built graph.")


def fail(e: Exception) -> None:
    """A library error as one `error:` line on stderr, exit status 2."""
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
