from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import DecodeError, InputError
from kg.ingest import decode, read_documents, read_page, split_articles, unwrap

from .conftest import SEEDS

COLUMN = "本报太原8月14日讯（记者 刘\n业飞）8月14日，记者从山西省小企业\n发展促进局了解到，中小\n\n微企业发展很快。\n\n省小企业发展促进局服务体系建\n设处处长王年平介绍，“创客嘉年华”\n\n活动期间将举办大赛。\n"


def test_decode_utf8_and_gb18030():
    text = "山西省小企业发展促进局"
    assert decode(text.encode("utf-8")) == text
    assert decode(text.encode("gb18030")) == text
    assert decode("\ufeff" .encode("utf-8") + text.encode("utf-8")) == text


def test_decode_rejects_binary_by_name():
    with pytest.raises(DecodeError, match="blob.bin"):
        decode(bytes(range(256)) * 4, "blob.bin")


def test_unwrap_joins_wrapped_names_and_keeps_paragraphs():
    out = unwrap(COLUMN)
    assert "刘业飞" in out
    assert "中小微企业" in out
    assert "“创客嘉年华”活动期间" in out
    assert "设处处长" in out
    assert out.count("\n") == 1  # two real paragraphs


def test_unwrap_paragraph_per_line_keeps_lines():
    text = "标题一行\n\n本报讯 第一段话很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长。\n第二段话也很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长。\n"
    assert unwrap(text).split("\n")[1:] == [
        "本报讯第一段话很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长。",
        "第二段话也很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长。",
    ]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="山西省太原市企业项目，。、“”（）abc12 \n", min_size=0, max_size=40), max_size=30))
def test_unwrap_loses_no_character(lines):
    text = "\n".join(lines)
    keep = lambda s: re.sub(r"\s", "", s)  # noqa: E731
    assert keep(unwrap(text)) == keep(text)


def test_seed_column_page_splits_at_datelines():
    text = (SEEDS / "000_1be23f053868af33.txt").read_text(encoding="utf-8")
    docs = read_page(text, "000.txt")
    assert len(docs) >= 6
    assert [d.dateline for d in docs].count("晋城") == 1
    assert sum(d.text.startswith("本报") for d in docs) == 6
    # headlines printed after their article are that article's title
    assert docs[0].title and "创客嘉年华" in docs[0].title
    assert any("刘业飞" in d.text for d in docs)
    assert docs[0].date == "2020-08-14"


def test_split_articles_headline_before_dateline():
    page = "第一篇正文结束了。\n我省新增一所书屋\n本报讯 近日，书屋落户方山县。\n(魏薇)"
    pieces = split_articles(page)
    assert [p.title for p in pieces] == [None, "我省新增一所书屋"]


def test_read_documents_reports_bad_files(tmp_path):
    (tmp_path / "good.txt").write_text("本报讯 太原市公安局今天发布消息。", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "recs.jsonl").write_text('{"id": "a1", "date": "2024-06-03", "text": "本报讯 阳曲县举办招聘会。"}\n', encoding="utf-8")
    skipped = []
    docs = list(read_documents([tmp_path], skipped))
    assert {d.source.rsplit("/", 1)[-1] for d in docs} == {"good.txt", "recs.jsonl"}
    assert [s.path.rsplit("/", 1)[-1] for s in skipped] == ["bad.txt"]
    rec = next(d for d in docs if d.id.startswith("a1"))
    assert rec.date == "2024-06-03"


def test_missing_path_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        list(read_documents([tmp_path / "nope"]))


def test_decode_names_the_first_bad_byte_and_reads_utf16():
    text = "本报讯 太原市公安局今天发布消息。\n第二行。\n"
    data = text.encode("utf-8")
    bad = data.index("第".encode())  # the first byte of a character of line 2
    with pytest.raises(DecodeError, match=rf"UTF-8 text with bytes that are not UTF-8 \(the first at byte {bad}, line 2\)"):
        decode(data[:bad] + b"\xff" + data[bad + 1 :], "f.txt")
    with pytest.raises(DecodeError, match=rf"byte {bad + 3}, line 2"):  # after a BOM, offsets still count from the file's start
        decode(b"\xef\xbb\xbf" + data[:bad] + b"\xff" + data[bad + 1 :], "f.txt")
    assert decode(text.encode("utf-16"), "f.txt") == text
    assert decode(text.encode("gb18030"), "f.txt") == text


class _Memo:
    """An in-memory `ingest.Memo` (the spool is the real one)."""

    def __init__(self):
        self.pages = {}

    def recall(self, fp):
        p = self.pages.get(fp)
        return None if p is None else (p.key, p.digest, [d.id for d in p.docs])

    def remember(self, fp, page):
        self.pages[fp] = page


def test_read_pages_recalls_units_whose_bytes_it_has_seen(tmp_path):
    from kg.ingest import read_pages

    recs = tmp_path / "papers.jsonl"
    rows = [
        {"id": "zj-1", "date": "2024-05-06", "text": "本报讯 宁波市经信局与浙江大学宁波研究院签署合作协议。"},
        {"id": "zj-2", "date": "2024-05-07", "text": "本报讯 嘉兴市政府召开民营经济发展大会。"},
    ]
    recs.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    page = tmp_path / "a.txt"
    page.write_text("本报讯 温州市商务局举办外贸企业座谈会。\n", encoding="utf-8")
    memo = _Memo()
    first = list(read_pages([recs, page], memo=memo))
    assert all(p.docs for p in first) and len(memo.pages) == 3
    rows[1]["text"] += "会议由市长主持。"
    recs.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    again = list(read_pages([recs, page], memo=memo))
    assert [(p.key, p.digest) for p in again][::2] == [(p.key, p.digest) for p in first][::2]  # unchanged: recalled
    assert [bool(p.docs) for p in again] == [False, True, False]  # only the edited record is read
    assert again[1].digest != first[1].digest


def test_a_recalled_page_does_not_hide_a_duplicate_id(tmp_path):
    from kg.ingest import read_pages

    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(json.dumps({"id": "sc-1", "text": "本报讯 成都市科技局发布新政。"}, ensure_ascii=False) + "\n", encoding="utf-8")
    b.write_text(json.dumps({"id": "sc-2", "text": "本报讯 绵阳市召开招商大会。"}, ensure_ascii=False) + "\n", encoding="utf-8")
    memo = _Memo()
    list(read_pages([a, b], memo=memo))
    a.write_text(json.dumps({"id": "sc-2", "text": "本报讯 德阳市举办装备制造论坛。"}, ensure_ascii=False) + "\n", encoding="utf-8")
    skipped = []
    pages = list(read_pages([a, b], skipped, memo=memo))
    assert [p.key for p in pages] == ["sc-2"] and pages[0].docs  # b's recalled record clashes with a's new one
    assert len(skipped) == 1 and "taken" in skipped[0].reason
