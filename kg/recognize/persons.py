"""People: bylines, names after a post (董事长王传福), speakers (王芳说) and names before a title
(叶笃正院士); what a model span must look like to be a person."""
from __future__ import annotations

import re
from collections.abc import Callable

from .. import bylines
from ..edges import GLUED_HEADS
from ..people import acronym, char_and_follower, foreign_name, transliterated
from ..posts import HOLDING_VERBS, POSTS
from ..rescan import alternation
from ..words import common_words, is_common_word
from .base import _CJK, Candidate, Resources, Scan, proposer
from .context import Context
from .foreigners import after_roles, foreign_after_posts, framed_latin_names
from .generic import GENERIC
from .minorities import minority_people
from .notplaces import _AMOUNT_BEFORE, _CURRENCY

# titles written after a name (叶笃正院士, 周恩来总理, 克林顿总统)
TITLES_AFTER = frozenset(
    """同志 先生 女士 院士 教授 博士 总统 总理 副总理 首相 主席 副主席 大使 委员长 总书记 国务卿 议长 外长 部长 省长 市长
    县长 书记 董事长 总经理 总裁 厂长 院长 校长 局长 主任 老师 烈士 将军 大师""".split()
)
_SPEECH_AFTER = tuple("说表介指称认告强透坦感谈笑回解提")
# what an official does, written right after the name in a report (蔡奇出席, 王毅会见, 李强主持): a person
_OFFICIAL_ACTS = tuple("出席 会见 会谈 主持 考察 调研 视察 致辞 致信 致电 讲话 宣布 看望 慰问 签署 前往 来到 参观".split())
# who holds a post, opening the clause: 董明珠[现任]…董事长, 何享健[现任]…, 刘明[现]担任…
_HOLDER = re.compile(r"(?:^|(?<=[，。；：、\n]))([\u4e00-\u9fff]{2,3}?)(?=[现曾已]?(?:" + "|".join(HOLDING_VERBS) + "))")


def _holders(ctx: Context, surnames: frozenset[str]) -> list[Candidate]:
    """A name opening a clause before a verb of holding a post (`_HOLDER`), and a sentence opening with a name the dictionary
    knows, a comma, then the body and the post it holds (`_APPOSED`: 任正非，华为技术有限公司主要创始人兼总裁)."""
    text = ctx.text
    out = [Candidate(m.start(1), m.end(1), "Person", "person.actor", 2) for m in (_HOLDER.finditer(text) if "任" in text else ())
           if m.group(1)[0] in surnames and _namelike(ctx, m.start(1), m.end(1))]
    return out + [Candidate(m.start(1), m.end(1), "Person", "person.biography", 2) for m in (_APPOSED.finditer(text) if _APPOSED_GATE.search(text) else ())
                  if m.group(1)[0] in surnames and (tok := ctx.token_at(m.start(1))) is not None and (tok.start, tok.end) == m.span(1) and tok.pos in _NR]
_NR = frozenset({"nr", "nrfg", "nrt"})
_POINTERS = frozenset("某该其各每这那此本")  # pronouns, never a surname opening a name
_NAME_CLOSERS = frozenset("，、。；")  # 书记杨添[才]，: a given name's last character the segmenter read as an adverb
# the tags of the words of a predicate (严肃|查处): a model span made only of them is no name
_PREDICATE_POS = frozenset({"v", "vn", "vd", "a", "ad", "d"})
# a predicate of jieba's dictionary seen fewer times is no evidence against a name it tagged by mistake (莫奈/d 11, 提香/v 21,
# 达赖/v 209; 严肃/a 1,650 is a word): the threshold of `kg.words` for nouns and verbs (THING_MIN_FREQ)
_PREDICATE_MIN_FREQ = 300
_PERSON_CHARS = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}(?:[·•．][\u4e00-\u9fff]{1,10}){1,3}|[A-Za-z][A-Za-z .'-]{1,30})$")


# a verb or preposition that links a person to what follows, which jieba's HMM glues to the name before (and 犯 of
# a verdict: 谭志伟[犯]开设赌场罪)
_LINKS_AFTER_NAME = frozenset("为于是在向对给犯")


def glued_link(ctx: Context, s: int, e: int) -> bool:
    """text[s:e], a name of three or four characters, ends with a link the segmenter glued to it
    (周鸿祎[为]奇虎360公司董事长, 李希[在]广东会场, 曹德旺[于]1987年): four characters, or three before a name
    or a number (not 张有为说)."""
    if ctx.text[e - 1] in "现曾已" and ctx.text.startswith(("担任", "任", "出任", "兼任"), e):
        return True  # 马云[现]担任…, 李明[曾]任…: "now" or "once" before the verb of holding a post
    if ctx.text[e - 1] not in _LINKS_AFTER_NAME:
        return False
    if ctx.text[e - 1] == "于":
        return True  # 韩正[于]当地时间…: no given name ends with 于
    tok = ctx.token_at(e)
    return e - s == 4 or tok is not None and tok.start == e and (tok.pos in ("nt", "ns", "nz", "m", "eng") or tok.text[:1].isdigit())


# a surname and an honorific after a name (总监孙晶[孙女士]): the honorific's surname is no part of the name
HONORIFICS = ("女士", "先生", "小姐")
# how one is addressed after a surname (张女士, 王先生, 陈老师, 方总, 曹医生): the corpora label no such person (CLUENER none of
# its 19 X女士 and 74 …先生; People's Daily the surname alone), and the graph cannot tell who it is
ADDRESSED = frozenset("某 某某 女士 先生 小姐 老师 大师 师傅 总 老 教授 医生 律师".split())


# what a place or a sight is called by after its name (罗斯[小镇], 卡德奈特[峡谷], 托卡内夫[灯塔]): a transliterated name before
# one names the place, not a person
LANDMARKS = ("小镇", "古镇", "古城", "老城", "旧城", "峡谷", "灯塔", "公园", "瀑布", "海峡", "半岛", "海滩", "湖畔", "山脉", "河谷",
             "湿地", "草原", "沙漠", "雪山", "火山", "球场", "赛道", "码头", "港口", "大街", "景区", "拍卖行", "酒庄", "城堡", "教堂")


# adverbs the model reads on into a transliterated name (德尔维齐奥[共]打入6球, 卡鲁[均]因伤): no transliteration ends so
_ADVERBS_AFTER = frozenset("共均都也还又则已曾亦再就将")


def foreign_tail(text: str, s: int, e: int, is_start: Callable[[int], bool]) -> int:
    """Where a model's transliterated name ends without the adverb or the word of the language it read on into
    (德尔维齐奥[共], 卡鲁[背部]): `e` when it read on into none."""
    if e - s >= 4 and text[e - 1] in _ADVERBS_AFTER and not transliterated(text[e - 1]) and foreign_name(text[s : e - 1]):
        return e - 1
    if e - s >= 4 and is_start(e - 2) and is_common_word(text[e - 2 : e], _TAIL_WORD_MIN_FREQ) and all(transliterated(c) for c in text[s : e - 2]):
        return e - 2  # (every character a transliteration's: not 马拉松式[恋爱])
    return e


_TAIL_WORD_MIN_FREQ = 200  # (背部 800, 大腿 276, 头球 270: a word of the language, not a transliteration's last two characters)


def addressed(name: str, surnames: frozenset[str]) -> bool:
    """`name` is a surname and how one is addressed (张女士, 曹医生), no name."""
    return name[:1] in surnames and name[1:] in ADDRESSED
# verbs of saying that close a clause right after a name (局长张兴说。, 总裁杨科称，)
_SAID = frozenset("说称")


def said(name: str, after: str) -> bool:
    """A three-character `name` ends with a verb of saying and the clause ends after it (张兴说，):
    the verb is no part of the name."""
    return name[-1] in _SAID and not _CJK.match(after)


# a country's side in talks (巴方, 美方, 中方表示): no person
_SIDE = re.compile(r"[\u4e00-\u9fff]方")


@proposer("people")
def people(res: Resources, scan: Scan) -> list[Candidate]:
    """Bylines, names after a post, speakers and names before a title."""
    ctx, hits = scan.ctx, scan.hits
    out = [Candidate(s, e, "Person", "person.byline", 3) for s, e in bylines.spans(ctx.text, res.lex.surnames, res.lex.place)]
    text, surnames = ctx.text, res.lex.surnames
    posts = [h for h in hits if h[2] == "post"]  # (most sentences: none, and no loop below)
    post_start: dict[int, int] = {}  # where the longest post ending at each offset starts (总书记 for 书记)
    for a, b, _k, _ in posts:
        post_start[b] = min(a, post_start.get(b, a))
    foreign_ends = {e for _s, e, kind, _k in hits if kind in ("world", "intl")} if posts else set()  # (the countries and bodies a post may follow)
    for _s, e, _kind, key in posts:
        if key.endswith("大臣"):
            continue  # (大臣: a foreign government's title, its holder named by foreigners.foreign_after_posts)
        first = post_start[e]
        if (before := ctx.token_at(first - 1)) is not None and before.end == first and before.pos in _NR:
            continue  # 宣读习近平总书记[贺信]: the title after a name, no post before one
        j = e
        while j < len(text) and text[j] == " ":
            j += 1
        for n in (3, 2):
            name = text[j : j + n]
            if len(name) < n or not all(_CJK.match(c) for c in name):
                continue
            after = text[j + n : j + n + 1]
            if not (name[0] in surnames or name[:2] in surnames) or n == 3 and (
                name[-1] in "等们于及" or glued_link(ctx, j, j + n) or said(name, after) or text.startswith(HONORIFICS, j + n)
            ):
                continue  # 董事长[雷军]等6位, 书记[李希]在广东, 局长[张兴]说。: the list's close, a link or a verb of saying is no part of the name
            tok = ctx.token_at(j)
            glued = n == 3 and _glued_on(ctx, j, j + n)  # 副行长石安[楠则]强调
            if addressed(name, surnames) or not (glued or _namelike(ctx, j, j + n, after_post=True)) or n == 2 and name[0] == name[1] or (
                    char_and_follower(name) and ctx.is_start(j + 1)):
                continue  # 总书记[殷殷]嘱托: a doubled character is a word, no name; 代表[时|强调]: one character and what follows a name
            good_after = after == "" or not _CJK.match(after) or after in _SPEECH_AFTER or after in "等在和与及" or text.startswith(_OFFICIAL_ACTS, j + n)
            if first in foreign_ends and (nxt := ctx.token_at(j + n)) is not None and nxt.start == j + n and len(nxt.text) >= 2 and nxt.pos in _NR:
                break  # 蒙古国总统[呼日勒|苏赫]: a foreign name the segmenter read as two, left to foreign_after_posts
            if tok and tok.start == j and tok.end == j + n and tok.pos == "nr" or good_after and ctx.is_end(j + n) or glued:
                out.append(Candidate(j, j + n, "Person", "person.post", 3))
                break
    out += foreign_after_posts(res, scan, {c.start for c in out})
    out += after_roles(res, scan, {c.start for c in out})
    out += minority_people(res, scan, {c.start for c in out})
    out += _speakers_and_titled(res, scan)
    out += [Candidate(m.start(1), m.end(1), "Person", "person.biography", 3) for m in (_BIOGRAPHY.finditer(text) if _BIOGRAPHY_ITEMS.search(text) else ())
            if (m.group(1)[0] in surnames or m.group(1)[:2] in surnames) and ctx.is_start(m.start(1))]
    out += _holders(ctx, surnames)
    return out + _colon_speakers(res, scan) + _latin_people(scan) + framed_latin_names(scan)


def _speakers_and_titled(res: Resources, scan: Scan) -> list[Candidate]:
    """A name the segmenter tags before a verb of saying or an official act, and names before a title."""
    ctx, text, surnames = scan.ctx, scan.ctx.text, res.lex.surnames
    out = []
    for i, t in scan.tagged("nr", TITLES_AFTER):  # (the names and the titles, not every token)
        if t.pos == "nr" and 2 <= len(t.text) <= 3 and t.text[0] in surnames and t.end < len(text) and not _SIDE.fullmatch(t.text):
            if text[t.end] in _SPEECH_AFTER or text[t.end : t.end + 2] in ("董事", "教授", "书记"):
                out.append(Candidate(t.start, t.end, "Person", "person.speaker", 2))
            elif text.startswith(_OFFICIAL_ACTS, t.end) and (t.start == 0 or text[t.start - 1] in "，。；：、\n") and _namelike(ctx, t.start, t.end):
                out.append(Candidate(t.start, t.end, "Person", "person.actor", 2))  # 蔡奇出席…: a clause opened by who acted
        if t.text in TITLES_AFTER and i > 0:
            out.extend(_titled(res, ctx, i))
    return out


# who speaks, named before a colon that opens a paragraph or sentence (金石开：…, 姜山：…, an interview's or a
# column's turns): a surname and one or two characters that make no word, post or known name
_COLON_SPEAKER = re.compile(r"(?:^|(?<=[。\n！？；]))([\u4e00-\u9fff]{2,3})[：:](?=[^\s\d])")


def _colon_speakers(res: Resources, scan: Scan) -> list[Candidate]:
    """Speakers named before a colon at a paragraph's or sentence's start (`_COLON_SPEAKER`)."""
    ctx, out = scan.ctx, []
    if "：" not in ctx.text and ":" not in ctx.text:
        return []  # (most texts: no colon, no scan tried at every offset)
    named = {(s, e) for s, e, kind, _ in scan.hits if kind != "post"}
    for m in _COLON_SPEAKER.finditer(ctx.text):
        s, e = m.span(1)
        name = m.group(1)
        if not (name[0] in res.lex.surnames or name[:2] in res.lex.surnames) or name[1:] in res.lex.posts or name[1:] in ADDRESSED:
            continue  # 王主任：, 张女士：: how one is addressed, no name
        if any(a < e and s < b for a, b in named) or is_common_word(name, 1) or is_common_word(name[1:], _COLON_GIVEN_MIN_FREQ):
            continue  # 新华社：, 主持人：, 原作品：: a body, a role, a word after a surname's character
        if not ctx.is_start(s) or not _namelike(ctx, s, e):
            continue
        out.append(Candidate(s, e, "Person", "person.colon", 2))
    for m in _COLUMN_HEAD.finditer(ctx.text) if _COLUMN_KIND.search(ctx.text) else ():  # (a gate that skips ahead: few texts hold a column's heading)
        s, e = m.span(1)
        name = m.group(1)
        if (name[0] in res.lex.surnames or name[:2] in res.lex.surnames) and not is_common_word(name, _PREDICATE_MIN_FREQ) and not any(a < e and s < b for a, b in named):
            out.append(Candidate(s, e, "Person", "person.column", 2))
    return out


# a sports-lottery column's heading: its writer, the competition, the kind of column, a colon (姚不仙亚盘解析：…, 陆慧明必发火线：…,
# 安然联盟杯解盘：…); the kinds are those of the non-held CLUENER sentences' headings, whose writer they label 59 times in 76
# (the rest: 线路推荐：, 差异指数火线：, words, and writers left unlabelled: 宝哥临场：)
_COLUMN_KIND = re.compile("(?:解析|解读|推荐|点评|解盘|分析|搜索|临场|火线|早盘|澳盘)[：:]")
_COLUMN_HEAD = re.compile(
    r"(?:^|(?<=[。\n！？；]))([\u4e00-\u9fff]{2,3}?)(?=(?:周[六日]|体彩|足彩|胜负彩|联盟杯|欧冠|英超|西甲|意甲|德甲|法甲)?"
    r"(?:亚盘|盘路|火线|必发|早盘|临场|五要素|指数|冷门)?(?:解析|解读|推荐|点评|解盘|分析|搜索|临场|火线|早盘|澳盘)[：:])"
)


# English given names (hand-typed: the commonest of the US Social Security Administration's lists of the last
# decades, and short forms): a Latin name written in one word, a given name and a capitalised surname
# (JohnCarpenter, DustinBrowder, PeterWoodward), is a person's, whatever the model typed it
_GIVEN_NAMES = frozenset("""
    Aaron Adam Alan Albert Alex Alexander Alice Amanda Amy Andrew Andy Angela Ann Anna Anthony Arthur Ben Benjamin Bill
    Bob Brad Bradley Brandon Brendan Brian Bruce Carl Carlos Catherine Charles Charlie Chris Christian Christine Christopher
    Colin Craig Dan Daniel Danny Dave David Dennis Derek Diana Diego Donald Doug Douglas Dustin Ed Edward Emily Emma Eric Frank
    Fred Gary George Graham Greg Gregory Harald Harold Harry Helen Henry Ian Jack Jacob James Jamie Jane Jason Jay Jeff Jeffrey
    Jennifer Jeremy Jerry Jessica Jim Jimmy Joe John Johnny Jon Jonathan Jose Joseph Josh Joshua Juan Julia Justin Karen Keith
    Ken Kevin Kim Kyle Larry Laura Lee Linda Lisa Louis Luke Marc Maria Mark Martin Mary Matt Matthew Michael Michelle Mike
    Nancy Nathan Nick Nicholas Oliver Pat Patrick Paul Peter Phil Philip Rachel Ralph Randy Ray Richard Rick Rob Robert Rod
    Roger Ron Ronald Ross Roy Russell Ryan Sam Samuel Sarah Scott Sean Simon Stephen Steve Steven Susan Ted Thomas Tim Timothy
    Todd Tom Tony Tricia Victor Vin Walter Wayne Will William""".split())
_LATIN_NAME = re.compile(r"([A-Z][a-z]+)((?:Mc|Mac|O['’]|De|Van|Von)?[A-Z][a-z]{2,})")


def _latin_people(scan: Scan) -> list[Candidate]:
    """Latin words that are an English given name and a capitalised surname joined (JackLee, GrahamMcTavish)."""
    text, out = scan.ctx.text, []
    for m in _LATIN_NAME.finditer(text):
        s, e = m.span()
        if m.group(1) in _GIVEN_NAMES and not (s > 0 and text[s - 1].isascii() and text[s - 1].isalnum()) and not (e < len(text) and text[e].isascii() and text[e].isalnum()):
            out.append(Candidate(s, e, "Person", "person.latin", 2))
    return out


_COLON_GIVEN_MIN_FREQ = 5000  # (作品 9,248 in 原作品：; given names that are words are rarer: 建国 3,083)


# a biography opening with the person's name (张立新，1962年生，…; 李华，女，汉族，…): the name, then a comma and
# the items of a biography (sex, ethnic group, birth)
_BIOGRAPHY = re.compile(r"(?:^|(?<=[。\n！？；]))([\u4e00-\u9fff]{2,4})[，,](?=男[，,]|女[，,]|[\u4e00-\u9fff]{1,3}族[，,]|(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:生|出生))")
# its comma and items alone, a gate: a search that skips ahead to the commas (_BIOGRAPHY, opening with
# a look-behind, is tried at every offset)
_BIOGRAPHY_ITEMS = re.compile(r"[，,](?:男[，,]|女[，,]|[\u4e00-\u9fff]{1,3}族[，,]|(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:生|出生))")


# a sentence opening with a name (the dictionary's) and, after a comma, the body and post it holds: 任正非，华为技术有限公司主要创始人兼总裁
_APPOSED = re.compile(r"(?:^|(?<=[。\n！？；]))([\u4e00-\u9fff]{2,3})，(?=[^，。；！？]{2,30}?(?:" + alternation(POSTS) + "))")
# its opening alone, a gate that skips ahead (_APPOSED, opening with a look-behind, is tried at every offset)
_APPOSED_GATE = re.compile(r"^[\u4e00-\u9fff]{2,3}，|[。\n！？；][\u4e00-\u9fff]{2,3}，")


# titles of heads of state and government, written after a foreign name (普京总统, 马克龙总统)
_HEADS_OF_STATE = frozenset("总统 首相 总理 国王 女王 王储 主席 苏丹 埃米尔".split())
# what opens a title, not ends a name: 副主席, 常务副省长, 原主任, 前总统, 代市长
_TITLE_LEADS = frozenset("副原前代")
# the last character of a body whose head the title names (银监会主席, 党委书记, 教育局局长): no given name ends so
_BODY_LAST = frozenset("会委局部厅办署院所处司")


def _titled(res: Resources, ctx: Context, i: int) -> list[Candidate]:
    """The name before a title: 叶笃正院士, 贺龙同志, 克林顿总统."""
    prev = ctx.tokens[i - 1]
    if prev.pos in _NR and 2 <= len(prev.text) <= 6 and prev.text not in GENERIC:
        if prev.text in res.world or res.lex.place(prev.text) is not None:
            return []  # 哈萨克斯坦总统, 索马里总统: the country whose head is named next, not a name
        if prev.text in common_words() or len(prev.text) == 3 and is_common_word(prev.text[:2], _OPENING_WORD_MIN_FREQ):
            return []  # 小镇市长, 皮肤学教授: a word of the language (the segmenter called it a name)
        if len(prev.text) >= 3 and prev.text[-1] in _BODY_LAST:
            return []  # 银监会主席: the body the title heads (the segmenter called it a name)
        glued = len(prev.text) >= 3 and prev.text[0] in GLUED_HEADS and prev.text[0] not in res.lex.surnames
        # 孙晶[孙]女士: the full name, then the surname again with the honorific
        again = len(prev.text) == 3 and prev.text[0] == prev.text[2] and ctx.tokens[i].text in HONORIFICS
        # 张晓宏[向]总书记汇报: a preposition glued on after a three-character name
        trail = len(prev.text) == 4 and prev.text[-1] in _LINKS_AFTER_NAME and prev.text[:2] not in res.lex.surnames
        return [Candidate(prev.start + glued, prev.end - again - trail, "Person", "person.title", 2)]  # [对]哈莉玛总统: a preposition glued on
    if prev.pos == "nz" and 3 <= len(prev.text) <= 5 and prev.text[0] in "和与同及" and ctx.tokens[i].text in _HEADS_OF_STATE:
        rest = prev.text[1:]
        if rest not in res.world and res.lex.place(rest) is None:
            return [Candidate(prev.start + 1, prev.end, "Person", "person.title", 2)]  # 习近平主席[和][普京]总统
    s = ctx.tokens[i].start
    for n in (3, 2):
        name = ctx.text[s - n : s]
        if s - n < 0 or not all(_CJK.match(c) for c in name) or not ctx.is_start(s - n):
            continue
        if name[-1] in _TITLE_LEADS or n == 3 and name[-1] in "是在于等":
            continue  # 国家[副]主席, 常务[副]省长: the title starts before the name would end; 高帽[是]校长, 莫奈[等]大师
        if name in res.world or res.lex.place(name) is not None or name[-1] in "省市州县区" and ctx.tokens[i].text[0] == name[-1]:
            continue  # 南苏丹总统, 巴厘省省长: the place the title is of, no name
        if (name[0] in res.lex.surnames or name[:2] in res.lex.surnames) and _namelike(ctx, s - n, s):
            return [Candidate(s - n, s, "Person", "person.title", 2)]
    return []


# a given name that is one of the commonest dictionary words (jieba's frequency, non-name tag: 水平 13,880,
# 期间 14,656, 文化 34,860) is no given name: 高水平, 国期间, 亚文化; real given names that are words
# are rarer (胜利 8,904, 安全 9,921, 光明 1,219, 建平 528), which this threshold keeps
_GIVEN_WORD_MIN_FREQ = 10000


def _word_after_surname(name: str) -> bool:
    """A three-character span that is one character and a very common word (高|水平, 亚|文化)."""
    return len(name) == 3 and is_common_word(name[1:], _GIVEN_WORD_MIN_FREQ)


# the tags of times and numbers (周二, 三月): no surname and given character
_TIME_POS = frozenset({"t", "tg", "m", "mq"})
# a surname and a given character that make a word this frequent (计算 ~ 9,000, 毕业 5,988) are that word
_OPENING_WORD_MIN_FREQ = 1000


# adverbs and links the segmenter's HMM glues to a name's last character (石安[楠则]强调): the word it makes is no name's part
_GLUED_AFTER = frozenset("则就也在说称是将已又还都对向为")


def _glued_on(ctx: Context, start: int, end: int) -> bool:
    """A three-character name after a post whose last character the segmenter glued to the adverb or link after it
    (执行副行长石安[楠则]强调), told from a two-character name and a word (局长王刚[好在]) by its characters' odds."""
    from .namechars import likely_name

    tok, first = ctx.token_at(end - 1), ctx.token_at(start)
    return (tok is not None and tok.start == end - 1 and tok.end == end + 1 and ctx.text[end] in _GLUED_AFTER and not is_common_word(tok.text, 1)
            and first is not None and (first.start, first.end) == (start, end - 1) and not is_common_word(first.text, _OPENING_WORD_MIN_FREQ)
            and likely_name(ctx.text[start:end]))


def _namelike(ctx: Context, start: int, end: int, after_post: bool = False) -> bool:
    """A span reads as a personal name: it does not start with a common word (阳光, 智库),
    no word runs across its end, it holds no particle (都来了), and it is not one character and a
    very common word (国期间). After a post a three-character name may open with a surname the segmenter reads as a
    preposition (董事长[向]文波表示)."""
    if _word_after_surname(ctx.text[start:end]):
        return False
    for t in ctx.tokens[ctx._owner[start] : ctx._owner[end - 1] + 1]:
        if t.start == start and len(t.text) >= 2 and t.end <= end and t.pos not in _NR and (
            len(t.text) != end - start - 1 or t.pos in _TIME_POS or is_common_word(t.text, _OPENING_WORD_MIN_FREQ)
        ):
            return False  # 智库; 总理[周二]晚, 专家[计算]出: a time or a frequent word where the surname and a given character would be
        if t.start < end < t.end or t.start < start < t.end:
            return False
        if len(t.text) == 1 and t.pos in {"ul", "uj", "uz", "ug", "y", "p", "c", "d", "r"} and not (t.start == start and t.pos == "r" and t.text not in _POINTERS) and not (
                t.end == end and t.pos == "d" and ctx.text[end : end + 1] in _NAME_CLOSERS) and not (after_post and t.start == start and end - start == 3 and t.text in "向于和同从"):
            return False  # (副市长[任]华山: the segmenter's pronoun tag on a surname opening the name)
    return True


_TITLE_GLOSS = re.compile(r"》[（(]\s*$")


def person_like(ctx: Context, start: int, end: int) -> bool:
    """A model span reads as a personal name: CJK (2-4, or parts joined by ·) or Latin
    letters, not one place or common word (徐家汇, 智能化), not a name said twice
    (崔晓农崔晓农摄)."""
    name = ctx.text[start:end]
    if not _PERSON_CHARS.match(name) or name.endswith("摄") or acronym(name):
        return False  # (NBA, CGTN: an acronym, no one's name; LYN, YUMI read as words: a player's name)
    if name[0].isascii() and _TITLE_GLOSS.search(ctx.text[max(0, start - 4) : start]):
        return False  # 《朱诺》（[juno]）: a work's title in its own language, in brackets after the Chinese one
    if _CURRENCY.fullmatch(name) and _AMOUNT_BEFORE.search(ctx.text, max(0, start - 12), start):
        return False  # 提价3．91[卢比]: a currency after an amount (not 马克 the person)
    half = len(name) // 2
    if len(name) % 2 == 0 and name[:half] == name[half:] or _word_after_surname(name):
        return False
    tok = ctx.token_at(start)
    if tok is not None and tok.start == start and tok.end == end and tok.pos in ("v", "vn", "a", "ad", "d") and is_common_word(tok.text, _PREDICATE_MIN_FREQ):
        return False  # 严肃, 积极: a dictionary word of that tag (a word the segmenter made up, 差瓦立/v, has no reliable tag)
    if len(name) == 4 and all((w := common_words().get(part)) is not None and w[1] in _PREDICATE_POS for part in (name[:2], name[2:])):
        return False  # 严肃|查处, 积极|推进: two words of a predicate (the segmenter may call the whole a name)
    return True
