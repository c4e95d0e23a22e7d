"""A page's articles under the keys a build's alias merges gave (`BuildResult.moved`: 太钢 -> 太原钢铁集团有限公司):
their mentions, region and facts moved, a fact between one key and itself dropped, one fact per statement."""
from __future__ import annotations

from dataclasses import replace

from .spool import DocOut
from .types import Fact, Key


def merged(page: list[DocOut], moved: dict[Key, Key]) -> list[DocOut]:
    """A page's articles with their facts and mentions under the keys alias merging gave (`BuildResult.moved`)."""
    return [_merged(d, moved) for d in page]


def _merged(d: DocOut, moved: dict[Key, Key]) -> DocOut:
    if not moved:
        return d
    from .relations.document import one_per_statement  # (the relations load with the first page that needs them)

    mentions = sorted({moved.get(k, k) for k in d.mentions})
    return DocOut(d.doc, mentions, moved.get(d.region, d.region), one_per_statement(_remap(d.facts, moved)))


def _remap(facts: list[Fact], moved: dict[Key, Key]) -> list[Fact]:
    if not moved:
        return facts
    out = []
    for f in facts:
        s = moved.get(f.subject, f.subject)
        o = f.object if isinstance(f.object, str) else moved.get(f.object, f.object)
        if s == o and not f.obj_is_literal:
            continue
        out.append(replace(f, subject=s, object=o) if (s, o) != (f.subject, f.object) else f)
    return out
