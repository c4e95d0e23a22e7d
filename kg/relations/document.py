"""The document pass: each clause of a document through every rule, then the name inferences
and, if asked, the co-occurrence layer."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from ..recognize.abbreviations import world_cities, world_countries
from ..types import Fact, Key
from .clause import Clause, Context, is_division, prepare
from .confidence import calibrated
from .rules import RULES


def cooccurrence(c: Clause, seen: set[tuple[Key, Key]] | None = None) -> Iterable[Fact]:
    """Entities named in one sentence: the low-confidence co-occurrence layer; with `seen`,
    each pair once (the first sentence that names both is its evidence)."""
    ms = [(m, m.key) for m in c.mentions if m.key is not None and m.rule != "anaphora"]
    sent = c.sentence
    for i, (a, ka) in enumerate(ms):
        for b, kb in ms[i + 1 :]:
            if ka != kb:
                (s, ks), (o, ko) = ((a, ka), (b, kb)) if ka < kb else ((b, kb), (a, ka))
                if seen is not None:
                    if (ks, ko) in seen:
                        continue
                    seen.add((ks, ko))
                yield Fact(ks, "coOccursWith", ko, sent.doc_id, sent.start, sent.end, "cooc.sentence", 0.3,
                           s_text=s.text, o_text=o.text, evidence=sent.text)


_BODIES = frozenset(("Enterprise", "Organization", "GovernmentBody"))


def extract(clauses: Iterable[Clause], with_cooccurrence: bool = True, context: Context | None = None) -> list[Fact]:
    """Typed relations and attributes of a document's clauses (in order), plus co-occurrence if asked."""
    ctx = context or Context()
    facts: list[Fact] = []
    pairs: set[tuple[Key, Key]] = set()  # co-occurring pairs of this document, each once
    for c in prepare(clauses, ctx):
        for rule in RULES:
            facts.extend(rule(c))
        if ctx.names is not None:
            s = c.sentence
            for m in c.mentions:
                facts.extend(ctx.names.facts(m, s.doc_id, s.start, s.end, s.text, ctx.seen))
            for m in c.nested:  # 老家[沁源县箭杆村]: a place named at the end of a longer span
                if m.type == "Place" and not is_division(m) and any(t.end == m.end and t.start < m.start for t in c.mentions):
                    facts.extend(ctx.names.facts(replace(m, nested=False), s.doc_id, s.start, s.end, s.text, ctx.seen))
                elif m.type in _BODIES and m.key is not None:  # [航天科技集团一院]天津…基地: a unit named inside a work's name, a node, has its parent
                    facts.extend(ctx.names.facts(replace(m, nested=False), s.doc_id, s.start, s.end, s.text, ctx.seen, parents_only=True))
        if with_cooccurrence:
            facts.extend(cooccurrence(c, pairs))
    return one_per_statement([calibrated(f) for f in _consistent(facts, ctx)])


def one_per_statement(facts: list[Fact]) -> list[Fact]:
    """One fact per statement of a sentence: two rules that read the same relation with the same
    qualifiers from one sentence (赵强担任X总经理: takes-post and subject-holds) give the surer one."""
    kept: dict[tuple[object, ...], int] = {}
    out: list[Fact] = []
    for f in facts:
        k = (f.subject, f.predicate, f.object, f.doc_id, f.start, f.role, f.post, f.amount, f.unit, f.date, f.topic)
        i = kept.get(k)
        if i is None:
            kept[k] = len(out)
            out.append(f)
        elif f.confidence > out[i].confidence:
            out[i] = f
    return out


_SENTENCE_END = re.compile("[。！？；]")  # a line without them is a headline


def _consistent(facts: list[Fact], ctx: Context) -> list[Fact]:
    """Without the place a name's prefix gives when the article states another (the article says
    where its X is: 内蒙古X集团 in a sentence that puts X in 鄂尔多斯 keeps 鄂尔多斯, and 内蒙古 as
    well, which contains it; a prefix naming another province is dropped)."""
    stated: dict[Key, list[Key]] = {}
    for f in facts:
        if f.predicate == "locatedIn" and f.rule.startswith("rel.") and not isinstance(f.object, str):
            stated.setdefault(f.subject, []).append(f.object)
    if not stated or ctx.names is None:
        return facts
    lex = ctx.names.lex

    def inside(a: Key, b: Key) -> bool:  # division a lies in division b
        return a != b and a.name.isdigit() and b.name.isdigit() and b.name in {d.code for d in lex.ancestors(a.name)}

    def related(a: Key, b: Key) -> bool:
        return a == b or inside(a, b) or inside(b, a)

    def coarser(f: Fact) -> bool:  # a headline's place the article's text narrows (…大赛在湖南举行 / …在湖南长沙举行)
        return (f.rule.startswith("rel.locatedIn") and not isinstance(f.object, str) and not _SENTENCE_END.search(f.evidence or "")
                and any(inside(p, f.object) for p in stated[f.subject]))

    def contradicted(f: Fact) -> bool:  # a division or a foreign place the text states, none of them the prefix's (a river, a zone, a venue says nothing of it)
        divisions = [o for o in stated.get(f.subject, ()) if o.name.isdigit() or o.name in world_cities() or o.name in world_countries()]
        return bool(divisions) and not isinstance(f.object, str) and not any(related(f.object, o) for o in divisions)

    return [f for f in facts if not (f.rule == "name.place-prefix" and contradicted(f))
            and not (f.predicate == "locatedIn" and f.subject in stated and coarser(f))]
