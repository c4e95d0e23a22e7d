"""kg.trig and kg.ttl serialized in pieces and joined (kg/fragments.py, a backfill's map 3): the same
bytes as `kg build` writes in one serialization, wherever the lines are cut."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg import fragments, rdf, store
from kg.vocab import DEFAULT_BASE


@pytest.fixture(scope="module")
def seed_lines(built):
    out, _ = built
    lines = store.lines_of(ox.Store.read_only(str(out / store.STORE_DIR)), DEFAULT_BASE)
    yield out, list(lines.quads), list(lines.union)
    lines.close()


def _joined(tmp_path, lines, fmt, size):
    prefixes = rdf.prefixes(DEFAULT_BASE)
    graph = fragments.graph_of if fmt == "trig" else (lambda _: b"")
    runs = list(fragments.cut(lines, size))
    target = tmp_path / f"joined.{fmt}"
    fragments.write(target, fmt, prefixes, ((fragments.piece(b"\n".join(r), fmt, prefixes), graph(r[0]), graph(r[-1])) for r in runs))
    return target.read_bytes(), runs


@pytest.mark.parametrize("size", [1, 7, 120, 10**9])
def test_pieces_join_into_the_bytes_of_one_serialization(seed_lines, tmp_path, size):
    out, quads, union = seed_lines
    trig, runs = _joined(tmp_path, quads, "trig", size)
    assert trig == (out / "kg.trig").read_bytes()
    assert len(runs) == 1 if size == 10**9 else len(runs) > 5
    if size == 7:  # named graphs were cut between pieces, and joined again
        assert any(fragments.graph_of(a[-1]) == fragments.graph_of(b[0]) != b"" for a, b in zip(runs, runs[1:]))
    ttl, _ = _joined(tmp_path, union, "ttl", size)
    assert ttl == (out / "kg.ttl").read_bytes()


def test_a_cut_keeps_each_subject_of_a_graph_in_one_piece(seed_lines):
    _, quads, _ = seed_lines
    runs = list(fragments.cut(quads, 5))
    assert [line for run in runs for line in run] == quads
    head = [line[: line.index(b" ")] for line in quads]  # graph key and subject
    assert len(runs) > 5 and all(len(run) >= 5 for run in runs[:-1])
    i = 0
    for run in runs[:-1]:
        i += len(run)
        assert head[i] != head[i - 1]


def test_a_small_dataset_with_graphs_across_pieces(tmp_path):
    ex = "https://example.org/"
    recs = sorted(
        f"{g}\0<{ex}{s}> <{ex}p> \"{v}\"@zh .".encode()
        for g in ("", f"<{ex}g1>", f"<{ex}g2>")
        for s in ("a", "b", "c")
        for v in ("广州", "佛山")
    )
    prefixes = {"ex": ex}
    whole = ox.serialize(ox.parse(b"".join(fragments.nquad(r) for r in recs), format=ox.RdfFormat.N_QUADS), None, ox.RdfFormat.TRIG, prefixes=prefixes)
    for size in (1, 2, 3, 5):
        runs = list(fragments.cut(recs, size))
        assert len(runs) > 2
        pieces = [(fragments.piece(b"\n".join(r), "trig", prefixes), fragments.graph_of(r[0]), fragments.graph_of(r[-1])) for r in runs]
        fragments.write(tmp_path / "x.trig", "trig", prefixes, pieces)
        assert (tmp_path / "x.trig").read_bytes() == whole, size


def test_an_unexpected_piece_is_an_error_not_a_wrong_file():
    with pytest.raises(fragments.FragmentError):
        fragments._unclosed(b"ex:a ex:p ex:b .\n")
    with pytest.raises(fragments.FragmentError):
        fragments._unopened(b"ex:a ex:p ex:b .\nex:g {\n")
