"""Craft and works named by a name and a number: spacecraft, rockets, satellites, reactors, ships
(嫦娥四号, 长征二号丁运载火箭, 遥感三十四号卫星, “华龙一号”, “深海一号”, “启帆19号”).

The number ends the name where no suffix does; the second gold lists such missions and craft as
Projects (bench/NEWS_GOLD2.md in the annot worktree: 天问一号火星探测任务, 嫦娥四号), as the first
lists a named ship (“三峡氢舟1”号). A number in digits names a craft only in quotes: bare, it
counts units (1号机组, 8号祭祀坑); 第 before it makes a serial (第9号台风), 文件 after it a policy
(中央一号文件).
"""
from __future__ import annotations

import re

from .base import Candidate, Resources, Scan, proposer

# what a craft's name may go on with after its number: a variant (长征二号丁, 长征六号改), then its kind
_KINDS = "运载火箭|火箭|试验卫星|卫星|货运飞船|载人飞船|飞船|探测器|火星探测任务|探测任务"
_NUMERAL = "[一二三四五六七八九十百零〇]+"
# a satellite's serial after its series (高分十一号|04星, 吉林一号|宽幅02B01—06星, 试验二十七号卫星|01星-06星, 四维高景一号|03、04星)
_SERIAL = r"(?:[\u4e00-\u9fff]{0,4}?\d{2}[A-Z]?(?:\d{2})?星?(?:[、—－\-–]\d{2})?组?(?:卫星|星))"
_NUMBERED = re.compile(rf"{_NUMERAL}号(?:[甲乙丙丁]|改)?(?:(?:遥{_NUMERAL})?(?:商业|系列)?(?:{_KINDS}))?{_SERIAL}?")  # (力箭一号遥四商业运载火箭: the flight)
_QUOTED = re.compile(rf"[“\"][\u4e00-\u9fff]{{2,4}}(?:{_NUMERAL}|\d{{1,3}})(?:号[”\"]|[”\"]号)")
# words before a craft's name that are no part of it: verbs (发射, 使用), measures (颗), particles
_LEAD_POS = frozenset({"v", "vn", "p", "q", "m", "c", "u", "uj", "ul", "d", "r", "f", "t", "x"})
_NOT_STEMS = re.compile(r"^(?:第|今年|去年|明年|全国|中央|每|各|该|这|其)|第$")
_NOT_AFTER = ("文件", "台风", "机组", "线", "楼", "院", "坑", "令", "公告")


# an offshore oil or gas field by its area and block (渤中19-6凝析气田一期项目, 垦利6-1油田, 恩平15-1油田群): a work named by its number
_FIELD = re.compile(r"[\u4e00-\u9fff]{2}\d{1,2}-\d{1,2}(?:凝析气田|油气田|油田群|油田|气田)(?:[一二三四五]期)?(?:开发)?(?:项目|工程)?")


def _craft_heads(res: Resources) -> tuple[str, ...]:
    return tuple(k for k, t in res.suffix_types.items() if t == "Project") + ("公路",)


@proposer("craft")
def craft(res: Resources, scan: Scan) -> list[Candidate]:
    """A craft's name from its first word through its number, variant and kind (rule `craft.numbered`)."""
    ctx = scan.ctx
    text = ctx.text
    out: list[Candidate] = [Candidate(*m.span(), "Project", "craft.field", 3) for m in (_FIELD.finditer(text) if "田" in text and "-" in text else ())]
    if "号" not in text:
        return out  # (both scans need 号: most texts have none)
    spans = [m.span() for m in _QUOTED.finditer(text)]
    for m in _NUMBERED.finditer(text):
        s = _stem_start(scan, m.start())
        if s is not None and not _NOT_STEMS.search(text[s : m.start()]):
            spans.append((s, m.end()))
    if not spans:
        return out
    heads = res.derived(_craft_heads)
    for s, e in spans:
        if text.startswith(_NOT_AFTER, e) or text[e : e + 1].isdigit():
            continue  # 中央一号文件, 1号机组
        e = _works_after(scan, e, heads)
        out.append(Candidate(s, e, "Project", "craft.numbered", 3))
    return out


def _stem_start(scan: Scan, num: int) -> int | None:
    """Where the name before a number starts: the words right before it, two to four characters,
    none a verb, measure or particle (发射|天目一号, 使用|长征二号丁); None if there are none."""
    ctx = scan.ctx
    s = num
    if (tok := ctx.token_at(num)) is not None and tok.start < num and num - tok.start <= 4:
        s = tok.start  # 长征二号: one word to the segmenter
    while (tok := ctx.token_at(s - 1)) is not None and tok.end == s and (tok.pos not in _LEAD_POS or _numeral_word(tok.text)) and tok.pos[:1] != "u" and num - tok.start <= 4:
        if ctx.text[tok.start] in "一二两三四五六七八九十几数多" and not _numeral_word(tok.text):
            break  # 发射[两星]长征二号丁: a count of what is launched
        s = tok.start
    return s if num - s >= 2 else None


# what a numeral before a craft's name counts (两颗, 三星, 四枚): a numeral with another character is a word
_COUNTED = frozenset("个颗枚架艘次批型星辆台套项名位家座条号")


def _numeral_word(word: str) -> bool:
    """A word of two characters opening with a numeral that counts nothing (四维, 九天): a craft's
    name may start with it (四维高景二号), as it may not with a count (两颗, 三星)."""
    return len(word) == 2 and word[0] in "一二三四五六七八九十" and word[1] not in _COUNTED and not word[1].isdigit() and "\u4e00" <= word[1] <= "\u9fff"


def _works_after(scan: Scan, e: int, heads: tuple[str, ...]) -> int:
    """The end of a work named after the craft or programme right before it (太行一号[旅游公路],
    华龙一号[示范工程]): up to six characters ending with a project head on a word end; else e."""
    text = scan.ctx.text
    for k in range(min(len(text), e + 6), e + 1, -1):
        if text.endswith(heads, e, k) and scan.ctx.is_end(k) and re.fullmatch("[\u4e00-\u9fff]+", text[e:k]):
            return k
    return e
