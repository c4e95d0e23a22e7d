from __future__ import annotations

import rdflib

from kg.shacl import schema_graph
from kg.vocab import KG, ONTOLOGY


def test_namespace_matches_the_ontology():
    g = schema_graph("kg.ttl")
    declared = {str(s)[len(ONTOLOGY):] for s in g.subjects() if isinstance(s, rdflib.URIRef) and str(s).startswith(ONTOLOGY) and str(s) != ONTOLOGY}
    names = {n for n in KG.__annotations__}
    assert names == declared - {""}


def test_closed_namespace_fails_loudly():
    import pytest

    with pytest.raises(AttributeError):
        KG.locatedAt  # noqa: B018
