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
from ..recognize.abbreviations import world_countries
from ..recognize.context import POLICY_VERBS
from ..rescan import alternation
from ..types import EntityType, Fact, Mention
from .clause import ORGS, Clause, fact, is_division, key_fact, segment_start
from .names import government_name

_ORG_START = re.compile(r"^(?:省|市|县|区|州|中共|全国|国家|中国|中央)")
# a post may name the unit inside the organisation (第八检察部主任, 研发部部长) and the body within it
# (党组书记, 董事会秘书); a unit ending like an organisation of its own (…联, …协会) is another organisation
_POST_CORE = re.compile(
    r"(?:党委|党组|党工委|纪委|团委|工会|董事会|董事局|监事会|理事会|常委会|常务|执行|名誉|专职|首席|退休|原|前|副|总"
    r"|轮值|联席|联合|高级|资深|首任|现任|代理|独立|非执行|荣誉|终身|驻会)*(?:"
    + alternation(POSTS)
    + r")$"
)
_POST_AFTER = re.compile(
    r"((?:常务)?副?(?:"
    + alternation(POSTS)
    + r"))(?=介绍|表示|说|称|指出|认为|告诉|透露|坦言|强调|[，,：:])"
)
_ORG_TAIL = ("联", "会", "公司", "集团", "厅", "局", "委", "体", "社", "银行", "大学", "署", "政府")
_CLAUSE_CHARS = re.compile(r"[为在对向的了把被给让使将从与和及等是]")
_NAME_CHARS = re.compile(r"^[\u4e00-\u9fffA-Za-z]+$")
_GOV_POST = {"省长": "province", "副省长": "province", "市长": "city", "副市长": "city", "县长": "county", "副县长": "county",
             "区长": "county", "副区长": "county", "州长": "city", "副州长": "city", "旗长": "county", "副旗长": "county",
             "自治区主席": "province", "自治区副主席": "province", "盟长": "city", "副盟长": "city"}  # (自治区主席艾尔肯·吐尼亚孜)


_GROUPS = ("领导小组", "工作小组", "小组", "委员会", "指挥部")


def posts_in(text: str) -> list[str] | None:
    """'副厅长、新闻发言人' -> ['副厅长', '新闻发言人']; None when a part is not a post.  A part that names
    another organisation (省工商联党组书记, 某某协会会长) ends the list: it belongs to a name not recognised."""
    text = text.replace(" ", "").removeprefix("的")
    if not text or len(text) > 28:
        return None
    out: list[str] = []
    for whole in text.split("、"):
        parts = re.split(r"兼任|兼", whole)  # 董事局主席兼首席执行官: two posts, kept as written
        for part in parts:
            if len(part) > 14 and part.endswith(POSTS) and part[: -max(len(x) for x in POSTS if part.endswith(x))].endswith(_GROUPS):
                return out or None  # 、推进…高质量发展领导小组组长: a long name of a group no rule named, then its post
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


_THEN_HOLDING = frozenset({"时任", "现任", "曾任", "前任"})


def member_of(c: Clause) -> Iterable[Fact]:
    """ORG + post(s) + PERSON, chained (A会长、B董事长穆映江), officer lists, and PERSON（ORG POST）."""
    found: dict[int, Mention] = {}  # person index -> the organisation of its post
    held: dict[int, list[str]] = {}  # person index -> the posts it holds there
    for i, p in enumerate(c.mentions):
        if p.type != "Person":
            continue
        yield from _titles_before(c, i, found, held)
        yield from _officer_list(c, i, found, held)
        yield from _relative_post(c, i, found)
        yield from _company_post(c, i, found)
        yield from _subject_post_is(c, i, found)
        yield from _org_then_name(c, i)
        yield from _name_then_paren(c, i)
        if i not in found:  # (邯郸市政府原党组成员、副市长任华山: the post is that government's, not the paper's city's)
            yield from _government_post(c, p, i)  # 副省长汤志平: a government post with no organisation named


def _titles_before(c: Clause, i: int, found: dict[int, Mention], held: dict[int, list[str]]) -> Iterator[Fact]:
    """Backwards from a person: [ORG][posts][PERSON], [ORG][posts、][ORG][posts][PERSON] …, [ORG]法定代表人为[PERSON]."""
    ms, p = c.mentions, c.mentions[i]
    right, j, first = p, i - 1, True
    if j >= 1 and ms[j].type not in ORGS | {"Place"} and ms[j - 1].type in ORGS and posts_in(c.between(ms[j - 1], p)):
        j -= 1  # 国务院副总理、推进[南水北调后续工程]高质量发展领导小组组长韩正: the work is named inside a group's name
    while j >= 0 and ms[j].type in ORGS | {"Place"}:
        org = ms[j]
        gap = c.between(org, right)
        if not first and gap == "" and org.type == right.type == "Place":
            right, j = org, j - 1  # 全国人大代表、[江苏省][盐城市]大丰区区长X: the address of the next post
            continue
        if first and gap == "" and (cut := _split_post(c, org)) is not None:
            org, gap = cut  # [湖南大学党委书记][邓卫]: a post the recogniser read into the name
        if not first:
            if "、" in gap and gap.rsplit("、", 1)[1] in POLICY_VERBS:
                gap = gap.rsplit("、", 1)[0]  # 市委书记、[推进]…领导小组组长X: the verb opens the group's name, cut from it
            elif gap.endswith("、") or gap.endswith("，") and gap[:-1].endswith(_MEMBERSHIPS):
                gap = gap[:-1]  # (中央宣讲团成员，科技部党组书记、部长阴和俊: a membership, a comma, the person's posts)
            elif not gap.endswith(_SEATS):  # 全国人大代表[盛虹控股集团有限公司]董事长X: a seat, then the job
                break
        elif gap.endswith(("为", "是")) or gap.endswith("的") and c.before(org, 2) in _THEN_HOLDING or gap.endswith(("，", ",")) and _in_capacity(c, org):
            gap = gap[:-1]  # (时任浙江省委书记的习近平: the post he held then; 作为腾讯公司总裁，刘炽平…: the post he speaks in)
        name = org.canonical or org.text
        if gap.startswith("长") and name.endswith(("部", "局", "厅", "署")) and org.text.endswith(name[-1]) and (_titled(c, j) or org.rule == "department.foreign"):
            gap = name[-1] + gap  # 外交部长王毅: 部长 said with the body's last character (a foreign ministry by its fields: its own)
        elif gap.startswith("长") and org.type == "Place" and is_division(org) and org.text.endswith(("省", "市", "县", "区", "州", "旗")):
            gap = org.text[-1] + gap  # 昆明市长X: 市长 said with the city's last character
        posts = posts_in(gap)
        if not posts:
            break
        if first and org.type in ORGS:
            found[i], held[i] = org, posts
        yield from memberships(c, p, org, posts, "rel.memberOf.org-post-name", 0.85)
        right, j, first = org, j - 1, False


def _in_capacity(c: Clause, org: Mention) -> bool:
    """The segment before org opens with 作为 (作为全国人大代表、格力电器董事长，董明珠…): the posts the person speaks in."""
    seg = c.text[: c.loc(org.start)]
    return seg[max(seg.rfind("，"), seg.rfind(","), seg.rfind("。"), seg.rfind("；")) + 1 :].startswith("作为")


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


def _officer_list(c: Clause, i: int, found: dict[int, Mention], held: dict[int, list[str]]) -> Iterator[Fact]:
    """[ORG]董事长[A]、总经理[B]: B holds a post in A's organisation; [ORG]副总理[A]、[B]: B holds A's post."""
    ms, p = c.mentions, c.mentions[i]
    if i > 0 and ms[i - 1].type == "Person" and (i - 1) in found and i not in found:
        gap = c.between(ms[i - 1], p)
        posts = posts_in(gap[1:]) if gap[:1] in ("、", "和", "与", "及", "，") and not gap[1:].startswith(_TENSE_CHANGES) else None
        if posts and any(x in _OWN_BODY_POSTS for x in posts) and (gap[:1] == "，" or (found[i - 1].canonical or found[i - 1].text) != "国务院"):
            posts = None  # 北京市委书记A，国务委员B / 全国人大常委会副委员长A、国务委员B: a post of the State Council, not of the body before
        if posts is None and gap in ("、", "和", "及") and held.get(i - 1):
            posts = held[i - 1]  # 国务院副总理何立峰、张国清: people listed after one post share it
        if posts:
            found[i], held[i] = found[i - 1], posts
            yield from memberships(c, p, found[i], posts, "rel.memberOf.officer-list", 0.8)


# posts that name their own body, which a list of another body's officers does not go on to
_OWN_BODY_POSTS = frozenset("国务委员 国务院总理 国务院副总理 总理 副总理 国家主席 国家副主席".split())
# seats in a congress or a consultative conference, which news writes before a person's job without a mark
_SEATS = ("代表", "委员", "常委")
_MEMBERSHIPS = (*_SEATS, "成员")
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
    if m is None or not (posts := posts_in(m.group(2) if m.group(2) != "长" else m.group(1) + "长")):
        return
    body = next((o for o in reversed(ms[:i]) if o.type in ORGS and (o.canonical or o.text).endswith(_SAME_BODY[m.group(1)])), None)
    if body is not None:
        found[i] = body
        yield from memberships(c, p, body, posts, "rel.memberOf.relative-post", 0.75)


# a company's posts, said alone in the segment after the company is named (来到歌尔集团，董事长姜滨介绍…)
_COMPANY_POST = re.compile(r"^(?:公司|集团|企业)?(?:董事长|副董事长|总经理|副总经理|总裁|副总裁|首席执行官|创始人|董事|总工程师|CEO)"
                           r"(?:兼(?:总经理|总裁|首席执行官|CEO))?$")


def _company_post(c: Clause, i: int, found: dict[int, Mention]) -> Iterator[Fact]:
    """X来到[歌尔集团]，董事长[姜滨]介绍…; [海尔集团]总部在山东青岛，首席执行官[周云杰]: a company's post said alone, in
    the segment after the one that names the company, is in that company (the last organisation named before, none of
    them a body other than a company, and no person between)."""
    ms, p = c.mentions, c.mentions[i]
    start = segment_start(c.text, c.loc(p.start))
    if i in found or start == 0 or not _COMPANY_POST.match(c.text[start : c.loc(p.start)]):
        return
    before = [m for m in ms[:i] if c.loc(m.start) < start and m.type in ORGS | {"Person"}]
    org = before[-1] if before else None
    if org is not None and org.type == "Enterprise" and segment_start(c.text, start - 1) <= c.loc(org.start):
        found[i] = org
        yield from memberships(c, p, org, [c.text[start : c.loc(p.start)].removeprefix("公司").removeprefix("集团").removeprefix("企业")],
                               "rel.memberOf.company-post", 0.75)


def _subject_post_is(c: Clause, i: int, found: dict[int, Mention]) -> Iterator[Fact]:
    """…，董事长为[PERSON]: a post of the organisation the sentence is about."""
    p = c.mentions[i]
    if i in found:
        return
    subj = _subject_org(c)
    seg = c.text[segment_start(c.text, c.loc(p.start)) : c.loc(p.start)]
    if subj is not None and seg.endswith(("为", "是")) and subj.end <= p.start and c.loc(subj.end) < c.loc(p.start) - len(seg):
        posts = posts_in(seg[:-1])
        if posts:
            found[i] = subj
            yield from memberships(c, p, subj, posts, "rel.memberOf.subject-post-is", 0.7)


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
        posts = posts_in(m.group(1)) if m else None
        if posts:
            yield from memberships(c, p, ms[i + 1], posts, "rel.memberOf.name-paren", 0.8)


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
            if posts_in(post):
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
    return bool(posts_in(c.between(org, p)))


def memberships(c: Clause, p: Mention, org: Mention, posts: list[str], rule: str, conf: float) -> Iterator[Fact]:
    if org.type != "Place" and _is_country(org.canonical or org.text):
        return  # 俄罗斯总统普京 with the country read as a body: a head of state is no member of a place
    if org.type == "Place":
        # [太原市]市长张三: the place's government (a foreign province has no 人民政府: 巴厘省省长科斯特)
        for post in posts if is_division(org) else ():
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


def _is_country(name: str) -> bool:
    """A country of kg/data/world.tsv (俄罗斯, 巴西): its president or minister is not a member of it."""
    return name in world_countries().get(name[:1], ())


def _committee_place(org: Mention) -> str | None:
    """The place whose party committee org is (中共重庆市委, 重庆市委 -> 重庆市), else None."""
    m = COMMITTEE.match(org.canonical or org.text)
    return m.group(1) if m and org.type == EntityType.GOVERNMENT_BODY else None


def _government_post(c: Clause, p: Mention, i: int) -> Iterator[Fact]:
    loc = c.locale
    if loc is None:
        return
    head = c.text[max(0, c.loc(p.start) - 6) : c.loc(p.start)]
    for post, level in sorted(_GOV_POST.items(), key=lambda x: -len(x[0])):
        if head.endswith(post) and not head.endswith("委" + post):
            place = {"province": loc.province, "city": loc.city, "county": loc.county}[level]
            if i > 0 and c.loc(p.start) - len(post) - c.loc(c.mentions[i - 1].end) < 2:
                return  # an organisation or place is named right before: handled above
            gov = government_name(place, post) if place else None
            if gov:
                yield key_fact(c, p, "memberOf", c.implied(EntityType.GOVERNMENT_BODY, gov), gov, "rel.memberOf.government-post", 0.7, post=post)
            return
