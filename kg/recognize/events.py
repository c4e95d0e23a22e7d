"""Events a reader lists that no suffix walk finds: what is held (召开的X推进会, 举办X揭牌仪式),
titles in book marks (《…报告会》), accidents named by their date (“7·21”特别重大暴雨灾害),
recurring events known by a short name (全国两会, 进博会: kg/data/events.txt) with their edition
(第七届中国国际进口博览会), and events named by a phrase in quotes (“安康杯”互查互学活动, 2024年“投资中国”
系列活动): the quotes mark where the name starts, the head where it ends.

The suffix walk stops at verbs and generic words, so a meeting named by what it does
(金融支持民营企业发展工作推进会) is cut or rejected; the verb that holds it (召开, 举办) says
that what follows, up to the event's head, is its name.
"""
from __future__ import annotations

import functools
import re

from ..lexicon import _data_path
from ..rescan import alternation, finditer
from .base import Candidate, Resources, Scan, proposer
from .context import NAME_VERBS, STOP_WORDS
from .generic import GENERIC, distinctive

# the heads of event names, longest first: the event suffixes of kg/data/suffixes.tsv and the kinds of
# meeting, ceremony and show news names
_HEADS = sorted(
    """大会 会议 推介会 推进会 发布会 洽谈会 博览会 交易会 展览会 展会 论坛 峰会 大赛 比赛 竞赛 运动会 招聘会 嘉年华 活动 仪式
    报告会 研讨会 座谈会 交流会 对接会 招商会 年会 晚会 典礼 开幕式 闭幕式 揭牌仪式 签约仪式 启动仪式 颁奖典礼 文化节 旅游节
    艺术节 电影节 音乐节 美食节 博览会 展销会 订货会 培训班 全体会议 全会 联席会议 发布活动 音乐会 演唱会 文艺晚会 马拉松
    见面会 说明会 分享会 恳谈会 表彰会 表彰大会 研修班 研讨班 训练营 对话会 会晤 冰雪节 旅游节 狂欢节 购物节 现场会 观摩会 动员会
    部署会 联赛 亚洲杯 世界杯 盛会 展演 冬令营 夏令营 研学营 盛典 宣讲会""".split(),
    key=len,
    reverse=True,
)
_HEAD = "(?:" + "|".join(map(re.escape, dict.fromkeys(_HEADS))) + ")"
# after a quoted phrase the head may also be a salon, a show or a touring exhibition (“创享行”双创沙龙)
_QUOTED_HEAD = "(?:" + "|".join(map(re.escape, dict.fromkeys(_HEADS + ["沙龙", "展览", "展演", "汇演", "巡展", "展播", "选拔赛", "决赛", "总决赛", "挑战赛", "锦标赛", "联赛", "亚洲杯", "世界杯", "那达慕"]))) + ")"
# an edition before a name: 第七届, 首届, 2024年, 2024年第六届 (a bare year only right before the name: 2020山西…展览会)
EDITION = r"(?:(?:(?:19|20)\d{2}年)?(?:第[一二三四五六七八九十百零〇两\d]+[届次]|首届)|(?:19|20)\d{2}年?)"
_NAME_CHARS = r"(?:[\u4e00-\u9fffA-Za-z0-9·•“”\"—－\-]|（[\u4e00-\u9fff、]{1,6}）)"  # (第一届全国学生（青年）运动会: a short bracket of words)
# held by someone: 召开的|举办的 X, and 召开|举办|举行 X as its object
_HELD = re.compile(rf"(?:(?:召开|举办|举行|主办|承办|协办|开幕|组织|开展)的|(?:召开|举办|举行|出席|参加|主持(?!召开|举办|举行))了?)({_NAME_CHARS}{{4,40}}?{_HEAD})(?=[上，。、；：）)（\s]|$|期间|现场|开幕|举行|在|并|等|今天|昨天|今晚|昨晚|当天|近日|日前|\d{{1,2}}日)")
# an event named as the occasion of a speech (在新时代推动东北全面振兴座谈会上的讲话, 在X座谈会上强调): from
# 在 to the head before 上, verbs and all
_AT = re.compile(rf"在({_NAME_CHARS}{{4,40}}?{_HEAD})上(?=[，。、；的]|发表|讲话|强调|指出|表示)")
_CEREMONY_OF = re.compile(r"(峰会|博览会|论坛|年会|大会|运动会|交易会|会议|全会)(?:开幕式|闭幕式|开幕会|闭幕会)$")
# events listed and said to be held together (冰雪节、文化旅游节等相继举办): each item of the list
_LISTED = re.compile(
    rf"(?:^|(?<=[，。；：\n]))((?:{_NAME_CHARS}{{4,40}}?{_HEAD}、)+{_NAME_CHARS}{{4,40}}?{_HEAD})等(?:相继|先后|陆续|纷纷)?(?:举办|举行|开幕|召开|启幕)"
)
_LISTED_VERBS = ("举办", "举行", "开幕", "召开", "启幕")  # _LISTED's verbs: a text without one has no such list (a gate)
_LISTED_CLOSE = re.compile(f"等(?:相继|先后|陆续|纷纷)?(?:{'|'.join(_LISTED_VERBS)})")  # (its close, a gate that skips ahead: _LISTED opens a clause)
_LISTED_GATE = re.compile("|".join(_LISTED_VERBS + ("设置", "推出")))  # (and _LISTED_AFTER's: one search, not a test per word)
# events listed after the verb that holds them (将举办大国制造展、高新产品发布会等近40场活动): each item of the list
_LISTED_AFTER = re.compile(rf"(?:举办|举行|设置了?|推出)((?:{_NAME_CHARS}{{3,30}}?(?:{_HEAD}|展)、)+{_NAME_CHARS}{{3,30}}?(?:{_HEAD}|展))等")
_TOPIC_VERBS = frozenset("支持 推动 推进 加强 加快 深化 促进 部署".split())
_ANNIVERSARY = frozenset("庆祝 纪念 成立 建立 诞辰".split())  # 庆祝中国人民政治协商会议成立75周年大会
_INNER_CONJUNCTIONS = frozenset("和 与 及 等".split())  # (推进“三北”等重点生态工程建设座谈会: such as, inside a title)
_ATTENDS = frozenset("出席 参加 参会 列席 发言 致辞".split())  # verbs of attending: a clause about a meeting, no part of its name
# a title in book marks ending with an event head (《激情·奉献——2023年度先进事迹报告会》)
_TITLED = re.compile(rf"《[^《》\n]{{2,60}}?{_HEAD}》")
# an accident or disaster named by its date: “7·21”特别重大暴雨灾害, “11·24”重大火灾事故
_DATED = re.compile(r"[“\"]\d{1,2}\s*[·•.．]\s*\d{1,2}[”\"][\u4e00-\u9fff]{0,10}?(?:事故|事件|灾害|灾难|案件|案)")
# a quoted phrase, then the words up to an event head (no 的, no clause break): “安康杯”互查互学活动
_QUOTED = re.compile(rf"(?:{EDITION})?[“\"][^“”\"\n。；]{{2,24}}[”\"][\u4e00-\u9fffA-Za-z0-9]{{0,20}}{_QUOTED_HEAD}")
# verbs that hold an event: after one the quoted phrase names the holder or the occasion, not the event
_HOLDS = frozenset("召开 举办 举行 主办 承办 协办 开展 组织 参加 出席 开幕 闭幕".split())
# a meeting counted by its sitting (第一次全体会议) is held by what precedes it (an edition, 第六届, is not)
_TIMES = re.compile(r"[一两二三四五六七八九十\d]+次")
# what makes the words after the quotes a kind, a list or a misdeed rather than one event's name
_NOT_IN_TAIL = ("的", "等", "相关", "分裂", "违法", "犯罪", "非法", "首场")  # (“X对接会”首场活动: the first of the event quoted)
# heads of events that kg/data/suffixes.tsv does not hold (a suffix there is also a feature of the
# CRF): exhibitions named by their theme and sports games (中国妇女儿童事业发展十年成就展, 米兰冬奥会,
# 女篮世界杯); their names are walked left from the head as a suffix's are
_MORE_HEADS = re.compile("成就展|摄影展|书画展|美术展|作品展|艺术展|影像展|文物展|遗产展|主题展|体验展|奥运会|冬奥会|残奥会|亚运会|世界杯|锦标赛")
# campaigns and festivals named as a period (全国文化馆服务宣传周, 北京惠民文化消费季, 中国新疆民间艺术季,
# 中俄教育年, 全国税收宣传月): what is done or shown, then 周/月/季/年; such a name is an event only when
# the sentence says it opened or was held (…宣传周今天启动; 开启的…消费季), as 项目建设年 in 今年是项目建设年 is not
_PERIOD_KINDS = (
    "宣传 活动 文化 电影 影视 视听 交流 科技 服务 学习 消费 艺术 展播 展映 旅游 教育 体育 非遗 读书 健康 购物 创新 质量 音乐 "
    "戏剧 时装 设计 美食 合作 友好 帮扶 志愿").split()
_PERIOD_HEADS = re.compile("(?:" + "|".join(_PERIOD_KINDS) + ")(?:周|月|季|年)")
# what follows an event's name in the news of its opening (“大国制造展”今天开幕, “X周”在京启动)
_OPENS = re.compile(r"[^，。；、\n]{0,6}?(?:开幕|启动|举行|举办|闭幕|开展|亮相)")
# a whole quoted name that is an event: its head inside the quotes (“全国非遗曲艺周”, “大国制造展”)
_QUOTED_WHOLE = re.compile(rf"[“\"][^“”\"\n。；，]{{2,44}}(?:{_QUOTED_HEAD}|(?<![发进拓扩开施])展|周|节)[”\"]")
# what the name of a held event does not start with: a count, an edition word that only points
# back (本次, 这次), a determiner, the verb that holds it (主持[召开]X会议)
_NOT_FIRST = re.compile(r"^(?:[一两二三四五六七八九十几数多]+(?:场|次|届|个|期)|本|这|该|此|各|每|有关|相关|一系列|系列|多场|多次|召开|举办|举行|最?大规模|最大)")  # (开展的[最大规模]X活动: a description)


# a sitting of a congress, a people's political consultative conference or a party committee, named by
# its term and sitting (十四届全国人大二次会议, 省政协十三届三次会议, 市委十二届五次全会, 二十届三中全会):
# the body written before the term, if any, is part of the name
_NUM = "[一二三四五六七八九十百]"
_SESSION = re.compile(
    rf"(?:第)?{_NUM}+届(?:[\u4e00-\u9fff]{{0,10}}?(?:人大常委会|人民代表大会|人大|政协|委员会|党委|市委|县委|区委|省委|委))?"
    rf"(?:(?:第)?{_NUM}+次(?:全体会议|主席会议|常务委员会会议|会议|全会)|{_NUM}中全会)"
)
# the body before the term (全国政协, 省人大常委会, 党的; 河南省委, 中共长沙市委 with the places before it)
_SESSION_BODY = re.compile(r"(?:全国人大常委会|人大常委会|全国人大|全国政协|人大|政协|党工委|党委|省委|市委|县委|区委|州委|旗委|盟委|委|党的|中共)$")
# a typhoon by its name, with its number of the year (今年第1号台风“蝴蝶”, 台风“剑鱼”): an event of the news
_STORM = re.compile(r"(?:第\d{1,2}号)?(?:超强|强)?台风“[\u4e00-\u9fff]{1,4}”")
_CEREMONY = re.compile(r"”?颁奖(?:典礼|仪式|大会|晚会|礼)")


def _ceremony(text: str, e: int) -> int:
    """The length of the award's ceremony written after it (“金声奖”[颁奖典礼]), 0 when none is."""
    m = _CEREMONY.match(text, e)
    return m.end() - e if m is not None else 0


# an award of some edition (第36届大众电影百花奖, 首届全国创新争先奖, 第十二届“中华慈善奖”: its quotes too): the award's ceremony, an event
_AWARD = re.compile(r"(?:(?:19|20)\d{2}年(?:度)?)?(?:第[一二三四五六七八九十百零〇\d]+届|首届)(?:[\u4e00-\u9fff]{0,14}“[\u4e00-\u9fff]{1,14}?奖”|[\u4e00-\u9fff“”]{2,16}?奖(?![金励项品章状牌杯券奖]))")

# a count of meetings anywhere in it (夏季第一场大型招聘会, 30余场专业性论坛): one of several, not a name
# (第七次会晤, 第三届论坛: an ordinal sitting or edition names one; 第一场招聘会 is one of several)
_COUNTED = re.compile(r"(?<![第\d一两二三四五六七八九十])[一两二三四五六七八九十几数多\d]+[余多]?[场次届期]|第[一两二三四五六七八九十\d]+场|首场")


def event_head(name: str) -> str | None:
    """The event head name ends with (大会, 音乐会, 揭牌仪式 …), if any."""
    return next((h for h in _HEADS if name.endswith(h)), None)


@functools.lru_cache(maxsize=1)
def _event_names() -> str:
    """The names of kg/data/events.txt as one alternation, longest first (kg.rescan.alternation); "" when none."""
    path = _data_path("events.txt", None)
    names = [w for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#") for w in line.split()]
    return alternation(names) if names else ""


@functools.lru_cache(maxsize=1)
def known_events() -> re.Pattern[str] | None:
    """Recurring events known by a short name (kg/data/events.txt), longest first."""
    alts = _event_names()
    return re.compile(f"(?:{EDITION})?(?:春季|秋季|夏季|冬季)?(?:{alts})") if alts else None  # 春季广交会: the spring session


@functools.lru_cache(maxsize=1)
def _known_names() -> re.Pattern[str]:
    """The names of known events alone: a text that holds none has no known event (one search that skips
    ahead by the names' first characters, not known_events' scan, whose edition may open at any digit)."""
    return re.compile(_event_names() or "(?!)")


# what every scan below needs but those of the known names, the headlines and the lists of shows (展, a gate of its own each):
# an event's head, quotes, 届, the Party's congress or a typhoon (a title in book marks ends with a head); most texts have none
_MARKS = re.compile(alternation([*_HEADS, *_QUOTED_HEAD[3:-1].split("|"), *_MORE_HEADS.pattern.split("|"),
                                 *(k + p for k in _PERIOD_KINDS for p in "周月季年"), "“", '"', "届", "党的", "中共", "台风"]))


@proposer("events")
def events(res: Resources, scan: Scan) -> list[Candidate]:
    """Held events, titled events, dated accidents and known events as Event candidates."""
    text = scan.ctx.text
    # (what most sentences lack, tested before the scans that need it: book marks, quotes, 在…上)
    titled, quoted, at = "《" in text, "“" in text or '"' in text, "在" in text and "上" in text
    out = [Candidate(m.start(), m.end(), "Event", "event.titled", 3) for m in (_TITLED.finditer(text) if titled else ())]
    out += [Candidate(m.start(), m.end(), "Event", "event.dated", 3) for m in (_DATED.finditer(text) if quoted else ())]
    known = known_events()
    if known is not None and _known_names().search(text) is not None:
        out += [Candidate(m.start(), m.end(), "Event", "event.known", 3) for m in finditer(known, text)
                if scan.ctx.is_start(m.start()) or text[m.start() - 1 : m.start()] in ("", "全", "国")]
    if _MARKS.search(text) is None:
        return out + _headlines(scan) + _listed(res, scan)  # (most texts: none of the scans between)
    out += [Candidate(m.start(), m.end(), "Event", "event.quoted", 3) for m in (finditer(_QUOTED, text) if quoted else ()) if _quoted(scan, m.start(), m.end())]
    out += [Candidate(s, m.end(), "Event", "event.quoted", 2) for m in (_QUOTED_WHOLE.finditer(text) if quoted else ())
            if _quoted_whole(text, (s := _edition_start(text, m.start())), m.end())]
    out += _sessions(scan)
    out += [Candidate(m.start(), m.end() + c, "Event", "event.award", 3)
            for m in (_AWARD.finditer(text) if "届" in text and "奖" in text else ()) if (c := _ceremony(text, m.end())) or scan.ctx.is_end(m.end())]
    out += _headed(res, scan)
    out += _headlines(scan)
    out += [Candidate(m.start(), m.end(), "Event", "event.storm", 3) for m in (_STORM.finditer(text) if "台风" in text else ())]
    for m in finditer(_AT, text) if at else ():
        s, e = m.span(1)
        if (cut := _CEREMONY_OF.search(text, s, e)) is not None and cut.start() - s >= 4:
            e = cut.start() + len(cut.group(1))  # 在[中非合作论坛北京峰会]开幕式上: the opening of the event it names
        if _named(res, scan, s, e, conjunction=True):  # 在…座谈会上 frames one occasion: 生态保护[和]高质量发展座谈会
            out.append(Candidate(s, e, "Event", "event.at", 3))
    out += _listed(res, scan)
    for m in finditer(_HELD, text):
        s, e = m.span(1)
        if _named(res, scan, s, e, conjunction=_joined_fields(scan, s, e)):  # 出席医疗健康[与]产业创新发展论坛: one occasion
            out.append(Candidate(s, e, "Event", "event.held", 3))
    return out


_JOINED_FIELD = re.compile("与|和|及")


def _joined_fields(scan: Scan, s: int, e: int) -> bool:
    """The name after a verb of holding or attending joins two fields with 与, 和 or 及 (医疗健康与产业创新发展论坛), not two events
    (欢迎宴会和双边活动), kinds of people (企业和专家座谈会) or a list closed by 等 (首秀首展等系列活动)."""
    text = scan.ctx.text
    if "等" in text[s:e] or (m := _JOINED_FIELD.search(text, s, e)) is None:
        return False
    before = scan.ctx.token_at(m.start() - 1)
    return before is not None and before.text not in GENERIC and before.text not in _PEOPLE_KINDS and not text.endswith(_HEADS_T, s, m.start())


_HEADS_T = (*_HEADS, "宴会", "宴请")  # (欢迎宴会|和双边活动: two events)
_PEOPLE_KINDS = frozenset("企业 专家 学者 代表 嘉宾 群众 干部 职工 青年 学生 师生".split())


def _listed(res: Resources, scan: Scan) -> list[Candidate]:
    """Each item of a list of events said to be held together (`_LISTED`, `_LISTED_AFTER`; rule `event.listed`)."""
    text, out = scan.ctx.text, []
    for m in [*(_LISTED.finditer(text) if _LISTED_CLOSE.search(text) else ()), *_LISTED_AFTER.finditer(text)] if "等" in text and _LISTED_GATE.search(text) else []:
        k = m.start(1)
        for item in m.group(1).split("、"):
            if _named(res, scan, k, k + len(item)):
                out.append(Candidate(k, k + len(item), "Event", "event.listed", 3))
            k += len(item) + 1
    return out


def _sessions(scan: Scan) -> list[Candidate]:
    """Sittings named by term and sitting (rule `event.session`), with the body written before them."""
    text = scan.ctx.text
    out = []
    for m in _SESSION.finditer(text) if "届" in text else ():
        s, e = m.span()
        if not scan.ctx.is_end(e):
            continue
        body = _SESSION_BODY.search(text, max(0, s - 7), s)
        if body is not None:
            k = body.start()
            while (place := scan.place_end.get(k) or scan.place_end.get(k + 1)) is not None and place.start < k:
                k = place.start  # 长沙市[委], 河南[省委] (河南省 ends inside 省委): the places the body belongs to
            if body.group() == "委" and k == body.start():
                k = s  # 委 after no place is no body's name
            if text.startswith("中共", k - 2):
                k -= 2
            if k < s and scan.ctx.is_start(k):
                s = k
        out.append(Candidate(s, e, "Event", "event.session", 4))
    out += [Candidate(m.start(), m.end(), "Event", "event.session", 4) for m in _CONGRESS.finditer(text)] if "大" in text else []
    return out


# a congress of the Party by its number (党的二十大, 中共十九大): the congress held, as its plenums are
# (not 党的十八大以来, a time; nor 党的二十大精神, 报告: what it decided, as a formula names it)
_CONGRESS = re.compile(r"(?:党的|中共)(?:十[一二三四五六七八九]?|二十[一二三四五六七八九]?|[一二三四五六七八九])大(?![学厦会道街桥楼院队]|以来|精神|报告)")


def _named(res: Resources, scan: Scan, s: int, e: int, conjunction: bool = False) -> bool:
    """text[s:e], what a verb says is held, names one event: it does not start with a count or a
    pointer back, its words before the head are not all generic, and no stop word or clause
    break sits inside it."""
    text = scan.ctx.text
    name = text[s:e]
    if _NOT_FIRST.match(name) or _COUNTED.search(name) or not scan.ctx.is_start(s):
        return False
    head = next((h for h in _HEADS if name.endswith(h)), "展" if name.endswith("展") else "")  # (大国制造展: a show)
    if not head:
        return False
    body = [t for t in scan.ctx.within(s, e - len(head))]
    if len(name) - len(head) < 4 or not body:
        return False
    if all(t.text in GENERIC for t in body):
        return False
    # verbs names hold (建设, 投资: 支持“两重”建设部署动员视频会议) and those that say what a meeting is
    # about (推动: 新时代推动东北全面振兴座谈会) are no clause break
    allowed = NAME_VERBS | _TOPIC_VERBS | (_INNER_CONJUNCTIONS if conjunction else frozenset()) | (_ANNIVERSARY if "周年" in name else frozenset())
    if re.match(r"[约近超逾]?[\d一两二三四五六七八九十]+[余多]?[名位人个项]", name):
        return False  # 约300名中外代表出席会议: who came, not which meeting; 16个专题会议: how many
    return not any(t.text in STOP_WORDS and t.text not in allowed or t.text in _ATTENDS for t in body)


def _quoted(scan: Scan, s: int, e: int) -> bool:
    """text[s:e], a quoted phrase and an event head, names one event: it starts and ends on word
    boundaries, and no 的 or stop word between the quotes and the head joins two phrases."""
    text = scan.ctx.text
    if not (scan.ctx.is_start(s) or text[s] in "“\"") or not scan.ctx.is_end(e):
        return False
    close = max(text.rfind("”", s, e), text.rfind('"', s + 1, e))
    tail = [t for t in scan.ctx.within(close + 1, e)]
    if any(w in text[close:e] for w in _NOT_IN_TAIL) or _TIMES.search(text, close, e):
        return False  # “5·4”特别重大爆炸事故调查组召开第一次全体会议: a meeting held by a body named after it
    return not any(t.text in STOP_WORDS or t.text in _HOLDS for t in tail)


def _quoted_whole(text: str, s: int, e: int) -> bool:
    """text[s:e], a quoted phrase ending with an event head, is named as an event: it follows a
    verb of holding or opening (启动“X周”, 主办的首届“X论坛”), or stands before one (“X展”开幕, “X论坛”今天（16日）在澳门开幕)."""
    before = text[max(0, s - 2) : s]
    held_by = text[max(0, s - 3) : s - 1] in _HOLDS and text[s - 1 : s] == "的"
    dated = _DATED_AFTER.match(text, e)
    return before in _HOLDS or held_by or before in ("启动", "推出", "开展", "参观", "亮相") or _OPENS.match(text, dated.end() if dated else e) is not None


_EDITION_END = re.compile(f"(?:{EDITION})$")


def _edition_start(text: str, s: int) -> int:
    """Where the edition written right before a quoted name starts (首届“文明互鉴国际论坛”); s when none is."""
    m = _EDITION_END.search(text, max(0, s - 14), s)
    return m.start() if m is not None else s


def _headed(res: Resources, scan: Scan) -> list[Candidate]:
    """Exhibitions and games by the heads of `_MORE_HEADS`, their names walked left as a suffix's,
    with their edition (2026年米兰冬奥会), kept when the words before the head make a name."""
    ctx = scan.ctx
    text = ctx.text
    out = []
    heads = [(m, False) for m in _MORE_HEADS.finditer(text)] + [(m, True) for m in _PERIOD_HEADS.finditer(text)]
    for m, period in heads:
        s, e = m.span()
        if not (_opened(text, e) if period else ctx.is_end(e)):
            continue  # (the segmenter may glue a period's 周 to what follows: 交流周|在)
        start = ctx.name_start(s, s - 16, allow_marks=True, scope=True, event=True)
        if start is None or start >= s:
            continue
        while (tok := ctx.token_at(start)) is not None and tok.start == start and tok.end < s and tok.pos == "v":
            start = tok.end  # [预祝]北京冬奥会
        quoted = _quoted_spans(text, start, s)
        if any((t.pos in ("v", "a", "ad") and t.text not in NAME_VERBS or t.pos == "nt" and len(t.text) >= 6)
               and not any(a <= t.start < b for a, b in quoted) for t in ctx.within(start, s)):
            continue  # 总台成功转播北京冬奥会, 中国女篮晋级世界杯, 中央广播电视总台冬奥会: a clause, a body's
        if (edition := re.search(rf"{EDITION}$", text[max(0, start - 12) : start])) is not None:
            start -= len(edition.group())
        if distinctive(text[start:s], ctx, start, s, "Event", scan.place_end, res.seg.cut):
            out.append(Candidate(start, e, "Event", "event.headed", 3))
    return out


_QUOTE_SPAN = re.compile(r"[“\"][^“”\"]*[”\"]")


def _quoted_spans(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The stretches of text[s:e] between quotation marks (“大地欢歌”: a slogan's verbs are no clause)."""
    return [m.span() for m in _QUOTE_SPAN.finditer(text, s, e)]


_DATED_AFTER = re.compile(r"[^，。；、\n（(]{0,4}[（(][^）)\n]{1,10}[）)]")


_MADE_BY = re.compile(r"(?:开启|启动|举办|举行|开幕|推出)的[^，。；]{0,24}$")  # 开启的…消费季


def _opened(text: str, e: int) -> bool:
    """The event whose name ends at e is said to open or be held: a verb of opening follows
    (…宣传周今天启动, …艺术季在乌鲁木齐启动) or a verb of holding made it (开启的, 举办的)."""
    if (dated := _DATED_AFTER.match(text, e)) is not None:
        e = dated.end()  # …活动年今天（2月12日）启动: the day in brackets
    return _OPENS.match(text, e) is not None or _MADE_BY.search(text[max(0, e - 40) : e]) is not None


# a headline or a sentence that opens with an event's name and says it opened or was held (2023京津冀国际
#生物医药和大健康产业发展大会开幕, 对口援疆19省市非物质文化遗产展举办, 中央经济工作会议在北京举行): from
# the start of the line or sentence (and when) through an event head, then the day (20日, 今天上午),
# (在 and a place) and a verb of opening
# a sentence may open with when before the name (10日下午，全球文明对话部长级会议在京开幕)
_WHEN = r"(?:(?:(?:当地时间)?(?:\d{1,2}月)?\d{1,2}日(?:至(?:\d{1,2}月)?\d{1,2}日)?|今天|昨天|今晚|昨晚|近日|日前|当天)?(?:[（(](?:\d{1,2}月)?\d{1,2}日[）)])?(?:上午|下午|晚上|晚间|早上)?(?<=[日天前上午晚间）)])，)"
_HEADLINE = re.compile(
    rf"(?:^|(?<=[\n。！？])){_WHEN}?((?:{EDITION}{_NAME_CHARS}{{2,40}}?|{_NAME_CHARS}{{4,40}}?)(?:{_QUOTED_HEAD}|展|{_PERIOD_HEADS.pattern}))"
    r"(?=(?:(?:\d{1,2}月)?\d{1,2}日(?:(?:至|到|—|-)(?:\d{1,2}月)?\d{1,2}日)?|今天|昨天|当天|今晚|昨晚|日前|近日)?(?:[（(](?:\d{1,2}月)?\d{1,2}日[）)])?(?:上午|下午|晚上|晚间|晚)?"
    r"(?:以[\u4e00-\u9fff]{1,10}?(?:方式|形式))?(?:在[\u4e00-\u9fff]{1,12}?)?"  # (以视频连线方式在北京和湖北举行)
    r"(?:正式|隆重|盛大)?(?:开幕|闭幕|举行|举办|召开|启幕|揭幕|启动|落幕|落下帷幕|开赛)(?:[\s，。！]|$))"
)
_OPENING_VERBS = ("开幕", "闭幕", "举行", "举办", "召开", "启幕", "揭幕", "启动", "落幕", "落下帷幕", "开赛")  # _HEADLINE's: a text without one has no such line (a gate)
_OPENING_GATE = re.compile(f"(?:{'|'.join(_OPENING_VERBS)})(?:[\\s，。！]|$)")  # the gate as one search (~5x cheaper than a test per verb), with what ends the line
# words that make the line a clause about the event, not its name (习近平出席…, 将举办…, 正式…)
_CLAUSE_WORDS = _HOLDS | frozenset("表示 指出 说 主持 宣布 将 即将 正式 隆重 成功 顺利 共同 日前 近日 今天 昨天".split())


def _headlines(scan: Scan) -> list[Candidate]:
    """Event names a line or sentence opens with, said to open or be held (rule `event.opened`)."""
    text = scan.ctx.text
    out = []
    for m in _HEADLINE.finditer(text) if _OPENING_GATE.search(text) else ():
        s, e = m.span(1)
        name = text[s:e]
        edition = re.match(EDITION, name)
        s, name = (s + 2, name[2:]) if edition is None and name.startswith("首个") else (s, name)  # 首个[人形机器人半程马拉松]: which one
        rest = name[edition.end() :] if edition else name
        if _NOT_FIRST.match(rest) or _COUNTED.search(rest) or "的" in rest or not (scan.ctx.is_end(e) or _PERIOD_HEADS.search(name, len(name) - 3)):
            continue  # (the segmenter may glue a period's 周 to what follows: 视听周|在)
        if any(t.text in _CLAUSE_WORDS for t in scan.ctx.within(s, e)):
            continue
        two = next((k for k in all_of("和", text[s:e]) if text.endswith(HEADS_T, s, s + k) and k >= 4 and e - s - k > 5), None)
        if two is not None:  # 第十九届中国—东盟博览会[和]中国—东盟商务与投资峰会…开幕: two events open together
            out += [Candidate(s, s + two, "Event", "event.opened", 3), Candidate(s + two + 1, e, "Event", "event.opened", 3)]
            continue
        out.append(Candidate(s, e, "Event", "event.opened", 3))
    return out


HEADS_T = tuple(_HEADS) + ("恳谈会", "表彰会", "宣传周", "宣传月", "活动周", "活动月")


def all_of(ch: str, text: str) -> list[int]:
    """The offsets of ch in text, by str.find (not a Python step per character)."""
    out, j = [], text.find(ch)
    while j >= 0:
        out.append(j)
        j = text.find(ch, j + 1)
    return out
