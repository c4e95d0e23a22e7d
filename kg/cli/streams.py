"""Commands that stream JSON-lines records in and answers out: extract, ner."""
from __future__ import annotations

import json
import sys
from typing import Any

import click

from ..errors import KGError
from .common import fail, main


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
@click.option("--accurate", is_flag=True, help="Also Baidu's LAC's names (pip install 'kg[accurate]'): more people found, several times slower.")
def extract(file: object, dest: object, region: str | None, nested: bool, cooccurrence: bool, names: bool, jobs: int,
            min_confidence: float, accurate: bool) -> None:
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
    from .. import extract as ex

    _answer(ex.run_stream(ex.iter_records(file), region=region, nested=nested, cooccurrence=cooccurrence, jobs=jobs,  # type: ignore[arg-type]
                          names=names, min_confidence=min_confidence, accurate=accurate), dest)


@main.command()
@click.argument("file", type=click.File("rb"), default="-")
@click.option("--output", "dest", type=click.File("w", encoding="utf-8"), default="-", help="Where to write JSON lines (default: stdout).")
@click.option("--region", help="Default locale for records without a \"region\" field (山西省, 太原市 …). Default: inferred per record.")
@click.option("--nested", is_flag=True, help="Also list mentions nested inside others (太原市 in 太原市公安局), marked \"nested\": true.")
@click.option("--jobs", "-j", default=1, show_default=True, help="Worker processes (each loads the model once).")
@click.option("--accurate", is_flag=True, help="Also Baidu's LAC's names (pip install 'kg[accurate]'): more people found, several times slower.")
def ner(file: object, dest: object, region: str | None, nested: bool, jobs: int, accurate: bool) -> None:
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
    from .. import extract as ex

    _answer(ex.run_stream(ex.iter_records(file), region=region, nested=nested, jobs=jobs, mode="ner", accurate=accurate), dest)  # type: ignore[arg-type]


def _answer(results: Any, dest: Any) -> None:
    """Write one JSON line per record, in order; a failed record gets {"id", "error"} in its place
    and a line on stderr; exit 1 when any failed."""
    from .. import extract as ex

    bad = 0
    try:
        for res in results:
            if isinstance(res, ex.BadRecord):
                bad += 1
                click.echo(f"error: {res.reason}", err=True)
                res = res.answer()
            dest.write(json.dumps(res, ensure_ascii=False) + "\n")
    except KGError as e:
        fail(e)
    if bad:
        click.echo(f"error: {bad} record{'s' if bad > 1 else ''} failed (answered with an \"error\" in place)", err=True)
        sys.exit(1)

