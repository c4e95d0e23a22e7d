"""The ontology's terms as one closed namespace: a typo fails loudly.

The names mirror schema/kg.ttl; tests/test_vocab.py checks the two agree.
"""
from __future__ import annotations

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

ONTOLOGY = "https://w3id.org/kg-news/ontology#"
DEFAULT_BASE = "https://w3id.org/kg-news/id/"


class KG(DefinedNamespace):
    _NS = Namespace(ONTOLOGY)
    _fail = True

    Entity: URIRef
    Enterprise: URIRef
    GovernmentBody: URIRef
    Organization: URIRef
    Project: URIRef
    Event: URIRef
    Place: URIRef
    Person: URIRef
    IndustryChain: URIRef
    Award: URIRef
    Article: URIRef
    Statement: URIRef
    Membership: URIRef

    locatedIn: URIRef
    subOrganizationOf: URIRef
    organizes: URIRef
    memberOf: URIRef
    invests: URIRef
    contractorOf: URIRef
    operates: URIRef
    cooperatesWith: URIRef
    signsWith: URIRef
    chainLeaderOf: URIRef
    supports: URIRef
    awardedTo: URIRef
    coOccursWith: URIRef
    mentionedIn: URIRef
    region: URIRef

    amount: URIRef
    unit: URIRef
    role: URIRef
    post: URIRef
    rule: URIRef
    confidence: URIRef
    evidence: URIRef
    start: URIRef
    end: URIRef
    position: URIRef
    sourceFile: URIRef
    dateline: URIRef
    adminCode: URIRef
    adminLevel: URIRef
    date: URIRef
    capacity: URIRef
    count: URIRef
    investment: URIRef
    registeredCapital: URIRef
    outputValue: URIRef
    topic: URIRef


PREFIXES: dict[str, str] = {
    "kg": ONTOLOGY,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "org": "http://www.w3.org/ns/org#",
    "schema": "https://schema.org/",
    "owl": "http://www.w3.org/2002/07/owl#",
}
