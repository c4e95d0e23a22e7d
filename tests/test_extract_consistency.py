"""`kg extract` never names a relation end that is not among the record's entities (issue 14):
checked over every article of the real news corpus nobody here wrote (../shared/data/news), with
the name relations and co-occurrence on, so every kind of fact is exercised."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.extract import extract_many

NEWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "articles.jsonl"


def _ends_are_entities(result: dict) -> list[str]:
    names = {e["canonical"] for e in result["entities"]} | {e["text"] for e in result["entities"] if e["text"]}
    bad = []
    for r in result["relations"]:
        if r["s_canonical"] not in names:
            bad.append(f"{result['id']}: subject {r['s_canonical']!r} of {r['p']} ({r['rule']})")
        literal = r["amount"] is not None or r["p"] in ("date", "count", "capacity")
        if not literal and r["o_canonical"] not in names:
            bad.append(f"{result['id']}: object {r['o_canonical']!r} of {r['p']} ({r['rule']})")
    return bad


@pytest.mark.skipif(not NEWS.exists(), reason="needs ../shared/data/news (the real news corpus)")
def test_every_relation_end_is_an_entity_over_the_news_corpus(pipeline):
    records = [json.loads(x) for x in NEWS.open(encoding="utf-8") if x.strip()]
    bad: list[str] = []
    for i in range(0, len(records), 200):
        for res in extract_many(records[i : i + 200], names=True, cooccurrence=True, pipeline=pipeline):
            bad.extend(_ends_are_entities(res))
    assert not bad, f"{len(bad)} relation ends are not entities, e.g. {bad[:5]}"


def test_an_implied_government_is_listed_as_implied(pipeline):
    res = extract_many([{"id": "1", "text": "副省长王浩出席会议。", "region": "浙江省"}], pipeline=pipeline)[0]
    assert {"canonical": "浙江省人民政府", "implied": True}.items() <= next(e for e in res["entities"] if e.get("implied")).items()
    assert not _ends_are_entities(res)


def test_min_confidence_keeps_the_surer_relations(pipeline):
    text = "广东省商务厅副厅长李明表示，将加快推进。"
    every = extract_many([{"id": "1", "text": text}], names=True, pipeline=pipeline)[0]["relations"]
    sure = extract_many([{"id": "1", "text": text}], names=True, min_confidence=0.5, pipeline=pipeline)[0]["relations"]
    assert {r["rule"] for r in sure} < {r["rule"] for r in every}
    assert all(r["confidence"] >= 0.5 for r in sure) and any(r["p"] == "memberOf" for r in sure)
