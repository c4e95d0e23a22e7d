"""Names ending with a name suffix (…有限公司, …大学, …博览会, …项目): walked left from the suffix
to where the name starts, kept when the words before the suffix make a name."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .. import edges
from ..quantities import quantity_across
from ..words import common_words, noun_tagged_verbs
from .base import Candidate, Resources, Scan, proposer
from .bounds import after_post_and_person
from .context import STOP_POS, Context, past_modified_noun
from .events import EDITION
from .generic import GENERIC, distinctive
from .phrases import KIND_SUFFIXES, kind_in_words

# an edition right before an event's name, not inside a longer number (12023)
_EDITION_BEFORE = re.compile(rf"(?<![\d第]){EDITION}$")


_LEVEL_CHARS = "区县市省镇乡村州旗"
_GROUP_OPENERS = "、，。；：（“《\n"
_PARTS_OF_WORKS, _WORKS_BEFORE_PART = ("生产线", "车间"), ("工厂", "基地", "项目", "工程", "产业园")
_CJK_CHAR = re.compile("[\u4e00-\u9fff]")


@proposer("suffixes")
def suffixed(res: Resources, scan: Scan) -> list[Candidate]:
    """A name for each suffix that ends a word, its left edge found by `Context.name_start`."""
    ctx, hits, place_end = scan.ctx, scan.hits, scan.place_end
    out = []
    text = ctx.text
    for s, e, kind, key in hits:
        if kind != "suffix" or not ctx.is_end(e) and not (typ_of(res, key) in _SITED.get(text[e : e + 1], ()) and ctx.is_end(e + 1)) and not post_glued(scan, e):
            continue  # (煤制油项目|区, 项目|部: the site or office of the project named before; 大学|校长: a post; 推进|会上: at the meeting)
        typ, max_len = res.suffix[key]
        if len(key) == 1 and not ctx.is_start(s) and not (key == "节" and _festival(ctx, s, e)) or learned(ctx, e):
            continue  # 节 in 环节, 村 in 农村 (not in 电视节: a festival, `_festival`); 弗格森学会|了: a verb and its aspect, no society
        if key == "党" and not text.endswith(_PARTY_KINDS, 0, s) or key in _PARTS_OF_WORKS and text.endswith(_WORKS_BEFORE_PART, 0, s):
            continue  # 落实[党]的二十大精神, 新时代[党]的治藏方略: the Party, named by no name before it (智能工厂|生产线上: the line of the factory named before it)
        if key in _LANDSCAPE and (nxt := ctx.token_at(e)) is not None and nxt.start == e and nxt.pos in ("v", "vn") or key == "中心" and text.startswith(CENTRAL_ROLE, e):
            continue  # 宁夏沙漠[绿化], 湿地[保护]: what is done to a landscape, no place's name; 联合国[中心]作用: a role, no centre
        if not ctx.is_start(s) and _verb_head(ctx, s) or typ_of(res, key) == "Project" and text.startswith(_NOT_WORKS_AFTER, e):
            continue  # 主持会议, 出席会议: a verb and its object, one token to the segmenter; 世界灌溉工程|遗产, 实事项目|清单: a heritage or a list
        start = ctx.name_start(s, e - max_len, allow_marks=typ in ("Event", "Project"), scope=typ in ("Event", "Project"), event=typ == "Event")
        if start is not None:
            start = _trimmed_start(res, scan, start, s, key)
        if typ in ("Project", "Place") and (visit := _after_visit(ctx, start if start is not None else s)) is not None:
            start = visit  # 来到[岷江紫坪铺]水利枢纽工程: a rare character read as a verb (铺) ends no walk after 来到
        if key in _LEGAL and (item := _list_item(text, s)) is not None and (start is None or start > item):
            start = item  # 、[新希望]控股集团有限公司, 、[超聚变]数字技术有限公司: a list item is one name
        joined = _joined_fields(res, ctx, s) if key in _SOCIETIES else None
        if joined is not None and (start is None or start > joined):
            start = joined  # [中国物流与采购]联合会: a society of two trades joined by 与, named after its country or province
        start = _quote_opened(text, _inside_place(scan, start) if start is not None else None, e, typ)
        if start is not None and text[start] in "（(" and (opener := ctx.name_start(start, start - 12)) is not None and opener < start:
            start = opener  # 世界气象中心（北京）粤港澳大湾区分中心: the body the bracket qualifies opens the name
        if start is None or start >= s or key == "领导小组" and start > 0 and text[start - 1] not in _GROUP_OPENERS:
            continue  # (推进…工程[高质量发展领导小组]: a task group's name cut by the walk is no name)
        start = _organ_token(ctx, _bilateral(res, text, _known_edges(res, scan, start, s, e, typ, key)), s, typ)
        if not ctx.is_end(e) and ("”" in text[start:s] or "工程" in text[start:s]):
            continue  # “三北”工程攻坚战项目|区: the campaign's projects, not a project's site
        if typ == "Event":
            start = _event_start(ctx, start)
        if typ == "Organization" and text.startswith(_GROUP, start) and text.startswith(_GROUP_UNITS, start + len(_GROUP)) and start + len(_GROUP) < s:
            out.append(Candidate(start, start + len(_GROUP), "Organization", "suffix.media-group", 2))
            start += len(_GROUP)  # [总台][央视新闻频道]: the media group, then its channel, two bodies
        name = text[start:s]
        if _belongs_or_verb(name) or not distinctive(name, ctx, start, s, typ, place_end, res.seg.cut) or key in KIND_SUFFIXES and kind_in_words(ctx, start, s) or res.world.get(text[start:e], typ) != typ or (k := edges.role_before(text, start, e)) < e and ctx.is_start(k):
            continue  # (杜风所在银行, 利用银行: whose bank, a verb's object; 河西走廊: a region of the world list, not a corridor a plan
            # names; 上海梅林控股子公司: a role, no name; 外资法人银行: a kind)
        opened = _opened(ctx, start, joined, typ)
        out.append(Candidate(start, e, typ, f"{'opened' if opened else 'suffix'}.{typ.lower()}", 3 if len(key) >= 3 else 2))
    return out


def _opened(ctx: Context, start: int, joined: int | None, typ: str) -> bool:
    """A left edge found where the segmenter saw a verb (、[飞腾]信息…), right after a list comma (、[深之蓝]海洋科技…) or a
    company's trade (零部件供应商|[万向钱潮]股份有限公司) is sure: rule `opened.*`, which the model's left edge does not override."""
    text = ctx.text
    before = ctx.token_at(start - 1) if start > 0 else None
    return (ctx.opened or start == joined or start > 0 and text[start - 1] == "、" or before is not None and before.end == start and before.text in _VISITS
            or typ == "Enterprise" and text.endswith(edges.TRADE_ROLES, 0, start))


# a character after a suffix the segmenter glues to the suffix's last (项目区, 推进|会上), by the type of the name:
# the name ends before it (the project's site or office; at the meeting)
_SITED = {"区": ("Project",), "部": ("Project",), "上": ("Event",)}
_ASPECT = frozenset("了着过")  # the particles of aspect, which follow verbs, not names (学会了: learned)


def learned(ctx: Context, e: int) -> bool:
    """A suffix ending at e is followed by a particle of aspect as a word of its own (弗格森学会|了, not 集团|了解):
    the suffix is a verb that has happened (学会了 learned), no body's name."""
    tok = ctx.token_at(e)
    return tok is not None and tok.start == e and tok.text in _ASPECT and tok.pos in ("ul", "uz", "ug")


def unlearned(ctx: Context, spans: list[tuple[int, int, str, float]], suffix_at: dict[int, tuple[int, str]]) -> list[tuple[int, int, str, float]]:
    """The model's spans, each body ending with a suffix the aspect particle 了 follows (`learned`: [卡纳瓦罗学会]了) read
    as the person before the suffix: who learned, no society (the person checks follow, `kg.recognize.model._person`)."""
    return [(s, suffix_at[e][0], "Person", m) if t in ("Enterprise", "Organization", "GovernmentBody") and e in suffix_at and s < suffix_at[e][0] and learned(ctx, e)
            else (s, e, t, m) for s, e, t, m in spans]


def _festival(ctx: Context, s: int, e: int) -> bool:
    """节 at s ends a word of three characters or more the segmenter holds whole and no word of the language ends
    with its last two (电视节, 啤酒节; not 驻华使节, 关键环节)."""
    tok = ctx.token_at(s)
    return tok is not None and tok.end == e and e - tok.start >= 3 and ctx.text[e - 2 : e] not in common_words()


def _inside_place(scan: Scan, start: int) -> int | None:
    """A walk that stopped at a level's character inside a word (合作[区]“二线”通道, [村]级综合便民服务站) started
    inside a place's name: that place's start if one ends there, else no name."""
    text = scan.ctx.text
    if text[start] not in _LEVEL_CHARS or start == 0 or not _CJK_CHAR.match(text[start - 1]) or not scan.ctx.is_start(start):
        return start
    if (prev := scan.ctx.token_at(start - 1)) is not None and prev.pos in STOP_POS:
        return start  # 和[省]实验中学, 在[市]图书馆: a relative name after a function word
    place = scan.place_end.get(start + 1)
    return place.start if place is not None and place.start < start else None


def _known_edges(res: Resources, scan: Scan, start: int, s: int, e: int, typ: str, key: str) -> int:
    """The walk's left edge where known names set it: an international body of the world list ending
    at the suffix's end (深化[世界银行]), an academy and city before an institute ([中国科学院大连]化学物理研究所)."""
    known = _known_ending(scan, e)
    if known is not None and start < known <= s:
        start = known
    if typ == "Organization" and key.endswith(_INSTITUTES) and (academy := _academy_before(res, scan, start)) is not None:
        start = academy
    if typ in ("Event", "Place", "Project", "Organization"):
        # [上合组织]撒马尔罕峰会, [二十国集团]杭州峰会: the body whose summit it is; [上海合作组织]地方经贸合作示范区 (大会): named after it
        for k in range(start, max(start - 3, 0) - 1, -1):
            if (k == start or scan.ctx.text[k:start] in GENERIC) and (body := _known_ending(scan, k, ("intl",))) is not None:
                return body
    return start


def _bilateral(res: Resources, text: str, start: int) -> int:
    """Where a bilateral name starts (中国-沙特古雷乙烯项目, 中国—东盟信息港): at 中国 when the walk stopped
    after its dash at a foreign country or international body's name."""
    for dash in ("——", "—", "－", "-"):
        if text.startswith("中国" + dash, start - len(dash) - 2) and any(text[start : start + k] in res.world for k in range(2, 8)):
            return start - len(dash) - 2
    return start


def _known_ending(scan: Scan, e: int, kinds: tuple[str, ...] = ("world", "intl")) -> int | None:
    """The start of the longest international body or foreign name of the world list ending at e."""
    starts = []
    for kind in kinds:
        ends, hits = scan.hits_of(kind)
        i = bisect_left(ends, e)
        while i < len(ends) and ends[i] == e:
            starts.append(hits[i][0])
            i += 1
    return min(starts) if starts else None


# the heads of a research unit's name (研究所, 研究院, 实验室, 研究中心)
_INSTITUTES = ("所", "院", "实验室", "研究中心")


def _academy_before(res: Resources, scan: Scan, start: int) -> int | None:
    """Where a national body typed Organization (中国科学院, 中国农业科学院: kg/data/departments.tsv) starts
    that is written right before start, or right before the place written right before it."""
    place = scan.place_end.get(start)
    k = place.start if place is not None and place.start < start else start
    ends, depts = scan.hits_of("dept")
    i = bisect_left(ends, k)
    while i < len(ends) and ends[i] == k:
        ds, _, _, key = depts[i]
        if any(d.style == "standalone" and d.type == "Organization" for d in res.lex.dept_by_surface.get(key, ())):
            return ds
        i += 1
    return None


# what jieba glues to a work's head as one word (工程建设, 项目施工): the head still ends the work's name
_WORK_GLUED = frozenset(("建设", "施工", "开工", "建成"))


def post_glued(scan: Scan, e: int) -> bool:
    """jieba glues a name's head and the post after it into one word (中国科学技术大学校长, 集团董事长):
    a post starts at e and ends that word; or a work's head and what is done to it (水利枢纽工程建设)."""
    tok = scan.ctx.token_at(e - 1)
    if tok is None or tok.end <= e:
        return False
    if scan.ctx.text[e : tok.end] in _WORK_GLUED and scan.ctx.text[tok.start : e] in ("工程", "项目") or tok.end == e + 1 and scan.ctx.text[e] == "是":
        return True  # (战旗[村是]…: the copula glued to a one-character head)
    ends, posts = scan.hits_of("post")
    return any(ps == e for ps, _, _, _ in posts[bisect_left(ends, tok.end) : bisect_right(ends, tok.end)])


_QUOTE_BREAK = re.compile("[”，。；！？、\n]")


def _quote_opened(text: str, start: int | None, e: int, typ: str) -> int | None:
    """An event's or a work's name a quote closes right after its head runs to the quote's opening (首届“[滴水]湖新兴金融大会”:
    the walk stopped at a verb inside the quoted name)."""
    if start is None or typ not in ("Event", "Project") or not text.startswith("”", e) or (q := text.rfind("“", max(0, start - 12), start)) < 0 or _QUOTE_BREAK.search(text, q + 1, start):
        return start
    return q + 1


def _trimmed_start(res: Resources, scan: Scan, start: int, s: int, key: str) -> int:
    """The left edge the walk found, moved past what starts no name: a quantity's unit, a glued
    head word, a post and its holder, a kind of centre before a centre's own name."""
    ctx, text = scan.ctx, scan.ctx.text
    if (q := quantity_across(text, start)) is not None:
        start = q  # 8[吉瓦项目]: the unit of a quantity starts no name
    if text.startswith("口径", start) and start > 0 and text[start - 1] in "米寸":
        start += 2  # 15米[口径]…望远镜: the size of what follows, no name
    if (tok := ctx.token_at(start)) is not None and tok.start == start and tok.end <= s:
        word = tok.text
        start += edges.glued_length(word, lambda: res.seg.in_dictionary(word) or res.lex.place(word) is not None, text[s : s + 40])
    start = after_post_and_person(scan, start, s)
    if text.startswith(_VISITS_ANY, start) and (visit := next((v for v in _VISITS if text.startswith(v, start)), None)) is not None and s - start - len(visit) >= 3:
        start += len(visit)  # 参观[黑人文明博物馆]: the segmenter read the verb as a noun
    start = past_modified_noun(ctx, start, s)  # 新[时代“三北”工程]: the adjective and the walk's first noun are a phrase
    start = k if ctx.is_start(k := edges.past_role(text, start, s)) else start
    start = edges.past_inner_role(text, start, s, ctx.is_start)  # 通葡股份大股东[新华联控股]有限公司
    if text.find(_UNDER_LAST, start, s) >= 0 and (k := max(text.rfind(w, start, s) for w in _UNDER)) > start:
        start = k + 2  # 教育部[直属]重点大学: the body it is under, then a kind (that name's own start, if any, is past it)
    if typ_of(res, key) in _BODIES and (k := max((t.end for t in ctx.within(start, s) if t.text in _INDEFINITE or t.text.endswith(_COUNT_ENDS) and _COUNT_OF_BODIES.match(t.text)), default=start)) > start:
        start = k  # 上海[一]银行, 南京[另一家]银行, 下属[一家子]公司, [数十家]煤焦厂: one or more of a kind, no name (nor is the kind left)
    if text.startswith("后续", start):
        start += 2  # 为[后续]主体工程施工: the works that follow, no name (南水北调后续工程: inside one)
    if start > 0 and text[start] in "式型性" and (tok := ctx.token_at(start - 1)) is not None and tok.end == start:
        start = tok.start  # 漂浮|式海上风电…: 式 ends the word before, it opens no name
    if key == "中心":  # 国内首个量子人工智能计算中心[太湖量子智算中心]: one centre named after a kind
        ends, suffixes = scan.hits_of("suffix")
        inside = suffixes[bisect_right(ends, start) : bisect_left(ends, s)]  # start < b < s
        start = max([start] + [b for _, b, _, kk in inside if kk == "中心" and ctx.is_end(b)])
    return start


_UNDER = ("直属", "所属", "下属", "隶属")


def _belongs_or_verb(name: str) -> bool:
    """What a walk read before a suffix names none: someone's own body (杜风所在[银行], 其所在[单位]: the one he belongs
    to) or a verb that jieba's dictionary tags a noun and Baidu's LAC a verb, alone before it (利用[银行]: its object)."""
    return name.endswith("所在") or name in noun_tagged_verbs()
_NOT_WORKS_AFTER = ("遗产", "名录", "名单", "清单")  # what a project's suffix modifies then: no work is named (世界灌溉工程遗产)
# what makes a body written after it one of a kind, unnamed: a count of one, "some", "another" (the segmenter glues 一家子, a family)
_INDEFINITE = frozenset("一 某 某家 另 另一 另一家 一家子 一间".split())
# 全县[数十家]煤焦厂, [100多家]公司: how many (not 万家企业集团: a brand opening with a numeral, `edges.brand_numeral`)
_COUNT_OF_BODIES = re.compile(r"^[数几十两\d一二三四五六七八九][数几十百千万两\d一二三四五六七八九]+[多余]?[家个所间座]$")
_COUNT_ENDS = ("家", "个", "所", "间", "座", "\n")  # (how it ends, or a line break `$` passes: tested before the pattern)
_BODIES = frozenset(("Enterprise", "Organization", "GovernmentBody"))  # (not works: “一单制”铁海快线, 联网一阶段工程)
_UNDER_LAST = "属"  # (each of _UNDER ends with it: a text without it between start and s holds none of them)
assert all(w.endswith(_UNDER_LAST) for w in _UNDER)


def _event_start(ctx: Context, start: int) -> int:
    """An event name's left edge over 暨 and the edition written before it."""
    text = ctx.text
    if text[start] == "暨" and start > 0:
        joined = ctx.name_start(start, start - 24, allow_marks=True, scope=True, event=True)
        start = joined if joined is not None and joined < start else start + 1  # X日[暨]Y表彰大会: one name
    if (edition := _EDITION_BEFORE.search(text, max(0, start - 12), start)) is not None:
        start = edition.start()  # [2023]中国科幻大会, [第73届]国际宇航大会: the edition is part of the name
    first = ctx.token_at(start)
    verb = ctx.token_at(first.end) if first is not None and first.pos == "ns" else None
    if first is not None and verb is not None and verb.start == first.end and verb.text in _POLICY_VERBS_OF_EVENTS and text[verb.end : verb.end + 1] in "“\"":
        start = verb.end  # 福建[深化]“福品销全球”活动: a place and what it does, then the event's quoted name
    return start


_POLICY_VERBS_OF_EVENTS = frozenset("深化 开展 推进 实施 启动 举办 组织 加快 持续 继续 全面".split())


# 总台 (中央广播电视总台, China Media Group) before the brand of one of its units (央视, 央广, CGTN, 国广:
# the group's own names for its television, radio, foreign-language and international channels)
_GROUP = "总台"
_GROUP_UNITS = ("央视", "央广", "CGTN", "国广", "中国之声", "经济之声")


# what ends the name of a society of trades or fields (中国物流与采购联合会, 浙江省科技与经济促进会)
_SOCIETIES = frozenset("联合会 协会 学会 研究会 促进会 商会".split())
_JOINED = re.compile("与([\u4e00-\u9fff]{2,4})$")


def _joined_fields(res: Resources, ctx: Context, s: int) -> int | None:
    """Where a society's name starts whose fields are joined by 与 (中国|物流与采购|联合会): at a
    country or division name (2-5 characters, a token's start) right before the first field
    (2-4 characters); else None."""
    text = ctx.text
    m = _JOINED.search(text, max(0, s - 5), s)
    if m is None:
        return None
    for field_start in range(m.start() - 2, m.start() - 5, -1):
        if field_start < 0 or not _CJK_RUN.fullmatch(text, field_start, m.start()):
            break
        for k in (5, 4, 3, 2):
            b = field_start - k
            place = text[max(0, b) : field_start]
            if b >= 0 and ctx.is_start(b) and ctx.is_start(field_start) and (res.lex.place(place) is not None or res.world.get(place) == "Place"):
                return b
    return None


# legal suffixes: what ends a company's registered name, which a list item holds whole
_LEGAL = frozenset("有限公司 有限责任公司 股份有限公司 集团有限公司 股份公司 集团股份有限公司".split())
_CJK_RUN = re.compile("[\u4e00-\u9fff]{2,12}")


def typ_of(res: Resources, key: str) -> str:
    return res.suffix[key][0]


# what a place's or project's name is made of after a visiting verb, the walk having stopped inside it
_VISITED_POS = frozenset({"ns", "nz", "nr", "nrt", "j", "n", "v"})


def _after_visit(ctx: Context, start: int) -> int | None:
    """Where a name starts that a visiting verb (来到, 前往, 考察 …) opens when the walk stopped at
    `start` inside it: the verb's end, if at most eight characters of names and of rare words read
    as verbs (one character, or unknown to the dictionary) lie between (来到|重庆|綦江|藻渡|水库工程);
    else None."""
    toks = ctx.within(max(0, start - 9), start)
    for i in range(len(toks) - 1, -1, -1):
        t = toks[i]
        if t.text in _VISITS:
            between = toks[i + 1 :]
            ok = between and any(b.pos in ("ns", "nz", "j") for b in between) and all(
                b.pos in _VISITED_POS and (b.pos != "v" or len(b.text) == 1 or b.text not in common_words()) for b in between
            )
            return t.end if ok and t.end < start else None
    return None


def _list_item(text: str, s: int) -> int | None:
    """Where the list item ending with the legal suffix at s starts: right after the list comma
    (、) before it, when only CJK characters (two to twelve) lie between; else None."""
    b = text.rfind("、", max(0, s - 13), s)
    if b < 0 or not _CJK_RUN.fullmatch(text, b + 1, s) or any(c in "的与在为是等" for c in text[b + 1 : s]):
        return None
    return b + 1


# what the name of a party ends with before 党 (中国共产党, 民主党, 工党, 国民党, 绿党)
_PARTY_KINDS = tuple("共产 民主 共和 国民 人民 自由 保守 社会 社民 工 绿 民进 进步 统一 正义 联合 劳动 农民 基督教民主".split())
# verbs of visiting: what follows them is a name from its first word (前往[正泰智能电气西北产业园])
_VISITS = frozenset("来到 前往 走进 走访 考察 调研 参观 视察 察看".split())
_VISITS_ANY = tuple(sorted(_VISITS))  # (for one str.startswith over them all)
_LANDSCAPE = frozenset("沙漠 湿地 水库".split())
CENTRAL_ROLE = ("作用", "地位", "任务", "环节")  # 中心作用, 中心地位: central, not a centre
# verbs that take a meeting as their object, glued to it by the segmenter (主持会议, 出席大会)
_MEETING_VERBS = frozenset("主持 出席 参加 列席 召开 举行 举办 筹备 参与 组织 开好 开完 开 进 入 走进".split())


def _verb_head(ctx: Context, s: int) -> bool:
    """The token holding a suffix that starts at s begins with a verb that takes a meeting
    as object (主持|会议, 召开|大会) or a verb of going into (家政进|社区, 法律服务进|校园): a verb phrase,
    no name (希望|工程 is one)."""
    tok = ctx.token_at(s)
    return tok is not None and ctx.text[tok.start : s] in _MEETING_VERBS



# what may stand before a body's name the dictionary holds whole and still be its name: places, names, abbreviations, marks
_NAMES_BEFORE = frozenset({"ns", "nr", "nrt", "nrfg", "nz", "nt", "j", "eng", "x"})


def _organ_token(ctx: Context, start: int, s: int, typ: str) -> int:
    """Where a body's name starts whose suffix lies inside a body's name the segmenter's dictionary holds whole (nt, four
    characters or more: 中国光大银行, 外资银行): at that name when the walk went on over words that are no place nor name (电话|升级|
    中国光大银行, 内|外资银行, 房贷|细则|外资银行), else where the walk stopped (北京|农村商业银行, 山西|股权|交易中心: a place
    opens the name)."""
    tok = ctx.token_at(s)
    if typ not in ("Enterprise", "Organization", "GovernmentBody") or tok is None or tok.pos != "nt" or tok.start <= start or len(tok.text) < 4:
        return start
    before = ctx.within(start, tok.start)
    if not before or before[0].pos == "ns" or (before[0].start, before[0].end) in ctx.places:
        return start  # 山西|股权|交易中心: a place opens the name, its field follows
    return start if all(t.pos in _NAMES_BEFORE or (t.start, t.end) in ctx.places for t in before) else tok.start
