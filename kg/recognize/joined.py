"""Event names joined by 暨 (or 和, 与): one name or two. 全国科技工作者日暨全国创新争先奖表彰大会 is one name; two events
each named in full (第八届中国国际进口博览会暨虹桥国际经济论坛) are two, as readers list them."""
from __future__ import annotations

import re

from ..types import Mention, replace
from ..words import common_words
from .base import Candidate, Scan
from .events import HEADS_T, all_of

# where the first part of a joined event name (X暨Y) starts: after punctuation, 的, or a verb of holding
_JOIN_LEFT = re.compile(r"[，。；：、“”《》\n]|的|在|举办|召开|举行|参加|出席")


_BREAK = re.compile("[，。；！？“”\n]")


def _quote_opened(text: str, start: int, floor: int) -> int:
    """A first part that opens with a quoted term starts at the quote ([“全球南方媒体伙伴”机制成立大会]暨…):
    the break found was the closing quote of a short quote that itself follows a break or opens the text."""
    if start < 2 or text[start - 1] != "”":
        return start
    q = text.rfind("“", floor, start - 1)
    if q < 0 or start - q > 16 or _BREAK.search(text, q + 1, start - 1):
        return start
    return q if q == 0 or any(m.end() == q for m in _JOIN_LEFT.finditer(text, max(0, q - 2), q)) else start


def joined(cands: list[Candidate], scan: Scan) -> list[Candidate]:
    """Event names joined by 暨 are one name (全国科技工作者日暨全国创新争先奖表彰大会, 在召开的全国政务服务
    便民热线创新发展暨标准化工作推进会议上): from the last break before 暨 (punctuation, 的, a verb of
    holding) through the first event head after it, when that head ends a word."""
    text = scan.ctx.text
    out = list(cands)
    for j in all_of("暨", text):
        end = next((k for k in range(j + 3, min(len(text), j + 32) + 1)
                    if text.endswith(HEADS_T, j + 1, k) and scan.ctx.is_end(k) and not _BREAK.search(text, j + 1, k)), None)
        if end is None:
            continue
        floor = max(0, j - 30)
        start = max([floor] + [m.end() for m in _JOIN_LEFT.finditer(text, floor, j)])  # after the last break
        start = _quote_opened(text, start, floor)
        if j - start >= 3:
            out.append(Candidate(start, end, "Event", "event.joined", 4))
    return out


def two_joined(mentions: list[Mention], text: str) -> list[Mention]:
    """Two events named in full joined by 暨, 和 or 与 (第八届中国国际进口博览会暨虹桥国际经济论坛, 绿色出行宣传月和公交出行宣传周) are
    two, as readers list them; not when the first part names no event (全国科技工作者日暨…表彰大会, 《报告》发布暨国际研讨会), the
    name is quoted, or the join opens a word (北京峰会|和平安全高级别会议)."""
    out = []
    for m in mentions:
        if m.type != "Event" or m.nested:
            out.append(m)  # (most mentions: the join below is looked for in events alone)
            continue
        j = next((k for k in (m.text.find(c) for c in "暨和与") if k >= 0 and (m.text[k] == "暨" or m.text[k : k + 2] not in common_words())), -1)
        left, right = m.text[:j], m.text[j + 1 :]
        if m.type != "Event" or m.nested or j < 4 or len(right) < 4 or not left.endswith(HEADS_T) or "“" in (m.text[0], text[m.start - 1 : m.start]) or not right.endswith(HEADS_T):
            out.append(m)
            continue
        out += [replace(m, end=m.start + j, text=left), replace(m, start=m.start + j + 1, text=right)]
    return out
