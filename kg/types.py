"""Core value types of the pipeline (stdlib only).

Data flows one way: Document -> Sentence -> Mention -> Entity -> Fact.  Every
Mention and Fact carries the document id, character offsets into the cleaned
article text (end exclusive) and the id of the rule or model that produced it.
"""
from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, NamedTuple, TypeVar

_T = TypeVar("_T")
_C = TypeVar("_C", bound=type)


class _Factory:
    def __repr__(self) -> str:
        return "<factory>"  # as dataclass's own signature shows a default made by a factory


def quick_init(cls: _C) -> _C:
    """A frozen dataclass with slots (decorated after @dataclass) whose __init__ sets each field
    through its slot's descriptor: the same signature and objects as dataclass's __init__, which
    calls object.__setattr__ by name for each field, at ~60 % of the cost (the pipeline builds
    ~40,000 mentions, candidates, facts and clauses per 0.5 MB). A class it cannot treat so (no
    slots, a __post_init__, fields it does not set) is left as it is."""
    fields = dataclasses.fields(cls)
    if hasattr(cls, "__post_init__") or any(f.name not in cls.__dict__ or not f.init or f.kw_only for f in fields):
        return cls
    scope: dict[str, Any] = {"_MISSING": _Factory()}
    params, body = [], []
    for f in fields:
        scope[f"_set_{f.name}"] = cls.__dict__[f.name].__set__
        if f.default is not dataclasses.MISSING:
            scope[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        elif f.default_factory is not dataclasses.MISSING:
            scope[f"_factory_{f.name}"] = f.default_factory
            params.append(f"{f.name}=_MISSING")
            body.append(f"    if {f.name} is _MISSING:\n        {f.name} = _factory_{f.name}()")
        else:
            params.append(f.name)
        body.append(f"    _set_{f.name}(self, {f.name})")
    exec(f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body) + "\n", scope)  # noqa: S102  (the class's own field names)
    init = scope["__init__"]
    if list(inspect.signature(init).parameters) != list(inspect.signature(cls.__init__).parameters):  # type: ignore[misc]
        return cls  # (an InitVar, say)
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__annotations__ = dict(cls.__init__.__annotations__)  # type: ignore[misc]
    cls.__init__ = init  # type: ignore[misc]
    return cls


class EntityType(StrEnum):
    """What an entity is; the values are the local names of the ontology classes (schema/kg.ttl)
    and what `kg ner` / `kg extract` print.  A typo is an AttributeError, not a silent mismatch."""

    ENTERPRISE = "Enterprise"
    GOVERNMENT_BODY = "GovernmentBody"
    ORGANIZATION = "Organization"
    PROJECT = "Project"
    EVENT = "Event"
    PLACE = "Place"
    PERSON = "Person"
    INDUSTRY_CHAIN = "IndustryChain"  # implied by relations (链主), never recognised
    AWARD = "Award"


class Predicate(StrEnum):
    """Relations and attributes; the values are the ontology's property names (tests/test_vocab.py
    checks each against schema/kg.ttl)."""

    LOCATED_IN = "locatedIn"
    SUB_ORGANIZATION_OF = "subOrganizationOf"
    ORGANIZES = "organizes"
    MEMBER_OF = "memberOf"
    INVESTS = "invests"
    CONTRACTOR_OF = "contractorOf"
    OPERATES = "operates"
    COOPERATES_WITH = "cooperatesWith"
    SIGNS_WITH = "signsWith"
    CHAIN_LEADER_OF = "chainLeaderOf"
    SUPPORTS = "supports"
    AWARDED_TO = "awardedTo"
    CO_OCCURS_WITH = "coOccursWith"
    # attributes: the object is a literal
    INVESTMENT = "investment"
    REGISTERED_CAPITAL = "registeredCapital"
    OUTPUT_VALUE = "outputValue"
    CAPACITY = "capacity"
    COUNT = "count"
    DATE = "date"


#: The recognised entity types, in the order `kg ner` documents them.
ENTITY_TYPES: tuple[str, ...] = tuple(EntityType)[:7]
ORG_TYPES: frozenset[str] = frozenset({EntityType.ENTERPRISE, EntityType.GOVERNMENT_BODY, EntityType.ORGANIZATION})
ATTRIBUTES: frozenset[str] = frozenset(
    {Predicate.INVESTMENT, Predicate.REGISTERED_CAPITAL, Predicate.OUTPUT_VALUE, Predicate.CAPACITY, Predicate.COUNT, Predicate.DATE}
)


class Key(NamedTuple):
    """An entity's identity, built by the linker alone (`kg.link`); `kg.rdf` alone turns it into an IRI.

    `name` is the canonical name, or for a place of the division gazetteer its code (140100,
    310115-张江高科技园区).  `scope` is empty for names that identify an entity wherever they occur
    (山西省工业和信息化厅); otherwise it says where the name holds: the page a relative name came
    from when the paper's locale is unknown (市公安局), the province of a person's paper.
    """

    type: EntityType
    name: str
    scope: str = ""

    def __str__(self) -> str:
        return f"{self.type}/{self.name}" + (f"@{self.scope}" if self.scope else "")

    @property
    def absolute(self) -> bool:
        return not self.scope


@quick_init
@dataclass(frozen=True, slots=True)
class Locale:
    """Where a paper is published: what 我省 / 我市 / 省X厅 / 市X局 refer to.

    Names are canonical full names from the division gazetteer (山西省, 太原市).
    """

    province: str | None = None
    city: str | None = None
    county: str | None = None
    source: str = "inferred"  # "inferred" from the text, or "given" by the user

    def __bool__(self) -> bool:
        return bool(self.province or self.city or self.county)


@quick_init
@dataclass(frozen=True, slots=True)
class Document:
    """One article, with its text cleaned (columns unwrapped) and its metadata."""

    id: str
    text: str
    source: str
    position: int = 0
    title: str | None = None
    date: str | None = None  # ISO 8601 (YYYY-MM-DD) when stated or given
    dateline: str | None = None  # place named in the dateline (本报太原…讯 -> 太原)
    locale: Locale = field(default_factory=Locale)


@quick_init
@dataclass(frozen=True, slots=True)
class Sentence:
    doc_id: str
    index: int
    start: int
    end: int
    text: str


@quick_init
@dataclass(frozen=True, slots=True)
class Mention:
    """A span of an article's text recognised as an entity of a type."""

    doc_id: str
    start: int
    end: int
    text: str
    type: str
    rule: str
    canonical: str | None = None  # filled by the linker
    key: Key | None = None  # the entity's key, filled by the linker
    nested: bool = False  # inside a longer mention (太原市 in 太原市公安局)
    confidence: float = 1.0
    generic: bool = False  # a kind, not a name (监管部门, 保险公司): a `kg ner` mention, no graph node


@quick_init
@dataclass(frozen=True, slots=True)
class Entity:
    """A thing in the world, merged from one or more mentions."""

    key: Key
    type: str
    name: str  # canonical name (rdfs:label)
    aliases: tuple[str, ...] = ()
    code: str | None = None  # administrative division code for places
    lat: float | None = None
    lon: float | None = None
    merges: tuple[str, ...] = ()  # why aliases were merged (one reason per merge)


@quick_init
@dataclass(frozen=True, slots=True)
class Fact:
    """A typed relation (or an attribute) with its evidence.

    `object` is an entity key, or for attributes (`obj_is_literal`) a literal
    value in its lexical form.
    """

    subject: Key
    predicate: str
    object: Key | str
    doc_id: str
    start: int
    end: int
    rule: str
    confidence: float = 0.8
    obj_is_literal: bool = False
    role: str | None = None  # 主办 / 承办 …
    post: str | None = None  # 董事长 …
    amount: str | None = None  # decimal, lexical form
    unit: str | None = None
    s_text: str | None = None  # mention texts as written
    o_text: str | None = None
    evidence: str | None = None  # the sentence text (start/end index the article)
    date: str | None = None  # when the fact held, as stated (YYYY, YYYY-MM or YYYY-MM-DD)
    topic: str | None = None  # what an agreement is about, or the title awarded, as written


_REPLACERS: dict[tuple[type, tuple[str, ...]], Callable[..., Any]] = {}


def replace(obj: _T, /, **changes: Any) -> _T:
    """`dataclasses.replace` of a dataclass whose fields are all set by its constructor, at about half
    the cost (the hot paths replace thousands of mentions and facts per page): one function per
    class and set of changed fields calls the constructor with the fields in order, compiled once."""
    key = (type(obj), tuple(changes))
    fn = _REPLACERS.get(key)
    if fn is None:
        fn = _REPLACERS[key] = _replacer(*key)
    return fn(obj, *changes.values())  # type: ignore[no-any-return]


def _replacer(cls: type, changed: tuple[str, ...]) -> Callable[..., Any]:
    fields = dataclasses.fields(cls)
    names = [f.name for f in fields]
    if any(not f.init or f.kw_only for f in fields) or not set(changed) <= set(names):
        return lambda obj, *values: dataclasses.replace(obj, **dict(zip(changed, values)))  # what it says of them
    args = ", ".join(f"_v{changed.index(n)}" if n in changed else f"obj.{n}" for n in names)
    params = "".join(f", _v{i}" for i in range(len(changed)))
    scope: dict[str, Any] = {"_cls": cls}
    exec(f"def replaced(obj{params}):\n    return _cls({args})\n", scope)  # noqa: S102  (names of the class's own fields)
    return scope["replaced"]  # type: ignore[no-any-return]
