"""Would one scan for every step's trigger words beat the steps' own entry tests? (issue 13's speed: an index of triggers)

    python bench/trigger_scan.py --data ../shared/data [--corpus CLUENER|PD] [--rounds 5]

Five steps of the rule stage open with a test of literal words: `people_after_posts` (kg.people._BEFORE_NAME: a post or
role), `founded` (a verb of founding or a quote), `formula_spans` (kg.recognize.formulas._MARKS), `corps_units` (兵团),
`people_at_home` (家). An index would find all their words in one scan of the sentence and skip the steps whose words
are absent. This times, over the non-held sentences, in CPU seconds, alternating (the best of --rounds each):
the five tests as the steps make them; one `kg.automata.Automaton` over their words (the set of steps triggered); the same
words in a plain pyahocorasick automaton; one regex alternation of them. Only timings are printed.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import ahocorasick  # noqa: E402

from kg import people  # noqa: E402
from kg.automata import Automaton  # noqa: E402
from kg.recognize import formulas, founded  # noqa: E402
from kg.rescan import alternation  # noqa: E402
from tools import corpora  # noqa: E402

CORPORA = {"CLUENER": ("cluener/train.json", "read_cluener"), "PD": ("pd98/example.dev", "read_pd98")}


# kg/recognize/formulas.py's _MARKS, word for word (checked in main: the same matches)
_FORMULA_MARKS = ("总书记", "同志", "主席", "思想", "理论", "决策部署", "北京时间", "上海精神", "黄河", "长江", "京津冀", "东北", "北疆", "绿水青山",
                  "山水林田湖草", "碳达峰", "碳中和")


def trigger_words() -> dict[str, frozenset[str]]:
    """word -> the steps it triggers (the words the five steps' entry tests look for)."""
    by_step = {
        "people_after_posts": (*people.POSTS, *people.ROLES),
        "founded": (*founded._FOUNDS.split("|"), "“", '"'),
        "formula_spans": _FORMULA_MARKS,
        "corps_units": ("兵团",),
        "people_at_home": ("家",),
    }
    words: dict[str, set[str]] = {}
    for step, ws in by_step.items():
        for w in ws:
            words.setdefault(w, set()).add(step)
    return {w: frozenset(s) for w, s in words.items()}


def gates(text: str) -> tuple[Any, ...]:
    """The five entry tests as the steps make them."""
    return (people._BEFORE_NAME.search(text), founded._FOUNDING.search(text) is None and "“" not in text and '"' not in text,
            formulas._MARKS.search(text), "兵团" in text, "家" in text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--corpus", choices=tuple(CORPORA), default="CLUENER")
    ap.add_argument("--rounds", type=int, default=5)
    a = ap.parse_args()
    fname, reader = CORPORA[a.corpus]
    texts = [t for t, _ in getattr(corpora, reader)(Path(a.data) / fname) if not corpora.held_out(t)]
    words = trigger_words()
    auto = Automaton(words.items(), frozenset())
    raw = ahocorasick.Automaton()
    for w, s in words.items():
        raw.add_word(w, s)
    raw.make_automaton()
    regex = re.compile(alternation(words))

    def scan(it: Callable[[str], Any]) -> Callable[[str], set[str]]:
        def steps(text: str) -> set[str]:
            out: set[str] = set()
            for _, s in it(text):
                out |= s
            return out
        return steps

    ways: dict[str, Callable[[str], Any]] = {
        "the five entry tests": gates,
        "kg.automata.Automaton": scan(auto.iter),
        "pyahocorasick": scan(raw.iter),
        "one regex": lambda t: {s for m in regex.finditer(t) for s in words[m.group()]},
    }
    assert formulas._MARKS.pattern == alternation(_FORMULA_MARKS)
    # (the regex finds no word overlapping one it found: an index would need the automata's overlapping matches)
    assert all(ways["kg.automata.Automaton"](t) == ways["pyahocorasick"](t) >= ways["one regex"](t) for t in texts[:2000])
    best = dict.fromkeys(ways, float("inf"))
    for _ in range(a.rounds):
        for name, fn in ways.items():
            t0 = time.process_time()
            for t in texts:
                fn(t)
            best[name] = min(best[name], time.process_time() - t0)
    print(f"{a.corpus} non-held, {len(texts):,} sentences, {len(words)} trigger words; µs a sentence, best of {a.rounds}:")
    for name, s in best.items():
        print(f"  {name:24} {s / len(texts) * 1e6:6.2f}")


if __name__ == "__main__":
    main()
