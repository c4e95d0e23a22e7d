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


def test_quick_init_builds_what_dataclass_builds() -> None:
    import inspect
    from dataclasses import field

    from kg.types import Document, Locale, quick_init

    @dataclass_frozen
    class Plain:
        a: int
        b: str = "x"
        c: list[int] = field(default_factory=list)

    @quick_init
    @dataclass_frozen
    class Quick:
        a: int
        b: str = "x"
        c: list[int] = field(default_factory=list)

    assert str(inspect.signature(Quick.__init__)) == str(inspect.signature(Plain.__init__))
    for args, kw in (((1,), {}), ((1, "y"), {}), ((1,), {"c": [2]}), ((), {"a": 3, "b": "z"})):
        q, p = Quick(*args, **kw), Plain(*args, **kw)
        assert (q.a, q.b, q.c) == (p.a, p.b, p.c)
    assert Quick(1).c is not Quick(1).c  # a fresh default each time
    with pytest.raises(TypeError):
        Quick()  # type: ignore[call-arg]
    with pytest.raises(dataclasses.FrozenInstanceError):
        Quick(1).a = 2  # type: ignore[misc]
    d = Document("1", "南京市", "a.txt", dateline="南京")
    assert d == Document("1", "南京市", "a.txt", 0, None, None, "南京", Locale()) and d.locale == Locale()


def test_quick_init_leaves_a_post_init_alone() -> None:
    from kg.types import quick_init

    @dataclass_frozen
    class Checked:
        a: int

        def __post_init__(self) -> None:
            if self.a < 0:
                raise ValueError("negative")

    before = Checked.__init__
    assert quick_init(Checked).__init__ is before
    with pytest.raises(ValueError):
        Checked(-1)


dataclass_frozen = dataclasses.dataclass(frozen=True, slots=True)
