"""What a recogniser makes when it loads rather than at the first text that needs it: the characters `kg.rescan` works out
that each of its patterns' matches can start with (a parse of the pattern: several milliseconds for the long alternations of
lists' closes, events' editions, short names' declarations), the patterns and lists the proposers derive from the resources
(`Resources.derived`) and the word lists and patterns loaded on first use.

Made lazily, these one-time costs fell within the first records a process recognises (~40 ms of CPU in `kg ner`'s first
1,600 CLUENER sentences, which take ~0.5 s) and within every worker a build forks after loading the model; made here, they
are part of the load, and the workers share them.  Nothing here changes what is recognised: each is what the first use
would have made.
"""
from __future__ import annotations

import re
import sys

from .. import edges, projects, rescan, words
from . import abbreviations, craft, events, founded, namechars, works, world
from .base import Resources


def warm(res: Resources) -> None:
    """Load and derive what the proposers would on first use, and prepare kg.rescan's patterns (see the module's doc)."""
    for load in (abbreviations.world_countries, abbreviations.world_cities, abbreviations.world_regions, events.known_events,
                 events._known_names, namechars.odds, world.world_names, world.team_places, words.common_words, words.relabelled,
                 words.noun_tagged_verbs, edges._field_pairs):
        load()
    for make in (founded._founding_patterns, works._dashed_heads, craft._craft_heads):
        res.derived(make)
    # the patterns kg.rescan is given: those of the modules that scan with it, the known events' and the capacities' (Context's)
    patterns = [v for m in list(sys.modules.values()) if m is not None and m.__name__.startswith("kg.")
                and getattr(m, "finditer", None) is rescan.finditer for v in vars(m).values() if isinstance(v, re.Pattern)]
    for pattern in (*patterns, events.known_events(), projects.CAPACITY):
        if pattern is not None:
            rescan.prepare(pattern)
