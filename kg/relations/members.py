"""Who holds which post where: memberOf rules (W3C ORG memberships in the graph).

省工信厅副厅长、新闻发言人刘勇 / 山西省青商会会长、黄河山西实业有限公司董事长穆映江 /
据X中心刘耀华介绍 / 来自X大学的Y / 王玉庆担任山西大学校长 / 校长由林彪担任 / 副省长汤志平.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..locales import COMMITTEE, party_committee
from ..posts import POSTS
from ..types import EntityType, Fact, Mention
from .clause import ORGS, Clause, fact, is_division, key_fact, segment_start, topic_fact
from .names import government_name

_ORG_START = re.compile(r"^(?:省|市|县|区|州|中共|全国|国家|中国|中央)")
# a post may name the unit inside the organisation (第八检察部主任, 研发部部长) and the body within it
# (党组书记, 董事会秘书); a unit ending like an organisation of its own (…联, …协会) is another organisation
_POST_CORE = re.compile(
    r"(?:党委|党组|党工委|纪委|团委|工会|董事会|董事局|监事会|理事会|常委会|常务|执行|名誉|专职|首席|退休|原|前|副|总"
    r"|轮值|联席|联合|高级|资深|首任|现任|代理|独立|非执行|荣誉|终身|驻会)*(?:"
    + "|".join(sorted(map(re.escape, POSTS), key=len, reverse=True))
    + r")$"
)
_POST_AFTER = re.compile(
    r"((?:常务)?副?(?:"
    + "|".join(sorted(map(re.escape, POSTS), key=len, reverse=True))
    + r"))(?=介绍|表示|说|称|指出|认为|告诉|透露|坦言|强调|[，,：:])"
)
_ORG_TAIL = ("联", "会", "公司", "集团", "厅", "局", "委", "体", "社", "银行", "大学", "署", "政府")
_CLAUSE_CHARS = re.compile(r"[为在对向的了把被给让使将从与和及等是]")
_NAME_CHARS = re.compile(r"^[\u4e00-\u9fffA-Za-z]+$")
_GOV_POST = {"省长": "province", "副省长": "province", "市长": "city", "副市长": "city", "县长": "county", "副县长": "county",
             "区长": "county", "副区长": "county", "州长": "city", "副州长": "city", "旗长": "county", "副旗长": "county"}


def _posts(text: str) -> list[str] | None:
    """'副厅长、新闻发言人' -> ['副厅长', '新闻发言人']; None when a part is not a post.  A part that names
    another organisation (省工商联党组书记, 某某协会会长) ends the list: it belongs to a name not recognised."""
    text = text.replace(" ", "").removeprefix("的")
    if not text or len(text) > 28:
        return None
    out: list[str] = []
    for whole in text.split("、"):
        parts = re.split(r"兼任|兼", whole)  # 董事局主席兼首席执行官: two posts, kept as written
        for part in parts:
            if not part or len(part) > 14 or not _NAME_CHARS.match(part):
                return None
            core = _POST_CORE.search(part)
            if core is None:
                return None
            unit = part[: core.start()]
            if _CLAUSE_CHARS.search(unit):
                return None  # 工作人员认真为企业负责人: a clause, not a post
            if unit and (_ORG_START.match(unit) or unit.endswith(_ORG_TAIL)):
                return out or None  # another organisation's post
        out.append(whole)
    return out or None


def member_of(c: Clause) -> Iterable[Fact]:
    """ORG + post(s) + PERSON, chained (A会长、B董事长穆映江), officer lists, and PERSON（ORG POST）."""
    found: dict[int, Mention] = {}  # person index -> the organisation of its post
    for i, p in enumerate(c.mentions):
        if p.type != "Person":
            continue
        yield from _titles_before(c, i, found)
        yield from _officer_list(c, i, found)
        yield from _relative_post(c, i, found)
        yield from _subject_post_is(c, i, found)
        yield from _org_then_name(c, i)
        yield from _name_then_paren(c, i)
        yield from _government_post(c, p, i)  # 副省长汤志平: a government post with no organisation named


def _titles_before(c: Clause, i: int, found: dict[int, Mention]) -> Iterator[Fact]:
    """Backwards from a person: [ORG][posts][PERSON], [ORG][posts、][ORG][posts][PERSON] …, [ORG]法定代表人为[PERSON]."""
    ms, p = c.mentions, c.mentions[i]
    right, j, first = p, i - 1, True
    while j >= 0 and ms[j].type in ORGS | {"Place"}:
        org = ms[j]
        gap = c.between(org, right)
        if first and gap == "" and (cut := _split_post(c, org)) is not None:
            org, gap = cut  # [湖南大学党委书记][邓卫]: a post the recogniser read into the name
        if not first:
            if not gap.endswith("、"):
                break
            gap = gap[:-1]
        elif gap.endswith(("为", "是")):
            gap = gap[:-1]
        name = org.canonical or org.text
        if gap.startswith("长") and name.endswith(("部", "局", "厅", "署")) and org.text.endswith(name[-1]) and _titled(c, j):
            gap = name[-1] + gap  # 外交部长王毅: 部长 said with the body's last character
        posts = _posts(gap)
        if not posts:
            break
        if first and org.type in ORGS:
            found[i] = org
        yield from _memberships(c, p, org, posts, "rel.memberOf.org-post-name", 0.85)
        right, j, first = org, j - 1, False


def _titled(c: Clause, j: int) -> bool:
    """The organisation at j opens a title: at the start of its segment, or after other posts
    (中共中央政治局委员、外交部长X, 国务委员、公安部长X), not after 从 or 兼, nor in a foreign country's titles."""
    ms, org = c.mentions, c.mentions[j]
    if segment_start(c.text, c.loc(org.start)) == c.loc(org.start):
        return True
    if c.before(org, 1) != "、":
        return False
    seg = segment_start(c.text, c.loc(org.start))
    if re.search(r"总统|首相|国王|王储|苏丹", c.text[seg : c.loc(org.start)]):
        return False  # 安哥拉总统代表、外交部长X: a foreign country's minister
    # not 以色列候任总理、外交部长X
    return not any(m.type == "Place" and not is_division(m) and seg <= c.loc(m.start) for m in ms[:j])


def _officer_list(c: Clause, i: int, found: dict[int, Mention]) -> Iterator[Fact]:
    """[ORG]董事长[A]、总经理[B]: B holds a post in A's organisation."""
    ms, p = c.mentions, c.mentions[i]
    if i > 0 and ms[i - 1].type == "Person" and (i - 1) in found and i not in found:
        gap = c.between(ms[i - 1], p)
        posts = _posts(gap[1:]) if gap[:1] in ("、", "和", "与", "及", "，") and not gap[1:].startswith(_TENSE_CHANGES) else None
        if posts:
            found[i] = found[i - 1]
            yield from _memberships(c, p, found[i], posts, "rel.memberOf.officer-list", 0.8)


# 原校长、原省人大副主任A，[现任]校党委书记B: a change of tense starts another list, whose posts belong elsewhere
_TENSE_CHANGES = ("现任", "时任", "曾任", "原任", "前任", "新任", "现", "原")
# a post said with one character for the body named before it (校党委书记, 校长 of a university; 院长 of an academy):
# the character, then what the named body's name ends with
_SAME_BODY = {"校": ("大学", "学院", "学校", "中学", "小学", "党校"), "院": ("学院", "研究院", "科学院", "医院", "法院", "设计院")}


def _relative_post(c: Clause, i: int, found: dict[int, Mention]) -> Iterator[Fact]:
    """…大学…，现任校党委书记[A]: a post said with the body's one character (校, 院) is in the nearest
    body named before it whose name ends so (the university, not the congress named between)."""
    ms, p = c.mentions, c.mentions[i]
    if i in found:
        return
    seg = c.text[segment_start(c.text, c.loc(p.start)) : c.loc(p.start)]
    m = re.search(r"(?:^|[，、])(?:现任|时任|新任|原)?([校院])([\u4e00-\u9fff]{1,8})$", seg)
    if m is None or not (posts := _posts(m.group(2) if m.group(2) != "长" else m.group(1) + "长")):
        return
    body = next((o for o in reversed(ms[:i]) if o.type in ORGS and (o.canonical or o.text).endswith(_SAME_BODY[m.group(1)])), None)
    if body is not None:
        found[i] = body
        yield from _memberships(c, p, body, posts, "rel.memberOf.relative-post", 0.75)


def _subject_post_is(c: Clause, i: int, found: dict[int, Mention]) -> Iterator[Fact]:
    """…，董事长为[PERSON]: a post of the organisation the sentence is about."""
    p = c.mentions[i]
    if i in found:
        return
    subj = _subject_org(c)
    seg = c.text[segment_start(c.text, c.loc(p.start)) : c.loc(p.start)]
    if subj is not None and seg.endswith(("为", "是")) and subj.end <= p.start and c.loc(subj.end) < c.loc(p.start) - len(seg):
        posts = _posts(seg[:-1])
        if posts:
            found[i] = subj
            yield from _memberships(c, p, subj, posts, "rel.memberOf.subject-post-is", 0.7)


def _org_then_name(c: Clause, i: int) -> Iterator[Fact]:
    """据[ORG][PERSON]介绍 / 来自[ORG]的[PERSON] (a member, post not stated), [ORG](研发部)[PERSON]部长介绍."""
    ms, p = c.mentions, c.mentions[i]
    if i == 0 or ms[i - 1].type not in ORGS:
        return
    org = ms[i - 1]
    gap = c.between(org, p)
    if not posts_found(c, org, p) and ((gap == "" and _SPEAKS.match(c.text, c.loc(p.end))) or (gap == "的" and c.before(org, 2) == "来自")):
        yield fact(c, p, "memberOf", org, "rel.memberOf.org-name", 0.7)
    m = _POST_AFTER.match(c.text, c.loc(p.end))
    if m and (gap == "" or _UNIT.fullmatch(gap)):
        yield fact(c, p, "memberOf", org, "rel.memberOf.org-name-post", 0.75, post=gap + m.group(1))


def _name_then_paren(c: Clause, i: int) -> Iterator[Fact]:
    """PERSON（ORG POST）."""
    ms, p = c.mentions, c.mentions[i]
    if i + 1 < len(ms) and ms[i + 1].type in ORGS and c.between(p, ms[i + 1]) in ("（", "("):
        m = re.match(r"([^（）()]{1,16})[）)]", c.after(ms[i + 1], 18))
        posts = _posts(m.group(1)) if m else None
        if posts:
            yield from _memberships(c, p, ms[i + 1], posts, "rel.memberOf.name-paren", 0.8)


_UNIT = re.compile(r"[\u4e00-\u9fff]{1,8}(?:部|处|科|室|中心|办|所|车间|事业部)")


_OWNER_TAIL = ("大学", "学院", "医院", "研究院", "研究所", "科学院", "公司", "集团", "银行", "协会", "学会", "商会", "基金会")


def _split_post(c: Clause, org: Mention) -> tuple[Mention, str] | None:
    """[湖南大学党委书记] -> ([湖南大学], 党委书记): an organisation with a full name of its own
    (a university, a company …) and the post the recogniser read into its name."""
    if org.type not in ("Organization", "Enterprise") or org.rule == "anaphora":
        return None
    hit = _POST_CORE.search(org.text)
    if hit is None:
        return None
    head = org.text[: hit.start()]
    for k in range(len(head), 1, -1):  # the longest head ending like a full name: 中国科学院|院长, not 中国科学|院院长
        if head[:k].endswith(_OWNER_TAIL):
            rest, post = head[:k], org.text[k:]
            if _posts(post):
                return replace(org, end=org.start + k, text=rest, canonical=rest, key=c.implied(EntityType(org.type), rest)), post
            return None
    return None


def _subject_org(c: Clause) -> Mention | None:
    """The organisation the sentence opens with (its subject), if any."""
    first = c.mentions[0] if c.mentions else None
    if first is not None and first.type in ORGS and c.loc(first.start) <= 2:
        return first
    return None
_SPEAKS = re.compile(r"(?:介绍|表示|说|称|指出|认为|告诉|透露|坦言|强调)")


def posts_found(c: Clause, org: Mention, p: Mention) -> bool:
    return bool(_posts(c.between(org, p)))


def _memberships(c: Clause, p: Mention, org: Mention, posts: list[str], rule: str, conf: float) -> Iterator[Fact]:
    if org.type == "Place":
        # [太原市]市长张三: the place's government
        for post in posts:
            gov = government_name(org.canonical or org.text, post)
            if gov:
                key = c.implied(EntityType.GOVERNMENT_BODY, gov)
                yield key_fact(c, p, "memberOf", key, gov, rule.replace("org-", "place-"), conf - 0.1, post=post)
        return
    place = _committee_place(org)
    if place is not None:  # 重庆市委副书记、市长X: the mayor's post is in the city's government
        gov_posts = [post for post in posts if government_name(place, post) not in (None, party_committee(place))]
        for post in gov_posts:
            gov = government_name(place, post) or ""
            yield key_fact(c, p, "memberOf", c.implied(EntityType.GOVERNMENT_BODY, gov), gov, rule, round(conf - 0.05, 2), post=post)
        posts = [post for post in posts if post not in gov_posts]
        if not posts:
            return
    name = org.canonical or org.text
    if name.endswith("党组") and len(name) > 4:  # 省投资促进局党组书记、局长X: the body, with 党组书记 as the post
        parent, former = name[: -len("党组")], ""
        if parent.endswith("原"):  # X局原党组书记: a former post
            parent, former = parent[:-1], "原"
        posts = [former + "党组" + x if x in _PARTY_POSTS else x for x in posts]
        yield key_fact(c, p, "memberOf", c.implied(EntityType(org.type), parent), parent, rule, conf, post="、".join(posts))
        return
    yield fact(c, p, "memberOf", org, rule, conf, post="、".join(posts))


_PARTY_POSTS = ("书记", "副书记", "成员", "组长", "副组长")


def _committee_place(org: Mention) -> str | None:
    """The place whose party committee org is (中共重庆市委, 重庆市委 -> 重庆市), else None."""
    m = COMMITTEE.match(org.canonical or org.text)
    return m.group(1) if m and org.type == EntityType.GOVERNMENT_BODY else None


def _government_post(c: Clause, p: Mention, i: int) -> Iterator[Fact]:
    loc = c.locale
    if loc is None:
        return
    head = c.text[max(0, c.loc(p.start) - 4) : c.loc(p.start)]
    for post, level in sorted(_GOV_POST.items(), key=lambda x: -len(x[0])):
        if head.endswith(post) and not head.endswith("委" + post):
            place = {"province": loc.province, "city": loc.city, "county": loc.county}[level]
            if i > 0 and c.loc(p.start) - len(post) - c.loc(c.mentions[i - 1].end) < 2:
                return  # an organisation or place is named right before: handled above
            gov = government_name(place, post) if place else None
            if gov:
                yield key_fact(c, p, "memberOf", c.implied(EntityType.GOVERNMENT_BODY, gov), gov, "rel.memberOf.government-post", 0.7, post=post)
            return


_TAKES_POST = re.compile(r"^(?:曾|曾经|现|先后|后|历)?(?:担任|出任|任|兼任|当选为|当选|被任命为|任命为|被聘为|受聘为|履新|调任)$")
_POST_TAIL = re.compile(
    r"(?:党委|党组|常务|执行|名誉|首席|副|总)*(?:" + "|".join(sorted(map(re.escape, POSTS), key=len, reverse=True)) + r")$"
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
        yield from _founders(c, p, i, nxt)


def _takes_post(c: Clause, p: Mention, org: Mention, gap: str | None = None) -> Iterator[Fact]:
    """[PERSON]担任[ORG]POST / [PERSON]在[ORG]担任POST / [PERSON]于2010年加入[ORG]，任POST;
    `gap` is what stands between the person and the run of places that ends with org."""
    if gap is not None:
        if _TAKES_POST.match(gap.strip()):
            m = re.match(r"([\u4e00-\u9fff、]{1,12}?)(?=[，。；,、]|$|并|兼)", c.after(org, 14))
            posts = _posts(m.group(1)) if m else None
            if posts and all(government_name(org.canonical or org.text, x) for x in posts):
                yield from _memberships(c, p, org, posts, "rel.memberOf.takes-post", 0.8)
        return
    gap = c.between(p, org)
    if _TAKES_POST.match(gap.strip()):
        m = re.match(r"(?:的)?([\u4e00-\u9fff、]{1,20}?)(?:一职|职务)?(?=[，。；,、]|$|并|兼)", c.after(org, 22))
        posts = _posts(m.group(1)) if m else None
        if posts:
            yield from _memberships(c, p, org, posts, "rel.memberOf.takes-post", 0.8)
    if _IN_ORG.fullmatch(gap):
        m = _HOLDS_AFTER.match(c.text, c.loc(org.end))
        posts = _posts(m.group(1)) if m else None
        if posts:
            yield from _memberships(c, p, org, posts, "rel.memberOf.holds-in", 0.8)
    elif _JOINS.fullmatch(gap):
        m = _HOLDS_AFTER.match(c.text, c.loc(org.end))
        posts = _posts(m.group(1)) if m else None
        yield fact(c, p, "memberOf", org, "rel.memberOf.joins", 0.75, post="、".join(posts) if posts else None)


def _appointed(c: Clause, p: Mention, i: int) -> Iterator[Fact]:
    """[ORG]聘请/任命[PERSON]为POST."""
    ms = c.mentions
    if i > 0 and ms[i - 1].type in ORGS and _APPOINTS.fullmatch(c.between(ms[i - 1], p)):
        m = re.match(r"(?:为|担任|出任)([\u4e00-\u9fffA-Za-z、]{1,24}?)(?:一职|职务)?(?=[，。；,;]|$|并|兼)", c.after(p, 26))
        posts = _posts(m.group(1)) if m else None
        if posts:
            yield from _memberships(c, p, ms[i - 1], posts, "rel.memberOf.appointed", 0.8)


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
        posts = _posts(m.group(1).rstrip("、")) if m else None
        if m and posts:
            out += _memberships(c, p, org, posts, "rel.memberOf.subject-holds", 0.75)
            if k + 1 < len(ms) and ms[k + 1].type == "Person" and m.end(1) == limit:
                return  # 李强，中共中央政治局常委、国务院副总理丁薛祥: the titles of the next person
            listed = m.end(1) - 1 if m.group(1).endswith("、") else -1
            if listed < 0:
                break
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
    if nxt is not None and (hit := _FOUNDS.fullmatch(c.between(p, nxt))):
        yield fact(c, p, "memberOf", nxt, "rel.memberOf.founds", 0.75, post=hit.group(1) and "联合创始人" or "创始人")


_IN_ORG = re.compile(r"(?:目前|现|现在|曾|此前|已)?在")
_JOINS = re.compile(r"(?:于[^，。；]{1,12}?)?(?:正式|已|已经)?(?:加入|入职|就职于|任职于|供职于|加盟|效力于)(?:了)?")
_HOLDS_AFTER = re.compile(r"(?:[，,]\s*)?(?:担任|出任|任|兼任|任职)(?:了)?([\u4e00-\u9fffA-Za-z、]{1,24}?)(?:一职|职务)?(?=[，。；,;]|$|并|兼)")
_APPOINTS = re.compile(r"(?:正式|日前|近日|已|将|决定)?(?:聘请|聘任|任命|提名|委任|选举|推选|选聘)")
_BIO_VERB = re.compile(r"(?:^|[，,]|先生|女士|同志|委员|代表|院士|教授)(?:现任|现为|目前担任|目前任|现担任|担任|出任|兼任|任|系|是|为)$")
# the short items of a biography between a person and the post they hold (李明，男，汉族，1965年出生，
# 四川成都人，中共党员，研究生学历，现任…): sex, ethnic group, birth, home town, party, degree
_BIO_ITEM = r"(?:男|女|[\u4e00-\u9fff]{1,4}族|(?:19|20)\d{2}年(?:\d{1,2}月)?(?:生|出生|生人)?|[\u4e00-\u9fff]{2,8}人|中共党员|群众|[\u4e00-\u9fff]{0,4}(?:学历|学位)|博士|硕士|学士)"
_BIO_GAP = re.compile(rf"[，,](?:{_BIO_ITEM}[，,])+(?:现任|现为|目前担任|目前任|现担任|担任|出任|兼任|任|系|是|为)?")
_POSTS_AFTER = re.compile(r"(?:的)?([\u4e00-\u9fffA-Za-z、]{1,24}?)(?:一职|职务)?(?=[，。；,;]|$|并|兼任)")
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
        yield from _memberships(c, p, org, [post], "rel.memberOf.post-by", 0.8)
    elif org is not None:
        yield from _memberships(c, p, org, [post], "rel.memberOf.post-by", 0.7)
    elif c.topic is not None:
        for f in _memberships(c, p, c.topic, [post], "rel.memberOf.post-by", 0.65):
            yield topic_fact(c, c.topic, f)
