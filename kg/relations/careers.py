"""Who holds a post as the person's own sentence says it: PERSON担任ORG POST, (ORG)POST由PERSON担任,
ORG聘任PERSON为POST, biographies (PERSON，男，1968年出生，现任ORG POST) and founders (PERSON于1995年创办ORG,
ORG由PERSON创办), PERSON加入ORG."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..posts import POSTS
from ..rescan import alternation
from ..types import Fact, Mention
from .clause import ORGS, Clause, fact, is_division, topic_fact
from .members import memberships, posts_in
from .names import government_name

_TAKES_POST = re.compile(r"^(?:(?:自|于|从)?(?:19|20)\d{2}年(?:\d{1,2}月)?(?:起|开始|以来)?|目前)?(?:曾|曾经|现|先后|后|历|正式)?"
                         r"(?:担任|出任|任|兼任|当选为|当选|被任命为|任命为|被聘为|受聘为|履新|调任)$")  # (自2015年起担任: since when)
_POST_TAIL = re.compile(
    r"(?:党委|党组|常务|执行|名誉|首席|副|总)*(?:" + alternation(POSTS) + r")$"
)


def member_by_verb(c: Clause) -> Iterable[Fact]:
    """PERSON担任ORG POST / (ORG)POST由PERSON担任 / ORG聘任PERSON为POST / biographies / founders."""
    ms = c.mentions
    for i, p in enumerate(ms):
        if p.type != "Person":
            continue
        nxt = ms[i + 1] if i + 1 < len(ms) and ms[i + 1].type in ORGS else None
        if nxt is not None:
            yield from _takes_post(c, p, nxt)
        elif i + 2 < len(ms) and ms[i + 1].type == "Place" and not is_division(ms[i + 1]) and ms[i + 2].type in ORGS and c.between(ms[i + 1], ms[i + 2]) == "":
            yield from _takes_post(c, p, ms[i + 2], via=ms[i + 1])  # 马云现担任[日本][软银]董事: the company written after its country
        elif i + 1 < len(ms) and is_division(ms[i + 1]):  # 王五曾任山东省济南市市长: the city's government
            k = i + 1
            while k + 1 < len(ms) and is_division(ms[k + 1]) and c.between(ms[k], ms[k + 1]) == "":
                k += 1
            yield from _takes_post(c, p, ms[k], gap=c.between(p, ms[i + 1]))
        if c.before(p, 1) == "由" and re.match(r"(?:担任|出任|兼任)", c.after(p, 2)):
            yield from _post_by(c, p, i)
        yield from _appointed(c, p, i)
        if i == 0 or all(x.type != "Person" for x in ms[:i]):
            yield from _biography(c, p, i)
            yield from _joins_later(c, p, i)
        yield from _founders(c, p, i, nxt)


# a later segment of the sentence saying when its subject joined (…，2019年加入小米集团，现任…)
_JOINED_LATER = re.compile(r"[，,](?:于|在)?(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:正式|又|再次)?(?:加入|入职|加盟)(?:了)?$")


def _joins_later(c: Clause, p: Mention, i: int) -> Iterator[Fact]:
    """[PERSON]…，2019年加入[ORG]: the person the sentence opens with joined the organisation a later segment names."""
    if c.loc(p.start) > 2:
        return
    for org in c.mentions[i + 1 :]:
        if org.type in ORGS and _JOINED_LATER.search(c.text, c.loc(p.end), c.loc(org.start)) is not None:
            m = _HOLDS_AFTER.match(c.text, c.loc(org.end))
            posts = posts_in(m.group(1)) if m else None
            yield fact(c, p, "memberOf", org, "rel.memberOf.joins", 0.75, post="、".join(posts) if posts else None)


def _takes_post(c: Clause, p: Mention, org: Mention, gap: str | None = None, via: Mention | None = None) -> Iterator[Fact]:
    """[PERSON]担任[ORG]POST / [PERSON]在[ORG]担任POST / [PERSON]于2010年加入[ORG]，任POST;
    `gap` is what stands between the person and the run of places that ends with org; `via`, a place written right
    before org (its country)."""
    if gap is not None:
        if _TAKES_POST.match(gap.strip()) or _BIO_GAP.fullmatch(gap) or _BIO_VERB.fullmatch(gap):  # (_BIO_VERB: 为, 是, 系 too)
            m = re.match(r"([\u4e00-\u9fff、]{1,12}?)(?=[，。；,、]|$|并|兼)", c.after(org, 14))
            posts = posts_in(m.group(1)) if m else None
            if posts and all(government_name(org.canonical or org.text, x) for x in posts):
                yield from memberships(c, p, org, posts, "rel.memberOf.takes-post", 0.8)
        return
    gap = c.between(p, via or org)
    if _TAKES_POST.match(gap.strip()):
        m = re.match(r"(?:的)?([\u4e00-\u9fff、]{1,20}?)(?:一职|职务)?(?=[，。；,、]|$|并|兼)", c.after(org, 22))
        posts = posts_in(m.group(1)) if m else None
        if posts:
            yield from memberships(c, p, org, posts, "rel.memberOf.takes-post", 0.8)
    if _IN_ORG.fullmatch(gap):
        m = _HOLDS_AFTER.match(c.text, c.loc(org.end))
        posts = posts_in(m.group(1)) if m else None
        if posts:
            yield from memberships(c, p, org, posts, "rel.memberOf.holds-in", 0.8)
    elif _JOINS.fullmatch(gap):
        m = _HOLDS_AFTER.match(c.text, c.loc(org.end))
        posts = posts_in(m.group(1)) if m else None
        yield fact(c, p, "memberOf", org, "rel.memberOf.joins", 0.75, post="、".join(posts) if posts else None)


def _appointed(c: Clause, p: Mention, i: int) -> Iterator[Fact]:
    """[ORG]聘请/任命[PERSON]为POST."""
    ms = c.mentions
    if i > 0 and ms[i - 1].type in ORGS and _APPOINTS.fullmatch(c.between(ms[i - 1], p)):
        m = re.match(r"(?:为|担任|出任)([\u4e00-\u9fffA-Za-z、]{1,24}?)(?:一职|职务)?(?=[，。；,;]|$|并|兼)", c.after(p, 26))
        posts = posts_in(m.group(1)) if m else None
        if posts:
            yield from memberships(c, p, ms[i - 1], posts, "rel.memberOf.appointed", 0.8)


_NEXT_POST = re.compile(r"[，,；;](?:现任|曾任|历任|后任|兼任|又任|调任|改任)")


def _biography(c: Clause, p: Mention, i: int) -> Iterator[Fact]:
    """[PERSON]，1972年出生，现任[ORG]董事长 / [PERSON]先生是[ORG]的创始人 / [PERSON]，[ORG]总裁，
    / [PERSON]委员是[ORG]主任、[ORG]院长 (each organisation of the list with its post)."""
    ms = c.mentions
    listed = -1  # where the posts of the last organisation held end (the next may follow after 、)
    out: list[Fact] = []
    for k, org in enumerate(ms[i + 1 :], i + 1):
        if org.type == "Person":
            break
        if org.type not in ORGS:
            continue
        gap = c.between(p, org)
        chained = listed >= 0 and c.text[listed : c.loc(org.start)] == "、"
        if not chained and ("。" in gap or "；" in gap or not (_BIO_VERB.search(gap) or gap in ("，", ",") or _BIO_GAP.fullmatch(gap))):
            continue
        limit = c.loc(ms[k + 1].start) if k + 1 < len(ms) else len(c.text)
        m = _POSTS_AFTER.match(c.text, c.loc(org.end), max(limit, c.loc(org.end)))
        posts = posts_in(m.group(1).rstrip("、")) if m else None
        if m and posts:
            out += memberships(c, p, org, posts, "rel.memberOf.subject-holds", 0.75)
            if k + 1 < len(ms) and ms[k + 1].type == "Person" and m.end(1) == limit:
                return  # 李强，中共中央政治局常委、国务院副总理丁薛祥: the titles of the next person
            listed = m.end(1) - 1 if m.group(1).endswith("、") else -1
            if listed < 0 and not _NEXT_POST.match(c.text, m.end(1)):
                break  # (曾任A副校长，现任B党委书记: the next clause names another post)
    yield from out


def _founders(c: Clause, p: Mention, i: int, nxt: Mention | None) -> Iterator[Fact]:
    """[ORG]由[A](、[B])于2000年创办 / [A]于1995年创办[ORG]."""
    ms = c.mentions
    if c.before(p, 1) == "由" and i > 0 and ms[i - 1].type in ORGS and c.loc(p.start) - 1 == c.loc(ms[i - 1].end):
        group = [p]
        k = i
        while k + 1 < len(ms) and ms[k + 1].type == "Person" and c.between(ms[k], ms[k + 1]) in ("、", "和", "与", "及"):
            k += 1
            group.append(ms[k])
        if _FOUNDED.match(c.text, c.loc(ms[k].end)):
            for x in group:
                yield fact(c, x, "memberOf", ms[i - 1], "rel.memberOf.founded-by", 0.75, post="创始人")
    if nxt is None and i + 2 < len(ms) and ms[i + 1].type == "Place" and ms[i + 2].type in ORGS:
        nxt = ms[i + 2]  # [A]于1998年在[广州]创立了[ORG]: where, then what was founded
    if nxt is not None and (hit := _FOUNDS.fullmatch(c.between(p, nxt))):
        yield fact(c, p, "memberOf", nxt, "rel.memberOf.founds", 0.75, post=hit.group(1) and "联合创始人" or "创始人")


_IN_ORG = re.compile(r"(?:目前|现|现在|曾|此前|已)?在")
_JOINS = re.compile(r"(?:于[^，。；]{1,12}?)?(?:正式|已|已经)?(?:加入|入职|就职于|任职于|供职于|加盟|效力于)(?:了)?")
_HOLDS_AFTER = re.compile(r"(?:[，,]\s*)?(?:担任|出任|任|兼任|任职)(?:了)?([\u4e00-\u9fffA-Za-z、]{1,24}?)(?:一职|职务)?(?=[，。；,;]|$|并|兼)")
_APPOINTS = re.compile(r"(?:正式|日前|近日|已|将|决定)?(?:聘请|聘任|任命|提名|委任|选举|推选|选聘)")
_BIO_VERB = re.compile(r"(?:^|[，,]|先生|女士|同志|委员|代表|院士|教授)(?:现任|现为|目前担任|目前任|现担任|曾任|历任|后任|先后任|担任|出任|兼任|任|系|是|为)$")
# the short items of a biography between a person and the post they hold (李明，男，汉族，1965年出生，
# 四川成都人，中共党员，研究生学历，现任…): sex, ethnic group, birth, home town, party, degree
_BIO_ITEM = (r"(?:男|女|[\u4e00-\u9fff]{1,4}族|(?:(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?)?(?:出生|生)于[^，,。；]{2,16}|(?:祖籍|籍贯)[^，,。；]{2,12}"
             r"|(?:19|20)\d{2}年(?:\d{1,2}月)?(?:生|出生|生人)?|[\u4e00-\u9fff]{2,8}人|中共党员|群众|[\u4e00-\u9fff]{0,4}(?:学历|学位)|博士|硕士|学士"
             r"|[\u4e00-\u9fff]{0,6}(?:工程师|经济师|会计师|研究员|教授)|毕业于[^，,。；]{2,20})")  # 教授级高级工程师, 毕业于南京大学
_BIO_GAP = re.compile(rf"[，,](?:{_BIO_ITEM}[，,])+(?:现任|现为|目前担任|目前任|现担任|曾任|历任|后任|先后任|担任|出任|兼任|任|系|是|为)?")
_POSTS_AFTER = re.compile(r"(?:的)?(?:一名|一位|一个)?([\u4e00-\u9fffA-Za-z、]{1,24}?)(?:一职|职务|之一)?(?=[，。；,;]|$|并|兼任)")
_FOUNDED = re.compile(r"(?:[^，。；]{0,16}?)(?:共同|联合|一手|先后)?(?:创立|创办|创建|创设|发起成立|发起设立|创始)")
_FOUNDS = re.compile(r"(?:先生|女士)?(?:于[^，。；]{1,12}?)?(?:在[^，。；]{1,12}?)?(?:一手|亲手|(共同|联合|参与))?(?:创办|创立|创建)(?:了)?")


def _post_by(c: Clause, p: Mention, i: int) -> Iterator[Fact]:
    """(ORG)(的)POST(一职)由PERSON担任."""
    head = c.text[: c.loc(p.start) - 1]
    head = re.sub(r"(?:一职|职务)$", "", head)
    m = _POST_TAIL.search(head)
    if not m:
        return
    post = m.group()
    orgs = [x for x in c.mentions[:i] if x.type in ORGS and c.loc(x.end) <= m.start()]
    org = orgs[-1] if orgs else None
    if org is not None and c.text[c.loc(org.end) : m.start()] in ("", "的"):
        yield from memberships(c, p, org, [post], "rel.memberOf.post-by", 0.8)
    elif org is not None:
        yield from memberships(c, p, org, [post], "rel.memberOf.post-by", 0.7)
    elif c.topic is not None:
        for f in memberships(c, p, c.topic, [post], "rel.memberOf.post-by", 0.65):
            yield topic_fact(c, c.topic, f)
