"""Incremental builds equal full builds (issue 11: kg build --update), and settings travel with the graph."""
from __future__ import annotations

import json
import math
import shutil
import sqlite3

import pytest
import rdflib
from click.testing import CliRunner
from rdflib.compare import isomorphic

import kg
from kg import store
from kg.cli import main

from .conftest import SEEDS

FILES = sorted(SEEDS.glob("*.txt"))
EXTRA = "\n本报讯 近日，山西晋能控股装备制造集团有限公司与太原理工大学签署战略合作协议，双方将在煤机装备领域开展合作。\n"


def _graphs(out):
    ds = rdflib.Dataset()
    ds.parse(out / "kg.trig", format="trig")
    return {str(g.identifier): g for g in ds.graphs() if len(g)}


def _same_graph(a, b):
    assert (a / "kg.trig").read_bytes() == (b / "kg.trig").read_bytes()
    assert (a / "kg.ttl").read_bytes() == (b / "kg.ttl").read_bytes()
    ga, gb = _graphs(a), _graphs(b)
    assert sorted(ga) == sorted(gb)
    assert all(isomorphic(ga[k], gb[k]) for k in ga)
    sa, sb = store.open_store(a), store.open_store(b)  # the store too (an update patches it)
    assert set(sa) == set(sb)
    assert set(sa.named_graphs()) == set(sb.named_graphs())


def _whole(*a, **k):
    raise AssertionError("store.save called: the update was not written by difference")


def _patched(monkeypatch, paths, out, **kw):
    """`kg.build(update=True)`, failing if it rewrites the store whole instead of patching it (store.patch)."""
    with monkeypatch.context() as m:
        m.setattr(store, "save", _whole)
        return kg.build(paths, out=out, html=False, update=True, **kw)


def test_update_equals_a_full_build(tmp_path, monkeypatch):
    src = tmp_path / "papers"
    src.mkdir()
    for f in FILES[:4]:
        shutil.copy(f, src / f.name)
    out = tmp_path / "out"
    first = kg.build([str(src)], out=out, html=False)
    assert first.processed == 4
    # a day later: one page edited, one new, one gone
    edited = src / FILES[2].name
    edited.write_text(edited.read_text(encoding="utf-8") + EXTRA, encoding="utf-8")
    shutil.copy(FILES[4], src / FILES[4].name)
    (src / FILES[1].name).unlink()
    kept = kg.build([str(src)], out=tmp_path / "kept", html=False)  # (a full build, for the counts below)
    r = _patched(monkeypatch, [str(src)], out)
    assert r.counts() == kg.build([str(src), str(SEEDS / FILES[1].name)], out=tmp_path / "all", html=False).counts()
    assert (r.processed, len(r.spool), r.dropped) == (2, 5, 0)  # without --prune the gone page stays
    assert len(r.documents) == len(kept.documents) + len(kg.ingest.read_page(FILES[1].read_text(encoding="utf-8"), "x"))
    r = _patched(monkeypatch, [str(src)], out, prune=True)
    assert (r.processed, len(r.spool), r.dropped) == (0, 4, 1)
    _same_graph(out, tmp_path / "kept")
    names = {str(o) for o in rdflib.Graph().parse(out / "kg.ttl").objects(None, rdflib.RDFS.label)}
    assert "山西晋能控股装备制造集团有限公司" in names


def test_a_record_whose_text_changed_is_replaced(tmp_path):
    recs = tmp_path / "recs.jsonl"

    def write(text_b):
        rows = [{"id": "a", "date": "2024-06-03", "text": "本报讯 太原市公安局与山西大学签署合作协议。"}, {"id": "b", "date": "2024-06-04", "text": text_b}]
        recs.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")

    write("本报讯 太钢集团董事长高祥明表示，将加大投入。")
    out, ref = tmp_path / "out", tmp_path / "ref"
    r = CliRunner().invoke(main, ["build", str(recs), "-o", str(out), "-q", "--no-html"])
    assert r.exit_code == 0, r.output
    write("本报讯 潞安化工集团董事长王永革表示，将加大投入。")
    r = CliRunner().invoke(main, ["build", "--update", str(recs), "-o", str(out), "-q", "--no-html"])
    assert r.exit_code == 0 and "pages processed: 1, unchanged: 1" in r.output, r.output
    assert CliRunner().invoke(main, ["build", str(recs), "-o", str(ref), "-q", "--no-html"]).exit_code == 0
    _same_graph(out, ref)
    text = (out / "kg.ttl").read_text(encoding="utf-8")
    assert "王永革" in text and "高祥明" not in text


def test_update_keeps_base_and_refuses_another_kg(tmp_path):
    out = tmp_path / "out"
    base = "https://example.org/kg/"
    r = CliRunner().invoke(main, ["build", str(FILES[3]), "-o", str(out), "-q", "--no-html", "--base", base])
    assert r.exit_code == 0, r.output
    assert json.loads((out / "build.json").read_text())["base"] == base
    r = CliRunner().invoke(main, ["build", "--update", str(FILES[3]), str(FILES[4]), "-o", str(out), "-q", "--no-html"])
    assert r.exit_code == 0, r.output
    assert "<https://example.org/kg/" in (out / "kg.ttl").read_text(encoding="utf-8")
    assert "w3id.org/kg-news/id/" not in (out / "kg.ttl").read_text(encoding="utf-8")
    exported = CliRunner().invoke(main, ["export", "-o", str(out)])  # export reads the base from build.json
    assert exported.exit_code == 0 and "@prefix place: <https://example.org/kg/place/>" in exported.output
    before = (out / "kg.trig").read_bytes()
    db = sqlite3.connect(out / "spool")
    db.execute("UPDATE meta SET value = 'other' WHERE name = 'code'")
    db.commit()
    db.close()
    r = CliRunner().invoke(main, ["build", "--update", str(FILES[0]), "-o", str(out), "-q", "--no-html"])
    assert r.exit_code == 2 and "cannot be mixed" in r.output and "Rebuild it from all inputs" in r.output
    assert (out / "kg.trig").read_bytes() == before
    r = CliRunner().invoke(main, ["build", "--update", str(FILES[0]), "-o", str(tmp_path / "none"), "-q"])
    assert r.exit_code == 2 and "build it first" in r.output


def test_an_update_with_nothing_new_leaves_the_graph_as_it_is(tmp_path):
    """Nothing processed, nothing dropped, same settings: no file is rewritten, and the result
    still reads the graph's spool."""
    src = tmp_path / "papers"
    src.mkdir()
    for f in FILES[:2]:
        shutil.copy(f, src / f.name)
    out = tmp_path / "out"
    first = kg.build([str(src)], out=out, html=False)
    before = {n: (out / n).stat().st_ino for n in ("kg.trig", "kg.ttl", "spool", "build.json")}
    r = kg.build([str(src)], out=out, html=False, update=True)
    assert r.processed == 0 and len(r.documents) == len(first.documents) and r.counts() == first.counts()
    assert {n: (out / n).stat().st_ino for n in before} == before
    r = kg.build([str(src)], out=out, html=True, update=True)  # graph.html asked for now: written
    assert (out / "graph.html").exists() and (out / "kg.trig").stat().st_ino != before["kg.trig"]


def test_builds_in_one_process_share_the_model_and_not_the_entities(tmp_path):
    """The model loads once per process (kg.builder.loaded); a build after another gives the
    same files as the first build of a process."""
    from kg import builder

    src = tmp_path / "papers"
    src.mkdir()
    shutil.copy(FILES[3], src / FILES[3].name)
    builder._IDLE.clear()
    kg.build([str(tmp_path / "papers")], out=tmp_path / "fresh", html=False)
    model = builder._IDLE[None]
    kg.build([str(SEEDS)], out=tmp_path / "other", html=False)
    kg.build([str(tmp_path / "papers")], out=tmp_path / "again", html=False)
    assert builder._IDLE[None] is model
    _same_graph(tmp_path / "fresh", tmp_path / "again")


def _records(path, *texts):
    rows = [{"id": f"r{i}", "date": f"2024-05-0{i + 1}", "text": t} for i, t in enumerate(texts)]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


# A Jiangxi paper's style: a short form in one article, its full name only in a later one.
SHORT = "本报讯 近日，江西铜业集团在贵溪市投资50亿元建设铜箔项目，江西铜业集团董事长郑高清出席开工仪式。"
FULL = "本报讯 江西铜业股份有限公司与南昌大学签署战略合作协议。"
OTHER = "本报讯 赣州市人民政府与中国稀土集团有限公司签署合作协议。"


def test_an_update_patches_the_store_and_rewrites_pages_a_merge_moves(tmp_path, monkeypatch):
    """A new article that gives a short form's full name moves the short form's key: the
    unchanged article naming it is rewritten too, and the patched store and files equal a
    full build's; an edited and a removed record are patched the same way."""
    recs, out = tmp_path / "r.jsonl", tmp_path / "out"
    _records(recs, SHORT, OTHER)
    kg.build([str(recs)], out=out, html=False)
    _records(recs, SHORT, OTHER, FULL)
    r = _patched(monkeypatch, [str(recs)], out)
    assert r.processed == 1 and r.moved  # 江西铜业集团 -> 江西铜业股份有限公司
    (rename,) = r.moved.items()
    assert rename[0].name == "江西铜业集团" and rename[1].name == "江西铜业股份有限公司"
    counts = r.counts()
    full = kg.build([str(recs)], out=tmp_path / "ref", html=False)
    assert counts == full.counts()
    _same_graph(out, tmp_path / "ref")
    assert "江西铜业集团" in {str(o) for o in rdflib.Graph().parse(out / "kg.ttl").objects(None, rdflib.SKOS.altLabel)}
    for texts in ((SHORT, OTHER.replace("赣州市", "吉安市")), (SHORT,)):  # an edit, then the full name gone: the merge undone
        _records(recs, *texts)
        r = _patched(monkeypatch, [str(recs)], out, prune=True)
        kg.build([str(recs)], out=tmp_path / "ref", html=False)
        _same_graph(out, tmp_path / "ref")
    assert not r.moved


def test_an_update_without_saved_pages_rewrites_the_store(tmp_path):
    """A spool that does not say what was saved of each page (a backfill's, say) is not patched:
    the store is written whole, with the same result."""
    recs, out = tmp_path / "r.jsonl", tmp_path / "out"
    _records(recs, SHORT, OTHER)
    kg.build([str(recs)], out=out, html=False)
    db = sqlite3.connect(out / "spool")
    db.execute("DELETE FROM saved")
    db.execute("DELETE FROM rendered")
    db.commit()
    db.close()
    _records(recs, SHORT, OTHER, FULL)
    kg.build([str(recs)], out=out, html=False, update=True)
    kg.build([str(recs)], out=tmp_path / "ref", html=False)
    _same_graph(out, tmp_path / "ref")
    db = sqlite3.connect(out / "spool")
    assert db.execute("SELECT COUNT(*) FROM rendered").fetchone()[0] == 3  # the next update is patched


def _page(path, positions=True):
    """The data of a graph page (kg.viz.payload), its nodes' x and y left out unless `positions`."""
    import re

    body = json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', path.read_text(encoding="utf-8"), re.S).group(1))
    if not positions:
        body["nodes"] = [n[:4] + n[6:] for n in body["nodes"]]
    return body


def test_an_update_lays_out_only_the_components_it_changed(tmp_path, monkeypatch):
    """graph.html after an update is the full build's but for the positions of the nodes of the
    components it changed: a connected component of the drawn graph is laid out again only when
    its entities or relations changed, from the positions its nodes had (kg.viz.layout.positions;
    the components' layouts are kept in the spool); a page whose drawn graph did not change is
    the full build's byte for byte."""
    from kg.viz import layout

    recs, out, ref = tmp_path / "r.jsonl", tmp_path / "out", tmp_path / "ref"
    _records(recs, SHORT, OTHER)
    kg.build([str(recs)], out=out)
    _records(recs, SHORT, OTHER + "双方将在资源综合利用领域开展合作。")  # no new entity or relation
    with monkeypatch.context() as m:
        m.setattr(layout, "_layout", lambda *a: pytest.fail("laid out again"))
        kg.build([str(recs)], out=out, update=True)
    kg.build([str(recs)], out=ref)
    assert (out / "graph.html").read_bytes() == (ref / "graph.html").read_bytes()
    src = tmp_path / "papers"  # pages whose drawn graph has many components
    src.mkdir()
    for f in FILES[:3]:
        shutil.copy(f, src / f.name)
    kg.build([str(src)], out=out)
    before = _page(out / "graph.html")
    calls: list[int] = []
    real = layout._layout
    monkeypatch.setattr(layout, "_layout", lambda n, *a: calls.append(n) or real(n, *a))
    edited = src / FILES[2].name
    edited.write_text(edited.read_text(encoding="utf-8") + EXTRA, encoding="utf-8")  # a new agreement between two bodies
    kg.build([str(src)], out=out, update=True)
    updated = list(calls)
    calls.clear()
    kg.build([str(src)], out=ref)
    assert 0 < len(updated) < len(calls), (updated, calls)
    assert _page(out / "graph.html", positions=False) == _page(ref / "graph.html", positions=False)
    was, now, full = ({n[0]: (n[4], n[5]) for n in page["nodes"]} for page in (before, _page(out / "graph.html"), _page(ref / "graph.html")))
    changed = [n for n in _largest(_page(out / "graph.html")) if n in was]  # the new agreement joins it
    moved, relaid = _residual(was, now, changed), _residual(was, full, changed)
    assert moved < 0.5 and relaid > 2, (moved, relaid)


def _largest(page):
    """The nodes of the largest connected component of a page's typed relations."""
    names = [n[0] for n in page["nodes"]]
    near = {n: set() for n in names}
    for e in page["edges"]:
        near[names[e[0]]].add(names[e[1]])
        near[names[e[1]]].add(names[e[0]])
    best: set = set()
    for n in names:
        if n in best or len(near[n]) == 0:
            continue
        comp, todo = {n}, [n]
        while todo:
            for m in near[todo.pop()] - comp:
                comp.add(m)
                todo.append(m)
        best = max(best, comp, key=len)
    return sorted(best)


def _residual(a, b, names):
    """The median distance between the positions of `names` in `a` and in `b`, once `b` is moved
    by the median shift (where the component was packed)."""
    dx = sorted(b[n][0] - a[n][0] for n in names)[len(names) // 2]
    dy = sorted(b[n][1] - a[n][1] for n in names)[len(names) // 2]
    d = sorted(math.dist((a[n][0] + dx, a[n][1] + dy), b[n]) for n in names)
    return d[len(d) // 2]


def test_graph_html_of_a_build_is_the_page_drawn_from_its_store(tmp_path, monkeypatch):
    """A build draws graph.html from the parts its spool keeps of each page and of the entity
    table (kg.viz.data.join), not from the store: the page is the one `kg viz` draws from the
    store, after a full build and after an update; pages sharing an article read the store."""
    from kg import builder, patch
    from kg.viz import data as gd

    src, out = tmp_path / "papers", tmp_path / "out"
    src.mkdir()
    for f in FILES[:3]:
        shutil.copy(f, src / f.name)
    with monkeypatch.context() as m:
        m.setattr(gd, "load", lambda *a: pytest.fail("the build read the store for graph.html"))
        kg.build([str(src)], out=out)
        edited = src / FILES[2].name
        edited.write_text(edited.read_text(encoding="utf-8") + EXTRA, encoding="utf-8")
        kg.build([str(src)], out=out, update=True)
    built = _page(out / "graph.html", positions=False)
    builder.write_page(out)  # `kg viz`: drawn from the store (laid out afresh, as a full build)
    assert _page(out / "graph.html", positions=False) == built
    sp = kg.spool.Spool(out / "spool")
    parts = [sp.saved("viz-table"), *sp.viz_parts()]
    assert gd.join(parts) is not None
    assert gd.join([*parts, parts[1]]) is None  # one article in two parts: unknown, the store is read
    assert patch.page_data(sp) is not None


def test_watch_updates_in_one_process_with_the_model_loaded_once(tmp_path):
    """`kg build --update --watch`: kg.builder.follow updates every round, the model kept; a
    round that fails is reported and the next one tries again."""
    from kg import builder

    recs, out = tmp_path / "r.jsonl", tmp_path / "out"
    _records(recs, SHORT)
    kg.build([str(recs)], out=out, html=False)
    model = builder._IDLE[None]
    edits = iter([lambda: _records(recs, SHORT, OTHER), lambda: recs.write_text(""), lambda: _records(recs, SHORT, OTHER, FULL)])
    rounds = list(builder.follow([str(recs)], out, 60, rounds=4, sleep=lambda s: next(edits)(), html=False))
    assert [getattr(r, "processed", None) for r in rounds] == [0, 1, None, 1]
    assert isinstance(rounds[2], kg.errors.NothingRead)
    assert builder._IDLE[None] is model
    kg.build([str(recs)], out=tmp_path / "ref", html=False)
    _same_graph(out, tmp_path / "ref")
    r = CliRunner().invoke(main, ["build", str(recs), "-o", str(out), "--watch", "5"])
    assert r.exit_code == 2 and "goes with --update" in r.output


def test_files_assembled_from_blocks_equal_one_serialization(tmp_path):
    """kg.trig and kg.ttl are joined from blocks serialized page by page (kg.blocks): the bytes
    must be those of one serialization of the whole store, after a build and after an update
    that changes a page naming entities that other pages name too."""
    src = tmp_path / "papers"
    src.mkdir()
    for f in FILES[:3]:
        shutil.copy(f, src / f.name)
    out = tmp_path / "out"

    def check():
        st = store.open_store(out)
        for fmt in ("trig", "ttl"):
            assert store.export(st, None, fmt) == (out / f"kg.{fmt}").read_bytes(), fmt

    kg.build([str(src)], out=out, html=False)
    check()
    edited = src / FILES[1].name
    edited.write_text(edited.read_text(encoding="utf-8") + EXTRA, encoding="utf-8")
    kg.build([str(src)], out=out, html=False, update=True)
    check()


def test_blocks_of_a_page_split_at_subjects():
    import pyoxigraph as ox

    from kg import blocks, fragments, rdf

    base = "https://example.org/id/"
    g = f"<{base}article/a>".encode()
    recs = sorted([
        g + b"\x00<" + base.encode() + b"x> <http://www.w3.org/2000/01/rdf-schema#label> \"x\\ny\"@zh .",
        g + b"\x00<" + base.encode() + b"x> <http://www.w3.org/2000/01/rdf-schema#comment> \"c\" .",
        g + b"\x00<" + base.encode() + b"y> <http://www.w3.org/2000/01/rdf-schema#label> \"y\" .",
    ])
    quads = ox.parse(b"".join(fragments.nquad(r) for r in recs), format=ox.RdfFormat.N_QUADS)
    trig, ttl = blocks.page_blocks(blocks.terms_of(quads), b"<urn:cooc>", rdf.prefixes(base))
    assert [t[0] for t in trig] == [g] and trig[0][2].endswith(b"}\n")
    assert [s for s, _, _ in ttl] == [f"<{base}x> ".encode(), f"<{base}y> ".encode()]
    assert all(b.count(b"\n\t") + 1 == b.count(b"\n") for _, _, b in ttl)  # one subject, its continuation lines


@pytest.mark.parametrize("spare", ["taken", "gone", "damaged"])
def test_update_takes_the_spare_checkpoint_or_copies_the_store(tmp_path, monkeypatch, spare):
    """A build leaves a checkpoint of its store (store.next) that the next update moves in
    instead of copying the store; without it, or with a damaged one, the update copies the store."""
    from kg import patch

    src = tmp_path / "papers"
    src.mkdir()
    for f in FILES[:2]:
        shutil.copy(f, src / f.name)
    out = tmp_path / "out"
    kg.build([str(src)], out=out, html=False)
    assert (out / patch.SPARE / "CURRENT").exists()
    if spare == "gone":
        shutil.rmtree(out / patch.SPARE)
    elif spare == "damaged":
        (out / patch.SPARE / "CURRENT").write_text("MANIFEST-999999\n")
    edited = src / FILES[1].name
    edited.write_text(edited.read_text(encoding="utf-8") + EXTRA, encoding="utf-8")
    _patched(monkeypatch, [str(src)], out)
    kg.build([str(src)], out=tmp_path / "full", html=False)
    _same_graph(out, tmp_path / "full")
    assert (out / patch.SPARE / "CURRENT").exists()  # a new spare for the next update


@pytest.mark.parametrize("case", ["spliced", "edited by hand"])
def test_an_update_splices_kg_ttl_and_kg_trig_from_the_previous_ones(tmp_path, monkeypatch, case):
    """An update copies the blocks of kg.ttl's and kg.trig's unchanged subjects and graphs from
    the previous files (kg.blocks.splice_ttl, splice_trig) and serializes again those its
    pages and the entity table changed: the bytes of a full build. A file whose bytes are
    not those the spool's index describes is written whole."""
    from kg import blocks

    src, out = tmp_path / "papers", tmp_path / "out"
    src.mkdir()
    for f in FILES[:3]:
        shutil.copy(f, src / f.name)
    kg.build([str(src)], out=out, html=False)
    if case == "edited by hand":
        for name in ("kg.ttl", "kg.trig"):
            (out / name).write_bytes((out / name).read_bytes().replace(b"@zh", b"@ZH", 1))
    edited = src / FILES[1].name
    edited.write_text(edited.read_text(encoding="utf-8").replace("本报讯", "本报讯 ", 1) + EXTRA, encoding="utf-8")
    whole: list[str] = []

    def counted(name):
        real = getattr(blocks, name)
        return lambda *a: whole.append(name) or real(*a)

    for name in ("write_ttl", "write_trig"):
        monkeypatch.setattr(blocks, name, counted(name))
    kg.build([str(src)], out=out, html=False, update=True)
    assert sorted(whole) == ([] if case == "spliced" else ["write_trig", "write_ttl"])
    kg.build([str(src)], out=tmp_path / "full", html=False)
    _same_graph(out, tmp_path / "full")


@pytest.mark.parametrize("run", [256, 2])
def test_splice_trig_rewrites_graphs_and_subjects_it_is_told_of(tmp_path, monkeypatch, run):
    """blocks.splice_trig against blocks.write_trig: a page's graph dropped, one added, a graph
    merged from two pages (cut into pieces: fragments.SIZE made small), the default graph's
    subjects added, dropped and changed (the index read `run` lines at a time)."""
    import pyoxigraph as ox

    from kg import blocks, fragments, rdf

    monkeypatch.setattr(blocks.Index, "RUN", run)

    monkeypatch.setattr(fragments, "SIZE", 2)
    base = "https://example.org/id/"
    prefixes, cooc = rdf.prefixes(base), f"<{base}graph/cooccurrence>".encode()

    def line(s, v):
        return f'<{base}place/{s}> <http://www.w3.org/2000/01/rdf-schema#label> "{v}"@zh .'.encode()

    def rows(pages):  # (graph key, page, records, block) of each page's graphs, by graph
        out = []
        for page, quads in pages.items():
            nq = b"".join(x[:-2] + b" " + (g or f"<{base}article/{page}>".encode()) + b" .\n" for g, x in quads)
            trig, _ = blocks.page_blocks(blocks.terms_of(ox.parse(nq, format=ox.RdfFormat.N_QUADS)), cooc, prefixes)
            out += [(g, page, r, b) for g, r, b in trig]
        return sorted(out, key=lambda r: (r[0], r[1]))

    def table(*lines):
        return sorted(b"\x00" + x for x in lines)

    before_t = table(line("海口市", "海口市"), line("三亚市", "三亚市"), line("儋州市", "儋州市"))
    before_p = {"a": [(None, line("海口市", "海口")), (cooc, line("三亚市", "甲")), (cooc, line("海口市", "乙"))], "b": [(None, line("三亚市", "三亚")), (cooc, line("琼海市", "丙"))], "c": [(None, line("文昌市", "文昌"))]}
    after_t = table(line("海口市", "海口市"), line("三亚市", "鹿城"), line("万宁市", "万宁市"))
    after_p = {"a": [(None, line("海口市", "椰城")), (cooc, line("三亚市", "甲")), (cooc, line("五指山市", "丁"))], "b": before_p["b"], "d": [(None, line("陵水县", "陵水"))]}
    old, new, ref = tmp_path / "old.trig", tmp_path / "new.trig", tmp_path / "ref.trig"
    index = blocks.write_trig(old, before_t, rows(before_p), cooc, prefixes)
    assert sum(n for _, n in blocks.Index.entries(index)) + len(fragments.header("trig", tuple(prefixes.items()))) == old.stat().st_size
    graphs = {f"<{base}article/{p}>".encode() for p in "acd"} | {cooc}
    units = graphs | {blocks.default_key(blocks.subject_key(x[1:])) for x in set(before_t) ^ set(after_t)}
    after = rows(after_p)
    got = blocks.splice_trig(new, old, index, units, after_t, [r for r in after if r[0] in graphs], cooc, prefixes)
    want = blocks.write_trig(ref, after_t, after, cooc, prefixes)
    assert new.read_bytes() == ref.read_bytes() and got == want
    assert "文昌".encode() in old.read_bytes() and "文昌".encode() not in new.read_bytes() and "五指山".encode() in new.read_bytes()


@pytest.mark.parametrize("run", [256, 2])
def test_splice_ttl_adds_drops_and_rewrites_subjects(tmp_path, monkeypatch, run):
    """blocks.splice_ttl against blocks.write_ttl: subjects added before, between and after the
    old ones, one dropped, one whose lines changed, one of two pages now of one (the index read
    `run` lines at a time: runs without a change are copied whole)."""
    from kg import blocks, fragments, rdf

    monkeypatch.setattr(blocks.Index, "RUN", run)

    base = "https://example.org/id/"
    prefixes = rdf.prefixes(base)

    def line(s, v):
        return f'<{base}place/{s}> <http://www.w3.org/2000/01/rdf-schema#label> "{v}"@zh .'.encode()

    def rows(pages):  # (subject key, page, b"", block) of each page's subjects, by subject
        out = []
        for page, lines in pages.items():
            quads = ox_parse([f"{x.decode()[:-2]} <{base}article/{page}> .".encode() for x in lines])
            _, ttl = blocks.page_blocks(blocks.terms_of(quads), b"<urn:cooc>", prefixes)
            out += [(s, page, b"", b) for s, _, b in ttl]
        return sorted(out, key=lambda r: (r[0], r[1]))

    def ox_parse(nq):
        import pyoxigraph as ox

        return list(ox.parse(b"\n".join(nq) + b"\n", format=ox.RdfFormat.N_QUADS))

    def table(*lines):
        return sorted(b"\x00" + x for x in lines)

    before_t = table(line("贵阳市", "贵阳市"), line("遵义市", "遵义市"), line("六盘水市", "六盘水市"))
    before_p = {"a": [line("遵义市", "遵义"), line("安顺市", "安顺"), line("都匀市", "都匀")], "b": [line("毕节市", "毕节"), line("安顺市", "安顺")]}
    after_t = table(line("贵阳市", "贵阳市"), line("遵义市", "遵义市"), line("六盘水市", "六盘水"), line("铜仁市", "铜仁市"), line("凯里市", "凯里市"))
    after_p = {"a": [line("遵义市", "播州"), line("黔南州", "黔南")], "b": [line("毕节市", "毕节"), line("安顺市", "安顺")]}
    old, new, ref = tmp_path / "old.ttl", tmp_path / "new.ttl", tmp_path / "ref.ttl"
    index = blocks.write_ttl(old, before_t, rows(before_p), prefixes)
    assert sum(n for _, n in blocks.Index.entries(index)) + len(fragments.header("ttl", tuple(prefixes.items()))) == old.stat().st_size
    subject = blocks.subject_key
    changed = {subject(x) for x in set(before_t) ^ set(after_t) for x in [x[1:]]} | {subject(x) for p in ("a",) for x in before_p[p] + after_p[p]}
    rows_after = rows(after_p)
    got = blocks.splice_ttl(new, old, index, changed, after_t, [r for r in rows_after if r[0] in changed], prefixes)
    want = blocks.write_ttl(ref, after_t, rows_after, prefixes)
    assert new.read_bytes() == ref.read_bytes() and got == want
    assert old.read_bytes() != ref.read_bytes() and "都匀".encode() in old.read_bytes() and "都匀".encode() not in new.read_bytes()


def test_a_ttl_index_reads_back_what_was_added():
    """blocks.Index: kept compressed, read back as a stream across its 64 kB pieces."""
    from kg import blocks

    index = blocks.Index()
    keys = [f"<https://example.org/id/place/宁夏{i}> ".encode() for i in range(40_000)]
    for i, k in enumerate(keys):
        index.add(k, i % 977 + 1)
    blob = index.done()
    assert len(blob) > 1 << 16 and list(blocks.Index.entries(blob)) == [(k, i % 977 + 1) for i, k in enumerate(keys)]
    assert list(blocks.Index.entries(blocks.Index().done())) == []
