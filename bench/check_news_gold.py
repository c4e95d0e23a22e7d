"""Structural check of a news gold file (gold.jsonl format) against the articles.

Checks, per line: the id is an article; every relation's s and o is the name
or an alias of an entity of the same line; every alias occurs in the article
text; every name occurs in the text, except (a) a Place whose alias occurs
(standard full name, e.g. 辽宁省 for 辽宁) and (b) an implied party committee or
government (中共…委员会 / …人民政府, named only through a title); every relation
has an evidence sentence that occurs in the text.  Prints problems, exits 1
if any.

usage: python bench/check_news_gold.py GOLD [--articles PATH]
"""
import argparse
import json
import re
import sys

IMPLIED = re.compile(r"^(中共.+委员会|.+人民政府)$")


def check_line(gold: dict, text: str) -> list[str]:
    """Problems of one gold line (empty list when clean)."""
    probs = []
    surface = {}
    for ent in gold["entities"]:
        for alias in ent["aliases"]:
            if alias not in text:
                probs.append(f"alias not in text: {alias}")
        name = ent["name"]
        ok = name in text or IMPLIED.match(name) or (
            ent["type"] == "Place" and any(a in text for a in ent["aliases"]))
        if not ok:
            probs.append(f"name not in text: {name}")
        for form in [name] + ent["aliases"]:
            surface[form] = name
    for rel in gold["relations"]:
        for end in ("s", "o"):
            if rel[end] not in surface:
                probs.append(f"relation {end} not an entity: {rel[end]}")
        if rel.get("evidence", "") not in text or not rel.get("evidence"):
            probs.append(f"evidence not in text: {rel.get('evidence', '')[:30]}")
    return probs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("--articles", default="../shared/data/news/articles.jsonl")
    args = ap.parse_args()
    with open(args.articles, encoding="utf-8") as fh:
        texts = {a["id"]: a["text"] for a in map(json.loads, fh)}
    bad = 0
    with open(args.gold, encoding="utf-8") as fh:
        for line in fh:
            gold = json.loads(line)
            text = texts.get(gold["id"])
            probs = ["unknown article id"] if text is None else check_line(gold, text)
            for p in probs:
                print(gold["id"], p)
            bad += len(probs)
    print(f"{args.gold}: {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
