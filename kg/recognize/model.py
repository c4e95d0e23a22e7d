"""The CRF tagger as a proposer: its spans, less those the lexicon reads better (how they are reconciled with the
rules' names: `kg.recognize.reconcile`).  The decoder itself is `kg.tagger`."""
from __future__ import annotations

import re
from collections.abc import Container

from .. import edges, words
from ..edges import GLUED_HEADS
from ..people import foreign_name, paired
from ..posts import POSTS
from ..quantities import quantity_across
from ..segment import Token
from .abbreviations import ABBR_SIDE, COUNTRY_CHARS, world_countries
from .base import _CJK, Candidate, Resources, Scan
from .context import BUILDS, NAME_VERBS, POLICY_VERBS, STOP_WORDS, Context, trim
from .foreigners import ROLE_WORDS, player
from .generic import NOT_BRANDS, SECTORS, distinctive
from .notplaces import place_read_on
from .persons import HONORIFICS, LANDMARKS, addressed, foreign_tail, glued_link, person_like, said
from .phrases import BODY_TYPES, after_places, clause_or_words, cut_at_start, cuts_word, kind_described, placed_body, places_only, whole_token, words_only
from .places import _PLACE_ENDS, place_shaped
from .predicates import predicate_verb
from .shed import LEADING_PREPS, opening, shed
from .spans import _by_start, _gazetteer_spans, _tiled, _tiled_across, hit_lookups
from .suffixes import CENTRAL_ROLE, learned, unlearned
from .verdicts import sides

CRF_PRIORITY = 1  # among spans of equal length, rules win
MIN_MARGIN = 1.0
MIN_MARGIN_PERSON = 0.1  # names in running text are often unknown words: the model is less sure of real ones
PLACED_MARGIN = 3.0  # a model body after its place this sure keeps inner words the segmenter tags as adverbs or verbs
SURE_MARGIN = 4.0  # a model name this sure sets the left edge of a suffix rule's name ending with it
# groups of people named after their body (太原工业学院科研团队, 公司领导班子): the body is the entity
_GROUP_TAILS = ("科研团队", "研发团队", "团队", "队伍", "领导班子", "班子", "师生", "员工", "职工", "干部职工")
# the last characters of government bodies: those ending >= 3 government names in CLUENER's training split, plus 站 科 厅 组 团 税
_GOV_LAST = frozenset("军局府部会行队院委门心办所方关馆处司署党协室视织央社组庭大省区政安台装联乡团构宫盟国楼厅站科警税")  # (税: 北京地税; and 联储: 美联储)
# the heads of organs' names the segmenter glues to the next character as a word of no dictionary (英国边境|局将|取消, 海关总|署称)
_GLUED_ORGAN_HEADS = frozenset("局署司部委办厅处")
# what a place's industry or area ends with: no company's name (湖北工业, 京津产业, 北京地区)
_SECTOR_TAILS = ("产业", "行业", "领域", "经济")  # (青海|文旅产业: a place's sector, opening with the place)
_NOT_BODY_TAILS = ("产业", "工业", "地区", "地方", "国家", "经济", "市场", "行业", "领域", "方面", "高校", "企业")
_GLUED_BEFORE_NAME = frozenset("时在对向同与和据将由从把被给")
_OPENINGS = frozenset("开园 开业 开馆 揭牌 开工 投产 竣工 启用 开通 通车 落成 挂牌".split())  # 科技园[开园]: a headline's verb
_LINK_WORDS = re.compile("隶属于|隶属|属于|所属|旗下|位于|坐落于|总部设在|注册于|子公司|孙公司|附属公司|附属企业|下属企业|下属公司|参股公司")
_EVENT_HEADS = ("博览会", "博会", "展览会", "交易会", "洽谈会", "推介会", "发布会", "大会", "峰会", "大赛", "嘉年华", "运动会")  # (鞋博会: a 博览会 by its short name)
_NOT_NAME_ENDS = frozenset("关系 会谈 会晤 对话 贸易 交流 谈判 磋商 问题 情况".split())
# a count of places or bodies inside a span (三地, 四省, 五省区市, 两大沙漠, 两国): several (not 二十大, 十九大 at the end: a congress)
_COLLECTIVE = re.compile("[两二三四五六七八九十几多\\d](?:[地省国方家区市]|大(?=.))")
_SEASONS = frozenset("春季 夏季 秋季 冬季 春天 夏天 秋天 冬天 年初 年底 年末 年中 上半年 下半年 今年 去年 明年 近年 当前 目前".split())
_NUMERALS = frozenset("一二三四五六七八九十两零百千")
_SPACED = re.compile(r"[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]")  # two names a headline sets apart by a space


def _spaced(text: str, s: int, e: int) -> bool:
    """`_SPACED` in text[s:e] (looked for where a space is)."""
    return (text.find(" ", s, e) >= 0 or text.find("\u3000", s, e) >= 0) and _SPACED.search(text, s, e) is not None


_IDEA_HEADS = ("理念", "精神", "思想", "理论", "论断", "原则", "方针", "口号", "重要论述")  # “两山”理念: an idea, no name
_HOLDING = tuple("召开 举办 举行 主办 承办 开幕".split())  # verbs of holding an event, no word of its name (召开大会: one token)
_KINDS_OF_PEOPLE = tuple("民员者工户族兵")  # the last characters of nouns for kinds of people (农牧民, 打工者, 志愿者)
# the heads of places and buildings no given name ends with (none of the 7,000 non-held CLUENER and People's Daily
# sentences' people does; 城, 洲, 岭, 路, 桥 do: 邹常城, 张继洲, 李峻岭, 张之路, 郑板桥): 苗寨, 滕县, 钱王祠 are places
_PLACE_LAST = frozenset("县寨祠沟镇村乡寺庙港湾")
# a list that a kind of thing closes (苗歌、苗鼓等苗族传统文化, 乌东德、溪洛渡…等6座世界级巨型梯级水电站, 伍益、宁韶…五条高速公路):
# its items are no people
_THING_LIST = re.compile(
    r"(?:、[^，。；、：]{2,10}){0,8}(?:等(?!出席|参加|参观|陪同|会见|先后|分别|共同)|[两三四五六七八九十\d]+[条座项个大])[^，。；、：的]{0,12}?"
    r"(?:文化|产品|项目|品牌|技术|产业|作物|工程|电站|景区|景点|节目|作品|主题|美食|非遗|遗产|特产|技艺|乐器|赛事|设施|设备|装备|材料|疾病"
    r"|公路|铁路|高速|线路|航线|大桥|隧道|机场|港口)"
)
# a share written right after the span (占比达55%, 占比超76%): the span is the words of a measure, no one's name
_PERCENT = re.compile(r"[\d.]+\s*[%％]|[\d.]+个百分点")
# words that follow a company's short name and no one's (艾瑞[咨询]分析师, 范德[国际]负责人, 施罗德[基金]): no person before them
_COMPANY_HEADS = ("咨询", "国际", "基金", "集团", "控股", "资本", "置业", "地产")
# a list that a kind of place closes (科连特斯、[雷西斯滕西亚]等大、中城市; 从[奥兰多]出发): its items are places, not people
_PLACE_LIST = re.compile(r"(?:、[^，。；、：]{2,10}){0,6}等(?:大、中|大中|大小|沿海|主要|新建)?(?:城市|地区|片区|国家|省份|地(?![方区产])|国(?![内际]))")


def tagged(res: Resources, scan: Scan, spans: list[tuple[int, int, str, float]]) -> list[Candidate]:
    """The model's spans, less those the lexicon reads better: a run of divisions
    (山西省沁源县 -> 山西省 + 沁源县) and generic words before a name suffix (股份制银行)."""
    ctx, hits = scan.ctx, scan.hits
    full_places = {(c.start, c.end) for c in scan.places if c.rule == "gazetteer.division"}
    places_from = _by_start(full_places)
    division_spans, division_starts = _gazetteer_spans(scan)
    named_ends, linked, work_at, suffix_at, post_starts, legal = hit_lookups(ctx, hits, res.suffix_types)
    out = []
    for s, e, t, margin in _people_paired(ctx.text, sides(ctx, unlearned(ctx, spans, suffix_at)), res.lex.surnames):
        s, e = trim(ctx.text, s, e)
        e -= _former(ctx.text, s, e, t, post_starts)
        while t == "Enterprise" and e in legal:  # 山西建设投资集团 + 有限公司
            e = legal[e]
        e -= _team(ctx.text, s, e) if t != "Person" else 0  # 太原工业学院科研团队: the body is the name, its team is not
        if t == "Place" and ctx.text[s] in COUNTRY_CHARS and (e - s == 1 or e - s == 2 and ctx.text[s + 1] == "方" and ctx.text[s] in ABBR_SIDE):
            # 中, 美 of 中美关系; 中方, 俄方: a country's side in talks is the country
            out.append(Candidate(s, s + 1, t, "crf", CRF_PRIORITY, margin=margin, canonical=COUNTRY_CHARS[ctx.text[s]]))
            continue
        if t != "Person" and e not in named_ends:  # 湖北国投[成立交银信托]: the model read on across the verb
            e = edges.before_verb(ctx.within(s, e), e, lambda w: w.pos == "v" and w.text in STOP_WORDS and w.text not in NAME_VERBS)
        e -= 2 if t != "Person" and e - s >= 5 and ctx.text[e - 2 : e] in _OPENINGS and ctx.is_start(e - 2) else 0  # …科技园[开园]: a headline's verb
        if e - s < 2 or ctx.text[e - 2 : e] in _NOT_NAME_ENDS or ctx.text.endswith("中心", s, e) and ctx.text.startswith(CENTRAL_ROLE, e):  # 中美关系, 联合国中心|作用
            continue
        if t != "Person" and (linked and any(s < k < e - 2 for k in linked) or s < work_at.get(e, s) and res.lex.place(ctx.text[s : work_at[e]]) is not None):
            continue  # [中央广播电视总台联合外交部]: two departments a verb of joining links; [长沙中欧班列]: a division and a national work
        if _in_idea(ctx.text, s, e) or t != "Event" and ("：" in ctx.text[s:e] or ":" in ctx.text[s:e]):
            continue  # “绿水青山就是[金山银山]”的理念: words of a slogan; 广西：沙坪河特大桥: read across a headline's colon
        if t == "Enterprise" and ctx.text.endswith("联通", s, e) and (e - s == 3 or words.is_common_word(ctx.text[s : e - 2], 1)):
            continue  # 设施联通, “软联通”: to connect (共建“一带一路”的五通), not 联通 the company
        if listed := (t == "Person" or t == "Organization" and ctx.text[s - 1 : s] == "、") and _place_listed(ctx.text, s, e, t == "Organization"):
            t = "Place"  # 威胁到科连特斯、[雷西斯滕西亚]等大、中城市, 从[奥兰多]出发: a place, no person (a body may be a site visited, 学校等地)
        sure_legal = t == "Enterprise" and margin >= SURE_MARGIN and ctx.text.endswith(edges.LEGAL_FORMS, s, e) and (tok := ctx.token_at(s)) is not None and tok.pos == "v"  # 联想/v控股…
        placed = t in BODY_TYPES and margin >= PLACED_MARGIN and placed_body(ctx, s, e, named_ends, res.world)  # (a body after its place: `_body`)
        span = _person(res, ctx, s, e, margin) if t == "Person" or t in BODY_TYPES and player(ctx.text, s, e) else _body(res, ctx, s, e, t, named_ends, division_spans, sure_legal, placed)  # (科尔本轮都能上阵: a player)
        if span is None:
            continue
        s, e, t = span
        s = _past_roles(ctx, s, e, t)
        if quantity_across(ctx.text, s) is not None or _tiled(s, e, full_places, places_from) or _tiled_across(ctx.text, s, e, full_places, places_from) or t != "Person" and cuts_word(ctx, s, e):
            continue  # 8[吉瓦及二期]: no name starts inside a quantity; a run of divisions (山西省沁源县) is places, whatever the model says
        if t == "Place" and not listed and not place_shaped(ctx.text, s, e, division_spans, division_starts):
            continue
        suf = suffix_at.get(e)
        if suf and suf[0] > s and not sure_legal and not distinctive(ctx.text[s : suf[0]], ctx, s, suf[0], t, {}, res.seg.cut):
            continue
        out.append(Candidate(*_retyped(res, ctx, s, e, t), "crf", CRF_PRIORITY, margin=margin))
    return out


def _team(text: str, s: int, e: int) -> int:
    """The length of the group of people named after their body that ends [s, e) (科研团队, 领导班子), else 0."""
    return next((len(w) for w in _GROUP_TAILS if text.endswith(w, s, e) and e - s > len(w) + 1), 0) if text.endswith(_GROUP_TAILS, s, e) else 0


def _former(text: str, s: int, e: int, t: str, post_starts: Container[int]) -> int:
    """1 when a body's model span ends with 原 before a post (石门县委[原]书记, 公司[原]党委书记): "former" is the post's."""
    return int(t != "Person" and e - s >= 4 and text[e - 1] == "原" and (e in post_starts or text.startswith(("党委", "党组"), e)))


def _people_paired(text: str, spans: list[tuple[int, int, str, float]], surnames: Container[str]) -> list[tuple[int, int, str, float]]:
    """Person spans of two people joined by 同/与 split in two, a glued first character taken back (`paired`)."""
    return [(a, b, t, margin) for s, e, t, margin in spans for a, b in (paired(text, s, e, surnames) if t == "Person" else [(s, e)])]


_PERSON_AFTER = frozenset("是说表称指认等和与、，在为曾于")


def _place_listed(text: str, s: int, e: int, body: bool = False) -> bool:
    """text[s:e] is an item of a list that a kind of place closes (科连特斯、[雷西斯滕西亚]等大、中城市, 容东、[容西]等新建片区),
    or where a trip starts (从[奥兰多]出发); a `body` the model read is listed so only before a kind of division (城市, 国家, 省份:
    not 地, which visited sites close too, 学校等地)."""
    before = text[s - 1 : s]
    if body:
        return (m := _PLACE_LIST.match(text, e)) is not None and m.group().endswith(("城市", "国家", "省份"))
    if text.startswith("、", e) and (m := _PLACE_LIST.match(text, e)) is not None and m.group().endswith(("城市", "国家", "省份")):
        return True  # [马拉开波]、巴基西梅托等大、中城市: the list's first item
    return before in ("、", "到", "从", "在") and _PLACE_LIST.match(text, e) is not None or before == "从" and text.startswith("出发", e)


def _retyped(res: Resources, ctx: Context, s: int, e: int, t: str) -> tuple[int, int, str]:
    """The span and type of a model span the lexicon or its head says better than the model."""
    text = ctx.text
    p = s + int(e - s == 3 and text[s] in LEADING_PREPS)  # ([由]雷军于…在北京创立: the preposition glued to the name)
    if t in ("GovernmentBody", "Organization") and e - p == 2 and text[e - 1] == "军" and text[p] in res.lex.surnames and (text[e : e + 1] in _PERSON_AFTER or text.startswith(POSTS, e)) and (
            tok := ctx.token_at(p)) is not None and tok.pos == "nr" and (tok.start == p or text[tok.start] in GLUED_HEADS) and (tok.end == e or tok.end == e + 1 and text[e] in "于为是在") and text[p:e] not in words.common_words():
        return p, e, "Person"  # 雷军是…, 由雷军于…, 唐军副总裁 (a surname and 军, which the model reads as an army's; jieba glues 由, 于; a post after it is a person's): a name to the dictionary
    if t in ("Organization", "Enterprise", "GovernmentBody", "Project") and res.world.get(text[s:e]) == "Place":
        return s, e, "Place"  # 哈萨克斯坦 read as a body, 河西走廊 as a work: the place, whatever the model says
    if t in ("Organization", "Enterprise", "GovernmentBody") and text.endswith(_EVENT_HEADS, s, e) and not text.endswith("代表大会", s, e):
        return s, e, "Event"  # 中国国际进口博览会: held, not a body
    return s, e, t


def _described(ctx: Context, e: int) -> bool:
    """An adjective ends the clause right after [.., e) (商贸繁荣，, 市场活跃。): what comes before is
    what the clause describes, a topic rather than a company."""
    tok = ctx.token_at(e)
    return tok is not None and tok.start == e and tok.pos == "a" and len(tok.text) >= 2 and ctx.text[tok.end : tok.end + 1] in ("，", "。", "；", "！", "")


def _in_idea(text: str, s: int, e: int) -> bool:
    """[s, e) lies within quotes that an idea's head follows (“两山”理念, “…就是金山银山”的理念)."""
    opened = text.rfind("“", max(0, s - 30), s + 1)
    if opened < 0 or "”" in text[opened:s]:
        return False
    closed = text.find("”", e, e + 30)
    if closed < 0 or "“" in text[e:closed]:
        return False
    after = closed + 1 + (text.startswith("的", closed + 1))
    return any(text.startswith(_IDEA_HEADS, after + k) for k in range(3))  # “…”的[发展]理念


def _past_roles(ctx: Context, s: int, e: int, t: str) -> int:
    """Where a model's name begins past the role its holder has: at its start ((其)控股股东[华润集团]) or, for a company, after
    the company the role is of (通葡股份大股东[新华联控股有限公司])."""
    if t == "Person":
        return s
    s = k if ctx.is_start(k := edges.past_role(ctx.text, s, e - 2)) else s
    return edges.past_inner_role(ctx.text, s, e, ctx.is_start) if t == "Enterprise" else s


def _start_in_token(ctx: Context, s: int, e: int) -> int:
    """Where a model person that starts inside the segmenter's word begins: after a word ending with a role or post
    (海军上|[尉纳特]·克里斯滕森: the segmenter's 海军上尉); else where the model starts.  (Not at the start of a word
    that reads as a transliteration, 理|[查德]•迈尔: the segmenter glues links to names, 有斯库利, 令法夫尔.)"""
    tok = ctx.token_at(s)
    return tok.end if tok is not None and tok.start < s < tok.end < e - 1 and tok.text.endswith(ROLE_WORDS) else s


# what news names after a post that is no person (市长信箱, 书记热线, 局长接待日)
_NAMED_AFTER_POSTS = frozenset("信箱 热线 专线 邮箱 接待日 办公会 公开电话".split())


def _person(res: Resources, ctx: Context, s: int, e: int, margin: float) -> tuple[int, int, str] | None:
    """A model person span that reads as a name: no trailing ·, name-shaped, no place, no word."""
    while e > s and ctx.text[e - 1] in "·•．-":  # 贾斯汀· cut at a line end
        e -= 1
    if e - s >= 3 and ctx.text[e - 1] in "等们及":  # 雷军[等]企业家, 特罗瓦达[及]与会企业家: the list's close, not the name
        e -= 1
    if e - s == 4 and ctx.text[s] in _GLUED_BEFORE_NAME and ctx.text[s : s + 2] not in res.lex.surnames and ctx.text[s + 1] in res.lex.surnames:
        s += 1  # [时]习近平总书记: a word of the clause before glued to a three-character name
    if e - s == 3 and ctx.text[s] == ctx.text[e - 1] and ctx.text.startswith(HONORIFICS, e):
        e -= 1  # 李明[李]先生: the full name, then the surname again with the honorific
    if e - s >= 3 and (glued_link(ctx, s, e) or said(ctx.text[s:e], ctx.text[e : e + 1])):
        e -= 1  # 周鸿祎[为]奇虎360公司董事长, 曹德旺[于]1987年, 郭菲[称]。: jieba glues the link or the verb to the name
    e = foreign_tail(ctx.text, s, e, ctx.is_start)
    s = _start_in_token(ctx, s, e)
    if e - s >= 3 and ctx.text[s] in GLUED_HEADS and ctx.text[s] not in res.lex.surnames:
        s += 1  # [对]哈莉玛总统: a preposition glued on before the name
    if e - s == 2 and (nxt := ctx.token_at(e)) is not None and nxt.start == e and len(nxt.text) == 2 and nxt.text[1] in "是说称" and not words.is_common_word(nxt.text, 1):
        e += 1  # 刘强[东是]: a rare word of jieba's glues the name's last character to the verb after it
    name = ctx.text[s:e]
    if name[0] in _NUMERALS or addressed(name, res.lex.surnames):
        return None  # 长[二丁]火箭: no surname is a numeral; 陈女士, 曹医生: how one is addressed, no name
    if (tok := ctx.token_at(s)) is not None and tok.start < s < tok.end and words.is_common_word(tok.text, words.NAME_MIN_FREQ):
        return None  # 主[张普惠]包容: the model started inside a word of the language
    if name in _NAMED_AFTER_POSTS or not (person_like(ctx, s, e) or margin >= SURE_MARGIN and foreign_name(name)):
        return None  # (市长[信箱], 书记[热线]: a channel named after a post, no name)
    if res.lex.place(name) is not None or name in res.world or (ctx.text.startswith(("委员会", *LANDMARKS, *_COMPANY_HEADS), e) or any(res.suffix_types.get(ctx.text[e : e + k]) in BODY_TYPES and not learned(ctx, e + k) for k in (2, 3, 4))):
        return None  # 清徐 (老陈醋), 莫桑比克: a place's name; 水利部长[江水利]委员会: a body's name read after a post (not 学会了); 罗斯小镇
    if len(name) == 4 and name[:2] not in res.lex.surnames and not foreign_name(name) and (
        name in words.common_words() or all(part in words.common_words() for part in (name[:2], name[2:]))
    ):
        return None  # 沃野千里, 展望|未来, 高纯|石英: an idiom or two words, and no compound surname opens it
    if len(name) == 2 and name[1] == "方" and name[0] in COUNTRY_CHARS or name[1] in "方中" and any(n in ctx.text for n in world_countries().get(name[0], ())):
        return None  # 巴方, 美方: a country's side in talks; 哈方愿, 哈中 in an article about 哈萨克斯坦
    if _abbreviations(res, ctx, s, name):
        return None  # 日|韩, 晋|沪, 鲁陕藏: countries or provinces by their one-character names (not 德加, one word)
    if len(name) == 2 and name[1] == "姓" and name[0] in res.lex.surnames:
        return None  # 王姓家族: the clan surnamed Wang, no one's name
    if "、" in (ctx.text[s - 1 : s], ctx.text[e : e + 1]) and _THING_LIST.match(ctx.text, e) or _PERCENT.match(ctx.text, e) or ctx.text[s - 1 : s + 1] == "占比":
        return None  # 发掘[苗歌]、苗鼓等苗族传统文化: things are listed with things; [占比达]55%, 占[比超]六成: a measure
    if e - s == 2 and ctx.text[s - 1 : s] == name[1] and ctx.text[s - 2 : s] in words.common_words():
        return None  # 尊师[惠师]: the second half of a pair of words sharing their last character, no name
    if name[-1] in _PLACE_LAST and not foreign_name(name) or name[-1] in "省州" and len(name) >= 4:
        return (s, e, "Place") if ctx.is_start(s) else None  # 苗寨, 滕县, 丘布特省; not 秘[鲁钱凯港], started inside a word
    if name.endswith(_KINDS_OF_PEOPLE) and words.is_common_noun(name):
        return None  # 农牧民, 新市民: a kind of people, a noun of the language
    if res.words(ctx.text, ctx.near(s, e), s, e, "Person"):
        return None  # 科普, 晋商: a word, not a name
    return s, e, "Person"


def _abbreviations(res: Resources, ctx: Context, s: int, name: str) -> bool:
    """name is two or three countries or provinces by their one-character names (日|韩, 沪|苏, 鲁陕藏; not 德加, one word)."""
    return len(name) in (2, 3) and all(c in COUNTRY_CHARS or c in res.lex.province_abbr for c in name) and (len(name) == 3 or ctx.is_end(s + 1))


def _body(
    res: Resources, ctx: Context, s: int, e: int, t: str, named_ends: set[int], places: Container[int] = (), legal: bool = False, placed: bool = False
) -> tuple[int, int, str] | None:
    """A model span of an organisation or place, leading prepositions and generic words shed; rejected when it cuts a word, joins two names,
    names a kind or is a clause (`places`: the gazetteer's places' starts; `placed`: `phrases.placed_body`, its words a name's: 英国|必发/d|公司)."""
    if edges.unbalanced(ctx.text[s:e]) or ctx.text[s] in "们的了着之" or ctx.text[s - 1 : s + 1] == "占比" or t != "Place" and _spaced(ctx.text, s, e):
        return None  # 台江县[“村]BA”: a name holds both quotes of what it quotes, or neither; 干部[们扎根基层]; 占|[比超]|六成 (jieba's cut of 占比); 最高法 全国妇联: two
    s, e = shed(ctx, whole_token(ctx, s, t, res.seg.in_dictionary), e, named_ends)  # 据拱|北海关: the segmenter's place 拱北 is the name's first word
    if e - s < 2:
        return None  # 外资[行], 中资[行]: a kind of company, its modifier shed, leaves no name
    s = opening(ctx, s, e, t, named_ends)
    s = kind if t == "Enterprise" and (kind := kind_described(ctx, s, e)) is not None else s  # 光伏龙头企业[隆基绿能…]: what kind, then the name
    if t != "Event" and (tok := ctx.token_at(s)) is not None and tok.start == s and tok.end < e and (tok.text in POLICY_VERBS or t == "Place" and e - tok.end >= 2 and words.common_verb(tok.text)):
        return None  # 深化海关检验检疫合作: the verb of a clause, then its object; 串联|北部湾, 扎根|临港 (not 漕运|镇, 解放|路)
    if cut_at_start(ctx, s, res.seg.in_dictionary, t in BODY_TYPES):
        return None  # the model cut a word: 优[秀服务机构], 一体[化经济区], 第[八检察部], 企[业东软集团]
    last = ctx.token_at(e - 1)
    if last is not None and last.end > e and last.start >= s and (
        last.pos in ("a", "ad", "an", "d", "l") and not (t in BODY_TYPES and ctx.text[e - 1] in _GLUED_ORGAN_HEADS and not res.seg.in_dictionary(last.text))  # [日美安]全合作 (not 边境|局将: `_GLUED_ORGAN_HEADS`)
        or last.start == e - 1 and words.is_common_noun(last.text) and (ctx.text[e - 1] not in _PLACE_ENDS or words.is_common_word(last.text, words.NAME_MIN_FREQ))  # [沁源县党]参, [成都市乡]村
    ):
        return None  # the model cut a word at its end
    s, e = place_read_on(ctx, s, e) if t == "Place" else (s, e)  # (at least two characters are left)
    t = _lexicon_type(res, ctx.text, s, e, t)
    inner = ctx.within(s, e)
    if not placed and not edges.name_like(inner[1:] if legal else inner, NAME_VERBS, res.suffix_types, e in named_ends) or _LINK_WORDS.search(ctx.text, s, e) or edges.joins_names(inner, named_ends):
        return None  # 华润万家隶属于华润集团: two names and the link between them (a sure legal name may open with a verb: 联想控股)
    if t != "Event" and any(tok.pos in ("t", "tg") and tok.text in _SEASONS for tok in inner[1:]):
        return None  # 新疆[夏季]转场: a season makes a clause of what the model read as a place
    if not placed and _COLLECTIVE.search(ctx.text, s + 1, e) or t != "Enterprise" and _built_at(ctx, inner):
        return None  # 粤港澳三地政府, 腾格里两大沙漠: several, counted; [宿州市][砀山县][(投资)建设]产业园: where it is built, the verb, the name
    if t != "Project" and any(predicate_verb(tok.text) and (e not in named_ends or tok.pos in ("v", "vd")) for tok in (after_places(ctx, inner, res.world)[:1] if placed else inner[1:-1])) or _held_by(inner):
        return None  # 天津[加快]畅通道: a subject and its verb, not a name (河北[组成]海关, not 美国导弹[防御]局); 东南大学[召开]大会: who holds it
    if t == "Place" and (clause_or_words(ctx, s, e, inner, places, named_ends, res.suffix) or _abbreviations(res, ctx, s, ctx.text[s:e])):
        return None  # 运河沟通南北, 北京大兴的南航航班, 海域环境和村容村: a clause; 鸟语花香, 棚户区连, 沈阳|专门: words, no place
    if t != "Place" and "的" in (span := ctx.text[s:e]) and "“" not in span and any(tok.text == "的" for tok in inner[1:-1]):
        return None  # 中南大学的附属医院: a phrase, not a name (quoted names may hold 的)
    name = ctx.text[s:e]
    if any(name[:k] in NOT_BRANDS and name[k:] in SECTORS for k in (1, 2, 3)):
        return None  # 新兴产业, 清洁能源: kinds of industry, not a company
    if t in ("Enterprise", "Organization") and (_abbreviations(res, ctx, s, name) or name.endswith(_NOT_BODY_TAILS) and (res.lex.place(name[: -2]) is not None or name.endswith(_SECTOR_TAILS) and (tok := ctx.token_at(s)) is not None and (tok.start, tok.end) in ctx.places) or places_only(ctx, s, e) and name not in res.world):
        return None  # 湖北工业, 京津产业, 北京地区: a place's industry or area, not a company
    if t == "Enterprise" and _described(ctx, e):
        return None  # 今天的浙江商贸繁荣，: a sector of a place described, not a company
    if t == "Enterprise" and res.words(ctx.text, ctx.near(s, e), s, e, t) or t in ("Enterprise", "Organization") and words_only(ctx, inner, s, e, res.suffix):
        return None  # 抗药性; 民生福祉, 交通基础设施: words of the language, no body's name
    if t == "GovernmentBody" and name[-1] not in _GOV_LAST and _CJK.match(name[-1]) and not name.endswith("联储"):
        return None  # 山西清洁能源: a government body ends like one
    return s, e, t


def _lexicon_type(res: Resources, text: str, s: int, e: int, t: str) -> str:
    """The type of a model name (its edges shed) where the department list knows better than the model."""
    dep = res.lex.dept_by_surface.get(text[s:e]) or res.lex.dept_by_surface.get(text[s + 1 : e])
    if dep and t in ("GovernmentBody", "Organization"):
        return dep[0].type  # 关工委: the department list knows what it is
    if t == "GovernmentBody" and _of_academy(res, text[s:e]):
        return "Organization"  # 中科院长春光机所: a unit of a national body that is no government
    return t


def _of_academy(res: Resources, name: str) -> bool:
    """name, a research unit's (…所, …院, …实验室, …中心), opens with a national body typed Organization
    (中科院, 中国农业科学院)."""
    return name.endswith(("所", "院", "实验室", "中心")) and any(
        d.style == "standalone" and d.type == "Organization" for k in range(2, len(name) - 1) for d in res.lex.dept_by_surface.get(name[:k], ()))




def _held_by(inner: list[Token]) -> bool:
    """A verb of holding after the first word (东南大学|召开大会: the model read an organisation): who holds an event and the event, no name."""
    return any(tok.text.startswith(_HOLDING) for tok in inner[1:])


def _built_at(ctx: Context, inner: list[Token]) -> bool:
    """Places (a division and those under it), then (投资) a verb of building and what is built: where a thing is built
    ([合肥][(投资)建设]新能源…产业园, [宿州市][砀山县][建设]产业园), no name."""
    i = 0
    while i < len(inner) and (inner[i].start, inner[i].end) in ctx.places:
        i += 1
    rest = inner[i:]
    return i > 0 and len(rest) >= 2 and (rest[0].text in BUILDS or rest[0].text == "投资" and rest[1].text in BUILDS)
