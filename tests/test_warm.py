"""kg.recognize.warm: what the proposers would load or work out at their first text is made when the recogniser loads."""
from __future__ import annotations

import re

from kg import rescan
from kg.recognize import events, founded, lists


def test_the_recogniser_prepares_at_load_what_its_first_texts_would(pipeline):
    rec = pipeline.recognizer
    for pattern in (lists._CLOSE, events._HELD, events.known_events()):  # (scanned through kg.rescan)
        assert pattern is not None and rescan._CACHE[id(pattern)][0] is pattern
    assert founded._founding_patterns in rec.res._derived


def test_prepare_works_out_what_finditer_tries():
    pattern = re.compile("(?:第[一二三]届)?(?:进博会|广交会)")
    assert rescan.prepare(pattern) is rescan.prepare(pattern)
    text = "第二届进博会和广交会在进博会之后"
    assert [m.span() for m in rescan.finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)]
