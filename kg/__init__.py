"""kg: knowledge graphs from Chinese news.

    import kg
    result = kg.build(["seeds/"], out="output")      # entities, facts, and output/ files
    table = kg.query("SELECT ?n WHERE { ?e a kg:Enterprise ; rdfs:label ?n }", out="output")
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from . import precompile  # noqa: F401  (first: kg's other modules are compiled by a forked process meanwhile, where Python keeps no bytecode)
from .errors import KGError
from .pipeline import BuildResult, Pipeline
from .types import ENTITY_TYPES, Document, Entity, Fact, Locale, Mention, Sentence

__version__ = "0.1.0"


def build(
    paths: list[str] | list[Path],
    out: str | Path = "output",
    *,
    region: str | None = None,
    base: str | None = None,
    html: bool = True,
    progress: Any = None,
    update: bool = False,
    prune: bool = False,
    accurate: bool = False,
    jobs: int = 1,
) -> BuildResult:
    """Read files/folders/globs, build the graph, write <out>/kg.ttl, kg.trig, store/, graph.html,
    build.json (the settings) and spool (each page's results, for updates).

    The previous graph in `out` stays whole until the new one is complete, and stays as it
    was when nothing could be read (NothingRead) or anything fails; a second build into the
    same folder fails at once (OutputError). Inputs that could not be read are listed in
    `result.skipped`. With `update`, the graph in `out` is kept and only new or changed pages
    (a text file, a JSONL record) are processed, with its base and region; with `prune` too,
    the pages not among `paths` are dropped. The result equals a full build of the same inputs.
    With `accurate`, Baidu's LAC's names are read too (`pip install 'kg[accurate]'`); build.json
    records it and an update keeps it.
    `jobs`: worker processes for the pages (0: one per core; forked from this process, sharing
    its loaded model; under ~40,000 characters to process stay in this process, where
    starting workers would cost more than they save). The files are the same bytes whatever `jobs` is;
    with `jobs` > 1 the DocResult given to `progress` has the article and its locale, not its mentions and facts.
    """
    from . import builder

    return builder.build(paths, out, region=region, base=base, html=html, progress=progress, update=update, prune=prune, accurate=accurate, jobs=jobs)


def query(sparql: str, out: str | Path = "output", params: dict[str, str] | None = None) -> Any:
    """Run SPARQL over a built graph (union of all graphs); see kg.query.run for the result types."""
    from . import sparql as q
    from . import store

    return q.run(store.open_store(out), sparql, params)


def ner(
    records: Iterable[Mapping[str, Any]],
    *,
    region: str | None = None,
    nested: bool = False,
    pipeline: Pipeline | None = None,
    accurate: bool = False,
) -> Iterator[dict[str, Any]]:
    """Entities of {"id", "text", "region"?} records, one result per record, in order.

    Each result is {"id", "entities": [{"start", "end", "type", "text", "canonical"}]};
    offsets index the record's text (end exclusive).  A record's "region" wins over
    `region`; without either the locale is inferred from the record's text.  With
    `nested`, mentions inside longer ones (太原市 in 太原市公安局) are listed too,
    marked "nested": true.  With `accurate` (and no `pipeline`), Baidu's LAC's names are read too
    (`pip install 'kg[accurate]'`).  Raises KGError for an unknown region name, or without that extra.
    """
    from . import extract as ex

    p = pipeline or Pipeline(region, accurate=accurate)
    for n, rec in enumerate(records, 1):
        yield ex.ner(rec["text"], id=rec.get("id", n), region=rec.get("region") or region, nested=nested, pipeline=p)


__all__ = [
    "build",
    "query",
    "ner",
    "Pipeline",
    "BuildResult",
    "Document",
    "Sentence",
    "Mention",
    "Entity",
    "Fact",
    "Locale",
    "ENTITY_TYPES",
    "KGError",
    "__version__",
]
