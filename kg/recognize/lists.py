"""Names listed under a kind: 大众、吉利等车企, 易方达、华夏、南方等基金公司, 包括工行、农行在内的国有大行,
徐汇、黄浦、临港等地, 横琴、前海、南沙三大平台. The big state banks by one character: 工、农、中、建、交等银行.

Short company names are common words (大众, 南方, 华夏) or unknown ones the model reads as people
(比亚迪, 隆基); a list that ends with 等 and a kind of company (or opens with 包括 and closes with
在内的 and a kind) says what each item is.  Each item becomes a candidate of the kind's type.
"""
from __future__ import annotations

import re

from ..rescan import alternation, finditer
from ..words import is_common_noun, is_common_word
from .base import Candidate, Resources, Scan, proposer
from .context import STOP_WORDS, Context
from .generic import GENERIC, GENERIC_MODIFIERS, SECTORS, is_generic, unknown_word

# kinds of company and organisation a list can end with, and the type they give its items
_KINDS = {
    **dict.fromkeys(
        """企业 公司 集团 车企 药企 房企 险企 银行 大行 券商 基金公司 证券公司 保险公司 金融机构 厂商 厂家 品牌 运营商 航空公司
        互联网企业 科技企业 平台企业 龙头企业 头部企业 民营企业 上市公司 电商平台 快递企业 链主企业 乡镇企业""".split(),
        "Enterprise",
    ),
    **dict.fromkeys("高校 大学 院校 科研院所 研究机构 医院 学校 协会 商会 智库".split(), "Organization"),
    # 徐汇、黄浦、静安、临港等地: the places of a list (its known divisions are found anyway)
    **dict.fromkeys("地 地区 城市 省份 省区 省市 县区 区县".split(), "Place"),
}
# what a count of places closes a list with (横琴、前海、南沙三大平台); after 等 平台 is as often apps
_COUNTED_PLACES = ("平台", "片区", "园区")
_KIND = "(?:" + alternation(_KINDS) + ")(?!方)"  # longest first
# what may stand between 等 and the kind: counts and words of rank or reach
_FILLER = r"(?:全球|全国|国内外|国内|海外|省内|知名|头部|龙头|大型|重点|主要|骨干|优质|领军|其他|一大批|一批|一些|众多|多家|数家|几家|\d+家|[一二两三四五六七八九十百]+家|国有|股份制)*"
_CLOSE = re.compile(rf"等{_FILLER}({_KIND})|在内的{_FILLER}({_KIND})|(?<=[^\d])[两三四五六七八九十]大(?:{'|'.join(_COUNTED_PLACES)})")
_DELIMS = "、和及与"
# kinds of company, not companies (国企、民企等企业)
_KIND_WORDS = frozenset("国企 民企 央企 外企 私企 港企 台企 外资 内资 中资 合资 独资 大企业 中小企业 小微企业 上下游企业 其他企业".split())
_ITEM = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{2,8}$")
_NUMERAL_CHARS = frozenset("一二三四五六七八九十百千两")
_NOT_IN_FIRST = frozenset({"p", "c", "u", "uj", "ul", "d", "r", "m", "q", "x", "v", "vn", "t", "f"})


@proposer("lists")
def listed(res: Resources, scan: Scan) -> list[Candidate]:
    """The items of each list closed by 等 (or 在内的) and a kind of company or organisation."""
    ctx = scan.ctx
    text = ctx.text
    out: list[Candidate] = []
    if "等" not in text and "大" not in text and "在内的" not in text:
        return _big_banks(ctx) + _listed_banks(ctx)  # (what each of _CLOSE's closes holds: most texts have none)
    places = {c.start for c in scan.places}
    for m in finditer(_CLOSE, text):  # (kg.rescan: tried only where 等, 在 or a count starts)
        kind = m.group(1) or m.group(2)
        typ = _KINDS[kind] if kind else "Place"  # 横琴、前海、南沙三大平台: a count of places closes it too
        items = _items(ctx, m.start())
        if len(items) < 2:
            continue  # one name before 等 is as often a kind as a name (新能源等企业)
        if len(items) > 2 and text[items[0][1]] in "和及与":
            items = items[1:]  # 深化与京津冀、长三角等地区: 和/与 joins the last item, not the first
        if typ == "Place" and not any(s in places or res.lex.place(text[s:e]) is not None for s, e in items):
            continue  # a list of places has a known place among them (not 人民网、抖音五大平台, 深化与…)
        if typ == "Enterprise" and all(is_common_noun(text[s:e]) or text[s:e] in res.lex.industries for s, e in items):
            continue  # 多晶硅、单晶硅等企业, 光伏、锂电等企业: companies by what they make (not 大众、吉利等车企)
        for s, e in items:
            name = text[s:e]
            if name in _KIND_WORDS or name in GENERIC or name in GENERIC_MODIFIERS or name in SECTORS:
                continue
            if is_generic(name, res.seg.cut, res.lex.dept_by_surface, res.suffix_types) or res.lex.place(name) is not None:
                continue
            if typ == "Place" and not _proper(ctx, s, e, places):
                continue  # 国际采购、投资促进…四大平台, 河北北部、山西北部等地: no place's own name
            out.append(Candidate(s, e, typ, f"list.{typ.lower()}", 3))
    return out + _big_banks(ctx) + _listed_banks(ctx)


# the big state banks by one character each, listed before banks (对工、农、中、建、交5家国有银行, 工、中、建、交等银行)
_BANK_CHARS = {"工": "中国工商银行", "农": "中国农业银行", "中": "中国银行", "建": "中国建设银行", "交": "交通银行"}
_BANK_RUN = re.compile("[工农中建交]、[工农中建交]、")  # (what _BANK_LIST holds, a gate that skips ahead: it opens with a look-behind)
_BANK_LIST = re.compile(r"(?<!、)[工农中建交](?:、[工农中建交]){2,4}(?=(?:等|[四五]家|[45]家|[四五]大)?(?:国有|商业|大型)*(?:银行|大行))")


def _big_banks(ctx: Context) -> list[Candidate]:
    """Each bank of a list of the big state banks by one character (`_BANK_LIST`) opening a word, an Enterprise."""
    return [Candidate(k, k + 1, "Enterprise", "list.bank", 3, canonical=_BANK_CHARS[ctx.text[k]])
            for m in (_BANK_LIST.finditer(ctx.text) if _BANK_RUN.search(ctx.text) else ()) if _opens(ctx, m.start()) for k in range(m.start(), m.end(), 2)]


def _opens(ctx: Context, s: int) -> bool:
    """A list's first character at s opens a word, or makes none with the character before (对|工, not 加工)."""
    return ctx.is_start(s) or not is_common_word(ctx.text[s - 1 : s + 1], 1)


def _items(ctx: Context, end: int) -> list[tuple[int, int]]:
    """The items of the list ending at `end`: runs between 、 (and 和/及/与 before the last), the
    first one the words after the verb or preposition that opens the list."""
    text = ctx.text
    out: list[tuple[int, int]] = []
    e = end
    while True:
        s = e
        while s > 0 and text[s - 1] not in _DELIMS and text[s - 1] not in "，。；：！？（）()“”\n" and e - s < 9:
            s -= 1
        if s > 0 and text[s - 1] in _DELIMS and _ITEM.match(text[s:e]) and (text[s - 1] == "、" or ctx.is_start(s)):
            out.append((s, e))
            e = s - 1
            continue
        first = _first_item(ctx, e)
        if first is not None:
            out.append(first)
        return out[::-1] if out and first is not None else []


def _first_item(ctx: Context, e: int) -> tuple[int, int] | None:
    """The list's first item, ending at e: one or two words after whatever opens the list."""
    if not ctx.is_end(e):
        return None
    toks = ctx.ending_by(e, 2)
    toks = [t for t in toks if t.end > e - 8]
    while toks and (toks[0].pos in _NOT_IN_FIRST and not _unknown(toks[0].text) or toks[0].text in STOP_WORDS):
        if toks[0].pos == "m" and len(toks) > 1 and toks[1].start == toks[0].end and ctx.text[toks[0].end - 1] in _NUMERAL_CHARS:
            return None  # 来到[十八]洞村: a numeral may open the item's name, no cut inside it
        toks = toks[1:]
    if not toks or toks[-1].end != e:
        return None
    s = toks[0].start
    return (s, e) if _ITEM.match(ctx.text[s:e]) else None


def _unknown(word: str) -> bool:
    return unknown_word(word)


_PROPER_POS = frozenset({"ns", "nz", "nr", "nrt", "j"})


def _proper(ctx: Context, s: int, e: int, places: set[int]) -> bool:
    """text[s:e], an item of a list of places, is a place's own name: one word the segmenter tags as
    a name or does not know (临港, 交河故城), and no gazetteer place starts it (河北北部, 新疆伊犁 are
    read by the gazetteer)."""
    toks = ctx.within(s, e)
    if s in places:
        return False
    if 2 <= len(toks) <= 3 and all(len(t.text) == 1 for t in toks):
        return True  # 前|海: a word the segmenter does not know, cut into characters
    return len(toks) == 1 and (toks[0].pos in _PROPER_POS or _unknown(toks[0].text))


# the joint-stock banks by the short names the financial pages list them by (招行、深发展、中信、光大、民生), from general
# knowledge of the national joint-stock commercial banks: words or phrases of the language alone (光大, 兴业, 民生, 华夏,
# kg/data/companies.txt leaves them out), banks only where listed with banks (CLUENER's non-held sentences label 29 of the 31
# such items Enterprise; the other two, 光大 and 民生 after 招行、深发展、中信, look like the annotator's misses)
_JOINT_STOCK = {"中信": "中信银行", "光大": "中国光大银行", "兴业": "兴业银行", "民生": "中国民生银行", "华夏": "华夏银行", "广发": "广发银行",
                "浦发": "浦发银行", "平安": "平安银行", "招商": "招商银行", "恒丰": "恒丰银行", "浙商": "浙商银行", "渤海": "渤海银行"}
_BANKS_BY_SHORT_NAME = frozenset("招行 中行 建行 工行 农行 交行 深发展 浦发 市商行 农商行 城商行".split())
_BANK_ITEM = re.compile(alternation(_JOINT_STOCK))
_CLAUSE = re.compile("[^，。；：！？\n（）()“”]+")
_OTHER_FIRMS = re.compile("基金|证券|券商|保险|信托|期货|地产|资产|租赁")


def _listed_banks(ctx: Context) -> list[Candidate]:
    """The joint-stock banks by short name (`_JOINT_STOCK`) as items of a list joined by 、 in which another item is a bank
    (中信、兴业、民生、光大、招行等股份制商业银行): each an Enterprise, labelled by its full name (rule `list.bank`)."""
    text = ctx.text
    if "、" not in text or _BANK_ITEM.search(text) is None:
        return []
    out = []
    for clause in _CLAUSE.finditer(text):
        if "、" not in (words := clause.group()) or _BANK_ITEM.search(words) is None:
            continue  # (a list with no such bank in it: most clauses of an article that has one somewhere, 招商引资)
        if _OTHER_FIRMS.search(words) is not None:
            continue  # (中信、华夏等基金公司: the fund companies of the same groups)
        items, pos = [], clause.start()
        for part in words.split("、"):
            items.append((pos, pos + len(part)))
            pos += len(part) + 1
        banks = []
        for k, (s, e) in enumerate(items):
            name = text[s:e]
            if k == 0 and (m := _BANK_ITEM.search(name)) is not None and m.end() == len(name) and ctx.is_start(s + m.start()):
                s = s + m.start()  # (以及|中信: the list's opening words)
            elif k == len(items) - 1 and (m := _BANK_ITEM.match(name)) is not None and ctx.is_end(s + m.end()):
                e = s + m.end()  # (光大|等银行)
            banks.append((s, e, text[s:e] in _JOINT_STOCK))
        if sum(bank or text[s:e] in _BANKS_BY_SHORT_NAME or text[s:e].endswith("银行") for s, e, bank in banks) >= 2:
            out += [Candidate(s, e, "Enterprise", "list.bank", 3, canonical=_JOINT_STOCK[text[s:e]]) for s, e, bank in banks if bank]
    return out
