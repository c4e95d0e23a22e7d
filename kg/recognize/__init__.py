"""Text -> Mentions: proposers of candidate spans, each in its own module and registered by name,
and `resolve`, which keeps the longest non-overlapping ones and marks places inside kept names as
nested (太原市 inside 太原市公安局).

- `places`: divisions of the gazetteer, foreign places, the paper's zones;
- `departments`: government departments and party organs with their jurisdiction;
- `suffixes`: names ending with a name suffix (…有限公司, …大学, …项目);
- `persons`: bylines, names after posts, speakers, names before titles;
- `abbreviations`: 中美, 访华, 在京, 中方;
- `brands`: the short names companies go by (格力电器);
- `model`: the CRF tagger's spans reconciled with the rules';
- `generic`: what names a kind, not a thing; `context`: tokens and the walk to a name's start.
"""
from __future__ import annotations

from .base import PROPOSERS, Candidate, Resources, Scan, proposer
from .context import NAME_VERBS, STOP_WORDS
from .generic import is_generic
from .recognizer import DEFAULT_PROPOSERS, Recognizer
from .resolve import resolve
from .world import world_names

__all__ = [
    "Recognizer", "DEFAULT_PROPOSERS", "PROPOSERS", "proposer", "Candidate", "Resources", "Scan", "resolve", "is_generic",
    "world_names", "NAME_VERBS", "STOP_WORDS",
]
