"""CPU time of each stage of the pipeline, without a profiler's overhead: where a speed-up can come from.

    python bench/stage_times.py [--corpus seeds|news] [--mb 1]
    PYTHONPATH=<other checkout> python bench/stage_times.py …    # the same stages of other code

Wraps the pipeline's stages (segmentation, gazetteer hits, the tagger, each registered proposer,
the recogniser's later steps, linking, relations, locales) in timers of process CPU time and runs
the pipeline once over the corpus of bench/throughput.py (model loaded before). Prints seconds per
stage, largest first, and their share; "pipeline, rest" is what no timer covers.
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from throughput import make_corpus, make_news  # noqa: E402

# the recogniser's steps after the proposers (kg.recognize.recognizer's imports), timed by name
_STEPS = ("gazetteer", "world", "plants", "shed_posts", "addresses", "chains", "parts_shed", "staged", "short_lines_unplaced", "joined",
          "quotes_kept", "complete_truncated_people", "resolve", "people_after_posts", "people_in_lists", "Context", "tagged", "uncrossed",
          "defer_left_edges")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default="news", choices=["seeds", "news"])
    ap.add_argument("--mb", type=float, default=1.0)
    a = ap.parse_args()

    import kg.pipeline
    import kg.recognize.recognizer as recognizer
    import kg.relations
    from kg.ingest import read_pages
    from kg.link import Linker
    from kg.pipeline import Pipeline
    from kg.recognize import base

    spent: collections.Counter[str] = collections.Counter()
    top: set[str] = set()  # timers not nested in another: their sum is what they cover

    def timed(fn: Callable[..., Any], label: str, outer: bool = False) -> Callable[..., Any]:
        if outer:
            top.add(label)

        def run(*args: Any, **kw: Any) -> Any:
            t = time.process_time()
            try:
                return fn(*args, **kw)
            finally:
                spent[label] += time.process_time() - t
        return run

    p = Pipeline()
    rec = p.recognizer
    for name in list(base.PROPOSERS):
        base.PROPOSERS[name] = timed(base.PROPOSERS[name], f"proposer {name}")
    for name in _STEPS:  # Context is made before the rules run (Recognizer.many), the others inside them
        setattr(recognizer, name, timed(getattr(recognizer, name), f"recognizer {name}", outer=name == "Context"))
    rec._mark_generic = timed(rec._mark_generic, "recognizer _mark_generic")  # type: ignore[method-assign]
    rec.seg.tokens = timed(rec.seg.tokens, "segment tokens (rjieba tag + Token)", outer=True)  # type: ignore[method-assign]
    rec.hits = timed(rec.hits, "gazetteer hits (pyahocorasick)", outer=True)  # type: ignore[method-assign]
    if rec.tagger is not None:
        rec.tagger.many_scored = timed(rec.tagger.many_scored, "tagger", outer=True)  # type: ignore[method-assign]
    rec._mentions = timed(rec._mentions, "recogniser rules (the proposers and steps indented)", outer=True)  # type: ignore[method-assign]
    Linker.link = timed(Linker.link, "link", outer=True)  # type: ignore[method-assign]
    kg.relations.extract = timed(kg.relations.extract, "relations", outer=True)
    p.page_locale = timed(p.page_locale, "page locale", outer=True)  # type: ignore[method-assign]
    try:  # where the pipeline reads an article's locale (kg.pipeline before kg/batches.py: older trees)
        import kg.batches as where
    except ImportError:
        where = kg.pipeline  # type: ignore[assignment]
    where.article_locale = timed(where.article_locale, "article locale", outer=True)

    with tempfile.TemporaryDirectory() as d:
        size = make_news(Path(d), a.mb) if a.corpus == "news" else make_corpus(Path(d), a.mb)
        pages = list(read_pages([d]))
        chars = sum(len(doc.text) for page in pages for doc in page.docs)
        t = time.process_time()
        facts = sum(len(r.facts) for r in p.run_pages(pages))
        total = time.process_time() - t
    spent["pipeline, rest"] = total - sum(v for k, v in spent.items() if k in top)
    print(json.dumps({"corpus": a.corpus, "bytes": size, "pages": len(pages), "chars": chars, "facts": facts, "cpu_s": round(total, 3)}))
    for label, secs in spent.most_common():
        mark = "" if label in top or label == "pipeline, rest" else "  "
        print(f"{secs:7.3f} s {100 * secs / total:5.1f} %  {mark}{label}")


if __name__ == "__main__":
    main()
