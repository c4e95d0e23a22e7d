"""Facts from a document's clauses: typed relations and attributes, each with its evidence.

Direction of every relation is the ontology's (schema/kg.ttl): the subject is the member, the
branch, the investor, the contractor, the operator, the organiser, the supporter, the chain
leader, the located thing; signsWith and cooperatesWith are symmetric.

- `clause`: a sentence as the rules see it, and the Facts they build from it;
- `rules`: the sentence rules, one function per shape (being replaced by declared frames);
- `members`: who holds which post where (memberOf);
- `attributes`: amounts, capacities, counts and dates stated of a name;
- `names`: what names say (a branch's parent, a department's government, a place prefix);
- `document`: the document pass (anaphora, dates, topics), the name inferences and co-occurrence.
"""
from __future__ import annotations

from ..quantities import parse_amount
from .clause import Clause, Context
from .document import cooccurrence, extract
from .names import NameRelations
from .rules import RULES

__all__ = ["Clause", "Context", "NameRelations", "RULES", "extract", "cooccurrence", "parse_amount"]
