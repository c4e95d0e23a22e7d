from __future__ import annotations

import json

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import kg.extract as ex
from kg.cli import main
from kg.types import ENTITY_TYPES

RECORDS = [
    {"id": "a", "text": "江铃集团董事长王锡高表示，将加大投入。"},
    {"id": "b", "text": "由省小企业发展促进局主办的2020年山西省“创客嘉年华”活动在太原举办。", "region": "山西省"},
    {"id": "c", "text": "太原市公安局发布通告。"},
]


def _check_offsets(text, res):
    for e in res["entities"]:
        assert text[e["start"] : e["end"]] == e["text"] and e["type"] in ENTITY_TYPES
    for r in res["relations"]:
        assert 0 <= r["start"] < r["end"] <= len(text)
        assert r["s"] in text[r["start"] : r["end"]]


def test_api_returns_entities_and_relations():
    res = ex.extract(RECORDS[0]["text"], id="a")
    _check_offsets(RECORDS[0]["text"], res)
    assert {"s": "王锡高", "p": "memberOf", "o": "江铃集团", "post": "董事长"}.items() <= next(r for r in res["relations"] if r["p"] == "memberOf").items()


def test_region_expands_relative_names():
    res = ex.extract(RECORDS[1]["text"], region="山西省")
    body = next(e for e in res["entities"] if e["type"] == "GovernmentBody")
    assert body["canonical"] == "山西省小企业发展促进局"
    org = next(r for r in res["relations"] if r["p"] == "organizes")
    assert org["role"] == "主办" and org["s_canonical"] == "山西省小企业发展促进局"


def test_cli_streams_in_order_and_reports_bad_lines(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join([json.dumps(r, ensure_ascii=False) for r in RECORDS] + ["{oops"]) + "\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["extract", str(src), "--nested"])
    assert r.exit_code == 1
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert [x["id"] for x in lines] == ["a", "b", "c", None]
    assert lines[3]["error"].startswith("line 4: not JSON")
    for rec, res in zip(RECORDS, lines):
        _check_offsets(rec["text"], res)
    assert {"太原市公安局", "太原市"} <= {e["text"] for e in lines[2]["entities"]}
    assert "line 4" in r.stderr


def test_jobs_give_the_same_output(tmp_path):
    src = tmp_path / "in.jsonl"
    recs = [{**r, "id": f"{r['id']}{k}"} for k in range(5) for r in RECORDS]
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n", encoding="utf-8")
    one = CliRunner().invoke(main, ["extract", str(src)])
    two = CliRunner().invoke(main, ["extract", str(src), "--jobs", "2"])
    assert one.exit_code == 0 and two.exit_code == 0
    assert one.stdout == two.stdout


def test_a_bad_region_fails_its_record_alone(tmp_path):
    """Records are decoded in chunks; one with an unknown region is reported, its neighbours still come out."""
    recs = [RECORDS[0], {"id": "x", "text": "市公安局召开会议。", "region": "火星省"}, RECORDS[2]]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["extract", str(src)])
    assert r.exit_code == 1
    answers = [json.loads(x) for x in r.stdout.splitlines()]
    assert [a["id"] for a in answers] == ["a", "x", "c"] and "火星省" in answers[1]["error"]
    assert "line 2" in r.stderr and "火星省" in r.stderr


BAD_LINES = [
    b'{"id": "s", "text": "a\\ud800b"}',  # a lone surrogate
    b'{"id": "r", "text": "\xe5\xb8\x82\xe5\x85\xac\xe5\xae\x89\xe5\xb1\x80", "region": 123}',
    b'{"id": "d", "text": "x", "date": 12345}',
    '{"id": "g", "text": "太原市公安局发布通告。"}'.encode("gbk"),  # read as GB18030, as kg build reads files
    '{"id": "u", "text": "太原市公安局发布通告。"}'.encode()[:-8] + b"\xff" + b'"}',  # UTF-8 with a bad byte
    b'{"id": "a", "text": "again"}',  # a duplicate of the first good record
    b"[1, 2]",
]


def test_every_record_is_answered_in_order(tmp_path):
    src = tmp_path / "in.jsonl"
    good = [json.dumps(r, ensure_ascii=False).encode() for r in RECORDS]
    src.write_bytes(b"\n".join(good[:1] + BAD_LINES[:3] + good[1:2] + BAD_LINES[3:] + good[2:]) + b"\n")
    for cmd in ("extract", "ner"):
        r = CliRunner().invoke(main, [cmd, str(src)])
        assert r.exit_code == 1
        answers = [json.loads(x) for x in r.stdout.splitlines()]
        assert [a["id"] for a in answers] == ["a", "s", "r", "d", "b", "g", None, "a", None, "c"]
        errors = [a.get("error", "") for a in answers]
        assert "lone surrogate" in errors[1] and '"region" is 123' in errors[2] and '"date" is 12345' in errors[3]
        assert "太原市公安局" in {e["text"] for e in answers[5]["entities"]}
        assert "not UTF-8" in errors[6] and "already used on line 1" in errors[7] and "expected an object" in errors[8]
        assert all("entities" in a for a in answers if "error" not in a) and sum("error" in a for a in answers) == 6
        assert r.stderr.count("error: line") == 6


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(
    st.binary(max_size=30),
    st.text(max_size=30).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.fixed_dictionaries({"text": st.text(max_size=40)}, optional={"id": st.one_of(st.integers(), st.text(max_size=5), st.none(), st.booleans()), "region": st.one_of(st.text(max_size=4), st.integers()), "date": st.one_of(st.text(max_size=10), st.integers())}).map(lambda d: json.dumps(d).encode()),
), max_size=8))
def test_extract_answers_every_record_of_any_input(lines):
    """Property: whatever the bytes, one answer per non-blank line, in order, each an id plus a result or an error."""
    lines = [x.replace(b"\n", b" ").replace(b"\r", b" ") for x in lines]
    stream = [x + b"\n" for x in lines]
    nonblank = [n for n, x in enumerate(stream, 1) if x.strip()]
    answers = list(ex.run_stream(ex.iter_records(stream), batch=3))
    assert len(answers) == len(nonblank)
    for n, a in zip(nonblank, answers):
        assert not isinstance(a, ex.BadRecord) or a.line == n
        json.dumps(a.answer() if isinstance(a, ex.BadRecord) else a, ensure_ascii=False).encode("utf-8")  # every answer is writable


def test_extract_says_what_it_takes_when_given_a_record():
    # a user passing a record to extract() gets one clear line, not an AttributeError from deep inside
    import pytest

    from kg.extract import extract

    with pytest.raises(TypeError, match="extract_many"):
        extract({"id": "1", "text": "山西省太原市"})  # type: ignore[arg-type]
