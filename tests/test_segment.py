from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.segment import Segmenter, sentences

TEXT = "省工信厅副厅长刘勇表示，该厅将推进新型工业化。中来光能董事长谢建军说！太钢集团在太原。"


def test_sentences_offsets_point_into_text():
    ss = sentences("d", TEXT)
    assert [s.text for s in ss] == ["省工信厅副厅长刘勇表示，该厅将推进新型工业化。", "中来光能董事长谢建军说！", "太钢集团在太原。"]
    for s in ss:
        assert TEXT[s.start : s.end] == s.text


def test_both_backends_tokens_cover_text():
    for backend in ("rjieba", "jieba"):
        seg = Segmenter(backend=backend)
        toks = seg.tokens(TEXT)
        assert "".join(t.text for t in toks) == TEXT
        assert all(TEXT[t.start : t.end] == t.text for t in toks)


def test_user_words_join_tokens():
    seg = Segmenter([("山西海量晶芯供应链管理有限公司", "nt")])
    assert "山西海量晶芯供应链管理有限公司" in seg.cut("山西海量晶芯供应链管理有限公司入驻")


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="山西省太原市企业项目，。！？；、“”abc12 \n", max_size=120))
def test_sentence_offsets_property(text):
    for s in sentences("d", text):
        assert text[s.start : s.end] == s.text and s.text.strip() == s.text and s.text


def test_dictionary_made_in_a_thread_segments_alike():
    from kg.segment import Dictionary

    words = [("山西海量晶芯供应链管理有限公司", "nt")]
    made, plain = Segmenter(words, made=Dictionary()), Segmenter(words)
    text = TEXT + "山西海量晶芯供应链管理有限公司入驻"
    assert made.tokens(text) == plain.tokens(text) and made.cut(text) == plain.cut(text)
