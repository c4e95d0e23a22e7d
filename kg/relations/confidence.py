"""Each rule's confidence as measured: the fraction of its facts a careful reader lists, on
annotated text the held-out figures never saw (`tools/calibrate.py` writes kg/data/confidence.tsv).
A rule the table does not know keeps the confidence its code declares."""
from __future__ import annotations

import functools

from ..lexicon import _data_path
from ..types import Fact, replace


@functools.lru_cache(maxsize=1)
def table() -> dict[str, float]:
    """rule id -> measured confidence."""
    path = _data_path("confidence.tsv", None)
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            rule, _, _, conf = line.split("\t")
            out[rule] = float(conf)
    return out


def calibrated(f: Fact) -> Fact:
    """The fact with its rule's measured confidence."""
    conf = table().get(f.rule)
    return f if conf is None or conf == f.confidence else replace(f, confidence=conf)
