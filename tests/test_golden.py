"""The seed graph, compared as RDF (graph isomorphism per named graph) with a committed expectation.

Any change to what `kg build seeds/` produces shows up here; when the change is intended,
regenerate the expectation on purpose and commit it with the change that explains it:

    KG_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic

import kg

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).parent / "golden" / "seeds.trig"


def _graphs(data: str) -> dict[str, rdflib.Graph]:
    ds = rdflib.Dataset()
    ds.parse(data=data, format="trig")
    out = {}
    for g in ds.graphs():
        if len(g):
            out[str(g.identifier)] = g
    return out


def _lines(g: rdflib.Graph) -> set[str]:
    return set(g.serialize(format="nt").splitlines())


def test_seed_graph_is_the_committed_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    kg.build(["seeds/"], out=tmp_path, html=False)
    built = (tmp_path / "kg.trig").read_text(encoding="utf-8")
    if os.environ.get("KG_UPDATE_GOLDEN"):
        GOLDEN.write_text(built, encoding="utf-8")
    got, want = _graphs(built), _graphs(GOLDEN.read_text(encoding="utf-8"))
    assert sorted(got) == sorted(want), f"graphs added {sorted(set(got) - set(want))[:5]}, missing {sorted(set(want) - set(got))[:5]}"
    for name, g in want.items():
        if not isomorphic(got[name], g):
            extra, missing = sorted(_lines(got[name]) - _lines(g)), sorted(_lines(g) - _lines(got[name]))
            pytest.fail(f"graph {name} differs: {len(extra)} triples added, {len(missing)} missing;\n+ "
                        + "\n+ ".join(extra[:10]) + "\n- " + "\n- ".join(missing[:10]))


def test_the_graph_does_not_depend_on_how_the_path_was_spelled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """kg build seeds/ and kg build $PWD/seeds/ give the same graph (issue 14): scopes are page hashes,
    sources are relative to the argument's parent."""
    monkeypatch.chdir(ROOT)
    kg.build(["seeds/"], out=tmp_path / "rel", html=False)
    kg.build([str(ROOT / "seeds")], out=tmp_path / "abs", html=False)
    assert (tmp_path / "rel" / "kg.trig").read_bytes() == (tmp_path / "abs" / "kg.trig").read_bytes()
