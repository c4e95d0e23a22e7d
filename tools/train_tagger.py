"""Train the NER tagger (kg/data/ner.crfsuite) from the public corpora in ../shared/data.

    python tools/train_tagger.py [--data ../shared/data] [--out kg/data/ner.crfsuite]
    python tools/train_tagger.py --silver silver.jsonl [--silver-src news,finre] [--silver-share 0.5] [--gold-weight 2]

Trains on the 85 % of CLUENER train.json that `tools.corpora.held_out` does not
reserve for evaluation, plus the 85 % of People's Daily dev it does not reserve (its ORG
typed by `tools.corpora.OrgTyper`; `--no-pd` leaves it out).  Features come
from the same lexicon, segmenter and gazetteer automaton as the pipeline, so
the model is tied to kg/data/: retrain after changing the word lists.
Deterministic: the same data and lexicon give the same model.

--silver adds LAC's labels on unlabelled text (written by tools/lac_teacher.py) to
the gold: only the sources named by --silver-src (the prefix before ":" of each
line's "src"), a fixed share of them (--silver-share, by a hash of the text), only
those with a name of one type if --silver-with is given, and
the gold sentences repeated --gold-weight times so that they outweigh the teacher.

--without-dev also leaves out the dev part (`dev_part`: 20 % of each corpus, never the
held-out 15 %), so that `python bench/eval_ner.py --part dev --model M` can show the errors of
the whole recogniser on sentences its model never saw, without looking at the held-out split.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # `tools` and `kg` from this checkout


DEV_BUCKETS = range(15, 35)  # of tools.corpora's 0..99 buckets; 0..14 are the held-out split


def dev_part(text: str) -> bool:
    """The dev part of a corpus: 20 % of the sentences, by the same hash as the held-out split and
    disjoint from it; a model trained --without-dev never saw them."""
    from tools import corpora

    return corpora._bucket(text) in DEV_BUCKETS


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"), help="folder with cluener/train.json")
    ap.add_argument("--out", default=str(ROOT / "kg" / "data" / "ner.crfsuite"))
    ap.add_argument("--c1", type=float, default=0.05, help="L1 penalty (prunes features: smaller model)")
    ap.add_argument("--c2", type=float, default=0.01, help="L2 penalty")
    ap.add_argument("--iterations", type=int, default=200)
    ap.add_argument("--minfreq", type=float, default=1, help="drop attributes seen fewer times")
    ap.add_argument("--no-pd", action="store_true", help="train on CLUENER alone (not on People's Daily)")
    ap.add_argument("--silver", help="silver-label JSONL from tools/lac_teacher.py to mix with the gold")
    ap.add_argument("--silver-src", default="news,finre", help="comma-separated sources of --silver to use")
    ap.add_argument("--silver-share", type=float, default=1.0, help="share of those silver sentences to use (0..1)")
    ap.add_argument("--silver-with", help="only silver sentences with a name of this type (e.g. Person: LAC's strongest)")
    ap.add_argument("--without-dev", action="store_true", help="leave out the dev part too (see dev_part)")
    ap.add_argument("--gold-weight", type=int, default=1, help="times each gold sentence is appended")
    a = ap.parse_args()

    import pycrfsuite  # type: ignore[import-untyped]

    from kg import tagger
    from tools import corpora
    from kg.pipeline import Pipeline

    src = Path(a.data) / "cluener" / "train.json"
    pd = Path(a.data) / "pd98" / "example.dev"
    if not src.exists():
        sys.exit(f"error: {src} not found; expected the CLUENER train file (see ../shared/data/SOURCES.md), or pass --data")
    t0 = time.perf_counter()
    p = Pipeline()
    rec = p.recognizer
    train = [ex for ex in corpora.read_cluener(src) if not corpora.held_out(ex[0]) and not (a.without_dev and dev_part(ex[0]))]
    n_clu = len(train)
    if pd.exists() and not a.no_pd:
        org_type = corpora.OrgTyper(rec.suffix_types, p.lexicon.dept_by_surface)
        for text, ents in corpora.read_pd98(pd):
            if not corpora.held_out(text) and not (a.without_dev and dev_part(text)):
                train.append((text, [(s, e, org_type(text[s:e]) if t == "ORG" else t) for s, e, t in ents]))
    train = train * a.gold_weight
    n_silver = 0
    if a.silver:
        silver = corpora.read_silver(a.silver, set(a.silver_src.split(",")), a.silver_share)
        if a.without_dev:
            silver = [(t, ents) for t, ents in silver if not dev_part(t)]
        if a.silver_with:
            silver = [(t, ents) for t, ents in silver if any(typ == a.silver_with for _, _, typ in ents)]
        n_silver = len(silver)
        train.extend(silver)
    trainer = pycrfsuite.Trainer(verbose=False)
    for text, ents in train:
        x = tagger.features(text, p.segmenter.tokens(text), rec.hits(text), rec.suffix_types, p.lexicon.surnames)
        trainer.append(x, corpora.bio(len(text), ents))
    t1 = time.perf_counter()
    trainer.set_params({
        "c1": a.c1,
        "c2": a.c2,
        "max_iterations": a.iterations,
        "feature.minfreq": a.minfreq,
        "feature.possible_transitions": True,
    })
    trainer.train(a.out)
    t2 = time.perf_counter()
    size = Path(a.out).stat().st_size
    print(f"sentences: {len(train)} ({n_clu} CLUENER, gold x{a.gold_weight}, {n_silver} silver)  features: {t1 - t0:.1f}s  training: {t2 - t1:.1f}s  model: {a.out} ({size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
