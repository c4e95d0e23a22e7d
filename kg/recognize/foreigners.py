"""Transliterated names right after a role the news gives people (主教练[迪卡洛], 彩民[乔尔], 后腰[加尔加诺]) or a post
(总理[拉苏尔佐达]): a foreigner is named after an occupation, a place in a team or a post as a Chinese is (`kg.people.ROLES`,
`kg.posts.POSTS`), but no surname tells where the name starts, so the name is read as a run of transliteration characters."""
from __future__ import annotations

import re

from ..people import ROLES, foreign_name, transliterated
from ..posts import POSTS
from ..rescan import alternation
from ..words import is_common_word
from .base import Candidate, Resources, Scan

# places in a team and who plays or coaches there (前锋 of a football squad, 主帅 its manager), and roles the
# news gives people that `kg.people.ROLES` leaves out (彩民 a lottery buyer, 大款 a tycoon, 女婿 a son-in-law)
SPORTS_ROLES = tuple(
    "前锋 中锋 边锋 后卫 中卫 边卫 左卫 右卫 后腰 前腰 中场 门将 守门员 射手 球星 主帅 新帅 外援 大将 主力 替补 "
    "彩民 大款 女婿 培训师 分析师 上尉 中尉 少尉 上校 中校 少校".split()
)
# posts a foreigner holds that `kg.posts.POSTS` (the posts of China's bodies) leaves out: 参议员[亚罗约], 外长, 特使
FOREIGN_POSTS = ("议员", "参议员", "众议员", "外长", "特使", "候选人")
_ROLE = re.compile(alternation((*ROLES, *SPORTS_ROLES, *POSTS, *FOREIGN_POSTS)))
_POSTS = frozenset((*POSTS, *FOREIGN_POSTS))
_ROLE_LAST = frozenset(w[-1] for w in (*ROLES, *SPORTS_ROLES, *_POSTS))  # (a text without any: no scan)
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
    if _ROLE_LAST.isdisjoint(text):
        return []
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

