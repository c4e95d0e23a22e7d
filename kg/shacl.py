"""SHACL validation of the built graph with pySHACL and the shapes in schema/."""
from __future__ import annotations

from importlib import resources

import pyoxigraph as ox
import rdflib

from . import store as store_mod
from .vocab import DEFAULT_BASE


def schema_graph(name: str) -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(data=(resources.files("kg") / "schema" / name).read_text(encoding="utf-8"), format="turtle")
    return g


def validate(st: ox.Store, base: str = DEFAULT_BASE) -> tuple[bool, str]:
    """(conforms, report text) for the union of the store's graphs (without the co-occurrence
    layer, whose graph IRI is under `base`)."""
    from pyshacl import validate as shacl_validate

    data = rdflib.Graph()
    nt = ox.serialize(store_mod.union_triples(st, base=base), None, ox.RdfFormat.N_TRIPLES) or b""
    data.parse(data=nt.decode("utf-8"), format="nt")
    conforms, _, text = shacl_validate(
        data, shacl_graph=schema_graph("shapes.ttl"), ont_graph=schema_graph("kg.ttl"), inference="none"
    )
    return bool(conforms), str(text)
