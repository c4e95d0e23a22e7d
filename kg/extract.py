"""Record-level extraction: one text in, its entities and relations out (no graph).

The same engine as `kg build`, for pipelines that run over records (Spark/Dask
map steps, queues, notebooks).  Offsets index the record's text exactly as
given (no layout repair), end exclusive.  Each record is linked on its own, so
memory stays constant however long the stream.
"""
from __future__ import annotations

import json
import multiprocessing as mp
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import IO, Any

from .errors import InputError, KGError
from .link import Linker, infer_locale
from .pipeline import Pipeline
from .types import Document, Fact, Locale, Mention


def extract(
    text: str,
    *,
    id: str | None = None,
    date: str | None = None,
    source: str | None = None,
    region: str | None = None,
    nested: bool = False,
    cooccurrence: bool = False,
    pipeline: Pipeline | None = None,
) -> dict[str, Any]:
    """Entities and relations of one text.

    Returns {"id", "entities": [{"start", "end", "type", "text", "canonical"}],
    "relations": [{"s", "p", "o", "s_canonical", "o_canonical", "role", "post",
    "amount", "unit", "date", "topic", "start", "end", "rule", "confidence"}]}; `region` (山西省,
    太原市 …) says what 我省/市X局 mean, otherwise the locale is inferred from the text.
    Pass a `pipeline` to reuse one loaded model across calls.
    """
    p = pipeline or _default_pipeline()
    locale = _locale(p, text, region)
    doc = Document(id=str(id) if id is not None else "record", text=text, source=source or "record", date=date)
    linker = Linker(p.lexicon)
    r = p.process(doc, locale, linker)
    names = {k: e.name for k, e in linker.entities.items()}
    rels = [_relation(f, names) for f in r.facts if cooccurrence or f.predicate != "coOccursWith"]
    return {"id": id, "entities": _entities(r.mentions, nested), "relations": rels}


def ner(
    text: str, *, id: str | None = None, region: str | None = None, nested: bool = False, pipeline: Pipeline | None = None
) -> dict[str, Any]:
    """Entities of one text, without relation extraction: {"id", "entities": […]} as in `extract`.

    With `nested`, mentions inside longer ones (太原市 in 太原市公安局) are listed
    too, marked "nested": true.
    """
    p = pipeline or _default_pipeline()
    locale = _locale(p, text, region)
    doc = Document(id=str(id) if id is not None else "record", text=text, source="record")
    mentions = Linker(p.lexicon).link(doc, p.recognizer(doc.id, text, locale), locale)
    return {"id": id, "entities": _entities(mentions, nested)}


def _entities(mentions: Iterable[Mention], nested: bool) -> list[dict[str, Any]]:
    return [
        {"start": m.start, "end": m.end, "type": m.type, "text": m.text, "canonical": m.canonical}
        | ({"nested": True} if m.nested else {})
        for m in mentions
        if nested or not m.nested
    ]


def _relation(f: Fact, names: dict[str, str]) -> dict[str, Any]:
    return {
        "s": f.s_text,
        "p": f.predicate,
        "o": f.o_text if f.o_text is not None else f.object,
        "s_canonical": names.get(f.subject, f.subject),
        "o_canonical": f.object if f.obj_is_literal else names.get(f.object, f.object),
        "role": f.role,
        "post": f.post,
        "amount": f.amount,
        "unit": f.unit,
        "date": f.date,
        "topic": f.topic,
        "start": f.start,
        "end": f.end,
        "rule": f.rule,
        "confidence": f.confidence,
    }


_PIPELINES: dict[str | None, Pipeline] = {}


def _default_pipeline(region: str | None = None) -> Pipeline:
    if region not in _PIPELINES:
        _PIPELINES[region] = Pipeline(region, cooccurrence=True)
    return _PIPELINES[region]


def _locale(p: Pipeline, text: str, region: str | None) -> Locale:
    if region:
        return p.lexicon.parse_region(region)
    if p.region is not None:
        return p.region
    return infer_locale([(text, None)], p.lexicon)


# ------------------------------------------------------------------ streams


@dataclass(frozen=True, slots=True)
class BadRecord:
    line: int
    reason: str


def iter_records(stream: IO[str]) -> Iterator[tuple[int, dict[str, Any] | BadRecord]]:
    """(line number, record) for each non-blank JSON line; bad lines come back as BadRecord."""
    for n, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            yield n, BadRecord(n, f"line {n}: not JSON ({e.msg} at column {e.colno})")
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            yield n, BadRecord(n, f'line {n}: expected an object with a "text" string, e.g. {{"id": "1", "text": "…"}}')
            continue
        yield n, rec


_WORKER: dict[str, Any] = {}


def _init_worker(region: str | None, nested: bool, cooccurrence: bool, mode: str = "extract") -> None:
    _WORKER.update(pipeline=Pipeline(region, cooccurrence=True), nested=nested, cooccurrence=cooccurrence, mode=mode)


def _work(item: tuple[int, dict[str, Any] | BadRecord]) -> dict[str, Any] | BadRecord:
    n, rec = item
    if isinstance(rec, BadRecord):
        return rec
    try:
        if _WORKER["mode"] == "ner":
            return ner(rec["text"], id=rec.get("id", n), region=rec.get("region"), nested=_WORKER["nested"], pipeline=_WORKER["pipeline"])
        return extract(
            rec["text"],
            id=rec.get("id", n),
            date=rec.get("date"),
            source=rec.get("source"),
            region=rec.get("region"),
            nested=_WORKER["nested"],
            cooccurrence=_WORKER["cooccurrence"],
            pipeline=_WORKER["pipeline"],
        )
    except KGError as e:
        return BadRecord(n, f"line {n}: {e}")


def run_stream(
    records: Iterable[tuple[int, dict[str, Any] | BadRecord]],
    *,
    region: str | None = None,
    nested: bool = False,
    cooccurrence: bool = False,
    jobs: int = 1,
    batch: int = 256,
    mode: str = "extract",
) -> Iterator[dict[str, Any] | BadRecord]:
    """Results in input order (`mode` "extract" or "ner"); `jobs` > 1 uses worker processes, each loading the model once.

    Input is consumed `batch × jobs` records at a time, so memory does not grow
    with the length of the stream.
    """
    if jobs < 1:
        raise InputError(f"--jobs {jobs}: expected 1 or more worker processes")
    if jobs == 1:
        _init_worker(region, nested, cooccurrence, mode)
        yield from map(_work, records)
        return
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(region, nested, cooccurrence, mode)) as pool:
        it = iter(records)
        while chunk := list(islice(it, batch * jobs)):
            yield from pool.imap(_work, chunk, chunksize=max(1, batch // 4))
