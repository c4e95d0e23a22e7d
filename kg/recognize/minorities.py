"""Names of China's minority nationalities, which have no surname for the rules of `persons` to open with and which the
model (trained on CLUENER and the 1998 People's Daily, where there are almost none) rarely proposes: Tibetan names made of
one to three given-name elements (副主席[次仁], 书记[尼玛次仁], [洛桑江村]出席), Mongolian ones (牧民[巴特尔], [斯琴高娃]说),
and Uyghur and Kazakh given names and patronymics, with or without the middle dot ([吾守尔·买买提]是…, 副主席[阿不都热依木]).

The elements are hand-typed (general knowledge of how the Chinese press writes these names; no published list could be
fetched here): Tibetan in its Lhasa forms (次仁, 多吉) and the Amdo forms of Qinghai, Gansu and Sichuan papers (才让, 多杰,
拉毛); Mongolian; Uyghur and Kazakh.  The elements are also parts of places and words (尼玛县, 罗布泊, 拉姆斯坦, 长江村,
中央金融, 集群培育, 瑞士洛桑, 乌兰察布), so a run of them is a name only in a frame a person's name stands in, and only
where it starts and ends at a word's edge and the text goes on as after a name (`kg.people._NAME_END`: 在, 说, 出席, a mark):
  * right after a post or a role (`_ROLES`): a single element will do (副主席[次仁]在拉萨), rule `person.minority-post`;
  * opening a clause, before a verb of saying, an official act or a home (`_ACTS`): two elements or more, or parts joined
    by a dot ([罗布次仁]夫妇俩, [吾守尔·买买提]是); and anywhere a word starts, before a home, a couple, a title or a form
    of address, or the nationality in brackets (`_HOME`: 到了[达瓦坚参]家里, [次仁]书记说, [白玛]（藏族）; one element only
    where the segmenter reads it as a word), rule `person.minority`.
The corpora hold none of these frames (scan of the non-held CLUENER and People's Daily sentences); the 1,200 news articles
name 罗布次仁 and 达瓦坚参."""
from __future__ import annotations

import re

from ..people import _NAME_END
from ..rescan import alternation
from ..types import EntityType, Mention
from .base import Candidate, Resources, Scan
from .context import Context
from .foreigners import ROLE_WORDS

TIBETAN = (
    "扎西 次仁 多吉 尼玛 洛桑 罗桑 格桑 白玛 索朗 索南 达瓦 普布 旺堆 丹增 旦增 平措 卓玛 卓嘎 央金 拉姆 德吉 曲珍 江村 顿珠 罗布 "
    "边巴 巴桑 次旦 强巴 益西 土登 贡嘎 嘉措 加措 坚参 坚赞 仁青 仁增 措姆 拉巴 米玛 巴珠 旺姆 琼达 桑珠 次珠 赤列 赤林 群培 "
    "阿旺 朗杰 南杰 德庆 泽仁 泽旺 扎巴 普琼 欧珠 拉珍 次央 白珍 多布杰 贡布 旺久 玉珍 巴丹 顿旦 "  # Lhasa forms
    "才让 才旦 更登 多杰 拉毛 东智 尖措 旦正 完玛 桑杰 更藏 卓措 周措 公保 扎西才让"  # Amdo forms
).split()
MONGOLIAN = (
    "巴特尔 其其格 其木格 那仁 格日勒 额尔敦 朝鲁 巴雅尔 苏和 宝音 图雅 斯琴 高娃 敖登 哈斯 乌力吉 布和 孟和 吉日嘎拉 阿拉坦 "
    "特木尔 巴图 那顺 毕力格 满都拉 萨仁 乌日娜 图门 额尔德尼 乌兰"
).split()
UYGHUR = (  # and Kazakh
    "阿不都 阿布都 阿卜杜 阿不都拉 热依木 热合曼 买买提 麦麦提 艾买提 吾守尔 吐尔逊 吐尔洪 艾力 阿力木 艾尔肯 古丽 娜尔 "
    "古丽娜尔 阿依古丽 努尔 努尔兰 依明 亚森 库尔班 肉孜 沙吾提 玉素甫 吾买尔 吐尼亚孜 雪克来提 扎克尔 帕提古丽 迪丽 "
    "哈力克 巴合提 别克 加娜尔 吾斯曼 阿迪力 艾合买提 米吉提 阿吉 托合提 塔依尔 伊力哈木 吐逊 吾拉木 卡德尔"
).split()
_ELEMENT = alternation((*TIBETAN, *MONGOLIAN, *UYGHUR))
# one to three elements, in up to three parts joined by a dot
_NAME = re.compile(f"(?:{_ELEMENT}){{1,3}}(?:[·•](?:{_ELEMENT}){{1,3}}){{0,2}}")
_DOTS = "·•"
_ONE = re.compile(_ELEMENT)
_RUN = re.compile(f"(?:{_ELEMENT}|[{_DOTS}])+")  # (elements and dots, the parts a name's end is looked for in)
_TWO_OR_MORE = re.compile(f"(?:{_ELEMENT}){{2,3}}")
# where a name may start (CLUENER's sentences: _NAME.finditer alone 5.6 µs a sentence, 144 ns a character of the news): a character
# elements open with before one that is second in an element, found by the regex engine's scan for a set of characters (~10-20
# ns a character; one offset in ~170 of the news), the only offsets _NAME is tried at
_PAIR = re.compile("[" + "".join(sorted({w[0] for w in (*TIBETAN, *MONGOLIAN, *UYGHUR)})) + "][" + "".join(sorted({w[1] for w in (*TIBETAN, *MONGOLIAN, *UYGHUR)})) + "]")
_AT_PAIR = re.compile(f"(?={_PAIR.pattern})")  # (every such offset, overlapping ones too)
# what opens a clause a name may open
_OPENERS = frozenset("，。；：、！？\n“”（）")
# the posts of the autonomous regions' divisions that the post list leaves out: the head of a league of Inner Mongolia
# (锡林郭勒盟盟长), of a banner and its deputy (副旗长), of a prefecture's administrative office (阿里地区行署专员), of a gacha
# (a village of Inner Mongolia: 嘎查长, 嘎查党支部书记 ends with 书记), a township's (苏木达)
_DIVISION_POSTS = ("副盟长", "副旗长", "专员", "副专员", "行署专员", "嘎查长", "苏木达")  # (盟长, 旗长: kg.posts, in ROLE_WORDS)
_ROLES = frozenset((*ROLE_WORDS, *_DIVISION_POSTS))
_ROLE_LENGTHS = sorted({len(w) for w in _ROLES}, reverse=True)
# what follows a name that only a person does or has: a verb of saying, an official act, a home, a family
_ACTS = re.compile(
    "说|表示|介绍|告诉|认为|指出|强调|回忆|出席|会见|主持|考察|调研|看望|慰问|讲话|致辞|带领|是|家(?:里|中|门口)?|夫妇|夫妻|一家|和家人"
)


# what a person's name is followed by wherever it stands: a home or a couple (到了[达瓦坚参]家里), a title or a form of address
# (次仁书记, 巴特尔同志), the nationality in brackets, as lists of deputies and officials give it (白玛（藏族）)
_HOME = re.compile(
    "家(?:里|中|门口)|夫妇|夫妻|一家|(?:书记|主席|副主席|州长|盟长|县长|旗长|主任|同志|老师|大叔|阿妈|阿爸|大姐)(?![\u4e00-\u9fff]{0,2}(?:会|局|厅|办|处|委))"
    "|[（(](?:藏|蒙古|维吾尔|哈萨克|柯尔克孜|塔吉克|乌孜别克|土|撒拉|裕固|门巴|珞巴|羌|彝)族"
)


def minority_people(res: Resources, scan: Scan, taken: set[int]) -> list[Candidate]:
    """Minority names in the frames of the module's doc: after a post or a role (`_ROLES`), opening a clause before what a
    person does (`_ACTS`), or before a home, a title or the nationality (`_HOME`)."""
    ctx, text = scan.ctx, scan.ctx.text
    out: list[Candidate] = []
    last = 0
    for p in _AT_PAIR.finditer(text):  # (what _NAME.finditer finds, without trying _NAME at every offset)
        s = p.start()
        if s < last or (m := _NAME.match(text, s)) is None:
            continue
        last = m.end()
        if s in taken:
            continue
        end = _name_end(ctx, text, s, m.end())
        if end is None:
            continue
        name = text[s:end]
        dotted = any(c in name for c in _DOTS)
        if _after_role(ctx, text, s):
            out.append(Candidate(s, end, "Person", "person.minority-post", 3))
        elif (s == 0 or text[s - 1] in _OPENERS) and (dotted or len(_parts(name)) >= 2 and _ACTS.match(text, end)) or (
                ctx.is_start(s) and (len(_parts(name)) >= 2 or ctx.is_start(end)) and _HOME.match(text, end)):
            out.append(Candidate(s, end, "Person", "person.minority", 3))  # (到了[达瓦坚参]家里: a home is a person's anywhere)
    return out


# a one-character word after a name that the segmenter glues to its last element (达瓦次|仁到)
_GLUED = frozenset("在到说是和与及等为对向将也还")


def _after_role(ctx: Context, text: str, s: int) -> bool:
    """A post or a role (`_ROLES`) ends right before s, at a word's edge: it starts a word, or s starts one (市委书记 is one
    word of the segmenter's)."""
    return any(text[s - k : s] in _ROLES and (ctx.is_start(s - k) or ctx.is_start(s)) for k in _ROLE_LENGTHS if k <= s)


def _parts(name: str) -> list[str]:
    """The elements `name` is made of, read greedily (for counting them)."""
    return _ONE.findall(name)


def _name_end(ctx: Context, text: str, s: int, e: int) -> int | None:
    """The longest end of a run of elements text[s:e] that ends a word and is followed as a name is (`_NAME_END`)."""
    for end in range(e, s + 1, -1):
        if text[end - 1] in _DOTS or not _RUN.fullmatch(text, s, end):
            continue
        if (_NAME_END.match(text, end) or _ACTS.match(text, end) or _HOME.match(text, end)) and (
                end == len(text) or text[end] in _DOTS or ctx.is_end(end) or text[end] in "，。、；：" or text[end] in _GLUED and ctx.is_end(end + 1)):
            return end
    return None


# what the model reads on into from a name it does not know: a role before it (牧民扎西多吉), a couple or a family after it
# (罗布次仁夫妇俩, 扎西多吉一家)
_FAMILY_AFTER = re.compile("(?:夫妇|夫妻|一家)(?:俩|二人|两人)?$")


def overread(doc_id: str, text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a model's place or organisation that is a role and a run of two elements or more, or such a run and a
    couple or a family ([牧民扎西多吉] read a place), replaced by the person (rule `person.minority`).  (The mentions are
    looked at, not the text: a page holds far fewer mentions than characters.)"""
    out = []
    for m in mentions:
        if m.rule == "crf" and m.type in (EntityType.PLACE, EntityType.ORGANIZATION) and not m.nested and _PAIR.search(m.text):
            a, b = m.start, m.end
            k = next((k for k in _ROLE_LENGTHS if text[a : a + k] in _ROLES), 0)
            f = _FAMILY_AFTER.search(text, a + k, b)
            a, b = a + k, f.start() if f else b
            if (k or f) and _TWO_OR_MORE.fullmatch(text, a, b):
                m = Mention(doc_id, a, b, text[a:b], EntityType.PERSON, "person.minority", text[a:b])
        out.append(m)
    return out
