"""Person names: what a transliterated foreign name looks like; across one document,
a name cut short where it recurs completed; names right after a post that no proposer read.

The segmenter often splits an unknown three-character name after its second
character (王素/环说), and the model follows the split; elsewhere in the same
article the whole name is read (王素环回忆道).  A person name that is a strict
prefix of another person name of the document, at an occurrence where the text
goes on with the longer name, is that longer name.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Container

from .posts import POSTS
from .rescan import alternation
from .types import EntityType, Mention, replace
from .words import common_words, is_common_word

# a byline after a name is no part of it: 孟涛文/摄 is 孟涛, text and photo
_BYLINE = ("文/", "文／", "图/", "图／")

# transliterated names run longer than Chinese ones (希策尔斯佩格, 巴托洛梅-马克斯): taken when the model is sure;
# a middle initial in Latin letters between dots is part of one (詹姆斯·c·斯特拉斯, 约翰·Ｃ·雷利)
_FOREIGN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:[-－·•．](?:[\u4e00-\u9fff]{1,10}|[A-Za-zＡ-Ｚａ-ｚ](?=[-－·•．]))){0,3}$")
# characters of the standard transliteration of foreign names (Xinhua's table, and 路易 of Louis, 翰 of John, 伍 of Wood-,
# 廷 of -ton): most of a foreign name's
_TRANSLIT = frozenset(
    "阿埃艾安昂奥巴拜班邦贝本比彼毕宾波伯博布查达戴丹道德登邓迪蒂丁东杜多厄恩法范菲芬弗福夫盖甘冈戈格古哈海汉豪赫亨"
    "胡华霍基吉加贾杰金卡凯坎康考科克肯库奎拉莱赖兰朗劳勒雷里利连林琳卢鲁伦罗洛马迈麦曼芒梅门蒙米明莫姆穆纳奈南内尼宁"
    "努诺欧帕潘佩彭皮平珀普齐奇乔切琼萨塞赛桑瑟森沙莎舍申什施史斯松苏索塔泰坦汤唐特提图托瓦旺威韦维温沃乌西希锡谢辛"
    "休许雅亚扬耶伊因英尤于约泽扎詹兹佐尔娜丽娅妮蒂路易翰伍廷列夫"
)


def paired(text: str, s: int, e: int, surnames: Container[str]) -> list[tuple[int, int]]:
    """The names of a person span that holds two people joined by 同/与/和/跟 (王毅同拉夫罗夫: jieba
    glues 同 to the first; 马图扎伦和菲尔马尼, two transliterated names), as (start, end); and a transliterated name whose first character the
    segmenter glued to the join before it (同[曼]图罗夫) taken back: [(s, e)] when neither."""
    for k in (s + 2, s + 3):
        if k + 3 <= e and text[k] in _PAIR_JOINS and text[s] in surnames:
            return [(s, k), (k + 1, e)]
    for k in range(s + 2, e - 2):
        if text[k] in _PAIR_JOINS and foreign_name(text[s:k]) and foreign_name(text[k + 1 : e]):
            return [(s, k), (k + 1, e)]  # 马图扎伦[和]菲尔马尼: two transliterated names (no transliteration writes 和, 与, 同, 跟)
    if s >= 2 and text[s - 2] in _PAIR_JOINS and text[s - 1] in _TRANSLIT and foreign_name(text[s:e]) and foreign_name(text[s - 1 : e]):
        return [(s - 1, e)]
    return [(s, e)]


_PAIR_JOINS = frozenset("同与和跟")


def transliterated(c: str) -> bool:
    """A character of the standard transliteration of foreign names (`_TRANSLIT`)."""
    return c in _TRANSLIT


# the consonants English words open with before another consonant (GRUBBY, SKY): an all-capital word opening so reads as a word
_ONSETS = frozenset("BL BR CH CL CR DR FL FR GL GR KN PH PL PR SC SH SK SL SM SN SP ST SW TH TR TW WH WR".split())


def acronym(name: str) -> bool:
    """An all-capital Latin word that does not read as a word: an acronym (NBA, CGTN, CCM, BBC), not a player's or a host's
    name (LYN, YUMI, GRUBBY, INFI): two letters, or no vowel after the first letter (Y a vowel there), or two consonants
    opening it that no English word opens with."""
    if not (name.isascii() and name.isalpha() and name.isupper()):
        return False
    vowels = [c in "AEIOUY" for c in name[1:]]
    if len(name) < 3 or not any(vowels):
        return True
    if name[0] in "AEIOU":
        return len(name) < 4
    return not vowels[0] and name[:2] not in _ONSETS


def foreign_name(name: str) -> bool:
    """A transliterated name: mostly transliteration characters, not said twice (郝薇郝薇), no byline (摄)."""
    core = [c for c in name if "\u4e00" <= c <= "\u9fff"]
    if not _FOREIGN_NAME.match(name) or name.endswith("摄") or not core:
        return False
    half = len(name) // 2
    if len(name) % 2 == 0 and name[:half] == name[half:]:
        return False
    return sum(c in _TRANSLIT for c in core) >= 0.7 * len(core)


def complete_truncated_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions, with each person name that a longer person name of the same text
    continues at its occurrence replaced by that longer name (rule `person.completed`).
    Only when one longest name fits and the longer span overlaps no other mention."""
    mentions = _trim_overlong(text, [_without_byline(text, m) for m in mentions])
    names = sorted({m.text for m in mentions if m.type == "Person" and not m.nested}, key=len, reverse=True)
    if len(names) < 2:
        return mentions
    known, lengths = set(names), sorted({len(n) for n in names}, reverse=True)
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        if m.type == "Person" and not m.nested:
            longer = _completion(text, m, known, lengths)
            if longer is not None and not _overlaps(mentions, i, m.start, m.start + len(longer)):
                m = replace(m, end=m.start + len(longer), text=longer, rule="person.completed")
            elif (head := _head_completion(text, m, known, lengths)) is not None and not _overlaps(mentions, i, m.end - len(head), m.end):
                m = replace(m, start=m.end - len(head), text=head, rule="person.completed")  # 同[曼]图罗夫: a glued first character
        out.append(m)
    return out


def _trim_overlong(text: str, mentions: list[Mention]) -> list[Mention]:
    """A three-character person name whose first two characters are a person name of the same text
    and whose last character opens a dictionary word with the text after it (李强充|分肯定: 李强 and
    充分) is that two-character name: the model read one character on."""
    short = {m.text for m in mentions if m.type == "Person" and not m.nested and len(m.text) == 2}
    common = common_words() if short else set()
    out = []
    for m in mentions:
        if m.type == "Person" and not m.nested and len(m.text) == 3 and (
            m.text[:2] in short and text[m.end - 1 : m.end + 1] in common or _framed(text, m.end - 1)
        ):
            m = replace(m, end=m.end - 1, text=m.text[:2])
        out.append(m)
    return out


# a preposition that opens a manner or stance frame after a subject: 韩正以视频方式出席, 王宁以…身份,
# 李明就…答记者问, 张华对…表示; a given name's last character is almost never one of these
_FRAME_OPEN = re.compile(r"以[^，。；！？]{0,12}?(?:方式|形式|身份|名义)|就[^，。；！？]{1,20}?(?:答|回答|表示|发表|指出)|对[^，。；！？]{1,20}?(?:表示|进行)")


def _framed(text: str, i: int) -> bool:
    """Whether text[i] opens a preposition frame (以视频方式, 就…答记者问): then it is no part of a
    three-character name before it."""
    return bool(_FRAME_OPEN.match(text, i))


def _without_byline(text: str, m: Mention) -> Mention:
    """A three-character name that the post rule read (it takes three characters when it can)
    whose last character starts a byline (通讯员孟涛文/摄: text and photo by 孟涛) without it, and any four-character one
    (记者陈晓峰[文]/摄: four characters make a Chinese name only with a two-character surname);
    the model's own three-character names are left as read (梁丹文/摄 may be a photo by 梁丹文)."""
    if (m.rule == "person.post" and len(m.text) == 3 or len(m.text) == 4) and text.startswith(_BYLINE, m.end - 1):
        return replace(m, end=m.end - 1, text=m.text[:-1])
    return m


def _completion(text: str, m: Mention, names: set[str], lengths: list[int]) -> str | None:
    """The longest of `names` that continues m where it stands (looked up by length: one name
    of each length can stand there, and a long article has thousands of names)."""
    for n in lengths:  # longest first
        name = text[m.start : m.start + n]
        if n > len(m.text) and len(name) == n and name in names and name.startswith(m.text):
            if text.startswith(_BYLINE, m.start + len(name) - 1):
                continue  # the longer "name" took the byline's 文 (孟涛文/摄)
            return name
    return None


def _head_completion(text: str, m: Mention, names: set[str], lengths: list[int]) -> str | None:
    """The longest transliterated name of `names` that ends where m ends and starts before it (曼图罗夫 for
    图罗夫, whose first character the segmenter glued to the word before)."""
    for n in lengths:
        name = text[m.end - n : m.end] if m.end >= n else ""
        if n > len(m.text) and name in names and name.endswith(m.text) and foreign_name(name):
            return name
    return None


def _overlaps(mentions: list[Mention], i: int, start: int, end: int) -> bool:
    return any(j != i and not o.nested and o.start < end and start < o.end for j, o in enumerate(mentions))


# a personal name right after a post (董事长王传福出席 / 法定代表人为马化腾。) ends where one of these starts
_NAME_END = re.compile(
    r"$|[\s，,。；;：:、！!？?）)”’（(0-9]|(?:表示|介绍|说|指出|认为|强调|透露|称|坦言|告诉|出席|主持|会见|会晤|在|等|和|与|及|一行|先生|女士|"
    r"院士|教授|博士|同志|带领|带队|率|发表|宣布|致辞|调研|参加|回应|接受|就|对|向|也|还|则|已|曾|现|为|是|作|做|讲|提出|"
    r"分析|解读|答|参观|考察|视察|走访|赴|到|来|出任|担任|兼任|当选|签署|签约|获|荣获|被|将|正|宣读|谈|共同|分别|拜会|访问|"
    r"接待|看望|慰问|听取|检查|陪同|的|近日|日前|此前|于|从|以|联名|回忆|感慨|寄语|呼吁|建议|希望|要求|看来|发布|演讲|讲话|"
    r"会|在|面对|告|撰文|受邀|应邀|上任|卸任|辞去|退休|离任|因|涉嫌|接替|随后|同时|亲自|首先|还|进行|展示|亮相|登台|"
    r"昨日|昨天|今日|今天|前天|当天|上午|下午|晚上)"
)
# what people are called by in the news before their name that is no post they hold (no memberOf):
# occupations and roles (裁判雷东, 名将付家峻, 营业员胥慧霞, 画家齐白石)
ROLES = tuple(
    "选手 名将 老将 小将 裁判 球员 教练 主教练 运动员 队员 棋手 画家 作家 诗人 导演 演员 歌手 作曲家 艺术家 书法家 摄影师 "
    "设计师 建筑师 医生 护士 民警 刑警 警官 法官 检察官 检察员 老板 店主 厂主 司机 营业员 村民 农民 工人 市民 网友 学生 "
    "志愿者 企业家 创业者 学者 博士 硕士 青年 小伙 姑娘 教师 老师 科学家 工匠 居民 牧民 渔民 职工".split()
) + (  # and the words for people the training sentences (CLUENER's and People's Daily's, neither the held-out split nor the dev
    # part) put right before a named person twice or more, in half or more of their occurrences, that the lists above lack
    # (主帅 12 of 14, 实习生 6 of 7, 经济学家 4 of 6, 门将 3 of 4; not 事务所, 猎犬, 单打: no people; nor 原名, 中文名,
    # which name places and companies as well: 村原名李家坪)
    *"经济学家 实习生 主管 男主角 女主角 夫人 男友 特约记者 元老 泰斗 新秀 领队 国脚 主帅 后卫 中卫 门将 射手 "
    "参议员 外长 司令 军长 副司令员 总参谋长 二等兵".split(),
)
_BEFORE_NAME = re.compile(
    "(?:" + alternation((*POSTS, *ROLES)) + r")(?:为|是)?(?=[\u4e00-\u9fff]{2})"
)
# a surname and an honorific (陈女士, 王先生): how people are named whose name the paper withholds, no name
_HONORIFICS = ("女士", "先生", "小姐", "师傅", "老师", "同志")
_ONE_CHAR_END = frozenset("说称在等和与及率谈答讲赴到为是将也还则已曾对向就被、，。")
_NOT_NAME = re.compile(r"[的了是在和与及等兼由为对从向将已也又就被]|^(?:任|原|于|和|由|向|都|周[一二三四五六日末])")  # 总理[周二]晚


def char_and_follower(name: str) -> bool:
    """A three-character span that is one character and a word that follows names (时|强调, 时|出席): no name."""
    return len(name) == 3 and _NAME_END.fullmatch(name, 1) is not None


def _word_ends(words: list[str], n: int) -> bool:
    """Segmentation agrees that a name may end n characters in: a word ends there, or the word
    across it starts with the name (张三说 cut as one word)."""
    i = 0
    for w in words:
        if i + len(w) >= n:
            return i + len(w) == n or i == 0 or i == n - 1 and w in _GLUED_AFTER_NAME
        i += len(w)
    return True


# a given name's last character glued to the word after it (副主席韩|正在北京出席: 韩正, then 在)
_GLUED_AFTER_NAME = frozenset({"正在", "正是"})


def _post_ends(cut: Callable[[str], list[str]], text: str, start: int, end: int) -> bool:
    """Segmentation agrees that the post text[start:end] ends a word (not 非常[委员]会: 常委 inside 委员会)."""
    a = max(0, start - 4)
    at = 0
    for w in cut(text[a : end + 2]):
        at += len(w)
        if at >= end - a:
            return at == end - a
    return True


_NAME_CHARS = re.compile(r"^[\u4e00-\u9fffA-Za-z]+$")


# a three-character name opening with a word this frequent (毕业 5,988, 计划 19,799) or whose given name
# is one of the commonest words (表示 19,238) is those words; given names that are words are rarer
# (胜利 8,904, 和平 7,998: kept)
_OPENING_WORD_MIN_FREQ = 1000
_GIVEN_WORD_MIN_FREQ = 10000


def words_in_name(name: str) -> bool:
    """A three-character span after a post that reads as words: 毕业|后, 曾|表示."""
    return is_common_word(name[:2], _OPENING_WORD_MIN_FREQ) or is_common_word(name[1:], _GIVEN_WORD_MIN_FREQ)


def people_after_posts(doc_id: str, text: str, mentions: list[Mention], surnames: frozenset[str],
                       cut: Callable[[str], list[str]] | None = None, token: Callable[[int], tuple[int, str] | None] | None = None) -> list[Mention]:
    """`mentions` plus the personal names the proposers missed right after a post
    (中国科学院院长侯建国出席 / 法定代表人为马化腾): a surname, two or three characters, then a word
    boundary (表示, 出席, 、, …), or any word when the segmenter reads the three characters as one name
    (`token(start)`, the end and tag of the segmenter's word that starts there, an nr word: 刑警[李济舟]提醒, 市民[姜泉根]成为);
    not where that word is a verb inside the span (企业家[解|难题], 大学生[来|实习]).
    Rule id `person.after-post`."""
    if not surnames or not (hits := list(_BEFORE_NAME.finditer(text))):
        return mentions  # (one scan: a search before it found again what the loop below reads)
    top = [m for m in mentions if not m.nested]
    taken = bytearray(len(text) + 8)  # characters inside a mention
    people = bytearray(len(text) + 8)  # characters inside a person's mention
    for m in top:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
        if m.type == EntityType.PERSON:
            people[m.start : m.end] = b"\x01" * (m.end - m.start)
    extra = []
    for hit in hits:
        j = hit.end()
        if any(taken[j : j + 2]) or any(people[max(hit.start() - 1, 0) : hit.end()]):
            continue  # (习近平总书记[贺信]: a title after a name, no post before one)
        for n in (3, 2, 4):
            name = text[j : j + n]
            if len(name) < n or not _NAME_CHARS.match(name) or any("\u4e00" > ch for ch in name):
                continue
            if not (name[0] in surnames if n < 4 else name[:2] in surnames) or _NOT_NAME.search(name[1:]) or _NOT_NAME.match(name):
                continue
            word = token(j) if token is not None else None  # (end, tag) of the segmenter's word starting at j
            if not (_NAME_END.match(text, j + n) or n == 3 and word == (j + n, "nr")) or any(taken[j : j + n]):
                continue
            if word is not None and word[1] in ("v", "vn") and word[0] < j + n:
                continue  # 企业家[解|难题], 大学生[来|实习], 农民[丰收|节]: a verb opens the span, words of a clause
            if n == 3 and name.endswith(_HONORIFICS) or n == 2 and name[1] in "总董某":
                continue  # 营业员[陈女士], 副总经理[方总]: a surname and an honorific; 职工[王某]: a name withheld (王某某 is kept)
            if n == 3 and (b := _NAME_END.match(text, j + 2)) and (len(b.group()) >= 2 or b.group() in _ONE_CHAR_END):
                continue  # 张三说 / 雷军宣布: the third character starts the next word
            if n == 3 and char_and_follower(name):
                continue  # 工商界代表[时|强调]: one character and what follows a name, no name
            if cut is not None and not (_word_ends(cut(text[j : j + n + 6]), n) and _post_ends(cut, text, hit.start(), j)):
                continue  # 负责人解读工会经费: 解读|工会, no name ends at 工; 非常[委员]会: no post ends at 委
            if name in common_words() or n == 3 and words_in_name(name):
                continue  # 总书记强调, 学生信用卡, 学生毕业后, 博士曾表示: words of the language (jieba's, not a name's tag), no name
            extra.append(Mention(doc_id, j, j + n, name, EntityType.PERSON, "person.after-post", name))
            taken[j : j + n] = b"\x01" * n
            break
    return sorted(mentions + extra, key=lambda m: (m.start, -m.end)) if extra else mentions


# who is visited at home, named before 家 (总书记走进村民[杜洪刚]家, 居民[李敬和]家中看望): residents, not posts, and the
# name runs to 家, whatever the segmenter glued (杜洪|刚家, 李敬|和, 王宝维家/nr); 家 then ends a word (not 和家人: 王柏和家人 is
# 王柏 and his family)
_HOME = re.compile(
    "(?:村民|居民|农民|牧民|渔民|农户|脱贫户|困难户|低保户|养殖户|种植户|老党员|老兵|职工|群众|乡亲)"
    "([\u4e00-\u9fff]{2,3}?)家(?=[，。、；：！？中里的门院小\n]|看望|慰问|做客|作客|$)"
)


def people_at_home(doc_id: str, text: str, mentions: list[Mention], surnames: frozenset[str]) -> list[Mention]:
    """`mentions` with the resident whose home is visited (`_HOME`: 村民[杜洪刚]家) a person, in place of the person
    mentions it overlaps (李敬 of 李敬|和家, 王宝维家): a surname and one or two characters, no word of the language.
    Not where another kind of mention overlaps it.  Rule id `person.home`."""
    if "家" not in text:
        return mentions
    out = mentions
    for m in _HOME.finditer(text):
        a, b = m.span(1)
        name = m.group(1)
        if name[0] not in surnames or name in common_words() or name[1:] in common_words():
            continue
        over = [x for x in out if not x.nested and x.start < b and a < x.end]
        if any(x.type != EntityType.PERSON for x in over) or any((x.start, x.end) == (a, b) for x in over):
            continue
        out = [x for x in out if x not in over] + [Mention(doc_id, a, b, name, EntityType.PERSON, "person.home", name)]
    return out if out is mentions else sorted(out, key=lambda x: (x.start, -x.end))


# what may stand right before a name that opens a clause or follows a mark
_OPENERS = frozenset("，,。；;：:、！!？?\n“”‘’（）() ")


def people_repeated(doc_id: str, text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` plus each recurrence of a person's name as a word of its own where no mention is: after a
    mark or at a line's start, before a word boundary (韩正表示 on a line of its own, which the model alone did
    not read once the post had named him). Rule id `person.repeated`."""
    names = {m.text for m in mentions if m.type == EntityType.PERSON and not m.nested and 2 <= len(m.text) <= 4}
    if not names:
        return mentions
    taken = bytearray(len(text) + 1)
    for m in mentions:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    extra = []
    for name in names:
        k = text.find(name)
        while k >= 0:
            e = k + len(name)
            if not any(taken[k:e]) and (k == 0 or text[k - 1] in _OPENERS) and _NAME_END.match(text, e):
                extra.append(Mention(doc_id, k, e, name, EntityType.PERSON, "person.repeated", name))
                taken[k:e] = b"\x01" * len(name)
            k = text.find(name, e)
    return sorted(mentions + extra, key=lambda m: (m.start, -m.end)) if extra else mentions


# trophies named after a person (general knowledge of the sports: the Thomas and Uber Cups after Sir George Thomas and Betty
# Uber, badminton; the Sudirman Cup after Dick Sudirman; the Davis Cup after Dwight Davis; the Swaythling and Corbillon Cups of
# table tennis after Lady Swaythling and Marcel Corbillon; the Hopman Cup after Harry Hopman; the Ryder Cup after Samuel Ryder):
# People's Daily labels the person in the trophy's name (its non-held sentences: 汤 of 汤杯 5 of 5, 尤伯 of 尤伯杯 3 of 3, 尤 of
# 汤尤杯 1 of 1; CLUENER names none of them). A mention `kg ner` lists, no graph node (the trophy is what the text is about)
_TROPHIES = re.compile("(汤姆斯|汤|尤伯|苏迪曼|戴维斯|斯韦思林|考比伦|霍普曼|莱德)杯|(汤)(尤)杯")


def trophy_namesakes(doc_id: str, text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the person a trophy is named after (`_TROPHIES`: [汤]杯, [尤伯]杯, [汤][尤]杯) a person, in place of the
    mentions inside the trophy's name (the model's 尤伯杯 organisation; not where a longer name holds it, an event's); 汤 alone
    only in a text about a match (赛, 队: not a soup's cup). Rule id `person.trophy`, generic (no graph node)."""
    if "杯" not in text:
        return mentions
    out = mentions
    for m in _TROPHIES.finditer(text):
        names = [(m.start(g), m.end(g)) for g in (1, 2, 3) if m.group(g)]
        if text[names[0][0]] == "汤" and len(m.group()) <= 3 and not ("赛" in text or "队" in text):
            continue
        over = [x for x in out if not x.nested and x.start < m.end() and m.start() < x.end]
        if any(x.start < m.start() or x.end > m.end() for x in over):
            continue  # 2023年苏迪曼杯世界羽毛球混合团体锦标赛: an event named after the trophy, left whole
        out = [x for x in out if x not in over]
        out += [Mention(doc_id, a, b, text[a:b], EntityType.PERSON, "person.trophy", text[a:b], generic=True) for a, b in names]
    return out if out is mentions else sorted(out, key=lambda x: (x.start, -x.end))
