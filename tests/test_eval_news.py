"""bench/eval_news.py: the scorer on a tiny hand-made gold, the article loader, and the seed gold's integrity."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from kg.ingest import read_documents

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("eval_news", ROOT / "bench" / "eval_news.py")
ev = importlib.util.module_from_spec(_spec)
sys.modules["eval_news"] = ev  # dataclasses look their module up while the class is made
_spec.loader.exec_module(ev)

TEXT = "在石家庄，河北钢铁集团与燕山大学签约合作，河钢董事长张三出席。该项目获评省级示范工程奖。"
GOLD = {
    "id": "a1",
    "entities": [
        {"name": "石家庄市", "type": "Place", "aliases": ["石家庄"]},
        {"name": "河北钢铁集团", "type": "Enterprise", "aliases": ["河钢"]},
        {"name": "燕山大学", "type": "Organization", "aliases": []},
        {"name": "张三", "type": "Person", "aliases": []},
    ],
    "relations": [
        {"s": "河北钢铁集团", "p": "signsWith", "o": "燕山大学", "topic": "合作", "evidence": TEXT},
        {"s": "张三", "p": "memberOf", "o": "河北钢铁集团", "post": "董事长", "evidence": TEXT},
        {"s": "河北钢铁集团", "p": "locatedIn", "o": "石家庄市", "evidence": TEXT},
        {"s": "省级示范工程奖", "p": "awardedTo", "o": "河北钢铁集团", "evidence": TEXT},
    ],
}


def _predicted() -> ev.Predicted:
    p = ev.Predicted()
    for key, typ, names in [
        ("p", "Place", {"石家庄", "石家庄市"}),
        ("e", "Enterprise", {"河钢"}),  # matched by the gold's alias
        ("u", "Place", {"燕山大学"}),  # right name, wrong type: no hit, but not outside the list
        ("z", "Person", {"张三"}),
        ("x", "Organization", {"签约合作"}),  # outside the reader's list
        ("w", "Award", {"省级示范工程奖"}),  # a relation end outside the seven types
    ]:
        p.nodes[key] = ev.Node(key, typ, names)
    p.relations = [
        ("u", "cooperatesWith", "e", "rel.signs", 0.8, TEXT),  # reversed: cooperatesWith is symmetric
        ("z", "memberOf", "e", "rel.memberOf.org-post-name", 0.85, TEXT),
        ("e", "locatedIn", "x", "name.place-prefix", 0.9, ""),  # wrong object
        ("w", "awardedTo", "e", "rel.award", 0.7, TEXT),
    ]
    return p


def test_score_counts_typed_entities_aliases_and_outside_nodes():
    sc = ev.score([GOLD], {"a1": _predicted()}, {"a1": TEXT}, keep_errors=True)
    assert sc.ent_gold == {"Place": 1, "Enterprise": 1, "Organization": 1, "Person": 1}
    assert sc.ent_found == {"Place": 1, "Enterprise": 1, "Person": 1}
    assert (sc.nodes, sc.nodes_outside) == (5, 1)  # the Award node is not one of the seven types
    assert any("missed entity\tOrganization\t燕山大学\t(as Place:燕山大学)" in e for e in sc.errors)


def test_score_relations_directed_symmetric_and_by_rule_family():
    sc = ev.score([GOLD], {"a1": _predicted()}, {"a1": TEXT}, keep_errors=True)
    assert sc.rel_gold == {"cooperatesWith": 1, "memberOf": 1, "locatedIn": 1, "awardedTo": 1}
    assert sc.rel_found == {"cooperatesWith": 1, "memberOf": 1, "awardedTo": 1}
    assert (sc.sent_right, sc.sent_pred) == (3, 3)
    assert (sc.name_right, sc.name_pred) == (0, 1)
    assert any(e.startswith("a1\tspurious relation\t河钢 locatedIn 签约合作") for e in sc.errors)
    reversed_member = ev.Predicted(nodes=_predicted().nodes, relations=[("e", "memberOf", "z", "rel.x", 0.9, "")])
    sc = ev.score([GOLD], {"a1": reversed_member}, {"a1": TEXT}, keep_errors=False)
    assert sc.rel_found["memberOf"] == 0 and sc.sent_right == 0  # memberOf is directed


def test_sections_keep_the_frozen_news_split_and_report_other_golds_whole():
    gold = [{"id": f"xwlb-{i}"} for i in range(30)]
    assert [n for n, _ in ev._sections(gold, "both", frozen=True)] == ["dev", "held"]
    held = dict(ev._sections(gold, "held", frozen=True))["held"]
    assert held and all(ev.held_out(g["id"]) for g in held)
    assert ev._sections(gold, "both", frozen=False) == [("all", gold)]


def test_load_articles_reads_pages_as_kg_build_does_and_filters_records(tmp_path):
    page = tmp_path / "pages" / "p.txt"
    page.parent.mkdir()
    page.write_text("本报太原8月14日讯（记者王五）山西省投资促进局举办推介会。\n\n本报讯 阳曲县与山西农业大学共同举办招聘会。\n", encoding="utf-8")
    ids = [d.id for d in read_documents([page.parent])]
    records = tmp_path / "a.jsonl"
    records.write_text("".join(json.dumps({"id": i, "text": "正文。"}) + "\n" for i in ("r1", "r2")), encoding="utf-8")
    articles, pages = ev.load_articles([page.parent, records], set(ids) | {"r2"})
    assert pages == [page.parent]
    assert sorted(a["id"] for a in articles) == sorted([*ids, "r2"])
    assert all(a.get("page") for a in articles if a["id"] in ids)


def test_main_refuses_a_gold_whose_ids_are_not_among_the_articles(tmp_path, capsys):
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"id": "nope-000", "entities": [], "relations": []}) + "\n", encoding="utf-8")
    assert ev.main(["--gold", str(gold), "--articles", str(ROOT / "seeds")]) == 2
    assert "gold article ids not among the articles" in capsys.readouterr().err


SEED_GOLD = [json.loads(x) for x in (ROOT / "bench" / "seeds_gold.jsonl").read_text(encoding="utf-8").splitlines()]
SEED_TEXTS = {d.id: d.text for d in read_documents([ROOT / "seeds"])}
TYPES = {"Enterprise", "GovernmentBody", "Organization", "Project", "Event", "Place", "Person"}
PREDICATES = {"locatedIn", "subOrganizationOf", "organizes", "memberOf", "contractorOf", "invests", "operates",
              "signsWith", "cooperatesWith", "chainLeaderOf", "supports", "awardedTo"}


def test_seed_gold_annotates_every_seed_article_under_its_kg_id():
    assert [g["id"] for g in SEED_GOLD] == list(SEED_TEXTS)


@pytest.mark.parametrize("g", SEED_GOLD, ids=lambda g: g["id"])
def test_seed_gold_article_is_well_formed(g):
    text = ev._norm(SEED_TEXTS[g["id"]])
    names = [e["name"] for e in g["entities"]]
    assert len(names) == len(set(names))
    for e in g["entities"]:
        assert e["type"] in TYPES
        assert all(ev._norm(a) in text for a in e["aliases"]), e  # aliases are strings of the article
    seen = set()
    for r in g["relations"]:
        assert r["p"] in PREDICATES and (r["s"], r["p"], r["o"]) not in seen
        seen.add((r["s"], r["p"], r["o"]))
        # ends are listed entities, but for awards (awardedTo subject) and industry chains (chainLeaderOf object)
        assert r["s"] in names or r["p"] == "awardedTo", r
        assert r["o"] in names or r["p"] == "chainLeaderOf", r
        assert r["evidence"] and ev._norm(r["evidence"]) in text, r
