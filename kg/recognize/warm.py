"""What a recogniser makes when it loads rather than at the first text that needs it: the characters `kg.rescan` works out
that each of its patterns' matches can start with (a parse of the pattern: milliseconds for the long alternations of lists'
closes, events' editions, short names' declarations), the patterns and lists the proposers derive from the resources
(`Resources.derived`) and the word lists and patterns loaded on first use.

Made lazily, these one-time costs fell within the first records a process recognises (~40 ms of CPU in `kg ner`'s first
1,600 CLUENER sentences, which take ~0.5 s) and within every worker a build forks after loading the model; made here, they
are part of the load, and the workers share them.  Nothing here changes what is recognised: each is what the first use
would have made.
"""
from __future__ import annotations

from .. import edges, link, projects, rescan, words
from . import abbreviations, clubs, craft, departments, events, formulas, founded, lists, namechars, works, world
from .base import Resources


def warm(res: Resources) -> None:
    """Load and derive what the proposers would on first use, and prepare kg.rescan's patterns (see the module's doc)."""
    for load in (abbreviations.world_countries, abbreviations.world_cities, abbreviations.world_regions, events.known_events,
                 events._known_names, namechars.odds, world.world_names, world.team_places, words.common_words, words.relabelled,
                 words.noun_tagged_verbs, edges._field_pairs):
        load()
    clubs._cuts(world._sides())  # (the sides' names cut short that match reports are read for: ~15 ms)
    for make in (founded._founding_patterns, works._dashed_heads, craft._craft_heads):
        res.derived(make)
    # the patterns the recogniser scans through kg.rescan (one missing here is worked out at its first use, as before)
    for pattern in (abbreviations._VISITED_ONLY_RE, abbreviations._STAY, departments._CIRCUIT, departments._BARE_ORGANS, events._QUOTED,
                    events._AT, events._HELD, events.known_events(), formulas._SLOGAN, lists._CLOSE, link._ABBREV, projects.CAPACITY):
        if pattern is not None:
            rescan.prepare(pattern)
