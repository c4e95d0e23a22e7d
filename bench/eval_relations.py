"""Relaxed precision/recall/F1 of typed relations on the hand-annotated dev set.

    python bench/eval_relations.py [--split dev|held|all] [--errors] [--pred P] [--file bench/relations_dev.jsonl]

`bench/relations_dev.jsonl` holds general business/government news sentences
(written for this benchmark, not taken from seeds/), one JSON object a line:
{"id", "text", "relations": [{"s", "p", "o", "post"?, "optional"?}]}.  A gold
subject or object may list alternatives separated by "/" (国家发改委/国家发展和改革委员会).

Split: a sentence is held out when int(sha1(id), 16) % 3 == 0 (about a third,
fixed); `dev` is the rest.  Tune on `dev` only; report `held` as is.

Relaxed match (per sentence, same predicate after signsWith -> cooperatesWith):
a predicted relation matches a gold one when its subject and its object each
match: some predicted string (mention text or canonical name) and some gold
alternative are the same after removing spaces, or one contains the other, or
they share a common substring of at least 3 characters that covers at least 60%
of the shorter one (深圳市南山区 ~ 深圳南山区, but not 中国银行 ~ 中国建设银行).
cooperatesWith is symmetric: either direction matches.  The post of a
membership is not part of the match (post agreement is printed separately).
Counting: each gold relation is matched at most once (true positive); a
prediction matching no gold relation is a false positive, except that one
matching only an `optional` gold relation (acceptable but not required: name
prefixes, a second reading) or a gold relation already matched (the same fact
at another granularity: 深圳市 and 南山区 for 深圳市南山区) is not counted.
Optional gold relations are never misses.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TYPED = ("memberOf", "locatedIn", "subOrganizationOf", "organizes", "invests", "contractorOf", "cooperatesWith",
         "chainLeaderOf", "supports", "awardedTo")
CORE = ("memberOf", "locatedIn")


def held_out(rid: str) -> bool:
    return int(hashlib.sha1(rid.encode("utf-8")).hexdigest(), 16) % 3 == 0


def _norm(s: str | None) -> str:
    return "".join((s or "").split()).strip("“”\"")


def _lcs(a: str, b: str) -> int:
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


def similar(pred: str, gold: str) -> bool:
    if not pred or not gold:
        return False
    if pred in gold or gold in pred:
        return True
    n = _lcs(pred, gold)
    return n >= 3 and n >= 0.6 * min(len(pred), len(gold))


def _side(strings: tuple[str, ...], gold: str) -> bool:
    alts = [_norm(g) for g in gold.split("/")]
    return any(similar(p, g) for p in strings if p for g in alts)


def matches(pred: dict, gold: dict) -> bool:
    if pred["p"] != gold["p"]:
        return False
    s, o = pred["_s"], pred["_o"]
    if _side(s, gold["s"]) and _side(o, gold["o"]):
        return True
    return gold["p"] == "cooperatesWith" and _side(o, gold["s"]) and _side(s, gold["o"])


def predicted(rel: dict) -> dict | None:
    p = "cooperatesWith" if rel["p"] == "signsWith" else rel["p"]
    if p not in TYPED:
        return None
    return {"p": p, "_s": (_norm(rel.get("s")), _norm(rel.get("s_canonical"))),
            "_o": (_norm(rel.get("o")), _norm(rel.get("o_canonical"))), "post": rel.get("post"), "rule": rel.get("rule"), "confidence": rel.get("confidence"),
            "s": rel.get("s"), "o": rel.get("o")}


def score(records: list[dict], preds: dict[str, list[dict]]):
    tp: dict[str, int] = defaultdict(int)
    fp: dict[str, int] = defaultdict(int)
    fn: dict[str, int] = defaultdict(int)
    post_ok = post_n = 0
    errors: list[str] = []
    outcomes: list[tuple[str, float, bool]] = []  # (rule, confidence, right) of each prediction
    for rec in records:
        gold = rec["relations"]
        used = [False] * len(gold)
        seen = set()
        lines = []
        for pr in preds.get(rec["id"], []):
            key = (pr["p"], pr["_s"][1] or pr["_s"][0], pr["_o"][1] or pr["_o"][0])
            if key in seen:
                continue
            seen.add(key)
            hit = [k for k, g in enumerate(gold) if matches(pr, g)]
            free = [k for k in hit if not used[k] and not gold[k].get("optional")]
            outcomes.append((pr.get("rule") or "", pr.get("confidence") or 0.0, bool(hit)))
            if free:
                k = free[0]
                used[k] = True
                tp[pr["p"]] += 1
                if gold[k]["p"] == "memberOf" and gold[k].get("post"):
                    post_n += 1
                    post_ok += _norm(pr.get("post")) == _norm(gold[k]["post"])
                    if _norm(pr.get("post")) != _norm(gold[k]["post"]):
                        lines.append(f"  post  {pr['s']} —memberOf→ {pr['o']}: {pr.get('post')!r} (gold {gold[k]['post']!r})")
            elif hit:
                for k in hit:
                    used[k] = used[k] or bool(gold[k].get("optional"))
            else:
                fp[pr["p"]] += 1
                lines.append(f"  FP    {pr['s']} —{pr['p']}→ {pr['o']}" + (f" [{pr['post']}]" if pr.get("post") else "") + f"  ({pr['rule']})")
        for k, g in enumerate(gold):
            if not used[k] and not g.get("optional"):
                fn[g["p"]] += 1
                lines.append(f"  FN    {g['s']} —{g['p']}→ {g['o']}" + (f" [{g['post']}]" if g.get("post") else ""))
        if lines:
            errors.append(f"{rec['id']} {rec['text']}\n" + "\n".join(lines))
    return tp, fp, fn, (post_ok, post_n), errors, outcomes


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def report(name: str, records: list[dict], preds: dict[str, list[dict]], show_errors: bool) -> dict[str, float]:
    tp, fp, fn, (pok, pn), errors, _ = score(records, preds)
    print(f"== {name}: {len(records)} sentences, {sum(1 for r in records for g in r['relations'] if not g.get('optional'))} gold relations")
    print(f"{'predicate':<20}{'gold':>6}{'pred':>6}{'tp':>5}{'P':>8}{'R':>8}{'F1':>8}")
    out = {}
    for p in TYPED:
        if tp[p] + fp[p] + fn[p] == 0:
            continue
        P, R, F = prf(tp[p], fp[p], fn[p])
        print(f"{p:<20}{tp[p] + fn[p]:>6}{tp[p] + fp[p]:>6}{tp[p]:>5}{P:>8.3f}{R:>8.3f}{F:>8.3f}")
    for label, group in (("memberOf+locatedIn", CORE), ("other typed", tuple(p for p in TYPED if p not in CORE)), ("all typed", TYPED)):
        t, f_, n = (sum(d[p] for p in group) for d in (tp, fp, fn))
        P, R, F = prf(t, f_, n)
        out[label] = F
        print(f"{label:<20}{t + n:>6}{t + f_:>6}{t:>5}{P:>8.3f}{R:>8.3f}{F:>8.3f}")
    if pn:
        print(f"memberOf post exact on matched: {pok}/{pn}")
    if show_errors:
        print()
        print("\n".join(errors))
    print()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--file", default=str(ROOT / "bench" / "relations_dev.jsonl"))
    ap.add_argument("--split", choices=("dev", "held", "all", "both"), default="both")
    ap.add_argument("--errors", action="store_true", help="list false positives, misses and post disagreements")
    ap.add_argument("--pred", help="score a kg extract output file (JSON lines) instead of running kg.extract")
    a = ap.parse_args()
    records = [json.loads(line) for line in open(a.file, encoding="utf-8") if line.strip()]
    preds: dict[str, list[dict]] = {}
    t0 = time.perf_counter()
    if a.pred:
        for line in open(a.pred, encoding="utf-8"):
            r = json.loads(line)
            preds[str(r["id"])] = [x for x in map(predicted, r.get("relations", [])) if x]
    else:
        sys.path.insert(0, str(ROOT))
        from kg.extract import _default_pipeline, extract

        pipe = _default_pipeline()
        for rec in records:
            r = extract(rec["text"], id=rec["id"], pipeline=pipe)
            preds[rec["id"]] = [x for x in map(predicted, r["relations"]) if x]
    dt = time.perf_counter() - t0
    dev = [r for r in records if not held_out(r["id"])]
    held = [r for r in records if held_out(r["id"])]
    if a.split in ("dev", "both"):
        report("dev", dev, preds, a.errors)
    if a.split in ("held", "both"):
        report("held-out", held, preds, a.errors and a.split == "held")
    if a.split == "all":
        report("all", records, preds, a.errors)
    print(f"({dt:.1f} s)")


if __name__ == "__main__":
    main()
