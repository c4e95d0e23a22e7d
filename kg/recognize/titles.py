"""Bodies that are a work's title: a name of a body that fills the whole of a title's marks (《美国陆军3》, a game; 《怪物公司》,
a film; 《英雄联盟》) names the work, not the body; publications are the exception, their title being their name (《人民日报》,
《第一财经日报》: bodies). Only the rules' bodies, read from a head or a list blind to the marks: the model has learned from
its corpora which titled names are bodies (《今日美国》, 《朝日新闻》: newspapers that end as no publication's title does)."""
from __future__ import annotations

import re

from ..types import Mention

_BODIES = frozenset({"Enterprise", "Organization", "GovernmentBody"})
# what may follow the name inside the marks and keep it the work's whole title: a sequel's number (《美国陆军3》, 《文明Ⅳ》)
_SEQUEL = re.compile("[0-9０-９IVXⅠ-Ⅻ]*》")
# the titles of the best-known games and films that end with a body's head (联盟, 公司), which no body bears: League of
# Legends, The Avengers, Justice League, Monsters, Inc. (general knowledge of the games and films Chinese pages name
# without title marks, as 英雄联盟 on the esports pages)
_WORKS = frozenset("英雄联盟 复仇者联盟 正义联盟 怪兽电力公司 怪物公司".split())
# how the titles of newspapers, magazines and yearbooks end: bodies named by their titles
_PUBLICATIONS = ("报", "刊", "志", "画报", "文摘", "年鉴", "通讯", "参考")


def titled_bodies(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions, less each body named as a game or film is (`_WORKS`), each body a rule read that fills a title's marks
    with at most a sequel's number after it (`_SEQUEL`) and is no publication, and the names nested in them."""
    works = [(m.start, m.end) for m in mentions if m.type in _BODIES and not m.nested and m.text in _WORKS]
    works += [(m.start, m.end) for m in mentions if m.type in _BODIES and m.rule != "crf" and not m.nested and m.start > 0 and text[m.start - 1] == "《"
              and _SEQUEL.match(text, m.end) is not None and not m.text.endswith(_PUBLICATIONS)] if "《" in text else []
    if not works:
        return mentions
    return [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in works)]
