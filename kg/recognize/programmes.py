"""Programmes and campaigns named in quotes: “中非人才培养合作计划”, “城区老工业区搬迁计划”, “子午工程”二期,
“千企百展出海拓市场”行动, “猎狐2022”专项行动.

A government's programme is a Project to a reader (the news gold's guidelines: "named programmes"),
and papers of every province quote its name: the whole name in quotes, ending with a programme head
(计划, 工程, 行动, 行动计划), or a quoted slogan and the head after it. The suffix walk does not find
them: it stops at the quotes, and 行动 and 计划 are no suffixes of its list (most 行动 are no
programmes). A quoted name that counts or ranks (“八大行动”, “九项工程”, “头号工程”) names a kind
of programme, and a slogan about action (“全民反诈在行动”) none.
"""
from __future__ import annotations

import re

from .base import Candidate, Resources, Scan, proposer

_HEADS = "(?:行动计划|专项行动|计划|工程|行动)"
_PHASE = "(?:[一二三四五六七八九十]期)?"
# the whole name quoted, a phase after it (“子午工程”二期), or a quoted slogan and the head after it
_QUOTED = re.compile(
    rf"[“\"][^“”\"\n。；，：！？]{{2,24}}?{_HEADS}[”\"]{_PHASE}|[“\"][^“”\"\n。；，：！？]{{2,24}}[”\"]{_HEADS}"
)
# counted or ranked (“八大行动”, “十项行动”, “头号工程”, “一号工程”) or about acting (在行动)
_KIND = re.compile("^[“\"](?:[一二三四五六七八九十百两]+|头)(?:大|项|号)|在行动[”\"]$")


@proposer("programmes")
def programmes(res: Resources, scan: Scan) -> list[Candidate]:
    """Quoted programme names as Project candidates (rule `project.quoted`)."""
    ctx = scan.ctx
    out = []
    for m in _QUOTED.finditer(ctx.text):
        s, e = m.span()
        if _KIND.search(m.group()) or not ctx.is_end(e) and ctx.text[e - 1] not in "”\"":
            continue
        out.append(Candidate(s, e, "Project", "project.quoted", 3))
    return out
