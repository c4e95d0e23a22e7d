from __future__ import annotations

import json

from click.testing import CliRunner

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
    assert [x["id"] for x in lines] == ["a", "b", "c"]
    for rec, res in zip(RECORDS, lines):
        _check_offsets(rec["text"], res)
    assert {"太原市公安局", "太原市"} <= {e["text"] for e in lines[2]["entities"]}
    assert "line 4" in r.stderr


def test_jobs_give_the_same_output(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS * 5) + "\n", encoding="utf-8")
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
    assert [json.loads(x)["id"] for x in r.stdout.splitlines()] == ["a", "c"]
    assert "line 2" in r.stderr and "火星省" in r.stderr
