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
from .context import Context

_HEADS = "(?:行动计划|专项行动|计划|工程|行动)"
_PHASE = "(?:[一二三四五六七八九十]期)?"
# what a programme or a work named by a quoted slogan may also end with, after words of its own (“国潮臻品”全拼图融媒体行动,
# “惠帮企”服务平台, “三北”防护林体系, “八纵八横”高速铁路网, “吉林一号”卫星星座)
_AFTER_SLOGAN = "(?:行动计划|专项行动|计划|工程|行动|平台|体系|铁路网|高铁网|卫星星座)"
# the whole name quoted, a phase after it (“子午工程”二期), or a quoted slogan and the head after it
_QUOTED = re.compile(
    rf"[“\"][^“”\"\n。；，：！？]{{2,24}}?{_HEADS}[”\"]{_PHASE}|[“\"][^“”\"\n。；，：！？]{{2,24}}[”\"]"
    rf"(?:{_HEADS}|[\u4e00-\u9fff]{{0,10}}?{_AFTER_SLOGAN})"
)
# words after the slogan that make the name a kind or a part of something named (“十四五”规划重点工程, “三北”工程攻坚战项目区)
_NOT_AFTER = re.compile("的|等|重点|重大|重要|标志性|相关|各类|一批|系列|规划|若干|首批|攻坚|[一二三四五六七八九十两]+[项大]")
_PLAN_PERIOD = re.compile(r"[“\"][一二三四五六七八九十]+五[”\"]")  # “十四五”: a plan's period, the works of which are a kind
_NAME_POS = frozenset({"n", "nz", "vn", "nt", "ns", "nr", "j", "l", "b", "an", "m", "q", "x", "eng"})


def _named_after(ctx: Context, s: int, close: int, e: int) -> bool:
    """The words between a quoted slogan (ending at close) and the head ending at e name the thing (“惠帮企”服务平台,
    “国潮臻品”全拼图融媒体行动): nouns only, none of them a kind's or a clause's (“无堂食”商家在平台, “十四五”重大工程)."""
    if _PLAN_PERIOD.match(ctx.text, s) or _NOT_AFTER.search(ctx.text, close, e):
        return False
    return all(t.pos in _NAME_POS for t in ctx.within(close + 1, e) if t.start > close)
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
        close = max(ctx.text.rfind("”", s, e), ctx.text.rfind('"', s + 1, e))
        if close < e - 1 and not _named_after(ctx, s, close, e):
            continue
        out.append(Candidate(s, e, "Project", "project.quoted", 3))
    return out
