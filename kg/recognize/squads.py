"""Teams and clubs by the word that names their kind: esports teams named by their handle, Latin letters and 战队 (PanDa战队,
TYLOO战队, Na’Vi战队), one Organization whatever was read inside it; a club (俱乐部) an Organization whatever the model typed it."""
from __future__ import annotations

import re

from ..types import Mention, replace

# a team's handle: Latin letters, digits and the marks handles are written with (iG.Z, Na’Vi), opening and closing with a
# letter or a digit, not glued to more Latin before it nor cut from a handle at a slash (ForC/an战队)
_SQUAD = re.compile(r"(?<![A-Za-z0-9.’'_/-])([A-Za-z0-9](?:[A-Za-z0-9.’'_-]*[A-Za-z0-9])?)(?:女子)?战队")
# the games the esports pages name before 战队 for a kind of team (国内Dota战队, 星际2战队: a team of the game, not a
# handle), from the games those pages cover (DotA, Warcraft III, StarCraft II, Counter-Strike, League of Legends …)
_GAMES = frozenset("dota dota2 war3 wow sc sc2 cs cf lol fps rts moba dnf pubg".split())


def squads(mentions: list[Mention], text: str, doc_id: str = "") -> list[Mention]:
    """A handle of Latin letters written with 战队 (PanDa战队, EG战队, NirvanaDota战队) is an esports team, an Organization
    named with 战队 (rule `team.squad`), unless the handle is a game's (`_GAMES`: 国内Dota战队, a kind of team) or a longer
    name holds it (前欧洲劲旅BP战队); what was read inside it goes (Nirvana|Dota战队). CLUENER's four non-held folds: 15
    such teams, 10 labelled whole."""
    if "战队" not in text:
        return mentions
    added: list[Mention] = []
    for m in _SQUAD.finditer(text):
        s, e = m.start(), m.end()
        if m.group(1).lower() in _GAMES or not re.search("[A-Za-z]", m.group(1)):
            continue
        if any(x.start <= s and e <= x.end and (x.start, x.end) != (s, e) or x.start < s < x.end < e or s < x.start < e < x.end for x in mentions):
            continue  # (a longer name holds it, or one crosses it)
        if any((x.start, x.end) == (s, e) for x in mentions):
            continue
        added.append(Mention(doc_id, s, e, text[s:e], "Organization", "team.squad"))
    if not added:
        return mentions
    return [x for x in mentions if not any(a.start <= x.start and x.end <= a.end for a in added)] + added


def clubs_typed(mentions: list[Mention]) -> list[Mention]:
    """A name the model read ending with 俱乐部 (a club, a society of its members: 四川豪爵马术俱乐部, 天禄俱乐部) is an
    Organization, not a government body or a company (rule kept; a company's club is named with 公司: 有限公司 ends it).
    CLUENER's four non-held folds: 9 named clubs labelled Organization, none a government body or a company."""
    return [replace(m, type="Organization") if m.type in ("GovernmentBody", "Enterprise") and m.text.endswith("俱乐部") else m for m in mentions]
