"""Transliterated names right after a role the news gives people (主教练[迪卡洛], 彩民[乔尔], 后腰[加尔加诺]) or a post
(总理[拉苏尔佐达]): a foreigner is named after an occupation, a place in a team or a post as a Chinese is (`kg.people.ROLES`,
`kg.posts.POSTS`), but no surname tells where the name starts, so the name is read as a run of transliteration characters."""
from __future__ import annotations

import re
from bisect import bisect_right
from operator import itemgetter

from ..people import _TRANSLIT, ROLES, acronym, foreign_name, transliterated
from ..posts import POSTS
from ..rescan import alternation
from ..words import is_common_word
from .base import Candidate, Resources, Scan
from .generic import GENERIC, frame_place

# places in a team and who plays or coaches there (前锋 of a football squad, 主帅 its manager), and roles the
# news gives people that `kg.people.ROLES` leaves out (彩民 a lottery buyer, 大款 a tycoon, 女婿 a son-in-law)
SPORTS_ROLES = tuple(
    "前锋 中锋 边锋 后卫 中卫 边卫 左卫 右卫 后腰 前腰 中场 门将 守门员 射手 球星 主帅 新帅 外援 大将 主力 替补 "
    "彩民 大款 女婿 培训师 分析师 上尉 中尉 少尉 上校 中校 少校".split()
)
# posts a foreigner holds that `kg.posts.POSTS` (the posts of China's bodies) leaves out: 参议员[亚罗约], 外长, 特使,
# 国务卿[奥尔布赖特], 总参谋长[马内]
FOREIGN_POSTS = ("议员", "参议员", "众议员", "外长", "特使", "候选人", "国务卿", "防长", "总参谋长", "参谋长", "司令", "总督")
_ROLE = re.compile(alternation((*ROLES, *SPORTS_ROLES, *POSTS, *FOREIGN_POSTS)))
_POSTS = frozenset((*POSTS, *FOREIGN_POSTS))
ROLE_WORDS = tuple(sorted({*ROLES, *SPORTS_ROLES, *_POSTS}))  # (a model name that starts inside a word ending so begins after it: 海军上[尉纳特])
_NAME_CLASS = "[" + re.escape("".join(sorted(_TRANSLIT))) + "]"  # a transliteration character, which a name after a role opens with
# gates of after_roles, each a necessary condition of the next: a role's last character right before a transliteration character
# (0.3 µs; 13 % of CLUENER's sentences), then a match of _ROLE right before one: at each offset the alternation's words are tried in
# _ROLE's order, so this finds one wherever a match of _ROLE.finditer is followed by one (1.5 µs; 3 % of the sentences, 20 % a role)
_ROLE_PAIR = re.compile("[" + re.escape("".join(sorted({w[-1] for w in (*ROLES, *SPORTS_ROLES, *_POSTS)}))) + "]" + _NAME_CLASS)
_ROLE_THEN_NAME = re.compile(f"(?:{_ROLE.pattern})(?={_NAME_CLASS})")
# a word this frequent in jieba's dictionary is the word, not a foreign name (交流 5027; as persons._FOREIGN_WORD_MIN_FREQ)
_WORD_MIN_FREQ = 300
_LONGEST = 8  # characters of a transliterated name without its dots (波格列布尼亚克: 7)
# what a player or a coach does and a club does not: be hurt, fit again, banned, back, in the side, retired, sacked
# (科尔本轮都能上阵, 斯库利和桑托斯两人停赛, 加德纳基本痊愈): the transliterated name before is a person, not a club
_PLAYER_DOES = re.compile(
    "(?:两人|二人)?(?:本轮|本场|此役|近期|目前|基本|已经|仍然|依然|继续|再次|能否|可以|可能|不能|无法|也|都|均|将|已|又|则|还|仍|能|会)*"
    "(?:伤愈|复出|停赛|禁赛|缺阵|上阵|首发|受伤|伤停|伤退|因伤|带伤|痊愈|挂靴|退役|执教|下课)"
    # and what only people are to each other, after a pair of names (路易斯和赫苏斯两兄弟, 夫妇)
    "|[两二]?(?:兄弟|姐妹|兄妹|姐弟|夫妇|夫妻|父子|父女|母子|母女)"
)


def player(text: str, s: int, e: int) -> bool:
    """text[s:e], a transliterated name, is followed by what a player or coach does (`_PLAYER_DOES`: 上阵, 停赛, 伤愈)
    or by what people are to each other (两兄弟, 夫妇), not a club: a person, whatever body the model typed it (`kg.recognize.model.tagged`)."""
    return _PLAYER_DOES.match(text, e) is not None and foreign_name(text[s:e])


def after_roles(res: Resources, scan: Scan, taken: set[int]) -> list[Candidate]:
    """A transliterated name right after a role or a post (`_ROLE`): the longest run of transliteration characters
    (parts joined by ·) that ends where a word ends, is no word of the language, no place and no name of
    the world list (球员[巴西]: a country).  Rule id `person.role-foreign`."""
    ctx, text = scan.ctx, scan.ctx.text
    if _ROLE_PAIR.search(text) is None or _ROLE_THEN_NAME.search(text) is None:
        return []  # (no role or post is followed by a transliteration character: the name's first is one)
    out = []
    for m in _ROLE.finditer(text):
        e = m.end()
        if e in taken or not ctx.is_start(m.start()) or not ctx.is_end(e) or not ctx.is_start(e):
            continue  # (教练员: the role is a longer word; 中场[休息]: a word after it)
        end = e
        while end < len(text) and (transliterated(text[end]) or text[end] in "·•" and end > e):
            end += 1
        while end > e and not ctx.is_end(end):
            end -= 1
        name = text[e:end].rstrip("·•")
        core = name.replace("·", "").replace("•", "")
        if not 2 <= len(core) <= _LONGEST or not foreign_name(name) or m.group() in _POSTS and len(core) <= 3 and (len(core) == 2 or name[0] in res.lex.surnames):
            continue  # after a post (the proposers' own rules name Chinese holders), a Chinese name may be all transliteration characters: 院士[谢华安]
        if text[e + len(name) : e + len(name) + 1] in (".", "．", "-", "－", "·", "•"):
            continue  # 导演[迈克].内维尔: the name goes on past a mark the run does not read
        if is_common_word(name, _WORD_MIN_FREQ) or name in res.world or res.lex.place(name) is not None or (t := ctx.token_at(e)) is not None and t.end == e + len(name) and t.pos in ("v", "d", "a", "m", "q", "f", "r", "p", "c", "t"):
            continue  # 球员[马上]: a word; 球员[巴西]: a country
        out.append(Candidate(e, e + len(name), "Person", "person.role-foreign", 3))
    return out


# more words the non-held CLUENER training sentences put right before a name written in Latin letters, every time
# (制作人 2 of 2, 编剧 2, 父亲 2, 高手 1, 总编 1, ID为 1; not 解说 or 玩家, verbs and a kind too: 解说Dota, 玩家DIY)
_LATIN_ROLES = ("制作人", "编剧", "高手", "总编", "父亲", "ID为")
_LATIN_ROLE_SET = frozenset((*ROLE_WORDS, *_LATIN_ROLES))
_LATIN_ROLE_LENGTHS = sorted({len(w) for w in _LATIN_ROLE_SET}, reverse=True)
_LATIN_ROLE_LAST = frozenset(w[-1] for w in _LATIN_ROLE_SET)
# a word in Latin letters (a handle: Moon, TH000, Na'Vi; no space: JohnMoore, not John Moore)
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_.'’-]*")
_LATIN_INSIDE = frozenset("0123456789_.'’-")  # (what a Latin word may hold after its first letter: no word starts after one)
# Latin words a role goes on with that name no one (制片人CEO, 主持人DJ)
_NOT_HANDLES = frozenset("CEO CFO COO CTO CIO VP DJ MV PK VS vs".split())
_LATIN = re.compile("[A-Za-z]")


# verbs of saying after a capitalised name in Latin letters (Simard证实, Gibeau认为, (由Valo提问)): the non-held CLUENER
# sentences label 11 of 11 such words a person (not CEO称); lower-case ones 6 of 10 (the rest bodies: visa解释称, api称)
_SAYS = ("说", "表示", "透露", "称", "认为", "介绍", "指出", "证实", "坦言", "告诉", "强调", "回忆", "解释", "承认", "提问")


def framed_latin_names(scan: Scan) -> list[Candidate]:
    """Names written in Latin letters where the frame calls for a person: right after a role or a post (`_LATIN_ROLE_SET`: a
    player's handle, a foreigner's name: 选手Moon, 队长ArtStyle, 设计师ronarad, 高手IdrA; the non-held CLUENER sentences label
    57 of 68 such words a person, the rest a handle with a nickname before it, 人皇Sky, or a word, 解说Dota; rule
    `person.role-latin`), and capitalised before a verb of saying (`_SAYS`, no body the lexicon knows; rule
    `person.latin-says`)."""
    text = scan.ctx.text
    if _LATIN.search(text) is None:
        return []  # (most texts: no Latin letter, no scan)
    out, said = [], []
    for m in _LATIN_NAME.finditer(text):  # (a run of Latin letters: the regex skips ahead to the first letter)
        s, e = m.span()
        if s > 0 and text[s - 1] in _LATIN_INSIDE or e - s > 20 or text[e : e + 2].startswith(" ") and text[e + 1 : e + 2].isascii() and text[e + 1 : e + 2].isalpha():
            continue  # (inside a longer token: 5G, a.b; a name of words apart: John Moore)
        if s > 0 and text[s - 1] in _LATIN_ROLE_LAST:
            k = next((k for k in _LATIN_ROLE_LENGTHS if k <= s and text[s - k : s] in _LATIN_ROLE_SET), 0)  # (the longest role ending there)
            name = m.group().rstrip(".-'’")
            if k and len(name) >= 2 and name not in _NOT_HANDLES and scan.ctx.is_start(s - k):
                out.append(Candidate(s, s + len(name), "Person", "person.role-latin", 3))
        if "A" <= text[s] <= "Z" and "." not in m.group() and e - s >= 2 and text.startswith(_SAYS, e) and m.group() not in _NOT_HANDLES and not acronym(m.group()):
            said.append((s, e))
    if said:
        bodies = {(a, b) for a, b, kind, _k in scan.hits if kind != "post"}
        out += [Candidate(s, e, "Person", "person.latin-says", 2) for s, e in said if (s, e) not in bodies]
    return out


_NR = frozenset({"nr", "nrfg", "nrt"})
# a foreign official after the post a foreign country or an international body gives them (巴林国王[哈马德]、,
# 老挝国家副主席[本通]、, 国际奥委会主席[考文垂]在广州…): the name runs to a list mark, or to a word that
# joins it to the rest of the sentence (任命内政部长[努里]为副总统, 行长[卡巴杰]时, 部长[瓦利]六日宣布: a link, a time;
# 总理[泽内]一行, 总统[呼日勒苏赫]率领的代表团: who travels with them)
_FOREIGN_NAME = re.compile(
    r"([\u4e00-\u9fff·]{2,6}?)(?=[、，。；）)：\d]|和|与|及|在|同|的|为|是|于|将|也|已|则|还|对|向|就|时|今天|昨天|今日|昨日|[一二三四五六七八九十]{1,3}日|宣布|分别|共同|出席|会见|会谈|举行|主持|致辞|致贺信|致信|致电|致函|表示|说|指出|强调|等|一行|率领|率|参观|访问|抵达|$)"
)


# a word this frequent in jieba's dictionary is the word, not a foreign name (交流 5027, 合作 13478)
_FOREIGN_WORD_MIN_FREQ = 300
# titles that foreign countries give and the post list (a list of Chinese posts) leaves out: 巴林国王[哈马德],
# 柬埔寨…大臣[翁赛维索]; and a head's wife or daughter named after the head's post (土耳其总统夫人[埃米奈], 总统女儿)
_FOREIGN_TITLES = re.compile("国王|女王|王储|亲王|苏丹|埃米尔|大臣|总督|夫人|女儿")
# characters no transliterated name holds: adverbs and particles
_NOT_IN_FOREIGN = frozenset("很最更都也还又就才把被将的了着过地")
_NOT_NAME_POS = frozenset({"v", "vn", "vd", "vi", "d", "p", "c", "r", "t", "m", "q", "f", "uj", "x"})


def foreign_after_posts(res: Resources, scan: Scan, taken: set[int]) -> list[Candidate]:
    """Names right after a post whose holder a foreign place or an international body (world.tsv)
    earlier in the same list item appoints (rule `person.post-foreign`)."""
    ctx, text = scan.ctx, scan.ctx.text
    if "post" not in map(itemgetter(2), scan.hits) and _FOREIGN_TITLES.search(text) is None:
        return []  # (no post and no title: no name after one; 86 % of CLUENER's sentences)
    # foreign: not the home country (花旗中国执行副行长[石安楠]: a Chinese name)
    foreign_ends = sorted(e for s, e, kind, key in scan.hits if kind in ("world", "intl") and not frame_place(key))
    if not foreign_ends:
        return []  # (no post below would find a foreign place before it)
    other = {s for s, _e, kind, _k in scan.hits if kind in ("post", "world", "intl", "place", "dept")}
    # the titles only where the segmenter reads them as words (not 国王 of 苏丹国王宫)
    titles = [(m.start(), m.end(), "post", m.group()) for m in _FOREIGN_TITLES.finditer(text) if ctx.is_start(m.start())]
    out = []
    for s, e, kind, _key in scan.hits + titles:
        if kind != "post" or e in taken or e in other or not ctx.is_end(e) or text[e : e + 1] in ("兼", "", "一", "们"):
            continue  # 副首相兼…大臣: another post follows; 秘书长[一一]: no name
        if (before := ctx.token_at(s - 1)) is not None and before.end == s and before.pos in _NR and before.text not in res.world:
            continue  # 习近平主席[主旨]演讲: the title after a name, no post before one
        item = max(text.rfind(m, 0, s) for m in "、，。；\n")
        k = bisect_right(foreign_ends, item)
        if k == len(foreign_ends) or foreign_ends[k] > s:
            continue  # no foreign place or body ends in the list item before the post (a lookup: long texts have thousands)
        m = _FOREIGN_NAME.match(text, e)
        first = ctx.token_at(e)
        if m is None or not ctx.is_end(m.end(1)) or first is None or first.pos in _NOT_NAME_POS and not all(transliterated(c) for c in m.group(1)):
            continue  # 日本首相[访华]: a verb after the post, not a name (but 总理[泽内/f], 总统女儿[扎/v赫拉]: transliterations the tags misread)
        if first.start == e and is_common_word(first.text, _FOREIGN_WORD_MIN_FREQ):
            continue  # 禁毒署署长在记者[招待会]上: a word of the language after the post, no name
        end = next((t.start for t in ctx.within(e, m.end(1)) if t.start > e and is_common_word(t.text, _FOREIGN_WORD_MIN_FREQ)), m.end(1))
        name = text[e:end]  # 总统奥巴马[最初]的: a word of the language ends the name
        if any(c in _NOT_IN_FOREIGN for c in name):
            continue  # 苏丹国王宫[很]美: an adverb or a particle inside, no name
        if len(name) < 2 or name in res.world or res.lex.place(name) is not None or any(w in name for w in GENERIC if len(w) >= 2):
            continue
        if is_common_word(name, _FOREIGN_WORD_MIN_FREQ):
            continue  # 德国专家[交流]: a word of the language after the post, no name
        out.append(Candidate(e, end, "Person", "person.post-foreign", 3))
    return out
