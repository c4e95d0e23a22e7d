"""Core value types of the pipeline (stdlib only).

Data flows one way: Document -> Sentence -> Mention -> Entity -> Fact.  Every
Mention and Fact carries the document id, character offsets into the cleaned
article text (end exclusive) and the id of the rule or model that produced it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

#: The entity types, exactly as they appear in `kg ner` / `kg extract` output
#: and as local names of the ontology classes.
ENTITY_TYPES: tuple[str, ...] = (
    "Enterprise",
    "GovernmentBody",
    "Organization",
    "Project",
    "Event",
    "Place",
    "Person",
)
ORG_TYPES: frozenset[str] = frozenset({"Enterprise", "GovernmentBody", "Organization"})


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


@dataclass(frozen=True, slots=True)
class Sentence:
    doc_id: str
    index: int
    start: int
    end: int
    text: str


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
    key: str | None = None  # the entity's key, filled by the linker
    nested: bool = False  # inside a longer mention (太原市 in 太原市公安局)
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Entity:
    """A thing in the world, merged from one or more mentions."""

    key: str  # stable identity: "<Type>/<scope>/<canonical>"
    type: str
    name: str  # canonical name (rdfs:label)
    aliases: tuple[str, ...] = ()
    code: str | None = None  # administrative division code for places
    lat: float | None = None
    lon: float | None = None
    merges: tuple[str, ...] = ()  # why aliases were merged (one reason per merge)


@dataclass(frozen=True, slots=True)
class Fact:
    """A typed relation (or an attribute) with its evidence.

    `object` is an entity key, or for attributes (`obj_is_literal`) a literal
    value in its lexical form.
    """

    subject: str
    predicate: str
    object: str
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
