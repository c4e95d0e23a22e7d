"""kg.rescan.finditer finds what pattern.finditer finds, for every pattern of the package."""
from __future__ import annotations

import importlib
import json
import pkgutil
import re
from pathlib import Path

import kg
from kg.recognize.events import _QUOTED, known_events
from kg.rescan import _starts, alternation, finditer

ROOT = Path(__file__).resolve().parents[1]


def _texts() -> list[str]:
    out = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    with open(ROOT / "bench" / "relations_dev.jsonl", encoding="utf-8") as f:
        out += [json.loads(line)["text"] for line in f if line.strip()]
    out += ["2024年第六届进博会", "第七届、首届“安康杯”竞赛活动", "2020山西文博会", "", "《》", "首"]
    return out


def _patterns() -> list[re.Pattern[str]]:
    found: dict[int, re.Pattern[str]] = {}
    for info in pkgutil.walk_packages(kg.__path__, "kg."):
        if info.name.endswith("__main__"):
            continue
        try:
            mod = importlib.import_module(info.name)
        except Exception:  # a module needing an optional extra
            continue
        for v in vars(mod).values():
            if isinstance(v, re.Pattern) and isinstance(v.pattern, str):
                found[id(v)] = v
    return list(found.values())


def _same(p: re.Pattern[str], text: str) -> bool:
    return [(m.span(), m.groups()) for m in finditer(p, text)] == [(m.span(), m.groups()) for m in p.finditer(text)]


def test_event_patterns_skip_ahead() -> None:
    known = known_events()
    assert known is not None
    assert _starts(known) is not None and _starts(_QUOTED) is not None


def test_same_matches_as_finditer() -> None:
    texts = _texts()
    patterns = _patterns() + [p for p in (known_events(),) if p is not None]
    assert len(patterns) > 50
    fast = [p for p in patterns if _starts(p) is not None]
    assert len(fast) > 10
    bad = [p.pattern[:80] for p in fast if not all(_same(p, t) for t in texts)]
    assert not bad


def test_left_to_finditer() -> None:
    for rx in (r"(?a)\d+年", r"a*", r"(?i)ab", r"[^x]y", r".z", r"(?a)(a)|\W"):
        assert _starts(re.compile(rx)) is None
    # a category opens the start set as it is (Unicode's \d, \s, \w), not under re.ASCII
    assert _starts(re.compile(r"\d+年")).pattern == r"[\d]"  # type: ignore[union-attr]
    assert _starts(re.compile(r"(a)|\w")).pattern == r"[a\w]"  # type: ignore[union-attr]
    assert [m.span() for m in finditer(re.compile(r"(?:年产)?\d+万?吨"), "年产５万吨、٣吨和12吨")] == [(0, 5), (6, 8), (9, 12)]
    assert _starts(re.compile(r"(?<!x)(?:第\d+届)?[“]")) is not None


def test_alternation_matches_as_the_words_longest_first() -> None:
    from kg.recognize.brands import known_companies

    words = list(known_companies()[1]) + ["中国", "中国石化", "中", "国网", "a.b", "a", "ab"]
    plain = re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))
    grouped = re.compile(alternation(words))
    for text in _texts() + ["中国石化和国网、中国", "a.bab xa.b"]:
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]
