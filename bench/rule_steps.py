"""What each step of the rule stage costs and how often it does anything (issue 13's speed: is an index worth it?).

    python bench/rule_steps.py --data ../shared/data [--part dev|held] [--corpus CLUENER|PD] [--limit N] [--top N]

Runs `kg ner`'s engine as bench/ner_speed.py's `stages` does, over CLUENER's or People's Daily's sentences
(`--part dev`, the non-held ones, by default), with every step `Recognizer._mentions` and `_proposed` call
wrapped: each proposer of `kg.recognize.base.PROPOSERS`, each pass over the candidates or mentions, each
per-mention check (`_mark_generic`, `building` …). For each step it prints the CPU microseconds a sentence it
costs (time.thread_time_ns: the host is shared) and the share of sentences where it does anything: a proposer
that yields a candidate, a pass whose output differs from its input (a per-mention check: any mention changed).
Then the ceiling: the engine's speed if every call that did nothing cost nothing (an ideal index, itself free).

Instructions instead of CPU time (the host is shared): a full run writes, with `--did FILE`, the steps that did something on
each sentence; `--mode plain|oracle|none --did FILE` then runs that mode alone, to be counted under valgrind
(`valgrind --tool=callgrind python bench/rule_steps.py … --limit 2000 --did F --mode oracle`; plain or oracle less none).

What it measured at b701ff4 (2026-12-06, dev parts, the CPU time of one run each, the host shared): the rule stage
is 240 µs of CLUENER's 330 µs a sentence (PD 244 of 343); ~75 steps; the model spans' checks (`_with_model`, 61 µs,
18.5 % of the engine) act on 75 % of sentences, `people` (20 µs) on 10 %, `_mark_generic` (16 µs) on 12 %, and 40-odd
steps on under 1 %. Skipping every idle call (the oracle, the same mentions) took the engine from 343 to 225 µs
a sentence on CLUENER (1.52x) and from 362 to 234 on PD (1.54x); in instructions (callgrind, 2,000 sentences, plain or
oracle less none): CLUENER 68.3 k -> 46.3 k a character (1.48x), PD 58.3 k -> 39.1 k (1.49x). About half the idle
time is calls that return at their entry test, half calls that read past it and reject (`people`'s name-tagged tokens).

Only timings and counts are printed, never labels or sentences.  The wrapper's own cost (two clock reads a call)
is in the engine's total, not in the steps': the ceiling is computed on the steps' own time against the engine's
time measured without the wrappers.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kg.pipeline import Pipeline  # noqa: E402
from kg.recognize import base, recognizer  # noqa: E402
from tools import corpora  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
import ner_speed  # noqa: E402

CORPORA = {"CLUENER": ("cluener/train.json", "read_cluener"), "PD": ("pd98/example.dev", "read_pd98")}
CHUNK = 256

# the steps `_mentions`/`_proposed` call by their module name, with the position of the argument they transform
# (None: what they return is what they find, a set or list that is empty when they find nothing)
PASSES = {
    "world": None, "gazetteer": None, "regions_inside": None, "carried_over": 0, "world_uncrossed": 0,
    "glosses_dropped": 0, "boards_shed": 0, "chains": 2, "corps_units": 0, "addresses": 2, "shed_posts": 0, "plants": 0,
    "not_places": 0, "pairs_split": 0, "copula_split": 0, "company_units": 0, "society_units": 0, "quotes_kept": 0, "joined": 0,
    "short_lines_unplaced": 0, "parts_after_lines": 0, "staged": 0, "parts_shed": 0, "resolve": 2, "complete_truncated_people": 1,
    "venues": 0, "dashed_pairs": 0, "teams": 0, "unglued": 0, "units_typed": 0, "people_after_posts": 2, "overread": 2, "people_at_home": 2, "trophy_namesakes": 2,
    "people_in_lists": 2, "people_repeated": 2, "formula_spans": None, "described": None, "unnested_in_kinds": 0,
}
PER_MENTION = {"redescribed": 0, "office_glued": 0, "levels": 1, "building": 0, "designated": 0, "bureau": 0}
METHODS = {"_with_model": 1, "_mark_generic": 0, "_work": 0}  # (argument positions after self)


class Tally:
    """Per step: nanoseconds, calls, and the sentences where it did something."""

    def __init__(self) -> None:
        self.ns: dict[str, int] = defaultdict(int)
        self.idle_ns: dict[str, int] = defaultdict(int)  # the time of the calls that did nothing
        self.ran: dict[str, int] = defaultdict(int)  # sentences where the step ran
        self.did: dict[str, int] = defaultdict(int)  # sentences where it did something
        self.sentence: dict[str, tuple[int, bool]] = {}  # this sentence's (ns, did anything) per step
        self.idle_calls: dict[str, list[int]] = defaultdict(list)  # the ns of each call that did nothing

    def close(self) -> None:
        DID.append({k for k, (_, did) in self.sentence.items() if did})
        for k, (ns, did) in self.sentence.items():
            self.ns[k] += ns
            self.ran[k] += 1
            if did:
                self.did[k] += 1
            else:
                self.idle_ns[k] += ns
        self.sentence = {}

    def add(self, k: str, ns: int, did: bool) -> None:
        old = self.sentence.get(k, (0, False))
        self.sentence[k] = (old[0] + ns, old[1] or did)


T = Tally()
clock = time.perf_counter_ns  # (thread_time_ns costs ~0.7 µs a read here, perf_counter_ns ~0.07)
DID: list[set[str]] = []  # per sentence of the tallied run: the steps that did something (the oracle's)
CUR = [0]  # the sentence being recognised
OVERHEAD = [0]  # ns a pair of clock reads adds to what they time
MODE = ["plain"]  # plain (the wrappers call through), tally, oracle (a step that did nothing on this sentence is skipped)


def _idle(pos: int | None, per_mention: bool, empty: Any) -> Callable[..., Any]:
    """What a step that does nothing returns: its input (a pass), [its mention] (levels), or nothing found."""
    if pos is None:
        return lambda *a: empty()
    if per_mention and empty is list:
        return lambda *a: [a[pos]]
    return lambda *a: a[pos]


def _wrap(key: str, fn: Callable[..., Any], pos: int | None, per_mention: bool = False, empty: Any = list) -> Callable[..., Any]:
    idle = _idle(pos, per_mention, empty)

    def wrapped(*args: Any) -> Any:
        if MODE[0] != "tally":
            return fn(*args) if MODE[0] == "plain" or key in DID[CUR[0]] else idle(*args)
        before = (args[pos] if per_mention else list(args[pos])) if pos is not None else None
        t0 = clock()
        out = fn(*args)
        if not per_mention and not isinstance(out, (list, set, frozenset, dict)):
            out = list(out)
        ns = clock() - t0 - OVERHEAD[0]
        if pos is None:
            did = bool(out)
        elif per_mention:
            did = out != [before] if isinstance(out, list) else out != before
        else:
            did = list(out) != before
        T.add(key, ns, did)
        if not did:
            T.idle_calls[key].append(ns)
        return out

    return wrapped


def _wrap_method(key: str, fn: Callable[..., Any], pos: int) -> Callable[..., Any]:
    inner = _wrap(key, fn, pos + 1, per_mention=key != "_with_model", empty=None)
    return lambda self, *a: inner(self, *a)


def instrument() -> None:
    for name, pos in {**PASSES, **PER_MENTION}.items():
        setattr(recognizer, name, _wrap(name, getattr(recognizer, name), pos, name in PER_MENTION,
                                            set if name in ("formula_spans", "described") else list if name in PASSES or name == "levels" else None))
    recognizer._NAMED_WHOLE = tuple((_wrap(getattr(f, "__name__", "first_sittings").replace("<lambda>", "first_sittings"), f, 0), r)
                                    for f, r in recognizer._NAMED_WHOLE)
    for name in list(base.PROPOSERS):
        base.PROPOSERS[name] = _wrap("P:" + name, base.PROPOSERS[name], None)
    for name, pos in METHODS.items():
        setattr(recognizer.Recognizer, name, _wrap_method(name, getattr(recognizer.Recognizer, name), pos))


def at_gate(key: str) -> int:
    """The ns of a step's idle calls that cost no more than twice its cheapest tenth: calls that returned at its entry test."""
    calls = sorted(T.idle_calls[key])
    if not calls:
        return 0
    limit = 2 * max(calls[len(calls) // 10], 1)
    return sum(t for t in calls if t <= limit)


def run(p: Pipeline, texts: list[str], mode: str) -> tuple[dict[str, float], list[Any]]:
    """CPU seconds of each stage (ner_speed.stages, whose steps these are), the rules' sentence by sentence, and the mentions."""
    MODE[0], CUR[0], mentions = mode, 0, []

    def each() -> None:
        CUR[0] += 1
        if mode == "tally":
            T.close()

    return ner_speed.stages(p, texts, each, mentions), mentions


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--part", choices=("held", "dev"), default="dev")
    ap.add_argument("--corpus", choices=tuple(CORPORA), default="CLUENER")
    ap.add_argument("--limit", type=int, default=0, help="the first N sentences only")
    ap.add_argument("--rounds", type=int, default=2, help="plain and oracle runs, alternating (default 2)")
    ap.add_argument("--did", type=Path, help="the steps that did something on each sentence: written by a full run, read by --mode")
    ap.add_argument("--mode", choices=("plain", "oracle", "none"), help="with --did: one run of that mode alone (none: load and warm "
                    "only), to be counted under valgrind (instructions of plain or oracle less those of none)")
    ap.add_argument("--top", type=int, default=0, help="print the N costliest steps only")
    a = ap.parse_args()
    fname, reader = CORPORA[a.corpus]
    texts = [t for t, _ in getattr(corpora, reader)(Path(a.data) / fname) if corpora.held_out(t) == (a.part == "held")]
    texts = texts[: a.limit] if a.limit else texts
    n, chars = len(texts), sum(map(len, texts))
    p = Pipeline()
    run(p, texts[:64], "plain")  # loads the model, warms what proposers derive
    if a.mode:
        DID[:] = [set(d) for d in json.loads(a.did.read_text())]
        instrument()
        run(p, texts[:64], "plain")
        if a.mode != "none":
            run(p, texts, a.mode)
        print(f"{a.mode}: {n:,} sentences, {chars:,} chars")
        return
    bare, ref = run(p, texts, "plain")
    instrument()
    OVERHEAD[0] = sorted(-(clock() - clock()) for _ in range(10001))[5000]
    run(p, texts[:64], "tally")
    T.__init__()  # type: ignore[misc]
    DID.clear()
    tallied, _ = run(p, texts, "tally")
    if a.did:
        a.did.write_text(json.dumps([sorted(d) for d in DID]))
    times: dict[str, list[float]] = {"plain": [], "oracle": []}
    for _ in range(a.rounds):  # alternating: the host is shared
        for mode in times:
            st, got = run(p, texts, mode)
            times[mode].append(sum(st.values()))
            assert got == ref, f"{mode}: the mentions differ"
    engine = sum(bare.values())
    print(f"{a.corpus} {a.part}: {n:,} sentences, {chars:,} chars; engine {engine / n * 1e6:.0f} µs a sentence ({chars / engine:,.0f} chars/s): "
          + ", ".join(f"{k} {v / n * 1e6:.1f}" for k, v in bare.items()))
    steps = sum(T.ns.values()) / 1e9
    print(f"tallied run: rules {tallied['rules'] / n * 1e6:.0f} µs a sentence, of which the steps' own {steps / n * 1e6:.0f} (the rest: glue, "
          f"the wrappers; clock pair {OVERHEAD[0]} ns taken off each call)")
    print(f"{'step':32} {'µs/sent':>8} {'% engine':>8} {'ran %':>6} {'did %':>6} {'idle µs':>8} {'at gate':>8}")
    rows = sorted(T.ns, key=lambda k: -T.ns[k])
    for k in rows[: a.top] if a.top else rows:
        us = T.ns[k] / 1e3 / n
        print(f"{k:32} {us:8.2f} {us / (engine / n * 1e6) * 100:8.2f} {T.ran[k] / n * 100:6.1f} {T.did[k] / n * 100:6.1f} {T.idle_ns[k] / 1e3 / n:8.2f} "
              f"{at_gate(k) / 1e3 / n:8.2f}")
    idle = sum(T.idle_ns.values()) / 1e9
    gate = sum(map(at_gate, T.idle_calls)) / 1e9
    print(f"of the idle time, {gate / n * 1e6:.0f} µs a sentence is spent by calls that return as cheaply as the step's cheapest tenth (at its entry "
          f"test: what an index of triggers could spare); the rest, {(idle - gate) / n * 1e6:.0f} µs, by calls that read candidates or text past it "
          f"and reject: a trigger index spares none of it (ceiling with the gates spared: {engine / (engine - gate):.2f}x)")
    print(f"idle steps' own time {idle / n * 1e6:.0f} µs a sentence of {engine / n * 1e6:.0f}: estimated ceiling {chars / (engine - idle):,.0f} chars/s "
          f"({engine / (engine - idle):.2f}x)")
    pl, orc = min(times["plain"]), min(times["oracle"])
    print(f"oracle (each step run only on the sentences where it did something; same mentions): engine {orc / n * 1e6:.0f} µs a sentence against "
          f"{pl / n * 1e6:.0f} through the same wrappers (best of {a.rounds}): {pl / orc:.2f}x, {chars / orc:,.0f} chars/s "
          f"(plain CPU seconds {', '.join(f'{t:.2f}' for t in times['plain'])}; oracle {', '.join(f'{t:.2f}' for t in times['oracle'])})")

if __name__ == "__main__":
    main()
