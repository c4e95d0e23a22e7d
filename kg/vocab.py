"""The ontology's terms as one closed namespace: a typo fails loudly.

The names mirror schema/kg.ttl; tests/test_vocab.py checks the two agree. `iri(name)` mints a
term's IRI without rdflib (a build does not import it: 0.1 s of start-up); `KG` is the same
namespace as an rdflib `DefinedNamespace`, made when first imported.
"""
from __future__ import annotations

from typing import Any

ONTOLOGY = "https://w3id.org/kg-news/ontology#"
DEFAULT_BASE = "https://w3id.org/kg-news/id/"

# the names of schema/kg.ttl, in groups: classes, relations, statement and article terms, attributes
TERMS: tuple[str, ...] = tuple(
    """
    Entity Enterprise GovernmentBody Organization Project Event Place Person IndustryChain Award
    Article Statement Membership

    locatedIn subOrganizationOf organizes memberOf invests contractorOf operates cooperatesWith
    signsWith chainLeaderOf supports awardedTo coOccursWith mentionedIn region

    amount unit role post rule confidence evidence start end position sourceFile dateline adminCode
    adminLevel date capacity count investment registeredCapital outputValue topic
    """.split()
)


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


_TERM_SET = frozenset(TERMS)


def iri(name: str) -> str:
    """The IRI of the ontology's term `name`; AttributeError for a name it does not declare."""
    if name not in _TERM_SET:
        raise AttributeError(f"term '{name}' not in namespace '{ONTOLOGY}'")
    return ONTOLOGY + name


def __getattr__(name: str) -> Any:
    if name != "KG":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from rdflib.namespace import DefinedNamespace, Namespace
    from rdflib.term import URIRef

    kg = type("KG", (DefinedNamespace,), {"__annotations__": dict.fromkeys(TERMS, URIRef), "_NS": Namespace(ONTOLOGY), "_fail": True, "__module__": __name__})
    globals()["KG"] = kg
    return kg
