"""kg.types.replace gives what dataclasses.replace gives."""
from __future__ import annotations

import dataclasses

import pytest

from kg.relations.clause import Clause
from kg.types import EntityType, Fact, Key, Mention, Sentence, replace


def test_replace_equals_dataclasses_replace() -> None:
    m = Mention("d1", 3, 6, "杭州市", "Place", "gazetteer.division")
    f = Fact(Key(EntityType.PLACE, "330100"), "locatedIn", Key(EntityType.PLACE, "330000"), "d1", 0, 9, "rel.test")
    c = Clause(Sentence("d1", 0, 0, 9, "杭州市位于浙江省。"), (m,))
    for obj, changes in ((m, {"canonical": "杭州市", "key": Key(EntityType.PLACE, "330100")}), (m, {"nested": True}), (m, {}),
                         (f, {"confidence": 0.5}), (c, {"mentions": (), "date": "2024-05"})):
        new = replace(obj, **changes)
        assert new == dataclasses.replace(obj, **changes) and type(new) is type(obj)
    assert replace(m, generic=True, nested=True) == dataclasses.replace(m, nested=True, generic=True)
    with pytest.raises(TypeError):
        replace(m, colour="red")
