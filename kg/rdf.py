"""Entities and Facts -> RDF quads; the only place that mints IRIs.

Layout of the dataset:
- default graph: entities (type, rdfs:label @zh, skos:altLabel, codes, coordinates)
  and the place hierarchy from the gazetteer;
- one named graph per article (<base>article/<id>): the article (kg:Article,
  source file, position, date, dateline), the typed relations it states, and
  one kg:Statement per relation (rdf:subject/predicate/object, evidence
  sentence, offsets, rule id, confidence, role/post/amount, prov:wasDerivedFrom);
- <base>graph/cooccurrence: the low-confidence kg:coOccursWith layer.
Query with the default graph as the union of all graphs.
"""
from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal

from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode, Quad

from .types import Document, Entity, Fact, Key
from .vocab import DEFAULT_BASE, PREFIXES, iri

_RDF = PREFIXES["rdf"]
_RDFS = PREFIXES["rdfs"]
_XSD = PREFIXES["xsd"]
_SKOS = PREFIXES["skos"]
_PROV = PREFIXES["prov"]
_ORG = PREFIXES["org"]
_SCHEMA = PREFIXES["schema"]
_IRI_UNSAFE = re.compile(r"[\x00-\x20<>\"{}|\\^`%#?/]")


def _n(iri: str) -> NamedNode:
    return NamedNode(iri)


TYPE = _n(_RDF + "type")
LABEL = _n(_RDFS + "label")
ALT = _n(_SKOS + "altLabel")
XSD_DECIMAL = _n(_XSD + "decimal")
XSD_INTEGER = _n(_XSD + "integer")
XSD_DATE = _n(_XSD + "date")
RDF_SUBJECT = _n(_RDF + "subject")
RDF_PREDICATE = _n(_RDF + "predicate")
RDF_OBJECT = _n(_RDF + "object")
DERIVED_FROM = _n(_PROV + "wasDerivedFrom")
_SEGMENT = {
    "Enterprise": "enterprise",
    "GovernmentBody": "government-body",
    "Organization": "organization",
    "Project": "project",
    "Event": "event",
    "Place": "place",
    "Person": "person",
    "IndustryChain": "industry-chain",
    "Award": "award",
}


_PREFIX_NAMES = {
    "enterprise": "enterprise",
    "government-body": "gov",
    "organization": "organization",
    "project": "project",
    "event": "event",
    "place": "place",
    "person": "person",
    "industry-chain": "chain",
    "award": "award",
    "article": "article",
    "statement": "statement",
    "membership": "membership",
}


def prefixes(base: str = DEFAULT_BASE) -> dict[str, str]:
    """Prefixes for readable Turtle: one per IRI segment (place:140431, gov:山西省工业和信息化厅)."""
    b = Minter(base).base
    return dict(PREFIXES, **{p: f"{b}{seg}/" for seg, p in _PREFIX_NAMES.items()})


@functools.cache
def term(name: str) -> NamedNode:
    """A kg: ontology term, checked against the closed namespace."""
    return NamedNode(iri(name))


class Minter:
    """Deterministic IRIs under a base: same key, same IRI, whatever the run."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"
        self.cooccurrence_graph = _n(self.base + "graph/cooccurrence")
        self._entities: dict[Key, NamedNode] = {}
        self._articles: dict[str, NamedNode] = {}

    def entity(self, key: Key) -> NamedNode:
        node = self._entities.get(key)
        if node is None:
            node = self._entities[key] = self._entity(key)
        return node

    def article(self, doc_id: str) -> NamedNode:
        node = self._articles.get(doc_id)
        if node is None:
            node = self._articles[doc_id] = _n(f"{self.base}article/{_IRI_UNSAFE.sub('_', doc_id)}")
        return node

    def _entity(self, key: Key) -> NamedNode:
        local = _IRI_UNSAFE.sub(lambda m: f"%{ord(m.group()):02X}", key.name)
        if key.scope:
            local += "~" + hashlib.sha1(key.scope.encode("utf-8")).hexdigest()[:8]
        return _n(f"{self.base}{_SEGMENT[key.type]}/{local}")

    def statement(self, f: Fact) -> NamedNode:
        h = hashlib.sha1(f"{f.doc_id}|{f.subject}|{f.predicate}|{f.object}|{f.start}|{f.rule}".encode()).hexdigest()
        return _n(f"{self.base}statement/{h[:20]}")


@functools.lru_cache(maxsize=4096)
def _dec(value: float | str) -> Literal:
    return Literal(format(Decimal(str(value)).normalize(), "f"), datatype=XSD_DECIMAL)


def _int(value: int) -> Literal:
    return Literal(str(value), datatype=XSD_INTEGER)


def entity_quads(e: Entity, mint: Minter) -> Iterator[Quad]:
    s = mint.entity(e.key)
    g = DefaultGraph()
    yield Quad(s, TYPE, term(e.type), g)
    yield Quad(s, LABEL, Literal(e.name, language="zh"), g)
    for a in e.aliases:
        yield Quad(s, ALT, Literal(a, language="zh"), g)
    if e.code:
        yield Quad(s, term("adminCode"), Literal(e.code), g)
    if e.lat is not None and e.lon is not None:
        yield Quad(s, _n(_SCHEMA + "latitude"), _dec(e.lat), g)
        yield Quad(s, _n(_SCHEMA + "longitude"), _dec(e.lon), g)


def article_quads(doc: Document, mint: Minter, region_key: Key | None = None) -> Iterator[Quad]:
    a = mint.article(doc.id)
    yield Quad(a, TYPE, term("Article"), a)
    yield Quad(a, term("sourceFile"), Literal(doc.source), a)
    yield Quad(a, term("position"), _int(doc.position), a)
    if doc.title:
        yield Quad(a, _n(_SCHEMA + "headline"), Literal(doc.title, language="zh"), a)
    if doc.date:
        yield Quad(a, _n(_SCHEMA + "datePublished"), Literal(doc.date, datatype=XSD_DATE), a)
    if doc.dateline:
        yield Quad(a, term("dateline"), Literal(doc.dateline), a)
    if region_key:
        yield Quad(a, term("region"), mint.entity(region_key), a)


def _date(value: str) -> Literal:
    """2020-08-18, 2020-05 or 2020 as xsd:date, xsd:gYearMonth or xsd:gYear."""
    kind = {10: "date", 7: "gYearMonth", 4: "gYear"}.get(len(value), "string")
    return Literal(value, datatype=_n(_XSD + kind))


def _literal(f: Fact) -> Literal:
    """An attribute's value: dates typed by precision, amounts and capacities as xsd:decimal."""
    value = str(f.object)
    if f.predicate == "date":
        return _date(value)
    if f.amount is not None:
        return _dec(value)
    return Literal(value)


def fact_quads(f: Fact, mint: Minter) -> Iterator[Quad]:
    """The relation itself plus its kg:Statement (evidence and qualifiers), in the article's graph."""
    s, p = mint.entity(f.subject), term(f.predicate)
    o = _literal(f) if isinstance(f.object, str) else mint.entity(f.object)
    if f.predicate == "coOccursWith":
        yield Quad(s, p, o, mint.cooccurrence_graph)
        return
    g = mint.article(f.doc_id)
    yield Quad(s, p, o, g)
    st = mint.statement(f)
    yield Quad(st, TYPE, term("Statement"), g)
    yield Quad(st, RDF_SUBJECT, s, g)
    yield Quad(st, RDF_PREDICATE, p, g)
    yield Quad(st, RDF_OBJECT, o, g)
    yield Quad(st, term("rule"), Literal(f.rule), g)
    yield Quad(st, term("confidence"), _dec(f.confidence), g)
    yield Quad(st, term("start"), _int(f.start), g)
    yield Quad(st, term("end"), _int(f.end), g)
    if f.evidence:
        yield Quad(st, term("evidence"), Literal(f.evidence, language="zh"), g)
    yield Quad(st, DERIVED_FROM, g, g)
    if f.role:
        yield Quad(st, term("role"), Literal(f.role), g)
    if f.post:
        yield Quad(st, term("post"), Literal(f.post), g)
    if f.amount is not None:
        yield Quad(st, term("amount"), _dec(f.amount), g)
        if f.unit:
            yield Quad(st, term("unit"), Literal(f.unit), g)
    if f.date:
        yield Quad(st, term("date"), _date(f.date), g)
    if f.topic:
        yield Quad(st, term("topic"), Literal(f.topic, language="zh"), g)
    if f.predicate == "memberOf":
        m = _n(str(st.value).replace("/statement/", "/membership/"))
        yield Quad(m, TYPE, term("Membership"), g)
        yield Quad(m, _n(_ORG + "member"), s, g)
        yield Quad(m, _n(_ORG + "organization"), o, g)
        if f.post:
            yield Quad(m, term("post"), Literal(f.post), g)
            yield Quad(m, _n(_ORG + "role"), Literal(f.post, language="zh"), g)


def mention_quads(doc_id: str, keys: Iterable[Key], mint: Minter) -> Iterator[Quad]:
    g = mint.article(doc_id)
    for k in sorted(set(keys)):
        yield Quad(mint.entity(k), term("mentionedIn"), g, g)


__all__ = ["Minter", "entity_quads", "article_quads", "fact_quads", "mention_quads", "term", "BlankNode"]
